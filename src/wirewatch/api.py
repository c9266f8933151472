"""The library API the CLI is a thin layer over.

``extract`` runs the per-document pipeline over inputs and yields, in input order, either a
finished :class:`Document` or an :class:`InputError` naming the input and the reason.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from wirewatch.document import Document
from wirewatch.errors import InputError, StageError
from wirewatch.ingest.raw import RawPage
from wirewatch.ingest.sources import iter_inputs
from wirewatch.options import Options
from wirewatch.pipeline import Pipeline, build_pipeline

# What the clean stage fills; text that is already clean provides these itself.
CLEAN_FIELDS = ("title", "body", "comments", "dropped", "published", "published_from", "author")


def document_from_page(page: RawPage) -> Document:
    """A Document carrying the input's metadata and the raw page for the clean stage."""
    return Document(
        url=page.url,
        site=page.site,
        published=page.published,
        title=page.title,
        source_name=page.name,
        raw=page,
    )


def process_pages(
    pages: Iterable[RawPage | InputError], pipeline: Pipeline
) -> Iterator[Document | InputError]:
    """Run pages through the pipeline in batches; errors pass through in their place."""
    batch: list[RawPage | InputError] = []

    def flush() -> Iterator[Document | InputError]:
        docs = [document_from_page(p) for p in batch if isinstance(p, RawPage)]
        outs = iter(pipeline.run(docs)) if docs else iter(())
        for item in batch:
            if isinstance(item, InputError):
                yield item
                continue
            out = next(outs)
            if isinstance(out, StageError):
                yield InputError(item.name, str(out))
            else:
                out.raw = None
                yield out

    for page in pages:
        batch.append(page)
        if len(batch) >= pipeline.options.batch_size:
            yield from flush()
            batch = []
    if batch:
        yield from flush()


def extract(
    inputs: Iterable[str],
    options: Options | None = None,
    defaults: dict[str, str | None] | None = None,
    stdin=None,
) -> Iterator[Document | InputError]:
    """Every input through the whole per-document pipeline (no database)."""
    options = options or Options()
    pipeline = build_pipeline(options=options)
    pages = iter_inputs(inputs, defaults=defaults, max_bytes=options.max_bytes, stdin=stdin)
    yield from process_pages(pages, pipeline)


def extract_text(text: str, **meta: str | None) -> Document:
    """Convenience for notebooks and tests: one page of text or HTML to a Document."""
    from wirewatch.ingest.decode import looks_like_html

    page = (
        RawPage(name="<text>", html=text, **meta)
        if looks_like_html(text)
        else RawPage(name="<text>", text=text, **meta)
    )
    out = next(process_pages([page], build_pipeline()))
    if isinstance(out, InputError):
        raise out
    return out


def analyze_texts(
    texts: Iterable[str],
    published: str | None = None,
    options: Options | None = None,
) -> Iterator[Document]:
    """Run every stage after cleaning on already clean texts (evaluation corpora, notebooks).

    Texts stream through in batches; each yields a Document whose body is the text as given.
    """
    from wirewatch.pipeline import DEFAULT_STAGES

    options = options or Options()
    names = [n for n in (options.stages or DEFAULT_STAGES) if n != "clean"]
    pipeline = build_pipeline(names, options, provided=CLEAN_FIELDS)
    docs = (Document(body=t, published=published) for t in texts)
    for out in pipeline.stream(docs):
        if isinstance(out, Document):
            yield out
        else:
            raise out
