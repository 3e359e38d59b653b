from __future__ import annotations

import spacy

from nlp.pipeline import register_components


def _spans(nlp, text):
    doc = nlp(text)
    return [(sp.label_, sp.kb_id_, sp.text) for sp in doc.spans["profile"]]


def test_school_alias_town_and_staff_variants(rules_nlp):
    spans = _spans(rules_nlp, "HFPS in Pendlecombe: Mr Ormsby and Mrs Castellan ran sports day")
    assert ("school", "", "HFPS") in spans
    assert ("town", "", "Pendlecombe") in spans
    assert ("staff", "Daniel Ormsby", "Mr Ormsby") in spans
    assert ("staff", "Rukmini Castellan", "Mrs Castellan") in spans


def test_case_insensitive_full_name(rules_nlp):
    assert ("staff", "Daniel Ormsby", "DANIEL ORMSBY") in _spans(rules_nlp, "DANIEL ORMSBY is the head")


def test_first_name_needs_school_context(rules_nlp):
    assert _spans(rules_nlp, "Daniel said hi at the shops") == []
    spans = _spans(rules_nlp, "Daniel at Harrowgate Fields said hi")
    assert ("staff", "Daniel Ormsby", "Daniel") in spans


def test_excluded_homonym_is_not_the_school(rules_nlp):
    doc = rules_nlp("Roadworks on Harrowgate Fields Road until Friday")
    assert [sp for sp in doc.spans["profile"] if sp.label_ == "school"] == []
    assert doc._.profile_targets == []


def test_targets_list_school_and_staff_full_names(rules_nlp):
    doc = rules_nlp("Harrowgate Fields should sack Mr Ormsby")
    assert doc._.profile_targets == ["school", "Daniel Ormsby"]


def test_without_a_profile_nothing_matches():
    register_components()
    nlp = spacy.blank("en")
    nlp.add_pipe("profile_matcher")
    doc = nlp("Harrowgate Fields and Mr Ormsby")
    assert list(doc.spans["profile"]) == []
