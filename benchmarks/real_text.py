"""Real-text check (run by hand, not in CI): how much real public text the classifier calls malicious.

    .venv/bin/python benchmarks/real_text.py [--formats ../shared/real-formats] [--model DIR] [--show]

The captures beside the project (Reddit, Mastodon, Bluesky and Discourse posts, real and not about
schools) are never in the corpus. Most are harmless and some are really hostile, so the share
called malicious bounds the false alarms from above; it is not a precision. ``--show`` lists those
posts with their reasons so a person can judge them (to read, never to copy into the corpus).
alt-profanity-check's share on the same posts (probability >= 0.5) is printed beside it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from spiders.extract import strip_html  # noqa: E402  (the spiders' own reading of an HTML fragment)

# where each service keeps what a person wrote
TEXT_FIELDS = {
    "reddit": ("title", "selftext", "body"),
    "mastodon": ("content",),
    "bluesky": ("text",),
    "forum": ("cooked",),  # Discourse's rendered post
}


def _strings(data: Any, fields: tuple[str, ...]) -> Iterator[str]:
    if isinstance(data, dict):
        for key, value in data.items():
            if key in fields and isinstance(value, str):
                yield value
            else:
                yield from _strings(value, fields)
    elif isinstance(data, list):
        for value in data:
            yield from _strings(value, fields)


def real_posts(formats: Path) -> list[tuple[str, str]]:
    """``(service, text)`` for every distinct post of at least 20 characters in the JSON captures."""
    posts: dict[str, str] = {}
    for service, fields in TEXT_FIELDS.items():
        for path in sorted((formats / service).glob("*.json")):
            for raw in _strings(json.loads(path.read_text(encoding="utf-8")), fields):
                text = " ".join(strip_html(raw).split())
                if len(text) >= 20:
                    posts.setdefault(text, service)
    return [(service, text) for text, service in posts.items()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--formats", type=Path, default=ROOT.parent / "shared" / "real-formats")
    parser.add_argument("--model", type=Path, default=None, help="a trained pipeline (default: nlp/model)")
    parser.add_argument("--show", action="store_true", help="list the posts called malicious")
    arguments = parser.parse_args()
    if not arguments.formats.is_dir():
        raise SystemExit(f"{arguments.formats}: no such folder of real captures (--formats)")

    from nlp.classify import classify
    from nlp.pipeline import load_nlp
    from profanity_check import predict_prob

    posts = real_posts(arguments.formats)
    if not posts:
        raise SystemExit(f"{arguments.formats}: no posts found in the JSON captures")
    nlp = load_nlp(arguments.model) if arguments.model else load_nlp()
    verdicts = list(classify(nlp, [text for _, text in posts]))
    labels = Counter(verdict.label for verdict in verdicts)
    profane = sum(1 for p in predict_prob([text for _, text in posts]) if p >= 0.5)
    print(f"{len(posts)} real posts ({', '.join(f'{n} {s}' for s, n in Counter(s for s, _ in posts).most_common())})")
    print("schoolwatch: " + ", ".join(f"{labels[label]} {label}" for label in ("neutral", "critical", "malicious"))
          + f"; malicious share {labels['malicious'] / len(posts):.3f}")
    print(f"alt-profanity-check: {profane} profane; share {profane / len(posts):.3f}")
    if arguments.show:
        for (service, text), verdict in zip(posts, verdicts, strict=True):
            if verdict.label == "malicious":
                print(f"\n[{service}] {text[:200]!r}\n    {'; '.join(verdict.reasons)}")


if __name__ == "__main__":
    main()
