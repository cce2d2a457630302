"""Stance cues the rules missed on the read parts check17..check22 (issue 14): demands in a
mandative 'that' clause or by pushing a named government or person, a hedged accusation ('may
have violated the law', also just outside a partial quote), a quoted judgement of 'it' said of an
actor's thing, the maker of a judged thing named by a relative clause, 'cannot be trusted', a
model-only criticism verb on words 'by' a named author, criticism taken from a named actor
('taking heat from'), and a named speaker's Title Case headline claim.

Each sentence is written for these tests; each rule has a sentence with the edge expected and a
similar one that must give none. Edges are read at the default threshold.
"""
from __future__ import annotations

import pytest

from helpers import analyze_text

LEAD = "Governor Tom Baxter spoke in Ohio on Monday. "


def edges(text: str, plain: bool = True) -> set[tuple[str, str, str]]:
    st = analyze_text(text, plain=plain, published="2016-05-01").stances
    return set(zip(st["source"], st["target"], st["kind"]))


@pytest.mark.parametrize("sentence, source, target, kind", [
    # a mandative 'that' clause after an asking verb
    ("Senator Mary Holden asked that the FBI release the files.", "Mary Holden", "FBI", "demand"),
    ("Senator Mary Holden asked that the FBI not destroy the files.", "Mary Holden", "FBI", "demand"),
    # pushing a named government or person (after every conjunct) to act
    ("Mary Holden pushed Canada and Mexico to cut their tariffs.", "Mary Holden", "Canada", "demand"),
    ("Mary Holden pushed Canada and Mexico to cut their tariffs.", "Mary Holden", "Mexico", "demand"),
    ("Mary Holden has been pushing the Baxter administration to publish the report.",
     "Mary Holden", "Tom Baxter", "demand"),
    # a hedged accusation of a past act, also with its subject just outside a partial quote
    ("Senator Mary Holden said Tom Baxter may have broken the law.", "Mary Holden", "Tom Baxter", "accuse"),
    ("Senator Mary Holden told reporters that Tom Baxter “might have violated the law” by doing so.",
     "Mary Holden", "Tom Baxter", "accuse"),
    # 'it' judged in a quote said of a named actor's thing, or of the actor
    ("“It is a disgrace,” Senator Mary Holden said of Tom Baxter's budget.", "Mary Holden", "Tom Baxter", "criticize"),
    ("“This is reckless,” Senator Mary Holden said of Tom Baxter.", "Mary Holden", "Tom Baxter", "criticize"),
    # the maker of the judged thing named by a relative clause
    ("“The ad that Tom Baxter released today is horrific,” Senator Mary Holden said.",
     "Mary Holden", "Tom Baxter", "criticize"),
    # cannot be trusted
    ("“Tom Baxter cannot be trusted,” Senator Mary Holden said.", "Mary Holden", "Tom Baxter", "criticize"),
    ("Senator Mary Holden said Tom Baxter can't be relied on.", "Mary Holden", "Tom Baxter", "criticize"),
    # a model-only criticism verb on words by a named author
    ("Senator Mary Holden knocked a statement by Tom Baxter on Monday.", "Mary Holden", "Tom Baxter", "criticize"),
    ("Senator Mary Holden bashed the remarks by Tom Baxter.", "Mary Holden", "Tom Baxter", "criticize"),
    # criticism taken from a named actor: heat, flak, fire
    ("Tom Baxter is taking heat from Senator Mary Holden over his vote.", "Mary Holden", "Tom Baxter", "criticize"),
    ("Tom Baxter drew fire from Senator Mary Holden over the budget.", "Mary Holden", "Tom Baxter", "criticize"),
])
def test_found(sentence, source, target, kind):
    assert (source, target, kind) in edges(LEAD + sentence)


@pytest.mark.parametrize("sentence", [
    "Senator Mary Holden asked whether Tom Baxter would release the files.",
    "Senator Mary Holden asked, noting that Tom Baxter released the files.",
    "The investor Mary Holden pushed Baxter Motors to hire more advisers.",  # a company managed, not asked
    "Senator Mary Holden said Tom Baxter would have broken the law if he had signed it.",
    "Senator Mary Holden said that if Tom Baxter signs it, he may have broken the law.",
    "“It is a disgrace,” Senator Mary Holden said of the weather.",
    "“The ad that Tom Baxter would release is horrific,” Senator Mary Holden said.",
    "“Tom Baxter can be trusted,” Senator Mary Holden said.",
    "“If Tom Baxter cannot be trusted, we lose,” Senator Mary Holden said.",
    "Senator Mary Holden knocked a painting by Tom Baxter.",
    "Senator Mary Holden took the heat off Tom Baxter.",
])
def test_not_found(sentence):
    assert not {e for e in edges(LEAD + sentence) if e[2] != "praise"}


@pytest.mark.parametrize("headline", [
    "Mary Holden: Tom Baxter's Budget Plan Is 'Disqualifying'",
    "Mary Holden: Tom Baxter's 'Hateful Rhetoric' Is Hurting The Party",
])
def test_headline_claim(headline):
    body = "\n\nThe senator spoke in Ohio on Tuesday about the race and the economy.\n"
    assert ("Mary Holden", "Tom Baxter", "criticize") in edges(headline + body, plain=False)


@pytest.mark.parametrize("headline", [
    "Mary Holden: Tom Baxter Is Not Corrupt",  # denied
    "Mary Holden: 'No Idea' If Tom Baxter Would Have Called It A Bad Plan",  # supposed, not said
    "Mary Holden: Republican Populist Anger Appeals To 'Bad' Instincts",  # a party word as a modifier
    "Mary Holden: Voters Are Angry About Taxes",  # no named actor judged
    "Mary Holden: Tom Baxter wins a fight with a corrupt rival",  # not a Title Case line
])
def test_no_headline_claim(headline):
    body = "\n\nThe senator spoke in Ohio on Tuesday about the race and the economy.\n"
    assert not {e for e in edges(headline + body, plain=False) if e[0] == "Mary Holden" and e[2] != "praise"}
