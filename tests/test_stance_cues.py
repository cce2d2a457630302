"""Explicit stance cues the rules used to miss: a demand said with a noun of removal, 'opposed to',
a noun cue that comes 'with' its maker's act, a charge 'from' its maker, a threat 'issued to', a
named object the tagger misread, and a clause the parser read as one name.

Each sentence is written for these tests; each names an edge expected, and a near sentence that
must give none.
"""
from __future__ import annotations

import pytest

from helpers import analyze_text


def edges(text: str) -> set[tuple[str, str, str]]:
    st = analyze_text(text, plain=True).stances
    return set(zip(st["source"], st["target"], st["kind"]))


def pairs(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, t, _ in edges(text)}


@pytest.mark.parametrize("sentence, edge", [
    ("Senator Kelli Ward called for the impeachment of Attorney General Loretta Lynch on Monday.",
     ("Kelli Ward", "Loretta Lynch", "demand")),
    ("Republican leader Mitch McConnell urged the firing of Janet Yellen, the Fed chair.",
     ("Mitch McConnell", "Janet Yellen", "demand")),
    ("Jason Chaffetz pressed for an investigation of Hillary Clinton's emails.",
     ("Jason Chaffetz", "Hillary Clinton", "demand")),
    # a boycott called for, its target after 'of' or named before the noun
    ("Donald Trump spoke in Iowa. Trump called for a boycott of Apple.", ("Donald Trump", "Apple", "demand")),
    ("Donald Trump spoke in Iowa. Trump called for an Apple boycott.", ("Donald Trump", "Apple", "demand")),
])
def test_a_demanded_removal_is_a_demand_of_the_one_removed(sentence, edge):
    assert edge in edges(sentence)


@pytest.mark.parametrize("sentence", [
    "Senator Kelli Ward called for the removal of the Confederate statue on Monday.",  # no actor removed
    "Senator Kelli Ward did not call for the impeachment of Attorney General Loretta Lynch.",  # negated
    "Activists called for the arrest of Bashar al-Assad's soldiers, Jane Smith said.",  # others, unnamed
    "U.S. lawmakers on Thursday called for the resignation of Michigan Governor Rick Snyder.",  # unnamed askers
    "An online petition at Change.org urging the removal of Judge Aaron Persky collected 400,000 clicks.",
    # the name before an inquiry noun is the one who inquires, not its target
    "Senator Ted Cruz called for an FBI investigation of the charity.",
])
def test_no_demand_without_a_named_one_removed(sentence):
    assert not {e for e in edges(sentence) if e[2] == "demand"}


def test_opposed_to_a_named_actor():
    assert ("Daniel Traynor", "Donald Trump", "oppose") in edges(
        "Daniel Traynor said he was adamantly opposed to Donald Trump.")
    assert ("Susan Collins", "Donald Trump", "oppose") in edges(
        "Senator Susan Collins is strongly opposed to Donald Trump's candidacy.")
    assert not pairs("Daniel Traynor said he was opposed to the Iraq war.")
    assert not pairs("Senator Susan Collins is not opposed to Donald Trump.")
    assert not pairs("Senator Susan Collins would be opposed to Donald Trump.")


def test_a_criticism_that_comes_with_its_makers_act():
    assert ("Donald Trump", "Hillary Clinton") in pairs(
        "Donald Trump rallied Republicans to his cause with sharp attacks on Hillary Clinton.")
    # met with criticism: the subject receives it, and a 'from' names who made it
    assert ("Donald Trump", "Jeb Bush") not in pairs("Donald Trump was met with sharp attacks from Jeb Bush.")


def test_a_charge_from_someone_that_another_did_it():
    assert ("Ivana Trump", "Donald Trump", "accuse") in edges(
        "The biggest bombshell was an allegation from his first wife, Ivana Trump, that Donald Trump had "
        "cheated on her.")
    # 'that' as a relative pronoun: what Trump made, not what Ivana Trump said he did
    assert ("Ivana Trump", "Donald Trump") not in pairs(
        "The allegation from Ivana Trump that Donald Trump made was repeated.")


def test_a_threat_issued_to_a_named_actor():
    assert ("Justice Department", "Pat McCrory", "threaten") in edges(
        "The Justice Department had issued a threat to both Gov. Pat McCrory and the state of North Carolina "
        "in a letter.")
    assert not pairs("Donald Trump poses a threat to Hillary Clinton in Ohio.")  # a danger, not words


def test_asking_a_name_the_tagger_read_as_a_noun():
    # 'Sanders' tagged as the plural of 'sander'; the asker is the subject of 'seemed'
    assert ("Hillary Clinton", "Bernie Sanders", "demand") in edges(
        "Bernie Sanders spoke on MSNBC. Following Sanders on MSNBC, Hillary Clinton seemed to implore Sanders "
        "to let up on his critiques.")


def test_a_clause_read_as_one_name():
    # 'Trump blasted Disney' parsed as a noun phrase: 'blasted' a modifier of 'Disney'
    assert ("Trump", "Disney") in pairs(
        "In March, Trump blasted Disney for its outrageous practices in requiring 250 Florida workers to train "
        "their replacements.")
    assert ("Trump", "Disney") not in pairs(
        "In March, Trump visited Disney for its new park in Florida with 250 workers.")


@pytest.mark.parametrize("sentence, edge", [
    ("Governor Lena Marsh has also hit Senator Paul Okafor over his votes on trade.",
     ("Lena Marsh", "Paul Okafor", "criticize")),
    ("Congressman Dale Renner hit Mayor Iris Kowalski for raising the city's taxes.",
     ("Dale Renner", "Iris Kowalski", "criticize")),
    ("Senator Paul Okafor said he disagrees with Governor Lena Marsh's stance on trade.",
     ("Paul Okafor", "Lena Marsh", "reject")),
    # words 'against' a named actor, with no particle: spoken, argued, inveighed, testified
    ("Governor Lena Marsh has spoken against Senator Paul Okafor for months.", ("Lena Marsh", "Paul Okafor", "criticize")),
    ("Congressman Dale Renner argued against Mayor Iris Kowalski at the hearing.",
     ("Dale Renner", "Iris Kowalski", "criticize")),
    ("Iris Kowalski testified against Dale Renner in 2015.", ("Iris Kowalski", "Dale Renner", "accuse")),
])
def test_hit_over_and_disagree_with_a_named_actor(sentence, edge):
    assert edge in edges(sentence)


@pytest.mark.parametrize("sentence", [
    "A burglar hit Dale Renner over the head on Tuesday.",  # a blow
    "The storm hit Florida for three days.",  # a time
    "Senator Paul Okafor said he disagrees with the court's ruling on trade.",  # no actor
    "Senator Paul Okafor spoke, and it is hard to disagree with Governor Lena Marsh.",  # no one disagrees
    "Governor Lena Marsh did not speak against Senator Paul Okafor.",  # negated
    "Congressman Dale Renner argued against the plan, Mayor Iris Kowalski said.",  # no actor against
])
def test_no_criticism_from_a_literal_hit_or_an_unsaid_disagreement(sentence):
    assert not {e for e in edges(sentence) if e[2] in ("criticize", "reject")}


# Narrated verbal blows (issue 14): a blow verb, a role noun with its members listed after it, a
# relative clause on what an actor owns, and nouns of a blow aimed 'at' an actor.

@pytest.mark.parametrize("sentence, expected", [
    ("Senator Ted Cruz has used the vote to bludgeon his chief rivals, Donald Trump and Marco Rubio, for weeks.",
     {("Ted Cruz", "Donald Trump"), ("Ted Cruz", "Marco Rubio")}),
    ("Senator Bernie Sanders attacked his rivals, Hillary Clinton and Martin O'Malley, on Monday.",
     {("Bernie Sanders", "Hillary Clinton"), ("Bernie Sanders", "Martin O'Malley")}),
    ("He met John McCain, whose war record Donald Trump famously belittled, on Monday.",
     {("Donald Trump", "John McCain")}),
    ("Hillary Clinton, whose policies Donald Trump has attacked, spoke in Ohio.",
     {("Donald Trump", "Hillary Clinton")}),
    ("Ted Cruz took the stage with a shot at Donald Trump, saying the term was wrong.",
     {("Ted Cruz", "Donald Trump")}),
    ("In a swipe at Donald Trump, Ted Cruz said the term was wrong.", {("Ted Cruz", "Donald Trump")}),
    ("Jeb Bush got in a dig at Donald Trump during the debate.", {("Jeb Bush", "Donald Trump")}),
])
def test_a_narrated_blow_at_a_named_actor(sentence, expected):
    assert expected <= pairs(sentence)


@pytest.mark.parametrize("sentence", [
    "Senator Bernie Sanders met his rivals, Hillary Clinton and Martin O'Malley, on Monday.",  # no cue
    "Hillary Clinton, whose policies Donald Trump has not attacked, spoke in Ohio.",  # negated
    "Marco Rubio had his best shot at the nomination in Florida.",  # a chance, no actor aimed at
    "Ted Cruz took the stage without a shot at Donald Trump.",  # none given
    "The guard was bludgeoned to death by Jim Smith in Ohio.",  # a bodily blow
    "Jim Smith bludgeoned Peter Jones with a hammer.",  # a bodily blow
    "Jim Smith bludgeoned Peter Jones, then fled.",  # a blow, no ground given
    "Donald Trump refrained from criticizing Hillary Clinton on Monday.",  # avoided
    "The Indonesian navy fired shots at a Chinese trawler.",  # gunfire at a thing
    "Jeb Bush got a jab at Donald Trump from the moderator.",  # received, not made
])
def test_no_narrated_blow_without_words_aimed_at_an_actor(sentence):
    assert not pairs(sentence)


def test_an_avoided_blow_is_none():
    assert ("BBC", "Alastair Campbell") not in pairs(
        'Peter Mandelson warned the BBC to steer away from "demonising" Alastair Campbell.')
    assert ("Donald Trump", "Hillary Clinton") not in pairs("Donald Trump shied away from attacking Hillary Clinton.")


@pytest.mark.parametrize("sentence, edge", [
    ("Ted Cruz is protesting Barack Obama over the gun orders.", ("Ted Cruz", "Barack Obama", "criticize")),
    ("Hillary Clinton attacked Bernie Sanders before also ripping Ted Cruz.",
     ("Hillary Clinton", "Ted Cruz", "criticize")),
    ("Donald Trump kept bashing China on trade.", ("Donald Trump", "China", "criticize")),
    ("Ted Cruz is protesting Barack Obama's executive actions on guns.", ("Ted Cruz", "Barack Obama", "criticize")),
    ("Barack Obama rebutted Donald Trump on Wednesday.", ("Barack Obama", "Donald Trump", "reject")),
    ("President Barack Obama and Canadian Prime Minister Justin Trudeau took turns rebutting Donald Trump.",
     ("Justin Trudeau", "Donald Trump", "reject")),
    ("Ted Cruz knocked Donald Trump's statement on Monday.", ("Ted Cruz", "Donald Trump", "criticize")),
])
def test_a_rough_verb_with_a_named_actor_object(sentence, edge):
    assert edge in edges(sentence)


@pytest.mark.parametrize("sentence", [
    "Ted Cruz is protesting the ruling on the gun orders.",  # a decision, not an actor
    "Hundreds of workers protested Monday outside the offices of Ford in Detroit.",  # no object
    "The workers ripped the Ford contract to pieces.",  # a thing
    "Thousands of students marched in Chicago to protest the Vietnam War.",  # a war, not Vietnam
    "Senator Ted Cruz rebutted the claims in a long statement.",  # nobody's claims
    "Senator Ted Cruz and Senator Marco Rubio took turns speaking about Donald Trump.",  # no cue
    "Senator Ted Cruz knocked Senator Marco Rubio out of the race in Texas.",  # another sense
    "Senator Ted Cruz knocked Senator Marco Rubio off the top spot in Iowa.",
])
def test_no_rough_verb_stance_without_a_named_actor_object(sentence):
    assert not pairs(sentence)


# --- helper-103: a feeling against an actor stated in words ('expressed dismay at', 'voiced doubts
# about', 'sounded the alarm about'): the owner of what it is about is the target
@pytest.mark.parametrize("sentence, edge", [
    ("Marvin Roffman expressed doubts about Donald Trump's new casino project.",
     ("Marvin Roffman", "Donald Trump", "criticize")),
    ("Mitt Romney expressed disappointment with Donald Trump's comments on Sunday.",
     ("Mitt Romney", "Donald Trump", "criticize")),
    ("Nancy Pelosi voiced frustration with Paul Ryan over the budget.",
     ("Nancy Pelosi", "Paul Ryan", "criticize")),
    ("Senator Bob Corker sounded the alarm about Barack Obama's Iran deal.",
     ("Bob Corker", "Barack Obama", "criticize")),
])
def test_a_stated_feeling_against_a_named_actor(sentence, edge):
    assert edge in edges(sentence)


@pytest.mark.parametrize("sentence", [
    "Angela Merkel expressed frustration with the slow pace of the talks.",  # no actor
    "Paul Ryan did not express dismay at Donald Trump's remarks.",  # negated
    "Hillary Clinton expressed concern about Bernie Sanders's health.",  # care, not criticism
    "Paul Ryan expressed support for Donald Trump's tax plan.",  # not a bad feeling
])
def test_no_stated_feeling_against_an_actor(sentence):
    assert not {e for e in edges(sentence) if e[2] == "criticize"}
