"""Stances of evaluation: an actor named or described with a judgement word, a criticism noun aimed
through a role in apposition, a criticism another echoes, and groups that run 'anti-X' messages.

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
    # judgement words of evaluative.csv in a naming verb's complement
    ('Mitt Romney, who has called Donald Trump "a psychopath," spoke in Utah.', ("Mitt Romney", "Donald Trump")),
    ('Nancy Pelosi called Paul Ryan\'s remarks "racially toxic" on Tuesday.', ("Nancy Pelosi", "Paul Ryan")),
    ('Elizabeth Warren said Jeb Bush had been careless, and she called his conduct "imprudent."',
     ("Elizabeth Warren", "Jeb Bush")),
    # a passive naming verb with its 'by' agent; a describing verb with 'as'
    ("Hillary Clinton was called a liar by Donald Trump.", ("Donald Trump", "Hillary Clinton")),
    ("Bernie Sanders spoke in Iowa. Hillary Clinton has painted Bernie Sanders as a reckless dreamer.",
     ("Hillary Clinton", "Bernie Sanders")),
    ("Paul Ryan spoke on Monday. Nancy Pelosi characterized Paul Ryan's budget as reckless.",
     ("Nancy Pelosi", "Paul Ryan")),
    # 'portrayed' with 'as': a description, not a role played (the name stays an actor), and the
    # parse that hangs 'as' from the adjective
    ("Donald Trump spoke in Ohio. Sara Jones portrayed Donald Trump as dishonest.", ("Sara Jones", "Donald Trump")),
    ("Donald Trump spoke in Ohio. John O'Donnell portrayed Donald Trump as a crude bully.",
     ("John O'Donnell", "Donald Trump")),
    # a criticism noun aimed at a role with the name in apposition
    ("Donald Trump's criticism of the judge, Gonzalo Curiel, drew rebukes from Republicans.",
     ("Donald Trump", "Gonzalo Curiel")),
    # a criticism echoed by another speaker
    ("Senator Jeff Flake, who echoed Paul Ryan's denunciation of Donald Trump's comments, spoke.",
     ("Jeff Flake", "Donald Trump")),
    ("Ted Cruz shared Marco Rubio's criticism of Donald Trump.", ("Ted Cruz", "Donald Trump")),
    # 'critique' as a verb
    ("Hillary Clinton has returned to critiquing Bernie Sanders over his votes.", ("Hillary Clinton", "Bernie Sanders")),
])
def test_evaluative_edge(text, edge):
    assert edge in negative(text)


@pytest.mark.parametrize("text, edge", [
    # a naming verb whose complement judges nothing
    ('Mitt Romney, who has called Donald Trump "a businessman," spoke in Utah.', ("Mitt Romney", "Donald Trump")),
    # a passive without a 'by' agent names no source; a good description is no criticism
    ("Hillary Clinton was called a liar by many voters.", ("Donald Trump", "Hillary Clinton")),
    ("Bernie Sanders spoke in Iowa. Hillary Clinton has painted Bernie Sanders as a careful partner.",
     ("Hillary Clinton", "Bernie Sanders")),
    ("Bernie Sanders spoke in Iowa. Hillary Clinton did not paint Bernie Sanders as reckless.",
     ("Hillary Clinton", "Bernie Sanders")),
    # an echo negated, and an echo of praise
    ("Ted Cruz did not share Marco Rubio's criticism of Donald Trump.", ("Ted Cruz", "Donald Trump")),
    ("Ted Cruz shared Marco Rubio's praise of Donald Trump.", ("Ted Cruz", "Donald Trump")),
])
def test_no_evaluative_edge(text, edge):
    assert edge not in negative(text)


def test_anti_messages_of_a_named_group():
    text = ("Donald Trump won the Nevada caucuses. The Club for Growth, a conservative group, launched "
            "a trio of anti-Trump ads in Florida last week.")
    assert ("Club for Growth", "Donald Trump") in negative(text)


def test_anti_words_without_a_named_maker():
    assert not negative("Donald Trump won the Nevada caucuses. Police arrested anti-Trump protesters in Chicago.")
    assert ("Facebook", "Donald Trump") not in negative(
        "Donald Trump won the Nevada caucuses. Facebook removed anti-Trump ads from its website.")
    assert ("Club for Growth", "Donald Trump") not in negative(
        "Donald Trump won the Nevada caucuses. The Club for Growth may run anti-Trump ads in Florida.")


def test_anti_group_in_apposition():
    text = "Donald Trump won the Nevada caucuses. The Club for Growth, an anti-Trump group, spent millions in Florida."
    assert ("Club for Growth", "Donald Trump") in negative(text)


def test_describing_a_pronoun_named_in_its_sentence_only():
    assert ("Hillary Clinton", "Donald Trump") in negative(
        "Donald Trump pushes back against his rival Hillary Clinton casting him as sexist.")
    # a pronoun linked across sentences is left out: the last subject is often not the one meant
    assert not {("Ted Cruz", "Chris Christie"), ("Ted Cruz", "Marco Rubio")} & negative(
        "Marco Rubio spoke in Iowa. Chris Christie has mocked Marco Rubio's record. And Ted Cruz has cast him as weak.")


def test_a_complement_the_parser_hangs_inside_the_object_phrase():
    # the small English model reads "Khan unfair" as one noun phrase: the closing adjective is
    # still the naming verb's complement, and the attack's owner its target
    text = "Lindsey Graham called Donald Trump's attack on Khizr Khan unfair."
    assert ("Lindsey Graham", "Donald Trump") in negative(text)
    assert ("Lindsey Graham", "Khizr Khan") not in negative(text)


def test_a_closing_adjective_that_is_no_judgement_gives_no_edge():
    text = "Lindsey Graham called Donald Trump's attack on Khizr Khan typical."
    assert ("Lindsey Graham", "Donald Trump") not in negative(text)


@pytest.mark.parametrize("text, edge", [
    # a quoted judging word the parser hangs inside the object phrase, tagged a noun
    ('Senator Mark Dalton called Governor Ruth Baxter\'s remarks on Monday "vulgar."', ("Mark Dalton", "Ruth Baxter")),
    # the object and its judging word read as one complement noun phrase
    ('Stuart Lenz called Ruth Baxter\'s statements and actions on Sunday "childish."', ("Stuart Lenz", "Ruth Baxter")),
    # a text its author puts out names the judgement: 'issued a statement calling ...'
    ("Senator Mark Dalton issued a statement calling Governor Ruth Baxter unfit for office.", ("Mark Dalton", "Ruth Baxter")),
    ("The Dalton campaign said Senator Mark Dalton released an ad calling Ruth Baxter a liar.", ("Mark Dalton", "Ruth Baxter")),
])
def test_naming_in_a_merged_phrase_or_a_published_text(text, edge):
    assert edge in negative(text)


@pytest.mark.parametrize("text, edge", [
    # a quoted word that judges nothing; the speaker's own remarks
    ('Senator Mark Dalton called Governor Ruth Baxter\'s remarks on Monday "typical."', ("Mark Dalton", "Ruth Baxter")),
    # the text criticized, not put out; a text not put out
    ("Senator Mark Dalton criticized a statement calling Governor Ruth Baxter unfit.", ("Mark Dalton", "Ruth Baxter")),
    ("Senator Mark Dalton did not issue a statement calling Governor Ruth Baxter unfit.", ("Mark Dalton", "Ruth Baxter")),
])
def test_no_naming_in_a_merged_phrase_or_a_published_text(text, edge):
    assert edge not in negative(text)


def test_it_standing_for_a_that_clause_judges_its_subject():
    # 'called it "dangerous" that X ...': the judgement is of X, not of the thing 'it' would be
    lead = "France was attacked on Friday. "
    text = lead + 'Ruth Baxter released a radio ad calling it "dangerous" that Mark Dalton "has no strategy."'
    assert ("Ruth Baxter", "Mark Dalton") in negative(text)
    assert ("Ruth Baxter", "France") not in negative(text)
    assert ("Ruth Baxter", "France") not in negative(lead + "Ruth Baxter called it dangerous that the plan has no strategy.")


# --- helper-103: a one-word name the parser hangs from the naming verb's complement noun
# ('called [Trump a "psychopath"]': 'Trump' an nmod of 'psychopath') is the verb's object
@pytest.mark.parametrize("text, edge", [
    ('Donald Trump spoke in Ohio. David Plouffe, who called Trump "a psychopath" on Sunday, spoke.',
     ("David Plouffe", "Donald Trump")),
    ("Donald Trump spoke in Ohio. Elizabeth Warren called Trump a loser in a tweet.",
     ("Elizabeth Warren", "Donald Trump")),
    ("Donald Trump spoke in Ohio. Marco Rubio called Trump a con artist.", ("Marco Rubio", "Donald Trump")),
    ("Donald Trump spoke in Iowa. Mitt Romney, the 2012 Republican presidential nominee, called Trump a phony "
     "and a fraud who was playing American voters.", ("Mitt Romney", "Donald Trump")),
])
def test_a_name_merged_into_the_naming_complement(text, edge):
    assert edge in negative(text)


@pytest.mark.parametrize("text, edge", [
    # a complement that judges nothing; negated; a name inside the complement phrase
    ("Donald Trump spoke in Ohio. Elizabeth Warren called Trump a friend in a tweet.",
     ("Elizabeth Warren", "Donald Trump")),
    ("Donald Trump spoke in Ohio. Elizabeth Warren did not call Trump a loser.", ("Elizabeth Warren", "Donald Trump")),
    ("Donald Trump spoke in Ohio. Elizabeth Warren called the Trump effect a surprise.",
     ("Elizabeth Warren", "Donald Trump")),
    ("Donald Trump spoke in Iowa. Mitt Romney, the 2012 Republican presidential nominee, called Trump a friend "
     "and a partner.", ("Mitt Romney", "Donald Trump")),
])
def test_no_edge_for_a_name_inside_a_plain_complement(text, edge):
    assert edge not in negative(text)


@pytest.mark.parametrize("text, edge", [
    # an adversary named: 'foe', 'enemy', 'adversary' are judgements of the one so called
    ('Mitt Romney called Russia "our No. 1 geopolitical foe."', ("Mitt Romney", "Russia")),
    ('"Russia is our greatest adversary," Mitt Romney said.', ("Mitt Romney", "Russia")),
    # a definite judgement identified with a name: the name comes after 'is'
    ("Marco Rubio spoke in Iowa. Rubio said the real extremist on abortion is Hillary Clinton.",
     ("Marco Rubio", "Hillary Clinton")),
    ('"The biggest liar in this race is Hillary Clinton," Donald Trump said.', ("Donald Trump", "Hillary Clinton")),
    # a plural predicate noun read by its lemma
    ('"On abortion, the Democrats are extremists," Marco Rubio said.', ("Marco Rubio", "Democratic Party")),
])
def test_judgement_nouns_and_their_forms(text, edge):
    assert edge in negative(text)


@pytest.mark.parametrize("text, edge", [
    # a predicate noun denied by 'no' judges no one
    ('"He is no enemy of mine," Donald Trump said of Ted Cruz.', ("Donald Trump", "Ted Cruz")),
    ('"Hillary Clinton is no liar," Bernie Sanders said.', ("Bernie Sanders", "Hillary Clinton")),
    # an identity that is no judgement; a judgement asked about
    ('"The real victim is Hillary Clinton," Bernie Sanders said.', ("Bernie Sanders", "Hillary Clinton")),
    ('"Is the biggest liar Hillary Clinton?" Donald Trump asked.', ("Donald Trump", "Hillary Clinton")),
])
def test_judgement_nouns_denied_or_absent(text, edge):
    assert edge not in negative(text)


@pytest.mark.parametrize("text", [
    "Donald Trump won the Nevada caucuses. Ted Cruz ran an attack ad against Donald Trump.",
    "Donald Trump won the Nevada caucuses. Ted Cruz's negative ad about Donald Trump's record aired in Iowa.",
])
def test_an_attack_message_run_by_a_named_actor(text):
    assert ("Ted Cruz", "Donald Trump") in negative(text)


@pytest.mark.parametrize("text", [
    "Donald Trump won the Nevada caucuses. A super PAC aired an attack ad against Donald Trump.",  # unnamed maker
    "Donald Trump won the Nevada caucuses. Ted Cruz will not run an attack ad against Donald Trump.",  # negated
    "Donald Trump won the Nevada caucuses. Ted Cruz ran an ad about Donald Trump's record.",  # no attack
])
def test_no_attack_message_edge_without_a_named_maker_or_an_attack(text):
    assert ("Ted Cruz", "Donald Trump") not in negative(text)


@pytest.mark.parametrize("text", [
    "James Comey laid out an extended record of misconduct by Hillary Clinton.",
    "Hillary Clinton spoke in Ohio. James Comey highlighted Hillary Clinton's reckless handling of classified email.",
    "Hillary Clinton spoke in Ohio. James Comey pointed to Hillary Clinton's mistakes.",
])
def test_a_narrated_actor_pointing_out_anothers_faults(text):
    assert ("James Comey", "Hillary Clinton") in negative(text)


@pytest.mark.parametrize("text", [
    "Hillary Clinton spoke in Ohio. James Comey did not cite Hillary Clinton's mistakes.",  # negated
    "Hillary Clinton spoke in Ohio. James Comey cited Hillary Clinton's plan on trade.",  # no fault
    "Hillary Clinton spoke in Ohio. James Comey said he might cite Hillary Clinton's mistakes.",  # hypothetical
])
def test_no_narrated_fault_when_denied_or_faultless(text):
    assert ("James Comey", "Hillary Clinton") not in negative(text)


@pytest.mark.parametrize("text, edge", [
    ("Carly Fiorina spoke in Iowa. Donald Trump's disparaging remarks about Carly Fiorina drew boos.",
     ("Donald Trump", "Carly Fiorina")),
    ("Ted Cruz's scathing statement on Donald Trump was posted on Monday.", ("Ted Cruz", "Donald Trump")),
    ("The harsh remarks from Donald Trump about Ted Cruz surprised voters.", ("Donald Trump", "Ted Cruz")),
])
def test_words_of_a_critical_tone_aimed_at_an_actor(text, edge):
    assert edge in negative(text)


@pytest.mark.parametrize("text", [
    "Ted Cruz spoke in Iowa. Donald Trump's remarks about Ted Cruz drew boos.",  # no critical tone
    "Ted Cruz spoke in Iowa. Harsh words about Ted Cruz filled the hall.",  # no named maker
    "Ted Cruz spoke in Iowa. Donald Trump's harsh remarks about his own campaign surprised voters.",
])
def test_no_toned_words_edge_without_tone_maker_or_other_target(text):
    assert ("Donald Trump", "Ted Cruz") not in negative(text)


@pytest.mark.parametrize("text", [
    "Bernie Sanders' argument that Hillary Clinton is unfit for office drew applause.",
    "Democrats rejected the conclusion by Bernie Sanders that Hillary Clinton was careless.",
])
def test_a_named_holders_view_noun_with_a_judgement(text):
    assert ("Bernie Sanders", "Hillary Clinton") in negative(text)


@pytest.mark.parametrize("text", [
    "Bernie Sanders spoke. The conclusion that Hillary Clinton was careless angered Democrats.",  # no holder
    "Bernie Sanders' argument that Hillary Clinton is not unfit for office drew applause.",  # denied
])
def test_no_view_noun_edge_without_holder_or_with_denial(text):
    assert ("Bernie Sanders", "Hillary Clinton") not in negative(text)


@pytest.mark.parametrize("text", [
    'Marco Rubio spoke in Iowa. "Barack Obama is to blame," Marco Rubio said.',
    "Marco Rubio said President Barack Obama is to blame for the crisis.",
])
def test_to_blame_said_by_a_speaker_blames_its_subject(text):
    st = analyze_text(text, plain=True).stances
    edges = set(zip(st["source"], st["target"]))
    assert ("Marco Rubio", "Barack Obama") in edges
    assert ("Barack Obama", "Marco Rubio") not in edges  # the one to blame does not blame


def test_not_to_blame_blames_no_one():
    assert not negative('Marco Rubio spoke in Iowa. "Barack Obama is not to blame," Marco Rubio said.')
