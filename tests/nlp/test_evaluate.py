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


def _mixed(n):
    """``n`` malicious threats, every third missed; as many neutral posts, all right."""
    gold = _rows([("malicious", ["threat"])] * n + [("neutral", [])] * n)
    pred = _rows([("critical", []) if i % 3 == 0 else ("malicious", ["threat"]) for i in range(n)] + [("neutral", [])] * n)
    return gold, pred


def test_intervals_hold_the_measured_number_and_repeat_with_the_seed():
    from nlp.evaluate import headline, intervals

    gold, pred = _mixed(30)
    measured = headline(scores(gold, pred))
    ranges = intervals(gold, pred, draws=300, seed=3)
    assert set(ranges) == set(measured)
    for name, (low, high) in ranges.items():
        assert low <= measured[name] <= high, name
    low, high = ranges["malicious_recall"]
    assert low < measured["malicious_recall"] < high  # a third missed at random draws is not always a third
    assert ranges == intervals(gold, pred, draws=300, seed=3)


def test_interval_narrows_with_more_examples():
    from nlp.evaluate import intervals

    def width(n):
        low, high = intervals(*_mixed(n), draws=300)["malicious_recall"]
        return high - low

    assert width(300) < width(30)


def test_variants_of_one_post_are_drawn_together():
    """Rows sharing a group are one draw: all in one group, every resample is the whole set."""
    from nlp.evaluate import intervals

    gold, pred = _mixed(30)
    for row in gold:
        row["group"] = "one post"
    low, high = intervals(gold, pred, draws=100)["malicious_recall"]
    assert low == high == pytest.approx(20 / 30)


def test_markdown_shows_the_ranges():
    from nlp.evaluate import intervals

    gold, pred = _mixed(30)
    m = scores(gold, pred)
    m["intervals"] = intervals(gold, pred, draws=100)
    low, high = m["intervals"]["recall_threat"]
    text = to_markdown(m)
    assert f"| threat | 0.667 ({low:.3f}–{high:.3f}) | 30 |" in text
    assert "resamples" in text
