"""The classifier's answer for one text, as the store, the reports and ``classify --stdin`` see it."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Verdict:
    label: str  # one of nlp.labels.LABEL_NAMES
    confidence: float  # 0..1, the probability of the chosen label after the rules
    flags: list[str] = field(default_factory=list)  # subset of nlp.labels.FLAG_NAMES
    targets: list[str] = field(default_factory=list)  # "school", a staff member's full name, or "pupil"
    reasons: list[str] = field(default_factory=list)  # short, human-readable, each quotes a span or names the model

    def to_json(self) -> dict[str, Any]:
        return asdict(self)
