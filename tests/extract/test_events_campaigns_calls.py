"""Armed campaigns named as such are ASSAULT; talking by telephone is CONSULT."""

from __future__ import annotations

from wirewatch.api import extract_text


def _types(text: str) -> set[tuple[str, str]]:
    doc = extract_text(text, published="2021-07-09")
    return {(e.type, e.trigger) for e in doc.events}


def test_a_military_operation_against_a_party_is_an_assault() -> None:
    found = _types("The army launched a new military operation against militants on Monday.")
    assert ("ASSAULT", "military operation") in found


def test_a_surgical_operation_is_no_assault() -> None:
    found = _types("The air force carried out surgical operations for displaced people.")
    assert not any(t == "ASSAULT" for t, _ in found)


def test_a_telephone_call_is_a_consultation() -> None:
    assert ("CONSULT", "telephoned") in _types("Putin telephoned his Turkish counterpart.")
