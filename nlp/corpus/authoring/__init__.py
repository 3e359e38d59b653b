"""Hand-written corpus examples, one module per area; :func:`all_examples` collects them.

Each module's ``EXAMPLES`` holds ``(label, flags, text)`` or ``(label, flags, text, group)`` rows,
``flags`` space-separated. Without a group an example is its own group; rows written as variations
of one post share a group so they never straddle the train/dev/test split.

A module with ``TRAIN_ONLY = True`` was written after the dev and test splits were frozen
(2026-11-24): its rows go to train only, so dev and test stay the same yardstick from one round of
writing to the next (``nlp.corpus.split`` still refuses any such row too close to a dev or test row).
"""

from __future__ import annotations

import hashlib
import pkgutil
from importlib import import_module

# Every module in this folder, in name order: a new area of examples is a new file, nothing else.
MODULES = tuple(sorted(info.name for info in pkgutil.iter_modules(__path__)))


def all_examples() -> list[dict]:
    """Every example as ``{"text", "label", "flags", "group"}`` (plus ``"train_only": True`` from a
    train-only module), in module order."""
    rows = []
    for name in MODULES:
        module = import_module(f"{__name__}.{name}")
        train_only = getattr(module, "TRAIN_ONLY", False)
        for row in module.EXAMPLES:
            label, flags, text = row[:3]
            group = row[3] if len(row) > 3 else f"{name}-{hashlib.sha1(text.encode()).hexdigest()[:10]}"
            example = {"text": text, "label": label, "flags": flags.split(), "group": group}
            if train_only:
                example["train_only"] = True
            rows.append(example)
    return rows
