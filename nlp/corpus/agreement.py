"""How far a second careful reader agrees with the corpus labels: the ceiling a classifier can reach.

``second_reading.jsonl`` holds a second, blind labelling of the held-out splits, dev (session 3)
and test (session 4), each by a reader who saw every text alone, shuffled, with ``GUIDELINES.md``,
and never the corpus label or a model's answer. Rows are keyed by the SHA-1 of the text, so
reordering the corpus does not break them. ``python -m nlp.corpus.agreement`` scores that reading
against the corpus labels of each split exactly as ``schoolwatch evaluate`` scores the classifier:
the test table is the ceiling to hold the classifier's test table against.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from nlp.corpus.split import CORPUS_DIR
from nlp.evaluate import load_examples, scores, to_markdown

SECOND_READING = CORPUS_DIR / "second_reading.jsonl"
HELD_OUT = ("dev", "test")


def text_key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def agreement(gold_path: Path = CORPUS_DIR / "dev.jsonl", reading_path: Path = SECOND_READING) -> dict:
    """Metrics of the second reading against the corpus labels, on the rows it covers."""
    reading = {row["sha1"]: row for row in map(json.loads, reading_path.read_text(encoding="utf-8").splitlines())}
    gold = [row for row in load_examples(gold_path) if text_key(row["text"]) in reading]
    if not gold:
        raise SystemExit(f"{reading_path.name} covers no row of {gold_path.name}")
    second = [reading[text_key(row["text"])] for row in gold]
    return scores(gold, [{"label": row["label"], "flags": row["flags"]} for row in second])


if __name__ == "__main__":
    for split in HELD_OUT:
        print(to_markdown(agreement(CORPUS_DIR / f"{split}.jsonl"), title=f"Second reader against the corpus labels ({split})"))
        print()
    sys.exit(0)
