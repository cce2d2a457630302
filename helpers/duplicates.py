"""Near-duplicate articles: the same story re-published with small edits.

Wire stories are re-published by many outlets and updated through the day; counted once
per copy they inflate every count. Two articles are near-duplicates when most of the
shorter one's word 5-grams ("shingles") are also in the other: containment
``|A & B| / min(|A|, |B|) >= CONTAINMENT``. A story and its edited or extended
re-publication share most shingles; two different stories on the same topic share a few
phrases at most.

The comparison is exact and linear in the corpus: shingles are hashed to 64-bit integers
with numpy, sorted once, and only articles sharing a shingle are compared. A shingle found
in more than ``COMMON`` articles is boilerplate ("said in a statement on", a credits line)
and is not counted for anyone.

Notes
-----
Shingling and containment follow Broder, "On the resemblance and containment of
documents" (1997).
"""
from __future__ import annotations

import re
from typing import Sequence

import numpy as np

#: words per shingle
SHINGLE_WORDS = 5
#: share of the shorter article's shingles found in the other: at least this, a near-duplicate
CONTAINMENT = 0.7
#: articles with fewer shingles than this are too short to call (a one-line brief)
MIN_SHINGLES = 15
#: a shingle in more articles than this is boilerplate, not evidence of copying
COMMON = 25

_WORD = re.compile(r"\w+")
_MULT = np.uint64(0x9E3779B97F4A7C15)  # odd 64-bit multiplier (golden ratio): a polynomial hash


def shingles(text: str) -> np.ndarray:
    """The shingle hashes of one text (uint64, repeats kept), words lower-cased.

    Words are hashed with Python's string hash (salted per process, so the numbers differ
    between runs but which texts share a shingle does not).

    >>> len(shingles("One two three four five six one two three four five"))
    7
    """
    words = _WORD.findall(text.lower())
    ids = np.fromiter(map(hash, words), dtype=np.int64, count=len(words)).view(np.uint64)
    n = len(ids) - SHINGLE_WORDS + 1
    if n <= 0:
        return np.empty(0, dtype=np.uint64)
    h = np.zeros(n, dtype=np.uint64)
    with np.errstate(over="ignore"):  # wrapping uint64 arithmetic is the hash
        for k in range(SHINGLE_WORDS):
            h = h * _MULT + ids[k:k + n]
    return h


def near_duplicates(texts: Sequence[str], order: Sequence | None = None) -> list[int | None]:
    """For each text, the position of the text it nearly duplicates, or None.

    Near-duplicate pairs are joined into groups (a story and all its re-publications);
    every member but the first of a group points to the first. "First" is the smallest
    ``order`` key (e.g. publication date, then position), by default the position.

    >>> story = " ".join(f"word{i}" for i in range(40))
    >>> near_duplicates([story, story + " and one more", story.replace("word7", "edit")])
    [None, 0, 0]
    """
    n = len(texts)
    out: list[int | None] = [None] * n
    if n < 2:
        return out
    sets = [shingles(t or "") for t in texts]
    hashes = np.concatenate(sets)
    owner = np.repeat(np.arange(n), [len(s) for s in sets])
    if not len(hashes):
        return out
    sort = np.argsort(hashes, kind="stable")  # stable: one article's repeats of a shingle are adjacent
    hashes, owner = hashes[sort], owner[sort]
    first = np.ones(len(hashes), dtype=bool)
    first[1:] = (hashes[1:] != hashes[:-1]) | (owner[1:] != owner[:-1])
    hashes, owner = hashes[first], owner[first]  # each article's distinct shingles
    sizes = np.bincount(owner, minlength=n)
    # how many articles hold each shingle; boilerplate shingles count for no one
    _, group, counts = np.unique(hashes, return_inverse=True, return_counts=True)
    common = counts[group] > COMMON
    sizes = sizes - np.bincount(owner[common], minlength=n)
    keep = ~common
    hashes, owner = hashes[keep], owner[keep]
    # every pair of articles sharing a shingle: positions i and i+d of the sorted run
    pairs = []
    for d in range(1, min(COMMON, len(hashes))):
        same = hashes[d:] == hashes[:-d]
        if not same.any():
            break  # no run of d+1 equal shingles: none longer either
        a, b = owner[:-d][same], owner[d:][same]
        pairs.append(np.minimum(a, b) * n + np.maximum(a, b))
    if not pairs:
        return out
    codes, shared = np.unique(np.concatenate(pairs), return_counts=True)
    a, b = codes // n, codes % n
    smaller = np.minimum(sizes[a], sizes[b])
    hit = (smaller >= MIN_SHINGLES) & (shared >= CONTAINMENT * np.maximum(smaller, 1))
    parent = list(range(n))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    rank = {i: (order[i], i) if order is not None else i for i in range(n)}
    for x, y in zip(a[hit].tolist(), b[hit].tolist()):
        rx, ry = root(x), root(y)
        if rx != ry:
            first, other = (rx, ry) if rank[rx] <= rank[ry] else (ry, rx)
            parent[other] = first
    for i in range(n):
        r = root(i)
        if r != i:
            out[i] = r
    return out
