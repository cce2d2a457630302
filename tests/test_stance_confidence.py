"""The confidence of stance edges (helpers/stance_confidence.py): features, model, threshold."""
from __future__ import annotations

from helpers import analyze_text, stance_confidence
from helpers.stances import kept


def _recorded(text: str, groups: tuple | None = None) -> list[tuple[dict, list[str]]]:
    """Each rule edge of ``text`` with the features the pipeline computed for it (with the
    context features of ``groups`` when given)."""
    out = []
    rate = stance_confidence.rate

    def recording(recs, doc, index, quotes=()):
        if groups is None:
            out.extend((dict(r), stance_confidence.edge_features(doc, index.mentions, r, quotes)) for r in recs)
        else:
            out.extend(zip((dict(r) for r in recs), stance_confidence.features(recs, doc, index, quotes, groups)))
        rate(recs, doc, index, quotes)

    stance_confidence.rate = recording
    try:
        analyze_text(text, plain=True, stance_threshold=0.0)
    finally:
        stance_confidence.rate = rate
    return out


def test_confidence_column_and_threshold():
    text = "Angela Merkel criticized Vladimir Putin on Monday."
    st = analyze_text(text, plain=True).stances
    assert list(st["method"]) == ["rule"]
    (conf,) = st["confidence"]
    # a plain, named, active criticism: the model trusts it, and the default keeps it
    assert stance_confidence.default_threshold() <= conf < 1.0
    assert len(analyze_text(text, plain=True, stance_threshold=round(conf + 0.01, 4)).stances) == 0
    assert len(analyze_text(text, plain=True, stance_threshold=0.0).stances) == 1
    assert kept(None, 0.9) and kept(0.93, 0.92) and not kept(0.91, 0.92)


def test_default_threshold_drops_only_edges_judged_clearly_wrong():
    # the default is documented and low: it trades little recall (see benchmarks/train_edge_model.py)
    assert 0.0 < stance_confidence.default_threshold() <= 0.2


def test_features_describe_each_side_and_the_sentence():
    (rec, feats), = _recorded("Vladimir Putin spoke in Moscow on Sunday. Angela Merkel criticized him on Monday.")
    assert (rec["source"], rec["target"]) == ("Angela Merkel", "Vladimir Putin")
    assert "source:form=multi" in feats and "source:in=True" in feats
    assert "target:form=pron" in feats  # 'him', linked to Putin
    assert "kind=criticize" in feats and "quote=False" in feats
    assert any(f.startswith("cue:lemma=criticize") for f in feats)


def test_a_target_named_only_in_another_sentence_is_trusted_less():
    # (the same article but for the pronoun: how often Putin is named is itself a feature)
    named = analyze_text("Vladimir Putin spoke in Moscow on Sunday. Angela Merkel criticized Vladimir Putin on Monday.",
                         plain=True, stance_threshold=0.0)
    elsewhere = analyze_text("Vladimir Putin spoke in Moscow on Sunday. Angela Merkel criticized him on Monday.",
                             plain=True, stance_threshold=0.0)
    assert len(named.stances) == len(elsewhere.stances) == 1
    assert elsewhere.stances["confidence"].iloc[0] < named.stances["confidence"].iloc[0]


def test_pair_model_edges_are_scaled_below_the_default():
    m = stance_confidence.load_model()
    assert 0 < m["model_edge_precision"] < 1
    # a model edge the pair model is sure of still sits below the default: the model is off by default
    assert stance_confidence.model_edge_confidence(0.99) < stance_confidence.default_threshold()


def test_without_a_model_file_every_edge_is_kept(monkeypatch, tmp_path):
    monkeypatch.setattr(stance_confidence, "MODEL_PATH", tmp_path / "missing.json")
    stance_confidence.load_model.cache_clear()
    try:
        assert stance_confidence.default_threshold() == 0.0
        recs = [{"kind": "criticize"}]
        stance_confidence.rate(recs, None, None)
        assert recs[0]["confidence"] == 1.0 and recs[0]["method"] == "rule"
    finally:
        stance_confidence.load_model.cache_clear()


def test_model_file_is_json_and_small():
    assert stance_confidence.MODEL_PATH.stat().st_size < 1_000_000
    m = stance_confidence.load_model()
    assert set(m) >= {"intercept", "weights", "threshold", "about", "cv"}


def _context(text: str) -> list[tuple[dict, list[str]]]:
    """Each rule edge of ``text`` with its context features (every group)."""
    return _recorded(text, stance_confidence.GROUPS)


def test_context_features_count_the_same_pair_elsewhere_and_the_sentence_edges():
    recs = _context("Angela Merkel criticized Vladimir Putin on Monday. Merkel also criticized Putin on Tuesday.")
    assert len(recs) == 2 and all("pairs:elsewhere=1" in f and "pairs:insent=1" in f for _, f in recs)
    (_, alone), = _context("Angela Merkel criticized Vladimir Putin on Monday.")
    assert "pairs:elsewhere=0" in alone and "pairs:reverse=False" in alone


def test_context_features_of_the_sides_names():
    (rec, feats), = _context("Vladimir Putin spoke in Moscow on Sunday. Angela Merkel criticized him on Monday.")
    assert rec["target"] == "Vladimir Putin"
    assert "name:source:words=2&type=person" in feats and "name:target:words=2&type=person" in feats


def test_context_groups_the_model_does_not_list_are_left_out():
    text = "Angela Merkel criticized Vladimir Putin on Monday."
    (rec, every), = _context(text)
    assert any(f.startswith("pairs:") for f in every) and any(f.startswith("name:") for f in every)
    (_, narrowed), = _recorded(text, ())
    assert not any(f.split(":", 1)[0] in stance_confidence.GROUPS for f in narrowed)
