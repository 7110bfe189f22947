"""Writes every ```csharp block of README.md, docs/*.md and the packages' READMEs into a consumer project.

README's first block (the quick start, with top-level statements) becomes Program.cs; every other
block of README.md and docs/ must be a complete compilation unit and becomes Docs/<file>_<n>.cs.
The packages' READMEs (src/*/README.md, what nuget.org shows) hold top-level statements too: each
of their blocks is compiled as the body of a method, its using directives kept at the top.

A docs block right after the line `<!-- consumer-host: Program.cs -->` is a host's whole program
(docs/hosting.md): it is left out of the consumer project and, given a third argument, written as
the Program.cs of that host project, beside every other docs block.
Usage: extract-code-blocks.py <root> <consumer project> [<host project>]
"""
import pathlib
import re
import sys

root, project = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
host = pathlib.Path(sys.argv[3]) if len(sys.argv) > 3 else None
block = re.compile(r"^(<!-- consumer-host: Program.cs -->\n)?```csharp\n(.*?)^```", re.S | re.M)
docs = project / "Docs"
docs.mkdir(parents=True, exist_ok=True)

readme_blocks = [code for _, code in block.findall((root / "README.md").read_text(encoding="utf-8"))]
if not readme_blocks:
    sys.exit("README.md has no ```csharp quick start.")
(project / "Program.cs").write_text(readme_blocks[0], encoding="utf-8")
count = 1
for extra in readme_blocks[1:]:
    (docs / f"README_{count}.cs").write_text(extra, encoding="utf-8")
    count += 1

host_program = None
for page in sorted((root / "docs").rglob("*.md")):
    for n, (marker, code) in enumerate(block.findall(page.read_text(encoding="utf-8")), start=1):
        if marker:
            host_program = code
            continue
        for target in [project] + ([host] if host else []):
            (target / "Docs").mkdir(parents=True, exist_ok=True)
            (target / "Docs" / f"{page.stem.replace('-', '_')}_{n}.cs").write_text(code, encoding="utf-8")
        count += 1
if host:
    if host_program is None:
        sys.exit("No docs block follows <!-- consumer-host: Program.cs -->.")
    (host / "Program.cs").write_text(host_program, encoding="utf-8")


def as_method(code, name):
    lines = code.splitlines()
    usings = [l for l in lines if l.startswith("using ")]
    body = [l for l in lines if not l.startswith("using ")]
    return "\n".join(usings + [
        f"namespace PackageReadmes.{name};",
        "",
        "internal static class QuickStart",
        "{",
        "    internal static void Run()",
        "    {",
    ] + ["        " + l if l else l for l in body] + ["    }", "}", ""])


for readme in sorted((root / "src").glob("*/README.md")):
    package = readme.parent.name.replace(".", "_")
    blocks = [code for _, code in block.findall(readme.read_text(encoding="utf-8"))]
    if not blocks:
        sys.exit(f"{readme} has no ```csharp quick start.")
    for n, code in enumerate(blocks, start=1):
        (docs / f"Package_{package}_{n}.cs").write_text(as_method(code, f"{package}_{n}"), encoding="utf-8")
        count += 1

print(f"{count} code blocks extracted")
