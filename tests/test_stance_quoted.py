"""Judgements a named speaker makes in a quote or reported speech with no stance verb (issue 14):
a good quality denied of an actor, a bad feeling stated toward an actor in the first person, and a
first-person refusal to support, vote for or trust an actor.

Each sentence is written for these tests; each rule has a sentence with the edge expected and a
similar one that must give none.
"""
from __future__ import annotations

import pytest

from helpers import analyze_text

LEAD = "Governor Tom Baxter spoke in Ohio on Monday. "


def edges(text: str) -> set[tuple[str, str, str]]:
    st = analyze_text(text, plain=True, published="2016-05-01").stances
    return set(zip(st["source"], st["target"], st["kind"]))


def confidences(text: str) -> list[float]:
    return list(analyze_text(text, plain=True, published="2016-05-01").stances["confidence"])


@pytest.mark.parametrize("sentence, kind", [
    # a good quality denied of an actor: lacks, has not shown, has no
    ("“Tom Baxter lacks the judgment to be president,” Senator Mary Holden said.", "criticize"),
    ("Senator Mary Holden said that Tom Baxter lacks the integrity and temperament to serve.", "criticize"),
    ("“Tom Baxter has not shown the temperament needed to lead,” Senator Mary Holden said.", "criticize"),
    ("Senator Mary Holden argued that Baxter's handling of the budget did not show good judgment.", "criticize"),
    # a bad feeling stated in the first person toward an actor
    ("“I am disappointed in Tom Baxter,” Senator Mary Holden said.", "criticize"),
    ("“We are frustrated with Governor Baxter,” Senator Mary Holden said.", "criticize"),
    ("“I’m tired of Tom Baxter’s excuses,” Senator Mary Holden said.", "criticize"),
    # a first-person refusal; under a condition it is a stated threat
    ("“I don’t trust Tom Baxter on taxes,” Senator Mary Holden said.", "criticize"),
    ("“I will not vote for Tom Baxter,” Senator Mary Holden said.", "oppose"),
    ("“I cannot support Tom Baxter,” Senator Mary Holden said.", "oppose"),
    ("“If Tom Baxter stays in the race, I will not vote for him,” Senator Mary Holden said.", "threaten"),
])
def test_found(sentence, kind):
    assert ("Mary Holden", "Tom Baxter", kind) in edges(LEAD + sentence)


@pytest.mark.parametrize("sentence", [
    # the quality granted, the speaker's doubt, the speaker's own lack, a thing, a modal
    "“Tom Baxter does not lack courage,” Senator Mary Holden said.",
    "Senator Mary Holden said that she does not think Tom Baxter lacks the integrity to serve.",
    "“I lack the experience Tom Baxter has,” Senator Mary Holden said.",
    "“Tom Baxter may lack the experience,” Senator Mary Holden said.",
    "“Tom Baxter had no right to say that,” Senator Mary Holden said.",
    # a feeling negated, about a thing, or someone else's
    "“I am not disappointed in Tom Baxter,” Senator Mary Holden said.",
    "“I was upset about the weather,” Senator Mary Holden said of Tom Baxter's visit.",
    "“Tom Baxter is angry with the mayor,” Senator Mary Holden said.",
    # trust affirmed; a refusal inside a title the speaker cites is its author's
    "“I trust Tom Baxter on taxes,” Senator Mary Holden said.",
    "“Jim Cole wrote a column titled ‘I Will Not Vote for Tom Baxter’ last week,” Senator Mary Holden said.",
])
def test_not_found(sentence):
    assert not {e for e in edges(LEAD + sentence) if e[:2] == ("Mary Holden", "Tom Baxter")}


def test_new_edges_pass_the_default_threshold():
    text = LEAD + "“I will not vote for Tom Baxter,” Senator Mary Holden said. " \
                  "“He lacks the judgment to lead,” Holden added."
    assert confidences(text) and min(confidences(text)) > 0.1


# --- helper-56: a comparative or superlative read by its lemma, and a judging modifier of a
# predicate noun ('is the worst governor in Ohio'), and an owner of the judged subject
@pytest.mark.parametrize("sentence, kind", [
    ("“He is much weaker than I expected,” Senator Mary Holden said of Tom Baxter.", "criticize"),
    ("“Tom Baxter is the worst governor in Ohio,” Senator Mary Holden said.", "criticize"),
    ("“Tom Baxter is Ohio's worst governor,” Senator Mary Holden said.", "criticize"),
    ("“Tom Baxter is a reckless governor,” Senator Mary Holden said.", "criticize"),
    ("Senator Mary Holden called Tom Baxter “the worst governor in Ohio history.”", "mock"),
    ("“Tom Baxter's candidacy is a cancer on the party,” Senator Mary Holden said.", "criticize"),
    ("“Tom Baxter is the best governor in Ohio,” Senator Mary Holden said.", "praise"),
])
def test_degree_and_predicate_noun_found(sentence, kind):
    assert ("Mary Holden", "Tom Baxter", kind) in edges(LEAD + sentence)


@pytest.mark.parametrize("sentence", [
    # negated; a trend, not a judgement; a place; the speaker's own side; a question; an idiom
    "“Tom Baxter is not the worst governor in Ohio,” Senator Mary Holden said.",
    "“Tom Baxter is getting weaker in the polls,” Senator Mary Holden said.",
    "“Tom Baxter's Ohio is a dangerous place,” Senator Mary Holden said.",
    "“It was our worst performance, with Tom Baxter watching,” Senator Mary Holden said.",
    "“Whether Tom Baxter is the right governor will be clear later,” Senator Mary Holden said.",
    "“Tom Baxter is doing the best he can,” Senator Mary Holden said.",
])
def test_degree_and_predicate_noun_not_found(sentence):
    assert not {e for e in edges(LEAD + sentence) if e[:2] == ("Mary Holden", "Tom Baxter")}


# --- helper-60: whom a quoted judgement is about when its subject is no name, and judgements held
# with no stance verb (issue 14)
OTHER = "Senator Jim Cole campaigned in Iowa. "


@pytest.mark.parametrize("sentence, kind", [
    # the doer of an extraposed 'for X to' clause
    ("Senator Mary Holden said that it was “totally inappropriate” for Baxter to criticize the judge.", "criticize"),
    ("“It is wrong for Tom Baxter to attack the judge,” Senator Mary Holden said.", "criticize"),
    # 'said of X' names whom a pronoun subject or its possessive stands for
    (OTHER + "“His behavior was deplorable,” Senator Mary Holden said of Tom Baxter.", "criticize"),
    (OTHER + "“He is a disgrace,” Senator Mary Holden said of Tom Baxter.", "criticize"),
    # 'you' in a quote spoken to a named person, or to a name called out at its start
    ("“You're very rude,” Senator Mary Holden told Tom Baxter.", "criticize"),
    ("“Tom, you are a total loser!” Senator Mary Holden wrote.", "criticize"),
    # a first-person view that denies a good quality
    ("“I just don't think he's been completely truthful,” Senator Mary Holden said of Tom Baxter.", "criticize"),
    ("“I don't believe Tom Baxter is honest,” Senator Mary Holden said.", "criticize"),
    # an actor that upsets the speaker
    ("“Both Jim Cole and Tom Baxter scare me,” Senator Mary Holden said.", "criticize"),
    ("“Tom Baxter's comments disgust me,” Senator Mary Holden said.", "criticize"),
    # a view held with no stance verb: agrees, feels, believes that X is something bad
    ("Senator Mary Holden agrees Tom Baxter is a total opportunist.", "criticize"),
    ("Senator Mary Holden feels Baxter is a reckless governor.", "criticize"),
])
def test_found_without_a_name_as_subject(sentence, kind):
    assert ("Mary Holden", "Tom Baxter", kind) in edges(LEAD + sentence)


@pytest.mark.parametrize("sentence", [
    # hypothetical, or no 'for X to' clause
    "“It would be wrong for Tom Baxter to attack the judge,” Senator Mary Holden said.",
    "“It is bad for Ohio,” Senator Mary Holden said of Tom Baxter's plan.",
    # a benefit said of someone is no praise
    "“He's been good for business,” Senator Mary Holden said of Tom Baxter.",
    # a generic 'you'; a view denied; the view of someone unnamed
    "“You can't trust the polls,” Senator Mary Holden told Tom Baxter.",
    "Senator Mary Holden does not think Baxter is unfit.",
    "Many voters think Tom Baxter is unfit.",
    "Senator Mary Holden would find Baxter unfit if he lied.",
    # a first-person view granting the quality; upsetting denied, a thing, or a place
    "“I think Tom Baxter is truthful,” Senator Mary Holden said.",
    "“Tom Baxter doesn't scare me,” Senator Mary Holden said.",
    "“It scares me,” Senator Mary Holden said of Tom Baxter's plan.",
    "“Tom Baxter frightens voters,” Senator Mary Holden said.",
])
def test_not_found_without_a_name_as_subject(sentence):
    assert not {e for e in edges(LEAD + sentence) if e[:2] == ("Mary Holden", "Tom Baxter") and e[2] != "praise"}


# --- helper-75: a fault word on what a named actor owns or puts forward, in a quote with no
# stance verb and not as a predicate (issue 14)
@pytest.mark.parametrize("sentence", [
    "“Tom Baxter’s irresponsible tax cuts will hurt Ohio,” Senator Mary Holden said.",
    "“We need to fix the mistakes made by Tom Baxter,” Senator Mary Holden said.",
    "“Tom Baxter represents a continuation of the same failed policies,” Senator Mary Holden said.",
    "“It is all about Tom Baxter's extreme vision of remaking our state,” Senator Mary Holden said.",
    "Senator Mary Holden said voters were tired of the failures of Tom Baxter.",
    OTHER + "“His reckless budget cuts will hurt schools,” Senator Mary Holden said of Tom Baxter.",
    # a fault pinned on its doer by a relative clause, whatever the main clause's modal
    "“We must overcome the vulgarity Tom Baxter has brought into politics,” Senator Mary Holden said.",
    "“We must fix the mistakes Tom Baxter made,” Senator Mary Holden said.",
    # a character fault owned
    "“Tom Baxter's divisiveness is hurting the party,” Senator Mary Holden said.",
])
def test_fault_of_owner_found(sentence):
    assert ("Mary Holden", "Tom Baxter", "criticize") in edges(LEAD + sentence)


@pytest.mark.parametrize("sentence", [
    # no fault word; the owner's people, not the owner; the speaker's own; asked; a fault denied
    "“Tom Baxter’s tax cuts will help Ohio,” Senator Mary Holden said.",
    "“Tom Baxter's dangerous enemies are everywhere,” Senator Mary Holden said.",
    "“Our failed policies hurt Ohio, and Tom Baxter knows it,” Senator Mary Holden said.",
    "“Is Tom Baxter's plan reckless?” Senator Mary Holden asked.",
    "“Tom Baxter did not make mistakes,” Senator Mary Holden said.",
    # a verb that fights the fault, not one that carries it; the fault is another's
    "“Tom Baxter fought the failed policies for years,” Senator Mary Holden said.",
    "“Tom Baxter fixed the mistakes made by the old board,” Senator Mary Holden said.",
    # a relative clause whose verb does not make the fault, or that is hypothetical or negated
    "“We must fix the mistakes Tom Baxter found,” Senator Mary Holden said.",
    "“We must avoid the mess Tom Baxter would create,” Senator Mary Holden said.",
    "“We must fix the mistakes Tom Baxter never made,” Senator Mary Holden said.",
])
def test_fault_of_owner_not_found(sentence):
    assert not {e for e in edges(LEAD + sentence) if e[:2] == ("Mary Holden", "Tom Baxter") and e[2] != "praise"}


# --- helper-91: judgements of character, manners and competence (evaluative.csv), and plural
# name-calling nouns, said of a named actor in a quote or reported speech
@pytest.mark.parametrize("sentence", [
    "“Tom Baxter is vindictive and boorish,” Senator Mary Holden said.",
    "Senator Mary Holden told reporters that Tom Baxter had been “unserious and amateurish.”",
    "“Tom Baxter and his aides are hypocrites,” Senator Mary Holden said.",
    "Senator Mary Holden described Tom Baxter as vulgar.",
])
def test_character_judgement_found(sentence):
    assert {e for e in edges(LEAD + sentence) if e[:2] == ("Mary Holden", "Tom Baxter") and e[2] in ("criticize", "mock")}


@pytest.mark.parametrize("sentence", [
    # denied; a neutral word left out of the lexicon (a company's liability, a bank's bias)
    "“Tom Baxter is not vindictive,” Senator Mary Holden said.",
    "“Tom Baxter's liability is limited,” Senator Mary Holden said.",
    "“Tom Baxter kept an easing bias,” Senator Mary Holden said.",
])
def test_character_judgement_not_found(sentence):
    assert not {e for e in edges(LEAD + sentence) if e[:2] == ("Mary Holden", "Tom Baxter") and e[2] != "praise"}


# --- helper-103: evaluative forms the tokenizer splits ('thin-skinned', 'con artist'), and a good
# quality denied through the predicate noun ('is not a viable choice')
@pytest.mark.parametrize("sentence", [
    "“Tom Baxter is very thin-skinned,” Senator Mary Holden said.",
    "“He's a con artist,” Senator Mary Holden said of Tom Baxter.",
    "Senator Mary Holden called Tom Baxter a “petulant child” on Tuesday.",
    "“Voters know that Tom Baxter is not a viable choice,” Senator Mary Holden said.",
    "Senator Mary Holden said Tom Baxter is not a trustworthy leader.",
])
def test_split_word_or_denied_noun_quality_found(sentence):
    assert {e for e in edges(LEAD + sentence) if e[:2] == ("Mary Holden", "Tom Baxter") and e[2] in ("criticize", "mock")}


@pytest.mark.parametrize("sentence", [
    # denied, asked, hypothetical, the speaker's own, a thing, the quality affirmed or 'not only'
    "“Tom Baxter is not thin-skinned,” Senator Mary Holden said.",
    "“Is Tom Baxter a con artist?” Senator Mary Holden asked.",
    "“If Tom Baxter were not a viable choice, we would know,” Senator Mary Holden said.",
    "“I am not a viable choice,” Senator Mary Holden said of Tom Baxter's offer.",
    "“Tom Baxter is a viable choice,” Senator Mary Holden said.",
    "“Tom Baxter is not only a viable choice but the best one,” Senator Mary Holden said.",
    "“The thin-skinned tomatoes from Tom Baxter's farm sold well,” Senator Mary Holden said.",
    "“Tom Baxter wants a vote, but it is not a good idea,” Senator Mary Holden said.",
    "“I think that the Baxter committee, going forward, with making rules amendment suggestions is — it is not "
    "a good idea,” Senator Mary Holden said.",
])
def test_split_word_or_denied_noun_quality_not_found(sentence):
    assert not {e for e in edges(LEAD + sentence) if e[:2] == ("Mary Holden", "Tom Baxter") and e[2] != "praise"}


@pytest.mark.parametrize("sentence", [
    "“Is Tom Baxter a liar?” Senator Mary Holden asked.",
    "“Is Tom Baxter dishonest?” Senator Mary Holden asked.",
])
def test_a_judgement_asked_is_not_made(sentence):
    assert not {e for e in edges(LEAD + sentence) if e[:2] == ("Mary Holden", "Tom Baxter")}
