"""Session 2c critical examples: complaints about SEND provision, bullying handling, exclusions,
behaviour policies, food, buildings and trips, in short social-media registers: X replies, TikTok and
Instagram comments, WhatsApp messages pasted into posts, text-speak, ALL CAPS, emoji, swearing at the
situation and sarcasm. Negative but lawful: no threats, slurs, exposure or criminal allegations.

Every school, town and person here is invented. Rows: (label, flags, text) or (label, flags, text, group).
"""

C = "critical"

EXAMPLES = [
    # --- SEND --------------------------------------------------------------------------------------------
    (C, "", "EHCP says 15 hrs 1:1. Actual 1:1 this term: about 3 hrs a week, and that's a TA who's also covering lunch. Thistlecombe are breaking the law and the LA knows it."),
    (C, "", "My autistic son has been put on a 'reduced timetable' for 9 weeks now. 10am-12pm. That's not support, that's an informal exclusion and I'm done being polite about it."),
    (C, "", "They took away his ear defenders because 'other kids will want them'. So now he melts down every assembly and gets a sanction for it. Make it make sense."),
    (C, "", "SEN parents of Oxenby, is anyone else's child spending most of the day in 'the hub' with no actual teaching? Mine's done colouring for three weeks."),
    (C, "", "Asked for a sensory break plan in September. It's now February. 'It's with the SENCO.' The SENCO has been on the case for five months for a piece of A4."),
    (C, "", "The trust has cut the specialist resource base at Linnetgate from 12 places to 6 without telling the families who were promised places for September. Absolutely spineless decision."),
    (C, "", "My daughter has selective mutism. The school keep making her read aloud in assembly 'to build confidence'. It's in her plan NOT to. How many times?"),
    (C, "", "Dyslexia screening at Cresswold costs £0 and takes 20 minutes. They've been 'getting round to it' for 18 months. Paid for a private one myself. Surprise: severe dyslexia."),
    (C, "", "honestly the way mainstream schools treat adhd kids is criminal (not literally, before anyone starts). sanctions sanctions sanctions and then surprise pikachu when they get excluded"),
    (C, "", "Annual review done. School's contribution: 'he is a lovely boy who tries hard.' One sentence. For a legal document. I nearly cried."),
    # --- bullying handling ------------------------------------------------------------------------------
    (C, "", "My son has been punched, had his bag thrown in the pond, and had his phone taken. School response? 'We've had a restorative conversation.' He doesn't need a conversation, he needs to be safe."),
    (C, "", "Marram Bay High's anti bullying policy is 9 pages long. Shame nobody there has read it."),
    (C, "", "They moved MY daughter out of the class. The girls who were bullying her stayed put. Apparently that's 'the least disruptive option'. For who?"),
    (C, "", "If your school's answer to bullying is 'just ignore them' in 2024 then your school has failed. Pennyfold, that's you."),
    (C, "", "Year 7 girl has been called names for months over her weight. The head of year told her mum she should 'toughen up a bit'. That's the pastoral lead. I'm speechless."),
    (C, "", "Pastoral 'investigated' by asking the kid who did it whether he did it. He said no. Case closed. Sherlock Holmes would be proud."),
    (C, "", "Bullying happens everywhere, I get it. What I don't get is a school that won't even log it because it'll 'affect the figures'. We were literally told that."),
    # --- exclusions, behaviour ------------------------------------------------------------------------
    (C, "", "Permanent exclusion for a first offence, for a 12 year old, at an 'inclusive' academy. Governors' meeting next week. We are fighting this."),
    (C, "", "Isolation booth for 5 days for dyed hair. FIVE DAYS sat in a cubicle facing a wall. This is what passes for education at Wyvernhurst now."),
    (C, "", "The new behaviour policy at Copperbeck has 'consequence steps' C1 to C5 and a kid can go from C1 to C5 in one lesson for, and I quote, 'low level non-compliance'. It's designed to exclude."),
    (C, "", "Over 200 suspensions in one academic year at a school with 900 kids. Those are the school's own figures. Something is badly wrong with the approach."),
    (C, "", "Kids being sent home for wearing the wrong shoes during a cost of living crisis. Great. Send them home to an empty house with no lunch. Real safeguarding there."),
    (C, "", "'Warm strict' they call it. All I've seen is strict. Haven't spotted the warm yet."),
    # --- X / Twitter replies ---------------------------------------------------------------------------
    (C, "", "@CresswoldAcad you tweeted 'proud of our community' 20 minutes after telling 30 families their kids can't sit GCSE music because you've cut the teacher. Bold."),
    (C, "", "replying to the school's 'we value parent voice' tweet with the 47 unanswered emails I've sent this year"),
    (C, "", "@ThistlecombeHS the toilets in the new block have been 'out of order' for 6 weeks. Girls are going all day without. Can we fix the basics before the next award ceremony?"),
    (C, "", "Remember when @HarbottleRise promised no more supply teachers in core subjects? Maths has had 3 since January. Keep receipts, people."),
    (C, "", "Cool. Another press release from the trust about 'world class education'. Meanwhile the roof in C block is held up by a bucket."),
    (C, "", "ratio'd by the parents in the comments, as it should be. fix the heating @LinnetgatePri"),
    # --- TikTok / Instagram comments --------------------------------------------------------------------
    (C, "", "this school filmed a whole 'day in the life' tiktok and didn't show the 45 min queue for lunch where half the kids get nothing hot 😭"),
    (C, "", "POV: you went to Oxenby and you're watching their new promo video knowing none of those teachers are still there 💀"),
    (C, "", "the way this school posts about mental health awareness week and then gives detentions for crying in class... the irony is killing me"),
    (C, "", "comment under the school's insta post about the new gym: and the science labs with no gas taps? asking for every GCSE student"),
    (C, "", "as a parent at this school i can confirm the 'inclusive' caption is doing a LOT of heavy lifting 🙃"),
    (C, "", "not the school posting 'smiling faces on results day' when half of 11 were told not to bother sitting triple science 🤡"),
    # --- WhatsApp pasted, group chat ------------------------------------------------------------------------
    (C, "", "Screenshot from the Year 4 parents' WhatsApp, shared with permission: 'Anyone else's kid told they can't go to the toilet in lessons? Mine wet herself today and was too embarrassed to tell anyone.' This needs raising with the head."),
    (C, "", "Pasted from class WhatsApp: 'Is anyone else sick of the reading record police? Got a 'reminder' because I didn't initial ONE night.' 😂 honestly Kingsmarsh priorities are all wrong"),
    (C, "", "Message from a friend in the Year 6 chat: 'SATs practice every day since January, no art no music no PE some weeks'. And people wonder why the kids hate school."),
    # --- ALL CAPS, typos, text-speak -------------------------------------------------------------------------
    (C, "", "HOW IS IT ACCEPTABLE THAT MY SON HAS HAD NO SCIENCE TEACHER SINCE OCTOBER. HE HAS HIS GCSE IN 14 WEEKS. WHERE IS THE HEAD???"),
    (C, "", "THIRD TIME THIS TERM THE SCHOOL HAS CLOSED EARLY FOR 'STAFF TRAINING'. SOME OF US HAVE JOBS."),
    (C, "", "cant beleive they r charging £4 for a slice of pizza at the summer fair n its cold. worst fair ever sry"),
    (C, "", "wot is the point of parents evening if the teacher dont even no ur childs name lol. 5 mins of 'hes doing fine'"),
    (C, "", "my dd came home soaked AGAIN bc they made them do pe outside in the rain w no coats. 3rd time. not ok"),
    (C, "", "u kno its bad wen the dinner ladies r the only ppl in that school who actually care abt the kids"),
    (C, "", "pickup was CARNAGE again today. no staff on the gate, cars on the zigzags, a reception kid nearly got clipped. sort it out pls"),
    # --- sarcasm ----------------------------------------------------------------------------------------------
    (C, "", "Great news everyone, the school has found the money for a new electronic sign out front telling us how outstanding they are. Sadly still no money for a second Year 1 TA."),
    (C, "", "Loving the school's new 'character curriculum'. My son's character now includes a deep hatred of mornings."),
    (C, "", "Nothing says 'we value your child' like a form letter addressed to 'Parent/Carer of [INSERT NAME]'."),
    (C, "", "Lost property at Sallowmere is where coats go to die. Three this term. I'm starting to think it's a business model 🧥💸"),
    (C, "", "Good to see the academy trust's priorities are in order: new CEO car, new logo, new website. Old textbooks."),
    (C, "", "Ah yes, the annual 'we're listening' survey. Filled it in last year. Nothing happened. Filled it in the year before. Nothing happened. Can't wait to fill it in again 🙂"),
    # --- swearing at the situation -------------------------------------------------------------------------
    (C, "", "Absolute clusterf*ck of a sports day. No water, kids in full sun for three hours, and the parents' race cancelled 'for time' while the PTA raffle ran 40 mins over."),
    (C, "", "Sh*t show of a transition day. My son was left sitting in reception for an hour because nobody had his name on a list."),
    (C, "", "Bloody hell, another 'mufti day' I didn't know about. Thanks for the 7am text, Pennyfold, really helpful."),
    (C, "", "School dinners are a f***ing disgrace. Beige food, tiny portions, and the kids with free school meals get whatever's left at the end."),
    (C, "", "It's a piss take, honestly. £45 PE kit with the logo on, and it's compulsory, and it shrinks in the wash."),
    (C, "", "this homework app is the worst thing ever invented. crashed 4 times, lost my daughters work twice, and she gets a detention for 'not submitting'. what a crock of sh*t"),
    # --- buildings, food, safety -------------------------------------------------------------------------------
    (C, "", "RAAC in the roof and nobody told parents until the local paper ran it. That's the bit that gets me. Not the concrete, the silence."),
    (C, "", "Heating off in January at Sallowmere 'to save money'. Kids in coats all day. Meanwhile the trust HQ is toasty I'm sure."),
    (C, "", "Rats in the kitchen, reported by the local authority inspection. Two stars for hygiene. And they still expect us to pay £2.60 a day for dinners."),
    (C, "", "The main gate at Harbottle Rise doesn't lock properly and hasn't for months. I've reported it. Twice. Anyone can walk in. That's a basic safety failure."),
    (C, "", "Year 1 classroom has no windows that open. In June. 28 kids. Teacher's doing her best with a desk fan."),
    # --- trips, clubs, curriculum ----------------------------------------------------------------------------------
    (C, "", "Cancelling Year 8 French to fit in 'extra maths' is a short-sighted decision and I've told the governors as much."),
    (C, "", "They've scrapped after school clubs for everyone except the 'gifted and talented'. So the kids who'd benefit most get nothing. Great equity work."),
    (C, "", "The Year 6 residential costs £395 and the school has 'no hardship fund this year'. So a third of the class just won't go. That's a disgrace in this town."),
    (C, "", "Whole year group banned from the Christmas disco because of 'behaviour'. Punishing 90 kids for what 4 did. Lazy."),
    # --- short verdicts -------------------------------------------------------------------------------------------
    (C, "", "Avoid. Just avoid."),
    (C, "", "Worst decision we made was choosing this school."),
    (C, "", "Declining. Fast."),
    (C, "", "Nice kids, shocking management."),
    (C, "", "Not fit for purpose tbh."),
    (C, "", "Sinking ship, rats leaving. (The good teachers, I mean.)"),
    (C, "", "Great PR team, shame about the school."),
    (C, "", "they care about ties more than teaching"),
    (C, "", "If you've got a choice, go elsewhere."),
    # --- mixed voices ----------------------------------------------------------------------------------------------
    (C, "", "Dad here, don't normally post. Went to the Year 3 class assembly and the kids did 20 minutes of poems. Lovely. Then the head gave a 15 minute lecture to parents about 'lateness' in front of the children. Read the room, Mrs Oduya."),
    (C, "", "I'm a teacher at another school and honestly, the way Copperbeck is treating their SEN families is embarrassing for our whole profession."),
    (C, "", "Local resident, not a parent: the staff car park overflow means our road is blocked every single morning and the school has ignored three letters from the residents' association."),
    (C, "", "yr 13 here. the sixth form was sold to us as 'university preparation'. we've had no careers advisor since christmas and UCAS deadline is in 3 weeks. thanks for nothing"),
    (C, "", "As an Urdu-speaking parent I have asked four times for letters in Urdu or a translator at meetings. Four times I was told it's 'being looked into'. My husband has to take a day off work to come and translate."),
    (C, "", "Grandma of two at Kingsmarsh. I'm sorry to say the reception staff were curt and unhelpful when I asked about a medical form. I've volunteered in schools for 30 years and this isn't how it's done."),
    (C, "", "My wife and I have both taken our concerns to the head and the chair of governors in writing. We've had one acknowledgement and no substance. We are now considering a move to another school and we won't be quiet about why."),
]
