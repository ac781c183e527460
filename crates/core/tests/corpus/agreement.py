#!/usr/bin/env python3
"""Agreement between the corpus labels and a second, independent labeller.

`second-labels.jsonl` holds a second labeller's reading (status, next, evidence, release) of a
random sample of passages, made from the text, the title's meta and the Labelling rules only,
without the first labels or the engine. This prints how often the two readings agree, Cohen's
kappa, the pairs they part on, and how often they pick the same evidence sentence; with
`--list`, the passages they part on.
"""
import collections, json, pathlib, re, sys

FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})


def norm(s):
    return re.sub(r"\s+", " ", s.translate(FOLD)).strip()


def key(s):
    return None if s is None else re.sub(r"[^a-z0-9]", "", s.lower())


def main():
    here = pathlib.Path(__file__).parent
    rows = []
    for line in (here / "second-labels.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        b = json.loads(line)
        a = json.loads((here / (b["passage"] + ".json")).read_text(encoding="utf-8"))["expected"]
        rows.append((b["passage"], a, b))
    n = len(rows)
    same = [r for r in rows if r[1]["status"] == r[2]["status"]]
    ca = collections.Counter(r[1]["status"] for r in rows)
    cb = collections.Counter(r[2]["status"] for r in rows)
    po, pe = len(same) / n, sum(ca[k] * cb[k] for k in ca) / n / n
    print(f"passages: {n}")
    print(f"status agreement: {len(same)}/{n} {po:.3f}  (Cohen's kappa {(po - pe) / (1 - pe):.3f})")
    unsure = [r for r in rows if not r[2]["sure"]]
    print(f"second labeller unsure on {len(unsure)}; agreement there "
          f"{sum(1 for r in unsure if r[1]['status'] == r[2]['status'])}/{len(unsure)}")
    print("per first-label class:")
    for c in sorted(ca):
        rs = [r for r in rows if r[1]["status"] == c]
        print(f"  {c:17} {len(rs):3}  {sum(1 for r in rs if r[2]['status'] == c) / len(rs):.2f}")
    pairs = collections.Counter(tuple(sorted((r[1]["status"], r[2]["status"])))
                                for r in rows if r[1]["status"] != r[2]["status"])
    print("parted on: " + ", ".join(f"{a}/{b} {k}" for (a, b), k in pairs.most_common()))
    both = [r for r in same if r[1]["status"] != "unknown"]
    ev = sum(1 for r in both if r[1]["evidence"] and r[2]["evidence"]
             and (norm(r[1]["evidence"]) in norm(r[2]["evidence"])
                  or norm(r[2]["evidence"]) in norm(r[1]["evidence"])))
    nx = sum(1 for r in both if key(r[1]["next"]) == key(r[2]["next"]))
    print(f"same evidence sentence (same status, not unknown): {ev}/{len(both)} {ev / len(both):.3f}")
    print(f"same next label, spelling folded: {nx}/{len(both)} {nx / len(both):.3f}")
    if "--list" in sys.argv:
        for p, a, b in rows:
            if a["status"] != b["status"]:
                print(f"  {p}: {a['status']} / {b['status']}: {b['why']}")


if __name__ == "__main__":
    main()
