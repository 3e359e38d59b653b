from __future__ import annotations

import builtins
import io
import json
import pathlib
from pathlib import Path

import pytest

from nlp.classify import model_version
from nlp.pipeline import CONFIG_PATH, load_nlp
from nlp.train import CORPUS_DIR, train, trained_on

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


def _tiny_config(tmp_path: Path, steps: int = 60) -> Path:
    """The real config, stopping the shipped model's training after ``steps`` (the corpus is tiny)."""
    text = CONFIG_PATH.read_text(encoding="utf-8")
    assert "\nfinal_steps = " in text
    config = tmp_path / "classifier.cfg"
    config.write_text("\n".join(f"final_steps = {steps}" if line.startswith("final_steps = ") else line
                                for line in text.splitlines()), encoding="utf-8")
    return config


def test_train_is_reproducible_and_never_opens_test(tmp_path, monkeypatch):
    corpus, config = _tiny_corpus(tmp_path), _tiny_config(tmp_path)
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
    first = train(corpus, tmp_path / "a", seed=7, config_path=config)
    second = train(corpus, tmp_path / "b", seed=7, config_path=config)
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


def test_the_shipped_model_learns_from_dev_and_a_held_out_one_only_from_train(tmp_path):
    from nlp.tune import held_out_model

    corpus, config = _tiny_corpus(tmp_path), _tiny_config(tmp_path, steps=200)
    only_in_dev = "zorblax quintessa"
    with (corpus / "dev.jsonl").open("a", encoding="utf-8") as dev:
        for _ in range(8):
            dev.write(json.dumps({"text": f"{only_in_dev}!", "label": "malicious", "flags": ["abuse"]}) + "\n")
    shipped = load_nlp(train(corpus, tmp_path / "shipped", seed=3, config_path=config))
    held_out = load_nlp(train(corpus, tmp_path / "held-out", seed=3, config_path=config, hold_out_dev=True))

    assert trained_on(shipped.meta) == ["train", "dev"] and trained_on(held_out.meta) == ["train"]
    assert model_version(shipped) != model_version(held_out)  # a stored label says which model gave it
    assert shipped(only_in_dev).cats["malicious"] > held_out(only_in_dev).cats["malicious"] + 0.2
    # thresholds are chosen on dev, so only a model that never saw dev may choose them
    assert held_out_model(tmp_path / "held-out").meta == held_out.meta
    with pytest.raises(SystemExit, match="learnt from dev"):
        held_out_model(tmp_path / "shipped")


def test_a_config_without_the_final_step_count_is_one_clear_error(tmp_path):
    from nlp.errors import TrainingConfigError

    config = tmp_path / "classifier.cfg"
    config.write_text(_tiny_config(tmp_path).read_text(encoding="utf-8").replace("final_steps = 60", ""),
                      encoding="utf-8")
    with pytest.raises(TrainingConfigError, match=r"\[schoolwatch\] final_steps"):
        train(_tiny_corpus(tmp_path), tmp_path / "model", config_path=config)
    assert not (tmp_path / "model").exists()
