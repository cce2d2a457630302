"""The real-news stance development set: which articles, how they are split, where evidence is.

The set is ours (issue 14): about 40 political news articles from ../shared, split by
article into a training/calibration part and a locked test part *before* any modelling.
Only keys and labels are stored (``benchmarks/data/stance_articles.csv``,
``benchmarks/data/stance_gold.csv``); never article text. The annotation rules are in
``benchmarks/data/stance_guidelines.md``.

Usage::

    python benchmarks/stance_devset.py select            # (re)write stance_articles.csv (seeded)
    python benchmarks/stance_devset.py locate KEY "words" # character offsets of a substring
    python benchmarks/stance_devset.py check              # every gold row points at real text
    python benchmarks/stance_devset.py agreement          # inter-annotator agreement on doubles
    python benchmarks/stance_devset.py score --split train # the pipeline's negative edges vs gold
    python benchmarks/stance_devset.py diagnose --split train # why each gold edge is missed

``KEY`` is a path relative to ../shared. Offsets are into the file as decoded (UTF-8,
newlines as in the file), so they do not depend on this project's readers.
"""
from __future__ import annotations

import csv
import hashlib
import random
import re
import unicodedata
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DATA = ROOT / "benchmarks" / "data"
ARTICLES = DATA / "stance_articles.csv"
GOLD = DATA / "stance_gold.csv"
EQUIVALENTS = DATA / "stance_name_equivalents.csv"
SEED = 14
#: articles per corpus: (total, of which locked test)
PLAN = {"polnear-dev": (20, 10), "polnear-train-late": (6, 0), "bbc-politics": (7, 3), "reuters2016": (7, 3)}
#: words that make a Reuters 2016 headline political (the corpus mixes sport, markets, celebrity)
POLITICAL = re.compile(r"obama|trump|clinton|cruz|sanders|russia|putin|syria|iran|china|korea|eu-|brexit|"
                       r"cameron|minister|president|accus|criticiz|slam|blame|warn|rejects|sanction", re.I)


def read(key: str) -> str:
    return (SHARED / key).read_bytes().decode("utf-8", errors="replace")


def _unique(paths: list[Path]) -> list[Path]:
    seen, out = set(), []
    for p in sorted(paths):
        h = hashlib.sha1(p.read_bytes()).hexdigest()
        if h not in seen:
            seen.add(h)
            out.append(p)
    return out


def candidates() -> dict[str, list[Path]]:
    pol = SHARED / "benchmarks" / "polnear"
    r16 = SHARED / "corpora" / "reuters2016"
    return {
        "polnear-dev": _unique(list((pol / "dev" / "text").glob("*.txt"))),
        # the latest train texts (mid-August to September 2016), the nearest to the held-out period
        "polnear-train-late": _unique([p for p in (pol / "train" / "text").glob("*.txt")
                                       if p.name.split("_")[1] >= "2016-08-15"]),
        "bbc-politics": _unique(list((SHARED / "corpora" / "bbc" / "politics").glob("*.txt"))),
        "reuters2016": _unique([p for p in r16.glob("*-reuters.md") if POLITICAL.search(p.name)]),
    }


def select() -> None:
    rng = random.Random(SEED)
    rows = []
    for corpus, pool in candidates().items():
        total, test = PLAN[corpus]
        picked = rng.sample(pool, total)
        for i, path in enumerate(picked):
            split = "test" if i < test else "train"
            rows.append({"article_key": path.relative_to(SHARED).as_posix(), "corpus": corpus, "split": split,
                         "double": "yes" if split == "test" and i < test // 2 + 1 else "no"})
    with ARTICLES.open("w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} articles to {ARTICLES.relative_to(ROOT)}")


def locate(key: str, words: str) -> None:
    text = read(key)
    hits = [m.start() for m in re.finditer(re.escape(words), text)]
    if not hits:
        sys.exit(f"not found verbatim in {key}: {words!r}")
    for h in hits:
        print(h, h + len(words))


def load_gold(map_names: bool = True) -> list[dict]:
    """Gold rows, with annotators' name variants mapped to one canonical name (``map_names``)."""
    lines = [ln for ln in EQUIVALENTS.read_text().splitlines() if ln and not ln.startswith("#")]
    same = {r["variant"].lower(): r["canonical"] for r in csv.DictReader(lines)} if map_names else {}
    with GOLD.open(newline="") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        for side in ("source", "target"):
            row[side] = same.get(row[side].lower(), row[side])
    return rows


def check() -> None:
    bad = 0
    keys = {r["article_key"] for r in csv.DictReader(ARTICLES.open())}
    for row in load_gold():
        if row["article_key"] not in keys:
            print("not in the article list:", row)
            bad += 1
            continue
        if row["source"] == "-":  # an article listed as having no stance
            continue
        text = read(row["article_key"])
        s, e = int(row["evidence_start"]), int(row["evidence_end"])
        if not (0 <= s < e <= len(text)):
            print("offsets outside the text:", row)
            bad += 1
    print(f"{len(load_gold())} gold rows, {bad} problems")
    sys.exit(1 if bad else 0)


def _edges(rows, annotator):
    return {(r["article_key"], r["source"].lower(), r["target"].lower())
            for r in rows if r["annotator"] == annotator and r["source"] != "-"}


def agreement() -> None:
    doubles = {r["article_key"] for r in csv.DictReader(ARTICLES.open()) if r["double"] == "yes"}
    for map_names in (False, True):
        rows = [r for r in load_gold(map_names) if r["article_key"] in doubles]
        names = sorted({r["annotator"] for r in rows})
        if len(names) < 2:
            sys.exit(f"need two annotators on the double-annotated articles, found {names}")
        a, b = (_edges(rows, n) for n in names[:2])
        both = len(a & b)
        p = both / len(b) if b else 0.0
        r = both / len(a) if a else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        how = "names mapped by stance_name_equivalents.csv" if map_names else "names as written"
        print(f"double-annotated articles: {len(doubles)}; {how}: edges {names[0]}={len(a)} {names[1]}={len(b)} "
              f"agreed={both}; pairwise F1 (edge = article, source, target) = {f1:.3f}")


def norm(name: str) -> str:
    """A name as compared with gold: lower case, no leading 'the', no dots, commas, middle
    initials, accents or 'Jr' ('Joseph R. Biden Jr.' = 'joseph biden', 'The Daily Beast' = 'daily beast',
    'François' = 'francois'), and one apostrophe for all ('O’Malley' = "O'Malley")."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    plain = re.sub("[\u2019\u2018\u02bc`]", "'", plain)  # 'O’Malley' = "O'Malley"
    words = re.sub(r"[.,]", " ", plain.lower()).split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(w for w in words if len(w) > 1 and w not in ("jr", "sr"))


#: function words left out of an organisation's initials: 'Federal Bureau of Investigation' -> 'fbi'
_INITIALS_SKIP = {"of", "for", "and", "on", "in", "the", "&"}


def _forms(g: str) -> set[str]:
    """Other ways a normalized organisation name is written: its initials ('federal bureau of
    investigation' -> 'fbi') and its 'X of Y' turned round ('department of justice' -> 'justice
    department'). Names of one or two words (persons, mostly) get none."""
    words = g.split()
    if len(words) < 3:
        return set()
    initials = "".join(w[0] for w in words if w not in _INITIALS_SKIP)
    forms = {initials} if len(initials) > 2 else set()  # not 'ba' for Bank of America
    if words.count("of") == 1 and 0 < words.index("of") < len(words) - 1:
        i = words.index("of")
        forms.add(" ".join(words[i + 1:] + words[:i]))
    return forms


def matches(gold_name: str, names: set[str]) -> bool:
    """A gold name is one of an actor's names (normalized), or the actor is known only by the
    gold person's surname ('Obama' for 'Barack Obama'). An actor with a full name is not matched by
    its surname alias: 'Bernie Sanders' (alias 'Sanders') is not 'Jane Sanders'. An organisation's
    initials or turned-round form is its name too ('FBI' for 'Federal Bureau of Investigation',
    'Justice Department' for 'Department of Justice')."""
    g = norm(gold_name)
    normed = {n for n in map(norm, names) if n}
    if g in normed or _forms(g) & normed:
        return True
    only_surnames = all(" " not in n for n in normed)
    return only_surnames and len(g.split()) > 1 and g.split()[-1] in normed


def _names(actors, actor_id) -> set[str]:
    row = actors.get(actor_id)
    if row is None:
        return set()
    return {row["name"].lower(), *(a.lower() for a in row["aliases"])}


def _wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """95% Wilson interval of a proportion k/n."""
    if not n:
        return (0.0, 0.0)
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * ((p * (1 - p) / n + z * z / (4 * n * n)) ** 0.5) / (1 + z * z / n)
    return (max(0.0, centre - half), min(1.0, centre + half))


def score(split: str, annotator: str = "A") -> None:
    """Article-level negative edges (source, target) of ``analyze`` against annotator's gold."""
    sys.path.insert(0, str(ROOT))
    from helpers import analyze

    keys = [r["article_key"] for r in csv.DictReader(ARTICLES.open()) if r["split"] == split]
    gold_rows = [r for r in load_gold() if r["annotator"] == annotator and r["article_key"] in keys]
    done = {r["article_key"] for r in gold_rows}
    keys = [k for k in keys if k in done]
    if not keys:
        sys.exit(f"no gold rows by {annotator} for split={split}")
    gold = {(r["article_key"], r["source"].lower(), r["target"].lower()) for r in gold_rows if r["source"] != "-"}
    corpus = analyze([SHARED / k for k in keys], progress=False)
    by_path = {Path(p).resolve(): a for a, p in zip(corpus.articles["article_id"], corpus.articles["path"])}
    key_of = {by_path[(SHARED / k).resolve()]: k for k in keys if (SHARED / k).resolve() in by_path}
    actors = {r["actor_id"]: r for r in corpus.actors.to_dict("records")}
    crit = corpus.criticisms
    system = {}
    for row in crit.itertuples():
        key = key_of.get(row.article_id)
        if key is None:
            continue
        system.setdefault((key, row.source_id, row.target_id), row)
    hits, matched = 0, set()
    wrong = []
    for (key, sid, tid), row in system.items():
        names_s, names_t = _names(actors, sid), _names(actors, tid)
        found = [g for g in gold if g[0] == key and matches(g[1], names_s) and matches(g[2], names_t)]
        if found:
            hits += 1
            matched.update(found)
        else:
            wrong.append(f"  FP {key.split('/')[-1][:40]}: {row.source} -> {row.target} ({row.kind}: {row.cue})")
    n_sys, n_gold = len(system), len(gold)
    p = hits / n_sys if n_sys else 0.0
    r = len(matched) / n_gold if n_gold else 0.0
    lo_p, hi_p = _wilson(hits, n_sys)
    lo_r, hi_r = _wilson(len(matched), n_gold)
    print(f"split={split} articles={len(keys)} gold edges={n_gold} system edges={n_sys}")
    print(f"precision {p:.3f} (95% CI {lo_p:.2f}-{hi_p:.2f})  recall {r:.3f} (95% CI {lo_r:.2f}-{hi_r:.2f})")
    if split != "test":  # the locked part is only counted, never inspected
        print("\n".join(wrong))
        for g in sorted(gold - matched):
            print(f"  FN {g[0].split('/')[-1][:40]}: {g[1]} -> {g[2]}")


DOCS = Path("/tmp/stance-devset-docs")


def parsed(split: str):
    """(key, layout, doc) for every article of ``split``, parsed once and kept as a spaCy DocBin
    under /tmp/stance-devset-docs, so the stance stage can be re-run in seconds."""
    sys.path.insert(0, str(ROOT))
    from spacy.tokens import DocBin

    from helpers.engine import prepare
    from helpers.nlp import load_pipeline, parse_stream
    from helpers.reading import read_file

    keys = [r["article_key"] for r in csv.DictReader(ARTICLES.open()) if r["split"] == split]
    jobs = []
    for key in keys:
        src = next(s for s in read_file(SHARED / key, key) if not hasattr(s, "error"))
        jobs.append((key, prepare(0, src)))
    nlp = load_pipeline()
    path = DOCS / f"{split}.spacy"
    docs = list(DocBin().from_disk(path).get_docs(nlp.vocab)) if path.is_file() else []
    if len(docs) != len(jobs) or any(d.text != j.layout.text for d, (_, j) in zip(docs, jobs)):
        docs = list(parse_stream(nlp, ((j.layout.text, j.layout.boundaries) for _, j in jobs)))
        db = DocBin(store_user_data=False)
        for d in docs:
            db.add(d)
        DOCS.mkdir(parents=True, exist_ok=True)
        db.to_disk(path)
    return [(key, job.layout, doc) for (key, job), doc in zip(jobs, docs)]


def diagnose(split: str = "train", threshold: float | None = None, verbose: bool = True) -> tuple[int, int, int, int]:
    """Score the stance stage in-process on parsed docs and say, for each gold edge, why it was
    missed: a side not found as an actor in the article, a side not mentioned in the evidence
    sentence (a pronoun, or named in another sentence), no candidate pair, no evidence cue for
    the gate, or a model probability below the threshold. The locked test split is refused."""
    if split == "test":
        sys.exit("the locked test split is only scored (score --split test), never diagnosed")
    from collections import Counter

    from helpers import stance_confidence, stance_model as sm
    from helpers.actors import extract_mentions
    from helpers.quotes import extract_quotes
    from helpers.stances import extract_stances, kept

    th = stance_confidence.default_threshold() if threshold is None else threshold
    gold_rows = [r for r in load_gold() if r["annotator"] == "A" and r["source"] != "-"]
    hits = n_sys = found = n_gold = 0
    classes: Counter = Counter()
    for key, layout, doc in parsed(split):
        sent_ids = {s.start: i for i, s in enumerate(doc.sents)}
        index = extract_mentions(doc, layout, sent_ids=sent_ids)
        quotes = list(extract_quotes(doc, index, article_id=key, sent_ids=sent_ids, layout=layout))
        recs = [r for r in extract_stances(doc, index, article_id=key, sent_ids=sent_ids, quotes=quotes,
                                           layout=layout) if r["polarity"] < 0 and kept(r["confidence"], th)]
        actors = {a.key: a for a in index.actors.values()}

        def names(aid):
            a = actors.get(aid)
            return {a.name.lower(), *(x.lower() for x in a.aliases)} if a else set()

        raw = read(key)
        gold = {}
        for g in gold_rows:
            if g["article_key"] == key:
                ev = raw[int(g["evidence_start"]):int(g["evidence_end"])]
                at = doc.text.find(ev) if ev.strip() else -1
                gold.setdefault((g["source"].lower(), g["target"].lower()), []).append(
                    (at, at + len(ev), ev, g["kind"]))
        system = {}
        for r in recs:
            system.setdefault((r["source_id"], r["target_id"]), r)
        matched = set()
        for (sid, tid), r in system.items():
            m = {g for g in gold if matches(g[0], names(sid)) and matches(g[1], names(tid))}
            hits += bool(m)
            matched |= m
            if not m and verbose:
                print(f"  FP {key.split('/')[-1][:36]}: {r['source']} -> {r['target']} ({r['kind']}: {r['cue']}, "
                      f"{r['confidence']:.2f}) | {r['evidence'][:200]}")
        n_sys += len(system)
        found += len(matched)
        n_gold += len(gold)
        body = lambda off, lay=layout: lay.part_at(off) == "body"  # noqa: E731
        cands = sm.candidates(doc, index, quotes, body)
        for g, evs in gold.items():
            if g in matched:
                classes["found"] += 1
                continue
            ids_s = {a for a in actors if matches(g[0], names(a))}
            ids_t = {a for a in actors if matches(g[1], names(a))}
            spans = []
            for s, e, *_ in evs:
                span = doc.char_span(s, e, alignment_mode="expand") if s >= 0 else None
                if span is not None:  # the whole sentences the evidence lies in
                    spans.append((doc[span.start].sent.start_char, doc[span.end - 1].sent.end_char))
            speakers = {q["speaker_id"] for q in quotes for s, e in spans if q["start"] < e and s < q["end"]}

            def in_ev(ids):
                return bool(ids & speakers) or any(m.actor.key in ids and any(s <= m.start < e for s, e in spans)
                                                   for m in index.mentions)
            pair = [c for c in cands if c.source.actor.key in ids_s and c.target.actor.key in ids_t]
            pair_ev = [c for c in pair if any(c.tgt.sent.start_char < e and s < c.tgt.sent.end_char for s, e in spans)]
            if not spans:
                why = "evidence not found in the parsed text"
            elif not ids_s:
                why = "source not an actor of the article"
                g_names = [g[0]]
            elif not ids_t:
                why = "target not an actor of the article"
                g_names = [g[1]]
            elif not in_ev(ids_s) and not in_ev(ids_t):
                why = "neither side mentioned in the evidence"
            elif not in_ev(ids_s):
                why = "source not mentioned in the evidence"
            elif not in_ev(ids_t):
                why = "target not mentioned in the evidence"
            elif not pair_ev:
                why = "both mentioned, no candidate pair"
            else:
                gated = [c for c in pair_ev if sm.evidence(c) is not None]
                if not gated:
                    why = "candidate, no evidence cue (gate)"
                else:
                    p = max(sm.score(sm.featurize([c])[0].feats, sm.load_model()) for c in gated)
                    why = ("candidate below the pair model's store floor (<0.5)" if p < 0.5 else
                           f"candidate below threshold (pair probability >= 0.5, confidence < {th})")
            classes[why] += 1
            if verbose and why.endswith("of the article"):
                print(f"     actors: {sorted(a.name for a in actors.values())}")
            if verbose:
                print(f"  FN [{why}] {key.split('/')[-1][:36]}: {g[0]} -> {g[1]} ({evs[0][3]}) | "
                      f"{evs[0][2][:220]!r}")
    p, r = hits / max(1, n_sys), found / max(1, n_gold)
    print(f"split={split} threshold={th} gold edges={n_gold} system edges={n_sys}: "
          f"precision {hits}/{n_sys} = {p:.3f}, recall {found}/{n_gold} = {r:.3f}")
    for why, n in classes.most_common():
        print(f"  {n:3d}  {why}")
    return hits, n_sys, found, n_gold


if __name__ == "__main__":
    if not SHARED.is_dir():
        print(f"../shared is missing ({SHARED}): nothing to do")
        sys.exit(0)
    cmd = sys.argv[1] if len(sys.argv) > 1 else "check"
    if cmd == "score":
        score(sys.argv[sys.argv.index("--split") + 1] if "--split" in sys.argv else "train")
        sys.exit(0)
    if cmd == "diagnose":
        diagnose(sys.argv[sys.argv.index("--split") + 1] if "--split" in sys.argv else "train",
                 float(sys.argv[sys.argv.index("--threshold") + 1]) if "--threshold" in sys.argv else None,
                 verbose="--quiet" not in sys.argv)
        sys.exit(0)
    {"select": lambda: select(), "locate": lambda: locate(sys.argv[2], sys.argv[3]),
     "check": lambda: check(), "agreement": lambda: agreement()}[cmd]()
