"""The text classifiers read the rule components' findings as features (``nlp/components/cue_features.py``)."""

from __future__ import annotations

import spacy
from spacy import attrs
from spacy.strings import get_string_id

from nlp.components.cue_features import extract_features, findings

THREAT = "Tell Mr Ormsby he'd better watch himself in the car park"


def test_findings_name_the_flag_strength_and_rule(rules_nlp):
    keys = findings(rules_nlp(THREAT))
    assert get_string_id("cue=threat/strong") in keys
    assert get_string_id("rule=threat/watch yourself") in keys
    assert get_string_id("frame=reporting") not in keys


def test_findings_name_a_news_frame_and_doxxing(rules_nlp):
    report = findings(rules_nlp("The court heard he told the head 'I'll kill you'. He was jailed."))
    doxx = findings(rules_nlp("Mr Ormsby's personal mobile is 07700 900123, ring him"))
    assert get_string_id("frame=reporting") in report
    assert {get_string_id("pii=phone"), get_string_id("pii=doxxing")} <= set(doxx)


def test_a_doc_the_rules_never_saw_has_no_findings():
    assert findings(spacy.blank("en")(THREAT)) == []


def test_features_are_ngrams_plus_findings_only_when_asked(rules_nlp):
    doc = rules_nlp(THREAT)
    cue = get_string_id("cue=threat/strong")
    with_cues = extract_features(2, attrs.LOWER, cues=True)
    without = extract_features(2, attrs.LOWER, cues=False)
    (keys, _, lengths), _ = with_cues([doc], is_train=False)
    (plain_keys, _, _), _ = without([rules_nlp(THREAT)], is_train=False)
    assert cue in set(keys.tolist()) and cue not in set(plain_keys.tolist())
    assert set(plain_keys.tolist()) < set(keys.tolist()) and lengths.tolist() == [len(keys)]


def test_lexicon_counts_clearly_positive_and_negative_words():
    nlp = spacy.blank("en")
    layer = extract_features(1, attrs.LOWER, cues=False, lexicon=True)
    pos, neg = get_string_id("lex=pos"), get_string_id("lex=neg")
    for text, expected in [("What a gorgeous, wonderful reading corner", {pos: 2}),
                           ("Awful, horrible and useless", {neg: 3}),
                           ("The trip is on Tuesday", {})]:
        (keys, counts, _), _ = layer([nlp(text)], is_train=False)
        found = {k: c for k, c in zip(keys.tolist(), counts.tolist()) if k in (pos, neg)}
        assert found == expected, text


def test_a_name_after_a_title_reads_as_one_word_the_model_can_learn():
    nlp = spacy.blank("en")
    layer = extract_features(2, attrs.LOWER, cues=False, mask_names=True)

    def ngrams(text: str) -> set[int]:
        (keys, _, _), _ = layer([nlp(text)], is_train=False)
        return set(keys.tolist())

    pendleford, adeyemi = ngrams("Mrs Pendleford never replies"), ngrams("MRS ADEYEMI never replies")
    assert pendleford == adeyemi
    assert get_string_id("<name>") in pendleford and get_string_id("pendleford") not in pendleford
    # a lower-case word after a title is not a name ("mr motivator" stays as written), nor is a title alone
    assert get_string_id("motivator") in ngrams("ask mr motivator")
    assert ngrams("Mrs") == {get_string_id("mrs")}
