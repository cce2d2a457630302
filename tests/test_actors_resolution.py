"""Actors resolved to the right entity (issues 13 and 14): one case fixed and a similar one unchanged per rule.
Sentences written for these tests."""
from __future__ import annotations

from helpers import analyze_text


def _actors(text: str) -> dict[str, str]:
    m = analyze_text(text, plain=True).mentions
    return dict(zip(m["text"], m["actor"]))


def test_epithet_fused_before_a_name_is_stripped():
    got = _actors("At the rally Donald Trump once more mocked Crooked Hillary Clinton over her emails. "
                  "Clinton did not reply.")
    assert "Crooked Hillary Clinton" not in set(got.values())
    assert got.get("Hillary Clinton") == "Hillary Clinton"


def test_a_capitalised_name_without_an_epithet_is_unchanged():
    got = _actors("At the rally Donald Trump once more mocked Hillary Clinton over her emails.")
    assert got.get("Hillary Clinton") == "Hillary Clinton"


def test_counsel_before_a_name_is_a_title():
    got = _actors("Acme Records General Counsel Maria Delgado wrote to the regulator on Monday. "
                  "Delgado said the rules were unfair.")
    assert "Maria Delgado" in set(got.values())
    assert not any(v.startswith("Counsel") for v in got.values())


def test_country_inside_an_organisation_name_is_not_the_country():
    got = _actors("A new advert from Priorities USA Action, a group backing the senator, ran on Tuesday.")
    assert got.get("USA") != "United States"
    assert "United States" not in set(got.values())


def test_country_opening_an_organisation_name_or_alone_is_unchanged():
    got = _actors("The United States said on Tuesday it would send more aid to the region.")
    assert got.get("United States") == "United States"


def test_a_woman_is_not_merged_into_a_man_of_her_surname():
    c = analyze_text("Peter Lindqvist's wife is to lead the campaign tour. Mrs Lindqvist will visit ten towns, "
                     "and she will speak for a children's charity. Mr Lindqvist will stay in the capital.",
                     plain=True)
    m = c.mentions
    named = m[m["text"] == "Lindqvist"]["actor"].tolist()
    assert named == ["Mrs Lindqvist", "Peter Lindqvist"]  # 'Mrs Lindqvist', then 'Mr Lindqvist'
    assert m.loc[m["text"] == "she", "actor"].tolist() == ["Mrs Lindqvist"]


def test_a_man_of_the_same_surname_still_merges():
    m = analyze_text("Peter Lindqvist is to lead the campaign tour. Mr Lindqvist will visit ten towns.",
                     plain=True).mentions
    assert set(m.loc[m["text"].str.contains("Lindqvist"), "actor"]) == {"Peter Lindqvist"}


def test_the_head_word_of_the_one_body_named_is_that_body():
    got = _actors("Norway's Fisheries Bureau said on Monday it had opened an inquiry into Nordhav. "
                  "The Bureau said the company had broken the quota rules.")
    assert got.get("Bureau") == "Fisheries Bureau"


def test_the_head_word_shared_by_two_bodies_stays():
    m = analyze_text("The Fisheries Bureau and the Forestry Bureau met on Monday. The Bureau said little.",
                     plain=True).mentions
    assert "Fisheries Bureau" not in m.loc[m["text"] == "Bureau", "actor"].tolist()
