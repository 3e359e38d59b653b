from __future__ import annotations

import pytest

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


def test_classify_answers_as_nlp_pipe_does(model_nlp):
    """``classify`` runs the components itself (for speed); its verdicts must be ``nlp.pipe``'s, across batches."""
    import json

    from nlp.train import CORPUS_DIR

    lines = (CORPUS_DIR / "dev.jsonl").read_text(encoding="utf-8").splitlines()[:150]
    texts = [json.loads(line)["text"] for line in lines]
    expected = [doc._.verdict for doc in model_nlp.pipe(texts, batch_size=64)]
    assert list(classify(model_nlp, texts, batch_size=16)) == expected
    assert {v.label for v in expected} == set(LABEL_NAMES)


def test_model_version(model_nlp):
    version = model_version(model_nlp)
    assert version.startswith("classifier-") and "+" in version


def test_empty_text_in_a_batch_is_handled_by_the_pipeline(model_nlp):
    """The pipeline itself (``safe_textcat``), not a workaround in ``classify``, copes with empty docs."""
    docs = list(model_nlp.pipe(["Lovely nativity at Harrowgate Fields", "", "Mr Ormsby better watch his back"]))
    assert docs[1].cats["neutral"] == 0.0 and docs[1]._.verdict.label == "neutral"
    assert docs[2]._.verdict.label == "malicious"


def _scored(model_nlp, text, **scores):
    """The verdict on ``text`` after the rule components, with the classifiers' scores set to ``scores``
    (every label and flag not named scores 0)."""
    doc = model_nlp.make_doc(text)
    doc.cats = {name: 0.0 for name in (*LABEL_NAMES, *FLAG_NAMES)} | scores
    for name in ("profile_matcher", "pii_detector", "flag_patterns"):
        doc = model_nlp.get_pipe(name)(doc)
    return model_nlp.get_pipe("decide").verdict(doc)


def test_flagcat_names_a_flag_when_no_cue_fires(model_nlp):
    decide = model_nlp.get_pipe("decide")
    above, below = decide.flag_threshold + 0.05, decide.flag_threshold - 0.05
    verdict = _scored(model_nlp, "Some text about the school with no cue at all", neutral=0.1, critical=0.1,
                      malicious=0.8, threat=above, allegation=below)
    assert verdict.label == "malicious" and verdict.flags == ["threat"]
    assert any(r.startswith("model flag: threat") for r in verdict.reasons)


def test_a_malicious_verdict_with_no_flag_standing_out_says_its_flag_is_a_guess(model_nlp):
    decide = model_nlp.get_pipe("decide")
    # every flag under the threshold, abuse the likeliest, and still sure enough of malicious overall
    # (the malicious score is the geometric mean of textcat's and the likeliest flag's)
    abuse, malicious = decide.flag_threshold * 0.9, 0.95
    assert (malicious * abuse) ** 0.5 >= decide.model_threshold
    verdict = _scored(model_nlp, "Some text about the school with no cue at all", neutral=0.025, critical=0.025,
                      malicious=malicious, threat=abuse / 2, abuse=abuse)
    assert verdict.label == "malicious" and verdict.flags == ["abuse"]
    assert any(r.startswith("no rule fired and no flag stood out; the closest is abuse") for r in verdict.reasons)
    assert not any(r.startswith("model flag:") for r in verdict.reasons)


def _model_only(model_nlp, text, malicious):
    """``text`` after the rule components, with the classifiers' scores set so the malicious score is
    ``malicious`` and the best label."""
    rest = (1.0 - malicious) / 2
    return _scored(model_nlp, text, neutral=rest, critical=rest * 0.9, malicious=malicious, threat=malicious)


def test_the_model_alone_must_be_surer_on_a_post_about_no_school(model_nlp):
    decide = model_nlp.get_pipe("decide")
    assert decide.model_threshold < decide.frame_threshold
    between = (decide.model_threshold + decide.frame_threshold) / 2
    elsewhere = _model_only(model_nlp, "Honestly the van outside has been parked there all week", between)
    assert elsewhere.label != "malicious" and elsewhere.flags == []
    assert any(r.startswith("about no school, staff or pupil") for r in elsewhere.reasons)
    at_school = _model_only(model_nlp, "Honestly the van outside the school has been parked there all week", between)
    assert at_school.label == "malicious"
    assert not any(r.startswith("about no school") for r in at_school.reasons)
    sure = _model_only(model_nlp, "Honestly the van outside has been parked there all week",
                       (decide.frame_threshold + 1.0) / 2)
    assert sure.label == "malicious"


@pytest.mark.parametrize("text, about", [
    ("Year 6 parents, the trip money is due Friday", True),
    ("Miss Hale has been off all week", True),
    ("the head never answers an email", True),
    ("Oakvale Primary again", True),
    ("my kids came home soaked", True),
    ("that referee wants his eyes testing, absolute clown", False),
    ("[this](https://www.example.com/clip?t=42)", False),
    ("hope the pair of them trip over their own egos", False),
    # the rest of a school's staff and life: a model's malicious answer about them is not "about no school"
    ("the lollipop lady outside Westgate is a screeching banshee", True),
    ("i'll make that lunch supervisor eat her own whistle", True),
    ("You lot at the trust might want to start checking under your cars", True),
    ("Ysgol Cwm Teg here, pay the £45 via the link", True),
    ("his GCSE results", True),
    ("SEN provision is a joke", True),
    ("Kingsmere staffroom would go up lovely", True),
    ("who's seen Liam (10H) this morning", True),
    ("@MrsDevereux_Head ur a clown", True),
    ("hey @MrRutherfordPE, heard you run on the towpath on Sundays", True),
    ("the lady in the office has a moustache better than my husband's", True),
    ("@mrbean2000 this is the funniest clip ever", False),
    ("my 10K time is a joke", False),
    ("trust me, send it back and ask for a refund", False),
])
def test_about_a_school(model_nlp, text, about):
    from nlp.components.decide import Decide, about_a_school

    doc = model_nlp(text)
    assert about_a_school(doc, Decide.targets(doc)) is about


def test_words_that_name_a_flag_add_it_to_an_item_already_malicious(model_nlp):
    hateful = _model_only(model_nlp, "Ms Trevelyan came back from mat leave grumpy and hormonal", 0.9)
    assert hateful.label == "malicious" and "hate" in hateful.flags
    assert any(r.startswith("hateful wording (words)") for r in hateful.reasons)
    assert "hate" not in _model_only(model_nlp, "Ms Trevelyan came back from half term grumpy", 0.9).flags
    # a threat pictured, in an item the models call malicious for abuse alone
    pictured = _scored(model_nlp, "who wants to chip in for a hitman for that cow in the office", neutral=0.05,
                       critical=0.05, malicious=0.9, abuse=0.9)
    assert "threat" in pictured.flags and any(r.startswith("threat wording (words)") for r in pictured.reasons)
    # they never raise a label: the same words in a post the model finds benign stay benign
    assert _model_only(model_nlp, "Ms Trevelyan is back from mat leave, welcome back!", 0.1).label != "malicious"
