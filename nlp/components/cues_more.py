"""More cue patterns (plain data, no spaCy), merged into :mod:`nlp.components.cues`.

Each group is ``(rule_name, strength, anchors, pattern)``: the weak spots of the first rule set,
written as constructions, not sentences.
- threats without a violent keyword: presence at someone's door, home or car ("I'll be at your door
  before the weekend's out"), "you'll regret it", "we know where you ...", "make them pay";
- impersonation: scam payments (new bank details, sort codes, gift-card codes, "pay a fee to secure"),
  requests for children's personal details or photos, "new number / official page" claims, parody
  or satire accounts, handles posing as the school or staff, "claiming to be";
- allegations phrased as rumour or question: police investigations, "suspended for ...",
  "is he safe around kids?", inappropriate relationships with pupils, grooming.
:data:`PRAISE` finds profanity used as praise (``f***ing legend``); :data:`COUNTER_SPEECH` finds a
post that reports or condemns abuse ("reported to the mods", "blocked and reported").
"""

from __future__ import annotations

YOU = r"(?:you|u|ya|him|her|them)"
YOUR = r"(?:your|ur|his|her|their)"
KIDS = r"(?:kids|children|pupils|students|girls|boys|little ones|kiddies|a (?:pupil|student|child|girl|boy|kid)|year \d+s?|sixth ?formers?)"
CHILD_OF = r"(?:child|children|kid|kids|son|daughter|little one)(?:'?s|s')?"
MONEY = r"(?:£\s?\d+|money|payment|balance|fee|deposit|donation|contribution|cash|funds?|float|ticket)"

THREAT: list[tuple[str, str, tuple[str, ...], str]] = [
    ("at their door", "weak", tuple(f"{p} {n}" for p in ("your", "ur", "his", "her", "their", "own", "front")
                                    for n in ("door", "house", "home", "car", "gate", "drive", "work")),
     rf"\b(?:i'?ll|ill|we'?ll|i will|we will|i'?m|we'?re|gonna|going to|coming|come|turn(?:ing)? up|show(?:ing)? up|see {YOU})\b[^.!?\n]{{0,25}}\b(?:at|to|outside|round|on|by|near)\s+{YOUR}\s+(?:front\s+|own\s+)?(?:door|doorstep|house|home|car|gate|drive|work)\b"),
    ("before long", "weak", ("before", "least expect", "one of these", "soon", "tonight"),
     r"\bbefore (?:the )?(?:weekend|week|night|day|term|month)(?:'?s| is)? (?:out|over|done)\b|\bwhen (?:you|u|s?he|they) least expect(?:s)? it\b|\bone of these (?:days|nights)\b|\b(?:see|seeing) (?:you|u|him|her) (?:very )?soon\b|\bsee (?:you|u) tonight\b"),
    ("you'll regret", "strong", ("regret",),
     rf"\b(?:you'?ll|u'?ll|you will|s?he'?ll|s?he will|they'?ll|they will|gonna|going to|will)\s+(?:\w+\s+)?regret\s+(?:it|this|that|the day|ever|crossing|messing|opening|what)\b"),
    ("we know where", "strong", ("know where", "know your", "know his", "know her", "know their"),
     rf"\b(?:we|i|we all|everyone)\s+(?:now\s+)?know\s+(?:where\s+(?:you|u|s?he|they)\b(?!\s+(?:stand|stands|went wrong|are coming from|is coming from))|(?:{YOUR}|(?:mr|mrs|miss|ms|dr)\.?\s+\w+?(?:'?s)?)\s+(?:address|reg|registration|number plate|routine|route home|car))"),
    ("not smiling for long", "weak", ("for long", "smiling", "laughing"),
     r"\b(?:won'?t|wont|will not|not)\s+be\s+(?:smiling|laughing|so smug|so cocky|so brave)\b(?:\s+for\s+long)?"),
    ("make them pay", "weak", ("make",),
     rf"\bmake\s+(?:{YOU}|that \w+|the head|the teacher)\s+(?:pay|suffer|sorry|regret)\b(?!\s+for\b)"),
    ("teach a lesson", "weak", ("lesson",), rf"\bteach\s+(?:{YOU}|that \w+|the head|the teacher)\s+a\s+(?:proper\s+|little\s+)?lesson\b"),
    ("paying a visit", "strong", ("visit",),
     rf"\b(?:paying|pay|pays|paid)\s+(?:{YOU}|(?:mr|mrs|miss|ms|dr)\.?\s+\w+|the head|that \w+|{YOUR}\s+(?:house|home|car))\s+a\s+(?:\w+\s+)?visit\b|\b(?:a|little|surprise)\s+visit\s+(?:from\s+(?:me|us|the lads)|to\s+{YOUR}\s+(?:house|home))\b"),
    ("watch yourself (bare)", "weak", ("watch",), r"(?:^|[.!?,]\s*)watch\s+(?:yourself|urself|your back|ur back|out)\b(?!\s+for\b)"),
    ("tick tock", "weak", ("tick",), r"\btick,?\s*tock\b"),
    ("bringing backup", "weak", ("bring", "coming with", "not a talker", "talking"),
     r"\b(?:i'?m bringing|i'?ll bring|i will bring|bringing|coming with)\s+(?:my|a few of my|some of my|the)\s+(?:big\s+)?(?:brothers?|cousins?|mates|lads|boys|husband|fella|dad|uncles?)\b(?!\s+(?:to the|for the|along to))|\b(?:s?he'?s|he is|she is|they'?re) not (?:a|the) talk(?:er|ing) (?:type|kind)?|\bdoesn'?t do talking\b|\bwill understand the difference\b"),
    ("veiled warning", "weak", ("remember that", "think on", "so does", "kids too", "lovely family"),
     r"\bremember that,?\s+(?:mr|mrs|miss|ms|dr)\.?\s+\w+|\bso does (?:s?he|they)\b[^\n]{0,30}\bremember\b|\b(?:s?he|they) (?:has|have|'s got|'ve got) kids too\b|\b(?:has|have|got) a lovely family\b(?=[^\n]{0,60}\b(?:shame|pity|be careful|remember))"),
    ("shame if something", "strong", ("shame if", "pity if"),
     r"\b(?:shame|pity) if (?:anything|something) (?:\w+\s+){0,2}(?:happened|happens|spoilt|spoiled|ruined|went wrong|were to)\b"),
    ("arson or bomb", "strong", ("torch", "burn", "bomb", "blow"),
     r"\b(?:torch|burn(?:\s+down)?|petrol[- ]bomb|blow\s+up)\s+(?:\w+\s+){0,3}(?:school|academy|primary|juniors|infants|college|high)\b(?!\s+(?:fair|disco|show|play))|\b(?:torch|burn|bomb|blow up)\w*\b[^.!?\n]{0,40}\bwith (?:the \w+|him|her|them|everyone|staff|teachers)\s+(?:still\s+)?(?:in|inside)\b|\bthere'?s a bomb\b|\bbomb (?:in|at|under) (?:the )?(?:\w+\s+){0,3}(?:school|academy|primary|juniors|infants|high|college|building|office)\b"),
    ("mob visit", "weak", ("let's", "lets", "should all", "everyone should"),
     r"\b(?:let'?s(?: all)?|we should all|everyone should)\s+(?:go\s+)?(?:and\s+|round\s+(?:and\s+)?)?(?:go round|pop round|visit (?:her|him|them)|have a (?:little\s+)?(?:chat|word) with (?:her|him|them)|pay (?:her|him|them) a visit|knock on)"),
    ("harm at school", "strong", ("after school", "car park", "carpark", "gates", "way home", "walk home"),
     rf"\b(?:i'?ll|ill|we'?ll|i will|we will|gonna|going to)\s+(?:\w+\s+){{0,2}}(?:get|catch|find|have|deal with|sort)\s+{YOU}\s+(?:\w+\s+)?(?:after school|in the car ?park|at the gates?|on (?:the|{YOUR}) (?:way|walk) home)\b"),
]


# Veiled threats: consequences, surveillance, property, "you'll find out". The clearest are strong,
# the ambiguous weak (model must agree) or hints (they only name the flag on a malicious item).
THREAT_VEILED: list[tuple[str, str, tuple[str, ...], str]] = [
    ("if again then", "weak", ("again", "one more time"),
     r"\bif\s+(?:s?he|they|you|that \w+|(?:mr|mrs|miss|ms)\.? \w+|the head)\b[^.!?\n]{0,60}\b(?:again|one more time)\b[^.!?\n]{0,30}\b(?:i'?ll|i will|i'?m|we'?ll|we will|s?he'?ll|he will|she will|they'?ll|gonna|going to)\b"),
    ("ambulance", "strong", ("ambulance", "teeth up", "walking out"),
     r"\b(?:leav(?:e|ing) in an ambulance|(?:be|end up|is) in an ambulance|pick(?:ing)? (?:your|his|her|their) teeth up|(?:will not|won'?t|not) be walking out)\b"),
    ("knows the routine", "weak", ("know what time", "know which way", "know when", "walks his", "walks her", "home by", "we're coming", "were coming"),
     r"\bi know (?:what time|which way|when) (?:s?he|you|they) (?:leaves?|walks?|gets? home|finishes|goes)\b|\bwalks? (?:his|her) dog\b[^.\n]{0,60}\b(?:on (?:his|her) own|alone|in the dark)\b|\bhome by \d+\b|\bwe'?re coming\b"),
    ("look over shoulder", "strong", ("over her shoulder", "over his shoulder", "over your shoulder", "over their shoulder"),
     r"\blook(?:ing)? over (?:her|his|their|your) shoulder\b"),
    ("put in place", "weak", ("in his place", "in her place", "strongly worded", "to learn", "last one"),
     r"\b(?:put|putting) (?:him|her|them) in (?:his|her|their) place\b|\bi don'?t mean with a (?:strongly worded )?letter\b|\btime for (?:mr|mrs|miss|ms|the) \w+ to learn\b|\bmight be (?:her|his|their|your) last(?: one)?\b"),
    ("stay away", "weak", ("stay away", "come in", "🔥", "💥"),
     r"\b(?:i'?d )?stay away from (?:the )?(?:building|school|gates?)\b[^\n]{0,60}\b(?:if i were|just advice|tomorrow|last day|monday|friday)\b|\bdon'?t come in (?:tomorrow|on \w+day)\b|\btomorrow\s*(?:🔥|💥)"),
    ("property at risk", "weak", ("set fire", "windows left", "expensive to replace", "insured", "through it", "through the wind"),
     r"\bset fire to\b|\b(?:any|no) windows left\b|\bexpensive to replace\b|\bhope (?:s?he'?s|they'?re|you'?re|(?:mr|mrs|miss|ms) \w+'?s) insured\b|\bor through (?:it|the windscreen|the window)\b"),
    ("you'll find out", "weak", ("find out", "mess with", "not coming alone", "bring security", "done time", "pushed me", "done being nice", "on them", "hope nobody"),
     r"\bwhat happens when you mess with\b|\byou'?ll find out (?:tomorrow|soon|what happens)\b|\bnot coming alone\b|\bbring security\b|\b(?:i'?ve|i have) done time\b|\bpushed me too far\b|\bi'?m done being nice\b|\bwhat happens next is on (?:them|you|her|him)\b|\bwants? to hope (?:nobody|no one|we|i)\b"),
    ("getting jumped", "strong", ("jumped", "battered", "done in", "a kicking"),
     r"\b(?:gonna|going to|is|'s|will|'ll) get(?:ting)? (?:jumped|battered|done in|a kicking)\b"),
    ("before someone does", "weak", ("before someone", "before somebody", "before we do"),
     r"\bbefore (?:someone|somebody|we) (?:makes?|does|make) (?:her|him|them|it)?\b|\bbefore we do\b"),
    ("be round", "weak", ("be round", "a visit", "drive past", "drove past", "parked outside", "lights are on"),
     r"\bi'?ll be round\b|\b(?:getting|get|be getting) a visit\b|\b(?:take a drive|drive|drove|driving|walked|parked) (?:past|outside|by) (?:(?:mr|mrs|miss|ms|dr)\.? [\w'-]+|the head'?s?|his|her)\b[^\n]{0,50}\b(?:lights|tonight|👀)"),
    ("ominous aside", "hint", ("comes around", "one way or another", "this is for you", "knows what that means", "knows what she did", "knows what he did", "ykwim", "real problems", "be problems", "be trouble"),
     r"\bwhat goes around comes around\b|\bone way or another\b|\bthis is for you\b|\b(?:s?he|they) knows? what (?:that means|s?he did|they did)\b|\bykwim\b|\b(?:real|big) problems\b|\b(?:there'?s|there will|there'?ll|gonna) be (?:problems|trouble)\b"),
]

ALLEGATION_INSINUATED: list[tuple[str, str, tuple[str, ...], str]] = [
    ("police at home", "weak", ("police car", "police van", "police were", "police was", "back of a police"),
     r"\b(?:back of a )?police (?:car|van|cars)\b|\bpolice (?:were|was) (?:at|outside)\b"),
    ("join the dots", "weak", ("join the dots", "coincidence", "between the lines", "all i'll say", "all i will say", "wonder what for", "asked to leave"),
     r"\bjoin the dots\b|\bcoincidence\?|\bcoincidence\? ?nah\b|\breading between the lines\b|\bthat'?s all (?:i'?ll|i will|i'?m gonna|im gonna) say\b|\bwonder what for\b|\bor was (?:s?he|they) asked to leave\b"),
    ("money missing", "weak", ("missing", "on the take", "short since"),
     r"\b(?:money|cash|funds?) (?:went|going|has gone|keeps going|goes) missing\b|\bon the take\b|\b(?:always )?(?:a bit )?short since\b"),
    ("violent record", "weak", ("restraining order", "is violent", "shoved", "punches walls"),
     r"\brestraining order\b|\b(?:that man|that woman|he|she) is violent\b|\bshoved (?:\w+ )?(?:into|against) (?:a |the )?wall\b|\bpunches walls\b"),
    ("sexual insinuation", "weak", ("onlyfans", "underwear", "filming", "toilets", "changing room", "piece of meat"),
     r"\bonlyfans\b|\bin (?:their|our|his|her) underwear\b|\bfilm(?:s|ed|ing) (?:on (?:his|her) phone|the (?:girls|boys|kids)|(?:the )?(?:girls'?|boys'?) changing)\b|\boutside the (?:boys'?|girls'?) (?:toilets|changing rooms?)\b|\blooks at the (?:girls|boys) like\b"),
    ("insinuating aside", "hint", ("if you get me", "trust me", "too lovely", "on leave", "signed off"),
     r"\bif you get me\b|\bjust trust me\b|\btoo (?:lovely|friendly|close|nice) (?:with the (?:kids|girls|boys)|if you)\b|\b(?:'on leave'|signed off)\b"),
]

IMPERSONATION: list[tuple[str, str, tuple[str, ...], str]] = [
    ("new bank details", "weak", ("new", "changed", "updated", "different", "personal account"),
     r"\b(?:new|changed|updated|different)\s+(?:bank|payment|account|payee|school fund)\s*(?:details|account|provider|number)?\b[^\n]{0,80}\b(?:pay|transfer|send|cleared|contributions?|donat\w+|balances?|payee|sort code|\d\d-\d\d-\d\d)|\b(?:pay|transfer|send|cleared|contributions?|payments?)\b[^\n]{0,60}\b(?:new account|new bank|personal account|to me\b)"),
    ("sort code", "weak", ("-",), r"\b\d{2}-\d{2}-\d{2}\b[,\s]+\d{8}\b"),
    ("gift card codes", "strong", ("card", "voucher"),
     r"\b(?:itunes|apple|amazon|google play|steam|gift)\s+(?:gift\s+)?(?:cards?|vouchers?)\b[^\n]{0,80}\b(?:codes?|send|text|reimburse|pick up)\b"),
    ("card details", "weak", ("card details", "bank details", "card number", "login"),
     r"\b(?:enter|send|give|confirm|update|provide)\s+(?:us\s+)?(?:your\s+)?(?:card|bank|account|login)\s+(?:details|number|info)\b"),
    ("fee to secure", "weak", ("fee", "deposit"),
     rf"\b(?:pay|send|transfer)\s+(?:a|an|the)?\s*(?:£\s?\d+\s+)?(?:\w+\s+)?(?:fee|deposit)\b[^\n]{{0,60}}\b(?:to secure|to confirm|to the account|below|before|upfront|up front)\b|\bto secure your (?:interview|place|job|spot)\b"),
    ("child details request", "weak", ("name", "address", "photo", "pic", "date of birth", "dob", "walks home", "route"),
     rf"\b(?:send|give|message|dm|reply|comment|tell|text|email|share|enter|answer)\b[^.!?\n]{{0,60}}\b(?:{CHILD_OF}\s+(?:full\s+)?(?:name|address|date of birth|dob|photo|age|year group|school)|(?:photos?|pics?|pictures?)\s+of\s+(?:their|your)\s+(?:child|children|kids?|son|daughter)|full[- ]length (?:pics|photos|pictures)|(?:name|age),? (?:age|class|address),? and (?:a )?(?:photo|address|phone))|\bwhat time (?:my|your|his|her) (?:daughter|son|child|kid) walks home\b"),
    ("new contact claim", "weak", ("new", "old", "hacked", "moved"),
     r"\b(?:has|have|got|with|using)\s+a\s+new\s+(?:text\s+|mobile\s+|phone\s+|contact\s+|whatsapp\s+)?(?:number|account|page|profile|email)\b|\b(?:the\s+)?old\s+(?:\w+\s+)?(?:page|account|number|profile)\s+(?:was|has been|got|is)\s+(?:hacked|closed|deleted|no longer)|\bmessages from the old number\b|\bfollow our new\b|\bwe'?ve moved here\b"),
    ("official handle", "weak", ("official", "offical", "_real", ".real", "real_"),
     r"@\w*(?:official|offical|_real|real_)\w*|['‘\"]\w+[._]\w*(?:official|offical)\w*['’\"]|\b\w+[._](?:official|offical)\b|\bofficial\b\s*[).:]|\((?:official)\)|✔️?\s*\(official\)"),
    ("parody or satire", "strong", ("parody", "satire", "satirical", "not really"),
     r"\((?:parody|satire|not really (?:\w+\s*){1,3})\)|\b(?:it'?s|this is|just|pure|obviously|account is)\s+(?:a\s+)?(?:satire|parody|satirical)\b|\bparody\s+(?:account|page|profile|twitter|insta\w*|tiktok)\b"),
    ("claiming to be", "weak", ("claiming", "claims", "posing", "pretending", "posted as", "named", "writing as", "purporting"),
     r"\b(?:claiming to be|claims to be|purporting to be|posting as|posted as|an account (?:named|called)|writing as)\s+['‘\"]?(?:from\s+)?(?:(?:the\s+|a\s+|an\s+|its\s+)?(?:mr|mrs|miss|ms|dr|head\w*|principal|deputy|teacher|school|academy|staff|office|pta|finance)|(?-i:[A-Z][a-z]+))\b"),
    ("only official channel", "weak", ("only place", "only page", "only account", "only way", "retired", "approved supplier", "invoice attached", "contract can be"),
     r"\b(?:this is now|is now|will now be) the only (?:place|page|account|way|channel)\b|\bwebsite is being (?:retired|closed|shut)\b|\bthrough our approved supplier\b|\binvoice attached\b|\bbefore your contract can be issued\b"),
    ("account posting as", "weak", ("account", "page", "profile", "user", "u/", "run by"),
     r"\b(?:account|page|profile|user|handle)\s+(?:['‘\"@][^'’\"\n]{2,40}['’\"]?|u/\w+)\s*:?\s*(?:\w+\s+)?(?:posting|posted|says|said|is live|has posted|wrote|writes)\b|\b(?:this|the) (?:account|page) (?:@\w+ )?is run by\b|\bu/\w*(?:head|teacher|principal|school)\w*"),
    ("not affiliated", "strong", ("affiliated",), r"\(?not (?:officially )?affiliated\b[^)\n]{0,20}(?:lol|😂|haha)"),
    ("payment to a person", "weak", ("transfer", "send", "pay"),
     r"\b(?:transfer|send|pay)\s+(?:£\s?\d+\s+)?(?:\w+\s+){0,2}to\s+(?:the organiser|the treasurer|me\b|mrs \w+|mr \w+|miss \w+|ms \w+|(?:her|his) (?:own|personal))"),
    ("unchecked job", "weak", ("no dbs", "no check", "cash in hand", "dbs fee"),
     r"\bno (?:dbs|background|safeguarding) checks?\b|\bno checks (?:needed|required)\b|\bcash in hand\b|\bdbs fee\b"),
    ("crowdfunding as school", "weak", ("gofundme", "justgiving", "crowdfund"),
     r"\b(?:gofundme|justgiving|crowdfund\w*)\b[^\n]{0,80}\b(?:organi[sz]ed by|set up by|run by|from)\b"),
    ("first-person role", "hint", ("i'm", "im ", "i am", "it's", "its ", "we are", "we're", "quick one from", "this is the", "here"),
     r"\b[a-z'-]+(?: [a-z'-]+)? here,?\s+(?:the\s+|your\s+)?(?:new\s+)?(?:head\w*|principal|deputy head|class teacher|senco|office manager|business manager)\b|\b(?:i'?m|im|i am|it'?s|its|we are|we'?re|quick (?:one|message|note) from|this is the)\s+(?:\w+,?\s+)?(?:me,?\s+)?(?:(?:mr|mrs|miss|ms|dr)\.?\s+\w+|the new \w+(?: \w+)?|head of year \d+|the pta|(?:the\s+)?(?:office manager|business manager|finance team|headteacher|head teacher|head|principal|deputy head|senco))\b"),
]

HATE: list[tuple[str, str, tuple[str, ...], str]] = [
    ("dehumanising origin", "weak", ("off the boat", "monkey", "🐒", "in their blood", "savages", "saeson", "proper english"),
     r"\boff the boat\b|\bmonkey (?:noises|sounds|face)\b|🐒|\bin their blood\b|\b(?:foreign |dirty )?savages\b|\bsaeson\b|\bspeaks? proper english\b"),
]

ABUSE: list[tuple[str, str, tuple[str, ...], str]] = [
    ("mocks appearance", "weak", ("ugly", "state of", "face like", "built like", "mirror", "iq of", "brain of"),
     r"\b(?:so|that|really|proper|sooo+) ugly\b|\blook at the state of\b|\bface like a\b|\bbuilt like a\b|\bget (?:that woman|that man|her|him) a mirror\b|\b(?:iq|brain) of a\b"),
    ("harassment drive", "weak", ("flood", "spam", "bombard", "miserable", "keep messaging", "new accounts", "tag him", "tag her",
                                 "every parent", "posters", "bury", "crack", "uncomfortable", "most hated",
                                 "outfits", "boo "),
     r"\b(?:flood|spam|bombard)\s+(?:[\w']+\s+){0,2}(?:instagram|insta|facebook|inbox|page|comments|dms?|tiktok|linkedin)\b|\bmake (?:her|him|them|(?:mr|mrs|miss|ms) \w+) (?:so )?miserable\b|\bkeep messaging (?:her|him)\b|\bmake new accounts\b|\band tag (?:her|him)\b|\bsend it to every parent\b|\bprint posters\b|\blet'?s bury (?:her|him)\b|\b(?:she|he)'?ll crack\b|\bmake (?:it|life) uncomfortable\b|\bmost hated (?:man|woman|teacher|head)\b|\brating (?:(?:mr|mrs|miss|ms) \w+'s )?outfits\b|\bboo (?:mr|mrs|miss|ms|her|him)\b"),
    ("labelled", "weak", ("=", "sad act", "weirdo", "loser", "laughing stock", "joke of a", "scumbag", "witch"),
     r"(?:=|\b(?:mr|mrs|miss|ms)\.? \w+ is an?|\byou(?:'re| are) an?)\s+(?:[\w,]+\s+){0,3}(?:sad act|weirdo|loser|laughing stock|joke of a (?:man|woman)|scumbag|witch|weak)\b|(?:^|[.!]\s*)(?:loser|freak|weirdo)[.!]"),
    ("name-calling", "weak", ("munter", "minger", "weasel", "coward", "liar", "hypocrite", "nyaff",
                              "slimeball", "moron", "imbecile", "cretin", "wazzock", "gobshite"),
     r"\b(?:is|you'?re|you are|ur|a|an|total|absolute|spineless|gutless|useless|such a|what a|lying|slimy|wee)\s+(?:\w+\s+)?(?:munter|minger|weasel|coward|nyaff|slimeball|moron|imbecile|cretin|wazzock|gobshite)s?\b|(?:^|[.:!]\s*)(?:liar|coward|hypocrite|bully|fraud)[.!]\s+(?:liar|coward|hypocrite|bully|fraud)[.!]"),
    ("pile-on", "weak", ("let's", "lets", "everyone", "go and", "should all"),
     r"\b(?:let'?s all|lets all|everyone|go and|we should all)\b[^.!?\n]{0,40}\b(?:leave (?:\w+ )?(?:1|one)?[- ]?(?:star )?reviews?|tag (?:her|him|them)|tell (?:her|him) what|comment on (?:every|all|her|his)|spam (?:her|him|them)|flood (?:her|his|their))\b"),
]

ALLEGATION: list[tuple[str, str, tuple[str, ...], str]] = [
    ("police investigation", "weak", ("police", "investigat", "arrested", "questioned", "under caution", "lado"),
     r"\b(?:police|cops)\s+(?:\w+\s+){0,3}(?:investigat\w+|questioned|interviewed|arrested|took (?:him|her) away|came for|were at (?:his|her))\b|\b(?:under|being|been|was|is)\s+(?:a\s+)?(?:police\s+|criminal\s+)?investigat(?:ed|ion)\b|\b(?:was|been|got|has been|is being)\s+(?:arrested|questioned by police|interviewed under caution)\b"),
    ("suspended for", "weak", ("suspend", "sacked", "dismissed", "fired", "escorted", "walked out", "let go"),
     rf"\b(?:suspended|sacked|fired|dismissed|escorted off|walked out|let go|removed)\b[^.!?\n]{{0,40}}\b(?:touching|inappropriate\w*|with (?:a )?(?:pupil|student|child|girl|boy)|{KIDS}|photos|images|messages|safeguarding|investigation|allegations?)\b"),
    ("safe around kids?", "weak", ("safe", "alone with", "away from", "leave your", "around kids", "near kids"),
     rf"\b(?:is|are|should|would|would you|do you)\s+(?:\w+\s+){{0,3}}(?:safe|allowed|fit|trust \w+|leave (?:your|ur) \w+)\s+(?:to be\s+)?(?:around|near|with|alone with|to teach|to work with)\s+(?:\w+\s+)?(?:{KIDS}|our|your)|\bkeep (?:your|ur) (?:\w+\s+)?(?:kids|children|daughters?|sons?|girls|boys) away from (?:him|her|that)\b"),
    ("inappropriate with pupils", "weak", ("inappropriate", "relationship", "close to"),
     rf"\binappropriate(?:ly)?\s+(?:\w+\s+){{0,3}}(?:with|towards|to|around)\s+(?:\w+\s+)?(?:{KIDS}|pupils?|students?)\b|\b(?:relationship|involved)\s+with\s+(?:a|one of (?:his|her|the)|an?)\s+(?:\w+\s+)?(?:pupil|student|sixth ?former|year \d+|girl|boy)s?\b|\b(?:too|very|a bit|weirdly|creepily) (?:close|friendly|touchy) with (?:the )?(?:\w+ )?(?:{KIDS}|pupils?|students?)\b"),
    ("rumour about staff", "weak", ("rumour", "rumor", "word is", "apparently", "heard", "allegedly", "people are saying"),
     r"\b(?:rumou?rs?|word is|apparently|i'?ve heard|i heard|allegedly|people are saying|whisper\w*)\b[^\n]{0,60}\b(?:touch\w*|inappropriate|affair|arrested|police|drunk|drugs|abus\w+|stole|stealing|nonce|paedo|groom\w*|with a (?:pupil|student)|investigat\w+|suspended)\b"),
    ("groomed", "weak", ("groom",), r"\bgroom(?:ed|s|ing)\s+(?:a |the |our |my |young |little )?(?:\w+\s+){0,2}(?:pupil|student|child|girl|boy|kid|kids|children|pupils|students|girls|boys|daughter|son)s?\b"),
    ("drunk idiom", "weak", ("sheets", "slurr", "worse for wear", "drink", "drove", "limit", "reek"),
     r"\b(?:three sheets to the wind|slurring|worse for wear|drink[- ]?driv\w*|drove (?:home )?(?:drunk|after drinking|pissed|over the limit)|over the limit)\b"),
    ("misusing school money", "weak", ("money", "premium", "funds", "budget", "card", "grant"),
     r"\b(?:using|spends?|spending|spent|pockets?|pocketed|pocketing|takes?|took)\s+(?:the\s+)?(?:school|pupil premium|pta|charity|trip|budget)\s*(?:money|funds|budget|card|grant|premium|takings)?\s+(?:for|on|to pay for)\s+(?:his|her|their|hotel|holidays?|a new car|personal)\b|\bpockets? the (?:pupil premium|grant|takings|budget|funding)\b"),
    ("hurts children", "weak", ("drag", "pinn", "pins", "restrain", "threw", "throws", "shook", "shakes", "physically"),
     r"\b(?:physically\s+)?(?:drags?|dragged|pinned|pins|restrain\w*|throws?|threw|shook|shakes|manhandl\w+)\s+(?:a\s+|the\s+|my\s+|our\s+)?(?:kids|children|pupils|child|kid|pupil|boy|girl|son|daughter|\d+\s?(?:yo|year old)s?)\b"),
    ("insinuation", "weak", ("heard things", "know things", "heard stories", "ask why", "won't say more", "name has come up",
                             "didn't hear it", "real reason", "think about why", "ask yourself", "own conclusions", "what you will",
                             "say no more", "good authority", "for a fact"),
     r"\b(?:think about why|ask yourself why|draw your own conclusions|make of that what you will|(?:i'?ll )?say no more|i have it on good authority|i know for a fact|i'?ve heard things|heard (?:some )?things|i know things|heard (?:some )?stories|ask why (?:s?he|they) (?:really )?left|won'?t say (?:any )?more|(?:name|names) (?:has|have) come up|you didn'?t hear it from me|the real reason (?:s?he|they) (?:left|moved|was moved))\b"),
    ("hides harm to children", "weak", ("lock", "grabs", "abusing them", "abusing the"),
     r"\blocks?\s+(?:the\s+)?(?:kids|children|pupils|a child|a pupil)\s+in\b|\bgrabs\s+(?:the\s+)?(?:kids|children|pupils|boys|girls)\b|\babusing (?:them|the (?:kids|children|pupils))\b"),
    ("sex claim", "weak", ("sex with", "sleeping with", "shagging"),
     r"\b(?:having sex with|had sex with|sex with|sleeping with|shagging)\s+(?:a|the|one of)\s+(?:\w+\s+){0,2}(?:parents?|mums?|dads?|ceo|chair|governors?|pupils?|students?|head|deputy|caretaker)\b"),
    ("sacked for", "weak", ("sacked", "fired", "struck off", "kicked out"),
     r"\b(?:sacked|fired|struck off|kicked out|let go)\s+(?:\w+\s+){0,4}for\s+(?:stealing|theft|fraud|hitting|touching|drinking|drugs|assault|abus\w+|inappropriate\w*|grooming|lying)\b"),
    ("drugs at school", "weak", ("drug", "meth", "weed", "coke"),
     r"\b(?:making|cooking|growing|taking|doing|snorting)\s+(?:drugs|meth|weed|coke|cocaine)\b"),
    ("secret relationship", "weak", ("secret", "relationship", "affair"),
     r"\b(?:secret|illicit)\s+(?:relationship|affair|fling)\b|\baffair with (?:the |a )?(?:chair|governor|parent|mum|dad|head|deputy)\w*\b"),
    ("images of children", "weak", ("photo", "picture", "pics", "image", "video"),
     rf"\b(?:photos|pictures|pics|images|videos)\s+of\s+(?:\w+\s+){{0,2}}(?:{KIDS}|pupils)\s+on\s+(?:his|her|their)\s+(?:phone|laptop|computer)\b"),
]

# Profanity or an insult word used as praise or affection; it cancels an abuse cue it overlaps and
# a malicious model answer with no cue at all.
PRAISE = [
    r"\b(?:f[u*]?[c*]?k+|f\*+|feck)(?:ing|in|in')?\s+(?:legend|legends|love|loved|brilliant|amazing|great|hero|heroes|star|genius|class|awesome|superb|fantastic|proud|buzzing|chuffed|ace|incredible|best|beautiful|gorgeous|smashed it|nailed it)\b",
    r"\b(?:absolute|total|proper|what an?|the)\s+(?:f[u*]?[c*]?k+ing\s+|bloody\s+|f\*+ing\s+)?(?:legend|legends|hero|heroes|star|gem|diamond|saint|angel)\b",
    r"\b(?:lucky|jammy|cheeky|clever|daft|soft|poor|mad)\s+(?:old\s+)?(?:bastard|sod|git|cow|bugger|beggar)s?\b",
    r"\bbloody\s+(?:brilliant|amazing|fantastic|great|good|lovely|marvellous|love)\b",
]

# Reporting or condemning abuse is not abuse: inside these the rules do not raise a label.
COUNTER_SPEECH = [
    r"\b(?:just |have |i'?ve |we'?ve )?reported (?:it|this|them|that|the (?:post|account|comment|page|profile|video|tweet))?\s*(?:to (?:the )?(?:mods|admins?|moderators|facebook|instagram|tiktok|twitter|police))\b|\b(?:just|i'?ve|we'?ve|have|i|we|already)\s+reported\b",
    r"\bpsa\b|\b(?:it|this|that) (?:is|was)(?: not|n'?t|'?s not) (?:her|him|them|us|the school|real)\b|\bdon'?t (?:reply|respond|send (?:any )?money|click)\b|\breport (?:it|them|this|the (?:account|page|post))\b",
    r"\b(?:blocked|screenshotted|screenshot) and reported\b|\bplease (?:report|don'?t share|do not share)\b|\bdon'?t (?:share|repost|spread) (?:it|this|them)\b",
    r"\b(?:(?:that'?s|this is|that is|it'?s)\s+)?(?:not ok(?:ay)?|not on|never ok(?:ay)?|unacceptable)\b[^\n]{0,80}\breport\w*|\breport\w*\b[^\n]{0,80}\b(?:not ok(?:ay)?|not on|unacceptable)\b",
    r"\b(?:someone|somebody|a parent|people|trolls?|an account)\s+(?:has\s+|have\s+|is\s+|are\s+)?(?:posted|wrote|written|commented|calling|called|been calling|saying)\b[^\n]{0,80}\b(?:report\w*|disgusting|not ok|not on|unacceptable|vile)\b",
    r"\breporting (?:the|this|that|a) (?:account|page|post|profile|parody)\b|\bscreenshott?ing (?:this|it) for\b|\bnot literally\b|\bfound guilty\b|\bcourt(?: report)?:|\b(?:are|is|were) (?:fraudulent|fake|not genuine)\b|\bwarning (?:that|parents|families)\b|\b(?:nobody|no one)\b[^.\n]{0,30}\bwill ever ask\b|\bha(?:ve|s) not changed\b|\bhaven'?t changed\b",
    r"\bscam\b|\bheads up\b|\bbeware\b|\b(?:it'?s|its|is|was) (?:a |definitely |obviously |pretty sure it'?s )?fake\b",
]

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
