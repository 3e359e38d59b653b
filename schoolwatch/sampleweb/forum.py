"""The Kestwick Parents Forum's HTML: the thread index and thread pages, five posts a page.

Each post is ``<article class="post" id="post-<n>">`` with ``span.author``, ``time[datetime]``,
``div.content`` (an earlier post it quotes comes first, in ``<blockquote>``) and
``a.permalink``; a page with more posts after it has ``<a rel="next">``.
"""

from __future__ import annotations

from html import escape

from schoolwatch.sampleweb.pages import document, paragraphs, when
from schoolwatch.sampleweb.world import Item, Thread, World


def index(world: World) -> str:
    """The forum's front page, threads with the latest activity first."""
    threads = sorted(world.threads.values(), key=lambda t: t.posts[-1].published_at, reverse=True)
    rows = "\n".join(
        f"""<li class="thread">
<a class="thread-link" href="/forum/threads/{t.slug}/">{escape(t.title)}</a>
<span class="starter">by {escape(t.posts[0].piece.author or "")}</span>
<span class="replies">{len(t.posts) - 1} replies</span>
<span class="last-post">last post {when(t.posts[-1])}</span>
</li>"""
        for t in threads
    )
    body = f"""{header()}
<main>
<h1>Kestwick Parents Forum</h1>
<p class="intro">Chat about schools, clubs and family life in Kestwick. Be kind; read the rules.</p>
<section class="forum-section"><h2>Schools &amp; Education</h2>
<ul class="thread-list">
{rows}
</ul></section>
</main>
{footer()}"""
    return document("Kestwick Parents Forum", body)


def header() -> str:
    return """<header class="forum-header"><a class="logo" href="/forum/">Kestwick Parents Forum</a>
<nav><a href="/forum/">Forums</a> <a href="/forum/">What's new</a> <a href="/forum/">Members</a>
<a href="/forum/">Log in</a> <a href="/forum/">Register</a></nav></header>"""


def footer() -> str:
    return """<footer class="forum-footer"><a href="/forum/">Forum rules</a> ·
<a href="/forum/">Contact the mods</a> · <a href="/forum/">Privacy</a>
<p>Kestwick Parents Forum is run by volunteers.</p></footer>"""


def post_html(thread: Thread, item: Item) -> str:
    n = item.piece.slug
    quoted = item.piece.meta.get("quote")
    quote = ""
    if quoted:
        source = thread.posts[quoted - 1].piece
        quote = (
            f'<blockquote class="quote"><cite>{escape(source.author or "")} said:</cite>'
            f"{''.join(f'<p>{escape(p)}</p>' for p in source.paragraphs)}</blockquote>\n"
        )
    return f"""<article class="post" id="post-{n}">
<header class="post-header"><span class="author">{escape(item.piece.author or "")}</span>
{when(item)}
<a class="permalink" href="/forum/threads/{thread.slug}/post-{n}">#{n}</a></header>
<div class="content">
{quote}{paragraphs(item)}
</div>
<footer class="post-footer"><a href="#">Like</a> <a href="#">Reply</a> <a href="#">Report</a></footer>
</article>"""


def thread_page(thread: Thread, page: int) -> str:
    """Page ``page`` (from 1) of a thread."""
    posts = "\n".join(post_html(thread, item) for item in thread.page(page))
    base = f"/forum/threads/{thread.slug}/"
    pager = " ".join(
        f'<a href="{base}{"" if n == 1 else f"?page={n}"}"{" class=current" if n == page else ""}>{n}</a>'
        for n in range(1, thread.pages + 1)
    )
    if page > 1:
        pager = f'<a rel="prev" href="{base}{"" if page == 2 else f"?page={page - 1}"}">‹ Prev</a> ' + pager
    if page < thread.pages:
        pager += f' <a rel="next" href="{base}?page={page + 1}">Next ›</a>'
    body = f"""{header()}
<main>
<nav class="breadcrumb"><a href="/forum/">Forums</a> › <a href="/forum/">Schools &amp; Education</a></nav>
<h1>{escape(thread.title)}</h1>
<nav class="pager">Page {page} of {thread.pages}: {pager}</nav>
{posts}
<nav class="pager">{pager}</nav>
<section class="reply"><p>You must log in or register to reply here.</p></section>
</main>
{footer()}"""
    suffix = f" | Page {page}" if page > 1 else ""
    canonical = base if page == 1 else f"{base}?page={page}"
    return document(f"{thread.title}{suffix} | Kestwick Parents Forum", body, canonical=canonical)
