"""Write ``train.jsonl``, ``dev.jsonl`` and ``test.jsonl`` from the authored examples.

Deterministic: each *group* goes to a split by a hash of its name (70/15/15), so near-duplicates
(rows sharing a group) never cross splits and adding examples does not reshuffle the others.
Rows of a train-only module (written after dev and test were frozen) all go to train, and each must
be unlike every dev and test row (:func:`check_unlike_held_out`), so a later round of writing cannot
leak a held-out post into training by rewording it.
Also writes ``all.jsonl`` (every example, for review). Run: ``python -m nlp.corpus.split``.
"""

from __future__ import annotations

import hashlib
import json
import re
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


def split_for(row: dict) -> str:
    """The split a row belongs to: train for a train-only row, else its group's."""
    return "train" if row.get("train_only") else split_of(row["group"])


NEAR_DUPLICATE = 0.5  # Jaccard similarity of word trigrams at which two posts are the same post reworded


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + 3]) for i in range(max(1, len(words) - 2))}


def check_unlike_held_out(rows: list[dict]) -> None:
    """Refuse a train-only row whose word trigrams overlap a dev or test row's by ``NEAR_DUPLICATE`` or more."""
    index: dict[tuple[str, ...], list[int]] = {}
    held_out = [_shingles(row["text"]) for row in rows if split_for(row) != "train"]
    for number, shingles in enumerate(held_out):
        for shingle in shingles:
            index.setdefault(shingle, []).append(number)
    for row in rows:
        if not row.get("train_only"):
            continue
        shingles = _shingles(row["text"])
        for number in {n for shingle in shingles for n in index.get(shingle, ())}:
            other = held_out[number]
            if len(shingles & other) / len(shingles | other) >= NEAR_DUPLICATE:
                raise ValueError(f"train-only row too close to a dev or test row: {row['text'][:60]!r}")


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
    check_unlike_held_out(rows)


def write_splits(out_dir: Path = CORPUS_DIR) -> dict[str, int]:
    """Write the split files; return the number of rows in each."""
    rows = all_examples()
    check(rows)
    splits: dict[str, list[dict]] = {name: [] for name, _ in SHARES}
    for row in rows:
        splits[split_for(row)].append(row)
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
