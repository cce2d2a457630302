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


# ---- a subdivision name that many countries' regions share gives its country only with evidence

def _actor_countries(text: str, plain: bool = False) -> dict[str, str | None]:
    """Each actor (any type) and its country."""
    a = analyze_text(text, plain=plain).actors
    return dict(zip(a["name"], a["country"]))


def test_region_word_subdivisions_are_ambiguous_and_named_states_are_not():
    from helpers import lexicon
    ambiguous = lexicon.ambiguous_subdivisions()
    assert {"Midlands", "North", "West Coast", "Upper East", "Western Province", "Gaza", "Red Sea"} <= ambiguous
    assert not {"Texas", "Queensland", "Ontario", "Kent"} & ambiguous


def test_an_english_midlands_story_gives_no_one_zimbabwe():
    found = _actor_countries(
        "Factory closures hit the Midlands\n\nThousands of jobs have been lost across the Midlands this year. "
        "Union leader Tom Baxter said the Midlands needed investment. Midlands MP Sarah Collins called for "
        "action. Baxter said workers in the Midlands felt abandoned.")
    assert "Sarah Collins" in found and "ZWE" not in found.values()


def test_a_zimbabwe_story_keeps_its_midlands_province():
    found = _actor_countries(
        "Drought in Zimbabwe\n\nFarmers in Midlands province say the drought is the worst in years. Provincial "
        "governor Jason Machaya said Zimbabwe needed food aid. Machaya toured the Midlands on Monday. The "
        "Midlands lies at the heart of Zimbabwe.")
    assert found.get("Midlands") == "ZWE" and found.get("Jason Machaya") == "ZWE"


def test_a_state_before_a_title_still_gives_its_country():
    found = _actor_countries("Texas Gov. Greg Abbott said on Monday the state would appeal.", plain=True)
    assert found.get("Greg Abbott") == "USA"


@pytest.mark.parametrize("text, place", [
    # New Zealand's 'West Coast' region, in a story that names no New Zealand
    ("Residents on the West Coast were told to leave. Fire chief Dan Miller said the West Coast faced "
     "its worst week of fires.", "West Coast"),
    # 'Gaza' is also a province of Mozambique: not in a dateline of the Palestinian strip
    ("GAZA, June 3 (Reuters) - Hamas official Ismail Haniyeh said on Monday that the talks had failed. "
     "Haniyeh spoke in Gaza.", "Gaza"),
])
def test_an_ambiguous_subdivision_with_no_other_sign_of_its_country_has_none(text, place):
    found = _actor_countries(text)
    assert place in found and found[place] is None and not {"NZL", "MOZ"} & set(found.values())


# ---------------------------------------------------------------- helper "countries" (blind-sample classes)

def test_a_nationality_opening_a_firms_name_in_an_appositive_is_no_ones_country():
    found = countries("Jobs grew in the US. The US economy is strong and the US Federal Reserve met in "
                      "Washington. \"It looks great,\" said Kurt Mayer, economist at Swiss Re in New York.")
    assert found.get("Kurt Mayer") != "CHE"


@pytest.mark.parametrize("text, person, country", [
    ("Pierre Dubois, the French Foreign Ministry spokesman, said talks went well.", "Pierre Dubois", "FRA"),
    ("Lena Berg, the Swedish trade minister, said exports rose.", "Lena Berg", "SWE"),
])
def test_a_nationality_before_a_countrys_own_body_or_title_still_counts(text, person, country):
    assert countries(text).get(person) == country


def test_a_hyphenated_title_in_an_appositive_reads_the_employers_country():
    found = countries("Nick Palmer, senior vice-president of research at IBM, said computers would be everywhere.")
    assert found.get("Nick Palmer") == "USA"


def test_a_police_chief_is_an_official_of_the_story_country():
    found = countries("Protests flared in California over a shooting by police in the United States. "
                      "Demonstrators called for Police Chief Tom Walsh's ouster. The California governor spoke.")
    assert found.get("Tom Walsh") == "USA"


def test_a_mayors_town_gives_the_country_the_article_names():
    found = countries("\"There is no bad publicity,\" said Atlantic City Mayor Don Harlan in an interview. "
                      "New Jersey lawmakers met in Trenton.")
    assert found.get("Don Harlan") == "USA"


def test_a_mayors_town_abroad_blocks_the_articles_country():
    found = countries("Fans of France cheered in Paris on Sunday. \"There is no bad publicity,\" said "
                      "Atlantic City Mayor Don Harlan in an interview.")
    assert "Don Harlan" in found and found["Don Harlan"] != "FRA"


def test_a_plural_nationality_before_a_list_of_names_is_each_ones():
    found = countries("Top-seeded Americans Andy Roddick and Andre Agassi survived minor scares to reach "
                      "the last eight.")
    assert found.get("Andy Roddick") == "USA" and found.get("Andre Agassi") == "USA"


def test_an_international_bodys_officer_does_not_take_the_articles_country():
    base = ("Germany's economy grew in Berlin. German exports rose and Germany's Bundesbank was pleased. "
            "{} has remained upbeat about the region. German factories hired.")
    assert countries(base.format("ECB President Jean Tremont")).get("Jean Tremont", "missing") is None
    assert countries(base.format("Finance Minister Hans Eichel")).get("Hans Eichel") == "DEU"
    told = countries("Germany's economy grew in Berlin. German exports rose and Germany's Bundesbank was pleased. "
                     "The bank told the UN that Finance Minister Hans Eichel was upbeat. German factories hired.")
    assert told.get("Hans Eichel") == "DEU"


@pytest.mark.parametrize("text, person", [
    ("Mark Ellison, Chief Secretary to the Treasury, is to step down at the election.", "Mark Ellison"),
    ("Jane Holt, a member of the House of Lords, spoke on Monday.", "Jane Holt"),
])
def test_a_role_only_body_after_the_title_of_an_appositive_is_no_evidence(text, person):
    assert countries(text).get(person, "missing") != "USA"


def test_a_role_only_body_before_the_title_of_an_appositive_still_counts():
    assert countries("Ron Baird, the House Speaker, said the bill would pass.").get("Ron Baird") == "USA"


def test_a_state_bureaus_chief_is_an_official_of_the_story_country():
    text = ("China's economy grew 9% in China last year. Chinese exports rose and China's banks lent more. "
            "\"We need a good plan,\" National Bureau of Statistics chief Li Weimin told reporters.")
    assert countries(text).get("Li Weimin") == "CHN"
    world = text.replace("National Bureau of Statistics", "World Anti-Doping Agency")
    assert countries(world).get("Li Weimin", "missing") != "CHN"
