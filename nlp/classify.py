"""Classify texts with a loaded pipeline: one :class:`nlp.verdict.Verdict` per text, in order.

Texts longer than :data:`MAX_CHARS` are cut (a mention is a post or an article; the rest adds
nothing but time); anything that is not a string is classified as its ``str()``, ``None`` as an
empty text (the pipeline's ``safe_textcat`` copes with empty docs in a batch), and half a
character (a lone surrogate, which JSON can carry) as U+FFFD. Each doc carries its text in
``user_data`` so the rule components need not rebuild it from the tokens.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING, Any

from nlp.components import annotations
from nlp.components.text import TEXT_KEY
from nlp.verdict import Verdict

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MAX_CHARS = 20_000
# In a Python str a whole character is one code point, so one in this range is half of one: spaCy
# (like any UTF-8 encoder) raises on it. The spiders clean their own input the same way.
LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _clean(text: Any) -> str:
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    return LONE_SURROGATE.sub("\ufffd", text[:MAX_CHARS])


def _docs(nlp: Language, texts: Iterable[Any]) -> Iterator[Doc]:
    """Tokenised docs that carry their text (the rule components read it instead of rebuilding it)."""
    make_doc = nlp.make_doc
    for text in texts:
        text = _clean(text)
        doc = make_doc(text)
        doc.user_data[TEXT_KEY] = text
        yield doc


def classify(nlp: Language, texts: Iterable[str], batch_size: int = 128) -> Iterator[Verdict]:
    """Verdicts for ``texts``, lazily and in order.

    Each batch goes through the pipeline's components in turn, as ``nlp.pipe`` would send it, but
    without one generator per component per doc between them (measured: 6% of classifying a tweet).
    ``batch_size``: 128 measured a little faster than 64 or 256 (bigger batches keep more docs alive
    for the garbage collector to scan; smaller ones pay the classifiers' per-batch cost more often).
    """
    steps = [(getattr(component, "pipe", None), component) for _, component in nlp.pipeline]
    documents = _docs(nlp, texts)
    while batch := list(islice(documents, batch_size)):
        for pipe, component in steps:
            batch = list(pipe(batch, batch_size=batch_size)) if pipe else [component(doc) for doc in batch]
        for doc in batch:
            yield annotations.get(doc, "verdict")


def model_version(nlp: Language) -> str:
    """``name-version+inputs`` from the model's meta, e.g. ``classifier-0.1.0+3f2a9c1e``.

    ``inputs`` is the hash of what the model was trained from (corpus, config, splits), so a
    classification records exactly which model made it.
    """
    meta = nlp.meta
    version = f"{meta.get('name', 'pipeline')}-{meta.get('version', '0.0.0')}"
    inputs = meta.get("schoolwatch", {}).get("inputs_sha256", "")
    return f"{version}+{inputs[:8]}" if inputs else version
