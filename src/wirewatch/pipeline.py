"""Stage registry and pipeline assembly, checked once at start-up.

Each stage declares the Document fields it ``requires`` and those it ``assigns`` (as spaCy
components do); :func:`build_pipeline` refuses a chain in which a stage would read a field
that no earlier stage (or the input) provides. Stages process batches so that spaCy can
stream documents through ``nlp.pipe``; a stage that fails on one document marks that
document failed with a reason and the batch goes on.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from wirewatch.document import Document
from wirewatch.errors import PipelineConfigError, StageError
from wirewatch.options import Options

# Fields present on a Document before any stage runs (set from the input).
INPUT_FIELDS = frozenset({"raw", "url", "site", "published", "source_name"})

BatchFn = Callable[[list[Document], Options], list["Document | StageError"]]


@dataclass(frozen=True)
class Stage:
    name: str
    requires: frozenset[str]
    assigns: frozenset[str]
    run: BatchFn
    doc: str = ""


STAGES: dict[str, Stage] = {}

# The default chain, in order; later issues append their stages here.
DEFAULT_STAGES: tuple[str, ...] = (
    "clean",
    "spacy",
    "entities",
    "places",
    "timexes",
    "quotes",
    "events",
)


def register_stage(
    name: str, *, requires: Iterable[str], assigns: Iterable[str]
) -> Callable[[BatchFn], BatchFn]:
    """Register a batch function ``run(docs, options) -> docs-or-errors`` as a named stage."""

    def wrap(fn: BatchFn) -> BatchFn:
        STAGES[name] = Stage(name, frozenset(requires), frozenset(assigns), fn, fn.__doc__ or "")
        return fn

    return wrap


def per_document(fn: Callable[[Document, Options], Document]) -> BatchFn:
    """Lift a one-document function into a batch function that isolates failures."""

    def run(docs: list[Document], options: Options) -> list[Document | StageError]:
        out: list[Document | StageError] = []
        for d in docs:
            try:
                out.append(fn(d, options))
            except StageError as err:
                out.append(err)
        return out

    run.__doc__ = fn.__doc__
    return run


def _load_stage_modules() -> None:
    """Import the modules that register stages (kept here so the CLI stays thin)."""
    from wirewatch import stages  # noqa: F401


@dataclass
class Pipeline:
    stages: list[Stage]
    options: Options
    # Seconds spent in each stage so far (read by the benchmark; costs two clock reads).
    seconds: dict[str, float] = field(default_factory=dict)

    def run(self, docs: list[Document]) -> list[Document | StageError]:
        """Run every stage over a batch; failed documents carry their StageError onward."""
        results: list[Document | StageError] = list(docs)
        for stage in self.stages:
            live = [(i, d) for i, d in enumerate(results) if isinstance(d, Document)]
            if not live:
                break
            began = time.perf_counter()
            outs = stage.run([d for _, d in live], self.options)
            spent = time.perf_counter() - began
            self.seconds[stage.name] = self.seconds.get(stage.name, 0.0) + spent
            if len(outs) != len(live):
                raise RuntimeError(f"stage {stage.name!r} returned {len(outs)} of {len(live)}")
            for (i, _), out in zip(live, outs, strict=True):
                results[i] = out
        return results

    def stream(self, docs: Iterable[Document]) -> Iterator[Document | StageError]:
        """Run over an iterable in batches of ``options.batch_size``, preserving order."""
        batch: list[Document] = []
        for d in docs:
            batch.append(d)
            if len(batch) >= self.options.batch_size:
                yield from self.run(batch)
                batch = []
        if batch:
            yield from self.run(batch)


def build_pipeline(
    names: Iterable[str] | None = None,
    options: Options | None = None,
    provided: Iterable[str] = (),
) -> Pipeline:
    """Assemble stages by name and check that each one's requirements are met in order.

    ``provided`` names fields the caller fills itself (e.g. ``body`` for text that needs no
    cleaning)."""
    _load_stage_modules()
    options = options or Options()
    names = list(names or options.stages or DEFAULT_STAGES)
    available = set(INPUT_FIELDS) | set(provided)
    chain: list[Stage] = []
    for name in names:
        stage = STAGES.get(name)
        if stage is None:
            known = ", ".join(sorted(STAGES))
            raise PipelineConfigError(f"unknown stage {name!r} (known stages: {known})")
        missing = stage.requires - available
        if missing:
            raise PipelineConfigError(
                f"stage {name!r} needs {', '.join(sorted(missing))}, which no earlier stage "
                f"provides; put a stage that assigns it before {name!r}"
            )
        available |= stage.assigns
        chain.append(stage)
    return Pipeline(chain, options)
