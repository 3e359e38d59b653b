"""Cue patterns behind the rule components: plain data (regular expressions), no spaCy.

Each entry of :data:`FLAG_CUES` is ``(flag, rule_name, strength, pattern)``. ``strength`` is
``"strong"`` (enough on its own to call an item malicious), ``"weak"`` (needs the model or a second
flag to agree) or ``"hint"`` (never raises a label; names the flag on an item already malicious).
Patterns run case-insensitively; :func:`starred` makes a word robust to masking with stars
(``f***ing``) and dropped vowels. Idioms that share words with a cue (``killed it at sports day``,
``killer lasagne``) are kept out by writing each cue as a construction aimed at a person, not a bare
keyword, and by :data:`IDIOMS`, which cancel any cue they overlap. :data:`REPORTING` finds news
frames and warnings, inside which the rules do not raise a label.

Speed: a cue's regex runs only when one of its :data:`ANCHORS` (plain substrings) is in the
lower-cased text. A new rule needs an anchor entry (a test checks that every rule has one).
"""

from __future__ import annotations

import re

from nlp.components import cues_more

VOWELS = set("aeiou")


def starred(word: str) -> str:
    """A regex for ``word`` where inner letters may be masked with ``*`` and vowels dropped."""
    parts = [re.escape(word[0])]
    for char in word[1:-1]:
        parts.append(f"[{char}*]{'?' if char in VOWELS else ''}")
    if len(word) > 1:
        parts.append(f"[{word[-1]}*]")
    return "".join(parts)


FUCK = rf"(?:{starred('fuck')}|f\*+|feck|fk)"
CUNT = rf"(?:{starred('cunt')}|c\*+t)"
PERSON = r"(?:him|her|them|you|u|ya|the (?:head|teacher|bitch|cow|prick|bastard|lot of them)|that (?:teacher|woman|man|bitch|cow|prick|twat|head)|mr\.? \w+|mrs\.? \w+|miss \w+|ms\.? \w+)"
SELF = r"(?:him|her|them|your?|ur)sel(?:f|ves|fs)"
HE = r"(?:he|she|they|you|u)"
HIS = r"(?:his|her|their|your|ur)"
KIDS = r"(?:kids|children|pupils|students|boys|girls|little ones|kiddies)"

_INSULT_WORDS = [
    "bitch", "slag", "slut", "whore", "twat", "prick", "dickhead", "wanker", "tosser", "bellend",
    "scumbag", "scum", "bastard", "cow", "witch", "pig", "knobhead", "nobhead", "arsehole", "asshole",
    "retard", "freak", "skank", "tart", "troll", "shithead",
]
INSULT = "(?:" + "|".join([starred(w) for w in _INSULT_WORDS] + [CUNT]) + ")"

# Slurs and dehumanising wording about protected characteristics. Deliberately short and blunt.
_HATE = [
    ("go back", r"go back (?:to )?(?:where (?:s?he|they|you) (?:came|come) from|(?:to )?(?:his|her|their|your) (?:own )?country)"),
    ("slur (race)", r"\b(?:paki|pakis|p\*ki|wog|wogs|n[i1*]gg\w*|coon|chink|gyppo|pikey|pikeys|kike|raghead|towelhead|towel ?heads|rag ?heads)\b"),
    ("slur (sexuality)", r"\b(?:tranny|trannies|shemale|faggot|f\*g+ot|fag|dyke|poof|poofter|batty ?boy|lezzas?|lezzers?|lesbos?)\b"),
    ("slur (disability)", r"\b(?:spastic|spaz|mong|retards?)\b"),
    ("group shouldn't", r"(?:muslims?|jews?|gays?|lesbians?|immigrants?|foreigners?|blacks?|asians?|poles|polish|romanians?|travellers?|gypsies|trans (?:people|women|men)?|the disabled)\b.{0,40}\b(?:shouldn'?t|should not|should never|must not|mustn'?t|can'?t be trusted|are all|don'?t belong|have no place|not be allowed|infest|ruin|breed)"),
    ("shouldn't allow group", r"(?:shouldn'?t|should not|should never|mustn'?t|don'?t want|not) (?:be )?(?:let|allowed|having|have) (?:a |an |some |them |those )?(?:muslims?|jews?|gays?|lesbians?|immigrants?|foreigners?|trans\w*|poles|polish|romanians?|travellers?|gypsies|blacks?|asians?|disabled \w+|someone like (?:him|her|that)|people like (?:him|her|that)|his kind|her kind|their kind)\b"),
    ("their kind", r"(?:his|her|their|that) (?:kind|sort|lot|type)\b.{0,30}\b(?:shouldn'?t|should not|don'?t belong|not welcome|near (?:our )?kids|teach)"),
    ("hateful label", r"\b(?:headscarf|hijab|burka|turban|rainbow|pride flag|wheelchair)[- ]?(?:wearing|waving|bound)?\s+(?:bitch|cow|freak|weirdo|terrorist|pervert|nonce)\b"),
    ("terrorist smear", r"\b(?:terrorists?|bombers?)\b.{0,30}\b(?:muslim|mosque|headscarf|hijab|her people|his people)\b"),
    ("terrorist smear (religion)", r"\b(?:muslim|mosque|headscarf|hijab)\b.{0,40}\b(?:terrorists?|bombers?|sharia)\b"),
    ("groomer smear", r"(?:grooming|groomers?|perverts?|paedos?)\b.{0,30}\b(?:gay|gays|lesbian|trans|lgbt\w*|pride|homos?)\b"),
    ("groomer smear (lgbt)", r"\b(?:gay|gays|lesbian|trans|lgbt\w*|pride|homos?)\b.{0,30}\b(?:grooming|groomers?|perverts?|paedos?|agenda|brainwash\w*)"),
    ("group as vermin", r"\b(?:chav|gypsy|traveller|polish|eastern european|foreign|immigrant|black|asian|indian|african|muslim|jewish|gay|lesbian|trans)\s+(?:scum|vermin|filth|rats?|parasites?|animals?|cockroach\w*)"),
    ("vermin", r"\b(?:scum|vermin|filth|rats|parasites|animals|cockroaches)\b.{0,20}\b(?:like (?:him|her|them)|their lot|her lot|his lot)"),
    ("send back", r"(?:^|[.!?]\s+)go (?:back )?home\b|\b(?:send|sent|ship) (?:her|him|them) (?:back|home)\b(?!\s+(?:early|from|for|because|with|at|again|\d))|\bgo back to (?:india|africa|pakistan|poland|romania|nigeria|your \w+)\b|\b(?:africans|asians|muslims|poles|immigrants|foreigners) belong in\b"),
    ("conspiracy", r"\b(?:jews|muslims|immigrants|foreigners|they'?re|the gays|asians) (?:run|own|control|are taking over|taking over)\b|\btaking over\b.{0,20}\b(?:our schools|our country|everything)\b"),
    ("group can't", r"\b(?:disabled|deaf|blind|autistic|gay|trans|black|muslim|jewish|foreign|female|women) (?:people|teachers|staff|heads?|men|women)?\s*(?:should(?:n'?t| not| never)|shouldn'?t be allowed|can'?t|are a burden|don'?t belong|have no (?:place|business))\b"),
    ("women can't", r"\bwomen (?:shouldn'?t|should not|can'?t) (?:run|teach|lead|be in charge)\b|\bback to the kitchen\b|\bno (?:place|business) for (?:a )?(?:gay|trans|muslim|black|disabled|foreign|deaf)\b|\bhas no business teaching (?:british|english|our) kids\b"),
]

# Mentions of a protected characteristic: never raise a label, but name the flag on a malicious item.
_HATE_HINT = r"\b(?:muslims?|islam\w*|jews?|jewish|black|asians?|nigerian|africans?|indian|pakistani|polish|poles|romanians?|eastern european|foreign\w*|immigrants?|gay|gays|lesbian|queer|trans|they/them|disabled|deaf|wheelchair|autistic|hijab|headscarf|turban|halal|mosque|travellers?|gypsy|gypsies|english teachers|british kids)\b"
# Hostile words that make a named child "identified in a hostile post".
HOSTILE = r"\b(?:brats?|thugs?|bull(?:y|ies|ying)|feral|vile|nasty|scum\w*|liars?|thie(?:f|ves)|animals?|menace|psycho|monster|violent|dangerous|yob|scrote|rat|snake|spoilt|spiteful|madam|cow|bitch|slag|loser|smells|tramp|nits|lice|dealer|ringleader|worst behaved|badly behaved|(?:no|zero) parenting|expel\w*|exclude\w*|kicked out|name and shame|ugly|fat|weirdo|freak|witch|hits?|kick\w*|punch\w*|bites|stole|steal\w*|crying|baby|owned|kicking off|hurts?)\b"

_THREAT = [
    ("kill/harm intent", rf"\b(?:i'?ll|i will|im gonna|i'?m gonna|i'?m going to|gonna|going to|we'?ll|we will|someone (?:should|needs to|will|is gonna|oughta)|somebody (?:should|needs to|will)|i could|i want to|wanna|i swear i'?ll|i swear ill|ill)\s+(?:\w+\s+)?(?:kill|k[i*]ll|stab|shoot|batter|smash|knock|punch|slap|hurt|strangle|burn|torch|beat|glass|knife|deck|lamp|bash|sort|deal with|end|run over|put \w+ in hospital|get)\s+(?:\w+\s+){{0,1}}{PERSON}\b"),
    ("watch yourself", rf"\b(?:better|best|should|wants? to|needs? to|had better|better off)\s+watch\s+(?:{SELF}|{HIS} back|out)\b"),
    ("watch your back", rf"\bwatch\s+{HIS}\s+back\b"),
    ("knows where they live", rf"\b(?:i|we|everyone|people|we all|i now|now we|now everyone|ppl)\s+(?:\w+\s+)?know[s]?\s+where\s+{HE}\s+(?:lives?|live|parks?|drinks?)\b"),
    ("car damage", rf"\b(?:{HIS}|the|that)\s+(?:\w+\s+)?(?:car|tyres|tires|windows?|house|windscreen)\b.{{0,25}}\b(?:get|getting|gets|will be|gonna be|might|would be a shame)\s+(?:\w+\s+)?(?:keyed|slashed|smashed|torched|burnt|burned|bricked|done in|done over)"),
    ("coming for them", rf"\b(?:coming for|coming after|gunning for)\s+{PERSON}\b"),
    ("waiting for them", rf"\b(?:i'?ll|we'?ll|i will|we will|ill|someone'?ll)\s+be\s+waiting\s+(?:for\s+{PERSON}\s+)?(?:at|outside|after|in|by)\b"),
    ("pay a visit", rf"\bpay\s+{PERSON}\s+a\s+(?:little\s+)?visit\b"),
    ("deserves violence", rf"\b(?:deserves?|needs?|wants?|due|asking for|gonna get|going to get|will get)\s+(?:a\s+)?(?:good\s+)?(?:slap|slapping|kicking|beating|battering|hiding|smack|bullet|knife|punch|pasting|kicking in|belt)\b"),
    ("burn it down", r"\b(?:burn|torch|blow|bomb)\w*\s+(?:the|that|this|ur|your)\s+(?:\w+\s+)?(?:school|place|building|academy|office)\s*(?:down|up|to the ground)?"),
    ("won't be safe", rf"\b{HE}\s+(?:won'?t|will not|wont|aren'?t|isn'?t|ain'?t)\s+(?:be\s+)?(?:safe|walking|breathing|around|teaching)\s+(?:for\s+)?(?:long|much longer|after|when|next|anymore|again|once)\b"),
    ("what's coming", rf"\b(?:get|gets|getting|got)\s+what'?s\s+coming\b"),
    ("dead", rf"\b{HE}(?:'?s|'?re| is| are)\s+(?:a\s+)?dead\s+(?:man|woman|meat)\b|\bdead\s+(?:man|woman)\s+walking\b"),
    ("after school meet", rf"\b(?:catch|get|find|meet)\s+{PERSON}\s+(?:after school|outside|in the car ?park|on (?:his|her|the) way home|alone|one night)\b"),
    ("see what happens", rf"\b(?:see|watch)\s+what\s+happens\s+(?:to\s+{PERSON}|when|if|next)\b"),
    ("bring a weapon", r"\b(?:bring|bringing|brought)\s+(?:a|my|the)\s+(?:knife|bat|gun|blade|machete|hammer)\b"),
    ("hope they die", rf"\b(?:hope|wish)\s+{HE}\s+(?:die|dies|gets? run over|gets? cancer|crash(?:es)?|burns?|rots?)\b"),
    ("knows where they live (named)", r"\bknow[s]?\s+where\s+(?:\w+\s+){1,3}(?:lives?|parks?)\b"),
    ("be a shame if", r"\b(?:be a|would be a|it'?d be a|shame|awful|terrible) (?:shame|pity)? ?if (?:\w+\s+){0,6}(?:happened|got (?:keyed|damaged|hurt|burnt)|was to)\b|\bbe a shame if\b|\bawful if something happened\b"),
    ("not for long", r"\bwon'?t be (?:teaching|working|around|here|in a job|head)\w* (?:for )?(?:much )?longer\b|\bcount (?:the|your) days\b|\bdays are numbered\b|\benjoy (?:her|his|your|their) last (?:week|day|days|term)\b"),
    ("coming for all", r"\bcoming (?:for|after) (?:every|all|each) (?:one )?(?:of )?(?:them|you)\b"),
    ("dead meat", r"\bdead meat\b|\b(?:you'?re|ur|she'?s|he'?s|they'?re) (?:so )?dead\b(?! (?:good|nice|funny|right|proud|lucky|chuffed|on))"),
    ("been warned", r"\b(?:you'?ve|you have|u have|you been|consider yourself|you are|all) (?:been )?warned\b|\blast warning\b|\bfinal warning\b|\bnext time (?:it won'?t|it'?ll|it will|it'?s in person|won'?t) (?:be )?(?:a letter|an email|words|in person|pretty)?"),
    ("not safe", r"\bwon'?t be safe\b|\bshould be (?:scared|afraid|worried|careful)\b|\bbe careful (?:leaving|walking|going home|when)\b|\baccidents (?:can )?happen\b"),
    ("hospital", r"\bput (?:\w+\s+){1,2}in (?:hospital|a wheelchair|the ground|a box|the canal)\b|\bgoing in the canal\b"),
    ("ambush", rf"\b(?:jump|jumped|jumping|rush|corner|cornered|ambush)\s+{PERSON}\b"),
    ("vehicle damage", r"\b(?:slit|slash|slashing|puncture|let down|key|keyed|scratch)\w*\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:tyres|tires|car|cars)\b"),
    ("hope not to meet", r"\bbetter hope (?:i|we) (?:never|don'?t) (?:see|catch|find|meet)\b"),
    ("bring weapons", r"\bbring (?:something heavy|what you need|a friend,? (?:s?he|they)'?ll need one|your mates|tools)\b"),
    ("life hell", r"\bmake (?:her|his|their|your|that \w+'?s) life (?:a )?(?:hell|misery|a living hell)\b"),
    ("won't be pretty", r"\bwon'?t be pretty\b|\bnothing (?:left )?to lose\b|\bsee how brave (?:s?he|they) (?:is|are)\b|\btonight'?s the night\b|\bwe'?re watching\b|\bwe are watching\b|\bfind(?:ing)? her tomorrow\b"),
    ("hope harm", r"\b(?:hope|wish) (?:that|the) (?:teacher|head\w*|deputy|woman|man)\s+(?:\w+\s+)?(?:dies|gets? (?:cancer|run over|hurt|stabbed|what)|rots)\b"),
    ("property damage", r"\b(?:torch|burn|smash|brick|trash|wreck|key|vandalis|petrol bomb)\w*\s+(?:the\s+|his\s+|her\s+|their\s+|that\s+)?(?:[\w']+\s+){0,2}(?:car|house|windows?|home|office|classroom)\b"),
    ("face in", r"\b(?:smash|kick|punch|cave|batter|knock)\w*\s+(?:[\w']+\s+){0,2}(?:face|head|teeth)\s+in\b|\b(?:face|head|teeth) (?:kicked|smashed|punched|caved) in\b"),
    ("wait for them", r"\b(?:wait|waiting) for (?:him|her|them|you|u) (?:after school|outside|at the gate|in the car ?park|on the way home)\b"),
    ("going to get it", r"\b(?:going to|gonna|is gonna|will|'ll) get it\b(?! (?:right|done|sorted|back|fixed|wrong))|\bmark my words\b|\bfew of the lads\b|\bwith the lads\b"),
    ("show face", r"\b(?:best|better|had better) not show (?:her|his|their|your) face\b|\bcan'?t promise what(?:'?ll| will| might) happen\b|\bsleep with one eye open\b"),
    ("lesson", r"\ba lesson (?:s?he|they|you)?\s*(?:won'?t|will never|wont) forget\b|\ba physical one\b|\b(?:thinks|think) (?:s?he'?s|they'?re|you'?re) safe\b"),
    ("sort them out", rf"\b(?:sort|sorted)\s+{PERSON}\s+out\b.{{0,20}}\b(?:proper|myself|for good|outside|myself)\b"),
]

_ABUSE = [
    ("insult", rf"\b(?:is|s|'s|are|'re|was|you|ur|u|what|such|an?|the|that|fat|ugly|stupid|vile|old|thick|lazy|absolute|total|complete|utter|dirty|little|useless|nasty|massive|proper|bald|smug)\s+(?:\w+\s+)?{INSULT}s?\b"),
    ("curse at", rf"\b{FUCK}\s+(?:off|you|u|him|her|them|the lot)\b|\bgo\s+{FUCK}\s+(?:yourself|urself|himself|herself)\b|\b(?:stupid|fat|ugly|useless|thick|lazy)\s+{FUCK}(?:ing|in)?\s+\w+"),
    ("insult person", rf"\b(?:mr|mrs|miss|ms|dr|sir)\.?\s+\w+\s+(?:is|the)\s+(?:a|an)?\s*(?:{FUCK}(?:ing|in)?\s+)?{INSULT}\b"),
    ("body shaming", r"\b(?:fat|ugly|hideous|greasy|smelly|stinking)\s+(?:cow|pig|slob|whale|hag|troll|bitch|bastard|waste|munter|minger|old bag|git|lump)\b"),
    ("direct insult", r"\byou(?:'re| are|re)? (?:a |an )?(?:\w+ )?(?:clown|loser|joke|disgrace|failure|fraud|waste)\b|\byou (?:dirty|filthy|disgusting|sick|vile) \w+|\b(?:fat|ugly)\s+(?:\w+\s+)?loser\b"),
    ("old bag", r"\b(?:nasty|old|ugly|fat|vile|miserable|bitter|dried up|sad)\s+(?:old\s+)?(?:bag|hag|trout|bat|boot|crone|sack of \w+)\b"),
    ("dehumanising", r"\b(?:waste of (?:space|oxygen|skin|air)|scum of the earth|piece of (?:shit|sh\*t|crap|work|garbage|trash)|sub-?human|vermin)\b"),
    ("wish ill", r"\b(?:should be|needs to be|deserves to be|ought to be)\s+(?:sacked and )?(?:shot|hanged|hung|strung up|locked up and|put down|sterili[sz]ed|beaten)\b"),
    ("harassment campaign", rf"\b(?:everyone|every1|all of you|let'?s all|lets all|we should all|spam|flood|bombard)\s+(?:\w+\s+){{0,3}}(?:message|dm|email|ring|call|spam|report|tag|flood|bombard|troll)\s+(?:{PERSON}|her|him|the head)\b"),
    ("kill yourself", r"\b(?:kys|kill (?:your|ur|him|her|them)sel(?:f|ves))\b"),
]

_ALLEGATION = [
    ("paedophile claim", r"\b(?:paedo|pedo|peado|paedophile|pedophile|nonce|noncey|groomer|kiddie fiddler|kiddy fiddler|child molester|predator|sex offender|perv|pervert)s?\b"),
    ("touching claim", rf"\b(?:touch|touches|touched|touching|fondl\w+|grop\w+|feel\w* up|interfer\w+ with)\s+(?:the\s+|little\s+|young\s+|our\s+|my\s+)?(?:{KIDS}|girls|boys|pupils?|kid|child|my (?:son|daughter|lad|girl))\b(?!'s)"),
    ("hits children", rf"\b(?:hit|hits|hitting|slapped|slaps|slap|smacked|smacks|punched|kicked|shoves?|shoved|grabbed|manhandled|dragged|assaulted|abuses?|abused|abusing)\s+(?:the\s+|our\s+|my\s+|a\s+|little\s+)?(?:{KIDS}|kid|child|pupil|student|boy|girl|son|daughter|lad)\b"),
    ("theft claim", r"\b(?:stole|steals|stealing|nicked|nicks|pocket\w*|embezzl\w+|fiddl\w+|siphon\w*|skimm\w+|helping (?:him|her)self to)\b.{0,40}\b(?:money|funds|budget|cash|books|pta|premium|grant|takings|donations?|fundraising|trip money|dinner money|from the school|accounts)\b"),
    ("thief", r"\b(?:is|she's|he's|a|an|proper|total)\s+(?:thief|crook|fraud|fraudster|criminal|con artist)\b"),
    ("drunk or drugs", r"\b(?:drunk|pissed|hammered|wasted|stoned|high|off (?:his|her) face|coked up|on coke|on drugs|smelling of (?:booze|drink|alcohol|weed))\b.{0,40}\b(?:in class|at school|at work|in school|on duty|teaching|in front of|at pick ?up|at drop ?off|in the classroom|every morning|during)\b"),
    ("drug dealer", r"\b(?:deals?|dealing|sells?|selling)\s+(?:drugs|coke|weed|pills|cocaine)\b"),
    ("affair claim", r"\b(?:sleeping with|shagging|affair with|having it off with|bedding|hooked up with|sexting|dating)\s+(?:a|one of the|the|another|one of (?:his|her)|\w+'s)?\s*(?:parents?|mums?|dads?|pupils?|students?|sixth ?formers?|year \d+|married|ta|teaching assistant|dinner lady|caretaker)\b"),
    ("criminal record", r"\b(?:has|got|with) a (?:criminal record|record for|conviction for)\b|\b(?:was|been|got) (?:arrested|sacked|struck off|done) for\b"),
    ("covered up", r"\b(?:covered up|covering up|cover-up|hushed up|swept under the carpet)\b.{0,40}\b(?:abuse|assault|touching|attack|rape|grooming|what (?:he|she) did)\b"),
    ("drinking at work", r"\bdrinks? (?:in|at) (?:the staffroom|work|school|lunch)\b|\bhalf cut\b|\b(?:is|he'?s|she'?s|was) (?:on|off (?:his|her) face on) (?:coke|cocaine|drugs|ket|something)\b"),
    ("forgery or fraud", r"\b(?:forges?|forged|forging|falsif\w+|cooks? the books|cooking the books)\b|\bhelped (?:him|her)self to\b|\b(?:keeps|pockets|pocketed) the (?:difference|money|change|cash)\b"),
    ("grooming", r"\b(?:grooming|interfered with|interfering with|sends? (?:my|our|the) (?:daughter|son|girls?|boys?) (?:kisses|photos|pics|messages))\b"),
    ("has a thing for", r"\bgot (?:a|one of the|two) (?:girl|pupil|student|sixth former|year \d+)s? pregnant\b|\balone with (?:the same |a |one )?(?:\w+ ){0,2}(?:girl|boy|pupil|student|child)\b|\bhurting (?:the |our |little )?(?:kids|children|pupils)\b|\bpinch\w* (?:my|our|the) (?:son|daughter|kid|child|boy|girl)\b|\b(?:stinking|reeking|reeks|stinks) of (?:booze|drink|alcohol|wine|beer|weed)\b|\bhungover\b|\bha(?:s|ve) a thing for (?:the |young |little )?(?:\w+ )?(?:girls|boys|pupils|students|kids|children)\b|\bshould be (?:locked up|in prison|in jail|on a register)\b"),
    ("what they did", r"\b(?:everyone|we all|the kids) knows? what (?:he|she|you|they) did\b|\bwhy (?:s?he|they) really left\b"),
    ("inappropriate messages", rf"\b(?:messag\w+|dm\w*|snapchat\w*|texting|sending)\s+(?:the\s+)?(?:{KIDS}|pupils?|students?|girls|boys|year \d+s?|my daughter|my son)\b.{{0,40}}\b(?:late at night|inappropriate|photos|pictures|pics|at night|dodgy|creepy|kisses|x+)\b"),
]

_IMPERSONATION = [
    ("parody account", r"\b(?:official )?parody (?:account|page|profile) (?:of|for)\b|\b(?:not|totally not|definitely not|NOT) (?:a )?(?:parody|fake)\b"),
    ("claims to be staff", r"\b(?:this is|i am|i'?m|im|it'?s|message from|statement from|letter from|note from|update from|here is|speaking as)\s+(?:your\s+|the\s+)?(?:new\s+|real\s+|actual\s+)?(?:head ?teacher|head teacher|headmaster|headmistress|principal|deputy head|head of school|school office|school business manager|senco|chair of governors|governors|school)\b"),
    ("in character confession", r"\b(?:i|we)\s+(?:admit|confess|must confess|can confirm|have decided|will be|am|'?m|are|have)\s+(?:\w+\s+){0,3}(?:hate (?:children|kids|your kids|teaching|this job|this school)|don'?t care about (?:your )?(?:kids|children|pupils)|only in it for the money|fiddl\w+|lied|lying to (?:parents|you)|drunk|useless|a fraud|resigning|cancelling (?:christmas|sats|sports day)|closing (?:the school )?forever)"),
    ("payment request", r"\b(?:pay|send|transfer)\s+(?:£?\d+\s+)?(?:the\s+)?(?:[\w']+\s+){0,3}(?:to|via|through|into|at)\s+(?:this|the|my|our new|my new|the new|our)\s+(?:\w+\s+)?(?:link|account|paypal|number|bank|sort code|gift cards?)\b|\b(?:sort code|bank details|paypal\.me|gift cards?)\b"),
    ("new account claim", r"\b(?:my|our|the school'?s)\s+(?:new|real|official|private|personal)\s+(?:account|page|number|profile|insta|twitter|facebook)\b.{0,40}\b(?:follow|add|message|dm|text|whatsapp|old one|hacked)\b"),
    ("signed as staff", r"(?:^|\n|[.!?]\s+)(?:yours (?:sincerely|faithfully)|regards|love|kind regards|thanks|signed),?\s+(?:mr|mrs|miss|ms|dr)\.?\s+\w+\s*(?:\(|,|-)?\s*(?:the\s+)?(?:head|headteacher|head teacher|principal|deputy)\b"),
    ("first-person staff", r"(?:^|[.!?]\s+|\b(?:hi|hello|hey|dear \w+)[,!]?\s+)(?:this is|i am|i'?m|im|it'?s|its)\s+(?:the real\s+|your\s+)?(?:mr|mrs|miss|ms|dr)\.?\s+[a-z'-]+\b|\b(?:mr|mrs|miss|ms|dr)\.?\s+[a-z'-]+\s*(?:\([^)]{0,40}\)\s*)?(?:here|speaking)\b"),
    ("staff confession", r"\bi (?:hate|can'?t stand|don'?t care about|despise) (?:\w+ ){0,3}(?:children|kids|your kids|your children|teaching|this job|your (?:disabled )?brats)\b|\bi'?m only (?:in it|doing this job|here) for the\b|\bi (?:admit|confess)\b"),
    ("official label", r"^\s*official\b|\bofficial [\w' ]{0,30}(?:update|announcement|statement)\b|^[^.:\n]{3,50}\b(?:update|announcement|notice|statement)\s*:|\b(?:school office|office|head|headteacher|principal|the head)\s+here\b|\((?:official|parody)\)|\b(?:school|academy|primary|high) official\b|\bofficial (?:page|account) of\b"),
    ("my new contact", r"\bmy (?:new|real|private|personal) (?:contact |mobile |phone |text |whatsapp )?(?:account|page|number|profile|insta|snapchat|snap|twitter|facebook|whatsapp)\b|\bmy (?:personal|private) (?:account|paypal)\b"),
    ("mock announcement", r"\b(?:kids|children|pupils|students) (?:are|were) too (?:badly behaved|naughty|stupid|thick|lazy|awful|feral)\b|\bdo not (?:contact|call|ring|email|phone) the (?:school|office)\b|\bcancel(?:ling|led)? (?:every|all|the) (?:\w+ ){0,2}(?:trips?|play|christmas|sports day|sats|holidays?|clubs?)\b|\b(?:cancelled|scrapped|closing|closed|banned) (?:forever|permanently|for good)\b|\bdeal with it\b|\bcan'?t be bothered\b|\bi'?m (?:not|never) (?:answering|reading|replying)\b"),
    ("posing as", r"\b(?:pretending to be|posing as|impersonating|pretend to be|pose as)\s+(?:the|a|mr|mrs|miss|ms|dr|her|his)\b"),
]

NOT_NAME = r"(?!(?:The|Kids|Children|Everyone|Pupils|Those|These|Some|All|Boys|Girls|Someone|Nobody|Anyone|He|She|They|We|I|My|Our|His|Her|Their|Teachers|Staff|Parents|Mum|Dad|Mums|Dads|Year|Class|Reception|Nursery|Lots|Most|Many|Half|One|Two|Three|Everybody)\b)"
NAME = NOT_NAME + r"(?-i:[A-Z][a-z]+)"
_PUPIL = [
    ("named pupil by year", rf"\b(?:year|yr|y)\s?\d{{1,2}}\s*(?:[a-z]\s+)?(?:kid|boy|girl|lad|child|pupil|brat|student|lass|bully|thug)s?\s+(?:called|named|-|,)?\s*{NAME}\b"),
    ("named child", rf"\b(?:kid|boy|girl|lad|child|brat|lass|son|daughter|sprog|runt|thug|monster|bully)\s+(?:called|named)\s+{NAME}"),
    ("parent's child", rf"\b(?:her|his|their|\w+'s)\s+(?:son|daughter|kid|lad|girl|boy|brat|sprog|little darling|precious)\s+{NAME}\b"),
    ("pupil name with class", rf"\b{NAME}\s+(?:\w+\s+)?(?:in|from|of)\s+(?:year|yr)\s?\d{{1,2}}\b|\b{NAME}\s+(?:in|from)\s+(?:class\s+)?\d[a-zA-Z]{{1,2}}\b|\b{NAME}\s+(?:in|from)\s+(?:class|form)\s+(?-i:[A-Z0-9][A-Za-z0-9]{{0,2}})\b"),
    ("pupil surname", rf"\bthe\s+{NAME}\s+(?:kid|kids|boy|boys|girl|girls|brat|brats|twins?|lad|lads)\b"),
    ("child's parent", rf"\b{NAME}'s (?:mum|dad|mam|mother|father|parents)\b|\bthe [a-z]+ (?:boy|girl|kid|lad|twins)s? (?:in|from) (?:year|yr|class)\b|\b{NAME}\s+(?:in|from)\s+(?:reception|nursery)\b"),
    ("photo of pupil", r"\b(?:photo|pic|picture|video|screenshot)s?\s+of\s+(?:the\s+|that\s+)?(?:kid|boy|girl|child|lad|pupil|brat)\b"),
]

THREAT_WEAK = {"not safe", "won't be pretty", "been warned", "hope not to meet", "hospital", "vehicle damage",
               "hope they die", "hope harm", "see what happens", "be a shame if", "not for long"}

# A claim to be staff is only a hint (the real head posts too); with a second cue it is strong.
IMPERSONATION_LEVEL = {"parody account": "strong", "in character confession": "strong", "new account claim": "strong",
                       "claims to be staff": "hint", "first-person staff": "hint", "official label": "hint",
                       "signed as staff": "hint"}

FLAG_CUES: list[tuple[str, str, str, str]] = (
    [("threat", name, "weak" if name in THREAT_WEAK else "strong", p) for name, p in _THREAT]
    + [("abuse", name, "weak", p) for name, p in _ABUSE]
    + [("hate", name, "weak", p) for name, p in _HATE]
    + [("hate", "protected characteristic", "hint", _HATE_HINT)]
    + [("allegation", name, "weak", p) for name, p in _ALLEGATION]
    + [("impersonation", name, IMPERSONATION_LEVEL.get(name, "weak"), p) for name, p in _IMPERSONATION]
    + [("pupil_identified", name, "weak", p) for name, p in _PUPIL]
    + [("threat", name, level, p) for name, level, _, p in cues_more.THREAT]
    + [("threat", name, level, p) for name, level, _, p in cues_more.THREAT_VEILED]
    + [("allegation", name, level, p) for name, level, _, p in cues_more.ALLEGATION_INSINUATED]
    + [("abuse", name, level, p) for name, level, _, p in cues_more.ABUSE]
    + [("hate", name, level, p) for name, level, _, p in cues_more.HATE]
    + [("allegation", name, level, p) for name, level, _, p in cues_more.ALLEGATION]
    + [("impersonation", name, level, p) for name, level, _, p in cues_more.IMPERSONATION]
)

# Cheap pre-checks: a cue's regex runs only if one of its anchors occurs in the lower-cased text
# (plain substring tests are ~100x cheaper than a regex scan). No entry: the regex always runs.
GROUPS = ("muslim", "jew", "gay", "lesbian", "immigrant", "foreign", "black", "asian", "poles", "polish",
          "romanian", "traveller", "gyps", "trans", "disabled", "deaf", "blind", "autistic", "women", "africa",
          "india", "nigeria", "pakistan", "chav", "eastern european", "homo", "lgbt", "pride", "queer")
ANCHORS: dict[str, tuple[str, ...]] = {
    "kill/harm intent": ("kill", "k*ll", "stab", "shoot", "batter", "smash", "knock", "punch", "slap", "hurt", "strangle",
                         "burn", "torch", "beat", "glass", "knife", "deck", "lamp", "bash", "sort", "deal with", "end ",
                         "run over", "put ", "get "),
    "watch yourself": ("watch",), "watch your back": ("watch",), "knows where they live": ("know",),
    "car damage": ("car", "tyre", "tire", "window", "house", "windscreen"), "coming for them": ("coming", "gunning"),
    "waiting for them": ("waiting",), "pay a visit": ("visit",), "deserves violence": ("slap", "kicking", "beating", "battering", "hiding", "smack", "bullet", "knife", "punch", "pasting", "belt"),
    "burn it down": ("burn", "torch", "blow", "bomb"), "won't be safe": ("won", "will not", "wont", "aren", "isn", "ain"),
    "what's coming": ("coming",), "dead": ("dead",), "after school meet": ("after school", "outside", "car park", "carpark", "way home", "alone", "one night"),
    "see what happens": ("happens",), "bring a weapon": ("bring", "brought"), "hope they die": ("hope", "wish"),
    "knows where they live (named)": ("know",), "be a shame if": ("shame", "pity", "awful", "terrible"),
    "not for long": ("longer", "days", "last "), "coming for all": ("coming",), "dead meat": ("dead",),
    "been warned": ("warn", "next time"), "not safe": ("safe", "scared", "afraid", "worried", "careful", "accident"),
    "hospital": ("hospital", "wheelchair", "ground", "box", "canal"), "ambush": ("jump", "rush", "corner", "ambush"),
    "vehicle damage": ("tyre", "tire", "car"), "hope not to meet": ("hope",), "bring weapons": ("bring",),
    "life hell": ("life",), "won't be pretty": ("pretty", "lose", "brave", "tonight", "watching", "tomorrow"),
    "hope harm": ("hope", "wish"), "sort them out": ("sort",),
    "face in": ("face", "head", "teeth"), "wait for them": ("wait",),
    "going to get it": ("get it", "mark my words", "lads"), "show face": ("show", "promise", "one eye"),
    "direct insult": ("you", "loser"), "child's parent": tuple(f"'s {p}" for p in ("mum", "dad", "mam", "mother", "father", "parents"))
    + tuple(f" {w} {x}" for w in ("in", "from") for x in ("year", "yr", "class", "reception", "nursery")),
    "lesson": ("lesson", "physical one", "safe"),
    "has a thing for": ("pregnant", "alone with", "hurting", "pinch", "stink", "reek", "hungover", "a thing for", "locked up", "prison", "jail", "register"),
    "property damage": ("torch", "burn", "smash", "brick", "trash", "wreck", "key", "vandalis", "petrol"),
    "old bag": ("bag", "hag", "trout", "bat", "boot", "crone", "sack of"),
    "mock announcement": ("too ", "do not", "cancel", "forever", "permanently", "for good", "deal with it", "bothered", "answering", "reading", "replying"),
    "insult": ("*", "cunt") + tuple(_INSULT_WORDS), "curse at": ("fuck", "f*", "fck", "feck", "fk", "fu*", "fuc"),
    "insult person": ("*", "cunt") + tuple(_INSULT_WORDS),
    "body shaming": ("fat", "ugly", "hideous", "greasy", "smelly", "stinking"),
    "dehumanising": ("waste", "scum", "piece", "human", "vermin"), "wish ill": ("should be", "needs to be", "deserves to be", "ought to be"),
    "harassment campaign": ("everyone", "every1", "all of you", "all", "spam", "flood", "bombard"),
    "kill yourself": ("kys", "kill"),
    "paedophile claim": ("paed", "pedo", "peado", "pedo", "nonce", "groom", "fiddler", "molest", "predator", "offender", "perv"),
    "touching claim": ("touch", "fondl", "grop", "feel", "interfer"),
    "hits children": ("hit", "slap", "smack", "punch", "kick", "shove", "grab", "manhandl", "dragg", "assault", "abus"),
    "theft claim": ("stole", "steal", "nick", "pocket", "embezzl", "fiddl", "siphon", "skimm", "helping"),
    "thief": ("thief", "crook", "fraud", "criminal", "con artist"),
    "drunk or drugs": ("drunk", "pissed", "hammered", "wasted", "stoned", "high", "face", "coke", "drug", "smelling"),
    "drug dealer": ("deal", "sell"), "affair claim": ("sleeping", "shagging", "affair", "having it", "bedding", "hooked", "sext", "dating"),
    "criminal record": ("record", "conviction", "arrested", "sacked", "struck", "done for"),
    "covered up": ("cover", "hushed", "swept"), "drinking at work": ("drink", "half cut", "coke", "drug", "ket", "face on"),
    "forgery or fraud": ("forg", "falsif", "books", "helped", "pocket", "keeps the"),
    "grooming": ("groom", "interfer", "send"), "what they did": ("knows what", "know what", "really left"),
    "inappropriate messages": ("messag", "dm", "snapchat", "texting", "sending"),
    "parody account": ("parody", "fake"),
    "claims to be staff": ("this is", "i am", "i'm", "im ", "it's", "message from", "statement from", "letter from", "note from", "update from", "here is", "speaking as"),
    "in character confession": ("hate ", "care about", "only in it", "fiddl", "lied", "lying", "drunk", "useless", "fraud",
                                "resign", "cancelling", "closing"),
    "payment request": ("pay", "send", "transfer", "sort code", "bank details", "gift card"),
    "new account claim": ("new", "real", "official", "private", "personal"),
    "signed as staff": ("sincerely", "faithfully", "regards", "love", "thanks", "signed"),
    "first-person staff": ("this is", "i am", "i'm", "im ", "it's", "its ", "here", "speaking"),
    "staff confession": ("hate", "stand", "care about", "despise", "only", "admit", "confess"),
    "official label": ("official", "parody", "update", "announcement", "notice", "statement", "here"), "my new contact": ("my new", "my real", "my private", "my personal"),
    "posing as": ("pretend", "posing", "impersonat", "pose as"),
    "named pupil by year": ("year", "yr") + tuple(f"y{d}" for d in "0123456789"), "named child": ("called", "named"),
    "parent's child": ("son", "daughter", "kid", "lad", "girl", "boy", "brat", "sprog", "darling", "precious"),
    "pupil name with class": tuple(f" {w} {x}" for w in ("in", "from", "of") for x in ("year", "yr", "class", "form", *"0123456789")), "pupil surname": ("the ",),
    "photo of pupil": ("photo", "pic", "video", "screenshot"),
    "go back": ("go back",), "slur (race)": ("paki", "p*ki", "wog", "ngg", "nigg", "ni*", "n1", "coon", "chink", "gypp", "pikey", "kike", "head", "towel", "rag "),
    "slur (sexuality)": ("trann", "shemale", "fag", "f*g", "dyke", "poof", "batty", "lezz", "lesbo"),
    "slur (disability)": ("spas", "spaz", "mong", "retard"),
    "group shouldn't": GROUPS, "shouldn't allow group": GROUPS, "their kind": ("kind", "sort", "lot", "type"),
    "hateful label": ("headscarf", "hijab", "burka", "turban", "rainbow", "pride", "wheelchair"),
    "terrorist smear": ("terror", "bomber"), "terrorist smear (religion)": ("terror", "bomber", "sharia"),
    "groomer smear": ("groom", "pervert", "paedo"), "groomer smear (lgbt)": ("groom", "pervert", "paedo", "agenda", "brainwash"),
    "group as vermin": ("scum", "vermin", "filth", "rat", "parasite", "animal", "cockroach"),
    "vermin": ("scum", "vermin", "filth", "rats", "parasites", "animals", "cockroaches"),
    "send back": ("send", "sent", "ship", "go back", "go home", "belong"), "conspiracy": ("run ", "runs ", "own ", "control", "taking over"),
    "group can't": GROUPS, "women can't": ("women", "kitchen", "no place", "no business"),
    **{name: anchors for group in (cues_more.THREAT, cues_more.THREAT_VEILED, cues_more.ALLEGATION_INSINUATED, cues_more.HATE, cues_more.ABUSE, cues_more.ALLEGATION, cues_more.IMPERSONATION)
       for name, _, anchors, _ in group},
    "protected characteristic": GROUPS + ("islam", "pole", "wheelchair", "hijab", "headscarf", "turban", "halal", "mosque", "english teachers", "british kids", "they/them"),
}


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
    *cues_more.PRAISE,
]

# News and court reporting: cues inside a report are quoted, not said; the rules do not raise those.
REPORTING = [
    r"\b(?:court|magistrates|crown court|tribunal|jury|judge|the hearing)\s+(?:heard|was told|told|found|ruled|cleared|sentenced)\b",
    r"\b(?:pleaded|pled|admitted)\s+(?:guilty|not guilty)\b", r"\b(?:was|were|has been|have been)\s+(?:charged|convicted|sentenced|jailed|fined|cautioned|cleared|acquitted|given a)\b",
    r"\b(?:police|a police spokesperson|detectives|officers|a spokesperson|a spokeswoman|a spokesman|the trust|the council|the local authority)\s+(?:said|confirmed|are investigating|have appealed|is investigating|told)\b",
    r"\b(?:told the court|told reporters|told the (?:\w+ )?(?:echo|gazette|post|herald|mercury|chronicle|bbc|news|advertiser|courier|times|observer|star))\b",
    r"\b(?:according to (?:police|court|the report|officers|documents))\b", r"\b(?:ofsted (?:found|said|inspectors|report))\b",
    r"\b(?:reporting on|reports? that|the (?:\w+ )?(?:echo|gazette|post|herald|mercury|chronicle|news|advertiser|courier|times|observer|star) (?:said|reports?|reported|understands))\b",
    r"\bmessages (?:seen by|read out|shown to)\b", r"\bwas (?:reported|quoted) (?:as saying|to have)\b",
    # warnings and counter-speech: a post that reports a fake account or condemns abuse is not the abuse
    r"\b(?:fake (?:page|account|profile|facebook|letter)|scam alert|is not from (?:us|the school)|are not from (?:us|the school)|is not us|isn'?t us|will never ask|do not pay|don'?t pay anything|please report it|reported (?:it )?to (?:the )?(?:platform|police|school)|been removed and reported|don'?t engage|do not engage|has to stop|need to be kinder|do better)\b",
    *cues_more.COUNTER_SPEECH,
]

# A generic reference to a member of staff, for texts about schools that are not in the profile.
STAFF_REFERENCE = re.compile(
    r"\b(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir)\.?\s+[A-Z][A-Za-z'\-]+"
    r"|(?:the\s+)?(?:head ?teacher|head teacher|headmaster|headmistress|head|deputy(?: head)?|principal|senco|dsl"
    r"|teacher|form tutor|class teacher|teaching assistant|caretaker|receptionist|office manager|business manager"
    r"|chair of governors|governor|pe teacher|dinner lady))\b",
    re.IGNORECASE,
)
STAFF_TITLE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir)\.?\s+[A-Z][A-Za-z'\-]+")
SCHOOL_REFERENCE = re.compile(r"\b(?:school|academy|primary|college|nursery|infants|juniors|sixth form|high)\b", re.IGNORECASE)

TITLES = ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Sir")


Cue = tuple[str, str, str, re.Pattern[str], frozenset[str]]
ALL_ANCHORS: tuple[str, ...] = tuple(sorted({a for anchors in ANCHORS.values() for a in anchors}))
TEXT_KEY = "schoolwatch.text"


def doc_text(doc) -> str:  # noqa: ANN001 (a spaCy Doc; this module stays free of spaCy)
    """``doc.text``, computed once per doc (spaCy rebuilds it from the tokens on every access)."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


KEY_LEN = 3
WORD = re.compile(r"[^\W_]+")
# Anchors indexed by the first KEY_LEN characters of the word they start with; an anchor that does
# not start with a letter or digit, or whose first word is shorter, is always tested as a substring.
_BY_KEY: dict[str, tuple[str, ...]] = {}
_SHORT_LIST: list[str] = []
for _a in ALL_ANCHORS:
    _m = WORD.match(_a)
    if _m and len(_m.group()) >= KEY_LEN:
        _BY_KEY[_a[:KEY_LEN]] = _BY_KEY.get(_a[:KEY_LEN], ()) + (_a,)
    else:
        _SHORT_LIST.append(_a)
_SHORT = tuple(_SHORT_LIST)
_KEYS = frozenset(_BY_KEY)


def present_anchors(lowered: str) -> set[str]:
    """The anchors that occur in ``lowered``.

    One regex pass lists the text's words; an anchor is tested as a substring only when some word
    (or the part after an ``_`` or ``'``, as in ``@school_official``) starts with its first three
    characters. Anchors that start with a space, a star or an emoji are always tested.
    """
    found = {a for a in _SHORT if a in lowered}
    for key in _KEYS.intersection([w[:KEY_LEN] for w in WORD.findall(lowered)]):
        for a in _BY_KEY[key]:
            if len(a) == KEY_LEN or a in lowered:
                found.add(a)
    return found


def case_free(pattern: str) -> bool:
    """Whether ``pattern`` can run case-sensitively on lower-cased text (about twice as fast as IGNORECASE)."""
    return "(?-i:" not in pattern and "A-Z" not in pattern


def compile_pattern(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled for lower-cased text, or with IGNORECASE for the original text if it needs case.

    A caller runs a pattern on the lower-cased text unless ``pattern.flags & re.IGNORECASE``.
    """
    return re.compile(pattern) if case_free(pattern) else re.compile(pattern, re.IGNORECASE)


def compile_cues() -> tuple[list[Cue], list[re.Pattern[str]], list[re.Pattern[str]]]:
    """Compiled ``FLAG_CUES`` (with their ``ANCHORS``), ``IDIOMS`` and ``REPORTING`` (see :func:`compile_pattern`)."""
    cues = [(flag, name, strength, compile_pattern(p), frozenset(ANCHORS.get(name, ())))
            for flag, name, strength, p in FLAG_CUES]
    return cues, [compile_pattern(p) for p in IDIOMS], [compile_pattern(p) for p in REPORTING]
