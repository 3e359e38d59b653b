"""Constructions of the later rules in ``nlp/components/cues/`` (veiled threats, scams, insinuation):
each rule fires on its construction and stays quiet on the look-alike that is lawful, friendly or a
report."""

from __future__ import annotations

import pytest


def _cues(nlp, text):
    doc = nlp(text)
    return {sp.kb_id_ for sp in doc.spans["flags"]}, doc._.flag_strength, doc


@pytest.mark.parametrize(("text", "rule"), [
    ("Mr Ormsby, I'll be at your door before the weekend's out.", "at their door"),
    ("You'll regret the day you excluded my son, Ormsby.", "you'll regret"),
    ("We know where you park, Mrs Castellan.", "we know where"),
    ("Someone should be paying Mr Ormsby a visit at home.", "paying a visit"),
    ("I'll catch him after school in the car park, just watch.", "harm at school"),
    ("Lovely family Mr Ormsby has. Shame if anything happened to them.", "shame if something"),
    ("Someone needs to torch Harrowgate Fields with the head inside.", "arson or bomb"),
    ("Her address is out there now. Let's all go round and have a chat with her.", "mob visit"),
])
def test_threat_constructions(rules_nlp, text, rule):
    rules, strength, _ = _cues(rules_nlp, text)
    assert rule in rules and "threat" in strength


def test_door_plus_deadline_is_a_strong_threat(rules_nlp):
    _, strength, doc = _cues(rules_nlp, "I'll be at your door before the weekend's out, Mr Ormsby")
    assert strength["threat"] == "strong"
    assert doc._.verdict.label == "malicious" and "threat" in doc._.verdict.flags


@pytest.mark.parametrize("text", [
    "Miss Castellan will come to your home for a settling-in visit before September.",
    "We know where we stand now the head has explained the new uniform policy.",
    "The Year 6 disco was a blast. Burn the midnight oil revising, kids!",
    "You'll regret not getting tickets for the summer fair, they're nearly gone",
    "The school should make them pay for the broken window.",
])
def test_threat_look_alikes_stay_lawful(rules_nlp, text):
    _, strength, doc = _cues(rules_nlp, text)
    assert strength.get("threat") != "strong"
    assert doc._.verdict.label != "malicious"


@pytest.mark.parametrize(("text", "rule"), [
    ("Parents: the school fund has new bank details, please transfer balances to 04-00-75 91234567.", "new bank details"),
    ("Quick one from Mrs Castellan - stuck in a meeting, can you buy four Amazon gift cards and text me the codes?", "gift card codes"),
    ("hiya its miss castellan from class 4, message me your child's name and address for the christmas cards", "child details request"),
    ("Harrowgate Fields has a new number: 07700 900111. Save it and delete the old one.", "new contact claim"),
    ("Harrowgate Fields Head (parody) - today I cancelled fun.", "parody or satire"),
    ("Someone is messaging pupils claiming to be Mr Ormsby", "claiming to be"),
    ("@HarrowgateFields_Official: snow day tomorrow, school closed!", "official handle"),
    ("TA jobs, £30 an hour, no DBS checks, pay the DBS fee to secure your interview", "fee to secure"),
])
def test_impersonation_constructions(rules_nlp, text, rule):
    rules, strength, _ = _cues(rules_nlp, text)
    assert rule in rules and "impersonation" in strength


def test_staff_claim_plus_details_request_is_strong(rules_nlp):
    _, strength, doc = _cues(rules_nlp, "Hi, it's Mr Ormsby here. Please send your child's full name and date of birth to this number.")
    assert strength["impersonation"] == "strong"
    assert doc._.verdict.label == "malicious" and "impersonation" in doc._.verdict.flags


@pytest.mark.parametrize("text", [
    "PSA: a WhatsApp from 'Mr Ormsby' says he has a new number. It is not him. Don't reply, don't send money.",
    "Just reported a TikTok pretending to be Mrs Castellan. Please do the same.",
    "Heads up, the 'new bank details' text about the school fund is a scam. Harrowgate Fields never asks for that.",
])
def test_impersonation_warnings_are_not_raised(rules_nlp, text):
    doc = rules_nlp(text)
    assert doc.spans["reporting"] or "strong" not in doc._.flag_strength.values()
    assert doc._.verdict.label != "malicious"


@pytest.mark.parametrize(("text", "rule"), [
    ("Is Mr Ormsby safe around kids? Asking for a reason.", "safe around kids?"),
    ("Mr Ormsby is under police investigation, that's why he's off.", "police investigation"),
    ("Miss Castellan was suspended for touching a Year 5 pupil", "suspended for"),
    ("Rumour is Mr Ormsby was arrested over the summer", "rumour about staff"),
    ("Mrs Castellan was three sheets to the wind at the concert and drove home after", "drunk idiom"),
    ("Mr Ormsby pockets the pupil premium and buys himself a new car", "misusing school money"),
    ("Why did Miss Castellan leave her last school? I've heard things.", "insinuation"),
    ("That teacher groomed a Year 9 girl at his last school", "groomed"),
])
def test_allegation_constructions(rules_nlp, text, rule):
    rules, strength, _ = _cues(rules_nlp, text)
    assert rule in rules and "allegation" in strength


@pytest.mark.parametrize("text", [
    "Police said the school was not involved in the incident on the high street.",
    "Mr Ormsby talked to the kids about staying safe around the canal.",
    "I heard the nativity was lovely this year!",
])
def test_allegation_look_alikes_stay_lawful(rules_nlp, text):
    _, _, doc = _cues(rules_nlp, text)
    assert doc._.verdict.label != "malicious"


@pytest.mark.parametrize("text", [
    "Mr Ormsby is a f***ing legend, sorted my son's place in a day",
    "What an absolute legend Mrs Castellan is",
    "Lucky bastard Mr Ormsby, off to Italy for the school trip",
])
def test_praise_profanity_is_not_abuse(rules_nlp, text):
    _, strength, doc = _cues(rules_nlp, text)
    assert "abuse" not in strength
    assert doc._.verdict.label != "malicious"


def test_praise_overrules_a_malicious_model_answer_without_cues(rules_nlp):
    doc = rules_nlp.make_doc("Mrs Castellan you f***ing legend, best teacher ever")
    doc.cats = {"neutral": 0.2, "critical": 0.1, "malicious": 0.7}
    for _, proc in rules_nlp.pipeline:
        doc = proc(doc)
    assert doc._.verdict.label == "neutral"
    assert any(r.startswith("praise:") for r in doc._.verdict.reasons)


def test_condemning_abuse_is_not_raised(rules_nlp):
    doc = rules_nlp("Someone posted that Mr Ormsby is a nonce. That's not ok, reported to the mods.")
    assert doc.spans["reporting"]
    assert doc._.verdict.label != "malicious"


def test_quoted_threat_named_as_comments_is_only_a_hint(rules_nlp):
    _, strength, doc = _cues(rules_nlp, "As a teacher, the 'I'll be waiting at the gate' comments genuinely scare us.")
    assert strength["threat"] == "hint"
    assert doc._.verdict.label != "malicious"


def test_curly_apostrophes_match_like_straight_ones(rules_nlp):
    rules, _, _ = _cues(rules_nlp, "You’ll regret it, Mr Ormsby. We know where you live.")
    assert {"you'll regret", "we know where"} <= rules


def test_fallback_flag_follows_the_wording(rules_nlp):
    doc = rules_nlp.make_doc("Apparently the police came for Mr Ormsby at school")
    doc.cats = {"neutral": 0.1, "critical": 0.1, "malicious": 0.8}
    decide = rules_nlp.get_pipe("decide")
    assert decide.fallback_flags(doc) == ["allegation"]
    assert decide.fallback_flags(rules_nlp.make_doc("You utter waste")) == ["abuse"]


@pytest.mark.parametrize(("text", "flag", "rule"), [
    ("Next parents evening I'm bringing my brother. He's not a talker.", "threat", "bringing backup"),
    ("We've all got kids. So does she. Remember that, Mrs Castellan.", "threat", "veiled warning"),
    ("Mr Ormsby is a spineless weasel", "abuse", "name-calling"),
    ("Harrowgate head: Mr Ormsby. Liar. Coward. I will say it every day.", "abuse", "name-calling"),
    ("Let's all leave 1 star reviews on her tutoring page", "abuse", "pile-on"),
    ("Not another one off the boat teaching our kids", "hate", "dehumanising origin"),
    ("He gives the boys lifts home. Alone. Think about why.", "allegation", "insinuation"),
    ("I have it on good authority that the head is having sex with a parent", "allegation", "sex claim"),
    ("he got sacked from my old school for stealing from the charity fund", "allegation", "sacked for"),
    ("The unit locks kids in a cupboard and the head knows", "allegation", "hides harm to children"),
    ("Letter purporting to be from the head: pay a £250 device deposit", "impersonation", "claiming to be"),
    ("I'm the headteacher and this is now the only place you'll get updates", "impersonation", "only official channel"),
    ("Stupid woman should count herself lucky she only got a mouthful off me. Next time it's my fist.", "threat",
     "next time, violence"),
    ("next time he shouts at my lad I'll put him on the floor", "threat", "next time, violence"),
    ("if my kid comes back with so much as a scratch, you're getting one to match", "threat", "injury promised"),
    ("that site manager will be eating his dinner through a straw by christmas", "threat", "injury promised"),
    ("dance while u still got knees mate", "threat", "injury promised"),
    ("If he is hurt again, you will be hurt.", "threat", "injury promised"),
    ("Aye I made the fake Brackenmoor High page, so what. Posted that the school's shutting.", "impersonation",
     "made a fake"),
    ("Me and Ollie made a fake Mrs Pilkington Snapchat and added loads of year 7s", "impersonation", "made a fake"),
    ("i pretended to be my form tutor on the group chat and told everyone to bring £2", "impersonation", "posing as"),
    ("she doesn't know we tweet as her every day", "impersonation", "posing as"),
    # allegations insinuated: a coincidence, a cover-up in other words, misconduct in everyday words
    ("Funny how the PTA treasurer got a new car the same month the accounts went missing.", "allegation", "coincidence"),
    ("The tuck shop float is short every single time Dawn does it. Every. Time.", "allegation", "coincidence"),
    ("every year a teacher gets quietly moved on after something with a kid", "allegation", "hushed up"),
    ("Still teaching after it got 'sorted' by the diocese. Amazing.", "allegation", "hushed up"),
    ("Ask why the caretaker was suspended. He's been flashing at the kids.", "allegation", "sexual misconduct"),
    ("That college employs teachers who have relationships with students.", "allegation", "sexual misconduct"),
    ("He flashes at the girls on the field at lunch.", "allegation", "sexual misconduct"),
    ("Mr Ormsby dated a sixth former last year and everyone knows it.", "allegation", "sexual misconduct"),
])
def test_more_constructions(rules_nlp, text, flag, rule):
    rules, strength, _ = _cues(rules_nlp, text)
    assert rule in rules and flag in strength


@pytest.mark.parametrize("text", [
    "I'm bringing my brother to the summer fair, he loves the tombola",
    "Remember that the school office closes at 3 on Fridays",
    "Mr Ormsby read 'The Snake and the Weasel' to Year 2 today",
    "He was sacked for nothing, the tribunal found in his favour",
])
def test_more_look_alikes_stay_lawful(rules_nlp, text):
    _, strength, doc = _cues(rules_nlp, text)
    assert doc._.verdict.label != "malicious"


@pytest.mark.parametrize(("text", "flag", "rule"), [
    ("If he puts my son in isolation one more time I will be down that school", "threat", "if again then"),
    ("Touch my kid again and he'll be leaving in an ambulance", "threat", "ambulance"),
    ("i know what time she leaves school. i know which way she walks", "threat", "knows the routine"),
    ("Tell Mrs Castellan to look over her shoulder on Monday", "threat", "look over shoulder"),
    ("Harrowgate Fields has a lot of glass at the front. Expensive to replace.", "threat", "property at risk"),
    ("You'll find out tomorrow what happens when you mess with my family", "threat", "you'll find out"),
    ("tell her she's getting jumped after school Monday", "threat", "getting jumped"),
    ("Police were at Mr Ormsby's house on Sunday. Two cars.", "allegation", "police at home"),
    ("money going missing from the school fund. join the dots", "allegation", "join the dots"),
    ("He has a restraining order from his ex. Ask around.", "allegation", "violent record"),
    ("Mr Ormsby has an OnlyFans, apparently", "allegation", "sexual insinuation"),
])
def test_veiled_constructions(rules_nlp, text, flag, rule):
    rules, strength, _ = _cues(rules_nlp, text)
    assert rule in rules and flag in strength


@pytest.mark.parametrize("text", [
    "The car park at Harrowgate Fields is a death trap. Someone's going to get hurt.",
    "What goes around comes around: Mr Ormsby taught me in 1995 and now he teaches my son",
    "Private tutor, KS2 maths, DBS checked. (Not affiliated with any school.)",
    "The school has sent him home early 14 times this term",
    "Harrowgate Fields claims to be a caring school but ignored my emails",
    "Court: man given restraining order after threatening a headteacher",
    "Harrowgate PTA: our bank details have not changed. Nobody will ever ask you to pay into a personal account.",
])
def test_veiled_look_alikes_stay_lawful(rules_nlp, text):
    _, strength, doc = _cues(rules_nlp, text)
    assert doc._.verdict.label != "malicious"
    assert "strong" not in strength.values() or doc.spans["reporting"]


def test_staff_here_with_new_number_is_impersonation(rules_nlp):
    rules, strength, _ = _cues(rules_nlp, "Daniel Ormsby here, headteacher of Harrowgate Fields. "
                                          "This is my new contact number, please save it.")
    assert {"first-person role", "my new contact"} <= rules
    assert strength["impersonation"] == "strong"


def test_sort_code_is_not_a_phone_number(rules_nlp):
    doc = rules_nlp("A message from the Head: please pay dinner money to our new account 20-44-19 55667788.")
    assert not [sp for sp in doc.spans["pii"] if sp.label_ == "phone"]
    assert "impersonation" in doc._.flag_strength


@pytest.mark.parametrize(("text", "rule"), [
    ("Look at the state of Mrs Castellan in the newsletter photo", "mocks appearance"),
    ("Let's flood Miss Castellan's Instagram with comments so she knows", "harassment drive"),
    ("Keep messaging her, make new accounts when she blocks you", "harassment drive"),
    ("Mr Ormsby = scumbag. Full stop.", "labelled"),
    ("Mr Ormsby is a sad act with no mates. Loser.", "labelled"),
])
def test_abuse_constructions(rules_nlp, text, rule):
    rules, strength, _ = _cues(rules_nlp, text)
    assert rule in rules and "abuse" in strength


@pytest.mark.parametrize("text", [
    "The school flooded the playground with volunteers for the fair, brilliant",
    "Year 6 spread the word about the bake sale, well done",
    "The ugly duckling play by Year 2 was adorable",
])
def test_abuse_look_alikes_stay_lawful(rules_nlp, text):
    _, strength, doc = _cues(rules_nlp, text)
    assert "abuse" not in strength
    assert doc._.verdict.label != "malicious"
