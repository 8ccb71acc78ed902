#!/usr/bin/env bash
# What a configuration change costs a cached run (issue 10): for each build given, side by side on the same corpus and
# each with its own cache, the wall time, CPU and peak memory of one run after each step of
#   fill             a run that fills the cache
#   warm             nothing changed (the stored report is replayed)
#   severity         two rules' severities changed for every document (root .editorconfig)
#   severity-warm    the same again (replayed)
#   rule-off         one rule turned off for every document
#   back             the configuration as it was at first (the rule turned on again)
#   folder-severity  a severity changed in one folder's .editorconfig
#   folder-option    and then a rule's option (CL2007's min_words) in the same file
# and whether every build's report of each step is the same (it must be: a cache never changes a report).
#
#   benchmarks/config-change.sh CORPUS BUILD [BUILD...]
#   benchmarks/config-change.sh /tmp/corpuslint-e2e-100000 /tmp/old/corpuslint /tmp/new/corpuslint
#
# CORPUS is a folder of articles such as run-e2e.sh builds, with no .editorconfig of its own at its root or in its
# first folder (the script writes them, and removes them when done). Needs GNU time.
set -euo pipefail
corpus=${1:?usage: benchmarks/config-change.sh CORPUS BUILD [BUILD...]}
shift
[ $# -ge 1 ] || { echo "usage: benchmarks/config-change.sh CORPUS BUILD [BUILD...]" >&2; exit 2; }
folder=$(find "$corpus" -mindepth 1 -maxdepth 1 -type d ! -name '.*' | sort | head -n 1)
for config in "$corpus/.editorconfig" "$folder/.editorconfig"; do
  [ ! -e "$config" ] || { echo "config-change.sh: $config exists; the script writes its own" >&2; exit 2; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"; rm -f "$corpus/.editorconfig" "$folder/.editorconfig"' EXIT
steps=(fill warm severity severity-warm rule-off back folder-severity folder-option)

configure() { # the configuration of a step
  case $1 in
    severity) printf 'root = true\n[*]\ndotnet_diagnostic.CL3001.severity = error\ndotnet_diagnostic.CL5004.severity = error\n' > "$corpus/.editorconfig" ;;
    rule-off) printf 'root = true\n[*]\ndotnet_diagnostic.CL3001.severity = none\n' > "$corpus/.editorconfig" ;;
    back) rm -f "$corpus/.editorconfig" ;;
    folder-severity) printf '[*]\ndotnet_diagnostic.CL5004.severity = error\n' > "$folder/.editorconfig" ;;
    folder-option) printf '[*]\ndotnet_diagnostic.CL5004.severity = error\ncorpuslint.CL2007.min_words = 5\n' > "$folder/.editorconfig" ;;
  esac
}

echo "corpus $corpus ($(find "$corpus" -type f -not -path '*/.git/*' | wc -l) files); folder-severity changes $folder"
printf '%-16s' step; for b in "$@"; do printf ' | %-34s' "$(basename "$(dirname "$b")")/$(basename "$b")"; done; echo
for b in "$@"; do rm -rf "$work/cache-$(echo "$b" | md5sum | cut -c1-8)"; done
rm -f "$corpus/.editorconfig" "$folder/.editorconfig"
for step in "${steps[@]}"; do
  configure "$step"
  printf '%-16s' "$step"
  for i in $(seq 1 $#); do
    b=${!i}
    cache="$work/cache-$(echo "$b" | md5sum | cut -c1-8)"
    # The step's configuration is the same for every build; the folder's .editorconfig stays once written (last steps).
    /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$b" lint "$corpus" --format text --output "$work/$step.$i.txt" \
      --no-progress --cache-dir "$cache" >/dev/null 2>&1 || true
    read -r wall user sys rss < <(tail -n 1 "$work/time") # GNU time says first when the exit code was not 0
    printf ' | %6.2f s wall %6.2f s CPU %4d MB' "$wall" "$(awk "BEGIN { print $user + $sys }")" $((rss / 1024))
  done
  same=yes
  for i in $(seq 2 $#); do cmp -s "$work/$step.1.txt" "$work/$step.$i.txt" || same=NO; done
  echo " | reports the same: $same"
done
