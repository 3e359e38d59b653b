"""Wording that looks like a cue but is not meant: idioms and praise.

A cue overlapping an :data:`IDIOMS` match is dropped (``killed it at sports day``, ``killer
lasagne``); :data:`PRAISE` (profanity or an insult word used as praise, ``f***ing legend``) is an
idiom too, and ``decide`` also uses it to overrule a malicious model answer that no cue explains.
Add an idiom when a cue fires on a friendly phrase; write it as narrowly as the phrase.
"""

from __future__ import annotations

# Profanity or an insult word used as praise or affection; it cancels an abuse cue it overlaps and
# a malicious model answer with no cue at all.
PRAISE = [
    r"\b(?:f[u*]?[c*]?k+|f\*+|feck)(?:ing|in|in')?\s+(?:legend|legends|love|loved|brilliant|amazing|great|hero|heroes|star|genius|class|awesome|superb|fantastic|proud|buzzing|chuffed|ace|incredible|best|beautiful|gorgeous|smashed it|nailed it)\b",
    r"\b(?:absolute|total|proper|what an?|the)\s+(?:f[u*]?[c*]?k+ing\s+|bloody\s+|f\*+ing\s+)?(?:legend|legends|hero|heroes|star|gem|diamond|saint|angel)\b",
    r"\b(?:lucky|jammy|cheeky|clever|daft|soft|poor|mad)\s+(?:old\s+)?(?:bastard|sod|git|cow|bugger|beggar)s?\b",
    r"\bbloody\s+(?:brilliant|amazing|fantastic|great|good|lovely|marvellous|love)\b",
]

# Wording that looks like a cue but is praise or an idiom; a cue overlapping one of these is dropped.
IDIOMS = [
    r"\bkill(?:ed|ing|s)?\s+it\b", r"\bkiller\s+(?!of)\w+", r"\bkilling\s+(?:me|us)\b(?!.{0,10}(?:knife|gun))",
    r"\b(?:smash|smashed|smashing|nailed|slayed|slaying|smashes)\s+(?:it|that|the \w+|their|his|her)\b",
    r"\bto die for\b", r"\bdying (?:of|with|to)\b", r"\b(?:laughing|laughed) (?:my|our) \w+ off\b",
    r"\bdead (?:good|nice|proud|chuffed|pleased|funny|impressed|happy|lucky)\b", r"\b(?:bomb|the bomb|da bomb)\b(?= (?:cake|lasagne|food|show|performance))",
    r"\bknock(?:ed|ing)? (?:it|them|everyone|us|the \w+) (?:out of the park|dead|for six|sideways)\b",
    r"\bbreak a leg\b", r"\bkill (?:two birds|for a|the bugs?|germs|weeds|time)\b", r"\bslay(?:ed|ing)?\b",
    r"\bcrack(?:ed|ing)? on\b", r"\bbeat(?:ing|s)?\s+(?:them|us|the \w+ team|the other|every)\s+(?:at|in)\b",
    r"\b(?:beat|beating|beats)\s+(?:the\s+)?(?:record|traffic|queue|rush|heat)\b",
    r"\bdeserves? (?:a\s+)?(?:medal|award|pay rise|raise|knighthood|break|holiday|rest|gold star)\b",
    r"\bwatch (?:this space|out for (?:the|our|their))\b", r"\bcontrol freak\b", r"\bfreak(?:ed|ing)? out\b",
    # an event described, not a threat; mild teasing
    r"\b(?:was|is|were|it'?s) (?:a|an absolute|a total|an) blood ?bath\b", r"\bpig'?s ear\b", r"\bpantomime (?:cow|horse|dame)\b",
    r"\bwitch (?:trials?|hunts?)\b", r"\bgrooming (?:signs|awareness)\b|\bsigns of grooming\b", r"\ba bit of an? (?:prat|numpty|plonker|muppet|pillock|nightmare)\b",
    # colours of things, not of people ("a black hole", "black tie")
    r"\bblack (?:holes?|friday|eyes?|tie|coffee|market|belts?|out|and white|board|cab|sheep|ice|pudding|mould|bin|bags?|history month)\b",
    *PRAISE,
]
