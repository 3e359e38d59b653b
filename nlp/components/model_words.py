"""The words behind a classifier's answer, so a reason can quote them instead of a bare score.

``textcat`` and ``flagcat`` are linear: a label's score is the sum of one weight per word and per
pair of words in the post (plus what the rules found). So the words that pushed an answer are
exact, not guessed: each word's weight for the label against the runner-up (``textcat``, one label
of three) or for the flag alone (``flagcat``). A two-word phrase counts both words and the pair.
:class:`ModelWords` finds the few phrases that pushed hardest, for reasons like
``model: malicious (0.64), words that weighed most: "find out", "what happens"``: a headteacher
can read them and see whether the model cared about the right thing (or only about a name).
"""

from __future__ import annotations

from typing import Any

import numpy
from spacy.attrs import IS_PUNCT, IS_SPACE, IS_STOP
from spacy.tokens import Doc, Span

from nlp.components.cue_features import ngram_keys

TOP = 3  # phrases quoted per answer: enough to check, short enough to read


class ModelWords:
    """Reads one ``schoolwatch.TextCatBOW.v2`` classifier's weights for the words of a doc."""

    def __init__(self, pipe: Any) -> None:
        model = pipe.model
        self.labels: list[str] = list(pipe.labels)
        self.linear = model.get_ref("output_layer")
        features = next(node for node in model.walk() if node.name == "extract_features").attrs
        self.attr, self.mask_names = features["attr"], features.get("mask_names", False)
        if features["ngram_size"] < 2:
            raise ValueError("quoting reads the weights of words and of pairs of words")
        self.exclusive = model.attrs.get("multi_label") is False
        self.ops = model.ops

    @classmethod
    def of(cls, pipe: Any) -> ModelWords | None:
        """A reader for ``pipe``, or ``None`` if it is not a bag-of-words classifier built here."""
        try:
            return cls(pipe)
        except (AttributeError, KeyError, StopIteration, ValueError):
            return None

    def _weights(self, doc: Doc) -> numpy.ndarray:
        """Each label's weight (columns) for each word of ``doc`` then each pair of neighbours (rows)."""
        unigrams = doc.to_array([self.attr]).astype("uint64")
        keys = numpy.concatenate(ngram_keys(self.ops, doc, unigrams, 2, self.mask_names))
        ones = numpy.ones(len(keys), dtype="int32")
        # one "doc" per word or pair: each row is that feature's weights plus the bias
        weights = numpy.asarray(self.linear.predict((keys, ones.astype("f"), ones)))
        return weights - numpy.asarray(self.linear.get_param("b"))

    def strongest(self, doc: Doc, labels: list[str], top: int = TOP) -> dict[str, list[Span]]:
        """For each of ``labels``, up to ``top`` non-overlapping one- or two-word spans that pushed
        hardest towards it, in text order."""
        labels = [label for label in labels if label in self.labels]
        if len(doc) == 0 or not labels:
            return {}
        weights = self._weights(doc)
        found = {}
        for label in labels:
            column = self.labels.index(label)
            push = weights[:, column]
            if self.exclusive:
                # against the runner-up: the label that would have won without these words
                others = [i for i in range(len(self.labels)) if i != column]
                push = push - weights[:, max(others, key=lambda i: doc.cats.get(self.labels[i], 0.0))]
            found[label] = self._spans(doc, push, top)
        return found

    @staticmethod
    def _spans(doc: Doc, push: numpy.ndarray, top: int) -> list[Span]:
        n = len(doc)
        words, pairs = push[:n], push[n:]
        scores = numpy.concatenate([words, words[:-1] + words[1:] + pairs])
        # overlaps are skipped, so look a little past ``top``; sorting every candidate costs more
        best = numpy.argpartition(-scores, min(4 * top, len(scores) - 1))[: 4 * top]
        best = best[numpy.argsort(-scores[best])]
        punct, space, stop = doc.to_array([IS_PUNCT, IS_SPACE, IS_STOP]).T.tolist()
        chosen: list[tuple[int, int]] = []
        taken: set[int] = set()
        for index, score in zip(best.tolist(), scores[best].tolist()):
            if score <= 0 or len(chosen) == top:
                break
            start, end = (index, index + 1) if index < n else (index - n, index - n + 2)
            while start < end and (punct[start] or space[start]):
                start += 1
            while end > start and (punct[end - 1] or space[end - 1]):
                end -= 1
            if start == end:
                continue
            # quote whole written words: "Can't wait", not "n't wait"
            while start > 0 and not doc[start - 1].whitespace_ and not punct[start - 1]:
                start -= 1
            while end < n and not doc[end - 1].whitespace_ and not punct[end]:
                end += 1
            if not taken.isdisjoint(range(start, end)):
                continue
            # "it" or "of a" is true but tells a reader nothing; "I'll" (two stop words, one written word) stays
            several_words = any(doc[i].whitespace_ for i in range(start, end - 1))
            if all(stop[start:end]) and (end - start == 1 or several_words):
                continue
            chosen.append((start, end))
            taken.update(range(start, end))
        return [doc[start:end] for start, end in sorted(chosen)]
