"""Shared fixtures for the classifier tests: an invented school profile, a rules-only pipeline
(no trained model needed) and the trained model at ``nlp/model/`` (built by ``python -m nlp.train``)."""

from __future__ import annotations

import pytest
import spacy

from nlp.pipeline import MODEL_DIR, load_nlp, register_components, set_profile
from schoolwatch.config import Profile

RULE_PIPES = ("profile_matcher", "pii_detector", "flag_patterns", "decide")


@pytest.fixture(scope="session")
def profile() -> Profile:
    return Profile.model_validate({
        "school": {
            "name": "Harrowgate Fields Primary School",
            "aliases": ["Harrowgate Fields", "HFPS"],
            "town": "Pendlecombe",
            "exclude": ["Harrowgate Fields Road"],
        },
        "staff": [
            {"name": "Daniel Ormsby", "role": "headteacher", "aliases": ["Mr Ormsby"]},
            {"name": "Rukmini Castellan", "role": "teacher"},
        ],
    })


@pytest.fixture(scope="session")
def rules_nlp(profile: Profile):
    """The rule components and ``decide`` without a text classifier, with the profile set."""
    register_components()
    nlp = spacy.blank("en")
    for name in RULE_PIPES:
        nlp.add_pipe(name)
    set_profile(nlp, profile)
    return nlp


@pytest.fixture(scope="session")
def model_nlp(profile: Profile):
    if not (MODEL_DIR / "config.cfg").is_file():
        pytest.skip("needs the trained model at nlp/model/ (run `python -m nlp.train`)")
    return load_nlp(profile=profile)
