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
    r"|son|daughter|teachers?|staff|tas?|sir|governors?|pta|ofsted|uniform|playground|homework|detention)\b",
    re.IGNORECASE,
)

TITLES = ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Sir")
