"""RSS 2.0 and Atom feeds: one document per item, paired with the item of a source-language feed.

feedparser reads both formats (and their many real-world deviations). An item's text is its
title and its content (or summary) with the HTML markup removed, title and paragraphs separated
by blank lines. A target item finds its source item by the same ``guid``/``id``, else the same
link, else a link of the target item that points at the source item (an Atom
``<link rel="alternate" hreflang="en">`` or an RSS ``<source url>`` naming the original).
"""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from xml.sax import SAXParseException

from mtcheck.errors import CorpusError
from mtcheck.model import Document, Skipped

SUFFIXES = (".rss", ".atom", ".xml")
_BLOCKS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figure",
           "figcaption", "section", "article", "tr", "table", "pre"}  # fmt: skip


_ENTITY = re.compile(rb"<!ENTITY", re.IGNORECASE)


_LATIN = re.compile(rb"""(<\?xml[^>]*?encoding=["'])(?:iso-8859-1|iso-8859-15|latin-?1|windows-1252|cp1252)(["'])""",
                    re.IGNORECASE)


def _declared_honestly(data: bytes) -> bytes:
    """The feed with its XML declaration saying UTF-8 where it says Latin-1 but its bytes are UTF-8
    with letters beyond ASCII: a CMS's template declared one and wrote the other, and read as
    declared every "é" would enter the names as "Ã©". Bytes that are no UTF-8 keep their declaration."""
    m = _LATIN.search(data, 0, 200)
    if m is None or data.isascii():
        return data
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return data
    return data[: m.start()] + m.group(1) + b"utf-8" + m.group(2) + data[m.end() :]


def read_feed(path: Path) -> list[dict[str, Any]]:
    """The feed's items as feedparser entries; a file that is not a well-formed feed is a CorpusError."""
    import feedparser

    data = path.read_bytes()
    entity = _ENTITY.search(data)
    if entity:  # feedparser's lenient parser expands what expat refused: a few KB can grow to GBs
        raise CorpusError(str(path), "declares XML entities (<!ENTITY), which no feed needs; refused, as they can "
                                     "expand without bound", data.count(b"\n", 0, entity.start()) + 1)
    parsed = feedparser.parse(_declared_honestly(data))
    err = parsed.get("bozo_exception") if parsed.get("bozo") else None
    line = getattr(err, "getLineNumber", lambda: None)()
    if err is not None and not parsed.entries:
        raise CorpusError(str(path), f"not a well-formed RSS or Atom feed ({_message(err)})", line)
    if isinstance(err, SAXParseException):  # feedparser recovered some items; we do not guess at the rest
        raise CorpusError(str(path), f"malformed XML ({_message(err)})", line)
    if not parsed.entries:
        raise CorpusError(str(path), "the feed has no items")
    return list(parsed.entries)


def feed_documents(
    target_path: Path, target_id: str, target_lang: str, source_path: Path | None, source_lang: str
) -> tuple[list[Document], list[Skipped]]:
    """One document per item of the target feed, with its source item's text where one pairs up."""
    items = read_feed(target_path)
    sources = read_feed(source_path) if source_path else []
    by_key: dict[str, dict[str, Any]] = {}
    for item in sources:
        for key in _own_keys(item):
            by_key.setdefault(key, item)
    used: set[int] = set()
    documents = []
    for k, item in enumerate(items, 1):
        source = next((by_key[key] for key in (*_own_keys(item), *_pointer_keys(item)) if key in by_key), None)
        if source is not None:
            used.add(id(source))
        key = item.get("id") or item.get("link") or str(k)
        documents.append(Document(
            id=f"{target_id}#{key}", path=str(target_path), target=item_text(item), target_lang=target_lang,
            source=item_text(source) if source else None, source_lang=source_lang if source else None,
            source_path=str(source_path) if source else None,
            metadata={"item": k, "guid": item.get("id"), "link": item.get("link"), "title": item.get("title")},
        ))
    skipped = [
        Skipped(f"{source_path}#{s.get('id') or s.get('link')}", f"source item with no {target_lang} item in {target_path}")
        for s in sources if id(s) not in used
    ]
    return documents, skipped


def item_text(item: dict[str, Any]) -> str:
    """Title, blank line, then the content (or summary) as plain text."""
    content = item.get("content")
    body = content[0].get("value", "") if content else item.get("summary", "")
    title = _plain(item.get("title", ""))
    text = _plain(body)
    if title and text.startswith(title):  # feeds whose summary repeats the title
        text = text[len(title):].lstrip()
    return "\n\n".join(part for part in (title, text) if part) or " "


def _own_keys(item: dict[str, Any]) -> list[str]:
    return [k for k in (item.get("id"), item.get("link")) if k]


def _pointer_keys(item: dict[str, Any]) -> list[str]:
    """Links of a translated item that may name its original."""
    keys = [link.get("href") for link in item.get("links", ()) if link.get("href")]
    source = item.get("source") or {}
    return [k for k in (*keys, source.get("href"), source.get("url")) if k]


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


_TAG = re.compile(r"<[^>]*>")


def _plain(html: str) -> str:
    """Text of an HTML fragment: markup removed, entities decoded, blocks as paragraphs."""
    parser = _Text()
    try:
        parser.feed(html or "")
        parser.close()
        text = "".join(parser.parts)
    except AssertionError:  # html.parser asserts on a broken marked section ("<![0"): its text, tags dropped
        text = unescape(_TAG.sub(" ", html))
    paragraphs = (" ".join(p.split()) for p in text.split("\n\n"))
    return "\n\n".join(p for p in paragraphs if p)


def _message(err: object) -> str:
    text = str(getattr(err, "getMessage", lambda: err)() or err).strip()
    return text.splitlines()[0][:160] if text else "unknown error"
