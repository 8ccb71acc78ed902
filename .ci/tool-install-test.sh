#!/usr/bin/env bash
# Packs the CLI as a .NET tool and installs it as the README says a user does:
#   dotnet pack   then   dotnet tool install --global --add-source ./nupkg corpuslint
# with the package folder and the home folder in a temporary folder (so the machine's own tools are
# untouched), then runs the installed `corpuslint` on the samples. Run by .ci/run as one test after its
# Release build (pass --no-build then); prints PASS or FAIL.
set -uo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "tool install test: FAIL: $*"; exit 1; }
mkdir -p "$work/home"

# At the root, as pre-commit runs it: every packable project is packed, and only the CLI may be.
dotnet pack -c Release "$@" -p:PackageOutputPath="$work/nupkg" > "$work/pack.log" 2>&1 || { tail -20 "$work/pack.log"; fail "dotnet pack"; }
packages=$(ls "$work"/nupkg/*.nupkg 2>/dev/null | wc -l)
[ "$packages" -eq 1 ] || fail "dotnet pack made $packages packages (pre-commit installs every one as a tool): $(ls "$work/nupkg")"

cp -r samples "$work/samples"
cd "$work" || fail "no work folder"

export HOME="$work/home" DOTNET_CLI_HOME="$work/home"
export DOTNET_ROOT="${DOTNET_ROOT:-$(dirname "$(readlink -f "$(command -v dotnet)")")}"
dotnet tool install --global --add-source ./nupkg corpuslint > install.log 2>&1 || { cat install.log; fail "dotnet tool install"; }

tool="$HOME/.dotnet/tools/corpuslint"
[ -x "$tool" ] || fail "no corpuslint command in $HOME/.dotnet/tools"
version=$("$tool" --version) || fail "corpuslint --version"
"$tool" lint samples --format github > lint.out 2> lint.err
status=$?
[ "$status" -eq 1 ] || { cat lint.err; fail "corpuslint lint samples exited $status, expected 1 (the samples hold errors)"; }
grep -q '^::error file=samples/defects/unclosed-quote.txt,' lint.out || fail "the installed tool did not report the samples' unclosed quotation"
echo "tool install test: PASS (corpuslint $version installed from ./nupkg and linted the samples)"
