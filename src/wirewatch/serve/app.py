"""``create_app``: the read-only FastAPI application over one wirewatch database.

Errors are answered, never leaked: unknown ids are 404s with a sentence, slow queries are
503s, anything unexpected is a plain 500 (the traceback goes to the server log only).
API paths answer in JSON, pages answer in HTML.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from wirewatch import __version__
from wirewatch.errors import WirewatchError
from wirewatch.serve import api, pages
from wirewatch.serve.db import DEFAULT_QUERY_SECONDS, check_database, is_interrupted
from wirewatch.serve.templating import render

log = logging.getLogger("wirewatch.serve")

DEFAULT_EXPORT_SECONDS = 300.0
# No scripts at all; inline styles only; forms and links stay on this server.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; "
    "img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


def create_app(
    db_path: str | Path,
    *,
    query_seconds: float = DEFAULT_QUERY_SECONDS,
    export_seconds: float = DEFAULT_EXPORT_SECONDS,
    allowed_hosts: list[str] | None = None,
) -> FastAPI:
    """The app over ``db_path``; raises MissingDatabase/StaleSchema before serving anything.

    ``allowed_hosts`` (Host header names) guards a loopback server against DNS rebinding.
    """
    db = Path(db_path)
    check_database(db)
    app = FastAPI(
        title="wirewatch",
        version=__version__,
        description="Read-only API over a wirewatch store (Story and Document JSON).",
        docs_url=None,  # Swagger UI and ReDoc load scripts from a CDN; this UI stays offline
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.db_path = db
    app.state.query_seconds = query_seconds
    app.state.export_seconds = export_seconds
    app.include_router(api.router)
    app.include_router(pages.router)
    _add_error_handlers(app)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)
    return app


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/api"


def _error(request: Request, status: int, message: str, details: list[str] | None = None):
    if _is_api(request):
        body: dict[str, Any] = {"detail": message}
        if details:
            body["errors"] = details
        return JSONResponse(body, status_code=status)
    return render(
        request, "error.html.j2", status_code=status, status=status, message=message,
        details=details or [],
    )  # fmt: skip


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        response = _error(request, exc.status_code, str(exc.detail))
        for name, value in (exc.headers or {}).items():
            response.headers[name] = value
        return response

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError):
        details = [
            f"{'.'.join(str(p) for p in e.get('loc', ())[1:]) or 'request'}: {e.get('msg')}"
            for e in exc.errors()[:10]
        ]
        return _error(request, 422, "invalid request parameters", details)

    @app.exception_handler(sqlite3.Error)
    async def database_error(request: Request, exc: sqlite3.Error):
        if is_interrupted(exc):
            return _error(request, 503, "the query took too long and was stopped; narrow it")
        log.error("database error on %s", request.url.path, exc_info=exc)
        return _error(request, 500, "database error")

    @app.exception_handler(WirewatchError)
    async def wirewatch_error(request: Request, exc: WirewatchError):
        log.error("error on %s: %s", request.url.path, exc)
        return _error(request, 500, f"error {exc.code}: {exc}")

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception):
        log.error("unexpected error on %s", request.url.path, exc_info=exc)
        return _error(request, 500, "internal error")
