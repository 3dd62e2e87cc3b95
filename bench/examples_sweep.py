#!/usr/bin/env python3
"""Runs `tlatrace check` on every exhaustive-search model of a tlaplus/Examples checkout whose
manifest.json gives a TLC runtime under a bound, and compares the verdict and, where the
manifest records them, the distinct and generated state counts with TLC's.

usage: bench/examples_sweep.py TLATRACE EXAMPLES [--max-runtime S] [--timeout S] [NAME...]

NAME filters models by substring of their cfg path. Prints one line per model:
  OK   the verdict (and counts) equal TLC's
  LIV  TLC reports a liveness failure (tlatrace checks safety only)
  BAD  anything else, with tlatrace's errors
and a summary; exits 1 when a model is BAD. The checkout stays outside this repository.
"""
import argparse
import glob
import json
import os
import subprocess
import sys
import time

EXPECTED = {  # manifest result -> (our result, our violation kind or None)
    'success': ('ok', None),
    'safety failure': ('violation', {'invariant', 'property', 'postcondition'}),
    'deadlock failure': ('violation', {'deadlock'}),
    'assumption failure': ('violation', {'assume'}),
}


def seconds(runtime):
    try:
        h, m, s = (int(x) for x in runtime.split(':'))
        return h * 3600 + m * 60 + s
    except (ValueError, AttributeError):
        return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('tlatrace')
    ap.add_argument('examples')
    ap.add_argument('names', nargs='*')
    ap.add_argument('--max-runtime', type=int, default=60, help="skip models TLC needs longer for")
    ap.add_argument('--timeout', type=int, default=300)
    args = ap.parse_intermixed_args()
    tlatrace = os.path.abspath(args.tlatrace)
    counts = {'OK': 0, 'LIV': 0, 'BAD': 0}
    for manifest in sorted(glob.glob(os.path.join(args.examples, 'specifications/*/manifest.json'))):
        for module in json.load(open(manifest)).get('modules', []):
            for model in module.get('models', []):
                rt = seconds(model.get('runtime'))
                if model.get('mode') != 'exhaustive search' or rt is None or rt > args.max_runtime:
                    continue
                if args.names and not any(n in model['path'] for n in args.names):
                    continue
                spec = os.path.join(args.examples, module['path'])
                cfg = os.path.join(args.examples, model['path'])
                started = time.time()
                try:
                    # \cdot is enabled in TLC by this property; FiniteMonotonic's manifest assumes it.
                    # Run from the checkout's root, as its CI runs TLC (paths in specs are relative to it).
                    p = subprocess.run([tlatrace, 'check', spec, '--config', cfg, '--workers', '1', '--format', 'json',
                                        '-Dtlc2.tool.impl.Tool.cdot=true'],
                                       capture_output=True, text=True, timeout=args.timeout, cwd=args.examples)
                    rc, out = p.returncode, p.stdout
                except subprocess.TimeoutExpired:
                    rc, out = 'timeout', ''
                took = time.time() - started
                try:
                    got = json.loads(out)
                except ValueError:
                    got = {}
                stats = got.get('stats') or {}
                kind = (got.get('violation') or {}).get('kind')
                want = model.get('result')
                if want == 'liveness failure':
                    verdict = 'LIV'
                else:
                    result, kinds = EXPECTED.get(want, (want, None))
                    ok = got.get('result') == result and (kinds is None or kind in kinds)
                    if want == 'success' and model.get('distinctStates') is not None:
                        ok = ok and stats.get('distinct') == model['distinctStates']
                        if model.get('totalStates') is not None:
                            ok = ok and stats.get('generated') == model['totalStates']
                    verdict = 'OK' if ok else 'BAD'
                counts[verdict] += 1
                print(f"{verdict:3} rc={rc} {took:6.1f}s {model['path'][len('specifications/'):]} TLC: {want} "
                      f"{model.get('distinctStates')}/{model.get('totalStates')}; tlatrace: {got.get('result')}"
                      f"{'/' + kind if kind else ''} {stats.get('distinct')}/{stats.get('generated')}", flush=True)
                if verdict == 'BAD':
                    for e in got.get('errors', [])[:3]:
                        print(f"      {e.get('file')}:{e.get('line')}:{e.get('col')}: {e.get('message')}", flush=True)
    print(f"{counts['OK']} as TLC, {counts['LIV']} liveness failures (not checked), {counts['BAD']} different")
    return 1 if counts['BAD'] else 0


if __name__ == '__main__':
    sys.exit(main())
