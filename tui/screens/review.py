"""Provides :class:`ReviewScreen`: the sources side by side, the source strip, the detail bar and every review key.

The screen owns navigation and the reviewer's keys: a verdict (``v`` or ``1``-``4``, ``0`` clears), a note (``e``),
general notes (``E``), a star (``*``), a link made (``l`` twice) or removed (``u``) by hand, the review list (``a``)
and the report (``x``). Changes go through :meth:`~tui.app.CrosscheckApp.session_change`, which saves them at once.

Panes (:class:`~tui.widgets.article_pane.SourcePane`) are mounted once per source when the comparison arrives and
shown or hidden, so choosing or cycling panes never re-wraps text. A move goes through
:meth:`ReviewScreen.focus_sentence`, which moves the cursor, highlights and levels the linked sentences in the other
panes, updates the strip and the detail bar, and posts :class:`~tui.messages.SentenceFocused` for a review session.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import TYPE_CHECKING, cast

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.events import Resize
from textual.screen import Screen
from textual.widgets import Footer, Input, Label, ProgressBar

from engine.models import ClaimRef, Comparison, Conflict
from tui.messages import SentenceFocused
from tui.report import NOTE, STAR, SYMBOLS, VERDICT_SYMBOLS, verdict_label
from tui.screens.filter import FilterScreen, ViewFilter
from tui.session import VERDICTS, Annotation, Session, Verdict
from tui.widgets.article_pane import ArticleView, SourcePane
from tui.widgets.comparison_index import ComparisonIndex, SentenceKey
from tui.widgets.detail_bar import DetailBar
from tui.widgets.source_strip import SourceStrip

if TYPE_CHECKING:
    from tui.app import CrosscheckApp

__all__ = ["ReviewScreen", "SearchBox", "pane_capacity"]


LEGEND = "✖ contradiction ≠ discrepancy ═ linked · alone"
"""The gutter symbols, shown under the panes while no filter is."""


def pane_capacity(width: int) -> int:
    """How many panes fit side by side: two up to 119 columns, then one per 40 columns, at most four."""
    if width < 120:
        return 2
    return max(2, min(4, width // 40))


class SearchBox(Input):
    """The ``/`` search line: typing searches as you go, ↓/↑ find the next/previous match, Enter keeps it.

    | Key | Action |
    | :- | :- |
    | down, ctrl+n | Next match. |
    | up, ctrl+p | Previous match. |
    | enter | Keep the match and return to the panes (on an empty line: repeat the last search). |
    | escape | Cancel: back where the search started. |
    """

    BINDINGS = [
        Binding("down,ctrl+n", "match(True)", "Next match", id="search.next", show=False),
        Binding("up,ctrl+p", "match(False)", "Previous match", id="search.previous", show=False),
        Binding("escape", "cancel", "Cancel search", id="search.cancel"),
    ]

    def action_match(self, forward: bool) -> None:
        screen = self.screen
        if isinstance(screen, ReviewScreen):
            screen.search_step(forward)

    def action_cancel(self) -> None:
        screen = self.screen
        if isinstance(screen, ReviewScreen):
            screen.end_search(keep=False)


class ReviewScreen(Screen[None]):
    """The review screen: panes, strip, detail bar, search line and footer."""

    BINDINGS = [
        Binding("j,down", "move(1)", "Next sentence", id="sentence.next", show=False),
        Binding("k,up", "move(-1)", "Previous sentence", id="sentence.previous", show=False),
        Binding("pagedown,space", "page(1)", "Page down", id="page.down", show=False),
        Binding("pageup,b", "page(-1)", "Page up", id="page.up", show=False),
        Binding("g,home", "edge(False)", "First sentence", id="sentence.first", show=False),
        Binding("G,end", "edge(True)", "Last sentence", id="sentence.last", show=False),
        Binding("n", "jump('claim', True)", "Next claim", id="claim.next", show=False),
        Binding("N", "jump('claim', False)", "Previous claim", id="claim.previous", show=False),
        Binding("c", "jump('conflict', True)", "Conflict", id="conflict.next", tooltip="Next conflict, both sides"),
        Binding("C", "jump('conflict', False)", "Previous conflict", id="conflict.previous", show=False),
        Binding("right_square_bracket", "jump('link', True)", "Next link", id="link.next", show=False),
        Binding("left_square_bracket", "jump('link', False)", "Previous link", id="link.previous", show=False),
        Binding("tab", "switch_pane(1)", "Next pane", id="pane.next", show=False, priority=True),
        Binding("shift+tab", "switch_pane(-1)", "Previous pane", id="pane.previous", show=False, priority=True),
        Binding("greater_than_sign", "cycle_panes(1)", "Cycle panes", id="panes.cycle", show=False),
        Binding("less_than_sign", "cycle_panes(-1)", "Cycle panes back", id="panes.cycle-back", show=False),
        Binding("slash", "search", "Search", id="search"),
        Binding("f", "filter", "Filter", id="filter", show=False, tooltip="Show only one claim type or severity"),
        Binding(
            "o", "only_linked", "Linked only", id="only-linked", show=False, tooltip="Show only linked or conflicting"
        ),
        Binding("m", "matrix", "Matrix", id="matrix", tooltip="The claim matrix: every figure by source"),
        Binding("s", "sources", "Sources", id="sources", show=False, tooltip="Choose which sources are shown"),
        Binding("d", "toggle_detail", "Details", id="detail", show=False),
        Binding("escape", "clear", "Clear search", id="clear", show=False),
        Binding("v", "verdict", "Verdict", id="verdict", tooltip="Confirmed, disputed, needs a call, ignore"),
        Binding("1", "set_verdict('confirmed')", "Confirmed", id="verdict.confirmed", show=False),
        Binding("2", "set_verdict('disputed')", "Disputed", id="verdict.disputed", show=False),
        Binding("3", "set_verdict('needs a call')", "Needs a call", id="verdict.call", show=False),
        Binding("4", "set_verdict('ignore')", "Ignore", id="verdict.ignore", show=False),
        Binding("0", "set_verdict('')", "Clear verdict", id="verdict.clear", show=False),
        Binding("e", "note", "Note", id="note", tooltip="A note on the conflict, figure or sentence"),
        Binding("E", "general_notes", "General notes", id="notes", show=False),
        Binding("asterisk", "star", "Star", id="star", show=False),
        Binding("l", "link", "Link", id="link.make", show=False, tooltip="Mark a sentence, then link it to another"),
        Binding("u", "unlink", "Unlink", id="link.remove", show=False),
        Binding("a", "annotations", "Review list", id="annotations", show=False),
        Binding("x", "export", "Export", id="export", tooltip="Write the Markdown report"),
    ]

    AUTO_FOCUS = ""
    """Nothing takes the focus on its own: the hidden search line would otherwise catch keys while loading."""

    def __init__(self) -> None:
        super().__init__(id="review")
        self.index: ComparisonIndex | None = None
        """Look-ups over the comparison; None while loading."""
        self.selected: list[str] = []
        """Ids of the sources the reader chose to review (``s``), in source order."""
        self.shown: list[str] = []
        """Ids of the sources shown in panes, in source order."""
        self.active: str | None = None
        """Id of the source whose pane holds the focused sentence."""
        self.view_filter = ViewFilter()
        """Which sentences are shown."""
        self.last_search = ""
        """The last search kept with Enter, repeated by Enter on an empty search line."""
        self._annotations: dict[str, Annotation] = {}
        self.link_from: SentenceKey | None = None
        """The sentence marked with ``l``, waiting for a sentence of another source to link it to."""
        self._search_origin: tuple[SentenceKey, str | None] | None = None
        self._search_count: tuple[str, int] | None = None
        """While the search line is open: its text and how many sentences of the chosen sources hold it."""
        self.conflict_id: str | None = None
        """The conflict ``c`` / ``C`` last went to: the focused conflict while its figure keeps the focus."""
        self._conflict_order: (
            tuple[ComparisonIndex, list[tuple[tuple[int, int, int], Conflict, SentenceKey, SentenceKey]]] | None
        ) = None
        """The comparison's conflicts in the order of the text, for the walk (see :meth:`_conflicts_in_order`)."""
        self._views: dict[str, ArticleView] = {}
        self._panes: dict[str, SourcePane] = {}

    def compose(self) -> ComposeResult:
        yield SourceStrip(id="strip")
        with Vertical(id="loading"):
            yield Label("Reading the sources…", id="loading-label")
            yield ProgressBar(total=1.0, show_eta=False, id="loading-bar")
        yield Horizontal(id="panes")
        yield DetailBar(id="detail")
        yield SearchBox(placeholder="search: type to find · ↓↑ next/previous · Enter keep · Esc cancel", id="search")
        yield Footer(compact=True)

    # ---- loading ------------------------------------------------------------------------------------------------

    def show_progress(self, stage: str, fraction: float) -> None:
        """Show the worker's progress."""
        self.query_one("#loading-label", Label).update(Text(f"{stage}…"))
        self.query_one("#loading-bar", ProgressBar).update(progress=fraction)

    async def show_comparison(self, index: ComparisonIndex, start: SentenceKey | None = None) -> None:
        """Show a finished comparison: mount one pane per source and focus ``start`` (or the first sentence)."""
        self.index = index
        self.selected = list(index.order)
        self.shown = self.selected[: pane_capacity(self.size.width)]
        panes = [SourcePane(index.sources[sid], index) for sid in index.order]
        for pane in panes:
            pane.display = pane.source.id in self.shown
            self._panes[pane.source.id] = pane
            self._views[pane.source.id] = pane.view
        await self.query_one("#panes", Horizontal).mount_all(panes)
        self.add_class("-loaded")
        self._update_pane_classes()
        first = start if start is not None else self._first_key()
        if first is not None:
            if start is not None:
                partners = self.index.partners(start)
                self._bring_in_for(start, *partners)
            self.call_after_refresh(partial(self.focus_sentence, first, jump=start is not None))

    def _first_key(self) -> SentenceKey | None:
        for sid in self.shown or self.selected:
            for sentence in self.index.sources[sid].sentences if self.index else ():
                if self._keeps((sid, sentence.index)):
                    return (sid, sentence.index)
        return None

    # ---- state helpers ------------------------------------------------------------------------------------------

    def view(self, source_id: str) -> ArticleView:
        """The view of a source."""
        return self._views[source_id]

    @property
    def active_view(self) -> ArticleView | None:
        """The pane holding the focused sentence."""
        return self._views.get(self.active) if self.active else None

    @property
    def focused_key(self) -> SentenceKey | None:
        """The focused sentence as (source id, index)."""
        view = self.active_view
        return None if view is None else (view.source.id, view.cursor)

    def _keeps(self, key: SentenceKey) -> bool:
        assert self.index is not None
        return self.view_filter.keeps(self.index, key)

    def _update_pane_classes(self) -> None:
        for sid, pane in self._panes.items():
            shown = sid in self.shown
            pane.display = shown
            pane.set_class(shown and self.shown.index(sid) == 0, "-first")

    def _refresh_strip(self, partners: set[str] | None = None) -> None:
        strip = self.query_one(SourceStrip)
        strip.update_state(self.index, self.shown, self.active, partners if partners is not None else strip.partners)

    # ---- the one way to move -------------------------------------------------------------------------------------

    def focus_sentence(
        self, key: SentenceKey, claim: str | None = None, *, take_focus: bool = True, jump: bool = False
    ) -> None:
        """Focus a sentence: cursor, partners highlighted and levelled, strip, detail bar, message.

        Args:
            key: The sentence.
            claim: The claim to put the claim cursor on.
            take_focus: Give the keyboard focus to the sentence's pane (not while the search line is typed in).
            jump: The move skips sentences (a search, the next conflict): scroll with context above it.
        """
        if self.index is None:
            return
        sid, sentence = key
        if sid not in self.shown:
            self._bring_in(sid)
        view = self._views[sid]
        if self.active and self.active != sid:
            self._views[self.active].set_active(False)
        self.active = sid
        view.set_active(True)
        view.set_cursor(sentence, claim)
        if take_focus and self.focused is not view:
            view.focus(scroll_visible=False)
        view.scroll_to_sentence(sentence, jump=jump)
        partners = self._sync_partners()
        self._refresh_strip(set(partners))
        self._show_detail()
        source_sentence = self.index.sentence(key)
        self.post_message(
            SentenceFocused(
                source=sid,
                sentence=source_sentence.id,
                claim=claim,
                links=tuple(link.id for link in self.index.links.get(key, ())),
                conflicts=tuple(c.id for c in self.index.conflicts.get(key, ())),
            )
        )

    def _sync_partners(self) -> dict[str, list[int]]:
        """Highlight the focused sentence's partners in the other panes and scroll them level with it."""
        assert self.index is not None
        key = self.focused_key
        view = self.active_view
        if key is None or view is None:
            return {}
        partners = self.index.partners(key)
        row = view.row_of(key[1])
        for sid in self.shown:
            if sid == key[0]:
                continue
            other = self._views[sid]
            found = frozenset(partners.get(sid, ()))
            other.set_partners(found)
            visible = [p for p in sorted(found) if other.is_shown(p)]
            if visible:
                other.cursor = visible[0]
                other.scroll_to_sentence(visible[0], row=row)
        view.set_partners(frozenset())
        return partners

    def _show_detail(self) -> None:
        key = self.focused_key
        view = self.active_view
        if self.index is None or key is None or view is None:
            return
        detail = self.query_one(DetailBar)
        warn = self.view_filter.active
        if self.link_from is not None:
            note = f"linking {self.index.sentence(self.link_from).id}: l on another source's sentence · Esc cancels"
            warn = True
        elif self._search_count is not None:
            text, count = self._search_count
            note = f"“{text}”: {count} sentence{'' if count == 1 else 's'} · ↓↑ next/previous"
            warn = count == 0
        elif self.view_filter.active:
            note = f"showing {self.view_filter.describe()}"
        else:
            note = LEGEND
        sentence = self.index.sentence(key)
        targets = [sentence.id, *(c.id for c in sentence.claims)]
        targets += [c.id for c in self.index.conflicts.get(key, ())]
        targets += [link.id for link in self.index.links.get(key, ())]
        notes = {t: self._annotations[t] for t in targets if t in self._annotations}
        current = self.focused_conflict()
        detail.show_sentence(
            self.index,
            key,
            view.claim,
            note=note,
            note_is_filter=warn,
            annotations=notes,
            focused_conflict=current.id if current else None,
        )

    def _bring_in(self, sid: str, also: str | None = None) -> None:
        """Show a source's pane, replacing the pane least related to it."""
        if sid not in self.selected:
            self.selected = [s for s in self.index.order if s in self.selected or s == sid] if self.index else []
        capacity = pane_capacity(self.size.width)
        keep = [sid]
        if also and also != sid:
            keep.append(also)
        if self.active and self.active not in keep:
            keep.append(self.active)
        keep += [s for s in self.shown if s not in keep]
        chosen = set(keep[:capacity])
        self.shown = [s for s in self.selected if s in chosen]
        self._update_pane_classes()

    # ---- sentence order across sources ------------------------------------------------------------------------------

    def _walk(self, forward: bool) -> Iterator[SentenceKey]:
        """Every sentence of the selected sources after (or before) the focused one, wrapping around once."""
        assert self.index is not None
        key = self.focused_key
        order = self.selected
        if key is None or key[0] not in order:
            return
        start = order.index(key[0])
        sources = self.index.sources
        n = len(order)
        for step in range(n + 1):
            k = (start + step) % n if forward else (start - step) % n
            sid = order[k]
            count = len(sources[sid].sentences)
            if step == 0:
                indices = range(key[1] + 1, count) if forward else range(key[1] - 1, -1, -1)
            elif step == n:
                indices = range(0, key[1] + 1) if forward else range(count - 1, key[1] - 1, -1)
            else:
                indices = range(count) if forward else range(count - 1, -1, -1)
            for i in indices:
                yield (sid, i)

    def _find(self, forward: bool, test: Callable[[SentenceKey], bool]) -> SentenceKey | None:
        for key in self._walk(forward):
            if self._keeps(key) and test(key):
                return key
        return None

    # ---- actions ----------------------------------------------------------------------------------------------------

    def action_move(self, step: int) -> None:
        """Move to the next or previous shown sentence of the focused pane."""
        view = self.active_view
        if view is None or self.index is None:
            return
        count = len(view.source.sentences)
        i = view.cursor + step
        while 0 <= i < count:
            if view.is_shown(i):
                self.focus_sentence((view.source.id, i))
                return
            i += step
        self.app.bell()

    def action_page(self, step: int) -> None:
        """Move a page of lines down or up in the focused pane."""
        view = self.active_view
        if view is None:
            return
        line = view.line_of(view.cursor)
        if line is None:
            return
        height = max(1, view.scrollable_content_region.height - 2)
        target = max(0, min(view.line_count - 1, line + step * height))
        view.scroll_to(y=max(0, view.scroll_y + step * height), animate=False, immediate=True)
        for offset in range(view.line_count):
            for probe in (target + offset * step, target - offset * step):
                if 0 <= probe < view.line_count:
                    sentence = view.sentence_at(probe - round(view.scroll_y))
                    if sentence is not None:
                        self.focus_sentence((view.source.id, sentence))
                        return

    def action_edge(self, last: bool) -> None:
        """Move to the first or last shown sentence of the focused pane."""
        view = self.active_view
        if view is None:
            return
        indices = range(len(view.source.sentences))
        for i in reversed(indices) if last else indices:
            if view.is_shown(i):
                self.focus_sentence((view.source.id, i))
                return

    def action_jump(self, what: str, forward: bool) -> None:
        """Go to the next or previous claim, conflict or link, across the selected sources."""
        if self.index is None or self.focused_key is None:
            return
        index = self.index
        key = self.focused_key
        view = self.active_view
        assert view is not None
        if what == "claim":
            claims = [c.id for c in index.sentence(key).claims]
            if view.claim in claims:
                k = claims.index(view.claim) + (1 if forward else -1)
                if 0 <= k < len(claims):
                    self.focus_sentence(key, claims[k])
                    return
            elif claims and forward and view.claim is None:
                self.focus_sentence(key, claims[0])
                return
            found = self._find(forward, lambda k: bool(index.sentence(k).claims))
            if found is None:
                self._nothing("No figures to go to")
                return
            found_claims = index.sentence(found).claims
            self.focus_sentence(found, found_claims[0 if forward else -1].id, jump=True)
        elif what == "conflict":
            self._jump_conflict(forward)
        else:
            found = self._find(forward, index.is_linked)
            if found is None:
                self._nothing("No linked sentences")
                return
            partners = index.partners(found)
            self._bring_in_for(found, *partners)
            self.focus_sentence(found, jump=True)

    def focused_conflict(self) -> Conflict | None:
        """The conflict the walk is on, while the focus is on one of its figures (or its sentence, no figure chosen)."""
        key, view = self.focused_key, self.active_view
        if self.index is None or key is None or view is None or self.conflict_id is None:
            return None
        for conflict in self.index.conflicts.get(key, ()):
            if conflict.id == self.conflict_id:
                mine = [m for m in conflict.members if self.index.by_sentence_id.get(m.sentence) == key]
                if view.claim is None or any(m.claim == view.claim for m in mine):
                    return conflict
        return None

    def _jump_conflict(self, forward: bool) -> None:
        """Go to the next (or previous) conflict, in the order of the sources' text (each conflict once, at its figure
        in the earlier source): that figure focused, the other side's sentence level with it in a pane beside it."""
        assert self.index is not None
        index = self.index
        order = {sid: k for k, sid in enumerate(index.order)}
        selected = set(self.selected)
        filtered = self.view_filter.active
        walk = [
            item
            for item in self._conflicts_in_order()
            if item[2][0] in selected
            and item[3][0] in selected
            and (not filtered or self._keeps(item[2]) or self._keeps(item[3]))
        ]
        if not walk:
            self._nothing("No conflicting figures")
            return
        current = self.focused_conflict()
        ids = [item[1].id for item in walk]
        if current is not None and current.id in ids:
            k = ids.index(current.id) + (1 if forward else -1)
        else:
            key = self.focused_key
            here = (order[key[0]], key[1]) if key else (-1, -1)
            if forward:
                k = next((j for j, item in enumerate(walk) if item[0][:2] > here), 0)
            else:
                k = next((j for j in range(len(walk) - 1, -1, -1) if walk[j][0][:2] < here), len(walk) - 1)
        _, conflict, first, second = walk[k % len(walk)]
        self._go_to_conflict(conflict, first, second)

    def _conflicts_in_order(self) -> list[tuple[tuple[int, int, int], Conflict, SentenceKey, SentenceKey]]:
        """Every conflict with its place in the text (source, sentence, figure) and its two sentences, in that order;
        worked out once per comparison."""
        assert self.index is not None
        index = self.index
        if self._conflict_order is not None and self._conflict_order[0] is index:
            return self._conflict_order[1]
        order = {sid: k for k, sid in enumerate(index.order)}
        walk = []
        for conflict in index.comparison.conflicts:
            first, second = (index.by_sentence_id[m.sentence] for m in conflict.members)
            claim = index.claim(conflict.members[0].claim)
            walk.append(((order[first[0]], first[1], claim.start if claim else 0), conflict, first, second))
        walk.sort(key=lambda item: (item[0], item[1].id))
        self._conflict_order = (index, walk)
        return walk

    def _go_to_conflict(self, conflict: Conflict, first: SentenceKey, second: SentenceKey) -> None:
        """Focus the first figure of ``conflict`` (the second's, when a filter hides the first) with the other side's
        sentence level with it in a pane beside it."""
        mine, theirs = conflict.members
        if not self._keeps(first):
            first, second, mine = second, first, theirs
        self.conflict_id = conflict.id
        if first[0] not in self.shown or second[0] not in self.shown:
            self._bring_in(first[0], second[0])
        self.focus_sentence(first, mine.claim, jump=True)
        other = self._views.get(second[0])
        if other is not None and second[0] in self.shown and other.is_shown(second[1]):
            other.cursor = second[1]
            other.scroll_to_sentence(second[1], row=self._views[first[0]].row_of(first[1]))

    def _bring_in_for(self, key: SentenceKey, *related: str) -> None:
        """Show the pane of ``key``, and one of ``related`` unless one is shown already.

        Panes are swapped only when needed: with many sources, changing panes on every jump would disorient.
        """
        others = [sid for sid in related if sid != key[0]]
        also = None if any(sid in self.shown for sid in others) else next(iter(others), None)
        if key[0] not in self.shown or also is not None:
            self._bring_in(key[0], also)

    def _nothing(self, message: str) -> None:
        self.app.bell()
        suffix = " with this filter" if self.view_filter.active else ""
        self.notify(f"{message}{suffix}.", timeout=2)

    def action_switch_pane(self, step: int) -> None:
        """Move the focus to the next or previous pane, onto the sentence linked to the focused one if any."""
        if not self.shown or self.active is None:
            return
        if self.focused is self.query_one(SearchBox):
            self.end_search(keep=True)
        k = self.shown.index(self.active) if self.active in self.shown else 0
        target = self._views[self.shown[(k + step) % len(self.shown)]]
        sentence = target.cursor
        if target.partners:
            shown = [p for p in sorted(target.partners) if target.is_shown(p)]
            sentence = shown[0] if shown else sentence
        if not target.is_shown(sentence):
            sentence = next((i for i in range(len(target.source.sentences)) if target.is_shown(i)), sentence)
        target.focus(scroll_visible=False)
        self.focus_sentence((target.source.id, sentence))

    def action_cycle_panes(self, step: int) -> None:
        """Show the next (or previous) selected source in place of the first (or last) pane."""
        capacity = pane_capacity(self.size.width)
        if len(self.selected) <= len(self.shown):
            self.notify("Every chosen source is already shown; press s to choose sources.", timeout=2)
            return
        first = self.selected.index(self.shown[0])
        start = (first + step) % len(self.selected)
        self.shown = [self.selected[(start + k) % len(self.selected)] for k in range(capacity)]
        self.shown = [s for s in self.selected if s in self.shown]
        self._update_pane_classes()
        if self.active not in self.shown:
            target = self._views[self.shown[0] if step > 0 else self.shown[-1]]
            self.focus_sentence((target.source.id, target.cursor))
        else:
            self.call_after_refresh(self._resync)

    def _resync(self) -> None:
        key = self.focused_key
        if key is not None:
            self.focus_sentence(key, self.active_view.claim if self.active_view else None)

    def action_only_linked(self) -> None:
        """Toggle showing only the sentences linked to another source or in a conflict."""
        current = self.view_filter
        self.apply_filter(ViewFilter(current.claim_type, current.severity, current.conflicts, not current.linked_only))

    def action_filter(self) -> None:
        """Choose a claim type or severity to show."""
        if self.index is None:
            return

        def chosen(kind: str | None) -> None:
            if kind is not None:
                self.apply_filter(self.view_filter.with_kind(kind or None))

        self.app.push_screen(FilterScreen(self.index, self.view_filter.kind), chosen)

    def apply_filter(self, view_filter: ViewFilter) -> None:
        """Show only the sentences ``view_filter`` keeps; refused (with a notice) when it would keep none."""
        if self.index is None:
            return
        index = self.index
        visible: dict[str, frozenset[int] | None] = {}
        total = 0
        for sid in index.order:
            if not view_filter.active:
                visible[sid] = None
                total += 1
                continue
            kept = frozenset(s.index for s in index.sources[sid].sentences if view_filter.keeps(index, (sid, s.index)))
            visible[sid] = kept
            total += len(kept)
        if total == 0:
            self.notify(f"No sentence is {view_filter.describe()}; the filter was not applied.", severity="warning")
            return
        self.view_filter = view_filter
        for sid, shown in visible.items():
            self._views[sid].set_visible(shown)
        self.set_class(view_filter.active, "-filtered")
        key = self.focused_key
        if key is not None and not self._keeps(key):
            key = self._find(True, lambda k: True) or self._find(False, lambda k: True)
        if key is not None:
            self.call_after_refresh(self.focus_sentence, key)
        if view_filter.active:
            self.notify(f"Showing {view_filter.describe()}.", timeout=2)

    def action_matrix(self) -> None:
        """Open the claim matrix; Enter there jumps to the sentence of a figure."""
        if self.index is None:
            return
        from tui.screens.matrix import MatrixScreen

        def jump(ref: ClaimRef | None) -> None:
            if ref is not None:
                self.go_to_claim(ref)

        session = self.session
        verdicts = session.claim_verdicts() if session is not None and session.comparison is not None else {}
        self.app.push_screen(MatrixScreen(self.index, verdicts), jump)

    def go_to_claim(self, ref: ClaimRef) -> None:
        """Focus the sentence of a claim, clearing a filter that hides it."""
        self.go_to_sentence(ref.sentence, ref.claim)

    def go_to_sentence(self, sentence_id: str, claim: str | None = None) -> None:
        """Focus a sentence (and a claim in it), clearing a filter that hides it."""
        if self.index is None:
            return
        key = self.index.by_sentence_id[sentence_id]
        if not self._keeps(key):
            self.apply_filter(ViewFilter())
            self.notify("Filter cleared to show the figure.", timeout=2)
        partners = self.index.partners(key)
        self._bring_in_for(key, *partners)
        self.call_after_refresh(partial(self.focus_sentence, key, claim, jump=True))

    def show_source(self, source_id: str) -> None:
        """Show a source's pane and focus it, on its cursor (or its first shown sentence)."""
        view = self._views.get(source_id)
        if view is None:
            return
        sentence = view.cursor
        if not view.is_shown(sentence):
            shown = [i for i in range(len(view.source.sentences)) if view.is_shown(i)]
            if not shown:
                self.notify(f"No sentence of {source_id} is shown with this filter.", timeout=2)
                return
            sentence = shown[0]
        self.focus_sentence((source_id, sentence))

    def action_sources(self) -> None:
        """Choose which sources are reviewed in panes."""
        if self.index is None:
            return
        from tui.screens.sources import SourcesScreen

        def chosen(selected: list[str] | None) -> None:
            if selected:
                self.choose_sources(selected)

        self.app.push_screen(SourcesScreen(self.index, self.selected, self.shown), chosen)

    def choose_sources(self, selected: list[str]) -> None:
        """Review only these sources (their panes shown as far as the width allows)."""
        if self.index is None or not selected:
            return
        self.selected = [s for s in self.index.order if s in selected]
        capacity = pane_capacity(self.size.width)
        keep = [s for s in self.shown if s in self.selected]
        rest = [s for s in self.selected if s not in keep]
        chosen = set((keep + rest)[:capacity])
        self.shown = [s for s in self.selected if s in chosen]
        self._update_pane_classes()
        if self.active not in self.shown:
            target = self._views[self.shown[0]]
            self.call_after_refresh(self.focus_sentence, (target.source.id, target.cursor))
        else:
            self.call_after_refresh(self._resync)

    def action_toggle_detail(self) -> None:
        """Give the detail bar more room, or less."""
        self.toggle_class("-detail-expanded")

    def action_clear(self) -> None:
        """Clear the search highlight, and a sentence marked for linking."""
        for view in self._views.values():
            view.set_search("")
        if self.link_from is not None:
            self.link_from = None
            self._show_detail()
            self.notify("Linking cancelled.", timeout=2)

    # ---- the review: verdicts, notes, stars, links by hand --------------------------------------------------------

    @property
    def crosscheck(self) -> CrosscheckApp:
        """The app, typed."""
        from tui.app import CrosscheckApp

        app = self.app
        assert isinstance(app, CrosscheckApp)
        return app

    @property
    def session(self) -> Session | None:
        """The app's review session, once loaded."""
        return self.crosscheck.session

    def refresh_annotations(self) -> None:
        """Show the session's annotations: gutter marks, the detail bar, the strip's saving state."""
        session = self.session
        if session is None or self.index is None:
            return
        self._annotations = {r.target: r.annotation for r in session.resolved if r.target is not None}
        marks: dict[str, dict[int, str]] = {sid: {} for sid in self._views}
        rank = {v: k for k, v in enumerate(("disputed", "needs a call", "confirmed", "ignore"))}
        for sentence_id, placed in session.by_sentence().items():
            key = self.index.by_sentence_id.get(sentence_id)
            if key is None:
                continue
            verdicts = [r.annotation.verdict for r in placed if r.annotation.verdict]
            if verdicts:
                mark = VERDICT_SYMBOLS[min(verdicts, key=lambda v: rank[v])]
            elif any(r.annotation.star for r in placed if r.target == sentence_id):
                mark = STAR
            elif any(r.annotation.note.strip() for r in placed):
                mark = NOTE
            else:
                continue
            marks[key[0]][key[1]] = mark
        for sid, view in self._views.items():
            view.set_annotation_marks(marks[sid])
        self._show_detail()
        self.refresh_status()

    def refresh_status(self) -> None:
        """Show in the source strip whether changes are being saved."""
        self.query_one(SourceStrip).set_status(self.crosscheck.session_status())

    def target(self) -> tuple[str, Text] | None:
        """What a verdict or note applies to: the conflict ``c`` / ``C`` went to while on one of its figures, else
        the conflict under the claim cursor, else the figure, else the first conflict of the sentence, else the
        sentence; with a short description."""
        key = self.focused_key
        view = self.active_view
        if self.index is None or key is None or view is None:
            return None
        index = self.index
        sentence = index.sentence(key)
        conflicts = index.conflicts.get(key, [])
        claim = view.claim if view.claim in {c.id for c in sentence.claims} else None
        chosen = self.focused_conflict()  # the conflict c / C went to, while on one of its figures
        if chosen is None and claim is not None:
            mine = [c for c in conflicts if any(m.claim == claim for m in c.members)]
            if mine:
                chosen = mine[0]
            else:
                found = index.claim(claim)
                text = Text(end="")
                text.append(f"figure {claim} ", style="bold")
                text.append(f"“{found.text if found else claim}”")
                return claim, text
        elif chosen is None and conflicts:
            chosen = conflicts[0]
        if chosen is not None:
            text = Text(end="")
            text.append(f"{SYMBOLS[chosen.severity]} conflict {chosen.id} ", style="bold")
            text.append(chosen.subject or chosen.severity.value)
            return chosen.id, text
        text = Text(end="")
        text.append(f"sentence {sentence.id} ", style="bold")
        text.append(index.sources[key[0]].label)
        return sentence.id, text

    def _quote(self, width: int = 160) -> Text:
        key = self.focused_key
        if self.index is None or key is None:
            return Text()
        words = " ".join(self.index.sentence(key).text.split())
        return Text(f"“{words if len(words) <= width else words[: width - 1] + '…'}”", style="italic")

    def action_verdict(self) -> None:
        """Choose a verdict for the focused conflict, figure or sentence."""
        from tui.screens.annotate import Choice, ChoiceScreen

        found = self.target()
        if found is None or self.session is None:
            return
        target, what = found
        current = self._annotations.get(target)
        choices: list[Choice[str]] = [
            Choice(str(k + 1), f"{VERDICT_SYMBOLS[v]} {v}", v) for k, v in enumerate(VERDICTS)
        ]
        choices.append(Choice("0", "  clear the verdict", ""))
        title = Text("Verdict on ", style="bold", end="").append_text(what)
        now = verdict_label(current.verdict) if current is not None and current.verdict else "none yet"
        screen: ChoiceScreen[str] = ChoiceScreen(title, choices, hint=f"Now: {now} · a digit picks · Esc cancels")

        def chosen(verdict: str | None) -> None:
            if verdict is not None:
                self.apply_verdict(target, verdict or None)

        self.app.push_screen(screen, chosen)

    def action_set_verdict(self, verdict: str) -> None:
        """Set a verdict on the focused conflict, figure or sentence at once (``""`` clears it)."""
        found = self.target()
        if found is None or self.session is None:
            return
        self.apply_verdict(found[0], verdict or None)

    def apply_verdict(self, target: str, verdict: str | None) -> None:
        """Set (or clear) the verdict on ``target`` and say so."""
        if verdict is not None and verdict not in VERDICTS:
            return
        chosen = cast("Verdict | None", verdict)
        if not self.crosscheck.session_change(lambda session: session.set_verdict(target, chosen)):
            return
        said = f"{target}: {verdict_label(verdict)}" if verdict else f"{target}: verdict cleared"
        self.notify(said, timeout=2, markup=False)

    def action_note(self) -> None:
        """Write or edit the note on the focused conflict, figure or sentence."""
        from tui.screens.annotate import NoteScreen

        found = self.target()
        if found is None or self.session is None:
            return
        target, what = found
        current = self._annotations.get(target)
        title = Text("Note on ", style="bold", end="").append_text(what)

        def done(text: str | None) -> None:
            if text is None:
                return
            if self.crosscheck.session_change(lambda session: session.set_note(target, text)):
                self.notify(f"{target}: note {'saved' if text.strip() else 'removed'}", timeout=2, markup=False)

        self.app.push_screen(NoteScreen(title, current.note if current else "", subtitle=self._quote()), done)

    def action_general_notes(self) -> None:
        """Write the reviewer's general notes, printed at the end of the report."""
        from tui.screens.annotate import NoteScreen

        session = self.session
        if session is None:
            return

        def done(text: str | None) -> None:
            if text is not None and self.crosscheck.session_change(lambda s: s.set_notes(text)):
                self.notify("General notes saved.", timeout=2)

        subtitle = Text("For the editor: printed at the end of the report (x).", style="italic")
        self.app.push_screen(NoteScreen("General notes", session.data.notes, subtitle=subtitle), done)

    def action_star(self) -> None:
        """Star or unstar the focused sentence."""
        key = self.focused_key
        if self.index is None or key is None or self.session is None:
            return
        sentence_id = self.index.sentence(key).id
        if self.crosscheck.session_change(lambda session: session.toggle_star(sentence_id)):
            starred = (a := self._annotations.get(sentence_id)) is not None and a.star
            self.notify(f"{sentence_id}: {'★ starred' if starred else 'star removed'}", timeout=2, markup=False)

    def action_link(self) -> None:
        """Mark the focused sentence for a link; on a sentence of another source, link the two."""
        key = self.focused_key
        if self.index is None or key is None or self.session is None:
            return
        index = self.index
        if self.link_from is None or self.link_from == key:
            if self.link_from == key:
                self.link_from = None
                self.notify("Linking cancelled.", timeout=2)
            else:
                self.link_from = key
                self.notify(
                    f"{index.sentence(key).id} marked: move to a sentence of another source (tab changes pane) and "
                    "press l to link them; Esc cancels.",
                    timeout=5,
                    markup=False,
                )
            self._show_detail()
            return
        if self.link_from[0] == key[0]:
            self.app.bell()
            self.notify("Pick a sentence of another source to link to (tab changes pane).", timeout=3)
            return
        origin = self.link_from
        self.link_from = None
        first, second = index.sentence(origin).id, index.sentence(key).id
        if key[1] in index.partners(origin).get(key[0], []):
            self.notify(f"{first} and {second} are already linked.", timeout=3, markup=False)
            self._show_detail()
            return
        self._relink(first, second, "link")

    def action_unlink(self) -> None:
        """Unlink the focused sentence from a sentence linked to it (asking which, when there are several)."""
        from tui.screens.annotate import Choice, ChoiceScreen

        key = self.focused_key
        if self.index is None or key is None or self.session is None:
            return
        index = self.index
        sentence_id = index.sentence(key).id
        partners = [(sid, i) for sid, found in index.partners(key).items() for i in found]
        if not partners:
            self.app.bell()
            self.notify(f"{sentence_id} is not linked to another source.", timeout=2, markup=False)
            return
        if len(partners) == 1:
            self._relink(sentence_id, index.sentence(partners[0]).id, "unlink")
            return
        choices: list[Choice[str]] = []
        for k, partner in enumerate(partners[:9]):
            other = index.sentence(partner)
            words = " ".join(other.text.split())
            label = Text(end="")
            label.append(f"{other.id} {index.sources[partner[0]].label}: ", style="bold")
            label.append(f"“{words[:70]}{'…' if len(words) > 70 else ''}”")
            choices.append(Choice(str(k + 1), label, other.id))
        title = Text(f"Unlink {sentence_id} from…", style="bold")
        screen: ChoiceScreen[str] = ChoiceScreen(title, choices, hint="a digit picks · Esc cancels")

        def chosen(other: str | None) -> None:
            if other is not None:
                self._relink(sentence_id, other, "unlink")

        self.app.push_screen(screen, chosen)

    def _relink(self, first: str, second: str, action: str) -> None:
        """Link or unlink two sentences through the session, and show the comparison that results."""
        result: list[Comparison] = []

        def change(session: Session) -> None:
            try:
                result.append(session.manual_link(first, second, "link" if action == "link" else "unlink"))
            finally:
                if not result and session.comparison is not None:
                    result.append(session.comparison)  # the save failed after the change was made

        session = self.session
        lost_before = len(session.unanchored) if session is not None else 0
        if not self.crosscheck.session_change(change) or not result:
            return
        self.show_relinked(result[0])
        verb = "linked to" if action == "link" else "unlinked from"
        self.notify(f"{first} {verb} {second}; kept after re-alignment.", timeout=3, markup=False)
        lost = (len(session.unanchored) if session is not None else 0) - lost_before
        if lost > 0:
            # A verdict on a conflict the unlink removed: kept, and back if the sentences are linked again.
            self.notify(
                f"{lost} annotation{'s' if lost != 1 else ''} on a conflict that is gone now; kept in the session "
                "(a lists it; l links the sentences again).",
                severity="warning",
                timeout=8,
                markup=False,
            )

    def show_relinked(self, comparison: Comparison) -> None:
        """Show the comparison after a link made or removed by hand: same sentences, new links and conflicts."""
        if self.index is None:
            return
        index = ComparisonIndex.build(comparison)
        self.index = index
        app = self.crosscheck
        app.index = index
        app.comparison = comparison
        for sid, pane in self._panes.items():
            pane.view.set_index(index)
            pane.header.set_counts(index.counts.get(sid, (0, 0)))
        self.refresh_annotations()
        key = self.focused_key
        if key is not None:
            self.focus_sentence(key, self.active_view.claim if self.active_view else None)

    def action_annotations(self) -> None:
        """The review list: every conflict with its verdict, other annotations, and those not found."""
        from tui.screens.annotations import AnnotationsScreen, Target

        session = self.session
        if session is None or self.index is None:
            return

        def jump(target: Target | None) -> None:
            if target is not None and self.index is not None and target.sentence in self.index.by_sentence_id:
                self.go_to_sentence(target.sentence, target.claim)

        self.app.push_screen(AnnotationsScreen(session, self.index), jump)

    def action_export(self) -> None:
        """Write the Markdown report beside the session (or the first article)."""
        self.crosscheck.export_report()

    # ---- search --------------------------------------------------------------------------------------------------

    def action_search(self) -> None:
        """Open the search line."""
        if self.index is None or self.focused_key is None:
            return
        box = self.query_one(SearchBox)
        self._search_origin = (self.focused_key, self.active_view.claim if self.active_view else None)
        box.value = ""
        self.add_class("-searching")
        box.focus()

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        text = event.value.strip().lower()
        for view in self._views.values():
            view.set_search(text)
        self._search_count = None
        if text and self._search_origin is not None:
            count = sum(self._views[sid].count_matches(text) for sid in self.selected)
            self._search_count = (text, count)
            if not count:
                self._show_detail()  # nothing to move to: say so
        if not text or self._search_origin is None:
            if self._search_origin is not None:
                self.focus_sentence(*self._search_origin, take_focus=False)
            return
        origin = self._search_origin[0]
        if self._keeps(origin) and self._views[origin[0]].matches(origin[1], text):
            self.focus_sentence(origin, take_focus=False, jump=True)
            return
        self._search_from(origin, True, text)

    def _search_from(self, origin: SentenceKey | None, forward: bool, text: str, take_focus: bool = False) -> bool:
        if origin is not None and self.active is not None and self.focused_key != origin:
            self.focus_sentence(origin, take_focus=False)
        found = self._find(forward, lambda k: self._views[k[0]].matches(k[1], text))
        if found is None:
            self.app.bell()
            return False
        self.focus_sentence(found, take_focus=take_focus, jump=True)
        return True

    def search_step(self, forward: bool) -> None:
        """Go to the next or previous match of the search line's text."""
        text = self.query_one(SearchBox).value.strip().lower() or self.last_search
        if text:
            self._search_from(None, forward, text)

    @on(Input.Submitted, "#search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        text = event.value.strip().lower()
        if not text and self.last_search:
            for view in self._views.values():
                view.set_search(self.last_search)
            self._search_from(None, True, self.last_search)
        elif text:
            self.last_search = text
        self.end_search(keep=True)

    def end_search(self, keep: bool) -> None:
        """Close the search line, staying on the match (``keep``) or going back to where the search started."""
        self.remove_class("-searching")
        origin = self._search_origin
        self._search_origin = None
        self._search_count = None
        if not keep:
            for view in self._views.values():
                view.set_search("")
            if origin is not None:
                self.focus_sentence(*origin)
                return
        active = self.active_view
        if active is not None:
            active.focus(scroll_visible=False)
        self._show_detail()

    # ---- events --------------------------------------------------------------------------------------------------

    @on(ArticleView.SentenceClicked)
    def _clicked(self, event: ArticleView.SentenceClicked) -> None:
        self.focus_sentence((event.view.source.id, event.sentence))

    def on_descendant_focus(self, event: object) -> None:
        focused = self.focused
        if isinstance(focused, ArticleView) and focused.source.id != self.active and self.index is not None:
            self.focus_sentence((focused.source.id, focused.cursor))

    def on_resize(self, event: Resize) -> None:
        self.set_class(event.size.height >= 40, "-tall")
        if self.index is None:
            return
        capacity = pane_capacity(event.size.width)
        if len(self.shown) != capacity:
            keep = [self.active] if self.active else []
            keep += [s for s in self.shown if s not in keep]
            keep += [s for s in self.selected if s not in keep]
            chosen = set(keep[:capacity])
            self.shown = [s for s in self.selected if s in chosen]
            self._update_pane_classes()
            self.call_after_refresh(self._resync)
