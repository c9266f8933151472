"""Command-line interface: thin commands over :mod:`wirewatch.api` and friends.

Exit status: 0 success; 1 some inputs failed (each reported on stderr with its name and
reason, the rest processed); 2 usage error. Bad input never produces a traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from wirewatch import __version__
from wirewatch.errors import InputError, WirewatchError
from wirewatch.options import Options, load_options


def _iso_date(value: str) -> str:
    """argparse type: an ISO 8601 date or datetime, returned unchanged."""
    try:
        if "T" in value or " " in value.strip():
            dt.datetime.fromisoformat(value)
        else:
            dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not an ISO 8601 date (YYYY-MM-DD) or datetime"
        ) from None
    return value


def _positive(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
    if number < 0:
        raise argparse.ArgumentTypeError(f"{value!r} must not be negative")
    return number


def _add_limits(p: argparse.ArgumentParser) -> None:
    defaults = Options()
    p.add_argument(
        "--max-bytes",
        type=int,
        default=None,
        help=f"largest input accepted, after decompression (default {defaults.max_bytes:,})",
    )
    p.add_argument(
        "--time-limit",
        type=_positive,
        default=None,
        help=f"seconds allowed per document, 0 for none (default {defaults.time_limit:g})",
    )
    p.add_argument("--config", type=Path, default=None, help="YAML or JSON file of options")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wirewatch",
        description="Turn conflict and crisis web pages into a sourced record of who did "
        "what to whom, where and when, and who said what.",
    )
    parser.add_argument("--version", action="version", version=f"wirewatch {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    ex = sub.add_parser(
        "extract",
        help="run the per-document pipeline and print Document JSON Lines",
        description="Run the whole per-document pipeline (no database) and print one "
        "Document JSON per input page as JSON Lines on stdout.",
    )
    ex.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="file (text, HTML, .html.gz, JSON/JSONL records), directory, or - for stdin",
    )
    ex.add_argument("--published", type=_iso_date, help="publication date for inputs without one")
    ex.add_argument("--url", help="URL of the page (for single inputs)")
    ex.add_argument("--site", help="site or outlet name")
    ex.add_argument(
        "--pretty", action="store_true", help="indent the JSON (one document per block)"
    )
    _add_limits(ex)
    from wirewatch.scale.cli_options import add_scale_options

    add_scale_options(ex)

    ev = sub.add_parser(
        "eval",
        help="measure quality on the development datasets (../shared/data)",
        description="Run evaluations on the datasets in ../shared/data (or $WIREWATCH_DATA) "
        "and print their metrics; absent datasets are skipped with a reason.",
    )
    ev.add_argument("names", nargs="*", metavar="NAME", help="evaluations to run (default: all)")
    ev.add_argument("--limit", type=int, default=None, help="cap items per evaluation")
    ev.add_argument("--json", action="store_true", help="print results as JSON")
    ev.add_argument(
        "--raise-floors",
        action="store_true",
        help="raise the stored CI floors to today's figures where they improved",
    )
    ev.add_argument(
        "--lower-floor",
        nargs=3,
        metavar=("NAME", "METRIC", "VALUE"),
        help="lower one stored floor (needs --note explaining why)",
    )
    ev.add_argument("--note", help="reason recorded with --lower-floor")

    demo = sub.add_parser(
        "demo",
        help="run the pipeline on the bundled sample corpus and show the result",
        description="Run the pipeline on the sample corpus shipped with wirewatch, print a "
        "summary and write a static HTML report.",
    )
    demo.add_argument(
        "--out", type=Path, default=Path("wirewatch-demo"), help="folder for the HTML report"
    )
    from wirewatch.store.commands import add_parsers

    COMMANDS.update(add_parsers(sub))
    from wirewatch.serve.command import add_parser as add_serve_parser

    COMMANDS.update(add_serve_parser(sub))
    return parser


def cmd_extract(args: argparse.Namespace) -> int:
    from wirewatch.progress import with_progress
    from wirewatch.scale.cli_options import run_extract

    try:
        options = load_options(args.config, max_bytes=args.max_bytes, time_limit=args.time_limit)
    except (OSError, ValueError) as err:
        print(f"wirewatch: {err}", file=sys.stderr)
        return 2
    defaults = {"published": args.published, "url": args.url, "site": args.site}
    failed = 0
    indent = 2 if args.pretty else None
    for item in with_progress(run_extract(args, options, defaults), "extracting"):
        if isinstance(item, InputError):
            failed += 1
            print(f"wirewatch: {item.name}: {item.reason}", file=sys.stderr)
            continue
        sys.stdout.write(json.dumps(item.to_dict(), ensure_ascii=False, indent=indent) + "\n")
        sys.stdout.flush()
    return 1 if failed else 0


def cmd_eval(args: argparse.Namespace) -> int:
    from wirewatch.eval.cli import run_eval_command

    return run_eval_command(args)


def cmd_demo(args: argparse.Namespace) -> int:
    from wirewatch.demo import run_demo

    return run_demo(args.out)


COMMANDS = {"extract": cmd_extract, "eval": cmd_eval, "demo": cmd_demo}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help(sys.stderr)
        return 2
    try:
        return COMMANDS[args.command](args)
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("wirewatch: interrupted", file=sys.stderr)
        return 130
    except WirewatchError as err:
        print(f"wirewatch: error {err.code}: {err}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
