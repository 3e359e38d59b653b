from __future__ import annotations

import time

import pytest

from nlp.errors import ModelMissing
from nlp.pipeline import MODEL_DIR, load_nlp

PIPES = ["profile_matcher", "pii_detector", "flag_patterns", "textcat", "flagcat", "decide"]


def test_missing_model_is_a_clear_error(tmp_path):
    with pytest.raises(ModelMissing, match="no trained model; run `schoolwatch train`"):
        load_nlp(tmp_path / "nothing")


def test_load_with_profile(model_nlp):
    assert model_nlp.pipe_names == PIPES
    verdict = model_nlp("Mr Ormsby at Harrowgate Fields better watch his back")._.verdict
    assert verdict.label == "malicious" and "Daniel Ormsby" in verdict.targets


def test_load_without_profile_matches_no_school(model_nlp):
    nlp = load_nlp()
    doc = nlp("Mr Ormsby at Harrowgate Fields")
    assert list(doc.spans["profile"]) == []
    assert doc._.verdict.label in ("neutral", "critical", "malicious")


def test_load_is_fast(model_nlp):
    start = time.perf_counter()
    load_nlp(MODEL_DIR)
    assert time.perf_counter() - start < 2.0
