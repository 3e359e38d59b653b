"""The sample web: a fictional school's online world over twelve weeks, served on 127.0.0.1.

It is the content of ``schoolwatch demo`` and the home of the spiders' test fixtures. Everyone and
everything in it is invented. ``profile.yaml`` is the demo's config (``{base}`` stands for the
server's base URL); :func:`expected_mentions` is the ground truth the crawl is checked against.

    with SampleWeb() as web:
        config = web.config_text()
        truth = expected_mentions(web.base_url, web.world.anchor)
"""

from schoolwatch.sampleweb.server import SampleWeb
from schoolwatch.sampleweb.world import Expected, World, expected_mentions

__all__ = ["Expected", "SampleWeb", "World", "expected_mentions"]
