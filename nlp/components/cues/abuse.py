"""Abuse cues: insults, cursing at a person, body shaming, dehumanising words, pile-ons.

All weak: an insult needs the model (or a second flag) to agree before the item is malicious, and
profanity used as praise ("f***ing legend", :mod:`nlp.components.cues.idioms`) cancels a cue it
overlaps. Entries are ``(rule, strength, anchors, pattern)`` (see :mod:`nlp.components.cues`).
"""

from __future__ import annotations

from nlp.components.cues.cue import Cue
from nlp.components.cues.words import FUCK, INSULT, INSULT_WORDS, PERSON

FLAG = "abuse"

CUES: list[Cue] = [Cue(FLAG, rule, strength, anchors, pattern) for rule, strength, anchors, pattern in [
    ("insult", "weak", ("*", "cunt") + tuple(INSULT_WORDS),
     rf"\b(?:is|s|'s|are|'re|was|you|ur|u|what|such|an?|the|that|fat|ugly|stupid|vile|old|thick|lazy|absolute|total|complete|utter|dirty|little|useless|nasty|massive|proper|bald|smug)\s+(?:\w+,?\s+){{0,2}}{INSULT}s?\b"),
    ("curse at", "weak", ("fuck", "f*", "fck", "feck", "fk", "fu*", "fuc"),
     rf"\b{FUCK}\s+(?:off|you|u|him|her|them|the lot)\b|\bgo\s+{FUCK}\s+(?:yourself|urself|himself|herself)\b|\b(?:stupid|fat|ugly|useless|thick|lazy)\s+{FUCK}(?:ing|in)?\s+\w+"),
    ("insult person", "weak", ("*", "cunt") + tuple(INSULT_WORDS),
     rf"\b(?:mr|mrs|miss|ms|dr|sir)\.?\s+\w+\s+(?:is|the)\s+(?:a|an)?\s*(?:{FUCK}(?:ing|in)?\s+)?{INSULT}\b"),
    ("body shaming", "weak", ("fat", "ugly", "hideous", "greasy", "smelly", "stinking"),
     r"\b(?:fat|ugly|hideous|greasy|smelly|stinking)\s+(?:cow|pig|slob|whale|hag|troll|bitch|bastard|waste|munter|minger|old bag|git|lump)\b"),
    ("direct insult", "weak", ("clown", "loser", "joke", "disgrace", "failure", "fraud", "waste", "dirty", "filthy", "disgusting",
                               "sick", "vile"),
     r"\byou(?:'re| are|re)? (?:a |an )?(?:\w+ )?(?:clown|loser|joke|disgrace|failure|fraud|waste)\b|\byou (?:dirty|filthy|disgusting|sick|vile) \w+|\b(?:fat|ugly)\s+(?:\w+\s+)?loser\b"),
    ("old bag", "weak", ("bag", "hag", "trout", "bat", "boot", "crone", "sack of"),
     r"\b(?:nasty|old|ugly|fat|vile|miserable|bitter|dried up|sad)\s+(?:old\s+)?(?:bag|hag|trout|bat|boot|crone|sack of \w+)\b"),
    ("dehumanising", "weak", ("waste", "scum", "piece", "human", "subhuman", "sub-human", "vermin"),
     r"\b(?:waste of (?:space|oxygen|skin|air)|scum of the earth|piece of (?:shit|sh\*t|crap|work|garbage|trash)|sub-?human|vermin)\b"),
    ("wish ill", "weak", ("should be", "needs to be", "deserves to be", "ought to be"),
     r"\b(?:should be|needs to be|deserves to be|ought to be)\s+(?:sacked and )?(?:shot|hanged|hung|strung up|locked up and|put down|sterili[sz]ed|beaten)\b"),
    ("harassment campaign", "weak", ("everyone", "every1", "all of you", "all", "spam", "flood", "bombard"),
     rf"\b(?:everyone|every1|all of you|let'?s all|lets all|we should all|spam|flood|bombard)\s+(?:\w+\s+){{0,3}}(?:message|dm|email|ring|call|spam|report|tag|flood|bombard|troll)\s+(?:{PERSON}|her|him|the head)\b"),
    ("kill yourself", "weak", ("kys", "kill"),
     r"\b(?:kys|kill (?:your|ur|him|her|them)sel(?:f|ves))\b"),
    ("mocks appearance", "weak", ("ugly", "state of", "face like", "built like", "mirror", "iq of", "brain of"),
     r"\b(?:so|that|really|proper|sooo+) ugly\b|\blook at the state of\b|\bface like a\b|\bbuilt like a\b|\bget (?:that woman|that man|her|him) a mirror\b|\b(?:iq|brain) of a\b"),
    ("harassment drive", "weak", ("flood", "spam", "bombard", "miserable", "keep messaging", "new accounts", "tag him", "tag her",
                                 "every parent", "posters", "bury", "crack", "uncomfortable", "most hated",
                                 "outfits", "boo "),
     r"\b(?:flood|spam|bombard)\s+(?:[\w']+\s+){0,2}(?:instagram|insta|facebook|inbox|page|comments|dms?|tiktok|linkedin)\b|\bmake (?:her|him|them|(?:mr|mrs|miss|ms) \w+) (?:so )?miserable\b|\bkeep messaging (?:her|him)\b|\bmake new accounts\b|\band tag (?:her|him)\b|\bsend it to every parent\b|\bprint posters\b|\blet'?s bury (?:her|him)\b|\b(?:she|he)'?ll crack\b|\bmake (?:it|life) uncomfortable\b|\bmost hated (?:man|woman|teacher|head)\b|\brating (?:(?:mr|mrs|miss|ms) \w+'s )?outfits\b|\bboo (?:mr|mrs|miss|ms|her|him)\b"),
    ("labelled", "weak", ("=", "sad act", "weirdo", "loser", "freak", "laughing stock", "joke of a", "scumbag", "witch"),
     r"(?:=|\b(?:mr|mrs|miss|ms)\.? \w+ is an?|\byou(?:'re| are) an?)\s+(?:[\w,]+\s+){0,3}(?:sad act|weirdo|loser|laughing stock|joke of a (?:man|woman)|scumbag|witch|weak)\b|(?:^|[.!]\s*)(?:loser|freak|weirdo)[.!]"),
    ("name-calling", "weak", ("munter", "minger", "weasel", "coward", "liar", "hypocrite", "nyaff",
                              "slimeball", "moron", "imbecile", "cretin", "wazzock", "gobshite"),
     r"\b(?:is|you'?re|you are|ur|a|an|total|absolute|spineless|gutless|useless|such a|what a|lying|slimy|wee)\s+(?:\w+\s+)?(?:munter|minger|weasel|coward|nyaff|slimeball|moron|imbecile|cretin|wazzock|gobshite)s?\b|(?:^|[.:!]\s*)(?:liar|coward|hypocrite|bully|fraud)[.!]\s+(?:liar|coward|hypocrite|bully|fraud)[.!]"),
    ("pile-on", "weak", ("let's", "lets", "everyone", "go and", "should all"),
     r"\b(?:let'?s all|lets all|everyone|go and|we should all)\b[^.!?\n]{0,40}\b(?:leave (?:\w+ )?(?:1|one)?[- ]?(?:star )?reviews?|tag (?:her|him|them)|tell (?:her|him) what|comment on (?:every|all|her|his)|spam (?:her|him|them)|flood (?:her|his|their))\b"),
    # contempt for a person, not a decision: "pathetic little man", "crooked old fool", "pack of crooks"
    ("contemptuous name", "weak", ("pathetic", "spineless", "gutless", "crooked", "disgusting", "vile", "smug", "nasty",
                                   "horrible", "horrid", "evil", "feral", "filthy", "spiteful", "senile", "brainless",
                                   "gormless", "creepy", "slimy"),
     r"\b(?:pathetic|spineless|gutless|crooked|disgusting|vile|smug|nasty|horrible|horrid|evil|feral|filthy|spiteful|senile"
     r"|brainless|gormless|creepy|slimy)\s+(?:little\s+|old\s+)?(?:man|woman|fool|idiot|creature|devil|git|brat|clown|rat"
     r"|snake|toad|worm|specimen|crooks?|thieves|liars?|cretin|troll|cow|witch|excuse for a \w+)s?\b"),
    ("collective insult", "weak", ("bunch of", "pack of", "load of", "coven of", "shower of", "gang of", "nest of", "herd of"),
     r"\b(?:bunch|pack|load|coven|shower|gang|nest|herd) of (?:[\w']+\s+)?(?:idiots|morons|clowns|crooks|thieves|liars"
     r"|witches|cowards|muppets|losers|wasters|scum|snakes|rats|parasites|incompetents|bullies|hypocrites|freaks)\b"),
    # an insult standing as its own sentence: "Racist b*tch." "Freak."
    ("insult exclamation", "weak", ("*", "cunt", "idiot", "moron", "freak", "pervert", "creep", "loser") + tuple(INSULT_WORDS),
     rf"(?:^|[.!?]\s+)(?:[\w']+\s+)?(?:{INSULT}|idiot|moron|freak|pervert|creep|loser)s?\s*(?:[.!?]|$)"),
    # a string of contempt ending in a derogatory noun ("dozy mare", "useless lump", "plain, thick nobody")
    ("derogatory noun", "weak", ("mare", "lump", "prat", "nobody", "psycho", "pillock", "plonker", "numpty", "dimwit",
                                 "halfwit", "dunce", "oaf", "slug", "leech", "buffoon", "bimbo", "harpy", "battleaxe", "battle-axe"),
     r"\b(?:a|an|such a|what a|you|ur|the|that|this|little|old|thick|dozy|useless|lazy|fat|ugly|sad|plain|stupid|bitter"
     r"|miserable|jumped[- ]up|sweaty|lonely|heartless|actual|total|complete|absolute|is|s)\s+(?:[\w-]+,?\s+){0,3}"
     r"(?:mare|lump|prat|psycho|pillock|plonker|numpty|dimwit|halfwit|dunce|oaf|slug|leech|buffoon|bimbo|harpy"
     r"|battle-?axe)s?\b|\b(?:a|thick|sad|plain|useless|little|jumped[- ]up) nobody\b"),
    # a body part likened to something ("teeth like a horse", "a voice like a foghorn")
    ("body likened", "weak", ("like a", "like an"),
     r"\b(?:teeth|face|voice|hair|body|legs|nose|laugh|arse|backside|eyes|ears|neck|skin)\s+like\s+an?\b"),
    # driving a member of staff out ("needs hounding out", "make him want to leave")
    ("hound out", "weak", ("hound", "make him", "make her", "make them", "drive him", "drive her", "run him", "run her"),
     r"\bhound(?:ed|ing)?\s+(?:\w+\s+)?out\b|\bneeds hounding\b|\bmake (?:him|her|them) (?:want to )?(?:leave|quit|resign)\b"
     r"|\b(?:drive|run|hound) (?:him|her|them) out of\b"),
    # an impairment mocked ("every time Miss X stammered, set to clown music 🤡")
    ("mocks impairment", "weak", ("stammer", "stutter", "lisp", "limp", "wheelchair", "hearing aid", "twitch", "tics"),
     r"\b(?:stammer|stutter|lisp|limp|wheelchair|hearing aid|twitch|tics)\w*\b[^.\n]{0,60}(?:\b(?:clown|lol|lmao|funny|hilarious|meme"
     r"|compilation|impression)\b|😂|🤣|🤡)"),
]]
