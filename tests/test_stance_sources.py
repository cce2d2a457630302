"""Stance edges: who the source is when the sentence names someone near the cue who is not it.

Each class is a shape of sentence where the nearest or the grammatical subject is the wrong
source: the object of a 'for' clause did the act, a long title's holder speaks (not the party
that owns the title), an unnamed group modified by a country is not the state, the subject of
a verb that provokes criticism is not the critic, and the unnamed supporters of a person are
nobody. Sentences are written for these tests.
"""
from __future__ import annotations

import pytest

from helpers import analyze_text


def edges(text: str) -> set[tuple[str, str]]:
    st = analyze_text(text, plain=True).stances
    return set(zip(st["source"], st["target"]))


@pytest.mark.parametrize("sentence, edge, not_edge", [
    # the object of the verb did what the 'for' clause says, adjective or verb
    ("In the debate, Hillary Clinton attacked Bernie Sanders for being too critical of Barack Obama.",
     ("Bernie Sanders", "Barack Obama"), ("Hillary Clinton", "Barack Obama")),
    ("Nancy Pelosi criticized John Boehner for being dismissive of Barack Obama.",
     ("John Boehner", "Barack Obama"), ("Nancy Pelosi", "Barack Obama")),
    ("Mitt Romney praised Paul Ryan for defending Israel.", ("Paul Ryan", "Israel"), ("Mitt Romney", "Israel")),
    # a long title whose holder's name the parser hangs from the title's preposition
    ("Labour's deputy minister for women Jacqui Smith accused the Lib Dems of offering false promises.",
     ("Jacqui Smith", "Liberal Democrats"), ("Labour Party", "Liberal Democrats")),
    ("The Tory spokesman for health Andrew Lansley accused Labour of wasting money.",
     ("Andrew Lansley", "Labour Party"), ("Conservative Party", "Labour Party")),
])
def test_the_source_is_who_did_it(sentence, edge, not_edge):
    found = edges(sentence)
    assert edge in found
    assert not_edge not in found


@pytest.mark.parametrize("sentence, not_source", [
    # a country modifying a group that is not its state
    ("The Syrian rebel coalition condemned Russia for the air strikes.", "Syria"),
    ("The Syrian opposition accused Russia of bombing hospitals.", "Syria"),
    ("Venezuelan bloggers accused Brazil of meddling.", "Venezuela"),
    # the subject of a verb that provokes criticism is its cause, not the critic
    ("The State Department released the report on Monday. It immediately fueled criticism of Hillary Clinton.",
     "State Department"),
    ("Boris Johnson's remark sparked accusations against Theresa May.", "Boris Johnson"),
    # unnamed supporters of a person are nobody; the sentence's subject does not support him
    ("Hillary Clinton still struggles to win over the young supporters of Bernie Sanders.", "Hillary Clinton"),
])
def test_no_edge_from_someone_who_did_not_do_it(sentence, not_source):
    assert not_source not in {s for s, _ in edges(sentence)}


@pytest.mark.parametrize("sentence, edge", [
    # the state still acts through its officials, and a critic who renews or unleashes attacks is their source
    ("Russian officials accused Turkey of lying.", ("Russia", "Turkey")),
    ("Chris Christie unleashed withering attacks against Marco Rubio.", ("Chris Christie", "Marco Rubio")),
    ("Donald Trump renewed his criticism of Hillary Clinton on Friday.", ("Donald Trump", "Hillary Clinton")),
    ("Donald Trump leveled harsh criticism at Hillary Clinton.", ("Donald Trump", "Hillary Clinton")),
    # an agent noun as the predicate or in apposition still names its source
    ("Tom Cotton has been one of Donald Trump's staunchest supporters.", ("Tom Cotton", "Donald Trump")),
])
def test_sources_that_stay(sentence, edge):
    assert edge in edges(sentence)
