"""The sample web's world: every piece of content placed at a URL and a date, plus the truth.

``World(anchor)`` dates each piece ``days_ago`` before the anchor day (default: today, UTC), so
the demo always shows the last twelve weeks. :func:`expected_mentions` is the ground truth that
tests and the demo compare the crawl against.

What is in the expected mentions, per source (``source`` names are those of ``profile.yaml``):

* ``kestwick-courier`` (feeds): every news article that names the school, its staff or a homonym.
* ``alerts`` (feeds): every page the Google-Alerts-style feed links to, at its unwrapped URL.
* ``web-search`` (searxng): every indexed page or article; each one contains "Ashdown Vale", so a
  search for the school's name (or for a staff name with the school or town) finds it.
* ``reddit``: every post; its URL is ``{base}/reddit`` + permalink.
* ``mastodon``: every status on the #AshdownVale or #Kestwick timeline that names the school, its
  staff or a homonym; ``title`` is empty and ``author`` is the account's display name.
* ``parents-forum``: every forum post that names the school, its staff or a homonym, at its
  permalink; ``title`` is the thread's title and ``text`` the post's own words (a quoted earlier
  post, rendered in ``<blockquote>``, is not part of it).

Chatter that names none of these (the library's opening hours, a frost warning, "Bike it is then")
is served but absent from the list. Homonyms (Ashdown Vale Road, Ashdown Vale Rovers, Ashdown Vale
Garden Centre, a runner called Priya Lambert) are listed with ``relevant=False``. An item reachable
from several sources appears once per source, with the same URL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from urllib.parse import quote

from schoolwatch.sampleweb.content import bluesky, forum, mastodon, news, reddit, web
from schoolwatch.sampleweb.pieces import Piece

FORUM_PAGE_SIZE = 5
MASTODON_TAGS = ("AshdownVale", "Kestwick")


@dataclass(frozen=True)
class Expected:
    """One mention a spider should output for one source."""

    kind: str  # "feeds" | "searxng" | "reddit" | "mastodon" | "bluesky" | "forum"
    source: str  # the source name in profile.yaml
    url: str  # absolute, using base_url
    label: str  # neutral | critical | malicious
    flags: tuple[str, ...]
    relevant: bool  # False for homonyms
    title: str
    text: str
    author: str | None
    published_at: datetime  # aware UTC


@dataclass(frozen=True)
class Item:
    """A piece placed in the world: where it lives (``path``, absolute from the server root) and when."""

    kind: str  # news | web | reddit | mastodon | bluesky | forum
    piece: Piece
    path: str
    published_at: datetime
    title: str  # the piece's title, or its thread's for forum posts

    @property
    def meta(self):
        return self.piece.meta


@dataclass(frozen=True)
class Thread:
    slug: str
    title: str
    posts: tuple[Item, ...]

    @property
    def pages(self) -> int:
        return (len(self.posts) - 1) // FORUM_PAGE_SIZE + 1

    def page(self, n: int) -> tuple[Item, ...]:
        return self.posts[(n - 1) * FORUM_PAGE_SIZE : n * FORUM_PAGE_SIZE]


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60].rstrip("-")


def hashtags(text: str) -> list[str]:
    """The hashtags of a status, in order, without '#'."""
    return list(dict.fromkeys(re.findall(r"(?<![\w&])#(\w+)", text)))


def mastodon_id(piece: Piece, seq: int) -> str:
    """A snowflake-like id that grows with time and does not depend on the anchor."""
    hour, minute = map(int, piece.at.split(":"))
    minutes = (83 - piece.days_ago) * 1440 + hour * 60 + minute
    return str(113_500_000_000_000_000 + minutes * 65536 * 1000 + seq)


TOKEN = re.compile(r'"([^"]*)"|(\()|(\))|(-)(?=["\w])|([^\s()"]+)')


def matches(q: str, *fields: str) -> bool:
    """Whether the fields answer the query as search engines read it: quoted phrases and words must
    all occur (case-insensitively), ``OR`` offers alternatives, brackets group, and ``-`` or
    ``NOT`` before a phrase excludes it."""
    tokens: list[tuple[str, str]] = []
    for phrase, opening, closing, minus, word in TOKEN.findall(q):
        if opening or closing or minus:
            tokens.append(("op", opening or closing or minus))
        elif word in ("OR", "NOT", "AND"):
            tokens.append(("op", word))
        elif (phrase or word).strip():
            tokens.append(("term", (phrase or word).lower()))
    haystack = " ".join(fields).lower()
    position = 0

    def peek() -> tuple[str, str] | None:
        return tokens[position] if position < len(tokens) else None

    def any_of() -> bool:
        nonlocal position
        result = all_of()
        while peek() == ("op", "OR"):
            position += 1
            result = all_of() or result
        return result

    def all_of() -> bool:
        nonlocal position
        result = True
        while (token := peek()) is not None and token not in (("op", "OR"), ("op", ")")):
            if token == ("op", "AND"):
                position += 1
                continue
            result = one() and result
        return result

    def one() -> bool:
        nonlocal position
        kind, value = tokens[position]
        position += 1
        if kind == "op" and value in ("-", "NOT"):
            return not one()
        if kind == "op" and value == "(":
            result = any_of()
            if peek() == ("op", ")"):
                position += 1
            return result
        return kind == "term" and value in haystack

    return bool(tokens) and any_of()


class World:
    """Every item of the sample web, dated relative to ``anchor``."""

    def __init__(self, anchor: date | None = None) -> None:
        self.anchor = anchor or datetime.now(UTC).date()
        self.news = [self._item("news", p, f"/news/articles/{p.slug}.html") for p in news.ITEMS]
        self.web = [self._item("web", p, f"/web/{p.slug}.html") for p in web.ITEMS]
        self.reddit = [
            self._item("reddit", p, f"/reddit/r/{p.meta['sub']}/comments/{p.meta['id']}/{slugify(p.title)}/")
            for p in reddit.ITEMS
        ]
        self.mastodon = []
        for seq, p in enumerate(mastodon.ITEMS):
            status_id = mastodon_id(p, seq)
            piece = replace(p, meta={**p.meta, "status_id": status_id})
            self.mastodon.append(self._item("mastodon", piece, f"/mastodon/@{p.meta['user']}/{status_id}"))
        self.bluesky = [
            self._item("bluesky", p, f"/bsky/profile/{p.meta['handle']}/post/{p.meta['rkey']}") for p in bluesky.ITEMS
        ]
        self.threads = {
            slug: Thread(
                slug,
                t["title"],
                tuple(
                    self._item("forum", p, f"/forum/threads/{slug}/post-{p.slug}", t["title"])
                    for p in t["posts"]
                ),
            )
            for slug, t in forum.THREADS.items()
        }
        for sort in (self.news, self.web, self.reddit, self.mastodon, self.bluesky):
            sort.sort(key=lambda i: i.published_at, reverse=True)

    def _item(self, kind: str, piece: Piece, path: str, title: str | None = None) -> Item:
        hour, minute = map(int, piece.at.split(":"))
        day = self.anchor - timedelta(days=piece.days_ago)
        when = datetime.combine(day, time(hour, minute), tzinfo=UTC)
        return Item(kind, piece, path, when, piece.title if title is None else title)

    # What each endpoint serves, newest first.
    def alert_items(self) -> list[Item]:
        return sorted(
            (i for i in self.news + self.web if i.meta.get("alert")),
            key=lambda i: i.published_at,
            reverse=True,
        )

    def search_index(self) -> list[Item]:
        return sorted(
            (i for i in self.news + self.web if i.meta.get("indexed")),
            key=lambda i: i.published_at,
            reverse=True,
        )

    def statuses(self, tag: str) -> list[Item]:
        tag = tag.lower()
        return [i for i in self.mastodon if tag in (t.lower() for t in hashtags(i.piece.text))]

    def forum_posts(self) -> list[Item]:
        return [post for t in self.threads.values() for post in t.posts]

    def find_page(self, path: str) -> Item | None:
        """The news, web, Reddit, Mastodon or Bluesky item whose page is at ``path``."""
        for item in self.news + self.web + self.reddit + self.mastodon + self.bluesky:
            if item.path == path:
                return item
        return None


def alert_link(base_url: str, target: str, n: int) -> str:
    """A Google-style redirect link to ``target``."""
    return (
        f"{base_url}/url?rct=j&sa=t&url={quote(target, safe='')}&ct=ga"
        f"&cd=CAIyHGFzaGRvd252YWxlOmVuOkdCOlI{n:03d}&usg=AOvVaw{n:04d}sampleWebKw"
    )


def expected_mentions(base_url: str, anchor: date | None = None) -> list[Expected]:
    """Every mention the spiders should output from the sample web at ``base_url`` (see module doc)."""
    world = World(anchor)
    base_url = base_url.rstrip("/")
    rows = [
        *(("feeds", "kestwick-courier", i) for i in world.news),
        *(("feeds", "alerts", i) for i in world.alert_items()),
        *(("searxng", "web-search", i) for i in world.search_index()),
        *(("reddit", "reddit", i) for i in world.reddit),
        *(("mastodon", "mastodon", i) for i in world.mastodon),
        *(("bluesky", "bluesky", i) for i in world.bluesky),
        *(("forum", "parents-forum", i) for i in world.forum_posts()),
    ]
    return [
        Expected(
            kind=kind,
            source=source,
            url=base_url + item.path,
            label=item.piece.label,
            flags=item.piece.flags,
            relevant=item.piece.relevant,
            title=item.title if kind not in ("mastodon", "bluesky") else "",
            text=item.piece.text,
            author=item.meta.get("display", item.piece.author),
            published_at=item.published_at,
        )
        for kind, source, item in rows
        if item.piece.mentions
    ]
