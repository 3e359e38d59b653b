"""Two tools a school might use instead, mapped to our three labels, for side-by-side evaluation.

The mappings (documented in the README, applied to the same held-out examples as our model):
- ``alt-profanity-check``: a profanity probability of 0.5 or more is ``malicious``, anything else
  ``neutral`` (it has no notion of lawful criticism).
- VADER sentiment: a compound score of -0.5 or below is ``malicious``, below -0.05 ``critical``,
  anything else ``neutral``.
Neither names flags, so their flag recall is zero by construction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from nlp.evaluate import headline, scores


def profanity_check(texts: Sequence[str]) -> list[str]:
    from profanity_check import predict_prob

    return ["malicious" if p >= 0.5 else "neutral" for p in predict_prob(list(texts))]


def vader(texts: Sequence[str]) -> list[str]:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyser = SentimentIntensityAnalyzer()
    labels = []
    for text in texts:
        compound = analyser.polarity_scores(text)["compound"]
        labels.append("malicious" if compound <= -0.5 else "critical" if compound < -0.05 else "neutral")
    return labels


# the comparison table's columns, as :func:`nlp.evaluate.headline` names them
COMPARED = ("macro_f1", "malicious_precision", "malicious_recall", "critical_to_malicious")

PEERS: dict[str, Callable[[Sequence[str]], list[str]]] = {
    "alt-profanity-check": profanity_check,
    "VADER": vader,
}


def evaluate_peers(examples: Sequence[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Each peer's metrics on ``examples`` (the same arithmetic as our model's)."""
    texts = [example["text"] for example in examples]
    return {name: scores(list(examples), [{"label": label, "flags": []} for label in label_texts(texts)])
            for name, label_texts in PEERS.items()}


def comparison_markdown(ours: dict[str, Any], peers: dict[str, dict[str, Any]]) -> str:
    """Our model beside the peers: macro-F1, malicious precision and recall, critical→malicious."""
    lines = ["### Beside the tools a school might use instead (same examples)", "",
             "| classifier | macro-F1 | malicious precision | malicious recall | critical→malicious |",
             "| --- | ---: | ---: | ---: | ---: |"]
    for name, metrics in {"schoolwatch": ours, **peers}.items():
        numbers = headline(metrics)
        lines.append(f"| {name} | " + " | ".join(f"{numbers[key]:.3f}" for key in COMPARED) + " |")
    return "\n".join(lines) + "\n"
