"""URLs as we compare and follow them: canonical form, and the real target of a redirect link."""

from __future__ import annotations

import hashlib
import re
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

# Query parameters that only track who clicked (or phpBB's session id); two URLs differing only in
# these are one page.
TRACKING_PARAMS = {"fbclid", "gclid", "dclid", "mc_cid", "mc_eid", "ref", "ref_src", "oc", "si", "igshid", "sid"}


# A fragment naming one post on a page (``#p123``, ``#post-4``, ``#review-9``, ``#comment_2``) marks a
# separate item: reviews and comments often have no address of their own. Other fragments go.
ITEM_FRAGMENT = re.compile(r"(?:p|post|review|comment|reply|c)[-_]?\d[\w-]*|(?:post|review|comment|reply)[-_][\w-]+", re.IGNORECASE)

# The canonical URL is a mention's unique key, and PostgreSQL cannot index a value much over 2,700
# bytes: tracking-laden links run to thousands. A longer key keeps its start and ends in a hash of
# the whole, so it stays unique (store migration 0003 re-keys rows stored before this limit).
MAX_KEY_BYTES = 1000


def web_address(value: Any) -> str | None:
    """``value`` if it is an http(s) address, else None: what an API calls a link may be a number,
    a list or a ``javascript:`` string."""
    return value if isinstance(value, str) and value.startswith(("http://", "https://")) else None


def canonical_url(url: str) -> str:
    """The form one page always has: lower-case host, sorted query, no tracking, no fragment
    unless the fragment names one post on the page."""
    parts = urlsplit(url.strip())
    query = [
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if not key.lower().startswith("utm_") and key.lower() not in TRACKING_PARAMS
    ]
    path = parts.path.rstrip("/") or "/"
    fragment = parts.fragment if ITEM_FRAGMENT.fullmatch(parts.fragment) else ""
    rebuilt = urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, urlencode(query), fragment))
    return fit_key(canonicalize_url(rebuilt, keep_fragments=bool(fragment)))


def fit_key(canonical: str) -> str:
    """``canonical`` if it fits in :data:`MAX_KEY_BYTES`, else its start and ``#sha256=`` its hash."""
    encoded = canonical.encode("utf-8")
    if len(encoded) <= MAX_KEY_BYTES:
        return canonical
    digest = hashlib.sha256(encoded).hexdigest()
    start = encoded[: MAX_KEY_BYTES - len(digest) - len("#sha256=")].decode("utf-8", "ignore")
    return f"{start}#sha256={digest}"


def unwrap_redirect(url: str) -> str:
    """The target of an alert or news redirect link (``.../url?url=<target>``), else ``url``.

    Google Alerts links go through ``google.com/url?...&url=<article>``; Bing News through
    ``apiclick.aspx?...&url=<article>``. Following the redirect would work too, but it leaks a
    click to the redirector and stores the wrong URL as evidence.
    """
    parts = urlsplit(url)
    if parts.path.rstrip("/").rsplit("/", 1)[-1] not in ("url", "apiclick.aspx"):
        return url
    target = dict(parse_qsl(parts.query)).get("url", "")
    return target if urlsplit(target).scheme in ("http", "https") else url
