"""Sorts the lines of an article into body text, metadata and page interface.

Journalists paste articles copied from web pages: the copy carries section labels, bylines glued to reading times,
share bars, audio players, comment boxes and "more in" lists. No list of known strings can keep up with new sites,
so every rule here is about the *shape* of a line:

- **prose**: a line with sentence structure (final punctuation and several words, or a long run of lower-case
  words with function words) is body text, unless it addresses the reader about the page itself ("Comments are
  moderated", "Sign up for our newsletter"), which the interface score catches;
- **metadata**: a headline (a short line without a final stop before the body starts), a byline ("By Jane Doe",
  "Jane Doe 3 min read"), a date line, a photo caption or credit ("(Photo by ...)", "Image: Reuters");
- **interface**: everything else without sentence structure, and the tail of the page once a comments, related
  or "more in" section begins in the last part of the document;
- **repeats**: a line already seen (a headline printed twice) is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from engine.sentences import END_MARK, split_sentences

__all__ = ["WIRE_DATELINE", "Classified", "classify", "interface_score", "is_prose"]

_WORD = re.compile(r"[^\W\d_][\w'’-]*|\d[\d,.]*")
_FUNCTION_WORDS = frozenset(
    """a an the of to in on at for from by with and or but as is are was were be been being has have had
    will would could should can may might that this these those it its their his her they he she we who which
    than after before into over about said says not no more most some""".split()
)
_TERMINAL = re.compile(r"[.!?…:;][\"'”’)\]]*\s*$|[\"”]\s*$")

_WEAK_UI = frozenset(
    """share shares shared sharing tweet facebook twitter whatsapp linkedin telegram reddit pinterest instagram
    email print copy link comment comments commenting reply replies login logout signin signup register
    subscribe subscribed subscription subscriptions newsletter newsletters cookie cookies consent accept reject
    preferences privacy policy terms conditions advertisement advertisements advertising advert sponsored
    skip menu search home listen audio play pause click tap download app apps follow related recommended
    trending popular watch video videos gallery podcast podcasts characters moderated approval guidelines
    notifications bookmark bookmarks premium paywall copyright rights reserved contact careers advertise
    editions javascript browser loading unsubscribe inbox account password username settings feedback
    sitemap rss toggle expand collapse close open next previous prev""".split()
)
_PAGE_ONLY = frozenset(
    """tweet facebook twitter whatsapp linkedin telegram reddit pinterest instagram email login logout signin signup
    subscribe subscribed subscription subscriptions newsletter newsletters cookie cookies consent preferences privacy
    advertisement advertisements advertising advert sponsored menu podcast podcasts moderated notifications bookmark
    bookmarks paywall copyright javascript browser unsubscribe inbox password username sitemap rss""".split()
)
"""Words of the interface that news sentences seldom use; the rest of :data:`_WEAK_UI` (search, home, play, pause,
follow, close, next, shares...) they often do."""
_STRONG_UI: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (key, re.compile(pattern, re.IGNORECASE))
    for key, pattern in (
        # (a word every match contains, in lower case; the phrase): a phrase is only tried on lines holding its
        # word, since one pattern of every phrase tried at every position was the slowest step of reading a page.
        ("sign", r"\bsign\s+(?:in|up|out)\b"),
        ("log", r"\blog\s*(?:in|out)\b"),
        ("subscribe", r"\bsubscribe\s+(?:to|for|now|today)\b"),
        ("newsletter", r"\bour\s+newsletter\b"),
        ("inbox", r"\byour\s+inbox\b"),
        ("cookie", r"\bcookies?\b.*\b(?:use|accept|settings|policy)\b"),
        ("cookie", r"\b(?:use|uses|using|store|stores|set|sets|place|places)\s+cookies\b"),
        ("click", r"\bclick\s+(?:here|play|to)\b"),
        ("tap", r"\btap\s+(?:here|to)\b"),
        ("reserved", r"\ball\s+rights\s+reserved\b"),
        ("©", r"©"),
        ("(c)", r"\(c\)\s*\d{4}"),
        ("privacy", r"\bprivacy\s+(?:policy|notice)\b"),
        ("terms", r"\bterms\s+(?:of\s+(?:use|service)|and\s+conditions)\b"),
        ("read", r"\bread\s+more\b"),
        ("download", r"\bdownload\s+(?:our|the)\s+app\b"),
        ("follow", r"\bfollow\s+us\b"),
        ("share", r"\bshare\s+(?:this|via)\b|\bshare\s+on\s+(?:facebook|twitter|x|whatsapp|linkedin|email|social)\b"),
        ("character", r"\bcharacters?\s+(?:remaining|left)\b"),
        ("read", r"\bmin(?:ute)?s?\s+read\b"),
        ("reading", r"\breading\s+time\b"),
        ("javascript", r"\benable\s+javascript\b"),
        ("browser", r"\byour\s+browser\b"),
        ("comment", r"\bcomments?\s+(?:are|is)\s+(?:closed|moderated|open)\b"),
        ("leave", r"\bleave\s+a\s+(?:comment|reply)\b"),
        ("join", r"\bjoin\s+the\s+(?:conversation|discussion)\b"),
        ("back", r"\bback\s+to\s+top\b"),
        ("skip", r"\bskip\s+to\b"),
        ("new", r"\bopens?\s+in\s+(?:a\s+)?new\s+(?:window|tab)\b"),
        ("sponsored", r"\bsponsored\s+content\b"),
        ("feedback", r"\bad\s+feedback\b"),
        ("report", r"\breport\s+(?:this\s+)?(?:comment|abuse)\b"),
        ("flag", r"\bflag\s+(?:this\s+)?(?:comment|abuse)\b"),
        ("journalism", r"\bsupport\s+(?:our|independent)\s+journalism\b"),
        ("unlimited", r"\bunlimited\s+access\b"),
        ("trial", r"\bfree\s+trial\b"),
        ("anytime", r"\bcancel\s+anytime\b"),
        ("subscriber", r"\balready\s+a\s+subscriber\b"),
        ("support", r"\b(?:please\s+)?support\s+us\b"),
        ("this", r"\b(?:reply\s+to|forward(?:ed)?)\s+this\s+(?:e-?mail|newsletter|message)\b"),
        ("for us", r"\b(?:have|got)\s+a\s+(?:story|(?:news\s+)?tip)\s+for\s+us\b"),
        ("gift", r"\bgift\s+(?:this|an?)\s+article\b|\b(?:this|the)\s+article\s+as\s+a\s+gift\b"),
    )
)
_BULLET = r"(?:[-*+•▪►‣◦–—]|\d{1,3}[.)])\s+"
"""A list item's marker: a bullet or a number ("- ", "• ", "2. ")."""
_IMPERATIVE_UI = re.compile(
    rf"(?i)^(?:{_BULLET})?(?:click|tap|share|follow|subscribe|sign|log|listen|download|join|leave|accept|manage|allow|continue|send|"
    r"register|enter|watch|read|get|save|copy|print|email|see|view|explore|discover|browse|try|start|upgrade|give|reply)\b"
)
_SECOND_PERSON = re.compile(r"(?i)\b(?:you|your|yours)\b")
_REPORTED = re.compile(
    r"\b(?:said|says|told|urged|asked|announced|added|warned|according\s+to|reported|confirmed|advised|appealed)\b"
)
"""A reporting verb: the line tells what someone in the news said or asked, not what the page offers."""
_WE_OPENING = re.compile(r"\s*(?:We|Our|WE|OUR)\b")

_CREDIT = re.compile(
    r"""(?ix)
    [(\[](?:photo|photograph|image|picture|pictured|video|illustration)s?\b[^()\[\]]*[)\]]\s*$
    | ^[(\[]?\s*(?:photo|image|picture|video)s?\s*:.*\bcredit\s*:
    | ^(?:photo|photograph|image|picture|illustration|graphic|credit|source|video)s?\s*(?:by|credit)?\s*[:|/-]
    | ^(?:image|photo|video|media)\s+(?:caption|source)\s*[,:]
      \s*\S.{0,80}$
    | ^\(?(?:AP|AFP|Reuters|Getty|EPA|Xinhua|PA|Shutterstock)\b[^.]{0,60}(?:photo|images?|pictures?|via\b)[^.]{0,60}\)?$
    | \b(?:getty\s+images|shutterstock|ap\s+photo|afp\s+via|epa-efe|reuters/)[^.]{0,60}\)?\s*$
    """
)
_TRAILING_CREDIT = re.compile(
    r"(?i)[.!?]\s+(?:photograph|photo|picture|image|illustration|credit)\s*:\s*[^.!?:]{2,80}$"
)
_CAPTION_MAX = 250
"""The longest line taken for a caption by the photographer at its end: a paragraph that ends with a link ("...
Photos: Mass shooting at the club") is article text."""


def _is_credit(line: str) -> bool:
    """A photo credit, or a caption that ends in its photographer ("... at a depot in Sheffield. Photograph: Tom
    Ashby/The Northern Ledger")."""
    return bool(_CREDIT.search(line) or (len(line) <= _CAPTION_MAX and _TRAILING_CREDIT.search(line)))


_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE_LINE = re.compile(
    rf"""(?ix)^
    (?:(?:published|updated|posted|last\s+updated|first\s+published|date|dated|modified|issued|released)
       \s*(?:on|at)?\s*:?\s*)?
    (?:\d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\.?)?\s*(?:[a-z]{{2,4}}\b)?\s*[,·|•–—-]?\s*)?
    (?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*)?
    (?:
        \d{{4}}-\d{{2}}-\d{{2}}(?:[t\s]\d{{1,2}}:\d{{2}}(?::\d{{2}})?\S*)?
      | {_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}
      | \d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}
      | \d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}
      | \d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago
      | (?:published|updated|posted)
    )
    (?:\s*[,·|•–—-]?\s*(?:at\s+)?\d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\.?)?\s*[a-z]{{0,4}})?
    (?:\s*[,·|•–—-]\s*(?:updated|published)\b.*)?\s*$"""
)
_DATE_IN_LINE = re.compile(
    rf"(?i)\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|"
    rf"\d{{4}}-\d{{2}}-\d{{2}})\b"
)
"""A full date anywhere in a line of the page's head."""
_CALENDAR_DAY = re.compile(rf"(?i)\b{_MONTH}(?:\s|$)|\d{{4}}|\d{{1,2}}/\d{{1,2}}/")
_AFTER_DATE = re.compile(r"(?i)\s*[,·|•–—-]\s*(?:last\s+)?(?:updated|published)\b.*$")
"""The second date of "16:42, 14 November 2025 | Updated: 19:05, 14 November 2025": the first is the story's."""
_DATE_WORDS = re.compile(
    r"(?i)^(?:(?:last|first)\s+)?(?:published|updated|posted|date|dated|issued|released)\s*(?:on|at)?\s*:?\s*"
)
"""The words before a date on its own line: "Last updated:", "Issued"."""
_DATE_PREFIX = re.compile(r"(?i)^\s*(?:date|published|updated)\s*:?\s*(\d{4}-\d{2}-\d{2})\b\s*")
_BY = re.compile(r"(?i)^(?:by|written\s+by|words\s+by|reporting\s+by|story\s+by|author|authors)\s*:?\s+\S")
_READ_TIME = re.compile(r"(?i)\d+\s*min(?:ute)?s?\s*read")
_TRAILER = re.compile(
    r"""(?ix)^\W*(?:
        comments?\b(?!\s+(?:from|by|of)\b) | discussion\b | \d+\s+comments?\b | leave\s+a\s+(?:comment|reply)
      | join\s+the\s+(?:conversation|discussion)
      | related\b | more\s+(?:in|from|on|stories|news)\b | most\s+(?:read|popular|viewed|shared)\b | recommended\b
      | you\s+(?:may|might)\s+also\s+like | read\s+(?:next|more)\b | trending\b | also\s+on\b | top\s+stories\b
      | latest\s+(?:news|stories)\b | what\s+to\s+read\s+next | around\s+the\s+web | promoted\s+stories
    )"""
)
_RELEASE_END = re.compile(r"(?i)^\s*(?:#\s*#\s*#|-\s*30\s*-|-*\s*ends\s*-*|\*\s*\*\s*\*)\s*$")
"""The mark a press release ends with ("###", "-30-", "ENDS")."""
_RELEASE_SECTION = re.compile(
    r"(?i)^\W*(?:notes?\s+(?:to|for)\s+editors?|forward[- ]looking\s+statements?|safe\s+harbou?r(?:\s+statement)?|"
    r"cautionary\s+(?:note|statement)s?(?:\s+regarding\s+[\w -]+)?|media\s+(?:contacts?|enquiries|inquiries)|"
    r"press\s+(?:contacts?|enquiries|inquiries)|investor\s+(?:contacts?|relations))\W*$"
)
"""The headings of a press release's closing sections: notes to editors, the legal warning, whom to call."""
def _release_tail(text: str, lines: list[tuple[int, int, int]], i: int, prose: list[bool]) -> bool:
    """Line ``i`` begins a press release's closing matter: a closing section's heading (notes to editors,
    forward-looking statements, media contacts), or its end mark ("###", "-30-", "ENDS") when no more than two lines
    of prose follow it (a page may set updates above the release they follow, each closed by "###"). "About <the
    issuer>" stays: what the issuer says of itself (its staff, its sites) other reports may give too."""
    line = text[lines[i][0] : lines[i][1]]
    if _RELEASE_SECTION.match(line):
        return True
    return bool(_RELEASE_END.match(line)) and sum(prose[i + 1 :]) <= 2


_EDITORIAL = re.compile(
    r"(?i)^\W*(?:corrections?\s*(?:\(|:|appended)|clarifications?\s*(?:\(|:)|editor['’]?s\s+note\b|"
    r"this\s+(?:article|story|report|piece)\s+(?:was|has\s+been)\s+(?:amended|updated|corrected|changed)\b|"
    r"an\s+earlier\s+version\s+of\s+this\s+(?:article|story|report)\b|"
    r"\(?(?:additional\s+)?(?:reporting|writing)\s+by\s+[^;)]{2,80};\s*(?:editing|edited)\s+by\b)"
)
"""The outlet's notes about the article itself, not its news: a correction ("Correction: An earlier version of this
story gave the toll as 512"), an editor's note, "This article was amended on ...", a wire's "Reporting by ...;
editing by ..."."""
_CAPTION_ALONE = re.compile(r"(?i)\s*(?:image|photo|video|media)\s+caption\s*[,:]?\s*$")
"""A broadcaster's "Image caption," on a line of its own, over the caption."""
_COMMENTS_HEADING = re.compile(r"(?i)^\W*comments?\W*$")
_STATEMENT = re.compile(
    r"(?i)(?:commenting\s+on\b[^\n]{0,200}|[^\n:]{0,150}\b(?:chair|chairman|chairwoman|chief|ceo|president|"
    r"director|managing|head|minister|secretary|spokes\w+|founder|partner|governor|officer)\b[^\n:]{0,100})"
    r"\b(?:said|says|commented|added)\s*:\s*[\"“]|"
    r"[\"“][^\n]{10,400}?[,.!?][\"”]\s+(?:said|says|added)\s+[^\n]{0,60}\b(?:chair|chairman|chairwoman|chief|"
    r"ceo|president|director|head|minister|secretary|spokes\w+|founder|governor|officer|executive|manager)\b"
)
"""An officer's statement ("Commenting on the Acquisition, Margaret Ellery, Chair of Brackwater, said: "...";
""Nobody likes paying more," said HCR chief executive Claire Whitford."), as a press release sets them under a
"Comments" heading."""
_RELATED = re.compile(
    r"(?ix)^\W*(?:don'?[’']?t\s+miss | see\s+also | also\s+read | must\s+read | editor'?[’']?s\s+picks? | popular\b"
    r" | in\s+case\s+you\s+missed | more\s+like\s+this | watch\b | listen\b | explore\b | topics\b"
    r" | further\s+reading | elsewhere\b | in\s+other\s+news | also\s+in\s+the\s+news | you\s+may\s+have\s+missed"
    r" | recommended\s+for\s+you | spotlight\b)"
)
"""Headings of a list of other stories ("DON'T MISS", "See also"), besides those that open a page's tail
(:data:`_TRAILER`)."""
_AGENCY_ALONE = re.compile(
    r"(?:Reuters|REUTERS|AFP|AP|Associated Press|Bloomberg(?: News)?|Xinhua|Kyodo(?: News)?|Yonhap|dpa|EFE|ANSA|TASS|"
    r"PTI|ANI|IANS|Bernama|Antara|UPI)"
)
"""A news agency's name alone on a line, under the headline."""
_WIRE_END = re.compile(rf"(?i)\(?(?:{END_MARK}|end)\)?")
"""A wire's or a press release's end mark: "Enditem", "ENDS", "###", "-30-"."""
_INLINE_LINK = re.compile(
    r"(?i)^\W*(?:(?:read\s+more|related(?:\s+stor(?:y|ies))?|also\s+read|read\s+also|see\s+also|"
    r"more\s+on\s+this(?:\s+story)?|more\s+from\s+[\w&'’ -]{2,30}?)\s*[:|–—-]|"
    r"related\s+(?:content|coverage|articles?|links?|video))\s*\S+(?:\s+\S+){2,}"
)
"""A link to another story set between paragraphs ("Read more: Who is Carmen Aldous?"), not the heading of the
page's tail of related stories."""
_AGENCIES = re.compile(
    r"\((AP|AFP|Reuters|REUTERS|UPI|CNN|BBC|ABC News|NBC News|CBS News|Bloomberg|dpa|DPA|ANSA|EFE|Xinhua|TASS|PA|"
    r"Kyodo|Yonhap|ANI|PTI|IANS|Ukrinform|Interfax|Anadolu|Al Jazeera|CNA|KUNA|WAFA|Bernama|Antara|NTB)\)"
)
_AGENCY_BYLINE = re.compile(
    r"(?:^|[,|·•–—]\s*|\bfor\s+)(Associated Press|Reuters|Agence France-Presse|AFP|Bloomberg(?: News)?|"
    r"Press Association|PA Media|Xinhua|Kyodo News|Yonhap|Anadolu Agency|Press Trust of India|UPI|dpa|EFE|"
    r"ANSA|TASS|Interfax)\s*$"
)
"""A news agency closing a byline ("By Jane Doe, Reuters") or standing alone under the headline."""
_CAPS_WORD = re.compile(r"^[A-Z0-9][\w'’.&-]*$")


@dataclass(frozen=True)
class Classified:
    """The result of :func:`classify`."""

    blocks: tuple[tuple[int, int], ...]
    paragraphs: tuple[int, ...]
    title: str | None
    byline: str | None
    date: str | None
    outlet: str | None
    dropped: tuple[str, ...]


@lru_cache(maxsize=64)
def _words(line: str) -> tuple[str, ...]:
    """The words of a line. Cached: sorting a line asks for them three or four times in a row."""
    return tuple(_WORD.findall(line))


def interface_score(line: str, weak: bool = True) -> int:
    """Score how much ``line`` talks about the page rather than the news (0: not at all). With ``weak`` false, only
    phrases count, not single words such as "share" or "video"."""
    words = {w.lower() for w in _words(line)}
    score = len(words & _WEAK_UI) if weak else 0
    lowered = line.lower()
    for key, pattern in _STRONG_UI:
        if key in lowered:
            score += 2 * len(pattern.findall(line))
    if _SECOND_PERSON.search(line):
        score += 1
    if _IMPERATIVE_UI.match(line.strip()):
        score += 1
    return score


_COUNT_WORDS = frozenset(
    "two three four five six seven eight nine ten eleven twelve dozens hundreds nobody none".split()
)


def is_prose(line: str) -> bool:
    """Return True when ``line`` has the shape of running text rather than a label, menu or headline."""
    words = _words(line)
    if not words:
        return False
    lower = [w for w in words if w[0].islower()]
    function = sum(1 for w in words if w.lower() in _FUNCTION_WORDS)
    if _TERMINAL.search(line):
        if len(words) >= 4:
            return True
        # Very short lines with a stop: a quote ("We will rebuild."), a count ("Two members abstained.", "Miraculously,
        # nobody died.") or a label ("Published.").
        if len(words) == 3 and len(lower) >= 2 and any(w.lower() in _COUNT_WORDS or w[0].isdigit() for w in words):
            return True
        return len(words) >= 2 and len(lower) >= 1 and line.strip()[0] in "\"“'‘"
    # No final stop: long lower-case runs with function words are prose that lost its stop.
    return len(words) >= 12 and function >= 3 and len(lower) >= len(words) * 0.5


def _interface_ok(line: str) -> bool:
    """False when a line talks to the reader about the page: "Sign up for our newsletter", "Comments are closed";
    true for a paragraph that signs off a live blog around a fact ("That is where we will pause our live coverage for
    tonight. Mauritanian officials say the search will start again at dawn on Wednesday. Thank you for following."):
    the fact is news, and the sentences around it are left to the reader."""
    return _line_ok(line) or bool(
        _SENTENCE_STOP.search(line) and any(_reports_news(line[start:end]) for start, end in split_sentences(line))
    )


def _line_ok(line: str) -> bool:
    """The line taken whole (see :func:`_interface_ok`)."""
    words = len(_words(line))
    if words > 40 and len(_SENTENCE_STOP.findall(line)) >= 2:
        # A paragraph of several sentences mentions homes, shares and videos in passing: only phrases that address
        # the reader count, so an article pasted as one line is never dropped for such words.
        return interface_score(line, weak=False) < 4
    score = interface_score(line)
    if (
        words >= 8
        and _TERMINAL.search(line)
        and _REPORTED.search(line)
        and not _SECOND_PERSON.search(line)
        and not _WE_OPENING.match(line)
        and not _IMPERATIVE_UI.match(line.strip())
    ):
        # Someone in the news asked the public to share, sign up or follow: "Police asked residents to share videos
        # of the attack and to sign up for alerts", "The company said it would share details on Twitter".
        return True
    if (
        words >= 8
        and _TERMINAL.search(line)
        and interface_score(line, weak=False) == 0
        and not {w.lower() for w in _words(line)} & _PAGE_ONLY
    ):
        # A sentence that neither addresses the reader nor names the page's own furniture may name a search, a pause or
        # a home twice ("The heavy rain has forced rescue teams to pause the search at the mine"), and a long one
        # more ("agreement on the terms of a recommended cash acquisition ... per Share").
        return score < 3 + words // 20
    if (
        words >= 12
        and _TERMINAL.search(line)
        and _DIGIT.search(line)
        and interface_score(line, weak=False) == bool(_SECOND_PERSON.search(line))
        and not {w.lower() for w in _words(line)} & _PAGE_ONLY
        and not _IMPERATIVE_UI.match(line.strip())
    ):
        # A long sentence that gives a figure and talks to the reader only as a column does ("BNM kept the Overnight
        # Policy Rate at 2.75 per cent, so don't expect your home loan repayments to change"): news, not the page's
        return score < 4
    return not (score >= 3 or (score >= 2 and words <= 15))


_DIGIT = re.compile(r"\d")


_SENTENCE_STOP = re.compile(r"[a-z0-9%)\]\"”’'][.!?][\"”’']?\s+[A-Z\"“‘]")


def _reports_news(sentence: str) -> bool:
    """A sentence of a paragraph that tells news in the third person: a reporting verb ("officials say"), no word to
    the reader, no phrase about the page (a single word such as "search" may be news), eight words or more."""
    return (
        len(_words(sentence)) >= 8
        and bool(_REPORTED.search(sentence) or _SAY.search(sentence))
        and not _SECOND_PERSON.search(sentence)
        and not _WE_OPENING.match(sentence)
        and interface_score(sentence, weak=False) == 0
    )


_SAY = re.compile(r"\b(?:[a-z]+s|police|spokesm[ae]n|spokeswom[ae]n)\s+say\b", re.I)
"""People in the news who say something: "Mauritanian officials say", "witnesses say", "police say"."""


_HEADLINE_NOISE = re.compile(r"[|›»▶▲▼►•]|\b\d+[.,]\d+\b.*[▲▼]")
"""Menus, breadcrumbs and tickers ("FTSE 100 7,512.3 ▲"); a percentage alone is news ("growth revised up to 0.4%")."""


_RELEASE_NOTE = re.compile(
    r"(?i)\s*(?:embargoed\b|embargo\s*(?::|until\b|till\b|to\b|lifts?\b\s*\d)|under\s+embargo|"
    r"for\s+immediate\s+release|(?:media|press|news)\s+release\s*(?:[:|–—-]|$|\d|(?:issued|dated)\b)|"
    r"not\s+for\s+(?:publication|broadcast))"
)
"""A press release's handling note ("Embargoed until 12.01am AEDT, Monday 3 November 2025"), never its headline."""


def _headline_score(line: str) -> float:
    words = _words(line)
    if not 4 <= len(words) <= 25 or _HEADLINE_NOISE.search(line) or line.isupper():
        return 0.0
    if len(_MENU_GAP.findall(line)) >= 2:
        return 0.0  # a menu laid out with spaces: "Markets   Shipping   Commodities   Ports"
    if interface_score(line) >= 2 or _DATE_LINE.match(line) or _is_byline(line) or _is_credit(line):
        return 0.0
    if _RELEASE_NOTE.match(line):
        return 0.0
    date = _DATE_IN_LINE.search(line)
    if date and len(_words(_besides(line, date))) <= 3:
        return 0.0  # a dateline: "Dublin, 29 April 2025"
    if line.rstrip().endswith((".", "!")):
        return 0.0
    lower = sum(1 for w in words if w[0].islower())
    return 1.0 + min(len(words), 12) / 12 + (0.5 if lower else 0.0)


_MENU_GAP = re.compile(r"\S {3,}(?=\S)|\t")


def _besides(line: str, date: re.Match[str]) -> str:
    """The line without its date."""
    return line[: date.start()] + line[date.end() :]


def _dateline(line: str, date: re.Match[str]) -> bool:
    """The line is a dateline or a byline with its date ("Dublin, 29 April 2025", "By A | Outlet | 29 April 2025,
    17:48"), not a standfirst that names an earlier date ("The fire of 14 June 2017, seven years on")."""
    rest = _besides(line, date)
    return len(_words(rest)) <= 3 or bool(re.search(r"[|·•]|^\s*by\s", rest, re.IGNORECASE))


_LIST_MARKER = re.compile(rf"^\s*{_BULLET}")
_WRAP_END = re.compile(r"[.!?:;…\"”’)\]]\s*$")
_WRAP_MIN = 40
"""The shortest line taken for a hard-wrapped one: a wrapped paragraph's lines but its last run near its width."""
_WRAP_MAX = 100
"""The widest line a wrapped text has: wider lines are paragraphs written on one line."""


def _wrap_width(lines: list[str]) -> int | None:
    """The width a text was hard-wrapped at, when it was: the longest of its lines but the longest fifth, when most
    lines come close to it (a column of 30 to 100 characters) and hardly any runs past 100; ``None`` for a text
    written a paragraph to a line."""
    lengths = sorted(len(line.strip()) for line in lines if line.strip())
    if len(lengths) < 4 or sum(1 for n in lengths if n > _WRAP_MAX) > max(1, len(lengths) // 10):
        return None
    kept = [n for n in lengths if n <= _WRAP_MAX]
    width = kept[(len(kept) * 4) // 5]  # most wrapped lines come near it; a caption may run past it
    near = sum(1 for n in kept if 0.55 * width <= n <= width + 2)
    if width < 30 or near < max(3, len(lengths) * 2 // 5):
        return None
    return width


_RUNS_ON = re.compile(r"[,;:]\s*[\"”’]\s*$")
"""A quotation closed on a comma runs on into its attribution ('"We accept the findings in full,"')."""


_INLINE_FURNITURE = re.compile(
    r"(?im)^[ \t]*advertisement[ \t]+(?=[A-Z\"“‘])|(?<=[.!?])[ \t]+advertisement(?=[ \t]+[A-Z\"“‘])|"
    r"[ \t]*\(?\b(?:story|article)[ \t]+continues[ \t]+below\b"
    r"(?:[ \t]+(?:the[ \t]+)?advert(?:isement)?)?\.?\)?"
)
"""Page furniture run into a paragraph: "Advertisement" before its first word, "Story continues below"."""


def strip_inline_furniture(text: str) -> str:
    """The text without the page furniture run into its paragraphs (see :data:`_INLINE_FURNITURE`)."""
    return _INLINE_FURNITURE.sub("", text)


def unwrap(text: str) -> str:
    """Join the lines of hard-wrapped paragraphs ("... in April, according\nto figures from the regulator,"), as
    Markdown does and as a text copied from an e-mail, a terminal or a PDF needs. A line that ends mid-sentence (or
    on a quotation closed by a comma) runs on into the next when the next goes on in lower case, or when the text is
    hard-wrapped and the next line's first word would not have fitted on it; not the first line (a headline), nor
    into list items or bylines. Lines are 40 characters or more, or near the width of a narrower column. A word
    broken at its hyphen is written whole ("govern-\nment": "govern-ment")."""
    lines = text.split("\n")
    if len(lines) < 3:
        return text
    width = _wrap_width(lines)
    shortest = min(_WRAP_MIN, int(0.6 * width)) if width else _WRAP_MIN
    first = next((k for k, line in enumerate(lines) if line.strip()), 0)
    out = []
    for k, line in enumerate(lines):
        out.append(line)
        if k == len(lines) - 1:
            break
        here, after = line.strip(), lines[k + 1].strip()
        joins = (
            k > first
            and len(here) >= shortest
            and bool(after)
            and (not _WRAP_END.search(here) or bool(_RUNS_ON.search(here)))
            and not _LIST_MARKER.match(after)
            and not _BY.match(after)
            and (
                after[0].islower()
                or (width is not None and len(here) + 1 + len(after.split()[0]) > width - 2)
            )
        )
        if joins and re.search(r"[^\W\d_]-$", here) and after[0].islower():
            out[-1] = line.rstrip()  # "govern-" and "ment": one word
        else:
            out.append(" " if joins else "\n")
            continue
    return "".join(out)




WIRE_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z .'’-]{2,}(?:,[^-–—(/\n]{0,40})?)\s*"
    r"(?:\((?P<agency>[A-Z][^)\n]{1,40})\)|/(?P<release>[A-Z][\w ]{2,30})/)?\s*(?:[-–—]{1,2})\s"
)
"""A wire's dateline before its lede, with the agency in brackets or a release service between slashes: "SANTIAGO,
Oct 12 (Meridian News) - ", "NORFOLK, Va., Feb. 6, 2025 /PRNewswire/ -- "."""
_DATELINE_LEDE = re.compile(r"[A-Z][A-Z .'’-]{2,}(?:,[^-–—(\n]{0,40})?\s*(?:\([^)\n]{2,40}\))?\s*[-–—]\s")
"""A lede that opens with its dateline ("SANTIAGO (Reuters) - Four people were killed ..."): the body's first
sentence, whatever its stop."""


def _list_item(text: str, lines: list[tuple[int, int, int]], i: int, prose: list[bool], last_stated: int) -> bool:
    """A list item that states news without a final stop: the key points of a live blog or the highlights of a press
    release ("- Talks between unions and management are due to resume on Thursday", "- 14 remain missing"). Not a
    menu ("- World"), a page's own link ("- Sign up for alerts"), nor an item of a list headed as related stories
    or comments ("Most read", "More on this story"). ``last_stated`` is the index of the article's last line that
    states news in a sentence of its own, not in a list."""
    s, e, _ = lines[i]
    line = text[s:e]
    marker = _LIST_MARKER.match(line)
    if marker is None or _HEADLINE_NOISE.search(line, marker.end()) or not _interface_ok(line):
        return False  # (the noise is looked for after the marker: "• " is a bullet, as "- " is)
    if _INLINE_LINK.match(line[marker.end() :]):
        return False  # "► Related: Man's girlfriend-cousin testifies in Macomb Co. slaying": a link, not an item
    run = _list_run(text, lines, i)
    if len(run) == 1 and _LABELLED.match(line, marker.end()):
        return False  # an item alone, under a name and a colon, is a link to another story ("• Rochelle Riley: ...")
    if any(_INLINE_LINK.match(item[found.end() :]) for found, item in run):
        return False  # an item of a list holding "► Related: ...": a list of links
    words = _words(line[marker.end() :])
    lower = sum(1 for w in words if w[0].islower())
    function = sum(1 for w in words if w.lower() in _FUNCTION_WORDS)
    has_figure = any(w[0].isdigit() for w in words)
    k = _list_head(text, lines, i)
    head = "" if k is None else text[lines[k][0] : lines[k][1]]
    if has_figure and len(words) >= 2 and _KEY_POINTS.match(head):
        return True  # "## Key figures" over "- Firefighters injured: 112"
    if _LABEL_VALUE.match(line, marker.end()) and sum(bool(_FIGURE_ITEM.match(item, m.end())) for m, item in run) >= 2:
        return True  # "- Rating: EF-3 (preliminary)" over "- Estimated peak winds: 150 mph": one status list
    for pattern, least in _STATUS_ITEMS:
        # "- Flights cancelled: 112 (58 departures, 54 arrivals)", "- Deaths: 27 (Bajhang 21, Bajura 6)", "- Priya
        # Lowther (Labour) 14,212": a status list, a situation report's toll, a count's results
        if pattern.match(line, marker.end()) and sum(bool(pattern.match(item, m.end())) for m, item in run) >= least:
            return True
    if (
        has_figure
        and len(words) >= 3
        and k is not None
        and (k == last_stated or last_stated > i)
        and prose[k]
        and head.rstrip().endswith(":")
        and len(_words(head)) >= 4
        and not _about_the_page(head)
    ):
        return True  # "Seats are as follows:" over "- Daugava Union — 24.6%, 27 seats": the article's own figures
    if not (len(words) >= 5 and function >= 1 or len(words) >= 3 and has_figure) or lower < max(2, len(words) / 2):
        return False
    if k is None:
        return True
    if _KEY_POINTS.match(head):
        return True
    if has_figure and any(found.end() < len(item) and is_prose(item[found.end() :]) for found, item in run):
        return True  # an item beside others that state news in sentences: "- 38.2% to the closing price ...; and"
    if last_stated < i:
        return False  # a list after the article's last paragraph: other stories, unless headed as key points
    return prose[k] or not _about_the_page(head)


_FIGURE_ITEM = re.compile(r"[A-Z][\w'’-]*(?:\s+[\w'’()-]+){1,6}:\s+(?:about\s+|around\s+|some\s+|over\s+)?[$£€¥₹]?\d")
"""A list item that names a figure in two words or more, then gives it: "Flights cancelled: 112", "Passengers
affected: about 16,000" (not "Comments: 12")."""


_LABEL_VALUE = re.compile(r"[A-Z][\w'’-]*(?:\s+[\w'’()-]+){0,6}:\s+\S")
"""A list item that names a thing, then gives it: "Rating: EF-3 (preliminary)", "Status: contained"."""


_TOLL_ITEM = re.compile(
    r"(?i)(?:deaths|dead|killed|fatalities|casualties|injured|injuries|missing|displaced|evacuated|evacuees|rescued|"
    r"arrested|arrests|hospitali[sz]ed|affected|homeless)\s*:\s*(?:about\s+|around\s+|some\s+|over\s+|at\s+least\s+)?"
    r"\d"
)
"""A list item that gives a toll under one word: "Deaths: 27 (Bajhang 21, Bajura 6)", "Displaced: about 5,200
people"."""
_RESULT_ITEM = re.compile(
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,5}\s+\([^()]{2,50}\)\s*[:,–—-]?\s*\d[\d,.]*\s*"
    r"(?:%|per\s+cent|votes)?\s*$"
)
"""A list item that gives a candidate's or a party's result: "Priya Lowther (Labour) 14,212", "Daugava Union (DU)
24.6%"."""


_SEAT_ITEM = re.compile(
    r"[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,3}:\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}(?:\s+\([^()]{2,50}\))?,\s+"
    r"\d[\d,.]*\s*(?:%|per\s+cent|votes)(?:,\s+[a-z]+(?:\s+[a-z]+)?)?\s*$"
)
"""A list item that gives a seat's winner and result: "District 8: Rosalind Okafor (incumbent), 71.34%, elected"."""


_STATUS_ITEMS = ((_FIGURE_ITEM, 2), (_TOLL_ITEM, 2), (_RESULT_ITEM, 3), (_SEAT_ITEM, 3))
"""List items that give the article's own figures, each with how many of its kind its list must hold."""


def _list_head(text: str, lines: list[tuple[int, int, int]], i: int) -> int | None:
    """The index of the line that heads the list line ``i`` is an item of: the nearest line before it that is no list
    item; None when the list opens the text."""
    for k in range(i - 1, -1, -1):
        if not _LIST_MARKER.match(text[lines[k][0] : lines[k][1]]):
            return k
    return None


def _about_the_page(line: str) -> bool:
    """A line that heads other stories, comments or the page's own links ("Most read", "Related", "Sign up")."""
    return bool(_TRAILER.match(line) or _RELATED.match(line) or interface_score(line) > 0)


def _list_run(text: str, lines: list[tuple[int, int, int]], i: int) -> list[tuple[re.Match[str], str]]:
    """The list items next to one another that line ``i`` is one of, each with its marker's match."""
    run = []
    for step in (-1, 1):
        k = i if step == -1 else i + 1
        while 0 <= k < len(lines):
            item = text[lines[k][0] : lines[k][1]]
            found = _LIST_MARKER.match(item)
            if found is None:
                break
            run.append((found, item))
            k += step
    return run


_LABELLED = re.compile(r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}:\s")
"""A name or a label and a colon at the start of a line ("Rochelle Riley: ...", "Opinion: ...")."""
_KEY_POINTS = re.compile(
    r"(?i)^\W*(?:key\s+(?:points|facts|takeaways|figures|numbers|statistics|data)|at\s+a\s+glance|what\s+we\s+know|"
    r"highlights|summary|in\s+brief|main\s+points|quick\s+facts|the\s+latest|in\s+short|facts\s+and\s+figures|"
    r"(?:in|by)\s+(?:the\s+)?numbers|main\s+(?:figures|results)|(?:the\s+)?figures\s+at\s+a\s+glance)\b"
)


def _headline_over_prose(text: str, lines: list[tuple[int, int, int]], i: int, prose: list[bool]) -> bool:
    """A headline written as a sentence without its full stop, right above the body: "At least 12 killed as pilgrim
    bus falls into gorge in India's Himalayas" over "DEHRADUN, India, Sept 14 (GNS) - At least 12 people were
    killed ...". Body paragraphs end with a stop; the first line of the text, headline-shaped, without a stop and a
    paragraph of its own, followed by a paragraph that ends with one, is the headline. Not a list item, nor a line
    wrapped inside its paragraph, nor anything after a byline or another headline-shaped line (the headline came
    earlier)."""
    if i != 0 or len(lines) < 2 or not prose[1]:
        return False
    s, e, paragraph = lines[0]
    ns, ne, next_paragraph = lines[1]
    line = text[s:e]
    if paragraph == next_paragraph or _LIST_MARKER.match(line) or _TERMINAL.search(line):
        return False
    return _headline_score(line) > 0 and bool(_TERMINAL.search(text[ns:ne]))


def _headline_above_byline(text: str, lines: list[tuple[int, int, int]], i: int, prose: list[bool]) -> bool:
    """The first prose line is a headline: no stop at its end, headline-shaped, and the next line a byline or a
    date (or "Share ..."), before any more prose."""
    if i + 1 >= len(lines):
        return False
    s, e, _ = lines[i]
    line = text[s:e]
    if _TERMINAL.search(line) or _headline_score(line) == 0:
        return False
    ns, ne, _ = lines[i + 1]
    after = text[ns:ne]
    return not prose[i + 1] and bool(
        _is_byline(after)
        or _names_a_writer(after)
        or _DATE_LINE.match(after)
        or _DATE_IN_LINE.search(after)
        or interface_score(after) >= 2
        or (_CALENDAR.search(after) and len(_words(after)) <= 8)  # "Editorial staff | Tuesday, updated 21:12"
    )


def _pick_title(
    text: str, lines: list[tuple[int, int, int]], first_prose: int, prose: list[bool], captions: set[int]
) -> int | None:
    """The headline: the best headline-shaped line before the body starts, the latest on a tie."""
    best, best_score = None, 0.0
    for i in range(0, min(first_prose, len(lines))):
        if i in captions:
            continue
        s, e, _ = lines[i]
        score = _headline_score(text[s:e])
        if score and score >= best_score:
            best, best_score = i, score
    return best


def _is_byline(line: str) -> bool:
    stripped = line.strip()
    if _BY.match(stripped) and len(_words(stripped)) <= 14:
        return True
    if _READ_TIME.search(stripped) and len(_words(stripped)) <= 8:
        return True
    return False


MASTHEAD_WORDS = (
    "news|daily|times|post|herald|gazette|courier|tribune|journal|echo|radio|tv|television|press|record|ledger|"
    "observer|standard|mail|sun|mirror|telegraph|guardian|independent|chronicle|express|star|today|online|dispatch|"
    "wire|review|weekly|bulletin|sentinel|advertiser|examiner|inquirer|globe|register|monitor"
)
"""Words of publications' names ("RNT News", "Daily Courier"), as a regular-expression alternation."""
_MASTHEAD = re.compile(rf"(?i)\b(?:{MASTHEAD_WORDS}|report)\b")
"""A name above the headline that is the masthead ("RNT News", "The Harbour Report")."""
_CALENDAR = re.compile(rf"(?i)\b(?:{_MONTH}|(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday)(?:\b|$)|\d")


def _names_a_writer(line: str) -> bool:
    """A byline without "By": "Harriet Moss, Industry Editor", "Staff Reporter", "Hannah Cole Health correspondent"
    (the role in lower case after the name)."""
    words = [w.strip(",") for w in line.strip().split()]
    return (
        2 <= len(words) <= 6
        and len(line) <= 60
        and bool(words[0]) and _CAPS_WORD.match(words[0]) is not None
        and all(_CAPS_WORD.match(w) or _ROLE.fullmatch(w) for w in words if w)
    )


def _looks_like_name(line: str) -> bool:
    if _CALENDAR.search(line):
        return False
    words = line.strip().split()
    return 2 <= len(words) <= 4 and all(_CAPS_WORD.match(w) for w in words) and not _TERMINAL.search(line)


_NUMERIC_DATE = re.compile(r"\b\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})\b")
_BYLINE_TAIL = re.compile(
    rf"\s*[|·•]\s*(?=[^|·•]*(?:\b{_MONTH}\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d|\bupdated\b))", re.I
)
"""Where the date and time after a byline's names begin: "By Jane Doe | Tuesday, updated 21:12"."""


def _byline_date(line: str) -> str | None:
    """A date written in a byline: "By Jane Doe 02/03/2026 10:42", "By A | B | 29 April 2025, 17:48"."""
    found = _DATE_IN_LINE.search(line) or _NUMERIC_DATE.search(line)
    return found.group() if found else None


def _clean_byline(line: str) -> str:
    """The names of a byline, without "By", the reading time, or the date and time after them."""
    tail = _BYLINE_TAIL.search(line)
    if tail:
        line = line[: tail.start()]
    numeric = _NUMERIC_DATE.search(line)
    if numeric:
        line = line[: numeric.start()]
    line = _READ_TIME.sub("", line)
    line = re.sub(r"(?i)^(?:by|written\s+by|words\s+by|reporting\s+by|story\s+by|authors?)\s*:?\s+", "", line.strip())
    return re.sub(r"[\s|·•–—-]+$", "", line).strip() or line.strip()


_BYLINE_PARTS = re.compile(r"\s*[|·•]\s*|\s+[–—]\s+|,\s+")
_OUTLET_WORD = re.compile(
    rf"(?i)\b(?:{MASTHEAD_WORDS}|agency|network|media|magazine|broadcasting|argus|clarion|beacon|courant)\b"
)
"""Words that name a news outlet ("The Midlands Courier", "Western Mail Review"), not a person: the masthead words
and a few more."""


_ROLE = re.compile(
    r"(?i)\b(?:reporter|correspondent|editor|staff|writer|columnist|contributor|chief|producer|analyst|journalist|"
    r"photographer|bureau|desk)\b"
)
_ONLY_WHEN = re.compile(
    rf"(?i)^(?:[\d:./-]|{_MONTH}|(?:mon|tues|wednes|thurs|fri|satur|sun)day|[ap]\.?m\.?|gmt|bst|utc|cet|"
    r"updated|published|[\s,])+$"
)
"""A part of a byline that gives only when it was written: "24 Jul 2024", "18:05", "Tuesday". (One character of a
number at a time: a run of digits inside the repeated group backtracks without end on a long number.)"""


def _outlet_in_byline(byline: str, outlet: str | None) -> tuple[str, str | None]:
    """A byline without the outlet or the date and time written after its names, and that outlet: "Owen Pritchard |
    The Midlands Courier" is Owen Pritchard of The Midlands Courier; "Pieter van der Wal, 24 Jul 2024" is Pieter
    van der Wal; "Rhys Penhallow, Health Editor" and "Lucía Benet, Corvella Herald staff" keep their roles.
    ``outlet`` is the outlet already known: a part that names it again is left out."""
    parts = [p.strip() for p in _BYLINE_PARTS.split(byline) if p.strip()]
    if len(parts) < 2:
        return byline, None
    kept = [parts[0], *(p for p in parts[1:] if not _ONLY_WHEN.match(p))]
    named = next(
        (
            p
            for p in kept[1:]
            if _OUTLET_WORD.search(p) and not _ROLE.search(p) and len(p.split()) <= 6 and p[0].isupper()
            and not re.search(r"\d", p)
        ),
        None,
    )
    if named is not None and outlet is not None and named.lower() != outlet.lower():
        named = None  # another name than the masthead's: left in the byline
    return ", ".join(p for p in kept if p is not named), named


def classify(text: str, titled: bool = False, table_rows: frozenset[str] = frozenset()) -> Classified:
    """Sort the lines of ``text`` into body blocks, metadata and dropped interface lines.

    Args:
        text: Plain text (already extracted from HTML or Markdown).
        titled: The markup already gave the headline (an HTML ``<h1>`` or a Markdown heading): no line of ``text``
            is taken for it unless it looks like one by the usual rules.
        table_rows: Lines the reader wrote from the rows of a table of figures ("Norte: 12 deaths, 40 injured."):
            article text, however short.

    Returns:
        Body line ranges with their paragraph numbers, the metadata found, and the dropped lines.
    """
    lines: list[tuple[int, int, int]] = []  # (start, end, paragraph) of each non-blank line, stripped
    paragraph = 0
    pos = 0
    previous_blank = True
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            start = pos + lead
            lines.append((start, start + len(stripped), paragraph))
            previous_blank = False
        elif not previous_blank:
            paragraph += 1
            previous_blank = True
        pos += len(raw) + 1

    # Lines that carry a photo credit are captions: metadata, not body.
    captions = {i for i, (s, e, _) in enumerate(lines) if _is_credit(text[s:e])}
    # "Image caption," on a line of its own: the caption is the next line
    captions |= {i + 1 for i, (s, e, _) in enumerate(lines[:-1]) if _CAPTION_ALONE.match(text, s, e)}

    prose = [is_prose(text[s:e]) and _interface_ok(text[s:e]) for s, e, _ in lines]
    for i, (s, e, _) in enumerate(lines):
        line = text[s:e]
        if (
            _INLINE_LINK.match(line)
            or _WIRE_END.fullmatch(line.strip())
            or (line.isupper() and line.endswith(":"))
            or _EDITORIAL.match(line)
        ):
            prose[i] = False  # "Related: ...", "Enditem", "CHANGES WITH THIS ADVISORY:", "Correction: ..."
    stated = list(prose)  # before list items are decided: what the article states in its own sentences
    texts = [text[s:e] for s, e, _ in lines]
    listed = [bool(_LIST_MARKER.match(line)) for line in texts]
    last_stated = max((i for i, flag in enumerate(stated) if flag and not listed[i]), default=-1)
    prose = [
        _list_item(text, lines, i, stated, last_stated) if listed[i] and not _TERMINAL.search(line) else flag
        for i, (flag, line) in enumerate(zip(stated, texts, strict=True))
    ]
    if table_rows:
        prose = [flag or line in table_rows for flag, line in zip(prose, texts, strict=True)]
    first_prose = next(
        (
            i
            for i, flag in enumerate(prose)
            if flag and i not in captions and not (not titled and _headline_over_prose(text, lines, i, prose))
        ),
        len(lines),
    )
    title_index = _pick_title(text, lines, first_prose, prose, captions)

    def prose_from(start: int) -> int:
        """The first line of prose from ``start`` on, captions left out (``len(lines)`` when there is none)."""
        return next((i for i in range(start, len(lines)) if prose[i] and i not in captions), len(lines))

    if title_index is None and not titled and _headline_above_byline(text, lines, first_prose, prose):
        # "QUAKE HORROR: Brit hikers tell of terror as Morocco earthquake kills over 1,000" over "By Jack Renshaw":
        # long enough to read as prose that lost its stop, but a byline or a date follows it, not the body.
        title_index = first_prose
        prose[first_prose] = False
        first_prose = prose_from(first_prose + 1)
    elif (
        title_index is None
        and not titled
        and first_prose + 1 < len(lines)
        and not _TERMINAL.search(texts[first_prose])
        and _headline_score(texts[first_prose]) > 0
        and not _DATELINE_LEDE.match(text, lines[first_prose][0])
        and _headline_above_byline(text, lines, first_prose + 1, prose)
    ):
        # a headline and its standfirst, both without stops, over the byline: "Santos is paying the price for a decade
        # of ducking the automation question" / "The dock strike is about robots, not reais, ..." / "Camila Rezende"
        title_index = first_prose
        prose[first_prose] = prose[first_prose + 1] = False
        first_prose = prose_from(first_prose + 2)
    elif (
        (titled or title_index is not None)
        and first_prose < len(lines)
        and not _DATELINE_LEDE.match(text, lines[first_prose][0])
        and _headline_above_byline(text, lines, first_prose, prose)
    ):
        # A standfirst under the headline, over the byline: "Four dead and 120 homes gutted as 'fire tornado'
        # sweeps down on towns near Valparaíso" is the headline's second line, not the body's first sentence.
        prose[first_prose] = False
        first_prose = prose_from(first_prose + 1)
    # Where the trailing interface zone (comments, related stories...) starts: a marker line in the last 40%.
    total_chars = max(1, len(text))
    trailer_from = len(lines)
    for i, (s, e, _) in enumerate(lines):
        line = text[s:e]
        if i > first_prose and s > total_chars * 0.6 and _TRAILER.match(line) and not prose[i]:
            if _INLINE_LINK.match(line):
                continue  # "Read more: Who is Carmen Aldous?" between two paragraphs: one line, not the page's tail
            if _COMMENTS_HEADING.match(line) and i + 1 < len(lines) and _STATEMENT.match(text, lines[i + 1][0]):
                continue  # a press release's "Comments" heading over its officers' statements, not readers' comments
            trailer_from = i
            break
        if i > first_prose and s > total_chars * 0.5 and not prose[i] and _release_tail(text, lines, i, prose):
            trailer_from = i
            break

    title = byline = date = outlet = None
    blocks: list[tuple[int, int]] = []
    paragraphs: list[int] = []
    dropped: list[str] = []
    seen: set[str] = set()

    for i, (s, e, para) in enumerate(lines):
        line = text[s:e]
        key = re.sub(r"\W+", " ", line.lower()).strip()
        if i >= trailer_from:
            dropped.append(line)
            continue
        if i in captions:
            m = _DATE_PREFIX.match(line)
            if m and date is None:
                date = m.group(1)
            dropped.append(line)
            continue
        if key and key in seen:
            dropped.append(line)
            continue
        if key:
            seen.add(key)
        if i == title_index:
            title = line
            continue
        if prose[i]:
            m = _DATE_PREFIX.match(line)
            if m:
                date = date or m.group(1)
                s += m.end()
            if outlet is None and len(blocks) < 3:
                agency = _AGENCIES.search(text[s : min(e, s + 120)])
                if agency:
                    outlet = agency.group(1)
            blocks.append((s, e))
            paragraphs.append(para)
            continue
        # Not prose: metadata, a heading, or interface.
        if _DATE_LINE.match(line):
            if date is None and _CALENDAR_DAY.search(line):
                # a day of the calendar: "3 hours ago" or "Posted at 15:32" is no date once the page is saved
                date = _AFTER_DATE.sub("", _DATE_WORDS.sub("", line))
            dropped.append(line)
            continue
        if date is None and i < first_prose + 3 and (found := _DATE_IN_LINE.search(line)) and _dateline(line, found):
            date = found.group()  # a dateline or a byline with its date: "Dublin, 29 April 2025", "By A | B | 29 ..."
        if not prose[i] and is_prose(line):
            dropped.append(line)  # a sentence about the page itself ("Comments are moderated")
            continue
        if (
            title_index is not None
            and i < title_index
            and outlet is None
            and _looks_like_name(line)
            and _MASTHEAD.search(line)
        ):
            outlet = line  # a name above the headline is the masthead ("RNT News"), not the author
            dropped.append(line)
            continue
        if outlet is None and i < first_prose + 3 and _AGENCY_ALONE.fullmatch(line.strip()):
            outlet = line.strip()  # "Reuters" or "AFP" on a line of its own under the headline
            dropped.append(line)
            continue
        if _is_byline(line) or (
            i < first_prose + 3
            and byline is None
            and _looks_like_name(line)
            and not line.isupper()
            and (title_index is None or i > title_index)  # not a menu item above the headline ("Scotland Politics")
        ):
            agency = _AGENCY_BYLINE.search(line)
            if agency and outlet is None:
                outlet = agency.group(1)  # "By Jane Doe, Reuters", "Associated Press" on a line of its own
            if byline is None and not (agency and agency.start() == 0):
                byline = _clean_byline(line[: agency.start()] if agency else line) or None
                if byline is not None:
                    byline, named_outlet = _outlet_in_byline(byline, outlet)
                    outlet = outlet or named_outlet
            if date is None:
                date = _byline_date(line)
            dropped.append(line)
            continue
        if _is_credit(line):
            dropped.append(line)
            continue
        dropped.append(line)

    if blocks and (outlet is None or date is None):
        # the lede, or the paragraph after a standfirst kept as body
        wire = next((m for b in blocks[:2] if (m := WIRE_DATELINE.match(text, b[0], b[1]))), None)
        if wire is not None:
            # "SANTIAGO, Oct 12 (Meridian News) - ...", "NORFOLK, Va., Feb. 6, 2025 /PRNewswire/ -- ..."
            service = wire.group("agency") or wire.group("release")
            if outlet is None and service and not re.search(r"\d", service) and not _ONLY_WHEN.match(service):
                outlet = service.strip()
            found = _DATE_IN_LINE.search(wire.group("place"))
            if date is None and found is not None:
                date = found.group()
    return Classified(
        blocks=tuple(blocks),
        paragraphs=tuple(paragraphs),
        title=title,
        byline=byline,
        date=date,
        outlet=outlet,
        dropped=tuple(dropped),
    )
