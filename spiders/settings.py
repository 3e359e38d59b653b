"""Polite defaults and the component lists. Values that come from the config (User-Agent contact,
delays, the size cap, the database, the profile) are set by ``spiders.run.crawl_settings``."""

BOT_NAME = "schoolwatch"
SPIDER_MODULES = ["spiders.sources"]
NEWSPIDER_MODULE = "spiders.sources"
COMMANDS_MODULE = "spiders.commands"  # `scrapy crawl` checks the config and -a source= first

ROBOTSTXT_OBEY = True
USER_AGENT = "schoolwatch (+https://github.com/schoolwatch)"
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 5 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 2
COOKIES_ENABLED = False
DEFAULT_REQUEST_HEADERS = {
    "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    "Accept-Language": "en-GB,en;q=0.8",
    # No idle keep-alive connections: a polite crawl makes few requests per site anyway, and Scrapy's
    # close of idle pooled connections races its own timeout at the end of a crawl (a Twisted
    # AlreadyCalledError traceback on the terminal).
    "Connection": "close",
}
TELNETCONSOLE_ENABLED = False
# Only the web: a link a stranger wrote is never followed to a file:, ftp:, s3: or data: URL, and
# every crawler of a crawl skips building those handlers.
DOWNLOAD_HANDLERS = {"file": None, "ftp": None, "s3": None, "data": None}
# Scrapy's check for `return value` in generator callbacks reparses the callback's source for
# nearly every response (its cache is keyed by short-lived bound methods): a developer's aid that
# costs milliseconds a page. The pipelines are synchronous, so a hundred parallel item slots per
# response (Scrapy's default) are a hundred idle asyncio tasks per response; a few do the same work.
WARN_ON_GENERATOR_RETURN_VALUE = False
CONCURRENT_ITEMS = 8
REDIRECT_MAX_TIMES = 5
LOG_LEVEL = "INFO"
LOG_FORMATTER = "spiders.logformatter.QuietLogFormatter"

DOWNLOADER_MIDDLEWARES = {
    "spiders.middlewares.guard_addresses.GuardAddressesMiddleware": 50,
    # Scrapy's own robots.txt middleware, with the parsed files shared by the sources of a crawl.
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "spiders.middlewares.share_robots.ShareRobotsTxtMiddleware": 100,
    # Last, next to the downloader: the sources of one crawl share the per-host limit.
    "spiders.middlewares.share_hosts.ShareHostsMiddleware": 990,
}

# Ordered as the data flows; tests/spiders/test_settings.py keeps this list honest.
ITEM_PIPELINES = {
    "spiders.pipelines.normalise.NormalisePipeline": 100,
    "spiders.pipelines.check_relevance.CheckRelevancePipeline": 200,
    "spiders.pipelines.deduplicate.DeduplicatePipeline": 300,
    "spiders.pipelines.secure_evidence.SecureEvidencePipeline": 400,
    "spiders.pipelines.store_mention.StoreMentionPipeline": 500,
}

EXTENSIONS = {
    "spiders.extensions.record_crawl_run.RecordCrawlRun": 500,
    "spiders.extensions.show_progress.ShowProgress": 510,
}
