"""The one Jinja environment of the web UI: autoescape on, undefined names are errors.

Everything shown comes from pages on the open web, so templates never mark stored text
``|safe``; links are only made from URLs that :func:`~wirewatch.report.html.safe_href`
accepts (http and https).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader, StrictUndefined

from wirewatch import __version__


@lru_cache(maxsize=1)
def environment() -> Environment:
    return Environment(
        loader=PackageLoader("wirewatch.serve", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    html = (
        environment()
        .get_template(template)
        .render(request_path=request.url.path, version=__version__, **context)
    )
    return HTMLResponse(html, status_code=status_code)
