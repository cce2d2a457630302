"""The scope of a stance cue (what withholds, denies or supposes it) and who its sides are (an unnamed
plural, one member, a spokesman for a body, a role noun and the pronouns after it).

Each sentence is written for these tests. The first list must give no edge between the pair named;
the second keeps the edge, so a rule that swallowed every cue would fail.
"""
from __future__ import annotations

import pytest

from helpers import analyze_text


def pairs(text: str) -> set[tuple[str, str]]:
    st = analyze_text(text, plain=True).stances
    return set(zip(st["source"], st["target"]))


@pytest.mark.parametrize("sentence, source, target", [
    # 'rather than' / 'instead of' with an adverb between
    ("The Mexican government has kept silent for weeks rather than openly challenging Donald Trump's claims.",
     "Mexico", "Donald Trump"),
    # a 'neither ... nor' subject of the clause the cue is a complement of
    ("Neither Angela Merkel nor Francois Hollande has gone as far as David Cameron in criticizing Donald Trump.",
     "Angela Merkel", "Donald Trump"),
    # a modal over an adjective whose complement is the cue
    ("Sheldon Adelson has signalled he may be willing to back Donald Trump.", "Sheldon Adelson", "Donald Trump"),
    # a wish over a bare infinitive ('see X come around to ...')
    ("Many senators would like to see Paul Ryan come around to supporting Donald Trump.", "Paul Ryan", "Donald Trump"),
    # a modal over an indefinite noun and its participle
    ("Bernie Sanders could face a chorus of Democrats urging him to quit the race.", "Democratic Party", "Bernie Sanders"),
    # a refusal noun withholds its complement
    ("Donald Trump said Paul Ryan's refusal to endorse him was a problem.", "Paul Ryan", "Donald Trump"),
    # a prediction under a condition, with the cue in a phrase of the main clause
    ("If things go well, Democrats will reach the convention with Bernie Sanders fully supportive of Hillary Clinton.",
     "Bernie Sanders", "Hillary Clinton"),
    # 'should have' + participle: a past that did not happen, under an infinitive relative
    ("Benjamin Netanyahu said Israel should have been one of the first countries to support Armenia.",
     "Israel", "Armenia"),
    # 'they' after a quantified plural is some members, not the party, nor the nearest name
    ("Some Republicans dislike Donald Trump so much that they are endorsing Hillary Clinton.",
     "Republican Party", "Hillary Clinton"),
    ("Some Republicans dislike Donald Trump so much that they are endorsing Hillary Clinton.",
     "Donald Trump", "Hillary Clinton"),
    # one member of a body is not the body
    ('"We need answers," said a prominent Republican National Committee member who supports Donald Trump.',
     "Republican National Committee", "Donald Trump"),
])
def test_no_stance_between(sentence, source, target):
    assert (source, target) not in pairs(sentence)


@pytest.mark.parametrize("sentence, source, target", [
    ("The Mexican government openly challenged Donald Trump's claims.", "Mexico", "Donald Trump"),
    ("Angela Merkel went as far as David Cameron in criticizing Donald Trump.", "Angela Merkel", "Donald Trump"),
    ("Sheldon Adelson said he is willing to back Donald Trump.", "Sheldon Adelson", "Donald Trump"),
    ("Democrats urged Bernie Sanders to quit the race.", "Democratic Party", "Bernie Sanders"),
    ("Israel was the first country to support Armenia.", "Israel", "Armenia"),
    # a speaker's 'should have' is a reproach of the one who did not ('should have withdrawn the remark')
    ('"Netflix should have disclosed this clearly to its subscribers," said Michael Calabrese.', "Michael Calabrese", "Netflix"),
    ("Kenny and Keith Lucas both said they support Bernie Sanders.", "Keith Lucas", "Bernie Sanders"),
    ("The Republicans said they are endorsing Donald Trump.", "Republican Party", "Donald Trump"),
    ("The Republican National Committee criticized Hillary Clinton on Friday.",
     "Republican National Committee", "Hillary Clinton"),
])
def test_stance_kept(sentence, source, target):
    assert (source, target) in pairs(sentence)


@pytest.mark.parametrize("sentence, name", [
    ("Howard Dean launched Democracy for America, a group that endorsed Bernie Sanders.", "Democracy for America"),
    ("Hundreds of Bikers for Trump rode into Cleveland on Monday.", "Bikers for Trump"),
    ("Americans for Prosperity criticized Hillary Clinton on Tuesday.", "Americans for Prosperity"),
])
def test_a_body_named_for_its_cause_is_one_organisation(sentence, name):
    m = analyze_text(sentence, plain=True).mentions
    row = m[m["actor"] == name]
    assert len(row) == 1 and row["actor_type"].iloc[0] == "organization"
    # its words are not actors of their own: not Donald Trump, not the United States
    assert not ({"Donald Trump", "United States", "Americans"} & set(m["actor"]))


@pytest.mark.parametrize("sentence, name", [
    ("Lawyers for Donald Trump did not reply.", "Lawyers for Donald Trump"),
    ("Representatives for the Palin family could not be reached.", "Representatives for the Palin"),
    ("The summit heard Centers for Disease Control Director Tom Frieden.", "Centers for Disease Control Director Tom Frieden"),
])
def test_not_a_body_named_for_a_cause(sentence, name):
    assert name not in set(analyze_text(sentence, plain=True).mentions["actor"])


def test_cause_body_as_source():
    assert ("Democracy for America", "Bernie Sanders") in pairs(
        "Howard Dean launched Democracy for America, a group that endorsed Bernie Sanders.")


def test_a_verb_joined_to_a_reported_clause_is_the_speakers():
    found = pairs("John Kasich spoke on Monday. Hillary Clinton said Trump is responsible for the violence "
                  "and accused him of inciting it.")
    assert ("Hillary Clinton", "Trump") in found
    assert ("Trump", "John Kasich") not in found


def test_a_first_name_outweighs_a_pronoun_that_follows_the_name():
    # 'He' right after 'Hillary Clinton' is someone else: her first name says so
    m = analyze_text("Hillary Clinton won the vote in Iowa. He criticized her campaign on Tuesday, "
                     "Bernie Sanders's aides said.", plain=True).mentions
    linked = m[m["via"] == "coref"]
    assert not ((linked["text"] == "He") & (linked["actor"] == "Hillary Clinton")).any()
    assert ((linked["text"] == "her") & (linked["actor"] == "Hillary Clinton")).any()


def test_a_spokesman_for_a_body_speaks_for_it_not_for_another_spokesman():
    found = pairs("Labour spokesman Fraser Kemp spoke first. A spokesman for UKIP called on Damien Hockney to quit.")
    assert ("UK Independence Party", "Damien Hockney") in found
    assert ("Fraser Kemp", "Damien Hockney") not in found


def test_a_role_noun_with_a_party_qualifier_and_the_pronouns_it_governs():
    text = ("Tory leader Michael Howard met voters. Alastair Campbell, a Labour adviser, wrote a book. "
            "He says Tony Blair was never worried. The Tory leader calls that rubbish, arguing that he "
            "has been consistent but critical of Mr Blair's failure to tell the truth.")
    m = analyze_text(text, plain=True).mentions
    assert ((m["text"] == "The Tory leader") & (m["actor"] == "Michael Howard")).any()
    he = m[(m["via"] == "coref") & (m["text"] == "he")]
    assert not (he["actor"] == "Alastair Campbell").any()
    found = pairs(text)
    assert ("Michael Howard", "Tony Blair") in found
    assert ("Alastair Campbell", "Tony Blair") not in found


def test_a_party_qualifier_keeps_the_other_partys_leader_apart():
    m = analyze_text("Labour leader Tony Blair spoke. Tory leader Michael Howard replied. "
                     "The Labour leader was angry.", plain=True).mentions
    assert ((m["text"] == "The Labour leader") & (m["actor"] == "Tony Blair")).any()


def test_a_pronoun_after_a_surname_and_another_name_does_not_choose_the_surname():
    # 'His' is Comey's, so it says nothing about which Clinton 'Clinton' is; salience does
    text = ("Hillary Clinton and Bill Clinton campaigned in Ohio. Hillary Clinton spoke twice. James Comey's "
            "decision not to charge anyone helps Clinton's campaign. His criticism of her conduct still stung.")
    m = analyze_text(text, plain=True).mentions
    assert ((m["text"] == "Clinton") & (m["actor"] == "Hillary Clinton")).any()
    assert not (m["actor"] == "Bill Clinton").iloc[4:].any()
    assert ("James Comey", "Hillary Clinton") in pairs(text)


def test_a_role_nouns_quotation_is_not_about_the_speaker():
    m = analyze_text('Tory leader Michael Howard spoke in Bath. The Tory leader went on: "He does not stop '
                     'there. He thinks the culture secretary is weak."', plain=True).mentions
    assert not ((m["text"] == "He") & (m["actor"] == "Michael Howard")).any()


def test_the_prime_minister_is_never_the_deputy_as_a_side():
    found = pairs("Deputy Prime Minister John Prescott spoke. Tory leader Michael Howard accused the prime minister "
                  "of lying.")
    assert ("Michael Howard", "John Prescott") not in found


def test_a_nationalitys_historical_or_social_group_is_not_its_state():
    found = pairs("South African president Thabo Mbeki has attacked British imperialists, saying they treated "
                  "Africans badly.")
    assert ("Thabo Mbeki", "United Kingdom") not in found


@pytest.mark.xfail(reason="the next-pronoun cue for a shared surname is left out when another person of that gender "
                          "is named in the sentence; salience then picks the Cruz named more often", strict=True)
def test_a_surname_subject_followed_by_his_is_the_man_beside_another():
    m = analyze_text("Heidi Cruz campaigned in Iowa. Heidi Cruz spoke at a rally. Donald Trump and Ted Cruz "
                     "argued on Thursday, with Cruz "
                     "calling Trump a coward for threatening his wife.", plain=True).mentions
    assert ((m["text"] == "Cruz") & (m["actor"] == "Ted Cruz")).any()


@pytest.mark.parametrize("sentence, edge", [
    # a prediction of someone else's act, by the narrator or another speaker, is not said to happen
    ("Bernie Sanders will back Hillary Clinton, eventually, a former rival says.", None),
    ("Bernie Sanders will throw his support behind Hillary Clinton, predicted Madeleine Kunin.", None),
    ("Bernie Sanders spoke. He will face stepped-up criticism from Hillary Clinton.", None),
    # a stated intention, by its doer, is
    ("Ted Cruz said he will back Donald Trump.", ("Ted Cruz", "Donald Trump")),
    ('"I will back Donald Trump," Ted Cruz said.', ("Ted Cruz", "Donald Trump")),
])
def test_predictions_and_intentions(sentence, edge):
    found = pairs(sentence)
    assert (edge in found) if edge else not found
