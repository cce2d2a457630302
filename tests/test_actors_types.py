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


# issue 13, third pass (helper "types"): a name introduced by the noun for its kind of product or
# work, and named nature reserves
@pytest.mark.parametrize("text, name", [
    ("Brenda Vale sold two million copies of her latest album Tidewater. Tidewater topped the chart.",
     "Tidewater"),
    ("Hospitals hit by a ransomware known as LockJaw paid the criminals. LockJaw encrypts files.", "LockJaw"),
    ("Nokia unveiled a new handset dubbed the Zephyr on Monday, and said the Zephyr would ship soon.", "Zephyr"),
    ("Regulators approved the drug Calvexa for adults, and Calvexa will be sold from May.", "Calvexa"),
])
def test_name_after_its_kind_of_product_is_no_actor(text, name):
    assert name not in typed(text)


@pytest.mark.parametrize("text, name, actor_type", [
    # a body's kind, or a person, named the same way stays an actor
    ("Donors gave millions to a super PAC called Priorities Forward, which ran ads in Iowa.", "Priorities Forward",
     "organization"),
    ("The security service MI5 said the threat level would stay high.", "MI5", "organization"),
    ("Singer Maria Lopez said the album was her best. Maria Lopez then left.", "Maria Lopez", "person"),
])
def test_kind_of_body_or_person_keeps_the_actor(text, name, actor_type):
    assert typed(text).get(name) == actor_type


@pytest.mark.parametrize("text, name", [
    ("Rangers at the Wolong Nature Reserve counted the pandas again.", "Wolong Nature Reserve"),
    ("Protesters took over the Malheur National Wildlife Refuge near Burns.", "Malheur National Wildlife Refuge"),
])
def test_named_reserve_or_refuge_is_a_place(text, name):
    assert typed(text).get(name) == "place"


def test_federal_reserve_stays_a_body():
    assert typed("The Federal Reserve raised interest rates on Wednesday.").get("Federal Reserve") == "organization"


@pytest.mark.parametrize("text, word", [
    ("Dana Kirsch, a former army captain, is a lifelong Republican.", "Republican"),
    ("The lobbyist, Vin Mercer, is an influential Democrat and a former congressman.", "Democrat"),
])
def test_party_word_for_a_member_is_no_actor(text, word):
    assert word not in typed(text)


def test_party_word_as_the_party_stays_the_party():
    t = typed("A Republican strategist said the Republican Party would win.")
    assert t.get("Republican Party") == "organization"


@pytest.mark.parametrize("text, name", [
    ("Fans lined up to buy the new iPod on Friday.", "iPod"),
    ("Students said they use Bluetooth headphones and the iPhone every day.", "iPhone"),
])
def test_technology_names_are_no_actors(text, name):
    assert name not in typed(text)


@pytest.mark.parametrize("text, name, kept", [
    ("Millions of people download Skype every month to call relatives.", "Skype", None),
    ("Fans were binge-watching Stranger Things all weekend.", "Stranger Things", None),
    ("The board installed Jane Roe as chair on Monday.", "Jane Roe", "person"),
])
def test_object_of_download_or_install_is_a_product(text, name, kept):
    assert typed(text).get(name) == kept


@pytest.mark.parametrize("text, name", [
    ("Margins beat the 13.8 percent forecast in a Reuters poll of analysts.", "Reuters"),
    ("Sanders leads Clinton 50% to 40%, according to a CNN/WMUR poll.", "CNN"),
    ("Her support stood at 34% in an ABC News/Washington Post poll released Sunday.", "ABC News"),
])
def test_outlet_before_its_poll_is_no_actor(text, name):
    assert name not in typed(text)


def test_outlet_that_acts_stays_an_actor():
    assert typed("CNN said on Monday it would air the debate.").get("CNN") == "organization"


@pytest.mark.parametrize("text, name", [
    ("The state chose not to expand Medicaid under the new law.", "Medicaid"),
    ("She secured Social Security disability benefits for her daughter.", "Social Security"),
])
def test_public_programme_is_no_actor(text, name):
    assert name not in typed(text)
