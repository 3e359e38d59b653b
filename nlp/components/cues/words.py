"""Building blocks the cue patterns share: people, pronouns, children, insults, groups.

Plain regex fragments (strings), written for lower-cased text; ``(?-i:...)`` marks the few parts
that need the original case (names). Use them inside ``rf"..."`` patterns as ``{PERSON}``.
"""

from __future__ import annotations

import re

VOWELS = set("aeiou")


def starred(word: str, drop_vowels: bool = True) -> str:
    """A regex for ``word`` where inner letters may be masked with ``*`` and (``drop_vowels``) vowels dropped."""
    parts = [re.escape(word[0])]
    for char in word[1:-1]:
        parts.append(f"[{char}*]{'?' if drop_vowels and char in VOWELS else ''}")
    if len(word) > 1:
        parts.append(f"[{word[-1]}*]")
    return "".join(parts)


FUCK = rf"(?:{starred('fuck')}|f\*+|feck|fk)"
CUNT = rf"(?:{starred('cunt')}|c\*+t)"
# A person a threat or insult is aimed at: a pronoun, "the head", "that teacher", "Mr X".
PERSON = (r"(?:him|her|them|you|u|ya|the (?:head|teacher|bitch|cow|prick|bastard|lot of them)"
          r"|that (?:teacher|woman|man|bitch|cow|prick|twat|head)|mr\.? \w+|mrs\.? \w+|miss \w+|ms\.? \w+)")
SELF = r"(?:him|her|them|your?|ur)sel(?:f|ves|fs)"
HE = r"(?:he|she|they|you|u)"
HIS = r"(?:his|her|their|your|ur)"
YOU = r"(?:you|u|ya|him|her|them)"
YOUR = r"(?:your|ur|his|her|their)"
KIDS = r"(?:kids|children|pupils|students|boys|girls|little ones|kiddies)"
# KIDS plus a single child and year groups ("a pupil", "year 9s", "sixth formers").
MINORS = (r"(?:kids|children|pupils|students|girls|boys|little ones|kiddies|a (?:pupil|student|child|girl|boy|kid)"
          r"|year \d+s?|sixth ?formers?)")
CHILD_OF = r"(?:child|children|kid|kids|son|daughter|little one)(?:'?s|s')?"

INSULT_WORDS = [
    "bitch", "slag", "slut", "whore", "twat", "prick", "dickhead", "wanker", "tosser", "bellend",
    "scumbag", "scum", "bastard", "cow", "witch", "pig", "knobhead", "nobhead", "arsehole", "asshole",
    "retard", "freak", "skank", "tart", "troll", "shithead",
]
# "slt" is the senior leadership team and "pg" a film rating, not masked insults: keep their vowels
KEEP_VOWELS = {"slut", "pig"}
# a masked insult must end the word: "f***" in "f***ing disgrace" is not a masked "freak"
INSULT = "(?:" + "|".join([starred(w, w not in KEEP_VOWELS) for w in INSULT_WORDS] + [CUNT]) + r")(?:e?s)?(?![\w*])"

# Groups with a protected characteristic, as anchors (substrings of the lower-cased text).
GROUPS = ("muslim", "jew", "gay", "lesbian", "immigrant", "foreign", "black", "asian", "poles", "polish",
          "romanian", "traveller", "gyps", "trans", "disabled", "deaf", "blind", "autistic", "women", "africa",
          "india", "nigeria", "pakistan", "chav", "eastern european", "homo", "lgbt", "pride", "queer")

# A capitalised first name that is not a common sentence-opening word ("The", "Kids", "Year").
NOT_NAME = (r"(?!(?:The|Kids|Children|Everyone|Pupils|Those|These|Some|All|Boys|Girls|Someone|Nobody|Anyone|He|She"
            r"|They|We|I|My|Our|His|Her|Their|Teachers|Staff|Parents|Mum|Dad|Mums|Dads|Year|Class|Reception|Nursery"
            r"|Lots|Most|Many|Half|One|Two|Three|Everybody|Thanks|Thank|Well|Congratulations|Congrats|Welcome|Hello|Hi"
            r"|Dear|Good|Sorry|Please|Today|Yesterday|Tomorrow|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
            r"|Update|Reminder|Notice|Mrs?|Miss|Ms|Mx|Dr|Sir|Bloody|Oh|Head|Deputy|Teacher|Form|Group|Set|Team|Bullying|Behaviour"
            r"|Attendance|Homework|Maths|English|Science|History|Geography|Music|Art|Drama|Sport|Sports|Reading|Writing"
            r"|Phonics|Swimming|Football|Netball|Lunch|Assembly|Christmas|Easter|Summer|Spring|Autumn|Carers|Families)\b)")
# the capital is checked first: it fails fast on most words, before the long NOT_NAME list is tried;
# a name after a title is a member of staff ("Mrs Morales, Year 2"), not a pupil
NAME = (r"(?-i:(?=[A-Z]))(?<!mr )(?<!mrs )(?<!ms )(?<!mx )(?<!dr )(?<!miss )(?<!sir )(?<!mr\. )(?<!mrs\. )"
        + NOT_NAME + r"(?-i:[A-Z][a-z]+)")
