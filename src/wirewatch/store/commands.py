"""CLI commands over the store: ``ingest``, ``stories``, ``timeline`` and ``export``.

``add_parsers`` adds them to the main parser's subparsers and returns their handlers; each
handler returns the contract's exit status (0 ok, 1 some inputs failed, 2 usage error).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from wirewatch.errors import WirewatchError
from wirewatch.store.sqlite import DEFAULT_DB

Handler = Callable[[argparse.Namespace], int]


def _db_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--db", type=Path, default=DEFAULT_DB, help=f"SQLite database (default ./{DEFAULT_DB})"
    )


def add_parsers(subparsers: argparse._SubParsersAction) -> dict[str, Handler]:
    ing = subparsers.add_parser(
        "ingest",
        help="store documents and link them into stories",
        description="Run the pipeline over inputs (files, directories, - for stdin, http(s) "
        "URLs, RSS/Atom feeds), store the documents and link them: near-duplicates, stories, "
        "merged events. Ingesting the same input twice changes nothing.",
    )
    ing.add_argument("inputs", nargs="+", metavar="INPUT")
    _db_arg(ing)
    ing.add_argument("--published", help="publication date for inputs without one")
    ing.add_argument("--site", help="site or outlet name for inputs without one")
    ing.add_argument("--config", type=Path, default=None, help="YAML or JSON file of options")
    ing.add_argument(
        "--link-config", type=Path, default=None, help="YAML file overriding link thresholds"
    )

    st = subparsers.add_parser(
        "stories",
        help="story clusters with merged events, summary and disagreements",
        description="Print the stories in the database (Story JSON with --format json).",
    )
    _db_arg(st)
    st.add_argument("--format", choices=("json", "text"), default="text")

    tl = subparsers.add_parser("timeline", help="dated events and reports of one story")
    tl.add_argument("--story", required=True, help="story id, e.g. S3")
    _db_arg(tl)
    tl.add_argument("--format", choices=("json", "text"), default="text")

    ex = subparsers.add_parser(
        "export",
        help="export events (and documents for jsonl)",
        description="Write events as JSON Lines (with documents), CSV, GeoJSON or Parquet.",
    )
    _db_arg(ex)
    ex.add_argument("--format", choices=("jsonl", "csv", "geojson", "parquet"), required=True)
    ex.add_argument("--output", "-o", type=Path, default=None, help="file (default stdout)")
    return {"ingest": cmd_ingest, "stories": cmd_stories, "timeline": cmd_timeline,
            "export": cmd_export}  # fmt: skip


def _user_errors(fn: Handler) -> Handler:
    """Turn wirewatch's own errors (missing database, bad schema) into a message and 2."""

    def run(args: argparse.Namespace) -> int:
        try:
            return fn(args)
        except WirewatchError as err:
            return _fail(f"error {err.code}: {err}")
        except OSError as err:
            return _fail(f"{getattr(err, 'filename', None) or ''} {err.strerror or err}".strip())

    run.__doc__ = fn.__doc__
    return run


def _fail(message: str, status: int = 2) -> int:
    print(f"wirewatch: {message}", file=sys.stderr)
    return status


@_user_errors
def cmd_ingest(args: argparse.Namespace) -> int:
    from wirewatch.link.config import load_link_config
    from wirewatch.options import load_options
    from wirewatch.store.ingest import ingest

    try:
        options = load_options(args.config)
        cfg = load_link_config(args.link_config)
    except (OSError, ValueError) as err:
        return _fail(str(err))
    defaults = {"published": args.published, "site": args.site}
    report = ingest(args.inputs, args.db, options, link_config=cfg, defaults=defaults)
    for name, reason in report.failed:
        print(f"wirewatch: {name}: {reason}", file=sys.stderr)
    print(
        f"wirewatch: stored {report.stored} document(s) ({report.copies} near-duplicate), "
        f"{report.already_stored} already stored, {report.new_stories} new story(ies), "
        f"{len(report.failed)} failed, in {report.seconds:.1f} s",
        file=sys.stderr,
    )
    return 1 if report.failed else 0


def _open(db: Path):
    from wirewatch.store.sqlite import connect

    return connect(db, create=False)


@_user_errors
def cmd_stories(args: argparse.Namespace) -> int:
    from wirewatch.store.queries import all_stories

    conn = _open(args.db)
    try:
        stories = list(all_stories(conn))
    finally:
        conn.close()
    if args.format == "json":
        sys.stdout.write(json.dumps(stories, ensure_ascii=False, indent=2) + "\n")
        return 0
    for s in stories:
        span = f"{s['start'] or '?'} … {s['end'] or '?'}"
        print(f"{s['id']}  {span}  {len(s['documents'])} document(s)  {s['title'] or ''}")
        for e in s["events"]:
            src = (e["source"] or {}).get("name") or "?"
            tgt = (e["target"] or {}).get("name") or "?"
            where = (e["location"] or {}).get("name") or "?"
            print(
                f"    {e['type']:<10} {src} → {tgt} at {where}  [{len(e['documents'])} source(s)]"
            )
        for d in s["disagreements"]:
            claims = "; ".join(c["text"][:80] for c in d["claims"])
            print(f"    disagreement: {d['about']}: {claims}")
    return 0


@_user_errors
def cmd_timeline(args: argparse.Namespace) -> int:
    from wirewatch.store.queries import parse_story_id, timeline

    try:
        story_id = parse_story_id(args.story)
    except ValueError as err:
        return _fail(str(err))
    conn = _open(args.db)
    try:
        items = timeline(conn, story_id)
    except KeyError:
        return _fail(f"no story {args.story} in {args.db}")
    finally:
        conn.close()
    if args.format == "json":
        sys.stdout.write(json.dumps(items, ensure_ascii=False, indent=2) + "\n")
        return 0
    for i in items:
        if i["kind"] == "event":
            line = (
                f"{i['type']} {i['source'] or '?'} → {i['target'] or '?'} at {i['location'] or '?'}"
            )
            line += f"  [{len(i['documents'])} source(s)]"
        else:
            line = f"{i['kind']}: {i.get('site') or ''} {i['text'] or ''}".strip()
        print(f"{i['date'] or '????-??-??'}  {line}")
    return 0


@_user_errors
def cmd_export(args: argparse.Namespace) -> int:
    from wirewatch.store import export

    if args.format == "parquet" and args.output is None:
        return _fail("parquet export needs --output FILE")
    conn = _open(args.db)
    try:
        if args.format == "parquet":
            export.export_parquet(conn, args.output)
            return 0
        writer = {"jsonl": export.export_jsonl, "csv": export.export_csv,
                  "geojson": export.export_geojson}[args.format]  # fmt: skip
        if args.output is None:
            writer(conn, sys.stdout)
        else:
            with args.output.open("w", encoding="utf-8", newline="") as fh:
                writer(conn, fh)
    finally:
        conn.close()
    return 0
