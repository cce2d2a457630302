"""Actors, issue 13 section 3 (helper "country"): persons' countries from evidence, each class with
sentences written for it."""
from __future__ import annotations

import pytest

from helpers import analyze_text


def countries(text: str) -> dict[str, str | None]:
    """Each person actor and its country."""
    m = analyze_text(text, plain=True).mentions
    p = m[m["actor_type"] == "person"]
    return dict(zip(p["actor"], p["country"]))


@pytest.mark.parametrize("text, person", [
    ("US Open champion Marat Safin lost in the second round on Tuesday.", "Marat Safin"),
    ("Australian Open winner Maria Kovac will play in Paris next week.", "Maria Kovac"),
    ("The French Open semi-finalist Tomas Berdych was beaten by a qualifier.", "Tomas Berdych"),
])
def test_a_competitions_name_gives_no_country(text, person):
    assert countries(text).get(person, "missing") is None


@pytest.mark.parametrize("text, person, country", [
    ("Agassi lost to fellow American Andy Roddick on Sunday.", "Andy Roddick", "USA"),
    ("Henman beat fellow Briton Greg Rusedski in straight sets.", "Greg Rusedski", "GBR"),
])
def test_fellow_and_a_nationality_gives_the_country(text, person, country):
    assert countries(text).get(person) == country


@pytest.mark.parametrize("text, person, country", [
    ("Iran's president, Mohammad Khatami, said talks would continue.", "Mohammad Khatami", "IRN"),
    ("Britain's foreign secretary, Jack Straw, flew to Washington on Monday.", "Jack Straw", "GBR"),
])
def test_a_role_apposed_before_the_name_gives_the_country(text, person, country):
    assert countries(text).get(person) == country


@pytest.mark.parametrize("text, person, country", [
    ("Tim Henman reached the final on Sunday. The Briton beat the Swiss champion in three sets.",
     "Tim Henman", "GBR"),
    ("Paula Radcliffe won the race in record time. The Briton said she felt strong.", "Paula Radcliffe", "GBR"),
])
def test_a_lone_nationality_noun_refers_to_the_one_person_named_before(text, person, country):
    assert countries(text).get(person) == country


@pytest.mark.parametrize("text, person", [
    ("Barack Obama spoke in Washington and Paris. The Saudis said the talks went well.", "Barack Obama"),
    ("John Carter met Maria Lopez in Madrid. The Spaniard said the talks went well.", "John Carter"),
])
def test_a_plural_or_two_people_named_give_no_country(text, person):
    assert countries(text).get(person) not in ("SAU", "ESP")


@pytest.mark.parametrize("text, person, country", [
    ("Michel Temer, (a lawyer by training), Brazil's Vice President, said on Monday he would stay.",
     "Michel Temer", "BRA"),
    ("Joe Biden, the U.S. Vice President, said he would run.", "Joe Biden", "USA"),
])
def test_the_appositive_reads_past_an_aside_and_initials(text, person, country):
    assert countries(text).get(person) == country


# The article's country for a person with no phrase of their own: not for a figure of religion or
# myth; an ordinary news story still lends it.
NEWS_STORY = ("The government in London announced new rules for British schools on Monday. {name} said "
              "the plans would help families across England. Ministers in Britain hope the rules will "
              "pass before the summer, and teachers in Manchester welcomed them.")


@pytest.mark.parametrize("name", ["John Hartley", "Susan Marsh"])
def test_a_news_story_still_lends_its_country(name):
    assert countries(NEWS_STORY.format(name=name)).get(name) == "GBR"


@pytest.mark.parametrize("text, person", [
    ("Pope Francis said mass in Ecatepec, Mexico, on Sunday. Families came from across Mexico and the "
     "Mexican bishops thanked them. Jesus taught that wealth can be a danger, he told the crowd in Mexico.",
     "Jesus"),
    ("Worshippers gathered in Cairo, Egypt, on Friday. The clerics said God would judge them, and "
     "Egypt's mosques in Egypt were full.", "God"),
    ("Monks gathered in Kandy, Sri Lanka, on Friday. The abbot said Buddha taught mercy, and the "
     "temples of Sri Lanka were full.", "Buddha"),
])
def test_a_figure_of_religion_takes_no_articles_country(text, person):
    assert countries(text).get(person, "missing") is None
