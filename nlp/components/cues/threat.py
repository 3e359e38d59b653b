"""Threat cues: violence, menace and veiled warnings aimed at a person or the school.

Strong cues ("I'll kill him", "we know where you park") make an item malicious on their own; weak
ones ("you've been warned", "accidents happen") need the model or a second flag to agree; hints only
name the flag on an item already malicious. Add a cue as one entry ``(rule, strength, anchors,
pattern)`` (see :mod:`nlp.components.cues`), with a test in ``tests/nlp/``.
"""

from __future__ import annotations

from nlp.components.cues.cue import Cue
from nlp.components.cues.words import HE, HIS, PERSON, SELF, YOU, YOUR

FLAG = "threat"

CUES: list[Cue] = [Cue(FLAG, rule, strength, anchors, pattern) for rule, strength, anchors, pattern in [
    ("kill/harm intent", "strong", ("kill", "k*ll", "stab", "shoot", "batter", "smash", "knock", "punch", "slap", "hurt", "strangle",
      "burn", "torch", "beat", "glass", "knife", "deck", "lamp", "bash", "sort", "deal with", "end ",
      "run over", "put ", "get "),
     rf"\b(?:i'?ll|i will|im gonna|i'?m gonna|i'?m going to|gonna|going to|we'?ll|we will|someone (?:should|needs to|will|is gonna|oughta)|somebody (?:should|needs to|will)|i could|i want to|wanna|i swear i'?ll|i swear ill|ill)\s+(?:\w+\s+)?(?:kill|k[i*]ll|stab|shoot|batter|smash|knock|punch|slap|hurt|strangle|burn|torch|beat|glass|knife|deck|lamp|bash|sort|deal with|end|run over|put \w+ in hospital|get)\s+(?:\w+\s+){{0,1}}{PERSON}\b"),
    ("watch yourself", "strong", ("watch",),
     rf"\b(?:better|best|should|wants? to|needs? to|had better|better off)\s+watch\s+(?:{SELF}|{HIS} back|out)\b"),
    ("watch your back", "strong", ("watch",),
     rf"\bwatch\s+{HIS}\s+back\b"),
    ("knows where they live", "strong", ("know",),
     rf"\b(?:i|we|everyone|people|we all|i now|now we|now everyone|ppl)\s+(?:\w+\s+)?know[s]?\s+where\s+{HE}\s+(?:lives?|live|parks?|drinks?)\b"),
    ("car damage", "strong", ("car", "tyre", "tire", "window", "house", "windscreen"),
     rf"\b(?:{HIS}|the|that)\s+(?:\w+\s+)?(?:car|tyres|tires|windows?|house|windscreen)\b.{{0,25}}\b(?:get|getting|gets|will be|gonna be|might|would be a shame)\s+(?:\w+\s+)?(?:keyed|slashed|smashed|torched|burnt|burned|bricked|done in|done over)"),
    ("coming for them", "strong", ("coming", "gunning"),
     rf"\b(?:coming for|coming after|gunning for)\s+{PERSON}\b"),
    ("waiting for them", "strong", ("waiting",),
     rf"\b(?:i'?ll|we'?ll|i will|we will|ill|someone'?ll)\s+be\s+waiting\s+(?:for\s+{PERSON}\s+)?(?:at|outside|after|in|by)\b"),
    ("pay a visit", "strong", ("visit",),
     rf"\bpay\s+{PERSON}\s+a\s+(?:little\s+)?visit\b"),
    ("deserves violence", "strong", ("slap", "kicking", "beating", "battering", "hiding", "smack", "bullet", "knife", "punch", "pasting", "belt"),
     rf"\b(?:deserves?|needs?|wants?|due|asking for|gonna get|going to get|will get)\s+(?:a\s+)?(?:good\s+)?(?:slap|slapping|kicking|beating|battering|hiding|smack|bullet|knife|punch|pasting|kicking in|belt)\b"),
    ("burn it down", "strong", ("burn", "torch", "blow", "bomb"),
     r"\b(?:burn|torch|blow|bomb)\w*\s+(?:the|that|this|ur|your)\s+(?:\w+\s+)?(?:school|place|building|academy|office)\s*(?:down|up|to the ground)?"),
    ("won't be safe", "strong", ("won", "will not", "wont", "aren", "isn", "ain"),
     rf"\b{HE}\s+(?:won'?t|will not|wont|aren'?t|isn'?t|ain'?t)\s+(?:be\s+)?(?:safe|walking|breathing|around|teaching)\s+(?:for\s+)?(?:long|much longer|after|when|next|anymore|again|once)\b"),
    ("what's coming", "strong", ("coming",),
     rf"\b(?:get|gets|getting|got)\s+what'?s\s+coming\b"),
    ("dead", "strong", ("dead",),
     rf"\b{HE}(?:'?s|'?re| is| are)\s+(?:a\s+)?dead\s+(?:man|woman|meat)\b|\bdead\s+(?:man|woman)\s+walking\b"),
    ("after school meet", "strong", ("after school", "outside", "car park", "carpark", "way home", "alone", "one night"),
     rf"\b(?:catch|get|find|meet)\s+{PERSON}\s+(?:after school|outside|in the car ?park|on (?:his|her|the) way home|alone|one night)\b"),
    ("see what happens", "weak", ("happens",),
     rf"\b(?:see|watch)\s+what\s+happens\s+(?:to\s+{PERSON}|when|if|next)\b"),
    ("bring a weapon", "strong", ("bring", "brought"),
     r"\b(?:bring|bringing|brought)\s+(?:a|my|the)\s+(?:knife|bat|gun|blade|machete|hammer)\b"),
    ("hope they die", "weak", ("hope", "wish"),
     rf"\b(?:hope|wish)\s+{HE}\s+(?:die|dies|gets? run over|gets? cancer|crash(?:es)?|burns?|rots?)\b"),
    ("knows where they live (named)", "strong", ("know",),
     r"\bknow[s]?\s+where\s+(?:\w+\s+){1,3}(?:lives?|parks?)\b"),
    ("be a shame if", "weak", ("shame", "pity", "awful", "terrible"),
     r"\b(?:be a|would be a|it'?d be a|shame|awful|terrible) (?:shame|pity)? ?if (?:\w+\s+){0,6}(?:happened|got (?:keyed|damaged|hurt|burnt)|was to)\b|\bbe a shame if\b|\bawful if something happened\b"),
    ("not for long", "weak", ("longer", "days", "last "),
     r"\bwon'?t be (?:teaching|working|around|here|in a job|head)\w* (?:for )?(?:much )?longer\b|\bcount (?:the|your) days\b|\bdays are numbered\b|\benjoy (?:her|his|your|their) last (?:week|day|days|term)\b"),
    ("coming for all", "strong", ("coming",),
     r"\bcoming (?:for|after) (?:every|all|each) (?:one )?(?:of )?(?:them|you)\b"),
    ("dead meat", "strong", ("dead",),
     r"\bdead meat\b|\b(?:you'?re|ur|she'?s|he'?s|they'?re) (?:so )?dead\b(?! (?:good|nice|funny|right|proud|lucky|chuffed|on))"),
    ("been warned", "weak", ("warn", "next time"),
     r"\b(?:you'?ve|you have|u have|you been|consider yourself|you are|all) (?:been )?warned\b|\blast warning\b|\bfinal warning\b|\bnext time (?:it won'?t|it'?ll|it will|it'?s in person|won'?t) (?:be )?(?:a letter|an email|words|in person|pretty)?"),
    ("not safe", "weak", ("safe", "scared", "afraid", "worried", "careful", "accident"),
     r"\bwon'?t be safe\b|\bshould be (?:scared|afraid|worried|careful)\b|\bbe careful (?:leaving|walking|going home|when)\b|\baccidents (?:can )?happen\b"),
    ("hospital", "weak", ("hospital", "wheelchair", "ground", "box", "canal"),
     r"\bput (?:\w+\s+){1,2}in (?:hospital|a wheelchair|the ground|a box|the canal)\b|\bgoing in the canal\b"),
    ("ambush", "strong", ("jump", "rush", "corner", "ambush"),
     rf"\b(?:jump|jumped|jumping|rush|corner|cornered|ambush)\s+{PERSON}\b"),
    ("vehicle damage", "weak", ("tyre", "tire", "car"),
     r"\b(?:slit|slash|slashing|puncture|let down|key|keyed|scratch)\w*\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:tyres|tires|car|cars)\b"),
    ("hope not to meet", "weak", ("hope",),
     r"\bbetter hope (?:i|we) (?:never|don'?t) (?:see|catch|find|meet)\b"),
    ("bring weapons", "strong", ("bring",),
     r"\bbring (?:something heavy|what you need|a friend,? (?:s?he|they)'?ll need one|your mates|tools)\b"),
    ("life hell", "strong", ("life",),
     r"\bmake (?:her|his|their|your|that \w+'?s) life (?:a )?(?:hell|misery|a living hell)\b"),
    ("won't be pretty", "weak", ("pretty", "lose", "brave", "tonight", "watching", "tomorrow"),
     r"\bwon'?t be pretty\b|\bnothing (?:left )?to lose\b|\bsee how brave (?:s?he|they) (?:is|are)\b|\btonight'?s the night\b|\bwe'?re watching\b|\bwe are watching\b|\bfind(?:ing)? her tomorrow\b"),
    ("hope harm", "weak", ("hope", "wish"),
     r"\b(?:hope|wish) (?:that|the) (?:teacher|head\w*|deputy|woman|man)\s+(?:\w+\s+)?(?:dies|gets? (?:cancer|run over|hurt|stabbed|what)|rots)\b"),
    ("property damage", "strong", ("torch", "burn", "smash", "brick", "trash", "wreck", "key", "vandalis", "petrol"),
     r"\b(?:torch|burn|smash|brick|trash|wreck|key|vandalis|petrol bomb)\w*\s+(?:the\s+|his\s+|her\s+|their\s+|that\s+)?(?:[\w']+\s+){0,2}(?:car|house|windows?|home|office|classroom)\b"),
    ("face in", "strong", ("smash", "kick", "punch", "cave", "batter", "knock"),
     r"\b(?:smash|kick|punch|cave|batter|knock)\w*\s+(?:[\w']+\s+){0,2}(?:face|head|teeth)\s+in\b|\b(?:face|head|teeth) (?:kicked|smashed|punched|caved) in\b"),
    ("wait for them", "strong", ("wait",),
     r"\b(?:wait|waiting) for (?:him|her|them|you|u) (?:after school|outside|at the gate|in the car ?park|on the way home)\b"),
    ("going to get it", "strong", ("get it",),
     r"\b(?:going to|gonna|is gonna|will|'ll) get it\b(?! (?:right|done|sorted|back|fixed|wrong))"),
    # ominous on their own, but also how people promise a fight over a decision: the model must agree
    ("mark my words", "weak", ("mark my words", "lads"), r"\bmark my words\b|\bfew of the lads\b|\bwith the lads\b"),
    ("show face", "strong", ("show", "promise", "one eye"),
     r"\b(?:best|better|had better) not show (?:her|his|their|your) face\b|\bcan'?t promise what(?:'?ll| will| might) happen\b|\bsleep with one eye open\b"),
    ("lesson", "strong", ("lesson", "physical one", "safe"),
     r"\ba lesson (?:s?he|they|you)?\s*(?:won'?t|will never|wont) forget\b|\ba physical one\b|\b(?:thinks|think) (?:s?he'?s|they'?re|you'?re) safe\b"),
    ("sort them out", "strong", ("sort",),
     rf"\b(?:sort|sorted)\s+{PERSON}\s+out\b.{{0,20}}\b(?:proper|myself|for good|outside|myself)\b"),
    # threats without a violent keyword: presence at someone's door, regret, "we know where"
    ("at their door", "weak", tuple(f"{p} {n}" for p in ("your", "ur", "his", "her", "their", "own", "front")
                                    for n in ("door", "house", "home", "car", "gate", "drive", "work")),
     rf"\b(?:i'?ll|ill|we'?ll|i will|we will|i'?m|we'?re|gonna|going to|coming|come|turn(?:ing)? up|show(?:ing)? up|see {YOU})\b[^.!?\n]{{0,25}}\b(?:at|to|outside|round|on|by|near)\s+{YOUR}\s+(?:front\s+|own\s+)?(?:door|doorstep|house|home|car|gate|drive|work)\b"),
    ("before long", "weak", ("before", "least expect", "one of these", "soon", "tonight"),
     r"\bbefore (?:the )?(?:weekend|week|night|day|term|month)(?:'?s| is)? (?:out|over|done)\b|\bwhen (?:you|u|s?he|they) least expect(?:s)? it\b|\bone of these (?:days|nights)\b|\b(?:see|seeing) (?:you|u|him|her) (?:very )?soon\b|\bsee (?:you|u) tonight\b"),
    ("you'll regret", "strong", ("regret",),
     rf"\b(?:you'?ll|u'?ll|you will|s?he'?ll|s?he will|they'?ll|they will|gonna|going to|will)\s+(?:\w+\s+)?regret\s+(?:it|this|that|the day|ever|crossing|messing|opening|what)\b"),
    ("we know where", "strong", ("know where", "address", "reg", "number plate", "routine", "route home", "car"),
     rf"\b(?:we|i|we all|everyone)\s+(?:now\s+)?know\s+(?:where\s+(?:you|u|s?he|they)\b(?!\s+(?:stand|stands|went wrong|are coming from|is coming from))|(?:{YOUR}|(?:mr|mrs|miss|ms|dr)\.?\s+\w+?(?:'?s)?)\s+(?:address|reg|registration|number plate|routine|route home|car))"),
    ("not smiling for long", "weak", ("for long", "smiling", "laughing", "smug", "cocky", "brave"),
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
    # veiled threats: consequences, surveillance, property, "you'll find out"
    ("if again then", "weak", ("again", "one more time"),
     r"\bif\s+(?:s?he|they|you|that \w+|(?:mr|mrs|miss|ms)\.? \w+|the head)\b[^.!?\n]{0,60}\b(?:again|one more time)\b[^.!?\n]{0,30}\b(?:i'?ll|i will|i'?m|we'?ll|we will|s?he'?ll|he will|she will|they'?ll|gonna|going to)\b"),
    ("ambulance", "strong", ("ambulance", "teeth up", "walking out"),
     r"\b(?:leav(?:e|ing) in an ambulance|(?:be|end up|is) in an ambulance|pick(?:ing)? (?:your|his|her|their) teeth up|(?:will not|won'?t|not) be walking out)\b"),
    ("knows the routine", "weak", ("know what time", "know which way", "know when", "walks his", "walks her", "home by", "we're coming", "were coming"),
     r"\bi know (?:what time|which way|when) (?:s?he|you|they) (?:leaves?|walks?|gets? home|finishes|goes)\b|\bwalks? (?:his|her) dog\b[^.\n]{0,60}\b(?:on (?:his|her) own|alone|in the dark)\b|\bhome by \d+\b|\bwe'?re coming\b"),
    ("look over shoulder", "strong", ("over her shoulder", "over his shoulder", "over your shoulder", "over their shoulder"),
     r"\blook(?:ing)? over (?:her|his|their|your) shoulder\b"),
    ("put in place", "weak", ("in his place", "in her place", "in their place", "strongly worded", "to learn", "might be"),
     r"\b(?:put|putting) (?:him|her|them) in (?:his|her|their) place\b|\bi don'?t mean with a (?:strongly worded )?letter\b|\btime for (?:mr|mrs|miss|ms|the) \w+ to learn\b|\bmight be (?:her|his|their|your) last(?: one)?\b"),
    ("stay away", "weak", ("stay away", "come in", "🔥", "💥"),
     r"\b(?:i'?d )?stay away from (?:the )?(?:building|school|gates?)\b[^\n]{0,60}\b(?:if i were|just advice|tomorrow|last day|monday|friday)\b|\bdon'?t come in (?:tomorrow|on \w+day)\b|\btomorrow\s*(?:🔥|💥)"),
    ("property at risk", "weak", ("set fire", "windows left", "expensive to replace", "insured", "through it", "through the wind"),
     r"\bset fire to\b|\b(?:any|no) windows left\b|\bexpensive to replace\b|\bhope (?:s?he'?s|they'?re|you'?re|(?:mr|mrs|miss|ms) \w+'?s) insured\b|\bor through (?:it|the windscreen|the window)\b"),
    ("you'll find out", "weak", ("find out", "mess with", "not coming alone", "bring security", "done time", "pushed me", "done being nice", "on them", "hope nobody"),
     r"\bwhat happens when you mess with\b|\byou'?ll find out (?:tomorrow|soon|what happens)\b|\bnot coming alone\b|\bbring security\b|\b(?:i'?ve|i have) done time\b|\bpushed me too far\b|\bi'?m done being nice\b|\bwhat happens next is on (?:them|you|her|him)\b|\bwants? to hope (?:nobody|no one|we|i)\b"),
    ("getting jumped", "strong", ("jumped", "battered", "done in", "a kicking", "done at", "done after", "done outside", "glassed", "stabbed"),
     r"\b(?:gonna|going to|is|'s|will|'ll) get(?:ting)? (?:jumped|battered|done in|a kicking)\b"
     r"|\bgets? (?:done|jumped|battered|glassed|stabbed) (?:in|at|after|outside|behind|on the way)\b"),
    ("before someone does", "weak", ("before someone", "before somebody", "before we do"),
     r"\bbefore (?:someone|somebody|we) (?:makes?|does|make) (?:her|him|them|it)?\b|\bbefore we do\b"),
    ("be round", "weak", ("be round", "a visit", "drive past", "drove past", "parked outside", "lights are on"),
     r"\bi'?ll be round\b|\b(?:getting|get|be getting) a visit\b|\b(?:take a drive|drive|drove|driving|walked|parked) (?:past|outside|by) (?:(?:mr|mrs|miss|ms|dr)\.? [\w'-]+|the head'?s?|his|her)\b[^\n]{0,50}\b(?:lights|tonight|👀)"),
    ("ominous aside", "hint", ("comes around", "one way or another", "this is for you", "knows what that means", "knows what she did", "knows what he did", "ykwim", "real problems", "be problems", "be trouble"),
     r"\bwhat goes around comes around\b|\bone way or another\b|\bthis is for you\b|\b(?:s?he|they) knows? what (?:that means|s?he did|they did)\b|\bykwim\b|\b(?:real|big) problems\b|\b(?:there'?s|there will|there'?ll|gonna) be (?:problems|trouble)\b"),
    # a plan to attack a member of staff named by role ("planning to glass the new maths teacher")
    ("plan to attack staff", "strong", ("glass", "stab", "jump", "batter", "beat", "knife", "shank", "bottle", "deck", "attack", "smash"),
     r"\b(?:planning|plan|planned|plans|going|gonna|want|wants|about)\s+(?:to\s+)?(?:glass|stab|jump|batter|beat up|knife|shank|bottle"
     r"|deck|attack|smash up|do over)\s+(?:the|that|a|our|their|his|her)\s+(?:\w+\s+){0,2}(?:teacher|head|sir|miss|deputy|head ?teacher"
     r"|ta|caretaker|tutor|principal)\b"),
    # urging others to damage a teacher's home or car ("Someone egg it", "let's brick his windows")
    ("incite damage", "weak", ("egg", "brick", "key", "torch", "trash", "graffiti", "spray", "paint"),
     r"\b(?:someone|somebody|anyone|let'?s|lets|go and|who'?s up for|we should|y'?all should)\s+(?:should\s+|go\s+)?"
     r"(?:egg|brick|key|torch|trash|graffiti|spray[- ]paint|paint)\s+(?:it|them|his|her|their|the|that)\b"),
    # violence promised without a verb of violence ("a bloodbath", "a taste of her own medicine", "I don't mean words")
    ("violence implied", "weak", ("bloodbath", "blood bath", "taste of", "mean words", "with words", "using words", "happens to",
                                  "happened to",
                                  "while you can", "while she can", "while he can", "for now"),
     r"\bblood ?bath\b|\ba taste of (?:her|his|their|your) own medicine\b|\bi don'?t mean (?:with )?words\b"
     r"|\bnot (?:with|using) words\b|\bif (?:something|anything) (?:bad )?(?:happens|happened) to (?:him|her|them|the \w+"
     r"|(?:mr|mrs|miss|ms|dr)\.? \w+)\b|\b(?:enjoy it|laugh|keep laughing|smile|keep smiling) (?:while (?:you|u|s?he|they) can"
     r"|for now)\b"),
    ("wait for staff", "weak", ("wait", "on his own", "on her own", "when he's", "when she's"),
     r"\bwait(?:ing)? (?:outside|by the gates?|in the car ?park|at the gates?) for (?:the|that|him|her|them|mr|mrs|miss|ms)\b"
     r"|\bi know when (?:s?he'?s|he is|she is|they'?re) (?:on (?:his|her|their) own|alone|by (?:him|her)self)\b"),
    # violence named by its result rather than a verb ("wants his face rearranging", "a bullet with her name on it")
    ("violence by result", "weak", ("rearrang", "smashing in", "kicking in", "caving in", "bullet", "body bag", "bodybag",
                                    "against the wall", "obituary"),
     rf"\b(?:face|head|teeth) (?:rearrang\w*|smashing in|kicking in|caving in)\b"
     rf"|\bbullet (?:with|in) {HIS} (?:name|head|back)\b|\b(?:in|into) a body ?bag\b"
     r"|\b(?:should|ought to|needs? to|deserves? to|wants? to) be lined up against (?:a|the) wall\b"
     r"|\bcan'?t wait\b[^.!?\n]{0,50}\bobituary\b"),
    ("wish an accident", "weak", ("accident",),
     rf"\b(?:wish|wishing|hope|hoping)\w*\s+(?:that\s+)?(?:{PERSON}|he|she|they|every|all)\b[^.!?\n]{{0,40}}"
     r"\b(?:a|an) (?:nasty|serious|terrible|horrible|fatal|tragic) accident\b"),
    ("pay to see violence", "weak", ("to see", "whoever", "anyone who", "the first"),
     r"\b(?:pay|paying|give|giving)\b[^.!?\n]{0,20}\bto see (?:someone|somebody|anyone|him|her|them)\s+"
     r"(?:deck|punch|slap|smack|batter|knock out|lamp|hit|thump)\b"
     r"|£\d+ to (?:whoever|anyone who|the first)\b[^.!?\n]{0,30}\b(?:deck|punch|slap|smack|batter|hit|thump)s?\b"),
    ("want to harm (named)", "weak", ("strangle", "throttl", "wring", "slap", "punch", "deck", "batter"),
     rf"\b(?:want|wanna|like|love|itching|dying) to (?:strangle|throttle|wring|slap|punch|deck|batter|thump|smack)\s+{PERSON}\b"
     rf"|\bwring {HIS} (?:\w+ )?neck\b"),
    ("arson word", "weak", ("firebomb", "fire bomb", "petrol bomb", "molotov"),
     r"\b(?:firebomb|fire[- ]bomb|petrol[- ]bomb|molotov)\w*\b"),
    # harm wished on a named member of staff ("I hope Mr X wraps his car round a tree")
    ("wish harm (named)", "weak", ("hope", "wish"),
     r"\b(?:hope|wish)\s+(?:that\s+)?(?:mr|mrs|miss|ms|dr)\.?\s+\w+\s+(?:\w+\s+){0,2}(?:crash\w*|wraps? (?:his|her|their) car"
     r"|gets? (?:hit|run over|hurt|cancer|stabbed|beaten)|dies|falls? (?:down|off)|chokes?|breaks? (?:his|her) neck|rots?)\b"),
    # the next time as a promise of violence ("Next time it's my fist", "next time I'll put him on the floor");
    # "next time I'll email the governors" names no fist, no face and no one hurt
    ("next time, violence", "weak", ("next time",),
     r"\bnext time\b[^.!?\n]{0,60}\b(?:i'?ll|i will|i'?m|we'?ll|we will|i won'?t|it'?s my|it'?ll be|i'?d)\b[^.!?\n]{0,40}"
     r"\b(?:fist|face|teeth|kick|punch|hit|deck|lamp|batter|smack|slap|hurt|floor)\b"),
    # an injury promised by its result ("you're getting one to match", "eating his dinner through a straw");
    # "someone will get hurt" is how parents complain about the car park, so a person must be named
    ("injury promised", "weak", ("matching", "to match", "black eye", "straw", "wired", "still got", "still have",
                                 "hurting", "hurt"),
     r"\bmatching (?:one|mark|bruise|scar)\b|\bone to match\b|\b(?:give|giving|get|getting) (?:him|her|them|you|u) (?:a|two) black"
     r" eyes?\b|\bthrough a straw\b|\bwired shut\b|\bwhile (?:you|u|s?he|they) (?:still )?(?:got|have|has|'ve got)"
     r" (?:knees|legs|teeth|kneecaps)\b|\bstop asking and start hurting\b|\b(?:you|u|s?he|they) (?:will|'?ll) (?:get|be) hurt\b"),
]]
