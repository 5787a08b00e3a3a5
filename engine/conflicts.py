"""Finds conflicting figures between linked sentences of different sources.

Two claims are compared only when they measure the same thing: the same kind and unit (money in one currency,
percentages with percentages, lengths with lengths: "200 mm" and "20 cm" are both 0.2 m), and for counts the same
predicate and a compatible subject ("people injured" vs "people injured", never "buildings damaged"). Within a pair
of linked sentences, each claim is paired at most once, preferring the same speaker, then an agreeing partner, then
the same surrounding words; so "police said 10,000, organisers 50,000" against the same two figures elsewhere pairs
police with police and organisers with organisers, and raises nothing.

Severity (see :func:`classify`):

- **contradiction**: the intervals cannot overlap ("112" vs "at least 130"; "three" vs "four"; "5.4%" vs
  "5.2 per cent"), and are not within the rounding of a figure written with a scale word;
- **discrepancy**: they overlap only through a bound or rounding ("at least 15" vs "at least 11"; "over two dozen"
  vs "at least 11"; "15" vs "at least 11"; "1.21 million" vs "1.2 million");
- **agreement** (nothing raised): the same figure, or a figure inside an approximation or a vague quantity
  ("430" vs "hundreds"; "some 60" vs "five dozen"; "nearly 400" vs "about 380").
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from itertools import combinations, pairwise, permutations
from typing import NamedTuple

from rapidfuzz import fuzz

from engine.boilerplate import WIRE_DATELINE
from engine.claims import (
    _PREDICATES,
    EARLIER_DISASTER,
    HAPPENS_TO_PEOPLE,
    counted_class,
    dated_claims,
    looking_back,
    subject_class,
    years_named,
)
from engine.claims import event_year as find_event_year
from engine.lexicon import STOP_WORDS, stem_of
from engine.models import Claim, ClaimRef, Conflict, Hedge, Kind, Link, Quantity, Sentence, Severity, Source
from engine.numbers import duration_unit, measure_unit, significant_digits

__all__ = [
    "Prepared",
    "background_claims",
    "claim_modes",
    "classify",
    "comparable",
    "find_conflicts",
    "prepare_conflicts",
]

_GENERIC_PEOPLE = frozenset(
    """people persons individuals victims casualties deaths dead fatalities injuries cases civilians""".split()
)
_PEOPLE_GROUPS = tuple(
    frozenset(words.split())
    for words in (
        "police officers policemen policewomen constables troopers gendarmes cops",
        "soldiers troops servicemen personnel",
        "workers employees staff miners colleagues",
        "children kids pupils students schoolchildren",
        "protesters demonstrators marchers",
        "residents locals inhabitants villagers",
        "passengers commuters travellers travelers occupants",
        "patients cases infections",
        "tourists holidaymakers holiday-makers vacationers sightseers",
        "inmates prisoners convicts lags",
        "guards warders wardens",
        "firefighters firemen",
        "lawmakers legislators deputies parliamentarians mps",
        "pensioners retirees",
    )
)
_UNIFORMED = frozenset().union(*(group for group in _PEOPLE_GROUPS if "police" in group or "soldiers" in group))
"""The police and the troops: the people "civilians" leaves out."""
_COMPARED_KINDS = frozenset({Kind.COUNT, Kind.MONEY, Kind.PERCENT, Kind.MEASURE, Kind.DURATION})


def _overlap(a: Quantity, b: Quantity) -> bool:
    a_low = a.low if a.low is not None else float("-inf")
    b_low = b.low if b.low is not None else float("-inf")
    a_high = a.high if a.high is not None else float("inf")
    b_high = b.high if b.high is not None else float("inf")
    # a's upper end against b's lower end
    if a_high < b_low or (a_high == b_low and (a.high_open or b.low_open)):
        return False
    if b_high < a_low or (b_high == a_low and (b.high_open or a.low_open)):
        return False
    return True


def _widened(q: Quantity) -> Quantity:
    """The interval stretched by the rounding of the figure as written (just short of half a unit, so that 1.1%
    and 1.2%, written to the same precision, still cannot meet)."""
    if not q.tolerance:
        return q
    tolerance = q.tolerance * 0.999
    return q.model_copy(
        update={
            "low": None if q.low is None else q.low - tolerance,
            "high": None if q.high is None else q.high + tolerance,
            "low_open": False,
            "high_open": False,
        }
    )


def _same_figure(a: Quantity, b: Quantity) -> bool:
    """Equal figures, or figures a unit conversion explains ("106F" and "41.2C"; "155 mph" and "250 km/h"): one
    lies within the other's rounding as written (not "two miles" and "2 kilometres", a unit slip)."""
    if a.nominal is None or b.nominal is None:
        return False
    if a.nominal == b.nominal:
        return True
    if not (a.converted or b.converted):
        return False
    if a.unit == "%":
        return abs(a.nominal - b.nominal) <= a.tolerance + b.tolerance  # "three quarters" and 78%: a fraction read
    apart = abs(a.nominal - b.nominal)
    if a.tolerance != b.tolerance:
        # two units (a metric figure and an imperial one, or km/h and mph): either may be the other converted and
        # rounded as a writer rounds it, to its last significant digit but by no more than 3% ("a 1,800-metre
        # runway" and "5,900ft", which is 1,798 metres; not "a 20-mile zone" and "40km")
        for q in (a, b):
            if q.tolerance and q.nominal:
                step = 2 * q.tolerance  # one unit of the figure as written
                written = round(abs(q.nominal) / step)
                if written and apart <= min(0.5 * _rounded_to(written), 0.03 * written) * step:
                    return True
    return apart <= max(a.tolerance, b.tolerance)


def _fits(value: float | None, q: Quantity) -> bool:
    """``value`` lies inside ``q``'s interval (an open end excludes it)."""
    if value is None:
        return False
    if q.low is not None and (value < q.low or (value == q.low and q.low_open)):
        return False
    return not (q.high is not None and (value > q.high or (value == q.high and q.high_open)))


def _rounded_to(value: float) -> float:
    """What a round figure was rounded to, by its last significant digit: 100 for 1,100, 1 for 46, 0.1 for 4.6,
    100,000 for 1.2 million; 50 for 350 (a figure ending in 5 is rounded to halves); 12 for 24 or 36, which news writes
    as "two dozen" or "three dozen"."""
    if value == 0:
        return 1.0
    if value % 12 == 0 and value % 10 != 0 and value <= 120:
        return 12.0
    digits = Decimal(repr(abs(value))).normalize().as_tuple()
    if not isinstance(digits.exponent, int):
        return 1.0
    place = 10.0**digits.exponent
    return place * 5 if digits.digits[-1] == 5 else place


def classify(a: Quantity, b: Quantity) -> Severity | None:
    """Decide whether two figures for the same thing conflict.

    Returns:
        ``Severity.CONTRADICTION``, ``Severity.DISCREPANCY``, or ``None`` when they agree.
    """
    if (_same_figure(a, b) and a.hedge is b.hedge) or a == b:
        return None  # one figure, or one range written alike ("about 15-20" in both)
    if not _overlap(a, b):
        same_written = a.nominal is not None and a.nominal == b.nominal
        if not same_written and (a.tolerance or b.tolerance) and _overlap(_widened(a), _widened(b)):
            # Compatible only through rounding ("4 per cent" and "4.2 per cent"; "1.2 million" and "1.21 million"),
            # unless a unit conversion explains the gap: one figure, converted, rounds to the other as written ("a
            # two-mile radius" and "3 kilometres"; not "2 kilometres", a unit slip).
            if a.converted or b.converted:
                return None if _overlap(_widened(a), b) or _overlap(a, _widened(b)) else Severity.CONTRADICTION
            return Severity.DISCREPANCY
        return Severity.CONTRADICTION
    hedges = {a.hedge, b.hedge}
    if Hedge.VAGUE in hedges and hedges & {Hedge.LOWER, Hedge.UPPER}:
        vague, other = (a, b) if a.hedge is Hedge.VAGUE else (b, a)
        # "at least 8" against "dozens": compatible only through the bound.
        if (
            other.nominal is not None
            and vague.low is not None
            and vague.high is not None
            and not (vague.low <= other.nominal <= vague.high)
        ):
            return Severity.DISCREPANCY
    if Hedge.APPROX in hedges and hedges & {Hedge.LOWER, Hedge.UPPER}:
        approx, bound = (a, b) if a.hedge is Hedge.APPROX else (b, a)
        # "nearly 400" and "about 380" agree: each figure fits the other's words. "more than 30" and "around 40",
        # or "more than 70" and "about 70", are compatible only through the bound. A figure converted from another
        # unit carries that unit's rounding, and so does the other, written to be compared with it: "nearly nine
        # miles" (14.5 km) and "up to 14 kilometres", "nearly 10 feet" and "up to 3 metres" agree.
        if approx.converted or bound.converted:
            approx, bound = _widened(approx), _widened(bound)
        if not (_fits(bound.nominal, approx) and _fits(approx.nominal, bound)):
            return Severity.DISCREPANCY
        if _floor_well_below(approx, bound):
            return Severity.DISCREPANCY
    if hedges == {Hedge.APPROX, Hedge.EXACT} and not (a.converted or b.converted):
        approx, exact = (a, b) if a.hedge is Hedge.APPROX else (b, a)
        # "about 46%" and 46.72%: the exact figure rounds to another number than the one written, so the two meet
        # only through "about"; "around 1.2 million" and 1.21 million, or "about 70" and 68, agree.
        if (
            approx.nominal is not None
            and exact.nominal is not None
            and approx.low is not None
            and approx.high is not None
            and approx.low < approx.nominal < approx.high  # not "nearly 175": below it is what "nearly" says
            and abs(exact.nominal - approx.nominal) > _rounded_to(approx.nominal) / 2
        ):
            return Severity.DISCREPANCY
    ranged = a.nominal is None or b.nominal is None  # "about 15-20": a range, met as ranges are, below
    if hedges == {Hedge.APPROX} and not ranged and not (_fits(a.nominal, b) and _fits(b.nominal, a)):
        # "approximately 620" and "roughly 560": compatible only through both hedges ("about 380" and "around 400"
        # agree: each figure fits the other's words).
        return Severity.DISCREPANCY
    if hedges & {Hedge.VAGUE, Hedge.APPROX, Hedge.RANGE}:
        return None
    if _same_figure(a, b) or hedges == {Hedge.EXACT}:
        return None  # overlapping exact figures are equal
    if hedges in ({Hedge.LOWER, Hedge.EXACT}, {Hedge.UPPER, Hedge.EXACT}) and not (a.converted or b.converted):
        bound, exact = (a, b) if a.hedge is not Hedge.EXACT else (b, a)
        if _bound_rounds(bound, exact.nominal):
            return None
    return Severity.DISCREPANCY


_FLOOR_GAP = 0.05
"""How far (a share of the approximate figure) a floor may sit below "about" a figure and still say it in round words
(see :func:`_floor_well_below`)."""


def _floor_well_below(approx: Quantity, bound: Quantity) -> bool:
    """A floor ("more than 1,000", "at least 80,000") set well below an approximate figure ("about 1,100", "some
    86,000"): the floor is another, earlier or more cautious count, and the two meet only through both hedges. A floor
    within a few per cent says the figure in round words ("some 61,000" and "more than 60,000"), and "nearly 500" with
    "more than 450" brackets one figure from both sides."""
    if approx.converted or bound.converted or bound.hedge is not Hedge.LOWER:
        return False
    if approx.nominal is None or bound.low is None or approx.high is None or approx.nominal <= 0:
        return False
    if approx.high <= approx.nominal:
        return False  # "nearly 500": a figure told from below, which a floor under it brackets
    return (approx.nominal - bound.low) > _FLOOR_GAP * approx.nominal


_ROUNDING_GAP = 0.05
"""How far (a share of the bound) an exact figure may pass a round bound that is that figure rounded, and still agree
with it (see :func:`_bound_rounds`): "more than 300" for 312. Of the labelled pairs of "more than" and an exact figure
up to 5% above it, writers called 53 an agreement and 27 a discrepancy; from 5% to 10%, 21 and 22."""


def _bound_rounds(bound: Quantity, value: float | None) -> bool:
    """The bound is ``value`` rounded at its own last significant digit, towards the side it bounds, and close to it:
    "more than 2,300" for 2,314, "more than 6.8 million" for 6,879,244, "more than 300" for 312, "fewer than 500" for
    497 say the same figure in round words. "At least 23" for 27 (no rounding) and "more than 800" for 860 (7.5%
    apart) do not: the bound is another, earlier or cautious figure, and the two meet only through it; nor does "at
    least 110" for 112,
    a floor that counts (of the labelled pairs of "at least" and a larger exact figure, writers called none an
    agreement)."""
    edge = bound.low if bound.hedge is Hedge.LOWER else bound.high
    if value is None or edge is None or edge <= 0 or value <= 0:
        return False
    if bound.hedge is Hedge.LOWER and not bound.low_open:
        return False  # "at least 110" for 112: a floor, counted, not a figure rounded down (writers call it so)
    step = _rounded_to(edge)
    if step < 10 ** math.floor(math.log10(edge)) / 10:
        return False  # "at least 2,314": written to the unit, no round figure
    rounded = math.floor(value / step) * step if bound.hedge is Hedge.LOWER else math.ceil(value / step) * step
    return math.isclose(rounded, edge) and abs(value - edge) <= _ROUNDING_GAP * edge


def comparable(a: Claim, b: Claim) -> bool:
    """True when two claims measure the same thing, so their figures can be compared."""
    if a.kind is not b.kind or a.kind not in _COMPARED_KINDS:
        return False
    if a.quantity.unit != b.quantity.unit:
        return False
    if a.kind is Kind.DURATION:
        return _same_span(a, b)  # ages with ages, spans of time with spans of time
    if a.kind is not Kind.COUNT:
        # Money, percentages and measures: same predicate when both have one.
        return not (a.predicate and b.predicate and a.predicate != b.predicate)
    if a.predicate and b.predicate:
        if a.predicate != b.predicate:
            return False
        return _subjects_match(a.subject, b.subject, a.predicate)
    return a.subject is not None and b.subject is not None and _same_noun(a.subject, b.subject)


def _same_span(a: Claim, b: Claim) -> bool:
    """Two spans of time of one sort: ages with ages; a prison term with a prison term, or with a span that says
    nothing of what it measures ("jailed for 12 years" and "the 14-year term")."""
    return a.subject == b.subject or {a.subject, b.subject} == {"prison term", None}


_ONE_THING = tuple(
    frozenset(words.split())
    for words in (
        "jobs roles positions",
        "railcars wagons carriages coaches",
        "shops stores outlets",
    )
)
"""Nouns news reports use for one counted thing ("cut 900 jobs", "remove up to 850 roles"; "closed all six of its
shops" and "all seven of its stores"). Kept to nouns that name nothing else: "cars" may be a train's or the automobiles
it hit; "posts" may be messages."""


def _same_noun(a: str, b: str) -> bool:
    """The same noun, or two of :data:`_ONE_THING`'s names for one counted thing."""
    return a == b or any(a in group and b in group for group in _ONE_THING)


def _subjects_match(a: str | None, b: str | None, predicate: str) -> bool:
    if a is None or b is None:
        return predicate in HAPPENS_TO_PEOPLE and subject_class(a or b) == "people"
    if a == b:
        return True
    if " and " in a or " and " in b:
        return False  # "missiles and drones" counts two things together: no single figure to compare
    ca, cb = counted_class(a, predicate), counted_class(b, predicate)
    if ca == cb == "people":
        # A generic word ("people", "victims") may name the same toll as a specific one ("workers"); two specific
        # groups match only when they are names for one group ("police" and "officers"), never children vs adults.
        if a in _GENERIC_PEOPLE or b in _GENERIC_PEOPLE:
            return not ({a, b} & {"civilians"} and {a, b} & _UNIFORMED)  # civilians are never the police or troops
        return any(a in group and b in group for group in _PEOPLE_GROUPS)
    if ca == cb and ca in ("structures", "weapons"):
        return a.rstrip("s") == b.rstrip("s")
    return _same_noun(a, b)


_WORD = re.compile(r"[^\W\d_]{3,}")


_CONTEXT_STOP = frozenset(
    """the and was were has have had that this with from for are been its their his her they said says than more
    about some into over after before also which who when while still other least nearly around almost just
    year years next month months week weeks today yesterday million millions billion billions""".split()
)


def _context(sentence: Sentence, claim: Claim) -> set[str]:
    """Content words within a few words of a figure, as the aligner's stems and concepts: what the figure is about
    ("cases", "passengers"; "unemployment" and "jobless" are one concept)."""
    local_start = claim.start - sentence.start
    local_end = claim.end - sentence.start
    text = sentence.text
    before = text[max(0, local_start - 40) : local_start]
    after = text[local_end : local_end + 40]
    if local_start > 40 and not text[local_start - 41].isspace():
        before = before.split(" ", 1)[-1] if " " in before else ""  # not half a word
    if local_end + 40 < len(text) and not text[local_end + 40].isspace():
        after = after.rsplit(" ", 1)[0] if " " in after else ""
    # not past a turn to another clause: "Food prices were up 6% on the year, while household energy costs jumped"
    turns = list(_TURN.finditer(before))
    if turns:
        before = before[turns[-1].end() :]
    turn = _TURN.search(after)
    if turn:
        after = after[: turn.start()]
    window = before + " " + after
    words = {stem_of(w) for w in _WORD.findall(window) if w.lower() not in _CONTEXT_STOP}
    if _NET_INCOME.search(window):
        words.add(stem_of("profit"))  # "net income declined 4%" and "net profit dropped 14 per cent": one line
    return words


_NET_INCOME = re.compile(r"(?i)\bnet\s+(?:income|earnings)\b")


_TURN = re.compile(r"(?i)[;]|\s[—–]\s|\b(?:while|whereas|but|although|though)\b")


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding offset ``at`` begins: after the last turn to another clause before it (see
    :data:`_TURN`)."""
    return max([0, *(m.end() for m in _TURN.finditer(text, 0, at))])


def _clause_end(text: str, at: int) -> int:
    """Where the clause holding offset ``at`` ends: at the first turn to another clause after it, or the text's
    end."""
    turn = _TURN.search(text, at)
    return turn.start() if turn else len(text)


def _subject_named(claim: Claim, other: Sentence) -> bool:
    """The claim's subject is named in the other sentence too ("24 seats" and "... won 23 of the seats")."""
    return claim.subject is not None and claim.subject.rstrip("s") in other.text.lower()


def _same_class(a: Claim, b: Claim) -> bool:
    return a.subject is not None and subject_class(a.subject) == subject_class(b.subject)


def _same_speaker(a: Claim, b: Claim) -> int:
    if not a.attribution or not b.attribution:
        return 0
    wa = {w.lower() for w in a.attribution.split() if len(w) > 2}
    wb = {w.lower() for w in b.attribution.split() if len(w) > 2}
    return 1 if wa & wb else -1


_SEVERITY_ORDER = {None: 0, Severity.DISCREPANCY: 1, Severity.CONTRADICTION: 2}

_GIVING = re.compile(
    r"(?i)\b(?:announc(?:ed|es|ing)|pledg(?:ed|es|ing)|promis(?:ed|es|ing)|offer(?:ed|s|ing)|donat(?:ed|es|ing)|"
    r"grant(?:ed|s|ing)|allocat(?:ed|es|ing)|releas(?:ed|es|ing)|earmark(?:ed|s|ing)|set\s+aside|ex[- ]gratia|"
    r"(?:will|would|shall|to)\s+(?:also\s+)?(?:pay|give|provide|contribute))\b"
)


def _giver(sentence: Sentence, claim: Claim) -> str | None:
    """Who gives or pledges the amount ("the Chief Minister announced an ex gratia of Rs 4 lakh"): the capitalised
    words before the giving word, when it comes before the amount in its sentence; ``None`` when nothing gives it.
    Not "released figures showing a deficit of $4.1 billion": a report, not a payment."""
    at = _giving_at(sentence, claim)
    if at is None:
        return None
    before = sentence.text[max(0, at - 60) : at]
    names = re.findall(r"\b[A-Z][\w'’-]*", before)
    return " ".join(names[-3:]).lower() if names else ""


def _giving_at(sentence: Sentence, claim: Claim) -> int | None:
    """Where the giving word of a sum starts (see :data:`_GIVING`: "will pay", "announced an ex gratia of"), the
    last within 90 characters before it; ``None`` for a figure that is no sum, or that nothing gives, or a report's
    ("released figures showing a deficit of $4.1 billion")."""
    if claim.kind is not Kind.MONEY:
        return None
    start = claim.start - sentence.start
    found = list(_GIVING.finditer(sentence.text, max(0, start - 90), start))
    if not found or _REPORT_AFTER.match(sentence.text, found[-1].end()):
        return None
    return found[-1].start()


_GIVER_STOP = frozenset(
    "the a an its their his her this that also has have had will would shall to be been is was are were it they he she "
    "which who and said says on friday monday tuesday wednesday thursday saturday sunday already now then each "
    "approved agreed decided".split()
)


def _giver_words(sentence: Sentence, claim: Claim) -> frozenset[str]:
    """The words naming who gives the amount, in its clause before the giving word ("FESUR will pay 5 million pesos":
    fesur; "The regional government will give each family 3 million pesos": regional, government); empty when
    nothing gives it or no giver is named there. A public body's payment and a company's are two payments; two
    names of one giver ("the company", "the Board") are not told apart."""
    at = _giving_at(sentence, claim)
    if at is None:
        return frozenset()
    text = sentence.text
    words = re.findall(r"[\w'’-]+", text[_clause_start(text, at) : at])
    named = [w.lower().removesuffix("'s").removesuffix("’s") for w in words if w.lower() not in _GIVER_STOP]
    return frozenset(named[-4:])


_PUBLIC_GIVER = frozenset(
    "government governments ministry ministries minister ministers state president presidency governor governorate "
    "mayor municipality municipal council cabinet authority authorities regional provincial federal national county "
    "city department treasury administration eu un".split()
)


def _public(words: frozenset[str]) -> bool:
    """A giver is a public body ("the regional government", "the Chief Minister"), not a company or a charity."""
    return bool(words & _PUBLIC_GIVER)


def _two_givers(sa: Sentence, ca: Claim, sb: Sentence, cb: Claim) -> bool:
    """Each amount is given or pledged, by two different givers (see :func:`_giver`)."""
    giver_a = _giver(sa, ca)
    if giver_a is None:
        return False
    giver_b = _giver(sb, cb)
    return giver_b is not None and giver_a != giver_b


_REPORT_AFTER = re.compile(
    r"(?i)\s+(?:its\s+|the\s+|new\s+|official\s+)*(?:figures|data|statistics|numbers|reports?|results)\b"
)


def _loosely_comparable(a: Claim, b: Claim) -> bool:
    """Within two sentences already linked as the same fact: same kind and unit, and nothing says the two figures
    count different things (no clashing predicates, no subjects of different classes)."""
    if a.kind is not b.kind or a.kind not in _COMPARED_KINDS or a.quantity.unit != b.quantity.unit:
        return False
    if a.predicate and b.predicate and a.predicate != b.predicate:
        return False
    if a.kind is Kind.DURATION:
        return _same_span(a, b)  # an age ("48-year-old") is never compared with a span of time
    if _sizes_apart(a, b):
        return False  # figures this far apart without a shared subject are about different things
    if a.kind is not Kind.COUNT or not (a.subject and b.subject):
        return True
    ca, cb = subject_class(a.subject), subject_class(b.subject)
    if ca == cb == "people" and _two_groups(a.subject, b.subject):
        return False  # "about 200 passengers" and "More than 150 firefighters"
    if ca == cb == "places" and not _same_noun(a.subject, b.subject) and not {a.subject, b.subject} <= _SETTLEMENTS:
        return False  # "12 villages" and "14 districts": two tiers; but "six villages", "seven neighbourhoods"
    if ca == cb or _same_noun(a.subject, b.subject):
        return True
    # "deaths" / "cases" / "injuries" name the event, not a different group of things.
    event_nouns = {"deaths", "fatalities", "casualties", "injuries", "cases", "victims", "dead"}
    return (a.subject in event_nouns and cb == "people") or (b.subject in event_nouns and ca == "people")


_SETTLEMENTS = frozenset(
    """villages towns cities communities settlements localities neighbourhoods neighborhoods suburbs camps hamlets
    barangays""".split()
)
"""Places people live in, which outlets name by one another's words ("six villages", "seven neighbourhoods"); the
other places of :func:`engine.claims.subject_class` are tiers of government (districts, counties, provinces,
municipalities, wards), each counted apart."""


def _two_groups(a: str, b: str) -> bool:
    """Two groups of people, each named by a word of its own: the responders sent to an emergency and anyone else
    ("firefighters" and "passengers"), or two groups of :data:`_PEOPLE_GROUPS` ("passengers" and "workers"); not a
    word for people in general ("people", "victims") or for those on duty ("personnel") beside either."""
    if a == b or {a, b} & _GENERIC_PEOPLE or "personnel" in (a, b):
        return False
    if (a in _RESPONDERS) != (b in _RESPONDERS):
        return True
    group_a = next((g for g in _PEOPLE_GROUPS if a in g), None)
    group_b = next((g for g in _PEOPLE_GROUPS if b in g), None)
    return group_a is not None and group_b is not None and group_a != group_b


_KINDS_OF_PEOPLE = frozenset(
    """women children kids adults boys girls teenagers teens infants babies toddlers elderly schoolchildren
    schoolgirls schoolboys""".split()
)
"""Groups of people by age or sex, which a report counts as part of a toll ("two women and a baby"). Not "men", which
often names the whole group ("brought 12 men out alive" of the miners)."""


_RESPONDERS = frozenset(
    """firefighters firemen officers police policemen policewomen rescuers soldiers troops paramedics medics lifeguards
    responders""".split()
)
"""The people sent to an emergency, whom a report counts apart from its victims ("five firefighters were treated
for minor injuries" beside "more than 20 people were hurt")."""


def _smaller_group(part: Claim, whole: Claim, whole_sentence: Sentence) -> bool:
    """``part`` counts a kind of people ("six children", "two women") and ``whole`` all the people the same thing
    befell ("eight people", "three were killed"), and ``part`` is the smaller: the children may be some of the
    eight, so the two figures can both be true. Not when the whole's sentence names that kind too ("six people,
    all of them children"; not as its speaker: "police said"). Responders ("five firefighters were hurt") are a
    group of their own, counted apart from the people, unless there are more of them than the whole ("six
    firefighters died" and "the blaze killed four people" cannot both be true)."""
    if part.kind is not Kind.COUNT or whole.kind is not Kind.COUNT or part.subject is None:
        return False
    responders = part.subject in _RESPONDERS
    if not responders and part.subject not in _KINDS_OF_PEOPLE:
        return False
    named = rf"(?i)\b{re.escape(part.subject)}\b(?!['’]s)(?!\s+(?:said|say|says|told|reported|added)\b)"
    if re.search(named, whole_sentence.text):
        return False  # "six people, all of them children" (but not "the children's hospital", "police said")
    if whole.subject is not None and whole.subject not in _GENERIC_PEOPLE:
        return False
    if whole.subject is None and whole.predicate not in HAPPENS_TO_PEOPLE:
        return False
    if responders:
        low, high = part.quantity.low, whole.quantity.high
        return not (low is not None and high is not None and low > high)
    high, low = part.quantity.high, whole.quantity.low
    return high is not None and low is not None and high < low


_OTHERS_AFTER = re.compile(r"\s+(?:others\b|other\s)", re.IGNORECASE)
_NAMED_BEFORE_OTHERS = 3
"""How many people a report names before "and N others" at most ("his wife, her mother and two others")."""


def _others(sentence: Sentence, claim: Claim) -> bool:
    """The count leaves out people named before it: "killed his brother and two others", "one dead and six other
    people hurt". Not "three more" or "a further 212" (a day's addition, to be compared as such)."""
    if claim.kind is not Kind.COUNT:
        return False
    return _OTHERS_AFTER.match(sentence.text, claim.end - sentence.start) is not None


def _fewer_others(sp: Sentence, part: Claim, sw: Sentence, whole: Claim) -> bool:
    """``part`` counts "others" and ``whole`` does not, and ``part`` falls short of ``whole`` by no more than the few
    people a report names before "others": the two may be one toll ("his brother and two others" of "three people"
    killed; "killing one and wounding 9 others" of "ten people shot"; not "his wife and two others" of seven)."""
    if not _others(sp, part) or _others(sw, whole):
        return False
    high, low = part.quantity.high, whole.quantity.low
    return high is not None and low is not None and 0 < low - high <= _NAMED_BEFORE_OTHERS


def _ratio(a: Claim, b: Claim) -> float:
    """How many times the larger figure is the smaller; 0 where either is nought or unknown."""
    low_a, low_b = _magnitude(a), _magnitude(b)
    return max(low_a, low_b) / min(low_a, low_b) if low_a and low_b else 0.0


def _sizes_apart(a: Claim, b: Claim) -> bool:
    """The two figures differ by more than a factor of 2.5."""
    return _ratio(a, b) > 2.5


def _hundredfold(a: Claim, b: Claim) -> bool:
    """One figure is more than a hundred times the other, and they share no digits (figures in words share none):
    "at least seven people" and "nearly two million people" are never one count misreported, whatever words they
    share; "$2.5 million" and "$250 million" may be."""
    digits = _digits(a)
    return _ratio(a, b) > 100 and (digits != _digits(b) or not digits)


def _far_apart(a: Claim, b: Claim) -> bool:
    """The two figures differ by more than a factor of 2.5 and share no digits ("$2.5 million", "$25 million"), nor
    hold the same digits in another order ("41.1%" and "14.1%", "4.10%" and "1.4 per cent": a slip of the keys)."""
    digits = _digits(a)
    if not digits and not _digits(b):
        # two figures in words share no digits, nor slip one: "one" and "fifty-two" are far apart; but "four" and
        # "fourteen", a word's slip, may be one misreported
        return _ratio(a, b) > 10
    return _sizes_apart(a, b) and digits != _digits(b) and not _keys_slipped(a, b)


def _time_unit(claim: Claim) -> tuple[str, float] | None:
    """The unit of time a span is written in: its last word ("13 agonising hours", "31-hour", "31h")."""
    words = re.findall(r"[^\W\d_]+", claim.text)
    return duration_unit(words[-1]) if words else None


def _keys_slipped(a: Claim, b: Claim) -> bool:
    """The two figures are written with the same digits in another order, within a factor of ten of each other
    ("41.1%" and "14.1%", "13 hours" and "31 hours"; not "$2.1 billion" and "$12 million")."""
    da, db = _digits(a), _digits(b)
    if da == db or len(da) != len(db) or len(da) < 2 or sorted(da) != sorted(db):
        return False
    if a.kind is Kind.DURATION and _time_unit(a) != _time_unit(b):
        return False  # a span in the same unit as written: not "1.5 hours" and "51 minutes" ("31-hour", "31 hrs" are)
    small, large = sorted((_magnitude(a), _magnitude(b)))
    return large <= small * 10


def _bare(claim: Claim) -> bool:
    return claim.kind is Kind.COUNT and not claim.subject and not claim.predicate


def _magnitude(claim: Claim) -> float:
    q = claim.quantity
    value = q.nominal if q.nominal is not None else q.low if q.low is not None else q.high
    return abs(value) if value else 0.0


_CLAUSE_BREAK = re.compile(r"(?<!\d),|,(?!\d)|[;:()]|\s[—–-]\s|\b(?:which|while|but|whereas|although)\b")
_SAME_TIME = re.compile(
    r"\s*(?:when|where|as|in|at|on|leaving|bringing|putting|taking|pushing|lifting|giving)\b", re.IGNORECASE
)


def _clause_starts(text: str) -> list[int]:
    """Where the clauses of a sentence start; a clause opening with "when", "where", "in"... is part of the one
    before it ("... a referendum in 2014, when voters rejected a 6 per cent rise"), and so is one opening with a
    participle that tells what the first clause leads to ("It forecasts revenue of 3,147.7 trillion rupiah, leaving a
    deficit of 638.8 trillion rupiah": a forecast deficit)."""
    starts = [0]
    for m in _CLAUSE_BREAK.finditer(text):
        if not _SAME_TIME.match(text, m.end()):
            starts.append(m.end())
    return starts


_RIGHT_AFTER_BRACKET = re.compile(r"\)\s*$")
"""A look-back word right after a bracket, which then tells of the clause the bracket interrupts: "cost the treasury
4.2 trillion naira ($2.7 billion) last year"."""


_WHEN_OPENING = re.compile(r"(?i)\s*(?:when|after|before|during|the\s+last\s+time)\b")
"""An opening clause that tells when the rest of its sentence happened: a look-back in it dates the whole sentence,
however long the opening."""
_HISTORY = re.compile(r"(?i)since\b|the\s+(?:worst|deadliest)\b|former\b")
"""Look-back words that set today's figure against history ("for the first time since records began, 300 flights
were cancelled"): they do not carry a long opening clause over the rest of the sentence."""


_ACCORDING_OPENING = re.compile(r"(?i)\s*according\s+to\b[^,;:]{0,120},")
_POLL_OPENING = re.compile(r"(?i)\s*(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?polls?\b")
"""An opening that names the source of all that follows: "According to an exit poll by Odra Research, ...", or a
poll as the sentence's first words ("An exit poll by Odra Research, released on Sunday night, had given Dudek 53 per
cent")."""


_LABEL_OPENING = re.compile(
    r"(?i)\s*(?:(?:some\s+|for\s+|by\s+way\s+of\s+)?(?:context|comparison|background|reference)\s*[:,]|"
    r"for\s+the\s+record,)"
)
"""A label before a sentence's opening ("Some context:", "For comparison,"), no clause of its own."""


def _in_marked_clauses(sentence: Sentence, markers: list[int], *, short_opening: bool = False) -> list[Claim]:
    """The claims of ``sentence`` whose clause (see :func:`_clause_starts`) holds one of ``markers`` (offsets in the
    sentence); with ``short_opening``, all of them when a marker is in a short opening clause ("In 2014, ...") or
    one of up to eight words with no figure of its own puts the sentence in an earlier period ("Over the whole of
    last year, ...")."""
    if not markers:
        return []
    text = sentence.text
    starts = _clause_starts(text)
    label = _LABEL_OPENING.match(text) if short_opening else None
    if label is not None and len(starts) > 1 and starts[1] <= label.end():
        starts = [0, *starts[2:]]  # "Some context: four years ago, ...": the label and the opening are one clause

    def clause(position: int) -> int:
        return sum(1 for start in starts if start <= position) - 1

    marked = {clause(position) for position in markers}
    for position in markers:
        if _RIGHT_AFTER_BRACKET.search(text, 0, position):
            opening = text.rfind("(", 0, position)
            if opening > 0:
                marked.add(clause(opening - 1))  # the clause the bracket interrupts
    if short_opening and 0 in marked and len(starts) > 1:
        words = len(text[: starts[1]].split())
        figures = any(
            c.kind not in (Kind.DATE, Kind.DURATION) and clause(c.start - sentence.start) == 0 for c in sentence.claims
        )
        period = any(p < starts[1] and not _HISTORY.match(text, p) for p in markers)
        if words <= 5 or (words <= 8 and not figures and period):
            return list(sentence.claims)
        if period and not figures and _WHEN_OPENING.match(text):
            return list(sentence.claims)  # "When paramedics last walked out, in March last year, hospitals ..."
    return [claim for claim in sentence.claims if clause(claim.start - sentence.start) in marked]


def _earlier_values(sentence: Sentence) -> list[str]:
    """The values a change starts from: the 21 of "rose to 30, up from 21 on Friday", the range of "down from a
    February forecast of €450 million to €500 million", the £380m of "compared with £380m"."""
    text = sentence.text
    low = text.lower()
    if " from " not in low and "compared" not in low and " than " not in low:
        return []
    out = []
    for m in _EARLIER_VALUE.finditer(text):
        after = [c for c in sentence.claims if c.start - sentence.start >= m.end() and c.kind in _COMPARED_KINDS]
        if after:
            gap = text[m.end() : after[0].start - sentence.start]
            if len(gap) <= 40 and not _CLAUSE_BREAK.search(gap) and _EARLIER_GAP.fullmatch(gap):
                if _from_another_thing(sentence, m, after[0]):
                    continue
                if after[0].kind in _DEMANDED_KINDS and _demanded(sentence, after[0]):
                    continue  # "lighter than the 15 years prosecutors had asked for": a demand, not an earlier value
                out.append(after[0].id)
    return out


def _from_another_thing(sentence: Sentence, match: re.Match[str], earlier: Claim) -> bool:
    """After "A from B" with A a figure, B is where A came from, not its earlier value, when B is of another kind or
    unit or counts something A does not: "raised 120,000 in March from 800 donors", "reached 500,000 from 30
    stores"; "rose to 47 from 38" and "3.2% in February, from 3.0%" are changes."""
    if not match.group().lower().endswith("from") or match.group().lower().lstrip().startswith(("up", "down")):
        return False
    before = [c for c in sentence.claims if c.end - sentence.start <= match.start() + 1 and c.kind in _COMPARED_KINDS]
    if not before:
        return False
    figure = before[-1]
    if figure.kind is not earlier.kind or figure.quantity.unit != earlier.quantity.unit:
        return True
    return earlier.subject is not None and earlier.subject != figure.subject


_FOR_PERIOD = r"(?:for|in)\s+(?:the\s+)?(?:(?:full|whole|financial|fiscal|calendar)[- ]?(?:year\s+)?|year\s+|fy\s*)?"
"""Words right before a year that say it is the period a figure reports: "for 2024", "in fiscal 2025", "for the full
year 2023"."""
_REPORTING_BEFORE = re.compile(
    rf"(?i)\b(?:{_FOR_PERIOD}|at\s+the\s+end\s+of\s+(?:the\s+)?(?:(?:financial|fiscal|calendar)\s+year\s+)?)$"
)
_REPORTING_AFTER = re.compile(r"(?i)^\s*(?:financial\s+year|fiscal\s+year|full[- ]year|results|annual\s+results)\b")


def _reporting_year(sentence: Sentence, claim: Claim) -> bool:
    """A year that names the period a figure reports ("pre-tax profits of £412 million for 2024", "the 2024 full-year
    results"): in the months after it ends, the latest figures, not an earlier event's."""
    before = sentence.text[max(0, claim.start - sentence.start - 30) : claim.start - sentence.start]
    after = sentence.text[claim.end - sentence.start :]
    figures_before = any(c.kind is not Kind.DATE and c.end <= claim.start for c in sentence.claims)
    if _REPORTING_BEFORE.search(before) and (figures_before or _ACCOUNT_BEFORE.search(before)):
        return True  # "profits of £412 million for 2024", "Operating profit for 2025 more than doubled"
    return bool(_REPORTING_AFTER.match(after))


_ACCOUNT_BEFORE = re.compile(
    rf"(?i)\b(?:revenues?|sales|turnover|profits?|income|earnings|losses|loss|ebitda|ebit|dividends?)\s+{_FOR_PERIOD}$"
)
"""A line of the accounts right before the year it reports: "Operating profit for 2025", "revenue in fiscal 2024"."""


def _lede(sentence: Sentence) -> bool:
    """One of the first two sentences of its article."""
    return sentence.id.rsplit(".", 1)[-1] in ("1", "2")


_LAST_MONTH = re.compile(
    r"(?<![Tt]he )\b[Ll]ast\s+"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
)
"""A month told as gone by ("Residents remember last September, when a smaller flood forced around 900 people out"):
an earlier event's figures, as "last year" puts them (see :func:`engine.claims.looking_back`)."""


def _month_gone_by(sa: Sentence, sb: Sentence) -> bool:
    """One sentence tells of "last September" and the other of "September" plainly ("The fire last September killed
    12" and "The fire in September killed 14"): one month, told from two days, so its figures are compared."""
    for one, other in ((sa, sb), (sb, sa)):
        for found in _LAST_MONTH.finditer(one.text):
            month = found.group(0).split()[-1]
            if re.search(rf"\b{month}\b", other.text) and not _LAST_MONTH.search(other.text):
                return True
    return False


_RUN_OFF = re.compile(r"(?i)\b(?:run-?offs?|second[- ]round|second\s+ballot)\b")
_FIRST_ROUND = re.compile(r"(?i)\b(?:first|opening)[- ]round\b|\bfirst\s+ballot\b")
"""In an article whose lede tells of a run-off (and not of the first round), the first round is an earlier event: "In
the first round on August 31, turnout was 48.17%", "Dudek, who took 39.2% in the first round, ..."; not in one whose
lede tells of the first round and the run-off it sets up."""


def background_claims(sentences: Iterable[Sentence], dates: Iterable[str | None] = ()) -> set[str]:
    """The claims about an earlier event: their clause names a year before the event's (see
    :func:`engine.claims.event_year`) or looks back in words ("last year", "previously"), or tells of the first round
    where the article's lede tells of a run-off (see :data:`_FIRST_ROUND`), or the sentence opens with a short clause
    that does ("In 2014, a tornado killed 16 people"); and the values a change starts from ("up from 21 on Friday").
    "Jailed for 14 years over a collapse that killed 31 miners four years ago" puts the 31 in the past, not the 14
    years."""
    sentences = list(sentences)
    dates = list(dates)
    named = [(sentence, year) for sentence in sentences for year in years_named(sentence)]
    event_year = find_event_year((year for _, year in named), dates)
    # No dateline gives the year, and no article's opening names one: the event is today's news, and a year named
    # further down with a disaster or a death is an earlier event's ("a magnitude 7.1 earthquake in October 2011
    # killed about 600"); a year with a budget, a result or a month's figure may be today's ("fell to 4.1% in January
    # 2025"), and stays as it was.
    undated = bool(named) and not find_event_year((), dates) and not any(_lede(sentence) for sentence, _ in named)
    lede = [sentence.text for sentence in sentences if _lede(sentence)]
    run_off = any(_RUN_OFF.search(text) for text in lede) and not any(_FIRST_ROUND.search(text) for text in lede)
    out: set[str] = set()
    for sentence in sentences:
        markers = list(looking_back(sentence.text))
        markers += [m.start() for m in _LAST_MONTH.finditer(sentence.text)]
        if run_off:
            markers += [m.start() for m in _FIRST_ROUND.finditer(sentence.text)]
        if undated and EARLIER_DISASTER.search(sentence.text):
            markers += [c.start - sentence.start for c, _ in dated_claims(sentence)]
        elif event_year:
            markers += [
                c.start - sentence.start
                for c, year in dated_claims(sentence)
                if year < event_year and not (year == event_year - 1 and _reporting_year(sentence, c))
            ]
        out.update(claim.id for claim in _in_marked_clauses(sentence, markers, short_opening=True))
        out.update(_earlier_values(sentence))
    return out


_FORECAST = re.compile(
    r"(?i)\b(?:forecasts?|forecasting|expects?|expected|expecting|projected|predicts?|predicted|anticipates?|"
    r"anticipated|on\s+track\s+to|(?:is|are|was|were|been|be|being|an|the)\s+assumed|assumes|assumptions?|"
    r"sees?(?=\s+(?:[\w-]+\s+){0,3}?(?:full[- ]year|annual|(?:this|next)\s+year)\b)|"
    r"(?:opinion|pre-?election|final|latest|recent|exit)\s+polls?(?!\s+(?:counts?|results?|closed|stations?))|"
    r"quick[- ]counts?|margins?\s+of\s+error|"
    r"(?:surveys?|polls?)\s+of\s+(?:[\w-]+\s+){0,2}?(?:economists|analysts|forecasters)|"
    r"(?:economists|analysts|forecasters)\s+(?:polled|surveyed)|"
    r"(?:markets?|investors|traders)\s+(?:now\s+|are\s+(?:now\s+)?|have\s+(?:now\s+)?)?(?:price[sd]?|pricing)\b|"
    r"pencil(?:s|led|ed|ling|ing)?\s+in|(?:plans?|planning|planned)\s+to\s+(?:spend|invest|borrow)|"
    r"(?:a|an|the|latest|new)\s+(?:[\w-]+\s+){0,3}?poll,?\s+(?:by|of|for|from|conducted|released|published|"
    r"commissioned|carried))\b"
)
"""Words that make a figure a forecast, in its clause: "inflation is forecast to ease to 3.1%", "the company now sees
full-year operating profit of €300 million to €350 million", a budget's "growth is assumed at 5.4%" or "assumes growth
of 5.2%", "markets now price the reference rate at 4.75% by December", "The Treasury pencils in GH¢269bn of
revenue", "The government plans to spend GH¢312.4 billion next year", "A poll by the Alamo Research Institute had put
her at 36%", "A quick count by pollster Vértice gives Huamán 50.9% ..., with a margin of error of one percentage
point" (not "assumed office", "assumed responsibility for the attack that killed 14")."""


def _measured_against(sentence: Sentence, at: int) -> bool:
    """The forecast word at ``at`` names what a figure is measured against (see :data:`_STANDARD`), with no figure
    between: not "more than three million voters are expected to cast ballots", a forecast of its own."""
    found = _STANDARD.search(sentence.text, 0, at)
    return found is not None and not any(
        c.end - sentence.start > found.start() and c.start - sentence.start < at for c in sentence.claims
    )


_STANDARD = re.compile(
    r"(?i)\b(?:than|(?:of|with|to|from|below|above)\s+what|in\s+line\s+with)\s+(?:[^\W\d_][\w'’-]*\s+){0,5}$"
)
"""What a figure is measured against is no forecast of it: "a margin of 17,135 votes, far wider than most surveys had
projected", "profit rose 12%, more than analysts expected", "the blank vote, at 1.4 per cent, was a fraction of
what the pundits had predicted"."""
_PART_COUNTED = re.compile(
    r"(?i)\bwith\s+(?:only\s+|just\s+|about\s+|nearly\s+)?(\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)\s+of\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:tables|ballots|votes?|polling\s+stations|stations|precincts|districts|constituencies|"
    r"returns|booths)\s+(?:counted|reported|reporting|tallied|processed|declared|scrutinised|scrutinized)\b"
)
"""A count in progress: "with 23% of tables counted" (under 90%) makes the sentence's figures interim, compared only
with other interim figures, not with the final count."""
_WARNED_OF = re.compile(
    r"(?i)\bwarn(?:ed|s|ing)?\s+(?:(?:that|this|on|on\s+the|late\s+on|early\s+on|last)\s+[\w'’-]+\s+)?of\b"
)
"""A warning of what may come, its day named or not: "warned of flooding", "had warned that morning of storms bringing
hail of up to 4 centimetres"."""
_WARNED_THAT = re.compile(r"(?i)\bwarn(?:ed|s|ing)?\s+(?:(?!that\b)[\w'’-]+\s+){0,3}?that\b")
_WARNED_THAT_ENDS = re.compile(r"(?i)\b(?:but|while|whereas|after)\b|[;:.()]")
_FIGURE_IN_BRACKETS = re.compile(r"\([^()]{0,30}\d[^()]{0,30}\)")
"""A figure's conversion in brackets ("up to 250 mm (10 inches) of rain could fall"), which a warned clause runs on
past."""
_WARNED_MODAL = re.compile(r"(?i)\b(?:could|might|may|would|will|can)\b|['’]ll\b")
"""A warning told with a modal ("the institute warned that up to 250 mm of rain could fall over the next 48 hours",
"officials warned residents that the river may rise to 6 metres") makes a forecast of the figures in the warned
clause; not "police warned that 40 people had been arrested", a fact told as a warning."""
_WARNING_ENDS = re.compile(r"(?i)\b(?:after|before|when|while|that|as|because|since|but|and)\b|[,;:.()]")
"""A warning ("had warned of a storm surge of up to 16 feet") makes a forecast of the figures in what it names, up to
the end of that phrase: not "warned of a shortage of beds after 40 people were admitted"."""
_FORECAST_NOUN = re.compile(r"(?i)\b(?:its|their|his|her|our|the|a|an|this|that|[\w-]+(?:'s|’s))\s+(?:[\w-]+\s+){0,2}$")
_FORECAST_GAP_STOP = re.compile(
    r"(?i)\b(?:and|but|or|after|before|while|as|because|due|said|says|reported|reports|reporting)\b|[,;:()]"
)
"""The noun "forecast" ("its 2025 forecast", "the group's profit forecast") has a figure of its own when one follows
within 50 characters in the same phrase ("a forecast of €450 million", "its forecast for the year to 2%", "forecast
growth of 2%"). Without one ("slashed its profit forecast for the year and said it would cut 900 jobs after losing
€241 million", "cut its forecast due to weaker demand and reported a loss"), it makes no other figure a forecast."""


_CAPACITY = re.compile(
    r"(?i)\b(?:capacity|(?:can|could|able\s+to)\s+(?:\w+ly\s+)?(?:carry|hold|house|accommodate|seat|take|treat|produce|"
    r"handle|shelter|sleep|turn\s+out|manufacture|generate)|(?:can|able\s+to)\s+(?:\w+ly\s+)?(?:process|pump|supply|"
    r"pass|discharge|withstand)|"
    r"may\s+(?:\w+ly\s+)?(?:carry|hold|accommodate|seat)|"
    r"(?:built|designed|intended|licensed|allowed|permitted|certified|authori[sz]ed|rated)\s+"
    r"(?:by\s+(?:the\s+)?(?:(?-i:[A-Z][\w'’&.-]*\s+(?:of\s+|and\s+|for\s+)?){1,6}|(?:state|regulators?|"
    r"authorit(?:y|ies)|government|ministry|council)\s+))?"
    r"(?:to\s+(?:carry|hold|house|accommodate|seat|take|run|travel|drive|fly|sail|operate|produce|process|handle|"
    r"treat|generate|supply|pump|store|make|pass|discharge|withstand)\b|for\b)|"
    r"(?:room|space)\s+for|seats?\s+up\s+to|(?:had\s+been|have\s+been|were|was)\s+invited\b|"
    r"(?:full\s+reservoir|full\s+supply|maximum(?:\s+(?:water|permitted|permissible|allowed|operating|safe))?)\s+"
    r"level\b|(?:licensed|legal|permitted|maximum|safety|passenger|capacity|speed)\s+"
    r"limit\b|(?:constitutional|statutory|legal|debt|borrowing|spending)\s+(?:limit|ceiling|cap)\b|(?:allows?|allowed|permits?)\s+(?:it|them|the\s+[\w-]+)\s+to\s+(?:carry|hold|house|produce|farm|catch|"
    r"pump|process|handle|export|import|build|employ)\b|(?:can|could|may)\s+reach(?=\s+(?:up\s+to\s+|as\s+(?:much|high|many)\s+as\s+)?[$€£]?\d)|(?:are|is)\s+limited\s+to|(?:danger|warning|alert)\s+(?:level|mark)|"
    r"(?:(?:may|must|shall)\s+not|cannot|can\s+not)\s+(?:exceed|(?:be|carry|hold|take|accommodate|seat|work|drive|"
    r"stay|remain|charge|employ)\s+(?:(?!(?:that|whether|if|how|why|who|sure|certain|able|confirm\w*|say|know|tell|"
    r"verify|rule)\b)[\w'’-]+\s+){0,5}?(?:for\s+)?(?:more|longer)\s+than))"
)
"""Words that make a figure what a place or a vessel can hold, in its clause: "built to house about 400 people",
"built to produce 30 million tonnes a year", "can carry up to 45,000 tonnes", "a spillway designed to pass up to 5,400
cubic metres per second", "a capacity of 1,200", "licensed by the Maritime Authority to carry 120", "1,500 guests had
been invited" (not all who came); or the most a rule allows: "a driver may not be at the wheel for more than five
hours"."""


_INTRADAY = re.compile(
    r"(?i)\b(?:intraday|in\s+(?:early|(?:\w+\s+)?morning|midday|lunchtime|afternoon|early\s+afternoon)\s+"
    r"(?:[A-Z]\w+\s+)?(?:trade|trading|deals)|"
    r"(?:trade|trading)\s+on\s+(?:\w+\s+)?(?:morning|midday)|"
    r"earlier\s+in\s+the\s+session|session\s+(?:high|low))\b"
)
_INTRADAY_IN_MARKETS = re.compile(
    r"(?i)\b(?:at\s+one\s+point|(?:rose|risen|rising|jumped|jumping|soared|soaring|surged|surging|climbed|climbing|"
    r"gained|gaining|fell|fallen|falling|dropped|dropping|slumped|slumping|plunged|plunging|tumbled|tumbling|sank|"
    r"sunk|sinking|slid|sliding|weakened|weakening|strengthened|strengthening|firmed|firming|slipped|slipping|"
    r"advanced|advancing|declined|declining)\s+(?:by\s+)?as\s+much\s+as)\b"
)
_MARKET = re.compile(
    r"\b(?i:shares?|stocks?|index|indices|futures|bonds?|yields?|sterling|currency|currencies|trading|traders|"
    r"session|Nasdaq|Dow|FTSE|Nikkei|Hang\s+Seng|DAX|CAC|Sensex|S&P)\b"
    r"|\b(?:dollar|euro|yen|yuan|rand|rupee|peso|franc|lira|naira|ringgit)s?\b"  # lower case: not "Rand Paul"
)
"""Words that make a price or its move a peak or trough within the trading day, in its clause: "shares soared as much
as 33 per cent to 499p in early trading" is not where they closed ("closed up 29 percent at 484 pence"). "As much
as" and "at one point" count only in a sentence about a market ("prices rose as much as 5% in some regions" is no
peak of the day)."""

_CLOSE = re.compile(
    r"(?i)\b(?:clos(?:e|ed|ing)|ended|ending|finished|finishing|settled|settling|last|pared|paring|"
    r"to\s+trade|(?:was|were|is|are)\s+trading)\b"
)
"""Words that turn to the close: "rose as much as 6% before closing up 4%": the 4% is the close."""

_WITH_DEBT = re.compile(
    r"(?i)\b(?:including|includes|plus)\s+(?:its\s+|the\s+company's\s+|net\s+|assumed\s+|the\s+assumption\s+of\s+)*"
    r"debts?\b|\bincluding\s+(?:about\s+|around\s+|some\s+)?\S*\d[\d.,]*\s*(?:[a-z]{1,8}\s+)?(?:of|in)\s+"
    r"(?:net\s+)?debts?\b|\bdebts?\s+(?:is|are)\s+included\b"
)
"""Words that make a deal's value its enterprise value, debt included: "including net debt of about £640m, the deal
values the group at £3.7bn" is not the £3.06bn its shares are valued at."""

_ENTERPRISE_VALUE = re.compile(r"(?i)\benterprise\s+value\s+(?:of\s+|at\s+|is\s+|was\s+)?(?:about\s+|around\s+)?$")
_DEBT_OF = re.compile(r"(?i)\bdebts?\s+(?:of\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$")
_OF_DEBT = re.compile(r"(?i)^\s*(?:of|in)\s+(?:net\s+)?debts?\b")


_TARGET = re.compile(
    r"(?i)\b(?:is|are|was|were|would\s+be|will\s+be)\s+(?:needed|required|necessary)\b|"
    r"\b(?:is|are|would\s+be|will\s+be)\s+(?:enough|sufficient)\s+to\b|"
    r"\bneeds?\s+to\s+(?:be|reach|hit)\b|"
    r"\b(?:targets?|goal|objective|threshold)\b|\baims?\s+(?:for|to|at)\b|"
    r"\b(?:needed|required)\s+(?:for\s+(?:an?\s+)?(?:overall\s+|absolute\s+|outright\s+|working\s+)?majority|"
    r"to\s+(?:form|win|pass|force|trigger|qualify|stand|carry))\b"
)
"""A level to reach, not one reached: "coverage of 95% is needed", "an inflation target of 2%", "the 29 needed for a
majority"."""
_REACHED_AFTER = re.compile(r"(?i)\b(?:on|with|polling|scoring|taking|winning|getting)\b")
"""Between a level to reach and a figure after it, a word that gives the figure reached: "just below the 5% threshold
on 4.9%", "cleared the threshold with 5.3%"."""
_TARGET_WORDS = (
    "need", "requir", "necessary", "target", "goal", "objective", "threshold", "aim", "enough", "sufficient"
)
_ENOUGH = re.compile(r"(?i)enough|sufficient")
_COUNT_TO_REACH = re.compile(r"(?i)need|requir|necessary|threshold|enough|sufficient")
_AIMED_VERBS = (
    r"reach|vaccinate|immuni[sz]e|inoculate|hire|recruit|build|create|add|plant|train|screen|test|enrol|enroll|"
    r"cover|sell|deliver|produce|cut|attract|serve|house|resettle|register|provide|give|supply|treat|connect|employ"
)
_AIMED = re.compile(
    rf"(?i)\baim(?:s|ed|ing)?\s+(?:for|to\s+(?:{_AIMED_VERBS})|at\s+(?:reaching|vaccinating|immuni[sz]ing|hiring|"
    rf"building|creating|providing|training|housing|connecting|producing|selling|delivering))\s+"
    r"(?:(?:the|a\s+total\s+of|about|around|some|nearly|almost|more\s+than|at\s+least|up\s+to|over)\s+)*$"
)
"""Right before a count, what it is aimed at: "aims to reach 1.2 million children", "aimed to vaccinate 500,000",
"aims for 500 new homes", "aims at vaccinating 2 million"; not "aims to free the 130 hostages still held", a count
that is, nor "missiles aimed at 12 cities"."""
_THRESHOLD_COUNT = re.compile(
    r"(?i)\bthreshold\b|\b(?:that|which)\s+(?:is|are|was|were|would\s+be|will\s+be)\s+(?:needed|required|necessary)\b|"
    r"\b(?:needed|required|necessary|enough|sufficient)\s+(?:for|to\s+(?:pass|win|force|trigger|qualify|validate|"
    r"be\s+valid|stand|carry))\b"
)
"""What makes a count a threshold: "above the 661,438 votes that were needed", "12,000 signatures are needed to
force a vote", "12,000 signatures are enough to force a popular vote", "the threshold of 5,000"."""
_IN_HOSPITAL_NOW = re.compile(
    r"(?i)(?:\s+[^\W\d_][\w'-]*){0,5}?(?:,[^,;:()]{1,30},)?\s+(?:remain(?:s|ed)?|still|are|is|stay(?:s|ed)?|(?:were|was)\s+being)\b"
    r"(?:\s+[\w-]+){0,3}?"
    r"\s+(?:in\s+(?:the\s+)?hospital|hospitali[sz]ed)"
)
"""After a figure: those counted are in hospital now ("two remain hospitalized", "12 patients are still in hospital",
"one child, aged eight, remains in hospital"), not all who were taken there ("at least seven have ended up in the
hospital")."""
_LIMIT_SAID = re.compile(r"(?i)(?:may|must|shall|cannot|can\s+not)\b")
"""A capacity told as a rule ("fines may not exceed $50,000"), which may be a sum."""
_CAPACITY_WORDS = (
    "capacity", "can", "could", "able", "built", "designed", "intended", "licensed", "room", "seat", "allowed",
    "permitted", "certified", "authori", "rated", "limit", "may", "must", "shall", "space", "danger", "warning",
    "alert", "allow", "permit", "ceiling", "cap", "invited", "level",
)
_FORECAST_WORDS = (
    "forecast", "expect", "projected", "predict", "track", "anticipat", "see", "poll", "assum", "survey", "pric",
    "pencil", "plan", "quick", "error",
)
_DEMAND_WORDS = re.compile(
    r"ask|sought|seek|demand|request|want|press|push|recommend|call|urg|sufficient|enough|appropriate|adequate|"
    r"proportionate|fair|just"
)
_DEMANDED = re.compile(
    r"(?i)\b(?:ask(?:ed|s|ing)\s+(?:for|(?:the\s+)?(?:court|judges?|panel|tribunal|bench)\s+to\s+(?:impose|hand\s+down|"
    r"give|jail|sentence))|sought|seeking|seeks|demanded|demanding|requested|requesting|"
    r"(?:press|push)(?:ed|es|ing)?\s+for|recommended|wants|wanted(?!\s+(?:for|in|by)\b)|"
    r"(?:demand|want)(?=\s+(?:an?|that)\b))\b"
)
"""A side's asking, right before what it asked for: "prosecutors had asked for a 12-year term", "sought a 12-year
sentence", "the union wants a rise of nearly 10%", "unions demand a 15% pay rise"; not the noun "demand" ("demand for
chips"), nor "wanted for murder"."""
_ASKED_AFTER = re.compile(
    r"(?i)\s+(?:(?:that|which)\s+)?((?:[\w'’-]+\s+){1,3}?)(?:(?:had|has|have)\s+)?(?:asked\s+for|sought|demanded|"
    r"requested|wanted|called\s+for|pressed\s+for|pushed\s+for)\b"
)
"""Right after a figure, who asked for it: "lighter than the 15 years prosecutors had asked for", "the 10% the union
demanded"; the figure is then a thing named ("the 15 years"), not a share of a group ("62% of voters wanted")."""
_THE_BEFORE = re.compile(r"(?i)\bthe\s+$")
_ROLE_APPOSED = re.compile(r"(?i)(?:^|[^\w\s,]\s*|\bthe\s+)([a-z]+)(?:\s*,|\s+(?:is|was))\s+an?\s+$")
"""A role the age is told of, set beside it or said of it: "The suspect, a 43-year-old man", "the driver was a
34-year-old from Leeds"; the role opens the sentence or follows "the"."""
_GIVEN_BEFORE = re.compile(
    r"(?i)\b(?:jailed|sentenced|imprisoned|handed|gave|given|imposed|ordered|awarded)\b[^,;]*?\b(?:for|to|of)\s+the\s+$"
)
"""A term given right before it: "jailed Smith for the 12 years prosecutors had sought" is the term given (and the one
asked for)."""
_BE_GIVEN = re.compile(
    r"(?i)\b(?:asked|demanded|requested|urged|sought)\s+(?:that\s+)?(?:(?!and\b|but\b)[\w'’-]+\s+){1,4}?be\s+"
    r"(?:jailed|imprisoned|sentenced|locked\s+up|given|handed)\s+(?:(?:to|for)\s+)?(?:an?\s+|life\s+or\s+)?$"
)
"""An asking told as what should be done, right before its term: "prosecutors demanded that he be jailed for",
"asked that the former minister be sentenced to"."""
_TERM_AFTER = re.compile(r"(?i)\s+(?:(?:prison|jail)\s+)?(?:sentence|term|imprisonment|in\s+(?:prison|jail))\b")
_ASKING_ING = re.compile(r"(?i)\b(?:seeking|demanding|requesting|asking)\b")
_AUXILIARY_BEFORE = re.compile(r"(?i)\b(?:is|are|was|were|been|be|am)\s+(?:\w+\s+)?$")
_DEMAND_BREAK = re.compile(
    r"(?i)[,;:()]|\b(?:and|but|or|as|after|before|when|while|which|who|that|was|were|is|are|be|been|has|have|had|got|"
    r"gets|won|gave|given|received|imposed|handed|jailed|sentenced|rose|fell|raised|cut|lifted|pushed|showed|"
    r"increased|decreased|grew|climbed|dropped|said|says|told|drove|make|makes|made)\b"
)
"""Words that end the thing asked for: a new clause, or a verb of what was given, said or happened ("demanded a 10%
rise and got 6%", "who demanded bribes was jailed for eight years", "sought safe havens as gold rose 2.1%", "a source
who requested anonymity said the firm plans a 10% cut")."""
_DEMANDED_KINDS = frozenset({Kind.DURATION, Kind.PERCENT})
_SUM_DEMANDED = re.compile(
    r"(?i)\bdemand(?:s|ed|ing)?\s+(?:(?:compensation|damages|payment|a\s+payout|"
    r"(?:a\s+|an\s+)?(?:ex\s+gratia|relief|compensation)\s+payment)\s+)?(?:of\s+)?"
    r"(?:(?:at\s+least|up\s+to|about|some|nearly|more\s+than)\s+)?$"
)
"""Right before a sum one side demands: "is demanding compensation of ₹35,000 per hectare", "demanded damages of
$2 million"; not a sum sought for a plan ("seeking 180 million meticais"), which is what it needs."""
_REQUEST_WORDS = ("ask", "appeal", "applied", "called", "request", "sought", "seek", "begged", "pleaded")
_REQUESTED_BEFORE = re.compile(
    r"(?i)\b(?:(?:ask(?:ed|ing|s)?|appeal(?:ed|ing|s)?|applied|called|begged|pleaded)\s+(?:[\w'’-]+\s+){0,6}?for|"
    r"request(?:ed|s|ing)?|sought|seeking|seeks)\s+"
    r"(?:(?:a|an|the|about|some|another|up\s+to|at\s+least|more\s+than|nearly|almost)\s+)?$"
)
"""Right before a count or a sum asked for: "have asked the global stockpile for 500,000 doses", "launched an appeal
on Monday for $3.1 million", "sought 1,200 more troops": what was asked for, not what came; asks are compared with
each other. Not what was needed ("The prosecution needed sixty-four witnesses", "The vote needed 2,368 ballots to
be valid"), which may be what was used or a threshold."""
_PROPOSED_BY = re.compile(
    r"(?i)\b(?:argued|argues|submitted|submits|urged|urges|suggested|suggests|contended|contends|defen[cs]e|"
    r"prosecut(?:ors?|ion)|lawyers?|solicitors?|barristers?|advocates?|counsel|attorneys?|asked|proposed)\b"
)
"""A side that puts a term forward, before it: not the judge who gives it ("Sentencing Ortiz, the judge said eight years
in prison would be appropriate")."""
_PROPOSED_AFTER = re.compile(
    r"(?i)(?:\s+(?:behind\s+bars|in\s+(?:prison|jail)|of\s+(?:prison|jail|imprisonment)))?\s+(?:would|should|will)\s+"
    r"(?:be|have\s+been)\s+(?:a\s+|an\s+)?(?:sufficient|enough|appropriate|adequate|proportionate|fair|just)\b"
)
"""A term put forward as enough, right after it: "the defence argued that about a decade behind bars would be
sufficient punishment", "his lawyer said five years in prison would be appropriate" (see :data:`_PROPOSED_BY`)."""


def _demanded(sentence: Sentence, claim: Claim) -> bool:
    """The figure is what a side asked for, six words or fewer after its asking, with nothing between that ends it (see
    :data:`_DEMANDED`, :data:`_DEMAND_BREAK`), or right before who asked for it (:data:`_ASKED_AFTER`), or a term
    asked for as what should be done (:data:`_BE_GIVEN`): a prison term or a percentage; not how long someone sought a
    thing ("sought justice for 12 years"), and not after a participle that says who ("Investors seeking safety drove
    gold up 2.1%"; but "prosecutors are seeking 12 years")."""
    at = claim.start - sentence.start
    after = _ASKED_AFTER.match(sentence.text, claim.end - sentence.start)
    if (
        after is not None
        and _THE_BEFORE.search(sentence.text, max(0, at - 8), at)
        and not after.group(1).lower().startswith("of ")
        and not _DEMAND_BREAK.search(after.group(1))
        and not _GIVEN_BEFORE.search(sentence.text, max(0, at - 60), at)
    ):
        return True  # "the 15 years prosecutors had asked for"; not "62% of voters wanted", "jailed for the 12 ..."
    if claim.kind is Kind.DURATION and _BE_GIVEN.search(sentence.text, max(0, at - 80), at):
        return True  # "demanded that he be jailed for 15 years"
    if (
        claim.kind is Kind.DURATION
        and _PROPOSED_AFTER.match(sentence.text, claim.end - sentence.start)
        and _PROPOSED_BY.search(sentence.text, 0, at)
    ):
        return True  # "the defence argued that about a decade behind bars would be sufficient"
    found = list(_DEMANDED.finditer(sentence.text, max(0, at - 80), at))
    if not found:
        return False
    asked = found[-1]
    if _ASKING_ING.match(asked.group()) and not _AUXILIARY_BEFORE.search(sentence.text, 0, asked.start()):
        return False
    between = sentence.text[asked.end() : at]
    if (
        claim.kind is Kind.DURATION
        and claim.subject != "prison term"
        and not _TERM_AFTER.match(sentence.text, claim.end - sentence.start)
        and re.search(r"(?i)\bfor\b", between)
    ):
        return False  # "sought the fugitive for 15 years": how long; but "asked for 11 years", "a 15-year sentence"
    return len(between.split()) <= 6 and not _DEMAND_BREAK.search(between)


_COULD = re.compile(
    r"(?i)\b(?:(?:could|might|may)\s+(?!not\b|have\b)(?:\w+\s+){0,2}?(?:cost|reach|rise|climb|top|exceed|hit|total|"
    r"lose|wipe\s+out|add|see|record)|would\s+(?!not\b|have\b)(?:\w+\s+){0,2}?(?:raise|bring|take|push))\s+"
    r"(?:(?!and\b|but\b|or\b|has\b|have\b|had\b|was\b|were\b|is\b|are\b|which\b|who\b)[\w'’-]+\s+){0,6}?$"
)
"""What a thing could or might cost, reach, see or total, or what would raise a tally to it, right before the figure:
a forecast ("a prolonged shutdown could cost the industry $50 million a day", "the country could see up to 1,000
confirmed cases by December", "a death that would bring the family's toll to four"), not the figures around it ("has
killed 40 people and the toll could rise"). Not what a plan "would reach" or "would cost", told as reported speech of
what it will."""


_MAY_BE_AFTER = re.compile(
    r"(?i)\s+(?:(?!and\b|but\b|or\b|who\b|which\b)[\w'’-]+\s+){0,3}?(?:may|might|could)\s+(?:still\s+|yet\s+|also\s+)?"
    r"(?:be|have\s+been|remain)\s+(?!seen\b|heard\b)"
)
"""After a count and its noun, what may be so of them, not what is: "As many as 20 people may still be buried", "up to
twenty people could be trapped under the debris"."""
_OF_KIND = re.compile(r"(?i)[^\W\d_][\w'’-]*\s+of\s+(?:magnitude\s+|category\s+|level\s+|grade\s+)?$")
_OR_ABOVE = re.compile(r"(?i)\b(?:or|and)\s+(?:above|more|over|greater|higher|upwards)$")
"""A bound that sorts what is counted, not a figure of it: "46 aftershocks of magnitude 4 or above"."""
_STAKE_AFTER = re.compile(r"(?i)\s*-?\s*(?:owned|(?:equity\s+)?stake|holding|interest\s+in)\b")
_STAKE_BEFORE = re.compile(
    r"(?i)\b(?:(?:stake|holding|interest)\s+of|interest\s+in|holds?|owns?|holding|owning|"
    r"already\s+(?:holds|owns|held|owned))\s+"
    r"(?:about\s+|around\s+|almost\s+|nearly\s+|some\s+|just\s+(?:over|under)\s+)?$"
)
"""Beside a percentage, that it is a share of a company or an asset someone owns: "its 100%-owned mine", "a 6.8%
stake", "a stake of almost 9%", "holds 8.6%": compared only with another such share, not with a growth rate."""
_POSSIBLE_AFTER = re.compile(
    r"(?i)\s+(?:(?!and\b|but\b|or\b|who\b|which\b|than\b)[\w'’-]+\s+){0,3}?(?:is|are|was|were)\s+(?:still\s+|also\s+)?"
    r"(?:possible|likely|expected)\b(?!\s+to\b)"
)
"""After a figure and its noun, that it may come, not that it came: "aftershocks of up to magnitude 5.5 are possible",
"more cases are likely"; not "12 people were expected to attend" (what was planned, told as a fact of its own)."""
_TO_COME = re.compile(
    r"(?i)\b(?:will|would|shall|won['’]t)\b|['’]ll\b|"
    r"\b(?:is|are)\s+(?:due|set|scheduled|going)\s+to\s+(?!the\b|a\b|an\b|its\b|their\b|his\b|her\b|this\b|that\b)[^\W\d_]"
)
"""A clause told as what is to come: "the restructuring will cost RM42 million", "the strikes would affect nearly
700,000 pupils", "450,000 doses are due to land on Friday"."""


def _to_come(sentence: Sentence, claim: Claim) -> bool:
    """The figure's clause (see :func:`_clause_starts`) is told in the future (see :data:`_TO_COME`)."""
    text = sentence.text
    at = claim.start - sentence.start
    starts = _clause_starts(text)
    start = max(s for s in starts if s <= at)  # the first clause starts at 0
    following = [s for s in starts if s > at]
    end = following[0] if following else len(text)
    joined = _NEXT_VERB.search(text, claim.end - sentence.start, end)
    if joined is not None:
        end = joined.start()  # "dumped 200mm of rain and will move inland": the future is the next verb's
    return _TO_COME.search(text, start, end) is not None


_NEXT_VERB = re.compile(
    r"(?i)\b(?:and|but|then)\s+(?:(?:it|they|he|she|is|are|was|were)\s+)?(?:will|would|shall|won['’]t)\b"
)


def _both_charged(ca: Claim, sa: Sentence, cb: Claim, sb: Sentence, modes: Mapping[str, str]) -> bool:
    """One figure is what prosecutors had alleged and the other is told by the prosecution too ("2,100 investors,
    prosecutors said"): two reports of the charge, compared."""
    mode_a, mode_b = modes.get(ca.id), modes.get(cb.id)
    if {mode_a, mode_b} != {"alleged", None}:
        return False
    return _PROSECUTION.search((sb if mode_a == "alleged" else sa).text) is not None


_PROSECUTION = re.compile(r"(?i)\b(?:prosecutors?|prosecution|indictment)\b")


def _both_to_come(ca: Claim, sa: Sentence, cb: Claim, sb: Sentence, modes: Mapping[str, str]) -> bool:
    """One figure is a forecast ("is expected to cost about RM420 million") and the other is told as what will be
    ("will cost RM42 million"): both say what is to come, so they are compared, as two forecasts are."""
    mode_a, mode_b = modes.get(ca.id), modes.get(cb.id)
    if {mode_a, mode_b} != {"forecast", None}:
        return False
    plain, sentence = (cb, sb) if mode_a == "forecast" else (ca, sa)
    return _to_come(sentence, plain)


_OWN_FIGURE_NEXT = re.compile(r"(?i)\s+(?:of|at|is|was|stands\s+at|set\s+at)\s+")


def _bound(sentence: Sentence, claim: Claim, match: re.Match[str], before: int = 25) -> bool:
    """The words of ``match`` are about this figure: at most 25 characters after them (or ``before`` characters
    before them), no other figure between ("the 2% target", "coverage of 95% is needed"; not the 3.1% of "inflation
    of 3.1% remains above the 2% target"), nor a figure before words that give their own right after them (the
    GH¢321bn of "GH¢321bn, leaving a deficit target of 3.1% of GDP")."""
    start, end = claim.start - sentence.start, claim.end - sentence.start
    lo, hi, most = (end, match.start(), before) if end <= match.start() else (match.end(), start, 25)
    if hi - lo > most:
        return False
    if end <= match.start():
        own = _OWN_FIGURE_NEXT.match(sentence.text, match.end())
        if own and any(other.start - sentence.start == own.end() for other in sentence.claims):
            return False
    return not any(lo <= other.start - sentence.start < hi for other in sentence.claims if other is not claim)


def _bare_forecast_noun(sentence: Sentence, match: re.Match[str]) -> bool:
    """The noun "forecast" with no figure of its own (see :data:`_FORECAST_NOUN`)."""
    text = sentence.text
    if match.group().lower() != "forecast" or _FORECAST_NOUN.search(text, 0, match.start()) is None:
        return False
    for claim in sentence.claims:
        at = claim.start - sentence.start
        if match.end() <= at <= match.end() + 50 and claim.kind is not Kind.DATE:
            return _FORECAST_GAP_STOP.search(text, match.end(), at) is not None
    return True


_GUST_BEFORE = re.compile(
    r"(?i)\bgust(?:s|ed|ing)?\b[:,]?(?:\s+(?!(?:sustained|winds?|and|with|while|but)\b)[^\W\d_][\w'’-]*){0,6}\s+$"
)
_GUST_AFTER = re.compile(r"(?i)\s*(?:winds?\s+)?gusts?\b")


def _gusts(sentence: Sentence) -> list[Claim]:
    """The speeds a sentence gives as a wind's gusts: "gusts of up to 240 km/h", "a gust of 126 mph", "Peak wind gust:
    62 mph", "The highest gust, 238 km/h,", "winds gusting to 150 km/h", "gusts at the Needles peaked at 122mph", "140
    mph gusts"; not the 185 km/h of "sustained winds of 185 km/h with gusts of 220 km/h", nor the 120 km/h of "strong
    gusts, with winds of 120 km/h"."""
    out = []
    previous_end = 0
    for claim in sentence.claims:
        start, end = claim.start - sentence.start, claim.end - sentence.start
        if claim.kind is Kind.MEASURE and claim.quantity.unit == "m/s":
            before = sentence.text[max(previous_end, start - 40) : start]
            if _GUST_BEFORE.search(before) or _GUST_AFTER.match(sentence.text, end):
                out.append(claim)
        previous_end = end
    return out


_CORE_BEFORE = re.compile(r"(?i)(?<![\w-])core\s+(?!of\b)(?:[^\W\d_][\w-]*\s+){0,8}$")
_CORE_AFTER = re.compile(r"(?i)\s+(?:on\s+a\s+core\s+basis|(?:in|of)\s+core\b)")
_ASIDE = re.compile(r",\s*(?:which|that|who|excluding|stripping|leaving)\b[^,;:()]*,")
"""An aside between a measure and its figure: "core inflation, which strips out food and energy, held at 3.2%"."""
_CARRIES_ON = re.compile(r"\s*(?:(?:to|from|after|of|in|at)\s+(?:a|an|the)?\s*[^,;:()\d]{0,20}?|,\s*(?:up|down)\s+)$")
"""What may lie between a core figure and the next one that is still the core measure's: "rose 8% to £1.2bn", "rose
0.3% in May after a 0.2% gain", "R4.2 billion, up 15 per cent"."""


def _core(sentence: Sentence) -> list[Claim]:
    """The rates and amounts a sentence gives for a "core" measure, which leaves out what the headline one counts:
    "core inflation held at 3 per cent" against "headline CPI rose to 3.4 per cent", "core operating profit rose 8%
    to £1.2bn", "rose 3.2 per cent on a core basis", "$1.2 billion in core profit"; not "non-core assets"."""
    out: list[Claim] = []
    previous: Claim | None = None
    for claim in sentence.claims:
        start, end = claim.start - sentence.start, claim.end - sentence.start
        if claim.kind in (Kind.PERCENT, Kind.MONEY):
            stop = previous.end - sentence.start if previous is not None else 0
            before = _ASIDE.sub(" ", sentence.text[max(stop, start - 120) : start])
            at = before.lower().rfind("core")
            if (
                (_CORE_BEFORE.search(before) and not _CLAUSE_BREAK.search(before[at:]))
                or _CORE_AFTER.match(sentence.text, end)
                or (previous in out and _CARRIES_ON.fullmatch(sentence.text[stop:start]))
            ):
                out.append(claim)
        previous = claim
    return out


_MOMENT = r"(?:\d{1,2}[:.h]\d{2}|\d{1,2}\s*[ap]\.?m\b|midday|noon)"
_SO_FAR = re.compile(
    rf"(?i)\b(?:by|as\s+of)\s+(?:\d{{1,2}}[:.h]\d{{2}}|\d{{1,2}}\s*[ap]\.?m\b|midday|noon|mid-?(?:morning|afternoon)|"
    rf"(?:early|late)\s+(?:morning|afternoon|evening))|\bso\s+far\b(?!\s+(?:this|in|of)\b)|"
    rf"\b(?:turnout|participation)\s+at\s+{_MOMENT}|\bat\s+{_MOMENT},?\s+(?:(?:voter|the)\s+)?(?:turnout|participation)\b"
)
"""A tally at a moment before the end, marking its own clause: "By 17:00, turnout stood at 37.2%", "turnout so far",
"as of midday", "Turnout at 17:00 stood at 41.07%" (not "open until 8pm", "the highest so far this century", "the
fire broke out at 17:00")."""
_SHORT_OF = re.compile(
    r"(?i)\s+(?:(?!(?:falls|comes|stops|remains|runs|was|is|are|were|has|had)\b)[^\W\d_][\w'’-]*s\s+)?short\s+of\b|"
    r"\s+(?:below|under|above|over)\s+(?:the|its)\s+(?:[\w-]+\s+){0,3}?(?:level|mark|line|limit)\b"
)
"""After a figure and its noun, what it falls short of: "two seats short of a majority", "$3 million short of its
target", "0.54 m below the Full Reservoir Level", "54 centimetres below its maximum level"; not "341bn won fell short
of the 380bn expected", where the figure is what was reached."""
_SERIOUS = r"(?:seriously|critically|severely|gravely|badly|grievously)"
_SERIOUS_BEFORE = re.compile(rf"(?i)\b{_SERIOUS}\s+(?:injur\w*|hurt\w*|wound\w*|burn\w*)\s+(?:[\w-]+\s+){{0,2}}$")
_NOT_OWN_WORDS = (
    r"(?:and|but|or|while|whereas|with|including|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"dozens?|hundreds?|some|many|several)"
)
"""Words that start another count's words after a figure ("Twelve were hurt and two are in a serious condition")."""
_SERIOUS_AFTER = re.compile(
    rf"(?i)\s+(?:(?!{_NOT_OWN_WORDS}\b)[^\W\d_][\w'-]*\s+){{0,4}}?"
    rf"(?:(?:were|was|are|is|have\s+been|had\s+been|being|been)\s+)?"
    rf"(?:{_SERIOUS}(?:\s+(?:injured|hurt|wounded|burned|burnt))?(?!\s+[a-z]+ing\b)|"
    rf"(?:fighting|battling)\s+for\s+(?:their|his|her)\s+li(?:fe|ves)|"
    rf"(?:with|(?:still\s+)?(?:fighting|battling|suffer(?:ing|ed)(?:\s+from)?|sustain(?:ed|ing)|received|"
    rf"treated\s+for))\s+"
    rf"(?:serious|severe|critical|life-threatening|grave)\s+(?:injuries|burns|wounds|head\s+injuries)|"
    rf"(?:left\s+)?in\s+(?:a\s+)?"
    rf"(?:critical|serious)\s+"
    rf"(?:but\s+stable\s+)?condition|"
    rf"(?:were|was|are|is|remain(?:s|ed)?)\s+(?:still\s+)?(?:critical|serious)(?!\s+(?:of|to|about|for|that)\b)|"
    rf"(?:(?:were|was|are|is|remain(?:s|ed)?|being\s+treated)\s+(?:still\s+)?|(?<=\bof\sthem\s)|(?<=\bof\swhom\s))"
    rf"in\s+(?:the\s+|an\s+)?(?:[\w-]+\s+){{0,2}}?(?:intensive\s+care|ICU|critical\s+care))"
    rf"\b(?!\s+ill\b)"
)
"""Words that make a count of the injured those badly hurt: "seven were seriously injured", "killing three and
critically wounding 12", "721 of them seriously", "two people in critical condition", "11 of the injured are
critical", "15 with serious burns", "three children are in the paediatric intensive care unit", "7 of them in
intensive care" (not "patients in intensive care were moved", where the unit is where they are); a part of all the
injured, set against its like. Not those "critical of" or "serious about" something."""

_MARGIN_BEFORE = re.compile(
    r"(?i)\b(?:(?:lead|(?<!operating\s)(?<!profit\s)(?<!trading\s)(?<!gross\s)(?<!net\s)(?<!interest\s)"
    r"(?<!ebitda\s)(?<!ebit\s)(?<!pre-tax\s)(?<!underlying\s)(?<!core\s)margin(?!\s+of\s+error)|gap|difference|"
    r"advantage)\s+of|(?:ahead|won|wins|winning|beat|beating|leads|leading|lost|losing|trail(?:s|ed|ing)?)\s+"
    r"(?:\w+\s+){0,2}?by)\s+(?:[\w-]+\s+){0,2}$"
)
_MARGIN_AFTER = re.compile(
    r"(?i)(?:\s*-?\s*(?:votes?|points?|seats?|percentage\s+points?))?\s+(?:lead|margin|gap)\b(?!\s+of\s+error)|"
    r"\s+(?:votes?|points?|seats?|percentage\s+points?)\s+(?:ahead\s+of|behind)\b"
)
"""Words that make a figure a margin between two others: "a lead of over 980,000 votes", "won by 12 seats", "a
7.68-point margin", "finishes nearly 18,000 votes ahead of"; not the tallies it separates, a margin of error or those a
search was "led by"."""

_FIRST_ESTIMATE = r"(?:advance|flash|preliminary|first|initial|early)\s+(?:GDP\s+)?estimate"
_ADVANCE_ESTIMATE_BEFORE = re.compile(rf"(?i)\b{_FIRST_ESTIMATE}s?\s+(?:of|was|at|had\s+been|put\s+\w+\s+at)\s+$")
_ADVANCE_ESTIMATE_AFTER = re.compile(rf"(?i)\s+{_FIRST_ESTIMATE}\b")
"""A first estimate of a figure later revised: "the advance estimate of 5.1%", "revised up from a 5.1% advance
estimate"."""
_CONTRIBUTED = re.compile(r"(?i)\bcontribut(?:ed|es|ing|ion\s+of)\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$")
"""Before a share: how much one part added to a whole's change ("Transport contributed 0.3 of a percentage point"),
not the whole's change."""
_OF_EARLY_VOTES = re.compile(
    r"(?i)\s+of\s+(?:the\s+)?(?:early|advance|postal|mail(?:-in|ed)?|absentee)\s+(?:votes?|ballots?|voting)\b"
)
"""After a share, that it is of some votes only, counted before the rest: "41.2 percent of early votes"."""

_AFTERSHOCK_BEFORE = re.compile(
    r"(?i)\b(?:after|fore)[- ]?shocks?\b(?:(?!\b(?:earth)?quakes?\b|\btemblors?\b|\bas\b|\bwhile\b)[^\d;:().]){0,30}$"
)
_AFTERSHOCK_AFTER = re.compile(r"(?i)(?:\s*-?\s*magnitude)?\s+(?:after|fore)[- ]?shocks?\b")
"""An aftershock's or a foreshock's magnitude ("the strongest aftershock, of magnitude 4.9", "a 5.1 aftershock"),
not the main quake's."""


_LARGEST = re.compile(
    r"(?i)\b(?:the\s+)?(?:largest|strongest|biggest|most\s+powerful)\s+(?:of\s+them\s+)?,?\s*"
    r"(?:(?:a|an|at|was|measuring|of)\s+)?(?:magnitude\s*)?$"
)
_QUAKE = re.compile(r"(?i)\b(?:earth)?quakes?\b|\btemblors?\b")
_AFTERSHOCKS = re.compile(r"(?i)\baftershocks\b")


def _largest_aftershock(sentence: Sentence, claim: Claim) -> bool:
    """The largest of the aftershocks told before it: "47 aftershocks as of 14:30, the largest a magnitude 5.6"; not
    when a quake is named between ("aftershocks followed the quake, the strongest in decades at magnitude 7.1")."""
    text = sentence.text
    start = claim.start - sentence.start
    largest = _LARGEST.search(text, _window_start(sentence, claim), start)
    if largest is None:
        return False
    shocks = [m.end() for m in _AFTERSHOCKS.finditer(text, 0, largest.start())]
    return bool(shocks) and _QUAKE.search(text, shocks[-1], largest.start()) is None


_PENALTY = r"(?:(?:prison|jail|custodial)\s+)?(?:sentence|term|penalty|punishment|fine)s?"
_MAXIMUM_BEFORE = re.compile(
    rf"(?i)\b(?:(?P<face>fac(?:e|es|ed|ing)|(?:could|may|might|would)\s+(?:be\s+sentenced\s+to|get|receive|spend))"
    rf"(?:\s+a\s+(?:maximum\s+)?{_PENALTY}\s+of)?(?P<most>\s+up\s+to|\s+a\s+maximum\s+of|"
    rf"\s+as\s+(?:many|much|long)\s+as)?|maximum\s+(?:possible\s+)?{_PENALTY}\s+(?:of|is|was)(?:\s+up\s+to)?|"
    rf"punishable\s+by(?:\s+up\s+to)?|carr(?:y|ies|ied|ying)\s+(?:a\s+)?(?:maximum\s+)?{_PENALTY}\s+of(?:\s+up\s+to)?|"
    rf"(?:allow|permit|provide)(?:s|ed)?\s+(?:for\s+)?(?:a\s+)?(?:maximum\s+)?(?:prison\s+terms?|jail\s+terms?|"
    rf"{_PENALTY}s?)\s+of(?:\s+up\s+to)?)"
    rf"\s+(?:[\w-]+\s+){{0,2}}$"
)


_PENALTY_GIVEN = re.compile(
    r"(?i)\b(?:hand(?:ed|s|ing)?|impos(?:ed|es|ing)|gave|given|sentenced\s+(?:\w+\s+)?to|jailed|received|got|ordered|"
    r"fined|slapped)\s+(?:[\w'’-]+\s+){0,3}?(?:the|a)\s+$"
)
"""A penalty given right before "the maximum": "handed Kovac the maximum sentence of", "imposed the maximum fine of";
not a verb further back ("The law, which was given final approval in May, carries a maximum sentence of")."""


def _maximum_penalty(sentence: Sentence, claim: Claim) -> bool:
    """The most the law allows for an offence, not the term or the fine given: "faced up to 20 years in prison",
    "carries a maximum sentence of 15 years", "punishable by up to five years", "faces a fine of up to €1 million",
    "the law allows prison terms of up to 15 years"; what someone "faces" (or "could be sentenced to", "could get")
    only as a penalty or a prison term, with "up to" or "a maximum of" (not "faced 20 years of exile", "faced up to 12
    hours without power"); not the maximum handed down (see :data:`_PENALTY_GIVEN`)."""
    start = claim.start - sentence.start
    match = _MAXIMUM_BEFORE.search(sentence.text, _window_start(sentence, claim), start)
    if match is None or _PENALTY_GIVEN.search(sentence.text, max(0, match.start() - 60), match.start()):
        return False  # "handed Kovac the maximum sentence of 10 years": the term given
    if not match.group("face") or "maximum" in (match.group() + claim.text).lower():
        return True  # "carries a maximum sentence of", "faced a maximum of"
    if not (match.group("most") or claim.quantity.hedge is Hedge.UPPER):
        return False  # "faces a fine of R$20,000 for every day": the fine itself
    # what someone "faces", "up to", as a penalty ("faces a fine of up to €1 million", "faced up to 20 years in
    # prison"); not "faced up to 12 hours without power", "faces as much as $5 billion in claims"
    in_prison = (
        claim.subject == "prison term"
        or _TERM_AFTER.match(sentence.text, claim.end - sentence.start)
        or (claim.kind is Kind.DURATION and claim.quantity.unit in ("year", "month"))  # "faces up to 20 years if ..."
    )
    return bool(in_prison or re.search(_PENALTY, match.group(), re.IGNORECASE))


def _window_start(sentence: Sentence, claim: Claim) -> int:
    """Where the words just before a figure start: at the end of the figure before it, 60 characters back at most."""
    start = claim.start - sentence.start
    previous = max((c.end - sentence.start for c in sentence.claims if c.end - sentence.start <= start), default=0)
    return max(previous, start - 60)


def _figure_marked(sentence: Sentence, claim: Claim, before: re.Pattern[str], after: re.Pattern[str]) -> bool:
    """The words just before the figure (back to the previous one) match ``before``, or those just after ``after``."""
    start, end = claim.start - sentence.start, claim.end - sentence.start
    return bool(before.search(sentence.text[_window_start(sentence, claim) : start]) or after.match(sentence.text, end))


_ALLEGED = re.compile(
    r"(?i)\b(?:prosecutors?|(?:the\s+)?prosecution|(?:the\s+)?indictment)\b(?:\s+[\w'’-]+){0,3}?\s+(?:alleged|alleges?|"
    r"had\s+(?:originally\s+"
    r"|initially\s+|first\s+)?(?:alleged|accused|put|claimed|estimated|charged|said)|(?:originally|initially)\s+"
    r"(?:alleged|put|claimed|estimated|charged|said))\b"
)
"""What the prosecution had alleged before the court ruled ("Prosecutors had alleged that he pocketed Rp 41.2
billion", "prosecutors had originally put the losses at 1.4 trillion won"): the charge, not what the court found
proven, and set only against another report of the charge."""


_ANY_SUCH_BEFORE = re.compile(r"(?:^|[.;:]\s+|\b(?:and|but|as|because|since)\s+)(?:A|An|a|an)\s+(?:[\w-]+\s+){0,2}$")
_ANY_SUCH_AFTER = re.compile(r"(?:[\s-]+[^\W\d_][\w-]*){0,3}\s+(?:can|could|may|might|would)\s+(?!not\b|have\b)[a-z]+")
"""A figure of any such thing, not of this one: "A magnitude 6 quake can cause severe damage" (an article and the
figure at the head of a clause, a modal after its noun)."""


def claim_modes(sentences: Iterable[Sentence]) -> dict[str, str]:
    """The claims that are not reported as fact or measure another thing than a plain figure would, by what they
    are: "forecast" (expected, not reported), "capacity" (what something can hold, not what it held), "intraday" (a
    peak or trough within a trading day, not the close), "with debt" (a deal's enterprise value, not its equity value),
    "debt" (the amount of a debt), "in hospital now" (not all who were taken there), "target" (a level to reach: a
    percentage or an amount that "is needed", a "target of 2%"), "gust" (a wind's gust, not its sustained speed;
    "forecast gust" for one forecast), "core" (core inflation, core profit: not the headline figure), "seriously hurt"
    (some of the injured), "margin" (a lead between two tallies, not a tally), "aftershock" (not the main quake's
    magnitude), "maximum" (the most the law allows for an offence: "faced up to 20 years in prison"), "demand" (a term
    or a rise
    one side asked for: "prosecutors had asked for a 12-year term", "the union wants a rise of nearly 10%") or
    "interim" (a count in progress, "with 23% of tables counted", "By 17:00, turnout stood at 37.2%"), "contribution"
    (what a part added to a whole's change: "Transport contributed 0.3 of a percentage point"), "advance estimate" (a
    first estimate later revised: "the advance estimate of 5.1%"), "shortfall"
    (how far a figure falls short of another: "two seats short of a majority"), "ahead" (a span of time still to
    come: "the next 24 hours will be decisive"), "whole" (the whole a share is told of: the 15,600 of "a third of the
    country's 15,600 schools") or "general" (a figure of any such thing: "A magnitude 6 quake can
    cause severe damage"). A figure is compared only with figures of its own mode."""
    out: dict[str, str] = {}
    for sentence in sentences:  # one pass: ``sentences`` may be an iterator
        text = sentence.text
        if not sentence.claims:
            continue
        low = text.lower()  # words every match holds, to skip the patterns on the many sentences without them
        if any(word in low for word in _CAPACITY_WORDS):
            found = list(_CAPACITY.finditer(text))
            marked = _in_marked_clauses(sentence, [m.start() for m in found])
            for claim in marked:
                if claim.kind is Kind.MONEY and not any(_LIMIT_SAID.match(m.group()) for m in found):
                    continue  # "built by Soviet engineers for $400 million": what it cost; not "fines may not exceed"
                alike = [c for c in marked if c.kind is claim.kind and c.quantity.unit == claim.quantity.unit]
                # the figure the words name: just after them ("a licensed limit of 120") or just before ("a
                # 120-passenger limit", "a 1,200-seat capacity")
                if len(alike) == 1 or any(_bound(sentence, claim, m, before=12) for m in found):
                    out[claim.id] = "capacity"  # not "carrying 212 passengers despite a licensed limit of 120"
        if any(word in low for word in _FORECAST_WORDS):
            markers = [
                m.start()
                for m in _FORECAST.finditer(text)
                if not _bare_forecast_noun(sentence, m) and not _measured_against(sentence, m.start())
            ]
            out.update((claim.id, "forecast") for claim in _in_marked_clauses(sentence, markers))
            opening = _ACCORDING_OPENING.match(text) or _POLL_OPENING.match(text)
            if opening is not None and any(m < opening.end() for m in markers):
                # "According to an exit poll carried out by Odra Research, Dudek won 53.2%": the poll's figures
                out.update((claim.id, "forecast") for claim in sentence.claims)
        if "prosecut" in low or "indictment" in low:
            markers = [m.start() for m in _ALLEGED.finditer(text)]
            for claim in _in_marked_clauses(sentence, markers):
                if claim.kind in (Kind.MONEY, Kind.COUNT):
                    out.setdefault(claim.id, "alleged")  # "prosecutors had alleged that he pocketed Rp 41.2 billion"
        if ("%" in low or "cent" in low) and any(word in low for word in ("own", "stake", "hold", "held", "interest")):
            for claim in sentence.claims:
                if claim.kind is Kind.PERCENT and (
                    _STAKE_AFTER.match(text, claim.end - sentence.start)
                    or _marked_before(_STAKE_BEFORE, sentence, claim, 30)
                ):
                    out.setdefault(claim.id, "stake")  # "its 100%-owned mine", "a 60% stake": who owns what
        if "%" in low or "cent" in low:
            count = _PART_COUNTED.search(text)
            if count is not None and float(count.group(1)) < 90:
                for claim in sentence.claims:
                    out.setdefault(claim.id, "interim")  # "First bulletin, with 23% of tables counted, ..."
            if "turnout" in low or "participation" in low:
                so_far = [m.start() for m in _SO_FAR.finditer(text)]
                for claim in _in_marked_clauses(sentence, so_far, short_opening=True):
                    if claim.kind is Kind.PERCENT:
                        out.setdefault(claim.id, "interim")  # "By 17:00, turnout stood at 37.2%"
        if "estimate" in low:
            for claim in sentence.claims:
                if claim.kind is Kind.PERCENT and (
                    _marked_before(_ADVANCE_ESTIMATE_BEFORE, sentence, claim, 40)
                    or _ADVANCE_ESTIMATE_AFTER.match(text, claim.end - sentence.start)
                ):
                    out.setdefault(claim.id, "advance estimate")  # "the advance estimate of 5.1%"
        if "contribut" in low:
            for claim in sentence.claims:
                if claim.kind is Kind.PERCENT and _marked_before(_CONTRIBUTED, sentence, claim, 30):
                    out.setdefault(claim.id, "contribution")  # "Transport ... contributed 0.3 of a percentage point"
        if "early" in low or "advance" in low or "postal" in low or "mail" in low or "absentee" in low:
            shares = [claim for claim in sentence.claims if claim.kind is Kind.PERCENT]
            if any(_OF_EARLY_VOTES.match(text, claim.end - sentence.start) for claim in shares):
                for claim in shares:
                    # "leads with 41.2 percent of early votes, ahead of Whitfield with 25.8 percent": some votes only
                    out.setdefault(claim.id, "interim")
        if "so far" in low or " to declare" in low or " to report" in low or "to be counted" in low:
            markers = [m.start() for m in _DECLARED_SO_FAR.finditer(text)]
            if markers:
                for claim in sentence.claims:
                    if claim.kind in (Kind.COUNT, Kind.PERCENT):
                        out.setdefault(claim.id, "interim")  # "the swing in the wards declared so far, 6.5 points"
        if "short" in low or "below" in low or "above" in low or "under" in low or "over" in low:
            for claim in sentence.claims:
                if _SHORT_OF.match(text, claim.end - sentence.start):
                    # "two seats short of a majority"; "0.54 m below the Full Reservoir Level", though the level,
                    # named in its clause, is a capacity
                    out[claim.id] = "shortfall"
        if "could" in low or "might" in low or "may " in low or "would" in low:
            for claim in sentence.claims:
                at = claim.start - sentence.start
                if _COULD.search(text, max(0, at - 60), at):
                    out.setdefault(claim.id, "forecast")
                elif claim.kind is Kind.COUNT and _MAY_BE_AFTER.match(text, claim.end - sentence.start):
                    out.setdefault(claim.id, "forecast")  # "As many as 20 people may still be buried"
        if " of " in low and (" or " in low or " and " in low):
            for claim in sentence.claims:
                if claim.quantity.high is None and _marked_before(_OF_KIND, sentence, claim, 30) and _OR_ABOVE.search(
                    claim.text
                ):
                    out.setdefault(claim.id, "threshold")  # "46 aftershocks of magnitude 4 or above"
        if "possible" in low or "likely" in low or "expected" in low:
            for claim in sentence.claims:
                if _POSSIBLE_AFTER.match(text, claim.end - sentence.start):
                    out.setdefault(claim.id, "forecast")  # "aftershocks of up to magnitude 5.5 are possible"
        if " can " in low or " could " in low or " may " in low or " would " in low:
            for claim in sentence.claims:
                at = claim.start - sentence.start
                if _ANY_SUCH_BEFORE.search(text, max(0, at - 20), at) and _ANY_SUCH_AFTER.match(
                    text, claim.end - sentence.start
                ):
                    out.setdefault(claim.id, "general")  # "A magnitude 6 quake can cause severe damage"
        if "warn" in low:
            plain = _FIGURE_IN_BRACKETS.sub(lambda b: " " * len(b.group()), text)  # the same offsets
            for m in _WARNED_THAT.finditer(text):
                end = _WARNED_THAT_ENDS.search(plain, m.end())
                stop = end.start() if end else len(text)
                if not _WARNED_MODAL.search(plain, m.end(), stop):
                    continue  # "warned that 40 people had been arrested": a fact told, not a warning of what may come
                for claim in sentence.claims:
                    if m.end() <= claim.start - sentence.start < stop:
                        out.setdefault(claim.id, "forecast")
            for m in _WARNED_OF.finditer(text):
                end = _WARNING_ENDS.search(text, m.end())
                stop = end.start() if end else len(text)
                for claim in sentence.claims:
                    if m.end() <= claim.start - sentence.start < stop:
                        out.setdefault(claim.id, "forecast")
        if any(word in low for word in _TARGET_WORDS):
            found = list(_TARGET.finditer(text))
            for claim in _in_marked_clauses(sentence, [m.start() for m in found]):
                bound = [
                    m
                    for m in found
                    if _bound(sentence, claim, m)
                    and not _REACHED_AFTER.search(text, m.end(), max(m.end(), claim.start - sentence.start))
                ]
                if claim.kind in (Kind.PERCENT, Kind.MONEY) and any(not _ENOUGH.search(m.group()) for m in bound):
                    out.setdefault(claim.id, "target")  # not "54% is enough to avoid a runoff": a share reached
                elif claim.kind is Kind.COUNT and any(_COUNT_TO_REACH.search(m.group()) for m in bound):
                    # a count is a level to reach only as a threshold or as what "was needed" for something: not
                    # "fired 40 missiles at targets", nor "200 firefighters were needed to fight the fire"
                    if _THRESHOLD_COUNT.search(text):
                        out.setdefault(claim.id, "target")
        if "aim" in low:
            for claim in sentence.claims:
                at = claim.start - sentence.start
                if claim.kind is Kind.COUNT and _AIMED.search(text, max(0, at - 45), at):
                    out.setdefault(claim.id, "target")  # "the campaign aims to reach 1.2 million children"
        if "hospital" in low:
            for claim in sentence.claims:
                if (
                    claim.kind is Kind.COUNT
                    and claim.predicate in ("hospitalised", None)
                    and _IN_HOSPITAL_NOW.match(text, claim.end - sentence.start)
                ):
                    out.setdefault(claim.id, "in hospital now")
        if "gust" in low:
            # a gust forecast is not one recorded: "forecasters expected gusts of up to 70 km/h" and "gusts of up to
            # 90 km/h were recorded" are two figures
            for claim in _gusts(sentence):
                out[claim.id] = "forecast gust" if out.get(claim.id) == "forecast" else "gust"
        for claim in sentence.claims:
            if claim.kind is Kind.COUNT and claim.predicate in ("injured", "hospitalised", "rescued", None):
                if _figure_marked(sentence, claim, _SERIOUS_BEFORE, _SERIOUS_AFTER):
                    out.setdefault(claim.id, "seriously hurt")
            if claim.kind in (Kind.COUNT, Kind.PERCENT) and _figure_marked(
                sentence, claim, _MARGIN_BEFORE, _MARGIN_AFTER
            ):
                out.setdefault(claim.id, "margin")
            if claim.kind is Kind.MEASURE and "shock" in low and (
                _figure_marked(sentence, claim, _AFTERSHOCK_BEFORE, _AFTERSHOCK_AFTER)
                or _largest_aftershock(sentence, claim)
            ):
                out.setdefault(claim.id, "aftershock")
        if "fac" in low or "maximum" in low or "punishable" in low or "carr" in low or "up to" in low:
            for claim in sentence.claims:
                if claim.kind in (Kind.DURATION, Kind.MONEY) and _maximum_penalty(sentence, claim):
                    out.setdefault(claim.id, "maximum")
        if _DEMAND_WORDS.search(low):
            for claim in sentence.claims:
                if claim.kind in _DEMANDED_KINDS and _demanded(sentence, claim):
                    out.setdefault(claim.id, "demand")
                elif claim.kind is Kind.MONEY and _marked_before(_SUM_DEMANDED, sentence, claim, 60):
                    out.setdefault(claim.id, "demand")  # "demanding compensation of ₹35,000 per hectare"
        if "core" in low:
            out.update((claim.id, "core") for claim in _core(sentence))
        if any(word in low for word in _REQUEST_WORDS):
            for claim in sentence.claims:
                if claim.kind in (Kind.COUNT, Kind.MONEY) and _marked_before(_REQUESTED_BEFORE, sentence, claim, 80):
                    out.setdefault(claim.id, "demand")  # "asked the stockpile for 500,000 doses": not those sent
        if "all but" in low:
            for claim in sentence.claims:
                if claim.kind is Kind.COUNT and _marked_before(_ALL_BUT_OF, sentence, claim, 60):
                    out.setdefault(claim.id, "whole")  # "All but five of Glasgow's 169 council schools were closed"
        if " of " in low:
            for claim in sentence.claims:
                if claim.kind is Kind.COUNT and any(
                    share.kind is Kind.PERCENT
                    and share.end <= claim.start
                    and _SHARE_OF_WHOLE.fullmatch(text, share.end - sentence.start, claim.start - sentence.start)
                    for share in sentence.claims
                ):
                    out.setdefault(claim.id, "whole")  # "Nearly a third of the country's 15,600 public schools"
        if "ton" in low or "dwt" in low or "deadweight" in low:
            for claim in sentence.claims:
                if claim.kind is not Kind.MEASURE:
                    continue
                at_end = claim.end - sentence.start
                if (_SIZE_BY_WEIGHT.search(claim.text) and _CARRIER_AFTER.match(text, at_end)) or (
                    _DEADWEIGHT.search(claim.text) or _DEADWEIGHT.match(text, at_end)
                ):
                    # "a 50,000-tonne tanker", "the 49,900 dwt tanker": the ship's size, not a load
                    out.setdefault(claim.id, "capacity")
        if "next" in low or "coming" in low:
            for claim in sentence.claims:
                if claim.kind is Kind.DURATION and _AHEAD.search(text, 0, claim.start - sentence.start):
                    out.setdefault(claim.id, "ahead")  # "the next 24 hours will be decisive": a time still to come
        if not any(c.kind in (Kind.MONEY, Kind.PERCENT) for c in sentence.claims):
            continue
        markers = []
        if any(word in low for word in ("intraday", "early", "session", "morning", "midday", "lunchtime", "afternoon")):
            markers += [m.start() for m in _INTRADAY.finditer(text)]
        if ("as much as" in low or "at one point" in low) and _MARKET.search(text):
            markers += [m.start() for m in _INTRADAY_IN_MARKETS.finditer(text)]
        peaks = {m for m in markers if text.lower().startswith("as much as", m) or "as much as" in text[m : m + 40]}
        for claim in _in_marked_clauses(sentence, markers, short_opening=True):
            at = claim.start - sentence.start
            # Prices and their moves only ("more than 50 rescuers at one point"), not past a turn to the close, and
            # not before "as much as" ("was last down 0.3% at $1.0820 after weakening as much as 0.6%").
            near = [m for m in markers if m not in peaks or at >= m]
            if claim.kind in (Kind.MONEY, Kind.PERCENT) and near and not any(
                _CLOSE.search(text[min(at, m) : max(at, m)]) for m in near
            ):
                out.setdefault(claim.id, "intraday")
        if "debt" not in low and "enterprise" not in low:
            continue
        debt_markers = [m.start() for m in _WITH_DEBT.finditer(text)]
        if debt_markers and not text[: debt_markers[0]].strip(" \"“‘'"):
            debt_clauses = {claim.id for claim in sentence.claims}  # "Including net debt of about £640m, the deal ..."
        else:
            debt_clauses = {claim.id for claim in _in_marked_clauses(sentence, debt_markers, short_opening=True)}
        for claim in sentence.claims:
            if claim.kind is not Kind.MONEY:
                continue
            before, after = text[: claim.start - sentence.start], text[claim.end - sentence.start :]
            if _DEBT_OF.search(before) or _OF_DEBT.match(after):
                out[claim.id] = "debt"  # "net debt of about £640m", "$1bn of debt": the debt's own amount
            elif claim.id in debt_clauses or _ENTERPRISE_VALUE.search(before):
                out.setdefault(claim.id, "with debt")
    return out


_ALL_BUT_OF = re.compile(
    r"(?i)\ball\s+but\s+(?:\w+\s+){1,2}?of\s+(?:the\s+|its\s+|their\s+|(?:[\w-]+\s+)?[\w-]+['’]s\s+)?$"
)
"""Before the whole of "all but five of Glasgow's 169 schools": what befell all but a few befell no such count."""
_SHARE_OF_WHOLE = re.compile(r"(?i)\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:[\w-]+(?:'s|’s)\s+)?")
"""Between a share and the whole it is a share of: "a third of the country's 15,600 schools", "40% of its 2,000
staff"."""
_SIZE_BY_WEIGHT = re.compile(r"(?i)[-‐](?:tonnes?|tons?|tonner)$")
_CARRIER_AFTER = re.compile(
    r"(?i)\s+(?:[\w-]+\s+){0,2}?(?:tankers?|ships?|vessels?|freighters?|carriers?|bulkers?|barges?|ferry|ferries|"
    r"boats?|trawlers?|dredgers?|trucks?|lorries|lorry|cranes?)\b"
)
"""A weight written as a word joined to a ship or a vehicle ("a 50,000-tonne tanker", "a 40-ton truck", see
:data:`_CARRIER_AFTER`): its size, what it can carry or displace, not a load (nor "a 4-tonne beam", the beam's
weight)."""
_DEADWEIGHT = re.compile(r"(?i)\s*\b(?:dwt|deadweight)\b")
_DECLARED_SO_FAR = re.compile(
    r"(?i)\b(?:wards|seats|constituencies|precincts|councils|results|ballot\s+boxes|districts|counties|polling\s+"
    r"stations)\s+(?:declared|counted|reported|in)\s+so\s+far\b|"
    r"\b(?:still|yet)\s+to\s+(?:declare|be\s+declared|report|be\s+counted)\b"
)
"""A count still running: "the swing in the wards declared so far", "with nine wards still to declare"."""
_AHEAD = re.compile(r"(?i)\b(?:the|these|in|over|within|for)\s+(?:next|coming)\s+$")
"""Right before a span of time still to come: "the next 24 hours", "over the coming two weeks"; not the span it
took ("had been working for more than 26 hours")."""


def _part_noun(subject: str | None) -> bool:
    """A noun that can name one group of a breakdown: any but the words for people in general, and "civilians" too,
    which are people in general alone but one group beside another ("Two civilians and one police officer were
    killed")."""
    return subject is not None and (subject not in _GENERIC_PEOPLE or subject == "civilians")


def _breakdown(sentence: Sentence) -> dict[str, tuple[Claim, ...]]:
    """Claims that split a toll or a crowd into groups of people ("two women and one man died", "178 passengers and
    23 crew members were on board"): each is a part, not the total. Maps each part's id to all the parts."""
    groups: list[list[Claim]] = []
    by_predicate: dict[tuple[str, int], list[Claim]] = {}
    for claim in sentence.claims:
        if claim.kind is Kind.COUNT and claim.predicate and _part_noun(claim.subject):
            # within one clause: not "19 residents and four firefighters needed hospital treatment; nine residents
            # are still in hospital"
            clause = _clause_start(sentence.text, claim.start - sentence.start)
            by_predicate.setdefault((claim.predicate, clause), []).append(claim)
    # not the places the people counted are in: "2,340 citizens living in seven neighbourhoods were evacuated"
    groups += [
        claims
        for claims in by_predicate.values()
        if len({c.subject for c in claims}) >= 2
        and not ({subject_class(c.subject) for c in claims} > {"places"})
    ]
    # One noun split by what each part is of: "23 charges of cheating and six of money laundering".
    for claims in by_predicate.values():
        if len(claims) >= 2 and len({c.subject for c in claims}) == 1:
            kinds = [_of_kind(sentence, c) for c in claims]
            if all(kinds) and len(set(kinds)) == len(kinds):
                groups.append(claims)
    # Groups named side by side without an event word: "178 passengers and 23 crew members were on board".
    run: list[Claim] = []
    for claim in sentence.claims:
        specific = (
            claim.kind is Kind.COUNT
            and claim.predicate is None
            and _part_noun(claim.subject)
            and subject_class(claim.subject) == "people"
        )
        between = sentence.text[run[-1].end - sentence.start : claim.start - sentence.start] if run else ""
        joined = bool(run) and _JOINED.fullmatch(between) is not None
        if specific and (joined or not run):
            run.append(claim)
            continue
        if len({c.subject for c in run}) >= 2:
            groups.append(run)
        run = [claim] if specific else []
    if len({c.subject for c in run}) >= 2:
        groups.append(run)
    return {c.id: tuple(group) for group in groups for c in group}


_OF_KIND = re.compile(
    r"(?:\s+[^\W\d_][\w-]*)?\s+of\s+(?!(?:them|those|these|which|whom|the|its|their|his|her|our|all|each)\b)"
    r"([^\W\d_][\w'’-]*(?:\s+(?!(?:and|or|after|before|in|at|on|for|with|but)\b)[^\W\d_][\w'’-]*)?)"
)
"""After a count and its noun, what sort it is: "23 charges of cheating", "six of money laundering"; not "six of them",
"two of the injured" (some of a whole)."""


def _names_some_kinds(sentence: Sentence, claim: Claim, part_sentence: Sentence, parts: tuple[Claim, ...]) -> bool:
    """A count whose own words name some, not all, of the sorts a breakdown of one noun splits it into, and nothing
    else: "23 charges of cheating" or "23 cheating charges" against "23 charges of cheating and six of money
    laundering" is one of the parts, not their total. "29 charges of cheating and money laundering" names both,
    "27 charges" none, "23 charges of cheating and fraud" another sort too: each is compared as a total. Its own
    words: those between the number and its noun, and an "of" right after the noun (see :data:`_SORTS_AFTER`)."""
    kinds = [_of_kind(part_sentence, p) for p in parts]
    if not all(kinds):
        return False
    text = sentence.text
    end = claim.end - sentence.start
    after = _SORTS_AFTER.match(text, end)
    own = after.group(1) if after else ""
    if claim.subject:
        stem = claim.subject[:-1] if claim.subject.endswith("s") else claim.subject
        noun = re.search(rf"(?i)\b{re.escape(stem)}", text[end:])
        if noun is not None and noun.start() <= 30:
            own += " " + text[end : end + noun.start()]  # "23 cheating charges"
    words = {w for w in re.findall(r"[^\W\d_]+", own.lower()) if len(w) >= 4}
    if not words:
        return False
    kind_words = [{w for w in re.findall(r"[^\W\d_]+", kind.lower()) if len(w) >= 4} for kind in kinds if kind]
    # a sort the words name, but not one that only holds another they name whole ("two counts of murder" names no
    # "attempted murder" beside "murder"), nor one whose words they name are fewer than another's ("four counts of
    # first-degree murder" names no "attempted murder" by its "murder")
    named = sum(
        1
        for kind in kind_words
        if kind & words
        and not any(other < kind and other <= words for other in kind_words)
        and not any(kind & words < other & words for other in kind_words)
    )
    other = words - set().union(*kind_words)
    return 0 < named < len(kinds) and not other


_SORTS_AFTER = re.compile(
    r"\s+[^\W\d_][\w-]*\s+of\s+([^\W\d_][\w'’-]*(?:\s+(?:(?:and|or|&)\s+)?(?!(?:one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve)\b)[^\W\d_][\w'’-]*){0,4})"
)
"""After a count and its noun, the sorts named by "of": "charges of cheating and money laundering"; not those of
another count after it ("32 counts of fraud and one of corruption": fraud)."""


def _of_kind(sentence: Sentence, claim: Claim) -> str | None:
    """What sort of thing a count counts, by the "of" right after it and its noun (see :data:`_OF_KIND`), lowercased."""
    match = _OF_KIND.match(sentence.text, claim.end - sentence.start)
    return None if match is None else match.group(1).lower()


_JOINED = re.compile(r"\s+[\w-]+(?:\s+[\w-]+)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)", re.IGNORECASE)
"""What lies between two groups named side by side: their noun, then "and" or a comma ("passengers and ")."""


def _sum(parts: tuple[Claim, ...]) -> Quantity | None:
    """The total of a breakdown's parts when each is an exact figure ("178 passengers and 23 crew": 201)."""
    if any(p.quantity.hedge is not Hedge.EXACT or p.quantity.nominal is None for p in parts):
        return None
    total = sum(p.quantity.nominal or 0.0 for p in parts)
    return Quantity(low=total, high=total, nominal=total)


_CONVERTING = re.compile(r"\s*\(\s*|,?\s+or\s+(?:(?:about|around|roughly|some|nearly|almost|approximately)\s+)?")
"""Between an amount and its conversion: a bracket ("1.2 billion Australian dollars ($790 million)") or "or" ("some 38
trillion pesos, or roughly $9.4bn")."""


def _conversions(sentence: Sentence) -> set[str]:
    """Amounts in brackets that convert the amount just before them into another currency: "1.2 billion Australian
    dollars ($790 million)", or a measure into other units: "140 miles per hour (225 km per hour)". The amount as
    reported is compared; its conversion depends on the writer's exchange rate or rounding, and its "$" may be another
    source's local dollar."""
    out = set()
    for before, after in pairwise(sentence.claims):
        between = sentence.text[before.end - sentence.start : after.start - sentence.start]
        if before.kind is not after.kind or not _CONVERTING.fullmatch(between):
            continue
        if before.kind is Kind.MONEY and before.quantity.unit != after.quantity.unit:
            out.add(after.id)
        elif before.kind is Kind.MEASURE and before.quantity.unit == after.quantity.unit:
            if _written_unit(before) != _written_unit(after) and _within(before, after, 0.1):
                out.add(after.id)  # "140 miles per hour (225 km per hour)", "75 kilometers (50 miles)"
    return out


def _only_in_that_unit(ca: Claim, sa: Sentence, cb: Claim, sb: Sentence, conversions: set[str]) -> bool:
    """One of two money figures is another's conversion in brackets, in the unit the other sentence gives its own
    figure in, and the other sentence gives none in the original's unit: the conversion is all there is to compare
    ("accepting 1.46 billion won ($1.06 million)" and "pocketed $1.6 million")."""
    converted, sentence, other, other_sentence = (ca, sa, cb, sb) if ca.id in conversions else (cb, sb, ca, sa)
    if converted.kind is Kind.MEASURE and other.kind is Kind.MEASURE:
        # "winds of 215 km/h (134 mph)" and "winds of 140 mph": the miles an hour meet, as written
        preceding = [c for c in sentence.claims if c.end <= converted.start and c.kind is Kind.MEASURE]
        if not preceding or _digits(preceding[-1]) == _digits(other):
            return False  # "4,300 hectares (10,600 acres)" and "4,300 acres": the unit slipped, the number did not
        mine, theirs, first = _written_unit(converted), _written_unit(other), _written_unit(preceding[-1])
        return (
            mine == theirs
            and first != theirs
            and not any(_written_unit(c) == first for c in other_sentence.claims if c.kind is Kind.MEASURE)
        )
    if converted.kind is not Kind.MONEY or other.kind is not Kind.MONEY:
        return False
    if converted.quantity.unit != other.quantity.unit:
        return False
    before = [c for c in sentence.claims if c.end <= converted.start and c.kind is Kind.MONEY]
    if not before:
        return False
    original, unit = before[-1].quantity.unit, other.quantity.unit
    if original is None or unit is None or _CURRENCY_FAMILY.get(original, original) == _CURRENCY_FAMILY.get(unit, unit):
        return False  # "1.2 billion Australian dollars ($790 million)" and "$1.2 billion": that "$" may be Australian
    return not any(c.kind is Kind.MONEY and c.quantity.unit == original for c in other_sentence.claims)


Rates = Mapping[tuple[str, str], float]
"""Exchange rates the articles give themselves: (from, to) -> how many of ``to`` one of ``from`` is worth."""


_MOST_RATE = 1e6
"""More units of one currency to one of another than any pair has: a conversion beyond it is a misreading ("two
million euros (£1. 7 million)", where a stray space cut "£1.7 million" to "£1"), not a rate."""


def exchange_rates(sentences: Iterable[Sentence]) -> dict[tuple[str, str], float]:
    """The exchange rates the articles give themselves, each the median of the amounts they convert (see
    :func:`_conversions`: "PLN 200,000 (around $54,000)", "some 38 trillion pesos, or roughly $9.4bn"), both ways.
    A rate no article gives is never guessed: rates move, and outlets write at their own day's."""
    found: dict[tuple[str, str], list[float]] = defaultdict(list)
    for sentence in sentences:
        if "(" not in sentence.text and " or " not in sentence.text:
            continue
        conversions = _conversions(sentence)
        for before, after in pairwise(sentence.claims):
            if after.id not in conversions or before.kind is not Kind.MONEY:
                continue
            unit_a, unit_b = before.quantity.unit, after.quantity.unit
            value_a, value_b = before.quantity.nominal, after.quantity.nominal
            if unit_a and unit_b and value_a and value_b and 1 / _MOST_RATE <= value_b / value_a <= _MOST_RATE:
                if unit_a < unit_b:
                    found[(unit_a, unit_b)].append(value_b / value_a)
                else:
                    found[(unit_b, unit_a)].append(value_a / value_b)
    rates: dict[tuple[str, str], float] = {}
    for (unit_a, unit_b), values in found.items():
        values.sort()
        middle = len(values) // 2
        rate = values[middle] if len(values) % 2 else math.sqrt(values[middle - 1] * values[middle])
        rates[(unit_a, unit_b)] = rate
        rates[(unit_b, unit_a)] = 1 / rate
    return rates


_RATE_SLACK = 0.15
"""How far a sum converted at the articles' own rate may be from another and still agree: writers round their
conversions ("about $54,000") and take the rate of their own day."""


def _in_one_currency(
    ca: Claim, sa: Sentence, cb: Claim, sb: Sentence, rates: Rates, conversions: set[str]
) -> tuple[Claim, Claim]:
    """Two sums in different currencies, the second converted into the first's at the rate the articles give (see
    :func:`exchange_rates`), give or take :data:`_RATE_SLACK`: "$1.07bn" and "1.07 trillion won" where an article
    converts 1.6 trillion won to $1.1 billion. Not a sum that converts another (compared as it is), nor one whose
    sentence converts a sum into the other's currency itself ("1.46 billion won ($1.06 million)" and "$1.6 million":
    the writer's own conversion is compared), nor two currencies of one name (a "$" may be another source's own
    dollar)."""
    unit_a, unit_b = ca.quantity.unit, cb.quantity.unit
    if (
        ca.kind is not Kind.MONEY
        or cb.kind is not Kind.MONEY
        or unit_a is None
        or unit_b is None
        or unit_a == unit_b
        or ca.id in conversions
        or cb.id in conversions
        or _CURRENCY_FAMILY.get(unit_a, unit_a) == _CURRENCY_FAMILY.get(unit_b, unit_b)
        or any(c.id in conversions and c.quantity.unit == unit_b for c in sa.claims)
        or any(c.id in conversions and c.quantity.unit == unit_a for c in sb.claims)
    ):
        return ca, cb
    rate = rates.get((unit_b, unit_a))
    if rate is None:
        return ca, cb
    q = _times(cb.quantity, rate)
    size = max(abs(v) for v in (q.low, q.high, q.nominal, 0.0) if v is not None)
    q = q.model_copy(update={"unit": unit_a, "tolerance": q.tolerance + size * _RATE_SLACK})
    return ca, cb.model_copy(update={"quantity": q})


def _times(q: Quantity, factor: float) -> Quantity:
    """A figure put in another unit by a factor (a currency's rate, the ratio of two weights), its rounding with it."""
    update = {
        "low": None if q.low is None else q.low * factor,
        "high": None if q.high is None else q.high * factor,
        "nominal": None if q.nominal is None else q.nominal * factor,
        "tolerance": q.tolerance * factor,
        "converted": True,
    }
    return q.model_copy(update=update)


_BARE_DOLLAR = re.compile(r"(?<![^\W\d_])\$(?=\s?\d)")
"""A sum written with "$" alone ("$3.8 million"), not "US$", "S$", "A$", "C$" or "HK$"."""
_LOCAL_DOLLAR_SPREAD = 1.15
"""How far apart (a ratio) a bare "$" sum and another dollar's sum may be for the "$" to be read as that dollar."""


def _bare_dollar(sentence: Sentence, claim: Claim) -> bool:
    """The sum is written with "$" alone, and nothing around it says US dollars ("US $1.1 billion", "$1.25 billion in
    US dollars")."""
    if claim.quantity.unit != "USD" or not _BARE_DOLLAR.search(claim.text):
        return False
    before = sentence.text[max(0, claim.start - sentence.start - 6) : claim.start - sentence.start]
    after = sentence.text[claim.end - sentence.start : claim.end - sentence.start + 30]
    return not (_US_BEFORE.search(before) or _US_AFTER.match(after))


_US_BEFORE = re.compile(r"(?i)\b(?:US|U\.S\.|USD)\s*$")
_US_AFTER = re.compile(r"(?i)\s*\(?\s*(?:in\s+)?(?:US|U\.S\.?|American)(?=[\s).,;]|$)(?:\s*(?:dollars|currency))?")


def _local_dollar(ca: Claim, sa: Sentence, cb: Claim, sb: Sentence) -> tuple[Claim, Claim]:
    """A sum in a bare "$" (see :func:`_bare_dollar`) against one in another dollar ("S$3.6 million", "A$2.1
    billion"), the two within :data:`_LOCAL_DOLLAR_SPREAD` of each other, read in that dollar: local outlets write
    their own dollar with "$" ("Liquidators have so far returned $3.8 million" in Singapore), and a sum converted
    between the two would differ by the exchange rate; so are two with the same digits in another order ("A$640
    million" and "$460 million", a slip). Two sums further apart stay in their currencies (and are not compared, or
    are converted at the articles' own rate when they give one: see :func:`_in_one_currency`)."""
    qa, qb = ca.quantity, cb.quantity
    if (
        ca.kind is not Kind.MONEY
        or cb.kind is not Kind.MONEY
        or qa.unit == qb.unit
        or qa.nominal is None
        or qb.nominal is None
        or qa.nominal <= 0
        or qb.nominal <= 0
        or _CURRENCY_FAMILY.get(qa.unit or "") != "dollar"
        or _CURRENCY_FAMILY.get(qb.unit or "") != "dollar"
        or (
            max(qa.nominal, qb.nominal) > _LOCAL_DOLLAR_SPREAD * min(qa.nominal, qb.nominal)
            and not _transposed(ca, cb)
        )
    ):
        return ca, cb
    if _bare_dollar(sa, ca):
        return ca.model_copy(update={"quantity": qa.model_copy(update={"unit": qb.unit})}), cb
    if _bare_dollar(sb, cb):
        return ca, cb.model_copy(update={"quantity": qb.model_copy(update={"unit": qa.unit})})
    return ca, cb


def _written_measure(claim: Claim) -> tuple[str, float, float] | None:
    """The unit of measure a figure was written in, by the last word of its text that names one: ("m", 0.3048, 0.0)
    for "2,398.62 ft" and "2,398.6 feet" alike."""
    for word in reversed(re.findall(r"[^\W\d_]+", claim.text)):
        unit = measure_unit(word)
        if unit is not None:
            return unit
    return None


def _in_their_own_unit(ca: Claim, cb: Claim) -> tuple[Claim, Claim]:
    """Two exact measures both converted from one unit as written ("2,398.62 ft" and "2,398.6 feet"), compared as
    written: no conversion stands between them to excuse their rounding (in metres, one could be the other
    converted)."""
    qa, qb = ca.quantity, cb.quantity
    if (
        not (qa.converted and qb.converted)
        or ca.kind is not Kind.MEASURE
        or cb.kind is not Kind.MEASURE
        or qa.hedge is not Hedge.EXACT
        or qb.hedge is not Hedge.EXACT
    ):
        return ca, cb  # a hedge's rounding is read from the figure as written: left to the conversion
    unit = _written_measure(ca)
    if unit is None or unit != _written_measure(cb):
        return ca, cb
    return (
        ca.model_copy(update={"quantity": qa.model_copy(update={"converted": False})}),
        cb.model_copy(update={"quantity": qb.model_copy(update={"converted": False})}),
    )


def _currency_slip(a: Claim, b: Claim) -> bool:
    """The same sum written in two currencies ("4.8 million meticais" and "US$4.8 million"): one of them is a slip,
    since no two currencies here are worth the same. Exact sums only, of a thousand or more, each in a known
    currency."""
    qa, qb = a.quantity, b.quantity
    return (
        a.kind is Kind.MONEY
        and b.kind is Kind.MONEY
        and qa.unit is not None
        and qb.unit is not None
        and qa.unit != qb.unit
        and qa.nominal is not None
        and qa.nominal == qb.nominal
        and qa.nominal >= 1000
        and qa.hedge is Hedge.EXACT
        and qb.hedge is Hedge.EXACT
        and _CURRENCY_FAMILY.get(qa.unit, qa.unit) != _CURRENCY_FAMILY.get(qb.unit, qb.unit)
    )


_PER_CENT_CHANGE_BEFORE = re.compile(
    r"(?i)\b(?:by|rose|risen|rises|fell|fallen|falls|increased|decreased|improved|widened|narrowed|grew|climbed|"
    r"dropped|declined|gained|up|down)\s+(?:(?:about|around|nearly|almost|some|roughly|just)\s+)?$"
)
_PER_CENT_CHANGE_AFTER = re.compile(r"(?i)\s+(?:more|higher|lower|less|fewer|up|down|above|below)\b")


def _points_slip(ca: Claim, cb: Claim, pair: _LinkedPair) -> bool:
    """One change told in percentage points and the other, of the same number, in per cent ("five and a half
    percentage points higher" and "5.5 per cent more"; "rises by 10 percentage points" and "raises it by 10%"; "up 0.9
    percentage points" and "the margin improved 0.9% to 36.3%"): one of them is a slip, since a rise of 5.5 points is
    5.5 per cent only from a base of 100."""
    points, cent = (ca, cb) if ca.quantity.unit == "pp" else (cb, ca)
    if not (
        ca.kind is Kind.PERCENT
        and cb.kind is Kind.PERCENT
        and points.quantity.unit == "pp"
        and cent.quantity.unit == "%"
        and points.quantity.nominal is not None
        and points.quantity.nominal == cent.quantity.nominal
    ):
        return False
    sentence = pair.sa if cent is ca else pair.sb
    return _marked_before(_PER_CENT_CHANGE_BEFORE, sentence, cent, 30) or bool(
        _PER_CENT_CHANGE_AFTER.match(sentence.text, cent.end - sentence.start)
    )


_CURRENCY_FAMILY = {
    code: family
    for family, codes in (
        ("dollar", "USD AUD CAD NZD SGD HKD TWD JMD TTD BSD BBD FJD LRD NAD ZWL"),
        ("shilling", "KES UGX TZS SOS"),
        ("rupee", "INR PKR NPR LKR MUR SCR"),
        ("peso", "MXN PHP ARS CLP COP UYU CUP DOP"),
        ("franc", "CHF XOF XAF RWF BIF GNF CDF"),
        ("krone", "NOK DKK SEK ISK"),
        ("pound", "GBP EGP SDG SSP LBP SYP"),
        ("dinar", "DZD BHD IQD JOD KWD LYD RSD TND"),
        ("rial", "SAR IRR OMR QAR YER"),
    )
    for code in codes.split()
}
"""Currencies that share a name, which a report may write with another's sign or name ("$1.2 billion" for
Australian dollars, "9.5 billion shillings" for Ugandan ones): never a slip between them."""


def _within(a: Claim, b: Claim, share: float) -> bool:
    """The two figures' values are within ``share`` of the larger (two zeros are: "0C (32F)")."""
    x, y = _magnitude(a), _magnitude(b)
    return x == y or (bool(x and y) and abs(x - y) <= share * max(x, y))


def _written_unit(claim: Claim) -> str:
    """The unit as written, letters only: "mph" of "140 mph", "kmperhour" of "225 km per hour"."""
    return re.sub(r"[^a-z°]", "", claim.text.lower())


def _one_noun(parts: tuple[Claim, ...], total: Claim) -> bool:
    """The parts of a breakdown and a total all count one noun: "23 charges of cheating and six of money laundering"
    and "29 charges"."""
    return total.subject is not None and all(p.subject == total.subject for p in parts)


def _one_group_split(parts: tuple[Claim, ...], total: Claim) -> bool:
    """The parts of a breakdown split one group of people by whom they serve, and the total counts that group: "One
    transit officer and four city police officers were killed" and "Five officers were killed" (see
    :data:`_PEOPLE_GROUPS`). Not a count no larger than one of the parts, which may be that part or some of it ("one of
    the four city police officers")."""
    if total.quantity.low is None or any(
        p.quantity.high is None or p.quantity.high >= total.quantity.low for p in parts
    ):
        return False
    return any(total.subject in group and all(p.subject in group for p in parts) for group in _PEOPLE_GROUPS)


def _part_against_total(ca: Claim, cb: Claim, parts: dict[str, tuple[Claim, ...]]) -> Claim | None:
    """The part when one claim is a part of a breakdown and the other a total of people in general (or of the one noun
    the parts split by what they are of), else None."""
    for part, other in ((ca, cb), (cb, ca)):
        if (
            part.id in parts
            and other.id not in parts  # two breakdowns: their parts are set against each other, not against a total
            and other.kind is part.kind
            and other.quantity.unit == part.quantity.unit
            and (
                other.subject is None
                # not the noun of one of the parts: "Two civilians were killed" against "Two civilians and one police
                # officer were killed" counts that part
                or (other.subject in _GENERIC_PEOPLE and all(p.subject != other.subject for p in parts[part.id]))
                or _one_noun(parts[part.id], other)  # "23 charges of ... and six of ..."
                or _one_group_split(parts[part.id], other)  # "One transit officer and four city police officers"
            )
        ):
            return part  # not a date, a time or a span of time in the other sentence ("Sept 16", "45 minutes")
    return None


_RISE_WORDS = (
    r"rose|risen|rises?|rising|increased|increases?|increasing|climbed|climbs?|climbing|jumped|jumps?|jumping|grew|grows?|"
    r"growing|growth|gained|gains?|gaining|up|higher|soared|soars?|surged|surges?|rallied|advanced|expanded|raised|"
    r"lifted|boosted|hiked|hikes?"
)
_FALL_WORDS = (
    r"fell|falls?|falling|fallen|dropped|drops?|dropping|declined|declines?|declining|decreased|decreases?|slipped|"
    r"slid|lost|loses|losing|shed|sheds|sank|slumped|slumps?|plunged|plunges?|tumbled|dipped|dips?|eased|down|lower|"
    r"contracted|shrank|shrunk|shrinking|cut|cuts|reduced|reduction|slashed"
)
_DIRECTION_BEFORE = re.compile(
    rf"(?i)\b(?<!\bgave )(?<!\bgive )(?<!\bgives )(?<!\bgiving )(?<!\bgiven )"
    rf"(?:(?P<up>{_RISE_WORDS})|(?P<down>{_FALL_WORDS}))(?:\s+of)?(?:\s+by)?(?:\s+(?:a\s+further|another))?\s*$"
)
_DIRECTION_AFTER = re.compile(rf"(?i)^\s*(?:(?P<up>{_RISE_WORDS}|more)|(?P<down>{_FALL_WORDS}|less))\b")
_BASE = re.compile(
    r"(?i)\b(?:from|than|on|over|compared\s+(?:with|to)|against)\s+(?P<base>(?:[\w'’-]+\s+){0,3}?"
    r"(?:year|years|annual|quarter|month|week|day|session|close|yesterday|january|february|march|april|may|june|"
    r"july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)|"
    r"\b(?P<on>year|quarter|month|week|day)[- ]on[- ](?:year|quarter|month|week|day)\b"
)
"""What a change is measured against: "from February", "than a year earlier", "on the previous quarter"."""
_PERIODS = tuple(
    (period, re.compile(rf"\b(?:{names})"))
    for period, names in (
        ("year", "year|annual"),
        ("quarter", "quarter"),
        ("month", "month|january|february|march|april|may|june|july|august|september|october|november|december"),
        ("week", "week"),
        ("day", "day|session|close|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday"),
    )
)
_EARLIER_VALUE = re.compile(
    rf"(?i)\b(?:{_RISE_WORDS}|{_FALL_WORDS}|revised|cut|raised)\s+from\b|\bcompared\s+(?:with|to)\b|"
    rf"\b(?:{_RISE_WORDS}|{_FALL_WORDS}|raise|lift|lifts|lower|lowers|lowered)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:[^\W\d_][\w'’-]*\s+){1,3}from\b(?=\s+\S*\d[^.;,]{0,25}?\bto\b)|"
    r"(?<=\d)(?:%|\s+per\s+cent)?(?:\s+(?:in|for)\s+(?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december|the\s+\w+\s+quarter|\d{4}))?,?\s+from\b|"
    r"\bthan(?=\s+(?:the|a|an|its|their|his|her)\s)"
)
"""Before the value a change starts from ("up from 21 on Friday", "down from a February forecast of €450 million",
"rose to 47 from 38", "increased to 3.2% in February, from 3.0%", "lift the pension age from 62 to 64") or the
value set against today's ("higher than the 1.5% recorded last year"; not "more than 100", a hedge)."""
_EARLIER_GAP = re.compile(
    r"(?i)\s*(?:(?:the|a|an|its|their|his|her|our|last|this|previous|prior|earlier|revised|initial|original|"
    r"expected|estimated|same|record|[\w-]+(?:'s|’s)|january|february|march|april|may|june|july|august|september|"
    r"october|november|december|year|quarter|month|week|period|forecast|estimate|figure|level|total|high|low|peak|"
    r"close|reading|guidance|target|projection|loss|profit|deficit|surplus|rate|gain|rise|fall|increase|"
    r"decrease|drop|growth|average|price|value|count|toll|of|about|around|some|nearly|almost|roughly|just|only|"
    r"operating|net|pre-?tax|underlying|adjusted|core|gross|annual|quarterly|full-year|half-year)\s+)*"
)
"""What may stand between "up from", "compared with"... and the earlier value: determiners, dates and the name of
the figure ("down from a February forecast of", "compared with a loss of", "compared with an operating profit of");
not a verb or another preposition ("fell from a record to $1.2 billion", "gains from asset sales of $1.2 billion",
"up from Friday's close by 3%")."""
_SHARE_AFTER = re.compile(r"(?i)^\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?[^\W\d_]")


def _base(text: str, end: int) -> str | None:
    """The period a change at ``end`` is measured against ("year", "month"...), the first named after it or else
    the last before it; None when the sentence names none."""
    found = [(m.start(), (m.group("base") or m.group("on")).lower()) for m in _BASE.finditer(text)]
    after = [words for at, words in found if at >= end]
    before = [words for at, words in found if at < end]
    words = after[0] if after else before[-1] if before else None
    if words is None:
        return None
    return next((period for period, names in _PERIODS if names.search(words)), None)


class _Role(NamedTuple):
    role: str
    """``up``, ``down`` or ``share``."""
    written: str
    """The figure with the words that give its role, as written: "down 1.2%", "1.2 per cent higher"."""
    base: str | None = None
    """For a change, the period it is measured against (see :func:`_base`)."""


_SEATS = frozenset({"seats", "councillors", "mps", "deputies", "members"})
_SEATS_DIRECTION = re.compile(r"(?i)\b(up|down)\s+$")


def _percent_roles(sentence: Sentence) -> dict[str, _Role]:
    """What each percentage says: a rise ("up", "rose 31 per cent", "a 3% increase", "1.2 per cent higher"), a fall
    ("down 1.2%", "fell by 3.4 per cent"), or a share of a whole ("27 percent of the shares"). A level ("rose to
    3.6%", "down from 4%", "at 3.6 per cent") has none. So do a party's seats gained or lost right after "up" or
    "down" ("on 25 seats, down six"), and a length after the words of a rise or a fall ("the river rose 1.2 metres"; not
    "crept four kilometres down the flank")."""
    out = {}
    text = sentence.text
    for claim in sentence.claims:
        if claim.kind is Kind.COUNT and claim.subject in _SEATS:
            # a party's seats gained or lost, right after "up" or "down": "on 25 seats, down six" is a change, as
            # a results table's "-6"
            at = claim.start - sentence.start
            found = _SEATS_DIRECTION.search(text, max(0, at - 6), at)
            if found:
                written = text[found.start() : claim.end - sentence.start]
                out[claim.id] = _Role("up" if found.group(1).lower() == "up" else "down", written)
            continue
        if claim.kind is not Kind.PERCENT and not _length(claim):
            continue
        start, end = claim.start - sentence.start, claim.end - sentence.start
        after = text[end : end + 30]
        if claim.kind is Kind.PERCENT and _SHARE_AFTER.match(after):
            out[claim.id] = _Role("share", claim.text)
            continue
        window = max(0, start - 40)
        before = _DIRECTION_BEFORE.search(text[window:start])
        if before:
            direction = "up" if before.group("up") else "down"
            out[claim.id] = _Role(direction, text[window + before.start() : end], _base(text, end))
            continue
        following = _DIRECTION_AFTER.match(after) if claim.kind is Kind.PERCENT else None  # not "4.5 km down"
        if following:
            written = text[start : end + following.end()]
            out[claim.id] = _Role("up" if following.group("up") else "down", written, _base(text, end))
    return out


class _Reading(NamedTuple):
    """What the pairing needs to know of one sentence, worked out once however many links it is in."""

    years: frozenset[int]
    parts: dict[str, tuple[Claim, ...]]
    """Its breakdowns (see :func:`_breakdown`)."""
    conversions: set[str]
    context: dict[str, set[str]]
    """Each claim's surrounding words (see :func:`_context`)."""
    words: frozenset[str]
    """The sentence's content words, as stems and concepts."""
    roles: dict[str, _Role]
    """Each percentage's role (see :func:`_percent_roles`)."""
    ago: frozenset[str]
    """The spans counted back from today (see :func:`_ago`)."""
    victim_parts: frozenset[str]
    """The claims that count some of the victims (see :func:`_part`)."""
    offsets: dict[str, tuple[str, bool]]
    """Each span told from another moment, by claim id (see :func:`_offset`)."""
    with_attacker: frozenset[str]
    """The counts that take in the attacker (see :func:`_with_attacker`)."""
    years_of: dict[str, int]
    """The year written right after a figure ("1.6% in 2027"), by claim id (see :func:`_year_after`)."""
    months_of: dict[str, int]
    """The month a figure is given for ("4.6% in February", "the February index ... 4.7%"), by claim id (see
    :func:`_month_of`)."""
    local: frozenset[str]
    """The figures told of one place or day alone (see :func:`_local`, :func:`_listed_by_place`)."""
    shares: dict[str, str]
    """The whole each percentage is a share of, where it is one reports mix up (see :func:`_share_of`)."""
    window: Claim | None
    """The span its total of rain or other length fell over (see :func:`_window`)."""
    levels: frozenset[str]
    """The percentages and lengths told as a level reached ("rose to 6.4%", "pushing annual inflation to 6.2%",
    "reached 4.2 metres"; see :data:`_LEVEL_BEFORE`)."""
    measures: dict[str, str]
    """The line of a company's accounts each sum is, where its clause names one (see :func:`_account_line`)."""
    sub_areas: dict[str, str]
    """The place within the area voting each share is told of, where it names one (see :func:`_sub_area`)."""
    since: frozenset[str]
    """The percentages told as a change since a date (see :func:`_since`)."""
    of_that: frozenset[str]
    """The sums told as a part of a total given before ("Of that, ..."; see :func:`_of_that`)."""
    split_parts: dict[str, tuple[Claim, ...]]
    """The sums a total is split into, by the id of each (see :func:`_split_parts`)."""
    separate: frozenset[str]
    """The figures of a separate ballot, attack or charge (see :func:`_separate`)."""
    year_words: dict[str, int]
    """This year's or next year's figures, by claim id (see :func:`_year_word`)."""
    periods: dict[str, str]
    """The part of a year each figure is given for, where it names one ("the third quarter", "the first nine
    months"), by claim id (see :func:`_period_of`)."""
    increments: frozenset[str]
    """The counts told as added to a new total ("two more babies"; see :func:`_increment`)."""
    economy: dict[str, str]
    """The measure of an economy each percentage is, where its clause names one (see :func:`_economy_measure`)."""
    targets: dict[str, frozenset[str]]
    """What each figure is given for, in a list of items (see :func:`_for_targets`)."""
    topics: dict[str, str]
    """What each percentage tells the change or level of, as a stem, where its clause names it before the verb (see
    :func:`_percent_topic`)."""
    sides: dict[str, str]
    """The side of a vote each percentage is told of, "for" or "against" (see :func:`_vote_side`)."""
    lengths: dict[str, str]
    """Whether each length is the reach of a zone or how far a place lies, where it says (see :func:`_measure_role`)."""
    late: frozenset[str]
    """The spans told as how late or early something ran (see :data:`_LATE_AFTER`)."""
    voters: dict[str, str]
    """Whether each count is of those who may vote or of those who did, where its clause says (see
    :func:`_voters_role`)."""
    rates: dict[str, str]
    """Which of a central bank's rates each percentage is, where the words before it name one (see
    :func:`_rate_name`)."""
    bases: dict[str, str]
    """What each change is measured against, where the words beside it say: the same time a year before, the quarter
    or the month before (see :func:`_change_basis`)."""
    purposes: dict[str, str]
    """What each sum of a court or crime story is (a fine, bail, bribes, a sum stolen, damages), where the words
    around it say (see :func:`_sum_purpose`)."""
    progress: float | None
    """How far a count had gone when the sentence's figures were told (see :func:`_count_progress`)."""
    trading_day: str | None
    """The weekday a market moved on, where the sentence names it (see :func:`_trading_day`)."""
    trading_moment: str | None
    """Whether a market's move is told at the close or during the day, where the sentence says (see
    :func:`_trading_moment`)."""
    places: dict[str, str]
    """The place each figure is told of, where its clause names one (see :func:`_named_place`)."""
    scopes: dict[str, str]
    """Whether each figure is told of a district or town or of the whole state (see :func:`_scope`)."""
    units: dict[str, tuple[str, float]]
    """What each price is given for: a weight, an area or a currency (see :func:`_per_unit`)."""


_LEVEL_BEFORE = re.compile(
    r"(?i)\b(?:rose|risen|rising|climbed|jumped|fell|fallen|dropped|eased|slowed|accelerated|increased|decreased|grew|"
    r"pushing|bringing|taking|lifting|driving|sending)\s+(?:[\w.,-]+\s+){0,3}?to\s+(?:a\s+[\w-]+\s+(?:of\s+)?)?$|"
    r"\b(?:hit|hits|reached|reaches|stood\s+at|stands\s+at|peaked\s+at|peaks\s+at)\s+(?:a\s+[\w-]+\s+(?:of\s+)?)?$|"
    r"\b(?:rate|inflation|unemployment|turnout|coverage)\s+(?:[\w-]+\s+){0,4}?(?:was|is|stands|stood|remained|"
    r"remains|held|holds)\s+(?:at\s+)?$"
)
"""A percentage a thing rose or fell to, its level, not the change: "annual inflation rose to 6.4%", "food prices rose
4% in May, pushing annual inflation to 6.2%", "the unemployment rate was 4.7 percent"."""


def _length(claim: Claim) -> bool:
    """A length or a height: a river's level, a depth of snow, a rise of the sea."""
    return claim.kind is Kind.MEASURE and claim.quantity.unit == "m"


def _change_not_level(
    role: _Role | None, reading: _Reading, sentence: Sentence, change: Claim, level: Claim, other: _Reading,
    other_sentence: Sentence,
) -> bool:
    """``change`` is a rise or a fall and ``level`` a level reached ("annual inflation rose to 6.4%"), and they are two
    figures: the change's own sentence gives a level too ("Food prices rose 4% in May, pushing annual inflation to
    6.2%"), or the change is measured against no year and its clause names nothing the level's does ("wages rose
    3.9%" and "the jobless rate fell to 4.2%"). A yearly change may be the level itself: "consumer prices rose 4.9%
    from a year earlier" is the rate of inflation."""
    if role is None or role.role == "share" or level.id not in other.levels:
        return False
    if reading.levels or _length(change):
        return True  # a river that "rose 1.2 metres" is not one that "reached 4.2 metres"
    return role.base != "year" and not _named_before(sentence, change) & _named_before(other_sentence, level)


def _signed_change(
    role: _Role | None, own: Claim, other_role: _Role | None, other: Claim
) -> tuple[Quantity, Quantity] | None:
    """A fall told in words against a figure written with a minus sign and no word of change ("prices fell 2.4%" and a
    table's "-2.4%"): the two sizes of the fall. None otherwise."""
    q = other.quantity
    if role is None or role.role != "down" or other_role is not None or q.nominal is None or q.nominal >= 0:
        return None
    flipped = q.model_copy(
        update={
            "nominal": -q.nominal,
            "low": None if q.high is None else -q.high,
            "high": None if q.low is None else -q.low,
            "low_open": q.high_open,
            "high_open": q.low_open,
        }
    )
    return own.quantity, flipped


def _opposite(a: _Role, b: _Role) -> bool:
    """One figure is a rise and the other a fall ("1.2 per cent higher" and "down 1.2%")."""
    return {a.role, b.role} == {"up", "down"}


def _reading(sentence: Sentence) -> _Reading:
    months_of = (
        {c.id: month for c in sentence.claims if (month := _month_of(sentence, c)) is not None}
        if _ANY_MONTH.search(sentence.text)
        else {}
    )
    market = _MARKET.search(sentence.text) is not None  # shares, an index or a currency: read once for both below
    return _Reading(
        years=frozenset(years_named(sentence)),
        parts=_breakdown(sentence),
        conversions=_conversions(sentence),
        context={c.id: _context(sentence, c) for c in sentence.claims},
        words=frozenset(stem_of(w) for w in _WORD.findall(sentence.text) if w.lower() not in _CONTEXT_STOP),
        roles=_percent_roles(sentence),
        ago=frozenset(c.id for c in sentence.claims if _ago(sentence, c)),
        victim_parts=frozenset(c.id for c in sentence.claims if _part(sentence, c)),
        offsets={c.id: offset for c in sentence.claims if (offset := _offset(sentence, c)) is not None},
        with_attacker=frozenset(c.id for c in sentence.claims if _with_attacker(sentence, c)),
        years_of={c.id: year for c in sentence.claims if (year := _year_after(sentence, c)) is not None},
        months_of=months_of,
        local=(
            frozenset(c.id for c in sentence.claims if _local(sentence, c))
            if _LOCAL_WORDS.search(sentence.text)
            else frozenset()
        )
        | _listed_by_place(sentence)
        | _listed_after_place(sentence),
        shares={c.id: share for c in sentence.claims if (share := _share_of(sentence, c)) is not None},
        window=_window(sentence),
        levels=frozenset(
            c.id
            for c in sentence.claims
            if (c.kind is Kind.PERCENT or _length(c))
            and _LEVEL_BEFORE.search(sentence.text, 0, c.start - sentence.start)
        ),
        measures=(
            {c.id: line for c in sentence.claims if (line := _account_line(sentence, c)) is not None}
            if _ACCOUNT_WORDS.search(sentence.text)
            else {}
        ),
        sub_areas={c.id: area for c in sentence.claims if (area := _sub_area(sentence, c)) is not None},
        since=frozenset(c.id for c in sentence.claims if _since(sentence, c)),
        of_that=frozenset(c.id for c in sentence.claims if _of_that(sentence, c)),
        split_parts={c.id: split for c in sentence.claims if (split := _split_parts(sentence, c))},
        separate=frozenset(c.id for c in sentence.claims if _separate(sentence, c)),
        year_words={c.id: year for c in sentence.claims if (year := _year_word(sentence, c)) is not None},
        periods=(
            {
                c.id: period
                for c in sentence.claims
                if (period := _period_of(sentence, c, months_of.get(c.id))) is not None
            }
            if months_of or _PERIOD.search(sentence.text) or _ANY_MONTH.search(sentence.text)
            else {}
        ),
        increments=frozenset(c.id for c in sentence.claims if _increment(sentence, c)),
        economy={c.id: measure for c in sentence.claims if (measure := _economy_measure(sentence, c)) is not None},
        targets=_for_targets(sentence),
        topics={c.id: topic for c in sentence.claims if (topic := _percent_topic(sentence, c)) is not None},
        sides=(
            {c.id: side for c in sentence.claims if (side := _vote_side(sentence, c)) is not None}
            if _SIDE_FOR.search(sentence.text) or _SIDE_AGAINST.search(sentence.text)
            else {}
        ),
        lengths={c.id: role for c in sentence.claims if (role := _measure_role(sentence, c)) is not None},
        late=frozenset(
            c.id
            for c in sentence.claims
            if c.kind is Kind.DURATION and _LATE_AFTER.match(sentence.text, c.end - sentence.start) is not None
        ),
        voters={c.id: role for c in sentence.claims if (role := _voters_role(sentence, c)) is not None},
        rates=(
            {c.id: name for c in sentence.claims if (name := _rate_name(sentence, c)) is not None}
            if " rate" in sentence.text
            else {}
        ),
        bases=(
            {c.id: basis for c in sentence.claims if (basis := _change_basis(sentence, c)) is not None}
            if _BASIS_WORDS.search(sentence.text)
            else {}
        ),
        purposes=(
            {c.id: purpose for c in sentence.claims if (purpose := _sum_purpose(sentence, c)) is not None}
            if _PURPOSE_WORDS.search(sentence.text)
            else {}
        ),
        progress=_count_progress(sentence),
        trading_day=_trading_day(sentence) if market else None,
        trading_moment=_trading_moment(sentence) if market else None,
        places={c.id: place for c in sentence.claims if (place := _named_place(sentence, c)) is not None},
        scopes={c.id: scope for c in sentence.claims if (scope := _scope(sentence, c)) is not None},
        units={c.id: unit for c in sentence.claims if (unit := _per_unit(sentence, c)) is not None},
    )


def _read(readings: dict[str, _Reading], sentence: Sentence) -> _Reading:
    """The sentence's reading from ``readings``, worked out and kept there the first time it is asked for."""
    found = readings.get(sentence.id)
    if found is None:
        found = readings[sentence.id] = _reading(sentence)
    return found


_ACCOUNT_LINES = (
    ("revenue", r"revenues?|sales|turnover|top[- ]line"),
    ("gross profit", r"gross\s+(?:profit|margin|income|earnings)"),
    ("operating profit", r"(?:operating|trading)\s+(?:profit|income|earnings|loss|result)|ebit(?!da)"),
    ("EBITDA", r"ebitda"),
    (
        "pre-tax profit",
        r"(?:pre-?tax|before[- ]tax)\s+(?:profit|income|earnings|loss)|(?:profit|earnings|loss)\s+before\s+tax",
    ),
    ("headline earnings", r"headline\s+earnings"),
    ("net profit", r"net\s+(?:profit|income|earnings|loss|result)|bottom[- ]line|(?:profit|earnings)\s+attributable"),
    ("", r"profits?|loss(?:es)?|earnings|income"),  # a plain profit or loss: which line, the words do not say
)
_ACCOUNT_LINE = re.compile(
    "(?i)\\b(?:" + "|".join(f"(?P<l{k}>{pattern})" for k, (_name, pattern) in enumerate(_ACCOUNT_LINES)) + ")\\b"
)
_ACCOUNT_WORDS = re.compile(r"(?i)revenue|sales|turnover|top[- ]line|profit|income|earnings|loss|result|ebit|bottom")
"""Words that name a line of a company's accounts, to skip :func:`_account_line` on sentences without one."""


_LINE_LEFT = re.compile(
    r"(?i)[;]|\b(?:after|as|because|when|while|which|since|following|including|plus|despite|and|but)\b"
)
"""Between a line's name and a sum, what starts other words: the sum is no longer the line's ("Net profit fell to $800
million as it booked a $300 million writedown")."""


def _respective_line(sentence: Sentence, claim: Claim, start: int) -> str | None:
    """In a list told "respectively" ("Revenue and net profit rose to $5 billion and $1 billion respectively"), the
    line named in the same place as the sum among the clause's sums; None when the counts differ."""
    text = sentence.text
    end = _clause_end(text, claim.start - sentence.start)
    sums = [c for c in sentence.claims if c.kind is Kind.MONEY and start <= c.start - sentence.start < end]
    if not sums:
        return None
    lines = list(_ACCOUNT_LINE.finditer(text, start, sums[0].start - sentence.start))
    if len(lines) != len(sums):
        return None
    return _line_name(lines[[c.id for c in sums].index(claim.id)])


def _account_line(sentence: Sentence, claim: Claim) -> str | None:
    """The line of a company's accounts a sum is, by the nearest name of one before it in its clause, 50 characters or
    fewer before it with nothing between that starts other words (see :data:`_LINE_LEFT`; in a list told
    "respectively", see :func:`_respective_line`): "Operating profit rose to $1.2 billion" is an operating profit,
    "while net profit came in at 836 billion won" a net profit, "Revenue rose to 14.82 trillion won ($10.2 billion)"
    revenue twice. None for a plain profit or loss ("Revenue fell, and the company swung to a loss of more than
    RM150 million"), or where no line is named. Two sums of different lines (an operating and a net profit, revenue
    and EBITDA) are two figures, not one misreported; so are their rises and falls ("Trading profit fell by more
    than 12%" and "Headline earnings per share fell 18.1%")."""
    if claim.kind not in (Kind.MONEY, Kind.PERCENT):
        return None
    text = sentence.text
    at = claim.start - sentence.start
    start = _clause_start(text, at)
    if "respectively" in text[start : _clause_end(text, at)].lower():
        return _respective_line(sentence, claim, start)
    found = None
    for match in _ACCOUNT_LINE.finditer(text, start, at):
        found = match
    if found is None or at - found.end() > 50 or _LINE_LEFT.search(text, found.end(), at):
        return None  # "net profit fell ... after it set aside $2.1 billion": the sum is another thing's
    return _line_name(found)


def _line_name(match: re.Match[str]) -> str | None:
    """The line of accounts a match of :data:`_ACCOUNT_LINE` names; None for a plain profit or loss."""
    return _ACCOUNT_LINES[int(_group_matched(match)[1:])][0] or None


def _group_matched(match: re.Match[str]) -> str:
    """The name of the group that matched, of a pattern of named alternatives."""
    return next(key for key, value in match.groupdict().items() if value is not None)


_POLICY_RATE = frozenset("reference benchmark policy key base main official repo cash bank refinancing".split())
_OTHER_RATES = frozenset("lombard deposit lending discount prime mortgage overnight interbank".split())
_RATE_BEFORE = re.compile(
    r"(?i)\b([a-z]+)\s+(?:interest\s+)?rates?\b(?:(?:\s+(?:by|of)\s+[^,;()]{0,40}?)?,?\s+(?:to|at|of|from|is|was|"
    r"stands\s+at|stood\s+at)|\s+by)\s+(?:(?:about|around|some|nearly)\s+)?$"
)


def _rate_name(sentence: Sentence, claim: Claim) -> str | None:
    """Which of a central bank's rates a percentage is, named right before it: the policy rate ("cut the reference
    rate by 25 basis points, to 5.25%", "the benchmark rate at 6.75%", "the repo rate to 7%", "raised its base rate
    by 125 basis points"), or another ("the lombard rate to 5.75% and the deposit rate to 4.75%", "raise deposit
    rates by one percentage point"). Two rates are two figures; one rate under two names ("the
    reference rate", "the benchmark rate") is one. None where no rate is named, or an unknown one."""
    if claim.kind is not Kind.PERCENT:
        return None
    at = claim.start - sentence.start
    found = _RATE_BEFORE.search(sentence.text, max(0, at - 80), at)
    if found is None:
        return None
    word = found.group(1).lower()
    if word in _POLICY_RATE:
        return "policy"
    return word if word in _OTHER_RATES else None


def _told_apart(named_a: Mapping[str, object], named_b: Mapping[str, object], ca: Claim, cb: Claim) -> bool:
    """Both figures are told as one of a kind of thing (a month, a role, a line of accounts, a rate...: what
    ``named_a`` and ``named_b`` hold for each sentence's figures), and as two different ones."""
    a, b = named_a.get(ca.id), named_b.get(cb.id)
    return bool(a and b and a != b)


def _two_rates(ca: Claim, cb: Claim, pair: _LinkedPair) -> bool:
    """"the deposit rate to 4.75%" and "the reference rate ... to 5.25%": two of a central bank's rates (see
    :func:`_rate_name`)."""
    return _told_apart(pair.ra.rates, pair.rb.rates, ca, cb)


_BASES = (
    ("year", r"year[- ]on[- ]year|y/y|yoy|from\s+a\s+year\s+(?:earlier|ago|before)|on\s+an\s+annual\s+basis"),
    (
        "quarter",
        r"quarter[- ]on[- ]quarter|q/q|qoq|from\s+the\s+(?:previous|preceding|prior)\s+quarter|"
        r"on\s+a\s+quarterly\s+basis|(?:on|over|from)\s+the\s+(?:previous|preceding|prior)\s+three\s+months|"
        r"compared\s+(?:with|to)\s+the\s+(?:first|second|third|fourth|previous|preceding|prior)\s+quarter",
    ),
    (
        "month",
        r"month[- ]on[- ]month|m/m|mom|from\s+the\s+(?:previous|preceding|prior)\s+month|on\s+a\s+monthly\s+basis",
    ),
)
_BASIS_AFTER = re.compile(
    r"(?i)\s*(?:\w+\s+)?(?:" + "|".join(f"(?P<{name}>{pattern})" for name, pattern in _BASES) + r")\b"
)
_BASIS_OPENING = re.compile(
    r"(?i)\s*(?:on\s+an?\s+)?(?:"
    + "|".join(f"(?P<{name}>{pattern})" for name, pattern in _BASES)
    + r")\b[^.;:]{0,40}?,"
)
"""A sentence opening that names what every change after it is measured against: "Month on month, ...", "On a
month-on-month, seasonally adjusted basis, ..."."""
_BASIS_BEFORE = re.compile(
    r"(?i)\b(?:" + "|".join(f"(?P<{name}>{pattern})" for name, pattern in _BASES) + r")\s+(?:[\w-]+\s+){0,3}$"
)
_BASIS_WORDS = re.compile(r"(?i)year|quarter|month|y/y|q/q|m/m|yoy|qoq|\bmom\b")
"""Words one of :data:`_BASES` holds, to skip :func:`_change_basis` on sentences without one."""


def _change_basis(sentence: Sentence, claim: Claim) -> str | None:
    """What a percentage change is measured against, by the words right after it ("grew 3.1% year on year", "0.3%
    quarter on quarter", "rose 0.4% from the previous month") or right before ("quarter-on-quarter growth of 0.3%"):
    "year", "quarter" or "month". "3.1% year on year" and "0.3% quarter on quarter" are two measures of one
    quarter's growth, not one figure misreported. None where the words do not say."""
    if claim.kind is not Kind.PERCENT:
        return None
    text = sentence.text
    start, end = claim.start - sentence.start, claim.end - sentence.start
    after = _BASIS_AFTER.match(text, end)
    if after is not None:
        return _group_matched(after)
    before = _BASIS_BEFORE.search(text, max(0, start - 50), start)
    if before is not None:
        return _group_matched(before)
    opening = _BASIS_OPENING.match(text)
    if opening is not None and opening.end() <= start:
        return _group_matched(opening)  # "On a month-on-month, seasonally adjusted basis, sales rose 0.9%"
    return None


_PURPOSES_BEFORE = (
    ("fine", r"\bfin(?:ed|es?|ing)\b(?:\s+(?!of\b)[\w'’-]+){0,3}?|\b(?:fine|penalty)\s+of(?:\s+up\s+to)?"),
    ("bail", r"\bbail\b(?:\s+(?:of|(?:(?:was|is|had\s+been|has\s+been)\s+)?set\s+at|amounting\s+to))?|\bbond\s+of"),
    ("bribes", r"\bbribes?\s+(?:of|worth|totall?ing)|\bbrib(?:ed|ing)\b(?:\s+[\w'’-]+){0,3}?\s+with"),
    (
        "taken",
        r"\b(?:embezzl|misappropriat|siphon|stole|steal|stolen|launder|defraud|swindl|extort)\w*\b"
        r"(?:\s+(?!of\b)[\w'’-]+){0,3}?(?:\s+of)?(?:\s+(?:some|about|around|nearly|almost|more\s+than|over))?",
    ),
    ("damages", r"\b(?:compensation|damages|restitution|reparations?)\s+(?:of|worth|totall?ing)"),
)
_PURPOSE_BEFORE = re.compile(
    "(?i)(?:" + "|".join(f"(?P<p{k}>{pattern})" for k, (_name, pattern) in enumerate(_PURPOSES_BEFORE)) + ")\\s+$"
)
_PURPOSE_AFTER = re.compile(
    r"(?i)\s+(?:(?:in|as)\s+)?(?:(?P<fine>fines?|penalt(?:y|ies))|(?P<bail>bail)|(?P<bribes>bribes?|kickbacks?)|"
    r"(?P<damages>damages|compensation|restitution))\b"
)
_PURPOSE_WORDS = re.compile(
    r"(?i)\b(?:fin(?:e|ed|es|ing)|penalt|bail|bond|brib|kickback|embezzl|misappropriat|siphon|stole|steal|launder|"
    r"defraud|swindl|extort|compensation|damages|restitution|reparation)"
)
"""Words that tell what a sum of a court or crime story is, to skip :func:`_sum_purpose` on sentences without one."""


def _sum_purpose(sentence: Sentence, claim: Claim) -> str | None:
    """What a sum of a court or crime story is, by the words right before or after it: a fine ("fined him 3 billion
    won", "the 30 billion won fine", "a penalty of $2 million"), bail, bribes ("took 850 million won in bribes"), a
    sum taken ("embezzling 12.4 billion won", "stole more than $3 million", "laundering R48m") or damages. Two sums
    told as two of these are two figures, not one misreported ("embezzled 12.4 billion won" and "a 30 billion won
    fine"). The words after it tell first ("extorted R2m in bribes": bribes). "Pocketed", "received" or "accepted"
    tell no more than that a sum changed hands. None where the words do not say."""
    if claim.kind is not Kind.MONEY:
        return None
    text = sentence.text
    start, end = claim.start - sentence.start, claim.end - sentence.start
    after = _PURPOSE_AFTER.match(text, end)
    if after is not None:
        return _group_matched(after)
    before = _PURPOSE_BEFORE.search(text, max(0, start - 60), start)
    if before is not None and not _LINE_LEFT.search(text, before.start(), start):
        key = _group_matched(before)
        return _PURPOSES_BEFORE[int(key[1:])][0]
    return None


_YEAR_AFTER = re.compile(
    r"(?i)\s*(?:in|for|during)\s+(?:the\s+)?(?:(?:fiscal|financial|calendar)\s+(?:year\s+)?)?(\d{4})\b"
)


_YEAR_OPENING = re.compile(
    r"(?i)\s*(?:in|for|during)\s+(?:the\s+(?:fiscal|financial|calendar)\s+year\s+)?(\d{4})\b(?!\s*[-–/])"
)
"""A sentence opening on a year ("For 2027 it shows inflation at 2.4%", "In 2026, growth is seen at 3.5%"), which
dates every figure of the sentence that names no year of its own."""


def _year_after(sentence: Sentence, claim: Claim) -> int | None:
    """The year a figure is given for, written right after it ("grew 1.2% in 2025", "£412 million for 2024") or
    opening its sentence ("For 2027 it shows inflation at 2.4%")."""
    if claim.kind is Kind.DATE:
        return None
    found = _YEAR_AFTER.match(sentence.text, claim.end - sentence.start)
    if found is None:
        opening = _YEAR_OPENING.match(sentence.text)
        if opening is not None and opening.end() <= claim.start - sentence.start:
            found = opening
    year = int(found.group(1)) if found else None
    return year if year is not None and 1900 <= year <= 2100 else None


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December)"
_ANY_MONTH = re.compile(_MONTH)
_MONTH_AFTER = re.compile(
    rf"\s*(?:(?:year[- ]on[- ]year|on\s+the\s+year|on\s+an\s+annual\s+basis|annually|month[- ]on[- ]month|"
    rf"[ymq]/[ymq]|yoy|mom)\s+)?"
    rf"(?:in|for|during)\s+(?:the\s+year\s+to\s+|the\s+month\s+of\s+)?{_MONTH}\b(?!\s+\d)"
)
_ANOTHER_YEAR = re.compile(
    r"(?i)\s*(?:,\s*)?(?:last\s+year|of\s+last\s+year|a\s+year\s+(?:ago|earlier|before)|\d{4})\b"
)
_MONTH_BEFORE = re.compile(
    rf"\b{_MONTH}(?:['’]s)?\s+(?:index|figure|reading|rate|inflation|data|number|estimate|print|total)\b"
)

_MONTH_OPENING = re.compile(rf"\s*(?:In|During|For)\s+{_MONTH}\s*,")
"""A sentence opening on a month alone ("In September, ..."; not "In September 2024," a year's month), which dates
every figure of the sentence."""


_PERIOD = re.compile(
    r"(?i)\b(?:(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter|q(?P<qn>[1-4])\b|"
    r"(?P<h>first|second)[- ]half|h(?P<hn>[12])\b|(?:first|past|last)\s+(?P<m>two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|\d{1,2})\s+months|(?P<ytd>year[- ]to[- ]date|so\s+far\s+this\s+year)|"
    r"(?P<qm>january|april|july|october)\s*(?:[-–]|to)\s*(?:march|june|september|december)\b)"
)
"""A part of a year a figure may be given for: a quarter ("the second quarter", "Q2", "the April-June period"), a
half, the first months, the year so far."""
_QUARTER_OF_MONTH = {"january": "q1", "april": "q2", "july": "q3", "october": "q4"}
_QUARTER_OF_MONTHS = {"3": "q1", "6": "h1"}
"""The first months a quarter or a half is: "the first three months" is the first quarter."""
_PERIOD_AFTER = re.compile(
    r"(?i)\s*(?:(?:year[- ]on[- ]year|from\s+a\s+year\s+(?:earlier|ago))\s+)?(?:in|for|during|over|of)\s+(?:the\s+)?"
)
_PERIOD_OPENING = re.compile(r"(?i)\s*(?:in|for|during|over)\s+(?:the\s+)?")
_ORDINALS = {"first": "1", "second": "2", "third": "3", "fourth": "4", "1st": "1", "2nd": "2", "3rd": "3", "4th": "4"}
_MONTH_COUNTS = {w: str(k) for k, w in enumerate("two three four five six seven eight nine ten eleven".split(), 2)}


def _period_key(found: re.Match[str]) -> str:
    if found.group("q") or found.group("qn"):
        return "q" + (found.group("qn") or _ORDINALS[found.group("q").lower()])
    if found.group("h") or found.group("hn"):
        return "h" + (found.group("hn") or _ORDINALS[found.group("h").lower()])
    if found.group("m"):
        months = _MONTH_COUNTS.get(found.group("m").lower(), found.group("m"))
        return _QUARTER_OF_MONTHS.get(months, "m" + months)
    if found.group("qm"):
        return _QUARTER_OF_MONTH[found.group("qm").lower()]
    return "ytd"


def _period_of(sentence: Sentence, claim: Claim, month: int | None) -> str | None:
    """The part of a year a figure is given for: named right after it ("grew 8.22% in the third quarter"), before it in
    its clause with no other figure between ("Third-quarter GDP growth of 8.22%"), or by the sentence's opening ("For
    the first nine months, GDP grew by 7.85 per cent"); else its month: ``month`` (see :func:`_month_of`), or one
    named before it ("exports in September grew"). ``None`` when it names none."""
    if claim.kind not in (Kind.PERCENT, Kind.COUNT, Kind.MONEY, Kind.MEASURE):
        return None
    text = sentence.text
    start, end = claim.start - sentence.start, claim.end - sentence.start
    lead = _PERIOD_AFTER.match(text, end)
    if lead is not None and (found := _PERIOD.match(text, lead.end())) is not None:
        return _period_key(found)
    if (found := _last_in_clause(_PERIOD, sentence, start)) is not None:
        return _period_key(found)
    opening = _PERIOD_OPENING.match(text)
    if opening is not None and (found := _PERIOD.match(text, opening.end())) is not None and found.end() < start:
        comma = text.find(",", found.end(), found.end() + 25)
        if comma != -1 and comma < start and not _CLAUSE_BREAK.search(text, found.end(), comma):
            # "For the first nine months (of the year), ..." dates every figure of the sentence
            return _period_key(found)
    if month is None and (found := _last_in_clause(_IN_MONTH, sentence, start)) is not None:
        month = _MONTHS.index(found.group(1).lower()) + 1  # "Total exports in September grew 14%"
    return None if month is None else f"month {month}"


def _last_in_clause(pattern: re.Pattern[str], sentence: Sentence, start: int) -> re.Match[str] | None:
    """The last match of ``pattern`` before offset ``start`` (a figure's) in its clause, with no other figure (but a
    date or a time) between them: "Third-quarter GDP growth of 8.22%", "The February index ... was revised up to
    4.7%"."""
    found = list(pattern.finditer(sentence.text, _clause_start(sentence.text, start), start))
    if not found or any(
        found[-1].end() <= c.start - sentence.start < start
        for c in sentence.claims
        if c.kind not in (Kind.DATE, Kind.TIME)
    ):
        return None
    return found[-1]


_IN_MONTH = re.compile(rf"\bin\s+{_MONTH}\b(?!\s+\d)")


def _month_of(sentence: Sentence, claim: Claim) -> int | None:
    """The month a monthly figure is given for: written right after it ("4.6% in February", "4.9% year on year in
    March", "in the year to March") or naming its subject before it in its clause ("The February index ... was
    revised up to 4.7%"); not a day of the month ("in March 2024" is a year's, "on 14 March" a day's)."""
    if claim.kind not in (Kind.PERCENT, Kind.COUNT, Kind.MONEY, Kind.MEASURE):
        return None
    text = sentence.text
    start, end = claim.start - sentence.start, claim.end - sentence.start
    found = _MONTH_AFTER.match(text, end)
    if found is not None and _ANOTHER_YEAR.match(text, found.end()):
        return None  # "2.1% in March last year": another year's March
    if found is None and (opening := _MONTH_OPENING.match(text)) is not None and opening.end() <= start:
        found = opening  # "In September, the twelve-month rate had been 4.4%": the opening names the month
    if found is None:
        found = _last_in_clause(_MONTH_BEFORE, sentence, start)
        if found is None:
            return None
    month = _folded(found.group(1).lower())  # a case-blind match may hold "ı", "İ" or "ſ"
    return _MONTHS.index(month) + 1 if month in _MONTHS else None


_ATTACKER = re.compile(
    r"(?i)[^.;:()]{0,40}?(?<!\bnot\s)\b(?:including|includ(?:es|ed)|counting|among\s+them)\s+(?:the\s+|a\s+)?"
    r"(?:(?:suspected\s+|alleged\s+|lone\s+)?(?:gunman|gunmen|shooter|attacker|assailant|bomber|perpetrator|killer|"
    r"suspect)\b(?!['’]s?)|(?:himself|herself)\b)"
)


def _with_attacker(sentence: Sentence, claim: Claim) -> bool:
    """A toll that counts the attacker too ("Seven people, including the gunman, died"): it agrees with a toll of the
    victims one lower ("killing six people before police shot him")."""
    if claim.kind is not Kind.COUNT or claim.predicate != "killed":
        return False
    at = claim.end - sentence.start
    after = sentence.text[at : at + 120].lower()
    if "includ" not in after and "counting" not in after and "among" not in after:
        return False  # what every match of _ATTACKER holds: a cheap test first
    return bool(_ATTACKER.match(sentence.text, at))


def _as_limit(q: Quantity) -> Quantity:
    """A capacity's upper bound is the capacity itself: "licensed to carry no more than 180" and "a licensed limit of
    120" are two limits that cannot both be right, not two figures compatible through a hedge."""
    if q.hedge is not Hedge.UPPER or q.high is None:
        return q
    return q.model_copy(
        update={"low": q.high, "nominal": q.high, "low_open": False, "high_open": False, "hedge": Hedge.EXACT}
    )


def _less_one(q: Quantity) -> Quantity:
    return q.model_copy(
        update={
            "low": None if q.low is None else q.low - 1,
            "high": None if q.high is None else q.high - 1,
            "nominal": None if q.nominal is None else q.nominal - 1,
        }
    )


_AGO = re.compile(r"\s*ago\b", re.IGNORECASE)


_SUB_AREA = re.compile(
    r"\b(?:[Cc]ity|[Cc]ommune|[Tt]own|[Mm]unicipality|[Dd]istrict|[Ll]ocality|[Bb]orough|[Vv]illage|[Nn]eighbou?rhood|"
    r"[Pp]arish|[Ww]ard)\s+of\s+((?:[A-Z][\w'’-]*\s*)+)|"
    r"\b(?:was|were)\s+(?:strongest|weakest|highest|lowest)\s+(?:in|on|at)\s+"
    r"(?:the\s+)?((?:[A-Z][\w'’-]*\s*)+)|"
    r"\b(?:carried|won|lost)\s+(?:the\s+)?(?:province|region|department|state|county|canton|city|district)\s+of\s+"
    r"((?:[A-Z][\w'’-]*\s*)+)|"
    r"\bin\s+the\s+(capital)\b|"
    r"\b[Ii]n\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)"
    r"((?:[A-Z][\w'’-]*\s*)+),\s+(?:the|a|an|its)\s+(?:[\w-]+\s+){0,3}?(?:city|town|commune|municipality|"
    r"district|locality|borough|village|neighbou?rhood|parish|ward|suburb)\b(?!['’])"
)
"""A share told of one place within the area voting: "in the city of Geneva, where 61.2 per cent voted in favour",
"the commune of Le Grand-Saconnex rejected it with 61.2%", "support was strongest in Vevey", "carried the province of
Arequipa with 53.4 per cent", "61.4% yes in the capital", "In Kennedy, the most populous locality, she took 51 per
cent"."""


_AREA_NOUN = re.compile(
    r"(?i)\b(?:city|commune|town|municipality|district|locality|borough|village|neighbou?rhood|parish|ward|capital)\b"
)
"""A place named by its kind alone ("the city proper backed the tram by 58 per cent"): it may be the place the other
report names."""


def _sub_area(sentence: Sentence, claim: Claim) -> str | None:
    """The place within the area a share is told of, named in its clause (see :data:`_SUB_AREA`), None when it names
    none: "The yes side won 52%, while support was strongest in Vevey" tells the 52% of the whole. "In the capital"
    tells of the figure only after it ("61.4% yes in the capital") or heading the clause ("In the capital, ..."), not
    of who spoke ("Officials in the capital said turnout was 48%")."""
    text = sentence.text
    at = claim.start - sentence.start
    start = _clause_start(text, at)
    found = _SUB_AREA.search(text, start, _clause_end(text, at))
    if found is None:
        return None
    if found.group(4) is not None and found.start() < at and text[start : found.start()].strip():
        return None
    return next(g for g in found.groups() if g is not None).strip().lower()


def _names_place(sentence: Sentence, place: str) -> bool:
    """The sentence tells of the voters of the place a share was told of ("Zurich voters approved it with 61%",
    "voters in Zurich", "Zurich rejected it"): its share may be that place's. A place named for another reason ("the
    loan for the Riviera tram", "through Le Grand-Saconnex") does not count."""
    if place == "capital":
        return False
    name = re.escape(place)
    return (
        re.search(
            rf"(?i)\b{name}(?:['’]s)?\s+(?:voters|electors|residents|citizens|approved|rejected|backed|voted)\b|"
            rf"\b(?:voters|electors|residents|citizens)\s+(?:in|of)\s+{name}\b",
            sentence.text,
        )
        is not None
    )


_COUNTED_UNITS = (
    r"(?:tables|ballots|votes|polling\s+stations|stations|precincts|constituencies|returns|booths|tally\s+sheets|"
    r"sheets|ballot\s+boxes|districts)"
)
_PROGRESS = re.compile(
    rf"(?i)\b(?:with|after|once|when)\s+(?:only\s+|just\s+|about\s+|nearly\s+|almost\s+|some\s+)?(\d+(?:\.\d+)?)\s*"
    rf"(?:%|per\s*cent|percent)\s+of\s+(?:the\s+)?(?:[\d,]+\s+)?(?:[\w-]+\s+){{0,2}}?{_COUNTED_UNITS}\s+"
    rf"(?:(?:have\s+been|had\s+been|were|was)\s+)?(?:(?:counted|reported|reporting|tallied|processed|declared|"
    rf"scrutini[sz]ed)\b|in(?=\s*(?:[,;.)]|$)))|"
    rf"\b(?:processing|processed|counting|counted|count|tally|tallied)\s+(?:of\s+)?(\d+(?:\.\d+)?)\s*"
    rf"(?:%|per\s*cent|percent)\s+of\s+(?:the\s+)?(?:[\d,]+\s+)?(?:[\w-]+\s+){{0,2}}?{_COUNTED_UNITS}\b|"
    rf"\b(?:processing|counting|count|tally)\s+of\s+(all)\s+(?:the\s+)?(?:[\d,]+\s+)?(?:[\w-]+\s+){{0,2}}?"
    rf"{_COUNTED_UNITS}\b"
)
"""How far a count had gone when a sentence's figures were read: "with 92.3% of tally sheets counted", "it completed
the processing of 100% of the 5,634 tally sheets", "after the count of all 5,634 tally sheets" (100)."""


def _count_progress(sentence: Sentence) -> float | None:
    """The share of the count done that a sentence gives its figures at (see :data:`_PROGRESS`), 0 for a count told
    as preliminary (see :data:`_PRELIMINARY_COUNT`), None if it gives none. Two reports of a count at different stages
    give different leads and shares, each true at its moment."""
    low = sentence.text.lower()
    if ("prelim" in low or "provisional" in low) and _PRELIMINARY_COUNT.search(sentence.text):
        return 0.0  # a count told as not yet done, however far it had gone
    if "recount" in low:
        # a recount's figures against the count before it: two stages, each true at its moment
        return 100.0 if _BEFORE_RECOUNT.search(sentence.text) else 200.0 if _RECOUNT.search(sentence.text) else None
    if "%" not in low and "cent" not in low and " all " not in low and "official" not in low and "certified" not in low:
        return None
    found = _PROGRESS.search(sentence.text)
    if found is None:
        return 100.0 if _FINAL_COUNT.search(sentence.text) else None
    value = found.group(1) or found.group(2) or found.group(3)
    return 100.0 if value.lower() == "all" else float(value)


_FINAL_COUNT = re.compile(
    r"(?i)\b(?:final|full|complete)\s+(?:official\s+)?(?:results?|count|tally)\s+(?:showed|shows|show|gave|gives|"
    r"put)\b|\b(?:according\s+to|in)\s+(?:the\s+)?(?:final|full|complete|official|certified)\s+(?:official\s+)?"
    r"(?:results?|count|tally)\b|\bcertified\s+(?:the\s+)?(?:final\s+)?results?\b"
)
"""A count told as done: "final results showed", "according to the final count", "according to the official count",
"certified the results" (the whole count, 100)."""
_RECOUNT = re.compile(r"(?i)\b(?:the|a|this|machine|manual|hand)\s+recount\b|\brecount\s+results?\b")
_BEFORE_RECOUNT = re.compile(r"(?i)\b(?:before|ahead\s+of|prior\s+to)\s+the\s+recount\b")
"""A recount, and the count before it: "A machine recount has confirmed ..., widening her lead to 221 votes" and "had
led by 216 votes before the recount" are two stages of one count."""
_PRELIMINARY_COUNT = re.compile(
    r"(?i)\b(?:preliminary|provisional)\s+(?:official\s+)?(?:results?|count|tally|figures)\b"
)
"""A count told as not yet done: "in the preliminary count", "provisional results showed"."""


_YEAR_WORD_BEFORE = re.compile(
    r"(?i)\b(this|next|last|previous|coming|current)\s+year(?:['’]s)?\s+(?:(?!and\b|or\b|but\b)[\w-]+\s+){0,3}?"
    r"(?:(?:of|at|to|was|is|will\s+be|stood\s+at|stands\s+at)\s+)?$"
)
_YEAR_WORD_AFTER = re.compile(
    r"(?i)\s+(?:[\w-]+\s+){0,2}?(?:for|in)\s+(this|next|last|the\s+coming|the\s+current)\s+year\b"
)
_YEAR_WORD_SIDE = {
    "this": 0, "current": 0, "the current": 0, "next": 1, "coming": 1, "the coming": 1, "last": -1, "previous": -1
}


def _year_word(sentence: Sentence, claim: Claim) -> int | None:
    """The year a figure is told for in words, right around it: 0 for "this year's 10,320 won" or "the rate for this
    year", 1 for "next year's rate of 10,750 won", -1 for "last year's 4.1%"; None when no such word is there."""
    if claim.kind not in (Kind.MONEY, Kind.PERCENT, Kind.COUNT, Kind.MEASURE):
        return None
    text = sentence.text
    start, end = claim.start - sentence.start, claim.end - sentence.start
    found = _YEAR_WORD_BEFORE.search(text, max(0, start - 50), start)
    if found is None or any(start > c.start - sentence.start >= found.end() for c in sentence.claims):
        found = _YEAR_WORD_AFTER.match(text, end)
    if found is None:
        return None
    return _YEAR_WORD_SIDE.get(found.group(1).lower())


_SINCE_AFTER = re.compile(
    r"(?i)\s+(?:[\w-]+\s+){0,3}?(?:since\s+(?:the\s+(?:start|beginning)\s+of\s+(?:the\s+|this\s+)?(?:year|month)|"
    r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December)(?!\s+\d)|"
    r"mid-\w+|last\s+(?:week|month|year))|so\s+far\s+this\s+(?:year|month)|year[- ]to[- ]date)\b|"
    r"\s+this\s+(?:year|month)\b"
)
_CHANGED_BEFORE = re.compile(
    r"(?i)\b(?:rose|risen|climbed|jumped|gained|soared|surged|rallied|advanced|added|fell|fallen|dropped|lost|slid|"
    r"slumped|tumbled|plunged|declined|shed|(?:is|are|was|were)\s+(?:up|down))\s+(?:by\s+)?(?:some\s+|about\s+|"
    r"around\s+|nearly\s+|almost\s+|more\s+than\s+)?$"
)


def _since(sentence: Sentence, claim: Claim) -> bool:
    """A rise or fall told over a stretch up to now from a date ("had climbed 27% since January", "are up 12% so far
    this year"), not one day's or one period's ("jumped 24% on Monday"): it sets only against another such change. A
    level held since a day ("kept its rate at 5.75% since October") is no such change, nor is a rise since an event
    ("up 13.2 per cent since the tariff freeze lapsed"), often the year's own change told another way."""
    text = sentence.text
    start, end = claim.start - sentence.start, claim.end - sentence.start
    if _CHANGED_BEFORE.search(text, max(0, start - 40), start) is None:
        return False
    found = _SINCE_AFTER.match(text, end)
    return found is not None and not any(end < c.start - sentence.start < found.end() for c in sentence.claims)


_OF_THAT_OPENING = re.compile(
    r"(?i)\s*(?:\d{1,2}[:.]\d{2}\s*[—–-]?\s*)?Of\s+(?:that|this|these|those|the\s+total|"
    r"that\s+(?:sum|amount|total|figure))\s*,"
)
_OF_THAT_AFTER = re.compile(
    r"(?i)\s+(?:[\w-]+\s+)?of\s+(?:that|this|these|those)\b(?!\s+[\w-]+\s+(?:is|are|was|were)\b)"
    r"(?!['’]s\b|\s+(?:year|month|week|quarter|season|day|morning|afternoon|evening)\b)"
)


def _of_that(sentence: Sentence, claim: Claim) -> bool:
    """A sum told as a part of a total the writer gave just before: "Of that, about 131 billion zlotys sits in the
    budget proper", "Around NOK 400m of that is expected to come from feed". It is no report of the total, and sets
    only against another such part."""
    if claim.kind is not Kind.MONEY:
        return False  # "Of those, 27 remain in hospital": a count of a part is told as such by the other report too
    text = sentence.text
    opening = _OF_THAT_OPENING.match(text)
    if opening is not None and opening.end() <= claim.start - sentence.start:
        return True
    return _OF_THAT_AFTER.match(text, claim.end - sentence.start) is not None


def _split_parts(sentence: Sentence, claim: Claim) -> tuple[Claim, ...]:
    """The sums a total is split into, when the claim is one of them: two or more sums in one currency told after a
    word like "comprises" (see :data:`_COMPRISES`): "It comprises spending of Rp 2,863.2 trillion and transfers of Rp
    923.3 trillion". Empty for a sum told otherwise."""
    own = next((c for c in sentence.claims if c.id == claim.id), None)
    if own is None or own.kind is not Kind.MONEY:
        return ()
    text = sentence.text
    at = own.start - sentence.start
    for found in _COMPRISES.finditer(text, 0, at):
        listed = tuple(
            c
            for c in sentence.claims
            if c.kind is Kind.MONEY
            and c.start - sentence.start >= found.end()
            and c.quantity.unit == own.quantity.unit
            and c.quantity.low is not None
        )
        if len(listed) >= 2 and own in listed:
            return listed
    return ()


_COMPRISES = re.compile(
    r"(?i)\b(?:compris(?:es|ed|ing)|consist(?:s|ed|ing)?\s+of|(?:is|are|was|were)\s+made\s+up\s+of|"
    r"(?:split|divided|broken\s+down)\s+(?:between|into|among))\b"
)
"""A total split into sums told after it ("It comprises spending of Rp 2,863.2 trillion and transfers of Rp 923.3
trillion", "the package is split between 40 million euros of grants and 25 million euros of loans"): each sum is a part,
not the total another report gives."""


_SEPARATE = re.compile(
    r"(?i)\b(?:a|the|another)\s+separate\s+(?!(?:statement|briefing|interview|post|report|release|press|news|update|"
    r"message|letter|tweet|email|note|filing|announcement|count|tally|toll|estimate|figure|assessment|analysis|account|"
    r"calculation)s?\b)[\w-]+|"
    r"\b(?:a\s+further|another|a\s+second|a\s+fresh)\s+(?:[\w-]+\s+){0,2}?(?:strikes?|stoppages?|walkouts?|"
    r"shutdowns?)\b"
)

_SEPARATE_WORDS = ("separate", "further", "another", "second", "fresh")
"""What every match of :data:`_SEPARATE` contains: a cheap test first."""


def _separate(sentence: Sentence, claim: Claim) -> bool:
    """The figure's clause tells of "a separate" thing of the story's kind ("A separate ballot of the smaller union",
    "in a separate attack", "a separate charge of embezzling 3.1 billion won"): another instance than the one the
    story is about, compared only with a figure told as separate too; so is a further strike ("will hold a further
    72-hour stoppage"). A separate statement or briefing is only another telling of the same news, and does not
    count."""
    text = sentence.text
    low = text.lower()
    if not any(word in low for word in _SEPARATE_WORDS):
        return False
    at = claim.start - sentence.start
    return _SEPARATE.search(text, _clause_start(text, at), _clause_end(text, at)) is not None


_MORE_AFTER = re.compile(r"\s+(?:more|additional|further|extra)\b(?!\s+than\b)", re.IGNORECASE)
_MORE_BEFORE = re.compile(r"(?i)\b(?:another|a\s+further|an\s+additional|an\s+extra|a\s+new)\s+$")


_NEW_TOTAL = re.compile(
    r"(?i)\b(?:rose|risen|rising|climbed|jumped|increased|grown|grew|gone\s+up|went\s+up)\s+to\b|"
    r"\b(?:reached|reaches|reaching|(?:stands|stood|standing)\s+at)\b|"
    r"\b(?:bring|brings|bringing|brought|take|takes|taking|took|push|pushes|pushing|pushed)\s+(?:the|its|their)\s+"
    r"(?:[\w-]+\s+)?(?:total|toll|tally|number|count)\b"
)
"""A new total told with what was added to reach it: "has risen to 13, after two more babies tested positive",
"bringing the death toll to 31"."""


def _increment(sentence: Sentence, claim: Claim) -> bool:
    """A count told as added to an earlier one, in a sentence giving the new total: "has risen to 13, after two more
    babies tested positive", "another 12 bodies were found, bringing the toll to 40". It is how much a count grew,
    not the count, and sets only against another such figure. Without a new total, "another 342 people were injured"
    or "a further 24 were hurt" after a toll of the dead is the whole count of a second group, and stays one."""
    if claim.kind is not Kind.COUNT or not _NEW_TOTAL.search(sentence.text):
        return False
    text = sentence.text
    start, end = claim.start - sentence.start, claim.end - sentence.start
    return bool(_MORE_AFTER.match(text, end) or _MORE_BEFORE.search(text[max(0, start - 20) : start]))


def _ago(sentence: Sentence, claim: Claim) -> bool:
    """A span of time counted back from today: "killed eight days ago", "three weeks ago"."""
    return claim.kind is Kind.DURATION and bool(_AGO.match(sentence.text, claim.end - sentence.start))


_OFFSET = re.compile(
    r"\s*(later|earlier|afterwards?|beforehand|after|before)\b"
    r"(?!\s+(?:(?:this|that)(?:\s+(?:day|morning|afternoon|evening|night|week|weekend|month|year)\b)|"
    r"today|tonight|yesterday|last|next|than|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"in\s+the\s+(?:day|morning|afternoon|evening|week|month|year))\b)",
    re.IGNORECASE,
)
_SPAN_VERB = re.compile(r"(?i)\b(?:lasted|lasting|lasts|last|took|taking|takes|spent|spending|for)\s+$")
_FROM_THE_START = re.compile(
    r"(?i)(?:\s+[\w'’-]+){0,5}?\s+(?:first|began|begun|begin|started|start|beginning|broke\s+out|opened|erupted|"
    r"struck|hit|collapsed|exploded|capsized|sank|(?:earth)?quake|blast|explosion|collapse|crash|attack|landslide)\b"
)
_ARRIVED = re.compile(
    r"(?i)\b(?:arrived|arriving|reached|reaching|responded|got\s+there|were\s+on\s+(?:the\s+)?scene)\b"
)
"""Verbs of help arriving: "officers reached the mall about five minutes after the first emergency call" tells when
they came, not how long the attack lasted."""
_OFFSET_SIDE = {
    "after": "after",
    "before": "before",
    "later": "after",
    "afterward": "after",
    "afterwards": "after",
    "earlier": "before",
    "beforehand": "before",
}


_WITHIN_BEFORE = re.compile(r"(?i)\bwithin\s+(?:(?:about|around|roughly|some|just|only)\s+)?$")
_WITHIN_OF = re.compile(r"(?i)\s+of\s+(?!age\b)")
"""A span "within ... of" a moment is told from that moment, as "after" it is: "police were at the scene within four
minutes of the first call" and "the first patrol arrived five minutes after that call" tell one wait."""
_DEADLINE_BEFORE = re.compile(
    r"(?i)\b(?:must|ordered|order|required|has|have|had|given|gives|give|to)\s+(?:[\w'’-]+\s+){0,5}?(?:pay|settle|"
    r"comply|repay|refund|respond|appeal|file|submit|vacate|leave|complete|finish|decide|rule)\b[^.;]{0,60}$"
)
"""Before "within ... of", a deadline set ("must settle the award within 90 days of the judgment", "ordered to pay
within 120 days"): how long one has, which a deadline told without "of" meets, not a moment after another."""


def _offset(sentence: Sentence, claim: Claim) -> tuple[str, bool] | None:
    """The side of a span of time told from another moment ("twenty minutes later" and "45 minutes after the first
    shots" are "after", "about 30 minutes earlier" "before"), and whether it is only that (true of "later", not of
    "after" the start of something: "ended nine hours after it began" is also how long it lasted; nor of "before":
    "held for 20 minutes before it was freed"); ``None`` for a span of its own ("a nine-hour standoff", "questioned
    for 12 hours earlier this week", "lasted five hours before police cleared it")."""
    if claim.kind is not Kind.DURATION:
        return None
    found = _OFFSET.match(sentence.text, claim.end - sentence.start)
    if not found:
        if (
            _WITHIN_BEFORE.search(sentence.text, 0, claim.start - sentence.start)
            and _WITHIN_OF.match(sentence.text, claim.end - sentence.start)
            and not _DEADLINE_BEFORE.search(sentence.text, 0, claim.start - sentence.start)
        ):
            return "after", True  # "at the scene within four minutes of the first call": when, after that call
        return None
    # a case-blind match may hold "ı", "İ" or "ſ" ("earlıer"), which lower() keeps: fold them to the key
    word = _folded(found.group(1).lower())
    if word not in _OFFSET_SIDE:
        return None
    if word == "before" and _SPAN_VERB.search(sentence.text, 0, claim.start - sentence.start):
        return None  # "the blockade lasted about five hours before the road was cleared": how long, not when
    if word == "after":
        # "ended nine hours after it began", "four hours after the first protesters walked on": also how long it
        # lasted; not "20 minutes after the last hostage left", nor help arriving "five minutes after the first call"
        at = claim.start - sentence.start
        arrival = _ARRIVED.search(sentence.text, max(0, at - 60), at)  # "reached the mall five minutes after"
        return "after", arrival is not None or not _FROM_THE_START.match(sentence.text, found.end())
    return _OFFSET_SIDE[word], word != "before"  # "before" may also end a span's length


_DAY = 86400.0


def _within_days(a: Claim, b: Claim, days: float) -> bool:
    """Two spans of time in seconds that differ by ``days`` or less (spans in months or years never do)."""
    if a.quantity.unit != "s" or b.quantity.unit != "s":
        return False
    x, y = _magnitude(a), _magnitude(b)
    return abs(x - y) <= days * _DAY


_GROUP_EVENTS = {
    word: _PREDICATES.get(word, word)
    for word in """killed dead died deceased fatalities injured wounded hurt injuries escaped rescued arrested detained
    evacuated missing displaced infected hospitalised hospitalized admitted""".split()
} | {"shot": "shot"}
"""Words that name a group by what befell it ("of those killed", "of the injured", "of the escaped inmates"), with the
predicate each gives (normalised as :mod:`engine.claims` does); "shot" stays apart from both."""
_VICTIM_WORDS = "|".join([*_GROUP_EVENTS, "victims", "casualties"])
_OWN_VERB = re.compile(
    r"(?i)^(?:(?!(?:who|that|which)\b)[\w-]+\s+)+?(?:have|has|had|were|was|are|is|been|will|would|may|might)\b"
)
"""A group named by a noun and then the clause's own verb: "(four of the) patients have died" tells what befell the
patients, a toll, not some of those who died ("of those who have died")."""
_PART_OF_VICTIMS = re.compile(
    rf"\s+(?:of|out\s+of)\s+(?:the|those|these)\s+((?:[\w-]+\s+){{0,3}}?(?:{_VICTIM_WORDS})\b(?:\s+and\s+(?:{_VICTIM_WORDS}))?)",
    re.IGNORECASE,
)
_NOUN_WORD = (
    r"\s+(?!(?:and|of|were|was|are|is|have|has|had|died|killed|injured|hurt|wounded|said|says|who|which|drowned|"
    r"perished|lost|burned|burnt|crushed|suffocated|trapped|rescued|evacuated|survived)\b)[^\W\d_][\w'’-]*"
)
_AMONG_VICTIMS_AFTER = re.compile(
    rf"(?:{_NOUN_WORD}){{0,4}}?(?:\s+and\s+(?:\d[\d,]*|[a-z]+)(?:{_NOUN_WORD}){{0,4}}?)?"
    rf"\s+(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:the|those)\s+(?:[\w-]+\s+){{0,3}}?(?:{_VICTIM_WORDS})\b",
    re.IGNORECASE,
)
"""Some of the victims told before the event's noun, with at most one more group joined by "and": "Four children and
two British tourists were among the dead"; not "Fourteen people died and two Britons were among the dead"."""
_OF_BEFORE = re.compile(r"(?i)\bof\s+(?:the\s+|those\s+|these\s+)?$")


def _among_victims(sentence: Sentence, claim: Claim) -> bool:
    """The figure is some of the victims by "among": "among the dead were four foreign nationals", "Four children and
    two British tourists were among the dead"; not "killed 14 people and two Britons were among the dead" (the toll,
    then a part), nor "three of the 40 people on board were among the dead"."""
    start, end = claim.start - sentence.start, claim.end - sentence.start
    before = sentence.text[max(0, start - 60) : start]
    if _AMONG_VICTIMS.search(before):
        return True
    among = _AMONG_VICTIMS_AFTER.match(sentence.text, end)
    if among is None or _OF_BEFORE.search(before):
        return False
    return " and " not in among.group() or _opens(sentence, claim)


def _one_group(ca: Claim, sa: Sentence, cb: Claim, sb: Sentence) -> bool:
    """A group among the victims named alike in both, one of them as some of the victims: "Two British tourists were
    among the dead" and "three British tourists died" count one group (not "people", which is the toll's); not "three
    German tourists died" (another nation's), nor "three firefighters tackled the blaze" (nothing befell them)."""
    if ca.subject is None or ca.subject != cb.subject or ca.subject in _GENERIC_PEOPLE:
        return False
    if (ca.predicate and cb.predicate and ca.predicate != cb.predicate) or _qualifiers(sa, ca) != _qualifiers(sb, cb):
        return False
    among_a, among_b = _among_victims(sa, ca), _among_victims(sb, cb)
    if not (among_a or among_b):
        return False
    other, other_sentence = (cb, sb) if among_a else (ca, sa)
    # something befell the other side's group too: "three British tourists died", "Fourteen people died, among them
    # three British tourists"
    return bool(other.predicate or _totals_before_list(other_sentence, other) or _among_victims(other_sentence, other))


def _qualifiers(sentence: Sentence, claim: Claim) -> frozenset[str]:
    """The capitalised words between a count and its noun, a group's nation or the like: "British" in "two British
    tourists"."""
    text = sentence.text
    end = claim.end - sentence.start
    noun = text.find(claim.subject or "", end, end + 60) if claim.subject else -1
    if noun < 0:
        return frozenset()
    return frozenset(w for w in re.findall(r"[^\W\d_][\w'’-]*", text[end:noun]) if w[0].isupper())


def _opens(sentence: Sentence, claim: Claim) -> bool:
    """The figure is the subject of what follows: it opens its sentence or clause, a determiner, a phrase set off by a
    comma ("In Kabul, four children ...") or who says it ("Officials said four children ...") aside; not the object
    of a verb ("The crash killed 14 people and ...")."""
    start = claim.start - sentence.start
    before = sentence.text[_clause_start(sentence.text, start) : start].rstrip()
    words = before.lower().strip(" :\"“").split()
    if not words or " ".join(words) in ("the", "a", "all", "some") or before.endswith(","):
        return True
    return words[-1] in ("said", "says", "say", "told", "that", "reported")
_AMONG_VICTIMS = re.compile(
    rf"\bamong\s+(?:the|those)\s+(?:[\w-]+\s+){{0,3}}?(?:{_VICTIM_WORDS})\s+(?:were|was|are|is)\s+$",
    re.IGNORECASE,
)
_IN_A_PLACE = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(?:in|at|from)\s+(?:(?:the\s+)?(?:capital|city|region|province|district|state|county|"
    r"town|village|north|south|east|west)\b|[A-Z])"
)
"""A place right after a count: "including 40 in the capital", "among them 12 in Kharkiv": the place's own figure,
compared with that place's, not a part by what else it is."""
_DEFINED_AFTER = re.compile(r"(?i)\s+(?:[a-z]+\s+)?(?:who|that|whose)\b")
"""A group told by what befell it, right after a count: "including 12 who drowned", "including 9 people who were shot at
a church": a group of its own, compared with that group elsewhere, not a part by what else it is."""
_INCLUDING = re.compile(
    r"(?i)(?:\b(?:including|among\s+them|of\s+(?:which|whom)|of\s+them)|:)\s+"
    r"(?:(?:\d[\d,.]*|[a-z]+(?:-[a-z]+)?)(?:\s+[\w'’-]+){0,4}?\s*(?:,|\band\b)\s*)*(?:at\s+least\s+|about\s+|some\s+)?$"
)
"""A count listed as a part of an earlier one: "31 counts, including 24 of fraud and six ...", "12 people, among them
three children", "31 counts: 24 counts of fraud, six ...", "87 learners: 51 to Grey's Hospital, 29 to ..."."""
_WHOLE_MARK = re.compile(r"(?i)\b(?:all|each|every|both)\s+$")


_LOCAL_WORDS = re.compile(
    r"\balone\b|\bneighbou?ring\b|\bnearby\b|\bitself\b|\bthe\s+(?:scene|spot)\b|"
    r"\b(?:Hospital|Clinic|Infirmary|Medical\s+Cent(?:re|er))\b|^(?:In|Across)\s"
)
"""What every match of :data:`_ONE_PLACE` and :data:`_IN_DISTRICT_OPENING` contains: a cheap test first."""
_ONE_PLACE = re.compile(
    r"\b(?:died|dead|killed)\s+(?:instantly\s+)?(?:at|on)\s+the\s+(?:scene|spot)\b|"
    r"\b(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+alone\b)"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:\s+(?:city|town|district|county|province|state|region))?\s+alone\b|"
    # ("in September alone" is the month's figure, as "in September")
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+(?:[A-Z][\w'’-]+\s+)?(?:centre|center|hospital|clinic|camp|site|"
    r"school|facility|ward|unit|plant|mine|district|city|town|village|province|county|state|region|port|airport|"
    r"station|complex|factory|works|mill|refinery|terminal|depot|warehouse|branch|store)\s+alone\b|"
    r"\b(?:[Ii]n|[Aa]cross)\s+(?:neighbouring|neighboring|nearby)\s+[A-Z]|"
    r"\b(?:[Ii]n|[Aa]t|[Aa]cross|[Ww]ithin)\s+(?:the\s+)?"
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"  # "In March itself" is no place
    r"[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|city|town|district|county|province))?\s+itself\b|"
    r"\b[A-Z][\w'’-]+\s+(?:city|town|district|county|province)\s+itself\b"
)
_IN_DISTRICT_OPENING = re.compile(r"(?:In|Across)\s+(?:[A-Z][\w'’-]+\s+){1,3}(?:district|[Cc]ounty|province)\s*,\s*")
"""A sentence opening on the one district its figures are told of: "In Patuakhali district, six people were killed"."""


def _local(sentence: Sentence, claim: Claim) -> bool:
    """The figure is told of one place within the event's area, or one day of it: "the city of Beira alone has
    recorded 1,774 cases", "Bajhang district alone has recorded 21 deaths", "in neighbouring Dondo, 450 people have
    fallen ill", "on Saturday alone, 412 people were vaccinated", "at least 14 people died in Quelimane city itself",
    "the centre alone admitted 60 new patients", "At Mugda General Hospital, 310 patients" (see :data:`_AT_FACILITY`);
    or of those who died where it happened: "Two were pronounced dead at the scene"."""
    if claim.kind not in (Kind.COUNT, Kind.MONEY, Kind.MEASURE):
        return False
    text = sentence.text
    start, end = claim.start - sentence.start, claim.end - sentence.start
    # its clause, before the next figure; an age is no figure of its own ("One man, 34, was pronounced dead at the
    # scene")
    after = [c.start - sentence.start for c in sentence.claims if c.start >= claim.end and c.subject != "age"]
    stop = min(end + 50, _clause_end(text, end), *after)
    if _ONE_PLACE.search(text, max(_clause_start(text, start), start - 60), stop) is not None:
        return True
    opening = _IN_DISTRICT_OPENING.match(text)
    if opening is not None and opening.end() == start and claim.kind is Kind.COUNT:
        return True
    return claim.kind is Kind.COUNT and _AT_FACILITY.search(text, _clause_start(text, start), start) is not None


_FACILITY = r"(?:[A-Z][\w'’-]+\s+){1,5}(?:Hospital|Clinic|Infirmary|Medical\s+Cent(?:re|er))"
_AT_FACILITY = re.compile(
    rf"(?:^|(?<=[,;:]\s))(?:[Aa]t\s+(?:the\s+)?{_FACILITY}\s*,\s*(?:[\w'’-]+\s+){{0,3}}|"
    rf"(?:[Tt]he\s+)?{_FACILITY}\s+(?:has\s+|had\s+|have\s+)?(?:alone\s+)?(?:postponed|admitted|treated|received|"
    rf"recorded|reported|cancelled|canceled|discharged|saw)\s+(?:(?:about|around|some|nearly|more\s+than)\s+)?)$"
)
"""A count told of one named hospital, in its own clause right before the figure: "At Sher-e-Bangla Medical College
Hospital, 310 dengue patients were being treated", "Auckland City Hospital postponed 431 planned procedures": one
facility's figure, not the count of all."""


_NAMED_PLACE_BEFORE = re.compile(
    r"(?:^|[,;:]\s+|\band\s+)(?:[A-Z][\w'’-]+\s+){1,3}(?:(?P<kind>district|town|city|province|county|region|"
    r"municipality|village|commune|ward|state)\s+)?(?:\w+\s+){0,4}?$"
)
_TOTAL_BEFORE = re.compile(r"(?i)\b(?:total|in\s+all|overall|altogether|across|nationwide|statewide)\b")


def _listed_after_place(sentence: Sentence) -> frozenset[str]:
    """The counts of a list that names each place first: "Dai Loc district evacuated 4,516 people, Nam Giang 705 and
    Dien Ban town 918" gives three places' figures, none the whole. Two list items or more name their place right
    before their figure, one at least with a word of place ("district", "town"), and no figure is called a total."""
    text = sentence.text
    items = []
    for claim in sentence.claims:
        if claim.kind is Kind.COUNT:
            at = claim.start - sentence.start
            found = _NAMED_PLACE_BEFORE.search(text, max(0, at - 80), at)
            if found and found.group().split()[0].rstrip(",;:") not in ("The", "A", "An"):
                items.append((claim, found))
    if len(items) < 2 or not any(found.group("kind") for _, found in items):
        return frozenset()
    if _TOTAL_BEFORE.search(text):
        return frozenset()
    return frozenset(c.id for c in sentence.claims if c.kind is Kind.COUNT)


def _listed_by_place(sentence: Sentence) -> frozenset[str]:
    """The counts of a list of counts each told of its named place (see :data:`_PLACE_AFTER`): "17 deaths were recorded
    in Kathmandu district, 14 in Lalitpur and 6 in Bhaktapur" gives three places' figures, none of them the whole toll.
    A list holds two such counts or more, and another than each one written right before its place ("14 in
    Lalitpur")."""
    if " in " not in sentence.text:
        return frozenset()
    text = sentence.text
    placed = [c for c in sentence.claims if c.kind is Kind.COUNT and _PLACE_AFTER.match(text[c.end - sentence.start :])]
    if len(placed) < 2:
        return frozenset()
    listed = [c for c in placed if _IN_PLACE_RIGHT_AFTER.match(text, c.end - sentence.start)]  # "14 in Lalitpur"
    return frozenset(c.id for c in placed if any(other is not c for other in listed))


_IN_PLACE_RIGHT_AFTER = re.compile(r"\s+(?:in|at)\s+[A-Z]")
"""A count's place right after it, as a list of places' figures gives it: "14 in Lalitpur and 6 in Bhaktapur"."""


def _totals_before_list(sentence: Sentence, claim: Claim) -> list[Claim]:
    """The counts before the list the claim stands in, when it is listed after "including", "among them" or a colon
    (see :data:`_INCLUDING`): the 31 of "31 dead, including 9 children and 11 women"; none for "Injured: 12
    passengers and 3 crew", a list of its own."""
    local_start = claim.start - sentence.start
    window = max(0, local_start - 60)
    listed = _INCLUDING.search(sentence.text[window:local_start])
    if listed is None:
        return []
    return [c for c in sentence.claims if c.kind is Kind.COUNT and c.end - sentence.start <= window + listed.start()]


def _listed_in(sentence: Sentence, claim: Claim) -> bool:
    """The claim opens a list of parts of an earlier count (see :func:`_totals_before_list`)."""
    return bool(_totals_before_list(sentence, claim))


_OF_GROUP_OPENING = re.compile(rf"[Oo]f\s+(?:the|those)\s+(?:[\w-]+\s+){{0,2}}?(?:{_VICTIM_WORDS})\s*,")
"""A sentence opening on the group its counts are some of: "Of those admitted, 41 were treated at the district
hospital and 23 were referred to ..."."""
_THE_OTHER = re.compile(r"(?i)\bthe\s+other\s+$")
"""Right before a count: "the other eight people in the group were detained", "the other three victims were taken
to hospital": the rest of a group some of which the report has told of, not the whole group."""


_STILL_HELD = re.compile(
    r"(?i)\s+(?:[\w-]+\s+){0,2}?(?:(?:were|are|was|is)\s+)?(?:still|remain(?:s|ed)?)\s+(?:on\s+board|aboard|held|being\s+held|in\s+captivity|inside|"
    r"in\s+(?:a\s+|the\s+)?hospital|hospitali[sz]ed|being\s+treated|receiving\s+treatment|under\s+treatment)\b"
)
"""After a count and its noun, those left where others were let go or sent home: "the 51 people still on board", "12
hostages still held", "Eleven survivors were still being treated", "12 people remain in hospital"."""


def _part(sentence: Sentence, claim: Claim) -> bool:
    """The figure counts some of the people an event befell, named after it by that event: "nine of the injured
    (were in critical condition)", "three of those killed", "one of the five people shot and killed", "among the dead
    were four foreign nationals"; or the rest of a group (see :data:`_THE_OTHER`, :data:`_STILL_HELD`); the toll is
    the group's, not the part's. Not "all five of those killed" (the whole group), "four of the six people shot have
    died" (the toll of deaths), "23 of the 41 seats", "41 of our citizens have lost their lives"."""
    if claim.kind is not Kind.COUNT:
        return False
    local_start = claim.start - sentence.start
    before = sentence.text[max(0, local_start - 60) : local_start]
    if _among_victims(sentence, claim) or _THE_OTHER.search(before):
        return True
    opening = _OF_GROUP_OPENING.match(sentence.text)
    if opening is not None and opening.end() <= local_start:
        return True  # "Of those admitted, 41 were treated at ... and 23 were referred to ...": each some of them
    if _STILL_HELD.match(sentence.text, claim.end - sentence.start):
        return True  # "The 51 people still on board were freed": those left after some were let go
    if any(
        c.quantity.nominal is not None
        and claim.quantity.nominal is not None
        and c.quantity.nominal > claim.quantity.nominal
        and (
            claim.subject in (None, c.subject)
            or (claim.subject == "people" and counted_class(c.subject, c.predicate) == "people")  # "41 to X Hospital"
        )
        for c in _totals_before_list(sentence, claim)
    ) and not (
        _IN_A_PLACE.match(sentence.text, claim.end - sentence.start)
        or _DEFINED_AFTER.match(sentence.text, claim.end - sentence.start)
    ):
        # "31 counts, including 24 of fraud and six of money laundering": a part of the 31 by what else it is, not a
        # narrower group that another report may count alone ("12 people, including three police officers")
        return True
    found = _PART_OF_VICTIMS.match(sentence.text, claim.end - sentence.start)
    if found is None or _WHOLE_MARK.search(before) or _OWN_VERB.match(found.group(1)):
        return False
    events = {_GROUP_EVENTS[w.lower()] for w in re.findall(r"[\w-]+", found.group(1)) if w.lower() in _GROUP_EVENTS}
    # The part says what befell the group ("of the injured", "of those killed") or something more of it; when it
    # tells of another event ("four of the six people shot have died"), it is that event's count.
    return not events or claim.predicate is None or claim.predicate in events


_NAME_WORD = r"[“\"‘']?[A-Z][\w'’-]*[”\"’']?"
_NAME_BEFORE = re.compile(rf"((?:{_NAME_WORD}\.?\s+){{0,3}}{_NAME_WORD}),\s*(?:an?\s+)?$")
"""A name before an age: "Darren Pike, 42", "Maria Delgado, a 43-year-old nurse"."""
_NAME_AFTER = re.compile(
    rf"\s+((?:{_NAME_WORD}\.?\s+){{1,3}}{_NAME_WORD})(?![\w'’-])"
    r"(?!\s+(?:man|woman|men|women|boy|girl|resident|residents|local|native|student|teen|teenager|mother|father|"
    r"driver|motorist|cyclist|pedestrian|fan|tourist|worker|officer|soldier|grandmother|grandfather|child|victim|"
    r"suspect|player|nurse|doctor|teacher|pensioner|retiree|businessman|businesswoman)\b)"
)
"""A name after an age ("20-year-old Adeline King"), not a place or a team before a noun ("a 34-year-old Gold Coast
man")."""
_NOT_NAMES = frozenset(
    """a an the he she they it his her their police officer officers officials dr aka sgt lt det
    gunman suspect victim driver""".split()
)
_SHORT_NAMES = {
    "bob": "robert",
    "bobby": "robert",
    "rob": "robert",
    "bill": "william",
    "billy": "william",
    "will": "william",
    "jim": "james",
    "jimmy": "james",
    "jack": "john",
    "johnny": "john",
    "dick": "richard",
    "rick": "richard",
    "ted": "edward",
    "ned": "edward",
    "dave": "david",
    "tony": "anthony",
    "mike": "michael",
    "mick": "michael",
    "tom": "thomas",
    "tommy": "thomas",
    "steve": "stephen",
    "andy": "andrew",
    "sue": "susan",
    "joe": "joseph",
    "danny": "daniel",
    "peggy": "margaret",
    "maggie": "margaret",
    "liz": "elizabeth",
    "betty": "elizabeth",
    "kate": "katherine",
    "kathy": "katherine",
    "cathy": "catherine",
    "sandy": "alexander",
}
"""Short forms of first names that neither begin nor end the full one ("Bob" and "Robert")."""


def _person(sentence: Sentence, claim: Claim) -> tuple[str, ...]:
    """The name of the person whose age the claim gives, as lower-case words, when the sentence writes one beside it:
    "Darren Pike, 42," and "20-year-old Adeline King"; empty when none is written ("the man, 41"; "a 34-year-old
    Sydney man", where one capitalised word before a noun is a place or a team)."""
    local_start, local_end = claim.start - sentence.start, claim.end - sentence.start
    text = sentence.text
    found = _NAME_BEFORE.search(text[max(0, local_start - 60) : local_start])
    if found is not None and not claim.text.lower().endswith("old") and found.group().rstrip().endswith((" a", " an")):
        found = None  # "Darren Pike, a 42" is no age of his
    if found is None and claim.text.lower().endswith("old"):
        found = _NAME_AFTER.match(text, local_end)
    if found is None:
        return ()
    words = (w.strip(".“”\"‘’'").lower() for w in found.group(1).split())
    return tuple(w for w in words if len(w) > 1 and w not in _NOT_NAMES)


_ROLE_BEFORE = re.compile(r"(?i)\bthe\s+([a-z]+),\s*$")
_ROLE_AFTER = re.compile(r"(?i)\s+([a-z]+)\b")
_THE_BEFORE = re.compile(r"(?i)\bthe\s+$")
_OF_AFTER_ROLE = re.compile(r"(?i)\s+of\b")
_ROLES = frozenset(
    """driver pilot captain conductor gunman suspect victim defendant accused attacker shooter mayor governor
    president minister owner manager chairman founder director judge""".split()
)
"""People a story has one of, whose age two reports give beside the role alone ("the driver, 34", "the 43-year-old
driver")."""


def _role(sentence: Sentence, claim: Claim) -> str | None:
    """The role of the one person whose age the claim gives, when the sentence writes it beside the age: "The
    driver, 34," and "the 43-year-old driver" (see :data:`_ROLES`)."""
    text = sentence.text
    local_start, local_end = claim.start - sentence.start, claim.end - sentence.start
    if claim.text.lower().endswith("old"):
        apposed = _ROLE_APPOSED.search(text, max(0, local_start - 40), local_start)
        if apposed is not None:
            word = apposed.group(1).lower()  # "The suspect, a 43-year-old man", "the driver was a 34-year-old"
            return word if word in _ROLES else None
        if not _THE_BEFORE.search(text, max(0, local_start - 8), local_start):
            return None  # "a 43-year-old driver was also arrested": another driver
        found = _ROLE_AFTER.match(text, local_end)
    else:
        found = _ROLE_BEFORE.search(text[max(0, local_start - 30) : local_start])
    if found is None:
        return None
    if claim.text.lower().endswith("old") and _OF_AFTER_ROLE.match(text, found.end()):
        return None  # "the 43-year-old driver of the second car": one driver of several
    word = found.group(1).lower()
    return word if word in _ROLES else None


_FULL_NAME = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+")


def _term_holder(sentence: Sentence, claim: Claim) -> frozenset[str]:
    """The surnames of the people named in full in the clause of a prison term, before it, accents and a hyphened
    prefix left out: whom it was handed ("while electrician Ufuk Sarı, who had wired a heater, received eight years
    and four months": sari); not a court, a judge or a firm ("At Leeds Crown Court, Ahmed Khan received 12 years":
    khan; "jailed Pieter Hollander, the former chief of Vaalrand Mining, for 12 years": hollander); empty when no one
    is named in full ("he was jailed for 14 years"; "in Izmir, Koç received ...")."""
    text = sentence.text
    start = claim.start - sentence.start
    surnames = set()
    for run in _FULL_NAME.finditer(text, _clause_start(text, start), start):
        named = run.group()
        body = list(_NOT_A_DEFENDANT.finditer(named))
        if any(found.group().lower() in _ON_THE_BENCH for found in body):
            continue  # a judge's name ("Judge Mary Collins")
        if body:
            # a court's, a firm's or a body's name; a person may follow it with a title ("Port Authority Director Budi
            # Santoso"): the words after the body's word and the titles
            named = named[body[-1].end() :]
        written = named.split()
        words = [w.lower() for w in written]
        while words and words[0] in _OFFICE_TITLES:
            words.pop(0)
        while words and (words[0] in STOP_WORDS or words[0] in _NOT_NAMES or words[0] in _TITLES):
            words.pop(0)
        if len(words) >= 2 and _GIVEN_NAME_LAST.fullmatch(written[-1]):
            surnames.add(_folded(words[-2]))  # "Yoon Seo-yeon", "Lim Jae-ho": the family name comes first
        elif len(words) >= 2:
            surnames.add(_folded(words[-1]).split("-")[-1])
    if not surnames:
        # a surname alone as the subject of the sentence's verb: "Khan received 12 years", "Patel was jailed for"
        found = _SURNAME_SENTENCED.search(text, _clause_start(text, start), start)
        if found and found.group(1).lower() not in STOP_WORDS and found.group(1).lower() not in _NOT_NAMES:
            surnames.add(_folded(found.group(1).lower()).split("-")[-1])
    if not surnames:
        # a surname set off by an age or a home ("ordered Keir, 29, to serve", "Dunbar, from Shortlees, must serve")
        found = _SURNAME_SET_OFF.search(text, 0, start)
        if found and found.group(1).lower() not in STOP_WORDS and found.group(1).lower() not in _NOT_NAMES:
            surnames.add(_folded(found.group(1).lower()).split("-")[-1])
    if not surnames:
        # a rank or a role as the subject: "Two sergeants received 10 years each" is not "the two corporals each
        # received 7 years"
        found = _ROLE_SENTENCED.search(text, _clause_start(text, start), start)
        if found and found.group(1).lower() not in _ANY_ONE:
            surnames.add(found.group(1).lower().removesuffix("s"))
    return frozenset(surnames)


_SURNAME_SET_OFF = re.compile(r"\b([A-Z][\w'’-]+),\s+(?:\d{1,2}|(?:of|from)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?),\s")
"""A surname followed by an age or a home between commas: "Keir, 29, ", "Keir, of Bellfield, ", "Dunbar, from
Shortlees, "."""
_GIVEN_NAME_LAST = re.compile(r"[A-Z][a-z]+-[a-z]+")
"""A given name of two syllables joined by a hyphen, the second in lower case, as Korean names are romanised
("Seo-yeon", "Jae-ho"): it stands after the family name ("Yoon Seo-yeon" is Ms Yoon); a hyphened surname has
capitals on both sides ("Smith-Jones", "Al-Hassan")."""


_ROLE_SENTENCED = re.compile(
    r"\b([a-z]{3,})\s+(?:(?:each|both|all)\s+)?(?:received|got|drew|(?:was|were|has\s+been|have\s+been)\s+(?:given|"
    r"jailed|sentenced|imprisoned))\b"
)
"""A rank or a role that received a term: "Two sergeants received 10 years each", "the corporals were jailed for"."""
_ANY_ONE = frozenset(
    """men women people defendants defendant accused convicts convict others both all them they who which that he she
    each one two three four five six seven eight nine ten also then later officers officer members member court
    courts judge judges panel tribunal""".split()
)
"""Words before a verb of sentencing that name no one in particular (or anyone in a group): not a rank or a role."""
_SURNAME_SENTENCED = re.compile(
    r"\b([A-Z][\w'’-]+)\s+(?:was\s+|were\s+|has\s+been\s+)?(?:received|given|jailed|sentenced|handed|got|drew|"
    r"imprisoned|(?:must|will|would\s+have\s+to|will\s+have\s+to)\s+serve)\b"
)


_ON_THE_BENCH = frozenset("judge justice magistrate magistrates".split())
_OFFICE_TITLES = frozenset(
    """director chief head president chairman chairwoman chair minister secretary commissioner governor mayor officer
    deputy former ex general manager inspector superintendent""".split()
)
"""Titles before a name in a capitalised run ("Port Authority Director Budi Santoso")."""
_NOT_A_DEFENDANT = re.compile(
    r"(?i)\b(?:court|tribunal|judge|justice|magistrates?|mining|group|company|bank|holdings|ltd|inc|corp|plc|"
    r"ministry|department|police|university|hospital|council|office|agency|authority|commission|prosecutors?|"
    r"prosecution)\b"
)
"""Words of a name that is no defendant's: a court's, a judge's, a firm's or a body's."""


def _folded(word: str) -> str:
    """A word without its accents: "sarı" and "sari", "koç" and "koc"."""
    decomposed = unicodedata.normalize("NFKD", word.replace("ı", "i"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _same_name(a: str, b: str) -> bool:
    return (
        fuzz.ratio(a, b) >= 80
        or a.startswith(b)
        or b.startswith(a)
        or a.endswith(b)
        or b.endswith(a)
        or _SHORT_NAMES.get(a) == b
        or _SHORT_NAMES.get(b) == a
    )


_TITLES = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}
"""Titles that tell a man from a woman: "Mr Okafor, 45" and "Mrs Okafor, 43" are two people."""


def _same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two names written beside ages may name one person: the same surname (the last word, nearly) and, when both
    give more, some other word in common ("Pike" and "Darren Pike"; "Adeline King" and "Adline King"; "Chris" and
    "Christopher", "Bob" and "Robert"; "Pensioner Margaret Hill" and "Grandmother Margaret Hill"; not "Cleveland
    Smelley" and "Antoine Smelley"). Without a name on either side, nothing says they differ."""
    if not a or not b:
        return True
    title_a = next((_TITLES[w] for w in a if w in _TITLES), None)
    title_b = next((_TITLES[w] for w in b if w in _TITLES), None)
    if title_a and title_b and title_a != title_b:
        return False
    a = tuple(w for w in a if w not in _TITLES)
    b = tuple(w for w in b if w not in _TITLES)
    if not a or not b:
        return True
    if not _same_name(a[-1], b[-1]):
        # two surnames, the second left out ("Héctor Sandoval Riquelme" and "Hector Sandoval"), as Spanish and
        # Portuguese names often are written
        if len(a) >= 3 and len(b) == 2 and _same_name(a[-2], b[-1]):
            return _same_name(a[-3], b[0])
        if len(b) >= 3 and len(a) == 2 and _same_name(b[-2], a[-1]):
            return _same_name(b[-3], a[0])
        return False
    rest_a, rest_b = a[:-1], b[:-1]
    if not rest_a or not rest_b:
        return True
    return any(_same_name(x, y) for x in rest_a for y in rest_b)


def _slip_comparable(a: Claim, b: Claim) -> bool:
    """Nothing said of two figures tells two things apart: no two events ("250 people injured" and "25 killed"), no
    two nouns ("1,250 passengers" and "125 crew members", "1,240 homes" and "124 schools"; "houses" and "homes" are
    one thing), and not one figure of an event against one of none about something else ("120 firefighters" and "12
    people injured"; "1,284 passengers on board" and "128 passengers" are one)."""
    if a.predicate and b.predicate and a.predicate != b.predicate:
        return False
    same_noun = bool(
        a.subject
        and b.subject
        and (_same_noun(a.subject, b.subject) or any({a.subject, b.subject} <= nouns for nouns in (_HOMES, _TALLIES)))
    )
    if a.subject and b.subject and not same_noun:
        return False
    return bool(a.predicate) == bool(b.predicate) or same_noun


_HOMES = frozenset("houses homes dwellings residences".split())
"""Nouns for one thing that a slip of the pen may be told with: "18,240 houses" and "1,824 homes"."""
_TALLIES = frozenset("votes ballots".split())
"""Nouns a tally of a vote is told with: "155,221 ballots" and "152,221 votes" are one tally with a digit mistyped
(not in general one count: "61,450 ballots were cast" is a turnout, "won with 52,310 votes" one candidate's)."""


def _rounded_tenfold(x: float, y: float) -> bool:
    """One figure, of two significant digits or more, is the other ten times smaller or larger and then rounded as
    written: a digit dropped or added by a writer who rounded the rest ("about 41,000" and "412,590", "5,280" and
    "52,797"). Figures with the same digits are left to :func:`_slipped`."""
    small, big = sorted((abs(x), abs(y)))
    if not 9 * small < big < 11 * small:
        return False
    for coarse, value in ((small, big / 10), (big, small * 10)):
        digits, power = significant_digits(coarse)
        if len(digits) < 2 or significant_digits(value)[0] == digits:
            continue
        step = 10.0**power
        if math.isclose(math.floor(value / step + 0.5) * step, coarse):
            return True
    return False


def _slipped(a: Claim, b: Claim) -> bool:
    """Two figures of one kind and unit, plain or approximate, that read as one figure written with a slip of the pen:
    the same three or more significant digits in another order ("2,368" and "2,638"), one of four or more mistyped
    ("155,221" and "152,221"), one of three or more dropped or added ("1,284" and "128"), or the same two or more
    ten times apart ("18,240 houses" and "1,824 homes", "$2.5 million" and "$25 million"). In linked sentences such a
    pair is one figure misreported, whatever the words around them (writers who slip a digit seldom keep the rest of
    the sentence): it is compared even where nothing else ties the two figures. Fewer digits, or a bound ("at least
    120"), prove nothing."""
    if a.kind is not b.kind or a.kind not in _COMPARED_KINDS or a.quantity.unit != b.quantity.unit:
        return False
    if a.kind is Kind.DURATION or {a.quantity.hedge, b.quantity.hedge} - {Hedge.EXACT, Hedge.APPROX}:
        return False
    if not _slip_comparable(a, b):
        return False
    x, y = _magnitude(a), _magnitude(b)
    if not x or not y or x == y:
        return False
    if _rounded_tenfold(x, y):
        return True
    da, db = significant_digits(x)[0], significant_digits(y)[0]
    if da == db:
        return len(da) >= 2 and math.isclose(max(x, y), min(x, y) * 10)
    if len(da) == len(db):
        if max(x, y) >= min(x, y) * 10:
            return False
        if len(da) >= 4 and sum(p != q for p, q in zip(da, db, strict=True)) == 1:
            return True  # one digit of four or more mistyped: "155,221" and "152,221"
        return len(da) >= 3 and sorted(da) == sorted(db)
    short, long = (da, db) if len(da) < len(db) else (db, da)
    if len(long) < 3 or len(long) - len(short) != 1 or not min(x, y) * 5 < max(x, y) < min(x, y) * 20:
        return False  # a digit dropped leaves a figure about a tenth of the other
    return any(long[:k] + long[k + 1 :] == short for k in range(len(long)))


def _digit_slip(a: Claim, b: Claim) -> bool:
    """Two whole numbers written with the same digits in another order, or one digit apart: 34 and 43, 45 and 55."""
    x, y = f"{_magnitude(a):.0f}", f"{_magnitude(b):.0f}"
    if len(x) != len(y) or x == y:
        return False
    return sorted(x) == sorted(y) or sum(1 for p, q in zip(x, y, strict=True) if p != q) == 1


def _full_name(words: tuple[str, ...]) -> tuple[str, str] | None:
    """A first name and a surname, the words before them (titles, descriptors) left out: ("maria", "delgado")."""
    names = [w for w in words if w not in _TITLES and w not in _NOT_NAMES]
    return (names[-2], names[-1]) if len(names) >= 2 else None


def _identical(a: Claim, b: Claim) -> bool:
    """The same figure written in both, with nothing said of what befell one that is not said of the other: "two
    members" and "two", "104,352 votes" and "104,352"; not "killed 12 people" and "12 had been identified"."""
    qa, qb = a.quantity, b.quantity
    return qa.nominal is not None and qa.nominal == qb.nominal and qa.hedge is qb.hedge and a.predicate == b.predicate


_RUNNING = re.compile(
    r"(?i)\b(?:running|ran|run|runs|operat(?:ing|ed|es)|in\s+service|flew|flying|took\s+off|departed|"
    r"at\s+work|working|turned\s+up|open(?:ed)?)\b"
)
_NOT_RUNNING_WORDS = (
    r"(?:\bnot|n't|\bnever|\bfailed\s+to)\s+(?:(?:be|been)\s+)?(?:(?:running|run|ran|operating|operate|operated)\b"
    r"(?!\s+by\b)|in\s+service\b|(?:fly|flown|flying|depart|departed|departing)\b)"
)
_NOT_RUNNING = re.compile(rf"(?i){_NOT_RUNNING_WORDS}")
"""What did not run ("not running", "weren't operating", "not in service", "did not run", "failed to depart"): what
stopped, with no "running" of its own; not who runs it ("flights not operated by Lufthansa")."""
_STOPPED = re.compile(
    r"(?i)\b(?:cancell?ed|cancell?ations?|axed|scrapped|grounded|halted|suspended|on\s+strike|walked\s+out|"
    rf"stopped\s+work|stayed\s+away|closed|shut)\b|{_NOT_RUNNING_WORDS}"
)


_NEXT_CLAUSE = re.compile(r"(?i),\s+(?:and|but|while|whereas)\b|;")
"""Where a clause of its own begins ("All six subway lines were shut, and only three in ten bus lines were running")."""


def _polarity(sentence: Sentence, claim: Claim) -> str | None:
    """Whether a share counts what ran ("one in five trains were running") or what stopped ("80 percent of its trains
    had been cancelled"), by the words of its clause around it."""
    if claim.kind is not Kind.PERCENT or claim.quantity.unit != "%":
        return None
    text = sentence.text
    start, end = claim.start - sentence.start, claim.end - sentence.start
    opening = max(_clause_start(text, start), start - 40)
    own = max([opening, *(m.end() for m in _NEXT_CLAUSE.finditer(text, 0, start))])
    closing = min(_clause_end(text, end), end + 60)
    # the share's own clause first ("shut, and only three in ten bus lines were operating"), then the words before it
    # ("Bus drivers walked out, and 70% of city buses stayed in their depots")
    for window in (text[own:closing], text[opening:closing]):
        # "not running" says what stopped, and holds no "running" of its own
        running = bool(_RUNNING.search(_NOT_RUNNING.sub(" ", window)))
        stopped = bool(_STOPPED.search(window))
        if running != stopped:
            return "running" if running else "stopped"
    return None


_AGE_SPAN_BEFORE = re.compile(
    r"(?:\brang(?:e|es|ed|ing)\s+in\s+age|\bages?\s+(?:(?:of\s+[\w\s]{1,30}?)?(?:rang(?:e|es|ed|ing)|went))"
    r"|\bbetween\s+the\s+ages\s+of|\baged\s+from)\s*$",
    re.IGNORECASE,
)


def _margin_against_tally(
    tally: Sentence, told: Sentence, modes: Mapping[str, str] | None
) -> tuple[Claim, Claim, Severity] | None:
    """A winning margin told on its own ("by a margin of just six votes", "won by 312 votes") against a tally of two
    counts of votes in the linked sentence ("voting 76-71", "121,487 votes to 104,352"): the margin is their
    difference, so a margin told otherwise conflicts with the tally. Returns the tally's first count, the margin and
    the severity, or ``None`` (the margin agrees, or the sentences give no such tally and margin)."""
    if modes is None:
        return None
    votes = [c for c in tally.claims if c.kind is Kind.COUNT and c.subject == "votes"]
    told_votes = [c for c in told.claims if c.kind is Kind.COUNT and c.subject == "votes"]
    if len(votes) != 2 or len(told_votes) != 1 or any(modes.get(c.id) is not None for c in votes):
        return None
    margin = told_votes[0]
    if modes.get(margin.id) != "margin":
        return None
    first, second = (c.quantity for c in votes)
    if (
        first.hedge is not Hedge.EXACT
        or second.hedge is not Hedge.EXACT
        or first.nominal is None
        or second.nominal is None
        or first.unit != second.unit
        or first.unit != margin.quantity.unit
    ):
        return None
    gap = abs(first.nominal - second.nominal)
    severity = classify(Quantity(low=gap, high=gap, unit=first.unit, nominal=gap), margin.quantity)
    return None if severity is None else (votes[0], margin, severity)


def _age_span(sentence: Sentence, claim: Claim) -> tuple[float, float] | None:
    """The youngest and oldest of a group, told as a range of ages, in years or as a bare count ("patients range in age
    from 34 to 91", "the victims' ages ranged from 19 to 64", "between the ages of 1 and 17"): two exact ages, not a
    hedge, so that either end told otherwise is another age. Not "a man aged between 20 and 30", a guess at one
    person's age."""
    q = claim.quantity
    if claim.kind not in (Kind.DURATION, Kind.COUNT) or q.hedge is not Hedge.RANGE or q.low is None or q.high is None:
        return None
    before = sentence.text[max(0, claim.start - sentence.start - 60) : claim.start - sentence.start]
    if not _AGE_SPAN_BEFORE.search(before):
        return None
    return q.low, q.high


def _complements(sa: Sentence, ca: Claim, sb: Sentence, cb: Claim) -> bool:
    """One share counts what ran and the other what stopped: they add up to the whole."""
    pa, pb = _polarity(sa, ca), _polarity(sb, cb)
    return pa is not None and pb is not None and pa != pb


def _rest(q: Quantity) -> Quantity:
    """The rest of a whole of 100%: "one in five running" is "four in five" not running."""
    flip = {Hedge.LOWER: Hedge.UPPER, Hedge.UPPER: Hedge.LOWER}
    return q.model_copy(
        update={
            "low": None if q.high is None else 100 - q.high,
            "high": None if q.low is None else 100 - q.low,
            "low_open": q.high_open,
            "high_open": q.low_open,
            "nominal": None if q.nominal is None else 100 - q.nominal,
            "hedge": flip.get(q.hedge, q.hedge),
        }
    )


_ZONE = re.compile(
    r"\b(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|CT|MT|IST|JST|KST|AEST|AEDT|ACST|AWST|NZST|"
    r"NZDT|MSK|EET|EEST|WIB|WITA|PHT|SGT|HKT|SAST|WAT|EAT|CAT)\b|"
    r"(?i:\blocal\b|\btime\s+zone\b|\b(?:eastern|pacific|central|mountain|atlantic)\b)|"
    r"\b(?:[A-Z][a-z]+|UK|US|U\.S\.|NZ|HK|UAE|EU)\s+time\b|"
    r"\d\s*(?:[ap]\.?m\.?)?\s+(?:[A-Z]{2,4}|[A-Z]\.[A-Z]\.)\s+time\b"  # "7pm WA time", "3am KSA time"
)
"""A time zone, or a place's time ("UK time", "Kyiv time", "3.30pm UK time"): a zone may convert a time ("22:47 GMT"
and "23:47 local time")."""
_TIMESTAMP = re.compile(
    r"^\W*(?:updated\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:GMT|BST|CET|CEST|UTC|local)?\W*?"
    r"(?:\s*[—–:.-]|\s+(?=[A-Z\"“‘']))",
    re.IGNORECASE,
)
"""A live blog's entry time at the start of a sentence ("**18:05** — Turnout ...", "3.05pm: The ferry ...", "16:20
Police say ..."): a sentence never opens with the time of what it tells without a word before it."""
_CLOCK_HEDGE = re.compile(
    r"(?i)\b(?:about|around|approximately|roughly|some|circa|nearly|almost|just\s+gone|gone)\s+(?:at\s+)?$"
)
_CLOCK_AFTER_HEDGE = re.compile(r"(?i)\s*(?:or\s+so|or\s+thereabouts|or\s+shortly\s+(?:before|after))\b")
_CLOCK_BOUND = re.compile(
    r"(?i)\b(?:by|until|till|before|after|from|since|between|to|and|or|past|than|every|each|as\s+of|as\s+at)\s+"
    r"(?:about\s+|around\s+)?(?:at\s+)?$"
)
"""A bound or a span, not a moment: "by 7am", "after 10pm", "from 9am", "between 2am and 4am", "as of 17:00"; and
"shortly before 3pm", "just after 7.30am", which say too little of how far from it."""
_CLOCK_NEAR_SIDE = re.compile(r"(?i)\b(?:shortly|just|soon|moments|minutes)\s+(before|after)\s+(?:at\s+)?$")
"""A moment told by a time just on one side of it: "shortly before 7:45 am", "just after 4pm"."""
_CLOCK_PLAN = re.compile(
    r"(?i)\b(?:schedul\w*|plann\w*|due|will|would|expect\w*|set\s+to|supposed|meant|intend\w*|timetabled|deadline|"
    r"usual(?:ly)?|normal(?:ly)?|daily|every|curfew|(?:opens?|closes?)\s+(?:at|from|until)|not|never|n't|yet)\b"
)
"""A time that was a plan, a habit or a rule, or a moment that did not come ("polls open at 7am", "due to land at
6pm", "a curfew from 10pm", "had still not left at 9pm")."""
_CLOCK_NAMED = re.compile(r"(?i)(?:\b(?:the|a|an)|['’]s)\s+$")
"""A time that names a thing ("the 7.40am train", "the 2.30pm race"), not a moment."""
_CLOCK_WORD = re.compile(r"[^\W\d_][\w'’]*")
_CLOCK_LEAD = re.compile(r"[,:;—–]")
_CLOCK_INNER = re.compile(r",\s*(?:which|who|where|after|when|as)\b[^,]*,")
"""A clause set inside another between commas ("The blaze, which broke out at 2.15am, was under control at 6am")."""
_PAST_IRREGULAR = frozenset(
    """left struck hit broke began begun took shot came went rang fell sank set held ran rose fled led met sent
    stole caught blew burst spread swept tore threw drove flew hung found made put told seen saw brought gave got
    won lost spoke woke""".split()
)
_AUXILIARY = frozenset("was were had been has have is are".split())
_EVENT_GROUPS = {
    word: group
    for group, words in (
        ("happen", "occurred happened struck erupted broke exploded"),
        ("depart", "left departed sailed"),
        ("arrive", "arrived reached docked"),
        ("receive", "received logged"),
    )
    for word in words.split()
}
"""Verbs that tell one moment in different words: "the blast occurred at 10:02" and "happened at about 10.20";
"departed Pier 1 at 0615H" and "left Cebu City at 6:50am"; "received the first call at 02:21" and "the first call was
logged at 2.31am"."""
_CLOCK_WHICH = re.compile(
    r"(?i)\b(?:first|second|third|another|further|again|later|last|final|next|new|more|also|aftershocks?|"
    r"earlier|other|return)\b"
)
"""Words that tell which of several like moments a time is ("a second blast", "the first train", "three more people
were arrested", "a strong aftershock")."""
_CLOCK_REFERENCE = re.compile(r"(?i)\b(?:after|before|since)\s+(?:the|a|an|his|her|its|their)\s+$")
"""What comes just before a word of :data:`_CLOCK_WHICH` that tells of another moment, the one a time is counted
from ("shot the gunman at 3:46, four minutes after the first call": the call was the first, not the shooting)."""
_POSSESSIVE = re.compile(r"['’]s?$")
_CLOCK_DAY = re.compile(
    r"(?i)\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\b"
)


def _is_past_verb(word: str) -> bool:
    return word in _PAST_IRREGULAR or word in _EVENT_GROUPS or (len(word) > 3 and word.endswith("ed"))


class _Moment(NamedTuple):
    """What happened at a time of day: the verb's event, who or what it befell or did it (the words before the
    verb, after the last comma, colon or dash before it), the words around the time, the names after the verb
    (places, vessels), the words that tell which of several like moments it was, and the day the sentence names."""

    event: str
    actors: frozenset[str]
    words: frozenset[str]
    names: frozenset[str]
    which: frozenset[str]
    day: str | None


def _clock_moment(sentence: Sentence, claim: Claim) -> _Moment | None:
    """What happened at a time of day, read from the time's own clause (a clause set between commas inside it is
    left out): the verb nearest before the time ("the officer shot the gunman at 3:46": shot), or the first after it
    when the time opens the clause ("At 3:46 an officer shot him"). ``None`` when the clause has no such verb."""
    text = sentence.text
    start, end = claim.start - sentence.start, claim.end - sentence.start
    clause_start, clause_end = _clause_start(text, start), _clause_end(text, end)
    clause = text[clause_start:clause_end]
    at, until = start - clause_start, end - clause_start
    for inner in _CLOCK_INNER.finditer(clause):
        if inner.end() <= at:
            clause = clause[: inner.start()] + " " * (inner.end() - inner.start()) + clause[inner.end() :]
    before = [(m.start(), m.group().lower()) for m in _CLOCK_WORD.finditer(clause, 0, at)]
    after = [(m.start(), m.group().lower()) for m in _CLOCK_WORD.finditer(clause, until)]
    verb_at, verb = next(((i, w) for i, w in reversed(before) if _is_past_verb(w)), (None, None))
    if verb is None and not any(w not in STOP_WORDS for _, w in before):
        verb_at, verb = next(((i, w) for i, w in after if _is_past_verb(w)), (None, None))
    if verb is None or verb_at is None:
        return None
    around = [w for _, w in (*before, *after) if w not in STOP_WORDS and w != verb and w not in _AUXILIARY]
    lead = max([0, *(m.end() for m in _CLOCK_LEAD.finditer(clause, 0, verb_at))])
    actors = [w for i, w in before if lead <= i < verb_at and w not in STOP_WORDS and w not in _AUXILIARY] or [
        w for i, w in before if i < verb_at and w not in STOP_WORDS and w not in _AUXILIARY
    ]
    names = frozenset(
        _POSSESSIVE.sub("", m.group())  # "Manila's" and "Manila"
        for m in re.finditer(r"\b[A-Z][\w'’-]+", clause[verb_at:])
        if m.group().lower() not in STOP_WORDS
    )
    which = frozenset(
        m.group().lower()
        for m in _CLOCK_WHICH.finditer(clause)
        if not _CLOCK_REFERENCE.search(clause, max(0, m.start() - 12), m.start())
    )
    day = _CLOCK_DAY.search(text)
    return _Moment(
        _EVENT_GROUPS.get(verb) or stem_of(verb),
        frozenset(stem_of(w) for w in actors),
        frozenset(stem_of(w) for w in around),
        names,
        which,
        day.group().lower() if day else None,
    )


def _clock(sentence: Sentence) -> Claim | None:
    """The one time of day a sentence gives as a moment that came, when it gives one (its conversion in brackets
    is the same moment) and names no time zone but "local time" (a zone may convert it: "22:47 GMT" and "23:47 local
    time"); not a live blog's entry time, a bound ("by 7am"; "shortly before 7:45am" is a moment on one side of it),
    a time that names a thing ("the 7.40am train"), nor a plan, a habit or a moment that did not come."""
    times = [c for c in sentence.claims if c.kind is Kind.TIME]
    stamp = _TIMESTAMP.match(sentence.text)
    if stamp:
        times = [c for c in times if c.start - sentence.start >= stamp.end()]
    text = sentence.text
    kept: list[Claim] = []
    for time in times:
        between = text[kept[-1].end - sentence.start : time.start - sentence.start] if kept else ""
        if kept and _CONVERTED_TIME.fullmatch(between):
            # "shortly before 7:45 am local time (1045 GMT)": the same moment, converted in brackets
            close = text.find(")", time.end - sentence.start)
            end = close + 1 if close >= 0 else time.end - sentence.start
            text = text[: time.start - sentence.start] + " " * (end - time.start + sentence.start) + text[end:]
            continue
        kept.append(time)
    if len(kept) != 1 or _ZONE.search(_LOCAL_TIME.sub(" ", text)) or _CLOCK_PLAN.search(text):
        return None  # "local time" is where the moment was, as a time with no zone is
    time = kept[0]
    at = time.start - sentence.start
    near_side = _CLOCK_NEAR_SIDE.search(text, 0, at)
    if _CLOCK_NAMED.search(text, 0, at) or (_CLOCK_BOUND.search(text, 0, at) and not near_side):
        return None
    return time


_CONVERTED_TIME = re.compile(r"(?i)\s*(?:[ap]\.?m\.?\s*)?(?:local(?:\s+time)?\s*)?\(\s*")
"""What comes between a time and its conversion in brackets: " local time (", " ("."""
_LOCAL_TIME = re.compile(r"(?i)\blocal(?:\s+time)?\b")


_TWELVE_OR_24 = re.compile(r"(?i)[ap]\.?m\b|^0\d|^(?:1[3-9]|2[0-3])[:.h]")


def _clock_slack(sentence: Sentence, claim: Claim) -> float:
    """How many minutes a time's hedge allows: 15 for "or so" after it, and for "about" a round time (on the hour or
    half hour); 10 for "about" another."""
    text = sentence.text
    at, end = claim.start - sentence.start, claim.end - sentence.start
    if _CLOCK_AFTER_HEDGE.match(text, end):
        return 15
    if _CLOCK_HEDGE.search(text, 0, at):
        minutes = claim.quantity.nominal
        return 15 if minutes is not None and minutes % 30 == 0 else 10
    return 0


def _clock_severity(sa: Sentence, ca: Claim, sb: Sentence, cb: Claim) -> Severity | None:
    """Two times of day of one moment: a contradiction when they differ by more than their hedges allow ("at about
    3:40pm" and "at 4.40pm"; not "just before 5am" and "04:52"). A time without "am", "pm" or a 24-hour hour may be
    either half of the day."""
    ta, tb = ca.quantity.nominal, cb.quantity.nominal
    if ta is None or tb is None:
        return None
    if not (_TWELVE_OR_24.search(ca.text) and _TWELVE_OR_24.search(cb.text)):
        tb = min((tb + k * 720 for k in (-2, -1, 0, 1, 2)), key=lambda t: abs(t - ta))  # the nearer half of the day
    low_a, high_a = _clock_span(sa, ca, ta)
    low_b, high_b = _clock_span(sb, cb, tb)
    return Severity.CONTRADICTION if low_a > high_b or low_b > high_a else None


_NEAR_SIDE = 60
"""How many minutes "shortly before 7:45" and "just after 4pm" may reach from the time they name: they say little of
how far ("shortly before 3pm" may be 2:30pm), but which side they say ("shortly before 7:45am" is not 8.15am)."""


def _clock_span(sentence: Sentence, claim: Claim, minutes: float) -> tuple[float, float]:
    """The minutes a time of day allows, its hedge taken in: one side for "shortly before" and "just after"."""
    at = claim.start - sentence.start
    side = _CLOCK_NEAR_SIDE.search(sentence.text, 0, at)
    if side:
        before = side.group(1).lower() == "before"
        return (minutes - _NEAR_SIDE, minutes) if before else (minutes, minutes + _NEAR_SIDE)
    slack = _clock_slack(sentence, claim)
    return minutes - slack, minutes + slack


def _clock_pair(sa: Sentence, sb: Sentence, background: set[str] | frozenset[str]) -> tuple[Claim, Claim] | None:
    """The times of day of two linked sentences when they tell one moment: each sentence gives one, neither is about
    an earlier event, the same thing happened at both ("left Cebu City at 6:15am" and "departed Pier 1 at 0615H";
    not "polls opened at 6am" and "closed at 5pm"), to or by the same actors ("firefighters arrived" and "police
    arrived" are two moments; "the officer shot the gunman" and "the gunman was shot" one), at the same places and on
    the same day as far as both say."""
    clock_a, clock_b = _clock(sa), _clock(sb)
    if clock_a is None or clock_b is None or clock_a.id in background or clock_b.id in background:
        return None
    a, b = _clock_moment(sa, clock_a), _clock_moment(sb, clock_b)
    if a is None or b is None or a.event != b.event or a.which != b.which:
        return None
    if a.day and b.day and a.day != b.day:
        return None
    if a.actors and b.actors and not a.actors & b.words and not b.actors & a.words:
        return None
    if a.names and b.names and not a.names & b.names:
        return None
    if not a.words & b.words:
        return None
    return clock_a, clock_b


_RATE_NAMED = re.compile(r"(?i)\b(?:turnout|participation|abstention)\b")
_OF_ELECTORATE = re.compile(
    r"(?i)\s*of\s+(?:the\s+|all\s+)?(?:(?:registered|eligible)\s+voters|(?:the\s+)?electorate|"
    r"voters\s+(?:cast|turned\s+out|voted|went\s+to\s+the\s+polls))\b"
)
_OF_VOTES = re.compile(
    r"(?i)\s*of\s+(?:(?:the\s+|all\s+)?(?:valid\s+|total\s+|popular\s+|first[- ]round\s+|second[- ]round\s+)?"
    r"(?:votes?|ballots?)|(?:those|members|workers|voters)\s+(?:who\s+)?(?:voted|voting|cast\s+(?:a\s+)?ballots?))\b"
)
_TOOK_PART = re.compile(
    r"(?i)\s+(?:(?:of\s+)?(?:the\s+|all\s+|its\s+|their\s+)?[^\W\d_][\w'’-]*\s+){0,2}?(?:took\s+part|turned\s+out|"
    r"participated|cast\s+(?:a\s+|their\s+)?ballots?)\b"
)
"""After a share, that those counted took part in a vote: "Roughly seven in ten members took part in the ballot",
"58% of registered voters turned out" (a turnout, not a share of the votes)."""
_BACKED = re.compile(
    r"(?i)\s+(?:(?:of\s+)?(?:the\s+|all\s+|its\s+|their\s+)?[^\W\d_][\w'’-]*\s+){0,2}?(?:backed|approved|supported|"
    r"endorsed|rejected|opposed|voted\s+(?:in\s+favou?r|for|against|yes|no))\b"
)
"""After a share, how those counted voted: "82.3% backed the agreement", "51% of members voted in favour" (a share of
the votes cast, not a turnout)."""


def _share_of(sentence: Sentence, claim: Claim) -> str | None:
    """Which of two wholes reports mix up a percentage is a share of: the electorate (``"rate"``: turnout,
    participation, abstention, "61.2 per cent of registered voters cast a ballot") or the votes cast (``"votes"``:
    "51.3 per cent of the valid votes"); people or homes (``"people"``, ``"homes"``: "two in five of all cases", "60%
    of households", see :data:`_WHOLE_AFTER`); places (``"places"``: "fewer than half of the canton's
    municipalities"), compared only with another share of places; ``None`` for any other share, compared as any
    figure."""
    if claim.kind is not Kind.PERCENT or claim.quantity.unit != "%":
        return None
    text = sentence.text
    start, end = claim.start - sentence.start, claim.end - sentence.start
    after = [c.start - sentence.start for c in sentence.claims if c.start - sentence.start > end]
    stop = min([len(text), end + 25, *after])
    if _OF_ELECTORATE.match(text, end):
        return "rate"  # "61.2 per cent of registered voters"
    if _OF_VOTES.match(text, end) or _BACKED.match(text, end):
        # "82% of those who cast a ballot backed the agreement"; "58% of the vote on a turnout of 44%": the share's
        # own whole, right after it, before a turnout named nearby
        return "votes"
    if _marked_before(_WON_WITH, sentence, claim, 80):
        return "votes"  # "was re-elected in April 2024 with 52.4 per cent": a candidate's share of the votes
    if _RATE_NAMED.search(text, max(_clause_start(text, start), start - 70), stop):
        return "rate"  # "a turnout of 57.9 per cent", "a 64.8 per cent turnout", "Turnout, at 57.9 per cent,"
    if _TOOK_PART.match(text, end):
        return "rate"  # "Roughly seven in ten members took part in the ballot"
    whole = _WHOLE_AFTER.match(text, end)
    if whole is not None:
        found = subject_class(whole.group(1).lower())
        if found in ("people", "households", "structures"):
            return "homes" if found in ("households", "structures") else "people"
        if found in _PLACES:
            return "places"  # "fewer than half of the canton's municipalities"
    return None


_WON_WITH = re.compile(
    r"(?i)\b(?:won|wins|win|elected|re-elected|reelected|took|takes|secured|secures|received|receives|garnered|"
    r"polled|finished|came\s+(?:first|second|third))\b[^.;:]{0,45}?\bwith\s+(?:(?:about|around|nearly|almost|just|"
    r"over|under|some|roughly)\s+)?$"
)
"""Before a candidate's share: "was re-elected in April 2024 with 52.4 per cent", "won the first round with
nearly 41%"."""
_PLACES = frozenset({"places", "communes", "constituencies", "precincts"})
"""Classes of places a share may be of (see :func:`engine.claims.subject_class`)."""


_TWO_WHOLES = ({"rate", "votes"}, {"people", "homes"})
"""Wholes (see :func:`_share_of`) whose shares are never compared with each other's."""
_WHOLE_AFTER = re.compile(
    r"(?i)\s+(?:of\s+)?(?:(?:the|all|its|their|our)\s+)?(?:[a-z-]+(?:'s|’s|s'|s’)?\s+){0,2}?([a-z]+s)\b(?!['’]\s*[a-z])"
)
"""The whole a share is of, right after it: "two in five of all cases", "60% of households", "three in five homes";
people and homes are two wholes ("nearly two in five of all cases" in a district is not "about 60% of households"
there without piped water)."""


_FOR_AFTER = re.compile(r"\s+for\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+)(?=\s*(?:[,;.:]|\band\b|\bwhile\b|$))")
_FOR_OPENING = re.compile(r"\s*For\s+([^,;]{3,60}?),")
_TARGET_STOP = frozenset("the a an of to and from its their his her other all".split())


def _target_words(phrase: str) -> frozenset[str]:
    words = (w.lower() for w in re.findall(r"[^\W\d_][\w'’-]*", phrase))
    return frozenset(w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words if w not in _TARGET_STOP)


def _for_targets(sentence: Sentence) -> dict[str, frozenset[str]]:
    """What each figure is given for, by a "for ..." right after it ("40% for international flights", "66% for other
    domestic routes") or, for the figures of a sentence opening "For international flights, ...", by that opening."""
    text = sentence.text
    opening = _FOR_OPENING.match(text)
    out: dict[str, frozenset[str]] = {}
    for claim in sentence.claims:
        if claim.kind not in _COMPARED_KINDS:
            continue
        found = _FOR_AFTER.match(text, claim.end - sentence.start)
        if found is not None:
            out[claim.id] = _target_words(found.group(1))
        elif opening is not None and opening.end() <= claim.start - sentence.start:
            out[claim.id] = _target_words(opening.group(1))
    return {k: v for k, v in out.items() if v}


def _other_target(
    claim: Claim,
    sentence: Sentence,
    targets: Mapping[str, frozenset[str]],
    other: Claim,
    other_targets: Mapping[str, frozenset[str]],
) -> bool:
    """``claim`` is one of a list of figures each given for its own thing ("100% for flights to the islands, 66% for
    other domestic routes and 40% for international flights"), and another of the list, not it, is given for what
    ``other`` is given for: that one is ``other``'s partner."""
    wanted = other_targets.get(other.id)
    if not wanted or claim.id not in targets:
        return False
    listed = [
        c for c in sentence.claims
        if c.id in targets and c.kind is claim.kind and c.quantity.unit == claim.quantity.unit
    ]
    if len(listed) < 2:
        return False
    holding = [c for c in listed if wanted <= targets[c.id]]
    return len(holding) == 1 and holding[0].id != claim.id


_ECONOMY_MEASURES = (
    ("growth", r"grow(?:s|th|ing|n)?|grew|expan(?:d|ds|ded|sion)|GDP"),
    ("deficit", r"deficits?|(?:budget|fiscal)\s+gap|gap|shortfall"),
    ("food prices", r"food(?:\s+price)?\s+(?:prices|inflation)"),
    ("fuel prices", r"(?:petrol|fuel|diesel|gasoline)(?:\s+price)?\s+(?:prices|inflation)"),
    ("services inflation", r"services\s+(?:price\s+)?inflation"),
    ("goods inflation", r"goods\s+(?:price\s+)?inflation"),
    ("inflation", r"inflation|consumer\s+prices|CPI"),
    ("unemployment", r"unemployment|jobless(?:ness)?"),
    ("employment rate", r"employment\s+rate|participation\s+rate"),
    ("interest rate", r"(?:interest|lending|policy|repo|benchmark|reference|base|key|bank)\s+rates?"),
)
_ECONOMY_MEASURE = re.compile(
    "|".join(rf"(?P<m{i}>\b(?:{words})\b)" for i, (_, words) in enumerate(_ECONOMY_MEASURES)), re.IGNORECASE
)


_CHANGE_THEN_LEVEL = re.compile(r"(?i)\s*(?:basis\s+points?|percentage\s+points?)?,?\s+to\s+")
"""Between a change and the level it brought: "cut its lending rate by 25 basis points to 6.5%"."""


def _economy_measure(sentence: Sentence, claim: Claim) -> str | None:
    """What a percentage of an economy measures, by the nearest name of a measure before it in its clause, with no
    other figure between: "the economy is forecast to grow 4.8%" (growth), "this year's gap to come in at 4.6%"
    (deficit), "inflation eased to 3.1%"; None where none is named. Growth and a deficit, or inflation and
    unemployment, or inflation and a central bank's lending rate, are two figures, not one misreported."""
    if claim.kind is not Kind.PERCENT:
        return None
    text = sentence.text
    at = claim.start - sentence.start
    start = max(_clause_start(text, at), at - 60)
    found = None
    for match in _ECONOMY_MEASURE.finditer(text, start, at):
        found = match
    if found is None or any(
        found.end() <= c.start - sentence.start < at
        and not _CHANGE_THEN_LEVEL.fullmatch(text, c.end - sentence.start, at)
        for c in sentence.claims
    ):
        return None
    group = found.lastgroup
    return _ECONOMY_MEASURES[int(group[1:])][0] if group else None


_TOPIC_VERB = re.compile(
    r"(?i)(?P<np>(?:[^\W\d_][\w'’-]*\s+){1,6}?)(?:(?:has|have|had|was|were|is|are)\s+)?(?:also\s+|only\s+|just\s+)?"
    r"(?:rose|risen|rises|rising|fell|fallen|falls|grew|grown|grows|increased|increases|decreased|decreases|climbed|"
    r"climbs|jumped|jumps|dropped|drops|declined|declines|slipped|slid|eased|eases|improved|widened|narrowed|reached|"
    r"reaches|hit|hits|stood|stands|came|comes|totalled|totaled|expanded|expands|contracted|contracts|gained|gains|"
    r"lost|loses|surged|soared|plunged|tumbled|accelerated|slowed|averaged|amounted|closed|ended|finished|shrank|"
    r"advanced|edged|held|holds|remained|remains|stayed|stays)\b(?:\s+(?:by|to|at|in|up|down|out|higher|lower|a|an|"
    r"of|about|around|some|nearly|almost|roughly|just|over|under|more|than|less)){0,4}\s*$"
)
"""A percentage's clause up to it, with the words before its verb: "the operating margin improved to" (margin),
"Total exports in September grew just over" (exports), "the shares closed" (shares)."""
_TOPIC_CUT = re.compile(r"(?i)\b(?:in|of|for|at|on|from|excluding|including|across|among|during|over|under)\b")
_TOPIC_SKIP = frozenset(
    """year years month months quarter week day today percent cent per total overall annual annually also only just
    still further now""".split()
)


def _percent_topic(sentence: Sentence, claim: Claim) -> str | None:
    """What a percentage tells the change or level of, where its clause names it right before the verb: the last word
    of the words before the verb, up to a preposition ("Total exports in September grew just over 14%": exports;
    "the operating margin improved to 7.2%": margin; "the shares closed 3.6 per cent higher": shares), as its stem.
    None where no such verb stands right before the figure."""
    if claim.kind is not Kind.PERCENT:
        return None
    text = sentence.text
    at = claim.start - sentence.start
    start = max(_clause_start(text, at), at - 90)
    found = _TOPIC_VERB.search(text, start, at)
    if found is None:
        return None
    words = found.group("np")
    cut = _TOPIC_CUT.search(words)
    if cut is not None:
        words = words[: cut.start()]
    for word in reversed(re.findall(r"[^\W\d_][\w'’-]*", words)):
        low = word.lower()[:-2] if word.lower().endswith(("'s", "’s")) else word.lower()
        if low in STOP_WORDS or low in _TOPIC_SKIP or len(low) < 3:
            continue
        stem = stem_of(low)
        return _TOPIC_ALIASES.get(stem, stem)
    return None


_TOPIC_ALIASES = {"income": stem_of("profit")}
"""Topics accounts name in two words: "net income" and "net profit"."""


_ZONE_BEFORE = re.compile(
    r"(?i)\b(?:radius|zone|perimeter|cordon|exclusion|within)\b(?:\s+[\w-]+){0,4}?\s+(?:of\s+)?(?:(?:about|around|some|up\s+to|"
    r"nearly|roughly|approximately)\s+)?$"
)
_ZONE_AFTER = re.compile(
    r"(?i)^(?:\s*\([^)]{0,30}\))?[\s-]*(?:[a-z]+\s+)?(?:radius|zone|exclusion|cordon|perimeter|around)\b"
)
_DISTANCE_AFTER = re.compile(
    r"(?i)^(?:\s*\([^)]{0,30}\))?\s+(?:away\b|from\b|(?:to\s+the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\b|"
    r"outside\b|off\b|inland\b|offshore\b)"
)


_INFLOW = re.compile(r"(?i)\b(?:inflows?|flowing\s+into|flowed\s+into)\b")
_OUTFLOW = re.compile(r"(?i)\b(?:outflows?|discharg(?:e|es|ed|ing)|releas(?:e|es|ed|ing)|spill(?:ed|ing|way)?)\b")


def _measure_role(sentence: Sentence, claim: Claim) -> str | None:
    """Whether a length is the reach of a zone ("a radius of 5 km", "a no-go zone of about three miles", "a 10km
    exclusion zone") or how far a place lies ("about 4 km from the crater", "40 km to the northeast"); whether a flow
    runs into a reservoir ("Inflows ... exceeded 21,500 cusecs") or out of it ("releasing 12,360 cusecs"), by the
    words of its clause before it; None when neither."""
    if claim.kind is not Kind.MEASURE:
        return None
    text = sentence.text
    start, end = claim.start - sentence.start, claim.end - sentence.start
    if claim.quantity.unit == "m³/s":
        before = text[_clause_start(text, start) : start]
        inflow, outflow = _INFLOW.search(before), _OUTFLOW.search(before)
        if inflow and outflow:
            return None
        return "inflow" if inflow else "outflow" if outflow else None
    if _ZONE_BEFORE.search(text, max(0, start - 50), start) or _ZONE_AFTER.match(text[end : end + 40]):
        return "zone"
    if _DISTANCE_AFTER.match(text[end : end + 40]):
        return "distance"
    return None


@dataclass(frozen=True, slots=True)
class _LinkedPair:
    """Two linked sentences whose figures :func:`_pair_claims` pairs, with what it works out once for the two of them,
    not again for every pair of their figures."""

    sa: Sentence
    sb: Sentence
    ra: _Reading
    """The first sentence's reading (see :func:`_reading`)."""
    rb: _Reading
    """The second sentence's reading."""
    background: set[str] | frozenset[str]
    """The figures about an earlier event (see :func:`background_claims`)."""
    modes: Mapping[str, str] | None
    """The figures' modes (see :func:`claim_modes`)."""
    rates: Rates | None
    """The exchange rates the articles give (see :func:`exchange_rates`)."""
    same_years: bool
    """The two sentences name the same years."""
    parts: dict[str, tuple[Claim, ...]]
    """The breakdowns of both (see :func:`_breakdown`)."""
    conversions: set[str]
    """The sums of both that convert another in brackets (see :func:`_conversions`)."""
    ago: frozenset[str]
    """The spans of both counted back from today (see :func:`_ago`)."""
    month_gone_by: bool
    """One tells of "last September" and the other of September (see :func:`_month_gone_by`): one month. Asked only
    where a figure of either is about an earlier event, the one case that needs it (see :func:`_earlier_and_not`)."""
    words_shared: bool
    """The two sentences share three content words or more."""


_Check = Callable[[Claim, Claim, _LinkedPair], bool]
"""A check that two figures of a linked pair of sentences (the first sentence's, then the second's) are not one
figure told twice, so that they are not paired. Checks run in the order :func:`_pair_claims` gives them, and each
takes the ones before it as passed."""

_Option = tuple[Claim, Claim, Severity | None, bool, int, int, int, tuple[Claim, ...]]
"""Two figures :func:`_pair_claims` may pair: the first sentence's, the second's, their severity, whether they are
strictly comparable, whether one speaker gives both (see :func:`_same_speaker`), whether they count one subject, how
many words their surroundings share, and the parts a total was added up from (else ``()``)."""

_Summed = tuple[Severity | None, tuple[Claim, ...]]
"""A total set against the sum of its parts: the severity (None: not paired) and the parts."""


def _ruled_out(checks: tuple[_Check, ...], ca: Claim, cb: Claim, pair: _LinkedPair) -> bool:
    """One of ``checks``, in order, finds that ``ca`` and ``cb`` are not one figure."""
    for check in checks:
        if check(ca, cb, pair):
            return True
    return False


def _month_day(claim: Claim) -> int | None:
    """The month and day of a date as MMDD ("September 5": 905; "October 19, 2024": 1019); None for a year alone."""
    if claim.kind is not Kind.DATE or claim.quantity.unit != "date" or claim.quantity.nominal is None:
        return None
    return int(claim.quantity.nominal) % 10000


def _day_pair(
    sa: Sentence, sb: Sentence, background: set[str] | frozenset[str], modes: Mapping[str, str] | None
) -> tuple[Claim, Claim] | None:
    """The one day each of two linked sentences names (past a wire's dateline), neither of an earlier event nor in a
    mode, when the two are one day of one month with a slip of one digit: "payable on September 5" and "payable on 15
    September", "February 27" and "17 February". Other days are left alone: linked sentences often name two days of
    two events ("declared on February 4, a week after the first cases on January 28"). None where either names no
    day or more than one, or the days are no such slip."""
    picked = []
    for sentence in (sa, sb):
        dateline = WIRE_DATELINE.match(sentence.text) or _DAY_DATELINE.match(sentence.text)
        skip = dateline.end() if dateline else 0  # "LAGOS, July 29 (Meridian) - ": the day of the report
        days = [c for c in sentence.claims if _month_day(c) is not None and c.start - sentence.start >= skip]
        if len(days) != 1 or days[0].id in background or (modes and modes.get(days[0].id)):
            return None
        picked.append(days[0])
    day_a, day_b = (_month_day(c) or 0 for c in picked)
    if day_a // 100 != day_b // 100 or max(day_a % 100, day_b % 100) < 10:
        return None  # another month, or two days of one digit each (a week apart as often as a slip)
    written_a, written_b = f"{day_a % 100:02d}", f"{day_b % 100:02d}"
    if sum(x != y for x, y in zip(written_a, written_b, strict=True)) != 1:
        return None
    weekdays = [_WEEKDAY_BEFORE.search(s.text, 0, c.start - s.start) for s, c in zip((sa, sb), picked, strict=True)]
    if weekdays[0] and weekdays[1] and weekdays[0].group(1).lower() != weekdays[1].group(1).lower():
        return None  # "on Monday, 20 October" and "on Thursday, October 30": two days, each named twice
    return picked[0], picked[1]


_DAY_DATELINE = re.compile(
    r"^[A-Z][^,.]{1,40},\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})\s*(?:\([^)]{1,40}\))?\s*[-–—]"
)
"""A dateline in any case: "Accra, April 16 (PAW) - "."""
_WEEKDAY_BEFORE = re.compile(r"(?i)\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+(?:the\s+)?$")


def _settled(ca: Claim, cb: Claim, severity: Severity | None, group: tuple[Claim, ...] = ()) -> _Option:
    """Two figures paired by a rule of their own (one moment, a margin against a tally, a total against its parts, a
    sum in two currencies): as strict a pair as there is."""
    return ca, cb, severity, True, _same_speaker(ca, cb), 0, 0, group


def _given_for_another(claim_a: Claim, claim_b: Claim, pair: _LinkedPair) -> bool:
    """Another figure of a list, each given for its own thing, is given for what the other figure is given for (see
    :func:`_other_target`): "40% for international flights" is the one to set against "For international flights,
    45%". Asked of the figures as written, before either is put in the other's unit."""
    ra, rb = pair.ra, pair.rb
    return _other_target(claim_a, pair.sa, ra.targets, claim_b, rb.targets) or _other_target(
        claim_b, pair.sb, rb.targets, claim_a, ra.targets
    )


def _in_common_units(claim_a: Claim, claim_b: Claim, pair: _LinkedPair) -> tuple[Claim, Claim]:
    """The two figures in one unit where they can be: spans of time in the finer calendar unit (see
    :func:`_in_one_calendar_unit`), sums in one currency at the articles' rate (see :func:`_in_one_currency`) or in
    a local dollar (see :func:`_local_dollar`), prices for one weight (see :func:`_per_one_unit`), converted
    measures as written (see :func:`_in_their_own_unit`)."""
    ca, cb = _in_one_calendar_unit(claim_a, claim_b)
    if pair.rates:
        ca, cb = _in_one_currency(ca, pair.sa, cb, pair.sb, pair.rates, pair.conversions)
    ca, cb = _local_dollar(ca, pair.sa, cb, pair.sb)
    ca, cb = _per_one_unit(ca, cb, pair)
    return _in_their_own_unit(ca, cb)


_PER_UNIT = re.compile(
    r"(?i)(?:\s*(?:per|a|an|each)\s+|\s*/\s*)(quintals?|(?:metric\s+)?tonnes?|(?:metric\s+)?tons?|kilos?|kilogrammes?|"
    r"kilograms?|kg|pounds?|lbs?|acres?|hectares?|ha|square\s+(?:metres?|meters?|feet|foot)|sq\.?\s*(?:m|ft)|"
    r"months?|years?|weeks?|fortnights?|days?|annum)\b|"
    r"\s*/\s*([tq])\b|"
    r"\s*(?:to|per|against)\s+(?:the|one|a|each)\s+((?:US\s+|U\.S\.\s+)?(?:dollar|euro|pound|yen|yuan|rand|rupee)s?)\b|"
    r"\s*(apiece|a\s+piece|per\s+(?:piece|unit|item))\b"
)
_UNIT_SIZE = {
    "quintal": ("kg", 100.0), "q": ("kg", 100.0), "tonne": ("kg", 1000.0), "ton": ("kg", 1000.0),
    "t": ("kg", 1000.0), "kilo": ("kg", 1.0), "kilogramme": ("kg", 1.0), "kilogram": ("kg", 1.0), "kg": ("kg", 1.0),
    "pound": ("kg", 0.45359237), "lb": ("kg", 0.45359237), "acre": ("m2", 4046.8564224), "hectare": ("m2", 10000.0),
    "ha": ("m2", 10000.0), "metre": ("m2", 1.0), "meter": ("m2", 1.0), "feet": ("m2", 0.09290304),
    "foot": ("m2", 0.09290304), "m": ("m2", 1.0), "ft": ("m2", 0.09290304), "year": ("year", 1.0),
    "annum": ("year", 1.0), "month": ("year", 1 / 12), "week": ("year", 7 / 365.25), "day": ("year", 1 / 365.25),
    "fortnight": ("year", 14 / 365.25),
}  # fmt: skip


def _per_unit(sentence: Sentence, claim: Claim) -> tuple[str, float] | None:
    """What a price is given for, named right after it: a weight in kilograms ("16 dirhams per quintal", "$250 a
    tonne", "Rs 40/kg"), an area in square metres ("Rs 7 lakh an acre"), a span of time in years ("€760 a month" is
    €9,120 a year, "$95 a fortnight" about $206 a month), a currency, as an exchange rate ("about 11 cedis to the
    dollar"), or one item ("at Rp 24 million apiece", "$40 per unit"; not "each", which a sum paid to each family is
    written with or without); None where none is."""
    if claim.kind is not Kind.MONEY:
        return None
    found = _PER_UNIT.match(sentence.text, claim.end - sentence.start)
    if found is None:
        return None
    if found.group(3):
        return "rate", 1.0
    if found.group(4):
        return "item", 1.0
    word = (found.group(1) or found.group(2)).lower().split()[-1]
    return _UNIT_SIZE.get(word if word in _UNIT_SIZE else word.rstrip("s"))


def _per_one_unit(ca: Claim, cb: Claim, pair: _LinkedPair) -> tuple[Claim, Claim]:
    """Two prices given for two weights, the second put in the first's: "16 dirhams per quintal" is "160 dirhams a
    tonne"."""
    unit_a, unit_b = pair.ra.units.get(ca.id), pair.rb.units.get(cb.id)
    if unit_a is None or unit_b is None or unit_a[0] != unit_b[0] or unit_a[1] == unit_b[1]:
        return ca, cb
    return ca, cb.model_copy(update={"quantity": _times(cb.quantity, unit_a[1] / unit_b[1])})


_PLACE_NAME = (
    r"(?:the\s+(?=[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?!\s+[a-z])))?"
    r"([A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|of|de|do|da|del))*)"
)
"""A place's name, the capitalised words after "in" or "at"; after "the", not words that describe a thing named next
("in the Tasmanian company")."""
_HELD_IN = (
    r"(?<!\b(?i:shares) )(?<!\b(?i:stake) )(?<!\b(?i:stakes) )(?<!\b(?i:holding) )(?<!\b(?i:interest) )"
    r"(?<!\b(?i:invested) )(?<!\b(?i:investment) )"
)
"""Not "in" the company one holds shares or a stake in ("Shares in Vaalrand Gold Mining fell", "a stake of almost 9% in
Coralhaven")."""
_PLACE_OPENING = re.compile(rf"^(?:In|At|Across)\s+{_PLACE_NAME}\s*,")
_PLACE_BEFORE = re.compile(rf"\b{_HELD_IN}(?:in|at)\s+{_PLACE_NAME}\s*,?\s+(?:[\w'’-]+\s+){{0,5}}$")
_PLACE_AFTER = re.compile(rf"^\s+(?:[a-z][\w'’-]*\s+){{0,4}}?{_HELD_IN}(?:in|at)\s+{_PLACE_NAME}")
_NOT_PLACES = frozenset(
    """january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday the a an this that these those it its his her their our my""".split()
)


def _named_place(sentence: Sentence, claim: Claim) -> str | None:
    """The place a figure is told of, named in its own clause: right before it ("while in British Columbia it edged
    down to 6.1%"), right after it ("2mm in Taihape"), or opening the sentence ("In Quebec, the unemployment rate
    was 5.8%"), the first of these that is no month or day; None where none is named."""
    text = sentence.text
    start, end = claim.start - sentence.start, claim.end - sentence.start
    clause = _clause_start(text, start)
    others = [c.start - sentence.start for c in sentence.claims if c is not claim]
    names = []
    found = _PLACE_BEFORE.search(text, clause, start)
    if found is not None and not any(found.start() < at < start for at in others):
        names.append(found.group(1))
    after = _PLACE_AFTER.match(text[end : _clause_end(text, end)])
    if after is not None and not any(end < at < end + after.end() for at in others):
        names.append(after.group(1))
    opening = _PLACE_OPENING.match(text)
    if opening is not None:
        names.append(opening.group(1))
    return next((name for name in names if name.split()[0].lower() not in _NOT_PLACES), None)


_SCOPE_SUB = re.compile(r"(?i)\b(?:in|across|within|for)\s+the\s+(?:district|county|city|town|municipality|village)\b")
_SCOPE_WIDE = re.compile(
    r"(?i)\b(?:across|throughout|in|for)\s+the\s+(?:state|country|nation|whole\s+region)\b|"
    r"\b(?:state|nation|country)-?wide\b"
)


def _scope(sentence: Sentence, claim: Claim) -> str | None:
    """Whether a figure's clause tells it of one district, city or town ("312 houses in the district") or of the
    whole state or country ("1,148 houses across the state"); None where it says neither or both."""
    text = sentence.text
    start, end = _clause_start(text, claim.start - sentence.start), _clause_end(text, claim.end - sentence.start)
    sub, wide = _SCOPE_SUB.search(text, start, end) is not None, _SCOPE_WIDE.search(text, start, end) is not None
    return "sub" if sub and not wide else "wide" if wide and not sub else None


_NATIONAL = re.compile(r"(?i)\b(?:nationally|nationwide|across\s+the\s+(?:country|nation))\b")
"""A figure told of the whole country: "Nationally, the jobless rate hit 7 per cent"."""


def _sub_and_wide(ca: Claim, cb: Claim, pair: _LinkedPair) -> bool:
    """One figure told of a district or a town, the other of the whole state or country (see :func:`_scope`); or one
    of the whole country and the other of a place it names ("Nationally, the jobless rate hit 7 per cent" and "In
    Ontario, the unemployment rate was 7.6%")."""
    if _told_apart(pair.ra.scopes, pair.rb.scopes, ca, cb):
        return True
    national_a, national_b = _NATIONAL.search(pair.sa.text), _NATIONAL.search(pair.sb.text)
    return bool((national_a and cb.id in pair.rb.places) or (national_b and ca.id in pair.ra.places))


def _two_places(ca: Claim, cb: Claim, pair: _LinkedPair) -> bool:
    """Two figures each told of a named place, two places, neither named in the other's sentence: "In Quebec, the
    unemployment rate was 5.8%" and "In Alberta, the jobless rate held at 7.1%"; "2mm in Taihape" and "four
    millimetres in Waiouru". Names are read without their accents ("Asuncion" is "Asunción"), and two that share a
    word of name are one place."""
    place_a, place_b = pair.ra.places.get(ca.id), pair.rb.places.get(cb.id)
    if not place_a or not place_b or place_a == place_b:
        return False
    place_a, place_b = _folded(place_a.lower()), _folded(place_b.lower())
    if set(_PLACE_WORD.findall(place_a)) & set(_PLACE_WORD.findall(place_b)):
        return False  # "Sky Harbor International Airport" and "Phoenix Sky Harbor": one place
    return place_a not in _folded(pair.sb.text.lower()) and place_b not in _folded(pair.sa.text.lower())


_PLACE_WORD = re.compile(
    r"\b(?!(?:new|north|south|east|west|northern|southern|eastern|western|upper|lower|central|greater|saint|port|"
    r"city|county|district|province|region|state|airport|international|national|lake|river|mount)\b)[a-z]{4,}\b"
)
"""The words that name a place, not its sort or its side: "harbor" of "Sky Harbor International Airport"."""


def _other_sub_area(ca: Claim, cb: Claim, pair: _LinkedPair) -> bool:
    """Two shares told of two places within the area voting, or one of such a place and the other of the area, where
    the other's sentence names no such place (see :data:`_AREA_NOUN`, :func:`_names_place`): "in the city of Geneva,
    where 61.2 per cent voted yes" is no canton-wide share."""
    if ca.kind is not Kind.PERCENT or cb.kind is not Kind.PERCENT:
        return False
    place_a, place_b = pair.ra.sub_areas.get(ca.id), pair.rb.sub_areas.get(cb.id)
    if place_a == place_b:
        return False
    if place_a and place_b:
        return True
    other = pair.sb if place_a else pair.sa
    return not (_AREA_NOUN.search(other.text) or _names_place(other, place_a or place_b or ""))


def _since_and_not(ca: Claim, cb: Claim, pair: _LinkedPair) -> bool:
    """One percentage is a change since a date and the other is not, nor the same digits in another order (see
    :func:`_transposed`): "had climbed 27% since January" is no day's move ("jumped 24% on Monday")."""
    return (
        ca.kind is Kind.PERCENT
        and cb.kind is Kind.PERCENT
        and (ca.id in pair.ra.since) != (cb.id in pair.rb.since)
        and not _transposed(ca, cb)
    )


def _of_that_and_not(ca: Claim, cb: Claim, pair: _LinkedPair) -> bool:
    """One sum is a part of a total told before and the other is not: "Of that, about 131 billion zlotys sits in the
    budget proper"."""
    return (ca.id in pair.ra.of_that) != (cb.id in pair.rb.of_that)


_NOT_ONE_SCOPE: tuple[_Check, ...] = (_other_sub_area, _two_places, _sub_and_wide, _since_and_not, _of_that_and_not)
"""Two figures of two scopes: a place within the area voting, two named places, a change since a date, a part of a
total told before."""


def _against_split(ca: Claim, cb: Claim, pair: _LinkedPair) -> _Summed | None:
    """One figure is one of the sums a total is split into (see :func:`_split_parts`) and the other, in their unit,
    is at least nine tenths of their sum: it is set against their sum once, by the first of them ("total spending of
    3,786.5 trillion rupiah" against the sums it comprises). None for any other pair."""
    split_a, split_b = pair.ra.split_parts.get(ca.id, ()), pair.rb.split_parts.get(cb.id, ())
    if bool(split_a) == bool(split_b):
        return None
    split, in_split, against = (split_a, ca, cb) if split_a else (split_b, cb, ca)
    summed = sum(c.quantity.low or 0 for c in split)
    reach = max(against.quantity.low or 0, against.quantity.high or 0)
    if not (split[0].quantity.unit == against.quantity.unit and reach >= 0.9 * summed):
        return None
    if in_split.id != split[0].id:
        return None, ()
    whole = Quantity(low=summed, high=summed, unit=split[0].quantity.unit)
    return classify(whole, against.quantity), split


def _separate_and_not(ca: Claim, cb: Claim, pair: _LinkedPair) -> bool:
    """One figure is of a separate ballot, attack or charge and the other is not: "A separate ballot of the smaller
    union saw 79% reject it" is not the main ballot's 88.7%."""
    return (ca.id in pair.ra.separate) != (cb.id in pair.rb.separate)


def _two_year_words(ca: Claim, cb: Claim, pair: _LinkedPair) -> bool:
    """"this year's 10,320 won" and "next year's rate of 10,750 won": two years' figures."""
    period_a, period_b = pair.ra.year_words.get(ca.id), pair.rb.year_words.get(cb.id)
    return period_a is not None and period_b is not None and period_a != period_b


def _increment_and_count(ca: Claim, cb: Claim, pair: _LinkedPair) -> bool:
    """One count adds to a count and the other does not: "two more babies tested positive" adds to a count; it is not
    the count ("eleven babies")."""
    return (ca.id in pair.ra.increments) != (cb.id in pair.rb.increments)


def _day_and_span(ca: Claim, cb: Claim, pair: _LinkedPair) -> bool:
    """One span is counted back from today and the other is not: "eight days ago" is a day, counted back from the
    outlet's own day, not a span of time."""
    return (ca.id in pair.ago) != (cb.id in pair.ago)


def _days_ago_apart(ca: Claim, cb: Claim, pair: _LinkedPair) -> bool:
    """Two spans counted back from today, a week or less apart: "eight days ago" and "nine days ago": outlets writing
    a day apart."""
    return ca.id in pair.ago and _within_days(ca, cb, 7)


def _two_moments(ca: Claim, cb: Claim, pair: _LinkedPair) -> bool:
    """Two spans told from two moments, or one told from another moment that is no span of its own (see
    :func:`_offset`): "twenty minutes later" and "about 30 minutes earlier" tell of two moments, and "20 minutes
    later" is no span of its own ("a 45-minute standoff"); "later" and "45 minutes after the first shots" meet, and
    so do "nine hours after it began" and "a nine-hour standoff"."""
    offset_a, offset_b = pair.ra.offsets.get(ca.id), pair.rb.offsets.get(cb.id)
    if offset_a and offset_b:
        return offset_a[0] != offset_b[0]
    one = offset_a or offset_b
    return one is not None and one[1]


_TRADING_DAY = re.compile(
    r"(?i)\b(?:closed|closing|ended|finished|settled|traded|trading|fell|fallen|rose|risen|slid|jumped|dropped|gained|"
    r"lost|climbed|declined|added|shed|edged|plunged|tumbled|surged|soared|slumped|dipped|rallied|sank)\b"
    r"(?:[^.;]|\.(?=\d)){0,80}?\bon\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


def _trading_day(sentence: Sentence) -> str | None:
    """The weekday a market moved on, where a sentence about shares, an index or a currency (see :data:`_MARKET`, which
    the caller tests) names it after the move ("Shares closed 0.8% higher at 1,375.60 rupees on Thursday")."""
    if "day" not in sentence.text.lower():
        return None  # every weekday ends in "day": a cheap test first
    found = _TRADING_DAY.search(sentence.text)
    return None if found is None else found.group(1).lower()


_AT_THE_CLOSE = re.compile(
    r"(?i)\b(?:closed|closing|settled|at\s+the\s+close|(?:ended|finished)\s+(?:the\s+)?(?:day|session|trading|week)|"
    r"(?:ended|finished)\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday))\b"
)
_DURING_THE_DAY = re.compile(
    r"(?i)\bby\s+\d{3,4}\s*(?:GMT|UTC|BST|CET|local)\b|\bby\s+\d{1,2}[:.]\d{2}\b|"
    r"\bin\s+(?:early|morning|mid-morning|afternoon|midday|late|intraday|opening)\s+(?:trade|trading|deals)\b|"
    r"\bat\s+one\s+point\b|\bintraday\b|\bearlier\s+in\s+the\s+(?:day|session)\b|"
    r"\b(?:on\s+[A-Z][a-z]+day|this)\s+morning\b|\bat\s+the\s+open(?:ing)?\b|"
    r"\b(?:at|by|around)\s+(?:midday|noon|lunchtime|mid-?morning|mid-?afternoon)\b|"
    r"\bwithin\s+(?:an|the\s+first|the\s+first\s+few|a\s+few|minutes\s+of)\s*(?:hour|minutes)?\b"
)


def _trading_moment(sentence: Sentence) -> str | None:
    """Whether a sentence about shares, an index or a currency (see :data:`_MARKET`, which the caller tests) tells its
    move at the close ("The shares closed down 3.1%") or during the day ("down 4.8% at 112.40 zlotys by 1030 GMT", "slid
    almost 5% on Wednesday morning"); None when it says neither, or both."""
    close, during = _AT_THE_CLOSE.search(sentence.text), _DURING_THE_DAY.search(sentence.text)
    if bool(close) == bool(during):
        return None
    return "close" if close else "during the day"


def _close_and_during(ca: Claim, cb: Claim, pair: _LinkedPair) -> bool:
    """A market's move at the close and one during the day: "closed down 3.1%" and "were down 4.8% by 1030 GMT" are
    two moments, not one misreported."""
    if ca.kind in (Kind.DATE, Kind.TIME, Kind.DURATION):
        return False
    moment_a, moment_b = pair.ra.trading_moment, pair.rb.trading_moment
    return bool(moment_a and moment_b and moment_a != moment_b)


def _two_trading_days(ca: Claim, cb: Claim, pair: _LinkedPair) -> bool:
    """Prices and moves of a market on two days: "closed 0.8% higher on Thursday" and "closed 4.8% lower on Friday"
    are two closes, not one misreported. (A tally told on two days is still set against itself: writers hold that the
    later one updates the earlier.)"""
    if ca.kind not in (Kind.PERCENT, Kind.MONEY):
        return False
    day_a, day_b = pair.ra.trading_day, pair.rb.trading_day
    return bool(day_a and day_b and day_a != day_b)


def _two_months(ca: Claim, cb: Claim, pair: _LinkedPair) -> bool:
    """"4.9% in March" and "February's 4.7%": two months' figures."""
    return _told_apart(pair.ra.months_of, pair.rb.months_of, ca, cb)


def _two_periods(ca: Claim, cb: Claim, pair: _LinkedPair) -> bool:
    """Two parts of a year, one of them no month (two months are :func:`_two_months`): "For the first nine months,
    GDP grew by 7.85 per cent" and "Third-quarter GDP growth of 8.22%"; "exports were up nearly 16% for the first nine
    months" and "exports in September grew just over 14%"."""
    period_a, period_b = pair.ra.periods.get(ca.id), pair.rb.periods.get(cb.id)
    if period_a is None or period_b is None or period_a == period_b:
        return False
    return not (period_a.startswith("month") and period_b.startswith("month"))


def _earlier_and_not(ca: Claim, cb: Claim, pair: _LinkedPair) -> bool:
    """One figure is about an earlier event ("the 2004 tsunami killed 170,000") and the other is not: not today's
    figures; but "up from 4.6% in February" and "the February index ... 4.7%" are one month's figure, and so are
    "last September"'s and September's (see :func:`_month_gone_by`)."""
    if (ca.id in pair.background) == (cb.id in pair.background) or pair.month_gone_by:
        return False
    month_a = pair.ra.months_of.get(ca.id)
    return not (month_a and month_a == pair.rb.months_of.get(cb.id))


def _two_earlier_events(ca: Claim, cb: Claim, pair: _LinkedPair) -> bool:
    """Two earlier events ("in 2019 ..." and "in 2022 ..."; "in 2014 ..." and "last year ...")."""
    return ca.id in pair.background and cb.id in pair.background and not pair.same_years


def _two_earlier_periods(ca: Claim, cb: Claim, pair: _LinkedPair) -> bool:
    """Two earlier periods, the figures far apart (see :func:`_far_apart`): "the same period last year": 97 deaths;
    "last year's outbreak": 1,160."""
    return ca.id in pair.background and _far_apart(ca, cb)


def _conversion_not_met(ca: Claim, cb: Claim, pair: _LinkedPair) -> bool:
    """Both sums convert another, or one does and it is not all there is to compare in its unit (see
    :func:`_only_in_that_unit`): a conversion is set against a sum only where "1.46 billion won ($1.06 million)" is
    set against "$1.6 million": there the dollars meet."""
    in_a, in_b = ca.id in pair.conversions, cb.id in pair.conversions
    if not (in_a or in_b):
        return False
    return in_a == in_b or not _only_in_that_unit(ca, pair.sa, cb, pair.sb, pair.conversions)


def _two_years(ca: Claim, cb: Claim, pair: _LinkedPair) -> bool:
    """"grew 1.2% in 2025" and "rising to 1.6% in 2027": two years' figures."""
    year_a, year_b = pair.ra.years_of.get(ca.id), pair.rb.years_of.get(cb.id)
    return bool(year_a and year_b and year_a != year_b)


_NOW_BEFORE = re.compile(r"(?i)\b(?:currently|at\s+present|at\s+the\s+moment|presently|now)\b[^.;]{0,40}$")
_TO_COME_BEFORE = re.compile(
    r"(?i)\bwill\s+(?:\w+\s+)?(?:rise|increase|go\s+up|climb|grow|fall|drop|decrease|reach|be\s+(?:raised|increased|"
    r"cut|lowered|reduced))\s+to\s+(?:(?:about|around|nearly|almost|some|roughly)\s+)?$"
)


def _now_and_to_come(ca: Claim, cb: Claim, pair: _LinkedPair) -> bool:
    """One figure is what something is now and the other what it will rise or fall to: "The minimum pension,
    currently about 1,880 zł a month" and "will rise to PLN 2,100 gross per month" tell of two moments."""
    sa, sb = pair.sa, pair.sb
    return (_marked_before(_NOW_BEFORE, sa, ca) and _marked_before(_TO_COME_BEFORE, sb, cb)) or (
        _marked_before(_TO_COME_BEFORE, sa, ca) and _marked_before(_NOW_BEFORE, sb, cb)
    )


def _marked_before(pattern: re.Pattern[str], sentence: Sentence, claim: Claim, reach: int = 60) -> bool:
    """``pattern`` ends right before the claim, within the ``reach`` characters before it."""
    at = claim.start - sentence.start
    return bool(pattern.search(sentence.text, max(0, at - reach), at))


_WINDOW_BEFORE = re.compile(r"(?i)\b(?:in|over|during|within|across)\s+(?:just\s+|the\s+(?:past\s+|last\s+)?)?$")
_WINDOW_AFTER = re.compile(r"(?i)-?\s*(?:total|totals|rainfall|accumulation|period)\b")


def _window(sentence: Sentence) -> Claim | None:
    """The span a total of rain (or any length) in the sentence fell over: "12.9 inches of rain in just 24 hours", "The
    highest 48-hour total, 16.42 inches"; None where the sentence gives no such length or no such span, or two spans
    that differ."""
    if not any(_length(c) for c in sentence.claims):
        return None
    spans = [
        c
        for c in sentence.claims
        if c.kind is Kind.DURATION
        and c.quantity.unit == "s"
        and (
            _marked_before(_WINDOW_BEFORE, sentence, c, 25)
            or _WINDOW_AFTER.match(sentence.text, c.end - sentence.start) is not None
        )
    ]
    if not spans or any(classify(spans[0].quantity, other.quantity) is not None for other in spans[1:]):
        return None  # none, or two spans that differ ("24 hours" and "the one-day total" are one)
    return spans[0]


def _two_windows(ca: Claim, cb: Claim, pair: _LinkedPair) -> bool:
    """Two totals over two spans, or the two spans themselves: "12.9 inches of rain in just 24 hours" is not "the
    highest 48-hour total, 16.42 inches", and the 24 hours are not a misreported 48."""
    if not ((_length(ca) and _length(cb)) or ca.kind is cb.kind is Kind.DURATION):
        return False
    window_a, window_b = pair.ra.window, pair.rb.window
    if window_a is None or window_b is None or classify(window_a.quantity, window_b.quantity) is None:
        return False
    if ca.kind is Kind.MEASURE:
        return True
    # the spans themselves: each the window, or one that agrees with it ("24 hours" and "the one-day total")
    return classify(ca.quantity, window_a.quantity) is None and classify(cb.quantity, window_b.quantity) is None


_NOT_ONE_TIME: tuple[_Check, ...] = (
    _two_windows,
    _separate_and_not,
    _two_year_words,
    _increment_and_count,
    _day_and_span,
    _days_ago_apart,
    _two_moments,
    _two_trading_days,
    _close_and_during,
    _two_months,
    _two_periods,
    _earlier_and_not,
    _two_earlier_events,
    _two_earlier_periods,
    _conversion_not_met,
    _two_years,
    _now_and_to_come,
)
"""Two figures of two times (days, moments, months, years, events) or two counts (a separate ballot, an increment),
or a writer's conversion not to be set against the other figure."""


def _all_of_another_happening(part: Claim, other: Claim, sentence: Sentence) -> bool:
    """A part of a larger count told before it in its sentence, to whom another thing happened than to that count,
    the thing the other figure counts: "87 children sought treatment, of whom 64 were admitted" holds all those
    admitted, which "At least 60 children were admitted" counts too; not "three of the five killed"."""
    if part.predicate is None or part.predicate != other.predicate:
        return False
    return any(
        c.kind is Kind.COUNT
        and c.end <= part.start
        and c.predicate != part.predicate
        and c.subject == part.subject
        and c.quantity.nominal is not None
        and part.quantity.nominal is not None
        and c.quantity.nominal > part.quantity.nominal
        for c in sentence.claims
    )


def _some_against_all(ca: Claim, cb: Claim, pair: _LinkedPair) -> bool:
    """One figure counts some of the victims (not told in one mode with the other, nor of a group both name: see
    :func:`_one_group`), or is told of one place or day alone (see :func:`_local`), and the other is not, and they
    differ: "three of those killed" is not the toll ("five people were killed"), nor "the city of Beira alone has
    recorded 1,774 cases" the province's 2,314; the same figure still pairs ("one of the five victims survived" and
    "one victim survived"), so that neither is left over."""
    part_a, part_b = ca.id in pair.ra.victim_parts, cb.id in pair.rb.victim_parts
    if part_a != part_b:
        part, other, sentence = (ca, cb, pair.sa) if part_a else (cb, ca, pair.sb)
        if _all_of_another_happening(part, other, sentence):
            part_a = part_b = False
    local_a, local_b = ca.id in pair.ra.local, cb.id in pair.rb.local
    modes = pair.modes
    same_mode = modes is not None and modes.get(ca.id) is not None and modes.get(ca.id) == modes.get(cb.id)
    return (
        (part_a != part_b and not same_mode and not _one_group(ca, pair.sa, cb, pair.sb)) or local_a != local_b
    ) and classify(ca.quantity, cb.quantity) is not None


def _against_parts(ca: Claim, cb: Claim, pair: _LinkedPair) -> _Summed | None:
    """One figure is a part of a breakdown (see :func:`_part_against_total`) and the other a total: the parts add up
    to a total ("178 passengers and 23 crew" against "210 people on board"), set against it once, by the first part.
    None for any other pair, and where the other counts some of the parts' sorts ("23 charges of cheating" against
    "23 charges of cheating and six of ...": a part; see :func:`_names_some_kinds`)."""
    part = _part_against_total(ca, cb, pair.parts)
    if part is None:
        return None
    parts = pair.parts[part.id]
    other = cb if part is ca else ca
    one_noun = _one_noun(parts, other)
    part_sentence, other_sentence = (pair.sa, pair.sb) if part is ca else (pair.sb, pair.sa)
    total = _sum(parts)
    if (
        one_noun
        and (total is None or classify(total, other.quantity) is not None)
        and _names_some_kinds(other_sentence, other, part_sentence, parts)
    ):
        return None
    if ca.predicate != cb.predicate and not (one_noun and not (ca.predicate and cb.predicate)):
        return None, ()  # "two women and one man died" is no count of the injured; but "23 charges of cheating
        # and six of money laundering" (convicted) and "found guilty of 27 charges" are one count
    if total is None or part.id != parts[0].id:
        return None, ()
    if _listed_in(part_sentence, part):
        return None, ()  # "31, including 9 children and 11 women": some of the 31, whose sum is no total of anything
    return classify(total, other.quantity), parts


def _two_wholes(ca: Claim, cb: Claim, pair: _LinkedPair) -> bool:
    """Shares of two wholes (see :data:`_TWO_WHOLES`): "a turnout of 57.9 per cent" and "51.3 per cent of the valid
    votes"."""
    share_a, share_b = pair.ra.shares.get(ca.id), pair.rb.shares.get(cb.id)
    return bool(share_a and share_b and {share_a, share_b} in _TWO_WHOLES)


def _places_and_not(ca: Claim, cb: Claim, pair: _LinkedPair) -> bool:
    """One is a share of places and the other is not: "fewer than half of the municipalities" and "the yes vote
    reached 58.3%" are shares of two wholes."""
    return (pair.ra.shares.get(ca.id) == "places") != (pair.rb.shares.get(cb.id) == "places")


_SIDE_FOR = re.compile(
    r"(?i)\b(?:in\s+favou?r|voted\s+(?:for|yes)|backed|backing|supported|supporting|approved|approving|endorsed|"
    r"said\s+yes|yes\s+(?:vote|side|camp))\b"
)
_SIDE_AGAINST = re.compile(
    r"(?i)\b(?:against|voted\s+no|opposed|opposing|rejected|rejecting|said\s+no|no\s+(?:vote|side|camp)|"
    r"to\s+keep)\b"
)


def _vote_side(sentence: Sentence, claim: Claim) -> str | None:
    """The side of a vote a share is told of, by the words of its clause around it: "83.92% of valid votes, were cast
    in favour", "83.9 percent ... supported the mayor's dismissal" (for); "16.08% of valid votes, were cast against
    dismissing the Mayor" (against); None where the clause says neither, or both."""
    if claim.kind is not Kind.PERCENT:
        return None
    text = sentence.text
    start, end = claim.start - sentence.start, claim.end - sentence.start
    window = text[max(_clause_start(text, start), start - 40) : min(_clause_end(text, end), end + 60)]
    side_for, side_against = _SIDE_FOR.search(window), _SIDE_AGAINST.search(window)
    if bool(side_for) == bool(side_against):
        return None
    return "for" if side_for else "against"


def _two_sides(ca: Claim, cb: Claim, pair: _LinkedPair) -> bool:
    """Two shares of a vote told of its two sides: "16.08% ... cast against dismissing the Mayor" and "83.9 percent
    ... supported the mayor's dismissal" (see :func:`_vote_side`)."""
    side_a, side_b = pair.ra.sides.get(ca.id), pair.rb.sides.get(cb.id)
    return side_a is not None and side_b is not None and side_a != side_b


def _two_economy_measures(ca: Claim, cb: Claim, pair: _LinkedPair) -> bool:
    """"the economy is forecast to grow 4.8%" and "the deficit to come in at 4.6%": two measures (see
    :func:`_economy_measure`)."""
    return _told_apart(pair.ra.economy, pair.rb.economy, ca, cb)


_NIGHTTIME = re.compile(r"(?i)\b(?:overnight|night|nights|night-?time|lows?|minimums?)\b")
_DAYTIME = re.compile(r"(?i)\b(?:highs?|maximums?|peak(?:ed)?|topped|hottest|record|afternoon|day-?time|days?)\b")


def _time_of_day(sentence: Sentence, claim: Claim) -> str | None:
    """Whether a temperature is a night's low ("never dropped below 35C overnight", "the overnight low stayed above
    90°F") or a day's high ("topped out at 118 degrees", "the 11th straight day above 43C"), by the words of its
    clause, else of its sentence; None where neither or both are said."""
    text = sentence.text
    start, end = _clause_start(text, claim.start - sentence.start), _clause_end(text, claim.end - sentence.start)
    for lo, hi in ((start, end), (0, len(text))):
        night, day = _NIGHTTIME.search(text, lo, hi) is not None, _DAYTIME.search(text, lo, hi) is not None
        if night != day:
            return "night" if night else "day"
    return None


def _night_and_day(ca: Claim, cb: Claim, pair: _LinkedPair) -> bool:
    """A night's low and a day's high: two temperatures (see :func:`_time_of_day`)."""
    if ca.quantity.unit != "°C" or cb.quantity.unit != "°C":
        return False
    side_a, side_b = _time_of_day(pair.sa, ca), _time_of_day(pair.sb, cb)
    return bool(side_a and side_b and side_a != side_b)


_PAYMENT = re.compile(r"(?i)\b(?:receive[sd]?|receiving|compensation|paid|pay|payment|ex[- ]gratia|each|apiece)\b")
_TO_THE_DEAD = re.compile(r"(?i)\b(?:dead|deceased|killed|died|deaths?|victims?|famil(?:y|ies)|bereaved)\b")
_TO_THE_HURT = re.compile(r"(?i)\b(?:injured|wounded|hurt|injuries)\b")


def _payee(sentence: Sentence, claim: Claim) -> str | None:
    """Who a sum is paid to, where a sentence tells a payment to the families of the dead or to the injured, and not
    to both: "Families of those killed would receive three million kyat each", "Injured workers will receive 1.5
    million kyat each"; None otherwise ("100,000 dirhams to the family of each victim and ... the medical costs of the
    injured" names both)."""
    text = sentence.text
    if claim.kind is not Kind.MONEY or _PAYMENT.search(text) is None:
        return None
    dead, hurt = _TO_THE_DEAD.search(text) is not None, _TO_THE_HURT.search(text) is not None
    return "dead" if dead and not hurt else "hurt" if hurt and not dead else None


def _two_payees(ca: Claim, cb: Claim, pair: _LinkedPair) -> bool:
    """A sum paid to the families of the dead and one paid to the injured (see :func:`_payee`)."""
    payee_a, payee_b = _payee(pair.sa, ca), _payee(pair.sb, cb)
    return bool(payee_a and payee_b and payee_a != payee_b)


def _two_account_lines(ca: Claim, cb: Claim, pair: _LinkedPair) -> bool:
    """"operating profit rose to $1.2 billion" and "net profit rose to $800 million": two lines of the accounts (see
    :func:`_account_line`)."""
    return _told_apart(pair.ra.measures, pair.rb.measures, ca, cb)


def _two_bases(ca: Claim, cb: Claim, pair: _LinkedPair) -> bool:
    """"grew 3.1% year on year" and "0.3% quarter on quarter": changes measured against two bases (see
    :func:`_change_basis`)."""
    return _told_apart(pair.ra.bases, pair.rb.bases, ca, cb)


def _two_purposes(ca: Claim, cb: Claim, pair: _LinkedPair) -> bool:
    """"embezzling 12.4 billion won" and "the 30 billion won fine": two sums of a court story (see
    :func:`_sum_purpose`)."""
    return _told_apart(pair.ra.purposes, pair.rb.purposes, ca, cb)


def _two_modes(ca: Claim, cb: Claim, pair: _LinkedPair) -> bool:
    """Two modes, not both of what is to come (see :func:`_both_to_come`) nor both of the charge (see
    :func:`_both_charged`): "forecast to ease to 3.1%" is not the rate of today ("running at 3.6 per cent"), and
    "built to house 400" is not how many it holds."""
    modes = pair.modes
    return (
        modes is not None
        and modes.get(ca.id) != modes.get(cb.id)
        and not _both_to_come(ca, pair.sa, cb, pair.sb, modes)
        and not _both_charged(ca, pair.sa, cb, pair.sb, modes)
    )


_CHARGES = frozenset("counts charges offences offenses".split())


def _price_and_sum(ca: Claim, cb: Claim, pair: _LinkedPair) -> bool:
    """One sum is a price for a weight or a currency (see :func:`_per_unit`) and the other is not, or for another of
    them: "160 dirhams a tonne" is no sack's price ("260 dirhams"), "about 11 cedis to the dollar" no price."""
    unit_a, unit_b = pair.ra.units.get(ca.id), pair.rb.units.get(cb.id)
    if unit_a is None or unit_b is None:
        unit = unit_a or unit_b
        # a price and no price; but a sum for a span of time ("€2,350 a month") and one told without it may still be
        # one pay or one fine
        return unit is not None and unit[0] != "year"
    return unit_a[0] != unit_b[0]


_ILL_NOUNS = frozenset({"cases", "infections"})


def _cases_and_toll(ca: Claim, cb: Claim, pair: _LinkedPair) -> bool:
    """A count of those who fell ill against a count of those who died or were taken to hospital: "Sixteen new
    confirmed cases" and "seven deaths" (both read as people)."""
    for ill, other in ((ca, cb), (cb, ca)):
        if (
            ill.kind is Kind.COUNT
            and ill.subject in _ILL_NOUNS
            and ill.predicate in (None, "infected")
            and other.predicate in ("killed", "hospitalised")
        ):
            return True
    return False


def _two_offences(ca: Claim, cb: Claim, pair: _LinkedPair) -> bool:
    """Counts of charges of two offences: "two counts of murder" and "one count of illegal gun possession"."""
    if ca.kind is not Kind.COUNT or ca.subject != cb.subject or ca.subject not in _CHARGES:
        return False
    kind_a, kind_b = _of_kind(pair.sa, ca), _of_kind(pair.sb, cb)
    return kind_a is not None and kind_b is not None and kind_a != kind_b


_LATE_AFTER = re.compile(r"(?i)\s+(?:late|early|behind\s+schedule|ahead\s+of\s+schedule|overdue)\b")


def _delay_and_span(ca: Claim, cb: Claim, pair: _LinkedPair) -> bool:
    """One span is how late or early something ran and the other is not: "running 23 minutes late" and "the 45-minute
    run to Pittsburgh"."""
    return ca.kind is Kind.DURATION and (ca.id in pair.ra.late) != (cb.id in pair.rb.late)


_ELECTORATE = re.compile(r"(?i)\b(?:eligible|registered|enrolled|on\s+the\s+(?:electoral\s+)?rolls?|electorate)\b")
_VOTED = re.compile(r"(?i)\b(?:cast|voted|turned\s+out|took\s+part|returned\s+(?:a\s+|their\s+)?(?:voting|ballot))")


def _voters_role(sentence: Sentence, claim: Claim) -> str | None:
    """Whether a count of people in its clause is of those who may vote ("About 1.5 million people were eligible to
    vote", "121,480 electors on the roll") or of those who did ("some 900,000 people cast a ballot"); None when its
    clause says neither or both."""
    if claim.kind is not Kind.COUNT:
        return None
    text = sentence.text
    at = claim.start - sentence.start
    clause = text[_clause_start(text, at) : _clause_end(text, claim.end - sentence.start)]
    may, did = _ELECTORATE.search(clause) is not None, _VOTED.search(clause) is not None
    return "electorate" if may and not did else "voted" if did and not may else None


def _electorate_and_voters(ca: Claim, cb: Claim, pair: _LinkedPair) -> bool:
    """One count is of those who may vote and the other of those who did (see :func:`_voters_role`)."""
    return _told_apart(pair.ra.voters, pair.rb.voters, ca, cb)


def _zone_and_distance(ca: Claim, cb: Claim, pair: _LinkedPair) -> bool:
    """One length is the reach of a zone and the other how far a place lies (see :func:`_measure_role`): "a radius of
    5 km from the crater" and "fields about 4 km from the crater"."""
    return _told_apart(pair.ra.lengths, pair.rb.lengths, ca, cb)


def _two_topics(ca: Claim, cb: Claim, pair: _LinkedPair) -> bool:
    """Two percentages told of two things, each named before its verb and not named in the other sentence (see
    :func:`_percent_topic`): "the operating margin improved to 7.2%" and "the shares closed 3.6 per cent higher"."""
    topic_a, topic_b = pair.ra.topics.get(ca.id), pair.rb.topics.get(cb.id)
    if not topic_a or not topic_b or topic_a == topic_b:
        return False
    ra, rb = pair.ra, pair.rb
    for named_a, named_b in ((ra.measures, rb.measures), (ra.economy, rb.economy), (ra.shares, rb.shares)):
        if named_a.get(ca.id) is not None and named_a.get(ca.id) == named_b.get(cb.id):
            return False  # one measure in two words: "Turnout reached 61.2%" and "Participation stood at 58.1%"
    return topic_a not in rb.words and topic_b not in ra.words


_NOT_ONE_MEASURE: tuple[_Check, ...] = (
    _two_topics,
    _zone_and_distance,
    _delay_and_span,
    _electorate_and_voters,
    _cases_and_toll,
    _price_and_sum,
    _two_offences,
    _two_wholes,
    _places_and_not,
    _two_economy_measures,
    _two_sides,
    _two_account_lines,
    _night_and_day,
    _two_payees,
    _two_bases,
    _two_rates,
    _two_purposes,
    _two_modes,
)
"""Two figures measuring two things: percentages of two things named before their verbs, the reach of a zone and a
distance, a delay and a span, those who may vote and those who did, those who fell ill and those who died, a price
for a weight or a currency and a sum, counts of charges of two offences, shares of two wholes, two measures of an
economy or lines of accounts, a night's low and a day's high, sums paid to the bereaved and to the injured, two
modes."""


def _two_payments(ca: Claim, cb: Claim, pair: _LinkedPair, speaker: int) -> bool:
    """Two sums given by two givers (``speaker`` is :func:`_same_speaker`'s): what the Prime Minister's fund gives and
    what the state gives (two speakers; see :func:`_two_givers`), "FESUR will pay 5 million pesos" and "the regional
    government will give 3 million pesos" (not one speaker; a public body's and another's: see :func:`_public`)."""
    sa, sb = pair.sa, pair.sb
    if speaker < 0 and _two_givers(sa, ca, sb, cb):
        return True
    if speaker > 0:
        return False
    givers_a, givers_b = _giver_words(sa, ca), _giver_words(sb, cb)
    return bool(givers_a and givers_b and _public(givers_a) != _public(givers_b))


def _words_in_common(ca: Claim, cb: Claim, pair: _LinkedPair) -> int:
    """How many words the two figures' surroundings share (see :func:`_context`), with the words of what both are
    given for, where one's take in the other's: "40% for international flights" (see :func:`_for_targets`), and the
    year both are given for (see :func:`_year_after`)."""
    overlap = len(pair.ra.context[ca.id] & pair.rb.context[cb.id])
    target_a, target_b = pair.ra.targets.get(ca.id), pair.rb.targets.get(cb.id)
    if target_a and target_b and (target_a <= target_b or target_b <= target_a):
        overlap += len(target_a & target_b)
    year_a = pair.ra.years_of.get(ca.id)
    if year_a is not None and year_a == pair.rb.years_of.get(cb.id):
        overlap += 1  # "3.3% in 2026" and "3.5% in 2026": the year each is given for, the same
    return overlap


def _share_and_change(ca: Claim, cb: Claim, pair: _LinkedPair) -> bool:
    """One percentage is a share and the other a change (see :func:`_percent_roles`): "up 31 per cent" is a change;
    "27 percent of the shares" a part of a whole."""
    role_a, role_b = pair.ra.roles.get(ca.id), pair.rb.roles.get(cb.id)
    return bool(role_a and role_b and "share" in {role_a.role, role_b.role} and role_a.role != role_b.role)


def _change_and_level(ca: Claim, cb: Claim, pair: _LinkedPair) -> bool:
    """Two figures, not written alike, one a rise or a fall and the other a level reached, that are two figures (see
    :func:`_change_not_level`): "Food prices rose 4% in May, pushing annual inflation to 6.2%"; "wages rose 3.9%" and
    "the jobless rate fell to 4.2%"."""
    if _identical(ca, cb):
        return False
    sa, sb, ra, rb = pair.sa, pair.sb, pair.ra, pair.rb
    return _change_not_level(ra.roles.get(ca.id), ra, sa, ca, cb, rb, sb) or _change_not_level(
        rb.roles.get(cb.id), rb, sb, cb, ca, ra, sa
    )


_NOT_ONE_ROLE: tuple[_Check, ...] = (_share_and_change, _change_and_level)
"""Two percentages in two roles: a share and a change, a change and a level."""


def _severity(ca: Claim, cb: Claim, pair: _LinkedPair, converted: bool) -> Severity | None:
    """How far apart two paired figures are (see :func:`classify`), each read as what it is: a writer's conversion
    (``converted``), a capacity, the rest of a whole, a range of ages, a fall with a minus sign, a rise against a
    fall, a count with the attacker in it, a fraction in words."""
    sa, sb, ra, rb, modes = pair.sa, pair.sb, pair.ra, pair.rb, pair.modes
    role_a, role_b = ra.roles.get(ca.id), rb.roles.get(cb.id)
    severity: Severity | None
    if converted and ca.kind is not Kind.MEASURE:
        # a writer's conversion is rounded at a rate of the writer's day: within a tenth, it agrees (a unit's
        # conversion has no day's rate: "215 km/h (134 mph)" against "140 mph" is compared as written)
        severity = None if _within(ca, cb, 0.1) else classify(ca.quantity, cb.quantity)
    elif modes is not None and modes.get(ca.id) == "capacity":
        severity = classify(_as_limit(ca.quantity), _as_limit(cb.quantity))
    elif _complements(sa, ca, sb, cb):
        severity = classify(_rest(ca.quantity), cb.quantity)  # "one in five running", "80% cancelled"
    elif (span_a := _age_span(sa, ca)) is not None and (span_b := _age_span(sb, cb)) is not None:
        # "range in age from 34 to 91" and "from 35 to 91": the youngest patient's age told two ways
        severity = None if span_a == span_b else Severity.CONTRADICTION
    elif (signed := _signed_change(role_a, ca, role_b, cb) or _signed_change(role_b, cb, role_a, ca)) is not None:
        severity = classify(*signed)  # "fell 2.4%" and a table's "-2.4%": one fall
    else:
        severity = classify(ca.quantity, cb.quantity)
    if role_a and role_b and _opposite(role_a, role_b):
        if not (role_a.base and role_b.base and role_a.base != role_b.base):
            severity = Severity.CONTRADICTION  # "1.2 per cent higher" against "down 1.2%"
        # else: "rose 0.4% from February" and "0.4% lower than a year earlier" measure two changes
    if severity is not None and (ca.id in ra.with_attacker) != (cb.id in rb.with_attacker):
        with_him, victims = (ca, cb) if ca.id in ra.with_attacker else (cb, ca)
        if classify(_less_one(with_him.quantity), victims.quantity) is None:
            severity = None  # "seven, including the gunman" and "killing six" before he was shot
    if severity is Severity.DISCREPANCY and (_fraction_bound_holds(ca, cb) or _fraction_bound_holds(cb, ca)):
        severity = None  # "more than a third" and "37 per cent": a fraction in words bounds, it does not round
    return severity


def _among_others(ca: Claim, cb: Claim, pair: _LinkedPair) -> bool:
    """"his brother and two others" among "three people" killed: both can be true (see :func:`_fewer_others`)."""
    return _fewer_others(pair.sa, ca, pair.sb, cb) or _fewer_others(pair.sb, cb, pair.sa, ca)


def _among_more_people(ca: Claim, cb: Claim, pair: _LinkedPair) -> bool:
    """"two women and a baby" among "three people" dead: both can be true, and the women are better set against
    another count of women (see :func:`_smaller_group`)."""
    return _smaller_group(ca, cb, pair.sb) or _smaller_group(cb, ca, pair.sa)


_BOTH_TRUE: tuple[_Check, ...] = (_among_others, _among_more_people)
"""Two figures that differ and can both be true: some people and all of them."""


def _pair_claims(
    sa: Sentence,
    sb: Sentence,
    background: set[str] | frozenset[str] = frozenset(),
    modes: Mapping[str, str] | None = None,
    readings: tuple[_Reading, _Reading] | None = None,
    rates: Rates | None = None,
) -> list[tuple[Claim, Claim, Severity | None, tuple[Claim, ...]]]:
    """The figures of two linked sentences paired for comparison, with their severity and, when one is a part set
    against a total, all the parts it was added up with (else ``()``). ``readings`` are the two sentences' readings
    (see :func:`_reading`), worked out here unless the caller already has them; ``rates`` the exchange rates the
    articles give (see :func:`exchange_rates`). A sum converted at such a rate is returned in the other's currency.

    Each pair of figures is put in one unit (see :func:`_in_common_units`) and dropped at the first check that finds
    them two figures, not one: :data:`_NOT_ONE_SCOPE`, :data:`_NOT_ONE_TIME`, :data:`_NOT_ONE_MEASURE`,
    :data:`_NOT_ONE_ROLE` and :data:`_BOTH_TRUE`, in that order, with a few single checks between. Some pairs are
    settled on the way, with a severity of their own: a total against its split sums or its parts, one sum in two
    currencies."""
    options: list[_Option] = []
    ra, rb = readings or (_reading(sa), _reading(sb))
    sole_pairs: set[tuple[str, str]] = set()
    clocks = _clock_pair(sa, sb, background)  # one moment, by its event, actors, places and day
    if clocks is not None:
        ca, cb = clocks
        options.append(_settled(ca, cb, _clock_severity(sa, ca, sb, cb)))
    days = _day_pair(sa, sb, background, modes)  # the one day each gives: "payable on September 5", "on 15 September"
    if days is not None:
        options.append(_settled(*days, Severity.CONTRADICTION))
    margin = _margin_against_tally(sa, sb, modes) or _margin_against_tally(sb, sa, modes)
    if margin is not None:
        ca, cb, margin_severity = margin
        if ca.id not in {c.id for c in sa.claims}:
            ca, cb = cb, ca
        options.append(_settled(ca, cb, margin_severity))
    progress_a, progress_b = ra.progress, rb.progress
    if progress_a is not None and progress_b is not None and abs(progress_a - progress_b) > 1:
        return []  # "with 92.3% of tally sheets counted" and "the count of all 5,634 tally sheets": two moments
    earlier = bool(background) and (
        any(c.id in background for c in sa.claims) or any(c.id in background for c in sb.claims)
    )
    pair = _LinkedPair(
        sa=sa,
        sb=sb,
        ra=ra,
        rb=rb,
        background=background,
        modes=modes,
        rates=rates,
        same_years=ra.years == rb.years,
        parts=ra.parts | rb.parts,
        conversions=ra.conversions | rb.conversions,
        ago=ra.ago | rb.ago,
        month_gone_by=earlier and _month_gone_by(sa, sb),  # "last September" against "in September": one month
        words_shared=len(ra.words & rb.words) >= 3,
    )
    for claim_a in sa.claims:
        for claim_b in sb.claims:
            if _given_for_another(claim_a, claim_b, pair):
                continue
            ca, cb = _in_common_units(claim_a, claim_b, pair)
            if _ruled_out(_NOT_ONE_SCOPE, ca, cb, pair):
                continue
            summed = _against_split(ca, cb, pair)  # "total spending of 3,786.5 trillion rupiah" against its sums
            if summed is not None:
                if summed[0] is not None:
                    options.append(_settled(ca, cb, *summed))
                continue
            if _ruled_out(_NOT_ONE_TIME, ca, cb, pair):
                continue
            # a writer's conversion, set against the one sum in its unit (see :func:`_conversion_not_met`)
            converted = ca.id in pair.conversions or cb.id in pair.conversions
            if _currency_slip(ca, cb) or _points_slip(ca, cb, pair):
                # one sum in two currencies: "4.8 million meticais" and "US$4.8 million" cannot both be true; nor one
                # change in points and in per cent: "5.5 percentage points higher" and "5.5 per cent more"
                options.append(_settled(ca, cb, Severity.CONTRADICTION))
                continue
            if _some_against_all(ca, cb, pair):
                continue
            summed = _against_parts(ca, cb, pair)  # "178 passengers and 23 crew" against "210 people on board"
            if summed is not None:
                if summed[0] is not None:
                    options.append(_settled(ca, cb, *summed))
                continue
            if _ruled_out(_NOT_ONE_MEASURE, ca, cb, pair):
                continue
            strict = comparable(ca, cb)
            speaker = _same_speaker(ca, cb)
            if _two_payments(ca, cb, pair, speaker):
                continue
            same = _identical(ca, cb)
            # the one capacity (or other figure of a mode) of each sentence: "a licensed limit of 120" and "a licensed
            # limit of 150 passengers"
            moded = modes is not None and modes.get(ca.id) is not None and _sole_in_mode(ca, sa, cb, sb, modes)
            overlap = _words_in_common(ca, cb, pair)
            # the only count of each linked sentence, in sentences sharing three words or more, or words by the figures
            sole = not strict and bool(overlap or pair.words_shared) and _sole_counts(ca, sa, cb, sb, background)
            if (
                not strict
                and (_bare(ca) or _bare(cb))
                and speaker <= 0
                and not same
                and not moded
                and not sole
                and not _same_place_part(ca, sa, cb, sb)
            ):
                # A count with nothing said about what it counts ("one", "two") is paired loosely only with the
                # same speaker's figure ("police put the figure at 10,000" and "10,000 people, police said"), or
                # with the only count of its linked sentence (see :func:`_sole_counts`).
                continue
            slipped = _slipped(ca, cb)
            if not strict and not slipped and not (
                _loosely_comparable(ca, cb)
                and (
                    same
                    or moded
                    or overlap
                    or speaker > 0
                    or _same_class(ca, cb)
                    or _subject_named(ca, sb)
                    or _subject_named(cb, sa)
                    or sole
                )
            ):
                continue
            if (
                strict
                and not slipped
                and not _plausible_pair(ca, sa, cb, sb, overlap, background, pair.conversions, moded, modes)
            ):
                continue
            if _ruled_out(_NOT_ONE_ROLE, ca, cb, pair):
                continue
            severity = _severity(ca, cb, pair, converted)
            if severity is not None and _ruled_out(_BOTH_TRUE, ca, cb, pair):
                continue
            # the same noun, and the same thing befalling it ("64 were admitted" before "87 sought treatment")
            alike = int(ca.subject is not None and ca.subject == cb.subject) + int(
                ca.predicate is not None and ca.predicate == cb.predicate
            )
            if moded:
                sole_pairs.add((ca.id, cb.id))
            options.append((ca, cb, severity, strict or slipped, speaker, alike, overlap, ()))
    # Pairs citing different speakers last ("police said 10,000, organisers 50,000" holds two figures, each to be
    # set against the same speaker's), then the same figure written in both, then strict matches, then the same
    # speaker, then agreeing partners, then the same noun and what befell it, then the same surrounding words.
    options.sort(
        key=lambda o: (
            o[4] < 0,
            not _identical(o[0], o[1]),
            -o[3],
            _other_written_unit(o[0], o[1]),
            -o[4],
            _threshold_pair(o[0], o[1]),
            _SEVERITY_ORDER[o[2]],
            -o[5],
            -o[6],
        )
    )
    used_a: set[str] = set()
    used_b: set[str] = set()
    chosen = []
    for ca, cb, severity, strict, speaker, _, _, group in options:
        if ca.id in used_a or cb.id in used_b:
            continue
        if (
            not strict
            and speaker <= 0
            and not _identical(ca, cb)
            and not _same_class(ca, cb)
            and (ca.id, cb.id) not in sole_pairs
            and not _unambiguous(ca, sa, cb, sb, used_a, used_b)
        ):
            continue
        used_a.add(ca.id)
        used_b.add(cb.id)
        chosen.append((ca, cb, severity, group))
    return [
        (ca, cb, severity, group)
        for ca, cb, severity, group in chosen
        if severity is None
        or group
        or _slipped(ca, cb)
        or _transposed(ca, cb)
        or (_age_span(sa, ca) is not None and _age_span(sb, cb) is not None)  # a median age is no youngest or oldest
        or not (
            _met_beside(cb, rb, sa, ra, ca, used_a, background) or _met_beside(ca, ra, sb, rb, cb, used_b, background)
        )
    ]


def _other_written_unit(a: Claim, b: Claim) -> bool:
    """Two measures written in different units (see :func:`_written_unit`), where a sentence may give the other's in
    brackets: "215 km/h (134 mph)" is set against "140 mph" by its miles an hour."""
    return a.kind is Kind.MEASURE and b.kind is Kind.MEASURE and _written_unit(a) != _written_unit(b)


def _transposed(a: Claim, b: Claim) -> bool:
    """The same three or more digits, as written, in another order: "390mm" and "309 mm"."""
    da = "".join(ch for ch in a.text if ch.isdigit())
    db = "".join(ch for ch in b.text if ch.isdigit())
    return len(da) >= 3 and len(da) == len(db) and da != db and sorted(da) == sorted(db)


def _met_beside(
    claim: Claim,
    own_reading: _Reading,
    other: Sentence,
    other_reading: _Reading,
    partner: Claim,
    used: set[str],
    background: set[str] | frozenset[str],
) -> bool:
    """Another figure of ``other``, of the claim's kind and unit, paired with nothing and not an earlier figure
    ("from 0.3% previously"), agrees with ``claim``: "Nyaboke won 121,487 votes to Mogaka's 104,352" and "Mogaka
    polled about 104,000 votes" give Mogaka's count in both; setting it against Nyaboke's is a pairing gone wrong,
    not a disagreement. (A slip of the pen, "390mm" and "309 mm", is kept by the caller: it ties the two.)"""
    for x in other.claims:
        if x.id == partner.id or x.id in used or x.kind is not claim.kind or x.quantity.unit != claim.quantity.unit:
            continue
        parts = _parts_alike(x, other_reading, claim, own_reading)
        if x.id in background or (_bare(x) and not parts) or not (parts or _slip_comparable(x, claim)):
            # not an earlier figure, nor a bare number ("adding that 12 had been identified"), nor another thing
            # ("2,140 suspected cases" is no toll of "2,140 people" killed)
            continue
        if x.kind not in _COMPARED_KINDS:
            continue
        target_x, target_claim = other_reading.targets.get(x.id), own_reading.targets.get(claim.id)
        if target_x and target_claim and not (target_x <= target_claim or target_claim <= target_x):
            continue  # "40% for businesses" beside "25% for households" does not meet "40% for households"
        month_x, month_claim = other_reading.months_of.get(x.id), own_reading.months_of.get(claim.id)
        if month_x is not None and month_claim is not None and month_x != month_claim:
            continue  # "3.1% in February" beside "4.2% in March" does not meet "3.1% in March"
        if classify(x.quantity, claim.quantity) is None:
            return True
    return False


def _parts_alike(x: Claim, x_reading: _Reading, claim: Claim, reading: _Reading) -> bool:
    """Two figures each some of the victims, of one noun or one with none: what befell the whole ("19 of the
    injured") and what befell the part ("19 were transferred to the regional hospital") name one group, and so do
    "Of the deceased, six are foreign nationals and three are Nepali" and "Three of the dead were Nepali guides"."""
    return (
        x.id in x_reading.victim_parts
        and claim.id in reading.victim_parts
        and (x.subject == claim.subject or x.subject is None or claim.subject is None)
    )


_PLACE_PART = re.compile(
    r"\s+(?:of\s+(?:them|those|these|which)\s+)?in\s+(?:the\s+)?((?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+)*)"
)


def _place_part(sentence: Sentence, claim: Claim) -> str | None:
    """The place a bare count is the part of a total in, named right after it: "including about 650 in Switzerland",
    "560 of them in Switzerland" (Switzerland); ``None`` when no place is named so."""
    found = _PLACE_PART.match(sentence.text, claim.end - sentence.start)
    return found.group(1) if found else None


def _same_place_part(ca: Claim, sa: Sentence, cb: Claim, sb: Sentence) -> bool:
    """Two counts, at least one saying nothing of what it counts, each the part of a total in one named place: "cut
    1,800 jobs, including about 650 in Switzerland" and "1,800 jobs, 560 of them in Switzerland" tell one part of one
    total; the place, not the noun, says what the figure counts."""
    if ca.kind is not Kind.COUNT or cb.kind is not Kind.COUNT:
        return False
    place_a, place_b = _place_part(sa, ca), _place_part(sb, cb)
    return place_a is not None and place_a == place_b


def _same_kind(claim: Claim, sentence: Sentence, background: set[str] | frozenset[str] = frozenset()) -> list[Claim]:
    """The figures of ``sentence`` of the claim's kind and unit (for durations, also its subject: ages) and of its
    time (today's, or an earlier event's)."""
    return [
        c
        for c in sentence.claims
        if c.kind is claim.kind
        and c.quantity.unit == claim.quantity.unit
        and (claim.kind is not Kind.DURATION or c.subject == claim.subject)
        and (c.id in background) == (claim.id in background)
    ]


def _digits(claim: Claim) -> str:
    return "".join(ch for ch in claim.text if ch.isdigit()).strip("0")


_DAYS_IN = {"month": (28.0, 31.0), "year": (365.0, 366.0)}
"""The fewest and most days of a month and of a year: a span told in them is the average, give or take the rest as
rounding."""


def _in_one_calendar_unit(ca: Claim, cb: Claim) -> tuple[Claim, Claim]:
    """Two spans of time told in different calendar units, each in the finer one, so that they can be compared: years
    as months ("two years" and "18 months"); months and years as the seconds that days and weeks are kept in, each
    month 28 to 31 days ("six months" and "six weeks", "a year" and "52 weeks"). Ages are left as they are ("a
    14-month-old" is a one-year-old), and so is any other pair."""
    units = (ca.quantity.unit, cb.quantity.unit)
    if (
        ca.kind is not Kind.DURATION
        or cb.kind is not Kind.DURATION
        or units[0] == units[1]
        or not set(units) <= {"s", "month", "year"}
        or "age" in (ca.subject, cb.subject)
    ):
        return ca, cb
    finer = "s" if "s" in units else "month"
    return _calendar_span(ca, finer), _calendar_span(cb, finer)


def _calendar_span(claim: Claim, unit: str) -> Claim:
    q = claim.quantity
    if q.unit == unit or q.unit is None:
        return claim
    if unit == "month":  # years as months: twelve to a year, exactly (3.333333 years, as read, are 40 months)
        low, high, nominal = (None if v is None else round(v * 12, 3) for v in (q.low, q.high, q.nominal))
        tolerance = q.tolerance * 12
    else:  # an average month or year, give or take the rest of its days as rounding
        fewest, most = _DAYS_IN[q.unit]
        day = (fewest + most) / 2 * 86400
        low, high, nominal = (None if v is None else v * day for v in (q.low, q.high, q.nominal))
        spread = max(abs(v) for v in (q.low, q.high, q.nominal, 1.0) if v is not None)
        tolerance = q.tolerance * day + spread * (most - fewest) / 2 * 86400
    update = {"low": low, "high": high, "nominal": nominal, "unit": unit, "tolerance": tolerance, "converted": True}
    return claim.model_copy(update={"quantity": q.model_copy(update=update)})


_LEVELS_SET = frozenset({"target", "capacity"})
"""Modes of a level set for a figure to reach or stay within, never the figure itself: a threshold, a capacity."""


def _plausible_pair(
    ca: Claim,
    sa: Sentence,
    cb: Claim,
    sb: Sentence,
    overlap: int,
    background: set[str] | frozenset[str] = frozenset(),
    conversions: set[str] | frozenset[str] = frozenset(),
    sole_in_mode: bool = False,
    modes: Mapping[str, str] | None = None,
) -> bool:
    """Guard strict pairs that nothing but kind and unit connects: their sizes must be within a factor of 2.5 (or
    share their digits: "$2.5 million" vs "$25 million"), and where a sentence holds several figures of one kind
    (vote shares of two candidates, a main shock and an aftershock; not a figure and its conversion in brackets) the
    words around them must agree. ``sole_in_mode``: each is its sentence's only figure of its kind in a mode both
    share (see :func:`_sole_in_mode`), as a term asked for beside the term given. A figure in another mode than the
    claim's that sets a level (:data:`_LEVELS_SET`; ``modes``, see :func:`claim_modes`) does not make a sentence hold
    several: "just below the 5% threshold on 4.9%" gives one share."""
    if ca.kind is Kind.DURATION:
        if ca.subject == cb.subject and ca.subject in ("prison term", "minimum term"):
            holder_a, holder_b = _term_holder(sa, ca), _term_holder(sb, cb)
            if holder_a and holder_b:
                # "electrician Ufuk Sarı ... received eight years and four months" and "Electrician Ufuk Sari
                # received four years and eight months": one person's term, however many others' the sentences give;
                # "Serap Koç received 18 years" is another's
                return any(_same_name(x, y) for x in holder_a for y in holder_b)
        if ca.subject == "age":
            # Ages of different people often sit in linked sentences ("the driver, 34" and "a passenger, 61"): the
            # two sentences must give as many ages, and the two ages must be close (a misreported age is off by a
            # year or two).
            person_a, person_b = _person(sa, ca), _person(sb, cb)
            if _full_name(person_a) and _full_name(person_a) == _full_name(person_b):
                # one person named in full in both, however many other ages the sentences give: a close age or a slip
                # of the digits ("Maria Delgado, 34" and "Maria Delgado, a 43-year-old nurse"); not "John Smith, 45,
                # of Leeds" and "John Smith, 71, of Bristol"
                return abs(_magnitude(ca) - _magnitude(cb)) <= 3 or _digit_slip(ca, cb)
            role_a, role_b = _role(sa, ca), _role(sb, cb)
            if role_a and role_a == role_b and not (person_a and person_b):
                # "The driver, 34," and "the 43-year-old driver": one person, by the one role both give
                return abs(_magnitude(ca) - _magnitude(cb)) <= 3 or _digit_slip(ca, cb)
            if len(_same_kind(ca, sa, background)) != len(_same_kind(cb, sb, background)):
                return False
            if not _same_person(person_a, person_b):
                return False  # "Dvonta Middlebrooks, 21" and "Lamonte Williams, 20": two people
            return abs(_magnitude(ca) - _magnitude(cb)) <= 3  # a surname alone may be a relative's
        small, large = sorted((_magnitude(ca), _magnitude(cb)))
        if overlap > 0:
            # spans of time ten times apart are two things: "more than five hours to put it out" and "the first
            # crews arrived six minutes after the call" (a fire in both)
            return small * 10 >= large
        # the one span of time each sentence gives, of a like size ("38 days of hearings" and "the trial, which
        # lasted 41 days": a misreport is seldom far off, two spans often are)
        single = sole_in_mode or (len(_same_kind(ca, sa, background)) == 1 and len(_same_kind(cb, sb, background)) == 1)
        # not "held for 12 hours" and "negotiating for eight hours"; but "13 hours" and "31 hours" is a slip
        return single and (small * 1.4 >= large or _keys_slipped(ca, cb))
    if ca.kind is Kind.COUNT and ca.predicate and ca.predicate == cb.predicate:
        return True
    if ca.quantity.nominal is not None and ca.quantity.nominal == cb.quantity.nominal and not _bare(ca):
        return True  # the same figure about the same thing: "Mogaka: 104,352 votes" and "Mogaka's 104,352"
    if not _bare(ca) and (_rounded_from(ca, cb) or _rounded_from(cb, ca)):
        return True  # "the net loss came to 357 billion won" and "Net loss ... was KRW 356.9 billion"
    if ca.subject == cb.subject == "votes":
        # A tally ("34 votes to 21", "passed 34-20"): for against for, against against, in the order written.
        votes_a = [c.id for c in sa.claims if c.subject == "votes"]
        votes_b = [c.id for c in sb.claims if c.subject == "votes"]
        if len(votes_a) == len(votes_b) == 2:
            return votes_a.index(ca.id) == votes_b.index(cb.id)
    if (_far_apart(ca, cb) and overlap < 3) or _hundredfold(ca, cb):
        return False  # far apart, with little said around them in common, or a hundredfold: different things
    modes = modes or {}
    ambiguous = any(
        len(
            [
                c
                for c in _same_kind(claim, sentence, background)
                if c.id not in conversions
                and not (modes.get(c.id) in _LEVELS_SET and modes.get(c.id) != modes.get(claim.id))
            ]
        )
        > 1
        for claim, sentence in ((ca, sa), (cb, sb))
    )
    # the only figure of a mode both share in each sentence ("six of them in a serious condition" and "seven were
    # hospitalised in a serious condition", beside the count of all taken to hospital) is the one to set against it
    return not ambiguous or overlap > 0 or sole_in_mode


def _rounded_from(coarse: Claim, fine: Claim) -> bool:
    """The coarser figure, of three significant digits or more, is the finer one rounded ("357 billion" and "356.9
    billion", "14.8 trillion" and "14.82 trillion"): one figure, reported to two precisions, so however many others
    each sentence gives, these two are about the same thing."""
    a, b = coarse.quantity, fine.quantity
    if a.hedge is not Hedge.EXACT or b.hedge is not Hedge.EXACT or not a.tolerance or a.nominal is None:
        return False
    if b.nominal is None or a.nominal == b.nominal or b.tolerance >= a.tolerance:
        return False
    step = 2 * a.tolerance  # the tolerance is half the step the figure was rounded to
    return abs(a.nominal) >= 100 * step * 0.999 and abs(a.nominal - b.nominal) <= a.tolerance


_FRACTION_WORDS = re.compile(
    r"(?i)\b(?:half|thirds?|quarters?|fifths?|tenths?|(?:one|two|three|four|five|six|seven|eight|nine)\s+in\s+(?:every\s+)?"
    r"(?:three|four|five|six|seven|eight|nine|ten))\b"
)
"""A share told as a fraction in words: "half", "a third", "three quarters", "four in five"."""


def _threshold_pair(a: Claim, b: Claim) -> bool:
    """One is a bound told as a fraction in words ("fewer than half", "more than a third") and the other an exact
    percentage: the fraction is a threshold the writer chose (see :func:`_fraction_bound_holds`), so an exact
    percentage is first set against another sentence's exact percentage ("Turnout was 48.6 percent" and "Turnout was
    46.8%, which means that fewer than half ... bothered")."""
    for bound, exact in ((a, b), (b, a)):
        q = bound.quantity
        if (
            bound.kind is Kind.PERCENT
            and exact.kind is Kind.PERCENT
            and exact.quantity.hedge is Hedge.EXACT
            and q.hedge in (Hedge.LOWER, Hedge.UPPER)
            and _FRACTION_WORDS.search(bound.text)
        ):
            return True
    return False


def _fraction_bound_holds(bound: Claim, exact: Claim) -> bool:
    """A bound told as a fraction in words ("more than a third", "fewer than half") and an exact percentage inside
    it ("37 per cent", "46.27%"): the fraction is a threshold the writer chose, not the figure rounded, so the two
    agree however far apart."""
    q, e = bound.quantity, exact.quantity
    if bound.kind is not Kind.PERCENT or exact.kind is not Kind.PERCENT or e.hedge is not Hedge.EXACT:
        return False
    if q.unit != "%" or e.unit != "%" or "point" in bound.text.lower():
        return False  # "more than half a percentage point" is a change, not a share
    if q.hedge not in (Hedge.LOWER, Hedge.UPPER) or not _FRACTION_WORDS.search(bound.text) or e.nominal is None:
        return False
    return _fits(e.nominal, q)


def _sole_counts(ca: Claim, sa: Sentence, cb: Claim, sb: Sentence, background: set[str] | frozenset[str]) -> bool:
    """Each claim is its linked sentence's only count, of today, and the two are within a factor of two: "attendances
    for heat illness totalled 8,412" and "more than 8,000 people went to emergency departments" count one thing,
    though only one of them names it, before a tally verb (see :data:`_TALLIED`; not "3,000 were on duty" and "about
    5,000 fans travelled")."""
    if ca.kind is not Kind.COUNT or cb.kind is not Kind.COUNT:
        return False
    if _same_kind(ca, sa, background) != [ca] or _same_kind(cb, sb, background) != [cb]:
        return False
    small, large = sorted((_magnitude(ca), _magnitude(cb)))
    if small * 2 < large:
        return False
    untallied = any(_bare(claim) and not _tallied(sentence, claim) for claim, sentence in ((ca, sa), (cb, sb)))
    # "3,000 were on duty", "employs 4,500": what the figure counts is not said, unless both clauses name something
    # in common before their figures
    return not untallied or bool(_named_before(sa, ca) & _named_before(sb, cb))


def _tallied(sentence: Sentence, claim: Claim) -> bool:
    """A tally verb stands right before the figure (see :data:`_TALLIED`)."""
    at = claim.start - sentence.start
    return _TALLIED.search(sentence.text, max(0, at - 30), at) is not None


_TALLIED = re.compile(
    r"(?i)\b(?:totall?ed|totall?ing|numbered|stood\s+at|stands\s+at|reached|came\s+to|amounted\s+to|topped|"
    r"(?:rose|risen|climbed|jumped|increased|fell|dropped)\s+to)\s+(?:about\s+|around\s+|some\s+|nearly\s+|"
    r"almost\s+|more\s+than\s+|over\s+)?$"
)
"""A tally verb right before a count, whose noun is then named before the verb: "Blank votes totalled 187,412",
"attendances for heat illness numbered 8,412"."""


def _sole_in_mode(ca: Claim, sa: Sentence, cb: Claim, sb: Sentence, modes: Mapping[str, str]) -> bool:
    """Each claim is its sentence's only figure of its kind, unit and mode."""
    mode = modes.get(ca.id)

    def alone(claim: Claim, sentence: Sentence) -> bool:
        return [
            c for c in sentence.claims
            if c.kind is claim.kind and c.quantity.unit == claim.quantity.unit and modes.get(c.id) == mode
        ] == [claim]

    return alone(ca, sa) and alone(cb, sb)


def _unambiguous(ca: Claim, sa: Sentence, cb: Claim, sb: Sentence, used_a: set[str], used_b: set[str]) -> bool:
    """A loose pairing is trusted only when each sentence has a single unpaired figure of that kind and unit."""
    same_a = [c for c in sa.claims if c.kind is ca.kind and c.quantity.unit == ca.quantity.unit and c.id not in used_a]
    same_b = [c for c in sb.claims if c.kind is cb.kind and c.quantity.unit == cb.quantity.unit and c.id not in used_b]
    return len(same_a) == 1 and len(same_b) == 1


def _label(claim: Claim) -> str:
    parts = [p for p in (claim.subject, claim.predicate) if p]
    if parts:
        return " ".join(parts)
    if claim.kind is Kind.MEASURE:
        return _MEASURE_LABELS.get(claim.quantity.unit or "", "measure")
    return {Kind.MONEY: "amount", Kind.PERCENT: "percentage", Kind.TIME: "time of day"}.get(claim.kind, "figure")


_MEASURE_LABELS = {
    "°C": "temperature",
    "m": "length",
    "m2": "area",
    "L": "volume",
    "kg": "weight",
    "m/s": "speed",
    "m³/s": "flow",
    "W": "power",
    "Wh": "energy",
    "ppm": "concentration",
    "µg": "concentration",
    "B": "data",
    "magnitude": "magnitude",
}
"""What a measure with nothing said of it is, by its unit: a conflict of two temperatures is one of "temperature"."""


def _rate_text(rate: float) -> str:
    """An exchange rate to three significant figures, in plain digits: 1,450; 0.000688."""
    digits = max(0, 2 - math.floor(math.log10(rate))) if rate > 0 else 0
    return f"{rate:,.{digits}f}"


def _side(source: Source, claim: Claim, parts: tuple[Claim, ...] = (), written: str | None = None) -> str:
    """One side of a conflict's ``why``: who says what, as written (``written`` overrides the claim's own text:
    "down 1.2%" where the direction is the conflict)."""
    cited = f", citing {claim.attribution}" if claim.attribution else ""
    if len(parts) >= 2 and (total := _sum(parts)) is not None:
        # The figures with the word after the last one: "178 passengers and 23 crew", "two women and one man"; or
        # with what the last is of: "23 charges of cheating and six of money laundering".
        tail = source.text[parts[-1].end :]
        after = _OF_KIND.match(tail) if len({p.subject for p in parts}) == 1 else None  # "six of money laundering"
        after = after or re.match(r"\s+[^\W\d_][\w-]*", tail)
        written = source.text[parts[0].start : parts[-1].end] + (after.group() if after else "")
        return f'{source.label} ({source.id}{cited}) says "{written}" ({total.nominal:g} in all)'
    return f'{source.label} ({source.id}{cited}) says "{written or claim.text}"'


_CLEARLY_STRONGER = 0.5
"""How much higher a link's log-odds must be for its agreeing figure to tell that another link's differing one is about
something else (see :func:`_agrees_elsewhere`)."""


def _log_odds(score: float) -> float:
    score = min(max(score, 1e-6), 1 - 1e-6)
    return math.log(score / (1 - score))


def _agrees_elsewhere(
    claim: Claim,
    sentence: Sentence,
    other: Sentence,
    other_source: str,
    partners: Mapping[tuple[str, str], Mapping[str, float]],
    sentences: Mapping[str, Sentence],
    modes: Mapping[str, str],
) -> bool:
    """Another sentence of ``other``'s source, linked with ``sentence`` clearly more strongly than ``other`` is (see
    :data:`_CLEARLY_STRONGER`), gives a figure of the same thing, in the same mode, that agrees with ``claim``: that
    sentence reports the fact, and ``other`` tells of something else that reads alike (the winds at landfall and six
    hours later, one fund's payment and another's). The same thing: a count of the same subject, or a figure whose
    clause names something in common before it (see :func:`_named_before`: "maximum sustained winds of 140 mph"
    twice; not "the jobless rate fell to 4.2%" and "wages rose 4.2%", which agree only in the number). Two links
    about as strong leave the conflict standing: "Revenue rose 5.4%" is linked alike with "Order intake grew 5.4 per
    cent" and "Revenue grew 5.2 per cent"."""
    linked = partners.get((sentence.id, other_source), {})
    score = linked.get(other.id, 0.0)
    words: set[str] | None = None  # what the claim's clause names, read only when a stronger link is found
    for sentence_id, other_score in linked.items():
        if sentence_id == other.id or _log_odds(other_score) < _log_odds(score) + _CLEARLY_STRONGER:
            continue
        candidates = sentences[sentence_id]
        for candidate in candidates.claims:
            if (
                modes.get(candidate.id) == modes.get(claim.id)
                and comparable(claim, candidate)
                and classify(claim.quantity, candidate.quantity) is None
                and (
                    (claim.kind is Kind.COUNT and claim.subject is not None)
                    or bool((words := words or _named_before(sentence, claim)) & _named_before(candidates, candidate))
                )
            ):
                return True
    return False


def _named_before(sentence: Sentence, claim: Claim) -> set[str]:
    """What the clause of a figure names before it, as stems and concepts, without the words of a rise or a fall:
    "the jobless rate fell to 4.2%" names the jobless rate, "wages rose 4.2%" wages."""
    at = claim.start - sentence.start
    window = sentence.text[_clause_start(sentence.text, at) : at]
    stems = {stem_of(w) for w in _WORD.findall(window) if w.lower() not in _CONTEXT_STOP}
    return stems - _CHANGE_CONCEPTS


_CHANGE_CONCEPTS = frozenset({"§increase", "§decrease"})


_Found = tuple[Severity, Claim, Claim, str, str, tuple[Claim, ...]]


def _strongest_report(found: list[_Found], partners: Mapping[tuple[str, str], Mapping[str, float]]) -> list[_Found]:
    """Where one figure conflicts with figures of several sentences of one other source, the sentence linked with
    its own clearly more strongly than the others (see :data:`_CLEARLY_STRONGER`) is that source's report of it;
    conflicts with the others, the figures of other things that read alike, are dropped."""
    strength: dict[tuple[str, str], float] = {}
    for _severity, ca, cb, src_a, src_b, _group in found:
        for claim, other, other_source in ((ca, cb, src_b), (cb, ca, src_a)):
            sentence, other_sentence = claim.id.rsplit(".", 1)[0], other.id.rsplit(".", 1)[0]
            score = _log_odds(partners.get((sentence, other_source), {}).get(other_sentence, 0.0))
            key = (claim.id, other_source)
            strength[key] = max(strength.get(key, float("-inf")), score)
    kept = []
    for f in found:
        _severity, ca, cb, src_a, src_b, _group = f
        sa, sb = ca.id.rsplit(".", 1)[0], cb.id.rsplit(".", 1)[0]
        bar = _log_odds(partners.get((sa, src_b), {}).get(sb, 0.0)) + _CLEARLY_STRONGER
        if bar <= strength[(ca.id, src_b)] or bar <= strength[(cb.id, src_a)]:
            continue
        kept.append(f)
    return kept


def _sole_happenings(
    sources: Mapping[str, Source],
    partners: Mapping[tuple[str, str], Mapping[str, float]],
    background: set[str] | frozenset[str],
    modes: Mapping[str, str],
    readings: dict[str, _Reading],
    rates: Rates,
    seen: set[tuple[str, str]],
) -> list[_Found]:
    """Conflicts between the only sentence of each of two sources that counts people something happened to (killed,
    injured, missing, rescued...), today and not as a forecast or a capacity, where the two are not linked: "Three
    people have died as a result of the fire" and "A wildfire ... has killed at least five people" give the toll in
    few shared words. Only figures within a factor of two, paired by the same rules as linked sentences (see
    :func:`_pair_claims`); ``partners``, ``readings`` and ``seen`` are :func:`find_conflicts`'s, the last two filled
    in here too."""
    stating: dict[str, dict[str, set[str]]] = {}
    by_sentence: dict[str, Sentence] = {}
    for source_id, source in sources.items():
        by_predicate: dict[str, set[str]] = defaultdict(set)
        for sentence in source.sentences:
            for claim in sentence.claims:
                if (
                    claim.kind is Kind.COUNT
                    and claim.predicate in HAPPENS_TO_PEOPLE
                    and counted_class(claim.subject, claim.predicate) == "people"
                    and claim.id not in background
                    and modes.get(claim.id) is None
                ):
                    by_predicate[claim.predicate].add(sentence.id)
                    by_sentence[sentence.id] = sentence
        stating[source_id] = by_predicate
    found: list[_Found] = []
    for x, y in combinations(list(sources), 2):
        for predicate, here in stating[x].items():
            there = stating[y].get(predicate, set())
            if len(here) != 1 or len(there) != 1:
                continue
            sa, sb = by_sentence[next(iter(here))], by_sentence[next(iter(there))]
            if sb.id in partners.get((sa.id, y), {}):
                continue  # compared as linked sentences already
            pair_readings = (_read(readings, sa), _read(readings, sb))
            for ca, cb, severity, group in _pair_claims(sa, sb, background, modes, pair_readings, rates):
                if severity is None or (ca.id, cb.id) in seen or ca.predicate != predicate or cb.predicate != predicate:
                    continue
                if any(_some_of_a_toll(c, r) for c, r in ((ca, pair_readings[0]), (cb, pair_readings[1]))):
                    continue  # "two of the victims were in critical condition", "Two were pronounced dead at the scene"
                if _magnitude(ca) * 2 < _magnitude(cb) or _magnitude(cb) * 2 < _magnitude(ca):
                    continue  # with so few words in common, figures this far apart may count two things
                seen.add((ca.id, cb.id))
                found.append((severity, ca, cb, x, y, group))
    return found


def _some_of_a_toll(claim: Claim, reading: _Reading) -> bool:
    """The count is some of the people an event befell, not its toll: a part named after the toll ("two of the
    victims"), one place's or one moment's figure ("at the scene"), or a group of a breakdown (see :func:`_part`,
    :func:`_local`, :func:`_breakdown`)."""
    return claim.id in reading.victim_parts or claim.id in reading.local or claim.id in reading.parts


class Prepared(NamedTuple):
    """What :func:`find_conflicts` reads of the sources before it needs the links (see :func:`prepare_conflicts`)."""

    background: set[str]
    """The claims about earlier events (see :func:`background_claims`)."""
    readings: dict[str, _Reading]
    """What the pairing needs to know of each sentence with claims, by sentence id."""


def prepare_conflicts(sources: Iterable[Source]) -> Prepared:
    """Read what :func:`find_conflicts` needs of ``sources`` before it needs the links, for every sentence with claims,
    linked or not: :mod:`engine.compare` works it out in a second process while the aligner runs."""
    sources = list(sources)
    sentences = [sentence for source in sources for sentence in source.sentences]
    return Prepared(
        background=background_claims(sentences, [source.date for source in sources]),
        readings={sentence.id: _reading(sentence) for sentence in sentences if sentence.claims},
    )


def find_conflicts(
    sources: Iterable[Source],
    links: Iterable[Link],
    *,
    modes: Mapping[str, str] | None = None,
    prepared: Prepared | None = None,
) -> list[Conflict]:
    """Find conflicting figures between the linked sentences of different sources, and between the only sentences of
    two sources that count people something happened to (see :func:`_sole_happenings`); ``modes`` are the claims' modes
    (see :func:`claim_modes`) and ``prepared`` what :func:`prepare_conflicts` read of the same sources, each worked
    out here unless given.

    Returns:
        Conflicts, contradictions first, then in the order of the first source's text; ids ``C1``, ``C2``...
    """
    by_id = {s.id: s for s in sources}
    order = {sid: k for k, sid in enumerate(by_id)}
    sentences = {sentence.id: sentence for source in by_id.values() for sentence in source.sentences}
    if prepared is None:
        background = background_claims(sentences.values(), [source.date for source in by_id.values()])
    else:
        background = prepared.background
    if modes is None:
        modes = claim_modes(sentences.values())
    rates = exchange_rates(sentences.values())
    seen: set[tuple[str, str]] = set()
    found: list[_Found] = []
    # per sentence id, worked out once (all of them already, when prepared)
    readings: dict[str, _Reading] = dict(prepared.readings) if prepared is not None else {}

    links = list(links)
    partners: dict[tuple[str, str], dict[str, float]] = defaultdict(dict)
    """For a sentence and another source: the sentences of that source linked with it, with the link's score."""
    for link in links:
        for ma, mb in permutations(link.members, 2):
            if ma.source != mb.source:
                known = partners[(ma.sentence, mb.source)]
                known[mb.sentence] = max(known.get(mb.sentence, 0.0), link.score)
    for link in links:
        for ma, mb in combinations(link.members, 2):
            if ma.source == mb.source:
                continue
            if order[ma.source] > order[mb.source]:
                ma, mb = mb, ma
            sa = sentences[ma.sentence]
            sb = sentences[mb.sentence]
            if not sa.claims or not sb.claims:
                continue  # nothing to compare: no reading needed
            pair_readings = (_read(readings, sa), _read(readings, sb))
            for ca, cb, severity, group in _pair_claims(sa, sb, background, modes, pair_readings, rates):
                if severity is None or (ca.id, cb.id) in seen:
                    continue
                if _agrees_elsewhere(ca, sa, sb, mb.source, partners, sentences, modes) or _agrees_elsewhere(
                    cb, sb, sa, ma.source, partners, sentences, modes
                ):
                    continue
                seen.add((ca.id, cb.id))
                found.append((severity, ca, cb, ma.source, mb.source, group))
    found += _sole_happenings(by_id, partners, background, modes, readings, rates, seen)
    found = _strongest_report(found, partners)
    found.sort(key=lambda f: (f[0] is not Severity.CONTRADICTION, order[f[3]], f[1].start, order[f[4]], f[2].start))
    conflicts = []
    for k, (severity, ca, cb, src_a, src_b, group) in enumerate(found):
        verdict = "cannot both be true" if severity is Severity.CONTRADICTION else "compatible only through hedges"
        role_a = readings[ca.id.rsplit(".", 1)[0]].roles.get(ca.id)
        role_b = readings[cb.id.rsplit(".", 1)[0]].roles.get(cb.id)
        written_a: str | None = None
        written_b: str | None = None
        if role_a and role_b and _opposite(role_a, role_b):
            written_a, written_b = role_a.written, role_b.written  # the direction is the conflict: show its words
        side_a = _side(by_id[src_a], ca, group if ca in group else (), written_a)
        side_b = _side(by_id[src_b], cb, group if cb in group else (), written_b)
        # a sum of parts is about the total's subject; a figure with no noun takes the other's ("120", "150 passengers")
        label = _label(cb if ca in group or (ca.subject is None and cb.subject) else ca)
        why = f"{label}: {side_a}; {side_b}; {verdict}"
        # a sum converted at the articles' own rate (see _in_one_currency) carries the other's unit: name the rate
        for claim in (ca, cb):
            written = next((c for c in sentences[claim.id.rsplit(".", 1)[0]].claims if c.id == claim.id), claim)
            unit = claim.quantity.unit
            if claim.kind is not Kind.MONEY or not written.quantity.unit or not unit or written.quantity.unit == unit:
                continue
            rate = rates.get((written.quantity.unit, unit))
            if rate is not None and claim.quantity.nominal != written.quantity.nominal:
                why += f" (at the articles' own rate, 1 {written.quantity.unit} = {_rate_text(rate)} {unit})"
            else:  # the same sum, its "$" read as the other's dollar (see _local_dollar)
                why += f' ("{claim.text}" read as {unit}, the dollar of the other report)'
        conflicts.append(
            Conflict(
                id=f"C{k + 1}",
                severity=severity,
                members=(
                    ClaimRef(source=src_a, sentence=ca.id.rsplit(".", 1)[0], claim=ca.id),
                    ClaimRef(source=src_b, sentence=cb.id.rsplit(".", 1)[0], claim=cb.id),
                ),
                why=why,
                subject=label,
            )
        )
    return conflicts
