#!/usr/bin/env bash
# Runs every built libFuzzer target for SECONDS each, on a scratch copy of its seed corpus,
# then prints a summary. Exits non-zero when a target finds a crash, leak, timeout or
# sanitizer report (the reproducer is kept under BUILD_DIR/fuzz-findings/<target>/).
#
#   scripts/fuzz.sh BUILD_DIR SECONDS
set -uo pipefail

if [[ $# -ne 2 || ! $2 =~ ^[0-9]+$ ]]; then
  echo "usage: $0 BUILD_DIR SECONDS" >&2
  exit 2
fi
build_dir=$(cd "$1" 2>/dev/null && pwd) || { echo "fuzz.sh: no build directory '$1'" >&2; exit 2; }
seconds=$2
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# target name : seed corpus folder under fuzz/corpus
targets=("fuzz_tla_parser:tla" "fuzz_cfg_parser:cfg")

scratch=$(mktemp -d "${TMPDIR:-/tmp}/tlatrace-fuzz.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

ran=0
failed=0
summary=()
for entry in "${targets[@]}"; do
  name=${entry%%:*}
  seeds="$root/fuzz/corpus/${entry##*:}"
  binary=$(find "$build_dir" -type f -name "$name" -perm -u+x 2>/dev/null | head -n 1)
  if [[ -z $binary ]]; then
    summary+=("$(printf '%-18s not built, skipped' "$name")")
    continue
  fi
  corpus="$scratch/$name-corpus"
  mkdir -p "$corpus"
  [[ -d $seeds ]] && cp -R "$seeds/." "$corpus/"
  seed_count=$(find "$corpus" -type f | wc -l)
  findings="$build_dir/fuzz-findings/$name"
  mkdir -p "$findings"
  log="$build_dir/fuzz-findings/$name.log"

  echo "== $name: ${seconds}s on $seed_count seed inputs ($binary)"
  "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$findings/" "$corpus" >"$log" 2>&1
  status=$?
  ran=$((ran + 1))

  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -n 1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | grep -o '[0-9]*')
  corpus_count=$(find "$corpus" -type f | wc -l)
  if [[ $status -eq 0 ]]; then
    summary+=("$(printf '%-18s ok       %s runs, coverage %s edges, corpus %s -> %s' \
      "$name" "${execs:-?}" "${cov:-?}" "$seed_count" "$corpus_count")")
  else
    failed=$((failed + 1))
    summary+=("$(printf '%-18s FINDING  exit %s; reproducer(s) in %s, log %s' "$name" "$status" "$findings" "$log")")
    echo "---- last lines of $log"
    tail -n 40 "$log"
  fi
done

echo
echo "== fuzz summary (${seconds}s per target)"
printf '%s\n' "${summary[@]}"
if [[ $ran -eq 0 ]]; then
  echo "fuzz.sh: no fuzz target found under $build_dir" >&2
  exit 2
fi
if [[ $failed -gt 0 ]]; then
  echo "fuzz.sh: $failed target(s) found a problem" >&2
  exit 1
fi
