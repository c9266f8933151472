"""Imported once by the forkserver: runs one tiny page so that workers start warm.

Workers are forked from the forkserver, so they inherit what this warm-up loaded (the spaCy
models, gazetteer, lexicons; shared copy-on-write) instead of each spending seconds loading
it. A warm-up failure must not take the forkserver down with it (every worker would then
fail to start): it is reported on stderr and the workers load what they need themselves.
"""

from __future__ import annotations

import importlib.util
import sys

from wirewatch.ingest.raw import RawPage
from wirewatch.nlp.model import MODEL_PACKAGES
from wirewatch.options import Options
from wirewatch.scale.worker import SETUP_ERRORS, run_pages

WARM_UP_TEXT = (
    "Rebels shelled the town of Kherson on Monday, killing two people, the governor said. "
    '"We will respond," the army said in a statement.'
)


def warm_up() -> None:
    if not any(importlib.util.find_spec(name) is not None for name in MODEL_PACKAGES):
        return  # the first chunk reports the missing model, as the serial path does
    try:
        run_pages([RawPage(name="<warm-up>", text=WARM_UP_TEXT)], Options())
    except SETUP_ERRORS as err:
        print(f"wirewatch: worker warm-up failed ({err})", file=sys.stderr)


warm_up()
