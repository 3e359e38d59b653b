"""The two feeds: the Kestwick Courier's RSS 2.0 and a Google-Alerts-style Atom feed.

The Atom feed copies the real shape (``/work/shared/real-formats/google_alerts``): ``title`` and
``content`` of type html with the keyword in ``<b>``, a ``/url?...&url=<target>`` redirect link,
an empty ``author/name`` and ``tag:google.com,2013:googlealerts/feed:<n>`` ids.
"""

from __future__ import annotations

import re
from email.utils import format_datetime
from html import escape as html_escape

from schoolwatch.sampleweb.world import Item, World, alert_link

ALERT_KEYWORDS = ("Ashdown Vale", "Priya Lambert", "Tom Hollis", "Grace Okafor")


def escape(text: str) -> str:
    """Escape for an XML text node (apostrophes and quotes stay as they are)."""
    return html_escape(text, quote=False)


def rss(world: World, base_url: str) -> str:
    """The Courier's RSS 2.0 feed, newest first."""
    items = []
    for item in world.news:
        p, link = item.piece, base_url + item.path
        items.append(f"""<item>
<title>{escape(p.title)}</title>
<link>{escape(link)}</link>
<description>{escape(p.meta["summary"])}</description>
<category>{escape(p.meta["section"])}</category>
<pubDate>{format_datetime(item.published_at, usegmt=True)}</pubDate>
<guid isPermaLink="true">{escape(link)}</guid>
<dc:creator>{escape(p.author or "")}</dc:creator>
</item>""")
    updated = format_datetime(world.news[0].published_at, usegmt=True)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>The Kestwick Courier</title>
<link>{base_url}/news/</link>
<atom:link href="{base_url}/news/rss.xml" rel="self" type="application/rss+xml"/>
<description>News, sport and what's on in Kestwick and district</description>
<language>en-gb</language>
<lastBuildDate>{updated}</lastBuildDate>
<ttl>30</ttl>
{chr(10).join(items)}
</channel>
</rss>
"""


def bold_keywords(text: str) -> str:
    """HTML-escape ``text`` and put the alert's keywords in ``<b>``, as Google does."""
    pattern = "|".join(re.escape(escape(k)) for k in ALERT_KEYWORDS)
    return re.sub(f"({pattern})", r"<b>\1</b>", escape(text), flags=re.IGNORECASE)


def snippet(item: Item) -> str:
    text = " ".join(item.piece.paragraphs)
    found = [m.start() for k in ALERT_KEYWORDS if (m := re.search(re.escape(k), text, re.I))]
    start = max(0, min(found, default=0) - 60)
    start = text.rfind(" ", 0, start) + 1 if start else 0
    words = text[start : start + 220].rsplit(" ", 1)[0]
    return ("... " if start else "") + words


def atom(world: World, base_url: str) -> str:
    """The Google-Alerts-style Atom feed linking to web pages and Courier articles."""
    entries = []
    for item in world.alert_items():
        n = 6_225_395_255_318_560_000 + sum(map(ord, item.path)) * 7919 % 1_000_000
        link = alert_link(base_url, base_url + item.path, n % 1000)
        stamp = item.published_at.strftime("%Y-%m-%dT%H:%M:%SZ")
        entries.append(f"""<entry>
<id>tag:google.com,2013:googlealerts/feed:{n}</id>
<title type="html">{escape(bold_keywords(item.title))}</title>
<link href="{html_escape(link)}"></link>
<published>{stamp}</published>
<updated>{stamp}</updated>
<content type="html">{escape(bold_keywords(snippet(item)) + "&nbsp;...")}</content>
<author><name></name></author>
</entry>""")
    updated = world.alert_items()[0].published_at.strftime("%Y-%m-%dT%H:%M:%SZ")
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<id>tag:google.com,2005:reader/user/00000000000000000000/state/com.google/alerts/1000000000000000000</id>
<title>Google Alert - Ashdown Vale</title>
<link href="{base_url}/alerts/feed.xml" rel="self"></link>
<updated>{updated}</updated>
{chr(10).join(entries)}
</feed>
"""
