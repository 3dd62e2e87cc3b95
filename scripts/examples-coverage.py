#!/usr/bin/env python3
"""Measures how many published TLA+ modules tlatrace parses and resolves.

Usage: scripts/examples-coverage.py EXAMPLES_CHECKOUT [--tlatrace build/cli/tlatrace] [--failures N]

EXAMPLES_CHECKOUT is a checkout of the public tlaplus/Examples repository, kept outside this
repository. Every module listed in its manifests (all of which SANY accepts) is run through
`tlatrace parse`; the script prints the share that loads, and the first failures by message.
Modules that need the TLA+ proof system's or Apalache's own library modules are counted apart.
"""
import argparse
import collections
import glob
import json
import os
import subprocess
import sys

EXTERNAL_LIBRARIES = {"TLAPS", "NaturalsInduction", "WellFoundedInduction", "FunctionTheorems",
                      "SequenceTheorems", "FiniteSetTheorems", "SequencesExtTheorems",
                      "Apalache", "Variants", "Option", "ApalacheSequences", "FiniteSetsExtTheorems",
                      "FoldsTheorems", "BagsTheorems", "TLAPMSMT", "RealTime"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("examples")
    ap.add_argument("--tlatrace", default="build/cli/tlatrace")
    ap.add_argument("--failures", type=int, default=30)
    args = ap.parse_args()
    modules = []
    for manifest in sorted(glob.glob(os.path.join(args.examples, "specifications/*/manifest.json"))):
        with open(manifest) as f:
            for m in json.load(f)["modules"]:
                modules.append(os.path.join(args.examples, m["path"]))
    ok, failed, needs_lib = 0, [], 0
    for path in modules:
        try:
            r = subprocess.run([args.tlatrace, "parse", "--format", "json", path], capture_output=True,
                               text=True, timeout=60)
            out = json.loads(r.stdout) if r.stdout.strip() else {"errors": [{"message": r.stderr[-300:]}]}
        except subprocess.TimeoutExpired:
            out, r = {"errors": [{"message": "timeout"}]}, None
        except json.JSONDecodeError:
            out = {"errors": [{"message": "bad JSON output: " + r.stderr[-300:]}]}
        if r is not None and r.returncode == 0:
            ok += 1
            continue
        msgs = [e.get("message", "") for e in out.get("errors", []) if e.get("severity", "error") == "error"]
        if any(any("cannot find module '%s'" % lib in m for lib in EXTERNAL_LIBRARIES) for m in msgs):
            needs_lib += 1
            continue
        first = out.get("errors", [{}])[0] if out.get("errors") else {}
        failed.append((path, r.returncode if r else "timeout", first))
    total = len(modules)
    print(f"modules: {total}; parsed and resolved: {ok} ({100.0 * ok / max(total, 1):.1f}%); "
          f"need proof/Apalache libraries: {needs_lib}; failed: {len(failed)}")
    print(f"of the modules that need no external library: {ok}/{total - needs_lib} "
          f"({100.0 * ok / max(total - needs_lib, 1):.1f}%)")
    by_msg = collections.Counter()
    for path, code, first in failed:
        by_msg[first.get("message", "?")[:70]] += 1
    for msg, n in by_msg.most_common(15):
        print(f"  {n:4d}  {msg}")
    for path, code, first in failed[: args.failures]:
        loc = f"{first.get('file', '')}:{first.get('line', '')}:{first.get('col', '')}"
        print(f"FAIL [{code}] {os.path.relpath(path, args.examples)}  {loc}: {first.get('message', '')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
