"""The component lists read as the data flow, and every spider is the kind its file names."""

from __future__ import annotations

from pathlib import Path

from spiders import settings
from spiders.run import SPIDERS


def test_pipelines_run_in_the_order_the_data_flows():
    order = sorted(settings.ITEM_PIPELINES, key=settings.ITEM_PIPELINES.get)
    assert [path.split(".")[2] for path in order] == [
        "normalise", "check_relevance", "deduplicate", "secure_evidence", "store_mention",
    ]


def test_each_spider_lives_in_the_file_named_for_its_kind():
    sources = Path(settings.__file__).parent / "sources"
    for kind, spider in SPIDERS.items():
        assert spider.__module__ == f"spiders.sources.{kind}"
        assert (sources / f"{kind}.py").exists()
