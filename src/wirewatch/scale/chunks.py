"""Cut the input stream into chunks that line up with the serial path's batches.

The serial path batches ``options.batch_size`` items (pages and input errors alike) and hands
the pages of each batch to spaCy together; cutting chunks the same way keeps every worker's
batches identical to the serial ones, so parallel output equals serial output exactly.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from wirewatch.document import Document
from wirewatch.errors import InputError
from wirewatch.ingest.raw import RawPage
from wirewatch.scale.codec import Wire, decode


@dataclass
class Chunk:
    """A run of consecutive inputs; only ``pages`` go to a worker, errors stay here."""

    items: list[RawPage | InputError]

    @property
    def pages(self) -> list[RawPage]:
        return [i for i in self.items if isinstance(i, RawPage)]

    def merge(self, results: list[Wire]) -> Iterator[Document | InputError]:
        """The chunk's outputs in input order: each page's result, each error in its place."""
        pages = self.pages
        if len(results) != len(pages):
            raise RuntimeError(f"worker returned {len(results)} results for {len(pages)} pages")
        outs = iter(results)
        for item in self.items:
            yield item if isinstance(item, InputError) else decode(next(outs))


def chunked(items: Iterable[RawPage | InputError], size: int) -> Iterator[Chunk]:
    if size < 1:
        raise ValueError(f"chunk size must be at least 1, got {size}")
    batch: list[RawPage | InputError] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield Chunk(batch)
            batch = []
    if batch:
        yield Chunk(batch)
