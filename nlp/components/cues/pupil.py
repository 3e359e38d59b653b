"""Pupil cues: a child identified by name, class or parent (flag ``pupil_identified``).

A pupil cue is only a hint (it names the flag on an item malicious for other reasons, never raises
one) unless the text also has a :data:`HOSTILE` word about the child (``flag_patterns``): a pupil
named in a friendly post is not flagged. Entries are ``(rule,
strength, anchors, pattern)`` (see :mod:`nlp.components.cues`).
"""

from __future__ import annotations

from nlp.components.cues.cue import Cue
from nlp.components.cues.words import NAME

FLAG = "pupil_identified"

# Hostile words that make a named child "identified in a hostile post".
HOSTILE = (r"\b(?:brats?|thugs?|bull(?:y|ies|ying)|feral|vile|nasty|scum\w*|liars?|thie(?:f|ves)|animals?|menace|psycho|monster|violent|dangerous|yob|scrote|rat|snake|spoilt|spiteful|madam|cow|bitch|slag|loser|smells|tramp|nits|lice|dealer|ringleader|worst behaved|badly behaved|(?:no|zero) parenting|expel\w*|exclude\w*|kicked out|name and shame|ugly|fat|weirdo|freak|witch|hits?|kick\w*|punch\w*|bites|stole|steal\w*|crying|baby|owned|kicking off|hurts?|weird|uglier|ugliest|hottest|most likely to|expos(?:ed|ing|e)|creature|devil|disgusting|horrible|gross|smelly|stinks|cries|stay away from|don'?t stand next to|rank(?:ing|ed)? every|laugh at|the reason|harass\w*|terroris\w*|picking on|bit (?:my|our|his|her|their|a) \w+|bitten)\b")

# anchors: a year group with its number ("year 5", "yr10"), a possessive and a child ("his son", "Kim's lad")
YEAR_GROUP = tuple(f"{y}{s}{d}" for y in ("year", "yr") for s in ("", " ") for d in "0123456789")
CHILDREN = ("son", "daughter", "kid", "lad", "girl", "boy", "brat", "sprog", "little darling", "precious")

CUES: list[Cue] = [Cue(FLAG, rule, strength, anchors, pattern) for rule, strength, anchors, pattern in [
    ("named pupil by year", "weak", YEAR_GROUP + tuple(f"y{d}" for d in "0123456789"),
     rf"\b(?:year|yr|y)\s?\d{{1,2}}\s*(?:[a-z]\s+)?(?:kid|boy|girl|lad|child|pupil|brat|student|lass|bully|thug)s?\s+(?:called|named|-|,)?\s*{NAME}\b"),
    ("named child", "weak", ("called", "named"),
     rf"\b(?:kid|boy|girl|lad|child|brat|lass|son|daughter|sprog|runt|thug|monster|bully)\s+(?:called|named)\s+{NAME}"),
    ("parent's child", "weak", tuple(f"{p} {c}" for p in ("her", "his", "their", "'s") for c in CHILDREN),
     rf"\b(?:her|his|their|\w+'s)\s+(?:son|daughter|kid|lad|girl|boy|brat|sprog|little darling|precious)\s+{NAME}\b"),
    ("pupil name with class", "weak", tuple(f" {w} {x}" for w in ("in", "from", "of") for x in ("year", "yr", "class", "form", *"0123456789")),
     rf"\b{NAME}\s+(?:\w+\s+)?(?:in|from|of)\s+(?:year|yr)\s?\d{{1,2}}\b|\b{NAME}\s+(?:in|from)\s+(?:class\s+)?\d[a-zA-Z]{{1,2}}\b|\b{NAME}\s+(?:in|from)\s+(?:class|form)\s+(?-i:[A-Z0-9][A-Za-z0-9]{{0,2}})\b"),
    ("pupil surname", "weak", ("kid", "boy", "girl", "brat", "twin", "lad"),
     rf"\bthe\s+{NAME}\s+(?:kid|kids|boy|boys|girl|girls|brat|brats|twins?|lad|lads)\b"),
    ("child's parent", "weak", tuple(f"'s {p}" for p in ("mum", "dad", "mam", "mother", "father", "parents"))
      + tuple(f" {w} {x}" for w in ("in", "from") for x in ("year", "yr", "class", "reception", "nursery")),
     rf"\b{NAME}'s (?:mum|dad|mam|mother|father|parents)\b|\bthe [a-z]+ (?:boy|girl|kid|lad|twins)s? (?:in|from) (?:year|yr|class)\b|\b{NAME}\s+(?:in|from)\s+(?:reception|nursery)\b"),
    # a lower-case name placed by form group ("kaiden from 8h", "ruby hartley in 10F"): form codes are
    # a digit or two and a letter or two, never a time, an ordinal or a decade ("9am", "5th", "90s")
    ("pupil by form code", "weak", tuple(f" {w} {d}" for w in ("in", "from") for d in "0123456789")
     + (" in class ", " from class ", " in form ", " from form "),
     r"\b(?!(?:teacher|assistant|ta|tutor|supply|cover|everyone|everybody|someone|anyone|nobody|miss|sir|head|mr|mrs|ms)\b)"
     r"[a-z]+(?: (?!(?:teacher|assistant|ta|tutor)\b)[a-z]+)?['\x22)]? (?:in|from) (?:class |form )?\d{1,2}(?!(?:am|pm|th|st|nd|rd|s|k|m|g|x|mph|kg|ml|cm|mm|km)\b)[a-z]{1,2}\b"),
    ("pupil named by year", "weak", YEAR_GROUP,
     rf"\b(?:year|yr)\s?\d{{1,2}}\s*(?:boy|girl|kid|lad|lass|pupil)s?\b[^.!?\n]{{0,60}}\b(?:is|was|called|named)\s+{NAME}\s+{NAME}\b"),
    # "Jacob H, Year 2", "that's Harvey, the year 6 nit king", "Year 11 at Marrowby: Kacey Webb"
    ("pupil name and year group", "weak", YEAR_GROUP,
     rf"\b{NAME}(?:\s+{NAME}|\s+(?-i:[A-Z])\.?)?,\s+(?:the\s+|a\s+|in\s+)?(?:year|yr)\s?\d{{1,2}}\b"
     rf"|\b(?:year|yr)\s?\d{{1,2}}\b[^.!?\n]{{0,40}}?[:—–-]\s*{NAME}\s+{NAME}\b"),
    ("children named in a photo", "weak", ("left to right", "l to r", "from left", "pictured", "in the photo", "in this photo"),
     rf"\b(?:left to right|l to r|from left|pictured|in the photo|in this photo)\b[^.\n]{{0,20}}?:?\s*{NAME}\b"),
    ("photo of pupil", "weak", ("photo", "pic", "video", "screenshot"),
     r"\b(?:photo|pic|picture|video|screenshot)s?\s+of\s+(?:the\s+|that\s+)?(?:kid|boy|girl|child|lad|pupil|brat)\b"),
]]
