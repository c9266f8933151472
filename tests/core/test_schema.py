"""The Document JSON Schema: matches CONTRACT.md and every printed document validates."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest

from wirewatch.api import extract
from wirewatch.schema import document_schema, validate_document

CONTRACT = Path(__file__).resolve().parents[3] / "shared" / "design" / "CONTRACT.md"


def contract_fields() -> dict[str, set[str]]:
    """Field names per object in the contract's Document JSON block."""
    text = CONTRACT.read_text(encoding="utf-8")
    block = text.split("## Document JSON", 1)[1].split("```", 2)[1]
    top = set(re.findall(r'^\s{2}"([a-z_]+)":', block, re.M))
    objects: dict[str, set[str]] = {"document": top}
    for name in ("comments", "dropped", "actors", "entities", "places", "events", "quotes"):
        part = block.split(f'"{name}":', 1)[1]
        nxt = re.search(r'^\s{2}"[a-z_]+":', part, re.M)
        part = part[: nxt.start()] if nxt else part
        keys = set(re.findall(r'"([a-z_]+)":', part))
        objects[name] = keys - {"A1", "A3"}
    return objects


@pytest.mark.skipif(not CONTRACT.exists(), reason="../shared/design/CONTRACT.md not present")
def test_schema_has_every_contract_field() -> None:
    schema = document_schema()
    fields = contract_fields()
    assert fields["document"] <= set(schema["properties"])
    defs = {
        "comments": "comment",
        "dropped": "dropped",
        "actors": "actor",
        "entities": "entity",
        "places": "place",
        "events": "event",
        "quotes": "quote",
    }
    for name, key in defs.items():
        props = set(schema["$defs"][key]["properties"])
        # the event's nested "date" and "acled" objects list their own keys
        expected = fields[name] - (
            {"event_type", "sub_event_type", "start", "end", "text", "precision"}
            if name == "events"
            else set()
        )
        assert expected <= props, f"{name}: missing {sorted(expected - props)}"


def test_schema_rejects_broken_documents() -> None:
    with pytest.raises(jsonschema.ValidationError):
        validate_document({"id": "x"})


def test_documents_from_every_input_kind_validate(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Headline here\n\nTroops were deployed to the river on Monday.")
    (tmp_path / "b.html").write_text(
        "<html><head><title>T</title></head><body><article><p>The ministry in Kabul said on "
        "Friday that the crossing would reopen after talks with Tajik officials.</p>"
        "</article></body></html>"
    )
    (tmp_path / "c.jsonl").write_text(json.dumps({"text": "A record.", "published": "2021-07-09"}))
    docs = [d for d in extract([str(tmp_path)]) if not isinstance(d, Exception)]
    assert len(docs) == 3
    for d in docs:
        validate_document(json.loads(json.dumps(d.to_dict())))
