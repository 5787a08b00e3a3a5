"""Review sessions: verdicts, notes, stars and manual links that are never lost.

A session is a versioned JSON file, by default beside the first article as ``<name>.crosscheck.json``. It is
written atomically (temporary file, fsync, rename; see :mod:`tui.storage`) after every change, so a crash or a kill
loses at most the action being written.

Annotations are anchored by *text*, not by ids: ids such as ``C3`` or ``s2.14`` change when an article is edited or
the aligner improves, while a sentence's text and a figure's wording do not. On opening, every annotation is
re-anchored: by exact sentence text first, then by the most similar sentence (rapidfuzz ``ratio`` of at least 85).
Annotations that cannot be re-anchored are listed for the reviewer and kept in the file, never dropped.

A corrupt session, or one written by a newer crosscheck (a higher ``schema``), raises :class:`SessionError` and the
file is left untouched; the app then runs without saving rather than overwrite it.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from rapidfuzz import fuzz

from engine.errors import CrosscheckError
from engine.models import Comparison, Link, SentenceRef, Source
from tui.storage import atomic_write_text

__all__ = [
    "Anchor",
    "Annotation",
    "ManualLink",
    "SESSION_SCHEMA",
    "Session",
    "SessionData",
    "SessionError",
    "Verdict",
    "default_session_path",
    "load_session_for_export",
]

SESSION_SCHEMA = 1
"""Version of the session file; a file with a higher version is refused, never overwritten."""

Verdict = Literal["confirmed", "disputed", "needs a call", "ignore"]
VERDICTS: tuple[str, ...] = ("confirmed", "disputed", "needs a call", "ignore")
TargetKind = Literal["conflict", "claim", "link", "sentence"]


class SessionError(CrosscheckError):
    """A session file that cannot be used; the file is left as it is."""

    title = "Session not loaded"


class Anchor(BaseModel):
    """Where an annotation points: a sentence of a source, found again by its text."""

    model_config = ConfigDict(extra="ignore")

    source: str
    """The source's path as given when the annotation was made."""
    sentence: str
    """The sentence's text."""
    index: int = 0
    """The sentence's position then, used to break ties between identical sentences."""
    claim: str | None = None
    """The figure as written, for claim and conflict annotations."""
    claim_offset: int | None = None
    """Where the figure starts in the sentence (characters), to tell apart a figure written twice in it."""


class Annotation(BaseModel):
    """A reviewer's verdict, note or star on a conflict, claim, link or sentence."""

    model_config = ConfigDict(extra="ignore")

    kind: TargetKind
    """What the annotation is on."""
    anchors: list[Anchor]
    """One anchor (claim, sentence) or two (conflict, link)."""
    verdict: Verdict | None = None
    """The reviewer's conclusion."""
    note: str = ""
    """Free text: whom to call, what was checked."""
    star: bool = False
    """A starred sentence."""
    updated: str = ""
    """When the annotation last changed (ISO 8601, UTC)."""


class ManualLink(BaseModel):
    """A link the reviewer made or removed by hand; it overrides the aligner and survives re-alignment."""

    model_config = ConfigDict(extra="ignore")

    action: Literal["link", "unlink"]
    anchors: list[Anchor] = Field(min_length=2, max_length=2)


class SourceRecord(BaseModel):
    """A source as it was when the session was last saved, to notice edits."""

    model_config = ConfigDict(extra="ignore")

    path: str
    sha256: str = ""


class SessionData(BaseModel):
    """The whole session file."""

    model_config = ConfigDict(extra="ignore")

    schema_version: int = Field(default=SESSION_SCHEMA, alias="schema")
    app: str = "crosscheck"
    saved: str = ""
    sources: list[SourceRecord] = []
    focus: Anchor | None = None
    annotations: list[Annotation] = []
    manual_links: list[ManualLink] = []
    notes: str = ""


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def default_session_path(paths: Sequence[str]) -> Path | None:
    """``<first article>.crosscheck.json`` beside the first article; ``None`` when it is standard input."""
    first = next((p for p in paths if p != "-"), None)
    if first is None:
        return None
    p = Path(first)
    return p.with_name(p.name + ".crosscheck.json")


def _digest(source: Source) -> str:
    return hashlib.sha256(source.text.encode("utf-8")).hexdigest()


class Resolved(BaseModel):
    """An annotation placed on the current comparison."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    annotation: Annotation
    target: str | None
    """The current id (``C2``, ``s1.4.c1``, ``L3``, ``s2.7``) or ``None`` when it could not be re-anchored."""
    moved: bool = False
    """True when found only by similarity: the sentence was edited."""


class Session:
    """A review session bound to a file."""

    def __init__(self, path: Path | None, data: SessionData | None = None, read_only: bool = False) -> None:
        self.path = path
        """Where the session is saved; ``None`` for an unsaved session (standard input, --no-session)."""
        self.data = data or SessionData()
        """The session's contents."""
        self.read_only = read_only
        """True when the file on disk must not be overwritten (it was corrupt or newer)."""
        self.comparison: Comparison | None = None
        self.resolved: list[Resolved] = []
        self.changed_sources: list[str] = []
        """Paths of sources whose text changed since the session was saved."""
        self.unsaved = False
        """True when a change is held in memory only: the last write failed, or there is no file to write."""
        self._digests: dict[str, str] = {}

    # -- loading ------------------------------------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path | None) -> Session:
        """Open the session at ``path``, or start an empty one when the file does not exist.

        Raises:
            SessionError: The file exists but is unreadable, corrupt or from a newer version; it is not modified.
        """
        if path is None or not path.exists():
            return cls(path)
        try:
            raw = path.read_bytes()
        except OSError as error:
            raise SessionError(f"{path}: cannot read the session file ({error.strerror or error})") from None
        try:
            document = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise SessionError(
                f"{path}: the session file is damaged (not valid JSON); it was left untouched and nothing will be "
                "saved over it"
            ) from None
        if not isinstance(document, dict) or document.get("app", "crosscheck") != "crosscheck":
            raise SessionError(f"{path}: this is not a crosscheck session file; it was left untouched")
        schema = document.get("schema")
        if isinstance(schema, int) and schema > SESSION_SCHEMA:
            raise SessionError(
                f"{path}: the session was saved by a newer crosscheck (schema {schema}, this version reads "
                f"{SESSION_SCHEMA}); it was left untouched"
            )
        try:
            data = SessionData.model_validate(document)
        except ValidationError as error:
            first = error.errors()[0]
            where = ".".join(str(x) for x in first["loc"])
            raise SessionError(
                f"{path}: the session file is damaged ({where}: {first['msg']}); it was left untouched"
            ) from None
        return cls(path, data)

    # -- binding to a comparison ------------------------------------------------------------------------------
    def attach(self, comparison: Comparison) -> Comparison:
        """Bind the session to a fresh comparison: re-anchor annotations, apply manual links, note edited sources.

        Returns:
            The comparison with the reviewer's manual links and unlinks applied.
        """
        known = {record.path: record.sha256 for record in self.data.sources}
        by_name = {Path(record.path).name: record.sha256 for record in self.data.sources}
        self._digests = {s.path: _digest(s) for s in comparison.sources}
        self.changed_sources = []
        for source in comparison.sources:
            # The same article given by another relative path (run from another folder) is found by its name.
            before = known.get(source.path) or by_name.get(Path(source.path).name)
            if before and before != self._digests[source.path]:
                self.changed_sources.append(source.path)
        comparison = self._apply_manual_links(comparison)
        self.comparison = comparison
        self.resolved = [self._resolve(a) for a in self.data.annotations]
        return comparison

    @property
    def unanchored(self) -> list[Annotation]:
        """Annotations that could not be placed on the current articles (kept in the file, never dropped)."""
        return [r.annotation for r in self.resolved if r.target is None]

    def _source_for(self, anchor: Anchor) -> Source | None:
        assert self.comparison is not None
        for source in self.comparison.sources:
            if source.path == anchor.source:
                return source
        name = Path(anchor.source).name
        for source in self.comparison.sources:
            if Path(source.path).name == name:
                return source
        return None

    def _find_sentence(self, anchor: Anchor) -> tuple[str | None, bool]:
        source = self._source_for(anchor)
        if source is None:
            return None, False
        exact = [s for s in source.sentences if s.text == anchor.sentence]
        if exact:
            return min(exact, key=lambda s: abs(s.index - anchor.index)).id, False
        best, best_score = None, 0.0
        for sentence in source.sentences:
            score = fuzz.ratio(sentence.text, anchor.sentence)
            if score > best_score:
                best, best_score = sentence, score
        if best is not None and best_score >= 85:
            return best.id, True
        return None, False

    def _claim_candidates(self, anchor: Anchor) -> tuple[list[str], bool]:
        """The claims an anchor may mean, best first: the same wording (nearest the old offset when a sentence
        gives it twice), then similar wording; and whether the sentence was found only by similarity."""
        sentence_id, moved = self._find_sentence(anchor)
        if sentence_id is None or anchor.claim is None:
            return [], moved
        source = self._source_for(anchor)
        assert source is not None
        sentence = source.sentence(sentence_id)
        offset = anchor.claim_offset or 0
        exact = [c for c in sentence.claims if c.text == anchor.claim]
        exact.sort(key=lambda c: abs((c.start - sentence.start) - offset))
        similar = [c for c in sentence.claims if c not in exact and fuzz.ratio(c.text, anchor.claim) >= 80]
        return [c.id for c in exact] + [c.id for c in similar], moved or not exact

    def _find_claim(self, anchor: Anchor) -> tuple[str | None, bool]:
        candidates, moved = self._claim_candidates(anchor)
        return (candidates[0] if candidates else None), moved

    def _resolve(self, annotation: Annotation) -> Resolved:
        assert self.comparison is not None
        anchors = annotation.anchors
        if annotation.kind == "sentence" and anchors:
            target, moved = self._find_sentence(anchors[0])
            return Resolved(annotation=annotation, target=target, moved=moved)
        if annotation.kind == "claim" and anchors:
            target, moved = self._find_claim(anchors[0])
            return Resolved(annotation=annotation, target=target, moved=moved)
        if annotation.kind == "conflict" and len(anchors) == 2:
            (first, moved_a), (second, moved_b) = (self._claim_candidates(a) for a in anchors)
            moved = moved_a or moved_b
            if first and second:
                # Best candidates first: the first conflict between any candidate of one side and of the other.
                rank_a = {claim: k for k, claim in enumerate(first)}
                rank_b = {claim: k for k, claim in enumerate(second)}
                best: tuple[int, str] | None = None
                for conflict in self.comparison.conflicts:
                    a, b = (m.claim for m in conflict.members[:2])
                    for x, y in ((a, b), (b, a)):
                        if x in rank_a and y in rank_b:
                            score = rank_a[x] + rank_b[y]
                            if best is None or score < best[0]:
                                best = (score, conflict.id)
                if best is not None:
                    return Resolved(annotation=annotation, target=best[1], moved=moved)
            return Resolved(annotation=annotation, target=None, moved=moved)
        if annotation.kind == "link" and len(anchors) == 2:
            found = [self._find_sentence(a) for a in anchors]
            ids = {f[0] for f in found}
            for link in self.comparison.links:
                if ids <= {m.sentence for m in link.members}:
                    return Resolved(annotation=annotation, target=link.id, moved=any(f[1] for f in found))
        return Resolved(annotation=annotation, target=None)

    def _apply_manual_links(self, comparison: Comparison) -> Comparison:
        self.comparison = comparison
        links = list(comparison.links)
        for manual in self.data.manual_links:
            found = [self._find_sentence(a)[0] for a in manual.anchors]
            if None in found:
                continue
            refs = [SentenceRef(source=sid.split(".")[0], sentence=sid) for sid in found if sid]
            pair = {r.sentence for r in refs}
            if manual.action == "unlink":
                kept = []
                for link in links:
                    members = [m for m in link.members]
                    if pair <= {m.sentence for m in members}:
                        # Remove the second sentence from the link; drop the link if fewer than two remain.
                        members = [m for m in members if m.sentence != refs[1].sentence]
                        if len({m.source for m in members}) < 2:
                            continue
                        link = link.model_copy(update={"members": tuple(members)})
                    kept.append(link)
                links = kept
            elif not any(pair <= {m.sentence for m in link.members} for link in links):
                links.append(Link(id="", members=tuple(refs), score=1.0, why="linked by the reviewer"))
        links = [link.model_copy(update={"id": f"L{k + 1}"}) for k, link in enumerate(links)]
        if links == list(comparison.links):
            return comparison
        from engine.conflicts import find_conflicts

        conflicts = find_conflicts(comparison.sources, links)
        return comparison.model_copy(update={"links": tuple(links), "conflicts": tuple(conflicts)})

    # -- anchors for current ids ------------------------------------------------------------------------------
    def _sentence_anchor(self, sentence_id: str, claim_id: str | None = None) -> Anchor:
        assert self.comparison is not None
        source = self.comparison.source(sentence_id.split(".")[0])
        sentence = source.sentence(".".join(sentence_id.split(".")[:2]))
        anchor = Anchor(source=source.path, sentence=sentence.text, index=sentence.index)
        claim = next((c for c in sentence.claims if c.id == claim_id), None) if claim_id else None
        if claim is not None:
            anchor.claim = claim.text
            anchor.claim_offset = claim.start - sentence.start
        return anchor

    def _anchors_for(self, target: str) -> tuple[TargetKind, list[Anchor]]:
        """The kind and anchors of a current id: ``C1`` conflict, ``L1`` link, ``s1.2.c1`` claim, ``s1.2`` sentence."""
        assert self.comparison is not None
        if target.startswith("C"):
            conflict = next(c for c in self.comparison.conflicts if c.id == target)
            return "conflict", [self._sentence_anchor(m.sentence, m.claim) for m in conflict.members]
        if target.startswith("L"):
            link = next(link for link in self.comparison.links if link.id == target)
            return "link", [self._sentence_anchor(m.sentence) for m in link.members[:2]]
        if target.count(".") == 2:
            return "claim", [self._sentence_anchor(target, target)]
        return "sentence", [self._sentence_anchor(target)]

    def annotation_for(self, target: str) -> Annotation | None:
        """The annotation on a current id, if any."""
        for resolved in self.resolved:
            if resolved.target == target:
                return resolved.annotation
        return None

    def sentence_ids(self, target: str) -> list[str]:
        """The current sentences an id touches: both sides of a conflict or link, a claim's or a sentence's own."""
        assert self.comparison is not None
        if target.startswith("C"):
            conflict = next((c for c in self.comparison.conflicts if c.id == target), None)
            return [] if conflict is None else list(dict.fromkeys(m.sentence for m in conflict.members))
        if target.startswith("L"):
            link = next((link for link in self.comparison.links if link.id == target), None)
            return [] if link is None else list(dict.fromkeys(m.sentence for m in link.members))
        return [".".join(target.split(".")[:2])]

    def by_sentence(self) -> dict[str, list[Resolved]]:
        """The placed annotations touching each current sentence id (a conflict's touches both its sentences)."""
        out: dict[str, list[Resolved]] = {}
        for resolved in self.resolved:
            if resolved.target is None:
                continue
            for sentence_id in self.sentence_ids(resolved.target):
                out.setdefault(sentence_id, []).append(resolved)
        return out

    def claim_verdicts(self) -> dict[str, str]:
        """The verdict on each claim id: its own, else that of a conflict it is in (for the claim matrix)."""
        assert self.comparison is not None
        out: dict[str, str] = {}
        conflicts = {c.id: c for c in self.comparison.conflicts}
        for resolved in self.resolved:
            verdict = resolved.annotation.verdict
            if resolved.target is None or verdict is None:
                continue
            if resolved.target in conflicts:
                for member in conflicts[resolved.target].members:
                    out.setdefault(member.claim, verdict)
        for resolved in self.resolved:
            verdict = resolved.annotation.verdict
            if resolved.target is not None and verdict is not None and resolved.target.count(".") == 2:
                out[resolved.target] = verdict
        return out

    def annotations_by_id(self) -> dict[str, dict[str, Any]]:
        """Annotations keyed by current id, for the report: ``{"C1": {"verdict": ..., "note": ..., "star": ...}}``."""
        out: dict[str, dict[str, Any]] = {}
        for resolved in self.resolved:
            base = resolved.target or f"unanchored: {resolved.annotation.anchors[0].sentence[:60]}"
            key, n = base, 2
            while key in out:  # two annotations in one place (say, unanchored on one sentence): keep both
                key, n = f"{base} ({n})", n + 1
            a = resolved.annotation
            out[key] = {"kind": a.kind, "verdict": a.verdict, "note": a.note, "star": a.star}
        return out

    # -- changes (each saved at once) -------------------------------------------------------------------------
    def _upsert(self, target: str) -> Annotation:
        existing = self.annotation_for(target)
        if existing is not None:
            return existing
        kind, anchors = self._anchors_for(target)
        annotation = Annotation(kind=kind, anchors=anchors)
        self.data.annotations.append(annotation)
        self.resolved.append(Resolved(annotation=annotation, target=target))
        return annotation

    def _changed(self, annotation: Annotation) -> None:
        """Stamp a changed annotation, drop it when nothing is left on it, and save."""
        annotation.updated = _now()
        if annotation.verdict is None and not annotation.note.strip() and not annotation.star:
            self.data.annotations = [a for a in self.data.annotations if a is not annotation]
            self.resolved = [r for r in self.resolved if r.annotation is not annotation]
        self.unsaved = True
        self.save()

    def set_verdict(self, target: str, verdict: Verdict | None) -> None:
        """Set (or clear, with ``None``) the verdict on a conflict, claim, link or sentence, and save."""
        if verdict is None and self.annotation_for(target) is None:
            return
        annotation = self._upsert(target)
        annotation.verdict = verdict
        self._changed(annotation)

    def set_note(self, target: str, note: str) -> None:
        """Set the note on a conflict, claim, link or sentence, and save."""
        if not note.strip() and self.annotation_for(target) is None:
            return
        annotation = self._upsert(target)
        annotation.note = note
        self._changed(annotation)

    def toggle_star(self, sentence_id: str) -> bool:
        """Star or unstar a sentence, save, and return the new state."""
        annotation = self._upsert(sentence_id)
        annotation.star = not annotation.star
        star = annotation.star
        self._changed(annotation)
        return star

    def set_notes(self, notes: str) -> None:
        """Set the reviewer's general notes, and save."""
        self.data.notes = notes
        self.unsaved = True
        self.save()

    def set_focus(self, sentence_id: str) -> None:
        """Remember the focused sentence (saved with the next change, and on quit)."""
        if self.comparison is not None:
            self.data.focus = self._sentence_anchor(sentence_id)

    def focus_sentence(self) -> str | None:
        """The saved focus as a current sentence id, when it can be found."""
        if self.data.focus is None or self.comparison is None:
            return None
        return self._find_sentence(self.data.focus)[0]

    def manual_link(self, sentence_a: str, sentence_b: str, action: Literal["link", "unlink"] = "link") -> Comparison:
        """Link (or unlink) two sentences by hand, save, and return the comparison with the change applied."""
        assert self.comparison is not None
        anchors = [self._sentence_anchor(sentence_a), self._sentence_anchor(sentence_b)]
        self.data.manual_links = [
            m
            for m in self.data.manual_links
            if {(x.source, x.sentence) for x in m.anchors} != {(x.source, x.sentence) for x in anchors}
        ]
        self.data.manual_links.append(ManualLink(action=action, anchors=anchors))
        base = self.comparison
        comparison = self._apply_manual_links(base)
        self.comparison = comparison
        self.resolved = [self._resolve(a) for a in self.data.annotations]
        self.unsaved = True
        self.save()
        return comparison

    def save(self) -> None:
        """Write the session atomically; does nothing for unsaved or read-only sessions.

        Raises:
            OSError: The file could not be written (disk full, no permission). Every change stays in memory and
                ``unsaved`` stays True; the next save writes them all.
        """
        if self.path is None or self.read_only:
            return
        if self.comparison is not None:
            records = []
            for source in self.comparison.sources:
                digest = self._digests.get(source.path)
                if digest is None:
                    digest = self._digests[source.path] = _digest(source)
                records.append(SourceRecord(path=source.path, sha256=digest))
            self.data.sources = records
        self.data.saved = _now()
        document = self.data.model_dump(by_alias=True, mode="json")
        if not self.path.parent.exists():
            self.path.parent.mkdir(parents=True, exist_ok=True)  # the user's data folder, on a first run
        atomic_write_text(self.path, json.dumps(document, ensure_ascii=False, indent=2) + "\n")
        self.unsaved = False


def _find_article(path: str, base: Path) -> str:
    """An article named in a session: as written (from here), then beside the session file, then by its name there."""
    if os.path.isabs(path) or Path(path).exists():
        return path
    for candidate in (base / path, base / Path(path).name):
        if candidate.exists():
            return str(candidate)
    return str(base / path)


def load_session_for_export(path: str) -> tuple[Comparison, dict[str, dict[str, Any]], str | None]:
    """Load a session file, compare its articles again and place its annotations, for ``crosscheck export``."""
    from engine.compare import compare

    session = Session.open(Path(path))
    if not session.data.sources:
        raise SessionError(f"{path}: the session names no articles")
    paths = [record.path for record in session.data.sources]
    base = Path(path).parent
    resolved_paths = [_find_article(p, base) for p in paths]
    comparison = session.attach(compare(resolved_paths))
    return comparison, session.annotations_by_id(), session.data.notes or None
