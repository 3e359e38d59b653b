"""Forums and review sites: thread lists, thread pages (paginated), one mention per post.

Config: ``kind: forum``, ``start_urls`` (thread list pages), ``preset`` (generic, phpbb, xenforo,
reviews: see spiders/presets.py), ``selectors`` (CSS for thread links, posts, author, date, text,
permalink, title, next page, each replacing the preset's), ``max_pages`` (per thread and per list).
Quoted earlier posts are left out of a post's text: the quote is the other post's mention.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from parsel import Selector
from scrapy import Request
from scrapy.http import Response

from schoolwatch.config import ForumSource, Profile
from spiders.extract import parse_date, read_json, strip_html
from spiders.items import MentionItem
from spiders.presets import forum_selectors
from spiders.sources.base import SourceSpider, followable, is_html


class ForumSpider(SourceSpider):
    name = "forum"
    platform = "forum"

    def requests(self, source: ForumSource, profile: Profile) -> Iterator[Request]:
        for url in source.start_urls:
            if source.preset == "discourse":
                # A Discourse site or category; its topic list as JSON (``/latest.json``).
                url = url if url.endswith(".json") else url.rstrip("/") + "/latest.json"
                yield Request(url, callback=self.parse_topic_list, errback=self.listing_failed, cb_kwargs={"page": 1})
            else:
                yield Request(url, callback=self.parse_index, errback=self.listing_failed, cb_kwargs={"page": 1})

    def parse_index(self, response: Response, page: int) -> Iterator[Request | MentionItem]:
        if not is_html(response):
            self.source_problem(response, "thread list is not an HTML page")
            return
        selectors = forum_selectors(self.source)
        if page == 1 and response.css(selectors.post):
            # A start page that is itself a page of posts (a school's page on a review site).
            yield from self.parse_thread(response, page=self.source.max_pages)
        for url in filter(None, (followable(response, href) for href in response.css(selectors.thread_link).getall())):
            yield Request(url, callback=self.parse_thread, errback=self.listing_failed, cb_kwargs={"page": 1})
        next_page = followable(response, response.css(selectors.next_page).get())
        if next_page and page < self.source.max_pages:
            yield Request(next_page, callback=self.parse_index, errback=self.listing_failed, cb_kwargs={"page": page + 1})

    def parse_thread(self, response: Response, page: int) -> Iterator[Request | MentionItem]:
        if not is_html(response):
            return
        selectors = forum_selectors(self.source)
        thread_title = strip_html(response.css(selectors.title).get())
        for position, post in enumerate(response.css(selectors.post)):
            text = post_text(post, selectors.text)
            permalink = followable(response, post.css(selectors.permalink).get()) or own_anchor(response, post)
            if not text or not permalink:
                self.crawler.stats.inc_value("schoolwatch/forum/post_unreadable")
                continue
            yield self.mention(
                response,
                url=permalink,
                # The title belongs to the thread's opening post; replies are only posted under it.
                title=thread_title if page == 1 and position == 0 else "",
                text=text,
                author=strip_html(post.css(selectors.author).get()) or None,
                published_at=parse_date(post.css(selectors.date).get()),
                # The page title usually carries the forum's name too ("... | Kestwick Parents Forum").
                context=f"{thread_title}\n{strip_html(response.css('title::text').get())}",
            )
        next_page = followable(response, response.css(selectors.next_page).get())
        if next_page and page < self.source.max_pages:
            yield Request(next_page, callback=self.parse_thread, errback=self.listing_failed, cb_kwargs={"page": page + 1})


    # -- Discourse, through its JSON API ------------------------------------------------------------

    def parse_topic_list(self, response: Response, page: int) -> Iterator[Request]:
        try:
            topic_list = read_json(response.body)["topic_list"]
            topics = topic_list["topics"]
            assert isinstance(topics, list)
        except (ValueError, KeyError, TypeError, AssertionError):
            self.source_problem(response, "not a Discourse topic list")
            return
        root = site_root(response.url)
        yield from self.each_readable(topics, lambda topic: self.topic_requests(root, topic))
        more = topic_list.get("more_topics_url")
        if more and page < self.source.max_pages:
            path, _, query = str(more).partition("?")
            url = f"{root}{path if path.endswith('.json') else path + '.json'}" + (f"?{query}" if query else "")
            yield Request(url, callback=self.parse_topic_list, errback=self.listing_failed, cb_kwargs={"page": page + 1})

    def parse_topic(self, response: Response) -> Iterator[MentionItem]:
        try:
            topic = read_json(response.body)
            posts = topic["post_stream"]["posts"]
            assert isinstance(posts, list)
        except (ValueError, KeyError, TypeError, AssertionError):
            self.source_problem(response, "not a Discourse topic")
            return
        root, title = site_root(response.url), strip_html(str(topic.get("title") or ""))
        url = f"{root}/t/{topic.get('slug')}/{topic.get('id')}"
        yield from self.each_readable(posts, lambda post: self.discourse_post_mentions(response, url, title, post))

    def topic_requests(self, root: str, topic: Any) -> Iterator[Request]:
        """The request for one listed topic's posts."""
        if isinstance(topic, dict) and topic.get("id") and topic.get("slug"):
            yield Request(f"{root}/t/{topic['slug']}/{topic['id']}.json", callback=self.parse_topic, errback=self.listing_failed)

    def discourse_post_mentions(self, response: Response, topic_url: str, title: str, post: Any) -> Iterator[MentionItem]:
        """One post of a topic; none for a post with no words."""
        if not isinstance(post, dict) or not post.get("cooked"):
            return
        yield self.mention(
            response,
            url=f"{topic_url}/{post.get('post_number')}",
            title=title if post.get("post_number") == 1 else "",
            text=strip_html(str(post["cooked"])),
            author=str(post.get("username") or "") or None,
            published_at=parse_date(post.get("created_at")),
            context=title,
        )


def own_anchor(response: Response, post: Selector) -> str | None:
    """The page's address with the post's own ``id`` as the fragment, for posts without a link."""
    anchor = post.attrib.get("id")
    return f"{response.url.split('#')[0]}#{anchor}" if anchor else None


def site_root(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def post_text(post: Selector, css: str) -> str:
    """The post's own words: its content block without quoted earlier posts."""
    content = post.css(css)
    if not content:
        return ""
    for quote in content.css("blockquote"):
        quote.drop()
    return strip_html(content[0].get())
