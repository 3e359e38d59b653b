"""`schoolwatch evaluate --relevance`: how well the crawl keeps what is about the school and drops
homonyms, measured through the real spiders and pipelines on the sample web's labelled pages.

Every mention the sample web serves is labelled (``schoolwatch.sampleweb.expected_mentions``): about
the school or its staff, or a homonym (a road, a football club, a namesake in another town). The
crawl stores what its relevance check keeps; precision and recall compare that with the labels.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from sqlmodel import select

from scheduler import jobs
from schoolwatch.demo import demo_config
from schoolwatch.sampleweb import SampleWeb, expected_mentions
from store.db import session_scope
from store.models import Mention


def measure_relevance() -> dict[str, Any]:
    """Crawl the sample web into a throw-away store; precision and recall of what was kept."""
    with tempfile.TemporaryDirectory(prefix="schoolwatch-relevance-") as folder, SampleWeb() as web:
        config = demo_config(web, Path(folder))
        jobs.crawl(config)
        engine, _ = jobs.store_for(config)
        with session_scope(engine) as session:
            kept = set(session.exec(select(Mention.url)))
        engine.dispose()
        labelled = {e.url: e.relevant for e in expected_mentions(web.base_url)}
    relevant = {url for url, about_us in labelled.items() if about_us}
    homonyms = set(labelled) - relevant
    kept_labelled = kept & set(labelled)
    true_positives = len(kept_labelled & relevant)
    return {
        "pages": len(labelled),
        "relevant": len(relevant),
        "homonyms": len(homonyms),
        "kept": len(kept_labelled),
        "precision": true_positives / len(kept_labelled) if kept_labelled else 0.0,
        "recall": true_positives / len(relevant) if relevant else 0.0,
        "missed": sorted(relevant - kept),
        "wrongly_kept": sorted(kept_labelled & homonyms),
    }


def to_markdown(result: dict[str, Any]) -> str:
    lines = [
        f"### Relevance on the sample web ({result['pages']} labelled mentions: "
        f"{result['relevant']} about the school or staff, {result['homonyms']} homonyms)",
        "",
        "| precision | recall | kept |",
        "| ---: | ---: | ---: |",
        f"| {result['precision']:.3f} | {result['recall']:.3f} | {result['kept']} |",
    ]
    lines += [f"- missed: {url}" for url in result["missed"]]
    lines += [f"- kept although a homonym: {url}" for url in result["wrongly_kept"]]
    return "\n".join(lines) + "\n"
