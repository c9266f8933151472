"""What runs inside a worker process: one pipeline per process, kept for every chunk.

Building the pipeline and loading the spaCy models costs seconds, so each worker keeps them
in a module-level cache (keyed by the options) for as long as it lives. A failure on one
chunk is narrowed down to the page that caused it, so one bad page costs only itself.
"""

from __future__ import annotations

from functools import lru_cache

from wirewatch.api import process_pages
from wirewatch.errors import PipelineConfigError
from wirewatch.ingest.raw import RawPage
from wirewatch.nlp.model import ModelMissingError
from wirewatch.options import Options
from wirewatch.pipeline import Pipeline, build_pipeline
from wirewatch.scale.codec import Wire, encode, failure

# Set-up failures that would fail every page alike: they end the run as they do serially.
SETUP_ERRORS = (ModelMissingError, PipelineConfigError)


@lru_cache(maxsize=4)
def pipeline_for(options: Options) -> Pipeline:
    return build_pipeline(options=options)


def _run(pages: list[RawPage], pipeline: Pipeline) -> list[Wire]:
    return [encode(item) for item in process_pages(pages, pipeline)]


def run_pages(pages: list[RawPage], options: Options) -> list[Wire]:
    """One chunk through the pipeline: one contract dict or error reason per page, in order.

    An unexpected exception (a bug in a stage) would end the serial run; here the chunk is
    retried page by page so that only the page that raises it is reported failed.
    """
    pages = list(pages)
    pipeline = pipeline_for(options)
    try:
        return _run(pages, pipeline)
    except SETUP_ERRORS:
        raise
    except Exception as err:  # narrowed below to the page(s) that raise it, never swallowed
        if len(pages) == 1:
            return [_internal_error(pages[0], err)]
    return [_run_alone(page, pipeline) for page in pages]


def _run_alone(page: RawPage, pipeline: Pipeline) -> Wire:
    """The page's own result when it runs alone, or the exception it raises as its reason."""
    try:
        return _run([page], pipeline)[0]
    except SETUP_ERRORS:
        raise
    except Exception as err:  # reported as this input's failure
        return _internal_error(page, err)


def _internal_error(page: RawPage, err: Exception) -> Wire:
    return failure(page.name, f"internal error in a pipeline stage: {type(err).__name__}: {err}")
