"""Scrapy's log lines without the items in them.

Scrapy logs every scraped and dropped item with its full contents. Ours hold abusive text and
personal data from strangers' posts, which must never reach a log: one line per decision, with the
URL and the reason only, and drops at DEBUG (they are normal: homonyms, duplicates).
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy.logformatter import LogFormatter, LogFormatterResult


class QuietLogFormatter(LogFormatter):
    def scraped(self, item: Any, response: Any, spider: Any) -> LogFormatterResult:
        return {"level": logging.DEBUG, "msg": "scraped %(url)s", "args": {"url": getattr(item, "url", "?")}}

    def dropped(self, item: Any, exception: BaseException, response: Any, spider: Any = None) -> LogFormatterResult:
        return {"level": logging.DEBUG, "msg": "dropped: %(reason)s", "args": {"reason": str(exception)}}

    def item_error(self, item: Any, exception: BaseException, response: Any, spider: Any = None) -> LogFormatterResult:
        return {"level": logging.ERROR, "msg": "error processing %(url)s", "args": {"url": getattr(item, "url", "?")}}
