"""Precision rules for stance edges (issue 14): classes of wrong edges found in judged samples.

Each sentence is written for these tests. The first list must give no edge between the pair named;
the second, a similar sentence, keeps its edge, so a rule that swallowed every cue would fail.
"""
from __future__ import annotations

import pytest

from helpers import analyze_text


def pairs(text: str) -> set[tuple[str, str]]:
    st = analyze_text(text, plain=True).stances
    return set(zip(st["source"], st["target"]))


@pytest.mark.parametrize("sentence, source, target", [
    # a bid for a firm rejected: a business decision (a takeover word in the object)
    ("The board of Vodafone rejected a takeover offer from Telefonica on Monday.", "Vodafone", "Telefonica"),
    # an industry named as a whole is no actor ('a critic of Wall Street')
    ("Elizabeth Warren is a fierce critic of Wall Street.", "Elizabeth Warren", "Wall Street"),
    ("Elizabeth Warren has railed against Wall Street for years.", "Elizabeth Warren", "Wall Street"),
    # one holder of a seat in a legislature is not his party ('MP' parsed as a name) ...
    ("A Conservative MP criticised Defra over the delays.", "Conservative Party", "Defra"),
    ("The Labour MP for Leeds, John Smith, criticised Tony Blair.", "Labour Party", "Tony Blair"),
    # ... nor his country
    ("A Democratic U.S. senator asked Niantic to clarify its policy.", "United States", "Niantic"),
    # an evaluative word inside a name is no epithet
    ('"We are proud of the Dangerous Animal Response Team," said Mayor John Cranley.',
     "John Cranley", "Dangerous Animal Response Team"),
    # support qualified as what is given is an act or a service, not a side stated
    ("Ruth Kelly said she receives spiritual support from Opus Dei.", "Opus Dei", "Ruth Kelly"),
])
def test_no_edge(sentence, source, target):
    assert (source, target) not in pairs(sentence)


@pytest.mark.parametrize("sentence, source, target", [
    # an offer of talks between states is no bid for a firm
    ("Barack Obama rejected Vladimir Putin's offer of talks.", "Barack Obama", "Vladimir Putin"),
    # a named firm is an actor
    ("Elizabeth Warren criticized Goldman Sachs for its bonuses.", "Elizabeth Warren", "Goldman Sachs"),
    # a named MP or senator keeps the edge; an ambassador still speaks for his country
    ("Conservative MP Boris Johnson criticised Tony Blair.", "Boris Johnson", "Tony Blair"),
    ("Democratic Senator Ron Wyden criticised Apple.", "Ron Wyden", "Apple"),
    ("The U.S. ambassador criticised Russia.", "United States", "Russia"),
    # a nickname before a person's name is one
    ('"Corrupt Hillary Clinton will lose," Donald Trump said.', "Donald Trump", "Hillary Clinton"),
    ("Ruth Kelly said she receives the support of Opus Dei.", "Opus Dei", "Ruth Kelly"),
])
def test_edge_kept(sentence, source, target):
    assert (source, target) in pairs(sentence)
