"""Flag families for a malicious item no cue explains (used when there is no ``flagcat`` model).

``decide`` gives such an item the first flag whose wording family occurs, else ``abuse``.
"""

from __future__ import annotations

# A malicious item that no cue explains gets the first flag whose wording family occurs (else abuse).
FALLBACK_FLAGS = [
    ("doxxing", r"\b(?:(?:his|her|their) (?:house|flat|home|address|car|route|husband|wife|partner|mum|landlord)'?s?\b|lives? (?:at|on|in)\b|maiden name|private (?:facebook|insta\w*|account|page)|personal (?:tiktok|insta\w*|facebook|account|page)|strava|number plate|reg(?:istration)? (?:is|plate))"),
    ("pupil_identified", r"\b(?:the (?:kid|boy|girl|lad|wean)|year \d+ (?:boy|girl|kid|lad)|(?:boy|girl|kid)(?:'s)? (?:name|face)|from \d[a-z]\b|in p\d\b)"),
    ("allegation", r"\b(?:police|arrested|investigat\w+|rumou?rs?|allegations?|affair|drunk|drugs?|stole|stealing|steals|fraud|"
                   r"suspended|sacked|inappropriate|groom\w*|nonce|paedo\w*|perv\w*|touch\w*|abus\w+|covered up|cover-up|"
                   r"heard|apparently|allegedly|secret|criminal|prison|court)\b"),
    ("impersonation", r"\b(?:account|page|profile|handle|official|parody|satire|dm|dms|bio|posted as|pretending|"
                      r"claiming|signed|letter from|message from|new number|whatsapp)\b|@\w+"),
    ("threat", r"\b(?:door|doorstep|tonight|regret|visit|warned|warning|coming for|watch|hurt|kill|die|dead|blood|"
               r"burn|bomb|knife|gun|weekend|after school|car park|outside (?:his|her|their|your) (?:house|home))\b"),
]
