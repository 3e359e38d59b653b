"""Train the classifier from ``nlp/corpus/`` with ``nlp/configs/classifier.cfg``.

``train(corpus_dir, out_dir, seed)`` converts ``train.jsonl`` and ``dev.jsonl`` (never
``test.jsonl``: that split only feeds ``evaluate``) to DocBin files in a temporary folder, runs
spaCy's training loop on one CPU process with the given seed, and saves the pipeline (rule
components included, so ``spacy.load`` rebuilds the whole pipeline once ``nlp.components`` is
imported) to ``out_dir``. The meta records the seed, the splits trained on, and one hash of the
splits and the config (``inputs_sha256``), so two models that could answer differently never
share a version.

Two ways to train, because dev has two jobs:
- ``hold_out_dev=True`` (``--hold-out-dev``): train on train alone and keep the checkpoint that
  scores best on dev. Every choice is made with such a model (``python -m nlp.tune``, the
  experiments in the config), since it has never seen dev.
- the shipped model (the default): train on train *and* dev for ``[schoolwatch] final_steps``
  steps, the point where held-out runs stop improving. Dev's rows were written in the same sessions
  as test's; adding half of them to training raised the other half's macro-F1 by about 0.013 (two
  seeds), far more than thousands of later rows did. Test stays unseen either way.

Run ``python -m nlp.train [--seed N] [--out DIR] [--hold-out-dev]`` to build ``nlp/model/``.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import logging
import shutil
import tempfile
from pathlib import Path

from nlp.errors import CorpusError, TrainingConfigError
from nlp.labels import FLAG_NAMES, LABEL_NAMES
from nlp.pipeline import CONFIG_PATH, MODEL_DIR, register_components

log = logging.getLogger(__name__)
CORPUS_DIR = Path(__file__).resolve().parent / "corpus"
TRAINING_SPLITS = ("train", "dev")
MODEL_NAME = "classifier"
MODEL_VERSION = "0.1.0"


def read_split(path: Path) -> list[dict]:
    """Rows of one JSONL split; a malformed row is a :class:`CorpusError` naming file and line."""
    rows = []
    try:
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise CorpusError(f"{path}:{number}: not JSON ({exc.msg})") from None
                if row.get("label") not in LABEL_NAMES or not isinstance(row.get("text"), str):
                    raise CorpusError(f"{path}:{number}: needs a text and a label in {LABEL_NAMES}")
                rows.append(row)
    except FileNotFoundError:
        raise CorpusError(f"{path}: no such corpus file (run `python -m nlp.corpus.split`)") from None
    return rows


def to_docbin(rows: list[dict], path: Path) -> None:
    """Write ``rows`` as a DocBin: one-hot label ``cats`` (``textcat``) plus 0/1 flag ``cats`` (``flagcat``)."""
    import spacy
    from spacy.tokens import DocBin

    make_doc = spacy.blank("en").make_doc
    docbin = DocBin(store_user_data=False)
    for row in rows:
        doc = make_doc(row["text"])
        doc.cats = {label: float(label == row["label"]) for label in LABEL_NAMES}
        doc.cats.update({flag: float(flag in row.get("flags", ())) for flag in FLAG_NAMES})
        docbin.add(doc)
    docbin.to_disk(path)


def train(corpus_dir: Path = CORPUS_DIR, out_dir: Path = MODEL_DIR, seed: int = 0,
          config_path: Path = CONFIG_PATH, hold_out_dev: bool = False) -> Path:
    """Train on ``corpus_dir``'s train and dev splits; save the pipeline to ``out_dir`` and return it.

    With ``hold_out_dev`` the model learns from train only and dev picks the best checkpoint.
    """
    from spacy import util
    from spacy.training.initialize import init_nlp
    from spacy.training.loop import train as train_loop

    register_components()
    corpus_dir, out_dir = Path(corpus_dir), Path(out_dir)
    digest = hashlib.sha256()
    with tempfile.TemporaryDirectory(prefix="schoolwatch-train-") as tmp:
        tmp_dir = Path(tmp)
        splits = ["train"] if hold_out_dev else ["train", "dev"]
        overrides = {
            "paths.train": str(tmp_dir / "train.spacy"),
            "paths.dev": str(tmp_dir / "dev.spacy"),
            "system.seed": seed,
            "training.seed": seed,
        }
        config = util.load_config(config_path, overrides=overrides, interpolate=False)
        if not hold_out_dev:
            # dev is training data now, so it cannot pick a checkpoint: stop where held-out runs peak
            steps = config.get("schoolwatch", {}).get("final_steps")
            if not isinstance(steps, int) or steps < 1:
                raise TrainingConfigError(f"{config_path}: [schoolwatch] final_steps must be a positive whole "
                                          "number (the shipped model learns from dev, so dev cannot tell it when to stop)")
            config["training"].update({"max_steps": steps, "max_epochs": 0, "patience": 0, "eval_frequency": steps})
        rows = {}
        for split in TRAINING_SPLITS:
            source = corpus_dir / f"{split}.jsonl"
            rows[split] = read_split(source)
            digest.update(source.read_bytes())
        digest.update(Path(config_path).read_bytes())
        digest.update(repr(splits).encode("utf-8"))
        to_docbin([row for split in splits for row in rows[split]], tmp_dir / "train.spacy")
        to_docbin(rows["dev"], tmp_dir / "dev.spacy")
        quiet = io.StringIO()
        spacy_logger = logging.getLogger("spacy")
        level = spacy_logger.level
        spacy_logger.setLevel(logging.WARNING)
        try:
            (tmp_dir / "output").mkdir()
            util.fix_random_seed(seed)
            pipeline = init_nlp(config, use_gpu=-1)
            _, best = train_loop(pipeline, tmp_dir / "output", use_gpu=-1, stdout=quiet, stderr=quiet)
        finally:
            spacy_logger.setLevel(level)
        kept = tmp_dir / "output" / ("model-best" if hold_out_dev else "model-last")
        if not kept.is_dir():
            kept = Path(best)
        trained = util.load_model(kept)
        trained.meta.update({
            "name": MODEL_NAME,
            "version": MODEL_VERSION,
            "description": "schoolwatch classifier: rule components around a text classifier",
            "schoolwatch": {"seed": seed, "trained_on": splits, "inputs_sha256": digest.hexdigest()},
        })
        trained.meta.pop("performance", None)
        if out_dir.exists():
            shutil.rmtree(out_dir)
        trained.to_disk(out_dir)
    log.info("trained %s on %s into %s", MODEL_NAME, " + ".join(splits), out_dir)
    return out_dir


def trained_on(meta: dict) -> list[str]:
    """The splits a model learnt from, by its meta (a model from before the meta said so learnt from train)."""
    return list(meta.get("schoolwatch", {}).get("trained_on", ["train"]))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m nlp.train", description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS_DIR)
    parser.add_argument("--out", type=Path, default=MODEL_DIR)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--config", type=Path, default=CONFIG_PATH)
    parser.add_argument("--hold-out-dev", action="store_true",
                        help="learn from train alone and let dev pick the checkpoint (for tuning and experiments)")
    args = parser.parse_args(argv)
    out = train(args.corpus, args.out, args.seed, args.config, hold_out_dev=args.hold_out_dev)
    print(f"model saved to {out}")


if __name__ == "__main__":
    main()
