"""Turning what strangers wrote into plain text and times we can trust.

Main text of article pages comes from trafilatura (maintained, boilerplate-aware); fragments of
HTML inside feeds and JSON are stripped with parsel. Every function here accepts hostile input:
malformed markup, wrong encodings and absurd dates give empty results, never exceptions.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from time import struct_time
from calendar import timegm
from typing import Any

import trafilatura
from parsel import Selector

MAX_TEXT_CHARS = 100_000  # a mention longer than a long article is not worth more to a reader
_SPACES = re.compile(r"[^\S\n]+")  # any run of white space but a line break: tabs, NBSP, \r, thin spaces
_LINE_EDGES = re.compile(r" ?\n ?")
# Characters that print nothing: controls, soft hyphens, zero-width spaces, direction marks, BOMs
# (not the zero-width joiner, which holds emoji sequences together).
_INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
_BLANK_LINES = re.compile(r"\n\s*\n+")
# A lone UTF-16 surrogate ("\ud83d": half an emoji, cut by an API that truncates) decodes from JSON
# but no UTF-8 encoder takes it: parsel, SQLite and PostgreSQL all raise on it. In a Python str a
# complete emoji is one code point, so anything in this range is a lone half.
_SURROGATE = re.compile("[\ud800-\udfff]")
# JSON escapes that decode to what cannot be stored: NUL (PostgreSQL refuses it) and surrogates.
_UNSTORABLE_ESCAPE = re.compile(rb"\\u(?:0000|[dD][89a-fA-F])")
_BLOCK_END = re.compile(r"(?i)<(?:br\s*/?|/p|/div|/li|/blockquote|/h[1-6])\s*>")


@dataclass(frozen=True)
class Extracted:
    title: str
    text: str
    author: str | None
    published_at: datetime | None


def storable(text: str) -> str:
    """``text`` without NUL and with each lone surrogate shown as U+FFFD (the "�" browsers
    show for broken characters), so that it can be parsed, stored and printed."""
    return _SURROGATE.sub("\ufffd", text.replace("\x00", ""))


def read_json(body: bytes) -> Any:
    """A JSON body parsed, with every string in it (keys too) :func:`storable`.

    Raises ValueError for anything that is not JSON, including nesting too deep to parse, so a
    source's callers need catch only that.
    """
    try:
        data = json.loads(body)
        return _storable_strings(data) if _UNSTORABLE_ESCAPE.search(body) else data
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None


def _storable_strings(value: Any) -> Any:
    if isinstance(value, str):
        return storable(value)
    if isinstance(value, list):
        return [_storable_strings(item) for item in value]
    if isinstance(value, dict):
        return {storable(key): _storable_strings(item) for key, item in value.items()}
    return value


def tidy(text: str) -> str:
    """Collapse runs of spaces, keep paragraph breaks, drop control characters, cap the length."""
    text = _SURROGATE.sub("\ufffd", _INVISIBLE.sub("", text))
    text = _LINE_EDGES.sub("\n", _SPACES.sub(" ", text))
    text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()[:MAX_TEXT_CHARS]


def strip_html(fragment: Any) -> str:
    """Plain text of an HTML fragment (feed summaries, Mastodon content, Reddit's selftext_html);
    empty for anything that is not a string (a number or a list where the API promised HTML)."""
    if not fragment or not isinstance(fragment, str):
        return ""
    if "<" not in fragment:
        return tidy(html.unescape(fragment))
    # Block ends become line breaks so paragraphs stay apart once the tags are gone.
    fragment = _BLOCK_END.sub("\n", fragment)
    selector = Selector(text=f"<div>{fragment}</div>")
    parts = selector.xpath("//text()[not(ancestor::script) and not(ancestor::style)]").getall()
    return tidy("".join(parts))


def main_text(page_html: str, url: str) -> Extracted:
    """The article's title, main text, author and date; empty text when there is no main text."""
    try:
        document = trafilatura.bare_extraction(
            page_html, url=url, with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception:  # trafilatura raises assorted errors on broken markup; the page is just unreadable
        document = None
    if document is None:
        return Extracted(title="", text="", author=None, published_at=None)
    return Extracted(
        title=tidy(document.title or ""),
        text=tidy(document.text or ""),
        author=(document.author or None),
        published_at=parse_date(document.date),
    )


def parse_date(value: object) -> datetime | None:
    """An aware UTC datetime from ISO 8601, RFC 822, epoch seconds or a struct_time; else None."""
    if value is None or value == "":
        return None
    try:
        if isinstance(value, struct_time):
            moment = datetime.fromtimestamp(timegm(value), UTC)
        elif isinstance(value, (int, float)):
            moment = datetime.fromtimestamp(float(value), UTC)
        elif isinstance(value, datetime):
            moment = value if value.tzinfo else value.replace(tzinfo=UTC)
        else:
            text = str(value).strip()
            try:
                moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
            except ValueError:
                moment = parsedate_to_datetime(text)
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=UTC)
    except (ValueError, TypeError, OverflowError, OSError):
        return None
    moment = moment.astimezone(UTC)
    # A date before the web or in the far future is a broken field, not a fact.
    if not (1995 <= moment.year <= datetime.now(UTC).year + 1):
        return None
    return moment
