"""Provides :class:`CrosscheckCommands`, the one command palette provider: every review action by name.

Titles read "go: Next conflict", "view: Claim matrix", "filter: casualties", "source: Show Reuters",
"review: Verdict confirmed", "export: Markdown report" and "conflict: C2 people killed ✔ confirmed", so typing a verb
or a noun finds them (posting's ``commands.py`` does the same).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.markup import escape

from tui.report import SYMBOLS, VERDICT_SYMBOLS, verdict_label

if TYPE_CHECKING:
    from tui.screens.review import ReviewScreen

__all__ = ["CrosscheckCommands"]

MAX_CONFLICT_COMMANDS = 300
"""Conflicts offered by name; beyond that, c and C walk them."""


class CrosscheckCommands(Provider):
    """Review actions for the command palette."""

    def _review(self) -> ReviewScreen | None:
        from tui.screens.review import ReviewScreen

        for screen in self.app.screen_stack:
            if isinstance(screen, ReviewScreen):
                return screen
        return None

    def _commands(self, everything: bool) -> Iterator[tuple[str, str, Callable[[], object]]]:
        review = self._review()
        if review is None or review.index is None:
            return

        def run(action: str) -> Callable[[], object]:
            return partial(self.app.run_action, action, review)

        yield "go: Next conflict", "the next conflicting figure (c)", run("jump('conflict', True)")
        yield "go: Previous conflict", "the previous conflicting figure (C)", run("jump('conflict', False)")
        yield "go: Next claim", "the next figure (n)", run("jump('claim', True)")
        yield "go: Previous claim", "the previous figure (N)", run("jump('claim', False)")
        yield "go: Next link", "the next linked sentence (])", run("jump('link', True)")
        yield "go: Previous link", "the previous linked sentence ([)", run("jump('link', False)")
        yield "go: Next pane", "focus the next pane (tab)", run("switch_pane(1)")
        yield "view: Claim matrix", "every figure by source (m)", run("matrix")
        yield "view: Search", "find text in the sources (/)", run("search")
        yield "view: Linked only", "toggle: only sentences linked or in a conflict (o)", run("only_linked")
        yield "view: Filter", "show one claim type or severity (f)", run("filter")
        yield "view: Sources", "choose the sources to review (s)", run("sources")
        yield "view: Cycle panes", "show the next source (>)", run("cycle_panes(1)")
        yield "view: Detail bar", "more or less room for details (d)", run("toggle_detail")
        for k, verdict in enumerate(VERDICT_SYMBOLS):
            yield (
                f"review: Verdict {verdict}",
                f"{VERDICT_SYMBOLS[verdict]} on the focused conflict, figure or sentence ({k + 1})",
                run(f"set_verdict('{verdict}')"),
            )
        yield (
            "review: Clear verdict",
            "remove the verdict on the focused conflict, figure or sentence (0)",
            run("set_verdict('')"),
        )
        yield "review: Choose verdict", "pick a verdict from a list (v)", run("verdict")
        yield "review: Note", "a note on the focused conflict, figure or sentence (e)", run("note")
        yield "review: General notes", "notes for the editor, at the end of the report (E)", run("general_notes")
        yield "review: Star sentence", "star or unstar the focused sentence (*)", run("star")
        yield "review: Link sentences", "mark a sentence, then l on another source's sentence (l)", run("link")
        yield "review: Unlink sentence", "unlink the focused sentence from a linked one (u)", run("unlink")
        yield "view: Review list", "conflicts with their verdicts, notes, stars (a)", run("annotations")
        session = review.session
        if session is not None and session.unanchored:
            yield (
                f"view: Annotations not found ({len(session.unanchored)})",
                "annotations whose sentences are gone from the changed articles (a)",
                run("annotations"),
            )
        yield "export: Markdown report", "write the report beside the session file (x)", run("export")
        yield "help: Keys", "every key and symbol (?)", partial(self.app.run_action, "help")
        if not everything:
            return
        from tui.screens.filter import filter_choices

        index = review.index
        for key, label in filter_choices(index):
            yield (
                f"filter: {label}",
                "show only these sentences",
                partial(review.apply_filter, review.view_filter.with_kind(key)),
            )
        for sid in index.order:
            source = index.sources[sid]
            yield f"source: Show {sid} {source.label}", source.title or source.path, partial(review.show_source, sid)
        for conflict in index.comparison.conflicts[:MAX_CONFLICT_COMMANDS]:
            member = conflict.members[0]
            title = f"conflict: {SYMBOLS[conflict.severity]} {conflict.id} {conflict.subject or ''}".rstrip()
            annotation = session.annotation_for(conflict.id) if session is not None else None
            if annotation is not None and annotation.verdict:
                title += f" {verdict_label(annotation.verdict)}"
            yield title, conflict.why, partial(review.go_to_claim, member)

    # The palette reads titles and help as Textual markup, and both may hold article text (a source's title, a
    # conflict's figures as written): escape them so "[@click=app.quit]" in an article stays text.

    async def discover(self) -> Hits:
        for title, help_text, callback in self._commands(everything=False):
            yield DiscoveryHit(escape(title), callback, help=escape(help_text))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, callback in self._commands(everything=True):
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(escape(title)), callback, help=escape(help_text))
