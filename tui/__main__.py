"""The ``crosscheck`` command: opens the review app, or runs ``claims``, ``compare`` and ``export`` headless.

Usage::

    crosscheck [A B ...]                       open the app (the bundled seed articles when no file is given)
    crosscheck claims FILE... [--format json|table]
    crosscheck compare A B [C ...] [--format json|markdown]
    crosscheck export SESSION|ARTICLES... [-o report.md] [--format markdown|json]

Bad input gives one line on standard error naming the file and the problem, and exit status 2.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from engine.errors import CrosscheckError

__all__ = ["main", "seed_paths", "session_argument"]

COMMANDS = ("claims", "compare", "export")


def seed_paths() -> list[str]:
    """The bundled seed articles: in the installed package, or beside the source tree."""
    here = Path(__file__).resolve().parent
    for folder in (here / "seeds", here.parent / "seeds"):
        if folder.is_dir():
            files = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
            if files:
                return [str(p) for p in files]
    return []


def session_argument(files: Sequence[str], session: str | None) -> str | None:
    """The session file to give the app: ``--session``; for the bundled seeds (no files given), one in the user's
    data folder, since the seeds may sit in a read-only install; else None (the app puts it beside the first
    article)."""
    if session is not None or files:
        return session
    from platformdirs import user_data_path

    return str(user_data_path("crosscheck") / "seeds.crosscheck.json")


def _fail(message: str) -> int:
    print(f"crosscheck: {message}", file=sys.stderr)
    return 2


def _source_problem(files: Sequence[str], *, at_least: int = 2) -> str | None:
    """What is wrong with the articles given for a comparison, in one line; None when nothing is."""
    if sum(1 for f in files if f == "-") > 1:
        return "standard input (-) can be given only once"
    if len(files) < at_least:
        given = f"only {files[0]}" if files else "none"
        return f"give two or more articles to compare ({given} given)"
    seen: dict[str, str] = {}
    for name in files:
        if name == "-":
            continue
        key = os.path.normcase(os.path.realpath(name))
        if key in seen:
            twice = name if seen[key] == name else f"{seen[key]} and {name}"
            return f"{twice}: the same article is given twice"
        seen[key] = name
    return None


def _write_output(text: str, output: str | None) -> None:
    if output and output != "-":
        from tui.storage import atomic_write_text  # only when writing a file

        atomic_write_text(Path(output), text)
    else:
        sys.stdout.write(text)
        if not text.endswith("\n"):
            sys.stdout.write("\n")


def _claims(args: argparse.Namespace) -> int:
    from engine.compare import load_sources
    from engine.serialize import claims_document

    sources = load_sources(args.files)
    if args.format == "json":
        _write_output(json.dumps(claims_document(sources), ensure_ascii=False, indent=2), args.output)
    else:
        from tui.render import claims_table  # rich, only for the table format

        claims_table(sources, sys.stdout)
    return 0


def _compare(args: argparse.Namespace) -> int:
    from engine.compare import compare
    from engine.models import CompareOptions

    comparison = compare(args.files, CompareOptions(link_threshold=args.threshold))
    if args.format == "json":
        from engine.serialize import comparison_document

        _write_output(json.dumps(comparison_document(comparison), ensure_ascii=False, indent=2), args.output)
    else:
        from tui.report import markdown_report

        _write_output(markdown_report(comparison), args.output)
    return 0


def _export(args: argparse.Namespace) -> int:
    from tui.report import export_command

    text = export_command(args.inputs, fmt=args.format, session=args.session)
    _write_output(text, args.output)
    if args.output and args.output != "-":
        print(f"crosscheck: wrote {args.output}", file=sys.stderr)
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="crosscheck",
        description="Compare news articles about one event: linked sentences, conflicting figures, who said what.",
        epilog="Run 'crosscheck A B' to open the review app; with no files it opens the bundled seed articles.",
    )
    sub = parser.add_subparsers(dest="command")
    claims = sub.add_parser("claims", help="list every sentence and claim of the articles")
    claims.add_argument("files", nargs="+", metavar="FILE", help="articles (.txt, .md, .html) or - for stdin")
    claims.add_argument("--format", choices=("json", "table"), default="json")
    claims.add_argument("-o", "--output", help="write to this file instead of standard output")
    compare = sub.add_parser("compare", help="link sentences across articles and report conflicting figures")
    compare.add_argument("files", nargs="+", metavar="FILE", help="two or more articles, or - for stdin")
    compare.add_argument("--format", choices=("json", "markdown"), default="json")
    compare.add_argument(
        "--threshold", type=float, default=None, help="lowest link probability kept, 0 to 1 (default: the link model's)"
    )
    compare.add_argument("-o", "--output", help="write to this file instead of standard output")
    export = sub.add_parser("export", help="write the Markdown (or JSON) report of a review session or articles")
    export.add_argument("inputs", nargs="+", metavar="SESSION|ARTICLE", help="a .crosscheck.json session, or articles")
    export.add_argument("-o", "--output", help="write to this file (default: standard output)")
    export.add_argument("--format", choices=("markdown", "json"), default="markdown")
    export.add_argument("--session", help="the session file to use with articles (default: beside the first)")
    return parser


def _app_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="crosscheck",
        description="Open the review app on two or more articles (the bundled seeds when none are given).",
        epilog="Headless commands: crosscheck claims|compare|export --help",
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="articles (.txt, .md, .html) or - for stdin")
    parser.add_argument("--session", help="review session file (default: <first article>.crosscheck.json beside it)")
    parser.add_argument(
        "--no-session", action="store_true", help="do not read or write a session file (annotations last until quit)"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        if args_list and args_list[0] in COMMANDS:
            args = _parser().parse_args(args_list)
            if args.command == "claims":
                return _claims(args)
            if args.command == "compare":
                if args.threshold is not None and not 0.0 <= args.threshold <= 1.0:
                    return _fail(f"--threshold must be between 0 and 1, not {args.threshold}")
                if (problem := _source_problem(args.files)) is not None:
                    return _fail(problem)
                return _compare(args)
            return _export(args)
        if args_list and args_list[0] in ("-h", "--help"):
            _parser().print_help()
            print()
            _app_parser().print_help()
            return 0
        args = _app_parser().parse_args(args_list)
        files = args.files or seed_paths()
        if not files:
            return _fail("no articles given and no bundled seed articles found")
        session = session_argument(args.files, args.session)
        if (problem := _source_problem(files)) is not None:
            return _fail(problem)
        from tui.app import make_app  # textual is imported only for the interactive app

        app = make_app(files, session=session, use_session=not args.no_session)
        app.run()
        return app.return_code or 0
    except CrosscheckError as error:
        return _fail(str(error))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # A pipeline closed early ("crosscheck claims a.txt | head"): not an error worth a traceback.
        try:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the interpreter's final flush
        except OSError:
            pass
        return 0


if __name__ == "__main__":
    sys.exit(main())
