"""Fuzz the whole pipeline with damaged copies of real articles (issue 8, "Measure").

Takes real articles from ../shared/corpora (bbc, reuters2016), damages each with one to
three random mutations (byte flips, truncation, another encoding, stray quotes, HTML and
script tags, duplicated paragraphs, CR line endings, huge runs of whitespace, NUL bytes,
random YAML front matter, CSV/JSONL wrapping, empty files, exact duplicates), writes them
to a temporary folder and runs ``helpers.analyze(folder, cache=False, progress=False)``.

Checked: no exception escapes; every input file is accounted for (an ``articles`` row or
an ``errors`` row); the offset contract holds for every row of every table; no input file
is changed. Seeded, so the same ``--seed`` and ``--n`` give the same inputs and figures.

    .venv/bin/python benchmarks/fuzz.py              # 200 inputs, seed 0: a few minutes
    .venv/bin/python benchmarks/fuzz.py --n 50 --seed 3
"""
from __future__ import annotations

import argparse
import codecs
import hashlib
import random
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

SHARED = ROOT.parent / "shared" / "corpora"
CORPORA = {"bbc": "*/*.txt", "reuters2016": "*.md"}
BATCH = 25  # inputs per analyze() call; a batch that raises is re-run one file at a time

QUOTES = ['"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "\u00ab", "\u00bb", '""']
TAGS = ["<p>", "</p>", "<br>", "<div class='x'>", "<script>alert('x')</script>", "<style>p{color:red}</style>",
        "&amp;", "&lt;b&gt;", "&nbsp;", "<!-- comment", "<iframe src='javascript:alert(1)'>", "</html>", "<h1>"]
YAML_BITS = ["title: ", "date: ", "published: ", "post_title: >\n  ", "- ", "[", "{", ": ", "&a ", "*a", "'", '"',
             "2016-01-07", "not a date", "\t", "\n", "!!python/object:os.system", "? ", "null", "~", "|\n  "]


# ----------------------------------------------------------------------------- mutations
# each takes (rng, data bytes, suffix) and returns (data, suffix)

def flip_bytes(rng, data, suffix):
    b = bytearray(data)
    for _ in range(rng.randint(1, 40)):
        if b:
            b[rng.randrange(len(b))] = rng.randrange(256)
    return bytes(b), suffix


def truncate(rng, data, suffix):
    return data[:rng.randrange(len(data) + 1)], suffix  # often mid-character


def reencode(rng, data, suffix):
    text = data.decode("utf-8", "replace")
    kind = rng.choice(["utf-16", "utf-16-le", "utf-8-sig", "cp1252", "latin-1", "utf-16-be-bom"])
    if kind == "utf-16-be-bom":
        return codecs.BOM_UTF16_BE + text.encode("utf-16-be"), suffix
    return text.encode(kind, "replace"), suffix


def _insert(rng, text, pieces, k):
    for _ in range(k):
        at = rng.randrange(len(text) + 1)
        text = text[:at] + rng.choice(pieces) + text[at:]
    return text


def insert_quotes(rng, data, suffix):
    return _insert(rng, data.decode("utf-8", "replace"), QUOTES, rng.randint(1, 30)).encode("utf-8"), suffix


def insert_html(rng, data, suffix):
    text = _insert(rng, data.decode("utf-8", "replace"), TAGS, rng.randint(1, 30))
    return text.encode("utf-8"), rng.choice([suffix, ".html", ".htm"])


def duplicate_paragraphs(rng, data, suffix):
    paras = data.decode("utf-8", "replace").split("\n\n")
    for _ in range(rng.randint(1, 5)):
        i = rng.randrange(len(paras))
        paras.insert(i, paras[i])
    return "\n\n".join(paras).encode("utf-8"), suffix


def line_endings(rng, data, suffix):
    new = rng.choice([b"\r", b"\r\n", b"\n\r", b"\r\r\n"])
    return data.replace(b"\r\n", b"\n").replace(b"\n", new), suffix


def huge_whitespace(rng, data, suffix):
    blob = rng.choice([" ", "\n", "\t", "\u00a0", "\r\n", " \n", "\u2003"]) * rng.randint(1_000, 200_000)
    at = rng.randrange(len(data) + 1)
    return data[:at] + blob.encode("utf-8") + data[at:], suffix


def nul_bytes(rng, data, suffix):
    b = bytearray(data)
    for _ in range(rng.randint(1, 5)):
        b.insert(rng.randrange(len(b) + 1), 0)
    return bytes(b), suffix


def front_matter(rng, data, suffix):
    yaml = "".join(rng.choice(YAML_BITS) + rng.choice(["x", "Some title", "2016", ""]) for _ in range(rng.randint(1, 12)))
    end = rng.choice(["---", "...", "--", ""])  # sometimes never closed
    return f"---\n{yaml}\n{end}\n".encode("utf-8") + data, ".md"


def as_csv(rng, data, suffix):
    text = data.decode("utf-8", "replace")
    rows = ['text,title']
    for _ in range(rng.randint(1, 4)):
        body = text.replace('"', '""') if rng.random() < 0.7 else text  # some rows with broken quoting
        close = '"' if rng.random() < 0.8 else ""  # some quotes never closed
        rows.append(f'"{body}{close},Title {rng.randint(1, 99)}')
    return "\n".join(rows).encode("utf-8"), rng.choice([".csv", ".tsv"])


def as_jsonl(rng, data, suffix):
    import json

    text = data.decode("utf-8", "replace")
    lines = []
    for i in range(rng.randint(1, 4)):
        line = json.dumps({"text": text, "title": f"Item {i}", "date": rng.choice(["2016-01-07", "x", None, 5])})
        if rng.random() < 0.3:
            line = line[:rng.randrange(len(line))]  # cut off mid-record
        lines.append(line)
    return "\n".join(lines).encode("utf-8"), rng.choice([".jsonl", ".json", ".ndjson"])


def emptied(rng, data, suffix):
    return rng.choice([b"", b" ", b"\n\n\t ", codecs.BOM_UTF8, b"\r\r\r"]), suffix


MUTATIONS = [flip_bytes, truncate, reencode, insert_quotes, insert_html, duplicate_paragraphs, line_endings,
             huge_whitespace, nul_bytes, front_matter, as_csv, as_jsonl, emptied]


# ----------------------------------------------------------------------------- the run

def pick_articles(rng: random.Random, n: int) -> list[Path]:
    pool = []
    for name, pattern in CORPORA.items():
        pool += sorted((SHARED / name).glob(pattern))
    return [rng.choice(pool) for _ in range(n)] if pool else []


def make_inputs(rng: random.Random, n: int, folder: Path) -> list[Path]:
    """``n`` damaged files in ``folder``, one batch per sub-folder."""
    paths: list[Path] = []
    for i, source in enumerate(pick_articles(rng, n)):
        data, suffix = source.read_bytes(), source.suffix
        if paths and rng.random() < 0.04:  # the same article twice
            prev = paths[rng.randrange(len(paths))]
            data, suffix, names = prev.read_bytes(), prev.suffix, ["duplicate"]
        else:
            names = []
            for mutate in rng.sample(MUTATIONS, rng.randint(1, 3)):
                data, suffix = mutate(rng, data, suffix)
                names.append(mutate.__name__)
        batch = folder / f"batch{i // BATCH:03d}"
        batch.mkdir(exist_ok=True)
        path = batch / f"{i:04d}-{'+'.join(names)}{suffix}"
        path.write_bytes(data)
        paths.append(path)
    return paths


def accounted(path: Path, corpus) -> bool:
    p = str(path)
    rows = list(corpus.articles["path"]) + list(corpus.errors["path"])
    return any(r == p or r.startswith(p + ":") for r in rows)


def fingerprint(paths: list[Path]) -> dict[str, str]:
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest() for p in paths}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=200, help="how many damaged inputs (default 200)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument("--keep", action="store_true", help="keep the folder of inputs and print where it is")
    args = parser.parse_args(argv)

    missing = [name for name in CORPORA if not (SHARED / name).is_dir()]
    if missing:
        print(f"fuzz: skipped, missing {', '.join(str(SHARED / m) for m in missing)} "
              "(the shared corpora sit beside the repository)")
        return 0

    import helpers
    from test_properties import offset_violations  # the same contract the property tests check

    helpers.load_pipeline()
    rng = random.Random(args.seed)
    tmp = tempfile.mkdtemp(prefix="fuzz-")
    folder = Path(tmp)
    started = time.perf_counter()
    paths = make_inputs(rng, args.n, folder)
    before = fingerprint(paths)

    analysed = errors_only = error_rows = exceptions = violations = unaccounted = 0
    crashes: list[str] = []
    bad_offsets: list[str] = []
    languages: dict[str, int] = {}
    for batch in sorted({p.parent for p in paths}):
        members = [p for p in paths if p.parent == batch]
        try:
            runs = [(members, helpers.analyze(batch, cache=False, progress=False))]
        except Exception:  # the batch stopped: find which inputs did it
            runs = []
            for p in members:
                try:
                    runs.append(([p], helpers.analyze(p, cache=False, progress=False)))
                except Exception:
                    exceptions += 1
                    crashes.append(f"{p.name}: {traceback.format_exc(limit=3)}")
        for group, corpus in runs:
            error_rows += len(corpus.errors)
            found = offset_violations(corpus)
            violations += len(found)
            bad_offsets += found[:3]
            for lang in corpus.articles["language"]:
                languages[lang or "unsure"] = languages.get(lang or "unsure", 0) + 1
            for p in group:
                if any(r == str(p) or r.startswith(f"{p}:") for r in corpus.articles["path"]):
                    analysed += 1
                elif accounted(p, corpus):
                    errors_only += 1
                else:
                    unaccounted += 1
                    crashes.append(f"{p.name}: no articles row and no errors row")
    modified = sum(1 for k, v in fingerprint(paths).items() if before[k] != v)
    seconds = time.perf_counter() - started

    print(f"fuzz: seed {args.seed}, {len(MUTATIONS)} mutation kinds, corpora {', '.join(CORPORA)}")
    print(f"inputs tried:           {len(paths)}")
    print(f"analysed:               {analysed}  (inputs with at least one articles row)")
    print(f"only error rows:        {errors_only}")
    print(f"error rows:             {error_rows}")
    print(f"languages:              {', '.join(f'{k} {v}' for k, v in sorted(languages.items()))}")
    print(f"exceptions:             {exceptions}  (must be 0)")
    print(f"offset violations:      {violations}  (must be 0)")
    print(f"unaccounted inputs:     {unaccounted}  (must be 0)")
    print(f"inputs modified:        {modified}  (must be 0)")
    print(f"seconds:                {seconds:.1f}")
    for line in crashes[:10] + bad_offsets[:10]:
        print("  " + line.strip().replace("\n", "\n  "))
    if args.keep:
        print(f"inputs kept in {folder}")
    else:
        import shutil

        shutil.rmtree(folder, ignore_errors=True)
    return 1 if exceptions or violations or unaccounted or modified else 0


if __name__ == "__main__":
    sys.exit(main())
