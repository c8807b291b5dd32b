"""The ``storyline`` command: a thin shell over :mod:`storyline.pipeline`.

Exit codes (documented in docs/cli.md):
    0  everything given was processed
    1  some inputs were rejected (the rest was processed and written)
    2  usage or configuration error
    3  nothing could be processed
No traceback is shown without ``--debug``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from storyline import __version__, config, pipeline
from storyline.errors import ConfigError, StorylineError

EXIT_OK, EXIT_REJECTED, EXIT_USAGE, EXIT_NOTHING = 0, 1, 2, 3


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # argparse's own usage errors exit 2, like ours
        self.print_usage(sys.stderr)
        raise ConfigError(message)


def _parse_set(values: Sequence[str]) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for item in values:
        key, sep, value = item.partition("=")
        section, dot, name = key.partition(".")
        if not sep or not dot or not name:
            raise ConfigError(f"--set takes SECTION.KEY=VALUE, got {item!r}")
        out.setdefault(section, {})[name] = value
    return out


def _settings(args: argparse.Namespace) -> config.Settings:
    overrides = _parse_set(getattr(args, "set", None) or [])
    if getattr(args, "kb", None):
        overrides.setdefault("nlp", {})["kb"] = ":".join(args.kb)  # os.pathsep-joined list
    return config.load_settings(args.config, overrides=overrides)


class _RichProgress:
    """Progress bar over inputs whose number is not known in advance (folders, feeds)."""

    def __init__(self, console: Console) -> None:
        self._bar = Progress(
            SpinnerColumn(),
            TextColumn("[bold]{task.completed}[/] pages"),
            BarColumn(),
            TextColumn("{task.fields[last]}", style="dim"),
            TimeElapsedColumn(),
            console=console,
            transient=True,
        )
        self._task = self._bar.add_task("build", total=None, last="")

    def __enter__(self) -> _RichProgress:
        self._bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._bar.stop()

    def item(self, source: str, outcome: str) -> None:
        self._bar.update(self._task, advance=1, last=f"{outcome}: {source[-60:]}")


def _summary(console: Console, result: pipeline.BuildResult) -> None:
    r = result.report
    table = Table(title="storyline build", show_header=False, box=None, padding=(0, 2))
    table.add_row("inputs given", str(r.inputs))
    table.add_row("pages read", str(r.documents))
    table.add_row("articles", f"{r.articles} ({r.extracted} extracted, {r.reused} unchanged)")
    table.add_row("wire copies found", str(r.duplicates))
    table.add_row("analysed", f"{r.analysed} ({r.analyses_reused} unchanged)")
    table.add_row("events", str(r.events))
    table.add_row("stories", f"{r.stories} ({r.discrepancies} disagreements)")
    table.add_row("rejected", str(sum(r.rejected.values())))
    for reason, n in sorted(r.rejected.items()):
        table.add_row(f"  {reason}", str(n))
    table.add_row("seconds", f"{r.seconds:.1f}")
    table.add_row("output", str(result.output))
    for path in result.digest:
        table.add_row("digest", str(path))
    table.add_row("store", result.store_path)
    console.print(table)
    for line in result.summary:
        console.print(line, highlight=False, markup=False)
    shown = result.rejected[:20]
    if shown:
        rej = Table(title="rejected inputs", show_lines=False)
        rej.add_column("source", overflow="fold")
        rej.add_column("reason")
        rej.add_column("detail", overflow="fold")
        for item in shown:
            rej.add_row(item.source, item.reason, item.detail)
        console.print(rej)
        if len(result.rejected) > len(shown):
            console.print(f"... and {len(result.rejected) - len(shown)} more in storyline.json")


def cmd_build(args: argparse.Namespace, console: Console) -> int:
    """storyline build INPUT... -o OUTDIR"""
    settings = _settings(args)
    stdin = sys.stdin.buffer if "-" in args.inputs else None
    show = not args.no_progress and not args.quiet and console.is_terminal
    progress = _RichProgress(console) if show else None
    if progress:
        with progress:
            result = _run_build(args, settings, stdin, progress)
    else:
        result = _run_build(args, settings, stdin, None)
    if not args.quiet:
        _summary(console, result)
    if not result.articles:
        return EXIT_NOTHING
    return EXIT_REJECTED if result.rejected else EXIT_OK


def _run_build(
    args: argparse.Namespace,
    settings: config.Settings,
    stdin: Any,
    progress: pipeline.Progress | None,
) -> pipeline.BuildResult:
    return pipeline.build(
        args.inputs,
        outdir=Path(args.output),
        settings=settings,
        db=args.db,
        refresh=args.refresh,
        stdin=stdin,
        progress=progress,
    )


def cmd_config(args: argparse.Namespace, console: Console) -> int:
    """storyline config: every setting with its current value and description."""
    settings = _settings(args)
    for section, key, _default, description in config.describe():
        value = getattr(getattr(settings, section), key)
        console.print(f"[bold]{section}.{key}[/] = {value!r}\n    {description}", highlight=False)
    return EXIT_OK


def _scores(
    args: argparse.Namespace, settings: config.Settings
) -> tuple[dict[str, Any], list[Any]]:
    """Run the scorer of ``args.eval_what`` on its gold set; return (scores, failures)."""
    root = Path(args.root)
    if args.eval_what == "extract":
        from storyline import evaluation

        rows = evaluation.load_gold(args.gold)
        if not rows:
            raise ConfigError(f"no gold rows in {', '.join(args.gold)}")
        ex = evaluation.evaluate_extraction(rows, root=root, settings=settings)
        return ex.to_json(), ex.failures
    if args.eval_what == "events":
        from storyline import evaluation_events

        gold = evaluation_events.load_event_gold(args.gold)
        ev = evaluation_events.evaluate_events(gold, root=root, settings=settings)
        return ev.to_json(details=args.details), ev.failures
    from storyline import evaluation_stories

    if len(args.gold) != 1:
        raise ConfigError(
            "eval stories takes one GOLD folder (stories.json, disagreements.jsonl, ...)"
        )
    st = evaluation_stories.evaluate_stories(
        evaluation_stories.load_stories_gold(args.gold[0]), root=root, settings=settings
    )
    return st.to_json(), st.failures


def cmd_eval(args: argparse.Namespace, console: Console) -> int:
    """storyline eval extract|events|stories GOLD...: score a stage on a gold set."""
    settings = _settings(args)
    scores, failures = _scores(args, settings)
    if args.json:
        _json_out(console, {"scores": scores, "failures": failures})
        return EXIT_OK
    table = Table(title=f"{args.eval_what}: {' '.join(args.gold)}")
    table.add_column("measure")
    table.add_column("value", justify="right")
    flat: list[tuple[str, Any]] = []
    for name, value in scores.items():
        if isinstance(value, dict) and name != "failures":
            flat.extend((f"{name}.{k}", v) for k, v in value.items())
        else:
            flat.append((name, value))
    for name, value in flat:
        if isinstance(value, (int, float, str)) and not isinstance(value, bool):
            table.add_row(name, f"{value:.3f}" if isinstance(value, float) else str(value))
    console.print(table)
    for fail in failures[: args.failures]:
        console.print(fail, highlight=False)
    return EXIT_OK


def cmd_analyze(args: argparse.Namespace, console: Console) -> int:
    """storyline analyze [FILE|-] --published ISO: the language layer on one text, as JSON."""
    settings = _settings(args)
    if args.published is not None and not _looks_like_published(args.published):
        raise ConfigError(
            f"--published {args.published!r} is not a date: give e.g. 2025-03-24T08:57+09:00, "
            "2025-03-24 or --03-24"
        )
    if args.file in (None, "-"):
        data = sys.stdin.buffer.read()
    else:
        try:
            data = Path(args.file).read_bytes()
        except OSError as exc:
            raise ConfigError(f"cannot read {args.file}: {exc.strerror or exc}") from exc
    result = pipeline.analyze(
        data, published=args.published, settings=settings, parse=not args.no_parse
    )
    sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
    return EXIT_OK


def _looks_like_published(value: str) -> bool:
    return bool(
        re.match(r"^(\d{4}-\d{2}-\d{2}(T[\d:.]+([+-]\d{2}:?\d{2}|Z)?)?|--\d{2}-\d{2})$", value)
    )


def cmd_kb(args: argparse.Namespace, console: Console) -> int:
    """storyline kb import DUMP -o FILE: build a knowledge-base file from a Wikidata dump."""
    dump = Path(args.dump)
    if not dump.is_file():
        raise ConfigError(f"Wikidata dump {dump} does not exist")
    doc = pipeline.import_kb(dump, limit=args.limit)
    out = Path(args.output)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = len(doc.get("entities", []))
    console.print(f"wrote {n} entities to {out}; use it with --kb {out}", highlight=False)
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace, Console], int]] = {
    "build": cmd_build,
    "config": cmd_config,
    "eval": cmd_eval,
    "analyze": cmd_analyze,
    "kb": cmd_kb,
}


def _add_set(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--set",
        action="append",
        metavar="SECTION.KEY=VALUE",
        help="override a setting (repeatable)",
    )


def make_parser() -> argparse.ArgumentParser:
    """The argument parser; docs/cli.md documents every command and option (tested)."""
    parser = _Parser(prog="storyline", description="Follow a developing news story across outlets.")
    parser.add_argument("--version", action="version", version=f"storyline {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    parser.add_argument("--config", metavar="FILE", help="settings file (default ./storyline.toml)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    b = sub.add_parser("build", help="read pages and write OUTDIR/storyline.json")
    b.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="files, folders, http(s) URLs, RSS/Atom feeds, WARC files, or - for stdin",
    )
    b.add_argument("-o", "--output", required=True, metavar="OUTDIR", help="output folder")
    b.add_argument("--db", metavar="PATH", help="SQLite store (default OUTDIR/storyline.sqlite)")
    b.add_argument(
        "--kb", action="append", metavar="FILE", help="extra knowledge-base file (repeatable)"
    )
    _add_set(b)
    b.add_argument("--refresh", action="store_true", help="fetch URLs again even if already stored")
    b.add_argument("--no-progress", action="store_true", help="no progress bar")
    b.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary")

    c = sub.add_parser("config", help="show every setting, its value and what it does")
    _add_set(c)

    a = sub.add_parser(
        "analyze", help="sentences, actors, times and quantities of one text, as JSON"
    )
    a.add_argument(
        "file", nargs="?", metavar="FILE", help="the text (an article body); - or none for stdin"
    )
    a.add_argument(
        "--published", metavar="ISO", help="publication time the relative dates resolve against"
    )
    a.add_argument("--no-parse", action="store_true", help="skip the GiNZA dependency parse (fast)")
    a.add_argument(
        "--kb", action="append", metavar="FILE", help="extra knowledge-base file (repeatable)"
    )
    _add_set(a)

    k = sub.add_parser("kb", help="knowledge-base tools")
    ksub = k.add_subparsers(dest="kb_what", metavar="WHAT", parser_class=_Parser, required=True)
    ki = ksub.add_parser("import", help="build a knowledge-base file from a Wikidata JSON dump")
    ki.add_argument(
        "dump", metavar="DUMP", help="Wikidata JSON dump (.json, .json.gz or .json.bz2)"
    )
    ki.add_argument(
        "-o", "--output", required=True, metavar="FILE", help="knowledge-base JSON to write"
    )
    ki.add_argument("--limit", type=int, metavar="N", help="read at most N entities")

    e = sub.add_parser("eval", help="measure accuracy on a gold set")
    esub = e.add_subparsers(dest="eval_what", metavar="WHAT", parser_class=_Parser, required=True)
    helps = {
        "extract": "extraction gold set: per-field scores and duplicate links",
        "events": "events gold set: precision/recall of full matches and per-field accuracy (loads GiNZA)",
        "stories": "stories gold folder: story pairwise F1, merged events, disagreements found, false flags (loads GiNZA)",
    }
    for what, text in helps.items():
        ex = esub.add_parser(what, help=text)
        ex.add_argument("gold", nargs="+", metavar="GOLD", help="gold files or folders")
        ex.add_argument(
            "--root", default=".", metavar="DIR", help="folder the gold paths are relative to"
        )
        ex.add_argument("--json", action="store_true", help="print scores and failures as JSON")
        ex.add_argument(
            "--details",
            action="store_true",
            help="events: add the missed, spurious and wrong-field rows to the JSON",
        )
        ex.add_argument(
            "--failures", type=int, default=20, metavar="N", help="show at most N failures"
        )
        _add_set(ex)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point. Returns the exit code (see the module docstring)."""
    console = Console(stderr=False)
    err = Console(stderr=True)
    debug = "--debug" in (argv if argv is not None else sys.argv[1:])
    try:
        args = make_parser().parse_args(argv)
        if not args.command:
            make_parser().print_help()
            return EXIT_USAGE
        return COMMANDS[args.command](args, console)
    except ConfigError as exc:
        err.print(f"[red]error:[/] {exc}", highlight=False)
        if debug:
            raise
        return EXIT_USAGE
    except StorylineError as exc:
        err.print(f"[red]error:[/] {exc}", highlight=False)
        if debug:
            raise
        return EXIT_NOTHING
    except KeyboardInterrupt:
        err.print("interrupted; everything processed so far is in the store")
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # a bug: say so plainly, traceback only with --debug
        if debug:
            raise
        err.print(
            f"[red]internal error:[/] {type(exc).__name__}: {exc}\n"
            "This is a bug in storyline. Rerun with --debug for the traceback and report it.",
            highlight=False,
        )
        return EXIT_NOTHING


def _json_out(console: Console, data: Any) -> None:
    console.print_json(json.dumps(data, ensure_ascii=False))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
