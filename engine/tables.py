"""Rows of a table of figures as sentences, for the HTML and Markdown readers.

Official releases and live pages often give their figures in a table (results by party, casualties by district). A
row read cell by cell is a run of fragments ("Daugava Union", "24.6%", "27") that no sentence splitter or claim reader
can use, so each row becomes one sentence that names its figures by their columns: "Daugava Union: 24.6% share of
vote, 27 seats." A table whose cells hold prose (a page laid out with a table) is left as it was.
"""

from __future__ import annotations

import re

from engine.numbers import is_measure_unit

__all__ = ["is_data_table", "names_columns", "row_sentence"]

_MOST_WORDS = 12
"""A cell of more words than this is prose: the table lays out a page, it does not hold figures."""

_FIGURE = re.compile(
    r"(?:[A-Za-z]{1,3}\$?|[$£€¥₹₦₱])?\s?[-+−]?\d[\d,.\s]*(?:%|[A-Za-z][\w.'’/-]*(?:\s+[\w.'’/-]+){0,3})?"
    r"(?:\s*\([^)]*\))?"
)
"""A cell that is a figure, with its unit and a note in brackets: "27", "24.6%", "$3.1bn", "-0.4", "9 years", "Rp750
million (or 6 months' detention)"."""
_PLAIN_NAME = re.compile(r"[^\W\d_]+(?:[ '’-][^\W\d_]+)*")
_EMPTY = frozenset({"", "-", "–", "—", "n/a", "na", "..."})


def _clean(cell: str) -> str:
    return re.sub(r"\s+", " ", cell).strip()


def is_data_table(rows: list[list[str]]) -> bool:
    """A table of short cells, one at least a figure: not a page laid out in a table."""
    cells = [_clean(cell) for row in rows for cell in row]
    if not cells or any(len(cell.split()) > _MOST_WORDS for cell in cells):
        return False
    return any(_FIGURE.fullmatch(cell) for cell in cells)


def names_columns(row: list[str]) -> bool:
    """A first row that names the columns: no cell of it is a figure ("Party", "Share of vote", "Seats")."""
    return bool(row) and not any(_FIGURE.fullmatch(_clean(cell)) for cell in row)


def _header_word(name: str) -> str:
    """A column's name as it reads after a figure: "Seats" -> "seats", "GDP growth" stays."""
    name = _clean(name).rstrip(":")
    if len(name) > 1 and name[0].isupper() and name[1:2].islower():
        return name[0].lower() + name[1:]
    return name


_UNIT_IN_BRACKETS = re.compile(
    r"(?P<name>[^()]*?)\s*\(\s*(?P<unit>%|per\s?cent|[^\W\d_][^\s()]{0,11}|[A-Za-z]{0,3}[$£€¥₹₦₱][a-z]{0,2})\s*\)"
)
"""A column named with its unit in brackets: "Vote share (%)", "Rainfall (mm)", "Loss (€m)"."""
_SYMBOL_AND_SCALE = re.compile(r"(?P<symbol>[A-Za-z]{0,3}[$£€¥₹₦₱])(?P<scale>[a-z]{0,2})")


def _with_unit(cell: str, name: str) -> str | None:
    """A bare figure under a column that names its unit in brackets, as written with that unit: "33.08" under
    "Vote share (%)" is "33.08% vote share", "48" under "Rainfall (mm)" "48 mm rainfall", "12.5" under "Loss (€m)"
    "€12.5m loss". None when the cell has a unit of its own or the column names none."""
    found = _UNIT_IN_BRACKETS.fullmatch(name)
    if not found or not re.fullmatch(r"[-+−]?\d[\d,.]*", cell):
        return None
    unit, words = found.group("unit"), _header_word(found.group("name"))
    money = _SYMBOL_AND_SCALE.fullmatch(unit)
    if unit == "%" or unit.replace(" ", "").lower() == "percent":
        figure = f"{cell}%"
    elif money:
        figure = f"{money.group('symbol')}{cell}{money.group('scale')}"
    elif is_measure_unit(unit):
        figure = f"{cell} {unit}"
    else:
        return None  # "Seats (provisional)": a note, not a unit
    return f"{figure} {words}" if words else figure


def row_sentence(header: list[str] | None, cells: list[str]) -> str | None:
    """One row of a table of figures as a sentence: its first cell names the row, and each figure is followed by its
    column's name ("Daugava Union: 24.6% share of vote, 27 seats."). None for a row of fewer than two cells, or one
    without a figure."""
    cells = [_clean(cell) for cell in cells]
    if len(cells) < 2 or not any(_FIGURE.fullmatch(cell) for cell in cells):
        return None
    names = [_clean(name) for name in header] if header else []
    label = cells[0]
    if _FIGURE.fullmatch(label) and names and names[0]:
        label = f"{names[0]} {label}"  # "Year 2024", "Week 12"
    parts = []
    notes = []  # cells that are no figure: said in brackets after the row's name ("Former Minister of Public Works")
    for k, cell in enumerate(cells[1:], start=1):
        if cell.lower() in _EMPTY:
            continue
        name = _header_word(names[k]) if k < len(names) and names[k] else ""
        if not _FIGURE.fullmatch(cell):
            notes.append(cell)
        elif k < len(names) and (united := _with_unit(cell, names[k])):
            parts.append(united)
        elif name:
            # "27 seats"; a name with punctuation or figures of its own in brackets: "-2.4% (March, y/y)"
            parts.append(f"{cell} {name}" if _PLAIN_NAME.fullmatch(name) else f"{cell} ({names[k]})")
        else:
            parts.append(cell)
    if not parts:
        return None
    if notes:
        label = f"{label} ({'; '.join(notes)})"
    text = f"{label}: {', '.join(parts)}" if label else ", ".join(parts)
    return text if text.endswith((".", "!", "?")) else text + "."
