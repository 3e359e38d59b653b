"""Measure the classifier on held-out examples (``nlp/corpus/test.jsonl``; ``train`` never reads it).

``evaluate(nlp, examples) -> dict`` is pure: it classifies the examples and returns per-class
precision/recall/F1, macro-F1, accuracy, the confusion matrix (gold → predicted), per-flag recall
on malicious items carrying the flag and per-flag precision on items given it, the
critical→malicious rate (lawful criticism wrongly proposed for takedown) and ``n``. ``scores(gold, predicted)`` is the arithmetic on its own;
:func:`intervals` says how far the headline numbers could move on another draw of as many examples.
``python -m nlp.evaluate`` prints :func:`to_markdown` and writes ``metrics.json`` beside the model.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nlp.classify import classify, model_version
from nlp.labels import FLAG_NAMES, LABEL_NAMES
from nlp.train import CORPUS_DIR, read_split

if TYPE_CHECKING:
    from spacy.language import Language

TEST_PATH = CORPUS_DIR / "test.jsonl"


def load_examples(path: Path | str) -> list[dict]:
    """Rows ``{"text", "label", "flags", ...}`` of a JSONL corpus file."""
    rows = read_split(Path(path))
    for row in rows:
        row.setdefault("flags", [])
    return rows


def _ratio(num: float, den: float) -> float:
    return num / den if den else 0.0


def scores(gold: list[dict], predicted: list[dict]) -> dict[str, Any]:
    """Metrics from gold and predicted ``{"label", "flags"}`` rows, aligned by position."""
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold rows but {len(predicted)} predictions")
    confusion = {g: {p: 0 for p in LABEL_NAMES} for g in LABEL_NAMES}
    for g, p in zip(gold, predicted):
        confusion[g["label"]][p["label"]] += 1
    per_class = {}
    for label in LABEL_NAMES:
        tp = confusion[label][label]
        predicted_n = sum(confusion[g][label] for g in LABEL_NAMES)
        gold_n = sum(confusion[label].values())
        precision, recall = _ratio(tp, predicted_n), _ratio(tp, gold_n)
        per_class[label] = {
            "precision": precision,
            "recall": recall,
            "f1": _ratio(2 * precision * recall, precision + recall),
            "support": gold_n,
        }
    # recall is cheap if a flag is said of everything: how often it was right goes beside it
    flag_recall, flag_precision = {}, {}
    for flag in FLAG_NAMES:
        carrying = [flag in g.get("flags", []) for g in gold]
        said = [p["label"] == "malicious" and flag in p.get("flags", []) for p in predicted]
        hit = sum(c and s for c, s in zip(carrying, said))
        flag_recall[flag] = {"recall": _ratio(hit, sum(carrying)), "support": sum(carrying)}
        flag_precision[flag] = {"precision": _ratio(hit, sum(said)), "said": sum(said)}
    critical = confusion["critical"]
    return {
        "n": len(gold),
        "accuracy": _ratio(sum(confusion[label][label] for label in LABEL_NAMES), len(gold)),
        "per_class": per_class,
        "macro_f1": sum(c["f1"] for c in per_class.values()) / len(per_class),
        "confusion": confusion,
        "flag_recall": flag_recall,
        "flag_precision": flag_precision,
        "critical_to_malicious": _ratio(critical["malicious"], sum(critical.values())),
    }


def headline(metrics: dict[str, Any]) -> dict[str, float]:
    """The numbers the targets are set on, by name: macro-F1, malicious precision and recall,
    critical→malicious and each flag's recall."""
    malicious = metrics["per_class"]["malicious"]
    numbers = {"macro_f1": metrics["macro_f1"], "malicious_precision": malicious["precision"],
               "malicious_recall": malicious["recall"], "critical_to_malicious": metrics["critical_to_malicious"]}
    numbers.update({f"recall_{flag}": f["recall"] for flag, f in metrics["flag_recall"].items()})
    return numbers


DRAWS, LEVEL = 1000, 0.95


def intervals(gold: list[dict], predicted: list[dict], draws: int = DRAWS, seed: int = 0,
              level: float = LEVEL) -> dict[str, tuple[float, float]]:
    """A bootstrap interval for each :func:`headline` number: the range it fell in on ``draws``
    resamples of the examples (with replacement; rows of one ``group``, variants of one post, are
    drawn together), cut at ``level``. On a thousand examples a few items move a rate by a point or
    more, so a number is read with its range: recall 0.93 whose range reaches 0.95 has not clearly
    missed a 0.95 target; one whose range stops at 0.94 has.
    """
    groups: dict[Any, list[int]] = {}
    for i, row in enumerate(gold):
        groups.setdefault(row.get("group", i), []).append(i)
    units = list(groups.values())
    rng = random.Random(seed)
    samples: dict[str, list[float]] = {}
    for _ in range(draws):
        rows = [i for unit in rng.choices(units, k=len(units)) for i in unit]
        for name, value in headline(scores([gold[i] for i in rows], [predicted[i] for i in rows])).items():
            samples.setdefault(name, []).append(value)
    cut = (1.0 - level) / 2
    result = {}
    for name, values in samples.items():
        values.sort()
        result[name] = (values[int(cut * (len(values) - 1))], values[round((1.0 - cut) * (len(values) - 1))])
    return result


def evaluate(nlp: Language, examples: Iterable[dict]) -> dict[str, Any]:
    """Classify ``examples`` with ``nlp`` and score the verdicts against their labels and flags,
    with a bootstrap interval for each headline number (:func:`intervals`)."""
    gold = list(examples)
    predicted = [{"label": v.label, "flags": v.flags} for v in classify(nlp, (g["text"] for g in gold))]
    metrics = scores(gold, predicted)
    metrics["intervals"] = intervals(gold, predicted)
    metrics["model"] = model_version(nlp)
    return metrics


def to_markdown(metrics: dict[str, Any], title: str = "") -> str:
    """A short report: per-class table, confusion matrix, flag recall, headline numbers."""
    if not title:
        title = f"Classifier on {metrics['n']} held-out examples" + (f" ({metrics['model']})" if "model" in metrics else "")
    lines = [f"### {title}", ""]
    lines += ["| label | precision | recall | F1 | n |", "| --- | ---: | ---: | ---: | ---: |"]
    for label, c in metrics["per_class"].items():
        lines.append(f"| {label} | {c['precision']:.3f} | {c['recall']:.3f} | {c['f1']:.3f} | {c['support']} |")
    numbers, ranges = headline(metrics), metrics.get("intervals", {})

    def shown(name: str) -> str:
        low_high = ranges.get(name)
        return f"{numbers[name]:.3f}" + (f" ({low_high[0]:.3f}–{low_high[1]:.3f})" if low_high else "")

    lines += ["", f"macro-F1 **{shown('macro_f1')}**, accuracy {metrics['accuracy']:.3f}, "
              f"malicious precision {shown('malicious_precision')}, malicious recall {shown('malicious_recall')}, "
              f"critical→malicious {shown('critical_to_malicious')}", ""]
    if ranges:
        lines += [f"In brackets: the range each number fell in on {LEVEL:.0%} of {DRAWS:,} resamples of these "
                  "examples (on another sample of as many posts it would most likely fall in it).", ""]
    lines += ["| gold \\ predicted | " + " | ".join(LABEL_NAMES) + " |", "| --- |" + " ---: |" * len(LABEL_NAMES)]
    for gold, row in metrics["confusion"].items():
        lines.append(f"| {gold} | " + " | ".join(str(row[p]) for p in LABEL_NAMES) + " |")
    lines += ["", "| flag | recall | n | precision | flagged |", "| --- | ---: | ---: | ---: | ---: |"]
    for flag, f in metrics["flag_recall"].items():
        p = metrics["flag_precision"][flag]
        lines.append(f"| {flag} | {shown(f'recall_{flag}')} | {f['support']} | {p['precision']:.3f} | {p['said']} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> None:
    from nlp.pipeline import MODEL_DIR, load_nlp

    parser = argparse.ArgumentParser(prog="python -m nlp.evaluate", description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", type=Path, default=MODEL_DIR)
    parser.add_argument("--test", type=Path, default=TEST_PATH)
    parser.add_argument("--metrics", type=Path, default=None, help="where to write metrics.json (default: in the model dir)")
    args = parser.parse_args(argv)
    metrics = evaluate(load_nlp(args.model), load_examples(args.test))
    (args.metrics or args.model / "metrics.json").write_text(json.dumps(metrics, indent=2) + "\n", encoding="utf-8")
    print(to_markdown(metrics), end="")


if __name__ == "__main__":
    main()
