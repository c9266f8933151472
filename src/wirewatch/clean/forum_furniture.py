"""Furniture inside a post that the member did not write for it: signatures and app sign-offs.

A signature is attached by the member's profile to every post, so it repeats their links and
slogans in each message; forum engines of every kind mark it with a class naming a signature.
Mobile apps append a last line ("Sent from my phone using <app>") that engines store as plain
text inside the message, so it is cut from the text rather than skipped as an element. The
class word and the sign-off patterns are data (html_cues.yaml, ``post_furniture``).
"""

from __future__ import annotations

import re
from functools import cache

from lxml import etree

from wirewatch.clean.html_cues import cues
from wirewatch.clean.html_text import element_text

MAX_SIGNATURE_BLOCKS = 20  # matches examined in one post
MAX_SIGNOFF_LINES = 3  # trailing lines tested as sign-offs
MAX_SIGNOFF_CHARS = 160  # a sign-off is one short line
_WORD = re.compile(r"\w")


@cache
def _settings() -> dict:
    return cues()["post_furniture"]


@cache
def _signature_xpath() -> etree.XPath:
    word = str(_settings()["signature_class"]).lower()
    return etree.XPath(f".//*[contains(translate(@class, '{word.upper()}', '{word}'), '{word}')]")


@cache
def _signoff() -> re.Pattern[str]:
    alt = "|".join(f"(?:{p})" for p in _settings()["app_signoffs"])
    return re.compile(rf"^(?:{alt})$", re.IGNORECASE)


def signature_blocks(
    content: etree._Element, exclude: frozenset[etree._Element] | set[etree._Element] = frozenset()
) -> set[etree._Element]:
    """Signature blocks inside ``content`` (not ``content`` itself).

    A block whose class names a signature but which also holds the message ("post
    with-signature" wrappers) leaves no text outside it: it is kept, and the signature
    blocks inside it are looked at instead.
    """
    out: set[etree._Element] = set()
    for el in _signature_xpath()(content)[:MAX_SIGNATURE_BLOCKS]:
        if not isinstance(el, etree._Element) or any(a in out for a in el.iterancestors()):
            continue
        rest = element_text(content, exclude={*exclude, *out, el})
        if _WORD.search(rest):
            out.add(el)
    return out


def drop_app_signoff(text: str) -> str:
    """``text`` without the sign-off lines a mobile app appended at its end."""
    lines = text.rstrip().split("\n")
    for _ in range(MAX_SIGNOFF_LINES):
        while lines and not lines[-1].strip():
            lines.pop()
        if len(lines) < 2:
            break
        last = lines[-1].strip()
        if len(last) > MAX_SIGNOFF_CHARS or not _signoff().match(last):
            break
        lines.pop()
    return "\n".join(lines).rstrip()
