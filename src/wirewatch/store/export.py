"""Exports of stored events: JSON Lines (with documents), CSV, GeoJSON and Parquet.

CSV cells that a spreadsheet would run as a formula (= + - @ tab CR first) are prefixed
with a quote, so an export opened in Excel or LibreOffice shows text, never runs it.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path
from typing import IO, Any

from wirewatch.errors import WirewatchError
from wirewatch.store.queries import document_rows, event_rows

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class ExportError(WirewatchError):
    code = "W402"


def safe_cell(value: Any) -> Any:
    """A CSV cell that cannot be read as a spreadsheet formula."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def export_jsonl(conn: sqlite3.Connection, out: IO[str]) -> int:
    n = 0
    for d in document_rows(conn):
        out.write(json.dumps({"record": "document", **d}, ensure_ascii=False) + "\n")
        n += 1
    for e in event_rows(conn):
        out.write(json.dumps({"record": "event", **e}, ensure_ascii=False) + "\n")
        n += 1
    return n


def export_csv(conn: sqlite3.Connection, out: IO[str]) -> int:
    writer: csv.DictWriter | None = None
    n = 0
    for e in event_rows(conn):
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(e), lineterminator="\n")
            writer.writeheader()
        writer.writerow({k: safe_cell(v) for k, v in e.items()})
        n += 1
    return n


def export_geojson(conn: sqlite3.Connection, out: IO[str]) -> int:
    """Events with coordinates as Point features (lon, lat order, as GeoJSON requires)."""
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [e["lon"], e["lat"]]},
            "properties": {k: v for k, v in e.items() if k not in {"lat", "lon"}},
        }
        for e in event_rows(conn)
        if e["lat"] is not None and e["lon"] is not None
    ]
    json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
    out.write("\n")
    return len(features)


def export_parquet(conn: sqlite3.Connection, path: Path) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ModuleNotFoundError:
        raise ExportError(
            "parquet export needs pyarrow: pip install pyarrow (or use --format csv/jsonl)"
        ) from None
    rows = list(event_rows(conn))
    columns = list(rows[0]) if rows else ["document", "event", "type"]
    table = pa.table({c: [r.get(c) for r in rows] for c in columns})
    pq.write_table(table, path)
    return len(rows)
