"""A linear, regex-light scan for element nesting depth, run before any HTML parser.

Hostile pages nest thousands of elements to exhaust recursive parsers and tree walkers;
rejecting them up front gives the user a clear reason instead of a crash or a silent empty
result. Tags whose end tag is optional are not counted, so sloppy markup does not inflate
the figure.
"""

from __future__ import annotations

import re

_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]{0,30})\b[^<>]{0,2000}?(/?)>")
_NOT_NESTING = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
        "p",
        "li",
        "dt",
        "dd",
        "tr",
        "td",
        "th",
        "option",
        "thead",
        "tbody",
        "tfoot",
        "colgroup",
        "rt",
        "rp",
    ]
)


def max_depth(html: str, stop_at: int) -> int:
    """Deepest nesting seen, stopping early once ``stop_at`` is exceeded."""
    depth = deepest = 0
    for m in _TAG.finditer(html):
        closing, name, self_closing = m.group(1), m.group(2).lower(), m.group(3)
        if name in _NOT_NESTING or self_closing:
            continue
        if closing:
            depth = max(0, depth - 1)
        else:
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > stop_at:
                    break
    return deepest
