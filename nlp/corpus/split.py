"""Write ``train.jsonl``, ``dev.jsonl`` and ``test.jsonl`` from the authored examples.

Deterministic: each *group* goes to a split by a hash of its name (70/15/15), so near-duplicates
(rows sharing a group) never cross splits and adding examples does not reshuffle the others.
Also writes ``all.jsonl`` (every example, for review). Run: ``python -m nlp.corpus.split``.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

from nlp.corpus.authoring import all_examples
from nlp.labels import FLAG_NAMES, LABEL_NAMES

CORPUS_DIR = Path(__file__).resolve().parent
SHARES = (("train", 70), ("dev", 15), ("test", 15))


def split_of(group: str) -> str:
    """The split a group belongs to, from a stable hash of its name."""
    bucket = int(hashlib.sha256(group.encode("utf-8")).hexdigest(), 16) % 100
    for name, share in SHARES:
        if bucket < share:
            return name
        bucket -= share
    return SHARES[-1][0]


def check(rows: list[dict]) -> None:
    """Refuse unknown labels or flags, flags on non-malicious rows, and duplicate texts."""
    seen: set[str] = set()
    for row in rows:
        key = " ".join(row["text"].lower().split())
        if key in seen:
            raise ValueError(f"duplicate text: {row['text'][:60]!r}")
        seen.add(key)
        if row["label"] not in LABEL_NAMES:
            raise ValueError(f"unknown label {row['label']!r}: {row['text'][:60]!r}")
        if unknown := set(row["flags"]) - set(FLAG_NAMES):
            raise ValueError(f"unknown flags {unknown}: {row['text'][:60]!r}")
        if row["flags"] and row["label"] != "malicious":
            raise ValueError(f"flags on a {row['label']} row: {row['text'][:60]!r}")


def write_splits(out_dir: Path = CORPUS_DIR) -> dict[str, int]:
    """Write the split files; return the number of rows in each."""
    rows = all_examples()
    check(rows)
    splits: dict[str, list[dict]] = {name: [] for name, _ in SHARES}
    for row in rows:
        splits[split_of(row["group"])].append(row)
    for name, items in [*splits.items(), ("all", rows)]:
        with open(out_dir / f"{name}.jsonl", "w", encoding="utf-8") as f:
            for row in items:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return {name: len(items) for name, items in splits.items()}


def summary(rows: list[dict]) -> str:
    labels = Counter(r["label"] for r in rows)
    flags = Counter(f for r in rows for f in r["flags"])
    return (f"{len(rows)} examples; " + ", ".join(f"{k} {labels[k]}" for k in LABEL_NAMES)
            + "; flags: " + ", ".join(f"{k} {flags[k]}" for k in FLAG_NAMES))


if __name__ == "__main__":
    counts = write_splits()
    print(summary(all_examples()))
    print(", ".join(f"{k} {v}" for k, v in counts.items()))
    sys.exit(0)
