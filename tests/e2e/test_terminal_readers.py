"""The readers the SSH test uses on what a terminal was sent: colours in SGR sequences, modes left on at exit."""

from __future__ import annotations

from .sshd import chromatic_colours, modes_left_on, sgr_colour_codes


def test_sgr_colour_codes_reads_16_256_and_truecolour() -> None:
    text = "\x1b[1;31mA\x1b[0m\x1b[38;5;196;48;5;236mB\x1b[38;2;10;20;30mC\x1b[39;49;7mD\x1b[97;100mE\x1b[m"
    assert sgr_colour_codes(text) == ["31", "38;5;196", "48;5;236", "38;2;10;20;30", "97", "100"]


def test_greys_are_not_colours() -> None:
    greys = ["30", "37", "90", "97", "40", "47", "100", "107", "38;5;0", "38;5;15", "38;5;232", "48;5;255"]
    greys += ["38;5;16", "38;5;231", "38;5;59", "38;2;40;40;40"]
    assert chromatic_colours(greys) == []
    colours = ["31", "92", "44", "38;5;1", "38;5;196", "48;5;17", "38;2;40;40;41"]
    assert chromatic_colours(colours) == sorted(colours)


def test_modes_left_on() -> None:
    clean = "\x1b[?1049h\x1b[?25l\x1b[?1000;1006h\x1b[>1u\x1b[?2004h text "
    clean += "\x1b[?2004l\x1b[?1000;1006l\x1b[<u\x1b[?1049l\x1b[?25h"
    assert modes_left_on(clean) == {}
    dirty = "\x1b[?1049h\x1b[?25l\x1b[?1003h\x1b[>1u"
    assert set(modes_left_on(dirty)) == {"1049", "25", "1003", "kitty"}
