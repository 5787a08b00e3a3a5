"""Pilot tests of the review app on the seeds and on our fixture articles: every key, linking, the matrix jump,
bad sources, literal markup and small terminals.

Each test drives the real engine through the app's loading worker and waits on the worker and the message pump,
never on the clock.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from engine.models import Severity
from tui.app import make_app
from tui.messages import SentenceFocused
from tui.screens.filter import FilterScreen
from tui.screens.help import HelpScreen
from tui.screens.matrix import MatrixScreen
from tui.screens.message import MessageScreen, TooSmallScreen
from tui.screens.review import ReviewScreen, SearchBox
from tui.screens.sources import SourcesScreen
from tui.widgets.article_pane import ArticleView
from tui.widgets.detail_bar import DetailBar
from tui.widgets.source_strip import SourceStrip

from .conftest import DATA, ready, search_palette


def lines_of(view: ArticleView) -> list[str]:
    """The text of every line the view shows now."""
    height = view.scrollable_content_region.height
    return [view.render_line(y).text for y in range(height)]


async def test_seeds_open_in_two_panes_at_80_columns(seeds: list[str]) -> None:
    app = make_app(seeds, use_session=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        review = app.review
        assert review.index is not None
        assert review.shown == ["s1", "s2"]
        assert review.focused_key == ("s1", 0)
        assert isinstance(app.focused, ArticleView)
        for sid in ("s1", "s2"):
            view = review.view(sid)
            assert view.region.width >= 35
            assert any(line.strip() for line in lines_of(view))
        strip = app.query_one(SourceStrip)
        assert "s1" in strip.render().plain and "s2" in strip.render().plain
        assert "s1.1" in str(app.query_one(DetailBar).border_title)


async def test_j_k_and_arrows_move_by_sentence(seeds: list[str]) -> None:
    app = make_app(seeds, use_session=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("j", "j")
        assert app.review.focused_key == ("s1", 2)
        await pilot.press("down")
        assert app.review.focused_key == ("s1", 3)
        await pilot.press("k", "up")
        assert app.review.focused_key == ("s1", 1)
        await pilot.press("G")
        last = len(app.review.index.sources["s1"].sentences) - 1
        assert app.review.focused_key == ("s1", last)
        assert app.review.view("s1").in_view(last)
        await pilot.press("g")
        assert app.review.focused_key == ("s1", 0)
        await pilot.press("pagedown")
        assert app.review.focused_key[1] > 0
        await pilot.press("pageup")
        assert app.review.focused_key == ("s1", 0)


async def test_n_and_shift_n_walk_the_claims(seeds: list[str]) -> None:
    app = make_app(seeds, use_session=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        index = app.review.index
        ordered = [c.id for sid in index.order for c in index.sources[sid].claims]
        await pilot.press("n")
        assert app.review.active_view.claim == ordered[0]
        await pilot.press("n", "n")
        assert app.review.active_view.claim == ordered[2]
        key = app.review.focused_key
        assert ordered[2] in [c.id for c in index.sentence(key).claims]
        await pilot.press("N")
        assert app.review.active_view.claim == ordered[1]


async def test_c_and_shift_c_walk_the_conflicts(harbour: list[str]) -> None:
    app = make_app(harbour, use_session=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        index = app.review.index
        assert index.comparison.conflicts, "the fixture articles disagree on the death toll"
        seen = []
        for _ in range(3):
            await pilot.press("c")
            key = app.review.focused_key
            assert index.has_conflict(key)
            claim = app.review.active_view.claim
            assert claim in index.claim_severity
            seen.append(key)
            assert app.review.view(key[0]).in_view(key[1])
        assert len(set(seen)) == 3
        await pilot.press("C")
        assert app.review.focused_key == seen[1]
        detail = app.query_one(DetailBar).content.plain
        assert "✖" in detail or "≠" in detail


async def test_c_visits_each_conflict_once_with_both_sides_in_view(harbour: list[str]) -> None:
    app = make_app(harbour, use_session=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        review = app.review
        index = review.index
        conflicts = index.comparison.conflicts
        sides = {index.by_sentence_id[m.sentence][0] for c in conflicts for m in c.members}
        assert len(sides) == 3 and len(review.shown) == 2, "three sources in conflict, two panes at 80x24"
        seen = []
        for _ in range(len(conflicts)):
            await pilot.press("c")
            current = review.focused_conflict()
            assert current is not None
            seen.append(current.id)
            first, second = (index.by_sentence_id[m.sentence] for m in current.members)
            assert review.focused_key == first and review.active_view.claim == current.members[0].claim
            assert second[0] in review.shown and review.view(second[0]).cursor == second[1]
            assert review.view(second[0]).in_view(second[1])
            rows = app.query_one(DetailBar).rows
            assert rows[0][0].plain.endswith(current.id), "the walked conflict is listed first"
        assert sorted(seen) == sorted(c.id for c in conflicts)
        # A verdict goes to the conflict walked to, not to the figure's first conflict.
        await pilot.press("2")
        await pilot.pause()
        found = app.session.annotation_for(seen[-1]) if app.session is not None else None
        assert found is not None and found.verdict
        await pilot.press("C")
        assert review.focused_conflict() is not None and review.focused_conflict().id == seen[-2]


async def test_brackets_walk_the_links(seeds: list[str]) -> None:
    app = make_app(seeds, use_session=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        index = app.review.index
        await pilot.press("right_square_bracket")
        first = app.review.focused_key
        assert index.is_linked(first)
        await pilot.press("right_square_bracket")
        second = app.review.focused_key
        assert index.is_linked(second) and second != first
        await pilot.press("left_square_bracket")
        assert app.review.focused_key == first


async def test_linked_sentences_are_highlighted_and_level(harbour: list[str]) -> None:
    app = make_app(harbour, use_session=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        review = app.review
        index = review.index
        # The last linked sentence of s1 (so the partner has to scroll to be level with it).
        key = max(k for k in index.links if k[0] == "s1")
        review.focus_sentence(key)
        await pilot.pause()
        partners = index.partners(key)
        assert partners
        for sid in review.shown:
            if sid == key[0]:
                continue
            view = review.view(sid)
            assert view.partners == frozenset(partners.get(sid, ()))
            if sid in partners:
                first = partners[sid][0]
                assert view.in_view(first)
                rendered = "\n".join(lines_of(view))
                assert "▷" in rendered
        rendered = "\n".join(lines_of(review.view(key[0])))
        assert "▶" in rendered


async def test_linked_partner_rows_are_level(seeds: list[str]) -> None:
    app = make_app(seeds, use_session=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        review = app.review
        await pilot.press("c")
        key = review.focused_key
        partners = review.index.partners(key)
        other = next(sid for sid in review.shown if sid != key[0])
        view = review.view(other)
        assert view.in_view(partners[other][0])
        top = review.view(key[0]).row_of(key[1])
        partner_row = view.row_of(partners[other][0])
        # Level unless the partner pane cannot scroll that far.
        assert partner_row == top or round(view.scroll_y) in (0, view.max_scroll_y)


async def test_tab_moves_to_the_partner_in_the_next_pane(seeds: list[str]) -> None:
    app = make_app(seeds, use_session=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("c")
        key = app.review.focused_key
        partner = app.review.index.partners(key)
        await pilot.press("tab")
        new = app.review.focused_key
        assert new[0] != key[0]
        assert new[1] in partner[new[0]]
        assert app.focused is app.review.view(new[0])
        await pilot.press("shift+tab")
        assert app.review.focused_key[0] == key[0]


async def test_matrix_enter_jumps_to_the_sentence(harbour: list[str]) -> None:
    app = make_app(harbour, use_session=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("m")
        assert isinstance(app.screen, MatrixScreen)
        matrix = app.screen
        assert matrix.rows
        await pilot.press("j")
        ref = matrix._target()
        assert ref is not None
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        key = app.review.index.by_sentence_id[ref.sentence]
        assert app.review.focused_key == key
        assert app.review.active_view.claim == ref.claim
        assert app.review.view(key[0]).in_view(key[1])


async def test_matrix_escape_goes_back(seeds: list[str]) -> None:
    app = make_app(seeds, use_session=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("j", "m")
        assert isinstance(app.screen, MatrixScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, ReviewScreen)
        assert app.review.focused_key == ("s1", 1)


async def test_search_is_incremental_and_escape_goes_back(seeds: list[str]) -> None:
    app = make_app(seeds, use_session=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("slash")
        box = app.query_one(SearchBox)
        assert app.focused is box
        await pilot.press(*"kyiv")
        key = app.review.focused_key
        assert "kyiv" in app.review.index.sentence(key).text.lower()
        await pilot.press("down")
        after = app.review.focused_key
        assert after != key and "kyiv" in app.review.index.sentence(after).text.lower()
        # The detail bar's title counts the sentences that hold the text, and says when none does.
        index = app.review.index
        expected = sum(1 for source in index.comparison.sources for s in source.sentences if "kyiv" in s.text.lower())
        title = app.query_one(DetailBar).border_title
        assert f"“kyiv”: {expected} sentences" in str(title), title
        await pilot.press(*"zzq")
        assert "“kyivzzq”: 0 sentences" in str(app.query_one(DetailBar).border_title)
        await pilot.press("escape")
        assert app.review.focused_key == ("s1", 0)
        assert not box.display or not app.review.has_class("-searching")
        assert "sentences" not in str(app.query_one(DetailBar).border_title)


async def test_search_enter_keeps_the_match_and_repeats(seeds: list[str]) -> None:
    app = make_app(seeds, use_session=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("slash", *"orion", "enter")
        key = app.review.focused_key
        assert "orion" in app.review.index.sentence(key).text.lower()
        assert isinstance(app.focused, ArticleView)
        assert app.review.last_search == "orion"
        await pilot.press("slash", *"kyiv", "enter")
        first = app.review.focused_key
        await pilot.press("slash", "enter")
        assert app.review.focused_key != first


async def test_f_filters_by_severity_and_type(harbour: list[str]) -> None:
    app = make_app(harbour, use_session=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("f")
        assert isinstance(app.screen, FilterScreen)
        keys = [key for key, _ in app.screen.choices]
        assert "severity:contradiction" in keys
        await pilot.press(*["down"] * keys.index("severity:contradiction"), "enter")
        await pilot.pause()
        review = app.review
        assert review.view_filter.severity is Severity.CONTRADICTION
        index = review.index
        for sid in index.order:
            kept = review.view(sid).kept
            assert kept is not None
            assert all(index.has_conflict((sid, i), Severity.CONTRADICTION) for i in kept)
        assert index.has_conflict(review.focused_key, Severity.CONTRADICTION)
        await pilot.press("j")
        assert index.has_conflict(review.focused_key, Severity.CONTRADICTION)
        await pilot.press("f", "home", "enter")  # "All sentences" comes first
        await pilot.pause()
        assert not review.view_filter.active


async def test_o_shows_only_linked_or_conflicting(harbour: list[str]) -> None:
    app = make_app(harbour, use_session=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("o")
        await pilot.pause()
        review = app.review
        assert review.view_filter.linked_only
        for sid in review.index.order:
            assert all(review.index.is_linked((sid, i)) for i in review.view(sid).kept)
        assert review.index.is_linked(review.focused_key)
        await pilot.press("o")
        await pilot.pause()
        assert review.view(review.index.order[0]).kept is None


async def test_sources_dialog_and_pane_cycling(marrova: list[str]) -> None:
    app = make_app(marrova, use_session=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        review = app.review
        assert len(review.index.order) == 4
        assert review.shown == ["s1", "s2"]
        await pilot.press("greater_than_sign")
        await pilot.pause()
        assert review.shown == ["s2", "s3"]
        await pilot.press("less_than_sign")
        await pilot.pause()
        assert review.shown == ["s1", "s2"]
        await pilot.press("s")
        assert isinstance(app.screen, SourcesScreen)
        # Untick s1 and s2: review s3 and s4 only.
        await pilot.press("space", "down", "space", "enter")
        await pilot.pause()
        await pilot.pause()
        assert review.selected == ["s3", "s4"]
        assert review.shown == ["s3", "s4"]
        assert review.focused_key[0] in ("s3", "s4")
        strip = app.query_one(SourceStrip).render().plain
        assert "○s1" in strip or "═s1" in strip


async def test_wide_terminal_shows_four_panes(marrova: list[str]) -> None:
    app = make_app(marrova, use_session=False)
    async with app.run_test(size=(160, 48)) as pilot:
        await ready(pilot)
        assert app.review.shown == ["s1", "s2", "s3", "s4"]
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        await pilot.pause()
        assert len(app.review.shown) == 2
        assert app.review.focused_key[0] in app.review.shown


async def test_help_screen_lists_the_keys(seeds: list[str]) -> None:
    app = make_app(seeds, use_session=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        keys = app.screen.keys
        for binding_id in ("conflict.next", "claim.next", "link.next", "matrix", "search", "filter", "quit"):
            assert keys[binding_id] != "?"
        await pilot.press("escape")
        assert isinstance(app.screen, ReviewScreen)


async def test_d_toggles_the_detail_bar(seeds: list[str]) -> None:
    app = make_app(seeds, use_session=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        before = app.query_one(DetailBar).size.height
        await pilot.press("d")
        await pilot.pause()
        assert app.query_one(DetailBar).size.height > before
        await pilot.press("d")
        await pilot.pause()
        assert app.query_one(DetailBar).size.height == before


async def test_command_palette_runs_review_commands(seeds: list[str]) -> None:
    app = make_app(seeds, use_session=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await search_palette(pilot, "claim matrix")
        await pilot.press("enter")
        for _ in range(5):
            await pilot.pause()
        assert isinstance(app.screen, MatrixScreen)


async def test_q_quits(seeds: list[str]) -> None:
    app = make_app(seeds, use_session=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running or app._exit


async def test_focus_changes_are_posted_for_sessions(seeds: list[str]) -> None:
    seen: list[object] = []
    app = make_app(seeds, use_session=False)
    async with app.run_test(size=(80, 24), message_hook=seen.append) as pilot:
        await ready(pilot)
        await pilot.press("c")
        focused = [m for m in seen if isinstance(m, SentenceFocused)]
        assert focused[-1].conflicts
        assert app.focus_ref is not None and app.focus_ref.sentence == focused[-1].sentence
        # --no-session: an in-memory session that never writes a file.
        assert app.session is not None and app.session.path is None


async def test_a_bad_source_is_reported_and_the_others_compared(harbour: list[str]) -> None:
    missing = str(DATA / "no_such_article.txt")
    empty = str(DATA / "empty.txt")
    app = make_app([harbour[0], missing, empty, harbour[1]], use_session=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        assert app.comparison is not None
        assert [s.path for s in app.comparison.sources] == [harbour[0], harbour[1]]
        messages = [n.message for n in app._notifications]
        assert any("no_such_article.txt" in m and "no such file" in m for m in messages)
        assert any("empty.txt" in m for m in messages)
        assert any("Skipped 2" in m for m in messages)
        assert isinstance(app.screen, ReviewScreen)
        assert app.review.shown == ["s1", "s2"]


async def test_no_usable_source_shows_a_message(tmp_path: Path) -> None:
    app = make_app([str(tmp_path / "gone.txt"), str(DATA / "empty.txt")], use_session=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.pause()
        assert isinstance(app.screen, MessageScreen)
        assert any("gone.txt" in line for line in app.screen.lines)
        await pilot.press("q")


async def test_one_good_source_is_not_a_comparison(harbour: list[str]) -> None:
    app = make_app([harbour[0], str(DATA / "empty.txt")], use_session=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.pause()
        assert isinstance(app.screen, MessageScreen)
        assert Path(harbour[0]).name in app.screen.lines[0] and "two or more" in app.screen.lines[0]
        assert any("empty.txt" in line for line in app.screen.lines[1:])
        await pilot.press("q")


async def test_article_markup_renders_literally(harbour: list[str]) -> None:
    app = make_app([str(DATA / "markup.txt"), harbour[0]], use_session=False)
    async with app.run_test(size=(120, 30)) as pilot:
        await ready(pilot)
        view = app.review.view("s1")
        text = "\n".join(lines_of(view))
        assert "[bold red]x[/]" in text
        assert "[@click=app.quit]y[/]" in text
        assert "[italic]nothing[/italic]" in text and "\\[sic\\]" in text
        await pilot.press("j")
        detail = app.query_one(DetailBar)
        assert "[@click=app.quit]" in detail.content.plain or "@click" not in detail.content.plain
        # Clicking the text with the action in it does nothing but move the cursor.
        row = view.row_of(1)
        await pilot.click(view, offset=(12, row))
        await pilot.pause()
        assert app.is_running
        assert app.review.focused_key == ("s1", 1)
        await pilot.press("slash", *"[bold", "enter")
        assert app.review.focused_key == ("s1", 0)


async def test_too_small_terminal_shows_a_message(seeds: list[str]) -> None:
    app = make_app(seeds, use_session=False)
    async with app.run_test(size=(50, 12)) as pilot:
        await ready(pilot)
        await pilot.pause()
        assert isinstance(app.screen, TooSmallScreen)
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        await pilot.press("j")
        assert app.review.focused_key == ("s1", 1)


async def test_keys_answer_while_loading(seeds: list[str]) -> None:
    app = make_app(seeds, use_session=False)
    async with app.run_test(size=(80, 24)) as pilot:
        # Before the worker is done: navigation keys are harmless, help opens.
        await pilot.press("j", "c", "m", "question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await ready(pilot)
        assert app.review.focused_key is not None


@pytest.mark.parametrize("no_color", [True])
async def test_no_color_is_read_at_start(seeds: list[str], monkeypatch: pytest.MonkeyPatch, no_color: bool) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app(seeds, use_session=False)
    assert app.no_color
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("c")
        text = "\n".join(lines_of(app.review.active_view))
        assert "▶≠" in text


async def test_a_dialog_closes_once_however_many_keys_ask(harbour: list[str]) -> None:
    app = make_app(harbour, use_session=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("f")
        dialog = app.screen
        assert isinstance(dialog, FilterScreen)
        dialog.action_cancel()
        dialog.action_cancel()  # a key queued before the dialog closed
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        assert len(app.screen_stack) == 1


async def test_palette_does_not_open_twice_under_the_too_small_notice(seeds: list[str]) -> None:
    app = make_app(seeds, use_session=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("ctrl+p")
        await pilot.resize_terminal(50, 12)
        await pilot.pause()
        assert isinstance(app.screen, TooSmallScreen)
        await pilot.press("ctrl+p", "question_mark")
        assert isinstance(app.screen, TooSmallScreen)
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert app.screen.id == "--command-palette"


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
async def test_partners_are_in_view_from_the_first_frame(marrova: list[str], size: tuple[int, int]) -> None:
    app = make_app(marrova, use_session=False)
    async with app.run_test(size=size) as pilot:
        await ready(pilot)
        await pilot.pause()
        review = app.review
        for _ in range(6):
            key = review.focused_key
            for sid, indices in review.index.partners(key).items():
                if sid in review.shown:
                    assert review.view(sid).in_view(indices[0]), (key, sid, indices)
            await pilot.press("c")
            await pilot.pause()


async def test_palette_shows_a_hidden_source(marrova: list[str]) -> None:
    app = make_app(marrova, use_session=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await search_palette(pilot, "show s4")
        await pilot.press("enter")
        for _ in range(5):
            await pilot.pause()
        assert "s4" in app.review.shown
        assert app.review.focused_key[0] == "s4"


async def test_palette_shows_article_markup_literally(harbour: list[str]) -> None:
    from textual.command import CommandPalette

    # A Markdown headline becomes the source's title, and the palette offers "source: Show s1 <title>".
    app = make_app([str(DATA / "markup_title.md"), harbour[0]], use_session=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        assert "[@click=app.quit]" in app.review.index.sources["s1"].label
        assert "[@click=app.quit]council[/]" in app.query_one(DetailBar).border_title.replace("\\[", "[")
        await search_palette(pilot, "show s1 crowd")
        palette = app.screen
        assert isinstance(palette, CommandPalette)
        from textual.command import CommandList

        commands = palette.query_one(CommandList)
        prompts = [commands.get_option_at_index(i).prompt for i in range(commands.option_count)]
        shown = " ".join(
            getattr(p, "plain", "") or " ".join(getattr(c, "plain", "") for c in getattr(p, "renderables", []))
            for p in prompts
        )
        # Both the title ("source: Show s1 <label>") and its help (the source's title) show it literally.
        assert shown.count("[@click=app.quit]council[/]") == 2, shown
        await pilot.press("enter")
        for _ in range(5):
            await pilot.pause()
        assert app.is_running
        assert isinstance(app.screen, ReviewScreen)
        assert app.review.focused_key[0] == "s1"


async def test_too_many_sources_says_so(harbour: list[str]) -> None:
    app = make_app(harbour * 7, use_session=False)  # 21 sources; the limit is 20
    async with app.run_test(size=(80, 24)) as pilot:
        from textual.worker import WorkerFailed

        try:
            await app.workers.wait_for_complete()
        except WorkerFailed:
            pass  # the worker fails (it may have failed already, under load); the app shows why
        for _ in range(50):
            if isinstance(app.screen, MessageScreen):
                break
            await pilot.pause(0.05)
        assert isinstance(app.screen, MessageScreen)
        assert "limit is 20" in " ".join(app.screen.lines)


async def test_enter_pressed_twice_in_the_palette_runs_the_command_once(seeds: list[str]) -> None:
    """Over a slow connection two Enters can reach the palette before it closes: the second must do nothing
    (the palette would otherwise close the screen under it, and the app would stop)."""
    from textual.command import CommandInput, CommandPalette
    from textual.widgets import Input

    app = make_app(seeds, use_session=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await search_palette(pilot, "claim matrix")
        await pilot.press("down")
        palette = app.screen
        assert isinstance(palette, CommandPalette)
        field = palette.query_one(CommandInput)
        for _ in range(3):
            palette.post_message(Input.Submitted(field, field.value))
        for _ in range(10):
            await pilot.pause()
        assert app.is_running
        assert isinstance(app.screen, MatrixScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
