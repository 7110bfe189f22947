"""Writes every ```csharp block of README.md and docs/*.md into a consumer project.

README's first block (the quick start, with top-level statements) becomes Program.cs; every other
block must be a complete compilation unit and becomes Docs/<file>_<n>.cs.
"""
import pathlib
import re
import sys

root, project = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
block = re.compile(r"^```csharp\n(.*?)^```", re.S | re.M)
docs = project / "Docs"
docs.mkdir(parents=True, exist_ok=True)

readme_blocks = block.findall((root / "README.md").read_text(encoding="utf-8"))
if not readme_blocks:
    sys.exit("README.md has no ```csharp quick start.")
(project / "Program.cs").write_text(readme_blocks[0], encoding="utf-8")
count = 1
for extra in readme_blocks[1:]:
    (docs / f"README_{count}.cs").write_text(extra, encoding="utf-8")
    count += 1

for page in sorted((root / "docs").rglob("*.md")):
    for n, code in enumerate(block.findall(page.read_text(encoding="utf-8")), start=1):
        (docs / f"{page.stem.replace('-', '_')}_{n}.cs").write_text(code, encoding="utf-8")
        count += 1

print(f"{count} code blocks extracted")
