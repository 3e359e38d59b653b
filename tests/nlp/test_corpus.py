from __future__ import annotations

import json
from collections import Counter

from nlp.corpus.authoring import all_examples
from nlp.corpus.split import CORPUS_DIR, check, split_of
from nlp.labels import FLAG_NAMES

DEMO_WORLD = ("ashdown vale", "kestwick")


def _split(name):
    return [json.loads(line) for line in (CORPUS_DIR / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()]


def test_committed_splits_match_the_authored_examples():
    rows = all_examples()
    check(rows)
    committed = {name: _split(name) for name in ("train", "dev", "test")}
    assert sum(len(v) for v in committed.values()) == len(rows)
    for name, items in committed.items():
        assert all(split_of(row["group"]) == name for row in items)


def test_groups_never_cross_splits():
    seen = {}
    for name in ("train", "dev", "test"):
        for row in _split(name):
            assert seen.setdefault(row["group"], name) == name


def test_size_and_flag_coverage():
    rows = all_examples()
    assert len(rows) >= 800
    flags = Counter(f for row in rows for f in row["flags"])
    assert all(flags[flag] >= 40 for flag in FLAG_NAMES), flags


def test_no_demo_world_names():
    for row in all_examples():
        assert not any(name in row["text"].lower() for name in DEMO_WORLD), row["text"]
