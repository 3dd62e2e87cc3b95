#!/usr/bin/env bash
# Starts a 3-node raftkv cluster on loopback, sends a few client commands, stops it, and
# merges the per-node traces with `tlatrace merge` and validates the result against
# specs/RaftLog.tla. Nodes run with --observe none (events without variables: see README.md).
#   examples/raftkv/run_cluster.sh BUILD_DIR OUT_DIR [BASE_PORT]
set -euo pipefail
build=${1:?usage: run_cluster.sh BUILD_DIR OUT_DIR [BASE_PORT]}
out=${2:?usage: run_cluster.sh BUILD_DIR OUT_DIR [BASE_PORT]}
base=${3:-7100}
bin="$build/examples/raftkv"
mkdir -p "$out"
peers="n1=127.0.0.1:$((base + 1)),n2=127.0.0.1:$((base + 2)),n3=127.0.0.1:$((base + 3))"
pids=()
for k in 1 2 3; do
  "$bin/raftkv_node" --id "n$k" --peers "$peers" --duration-ms 4000 --seed "$k" --observe none \
    --trace "$out/n$k.ndjson" > "$out/n$k.out" &
  pids+=($!)
done
for cmd in "put a 1" "put b 2" "del a" "put b 1"; do
  "$bin/raftkv_client" --peers "$peers" --request "$cmd" --timeout-ms 2000 || true
done
for pid in "${pids[@]}"; do wait "$pid"; done
cat "$out"/n?.out
"$build/cli/tlatrace" merge "$out/n1.ndjson" "$out/n2.ndjson" "$out/n3.ndjson" > "$out/cluster.ndjson"
echo "merged trace: $out/cluster.ndjson ($(wc -l < "$out/cluster.ndjson") lines)"
here=$(cd "$(dirname "$0")" && pwd)
"$build/cli/tlatrace" validate "$here/../../specs/RaftLog.tla" -t "$out/cluster.ndjson"
