"""The JSON Schema of the Document (contract v1), shipped with the package."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=1)
def document_schema() -> dict[str, Any]:
    return json.loads(resources.files(__name__).joinpath("document.schema.json").read_text())


def validate_document(doc: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` if ``doc`` breaks the contract's shape."""
    import jsonschema

    jsonschema.validate(doc, document_schema(), cls=jsonschema.Draft202012Validator)
