"""The analyst-editable data files: a key written twice in one mapping silently replaces the
first list (it happened to CONCEDE's phrases), so every mapping's keys must be unique."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).resolve().parents[2] / "src" / "wirewatch"


class _UniqueKeyLoader(yaml.SafeLoader):
    """A safe loader that refuses a key repeated within one mapping."""


def _unique_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode, deep: bool = False):
    seen: set = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"key {key!r} repeated", key_node.start_mark
            )
        seen.add(key)
    return yaml.SafeLoader.construct_mapping(loader, node, deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _unique_mapping)

FILES = sorted(DATA.rglob("*.yaml"))


@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(DATA)) for p in FILES])
def test_no_key_is_written_twice(path: Path) -> None:
    yaml.load(path.read_text(encoding="utf-8"), Loader=_UniqueKeyLoader)


def test_a_repeated_key_is_caught() -> None:
    with pytest.raises(yaml.constructor.ConstructorError, match="repeated"):
        yaml.load("a: [1]\nb: 2\na: [3]\n", Loader=_UniqueKeyLoader)
