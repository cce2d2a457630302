"""Actors and their mentions: who and what an article names, merged to one canonical actor.

The small spaCy model gets names wrong in ways that matter for counting ("Le Drian" as a
WORK_OF_ART, "Jean-Yves Le" as a PERSON, "Daesh" as a place, "State" as an organization).
This module repairs them with what the text itself says: role titles before names, name
shapes (particles such as Le, al-, van), aliases from a lexicon, and agreement across the
article (a surname used alone is the full name used earlier).

``extract_mentions(doc, layout)`` returns an :class:`ActorIndex`: the article's mentions
(records named like the ``mentions`` columns) and actors, with look-ups that the quote,
timeline and stance extractors use to resolve a token or a span to a canonical actor.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import cached_property, lru_cache
from itertools import chain
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from .doctext import doc_text
from .nlp import load_pipeline
from . import lexicon
from .quotes import quoted_spans, speech_lemmas

ENTITY_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
#: entity labels that are never actors, even when the word is a proper noun ('Monday', 'Oscars')
NOT_ACTOR_ENTS = {"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY", "EVENT",
                  "WORK_OF_ART", "LAW", "PRODUCT", "LANGUAGE"}
PROPN_ROLES = {"nsubj", "nsubjpass", "dobj", "pobj"}
ORG_WORDS = {"Inc", "Corp", "Co", "Ltd", "Group", "Party", "Council", "Committee", "Ministry", "Department",
             "Agency", "Bank", "University", "Association", "Union", "Court", "Commission", "Police",
             "Foundation", "Institute", "Company", "Board", "Office", "Service", "Network", "Army",
             # sports clubs: 'Manchester United', 'Bolton Wanderers', 'West Bromwich Albion'
             "United", "City", "Rovers", "Wanderers", "Athletic", "Albion", "Hotspur", "FC",
             # what a company's name ends in and no person's does: 'Wright Engineers', 'Stanley Works'
             "Trust", "Works", "Engineers", "Industries", "Holdings", "Resources", "Mining", "Petroleum",
             "Airlines", "Airways", "Systems", "Technologies", "Laboratories", "Pharmaceuticals", "Motors",
             "Chemicals", "Foods", "Stores", "Communications", "Securities", "Investments", "Properties",
             "Enterprises", "Brothers", "Bancorp", "Bancshares", "Insurance", "Telecom", "Harriers"}
PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
#: role nouns that can stand for a person named earlier ("the minister said")
ROLE_NOUNS_RE = re.compile(r"\b(?:the|The)\s+((?:[A-Za-z]+\s+)?(?:minister|president|spokeswoman|spokesman|"
                           r"secretary|chancellor|ambassador|envoy|senator|governor|mayor|leader|chief|"
                           r"premier|official|prosecutor|general|commander))\b")
_QUOTE_CHARS = "\"\u201c\u201d"


def _spelling(text: str) -> str:
    """British and American spellings of role words compare equal ('defense' = 'defence')."""
    return text.replace("defense", "defence").replace("organization", "organisation")


def slug(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "actor"


_DOTTED = re.compile(r"^(?:[A-Za-z]\.){2,}[A-Za-z]?\.?$")
_INITIAL = re.compile(r"^[A-Z]\.?$")


def undotted(name: str) -> str:
    """A dotted acronym without its dots: 'F.B.I.' -> 'FBI'; other names unchanged."""
    return name.replace(".", "") if _DOTTED.match(name) else name


def name_key(name: str, actor_type: str = "") -> str:
    """The identity of a name, whatever its case, dots or middle initials.

    >>> name_key("F.B.I.") == name_key("FBI"), name_key("POPE FRANCIS") == name_key("Pope Francis")
    (True, True)
    >>> name_key("Donald J. Trump", "person") == name_key("Donald Trump", "person")
    True
    >>> name_key("Bashar al-Assad", "person") == name_key("Bashar Assad", "person")
    True
    >>> name_key("Crazy Eddie Inc") == name_key("Crazy Eddie", "person")
    True
    """
    words = undotted(name).split()
    while len(words) > 2 and _corporate(words[-1]):  # 'Crazy Eddie Inc' is Crazy Eddie ('Canada Ltd' stays)
        words = words[:-1]
        words[-1] = words[-1].rstrip(",")
        if len(words) > 2 and words[-1] in ("and", "&"):  # 'J.P. Morgan and Co Inc' is J.P. Morgan
            words = words[:-1]
    if actor_type == "person" and len(words) > 1:  # the Arabic article: 'Bashar al-Assad' = 'Bashar Assad'
        words = [_ARTICLE.sub("", w) for w in words if w.lower() not in ("al", "el")] or words
    if actor_type == "person" and len(words) > 2:
        words = [words[0]] + [w for w in words[1:-1] if not _INITIAL.match(w)] + [words[-1]]
    return slug(" ".join(words))


#: words that end a company's name: whoever is named with one is an organisation
CORPORATE = {"Inc", "Corp", "Co", "Ltd", "Plc", "PLC", "plc", "LLC", "AG", "SA", "NV", "Bhd", "GmbH",
             "Corporation", "Incorporated", "Limited"}


def _corporate(word: str) -> bool:
    return word.rstrip(".,") in CORPORATE


_ARTICLE = re.compile(r"^(?:al|el|Al|El)[-\u2011]")


def display_name(forms) -> str:
    """The name a reader expects among variants of one name: not all capitals, no dots in an
    acronym, no middle initial, then the most frequent (then the first)."""
    forms = list(forms)

    def rank(form):
        words = form.split()
        shouting = form.isupper() and any(len(w) > 3 for w in words)
        return (shouting, form != undotted(form), sum(bool(_INITIAL.match(w)) for w in words[1:-1]),
                -forms.count(form), forms.index(form))

    best = min(forms, key=rank)
    if best.isupper() and any(len(w) > 3 for w in best.split()):
        best = best.title()  # 'POPE FRANCIS' with no other spelling
    return undotted(best)


@dataclass
class Actor:
    key: str
    name: str
    actor_type: str
    country: str | None = None
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    gender: str | None = None
    #: how the country was found: 'stated' (the text or a lexicon names it for this actor) or
    #: 'article' (the country the article is about, for someone whose own words name none)
    country_from: str | None = None


@dataclass
class Mention:
    start: int
    end: int
    text: str
    actor: Actor
    actor_type: str
    via: str
    sent_id: int = -1


class ActorIndex:
    """The mentions and actors of one article, with look-ups by offset and token."""

    def __init__(self, doc: Doc, mentions: list[Mention], actors: dict[str, Actor], sent_ids):
        self.doc = doc
        self.mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        self.actors = actors
        self._starts = [m.start for m in self.mentions]
        self.sent_ids = sent_ids

    @cached_property
    def mention_counts(self) -> dict[str, int]:
        """Mentions per actor key, counted once."""
        counts: dict[str, int] = {}
        for m in self.mentions:
            counts[m.actor.key] = counts.get(m.actor.key, 0) + 1
        return counts

    def covering(self, start: int, end: int) -> Mention | None:
        """The mention that contains or overlaps ``[start, end)`` most."""
        i = bisect_right(self._starts, end) - 1
        best, best_overlap = None, 0
        while i >= 0 and self.mentions[i].start > start - 200:
            m = self.mentions[i]
            overlap = min(end, m.end) - max(start, m.start)
            if overlap > best_overlap:
                best, best_overlap = m, overlap
            i -= 1
        return best

    def within(self, start: int, end: int) -> list[Mention]:
        lo = bisect_right(self._starts, start - 1)
        hi = bisect_right(self._starts, end - 1)
        return [m for m in self.mentions[lo:hi] if m.end <= end]

    def names_in(self, start: int, end: int) -> list[str]:
        seen: list[str] = []
        for m in self.within(start, end):
            if m.actor.name not in seen:
                seen.append(m.actor.name)
        return seen

    def resolve_token(self, token: Token) -> Mention | None:
        """The actor a noun phrase headed by ``token`` stands for.

        The head's own mention first ("Zakharova"); then a possessor or a demonym or
        country modifier ("France's foreign ministry", "French officials", "Russian strikes").
        """
        m = self.covering(token.idx, token.idx + len(token))
        if m is not None:
            return m
        modifiers = [self.covering(c.idx, c.idx + len(c)) for c in token.children
                     if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < token.i]
        if token.lemma_.lower() in SPOKESPEOPLE:  # 'a spokesman for UKIP': its voice (not another spokesman)
            for obj in (o for p in token.children if p.dep_ == "prep" and p.lower_ in ("for", "of")
                        for o in p.children if o.dep_ == "pobj"):
                m = self.covering(obj.idx, obj.idx + len(obj))
                if m is not None and m.actor.actor_type in ("country", "organization"):
                    return m
        if token.lower_ in lexicon.titles():
            # 'France's defense minister', 'a Swedish prosecutor': the one person in the article who holds that role
            countries = {m.actor.country for m in modifiers if m is not None and m.actor.actor_type == "country"}
            words = [_spelling(c.lower_) for c in token.children if c.dep_ in ("compound", "amod") and c.i < token.i
                     and self.covering(c.idx, c.idx + len(c)) is None] + [token.lower_]
            holders = [a for a in self.actors.values() if a.actor_type == "person"
                       and any(all(w in r for w in words) and _holds(r, token.lower_)
                               for r in (_spelling(r.lower()) for r in a.roles))
                       and (not countries or a.country in countries)]  # (not the deputy prime minister)
            if len(holders) == 1:
                return Mention(token.idx, token.idx + len(token), token.text, holders[0], "person", "coref")
        for child in token.children:
            if child.dep_ in ("poss", "amod", "compound", "nmod") and child.i < token.i:
                m = self.covering(child.idx, child.idx + len(child))
                if m is not None and m.actor.actor_type in ("country", "organization", "person", "group"):
                    return m
        return None


#: nouns of someone who speaks for a body named after them: 'a spokesman for UKIP'
SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen"}


# ----------------------------------------------------------------------------- helpers

_SLASHED = re.compile(r"^(?:[Tt]he\s+)?[A-Z][\w&'-]*/[A-Z][\w&'-]*(?:\s+[A-Z][\w&'.-]*)+$")


def _slashed_firm(text: str) -> bool:
    """Two names joined by a slash, no space around it, in a name that ends in a company's or
    body's word: 'Cullen/Frost Bankers Inc', 'Time/Life Books Inc' (not a photo credit: 'Adrees
    Latif / Reuters', 'REUTERS/Kevin Lamarque')."""
    text = " ".join(text.split())
    return bool(_SLASHED.match(text)) and text.split()[-1].rstrip(".,") in ORG_WORDS | CORPORATE


def _clean_name(text: str) -> str:
    if ("/" in text and not _slashed_firm(text)) or text.lstrip().startswith(("@", "#")):
        return ""  # a photo credit ('Adrees Latif / Reuters'), a handle ('@Twitter'), a hashtag
    # an editor's bracket inside a quotation is not part of the name: '[Vladimir] Putin'
    text = re.sub(r"[\[\]{}<>]", " ", text)
    text = re.sub(r"^(?:the|The)\s+", "", text.strip())
    text = re.sub(r"^(?:of|the|and|in|to|for|on|at|by|from|with)(?=[A-Z][a-z])", "", text)  # 'ofNew Labour': a lost space
    text = re.sub(r"\s*\(.*$", "", text, flags=re.S)  # 'Barnes & Noble Inc (BKS.N': a ticker in brackets
    text = re.sub(r"['\u2018\u2019`]s?$", "", text)  # a possessive, whatever the apostrophe: "Trump\u2018s"
    # words that end no name: 'Absurd Creature of', 'Chromecast or'; a ticker after a name: 'BlackBerry Ltd BB.TO'
    text = re.sub(r"(?:\s+(?:of|and|or|the|for|to|in|at|on|with|[A-Z]{1,5}\.[A-Z]{1,2}))+\s*$", "", text)
    return " ".join(text.split()).strip(" ,.;:-")


def _located(text: str, start: int, end: int, name: str) -> tuple[int, int]:
    """Where a cleaned name stands inside text[start:end]: its words may be split by a line break
    or follow a dropped 'The' ('Sri\nLanka', 'The Aviator' -> 'Aviator'); (start, start + len)
    when it cannot be found."""
    words = name.split()
    m = re.compile(r"\s+".join(map(re.escape, words))).search(text, start, end) if words else None
    return (m.start(), m.end()) if m else (start, start + len(name))


def _dateline_words(tokens) -> int:
    """How many words at the start of a name are a dateline glued to the story's first word
    ('ATHENS Migrants', 'FORT WORTH Police'): a place in capitals opening a sentence, then a
    word that is not in capitals ('BBC Sport' is no dateline)."""
    k = 0
    while k < len(tokens) and tokens[k].is_alpha and tokens[k].is_upper and len(tokens[k]) >= 2:
        k += 1
    if not 0 < k < len(tokens) or not tokens[k].is_title or len(tokens[k]) < 2:
        return 0
    place = " ".join(t.text for t in tokens[:k]).title()
    if len(place) < 4:
        return 0  # 'IG Metall', 'UN Women': an acronym, not a dateline
    at_start = tokens[0].is_sent_start or all(t.is_punct or t.is_space for t in tokens[0].doc[tokens[0].sent.start:tokens[0].i])
    return k if at_start and (place in lexicon.gazetteer() or place in lexicon.countries()) else 0


@lru_cache(maxsize=None)
def _epithets() -> frozenset[str]:
    return frozenset(lexicon.read_list("epithets.txt"))


def _without_epithet(tokens: list[Token]) -> list[Token]:
    """A mocking epithet the model fused before a name is no part of it: 'Crooked Hillary Clinton'
    -> 'Hillary Clinton', "Lyin' Ted Cruz" -> 'Ted Cruz' (helpers/lexicons/epithets.txt); a name
    that is only the word ('Little') or a lowercase use stays as it is."""
    k = 0
    while k < len(tokens) - 1 and tokens[k].text[:1].isupper() and tokens[k].text.lower() in _epithets() \
            and tokens[k + 1].text[:1].isupper():
        k += 1
    return tokens[k:]


def _strip_title(tokens: list[Token]) -> tuple[list[Token], list[str]]:
    """Split leading honorifics and role words off a name: ('Mr', 'Blair') -> (['Blair'], ['Mr'])."""
    titles = lexicon.titles()
    roles = []
    i = 0
    while i < len(tokens) - 1:
        low = tokens[i].text.lower()
        two = f"{low} {tokens[i + 1].text.lower()}" if i + 1 < len(tokens) - 1 else None
        if two and two in titles:
            roles.append(f"{tokens[i].text} {tokens[i + 1].text}")
            i += 2
        elif low in titles:
            roles.append(tokens[i].text)
            i += 1
        else:
            break
    return tokens[i:], roles


_FUNCTION_POS = {"ADP", "DET", "ADV", "CCONJ", "SCONJ", "PART", "PUNCT", "PRON", "AUX", "VERB", "INTJ"}


def _trim(span: Span) -> Span | None:
    """Drop words the model swept into an entity at a sentence start: 'Across Wales' -> 'Wales'."""
    start, end = span.start, span.end
    while start < end and (span.doc[start].pos_ in _FUNCTION_POS or span.doc[start].is_space
                           or (span.doc[start].is_stop and end - start > 1
                               and not _opens_compound_name(span.doc, start, end))):
        start += 1
    while end > start and (span.doc[end - 1].is_punct or span.doc[end - 1].is_space):
        end -= 1
    return Span(span.doc, start, end, label=span.label_) if end > start else None


def _name_head(word: str) -> bool:
    """A word that ends the name of a company, a public body or a site: 'Airways', 'Co',
    'Department', 'Dam'."""
    word = word.rstrip(".,")
    return word in ORG_WORDS or word in CORPORATE or word in _BODY_HEADS or word in lexicon.place_heads()


def _opens_compound_name(doc: Doc, start: int, end: int) -> bool:
    """A word of the stop list that is the first word of a name, not a word swept into it: an
    acronym or a capitalised proper noun or number opening capitalised words that end in a
    company, body or site word ('US Airways', 'May Department Stores Co', 'Three Gorges Dam'),
    or a capitalised proper noun inside a sentence ('to acquire First Pennsylvania'); not 'Many
    Britons', nor 'US' before 'Senate Democrats'."""
    tok = doc[start]
    if end - start < 2 or tok.pos_ not in ("PROPN", "NUM") or not (tok.is_title or (tok.is_upper and len(tok) > 1)) \
            or not all(t.text[:1].isupper() for t in doc[start + 1:end]):
        return False
    return _name_head(doc[end - 1].text) or (tok.is_title and tok.pos_ == "PROPN" and start > 0
                                             and not tok.is_sent_start and doc[start - 1].is_lower)


def _surname_keys(name: str) -> list[str]:
    """Ways a person may be named by one part of the name alone.

    'Jean-Yves Le Drian' -> ['Le Drian', 'Drian']; family name first in Chinese and Korean
    names: 'Sun Jianguo' -> ['Sun', 'Jianguo']; Vietnamese second references use the last
    given name: 'Nguyen Chi Vinh' -> ['Vinh'] (see ``lexicons/name_order.csv``).
    """
    parts = [p for p in name.split() if not _INITIAL.match(p)] if len(name.split()) > 2 else name.split()
    if len(parts) < 2:
        return []
    order = lexicon.name_order().get(parts[0])
    if order == "family_first" and len(parts) <= 3:
        return [parts[0]] + ([parts[-1]] if parts[-1] != parts[0] else [])
    if order == "given_last":
        return [parts[-1]]
    particles = lexicon.name_particles()
    i = len(parts) - 1
    while i > 1 and parts[i - 1] in particles:
        i -= 1
    keys = [" ".join(parts[i:])]
    last = parts[-1]
    m = re.match(r"^(?:al|el|Al|El)-(.+)$", last)
    if m:
        keys.append(m.group(1))
    if keys[0] != last and last not in keys:
        keys.append(last)
    return keys


#: function words a title-case headline capitalises; no person's name holds one as a word
_HEADLINE_WORDS = {"in", "of", "the", "and", "to", "for", "at", "on", "with", "from", "by", "as", "into", "over"}


def _is_name(name: str) -> bool:
    """A person's name: capitalised words, no possessive, no digits ('Latty's Twitter' is not one),
    no headline function word ('Executive In New York')."""
    words = name.split()
    return bool(words) and not re.search(r"['\u2019]s\b|\d", name) and \
        all((any(ch.isupper() for ch in w) and w.lower() not in _HEADLINE_WORDS) or w in lexicon.name_particles()
            for w in words)


_POSSESSIVE = ("'s", "\u2019s", "\u2018s", "'", "\u2019", "\u2018")
_AFTER_TITLE = {"-", "elect", "designate"}


def _role_phrase(doc: Doc, start_tok: int, sent_start: int) -> tuple[list[Token], list[Token]]:
    """Tokens before a name that describe its role: 'Russian Foreign Ministry spokeswoman',
    'U.S. Defense Secretary', 'Philippines' president-elect', 'campaign chairman'."""
    titles = lexicon.titles()
    role: list[Token] = []
    i = start_tok - 1
    while i >= sent_start:
        tok = doc[i]
        low = tok.text.lower()
        if tok.is_space and role == [] and i == start_tok - 1:
            i -= 1  # 'special prosecutor  Walsh': a double space in wire copy
            continue
        if i - 2 >= sent_start and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ \
                and not doc[i - 1].whitespace_ and f"{doc[i - 2].lower_}-{low}" in titles:
            role[0:0] = [doc[i - 2], doc[i - 1], tok]  # 'fly-half', 'full-back' in three tokens
            i -= 3
            continue
        if low in titles or (tok.is_title and tok.pos_ in ("PROPN", "NOUN", "ADJ") and tok.ent_type_ != "PERSON") \
                or (tok.is_lower and tok.pos_ == "NOUN" and (low in titles or tok.dep_ in ("compound", "nmod"))) \
                or (tok.is_lower and tok.pos_ == "ADJ" and tok.dep_ == "amod") \
                or (low in _AFTER_TITLE and not tok.whitespace_) or (low in _AFTER_TITLE and doc[i - 1].text == "-") \
                or (low == "of" and role and f"{doc[i - 1].lower_} of {role[0].lower_}" in titles):
            role.insert(0, tok)
            i -= 1
            continue
        if low == "the" and role and i - 2 >= sent_start and doc[i - 1].lower_ == "of" \
                and f"{doc[i - 2].lower_} of the {role[0].lower_}" in titles:
            role[0:0] = [doc[i - 2], doc[i - 1], tok]  # 'Chancellor of the Exchequer'
            i -= 3
            continue
        break
    # keep the phrase only if its last word is a title ("Foreign Minister", "spokeswoman")
    while role and role[-1].text.lower() not in titles and \
            " ".join(t.lower_ for t in role[-3:]) not in titles and \
            " ".join(t.lower_ for t in role[-4:]) not in titles and \
            "".join(t.lower_ for t in role[-3:]) not in titles:  # 'Secretary of State', 'fly-half'
        role.pop()
    while role and role[0].is_lower and role[0].text.lower() not in titles and role[0].dep_ not in ("compound", "amod", "nmod"):
        role.pop(0)
    if not role:
        return [], []
    demonyms = lexicon.demonyms()
    modifiers = [t for t in role if t.text in demonyms or t.ent_type_ in ("NORP", "GPE")]
    return role, modifiers


def _country_forms() -> dict[str, str]:
    """Every written form that names a country's state: names, demonyms, one-country institutions."""
    forms = dict(lexicon.subdivision_countries())  # 'Texas Gov.', 'New Jersey Sen.'
    forms.update({name: iso3 for name, (_, iso3) in lexicon.countries().items()})
    forms.update(lexicon.demonyms())
    for form, row in lexicon.institutions().items():
        forms.setdefault(form, row["country"])
    for state, iso3 in lexicon.states_named_as_countries().items():  # 'Georgia Gov. X' is American
        forms.update({f"{state} {word}": iso3 for word in ("Gov.", "Governor", "Lt.", "state", "State")})
    return forms


_COUNTRY_MEMO: dict[int, tuple[dict, re.Pattern]] = {}


def _per_aliases_table(memo: dict, build):
    """``build()``, once per loaded aliases table: the user's aliases reload when the table
    cache is cleared, and then the forms and patterns built from them are built again."""
    key = id(lexicon.aliases())
    if key not in memo:
        memo.clear()
        memo[key] = build()
    return memo[key]


def _forms_and_pattern(forms: dict, before: str, after: str) -> tuple[dict, re.Pattern]:
    return forms, re.compile(before + lexicon.alternation(forms) + after)


def _country_index() -> tuple[dict, re.Pattern]:
    """The forms of ``_country_forms`` and their pattern, built once per loaded aliases table."""
    return _per_aliases_table(
        _COUNTRY_MEMO, lambda: _forms_and_pattern(_country_forms(), r"(?<![\w.])", r"(?![\w-])"))


def _countries_in(text: str, *, at_end: bool = False) -> list[str]:
    """The countries a piece of a role phrase names, longest form first and not inside a longer one:
    'U.S. Defense Secretary' -> ['USA'], 'House Speaker' -> ['USA'], 'Kremlin spokesman' -> ['RUS']."""
    forms, pattern = _country_index()
    return [forms[m.group(0)] for m in pattern.finditer(text) if not at_end or m.end() == len(text)]


#: a US lawmaker's party and state after the name: 'Paul Ryan (R-Wis.)', 'Sen. X, D-Calif.'
_US_PARTY_STATE = re.compile(r"^\s*[(,]\s*[RDI]\s*-\s*[A-Z][A-Za-z.]*")
_APPOSITIVE_END = re.compile(r"[,.;:()\n\u2014]")


#: a bracketed aside between a name's comma and its appositive: ', (who turned 60 on Friday),'
_ASIDE = re.compile(r"\([^()\n]{1,80}\)\s*,?\s*")
#: the dot of an initial inside the appositive ('the U.S. Vice President'): no end of it
_INITIAL_DOT = re.compile(r"(?<![A-Za-z])[A-Z]\.")


def _appositive(text: str, end: int) -> str:
    """The appositive right after a name, up to the next comma: ', the Philippines' president-elect,',
    past a bracketed aside (', (aside), the country's Vice President') and the dots of initials
    (', the U.S. Vice President,')."""
    m = re.match(r"\s*,\s*", text[end:end + 3])
    if not m:
        return ""
    at = end + m.end()
    aside = _ASIDE.match(text, at)
    if aside:
        at = aside.end()
    rest = text[at:at + 90]
    for stop in _APPOSITIVE_END.finditer(rest):
        if stop.group(0) == "." and _INITIAL_DOT.match(rest, max(0, stop.start() - 1)) \
                and rest[stop.end():stop.end() + 1] not in ("", "\n"):
            continue
        return rest[:stop.start()]
    return rest


# ----------------------------------------------------------------------------- extraction stages

@dataclass
class _Article:
    """What the extraction stages share about one article: the parse, the lexicons, the
    people found so far and the candidate spans (start, end, kind, via)."""

    doc: Doc
    layout: object
    text: str
    blocked: list
    sent_of: dict
    token_starts: list
    persons: dict = field(default_factory=dict)         # name -> roles, countries, gender, ...
    person_forms: dict = field(default_factory=dict)    # a surface form -> the full name
    own_surnames: set = field(default_factory=set)      # starts of surnames that are no full name's ('Mr Blair' by 'Sir Ian Blair')
    ambiguous: dict = field(default_factory=dict)       # a surname shared by full names -> those names
    role_tokens: set = field(default_factory=set)
    first_names: set = field(default_factory=set)        # first names that stand for a full name
    candidates: list = field(default_factory=list)
    actors: dict = field(default_factory=dict)
    officials: set = field(default_factory=set)
    lower_words: set | None = None                       # words the article writes in lower case
    named_as: dict = field(default_factory=dict)         # a name -> written with capitals nothing forces
    no_actors: set = field(default_factory=set)          # names of works, characters, diseases ('Orphan Black')
    settings: list = field(default_factory=list)         # countries of competitions named ('Australian Open'): no mention, a hint of place
    kin_named: dict = field(default_factory=dict)        # full names introduced as someone's kin -> the kin noun ('son')

    def is_blocked(self, start: int, end: int) -> bool:
        return any(start < b_end and end > b_start for b_start, b_end in self.blocked)

    def actor(self, name: str, actor_type: str, country: str | None = None) -> Actor:
        key = name_key(name, actor_type)
        a = self.actors.get((actor_type, key))
        if a is None:
            a = self.actors[(actor_type, key)] = Actor(key=key, name=name, actor_type=actor_type, country=country,
                                                       country_from="stated" if country else None)
        elif country and not a.country:
            a.country, a.country_from = country, "stated"
        return a


#: lines that credit the story's makers, not actors of the story: 'Follow Jo Ames on Twitter @jo',
#: 'Story by A Video produced by B', 'Photos by C'; a reader's letter signed with a name alone on its
#: line and the writer's town on the next ('Jo Ames.' then 'Newtown, Conn.')
_CREDIT_LINE = re.compile(
    r"(?m)^[^\S\n]*(?:Follow[^\S\n]+[A-Z][^\n]{0,60}?[^\S\n]on[^\S\n]+(?:Twitter|Facebook|Instagram)\b"
    r"|(?:Story|Video|Text|Photos?|Graphics?)(?:[^\S\n]+[a-z]+)?"
    r"[^\S\n]+by[^\S\n]+[A-Z]"
    r"|(?:[A-Z][\w'\u2019-]*\.?[^\S\n]+){1,3}[A-Z][\w'\u2019-]+\.?[^\S\n]*\n\s*[A-Z][\w .'-]{1,30},[^\S\n]+[A-Z][\w.]{1,14}\.?"
    r"[^\S\n]*$)[^\n]*")


#: the title of a piece a story cites, in title case after 'headlined', 'titled' or 'entitled': names
#: inside it ('headlined The Rats Are Scurrying: Officeholders Who Endorse Trump Are Sellouts') are the
#: title's words, not mentions; a title in quotation marks runs to the closing mark
_TITLED = re.compile(r"\b(?:headlined|titled|entitled),?[^\S\n]+(?:[\"\u201c\u2018']([^\"\u201d\u2019\n]{3,150})[\"\u201d\u2019]"
                     r"|((?:(?:[A-Z0-9][\w'\u2019-]*|a|an|the|of|in|on|at|to|for|and|or|is|are|by|with|from|as):?"
                     r"[^\S\n]+){2,24}[A-Z0-9][\w'\u2019-]*))")


@lru_cache(maxsize=None)
def _page_furniture() -> re.Pattern:
    """Two or more widget words glued into a row of buttons, with the letters glued to either end
    ('MaransFlagShareLikeReplyAni', 'ShareTweet'), or a button's phrase written with a capital
    ('Share this', 'Read More')."""
    words, phrases = lexicon.page_furniture()
    widget = "(?:%s)(?![a-z])" % lexicon.alternation(words)
    phrase = "|".join(re.escape(p[0]) + "(?i:%s)" % re.escape(p[1:])
                      for p in sorted(phrases, key=len, reverse=True))
    return re.compile(r"[A-Za-z]*%s(?:%s)+[A-Za-z]*|(?<![\w-])(?:%s)(?![\w-])" % (widget, widget, phrase))


def _article(doc: Doc, layout, sent_ids) -> _Article:
    blocked = list(getattr(layout, "no_actor_spans", []) or [])
    if getattr(layout, "credits", None):
        blocked.append(layout.credits)
    text = doc_text(doc)
    # a court case named by its parties is no actor: 'Wal-Mart Stores v. Dukes', 'Roe v. Wade'
    blocked += _court_cases(text)
    blocked += [m.span() for m in _CREDIT_LINE.finditer(text)]
    blocked += [m.span(1) if m.group(1) else m.span(2) for m in _TITLED.finditer(text)]
    # buttons and links copied with the page: 'Daniel MaransFlagShareLikeReplyAni Vrabel' is no one
    blocked += [m.span() for m in _page_furniture().finditer(text)]
    sent_of = {}
    for s in doc.sents:
        sid = sent_ids.get(s.start, -1)
        for t in range(s.start, s.end):
            sent_of[t] = sid
    return _Article(doc=doc, layout=layout, text=text, blocked=blocked, sent_of=sent_of,
                    token_starts=[t.idx for t in doc])


def _acronym_runs_on(text: str, start: int, end: int) -> bool:
    """The name at ``start:end`` runs on to an acronym defined in brackets whose letters start within
    the name: 'Swansea Unite Against Fascism (UAF)' (not 'Tom Ruiz of the National Rifle Association
    (NRA)', whose acronym starts after the person's name)."""
    defined = _DEFINED_ACRONYM.match(text, start)
    if not defined or defined.end(1) <= end:
        return False
    acr = undotted(defined.group(2))
    words = [(m.start(), m.group(0)) for m in re.finditer(r"\S+", defined.group(1))
             if m.group(0).lower() not in _INITIALS_SKIP]
    letters = "".join(w[0] for _, w in words).upper()
    if len(acr) > len(words) or not letters.endswith(acr.upper()):
        return letters.startswith(acr.upper())
    return start + words[len(words) - len(acr)][0] < end


def _surname_title(words: list[str]) -> bool:
    """A title word that ends a person's name is the surname when a given name
    (``lexicons/first_names.csv``) opens the name or a middle initial comes before it: 'Peter T. King',
    'Larry King', 'John Major', not 'Agriculture Minister' or 'Harford County Sheriff'."""
    return words[0] in lexicon.first_name_genders() or bool(re.fullmatch(r"[A-Z]\.", words[-2]))


def _add_person(art: _Article, tokens: list[Token], via: str) -> None:
    """One person name found by the model or after a title: repaired, with its role and country."""
    doc, text = art.doc, art.text
    particles, titles, demonyms = lexicon.name_particles(), lexicon.titles(), lexicon.demonyms()
    tokens = [t for t in tokens if not t.is_space]
    tokens = tokens[_dateline_words(tokens):]  # 'ATHENS Maria Kallas': the dateline is no part of the name
    first_word = tokens[0] if tokens else None
    tokens = _without_epithet(tokens)
    tokens, honorifics = _strip_title(tokens)
    nationality = []
    while len(tokens) > 2 and tokens[0].text in demonyms and tokens[1].is_title:
        nationality.append(demonyms[tokens[0].text])  # 'Croatian Mario Ancic' tagged whole
        tokens = tokens[1:]
    for k, t in enumerate(tokens):  # 'Latty's Twitter': a name ends before a possessive
        if t.text in _POSSESSIVE[:3] or (t.text in _POSSESSIVE and t.tag_ == "POS"):
            tokens = tokens[:k]
            break
    while tokens and (tokens[-1].is_punct or tokens[-1].text in _POSSESSIVE):
        tokens = tokens[:-1]
    while tokens and (tokens[0].is_punct or tokens[0].pos_ in _FUNCTION_POS or (tokens[0].is_stop and len(tokens) > 1)):
        tokens = tokens[1:]  # 'Across Wales' tagged PERSON at a sentence start
    if not tokens:
        return
    # a name never ends on a particle: 'Jean-Yves Le' + 'Drian'
    end_i = tokens[-1].i
    while end_i + 1 < len(doc) and doc[end_i].text in particles and doc[end_i + 1].is_title:
        end_i += 1
    start_i = tokens[0].i
    while start_i > 0 and doc[start_i - 1].text in particles and doc[start_i - 1].is_title \
            and doc[start_i - 1].text not in ("Le", "La"):
        start_i -= 1
    span = doc[start_i:end_i + 1]
    name = _clean_name(span.text)
    if name.isupper() and any(len(w) > 3 for w in name.split()):
        name = name.title()  # a headline in capitals: 'POPE FRANCIS'
    if not name or not any(ch.isupper() for ch in name) or name.lower() in titles or not _is_name(name) \
            or art.is_blocked(span.start_char, span.end_char):
        return  # (a credits line, a court case: no actor of any type)
    nxt = end_i + 1
    if nxt < len(doc) and _corporate(doc[nxt].text) and doc[nxt].text[0].isupper():
        span = doc[start_i:nxt + 1]  # 'Jardine Matheson Ltd' with 'Ltd' left out of the name
        name = _clean_name(span.text)
    words = name.split()
    if words[-1].rstrip(".") in ORG_WORDS or _corporate(words[-1]) or (len(words) > 1 and (words[0] == "Team" or any(
            w.isupper() and lexicon.institutions().get(w, {}).get("actor_type") == "organization" for w in words))):
        # 'San Juan Seafoods Inc.', 'Team GB', 'BBC Sport Wales' tagged PERSON: an organisation
        art.candidates.append((*_located(text, span.start_char, span.end_char, name), f"ent:ORG:{name}", "ner"))
        return
    if _TICKER_AFTER.match(text, span.end_char):
        # 'General Public Utilities <GPU>': a stock symbol follows a company, never a person (and
        # 'General' there was no title)
        start = min(span.start_char, first_word.idx)
        art.candidates.append((start, span.end_char, f"ent:ORG:{_clean_name(text[start:span.end_char])}", "ner"))
        return
    if _acronym_runs_on(text, span.start_char, span.end_char):
        # 'Swansea Unite Against Fascism (UAF)' with 'Swansea Unite' tagged PERSON: the name runs on to the
        # acronym the article defines for it, and names an organisation
        defined = _DEFINED_ACRONYM.match(text, span.start_char)
        art.candidates.append((span.start_char, defined.end(1), f"ent:ORG:{' '.join(defined.group(1).split())}", "ner"))
        art.blocked.append((span.start_char, defined.end(1)))  # no other reading inside it ('Swansea' the town)
        return
    if re.fullmatch(r"[A-Z]{2,}s", name):
        return  # 'CSOs', 'ASBOs', 'MPs' tagged PERSON: a plural, not a person
    if _camel_case(name.split()[-1]):
        # 'SoundCloud', 'MyShake', 'eBay' tagged PERSON: a company's or a product's way of writing
        art.candidates.append((*_located(text, span.start_char, span.end_char, name), f"ent:ORG:{name}", "ner"))
        return
    if len(name.split()) > 1 and name.split()[-1] in lexicon.place_heads() and name.split()[-1] not in lexicon.name_order():
        # 'Ponte Vedra Beach', 'Palm Springs' tagged PERSON: a place (not 'Ju-min Park': a family name)
        located = _located(text, span.start_char, span.end_char, name)
        art.candidates.append((*located, f"ent:LOC:{name}", "ner"))
        art.blocked.append(located)  # no other reading inside it ('Trump' of 'Trump Tower')
        return
    if _event_like(name):
        return  # 'Jimmy Kimmel Live' tagged PERSON: a show
    if len(name.split()) > 1 and name.split()[-1].lower() in titles and not _surname_title(name.split()) and (
            (nxt < len(doc) and doc[nxt].ent_type_ == "PERSON") or titles[name.split()[-1].lower()]["kind"] == "government"):
        return  # 'Harford County Sheriff' before 'Jeffrey Gahler', 'Agriculture Minister': a title, not a name
    aliases, not_actors = lexicon.aliases(), lexicon.not_actors()
    if name in not_actors or (name in aliases and aliases[name].get("actor_type") not in ("person", "")) \
            or name in lexicon.countries() or name in demonyms or name in lexicon.capitals() \
            or name in lexicon.institutions():
        return  # 'Labour' tagged PERSON: the lexicon knows it is a party
    info = art.persons.setdefault(name, {"roles": [], "countries": [], "gender": None, "affiliates": [],
                                         "count": 0})
    info["count"] += 1
    sent = doc[start_i].sent
    role, mods = _role_phrase(doc, start_i, sent.start)
    art.role_tokens.update(t.i for t in role)
    if role:
        countries = lexicon.countries()
        info["roles"].append("".join(t.text_with_ws for t in role if t.text not in demonyms and t.ent_type_ != "GPE"
                                     and t.text not in countries).strip())
        first = _role_start(doc, role, sent)
        found = _role_countries(doc, first, role)
        if not found:  # a body named right before the role: 'Lib Dem spokesman' ('Dem' tagged a name)
            before = text[max(sent.start_char, doc[first].idx - 30):doc[first].idx].rstrip()
            tail = re.search(r"(?:\S+\s+){0,2}\S+$", before)
            found = _countries_in(tail.group(0), at_end=True)[-1:] if tail else []
            if found and _names_competition(text, max(sent.start_char, doc[first].idx - 30) + len(before)):
                found = []  # 'US Open champion': the event's name, not the player's country
        info["countries"] += found[-1:]  # the word nearest the title: 'U.S. envoy to Russia' is American
        before = doc[first - 1] if first > sent.start else None
        if before is not None and before.ent_type_ == "PERSON":  # 'Clinton campaign chairman'
            info["affiliates"].append(before.text)
        if mods and not found:
            info["foreign"] = True  # a country-like word the lexicons do not know: no guessing
        if not found and _international_owner(text, doc[max(sent.start, first - 3)].idx, doc[first].idx):
            info["foreign"] = True  # 'ECB President X': no country's, whatever the story is about
        head = titles.get(role[-1].text.lower(), {})
        if head.get("gender"):
            info["gender"] = head["gender"]
        if (head.get("kind") == "government" or _public_servant(_with_body_name(doc, role, sent.start))) and not mods:
            info["government"] = True
        forms = _country_index()[0]
        if head.get("kind") == "other" and any(t.is_title and t.ent_type_ != "PERSON" and t.text not in forms
                                               and t.lower_ not in titles for t in role) \
                and not any(_corporate(t.text) or t.text in _PUBLIC_BODIES for t in role):
            info["employer"] = True  # 'Scarlets chief executive X': a club's, of any nationality ('Peters and
            # Co Ltd oil analyst X' works for a company of the country its story is about)
    after = text[span.end_char:span.end_char + 40]
    hometown = _HOMETOWN_ST.match(text, span.end_char, span.end_char + 60)
    if _US_PARTY_STATE.match(after) or (hometown and _ap_states().match(text, hometown.end())):
        info["countries"].append("USA")  # '(R-Wis.)', ', a Golden, Colo., businessman'
    appositive = _appositive(text, span.end_char)
    words = re.findall(r"[\w.'\u2019-]+", appositive)
    at_titles = [k for k, w in enumerate(words) if _title_word(w, titles)]
    last_title = at_titles[-1] if at_titles else None
    if any(k + 1 < len(words) and words[k + 1][0].isupper() and words[k + 1].lower() not in titles for k in at_titles):
        appositive = ""  # ', Russian Foreign Minister Sergei Lavrov and ...': a list of names, not an appositive
    if appositive and last_title is not None:
        info["countries"] += _countries_in(_without_role_bodies_after_title(_without_firm_demonyms(appositive)))[:1]
        if _international_role(appositive, 0, len(appositive)) and not info["countries"]:
            info["foreign"] = True  # ', president of the European Central Bank,'
    elif apposed := _demonym_appositive(appositive):
        info["countries"] += apposed  # ', the Scottish novelist,', ', an Australian,'
        words = [w.lower() for w in re.findall(r"[\w-]+", appositive)]
        if words and words[-1] in titles:
            info["roles"].append(appositive.removeprefix("the ").strip())
    if role:
        of = re.match(r"\s+of\s+(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)", text[span.end_char:span.end_char + 50])
        if of:  # 'President Hassan Rouhani of Iran'
            info["countries"] += _countries_in(of.group(1))[:1]
        if not found and not mods:  # 'Foreign Secretary Jack Straw': an office few states have
            info["offices"] = _national_office(role) or _local_office(role) or info.get("offices")
        elif not found:  # 'Atlantic City Mayor X': a town the country lexicons do not know
            info["offices"] = _local_office(role) or info.get("offices")
        if not found and role[-1].i < start_i - 1:  # 'fellow American Andy Roddick': the role, then a nationality
            info["countries"] += _nationality_before(doc, start_i, role[-1].i + 1)
    else:
        info["countries"] += nationality or _nationality_before(doc, start_i, sent.start) \
            or _apposed_role_countries(doc, span, sent)
    info["countries"] += _nationality_predicate(span.root)
    paren = _PAREN_COUNTRY.match(text, span.end_char)
    if paren:  # a list of writers or players with their countries: 'Muriel Spark (UK), Philip Roth (US)'
        info["countries"] += _countries_in(paren.group(1))[:1]
    for h in honorifics:
        row = titles.get(h.lower(), {})
        if row.get("gender"):
            info["gender"] = row["gender"]
            info.setdefault("title_genders", set()).add(row["gender"])  # 'Mr Howard' and 'Mrs Howard'
        if row.get("kind") != "honorific":
            info["roles"].append(h)
    art.candidates.append((span.start_char, span.end_char, "person:" + name, via))


def _international_role(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` (a role phrase and the few words before it, or an appositive) names a body of
    many states or of none: 'ECB President', 'IMF chief', 'U.N. Secretary-General', 'president of the
    European Commission' (``lexicons/international_bodies.txt``)."""
    return _international_patterns()[0].search(text[start:end]) is not None  # (a slice: nothing before counts)


def _international_owner(text: str, start: int, role_start: int) -> bool:
    """A body of many states right before a role phrase, at most a possessive between: 'ECB President',
    'IMF Managing Director', "NATO's secretary-general" (not 'told the UN that Foreign Minister X')."""
    return _international_patterns()[1].search(text, start, role_start) is not None


@lru_cache(maxsize=1)
def _international_patterns() -> tuple[re.Pattern, re.Pattern]:
    """The bodies of ``lexicons/international_bodies.txt`` as one regex each way, built once: a body as
    a whole word anywhere (:func:`_international_role`), and a body ending the text, a possessive
    allowed (:func:`_international_owner`)."""
    bodies = "|".join(re.escape(b) for b in sorted(lexicon.international_bodies(), key=len, reverse=True))
    return (re.compile(r"(?<![\w.])(?:" + bodies + r")(?![\w-])"),
            re.compile(r"(?<![\w.])(?:" + bodies + r")(?:\s*['\u2019]s?)?\s*$"))


def _with_body_name(doc: Doc, role: list[Token], sent_start: int) -> list[Token]:
    """A role phrase with the rest of a body's name before it that the phrase stops short of at 'of':
    'National Bureau of' + 'Statistics chief', 'Department of' + 'Justice spokesman'."""
    i = role[0].i - 1
    while i - 1 >= sent_start and doc[i].lower_ in ("of", "for") and doc[i - 1].is_title \
            and doc[i - 1].ent_type_ != "PERSON":
        i -= 1
        while i - 1 >= sent_start and doc[i - 1].is_title and doc[i - 1].ent_type_ != "PERSON":
            i -= 1
        role = list(doc[i:role[0].i]) + role
        i -= 1
    return role


def _public_servant(role: list[Token]) -> bool:
    """A role phrase whose title is no government office but whose words make its holder a state's
    servant: 'Police Chief', 'Judge', 'Court clerk', 'Statistics Bureau chief' (an official, who
    takes the country the story is filed in or about when the phrase names none)."""
    words = lexicon.public_service_words()
    return any(t.lower_ in words for t in role) and not any(t.lower_ in _BEYOND_STATES for t in role)


#: words of a body above or across states: 'World Anti-Doping Agency', 'European Medicines Agency'
_BEYOND_STATES = {"world", "international", "global", "european", "un", "u.n.", "eu"}


#: words of a public body in a role phrase ('Rules Committee Chairman', 'Finance Committee member'):
#: a country's own institution, not a club or a company that may employ anyone
_PUBLIC_BODIES = {"Committee", "Commission", "Council", "Party", "Department", "Ministry", "Senate", "House",
                  "Assembly", "Parliament", "Congress", "Court", "Cabinet", "Government", "Administration"}
#: a capital inside a word after a lower-case letter, as companies and products write their names
#: ('SoundCloud', 'YouTube', 'eBay'); not after a family-name prefix ('McCain', 'DeVos', 'LaHood')
_CAMEL = re.compile(r"^(?:[a-z]+[A-Z]|[A-Z][a-z]+[A-Z])")
_SURNAME_PREFIX = re.compile(r"^(?:Mc|Mac|De|Del|Della|Di|Da|Das|Dos|Du|La|Le|Van|Von|Vander|Fitz|St|O)[A-Z]")


def _camel_case(word: str) -> bool:
    """'SoundCloud', 'eBay', and a letter joined to a word: 'T-Mobile', 'E-Trade'."""
    return (bool(_CAMEL.match(word)) and not _SURNAME_PREFIX.match(word) and word.isalpha()) \
        or bool(re.match(r"^[A-Z]-[A-Z][a-z]", word))


#: a disease word after a name: 'the Zika virus', 'the Ebola outbreak'
_ILLNESS_AFTER = re.compile(r"\s+(?:virus|viruses|outbreak|epidemic|pandemic|infection|infections|fever|disease|"
                            r"vaccine|vaccines|strain)\b")
#: a name whose shares or stock are traded is a company's: 'shares of Sig Sauer', 'Sig Sauer's stock'
_SHARES_OF = re.compile(r"\b(?:shares|stock|stocks|stake|stakes)\s+(?:of|in)\s+(?:the\s+)?$", re.I)
_SHARES_AFTER = re.compile(r"['\u2019]s?\s+(?:shares|stock|share price|stock price)\b")


def _determined(art: _Article, start: int, end: int) -> bool:
    """A name that heads a noun phrase opened by 'the' ('called to the Panera Bread'): a
    business or a thing, not a person ('the late John Smith' has a word between)."""
    span = art.doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    det = art.doc[span.start - 1]
    return det.lower_ == "the" and det.dep_ == "det" and span.start <= det.head.i < span.end \
        and det.head.i == span.root.i and not span.text.endswith("s")  # 'the Clintons': a family


#: an appositive that opens with a nationality: ', the Scottish novelist', ', an American singer'
_NATIONALITY_APPOSITIVE = re.compile(r"(?:a|an|the)\s+[A-Z][a-z]+(?:\s+[a-z]|\s*$)")


def _demonym_appositive(appositive: str) -> list[str]:
    """The country of an appositive that is a nationality, alone or before a lower-case noun:
    ', the Scottish novelist,', ', an Australian,', ', an American citizen,'."""
    if not appositive or not _NATIONALITY_APPOSITIVE.match(appositive):
        return []
    word = appositive.split()[1]
    return [lexicon.demonyms()[word]] if word in lexicon.demonyms() else []


def _title_word(word: str, titles: dict) -> bool:
    """A word of an appositive that is a role title, possessive or hyphenated as it may be: 'minister',
    'president's', 'vice-president' ('senior vice-president of technology at IBM')."""
    low = re.sub(r"['\u2019]s?$", "", word.lower())
    return low in titles or ("-" in low and low.replace("-", " ") in titles)


#: words of a state's own bodies in a capitalised run: 'the French Foreign Ministry', 'the British Army'
_STATE_BODY_WORDS = _PUBLIC_BODIES | {"Embassy", "Army", "Navy", "Police", "Office", "Foreign", "Defence", "Defense",
                                      "Interior"}
#: a nationality word opening a run of capitalised words: 'Swiss Re', 'British Airways', 'American
#: Enterprise Institute' (the run, and the words after it up to the next title, are checked below)
_DEMONYM_RUN = re.compile(r"\b([A-Z][a-z]+)((?:\s+[A-Z][\w&'\u2019.-]*)+)")


def _without_firm_demonyms(appositive: str) -> str:
    """``appositive`` without a nationality word that opens a company's or a body's name: ', economist
    at Swiss Re in New York' names no Swiss person, ', a British Airways pilot' no Briton. The word stays
    when the capitalised run after it ends in a title or names a country's office ('the British Foreign
    Secretary', 'the French Foreign Ministry spokesman', 'a British Embassy official')."""
    demonyms, titles, forms = lexicon.demonyms(), lexicon.titles(), _country_index()[0]
    out = appositive
    for m in _DEMONYM_RUN.finditer(appositive):
        if m.group(1) not in demonyms:
            continue
        run = m.group(2).split()
        if _title_word(run[-1], titles) or any(w in forms or w in _STATE_BODY_WORDS for w in run) \
                or lexicon.national_offices().get(" ".join(run).lower()):
            continue
        out = out[:m.start(1)] + " " * len(m.group(1)) + out[m.end(1):]
    return out


def _without_role_bodies_after_title(appositive: str) -> str:
    """``appositive`` without a one-word body the lexicon knows only inside a role phrase (scope 'role':
    'Treasury', 'House', 'Senate') where it follows the appositive's last title: 'Chief Secretary to the
    Treasury' and 'a member of the House of Lords' are British, whereas 'the House Speaker', where the body
    comes before the title, is American."""
    institutions, titles = lexicon.institutions(), lexicon.titles()
    words = list(re.finditer(r"[\w.'\u2019-]+", appositive))
    last = max((w.end() for w in words if _title_word(w.group(0), titles)), default=-1)
    out = appositive
    for w in words:
        if w.start() > last >= 0 and institutions.get(w.group(0), {}).get("scope") == "role":
            out = out[:w.start()] + " " * len(w.group(0)) + out[w.end():]
    return out


#: a US hometown in an appositive: ', a Golden, Colo., businessman'
_HOMETOWN_ST = re.compile(r",\s+(?:a|an|the)\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2},\s+")
#: a stock symbol right after a company's name: ' <GPU>', ' <VEBG.F>', ' (QUNR.O)'
_TICKER_AFTER = re.compile(r"\s*(?:<[A-Z]{1,5}(?:\.[A-Z]{1,2})?>|\([A-Z]{1,5}\.[A-Z]{1,2}\))")
#: a country in brackets right after a name: 'Philip Roth (US)'
_PAREN_COUNTRY = re.compile(r" ?\(([A-Z][\w. ]{1,30})\)")


def _without_club_demonyms(doc: Doc, start: int, end: int) -> str:
    """The text of doc[start:end] without a nationality word that ends a club's or a company's
    name ('London Irish flanker': the club, no nationality; 'South African' stays)."""
    demonyms, forms = lexicon.demonyms(), _country_index()[0]
    if not any(doc[i].text in demonyms for i in range(start + 1, end)):
        return doc[start:end].text  # no nationality word after another word: nothing to take out
    out = []
    for t in doc[start:end]:
        prev = doc[t.i - 1] if t.i > start else None
        if t.text in demonyms and prev is not None and prev.is_title and prev.pos_ == "PROPN" \
                and prev.text not in forms and f"{prev.text} {t.text}" not in forms:
            out.append(" " * len(t.text_with_ws))  # 'London Irish': a name
        else:
            out.append(t.text_with_ws)
    return "".join(out).rstrip()


def _without_named_subdivisions(text: str) -> str:
    """``text`` without a state or province name that begins a longer proper name when another
    country's name or adjective is in the phrase: 'American Unity Fund president' is American,
    not South Sudanese ('Unity' a state there); 'Texas Gov.', 'California Democratic Party
    chairman' keep their state (no other country in the phrase)."""
    forms, pattern = _country_index()
    subdivisions, titles = lexicon.subdivision_countries(), lexicon.titles()
    matches = list(pattern.finditer(text))
    if len({forms[m.group(0)] for m in matches}) < 2:
        return text
    out = text
    for m in matches:
        name = m.group(0)
        if name not in subdivisions or forms[name] != subdivisions[name]:
            continue  # a country, a demonym or an institution: not a subdivision's own form
        nxt = re.match(r"\s+([A-Z][\w.&'-]*)", text[m.end():])
        if nxt and nxt.group(1).lower() not in titles and nxt.group(1) not in forms \
                and any(forms[o.group(0)] != forms[name] for o in matches if o is not m):
            out = out[:m.start()] + " " * len(name) + out[m.end():]  # 'Unity Fund': a name
    return out


def _apposed_role_countries(doc: Doc, span: Span, sent: Span) -> list[str]:
    """The country of a role apposed before a name, the name its appositive: "Iran's president,
    Mohammad Khatami, said", "Britain's foreign secretary, Jack Straw," (not 'After meeting Iran's
    president, Jack Straw said': the parser makes the name an appositive of the role only in the first)."""
    start_i, root = span.start, span.root
    if start_i - 2 < sent.start or doc[start_i - 1].text != "," or root.dep_ != "appos" or root.head.i != start_i - 2:
        return []
    role, _ = _role_phrase(doc, start_i - 1, sent.start)
    if not role or role[-1].i != start_i - 2:
        return []
    return _role_countries(doc, _role_start(doc, role, sent), role)[-1:]


def _role_start(doc: Doc, role: list[Token], sent: Span) -> int:
    """Where a role phrase's country may stand: its first word, or the owner before a possessive
    ("the Philippines' president")."""
    first = role[0].i
    if first >= 2 and doc[first - 1].text in _POSSESSIVE:
        first = max(sent.start, doc[first - 2].left_edge.i, first - 4)
    return first


def _role_countries(doc: Doc, first: int, role: list[Token]) -> list[str]:
    """The countries a role phrase from ``first`` (:func:`_role_start`) names, in order ('U.S. envoy
    to Russia': USA, RUS), leaving out a club's home ('Chelsea boss'), a subdivision's name ('New
    Mexico') and a competition's ('US Open champion')."""
    return _countries_in(_without_competitions(_without_named_subdivisions(
        _without_club_demonyms(doc, first, role[-1].i + 1))))


def _without_competitions(text: str) -> str:
    """``text`` without a country's name or adjective that opens the name of a competition or an
    event: 'US Open champion', 'Australian Open winner', 'French Open semi-finalist' name the
    event, not the player's country."""
    forms, pattern = _country_index()
    out = text
    for m in pattern.finditer(text):
        if _names_competition(text, m.end()):
            out = out[:m.start()] + " " * len(m.group(0)) + out[m.end():]
    return out


def _nationality_predicate(subject: Token) -> list[str]:
    """The country a copular predicate gives its subject: 'Bellamy is a Welsh international',
    'Campbell was part of the British quartet', 'she is an American'."""
    verb, demonyms = subject.head, lexicon.demonyms()
    if subject.dep_ != "nsubj" or verb.lemma_ != "be":
        return []
    for attr in (c for c in verb.children if c.dep_ == "attr"):
        if attr.lemma_ == "part":  # 'part of the British quartet'
            attr = next((g for c in attr.children if c.dep_ == "prep" and c.lower_ == "of"
                         for g in c.children if g.dep_ == "pobj"), attr)
        for w in [attr] + [c for c in attr.children if c.dep_ in ("amod", "compound") and c.i < attr.i]:
            if w.text in demonyms:
                return [demonyms[w.text]]
    return []


def _national_office(role: list[Token]) -> tuple[str, ...] | None:
    """The states that have the office a role phrase ends in ('Foreign Secretary' -> GBR;
    'Chancellor' -> GBR, DEU, AUT), longest office first; None for any other role."""
    offices = lexicon.national_offices()
    words = [t.lower_ for t in role]
    for k in range(max(0, len(words) - 4), len(words)):
        found = offices.get(" ".join(words[k:]))
        if found:
            return found
    return None


def _local_office(role: list[Token]) -> tuple[str, ...] | None:
    """The country of the town a government office in a role phrase belongs to: 'Atlantic City Mayor',
    'Baltimore County Executive', 'Houston police chief' -> the city's country, as a gazetteer guesses it
    ('Richmond' none: several namesakes). Like a national office it counts only when the article itself
    names that country (assign_countries), never on the gazetteer alone."""
    titles, servants = lexicon.titles(), lexicon.public_service_words()
    head = titles.get(role[-1].lower_, {})
    if head.get("kind") != "government" and not _public_servant(role):
        return None
    words = []
    for t in role[:-1]:
        if t.lower_ in titles or t.lower_ in servants or t.pos_ != "PROPN" or not t.is_title:
            break
        words.append(t.text)
    place = lexicon.place_country(" ".join(words)) if words else None
    return (place,) if place else None


def _nationality_before(doc: Doc, start: int, sent_start: int) -> list[str]:
    """The country of a nationality word right before a name, alone or with a lower-case noun
    between: 'Croatian Mario Ancic', 'the Scottish novelist Muriel Spark', 'Briton Tim Henman'.
    Not when the word ends a name ('London Irish flanker X': the club)."""
    demonyms = lexicon.demonyms()
    i, listed = start - 1, False
    while i > sent_start + 1 and doc[i].text in ("and", ",") and doc[i - 1].pos_ == "PROPN":
        i -= 1  # a later name of a list: 'the Irish tycoons JP McManus and John Magnier' -> before the first
        while i > sent_start and doc[i - 1].pos_ == "PROPN" and doc[i - 1].text not in demonyms:
            i -= 1  # (not past the nationality of them all: 'Americans Andy Roddick and Andre Agassi')
        i, listed = i - 1, True
    if not listed:  # the first name of a list
        k = start
        while k + 1 < len(doc) and doc[k + 1].ent_iob_ == "I":
            k += 1
        listed = k + 2 < len(doc) and doc[k + 1].text == "and" and doc[k + 2].pos_ == "PROPN"
    if listed and i > sent_start and doc[i].tag_ == "NNS" and doc[i].is_lower:
        i -= 1  # the plural role of the list, and up to two lower-case words before it ('horseracing tycoons')
        anchor = i
        while i >= max(sent_start, anchor - 1) and doc[i].is_lower and doc[i].tag_ in ("NN", "VBG", "JJ"):
            i -= 1
    anchor = i
    while i >= max(sent_start, anchor - 1) and doc[i].is_lower and doc[i].pos_ == "NOUN" and doc[i].tag_ == "NN":
        i -= 1  # 'novelist', 'fly-half' words between (not a plural: 'Syrian refugees Obama will accept'; but
        # 'the Irish tycoons A and B': a plural role before a list of names is each one's)
    if i > sent_start and doc[i].text in _POSSESSIVE and doc[i - 1].ent_type_ in ("GPE", "NORP", ""):
        # "England's Jonny Wilkinson", "New Zealand's Dan Carter": the country is the person's own
        owner = doc[max(sent_start, i - 3):i]
        return _countries_in(owner.text, at_end=True)[-1:]
    if i < sent_start or doc[i].text not in demonyms:
        return []
    if i > sent_start and doc[i - 1].is_title and doc[i - 1].pos_ == "PROPN":
        return []  # 'London Irish', 'New Zealand'-style names: not a nationality
    return [demonyms[doc[i].text]]


_FIRM_TAILS = (("and", "Co"), ("&", "Co"), ("and", "Company"), ("&", "Company"), ("and", "Sons"), ("&", "Sons"),
               ("and", "Loan", "Association"), ("&", "Loan", "Association"), ("and", "Loan", "Association", "Inc"))


def _firm_end(ent: Span) -> int:
    """The token end of a company name the model cut before its tail ('Bear Stearns' of 'Bear
    Stearns and Co', 'Victor Savings' of 'Victor Savings and Loan Association'), or 0 when the
    entity is no such cut name."""
    doc = ent.doc
    for tail in sorted(_FIRM_TAILS, key=len, reverse=True):
        words = doc[ent.end:ent.end + len(tail)]
        if len(words) == len(tail) and tuple(t.text.rstrip(".") for t in words) == tail \
                and (words.end >= len(doc) or doc[words.end].text not in ("-", "\u2011")):  # not 'Co-founder'
            end = words.end
            while end < len(doc) and _corporate(doc[end].text) and doc[end].text[:1].isupper():
                end += 1  # '... and Co Inc'
            return end
    return 0


_BODY_OF_WORDS = {"for", "of"}
_NAME_JOINERS = {"and", "&", "of", "the", "for", "de"}


def _body_name_end(ent: Span, heads: frozenset | None = None) -> int:
    """The token end of a public body's name the model cut before 'for' or 'of' and capitalised
    words: 'the Standards Board' of 'the Standards Board for England', 'Council' of 'Council for
    Science and Technology'; or 0. Only after a body's head word ('Clinton of New York' and 'the
    president of France' are no body's names), not into a person or a date, not in a headline."""
    doc, end = ent.doc, ent.end
    if ent[-1].text not in (heads or _BODY_HEADS) or end + 1 >= len(doc) or doc[end].lower_ not in _BODY_OF_WORDS \
            or _title_cased(ent.sent):
        return 0
    i, last, stop = end + 1 + (doc[end + 1].lower_ == "the"), 0, ent.sent.end
    while i < stop:
        tok = doc[i]
        if tok.is_title or (tok.is_upper and tok.is_alpha and len(tok) > 1):
            if tok.ent_type_ in ("PERSON", "DATE", "TIME", "MONEY", "CARDINAL") or tok.lower_ in lexicon.titles():
                break  # ('the Commission for Hillary Clinton', 'Council of Europe Secretary General X')
            last = i + 1
        elif not (tok.lower_ in _NAME_JOINERS and last == i):
            break  # (a small word only between capitalised ones: 'for Trade and Industry')
        i += 1
    return last


def _joined_name_end(ent: Span) -> int:
    """The token end of a name the model split at its 'and': an organisation whose last word the
    parse attaches to the head word of the organisation after 'and' ('Yugoslav Iron' + 'Steel
    Metallurgy Association', 'Oil' + 'Gas Corp'), or 0. Two bodies named side by side ('Microsoft
    and Sony Corp') are two conjuncts, not a modifier of the second's head."""
    doc, end = ent.doc, ent.end
    i = end + 1
    while i < len(doc) and doc[i].is_space:
        i += 1
    if i >= len(doc) or doc[end].lower_ not in ("and", "&") or doc[i].ent_iob_ != "B" or doc[i].ent_type_ != "ORG":
        return 0
    other = next((e for e in doc.ents if e.start == i), None)
    if other is None or not _name_head(other[-1].text) or _name_head(ent[-1].text):
        return 0
    last = ent[-1]
    return other.end if last.dep_ in ("nmod", "compound", "amod") and other.start <= last.head.i < other.end else 0


def _firm_named(ent: Span) -> bool:
    """A name the model calls a person that ends in a company's legal form ('Sedio N.V.',
    'Marbury AG'). (One cut before 'and Co Inc' is left to person_occurrences, which reads the
    whole company name after it.)"""
    words = [t.text.replace(".", "") for t in ent if not (t.is_punct or t.text in "<>")]
    return len(words) > 1 and words[-1] in CORPORATE


def model_people(art: _Article) -> None:
    """Stage 1: PERSON entities of the model, repaired (titles off, particles joined)."""
    for ent in art.doc.ents:
        if ent.label_ == "PERSON" and _firm_named(ent):
            continue  # a company: model_entities reads it as one
        if ent.label_ == "PERSON":
            _add_person(art, list(ent)[1:] if _opening_gerund(ent) else list(ent), "ner")


def titled_people(art: _Article) -> None:
    """Stage 1b: names right after a role title the model missed: 'Defence Minister Jean-Yves Le Drian'."""
    doc, titles, particles = art.doc, lexicon.titles(), lexicon.name_particles()
    for tok in doc:
        low = tok.text.lower()
        if low not in titles or (titles[low]["kind"] == "honorific" and not tok.text[0].isupper()):
            continue
        j = tok.i + 1
        while j + 1 < len(doc) and doc[j].text == "-" and doc[j + 1].lower_ in _AFTER_TITLE:
            j += 2  # 'president-elect Rodrigo Duterte'
        name_toks = []
        while j < len(doc) and (doc[j].is_title or doc[j].text in particles or re.match(r"^[A-Z][a-z]*-[A-Z]", doc[j].text)) \
                and doc[j].text.lower() not in titles and doc[j].pos_ in ("PROPN", "NOUN", "ADJ", "X", "ADP", "DET") \
                and not doc[j].is_sent_start:
            name_toks.append(doc[j])
            j += 1
        honorific = titles[low]["kind"] == "honorific"
        if name_toks and name_toks[0].text not in particles and (len(name_toks) >= 2 or low in _PERSONAL_HONORIFICS) \
                and name_toks[-1].pos_ == "PROPN":
            _add_person(art, [tok] + name_toks if honorific else name_toks, "title")


_PERSONAL_HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sen.", "rep.", "gen."}


#: last words of a place, a body or a thing named after someone ('Victoria Station', 'Virginia
#: Beach', 'Georgia Tech', 'Jordan River'): a given name before them is no person
_NAMED_AFTER = {"station", "beach", "street", "road", "avenue", "square", "park", "bridge", "river", "lake", "bay",
                "island", "islands", "county", "city", "hospital", "university", "college", "school", "airport",
                "hotel", "theatre", "theater", "center", "centre", "hall", "house", "stadium", "tech", "state",
                "fund", "foundation", "trust", "institute", "awards", "award", "prize", "cup", "line", "falls",
                "mountains", "valley", "harbour", "harbor", "port", "sea", "coast", "hills", "heights"}


def given_name_people(art: _Article) -> None:
    """Stage 1c: a given name of ``lexicons/first_names.csv`` followed by one capitalised proper
    noun (or two, the second ending the run) is a person the model missed or cut: 'criticised
    Theresa May' with 'Theresa' tagged ORG and 'May' taken for the month; 'called on Theresa May
    to act' with no entity at all. The given-name list is the evidence, so this runs on names the
    model has no label for, never in a title-case headline, never inside a longer name ('San
    Antonio Spurs') or a title ('The Joshua Tree'), and never for a place or a body named after
    someone ('Victoria Station', 'Virginia Beach')."""
    doc, names, titles = art.doc, lexicon.first_name_genders(), lexicon.titles()
    for tok in doc:
        if tok.text not in names or tok.pos_ != "PROPN" or (tok.ent_type_ == "PERSON" and tok.ent_iob_ == "B"
                                                            and tok.i + 1 < len(doc) and doc[tok.i + 1].ent_type_ == "PERSON"):
            continue  # (the model's own person: stage 1 has it)
        run = []
        j = tok.i + 1
        while j < len(doc) and len(run) < 3 and doc[j].pos_ == "PROPN" and doc[j].is_title and not doc[j].is_sent_start \
                and doc[j].lower_.rstrip(".") not in titles and doc[j].text not in names:
            run.append(doc[j])
            j += 1
        if not run or len(run) > 2 or run[-1].lower_ in _NAMED_AFTER or _title_cased(tok.sent):
            continue
        if any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in [tok, *run]) or _firm_end(doc[tok.i:j]):
            continue  # 'Charlotte, North Carolina'-like places the model knows; 'Victor Savings and Loan Association'
        prev = doc[tok.i - 1] if tok.i and not tok.is_sent_start else None
        if prev is not None and ((prev.pos_ == "PROPN" and prev.is_title) or prev.text == "The"):
            continue  # inside a longer name or a title: 'San Antonio Spurs', 'West Virginia Division', 'The Joshua Tree'
        _add_person(art, [tok, *run], "propn")


#: two given names sharing the surname after the second: 'the parents, Khizr and Ghazala Khan', 'Bill and
#: Hillary Clinton'
_COORDINATED_GIVEN = re.compile(r"(?<![\w.'-])([A-Z][a-z]+)[^\S\n]+(?:and|&)[^\S\n]+([A-Z][a-z]+)[^\S\n]+([A-Z][\w'-]+)(?![\w-])")


def coordinated_given_names(art: _Article) -> None:
    """Stage 1d: 'Khizr and Ghazala Khan', 'Bill and Hillary Clinton': the first given name is a person
    of the same surname ('Khizr Khan'), so that 'Mr. Khan' can be him and not the one other Khan
    named in full. Only when the model took the first word for a person on its own (or it is a
    known first name), the second pair is a person's full name, and no capitalised word runs into
    the first (not 'Adam Smith and Jane Doe'). When neither given name's gender is known and the
    article writes the surname after both 'Mr.' and 'Mrs.'/'Ms.', the couple follows the
    convention of news copy (the husband named first, as 'Mr. and Mrs.')."""
    titles, first_genders = lexicon.titles(), lexicon.first_name_genders()
    for m in _COORDINATED_GIVEN.finditer(art.text):
        one, two, surname = m.group(1), m.group(2), m.group(3)
        second = f"{two} {surname}"
        if second not in art.persons or one.lower() in titles or one in lexicon.countries() \
                or not (one in first_genders or (one in art.persons and not art.persons[one]["roles"])):
            continue
        before = art.text[max(0, m.start() - 30):m.start()].rstrip()
        if before and re.search(r"[A-Z][\w'.-]*$", before) and not re.search(r"[.!?:]$", before):
            continue  # 'Adam Smith and Jane Doe': 'Smith' is a surname, not a given name
        if re.search(r"\b(?:the|a|an)$", before, re.I):
            continue  # 'the Jesus and Mary Chain': a band's or a work's name, no couple
        first = f"{one} {surname}"
        if first in art.persons or any(n.split()[0] == one and n != first for n in art.persons if " " in n):
            continue  # 'Directed by Beyonce and Kahlil Joseph' beside 'Beyonce Knowles Carter': her own name
        info = art.persons[first] = {"roles": [], "countries": [], "gender": None, "affiliates": [], "count": 1}
        lone = art.persons.get(one)
        if lone:
            info["roles"], info["countries"] = list(lone["roles"]), list(lone["countries"])
        info["gender"] = (lone or {}).get("gender") or first_genders.get(one)
        other = art.persons[second]
        both = art.persons.get(surname, {}).get("title_genders", set())
        if not info["gender"] and not (other["gender"] or first_genders.get(two)) and both >= {"m", "f"}:
            info["gender"], other["gender"] = "m", "f"


def _epithet_names(persons: dict) -> dict[str, str]:
    """A word glued before a full name that the article also writes plainly: a nickname or an
    epithet, not a given name ('Crooked Hillary Clinton', 'Lyin' Ted Cruz', 'Embattled Tom Reed'
    beside 'Hillary Clinton', 'Ted Cruz', 'Tom Reed'). Not a given name ('Mary Ann Smith' beside
    'Ann Smith'), a title or a particle; the plain name opens with a known given name
    (lexicons/first_names.csv), so 'Ramiro Saraiva Guerreiro' keeps his given name. -> {the name with
    the word: the plain name}."""
    firsts, particles, titles = lexicon.first_name_genders(), lexicon.name_particles(), lexicon.titles()
    out = {}
    for n in persons:
        words = n.split()
        plain = " ".join(words[1:])
        if len(words) < 3 or plain not in persons or words[0] in firsts or words[1] not in firsts \
                or words[0] in particles \
                or words[0].lower() in titles or words[0].lower() + "." in titles:
            continue
        if any(p != n and len(p.split()) >= 2 and p.split()[0] == words[0] for p in persons):
            continue  # 'Ann Smith' beside 'Ann Lee': a given name
        out[n] = plain
    return out


def merge_people(art: _Article) -> None:
    """Stage 2: within-article coreference of names. Every shorter form goes to the one full
    name it fits: the same name in capitals or with a middle initial ('Donald J. Trump'), the
    surname alone ('Trump', 'Sun' of 'Sun Jianguo', 'Vinh' of 'Nguyen Chi Vinh'), the first name
    alone ('Bernie'). A surname that fits two full names is resolved per mention later."""
    persons = art.persons
    # one key per name: case, dots and middle initials do not make two people
    by_key: dict[str, list[str]] = {}
    for n in persons:
        by_key.setdefault(name_key(n, "person"), []).append(n)
    canon: dict[str, str] = {}
    for names in by_key.values():
        best = display_name([n for n in names for _ in range(persons[n]["count"])])
        best = best if best in persons else names[0]
        for n in names:
            canon[n] = best
    canon.update({n: canon.get(plain, plain) for n, plain in _epithet_names(persons).items()})
    full_names = sorted({canon[n] for n in persons if len(n.split()) >= 2}, key=len, reverse=True)
    surname_of: dict[str, set] = {}
    first_of: dict[str, set] = {}
    for name in full_names:
        for key in _surname_keys(name):
            surname_of.setdefault(key, set()).add(name)
        first_of.setdefault(name.split()[0], set()).add(name)
    forms = {n: canon[n] for n in persons}
    for key, fulls in surname_of.items():
        if len(fulls) == 1:
            forms[key] = next(iter(fulls))
        else:
            art.ambiguous[key] = sorted(fulls)
    # the first name alone ('Bernie'): one full name has it and nothing else is named so
    lexical = set(lexicon.aliases()) | set(lexicon.countries()) | set(lexicon.demonyms()) \
        | set(lexicon.institutions()) | lexicon.not_actors()
    for first, fulls in first_of.items():
        if len(fulls) == 1 and first not in surname_of and first not in lexical and not _INITIAL.match(first) \
                and (first in persons or first not in forms):
            forms[first] = next(iter(fulls))
            art.first_names.add(first)
    _split_by_gender(art, forms)
    for n in list(persons):
        target = forms.get(n, n)
        if n in art.ambiguous:
            continue
        if target != n and target in persons:
            for k in ("roles", "countries", "affiliates"):
                persons[target][k] += persons[n][k]
            persons[target]["gender"] = persons[target]["gender"] or persons[n]["gender"]
            persons[target]["count"] += persons[n]["count"]
            for k in ("government", "foreign", "offices", "employer"):
                persons[target][k] = persons[target].get(k) or persons[n].get(k)
            del persons[n]
    art.person_forms = {f: t for f, t in forms.items() if f not in art.ambiguous}


def _split_by_gender(art: _Article, forms: dict) -> None:
    """A surname whose title gives a gender ('Mrs Howard') is not the one full name of the other
    gender it would merge into ('Michael Howard'): both stay, and every bare 'Howard' is resolved per
    mention like a surname two full names share (title, pronoun, salience, nearest). 'Mr Howard'
    beside 'Michael Howard' merges as before."""
    persons = art.persons
    for n in [n for n in persons if len(n.split()) == 1 and persons[n].get("title_genders")]:
        target = forms.get(n, n)
        if target == n or target not in persons or n in art.ambiguous:
            continue
        other = persons[target]["gender"] or _first_name_gender(target)
        differ = sorted(persons[n]["title_genders"] - {other}) if other else []
        if differ:
            titled = _titled_form(art, n, differ[0])  # 'Mrs Howard': no bare surname the corpus
            persons[titled] = persons.pop(n)          # would join to Michael Howard again
            persons[titled]["gender"] = differ[0]
            art.ambiguous[n] = sorted([titled, target])


def _titled_form(art: _Article, surname: str, gender: str) -> str:
    """The surname with the first honorific of that gender the article puts before it: 'Mrs Howard'."""
    titles = lexicon.titles()
    for m in re.finditer(r"\b(Mrs|Ms|Miss|Mr|Madame|Mme)\.? " + re.escape(surname) + r"\b", art.text):
        if titles.get(m.group(1).lower(), {}).get("gender") == gender:
            return f"{m.group(1)} {surname}"
    return f"{'Ms' if gender == 'f' else 'Mr'} {surname}"


def person_occurrences(art: _Article) -> None:
    """Stage 3: every occurrence of a known name or surname, whatever the model called it;
    a surname two full names share goes to the one the context points to."""
    forms = dict(art.person_forms)
    forms.update({k: None for k in art.ambiguous})
    if not forms:
        return
    pattern = re.compile(r"(?<![\w-])" + lexicon.alternation(forms) + r"(?![\w-])")
    found = [m for m in pattern.finditer(art.text) if not art.is_blocked(m.start(), m.end())
             and not _ORG_NAMED_AFTER.match(art.text, m.end()) and not _event_after().match(art.text, m.end())
             and (m.group(0) not in art.first_names or _lone_first_name(art, m.start(), m.end()))]
    suffix = {m.start(): _CORPORATE_AFTER.match(art.text, m.end()) for m in found}  # ' Holdings Ltd'
    companies = {m.group(0) for m in found if forms[m.group(0)] == m.group(0)
                 and (suffix[m.start()] or _determined(art, m.start(), m.end()) or _SHARES_AFTER.match(art.text, m.end())
                      or _SHARES_OF.search(art.text, max(0, m.start() - 25), m.start()))}  # the name itself, not a
    # surname of a fuller one: 'Smith Co'; 'the Panera Bread' (a person takes no article)
    companies |= {form for form, full in forms.items() if full in companies}
    if companies:  # 'Jardine Matheson Ltd' once: every 'Jardine Matheson' is the company
        named_as: dict[str, str] = {}  # the full name -> its first form with the company words
        for m in found:
            after = suffix[m.start()]
            if forms[m.group(0)] in companies and after:
                named_as.setdefault(forms[m.group(0)], " ".join((m.group(0) + after.group(0).rstrip(".")).split()))
        for m in found:
            if forms[m.group(0)] in companies:
                after = suffix[m.start()]
                end = m.end() + len(after.group(0).rstrip(".")) if after else m.end()
                art.candidates.append((m.start(), end, f"ent:ORG:{named_as.get(forms[m.group(0)], m.group(0))}", "ner"))
        found = [m for m in found if forms[m.group(0)] not in companies]
        for name in companies:
            art.persons.pop(name, None)
    full = [(m.start(), forms[m.group(0)]) for m in found if forms[m.group(0)] == m.group(0)]
    _kin_named(art, full)
    _first_name_genders(art)  # (before the pronoun votes: a 'he' after 'Hillary Clinton' is someone else's)
    _pronoun_genders(art, [(m.start(), m.end(), forms[m.group(0)]) for m in found if forms[m.group(0)]])
    counts: dict[str, int] = {}
    for m in found:
        if forms[m.group(0)]:
            counts[forms[m.group(0)]] = counts.get(forms[m.group(0)], 0) + 1
    knighted = _knighted(art.text, {forms[m.group(0)] for m in found if forms[m.group(0)] == m.group(0)})
    about = _surname_votes(art, [m for m in found if not forms[m.group(0)]])
    for m in found:
        surface = m.group(0)
        if knighted and _plain_honorific(art.text, m.start()) and surface not in knighted:
            fits = [n for n in (art.ambiguous.get(surface) or [forms[surface]]) if n not in knighted]
            if len(fits) < len(art.ambiguous.get(surface) or [forms[surface]]):  # 'Mr Blair' beside 'Sir Ian Blair'
                if not fits:
                    art.candidates.append((m.start(), m.end(), "person:" + surface, "ner"))
                    art.own_surnames.add(m.start())
                    continue
                if len(fits) == 1:
                    art.candidates.append((m.start(), m.end(), "person:" + fits[0], "alias"))
                    continue
        target = forms[surface] or _resolve_surname(art, m.start(), m.end(), art.ambiguous[surface], full, counts,
                                                     about.get(surface))
        art.candidates.append((m.start(), m.end(), "person:" + target, "ner" if surface == target else "alias"))
        if target in art.persons:  # 'Campbell was part of the British quartet' (the model saw no person there)
            last = art.doc[bisect_right(art.token_starts, m.end() - 1) - 1]
            art.persons[target]["countries"] += _nationality_predicate(last)
            if last.ent_type_ != "PERSON":  # 'Assange, an Australian, appealed' (a model's person had its own look)
                art.persons[target]["countries"] += _demonym_appositive(_appositive(art.text, m.end()))


_PLAIN_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Miss)\.?[^\S\n]+$")


_KNIGHT_TITLE = re.compile(r"\b(?:Sir|Dame)[^\S\n]+")


def _knighted(text: str, full_names) -> set[str]:
    """The full names the article writes after 'Sir' or 'Dame' ('Sir Ian Blair'). One pass over
    the titles, each compared with the names that open with the word after it."""
    by_first: dict[str, list[str]] = {}
    for name in full_names:
        if len(name.split()) >= 2:
            by_first.setdefault(name.split()[0], []).append(name)
    out = set()
    for m in _KNIGHT_TITLE.finditer(text):
        after = text[m.end():m.end() + 200]
        for name in by_first.get(after.split(maxsplit=1)[0] if after.strip() else "", ()):
            end = len(name)
            if after.startswith(name) and not (end < len(after) and (after[end].isalnum() or after[end] in "_-")):
                out.add(name)
    return out


def _plain_honorific(text: str, start: int) -> bool:
    """'Mr', 'Mrs', 'Ms' or 'Miss' right before a name. A knight's or dame's second reference keeps the
    title with the first name ('Sir Ian Blair', then 'Sir Ian'), so 'Mr Blair' beside him is someone
    else (Tony Blair), and stays a surname of its own when no other full name fits."""
    return bool(_PLAIN_HONORIFIC.search(text, max(0, start - 6), start))


#: a person's name as the first part of an organisation's: 'the Clinton Foundation', 'the Carter Center'
_ORG_NAMED_AFTER = re.compile(r" (?:%s)\b" % "|".join(sorted(
    (ORG_WORDS - {"Co", "United", "City"}) | {"Organization", "Organisation", "Center", "Centre", "Library", "Fund",
                                              "Trust"})))


#: the rest of a company's name after a name: ' Inc', ' Holdings Ltd', ' Hotels Corp', ' Cayman Islands Ltd'
_EVENT_MEMO: dict = {}


def _event_after() -> re.Pattern:
    """A show, prize or event word right after a name ('Jimmy Kimmel Live', 'Davis Cup'): the
    name is part of the show's or the event's, not the person's mention."""
    heads = lexicon.not_actor_heads()
    if id(heads) not in _EVENT_MEMO:
        _EVENT_MEMO.clear()
        _EVENT_MEMO[id(heads)] = re.compile(r" (?:%s)\b" % lexicon.alternation(heads))
    return _EVENT_MEMO[id(heads)]


def _opens_event(text: str, end: int) -> bool:
    """An organisation's word opening an event's name: 'Republican' of 'the Republican National
    Convention', 'Democratic' of 'the Democratic Convention': a word of the event, no actor."""
    heads = lexicon.not_actor_heads()
    key = ("opens", id(heads))
    if key not in _EVENT_MEMO:
        _EVENT_MEMO[key] = re.compile(r"(?:[^\S\n]+[A-Z][\w'-]*){0,2}[^\S\n]+(?:%s)\b" % lexicon.alternation(heads))
    return bool(_EVENT_MEMO[key].match(text, end))


def _names_competition(text: str, end: int) -> bool:
    """A demonym opening the name of a competition or an event, up to two capitalised words before
    its last word ('the Scottish Cup', 'the French Open', 'the English Premiership', 'the Italian
    Serie A', 'the American Music Awards'): a word of that name, no mention of the country."""
    events, leagues = lexicon.not_actor_heads(), lexicon.competition_heads()
    key = ("competition", id(events), id(leagues))
    if key not in _EVENT_MEMO:
        heads = events | leagues
        _EVENT_MEMO[key] = re.compile(r"(?:[^\S\n]+[A-Z][\w'-]*){0,2}?[^\S\n]+(?:%s)\b(?!-)" % lexicon.alternation(heads))
    return bool(_EVENT_MEMO[key].match(text, end))


#: the rest of a company's name after a name read as a person's: ' Holdings Ltd', ' and Co Inc', and in
#: Spanish, Portuguese or Italian ' y Arrayanes S.A.', ' e Figli SpA'
_CORPORATE_AFTER = re.compile(r"(?:[ \n](?:[A-Z][\w&'-]*|and|&|y|e)){0,3}[ \n]"
                              r"(?:Inc|Corp|Co|Ltd|Plc|PLC|plc|LLC|AG|NV|Bhd|GmbH|Corporation|Incorporated|Limited|"
                              r"S\.A|SA|S\.p\.A|SpA|N\.V)\b\.?")


def _lone_first_name(art: _Article, start: int, end: int) -> bool:
    """A first name standing alone as a proper noun ('as Bernie waved'), not the start of
    another name ('Bernie Madoff') nor a word the model calls something else."""
    span = art.doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.root.pos_ != "PROPN" or span.root.ent_type_ not in ("", "PERSON", "ORG"):
        return False
    nxt = art.doc[span.end] if span.end < len(art.doc) else None
    return nxt is None or not (nxt.is_title and nxt.pos_ == "PROPN")


def _next_pronoun(art: _Article, end: int) -> Token | None:
    """The first he/she/his/her after ``end`` in the same or the next sentence."""
    i = bisect_right(art.token_starts, end - 1)
    if i >= len(art.doc):
        return None
    sid = art.sent_of.get(i, -1)
    for tok in art.doc[i:]:
        if art.sent_of.get(tok.i, -1) > sid + 1:
            return None
        if tok.lower_ in PRONOUNS and tok.pos_ == "PRON":
            return tok
    return None


#: a gendered kin noun right before a full name, with its comma and up to three title words: "his wife,
#: Ghazala Khan", "their son, Army Capt. Humayun Khan", "her husband Bill Clinton"
_KIN_BEFORE = re.compile(r"\b(%s)(?:,|[^\S\n]+of[^\S\n]+\w+,)?[^\S\n]+(?:[\w.]+[^\S\n]+){0,3}$"
                         % "|".join(sorted(set(k for k in ("wife", "husband", "widow", "widower", "son", "daughter",
                                                             "father", "mother", "brother", "sister")))))


_CHILDREN = ("son", "daughter")
#: words a title between a kin noun and a name may have besides the lexicon's titles ('former President')
_KIN_TITLE_WORDS = {"of", "the", "former", "late", "then", "current", "u.s.", "army", "navy", "marine", "air", "force"}


def _kin_named(art: _Article, full) -> None:
    """A full name written right after a gendered kin noun ("his wife, Ghazala Khan", "their son,
    Humayun Khan") takes that gender when nothing else gave one, and is marked as named through
    someone else: a bare or titled surname it shares goes to the other bearer first ("Mr. Khan" is
    the father the story is about, not the son it names once as his)."""
    for start, name in full:
        info = art.persons.get(name)
        if info is None or len(name.split()) < 2:
            continue
        kin = _KIN_BEFORE.search(art.text, max(0, start - 40), start)
        if kin is None:
            continue
        words = art.text[kin.end(1):start].split()
        if words and words[0].lower() == "of":
            continue  # 'the mother of David Smith', 'daughter of former President Bush': the name is the relative's relative
        if any(w.rstrip(".,").lower() not in lexicon.titles() and w.lower() not in _KIN_TITLE_WORDS and not w.endswith(",")
               for w in words):
            continue  # only title words between: not 'son, Henry Smith' inside another name
        info["gender"] = info["gender"] or GENDERED_KIN[kin.group(1)]
        art.kin_named.setdefault(name, kin.group(1))


def _first_name_genders(art: _Article) -> None:
    """A person with no gender from a title or a pronoun takes the one their first name mostly
    stands for (``lexicons/first_names.csv``: 'Tim Kaine' is a man, 'Heidi Cruz' a woman), so
    that 'she' is never him; names used for both genders are not in the list."""
    for name, info in art.persons.items():
        if not info["gender"]:
            info["gender"] = _first_name_gender(name)


def _first_name_gender(name: str) -> str | None:
    """The gender a full name's first name mostly stands for (``lexicons/first_names.csv``), or None."""
    words = name.split()
    return lexicon.first_name_genders().get(words[0]) if len(words) > 1 else None


def _pronoun_genders(art: _Article, occurrences) -> None:
    """A person's gender from the subject pronoun ('he', 'she') that follows their name with no
    other person between."""
    starts = sorted(s for s, _, _ in occurrences)
    votes: dict[str, dict[str, int]] = {}
    for start, end, name in occurrences:
        tok = _next_pronoun(art, end)
        if tok is None or any(end <= s < tok.idx for s in starts):
            continue
        if tok.lower_ not in ("he", "she"):
            continue  # 'Nancy Pelosi condemned his comments': a possessive or object is often someone else
        v = votes.setdefault(name, {"m": 0, "f": 0})
        v[PRONOUNS[tok.lower_]] += 1
    for name, v in votes.items():
        info = art.persons.get(name)
        if info is not None and not info["gender"] and v["m"] != v["f"]:
            info["gender"] = "m" if v["m"] > v["f"] else "f"


def _resolve_surname(art: _Article, start: int, end: int, names: list[str], full, counts, about=None) -> str:
    """Which of several full names a shared surname stands for ('Clinton' beside Hillary and Bill).

    In order: an honorific or title right before it (Mrs., 'former President'); the gender of the
    next pronoun; salience (who the article is about, by ``about``: the one its other uses of the
    surname were resolved to by those cues; else one of them named at least twice as often); the
    nearest full mention.
    """
    cands = _surname_by_context(art, start, end, names)
    if len(cands) > 1 and any(n not in art.kin_named for n in cands):
        cands = [n for n in cands if n not in art.kin_named]  # 'Clinton' beside 'her husband, Bill Clinton'
    if len(cands) == 1:
        return cands[0]
    chosen = _article_about(about, cands) if about is not None else None
    if chosen is not None:
        span = art.doc.char_span(start, end, alignment_mode="expand")
        if not (span is not None and span.start and art.doc[span.start - 1].lower_ in ("another", "other")):
            return chosen
        cands = [n for n in cands if n != chosen]  # 'Trump turns attacks on another Clinton': not hers
        if len(cands) == 1:
            return cands[0]
    ranked = sorted(cands, key=lambda n: -counts.get(n, 0))
    if counts.get(ranked[0], 0) >= 2 * counts.get(ranked[1], 0) > 0 or (counts.get(ranked[0], 0) >= 2 and not counts.get(ranked[1], 0)):
        return ranked[0]
    prior = [(s, n) for s, n in full if s < start and n in cands]
    if prior:
        return prior[-1][1]
    later = [(s, n) for s, n in full if s > start and n in cands]
    return later[0][1] if later else ranked[0]


def _article_about(about: dict[str, int], cands: list[str]) -> str | None:
    """The one of ``cands`` the article is about, judged by how its other bare uses of the shared
    surname were resolved by a title or a pronoun: in a story about Hillary Clinton that mentions
    Bill three times, 'Clinton ... she' eight times and 'Clinton ... he' once make a bare
    'Clinton slammed the shift' hers. One name must have at least two such uses and twice the
    others'."""
    ranked = sorted(cands, key=lambda n: -about.get(n, 0))
    top, second = about.get(ranked[0], 0), about.get(ranked[1], 0) if len(ranked) > 1 else 0
    return ranked[0] if top >= 2 and top >= 2 * second else None


def _surname_votes(art: _Article, shared) -> dict[str, dict[str, int]]:
    """For each shared surname, how many of its uses their own context gave to each full name
    (``_surname_by_context``): the salience stage of ``_resolve_surname``."""
    votes: dict[str, dict[str, int]] = {}
    for m in shared:
        if any(not art.persons.get(n, {}).get("gender") for n in art.ambiguous[m.group(0)]):
            continue  # a 'he' picks the one man of a man and someone of unknown gender by default only
        cands = _surname_by_context(art, m.start(), m.end(), art.ambiguous[m.group(0)])
        if len(cands) == 1:
            per = votes.setdefault(m.group(0), {})
            per[cands[0]] = per.get(cands[0], 0) + 1
    return votes


#: kin nouns with the gender they give: "Cruz's wife" is a woman, so that Cruz is not she
GENDERED_KIN = {"wife": "f", "husband": "m", "widow": "f", "widower": "m", "son": "m", "daughter": "f",
                "father": "m", "mother": "f", "brother": "m", "sister": "f"}


def _kin_owned(span) -> str | None:
    """The gender of the kin a surname owns ("Cruz's wife, Heidi" -> 'f'), or None."""
    if span is None or not len(span) or span.root.dep_ != "poss":
        return None
    return GENDERED_KIN.get(span.root.head.lemma_.lower())


def _surname_by_context(art: _Article, start: int, end: int, names: list[str]) -> list[str]:
    """The full names a shared surname's own context leaves (a title or honorific before it, the
    gender of the next pronoun): one when the context decides."""
    titles = lexicon.titles()
    cands = list(names)
    span = art.doc.char_span(start, end, alignment_mode="expand")
    before = [t for t in art.doc[max(0, span.start - 3):span.start]] if span is not None else []
    words = [t.text.lower() for t in before if t.text.lower() in titles]
    genders = {titles[w]["gender"] for w in words if titles[w].get("gender")}
    roles = [w for w in words if titles[w]["kind"] != "honorific"]

    def narrow(keep):
        nonlocal cands
        kept = [n for n in cands if keep(n)]
        if kept:
            cands = kept
        return len(cands) == 1

    if genders:
        fit = [n for n in cands if art.persons.get(n, {}).get("gender") in genders]
        if fit and all(art.kin_named.get(n) in _CHILDREN for n in fit):
            # 'Mr. Khan' beside 'their son, Humayun Khan': the parent the story is about, when a full
            # name of unknown gender is there for it (a child named as such is seldom 'Mr.' or 'Ms.')
            fit += [n for n in cands if n not in art.kin_named and not art.persons.get(n, {}).get("gender")]
        if not fit:  # none of that gender known: not one known to be of the other ('Ms. Khan' is not the son)
            fit = [n for n in cands if not art.persons.get(n, {}).get("gender")]
        if fit:
            cands = fit
        if len(cands) == 1:
            return cands
    if roles and narrow(lambda n: any(r in role.lower() for r in roles for role in art.persons.get(n, {}).get("roles", []))):
        return cands
    kin = _kin_owned(span)
    if kin and narrow(lambda n: art.persons.get(n, {}).get("gender") not in (None, kin)):
        return cands  # "Cruz's wife, Heidi": that Cruz is not the wife
    # the next pronoun, in the surname's sentence or after a surname that is its clause's subject
    # ('Clinton said ... . She added'; "He accused Clinton of ... . His ...": after an object, the next
    # sentence's pronoun is usually the subject's), when no one else of its gender is named in that
    # sentence ("Comey's decision ... helps Clinton's campaign. His criticism" is Comey's)
    tok = _next_pronoun(art, end)
    if tok is not None and span is not None and (tok.sent.start == span.sent.start
                                                 or span.root.dep_ in ("nsubj", "nsubjpass")):
        gender = PRONOUNS[tok.lower_]
        surnames = {n.split()[-1] for n in art.persons if len(n.split()) > 1}  # ('attacking Trump' tagged ORG)
        between = art.doc[span.sent.end:tok.i] if tok.i >= span.sent.end else []  # 'Clinton has tried ... .
        # Sanders released his plan': the 'his' of a man named before it in the next sentence is his
        others = [t for t in [*span.sent, *between] if (t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and t.text in surnames))
                  and not start <= t.idx < end and not any(t.text in n.split() for n in names)]
        if not any(info.get("gender") in (None, gender) for t in others for n, info in art.persons.items()
                   if t.text in n.split()) \
                and narrow(lambda n: art.persons.get(n, {}).get("gender") in (None, gender)):
            return cands  # (one of unknown gender stays: a 'he' after 'Conroy' is not the one man's by default)
    return cands


_FORMS_MEMO: dict[int, tuple[dict, re.Pattern]] = {}


def _lexicon_forms() -> dict[str, tuple[str, dict]]:
    """Every written form the lexicons know -> (kind, row); built once per loaded aliases table."""
    return _lexicon_index()[0]


def _lexicon_index() -> tuple[dict, re.Pattern]:
    return _per_aliases_table(
        _FORMS_MEMO, lambda: _forms_and_pattern(_build_forms(), r"(?<![\w./-])", r"(?![\w-]|\.\w)"))


def _build_forms() -> dict[str, tuple[str, dict]]:
    forms: dict[str, tuple[str, dict]] = {}
    for alias, row in lexicon.aliases().items():
        forms[alias] = ("alias", row)
    for name, row in lexicon.institutions().items():
        if row.get("scope") == "name":
            forms.setdefault(name, ("alias", {"canonical": row["canonical"], "actor_type": row["actor_type"],
                                              "country": row["country"]}))
    for name, (canonical, iso3) in lexicon.countries().items():
        forms.setdefault(name, ("country", {"canonical": canonical, "actor_type": "country", "country": iso3}))
    for name, iso3 in lexicon.subdivision_countries().items():
        if " " in name:  # 'New Jersey' is a state, not Jersey: the longer name wins
            forms.setdefault(name, ("place", {"canonical": name, "actor_type": "place", "country": iso3}))
    for dem, iso3 in lexicon.demonyms().items():
        forms.setdefault(dem, ("demonym", {"canonical": lexicon.country_names().get(iso3, dem),
                                           "actor_type": "country", "country": iso3}))
    return forms


_CURRENCY = re.compile(r"\s+(?:francs?|dollars?|dlrs?|pounds?|yen|marks?|crowns?|pesos?|rupees?|yuan|euros?|"
                       r"lire|rand|rubles?|roubles?|won|ringgit|baht|shekels?|riyals?|dinars?)\b")


def lexicon_names(art: _Article) -> None:
    """Stage 4: names the lexicons know: aliases, institutions, countries, demonyms."""
    forms, gaz = _lexicon_index()
    flat = _LINE_BREAK.sub(" ", art.text)  # 'Sri\nLanka' where wire copy wraps its lines
    for m in gaz.finditer(flat):
        if art.is_blocked(m.start(), m.end()):
            continue
        kind, row = forms[m.group(0)]
        body = _BODY_AFTER.match(flat, m.end()) if row.get("actor_type") == "country" and kind != "demonym" else None
        if body and body.group(1) not in forms and not any(w.lower() in lexicon.titles() for w in body.group(1).split()):
            # 'the U.S. Geological Survey', 'U.S. Agriculture Department': the country opens the body's name
            name = " ".join(flat[m.start():body.end()].split())
            art.candidates.append((m.start(), body.end(), f"ent:ORG:{name}", "ner"))
        if kind == "demonym" and _CURRENCY.match(art.text, m.end()):
            continue  # 'Swiss francs', '2.20 billion Canadian dlr': a currency, not an actor
        club = _PLACE_WORD_BEFORE.search(art.text, max(0, m.start() - 30), m.start()) if kind == "demonym" else None
        if club and club.group(1) in lexicon.big_cities() and not _people_after(art, m.end()) \
                and not m.group(0).endswith("s"):
            # 'sink London Irish', 'London Welsh 12-10': a club named by a city and a nationality
            if art.candidates and art.candidates[-1][0] == club.start(1) and art.candidates[-1][2].startswith("lex:"):
                art.candidates.pop()  # 'London' read as the capital
            art.candidates.append((club.start(1), m.end(), f"ent:ORG:{club.group(1)} {m.group(0)}", "ner"))
            continue
        art.candidates.append((m.start(), m.end(), f"lex:{m.group(0)}",
                               "alias" if kind == "alias" and m.group(0) != row["canonical"] else "gazetteer"))
    states = lexicon.us_state_abbreviations()
    for m in _ap_states().finditer(art.text):  # 'Tampa, Fla.', '(R-Fla.)': the state
        if not art.is_blocked(m.start(), m.end()):
            art.candidates.append((m.start(), m.end(), f"ent:LOC:{states[m.group(0)]}", "gazetteer"))


_PLACE_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+) $")
#: a line break inside a run of text (not a paragraph break)
_LINE_BREAK = re.compile(r"(?<=\S)\n(?=\S)")
#: words that end the name of a public body: 'Geological Survey', 'Bankruptcy Court' (or head it
#: before 'of': 'U.S. Chamber of Commerce', which a country's name opens without being the body)
_BODY_HEADS = {"Survey", "Department", "Agency", "Administration", "Bureau", "Service", "Commission", "Corps",
               "Institute", "Office", "Authority", "Council", "Ministry", "Board", "Association", "Federation",
               "Foundation", "Academy", "Guard", "Navy", "Army", "Command", "Embassy", "Consulate", "Court",
               "Committee", "Mint", "Center", "Centre", "Society", "Senate", "Congress", "Exchange", "Police",
               "Marshals", "Trust", "Tourist", "Chamber"}
#: the words after a country's name that make it the name of one of its bodies: ' Geological Survey',
#: ' Anti-Doping Agency', ' Agriculture Department' (a title among them makes a role: 'U.S. District Judge')
_BODY_AFTER = re.compile(r"\s+((?:[A-Z][a-z][\w'-]*\s+){0,3}(?:Survey|Department|Agency|Administration|Bureau|"
                         r"Service|Commission|Corps|Institute|Office|Authority|Council|Ministry|Board|Association|"
                         r"Federation|Foundation|Academy|Guard|Navy|Army|Command|Embassy|Consulate|Court|Committee|"
                         r"Mint|Centers?|Centres?|Society|Chamber of Commerce))\b(?!\s+(?:of|for)\b)")


def _people_after(art: _Article, end: int) -> bool:
    """The word after offset ``end`` is a noun for people of a nationality ('London Irish
    community', 'Boston Irish voters'): a nationality, no club ('London Irish coach' is the club)."""
    i = bisect_right(art.token_starts, end)
    while i < len(art.doc) and art.doc[i].is_space:
        i += 1
    return i < len(art.doc) and art.doc[i].pos_ == "NOUN" and (
        art.doc[i].lemma_.lower() in lexicon.group_nouns() or art.doc[i].lower_ in ("community", "communities", "people"))


_AP_MEMO: dict = {}


def _ap_states() -> re.Pattern:
    """An AP state abbreviation after a place name and a comma or a party letter, before its dot."""
    states = lexicon.us_state_abbreviations()
    if id(states) not in _AP_MEMO:
        _AP_MEMO.clear()
        alt = lexicon.alternation(states)
        # after a place and a comma the dot is needed ('Tampa, Fla.'); after a party letter the tag
        # may end without it ('D-Calif,', '(R-Tex)'): the bracket or comma closes it
        _AP_MEMO[id(states)] = re.compile(r"(?:(?:(?<=[A-Za-z], )|(?<=[a-z],\n))" + alt + r"(?=\.)"
                                          r"|(?<=\b[RDI]-)" + alt + r"(?=[.,;)]))")
    return _AP_MEMO[id(states)]


def _party_tag(text: str, start: int, end: int) -> bool:
    """The span is a US party-state tag, whole or but its dot: 'D-Cal', 'R-S.C.', '(D-Kans.)'."""
    m = _ap_states().search(text, start, min(len(text), end + 1))  # the lookahead needs the closing mark
    return m is not None and m.end() <= end and re.fullmatch(r"[RDI]-", text[start:m.start()]) is not None \
        and text[m.end():end].strip(".") == ""


def _adjective(ent: Span) -> bool:
    """'Democratic', 'communist', 'jihadist': an adjective, not a group, unless it heads a noun
    phrase naming a party ('the Democratic Party' is found whole by the lexicon)."""
    tok = ent[-1]
    if len(ent) != 1:  # 'Russian-Syrian', 'Southeast Asian' before a noun: an adjective of it
        return tok.tag_ not in ("NNS", "NNPS") and not tok.text.endswith("s") and ent.root.dep_ in ("amod", "compound") \
            and ent.root.head.i >= ent.end
    return tok.tag_ not in ("NNS", "NNPS") and not tok.text.endswith("s") and tok.text not in lexicon.demonyms()


def _person_appositive(art: _Article, ent: Span) -> bool:
    """A name of two or three capitalised words that the appositive after it gives a person's
    role: ', an executive editor at Quartz', ', the company's founder' (not ', a maker of chips')."""
    words = ent.text.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.isalpha() and w.lower() not in _HEADLINE_WORDS
                                           for w in words) \
            or words[-1] in ORG_WORDS or _corporate(words[-1]) or ent.text in _lexicon_forms():
        return False
    m = re.match(r"(?:a|an|the|its|their|[A-Z][\w.&-]*['\u2019]s)\s+((?:[a-z-]+\s+){0,3})([a-z]+)(?:\s+(?:at|of|for|with)\b|$)",
                 _appositive(art.text, ent.end_char))
    return m is not None and lexicon.role_title(m.group(2))


#: what only a player does right after the name: loses a tennis match by its sets ('beat Anna
#: Smit 6-4 6-4', 'Smit 6-7 (7-2) 6-1'), or scores from a distance or with the head ("Diop's superb
#: 25-yard strike", "Terry's header"); a club wins by goals ('beat Villa 2-1') and heads nothing.
#: The name may run on over capitalised words the model left out ('Anna' tagged, 'Smit' not).
_PLAYER_AFTER = re.compile(
    r"((?:[^\S\n]+[A-Z][a-z][\w'-]*){0,2})(?:[^\S\n]+\d-\d(?:\s*\(\d+-\d+\))?,?\s+\d-\d(?![\d-])"
    r"|['\u2019]s\s+(?:[a-z]+\s+){0,2}(?:\d+-yard|header|volley|free-kick|hat-trick|brace|strike)\b(?!\s+force))")

#: a seeded player's line: '28 Anna Smit (Japan)' (the seed before the name, the country after it)
_SEED_LINE = re.compile(r"[^\S\n]+\(([A-Z][\w .'-]+)\)[^\S\n]*(?:\n|$)")


def _player_by_use(art: _Article, ent: Span) -> Span | None:
    """A name of one to three capitalised words the model tagged ORG that a sport report uses as a
    player's (_PLAYER_AFTER: 'Martinez beat Anna Smit 6-4 6-4', "Bouba Diop's 25-yard strike"; a
    seeding list's line, _SEED_LINE: '28 Anna Smit (Japan)'), as a span over the whole name; None for a club or a firm ('beat Aston Villa 2-1', 'Villa's
    ground'), for a name with an organisation's word ('Bolton Wanderers') or one the lexicon knows."""
    text = art.text
    end = ent.end_char - 2 if ent.text.endswith(("'s", "\u2019s")) else ent.end_char  # "Diop's" tagged whole
    score = re.search(r"\s\d-\d", ent.text)
    if score is not None:  # 'Frenchman Gilles Simon 7-6 6-3' tagged whole: the name before its sets
        end = ent.start_char + score.start()
    m = _PLAYER_AFTER.match(text, end)
    line = _SEED_LINE.match(text, end) if m is None else None
    if m is None and (line is None or not _countries_in(line.group(1))
                      or not re.search(r"(?:^|\n)\d+\.?[^\S\n]+$", text[max(0, ent.start_char - 8):ent.start_char])):
        return None
    run_on = m.group(1) if m is not None else ""  # 'Anna' tagged, 'Smit' not
    span = art.doc.char_span(ent.start_char, end + len(run_on), alignment_mode="contract")
    words = span.text.split() if span is not None else []
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() and w.replace("-", "").isalpha()
                                           and w.lower() not in _HEADLINE_WORDS and w not in ORG_WORDS
                                           and not _corporate(w) for w in words) \
            or any(f in _lexicon_forms() for f in (span.text, ent.text)):
        return None
    return span


_TICKER = re.compile(r"[<(][A-Z]{1,5}(?:\.[A-Z]{1,2})?[>)]")


def _ticker(text: str, start: int, end: int) -> bool:
    """A stock symbol in brackets after a company name: '<HON>', '(V.N)', '<TCSF.PA>'."""
    return bool(_TICKER.fullmatch(text[max(0, start - 1):end + 1])) or \
        bool(_TICKER.fullmatch(text[max(0, start - 1):text.find(">", end, end + 4) + 1 or end + 1]))


#: a company's name in angle brackets, as wire copy marks it: '<International Telecom Japan>'
#: (a ticker, '<VEE>', '<TCSF.PA>', has no lower-case letter)
_BRACKETED = re.compile(r"<([A-Z][\w.&'\-]*(?:\s+[\w.&'\-]+){0,7})>")


def _opening_gerund(ent: Span) -> bool:
    """A capitalised '-ing' word opening a sentence, then a name and an infinitive: a gerund whose
    object is the name ('Compelling Apple to weaken its software', 'Forcing Trump to ...'), not
    a word of the name. Names of this shape ('Reading Football Club', 'Browning Ferris') are not
    followed by 'to' and a verb."""
    tok, doc = ent[0], ent.doc
    return (len(ent) > 1 and tok.is_sent_start and tok.is_title and tok.lower_.endswith("ing")
            and ent.end + 1 < len(doc) and doc[ent.end].lower_ == "to" and doc[ent.end + 1].pos_ in ("VERB", "AUX"))


def model_entities(art: _Article) -> None:
    """Stage 5: the model's other entities (organisations, places, groups), trimmed; and the
    company names wire copy writes in angle brackets."""
    if "<" in art.text:
        for m in _BRACKETED.finditer(art.text):
            if any(ch.islower() for ch in m.group(1)) and not art.is_blocked(m.start(1), m.end(1)):
                art.candidates.append((m.start(1), m.end(1), f"ent:ORG:{' '.join(m.group(1).split())}", "ner"))
    not_actors, demonyms = lexicon.not_actors(), lexicon.demonyms()
    for ent in art.doc.ents:
        if ent.label_ == "PERSON" and _firm_named(ent):
            ent = Span(art.doc, ent.start, ent.end, label="ORG")  # 'Sedio N.V.' tagged PERSON: a company
        if ent.label_ not in ENTITY_LABELS or ent.label_ == "PERSON" or _ticker(art.text, ent.start_char, ent.end_char):
            continue
        if _party_tag(art.text, ent.start_char, ent.end_char):
            continue  # 'D-Cal', 'R-Tex.': a legislator's party and state tag; the state is found on its own
        if ent.label_ == "ORG" and _firm_end(ent):
            ent = Span(art.doc, ent.start, _firm_end(ent), label="ORG")  # 'Bear Stearns' + ' and Co'
        ent = _trim(ent)
        if ent is not None and ent.label_ == "ORG" and _body_name_end(ent):
            ent = Span(art.doc, ent.start, _body_name_end(ent), label="ORG")  # 'Standards Board' + ' for England'
        if ent is not None and ent.label_ == "ORG" and _joined_name_end(ent):
            ent = Span(art.doc, ent.start, _joined_name_end(ent), label="ORG")  # 'Yugoslav Iron' + ' and Steel ...'
        if ent is not None and "\n" in ent.text and not art.text[ent.end_char:].strip():
            # 'Poor's Corp.\n Reuter': an entity running into the sign-off on the article's last line
            cut = next((t.i for t in reversed(ent) if "\n" in t.text), ent.end)
            ent = _trim(Span(art.doc, ent.start, cut, label=ent.label_)) if cut > ent.start else None
        if ent is not None and len(ent) == 1 and ent.end < len(art.doc) and art.doc[ent.end].ent_type_ in ("DATE", "EVENT") \
                and art.doc[ent.end].is_title:
            continue  # 'Super' of 'Super Tuesday', 'Black' of 'Black Friday': part of a day's name
        if ent is not None and _dateline_words(list(ent)):  # 'ATHENS Migrants': the dateline and a common noun
            ent = Span(art.doc, ent.start + _dateline_words(list(ent)), ent.end, label=ent.label_)
        if ent is not None and _opening_gerund(ent):
            ent = Span(art.doc, ent.start + 1, ent.end, label=ent.label_)  # 'Compelling Apple to weaken ...': Apple
        if ent is None or _CURRENCY.match(art.text, ent.end_char):
            continue
        if ent.label_ == "NORP" and ent.text in demonyms and not art.is_blocked(ent.start_char, ent.end_char):
            # 'British-built', 'German-made': the lexicon's reading of the nationality word, which its
            # own pattern does not find before a hyphen
            art.candidates.append((ent.start_char, ent.end_char, f"lex:{ent.text}", "gazetteer"))
            continue
        if ent.label_ == "NORP" and _adjective(ent):
            continue
        if ent.label_ == "ORG" and _person_appositive(art, ent):
            _add_person(art, list(ent), "ner")  # 'Zach Seward, an executive editor at Quartz' tagged ORG
            continue
        player = _player_by_use(art, ent) if ent.label_ == "ORG" else None
        if player is not None:
            _add_person(art, list(player), "ner")  # 'beat Anna Smit 6-4 6-4', "Diop's 25-yard strike" tagged ORG
            continue
        cut = next((t.i for t in ent if t.is_space and ("\t" in t.text or "\n\n" in t.text
                                                      or (t.i + 1 < len(art.doc) and art.doc[t.i + 1].text == "&"))), None)
        if cut is not None and cut > ent.start:  # 'Caesars World Inc.\n&\tSosnoff': a paragraph ends the name
            ent = _trim(Span(art.doc, ent.start, cut, label=ent.label_))
            if ent is None:
                continue
        parts = _listed_parts(ent)
        if parts:  # 'mines across Nottinghamshire, Derbyshire, Leicestershire': a list caught as one span
            for part in parts:
                if not art.is_blocked(part.start_char, part.end_char):
                    art.candidates.append((part.start_char, part.end_char, f"ent:GPE:{part.text}", "ner"))
            continue
        name = _clean_name(ent.text)
        after = art.doc[ent.end] if ent.end < len(art.doc) else None
        if ent.label_ == "ORG" and len(ent) == 1 and after is not None and \
                lexicon.titles().get(after.lower_, {}).get("kind") == "government":
            continue  # 'Agriculture' of 'the Agriculture Minister': part of a title
        if name.isupper() and len(name) > 3 and name.title() in lexicon.gazetteer() and not art.is_blocked(
                ent.start_char, ent.end_char):
            # 'MANCHESTER, N.H. (Reuters)': a dateline in capitals is a place
            art.candidates.append((ent.start_char, ent.end_char, f"ent:LOC:{name.title()}", "ner"))
            continue
        if not name or name in not_actors or art.is_blocked(ent.start_char, ent.end_char) or name.islower() \
                or any(t.is_lower and t.pos_ in ("VERB", "AUX") for t in ent):
            continue  # 'secretary of state' tagged ORG: no capital, no name; 'Nadal played Federer': a clause
        art.candidates.append((*_located(art.text, ent.start_char, ent.end_char, name), f"ent:{ent.label_}:{name}", "ner"))


def _listed_parts(ent: Span) -> list[Span]:
    """The parts of an entity that is a list of two or more names the gazetteer knows as places
    ('Nottinghamshire, Derbyshire, Leicestershire', 'Recife and Salvador'), or [] when any part is
    not one or the whole is itself a place ('Trinidad and Tobago')."""
    if not any(t.text in (",", "and") for t in ent) or ent.text in lexicon.gazetteer() \
            or ent.text in lexicon.countries():
        return []
    parts, start = [], ent.start
    for t in [*ent, None]:
        if t is None or t.text in (",", "and"):
            end = t.i if t is not None else ent.end
            if end <= start:
                return []
            parts.append(Span(ent.doc, start, end, label="GPE"))
            start = end + 1
    gaz = lexicon.gazetteer()
    return parts if len(parts) >= 2 and all(p.text in gaz for p in parts) else []


#: function words a title-case line capitalises and running text does not
_TITLE_CASE_SMALL = {"The", "Of", "A", "An", "To", "In", "For", "And", "On", "At", "With", "By", "From", "Is", "Are"}


def acting_propns(art: _Article) -> None:
    """Stage 6: a proper noun the model did not tag, acting as subject or object of a verb
    ('Sandler thanked Baumbach'): the small model misses rare surnames, and an actor is what acts."""
    doc, titles, not_actors, demonyms = art.doc, lexicon.titles(), lexicon.not_actors(), lexicon.demonyms()
    for tok in doc:
        if tok.pos_ != "PROPN" or tok.dep_ not in PROPN_ROLES:
            continue
        verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "by" else tok.head
        if verb.pos_ != "VERB" or (tok.dep_ == "pobj" and tok.head.lower_ != "by"):
            continue
        if _title_cased(tok.sent) and not (tok.dep_ == "compound" or any(c.dep_ == "compound" for c in tok.children)):
            continue  # 'GOP Candidates Resoundingly Reject The Idea Of A Minimum Wage Hike': in a title-case
            # line every word is a proper noun to the tagger, so a one-word 'Idea' acting tells nothing
            # (a name of several words, 'Cape Breton Will Welcome ...', still counts)
        if tok.ent_type_ in NOT_ACTOR_ENTS and not (tok.ent_type_ in ("WORK_OF_ART", "PRODUCT", "EVENT", "LAW")
                                                      and _speaks(tok)):
            continue  # ('Le Drian said' tagged WORK_OF_ART: who speaks is an actor)
        first = tok.i
        # the words before it in its own subtree (an ancestor test: building the subtree of a
        # subject with a long relative clause was the costliest step of this stage)
        while first >= 1 and tok.is_ancestor(doc[first - 1]) and doc[first - 1].text not in demonyms and (
                doc[first - 1].pos_ == "PROPN" or
                (doc[first - 1].text == "-" and first >= 2 and tok.is_ancestor(doc[first - 2]))):
            first -= 1  # 'Jean - Yves Le Drian'
        span = doc[first:tok.i + 1]
        if tok.ent_type_ != "PERSON" and any(c.dep_ == "poss" and c.ent_type_ == "PERSON" for c in tok.children):
            continue  # 'Eastwood's Million Dollar Baby beat Scorsese's The Aviator': a person's work or product
        name = _clean_name(span.text)
        if not name or not name[0].isupper() or name in not_actors or name.lower() in titles \
                or art.is_blocked(span.start_char, span.end_char) or _ticker(art.text, span.start_char, span.end_char):
            continue
        art.candidates.append((*_located(art.text, span.start_char, span.end_char, name), f"propn:{name}", "propn"))


#: the last words of a body named for its cause: 'Center for American Progress', 'Alliance for Vaccines'
_CAUSE_HEADS = _BODY_HEADS | {"Alliance", "Coalition", "Campaign", "Movement", "Fund", "League", "Network", "Project",
                              "Partnership", "Initiative", "Endowment", "Union", "Federation", "Caucus"}
#: small words inside the cause of such a name: 'Citizens for Responsibility and Ethics in Washington'
_CAUSE_JOINERS = {"and", "of", "in", "the", "a", "&"}


def cause_names(art: _Article) -> None:
    """Stage 6b: a body named for its cause, '<Members or a body> for <a cause>': 'Bikers for
    Trump', 'Americans for Prosperity', 'Democracy for America, a group that ...', 'Center for
    American Progress'. The words before 'for' are capitalised people in the plural, a body's
    head word, or any name the text then calls a group; the cause is capitalised. The parts are
    not actors of their own ('Trump' of 'Bikers for Trump' is not Donald Trump). Not a title
    ('Secretary of State for Education') nor a headline in title case."""
    doc, titles, classifiers = art.doc, lexicon.titles(), lexicon.org_classifiers()
    for tok in doc:
        if tok.text != "for" or tok.i == 0 or not doc[tok.i - 1].is_title or _title_cased(tok.sent):
            continue
        first = tok.i - 1
        while first > tok.sent.start and doc[first - 1].is_title and doc[first - 1].pos_ in ("PROPN", "NOUN") \
                and tok.i - first < 4:
            first -= 1
        last = tok.i + 1  # the cause: capitalised words, with small words between them
        while last < tok.sent.end and (doc[last].is_title or (doc[last].lower_ in _CAUSE_JOINERS and last + 1 < tok.sent.end
                                                               and doc[last + 1].is_title)) and last - tok.i <= 6 \
                and not (last > tok.i + 1 and (doc[last].lower_ in titles or doc[last].ent_iob_ == "B")):
            last += 1  # (up to a title or another name: 'Centers for Disease Control Director Thomas Frieden')
        while last > tok.i + 1 and not doc[last - 1].is_title:
            last -= 1
        if last == tok.i + 1 or (last < len(doc) and (doc[last].tag_ == "POS" or (
                doc[last].pos_ == "NOUN" and doc[last].is_lower))):
            continue  # ('campaigned for Trump's election', 'for the Palin family': the cause is someone's)
        span, head = doc[first:last], doc[tok.i - 1]
        if any(t.ent_type_ in NOT_ACTOR_ENTS and t.ent_type_ not in ("WORK_OF_ART", "PRODUCT", "LAW") for t in span) \
                or head.lower_ in titles or head.ent_type_ in ("GPE", "LOC") \
                or (head.ent_type_ == "NORP" and head.tag_ not in ("NNS", "NNPS")):
            continue  # ('Monday for Christmas', 'Minister for Europe', 'Britain for Labour'; 'Americans for
            # Prosperity' is a body)
        after = doc[last:last + 3]
        called = len(after) == 3 and after[0].text == "," and after[1].lower_ in ("a", "an") and (
            after[2].lower_ in classifiers or after[2].lower_ in ("group", "organization", "organisation", "coalition"))
        if not (head.text in _CAUSE_HEADS or (head.tag_ in ("NNS", "NNPS") and head.pos_ in ("NOUN", "PROPN")
                                              and not (first == tok.sent.start and head.pos_ == "NOUN")) or called):
            continue  # (a capital a sentence gives: 'Lawyers for Trump said', 'Representatives for Palin')
        name = _clean_name(span.text)
        art.candidates.append((span.start_char, span.end_char, f"ent:ORG:{name}", "cause"))


_TITLE_CASED: list = [None, {}]  # the last document asked about (held, so no other takes its id) and its answers


def _title_cased(sent: Span) -> bool:
    """A headline written in title case ('Apple's Noble Stand Against The FBI'): most words capitalised
    (remembered per sentence of the last document asked about)."""
    if _TITLE_CASED[0] is not sent.doc:
        _TITLE_CASED[:] = [sent.doc, {}]
    known = _TITLE_CASED[1]
    if sent.start not in known:
        words = [t for t in sent if t.is_alpha]
        known[sent.start] = len(words) >= 3 and sum(t.text[0].isupper() for t in words) >= 0.8 * len(words) \
            and any(t.text[0].isupper() and not t.ent_type_ for t in words[1:])
        # (a capital outside the model's names, past the first word: 'Angela Merkel met Theresa May'
        # is a sentence full of names, not a headline)
    return known[sent.start]


def headline_prefixes(art: _Article) -> None:
    """Stage 6b (repairs): headline words glued to a name ('Compelling Apple', 'Meet Tesla',
    'Donald Trump Leads'). In a title-case headline, a name of two or more words that the body
    never uses, holding a shorter run of words the body does use as a name, shrinks to that run
    and takes the body's reading of it ('Hillary Clinton Wins Iowa' keeps its name when the body
    writes 'Hillary Clinton')."""
    rank = {"lex": 0, "ent": 1, "propn": 2, "person": 3}
    reading: dict[str, tuple[int, str, str]] = {}
    in_headline: list[bool] = []
    for start, end, kind, via in art.candidates:
        span = art.doc.char_span(start, end, alignment_mode="expand")
        headline = span is not None and _title_cased(span.sent)
        in_headline.append(headline)
        name = art.text[start:end]
        r = (rank[kind.split(":")[0]], kind, via)
        if not headline and (name not in reading or r < reading[name]):
            reading[name] = r
    repaired, renamed, ordinary = [], {}, []
    # a headline name the body writes in another case, with accents or a middle initial is the
    # body's name, not a glued one ('Francois Hollande Says ...' above 'François Hollande')
    body_keys = {name_key(n, "person") for n in reading}
    for cand, headline in zip(art.candidates, in_headline):
        start, end, kind, via = cand
        name = art.text[start:end]
        words = [(m.start(), m.group(0)) for m in re.finditer(r"\S+", name)]
        inner = _body_name_within(name, words, reading) if headline and len(words) > 1 and \
            name not in reading and name_key(name, "person") not in body_keys and not kind.startswith("lex:") \
            and words[0][1].lower() not in lexicon.titles() else None
        if inner is None and len(words) > 1 and kind.startswith(("person:", "ent:PERSON:", "ent:ORG:")):
            inner = _name_before_headline_verb(art, start, name, words, reading, headline)
            if inner is not None:  # the words cut off are ordinary ones: no name inside them either
                ordinary.append((start + inner[0][1], end))
        if inner is not None:
            (i, j), sub = inner
            if kind.startswith("person:"):  # the glued name is no person: forget its short forms
                full = art.person_forms.get(kind[7:], kind[7:])
                art.persons.pop(full, None)
                for form in [f for f, v in art.person_forms.items() if v == full]:
                    del art.person_forms[form]
                renamed[f"person:{full}"] = f"person:{sub}"
            _, kind, via = reading[sub]
            cand = (start + i, start + j, kind, via)
        repaired.append(cand)
    # the body's own mentions of the short name were read as the glued one ('Brightwell' as
    # 'Compelling Brightwell'): they name the short name
    art.candidates = [(s, e, renamed.get(k, k), v) for s, e, k, v in repaired
                      if not any(a <= s and e <= b for a, b in ordinary)]  # ('Importance' of 'X Stressed The Importance')


_SMALL_WORDS = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "with", "by", "and", "or", "but", "as", "vs"}


def _title_case_line(line: str) -> bool:
    """A line in title case: three or more words besides the small ones ('of', 'the', 'a'), every
    one capitalised ('Space Photos of the Week: Hubble Spots a Dusty Star')."""
    words = [w for w in re.findall(r"[A-Za-z][\w'\u2019-]*", line) if w.lower() not in _SMALL_WORDS]
    return len(words) >= 3 and all(w[0].isupper() for w in words)


def headline_only_names(art: _Article) -> None:
    """Stage 6c (repairs): in a title-case headline every word is capitalised, so a run of them is
    no evidence of a name: 'Space Photos' of 'Space Photos of the Week: Hubble Spots a Dusty Star',
    'Best New Tech We Saw' of 'The Best New Tech We Saw at ...'. On the article's first line, in
    title case and a paragraph of its own, a name only the model or the parse found (not a
    person's, a lexicon's, nor an acronym: 'DC', 'NPR') whose last word the body never writes is
    dropped; 'Apple Beats Forecasts' keeps 'Apple' when the body writes 'Apple said'."""
    first_line = art.text.find("\n")
    if first_line < 0 or not art.text.startswith("\n\n", first_line) or not _title_case_line(art.text[:first_line]):
        return  # (a headline is a paragraph of its own: not a wire story's first line, 'Rorer Group Inc\nsaid')
    body = art.text[first_line:]
    kept = []
    for cand in art.candidates:
        start, end, kind, _ = cand
        words = art.text[start:end].split()
        if start < first_line and kind.startswith(("ent:", "propn:")) and words \
                and not any(w.isupper() and len(w) > 1 for w in words) \
                and not re.search(r"(?<![\w-])%s(?![\w-])" % re.escape(words[-1]), body):
            continue
        kept.append(cand)
    art.candidates = kept


def _name_before_headline_verb(art: _Article, start: int, name: str, words: list[tuple[int, str]], reading: dict,
                               headline: bool):
    """A name in a title-case headline run on into the headline's verb: 'George W. Bush Tries to
    Give Jeb ...', 'Marco Rubio Urges Calm ...' (the model's span swallows 'Tries', 'Urges Calm').
    When a leading run of the span's words is a name the body uses, and the words after it,
    lower-cased in a re-parse of the headline, are a present-tense verb ('Tries', 'Says', 'Is')
    and then no proper noun, the span is cut back to that run (and no name is read in the words cut
    off), even when the long form also stands in the page's metadata. Returns like ``_body_name_within``, or None."""
    for size in range(len(words) - 1, 0, -1):
        sub = name[:words[size - 1][0] + len(words[size - 1][1])]
        if sub in reading and not reading[sub][1].startswith("lex:"):
            break
    else:
        return None
    tail = words[size:]
    if not all(w.isalpha() and w[0].isupper() and not w.isupper() for _, w in tail) \
            or _long_form_in_body(art, start, name, sub, tail[0][1]):
        return None  # ('Amber Heard Allegedly ...': 'Heard' is her surname, not 'heard')
    span = art.doc.char_span(start, start + len(name), alignment_mode="expand")
    if span is None:
        return None
    sent = span.sent
    if not headline and not _title_case_line(sent.text):
        return None  # (a headline of names only, 'Bernie Sanders Wins New Hampshire Primary', is no _title_cased one)
    lowered = list(sent.text)
    for i, w in tail:
        k = start + i - sent.start_char
        lowered[k:k + len(w)] = w.lower()
    parse = load_pipeline()("".join(lowered))
    for k, (i, w) in enumerate(tail):
        tok = next((t for t in parse if t.idx == start + i - sent.start_char), None)
        if tok is None or tok.pos_ in ("PROPN", "X") or (k == 0 and not _inflected_verb(tok)):
            return None
    return (0, len(sub)), sub


def _long_form_in_body(art: _Article, start: int, name: str, sub: str, word: str) -> bool:
    """The whole span is written elsewhere with other words after it than the headline's, or its
    next word stands alone: a name of the body ('Amber Heard, 30, said', 'Heard said'), not a
    copy of the headline in the page's metadata ('"headline":"George W. Bush Tries to Give ...')."""
    after = art.text[start + len(name):start + len(name) + 12]
    for m in _whole_words(art.text, name):
        if m.start() != start and art.text[m.end():m.end() + 12] != after:
            return True
    for m in _whole_words(art.text, word):
        j = m.start()
        while j > 0 and art.text[j - 1].isspace():
            j -= 1
        if not art.text.endswith(sub, 0, j):  # (what precedes, spaces skipped, without copying the text)
            return True
    return False


def _inflected_verb(tok: Token) -> bool:
    """A finite verb of a headline, its lemma another word: 'tries' (try), 'says' (say), 'stressed',
    'is' (be); not a name the re-parse calls a verb ('simone', 'militia')."""
    return tok.pos_ in ("VERB", "AUX") and tok.tag_ in ("VBZ", "VBD") and tok.lemma_ != tok.lower_


def _body_name_within(name: str, words: list[tuple[int, str]], reading: dict):
    """The longest run of words inside ``name`` that the body uses as a name ('Donald Trump' in
    'Donald Trump Leads', 'Apple' in 'Compelling Apple'): ((start, end) in ``name``, the run)."""
    n = len(words)
    for size in range(n - 1, 0, -1):
        for i in range(n - size + 1):
            first, last = words[i], words[i + size - 1]
            sub = name[first[0]:last[0] + len(last[1])]
            if sub in reading:
                return (first[0], last[0] + len(last[1])), sub
    return None


#: last words of what the model calls an organisation that make it no body holding a country's name:
#: 'U.S. Route', 'U.S. Southeast' (nor a title: 'U.S. Magistrate')
_NO_BODY_END = {"route", "highway", "interstate", "southeast", "northeast", "southwest", "northwest", "midwest",
                "south", "north", "east", "west", "mainland"}


def _headed_body(name: str) -> bool:
    """An organisation's name with a company or body word at its end or before its 'of': 'Arts
    Council', 'Financial Corp of America', 'Bank of America' (a country's name after the 'of'
    is part of it)."""
    heads = ORG_WORDS | _BODY_HEADS
    before_of = name.split(" of ")[0].split() if " of " in name else []
    return name.split()[-1] in heads or (bool(before_of) and (before_of[-1] in heads or _corporate(before_of[-1])))


#: words that open a sentence before a name without being part of it ('The Club for Growth said')
_NAME_ARTICLES = {"The", "A", "An"}


def _org_run_start(doc: Doc, head: int, sent_start: int) -> int:
    """The first token of the capitalised run of words ending at ``head``: 'Conservative
    Solutions' of 'Conservative Solutions PAC', 'Anti-Defamation' (over its hyphen), 'Our
    Principles' (the possessive is part of that name), 'Women for Trump' (over 'for' or 'of'
    between capitalised words); not a sentence-initial 'The', nor a
    person's, a date's or a title's word, nor past a possessive ("Rubio's PAC")."""
    titles, start, i = lexicon.titles(), head, head - 1
    while i >= sent_start:
        tok = doc[i]
        if tok.text in ("-", "\u2011") and i > sent_start and not doc[i - 1].whitespace_ and not tok.whitespace_:
            if not doc[i - 1].is_title:
                return min(i + 2, head)  # 'the anti-Trump Our Principles PAC': 'Trump' is no word of the name
            i -= 1  # 'Anti-Defamation'
            continue
        if tok.lower_ in ("for", "of", "&") and i > sent_start and doc[i - 1].is_title and doc[i - 1].text not in _NAME_ARTICLES:
            i -= 1  # 'Women for Trump Coalition', 'Americans for Prosperity Foundation'
            continue
        if not (tok.is_title or (tok.is_upper and tok.is_alpha and len(tok) > 1)) or tok.text in _NAME_ARTICLES \
                or tok.ent_type_ in ("PERSON", "DATE", "TIME", "CARDINAL", "MONEY") or tok.lower_ in titles:
            break
        start, i = i, i - 1
    return start


def headed_org_names(art: _Article) -> None:
    """Stage 6e (repairs): organisations named by a capitalised run of words ending in a head word
    of ``lexicons/org_name_heads.txt`` ('Conservative Solutions PAC', 'Our Principles PAC', 'The
    Anti-Defamation League') or opening with one and going on with 'for'/'of' and capitalised words
    ('The Club for Growth', 'League of Conservation Voters'). The whole run is one organisation,
    whatever the model cut or read as a country, a party or a person inside it. Not in a title-case
    headline, not a head going on into more capitalised words ('Council President X', 'League
    Cup'), not a first name and a surname ('John League'), not a head word alone ('the Club')."""
    doc, heads = art.doc, lexicon.org_name_heads()
    found = [t for t in doc if t.text in heads]
    if not found:
        return
    first_names = lexicon.first_name_genders()
    for head in found:
        sent = head.sent
        if _title_cased(sent):
            continue
        start = _org_run_start(doc, head.i, sent.start)
        end = _body_name_end(doc[start:head.i + 1], heads) or head.i + 1
        end = next((t.i for t in doc[head.i + 1:end] if t.lower_ in ("and", "&")
                    and any(u.text in heads for u in doc[t.i + 1:end])), end)  # 'X Association of A and Y Association of B'
        after = doc[end] if end < sent.end else None
        if any(t.text in _TITLE_CASE_SMALL for t in doc[start + 1:end]):
            continue  # 'CNN Disputes Characterization Of Network's Reporting': a title-case heading run into the text
        if (start == head.i and end == head.i + 1) or (end == head.i + 1 and all(t.lower_ == "super" for t in doc[start:head.i])) or (after is not None and (after.is_title or after.is_upper) and after.is_alpha) \
                or (end - start == 2 and end == head.i + 1 and doc[start].text in first_names):
            continue
        s, e = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
        if any((c[0] <= s and e <= c[1] and c[2][:4] in ("lex:", "ent:"))
               or (c[2][:4] in ("lex:", "pers") and (c[0] < s < c[1] < e or s < c[0] < e < c[1])) for c in art.candidates):
            continue  # a name the lexicon or the model already reads whole or longer, or one across its edge
        art.candidates = [c for c in art.candidates if not (s <= c[0] and c[1] <= e)]
        art.candidates.append((s, e, f"ent:ORG:{_clean_name(doc.text[s:e])}", "ner"))


def _org_appositive(span: Span) -> bool:
    """A name with an appositive that classes it as an organisation: 'America Rising, a Republican
    opposition research group', 'X, a super PAC' (lexicons/org_classifiers.txt, org_name_heads.txt)."""
    nouns = lexicon.org_classifiers() | {w.lower() for w in lexicon.org_name_heads()}
    return any(c.dep_ == "appos" and c.i >= span.end and c.lemma_.lower() in nouns for c in span.root.children)


def country_opening_orgs(art: _Article) -> None:
    """Stage 6e (repairs), before headed_org_names: a country's name opening a model organisation
    that an appositive classes as one ('America Rising, a Republican opposition research group')
    is part of its name, not the country."""
    forms = _lexicon_forms()
    countries = {(c[0], c[1]) for c in art.candidates if c[2].startswith("lex:")
                 and forms[c[2][4:]][1].get("actor_type") == "country"}
    if not countries:
        return
    for s, e, kind, _ in [c for c in art.candidates if c[2].startswith("ent:ORG:") and " " in c[2]]:
        opening = next(((cs, ce) for cs, ce in countries if cs == s and ce < e), None)
        if opening is None:
            continue
        span = art.doc.char_span(s, e, alignment_mode="expand")
        if span is not None and _org_appositive(span):
            art.candidates = [c for c in art.candidates if not (c[2].startswith("lex:") and (c[0], c[1]) == opening)]


def choose(candidates) -> list[tuple[int, int, str, str]]:
    """Stage 7 (repairs): one reading per stretch of text: people first, then the longest span,
    then the lexicon before the model."""
    rank = {"person": 0, "lex": 1, "ent": 2, "propn": 3}
    # a country word inside a longer organisation name is part of that name: 'Bank of England',
    # 'U.S. Court of Appeals', 'International Telecom Japan'
    bodies = sorted((s, e) for s, e, kind, _ in candidates if kind.startswith(("ent:ORG:", "ent:FAC:"))
                    and kind.split()[-1].lower() not in _NO_BODY_END and kind.split()[-1].lower() not in lexicon.titles())
    body_starts = [s for s, _ in bodies]
    reach, furthest = [], -1  # the furthest end of any body starting at or before each one
    for _, e in bodies:
        furthest = max(furthest, e)
        reach.append(furthest)

    def inside_body(start, end):  # within a longer or shifted body, not the same span
        i = bisect_right(body_starts, start) - 1
        while i >= 0 and reach[i] >= end:
            s, e = bodies[i]
            if end <= e and (s, e) != (start, end):
                return True
            i -= 1
        return False

    forms = _lexicon_forms()
    headed = {(s, e) for s, e, kind, _ in candidates if kind.startswith("ent:ORG:") and _headed_body(kind[8:])}

    def part_of_body(start, end, kind):
        # 'New York Stock Exchange', 'U.S. Bankruptcy Court', 'Arts Council of Wales' (an alias of a country
        # only in a body named by its head: 'U.K. Grain' and 'USA TODAY' keep the country)
        form_kind, row = forms[kind[4:]]
        if form_kind in ("country", "demonym", "place"):
            return inside_body(start, end)
        return row.get("actor_type") == "country" and inside_body(start, end) and any(
            s <= start and end <= e and (s, e) != (start, end) for s, e in headed)

    candidates = [c for c in candidates if not (c[2].startswith("lex:") and part_of_body(c[0], c[1], c[2]))]
    candidates = _without_country_in_org_name(candidates, forms)
    # a person inside a longer name the lexicons know as an organisation is part of it: 'Morgan' of
    # 'Morgan Stanley', 'Goldman' of 'Goldman Sachs'
    orgs = [(c[0], c[1]) for c in candidates if c[2].startswith("lex:")
            and forms[c[2][4:]][1].get("actor_type") == "organization" and " " in c[2]]
    if orgs:
        candidates = [c for c in candidates if not (c[2].startswith("person:") and any(
            s <= c[0] and c[1] <= e and (s, e) != (c[0], c[1]) for s, e in orgs))]
    causes = [(c[0], c[1]) for c in candidates if c[3] == "cause"]
    if causes:  # the words of 'Bikers for Trump' are no names of their own
        candidates = [c for c in candidates if not any(s <= c[0] and c[1] <= e and (s, e) != (c[0], c[1])
                                                       for s, e in causes)]
    ordered = sorted(candidates, key=lambda c: (rank[c[2].split(":")[0]], -(c[1] - c[0]), c[0]))
    taken = bytearray(max((c[1] for c in candidates), default=0) + 1)  # one flag per character read
    empty: list[tuple[int, int]] = []  # chosen spans with no characters (none expected)
    chosen = []
    for start, end, kind, via in ordered:
        if start < end:
            if taken.find(1, start, end) >= 0 or any(start < e and end > s for s, e in empty):
                continue
            taken[start:end] = b"\x01" * (end - start)
        elif any(start < e and end > s for s, e, _, _ in chosen):
            continue
        else:
            empty.append((start, end))
        chosen.append((start, end, kind, via))
    return sorted(chosen)


def _without_country_in_org_name(candidates, forms):
    """A country or place alias after the first word of a model organisation is part of that name,
    not the country: 'a video from Priorities USA Action', 'Priorities USA plans' (the super PAC),
    'Western New England University', while
    'USA TODAY' and 'U.S. Steel' (the country opening the name) keep their reading as before."""
    orgs = sorted((s, e) for s, e, kind, _ in candidates if kind.startswith("ent:ORG:") and " " in kind.strip())
    if not orgs:
        return candidates
    starts, reach, furthest = [s for s, _ in orgs], [], -1  # the furthest end of the orgs up to each one
    for _, e in orgs:
        furthest = max(furthest, e)
        reach.append(furthest)

    def inside(c):  # some organisation starts before the word and ends at or after it
        if not c[2].startswith("lex:") or forms[c[2][4:]][1].get("actor_type") not in ("country", "place"):
            return False  # ('Western New England University': the place's name is the body's too)
        i = bisect_right(starts, c[0] - 1) - 1
        return i >= 0 and reach[i] >= c[1]
    return [c for c in candidates if not inside(c)]


#: nouns of a will or a stance whose 'of' names who holds it: 'the intention of Washington and Seoul'
_STANCE_OF = {"intention", "decision", "position", "policy", "plan", "refusal", "demand", "request", "stance",
              "attempt", "effort", "move", "support", "opposition", "concern", "response", "reaction", "view",
              "insistence", "reluctance", "willingness", "proposal", "offer", "threat", "approval", "objection"}


def _acting(span: Span) -> bool:
    head = span.root
    if head.dep_ == "dobj" and any(c.dep_ == "xcomp" and c.i > head.i for c in head.head.children):
        return True  # 'force Tokyo to open its market', 'urged Washington to act'
    first = head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.lemma_.lower() in _STANCE_OF:
        return True  # 'the intention of Washington and Seoul to hold talks'
    return head.dep_ in ("nsubj", "nsubjpass", "poss") or (head.dep_ == "pobj" and head.head.text == "by") \
        or (head.dep_ in ("compound", "amod", "nmod") and head.head.pos_ in ("NOUN", "PROPN")
            and head.head.i > span.end - 1 and head.head.ent_type_ not in ("GPE", "LOC"))  # 'UK banks'


#: prepositions whose object is a location: 'in Iraq', 'moving to Canada', 'imports from Japan'
LOCATIVE_PREPS = {"in", "at", "to", "from", "into", "inside", "within", "across", "throughout", "near",
                  "around", "outside", "via", "through", "toward", "towards", "onto", "over"}


#: people who come 'from' a state as its representatives ('officials from China')
_ENVOYS = {"negotiator", "delegate", "delegation", "representative", "official", "diplomat", "envoy", "team",
           "lawmaker", "leader", "minister", "counterpart"}


def _locative(span: Span) -> bool:
    """A country named as a location: the object (or a conjunct of the object) of a locative
    preposition ('in Iraq', 'from Japan and Thailand'), or 'of' after a company or place name
    ('Thomson-CSF of France') or a part of a territory ('a part of America', 'the rest of China';
    lexicons/place_parts.txt). Everywhere else ('beat Italy', 'press China', 'against the United
    Kingdom', 'Britain, Canada, France, Japan and the U.S. are abiding') it is the state."""
    head = span.root
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ != "pobj":
        return False
    prep, owner = head.head.lower_, head.head.head
    before = span.doc[head.head.i - 1] if head.head.i > 0 else None
    if prep == "from" and owner.pos_ == "NOUN" and (owner.lemma_.lower() in _ENVOYS or owner.lemma_.lower() in lexicon.titles()):
        return False  # 'negotiators from the European Union and the United States': who they speak for
    return prep in LOCATIVE_PREPS or (prep == "of" and (
        owner.pos_ in ("PROPN", "X", "PUNCT", "SYM") or owner.ent_type_ in ("ORG", "FAC")
        or (before is not None and before.text in (">", ")"))  # 'Thomson-CSF <TCSF.PA> of France'
        or (owner.pos_ == "NOUN" and owner.lemma_.lower() in lexicon.place_parts())))  # 'a part of America'


_RANKING = re.compile(r"(?:est|^top|^leading|^no\.?)$", re.I)


def _geographic_use(span: Span) -> bool:
    """A country (or its adjective) that only locates a thing, not the state that acts: it modifies
    a place or site noun ('three Greek islands', 'five U.S. plants', 'UK chart history'), or it owns
    a ranking of firms or sites ('India's third-biggest software firm' = the biggest in India)."""
    head = span.root
    owner = head.head
    if owner.i == head.i or owner.i < span.end or owner.pos_ not in ("NOUN", "PROPN") \
            or (owner.lemma_.lower() in lexicon.group_nouns() and owner.lemma_.lower() not in lexicon.org_classifiers()):
        return False  # ('American factory workers': the country's people)
    if head.dep_ in ("amod", "compound", "nmod") and any(
            t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in lexicon.geographic_nouns()
            for t in span.doc[span.end:owner.i + 1]):
        return True  # ('UK chart history': the noun may be a compound before the head)
    kinds = owner.lemma_.lower()
    if kinds not in lexicon.org_classifiers() and kinds not in lexicon.geographic_nouns():
        return False  # 'America's top diplomat', 'Wales' best players': the state's or the team's own
    return head.dep_ == "poss" and any(
        c.dep_ in ("amod", "advmod", "compound") and c.i < owner.i
        and (c.tag_ in ("JJS", "RBS") or _RANKING.search(c.text.split("-")[-1]))
        for c in owner.subtree)


def _located_feature(span: Span) -> bool:
    """A country whose possessive or modifier opens a noun phrase about a natural feature, a
    region or a measured output ("in Venezuela's Orinoco river", "Turkey's border with Syria",
    "Colombia's cost of living index", "U.S. oil output"): where, not the state that acts. The
    phrase is read from the country to its last common noun, stopping at a verb or punctuation
    ("Britain's border agency" stays the state's)."""
    head = span.root
    owner = head.head
    if head.dep_ not in ("poss", "compound", "amod", "nmod") or owner.i < span.end \
            or owner.pos_ not in ("NOUN", "PROPN"):
        return False
    last = None  # the phrase's last common noun: 'index' of 'cost of living index', not 'border agency'
    for t in span.doc[span.end:min(owner.right_edge.i + 1, span.end + 6)]:
        if t.tag_ == "VBG" and t.dep_ in ("pobj", "pcomp", "compound", "amod"):
            continue  # 'living' of 'cost of living index'
        if t.pos_ == "ADP" and not (t.lower_ == "of" and t.i + 1 < len(t.doc)
                                    and (t.nbor(1).tag_ == "VBG" or t.nbor(1).lower_ == "living")):
            break  # 'the U.S. role in the region': the role is the state's ('cost of living index' reads on)
        if t.pos_ in ("VERB", "AUX", "PUNCT", "PRON") or t.dep_ in ("relcl", "acl", "cc"):
            break
        if t.pos_ == "NOUN":
            last = t
    first = span.doc[span.end] if span.end < len(span.doc) else None
    goods = lexicon.commodities()
    if first is not None and first.pos_ in ("NOUN", "PROPN", "ADJ") and first.i <= owner.i \
            and (first.lower_ in goods or first.lemma_.lower() in goods) and head.dep_ != "poss" \
            and last is not None and (last.lemma_.lower() in goods or last.lower_ in goods
                                      or last.lemma_.lower() in lexicon.commodity_heads()):
        return True  # 'U.S. wheat', 'Australian iron ore prices', 'Australian iron ore', 'Chilean copper': where the goods come from
    feats = lexicon.located_features()
    return last is not None and (last.lemma_.lower() in feats or last.lower_ in feats) and not (
        last.lemma_.lower() == "exchange" and last.dep_ == "nsubj" and last.head.lemma_.lower() in ("say", "tell"))
    # ('the Australian stock exchange said': the exchange as a body that speaks, the country's)


def _after_its_town(span: Span) -> bool:
    """A country written after a comma that follows a town or a region the model tagged, which
    the lexicons do not know as a country ('in Salinas, Mexico', 'Kaesong, North Korea', 'the
    plant in Hermosillo, Sonora, Mexico'): the address of a place, not the state that acts. Not
    a list of countries ('Germany, France and Italy agreed')."""
    doc, i = span.doc, span.start - 2
    if i < 0 or doc[i + 1].text != "," or doc[i].ent_type_ not in ("GPE", "LOC", "FAC") \
            or span.root.dep_ in ("nsubj", "nsubjpass") or span.root.head.i >= span.end \
            or (span.end < len(doc) and doc[span.end].lower_ == "and"):
        return False  # 'in Dublin, Ireland tore into the visitors': the team acts; 'at Cam Ranh Bay, U.S.
        # officials say': the country opens the next phrase; '..., Madagascar and Swaziland': a list
    first = i
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1
    if first > 1 and doc[first - 1].text == "," and doc[first - 2].ent_type_ in ("GPE", "LOC"):
        return False  # 'The Bahamas, East Timor, Madagascar': a list of countries, not an address
    town = doc[first:i + 1].text
    known = lexicon.countries()
    return town not in known and town not in lexicon.demonyms() \
        and (lexicon.aliases().get(town) or {}).get("actor_type") != "country"


def _named_feature(span: Span) -> Span | None:
    """The geographic name a country word opens, when the next word is a capitalised feature noun:
    'Indian Ocean', 'South China Sea' (a place of its own, not India or China)."""
    doc = span.doc
    if span.end >= len(doc):
        return None
    nxt = doc[span.end]
    if not nxt.text[:1].isupper() or nxt.text not in lexicon.place_heads():
        return None
    start = span.start
    while start > span.sent.start and span.start - start < 2 and doc[start - 1].is_title and doc[start - 1].is_alpha:
        start -= 1  # 'South China Sea', 'East China Sea'
    return doc[start:span.end + 1]


_CASE_WORDS = r"[A-Z][\w.&'\u2019-]*(?:\s+(?:of\s+)?[A-Z][\w.&'\u2019-]*)*"
#: a court case named by its parties: 'Roe v. Wade', 'Wal-Mart Stores v. Dukes'
_COURT_CASE = re.compile(_CASE_WORDS + r"\s+v\.\s+" + _CASE_WORDS)


def _court_cases(text: str, reach: int = 80) -> list[tuple[int, int]]:
    """Spans of court cases, looked for only around each ' v. ' (linear in the text: the case
    pattern alone backtracks over long runs of capitalised words)."""
    spans = []
    for v in re.finditer(r"\sv\.\s", text):
        lo = max(0, v.start() - reach)
        for c in _COURT_CASE.finditer(text, lo, min(len(text), v.end() + reach)):
            if c.start() <= v.start() < c.end():
                spans.append((c.start(), c.end()))
                break
    return spans


_CASE_NAME = re.compile(r"\s(?:v|vs)\.?\s")


#: an edition's number after an event's name: 'XII', '50', '2016', '2016/17'
_EDITION = re.compile(r"(?:[IVXL]{2,7}|[IVX]|\d{1,3}|(?:19|20)\d\d(?:[/-]\d\d)?)")


def _without_edition(name: str) -> str:
    """An event's name without the number of its edition, so that its head ends the name: 'Puppy
    Bowl XII' -> 'Puppy Bowl', 'Super Bowl 50' -> 'Super Bowl', 'Cannes Festival 2016' -> 'Cannes
    Festival'. A person's regnal number stays ('Pope Benedict XVI': no event head before it)."""
    words = name.split()
    if len(words) > 2 and _EDITION.fullmatch(words[-1]):
        return " ".join(words[:-1])
    return name


def _event_like(name: str) -> bool:
    """A name of two or more words that ends like an event, prize, law or show ('Academy
    Awards', 'Sarbanes-Oxley Act', 'Jimmy Kimmel Live'), also before its edition's number
    ('Puppy Bowl XII', 'Super Bowl 50'), or a court case ('Walmart Stores v. Dukes'): not an actor."""
    words = _without_edition(name).split()
    return (len(words) > 1 and (words[-1] in lexicon.not_actor_heads()
                                or " ".join(words[-2:]) in lexicon.not_actor_heads())) \
        or bool(_CASE_NAME.search(name))


def _unknown_type(name: str, head: Token) -> str:
    """The type of a name only the parse found (no entity label, or a place that speaks):
    organisation words and capitals make an organisation, a gazetteer place a place, else a person."""
    words = name.split()
    if words[-1] in ORG_WORDS or len(words) > 3 or any(w in lexicon.demonyms() for w in words) \
            or (name.isupper() and len(name) > 1) or _camel_case(words[-1]):
        return "organization"
    if name in lexicon.gazetteer() or _place_head(name):
        return "place"
    return "person"


#: one word in the shape of a plural ('Ospreys', 'Peppers', 'Bills'; not 'Davis', 'Cyrus', 'Ross'),
#: an acronym's plural ('GCSEs', 'ETFs') and a doctrine's name ('Communism', 'Thatcherism')
_PLURAL_WORD = re.compile(r"^[A-Z][a-z]+[^siu'\u2019]s$")
_ACRONYM_PLURAL = re.compile(r"^[A-Z]{2,}s$")
_DOCTRINE = re.compile(r"^[A-Z][a-z]+isms?$")
#: what may stand between a plural name and its determiner: 'the Neath-Swansea Ospreys'
_PLURAL_DETERMINERS = {"the", "their", "our", "its"}


def _short_for_common_words(text: str, surface: str) -> bool:
    """The word is the short form, in brackets, of words written in lower case just before it:
    'anti-social behaviour orders (Asbos)', 'exchange-traded funds (ETFs)': a common noun's, no name."""
    stem = surface[:-1].lower() if surface.endswith("s") and len(surface) > 2 else surface.lower()
    if not surface[:1].isupper() or not 2 <= len(stem) <= 6:
        return False
    needle = f"({surface})"
    at = text.find(needle)
    while at != -1:  # each '(X)', then the lower-case words just before it (a look-behind window,
        lo = max(0, at - 400)  # not a regex over the whole text, which took 0.8 s on a long article)
        window = text[lo:at]
        if lo and " " in window:
            window = window[window.index(" ") + 1:]  # (from a word's start)
        m = re.search(r"(?<![A-Za-z'-])((?:[a-z][a-z'-]*[^\S\n]+){1,7})$", window)
        if m:
            for words in (m.group(1).split(), re.split(r"[\s-]+", m.group(1).strip())):
                if len(words) >= len(stem) and "".join(w[0] for w in words[-len(stem):]) == stem:
                    return True
        at = text.find(needle, at + 1)
    return False


def _plural_verdicts(art: _Article, chosen) -> dict[str, str]:
    """Names the model or the parser would make a person that no person bears, by their form, as
    surface -> 'none' (no actor), 'group' or 'organization': a doctrine ('Communism'), an acronym's
    plural ('GCSEs and A-levels stay'; a role's, 'told MPs', is a group) or the bracketed short form
    of lower-case words ('anti-social behaviour orders (Asbos)') is none; so are several words
    the article all writes in lower case, none a first name or a title ('Presenting Sponsor',
    'Mother Nature'). A plural word with a determiner or an adjective before it and no noun after
    is a team, a band or a body ('the Ospreys are interested', 'the Rams had proposed'), unless the
    article also writes it in lower case ('Bills' beside 'bills': none); so is one capitalised word
    after 'the' that no noun follows ('the Census relies on'), neither a first name, a title nor
    a place the gazetteer knows. A surname of a person named in full ('Tony Adams', then 'Adams')
    is left alone; so is a plural word with nothing before it ('Adams said', 'Jones left')."""
    verdicts: dict[str, str] = {}
    doc = art.doc
    for start, end, kind, _via in chosen:
        if not kind.startswith(("person:", "propn:", "ent:PERSON:")):
            continue
        surface = art.text[start:end]
        name = kind.split(":")[-1]
        if " " in surface and name == surface and art.person_forms.get(surface, surface) == surface \
                and surface.split()[0] not in lexicon.first_name_genders() and surface.istitle() \
                and not any(w.lower() in lexicon.titles() for w in surface.split()) \
                and (span := doc.char_span(start, end, alignment_mode="expand")) is not None \
                and all(t.is_alpha for t in span) and _common_words(art, span):
            verdicts[surface] = "none"  # 'the Presenting Sponsor of the gala', 'the Kiss Cam': words the
            continue  # article also writes in lower case, and no first name the lexicon knows
        if " " in surface or " " in art.person_forms.get(surface, surface) or " " in name \
                or art.person_forms.get(name, name) != name and " " in art.person_forms.get(name, name):
            continue
        if _ACRONYM_PLURAL.match(surface) and surface[:-1].lower() in lexicon.titles():
            verdicts[surface] = "group"  # 'Mr Cable told MPs': holders of a role, no person of one name
            continue
        if _DOCTRINE.match(surface) or _ACRONYM_PLURAL.match(surface) or _short_for_common_words(art.text, surface):
            verdicts[surface] = "none"
            continue
        if verdicts.get(surface) == "none":
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or span.start == 0:
            continue
        if not _PLURAL_WORD.match(surface):
            if re.fullmatch(r"[A-Z][a-z]{2,}", surface) and doc[span.start - 1].lower_ == "the" \
                    and span.root.dep_ not in ("compound", "amod", "poss") and surface.lower() not in lexicon.titles() \
                    and not art.text.startswith(_POSSESSIVE, end) and surface not in lexicon.gazetteer() \
                    and (span.end == len(doc) or doc[span.end].pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")) \
                    and surface not in lexicon.first_name_genders() and len(span) == 1:
                verdicts[surface] = "organization"  # 'the Census relies on memory lapses': a body
            continue
        i = span.start - 1
        while i > span.sent.start and doc[i].text[:1].isupper() and doc[i].tag_ in ("NNP", "NNPS", "JJ") \
                and doc[i].dep_ in ("compound", "amod"):
            i -= 1  # the words of the name before: 'the Neath-Swansea Ospreys', 'Red Hot Chili Peppers'
        before = doc[i]
        determined = before.lower_ in _PLURAL_DETERMINERS or (
            before.tag_ in ("JJ", "JJR", "JJS") and before.text.islower() and before.head.i == span.root.i)
        if not determined or span.root.dep_ == "compound" \
                or (span.end < len(doc) and doc[span.end].pos_ in ("NOUN", "PROPN", "ADJ", "NUM")):
            continue  # ('the Williams sisters': a surname before the noun it names)
        low = surface.lower()
        written_low = re.search(r"(?<![\w-])(?:%s|%s)(?![\w-])" % (re.escape(low), re.escape(low[:-1])), art.text)
        verdicts[surface] = "none" if written_low else "organization"
    return verdicts


def type_mentions(art: _Article, chosen) -> list[Mention]:
    """Stage 8: a typed mention of a canonical actor for each chosen span."""
    doc, text = art.doc, art.text
    aliases, countries, demonyms = lexicon.aliases(), lexicon.countries(), lexicon.demonyms()
    capitals, titles, forms = lexicon.capitals(), lexicon.titles(), _lexicon_forms()
    by_key = {name_key(form, "person"): full for form, full in art.person_forms.items()}
    known_words = set()
    for name in list(art.persons) + list(aliases):
        known_words.update(name.split())
    mentions: list[Mention] = []
    spans: list[Span] = []  # the span of each mention
    unplaced: dict[str, list] = {}  # model places no gazetteer knows: their mentions and spans
    named: dict[str, list] = {}  # organisations only the model or the parser found
    sites: dict[str, list] = {}  # facilities and locations only the model found
    employers: set[str] = set()  # names read as an employer somewhere in the article
    home_of: dict[str, str | None] = {}  # their country when the phrase names one ('Russian oil firm')
    company_of = _company_prefixes(chosen)  # 'Pratt' -> 'Pratt Hotels Corp'
    club_of = _demonym_clubs(chosen)  # 'Irish' -> 'London Irish'
    plurals = _plural_verdicts(art, chosen)  # 'Communism', 'GCSEs': none; 'the Ospreys': a body
    for start, end, kind, via in chosen:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        surface = text[start:end]
        if art.no_actors and not kind.startswith("lex:") and (
                surface in art.no_actors or art.person_forms.get(kind[7:], kind[7:]) in art.no_actors
                or kind.split(":")[-1] in art.no_actors):
            continue  # 'Orphan Black stars X', 'Tyrion (Peter Dinklage)': a work or a character
        if not kind.startswith("lex:") and (_event_like(kind.split(":")[-1]) or _work_title(span, text)
                                            or _not_a_name(art, span, kind) or _series_title(art, span, kind)):
            continue  # 'Jimmy Kimmel Live', 'the film Garden State', 'Non-EU exports', 'Cinemas will
        if not kind.startswith("lex:") and surface in plurals:
            if plurals[surface] == "none":
                continue  # 'Communism failed', 'if GCSEs and A-levels stay': no one
            if plurals[surface] == "group":
                a = art.actor(surface, "group")
                if surface not in a.aliases:
                    a.aliases.append(surface)
                mentions.append(Mention(start, end, surface, a, "group", via, art.sent_of.get(span.start, -1)))
                spans.append(span)
                continue
            kind = f"ent:ORG:{surface}"  # 'the Ospreys are interested in him': a team, not a person
            known_words.discard(surface)
            employers.add(name_key(surface, "organization"))
        if kind.startswith(("ent:ORG:", "propn:")) and _place_head(kind.split(":")[-1]):
            kind = f"ent:LOC:{kind.split(':')[-1]}"  # 'USS Arizona Memorial' tagged ORG: a place
        elif kind.startswith(("ent:ORG:", "ent:PERSON:", "propn:", "person:")) and (
                _PLACE_NOUN_AFTER.match(text, end) or _place_noun_before(text, start, end)):
            kind = f"ent:LOC:{surface}"  # 'Navaga village', 'Tuscarawas and Harrison County': a place
            known_words.discard(surface)  # (a place of its own, not a fragment of a name)
        elif kind.startswith("ent:ORG:") and _place_by_use(span, kind[8:]):
            kind = f"ent:LOC:{kind[8:]}"  # 'wafers made in Tainan': a place the gazetteer knows, used as one
        elif kind.startswith(("ent:ORG:", "ent:GPE:", "ent:PERSON:", "person:", "propn:")) and _constituency(surface, text, end) \
                and art.person_forms.get(surface, surface) == surface:
            kind = f"ent:LOC:{surface}"  # 'the Tatton seat': an electoral district
            known_words.discard(surface)
        elif company := _company_around(span, company_of):
            kind = f"ent:ORG:{company}"  # 'British' + 'Sugar' of 'British Sugar Plc'
        sid = art.sent_of.get(span.start, -1)
        if not kind.startswith("lex:") and ((" " not in art.person_forms.get(surface, surface) and (
                (" " not in surface and (_employer(span) or _classifier_after(span))) or _classified_org(span)))
                or _WEB_ADDRESS.search(surface) or _the_name_classed(art, span, surface)):
            # 'Chelsea boss Jose Mourinho', 'Yukos chief executive': who employs is an organisation
            # (not 'Clinton campaign chairman' where Hillary Clinton is named)
            kind = f"ent:ORG:{surface}"
            employers.add(name_key(surface, "organization"))
            home_of[name_key(surface, "organization")] = _classifier_country(span)
        if kind.startswith("person:") and company_of.get(art.person_forms.get(kind[7:], kind[7:])):
            kind = f"ent:ORG:{company_of[art.person_forms.get(kind[7:], kind[7:])]}"  # 'Pratt' of 'Pratt Hotels Corp'
        elif kind.startswith("propn:") and company_of.get(kind[6:]) and kind[6:] not in art.person_forms:
            kind = f"ent:ORG:{company_of[kind[6:]]}"
        if kind.startswith("person:"):
            name = kind[7:] if start in art.own_surnames else art.person_forms.get(kind[7:], kind[7:])
            info = art.persons.get(name, {"roles": [], "countries": [], "gender": None})
            a = art.actor(name, "person")
            if info.get("government") and not info.get("foreign"):
                art.officials.add(a.key)
            for r in info["roles"]:
                if r and r not in a.roles:
                    a.roles.append(r)
            a.gender = a.gender or info.get("gender")
            mtype = "person"
        elif kind.startswith("lex:"):
            kind_, row = forms[kind[4:]]
            atype = row.get("actor_type") or "organization"
            if atype == "organization" and (_party_adjective(span, titles, row["canonical"].endswith(" Party"))
                                            or _opens_event(text, end)
                                            or (row["canonical"].endswith(" Party") and _party_member(span))):
                continue  # 'Republican assault', 'the Republican electorate': an adjective; 'the Republican
                # National Convention': a word of an event's name
            if kind_ == "demonym" and _names_competition(text, end):
                art.settings += [c for c in [lexicon.demonyms().get(kind[4:])] if c]  # a sign of where the story is
                continue  # 'Scottish' of 'the Scottish Cup', 'English Premiership': a word of the event's name
            if atype == "country" and _in_amount(text, start, end):
                continue  # '49.53 U.S. cents', '5 Hong Kong dollars': a currency, not the state
            people = span.root.head if span.root.dep_ in ("amod", "compound") else None
            region = _region_before(span, forms) if kind_ == "demonym" else None
            if (kind_ == "demonym" or atype == "country") and _in_quoted_title(text, start, end) \
                    and not _title_cased(span.sent):
                continue  # "'American Sniper' fans", '"Make America Great Again" hats': a title's word (not in
                # a title-case headline, where any quotation is in title case)
            feature = _named_feature(span) if kind_ == "demonym" or atype == "country" else None
            if feature is not None:  # 'the Indian Ocean', 'South China Sea': a place of its own
                start, end = feature.start_char, feature.end_char
                surface = text[start:end]
                a, atype = art.actor(surface, "place", lexicon.place_country(surface)), "place"
            elif region is not None:
                # 'Latin American debt', 'Central Americans': a region's people, not the country's
                if not (span.root.tag_ in ("NNS", "NNPS") and surface.endswith("s")):
                    continue
                start, surface = region.idx, text[region.idx:end]
                a, atype = art.actor(surface, "group"), "group"
            elif atype == "country" and _state_named(span):
                a, atype = art.actor(surface, "place", _state_country(surface)), "place"
                # 'Georgia Gov. X', 'Washington state': the state, not the country or its capital
            elif kind_ == "demonym" and surface in club_of and span.root.dep_ not in ("amod", "compound"):
                a, atype = art.actor(club_of[surface], "organization"), "organization"  # 'Irish replied with a penalty'
            elif kind_ == "demonym" and _demonym_person(span):
                # 'Safin sank the Croatian': a player of that country named before, else no actor
                who = _last_person_of(art, mentions, row.get("country"))
                if who is None:
                    continue
                a, atype, via = who, "person", "coref"
            elif kind_ == "demonym" and span.root.tag_ in ("NNS", "NNPS") and surface.endswith("s"):
                atype = "group"  # 'Americans': the people, with their country; 'American' is the state
                a = art.actor(surface, atype, row.get("country") or None)
            elif kind_ == "demonym" and people is not None and people.tag_ == "NNS" and people.i == span.end \
                    and people.lemma_.lower() in lexicon.group_nouns():
                atype = "group"  # 'Cuban dissidents', 'German publishers': people of a country, not its state
                a = art.actor(f"{surface} {people.text}", atype, row.get("country") or None)
            else:
                a = art.actor(row["canonical"], atype, row.get("country") or None)
                a.country_from = "stated"  # the lexicon knows it: an empty country means international ('UN')
            mtype = atype
            if atype == "country" and kind_ != "demonym" and _locative(span):
                mtype = "place"
            if atype == "country" and _geographic_use(span):
                mtype = "place"  # 'three Greek islands', 'five U.S. plants': where, not who
            if atype == "country" and _located_feature(span):
                mtype = "place"  # "Venezuela's Orinoco river", "Ireland's production index"
            if atype == "country" and _after_its_town(span):
                mtype = "place"  # 'Salinas, Mexico', 'Kaesong, North Korea': where the town is
        elif kind.startswith("propn:"):
            name = kind[6:]
            words = name.split()
            while len(words) > 1 and words[0].lower() in titles:
                words = words[1:]  # 'POPE FRANCIS' in a headline: the title is not the name
            person = by_key.get(name_key(" ".join(words), "person"))
            if name in art.persons or name in art.person_forms or person:
                a = art.actor(person or art.person_forms.get(name, name), "person")
                mtype = "person"
            else:
                mtype = _unknown_type(name, span.root)
                a = art.actor(name, mtype)
                nationality = _nationality_before(doc, span.start, span.sent.start) if mtype == "person" else []
                if nationality and not a.country:  # 'the Croatian Marin Kovac beat Safin'
                    a.country, a.country_from = nationality[0], "stated"
        else:
            _, label, name = kind.split(":", 2)
            if label == "ORG":
                name = company_of.get(name) or name  # 'Southmark' of 'Southmark Corp' is that company
                if len(span) == 1 and span[0].i in art.role_tokens and name_key(name, "organization") not in employers:
                    continue  # part of a role title: 'Defence' of 'Defence Minister'
                if " and " in name and _PORTFOLIO_HOLDER.match(text, end):
                    continue  # a portfolio in a minister's title: 'the Trade and Industry Secretary'
                if " " not in name and name in known_words and name not in aliases \
                        and name_key(name, "organization") not in employers:
                    continue  # a fragment of a known name: 'State' of 'Islamic State'
                if name.lower() in titles or name.isdigit() or len(name) < 2:
                    continue
                region = _city_region(span, name)
                if region:  # 'its Haverhill, Ohio plant': a town the model called an organisation
                    a, mtype = art.actor(name, "place", region), "place"
                    if surface not in a.aliases:
                        a.aliases.append(surface)
                    mentions.append(Mention(start, end, surface, a, mtype, via, sid))
                    spans.append(span)
                    continue
                country = None
                for word in name.split() if name not in club_of.values() else ():  # 'London Irish' is no Irish body
                    country = country or demonyms.get(word) or (countries.get(word) or (None, None))[1]
                a = art.actor(name, "organization", country or home_of.get(name_key(name, "organization")))
                mtype = "organization"
            elif label == "NORP":
                a = art.actor(name, "group")
                mtype = "group"
            elif label == "GPE" and name in capitals and _state_named(span):
                a = art.actor(name, "place", _state_country(name))  # 'Washington Governor X'
                mtype = "place"
            elif label == "GPE" and name in capitals and _acting(span):
                iso3 = capitals[name]
                a = art.actor(lexicon.country_names().get(iso3, name), "country", iso3)
                mtype = "country"
                via = "gazetteer"
            elif name not in capitals and name not in countries and _speaks(span.root):
                # an unknown 'place' that speaks or criticizes is a person or a body the model mistook
                mtype = _unknown_type(name, span.root)
                a = art.actor(name, mtype)
            elif _camel_case(name.split()[-1]):
                a, mtype = art.actor(name, "organization"), "organization"  # 'LinkedIn' tagged GPE: a company
            else:  # GPE, LOC, FAC: places
                if " " not in name and name in known_words:
                    continue
                us = _ap_states().match(text, end + 2) if text[end:end + 2] == ", " else None
                a = art.actor(name, "place", "USA" if us else  # 'Manchester, N.H.', 'Abingdon, Md.'
                              lexicon.place_country(name.title() if name.isupper() else name))
                mtype = "place"
        if surface not in a.aliases:
            a.aliases.append(surface)
        mentions.append(Mention(start, end, surface, a, mtype, via, sid))
        spans.append(span)
        if mtype == "place" and a.country is None and kind.startswith("ent:GPE:"):
            unplaced.setdefault(a.key, []).append((len(mentions) - 1, span))
        elif mtype == "organization" and kind.startswith(("ent:ORG:", "propn:")):
            named.setdefault(a.key, []).append((len(mentions) - 1, span))
        elif mtype == "place" and kind.startswith(("ent:FAC:", "ent:LOC:")) and via == "ner":
            sites.setdefault(a.key, []).append((len(mentions) - 1, span))
    _listed_places(art, mentions, spans)
    _team_sheets(art, mentions)
    drop = _place_evidence(art, mentions, unplaced) | _products(named) | _product_sites(sites) | _media_uses(mentions, spans)
    return _vote_types([m for i, m in enumerate(mentions) if i not in drop], employers)


_QUOTED_TITLE = re.compile(r"[\u2018\u201c\"]((?:[A-Z][\w'\u2019-]*|a|an|the|of|in|on|and|to|for|is|are|with)"
                           r"(?:[^\S\n]+(?:[A-Z][\w'\u2019-]*|a|an|the|of|in|on|and|to|for|is|are|with)){1,5})"
                           r"[\u2019\u201d\"]")


def _in_quoted_title(text: str, start: int, end: int) -> bool:
    """The span lies inside a short phrase in quotation marks written in title case ('\u2018American
    Sniper\u2019', '"Make America Great Again"'): the title of a work or a slogan, of two to six words."""
    for m in _QUOTED_TITLE.finditer(text, max(0, start - 60), min(len(text), end + 60)):
        if m.start(1) <= start and end <= m.end(1) and sum(w[0].isupper() for w in m.group(1).split()) >= 2:
            return True
    return False


#: words that make a demonym after them a region's: 'Latin American', 'Central Americans', 'West African'
#: ('North American' is left to the lexicon: in news it is mostly the US market, with Canada's)
_REGION_WORDS = {"Latin", "Central", "South", "East", "West", "Southern", "Eastern", "Western", "Sub-Saharan"}


def _region_before(span: Span, forms: dict):
    """The region word before a demonym when the two name a region's people and no country's
    ('Latin American', 'Central Americans'; not 'South Korean' or 'North Korean', which the
    lexicons know): that token, else None."""
    i = span.start - 1
    if i < 0 or span.doc[i].text not in _REGION_WORDS or span.doc[i].whitespace_ != " ":
        return None
    return None if f"{span.doc[i].text} {span.text}" in forms else span.doc[i]


#: words after a name that make it a state of a federation: 'Washington state', 'Georgia Gov. X'
_STATE_WORDS = {"state", "governor", "gov.", "gov", "legislature", "statehouse", "lt."}


def _state_named(span: Span) -> bool:
    """A name that is a state as well as a country or a capital ('Washington', 'Georgia'),
    followed by a word only a state takes: 'Washington Governor Jay X', 'Georgia Gov. Y'."""
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return nxt is not None and _state_country(span.text) is not None and nxt.lower_ in _STATE_WORDS


def _city_region(span: Span, name: str) -> str | None:
    """The country of a name the gazetteer knows as a town when a comma and a state, province or
    country follow it ('Haverhill, Ohio', 'Lugano, Switzerland', 'Tampa, Fla.'), else None."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != "," or name not in lexicon.gazetteer():
        return None
    nxt = doc[span.end + 1]
    if _ap_states().match(doc_text(doc), nxt.idx):
        return "USA"
    for n in (3, 2, 1):  # the longest region name that follows: 'New South Wales', 'New York', 'Ohio'
        words = doc[span.end + 1:min(span.end + 1 + n, len(doc))]
        if len(words) == n and all(t.is_title for t in words):
            after = doc[words.end] if words.end < len(doc) else None
            if after is not None and after.is_title:
                continue  # 'Apple, Google Inc': a list of names, not a town's region
            if words.text in lexicon.ambiguous_subdivisions():
                return None  # 'Coventry, Midlands': England's, not Zimbabwe's province
            found = _state_country(words.text) or (lexicon.countries().get(words.text) or (None, None))[1]
            if found:
                return found
    return None


def _state_country(name: str) -> str | None:
    return lexicon.subdivision_countries().get(name) or lexicon.states_named_as_countries().get(name)


_NAME = r"([A-Z][\w'-]*(?:[ -][A-Z][\w'-]*){0,3})"
#: a character named by the actor who plays them, or by a role word: 'who plays Sarah', 'stars as Mia',
#: 'the character Jon'
_CHARACTER = re.compile(r"\b(?:who (?:plays|played|portrays|portrayed|voices|voiced)|(?:stars|starred|starring|"
                        r"cast|appears|appeared) as|portrays|portrayed|portraying|(?:the|whose|her|his) character) "
                        + _NAME + r"(?![\w'-]|[ -][A-Z]| as\b)")
# (not 'the character of Clinton', 'the role of Congress'; nor a name described 'as' something: 'portrayed
# Donald Trump as dishonest' describes the man, it does not play him; the name is read whole, so that
# 'portrayed Donald' is not tried when 'Donald Trump as' fails)
#: a character named as the role an actor takes, or with the actor who plays them after a comma:
#: 'took the role of Don Draper', 'reprising the title role of Jane', 'played the part of Ophelia',
#: 'Sam Keller, played by Michael Douglas' (not 'played a key role in Congress': a role 'in' something)
_ROLE_OF = re.compile(r"\b(?:(?:took|takes|take|taking|landed|lands|landing|won|wins|reprised|reprises|reprise|"
                      r"reprising|turned down|accepted|auditioned for|offered|cast in|got|gets)"
                      r" (?:the|a|his|her|their)(?: [a-z]+){0,2}? role"
                      r"|(?:play|plays|played|playing) (?:the|a|his|her|their)(?: [a-z]+){0,2}? (?:role|part)) of "
                      + _NAME)
_PLAYED_BY = re.compile(_NAME + r", (?:who is |who was )?(?:played|portrayed|voiced) by (?:the actor |actor |actress )?[A-Z]")
#: a character with the actor in brackets, as recaps write them: 'Tyrion (Peter Dinklage)'
_CHARACTER_ACTOR = re.compile(_NAME.replace("{0,3}", "{0,1}") + r" \(([A-Z][a-z'-]+(?: [A-Z][a-z'-]+){1,2})\)")
#: a work that stars people, or that is downloaded or aired: 'Orphan Black stars Tatiana Maslany',
#: 'Pokemon GO has been downloaded'
_WORK = re.compile(_NAME + r" (?:(?:stars|starred|co-stars|features) (?=[A-Z][a-z]+ [A-Z])|(?:has|have|had|was|"
                   r"were|is|are|will be)(?: been)? (?:downloaded|installed|streamed|aired|premiered|renewed|"
                   r"binge-watched|based on|adapted from)\b)")


#: a work its maker is named with: 'Garden State, which he also directed', 'Crash, written and directed by
#: Paul Haggis', 'Confessions, which she recorded in 2003'
_MADE = re.compile(_NAME + r",? (?:(?:which|that) (?:he|she|they|it|[A-Z][a-z]+)(?: also| later| first| co-)?"
                   r" (?:directed|co-directed|wrote|co-wrote|penned|produced|co-produced|filmed|shot|recorded|"
                   r"composed|released|published|adapted|starred in|narrated)\b|(?:(?:written|co-written) and )?"
                   r"(?:directed|co-directed|written|co-written|produced|narrated|illustrated) by [A-Z])")


def works_and_characters(art: _Article) -> None:
    """Stage 6c (repairs): names the article shows to be a work, a character of one or a disease
    ('the Zika virus'), not an actor: the subject of 'stars' before a person's name or of 'has been downloaded' / 'aired',
    a name its maker directed, wrote or recorded ('Garden State, which he also directed'), a name played or portrayed ('who plays Sarah', 'stars as Mia', 'the character Jon', 'took the
    role of Don Draper', 'Sam Keller, played by Michael Douglas'), and, in
    an article that does this at least twice, a name with an actor's name in brackets ('Tyrion
    (Peter Dinklage) tells Sansa (Sophie Turner)')."""
    text = art.text
    if "(" in text:
        pairs = [(m.group(1), m.group(2)) for m in _CHARACTER_ACTOR.finditer(text)
                 if m.group(1) not in m.group(2) and m.group(1) not in _lexicon_forms()]
        if len({p[0] for p in pairs}) >= 2:
            art.no_actors.update(p[0] for p in pairs)
    for pattern in (_CHARACTER, _ROLE_OF, _PLAYED_BY, _WORK, _MADE):
        for m in pattern.finditer(text):
            name = m.group(1)
            if name not in _lexicon_forms() and name.lower() not in lexicon.titles() \
                    and art.person_forms.get(name, name) == name:  # not a surname of a person the article names
                art.no_actors.add(name)
                parts = re.split(r"['\u2019]s ", name)  # 'Howl's Moving Castle' read as 'Howl' and 'Moving Castle'
                art.no_actors.update(p for p in parts if p not in art.person_forms)
    # a disease named after a word: 'the Zika virus', 'the Ebola outbreak' (every 'Zika' of the article)
    art.no_actors.update(m.group(1) for m in re.finditer(r"\b([A-Z][a-z]+)(?=" + _ILLNESS_AFTER.pattern + ")", text)
                         if " " not in art.person_forms.get(m.group(1), ""))  # not 'the Salk vaccine' of Jonas Salk


#: what opens a noun phrase naming a kind of product: 'a', 'the', 'his', "Microsoft's"
_KIND_OPENER = r"(?<![\w'\u2019-])(?:a|an|the|his|her|its|their|our|this|that|[A-Z][\w&.-]*['\u2019]s)"
#: a naming word between the kind and the name: 'called', 'known as', 'dubbed'
_NAMING_WORD = r",?[^\S\n]+(?:called|named|dubbed|known[^\S\n]+as|branded|titled|entitled)"
_KIND_MEMO: dict = {}


#: a name as the object of a verb only software or a stream takes: 'users who download Skype',
#: 'installing Debian', 'binge-watching Broad City' (not 'installed Jane Roe as chair': ' as' after)
_USED_AS_PRODUCT = re.compile(r"(?<![\w-])(?:(?:re-?)?download(?:s|ed|ing)?|(?:re-?|un)?install(?:s|ed|ing)?|"
                              r"binge-watch(?:es|ed|ing)?|stream(?:s|ed|ing)?)[^\S\n]+(?:the[^\S\n]+)?"
                              + _NAME + r"(?![\w'\u2019-]|[^\S\n]+[A-Z]|[^\S\n]+as\b)")


def _product_kind_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The shapes of :func:`named_products`, built from lexicons/product_kinds.txt: a kind right
    before the name ('his latest album Musicology'), a kind and a naming word before it ('a
    ransomware known as CryptoWall'); and the object of 'download', 'install' or 'stream'."""
    kinds = lexicon.product_kinds()
    if id(kinds) not in _KIND_MEMO:
        before, named = kinds
        words = r"[^\S\n]+(?:[a-z][\w-]*[^\S\n]+){0,3}?"  # 'a new', 'his latest': lower-case words only
        quote = r"[^\S\n]+[\"\u201c\u2018']?"  # 'the album "Cuts"'
        the = r"[^\S\n]+(?:the[^\S\n]+)?[\"\u201c\u2018']?"  # 'dubbed the Zephyr' (not 'the album the Beatles made')
        _KIND_MEMO.clear()
        _KIND_MEMO[id(kinds)] = (
            re.compile(_KIND_OPENER + words + r"(?:%s)" % lexicon.alternation(before) + quote + _NAME
                       + r"(?![\w'\u2019-]|[^\S\n]+[A-Z])"),
            re.compile(_KIND_OPENER + words + r"(?:%s)" % lexicon.alternation(named) + _NAMING_WORD + the + _NAME
                       + r"(?![\w'\u2019-]|[^\S\n]+[A-Z])"), _USED_AS_PRODUCT)
    return _KIND_MEMO[id(kinds)]


def named_products(art: _Article) -> None:
    """Stage 6d (repairs): names the article introduces as a product or a work by the noun for its
    kind, with a determiner before that noun: 'his latest album Musicology', 'the app Instaglam',
    'a ransomware known as CryptoWall', 'a new handset dubbed the Zephyr' (lexicons/product_kinds.txt),
    or as the object of a verb for using software or a stream ('users who download Skype').
    Every mention of such a name in the article is then no actor. Not a name the lexicons know,
    a news outlet, nor a person the article names with a role or as the surname of a full name
    (the evidence is one phrase: never enough to retype a known person or body)."""
    forms = _lexicon_forms()
    for pattern in _product_kind_patterns():
        for m in pattern.finditer(art.text):
            name = m.group(1)
            if name.startswith("The "):
                name = name[4:]
            if re.search(r"['\u2019]s?$", name):
                continue  # 'download Apple's app': the owner of what is named next
            info = art.persons.get(name)
            if name in forms or _news_outlet(name) or name.lower() in lexicon.titles() \
                    or art.person_forms.get(name, name) != name or (info and info.get("roles")):
                continue
            art.no_actors.add(name)


#: a line-up: a paragraph listing five or more capitalised names by commas, with a substitution in
#: brackets or a captain ('Dudek, Finnan, Hyypia, Luis Garcia (Nunez 73), Gerrard, Baros.')
_LINE_UP_ITEM = r"(?:capt|[A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*){0,2}(?: \([^()\n]{2,40}\))?)"
_LINE_UP = re.compile(r"(?m)^[^\S\n]*(?:[A-Z][\w ]{0,30}:[^\S\n]*|:[^\S\n]*)?(?:" + _LINE_UP_ITEM + r",[^\S\n]*){4,}"
                      + _LINE_UP_ITEM + r"\.?[^\S\n]*$")


def _team_sheets(art: _Article, mentions: list[Mention]) -> None:
    """Names in a line-up ('Dudek, Finnan, Hyypia, ... Baros.') that the model called places or
    organisations are players: people (names the lexicons read keep their reading)."""
    if art.text.count(",") < 5:
        return
    sheets = [(m.start(), m.end()) for m in _LINE_UP.finditer(art.text)
              if re.search(r"\([A-Z][\w' -]+ \d{1,3}\)|\bcapt\b", m.group(0))]  # a substitution or a captain
    if not sheets:
        return
    for k, m in enumerate(mentions):
        if m.actor_type in ("place", "organization") and m.via == "ner" and any(s <= m.start and m.end <= e for s, e in sheets):
            person = art.actor(m.actor.name, "person")
            person.aliases += [x for x in m.actor.aliases if x not in person.aliases]
            mentions[k] = Mention(m.start, m.end, m.text, person, "person", m.via, m.sent_id)


def _listed_places(art: _Article, mentions: list[Mention], spans: list[Span]) -> None:
    """A name the model calls an organisation, or a one-word person with no role, that a
    gazetteer knows and that stands in a list of at least two places ('Helsinki, Oslo, Paris,
    Copenhagen and Sydney') is a place too."""
    geo = {sp.root.i for m, sp in zip(mentions, spans) if m.actor_type in ("place", "country")}
    if len(geo) < 2:
        return
    gaz = lexicon.gazetteer()
    for k, (m, sp) in enumerate(zip(mentions, spans)):
        a = m.actor
        if not (m.actor_type == "organization" or (m.actor_type == "person" and not a.roles and (
                " " not in a.name or a.name.split()[0] not in lexicon.first_name_genders()))) \
                or m.via != "ner" or a.name not in gaz:  # 'Belo Horizonte' in a list of cities: no given name
            continue
        if sum(c.i in geo for c in sp.root.conjuncts) >= 2:
            place = art.actor(a.name, "place", lexicon.place_country(a.name))
            place.aliases += [x for x in a.aliases if x not in place.aliases]
            mentions[k] = Mention(m.start, m.end, m.text, place, "place", m.via, m.sent_id)


def _demonym_person(span: Span) -> bool:
    """'the Croatian', 'the Spaniard' heading its own noun phrase: a person of that country."""
    root = span.root
    if root.text.endswith(("sh", "ch", "ese", "ss")):
        return False  # 'the British', 'the French', 'the Chinese': a people or a state, not one person
    return len(span) == 1 and span.start > 0 and span.doc[span.start - 1].lower_ == "the" \
        and root.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos") and root.tag_ in ("NN", "NNP", "JJ") \
        and not any(c.dep_ in ("prep", "compound", "amod") for c in root.children)


def _last_person_of(art: _Article, mentions: list[Mention], country: str | None) -> Actor | None:
    """The person named last before this point whose own phrases give them ``country``."""
    for m in reversed(mentions):
        info = art.persons.get(m.actor.name, {}) if m.actor_type == "person" else {}
        if country and country in info.get("countries", ()):
            return m.actor
    return None


_VARIANT = re.compile(r"\.[A-Z]{1,2}(?![\w.])")
#: a figure inside a name: 'Revs 114.2', 'Net 5,415,000' (a results table read as a name)
_FIGURE = re.compile(r"(?<![\w.])\d+[.,]\d")
#: a model code ending a product's name: 'PF-9', 'RX450h', 'A380', 'F-16'
_MODEL_CODE = re.compile(r"^[A-Z]{1,4}-?\d+[a-z]?$")
_NEGATED = re.compile(r"^(?:Non|Anti|Pro|Pan|Post|Pre|Ex)-", re.I)


_INSTRUMENTS = {"bill", "bills", "bond", "bonds", "note", "notes", "yield", "yields", "securities", "futures",
                "stock", "stocks", "paper", "issues", "issue", "auction", "auctions", "prices", "market"}
_KIN = {"mother", "father", "son", "daughter", "wife", "husband", "brother", "sister", "parent", "widow", "uncle",
        "aunt", "grandmother", "grandfather", "cousin", "mom", "dad", "mum"}


def _role_noun(low: str) -> bool:
    """A lower-case word that names relatives or a relative ('mothers', 'mother'), or people of a
    role in the plural ('detectives', 'analysts': a singular 'Prince' or 'Bishop' may be a name)."""
    if low in _KIN:
        return True
    titles = lexicon.titles()
    for word in (low[:-1] if low.endswith("s") else None, low[:-2] if low.endswith("es") else None):
        if word and (word in _KIN or titles.get(word, {}).get("kind") == "other"):
            return True
    return False


#: a grade of the credit rating agencies' scales: 'AAA', 'BB', 'Baa1', 'Ba-3', 'CCC+'
_RATING = re.compile(r"^(?:AAA|AA|BBB|BB|CCC|CC|Aaa|Aa|Baa|Ba|Caa|Ca)(?:[-+]?\d?|[-+])$")
_RATING_WORDS = re.compile(r"\b(?:rat(?:ed|es|ing|ings)|downgrad\w*|upgrad\w*|Moody's|Standard (?:and|&) Poor's|"
                           r"S ?(?:and|&) ?P|Fitch|investment[- ]grade|junk)\b", re.I)


def _credit_rating(name: str, span: Span) -> bool:
    """A credit rating in a sentence about ratings: 'BB' of 'rated BB-minus by S and P', 'AAA' of
    'its AAA rating' (not 'BBC', nor 'AA' in a sentence about the motoring club)."""
    return bool(_RATING.match(name)) and bool(_RATING_WORDS.search(span.sent.text))


_ERA_TIME_MEMO: dict[str, frozenset] = {}
_NUMBER_BEFORE = re.compile(r"\d(?:s|th|st|nd|rd)?,?[^\S\n]*$")
_NUMBER_AFTER = re.compile(r"\.?[^\S\n]*\d")


def _era_time_tokens(kind: str) -> frozenset:
    """The era abbreviations ('B.C') or time-zone names ('Central Time') of lexicons/era_time_tokens.txt."""
    if not _ERA_TIME_MEMO:
        rows = [line.split(":", 1) for line in lexicon.read_list("era_time_tokens.txt")]
        for k in ("era", "zone"):
            _ERA_TIME_MEMO[k] = frozenset(w for kk, w in rows if kk == k)
    return _ERA_TIME_MEMO[kind]


def _era_or_time_zone(text: str, name: str, start: int, end: int) -> bool:
    """A token of a date or a clock, not a name: an era beside a number ('dates back to 2300 B.C.',
    'in AD 79') or a time zone ('kick-off is at 6:30 p.m. Central Time')."""
    bare = name.rstrip(".")
    if bare in _era_time_tokens("zone"):
        return True
    return bare in _era_time_tokens("era") and bool(
        _NUMBER_BEFORE.search(text, max(0, start - 12), start) or _NUMBER_AFTER.match(text, end))


def _not_a_name(art: _Article, span: Span, kind: str) -> bool:
    """Words the model or the parser took for a name: a prefixed adjective ('Non-EU exports',
    'anti-Kremlin'; not a body's name: 'Anti-Defamation League'), a stock symbol ('under the symbol TDM'), a virus with its variant letters
    ('Bagle.AT'), and a one-word organisation or
    proper noun opening a sentence that the article also writes in lower case ('Cinemas will be
    given the film' beside 'cinemas fitted with projectors': a common noun)."""
    name = kind.split(":")[-1]
    words = name.split()
    if _era_or_time_zone(art.text, name, span.start_char, span.end_char):
        return True  # '2300 B.C.', '8 p.m. Central Time': a date's era or a clock's zone
    if _credit_line(art.text, span.start_char, span.end_char):
        return True  # "CNN's X and Y contributed to this report", '— X (@x) May 2, 2016' under a tweet
    if _junk_span(name) or _GLUED_CHROME.search(span.text):
        return True  # 'Div 145 Swiss francs', 'E96 EC:2=': an amount or garbled table text; 'Lavender
        # 5ptsmoderatorFeaturedFebruary 6': a page's byline row, its words glued together
    if (_NEGATED.match(name) and words[-1] not in lexicon.org_name_heads()) or _FIGURE.search(name) or (len(words) > 1 and _MODEL_CODE.match(words[-1])):
        return True  # 'Revs 114.2' of a results table; 'Kel-Tec PF-9', 'Lexus RX450h': a product's model
    if (len(words) > 1 and (words[0].isupper() or "." in words[0]) and _CURRENCY.match(" " + words[-1].lower())) \
            or all(_corporate(w) or w in ("Group", "&", "and", "of") for w in words):
        return True  # 'U.S. Dlrs', 'H.K. Cents' in a headline; 'Co Inc', 'Group' alone: no one's name
    prev = span.doc[span.start - 1] if span.start > 0 else None
    if prev is not None and prev.lower_ in ("symbol", "symbols", "ticker"):
        return True
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if words[-1] in ("Treasury", "Exchequer") and nxt is not None and nxt.lower_ in _INSTRUMENTS:
        return True  # 'Treasury bills will be offered', 'U.S. Treasury yields': a debt instrument, not its issuer
    if _sign_off(art.text, span.start_char, span.end_char) or _INDEX_AFTER.match(art.text, span.end_char):
        return True  # '&\t Reuter' signing off a wire copy; 'the Stoxx Europe 600 telecoms index': a market index
    if _VARIANT.match(art.text, span.end_char):
        return True  # 'Bagle.AT', 'Netsky.P': a virus and its variant letters
    if _credit_rating(name, span):
        return True  # 'rated Ba-3 by Moody's and BB-minus by S and P': a grade, not the agency
    if name.isupper() and len(words) == 1 and _NUMBERED.match(art.text, span.end_char):
        return True  # 'the adoption of FASB 87', 'ISO 9001': a numbered standard or rule, not its maker
    opening = span[0].is_sent_start or all(t.is_punct or (t.is_upper and t.is_alpha) or t.is_space
                                           for t in span.doc[span[0].sent.start:span.start])  # after quotes or a dateline
    if kind.startswith(("ent:ORG:", "propn:")) and len(span) == 1 and opening \
            and name.istitle() and name not in art.person_forms:
        low, text = name.lower(), art.text
        if _role_noun(low):
            return True  # 'Detectives said they tied him to six more deaths': a role noun opening a sentence
        i = text.find(low)
        while i >= 0:  # the same word in lower case, as a word of its own
            before, after = text[i - 1:i] if i else "", text[i + len(low):i + len(low) + 1]
            if not (before.isalnum() or before == "-" or after.isalnum() or after == "-"):
                return True
            i = text.find(low, i + 1)
    short_form = kind.startswith("person:") and len(words) > len(span)  # 'Boot' of 'Max Boot': the surname
    if short_form:
        return False
    if opening or _title_cased(span.sent):
        headline_words = _common_words(art, span)
    else:  # a headline glued into a line of other text: 'Characterization Of Network' (liveblogs)
        headline_words = _in_title_case_run(art.text, span.start_char, span.end_char) \
            and (_common_words(art, span) or _headline_words(art, span))
    # 'Frogs Are Really Cool', 'Bad Humans', 'Remarks' in a title-case headline: words the body writes
    # in lower case, a name nowhere else
    return headline_words and not _written_as_a_name(art, name)


#: an amount inside a span ('Div 145 Swiss francs', '49.53 U.S. cents'), and table or markup junk
#: ('E96 EC:2=': a digit with '=' or ':' in the name)
_AMOUNT = re.compile(r"(?<![\w.])\d[\d,.]*(?:\s+[A-Z][\w.]*){0,2}\s+" + _CURRENCY.pattern[3:].replace(")\\b", "|cents?)\\b"), re.I)
_MARKUP = re.compile(r"\d.*[=:]|[=:].*\d")


#: words of a page's widgets glued to a number: a score and a badge ('5ptsmoderatorFeatured'), a time
#: stamp and the headline after it ('10:14PMBuddies')
_GLUED_CHROME = re.compile(r"\d[a-z]{2,}[A-Z]|\d(?:AM|PM|am|pm)[A-Z]")


def _junk_span(name: str) -> bool:
    """A span that is no name: it holds an amount ('Div 145 Swiss francs') or a digit beside '=' or
    ':' ('E96 EC:2=', garbled table text)."""
    return bool(_AMOUNT.search(name) or _MARKUP.search(name))


def _in_amount(text: str, start: int, end: int) -> bool:
    """A country's name inside an amount of its currency: '49.53 U.S. cents', '12 Australian dollars'."""
    window = text[max(0, start - 16):end + 10]
    return any(m.start() < start - max(0, start - 16) and m.end() > end - max(0, start - 16)
               for m in _AMOUNT.finditer(window))


#: a line that credits the reporters ('CNN's X and Y contributed to this report') or signs an
#: embedded post ('— Jane Roe (@janeroe) February 19, 2016')
_CONTRIBUTED_LINE = re.compile(r"\bcontributed\s+(?:reporting\s+)?(?:to\s+(?:this|the)\s+(?:report|story|article)|reporting)\b"
                          r"|^\s*[\u2014\u2013-]+\s*[^()\n]{2,80}\(@\w+\)", re.I)


def _credit_line(text: str, start: int, end: int) -> bool:
    """A name on a credit or signature line, no actor of the story: "AP's Jane Roe contributed
    reporting", '— Jane Roe (@janeroe) May 2, 2016' (the signature under an embedded tweet)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    return len(line) < 400 and bool(_CONTRIBUTED_LINE.search(line))


#: a market index after its name: 'Stoxx Europe 600 telecoms sector index', 'Nikkei 225 average'
_INDEX_AFTER = re.compile(r"[^\S\n]+\d+(?:[^\S\n]+[a-z][\w-]*){0,4}[^\S\n]+(?:index|indices|indexes|average)\b")
_ESCAPE_JUNK = re.compile(r"\\[tnr]|[^\w\s]")


#: a number right after an acronym that is no year, amount or share: 'FASB 87', 'IAS 39'
_NUMBERED = re.compile(r" (?!(?:1[89]|20)\d\d\b)\d{1,5}\b(?![.,]\d|%| (?:pct|percent|per cent|mln|million|billion|bln|dlrs|"
                       r"shares|points|pts|cents|yen|stg)\b)")


def _sign_off(text: str, start: int, end: int) -> bool:
    """A wire copy's sign-off: an agency's name ('Reuter', 'Reuters', 'AP') alone on the last line
    of the text, whatever escape junk sits around it ('&\\t Reuter'): who filed it, no actor of the story."""
    if len(text) - end > 40 or _ESCAPE_JUNK.sub("", text[end:]).strip():
        return False  # (the last line only: not a pass over the rest of the text for every mention)
    line = text[text.rfind("\n", 0, start) + 1:]
    bare = _ESCAPE_JUNK.sub(" ", line).split()
    return 0 < len(bare) <= 3 and any(a == " ".join(bare) or a == " ".join(bare) + "s" for a in lexicon.news_agencies())


def _article_lower_words(art: _Article) -> set:
    """The words the article writes in lower case, and their stems ('cheered' -> 'cheer')."""
    if art.lower_words is None:  # the words and their stems ('cheered' -> 'cheer', 'cheers' -> 'cheer')
        words = set(re.findall(r"(?<![\w./@-])[a-z]+(?![\w@/-]|\.\w)", art.text))  # not in an address: 'peter.holley@
        art.lower_words = words | {w[:-2] for w in words if w.endswith(("ed", "es"))} \
            | {w[:-1] for w in words if w.endswith(("s", "d"))} | {w[:-3] for w in words if w.endswith("ing")}
    return art.lower_words


def _common_words(art: _Article, span: Span) -> bool:
    """Every word of a span (function words aside) is one the article also writes in lower case."""
    lower = _article_lower_words(art)
    words = [t.text.lower() for t in span if t.is_alpha and not t.is_stop]
    return bool(words) and all(w in lower or (w.endswith("s") and w[:-1] in lower) for w in words)


def _line_words(text: str, at: int, step: int):
    """The words of ``at``'s line read away from it, nearest first: backwards (``step`` -1) from
    ``at`` or forwards (1) from it, as ``str.split`` cuts them, up to the line's end. Lazy: a caller
    stops at the first word it needs no more, so a paragraph of one long line costs nothing past it."""
    n = len(text)
    i = at
    while True:
        while (i > 0 if step < 0 else i < n) and text[i - 1 if step < 0 else i].isspace():
            if text[i - 1 if step < 0 else i] == "\n":
                return
            i += step
        j = i
        while (j > 0 if step < 0 else j < n) and not text[j - 1 if step < 0 else j].isspace():
            j += step
        if j == i:
            return
        yield text[j:i] if step < 0 else text[i:j]
        i = j


def _in_title_case_run(text: str, start: int, end: int) -> bool:
    """The span stands among capitalised words on its line, two or more of them next to it on
    either side and five or more with its own, and its small words capitalised too ('Of', 'On';
    up to a lower-case word or a stop): a headline glued into other text ('...9:12PMCNN Disputes
    Characterization Of Network's Reporting On Carson' after a liveblog's time stamp), whose
    sentence as a whole is in no title case. ('the 5th U.S. Circuit Court of Appeals', 'Los Alamos
    Laboratory for the Manhattan Project': names of a sentence, with small words in lower case.)"""
    before = _line_words(text, start, -1)
    after = _line_words(text, end, 1)
    first = next(after, None)
    if first is not None:
        if first.startswith(("'s", "\u2019s")):
            first = first[2:]  # ("Network's Reporting": the possessive goes with the span)
        after = chain([first], after)
    count, small = 0, 0
    for words, forward in ((before, False), (after, True)):
        for w in words:
            if not w:
                continue
            core = w.strip("\"'\u2018\u2019\u201c\u201d()[]")
            if not forward and core[-1:] in ".,;:!?":
                break  # (the word before ends a sentence or a clause)
            core = core.rstrip(".,;:!?")
            if not core[:1].isupper():
                break  # (a small word in lower case too: 'Court of Appeals' is a name in a sentence)
            if core.lower() in _SMALL_WORDS:
                small += 1
                continue
            count += 1
            if forward and w[-1] in ".,;:!?":
                break
    words = text[start:end].split()
    if any(w.lower() in _SMALL_WORDS and not w[:1].isupper() for w in words):
        return False
    inside = sum(w.lower() in _SMALL_WORDS for w in words)
    return count >= 2 and count + len(words) - inside >= 5 and small + inside >= 1


def _headline_words(art: _Article, span: Span) -> bool:
    """Two or more words, the last one the article writes in lower case, each other one written in
    lower case too or nowhere else in the article: 'Characterization Of Network' (the body writes
    'the network'), headline words and no name. A word in capitals is an acronym's, a name's."""
    lower = _article_lower_words(art)
    written = [t.text for t in span if t.is_alpha and not t.is_stop]
    if any(w.isupper() for w in written):
        return False  # ('MGM Studios', 'UBS Wealth Management': an acronym is a name)
    words = [w.lower() for w in written]
    if len(words) < 2 or not (words[-1] in lower or (words[-1].endswith("s") and words[-1][:-1] in lower)):
        return False
    low_text = art.text.lower()
    return all(w in lower or len(re.findall(r"(?<![\w-])%s(?![\w-])" % re.escape(w), low_text)) == 1
               for w in words[:-1])


def _written_as_a_name(art: _Article, name: str) -> bool:
    """The name stands somewhere with capitals nothing forces: not opening a sentence, not in a
    title-case headline ('said Bad Humans' would be one)."""
    if name in art.named_as:
        return art.named_as[name]
    art.named_as[name] = False
    for m in re.finditer(r"(?<![\w-])" + r"\s+".join(map(re.escape, name.split())) + r"(?![\w-])", art.text):
        before = art.text[max(0, m.start() - 3):m.start()].rstrip()
        if not before or not (before[-1].isalnum() or before[-1] in ",;"):
            continue  # opening the text, a sentence, a quotation or a bracket
        span = art.doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None and not span[0].is_sent_start and not _title_cased(span.sent) \
                and not _in_title_case_run(art.text, m.start(), m.end()):
            art.named_as[name] = True
            break
    return art.named_as[name]


#: what a party holds as a body: 'the Republican nomination', 'the Democratic convention' name the party
_PARTY_HOLDS = {"nomination", "nominations", "convention", "conventions", "primary", "primaries", "caucus",
                "caucuses", "leadership", "establishment", "platform", "ticket", "majority", "minority"}


def _party_adjective(span: Span, titles, party: bool = False) -> bool:
    """A one-word organisation name used as an adjective ('Republican assault', 'the Republican
    electorate'): no actor, nor inside the title before a person's name ('Republican presidential
    candidate Ted Cruz', 'Democratic nominee Jane Roe': the person is the actor, the word their
    title), nor in the one title a named person holds after the name ('John Roe, the 2008 GOP
    presidential nominee': a party name as a noun modifier too, when ``party``). It names the
    party as a noun ('Paul Ryan, Republican of Wisconsin'), before a role with no name after it or
    one of many ('a Republican strategist'), and before what the party holds as a body ('the
    Republican presidential nomination', 'the Democratic convention')."""
    tok = span.root
    if len(span) != 1 or tok.head.i < tok.i:
        return False
    head = tok.head
    if not (tok.pos_ == "ADJ" or tok.dep_ == "amod"):
        # a party's name as a noun modifier ('the 2008 GOP presidential nominee'): only in a named
        # person's title (a company before its officer's title is their employer: 'Nissan chairman X')
        return party and tok.dep_ in ("nmod", "compound") \
            and (head.lemma_.lower() in titles or head.lower_ in titles) and _titles_a_name(head)
    if head.lower_ in _PARTY_HOLDS:
        return False
    if head.lemma_.lower() not in titles and head.lower_ not in titles:
        return True
    return _titles_a_name(head)


def _party_member(span: Span) -> bool:
    """A party's one-word name as a noun for one of its members, after 'a' or 'an': 'he is a
    lifelong Republican', 'Weber, an influential Republican, said', 'as a Democrat she': a person
    described, not the party ('a Republican strategist', where the word modifies a noun, is
    :func:`_party_adjective`'s)."""
    tok = span.root
    if len(span) != 1 or tok.dep_ in ("amod", "compound", "nmod") or tok.tag_ in ("NNS", "NNPS"):
        return False
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)


def _titles_a_name(role: Token) -> bool:
    """A role noun written before a person's name as their title: 'candidate' of 'presidential
    candidate Ted Cruz' (a compound of the name) or 'nominee' of 'nominee Jane Roe' (the name its
    appositive, next to it)."""
    if role.dep_ == "compound" and role.head.i > role.i and role.head.ent_type_ == "PERSON":
        return True
    if role.dep_ == "appos" and role.head.i < role.i and role.head.ent_type_ == "PERSON" \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in role.children):
        return True  # 'John Roe, the 2008 Republican nominee,': the one holder of the title, after the name
        # ('Jane Roe, a Republican strategist': one of the party's people, the party)
    return any(c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.left_edge.i <= role.i + 2 for c in role.children
               if c.i > role.i)


#: a place noun right after a name ('Navaga village', 'the Tainan district'), or a second place of
#: the same kind it shares ('Tuscarawas and Harrison County'): the name is a place
#: a place noun and 'of' right before a name: 'the city of Cologne', 'the village of Navaga'
_PLACE_NOUN_BEFORE = re.compile(r"\b(?:[Cc]ity|[Tt]own|[Vv]illage|[Pp]rovince|[Cc]ounty|[Dd]istrict|[Rr]egion|[Ii]sland|"
                                r"[Mm]unicipality|[Tt]ownship|[Pp]refecture|[Ss]uburb|[Hh]amlet|[Pp]ort)[^\S\n]+of[^\S\n]+$")


def _place_noun_before(text: str, start: int, end: int) -> bool:
    """'the city of Cologne', 'the town of Clinton': a place whatever the model called it, unless
    the name runs on into a body ('the City of London Corporation')."""
    return bool(_PLACE_NOUN_BEFORE.search(text, max(0, start - 20), start)) \
        and not re.match(r"[^\S\n]+(?:Council|Corporation|Police|Authority|Board|Bank|University|Hall)\b", text[end:end + 20])


_PLACE_NOUN_AFTER = re.compile(r"(?:[^\S\n]+and[^\S\n]+[A-Z][a-z]+)?[^\S\n]+(?:village|villages|town|city|county|"
                               r"province|district|region|island|municipality|township|prefecture|suburb|"
                               r"Count(?:y|ies)|Province|Provinces|District|Districts)\b")


_SEAT_AFTER = re.compile(r"[^\S\n]+(?:seat|constituency)\b")


def _constituency(name: str, text: str, end: int) -> bool:
    """A one-word name before 'seat' or 'constituency' names an electoral district, a place: 'won
    the Tatton seat', 'his Sedgefield constituency' (not a body's seat: 'the Senate seat', 'a
    Council seat', nor a party's: 'a Labour seat', which the lexicons know, nor a nickname: 'the
    Mr Nasty seat')."""
    return " " not in name and bool(_SEAT_AFTER.match(text, end)) and not _name_head(name) \
        and not re.search(r"\b(?:Mr|Mrs|Ms|Miss)\.?\s+$", text[max(0, end - len(name) - 6):end - len(name)]) \
        and name not in lexicon.aliases() and name not in lexicon.demonyms() \
        and name not in lexicon.institutions() and name.lower() not in lexicon.titles()


def _company_around(span: Span, company_of: dict) -> str | None:
    """The company whose short name a mention and the capitalised words beside it make, when the
    model cut the name in two: 'British' + 'Sugar' of 'British Sugar Plc' (a line break between
    them), 'Crazy' + 'Eddie' of 'Crazy Eddie Inc' (not the founder Eddie Antar). The whole run of
    capitalised words must open that company's name: 'Quail Hollow Utilities Inc' is not 'Quail
    Hollow Properties Inc'."""
    doc = span.doc
    i, j = span.start, span.end
    while i > 0 and i - span.start > -4:
        k = i - 1
        while k >= 0 and doc[k].is_space and "\n\n" not in doc[k].text:
            k -= 1  # (a single line break of a wrapped story)
        if k < 0 or not (doc[k].is_title and doc[k].is_alpha) or doc[k].lower_ in ("mr", "mrs", "ms"):
            break
        i = k
    while j < len(doc) and j - span.end < 4:
        k = j
        while k < len(doc) and doc[k].is_space and "\n\n" not in doc[k].text:
            k += 1
        if k >= len(doc) or not (doc[k].is_title and doc[k].is_alpha):
            break
        j = k + 1
    if (i, j) == (span.start, span.end):
        return None
    return company_of.get(" ".join(t.text for t in doc[i:j] if not t.is_space))


def _place_head(name: str) -> bool:
    """A name of two or more words ending like a place: 'Ponte Vedra Beach', 'English Channel',
    'the Wolong Nature Reserve' (a two-word head, 'Nature Reserve', needs a word before it)."""
    words, heads = name.split(), lexicon.place_heads()
    return (len(words) > 1 and words[-1] in heads) or (len(words) > 2 and " ".join(words[-2:]) in heads)


_WORKS_MEMO: dict = {}


def _work_nouns_near() -> re.Pattern:
    works = lexicon.work_nouns()
    if id(works) not in _WORKS_MEMO:
        _WORKS_MEMO.clear()
        _WORKS_MEMO[id(works)] = re.compile(r"\b" + lexicon.alternation(works) + r"\b", re.I)
    return _WORKS_MEMO[id(works)]


_SUBTITLE_BEFORE = re.compile(r"\b(?:film|movie|series|show|album|book|novel|game|documentary|sitcom|drama|"
                              r"programme|musical|play)[^\S\n]+[A-Z][\w.&'\u2019-]*(?:[^\S\n]+[A-Z][\w.&'\u2019-]*){0,3}"
                              r":[^\S\n]+(?:The[^\S\n]+)?$")


def _work_title(span: Span, text: str) -> bool:
    """A name used as the title of a work: after a work noun tied to it ('the film Garden State',
    'his new album Confessions'), with one as its appositive ('Aaltra, a Belgian film'), or the
    object of 'of' after one ('a film version of The Hobbit'; 'a biography of Howard Hughes' is
    about a person and stays one)."""
    if not _work_nouns_near().search(text, max(0, span.start_char - 60), span.end_char + 60):
        return False  # no work noun anywhere near: the common case, decided without the parse
    works, root, doc = lexicon.work_nouns(), span.root, span.doc
    if any(c.dep_ == "appos" and c.lower_ in works and c.pos_ == "NOUN" for c in root.children):
        return True
    if root.dep_ == "appos" and root.head.lower_ in works and root.head.pos_ == "NOUN":
        return True
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is not None and prev.lower_ in works and prev.pos_ == "NOUN" \
            and (span.start <= prev.head.i < span.end or root.head.i == prev.i):
        return True
    owner = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else None
    if owner is not None and owner.lower_ in works and owner.pos_ == "NOUN":
        return True
    if _SUBTITLE_BEFORE.search(text, max(0, span.start_char - 60), span.start_char):
        return True  # 'the television series CSI: Crime Scene Investigation': a title's subtitle
    # ', a Belgian film about ...' right after the name, whatever the parse made of it; not ', a film
    # director' (the work noun must end the noun phrase)
    i = span.end
    if i + 2 < len(doc) and doc[i].text == "," and doc[i + 1].pos_ in ("DET", "PRON"):
        i += 2
        while i < len(doc) and i < span.end + 5 and doc[i].pos_ in ("ADJ", "PROPN", "NOUN") \
                and doc[i].lower_ not in works:
            i += 1
        return i < len(doc) and doc[i].lower_ in works and doc[i].pos_ == "NOUN" \
            and (i + 1 == len(doc) or doc[i + 1].pos_ not in ("NOUN", "PROPN"))
    return False


#: works about a real person, whose name before them is that person: 'the Ray Charles biopic'
_ABOUT_SOMEONE = {"biopic", "documentary", "memoir", "biography"}


#: what is held in a company ('a stake in Chelsea', 'shares in Jaguar'): no place
_HELD_IN = {"stake", "stakes", "share", "shares", "interest", "investment", "investments", "holding", "holdings",
            "confidence", "role", "job", "position", "seat", "seats", "deal", "talks"}


def _place_by_use(span: Span, name: str) -> bool:
    """A one-word name the model calls an organisation that the gazetteer knows as a place and
    the text uses as one: the object of a locative preposition ('wafers made in Tainan'), not
    what is held in a company ('a stake in Chelsea') nor 'at' ('when I was at Dartmouth': the
    college). Two votes, never the gazetteer alone."""
    if len(span) != 1 or name not in lexicon.gazetteer() or name in lexicon.aliases() or _camel_case(name) \
            or name.isupper() or not _locative(span):
        return False
    prep = span.root.head
    return prep.head.lower_ not in _HELD_IN and prep.lower_ not in ("of", "at")  # ('at Dartmouth': the college)


#: a minister's title after the name of a portfolio: 'the Trade and Industry Secretary', 'Work and Pensions Minister'
_PORTFOLIO_HOLDER = re.compile(r"[^\S\n]+(?:Secretary|Minister|secretary|minister)\b")


def _series_title(art: _Article, span: Span, kind: str) -> bool:
    """A name between 'the' (and adjectives) and a work noun it modifies, written nowhere else in
    the article: the title of a series or a franchise ('the Harry Potter series', 'the new Jack
    Reacher novels'), not its maker ('the BBC series' is an organisation's; 'the Spielberg film'
    beside 'Steven Spielberg' is his)."""
    doc = span.doc
    if not kind.startswith(("person:", "propn:", "ent:PERSON:")) or span.end >= len(doc):
        return False
    work, i = doc[span.end], span.start - 1
    if work.lower_ not in lexicon.work_nouns() or work.lower_ in _ABOUT_SOMEONE or work.pos_ != "NOUN" \
            or span.root.head.i != work.i:
        return False
    while i > 0 and doc[i].pos_ == "ADJ":
        i -= 1
    return i >= 0 and doc[i].lower_ == "the" and art.text.count(span[-1].text) == 1


def _demonym_clubs(chosen) -> dict[str, str]:
    """Clubs and companies named by a place or a name and a nationality word ('London Irish',
    'London Welsh'): the nationality word -> the name, so that 'Irish' alone is the club."""
    forms, out = _country_index()[0], {}
    for _, _, kind, _ in chosen:
        words = kind[8:].split() if kind.startswith("ent:ORG:") else []
        if len(words) >= 2 and words[-1] in lexicon.demonyms() and words[-2] not in forms \
                and f"{words[-2]} {words[-1]}" not in forms and words[-2].lower() not in _INITIALS_SKIP:
            # (not a body of a people: 'Turquoise Council of Americans' leaves 'Turkish Americans' alone)
            out[words[-1]] = kind[8:]
    return out


def _company_prefixes(chosen) -> dict[str, str | None]:
    """The short names of the article's companies: the leading words of an organisation named
    with a company word ('Pratt' and 'Pratt Hotels' of 'Pratt Hotels Corp', 'Gould' of 'Gould
    Inc') -> that name; None for a short name two companies share. Words the lexicons know
    ('American' of 'American Express Co') and titles are no short names."""
    out: dict[str, str | None] = {}
    forms, titles = _lexicon_forms(), lexicon.titles()
    for _, _, kind, _ in chosen:
        if not kind.startswith("ent:ORG:"):
            continue
        words = kind[8:].split()
        if len(words) < 2 or not _corporate(words[-1]):
            continue
        core = words[:-1]
        while core and _corporate(core[-1]):
            core = core[:-1]
        for k in range(1, len(core) + 1):
            short = " ".join(core[:k])
            if not core[k - 1][:1].isupper() or short in forms or short.lower() in titles or len(short) < 3:
                continue
            out[short] = kind[8:] if out.get(short, kind[8:]) == kind[8:] else None
    return out


def _classified_org(span: Span) -> bool:
    """A name right after a noun that classes it as an organisation: 'oil firm Yukos',
    'Premiership side Chelsea', 'software giant Microsoft'."""
    i = span.start - 1
    return i >= 0 and span.doc[i].is_lower and span.doc[i].pos_ == "NOUN" \
        and span.doc[i].lower_ in lexicon.org_classifiers()


def _classifier_after(span: Span) -> bool:
    """A name that modifies a noun classing it as an organisation, alone or as a conjunct:
    'the Monterey club', 'the Monterey and Sabal Palm clubs' (not 'the Clinton campaign')."""
    root, classifiers = span.root, lexicon.org_classifiers()
    if any(c.dep_ == "conj" and c.pos_ == "NOUN" and c.tag_ == "NNS" and c.lemma_.lower() in classifiers
           for c in root.children):
        return True  # 'the Monterey and Sabal Palm clubs' parsed as 'Monterey' and 'clubs'
    first = root.head if root.dep_ == "conj" and root.head.i < root.i else root
    head = first.head
    return first.dep_ in ("compound", "nmod") and head.i > span.end - 1 and head.pos_ == "NOUN" \
        and head.lemma_.lower() in classifiers


def _classifier_country(span: Span) -> str | None:
    """The country the words before a classified name give it: 'Russian oil firm Yukos' -> RUS."""
    i, words = span.start - 1, []
    while i >= max(0, span.start - 5) and (span.doc[i].is_lower or span.doc[i].pos_ in ("ADJ", "PROPN")):
        words.insert(0, span.doc[i].text)
        i -= 1
    found = _countries_in(" ".join(words)) if words else []
    return found[-1] if found else None


#: a web address for a name: 'DutchNews.nl', 'Politico.com' are the sites, organisations
_WEB_ADDRESS = re.compile(r"\w\.(?:com|org|net|nl|de|fr|it|es|ru|cn|in|co\.uk|org\.uk|com\.au|io|info)$")


def _the_name_classed(art: _Article, span: Span, surface: str) -> bool:
    """A whole name of several words between 'the' and a noun that classes it as an organisation:
    'the Ajnad al-Sham group', 'the Free Syrian Army faction' (not the surname of someone named)."""
    doc = span.doc
    return " " in surface and art.person_forms.get(surface, surface) == surface and 0 < span.start \
        and span.end < len(doc) and doc[span.start - 1].lower_ == "the" \
        and doc[span.end].lemma_.lower() in lexicon.org_classifiers() and _classifier_after(span) \
        and not _place_head(surface) and surface not in lexicon.gazetteer()  # ('the Silicon Valley law firm')


def _employer(span: Span) -> bool:
    """A name that modifies a non-government role title before a person: 'Chelsea boss Jose
    Mourinho', 'Liverpool captain Steven Gerrard', 'Yukos chief executive Steven Theede' (a
    country or state there is a country or state: 'Texas Gov.' is left to the lexicons)."""
    root, titles = span.root, lexicon.titles()
    head = root.head
    while head.i > root.i and head.lower_ not in titles and head.dep_ in ("compound", "amod") and head.head.i > head.i:
        head = head.head  # 'chief executive': the title after the modifiers
    row = titles.get(head.lower_)
    return root.dep_ in ("compound", "nmod") and head.i > root.i and row is not None \
        and row.get("kind") == "other" and head.head.ent_type_ == "PERSON"


#: words that end the name of a part of a company: 'its Novatronics Division'
_PARTS_OF_COMPANIES = {"Division", "Unit", "Subsidiary", "Arm", "Holdings", "Partners", "Capital", "Securities"}


def _products(named: dict) -> set[int]:
    """A name the model calls an organisation that its article uses as a product or a work
    ('the Cabir worm', 'RSS aggregators', 'Nintendo's Game Cube') and never as a subject,
    possessor or speaker: the positions of its mentions, to drop."""
    nouns, drop = lexicon.product_nouns(), set()
    for found in named.values():
        spans = [span for _, span in found]
        acts = any(sp.root.dep_ in ("nsubj", "nsubjpass", "poss") or _speaks(sp.root) for sp in spans)
        if acts or spans[0][-1].text in ORG_WORDS or spans[0][-1].text in _PARTS_OF_COMPANIES:
            continue  # 'its Novatronics Division': a company's part, not its product
        if any(_product_use(sp, nouns) for sp in spans):
            drop.update(i for i, _ in found)
    return drop


def _product_sites(sites: dict) -> set[int]:
    """A name the model calls a facility or a location that its article uses as a product
    ('Nintendo's Game Cube') and never as a location: the positions of its mentions, to drop."""
    nouns, drop = lexicon.product_nouns(), set()
    for found in sites.values():
        spans = [span for _, span in found]
        if any(_product_use(sp, nouns) for sp in spans) and not any(_locative(sp) for sp in spans):
            drop.update(i for i, _ in found)
    return drop


def _media_uses(mentions: list[Mention], spans: list[Span]) -> set[int]:
    """Organisations named only as the medium that carries someone's words: the object of 'on' or
    'via' after a posting word ('a post on Facebook', 'wrote on Twitter', 'said on Facebook or
    Twitter'), or a website after 'on' and a pronoun or a word for talk ('some on Twitter'). The site does not act there.
    Also a name right before its product or work (:func:`_product_compound`: 'a Google search').
    The positions of those mentions, to drop."""
    cues, drop = lexicon.medium_cues(), set()
    for i, (m, sp) in enumerate(zip(mentions, spans)):
        if _product_compound(m, sp):
            drop.add(i)
            continue
        if m.actor_type != "organization":
            continue
        head = sp.root
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        prep = head.head
        cue = prep.head.lemma_.lower()
        if head.dep_ == "pobj" and prep.lower_ in ("on", "via") and (
                cue in cues or (f"{cue}:VERB" in cues and prep.head.pos_ == "VERB")
                or _talk_on_site(m, prep.head, cues)):
            drop.add(i)
        elif _taken_to(head) or _medium_compound(m, sp):
            drop.add(i)
    return drop


def _talk_on_site(m: Mention, word: Token, cues) -> bool:
    """A website people post on (lexicons/social_sites.txt) after 'on' and a pronoun or a noun
    for talk or people ('according to some on Twitter', 'the response to the news on Twitter',
    'fans on Facebook'; medium_cues.txt ':SITE'): the medium, not the company ('pressure on
    Facebook to act' stays the company)."""
    if m.actor.name not in lexicon.social_sites() or m.text not in lexicon.social_sites():
        return False
    return word.pos_ == "PRON" or word.lower_ in _SOME_PEOPLE \
        or (word.pos_ == "NOUN" and f"{word.lemma_.lower()}:SITE" in cues)


#: quantifiers that stand for people ('many on Twitter', 'others on Facebook'), whatever their tag
_SOME_PEOPLE = {"some", "many", "others", "few", "most", "those", "several", "millions", "thousands", "hundreds"}


def _taken_to(head: Token) -> bool:
    """A site one 'takes to' to speak ('she took to Twitter', 'fans have taken to Facebook'):
    the medium of the words, not an actor."""
    prep = head.head
    verb = prep.head
    return head.dep_ == "pobj" and prep.lower_ == "to" and verb.pos_ == "VERB" and verb.lemma_.lower() == "take" \
        and not any(t.dep_ in ("dobj", "obj") for t in verb.children)  # not 'took the case to the Supreme Court'


def _medium_compound(m: Mention, span: Span) -> bool:
    """A site or an app named before a noun for an account on it or who uses it ('a Twitter user',
    'a Facebook post', 'his AOL email account', 'her Instagram feed'; lexicons/medium_heads.txt): the
    medium, not an actor. Not a news outlet ('a BBC page'), nor a body's own work ('Islamic State
    videos', 'State Department emails', 'the AAN ad': such nouns are not in the list)."""
    cues = lexicon.medium_heads()
    root = span.root
    if root.dep_ not in ("compound", "nmod") or root.head.i < span.end or root.head.pos_ != "NOUN":
        return False
    head = root.head
    while head.dep_ == "compound" and head.head.pos_ == "NOUN" and head.head.i > head.i:
        head = head.head  # 'AOL email account': the last noun of the compound
    if head.lemma_.lower() not in cues and root.head.lemma_.lower() not in cues:
        return False
    return not _news_outlet(m.actor.name)


def _product_compound(m: Mention, span: Span) -> bool:
    """A company's, a band's or a person's name right before a common noun for its product or work
    (lexicons/product_nouns.txt: 'a 10-part Netflix documentary', 'a great Duran Duran album', 'a
    Google search of his name', 'the Real Clear Politics average', 'Guillain-Barre syndrome'):
    in that mention the name only says whose product it is, not an actor, even where the article
    has it act elsewhere. Not a news outlet ('a BBC documentary', the 'BBC News website' are the
    outlet's; but 'a Reuters poll' is no actor), nor a name inside a longer name ('the Secret
    Service': a capitalised head), nor a person the article names in full, with a role or a gender
    (the maker of a work stays a person). A partner's name after a slash is passed over ('a CNN/WMUR poll')."""
    if m.actor_type not in ("organization", "person") or (m.actor_type == "person" and (
            m.text != m.actor.name or m.actor.roles or m.actor.gender)):
        return False  # ('Steven Spielberg was there. The Spielberg film opened': the maker, a person)
    root = span.root
    head = _co_named_head(span) or root.head
    if root.dep_ not in ("compound", "nmod") or head.i < span.end or head.pos_ != "NOUN" or not head.is_lower \
            or head.dep_ == "compound":
        return False  # ('an NYPD sketch artist', 'Google software engineers': the employer of people)
    if head is root.head and any(not t.is_lower or t.pos_ not in ("NOUN", "ADJ") for t in span.doc[span.end:head.i]):
        return False  # only common words between: 'the Mercedes product range'
    noun = head.lemma_.lower()
    return noun in lexicon.product_nouns() and noun not in _RUN_NOT_MADE \
        and (noun in _OUTLET_PRODUCTS or not _news_outlet(m.actor.name))


def _co_named_head(span: Span) -> Token | None:
    """The common noun after a name and a partner's name joined by a slash ('a CNN/WMUR poll', 'an
    ABC News/Washington Post poll'): what both names modify; None without the slash."""
    doc, head = span.doc, span.root.head
    if span.end >= len(doc) or doc[span.end].text != "/":
        return None
    while head.pos_ == "PROPN" and head.dep_ in ("compound", "nmod") and head.head.i > head.i:
        head = head.head
    return head if head.pos_ == "NOUN" and head.i > span.end else None


#: products an outlet's name before them only labels, as any maker's: 'a Reuters poll of analysts',
#: 'a CNN/WMUR poll' (unlike 'a BBC documentary', where the outlet speaks through its work)
_OUTLET_PRODUCTS = {"poll"}


#: product nouns whose name before them is as often who plays or runs it as whose product it is
#: ('the Chelsea game', 'a Pentagon program'): left to the article-level reading (_products)
_RUN_NOT_MADE = {"game", "games", "program", "programme"}


def _outlet_names() -> tuple[frozenset, frozenset]:
    """The full names of news outlets and agencies (news_media.txt, news_agencies.txt) and the last
    words only an outlet's name ends in (its '*' lines: 'Times', 'Zeitung')."""
    if "outlets" not in _EVENT_MEMO:
        full, last = set(lexicon.news_agencies()), set()
        for line in lexicon.read_list("news_media.txt"):
            (last.add(line[1:].strip()) if line.startswith("*") else full.add(line))
        _EVENT_MEMO["outlets"] = (frozenset(full), frozenset(last))
    return _EVENT_MEMO["outlets"]


def _news_outlet(name: str) -> bool:
    """A news outlet or agency by the lexicons (news_media.txt, news_agencies.txt): 'BBC', 'Reuters',
    or a name ending like one ('the Washington Post')."""
    full, last = _outlet_names()
    return name in full or name.split()[-1] in last


def _product_use(span: Span, nouns) -> bool:
    root = span.root
    if root.dep_ in ("compound", "nmod", "amod") and root.head.lower_ in nouns and root.head.i >= span.end:
        return True  # 'the Cabir worm', 'NetWare LANs'
    # 'Nintendo's Game Cube': a name owned by an organisation (a possessive before it)
    return any(t.dep_ == "poss" and (t.ent_type_ == "ORG" or t.lower_ == "its") for t in root.children)


def _place_evidence(art: _Article, mentions: list[Mention], unplaced: dict) -> set[int]:
    """A name the model calls a place but no gazetteer knows stays a place only when the article
    uses it as one somewhere ('in Newtown', 'Newtown, Connecticut'). One that acts instead
    ('Foxconn's bid', 'Foxconn said') is an organisation; one that does neither ('the Bagle
    virus', 'Garden State' the film) is not an actor: the positions of those are returned."""
    gaz, drop = lexicon.gazetteer(), set()
    for key, found in unplaced.items():
        name = mentions[found[0][0]].actor.name
        if name in gaz or any(_locative(span) or _PLACE_AFTER.match(art.text, span.end_char)
                              or _PLACE_NOUN_AFTER.match(art.text, span.end_char)
                              or _PLACE_BEFORE.search(art.text, max(0, span.start_char - 40), span.start_char)
                              for _, span in found):
            continue
        acts = any(_acting(span) or _speaks(span.root) for _, span in found)
        if not acts or any(_product_use(span, lexicon.product_nouns()) for _, span in found):
            drop.update(i for i, _ in found)  # 'Nintendo's Game Cube' is no place and no company
            art.actors.pop(("place", key), None)
            continue
        for i, _ in found:
            m = mentions[i]
            m.actor_type = "organization"
            m.actor = art.actor(m.actor.name, "organization")
            if m.text not in m.actor.aliases:
                m.actor.aliases.append(m.text)
        art.actors.pop(("place", key), None)  # the place reading has no mention left
    return drop


#: ', Connecticut' / ', Ore.' after a place name, and a place name before one ('Miami, Fla.')
_PLACE_AFTER = re.compile(r",\s+[A-Z][a-z]+\.?(?:\s+[A-Z][a-z]+)?\b")
_PLACE_BEFORE = re.compile(r"\b[A-Z][a-z]+,\s*$")


def _family(actor_type: str) -> str:
    return "geo" if actor_type in ("country", "place") else actor_type


#: words a text refers back to a thing or a body with, and to a person with
_NEUTER = {"it", "its", "itself", "which"}
_PERSONAL = {"he", "she", "him", "his", "her", "himself", "herself", "who", "whom"}
#: verbs whose subject 'it' may stand for nothing ('it is possible', 'it seems', 'it takes time')
_EXPLETIVE_VERBS = {"be", "seem", "appear", "take", "remain", "become", "matter", "happen", "look", "feel", "mean",
                    "rain", "make"}


def _referred_as(span: Span) -> str | None:
    """How the text refers back to a name: 'neuter' or 'personal', from a relative pronoun right
    after it ('Morgan, which has', 'Smith, who said') or from the first pronoun after it in the
    clause it is the subject of, when no other noun that pronoun could stand for comes between
    ('Disney failed to tell investors that it employed ...', 'Ruiz said his team ...')."""
    doc = span.doc
    j = span.end
    while j < len(doc) and (doc[j].is_space or doc[j].text == ","):
        j += 1
    if j < len(doc) and doc[j].lower_ in ("which", "who", "whom") and doc[j].dep_ in ("nsubj", "nsubjpass", "dobj"):
        return "neuter" if doc[j].lower_ == "which" else "personal"
    root = span.root
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = root.head
    for tok in doc[span.end:span.sent.end]:
        if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "conj") and (
                tok.tag_ in ("NN", "NNP") or tok.ent_type_ in ("PERSON", "ORG")):
            return None  # 'Smith bought the company because it was cheap': 'it' may be the company
        low = tok.lower_
        if tok.pos_ != "PRON" or (low not in _NEUTER and low not in _PERSONAL) or (
                tok.dep_ not in ("nsubj", "nsubjpass", "poss") and not low.endswith("self")):
            continue  # an object pronoun is mostly someone or something else: 'Smith wrote it', 'Smith thanked him'
        if low == "it" and (tok.dep_ == "expl" or tok.head.lemma_.lower() in _EXPLETIVE_VERBS):
            continue  # 'Smith said it was time': 'it' stands for nothing
        if verb not in tok.ancestors:
            return None
        return "neuter" if low in _NEUTER else "personal"
    return None


def bodies_named_as_people(art: _Article, mentions: list[Mention]) -> list[Mention]:
    """Stage 8e: a name the model took for a person, with no role or honorific, that the text
    refers back to as a thing or a body ('it', 'its', 'which') and never as a person ('he', 'her',
    'who') is an organisation: twice, or once for a one-word name ('Morgan, which has ...',
    'Disney failed to disclose that it employed ...'). And a one-word organisation the text refers
    to as a person twice and never as a thing ('Capriati ... said she') is a person."""
    by_actor: dict[tuple[str, str], list[Mention]] = {}
    for m in mentions:
        if m.actor_type in ("person", "organization") and m.via in ("ner", "propn", "alias"):
            by_actor.setdefault((m.actor.actor_type, m.actor.key), []).append(m)
    lexicon_orgs = {n.lower() for n in lexicon.aliases()}
    for (kind, _), ms in by_actor.items():
        a = ms[0].actor
        if a.roles or (kind == "organization" and (" " in a.name or a.name.lower() in lexicon_orgs
                                                  or is_acronym(a.name))):
            continue
        votes = {"neuter": 0, "personal": 0}
        for m in ms:
            span = art.doc.char_span(m.start, m.end, alignment_mode="expand")
            said = _referred_as(span) if span is not None else None
            if said:
                votes[said] += 1
        if kind == "person" and not votes["personal"] and (votes["neuter"] >= 2 or (
                votes["neuter"] and " " not in a.name)):
            other = art.actor(a.name, "organization", a.country)
            for m in ms:
                m.actor, m.actor_type = other, "organization"
            other.aliases += [x for x in a.aliases if x not in other.aliases]
            art.actors.pop(("person", a.key), None)
        elif kind == "organization" and not votes["neuter"] and votes["personal"] >= 2:
            other = art.actor(a.name, "person")
            for m in ms:
                m.actor, m.actor_type = other, "person"
            other.aliases += [x for x in a.aliases if x not in other.aliases]
            art.actors.pop(("organization", a.key), None)
    return mentions


def _vote_types(mentions: list[Mention], employers: set[str] = frozenset()) -> list[Mention]:
    """One type per name in an article: the type most of its mentions have (a person stays a
    person unless most mentions say otherwise; country and place are one family), except that a
    name written once with a company word ('Inc', 'Corp') or read once as an employer ('Chelsea
    boss Jose Mourinho') is an organisation."""
    by_key: dict[str, dict[str, list[Mention]]] = {}
    for m in mentions:
        by_key.setdefault(m.actor.key, {}).setdefault(_family(m.actor.actor_type), []).append(m)
    for families in by_key.values():
        if len(families) < 2:
            continue
        winner = max(families, key=lambda f: (len(families[f]), f == "person"))
        orgs = families.get("organization", [])
        if any(_corporate(m.text.split()[-1]) for m in orgs) or (orgs and orgs[0].actor.key in employers):
            winner = "organization"  # 'Crazy Eddie Inc' or 'Chelsea boss X' once: every mention is the organisation
        target = families[winner][0].actor
        for family, ms in families.items():
            if family == winner:
                continue
            for m in ms:
                for alias in m.actor.aliases:
                    if alias not in target.aliases:
                        target.aliases.append(alias)
                m.actor = target
                m.actor_type = m.actor_type if family == "geo" and winner == "geo" else \
                    (target.actor_type if winner != "geo" else "place")
    return mentions


_INITIALS_SKIP = {"of", "and", "the", "for", "&", "de", "du", "des", "la", "le", "on", "in"}


def initials(name: str) -> str:
    """'European Community' -> 'EC', 'Organization of the Petroleum Exporting Countries' ->
    'OPEC' (function words and company words left out)."""
    return "".join(w[0] for w in re.split(r"[\s-]+", name)
                   if w and w.lower() not in _INITIALS_SKIP and not _corporate(w) and w[0].isalpha()).upper()


def is_acronym(name: str) -> bool:
    bare = undotted(name)
    return 2 <= len(bare) <= 6 and bare.isalpha() and bare.isupper()


def acronyms(art: _Article, mentions: list[Mention]) -> list[Mention]:
    """Stage 8b: an acronym and the organisation it abbreviates in the same article are one
    actor ('European Community ... the EC'), when exactly one organisation there has those
    initials. The full name is kept as the actor's name. An acronym the article defines for a
    law or an event ('National Defense Authorization Act (NDAA)') is no actor."""
    definitions = list(_DEFINED_ACRONYM.finditer(art.text))
    defined = {undotted(m.group(2)) for m in definitions
               if _event_like(m.group(1)) and initials(m.group(1)).startswith(undotted(m.group(2))[:2])}
    if defined:
        mentions = [m for m in mentions if not (is_acronym(m.actor.name) and undotted(m.actor.name) in defined)]
    orgs = {m.actor.key: m.actor for m in mentions if m.actor.actor_type == "organization"}
    mentions += _defined_acronym_mentions(art, mentions, definitions, orgs)
    by_initials: dict[str, list[Actor]] = {}
    for a in orgs.values():
        if " " in a.name and not any(is_acronym(w) for w in a.name.split()):  # 'EC Commission' spells nothing out
            by_initials.setdefault(initials(a.name), []).append(a)
    for m in mentions:
        a = m.actor
        if a.actor_type != "organization" or not is_acronym(a.name):
            continue
        full = by_initials.get(undotted(a.name), [])
        if len(full) == 1:
            target = full[0]
            for alias in a.aliases:
                if alias not in target.aliases:
                    target.aliases.append(alias)
            target.country = target.country or a.country
            m.actor = target
    return mentions


def _defined_acronym_mentions(art: _Article, mentions: list[Mention], definitions, orgs) -> list[Mention]:
    """'the Asset Privatisation Trust (APT) ... the APT has not': an acronym the article defines
    for one of its organisations names it wherever it stands, found or not by the model."""
    by_name = {a.name: a for a in orgs.values()}
    covered = None
    out = []
    for d in definitions:
        long = " ".join(d.group(1).split())
        target = by_name.get(long) or next((a for n, a in by_name.items() if n.endswith(" " + long)), None)
        if target is None or _event_like(long) or not initials(long).startswith(undotted(d.group(2))[:2]):
            continue
        if covered is None:  # what the mentions cover, once, when a definition has an organisation
            covered = bytearray(len(art.text) + 1)
            for m in mentions:
                covered[m.start:m.end] = b"\x01" * (m.end - m.start)
        for occ in re.finditer(r"(?<![\w.])" + re.escape(d.group(2)) + r"(?![\w])", art.text):
            if covered.find(1, occ.start(), occ.end()) >= 0 or art.is_blocked(occ.start(), occ.end()):
                continue
            tok = bisect_right(art.token_starts, occ.start()) - 1
            out.append(Mention(occ.start(), occ.end(), occ.group(0), target, "organization", "alias",
                               art.sent_of.get(tok, -1)))
            if occ.group(0) not in target.aliases:
                target.aliases.append(occ.group(0))
    return out


#: prepositions that put their object somewhere ('in Kaesong'), not 'to' or 'from' ('wrote to Warren')
_IN_PLACE = {"in", "into", "inside", "near", "outside", "throughout", "across"}


def _people(mentions: list[Mention], vias=None) -> list[list[Mention]]:
    """The mentions of each person, per actor (in the order of their first mention): those the model
    or the parser found (no coreference), or only those found in one of ``vias``."""
    by_actor: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.actor_type == "person" and (m.via != "coref" if vias is None else m.via in vias):
            by_actor.setdefault(m.actor.key, []).append(m)
    return list(by_actor.values())


def _one_word_people(mentions: list[Mention]) -> list[list[Mention]]:
    """The mentions of each one-word person the model or the parser found (no coreference), per actor."""
    return [ms for ms in _people(mentions) if " " not in ms[0].actor.name]


def _retype(art: _Article, ms: list[Mention], actor_type: str, country: str | None = None) -> None:
    """Every mention of a one-word 'person' becomes an actor of another type (its person reading goes)."""
    a = ms[0].actor
    other = art.actor(a.name, actor_type, country)
    for m in ms:
        m.actor, m.actor_type = other, actor_type
    other.aliases += [x for x in a.aliases if x not in other.aliases]
    art.actors.pop(("person", a.key), None)


def places_named_as_people(art: _Article, mentions: list[Mention]) -> list[Mention]:
    """Stage 8c: a one-word name the model took for a person, with no full name, title or
    honorific in the article, that never speaks or acts and that the article puts things in at
    least twice and in a third of its mentions ('remained in Kaesong', 'electricity into Kaesong') is that
    place; a name a gazetteer knows needs one such use ('fighting in Aleppo'), since a gazetteer alone
    never retypes a person (city lists hold 'Obama' and 'Warren')."""
    gaz = lexicon.gazetteer()
    for ms in _one_word_people(mentions):
        a = ms[0].actor
        known = a.name in gaz and not a.gender  # a gazetteer place: one 'in Aleppo' is enough ('Obama' is never in)
        if a.roles or (len(ms) < 2 and not known):
            continue
        inside = 0
        for m in ms:
            span = art.doc.char_span(m.start, m.end, alignment_mode="expand")
            root = span.root if span is not None else None
            if root is not None and (_speaks(root) or (root.dep_ == "nsubj" and root.head.pos_ == "VERB")):
                inside = -len(ms)  # 'Warren said', 'Warren thanked them': a person
            inside += root is not None and root.dep_ == "pobj" and root.head.lower_ in _IN_PLACE
        if (inside >= 2 and 3 * inside >= len(ms)) or (known and inside >= 1):
            _retype(art, ms, "place", lexicon.place_country(a.name))
    return mentions


#: nouns for what an online service or a product has: 'Flickr users', 'a Gmail account'
_SERVICE_NOUNS = {"user", "users", "account", "accounts", "app", "apps", "website", "site", "platform", "feed",
                  "subscriber", "subscribers", "customer", "customers", "page", "profile", "server", "servers",
                  "store", "stores", "headset", "device", "devices"}
_SERVICE_AFTER = r"(?:%s)\b" % "|".join(sorted(_SERVICE_NOUNS, key=len, reverse=True))


def services_named_as_people(art: _Article, mentions: list[Mention]) -> list[Mention]:
    """Stage 8d: a one-word name the model took for a person, with no role, no pronoun gender and
    no full name, that the article uses before a noun for what a service or a product has
    ('Flickr users', 'a Gmail account', 'Oculus headset') is a company or a product: an
    organisation."""
    for ms in _one_word_people(mentions):
        a = ms[0].actor
        if not a.roles and not a.gender and re.search(
                r"(?<![\w-])" + re.escape(a.name) + r"(?:['\u2019]s)?\s+" + _SERVICE_AFTER, art.text):
            _retype(art, ms, "organization")
    return mentions


def outlets_named_as_people(art: _Article, mentions: list[Mention]) -> list[Mention]:
    """Stage 8d: a name the model took for a person that the lexicons know as a news outlet, whole
    ('Le Monde', 'Corriere della Sera'; not one word: 'Bloomberg' is a person too) or by a last word only an outlet's name ends
    in after a word that is no first name ('Sueddeutsche Zeitung', 'Frankfurter Allgemeine Zeitung',
    'the Montreal Gazette'; news_media.txt): the newspaper, an organisation ('Andreas Mundt told
    Sueddeutsche Zeitung'; a pronoun after 'told X that he' gives no gender). Not a person the article
    gives a role, nor one whose first word is a first name ('Emily Post', 'Sarah Daily')."""
    full, last = _outlet_names()
    firsts = lexicon.first_name_genders()
    for ms in _people(mentions, ("ner", "propn", "alias")):
        a = ms[0].actor
        words = a.name.split()
        if not a.roles and len(words) > 1 and (a.name in full or (words[-1] in last and words[0] not in firsts)):
            _retype(art, ms, "organization")
    return mentions


def _phrases(words) -> str:
    """A regex alternation of lexicon phrases, a space in one matching any run of white space."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_WORD_AT = re.compile(r"\w")


@lru_cache(maxsize=1)
def _word_starts(text: str) -> dict[str, list[int]]:
    """Each run of word characters in ``text`` that no word character or hyphen precedes -> where
    it starts. Built once per text (the last one kept): a name's places are then a look-up, not a
    search of the whole text per name (thousands of names made a long article quadratic)."""
    starts: dict[str, list[int]] = {}
    for m in re.finditer(r"(?<![\w-])\w+", text):
        starts.setdefault(m.group(), []).append(m.start())
    return starts


def _occurrences(text: str, form: str) -> list[int]:
    """Where ``form`` stands in ``text`` with no word character or hyphen before it and no word
    character after it (the places ``(?<![\w-])form(?!\w)`` matches at, overlapping ones too)."""
    lead = re.match(r"\w+", form)
    if lead is None:  # (no word character to look up: searched for)
        found = [m.start() for m in re.finditer(r"(?<![\w-])(?=%s)" % re.escape(form), text)]
    else:
        found = [at for at in _word_starts(text).get(lead.group(), ()) if text.startswith(form, at)]
    return [at for at in found if not _WORD_AT.match(text, at + len(form))]


def _whole_words(text: str, form: str, tail: str = "") -> list[re.Match]:
    """What ``re.finditer(r"(?<![\w-])form(?![\w-])tail", text)`` finds, tried only where
    ``form`` stands (:func:`_occurrences`)."""
    pattern = re.compile(r"%s(?![\w-])%s" % (re.escape(form), tail))
    return _matches_at(pattern, text, _occurrences(text, form))


def _stretch_back(text: str, end: int, chars: int) -> int:
    """The start of the longest stretch of ``text`` ending at ``end`` that holds at most ``chars``
    characters other than white space: where a look-behind window for a phrase of that many
    characters, and any white space in it, starts."""
    start = end
    while start and (chars or text[start - 1].isspace()):
        start -= 1
        chars -= not text[start].isspace()
    return start


def _firm_forms(text: str, forms: set[str]) -> set[str]:
    """The ``forms`` the article treats as a company: something only a company has after the
    possessive ('Acme's stores', 'Globex's co-chief executives'), 'shares of Initech', or a company
    suffix after the form and up to three more capitalised words ('Acme Mexican Grill Inc'). One
    pass over the text's words, whatever the number of forms (a long text names thousands)."""
    by_first: dict[str, list[str]] = {}
    for f in forms:
        first = re.match(r"\w+", f)
        if first is not None and len(f) > 2:
            by_first.setdefault(first.group(), []).append(f)
    owned = re.compile(r"['\u2019]s\s+(?i:%s)\b" % _phrases(lexicon.corporate_nouns()))
    shares = re.compile(r"\bshares\s+(?:of|in)\s+$")
    found: set[str] = set()
    for w in re.finditer(r"\w+", text):
        for f in by_first.get(w.group(), ()):
            start, end = w.start(), w.start() + len(f)
            if f in found or not text.startswith(f, start) or (start and (text[start - 1].isalnum() or text[start - 1] in "_-")) \
                    or (end < len(text) and (text[end].isalnum() or text[end] in "_-")):
                continue
            if owned.match(text, end) or shares.search(text, max(0, start - 20), start) or _CORPORATE_AFTER.match(text, end):
                found.add(f)
    return found


def firms_named_as_people(art: _Article, mentions: list[Mention]) -> list[Mention]:
    """Stage 8f: a name the model took for a person, with no role and no gender (from a title, a
    first name or a pronoun), that the article treats as a company under any of its forms is an
    organisation: 'Acme's shares fell', 'Acme's co-chief executives', 'shares of Acme', 'Acme
    Mexican Grill Inc' ('Acme' and 'Acme Mexican Grill' both read as people by the model)."""
    candidates = [(ms, {ms[0].actor.name, *ms[0].actor.aliases, *(m.text for m in ms)})
                  for ms in _people(mentions) if not ms[0].actor.roles and not ms[0].actor.gender]
    firms = _firm_forms(art.text, set().union(*(forms for _, forms in candidates))) if candidates else set()
    for ms, forms in candidates:
        if forms & firms:
            _retype(art, ms, "organization")
    return mentions


def _software_use(text: str, name: str) -> bool:
    """Whether the article uses the one-word ``name`` as software: after a word for running,
    installing or versions of software ('the latest version of Ubuntu', 'laptops running Debian',
    'optimized for Haiku'; not 'running Smith's campaign'), or before a dotted version number
    ('Ubuntu 15.10', 'Minix 3.2'; not a share, 'McCain 46.3%')."""
    _, cue, reach, used, version = _software_patterns()
    for at in _occurrences(text, name):
        end = at + len(name)
        if (used.match(text, end) and cue.search(text, _stretch_back(text, at, reach), at)) or version.match(text, end):
            return True
    return False


@lru_cache(maxsize=1)
def _software_patterns() -> tuple[re.Pattern, re.Pattern, int, re.Pattern, re.Pattern]:
    """Compiled once, each read where a name stands: a software noun after it ('Ubuntu software',
    'Haiku-based'); a word for using software before it, ending where the name starts, and how
    many characters other than white space that reaches back at most (with 'the '); what may
    follow the name after such a word (no possessive); a version number after it."""
    cues = lexicon.software_cues_before()
    nouns = "(?i:%s)" % _phrases(lexicon.software_nouns() - {"-based", "-powered"})
    return (re.compile(r"(?:\s+(?:%s)|-based|-powered)\b" % nouns),
            re.compile(r"\b(?i:%s)\s+(?:the\s+)?\Z" % _phrases(cues)),
            max(len("".join(c.split())) for c in cues) + len("the"),
            re.compile(r"(?![\w-])(?!['\u2019]s\b)"),
            re.compile(r"\s+\d+(?:\.\d+)+\b(?![\d.]*\s*(?:%|percent|per\s+cent|million|billion|points?))"))


def software_named_as_people(art: _Article, mentions: list[Mention]) -> list[Mention]:
    """Stage 8g: a one-word name the model took for a person, with no role, no pronoun gender and
    no speech verb, that the article uses before a noun for software ('Ubuntu software', 'a Debian
    version', 'Haiku-based phones', 'the Minix operating system'), after a word for using software
    or with a version number (:func:`_software_use`) is a product: no actor at all."""
    noun = _software_patterns()[0]
    drop: set[int] = set()
    for ms in _one_word_people(mentions):
        a = ms[0].actor
        if a.roles or a.gender:
            continue
        if any(_speaks(sp.root) for m in ms
               if (sp := art.doc.char_span(m.start, m.end, alignment_mode="expand")) is not None):
            continue
        if any(noun.match(art.text, at + len(a.name)) for at in _occurrences(art.text, a.name)) \
                or _software_use(art.text, a.name):
            drop.update(id(m) for m in ms)
            art.actors.pop(("person", a.key), None)
    return [m for m in mentions if id(m) not in drop]



#: a match score: '2-1', '3 - 0' (single digits: '48-44' is a poll, '52-48' a vote; not a tennis
#: set followed by another, '6-3 6-4', whose players are people)
_SCORE = r"(?<![\d.-])\d\s?-\s?\d(?![\d.%-])(?![,;]?\s+\(?\d\s?-\s?\d)"
#: what a club does in a result, between its name and the score: 'Villa won 2-1', 'Fiorentina were beaten 3-0'
_RESULT_VERBS = r"(?:beat|beats|won|win|lost|lose|drew|draw|led|lead|trailed|thrashed|edged|were\s+beaten|was\s+beaten)"
#: the other side of a result before a club, a score after it: 'beat Villa 2-1', 'drew with Villa 1-1'
_BEAT_BEFORE = (r"\b(?:beat|beating|beaten\s+by|thrashed|drew\s+with|draw\s+with|lost\s+to|defeated|"
                r"defeat\s+to|defeat\s+by)\s+(?:the\s+)?$")
#: a result with its score before a club: 'a 2-1 win over Villa', 'their 3-0 defeat by Fiorentina'
_SCORED_BEFORE = (r"%s\s+(?:win|victory|defeat|draw|loss|home\s+win|away\s+win)\s+(?:over|against|at|to|with|by)"
                  r"\s+(?:the\s+)?$" % _SCORE)
#: 'the match between Juventus and Fiorentina': the sides of a match are of one kind
_MATCH_BETWEEN = r"\b(?:match|game|clash|tie|fixture|derby|final|semi-final)\s+between\s+(?:the\s+)?"


def _club_form(text: str, form: str) -> bool:
    """Whether the article writes ``form`` as a sports club anywhere: before a club's word ('Villa
    boss', 'Chelsea striker'), or in a result with a score ('Villa won 2-1', 'beat Villa 3-0', 'a 2-1
    win over Villa')."""
    _, after, beat, scored = _club_patterns()
    # the form's uses, each looked at where it stands (a search of the whole text per pattern and
    # per form made long articles quadratic)
    for m in _whole_words(text, form, r"(\s+%s)?" % _SCORE):
        if after.match(text, m.start() + len(form)) \
                or scored.search(text, max(0, m.start() - 50), m.start()) \
                or (m.group(1) and beat.search(text, max(0, m.start() - 30), m.start())):
            return True
    return False


@lru_cache(maxsize=1)
def _club_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """Compiled once: a club word or a score anywhere (without one no name is written as a club),
    what may follow a club's name (a club word, or a result with a score: 'Villa boss', 'Villa won
    2-1'), and what may stand before it ('beat Villa 3-0', 'a 2-1 win over Villa')."""
    cues = "(?i:%s)" % _phrases(lexicon.club_cues())
    anywhere = re.compile(r"%s\b|%s" % (cues, _SCORE))
    after = re.compile(r"\s+%s\b|\s+(?:%s(?:\s+(?:the\s+)?[A-Z][\w'-]*){0,3}\s+)?%s" % (cues, _RESULT_VERBS, _SCORE))
    return anywhere, after, re.compile(_BEAT_BEFORE), re.compile(_SCORED_BEFORE)


def _plays_a_club(text: str, form: str, clubs: set[str]) -> bool:
    """Whether ``form`` is one side of a match whose other side is an organisation of the article:
    'the match between Juventus and Fiorentina' (Juventus an organisation). The sides of a match are
    of one kind: 'the match between Nadal and Roddick' makes no club."""
    name = r"(?<![\w-])%s(?![\w-])" % re.escape(form)
    starts = _match_between_starts(text)
    for m in _matches_at(re.compile(r"%s((?:[A-Z][\w'-]*\s+){1,3})and\s+(?:the\s+)?%s" % (_MATCH_BETWEEN, name)),
                         text, starts):
        if m.group(1).strip() in clubs:
            return True
    for m in _matches_at(re.compile(r"%s%s\s+and\s+(?:the\s+)?((?:[A-Z][\w'-]*)(?:\s+[A-Z][\w'-]*){0,2})"
                                    % (_MATCH_BETWEEN, name)), text, starts):
        words = m.group(1).split()
        if any(" ".join(words[:k]) in clubs for k in range(1, len(words) + 1)):
            return True
    return False


@lru_cache(maxsize=1)
def _match_between_starts(text: str) -> list[int]:
    """Every place a match's sides are announced ('the match between'), found once per text (the last one kept)."""
    return [m.start() for m in re.finditer(r"(?=%s)" % _MATCH_BETWEEN, text)]


def _matches_at(pattern: re.Pattern, text: str, starts: list[int]) -> list[re.Match]:
    """What ``pattern.finditer(text)`` finds, when it can only match at one of ``starts``: each
    tried where it may start instead of at every character of the text."""
    found, end = [], 0
    for at in starts:
        if at >= end and (m := pattern.match(text, at)):
            found.append(m)
            end = m.end()
    return found


def clubs_named_as_people(art: _Article, mentions: list[Mention]) -> list[Mention]:
    """Stage 8h: a name the model took for a person, with no title or role, that the article writes
    as a sports club under any of its forms is an organisation: 'Aston Villa boss David O'Leary ...
    Villa chairman Doug Ellis' (the model reads 'Aston Villa' as a first name and a surname), 'Villa
    won 2-1', 'a 3-0 win over Villa'. A name with a gender (a pronoun of the article fell on it) needs
    an organisation on the other side of its match: 'the match between Juventus and Fiorentina' (a
    player also has a coach and wins 6-3: 'Murray coach Amelie Mauresmo')."""
    clubs = {m.text for m in mentions if m.actor_type == "organization"}
    # what every form's search needs somewhere in the text, looked for once: without a match
    # ('the match between') or a club word or score, no form can be a club (long texts stay linear)
    match_between = bool(_match_between_starts(art.text))
    club_words = _club_patterns()[0].search(art.text) is not None
    if not (match_between or club_words):
        return mentions
    for ms in _people(mentions):
        a = ms[0].actor
        if a.roles:
            continue
        forms = [f for f in {a.name, *a.aliases, *(m.text for m in ms)} if len(f) > 2]
        if (match_between and any(_plays_a_club(art.text, f, clubs) for f in forms)) \
                or (club_words and not a.gender and any(_club_form(art.text, f) for f in forms)):
            _retype(art, ms, "organization")
    return mentions

#: 'National Defense Authorization Act (NDAA)': a capitalised name, then its acronym in brackets
_DEFINED_ACRONYM = re.compile(r"((?:[A-Z][\w'-]*\s+(?:(?:of|and|the|for|on)\s+)*){1,8}[A-Z][\w'-]*)\s*\(([A-Z][A-Z.]{1,7})\)")


def _corroborate_places(mentions: list[Mention], home: str | None, settings=()) -> None:
    """A place placed by a gazetteer alone loses that country when the article names other
    countries and nothing else in it (another actor, the dateline's country ``home``) has this
    one: 'Gulf' is a province of Papua New Guinea, but not in a story about Iran and Kuwait. The
    countries of competitions the article names (``settings``: 'the Australian Open') count as named."""
    others: dict[str, set] = {iso3: {("setting", iso3)} for iso3 in settings}
    for m in mentions:
        if m.actor.country:
            others.setdefault(m.actor.country, set()).add(m.actor.key)
    capitals = lexicon.capitals()
    for m in mentions:
        a = m.actor
        if a.actor_type == "place" and a.country and a.name not in capitals and a.country != home \
                and others.get(a.country, set()) <= {a.key} and len(others) > 1:
            a.country = None  # other countries are named, and none is this one


def _generic_party(surface: str, actor: Actor) -> bool:
    """A one-word party name that is also a word for a view many countries' parties share:
    'Conservatives', 'Labour', 'Republican', 'Democrats' (not 'Tories', 'GOP', 'SNP')."""
    stem = surface.lower().rstrip("s")
    return actor.actor_type == "organization" and actor.name.endswith(" Party") and " " not in surface \
        and len(stem) > 3 and actor.name.split()[0].lower().startswith(stem) and not surface.isupper()


#: what may follow a place to name its police force: 'Dallas police', 'Tulsa Police', 'Baton Rouge police'
_POLICE_AFTER = re.compile(r"[^\S\n]+[Pp]olice\b(?![^\S\n]+(?:[Dd]epartment|[Ss]ervice|[Ff]orce|[Cc]hief|[Cc]ommissioner|[Oo]fficers?|[Ss]tation|[Ss]tations|[Hh]eadquarters|[Cc]ars?)\b)")


def local_police(art: _Article, mentions: list[Mention]) -> list[Mention]:
    """Stage 8f: a city, county or state the model named just before 'police' is that place's
    police force, an organisation that speaks and acts ('Dallas police said', 'accused Tulsa
    police of a cover-up'), not the place. A country's police ('French police') stays the
    country, as CAMEO codes it. 'Dallas police officers' and 'the Dallas police chief' name the
    people, and a 'Police Department' name the model already gives whole."""
    countries = {a.key for a in art.actors.values() if a.actor_type == "country"}
    for m in mentions:
        a = m.actor
        if a.actor_type != "place" or a.key in countries or m.via not in ("ner", "alias", "gazetteer"):
            continue
        hit = _POLICE_AFTER.match(art.text, m.end)
        if hit is None or art.text[m.start:m.end].isupper():
            continue
        force = art.actor(f"{a.name} police", "organization", a.country)
        m.end, m.text = hit.end(), art.text[m.start:hit.end()]
        m.actor, m.actor_type = force, "organization"
    return mentions


def bodies_by_their_head(art: _Article, mentions: list[Mention]) -> list[Mention]:
    """Stage 8g: 'the Bureau', 'the Commission' is the one body of the article whose name ends in
    that word ("Canada's Competition Bureau said ... The Bureau said it did not find"), not an
    actor 'Bureau' of its own; with two such bodies ('House Judiciary Committee', 'Senate
    Judiciary Committee') or none, the word stays as it was."""
    heads = lexicon.body_short_heads()
    bodies: dict[str, list[Actor]] = {}
    for a in {id(m.actor): m.actor for m in mentions}.values():
        words = a.name.split()
        if a.actor_type == "organization" and len(words) >= 2 and words[-1] in heads:
            bodies.setdefault(words[-1], []).append(a)
    if not bodies:
        return mentions
    for m in mentions:
        word = art.text[m.start:m.end]
        named = bodies.get(word, [])
        if len(named) == 1 and m.actor is not named[0] and art.text[max(0, m.start - 4):m.start].lower() == "the ":
            old = m.actor
            m.actor, m.actor_type = named[0], "organization"
            if not any(x.actor is old for x in mentions):
                art.actors.pop((old.actor_type, old.key), None)
    return mentions


def ambiguous_places(art: _Article, mentions: list[Mention]) -> None:
    """Stage 8e, before ``foreign_parties``: a subdivision name that does not settle a country alone
    (``lexicon.ambiguous_subdivisions``: 'Midlands' a province of Zimbabwe, 'North' a region of
    Cameroon, 'Gaza' a province of Mozambique) gives its country only when the article names that
    country in another way: by its name, a demonym, an institution or another of its places, or by
    its dateline. Otherwise the place has no country, and a person's role phrase that named it
    ('Midlands MP Jo Ames') states none: a BBC story about the English Midlands is no Zimbabwean one."""
    ambiguous = lexicon.ambiguous_subdivisions()
    forms, pattern = _country_index()
    claimed, named = set(), set(art.settings)
    for m in pattern.finditer(_LINE_BREAK.sub(" ", art.text)):
        (claimed if m.group(0) in ambiguous else named).add(forms[m.group(0)])
    own = lexicon.subdivision_countries()  # (a place, or the organisation the model took it for)
    places = [a for a in art.actors.values() if a.actor_type != "person" and a.country
              and (form := _ambiguous_form(a.name, ambiguous)) and a.country == own.get(form)]
    claimed |= {a.country for a in places}
    if not claimed:
        return
    named.add(_dateline_country(art))
    named |= {m.actor.country for m in mentions if m.actor.country and m.actor.actor_type != "person"
              and _ambiguous_form(m.actor.name, ambiguous) is None}
    unsupported = claimed - named
    for a in places:
        if a.country in unsupported:
            a.country, a.country_from = None, None
    for info in art.persons.values():
        info["countries"] = [c for c in info["countries"] if c not in unsupported]


def _ambiguous_form(name: str, ambiguous: frozenset[str]) -> str | None:
    """The form of ``ambiguous`` a name is, as written or title-cased ('MIDLANDS'), or None."""
    return name if name in ambiguous else name.title() if name.title() in ambiguous else None


def foreign_parties(art: _Article, mentions: list[Mention]) -> list[Mention]:
    """Stage 8e: a party named by a word many countries' parties share ('Conservatives') is that
    lexicon party unless the article is about another country and never names the party's:
    'Saudi Arabia's religious Conservatives' in a story about Saudi Arabia are no British party."""
    generic = [m for m in mentions if m.actor.country and _generic_party(m.text, m.actor)]
    if not generic:
        return mentions
    ids = {id(m) for m in generic}
    counts = _country_counts([m for m in mentions if id(m) not in ids], _dateline_country(art))
    leading = _dominant(counts, 2.0)  # the article is about another country, and never names the party's
    foreign = {id(m) for m in generic if leading and not counts.get(m.actor.country)}
    return [m for m in mentions if id(m) not in foreign]


_DATELINE_REGION = re.compile(r",[^\S\n]*([A-Z][A-Za-z.]*(?:[^\S\n]+[A-Z][A-Za-z.]*){0,2})")


_MONTH = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:\s|$)")


def _dateline_country(art: _Article) -> str | None:
    """Where the story was filed: the region a dateline names after its city, else the city's own
    country. 'MANCHESTER, N.H. --' is in the USA (an AP state abbreviation), 'LONDON, Ontario --' in
    Canada, 'PERTH, Scotland --' in the UK; 'MANCHESTER --' alone is the English city."""
    layout = art.layout
    dateline = getattr(layout, "dateline", None)
    if not dateline:
        return None
    span = getattr(layout, "dateline_span", None)
    if span:
        line = art.text[span[0]:span[1]]
        i = line.upper().find(dateline.upper())
        region = _DATELINE_REGION.match(line, i + len(dateline)) if i >= 0 else None
        if region and not _MONTH.match(region.group(1)):  # not 'NEW YORK, March 3 -': a date
            if _ap_states().match(line, region.start(1)):
                return "USA"  # 'MANCHESTER, N.H.', 'PORTLAND, Maine.' (AP spells some states out)
            name = region.group(1).rstrip(".")
            named = _countries_in(name) or [c for c in [lexicon.place_country(name)] if c]
            if len(set(named)) == 1 and name not in lexicon.ambiguous_subdivisions():
                return named[0]
    if dateline.title() in lexicon.ambiguous_subdivisions():
        return None  # 'GAZA --' is no province of Mozambique
    return lexicon.place_country(dateline.title())


def assign_countries(art: _Article, mentions: list[Mention]) -> None:
    """Stage 9: a person's country from their own role phrases ('U.S. Defense Secretary',
    'Philippines' president-elect', 'FBI Director', 'Kremlin spokesman', '(R-Wis.)'), then from
    whom they work for ('Clinton campaign chairman'), then, for an official with a government
    title and no country named, the dateline's or the article's own country. A person with no
    phrase of their own takes the country the article is clearly about (its countries, places and
    one-country institutions name it four times as often as any other; a dateline counts twice),
    unless their phrase names a country the lexicons do not know or they are a figure of religion or
    myth no country claims ('Jesus', ``lexicons/figures_without_country.txt``). No evidence: None."""
    dateline_country = _dateline_country(art)
    _corroborate_places(mentions, dateline_country, art.settings)
    people = {a.key: a for a in art.actors.values() if a.actor_type == "person"}
    by_name = {a.name: a for a in people.values()}
    for name, info in art.persons.items():
        a = by_name.get(art.person_forms.get(name, name))
        if a is not None and info["countries"] and not a.country:
            a.country = _most_stated(info["countries"])
            a.country_from = "stated"
    for name, info in art.persons.items():
        a = by_name.get(art.person_forms.get(name, name))
        if a is None or a.country:
            continue
        for affiliate in info.get("affiliates", []):
            boss = by_name.get(art.person_forms.get(affiliate.removesuffix("'s"), affiliate))
            if boss is not None and boss.country:
                a.country, a.country_from = boss.country, boss.country_from
                break
    _nationality_of_role(art, mentions, by_name)
    _lone_nationality(art, mentions, by_name)
    counts = _country_counts(mentions, dateline_country)
    for iso3 in art.settings:  # 'the Australian Open': no actor, but as much a sign of place as 'Australia'
        counts[iso3] = counts.get(iso3, 0) + 1
    for name, info in art.persons.items():  # 'Foreign Secretary Jack Straw' in a story that names the UK
        a = by_name.get(art.person_forms.get(name, name))
        named = [c for c in info.get("offices") or () if counts.get(c)]
        if a is not None and not a.country and len(named) == 1:
            a.country, a.country_from = named[0], "stated"
    leading = _dominant(counts, 2.0)  # enough for an official, or an institution that names its own country
    if dateline_country or leading:
        elsewhere = _offices_elsewhere(art, counts)
        for key in art.officials:
            if key in people and not people[key].country and people[key].name not in elsewhere:
                people[key].country, people[key].country_from = dateline_country or leading, "article"
    # a person with no phrase of their own: the country the article is clearly about (four times
    # any other, the dateline counting twice); a phrase naming a country the lexicons lack blocks it
    home = _dominant(counts, 4.0)
    institutions = lexicon.institutions()
    for a in art.actors.values():  # 'the Senate' in a story mostly about the United States is its Senate
        row = institutions.get(a.name)
        if a.actor_type == "organization" and not a.country and row and row["country"] in (home, leading):
            a.country, a.country_from = row["country"], "article"
    if home:
        foreign = {art.person_forms.get(n, n) for n, info in art.persons.items()
                   if info.get("foreign") or info.get("employer")}
        foreign |= lexicon.figures_without_country()  # 'Jesus' in a homily given in Mexico
        for a in art.actors.values():  # people, and organisations no lexicon knows ('Liverpool' the club)
            if a.actor_type in ("person", "organization") and not a.country and not a.country_from \
                    and a.name not in foreign:
                a.country, a.country_from = home, "article"


def _offices_elsewhere(art: _Article, counts: dict[str, int]) -> set[str]:
    """Names of people whose office belongs to states the article never names: 'Bath Mayor X' in a
    story set in France, 'Foreign Secretary Y' in one about Germany. Their own phrase points away from
    the article's country, so an official's default (the dateline's or the leading country) is not theirs."""
    return {art.person_forms.get(n, n) for n, info in art.persons.items()
            if info.get("offices") and not any(counts.get(c) for c in info["offices"])}


#: nationality words that are also the plural of their people ('the French', 'the Swiss', 'the
#: Chinese'), and plurals ('the Saudis'): never one person
_PEOPLE_PLURAL = re.compile(r"(?:sh|ch|ese|ss|s|i)$")


def _lone_nationality(art: _Article, mentions: list[Mention], by_name: dict) -> None:
    """'Tim Henman reached the final. The Briton beat ...': a singular nationality noun alone after
    'the', the subject of its clause, stands for the one person named in the previous sentence or
    before it in its own, who gets that country when no other is stated for them. Not a plural or a
    word that is also its people's plural ('the Saudis', 'the French'), not with a modifier or a
    noun after it ('The Welsh striker'), not when two people are named there."""
    demonyms, doc = lexicon.demonyms(), art.doc
    people = [m for m in mentions if m.actor_type == "person" and m.via != "coref"]
    for m in re.finditer(r"\b[Tt]he\s+([A-Z][a-z]+)\b", art.text):
        word = m.group(1)
        if word not in demonyms or _PEOPLE_PLURAL.search(word):
            continue
        tok = doc[bisect_right(art.token_starts, m.start(1)) - 1]
        if tok.text != word or tok.tag_ not in ("NNP", "NN") or tok.dep_ not in ("nsubj", "nsubjpass") \
                or any(c.dep_ != "det" for c in tok.children):
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and (nxt.is_title or nxt.pos_ in ("NOUN", "PROPN")):
            continue  # 'the Briton Tim Henman', 'the Welsh striker'
        sent = tok.sent
        lo = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
        named = {p.actor.name for p in people if lo <= p.start < tok.idx}
        if len(named) != 1:
            continue
        a = by_name.get(named.pop())
        if a is not None and not a.country:
            a.country, a.country_from = demonyms[word], "stated"


def _nationality_of_role(art: _Article, mentions: list[Mention], by_name: dict) -> None:
    """'Newcastle striker Craig Bellamy ... The Welsh striker has rejected a move': a nationality
    before a role noun that stands for a person named before gives that person the country (the
    last person named before it who holds that role, when none is stated for them)."""
    demonyms, doc = lexicon.demonyms(), art.doc
    for m in re.finditer(r"\b[Tt]he\s+([A-Z][a-z]+)\s+[a-z]", art.text):
        if m.group(1) not in demonyms:
            continue
        tok = doc[bisect_right(art.token_starts, m.start(1)) - 1]
        if tok.text != m.group(1):
            continue
        role = tok.i + 1
        while role + 1 < len(doc) and doc[role + 1].is_lower and doc[role + 1].pos_ == "NOUN":
            role += 1  # 'the Welsh national team coach'
        if role >= len(doc) or not doc[role].is_lower or doc[role].pos_ != "NOUN" or doc[role].tag_ != "NN":
            continue
        word = doc[role].lower_
        named = [m for m in mentions if m.actor_type == "person" and m.start < tok.idx and m.via != "coref"]
        holders = [m for m in named if any(r.lower().split()[-1:] == [word] for r in m.actor.roles)]
        last = max((m for m in named if " " in m.actor.name or m.actor.roles), key=lambda m: m.start, default=None)
        if holders and last is not None and last.actor.name == holders[-1].actor.name:
            # (only the last person named, by a full name or a role: 'President Obama talked with Francois
            # Hollande. The French president ...' is Hollande, whose role the text does not give)
            a = by_name.get(holders[-1].actor.name, holders[-1].actor)
            if not a.country:
                a.country, a.country_from = demonyms[tok.text], "stated"


def extract_mentions(doc: Doc, layout, *, sent_ids=None) -> ActorIndex:
    """Find every actor mention in a parsed article and merge them into canonical actors.

    The stages run in order, each a function of its own: the model's people and names after
    titles; name coreference; every occurrence of those names; lexicon names; the model's other
    entities; acting proper nouns; one reading per span; typing; countries; pronoun coreference.
    """
    if sent_ids is None:
        sent_ids = {s.start: i for i, s in enumerate(doc.sents)}
    art = _article(doc, layout, sent_ids)
    model_people(art)
    titled_people(art)
    given_name_people(art)
    coordinated_given_names(art)
    merge_people(art)
    art.candidates = [c for c in art.candidates if not c[2].startswith("person:")]
    person_occurrences(art)
    lexicon_names(art)
    model_entities(art)
    acting_propns(art)
    cause_names(art)
    headline_prefixes(art)
    headline_only_names(art)
    works_and_characters(art)
    named_products(art)
    country_opening_orgs(art)
    headed_org_names(art)
    mentions = places_named_as_people(art, acronyms(art, type_mentions(art, choose(art.candidates))))
    mentions = outlets_named_as_people(art, firms_named_as_people(art, mentions))
    mentions = bodies_named_as_people(art, services_named_as_people(art, mentions))
    ambiguous_places(art, mentions)
    mentions = foreign_parties(art, clubs_named_as_people(art, software_named_as_people(art, mentions)))
    mentions = bodies_by_their_head(art, local_police(art, mentions))
    assign_countries(art, mentions)
    actors = {f"{t}:{k}": a for (t, k), a in art.actors.items()}
    mentions += _coref(doc, mentions, actors, art.sent_of)
    return ActorIndex(doc, mentions, actors, sent_ids)


def _speaks(head: Token) -> bool:
    """A token that is the subject or the 'by' agent of a speech or stance verb."""
    verb = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "agent" else head.head
    if head.dep_ not in ("nsubj", "pobj") or (head.dep_ == "pobj" and head.head.dep_ != "agent") or verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    return lemma in speech_lemmas() or (lemma, "VERB") in lexicon.stance_cues()


def _country_counts(mentions: list[Mention], dateline: str | None = None) -> dict[str, int]:
    """How often an article names each country: its countries, its places ('Iowa', 'Seoul') and
    its one-country institutions ('FBI', 'Bundestag'): a US campaign story rarely writes 'U.S.'
    but names states and the Senate. The dateline counts twice."""
    counts: dict[str, int] = {dateline: 2} if dateline else {}  # where the story was filed
    cities, capitals, states = lexicon.city_countries(), lexicon.capitals(), lexicon.subdivision_countries()
    agencies = lexicon.news_agencies()
    for m in mentions:
        a = m.actor
        if a.actor_type == "place" and a.name in cities and a.name not in capitals and a.name not in states:
            continue  # a city is placed by its largest namesake: a guess, not evidence ('Newport'); a state is not
        if a.name in agencies or a.country in _NO_NATIONALS:
            continue  # 'Reuters could not reach him'; Antarctica, where a story may be set but no one is from
        if a.actor_type != "person" and a.country:
            counts[a.country] = counts.get(a.country, 0) + 1
    return counts


#: territories with no people of their own (ISO 3166-1: Antarctica, Bouvet Island, Heard Island,
#: South Georgia, the French Southern lands, the US Minor Outlying Islands): never a person's country
_NO_NATIONALS = {"ATA", "BVT", "HMD", "SGS", "ATF", "UMI"}


def _most_stated(countries: list[str]) -> str:
    """The country a person's phrases state most often; a tie goes to the one stated first. (Taken
    over a set, a tie went by the set's order, which changes from run to run with Python's string
    hashing: George Pell was AUS in one run and VAT in the next.)"""
    return max(countries, key=countries.count)


def _dominant(counts: dict[str, int], ratio: float) -> str | None:
    """The country an article is about: named at least 3 times and ``ratio`` times as often as
    any other (or twice with no other)."""
    ranked = sorted(counts.values(), reverse=True) + [0]
    if (ranked[0] >= 3 and ranked[0] >= ratio * ranked[1]) or (ranked[0] >= 2 and not ranked[1]):
        return max(counts, key=counts.get)
    return None


#: words that make a role another one: the deputy prime minister is not 'the prime minister'
_NOT_THE_ROLE = {"deputy", "shadow", "vice", "assistant", "acting", "former", "junior", "under", "ex", "associate"}


#: abbreviated titles before a name and the role noun a later 'the <word>' uses: 'Sen. Ted Cruz' is
#: 'the senator', 'New Jersey Gov. Chris Christie' 'the governor'
_TITLE_ABBREVIATIONS = {"sen.": "senator", "sen": "senator", "gov.": "governor", "gov": "governor"}


#: a role noun's own seat after it: 'the governor of Minnesota', 'the senator from Pennsylvania'
_OWN_SEAT = re.compile(r"\s+(?:of|from)\s+[A-Z]")


def _holds(role: str, word: str) -> bool:
    """A person's role (as written before their name) is the one a later 'the <word>' names:
    'prime minister' for 'the prime minister', not 'deputy prime minister' or 'shadow chancellor';
    'Sen.' for 'the senator'."""
    words = [_TITLE_ABBREVIATIONS.get(w, w) for w in role.replace("-", " ").split()]
    return word in words and not _NOT_THE_ROLE & set(words[:words.index(word)])


def _pronoun_links(doc: Doc, people: list[Mention], quoted, sent_of, roles=()) -> list[Mention]:
    """'he', 'his', 'she', 'her' linked to a person, in text order, each link a mention the next
    pronoun may follow (so 'Ryan met donors. He said ... . He criticized ...' stays with Ryan).
    A pronoun whose clause has a linked role noun as its subject (``roles``: 'The Tory leader
    brands it rubbish, arguing that he ...') goes to that role's holder.

    The candidates are the people named or already linked in the pronoun's sentence before it and
    in the sentence before (when there is no one, back to where the quotation began, for 'he
    said' after a quote of several sentences), whose known gender agrees (outside quotations, a
    person named inside one is not who 'he said' refers to). One candidate: that one, unless
    found past a quotation, where it must be the subject of that sentence's main clause. Several:
    one earlier in the pronoun's own sentence decides by the verb the pronoun's clause depends on
    ('Sharon said he ...'); otherwise the subject of the previous sentence's main clause, if it is
    one of them (the person a story is following is its subject); else unlinked. Inside a
    quotation only the quotation's own mentions and links count as that subject: 'She tweeted:
    "... Jo Cox. She was young"' is not the speaker.
    """
    pools = {True: list(people), False: [m for m in people if not quoted(m.start)]}
    starts = {k: [m.start for m in v] for k, v in pools.items()}
    # the sentences that open inside a quotation
    opening: dict[int, int] = {}  # sentence -> the offset of its first word (from sent_of: the doc
    for i, sid in sent_of.items():  # may carry no sentence boundaries of its own)
        if not doc[i].is_space and (sid not in opening or doc[i].idx < opening[sid]):
            opening[sid] = doc[i].idx
    opens_quoted = {sid for sid, offset in opening.items() if quoted(offset)}
    role_by_end = {m.end: m for m in roles}  # a role noun's link, by where its head noun ends
    people_starts = [m.start for m in people]

    def person_at(tok):  # the person mention a token lies in, if any
        k = bisect_right(people_starts, tok.idx) - 1
        return people[k] if k >= 0 and tok.idx < people[k].end else None
    out: list[Mention] = []
    for tok in doc:
        gender = PRONOUNS.get(tok.lower_)
        if gender is None or tok.pos_ != "PRON":
            continue
        sid = sent_of.get(tok.i, -1)
        inside = quoted(tok.idx)
        speaker = _governing_subject(tok)
        root, steps = tok, 0
        while root.head.i != root.i and steps < 64:  # (the root by its heads: the doc may carry no
            root, steps = root.head, steps + 1       # sentence boundaries)
        centre = speaker or (None if inside else next((c for c in root.children if c.dep_ == "nsubj"), None))
        role = role_by_end.get(centre.idx + len(centre)) if centre is not None and centre.tag_ == "NN" else None
        if role is not None and not inside and role.actor.gender in (None, gender):
            cands = {role.actor.name: role}  # 'The Tory leader brands ..., arguing that he ...': the leader
        else:
            cands = _pronoun_candidates(doc, tok, gender, pools[inside], starts[inside], inside, speaker,
                                        sid, opens_quoted, quoted)
        reporter = _reporting_subject(tok) if inside else None
        if reporter is not None and not quoted(reporter.idx):  # a quotation's 'he' is not who speaks
            # it, named outside it (they say 'I'):
            said_by = role or person_at(reporter)
            if said_by is not None:  # 'The Tory leader went on: "He doesn't stop there"'
                cands.pop(said_by.actor.name, None)
            about = next((o for p in reporter.head.children if p.dep_ == "prep" and p.lower_ in ("of", "about")
                          for o in p.children if o.dep_ == "pobj"), None)
            subject = person_at(about) if about is not None else None
            if subject is not None and subject.actor.gender in (None, gender):
                cands = {subject.actor.name: subject}  # '"He is a liar," Rubio said of Trump': Trump
        if len(cands) != 1:
            continue
        link = Mention(tok.idx, tok.idx + len(tok), tok.text, next(iter(cands.values())).actor, "person", "coref", sid)
        out.append(link)
        k = bisect_right(starts[inside], link.start)  # the next pronoun on the same side of quotation
        pools[inside].insert(k, link)                  # marks may follow this one (a speaker's 'he' is
        starts[inside].insert(k, link.start)           # not who the 'she' of their quote is)
    return out


def _pronoun_candidates(doc: Doc, tok: Token, gender: str, pool, starts, inside: bool, speaker, sid: int,
                        opens_quoted, quoted) -> dict:
    """The people a pronoun may stand for, by name, as :func:`_pronoun_links` chooses them."""
    first = sid - 1
    while True:
        window = _in_reach(pool, starts, tok.idx, first)
        cands = {m.actor.name: m for m in window if m.actor.gender in (None, gender)}
        if cands or inside or first + 1 not in opens_quoted or sid - first >= 4:
            break
        first -= 1  # no one in reach: look back past the quotation
    if len(cands) > 1 and any(m.sent_id == sid and m.actor.name in cands for m in window):
        # 'Mr Sharon said he had not seen ...': Sharon
        cands = {m.actor.name: m for m in window if speaker is not None and m.actor.name in cands
                 and m.start <= speaker.idx < m.end}
    elif len(cands) > 1 or first < sid - 1:  # (past a quotation: only the one who opened it)
        subjects = {m.actor.name for m in window if m.sent_id == first and m.actor.name in cands
                    and quoted(m.start) == inside and _main_subject(doc, m)}
        cands = {n: cands[n] for n in subjects}
    return cands


def _reporting_subject(tok: Token) -> Token | None:
    """For a subject pronoun of a quoted clause, the subject of the verb that reports it, before or
    after the quotation ('"He is a liar," Rubio said of Trump': Rubio)."""
    clause = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" or clause.head.i == clause.i:
        return None
    return next((c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _governing_subject(tok: Token) -> Token | None:
    """The subject of the verb whose complement or adverbial clause the pronoun is the subject of:
    'Sharon said he had not seen', 'Brown warned that she would ...', 'Kerry left after he spoke'.
    None when the pronoun is not a subject or that verb has no subject of its own ('Trump
    attacked Cruz, saying he lied': 'saying' has none, and 'he' may be either)."""
    clause = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ not in ("ccomp", "advcl") or clause.head.i == clause.i:
        return None
    verb = clause.head
    if verb.tag_ in ("VBG", "VBN") and verb.dep_ in ("advcl", "conj", "xcomp") \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        if any(c.dep_ in ("dobj", "dative") and c.pos_ in ("PROPN", "PRON") for c in verb.head.children):
            return None  # 'Trump attacked Cruz, saying he lied': either man
        verb = verb.head  # 'The Tory leader brands it rubbish, arguing that he has been consistent': the leader
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i), None)


def _in_reach(pool: list[Mention], starts: list[int], offset: int, first_sent: int) -> list[Mention]:
    """The mentions of ``pool`` (in text order, with their ``starts``) before ``offset`` and in
    sentence ``first_sent`` or later, latest first."""
    i = bisect_right(starts, offset) - 1
    window = []
    while i >= 0 and pool[i].sent_id >= first_sent:
        window.append(pool[i])
        i -= 1
    return window


def _main_subject(doc: Doc, m: Mention) -> bool:
    """The mention is the one subject of its sentence's main clause ('Ryan met donors', 'Comey, the
    FBI director, wrote', '..., Clinton said'), not an object, one of a pair, or a name inside
    another phrase."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    if head.dep_ == "appos":
        head = head.head
    if head.dep_ == "conj" or any(c.dep_ == "conj" for c in head.children):
        return False  # 'Blair and Brown met': a pair, not one person the story follows
    return head.dep_ in ("nsubj", "nsubjpass") and head.head.dep_ == "ROOT"


def _coref(doc: Doc, mentions: list[Mention], actors, sent_of) -> list[Mention]:
    """Link 'he'/'she' and role nouns ('the minister') to a person when the link is clear.

    A pronoun links as :func:`_pronoun_links` says; a role noun links to the most recent
    person who holds that role (not a deputy or shadow of it). Unclear cases stay unlinked.
    """
    text = doc_text(doc)
    in_quote = bytearray(len(text) + 1)  # one flag per character: inside a quotation or not
    for a, b in quoted_spans(text):
        in_quote[a:b] = b"\x01" * (b - a)

    def quoted(offset):
        return 0 <= offset < len(in_quote) and in_quote[offset] == 1

    for a in actors.values():  # a name the lexicons know, met only as 'Clinton': its first name still says who
        if a.actor_type == "person" and not a.gender:
            a.gender = _first_name_gender(a.name)
    # a person named inside a quotation is not who 'he said' after it refers to
    people = sorted((m for m in mentions if m.actor_type == "person"), key=lambda m: m.start)
    if not people:
        return []
    roles: list[Mention] = []
    holders: dict[str, tuple[list[int], list[Mention]]] = {}  # a role word -> the people holding it, in order
    for match in ROLE_NOUNS_RE.finditer(text):
        words = match.group(1).split()
        role_word = words[-1]
        if _OWN_SEAT.match(text, match.end()):
            continue  # 'Tim Pawlenty, the former governor of Minnesota', 'the senator from Pennsylvania':
            # a seat of its own, not the last holder's ('Gov. John Kasich')
        # a capitalised qualifier must be part of the role: 'the Tory leader' is not the Labour leader
        qualifier = words[0].lower() if len(words) > 1 and words[0][0].isupper() else None
        if (role_word, qualifier) not in holders:
            held = [m for m in people if any(_holds(r.lower(), role_word)
                                             and (qualifier is None or qualifier in r.lower().split())
                                             for r in m.actor.roles)]
            holders[(role_word, qualifier)] = ([m.start for m in held], held)
        held_starts, held = holders[(role_word, qualifier)]
        k = bisect_right(held_starts, match.start() - 1) - 1  # the last holder named before the match
        if k >= 0:
            m = held[k]
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            roles.append(Mention(match.start(), match.end(), match.group(0), m.actor, "person", "coref",
                                 sent_of.get(span.start, -1) if span is not None else -1))
    return _pronoun_links(doc, people, quoted, sent_of, roles) + roles
