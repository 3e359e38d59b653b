"""Doxxing cues: a member of staff's private life exposed in words, not contact details.

Contact details (phone, email, address, plate, handle) near a member of staff are found by
``pii_detector`` and are strong. These weak cues catch the rest of "where to find them": a family
member's workplace or club, a maiden name, a private account, a running route, the car they drive.
Entries are ``(rule, strength, anchors, pattern)`` (see :mod:`nlp.components.cues`).
"""

from __future__ import annotations

from nlp.components.cues.cue import Cue

FLAG = "doxxing"

RELATIVES = ("wife", "husband", "partner", "daughter", "son", "kid", "children", "landlord", "mum", "dad", "boyfriend", "girlfriend",
             "gf", "bf")

CUES: list[Cue] = [Cue(FLAG, rule, strength, anchors, pattern) for rule, strength, anchors, pattern in [
    ("family located", "weak", tuple(f"{p} {r}" for p in ("his", "her", "their", "'s") for r in RELATIVES),
     r"\b(?:his|her|their|(?:mr|mrs|miss|ms|dr)\.?\s+[\w'-]+'s)\s+(?:wife|husband|partner|daughter|son|kids?|children|landlord|mum|dad|boyfriend|girlfriend|gf|bf)"
     r"(?:'?s)?\s+(?:\w+\s+)?(?:works?|plays?|trains?|goes|lives|is at|drives|runs|owns|teaches)\b"),
    ("private life exposed", "weak", ("maiden name", "private", "personal", "secret", "strava", "route", "drives a", "number plate",
                                      "reg is", "registration"),
     r"\bmaiden name\b|\b(?:(?:his|her|their)\s+personal|private|secret)\s+(?:facebook|fb|insta\w*|account|tiktok|page|profile|twitter"
     r"|snap\w*)\b"
     r"|\bon strava\b|\b(?:morning|running|cycling|jogging|dog[- ]walking|walk(?:ing)? home) route\b|\bnumber plate\b"
     r"|\breg(?:istration)? is\b|\b(?:s?he|his wife|her husband)\s+drives\s+an?\s+(?:\w+\s+){0,2}\w+\b"),
]]
