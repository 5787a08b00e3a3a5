"""Turns the numbers of a sentence into claims: what is counted, what happened to it, and who said so.

Built on :mod:`engine.numbers`. For each quantity it finds:

- the **subject**, the plural noun the number counts ("430 drones", "at least 11 people", "dozens of high-rise
  buildings"); an elided subject ("over two dozen injured", "Five were killed") is the previous claim's people
  subject or "people";
- the **predicate**, the nearest event word in the number's clause, normalised ("wounded" and "hurt" become
  "injured", "dead" and "death toll" become "killed");
- the **type**, from the predicate, subject and kind (see :class:`engine.models.ClaimType`);
- the **attribution**: who the clause cites ("X said", "said X", "according to X", "X told reporters", "X put the
  toll at"). With two sources of figures in one sentence ("police said 10,000, while organisers put it at
  50,000"), each figure gets the speaker of its own clause.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from engine.models import Claim, ClaimType, Kind, Quantity, Sentence
from engine.numbers import (
    COUNTED_BEFORE_NOUN,
    VOTE_CONTEXT,
    Mention,
    Token,
    _adjacent,
    _digit_value,
    extract_quantities,
    tokenize,
)

__all__ = ["Attribution", "extract_claims", "find_attributions", "subject_class"]

_PREDICATES: dict[str, str] = {}


def _predicate(canonical: str, words: str) -> None:
    for word in words.split():
        _PREDICATES[word] = canonical


_predicate(
    "killed",
    "killed kill kills killing dead died die dies dying death deaths fatalities fatality perished murdering fatally "
    "toll lives bodies corpses murdered slain drowned executed butchered massacred slaughtered deceased",
)
_predicate("injured", "injured injuring injures injury injuries wounded wounding wounds hurt maimed")
_predicate("missing", "missing unaccounted")
_predicate("damaged", "damaged damaging damage")
_predicate(
    "destroyed", "destroyed destroying destruction flattened razed levelled leveled collapsed burned burnt gutted"
)
_predicate("launched", "launched launching launches unleashed fired firing")
_predicate("intercepted", "intercepted intercepting downed")
_predicate("evacuated", "evacuated evacuating evacuation evacuations evacuees fled fleeing relocated relocation")
_predicate("displaced", "displaced homeless uprooted")
_predicate("rescued", "rescued rescuing saved")
_predicate("hospitalised", "hospitalised hospitalized hospitalisations hospitalizations admitted")
_predicate("infected", "infected infections infection")
_predicate("arrested", "arrested arresting arrests detained detaining detentions custody")
_predicate("charged", "charged indicted")
_predicate("convicted", "convicted sentenced jailed")
_predicate("affected", "affected")
_predicate("aboard", "aboard onboard board boarded carrying carried")
_predicate("hired", "hired hiring")
_predicate("fired", "laid layoffs redundancies redundant sacked axed")

_PREDICATE_TYPES = {
    "killed": ClaimType.CASUALTIES,
    "injured": ClaimType.CASUALTIES,
    "missing": ClaimType.CASUALTIES,
    "hospitalised": ClaimType.CASUALTIES,
    "infected": ClaimType.CASUALTIES,
    "damaged": ClaimType.DAMAGE,
    "destroyed": ClaimType.DAMAGE,
    "launched": ClaimType.ATTACK,
    "intercepted": ClaimType.ATTACK,
    "evacuated": ClaimType.DISPLACEMENT,
    "displaced": ClaimType.DISPLACEMENT,
    "rescued": ClaimType.DISPLACEMENT,
    "arrested": ClaimType.ARRESTS,
    "charged": ClaimType.ARRESTS,
    "convicted": ClaimType.ARRESTS,
    "hired": ClaimType.ECONOMY,
    "fired": ClaimType.ECONOMY,
    "affected": ClaimType.OTHER,
    "aboard": ClaimType.OTHER,
}
_PEOPLE = frozenset(
    """people persons person civilians residents victims men women children kids adults passengers workers
    miners employees staff students pupils patients soldiers troops officers police policemen firefighters
    protesters demonstrators marchers migrants refugees pilgrims tourists fans spectators inmates prisoners
    detainees hostages villagers citizens voters members crew sailors fishermen journalists doctors nurses
    teenagers teens infants babies elderly individuals casualties survivors evacuees guests shoppers
    commuters drivers motorists pedestrians climbers hikers swimmers athletes players militants fighters
    rebels suspects family families""".split()
)
_WEAPONS = frozenset(
    """missiles missile drones drone rockets rocket shells shell bombs bomb strikes airstrikes projectiles mortars
    munitions warheads grenades artillery bullets rounds shots attacks raids""".split()
)
_STRUCTURES = frozenset(
    """buildings building homes houses houses apartments flats schools hospitals bridges roads
    businesses shops structures properties dwellings churches mosques offices factories towers blocks""".split()
)
_VEHICLES = frozenset("vehicles cars".split())
"""Things that move, never counted with the buildings of :data:`_STRUCTURES`: "112 cars" are no "100 homes"."""
_PLACES = frozenset(
    """villages towns cities districts counties provinces regions states areas neighbourhoods neighborhoods
    communities municipalities parishes wards streets islands countries suburbs settlements zones camps
    barangays townships localities""".split()
)
"""Places a count may name where something happened ("residents of eleven neighbourhoods were evacuated"): never the
people it happened to."""
_ECONOMY_SUBJECTS = frozenset(
    """jobs votes seats shares customers subscribers users barrels units sales orders contracts""".split()
)
_IRREGULAR = {
    "person": "people",
    "man": "men",
    "woman": "women",
    "wife": "wives",
    "males": "men",  # the nouns; "male" and "female" are most often adjectives ("two female students")
    "females": "women",
    "child": "children",
    "policeman": "policemen",
    "staff": "staff",
    "police": "police",
    "crew": "crew",
    "personnel": "personnel",
    "cattle": "cattle",
    "aircraft": "aircraft",
    "sheep": "sheep",
    "fish": "fish",
    "livestock": "livestock",
    "people": "people",
    "children": "children",
    "men": "men",
    "women": "women",
    "troops": "troops",
    **{plural: plural for plural in "gunmen servicemen crewmen seamen airmen militiamen tribesmen guardsmen".split()},
    "gunman": "gunmen",
}
_NOT_NOUNS = frozenset(
    """was were is are has have had be been being as its this his hers ours yours theirs thus plus minus across
    towards besides unless whereas less more most also always perhaps news series species means ago includes
    remains seems says rises falls lies goes does makes takes gives comes shows runs stands points""".split()
)
_ADVERBS = frozenset(
    """later earlier again already still only just yet too very alone apiece instead overnight today yesterday
    tomorrow here there nearby outright alive dead elsewhere abroad inside outside aboard ashore home""".split()
)
"""Words after a number that say where, when or how, not what is counted: "one later in hospital" counts no
"laters", and "30 overnight and 12 injured firefighters" shares no noun (though "40 overnight strikes" counts
strikes)."""
_ADJECTIVES_SKIP = frozenset(
    """more other new extra additional local young old high rise high-rise residential civilian foreign elderly
    further separate different armed unarmed injured wounded innocent ukrainian russian american british
    israeli palestinian chinese indian french german syrian iraqi afghan national international small large big
    major minor total full part-time full-time registered eligible confirmed suspected reported known""".split()
)
_ESCAPES = re.compile(r"␛\[[0-9;?]*[ -/]*[@-~]?|␛\][^␇␛]*(?:␇|␛\\)?|␛[()][0-9A-Za-z]|␛.")
_NUMBER_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
    eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million dozen""".split()
)
_CLAUSE_BREAKS = frozenset([";", "while", "whereas", "but", "although", "though", "—", "–", "meanwhile"])
_SAY = (
    r"(?:said|says|say|told|tells|added|adds|stated|states|reported|reports|announced|announces|confirmed|"
    r"confirms|estimated|estimates|claimed|claims|alleged|alleges|wrote|writes|noted|notes|explained|insisted|"
    r"warned|warns|tweeted|posted|counted|recorded|registered|tallied)"
)
_WHO_WORD = (
    r"[A-Z][\w'’.-]*|the|a|an|of|for|and|at|in|local|city|state|regional|federal|provincial|county|district|"
    r"national|municipal|health|medical|senior|(?:"
    r"official|police|authorit(?:y|ies)|organi[sz]er|witness(?:es)?|resident|rescuer|medic|doctor|hospital|"
    r"spokes(?:man|woman|person)|minister|ministr(?:y|ies)|mayor|governor|president|agenc(?:y|ies)|"
    r"department|service|company|firm|union|group|army|military|administration|council|government|"
    r"prosecutor|investigator|emergency|officer|source|chief|head|director|expert|analyst|statement|media|"
    r"outlet|report|figure|data|estimate|observer|monitor|activist|staff|leader|commander|coroner|"
    r"statistic|office|bureau|board|commission|court|judge|operator|owner|insurer|economist|lawyer|"
    r"attorney|spokespeople|paramedic|firefighter|brigade|coastguard|fire service|sheriff|deput(?:y|ies)|"
    r"examiner|trooper|detective|dispatcher|marshal|commissioner|superintendent|sergeant|lieutenant|captain|"
    r"constable|inspector|disaster|management|relief|civil|defen[cs]e|protection|rescue|safety|transport|"
    r"aviation|weather|meteorological|electoral|election|interior|foreign|finance|labou?r|education|"
    r"environment(?:al)?|energy|coast|guard|fire|public|central|security|crisis|prevention|census|"
    r"humanitarian|aid|charity|forestry|railway|traffic|airport|party|campaign|institute|directorate|"
    r"researcher|scientist|team|volunteer|representative|negotiator)s?"
)
_WHO = rf"(?:{_WHO_WORD})(?!\w)(?:[\s-]+(?:{_WHO_WORD})(?!\w))*"
_ATTR_BEFORE = re.compile(
    rf"(?P<who>{_WHO})\s+(?:has\s+|had\s+|have\s+|also\s+|later\s+|previously\s+|now\s+|initially\s+|first\s+)?"
    rf"{_SAY}\b"
)
_ATTR_AFTER = re.compile(rf"(?:[,\"”]\s*|^){_SAY}\s+(?P<who>{_WHO})")
_ATTR_ASIDE = re.compile(rf"(?P<who>{_WHO}),\s+(?:who|which)\s[^,;]{{1,120}},\s+{_SAY}\b")
"""A speaker and the citing verb on either side of an aside: "Organisers, who had promised a record crowd, say ..."."""
_ASIDE = re.compile(r",\s+(?:who|which)\s")
"""What every match of ``_ATTR_ASIDE`` contains."""
_ACCORDING = re.compile(rf"\b[Aa]ccording\s+to\s+(?P<who>{_WHO})")
_PUT_AT = re.compile(
    rf"(?P<who>{_WHO})\s+(?:put|puts|placed|places|gave|gives|set|sets)\s+the\s+(?:death\s+)?"
    rf"(?:toll|figure|number|count|total|tally|estimate|cost|bill|crowd|turnout|attendance|size|damage|losses)\b"
)
_PUT_IT_AT = re.compile(
    rf"(?P<who>{_WHO})\s+(?:put|puts|placed|places)\s+(?:it\s+|them\s+|that\s+|the\s+number\s+|turnout\s+)?at\b"
)
"""A speaker putting a figure "at" a number with no noun for it: "organisers put it at 40,000", "police put at
12,000"."""
_PUTS_AT = re.compile(r"\s(?:put|puts|placed|places)\s+(?:\w+\s+){0,2}?at\b")
"""What every match of ``_PUT_IT_AT`` contains."""
_CITING = re.compile(rf"\b(?:citing|cited\s+by|quoted\s+by)\s+(?P<who>{_WHO})")
_SAY_AFTER_SPACE = re.compile(rf"\s{_SAY}\b")
"""What every match of ``_ATTR_BEFORE`` contains: a cheap test before the slow pattern."""
_PUTS_THE = re.compile(r"\s(?:put|puts|placed|places|gave|gives|set|sets)\s+the\s")
"""What every match of ``_PUT_AT`` contains."""
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "officials", "authorities", "police"})
_WEAK_LEAD = re.compile(r"^(?:the|a|an|and|that|but|as|while|which|who)\s+", re.I)
_TRAIL = re.compile(r"\s+(?:in|on|at|for|of|and|the)$", re.I)


@dataclass(frozen=True)
class Attribution:
    """A speaker cited in a sentence, and where the citing words are."""

    who: str
    start: int
    end: int


def _clean_who(who: str) -> str | None:
    who = who.strip(" ,.\"”“'")
    for _ in range(3):
        who = _WEAK_LEAD.sub("", who)
        who = _TRAIL.sub("", who)
    words = who.split()
    # Keep the last 7 words: "...from ongoing attacks in the region early Friday morning, Kyiv Mayor ..." is cut by
    # the regex already; this guards run-on matches.
    words = words[-7:]
    while words and words[0].lower() in ("of", "for", "and", "at", "in", "the", "a", "an"):
        words = words[1:]
    who = " ".join(words)
    if not who or who.lower() in ("it", "this", "that", "there"):
        return None
    if not any(ch.isalpha() for ch in who):
        return None
    return who


def _before_saying(sentence: str) -> list[re.Match[str]]:
    """The matches of ``_ATTR_BEFORE``, as its ``finditer`` finds them, but looked for from 200 characters before
    each citing verb on: the pattern tries a speaker's name at every position, and most of a sentence is far from
    any "said"."""
    out: list[re.Match[str]] = []
    end = 0
    for say in _SAY_AFTER_SPACE.finditer(sentence):
        if say.end() <= end:
            continue
        m = _ATTR_BEFORE.search(sentence, max(end, say.start() - 200))
        if m is not None:
            out.append(m)
            end = m.end()
    return out


def find_attributions(sentence: str) -> list[Attribution]:
    """Find the speakers a sentence cites, with the offsets of each citing phrase."""
    found: list[Attribution] = []
    for pattern, needed in (
        (_ACCORDING, None),
        (_PUT_AT, _PUTS_THE),
        (_PUT_IT_AT, _PUTS_AT),
        (_CITING, None),
        (_ATTR_AFTER, None),
        (_ATTR_ASIDE, _ASIDE),
        (_ATTR_BEFORE, _SAY_AFTER_SPACE),
    ):
        if needed is not None and not needed.search(sentence):
            continue  # the slow pattern cannot match: it tries a speaker's name at every position
        for m in _before_saying(sentence) if pattern is _ATTR_BEFORE else pattern.finditer(sentence):
            who = _clean_who(m.group("who"))
            if who is None:
                continue
            if any(a.start <= m.start() < a.end or m.start() <= a.start < m.end() for a in found):
                continue
            found.append(Attribution(who, m.start(), m.end()))
    if len(found) > 1:
        # "The city recorded 48.4C on Tuesday, according to the Met Office": a place that recorded a figure is where
        # it was measured, not who reports it, when the sentence names a source too ("Police counted 12,000" stays)
        told = [a for a in found if not (a.who.lower() in _PLACE_WORDS and _MEASURED.search(sentence, a.start, a.end))]
        if told:
            found = told
    found.sort(key=lambda a: a.start)
    return found


_MEASURED = re.compile(r"\b(?:counted|recorded|registered|tallied)\s*$")
_PLACE_WORDS = frozenset("city town village state country region county district province station airport area".split())


_SUBORDINATORS = frozenset(["after", "because", "following", "before", "when", "since", "until", "as", "where"])


def _clauses(tokens: list[Token]) -> list[int]:
    """Clause number of each token: breaks at ';', dashes, contrastive conjunctions and subordinators ("Tens of
    thousands marched | after three people were killed")."""
    out = []
    clause = 0
    for k, t in enumerate(tokens):
        after_comma = k == 0 or tokens[k - 1].text in (",", ";")
        if t.low in _CLAUSE_BREAKS and (t.kind == "sym" or after_comma):
            clause += 1
        elif (
            t.low in _SUBORDINATORS
            and t.kind == "word"
            and k > 0
            and (after_comma or tokens[k - 1].kind == "word")
            and not (t.low == "as" and k >= 2 and tokens[k - 2].low == "as")  # "as many as 300", "as much as"
        ):
            clause += 1
        out.append(clause)
    return out


def _pluralise(word: str) -> str:
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es" if not word.endswith("s") else word
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


_WOUND_KINDS = frozenset(
    "gunshot gun bullet stab knife shrapnel puncture head chest incision entry exit defensive slash".split()
)


_COLLECTIVE_PEOPLE = frozenset("crowd crowds team teams force delegation contingent mob group squad".split())
"""Groups of people a number before "-strong" tells the size of ("a 20,000-strong crowd")."""


def _noun_after(tokens: list[Token], j: int, value_is_one: bool) -> tuple[str | None, int]:
    """Find the counted noun starting at ``j``; returns (noun, index after it)."""
    k = j
    skipped = 0
    n = len(tokens)
    if k < n and tokens[k].low == "of":
        k += 1
        while k < n and (
            tokens[k].low in ("the", "those", "these", "their", "its", "his", "her", "our")
            or tokens[k].low.endswith(("'s", "’s"))
            or tokens[k].kind == "num"
            or tokens[k].low in _NUMBER_WORDS
        ):
            k += 1
    strong = k + 2 < n and tokens[k].text in "-‐" and tokens[k + 1].low == "strong" and _adjacent(tokens, k + 1)
    if strong and tokens[k + 2].low in _COLLECTIVES:
        return _COLLECTIVES[tokens[k + 2].low], k + 3  # "a 1,200-strong workforce": 1,200 employees
    if strong and tokens[k + 2].low in _COLLECTIVE_PEOPLE:
        return "people", k + 3  # "a 20,000-strong crowd", "a five-strong team": so many people in it
    if (
        k + 1 < n
        and tokens[k].text in "-‐"
        and tokens[k + 1].low in COUNTED_BEFORE_NOUN
        and tokens[k + 1].low != "strong"
        and _adjacent(tokens, k)
        and _adjacent(tokens, k + 1)
    ):
        return _pluralise(tokens[k + 1].low), k + 2  # "a 40-bed ward": 40 beds
    while k < n and skipped < 5:
        t = tokens[k]
        if t.low == "head" and k + 2 < n and tokens[k + 1].low == "of" and tokens[k + 2].kind == "word":
            return tokens[k + 2].low, k + 3  # "1,200 head of livestock": livestock
        if t.low == "wounds" or (k + 1 < n and t.low in _WOUND_KINDS and tokens[k + 1].low == "wounds"):
            return "wounds", k + (1 if t.low == "wounds" else 2)  # "three gunshot wounds": wounds, not the wounded
        if t.kind == "sym":
            if t.text in "-‐" and k + 1 < n:
                k += 1  # a hyphen joins the words of one modifier ("Shahed-type attack drones"): no word skipped
                continue
            return None, k
        w = t.low
        if w in _PREDICATES and w not in (
            "damage",
            "toll",
            "lives",
            "bodies",
            "death",
            "deaths",
            "fatalities",
            "injuries",
            "arrests",
            "evacuees",
            "infections",
            "layoffs",
        ):
            # "50 wounded soldiers", "the two evacuated apartment buildings": an event word used as an adjective
            # before the noun, or before a modifier and the noun.
            if k + 1 < n and tokens[k + 1].kind == "word" and (
                _is_noun(tokens[k + 1].low)
                or (
                    k + 2 < n
                    and tokens[k + 2].kind == "word"
                    and tokens[k + 1].low not in _STOP_SKIP
                    and tokens[k + 1].low not in _NUMBER_WORDS
                    and _is_noun(tokens[k + 2].low)
                )
            ):
                k += 1
                skipped += 1
                continue
            return None, k
        if w in _IRREGULAR:
            return _IRREGULAR[w], k + 1
        if w in _PEOPLE or w in _WEAPONS or w in _STRUCTURES or w in _ECONOMY_SUBJECTS:
            if k + 1 < n and tokens[k + 1].kind == "word":
                head = tokens[k + 1].low
                if head in _PEOPLE or head in _WEAPONS or head in _STRUCTURES or head in _ECONOMY_SUBJECTS:
                    return head, k + 2  # "artillery strikes", "police officers", "apartment buildings"
            return w, k + 1
        if w in _ADJECTIVES_SKIP or (
            t.text[0].isupper() and k > j and skipped < 2 and k + 1 < n and tokens[k + 1].kind == "word"
        ):
            k += 1
            skipped += 1
            continue
        if t.text[0].isupper() and k == j and k + 1 < n and tokens[k + 1].kind == "word":
            k += 1  # "120 Ukrainian soldiers", "40 Palestinians"
            skipped += 1
            # a name joined by "of" or "for" is one modifier: "Two Ministry of Labour inspectors"
            end = k
            while end + 1 < n and tokens[end].low in ("of", "for") and tokens[end + 1].text[0].isupper():
                end += 2
                while end < n and tokens[end].kind == "word" and tokens[end].text[0].isupper():
                    end += 1
            if end > k and end < n and tokens[end].kind == "word" and tokens[end].text[0].islower():
                k = end
            continue
        if len(w) > 2 and _looks_plural(w) and w not in _NOT_NOUNS:
            return w, k + 1
        if value_is_one and w.isalpha() and w not in _NOT_NOUNS and w not in _ADVERBS and len(w) > 2:
            if k + 1 < n and tokens[k + 1].kind == "word":
                head = _pluralise(tokens[k + 1].low)
                if head in _PEOPLE or head in _WEAPONS or head in _STRUCTURES:
                    return head, k + 2  # "one transit officer", "one volunteer firefighter": the noun after
            return _pluralise(w), k + 1
        # "15,000 rail workers", "12 water-bombing aircraft": a modifier or two before a countable noun.
        if skipped < 4 and w.isalpha() and w not in _NOT_NOUNS and w not in _STOP_SKIP and _noun_ahead(tokens, k + 1):
            k += 1
            skipped += 1
            continue
        return None, k
    return None, k


_STOP_SKIP = frozenset(
    """the a an of in on at to from by with for and or but as than that this who which were was are is be been will
    would had has have more less per each after before when while since until because during into onto across
    through among against between within without""".split()
)
"""Words a counted noun never follows a number past: "the death toll has risen to 23 after rescuers reached the last
four missing men" counts no rescuers."""


def _shared_head(tokens: list[Token], mention: Mention, following: Mention) -> str | None:
    """Two counts, each with a modifier of its own, sharing the noun after the second: "47 confirmed and 9 probable
    cases" counts 47 cases, as "12 new and 30 existing schools" counts 12 schools."""
    k = mention.last_token
    if following.kind is not Kind.COUNT or following.first_token != k + 2 or tokens[k + 1].low not in ("and", "or"):
        return None
    j = following.last_token
    if j + 1 >= len(tokens):
        return None
    for modifier in (tokens[k], tokens[j]):
        if (
            modifier.kind != "word"
            or modifier.low in _STOP_SKIP
            or modifier.low in _ADVERBS
            or modifier.low.endswith("ly")
            or _is_noun(modifier.low)
        ):
            return None  # not "30 overnight and 12 injured firefighters", "3 here and 5 nearby villagers"
    noun, end = _noun_after(tokens, j + 1, False)
    return noun if end == j + 2 else None


_MARKER_WORDS = frozenset("km kilometre kilometer milepost".split())
"""Words right before a figure that names a point on a road: "at km 74.5", "at kilometre 75"."""
_MARKER_BEFORE = _MARKER_WORDS | {"mile"}
"""Words before "stone", "marker" or "post" and a figure: "kilometre stone 128", "mile marker 42"."""


def _road_marker(tokens: list[Token], first: int) -> bool:
    """The figure at ``first`` names a point on a road by its distance marker: "at km 74.5", "at kilometre 75",
    "kilometre stone 128", "mile marker 42", "milepost 12"."""
    if first < 1 or tokens[first - 1].kind != "word":
        return False
    word = tokens[first - 1].low
    if word in _MARKER_WORDS:
        return True
    return word in ("stone", "marker", "post") and first >= 2 and tokens[first - 2].low in _MARKER_BEFORE


def _group_named_before(tokens: list[Token], first: int) -> str | None:
    """The nearest plural noun before ``first`` (a group "them" may name): "Rowdy MPs rammed through the bill, with
    185 of them voting" (MPs); None when there is none."""
    for k in range(first - 1, -1, -1):
        t = tokens[k]
        if t.kind != "word" or "'" in t.text or "’" in t.text:
            continue
        if _is_noun(t.low) or re.fullmatch(r"[A-Z]{2,}s", t.text):
            return t.low
    return None


def _is_noun(word: str) -> bool:
    if word in _IRREGULAR or word in _PEOPLE or word in _WEAPONS or word in _STRUCTURES or word in _ECONOMY_SUBJECTS:
        return True
    return len(word) > 3 and _looks_plural(word) and word not in _NOT_NOUNS and word not in _PREDICATES


_PLURALS_IN_US = frozenset("menus gurus emus haikus".split())


def _looks_plural(word: str) -> bool:
    """A word that reads as a plural by its ending: "drivers", "routes"; not "-ss" ("press") nor "-us" ("bus",
    "virus", "campus", "census", "bonus"), but for a few plurals of words in "-u" ("menus")."""
    if not word.endswith("s") or word.endswith("ss"):
        return False
    return not word.endswith("us") or word in _PLURALS_IN_US


def _noun_ahead(tokens: list[Token], k: int) -> bool:
    """Is a countable noun within the next four words (hyphens allowed)?"""
    seen = 0
    while k < len(tokens) and seen < 4:
        t = tokens[k]
        if t.text in "-‐":
            k += 1
            continue
        if t.kind != "word" or t.low in _STOP_SKIP:
            return False
        if _is_noun(t.low):
            return True
        seen += 1
        k += 1
    return False


def _coordinated(tokens: list[Token], k: int, noun: str) -> str:
    """Extend "missiles" to "missiles and drones" when another plural noun is coordinated without a number. Two
    groups of people counted together ("241 passengers and crew", "30 students and staff") are people in general:
    the total, not either group."""
    n = len(tokens)
    if k + 1 < n and tokens[k].low in ("and", "or") and tokens[k + 1].kind == "word":
        other = tokens[k + 1].low
        if _speaks(tokens, k + 1) or other in _NOT_NOUNS or other in _PREDICATES:
            return noun
        if other in _VAGUE_COUNTS and k + 2 < n and tokens[k + 2].low == "of":
            return noun  # "Twenty fire engines and scores of firefighters": another count, of its own noun
        if noun in _PEOPLE and other in _PEOPLE and other != noun:
            return "people"
        if other.endswith("s"):
            return f"{noun} and {other}"
    return noun


_VAGUE_COUNTS = frozenset("scores dozens hundreds thousands millions tens".split())
_SPEAKERS = frozenset("organisers organizers officials authorities witnesses sources".split())
_SPEAKING = frozenset(
    """said say says put puts estimated estimate estimates claimed claim claims told reported gave give counted
    now""".split()
)


def _speaks(tokens: list[Token], k: int) -> bool:
    """The noun at ``k`` starts a speaker's clause, not a second counted thing: "police estimated 12,000 people and
    organisers put it at 40,000", "... and organisers Stroomopwaarts said"; not "killed 10 soldiers and officials"."""
    if tokens[k].low not in _SPEAKERS or k + 1 >= len(tokens):
        return False
    after = tokens[k + 1]
    # "organisers Stroomopwaarts put ...", "organisers said", "organisers at 20,000", "organisers, the coalition, ..."
    if after.low == "at":
        return k + 2 < len(tokens) and tokens[k + 2].kind == "num"
    return after.low in _SPEAKING or after.text == "," or (after.kind == "word" and after.text[0].isupper())


_TOLL_PREDICATES = {
    "deaths": "killed",
    "fatalities": "killed",
    "dead": "killed",
    "deceased": "killed",
    "bodies": "killed",
    "corpses": "killed",
    "injuries": "injured",
    "injured": "injured",
    "wounded": "injured",
}
"""Nouns that name what happened to those counted: "six deaths" counts people killed."""

_LIFE_TAKING = frozenset(
    "claimed claiming claims claim cost costing costs took taking takes take lost losing lose ended".split()
)
"""Verbs that make a count of lives a death toll: "claimed 19 lives", "cost 12 lives", "40 lives were lost"."""


def _lives_taken(tokens: list[Token], first: int, end: int, clause_of: list[int] | None = None) -> bool:
    """Whether a verb that takes lives stands within three tokens of ``tokens[first:end]`` (in its clause, when
    ``clause_of`` is given): "the storm claimed at least 19 lives", "some 40 lives were lost", "lost their lives";
    not lives saved or changed, nor "who lives nearby"."""
    near = [k for k in range(max(0, first - 3), min(len(tokens), end + 3)) if not first <= k < end]
    if clause_of is not None:
        near = [k for k in near if clause_of[k] == clause_of[first]]
    return any(tokens[k].low in _LIFE_TAKING for k in near)


_HEDGE_WORDS = frozenset(
    "about around some nearly almost roughly approximately more than over at least up to an estimated".split()
)
"""Words of a hedge that may stand between a verb and its figure ("carrying about 150 people")."""


_NO_DEATH_AFTER = frozenset("sentence sentences penalty row warrant warrants threat threats".split())


def _event_word(tokens: list[Token], k: int) -> bool:
    """Whether token ``k`` names what happened to those counted. "lives" does only when lives are taken ("lost
    their lives", "took the lives of nine"), not in "who lives nearby" or "Black Lives Matter"."""
    word = tokens[k].low
    if word not in _PREDICATES:
        return False
    if word == "lives":
        return tokens[k].text == "lives" and _lives_taken(tokens, k, k + 1)
    if word in ("death", "deaths") and k + 1 < len(tokens) and tokens[k + 1].low in _NO_DEATH_AFTER:
        return False  # "refused to impose a death sentence", "on death row": a penalty, no death
    if word == "deceased" and k + 1 < len(tokens) and tokens[k + 1].kind == "word":
        return tokens[k + 1].low in _AFTER_DECEASED  # not "accounts of deceased customers"
    if word == "board":
        return k >= 1 and tokens[k - 1].low == "on"  # "on board"; not "the board", "board members"
    if word == "boarded":
        return k + 1 < len(tokens) and tokens[k + 1].low != "up"  # "196 persons had boarded the boat"; not "boarded up"
    if word in ("carrying", "carried"):
        # "carrying 230 people", "carrying about 150 people", "carrying more than 200"; not "carrying out"
        j = k + 1
        while j < len(tokens) and j <= k + 3 and tokens[j].low in _HEDGE_WORDS:
            j += 1
        return j < len(tokens) and tokens[j].kind == "num"
    if word == "custody":
        return k >= 1 and tokens[k - 1].low == "into"  # "taken into custody"; not "in custody", "custody of"
    if word == "downed":
        return not (k + 1 < len(tokens) and tokens[k + 1].low == "tools")  # "downed tools" is a strike
    if word in ("bodies", "corpses") and k >= 1:
        # "nine bodies", "two more bodies", "the bodies of", not "three regulatory bodies"
        return tokens[k - 1].kind == "num" or tokens[k - 1].low in _BEFORE_BODIES
    return True


_BEFORE_BODIES = frozenset(
    "the of more further other their those these charred burned burnt decomposed mutilated unidentified dead".split()
)
"""Words before "bodies" that keep it the dead's bodies ("two more bodies", "the charred bodies", "the number of
bodies")."""


def _names_the_toll(tokens: list[Token], mention: Mention, after_noun: int) -> bool:
    """Whether a count's noun names the toll: "six deaths", "nine bodies", "two more bodies"; not "three regulatory
    bodies" or "four local bodies of water", where a word between the figure and "bodies" makes them something else."""
    noun = after_noun - 1
    if noun < 0 or tokens[noun].low not in ("bodies", "corpses"):
        return True
    return all(tokens[k].low in _BEFORE_BODIES for k in range(mention.last_token, noun)) and not (
        after_noun + 1 < len(tokens) and tokens[after_noun].low == "of" and tokens[after_noun + 1].low == "water"
    )


_AFTER_DECEASED = frozenset("were was are is had have has and or in at on of from who whom included".split())
"""Words after "deceased" as a noun ("three of the deceased were"); before any other word it is an adjective."""


_EVENT_NOUNS = frozenset(
    {
        "deaths",
        "fatalities",
        "casualties",
        "injuries",
        "cases",
        "victims",
        "dead",
        "infections",
        "arrests",
        "evacuations",
        "hospitalisations",
        "hospitalizations",
    }
)


def subject_class(subject: str | None) -> str | None:
    """A coarse class for matching subjects across sources: "people", "weapons", "structures", or the noun."""
    if subject is None:
        return None
    head = subject.split(" and ")[0]
    if head in _HOUSEHOLDS:
        return "households"
    if head in _PEOPLE or head in _ALSO_PEOPLE or head in _EVENT_NOUNS:
        return "people"
    if head in _WEAPONS:
        return "weapons"
    if head in _STRUCTURES:
        return "structures"
    if head in _VEHICLES:
        return "vehicles"
    if head in _PLACES:
        return "places"
    return _ONE_THING.get(head, head)


_HOUSEHOLDS = frozenset("family families household households".split())
"""Nouns that count homes' people as groups: "1,146 persons belonging to 312 families" gives two counts, not one."""

_ONE_THING = {
    "tenders": "engines",
    "blazes": "fires",
    "appliances": "engines",
    "tablets": "pills",
    "vessels": "ships",
    "firearms": "guns",
    "lorries": "trucks",
    "positions": "jobs",
    "roles": "jobs",
    "posts": "jobs",
    "procedures": "operations",
    "surgeries": "operations",
    "packets": "packs",
    "journeys": "trips",
}
"""Nouns newsrooms use for one thing: "18 fire tenders", "15 fire engines" and "20 fire appliances" count fire
engines; "1,400 pills" and "more than 1,000 tablets", "62 ships" and "more than 60 vessels", "a dozen guns" and "14
firearms" count one thing."""


_ALSO_PEOPLE = frozenset(
    """policemen personnel newborns pensioners retirees beneficiaries recipients farmers tenants cops gardaí gardai
    gendarmes constables warders guards rescuers occupants""".split()
)
"""Plural nouns that name people, classed with them for matching though not used to read a count's noun: "about 400
officers" and "over 350 personnel", "three members of the Garda" and "two cops", "11 infants" and "13 newborns", "1.6
million pensioners" and "1,612,000 people who receive the minimum pension" may count one group."""


HAPPENS_TO_PEOPLE = frozenset(
    {"killed", "injured", "missing", "hospitalised", "evacuated", "displaced", "rescued", "arrested", "infected"}
    | {"aboard"}
)


def counted_class(subject: str | None, predicate: str | None) -> str | None:
    """What a count counts, coarsely (see :func:`subject_class`): a count of whatever was killed, injured, missing,
    rescued or arrested counts people ("three ski tourers died", "two climbers were rescued"), whatever the noun."""
    found = subject_class(subject)
    if predicate in HAPPENS_TO_PEOPLE and found not in ("weapons", "structures", "places", "households"):
        return "people"
    return found


_NEGATIONS = frozenset(["not", "no", "never", "without", "nobody", "none", "n't"])


def _negated(tokens: list[Token], k: int) -> bool:
    """ "were not hurt", "no one was killed": the event word is denied. "hoped to kill hundreds", "threatened to
    kill 20": it is only meant, not done."""
    if k >= 2 and tokens[k - 1].low == "to" and tokens[k - 2].low in _INTENT:
        return True
    return any(tokens[j].low in _NEGATIONS for j in range(max(0, k - 2), k))


_INTENT = frozenset(
    """hoped hoping hopes planned planning plans plotted plotting plots tried trying tries attempted attempting
    threatened threatening threatens wanted wanting wants intended intending intends sought seeking seeks vowed
    vowing vows aimed aiming aims meant going""".split()
)


def _not_a_death_toll(tokens: list[Token], k: int) -> bool:
    """ "toll-free", "toll road", "toll booth": a toll that counts no dead."""
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return nxt is not None and (nxt.text in "-‐" or nxt.low in ("road", "roads", "booth", "booths", "bridge", "free"))


_AGENT_MARKERS = frozenset(
    """accused suspected charged convicted arrested held wanted guilty responsible jailed sentenced detained
    questioned indicted blamed connection""".split()
)
_TRANSITIVE = frozenset(
    """killed kill kills murdered slain executed butchered massacred slaughtered injured injures wounded hurt
    maimed""".split()
)


_BODILY = frozenset(["killed", "injured", "hospitalised", "infected"])
_PASSIVE = frozenset("was were is are be been being got get".split())
_HOLDERS = frozenset(
    """father mother parent dad mom mum grandfather grandmother grandparent community town city village
    population county district""".split()
)


def _agent(tokens: list[Token], k: int) -> bool:
    """The event word at ``k`` names what the counted people did, not what befell them: "accused of killing",
    "held in the killing of", "charged with murdering", "the men who killed him"."""
    j = k - 1
    if j >= 0 and tokens[j].low == "who":
        return tokens[k].low in _TRANSITIVE and not (k + 1 < len(tokens) and tokens[k + 1].low in ("in", "on", "at"))
    if j >= 0 and tokens[j].low in ("the", "a"):
        j -= 1
    return j >= 1 and tokens[j].low in ("of", "with", "for", "in", "to") and tokens[j - 1].low in _AGENT_MARKERS


def _group_event(tokens: list[Token], k: int) -> bool:
    """Whether an event word right after a group names what befell the whole group: "one of the three people
    killed", "one of the two people who died", "one of the five shot and killed"."""
    if k < len(tokens) and tokens[k].low in _FINITE:
        return False  # "two of the four victims had died": the verb is the part's, and the group is only counted
    for j in range(k, min(len(tokens), k + 4)):
        if tokens[j].low in ("who", "that", "were", "had", "have", "been", "shot", "and"):
            continue
        return _event_word(tokens, j)
    return False


_DASHES = frozenset("- – —".split())
"""Dashes that open and close an apposition ("--" is read as two "-")."""
_FINITE = frozenset("had have has were was are is".split())
"""Finite forms of "be" and "have"."""
_OWN_VERB_AFTER_NOUN = _FINITE | frozenset("remain remained remains ended stayed went".split())
"""Verbs that start a figure's own clause after "and" ("and three others ended up in hospital")."""


_COUNTING_VERBS = frozenset(
    """aged included numbered totalled totaled reached exceeded topped surpassed passed estimated reported confirmed
    recorded registered counted listed put raised lowered revised increased decreased climbed rose risen""".split()
)


def _own_verb(token: Token) -> bool:
    """A past-tense verb that is no event word and does not report a count ("seized", "bought"), or a participle that
    drives or leaves people ("driving about 500 people from 11 villages"): the figure after it is its object."""
    word = token.low
    if word in _DRIVING:
        return True
    return word.endswith("ed") and len(word) > 4 and word not in _PREDICATES and word not in _COUNTING_VERBS


_DRIVING = frozenset("driving sending pushing prompting".split())


def _to_hospital(tokens: list[Token], k: int) -> bool:
    """Token ``k`` ends "to hospital", "in hospital", "to hospitals", "needed hospital care": those counted were taken
    there or stay there.
    ("Hospital officials" and "outside the hospital" say nothing about them.)"""
    word = tokens[k].low
    if word not in ("hospital", "hospitals"):
        return False
    if 0 < k < len(tokens) - 1 and tokens[k - 1].low in _NEEDED and tokens[k + 1].low in ("care", "treatment"):
        return True  # "nine have needed hospital care", "three required hospital treatment"
    j = k - 1
    while j > 0 and k - j <= 2 and tokens[j].low in _HOSPITAL_MODIFIERS:
        j -= 1  # "to a local hospital", "to area hospitals", "in the hospital"
    if j >= 0 and tokens[j].low in ("to", "into"):
        return True
    if word == "hospital" and tokens[k].text == "Hospital":
        # a hospital's name: "to Mercy Hospital", "to St. Luke's Hospital", "to the Royal London Hospital"
        j = k - 1
        while j > 0 and k - j <= 5 and (tokens[j].text[:1].isupper() or tokens[j].text in (".", "'")):
            j -= 1
        if j < k - 1 and tokens[j].low == "the" and j > 0:
            j -= 1
        return j < k - 1 and tokens[j].low in ("to", "into")
    # "12 remain in hospital", "are being treated in the hospital"; not "three nurses in the hospital were killed"
    return j >= 1 and tokens[j].low == "in" and word == "hospital" and tokens[j - 1].low in _IN_HOSPITAL_AFTER


_IN_HOSPITAL_AFTER = frozenset(
    """remain remained remains remaining are were is was be being been treated admitted stay stays stayed staying still
    now kept lay lies lying recovering hospitalised hospitalized up landed""".split()
)
_NEEDED = frozenset("needed need needs needing required require requires requiring received receiving".split())
_HOSPITAL_MODIFIERS = frozenset("the a an local area nearby two three several various different regional".split())



_PULLED = frozenset("pulled plucked hauled winched fished lifted airlifted dragged recovered".split())
_OUT_OF = frozenset(
    "water waters sea seas ocean river lake waves surf rubble debris wreckage ruins floodwaters".split()
)
_REMAINS = frozenset("bodies body corpses remains dead".split())
_BETWEEN_PULLED = frozenset("were was been being are is have has had alive safely later all".split())


def _from_the_water(tokens: list[Token], k: int) -> bool:
    """Tokens after ``k`` say "from the water", "out of the sea", "alive from the rubble" (not "the river bank")."""
    for j in range(k + 1, min(len(tokens), k + 4)):
        if tokens[j].low == "from" or (tokens[j].low == "of" and tokens[j - 1].low == "out"):
            for m in range(j + 1, min(len(tokens), j + 4)):
                if tokens[m].low in _OUT_OF:
                    return not (m + 1 < len(tokens) and tokens[m + 1].low in ("bank", "banks", "side", "front"))
            return False
    return False


def _pulled_out(tokens: list[Token], mention: Mention, after_noun: int) -> bool:
    """ "plucked 29 people from the sea", "12 survivors were pulled from the water": those counted were rescued.
    Not bodies ("recovered nine bodies from the river", "pulled 12 dead from the rubble"), nor things ("recovered
    five cars"), nor those something else befell first ("drowned and were pulled from the sea"); "recovered" only
    with a noun for people ("divers recovered 12 from the river" may be bodies)."""
    noun = tokens[mention.last_token : after_noun]
    if any(t.low in _REMAINS for t in noun) or (noun and subject_class(noun[-1].low) != "people"):
        return False
    if after_noun < len(tokens) and tokens[after_noun].low in _REMAINS:
        return False
    first = mention.first_token
    if first >= 1 and tokens[first - 1].low in _PULLED:
        if tokens[first - 1].low == "recovered" and not noun:
            return False
        return _from_the_water(tokens, after_noun - 1)
    for k in range(after_noun, min(len(tokens), after_noun + 4)):
        if tokens[k].low in _PULLED:
            return _from_the_water(tokens, k)
        if tokens[k].low not in _BETWEEN_PULLED:
            return False  # "Of the 40 passengers, 12 were pulled ...": the 12 were, not the 40
    return False


_BROUGHT = frozenset("brought pulled carried dug got hauled lifted led airlifted winched freed found".split())


def _brought_out_alive(tokens: list[Token], mention: Mention, after_noun: int, clause_of: list[int]) -> bool:
    """ "brought 12 men out alive", "Fourteen of them were brought to the surface alive", "two were found alive",
    "pulled 95 miners to safety", "97 people had been safely brought to the surface": those counted were rescued. The
    verb is right before the figure or just after its noun, and "alive" or "to safety" follows within the clause (or
    "safely" comes before the verb); never bodies or things."""
    noun = [t for t in tokens[mention.last_token : after_noun] if t.low not in ("of", "them", "whom", "those")]
    if any(t.low in _REMAINS for t in noun) or (noun and subject_class(noun[-1].low) != "people"):
        return False
    n = len(tokens)
    first = mention.first_token
    of = _of_before(tokens, first)
    if of >= 0 and not (of >= 1 and tokens[of - 1].low == "total"):
        return False  # "only two of the 33 miners were brought out alive", "none of the 12 was found alive"
    if first >= 1 and tokens[first - 1].low in _BROUGHT:
        verb = first - 1
    else:
        k = after_noun
        while k < n and tokens[k].low in ("of", "them", "whom", "those", "these"):
            k += 1  # "Fourteen of them were brought ..."
        while k < n and tokens[k].low in _BETWEEN_PULLED - {"alive"}:
            k += 1
        if k >= n or tokens[k].low not in _BROUGHT:
            return False
        verb = k
    if tokens[verb].low == "found":
        # "were found alive", "found three alive": "alive" right after the verb or the figure's noun
        return any(j < n and tokens[j].low == "alive" for j in (verb + 1, after_noun))
    for j in range(verb + 1, min(n, verb + 8)):
        if clause_of[j] != clause_of[first] or tokens[j].text in (",", ";"):
            return False
        if tokens[j].low in ("and", "but", "or", "still") or tokens[j].low in _REMAINS or _event_word(tokens, j):
            return False  # "found 40 people dead and only two alive", "were still alive when ..."
        if tokens[j].low == "alive" or (tokens[j].low == "safety" and tokens[j - 1].low == "to"):
            return True
    return tokens[verb - 1].low == "safely" if verb >= 1 and tokens[verb].low != "found" else False


_OF_THE_ENDS = frozenset("said says say told which who whom whose that according".split())
"""Words after which a count no longer belongs to the group an opening "Of the 247 miners ..." names."""
_TALLY_VERBS = frozenset("rose risen climbed jumped increased grown grew stood stands mounted soared surged".split())
"""Verbs of a tally that rose to, or stood at, the figure after them ("climbed to 57", "stood at 57")."""
_TALLY_REACHED = frozenset("reached reaches hit hits topped tops".split())
"""Verbs of a tally whose object is the figure ("reached 57")."""
_TALLY_BREAKS = frozenset(",;:".split() + ["but", "while", "whereas", "although", "though"])
_AFTER_TALLY_EVENT = frozenset(
    """in at on from since after during by across over as this last so has have had was were is are rose climbed
    risen stood jumped increased grew mounted reached hit""".split()
)
"""Words that may follow the event word of "the number of people killed": it ends the tally's name ("killed in the
crash", "killed has risen"), unlike "the number of killed soldiers' families"."""


def _tally_at_head(tokens: list[Token], verb: int, others: list[Mention]) -> str | None:
    """What the tally that rose to the figure after ``verb`` counts, when the tally is named before the verb in the same
    stretch of the sentence (no comma, "but" or "while" between): "The death toll from the quake that struck the
    province early Tuesday climbed to 57" (killed), "The number of people injured in the blast has risen to 120"
    (injured). Not a toll of a road ("the toll charged on the motorway"), nor a number of things named after the event
    word ("the number of hospitals treating the injured"); and not when another figure comes first (the tally is then
    that figure's; a date or a time, as in a dateline, is no such figure)."""
    if any(m.first_token < verb and m.kind not in (Kind.DATE, Kind.TIME) for m in others):
        return None
    for k in range(verb - 1, max(-1, verb - 30), -1):
        word = tokens[k].low
        if word in _TALLY_BREAKS:
            return None
        if word == "toll":
            named = (k >= 1 and tokens[k - 1].low in ("death", "casualty", "fatality")) or (
                k + 1 < verb and tokens[k + 1].low in ("from", "in", "of", "after")
            )
            return "killed" if named and not _not_a_death_toll(tokens, k) else None
        if word == "of" and k >= 1 and tokens[k - 1].low in ("number", "tally", "count"):
            j = k + 1
            if j < verb and not _event_word(tokens, j) and subject_class(tokens[j].low) == "people":
                j += 1  # "the number of people killed"
            if (
                j < verb
                and _event_word(tokens, j)
                and not _negated(tokens, j)
                and (j + 1 == verb or tokens[j + 1].low in _AFTER_TALLY_EVENT or tokens[j + 1].text == ",")
            ):
                return _PREDICATES[tokens[j].low]
            return None
    return None


_HEAD_ENDS = frozenset(
    """in at on of for from with without across over under after before during since by who which that as to
    has have had is are was were""".split()
)
"""Words that end the noun phrase a tally counts ("the number of measles cases in the province")."""


_COLLECTIVES = {
    "workforce": "employees",
    "headcount": "employees",
    "payroll": "employees",
    "staff": "staff",
    "crew": "crew",
    "membership": "members",
}
"""Nouns of a group told by its size, and what the size counts: "a workforce of 3,100" counts employees, "a crew of 23"
the crew."""
_COLLECTIVE_TO = frozenset("fell dropped shrank declined rose grew climbed increased stood stands was is".split())


def _collective(tokens: list[Token], first: int) -> str | None:
    """What a count told as a group's size counts (see :data:`_COLLECTIVES`): "a workforce of 3,100", "Headcount of
    41,350", "its headcount fell to 41,350", "The crew was 23"; None otherwise."""
    k = first - 1
    if k >= 1 and tokens[k].low in ("to", "at") and tokens[k - 1].low in _COLLECTIVE_TO:
        k -= 2  # "headcount fell to", "staff stood at"
    elif k >= 0 and tokens[k].low in ("of", "was", "is", "stood", "stands", "totalled", "totaled", "numbered"):
        k -= 1
    else:
        return None
    return _COLLECTIVES.get(tokens[k].low) if k >= 0 else None


def _tally_noun(tokens: list[Token], first: int, others: list[Mention]) -> str | None:
    """What a tally named at the head of the sentence counts, when the figure is what it rose to or reached: "The number
    of suspected cholera cases in Beira has climbed to 1,248" counts cases (see :func:`_tally_at_head`)."""
    verb = None
    if first >= 1 and tokens[first - 1].low in _TALLY_REACHED:
        verb = first - 1
    elif first >= 2 and tokens[first - 1].low in ("to", "at"):
        verb = first - 2
        if tokens[verb].low.endswith("ly") and verb >= 1:
            verb -= 1
        if tokens[verb].low not in _TALLY_VERBS:
            return None
    if verb is None or any(m.first_token < verb and m.kind not in (Kind.DATE, Kind.TIME) for m in others):
        return None
    for k in range(verb - 1, max(-1, verb - 30), -1):
        if tokens[k].low in _TALLY_BREAKS:
            return None
        if tokens[k].low == "of" and k >= 1 and tokens[k - 1].low in ("number", "tally", "count"):
            # the head noun: the last noun before a preposition or the verb ("confirmed measles cases in the
            # province": cases), past a possessive ("killed soldiers' families": families)
            head = None
            for j in range(k + 1, min(verb, k + 7)):
                if tokens[j].kind != "word" and tokens[j].text not in ("'", "’", "-", "‐"):
                    break
                if tokens[j].low in _HEAD_ENDS:
                    break
                if _is_noun(tokens[j].low) and not (j + 1 < verb and tokens[j + 1].text in ("'", "’")):
                    head = tokens[j].low
            return head
    return None


_FORCING = frozenset("forcing forced forces force driving drove driven".split())


def _driven_from_homes(tokens: list[Token], first: int, after_noun: int) -> bool:
    """ "forcing about 1,200 residents from their homes", "forced 300 families out of their homes", "drove 5,000
    people to flee": the people counted left their homes, as those who "fled" them."""
    if first < 1 or tokens[first - 1].low not in _FORCING:
        return False
    words = [t.low for t in tokens[after_noun : after_noun + 6]]
    if words[:2] == ["to", "flee"] or words[:1] == ["to"] and words[1:2] in (["evacuate"], ["leave"]):
        return True
    return bool(words) and words[0] in ("from", "out") and any(w in ("home", "homes", "houses") for w in words)


_WHERE_FROM = frozenset("from in of across inside at".split())
_WHERE_LIVING = frozenset("living staying sheltering".split())
_CONTAINERS = frozenset(
    """cars vehicles buses boats houses homes buildings blocks schools hospitals shelters camps flats apartments
    dormitories""".split()
)
"""Things people are in, which a count of them may name on the way to what befell them ("12 people in three cars were
injured")."""


_NEW_SUBJECT = frozenset("a an another one his her their its the".split())
_DID_VERBS = frozenset(
    """fell became fled went came got ran stayed remained sought took suffered""".split()
)
"""Verbs after a count that tell what its people did or became, before "and" starts another subject: "fell ill",
"became sick", "sought treatment"."""


def _past_where(tokens: list[Token], start: int, others: list[Mention]) -> int:
    """Where the words about what befell a count of people start, past a count of places or things they are from or
    in: "2,874 people from 11 villages have been evacuated", "2,340 citizens living in seven neighbourhoods were
    evacuated", "12 people in three cars were injured", "1,146 persons belonging to 312 families have been relocated"
    (the verb is the people's, not the villages', the cars' or the families')."""
    k = start
    if k + 1 < len(tokens) and tokens[k].low == "belonging" and tokens[k + 1].low == "to":
        k += 1  # "1,146 persons belonging to 312 families have been relocated"
    else:
        if k < len(tokens) and tokens[k].low in _WHERE_LIVING:
            k += 1
        if k >= len(tokens) or tokens[k].low not in _WHERE_FROM:
            return start
    inner = next((m for m in others if m.first_token in (k + 1, k + 2) and m.kind is Kind.COUNT), None)
    if inner is None or (inner.first_token == k + 2 and tokens[k + 1].low not in ("the", "some", "about", "around")):
        return start
    noun, end = _noun_after(tokens, inner.last_token, inner.quantity.nominal == 1)
    if noun is None or (noun not in _PLACES and noun not in _CONTAINERS and noun not in _HOUSEHOLDS):
        return start
    return end


_MOVED = frozenset("moved ordered told".split())
_HOMES = frozenset("home homes houses house".split())


def _out_of_homes(tokens: list[Token], k: int) -> bool:
    """Whether token ``k`` begins "moved out of their homes" or "ordered out of their houses": those counted left their
    homes, as those who fled them. Not "forced from their homes", which writers tell of the evacuated and of the
    displaced alike."""
    if tokens[k].low not in _MOVED:
        return False
    words = [t.low for t in tokens[k + 1 : k + 5]]
    if not words or words[0] not in ("out", "from"):
        return False
    return any(w in _HOMES for w in words[1:])


def _died_after(tokens: list[Token], start: int, stop: int, clause_of: list[int], clause: int) -> bool:
    """A death told later in the clause, after a verb of its own: "(two infants with confirmed infection) have died",
    "(three patients with cholera) later died"."""
    for k in range(start, stop):
        if clause_of[k] != clause or tokens[k].text == ",":
            return False
        if _event_word(tokens, k) and _PREDICATES[tokens[k].low] == "killed" and not _negated(tokens, k):
            return True
    return False


def _find_predicate(
    tokens: list[Token], mention: Mention, after_noun: int, clause_of: list[int], others: list[Mention]
) -> str | None:
    n = len(tokens)
    first = mention.first_token
    clause = clause_of[first]
    if _pulled_out(tokens, mention, after_noun) or _brought_out_alive(tokens, mention, after_noun, clause_of):
        return "rescued"
    if first >= 2 and tokens[first - 1].low == "of" and tokens[first - 2].low in _HOLDERS:
        return None  # "a father of four", "a town of about 4,500": who the figure counts is not the victims
    of = _of_before(tokens, first)
    if (
        of >= 1
        and (tokens[of - 1].kind == "num" or tokens[of - 1].low in _NUMBER_WORDS)
        and not _group_event(tokens, after_noun)
    ):
        return None  # "one of the four was pronounced dead": what befell the part, not the whole group
    if (
        of >= 2
        and tokens[of - 1].kind == "word"
        and (tokens[of - 2].kind == "num" or tokens[of - 2].low in _NUMBER_WORDS)
        and tokens[first].low in ("one", "a", "an", "1")
    ):
        return None  # "five members of one family were killed": the family the five came from, not a sixth victim
    if _driven_from_homes(tokens, first, after_noun):
        return "evacuated"  # "forcing about 1,200 residents from their homes", as "1,200 fled their homes"
    # Directly before the figure: "killing 5", "injured 12", "launched 430", "death toll of 112", "toll rose to 112".
    for k in (first - 1, first - 2, first - 3):
        if k < 0 or tokens[k].text in (",", ";", "."):
            break
        w = tokens[k].low
        if w in _ATTACKS and k >= 1 and tokens[k - 1].low == "fatal" and tokens[k + 1].low in ("of", "the"):
            return "killed"  # "the fatal shooting of one man": a death, told as the attack that caused it
        if _event_word(tokens, k) and (
            k == first - 1
            or w == "toll"
            or tokens[k + 1].low in ("to", "of", "at", "by", "the")
            or (w == "fatally" and k == first - 2)  # "fatally shooting four"
        ):
            if _negated(tokens, k) or (w == "toll" and _not_a_death_toll(tokens, k)):
                break
            return _PREDICATES[w]
        if k < first - 1 and tokens[k + 1].low not in (
            "to",
            "the",
            "of",
            "at",
            "rose",
            "climbed",
            "reached",
            "stood",
            "is",
            "was",
            "now",
            "had",
            "has",
            "risen",
        ):
            break
    # The figure a tally rose to, with the tally named at the head of the sentence: "The death toll from the quake
    # that struck the province early Tuesday climbed to 57", "The number of people killed in the crush has risen to 34".
    verb = None
    if first >= 1 and tokens[first - 1].low in _TALLY_REACHED:
        verb = first - 1  # "reached 57"
    elif first >= 2 and tokens[first - 1].low in ("to", "at"):
        verb = first - 2
        if tokens[verb].low.endswith("ly") and verb >= 1:
            verb -= 1  # "climbed sharply to 57"
        if tokens[verb].low not in _TALLY_VERBS:
            verb = None
    if verb is not None:
        tally = _tally_at_head(tokens, verb, others)
        if tally is not None:
            return tally
    # After the figure and its noun, in the same clause, before the next figure: "5 people were killed".
    start = after_noun
    ahead = clause
    if (
        start + 1 < n
        and tokens[start].text == ","
        and (
            tokens[start + 1].low in ("aged", "ages", "age", "including", "both", "all")
            or (tokens[start + 1].kind == "num" and not any(m.first_token == start + 1 for m in others))
            # "One person, a 67-year-old woman of British nationality, died at the scene"
            or (tokens[start + 1].low in ("a", "an") and start + 2 < n and tokens[start + 2].kind == "num")
        )
    ):
        # Ages or a part in apposition: "two teens, ages 14 and 15, were wounded"; "two men, 25 and 30, were
        # shot dead"; "five people, including three children, were killed"; "Two patients, both in their 80s, have
        # died"; "Four persons, including the owner of the firm and a customs broker, have been arrested".
        reach = 20 if tokens[start + 1].low == "including" else 16 if tokens[start + 1].low in ("a", "an") else 10
        close = next((k for k in range(start + 2, min(n, start + reach)) if tokens[k].text == ","), None)
        if close is not None:
            start = close + 1
    elif start < n and tokens[start].text in _DASHES:
        # A part in apposition between dashes: "three others -- two women and a man -- were taken to hospital".
        opening = start + 1 if start + 1 < n and tokens[start + 1].text == "-" else start
        close = next((k for k in range(opening + 2, min(n, opening + 12)) if tokens[k].text in _DASHES), None)
        if close is not None and any(m.first_token > opening for m in others if m.last_token < close):
            start = close + 2 if close + 1 < n and tokens[close + 1].text == "-" else close + 1
            if start < n:
                ahead = clause_of[start]  # a dash may end a clause: the words after the apposition are the figure's
    # A coordinated subject: "three men and two women were injured", "three men and a woman were hurt": the verb
    # after the last of them says what befell each (not "A man was killed" before them).
    while start + 1 < n and tokens[start].low == "and":
        conjunct = next((m for m in others if m.first_token == start + 1 and m.kind is Kind.COUNT), None)
        if conjunct is None:
            break
        noun, end = _noun_after(tokens, conjunct.last_token, conjunct.quantity.nominal == 1)
        if noun is None or subject_class(noun) != "people" or end <= start or noun in _PREDICATES:
            break  # not "1,472 suspected cases and 19 deaths": the deaths name their own event
        start = end
    closing = start + 1 if start + 1 < n and tokens[start].kind == "word" else start  # "crew members –"
    if (
        closing + 1 < n
        and tokens[closing].text in ("–", "—")
        and any(
            tokens[k].text == tokens[closing].text and any(k - 3 <= m.last_token < k for m in others)
            for k in range(max(0, first - 10), first)
        )
    ):
        # the parts of an apposition between dashes: "29 people – 25 passengers and four crew members – were
        # injured": the words after the closing dash say what befell the parts too
        start = closing + 1
        ahead = clause_of[start]
    start = _past_where(tokens, start, others)
    next_start = min((m.first_token for m in others if m.first_token >= max(start, mention.last_token)), default=n)
    hospital = False
    aboard = False
    did = False  # a verb of what the counted did or became seen: "250 people fell ill and a woman ... died"
    for k in range(start, min(n, start + 10, next_start)):
        if clause_of[k] != ahead:
            break
        w = tokens[k].low
        if w == "and" and did and k + 1 < n and tokens[k + 1].low in _NEW_SUBJECT:
            break  # another subject, with a verb of its own: what befell it is not what befell the figure
        if w in _DID_VERBS:
            did = True
        if _event_word(tokens, k) and _PREDICATES[w] == "aboard":
            aboard = True  # "all 132 people on board were killed": what befell them comes first
            continue
        if _event_word(tokens, k):
            if _negated(tokens, k) or (w == "toll" and _not_a_death_toll(tokens, k)):
                return None
            if tokens[start].low == "with" and _PREDICATES[w] != "killed":
                died = _died_after(tokens, k + 1, min(n, start + 10, next_start), clause_of, clause)
                if died:
                    return "killed"  # "two infants with confirmed infection have died": the infection names them
            if _agent(tokens, k):
                return None  # "two men accused of killing a boy": those who did it, not those it was done to
            if k + 1 < n and (
                (k + 1 == next_start and any(m.first_token == k + 1 and m.kind is Kind.COUNT for m in others))
                or (tokens[k + 1].low in _NUMBER_WORDS and k + 2 < n and tokens[k + 2].low == "of")
                or (  # "the fatal shooting of one man and wounding of three other persons"
                    tokens[k + 1].low == "of"
                    and k + 2 == next_start
                    and any(m.first_token == k + 2 and m.kind is Kind.COUNT for m in others)
                )
            ):
                # "opened fire on four teenagers, killing two", "shot four people, killing one of them": the word
                # says what befell the later figure.
                return None
            if w == "fired" and k + 1 < n and tokens[k + 1].low in ("at", "on", "upon", "into", "from"):
                return "launched"
            if (
                k + 1 < n
                and (w in _TRANSITIVE or w.endswith("ing"))
                and tokens[k + 1].low in ("a", "an", "his", "her", "their")
                and tokens[k - 1].low not in _PASSIVE
            ):
                return None  # "four women inside, killing a driver": the word has its own object
            return _PREDICATES[w]
        if _out_of_homes(tokens, k):
            return "evacuated"  # "1,800 people were moved out of their homes", as those who fled them
        if _to_hospital(tokens, k):
            hospital = True  # "nine were taken to hospital", "12 remain in hospital"
            if k + 1 < n and tokens[k + 1].low == "with":
                # "taken to hospitals with injuries", "with gunshot wounds": what befell them
                for m in range(k + 2, min(n, k + 4)):
                    if _event_word(tokens, m) and _PREDICATES[tokens[m].low] == "injured":
                        return "injured"
            break
        if tokens[k].text == "," and k > start + 1:
            break
    # An event word before the noun: "three dead burglars", "two injured officers".
    for k in range(mention.last_token, after_noun):
        if tokens[k].low in _PREDICATES and tokens[k].low not in ("toll", "lives", "bodies", "damage", "wounds"):
            return _PREDICATES[tokens[k].low]
    if hospital:
        return "hospitalised"
    # Further back in the same clause: "were among the 40 dead", "the quake, which killed at least 12". Not past a
    # verb of the figure's own ("arrested 38 fans and seized 200 flares": the flares were seized).
    if first >= 1 and _own_verb(tokens[first - 1]):
        return "aboard" if aboard else None
    own_verb_after = after_noun < n and tokens[after_noun].low in _OWN_VERB_AFTER_NOUN
    for k in range(first - 1, max(-1, first - 12), -1):
        if clause_of[k] != clause or tokens[k].text == ";":
            break
        if tokens[k].low == "and" and own_verb_after:
            # "Robinson died and the other five victims were taken ...": the figure has its own verb
            return "aboard" if aboard else None
        if _event_word(tokens, k) and tokens[k].low not in ("damage",):
            if _negated(tokens, k) or (tokens[k].low == "toll" and _not_a_death_toll(tokens, k)):
                return "aboard" if aboard else None
            if any(m.kind is Kind.COUNT and m.last_token <= k and clause_of[m.first_token] == clause for m in others):
                # "two people were killed and two others were rushed to hospital": the first count's word
                return "aboard" if aboard else None
            if aboard and any(m.kind is Kind.COUNT and k < m.first_token < first for m in others):
                return "aboard"  # "the crash, killing 12, of a plane with 140 people on board": the 12's word
            return _PREDICATES[tokens[k].low]
    return "aboard" if aboard else None


def _claim_type(kind: Kind, predicate: str | None, subject: str | None, sentence: str) -> ClaimType:
    if kind is Kind.MONEY:
        return ClaimType.MONEY
    if kind is Kind.PERCENT:
        return ClaimType.ECONOMY
    if kind is Kind.MEASURE:
        return (
            ClaimType.WEATHER
            if re.search(
                r"(?i)\b(?:rain|rainfall|snow|wind|winds|gusts|temperature|temperatures|heat|quake|earthquake|"
                r"magnitude|flood|storm|hurricane|typhoon|cyclone|tornado|precipitation|sea|water|river|degrees)\b",
                sentence,
            )
            else ClaimType.OTHER
        )
    if kind in (Kind.DATE, Kind.TIME, Kind.DURATION):
        return ClaimType.OTHER
    if predicate in _PREDICATE_TYPES:
        if predicate == "launched" and subject is not None and subject_class(subject) == "people":
            return ClaimType.ECONOMY
        return _PREDICATE_TYPES[predicate]
    cls = subject_class(subject)
    if cls == "weapons":
        return ClaimType.ATTACK
    if subject in _ECONOMY_SUBJECTS:
        return ClaimType.ECONOMY
    return ClaimType.OTHER


def _after_including(tokens: list[Token], first: int) -> bool:
    """The figure at token ``first`` follows "including" or "among them": it counts part of a count before it."""
    before = [t.low for t in tokens[max(0, first - 2) : first]]
    return before[-1:] == ["including"] or before == ["among", "them"] or before == ["among", "whom"]


_BRACKETED = re.compile(r"\(([^()]{1,60})\)")


def _restatements(text: str, mentions: list[Mention]) -> list[tuple[int, int]]:
    """Where a figure is written again in brackets right after itself, in words or in digits ("7 (seven)", "Two (2)",
    "Tk 25,000 (Taka twenty-five thousand)"): the bracket's span."""
    spans = []
    for bracket in _BRACKETED.finditer(text):
        before = [m for m in mentions if m.end <= bracket.start() and not text[m.end : bracket.start()].strip()]
        inside = [m for m in mentions if bracket.start() < m.start and m.end < bracket.end()]
        # the same kind, or a sum written out in words ("Tk 25,000 (Taka twenty-five thousand)"); not "25 (25%) died"
        if before and len(inside) == 1 and inside[0].kind in (before[-1].kind, Kind.COUNT):
            a, b = before[-1].quantity, inside[0].quantity
            if a.nominal is not None and a.nominal == b.nominal:  # "Nearly 40 (forty) homes": the hedge stays outside
                spans.append(bracket.span())
    return spans


def _capitalised_word(token: Token) -> bool:
    return token.kind == "word" and token.text[:1].isupper()


def _title_case(tokens: list[Token]) -> bool:
    """A headline in title case: seven in ten words of three letters or more have their capital."""
    words = [t for t in tokens if t.kind == "word" and len(t.text) >= 3]
    return len(words) >= 3 and sum(t.text[:1].isupper() for t in words) >= 0.7 * len(words)


def _in_a_name(tokens: list[Token], mention: Mention) -> bool:
    """A number word written with a capital inside a sentence, right after a capitalised word ("officials told Bharat
    Seven", "Channel Four said", "Ocean's Eleven star") or after one and "of" ("the Group of Seven summit"): part of
    a name, unless what it counts follows it in the plural ("Sky News Four schools had closed", "Buy Photo Two
    unidentified women": page text run into a sentence's first word) or, after "One", people ("One person died").
    News writes counts in words in lower case but at a sentence's start."""
    first = mention.first_token
    token = tokens[first]
    if mention.last_token - first != 1 or token.kind != "word" or not token.text[:1].isupper() or token.text.isupper():
        return False
    if first == 0:
        return False
    before = first - 1
    if tokens[before].low == "s" and before >= 2 and tokens[before - 1].text in ("'", "’"):
        before -= 2  # "Ocean's Eleven"
    elif tokens[before].low == "of" and before >= 1:
        before -= 1  # "the Group of Seven"
    if before < 0 or not _capitalised_word(tokens[before]) or tokens[before].text.isupper():
        return False  # not a dateline ("CHICAGO Seven people were shot")
    at_start = before == 0 or tokens[before - 1].text in (".", ":", ";", "!", "?", '"', "“", "(", "—", "-", "–")
    if at_start and tokens[before].low in _SENTENCE_OPENERS:
        return False
    if before >= 1 and tokens[before - 1].low == "the":
        return True  # "the Big Four banks", "the Group of Seven": a name after "the"
    following = tokens[first + 1].low if first + 1 < len(tokens) else ""
    if following in _TOLL_WORDS:
        return False  # "Local News One dead"
    subject, after = _noun_after(tokens, mention.last_token, token.low == "one")
    if subject is not None and after - mention.last_token > 3:
        subject = None  # "Channel Four said Formula One races": the noun is another's
    if subject is None:
        return True  # "officials told Bharat Seven.", "Channel Four reported", "Channel Four reporter"
    if token.low == "one":
        return subject_class(subject) != "people"  # "Detroit One strategy"; not "One person died"
    # what a number above one counts, in the plural ("Sky News Four schools had closed", page text run into a
    # sentence); a noun in the singular is no count of it ("Channel Four reporter", "Ocean's Eleven star")
    return False


_TOLL_WORDS = frozenset("dead killed hurt injured wounded died missing others more".split())


_SENTENCE_OPENERS = frozenset("the a an in on at and but so as of for by with police officials about some".split())
"""Capitalised words that open a sentence or a list rather than a name: "About Seven" is no name."""


def _excepted_or_every(tokens: list[Token], mention: Mention) -> bool:
    """A count of those left out ("all but four of the victims had been released": the released are the others) or
    a span that says how often ("reviewed every 90 days")."""
    first = mention.first_token
    if first >= 2 and tokens[first - 2].low == "all" and tokens[first - 1].low in ("but", "except"):
        return mention.kind is Kind.COUNT
    return mention.kind is Kind.DURATION and first >= 1 and tokens[first - 1].low == "every"


_ATTACKS = frozenset("shooting shootings stabbing stabbings beating beatings".split())
"""Attacks that "fatal" before them makes a death: "the fatal shooting of one man"."""
_SEXES = frozenset("man men woman women boy boys girl girls male males female females".split())
"""Nouns that say a person's sex, which a count after them with no noun of its own takes only when it is some of
them."""


_ONE_PERSON_BEFORE = frozenset("his her their a an the".split())
_KIN_AND_ROLES = frozenset(
    """wife husband girlfriend boyfriend partner son daughter mother father brother sister cousin nephew niece uncle
    aunt grandmother grandfather grandson granddaughter stepson stepdaughter friend neighbour neighbor teacher driver
    pupil guard deputy bystander kingpin ringleader mastermind accomplice associate owner manager supervisor boss
    captain""".split()
)
"""People a report names one of beside a count of others ("his wife and two neighbours"), besides the nouns for
people of :func:`subject_class`; as written, singular, or plural with an "s"."""


def _a_person(noun: str | None, word: str) -> bool:
    """``noun`` (read by :func:`_noun_after`) or the ``word`` it was read from names people."""
    return noun is not None and (
        subject_class(noun) == "people" or word in _KIN_AND_ROLES or word.rstrip("s") in _KIN_AND_ROLES
    )


def _one_person(tokens: list[Token], first: int, noun_at: int, last: int) -> Mention:
    """A mention of one person, from token ``first`` ("his", "a") to token ``last``, whose noun is read from token
    ``noun_at`` on (see :func:`_noun_after`)."""
    return Mention(
        start=tokens[first].start,
        end=tokens[last].end,
        kind=Kind.COUNT,
        quantity=Quantity(low=1.0, high=1.0, nominal=1.0),
        qualifier=None,
        first_token=first,
        last_token=noun_at,
        number_end=noun_at,
    )


def _one_before(tokens: list[Token], mention: Mention, floor: int) -> Mention | None:
    """One person named before "and" and a count of people of another kind: "killed his wife and two neighbours",
    "wounded a teacher and three pupils" (see :func:`_and_one_more`), as a mention of one ("his wife"); None
    otherwise. ``floor`` is where the mention before ends: the person must come after it."""
    first = mention.first_token
    if mention.kind is not Kind.COUNT or first < 3 or tokens[first - 1].low != "and":
        return None
    subject, after = _noun_after(tokens, mention.last_token, False)
    if not _a_person(subject, tokens[after - 1].low):
        return None
    for det in (first - 3, first - 4):
        if det < floor or tokens[det].low not in _ONE_PERSON_BEFORE:
            continue
        person, end = _noun_after(tokens, first - 2, True)  # the noun right before "and": "his former girlfriend"
        if end != first - 1 or person == subject or not _a_person(person, tokens[first - 2].low):
            continue
        if any(t.kind == "num" or t.low in _NUMBER_WORDS for t in tokens[det + 1 : first - 1]):
            return None
        if det >= 1 and tokens[det - 1].text == ",":
            return None  # "Valerie Jackson, her husband and six children": a longer list, with a name in it
        return _one_person(tokens, det, first - 2, first - 2)  # the noun is read from the last token
    return None


def _and_one_more(tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """The mentions, with one person more where a count of people goes on "and a" or "and an" and a person of
    another kind: "Two men and a woman were wounded" counts one woman besides two men, as "two men and one woman"
    would (the parts of a breakdown: see :func:`engine.conflicts._breakdown`). The mention is "a woman", article
    and noun. So is one person named before "and" and the count (see :func:`_one_before`): "his wife and two
    neighbours"."""
    out: list[Mention] = []
    n = len(tokens)
    for index, mention in enumerate(mentions):
        before = _one_before(tokens, mention, out[-1].last_token if out else 0)
        if before is not None:
            out.append(before)
        out.append(mention)
        if mention.kind is not Kind.COUNT:
            continue
        subject, after = _noun_after(tokens, mention.last_token, False)
        if subject is None or after + 2 >= n or subject_class(subject) != "people":
            continue
        if tokens[after].low != "and" or tokens[after + 1].low not in ("a", "an"):
            continue
        other, other_end = _noun_after(tokens, after + 2, True)
        if other is None or other == subject or subject_class(other) != "people" or other_end - (after + 2) > 2:
            continue
        following = mentions[index + 1].first_token if index + 1 < len(mentions) else n
        if following < other_end:
            continue
        if other_end < n and tokens[other_end].low in ("member", "members"):
            other_end += 1  # "a staff member"
        out.append(_one_person(tokens, after + 1, after + 2, other_end - 1))
    return out


_SAYING = frozenset(
    """said says say told tells recalled recalls described describes recounted recounts added adds explained explains
    wrote writes posted posts""".split()
)
"""Verbs of saying, which make a person "one" heads a speaker: "One woman told reporters she saw the gunman"."""
_RELATIVE = frozenset("who whose".split())


def _speaker_introduced(tokens: list[Token], after_noun: int) -> bool:
    """The words after "one" and a person's noun make that person the speaker of the sentence: "One resident said the
    water rose fast", "One man who was injured said he heard six shots", "One person caught in the gunfire says
    ...", "One officer, who asked not to be named, said ...". Not "One man was killed, police said" (a finite verb of
    its own comes first: a count), nor "One man who was hurt was taken to hospital, police said"."""
    n = len(tokens)
    if after_noun + 1 < n and tokens[after_noun].text == "," and tokens[after_noun + 1].low in _RELATIVE:
        # "One officer, who asked not to be named, said ...": the relative clause between commas is passed over
        close = next((k for k in range(after_noun + 2, min(n, after_noun + 14)) if tokens[k].text == ","), None)
        if close is None:
            return False
        after_noun = close + 1
    finite_left = 1 if after_noun < n and tokens[after_noun].low in _RELATIVE else 0  # the relative clause's own
    for j in range(after_noun, min(n, after_noun + 15)):
        token = tokens[j]
        if token.low in _SAYING:
            return True
        if token.kind == "num" or token.low in _NUMBER_WORDS or token.text in (";", ":", ","):
            return False
        participle = token.low in _PREDICATES and tokens[j - 1].low in _FINITE  # "who was injured"
        if token.low in _FINITE or (token.low in _PREDICATES and not participle):
            if finite_left == 0:
                return False
            finite_left -= 1
    return False


def extract_claims(
    sentence: str, sentence_id: str, offset: int = 0, context_speaker: str | None = None
) -> tuple[Claim, ...]:
    """Extract the claims of one sentence.

    Args:
        sentence: The sentence text.
        sentence_id: Its id; claim ids are ``<sentence_id>.c<n>``.
        offset: The sentence's offset in its source, added to every claim's offsets.
        context_speaker: A speaker named in an earlier sentence, used when this one cites only a pronoun
            ("he said").

    Returns:
        The claims, in order.
    """
    # Terminal escape sequences, already made visible by the reader ("␛[31m"), hold digits that are not figures.
    masked = _ESCAPES.sub(lambda m: " " * len(m.group()), sentence)
    tokens = tokenize(masked)
    mentions = extract_quantities(masked, tokens)
    restated = _restatements(masked, mentions)
    if restated:
        # "7 (seven) days", "Two (2) inmates", "Tk 25,000 (Taka twenty-five thousand)": the figure again in brackets,
        # as official and legal writing gives it; read without it, so that the noun after it is the figure's
        for start, end in restated:
            masked = masked[:start] + " " * (end - start) + masked[end:]
        tokens = tokenize(masked)
        mentions = extract_quantities(masked, tokens)
    # the population a rate is told per ("per 100,000 people") is no figure of its own
    mentions = [m for m in mentions if not (m.first_token >= 1 and tokens[m.first_token - 1].low == "per")]
    # a number word in a name ("officials told Bharat Seven", "Formula One", "the Group of Seven") is no figure
    if not _title_case(tokens):  # "Two Men Shot In Ambush": every word has its capital
        mentions = [m for m in mentions if not _in_a_name(tokens, m)]
    mentions = _and_one_more(tokens, mentions)
    if not mentions:
        return ()
    clause_of = _clauses(tokens)
    attributions = find_attributions(sentence)
    claims: list[Claim] = []
    last_people_subject: str | None = None
    last_people_count: float | None = None
    # Ages: their subject is "age", and in apposition ("two teens, ages 14 and 15, were wounded") they do not end
    # the search for a count's predicate.
    ages = {id(m) for m in mentions if m.kind is Kind.DURATION and m.quantity.unit == "year" and _is_age(sentence, m)}
    for index, mention in enumerate(mentions):
        subject: str | None = None
        after_noun = mention.last_token
        if mention.kind is Kind.COUNT:
            # "one" takes a singular noun, hedged or not: "more than one shooter"
            value_is_one = (mention.quantity.low == 1 and mention.quantity.high == 1) or tokens[
                mention.number_end - 1
            ].low == "one"
            subject, after_noun = _noun_after(tokens, mention.last_token, value_is_one)
            if subject is not None:
                subject = _coordinated(tokens, after_noun, subject)
            elif index + 1 < len(mentions):
                subject = _shared_head(tokens, mention, mentions[index + 1])
        if _excepted_or_every(tokens, mention):
            continue  # "all but four of the victims were released", "reviewed every 90 days": no count of its own
        if (
            mention.kind is Kind.COUNT
            and tokens[mention.first_token].low == "one"
            and mention.first_token == mention.last_token - 1
            and subject_class(subject) == "people"
            and _speaker_introduced(tokens, after_noun)
        ):
            continue  # "One resident said the water rose fast": a person introduced, not a count of residents
        if mention.kind is Kind.COUNT and (
            _in_tally(masked, tokens, mention)
            or (
                subject in (None, "people", "voters")
                and _VOTED.match(masked, _end_of_noun(tokens, after_noun, mention)) is not None
            )
        ):
            subject = "votes"  # a tally, or "114,483 people voted yes": as many votes
        others = [m for m in mentions if m is not mention and id(m) not in ages]
        predicate = _find_predicate(tokens, mention, after_noun, clause_of, others)
        if predicate == "launched" and subject is not None and subject_class(subject) == "people":
            predicate = "fired"  # "fired 200 workers"
        if subject in ("others", "more"):
            subject = None
        if index == 0 and subject is None:
            labelled = _label_reading(masked, mention)  # read only where it may serve: a first count of nothing
            if (
                labelled is not None
                and labelled.subject not in _TOLL_PREDICATES
                and predicate in (None, labelled.predicate)
            ):
                # "Flights cancelled: 112", "Houses destroyed: 46"; not "Latest figures: 5 killed"
                subject, predicate = labelled.subject, labelled.predicate
        if mention.kind is Kind.COUNT and subject is None and _road_marker(tokens, mention.first_token):
            subject = "road marker"  # "at km 74.5", "kilometre stone 128": where on a road, not a count
        if mention.kind is Kind.COUNT and subject is None:
            subject = _crowd(masked, mention)
            if subject is None and predicate is None:
                subject = _tally_noun(tokens, mention.first_token, others) or _collective(tokens, mention.first_token)
        if (
            mention.kind is Kind.COUNT
            and subject is None
            and claims
            and claims[-1].kind is Kind.COUNT
            and claims[-1].subject
            and _after_including(tokens, mention.first_token)
        ):
            # "4,716 patients are in hospital, including 2,893 in Dhaka": a part of the count before it.
            subject, predicate = claims[-1].subject, predicate or claims[-1].predicate
        if (
            mention.kind is Kind.COUNT
            and subject is None
            and claims
            and claims[-1].kind is Kind.COUNT
            and _partitive(tokens, mention.last_token)
        ):
            subject = claims[-1].subject  # "six diners, killing three of them": three diners
            if predicate in HAPPENS_TO_PEOPLE and subject_class(subject) != "people":
                # "17 people have fallen ill in five provinces, and fourteen of them were admitted to hospital": what
                # befell them befalls people, so "them" are the people counted before, not the provinces
                people = [c for c in claims if c.kind is Kind.COUNT and subject_class(c.subject) == "people"]
                if people:
                    subject = people[-1].subject
        if (
            mention.kind is Kind.COUNT
            and subject is None
            and not any(c.kind is Kind.COUNT for c in claims)
            and _partitive(tokens, mention.last_token)
        ):
            subject = _group_named_before(tokens, mention.first_token)  # "MPs ..., with 185 of them voting": MPs
        if (
            mention.kind is Kind.COUNT
            and subject is None
            and claims
            and claims[0].kind is Kind.COUNT
            and claims[0].subject
            and claims[0].predicate is None  # not "Of the 30 dead, nine were children": a part told by what it is
            and len(tokens) > 2
            and tokens[0].low == "of"
            and tokens[1].low == "the"
            and mentions[0].first_token == 2
            and any(tokens[k].text == "," for k in range(mentions[0].last_token, mention.first_token))
            and not any(
                tokens[k].low in _OF_THE_ENDS for k in range(mentions[0].last_token, mention.first_token)
            )  # not "..., said the company, which employs 3,000"
        ):
            # "Of the 247 miners working underground, 201 made their way to the surface": 201 miners
            subject = claims[0].subject
        if mention.kind is Kind.COUNT and subject is None and claims:
            previous = claims[-1]
            same_clause = clause_of[mentions[index - 1].first_token] == clause_of[mention.first_token]
            if (
                previous.kind is Kind.COUNT
                and previous.subject
                and same_clause
                and subject_class(previous.subject) != "people"
                and predicate not in HAPPENS_TO_PEOPLE
            ):
                subject = previous.subject  # "Nearly 400 homes were destroyed and hundreds more damaged"
        if (
            mention.kind is Kind.COUNT
            and subject is None
            and predicate is not None
            and (predicate in HAPPENS_TO_PEOPLE or predicate in ("charged", "convicted"))
        ):
            # the people named last, but not a toll's noun ("12 deaths, 40 injured" are 40 people injured), nor a
            # sex ("One woman died and three others were injured": three people, not three women) unless the count
            # is some of a larger group of them ("five men inside, killing a driver and wounding the four others")
            named = last_people_subject
            sexed = named in _SEXES and not (
                last_people_count is not None
                and mention.quantity.nominal is not None
                and mention.quantity.nominal < last_people_count
            )
            subject = named if named not in (None, *_TOLL_PREDICATES) and not sexed else "people"
        if (
            mention.kind is Kind.COUNT
            and subject == "lives"
            and _lives_taken(tokens, mention.first_token, after_noun, clause_of)
        ):
            subject, predicate = "people", "killed"
        if mention.kind is Kind.COUNT and subject in _TOLL_PREDICATES and _names_the_toll(tokens, mention, after_noun):
            predicate = _TOLL_PREDICATES[subject]  # "six deaths were reported", "12 injuries and three deaths"
        if subject is not None and subject_class(subject) == "people" and not _partitive(tokens, mention.last_token):
            # not a part of a group told before it ("Nine people, two of them children, were killed and 43 others
            # wounded": 43 people, not 43 children)
            last_people_subject, last_people_count = subject, mention.quantity.nominal
        quantity = mention.quantity
        per_at = None  # where "per" follows the count's noun, past a modifier: "86 road deaths per million"
        if mention.kind is Kind.COUNT:
            for k in range(after_noun, min(len(tokens), after_noun + 4)):
                if tokens[k].low == "per":
                    per_at = k
                    break
                if tokens[k].kind != "word":
                    break
        per = None if per_at is None else _per_population(tokens, per_at)
        if per is not None:
            # "19.3 deaths per 100,000 people", "86 deaths per million inhabitants": a rate, not a toll, told per
            # 100,000 people so that rates per million and per 100,000 meet
            predicate = None
            quantity = _per_hundred_thousand(quantity, per)
        elif per_at == after_noun and per_at + 1 < len(tokens) and tokens[per_at + 1].kind == "num":
            predicate = None  # "five deaths per 10 people": a rate of a small population
        if mention.kind is not Kind.COUNT:
            predicate = None  # a predicate says what happened to a counted subject
        elif predicate in _BODILY and subject_class(subject) in ("weapons", "structures"):
            predicate = None  # "injured passengers were taken to four hospitals": the hospitals were not hurt
        who = _attribution_for(masked, mention, tokens, clause_of, attributions)
        if who is not None and who.lower() in _PRONOUNS and who[0].islower() and context_speaker:
            who = context_speaker if who.lower() in ("he", "she") else who
        if id(mention) in ages:
            subject = "age"
        elif (
            mention.kind is Kind.DURATION
            and _SUSPENDED_FOR.search(masked, max(0, mention.start - 30), mention.start)
            and _SENTENCING.search(masked)
        ):
            subject = "suspension"  # "three years, suspended for five years": how long the term hangs over him
        elif mention.kind is Kind.DURATION and _minimum_term(masked, mention):
            subject = "minimum term"  # "serve at least seven years before becoming eligible for parole"
        elif mention.kind is Kind.DURATION and _prison_term(masked, mention):
            subject = "prison term"
        claim_type = _claim_type(mention.kind, predicate, subject, sentence)
        qualifier = mention.qualifier
        claims.append(
            Claim(
                id=f"{sentence_id}.c{index + 1}",
                kind=mention.kind,
                type=claim_type,
                text=sentence[mention.start : mention.end],
                start=offset + mention.start,
                end=offset + mention.end,
                quantity=quantity,
                qualifier=qualifier,
                subject=subject,
                predicate=predicate,
                attribution=who,
            )
        )
    return tuple(_share_predicates(claims, mentions, tokens))


_LABEL = re.compile(r"\s*(?P<label>[^\W\d_](?:[^\W\d_]|[ '’-])*[^\W\d_])\s*:\s*$")
"""A line of a fact box or a list that names its figure before a colon: "Flights cancelled: 112", "People treated in
hospital: 64"."""


def _label_reading(text: str, first: Mention) -> Claim | None:
    """The claim of a count that follows a label of words alone ("Flights cancelled: 112", "Shuttle coaches
    deployed: 40"), read as if written "112 flights cancelled", when the label names what it counts in eight words
    or fewer."""
    if first.kind is not Kind.COUNT:
        return None
    found = _LABEL.fullmatch(text, 0, first.start)
    if found is None:
        return None
    words = found.group("label").lower().split()
    if len(words) > 8 or _LABEL_SAYS.search(found.group("label")):
        return None  # "Police said: 14 arrested", "Hospitals report: 40 injured": a speaker, not a label
    number = text[first.start : first.end]
    claims = extract_claims(f"{number} {' '.join(words)}.", "label")
    if not claims or claims[0].kind is not Kind.COUNT or claims[0].subject not in words[:2]:
        return None  # a label opens with what it counts: not "Storms hit the coast: 4 dead"
    return claims[0]


_LABEL_SAYS = re.compile(rf"(?i)\b(?:{_SAY}|report|say|tell|according)\b")


_PER_WORDS = {"hundred": 100.0, "thousand": 1_000.0, "million": 1_000_000.0}


def _per_population(tokens: list[Token], k: int) -> float | None:
    """The population a rate is told per, when ``tokens[k:]`` reads "per 100,000 (people)", "per million
    (inhabitants)", "per 1,000 residents"; ``None`` otherwise ("per day", "per cent")."""
    if k + 1 >= len(tokens) or tokens[k].low != "per":
        return None
    first = tokens[k + 1]
    if first.low in _PER_WORDS:
        return _PER_WORDS[first.low]
    if first.kind == "num":
        value = _digit_value(first.text)
        if value is not None and value >= 100 and k + 2 < len(tokens) and tokens[k + 2].low in _PER_WORDS:
            return value * _PER_WORDS[tokens[k + 2].low]  # "per 100 thousand"
        return value if value is not None and value >= 100 else None
    return None


def _per_hundred_thousand(quantity: Quantity, per: float) -> Quantity:
    """A rate per ``per`` people as a rate per 100,000 (unit ``"per 100,000"``)."""

    def scale(value: float | None) -> float | None:
        return None if value is None else round(value * 100_000 / per, 6)

    return quantity.model_copy(
        update={
            "low": scale(quantity.low),
            "high": scale(quantity.high),
            "nominal": scale(quantity.nominal),
            "tolerance": (quantity.tolerance or 0.0) * 100_000 / per,
            "unit": "per 100,000",
        }
    )


_JAILED_FOR = re.compile(
    r"(?i)\b(?:jail(?:ed|s)?|imprison(?:ed|s)?|sentenc(?:ed|es|ing)|locked\s+up|put\s+behind\s+bars)\b"
    r"[^.;:\d]{0,90}?\b(?:for|to)\s+(?:a\s+(?:total\s+of\s+|further\s+)?)?$"
)
_IN_PRISON = re.compile(
    r"(?i)(?:['’]\s*|\s+|-)(?:in\s+(?:prison|jail)|behind\s+bars|(?:prison|jail)\b|of\s+imprisonment|imprisonment)"
)


def _prison_term(sentence: str, mention: Mention) -> bool:
    """A span of time someone was jailed for: "jailed ... for 12 years", "sentenced to 14 years", "eight years in
    prison", "a 10-year prison term", "12 years' imprisonment" (not "with four years suspended", "banned from serving
    as a director for 15 years", "200 hours of community service")."""
    if _IN_PRISON.match(sentence, mention.end):
        return True
    if _NOT_CUSTODY.match(sentence, mention.end):
        return False
    if _GIVEN_TERM.search(sentence, max(0, mention.start - 40), mention.start) and not _OF_AFTER.match(
        sentence, mention.end
    ):
        return True  # "electrician Ufuk Sarı received four years and eight months" (not "received five years of pay")
    jailed = _JAILED_FOR.search(sentence, max(0, mention.start - 110), mention.start)
    return jailed is not None and not _BANNED.search(sentence, jailed.start(), mention.start)


_GIVEN_TERM = re.compile(
    r"(?i)\b(?:received|receives|was\s+given|were\s+given|got|gets|was\s+handed|were\s+handed|drew)\s+"
    r"(?:a\s+(?:total\s+of\s+)?)?$"
)
"""The verb a court report gives a term with, right before it: "received 18 years and nine months", "was given eight
years"."""
_OF_AFTER = re.compile(r"(?i)['’]?\s*(?:of|worth|to|in\s+(?:pay|wages|back\s+pay|compensation))\b")


_PAROLE = r"(?:eligible|apply|considered|qualify)\s+for\s+(?:parole|early\s+release|conditional\s+release)"
_PAROLE_AFTER = re.compile(rf"(?i)[^.;,]{{0,40}}?\bbefore\s+(?:[\w-]+\s+){{0,3}}?{_PAROLE}")
"""After a span: "... before becoming eligible for parole", "... before he can apply for parole"."""
_MINIMUM_BEFORE = re.compile(
    rf"(?i)\b(?:minimum(?:\s+(?:term|sentence|period))?\s+of|non-parole\s+period\s+of|punishment\s+part\s+(?:of|is|was)|"
    rf"{_PAROLE}\s+(?:after|in)|"
    r"(?:must|will\s+have\s+to|has\s+to|have\s+to)\s+serve(?:\s+at\s+least)?)\s*$"
)
"""Before a span: "a minimum term of", "a non-parole period of", "eligible for parole after", "must serve"."""


def _minimum_term(sentence: str, mention: Mention) -> bool:
    """The least of a prison term to be served before parole, not the term: "sentenced to serve at least seven years
    in prison before becoming eligible for parole", "a minimum term of 22 years", "a non-parole period of 15 years".
    """
    if _MINIMUM_BEFORE.search(sentence, max(0, mention.start - 40), mention.start):
        return True
    return _PAROLE_AFTER.match(sentence, mention.end) is not None


_SUSPENDED_FOR = re.compile(r"(?i)\bsuspended\s+(?:for\s+)?(?:a\s+period\s+of\s+)?$")
"""The span a suspended sentence is suspended for ("suspended for five years", "suspended for a period of two years"),
which is not a prison term."""
_SENTENCING = re.compile(r"(?i)\b(?:sentenc|jail|prison|imprison|custod|term\b)")
"""Words of a court's sentence: only there is a span "suspended for" a suspension (not flights or trading "suspended
for three hours")."""
_NOT_CUSTODY = re.compile(r"(?i)\s*(?:of\s+)?(?:community\s+service|suspended|probation|unpaid\s+work)\b")
_BANNED = re.compile(r"(?i)\b(?:bann(?:ed|ing)|disqualif(?:ied|ying)|barred|barring|prohibit(?:ed|ing))\b")


_CROWD = re.compile(
    r"(?i)\b(?:crowds?|attendance|turnout|attendees|gathering|rally|march|protest|demonstration)\b"
    r"[^,.;:()\d]{0,30}?\b(?:at|of|as|numbered|reached|topped|exceeded|(?:swelled|grew|rose)\s+to)\s+"
    r"(?:[^\W\d_]+\s+){0,2}$"
)
"""A crowd's size: "police put the crowd at just 2,200", "the crowd was estimated at 40,000", "attendance of 22,000",
"a rally of some 5,000": a count of people."""


_TOOK_PART = re.compile(
    r"(?i)\s+(?:had\s+|have\s+|has\s+)?(?:took\s+part|take\s+part|turned\s+out|marched|rallied|protested|"
    r"demonstrated|attended|gathered)\b"
)
"""What a crowd does, right after its size: "say 150,000 took part", "some 40,000 marched"."""


def _crowd(sentence: str, mention: Mention) -> str | None:
    if _CROWD.search(sentence, max(0, mention.start - 80), mention.start) or _TOOK_PART.match(sentence, mention.end):
        return "people"
    return None


_AUXILIARIES = _FINITE | {"been"}
_UNLISTED_EVENTS = frozenset("shot stabbed hit struck attacked assaulted robbed beaten trapped stranded".split())
"""Words for what befell people that are not event words of their own ("28 people shot and 10 killed")."""


def _share_predicates(claims: list[Claim], mentions: list[Mention], tokens: list[Token]) -> list[Claim]:
    """ "430 drones and 18 missiles were launched": the first figure takes the predicate of the second; "ten died at
    the scene and two after being taken to hospital": the second takes the first's, with its subject."""
    for index in range(len(claims) - 2, -1, -1):
        claim, following = claims[index], claims[index + 1]
        if (
            claim.predicate is None
            and following.predicate
            and claim.kind is following.kind is Kind.COUNT
            and following.subject not in _TOLL_PREDICATES  # "1,284 suspected cases and 31 deaths": its own noun's
        ):
            between = tokens[mentions[index].last_token : mentions[index + 1].first_token]
            words = [t.low for t in between]
            if (
                len(words) <= 4
                and ("and" in words or "," in words)
                and not {"while", "but", ";", "including"} & set(words)
                and not (_AUXILIARIES | _UNLISTED_EVENTS) & set(words)
                and not any(w in _PREDICATES for w in words)
                and not _partitive(tokens, mentions[index + 1].last_token)
                and not _whole_of_parts(tokens, mentions[index].first_token)
                and tokens[min(mentions[index + 1].last_token, len(tokens) - 1)].low != "fatally"
            ):
                # Not "four teenagers, killing two" (the word is the second figure's), "six, including the two
                # killed" or "five shot, three fatally" (a part of the first), nor "four people were shot and one
                # woman is dead" (the first figure has a verb of its own).
                claims[index] = claim.model_copy(
                    update={
                        "predicate": following.predicate,
                        "type": _claim_type(claim.kind, following.predicate, claim.subject, ""),
                    }
                )
    for index in range(1, len(claims)):
        claim, previous = claims[index], claims[index - 1]
        if claim.predicate or claim.subject or previous.predicate is None:
            continue
        if claim.kind is not Kind.COUNT or previous.kind is not Kind.COUNT:
            continue
        between = tokens[mentions[index - 1].last_token : mentions[index].first_token]
        words = [t.low for t in between]
        after = mentions[index].last_token
        if (
            words[-1:] == ["and"]
            and any(w in _PREDICATES for w in words)
            and not {"but", ";", "while"} & set(words)
            and (after >= len(tokens) or tokens[after].low in _GAP_ENDS)
            and not _verb_of_its_own(tokens, after)
        ):
            # "ten died at the scene and two after being taken to hospital", "five were killed in Kharkiv and three
            # in Lviv": the verb of the first figure is left out for the second.
            claims[index] = claim.model_copy(
                update={
                    "predicate": previous.predicate,
                    "subject": previous.subject,
                    "type": _claim_type(claim.kind, previous.predicate, previous.subject, ""),
                }
            )
    return claims


_GAP_ENDS = frozenset("after in at on from during when before while . , ;".split())
_IRREGULAR_VERBS = frozenset(
    """lost went got saw took left fled ran sat stood fell came made gave kept held found told felt began became
    escaped""".split()
)


def _verb_of_its_own(tokens: list[Token], start: int) -> bool:
    """A verb follows in the figure's clause ("and 14 in the second car escaped unhurt", "and 2,000 in the area lost
    power"), so no verb was left out for it; "after being taken to hospital" is no such verb."""
    k = start
    while k < min(len(tokens), start + 12) and tokens[k].text not in (",", ";", ".", ":"):
        word = tokens[k].low
        if word == "being":
            k += 2
            continue
        if word in _AUXILIARIES or word in _IRREGULAR_VERBS or (word.endswith("ed") and len(word) > 3):
            return True
        k += 1
    return False


def _of_before(tokens: list[Token], first: int) -> int:
    """The index of the "of" right before the figure at ``first`` ("of 12", "of the 12"), or -1."""
    of = first - 2 if first >= 2 and tokens[first - 1].low == "the" else first - 1
    return of if of >= 0 and tokens[of].low == "of" else -1


def _whole_of_parts(tokens: list[Token], first: int) -> bool:
    """ "Of the 26 fishermen on board, 19 were rescued": the figure at ``first`` is the whole the next one is part of,
    and what befell the part did not befall the whole."""
    of = _of_before(tokens, first)
    return of == 0 or (of > 0 and tokens[of - 1].text in (",", ";", ":"))


def _partitive(tokens: list[Token], j: int) -> bool:
    """ "two of them", "three of whom": the figure before ``j`` counts part of a group named before it."""
    return j + 1 < len(tokens) and tokens[j].low == "of" and tokens[j + 1].low in ("them", "whom", "those", "these")


def _is_age(sentence: str, mention: Mention) -> bool:
    """ "a 48-year-old", "48 years old", "15yo", "aged 48", "Smith, 48,", "in her 60s": the figure is someone's
    age."""
    text = sentence[mention.start : mention.end].lower()
    if re.search(r"year-?s?-?old|years\s+old|\d-?yo$", text) or re.fullmatch(
        r"(?:(?:over|under|above|below)\s+(?:the\s+age\s+of\s+)?)?\w+(?:['’]s|s)?", text
    ):
        return True
    return bool(re.search(r"(?i)\baged\s+(?:\d{1,3}\s*(?:,|and|or|&)\s*)*$", sentence[: mention.start]))


_ELLIPTIC_WHO = re.compile(rf"(?:[,;]|\b(?:while|whereas|but|and))\s+(?:the\s+)?(?P<who>{_WHO})\s+$")
"""A speaker written right before a figure whose "said" is left out: "police said 10,000, organisers 50,000"."""


def _elliptic_speaker(sentence: str, start: int) -> str | None:
    """The speaker of a figure starting at ``start`` when the sentence cites another speaker and gives this one's
    figure with the verb left out ("Police said 10,000 marched, organisers 50,000")."""
    m = _ELLIPTIC_WHO.search(sentence, max(0, start - 80), start)
    if m is None:
        return None
    who = _clean_who(m.group("who"))
    if who is None or who.lower() in _PRONOUNS - {"police", "officials", "authorities"}:
        return None
    if who[0].isupper() and len(who.split()) == 1 and not re.fullmatch(_WHO_WORD, who.lower()):
        return None  # one capitalised word may be a place: "five in Kharkiv, Lviv 3" is no speaker
    return who


def _attribution_for(
    sentence: str, mention: Mention, tokens: list[Token], clause_of: list[int], attributions: list[Attribution]
) -> str | None:
    if not attributions:
        return None
    position = tokens[mention.first_token].start
    if not any(a.start <= position < a.end for a in attributions):
        elliptic = _elliptic_speaker(sentence, position)
        if elliptic is not None:
            return elliptic
    if len(attributions) == 1:
        return attributions[0].who
    clause = clause_of[mention.first_token]
    same_clause = []
    for a in attributions:
        k = next((i for i, t in enumerate(tokens) if t.start >= a.start), len(tokens) - 1)
        if clause_of[min(k, len(tokens) - 1)] == clause:
            same_clause.append(a)
    pool = same_clause or attributions
    return min(pool, key=lambda a: min(abs(a.start - position), abs(a.end - position))).who


_SINCE = re.compile(r"(?i)\bsince\b(?:(?:[^\w,;:.]|,(?=\s*(?:\d|$)))+\w+){0,8}(?:[^\w,;:.]|,(?=\s*(?:\d|$)))*$")
"""A year up to eight words after "since", in the same clause: "since 2022", "since March 3, 2021", "since the easing
cycle began in September 2024"; not "since 2019, when the 2021 floods ..."."""
_NAMING_BEFORE = re.compile(
    r"(?i)\b(?:over|after|following|since|into|about|for|before|than|like|ahead\s+of|anniversary\s+of|"
    r"memories\s+of|repeat\s+of)\s+(?:the|its|their|this|that)\s+$"
)
_NAMING_AFTER = re.compile(
    r"(?i)\s+(?!(?:figures?|totals?|tolls?|levels?|reports?|surveys?|census|study|data|numbers?|counts?|rates?|"
    r"seasons?|budgets?|estimates?|forecasts?|results?|accounts|records?|peak|financial|fiscal|calendar|annual|"
    r"half|quarter|first|second|third|fourth|full)\b)[A-Za-z]"
)
"""A year that names another event as the object of "over", "after", "since"... ("fined the company over the 2021
Kloofspruit disaster", "the first vote since the 2019 election") rather than dating the sentence's figures ("the 2019
figures", "in the 2023 financial year", "the 2020 outbreak infected 300")."""


def _since_period(before: str) -> bool:
    """The text before a year ends in a clause opened by "since" (see :data:`_SINCE`) that tells of no figure of its
    own: not "since a storm killed 31 people there in 2014", an earlier event; a day of a month may stand in it
    ("since 12 March 2021")."""
    found = _SINCE.search(before)
    if found is None:
        return False
    return not re.search(r"\d", _DAY_OF_MONTH.sub(" ", found.group()))


_DAY_OF_MONTH = re.compile(
    r"(?i)\b\d{1,2}(?:st|nd|rd|th)?\s+(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b"
)


EARLIER_DISASTER = re.compile(
    r"(?i)\b(?:killed|killing|died|dead|struck|hit|devastated|destroyed|flooded|erupted|collapsed|crashed|sank|"
    r"(?:earth)?quakes?|tremors?|floods?|storms?|typhoons?|hurricanes?|cyclones?|tsunami|eruptions?|landslides?|"
    r"fires?|blaze|explosions?|blasts?|attacks?|bombings?|shootings?|disasters?|outbreaks?|epidemic)\b"
)
"""A disaster or a death in a sentence that names a year: an earlier event, when the articles do not say the year of
their own."""


_YEAR_SPAN = re.compile(
    r"(?i)\b(?:between|from)\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?\d{4}\s+"
    r"(?:and|to|until|till|through)\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?\d{4}\b"
)
"""A span of years: "between 2018 and 2021", "from March 2019 to August 2022"."""
_CONDUCT_FOUND = re.compile(
    r"(?i)\b(?:court|panel|judges?|jury|tribunal|prosecutors?|prosecution|regulator|watchdog|investigators|"
    r"indictment)\b[^.;]{0,60}?\b(?:found|finds|ruled|rules|said|says|alleged|alleges|established|heard|told|accused|"
    r"argued|claimed)\b|"
    r"\b(?:siphon\w*|embezzl\w*|diverted|launder\w*|defraud\w*|misappropriat\w*|stole|stolen|swindl\w*|pocketed|"
    r"bribes?|bribery|kickbacks?)\b"
)
"""What a court, a prosecutor or a regulator found or alleged ("The court found that Baek paid ...", "Prosecutors said
he took ..."), or an offence told outright ("siphoned off", "bribes"): a span of years in it is the period of the
conduct at issue ("Prosecutors said he took $2.5 million from investors between 2018 and 2021"); not an agency's
tally of its own work ("The regulator fined banks $4 billion between 2018 and 2022")."""


def dated_claims(sentence: Sentence) -> list[tuple[Claim, int]]:
    """The dates that place a sentence's facts in a year ("in 2019", "March 3, 2021"), each with its year.

    A year after "since" ("prices have risen since 2022", "since the easing cycle began in September 2024") starts a
    period that runs to now, so it does not place the sentence in the past and is left out; so is a year that names
    an event ("shares fell on Tuesday over the 2021 Kloofspruit disaster"). So is a year in a span of years ("took
    $2.5 million from investors between 2018 and 2021", "from March 2019 to August 2022") in what a court, a prosecutor
    or a regulator found or alleged: the period of the conduct at issue, which is what the story tells of, not an
    earlier event. Elsewhere a span is an earlier period's ("Inflation averaged 2.1% between 2010 and 2019"), and so is
    one with a disaster or a death in its sentence ("between 2010 and 2020, floods killed 300 people").
    """
    out: list[tuple[Claim, int]] = []
    if not any(claim.kind is Kind.DATE for claim in sentence.claims):
        return out  # most sentences name no date: the searches below would be wasted on them
    spans = (
        [m.span() for m in _YEAR_SPAN.finditer(sentence.text)]
        if _CONDUCT_FOUND.search(sentence.text) and not EARLIER_DISASTER.search(sentence.text)
        else []
    )
    for claim in sentence.claims:
        q = claim.quantity
        if claim.kind is not Kind.DATE or q.low is None:
            continue
        if q.unit == "year":
            year = int(q.low)
        elif q.unit == "date" and q.low > 10_000:
            year = int(q.low) // 10_000
        else:
            continue
        before = sentence.text[: claim.start - sentence.start]
        if _since_period(before):
            continue
        if any(start <= claim.start - sentence.start < end for start, end in spans):
            continue
        if q.unit == "year" and _NAMING_BEFORE.search(before) and _NAMING_AFTER.match(
            sentence.text, claim.end - sentence.start
        ):
            continue
        out.append((claim, year))
    return out


def years_named(sentence: Sentence) -> list[int]:
    """The years a sentence places its facts in (see :func:`dated_claims`)."""
    return [year for _, year in dated_claims(sentence)]


_DATED_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


LOOKS_BACK = re.compile(
    r"(?i)\b(?<!\bcompared with )(?<!\bcompared to )(?<!\bthan )(?<!\bon )(?<!\bfrom )(?<!\bsince )"  # \b first
    r"(?:last\s+time|(?<!\bthe )last\s+(?:year|decade|summer|winter|spring|autumn|fall)|previous(?:ly)?|"
    r"a\s+year\s+(?:earlier|ago|before)|"
    r"(?:a|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|fortnight|months?)\s+(?:earlier|before(?=\s*[,.;]|$))|"
    r"years?\s+ago|the\s+year\s+before|prior\s+year|former\s+record|earlier\s+this\s+(?:year|month)|"
    r"in\s+the\s+past(?!\s+(?:[\w-]+\s+){0,4}?(?:decades?|years?|months?|weeks?|fortnight|days?|hours?|century|"
    r"centuries))|"
    r"since\s+records\s+began|the\s+(?:worst|deadliest)\s+since|"
    r"the\s+last\s+(?:(?:big|major|general|presidential|parliamentary|mayoral|municipal|local|regional|national|"
    r"state|federal|deadly|fatal|serious|similar|such)\s+){0,2}(?:[^\W\d_][\w-]*\s+)?(?:elections?|races?|contests?|"
    r"referendum|march|protests?|rally|demonstrations?|strikes?|walkouts?|stoppages?|census|outbreaks?|epidemic|"
    r"pandemic|"
    r"(?:earth)?quakes?|floods?|hurricanes?|cyclones?|typhoons?|storms?|eruptions?|tsunami|disasters?|crisis|"
    r"recession|budget|crash|accident|collision|derailment|attack|bombing|shooting|explosion|blast|spill|sinking|"
    r"stampede|crush|heatwave)\b"
    r"(?!\s+of\s+the\b)(?![^.;]{0,40}\b(?:on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|"
    r"yesterday|overnight|this\s+(?:morning|afternoon|evening|week))\b))\b"
)
"""Words that put a figure in the past ("last year", "last summer", "previously", "earlier this year", "at the last big
housing march"); not after "compared with", "than", "on" or "from", where the past is what today's figure is measured
against ("up 6 per cent on a year earlier", "higher than last year"), nor after "since", as "the last year" or as "in
the past decade" / "in the past five years", which count up to today ("40 have died since last year", "since the last
election")."""


_MEASURED_AGAINST = re.compile(
    r"(?i)\b(?:compared|against|(?<!more )(?<!less )(?<!fewer )(?<!rather )(?<!other )than|versus|vs)\b"
    r"(?:[^,;:()–—]|(?<=\d),(?=\d))*$|"
    r"\b(?:on|from|since)\s+(?:a|an|one|the)\s+$|"
    r"\b(?:over|on|from|against|versus|vs|above|below)\s+the\s+same\s+(?:period|month|quarter|half|time|week|day)\s+$|"
    r"\b(?:from|than|against|with|on)\s+(?:about\s+|around\s+|some\s+)?[$€£¥]?\d[\d,.]*\s*"
    r"(?:%|(?:million|billion|trillion|bn|m)\s+[^\W\d_]+|[^\W\d_]+)?\s+$"
)


@lru_cache(maxsize=8192)
def looking_back(text: str) -> tuple[int, ...]:
    """Where a sentence looks back in words (see :data:`LOOKS_BACK`), leaving out what today's figure is measured
    against: "an operating loss of €214 million, compared with a loss of €166 million in the same period last year"
    is this year's news, and so are "compared with the same quarter a year earlier, GDP was 1.1% higher", "prices
    down 1.2% on a year ago", "increased by 8.22 per cent over the same period last year" and the 47 of "rose to 47
    from 38 a week earlier"; not "In the same period last year, 97 people died". (Cached: the aligner and the conflict
    finder both ask for each sentence.)"""
    low = text.lower()
    if not any(word in low for word in _LOOKS_BACK_WORDS):
        return ()  # most sentences: no word that every way of looking back holds
    return tuple(m.start() for m in LOOKS_BACK.finditer(text) if not _MEASURED_AGAINST.search(text, 0, m.start()))


_LOOKS_BACK_WORDS = ("last", "previous", "earlier", "before", "ago", "prior", "former", "past", "since")
"""One of these stands in every match of :data:`LOOKS_BACK`: a cheap test first."""


def event_year(years: Iterable[int], dates: Iterable[str | None] = ()) -> int | None:
    """The year of the event the sources report: the latest of the years their sentences name often (or, when none
    is named twice, the latest named) and the years of their datelines ("3 March 2025"); years after the latest
    dateline are left out. None when nothing says.

    Args:
        years: Every year every sentence names (see :func:`years_named`), repeats included.
        dates: The sources' dates as written.
    """
    dated = [int(y) for date in dates if date for y in _DATED_YEAR.findall(date)]
    counts = Counter(years)
    if dated:
        # A year after the latest dateline is the future when the sources were written ("cuts due by the end of
        # 2026" in a report of 29 April 2025), never the event's.
        counts = Counter({y: c for y, c in counts.items() if y <= max(dated)})
    candidates = list(dated)
    if counts:
        top = max(counts.values())
        frequent = [y for y, c in counts.items() if c >= max(2, top // 2)]
        candidates.append(max(frequent) if frequent else max(counts))
    return max(candidates) if candidates else None


_VOTED = re.compile(r"(?i)\s+voted\s+(?:yes|no|for|against|in\s+favou?r)\b")


def _end_of_noun(tokens: list[Token], after_noun: int, mention: Mention) -> int:
    """Where the text goes on after a count and its noun ("114,483 people| voted yes")."""
    last = max(after_noun - 1, mention.last_token)
    return tokens[last].end if last < len(tokens) else mention.end


_TALLY = re.compile(r"\b\d{1,4}\s?(?:[-–]|to)\s?\d{1,4}\b")


def _in_tally(sentence: str, tokens: list[Token], mention: Mention) -> bool:
    """The count is one side of a vote tally ("passed 34-20", "voted 4-2 in favour"); the vote words are those the
    quantity reader keeps such tallies for."""
    if not any(token.low in VOTE_CONTEXT for token in tokens):
        return False
    return any(m.start() <= mention.start < m.end() for m in _TALLY.finditer(sentence))
