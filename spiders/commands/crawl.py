"""``scrapy crawl KIND [-a source=NAME]``, with the config checked before Scrapy starts.

Scrapy's own command builds the spider inside the reactor, so a bad config or a missing
``-a source=`` ended in a traceback. This one loads the config the way ``schoolwatch`` does and
says what is wrong in one line (exit status 2), then hands over to Scrapy's command.
"""

from __future__ import annotations

import argparse
import sys

from scrapy.commands import crawl

from schoolwatch.errors import ConfigError


class Command(crawl.Command):
    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) == 1:
            problem = self.problem_with(args[0], dict(opts.spargs).get("source", ""))
            if problem:
                print(f"scrapy crawl: {problem}", file=sys.stderr)
                self.exitcode = 2
                return
        super().run(args, opts)

    @staticmethod
    def problem_with(kind: str, source: str) -> str | None:
        from schoolwatch.config import default_config_path, load_config
        from spiders.run import SPIDERS

        if kind not in SPIDERS:
            return None  # Scrapy says which spiders exist
        try:
            SPIDERS[kind].pick_source(load_config(default_config_path()), source)
        except (ConfigError, ValueError) as exc:
            return str(exc)
        return None
