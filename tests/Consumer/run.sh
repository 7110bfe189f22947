#!/usr/bin/env bash
# The consumer test: packs the library into a local folder, checks what the package holds, creates
# a fresh console project that references the package from that folder by its version, compiles
# every C# block of README.md and docs/ in it, runs the README's quick start and checks its output.
# It proves that what we ship works as shipped, not only as built.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
feed="$work/feed"

echo "== pack into $feed"
dotnet pack "$root/src/Cdg.Inscription" -c Release -o "$feed" -p:ContinuousIntegrationBuild=true --nologo 2>&1 | tee "$work/pack.log"
if grep -qE ": warning " "$work/pack.log"; then
  echo "dotnet pack printed warnings." >&2
  exit 1
fi

nupkg=$(ls "$feed"/Cdg.Inscription.*.nupkg | grep -v '\.snupkg$' | head -n 1)
version=$(basename "$nupkg" .nupkg | sed 's/^Cdg\.Inscription\.//')
echo "== package $version"

contents() { unzip -Z1 "$1" | grep -vE '^(_rels/|package/|\[Content_Types\]\.xml)' | sort; }
diff <(sort "$root/tests/Consumer/expected-package-files.txt") <(contents "$nupkg") \
  || { echo "The package does not hold the expected files (left: expected, right: packed)." >&2; exit 1; }
diff <(sort "$root/tests/Consumer/expected-symbol-files.txt") <(contents "$feed/Cdg.Inscription.$version.snupkg") \
  || { echo "The symbol package does not hold the expected files." >&2; exit 1; }
unzip -p "$nupkg" Cdg.Inscription.nuspec | grep -q '<license type="expression">MIT</license>' \
  || { echo "The package has no MIT licence expression." >&2; exit 1; }
echo "package contents as listed in tests/Consumer/expected-*.txt"

app="$work/consumer"
mkdir -p "$app"
cat > "$app/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <RestorePackagesPath>$work/packages</RestorePackagesPath>
  </PropertyGroup>
  <ItemGroup>
    <FrameworkReference Include="Microsoft.AspNetCore.App" />
    <PackageReference Include="Cdg.Inscription" Version="$version" />
  </ItemGroup>
</Project>
XML
cat > "$app/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="local" value="$feed" />
  </packageSources>
</configuration>
XML
python3 "$root/tests/Consumer/extract-code-blocks.py" "$root" "$app"

echo "== run the README's quick start against the package"
(cd "$app" && dotnet run --nologo) | tee "$work/output.txt"
for expected in \
  "Votre inscription ne peut pas encore être clôturée" \
  "LIFE-03 closure.deadline-passed" \
  "EN ATTENTE DE VOTRE DOSSIER" \
  "le 27 avril 2023 avant minuit (heure métropolitaine)"; do
  grep -qF "$expected" "$work/output.txt" || { echo "The quick start did not print « $expected »." >&2; exit 1; }
done
echo "consumer test passed"
