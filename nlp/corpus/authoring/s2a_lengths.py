"""Session 2a examples at the ends of the length range: long forum posts, multi-paragraph Facebook
rants, pasted WhatsApp exchanges and news copy (malicious and their near misses), plus very short
replies and comments of a few words.

Every school, town and person here is invented. Rows: (label, flags, text) or (label, flags, text, group).
"""

N, C, M = "neutral", "critical", "malicious"

EXAMPLES = [
    # --- long malicious --------------------------------------------------------------------------
    (M, "threat", "I've sat on this for a week but I'm posting it now. On Tuesday Mr Oduya kept my son back after class and screamed in his face. My son came home shaking. The school have 'logged it'. Logged it! So here's my log. I know Mr Oduya does the late bus duty on a Wednesday. I know he walks back through the cut by the allotments to get to his car. I'm not going to say anything else on here because I'm not stupid, but he should have thought about who my son's dad is before he opened his mouth.", "s2a-sat-on-this"),
    (M, "threat abuse", "Message to the so-called head of Amberleigh, since you've blocked my email: you are a coward and a liar and you have ruined my daughter's year. You think the police will help you? They take an hour to come out round here. An hour is a long time. I'm at the gate every morning and every afternoon and one of these days you'll have to walk past me without your little office to hide in. Enjoy your weekend, it might be your last quiet one."),
    (M, "threat", "[08:14] Kerry: did u see what that cow said to Jayden\n[08:15] Kerry: im going up there\n[08:15] Shaz: dont do anything stupid\n[08:16] Kerry: not stupid. shes getting a fist in her mouth the second she comes out the staff door. tell the others to come and watch\n[08:16] Kerry: and tell her TA shes next"),
    (M, "abuse", "Long post, sorry. I want every parent in Year 3 to know what Mrs Ogundele is really like. She is lazy. She is rude. She sits on her phone while the TA does everything. She is so fat she can't get down to the kids' tables, so she shouts from the front like a fishwife. She looks like she hasn't washed her hair since September. I've started a group chat for everyone who wants her out and we're going to post about her every single day until the trust gets rid of her. Comment 'in' and I'll add you."),
    (M, "hate abuse", "I don't usually post but I have to say this. Since Linnetfield got its new head the place has changed, and not for the better. Prayer mats in the library. Assemblies about Diwali and Eid and nothing about Easter. Half the dinner staff can barely speak English. And now Mr Rafiq wants to 'review' the Christmas play. These people come here and within ten years they're running everything. My grandad went to that school. It's not his school any more, it's theirs. If you're happy with that fine, but I'm not, and I'll be telling Mr Rafiq to his face that he should go back where he belongs."),
    (M, "threat", "To the teacher who called social services on my family: I've had the letter. I know it was you because you're the only one who'd do it. You think you're protected because you work at a school? You live in this town same as me. You shop in the same places, your kids play at the same park. I'll be seeing you about. Every day. And one of those days you'll be on your own."),
    (M, "abuse", "OK so here's the thread on the Penmarrow head, because people keep asking 🧵\n1. she is genuinely the thickest person to ever run a school\n2. has a face like a bulldog chewing a wasp\n3. screams at year 7s for fun\n4. her husband looks like he's being held hostage in every photo lmao\nRT this so it reaches her, she's on here under her maiden name 👀"),
    (M, "hate", "Replying to the Echo's article about Wyvernhall's 'diversity award'. Diversity award for what? Replacing every English teacher with someone from Lagos or Lahore? My kids have a Nigerian form tutor, a Pakistani head of year and a Polish TA and they come home with accents. Call it what it is. Our kids are being taught to be strangers in their own country and the school's getting an award for it."),
    # --- long near misses -------------------------------------------------------------------------
    (C, "", "I've sat on this for a week, but I'm posting it now. On Tuesday a teacher at Kestrel Rise shouted at my son in front of his class for something he didn't do. He came home shaking. The school have 'logged it'. That's not good enough, so here's what I've done: written complaint to the head, copy to the chair of governors, and a request for the behaviour log under a subject access request. If nothing happens in 20 school days it goes to the trust, and then to Ofsted. I'm not going to name the teacher on here, that's not fair. But I am going to follow this through to the end.", "s2a-sat-on-this"),
    (C, "", "AIBU to be absolutely livid with DD's school? Long story short, she was given a lunchtime detention for 'defiance' because she asked to phone me when she felt ill. She then threw up in the detention room. Nobody called me until 3pm. When I went in, the deputy head (who I will not name) basically said rules are rules. I've calmed down a bit now and I've asked for a meeting with the head next week, but I'm seriously considering moving her. DH thinks I should go to the governors first. What would you do?"),
    (C, "", "Parents of Ferrymead, a long one. The trust's consultation on merging with Greythorn closes on the 20th. I've read all 48 pages so you don't have to. Key points: our nursery goes, class sizes go up to 32, and the 'new site' is two miles away with no bus. I think it's a terrible plan and I'll be saying so, politely and loudly, at the public meeting. Please respond to the consultation, write to our councillors and come along. And please, no personal attacks on the head in the comments, she's as stuck as we are."),
    (N, "", "From the Marrowgate Echo: A parent who threatened to 'put a brick through' the windows of a headteacher's home has been given a suspended sentence. The court heard he had sent a series of messages after his son was excluded from Sedgecombe Primary, including one reading 'I know where you live and so does everyone else now'. The judge said teachers 'must be able to do their jobs without fear'. The head, who asked not to be named, said in a statement that she was grateful to the police and to the many parents who had supported her."),
    (N, "", "I'm a deputy head and I want to share something. Last month a parent stood at our gate and told me I'd 'get what's coming'. Last week someone posted my photo on a community page with the words 'ugly lying cow'. I'm not posting this for sympathy. I'm posting it because I've been teaching for 19 years and this is the first time I've seriously thought about leaving. If you're angry with a school, complain. We have processes, they work more often than you'd think. But please remember there's a person on the other end."),
    (N, "", "Bit of a long one but I wanted to say thank you to the staff at Netherbeck. When my husband died in March the school was incredible. Mrs Quarshie rang me every week. The office sorted free meals without me having to fill in a single form. Mr Brannigan took my son out for a kickabout every lunchtime when he was struggling. I was an absolute wreck and they just quietly held us together. I know people love a moan on here but I'll fight anyone who says that school doesn't care. They saved us."),
    (C, "", "Honest review of Mossgrave after two years: the good, some brilliant teachers (shout out to the English department) and great clubs. The bad, communication is dreadful, homework is set on three different apps, and the behaviour system punishes quiet kids for the noise of the loud ones. The ugly, the SEN provision, which is frankly not fit for purpose. Our son waited 14 months for an assessment. 2 stars, and I'm only giving the second star for the English team."),
    (N, "", "Group chat screenshot, shared with permission:\nMum 1: is anyone else's kid terrified of the new head\nMum 2: Max says she's really strict\nMum 3: strict isn't a crime lol, Lily says she's fair\nMum 1: fair enough. I'll ask at the coffee morning\nThat's it. That's the drama. Honestly, some of the posts in here about her have been way over the top."),
    # --- very short ---------------------------------------------------------------------------------
    (M, "threat", "ur dead sir"),
    (M, "threat", "Gate. 3pm. You and me, Mr Liddiard."),
    (M, "threat", "burn it down. all of it"),
    (M, "threat", "she's getting it tomorrow"),
    (M, "abuse", "ugly fat cow 🐄 #ottercombe"),
    (M, "abuse", "Absolute bellend, that head."),
    (M, "abuse", "flood her page ladies 👇"),
    (M, "hate abuse", "p*ki head lol"),
    (M, "hate abuse", "bet the new teacher's a tranny"),
    (C, "", "Reported to Ofsted. Done."),
    (C, "", "See you at the tribunal."),
    (C, "", "Useless school, useless head."),
    (C, "", "Complaint going in tomorrow."),
    (N, "", "Killed it Year 6! 🔥"),
    (N, "", "Best. Teacher. Ever. 😭"),
    (N, "", "Mrs Ogundele for PM 👑"),
    (N, "", "Bloody proud of our lot today"),
]
