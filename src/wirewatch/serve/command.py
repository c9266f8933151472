"""``wirewatch serve``: run the read-only API and web UI over a store with uvicorn.

The database is checked before the server starts, so a wrong ``--db`` is a message and
exit status 2, not a server that answers every request with an error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from wirewatch.errors import WirewatchError
from wirewatch.store.sqlite import DEFAULT_DB

Handler = Callable[[argparse.Namespace], int]
LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def _port(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a port number") from None
    if not 0 < number < 65536:
        raise argparse.ArgumentTypeError(f"{value!r} is not a port number (1-65535)")
    return number


def add_parser(subparsers: argparse._SubParsersAction) -> dict[str, Handler]:
    p = subparsers.add_parser(
        "serve",
        help="HTTP API and web UI over the database (read-only)",
        description="Serve the stored stories, events and documents: a JSON API under /api "
        "and web pages (stories, timelines, events, map, documents). Read-only.",
    )
    p.add_argument(
        "--db", type=Path, default=DEFAULT_DB, help=f"SQLite database (default ./{DEFAULT_DB})"
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=_port, default=8765, help="port (default 8765)")
    return {"serve": cmd_serve}


def allowed_hosts(host: str) -> list[str] | None:
    """Host names a loopback server answers to (guards against DNS rebinding); None = any."""
    if host in LOOPBACK:
        return sorted(LOOPBACK | {"[::1]"})
    return None


def cmd_serve(args: argparse.Namespace) -> int:
    from wirewatch.serve.app import create_app

    try:
        app = create_app(args.db, allowed_hosts=allowed_hosts(args.host))
    except WirewatchError as err:
        print(f"wirewatch: error {err.code}: {err}", file=sys.stderr)
        return 2
    import uvicorn

    if args.host not in LOOPBACK:
        print(
            f"wirewatch: warning: serving on {args.host} without authentication; anyone who "
            "can reach this address can read the database",
            file=sys.stderr,
        )
    shown = f"[{args.host}]" if ":" in args.host else args.host  # IPv6 literals need brackets
    print(f"wirewatch: serving {args.db} at http://{shown}:{args.port}/", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="info", server_header=False)
    return 0
