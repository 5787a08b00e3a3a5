"""The words the engine compares sentences by: stop words, light suffix stripping, and the news concept groups and
lexicon that make words outlets use for one thing ("blast" and "explosion", "gun" and "firearm") one stem.

Shared by the aligner (sentence similarity) and the conflict finder (the words around a figure).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from engine.claims import _PREDICATES

__all__ = ["STOP_WORDS", "join_phrases", "stem_of"]

STOP_WORDS = frozenset(
    """a an the of to in on at for from by with and or but as is are was were be been being has have had will would
    could should can may might must that this these those it its their his her they he she we who whom which what
    than then there here after before into over about said says say told also more most some such not no nor so
    very just only other any all each both few many much own same up down out off again further once during
    while when where why how our ours you your i me my them him us one two three four five six seven eight nine
    ten eleven twelve twenty thirty forty fifty hundred hundreds thousand thousands million millions billion dozen
    dozens least nearly almost around approximately roughly per cent percent according since until because if
    however though although yet still even well including among across through against between under within
    without toward towards upon via do does did done being get got made make its it's mr mrs ms""".split()
)
_SUFFIXES = ("ations", "ation", "ating", "ated", "ates", "ings", "ing", "ies", "ied", "edly", "ed", "es", "ly", "s")


# News-domain concept groups: words outlets use interchangeably for one thing. A general vocabulary resource,
# kept small and common; each word maps to the group's first word.
_CONCEPT_GROUPS = """
explosion blast blasts explosions exploded explode detonation detonated
earthquake quake quakes tremor tremors temblor earthquakes
fire fires blaze blazes flames inferno wildfire wildfires bushfire
flood floods flooding floodwater floodwaters inundated deluge
storm storms hurricane typhoon cyclone tempest
rain rainfall downpour downpours showers
wind winds gusts gust gale gales
rescuers rescuer rescue rescues responders lifeguards
evacuate evacuated evacuation evacuations evacuees evacuating flee fled fleeing
police officers cops constabulary gendarmes
hospital hospitals clinic infirmary
investigators investigation investigators inquiry probe investigating inspectors
judge court courtroom tribunal
sentenced sentence jailed imprisoned jail prison
guilty convicted conviction
fraud scam swindle ponzi
protest protests protesters protestors demonstration demonstrations demonstrators rally rallies march marches
    marchers marched
strike strikes walkout walkouts stoppage
vote votes voted ballot ballots poll polls voting voters electorate
won win wins victory elected winner victorious
company firm group business operator owner corporation
building buildings house houses home homes dwellings properties apartment apartments flats residences
children child kids pupils schoolchildren youngsters
residents locals inhabitants citizens townspeople villagers
doctors medics paramedics physicians clinicians
missing unaccounted
miners workers employees staff crew
government authorities officials ministry administration
price prices cost costs
increase increased rise rose rising risen climbed climb jumped jump grew growth up higher
decrease decreased fall fell falling fallen dropped drop declined decline lower down slipped
inflation
unemployment jobless joblessness
profit profits earnings
revenue revenues sales turnover
shares stock stocks
bank lender lenders
rate rates
aftershock aftershocks
train trains railway rail locomotive
carriages carriage cars coaches wagons railcar railcars
derailed derailment derail
mourning mourn mourners
sirens siren alarm alarms
outbreak epidemic cluster
cases infections diagnosed
vaccine vaccines vaccination vaccinations jab jabs doses inoculation
toll
spokesman spokeswoman spokesperson representative
minister secretary
magnitude
mine pit colliery
tunnel shaft gallery
survivors survivor
ambulance ambulances
street streets road roads
capital city town
morning dawn daybreak
night overnight
""".strip().splitlines()
_CONCEPT_GROUPS = "\n".join(_CONCEPT_GROUPS).replace("\n    ", " ").splitlines()  # indented lines continue a group
_CONCEPTS = {word: "§" + words.split()[0] for words in _CONCEPT_GROUPS for word in words.split()}


def _load_synonyms() -> dict[str, str]:
    """The broad news lexicon (engine/data/news_synonyms.txt): one group of interchangeable words per line.

    Its groups add to the concept groups above, which win where both list a word, and then take in the group's
    other words ("workforce" joins "staff" and "workers"); predicates and stop words keep their own handling. Each
    other word maps to its group's first word, marked "§§".
    """
    text = resources.files("engine").joinpath("data", "news_synonyms.txt").read_text(encoding="utf-8")
    out: dict[str, str] = {}
    for line in text.splitlines():
        words = line.split()
        if not words or words[0].startswith("#"):
            continue
        known = [_CONCEPTS[word] for word in words if word in _CONCEPTS]
        stem = known[0] if known else "§§" + words[0]
        for word in words:
            if word not in _CONCEPTS and word not in _PREDICATES and word not in STOP_WORDS:
                out[word] = stem
    return out


_CONCEPTS.update(_load_synonyms())


@lru_cache(maxsize=1 << 16)
def stem_of(word: str) -> str:
    """A word's stem: its concept ("§explosion"), its predicate ("§killed"), or the word without a common suffix."""
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if word in _PREDICATES:
        return "§" + _PREDICATES[word]
    if word in _CONCEPTS:
        return _CONCEPTS[word]
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


# Idioms outlets use for one event word: each phrase stands for the word after the colon, which the lexicon above
# already knows. Only phrases with one news sense are listed: "set off" (an alarm, a bomb or a journey), "fell in"
# ("prices fell in May"), "walked out" (of a building) and "put off" (by the price) are left out.
_PHRASES = """
left the rails|came off the rails|came off the tracks|jumped the tracks|went off the rails|left the tracks: derailed
gave way|caved in: collapsed
burst its banks|broke its banks|burst their banks|broke their banks|overflowed its banks: flooded
caught fire|burst into flames|went up in flames|was engulfed in flames|were engulfed in flames: fire
put out the fire|put out the blaze|brought under control|brought the fire under control: extinguished
called off: cancelled
stepped down|step down|steps down|stepping down: resigned
found guilty|was found guilty|were found guilty: convicted
put behind bars: jailed
behind bars: prison
industrial action: strike
lost their lives|lost his life|lost her life|lost its life: died
opened fire|open fire|opens fire|opening fire: shooting
set fire to|set alight|set on fire: arson
went missing|gone missing|goes missing: missing
pulled from the water|pulled from the rubble|pulled alive from: rescued
downed tools|staged a walkout: strike
took to the streets|take to the streets|taking to the streets: protest
handed himself in|handed herself in|turned himself in|turned herself in|gave himself up|gave herself up: surrendered
ran into the back of|ploughed into|plowed into|slammed into|smashed into|crashed into|rammed into: collided
made landfall|came ashore|crossed the coast|hit the coast|struck the coast: landfall
laid off|lay off|lays off|laying off: layoffs
took part|take part|takes part|taking part|taken part: participated
""".strip().splitlines()
_PHRASE_WORD = {phrase: line.split(":")[1].strip() for line in _PHRASES for phrase in line.split(":")[0].split("|")}
_BY_FIRST_WORD: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _phrase, _word in sorted(_PHRASE_WORD.items(), key=lambda item: -len(item[0].split())):
    _first, *_rest = _phrase.split()
    _BY_FIRST_WORD.setdefault(_first, []).append((tuple(_rest), _word))


def join_phrases(words: list[str]) -> list[str]:
    """``words`` with each news idiom replaced by the event word it stands for (["left", "the", "rails"] by
    ["derailed"]), so that stemming makes the two meet. Longer idioms win."""
    starts = [k for k, w in enumerate(words) if w.lower() in _BY_FIRST_WORD]
    if not starts:
        return words  # no idiom can start here: most sentences
    out: list[str] = words[: starts[0]]
    k = starts[0]
    while k < len(words):
        for rest, word in _BY_FIRST_WORD.get(words[k].lower(), ()):
            end = k + 1 + len(rest)
            if tuple(w.lower() for w in words[k + 1 : end]) == rest:
                out.append(word)
                k = end
                break
        else:
            out.append(words[k])
            k += 1
    return out
