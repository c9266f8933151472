"""Fetching http(s) pages and RSS/Atom feeds for ``wirewatch ingest``, defensively.

Every hop (the first request and each redirect) is checked before it is made: only http(s),
and the host must resolve to public addresses only, so a feed cannot steer the fetcher at
a private network, loopback or cloud metadata service. Bodies are read in chunks up to a size
cap within a time budget. Feed XML with entity declarations is refused before parsing, so no
entity is ever expanded.
"""

from __future__ import annotations

import io
import ipaddress
import re
import socket
import time
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from wirewatch.errors import InputError
from wirewatch.ingest.decode import decode_bytes, looks_like_html
from wirewatch.ingest.raw import RawPage

USER_AGENT = "wirewatch (+https://github.com/wirewatch)"
_FEED_SNIFF = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.I)
_ENTITY_DECL = re.compile(rb"<!ENTITY", re.I)


@dataclass(frozen=True)
class FetchLimits:
    max_bytes: int = 5_000_000
    timeout: float = 20.0  # seconds for a whole response, headers to last byte
    max_redirects: int = 5
    max_feed_items: int = 100
    allow_private: bool = False  # tests only: lets a server on 127.0.0.1 be fetched


@dataclass(frozen=True)
class Fetched:
    url: str
    content_type: str
    data: bytes


def is_url(item: str) -> bool:
    return item.lower().startswith(("http://", "https://"))


def check_target(url: str, allow_private: bool = False) -> None:
    """Raise InputError unless ``url`` is http(s) to a host with only public addresses.

    ``allow_private`` admits private and loopback addresses (a test server on 127.0.0.1);
    link-local (cloud metadata), multicast, reserved and unspecified addresses never pass.
    """
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"}:
        raise InputError(url, f"refusing a {parts.scheme or 'schemeless'} URL (http/https only)")
    host = parts.hostname
    if not host:
        raise InputError(url, "URL has no host")
    try:
        infos = socket.getaddrinfo(host, parts.port or 443, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as err:
        raise InputError(url, f"cannot resolve host {host!r} ({err})") from None
    for info in infos:
        ip = ipaddress.ip_address(info[4][0].split("%", 1)[0])
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
            ip = ip.ipv4_mapped
        never = ip.is_link_local or ip.is_multicast or ip.is_reserved or ip.is_unspecified
        private = ip.is_private or ip.is_loopback or not ip.is_global
        if never or (private and not allow_private):
            raise InputError(url, f"refusing to fetch non-public address {ip} (host {host!r})")


def fetch(url: str, limits: FetchLimits, client: httpx.Client | None = None) -> Fetched:
    """GET with manual redirects (each target checked), a size cap and a time budget."""
    own = client is None
    client = client or httpx.Client(
        follow_redirects=False,
        timeout=httpx.Timeout(limits.timeout),
        headers={"User-Agent": USER_AGENT},
        trust_env=False,
    )
    deadline = time.monotonic() + limits.timeout
    try:
        current = url
        for _ in range(limits.max_redirects + 1):
            check_target(current, limits.allow_private)
            with client.stream("GET", current) as resp:
                if resp.is_redirect:
                    location = resp.headers.get("location")
                    if not location:
                        raise InputError(url, f"redirect without a Location from {current}")
                    current = urljoin(current, location)
                    continue
                if resp.status_code >= 400:
                    raise InputError(url, f"HTTP {resp.status_code} from {current}")
                declared = resp.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > limits.max_bytes:
                    raise InputError(url, f"is over the {limits.max_bytes:,}-byte limit")
                data = bytearray()
                for chunk in resp.iter_bytes():
                    data += chunk
                    if len(data) > limits.max_bytes:
                        raise InputError(url, f"is over the {limits.max_bytes:,}-byte limit")
                    if time.monotonic() > deadline:
                        raise InputError(url, f"took over {limits.timeout:g} s to download")
                return Fetched(current, resp.headers.get("content-type", ""), bytes(data))
        raise InputError(url, f"more than {limits.max_redirects} redirects")
    except httpx.HTTPError as err:
        raise InputError(url, f"fetch failed ({type(err).__name__}: {err})") from None
    finally:
        if own:
            client.close()


def looks_like_feed(f: Fetched) -> bool:
    ctype = f.content_type.lower()
    if any(t in ctype for t in ("rss", "atom")):
        return True
    return bool(_FEED_SNIFF.search(f.data[:2048])) and not looks_like_html(
        f.data[:2048].decode("utf-8", "replace")
    )


@dataclass(frozen=True)
class FeedItem:
    link: str
    title: str | None
    published: str | None


def parse_feed(name: str, data: bytes, max_items: int) -> list[FeedItem]:
    """Entries of an RSS/Atom document; XML declaring entities is refused unparsed."""
    import feedparser

    if _ENTITY_DECL.search(data):
        raise InputError(name, "feed declares XML entities; refusing to expand them")
    parsed = feedparser.parse(io.BytesIO(data))
    if parsed.bozo and not parsed.entries:
        raise InputError(name, f"not a readable RSS/Atom feed ({parsed.get('bozo_exception')})")
    items = []
    for entry in parsed.entries[:max_items]:
        link = entry.get("link")
        if not link:
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        published = time.strftime("%Y-%m-%d", stamp) if stamp else None
        items.append(FeedItem(urljoin(name, link), entry.get("title"), published))
    return items


def _page(name: str, f: Fetched, meta: dict[str, str | None]) -> RawPage:
    text = decode_bytes(name, f.data)
    site = urlsplit(f.url).hostname
    if looks_like_html(text):
        return RawPage(name=name, html=text, url=f.url, site=site, **meta)
    return RawPage(name=name, text=text, url=f.url, site=site, **meta)


def pages_from_url(url: str, limits: FetchLimits) -> Iterator[RawPage | InputError]:
    """A page, or for a feed each linked page (with the entry's title and date)."""
    with httpx.Client(
        follow_redirects=False,
        timeout=httpx.Timeout(limits.timeout),
        headers={"User-Agent": USER_AGENT},
        trust_env=False,
    ) as client:
        try:
            first = fetch(url, limits, client)
            if not looks_like_feed(first):
                yield _page(url, first, {"published": None, "title": None})
                return
            items = parse_feed(first.url, first.data, limits.max_feed_items)
        except InputError as err:
            yield err
            return
        if not items:
            yield InputError(url, "feed has no entries with links")
        for item in items:
            try:
                f = fetch(item.link, limits, client)
                yield _page(item.link, f, {"published": item.published, "title": item.title})
            except InputError as err:
                yield err
