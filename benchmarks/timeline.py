"""Timeline accuracy on TempEval-3 training data (TimeBank + AQUAINT), side by side with dateparser.

Reads the TimeML files in place (never copies them), strips the tags of each ``<TEXT>``
while recording the gold TIMEX3 offsets, type and value (the document creation time is
the publication date and is not scored), runs our extractor and ``dateparser.search_dates``
over the same plain text and prints TempEval-3 style scores:

- relaxed span P/R/F1: a predicted expression matches a gold one when they overlap;
- strict span P/R/F1: exact character offsets;
- type accuracy on relaxed matches, type F1 = relaxed F1 x type accuracy;
- value accuracy on relaxed matches (strings, case-insensitive), value F1 = relaxed F1 x
  value accuracy (the TempEval-3 "value F1"; HeidelTime scored 77.61 on the test set).

Usage::

    python benchmarks/timeline.py                # the full set (256 documents)
    python benchmarks/timeline.py --limit 40 --errors 30
"""
from __future__ import annotations

import argparse
import datetime as dt
import html
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from helpers.config import SHARED_DIR  # noqa: E402

DEFAULT_PATH = SHARED_DIR / "benchmarks" / "tempeval3-train"
CORPORA = ("TimeBank", "AQUAINT")

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass
class Timex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class Document:
    corpus: str
    name: str
    dct: dt.date
    text: str
    gold: list[Timex] = field(default_factory=list)


def read_tml(path: Path, corpus: str) -> Document:
    """Plain text of ``<TEXT>`` with gold TIMEX3 spans as offsets into it."""
    raw = path.read_text(encoding="utf-8")
    dct_match = re.search(r"<DCT>\s*<TIMEX3([^>]*)>", raw)
    dct_value = dict(_ATTR.findall(dct_match.group(1)))["value"] if dct_match else ""
    dct = dt.date.fromisoformat(dct_value[:10])
    body = raw[raw.index("<TEXT>") + len("<TEXT>"): raw.index("</TEXT>")]
    out: list[str] = []
    length = 0
    gold: list[Timex] = []
    open_timex: list[tuple[int, dict]] = []
    pos = 0
    for m in _TAG.finditer(body):
        chunk = html.unescape(body[pos:m.start()])
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, name = m.group(1), m.group(2)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex.append((length, dict(_ATTR.findall(m.group(3)))))
        elif open_timex:
            start, attrs = open_timex.pop()
            gold.append(Timex(start, length, "", attrs.get("type", ""), attrs.get("value", "")))
    chunk = html.unescape(body[pos:])
    out.append(chunk)
    text = "".join(out).replace("\r", "")
    for g in gold:
        g.text = text[g.start:g.end]
    return Document(corpus, path.stem, dct, text, sorted(gold, key=lambda t: t.start))


def load_documents(root: Path, limit: int | None = None) -> list[Document]:
    docs = []
    for corpus in CORPORA:
        for path in sorted((root / corpus).glob("*.tml")):
            docs.append(read_tml(path, corpus))
    if limit:
        # interleave so a small sample still holds both corpora
        tb = [d for d in docs if d.corpus == "TimeBank"]
        aq = [d for d in docs if d.corpus == "AQUAINT"]
        mixed = [d for pair in zip(tb, aq) for d in pair] + tb[len(aq):] + aq[len(tb):]
        docs = mixed[:limit]
    return docs


# --------------------------------------------------------------------------- systems

def ours_factory(bare: bool = False):
    """Our extractor: through ``helpers.analyze_text`` when it exists, else the bare pipeline."""
    import helpers

    analyze_text = None if bare else getattr(helpers, "analyze_text", None)
    if analyze_text is not None:
        def run(text, dct):
            corpus = analyze_text(text, published=dct, plain=True)
            # the corpus may trim the input: map its offsets back onto our text
            shift = 0
            if len(corpus.articles):
                stored = str(corpus.articles.iloc[0].text)
                if stored != text:
                    found = text.find(stored[:200])
                    shift = max(found, 0)
            return [Timex(int(r.start) + shift, int(r.end) + shift, str(r.text), str(r.type), str(r.value))
                    for r in corpus.timeline.itertuples()]
        return run

    from helpers.nlp import load_pipeline
    from helpers.timeline import extract_timeline

    nlp = load_pipeline()

    def run(text, dct):
        doc = nlp(text)
        return [Timex(r["start"], r["end"], r["text"], r["type"], str(r["value"]))
                for r in extract_timeline(doc, published=dct)]
    return run


def dateparser_factory():
    try:
        from dateparser.search import search_dates
    except ImportError:  # pragma: no cover - optional anchor
        return None

    def run(text, dct):
        base = dt.datetime.combine(dct, dt.time(12))
        settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "current_period"}
        found = search_dates(text, languages=["en"], settings=settings) or []
        rows, cursor = [], 0
        for substring, when in found:
            at = text.find(substring, cursor)
            if at < 0:
                at = text.find(substring)
                if at < 0:
                    continue
            else:
                cursor = at + len(substring)
            rows.append(Timex(at, at + len(substring), substring, "DATE", when.strftime("%Y-%m-%d")))
        return rows
    return run


# --------------------------------------------------------------------------- scoring

@dataclass
class Tally:
    gold: int = 0
    pred: int = 0
    strict: int = 0
    relaxed_gold: int = 0   # gold expressions overlapped by a prediction
    relaxed_pred: int = 0   # predictions overlapping a gold expression
    pairs: int = 0
    type_ok: int = 0
    value_ok: int = 0
    seconds: float = 0.0

    def add(self, other: "Tally") -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def scores(self) -> dict[str, float]:
        def f1(p, r):
            return 2 * p * r / (p + r) if p + r else 0.0
        sp = self.strict / self.pred if self.pred else 0.0
        sr = self.strict / self.gold if self.gold else 0.0
        rp = self.relaxed_pred / self.pred if self.pred else 0.0
        rr = self.relaxed_gold / self.gold if self.gold else 0.0
        rf = f1(rp, rr)
        type_acc = self.type_ok / self.pairs if self.pairs else 0.0
        value_acc = self.value_ok / self.pairs if self.pairs else 0.0
        return {
            "strict P": sp, "strict R": sr, "strict F1": f1(sp, sr),
            "relaxed P": rp, "relaxed R": rr, "relaxed F1": rf,
            "type acc": type_acc, "type F1": rf * type_acc,
            "value acc": value_acc, "value F1": rf * value_acc,
        }


def overlaps(a: Timex, b: Timex) -> bool:
    return a.start < b.end and b.start < a.end


def score(gold: list[Timex], pred: list[Timex], errors: list | None = None,
          doc: Document | None = None) -> Tally:
    t = Tally(gold=len(gold), pred=len(pred))
    gold_spans = {(g.start, g.end) for g in gold}
    t.strict = sum((p.start, p.end) in gold_spans for p in pred)
    t.relaxed_pred = sum(any(overlaps(p, g) for g in gold) for p in pred)
    for g in gold:
        matches = [p for p in pred if overlaps(p, g)]
        if not matches:
            if errors is not None:
                errors.append(("missed", doc, g, None))
            continue
        t.relaxed_gold += 1
        # one pair per gold expression: the prediction with the largest overlap
        p = max(matches, key=lambda m: min(m.end, g.end) - max(m.start, g.start))
        t.pairs += 1
        t.type_ok += p.type.upper() == g.type.upper()
        ok = p.value.lower() == g.value.lower()
        t.value_ok += ok
        if errors is not None and not ok:
            errors.append(("value", doc, g, p))
    if errors is not None:
        for p in pred:
            if not any(overlaps(p, g) for g in gold):
                errors.append(("spurious", doc, None, p))
    return t


def context(doc: Document, start: int, end: int, width: int = 60) -> str:
    left = doc.text[max(0, start - width):start].replace("\n", " ")
    right = doc.text[end:end + width].replace("\n", " ")
    return f"...{left}[[{doc.text[start:end]}]]{right}..."


def print_table(results: dict[tuple[str, str], Tally]) -> None:
    cols = ["strict P", "strict R", "strict F1", "relaxed P", "relaxed R", "relaxed F1",
            "type F1", "value acc", "value F1"]
    head = f"{'system':<11}{'corpus':<10}{'docs':>5}{'gold':>6}{'pred':>6}" + "".join(
        f"{c:>11}" for c in cols) + f"{'seconds':>9}"
    print(head)
    print("-" * len(head))
    for (system, corpus), tally in results.items():
        s = tally.scores()
        print(f"{system:<11}{corpus:<10}{getattr(tally, 'docs', 0):>5}{tally.gold:>6}{tally.pred:>6}"
              + "".join(f"{100 * s[c]:>11.2f}" for c in cols) + f"{tally.seconds:>9.1f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", type=Path, default=DEFAULT_PATH,
                    help="folder holding TimeBank/*.tml and AQUAINT/*.tml (default: %(default)s)")
    ap.add_argument("--limit", type=int, default=None, help="only the first N documents")
    ap.add_argument("--errors", type=int, default=0, help="print K example misses of our system")
    ap.add_argument("--no-dateparser", action="store_true", help="skip the dateparser anchor")
    ap.add_argument("--seed", type=int, default=0, help="seed for choosing the error examples")
    ap.add_argument("--bare", action="store_true",
                    help="run extract_timeline on the bare spaCy pipeline, not helpers.analyze_text")
    args = ap.parse_args(argv)

    missing = [c for c in CORPORA if not (args.path / c).is_dir()]
    if missing:
        print(f"TempEval-3 data not found: {', '.join(str(args.path / c) for c in missing)} "
              "is missing; nothing to benchmark.")
        return 0

    docs = load_documents(args.path, args.limit)
    systems = {"ours": ours_factory(args.bare)}
    if not args.no_dateparser:
        anchor = dateparser_factory()
        if anchor is not None:
            systems["dateparser"] = anchor
    results: dict[tuple[str, str], Tally] = {}
    errors: list = []
    for system, run in systems.items():
        per = {c: Tally() for c in CORPORA}
        ndocs = {c: 0 for c in CORPORA}
        for doc in docs:
            t0 = time.perf_counter()
            pred = run(doc.text, doc.dct)
            elapsed = time.perf_counter() - t0
            tally = score(doc.gold, pred, errors if system == "ours" else None, doc)
            tally.seconds = elapsed
            per[doc.corpus].add(tally)
            ndocs[doc.corpus] += 1
        total = Tally()
        for corpus in CORPORA:
            per[corpus].docs = ndocs[corpus]
            total.add(per[corpus])
            results[(system, corpus)] = per[corpus]
        total.docs = sum(ndocs.values())
        results[(system, "all")] = total
    print_table(results)

    if args.errors:
        import random

        rng = random.Random(args.seed)
        sample = rng.sample(errors, min(args.errors, len(errors)))
        print(f"\n{len(errors)} misses of ours "
              f"({sum(e[0] == 'missed' for e in errors)} missed, "
              f"{sum(e[0] == 'spurious' for e in errors)} spurious, "
              f"{sum(e[0] == 'value' for e in errors)} wrong value); {len(sample)} examples:")
        for kind, doc, g, p in sample:
            if kind == "missed":
                print(f"- missed  {g.type}:{g.value!r} dct={doc.dct} {context(doc, g.start, g.end)}")
            elif kind == "spurious":
                print(f"- spurious {p.type}:{p.value!r} dct={doc.dct} {context(doc, p.start, p.end)}")
            else:
                print(f"- value   gold {g.type}:{g.value!r} {g.text!r} / ours {p.type}:{p.value!r} "
                      f"{p.text!r} dct={doc.dct} {context(doc, g.start, g.end)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
