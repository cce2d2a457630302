"""Actors benchmark: the most-mentioned actors of a corpus, and hand-labelled type/country precision.

    .venv/bin/python benchmarks/actors.py [--corpus DIR] [--top 20]

1. Runs ``analyze`` on BBC politics (../shared/corpora/bbc/politics, 417 articles) and prints the
   top actors by mentions, then checks them automatically: no entity twice under two names (a
   bare surname next to its full name, two names sharing an alias, two names one lexicon alias
   maps together) and no fragment or non-entity (a role title, a name particle, a word listed in
   helpers/lexicons/not_actors.txt, one word of another top actor's name).
2. Scores ``actor_type`` and ``country`` against benchmarks/data/actor_labels.csv: 130 mention
   spans sampled from the project's own output on ../shared corpora and judged by hand (offsets
   and labels only; the texts stay in ../shared). Each label is matched to the predicted mention
   that overlaps it most; a span labelled "none" (not an actor) that is still predicted counts as
   a type error, and one no longer predicted counts as right.

Exits cleanly, saying what is missing, when ../shared is absent.
"""
from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from helpers import analyze, lexicon  # noqa: E402
from helpers.actors import _surname_keys  # noqa: E402
from helpers.config import SHARED_DIR  # noqa: E402

LABELS = ROOT / "benchmarks" / "data" / "actor_labels.csv"


def duplicates(top) -> list[tuple[str, str, str]]:
    """Pairs of top actors that look like one entity under two names, with the reason."""
    alias_canon = {a.lower(): row["canonical"] for a, row in lexicon.aliases().items()}
    found = []
    rows = list(top.itertuples())
    for i, a in enumerate(rows):
        for b in rows[i + 1:]:
            if a.actor_type == "person" and b.actor_type == "person":
                if a.name in _surname_keys(b.name) or b.name in _surname_keys(a.name):
                    found.append((a.name, b.name, "surname of full name"))
                    continue
            shared = {x.lower() for x in a.aliases} & {x.lower() for x in b.aliases} - {"he", "she", "his", "her", "him", "it"}
            if shared:
                found.append((a.name, b.name, f"shared alias {sorted(shared)[0]!r}"))
            elif alias_canon.get(a.name.lower(), a.name) == alias_canon.get(b.name.lower(), b.name):
                found.append((a.name, b.name, "one lexicon entry"))
    return found


def fragments(top, wider) -> list[tuple[str, str]]:
    titles, particles, not_actors = lexicon.titles(), lexicon.name_particles(), lexicon.not_actors()
    aliases = lexicon.aliases()
    words_of_others = Counter(w for name in wider["name"] if " " in name for w in name.split())
    found = []
    for row in top.itertuples():
        name = row.name
        if name.lower() in titles:
            found.append((name, "a role title"))
        elif name in particles:
            found.append((name, "a name particle"))
        elif name in not_actors:
            found.append((name, "listed as not an actor"))
        elif " " not in name and name not in aliases and words_of_others[name] and row.actor_type != "person" \
                and not name.isupper():  # an acronym stands alone: 'BBC' beside 'BBC News'
            found.append((name, "one word of another actor's name"))
        elif len(name) < 2 or not any(ch.isupper() for ch in name):
            found.append((name, "not a name"))
    return found


def top_actors(corpus_dir: Path, n: int) -> None:
    corpus = analyze(corpus_dir, progress=False)
    actors = corpus.actors
    print(f"## Top {n} actors of {corpus_dir} ({len(corpus.articles)} articles analysed, "
          f"{len(corpus.errors)} error rows)\n")
    top = actors.head(n)
    print(f"{'#':>3}  {'actor':28} {'type':13} {'country':7} {'mentions':>8} {'articles':>8}  surface forms")
    for i, row in enumerate(top.itertuples(), 1):
        forms = [a for a in row.aliases if a.lower() not in ("he", "she", "his", "her", "him", "it", "its")][:5]
        print(f"{i:>3}  {row.name:28} {row.actor_type:13} {row.country or '':7} {row.n_mentions:>8} {row.n_articles:>8}  "
              + ", ".join(forms))
    dups = duplicates(top)
    frags = fragments(top, actors.head(200))
    print(f"\nentities appearing twice among the top {n}: {len(dups)}")
    for a, b, why in dups:
        print(f"   {a} / {b}: {why}")
    print(f"fragments or non-entities among the top {n}: {len(frags)}")
    for name, why in frags:
        print(f"   {name}: {why}")


def label_precision() -> None:
    with open(LABELS, encoding="utf-8", newline="") as fh:
        labels = list(csv.DictReader(line for line in fh if not line.startswith("#")))
    files = sorted({row["file"] for row in labels})
    missing = [f for f in files if not (SHARED_DIR / f).is_file()]
    if missing:
        print(f"\nlabelled files missing from {SHARED_DIR}: {len(missing)} (e.g. {missing[0]}); skipping precision")
        return
    corpus = analyze([SHARED_DIR / f for f in files], progress=False)
    by_path = {Path(p).resolve(): a for p, a in zip(corpus.articles["path"], corpus.articles["article_id"])}
    mentions = {aid: g for aid, g in corpus.mentions.groupby("article_id")}
    type_ok = type_n = 0
    country_ok = country_n = covered = country_gold = 0
    confusion: Counter = Counter()
    for row in labels:
        start, end = int(row["start"]), int(row["end"])
        aid = by_path.get((SHARED_DIR / row["file"]).resolve())
        m = mentions.get(aid)
        pred = None
        if m is not None:
            overlap = (m["end"].clip(upper=end) - m["start"].clip(lower=start))
            if (overlap > 0).any():
                pred = m.loc[overlap.idxmax()]
        gold_type, gold_country = row["gold_type"], row["gold_country"]
        pred_type = pred["actor_type"] if pred is not None else "none"
        pred_country = pred["country"] if pred is not None and isinstance(pred["country"], str) and pred["country"] else "-"
        if pred is None and gold_type == "none":
            type_ok += 1
            type_n += 1
            confusion[("none", "none")] += 1
            continue
        type_n += 1
        type_ok += pred_type == gold_type
        confusion[(gold_type, pred_type)] += 1
        if gold_country not in ("?",) and gold_type != "none":
            if pred_country != "-":
                country_n += 1
                country_ok += pred_country == gold_country
            if gold_country != "-":
                country_gold += 1
                covered += pred_country == gold_country
    print(f"\n## actor_type and country on {len(labels)} hand-labelled mentions ({LABELS.relative_to(ROOT)})\n")
    print(f"actor_type accuracy: {type_ok}/{type_n} = {100 * type_ok / type_n:.1f}%")
    print(f"country precision (mentions given a country, gold known): {country_ok}/{country_n} = "
          f"{100 * country_ok / max(country_n, 1):.1f}%")
    print(f"country coverage (gold country known, predicted right): {covered}/{country_gold} = "
          f"{100 * covered / max(country_gold, 1):.1f}%")
    print("\nconfusions (gold -> predicted):")
    for (gold, pred), count in sorted(confusion.items(), key=lambda kv: -kv[1]):
        if gold != pred:
            print(f"   {gold:13} -> {pred:13} {count}")
    per_type = Counter(g for g, _ in confusion.elements())
    right = Counter(g for g, p in confusion.elements() if g == p)
    print("\nper gold type: " + ", ".join(f"{t} {right[t]}/{per_type[t]}" for t in sorted(per_type)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=SHARED_DIR / "corpora" / "bbc" / "politics")
    parser.add_argument("--top", type=int, default=20)
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"{args.corpus} is missing: this benchmark needs ../shared (see ../shared/README.md). Nothing to do.")
        return
    top_actors(args.corpus, args.top)
    label_precision()


if __name__ == "__main__":
    main()
