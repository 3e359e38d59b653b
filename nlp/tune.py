"""Choose the deciding thresholds on the dev split, by the rule written in ``classifier.cfg``.

    .venv/bin/python -m nlp.tune [--model DIR]

The thresholds are chosen with models that have never seen dev: without ``--model`` it first
trains one on train alone for each of two seeds (``nlp.train --hold-out-dev``, a few minutes
each, in a temporary folder) and reads their answers together. The shipped model learns from dev
too, so it is refused here.

The rule: among settings where fewer than 3% of critical items become malicious and malicious
precision is at least 0.90, the one with the highest malicious recall, then the highest macro-F1.
The flag threshold is then the lowest at which every urgent flag (threat, doxxing, impersonation,
pupil) keeps precision at least 0.70 on dev. Only dev is read; the test split stays unseen.
It prints the chosen values to copy into ``[components.decide]``; it changes no file.
"""

from __future__ import annotations

import argparse
import itertools
from pathlib import Path
from typing import Any

from nlp.classify import _docs
from nlp.evaluate import load_examples, scores
from nlp.labels import FLAGS
from nlp.train import CORPUS_DIR

DEV_PATH = CORPUS_DIR / "dev.jsonl"
GRID = {
    "weak_threshold": (0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5),
    "model_threshold": (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7),
    "frame_threshold": (0.7, 0.8, 0.9),
}
FLAG_GRID = (0.2, 0.25, 0.3, 0.35, 0.4, 0.5)
URGENT = [name for name, flag in FLAGS.items() if flag.urgent]


def tune(models: list[Any], examples: list[dict]) -> dict[str, Any]:
    """The chosen thresholds and the dev metrics with them, pooled over ``models``.

    ``models`` are held-out models trained with different seeds: one seed's luck moves dev's
    critical→malicious rate across 3% by itself, so the rule reads their answers together.
    """
    runs = [(nlp.get_pipe("decide"), list(nlp.pipe(_docs(nlp, (e["text"] for e in examples)), disable=["decide"])))
            for nlp in models]
    gold = examples * len(models)
    for decide, _ in runs:
        decide.quote_model_words = False  # only labels and flags are scored

    def run(**values: float) -> tuple[list[dict], dict]:
        predicted = []
        for decide, docs in runs:
            for key, value in values.items():
                setattr(decide, key, value)
            predicted += [{"label": v.label, "flags": v.flags} for v in map(decide.verdict, docs)]
        return predicted, scores(gold, predicted)

    best: tuple[tuple[float, float], dict[str, float], dict] | None = None
    for combo in itertools.product(*GRID.values()):
        values = dict(zip(GRID, combo, strict=True))
        if values["frame_threshold"] < values["model_threshold"]:
            continue
        _, metrics = run(**values)
        malicious = metrics["per_class"]["malicious"]
        if metrics["critical_to_malicious"] >= 0.03 or malicious["precision"] < 0.90:
            continue
        key = (malicious["recall"], metrics["macro_f1"])
        if best is None or key > best[0]:
            best = (key, values, metrics)
    if best is None:
        raise SystemExit("no setting meets critical→malicious < 3% with malicious precision ≥ 0.90 on dev")
    _, chosen, metrics = best
    for flag_threshold in FLAG_GRID:
        _, flag_metrics = run(**chosen, flag_threshold=flag_threshold)
        precision = flag_metrics["flag_precision"]
        # a flag never given cannot be wrong
        if all(precision[flag]["said"] == 0 or precision[flag]["precision"] >= 0.70 for flag in URGENT):
            chosen["flag_threshold"], metrics = flag_threshold, flag_metrics
            break
    return {"thresholds": chosen, "metrics": metrics}


SEEDS = (0, 1)


def held_out_model(model: Path) -> Any:
    """The model in ``model``, refused if it learnt from dev (dev could not judge it)."""
    from nlp.pipeline import load_nlp
    from nlp.train import trained_on

    nlp = load_nlp(model)
    if "dev" in trained_on(nlp.meta):
        raise SystemExit(f"{model} learnt from dev, so dev cannot judge it: train one with "
                         "`python -m nlp.train --hold-out-dev --out DIR`, or leave out --model")
    return nlp


def main(argv: list[str] | None = None) -> None:
    import tempfile

    from nlp.train import train

    parser = argparse.ArgumentParser(prog="python -m nlp.tune", description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", type=Path, action="append",
                        help="a model trained with --hold-out-dev; repeat for several seeds "
                             f"(default: train one for each seed in {SEEDS} now)")
    arguments = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="schoolwatch-tune-") as scratch:
        paths = arguments.model or [train(out_dir=Path(scratch) / f"held-out-{seed}", seed=seed, hold_out_dev=True)
                                    for seed in SEEDS]
        result = tune([held_out_model(path) for path in paths], load_examples(DEV_PATH))
    metrics = result["metrics"]
    print("[components.decide]")
    for key, value in result["thresholds"].items():
        print(f"{key} = {value}")
    malicious = metrics["per_class"]["malicious"]
    print(f"# dev: macro-F1 {metrics['macro_f1']:.3f}, malicious P {malicious['precision']:.3f} "
          f"R {malicious['recall']:.3f}, critical→malicious {metrics['critical_to_malicious']:.3f}, flag recall "
          + ", ".join(f"{k} {v['recall']:.2f}" for k, v in metrics["flag_recall"].items()))


if __name__ == "__main__":
    main()
