from __future__ import annotations

import pytest

from nlp.evaluate import evaluate, scores, to_markdown


def _rows(pairs):
    return [{"label": label, "flags": flags} for label, flags in pairs]


def test_scores_arithmetic_on_a_hand_made_confusion():
    gold = _rows([("neutral", []), ("neutral", []), ("critical", []), ("critical", []),
                  ("malicious", ["threat"]), ("malicious", ["threat", "abuse"])])
    pred = _rows([("neutral", []), ("critical", []), ("critical", []), ("malicious", ["abuse"]),
                  ("malicious", ["threat"]), ("critical", [])])
    m = scores(gold, pred)
    assert m["n"] == 6
    assert m["confusion"]["neutral"] == {"neutral": 1, "critical": 1, "malicious": 0}
    assert m["confusion"]["critical"] == {"neutral": 0, "critical": 1, "malicious": 1}
    assert m["confusion"]["malicious"] == {"neutral": 0, "critical": 1, "malicious": 1}
    assert m["per_class"]["neutral"]["precision"] == 1.0
    assert m["per_class"]["neutral"]["recall"] == 0.5
    assert m["per_class"]["neutral"]["f1"] == pytest.approx(2 / 3)
    assert m["per_class"]["critical"]["precision"] == pytest.approx(1 / 3)
    assert m["per_class"]["critical"]["recall"] == 0.5
    assert m["per_class"]["critical"]["f1"] == pytest.approx(0.4)
    assert m["per_class"]["malicious"]["precision"] == 0.5
    assert m["per_class"]["malicious"]["recall"] == 0.5
    assert m["macro_f1"] == pytest.approx((2 / 3 + 0.4 + 0.5) / 3)
    assert m["accuracy"] == pytest.approx(3 / 6)
    assert m["critical_to_malicious"] == 0.5
    assert m["flag_recall"]["threat"] == {"recall": 0.5, "support": 2}
    assert m["flag_recall"]["abuse"] == {"recall": 0.0, "support": 1}
    assert m["flag_recall"]["hate"] == {"recall": 0.0, "support": 0}
    assert m["flag_precision"]["threat"] == {"precision": 1.0, "said": 1}
    assert m["flag_precision"]["abuse"] == {"precision": 0.0, "said": 1}  # said of a critical post


def test_scores_refuses_misaligned_rows():
    with pytest.raises(ValueError):
        scores(_rows([("neutral", [])]), [])


def test_markdown_has_the_tables():
    m = scores(_rows([("neutral", []), ("malicious", ["threat"])]), _rows([("neutral", []), ("malicious", ["threat"])]))
    text = to_markdown(m)
    assert "| label | precision | recall | F1 | n |" in text
    assert "| flag | recall | n | precision | flagged |" in text
    assert "| threat | 1.000 | 1 | 1.000 | 1 |" in text
    assert "macro-F1" in text


def test_evaluate_with_the_model(model_nlp):
    examples = [{"text": "Lovely sports day at Harrowgate Fields", "label": "neutral", "flags": []},
                {"text": "Mr Ormsby better watch himself in the car park", "label": "malicious", "flags": ["threat"]}]
    m = evaluate(model_nlp, examples)
    assert m["n"] == 2 and m["flag_recall"]["threat"]["recall"] == 1.0
    assert m["model"].startswith("classifier-")
