"""Actor types from evidence, issue 13 (helper "types"): a US party-state tag's state, and a
country before a traded commodity as the goods' place of origin. Sentences written for the rules."""
from __future__ import annotations

import pytest

from helpers import analyze_text


def typed(text: str) -> dict[str, str]:
    m = analyze_text(text, plain=True).mentions
    return dict(zip(m["text"], m["actor_type"]))


@pytest.mark.parametrize("text, state, name", [
    ("Rep. Jane Harman, D-Calif, voted against the measure.", "Calif", "Jane Harman"),
    ("Rep. Ted Poe (R-Tex.) said the bill would fail.", "Tex", "Ted Poe"),
    ("Sen. Russ Feingold (D-Wisc.) opposed the plan.", "Wisc", "Russ Feingold"),
    ("Rep. Bob Dole (R-Kans.) and Sen. Lindsey Graham, R-S.C., spoke.", "Kans", "Bob Dole"),
])
def test_party_state_tag_is_the_state(text, state, name):
    t = typed(text)
    assert t.get(state) == "place"
    assert t.get(name) == "person"


@pytest.mark.parametrize("text, surface, actor_type", [
    ("The U.S. wheat crop is larger than last year's.", "U.S.", "place"),
    ("Australian iron ore prices fell for a third week.", "Australian", "place"),
    ("Chilean copper gained on the London market.", "Chilean", "place"),
    # a trade act or an unrelated 'lead' keeps the country
    ("Argentine vegetable oils shipments rose in May.", "Argentine", "country"),
    ("The U.S. lead negotiator said talks would continue.", "U.S.", "country"),
    ("Japan's coal imports rose in March.", "Japan", "country"),
])
def test_country_before_a_commodity_is_its_origin(text, surface, actor_type):
    assert typed(text).get(surface) == actor_type


# issue 13, second pass (helper "types2"): one-word names no person bears, by their form
@pytest.mark.parametrize("text, surface, actor_type", [
    # a plural word after a determiner: a team, a band, a body
    ("BBC Wales understands the Ospreys are interested in the hooker.", "Ospreys", "organization"),
    ("The coach said the Falcons would appeal against the ban.", "Falcons", "organization"),
    # 'the' before one capitalised word: a body, no person
    ("But the Census relies on memory lapses to count people, the report said.", "Census", "organization"),
    ("Simon Jones said the Labs needed about 30m euros to survive the year.", "Labs", "organization"),
    # surnames keep their person: no determiner, a full name before, a noun after
    ("Tony Adams said the club was happy. Adams added that he would stay.", "Adams", "person"),
    ("Mr Jones said the Williams sisters had won again.", "Williams", "person"),
    ("Peter Banks, a trader, said the banks would lose money. Banks added that prices fell.", "Banks", "person"),
])
def test_plural_or_determined_word_is_no_person(text, surface, actor_type):
    assert typed(text).get(surface) == actor_type


@pytest.mark.parametrize("text, surface", [
    ("Communism failed, said Phyllis Schlafly, who fought Communism all her life.", "Communism"),
    ("Thatcherism changed Britain, Mr Brown told reporters.", "Thatcherism"),
    ("Some are worried the plan could be scuppered if, as Tony Blair has said, GCSEs and A-levels stay.", "GCSEs"),
    # the bracketed short form of words in lower case
    ("Police used anti-social behaviour orders (Asbos) last year. Hazel Blears said Asbos work.", "Asbos"),
])
def test_doctrine_or_acronym_plural_is_no_actor(text, surface):
    assert surface not in typed(text)


def test_a_religion_is_no_actor():
    """'insulting Islam': a faith is what believers hold, not an actor (its believers are a group)."""
    c = analyze_text("Hillary Clinton said Donald Trump was insulting Islam and Christianity in his speeches.",
                     plain=True)
    assert not {"Islam", "Christianity"} & set(c.actors["name"])
    assert ("Donald Trump", "Islam") not in set(zip(c.stances["source"], c.stances["target"]))
