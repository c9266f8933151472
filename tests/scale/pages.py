"""Hand-written pages for the scale tests: news text, HTML with comments, records, bad input."""

from __future__ import annotations

import json
from pathlib import Path

WIRE_STRIKE = """Artillery strikes hit Dornava as talks stall

DORNAVA, March 3 (Wire) - Government forces shelled the eastern town of Dornava on Tuesday,
killing at least four civilians, the regional governor said.

"The shelling went on for three hours," governor Ilse Marten told reporters. The army denied
targeting residential areas and accused rebel fighters of hiding among civilians.
"""

PROTEST = """Thousands march in Velgrad over fuel prices

Thousands of people protested in the capital Velgrad on Saturday against a sharp rise in fuel
prices, and police fired tear gas to disperse a crowd near parliament.

Opposition leader Tomas Brin said the government must resign. The interior ministry said
twelve officers were injured.
"""

AID = """The United Nations delivered food aid to 20,000 displaced people in northern Kasaria
on Friday, a UN spokesperson said. Aid agencies warned that roads remained unsafe.
"""

TALKS_HTML = """<!DOCTYPE html>
<html><head><title>Ceasefire talks resume in Geneva | The Ledger</title>
<meta property="article:published_time" content="2024-05-14T09:00:00Z"></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<article><h1>Ceasefire talks resume in Geneva</h1>
<p class="byline">By Ana Ruiz</p>
<p>Negotiators from both sides met in Geneva on Monday to resume ceasefire talks, the
mediators said in a statement.</p>
<p>"We are cautiously optimistic," said the UN envoy, adding that a prisoner exchange was on
the table. The rebels threatened to walk out if the blockade of the port was not lifted.</p>
</article>
<section class="comments"><h2>Comments</h2>
<div class="comment"><span class="author">reader42</span>
<p>They said the same thing last year. Nothing will change.</p></div>
<div class="comment"><span class="author">peacenow</span>
<p>Any talks are better than more shelling.</p></div>
</section>
<footer>Copyright The Ledger. All rights reserved.</footer></body></html>
"""

FORUM_HTML = """<html><head><title>Border clashes thread - Regional Forum</title></head><body>
<div class="thread"><h1>Border clashes thread</h1>
<div class="post" id="p1"><div class="author">kestrel</div>
<div class="content">Reports say troops clashed with militia near the border crossing at
Halvik overnight. Two soldiers were wounded according to the defence ministry.</div></div>
<div class="post" id="p2"><div class="author">mara_v</div>
<div class="content"><blockquote>troops clashed with militia near the border crossing</blockquote>
Local radio says the crossing is now closed to trucks.</div></div>
</div></body></html>
"""

RECORDS = [
    {"text": "Police arrested 30 protesters in Lorn on Sunday, the city's police chief said.",
     "url": "https://example.org/lorn", "published": "2024-06-02"},
    "not json at all",
    {"title": "no text here"},
    {"html": "<html><body><p>The foreign minister of Astara visited Belon on Wednesday and "
             "signed a trade agreement with her counterpart.</p></body></html>",
     "site": "Astara Daily"},
]  # fmt: skip

CRASH_MARKER = "CRASH-THIS-WORKER"


def write_corpus(folder: Path) -> list[str]:
    """Write the pages; return the inputs (folder plus one missing file), in order."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "a_wire_strike.txt").write_text(WIRE_STRIKE, encoding="utf-8")
    (folder / "b_talks.html").write_text(TALKS_HTML, encoding="utf-8")
    lines = [r if isinstance(r, str) else json.dumps(r) for r in RECORDS]
    (folder / "c_records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "d_bad.json").write_text("{this is not json", encoding="utf-8")
    (folder / "e_protest.txt").write_text(PROTEST, encoding="utf-8")
    (folder / "f_forum.html").write_text(FORUM_HTML, encoding="utf-8")
    (folder / "g_aid.txt").write_text(AID, encoding="utf-8")
    return [str(folder), str(folder / "missing.txt")]


def write_crash_page(folder: Path) -> Path:
    """A page that the fault-injecting task kills its worker on (see faults.py)."""
    path = folder / "c_zz_crash.txt"
    path.write_text(f"{CRASH_MARKER}\n\n{AID}", encoding="utf-8")
    return path
