"""Precision rules for stance edges (issue 14), from the wrong edges of the politics parts.

Each sentence is written for these tests. Every rule has a case that must lose its wrong edge
and a near sentence that keeps the edge it should give, so a rule that swallowed every cue fails.
"""
from __future__ import annotations

import pytest

from helpers import analyze_text


def edges(text: str) -> set[tuple[str, str, str]]:
    st = analyze_text(text, plain=True).stances
    return set(zip(st["source"], st["target"], st["kind"]))


def pairs(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, t, _ in edges(text)}


@pytest.mark.parametrize("text, source, target", [
    # 'neither ... nor' on the subject of a clause whose complement holds the cue
    ("Neither Tom Harkin nor Rand Paul is inclined to attack Nancy Pelosi.", "Tom Harkin", "Nancy Pelosi"),
    ("Neither Tom Harkin nor Rand Paul is inclined to attack Nancy Pelosi.", "Rand Paul", "Nancy Pelosi"),
    # a relative clause on a count or an unnamed plural: the group, not the nearest name
    ("Clinton is backed by 400 superdelegates compared with 40 who back Bernie Sanders.", "Clinton", "Bernie Sanders"),
    ("Because Obama leads Bernie Sanders, superdelegates who back him would defy the voters, John Podesta said.",
     "John Podesta", "Bernie Sanders"),
    # a critic 'of' someone: the possessor is the critic's own side
    ("Tom Cotton has been one of the Republicans' most outspoken critics of Barack Obama.",
     "Tom Cotton", "Republican Party"),
    # an endorsement turned away is the offerer's, not an endorsement of the offerer
    ("Senator Marco Rubio refused to disavow the endorsement of Sarah Palin on Sunday.", "Marco Rubio", "Sarah Palin"),
    ("Jeb Bush failed to reject the endorsement of Richard Spencer.", "Jeb Bush", "Richard Spencer"),
    # a stance noun that is possible, expected or rumoured has not been made
    ("As rumors spread of the possible Newt Gingrich endorsement of Mitt Romney, Rick Perry kept quiet.",
     "Newt Gingrich", "Mitt Romney"),
    # the verb that would give the stance noun is denied
    ("Robert Mueller said he would not recommend charges against Nancy Pelosi.", "Robert Mueller", "Nancy Pelosi"),
    ("Al Franken is one of the last party figures not to make a formal endorsement of Barack Obama.",
     "Al Franken", "Barack Obama"),
    # 'the first N in X to endorse': the one the copula names, not the name in the rank noun's phrase
    ("Raul Grijalva was the first Democrat in Congress to endorse Bernie Sanders.", "Congress", "Bernie Sanders"),
    # a narrator's prediction through a predicate ('will be merciless in his attacks'), also on a second verb
    ("Donald Trump will dominate the news and will be merciless in his attacks on Hillary Clinton.",
     "Donald Trump", "Hillary Clinton"),
    ("Donald Trump will be merciless in his attacks on Hillary Clinton.", "Donald Trump", "Hillary Clinton"),
    # backing given in dollars is money, not a stance
    ("Peter Thiel, who backed Ron Paul's bid in 2008 with millions of dollars, is a delegate.", "Peter Thiel", "Ron Paul"),
])
def test_no_edge(text, source, target):
    assert (source, target) not in pairs(text)


@pytest.mark.parametrize("text, source, target", [
    ("Tom Harkin is inclined to attack Nancy Pelosi.", "Tom Harkin", "Nancy Pelosi"),
    ("Clinton is backed by 400 superdelegates, and Bernie Sanders is backed by Jeff Weaver.",
     "Jeff Weaver", "Bernie Sanders"),
    ("John McCain, who has much to be proud of, endorsed Donald Trump.", "John McCain", "Donald Trump"),
    ("Tom Cotton has been one of the Republicans' most outspoken critics of Barack Obama.", "Tom Cotton", "Barack Obama"),
    ("Tom Cotton has been one of Barack Obama's most outspoken critics.", "Tom Cotton", "Barack Obama"),
    ("Senator Marco Rubio refused to disavow the endorsement of Sarah Palin on Sunday.", "Sarah Palin", "Marco Rubio"),
    ("Jeb Bush failed to reject the endorsement of Richard Spencer.", "Richard Spencer", "Jeb Bush"),
    ("Marco Rubio rejected the criticism of Sarah Palin on Sunday.", "Marco Rubio", "Sarah Palin"),
    ("Newt Gingrich's endorsement of Mitt Romney surprised Rick Perry.", "Newt Gingrich", "Mitt Romney"),
    ("Robert Mueller said he would recommend charges against Nancy Pelosi.", "Robert Mueller", "Nancy Pelosi"),
    ("Raul Grijalva was the first Democrat in Congress to endorse Bernie Sanders.", "Raul Grijalva", "Bernie Sanders"),
    ("Peter Thiel, who backed Ron Paul's bid in 2008, is a delegate.", "Peter Thiel", "Ron Paul"),
    ("Donald Trump dominated the news and was merciless in his attacks on Hillary Clinton.",
     "Donald Trump", "Hillary Clinton"),
    ("Donald Trump said he will be merciless in his attacks on Hillary Clinton.", "Donald Trump", "Hillary Clinton"),
])
def test_edge_kept(text, source, target):
    assert (source, target) in pairs(text)


def test_no_intention_of_backing_is_withheld():
    """'no intention of backing X' withholds the backing: never a support edge."""
    assert ("Jane Doe", "Nancy Pelosi", "support") not in edges("Jane Doe says she has no intention of backing Nancy Pelosi.")
    assert ("Jane Doe", "Nancy Pelosi", "support") in edges("Jane Doe says she has every intention of backing Nancy Pelosi.")
