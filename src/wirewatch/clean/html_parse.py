"""Bounded HTML parsing: refuse inputs that would make lxml or tree walkers blow up.

libxml2 silently drops nesting beyond 255 levels (losing text), and recursive walkers
(ours, trafilatura's) can still exhaust Python's stack on deep trees, and a very large page
costs seconds. Both limits are checked up front and reported as :class:`CleaningError`.

Elements get their Python class from a C-level default lookup (every element an
``HtmlElement``, as trafilatura requires) rather than lxml.html's per-tag lookup, a Python
call for each of the thousands of element proxies the cleaner and the extractor create.
"""

from __future__ import annotations

import re

from lxml import etree
from lxml import html as lxml_html

from wirewatch.clean.errors import CleaningError

MAX_HTML_CHARS = 8_000_000
MAX_DEPTH = 200
MAX_ELEMENTS = 200_000
_CLASS_LOOKUP = etree.ElementDefaultClassLookup(
    element=lxml_html.HtmlElement,
    comment=lxml_html.HtmlComment,
    pi=lxml_html.HtmlProcessingInstruction,
    entity=lxml_html.HtmlEntity,
)


def _parser(encoding: str | None) -> lxml_html.HTMLParser:
    """A fresh parser per page (lxml parsers must not be shared between threads). With an
    explicit encoding, a <meta charset> in the page cannot override what the bytes are."""
    # No ID table (as trafilatura's own parser): nothing looks elements up by id through
    # libxml2, and building it costs a hash insert per id attribute.
    parser = lxml_html.HTMLParser(
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
        collect_ids=False,
        encoding=encoding,
    )
    parser.set_element_class_lookup(_CLASS_LOOKUP)
    return parser


def utf8(text: str) -> bytes | None:
    """The page text as UTF-8, or None when it holds lone surrogates (not encodable)."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return None


def parse_html(text: str, encoded: bytes | None = None) -> etree._Element:
    """Parse page text into an lxml tree (huge_tree off), enforcing size and depth limits.

    ``encoded``: the same text as UTF-8 (see :func:`utf8`), when the caller has it. libxml2
    reads UTF-8 natively: parsing those bytes gives the same tree as the text, faster.
    """
    if len(text) > MAX_HTML_CHARS:
        raise CleaningError(f"page too large: {len(text)} characters (limit {MAX_HTML_CHARS})")
    if not text.strip():
        raise CleaningError("empty page")
    # lxml refuses str input that carries an XML encoding declaration.
    if text.lstrip().startswith("<?xml"):
        text = text[text.find("?>") + 2 :]
        encoded = None
    opened = drop_early_document_end(text)
    if opened is not text:
        text, encoded = opened, utf8(opened) if encoded is not None else None
    parser = _parser("utf-8" if encoded is not None else None)
    try:
        root = lxml_html.document_fromstring(text if encoded is None else encoded, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise CleaningError(f"unparseable HTML: {exc}") from exc
    check_shape(root, text)
    return root


def drop_early_document_end(text: str) -> str:
    """``text`` without its ``</body>``/``</html>`` tags when markup follows the first one.

    Templates that render a header include as a whole document close body and html before
    the article; libxml2 then discards much of what follows, often the article itself. The
    closing tags carry no content, so dropping them lets the rest parse into the body.
    """
    end = _DOCUMENT_END.search(text)
    if end is None or not _MARKUP_AFTER.search(text, end.end(), end.end() + _TAIL_PROBE):
        return text
    return _DOCUMENT_END.sub("", text)


_DOCUMENT_END = re.compile(r"</(?:body|html)\s*>", re.IGNORECASE)
# An element other than a script or style soon after the document end is real content the
# parser would lose (closing tags and comments hold none).
_MARKUP_AFTER = re.compile(r"<(?!(?:script|style|link|meta|noscript)\b)[a-z]", re.IGNORECASE)
_TAIL_PROBE = 2000


def element_bound(text: str) -> int:
    """An upper bound on the number of elements the HTML parser builds from ``text``.

    Every element opens at a "<" of the markup except the parser's implied ones (html, head,
    body, and at most one <p> per "<" for loose text): at most 2 * count("<") + 4. The text's
    length bounds that count for free, where counting would read the whole page.
    """
    return 2 * len(text) + 4


# Elements below MAX_DEPTH levels: one location step per level, so libxml2 walks the tree
# level by level in C (linear), instead of a Python loop over every element.
_TOO_DEEP = etree.XPath("/*" + "/*" * (MAX_DEPTH + 1))
_COUNT = etree.XPath("count(//*)")


def check_shape(root: etree._Element, text: str | None = None) -> None:
    """Raise when the tree is deeper or larger than the walkers downstream can handle.

    ``text``: the markup parsed, when at hand: pages too short to hold MAX_ELEMENTS elements
    (:func:`element_bound`) skip the count, a walk over the whole tree.
    """
    if (text is None or element_bound(text) > MAX_ELEMENTS) and _COUNT(root) > MAX_ELEMENTS:
        raise CleaningError(f"page too large: more than {MAX_ELEMENTS} elements")
    if _TOO_DEEP(root):
        raise CleaningError(f"page nested too deeply: more than {MAX_DEPTH} levels")
