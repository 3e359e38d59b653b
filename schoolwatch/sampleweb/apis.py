"""The JSON APIs: SearXNG search, Reddit search Listings and Mastodon tag timelines.

Shapes follow ``/work/shared/real-formats/{searxng,reddit,mastodon}``. SearXNG and Reddit match a
query of quoted phrases and bare words against each item's title and text (all must occur,
case-insensitively); Reddit pages with ``after``, Mastodon with ``max_id`` and a ``Link`` header.
"""

from __future__ import annotations

from html import escape
from urllib.parse import urlsplit

from schoolwatch.sampleweb.pages import paragraphs, status_html
from schoolwatch.sampleweb.world import Item, World, hashtags, matches, slugify

SEARX_PAGE_SIZE = 10


def searxng(world: World, base_url: str, q: str, pageno: int) -> dict:
    """A SearXNG ``format=json`` response for page ``pageno`` of the results for ``q``."""
    hits = [i for i in world.search_index() if matches(q, i.title, i.piece.text)]
    page = hits[(pageno - 1) * SEARX_PAGE_SIZE : pageno * SEARX_PAGE_SIZE]
    results = []
    for rank, item in enumerate(page, start=(pageno - 1) * SEARX_PAGE_SIZE + 1):
        url = base_url + item.path
        parts = urlsplit(url)
        engines = ["bing", "duckduckgo"] if rank % 3 else ["google", "bing", "duckduckgo"]
        results.append({
            "url": url,
            "title": item.title,
            "content": " ".join(item.piece.paragraphs)[:240].rsplit(" ", 1)[0] + " ...",
            "thumbnail": None,
            "engine": engines[0],
            "template": "default.html",
            "parsed_url": [parts.scheme, parts.netloc, parts.path, "", parts.query, parts.fragment],
            "img_src": "",
            "priority": "",
            "engines": engines,
            "positions": [rank] * len(engines),
            "score": round(len(engines) / rank, 4),
            "category": "general",
            "publishedDate": item.published_at.isoformat() if item.kind == "news" else None,
        })
    return {
        "query": q,
        "number_of_results": len(hits),
        "results": results,
        "answers": [],
        "corrections": [],
        "infoboxes": [],
        "suggestions": [f"{q} ofsted", f"{q} kestwick"] if results else [],
        "unresponsive_engines": [["brave", "timeout"]],
    }


def reddit_t3(item: Item, base_url: str, raw_json: bool = False) -> dict:
    p = item.piece
    sub, post_id = p.meta["sub"], p.meta["id"]
    permalink = item.path.removeprefix("/reddit")
    html = f'<!-- SC_OFF --><div class="md">{paragraphs(item)}</div><!-- SC_ON -->'
    return {"kind": "t3", "data": {
        "id": post_id,
        "name": f"t3_{post_id}",
        "title": p.title,
        "selftext": p.text,
        "selftext_html": html if raw_json else escape(html, quote=False),
        "author": p.author,
        "author_fullname": f"t2_{slugify(p.author or 'x')[:8]}",
        "subreddit": sub,
        "subreddit_id": f"t5_{sum(map(ord, sub)):x}",
        "subreddit_name_prefixed": f"r/{sub}",
        "subreddit_type": "public",
        "permalink": permalink,
        "url": base_url + item.path,
        "domain": f"self.{sub}",
        "is_self": True,
        "created": item.published_at.timestamp(),
        "created_utc": item.published_at.timestamp(),
        "edited": False,
        "num_comments": p.meta["comments"],
        "score": p.meta["score"],
        "ups": max(p.meta["score"], 0),
        "downs": 0,
        "upvote_ratio": 0.9 if p.meta["score"] > 0 else 0.3,
        "over_18": False,
        "spoiler": False,
        "locked": False,
        "stickied": False,
        "archived": False,
        "distinguished": None,
        "link_flair_text": None,
        "thumbnail": "self",
        "removed_by_category": None,
    }}


def listing(children: list[dict]) -> dict:
    """A Reddit Listing of ``children`` with no further pages."""
    return {"kind": "Listing", "data": {"after": None, "before": None, "dist": len(children), "modhash": "",
                                        "geo_filter": "", "children": children}}


def reddit_listing(
    world: World,
    base_url: str,
    q: str,
    sub: str | None,
    limit: int,
    after: str | None,
    raw_json: bool = False,
) -> dict:
    """A search Listing, newest first, ``limit`` per page, continuing after the fullname ``after``.

    As on Reddit, ``selftext_html`` is entity-escaped unless ``raw_json`` is set.
    """
    hits = [
        i for i in world.reddit
        if (sub is None or i.piece.meta["sub"].lower() == sub.lower())
        and matches(q, i.title, i.piece.text)
    ]
    names = [f"t3_{i.piece.meta['id']}" for i in hits]
    start = names.index(after) + 1 if after in names else 0
    page = hits[start : start + limit]
    more = start + limit < len(hits)
    return {"kind": "Listing", "data": {
        "after": names[start + limit - 1] if more else None,
        "before": None,
        "dist": len(page),
        "modhash": "",
        "geo_filter": "",
        "children": [reddit_t3(i, base_url, raw_json) for i in page],
    }}


def mastodon_status(item: Item, base_url: str) -> dict:
    p = item.piece
    user, status_id = p.meta["user"], p.meta["status_id"]
    account_id = str(109_000_000_000_000_000 + sum(map(ord, user)) * 104_729)
    return {
        "id": status_id,
        "created_at": item.published_at.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "in_reply_to_id": None,
        "in_reply_to_account_id": None,
        "sensitive": False,
        "spoiler_text": "",
        "visibility": "public",
        "language": "en",
        "uri": f"{base_url}/mastodon/users/{user}/statuses/{status_id}",
        "url": base_url + item.path,
        "replies_count": len(user) % 4,
        "reblogs_count": len(p.text) % 7,
        "favourites_count": len(p.text) % 23,
        "edited_at": None,
        "content": status_html(base_url, item),
        "reblog": None,
        "application": None,
        "account": {
            "id": account_id,
            "username": user,
            "acct": user,
            "display_name": p.meta["display"],
            "locked": False,
            "bot": False,
            "discoverable": True,
            "group": False,
            "created_at": "2023-02-01T00:00:00.000Z",
            "note": "",
            "url": f"{base_url}/mastodon/@{user}",
            "uri": f"{base_url}/mastodon/users/{user}",
            "avatar": f"{base_url}/mastodon/avatars/original/missing.png",
            "avatar_static": f"{base_url}/mastodon/avatars/original/missing.png",
            "header": f"{base_url}/mastodon/headers/original/missing.png",
            "header_static": f"{base_url}/mastodon/headers/original/missing.png",
            "followers_count": 40 + len(user) * 3,
            "following_count": 25,
            "statuses_count": 120,
            "last_status_at": item.published_at.date().isoformat(),
            "emojis": [],
            "fields": [],
        },
        "media_attachments": [],
        "mentions": [],
        "tags": [
            {"name": t.lower(), "url": f"{base_url}/mastodon/tags/{t.lower()}"} for t in hashtags(p.text)
        ],
        "emojis": [],
        "card": None,
        "poll": None,
    }


def mastodon_timeline(
    world: World, base_url: str, tag: str, limit: int, max_id: str | None, since_id: str | None
) -> tuple[list[dict], str | None]:
    """One page of a tag timeline, newest first, and the ``Link`` header value (or None)."""
    statuses = world.statuses(tag)
    if max_id:
        statuses = [i for i in statuses if int(i.piece.meta["status_id"]) < int(max_id)]
    if since_id:
        statuses = [i for i in statuses if int(i.piece.meta["status_id"]) > int(since_id)]
    page = statuses[:limit]
    link = None
    if page:
        url = f"{base_url}/mastodon/api/v1/timelines/tag/{tag}?limit={limit}"
        newest, oldest = page[0].piece.meta["status_id"], page[-1].piece.meta["status_id"]
        links = [f'<{url}&min_id={newest}>; rel="prev"']
        if len(statuses) > limit:
            links.insert(0, f'<{url}&max_id={oldest}>; rel="next"')
        link = ", ".join(links)
    return [mastodon_status(i, base_url) for i in page], link


def bluesky_post(item: Item) -> dict:
    """A ``postView`` as ``app.bsky.feed.searchPosts`` returns it."""
    p = item.piece
    did = "did:plc:" + "".join(c for c in p.meta["handle"] if c.isalnum())[:24]
    created = item.published_at.strftime("%Y-%m-%dT%H:%M:%S.000Z")
    return {
        "uri": f"at://{did}/app.bsky.feed.post/{p.meta['rkey']}",
        "cid": "bafyrei" + p.meta["rkey"] * 3,
        "author": {"did": did, "handle": p.meta["handle"], "displayName": p.meta["display"],
                   "avatar": f"https://cdn.bsky.app/img/avatar/plain/{did}/x@jpeg", "labels": []},
        "record": {"$type": "app.bsky.feed.post", "text": p.text, "createdAt": created, "langs": ["en"]},
        "replyCount": len(p.text) % 5, "repostCount": len(p.text) % 3, "likeCount": len(p.text) % 17,
        "quoteCount": 0, "indexedAt": created, "labels": [],
    }


def bluesky_search(world: World, q: str, limit: int, cursor: str | None) -> dict:
    """One page of post search, newest first; ``cursor`` is the offset of the next page."""
    hits = [i for i in world.bluesky if matches(q, i.piece.text)]
    start = int(cursor) if cursor and cursor.isdigit() else 0
    page = hits[start : start + limit]
    answer: dict = {"posts": [bluesky_post(i) for i in page], "hitsTotal": len(hits)}
    if start + limit < len(hits):
        answer["cursor"] = str(start + limit)
    return answer
