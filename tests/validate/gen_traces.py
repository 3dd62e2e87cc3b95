#!/usr/bin/env python3
"""Writes the traces of tests/validate/traces from one behavior of specs/KV.tla.

Run it from anywhere; it rewrites the files in place. Each fault variant changes one record of
the full trace, so the tests know the exact line where validation must stop.
"""
import copy
import json
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "traces")

def behavior():
    """States of KV (Keys = {k1, k2}) with the action that produced each."""
    s = {"store": {"k1": "NoVal", "k2": "NoVal"}, "version": 0, "history": [], "written": []}
    states = [(None, None, copy.deepcopy(s))]
    for act, params in [("Put", {"k": "k1", "v": 2}), ("Put", {"k": "k2", "v": 3}),
                        ("Delete", {"k": "k1"}), ("Put", {"k": "k1", "v": 1})]:
        k = params["k"]
        if act == "Put":
            s["store"][k] = params["v"]
            s["history"].append({"op": "put", "key": k, "val": params["v"]})
            if k not in s["written"]:
                s["written"] = sorted(s["written"] + [k])
        else:
            s["store"][k] = "NoVal"
            s["history"].append({"op": "del", "key": k, "val": 0})
        s["version"] += 1
        states.append((act, params, copy.deepcopy(s)))
    return states

def line(act, params, state, hints=True, keys=None):
    rec = {}
    if hints and act:
        rec["action"] = act
        rec["params"] = params
    for k, v in state.items():
        if keys is None or k in keys:
            rec[k] = v
    return rec

def write(name, records, raw_tail=None):
    with open(os.path.join(OUT, name), "w") as f:
        for r in records:
            f.write((r if isinstance(r, str) else json.dumps(r, separators=(",", ":"))) + "\n")
        if raw_tail is not None:
            f.write(raw_tail)

def main():
    os.makedirs(OUT, exist_ok=True)
    b = behavior()
    full = [line(a, p, s) for a, p, s in b]
    nohint = [line(a, p, s, hints=False) for a, p, s in b]
    write("full.ndjson", full)
    write("full_nohint.ndjson", nohint)
    write("partial.ndjson", [line(a, p, s, hints=False, keys={"store"}) for a, p, s in b])
    write("partial_hint.ndjson", [line(a, p, s, keys={"store", "version"}) for a, p, s in b])
    # Positional params.
    pos = copy.deepcopy(full)
    for r in pos[1:]:
        r["params"] = list(r["params"].values())
    write("params_array.ndjson", pos)
    # A stuttering record (changes nothing, names no action) after line 2.
    write("stutter.ndjson", nohint[:2] + [dict(nohint[1])] + nohint[2:])

    wrong_value = copy.deepcopy(nohint)
    wrong_value[2]["store"]["k2"] = 1          # line 3: Put(k2, 3) logged k2 = 1
    write("wrong_value.ndjson", wrong_value)
    write("missing_step.ndjson", full[:2] + full[3:])   # line 3 (Put k2 3) not logged
    write("extra_step.ndjson", full[:3] + [full[2]] + full[3:])  # line 4 repeats line 3
    write("disabled.ndjson", full[:3] + [line("Delete", {"k": "k1"}, b[3][2])] +
          [line("Delete", {"k": "k1"}, b[3][2])])  # line 5: Delete(k1) again, but k1 is NoVal
    wrong_hint = copy.deepcopy(full)
    wrong_hint[3]["action"] = "Put"             # line 4 is a Delete, logged as Put
    wrong_hint[3]["params"] = {"k": "k1", "v": 2}
    write("wrong_hint.ndjson", wrong_hint)
    wrong_type = copy.deepcopy(nohint)
    wrong_type[2]["version"] = "two"            # line 3: a string where the spec has an integer
    write("wrong_type.ndjson", wrong_type)

    # The same behavior as ITF and TLC JSON (and the wrong-value fault in each).
    def itf_value(v):
        if isinstance(v, bool) or isinstance(v, str):
            return v
        if isinstance(v, int):
            return {"#bigint": str(v)}
        if isinstance(v, list):
            return [itf_value(x) for x in v]
        return {k: itf_value(x) for k, x in v.items()}
    def itf(states):
        out = {"#meta": {"source": "tests/validate/gen_traces.py"}, "vars": ["store", "version", "history", "written"],
               "states": []}
        for i, s in enumerate(states):
            st = {"#meta": {"index": i}}
            for k in out["vars"]:
                st[k] = itf_value(s[k]) if k != "written" else {"#set": [itf_value(x) for x in s[k]]}
            out["states"].append(st)
        return out
    def tlc(states, actions):
        st = [[i + 1, {k: v for k, v in s.items()}] for i, s in enumerate(states)]
        edges = [[[i, {}], {"name": a}, [i + 1, {}]] for i, a in enumerate(actions, start=1)]
        return {"vars": ["store", "version", "history", "written"], "counterexample": {"state": st, "action": edges}}
    states = [s for _, _, s in b]
    actions = [a for a, _, _ in b[1:]]
    bad = copy.deepcopy(states)
    bad[2]["store"]["k2"] = 1
    for name, doc in [("full.itf.json", itf(states)), ("wrong_value.itf.json", itf(bad)),
                      ("full_tlc.json", tlc(states, actions)), ("wrong_value_tlc.json", tlc(bad, actions))]:
        with open(os.path.join(OUT, name), "w") as f:
            json.dump(doc, f, indent=1)
            f.write("\n")

    # --match: the implementation's own names.
    impl = [{"kv": {}, "op": "init"}]
    for a, p, s in b[1:]:
        impl.append({"kv": {k: v for k, v in s["store"].items() if v != "NoVal"}, "op": "set" if a == "Put" else "unset"})
    write("impl_names.ndjson", impl)
    impl_bad = copy.deepcopy(impl)
    impl_bad[3]["op"] = "set"                   # line 4 is an unset, logged as set
    write("impl_names_bad.ndjson", impl_bad)

    # The full trace as two per-node logs with Lamport clocks (merged by validate).
    node_a = [full[0]] + [dict(full[i], node="a", clock=i) for i in (1, 3)]
    node_b = [dict(full[i], node="b", clock=i) for i in (2, 4)]
    write("node_a.ndjson", node_a)
    write("node_b.ndjson", node_b)

    # Bad input.
    write("malformed.ndjson", nohint[:2] + ['{"store": {"k1": 2,, "k2": "NoVal"}}'] + nohint[3:])
    write("torn.ndjson", nohint[:3], raw_tail='{"store": {"k1": "No')
    unknown = copy.deepcopy(nohint)
    unknown[1]["stor"] = unknown[1].pop("store")
    write("unknown_var.ndjson", unknown)
    write("out_of_range.ndjson", nohint[:1] + ['{"store":{"k1":2,"k2":"NoVal"},"version":99999999999999999999}'])
    write("fraction.ndjson", nohint[:1] + ['{"store":{"k1":2,"k2":"NoVal"},"version":1.5}'])

if __name__ == "__main__":
    main()
