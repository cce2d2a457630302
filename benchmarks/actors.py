"""Actors benchmark: a fixed sample of mentions judged by hand, and the top actors of four folders.

    .venv/bin/python benchmarks/actors.py [--sample-only] [--folders bbc reuters2016 polnear reuters21578]
        [--errors] [--labels benchmarks/data/actor_labels_check.csv]

1. **Per-mention sample** (benchmarks/data/actor_labels.csv): 300 mention spans drawn once at
   random (seed 20261130, 75 per folder) from the project's output on four folders of ../shared:
   all BBC sections, Reuters 2016 February, the PolNeAR train texts and a 600-story sample of
   Reuters-21578 (seed 21578). Keys (folder, file, start, end, surface) and the hand verdicts
   (true type, entity, country) only; the texts stay in ../shared. The keys are fixed: every run
   judges the same spans, and nothing here redraws them (when a reader change has moved the text,
   the same surface nearest the old offset is judged, and the count of such keys is printed). Each label is matched to the predicted
   mention that overlaps it most; a span judged "none" (not an actor) that is still predicted
   counts as a type error, one no longer predicted as right. Prints type accuracy, and for
   persons the country coverage (gold country known, predicted right) and precision (country
   predicted, gold known: right).
2. **Top 50 actors per folder** (benchmarks/data/actor_top50.csv): each folder is analysed whole
   and its 50 most-mentioned actors are checked against hand verdicts stored per actor name
   (folder, name, the entity it denotes or "none", true type, true country). A row is right when
   its name denotes an entity, its type and country are right, and no other actor of the folder
   (any mention count) denotes the same entity (nothing of it split elsewhere). Rows whose name
   has no verdict yet are listed as NEW / unjudged and do not count either way.

3. **Check sample** (benchmarks/data/actor_labels_check.csv): 120 further mentions drawn the same
   way from files the 300 do not use (``--draw 30 --seed 20261130-check --labels PATH`` writes the
   keys of a new sample for judging; it never overwrites one), judged before the rules that
   followed it, to see whether those rules generalize. ``--labels PATH`` scores any labels file of
   the same columns instead of the 300.

Exits cleanly, saying what is missing, when ../shared is absent.
"""
from __future__ import annotations

import argparse
import csv
import html
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pandas as pd  # noqa: E402

from helpers import analyze  # noqa: E402
from helpers.config import SHARED_DIR  # noqa: E402

LABELS = ROOT / "benchmarks" / "data" / "actor_labels.csv"
TOP50 = ROOT / "benchmarks" / "data" / "actor_top50.csv"
R21578 = "corpora/reuters21578"
FOLDERS = {
    "bbc": "corpora/bbc",
    "reuters2016": "corpora/reuters2016/2016-02-*",
    "polnear": "benchmarks/polnear/train/text",
    "reuters21578": R21578,
}


def reuters21578(n: int = 600, seed: int = 21578) -> pd.DataFrame:
    """A seeded sample of Reuters-21578 stories with a body of 200+ characters, as a DataFrame:
    article_id '<file>#<NEWID>', text = the unescaped BODY (its 'Reuter' sign-off included)."""
    rows = []
    for path in sorted((SHARED_DIR / R21578).glob("*.sgm")):
        raw = path.read_bytes().decode("latin-1")
        for m in re.finditer(r'<REUTERS[^>]*NEWID="(\d+)"[^>]*>(.*?)</REUTERS>', raw, re.S):
            body = re.search(r"<BODY>(.*?)</BODY>", m.group(2), re.S)
            if not body:
                continue
            text = html.unescape(body.group(1)).replace("\x03", "").strip()
            if len(text) < 200:
                continue
            rows.append({"article_id": f"{path.name}#{m.group(1)}", "text": text})
    random.Random(seed).shuffle(rows)
    return pd.DataFrame(sorted(rows[:n], key=lambda r: r["article_id"]))


def _source(folder: str):
    if folder == "reuters21578":
        return reuters21578()
    pattern = FOLDERS[folder]
    return sorted(SHARED_DIR.glob(pattern)) if "*" in pattern else SHARED_DIR / pattern


def _key(folder: str, corpus) -> dict[str, str]:
    """article_id -> the label file key ('corpora/bbc/politics/001.txt' or '...sgm#NEWID')."""
    if folder == "reuters21578":
        return {aid: f"{R21578}/{aid}" for aid in corpus.articles["article_id"]}
    return {aid: str(Path(p).resolve().relative_to(SHARED_DIR.resolve()))
            for aid, p in zip(corpus.articles["article_id"], corpus.articles["path"])}


def _read(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


def score_sample(corpora: dict, show_errors: bool = False, path: Path = LABELS) -> None:
    labels = _read(path)
    errors = []
    type_ok = type_n = 0
    p_ok = p_n = covered = gold_n = 0
    entity_ok = entity_n = 0
    drift = moved = 0
    confusion: Counter = Counter()
    wrong_country = []
    for folder in FOLDERS:
        rows = [r for r in labels if r["folder"] == folder]
        if not rows:
            continue
        corpus = corpora.get(folder)
        if corpus is None:
            if folder == "reuters21578":
                frame = reuters21578()
                wanted = {r["file"].split("/")[-1] for r in rows}
                corpus = analyze(frame[frame["article_id"].isin(wanted)], progress=False)
            else:
                corpus = analyze(sorted({SHARED_DIR / r["file"] for r in rows}), progress=False)
        keys = {v: k for k, v in _key(folder, corpus).items()}
        texts = dict(zip(corpus.articles["article_id"], corpus.articles["text"]))
        groups = {aid: g for aid, g in corpus.mentions.groupby("article_id")}
        for row in rows:
            start, end = int(row["start"]), int(row["end"])
            aid = keys.get(row["file"])
            if aid is not None and texts[aid][start:end] != row["surface"]:
                start, end = _relocate(texts[aid], row["surface"], start)
                moved += start >= 0
            if aid is None or start < 0:
                drift += 1  # the text under the key changed beyond recognition: not scored
                errors.append(f"   not scored (text gone): {row['surface']!r} in {row['file']}")
                continue
            m = groups.get(aid)
            pred = None
            if m is not None:
                overlap = m["end"].clip(upper=end) - m["start"].clip(lower=start)
                if (overlap > 0).any():
                    pred = m.loc[overlap.idxmax()]
            gold_type, gold_country = row["gold_type"], row["gold_country"]
            pred_type = pred["actor_type"] if pred is not None else "none"
            pred_country = pred["country"] if pred is not None and isinstance(pred["country"], str) else "-"
            type_n += 1
            type_ok += pred_type == gold_type
            if pred_type != gold_type:
                errors.append(f"   type {gold_type} -> {pred_type}: {row['surface']!r} as "
                              f"{pred['actor'] if pred is not None else '-'!r} in {row['file']}")
            confusion[(gold_type, pred_type)] += 1
            if gold_type != "none" and pred is not None:
                entity_n += 1
                entity_ok += _same_entity(pred["actor"], row["gold_entity"])
                if not _same_entity(pred["actor"], row["gold_entity"]):
                    errors.append(f"   entity {row['gold_entity']!r} -> {pred['actor']!r} in {row['file']}")
            if gold_type == "person" and gold_country != "?":
                if pred_country != "-" and pred_type == "person":
                    p_n += 1
                    p_ok += pred_country == gold_country
                    if pred_country != gold_country:
                        wrong_country.append((row["file"], row["surface"], pred_country, gold_country))
                if gold_country != "-":
                    gold_n += 1
                    covered += pred_country == gold_country
                    if pred_country != gold_country:
                        errors.append(f"   country {gold_country} -> {pred_country}: {row['surface']!r} "
                                      f"({pred_type}) in {row['file']}")
    print(f"## Per-mention sample: {type_n} of {len(labels)} hand-labelled mentions scored "
          f"({_shown(path)}; {moved} found again after a reader change moved them, "
          f"{drift} whose text is gone, not scored)\n")
    print(f"actor_type accuracy: {type_ok}/{type_n} = {100 * type_ok / max(type_n, 1):.1f}%  (goal >= 95%)")
    print(f"persons' country coverage: {covered}/{gold_n} = {100 * covered / max(gold_n, 1):.1f}%  (goal >= 85%)")
    print(f"persons' country precision: {p_ok}/{p_n} = {100 * p_ok / max(p_n, 1):.1f}%  (goal >= 97%)")
    print(f"right entity (canonical name) where an actor is predicted: {entity_ok}/{entity_n} = "
          f"{100 * entity_ok / max(entity_n, 1):.1f}%")
    print("\nconfusions (gold -> predicted):")
    for (gold, pred), count in sorted(confusion.items(), key=lambda kv: -kv[1]):
        if gold != pred:
            print(f"   {gold:13} -> {pred:13} {count}")
    for f, surface, pred, gold in wrong_country:
        print(f"   wrong country: {surface!r} in {f}: {pred} (true {gold})")
    if show_errors:
        print("\nerrors:")
        print("\n".join(sorted(errors)))


def _shown(path: Path) -> str:
    path = Path(path).resolve()
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


PRONOUNS = {"he", "she", "it", "they", "him", "her", "them", "his", "hers", "its", "their", "theirs",
            "we", "us", "our", "i", "me", "my", "you", "your", "himself", "herself", "themselves"}


def draw_sample(out: Path, per_folder: int, seed: str, exclude: list[Path]) -> None:
    """Draw a fresh sample of mention keys, to be judged by hand like ``actor_labels.csv``: per
    folder, files taken in a seeded random order, leaving out every file of the ``exclude`` label
    files, one random non-pronoun mention of each file that has any, until ``per_folder``. Writes
    the keys with empty verdict columns; refuses to overwrite (the keys are drawn once)."""
    if out.exists():
        sys.exit(f"{out} exists: a sample is drawn once; remove it by hand to redraw")
    taken = {r["file"] for path in exclude for r in _read(path)}
    rows = []
    for folder in FOLDERS:
        rng = random.Random(f"{seed}-{folder}")
        if folder == "reuters21578":
            frame = reuters21578()
            keys = [f"{R21578}/{aid}" for aid in frame["article_id"]]
        else:
            pattern = FOLDERS[folder]
            paths = sorted(SHARED_DIR.glob(pattern + ("" if "*" in pattern else "/**/*")))
            keys = [str(p.resolve().relative_to(SHARED_DIR.resolve())) for p in paths
                    if p.is_file() and p.suffix in (".txt", ".md") and p.name != "SOURCE.txt"]
        keys = [k for k in keys if k not in taken]
        rng.shuffle(keys)
        drawn = 0
        for i in range(0, len(keys), per_folder):  # analyse a batch of files at a time
            batch = keys[i:i + per_folder]
            if folder == "reuters21578":
                corpus = analyze(frame[frame["article_id"].isin({k.split("/")[-1] for k in batch})],
                                 progress=False)
            else:
                corpus = analyze([SHARED_DIR / k for k in batch], progress=False)
            key_of = _key(folder, corpus)
            groups = {key_of[aid]: g for aid, g in corpus.mentions.groupby("article_id")}
            for key in batch:
                m = groups.get(key)
                if m is None:
                    continue
                m = m[~m["text"].str.lower().isin(PRONOUNS)]
                if m.empty:
                    continue
                pick = m.iloc[rng.randrange(len(m))]
                rows.append({"folder": folder, "file": key, "start": int(pick["start"]),
                             "end": int(pick["end"]), "surface": pick["text"], "gold_type": "",
                             "gold_entity": "", "gold_country": ""})
                drawn += 1
                if drawn == per_folder:
                    break
            if drawn == per_folder:
                break
    with open(out, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} keys to {out}")


def _relocate(text: str, surface: str, start: int, reach: int = 3000) -> tuple[int, int]:
    """The judged span after a reader change moved the text: the occurrence of the same surface
    nearest the old offset, within ``reach`` characters; (-1, -1) when there is none."""
    best = -1
    for m in re.finditer(re.escape(surface), text[max(0, start - reach):start + reach]):
        pos = max(0, start - reach) + m.start()
        if best < 0 or abs(pos - start) < abs(best - start):
            best = pos
    return (best, best + len(surface)) if best >= 0 else (-1, -1)


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", str(name).lower()).strip()


def _same_entity(pred: str, gold: str) -> bool:
    """The predicted canonical name names the judged entity (case, dots, initials and company
    words such as 'Inc' or 'Co Plc' aside)."""
    p, g = _norm(pred).split(), _norm(gold).split()
    corporate = {"inc", "corp", "co", "ltd", "plc", "llc", "ag", "sa", "nv", "corporation"}
    while len(p) > 1 and p[-1] in corporate:  # 'British Petroleum Co Plc' names British Petroleum
        p = p[:-1]
    while len(g) > 1 and g[-1] in corporate:
        g = g[:-1]
    strip = lambda ws: [w for w in ws if len(w) > 1] or ws  # noqa: E731
    return strip(p) == strip(g) or "".join(p) == "".join(g)


def top_actors(folder: str, corpus, n: int, verdicts: dict) -> tuple[int, int, int]:
    actors = corpus.actors
    judged = {name: v for (f, name), v in verdicts.items() if f == folder}
    entity_of = {name: v["entity"] for name, v in judged.items() if v["entity"] != "none"}
    print(f"\n## Top {n} actors of {folder} ({len(corpus.articles)} articles)\n")
    print(f"{'#':>3}  {'verdict':8} {'actor':30} {'type':13} {'country':7} {'mentions':>8}  why")
    right = wrong = new = 0
    for i, row in enumerate(actors.head(n).itertuples(), 1):
        v = judged.get(row.name)
        country = row.country if isinstance(row.country, str) else "-"
        why = ""
        if v is None:
            verdict, new = "NEW", new + 1
            why = "unjudged: " + ", ".join(a for a in row.aliases[:4])
        else:
            problems = []
            if v["entity"] == "none":
                problems.append("not an actor")
            else:
                if v["gold_type"] != row.actor_type:
                    problems.append(f"type should be {v['gold_type']}")
                if v["gold_country"] not in ("?", country):
                    problems.append(f"country should be {v['gold_country']}")
                split = [a for a in actors["name"] if a != row.name and entity_of.get(a) == v["entity"]]
                if split:
                    problems.append("split: also " + ", ".join(split[:3]))
            verdict = "wrong" if problems else "right"
            right += not problems
            wrong += bool(problems)
            why = "; ".join(problems)
        print(f"{i:>3}  {verdict:8} {row.name[:30]:30} {row.actor_type:13} {country:7} {row.n_mentions:>8}  {why}")
    judged_n = right + wrong
    print(f"\n{folder}: {right}/{judged_n} judged rows right = {100 * right / max(judged_n, 1):.1f}% "
          f"(goal >= 95%); {new} rows new/unjudged")
    return right, wrong, new


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample-only", action="store_true", help="score the 300 mentions only (fast)")
    parser.add_argument("--folders", nargs="*", default=list(FOLDERS), choices=list(FOLDERS))
    parser.add_argument("--top", type=int, default=50)
    parser.add_argument("--errors", action="store_true", help="list every type error and missing country")
    parser.add_argument("--labels", type=Path, default=LABELS,
                        help="score this labels file (same columns as benchmarks/data/actor_labels.csv)")
    parser.add_argument("--draw", type=int, metavar="N",
                        help="draw N fresh keys per folder into --labels (a new file), leaving out the "
                             "files of actor_labels.csv and of --exclude, then stop")
    parser.add_argument("--seed", default="20261130-check")
    parser.add_argument("--exclude", type=Path, nargs="*", default=[])
    args = parser.parse_args()
    missing = [f for f in args.folders if not list(SHARED_DIR.glob(FOLDERS[f].rstrip("*") + "*"))]
    if not SHARED_DIR.is_dir() or missing:
        print(f"{SHARED_DIR} lacks {', '.join(missing) or 'everything'}: this benchmark needs ../shared "
              "(see ../shared/README.md). Nothing to do.")
        return
    if args.draw:
        draw_sample(args.labels, args.draw, args.seed, [LABELS, *args.exclude])
        return
    corpora = {}
    if not args.sample_only:
        verdicts = {(r["folder"], r["name"]): r for r in _read(TOP50)} if TOP50.is_file() else {}
        totals = {}
        for folder in args.folders:
            corpora[folder] = analyze(_source(folder), progress=False)
            totals[folder] = top_actors(folder, corpora[folder], args.top, verdicts)
        print("\n## Top actors, all folders\n")
        for folder, (right, wrong, new) in totals.items():
            print(f"{folder:13} {right}/{right + wrong} right = {100 * right / max(right + wrong, 1):.1f}%, {new} unjudged")
        print()
    score_sample(corpora, show_errors=args.errors, path=args.labels)


if __name__ == "__main__":
    main()
