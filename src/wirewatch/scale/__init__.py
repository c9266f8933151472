"""Run the per-document pipeline in parallel: a local process pool or a Dask cluster.

Both paths yield exactly what :func:`wirewatch.api.extract` yields, in input order; only
contract dicts and error reasons cross process boundaries (spaCy Docs never do).
"""

from wirewatch.scale.local import extract_parallel

__all__ = ["extract_parallel"]
