"""Which of the cleaner's marker strings occur in a page's raw HTML, found in one pass.

Post patterns, payload scripts and overlays each run only on pages whose raw HTML holds one
of their marker strings. Testing ~35 markers one ``in`` at a time reads the whole page once
per absent marker (most are absent on most pages), which cost more than any other step of
ours. Here the page is read once with numpy: each marker is indexed by a 4-byte window
chosen to open with a byte that is rare in HTML; positions holding such a byte are found
in C, their 4-byte windows compared with the markers' windows in one vector test, and only
the few hits left are checked against the whole marker. Answers are exactly those of
``marker in html``: markers the index cannot hold (shorter than a window, non-ASCII) fall
back to that test.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np

WINDOW = 4
# Printable ASCII as often as it occurs in HTML source, most frequent first (roughly; any
# byte missing here counts as rarest). Only the speed of the scan depends on this order.
_HTML_BYTE_ORDER = ' etaions-rl"cdpmuh.g/:0fbw1>v=<2,yx_3;k54\\6798{})(ACzjS%TM'


def _commonness(byte: int) -> int:
    at = _HTML_BYTE_ORDER.find(chr(byte))
    return 0 if at < 0 else len(_HTML_BYTE_ORDER) - at


def _window_start(marker: bytes) -> int:
    """Where the marker's indexed window starts: the rarest opening byte, then rarest bytes."""
    return min(
        range(len(marker) - WINDOW + 1),
        key=lambda i: (_commonness(marker[i]), sum(map(_commonness, marker[i : i + WINDOW]))),
    )


@dataclass(frozen=True)
class MarkerIndex:
    """Markers by their window: translate tables marking the bytes that open a window and
    the bytes that follow an opener, and the windows' values (big-endian ints)."""

    openers: bytes
    seconds: bytes
    windows: np.ndarray
    by_window: dict[int, tuple[tuple[str, bytes, int], ...]]


@cache
def marker_index(markers: frozenset[str]) -> MarkerIndex:
    openers, seconds = bytearray(256), bytearray(256)
    by_window: dict[int, list[tuple[str, bytes, int]]] = {}
    for marker in sorted(markers):
        raw = marker.encode("ascii")
        start = _window_start(raw)
        openers[raw[start]] = seconds[raw[start + 1]] = 1
        value = int.from_bytes(raw[start : start + WINDOW], "big")
        by_window.setdefault(value, []).append((marker, raw, start))
    return MarkerIndex(
        bytes(openers),
        bytes(seconds),
        np.array(sorted(by_window), dtype=np.uint32),
        {k: tuple(v) for k, v in by_window.items()},
    )


def indexable(marker: str) -> bool:
    return len(marker) >= WINDOW and marker.isascii()


def markers_in(html: str, markers: frozenset[str], encoded: bytes | None = None) -> set[str]:
    """The ``markers`` (ASCII, at least WINDOW long) that occur in ``html``.

    ``encoded``: ``html`` as UTF-8 when the caller has it already.
    """
    index = marker_index(markers)
    # UTF-8 keeps ASCII bytes for ASCII characters and uses none for anything else, so an
    # ASCII marker occurs in the bytes exactly where it occurs in the text.
    raw = encoded if encoded is not None else html.encode("utf-8", "surrogatepass")
    size = len(raw) - WINDOW + 1
    if size <= 0:
        return set()
    # Window starts: an opening byte followed by a byte that follows some opener (the
    # translate tables map those bytes to 1, read as booleans).
    first = np.frombuffer(raw[:size].translate(index.openers), dtype=np.bool_)
    second = np.frombuffer(raw[1 : size + 1].translate(index.seconds), dtype=np.bool_)
    at = np.flatnonzero(first & second)
    data = np.frombuffer(raw, dtype=np.uint8)
    value = data[at].astype(np.uint32) << 24
    for shift in range(1, WINDOW):
        value |= data[at + shift].astype(np.uint32) << (8 * (WINDOW - 1 - shift))
    hit = np.isin(value, index.windows)
    found: set[str] = set()
    for pos, key in zip(at[hit].tolist(), value[hit].tolist(), strict=True):
        for marker, encoded, start in index.by_window[key]:
            if marker not in found and pos >= start and raw.startswith(encoded, pos - start):
                found.add(marker)
    return found


class MarkerScan:
    """Marker presence in one page's raw HTML: the ``known`` markers in one pass on first
    use, any other marker by a substring test (each searched at most once). ``encoded``:
    the page as UTF-8, if at hand."""

    def __init__(
        self, html: str, known: frozenset[str] = frozenset(), encoded: bytes | None = None
    ) -> None:
        self.html = html
        self.encoded = encoded
        self.known = frozenset(m for m in known if indexable(m))
        self.seen: dict[str, bool] = {}
        self._present: set[str] | None = None

    def has(self, marker: str) -> bool:
        if marker in self.known:
            if self._present is None:
                self._present = markers_in(self.html, self.known, self.encoded)
            return marker in self._present
        found = self.seen.get(marker)
        if found is None:
            found = self.seen[marker] = marker in self.html
        return found
