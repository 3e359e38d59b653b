"""Impersonation cues: posing as the school or its staff, scams in their name, parody accounts.

A claim to be staff ("This is Mr X") is only a hint, since the real head posts too; with a second
impersonation cue on other words (a payment request, a confession) it becomes strong. Strong cues
count only when the text names a target (``decide``). Entries are ``(rule, strength, anchors,
pattern)`` (see :mod:`nlp.components.cues`).
"""

from __future__ import annotations

from nlp.components.cues.cue import Cue
from nlp.components.cues.words import CHILD_OF

FLAG = "impersonation"

CUES: list[Cue] = [Cue(FLAG, rule, strength, anchors, pattern) for rule, strength, anchors, pattern in [
    ("parody account", "strong", ("parody", "fake"),
     r"\b(?:official )?parody (?:account|page|profile) (?:of|for)\b|\b(?:not|totally not|definitely not|NOT) (?:a )?(?:parody|fake)\b"),
    ("claims to be staff", "hint", ("this is", "i am", "i'm", "im ", "it's", "message from", "statement from", "letter from", "note from", "update from", "here is", "speaking as"),
     r"\b(?:this is|i am|i'?m|im|it's|message from|statement from|letter from|note from|update from|here is|speaking as)\s+(?:your\s+|the\s+)?(?:new\s+|real\s+|actual\s+)?(?:head ?teacher|head teacher|headmaster|headmistress|principal|deputy head|head of school|school office|school business manager|senco|chair of governors|governors|school)\b"),
    ("in character confession", "strong", ("hate ", "care about", "only in it", "fiddl", "lied", "lying", "drunk", "useless", "fraud",
      "resign", "cancelling", "closing"),
     r"\b(?:i|we)\s+(?:admit|confess|must confess|can confirm|have decided|will be|am|'?m|are|have)\s+(?:\w+\s+){0,3}(?:hate (?:children|kids|your kids|teaching|this job|this school)|don'?t care about (?:your )?(?:kids|children|pupils)|only in it for the money|fiddl\w+|lied|lying to (?:parents|you)|drunk|useless|a fraud|resigning|cancelling (?:christmas|sats|sports day)|closing (?:the school )?forever)"),
    ("payment request", "weak", ("pay", "send", "transfer", "sort code", "bank details", "gift card"),
     r"\b(?:pay|send|transfer)\s+(?:£?\d+\s+)?(?:the\s+)?(?:[\w']+\s+){0,3}(?:to|via|through|into|at)\s+(?:this|the|my|our new|my new|the new|our)\s+(?:\w+\s+)?(?:link|account|paypal|number|bank|sort code|gift cards?)\b|\b(?:sort code|bank details|paypal\.me|gift cards?)\b"),
    ("new account claim", "strong", ("new", "real", "official", "private", "personal"),
     r"\b(?:my|our|the school'?s)\s+(?:new|real|official|private|personal)\s+(?:account|page|number|profile|insta|twitter|facebook)\b.{0,40}\b(?:follow|add|message|dm|text|whatsapp|old one|hacked)\b"),
    ("signed as staff", "hint", ("sincerely", "faithfully", "regards", "love", "thanks", "signed"),
     r"(?:^|\n|[.!?]\s+)(?:yours (?:sincerely|faithfully)|regards|love|kind regards|thanks|signed),?\s+(?:mr|mrs|miss|ms|dr)\.?\s+\w+\s*(?:\(|,|-)?\s*(?:the\s+)?(?:head|headteacher|head teacher|principal|deputy)\b"),
    ("first-person staff", "hint", ("this is", "i am", "i'm", "im ", "it's", "its ", "here", "speaking"),
     r"(?:^|[.!?]\s+|\b(?:hi|hello|hey|dear \w+)[,!]?\s+)(?:this is|i am|i'?m|im|it'?s|its)\s+(?:the real\s+|your\s+)?(?:mr|mrs|miss|ms|dr)\.?\s+[a-z'-]+\b|\b(?:mr|mrs|miss|ms|dr)\.?\s+[a-z'-]+\s*(?:\([^)]{0,40}\)\s*)?(?:here|speaking)\b"),
    ("staff confession", "weak", ("hate", "stand", "care about", "despise", "only", "admit", "confess"),
     r"\bi (?:hate|can'?t stand|don'?t care about|despise) (?:\w+ ){0,3}(?:children|kids|your kids|your children|teaching|this job|your (?:disabled )?brats)\b|\bi(?:'?m| am) only (?:in it|doing this job|here) for the\b|\bi (?:admit|confess)\b"),
    ("official label", "hint", ("official", "parody", "update", "announcement", "notice", "statement", "here"),
     r"^\s*official\b|\bofficial [\w' ]{0,30}(?:update|announcement|statement)\b|^[^.:\n]{3,50}\b(?:update|announcement|notice|statement)\s*:|\b(?:school office|office|head|headteacher|principal|the head)\s+here\b|\((?:official|parody)\)|\b(?:school|academy|primary|high) official\b|\bofficial (?:page|account) of\b"),
    ("my new contact", "weak", ("my new", "my real", "my private", "my personal"),
     r"\bmy (?:new|real|private|personal) (?:contact |mobile |phone |text |whatsapp )?(?:account|page|number|profile|insta|snapchat|snap|twitter|facebook|whatsapp)\b|\bmy (?:personal|private) (?:account|paypal)\b"),
    ("mock announcement", "weak", ("too ", "do not", "cancel", "forever", "permanently", "for good", "deal with it", "bothered", "answering", "reading", "replying"),
     r"\b(?:kids|children|pupils|students) (?:are|were) too (?:badly behaved|naughty|stupid|thick|lazy|awful|feral)\b|\bdo not (?:contact|call|ring|email|phone) the (?:school|office)\b|\b(?:cancel(?:ling|led)? (?:every|all)|(?:we|i)(?:'ve| have)? (?:decided to |will |are going to )?cancel(?:led)? the) (?:\w+ ){0,2}(?:trips?|play|christmas|sports day|sats|holidays?|clubs?)\b|\b(?:cancelled|scrapped|closing|closed|banned) (?:forever|permanently|for good)\b|(?<!to )(?<!should )(?<!must )(?<!will )(?<!'ll )(?<!can )(?<!need )(?<!and )(?<!could )\bdeal with it\b|\bcan'?t be bothered\b|\bi'?m (?:not|never) (?:answering|reading|replying)\b"),
    ("posing as", "weak", ("pretend", "posing", "impersonat", "pose as", "tweet", "videos as", "tiktoks as", "voices as"),
     r"\b(?:pretending to be|pretended to be|posing as|impersonating|pretend to be|pose as|tweet(?:s|ed|ing)? as"
     r"|doing (?:videos|tiktoks|voices) as)\s+(?:the|a|mr|mrs|miss|ms|dr|her|his|him|my)\b"),
    # scams and accounts posing as the school: payments, children's details, new numbers, parody
    ("new bank details", "weak", ("new", "changed", "updated", "different", "personal account", "to me"),
     r"\b(?:new|changed|updated|different)\s+(?:bank|payment|account|payee|school fund)\s*(?:details|account|provider|number)?\b[^\n]{0,80}\b(?:pay|transfer|send|cleared|contributions?|donat\w+|balances?|payee|sort code|\d\d-\d\d-\d\d)|\b(?:pay|transfer|send|cleared|contributions?|payments?)\b[^\n]{0,60}\b(?:new account|new bank|personal account|to me\b)"),
    ("sort code", "weak", ("-",), r"\b\d{2}-\d{2}-\d{2}\b[,\s]+\d{8}\b"),
    ("gift card codes", "strong", ("card", "voucher"),
     r"\b(?:itunes|apple|amazon|google play|steam|gift)\s+(?:gift\s+)?(?:cards?|vouchers?)\b[^\n]{0,80}\b(?:codes?|send|text|reimburse|pick up)\b"),
    ("card details", "weak", ("card details", "bank details", "card number", "login"),
     r"\b(?:enter|send|give|confirm|update|provide)\s+(?:us\s+)?(?:your\s+)?(?:card|bank|account|login)\s+(?:details|number|info)\b"),
    ("fee to secure", "weak", ("fee", "deposit"),
     rf"\b(?:pay|send|transfer)\s+(?:a|an|the)?\s*(?:£\s?\d+\s+)?(?:\w+\s+)?(?:fee|deposit)\b[^\n]{{0,60}}\b(?:to secure|to confirm|to the account|below|before|upfront|up front)\b|\bto secure your (?:interview|place|job|spot)\b"),
    ("child details request", "weak", ("name", "address", "photo", "pic", "date of birth", "dob", "walks home", "route",
                                      "child", "kid", "son", "daughter", "little one"),
     rf"\b(?:send|give|message|dm|reply|comment|tell|text|email|share|enter|answer)\b[^.!?\n]{{0,60}}\b(?:{CHILD_OF}\s+(?:full\s+)?(?:name|address|date of birth|dob|photo|age|year group|school)|(?:photos?|pics?|pictures?)\s+of\s+(?:their|your)\s+(?:child|children|kids?|son|daughter)|full[- ]length (?:pics|photos|pictures)|(?:name|age),? (?:age|class|address),? and (?:a )?(?:photo|address|phone))|\bwhat time (?:my|your|his|her) (?:daughter|son|child|kid) walks home\b"),
    ("new contact claim", "weak", ("new", "old", "hacked", "moved"),
     r"\b(?:has|have|got|with|using)\s+a\s+new\s+(?:text\s+|mobile\s+|phone\s+|contact\s+|whatsapp\s+)?(?:number|account|page|profile|email)\b|\b(?:the\s+)?old\s+(?:\w+\s+)?(?:page|account|number|profile)\s+(?:was|has been|got|is)\s+(?:hacked|closed|deleted|no longer)|\bmessages from the old number\b|\bfollow our new\b|\bwe'?ve moved here\b"),
    ("official handle", "weak", ("official", "offical", "_real", ".real", "real_", "@"),
     r"@\w*(?:official|offical|_real|real_)\w*|['‘\"]\w+[._]\w*(?:official|offical)\w*['’\"]|\b\w+[._](?:official|offical)\b|\bofficial\b\s*[).:]|\((?:official)\)|✔️?\s*\(official\)"),
    # weak: a parody of a named head is impersonation, a parody of the school minibus is not; one
    # rule with the "not affiliated lol" disclaimer, so the two together do not count as two cues
    ("parody or satire", "weak", ("parody", "satire", "satirical", "not really", "affiliated"),
     r"\(?not (?:officially )?affiliated\b[^)\n]{0,20}(?:lol|😂|haha)|\((?:parody|satire|not really (?:\w+\s*){1,3})\)|\b(?:it'?s|this is|just|pure|obviously|account is)\s+(?:a\s+)?(?:satire|parody|satirical)\b|\bparody\s+(?:account|page|profile|twitter|insta\w*|tiktok)\b"),
    ("claiming to be", "weak", ("claiming", "claims", "posing", "pretending", "posted as", "posting as", "named", "called", "writing as", "purporting"),
     r"\b(?:claiming to be|claims to be|purporting to be|posting as|posted as|an account (?:named|called)|writing as)\s+['‘\"]?(?:from\s+)?(?:(?:the\s+|a\s+|an\s+|its\s+)?(?:mr|mrs|miss|ms|dr|head\w*|principal|deputy|teacher|school|academy|staff|office|pta|finance)|(?-i:[A-Z][a-z]+))\b"),
    ("only official channel", "weak", ("only place", "only page", "only account", "only way", "retired", "approved supplier", "invoice attached", "contract can be"),
     r"\b(?:this is now|is now|will now be) the only (?:place|page|account|way|channel)\b|\bwebsite is being (?:retired|closed|shut)\b|\bthrough our approved supplier\b|\binvoice attached\b|\bbefore your contract can be issued\b"),
    ("account posting as", "weak", ("account", "page", "profile", "user", "u/", "run by"),
     r"\b(?:account|page|profile|user|handle)\s+(?:['‘\"@][^'’\"\n]{2,40}['’\"]?|u/\w+)\s*:?\s*(?:\w+\s+)?(?:posting|posted|says|said|is live|has posted|wrote|writes)\b|\b(?:this|the) (?:account|page) (?:@\w+ )?is run by\b|\bu/\w*(?:head|teacher|principal|school)\w*"),
    ("payment to a person", "weak", ("transfer", "send", "pay"),
     r"\b(?:transfer|send|pay)\s+(?:£\s?\d+\s+)?(?:\w+\s+){0,2}to\s+(?:the organiser|the treasurer|me\b|mrs \w+|mr \w+|miss \w+|ms \w+|(?:her|his) (?:own|personal))"),
    ("unchecked job", "weak", ("no dbs", "no check", "cash in hand", "dbs fee"),
     r"\bno (?:dbs|background|safeguarding) checks?\b|\bno checks (?:needed|required)\b|\bcash in hand\b|\bdbs fee\b"),
    ("crowdfunding as school", "weak", ("gofundme", "justgiving", "crowdfund"),
     r"\b(?:gofundme|justgiving|crowdfund\w*)\b[^\n]{0,80}\b(?:organi[sz]ed by|set up by|run by|from)\b"),
    ("first-person role", "hint", ("i'm", "im ", "i am", "it's", "its ", "we are", "we're", "quick one from", "this is the", "here"),
     r"\b[a-z'-]+(?: [a-z'-]+)? here,?\s+(?:the\s+|your\s+)?(?:new\s+)?(?:head\w*|principal|deputy head|class teacher|senco|office manager|business manager)\b|\b(?:i'?m|im|i am|it'?s|its|we are|we're|quick (?:one|message|note) from|this is the)\s+(?:\w+,?\s+)?(?:me,?\s+)?(?:(?:mr|mrs|miss|ms|dr)\.?\s+\w+|the new \w+(?: \w+)?|head of year \d+|the pta|(?:the\s+)?(?:office manager|business manager|finance team|headteacher|head teacher|head|principal|deputy head|senco))\b"),
    # a plan to pose as someone ("gonna make a fake account as miss X")
    ("fake account plan", "weak", ("fake",),
     r"\b(?:make|made|making|set up|setting up|create|created|start|started)\s+(?:a\s+|another\s+)?fake\s+(?:account|page|profile"
     r"|insta\w*|tiktok|facebook|twitter|email)\s+(?:as|of|pretending|for|in (?:her|his) name)\b"),
    # the writer owns up to a fake ("I made the fake Brackenmoor High page", "me and Ollie made a fake Mrs X Snapchat")
    ("made a fake", "weak", ("made", "created", "did", "dropped", "set up", "wrote", "forged", "printed", "started", "posted",
                             "sent", "run", "ran", "running", "registered"),
     r"\b(?:i|we|me and \w+|\w+ and me|i'?ve|we'?ve)\s+(?:just\s+|literally\s+|also\s+)?(?:made|created|did|dropped|set up"
     r"|wrote|forged|printed|started|posted|sent|run|ran|am running|'?m running|been running|registered)\s+(?:a|the|an"
     r"|another|this|that|these)\s+(?:\w+\s+){0,2}?(?:fake|parody|forged|pretend)\s+(?:[\w'@.]+\s+){0,3}?(?:account|acc|page"
     r"|letter|email|profile|post|statement|notice|tiktok|insta\w*|snap\w*|twitter|facebook|website|site|app|group|number"
     r"|whatsapp|teams)\b"),
    # a fake account promoted, AI-faked voice or video, "so it looks official"
    ("fake promoted", "weak", ("fake", "ai voice", "deepfake", "deep fake", "voice clone", "cloned", "face swap", "faceswap",
                               "looks official", "looks real", "looks legit"),
     r"\bfake\s+(?:\w+\s+){0,2}(?:acc|account|page|profile)\b[^.\n]{0,30}\b(?:follow|is back|go follow|check out)\b"
     r"|\b(?:ai voice|deep ?fake|voice clone|cloned (?:his|her|their) voice|face ?swap\w*)\b|\bso it looks (?:official|real|legit)\b"),
    ("card re-registration", "weak", ("register", "verify", "confirm", "re-enter", "reenter", "update your"),
     r"\b(?:re-?register|verify|confirm|re-?enter|update)\s+your\s+(?:bank\s+|debit\s+|credit\s+)?(?:card|bank details"
     r"|payment details|account details)\b"),
    # photos of a child at home asked for ("send me a few photos of her at home", "a photo of them reading in bed")
    ("child photos asked", "weak", ("photo", "pic", "picture", "video"),
     r"\b(?:photos?|pics?|pictures?|videos?)\s+of\s+(?:them|him|her|your (?:child|children|kids?|son|daughter)|\w+)\s+"
     r"(?:at home|reading|in (?:their|the|his|her) (?:bath|bed|bedroom|pyjamas|pjs|swimwear|swimming costume|pe kit))\b"),
]]
