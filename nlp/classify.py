"""Classify texts with a loaded pipeline: one :class:`nlp.verdict.Verdict` per text, in order.

Texts longer than :data:`MAX_CHARS` are cut (a mention is a post or an article; the rest adds
nothing but time); anything that is not a string is classified as its ``str()``; an empty text as
a single space.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from nlp.verdict import Verdict

if TYPE_CHECKING:
    from spacy.language import Language

MAX_CHARS = 20_000


def _clean(text: Any) -> str:
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    # An empty doc next to a non-empty one trips the bag-of-words n-gram layer (thinc indexes an
    # empty array); a single space is a harmless one-token doc.
    return text[:MAX_CHARS] or " "


def classify(nlp: Language, texts: Iterable[str], batch_size: int = 256) -> Iterator[Verdict]:
    """Verdicts for ``texts``, lazily and in order."""
    for doc in nlp.pipe((_clean(t) for t in texts), batch_size=batch_size):
        yield doc._.verdict


def model_version(nlp: Language) -> str:
    """``name-version+corpus`` from the model's meta, e.g. ``classifier-0.1.0+3f2a9c1e``."""
    meta = nlp.meta
    version = f"{meta.get('name', 'pipeline')}-{meta.get('version', '0.0.0')}"
    corpus = meta.get("schoolwatch", {}).get("corpus_sha256", "")
    return f"{version}+{corpus[:8]}" if corpus else version
