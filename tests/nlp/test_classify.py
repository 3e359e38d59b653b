from __future__ import annotations

from nlp.classify import MAX_CHARS, classify, model_version
from nlp.labels import FLAG_NAMES, LABEL_NAMES
from nlp.verdict import Verdict


def _valid(verdict):
    assert isinstance(verdict, Verdict)
    assert verdict.label in LABEL_NAMES
    assert set(verdict.flags) <= set(FLAG_NAMES)
    assert 0.0 <= verdict.confidence <= 1.0
    assert verdict.label == "malicious" or verdict.flags == []
    assert verdict.to_json()["label"] == verdict.label


def test_odd_inputs_give_valid_verdicts(model_nlp):
    texts = ["", "   ", "😀🔥💯" * 50, "\x00\x01\ufffd%%%$$$###", "a" * (MAX_CHARS * 3),
             "Mr Ormsby " * 5000, "ÀÉÎÕÜ ñ ß ∂ƒ©˙∆˚¬", None, 12345]
    verdicts = list(classify(model_nlp, texts, batch_size=4))
    assert len(verdicts) == len(texts)
    for verdict in verdicts:
        _valid(verdict)


def test_order_is_kept(model_nlp):
    texts = ["Lovely nativity play, well done Harrowgate Fields!",
             "Mr Ormsby's personal mobile is 07700 900481, ring him and tell him what you think"]
    neutral, doxxing = classify(model_nlp, texts)
    assert doxxing.label == "malicious" and "doxxing" in doxxing.flags
    assert neutral.label != "malicious"


def test_model_version(model_nlp):
    version = model_version(model_nlp)
    assert version.startswith("classifier-") and "+" in version
