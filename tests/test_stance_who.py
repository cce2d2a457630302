"""Stance edges: who the source or target is when the sentence names it only by a description.

Each class is a phrase that stands for an actor named elsewhere: a definite class noun for an
organisation named shortly before ('the network', 'the company', 'the rights group'), a
country's people named in the plural as its state ('the Saudis', 'the Russians'), and a
spokesman 'for' a campaign or government that a name modifies. Sentences are written for these
tests.
"""
from __future__ import annotations

import pytest

from helpers import analyze_text


def edges(text: str) -> set[tuple[str, str]]:
    st = analyze_text(text, plain=True).stances
    return set(zip(st["source"], st["target"]))


@pytest.mark.parametrize("text, edge", [
    # a class noun for the one organisation of its kind named just before
    ("CNN aired the interview on Friday. In a statement, the network criticized Ted Cruz.", ("CNN", "Ted Cruz")),
    ("Amnesty International published its report on Monday. The group accused Ethiopia of killing protesters.",
     ("Amnesty International", "Ethiopia")),
    ("Exxon Mobil wrote to Columbia University last month. The company accused Columbia University of bias.",
     ("Exxon Mobil", "Columbia University")),
    ("Exxon Mobil wrote to Columbia University last month. The university accused Exxon Mobil of bullying its reporters.",
     ("Columbia University", "Exxon Mobil")),
    ("Greenpeace staged a protest at the refinery. Later the environmental group denounced Shell for the spill.",
     ("Greenpeace", "Shell")),
])
def test_class_noun_stands_for_the_organisation_named_before(text, edge):
    assert edge in edges(text)


@pytest.mark.parametrize("text, not_source", [
    # two companies named: 'the company' is either
    ("Exxon Mobil and Chevron reported profits. The company criticized Greenpeace.", "Exxon Mobil"),
    ("Exxon Mobil and Chevron reported profits. The company criticized Greenpeace.", "Chevron"),
    # another one than the one named
    ("Exxon Mobil reported profits. The rival company criticized Greenpeace.", "Exxon Mobil"),
    # a network is a news outlet, not any organisation
    ("Amnesty International published its report. The network criticized Ethiopia.", "Amnesty International"),
    # a company is no public body
    ("The Justice Department opened an inquiry on Monday. The company accused Google of stealing.",
     "Justice Department"),
])
def test_class_noun_left_alone_when_unclear(text, not_source):
    assert not_source not in {s for s, _ in edges(text)}


@pytest.mark.parametrize("text, edge", [
    ("Saudi Arabia lobbied against the bill. The Saudis criticized Canada over the vote.", ("Saudi Arabia", "Canada")),
    ("Russia massed troops at the border. The Russians accused Ukraine of shelling the town.", ("Russia", "Ukraine")),
    ("Iran signed the deal in July. Donald Trump criticized the Iranians for the deal.", ("Donald Trump", "Iran")),
])
def test_a_countrys_people_in_the_plural_act_as_its_state(text, edge):
    assert edge in edges(text)


@pytest.mark.parametrize("text", [
    "Russia massed troops at the border. Many of the Russians accused Ukraine of shelling the town.",
    "Russia massed troops at the border. The young Russians accused Ukraine of shelling the town.",
    "Russia massed troops at the border. The two Russians accused Ukraine of shelling the town.",
])
def test_some_of_a_countrys_people_are_not_its_state(text):
    assert "Russia" not in {s for s, _ in edges(text)}


@pytest.mark.parametrize("text, edge", [
    ("Hillary Clinton spoke in Iowa. A spokesman for the Clinton campaign accused Donald Trump of lying.",
     ("Hillary Clinton", "Donald Trump")),
    ("A spokesman for the Turkish government accused Fethullah Gulen of plotting the coup.",
     ("Turkey", "Fethullah Gulen")),
])
def test_a_spokesman_for_a_campaign_or_government_speaks_for_it(text, edge):
    assert edge in edges(text)


@pytest.mark.parametrize("text, edge", [
    # the pronoun's person is named two sentences back; the sentence between names only another gender
    ('Mary Holden toured the plant on Sunday. "It is nonsense," Tom Baxter said. "She is a liar and everybody knows it."',
     ("Tom Baxter", "Mary Holden")),
    ('Tom Baxter opened his campaign in Dayton. Mary Holden answered on Tuesday. "He is a fraud," she said.',
     ("Mary Holden", "Tom Baxter")),
])
def test_a_pronoun_reaches_back_to_the_one_person_of_its_gender(text, edge):
    assert edge in edges(text)


@pytest.mark.parametrize("text, not_target", [
    # an unnamed woman in between may be the one meant
    ('Mary Holden toured the plant on Sunday. A woman in the crowd shouted at the guards. '
     '"It is nonsense," Tom Baxter said. "She is a liar and everybody knows it."', "Mary Holden"),
    # two women named before: unclear
    ('Mary Holden and Susan Pike toured the plant on Sunday. "It is nonsense," Tom Baxter said. '
     '"She is a liar and everybody knows it."', "Mary Holden"),
])
def test_a_pronoun_left_alone_when_its_person_is_unclear(text, not_target):
    assert not_target not in {t for _, t in edges(text)}
