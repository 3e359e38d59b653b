"""Classification benchmark (run by hand, not in CI): mentions per second on one core.

    .venv/bin/python benchmarks/classify.py [--seconds 5] [--model DIR]

The whole classification (``nlp.classify.classify``: ``nlp.pipe`` and the deciding step) on
tweet-length texts (the corpus's, up to 280 characters) and article-length texts (the sample web's
news articles), with alt-profanity-check on the same texts in the same run as the reference.
Prints both rates (ours also per second of CPU time, steadier on a shared machine) and the ratio;
the target is 5,000 tweet-length mentions per second.
"""

from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # one core, before numpy is imported
os.environ.setdefault("OMP_NUM_THREADS", "1")

import argparse
import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def rate(run: Callable[[Sequence[str]], object], texts: Sequence[str], seconds: float) -> tuple[float, float]:
    """Texts per second of wall-clock and of this process's CPU time, repeating ``run`` for ``seconds``.

    On a shared machine the wall-clock rate drops when other processes want the core; the CPU-time
    rate is what one core does for us alone.
    """
    run(texts[:50])  # warm up caches and lazy imports
    done, started, cpu = 0, time.perf_counter(), time.process_time()
    while time.perf_counter() - started < seconds:
        run(texts)
        done += len(texts)
    return done / (time.perf_counter() - started), done / max(time.process_time() - cpu, 1e-9)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--model", type=Path, default=None, help="a trained pipeline (default: nlp/model)")
    arguments = parser.parse_args()

    from nlp.classify import classify
    from nlp.pipeline import load_nlp
    from profanity_check import predict_prob
    from schoolwatch.sampleweb import expected_mentions

    corpus = [json.loads(line)["text"] for line in (ROOT / "nlp/corpus/all.jsonl").read_text().splitlines()]
    tweets = [text for text in corpus if len(text) <= 280][:2000]
    articles = list({e.url: e.text for e in expected_mentions("http://x") if e.kind == "feeds"}.values())
    nlp = load_nlp(arguments.model) if arguments.model else load_nlp()

    def ours(texts: Sequence[str]) -> None:
        for _ in classify(nlp, texts):
            pass

    print(f"mentions per second, one core ({len(tweets)} tweet-length texts, {len(articles)} articles)")
    for name, texts in (("tweet-length", tweets), ("article-length", articles)):
        wall, cpu = rate(ours, texts, arguments.seconds)
        reference, _ = rate(lambda t: predict_prob(list(t)), texts, arguments.seconds)
        print(f"  {name:<15} schoolwatch {wall:8.0f}/s ({cpu:.0f}/s of CPU time)   alt-profanity-check {reference:8.0f}/s"
              f"   ratio {wall / reference:6.3f}")
    print("  target: 5,000 tweet-length mentions per second")


if __name__ == "__main__":
    main()
