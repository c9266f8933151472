"""Bytes to text, with the checks that keep hostile or broken files out.

Every rejection is an :class:`InputError` with a reason a user can act on.
"""

from __future__ import annotations

import gzip
import io
import re

from wirewatch.errors import InputError

_CONTROL = set(range(0, 9)) | {11, 12} | set(range(14, 32))
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_\-]{1,40})""", re.I)
_HTML_SNIFF = re.compile(
    r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<(?:div|p|article|span|a|table)[\s>]",
    re.I,
)


def gunzip_capped(name: str, data: bytes, max_bytes: int) -> bytes:
    """Decompress, refusing to inflate past ``max_bytes`` (a zip bomb stops early)."""
    out = bytearray()
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as fh:
            while chunk := fh.read(1 << 16):
                out += chunk
                if len(out) > max_bytes:
                    raise InputError(
                        name, f"decompresses to over {max_bytes:,} bytes (--max-bytes)"
                    )
    except (OSError, EOFError) as err:
        raise InputError(name, f"not a valid gzip file ({err})") from None
    return bytes(out)


def check_size(name: str, size: int, max_bytes: int) -> None:
    if size > max_bytes:
        raise InputError(
            name, f"is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.1f} MB limit (--max-bytes)"
        )


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KB: not a text or HTML page."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    if not head:
        return False
    controls = sum(1 for b in head if b in _CONTROL)
    return controls / len(head) > 0.05


def decode_bytes(name: str, data: bytes) -> str:
    """UTF-8 (with BOM tolerated), else the charset an HTML page declares; else reject."""
    if not data.strip():
        raise InputError(name, "is empty")
    if looks_binary(data):
        raise InputError(name, "looks like a binary file, not text or HTML")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        declared = _META_CHARSET.search(data[:4096])
        if declared:
            enc = declared.group(1).decode("ascii", "replace")
            try:
                return data.decode(enc)
            except (LookupError, UnicodeDecodeError):
                pass
        raise InputError(
            name, f"is not valid UTF-8 (byte {err.start}) and declares no usable charset"
        ) from None


def looks_like_html(text: str) -> bool:
    """Markup in the first few KB: treat as HTML; otherwise plain or flattened text."""
    return bool(_HTML_SNIFF.search(text[:4096]))
