"""The command line: headless claims/compare/export, and one clear line (exit 2) for every bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SEEDS
from tui.__main__ import main


def run(
    args: list[str], stdin: bytes | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tui", *args],
        input=stdin.decode() if stdin else None,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def test_claims_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["claims", *SEEDS, "--format", "json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["schema"] == 1
    ids = [s["id"] for src in document["sources"] for s in src["sentences"]]
    claim_ids = [c["id"] for src in document["sources"] for s in src["sentences"] for c in s["claims"]]
    assert len(ids) == len(set(ids)) and len(claim_ids) == len(set(claim_ids))
    figures = {(c["text"], c["kind"]) for src in document["sources"] for s in src["sentences"] for c in s["claims"]}
    for expected in [
        ("430", "count"),
        ("18", "count"),
        ("At least 5", "count"),
        ("over two dozen", "count"),
        ("At least 15", "count"),
        ("at least 11", "count"),
        ("2022", "date"),
        ("12:45 a.m.", "time"),
        ("18-month", "duration"),
    ]:
        assert expected in figures
    claim = next(
        c for src in document["sources"] for s in src["sentences"] for c in s["claims"] if c["text"] == "over two dozen"
    )
    assert claim["quantity"] == {
        "low": 24,
        "high": None,
        "unit": None,
        "low_open": True,
        "high_open": False,
        "nominal": 24,
        "hedge": "lower",
    }
    assert claim["subject"] == "people" and claim["predicate"] == "injured"


def test_claims_table_renders_markup_literally(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "markup.txt"
    article.write_text(
        "The [bold red]mayor[/] said [link=http://x]12 people[/link] were hurt on Friday.\n"
        "Police said \x1b[31m5 cars\x1b[0m burned overnight in the town centre.\n"
    )
    assert main(["claims", str(article), "--format", "table"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out
    assert "[bold red]mayor[/]" not in out  # sentences are not printed in the table, but figures are literal
    assert "12" in out and "␛[31m5" not in out


def test_compare_json_and_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", *SEEDS]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["links"] and document["conflicts"]
    severities = {c["severity"] for c in document["conflicts"]}
    assert severities == {"discrepancy"}
    for link in document["links"]:
        assert 0 <= link["score"] <= 1 and len(link["members"]) >= 2
    assert main(["compare", *SEEDS, "--format", "markdown"]) == 0
    report = capsys.readouterr().out
    assert report.index("## Conflicts") < report.index("## Claim matrix")
    assert "over two dozen" in report and "at least 11" in report


def test_compare_threshold(capsys: pytest.CaptureFixture[str]) -> None:
    from engine.compare import compare

    assert main(["compare", *SEEDS]) == 0
    default = json.loads(capsys.readouterr().out)
    assert len(default["links"]) == len(compare(SEEDS).links)  # no flag: the link model's own threshold
    assert main(["compare", *SEEDS, "--threshold", "0.99"]) == 0
    strict = json.loads(capsys.readouterr().out)
    assert len(strict["links"]) < len(default["links"])
    assert main(["compare", *SEEDS, "--threshold", "1.5"]) == 2
    assert "--threshold" in capsys.readouterr().err


def test_export_writes_file(tmp_path: Path) -> None:
    out = tmp_path / "report.md"
    assert main(["export", *SEEDS, "-o", str(out), "--session", str(tmp_path / "none.json")]) == 0
    assert out.read_text().startswith("# crosscheck report")


def test_stdin(tmp_path: Path) -> None:
    result = run(["claims", "-"], stdin=Path(SEEDS[0]).read_bytes())
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["sources"][0]["path"] == "-"


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("missing.txt", None, "no such file"),
        ("doc.pdf.txt", b"%PDF-1.4\n%\xe2\xe3", "PDF"),
        ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(100), "PNG"),
        ("archive.txt", b"PK\x03\x04" + bytes(100), "zip"),
        ("empty.txt", b"", "empty"),
        ("menu.txt", b"Home\nWorld\nSport\nSign in\n", "no article sentences"),
        ("nul.txt", b"\x00" * 5000, "binary"),
        (
            "scripts.html",
            b"<html><body><script>alert(1)</script><iframe src=x></iframe></body></html>",
            "no article sentences",
        ),
    ],
    ids=["missing", "pdf", "png", "zip", "empty", "menu", "nul", "scripts"],
)
def test_bad_input_one_line(tmp_path: Path, name: str, content: bytes | None, problem: str) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    for command in (["claims", str(path)], ["compare", SEEDS[0], str(path)]):
        result = run(command)
        assert result.returncode == 2
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, result.stderr
        assert str(path) in lines[0] and problem in lines[0]
        assert "Traceback" not in result.stderr


def test_directory_and_too_large(tmp_path: Path) -> None:
    result = run(["claims", str(tmp_path)])
    assert result.returncode == 2 and "directory" in result.stderr
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.write(b"The mayor said 5 people were hurt. " * (50 * 1024 * 1024 // 35))
    result = run(["claims", str(big)])
    assert result.returncode == 2 and "limit is 10 MiB" in result.stderr and len(result.stderr.splitlines()) == 1


def test_too_many_sources(tmp_path: Path) -> None:
    copies = []
    for k in range(21):
        copy = tmp_path / f"copy{k}.txt"
        copy.write_text(Path(SEEDS[0]).read_text(encoding="utf-8"), encoding="utf-8")
        copies.append(str(copy))
    result = run(["compare", *copies])
    assert result.returncode == 2 and "limit is 20" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["compare", SEEDS[0]], "give two or more articles to compare (only"),
        (["compare", SEEDS[0], SEEDS[0]], "the same article is given twice"),
        (["compare", "-", "-"], "standard input (-) can be given only once"),
        ([SEEDS[0]], "give two or more articles to compare (only"),
        ([SEEDS[0], SEEDS[1], SEEDS[0]], "the same article is given twice"),
    ],
)
def test_a_comparison_needs_two_different_articles(args: list[str], message: str) -> None:
    result = run(args)
    assert result.returncode == 2 and result.stdout == ""
    assert message in result.stderr and len(result.stderr.splitlines()) == 1, result.stderr


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("The mayor said 5 people were hurt on Friday.")

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", refuse)
    assert main(["claims", str(path)]) == 2
    assert capsys.readouterr().err.strip() == f"crosscheck: {path}: permission denied"


def test_hostile_text_is_harmless(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "hostile.txt"
    article.write_bytes(
        "Officials said 12 people\u200b were hurt\u202e in the blast on Friday, police confirmed.\n".encode()
        + b"The mayor said \x1b]52;c;ZXZpbA==\x07 that 3 homes burned overnight, firefighters said.\roops\n"
        + b"Witnesses said \x1b]8;;http://evil\x1b\\a link\x1b]8;;\x1b\\ appeared \xff\xfe on screens in the square.\n"
    )
    assert main(["compare", str(article), SEEDS[0], "--format", "markdown"]) == 0
    out = capsys.readouterr().out
    for bad in ("\x1b", "\x07", "\r", "\u202e", "\u200b"):
        assert bad not in out
    assert main(["claims", str(article)]) == 0
    document = capsys.readouterr().out
    texts = [s["text"] for s in json.loads(document)["sources"][0]["sentences"]]
    assert "\\u001b" not in document and "\\u0007" not in document
    assert any("␛]52;c;ZXZpbA==␇" in t for t in texts) and any("␛]8;;http://evil" in t for t in texts)


def test_broken_pipe_is_quiet() -> None:
    result = subprocess.run(
        f"{sys.executable} -m tui claims {' '.join(SEEDS)} | head -c 10",
        shell=True,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "Traceback" not in result.stderr


def test_compare_output_is_the_same_whatever_the_hash_seed() -> None:
    """Links, conflicts and their reasons do not depend on Python's string hashing (PYTHONHASHSEED)."""
    import os

    case = Path(__file__).parent / "data" / "cases3" / "storm-surge-bay-of-bengal"
    paths = sorted(str(p) for p in case.iterdir() if p.suffix in (".txt", ".html"))
    outputs = set()
    for seed in ("1", "2", "3"):
        done = run(["compare", *paths, "--format", "json"], env={**os.environ, "PYTHONHASHSEED": seed})
        assert done.returncode == 0, done.stderr
        outputs.add(done.stdout)
    assert len(outputs) == 1


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        ("Winds of 70 km/h were recorded.", "70 km/h"),
        ("A 120 mph gust was recorded.", "193.1 km/h"),
        ("The strike lasted five days.", "5 days"),
        ("The standoff lasted 45 minutes.", "45 minutes"),
        ("At least 300 hectares burned.", "≥ 3,000,000 m²"),
        ("The sample held 0.85 ng/mL of the drug.", "0.85 µg/L"),
    ],
)
def test_an_interval_is_shown_in_a_unit_a_reader_thinks_in(sentence: str, shown: str) -> None:
    from engine.claims import extract_claims
    from tui.render import format_quantity

    (claim,) = extract_claims(sentence, "s1.1")
    assert format_quantity(claim) == shown
