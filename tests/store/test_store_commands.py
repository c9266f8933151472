"""The store commands through their argparse handlers: Story JSON, timeline, exports, errors."""

from __future__ import annotations

import argparse
import csv
import io
import json

import pytest

from wirewatch.eval.story_set import story_documents
from wirewatch.store.commands import add_parsers
from wirewatch.store.export import safe_cell
from wirewatch.store.ingest import ingest_documents


def run(argv, capsys) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser(prog="wirewatch")
    handlers = add_parsers(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    code = handlers[args.command](args)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("db") / "w.db"
    docs = story_documents()[:50]
    docs[0]["events"][0]["sentence"] = '=HYPERLINK("http://evil")'
    ingest_documents(docs, path)
    return path


def test_stories_json_has_the_contract_fields(db, capsys):
    code, out, _ = run(["stories", "--db", str(db), "--format", "json"], capsys)
    assert code == 0
    stories = json.loads(out)
    assert stories
    for s in stories:
        assert set(s) >= {"id", "title", "documents", "start", "end", "events", "summary",
                          "disagreements"}  # fmt: skip
        for e in s["events"]:
            assert set(e) >= {"type", "source", "target", "location", "date", "documents",
                              "evidence"}  # fmt: skip
            assert all(set(x) == {"document", "sentence"} for x in e["evidence"])


def test_timeline_and_text_output(db, capsys):
    code, out, _ = run(["timeline", "--db", str(db), "--story", "S1"], capsys)
    assert code == 0 and "document:" in out
    assert run(["stories", "--db", str(db)], capsys)[0] == 0
    code, _, err = run(["timeline", "--db", str(db), "--story", "S999"], capsys)
    assert code == 2 and "no story S999" in err


def test_missing_database_is_a_clear_usage_error(tmp_path, capsys):
    for cmd in (["stories"], ["export", "--format", "csv"], ["timeline", "--story", "S1"]):
        code, _, err = run([*cmd, "--db", str(tmp_path / "none.db")], capsys)
        assert code == 2 and "no database" in err and "Traceback" not in err
    assert not (tmp_path / "none.db").exists()


def test_csv_cells_cannot_run_as_formulas(db, capsys):
    code, out, _ = run(["export", "--db", str(db), "--format", "csv"], capsys)
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 50
    assert rows[0]["sentence"].startswith("'=")
    for value in ("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"):
        assert safe_cell(value) == "'" + value
    assert safe_cell("Russia") == "Russia" and safe_cell(3) == 3


def test_jsonl_geojson_and_parquet(db, tmp_path, capsys):
    code, out, _ = run(["export", "--db", str(db), "--format", "jsonl"], capsys)
    kinds = [json.loads(line)["record"] for line in out.splitlines()]
    assert code == 0 and kinds.count("document") == 50 and kinds.count("event") == 50
    code, out, _ = run(["export", "--db", str(db), "--format", "geojson"], capsys)
    geo = json.loads(out)
    assert geo["type"] == "FeatureCollection" and len(geo["features"]) == 50
    assert all(len(f["geometry"]["coordinates"]) == 2 for f in geo["features"])
    pq = pytest.importorskip("pyarrow.parquet")
    target = tmp_path / "events.parquet"
    code, _, _ = run(["export", "--db", str(db), "--format", "parquet", "-o", str(target)], capsys)
    assert code == 0 and pq.read_table(target).num_rows == 50
    code, _, err = run(["export", "--db", str(db), "--format", "parquet"], capsys)
    assert code == 2 and "--output" in err


def test_ingest_command_reports_failures_with_status_1(tmp_path, capsys):
    good = tmp_path / "a.txt"
    good.write_text("Troops exchanged fire near the border on Friday, officials said.\n")
    db = tmp_path / "w.db"
    code, _, err = run(["ingest", str(good), str(tmp_path / "missing.txt"), "--db", str(db)],
                       capsys)  # fmt: skip
    assert code == 1 and "missing.txt" in err and "stored 1 document" in err
