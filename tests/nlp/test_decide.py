from __future__ import annotations

from nlp.labels import FLAG_NAMES, LABEL_NAMES
from nlp.verdict import Verdict


def test_threat_raises_to_malicious_with_quoted_reason_and_target(rules_nlp):
    verdict = rules_nlp("Tell Mr Ormsby he'd better watch himself in the car park after parents evening")._.verdict
    assert isinstance(verdict, Verdict)
    assert verdict.label == "malicious" and verdict.flags == ["threat"]
    assert "Daniel Ormsby" in verdict.targets
    assert any(r.startswith("threat wording") and '"better watch himself in the car park' in r for r in verdict.reasons)
    assert verdict.confidence >= 0.9


def test_flags_only_on_malicious(rules_nlp):
    verdict = rules_nlp("Honestly Mr Ormsby is a nice man but a hopeless head")._.verdict
    assert verdict.label != "malicious"
    assert verdict.flags == []


def test_pupil_target(rules_nlp):
    verdict = rules_nlp("Kayden in Year 5 at Harrowgate Fields is a vile little thug and a bully, "
                        "tell him I'll batter him")._.verdict
    assert verdict.label == "malicious"
    assert "pupil_identified" in verdict.flags and "pupil" in verdict.targets


def test_targets_without_profile_match_use_titles(rules_nlp):
    verdict = rules_nlp("Mrs Pemberton at Oakvale Primary better watch herself")._.verdict
    assert verdict.label == "malicious"
    assert "Mrs Pemberton" in verdict.targets and "school" in verdict.targets


def test_a_surname_beyond_a_to_z_is_named_whole(rules_nlp):
    """A target or a reason cut at "ń" would name "Mrs Szyma", someone else; one with an "'s" two people."""
    verdict = rules_nlp("Mrs Szymańska at Oakvale Primary better watch herself")._.verdict
    assert "Mrs Szymańska" in verdict.targets
    possessive = rules_nlp("Mr O'Neill-Jones's class at Oakvale Primary, he'd better watch himself")._.verdict
    assert "Mr O'Neill-Jones" in possessive.targets
    doxxed = rules_nlp("Mr Öztürk from Oakvale Primary lives at 14 Larch Close, go and see him")._.verdict
    assert any(r.endswith('near Mr Öztürk: "14 Larch Close"') for r in doxxed.reasons), doxxed.reasons


def test_verdict_vocabulary(rules_nlp):
    for text in ["", "hello", "Mr Ormsby's number is 07700 900555 ring him", "I know where she lives"]:
        verdict = rules_nlp(text)._.verdict
        assert verdict.label in LABEL_NAMES
        assert set(verdict.flags) <= set(FLAG_NAMES)
        assert 0.0 <= verdict.confidence <= 1.0
        assert all(isinstance(r, str) and r for r in verdict.reasons)


def test_every_flag_a_cue_can_raise_has_a_reason_wording():
    from nlp.components.cues import FLAG_CUES
    from nlp.components.decide import WORDING

    assert {cue.flag for cue in FLAG_CUES} <= set(WORDING)


def test_private_life_cue_names_doxxing_with_a_quoted_reason(rules_nlp):
    verdict = rules_nlp("Mr Ormsby's wife works at the big Tesco on the bypass, go and tell her what he did. "
                        "And he better watch himself")._.verdict
    assert verdict.label == "malicious" and "doxxing" in verdict.flags
    assert any(r.startswith("private life exposed (family located)") for r in verdict.reasons)


def test_the_malicious_score_needs_both_classifiers():
    from pytest import approx

    from nlp.components.decide import model_scores

    textcat = {"neutral": 0.1, "critical": 0.1, "malicious": 0.8}
    no_flag = {flag: 0.0 for flag in FLAG_NAMES}
    assert model_scores(textcat) == textcat  # no flagcat: textcat's scores as they are

    agreed = model_scores({**textcat, **no_flag, "threat": 0.8, "abuse": 0.3})
    assert agreed["malicious"] == approx(0.8)

    doubted = model_scores({**textcat, **no_flag, "threat": 0.2})
    assert doubted["malicious"] == approx(0.4)  # sqrt(0.8 * 0.2)
    assert doubted["neutral"] == approx(0.3) and doubted["critical"] == approx(0.3)
    assert sum(doubted.values()) == approx(1.0)

    skipped = model_scores({"neutral": 0.5, "critical": 0.35, "malicious": 0.15, **no_flag})
    assert skipped["malicious"] == 0.0 and max(skipped, key=skipped.get) == "neutral"
    assert sum(skipped.values()) == approx(1.0)


def test_hate_aimed_at_a_person_is_abuse_too(rules_nlp):
    aimed = rules_nlp("Mr Ormsby should go back to where he came from. Foreign teachers always "
                      "get away with it")._.verdict
    assert aimed.label == "malicious" and {"hate", "abuse"} <= set(aimed.flags)
    assert "abuse: the hateful words are aimed at Daniel Ormsby" in aimed.reasons

    at_a_group = rules_nlp("Foreign teachers always get away with it. They should go back to "
                           "where they came from")._.verdict
    assert at_a_group.label == "malicious" and "hate" in at_a_group.flags
    assert "abuse" not in at_a_group.flags


def _quoted_words(reason: str) -> list[str]:
    import re

    return re.findall(r'"([^"]+)"', reason.partition("words that weighed most:")[2])


def test_a_takedown_on_the_models_word_alone_quotes_the_words_it_weighed(model_nlp):
    text = "Absolute state of Mr Ormsby waddling round the playground, someone get the man a treadmill"
    doc = model_nlp(text)
    verdict = doc._.verdict
    assert verdict.label == "malicious" and not doc._.flag_strength  # no rule fired: the model decided
    quoted = _quoted_words(next(r for r in verdict.reasons if r.startswith("model: malicious")))
    assert quoted and all(words in text for words in quoted)

    def malicious_without(*removed: str) -> float:
        reduced = text
        for words in removed:
            reduced = reduced.replace(words, " ")
        return model_nlp(reduced).cats["malicious"]

    # they are what the model weighed: without them it is less sure than without any other word
    others = [word for word in text.replace(",", "").split() if not any(word in words for words in quoted)]
    assert malicious_without(*quoted) < min(malicious_without(word) for word in others)


def test_a_flag_only_the_model_gave_quotes_its_words_and_rule_flags_quote_the_rule(model_nlp):
    text = "Everyone knows Mr Ormsby fiddles the books, the thieving little weasel. Better watch yourself mate."
    verdict = model_nlp(text)._.verdict
    assert {"threat", "abuse", "allegation"} <= set(verdict.flags)
    by_model = next(r for r in verdict.reasons if r.startswith("model flag: abuse"))
    assert _quoted_words(by_model) and all(words in text for words in _quoted_words(by_model))
    assert any(r.startswith("threat wording") for r in verdict.reasons)
    # the label has rules behind it, so the model's line gives its score only
    assert not _quoted_words(next(r for r in verdict.reasons if r.startswith("model: ")))


def test_scores_stay_probabilities_when_textcat_is_all_but_sure():
    import numpy

    from nlp.components.decide import model_scores

    # float32 scores as textcat gives them: 1 - malicious is not exactly neutral + critical
    cats = {"neutral": numpy.float32(1.5e-7), "critical": numpy.float32(0.0), "malicious": numpy.float32(0.9999999),
            "threat": numpy.float32(0.0), "abuse": numpy.float32(0.0)}
    scores = model_scores(cats)
    assert all(0.0 <= value <= 1.0 for value in scores.values())
    assert abs(sum(scores.values()) - 1.0) < 1e-6
