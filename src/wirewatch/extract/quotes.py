"""Who said what: direct and indirect quotes with their speakers.

``find_quotes`` returns :class:`SpokenQuote` objects. They *are* contract ``Quote`` objects
(``dataclasses.asdict`` and ``Document.to_dict`` see only the contract fields) and also carry
``speaker_span``: the character offsets of ``speaker_text`` in the text, so the pipeline can
map a speaker to its entity. ``speaker`` is filled only through ``speaker_resolver``.

Runs on any spaCy Doc with tags, NER and sentences. Tag patterns around quote marks and
speech verbs find direct quotes and the common reported-speech forms; when the Doc also has
a dependency parse (the pipeline parses by default) reported clauses come from the parse too
(``quotes_syntax``), which finds them wherever they stand (see ``wirewatch.eval.quotes``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from wirewatch.document import Quote
from wirewatch.extract.quotes_direct import Found, find_direct
from wirewatch.extract.quotes_indirect import find_indirect

if TYPE_CHECKING:
    from spacy.tokens import Doc

SpeakerResolver = Callable[[str, int, int], "str | None"]
MAX_TEXT = 1_000_000  # spaCy's own default limit; longer texts are cut, not refused
MOSTLY_QUOTED = 0.6
QUOTE_MARKS = set('“”"«»')


class SpokenQuote(Quote):
    """A contract Quote plus ``speaker_span`` ((start, end) of speaker_text, or None).

    ``speaker_span`` is a plain attribute, not a dataclass field, so serialisation stays
    exactly the contract's.
    """

    speaker_span: tuple[int, int] | None = None


def find_quotes(
    text: str,
    sdoc: Doc | None = None,
    speaker_resolver: SpeakerResolver | None = None,
) -> list[SpokenQuote]:
    """All direct and indirect quotes in ``text``, in reading order.

    ``sdoc`` is a spaCy Doc of ``text`` (parsed or not); a parsed one is made when it is None.
    ``speaker_resolver(speaker_text, start, end)`` maps a speaker phrase to an actor id.
    """
    if not text or not text.strip():
        return []
    if sdoc is None:
        from wirewatch.nlp.model import load_parsing_model

        sdoc = load_parsing_model()(text[:MAX_TEXT])
    stext = sdoc.text  # rebuilt from the tokens on every access: read it once
    if stext != text[: len(stext)]:
        raise ValueError("sdoc must be a spaCy Doc of the same text")
    direct = find_direct(stext, sdoc)
    indirect = find_indirect(sdoc, [(f.start - 1, f.end + 1) for f in direct])
    found = sorted(merge_mixed(stext, direct, indirect), key=lambda f: (f.start, f.end))
    return [_to_quote(text, f, speaker_resolver) for f in found]


def merge_mixed(text: str, direct: list[Found], indirect: list[Found]) -> list[Found]:
    """One quote per statement when reported speech and quoted words overlap.

    A direct quote covering most (``MOSTLY_QUOTED``) of a reported clause stands for it
    ("X said that “…”"). Otherwise a reported clause containing quoted words is a *mixed*
    quote: kind "direct" (it carries the speaker's own words), text the whole clause, and it
    replaces the fragments inside it ("X said the plan was “a disaster” for farmers").
    """
    kept_direct = list(direct)
    out: list[Found] = []
    for ind in indirect:
        inside = [d for d in kept_direct if d.start < ind.end and ind.start < d.end]
        covered = sum(min(d.end, ind.end) - max(d.start, ind.start) for d in inside)
        if inside and covered >= MOSTLY_QUOTED * (ind.end - ind.start):
            for d in inside:
                if d.speaker is None:
                    d.speaker, d.cue = ind.speaker, ind.cue
            continue
        if inside or any(ch in QUOTE_MARKS for ch in text[ind.start : ind.end]):
            ind.kind = "direct"
            ind.end = _close_last_mark(text, ind.start, ind.end)
            kept_direct = [d for d in kept_direct if d not in inside]
        out.append(ind)
    return kept_direct + out


def _close_last_mark(text: str, start: int, end: int) -> int:
    """End of a mixed quote, taking in the closing mark of quoted words it ends with
    ("… wanted to “live quietly”": not "… “live quietly")."""
    part = text[start:end]
    if end < len(text) and text[end] in "”»" and part.count("“") > part.count("”"):
        return end + 1
    if end < len(text) and text[end] == '"' and part.count('"') % 2 == 1:
        return end + 1
    return end


def _to_quote(text: str, f: Found, resolver: SpeakerResolver | None) -> SpokenQuote:
    speaker_text = text[f.speaker[0] : f.speaker[1]] if f.speaker else None
    speaker = None
    if resolver is not None and f.speaker is not None and speaker_text:
        speaker = resolver(speaker_text, f.speaker[0], f.speaker[1])
    q = SpokenQuote(
        text=text[f.start : f.end],
        span=(f.start, f.end),
        kind=f.kind,
        speaker=speaker,
        speaker_text=speaker_text,
        cue=f.cue,
    )
    q.speaker_span = f.speaker
    return q
