"""How benchmarks/train_stance_model.py labels real-news candidates from an exhaustive recall list,
and its isotonic calibration of the pair model's edges."""
from __future__ import annotations

import importlib.util
from pathlib import Path

_PATH = Path(__file__).resolve().parents[1] / "benchmarks" / "train_stance_model.py"
_SPEC = importlib.util.spec_from_file_location("train_stance_model", _PATH)
train = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(train)


def _cand(source, target, span=(100, 200)):
    return {"s": {source.lower()}, "t": {target.lower()}, "span": span}


def test_a_listed_pair_is_positive_only_where_its_evidence_lies():
    listed = [("donald trump", "hillary clinton", (120, 160), True)]
    here, elsewhere = _cand("Donald Trump", "Hillary Clinton"), _cand("Donald Trump", "Hillary Clinton", (300, 400))
    train._label([here, elsewhere], listed)
    assert here["label"] == 1
    assert elsewhere["label"] is None  # the pair is a stance elsewhere in the article: no clean example


def test_an_unlisted_pair_is_negative_and_a_borderline_one_is_left_out():
    listed = [("donald trump", "hillary clinton", (120, 160), False)]
    unlisted, borderline = _cand("Hillary Clinton", "Donald Trump"), _cand("Trump", "Clinton")
    train._label([unlisted, borderline], listed)
    assert unlisted["label"] == 0  # the list is exhaustive: the reverse direction was not said
    assert borderline["label"] is None


def test_isotonic_calibration_is_monotone_and_pools_violators():
    steps = train.isotonic([(0.5, 0), (0.6, 1), (0.7, 0), (0.8, 1), (0.9, 1)])
    shares = [s for _, s in steps]
    assert shares == sorted(shares)
    assert steps[0] == [0.5, 0.0] and steps[-1][1] == 1.0
    assert any(abs(s - 0.5) < 1e-9 for s in shares)  # 0.6 (right) and 0.7 (wrong) pooled
