"""Actors, issues 13 and 14 (helper-96): organisations named by a capitalised run of words ending in
(or opening with) an organisation's head word, read whole and typed organization. Sentences written
for these tests."""
from __future__ import annotations

import pytest

from helpers import analyze_text


def typed(text: str) -> dict[str, str]:
    """Each actor and its type."""
    m = analyze_text(text, plain=True).mentions
    return dict(zip(m["actor"], m["actor_type"]))


@pytest.mark.parametrize("text, org", [
    ("Liberty Forward PAC, a group backing the governor, spent $2 million on ads.", "Liberty Forward PAC"),
    ("Our Values PAC, a new outfit, said it would run television ads against the senator.", "Our Values PAC"),
    ("The Anti-Poverty League sharply criticised the mayor's budget on Friday.", "Anti-Poverty League"),
    ("The Club for Prosperity attacked the senator in a new ad.", "Club for Prosperity"),
    ("Veterans for Peace Coalition members marched on Saturday, organisers said.", "Veterans for Peace Coalition"),
])
def test_a_capitalised_name_ending_in_an_organisation_head_is_one_organisation(text, org):
    assert typed(text).get(org) == "organization"


def test_a_country_opening_an_organisation_an_appositive_classes_is_part_of_its_name():
    found = typed("America Forward, a liberal advocacy group, called the senator a hypocrite.")
    assert found.get("America Forward") == "organization"
    assert "United States" not in found


@pytest.mark.parametrize("text, org", [
    ("Paul League, a retired teacher from Ohio, said he would vote for the senator.", "Paul League"),
    ("European Council President Donald Tusk criticised the plan.", "European Council President"),
    ("Chelsea won the League Cup final on Sunday.", "League Cup"),
])
def test_no_organisation_from_a_person_a_role_or_a_head_word_alone(text, org):
    found = typed(text)
    assert found.get(org) != "organization"
    assert "Paul League" not in found or found["Paul League"] == "person"


def test_no_organisation_from_a_title_case_headline():
    found = typed("Senators Blast Plan Of Liberty Growth Fund In Fiery Hearing On Tax Reform")
    assert not any(name.endswith("Fund") for name in found)


def test_a_word_after_a_lower_case_prefix_is_no_word_of_the_name():
    found = typed("Voters saw clips paid for by the anti-Grant Our Future PAC last week.")
    assert found.get("Our Future PAC") == "organization"
    assert "Grant Our Future PAC" not in found


def test_two_named_bodies_joined_by_and_stay_two():
    found = typed("She spoke at a convention of the Council of Rural Teachers and Council of City Nurses in May.")
    assert "Council of Rural Teachers and Council of City Nurses" not in found


@pytest.mark.parametrize("text, org", [
    ("The U.S. Chamber of Commerce criticized the senator's trade plan on Tuesday.", "U.S. Chamber of Commerce"),
    ("The governor fired back at the U.S. Chamber of Commerce, calling its report wrong.", "U.S. Chamber of Commerce"),
])
def test_a_chamber_a_country_opens_is_the_chamber_not_the_country(text, org):
    """helper-101: 'Chamber' heads a body's name before 'of' ('U.S. Chamber of Commerce'); the
    dotted 'U.S.' opening it is part of the name, not the United States."""
    found = typed(text)
    assert found.get(org) == "organization"
    assert "United States" not in found


def test_a_country_before_another_body_word_keeps_its_reading():
    found = typed("The U.S. economy grew faster than the chamber of the Senate expected.")
    assert found.get("United States") == "country"
