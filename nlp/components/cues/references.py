"""Generic references to staff and schools, for texts about a school that is not in the profile."""

from __future__ import annotations

import re

# A surname after a title, whole in any alphabet's letters ("Mrs Szymańska", "Mr Öztürk"), with an
# apostrophe or hyphen inside it ("O'Neill-Jones") but not a possessive ("Mr Rahim's"): a target
# cut at the first letter outside A-Z, or carrying an "'s", would name someone else.
SURNAME = r"[A-Z\u00c0-\u00d6\u00d8-\u00de](?:[^\W\d_]|['\-](?!s\b)(?=[^\W\d_]))+"
# A generic reference to a member of staff, for texts about schools that are not in the profile.
STAFF_REFERENCE = re.compile(
    rf"\b(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir)\.?\s+{SURNAME}"
    r"|(?:the\s+)?(?:head ?teacher|head teacher|headmaster|headmistress|head|deputy(?: head)?|principal|senco|dsl"
    r"|teacher|form tutor|class teacher|teaching assistant|caretaker|receptionist|office manager|business manager"
    r"|chair of governors|governor|pe teacher|dinner lady))\b",
    re.IGNORECASE,
)
STAFF_TITLE = re.compile(rf"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir)\.?\s+{SURNAME}")
SCHOOL_REFERENCE = re.compile(r"\b(?:school|academy|primary|college|nursery|infants|juniors|sixth form|high)\b", re.IGNORECASE)
# School life besides staff and schools: children, parents, classes. With the two above, a post that
# matches none of these is about no school at all.
SCHOOL_LIFE = re.compile(
    r"\b(?:pupils?|students?|year \d+|reception|class(?:mates?|room)?|parents?|mums?|dads?|kids?|child(?:ren)?"
    r"|son|daughter|teachers?|staff|tas?|sir|governors?|pta|ofsted|uniform|playground|homework|detention"
    # the rest of a school's staff, as parents name them (not in STAFF_REFERENCE: a job advert for a
    # "midday supervisor" with a phone number is no one's number)
    r"|head of (?:year|department|sixth form|house)|heidie|heedie|janny|janitor|bursar|site manager"
    r"|premises manager|lunch(?:time)? supervisor|midday supervisor|dinner (?:man|ladies)|cover supervisor"
    r"|supply teacher|pastoral (?:lead|manager|officer|team)|safeguarding lead|attendance officer|exams officer"
    r"|learning mentor|school nurse|sendco|lollipop (?:lady|man)|crossing patrol|sports coach|office lady"
    r"|lady in the office|slt|senior leadership"
    # and what else only school life has: its governance, exams, support, places and calendar
    r"|governing body|(?:academy|academies|multi-academy|school'?s?) trust|at the trust|trust'?s? (?:ceo|board)|ysgol"
    r"|gcses?|a-levels?|sats|(?-i:SEND?)|ehcp|inclusion unit|isolation room|school run|school gates?"
    r"|(?:at|outside) the gates|assembly|newsletter|nativity|parents'? evening|sports day|sports hall|prom|form group"
    r"|year \d+s|y\d+s?|staff ?room|(?:pe|maths|science|english|history|music|art|drama|geography|re) department|governers?"
    r"|weans|bairns|(?-i:(?:[7-9]|1[0-3])[A-HJL-Z]))\b"
    # a school's or a teacher's account ("@ParkfieldAcademy", "@MrsDevereux_Head", "@ms_ferreira_art")
    r"|@\w*(?:academy|school|primary|head)|@(?:mrs?|ms|miss|mx|dr|sir)[_.][a-z]|(?-i:@(?:Mrs?|Ms|Miss|Mx|Dr|Sir)[A-Z])",
    re.IGNORECASE,
)

TITLES = ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Sir")
