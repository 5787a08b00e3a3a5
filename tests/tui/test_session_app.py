"""Review sessions in the app: annotate with keys, quit, reopen and find everything; changed articles, damaged
session files, failed saves, the report.

Every test works on copies of the seed articles in ``tmp_path`` (the session file is written beside the first), runs
the real engine through the app's loading worker, and waits on workers and the message pump, never on the clock.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from textual.pilot import Pilot

from tests.conftest import copy_seeds
from tui.app import CrosscheckApp, make_app
from tui.screens.annotate import ChoiceScreen, NoteScreen
from tui.screens.annotations import AnnotationsScreen
from tui.screens.matrix import MatrixScreen
from tui.screens.review import ReviewScreen
from tui.session import default_session_path
from tui.widgets.article_pane import ArticleView
from tui.widgets.detail_bar import DetailBar
from tui.widgets.source_strip import SourceStrip

from .conftest import ready, search_palette

NOTE_LINES = ["Called KCSA: [bold]15[/] stands", "ask the mayor | `again` <b>now</b>"]
"""A note of two lines, with markup and Markdown in it that must stay text everywhere."""


@pytest.fixture
def articles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Copies of the seeds in ``tmp_path``, which is also the working folder."""
    monkeypatch.chdir(tmp_path)
    return copy_seeds(tmp_path)


def lines_of(view: ArticleView) -> list[str]:
    return [view.render_line(y).text for y in range(view.scrollable_content_region.height)]


def notifications(app: CrosscheckApp) -> list[str]:
    return [n.message for n in app._notifications]


async def settle(pilot: Pilot[None], times: int = 3) -> None:
    for _ in range(times):
        await pilot.pause()


async def type_note(pilot: Pilot[None], lines: list[str]) -> None:
    """Type lines into the open note dialog (after what is there) and save with ctrl+s."""
    assert isinstance(pilot.app.screen, NoteScreen)
    for k, line in enumerate(lines):
        if k:
            await pilot.press("enter")
        await pilot.press(*line)
    await pilot.press("ctrl+s")
    await settle(pilot)


def sentence_id(app: CrosscheckApp) -> str:
    key = app.review.focused_key
    assert key is not None and app.review.index is not None
    return app.review.index.sentence(key).id


async def test_round_trip_everything_comes_back(articles: list[str]) -> None:
    session_file = default_session_path(articles)
    assert session_file is not None
    app = make_app(articles)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        review = app.review
        # A verdict and a two-line note on the first conflict the c key reaches.
        await pilot.press("c")
        conflict, _ = review.target()
        assert conflict.startswith("C")
        await pilot.press("2")
        await pilot.press("e")
        await type_note(pilot, NOTE_LINES)
        assert session_file.exists()
        # A star on the sentence.
        await pilot.press("asterisk")
        starred = sentence_id(app)
        # A verdict from the chooser on a figure of another sentence.
        await pilot.press("g", "n")
        figure, _ = review.target()
        assert figure.count(".") == 2
        await pilot.press("v")
        assert isinstance(app.screen, ChoiceScreen)
        await pilot.press("3")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        # A link by hand: the first sentence of s1 with the last of s2.
        await pilot.press("g", "l")
        linked_a = sentence_id(app)
        await pilot.press("tab", "G", "l")
        await settle(pilot)
        linked_b = sentence_id(app)
        assert linked_a.startswith("s1") and linked_b.startswith("s2")
        assert any({m.sentence for m in link.members} >= {linked_a, linked_b} for link in app.comparison.links)
        # An engine link removed by hand (a link not involved in a conflict, with one partner).
        index = review.index
        key = next(
            k for k, links in sorted(index.links.items()) if k[0] == "s1" and not index.conflicts.get(k) and links
        )
        partners = index.partners(key)
        unlinked_a = index.sentence(key).id
        unlinked_b = index.sentence(next((sid, p[0]) for sid, p in partners.items())).id
        review.focus_sentence(key)
        await pilot.press("u")
        await settle(pilot)
        if isinstance(app.screen, ChoiceScreen):
            await pilot.press("1")
            await settle(pilot)
        assert not any({m.sentence for m in link.members} >= {unlinked_a, unlinked_b} for link in app.comparison.links)
        # General notes for the report.
        await pilot.press("E")
        await type_note(pilot, ["Overall: the toll is still moving.", "[red]not markup[/red]"])
        # Somewhere to come back to, then quit.
        await pilot.press("g", "j", "j")
        focus = review.focused_key
        await pilot.press("q")
        await settle(pilot)
    assert app.return_code in (0, None)
    document = json.loads(session_file.read_text(encoding="utf-8"))
    assert document["schema"] == 1

    again = make_app(articles)
    async with again.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await settle(pilot)
        session = again.session
        assert session is not None and session.unanchored == []
        on_conflict = session.annotation_for(conflict)
        assert on_conflict is not None and on_conflict.verdict == "disputed"
        assert on_conflict.note == "\n".join(NOTE_LINES)
        assert session.annotation_for(starred).star is True
        assert session.annotation_for(figure).verdict == "needs a call"
        assert session.data.notes == "Overall: the toll is still moving.\n[red]not markup[/red]"
        links = [{m.sentence for m in link.members} for link in again.comparison.links]
        assert any(members >= {linked_a, linked_b} for members in links)
        assert not any(members >= {unlinked_a, unlinked_b} for members in links)
        assert again.review.focused_key == focus
        assert any("Session restored" in m for m in notifications(again))
        # Shown: the verdict's symbol in the gutter and its words and the note, literally, in the detail bar.
        again.review.go_to_sentence(starred)
        await settle(pilot)
        view = again.review.active_view
        assert any(line.startswith("▶≠✗") or line.startswith("▶✖✗") for line in lines_of(view))
        detail = again.query_one(DetailBar).content.plain
        assert "✗ " in detail and "disputed" in detail and "starred" in detail
        assert "[bold]15[/]" in detail and "`again` <b>now</b>" in detail


async def test_a_changed_article_is_reported_and_annotations_move_with_their_text(articles: list[str]) -> None:
    app = make_app(articles)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("c", "1")
        conflict_sentence = sentence_id(app)
        conflict_text = app.review.index.sentence(app.review.focused_key).text
        # A note on a sentence that will be deleted, and one on a sentence that will be edited.
        index = app.review.index
        doomed = index.sources["s1"].sentences[5]
        edited = next(s for s in index.sources["s1"].sentences if s.text.startswith("Meanwhile"))
        app.review.go_to_sentence(doomed.id)
        await settle(pilot)
        await pilot.press("e")
        await type_note(pilot, ["about a sentence that will vanish"])
        app.review.go_to_sentence(edited.id)
        await settle(pilot)
        await pilot.press("asterisk")
        await pilot.press("q")
        await settle(pilot)
    path = Path(articles[0])
    text = path.read_text(encoding="utf-8")
    text = "A new opening paragraph was added overnight.\n\n" + text.replace(doomed.text, "")
    text = text.replace(edited.text, edited.text.replace("Meanwhile", "Meanwhile too"))
    path.write_text(text, encoding="utf-8")

    again = make_app(articles)
    async with again.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await settle(pilot)
        said = notifications(again)
        assert any("Changed since the session was saved" in m and path.name in m for m in said), said
        assert any(m.startswith("1 annotation could not be placed") for m in said), said
        session = again.session
        assert [a.note for a in session.unanchored] == ["about a sentence that will vanish"]
        # The verdict followed its sentence (now one further down), and the star the edited sentence.
        moved = again.review.index.by_sentence_id
        new_conflict_sentence = next(
            s.id for s in again.review.index.sources["s1"].sentences if s.text == conflict_text
        )
        assert new_conflict_sentence != conflict_sentence and new_conflict_sentence in moved
        placed = [r for r in session.resolved if r.annotation.verdict == "confirmed"]
        assert placed and placed[0].target is not None
        starred = [r for r in session.resolved if r.annotation.star]
        assert (
            starred
            and starred[0].moved
            and "Meanwhile too" in again.review.index.sentence(moved[starred[0].target]).text
        )
        # The list of annotations not found, from the a key.
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(again.screen, AnnotationsScreen)
        prompts = [
            str(again.screen.query_one("#annotations-list").get_option_at_index(i).prompt)
            for i in range(again.screen.query_one("#annotations-list").option_count)
        ]
        assert "Not found in the current articles: 1" in prompts[0]
        assert "about a sentence that will vanish" in prompts[1]
        # Each conflict in the list with both its figures as written.
        index = again.review.index
        first = index.comparison.conflicts[0]
        figures = [index.claim(m.claim).text for m in first.members]
        line = next(p for p in prompts if f" {first.id} " in p)
        assert all(f"“{figure}”" in line for figure in figures), line
        await pilot.press("escape")
        # Another change keeps the annotation that was not found, in the file.
        await pilot.press("c", "4")
    document = json.loads(default_session_path(articles).read_text(encoding="utf-8"))
    assert any(a["note"] == "about a sentence that will vanish" for a in document["annotations"])


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b'{"schema": 1, "app": "crosscheck", "annotations": [{"kind": "sent', "damaged"),
        (b"\x00\xff junk \x13\x37" * 40, "damaged"),
        (b'{"schema": 7, "app": "crosscheck"}', "newer crosscheck"),
    ],
    ids=["truncated", "junk", "newer"],
)
async def test_a_damaged_session_is_reported_and_never_written(
    articles: list[str], content: bytes, problem: str
) -> None:
    session_file = default_session_path(articles)
    session_file.write_bytes(content)
    app = make_app(articles)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await settle(pilot)
        said = [m for m in notifications(app) if str(session_file) in m]
        assert len(said) == 1 and problem in said[0] and "\n" not in said[0], notifications(app)
        assert "Not saving" in said[0]
        strip = app.query_one(SourceStrip)
        assert "not saving" in strip.render().plain
        # The review goes on in memory; the file is never touched.
        await pilot.press("c", "1", "asterisk", "j", "j")
        assert len(app.session.data.annotations) == 2
        # Quitting with annotations that cannot be saved asks first.
        await pilot.press("q")
        await settle(pilot)
        assert app.is_running and any("Press q again" in m for m in notifications(app))
        await pilot.press("q")
        await settle(pilot)
    assert session_file.read_bytes() == content


async def test_a_failed_save_names_the_file_and_keeps_the_change(
    articles: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import tui.session as session_module

    session_file = default_session_path(articles)
    real = session_module.atomic_write_text

    def disk_full(path: Path, text: str) -> None:
        raise OSError(28, "No space left on device")

    app = make_app(articles)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        monkeypatch.setattr(session_module, "atomic_write_text", disk_full)
        await pilot.press("c", "e")
        await type_note(pilot, ["written while the disk was full"])
        target = app.review.target()[0]
        said = notifications(app)
        assert any(str(session_file) in m and "No space left on device" in m for m in said), said
        assert app.session.annotation_for(target).note == "written while the disk was full"
        assert "not saved" in app.query_one(SourceStrip).render().plain
        # The disk has room again: the next change writes everything.
        monkeypatch.setattr(session_module, "atomic_write_text", real)
        await pilot.press("asterisk")
        await settle(pilot)
        assert "not saved" not in app.query_one(SourceStrip).render().plain
    document = json.loads(session_file.read_text(encoding="utf-8"))
    assert any(a["note"] == "written while the disk was full" for a in document["annotations"])


async def test_escape_on_a_changed_note_asks_before_discarding(articles: list[str]) -> None:
    app = make_app(articles)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("c", "e")
        await type_note(pilot, ["first version"])
        target = app.review.target()[0]
        await pilot.press("e")
        assert isinstance(app.screen, NoteScreen)
        assert app.screen.text == "first version"
        await pilot.press(*" and more")
        await pilot.press("escape")
        assert isinstance(app.screen, NoteScreen)  # the first escape only warns
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        assert app.session.annotation_for(target).note == "first version"
        # Unchanged: one escape closes.
        await pilot.press("e", "escape")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)


async def test_export_writes_commonmark_with_the_verdicts_and_notes(articles: list[str]) -> None:
    app = make_app(articles)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("c", "1", "e")
        await type_note(pilot, NOTE_LINES)
        await pilot.press("c", "2", "asterisk", "E")
        await type_note(pilot, ["For the desk: | pipes | and *stars*"])
        await pilot.press("x")
        await app.workers.wait_for_complete()
        await settle(pilot)
        report_path = Path(articles[0]).with_name(Path(articles[0]).name + ".report.md")
        assert any(str(report_path) in m for m in notifications(app)), notifications(app)
    report = report_path.read_text(encoding="utf-8")
    md = MarkdownIt("commonmark").enable("table")
    tokens = md.parse(report)
    html = md.render(report)
    assert sum(1 for t in tokens if t.type == "table_open") == 3
    assert "✔ confirmed" in html and "✗ disputed" in html
    assert "Called KCSA: [bold]15[/] stands<br>ask the mayor | `again` &lt;b&gt;now&lt;/b&gt;" in html
    assert "<b>" not in html and "<code>" not in html
    assert "For the desk: | pipes | and *stars*" in html and "<em>" not in html
    assert "Starred (★)" in html


async def test_without_a_session_quitting_with_annotations_asks_and_export_goes_beside_the_article(
    articles: list[str],
) -> None:
    app = make_app(articles, use_session=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("c", "1")
        assert app.session.path is None and app.session.unsaved
        assert "unsaved" in app.query_one(SourceStrip).render().plain
        await pilot.press("x")
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert Path(articles[0] + ".report.md").exists()
        await pilot.press("q")
        await settle(pilot)
        assert app.is_running
        await pilot.press("q")
        await settle(pilot)
    assert not default_session_path(articles).exists()


async def test_verdicts_show_in_the_matrix_and_the_palette(articles: list[str]) -> None:
    from textual.command import CommandList, CommandPalette

    app = make_app(articles)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.press("c", "1")
        conflict = app.review.target()[0]
        await pilot.press("m")
        assert isinstance(app.screen, MatrixScreen)
        assert app.screen.verdicts and set(app.screen.verdicts.values()) == {"confirmed"}
        table = app.screen.query_one("#matrix-table")
        cells = [str(table.get_cell_at((r, c))) for r in range(table.row_count) for c in range(len(table.columns))]
        assert sum("✔" in cell for cell in cells) == 2
        await pilot.press("escape")
        await search_palette(pilot, f"conflict {conflict}")
        palette = app.screen
        assert isinstance(palette, CommandPalette)
        commands = palette.query_one(CommandList)
        shown = [str(commands.get_option_at_index(i).prompt) for i in range(commands.option_count)]
        assert any(conflict in p and "✔ confirmed" in p for p in shown), shown
        await pilot.press("escape")


async def test_link_marking_is_shown_and_escape_cancels_it(articles: list[str]) -> None:
    app = make_app(articles)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("l")
        assert app.review.link_from == ("s1", 0)
        assert "linking s1.1" in str(app.query_one(DetailBar).border_title)
        await pilot.press("j", "l")  # same source: refused, still marked
        assert app.review.link_from == ("s1", 0)
        await pilot.press("escape")
        assert app.review.link_from is None
        assert "linking" not in str(app.query_one(DetailBar).border_title)


async def test_help_lists_the_review_keys(articles: list[str]) -> None:
    from tui.screens.help import HelpScreen

    app = make_app(articles)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        keys = app.screen.keys
        for binding_id, key in [
            ("verdict", "v"),
            ("verdict.confirmed", "1"),
            ("verdict.clear", "0"),
            ("note", "e"),
            ("notes", "E"),
            ("star", "*"),
            ("link.make", "l"),
            ("link.remove", "u"),
            ("annotations", "a"),
            ("export", "x"),
        ]:
            assert keys[binding_id] == key, (binding_id, keys[binding_id])


async def test_the_focus_is_saved_a_moment_after_moving(articles: list[str]) -> None:
    import asyncio
    import time

    session_file = default_session_path(articles)
    app = make_app(articles)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("j", "j", "j")
        focused = app.review.index.sentence(app.review.focused_key).text
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if session_file.exists() and json.loads(session_file.read_text())["focus"]["sentence"] == focused:
                break
            await asyncio.sleep(0.05)
        else:
            pytest.fail("the focus was not saved after moving")
        assert not app.session.data.annotations  # moving alone makes no annotation


async def test_unlinking_a_conflict_keeps_its_verdict_and_relinking_brings_it_back(articles: list[str]) -> None:
    app = make_app(articles)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("c", "2")
        assert app.review.target()[0].startswith("C")
        key = app.review.focused_key
        partners = app.review.index.partners(key)
        assert sum(len(p) for p in partners.values()) == 1, "the seeds' conflicts have one partner each"
        await pilot.press("u")
        await settle(pilot)
        assert not app.review.index.conflicts.get(key)
        said = notifications(app)
        assert any("on a conflict that is gone now" in m for m in said), said
        assert [a.verdict for a in app.session.unanchored] == ["disputed"]
        # Link them again by hand: the conflict and its verdict are back.
        other = next((sid, found[0]) for sid, found in partners.items())
        await pilot.press("l")
        app.review.focus_sentence(other)
        await pilot.press("l")
        await settle(pilot)
        assert app.review.index.conflicts.get(key)
        assert app.session.unanchored == []
        assert any(r.annotation.verdict == "disputed" and r.target for r in app.session.resolved)
