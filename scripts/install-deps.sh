#!/usr/bin/env bash
# Installs the Debian packages tlatrace builds with, when any is missing.
# Runs apt-get only as root and only for what is not installed yet.
set -euo pipefail
pkgs=(cmake make g++ antlr4 libantlr4-runtime-dev default-jre-headless libboost-graph-dev
      nlohmann-json3-dev libjemalloc-dev libspdlog-dev libgtest-dev libgmock-dev libbenchmark-dev libcli11-dev
      ninja-build lld chromium)  # chromium: the --html tests (tests/inspect/html_*) render pages headless
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps: missing packages: ${missing[*]} (run as root, or install them yourself)" >&2
  exit 1
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
