"""The engine is a library: no UI imports, and its public names are complete."""

from __future__ import annotations

import subprocess
import sys

import engine


def test_engine_imports_no_ui() -> None:
    code = (
        "import sys, engine, engine.compare, engine.html, engine.markdown\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich', 'tui'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_importing_errors_does_not_load_the_aligner() -> None:
    code = "import sys, engine.errors; print('engine.align' in sys.modules, 'rapidfuzz' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_all_is_complete() -> None:
    public = {name for name in dir(engine) if not name.startswith("_")}
    modules = {
        "align",
        "boilerplate",
        "claims",
        "compare",
        "conflicts",
        "errors",
        "html",
        "lexicon",
        "linkmodel",
        "markdown",
        "matrix",
        "models",
        "numbers",
        "reading",
        "sentences",
        "serialize",
        "sources",
        "tables",
    }
    functions_named_like_modules = {"align", "compare"}  # the function shadows its module on the package
    assert public - (modules - functions_named_like_modules) == set(engine.__all__)
    for name in engine.__all__:
        assert hasattr(engine, name)
