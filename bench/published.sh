#!/usr/bin/env bash
# Checks the published tlaplus/Examples configurations of issue 3 with `tlatrace check` and
# compares verdict, distinct states and wall time with TLC's figures (1 worker, default options).
# ours_cpu is the CPU time (user + system) of our run: on a loaded machine, compare that.
# speedup is TLC's wall time over ours (TLC's includes the JVM's start-up).
# Usage: bench/published.sh TLATRACE EXAMPLES_CHECKOUT [--workers N] [--tlc 'CMD'] [--repeat N] [NAME...]
# NAME filters by spec name (e.g. TwoPhase GameOfLife). Exits 1 when a count or verdict differs.
# --repeat N: N rounds per spec (ours, then TLC's when --tlc is given, alternately); the columns
# are medians, and speedup is the median of the rounds' ratios (this host's speed moves by a
# third within minutes: one round can mislead).
# --tlc CMD: also runs TLC now, on the same machine, as `CMD -workers N -config CFG SPEC.tla` in
# the spec's directory (CMD is your own TLC launcher, e.g. 'java -cp tla2tools.jar tlc2.TLC
# -metadir /tmp/tlc -noGenerateSpecTE'; nothing here builds TLC), and compares with its wall time
# instead of the published figure.
set -uo pipefail
tlatrace=${1:?usage: published.sh TLATRACE EXAMPLES [--workers N] [NAME...]}
examples=${2:?usage: published.sh TLATRACE EXAMPLES [--workers N] [NAME...]}
shift 2
workers=1
tlc_cmd=""
repeat=1
filter=()
while [ $# -gt 0 ]; do
  case "$1" in
    --workers) workers=$2; shift 2 ;;
    --tlc) tlc_cmd=$2; shift 2 ;;
    --repeat) repeat=$2; shift 2 ;;
    *) filter+=("$1"); shift ;;
  esac
done
# dir spec cfg verdict distinct tlc_seconds (for violations: the trace length instead of distinct)
table=(
  "DieHard MCDieHardest MCDieHardest violation 12 4.65"
  "transaction_commit TwoPhase TwoPhase ok 288 2.16"
  "ewd840 EWD840 EWD840 ok 302 3.09"
  "SpanningTree SpanTree SpanTree ok 1236 3.55"
  "tcp MCtcp MCtcp ok 1182 2.27"
  "Chameneos Chameneos Chameneos ok 34534 2.59"
  "ewd426 TokenRing TokenRing ok 46656 9.20"
  "GameOfLife GameOfLife GameOfLife ok 65536 13.39"
  "Disruptor Disruptor_MPMC Disruptor_MPMC ok 112929 10.83"
  "SlushProtocol Slush SlushSmall ok 274678 15.14"
  "MultiPaxos-SMR MultiPaxos_MC MultiPaxos_MC_small ok 343796 27.94"
  "lamport_mutex MCLamportMutex MCLamportMutex ok 724274 22.98"
  "tcp APtcp APtcp violation 15 14.90"
)
status=0
printf "%-16s %-10s %10s %10s %9s %9s %9s %8s\n" spec verdict distinct expected ours_s ours_cpu tlc_s speedup
for row in "${table[@]}"; do
  read -r dir spec cfg verdict expected tlc_s <<<"$row"
  if [ ${#filter[@]} -gt 0 ] && [[ ! " ${filter[*]} " == *" $spec "* ]]; then continue; fi
  base="$examples/specifications/$dir"
  rounds=()  # "ours_s ours_cpu tlc_s" per round
  for ((round = 0; round < repeat; ++round)); do
    start=$(date +%s.%N)
    out=$(/usr/bin/time -f "%U %S" -o /tmp/published_cpu.$$ "$tlatrace" check "$base/$spec.tla" --config "$base/$cfg.cfg" \
          --workers "$workers" --format json 2>/dev/null)
    end=$(date +%s.%N)
    cpu=$(tail -n 1 /tmp/published_cpu.$$ 2>/dev/null | awk '{printf "%.2f", $1 + $2}')
    got=$(python3 -c '
import json, sys
r = json.loads(sys.stdin.read())
v = r.get("violation") or {}
n = len(v.get("trace", [])) if r["result"] == "violation" else r["stats"]["distinct"]
print(r["result"], n)' <<<"$out" 2>/dev/null || echo "error 0")
    read -r result count <<<"$got"
    if [ "$result" != "$verdict" ] || [ "$count" != "$expected" ]; then break; fi
    round_tlc=$tlc_s
    if [ -n "$tlc_cmd" ]; then
      t0=$(date +%s.%N)
      (cd "$base" && $tlc_cmd -workers "$workers" -config "$cfg.cfg" "$spec.tla" >/dev/null 2>&1)
      t1=$(date +%s.%N)
      round_tlc=$(python3 -c "print($t1 - $t0)")
    fi
    rounds+=("$(python3 -c "print($end - $start)") $cpu $round_tlc")
  done
  read -r secs cpu tlc_s speed < <(python3 -c '
import statistics, sys
rows = [list(map(float, r.split())) for r in sys.argv[1:]] or [[0, 0, 0]]
med = lambda i: statistics.median(r[i] for r in rows)
ratio = statistics.median(r[2] / max(r[0], 1e-3) for r in rows)
print("%.2f %.2f %.2f %.1fx" % (med(0), med(1), med(2), ratio))' "${rounds[@]}")
  mark=""
  if [ "$result" != "$verdict" ] || [ "$count" != "$expected" ]; then mark="  MISMATCH"; status=1; fi
  printf "%-16s %-10s %10s %10s %9s %9s %9s %8s%s\n" "$spec" "$result" "$count" "$expected" "$secs" "$cpu" "$tlc_s" "$speed" "$mark"
done
rm -f /tmp/published_cpu.$$
exit $status
