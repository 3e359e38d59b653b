"""``pii_detector``: personal contact details, and whether they expose a member of staff.

Finds UK phone numbers (``phonenumbers.PhoneNumberMatcher``, region GB; not sort codes or the
account number after one), email addresses, UK postcodes, street addresses (``14 Larch Close``, or a
street named as where someone lives), UK number plates and personal social-media handles into
``doc.spans["pii"]``.

A detail is *doxxing* (``doc._.doxxing``: a list of ``(span, whose)``) when it is
- within ``window`` characters of a staff member (a profile match, or any ``Mr/Mrs/Miss X``,
  "the head", "her teacher" when no profile names one), or
- framed as someone's private details ("lives at", "home address", "personal number", "his mobile"),
and it is framed neither as a contact given for people to use ("call the school office on",
"reception", "our safeguarding lead on", "my work email") nor as the writer's own or where to send
money ("call me on", "send £25 to my PayPal": a scam in a teacher's name is impersonation), unless
the post also says it is someone's private detail ("her personal mobile", "ring him").
``whose`` is the staff full name, the matched reference, or ``"staff"``.
"""

from __future__ import annotations

import re
import phonenumbers
from spacy.language import Language
from spacy.tokens import Doc, Span

from nlp.components import annotations
from nlp.components.cues import STAFF_REFERENCE
from nlp.components.text import doc_lower, doc_text

SPAN_KEY = "pii"
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
POSTCODE = re.compile(r"\b(?:[A-Z]{1,2}\d[A-Z\d]?|[A-Z]{1,2}\d{1,2})\s?\d[A-Z]{2}\b", re.IGNORECASE)
STREET_TYPES = (
    "Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Close|Drive|Dr|Way|Crescent|Cres|Gardens|Gdns|Court|Ct|Place|Pl|"
    "Terrace|Grove|Rise|Walk|Mews|Hill|Row|Square|Sq|View|Park|Green|Fields|Meadows|Chase|Parade|Vale|Wynd|Croft|"
    "Yard|Wharf|Heights|Grange|Brow|Fold|Nook|Gate"
)
STREET_WORD = re.compile(rf"\b(?:{STREET_TYPES.lower()})\b")  # run on the lower-cased text
# the street type may be lower-case ("3 Alder close"): the house number and capitalised name carry it
ADDRESS = re.compile(
    rf"\b(?:(?:flat|apartment|apt)\s*\d+[a-z]?,?\s+)?\d{{1,4}}[a-zA-Z]?,?\s+(?:[A-Z][a-z']+\s+){{1,3}}(?i:{STREET_TYPES})\b",
)
# a street named as where someone lives ("lives on Station Road", "living in the house on Sheepwash Lane")
LIVES_ON = re.compile(
    rf"\b(?i:lives?|living|house is|home is|moved)\b[^.!?\n]{{0,40}}?\b(?i:on|in|at|down|off)\s+(?:the\s+)?"
    rf"((?:[A-Z][a-z']+\s+){{1,3}}(?:{STREET_TYPES}))\b",
)
# a UK number plate ("VB68 TRM"): a car is found, and followed, by its plate
NUMBER_PLATE = re.compile(r"\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b")
# a personal social-media handle ("personal TikTok (@faulds_fitness_dad)")
PERSONAL_HANDLE = re.compile(
    r"\b(?:personal|private|own|secret|family)\s+(?:tiktok|insta\w*|facebook|fb|twitter|x|snap\w*|account|page|profile)\b"
    r"[^@\n]{0,20}(@[\w.]{3,})", re.IGNORECASE,
)
NUMBERED_STREET = re.compile(
    rf"\b(?:[A-Z][a-z']+\s+){{1,3}}(?:{STREET_TYPES})\b(?=[^.!?\n]{{0,3}}[.,]?\s*(?:[A-Z][a-z]+[.,]?\s+)?(?:in\s+[A-Z][a-z]+,?\s+)?(?i:number|no\.?|door number|house number|flat)\s*\d+)",
)
ROLE_EMAIL = re.compile(r"(?:hr|office|admin|admissions|enquiries|enquiry|info|head|headteacher|reception|contact|hello|"
                        r"jobs|recruitment|careers|finance|bursar|pta[\w.]*|clerk|governors?|sendco|senco|safeguarding|"
                        r"chess|sport|music|clubs?|uniform|lettings|trips?|events?|news|newsdesk|editor|press|sales|"
                        r"orders|bookings)@", re.IGNORECASE)
SCHOOL_DOMAIN = re.compile(r"@(?:[\w-]+\.)*[\w-]*(?:sch|school|academy|primary|high|college|trust|federation|infants|juniors|pta)\b[\w-]*\.", re.IGNORECASE)
DIGIT = re.compile(r"\d")
# a sort code ("20-44-19") or the account number after one is bank detail, not a phone number
BANK_DETAIL = re.compile(r"\d{2}-\d{2}-\d{2}$")
SORT_CODE = re.compile(r"\b\d{2}-\d{2}-\d{2}\b")
PHONE_HINT = re.compile(r"(?:\+?\d[\d\s().-]{8,}\d)")
PRIVATE = re.compile(
    r"\b(?:lives? (?:at|on|in|round|near)|living at|home address|home number|house is|her house|his house|their house|"
    r"personal (?:number|mobile|phone|email|e-mail|address)|private (?:number|mobile|email)|(?:his|her|their) (?:outlook|gmail|hotmail|yahoo|icloud|webmail)|(?:his|her|their) (?:number|mobile|phone|email|e-mail|address|digits|addy|whatsapp|home)|"
    r"ring (?:him|her)|call (?:him|her)|text (?:him|her)|message (?:him|her)|email (?:him|her)|tell (?:him|her)|"
    r"pay (?:him|her) a visit|pop round|knock on|doorstep|where (?:s?he|they) lives?|drives? a|parks? (?:at|on|outside))\b",
    re.IGNORECASE,
)
# a number or address the writer gives as their own, or as where to send money: a scam in a teacher's
# name (impersonation), not a teacher's detail exposed
SELF_OFFERED = re.compile(
    r"\b(?:call|ring|text|message|whatsapp|contact|email|e-mail|reach|dm) me\b|\bmy (?:new |own |personal |private |work )?"
    r"(?:number|mobile|phone|email|e-mail|paypal|whatsapp|address)\b|\b(?:send|pay|transfer|payable)\b[^.\n]{0,40}\b(?:to|via|on)\b"
    r"|\bpaypal\b|\breply (?:to this|with)\b",
    re.IGNORECASE,
)
# a detail said to be a particular person's private one: this outweighs a frame that the detail is
# for anyone to use or the writer's own ("keep her home and call the office" is not such a frame)
THEIRS = re.compile(
    r"\b(?:his|her|their|(?:mr|mrs|miss|ms|dr)\.?\s+\w+'s)\s+(?:(?:personal|private|own|home|new)\s+)?"
    r"(?:number|mobile|phone|email|e-mail|address|whatsapp)\b|(?<!my )\b(?:personal|private) (?:number|mobile|phone|email|e-mail|address)\b"
    r"|\bhome (?:address|number|phone)\b|\blives? (?:at|on|in)\b|\b(?:ring|call|text|message|email) (?:him|her)\b"
    r"|\bpop round\b|\bknock on\b|\bdoorstep\b",
    re.IGNORECASE,
)
OFFICIAL = re.compile(
    r"\b(?:office|reception|admissions|enquiries|enquiry|main switchboard|contact the school|"
    r"school on|call the school|ring the school|email the school|admin@|info@|head@|informal chat|informal visit|contact the|to contact|can be reached|reached at|if your child|"
    r"bursar|tickets|questions (?:to|for)|to book|lettings|applications?|apply|vacancy|vacancies|visit us at|located at|find us at|"
    r"venue|held at|takes place at|meet at|open day|our address|the school address|school address|"
    r"business manager|safeguarding|dsl|any (?:questions|concerns)|concerns?,? (?:call|ring|contact|email)|work (?:email|e-mail|number|phone)|"
    r"the shop|order (?:through|from|on|at))\b",
    re.IGNORECASE,
)


class PiiDetector:
    def __init__(self, nlp: Language, name: str = "pii_detector", window: int = 120) -> None:
        self.nlp, self.name, self.window = nlp, name, window

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        found: list[Span] = []
        for label, start, end in self._find(text, doc_lower(doc)):
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is not None and not any(span.start < o.end and o.start < span.end for o in found):
                found.append(span)
        doc.spans[SPAN_KEY] = sorted(found, key=lambda sp: sp.start)
        doxxing = [(span, whose) for span in found if (whose := self._whose(doc, span)) is not None]
        annotations.put(doc, "doxxing", doxxing)
        return doc

    def _find(self, text: str, lowered: str) -> list[tuple[str, int, int]]:
        hits: list[tuple[str, int, int]] = []
        if "@" in text:
            hits += [("email", m.start(), m.end()) for m in EMAIL.finditer(text)]
            hits += [("handle", m.start(1), m.end(1)) for m in PERSONAL_HANDLE.finditer(text)]
        # every street address names a street type, and a house number or where someone lives;
        # most texts have neither, and skip the address scans
        has_digit = DIGIT.search(text) is not None
        lives = "liv" in lowered or "house" in lowered or "home" in lowered or "moved" in lowered
        street = (has_digit or lives) and STREET_WORD.search(lowered) is not None
        if street and lives:
            hits += [("address", m.start(1), m.end(1)) for m in LIVES_ON.finditer(text)]
        if not has_digit:
            return hits
        if PHONE_HINT.search(text):
            for m in phonenumbers.PhoneNumberMatcher(text, "GB", leniency=phonenumbers.Leniency.POSSIBLE):
                # a UK number has ten digits or more: fewer is a time, a price or a short code ("3.30-6pm")
                if (sum(c.isdigit() for c in m.raw_string) >= 10 and not BANK_DETAIL.match(m.raw_string)
                        and not SORT_CODE.search(text, max(0, m.start - 25), m.start)):
                    hits.append(("phone", m.start, m.end))
        if street:
            hits += [("address", m.start(), m.end()) for m in ADDRESS.finditer(text)]
            hits += [("address", m.start(), m.end()) for m in NUMBERED_STREET.finditer(text)]
        for m in NUMBER_PLATE.finditer(text):
            hits.append(("number plate", m.start(), m.end()))
        for m in POSTCODE.finditer(text):
            if any(c.isdigit() for c in m.group()[:4]) and any(c.isalpha() for c in m.group()[-2:]):
                hits.append(("postcode", m.start(), m.end()))
        return hits

    def _whose(self, doc: Doc, span: Span) -> str | None:
        text = doc_text(doc)
        lo, hi = max(0, span.start_char - self.window), min(len(text), span.end_char + self.window // 2)
        before = text[max(0, span.start_char - 60):span.start_char]
        theirs = THEIRS.search(text[lo:hi]) is not None
        # the school's own contact, unless the post also says it is someone's private one
        if not theirs and (OFFICIAL.search(before) or OFFICIAL.search(text[span.end_char:span.end_char + 25])):
            return None
        if span.label_ == "email" and (ROLE_EMAIL.match(span.text) or SCHOOL_DOMAIN.search(span.text)):
            return None
        if not theirs and SELF_OFFERED.search(before):
            return None
        staff = [sp for sp in doc.spans.get("profile", []) if sp.label_ == "staff"
                 and sp.end_char > lo and sp.start_char < hi]
        if staff:
            return min(staff, key=lambda sp: abs(sp.start_char - span.start_char)).kb_id_
        private = PRIVATE.search(text[lo:hi])
        reference = [m for m in STAFF_REFERENCE.finditer(text, lo, hi)]
        if reference:
            nearest = min(reference, key=lambda m: abs(m.start() - span.start_char))
            return nearest.group().strip()
        if private:
            return "staff"
        return None


@Language.factory("pii_detector", default_config={"window": 120})
def make_pii_detector(nlp: Language, name: str, window: int) -> PiiDetector:
    annotations.register("doxxing")
    return PiiDetector(nlp, name, window)

