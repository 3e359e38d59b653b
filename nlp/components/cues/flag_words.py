"""Words that name a flag on an item already malicious; they never raise a label and never stack.

A post judged malicious for one reason often carries a second one in passing: a hateful post that
also calls the teacher a "freak", a fake "confession" in which the head calls himself "a complete
fraud". ``decide`` adds the flag when its words occur in a malicious item. Keep each list to words
that name the flag in nearly every malicious post that uses them (a headscarf is no harm in a
notice, but in an attack on a teacher it is the attack's reason): check on train, where 114 of the
115 malicious rows with the hate words below carry hate, and all 55 with the threat words carry
threat. Criticism of decisions never needs them.
"""

from __future__ import annotations

from nlp.components.cues.words import INSULT

FLAG_WORDS: list[tuple[str, str]] = [
    # violence pictured rather than promised: a knife or coffin emoji, a hitman, a lit rag
    ("threat", r"(?:🔪|🔫|⚰|🩸|\b(?:hitman|in a box|throat cut\w*|legs? broken|lit rag|can of (?:petrol|fuel)|mob[- ]handed"
               r"|snitches get stitches|neck brace|getting slapped|hang for|give (?:him|her|them|that \w+) a (?:good )?hiding"
               r"|won'?t see (?:christmas|easter|summer|the end of))\b)"),
    ("abuse", rf"\b(?:{INSULT}|idiots?|fools?|morons?|imbeciles?|cretins?|creatures?|devils?|brats?|gits?|clowns?|freaks?"
              r"|weirdos?|creeps?|scum\w*|crooks?|thie(?:f|ves)|liars?|frauds?|pathetic|spineless|disgusting|thick"
              r"|stupid|ugly|uglier|ugliest|smells|stinks|nits?|perv(?:ert)?s?|losers?|muppets?|waste of (?:space|oxygen)"
              r"|shut (?:up|your)|hag|slob|minger|munter|sad act|laughing stock|joke of a|horrible|vile|nasty|evil|wicked"
              r"|filthy|useless (?:cow|man|woman|idiot|lot|bunch|pig)|senile|greedy|bitter"
              # a slur aimed at a person is abuse as well as hate
              r"|lezzas?|lezzers?|dykes?|trann(?:y|ies)|faggots?|fags?|poofs?|pakis?|pikeys?|gyppos?|wogs?|coons?|chinks?|kikes?"
              r"|ragheads?|towelheads?|spastics?|spaz|retards?|mongs?|savages|jihadis?)\b"),
    ("hate", r"\b(?:right colour|wrong colour|colour of (?:his|her|their) skin|pronouns|man in a dress|bloke in a dress"
             r"|third world|asylum seekers?|sharia|jihad\w*|allahu|terrorists?|foreigners?|immigrants?|go home"
             r"|proper english|speak english|taking our jobs|our jobs|white (?:kids|people)|agenda|woke"
             # said of a person's origin, faith, sex or body: hateful in any malicious post that says them
             r"|half[- ]caste|mongrels?|paddy|paddies|fenians?|nancy boy|limp[- ]wristed|this is england|come over here"
             r"|where (?:s?he|they)'?s from|where (?:s?he|they) comes? from|jungle|hormonal|get back in the kitchen"
             r"|women in charge|burkas?|hijabs?|headscarf|turban|tea cosy|mat(?:ernity)? leave|dyspraxic)\b"),
]
