"""What the components leave on a doc for the next one: ``doc._.flag_strength``, ``doc._.doxxing``,
``doc._.verdict``.

Each value lives in ``doc.user_data`` under its own key, and the ``doc._`` extension reads and
writes that same entry. The components use :func:`put` and :func:`get`, because spaCy builds a new
accessor object on every ``doc._`` (about 4 µs a time; the components read and write these values
eight times per doc, about a twentieth of classifying a tweet).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

KEYS = {name: f"schoolwatch.{name}" for name in ("flag_strength", "doxxing", "verdict")}


def register(name: str) -> None:
    """Register ``doc._.<name>`` (idempotent), reading and writing the entry :func:`put` writes."""
    if not Doc.has_extension(name):
        key = KEYS[name]
        Doc.set_extension(name, getter=lambda doc: doc.user_data.get(key),
                          setter=lambda doc, value: doc.user_data.__setitem__(key, value))


def put(doc: Doc, name: str, value: Any) -> None:
    """Leave ``value`` on ``doc`` as ``doc._.<name>``."""
    doc.user_data[KEYS[name]] = value


def get(doc: Doc, name: str) -> Any:
    """``doc._.<name>``, or ``None`` if the component that sets it has not run on ``doc``."""
    return doc.user_data.get(KEYS[name])
