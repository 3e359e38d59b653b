"""HTML pages a reader (or a main-text extractor) sees: news articles, web pages, Reddit posts,
Mastodon statuses. Each page has the boilerplate real sites have (cookie banner, navigation,
related links, footer) around one ``<article>``. Every piece of text goes through ``html.escape``.
"""

from __future__ import annotations

from html import escape

from schoolwatch.sampleweb.world import Item, World, hashtags

COOKIE_BANNER = (
    '<div class="cookie-banner" role="dialog" aria-label="Cookie consent"><p>We and our '
    "partners use cookies to personalise content and ads and to analyse our traffic. You can "
    'change your choices at any time.</p><button type="button">Accept all</button> '
    '<button type="button">Manage preferences</button></div>'
)


def when(item: Item) -> str:
    at = item.published_at
    return f'<time datetime="{at.isoformat()}">{at.day} {at:%B %Y, %H:%M}</time>'


def paragraphs(item: Item) -> str:
    return "\n".join(f"<p>{escape(p)}</p>" for p in item.piece.paragraphs)


def document(title: str, body: str, *, description: str = "", canonical: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
<meta name="description" content="{escape(description)}">
<link rel="canonical" href="{escape(canonical)}">
<link rel="stylesheet" href="/static/site.css">
</head>
<body>
{COOKIE_BANNER}
{body}
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({{"page": "article"}});</script>
</body>
</html>
"""


def news_article(world: World, item: Item) -> str:
    """A Kestwick Courier article page."""
    p = item.piece
    related = [i for i in world.news if i is not item][:4]
    links = "\n".join(f'<li><a href="{i.path}">{escape(i.title)}</a></li>' for i in related)
    body = f"""<header class="masthead">
<a class="logo" href="/news/">The Kestwick Courier</a>
<nav class="sections"><ul><li><a href="/news/">News</a></li><li><a href="/news/">Education</a></li>
<li><a href="/news/">Sport</a></li><li><a href="/news/">What's On</a></li><li><a href="/news/">Letters</a></li>
<li><a href="/news/">Jobs</a></li></ul></nav>
<form class="search" action="/news/"><input name="q" placeholder="Search the Courier"></form>
</header>
<main>
<nav class="breadcrumb"><a href="/news/">Home</a> › <a href="/news/">{escape(p.meta["section"])}</a></nav>
<article class="story">
<h1>{escape(p.title)}</h1>
<p class="standfirst">{escape(p.meta["summary"])}</p>
<div class="byline">By <span class="author" rel="author">{escape(p.author or "")}</span> · {when(item)}</div>
<div class="share">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>
<div class="story-body">
{paragraphs(item)}
</div>
<p class="tags">Topics: <a href="/news/">{escape(p.meta["section"])}</a> <a href="/news/">Kestwick</a></p>
</article>
<aside class="related"><h2>More from the Courier</h2><ul>
{links}
</ul></aside>
<section class="newsletter"><h2>Get the Courier in your inbox</h2><p>Sign up for our free daily
newsletter: the morning's Kestwick headlines, straight to your inbox.</p>
<form><input type="email" placeholder="Email address"><button>Sign up</button></form></section>
<div class="advert">Advertisement</div>
</main>
<footer class="site-footer"><p>© The Kestwick Courier. All rights reserved. Registered in England.</p>
<ul><li><a href="/news/">Contact us</a></li><li><a href="/news/">Complaints</a></li>
<li><a href="/news/">Privacy notice</a></li><li><a href="/news/">Cookie settings</a></li></ul></footer>"""
    title = f"{p.title} | The Kestwick Courier"
    return document(title, body, description=p.meta["summary"], canonical=item.path)


def news_index(world: World) -> str:
    rows = "\n".join(f'<li><a href="{i.path}">{escape(i.title)}</a> {when(i)}</li>' for i in world.news)
    body = f"""<header class="masthead"><a class="logo" href="/news/">The Kestwick Courier</a></header>
<main><h1>Latest news</h1><ul>
{rows}
</ul></main>"""
    return document("The Kestwick Courier – latest news from Kestwick", body)


EXTRAS = {
    "review": lambda p: (
        f'<p class="rating" aria-label="{p.meta["rating"]} out of 5 stars">'
        f'{"★" * p.meta["rating"]}{"☆" * (5 - p.meta["rating"])}</p>'
    ),
    "jobs": lambda p: (
        '<dl class="job-facts"><dt>Location</dt><dd>Kestwick</dd><dt>Contract</dt>'
        "<dd>Permanent, term time only</dd><dt>Salary</dt><dd>Grade 4, pro rata</dd></dl>"
    ),
    "official": lambda p: '<p class="verified">✔ Official page · 2.1K followers</p>',
    "shop": lambda p: '<p class="offer">Winter Sale – while stocks last</p>',
}

SIDEBARS = {
    "blog": (
        "<h2>About me</h2><p>Parent, tea drinker, occasional ranter.</p>"
        "<h2>Archives</h2><ul><li>November</li><li>October</li></ul>"
    ),
    "review": "<h2>How reviews work</h2><p>Reviews are posted by parents, not checked by the school.</p>",
    "community": "<h2>Noticeboard rules</h2><p>Be kind. No adverts without permission.</p>",
    "jobs": "<h2>Apply</h2><p>Download the application pack and return it to the school office.</p>",
    "official": "<h2>Contact us</h2><p>Message this page for the fastest reply.</p>",
    "shop": "<h2>Opening hours</h2><p>Mon–Sat 9–5, Sun 10–4</p>",
    "sport": "<h2>Club shop</h2><p>New home shirts in stock now.</p>",
    "planning": "<h2>Comment on this application</h2><p>Comments must include your name and address.</p>",
    "paste": "<h2>Public paste</h2><p>Expires: never</p>",
}


def web_page(item: Item) -> str:
    """A page on the wider web (blog post, review, job advert, fake official page...)."""
    p = item.piece
    template, site = p.meta["template"], p.meta["site"]
    extra = EXTRAS.get(template, lambda p: "")(p)
    author = f'<span class="author">{escape(p.author)}</span> · ' if p.author else ""
    body = f"""<header class="site-header">
<a class="site-title" href="#">{escape(site)}</a>
<nav><ul><li><a href="#">Home</a></li><li><a href="#">About</a></li><li><a href="#">Contact</a></li></ul></nav>
</header>
<div class="wrap">
<main>
<article class="entry {template}">
<h1 class="entry-title">{escape(p.title)}</h1>
<div class="entry-meta">{author}{when(item)}</div>
{extra}
<div class="entry-content">
{paragraphs(item)}
</div>
<footer class="entry-footer"><a href="#">Share</a> · <a href="#">Report this page</a></footer>
</article>
<section class="comments"><h2>Leave a comment</h2><form><textarea></textarea><button>Post</button></form></section>
</main>
<aside class="sidebar">{SIDEBARS.get(template, "")}</aside>
</div>
<footer class="site-footer"><p>© {escape(site)}. Powered by PressKit.</p><a href="#">Privacy</a></footer>"""
    return document(f"{p.title} – {site}", body, canonical=item.path)


def reddit_post(item: Item) -> str:
    """The HTML page of a Reddit post, as a takedown re-check would fetch it."""
    p = item.piece
    sub = p.meta["sub"]
    body = f"""<header class="reddit-header"><a href="/reddit/">reddit</a> <a href="/reddit/r/{sub}/">r/{sub}</a></header>
<main>
<article class="post" id="t3_{p.meta["id"]}">
<h1>{escape(p.title)}</h1>
<p class="tagline">submitted {when(item)} by <a class="author" href="/reddit/user/{escape(p.author or "")}">u/{escape(p.author or "[deleted]")}</a></p>
<div class="usertext-body md">
{paragraphs(item)}
</div>
<p class="score">{p.meta["score"]} points · {p.meta["comments"]} comments</p>
</article>
<section class="commentarea"><p>Log in or sign up to leave a comment.</p></section>
</main>
<footer><a href="#">User agreement</a> · <a href="#">Content policy</a></footer>"""
    return document(f"{p.title} : r/{sub}", body, canonical=item.path)


def bluesky_post(item: Item) -> str:
    """A Bluesky post's page, as a takedown re-check would fetch it."""
    p = item.piece
    body = f"""<main><article class="post">
<p class="author"><strong>{escape(p.meta["display"])}</strong> @{escape(p.meta["handle"])}</p>
{paragraphs(item)}
<p class="when">{when(item)}</p>
</article></main>"""
    return document(f"{p.meta['display']} on Bluesky", body, canonical=item.path)


def status_html(base_url: str, item: Item) -> str:
    """A status's ``content``: paragraphs, with hashtags as Mastodon links."""
    out = []
    for para in item.piece.paragraphs:
        html = escape(para)
        for tag in hashtags(para):
            link = (
                f'<a href="{base_url}/mastodon/tags/{tag.lower()}" class="mention hashtag" '
                f'rel="tag">#<span>{tag}</span></a>'
            )
            html = html.replace(f"#{tag}", link, 1)
        out.append(f"<p>{html}</p>")
    return "".join(out)


def mastodon_status(base_url: str, item: Item) -> str:
    """The HTML page of a Mastodon status."""
    p = item.piece
    user = p.meta["user"]
    body = f"""<header><a href="/mastodon/">kestwick.social</a></header>
<main>
<article class="status" id="status-{p.meta["status_id"]}">
<header><a class="display-name" href="/mastodon/@{user}">{escape(p.meta["display"])}</a>
<span class="acct">@{user}@kestwick.social</span></header>
<div class="status__content">{status_html(base_url, item)}</div>
<a class="status__date" href="{item.path}">{when(item)}</a>
</article>
</main>
<footer>kestwick.social is a Mastodon server for Kestwick folk.</footer>"""
    title = f"{p.meta['display']}: \"{p.text[:60]}…\" - kestwick.social"
    return document(title, body, canonical=item.path)
