"""A spider's signal (a looked-up fake account) decides the verdict, and says why."""

from __future__ import annotations

from nlp.signals import with_signals
from nlp.verdict import Verdict

SIGNAL = {"flag": "impersonation", "target": "Priya Lambert", "reason": "The mastodon account @mrslambert presents itself as Priya Lambert."}


def test_a_harmless_looking_bio_with_an_impersonation_signal_is_malicious():
    verdict = with_signals(Verdict("neutral", 0.8, [], ["school"], ["model: neutral 0.80"]), [SIGNAL])
    assert verdict.label == "malicious" and verdict.flags == ["impersonation"]
    assert verdict.targets == ["Priya Lambert", "school"]
    assert verdict.reasons[0] == SIGNAL["reason"] and "model: neutral 0.80" in verdict.reasons


def test_flags_already_found_are_kept_in_their_usual_order():
    verdict = with_signals(Verdict("malicious", 0.97, ["threat"], [], []), [SIGNAL])
    assert verdict.flags == ["threat", "impersonation"] and verdict.confidence == 0.97


def test_no_signal_or_an_unknown_one_changes_nothing():
    verdict = Verdict("critical", 0.7, [], ["school"], ["model"])
    assert with_signals(verdict, []) is verdict
    assert with_signals(verdict, [{"flag": "rumour", "reason": "x"}]) is verdict
