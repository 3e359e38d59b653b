"""Train the classifier from ``nlp/corpus/`` with ``nlp/configs/classifier.cfg``.

``train(corpus_dir, out_dir, seed)`` converts ``train.jsonl`` and ``dev.jsonl`` (never
``test.jsonl``: that split only feeds ``evaluate``) to DocBin files in a temporary folder, runs
spaCy's training loop on one CPU process with the given seed, and saves the best pipeline (rule
components included, so ``spacy.load`` rebuilds the whole pipeline once ``nlp.components`` is
imported) to ``out_dir``. The meta records the seed and a hash of the training data.

Run ``python -m nlp.train [--seed N] [--out DIR]`` to build ``nlp/model/``.
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

from nlp.errors import CorpusError
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
          config_path: Path = CONFIG_PATH) -> Path:
    """Train on ``corpus_dir``'s train and dev splits; save the pipeline to ``out_dir`` and return it."""
    from spacy import util
    from spacy.training.initialize import init_nlp
    from spacy.training.loop import train as train_loop

    register_components()
    corpus_dir, out_dir = Path(corpus_dir), Path(out_dir)
    digest = hashlib.sha256()
    with tempfile.TemporaryDirectory(prefix="schoolwatch-train-") as tmp:
        tmp_dir = Path(tmp)
        paths = {}
        for split in TRAINING_SPLITS:
            source = corpus_dir / f"{split}.jsonl"
            rows = read_split(source)
            digest.update(source.read_bytes())
            paths[split] = tmp_dir / f"{split}.spacy"
            to_docbin(rows, paths[split])
        overrides = {
            "paths.train": str(paths["train"]),
            "paths.dev": str(paths["dev"]),
            "system.seed": seed,
            "training.seed": seed,
        }
        config = util.load_config(config_path, overrides=overrides, interpolate=False)
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
        best_dir = tmp_dir / "output" / "model-best"
        if not best_dir.is_dir():
            best_dir = Path(best)
        trained = util.load_model(best_dir)
        trained.meta.update({
            "name": MODEL_NAME,
            "version": MODEL_VERSION,
            "description": "schoolwatch classifier: rule components around a text classifier",
            "schoolwatch": {"seed": seed, "corpus_sha256": digest.hexdigest()},
        })
        trained.meta.pop("performance", None)
        if out_dir.exists():
            shutil.rmtree(out_dir)
        trained.to_disk(out_dir)
    log.info("trained %s into %s", MODEL_NAME, out_dir)
    return out_dir


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m nlp.train", description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS_DIR)
    parser.add_argument("--out", type=Path, default=MODEL_DIR)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--config", type=Path, default=CONFIG_PATH)
    args = parser.parse_args(argv)
    out = train(args.corpus, args.out, args.seed, args.config)
    print(f"model saved to {out}")


if __name__ == "__main__":
    main()
