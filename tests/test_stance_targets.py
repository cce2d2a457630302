"""Stance targets and sources the parse hides: the named author of a criticized thing given by a
participle's 'by' agent, and every name of a list of sources the parser hung as an apposition or
as a second subject.

Sentences are written for these tests; each rule has a sentence with the edge and a similar one
without it.
"""
from __future__ import annotations

import pytest

from helpers import analyze_text


def negative(text: str) -> set[tuple[str, str]]:
    st = analyze_text(text, plain=True).stances
    return {(s, t) for s, t, p in zip(st["source"], st["target"], st["polarity"]) if p < 0}


@pytest.mark.parametrize("text, edge", [
    # the 'by' agent of an authoring participle on the object owns the thing criticized
    ("Jeb Bush spoke in Ohio. Bush condemned the trade pact negotiated by Barack Obama.", ("Jeb Bush", "Barack Obama")),
    ("Mitt Romney spoke on Monday. He lambasted the Syria policy pursued by Barack Obama.",
     ("Mitt Romney", "Barack Obama")),
])
def test_authoring_participle_agent_is_target(text, edge):
    assert edge in negative(text)


@pytest.mark.parametrize("text, edge", [
    # a participle of receiving or reporting: its agent does not own the thing
    ("Jeb Bush spoke in Ohio. Bush condemned the trade pact reported by Barack Obama.", ("Jeb Bush", "Barack Obama")),
    ("Mitt Romney spoke on Monday. He lambasted the film watched by Barack Obama.", ("Mitt Romney", "Barack Obama")),
])
def test_other_participle_agent_is_not_target(text, edge):
    assert edge not in negative(text)


@pytest.mark.parametrize("source", ["Susan Collins", "Lisa Murkowski", "Rob Portman"])
def test_listed_sources_each_speak(source):
    # 'Murkowski' parsed as Collins's appositive, 'Portman' as its conjunct: a list of three sources
    text = "Donald Trump spoke on Monday. Susan Collins, Lisa Murkowski and Rob Portman have denounced Donald Trump's remarks."
    assert (source, "Donald Trump") in negative(text)


@pytest.mark.parametrize("source", ["Susan Collins", "Lisa Murkowski", "Rob Portman"])
def test_sources_named_after_including_each_speak(source):
    text = ("Donald Trump spoke on Monday. Several Republican senators, including Sens. Susan Collins (Maine), "
            "Lisa Murkowski (Alaska) and Rob Portman (Ohio) have since denounced Donald Trump's remarks.")
    assert (source, "Donald Trump") in negative(text)


def test_name_with_role_in_apposition_is_one_source():
    # 'Collins, the Maine senator,' is one person: no list, and the senator's state is no source
    text = "Donald Trump spoke on Monday. Susan Collins, the Maine senator, denounced Donald Trump's remarks."
    assert negative(text) == {("Susan Collins", "Donald Trump")}


def test_treaty_named_for_a_city_has_no_owner():
    # the city names where the treaty was made: no stance toward France (but France's own plan is France's)
    assert ("Ted Cruz", "France") not in negative("Ted Cruz spoke in Iowa. Ted Cruz criticized the Paris agreement.")
    assert ("Ted Cruz", "France") in negative("Ted Cruz spoke in Iowa. Ted Cruz criticized France's plan.")


@pytest.mark.parametrize("text, not_edge", [
    # a thing after the last organisation is what a non-subject 'it' stands for
    ("Xi told Obama that China opposed the deployment. China says the radar system would see deep into its "
     "territory. Russia opposes it as well.", ("Russia", "China")),
    ("Poland has rejected the proposal and Germany's main parties have opposed it.", ("Germany", "Poland")),
])
def test_it_after_a_thing_is_the_thing_not_the_organisation(text, not_edge):
    """helper-101: a singular thing with 'the' (or an owner) as a subject or object after the last
    organisation or country, before a non-subject 'it', may be what 'it' stands for: unclear."""
    assert not_edge not in negative(text)


@pytest.mark.parametrize("text, edge", [
    # a subject 'it' goes on with the main subject, past a thing in a clause inside it
    ("Apple said on Tuesday that the court order was unconstitutional. It accused the Justice Department of "
     "overreach.", ("Apple", "Justice Department")),
    # a body's own description is no rival ('the company', 'the ministry')
    ("Siemens sued Alstom in March. The company said Alstom had copied its designs, and it accused Alstom of "
     "theft.", ("Siemens", "Alstom")),
])
def test_it_still_goes_back_to_the_organisation(text, edge):
    assert edge in negative(text)


def test_it_for_a_thing_the_organisation_owns_stays_the_owner():
    """helper-101: 'it' for 'the Senate version' of a bill is a stance toward its owner."""
    found = negative("The Senate passed a bill on Monday. The House will send the Senate version of the bill to the "
                     "White House, where Barack Obama has promised to veto it.")
    assert ("Barack Obama", "Senate") in found
