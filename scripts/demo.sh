#!/usr/bin/env bash
# The flagship demo. Until the replicated-log example lands, it parses and summarises the
# shipped specifications with the real tlatrace binary.
set -euo pipefail
build=${1:-build}
root=$(cd "$(dirname "$0")/.." && pwd)
bin="$build/cli/tlatrace"
specs=$(ls "$root"/specs/*.tla 2>/dev/null || true)
if [ -z "$specs" ]; then echo "demo: no specs under specs/"; exit 1; fi
echo "== tlatrace parse specs/*.tla"
"$bin" parse $specs
