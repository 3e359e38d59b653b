"""Scrapy commands of this project (``COMMANDS_MODULE``): ``crawl`` checks the config first."""
