"""The project's own sample corpus: invented pages about one fictional border crisis.

It ships with the package so that ``wirewatch demo`` and the golden tests run on a fresh
install without the development data. Every fact, name and place in it is made up.
"""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path
from typing import Any

# Suffixes of the input pages; README.md, expectations.json and this module are not pages.
PAGE_SUFFIXES = (".html", ".txt", ".jsonl")
EXPECTATIONS_FILE = "expectations.json"


def sample_dir() -> Path:
    """Folder holding the sample pages (a real directory: the package is never zipped)."""
    path = Path(str(files(__name__)))
    if not path.is_dir():
        raise FileNotFoundError(
            f"sample corpus folder {path} is not a directory; install wirewatch unzipped"
        )
    return path


def sample_files() -> list[Path]:
    """The sample pages in a stable (sorted) order."""
    return sorted(p for p in sample_dir().iterdir() if p.is_file() and p.suffix in PAGE_SUFFIXES)


def expectations() -> dict[str, Any]:
    """What a correct pipeline must yield per page (see README.md in this folder)."""
    text = (sample_dir() / EXPECTATIONS_FILE).read_text(encoding="utf-8")
    return json.loads(text)
