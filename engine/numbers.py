"""Finds the numbers in a sentence and turns each into an interval with its kind and unit.

No library measured keeps hedges ("at least", "over", "nearly"), vague quantities ("hundreds", "dozens") and
ranges, and tells clock times, years, dates, durations, scores and phone numbers from counts; so this is a small
parser of our own over a token list, table-tested in ``tests/engine``.

The parser walks the tokens of a sentence and, at each place a number can start, reads in order:

1. a *numeral*: digits ("60,000", "1.21"), number words ("Twenty-three", "one hundred and five", "twelve
   thousand"), dozens ("a dozen", "two dozen", "half a dozen"), vague plurals ("dozens", "hundreds", "tens of
   thousands") and scale words or suffixes ("1.21 million", "$3bn", "£2.5m", "1.2m");
2. a *range* partner ("between 20 and 30", "20 to 30", "20-30", "three or four");
3. the *hedge* written before it ("at least", "more than", "nearly", "some"...) or after it ("or more", "-plus");
4. the *kind and unit* from what surrounds it: a currency, "%" or "per cent", a unit of measure, a unit of time,
   a month name (a date), "a.m."/"p.m." or "hh:mm" (a time), a bare year.

Numbers that are not quantities are skipped: ordinals ("the second fire", "3rd"), scores ("a 4-1 win"), phone
numbers, and numbers that are part of a name ("Boeing 737", "Route 66", "COVID-19", "G7", "No. 10").
The intervals each hedge gives are documented in :mod:`engine.models`.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

from engine.models import Hedge, Kind, Quantity

__all__ = ["Mention", "Token", "extract_quantities", "is_measure_unit", "significant_digits", "tokenize"]


def significant_digits(value: float) -> tuple[str, int]:
    """A value's significant digits and the power of ten of the last: 18,240 is ("1824", 1), 2.5 is ("25", -1), 25
    million is ("25", 6); to twelve digits, so that a scale's rounding error goes (34.8 trillion read as
    34,799,999,999,999.996 is ("348", 11))."""
    exact = Decimal(f"{abs(value):.12g}").normalize().as_tuple()
    return "".join(map(str, exact.digits)), int(exact.exponent)


class Token(NamedTuple):
    """A word, number or symbol of a sentence, with its offsets in the sentence."""

    text: str
    start: int
    end: int
    kind: str
    """``num``, ``word`` or ``sym``."""
    low: str
    """``text`` in lower case."""


@dataclass(frozen=True)
class Mention:
    """A number found in a sentence."""

    start: int
    """Offset of the figure's first character (its hedge, currency or first digit) in the sentence."""
    end: int
    """Offset after the figure's last character (its scale word or unit)."""
    kind: Kind
    quantity: Quantity
    qualifier: str | None
    first_token: int
    """Index of the figure's first token."""
    last_token: int
    """Index after the figure's last token."""
    number_end: int
    """Index after the numeral's last token (before any unit); the counted noun follows it."""


_TOKEN = re.compile(
    r"(?P<spaced>(?=\d)(?:(?<![\d.,])\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?![\d]|[.,]\d)"
    r"|(?<![\d.,'’])\d{1,3}(?:['’]\d{3})+(?![\d'’]|[.,]\d)))"
    r"|(?P<num>\d+(?:[.,]\d+)*)|(?P<word>[^\W\d_]+(?:['’][^\W\d_]+)*)|(?P<sym>\S)",
)
"""Tokens: a number grouped in threes by spaces ("2 317", "450 000", as many outlets and official releases write
it; read as "2,317") or by apostrophes, as Swiss releases write it ("1'150'932"), a number, a word, or a symbol."""
_GROUP_SPACE = re.compile(r"[ \u00a0\u2009\u202f'’]")


_new_token = tuple.__new__  # builds a Token without the Python-level __new__ of a NamedTuple: tokenizing is hot


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into number, word and symbol tokens with offsets. A hyphen between a number and its scale
    ("$2.5-million", "R84-million", "R1.3-billion", as some outlets write them) is no token: the scale is read as if
    a space stood there."""
    tokens = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        kind = m.lastgroup or "sym"
        if kind == "spaced":
            word = _GROUP_SPACE.sub(",", word)
            kind = "num"
        tokens.append(_new_token(Token, (word, m.start(), m.end(), kind, word.lower())))
    if "-" in text and _HYPHENED_SCALE.search(text):
        tokens = [
            t
            for k, t in enumerate(tokens)
            if not (
                t.text == "-"
                and 0 < k < len(tokens) - 1
                and tokens[k - 1].kind == "num"
                and _adjacent(tokens, k)
                and _adjacent(tokens, k + 1)
                and tokens[k + 1].low in _HYPHEN_SCALES
            )
        ]
    return tokens


_HYPHEN_SCALES = frozenset("million billion trillion bn mn lakh crore".split())
_HYPHENED_SCALE = re.compile(r"(?i)\d-(?:" + "|".join(sorted(_HYPHEN_SCALES)) + r")\b")


# --- lexicons ------------------------------------------------------------------------------------------------

_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}
_SUFFIX_SCALES = {
    "k": 1_000,
    "thousand": 1_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "mln": 1_000_000,
    "mil": 1_000_000,  # "RM35mil", as Malaysian and Philippine outlets write millions
    "million": 1_000_000,
    "millions": 1_000_000,
    "b": 1_000_000_000,
    "bn": 1_000_000_000,
    "bln": 1_000_000_000,
    "billion": 1_000_000_000,
    "billions": 1_000_000_000,
    "tn": 1_000_000_000_000,
    "trillion": 1_000_000_000_000,
    "lakh": 100_000,
    "lakhs": 100_000,
    "crore": 10_000_000,
    "crores": 10_000_000,
}
_VAGUE = {
    "dozens": (24, 99),
    "scores": (40, 99),
    "hundreds": (100, 999),
    "thousands": (1_000, 9_999),
    "millions": (1_000_000, 999_999_999),
    "billions": (1_000_000_000, 999_999_999_999),
}
_VAGUE_OF = {  # "tens of thousands" and the like
    ("tens", "thousands"): (10_000, 99_999),
    ("hundreds", "thousands"): (100_000, 999_999),
    ("tens", "millions"): (10_000_000, 99_999_999),
    ("hundreds", "millions"): (100_000_000, 999_999_999),
}

_CURRENCY_SYMBOLS = {
    "$": "USD",
    "£": "GBP",
    "€": "EUR",
    "¥": "JPY",
    "₹": "INR",
    "₴": "UAH",
    "₽": "RUB",
    "₩": "KRW",
    "₺": "TRY",
    "₦": "NGN",
    "₱": "PHP",
    "₵": "GHS",
    "৳": "BDT",
    "₫": "VND",
    "₸": "KZT",
    "₪": "ILS",
    "฿": "THB",
    "₭": "LAK",
    "₮": "MNT",
    "₡": "CRC",
    "₲": "PYG",
    "₼": "AZN",
    "₾": "GEL",
}
_CURRENCY_PREFIX_WORDS = {
    "us": "USD",
    "usd": "USD",
    "c": "CAD",
    "ca": "CAD",
    "cad": "CAD",
    "a": "AUD",
    "au": "AUD",
    "aud": "AUD",
    "nz": "NZD",
    "nzd": "NZD",
    "hk": "HKD",
    "hkd": "HKD",
    "s": "SGD",
    "sgd": "SGD",
    "gbp": "GBP",
    "eur": "EUR",
    "jpy": "JPY",
    "inr": "INR",
    "rs": "INR",
    "chf": "CHF",
    "cny": "CNY",
    "rmb": "CNY",
    "uah": "UAH",
    "rub": "RUB",
    "r": "ZAR",
    "zar": "ZAR",
    "mxn": "MXN",
    "brl": "BRL",
    "kes": "KES",
    "ngn": "NGN",
    "sek": "SEK",
    "nok": "NOK",
    "dkk": "DKK",
    "pln": "PLN",
    "try": "TRY",
    "krw": "KRW",
    "vnd": "VND",
    "idr": "IDR",
    "php": "PHP",
    "thb": "THB",
    "myr": "MYR",
    "pkr": "PKR",
    # ISO codes written before a sum, upper case only ("LKR 2.5 billion", "MAD 300 million"); not "AMD", "ALL", "TOP"
    "lkr": "LKR",
    "npr": "NPR",
    "mur": "MUR",
    "etb": "ETB",
    "mad": "MAD",
    "xof": "XOF",
    "xaf": "XAF",
    "zmw": "ZMW",
    "mzn": "MZN",
    "kzt": "KZT",
    "gel": "GEL",
    "uzs": "UZS",
    "mnt": "MNT",
    "khr": "KHR",
    "mmk": "MMK",
    "jod": "JOD",
    "kwd": "KWD",
    "qar": "QAR",
    "omr": "OMR",
    "bhd": "BHD",
    "iqd": "IQD",
    "lbp": "LBP",
    "tnd": "TND",
    "dzd": "DZD",
    "ron": "RON",
    "bgn": "BGN",
    "rsd": "RSD",
    "isk": "ISK",
    "pen": "PEN",
    "uyu": "UYU",
    "pyg": "PYG",
    "dop": "DOP",
    "gtq": "GTQ",
    "hnl": "HNL",
    "nio": "NIO",
    "jmd": "JMD",
    "rwf": "RWF",
    "cdf": "CDF",
    "mwk": "MWK",
    "aoa": "AOA",
    "nad": "NAD",
    "bwp": "BWP",
    "bdt": "BDT",
    "egp": "EGP",
    "aed": "AED",
    "sar": "SAR",
    "ils": "ILS",
    "ghs": "GHS",
    "ugx": "UGX",
    "tzs": "TZS",
    "cop": "COP",
    "clp": "CLP",
    "ars": "ARS",
    "huf": "HUF",
    "czk": "CZK",
    "twd": "TWD",
    "nt": "TWD",
    "mx": "MXN",
    "br": "BRL",
}
_CURRENCY_WORDS = {
    "dollar": "USD",
    "dollars": "USD",
    "pound": "GBP",
    "pounds": "GBP",
    "sterling": "GBP",
    "euro": "EUR",
    "euros": "EUR",
    "yen": "JPY",
    "rupee": "INR",
    "rupees": "INR",
    "hryvnia": "UAH",
    "hryvnias": "UAH",
    "hryvnas": "UAH",
    "rouble": "RUB",
    "roubles": "RUB",
    "ruble": "RUB",
    "rubles": "RUB",
    "yuan": "CNY",
    "renminbi": "CNY",
    "francs": "CHF",
    "franc": "CHF",
    "won": "KRW",
    "pesos": "MXN",
    "peso": "MXN",
    "rand": "ZAR",
    "naira": "NGN",
    "shillings": "KES",
    "shilling": "KES",
    "taka": "BDT",
    "rupiah": "IDR",
    "ringgit": "MYR",
    "baht": "THB",
    "dirhams": "AED",
    "riyals": "SAR",
    "shekels": "ILS",
    "kwacha": "ZMW",
    "cedis": "GHS",
    "lira": "TRY",
    "zloty": "PLN",
    "zlotys": "PLN",
    "zlotych": "PLN",
    "krona": "SEK",
    "kronur": "ISK",
    "liras": "TRY",
    "rands": "ZAR",
    "nairas": "NGN",
    "kwachas": "ZMW",
    "rupiahs": "IDR",
    "ringgits": "MYR",
    "bahts": "THB",
    "tenges": "KZT",
    "bolivianos": "BOB",
    "boliviano": "BOB",
    "ariary": "MGA",
    "dalasi": "GMD",
    "lempira": "HNL",  # written in small letters only: "Lempira" is also a department of Honduras
    "kronor": "SEK",
    "krone": "NOK",
    "kroner": "NOK",
    "reais": "BRL",
    "real": "BRL",
    "dong": "VND",
    "meticais": "MZN",
    "metical": "MZN",
    "kwanza": "AOA",
    "kwanzas": "AOA",
    "dalasis": "GMD",
    "kina": "PGK",
    "pula": "BWP",
    "takas": "BDT",
    "birr": "ETB",
    "cordobas": "NIO",
    "quetzales": "GTQ",
    "quetzal": "GTQ",
    "soles": "PEN",
    "forints": "HUF",
    "forint": "HUF",
    "koruna": "CZK",
    "korun": "CZK",
    "crowns": "CZK",  # a bare "crowns" is read as Czech until the articles say whose (see CURRENCY_FAMILIES)
    "tenge": "KZT",
    "tugrik": "MNT",
    "tugriks": "MNT",
    "togrog": "MNT",
    "tögrög": "MNT",
    "manat": "AZN",
    "lari": "GEL",
    "som": "KGS",
    "soms": "KGS",
    "lev": "BGN",
    "leva": "BGN",
    "lei": "RON",
    "zł": "PLN",  # the złoty's own sign, written after the sum: "16.4 billion zł", "2 100 zł"
    # currencies' names as their own languages spell them, which outlets keep: "222 billion złoty"
    "złoty": "PLN",
    "złotys": "PLN",
    "złotych": "PLN",
    "córdoba": "NIO",
    "córdobas": "NIO",
    "guaraní": "PYG",
    "guaraníes": "PYG",
    "bolívar": "VES",
    "bolívares": "VES",
    "colón": "CRC",
    "dinar": "DINAR",
    "dinars": "DINAR",
    "rial": "IRR",
    "rials": "IRR",
    "riyal": "SAR",
    "dirham": "AED",
    "shekel": "ILS",
    "cedi": "GHS",
    "kyat": "MMK",
    "kyats": "MMK",
    "riel": "KHR",
    "riels": "KHR",
    "afghani": "AFN",
    "afghanis": "AFN",
    "bolivars": "VES",
    "bolivares": "VES",
    "guaranies": "PYG",
    "colones": "CRC",
    "lempiras": "HNL",
    "leones": "SLE",
}
_CURRENCY_NATIONS = {
    "swiss": "CHF",
    "indian": "INR",
    "pakistani": "PKR",
    "nepalese": "NPR",
    "kenyan": "KES",
    "ugandan": "UGX",
    "tanzanian": "TZS",
    "nigerian": "NGN",
    "egyptian": "EGP",
    "mexican": "MXN",
    "philippine": "PHP",
    "turkish": "TRY",
    "brazilian": "BRL",
    "chinese": "CNY",
    "japanese": "JPY",
    "russian": "RUB",
    "ukrainian": "UAH",
    "south": "ZAR",
    "danish": "DKK",
    "swedish": "SEK",
    "norwegian": "NOK",
    "colombian": "COP",
    "chilean": "CLP",
    "argentine": "ARS",
    "argentinian": "ARS",
    "argentinean": "ARS",
    "uruguayan": "UYU",
    "dominican": "DOP",
    "cuban": "CUP",
    "filipino": "PHP",
    "taiwanese": "TWD",
    "taiwan": "TWD",
    "jamaican": "JMD",
    "namibian": "NAD",
    "liberian": "LRD",
    "fijian": "FJD",
    "bahamian": "BSD",
    "barbadian": "BBD",
    "guyanese": "GYD",
    "brunei": "BND",
    "canadian": "CAD",
    "australian": "AUD",
    "nepali": "NPR",
    "mauritian": "MUR",
    "cfa": "XOF",  # the West and Central African francs are pegged alike to the euro
    "comorian": "KMF",
    "congolese": "CDF",
    "rwandan": "RWF",
    "burundian": "BIF",
    "guinean": "GNF",
    "djiboutian": "DJF",
    "somali": "SOS",
    "iraqi": "IQD",
    "jordanian": "JOD",
    "kuwaiti": "KWD",
    "libyan": "LYD",
    "tunisian": "TND",
    "algerian": "DZD",
    "serbian": "RSD",
    "bahraini": "BHD",
    "moroccan": "MAD",
    "emirati": "AED",
    "uae": "AED",
    "saudi": "SAR",
    "qatari": "QAR",
    "omani": "OMR",
    "yemeni": "YER",
    "iranian": "IRR",
    "lebanese": "LBP",
    "sudanese": "SDG",
    "syrian": "SYP",
    "icelandic": "ISK",
    "belarusian": "BYN",
    "ghanaian": "GHS",
    "zambian": "ZMW",
    "malawian": "MWK",
    "romanian": "RON",
    "moldovan": "MDL",
    "bangladeshi": "BDT",
    "indonesian": "IDR",
    "malaysian": "MYR",
    "thai": "THB",
    "vietnamese": "VND",
    "korean": "KRW",
    "polish": "PLN",
    "hungarian": "HUF",
    "czech": "CZK",
    "peruvian": "PEN",
    "mozambican": "MZN",
    "angolan": "AOA",
    "ethiopian": "ETB",
    "kazakh": "KZT",
    "mongolian": "MNT",
    "georgian": "GEL",
    "bulgarian": "BGN",
    "israeli": "ILS",
    "british": "GBP",
    "kenya": "KES",
    "uganda": "UGX",
    "tanzania": "TZS",
    "guatemalan": "GTQ",
    "nicaraguan": "NIO",
    "honduran": "HNL",
    "paraguayan": "PYG",
    "venezuelan": "VES",
    "bolivian": "BOB",
    "haitian": "HTG",
    "gambian": "GMD",
    "cambodian": "KHR",
    "burmese": "MMK",
    "myanmar": "MMK",
    "lao": "LAK",
    "laotian": "LAK",
    "afghan": "AFN",
    "uzbek": "UZS",
    "kyrgyz": "KGS",
    "tajik": "TJS",
    "azerbaijani": "AZN",
    "armenian": "AMD",
    "albanian": "ALL",
    "macedonian": "MKD",
    "zimbabwean": "ZWL",
    "botswana": "BWP",
    "mauritanian": "MRU",
    "senegalese": "XOF",
    "ivorian": "XOF",
    "malian": "XOF",
    "cameroonian": "XAF",
    "gabonese": "XAF",
    "chadian": "XAF",
    "eritrean": "ERN",
    "malagasy": "MGA",
}
"""A nation before a currency's name: "Swiss francs", "Kenyan shillings", "Colombian pesos"."""
_CURRENCY_NATIONS_2 = {
    ("south", "african"): "ZAR",
    ("sri", "lankan"): "LKR",
    ("hong", "kong"): "HKD",
    ("new", "zealand"): "NZD",
    ("new", "taiwan"): "TWD",
    ("east", "caribbean"): "XCD",
    ("central", "african"): "XAF",
    ("west", "african"): "XOF",
    ("costa", "rican"): "CRC",
    ("south", "korean"): "KRW",
    ("north", "korean"): "KPW",
    ("saudi", "arabian"): "SAR",
    ("trinidad", "tobago"): "TTD",
}
"""A nation in two words before a currency's name: "Sri Lankan rupees", "Hong Kong dollars"."""
CURRENCY_FAMILIES: dict[str, frozenset[str]] = {
    "peso": frozenset("MXN COP CLP ARS UYU DOP CUP PHP".split()),
    "rupee": frozenset("INR PKR NPR LKR MUR".split()),
    "franc": frozenset("CHF XOF XAF KMF CDF RWF BIF GNF DJF".split()),
    "shilling": frozenset("KES UGX TZS SOS".split()),
    "dinar": frozenset("DINAR IQD JOD KWD LYD TND DZD RSD BHD".split()),
    "riyal": frozenset("SAR QAR OMR YER".split()),
    "krone": frozenset("NOK DKK".split()),
    "crown": frozenset("CZK SEK NOK DKK ISK".split()),
    "dirham": frozenset("AED MAD".split()),
}
"""Currencies that share a name: a bare "pesos" is read as Mexican pesos until the articles say whose. (Not pounds:
a bare "pounds" in English is sterling, whatever other pounds an article names.)"""
_FAMILY_OF_WORD = {
    "crowns": "crown",
    "peso": "peso",
    "pesos": "peso",
    "rupee": "rupee",
    "rupees": "rupee",
    "franc": "franc",
    "francs": "franc",
    "shilling": "shilling",
    "shillings": "shilling",
    "dinar": "dinar",
    "dinars": "dinar",
    "riyal": "riyal",
    "riyals": "riyal",
    "krone": "krone",
    "kroner": "krone",
    "dirham": "dirham",
    "dirhams": "dirham",
}
_CURRENCY_PREFIX = re.compile(r"(?:[A-Z]{1,4}|GH[¢₵]|[$€£¥₹₦₱₵৳₫₸₪฿₭₮₡₲₼₾])\s?\d")
_RUPEES_PREFIX = re.compile(r"(?i)(?:[a-z]+\s+){0,2}rs\.?\s?\d")
"""Rupees written "Rs" before the sum, after at most a hedge ("about Rs5 crore", "more than Rs. 500 million")."""


def bare_currency(text: str, unit: str | None) -> str | None:
    """The family of a sum whose currency is only its shared name ("61.8 billion pesos", "about 5,000 francs"), read
    as that name's usual currency; None when the sum says whose ("Colombian pesos", "COP 5,000", "£5m")."""
    if _RUPEES_PREFIX.match(text):
        return "rupee" if unit in CURRENCY_FAMILIES["rupee"] else None  # "Rs5 crore": whose rupees, it does not say
    words = re.findall(r"[^\W\d_]+", text.lower())
    if not words or words[-1] not in _FAMILY_OF_WORD or _CURRENCY_PREFIX.search(text):
        return None
    if len(words) >= 2 and (words[-2] in _CURRENCY_NATIONS or words[-2] in _CURRENCY_QUALIFIED):
        return None
    if len(words) >= 3 and (words[-3], words[-2]) in _CURRENCY_NATIONS_2:
        return None  # "Sri Lankan rupees"
    family = _FAMILY_OF_WORD[words[-1]]
    return family if unit in CURRENCY_FAMILIES[family] else None


def _bare_year(token: Token, numeral: _Numeral) -> bool:
    """A year written alone before a nation's currency: "In 2019 Lebanese pounds lost 90% of their value"."""
    return token.kind == "num" and not numeral.scaled and _is_year_value(numeral.low, token.text)


def _currency_plural(word: str) -> str:
    """The plural of a currency's name, for a unit named by its nation: "franc" and "francs" alike."""
    return word if word.endswith("s") or word in _CURRENCY_WORDS_INVARIANT else word + "s"


_CURRENCY_WORDS_INVARIANT = frozenset(
    "yen yuan renminbi won rand naira taka rupiah ringgit baht kwacha lira zloty złoty".split()
)
_CURRENCY_MIXED_CASE = {
    "sh": "KES",  # "Sh2.3 million an acre": the shilling as Kenyan papers write it
    "ksh": "KES",
    "kshs": "KES",
    "tsh": "TZS",
    "tshs": "TZS",
    "ush": "UGX",
    "ushs": "UGX",
    "tk": "BDT",
    "rp": "IDR",
    "rm": "MYR",
    "php": "PHP",
}
"""Currency prefixes written with a capital and small letters ("KSh 3.5 billion", "TSh 100,000", "Tk 57 crore", "Rp 5
billion")."""
_CURRENCY_QUALIFIED = {
    "canadian": "CAD",
    "australian": "AUD",
    "us": "USD",
    "u.s.": "USD",
    "american": "USD",
    "hong": "HKD",
    "singapore": "SGD",
    "new": "NZD",
    "zealand": "NZD",
}

# unit word -> (kind, SI unit, factor, offset)
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
"""Digits grouped by thousands ("401,118")."""
_WORDS_NOT_UNITS = frozenset("in metric nautical ha mi ton tons".split())


def _unit_after_name(token: Token) -> bool:
    """Whether ``token`` is a unit that makes the number before it a figure even after a capitalised name: "mm", "km",
    "kg", "metres" written in lower case; not "in", "G" or "T"."""
    return (
        token.text == token.low
        and len(token.low) >= 2
        and token.low in _MEASURES
        and token.low not in _WORDS_NOT_UNITS
    )

_MEASURES: dict[str, tuple[str, float, float]] = {}


def is_measure_unit(word: str) -> bool:
    """Whether ``word`` names a unit of measure the reader converts ("mm", "hectares", "km/h")."""
    return word.lower() in _MEASURES and word.lower() not in _WORDS_NOT_UNITS


def _measure(names: str, unit: str, factor: float, offset: float = 0.0) -> None:
    for name in names.split():
        _MEASURES[name] = (unit, factor, offset)


_measure("mm millimetre millimetres millimeter millimeters", "m", 0.001)
_measure("cm centimetre centimetres centimeter centimeters", "m", 0.01)
_measure("m metre metres meter meters", "m", 1.0)
_measure("km kilometre kilometres kilometer kilometers kms", "m", 1000.0)
_measure("mile miles mi", "m", 1609.344)
_measure("ft foot feet", "m", 0.3048)
_measure("inch inches in", "m", 0.0254)
_measure("yard yards yd yds", "m", 0.9144)
_measure("nautical", "m", 1852.0)
_measure("g gram grams gramme grammes", "kg", 0.001)
_measure("kg kilogram kilograms kilo kilos kgs", "kg", 1.0)
# Small masses in micrograms (figures are kept to six decimals: a nanogram in kilograms would be nought)
_measure("mg milligram milligrams milligramme milligrammes", "µg", 1000.0)
_measure("µg μg ug mcg microgram micrograms microgramme microgrammes", "µg", 1.0)
_measure("ng nanogram nanograms", "µg", 0.001)
_measure("ppm", "ppm", 1.0)
_measure("ppb", "ppm", 0.001)
_measure("tonne tonnes t metric dwt", "kg", 1000.0)  # "49,900 dwt": a ship's deadweight, in tonnes
_measure("ton tons", "kg", 907.18474)
_measure("lb lbs", "kg", 0.45359237)
_measure("ounce ounces oz", "kg", 0.028349523)
_measure("hectare hectares ha", "m2", 10000.0)
_measure("acre acres", "m2", 4046.8564224)
_measure("litre litres liter liters l", "L", 1.0)
_measure("ml millilitre millilitres milliliter milliliters", "L", 0.001)
_measure("m³", "L", 1000.0)  # cubic metres as their symbol: "500 m³"; "hm³" (a million of them) for reservoirs
_measure("hm³", "L", 1e9)
_measure("km³", "L", 1e12)
_measure("gallon gallons", "L", 3.785411784)
_measure("barrel barrels", "L", 158.987294928)
# A river's or a supply's flow: "350 cumecs" (cubic metres a second), "12,360 cusecs" (cubic feet a second), "650 MLD"
# (million litres a day)
_measure("cumec cumecs", "m³/s", 1.0)
_measure("cusec cusecs", "m³/s", 0.028316846592)
_measure("mld", "m³/s", 1000 / 86400)
_measure("mph", "m/s", 0.44704)
_measure("kph kmh km/h kmph", "m/s", 1 / 3.6)
_measure("knot knots kt kts", "m/s", 0.514444)  # "kt" beside tonnage is kilotonnes: see _kilotonnes
_measure("kilotonne kilotonnes kiloton kilotons", "kg", 1e6)
_measure("w watt watts", "W", 1.0)
_measure("kw kilowatt kilowatts", "W", 1e3)
_measure("mw megawatt megawatts", "W", 1e6)
_measure("gw gigawatt gigawatts", "W", 1e9)
_measure("kwh", "Wh", 1e3)
_measure("mwh", "Wh", 1e6)
_measure("gwh", "Wh", 1e9)
_measure("mb megabyte megabytes", "B", 1e6)
_measure("gb gigabyte gigabytes", "B", 1e9)
_measure("tb terabyte terabytes", "B", 1e12)
_measure("petabyte petabytes", "B", 1e15)
_measure("celsius °c", "°C", 1.0)
_measure("fahrenheit °f", "°C", 5 / 9, -32.0)

_SQUARE = {
    "m": ("m2", 1.0),
    "metres": ("m2", 1.0),
    "meters": ("m2", 1.0),
    "km": ("m2", 1e6),
    "kilometres": ("m2", 1e6),
    "kilometers": ("m2", 1e6),
    "miles": ("m2", 2589988.110336),
    "mile": ("m2", 2589988.110336),
    "feet": ("m2", 0.09290304),
    "foot": ("m2", 0.09290304),
    "yards": ("m2", 0.83612736),
}
_CUBIC = {
    "m": ("L", 1000.0),
    "metres": ("L", 1000.0),
    "meters": ("L", 1000.0),
    "feet": ("L", 28.316846592),
    "foot": ("L", 28.316846592),
    "km": ("L", 1e12),
    "kilometres": ("L", 1e12),
}

_DURATION_MODIFIERS = frozenset(
    "hearing working business trading school sitting calendar consecutive straight full extra additional".split()
)
_DAYS_AND_MORE = frozenset("day days week weeks month months year years".split())
_SPANS_OF_TIME = _DAYS_AND_MORE | frozenset("hour hours minute minutes".split())
_SPAN_ADJECTIVES = frozenset(
    """long whole tense frantic more further extra short brief bitter anxious harrowing agonising agonizing gruelling
    grueling exhausting terrifying frightening excruciating frustrating remaining following ensuing preceding
    sweltering sleepless wasted lost sustained heated extended unbroken unpaid prolonged protracted
    uninterrupted""".split()
)
_NOT_SPAN_WORDS = frozenset("opening closing meeting operating".split())
"""Nouns ending like adjectives that name what the hours are: "5 opening hours", "10 meeting minutes"."""


def measure_unit(word: str) -> tuple[str, float, float] | None:
    """The unit of measure a word names, as its normal unit, factor and offset ("ft", "foot", "feet" alike: ("m",
    0.3048, 0.0)); None when it names none."""
    return _MEASURES.get(word.lower())


def duration_unit(word: str) -> tuple[str, float] | None:
    """The unit of time a word names, as its normal unit and factor ("hours", "hrs", "h" alike: ("s", 3600)); None
    when it names none."""
    return _DURATIONS.get(word.lower())


def _describes_a_span(token: Token) -> bool:
    """A word that tells what a span of time was like, between its number and its unit: "13 agonising hours",
    "three long years", "two tense minutes", "three more days", "12 painful years", "40 frightening minutes"; not a
    verb's past ("3 perished days later", "12 survived hours in the water") nor a noun ("5 opening hours")."""
    word = token.low
    return (
        token.kind == "word"
        and token.text == word
        and word not in _NOT_SPAN_WORDS
        and (
            word in _SPAN_ADJECTIVES
            or (len(word) > 4 and word.endswith(("ing", "ful", "ous", "ive", "ic", "ent", "ant")))
        )
    )


_DURATIONS = {
    "second": ("s", 1),
    "seconds": ("s", 1),
    "sec": ("s", 1),
    "secs": ("s", 1),
    "minute": ("s", 60),
    "minutes": ("s", 60),
    "min": ("s", 60),
    "mins": ("s", 60),
    "hour": ("s", 3600),
    "hours": ("s", 3600),
    "hr": ("s", 3600),
    "hrs": ("s", 3600),
    "h": ("s", 3600),
    "day": ("s", 86400),
    "days": ("s", 86400),
    "week": ("s", 604800),
    "weeks": ("s", 604800),
    "fortnight": ("s", 1209600),
    "fortnights": ("s", 1209600),
    "month": ("month", 1),
    "months": ("month", 1),
    "year": ("year", 1),
    "years": ("year", 1),
    "yr": ("year", 1),
    "yrs": ("year", 1),
    "decade": ("year", 10),
    "decades": ("year", 10),
    "century": ("year", 100),
    "centuries": ("year", 100),
}
_MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
_ONE_BEFORE = frozenset("no the any every some each which this that".split())
_ONE_AFTER = frozenset(
    "of another day time way thing side hand point more can could would should must might who which that".split() + [""]
)
_NAME_FOLLOWERS = frozenset(
    """myself himself herself itself ourselves themselves came comes come was is has had will would left leaves
    arrived arrives runs ran departs departed service line route bus train flight express""".split()
)
_WEIGHT_CONTEXT = re.compile(r"(?i)\b(?:weigh\w*|heav\w*|lb|lbs|pounds of)\b")
_POLL_CONTEXT = re.compile(
    r"(?i)\b(?:polls?|survey\w*|approval|lead|percent|percentage|per cent|rating|margin|swing|share\s+of\s+the\s+vote|"
    r"vote\s+share)\b|%"
)
_TIME_ZONES = frozenset(
    """gmt utc bst cet cest est edt cst cdt mst mdt pst pdt et pt ist jst aest aedt awst acst nzst nzdt msk eet eest
    wet west eat cat wat sast wib wita wit pht sgt hkt kst ict pkt art brt clt cot pet hrs hours local z""".split()
)
_PERSON_NOUNS = frozenset(
    """man woman boy girl son daughter mother father husband wife brother sister driver passenger victim suspect
    teenager officer soldier resident worker pilot grandmother grandfather child baby friend neighbour neighbor
    student teacher nurse doctor owner patient""".split()
)
_COUNTED_PEOPLE = frozenset("people persons protesters demonstrators marchers".split())


def _people_plural(low: str) -> bool:
    """A lower-case word for several people: "men", "women", "children", or the plural of a word for a person
    ("soldiers", "residents")."""
    return low in ("men", "women", "children") or (low.endswith("s") and low[:-1] in _PERSON_NOUNS)


# Hedges written before a number: words -> (hedge, qualifier meaning)
_HEDGES_BEFORE: list[tuple[tuple[str, ...], str]] = [
    (("at", "least"), "lower"),
    (("as", "much", "as"), "upper_inc"),
    (("as", "high", "as"), "upper_inc"),
    (("no", "fewer", "than"), "lower"),
    (("no", "less", "than"), "lower"),
    (("not", "less", "than"), "lower"),
    (("a", "minimum", "of"), "lower"),
    (("as", "many", "as"), "upper_inc"),
    (("more", "than"), "lower_open"),
    (("over",), "lower_open"),
    (("above",), "lower_open"),
    (("in", "excess", "of"), "lower_open"),
    (("upwards", "of"), "lower_open"),
    (("upward", "of"), "lower_open"),
    (("just", "over"), "just_over"),
    (("just", "above"), "just_over"),
    (("slightly", "more", "than"), "just_over"),
    (("a", "little", "over"), "just_over"),
    (("slightly", "over"), "just_over"),
    (("well", "over"), "lower_open"),
    (("well", "above"), "lower_open"),
    (("exceeding",), "lower_open"),
    # "the mercury topped 104F", "sales exceeded $2 billion": at least it (a milestone reached, as "hit $100" is)
    (("exceeded",), "lower"),
    (("exceeds",), "lower"),
    (("topped",), "lower"),
    (("tops",), "lower"),
    (("topping",), "lower"),
    (("surpassed",), "lower"),
    (("surpassing",), "lower"),
    (("greater", "than"), "lower_open"),
    (("larger", "than"), "lower_open"),
    (("bigger", "than"), "lower_open"),
    (("higher", "than"), "lower_open"),
    (("north", "of"), "lower_open"),
    (("up", "to"), "upper_inc"),
    (("at", "most"), "upper_inc"),
    (("no", "more", "than"), "upper_inc"),
    (("a", "maximum", "of"), "upper_inc"),
    (("not", "more", "than"), "upper_inc"),
    # "never dropped below 35C", "did not fall below 40": at least it; "never rose above 20": at most it
    *((("never", verb, "below"), "lower") for verb in ("dropped", "fell", "went", "dipped", "sank")),
    *((("did", "not", verb, "below"), "lower") for verb in ("drop", "fall", "go", "dip", "sink")),
    *((("never", verb, "above"), "upper_inc") for verb in ("rose", "went", "climbed", "exceeded")),
    *((("did", "not", verb, "above"), "upper_inc") for verb in ("rise", "go", "climb")),
    (("fewer", "than"), "upper_open"),
    (("less", "than"), "upper_open"),
    (("smaller", "than"), "upper_open"),
    (("lower", "than"), "upper_open"),
    (("under",), "upper_open"),
    (("below",), "upper_open"),
    (("younger", "than"), "upper_open"),  # "babies younger than nine months"
    (("older", "than"), "lower_open"),
    (("just", "under"), "just_under"),
    (("just", "below"), "just_under"),
    (("slightly", "less", "than"), "just_under"),
    (("slightly", "under"), "just_under"),
    (("a", "little", "under"), "just_under"),
    (("short", "of"), "upper_open"),
    (("about",), "approx"),
    (("around",), "approx"),
    (("roughly",), "approx"),
    (("some",), "approx"),
    (("approximately",), "approx"),
    (("approx",), "approx"),
    (("an", "estimated"), "approx"),
    (("estimated",), "approx"),
    (("circa",), "approx"),
    (("ca",), "approx"),
    (("close", "to"), "approx"),
    (("in", "the", "region", "of"), "approx"),
    (("an", "approximate"), "approx"),
    (("or", "so"), "approx"),
    # "barely 32 per cent" (for 31.6%), "scarcely 100 people": only about that many, said as few
    (("barely",), "approx"),
    (("scarcely",), "approx"),
    (("hardly",), "approx"),
    (("nearly",), "nearly"),
    (("almost",), "nearly"),
    (("close", "on"), "nearly"),
    (("just", "shy", "of"), "nearly"),
    (("between",), "between"),
    (("from",), "from"),
]
_HEDGES_BEFORE.sort(key=lambda item: -len(item[0]))
_HEDGES_BY_LAST: dict[str, list[tuple[tuple[str, ...], str]]] = {}
"""The hedges by their last word, longest first: only those can end just before a figure."""
for _phrase, _meaning in _HEDGES_BEFORE:
    _HEDGES_BY_LAST.setdefault(_phrase[-1], []).append((_phrase, _meaning))

_SCORE_CONTEXT = frozenset(
    """win wins won victory victories defeat defeated defeats beat beats lost lose loss draw drew score scored
    scoreline lead led leads trail trailed vote voted votes ruling decision margin majority match game final
    series tie""".split()
)
VOTE_CONTEXT = frozenset("vote voted votes voting ballot ballots passed approved backed".split())
_SPORT_CONTEXT = frozenset(
    """win wins won beat beats match game final series goal goals scored innings set sets""".split()
)
_CHANGE_VERBS = frozenset(
    """rose rise rises rising risen fell fall falls falling fallen increased increase increases increasing
    decreased decrease decreases decreasing climbed climb climbs jumped jump jumps dropped drop drops dropping
    grew grow grows growing shrank shrink declined decline declines slipped slip cut cuts raised raise raising
    lowered lower revised revise up down went moved soared surged plunged tumbled edged""".split()
)
_FROM_CHANGE_VERBS = _CHANGE_VERBS | frozenset(
    """reduced reduce reduces reducing extended extend extends extending shortened shorten lengthened lengthen
    expanded expand widened narrowed trimmed trim slashed slash hiked hike boosted boost lifted lift doubled
    halved tripled upgraded downgraded changed change switched raises lifts lifting hikes hiking boosts boosting
    slashes slashing trims trimming doubles doubling lowers lowering""".split()
)
"""Verbs before "from A to B" that make it a change between two figures ("reduced from 38 to 35 hours"); before a
plain "A to B" they do not ("trim 200 to 300 jobs" is a range)."""


def _words_before(tokens: list[Token], i: int, reach: int = 6) -> set[str]:
    """The words of up to ``reach`` tokens before ``i``, back to a number or a symbol: where a change verb may sit
    ahead of "from A to B" ("lifts the retirement age from 62 to 64", "rose from 112 to 130")."""
    out = set()
    for token in reversed(tokens[max(0, i - reach) : i]):
        if token.kind != "word":
            break
        out.add(token.low)
    return out


_NAME_BLOCKERS = frozenset(
    """at least than over about around nearly almost some and or of to from by in on with for killed injured
    the a an as up only just under above below between were was are is had has have said killing injuring
    leaving left including among all while but another other kills claimed aged age ages""".split()
)

# --- numeral parsing ----------------------------------------------------------------------------------------


@dataclass
class _Numeral:
    low: float
    high: float
    nominal: float | None
    vague: bool
    end: int  # token index after the numeral
    scaled: bool = False  # had a scale word or suffix
    words: bool = False  # written in words
    digits: str = ""  # the digit string as written, for rounding


_LONGEST = 1e18
"""Digit strings this large or larger are read as no figure: no news figure is written out to nineteen digits."""
_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}|\d{1,3}(?:\.\d{3})+,\d+")
"""A decimal comma, as much of Europe, Latin America and southern Africa writes it: "2,5", "R1,38 billion", "3,7%",
"1.234,5" (with dots between the thousands). A comma before three digits is read as between thousands ("1,380")."""
_DOTTED_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3}){2,}")
"""Thousands set apart by dots, twice or more ("1.234.567"): one figure, never a decimal."""
_ONE_DOTTED_THOUSAND = re.compile(r"[1-9]\d{0,2}\.\d{3}")
"""One dot before three digits ("12.500"): a decimal in the English way, but thousands in much of Europe and Latin
America; read as thousands only before people (see :func:`_people_after`), who are never counted in fractions, unless a
rate follows ("1.250 children per woman")."""
_LAKH_GROUPS = re.compile(r"[1-9]\d?(?:,\d{2})+,\d{3}(?:\.\d+)?")
"""Digits grouped the Indian way, in lakhs and crores ("2,50,000" is 250,000; "1,25,00,000" is 12.5 million)."""


_ADDRESS = re.compile(r"(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)")
"""A network address ("192.168.100.200"), which dotted thousands may look like."""


def as_written(text: str) -> str:
    """A digit string in the English way, the decimal point a dot and no separator between thousands: "2,5" -> "2.5",
    "1.234,5" -> "1234.5", "1.234.567" -> "1234567"; any other string as it is."""
    if _DECIMAL_COMMA.fullmatch(text):
        return text.replace(".", "").replace(",", ".")
    if _DOTTED_THOUSANDS.fullmatch(text) and not _ADDRESS.fullmatch(text):
        return text.replace(".", "")
    if _LAKH_GROUPS.fullmatch(text):
        return text.replace(",", "")
    return text


def _people_after(tokens: list[Token], j: int) -> bool:
    """The word at ``j`` counts people: "people", "persons", "men", "women", "children", or the plural of a word for
    a person ("soldiers", "residents")."""
    if j >= len(tokens) or tokens[j].kind != "word":
        return False
    low = tokens[j].low
    return low in _COUNTED_PEOPLE or _people_plural(low)


def _digit_value(text: str) -> float | None:
    text = as_written(text)
    if "," in text:
        parts = text.split(",")
        # "1,234", "12,345.67": groups of three, the last one's decimals after it
        groups = [*parts[1:-1], parts[-1].split(".", 1)[0]]
        if all(len(p) == 3 for p in groups) and "." not in "".join(parts[:-1]):
            text = text.replace(",", "")
        else:
            return None
    if text.count(".") > 1:
        return None
    try:
        value = float(text)
    except ValueError:
        return None
    return value if value < _LONGEST else None  # a string of nineteen digits or more is no figure (nor a float)


def _in_age_list(tokens: list[Token], first: int) -> bool:
    """The number continues a list of ages after "aged": the 47 of "aged 51 and 47", the 73 of "aged 71, 72 and 73",
    the 15 of "ages 14 and 15"."""
    k = first - 1
    comma = False
    while k >= 0 and first - k <= 8:
        low = tokens[k].low
        if tokens[k].kind == "num":
            if _after_age_word(tokens, k):
                return True
            if not comma and tokens[first].kind == "num" and _age_apposition(tokens, k):
                return True  # the 30 of "two men, 25 and 30,"
        elif low == "for" or (k >= 1 and tokens[k - 1].low == "for"):
            pass  # "60 for women and 65 for men": who each age is for
        elif low not in ("and", "or", ",", "&", "from", "to"):
            return False
        comma = comma or low == ","
        k -= 1
    return False


_AGE_WORDS = frozenset(["aged", "age", "ages"])
_AGE_LINKS = frozenset("of were are was is between from to".split())
_AGE_STATED = frozenset("to at of is was are were remains remain stays stay stands stand becomes become reach".split())
"""The word before a figure that an age a few words back states ("the retirement age ... stands at 60")."""


def _after_age_word(tokens: list[Token], first: int) -> bool:
    """The number follows a word that names an age: "aged 34", "age 14", "ages 14 and 15", "under the age of eight",
    "their ages were 6, 11 and 16"."""
    if first >= 1 and tokens[first - 1].low in _AGE_WORDS:
        return True
    if first >= 2 and tokens[first - 1].low in _AGE_LINKS and tokens[first - 2].low in ("age", "ages"):
        return True
    if first >= 2 and tokens[first - 1].low in _AGE_STATED:
        # "the retirement age, which stands at 60", "the pension age will rise to 67": an age the clause states
        for k in range(first - 2, max(-1, first - 8), -1):
            if tokens[k].kind == "num" or tokens[k].text in ".;:!?()":
                return False
            if tokens[k].low in ("age", "ages"):
                return True
    return False


_SUPERLATIVE_AGES = frozenset("youngest oldest eldest".split())


def _age_of_eldest(tokens: list[Token], first: int) -> bool:
    """The number is what the youngest or the oldest is: "the youngest of the dead was 19", "the oldest victim was
    84", "the eldest of the three brothers is 45": the superlative, then one word or "of" a group in up to four, then
    "was" or "is"; not "the oldest resident said the death toll was 12", "the youngest voters' turnout was 38"."""
    k = first - 1
    if k >= 0 and tokens[k].low in ("just", "only"):
        k -= 1
    if k < 1 or tokens[k].low not in _AGE_COPULAS:
        return False
    between = [t.low for t in tokens[max(0, k - 6) : k]]
    for start in range(len(between)):
        if between[start] not in _SUPERLATIVE_AGES:
            continue
        rest = between[start + 1 :]
        if len(rest) <= 1 or (rest[0] == "of" and len(rest) <= 5 and all(w.isalpha() for w in rest)):
            return True
    return False


_PERSON_WAS = re.compile(
    r"(?i)(?:^|[,;:(“\"‘']\s*|\b(?:said|says|say|believe[sd]?|confirm(?:s|ed)?|heard|understood|reported|added|"
    r"that|and|but|while|whereas)\s+)(?:the|a|an|his|her|their)\s+"
    r"(?:(?!(?:of|by|with|for|from|in|on|at|to|who)\b)[\w-]+\s+){0,2}?"
    r"(?:woman|man|boy|girl|victim|driver|suspect|gunman|attacker|passenger|pilot|mother|father|son|daughter|"
    r"teenager|teen|child|officer|worker|miner|nurse|doctor|patient|student|pupil|soldier|firefighter|survivor|"
    r"defendant|accused|deceased)"
    r"(?:\s*,[^,.;]{1,80},|\s+who\s+[^,.;]{1,60}?)?\s+(?:was|is)\s+(?:just\s+|only\s+)?$"
)
"""A person's age told by "was" or "is", the person heading the clause: "the woman who died was 74", "the driver, a
local man, was 34", "police said the victim was 19", "it is understood the driver was 34"; not "the number of people
killed by the gunman was 12"."""


def _age_of_person(text: str, tokens: list[Token], i: int, value: float) -> bool:
    """The number is a person's age (see :data:`_PERSON_WAS`): a whole number up to 120 with nothing counted or
    measured after it (not "the man was 3 metres away", "the driver was 20 minutes late", "was 6'2"", "the patient was
    1 in 10,000")."""
    if not (0 < value <= 120 and value == int(value)):
        return False
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    later = tokens[i + 2] if i + 2 < len(tokens) else None
    if after is not None and not (
        (after.kind == "sym" and after.text in ",.;:)(!?-–—\"”’'")
        or after.low in ("and", "but", "years", "when", "at")
        or (after.low == "in" and (later is None or later.kind != "num"))  # "19 in 2015", not "1 in 10,000"
    ):
        return False
    return bool(_PERSON_WAS.search(text, max(0, tokens[i].start - 160), tokens[i].start))


def _age_bound_before(tokens: list[Token], first: int) -> str | None:
    """ "under" or "over" in "under the age of eight", "over the age of 65", "up to" in "up to the age of 55";
    ``None`` otherwise."""
    if first >= 4 and [t.low for t in tokens[first - 3 : first]] == ["the", "age", "of"]:
        word = tokens[first - 4].low
        if word in ("under", "below", "over", "above"):
            return word
        if word == "to" and first >= 5 and tokens[first - 5].low == "up":
            return "up to"
    return None


def _age_ahead(tokens: list[Token], j: int) -> bool:
    """An age follows in a list: the 6 of "two children 6 and 11 years old"."""
    n = len(tokens)
    if j + 2 >= n or tokens[j].low not in ("and", "or", "&", ",") or tokens[j + 1].kind != "num":
        return False
    k = j + 2
    if tokens[k].text in "-‐" and k + 1 < n:
        k += 1
    if tokens[k].low not in ("year", "years"):
        return False
    k += 1
    if k < n and tokens[k].text in "-‐":
        k += 1
    return k < n and tokens[k].low in ("old", "olds")


_STREET_TYPES = frozenset(
    """street st avenue ave road rd boulevard blvd lane ln drive dr way parkway pkwy court ct place pl terrace
    highway hwy freeway fwy expressway turnpike circle cir trail crescent close square sq plaza pike row
    alley""".split()
)
_ROADS = frozenset("freeway fwy highway hwy expressway turnpike".split())
_COMPASS = frozenset("n s e w ne nw se sw north south east west".split())
_EMERGENCY_NUMBERS = frozenset(["911", "999", "112", "000"])
_CALL_WORDS = frozenset(
    """call calls caller callers calling dispatch dispatcher dispatchers operator operators center centre centers
    centres line lines system tape tapes recording recordings emergency""".split()
)
_DIAL_WORDS = frozenset("called call calling dialled dialed dial dialling dialing phoned rang ring".split())


def _address_end(tokens: list[Token], i: int) -> int | None:
    """Index after a street address that starts with the number at ``i``: "1603 Cape Coral Parkway",
    "305 E. Main St.", "10 Downing Street", "the 55 Freeway"; ``None`` when no street name follows."""
    n = len(tokens)
    k = i + 1
    if k < n and tokens[k].low in _COMPASS and tokens[k].text[0].isupper():
        k += 1
        if k < n and tokens[k].text == "." and _adjacent(tokens, k):
            k += 1
    names = 0
    while k < n and names <= 3 and tokens[k].kind == "word" and tokens[k].text[0].isupper():
        if tokens[k].low in _STREET_TYPES and (names or tokens[k].low in _ROADS):
            k += 1
            if k < n and tokens[k].text == "." and _adjacent(tokens, k) and tokens[k - 1].low not in _ROADS:
                k += 1
            return None if _followed_by_count_noun(tokens, k) else k  # not "the 3 Main Street residents"
        names += 1
        k += 1
    return None


def _adjacent(tokens: list[Token], i: int) -> bool:
    """True when token ``i`` touches token ``i - 1`` (no space between)."""
    return i > 0 and tokens[i].start == tokens[i - 1].end


def _read_words(tokens: list[Token], i: int) -> tuple[float, int] | None:
    """Read a number written in words starting at ``i`` ("twenty-three", "one hundred and five")."""
    total = 0.0
    current = 0.0
    j = i
    seen = False
    while j < len(tokens):
        w = tokens[j].low
        if w in _UNITS:
            current += _UNITS[w]
        elif w in _TENS:
            current += _TENS[w]
            # "twenty-three", "twenty three"
            if j + 2 < len(tokens) and tokens[j + 1].text in "-‐‑" and tokens[j + 2].low in _UNITS:
                current += _UNITS[tokens[j + 2].low]
                j += 2
            elif j + 1 < len(tokens) and tokens[j + 1].low in _UNITS and 0 < _UNITS[tokens[j + 1].low] < 10:
                current += _UNITS[tokens[j + 1].low]
                j += 1
        elif w == "hundred" and seen:
            current = (current or 1) * 100
        elif w in ("thousand", "million", "billion", "trillion") and seen:
            total += (current or 1) * _SCALES[w]
            current = 0
        elif w in ("lakh", "lakhs", "crore", "crores") and seen:
            total += (current or 1) * _SUFFIX_SCALES[w]  # "one crore people", "two lakh voters"
            current = 0
        elif (
            w == "and"
            and seen
            and j + 1 < len(tokens)
            and (tokens[j + 1].low in _UNITS or tokens[j + 1].low in _TENS)
            and j > i
            and tokens[j - 1].low in ("hundred", "thousand")
        ):
            j += 1
            continue
        else:
            break
        seen = True
        j += 1
    if not seen:
        return None
    return total + current, j


_HYPHENS = ("-", "‐", "‑")
_AND_FRACTIONS = {("a", "half"): 0.5, ("an", "half"): 0.5, ("a", "quarter"): 0.25, ("three", "quarters"): 0.75}


def _words_at(tokens: list[Token], j: int, count: int) -> tuple[list[str], int]:
    """The next ``count`` words from ``j``, skipping hyphens that join them ("two-and-a-half"), and the index after
    them; fewer words when the text runs out or a word is not followed by the next."""
    words: list[str] = []
    n = len(tokens)
    while len(words) < count and j < n:
        if tokens[j].text in _HYPHENS and _adjacent(tokens, j):
            j += 1
            continue
        if tokens[j].kind != "word":
            break
        words.append(tokens[j].low)
        j += 1
    return words, j


def _and_fraction(tokens: list[Token], j: int) -> tuple[float, int] | None:
    """A fraction added to a whole number: "and a half", "and a quarter", "and three quarters" (also hyphened,
    "two-and-a-half"). Returns (the fraction, index after it)."""
    if j >= len(tokens) or tokens[j].low != "and" and not (tokens[j].text in _HYPHENS and _adjacent(tokens, j)):
        return None
    words, end = _words_at(tokens, j, 3)
    if len(words) == 3 and words[0] == "and" and (words[1], words[2]) in _AND_FRACTIONS:
        return _AND_FRACTIONS[(words[1], words[2])], end
    return None


def _one_span(tokens: list[Token], i: int) -> bool:
    """ "a" or "an" at token ``i`` counts one unit of time: after a hedge ("more than a year", "nearly a month") or
    before a fraction of it ("a day and a half"); bare, "a year" tells how often or how long ago ("$3 billion a
    year", "a year ago")."""
    return (
        tokens[i].low in ("a", "an")
        and i + 1 < len(tokens)
        and tokens[i + 1].low in _ONE_SPAN
        and (_span_hedge(tokens, i) or _span_and_fraction(tokens, i + 2) is not None)
    )


def _span_and_fraction(tokens: list[Token], j: int) -> tuple[float, int] | None:
    """The fraction after "a day", "an hour" or "a year" that makes it a span of its own ("a day and a half"), not the
    start of a share ("$300 a day and a half of it goes on rent")."""
    found = _and_fraction(tokens, j)
    if found is None or (found[1] < len(tokens) and tokens[found[1]].low == "of"):
        return None
    return found


def _scale_fraction(tokens: list[Token], i: int) -> _Numeral | None:
    """A fraction of a scale word: "half a million", "a quarter of a million", "three-quarters of a billion"."""
    n = len(tokens)
    low = tokens[i].low
    if low == "half":
        numerator, denominator, k = 1.0, 2.0, i + 1
    else:
        numerator_value = _small_number(tokens[i])
        if numerator_value is None or tokens[i].kind != "word":
            return None
        k = i + 1
        if k < n and tokens[k].text in _HYPHENS and _adjacent(tokens, k):
            k += 1
        if k + 1 >= n or tokens[k].low not in _FRACTIONS or tokens[k + 1].low != "of":
            return None
        numerator, denominator, k = numerator_value, float(_FRACTIONS[tokens[k].low]), k + 2
    if (
        k + 1 < n
        and tokens[k].low in ("a", "an")
        and len(tokens[k + 1].low) > 2
        and tokens[k + 1].low in _MEASURES
        and numerator < denominator
    ):
        share = numerator / denominator  # "half a kilometre", "a third of a centimetre", "three quarters of a mile"
        return _Numeral(share, share, share, False, k + 1, words=True)
    if k + 1 < n and tokens[k].low in ("a", "an") and tokens[k + 1].low in _SCALES and numerator < denominator:
        share = numerator / denominator
        value = share * _SCALES[tokens[k + 1].low]
        digits = f"{share:g}" if len(f"{share:g}") <= 4 else ""  # "half a million" is rounded like "0.5 million"
        return _Numeral(value, value, value, False, k + 2, scaled=True, words=True, digits=digits)
    return None


def _with_and_fraction(tokens: list[Token], numeral: _Numeral) -> _Numeral:
    """``numeral`` with a fraction that follows it added ("six and a half years", "two and a half million")."""
    if numeral.vague or numeral.scaled or numeral.nominal is None or numeral.nominal != int(numeral.nominal):
        return numeral
    found = _and_fraction(tokens, numeral.end)
    if found is None:
        return numeral
    value, j = numeral.nominal + found[0], found[1]
    if j < len(tokens) and tokens[j].low in ("thousand", "million", "billion", "trillion"):
        digits = f"{value:g}"  # "two and a half million" is rounded like "2.5 million"
        value *= _SCALES[tokens[j].low]
        j += 1
        return _Numeral(value, value, value, False, j, scaled=True, words=True, digits=digits)
    return _Numeral(value, value, value, False, j, words=True)


def _duration_rest(tokens: list[Token], j: int, unit: str, factor: float) -> tuple[float, int] | None:
    """The smaller part of a compound span that follows a duration ending before ``j``: in "seven years and six
    months" or "two hours, 15 minutes", the six months (as 0.5 in years) or the 15 minutes (as 900 s). Returns (that
    part in the first part's unit, index after it)."""
    n = len(tokens)
    k = j + 1 if j < n and tokens[j].low in ("and", ",") else j
    if k >= n or (tokens[k].kind != "num" and tokens[k].low not in _UNITS and tokens[k].low not in _TENS):
        return None
    numeral = _read_whole(tokens, k)
    if numeral is None or numeral.vague or numeral.nominal is None or numeral.end >= n:
        return None
    part = _DURATIONS.get(tokens[numeral.end].low)
    if part is None or tokens[numeral.end].low == "h":
        return None
    if unit == "year" and part == ("month", 1):
        return numeral.nominal / 12, numeral.end + 1
    if unit == "s" == part[0] and part[1] < factor:
        return numeral.nominal * part[1], numeral.end + 1
    return None


def _read_numeral(tokens: list[Token], i: int) -> _Numeral | None:
    if i >= len(tokens):
        return None  # the text ends first: "from PLN 300 to PLN 500" looks past its last token for the second figure
    numeral = _scale_fraction(tokens, i) or _read_whole(tokens, i)
    return None if numeral is None else _with_and_fraction(tokens, numeral)


def _read_whole(tokens: list[Token], i: int) -> _Numeral | None:
    tok = tokens[i]
    n = len(tokens)
    low = tok.low
    # Vague plurals: "dozens", "hundreds", "tens of thousands", "hundreds of millions"
    if (
        low in ("tens", "hundreds")
        and i + 2 < n
        and tokens[i + 1].low == "of"
        and (low, tokens[i + 2].low) in _VAGUE_OF
    ):
        lo, hi = _VAGUE_OF[(low, tokens[i + 2].low)]
        return _Numeral(lo, hi, None, True, i + 3, words=True)
    if low in _VAGUE:
        if low == "scores" and not (i + 1 < n and tokens[i + 1].low == "of"):
            return None
        lo, hi = _VAGUE[low]
        return _Numeral(lo, hi, None, True, i + 1, words=True)
    # "more than a year", "nearly a month", "about an hour": one unit of time (see _one_span)
    if _one_span(tokens, i):
        return _Numeral(1, 1, 1, False, i + 1, words=True)  # also "a day and a half" (the half read with the unit)
    # "a dozen", "half a dozen", "two dozen"
    if low == "half" and i + 2 < n and tokens[i + 1].low == "a" and tokens[i + 2].low == "dozen":
        return _Numeral(6, 6, 6, False, i + 3, words=True)
    if low in ("a", "one") and i + 1 < n and tokens[i + 1].low == "dozen":
        return _Numeral(12, 12, 12, False, i + 2, words=True)
    if low == "a" and i + 1 < n and tokens[i + 1].low in ("hundred", "thousand", "million", "billion"):
        scale = float(_SCALES[tokens[i + 1].low])
        return _Numeral(scale, scale, scale, False, i + 2, words=True)
    if tok.kind == "num":
        parsed = _digit_value(tok.text)
        if parsed is None:
            return None
        value: float = parsed
        j = i + 1
        scaled = False
        # "1.21 million", "$3bn", "£2.5m", "1.2m"
        if j < n and tokens[j].low in _SUFFIX_SCALES:
            word = tokens[j].low
            attached = _adjacent(tokens, j)
            # "200 m" is metres; only "200m" / "$3bn" attached are scales, and "5.4m" by a river is metres too.
            letter_unit = word in ("k", "m", "b", "bn", "mn", "mln", "bln", "tn") and not attached
            metres = word == "m" and attached and _looks_like_metres(tokens, j)
            if not letter_unit and not metres:
                value *= _SUFFIX_SCALES[word]
                scaled = True
                j += 1
                if word in ("lakh", "lakhs") and j < n and tokens[j].low in ("crore", "crores"):
                    value *= _SUFFIX_SCALES[tokens[j].low]  # "Rs 11.1 lakh crore": a lakh of crores, 10^12
                    j += 1
        if j < n and tokens[j].low == "dozen":
            value *= 12
            j += 1
        digits = as_written(tok.text)
        if (
            not scaled
            and _ONE_DOTTED_THOUSAND.fullmatch(tok.text)
            and _people_after(tokens, j)
            and not (j + 1 < n and tokens[j + 1].low in ("per", "for", "a", "an", "/"))  # "1.250 children per woman"
        ):
            digits = tok.text.replace(".", "")  # "12.500 people": twelve thousand five hundred
            value = float(digits)
        return _Numeral(value, value, value, False, j, scaled=scaled, digits=digits)
    read = _read_words(tokens, i)
    if read is None:
        return None
    words_value, j = read
    value = words_value
    if j < n and tokens[j].low == "dozen":
        value *= 12
        j += 1
    return _Numeral(value, value, value, False, j, scaled=value >= 1000, words=True)


_LENGTH_CONTEXT = frozenset(
    """high tall long deep wide away sprint metres meters below above from height depth level levels peak peaked
    river sea water waves wave tunnel underground distance length wall tower flood floods rose risen climbed
    crest crested deepest highest final finals heats race races hurdles freestyle backstroke breaststroke butterfly
    medley relay dash sprinter sprinters ran swam steeplechase""".split()
)
"""Words near an attached "m" that make it metres: heights and depths, and races ("the 100m final")."""


_FEET_AND_MILES = frozenset("ft foot feet mile miles mi inch inches yard yards yd yds".split())


def _looks_like_metres(tokens: list[Token], j: int) -> bool:
    """Is an attached "m" a metre ("100m sprint", "peaked at 5.4m") rather than million ("£2.5m", "1.2m homes")?"""
    k = j - 2
    if k >= 0 and tokens[k].text in _CURRENCY_SYMBOLS:
        return False
    if k >= 0 and tokens[k].kind == "word" and tokens[k].text.isupper() and tokens[k].low in _CURRENCY_PREFIX_WORDS:
        return False  # "R450m", "A$" is caught above: a currency before the amount
    if k >= 0 and tokens[k].kind == "word" and tokens[k].text[0].isupper() and tokens[k].low in _CURRENCY_MIXED_CASE:
        return False  # "Sh4.5m from its emergency kitty", "Rp 4.5m": a currency written in capital and small letters
    if k >= 0 and _glued_prefix(tokens, k + 1, "N"):
        return False  # "N46.8m": naira
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", tokens[j - 1].text):
        return True  # "the 10,000m": no one writes millions on a figure already in thousands
    if k >= 1 and tokens[k].text == "(" and tokens[k - 1].low in _FEET_AND_MILES:
        return True  # a length's conversion in brackets: "a 112ft (34m) embankment", "a 40-foot (12m) wave"
    nxt = tokens[j + 1].low if j + 1 < len(tokens) else ""
    if nxt in _LENGTH_CONTEXT:
        return True
    if nxt.endswith("s") and len(nxt) > 3:
        return False  # "1.2m households": a count follows
    nearby = {t.low for t in tokens[max(0, j - 8) : j + 4]}
    return bool(nearby & _LENGTH_CONTEXT)


# --- context helpers ----------------------------------------------------------------------------------------


_MOVES_UP = frozenset(
    """edge edges edged edging go goes went gone going move moves moved moving rise rises rose risen rising climb
    climbs climbed climbing jump jumps jumped jumping tick ticks ticked ticking creep creeps crept creeping inch
    inches inched inching push pushes pushed pushing revise revises revised revising shoot shoots shot step steps
    stepped ramp ramps ramped scale scaled bump bumps bumped""".split()
)


def _hedge_before(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """Find a hedge ending just before token ``i``; returns (meaning, index of its first token)."""
    if i == 0 or tokens[i - 1].low not in _HEDGES_BY_LAST:
        return None
    words = [t.low for t in tokens[max(0, i - 4) : i]]
    for phrase, meaning in _HEDGES_BY_LAST[words[-1]]:
        k = len(phrase)
        if k <= len(words) and tuple(words[len(words) - k :]) == phrase:
            if phrase == ("up", "to") and len(words) > k and words[-k - 1] in _MOVES_UP:
                return None  # "edge up to 4.25%", "revised up to 0.4%": where a figure moved, not a bound
            if phrase == ("over",) and len(words) > k and words[-k - 1] in _OVER_VERBS:
                return None  # "forced to hand over ₦48.6 million", "turned over $2m": a verb's particle
            if phrase == ("over",) and len(words) > k and words[-k - 1] in _SIGN_OVER and _money_at(tokens, i):
                return None  # "signed over £2 million in shares to his wife" (but "signed over 200 orders")
            if phrase == ("about",) and len(words) > k and words[-k - 1] in _ABOUT_AS_TOPIC:
                return None  # "information about 287,412 patients": what the information is about, not a hedge
            if phrase[0] in _PASSING and any(w in _NOT for w in words[: len(words) - k][-2:]):
                return None  # "never exceeded 30C", "nearly topped $100": no bound of the figure's side
            if phrase[-1] == "than" and i - k >= 1 and (
                tokens[i - k - 1].low in _COMPARED_AMOUNTS or tokens[i - k - 1].kind == "num"
            ):
                return None  # "2.7 percentage points more than a year ago": what an amount is compared with
            return meaning, i - k
    return None


_ABOUT_AS_TOPIC = frozenset(
    """information data details records files concerns concern questions complaints worries worried concerned
    knowledge facts stories""".split()
)
"""Words after which "about" names a topic, not a hedge: "files containing information about 287,412 patients"."""
_COMPARED_AMOUNTS = frozenset("point points cent percent % times".split())
"""Words an amount ends with before "more than" compares it: "2.7 percentage points more than a year ago"."""
_PASSING = frozenset("exceeded exceeds topped tops topping surpassed surpassing".split())
_NOT = frozenset("not never n't didn't hasn't haven't hadn't nearly almost close failed".split())
"""Words before a verb of passing that say the figure was not passed ("never exceeded 30C", "nearly topped $100",
"came close to topping")."""
_OVER_VERBS = frozenset("""hand hands handed handing turn turns turned turning fork forks forked forking""".split())
"""Verbs whose particle "over" comes right before what they move: "hand over ₦48.6 million" is no bound."""
_SIGN_OVER = frozenset("sign signs signed signing".split())


def _money_at(tokens: list[Token], i: int) -> bool:
    """Token ``i`` starts an amount of money: a currency symbol, or a currency's letters or name before a number."""
    token = tokens[i]
    if token.text in _CURRENCY_SYMBOLS:
        return True
    return i + 1 < len(tokens) and _currency_before(tokens, i + 1) is not None


def _currency_before(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """A currency written before token ``i``: "$", "US$", "C$", "£", "Rs", "USD"; returns (code, first index)."""
    if i == 0:
        return None
    prev = tokens[i - 1]
    if prev.text in ("¢", "₵") and i >= 2 and tokens[i - 2].text == "GH" and _adjacent(tokens, i - 1):
        return "GHS", i - 2  # "GH¢312.4 billion", "GH₵5": the Ghanaian cedi
    if prev.text in _CURRENCY_SYMBOLS:
        code = _CURRENCY_SYMBOLS[prev.text]
        if prev.text == "$" and i >= 2 and _adjacent(tokens, i - 1):
            qual = tokens[i - 2].low
            if qual in _CURRENCY_PREFIX_WORDS and qual not in ("r",):
                return _CURRENCY_PREFIX_WORDS[qual], i - 2
            if tokens[i - 2].text == "R":
                return "BRL", i - 2  # "R$530 million": the Brazilian real (the rand is "R" alone)
        return code, i - 1
    if prev.kind == "word" and prev.low in _CURRENCY_PREFIX_WORDS and prev.text.isupper() and len(prev.text) >= 2:
        number = tokens[i].text
        if prev.low == "cop" and number.isdigit() and len(number) <= 2 and not _scale_follows(tokens, i):
            return None  # "COP 29", "COP30": the climate conference, not Colombian pesos
        return _CURRENCY_PREFIX_WORDS[prev.low], i - 1
    if prev.kind == "word" and prev.low in _CURRENCY_MIXED_CASE and prev.text[0].isupper():
        return _CURRENCY_MIXED_CASE[prev.low], i - 1
    if prev.low == "rs" or (prev.text == "." and i >= 2 and tokens[i - 2].low == "rs"):
        return "INR", i - 1 if prev.low == "rs" else i - 2
    if prev.low == "zł":
        return "PLN", i - 1  # "zł647bn", "zł 87 billion": the złoty's sign before the sum
    sol = _sol_prefix(tokens, i)
    if sol is not None:
        return "PEN", sol
    if _rand_prefix(tokens, i):
        return "ZAR", i - 1
    if _glued_prefix(tokens, i, "N"):
        return "NGN", i - 1
    return None


_ONE_SPAN = frozenset("year month week fortnight day hour decade".split())
"""Units of time "a" or "an" counts one of after a hedge: "more than a year", "nearly a month"."""


def _span_hedge(tokens: list[Token], i: int) -> bool:
    """A hedge ends right before token ``i`` that makes "a year" a span ("more than", "slightly more than", "nearly",
    "at least", "just under"): any but "over" and "above" ("over a year earlier", "in over a decade" tell when), "up
    to", and a comparative ("higher than a year earlier" tells what a figure is set against)."""
    found = _hedge_before(tokens, i)
    if found is None or tokens[i - 1].low in ("over", "above", "to"):
        return False
    return not (i >= 2 and tokens[i - 1].low == "than" and tokens[i - 2].low in _COMPARATIVES)


_COMPARATIVES = frozenset("higher lower larger smaller bigger".split())


_SCALE_AFTER_NAME = frozenset(
    "million millions billion billions trillion bn m mn mil tn crore crores lakh lakhs".split()
)


def _percent_words(tokens: list[Token], k: int) -> bool:
    """Token ``k`` starts "percent", "per cent" (see :func:`_percent_unit`) or "pct": a share, never part of a name
    ("Wróbel 53.6 percent")."""
    if k < len(tokens) and tokens[k].low == "pct":
        return True
    found = _percent_unit(tokens, k)
    return found is not None and found[0] == "%"


def _rand_prefix(tokens: list[Token], i: int) -> bool:
    """ "R45 million", "R450m", "R2.5bn": South African rand, written with an R glued to an amount with a scale
    (a bare "R2" is a road or a code)."""
    return _glued_prefix(tokens, i, "R")


def _sol_prefix(tokens: list[Token], i: int) -> int | None:
    """The index of the "S" of the Peruvian sol's "S/" or "S/." before token ``i`` ("S/ 5,000", "S/.120"): an "S" with
    a slash glued to it, no word glued before it ("US/", "AS/400"); ``None`` when there is none."""
    k = i - 1
    if k >= 1 and tokens[k].text == "." and _adjacent(tokens, k):
        k -= 1
    if k < 1 or tokens[k].text != "/" or tokens[k - 1].text != "S" or not _adjacent(tokens, k):
        return None
    return None if k >= 2 and _adjacent(tokens, k - 1) and tokens[k - 2].kind == "word" else k - 1


def _glued_prefix(tokens: list[Token], i: int, letter: str) -> bool:
    """A currency's letter glued to an amount with a scale: the R of "R450m" (rand), the N of "N46.8m" (naira); a
    bare "R2" or "N1" is a road or a code."""
    if i == 0 or tokens[i - 1].text != letter or not _adjacent(tokens, i):
        return False
    if i >= 2 and _adjacent(tokens, i - 1) and tokens[i - 2].kind == "word":
        return False  # "SR45", "AR15"
    if _GROUPED.fullmatch(tokens[i].text):
        return True  # "N500,000", "R4 000": naira or rand in grouped digits (a road number never has them)
    if letter == "R" and (_paid_before(tokens, i - 1) or _per_period_after(tokens, i)):
        return True  # "saves R251 a month", "drops by R250": a sum, not the R250 road
    return _scale_follows(tokens, i)


_PAYING = frozenset("saves save saving costs cost costing pay pays paid paying fined earn earns earning by".split())
_PAY_PERIODS = frozenset("hour day week month year".split())


def _paid_before(tokens: list[Token], i: int) -> bool:
    """A verb of paying or "by" right before token ``i``: "saves R251", "drops by R250"."""
    return i >= 1 and tokens[i - 1].low in _PAYING


def _per_period_after(tokens: list[Token], i: int) -> bool:
    """A period a sum is paid by right after the number at token ``i``: "R251 a month", "R40 per hour"."""
    return (
        i + 2 < len(tokens) and tokens[i + 1].low in ("a", "an", "per", "each") and tokens[i + 2].low in _PAY_PERIODS
    )


def _scale_follows(tokens: list[Token], i: int) -> bool:
    """Whether the number at token ``i`` is followed by a scale ("45 million", "2.5bn")."""
    k = i + 1
    while k < len(tokens) and tokens[k].text in ".," and _adjacent(tokens, k) and k + 1 < len(tokens):
        k += 2  # "R2.5bn"
    return k < len(tokens) and tokens[k].low in _SCALE_AFTER_NAME


def _is_ampm(tokens: list[Token], j: int) -> int:
    """Length in tokens of an "a.m."/"pm" marker at ``j``, or 0."""
    if j >= len(tokens):
        return 0
    w = tokens[j].low
    if w in ("am", "pm"):
        return 1
    if w in ("a", "p") and j + 2 < len(tokens) and tokens[j + 1].text == "." and tokens[j + 2].low == "m":
        extra = 1 if j + 3 < len(tokens) and tokens[j + 3].text == "." and _adjacent(tokens, j + 3) else 0
        return 3 + extra
    return 0


_PERIODS = {
    "hour": "hour", "hr": "hour", "day": "day", "week": "week", "fortnight": "fortnight", "month": "month",
    "year": "year", "shift": "shift",
}  # fmt: skip
"""The periods of a schedule ("eight hours a day"), by their word."""
_FULL_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)


def _month_at(tokens: list[Token], j: int) -> int | None:
    if 0 <= j < len(tokens) and tokens[j].kind == "word" and tokens[j].text[0].isupper():
        month = _MONTHS.get(tokens[j].low)
        if month:
            return month
    return None


def _is_year_value(value: float, text: str) -> bool:
    return text.isdigit() and len(text) == 4 and 1800 <= value <= 2100


# --- the main loop ------------------------------------------------------------------------------------------


_NUMBER_STARTS = frozenset(_UNITS) | frozenset(_TENS) | frozenset(_VAGUE) | {"a", "an", "half", "tens", "one"}
"""The words a number can start with (see :func:`_parse_at`): number words, vague amounts, "a dozen", "half"."""
_NAMED_HOURS = {"noon": 12, "midday": 12, "midnight": 0}
_BEFORE_AN_HOUR = frozenset("at around about after before shortly just soon approximately near past".split())
"""Words that tell noon or midnight as a moment ("at midnight", "shortly after noon"); not a span's ends ("from
midnight until noon")."""
_CAN_START = _NUMBER_STARTS | {"an", "quarter"} | set(_NAMED_HOURS)
"""The words a quantity can start with: numbers', fractions' ("an eighth of") and named hours' ("midnight")."""


_RATING_WORDS = frozenset(("Category", "Cat", "EF", "F"))
"""The words a storm's rating starts with (see :func:`_storm_rating`)."""
_RATED_STORM = re.compile(r"(?i)\b(?:hurricane|typhoon|cyclone|storm|tornado|twister)s?\b")
"""A storm that a sentence may give the rating of (see :func:`_storm_rating`)."""


def _storm_rating(text: str, tokens: list[Token], i: int) -> Mention | None:
    """A storm's rating on its scale, where the sentence names a storm: "a Category 4 hurricane" (Saffir-Simpson, unit
    "category"), "rated it an EF2", "an EF-3 tornado", "an F5 tornado" (Fujita, unit "EF"). Two reports' ratings
    are set against each other as measures; "Category 4" in a story of no storm stays a label."""
    token = tokens[i]
    if token.kind != "word" or token.text not in _RATING_WORDS:
        return None
    j = i + 1
    if j < len(tokens) and tokens[j].text in "-‐" and _adjacent(tokens, j):
        j += 1
    if not (j < len(tokens) and tokens[j].kind == "num" and len(tokens[j].text) == 1):
        return None
    value = float(tokens[j].text)
    fujita = token.text in ("EF", "F")
    if fujita != _adjacent(tokens, j) or value > 5 or (not fujita and value < 1) or not _RATED_STORM.search(text):
        return None  # "EF" and "F" are glued to their number ("EF2", "EF-3"); a category is written apart
    unit = "EF" if fujita else "category"
    return _mention(
        text, tokens, i, j + 1, Kind.MEASURE, value, value, unit, value, Hedge.EXACT, None, False, False, j + 1
    )


def _named_hour(text: str, tokens: list[Token], i: int) -> Mention | None:
    """Noon or midnight told as the time of something ("at noon", "just after midnight"), a time of day."""
    hours = _NAMED_HOURS.get(tokens[i].low)
    if hours is None or i == 0 or tokens[i - 1].low not in _BEFORE_AN_HOUR:
        return None
    made = _make_time(text, tokens, i, i + 1, hours, 0)
    return made if isinstance(made, Mention) else None


_CLOCK_MINUTES = {"five": 5, "ten": 10, "quarter": 15, "twenty": 20, "half": 30}
_CLOCK_LEAD = frozenset("at around about after before by until till since approximately roughly".split())
"""Words before a time of day in words that tell it is one ("at ten past four", "until half past six"): not "voted
ten to four"."""
_DAY_PART = re.compile(
    r"\s*(?:(?:(?:in|on)\s+the|this|that|yesterday|tomorrow|on\s+\w+day)\s+(?P<part>morning|afternoon|evening)"
    r"|(?:at|last|on\s+\w+day)\s+(?P<night>night)|(?P<tonight>tonight))\b"
    r"(?!\s+(?:session|trade|trading|edition|papers|shows?|news|rush|peak|commute))",
    re.IGNORECASE,
)
"""A part of the day after a time of day: "in the morning", "this afternoon", "on Tuesday evening", "at night"."""


def _word_clock(text: str, tokens: list[Token], i: int) -> Mention | None:
    """A time of day in words: "ten past four", "twenty-five to six", "a quarter to five", "half past six", when a
    word before it ("at", "until", "shortly after") or a part of the day after it ("in the morning", "last night")
    tells it is one; "am" or "pm" after it is read. Either half of the day otherwise, like "at 4.10"."""
    n = len(tokens)
    k = i + 1 if tokens[i].low == "a" else i
    if k >= n:
        return None
    minutes = _CLOCK_MINUTES.get(tokens[k].low)
    if minutes is None:
        return None
    if minutes == 20 and k + 2 < n and tokens[k + 1].text == "-" and tokens[k + 2].low == "five":
        minutes, k = 25, k + 2  # "twenty-five past"
    elif minutes == 20 and k + 1 < n and tokens[k + 1].low == "five":
        minutes, k = 25, k + 1
    if tokens[i].low == "a" and minutes != 15:
        return None
    if k + 2 >= n or tokens[k + 1].low not in ("past", "to", "after"):
        return None
    if minutes == 30 and tokens[k + 1].low != "past":
        return None  # "half to six" is no time
    hour_token = tokens[k + 2]
    hour = _UNITS.get(hour_token.low) if hour_token.kind == "word" else _digit_value(hour_token.text)
    if hour is None or not 1 <= hour <= 12 or hour != int(hour):
        return None
    end = k + 3
    if end < n and (tokens[end].low in _SCALES or tokens[end].low in ("per", "percent", "%", "-")):
        return None  # "rose by ten to four hundred", "by ten to four per cent": figures, not a time
    lead = i > 0 and tokens[i - 1].low in _CLOCK_LEAD
    oclock = end < n and tokens[end].low in ("o'clock", "o’clock")
    if oclock:
        end += 1
    if not lead and not oclock and not _DAY_PART.match(text, tokens[end - 1].end) and not _is_ampm(tokens, end):
        return None
    hours, mins = (int(hour), minutes) if tokens[k + 1].low != "to" else (int(hour) - 1, 60 - minutes)
    made = _time_then_ampm(text, tokens, i, end, hours, mins)
    return made if isinstance(made, Mention) else None


def extract_quantities(text: str, tokens: list[Token] | None = None) -> list[Mention]:
    """Find every quantity in a sentence.

    Args:
        text: One sentence.
        tokens: ``tokenize(text)``, when the caller already has it.

    Returns:
        The quantities in order, with offsets into ``text``.
    """
    if tokens is None:
        tokens = tokenize(text)
    out: list[Mention] = []
    i = 0
    n = len(tokens)
    while i < n:
        token = tokens[i]
        if token.kind != "num" and token.low not in _CAN_START and token.text not in _RATING_WORDS:
            i += 1  # the cheap test first: most tokens are plain words or punctuation
            continue
        mention = (
            _fraction_at(tokens, i)
            or _storm_rating(text, tokens, i)
            or _named_hour(text, tokens, i)
            or _word_clock(text, tokens, i)
            or _parse_at(text, tokens, i)
        )
        if mention is None:
            i += 1
            continue
        if isinstance(mention, int):
            i = mention  # skipped a non-quantity (phone number, score, name) as a whole
            continue
        if _not_a_count(tokens, mention):
            i = max(mention.last_token, i + 1)
            continue
        out.append(_as_age_bound(tokens, mention))
        i = max(mention.last_token, i + 1)
    return _coordinated_days(tokens, _changes_share_units(tokens, out))


_DAY_JOINERS = frozenset([",", "and", "or", "&"])


def _coordinated_days(tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """Days named beside a date of the same month are dates too: the 3 of "on 3 and 4 March" and of "3, 4 and 5
    March", the 4 of "March 3 and 4"."""
    out = list(mentions)
    for k in range(len(out) - 1, -1, -1):  # right to left, so that "3, 4 and 5 March" passes the month along
        for step in (1, -1):
            j = k + step
            if not 0 <= j < len(out) or out[j].kind is not Kind.DATE:
                continue
            day, date = out[k], out[j]
            left, right = (day, date) if step == 1 else (date, day)
            between = tokens[left.last_token : right.first_token]
            value = day.quantity.nominal
            if (
                day.kind is Kind.COUNT
                and tokens[day.first_token].kind == "num"  # "3 and 4 March", not "Two and 4 March"
                and day.quantity.hedge is Hedge.EXACT
                and value is not None
                and value == int(value)
                and 1 <= value <= 31
                and day.last_token == day.number_end
                and date.quantity.nominal is not None
                and len(between) == 1
                and between[0].low in _DAY_JOINERS
                # "March 3 and 4", not "March 3 attacks and 4" nor "on 11 June, 11 infants"
                and (step == 1 or (date.last_token == date.number_end and between[0].low != ","))
            ):
                month = int(date.quantity.nominal) // 100
                v = float(month * 100 + int(value))
                quantity = date.quantity.model_copy(update={"low": v, "high": v, "nominal": v})
                out[k] = dataclasses.replace(day, kind=Kind.DATE, quantity=quantity)
                break
    return out


_SCALE_FACTORS = frozenset({1e3, 1e6, 1e9, 1e12})


def _changes_share_units(tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """The first figure of a change from one figure to another written with its unit or scale only after the second
    takes them: "rose from 4.2 to 4.5 per cent" (4.2 per cent), "from 1.2 to 1.5 million" (1.2 million), "cut from
    $12 to $10 billion" ($12 billion); not "from 900 to 1.2 million", a figure already in its own scale."""
    for k in range(len(mentions) - 1):
        a, b = mentions[k], mentions[k + 1]
        if (
            a.first_token == 0
            or tokens[a.first_token - 1].low != "from"
            or a.last_token >= len(tokens)
            or tokens[a.last_token].low != "to"
            or b.first_token != a.last_token + 1
            or a.last_token != a.number_end  # a unit or a noun of its own: "from 12 people to 15"
        ):
            continue
        qa, qb = a.quantity, b.quantity
        numbers = [t for t in tokens[b.first_token : b.number_end] if t.kind == "num"]
        written = _digit_value(numbers[0].text) if len(numbers) == 1 else None
        if qa.nominal is None or qb.nominal is None or not written or qa.low is None or qa.high is None:
            continue
        factor = qb.nominal / written
        kind: Kind
        unit: str | None
        if a.kind is Kind.COUNT and qa.unit is None and b.kind is not Kind.COUNT and qb.unit:
            if qb.unit == "°C" and qb.converted:
                continue  # from °F: an offset, not a factor
            kind, unit = b.kind, qb.unit
        elif (a.kind is b.kind and qa.unit == qb.unit) and factor in _SCALE_FACTORS:
            kind, unit = a.kind, qa.unit
            numbers_a = [t for t in tokens[a.first_token : a.number_end] if t.kind == "num"]
            if len(numbers_a) != 1 or _digit_value(numbers_a[0].text) != qa.nominal:
                continue  # already scaled: "from $1.2bn to $1.5 billion"
        else:
            continue
        scaled = qa.nominal * factor
        if not 0.1 <= scaled / qb.nominal <= 10:
            continue  # "from 900 to 1.2 million": 900, not 900 million
        quantity = qa.model_copy(
            update={
                "low": qa.low * factor,
                "high": qa.high * factor,
                "nominal": scaled,
                "tolerance": qa.tolerance * factor,
                "unit": unit,
                "converted": qb.converted,
            }
        )
        mentions[k] = dataclasses.replace(a, kind=kind, quantity=quantity)
    return mentions


COUNTED_BEFORE_NOUN = frozenset("bed member room lane carriage wagon coach car strong".split())
"""Nouns a number glued to them counts in the thing that follows: "a 40-bed ward" has 40 beds, "a five-member
committee" five members, "a 150-car train" 150 cars, "a 20,000-strong crowd" 20,000 in the crowd. Not a building's
storeys nor a council's seats, whose number reports set beside others of the same value ("a nine-storey block" beside
"Nine people were killed", "the 41-seat council" beside the 24 seats a party won)."""


def _not_a_count(tokens: list[Token], mention: Mention) -> bool:
    """ "a four-storey block", "a six-point plan": a number glued to a singular noun describes the thing that follows,
    it counts nothing, but for the nouns of :data:`COUNTED_BEFORE_NOUN` ("a 40-bed ward"); "at number 14": a house
    number. A count with a decimal comma and no scale ("Lines 1,2 and 3", "the score was 2,1") is a list or a score: a
    decimal comma tells a sum, a share or a measure."""
    if mention.kind is not Kind.COUNT or mention.quantity.hedge is not Hedge.EXACT:
        return False
    first, last = mention.first_token, mention.last_token
    if (
        mention.number_end == first + 1
        and _DECIMAL_COMMA.fullmatch(tokens[first].text)
        and mention.quantity.nominal is not None
        and mention.quantity.nominal != int(mention.quantity.nominal)
    ):
        return True
    if first > 0 and tokens[first - 1].low == "number":
        return True
    if last + 1 >= len(tokens) or tokens[last].text not in "-‐" or not _adjacent(tokens, last):
        return False
    word = tokens[last + 1]
    if word.low in COUNTED_BEFORE_NOUN:
        return False  # "a 40-bed ward", "a five-member committee": counts the ward's beds, the committee's members
    return (
        word.kind == "word"
        and _adjacent(tokens, last + 1)
        and not (word.low.endswith("s") and not word.low.endswith("ss"))
        and word.low not in _UNITS
        and word.low not in _TENS
        and word.low not in _FRACTIONS
        and word.low not in _MEASURES
        and word.low not in _DURATIONS
    )


_AGE_PEOPLE = frozenset(
    """people those adults children kids women men residents patients pensioners victims voters passengers workers
    anyone everyone""".split()
)
_AGE_COPULAS = frozenset("were are was is".split())
_AGE_TALLIES = frozenset("toll tally deaths number figure total count cases turnout".split())
_AGE_BOUND_AFTER = frozenset("and or are were is was who with in at from across".split())


def _as_age_bound(tokens: list[Token], mention: Mention) -> Mention:
    """ "those who died were over 65", "people over 65 and children under five": a bound on an age, not a count
    (a count names what it counts: "over 65 people"). "aged 65 and over", "18 or older": an age's bound after it."""
    q = mention.quantity
    last = mention.last_token
    if (
        mention.kind is Kind.DURATION
        and q.unit == "year"
        and q.hedge is Hedge.EXACT
        and q.low is not None
        and last + 1 < len(tokens)
        and tokens[last].low in ("and", "or")
        and tokens[last + 1].low in ("over", "older", "above", "under", "younger", "below")
    ):
        up = tokens[last + 1].low in ("over", "older", "above")
        bound = q.model_copy(
            update={"low": q.low if up else 0.0, "high": None if up else q.high, "nominal": q.low,
                    "hedge": Hedge.LOWER if up else Hedge.UPPER}
        )  # fmt: skip
        return dataclasses.replace(mention, quantity=bound, end=tokens[last + 1].end, last_token=last + 2)
    if mention.kind is not Kind.COUNT or q.hedge not in (Hedge.LOWER, Hedge.UPPER):
        return mention
    first, last = mention.first_token, mention.last_token
    if tokens[first].low not in ("over", "under", "above", "below") or last - first != 2:
        return mention
    value = q.low if q.hedge is Hedge.LOWER else q.high
    if value is None or value != int(value) or not 1 <= value <= 120:
        return mention
    before = tokens[first - 1].low if first else ""
    if before in _AGE_COPULAS:
        # "those who died were over 65", never "the toll was over 65"
        words = {t.low for t in tokens[max(0, first - 6) : first - 1]}
        if not words & _AGE_PEOPLE or words & _AGE_TALLIES:
            return mention
    elif before not in _AGE_PEOPLE and before != "aged":
        return mention
    if last < len(tokens) and tokens[last].kind == "word" and tokens[last].low not in _AGE_BOUND_AFTER:
        return mention
    if last < len(tokens) and tokens[last].kind == "num":
        return mention
    return dataclasses.replace(mention, kind=Kind.DURATION, quantity=q.model_copy(update={"unit": "year"}))


_FRACTIONS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
    "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10,
}  # fmt: skip
_FRACTION_TOLERANCE = 2.5
"""Percentage points either side of a spoken share ("two-thirds" stands for 64-69%); an eighth of small shares."""


def _small_number(token: Token) -> float | None:
    if token.kind == "num":
        value = _digit_value(token.text)
        return value if value is not None and value == int(value) and 0 < value <= 1000 else None
    if token.low in ("a", "an", "one"):
        return 1.0
    value = _UNITS.get(token.low) or _TENS.get(token.low)
    return float(value) if value else None


_BY_HEDGES = frozenset("almost nearly about roughly around some just over under more less than close to".split())


def _by_after_change(tokens: list[Token], i: int) -> bool:
    """Token ``i`` starts the size of a change after "by", past any hedge: "fell by a quarter", "rose by almost a
    third"."""
    k = i - 1
    while k >= 0 and tokens[k].low in _BY_HEDGES:
        k -= 1
    return k >= 1 and tokens[k].low == "by" and tokens[k - 1].low in _FROM_CHANGE_VERBS


def _fraction_at(tokens: list[Token], i: int) -> Mention | None:
    """A share written as a fraction or a ratio, as a percentage: "two-thirds of", "a quarter of", "half the",
    "one in five", "four out of five", "3 in 10" (with any hedge before it: "more than four in five")."""
    n = len(tokens)
    if i + 1 >= n:
        return None
    next_word = tokens[i + 1].low
    if not (
        next_word in _FRACTIONS
        or next_word in ("in", "out", "-", "‐", "of", "the", "its", "their", "all")
        or (next_word in ("a", "an") and tokens[i].low == "half")  # "half a percentage point"
    ):
        return None  # the cheap test first: this runs at every token
    numerator = _small_number(tokens[i])
    if tokens[i].low == "half":
        numerator, denominator_at = 1.0, i
    elif numerator is None:
        return None
    else:
        denominator_at = i + 1
        if denominator_at < n and tokens[denominator_at].text in "-‐" and _adjacent(tokens, denominator_at):
            denominator_at += 1
    if denominator_at >= n:
        return None
    word = tokens[denominator_at].low
    end: int
    if word in _FRACTIONS and (word == "half") == (denominator_at == i):
        part = _part_of_a_percent(tokens, i, denominator_at, numerator, word)
        if part is not None:
            return part  # "four-tenths of a per cent", "half a percentage point"
        # a written fraction needs "of" after it ("a third of the homes"; "half the staff"): "the second
        # quarter", "a quarter higher" and "a third term" are not shares
        after = denominator_at + 1
        if after < n and tokens[after].low == "of":
            end = after
        elif word == "half" and after < n and tokens[after].low in ("the", "its", "their", "all"):
            end = after
        elif denominator_at == i + 2 and word.endswith("s") and word != "halves":
            end = after  # "two-thirds were children", "three-quarters voted": a hyphened plural share
        elif _by_after_change(tokens, i) and not (after < n and tokens[after].low in ("a", "an")):
            end = after  # "profit fell by a quarter": a change told as a fraction
        else:
            return None
        if (
            end + 2 < n
            and tokens[end].low in ("of", "the")
            and tokens[end + 1].low in ("a", "an", "the")
            and tokens[end + 2].low in _DURATIONS
        ):
            return None  # "a quarter of an hour"
        if end + 1 < n and tokens[end].low == "of" and tokens[end + 1].low in ("a", "an"):
            return None  # a part of one thing, no share: "a quarter of a percentage point", "a quarter of a million"
        if i > 0 and tokens[i - 1].low in ("the", "first", "second", "this", "last", "next"):
            return None
        denominator = float(_FRACTIONS[word])
        if numerator >= denominator and word != "half":
            return None
    elif tokens[i].kind != "sym" and word in ("in", "out"):
        k = denominator_at + 1
        if word == "out":
            if not (k < n and tokens[k].low == "of"):
                return None
            k += 1
        elif k < n and tokens[k].low == "every":
            k += 1
        if k >= n:
            return None
        denominator_value = _small_number(tokens[k])
        if (
            denominator_value is not None
            and tokens[k].low in _TENS
            and k + 2 < n
            and tokens[k + 1].text in "-‐"
            and _adjacent(tokens, k + 1)
            and tokens[k + 2].low in _UNITS
        ):
            denominator_value += _UNITS[tokens[k + 2].low]  # "one in twenty-five"
            k += 2
        if denominator_value is None or tokens[k].low in ("a", "an") or denominator_value <= numerator:
            return None
        if denominator_value < 2 or (k + 1 < n and (tokens[k + 1].low in _DURATIONS or tokens[k + 1].low in _MEASURES)):
            return None  # "5 in 10 minutes"
        if k + 1 < n and tokens[k + 1].text in "-‐,." and _adjacent(tokens, k + 1) and k + 2 < n:
            if tokens[k + 2].kind == "num":
                return None  # "1 in 1,000" is read whole elsewhere; "3 in 4.5" is no share
        denominator, end = denominator_value, k + 1
    else:
        return None
    value = round(numerator / denominator * 100, 4)
    first = i
    hedge = Hedge.EXACT
    lo: float | None = value - _FRACTION_TOLERANCE
    hi: float | None = value + _FRACTION_TOLERANCE
    low_open = high_open = False
    found = _hedge_before(tokens, i)
    if found is not None and found[0] not in ("between", "from"):
        meaning, first = found
        numeral = _Numeral(low=value, high=value, nominal=value, vague=False, end=end)
        lo, hi, low_open, high_open, hedge = _apply_hedge(meaning, numeral, value, value)
    mention = _mention(
        "", tokens, first, end, Kind.PERCENT, lo if hedge is not Hedge.EXACT else value,
        hi if hedge is not Hedge.EXACT else value, "%", value, hedge,
        " ".join(t.low for t in tokens[first:i]) or None, low_open, high_open, end,
    )  # fmt: skip
    tolerance = min(_FRACTION_TOLERANCE, value / 8)  # "1 in 1,000" is 0.1%, give or take a little
    quantity = mention.quantity.model_copy(update={"tolerance": tolerance, "converted": True})
    return dataclasses.replace(mention, quantity=quantity)


def _percent_unit(tokens: list[Token], k: int) -> tuple[str, int] | None:
    """ "per cent", "percent" (%) or "percentage point(s)" (pp) at ``k``, with the index after it."""
    n = len(tokens)
    if k < n and tokens[k].low == "percent":
        return "%", k + 1
    if k + 1 < n and tokens[k].low == "per" and tokens[k + 1].low == "cent":
        return "%", k + 2
    if k + 1 < n and tokens[k].low == "percentage" and tokens[k + 1].low in ("point", "points"):
        return "pp", k + 2
    return None


def _rate_point(tokens: list[Token], k: int) -> tuple[str, int] | None:
    """ "point" right after a fraction ("a quarter point", "half a point", "a half-point"): a percentage point, as a
    rate moves; with the index after it."""
    if k < len(tokens) and tokens[k].low == "point":
        return "pp", k + 1
    return None


def _part_of_a_percent(tokens: list[Token], i: int, denominator_at: int, numerator: float, word: str) -> Mention | None:
    """A fraction of one per cent or of one percentage point, as a percentage: "four-tenths of a per cent" (0.4%),
    "half a percentage point" (0.5 pp), "a quarter of a percentage point" (0.25 pp), "a quarter point" and "half a
    point" (0.25 and 0.5 pp, as a rate moves)."""
    n = len(tokens)
    after = denominator_at + 1
    if after + 1 < n and tokens[after].text in "-‐" and _adjacent(tokens, after):
        after += 1  # "a quarter-point"
    found = _rate_point(tokens, after)
    if found is None:
        if after < n and tokens[after].low == "of":
            after += 1
        elif word != "half":
            return None
        if not (after < n and tokens[after].low in ("a", "an")):
            return None
        found = _percent_unit(tokens, after + 1) or _rate_point(tokens, after + 1)
    if found is None:
        return None
    unit, end = found
    denominator = float(_FRACTIONS[word])
    if numerator >= denominator:
        return None
    value = round(numerator / denominator, 4)
    first, hedge, low_open, high_open = i, Hedge.EXACT, False, False
    lo: float | None = value
    hi: float | None = value
    hedged = _hedge_before(tokens, i)
    if hedged is not None and hedged[0] not in ("between", "from"):
        meaning, first = hedged
        numeral = _Numeral(low=value, high=value, nominal=value, vague=False, end=end)
        lo, hi, low_open, high_open, hedge = _apply_hedge(meaning, numeral, value, value)
    return _mention(
        "", tokens, first, end, Kind.PERCENT, lo, hi, unit, value, hedge,
        " ".join(t.low for t in tokens[first:i]) or None, low_open, high_open, end,
    )  # fmt: skip


_ID_NOUNS = frozenset(
    """junction junctions platform platforms gate gates terminal terminals exit exits pier piers room rooms ward wards
    article articles section sections clause clauses chapter flight flights route highway interstate week level
    phase stage grade category lane zone runway berth shaft reactor line lines hotline hotlines paragraph train trains
    tram trams number""".split()
)
"""Nouns a number after which names a place, a text, a step or a line rather than counts ("junction 10", "section
144", "in epidemiological week 36", "a level 3 alert", "the toll-free lines 767 or 112", "when train 5-214 struck")."""


_DIGIT_GROUPS = re.compile(r"\d{2,4}(?: \d{2,4}){2,}\b")
_THOUSANDS_BY_SPACES = re.compile(r"\d{1,3}(?: \d{3})+")


def _shared_age_hyphen(tokens: list[Token], i: int) -> bool:
    """The number at ``i`` is the first of two ages that share the second's "-year-old": "6- and 12-year-old
    children", "a 2- or 3-year-old boy"."""
    n = len(tokens)
    if not (i + 3 < n and tokens[i + 1].text == "-" and _adjacent(tokens, i + 1)):
        return False
    if tokens[i + 2].low not in ("and", "or", "to", "&") or tokens[i + 3].kind != "num":
        return False
    k = i + 4
    return k + 2 < n and tokens[k].text == "-" and tokens[k + 1].low in ("year", "month", "week", "day") and (
        tokens[k + 2].text == "-" or tokens[k + 2].low == "old"
    )


def _skip_to(tokens: list[Token], i: int) -> int:
    """Index after a run of digits and joining symbols starting at ``i`` (a phone number, a code), with no space
    between them: the run of "11/28 9:57 a.m." ends before the time."""
    j = i + 1
    while j < len(tokens) and (tokens[j].kind == "num" or tokens[j].text in "-–./") and _adjacent(tokens, j):
        j += 1
    return j


def _parse_at(text: str, tokens: list[Token], i: int) -> Mention | int | None:  # noqa: C901 - one decision table
    n = len(tokens)
    tok = tokens[i]
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < n else None

    if tok.kind == "word":
        if tok.low not in _NUMBER_STARTS:
            return None
        if tok.low in ("a", "an", "half") and not (
            nxt
            and (
                nxt.low in ("dozen", "hundred", "thousand", "million", "a")
                or nxt.low in _FRACTIONS
                or _one_span(tokens, i)
            )
        ):
            return None  # "a" and "half" start a number only as "a dozen", "half a million", "a quarter of a million"
        # A word inside a hyphenated compound after a letter ("COVID-nineteen") or an ordinal context.
        if (
            prev is not None
            and prev.text in "-‐"
            and _adjacent(tokens, i)
            and i >= 2
            and tokens[i - 2].kind == "word"
            and tokens[i - 2].low not in _TENS
        ):
            if tok.low not in _UNITS:
                return None
    if tok.kind == "sym":
        return None

    # Numbers glued to letters are names or codes: "COVID-19", "G7", "MH17", "F-16", "A320", "2nd", "4x4".
    if tok.kind == "num":
        if (
            prev is not None
            and _adjacent(tokens, i)
            and (
                prev.kind == "word"
                and prev.low not in ("rs", "zł")
                and not _rand_prefix(tokens, i)
                and not _glued_prefix(tokens, i, "N")
                and not (prev.low in _CURRENCY_MIXED_CASE and _scale_follows(tokens, i))  # "RM5 billion"
                and not (
                    len(prev.text) == 3
                    and prev.low in _CURRENCY_PREFIX_WORDS
                    and prev.text[0].isupper()
                    and (_scale_follows(tokens, i) or bool(_GROUPED.fullmatch(tok.text)))
                )  # "VND24 billion", "USD5m", "PHP500,000", "Php5 billion"
                and not (prev.low == "minus")
                or (
                    prev.text in "-‐/#№"
                    and i >= 2
                    and tokens[i - 2].kind == "word"
                    and _adjacent(tokens, i - 1)
                    and tokens[i - 2].low not in _TENS
                    and tokens[i - 2].low not in _UNITS
                )
            )
        ):
            return _skip_to(tokens, i)
        if prev is not None and prev.text in "#№" and _adjacent(tokens, i):
            return _skip_to(tokens, i)
        if (
            prev is not None
            and prev.text == "."
            and _adjacent(tokens, i)
            and not _adjacent(tokens, i - 1)
            and nxt is not None
            and (nxt.low in ("caliber", "calibre", "cal") or nxt.text in "-‐" or nxt.text[0].isupper())
        ):
            return _skip_to(tokens, i)  # "a .22 caliber rifle", "a .45 Smith and Wesson": a calibre
        if nxt is not None and nxt.text == "News":
            return i + 1  # "told FOX 4 News", "spoke with 69 News": a broadcaster's name
        if (
            i == 0
            and re.fullmatch(r"\d{1,2}\.\d{1,2}", tok.text)
            and nxt is not None
            and nxt.kind == "word"
            and nxt.text[0].isupper()
            and nxt.low not in _SCALES
            and nxt.low not in _MEASURES
            and nxt.low not in ("per", "percent")
        ):
            return i + 1  # "3.7 A help desk has been opened": a numbered paragraph
        if nxt is not None and nxt.text in ("Q", "H") and _adjacent(tokens, i + 1) and tok.text in "1234":
            return _skip_to(tokens, i + 1)  # "in 3Q25", "2H 2025": a quarter or a half of a year
        if prev is not None and prev.text in "+-−" and i >= 2 and tokens[i - 2].low in ("gmt", "utc", "cet", "est"):
            return i + 1  # "(GMT+3)": a time zone
        if prev is not None and prev.text == "[" and _adjacent(tokens, i - 1) and nxt is not None and nxt.text == "]":
            return i + 2  # a reference marker glued to the text before it: "killing both.[1][7]"
        if tok.text in _EMERGENCY_NUMBERS and (
            (nxt is not None and nxt.low in _CALL_WORDS) or (prev is not None and prev.low in _DIAL_WORDS)
        ):
            return i + 1  # "a 911 call", "dialled 999": a telephone number
        if re.fullmatch(r"\d{1,6}", tok.text):
            address = _address_end(tokens, i)
            if address is None and nxt is not None and nxt.low in ("and", "&") and i + 2 < len(tokens):
                if re.fullmatch(r"\d{1,6}", tokens[i + 2].text):
                    address = _address_end(tokens, i + 2)  # "2200 and 2210 Yonge Street": two street numbers
            if address is not None:
                return address  # "at 1603 Cape Coral Parkway", "near the 55 Freeway": a street address
        if re.match(r"\d{1,4}(?:-\d{2,4}){2,}|\d{3}-\d{3,4}-[A-Za-z]", text[tok.start :]):
            return _skip_to(tokens, i)  # "1-877-903-STOP", "555-123-4567": a phone number or a code
        if _shared_age_hyphen(tokens, i):
            return i + 2  # "6- and 12-year-old children": the first of two ages, no count
        if (
            nxt is not None
            and nxt.text == "/"
            and _adjacent(tokens, i + 1)
            and i + 2 < n
            and tokens[i + 2].kind == "num"
            and _adjacent(tokens, i + 2)
        ):
            return _skip_to(tokens, i)
        if (
            nxt is not None
            and _adjacent(tokens, i + 1)
            and nxt.kind == "word"
            and nxt.low in ("st", "nd", "rd", "th", "x")
        ):
            return _skip_to(tokens, i + 1) if nxt.low != "x" else _skip_to(tokens, i)
        # Phone numbers: 555-0134, (020) 7946 0958, +44 20 ..., and a trunk code's leading zero then groups of digits
        # ("0800 100 066", "020 7946 0958"), which no figure opens with
        phone = re.match(r"0\d{2,4}(?: \d{2,4}){1,3}\b", text[tok.start :])
        if phone is None:
            # three groups or more of two to four digits that are no grouping in thousands: "13 11 14", "1800 55 1800"
            phone = _DIGIT_GROUPS.match(text[tok.start :])  # matched on the slice, as the others: see ``end`` below
            if phone and _THOUSANDS_BY_SPACES.fullmatch(phone.group()):
                phone = None
        if phone is None and re.match(r"\(?\+?\d[\d\s().-]{6,}\d", text[tok.start : tok.start + 20]):
            phone = re.match(r"\+?\(?\d{2,4}\)?[\s.-]?\d{3,4}[\s.-]\d{4}\b|\d{3}-\d{4}\b", text[tok.start :])
            if phone and re.fullmatch(r"\d{1,3}(?:,\d{3})+", phone.group()):
                phone = None  # "1,234,567": a number grouped in thousands
        if phone:
            end = tok.start + phone.end()
            j = i
            while j < n and tokens[j].start < end:
                j += 1
            return j
        # "No. 10", "Article 5", "Route 66", "Boeing 737": a number after a capitalised name word.
        if (
            prev is not None
            and prev.kind == "word"
            and prev.text[0].isupper()
            and not _is_year_value(_digit_value(tok.text) or 0, tok.text)
            and not prev.low.endswith(("'s", "’s"))
        ):
            if prev.low == "no" and i >= 1:
                return _skip_to(tokens, i)
            if (
                prev.low not in _MONTHS
                and prev.low not in _NAME_BLOCKERS
                and prev.low not in _CURRENCY_WORDS
                and prev.low not in _CURRENCY_PREFIX_WORDS
                and prev.low not in _CURRENCY_MIXED_CASE
                and not (i >= 2 and tokens[i - 2].text in '.!?"“')
                and not _followed_by_count_noun(tokens, i + 1)
                and not (nxt is not None and nxt.text in ("%", ":"))
                and not (nxt is not None and nxt.low in _SCALE_AFTER_NAME)
                and not _percent_words(tokens, i + 1)  # "had given Wróbel 53.6 percent"
                # A name never groups its digits or takes a unit: "Villareal 401,118", "Mohenjo Daro 309 mm" (a unit
                # of two letters or more, written in lower case and not an English word: not "Huawei 5G", "Apollo 11
                # in July").
                and not _GROUPED.fullmatch(tok.text)
                and not (nxt is not None and _unit_after_name(nxt))
            ):
                j = _skip_to(tokens, i)
                if j + 1 < n and tokens[j].low == "of" and tokens[j + 1].kind == "num":
                    return _skip_to(tokens, j + 1)  # "Image 9 of 40", "Part 2 of 3": a place in a series
                return j
        if prev is not None and prev.text == "." and i >= 2 and tokens[i - 2].low == "no":
            return _skip_to(tokens, i)
        if prev is not None and prev.kind == "word" and re.match(r"^[a-z]+[A-Z]", prev.text):
            return _skip_to(tokens, i)  # "iPhone 16", "eBay 3"
        if (
            prev is not None
            and prev.low in _ID_NOUNS
            and not _followed_by_count_noun(tokens, i + 1)
            and not (nxt is not None and (nxt.text in ("%", ":") or nxt.low in _SCALE_AFTER_NAME))
        ):
            # "at junction 10", "platforms 3 and 4", "under section 144": a number that names, not counts
            j = _skip_to(tokens, i)
            while j + 1 < n and tokens[j].low in ("and", "or", "to", "-", "–", ",") and tokens[j + 1].kind == "num":
                j = _skip_to(tokens, j + 1)
            return j

    numeral = _read_numeral(tokens, i)
    if numeral is None:
        return None
    if (
        tok.kind == "num"
        and numeral.end == i + 1
        and numeral.end + 1 < n
        and tokens[i + 1].low == "block"
        and tokens[i + 2].low == "of"
    ):
        return i + 1  # "the 300 block of Main Street": an address
    if (
        tok.kind == "num"
        and prev is not None
        and prev.low == "the"
        and numeral.end == i + 1
        and numeral.end < n
        and tokens[numeral.end].low in _NAME_FOLLOWERS
    ):
        return i + 1  # "the 411 came off the rails", "I catch the 411 myself": a route or service name
    # "one" as a pronoun: "no one", "one of", "one another", "the one".
    if tok.low == "one" and numeral.end == i + 1:
        after = tokens[i + 1].low if i + 1 < n else ""
        before = prev.low if prev else ""
        partitive = (
            after == "of"
            and i + 3 < n
            and tokens[i + 2].low == "the"
            and (tokens[i + 3].kind == "num" or tokens[i + 3].low in _UNITS or tokens[i + 3].low in _TENS)
        )
        pronoun = before in _ONE_BEFORE or after in _ONE_AFTER
        if pronoun and not partitive:
            return i + 1
    j = numeral.end
    first = i
    kind = Kind.COUNT
    unit: str | None = None
    lo: float | None = numeral.low
    hi: float | None = numeral.high
    nominal = numeral.nominal
    hedge = Hedge.VAGUE if numeral.vague else Hedge.EXACT
    qualifier: str | None = None
    low_open = high_open = False
    rounded = numeral.scaled and bool(numeral.digits)  # "1.2 million", "18.48m": rounded at the last digit written

    # Ordinal compounds written with words are not matched above; ordinals as digits were skipped.
    # Scores and ranges written "A-B"
    if (
        j + 1 < n
        and tokens[j].text in "-–—"
        and tokens[j + 1].kind == "num"
        and tok.kind == "num"
        and numeral.end == i + 1
    ):
        other = _read_numeral(tokens, j + 1)
        if other is not None:
            context = {t.low for t in tokens[max(0, i - 4) : min(n, other.end + 4)]}
            if context & VOTE_CONTEXT and not context & _SPORT_CONTEXT:
                pass  # a vote tally ("passed 34-20", "voted 4-2"): two counts of votes, read one at a time
            elif context & _SCORE_CONTEXT or other.low < numeral.low or _range_low(numeral, other) > other.high:
                return other.end  # a score, or no range: "2-1b" would run from 2 billion down to 1 billion
            else:
                lo = _range_low(numeral, other)
                hi = other.high
                nominal = None
                hedge = Hedge.RANGE
                j = other.end
    # Times: "12:45", "12:45 a.m.", "2.15pm", "9 p.m."
    if (
        tok.kind == "num"
        and numeral.end == i + 1
        and j + 1 < n
        and tokens[j].text == ":"
        and tokens[j + 1].kind == "num"
        and _adjacent(tokens, j)
        and _adjacent(tokens, j + 1)
        and len(tokens[j + 1].text) == 2
    ):
        return _time_then_ampm(text, tokens, i, j + 2, int(numeral.low), int(tokens[j + 1].text))
    if (
        j < n
        and tokens[j].low in ("o'clock", "o’clock")
        and float(numeral.low).is_integer()
        and 1 <= numeral.low <= 12
    ):
        return _time_then_ampm(text, tokens, i, j + 1, int(numeral.low), 0)  # "four o'clock", "4 o'clock p.m."
    marker = _is_ampm(tokens, j) if tok.kind == "num" else 0
    if (
        not marker
        and tok.kind == "num"
        and numeral.end == i + 1
        and re.fullmatch(r"\d{1,2}[.]\d{2}", tok.text)
        and _DAY_PART.match(text, tok.end)
    ):
        hours, minutes = (int(part) for part in tok.text.split("."))
        if 1 <= hours <= 12 and minutes < 60:
            return _time_then_ampm(text, tokens, i, j, hours, minutes)  # "at 4.10 in the morning"
    if marker and numeral.end == i + 1:
        value = tok.text
        if re.fullmatch(r"\d{1,2}(?:[.]\d{2})?", value):
            hours = int(value.split(".")[0])
            minutes = int(value.split(".")[1]) if "." in value else 0
            if hours <= 12 and minutes < 60:
                hours = _apply_ampm(hours, tokens[j].low)
                return _make_time(text, tokens, i, j + marker, hours, minutes)
    if (
        not marker
        and tok.kind == "num"
        and numeral.end == i + 1
        and prev is not None
        and prev.low in _CLOCK_LEAD
        and re.fullmatch(r"\d{1,2}[.]\d{2}", tok.text)
        and j < n
        and tokens[j].low in _TIME_ZONES
        and (tokens[j].text.isupper() or tokens[j].low in ("hrs", "hours") or _then_local_time(tokens, j))
    ):
        hours, minutes = (int(part) for part in tok.text.split("."))
        if hours < 24 and minutes < 60:
            return _make_time(text, tokens, i, j, hours, minutes)  # "at 23.15 WIB", "by 06.15 hrs", "21.40 local time"
    # Dates: "November 14, 2025", "Nov. 14", "14 November 2025", "March 3"
    month_before = _month_at(tokens, i - 1) if prev is not None else None
    if month_before is None and prev is not None and prev.text == "." and i >= 2 and _adjacent(tokens, i - 1):
        month_before = _month_at(tokens, i - 2)
    if tok.kind == "num" and month_before and numeral.end == i + 1 and 1 <= numeral.low <= 31 and "." not in tok.text:
        start_tok = i - 1 if prev is not None and prev.kind == "word" else i - 2
        day = int(numeral.low)
        j = i + 1
        if j < n and tokens[j].low in ("st", "nd", "rd", "th") and _adjacent(tokens, j):
            j += 1
        year = None
        if (
            j + 1 < n
            and tokens[j].text == ","
            and tokens[j + 1].kind == "num"
            and _is_year_value(float(tokens[j + 1].text) if tokens[j + 1].text.isdigit() else 0, tokens[j + 1].text)
        ):
            year = int(tokens[j + 1].text)
            j += 2
        elif (
            j < n
            and tokens[j].kind == "num"
            and _is_year_value(float(tokens[j].text) if tokens[j].text.isdigit() else 0, tokens[j].text)
        ):
            year = int(tokens[j].text)
            j += 1
        return _make_date(tokens, start_tok, j, month_before, day, year)
    if (
        tok.kind == "num"
        and numeral.end == i + 1
        and 1 <= numeral.low <= 31
        and "." not in tok.text
        and "," not in tok.text
    ):
        k = i + 1
        if k < n and tokens[k].low in ("st", "nd", "rd", "th") and _adjacent(tokens, k):
            k += 1
        if k < n and tokens[k].low == "of":
            k += 1
        month_after = _month_at(tokens, k)
        if month_after:
            j = k + 1
            if j < n and tokens[j].text == "." and _adjacent(tokens, j) and tokens[k].low not in _FULL_MONTHS:
                j += 1  # an abbreviated month ("3 Mar."), not a full stop after "3 March."
            year = None
            if (
                j < n
                and tokens[j].kind == "num"
                and tokens[j].text.isdigit()
                and _is_year_value(float(tokens[j].text), tokens[j].text)
            ):
                year = int(tokens[j].text)
                j += 1
            return _make_date(tokens, i, j, month_after, int(numeral.low), year)
    if (
        tok.kind == "num"
        and numeral.end == i + 1
        and tok.text.isdigit()
        and j < n
        and tokens[j].low in ("st", "nd", "rd", "th")
    ):
        return j + 1  # an ordinal that was not glued

    # Clock times written "0300 GMT", "2145 GMT", "2115 local time", or "0615H" (an official's 24-hour clock)
    if (
        tok.kind == "num"
        and re.fullmatch(r"\d{4}", tok.text)
        and j < n
        and (tokens[j].low in _TIME_ZONES or (tokens[j].text == "H" and _adjacent(tokens, j)))
        and (
            tokens[j].text.isupper()
            or tokens[j].low in ("hrs", "hours")
            or _then_local_time(tokens, j)  # "2115 local time"
        )
    ):
        hours, minutes = divmod(int(tok.text), 100)
        if hours < 24 and minutes < 60:
            glued = tokens[j].text == "H" and _adjacent(tokens, j)
            return _make_time(text, tokens, i, j + 1 if glued else j, hours, minutes)  # "0615H" whole, not "0615"
    # Decades of age: "in her 60s", "in her 60's", "3 women in 20's"
    apostrophe = j + 1 < n and tokens[j].text in "'’" and _adjacent(tokens, j) and tokens[j + 1].low == "s"
    if (
        tok.kind == "num"
        and re.fullmatch(r"\d0", tok.text)
        and j < n
        and ((tokens[j].low == "s" and _adjacent(tokens, j)) or (apostrophe and _adjacent(tokens, j + 1)))
        and prev is not None
        and (prev.low in ("her", "his", "their", "early", "late", "mid", "its") or (apostrophe and prev.low == "in"))
    ):
        decade = float(tok.text)
        end = j + 2 if apostrophe else j + 1
        return _mention(
            text,
            tokens,
            i,
            end,
            Kind.DURATION,
            decade,
            decade + 9,
            "year",
            None,
            Hedge.RANGE,
            None,
            False,
            False,
            end,
            False,
        )
    # Negative figures: "minus 12C", "-45C"
    negative = False
    if (
        tok.kind == "num"
        and prev is not None
        and (
            prev.low == "minus"
            or (prev.text in "-−" and _adjacent(tokens, i) and (i < 2 or not _adjacent(tokens, i - 1)))
        )
    ):
        negative = True
        first = i - 1
        lo, hi = -numeral.high, -numeral.low
        nominal = -nominal if nominal is not None else None
    # Hedges before
    numeral_first = first
    hedge_before = _hedge_before(tokens, first)
    currency = _currency_before(tokens, first)
    if currency is not None:
        kind = Kind.MONEY
        unit = currency[0]
        first = currency[1]
        hedge_before = _hedge_before(tokens, first) or hedge_before
        # "$2-3 million": the partner after "-" or "to" is read below.
    if hedge_before is not None:
        meaning, hedge_start = hedge_before
        if meaning == "between" or meaning == "from":
            joiners = ("and", "to", "-", "–") if meaning == "between" else ("to", "-", "–")
            joiner_at = _past_repeated_percent(tokens, j, joiners)
            if joiner_at == j:
                joiner_at = _past_repeated_unit(tokens, j, joiners)  # "between 38°C and 40°C"
            partner = _range_partner(tokens, joiner_at, joiners)
            if partner is not None:
                if meaning == "from" and _words_before(tokens, hedge_start) & _FROM_CHANGE_VERBS:
                    partner = None  # "rose from 112 to 130": two figures, not a range
            if (
                partner is not None
                and meaning == "from"
                and not negative
                and _range_low(numeral, partner[0]) > partner[0].high
            ):
                partner = None  # "from 38 to 35 hours": a fall, never a range
            if partner is not None:
                other, j = partner
                lo, hi = _range_low(numeral, other), other.high  # "between 2 and 3 million"
                if negative:
                    lo = -numeral.high  # "from -10 to 5 degrees"
                nominal = None
                hedge = Hedge.RANGE
                qualifier = tokens[hedge_start].low
                if (
                    _is_year_value(numeral.low, tok.text)
                    and re.fullmatch(r"\d{4}", tokens[j - 1].text or "")
                    and _is_year_value(other.low, tokens[j - 1].text)
                    and currency is None
                ):
                    return _mention(
                        text,
                        tokens,
                        hedge_start,
                        j,
                        Kind.DATE,
                        numeral.low,
                        other.high,
                        "year",
                        None,
                        Hedge.RANGE,
                        qualifier,
                        False,
                        False,
                        j,
                        False,
                    )
                first = min(first, hedge_start)
        else:
            qualifier = " ".join(t.low for t in tokens[hedge_start:first])
            first = hedge_start
            lo, hi, low_open, high_open, hedge = _apply_hedge(meaning, numeral, _known(lo), _known(hi))
    # Plain ranges "20 to 30", "three or four", "about 20 to 30", "$40m-$50m" (not "from ... to" after a change
    # verb, handled above)
    joiner = _past_repeated_percent(tokens, j, ("to", "-", "–"))  # "3% to 4%", "3%-4%"
    joined = joiner + 1 < n and (
        tokens[joiner].low in ("to", "or")
        or (tokens[joiner].text in "-–" and currency is not None and tokens[joiner + 1].text in _CURRENCY_SYMBOLS)
        or joiner > j
    )
    if joined and ((hedge is Hedge.EXACT and qualifier is None) or hedge is Hedge.APPROX):
        partner = _range_partner(tokens, joiner, ("to", "or", "-", "–"))
        if partner is not None:
            other, k = partner
            context = {t.low for t in tokens[max(0, i - 3) : i]}
            change_verbs = _CHANGE_VERBS
            at = i - 2 if i >= 2 and tokens[i - 1].text in _CURRENCY_SYMBOLS else i - 1  # "from $12"
            if at >= 0 and tokens[at].low == "from":
                context |= _words_before(tokens, at)  # "lifts the retirement age from 62 to 64"
                change_verbs = _FROM_CHANGE_VERBS
            low = _range_low(numeral, other)
            if (
                other.low > numeral.low
                and low <= other.high  # not "2-1b": 2 billion is no lower end of 1 billion
                and not context & change_verbs
                and not (tokens[j].low == "to" and _is_year_value(numeral.low, tok.text))
            ):
                lo, hi = low, other.high
                low_open = high_open = False
                nominal = None
                hedge = Hedge.RANGE
                j = k
    # Hedges after: "or more", "or so", "-plus", "+"
    if j + 1 < n and tokens[j].low == "or" and tokens[j + 1].low in ("more", "so", "above", "over"):
        word = tokens[j + 1].low
        if word == "so":
            lo, hi, hedge = numeral.low * 0.9, numeral.high * 1.1, Hedge.APPROX
        else:
            lo, hi, hedge = numeral.low, None, Hedge.LOWER
        qualifier = f"or {word}"
        j += 2
    elif j < n and (tokens[j].text == "+" and _adjacent(tokens, j)):
        lo, hi, hedge, qualifier = numeral.low, None, Hedge.LOWER, "+"
        j += 1
    elif j + 1 < n and tokens[j].text in "-‐" and tokens[j + 1].low == "plus" and _adjacent(tokens, j):
        lo, hi, hedge, qualifier = numeral.low, None, Hedge.LOWER, "-plus"
        j += 2

    # Kind and unit after the numeral
    after = tokens[j].low if j < n else ""
    after_tok = tokens[j] if j < n else None
    hyphen = after_tok is not None and after_tok.text in "-‐" and _adjacent(tokens, j) and j + 1 < n
    unit_idx = j + 1 if hyphen else j
    unit_word = tokens[unit_idx].low if unit_idx < n else ""
    inches: tuple[float, int] | None = None  # the inches of a height in feet and inches
    if unit_idx + 1 < n and (
        (unit_word in _DURATION_MODIFIERS and tokens[unit_idx + 1].low in _DAYS_AND_MORE)
        or (
            tokens[unit_idx + 1].low in _SPANS_OF_TIME
            and _describes_a_span(tokens[unit_idx])
            and not _bare_year(tok, numeral)  # "the 2023 financial year" names a year
        )
    ):
        # "38 hearing days", "11 working days", "three straight weeks", "13 agonising hours": a span of time
        unit_idx += 1
        unit_word = tokens[unit_idx].low
    if kind is Kind.MONEY:
        pass  # "$2.5 million" and "$1.8 billion" were scaled with the numeral; no unit follows a currency
    elif sign := _percent_sign(tokens, j):
        kind = Kind.PERCENT
        unit = "%"
        j += sign
        if j + 1 < n and tokens[j].low == "percentage" and tokens[j + 1].low == "points":
            unit = "pp"
            j += 2
    elif after == "percentage" and j + 1 < n and tokens[j + 1].low in ("points", "point"):
        kind, unit = Kind.PERCENT, "pp"
        j += 2
    elif (
        after == "of"
        and j + 1 < n
        and tokens[j + 1].low in ("a", "an")
        and tok.kind == "num"
        and nominal is not None
        and 0 < nominal < 1
        and (part := _percent_unit(tokens, j + 2) or _rate_point(tokens, j + 2)) is not None
    ):
        kind, unit = Kind.PERCENT, part[0]  # "0.4 of a percentage point", "0.3 of a per cent"
        j = part[1]
    elif after in ("basis",) and j + 1 < n and tokens[j + 1].low in ("points", "point"):
        kind, unit = Kind.PERCENT, "pp"
        lo, hi = _scale(lo, 0.01), _scale(hi, 0.01)
        nominal = _scale(nominal, 0.01)
        j += 2
    elif (
        unit_word in ("cents", "cent", "pence", "p")
        and kind is Kind.COUNT
        and (unit_word != "p" or _adjacent(tokens, unit_idx))
        and not (unit_word == "cent" and prev is not None and prev.low == "per")
    ):
        kind = Kind.MONEY
        unit = "GBP" if unit_word in ("pence", "p") else "USD"
        lo, hi, nominal = _scale(lo, 0.01), _scale(hi, 0.01), _scale(nominal, 0.01)
        j = unit_idx + 1
    elif (
        unit_word in ("pound", "pounds")
        and not numeral.scaled
        and ((unit_idx + 1 < n and tokens[unit_idx + 1].low == "of") or _WEIGHT_CONTEXT.search(text))
    ):
        kind, unit = Kind.MEASURE, "kg"
        lo, hi, nominal = _scale(lo, 0.45359237), _scale(hi, 0.45359237), _scale(nominal, 0.45359237)
        j = unit_idx + 1
    elif unit_word in ("points", "point") and _POLL_CONTEXT.search(text):
        kind, unit = Kind.PERCENT, "pp"
        j = unit_idx + 1
    elif unit_word in _CURRENCY_WORDS and not (unit_word == "lempira" and tokens[unit_idx].text != "lempira") and (
        unit_word not in ("real", "won", "franc", "crowns")
        or (unit_word == "won" and _won_is_money(tokens, unit_idx, numeral))  # "287.6bn won", "5,000 won."
        or (unit_word == "crowns" and (numeral.scaled or numeral.low >= 1000))  # "4.2 billion crowns", not "3 crowns"
    ):
        kind = Kind.MONEY
        unit = _CURRENCY_WORDS[unit_word]
        j = unit_idx + 1
        if unit_word in ("pound", "pounds") and j < n and tokens[j].low == "sterling":
            j += 1
    elif unit_word in _CURRENCY_QUALIFIED and unit_idx + 1 < n and tokens[unit_idx + 1].low in ("dollars", "dollar"):
        kind = Kind.MONEY
        unit = _CURRENCY_QUALIFIED[unit_word]
        j = unit_idx + 2
    elif (
        unit_word in _CURRENCY_NATIONS
        and unit_idx + 1 < n
        and tokens[unit_idx + 1].low in _CURRENCY_WORDS
        and not _bare_year(tok, numeral)
    ):
        kind = Kind.MONEY  # "2.4 million Swiss francs", "500 Kenyan shillings", "38.4 trillion Colombian pesos"
        unit = _CURRENCY_NATIONS[unit_word]
        j = unit_idx + 2
    elif (
        unit_idx + 2 < n
        and (unit_word, tokens[unit_idx + 1].low) in _CURRENCY_NATIONS_2
        and tokens[unit_idx + 2].low in _CURRENCY_WORDS
        and not _bare_year(tok, numeral)
    ):
        kind = Kind.MONEY  # "5 billion Sri Lankan rupees", "HK$" written out: "2 billion Hong Kong dollars"
        unit = _CURRENCY_NATIONS_2[(unit_word, tokens[unit_idx + 1].low)]
        j = unit_idx + 3
    elif (
        unit_idx + 1 < n
        and tokens[unit_idx].text[:1].isupper()
        and tokens[unit_idx].kind == "word"
        and tokens[unit_idx + 1].low in _CURRENCY_WORDS
        and tokens[unit_idx + 1].low not in ("real", "won", "franc", "som", "lei", "lev", "dong", "rand")
        and not _bare_year(tok, numeral)
    ):
        # a nation the lists above do not know ("5 billion Malagasy francs"): money all the same, in a currency of
        # its own, never taken for the default of its name (Swiss francs, Mexican pesos)
        kind = Kind.MONEY
        unit = f"{tokens[unit_idx].low} {_currency_plural(tokens[unit_idx + 1].low)}"
        j = unit_idx + 2
    elif unit_word in ("square", "sq") and unit_idx + 1 < n and tokens[unit_idx + 1].low in _SQUARE:
        kind = Kind.MEASURE
        unit, factor = _SQUARE[tokens[unit_idx + 1].low]
        lo, hi, nominal = _scale(lo, factor), _scale(hi, factor), _scale(nominal, factor)
        j = unit_idx + 2
    elif unit_word in ("cubic",) and unit_idx + 1 < n and tokens[unit_idx + 1].low in _CUBIC:
        kind = Kind.MEASURE
        unit, factor = _CUBIC[tokens[unit_idx + 1].low]
        lo, hi, nominal = _scale(lo, factor), _scale(hi, factor), _scale(nominal, factor)
        j = unit_idx + 2
    elif (
        unit_word == "magnitude"
        or (prev is not None and prev.low == "magnitude")
        or (i >= 2 and tokens[i - 1].text in "-" and tokens[i - 2].low == "magnitude")
        or (
            kind is Kind.COUNT
            and "." in tok.text
            and "," not in tok.text
            and (_digit_value(tok.text) or 10) < 10
            and (
                any(t.low == "magnitude" for t in tokens[max(0, i - 4) : i])
                or (j < n and tokens[j].low == "on" and any(t.low == "richter" for t in tokens[j : j + 4]))
            )
        )
    ):
        kind, unit = Kind.MEASURE, "magnitude"
        if unit_word == "magnitude":
            j = unit_idx + 1
        elif prev is not None and prev.low == "magnitude" and qualifier is None:
            first = i - 1
        elif i >= 2 and tokens[i - 2].low == "magnitude" and qualifier is None:
            first = i - 2
    elif unit_word in ("°", "º", "degrees", "degree", "deg") or (after_tok is not None and after_tok.text in "°º"):
        k = unit_idx + 1
        scale_word = tokens[k].low if k < n else ""
        if scale_word in ("f", "fahrenheit"):
            lo, hi, nominal = _fahrenheit(lo), _fahrenheit(hi), _fahrenheit(nominal)
            k += 1
        elif scale_word in ("c", "celsius", "centigrade"):
            k += 1
        elif unit_word in ("degrees", "degree"):
            return _mention(
                text,
                tokens,
                first,
                k,
                Kind.MEASURE,
                lo,
                hi,
                "°",
                nominal,
                hedge,
                qualifier,
                low_open,
                high_open,
                numeral.end,
                rounded,
            )
        kind, unit = Kind.MEASURE, "°C"
        j = k
    elif (
        unit_word in ("f", "c")
        and unit_idx < n
        and _adjacent(tokens, unit_idx)
        and tokens[unit_idx].text.isupper()
        and tok.kind == "num"
    ):
        if unit_word == "f":
            lo, hi, nominal = _fahrenheit(lo), _fahrenheit(hi), _fahrenheit(nominal)
        kind, unit = Kind.MEASURE, "°C"
        j = unit_idx + 1
    elif (
        unit_word == "parts"
        and unit_idx + 2 < n
        and tokens[unit_idx + 1].low == "per"
        and tokens[unit_idx + 2].low in ("million", "billion")
    ):
        per = 1.0 if tokens[unit_idx + 2].low == "million" else 0.001  # "150 parts per billion" is 0.15 ppm
        kind, unit = Kind.MEASURE, "ppm"
        lo, hi, nominal = _scale(lo, per), _scale(hi, per), _scale(nominal, per)
        j = unit_idx + 3
    elif unit_word in _MEASURES and _measure_applies(tokens, unit_idx, numeral):
        m_unit, factor, offset = _MEASURES[unit_word]
        if unit_word in ("kt", "kts") and _kilotonnes(tokens, unit_idx):
            m_unit, factor, offset = "kg", 1e6, 0.0
        kind, unit = Kind.MEASURE, m_unit
        lo, hi, nominal = _scale(lo, factor, offset), _scale(hi, factor, offset), _scale(nominal, factor, offset)
        j = unit_idx + 1
        inches = _inches_after_feet(tokens, j) if unit_word in ("ft", "foot", "feet") else None
        if inches is not None:
            # a height in feet and inches, one figure: "5 feet 10 inches", "5ft 10in", "6-foot-2", "5 feet, 10-inches"
            extra, j = inches
            lo, hi, nominal = (None if v is None else v + extra * 0.0254 for v in (lo, hi, nominal))
        # "km/h", "km per hour"
        if (
            unit_word in ("km", "kilometres", "kilometers", "miles", "mile", "m", "metres", "meters")
            and j + 1 < n
            and (tokens[j].text == "/" or tokens[j].low == "per")
            and tokens[j + 1].low in ("h", "hr", "hour", "s", "sec", "second")
        ):
            per = 3600 if tokens[j + 1].low in ("h", "hr", "hour") else 1
            lo, hi, nominal = _scale(lo, 1 / per), _scale(hi, 1 / per), _scale(nominal, 1 / per)
            unit = "m/s"
            j += 2
        elif unit_word == "nautical" and j < n and tokens[j].low in ("miles", "mile"):
            j += 1
        elif m_unit in ("µg", "kg") and (volume := _per_volume(tokens, j)) is not None:
            # a concentration, in micrograms per litre: "0.85 ng/mL", "250 micrograms per cubic metre", "5 mg/L"
            litres, j = volume
            to_micrograms = (1e9 if m_unit == "kg" else 1.0) / litres
            lo, hi = _scale(lo, to_micrograms), _scale(hi, to_micrograms)
            nominal = _scale(nominal, to_micrograms)
            unit = "µg/L"
    elif unit_word in _DURATIONS and not (unit_word in ("h",) and not _adjacent(tokens, unit_idx)):
        d_unit, factor = _DURATIONS[unit_word]
        k = unit_idx + 1
        # ages: "34-year-old", "34 years old", "aged 34"
        is_age = (
            d_unit == "year"
            and k < n
            and (
                tokens[k].low == "old"
                or (tokens[k].text in "-‐" and k + 1 < n and tokens[k + 1].low in ("old", "olds"))
            )
        )
        if unit_word == "second" and not hyphen and tok.kind != "num":
            return None
        kind = Kind.DURATION
        unit = d_unit
        lo, hi, nominal = _scale(lo, factor), _scale(hi, factor), _scale(nominal, factor)
        j = unit_idx + 1
        if is_age:
            j = k + (1 if tokens[k].low == "old" else 2)
        elif j + 1 < n and tokens[j].low in ("a", "an", "per", "each", "every") and tokens[j + 1].low in _PERIODS:
            # A schedule, not a span: "open seven days a week", "10 hours a day" are compared only with schedules.
            unit = f"{d_unit}/{_PERIODS[tokens[j + 1].low]}"
            j += 2
        elif hedge is not Hedge.RANGE:
            rest = _duration_rest(tokens, j, d_unit, factor)  # "seven years and six months" is seven and a half years
            if rest is None and tokens[unit_idx - 1].low in ("a", "an"):
                fraction = _span_and_fraction(tokens, j)  # "a day and a half", "an hour and a quarter"
                rest = None if fraction is None else (fraction[0] * factor, fraction[1])
            if rest is not None:
                extra, j = rest
                lo, hi, nominal = (None if v is None else v + extra for v in (lo, hi, nominal))
        # "5 years ago" stays a duration; "in 10 days" too.
    elif unit_word == "yo" and tok.kind == "num" and _adjacent(tokens, unit_idx) and 0 < numeral.low < 120:
        kind, unit = Kind.DURATION, "year"  # "a 15yo", "15-yo": an age, as newsroom shorthand writes it
        j = unit_idx + 1
    elif (
        _after_age_word(tokens, i)
        or _after_age_word(tokens, first)
        or _in_age_list(tokens, first)
        or (
            tok.kind == "num"
            and j == i + 1
            and (_age_of_eldest(tokens, first) or _age_of_person(text, tokens, i, numeral.low))
        )
        or (tok.kind == "num" and numeral.end == i + 1 and j == i + 1 and _age_ahead(tokens, j))
    ):
        kind, unit = Kind.DURATION, "year"
        bound = _age_bound_before(tokens, first)
        if bound is not None and hedge is Hedge.EXACT:
            # "under the age of eight": below 8, not 8; "over the age of 65": above 65
            qualifier = f"{bound} the age of"
            first -= len(bound.split()) + 3
            if bound == "up to":
                lo, hedge = 0.0, Hedge.UPPER  # "women up to the age of 55": 55 and under
            elif bound in ("under", "below"):
                lo, hi, high_open, hedge = 0.0, hi, True, Hedge.UPPER
            else:
                lo, hi, low_open, hedge = lo, None, True, Hedge.LOWER
    elif tok.kind == "num" and _is_year_value(numeral.low, tok.text) and numeral.end == i + 1 and currency is None:
        # A bare four-digit number between 1800 and 2100 is a year unless it counts something.
        counts = _followed_by_count_noun(tokens, j) and hedge is not Hedge.RANGE and not _year_of(tokens, i, j)
        if not counts and qualifier is None:
            if j < n and tokens[j].low == "s" and _adjacent(tokens, j):
                return _mention(
                    text,
                    tokens,
                    i,
                    j + 1,
                    Kind.DATE,
                    numeral.low,
                    numeral.low + 9,
                    "year",
                    None,
                    Hedge.RANGE,
                    None,
                    False,
                    False,
                    j + 1,
                    False,
                )
            return _mention(
                text,
                tokens,
                i,
                j,
                Kind.DATE,
                lo,
                hi if hedge is Hedge.RANGE else lo,
                "year",
                nominal,
                hedge if hedge is Hedge.RANGE else Hedge.EXACT,
                None,
                False,
                False,
                j,
                False,
            )
    elif tok.kind == "num" and re.fullmatch(r"\d{1,3}", tok.text) and _age_apposition(tokens, i):
        kind, unit = Kind.DURATION, "year"
    if kind is Kind.MEASURE and unit == "m" and j < n and tokens[j].text == "3" and _adjacent(tokens, j):
        kind, unit, j = Kind.MEASURE, "L", j + 1  # "3,150 m3": cubic metres written without the superscript
        lo, hi, nominal = _scale(lo, 1000.0), _scale(hi, 1000.0), _scale(nominal, 1000.0)
    if (
        kind is Kind.MEASURE
        and unit == "L"
        and any(t.low in ("cubic", "m³") or t.text == "3" for t in tokens[numeral.end : j])  # "cubic metres", "m3"
        and (rate := _per_time(tokens, j)) is not None
    ):
        # a river's flow, in cubic metres a second as "cumecs" are: "3,500 cubic metres per second", "3,150 m3/s"
        # (not "barrels a day", a rate of output kept in its own words)
        seconds, j = rate
        lo, hi, nominal = _scale(lo, 0.001 / seconds), _scale(hi, 0.001 / seconds), _scale(nominal, 0.001 / seconds)
        unit = "m³/s"
    if kind is Kind.DURATION and qualifier == "over" and not negative:
        # "over five years" is a span of time, not "more than five years".
        first, qualifier, hi, low_open, hedge = numeral_first, None, lo, False, Hedge.EXACT
    mention = _mention(
        text, tokens, first, j, kind, lo, hi, unit, nominal, hedge, qualifier, low_open, high_open, numeral.end, rounded
    )
    mention = _with_precision(mention, numeral, rounded)
    if inches is not None:
        # a height to the inch ("5 feet 10 inches") is rounded to half an inch, not half a foot
        quantity = mention.quantity.model_copy(update={"tolerance": 0.0127, "converted": True})
        mention = dataclasses.replace(mention, quantity=quantity)
    return mention


_METRIC_FACTORS = {10.0**k for k in range(-6, 13)}


def _with_precision(mention: Mention, numeral: _Numeral, rounded: bool) -> Mention:
    """Add the rounding a figure carries: half a unit of its last written digit, scaled like the figure."""
    q = mention.quantity
    digits = numeral.digits.replace(",", "")
    written = numeral.low if not digits else float(digits) if digits.replace(".", "", 1).isdigit() else 0.0
    if not written or q.nominal is None or numeral.vague:
        return mention
    place = 10.0 ** -len(digits.split(".")[1]) if "." in digits else 1.0
    if mention.kind is Kind.MONEY and "." not in digits and _rounded_whole(digits):
        # "$812,000" for $812,460: a sum of ten thousand or more written with three zeros or more at its end is most
        # likely rounded to its last non-zero digit. Prices ("$120", "490p") stay exact. (Not measures: a rounding
        # gap between converted units reads as the conversion's, so "a 430-foot span" would agree with 428 feet.)
        place = 10.0 ** (len(digits) - len(digits.rstrip("0")))
    if q.unit == "°C" and abs(q.nominal - written) > 1e-9 and q.nominal != written:
        factor = 5 / 9  # from °F: the offset does not scale the rounding
    else:
        factor = abs(q.nominal / written) if q.nominal else 1.0
    if mention.kind is Kind.COUNT and not rounded:
        return mention  # counts are exact unless written with a scale ("1.2 million", "18.48m")
    if mention.kind in (Kind.DATE, Kind.TIME, Kind.DURATION):
        return mention
    tolerance = 0.5 * place * factor
    converted = mention.kind is Kind.MEASURE and not any(
        abs(factor - metric) <= 1e-9 * metric for metric in _METRIC_FACTORS
    )
    quantity = q.model_copy(update={"tolerance": round(tolerance, 9), "converted": converted})
    return Mention(
        mention.start,
        mention.end,
        mention.kind,
        quantity,
        mention.qualifier,
        mention.first_token,
        mention.last_token,
        mention.number_end,
    )


def _rounded_whole(digits: str) -> bool:
    """ "812000", "800000", "25000": ten thousand or more, ending in three zeros or more."""
    return len(digits) >= 5 and digits.endswith("000") and not digits.startswith("0")


def _unscaled(numeral: _Numeral) -> float:
    digits = numeral.digits.replace(",", "")
    try:
        return float(digits) if digits else numeral.low
    except ValueError:
        return numeral.low


def _range_low(numeral: _Numeral, other: _Numeral) -> float:
    """The low end of a range whose scale is written once, after its high end: "2 to 3 million", "$40-50 million"."""
    if not (other.scaled and not numeral.scaled and 0 < numeral.low < other.low / 100):
        return numeral.low
    if other.digits:
        return numeral.low * (other.low / _unscaled(other))
    scale = 1000.0  # a scale written in words ("three or four million"): the largest that keeps the order
    while numeral.low * scale * 1000 <= other.high:
        scale *= 1000
    return numeral.low * scale


def _percent_sign(tokens: list[Token], j: int) -> int:
    """How many tokens a percent sign at ``j`` spans ("%", "percent", "pct", "per cent", "per centum", and "pc"
    glued to the figure, as British financial pages write it: "3.1pc"); 0 where there is none."""
    if j >= len(tokens):
        return 0
    low = tokens[j].low
    if tokens[j].text == "%" or low in ("percent", "pct"):
        return 1
    if low in ("per", "pc") and j + 1 < len(tokens) and tokens[j + 1].low in ("cent", "centum"):
        return 2
    return 1 if low == "pc" and _adjacent(tokens, j) else 0


def _past_repeated_percent(tokens: list[Token], j: int, joiners: tuple[str, ...]) -> int:
    """Where a range's joiner is when its percent sign is written at both ends ("3% to 4%", "3%-4%",
    "5 per cent to 6 per cent"): the index after the first sign. Otherwise ``j`` itself."""
    sign = _percent_sign(tokens, j)
    k = j + sign
    if sign and k + 1 < len(tokens) and tokens[k].low in joiners:
        other = _read_numeral(tokens, k + 1)
        if other is not None and not other.vague and _percent_sign(tokens, other.end):
            return k
    return j


def _past_repeated_unit(tokens: list[Token], j: int, joiners: tuple[str, ...]) -> int:
    """Where a range's joiner is when its unit is written at both ends, after "between" or "from" ("between 38°C and
    40°C", "from 20 km to 30 km"): the index after the first unit, when the same one to three tokens follow the
    second figure. Otherwise ``j`` itself."""
    k = j
    units: list[str] = []
    while k < len(tokens) and len(units) < 3 and tokens[k].kind != "num" and tokens[k].low not in joiners:
        if tokens[k].low in (",", ";", ".", "(", ")", "or"):
            return j
        units.append(tokens[k].low)
        k += 1
    if not units or k + 1 >= len(tokens) or tokens[k].low not in joiners:
        return j
    other = _read_numeral(tokens, k + 1)
    if other is None or other.vague:
        return j
    return k if [t.low for t in tokens[other.end : other.end + len(units)]] == units else j


def _range_partner(tokens: list[Token], j: int, joiners: tuple[str, ...]) -> tuple[_Numeral, int] | None:
    if j + 1 < len(tokens) and tokens[j].low in joiners:
        k = j + 1
        currency = _currency_before(tokens, k + 1) if k + 1 < len(tokens) else None
        if currency is not None and currency[1] == k:
            glued = tokens[k].text in ("R", "N") and _glued_prefix(tokens, k + 1, tokens[k].text)  # "and N500,000"
            k += 1 if tokens[k].text in _CURRENCY_SYMBOLS or glued else 2
        other = _read_numeral(tokens, k)
        if other is not None and not other.vague:
            return other, other.end
    return None


def _known(value: float | None) -> float:
    """A bound that is set at this point of parsing (hedges come before any unit makes a bound open)."""
    assert value is not None
    return value


def _apply_hedge(
    meaning: str, numeral: _Numeral, lo: float, hi: float
) -> tuple[float, float | None, bool, bool, Hedge]:
    if numeral.vague:
        # "more than dozens" is rare; "nearly hundreds" rarer: keep the vague range, widen it where it reads so.
        if meaning in ("lower", "lower_open"):
            return lo, None, meaning == "lower_open", False, Hedge.LOWER
        return lo, hi, False, False, Hedge.VAGUE
    if meaning == "lower":
        return lo, None, False, False, Hedge.LOWER
    if meaning == "lower_open":
        return lo, None, True, False, Hedge.LOWER
    if meaning == "upper_inc":
        return 0.0, hi, False, False, Hedge.UPPER
    if meaning == "upper_open":
        return 0.0, hi, False, True, Hedge.UPPER
    if meaning == "approx":
        return lo * 0.9, hi * 1.1, False, False, Hedge.APPROX
    if meaning == "nearly":
        return lo * 0.9, hi, False, False, Hedge.APPROX
    if meaning == "just_over":  # "just over 3,000": a little above it, not anything above it
        return lo, hi * 1.1, True, False, Hedge.APPROX
    if meaning == "just_under":
        return lo * 0.9, hi, False, True, Hedge.APPROX
    return lo, hi, False, False, Hedge.EXACT


_SECONDS_IN = {
    "s": 1, "sec": 1, "second": 1, "min": 60, "minute": 60, "h": 3600, "hr": 3600, "hour": 3600, "day": 86400
}  # fmt: skip


def _per_time(tokens: list[Token], j: int) -> tuple[float, int] | None:
    """After a volume (and "of water"): "/s", "per second", "a minute", "an hour", "every second" as (seconds, the
    token after)."""
    if j + 2 < len(tokens) and tokens[j].low == "of" and tokens[j + 1].low in ("water", "floodwater", "gas", "oil"):
        j += 2  # "3,150 cubic metres of water every second"
    if j + 1 >= len(tokens):
        return None
    by, word = tokens[j], tokens[j + 1].low
    if word not in _SECONDS_IN:
        return None
    spelt = len(word) > 3  # "a second", "an hour"; not "a s"
    if by.text == "/" or (by.low in ("per", "each", "every") and len(word) > 1) or (by.low in ("a", "an") and spelt):
        return _SECONDS_IN[word], j + 2
    return None


def _scale(value: float | None, factor: float, offset: float = 0.0) -> float | None:
    if value is None:
        return None
    return round((value + offset) * factor, 6)


def _fahrenheit(value: float | None) -> float | None:
    return None if value is None else round((value - 32) * 5 / 9, 4)


def _time_then_ampm(
    text: str, tokens: list[Token], first: int, j: int, hours: int, minutes: int
) -> Mention | int:
    """A time of day whose hour and minutes end before token ``j``, with "am" or "pm" read when it comes next, or a
    part of the day (see :func:`_with_day_part`)."""
    marker = _is_ampm(tokens, j)
    if marker:
        hours = _apply_ampm(hours, tokens[j].low)
        j += marker
    elif hours <= 12:
        hours, j = _with_day_part(text, tokens, j, hours)
    return _make_time(text, tokens, first, j, hours, minutes)


def _with_day_part(text: str, tokens: list[Token], j: int, hours: int) -> tuple[int, int]:
    """The hour of a time told on a twelve-hour clock with the part of the day after it ("6:40 in the evening" is
    18:40, "two at night" 2:00), and the token after that part; the hour and ``j`` as they were when none follows."""
    found = _DAY_PART.match(text, tokens[j - 1].end) if j > 0 else None
    if found is None:
        return hours, j
    later = found.group("part") in ("afternoon", "evening") or (
        (found.group("night") or found.group("tonight")) and hours >= 6
    )
    if later and hours < 12:
        hours += 12
    elif not later and hours == 12:
        hours = 0  # "12.30 in the morning"
    while j < len(tokens) and tokens[j].start < found.end():
        j += 1
    return hours, j


def _apply_ampm(hours: int, marker: str) -> int:
    pm = marker.startswith("p")
    if hours == 12:
        return 12 if pm else 0
    return hours + 12 if pm else hours


_AFTER_DATA_SIZE = frozenset("of and or in on from to was were is are has have had".split())
"""Words that may follow "GB" or "TB" as a size of data ("1.5 TB of data"); a noun after them makes them a name."""


_VOLUMES = {"l": 1.0, "litre": 1.0, "liter": 1.0, "ml": 0.001, "millilitre": 0.001, "milliliter": 0.001,
            "dl": 0.1, "decilitre": 0.1, "deciliter": 0.1, "m³": 1000.0, "m3": 1000.0}  # fmt: skip


def _per_volume(tokens: list[Token], j: int) -> tuple[float, int] | None:
    """After a mass unit at ``j - 1``: "/mL", "per litre", "per cubic metre", "/m3", "of ibuprofen per 5 mL", "of
    fine particles per cubic metre" as (litres, the token after)."""
    n = len(tokens)
    if j + 3 < n and tokens[j].low == "of":
        # what the mass is of, in up to three words: "100 mg of ibuprofen per 5 mL", "290 micrograms of fine
        # particles per cubic metre"
        k = j + 1
        while k < min(n, j + 4) and tokens[k].kind == "word" and tokens[k].low != "per":
            k += 1
        if k > j + 1 and k < n and tokens[k].low == "per":
            j = k
    if j + 1 >= n or not (tokens[j].text == "/" or tokens[j].low == "per"):
        return None
    word = tokens[j + 1].low
    if tokens[j + 1].kind == "num" and j + 2 < n and tokens[j + 2].low in _VOLUMES:
        amount = _digit_value(tokens[j + 1].text)  # "per 5 mL": a dose told per spoonful
        if amount:
            return _VOLUMES[tokens[j + 2].low] * amount, j + 3
    if word in _VOLUMES:
        return _VOLUMES[word], j + 2
    if word == "m" and j + 2 < n and tokens[j + 2].text == "3" and _adjacent(tokens, j + 2):
        return 1000.0, j + 3  # "µg/m3"
    if word == "cubic" and j + 2 < n and tokens[j + 2].low in ("metre", "meter", "m"):
        return 1000.0, j + 3
    return None


_TONNAGE = frozenset(
    """tonnes tonne tons output produced production producing copper ore concentrate cobalt zinc nickel gold silver
    coal iron steel shipments shipped exports imports sales volumes mined""".split()
)
"""Words of a mine's, a plant's or a trade's tonnage, beside which "kt" is kilotonnes, not knots."""


def _kilotonnes(tokens: list[Token], k: int) -> bool:
    """ "kt" at ``k`` is kilotonnes: followed by "of" ("3.2 kt of cobalt") or in a sentence about tonnage ("Copper
    output rose to 68.3kt"); knots otherwise ("gusts of 120 kt")."""
    if k + 1 < len(tokens) and tokens[k + 1].low == "of":
        return True
    return any(t.low in _TONNAGE for t in tokens)


def _measure_applies(tokens: list[Token], k: int, numeral: _Numeral) -> bool:
    word = tokens[k].low
    if word in ("in", "m", "t", "l", "g", "w", "mi", "ft", "ha", "oz", "kt", "h"):
        # Short unit letters must touch the number or be lower-case symbols after a digit ("200 mm", "5 ft").
        if word == "in":
            return False
        if word in ("m", "t", "l", "g", "w") and not _adjacent(tokens, k) and tokens[k].text not in ("m", "g", "t"):
            return False
        if word == "m" and k + 1 < len(tokens) and tokens[k + 1].kind == "word" and tokens[k + 1].text[0].isupper():
            return False
    if word in ("mb", "gb", "tb"):
        # Bytes only as written for data, "200GB", "1.5 TB of data": not "12 TB cases" (tuberculosis), "376 GB
        # athletes" (Great Britain) or "10Gb per second" (bits).
        if tokens[k].text not in ("MB", "GB", "TB"):
            return False
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        return nxt is None or nxt.kind != "word" or nxt.low in _AFTER_DATA_SIZE
    if word in ("pound", "pounds"):
        return False
    if word in ("metric",):
        return k + 1 < len(tokens) and tokens[k + 1].low in ("tons", "tonnes")
    if word in ("ton", "tons", "tonne", "tonnes", "t", "mile", "miles", "foot", "feet", "yard", "yards"):
        # "the 5-ton truck" still a measure; fine.
        return True
    return True


def _followed_by_count_noun(tokens: list[Token], j: int) -> bool:
    """Does a plural noun (what a number counts) follow at ``j``? "2,000 people", "1500 homes"."""
    k = j
    skipped = 0
    while k < len(tokens) and skipped < 2:
        t = tokens[k]
        if t.kind != "word":
            return False
        w = t.low
        if w in (
            "people",
            "police",
            "staff",
            "personnel",
            "children",
            "men",
            "women",
            "troops",
            "cattle",
            "livestock",
            "aircraft",
            "sheep",
            "fish",
        ):
            return True
        if (
            len(w) > 3
            and w.endswith("s")
            and not w.endswith("ss")
            and t.text[0].islower()
            and w
            not in (
                "was",
                "has",
                "is",
                "his",
                "its",
                "this",
                "thus",
                "as",
                "us",
                "yes",
                "plus",
                "minus",
                "versus",
                "across",
                "towards",
                "unless",
                "whereas",
                "besides",
            )
        ):
            return True
        if t.text[0].islower() and w not in ("and", "or", "of", "to", "in", "on", "at", "by", "for", "the", "a", "an"):
            k += 1  # a modifier: "2 baseball cards", "5 new homes"
            skipped += 1
            continue
        return False
    return False


_YEAR_PREPOSITIONS = frozenset("in since until till during before after through".split())
_YEAR_NOUNS = frozenset(
    """elections polls games olympics championships finals midterms primaries floods fires wildfires bushfires
    earthquakes quakes storms hurricanes typhoons cyclones tsunamis landslides droughts heatwaves outbreaks protests
    riots attacks bombings clashes talks accords reforms accounts results budgets sanctions regulations hearings
    trials sentences""".split()
)
"""Plural nouns a year names rather than counts: events and a year's papers ("the 2022 floods", "its 2024
accounts")."""


def _year_of(tokens: list[Token], i: int, j: int) -> bool:
    """Is the bare four-digit figure at ``i``, from 1900 to 2100 and before a plural noun, the year of what follows
    rather than a count of it: after a preposition of time ("In 2019 nurses went on strike") or before an event or a
    year's papers ("the 2022 floods", "the 2029 local elections", "its 2024 accounts")? A count that size is written
    with a comma ("2,019 nurses")."""
    value = _digit_value(tokens[i].text)
    if value is None or not 1900 <= value <= 2100:
        return False
    if i > 0 and tokens[i - 1].low in _YEAR_PREPOSITIONS:
        return True
    for k in range(j, min(j + 3, len(tokens))):  # the noun, after up to two modifiers ("local", "wage")
        if tokens[k].kind != "word":
            return False
        if tokens[k].low in _YEAR_NOUNS:
            return True
    return False


_INITIALS_BEFORE = frozenset({"initials", "as", "named"})
"""Words before a person's initials: "identified by the initials RS (34)", "a man identified as AS (45)"."""


def _age_apposition(tokens: list[Token], i: int) -> bool:
    """ "John Smith, 34, of Leeds": a number between commas right after a capitalised name or a person ("the
    driver, 61,"); also "Smith, 32 of Leeds", a pair of ages after people ("two men, 25 and 30,") and ", who is 44,"."""
    bracketed = (
        i >= 3
        and tokens[i - 1].text == "("
        and i + 1 < len(tokens)
        and tokens[i + 1].text == ")"
        and re.fullmatch(r"\d{1,2}", tokens[i].text) is not None
    )  # "(45)" after two tokens
    if (
        bracketed
        and tokens[i - 2].kind == "word"
        and tokens[i - 2].text[0].isupper()
        and tokens[i - 3].kind == "word"
        and tokens[i - 3].text[0].isupper()
        and tokens[i - 2].low not in _MONTHS
        and tokens[i - 2].low not in _UNITS
        and i + 2 < len(tokens)
        and tokens[i + 2].low in ("of", "from", "who", "was", "is", "had", "has", "died", "a", "an")
    ):
        return True  # "The driver, Harish Chandra (45) of Rishikesh": an age in brackets after a full name
    if bracketed and re.fullmatch(r"[A-Z]{2,3}", tokens[i - 2].text) and tokens[i - 3].low in _INITIALS_BEFORE:
        return True  # "identified by the initials RS (34)", "a man identified as AS (45)": one named by initials
    if (
        i >= 3
        and tokens[i - 1].low in ("is", "was")
        and tokens[i - 2].low == "who"
        and tokens[i - 3].text == ","
        and re.fullmatch(r"\d{1,2}", tokens[i].text)
        and (i + 1 == len(tokens) or tokens[i + 1].text in (",", ".", ";", ")"))
    ):
        return True  # "The driver of the freight train, who is 44, was not hurt"
    if i >= 3 and tokens[i - 1].low == "also" and tokens[i - 2].text == ",":
        i_comma = i - 2  # "Eric Summerfield, also 18"
    elif i >= 2 and tokens[i - 1].text == ",":
        i_comma = i - 1
    elif i >= 3 and (tokens[i - 1].text in ("—", "–") or (tokens[i - 1].text == "-" and tokens[i - 2].text == "-")):
        i_comma = i - 1 if tokens[i - 1].text != "-" else i - 2  # "Carl and Dana Ross -- 18 and 16 --"
    else:
        return False
    name = tokens[i_comma - 1]
    if name.text == "." and i_comma >= 2 and tokens[i_comma - 2].low in ("jr", "sr"):
        name = tokens[i_comma - 2]  # "William Young Jr., 32,"
    person = name.low in _PERSON_NOUNS or _people_plural(name.low)
    if not (name.kind == "word" and (name.text[0].isupper() or person)):
        return False
    n = len(tokens)
    nxt = tokens[i + 1] if i + 1 < n else None
    value = _digit_value(tokens[i].text)
    if value is None or not 0 < value < 120:
        return False
    if nxt is None or nxt.text in (",", ".", ";", ")"):
        return True
    if nxt.low == "of" and i + 2 < n and tokens[i + 2].text[0].isupper():
        return True  # "Jamal Reed, 32 of Dunbar"
    # a pair of ages after people ("two men, 25 and 30,") or after names ("Carl and Dana Ross, 18 and 16,")
    return (
        (person or name.text[0].isupper())
        and nxt.low in ("and", "or")
        and i + 3 < n
        and tokens[i + 2].kind == "num"
        and (_digit_value(tokens[i + 2].text) or 0) < 120
        and tokens[i + 3].text in (",", ".", ";", ")", "-", "—", "–")
    )


def _won_is_money(tokens: list[Token], unit_idx: int, numeral: _Numeral) -> bool:
    """ "won" after a figure is the Korean currency, not the verb, when the figure is scaled ("287.6bn won") or
    1,000 or more and the word ends the phrase ("5,000 won.", "5,000 won per night", "10,000 won ($7)"); never
    after a year ("who in 2010 won Olympic gold")."""
    if numeral.scaled:
        return True
    if numeral.low < 1000:
        return False
    if float(numeral.low).is_integer() and 1900 <= numeral.low <= 2100 and "," not in numeral.digits:
        return False
    after = tokens[unit_idx + 1] if unit_idx + 1 < len(tokens) else None
    return after is None or after.kind == "sym" or after.low in ("per", "a", "an", "for", "to", "each", "in", "and")


def _inches_after_feet(tokens: list[Token], j: int) -> tuple[float, int] | None:
    """The inches that follow a figure in feet, and the index after them: "10 inches" of "5 feet 10 inches", "10in"
    of "5ft 10in", "2" of "6-foot-2" (a hyphen and a number under 12), "10-inches" of "5 feet, 10-inches"."""
    n = len(tokens)
    k = j
    hyphened = k < n and tokens[k].text in "-‐" and _adjacent(tokens, k)
    if k < n and (tokens[k].text == "," or hyphened):
        k += 1
    if k >= n or tokens[k].kind != "num" or not tokens[k].text.isdigit() or int(tokens[k].text) > 11:
        return None
    value = float(tokens[k].text)
    k += 1
    if k + 1 < n and tokens[k].text in "-‐" and tokens[k + 1].low in ("inch", "inches", "in"):
        return value, k + 2
    if k < n and tokens[k].low in ("inch", "inches", "in", "ins"):
        if tokens[k].low == "in" and not _adjacent(tokens, k) and not (k + 1 < n and tokens[k + 1].low == "tall"):
            return None  # "5 feet 10 in Leeds": not inches
        return value, k + 1
    return (value, k) if hyphened else None


def _then_local_time(tokens: list[Token], j: int) -> bool:
    return tokens[j].low == "local" and j + 1 < len(tokens) and tokens[j + 1].low == "time"


def _make_time(text: str, tokens: list[Token], first: int, last: int, hours: int, minutes: int) -> Mention | int:
    if hours > 24 or minutes > 59:
        return last
    value = float(hours * 60 + minutes)
    return _mention(
        text, tokens, first, last, Kind.TIME, value, value, "min", value, Hedge.EXACT, None, False, False, last, False
    )


def _make_date(tokens: list[Token], first: int, last: int, month: int, day: int, year: int | None) -> Mention:
    if year is not None:
        value, unit = float(year * 10000 + month * 100 + day), "date"
    else:
        value, unit = float(month * 100 + day), "date"
    quantity = Quantity(low=value, high=value, unit=unit, nominal=value)
    return Mention(tokens[first].start, tokens[last - 1].end, Kind.DATE, quantity, None, first, last, last)


def _mention(
    text: str,
    tokens: list[Token],
    first: int,
    last: int,
    kind: Kind,
    lo: float | None,
    hi: float | None,
    unit: str | None,
    nominal: float | None,
    hedge: Hedge,
    qualifier: str | None,
    low_open: bool,
    high_open: bool,
    number_end: int,
    rounded: bool = False,
) -> Mention:
    last = max(last, first + 1)
    quantity = Quantity(
        low=_clean(lo),
        high=_clean(hi),
        unit=unit,
        low_open=low_open,
        high_open=high_open,
        nominal=_clean(nominal) if hedge not in (Hedge.VAGUE, Hedge.RANGE) else None,
        hedge=hedge,
    )
    end = tokens[last - 1].end
    # Never end a figure on a stray full stop ("p.m." is kept whole above, but "million." is not).
    return Mention(tokens[first].start, end, kind, quantity, qualifier, first, last, number_end)


def _clean(value: float | None) -> float | None:
    """A value as written, without the error of its arithmetic: 34.8 x 10^12 is 34,800,000,000,000, not
    34,799,999,999,999.996 (to fifteen significant digits, all a float holds exactly)."""
    if value is None:
        return None
    rounded = round(float(f"{value:.15g}"), 6)
    return float(int(rounded)) if rounded == int(rounded) else rounded
