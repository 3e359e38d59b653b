"""What a spider established itself, applied to the classifier's verdict.

Some facts are not in a text's words: the ``impersonation`` source looked an account up and saw that
it presents itself as the school or a member of staff, and that it is not one of the official
accounts. Such a signal makes the mention malicious with that flag, whatever the text model thinks
of a harmless-looking bio, and its reason says what was checked.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from nlp.labels import FLAG_NAMES
from nlp.verdict import Verdict

SIGNAL_CONFIDENCE = 0.9  # a lookup, not a guess: the account exists and claims the identity


def with_signals(verdict: Verdict, signals: Iterable[Mapping[str, str]]) -> Verdict:
    """``verdict`` with each signal's flag, target and reason added (``{"flag", "target", "reason"}``)."""
    signals = [s for s in signals if s.get("flag") in FLAG_NAMES]
    if not signals:
        return verdict
    flags = set(verdict.flags) | {s["flag"] for s in signals}
    targets = list(dict.fromkeys([*(s["target"] for s in signals if s.get("target")), *verdict.targets]))
    reasons = [*(s["reason"] for s in signals if s.get("reason")), *verdict.reasons]
    confidence = max(verdict.confidence, SIGNAL_CONFIDENCE) if verdict.label == "malicious" else SIGNAL_CONFIDENCE
    return replace(
        verdict,
        label="malicious",
        confidence=confidence,
        flags=[flag for flag in FLAG_NAMES if flag in flags],
        targets=targets,
        reasons=reasons,
    )
