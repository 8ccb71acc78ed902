#!/usr/bin/env bash
# Publishes the native build (README, "Installing the CLI") for this machine into OUT_DIR: the build that
# native-parity.sh checks and run-e2e.sh times. Its linker step runs clang; Debian installs it as clang-N (`clang` only
# with the clang package), so a clang-N is named when there is no `clang`.
# Usage: benchmarks/publish-native.sh OUT_DIR      (a few minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: benchmarks/publish-native.sh OUT_DIR}
case "$(uname -m)" in aarch64 | arm64) rid=linux-arm64 ;; *) rid=linux-x64 ;; esac
linker=()
if ! command -v clang >/dev/null; then
  versioned=$(compgen -c clang- | grep -E '^clang-[0-9]+$' | sort -V | tail -n 1 || true)
  [ -n "$versioned" ] && linker=("-p:CppCompilerAndLinker=$versioned")
fi
echo "== publish the native build ($rid${linker:+, ${linker[*]}}; a few minutes) into $out"
dotnet publish src/CorpusLint.Cli -c Release -r "$rid" -p:PublishAot=true "${linker[@]}" -o "$out" -v quiet -nologo >/dev/null
