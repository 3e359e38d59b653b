"""Hate cues: slurs and dehumanising or exclusionary wording about protected characteristics.

Weak cues need the model to agree; the "protected characteristic" hint (a group is mentioned) never
raises a label but names the flag on an item already malicious. Entries are ``(rule, strength,
anchors, pattern)`` (see :mod:`nlp.components.cues`).
"""

from __future__ import annotations

from nlp.components.cues.cue import Cue
from nlp.components.cues.words import GROUPS

FLAG = "hate"

# Slurs as people mask them with stars ("r*ghead", "tr*nny", "f*g"): inner letters may be stars, at
# least one is, the first and last letters are not (so "f**" stays a masked swear word, not a slur).
MASKED_SLURS = ("raghead", "towelhead", "tranny", "trannies", "faggot", "fag", "paki", "pikey", "gyppo", "spastic",
                "spaz", "retard", "nigger", "nigga", "lezza", "lezzer", "dyke", "chink", "kike", "coon", "wog", "poofter")


def masked(word: str) -> str:
    """``word`` with any inner letter possibly replaced by ``*``."""
    return word[0] + "".join(f"[{c}*]" for c in word[1:-1]) + word[-1]


MASKED = r"\b(?=[\w*]*\*)(?:" + "|".join(masked(w) for w in MASKED_SLURS) + r")s?\b"

# Mentions of a protected characteristic: never raise a label, but name the flag on a malicious item.
PROTECTED = r"\b(?:muslims?|islam\w*|jews?|jewish|black|asians?|nigerian|africans?|indian|pakistani|polish|poles|romanians?|eastern european|foreign\w*|immigrants?|gay|gays|lesbian|queer|trans|they/them|disabled|deaf|wheelchair|autistic|hijab|headscarf|turban|halal|mosque|travellers?|gypsy|gypsies|english teachers|british kids)\b"

CUES: list[Cue] = [Cue(FLAG, rule, strength, anchors, pattern) for rule, strength, anchors, pattern in [
    ("go back", "weak", ("go back",),
     r"go back (?:to )?(?:where (?:s?he|they|you) (?:came|come) from|(?:to )?(?:his|her|their|your) (?:own )?country)"),
    ("slur (race)", "weak", ("paki", "p*ki", "wog", "ngg", "nigg", "ni*", "n1", "coon", "chink", "gypp", "pikey", "kike", "raghead", "rag head", "towel"),
     r"\b(?:paki|pakis|p\*ki|wog|wogs|n[i1*]gg\w*|coon|chink|gyppo|pikey|pikeys|kike|raghead|towelhead|towel ?heads|rag ?heads)\b"),
    ("slur (sexuality)", "weak", ("trann", "shemale", "fag", "f*g", "dyke", "poof", "batty", "lezz", "lesbo"),
     r"\b(?:tranny|trannies|shemale|faggot|f\*g+ot|fag|dyke|poof|poofter|batty ?boy|lezzas?|lezzers?|lesbos?)\b"),
    ("slur (disability)", "weak", ("spas", "spaz", "mong", "retard"),
     r"\b(?:spastic|spaz|mong|retards?)\b"),
    ("group shouldn't", "weak", GROUPS,
     r"(?:muslims?|jews?|gays?|lesbians?|immigrants?|foreigners?|blacks?|asians?|poles|polish|romanians?|travellers?|gypsies|trans (?:people|women|men)?|the disabled)\b.{0,40}\b(?:shouldn'?t|should not|should never|must not|mustn'?t|can'?t be trusted|are all|don'?t belong|have no place|not be allowed|infest|ruin|breed)"),
    ("shouldn't allow group", "weak", GROUPS,
     r"(?:shouldn'?t|should not|should never|mustn'?t|don'?t want|not) (?:be )?(?:let|allowed|having|have) (?:a |an |some |them |those )?(?:muslims?|jews?|gays?|lesbians?|immigrants?|foreigners?|trans\w*|poles|polish|romanians?|travellers?|gypsies|blacks?|asians?|disabled \w+|someone like (?:him|her|that)|people like (?:him|her|that)|his kind|her kind|their kind)\b"),
    ("their kind", "weak", ("kind", "sort", "lot", "type"),
     r"(?:his|her|their|that) (?:kind|sort|lot|type)\b.{0,30}\b(?:shouldn'?t|should not|don'?t belong|not welcome|near (?:our )?kids|teach)"),
    ("hateful label", "weak", ("headscarf", "hijab", "burka", "turban", "rainbow", "pride", "wheelchair"),
     r"\b(?:headscarf|hijab|burka|turban|rainbow|pride flag|wheelchair)[- ]?(?:wearing|waving|bound)?\s+(?:bitch|cow|freak|weirdo|terrorist|pervert|nonce)\b"),
    ("terrorist smear", "weak", ("terror", "bomber"),
     r"\b(?:terrorists?|bombers?)\b.{0,30}\b(?:muslim|mosque|headscarf|hijab|her people|his people)\b"),
    ("terrorist smear (religion)", "weak", ("terror", "bomber", "sharia"),
     r"\b(?:muslim|mosque|headscarf|hijab)\b.{0,40}\b(?:terrorists?|bombers?|sharia)\b"),
    ("groomer smear", "weak", ("groom", "pervert", "paedo"),
     r"(?:grooming|groomers?|perverts?|paedos?)\b.{0,30}\b(?:gay|gays|lesbian|trans|lgbt\w*|pride|homos?)\b"),
    ("groomer smear (lgbt)", "weak", ("groom", "pervert", "paedo", "agenda", "brainwash"),
     r"\b(?:gay|gays|lesbian|trans|lgbt\w*|pride|homos?)\b.{0,30}\b(?:grooming|groomers?|perverts?|paedos?|agenda|brainwash\w*)"),
    ("group as vermin", "weak", ("scum", "vermin", "filth", "rat", "parasite", "animal", "cockroach"),
     r"\b(?:chav|gypsy|traveller|polish|eastern european|foreign|immigrant|black|asian|indian|african|muslim|jewish|gay|lesbian|trans)\s+(?:scum|vermin|filth|rats?|parasites?|animals?|cockroach\w*)"),
    ("vermin", "weak", ("scum", "vermin", "filth", "rats", "parasites", "animals", "cockroaches"),
     r"\b(?:scum|vermin|filth|rats|parasites|animals|cockroaches)\b.{0,20}\b(?:like (?:him|her|them)|their lot|her lot|his lot)"),
    ("send back", "weak", ("send", "sent", "ship", "go back", "go home", "belong"),
     r"(?:^|[.!?]\s+)go (?:back )?home\b|\b(?:send|sent|ship) (?:her|him|them) (?:back|home)\b(?!\s+(?:early|from|for|because|with|at|again|\d))|\bgo back to (?:india|africa|pakistan|poland|romania|nigeria|your \w+)\b|\b(?:africans|asians|muslims|poles|immigrants|foreigners) belong in\b"),
    ("conspiracy", "weak", ("run ", "runs ", "own ", "control", "taking over"),
     r"\b(?:jews|muslims|immigrants|foreigners|they'?re|the gays|asians) (?:run|own|control|are taking over|taking over)\b|\btaking over\b.{0,20}\b(?:our schools|our country|everything)\b"),
    ("group can't", "weak", GROUPS + ("disabled", "deaf", "blind", "autistic", "trans", "female", "women"),
     r"\b(?:disabled|deaf|blind|autistic|gay|trans|black|muslim|jewish|foreign|female|women) (?:people|teachers|staff|heads?|men|women)?\s*(?:should(?:n'?t| not| never)|shouldn'?t be allowed|can'?t|are a burden|don'?t belong|have no (?:place|business))\b"),
    ("women can't", "weak", ("women", "kitchen", "no place", "no business"),
     r"\bwomen (?:shouldn'?t|should not|can'?t) (?:run|teach|lead|be in charge)\b|\bback to the kitchen\b|\bno (?:place|business) for (?:a )?(?:gay|trans|muslim|black|disabled|foreign|deaf)\b|\bhas no business teaching (?:british|english|our) kids\b"),
    ("dehumanising origin", "weak", ("off the boat", "monkey", "🐒", "in their blood", "savages", "saeson", "proper english"),
     r"\boff the boat\b|\bmonkey (?:noises|sounds|face)\b|🐒|\bin their blood\b|\b(?:foreign |dirty )?savages\b|\bsaeson\b|\bspeaks? proper english\b"),
    ("masked slur", "weak", ("*",), MASKED),
    ("protected characteristic", "hint",
     GROUPS + ("islam", "pole", "wheelchair", "hijab", "headscarf", "turban", "halal", "mosque", "english teachers", "british kids", "they/them"),
     PROTECTED),
    # a school "taken over" by a group, a "third world" school, a hire for the "right colour"
    ("group replacing us", "weak", ("dumping ground", "third world", "third-world", "asylum", "replacing", "replaced", "overrun",
                                    "swamped", "flooded", "colour", "color", "diversity hire", "token"),
     r"\bdumping ground for\b|\bthird[- ]world (?:school|country|place|dump|shithole)\b|\basylum seekers?'? (?:kids|children|brats)\b"
     r"|\b(?:replacing|replaced|overrun|swamped|flooded)\b[^.\n]{0,30}\b(?:with|by)\s+(?:someone from|people from|foreigners|immigrants"
     r"|asylum seekers|eastern europeans|muslims|africans|asians)\b|\b(?:the )?right colou?r\b|\b(?:diversity|token) (?:hire|appointment)\b"),
    # a whole group judged by one member, or a group cast as foreign or as a threat
    ("group generalised", "weak", GROUPS + ("every one of them", "is this", "in a dress", "in a skirt", "in a wig", "turn our", "convert"),
     r"\b(?:muslim|jewish|black|asian|african|indian|pakistani|polish|romanian|eastern european|foreign|immigrant|gay|lesbian|trans"
     r"|disabled|deaf|autistic)\s+(?:teachers|parents|people|staff|families|kids|children|mums|dads|men|women)\s+(?:only|always|never"
     r"|all|get away with|can'?t|don'?t)\b|\bevery (?:single )?one of them'?s? (?:a|an|is a)\b|\bis this (?:\w+ )?or (?:england|britain"
     r"|the uk|scotland|wales)\b|\b(?:man|bloke|geezer) in a (?:dress|skirt|wig)\b|\bturn (?:our|the) (?:boys|girls|kids|children)\b"
     r"|\bconvert(?:ing)? (?:our|the) (?:kids|children|boys|girls)\b"),
]]
