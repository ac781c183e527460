#!/usr/bin/env python3
"""Check every labelled passage: JSON shape, evidence and quotes present in the text.

Matching is done after folding curly quotes/apostrophes to straight ones and collapsing
whitespace. A quote that runs over several paragraphs is stored as its paragraphs joined by a
space, so for quotes the comparison also drops double-quote characters on both sides (the
paragraph-opening marks of the source).
"""
import json, pathlib, re, sys

LADDER = {"unknown", "rumored", "in_talks", "confirmed", "in_production",
          "release_date_set", "released", "cancelled", "denied"}
FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                      "\u2032": "'", "\u00a0": " ", "\u2026": "...", "\u201e": '"'})


def norm(s):
    return re.sub(r"\s+", " ", s.translate(FOLD)).strip()


def main():
    here = pathlib.Path(__file__).parent
    bad = 0
    rows = []
    for js in sorted(here.glob("*.json")):
        txt = js.with_suffix(".txt")
        meta = json.loads(js.read_text(encoding="utf-8"))
        if not txt.exists():
            print(f"{js.name}: no .txt"); bad += 1; continue
        text = norm(txt.read_text(encoding="utf-8"))
        text_nq = text.replace('"', "")
        exp = meta["expected"]
        errs = []
        for k in ("url", "outlet", "published", "title", "kind", "year", "aliases", "expected"):
            if k not in meta: errs.append(f"missing {k}")
        if meta.get("kind") not in ("movie", "series"): errs.append("kind")
        if exp["status"] not in LADDER: errs.append(f"status {exp['status']}")
        if (exp["evidence"] is None) != (exp["status"] == "unknown"):
            errs.append("evidence must be null exactly when status is unknown")
        if exp["evidence"] and norm(exp["evidence"]) not in text:
            errs.append(f"evidence not in text: {exp['evidence'][:60]!r}")
        if norm(meta["title"]).lower() not in text.lower() and not any(
                norm(a).lower() in text.lower() for a in meta["aliases"]):
            errs.append("title not in text")
        seen = set()
        for q in exp["quotes"]:
            t = norm(q["text"])
            if t in seen: errs.append(f"duplicate quote {t[:40]!r}")
            seen.add(t)
            if t not in text and t.replace('"', "") not in text_nq:
                errs.append(f"quote not in text: {q['text'][:60]!r}")
            if not q.get("speaker"): errs.append("quote without speaker")
        for e in errs:
            print(f"{js.name}: {e}")
        bad += len(errs)
        rows.append((js.stem, meta["url"], exp["status"], len(exp["quotes"])))
    if "--table" in sys.argv:
        for r in rows:
            print(f"| {r[0]} | {r[1]} | {r[2]} | {r[3]} |")
    from collections import Counter
    print(len(rows), "passages;", dict(Counter(r[2] for r in rows)), file=sys.stderr)
    sys.exit(1 if bad else 0)


main()
