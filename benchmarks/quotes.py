"""Quote and speaker accuracy on PolNeAR (dev), this project side by side with textacy.

Usage:  .venv/bin/python benchmarks/quotes.py [--split dev|train] [--limit N] [--errors N]

Data: ``../shared/benchmarks/polnear/{split}/{text,attributions}``: brat standoff files
whose ``E`` lines tie a Source, a Cue and a Content span into one attribution; spans may
be discontinuous ("start end;start end"). Nothing from the corpus is copied into the repo.

Counting rules (issue 4):
- a gold *direct* quote is an attribution whose Content contains a double quotation mark
  (straight ``"`` or curly/angle ``“ ” „ « »``, or two apostrophes, which The New York Times'
  archive prints for one); every other attribution is *indirect*;
- ours: kind direct or partial = predicted direct; kind indirect = predicted indirect;
  textacy: every ``direct_quotations`` triple is predicted direct;
- a predicted span matches a gold Content when their overlap (summed over the gold
  fragments) is at least half of the shorter of the two (gold length = sum of fragments);
- precision: predicted quotes matching ANY gold Content (direct or indirect); recall:
  gold quotes of the kind matched by a predicted quote of the kind (so one gold split
  around its cue and predicted as two rows gives two true positives for precision and
  one for recall);
- speaker accuracy, over matched (pred, gold) pairs, one pair per gold (the best overlap):
  the predicted speaker mention overlaps the gold Source span, or the last word of the
  canonical speaker appears in the gold Source text. A gold with no Source is skipped.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "benchmarks" / "polnear"
QUOTE_MARKS = set('"\u201c\u201d\u201e\u00ab\u00bb')


@dataclass
class Gold:
    content: list[tuple[int, int]]
    source: list[tuple[int, int]] = field(default_factory=list)
    cue: list[tuple[int, int]] = field(default_factory=list)
    text: str = ""
    source_text: str = ""

    @property
    def direct(self) -> bool:
        # (two apostrophes are the double mark of The New York Times' archive: ''like this'')
        return any(ch in QUOTE_MARKS for ch in self.text) or "''" in self.text

    @property
    def length(self) -> int:
        return sum(e - s for s, e in self.content)


@dataclass
class Pred:
    start: int
    end: int
    direct: bool
    speaker_spans: list[tuple[int, int]]
    speaker_name: str | None = None
    kind: str = ""
    has_cue: bool = False


def parse_ann(path: Path, text: str) -> list[Gold]:
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("T"):
            tid, middle, _ = line.split("\t", 2)
            label, offsets = middle.split(" ", 1)
            frags = [tuple(int(x) for x in part.split()) for part in offsets.split(";")]
            spans[tid] = (label, frags)
        elif line.startswith("E"):
            events.append(dict(arg.split(":", 1) for arg in line.split("\t")[1].split()))
    golds = []
    for ev in events:
        if "Content" not in ev or ev["Content"] not in spans:
            continue
        content = spans[ev["Content"]][1]
        source = spans[ev["Source"]][1] if ev.get("Source") in spans else []
        cue = spans[ev["Cue"]][1] if ev.get("Cue") in spans else []
        golds.append(Gold(content, source, cue, " ".join(text[s:e] for s, e in content),
                          " ".join(text[s:e] for s, e in source)))
    return golds


def overlap(a: tuple[int, int], frags: list[tuple[int, int]]) -> int:
    return sum(max(0, min(a[1], e) - max(a[0], s)) for s, e in frags)


def matches(p: Pred, g: Gold) -> int:
    ov = overlap((p.start, p.end), g.content)
    shorter = min(p.end - p.start, g.length)
    return ov if shorter > 0 and ov * 2 >= shorter else 0


def speaker_ok(p: Pred, g: Gold) -> bool:
    if any(overlap(s, g.source) > 0 for s in p.speaker_spans):
        return True
    if p.speaker_name:
        surname = p.speaker_name.split()[-1].lower()
        return bool(re.search(r"\b" + re.escape(surname) + r"\b", g.source_text.lower()))
    return False


def ours(text: str) -> list[Pred]:
    import pandas as pd

    from helpers import analyze_text

    corpus = analyze_text(text, plain=True, cache=False)
    art = corpus.articles["text"].iloc[0] if len(corpus.articles) else text
    if not text.startswith(art):  # only trailing whitespace may go
        raise RuntimeError("analyze_text changed the text; offsets would not line up")
    preds = []
    for r in corpus.quotes.itertuples():
        spk = [] if pd.isna(r.speaker_start) else [(int(r.speaker_start), int(r.speaker_end))]
        name = r.speaker if isinstance(r.speaker, str) else None
        preds.append(Pred(int(r.start), int(r.end), r.kind in ("direct", "partial"), spk, name, r.kind,
                          isinstance(r.cue, str)))
    return preds


def textacy_preds(nlp, text: str) -> tuple[list[Pred], str | None]:
    from textacy.extract.triples import direct_quotations

    doc = nlp(text)
    try:
        triples = list(direct_quotations(doc))
    except ValueError as exc:  # textacy bails out on an odd number of quotation marks
        return [], str(exc).split(";")[0]
    preds = []
    for t in triples:
        spk = [(tok.idx, tok.idx + len(tok)) for tok in t.speaker]
        preds.append(Pred(t.content.start_char, t.content.end_char, True, spk, None, "direct", True))
    return preds, None


@dataclass
class Score:
    tp_pred: int = 0
    n_pred: int = 0
    tp_gold: int = 0
    n_gold: int = 0
    spk_ok: int = 0
    spk_n: int = 0

    def prf(self):
        p = self.tp_pred / self.n_pred if self.n_pred else 0.0
        r = self.tp_gold / self.n_gold if self.n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return 100 * p, 100 * r, 100 * f

    def acc(self):
        return 100 * self.spk_ok / self.spk_n if self.spk_n else 0.0


def score_doc(preds: list[Pred], golds: list[Gold], direct: bool, sc: Score, log=None, name=""):
    mine = [p for p in preds if p.direct == direct]
    wanted = [g for g in golds if g.direct == direct]
    sc.n_pred += len(mine)
    for p in mine:
        hit = any(matches(p, g) for g in golds)
        sc.tp_pred += hit
        if not hit and log is not None:
            log["fp"].append((name, p))
    sc.n_gold += len(wanted)
    for g in wanted:
        cands = [(matches(p, g), p) for p in mine]
        cands = [c for c in cands if c[0]]
        if not cands:
            if log is not None:
                log["fn"].append((name, g, preds))
            continue
        sc.tp_gold += 1
        if g.source:
            best = max(cands, key=lambda c: c[0])[1]
            # a split quote: any of its predicted parts may carry the speaker
            ok = any(speaker_ok(p, g) for _, p in cands)
            sc.spk_n += 1
            sc.spk_ok += ok
            if not ok and log is not None:
                log["spk"].append((name, g, best))


def miss_cause(g: Gold, preds: list[Pred], text: str) -> str:
    """Why a gold direct quote was missed by our extractor (a rough category)."""
    from helpers.quotes import quoted_spans

    touching = [p for p in preds if overlap((p.start, p.end), g.content) > 0]
    if any(not p.direct for p in touching):
        return "predicted as indirect"
    if touching:
        return "overlap below half (span boundaries)"
    qs = [s for s in quoted_spans(text) if overlap(s, g.content) > 0]
    if not qs:
        marks = sum(text[s:e].count(c) for s, e in g.content for c in QUOTE_MARKS)
        return "quote marks not paired" if marks else "no quotation span"
    if not any(overlap(s, g.content) * 2 >= min(s[1] - s[0], g.length) for s in qs):
        return "quoted spans pair differently from the gold content"
    return "quoted span dropped (short with no cue / scare quote / title rule)"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--errors", type=int, default=0, help="print this many examples of each error kind")
    ap.add_argument("--no-textacy", action="store_true")
    args = ap.parse_args(argv)

    text_dir, ann_dir = DATA / args.split / "text", DATA / args.split / "attributions"
    missing = [str(p) for p in (text_dir, ann_dir) if not p.is_dir()]
    if missing:
        print("PolNeAR data not found, nothing to score. Missing: " + ", ".join(missing))
        print("Expected the PolNeAR corpus (github.com/networkdynamics/PolNeAR) under ../shared/benchmarks/polnear/")
        return 0

    # annotation files are named after their text plus an annotator hash ('_4e07'); a few
    # texts were annotated by several annotators: score the first annotation only
    pairs, seen, extra = [], set(), 0
    for ann in sorted(ann_dir.glob("*.ann")):
        txt = text_dir / (re.sub(r"_[0-9a-f]{4}$", "", ann.stem) + ".txt")
        if not txt.exists():
            print(f"no text for {ann.name}")
        elif txt in seen:
            extra += 1
        else:
            seen.add(txt)
            pairs.append((txt, ann))
    if args.limit:
        pairs = pairs[:args.limit]

    from helpers import load_pipeline

    nlp = load_pipeline()
    textacy_ok = not args.no_textacy
    if textacy_ok:
        try:
            import textacy.extract.triples  # noqa: F401
        except Exception as exc:  # noqa: BLE001
            print(f"textacy unavailable ({type(exc).__name__}: {exc}); "
                  "install with `pip install -r requirements-bench.txt`. Scoring this project only.")
            textacy_ok = False

    systems = {"helpers": (Score(), Score())}
    if textacy_ok:
        systems["textacy 0.13"] = (Score(), Score())
    log = {"fp": [], "fn": [], "spk": []}
    kinds_fp = Counter()
    textacy_bail = 0
    t0 = time.time()
    n_gold = Counter()
    for txt, ann in pairs:
        text = txt.read_text(encoding="utf-8")
        golds = parse_ann(ann, text)
        n_gold.update("direct" if g.direct else "indirect" for g in golds)
        preds = ours(text)
        score_doc(preds, golds, True, systems["helpers"][0], log, txt.stem)
        score_doc(preds, golds, False, systems["helpers"][1], None, txt.stem)
        if textacy_ok:
            tpreds, bail = textacy_preds(nlp, text)
            textacy_bail += bail is not None
            score_doc(tpreds, golds, True, systems["textacy 0.13"][0])
        # causes of misses need the text: categorise now
        for i, entry in enumerate(log["fn"]):
            if len(entry) == 3:
                name, g, pr = entry
                log["fn"][i] = (name, g, miss_cause(g, pr, text), text)
        for i, entry in enumerate(log["fp"]):
            if len(entry) == 2:
                name, p = entry
                log["fp"][i] = (name, p, text)
        for i, entry in enumerate(log["spk"]):
            if len(entry) == 3:
                name, g, p = entry
                log["spk"][i] = (name, g, p, text)
    elapsed = time.time() - t0

    print(f"PolNeAR {args.split}: {len(pairs)} documents, {n_gold['direct']} gold direct and "
          f"{n_gold['indirect']} gold indirect attributions ({elapsed:.0f} s; {extra} second annotations "
          f"of the same texts ignored)")
    head = f"{'system':<14}{'direct P':>9}{'R':>7}{'F1':>7}{'spk acc':>9}   {'indirect P':>10}{'R':>7}{'F1':>7}{'spk acc':>9}"
    print(head)
    print("-" * len(head))
    for name, (d, ind) in systems.items():
        dp, dr, df = d.prf()
        row = f"{name:<14}{dp:9.1f}{dr:7.1f}{df:7.1f}{d.acc():9.1f}   "
        if name == "helpers":
            ip, ir, if_ = ind.prf()
            row += f"{ip:10.1f}{ir:7.1f}{if_:7.1f}{ind.acc():9.1f}"
        else:
            row += f"{'n/a':>10}{'n/a':>7}{'n/a':>7}{'n/a':>9}"
        print(row)
    d, ind = systems["helpers"]
    print(f"(helpers direct: {d.tp_pred}/{d.n_pred} predictions match, {d.tp_gold}/{d.n_gold} gold found, "
          f"speaker {d.spk_ok}/{d.spk_n}; indirect: {ind.tp_pred}/{ind.n_pred}, {ind.tp_gold}/{ind.n_gold}, "
          f"speaker {ind.spk_ok}/{ind.spk_n})")
    if textacy_ok:
        print(f"(textacy bailed out on {textacy_bail} of {len(pairs)} documents: an odd number of quote marks)")

    print("\nhelpers, direct quotes: remaining errors")
    causes = Counter(e[2] for e in log["fn"])
    for cause, n in causes.most_common():
        print(f"  missed gold   {n:4d}  {cause}")
    fp_causes = Counter(("no cue (speaker carried over or none)" if not p.has_cue else "with cue")
                        for _, p, _ in log["fp"])
    for cause, n in fp_causes.most_common():
        print(f"  false direct  {n:4d}  {cause}: not an attribution in the gold")
    spk_causes = Counter("no speaker predicted" if not p.speaker_spans and not p.speaker_name
                         else "wrong speaker" for _, _, p, _ in log["spk"])
    for cause, n in spk_causes.most_common():
        print(f"  speaker error {n:4d}  {cause}")

    if args.errors:
        def show(s, e, text):
            return text[s:e].replace("\n", " / ")[:110]
        print("\nmissed gold direct:")
        for name, g, cause, text in log["fn"][:args.errors]:
            print(f"  [{cause}] {name}: {show(g.content[0][0], g.content[-1][1], text)!r}")
        print("\nfalse direct:")
        for name, p, text in log["fp"][:args.errors]:
            print(f"  {name}: {show(p.start, p.end, text)!r}")
        print("\nspeaker errors:")
        for name, g, p, text in log["spk"][:args.errors]:
            spk = [text[s:e] for s, e in p.speaker_spans]
            print(f"  {name}: gold {g.source_text!r} pred {spk} / {p.speaker_name!r}: "
                  f"{show(p.start, p.end, text)[:60]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
