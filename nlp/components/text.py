"""A doc's text, computed once and shared by the rule components."""

from __future__ import annotations

from typing import Any

TEXT_KEY = "schoolwatch.text"


LOWER_KEY = "schoolwatch.lower"


def doc_lower(doc: Any) -> str:
    """The doc's text lower-cased with curly apostrophes straightened, same length as the text.

    A few characters lower-case to two (``İ``); they are kept as they are so offsets still hold.
    """
    lowered = doc.user_data.get(LOWER_KEY)
    if lowered is None:
        text = doc_text(doc).replace("\u2019", "'")
        lowered = text.lower()
        if len(lowered) != len(text):
            lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        doc.user_data[LOWER_KEY] = lowered
    return lowered


def doc_text(doc: Any) -> str:
    """``doc.text``, computed once per doc (spaCy rebuilds it from the tokens on every access)."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text
