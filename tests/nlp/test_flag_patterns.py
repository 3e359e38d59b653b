from __future__ import annotations

import pytest


def _flags(nlp, text):
    doc = nlp(text)
    return {sp.label_ for sp in doc.spans["flags"]}, doc


@pytest.mark.parametrize("text", [
    "The Year 5s absolutely killed it at sports day!",
    "Mrs Castellan's killer lasagne sold out at the summer fair",
    "I could murder a coffee after drop off",
    "Break a leg to everyone in the school play tonight",
    "These teachers deserve a medal",
])
def test_idioms_are_not_threats(rules_nlp, text):
    flags, doc = _flags(rules_nlp, text)
    assert "threat" not in flags
    assert doc._.verdict.label != "malicious"


def test_threat_wording_is_strong(rules_nlp):
    flags, doc = _flags(rules_nlp, "Tell Mr Ormsby he'd better watch himself in the car park")
    assert "threat" in flags
    assert doc._.flag_strength["threat"] == "strong"


def test_starred_profanity_at_a_person_is_abuse(rules_nlp):
    flags, _ = _flags(rules_nlp, "f*** off Mr Ormsby, you are a useless c*nt")
    assert "abuse" in flags


def test_profanity_as_praise_is_not_abuse(rules_nlp):
    flags, _ = _flags(rules_nlp, "Fucking love this school, bloody brilliant nativity")
    assert "abuse" not in flags


def test_impersonation_claim_plus_payment_is_strong(rules_nlp):
    flags, doc = _flags(rules_nlp, "Message from the Headteacher: all parents must pay £25 via this link by Friday")
    assert "impersonation" in flags
    assert doc._.flag_strength["impersonation"] == "strong"


def test_a_real_head_announcing_is_only_a_hint(rules_nlp):
    _, doc = _flags(rules_nlp, "This is Mr Ormsby. The carol concert is livestreamed at 6pm.")
    assert doc._.flag_strength.get("impersonation") == "hint"
    assert doc._.verdict.label == "neutral"


def test_named_pupil_needs_a_hostile_post(rules_nlp):
    hostile, _ = _flags(rules_nlp, "Tyler in Year 4 at Harrowgate Fields is a feral little thug")
    friendly, _ = _flags(rules_nlp, "Tyler in Year 4 at Harrowgate Fields won the chess cup")
    assert "pupil_identified" in hostile
    assert "pupil_identified" not in friendly


def test_quoted_threat_drops_a_level(rules_nlp):
    _, doc = _flags(rules_nlp, "He texted me 'you better watch your back' last night")
    assert doc._.flag_strength["threat"] == "weak"


def test_threat_mentioned_as_an_example_drops_two_levels(rules_nlp):
    _, doc = _flags(rules_nlp, "The union says threats like 'better watch your back' are now common")
    assert doc._.flag_strength["threat"] == "hint"


def test_news_report_frame_is_found(rules_nlp):
    _, doc = _flags(rules_nlp, "The court heard he told the head 'I'll kill you'. He was jailed.")
    assert len(doc.spans["reporting"]) >= 1
    assert doc._.verdict.label != "malicious"


def test_every_rule_has_anchors():
    from nlp.components.cues import ANCHORS, FLAG_CUES

    assert {name for _, name, _, _ in FLAG_CUES} == set(ANCHORS)
