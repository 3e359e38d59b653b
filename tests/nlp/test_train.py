from __future__ import annotations

import builtins
import io
import json
import pathlib
from pathlib import Path

from nlp.pipeline import load_nlp
from nlp.train import CORPUS_DIR, train

PROBES = ["Lovely nativity play, well done everyone", "The head never answers emails, useless",
          "Tell Mr Ormsby to watch his back", "Bloody brilliant sports day"]


def _tiny_corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for split, n in (("train", 60), ("dev", 20)):
        rows = [json.loads(line) for line in (CORPUS_DIR / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()]
        by_label = {}
        for row in rows:
            by_label.setdefault(row["label"], []).append(row)
        picked = [row for label in sorted(by_label) for row in by_label[label][: n // 3]]
        (corpus / f"{split}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in picked), encoding="utf-8")
    (corpus / "test.jsonl").write_text('{"text": "held out", "label": "neutral", "flags": []}\n', encoding="utf-8")
    return corpus


def test_train_is_reproducible_and_never_opens_test(tmp_path, monkeypatch):
    corpus = _tiny_corpus(tmp_path)
    opened: list[str] = []
    real_open, real_io_open, real_path_open = builtins.open, io.open, pathlib.Path.open

    def spy_open(file, *args, **kwargs):
        opened.append(str(file))
        return real_open(file, *args, **kwargs)

    def spy_path_open(self, *args, **kwargs):
        opened.append(str(self))
        return real_path_open(self, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", spy_open)
    monkeypatch.setattr(io, "open", spy_open)
    monkeypatch.setattr(pathlib.Path, "open", spy_path_open)
    first = train(corpus, tmp_path / "a", seed=7)
    second = train(corpus, tmp_path / "b", seed=7)
    monkeypatch.setattr(builtins, "open", real_open)
    monkeypatch.setattr(io, "open", real_io_open)
    monkeypatch.setattr(pathlib.Path, "open", real_path_open)

    assert any(name.endswith("train.jsonl") for name in opened)
    assert not any(name.endswith("test.jsonl") for name in opened)
    one, two = load_nlp(first), load_nlp(second)
    assert one.pipe_names == ["profile_matcher", "pii_detector", "flag_patterns", "textcat", "flagcat", "decide"]
    for a, b in zip(one.pipe(PROBES), two.pipe(PROBES)):
        assert a.cats == b.cats
        assert a._.verdict == b._.verdict
