from __future__ import annotations

import json
from collections import Counter

import pytest

from nlp.corpus.authoring import all_examples
from nlp.corpus.split import CORPUS_DIR, check, split_for, split_of
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
        assert all(split_for(row) == name for row in items)


def _group_in(split: str) -> str:
    return next(f"g{n}" for n in range(1000) if split_of(f"g{n}") == split)


def test_a_train_only_row_never_rewords_a_held_out_row():
    held_out = {"text": "Mrs Tarrant at Oxley Green is a lying cow and everyone at the gate knows it",
                "label": "malicious", "flags": ["abuse"], "group": _group_in("test")}
    reworded = {"text": "Mrs Tarrant at Oxley Green is a lying cow and everyone at the school gate knows it!!",
                "label": "malicious", "flags": ["abuse"], "group": "new-1", "train_only": True}
    unrelated = {"text": "Sports day at Oxley Green moved to Friday because of the rain forecast.",
                 "label": "neutral", "flags": [], "group": _group_in("dev"), "train_only": True}
    check([held_out, unrelated])
    assert split_for(unrelated) == "train"  # its group alone would put it in dev
    with pytest.raises(ValueError, match="too close to a dev or test row"):
        check([held_out, unrelated, reworded])


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


def test_the_second_reading_covers_every_held_out_row_and_nothing_else():
    from nlp.corpus.agreement import HELD_OUT, agreement

    covered = [agreement(CORPUS_DIR / f"{split}.jsonl")["n"] for split in HELD_OUT]
    assert covered == [len(_split(split)) for split in HELD_OUT]
    assert sum(covered) == sum(1 for _ in (CORPUS_DIR / "second_reading.jsonl").open(encoding="utf-8"))
