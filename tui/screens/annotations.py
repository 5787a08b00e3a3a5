"""Provides :class:`AnnotationsScreen` (``a``): the review at a glance, and the annotations that lost their place.

Three sections: the annotations that could not be placed on the current articles (an article changed and the
sentence is gone; they are kept in the session file, never dropped), every conflict with its verdict or "no verdict
yet", and the other annotations (claims, sentences, stars, links). Enter jumps to the sentence.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from tui.report import NOTE, STAR, SYMBOLS, VERDICT_SYMBOLS
from tui.screens import DismissOnce, OptionCursor
from tui.session import Annotation, Session
from tui.widgets.comparison_index import ComparisonIndex

__all__ = ["AnnotationsScreen", "Target", "summary"]

MAX_CONFLICTS = 2000
"""Conflicts listed; beyond that, c and C walk them."""


@dataclass(frozen=True)
class Target:
    """Where Enter on an entry goes."""

    sentence: str
    """A sentence id."""
    claim: str | None = None
    """The claim to put the claim cursor on."""


def summary(annotation: Annotation, width: int = 70) -> Text:
    """A verdict, star and the note's first line, in a few words: ``"✔ confirmed · ✎ Called the mayor…"``."""
    text = Text(end="")
    parts: list[str] = []
    if annotation.star:
        parts.append(f"{STAR} starred")
    if annotation.verdict:
        parts.append(f"{VERDICT_SYMBOLS[annotation.verdict]} {annotation.verdict}")
    note = " ".join(annotation.note.split())
    if note:
        parts.append(f"{NOTE} {note if len(note) <= width else note[: width - 1] + '…'}")
    text.append(" · ".join(parts))
    return text


class AnnotationsScreen(DismissOnce, OptionCursor, Screen[Target | None]):
    """Every conflict with its verdict, every other annotation, and those not found; dismisses with a target."""

    BINDINGS = [
        Binding("escape,a,q", "close", "Back", id="annotations.close"),
        Binding("j", "cursor(1)", "Down", id="annotations.down", show=False),
        Binding("k", "cursor(-1)", "Up", id="annotations.up", show=False),
    ]

    def __init__(self, session: Session, index: ComparisonIndex) -> None:
        super().__init__(id="annotations")
        self.session = session
        """The review session."""
        self.index = index
        """Look-ups over the comparison shown."""
        self.targets: list[Target | None] = []
        """Where each option goes (None: a heading, or an annotation not found)."""

    def _sentence_line(self, sentence_id: str, width: int = 60) -> Text:
        key = self.index.by_sentence_id.get(sentence_id)
        if key is None:
            return Text(sentence_id)
        text = " ".join(self.index.sentence(key).text.split())
        line = Text(end="")
        line.append(f"{sentence_id} {self.index.sources[key[0]].label}: ", style="bold")
        line.append(f"“{text if len(text) <= width else text[: width - 1] + '…'}”")
        return line

    def _options(self) -> list[Option]:
        session, index = self.session, self.index
        options: list[Option] = []
        self.targets = []

        def heading(text: str) -> None:
            options.append(Option(Text(text, style="bold underline"), disabled=True))
            self.targets.append(None)

        unanchored = session.unanchored
        if unanchored:
            heading(f"Not found in the current articles: {len(unanchored)} (kept in the session file)")
            for annotation in unanchored:
                anchor = annotation.anchors[0]
                line = Text(end="")
                line.append(f"{anchor.source}: ", style="bold")
                sentence = " ".join(anchor.sentence.split())
                line.append(f"“{sentence[:60]}{'…' if len(sentence) > 60 else ''}”")
                if anchor.claim:
                    line.append(f" ({anchor.claim})")
                line.append("\n   ")
                line.append_text(summary(annotation))
                options.append(Option(line))
                self.targets.append(None)
        conflicts = index.comparison.conflicts
        reviewed = sum(1 for c in conflicts if (found := session.annotation_for(c.id)) is not None and found.verdict)
        heading(f"Conflicts: {len(conflicts)}, {reviewed} with a verdict")
        for conflict in conflicts[:MAX_CONFLICTS]:
            line = Text(end="")
            line.append(f"{SYMBOLS[conflict.severity]} {conflict.id} ", style="bold")
            line.append(conflict.subject or conflict.severity.value)
            sides = []
            for side in conflict.members:
                claim = index.claim(side.claim)
                sides.append(f"“{claim.text if claim else side.claim}” {side.source}")
            line.append(": " + " against ".join(sides))
            on_conflict = session.annotation_for(conflict.id)
            if on_conflict is not None and (on_conflict.verdict or on_conflict.note.strip()):
                line.append("\n   ")
                line.append_text(summary(on_conflict))
            else:
                line.append(" · no verdict yet", style="italic")
            options.append(Option(line))
            member = conflict.members[0]
            self.targets.append(Target(member.sentence, member.claim))
        others = [r for r in session.resolved if r.target is not None and not r.target.startswith("C")]
        heading(f"Other annotations: {len(others)}")
        for resolved in others:
            target = resolved.target
            assert target is not None
            sentence_ids = session.sentence_ids(target)
            if not sentence_ids:
                continue
            line = self._sentence_line(sentence_ids[0])
            if target.count(".") == 2:
                claim = index.claim(target)
                line.append(f" ({claim.text if claim else target})")
            elif target.startswith("L"):
                line.append(f" (link {target})")
            line.append("\n   ")
            line.append_text(summary(resolved.annotation))
            options.append(Option(line))
            self.targets.append(Target(sentence_ids[0], target if target.count(".") == 2 else None))
        return options

    def compose(self) -> ComposeResult:
        yield Static(
            Text("Review list: verdicts, notes, stars · Enter jumps to the sentence · Esc back", style="bold"),
            id="annotations-title",
        )
        yield OptionList(*self._options(), id="annotations-list")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        options.focus()
        first = next((k for k, t in enumerate(self.targets) if t is not None), None)
        if self.session.unanchored:
            first = 1
        if first is not None:
            options.highlighted = first

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        target = self.targets[event.option_index]
        if target is None:
            self.notify(
                "This annotation's sentence is not in the current articles; it is kept in the session file.",
                timeout=4,
            )
            return
        self._finish(target)

    def action_close(self) -> None:
        self._finish(None)
