"""Every CLI command is documented in the README (a command users cannot find is a bug)."""

from __future__ import annotations

import argparse
from pathlib import Path

from wirewatch.cli import build_parser

README = Path(__file__).resolve().parents[2] / "README.md"


def commands() -> list[str]:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return sorted(sub.choices)


def test_every_command_is_in_the_readme() -> None:
    text = README.read_text(encoding="utf-8")
    missing = [c for c in commands() if f"wirewatch {c}" not in text]
    assert not missing, f"commands missing from README.md: {missing}"


def test_contract_commands_exist() -> None:
    assert {"extract", "ingest", "stories", "export", "demo"} <= set(commands())
