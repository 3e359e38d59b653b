"""Allegation cues: claims that a member of staff abuses, steals, drinks, or is under investigation.

Includes allegations phrased as rumour, question or insinuation ("join the dots", "is he safe around
kids?"). All weak or hints: lawful criticism names decisions, an allegation names a crime or
misconduct. Entries are ``(rule, strength, anchors, pattern)`` (see :mod:`nlp.components.cues`).
"""

from __future__ import annotations

from nlp.components.cues.cue import Cue
from nlp.components.cues.words import KIDS, MINORS

FLAG = "allegation"

CUES: list[Cue] = [Cue(FLAG, rule, strength, anchors, pattern) for rule, strength, anchors, pattern in [
    ("paedophile claim", "weak", ("paed", "pedo", "peado", "pedo", "nonce", "groom", "fiddler", "molest", "predator", "offender", "perv"),
     r"\b(?:paedo|pedo|peado|paedophile|pedophile|nonce|noncey|groomer|kiddie fiddler|kiddy fiddler|child molester|predator|sex offender|perv|pervert)s?\b"),
    ("touching claim", "weak", ("touch", "fondl", "grop", "feel", "interfer"),
     rf"\b(?:touch|touches|touched|touching|fondl\w+|grop\w+|feel\w* up|interfer\w+ with)\s+(?:the\s+|little\s+|young\s+|our\s+|my\s+)?(?:{KIDS}|girls|boys|pupils?|kid|child|my (?:son|daughter|lad|girl))\b(?!'s)"),
    ("hits children", "weak", ("hit", "slap", "smack", "punch", "kick", "shove", "grab", "manhandl", "dragg", "assault", "abus"),
     rf"\b(?:hit|hits|hitting|slapped|slaps|slap|smacked|smacks|punched|kicked|shoves?|shoved|grabbed|manhandled|dragged|assaulted|abuses?|abused|abusing)\s+(?:the\s+|our\s+|my\s+|a\s+|little\s+)?(?:{KIDS}|kid|child|pupil|student|boy|girl|son|daughter|lad)\b"),
    ("theft claim", "weak", ("stole", "steal", "nick", "pocket", "embezzl", "fiddl", "siphon", "skimm", "helping", "rob"),
     r"\b(?:stole|steals|stealing|nicked|nicks|robs|robbing|robbed|pocket\w*|embezzl\w+|fiddl\w+|siphon\w*|skimm\w+|helping (?:him|her)self to)\b.{0,40}\b(?:money|funds|budget|cash|books|pta|premium|grant|takings|donations?|fundraising|trip money|dinner money|from the school|accounts)\b"),
    ("thief", "weak", ("thief", "crook", "fraud", "criminal", "con artist"),
     r"\b(?:is|she's|he's|a|an|proper|total)\s+(?:thief|crook|fraud|fraudster|criminal(?! (?:offence|record|damage|charges?|case|investigation))|con artist)\b"),
    ("drunk or drugs", "weak", ("drunk", "pissed", "hammered", "wasted", "stoned", "high", "face", "coke", "drug", "smelling"),
     r"\b(?:drunk|pissed|hammered|wasted|stoned|high(?! school)|off (?:his|her) face|coked up|on coke|on drugs|smelling of (?:booze|drink|alcohol|weed))\b.{0,40}\b(?:in class|at school|at work|in school|on duty|teaching|in front of|at pick ?up|at drop ?off|in the classroom|every morning|during)\b"),
    ("drug dealer", "weak", ("deal", "sell"),
     r"\b(?:deals?|dealing|sells?|selling)\s+(?:drugs|coke|weed|pills|cocaine)\b"),
    ("affair claim", "weak", ("sleeping", "shagging", "affair", "having it", "bedding", "hooked", "sext", "dating"),
     r"\b(?:sleeping with|shagging|affair with|having it off with|bedding|hooked up with|sexting|dating)\s+(?:a|one of the|the|another|one of (?:his|her)|\w+'s)?\s*(?:parents?|mums?|dads?|pupils?|students?|sixth ?formers?|year \d+|married|ta|teaching assistant|dinner lady|caretaker)\b"),
    ("criminal record", "weak", ("record", "conviction", "arrested", "sacked", "struck", "done for"),
     r"\b(?:has|got|with) a (?:criminal record|record for|conviction for)\b|\b(?:was|been|got) (?:arrested|sacked|struck off|done) for\b"),
    ("covered up", "weak", ("cover", "hushed", "swept"),
     r"\b(?:covered up|covering up|cover-up|hushed up|swept under the carpet)\b.{0,40}\b(?:abuse|assault|touching|attack|rape|grooming|what (?:he|she) did)\b"),
    ("drinking at work", "weak", ("drink", "half cut", "coke", "drug", "ket", "face on", "on something"),
     r"\bdrinks? (?:in|at) (?:the staffroom|work|school|lunch)\b|\bhalf cut\b|\b(?:is|he'?s|she'?s|was) (?:on|off (?:his|her) face on) (?:coke|cocaine|drugs|ket|something)\b"),
    ("forgery or fraud", "weak", ("forg", "falsif", "books", "helped", "pocket", "keeps the"),
     r"\b(?:forges?|forged|forging|falsif\w+|cooks? the books|cooking the books)\b|\bhelped (?:him|her)self to\b|\b(?:keeps|pockets|pocketed) the (?:difference|money|change|cash)\b"),
    ("grooming", "weak", ("groom", "interfer", "send"),
     r"\b(?:grooming|interfered with|interfering with|sends? (?:my|our|the) (?:daughter|son|girls?|boys?) (?:kisses|photos|pics|messages))\b"),
    ("has a thing for", "weak", ("pregnant", "alone with", "hurting", "pinch", "stink", "reek", "hungover", "a thing for", "locked up", "prison", "jail", "register"),
     r"\bgot (?:a|one of the|two) (?:girl|pupil|student|sixth former|year \d+)s? pregnant\b|\balone with (?:the same |a |one )?(?:\w+ ){0,2}(?:girl|boy|pupil|student|child)\b|\bhurting (?:the |our |little )?(?:kids|children|pupils)\b|\bpinch\w* (?:my|our|the) (?:son|daughter|kid|child|boy|girl)\b|\b(?:stinking|reeking|reeks|stinks) of (?:booze|drink|alcohol|wine|beer|weed)\b|\bhungover\b|\bha(?:s|ve) a thing for (?:the |young |little )?(?:\w+ )?(?:girls|boys|pupils|students|kids|children)\b|\bshould be (?:locked up|in prison|in jail|on a register)\b"),
    ("what they did", "weak", ("knows what", "know what", "really left"),
     r"\b(?:everyone|we all|the kids) knows? what (?:he|she|you|they) did\b|\bwhy (?:s?he|they) really left\b"),
    ("inappropriate messages", "weak", ("messag", "dm", "snapchat", "texting", "sending"),
     rf"\b(?:messag\w+|dm\w*|snapchat\w*|texting|sending)\s+(?:the\s+)?(?:{KIDS}|pupils?|students?|girls|boys|year \d+s?|my daughter|my son)\b.{{0,40}}\b(?:late at night|inappropriate|photos|pictures|pics|at night|dodgy|creepy|kisses|x+)\b"),
    # allegations phrased as rumour, question or insinuation
    ("police at home", "weak", ("police car", "police van", "police were", "police was", "back of a police"),
     r"\b(?:back of a )?police (?:car|van|cars)\b|\bpolice (?:were|was) (?:at|outside)\b"),
    ("join the dots", "weak", ("join the dots", "coincidence", "between the lines", "all i'll say", "all i will say", "wonder what for", "asked to leave"),
     r"\bjoin the dots\b|\bcoincidence\?|\bcoincidence\? ?nah\b|\breading between the lines\b|\bthat'?s all (?:i'?ll|i will|i'?m gonna|im gonna) say\b|\bwonder what for\b|\bor was (?:s?he|they) asked to leave\b"),
    ("money missing", "weak", ("missing", "on the take", "short since"),
     r"\b(?:money|cash|funds?) (?:went|going|has gone|keeps going|goes) missing\b|\bon the take\b|\b(?:always )?(?:a bit )?short since\b"),
    ("violent record", "weak", ("restraining order", "is violent", "shoved", "punches walls"),
     r"\brestraining order\b|\b(?:that man|that woman|he|she) is violent\b|\bshoved (?:\w+ )?(?:into|against) (?:a |the )?wall\b|\bpunches walls\b"),
    ("sexual insinuation", "weak", ("onlyfans", "underwear", "film", "toilets", "changing room", "piece of meat"),
     r"\bonlyfans\b|\bin (?:their|our|his|her) underwear\b|\bfilm(?:s|ed|ing) (?:on (?:his|her) phone|the (?:girls|boys|kids)|(?:the )?(?:girls'?|boys'?) changing)\b|\boutside the (?:boys'?|girls'?) (?:toilets|changing rooms?)\b|\blooks at the (?:girls|boys) like\b"),
    ("insinuating aside", "hint", ("if you get me", "trust me", "too lovely", "too friendly", "too close", "too nice",
                                   "on leave", "signed off"),
     r"\bif you get me\b|\bjust trust me\b|\btoo (?:lovely|friendly|close|nice) (?:with the (?:kids|girls|boys)|if you)\b|\b(?:'on leave'|signed off)\b"),
    ("police investigation", "weak", ("police", "investigat", "arrested", "questioned", "under caution", "lado"),
     r"\b(?:police|cops)\s+(?:\w+\s+){0,3}(?:investigat\w+|questioned|interviewed|arrested|took (?:him|her) away|came for|were at (?:his|her))\b|\b(?:under|being|been|was|is)\s+(?:a\s+)?(?:police\s+|criminal\s+)?investigat(?:ed|ion)\b|\b(?:was|been|got|has been|is being)\s+(?:arrested|questioned by police|interviewed under caution)\b"),
    ("suspended for", "weak", ("suspend", "sacked", "dismissed", "fired", "escorted", "walked out", "let go", "removed"),
     rf"\b(?:suspended|sacked|fired|dismissed|escorted off|walked out|let go|removed)\b[^.!?\n]{{0,40}}\b(?:touching|inappropriate\w*|with (?:a )?(?:pupil|student|child|girl|boy)|{MINORS}|photos|images|messages|safeguarding|investigation|allegations?)\b"),
    ("safe around kids?", "weak", ("safe", "allowed", "fit", "trust", "alone with", "away from", "leave your", "leave ur"),
     rf"\b(?:is|are|should|would|would you|do you)\s+(?:\w+\s+){{0,3}}(?:safe|allowed|fit|trust \w+|leave (?:your|ur) \w+)\s+(?:to be\s+)?(?:around|near|with|alone with|to teach|to work with)\s+(?:\w+\s+)?(?:{MINORS}|our|your)|\bkeep (?:your|ur) (?:\w+\s+)?(?:kids|children|daughters?|sons?|girls|boys) away from (?:him|her|that)\b"),
    ("inappropriate with pupils", "weak", ("inappropriate", "relationship", "involved with", "close to",
                                           "close with", "friendly with", "touchy with"),
     rf"\binappropriate(?:ly)?\s+(?:\w+\s+){{0,3}}(?:with|towards|to|around)\s+(?:\w+\s+)?(?:{MINORS}|pupils?|students?)\b|\b(?:relationship|involved)\s+with\s+(?:a|one of (?:his|her|the)|an?)\s+(?:\w+\s+)?(?:pupil|student|sixth ?former|year \d+|girl|boy)s?\b|\b(?:too|very|a bit|weirdly|creepily) (?:close|friendly|touchy) with (?:the )?(?:\w+ )?(?:{MINORS}|pupils?|students?)\b"),
    ("rumour about staff", "weak", ("rumour", "rumor", "word is", "apparently", "heard", "allegedly", "people are saying"),
     r"\b(?:rumou?rs?|word is|apparently|i'?ve heard|i heard|allegedly|people are saying|whisper\w*)\b[^\n]{0,60}\b(?:touch\w*|inappropriate|affair|arrested|police|drunk|drugs|abus\w+|stole|stealing|nonce|paedo|groom\w*|with a (?:pupil|student)|investigat\w+|suspended)\b"),
    ("groomed", "weak", ("groom",), r"\bgroom(?:ed|s|ing)\s+(?:a |the |our |my |young |little )?(?:\w+\s+){0,2}(?:pupil|student|child|girl|boy|kid|kids|children|pupils|students|girls|boys|daughter|son)s?\b"),
    ("drunk idiom", "weak", ("sheets", "slurr", "worse for wear", "drink", "drove", "limit", "reek"),
     r"\b(?:three sheets to the wind|slurring|worse for wear|drink[- ]?driv\w*|drove (?:home )?(?:drunk|after drinking|pissed|over the limit)|over the limit)\b"),
    ("misusing school money", "weak", ("money", "premium", "funds", "funding", "budget", "card", "grant"),
     r"\b(?:using|spends?|spending|spent|pockets?|pocketed|pocketing|takes?|took)\s+(?:the\s+)?(?:school|pupil premium|pta|charity|trip|budget)\s*(?:money|funds|budget|card|grant|premium|takings)?\s+(?:for|on|to pay for)\s+(?:his|her|their|hotel|holidays?|a new car|personal)\b|\bpockets? the (?:pupil premium|grant|takings|budget|funding)\b"),
    ("hurts children", "weak", ("drag", "pinn", "pins", "restrain", "threw", "throws", "shook", "shakes", "physically"),
     r"\b(?:physically\s+)?(?:drags?|dragged|pinned|pins|restrain\w*|throws?|threw|shook|shakes|manhandl\w+)\s+(?:a\s+|the\s+|my\s+|our\s+)?(?:kids|children|pupils|child|kid|pupil|boy|girl|son|daughter|\d+\s?(?:yo|year old)s?)\b"),
    ("insinuation", "weak", ("heard things", "know things", "heard stories", "ask why", "won't say more", "can't say more", "cannot say more", "name has come up",
                             "didn't hear it", "real reason", "think about why", "ask yourself", "own conclusions", "what you will",
                             "say no more", "good authority", "for a fact"),
     r"\b(?:think about why|ask yourself why|draw your own conclusions|make of that what you will|(?:i'?ll )?say no more|i have it on good authority|i know for a fact|i'?ve heard things|heard (?:some )?things|i know things|heard (?:some )?stories|ask why (?:s?he|they) (?:really )?left|(?:won'?t|can'?t|cannot) say (?:any )?more|(?:name|names) (?:has|have) come up|you didn'?t hear it from me|the real reason (?:s?he|they) (?:left|moved|was moved))\b"),
    ("hides harm to children", "weak", ("lock", "grabs", "abusing them", "abusing the"),
     r"\blocks?\s+(?:the\s+)?(?:kids|children|pupils|a child|a pupil)\s+in\b|\bgrabs\s+(?:the\s+)?(?:kids|children|pupils|boys|girls)\b|\babusing (?:them|the (?:kids|children|pupils))\b"),
    ("sex claim", "weak", ("sex with", "sleeping with", "shagging"),
     r"\b(?:having sex with|had sex with|sex with|sleeping with|shagging)\s+(?:a|the|one of)\s+(?:\w+\s+){0,2}(?:parents?|mums?|dads?|ceo|chair|governors?|pupils?|students?|head|deputy|caretaker)\b"),
    ("sacked for", "weak", ("sacked", "fired", "struck off", "kicked out", "let go"),
     r"\b(?:sacked|fired|struck off|kicked out|let go)\s+(?:\w+\s+){0,4}for\s+(?:stealing|theft|fraud|hitting|touching|drinking|drugs|assault|abus\w+|inappropriate\w*|grooming|lying)\b"),
    ("drugs at school", "weak", ("drug", "meth", "weed", "coke"),
     r"\b(?:making|cooking|growing|taking|doing|snorting)\s+(?:drugs|meth|weed|coke|cocaine)\b"),
    ("secret relationship", "weak", ("secret", "relationship", "affair"),
     r"\b(?:secret|illicit)\s+(?:relationship|affair|fling)\b|\baffair with (?:the |a )?(?:chair|governor|parent|mum|dad|head|deputy)\w*\b"),
    ("images of children", "weak", ("photo", "picture", "pics", "image", "video"),
     rf"\b(?:photos|pictures|pics|images|videos)\s+of\s+(?:\w+\s+){{0,2}}(?:{MINORS}|pupils)\s+on\s+(?:his|her|their)\s+(?:phone|laptop|computer)\b"),
    # fraud about results: fabricated figures, coursework done for pupils
    ("fabricated results", "weak", ("made up", "fiddled", "faked", "fabricated", "falsified", "doctored", "massaged",
                                    "coursework", "homework", "exam", "present"),
     r"\b(?:figures|results|grades|data|attendance|registers?|marks|scores|sats|predictions)\b[^.\n]{0,20}\b(?:are|were|is|was|being|get|got)"
     r"\s+(?:all\s+)?(?:made up|fiddled|faked|fabricated|falsified|doctored|massaged|cooked)\b"
     r"|\b(?:do|does|did|write|writes|wrote|doing|writing)\s+the\s+(?:coursework|homework|exams?|sats|tests?)\s+for\b"
     r"|\bexam(?: board)? fraud\b|\bmark(?:s|ed|ing)? (?:kids|pupils|children) (?:as )?present\b"),
    # misconduct claims in common words: sex offences, faked qualifications, cover-ups
    ("misconduct claim", "weak", ("upskirt", "underage", "caught with", "faked", "fake qualification", "covered up", "cover up",
                                  "covering up", "got done for", "done for"),
     r"\bupskirt\w*\b|\bcaught with (?:\w+\s+){0,2}(?:underage|young|little) (?:girls|boys|kids|children)\b|\bunderage (?:girls|boys)\b"
     r"|\bfak(?:ed|es|ing) (?:his|her|their) (?:\w+ )?(?:qualifications?|degree|pgce|dbs|references?|cv)\b"
     r"|\bcover(?:ed|s|ing)? up (?:a |the )?(?:\w+ ){0,2}(?:teacher|staff|head|assault|abuse|hitting|attack)\w*\b"
     r"|\b(?:got|was|been) done for (?:\w+\s+)?(?:upskirting|assault|drink driving|theft|fraud|harassment|stalking|indecent\w*)\b"),
    # theft insinuated by a coincidence: someone's new car the same month the money went, the float
    # short every time one person counts it
    ("coincidence", "weak", ("funny how", "amazing how", "strange how", "odd how", "interesting how", "notice how",
                             "noticed how", "convenient how", "every time", "every single time"),
     r"\b(?:funny|amazing|strange|odd|interesting|convenient|notice|noticed) how\b[^.!?\n]{0,120}"
     r"\b(?:new (?:car(?! park)|kitchen|extension|hot tub|conservatory|motor)"
     r"|same (?:month|week|year|term)\b[^.!?\n]{0,60}\b(?:money|accounts?|funds?|float|takings|budget|pta))\b"
     r"|\b(?:float|takings|tin|kitty|money|funds?)\b[^.!?\n]{0,25}\bshort every (?:single )?time\s+(?:s?he|(?-i:[A-Z][a-z]+))\s+"
     r"(?:does|runs|counts|is on|has|takes)\b"),
    # a cover-up said in other words ("got quietly moved on", "sorted by the diocese", "burying it")
    ("hushed up", "weak", ("quietly", "sorted", "burying it", "binned", "cover up", "cover-up"),
     r"\b(?:got|gets|been|was|were|is|are) ['‘]?quietly (?:moved on|moved|let go|removed)\b|\b['‘]?sorted(?: out)?['’]? by the (?:diocese|trust|council|la|union)\b"
     r"|\bburying it\b|\bwell[- ]managed cover[- ]up\b|\bbinned (?:my|the|a|our) (?:\w+'s )?(?:disclosure|complaint about (?:him|her))\b"),
    # sexual misconduct in everyday words
    ("sexual misconduct", "weak", ("grop", "flash", "relationship", "affair", "dates", "dating", "dated", "thing for"),
     r"\bgrop(?:ing|ed|es|e)\b|\bflash(?:ing|ed|es)? (?:at )?(?:the )?(?:kids|children|pupils|girls|boys)\b"
     r"|\b(?:has|had|having|have|in) (?:a |an )?(?:relationships?|affairs?) with (?:a )?(?:students?|pupils?|sixth formers?|year 1[0-3]s?)\b"
     r"|\b(?:dates|dating|dated) (?:a |former )?(?:students?|pupils?|sixth formers?)\b|\ba thing for (?:young|little) (?:lads|boys|girls|kids)\b"),
]]
