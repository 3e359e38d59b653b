from __future__ import annotations

import pytest


def test_personal_phone_near_staff_is_doxxing(rules_nlp):
    doc = rules_nlp("Mr Ormsby's personal mobile is 07700 900123, ring him")
    assert [(sp.label_, sp.text) for sp in doc.spans["pii"]] == [("phone", "07700 900123")]
    assert [(sp.text, whose) for sp, whose in doc._.doxxing] == [("07700 900123", "Daniel Ormsby")]
    verdict = doc._.verdict
    assert verdict.label == "malicious" and "doxxing" in verdict.flags
    assert 'personal phone number near Daniel Ormsby: "07700 900123"' in verdict.reasons


def test_home_address_and_postcode(rules_nlp):
    doc = rules_nlp("She lives at 14 Larch Close, Pendlecombe PX4 7QP. That's Mrs Castellan.")
    labels = {sp.label_: sp.text for sp in doc.spans["pii"]}
    assert labels["address"] == "14 Larch Close"
    assert labels["postcode"] == "PX4 7QP"
    assert {whose for _, whose in doc._.doxxing} == {"Rukmini Castellan"}


def test_personal_email_framed_as_staff_contact_without_profile_match(rules_nlp):
    doc = rules_nlp("The deputy's private email is jw.private@mailbox.example - fill her inbox")
    assert [sp.label_ for sp, _ in doc._.doxxing] == ["email"]


def test_school_office_number_is_not_doxxing(rules_nlp):
    doc = rules_nlp("For admissions please call the school office on 01632 960118 or email office@hfps.example")
    assert {sp.label_ for sp in doc.spans["pii"]} == {"phone", "email"}
    assert doc._.doxxing == []
    assert doc._.verdict.label == "neutral"


def test_no_digits_no_pii(rules_nlp):
    doc = rules_nlp("Lovely assembly from Mr Ormsby today")
    assert list(doc.spans["pii"]) == [] and doc._.doxxing == []


def test_street_named_as_where_staff_live_is_an_address(rules_nlp):
    doc = rules_nlp("Mr Ormsby lives on Quarry Bank Road now, the house with the blue door")
    assert [(sp.label_, sp.text) for sp in doc.spans["pii"]] == [("address", "Quarry Bank Road")]
    assert [whose for _, whose in doc._.doxxing] == ["Daniel Ormsby"]


def test_lower_case_street_type_after_a_house_number(rules_nlp):
    doc = rules_nlp("my form tutor lives at 3 Alder close, the one with the trampoline")
    assert [(sp.label_, sp.text) for sp in doc.spans["pii"]] == [("address", "3 Alder close")]


def test_number_plate_and_personal_handle_near_staff(rules_nlp):
    plate = rules_nlp("Mrs Castellan's silver Golf (KT19 XRW) is parked at the gym every Monday")
    handle = rules_nlp("Mr Ormsby has a personal Instagram (@dan.ormsby.runs). Go and tell him what you think")
    assert [(sp.label_, whose) for sp, whose in plate._.doxxing] == [("number plate", "Rukmini Castellan")]
    assert [(sp.text, whose) for sp, whose in handle._.doxxing] == [("@dan.ormsby.runs", "Daniel Ormsby")]


def test_a_school_on_a_street_is_not_a_home_address(rules_nlp):
    doc = rules_nlp("The new school building on Mill Lane opens in September; the head says it is lovely")
    assert doc._.doxxing == []


@pytest.mark.parametrize("text", [
    "Please report any worries to our safeguarding lead, Mrs Castellan, on 01632 960377.",
    "Cleaner wanted, 3.30-6pm weekdays, £12.10 an hour. Call the school business manager on 01632 960273.",
    "Hello, I'm Mr Ormsby, the new Head of Year 10. My work email is d.ormsby@mailbox.example if you need me.",
    "Writing a piece on how schools treat staff like Mr Ormsby? Email newsdesk@valeecho.example in confidence.",
    "Cakes by Mrs Castellan (yes, from the SEN department!). Order through Facebook or call the shop on 01632 960866.",
    "The office is closed on Monday. For urgent safeguarding concerns call 01632 960555 and ask for the DSL, Mr Ormsby.",
    "Please send inhalers in a named bag. Questions to our first aider, Mrs Castellan, 01632 960340.",
    "PTA quiz night on 12 March, tickets £5 from Mrs Castellan on 07700 900412.",
    # words about someone's home or car nearby do not make the office's number theirs
    "If your child is ill please keep her home and ring the school office on 01632 960118, not the class teacher.",
    "Our caretaker parks at the back gate; for lettings call the office on 01632 960555.",
])
def test_a_contact_given_for_people_to_use_is_not_doxxing(rules_nlp, text):
    doc = rules_nlp(text)
    assert doc._.doxxing == []
    assert doc._.verdict.label != "malicious"


def test_a_time_or_a_price_is_not_a_phone_number(rules_nlp):
    doc = rules_nlp("Chess club with Mr Ormsby, 3.30-6pm Mon-Fri, £12.10 a term. Questions to 01632 960118")
    assert [sp.text for sp in doc.spans["pii"]] == ["01632 960118"]


def test_a_private_number_is_doxxing_even_beside_an_official_word(rules_nlp):
    doc = rules_nlp("Reception won't help. Mrs Castellan's personal mobile: 07700 900456. Ring her.")
    assert [(sp.text, whose) for sp, whose in doc._.doxxing] == [("07700 900456", "Rukmini Castellan")]
    assert doc._.verdict.label == "malicious"


def test_a_number_given_as_the_writers_own_or_for_payment_is_a_scam_not_doxxing(rules_nlp):
    doc = rules_nlp("Hi it's Mrs Castellan, new phone! Please send £25 for the trip to my PayPal castellan.trip@mailbox.example x")
    assert doc._.doxxing == []
    assert "impersonation" in doc._.verdict.flags and "doxxing" not in doc._.verdict.flags


@pytest.mark.parametrize("text", [
    "lol someone posted the home address of my deputy head in reply to me. It's 14 Larch Close if anyone wants to go",
    "ring this number 07700 900255 and ask for Gaz. it's mr ormsby the head of year. tell him he's a bully",
])
def test_a_detail_said_to_be_a_teachers_is_doxxing_whoever_writes_it(rules_nlp, text):
    assert rules_nlp(text)._.doxxing != []


def test_a_number_near_a_teacher_not_framed_as_private_needs_the_model_to_agree(rules_nlp):
    # it may be a notice's contact: without "personal", "lives at" or "ring him" it is a weak cue
    doc = rules_nlp("Trip forms back by Friday please. Mrs Castellan, Year 5, 07700 900678.")
    assert [whose for _, whose in doc._.doxxing] == ["Rukmini Castellan"]
    assert doc._.verdict.label != "malicious"
