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
    # near misses of the threat cues tested at the end of this file
    "I hope nobody has an accident on that icy path by the gate, please grit it",
    "Sad to read Mr Ormsby's father's obituary in the paper this week",
    "The kids were lined up against the wall in the rain for twenty minutes",
    "My head is done in with all this homework",
    "I'd pay to see the Year 6 play again, it was wonderful",
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
    hostile, hostile_doc = _flags(rules_nlp, "Tyler in Year 4 at Harrowgate Fields is a feral little thug")
    _, friendly_doc = _flags(rules_nlp, "Tyler in Year 4 at Harrowgate Fields won the chess cup")
    assert "pupil_identified" in hostile and hostile_doc._.flag_strength["pupil_identified"] == "weak"
    # a friendly mention is only a hint: it neither raises the label nor flags the post
    assert friendly_doc._.flag_strength["pupil_identified"] == "hint"
    assert friendly_doc._.verdict.label != "malicious" and "pupil_identified" not in friendly_doc._.verdict.flags


def test_a_pupil_named_in_a_threat_is_flagged_without_hostile_words(rules_nlp):
    doc = rules_nlp("Year 11 at Harrowgate Fields: Kacey Webb in 11C better watch herself after school")
    assert doc._.verdict.label == "malicious"
    assert {"threat", "pupil_identified"} <= set(doc._.verdict.flags)


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


def test_every_rule_has_anchors_and_a_valid_strength():
    from nlp.components.cues import FLAG_CUES
    from nlp.labels import FLAG_NAMES

    assert all(cue.anchors for cue in FLAG_CUES), [cue.rule for cue in FLAG_CUES if not cue.anchors]
    assert {cue.strength for cue in FLAG_CUES} <= {"strong", "weak", "hint"}
    assert {cue.flag for cue in FLAG_CUES} <= set(FLAG_NAMES)


def test_rule_names_are_unique_within_a_flag():
    from collections import Counter

    from nlp.components.cues import FLAG_CUES

    assert [key for key, n in Counter((c.flag, c.rule) for c in FLAG_CUES).items() if n > 1] == []


def test_anchors_never_hide_a_match_in_the_training_texts():
    """The anchor prefilter only saves time: on the training texts it skips no cue that would match."""
    import json

    from nlp.components.cues import FLAG_CUES, AnchorIndex, compile_pattern
    from nlp.train import CORPUS_DIR

    lines = (CORPUS_DIR / "train.jsonl").read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line)["text"].replace("\u2019", "'") for line in lines if line.strip()]
    index = AnchorIndex(a for cue in FLAG_CUES for a in cue.anchors)
    missed = []
    for cue in FLAG_CUES:
        pattern = compile_pattern(cue.pattern)
        for text in texts:
            lowered = text.lower()
            if pattern.search(text if pattern.flags & 2 else lowered) and not index.present(lowered) & set(cue.anchors):
                missed.append((cue.rule, text))
    assert missed == []


@pytest.mark.parametrize(("text", "rule"), [
    ("Mr Ormsby is a pathetic little man", "contemptuous name"),
    ("The office staff are a pack of crooks", "collective insult"),
    ("Nobody asked for your opinion. Racist b*tch.", "insult exclamation"),
    ("That tr*nny at Harrowgate Fields", "masked slur"),
    ("lol ruby hartley in 10F is so weird", "pupil by form code"),
])
def test_later_cues_fire(rules_nlp, text, rule):
    doc = rules_nlp(text)
    assert rule in {span.kb_id_ for span in doc.spans["flags"]}


@pytest.mark.parametrize("text", [
    "The SLT meets on Tuesdays",  # not a masked insult
    "Swimming lessons start at 9am in 2 weeks",  # not a form code
    "Book club in 5th period, bring your copy",
    "The f** word was used in the film, parents were not warned",  # a masked swear, not a slur
])
def test_later_cues_stay_quiet_on_look_alikes(rules_nlp, text):
    doc = rules_nlp(text)
    assert {span.kb_id_ for span in doc.spans["flags"]} & {"insult", "pupil by form code", "masked slur"} == set()


def test_anchors_unlock_what_the_anchors_present_unlock():
    """``unlocked`` must be the union of what each anchor ``present`` finds unlocks."""
    import json

    from nlp.components.cues import FLAG_CUES, AnchorIndex
    from nlp.train import CORPUS_DIR

    by_anchor: dict[str, set[int]] = {}
    for i, cue in enumerate(FLAG_CUES):
        for anchor in cue.anchors:
            by_anchor.setdefault(anchor, set()).add(i)
    index = AnchorIndex(by_anchor)
    lines = (CORPUS_DIR / "dev.jsonl").read_text(encoding="utf-8").splitlines()
    unlocking = 0
    for line in lines[:300]:
        lowered = json.loads(line)["text"].lower()
        expected = set().union(*(by_anchor[a] for a in index.present(lowered)))
        assert index.unlocked(lowered) == expected, lowered
        unlocking += bool(expected)
    assert unlocking > 100


@pytest.mark.parametrize(("text", "found"), [
    ("i will kill him", {"kill", "him"}),
    ("what a skill he has", set()),  # "kill" inside a word: a word-start anchor does not count
    ("kill, kill!", {"kill"}),
    ("email the admin team", {"dm"}),  # a short anchor counts anywhere
    ("that's my friend's mum", {"'s mum"}),
    ("@head_real posted", {"_real"}),
    ("", set()),
])
def test_anchors_start_words_unless_short_or_symbols(text, found):
    from nlp.components.cues import AnchorIndex

    assert AnchorIndex(["kill", "him", "dm", "'s mum", "_real", "never here"]).present(text) == found


@pytest.mark.parametrize("text", [
    "That snivelling little deputy at Harrowgate Fields wants his face rearranging",
    "bullet with your name on it mr ormsby",
    "Can't wait for the day I read Mr Ormsby's obituary in the paper",
    "Wishing every teacher at Harrowgate Fields a nasty accident this half term",
    "I'd pay good money to see someone deck Mr Ormsby at the AGM",
    "£50 to whoever decks the head first",
    "honestly makes me want to strangle Mrs Castellan with her own lanyard",
    "someone should firebomb the trust offices",
])
def test_violence_named_by_its_result_or_wished_or_paid_for_is_a_threat(rules_nlp, text):
    flags, _ = _flags(rules_nlp, text)
    assert "threat" in flags


def test_a_labelled_parody_is_one_weak_cue(rules_nlp):
    # a parody disclaimer and "not affiliated lol" are one rule, so together they are not two cues
    _, doc = _flags(rules_nlp, "PARODY ACCOUNT: the Year 3 class hamster. Not affiliated with any school 😂")
    assert doc._.flag_strength["impersonation"] == "weak"
    assert doc._.verdict.label != "malicious"


@pytest.mark.parametrize(("text", "flag"), [
    # near misses of the threat and impersonation cues above
    ("Next time I'll email the governors and copy in the local paper.", "threat"),
    ("Reception drop off is a free for all. Someone will get hurt.", "threat"),
    ("Matching uniform for the whole family at the summer fair!", "threat"),
    ("We made a fake volcano in science and it actually erupted!", "impersonation"),
    ("Keep it up and you'll be in the Evening Post as the teacher who cried wolf.", "impersonation"),
    # complaints, idioms and news that once fired a cue
    ("Hearing Mr Ormsby shouts at Year 2. If true, SLT need to deal with it.", "impersonation"),
    ("Bit annoyed they cancelled the Year 5 trip with a day's notice.", "impersonation"),
    ("The new head has made a right pig's ear of the timetable.", "abuse"),
    ("Staff panto: the head was the dragon and the caretaker played a pantomime cow!", "abuse"),
    ("Year 10 have been studying the Salem witch trials and how rumours spread.", "abuse"),
    ("The inspectors found Larkfield High School teaching in class good.", "allegation"),
    ("Whoever sprayed graffiti about Mr Ormsby: it's a criminal offence and he has done nothing wrong.", "allegation"),
    ("Online safety evening on Thursday: grooming signs, Snapchat settings and who to tell.", "allegation"),
    # staff placed by class are not pupils
    ("Her email is out there now. Mrs Morales, Year 2. Everyone email the lazy cow tonight.", "pupil_identified"),
    ("mate the supply teacher in 8R is getting a chair thrown at him tomorrow lmao", "pupil_identified"),
    ("Dear Parents and Carers of Year 7, your children are the worst behaved I have ever taught.", "pupil_identified"),
    # complaints and school news that sound like insinuation
    ("Funny how the new head arrived the same term the results dropped.", "allegation"),
    ("Funny how they found money for a new car park but not for a crossing patrol.", "allegation"),
    ("Mr Ormsby quietly moved on to a headship after ten happy years with us.", "allegation"),
    ("Building positive relationships with students is at the heart of our school.", "allegation"),
    ("Mrs Castellan is covering for Mr Ormsby while he is on leave.", "allegation"),
])
def test_wording_that_only_looked_like_a_cue_is_not_flagged(rules_nlp, text, flag):
    flags, _ = _flags(rules_nlp, text)
    assert flag not in flags


@pytest.mark.parametrize("text", [
    "Official update: we have decided to cancel the Christmas play as your kids are feral.",
    "Mrs Castellan here. I only hire my friends. Deal with it.",
])
def test_a_mock_announcement_in_the_schools_voice_is_still_a_cue(rules_nlp, text):
    flags, _ = _flags(rules_nlp, text)
    assert "impersonation" in flags


@pytest.mark.parametrize("text", [
    "News: the head of Hollowfield has been suspended pending an investigation by the trust. No further details.",
    "The Crown Prosecution Service will not charge the Hollowfield teacher, who was investigated over an alleged assault, citing insufficient evidence.",
])
def test_the_register_of_a_news_item_is_a_reporting_frame(rules_nlp, text):
    _, doc = _flags(rules_nlp, text)
    assert len(doc.spans["flags"]) >= 1, "a cue must fire for the frame to matter"
    assert len(doc.spans["reporting"]) >= 1
