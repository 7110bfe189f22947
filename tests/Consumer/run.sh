#!/usr/bin/env bash
# The consumer test: packs the three packages (Cdg.Inscription, Cdg.Inscription.Serialization.SystemTextJson
# and Cdg.Inscription.AspNetCore) into a local folder, checks what each package holds and that its
# README (what nuget.org shows) has absolute links only, creates a fresh console project that
# references the packages from that folder by their version, compiles every C# block of README.md,
# docs/ and the packages' READMEs in it, runs the README's quick start and checks its output; builds
# the host of docs/hosting.md (its Program.cs, with the reference host's storage from its sources) on the packed packages,
# starts it on the loopback address and walks a dossier through it over HTTP (walk-host.py); then
# publishes a trimmed program (the storage package's quick start) with no trim warning, and runs it.
# It proves that what we ship works as shipped, not only as built.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
feed="$work/feed"
core=Cdg.Inscription
storage=Cdg.Inscription.Serialization.SystemTextJson
aspnetcore=Cdg.Inscription.AspNetCore
# The host of docs/hosting.md runs on the reference host's storage (samples/Cdg.Inscription.Web.Storage),
# compiled from its sources on the packages: the versions pinned for its dependencies in Directory.Packages.props.
pinned() { grep -oP "<PackageVersion Include=\"$1\" Version=\"\K[^\"]+" "$root/Directory.Packages.props"; }
sqlite_version=$(pinned Microsoft.Data.Sqlite)

echo "== pack the three packages into $feed"
for project in "$core" "$storage" "$aspnetcore"; do
  dotnet pack "$root/src/$project" -c Release -o "$feed" -p:ContinuousIntegrationBuild=true --nologo 2>&1 | tee -a "$work/pack.log"
done
if grep -qE ": warning " "$work/pack.log"; then
  echo "dotnet pack printed warnings." >&2
  exit 1
fi

nupkg=$(ls "$feed"/$core.[0-9]*.nupkg | head -n 1)
version=$(basename "$nupkg" .nupkg | sed "s/^$core\.//")
echo "== packages $version"

contents() { unzip -Z1 "$1" | grep -vE '^(_rels/|package/|\[Content_Types\]\.xml)' | sort; }
check_package() { # id, expected package files, expected symbol files
  local id=$1 package="$feed/$1.$version.nupkg"
  [ -f "$package" ] || { echo "No package $id $version in the feed: the packages share one version." >&2; exit 1; }
  diff <(sort "$root/tests/Consumer/$2") <(contents "$package") \
    || { echo "$id does not hold the expected files (left: expected, right: packed)." >&2; exit 1; }
  diff <(sort "$root/tests/Consumer/$3") <(contents "$feed/$id.$version.snupkg") \
    || { echo "The symbol package of $id does not hold the expected files." >&2; exit 1; }
  unzip -p "$package" "$id.nuspec" | grep -q '<license type="expression">MIT</license>' \
    || { echo "$id has no MIT licence expression." >&2; exit 1; }
  # nuget.org shows the packed README away from the repository: every link must be absolute.
  local relative
  relative=$(unzip -p "$package" README.md | grep -oE '\]\([^)]*\)' | grep -vE '^\]\(https?://' || true)
  if [ -n "$relative" ]; then
    echo "The README of $id has links that break on nuget.org (not absolute http(s)):" >&2
    echo "$relative" >&2
    exit 1
  fi
  unzip -p "$package" README.md | grep -qF "dotnet add package $id --prerelease" \
    || { echo "The README of $id does not open with its dotnet add package line." >&2; exit 1; }
}
check_package "$core" expected-package-files.txt expected-symbol-files.txt
check_package "$storage" expected-serialization-package-files.txt expected-serialization-symbol-files.txt
check_package "$aspnetcore" expected-aspnetcore-package-files.txt expected-aspnetcore-symbol-files.txt
echo "package contents as listed in tests/Consumer/expected-*.txt; READMEs with absolute links only"

cat > "$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="local" value="$feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="local">
      <package pattern="Cdg.Inscription" />
      <package pattern="Cdg.Inscription.*" />
    </packageSource>
    <packageSource key="nuget.org">
      <package pattern="*" />
    </packageSource>
  </packageSourceMapping>
</configuration>
XML

app="$work/consumer"
mkdir -p "$app"
cp "$work/nuget.config" "$app/nuget.config"
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
    <PackageReference Include="$core" Version="$version" />
    <PackageReference Include="$storage" Version="$version" />
    <PackageReference Include="$aspnetcore" Version="$version" />
  </ItemGroup>
</Project>
XML
host="$work/host"
mkdir -p "$host"
cp "$work/nuget.config" "$host/nuget.config"
cat > "$host/Host.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <RestorePackagesPath>$work/packages</RestorePackagesPath>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="$aspnetcore" Version="$version" />
    <PackageReference Include="Microsoft.Data.Sqlite" Version="$sqlite_version" />
    <PackageReference Include="Npgsql" Version="$(pinned Npgsql)" />
    <PackageReference Include="MimeKit" Version="$(pinned MimeKit)" />
    <PackageReference Include="MailKit" Version="$(pinned MailKit)" />
    <Compile Include="$root/samples/Cdg.Inscription.Web.Storage/**/*.cs" Exclude="$root/samples/Cdg.Inscription.Web.Storage/obj/**;$root/samples/Cdg.Inscription.Web.Storage/bin/**" />
  </ItemGroup>
</Project>
XML
python3 "$root/tests/Consumer/extract-code-blocks.py" "$root" "$app" "$host"

echo "== run the README's quick start against the packages"
(cd "$app" && dotnet run --nologo) | tee "$work/output.txt"
for expected in \
  "Votre inscription ne peut pas encore être clôturée" \
  "LIFE-03 closure.deadline-passed" \
  "EN ATTENTE DE VOTRE DOSSIER" \
  "le 27 avril 2023 avant minuit (heure métropolitaine)"; do
  grep -qF "$expected" "$work/output.txt" || { echo "The quick start did not print « $expected »." >&2; exit 1; }
done

echo "== build the host of docs/hosting.md on the packages, start it on 127.0.0.1 and walk a dossier through it"
(cd "$host" && dotnet build -c Release -o "$host/out" --nologo 2>&1) | tee "$work/host-build.log"
if grep -qE ": warning " "$work/host-build.log"; then
  echo "The host of docs/hosting.md built with warnings." >&2
  exit 1
fi
(cd "$host/out" && DataFolder="$work/host-data" ASPNETCORE_URLS="http://127.0.0.1:0" exec dotnet Host.dll > "$work/host.log" 2>&1) &
host_pid=$!
trap 'kill "$host_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
url=""
for _ in $(seq 1 150); do
  url=$(grep -oE 'Now listening on: http://127\.0\.0\.1:[0-9]+' "$work/host.log" | head -n 1 | sed 's/Now listening on: //' || true)
  [ -n "$url" ] && break
  kill -0 "$host_pid" 2>/dev/null || { cat "$work/host.log" >&2; echo "The host of docs/hosting.md stopped." >&2; exit 1; }
  sleep 0.2
done
[ -n "$url" ] || { cat "$work/host.log" >&2; echo "The host of docs/hosting.md did not start listening." >&2; exit 1; }
python3 "$root/tests/Consumer/walk-host.py" "$url" "$work/host-data" "$root/tests/Cdg.Inscription.Tests/Files/Fixtures/pdf-ghostscript-text.pdf" \
  || { cat "$work/host.log" >&2; exit 1; }
kill "$host_pid"; wait "$host_pid" 2>/dev/null || true

echo "== publish the storage package's quick start trimmed, and run it"
trimmed="$work/trimmed"
mkdir -p "$trimmed"
cp "$work/nuget.config" "$trimmed/nuget.config"
cat > "$trimmed/Trimmed.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <PublishTrimmed>true</PublishTrimmed>
    <TrimmerSingleWarn>false</TrimmerSingleWarn>
    <RuntimeIdentifier>linux-x64</RuntimeIdentifier>
    <SelfContained>true</SelfContained>
    <RestorePackagesPath>$work/packages</RestorePackagesPath>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="$storage" Version="$version" />
  </ItemGroup>
</Project>
XML
python3 - "$root/src/$storage/README.md" "$trimmed/Program.cs" <<'PY'
import re, sys
code = re.search(r"^```csharp\n(.*?)^```", open(sys.argv[1], encoding="utf-8").read(), re.S | re.M).group(1)
open(sys.argv[2], "w", encoding="utf-8").write(code)
PY
(cd "$trimmed" && dotnet publish -c Release -o "$trimmed/out" --nologo 2>&1) | tee "$work/publish.log"
if grep -qE "warning (IL|CS|NU)[0-9]+" "$work/publish.log"; then
  echo "The trimmed publish printed warnings." >&2
  exit 1
fi
"$trimmed/out/Trimmed" | tee "$work/trimmed.txt"
for expected in \
  "1 pre-registered {\"type\":\"pre-registered\",\"schemaVersion\":1,\"sequence\":1," \
  "3 postal-dossier-received" \
  "Same dossier after the round trip." \
  "EN COURS D'INSTRUCTION" \
  "Resumed at version 3." \
  "2 email-changed email: Not an e-mail address."; do
  grep -qF "$expected" "$work/trimmed.txt" || { echo "The trimmed program did not print « $expected »." >&2; exit 1; }
done
echo "consumer test passed"
