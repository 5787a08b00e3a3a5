"""Review sessions: round trips, re-anchoring after edits, damaged files left untouched, atomic saves."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from engine.compare import compare
from tests.conftest import copy_seeds
from tui.session import Session, SessionError, default_session_path


@pytest.fixture
def articles(tmp_path: Path) -> list[str]:
    return copy_seeds(tmp_path)


def _open(articles: list[str]) -> Session:
    session = Session.open(default_session_path(articles))
    session.attach(compare(articles))
    return session


def test_round_trip(articles: list[str]) -> None:
    session = _open(articles)
    conflict = session.comparison.conflicts[0]
    session.set_verdict(conflict.id, "needs a call")
    session.set_note(conflict.id, "Call the mayor's office | ask about `11`")
    first_sentence = session.comparison.sources[0].sentences[0].id
    assert session.toggle_star(first_sentence) is True
    session.set_notes("Overall: figures still moving.")
    path = default_session_path(articles)
    assert path is not None and path.exists()
    document = json.loads(path.read_text())
    assert document["schema"] == 1

    again = _open(articles)
    annotation = again.annotation_for(conflict.id)
    assert annotation is not None and annotation.verdict == "needs a call"
    assert annotation.note == "Call the mayor's office | ask about `11`"
    assert again.annotation_for(first_sentence).star is True
    assert again.data.notes == "Overall: figures still moving."
    assert again.unanchored == []


def test_changed_article_reanchors(articles: list[str]) -> None:
    session = _open(articles)
    conflict = session.comparison.conflicts[0]
    session.set_verdict(conflict.id, "disputed")
    target = next(s for s in session.comparison.source("s1").sentences if s.text.startswith("Meanwhile"))
    session.set_note(target.id, "check this")
    # Edit the first article: a new paragraph on top and a small change inside the noted sentence.
    path = Path(articles[0])
    text = path.read_text(encoding="utf-8")
    text = "A new opening paragraph was added by the editors overnight.\n\n" + text
    text = text.replace(target.text, target.text.replace("Meanwhile", "Meanwhile too"))
    path.write_text(text, encoding="utf-8")

    again = _open(articles)
    assert again.changed_sources == [articles[0]]
    kept = [r for r in again.resolved if r.annotation.verdict == "disputed"]
    assert kept and kept[0].target is not None
    noted = [r for r in again.resolved if r.annotation.note == "check this"][0]
    assert noted.target is not None and noted.moved is True


def test_unanchored_annotations_are_kept(articles: list[str]) -> None:
    session = _open(articles)
    sentence = session.comparison.source("s1").sentences[5]
    session.set_note(sentence.id, "about a sentence that will vanish")
    path = Path(articles[0])
    path.write_text(path.read_text(encoding="utf-8").replace(sentence.text, ""), encoding="utf-8")
    again = _open(articles)
    assert [a.note for a in again.unanchored] == ["about a sentence that will vanish"]
    again.set_notes("still here")  # saving again must keep the unanchored annotation
    document = json.loads(default_session_path(articles).read_text())
    assert any(a["note"] == "about a sentence that will vanish" for a in document["annotations"])


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"\x00\x01\x02", b'{"schema": 1, "annotations": "oops"}', b"[]", b'{"schema": 99}'],
    ids=["truncated", "binary", "wrong-shape", "not-an-object", "newer-schema"],
)
def test_damaged_session_is_reported_and_left_untouched(articles: list[str], content: bytes) -> None:
    path = default_session_path(articles)
    path.write_bytes(content)
    with pytest.raises(SessionError) as caught:
        Session.open(path)
    assert str(caught.value).startswith(str(path)) and "\n" not in str(caught.value)
    assert path.read_bytes() == content


def test_manual_link_and_unlink_survive_realignment(articles: list[str]) -> None:
    session = _open(articles)
    a = session.comparison.source("s1").sentences[7].id
    b = session.comparison.source("s2").sentences[10].id
    comparison = session.manual_link(a, b)
    assert any({m.sentence for m in link.members} >= {a, b} for link in comparison.links)
    existing = session.comparison.links[0]
    x, y = existing.members[0].sentence, existing.members[1].sentence
    comparison = session.manual_link(x, y, "unlink")
    assert not any({m.sentence for m in link.members} >= {x, y} for link in comparison.links)

    again = _open(articles)
    links = again.comparison.links
    assert any({m.sentence for m in link.members} >= {a, b} for link in links)
    assert not any({m.sentence for m in link.members} >= {x, y} for link in links)


def test_export_from_session(articles: list[str]) -> None:
    from tui.report import export_command

    session = _open(articles)
    conflict = session.comparison.conflicts[0]
    session.set_verdict(conflict.id, "confirmed")
    session.set_note(conflict.id, "Mayor's office confirmed <b>24</b>")
    report = export_command([str(default_session_path(articles))])
    assert "confirmed" in report and "Mayor's office confirmed &lt;b&gt;24&lt;/b&gt;" in report
    from_articles = export_command(articles)
    assert "confirmed" in from_articles


def test_every_conflict_comes_back_even_with_a_figure_written_twice(articles: list[str]) -> None:
    # The second seed says "at least 11" twice in one sentence (people injured, buildings damaged): the anchor keeps
    # where the figure was, so a verdict on the buildings conflict is not moved to the people one.
    session = _open(articles)
    conflicts = session.comparison.conflicts
    assert conflicts
    verdicts = ["confirmed", "disputed", "needs a call", "ignore"]
    for k, conflict in enumerate(conflicts):
        session.set_verdict(conflict.id, verdicts[k % 4])
        session.set_note(conflict.id, f"note {conflict.id}")
    twice = [c for c in session.comparison.source("s2").claims if c.text == "at least 11"]
    assert len(twice) == 2 and twice[0].sentence_id == twice[1].sentence_id
    again = _open(articles)
    assert again.unanchored == []
    for k, conflict in enumerate(conflicts):
        annotation = again.annotation_for(conflict.id)
        assert annotation is not None, conflict.id
        assert annotation.verdict == verdicts[k % 4] and annotation.note == f"note {conflict.id}"


def test_clearing_everything_on_an_annotation_removes_it(articles: list[str]) -> None:
    session = _open(articles)
    sentence = session.comparison.source("s1").sentences[0].id
    session.set_verdict(sentence, None)  # nothing to clear: no annotation made
    assert session.data.annotations == []
    session.set_verdict(sentence, "confirmed")
    session.toggle_star(sentence)
    session.set_verdict(sentence, None)
    assert session.annotation_for(sentence).star is True
    session.toggle_star(sentence)
    assert session.data.annotations == [] and session.annotation_for(sentence) is None
    assert json.loads(default_session_path(articles).read_text())["annotations"] == []


def test_a_failed_save_keeps_the_change_and_the_next_save_writes_it(
    articles: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import tui.session as session_module

    session = _open(articles)
    conflict = session.comparison.conflicts[0].id
    real = session_module.atomic_write_text

    def full(path: Path, text: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(session_module, "atomic_write_text", full)
    with pytest.raises(OSError):
        session.set_note(conflict, "written while the disk was full")
    assert session.unsaved and session.annotation_for(conflict).note == "written while the disk was full"
    monkeypatch.setattr(session_module, "atomic_write_text", real)
    session.toggle_star(session.comparison.source("s1").sentences[0].id)
    assert not session.unsaved
    again = _open(articles)
    assert again.annotation_for(conflict).note == "written while the disk was full"


def test_claim_verdicts_and_sentences_touched(articles: list[str]) -> None:
    session = _open(articles)
    conflict = session.comparison.conflicts[0]
    session.set_verdict(conflict.id, "disputed")
    members = {m.claim for m in conflict.members}
    assert {k: v for k, v in session.claim_verdicts().items() if k in members} == dict.fromkeys(members, "disputed")
    touched = session.by_sentence()
    for member in conflict.members:
        assert [r.target for r in touched[member.sentence]] == [conflict.id]


def test_a_read_only_session_never_writes(articles: list[str]) -> None:
    path = default_session_path(articles)
    path.write_bytes(b"{broken")
    session = Session(path, read_only=True)
    session.attach(compare(articles))
    session.set_note(session.comparison.conflicts[0].id, "kept in memory only")
    assert session.unsaved
    assert path.read_bytes() == b"{broken"


def test_where_the_session_lives(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tui.__main__ import session_argument

    assert default_session_path(["news/a.txt", "b.md"]) == Path("news/a.txt.crosscheck.json")
    assert default_session_path(["-", "b.md"]) == Path("b.md.crosscheck.json")
    assert default_session_path(["-"]) is None  # standard input alone: no session unless --session
    assert session_argument(["a.txt", "b.txt"], None) is None  # the app puts it beside a.txt
    assert session_argument(["a.txt"], "mine.json") == "mine.json"
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert session_argument([], None) == str(tmp_path / "data" / "crosscheck" / "seeds.crosscheck.json")


def test_a_session_in_a_folder_not_made_yet(articles: list[str], tmp_path: Path) -> None:
    path = tmp_path / "data" / "crosscheck" / "seeds.crosscheck.json"  # the user's data folder, on a first run
    session = Session.open(path)
    session.attach(compare(articles))
    session.set_notes("first")
    assert json.loads(path.read_text())["notes"] == "first"
