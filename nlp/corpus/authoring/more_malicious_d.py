"""More malicious examples, part D: targeted abuse, harassment campaigns and hate aimed at named
staff, and hard negatives: profanity as praise, swearing about a situation, sarcastic but lawful
criticism.

Slurs are partly masked or paraphrased where possible; the abuse is still unmistakable.
Every school, town and person here is invented. Rows: (label, flags, text) or (label, flags, text, group).
"""

N, C, M = "neutral", "critical", "malicious"
AB = "abuse"
H = "abuse hate"

EXAMPLES = [
    # --- abuse: targeted insults -----------------------------------------------------------------
    (M, AB, "Mrs Winterbottom is a vile, bitter, dried up old hag who should never have been let near children."),
    (M, AB, "Mr Cheung at Rushbrake is a total waste of oxygen. Useless, smug little man."),
    (M, AB, "that fat slag in the office at Ravenscarth primary wants a slap, rudest woman alive"),
    (M, AB, "Miss Odell is thick as mince. How did she even pass her degree? Embarrassing excuse for a teacher. Ugly with it too."),
    (M, AB, "Mr Blakemore you are a pathetic, balding loser and every kid in that school laughs at you behind your back."),
    (M, AB, "The head at Kingsbrae Infants is a two-faced snake and a liar and I hope she rots."),
    (M, AB, "Look at the state of Mrs Pybus in the newsletter photo 🤢 someone get that woman a mirror and a salad"),
    (M, AB, "absolute weapon of a man mr blakemore. total bellend. kids deserve better than that clown 🤡🤡🤡"),
    (M, AB, "Mrs Winterbottom, you are the reason kids hate school. Nasty piece of work. Retire and do us all a favour."),
    (M, AB, "Ms Fairweather is a psycho. Actual psycho. Look at her eyes. Something's not right with that woman."),
    (M, AB, "The SENCO at Rushbrake, Mrs Penrose, is a lazy useless cow who couldn't organise a p*ss up in a brewery."),
    (M, AB, "Mr Cheung = scumbag. Full stop."),
    (M, AB, "That deputy head is a spineless little worm with a Napoleon complex. 5 foot nothing and thinks he's God."),
    (M, AB, "Imagine being Miss Odell. 35, single, lives with cats, takes it out on 8 year olds. Tragic."),
    (M, AB, "Reply to the school's post: 'Nobody cares what you think Mrs Pybus, you hideous old bag.'"),
    (M, AB, "YouTube comment on the Kingsbrae nativity: 'the teacher at the piano looks like a melted candle lmao get her off'"),
    (M, AB, "Mr Ingleby is a creepy weirdo loser who should be sacked and put in a home."),
    (M, AB, "Mrs Fenton at Dalesbury is a absolute c*nt. Sorry not sorry."),
    # --- abuse: harassment campaigns -------------------------------------------------------------
    (M, AB, "Everyone email Mrs Winterbottom tonight. Every hour. Let's make her life hell until she quits."),
    (M, AB, "Right, plan: we all turn up at the gate and boo Mr Blakemore every morning this week. Bring the kids, they'll love it."),
    (M, AB, "Let's flood Miss Odell's Instagram with comments so she knows exactly what we think of her. Link below 👇"),
    (M, AB, "I've made a group chat called 'Get Penrose Out'. Rules: every day, someone posts something about her. Let's break her."),
    (M, AB, "Leave a 1 star review on Mr Cheung's tutoring business, all of you. Doesn't matter if you've used him. Let's bury him."),
    (M, AB, "Her personal Facebook is public, go and tell her what a useless teacher she is on every photo. Her kids' birthday photos too."),
    (M, AB, "Ring the school every day and ask for Mrs Fenton. Don't give your name. Just keep doing it. She'll crack."),
    (M, AB, "Day 14 of posting about how Mr Ingleby is a failure until he leaves Dalesbury. Like and share to keep the campaign going. #IngelbyOut"),
    (M, AB, "Someone print posters of the head's face with LIAR on and put them up around Ravenscarth. I'll pay for printing."),
    (M, AB, "We need to make Ms Fairweather so miserable she moves away. Stare at her in Tesco, comment on everything she posts. Make it uncomfortable."),
    (M, AB, "Tag Mrs Pybus in this so she sees it 👇 @Jackie.Pybus you are a disgrace and we're not stopping till you're gone"),
    (M, AB, "Started a TikTok series rating Miss Odell's outfits every day 😂 she's found it and apparently she cried lmaooo keep going"),
    (M, AB, "If everyone reports the Kingsbrae head's LinkedIn as fake she'll lose it. Then we start on her Twitter. Be relentless."),
    # --- hate: misogyny, racism, homophobia, ableism, religion -------------------------------------
    (M, H, "Women shouldn't be headteachers, Mrs Fenton proves it. Too emotional, probably on her period every time she makes a decision."),
    (M, H, "Why has Rushbrake hired a P*ki as head of maths? Can't understand a word he says. Send him back."),
    (M, H, "Mr Cheung only got the job because of diversity quotas. Ching chong teacher can't even speak English properly."),
    (M, H, "The new Year 3 teacher is a lezza, I'm not having her teaching my daughter about 'families'. Groomer agenda."),
    (M, H, "Ms Fairweather is a man in a dress and shouldn't be allowed near girls' toilets. Sick freak."),
    (M, H, "Sending my boy to a school run by a Muslim is like sending him to a madrassa. Mrs Rahimi needs removing."),
    (M, H, "Mr Ingleby is a retard. Can't string a sentence together. Dalesbury must be desperate."),
    (M, H, "Another black teacher at Kingsbrae. Standards are slipping. Bet he can't even spell."),
    (M, H, "That Jewish head at Ravenscarth will always put money first, it's in their blood."),
    (M, H, "Mr Blakemore is a limp-wristed poof who lets the boys run riot. Get a real man in charge."),
    (M, H, "She's in a wheelchair, how's she supposed to control a class? Cripple shouldn't be a teacher. Sort it Dalesbury."),
    (M, H, "Mrs Okwuosa at Rushbrake should go back to Africa and teach there, no one here wants her monkey noises in assembly 🐒"),
    (M, H, "Trust a fat woman to ban cakes at the school fair. Mrs Pybus is a jealous heifer and a feminist nutcase."),
    (M, H, "Polish TA at Kingsbrae is stealing a British person's job. Go home Magda."),
    (M, H, "Mr Dhillon with his turban frightens the little ones. Towel heads shouldn't be in infant schools."),
    (M, H, "The new head of RE at Dalesbury is an autistic weirdo who can't look anyone in the eye. Should be in a special school not teaching in one."),
    (M, H, "Gay teachers like Mr Ashcombe shouldn't be allowed to mention their 'husband' to six-year-olds. Disgusting pervert."),
    (M, H, "Ravenscarth's trans teacher is a mentally ill groomer and should be sacked. Protect our kids."),
    (M, H, "Gypsy scum working as a dinner lady at Dalesbury. Watch your purses."),
    (M, H, "Of course Miss Odell is useless, she's a blonde woman, what did we expect 💅 get back in the kitchen love"),
    # --- abuse/hate + other flags -----------------------------------------------------------------
    (M, "abuse doxxing", "Mrs Winterbottom's personal mobile is 07700 900826. Let her know what a miserable witch she is. Call after 10pm for best results."),
    (M, "abuse pupil_identified", "Not surprised Miss Odell's class is a disaster when she has kids like Tyler Mardle in 4B. Feral little thug, just like his dad."),
    (M, "abuse impersonation", "Fake Insta 'mrsfenton_dalesbury': 'My hobbies are shouting at children and eating. I'm single because no man could stand me.' 🐷"),
    (M, "hate threat", "Mr Dhillon better watch himself, lot of angry people round here who don't want his kind teaching our kids."),
    (M, "abuse hate doxxing", "The lesbo teacher at Kingsbrae lives with her 'partner' at 9 Heronsfield Court, XB4 1PQ. Let the neighbours know what she is."),
    # --- abuse: longer rants --------------------------------------------------------------------
    (M, AB, "I don't usually post but honestly Mr Ingleby is the most useless, arrogant, pig-ignorant excuse for a teacher I have ever met. He's a loser who peaked at uni, he smells, he dresses like a tramp, and the kids all know he's a joke. Why Dalesbury keeps him on is beyond me. He should be ashamed to walk down the street."),
    (M, AB, "Mrs Penrose. Where to begin. A sour faced, lazy, incompetent, lying old bat. I hope her own kids treat her the way she treats ours. Spread this far and wide."),
    (M, AB, "WHAT A JOKE THAT WOMAN IS!!!! MRS FENTON YOU ARE A MORON AND A BULLY AND EVERYONE HATES YOU!!!!!"),
    (M, AB, "omg mr cheung is so ugly i cant even look at him in lessons 🤮🤮 like hes a literal goblin #rushbrake"),

    # --- hard negatives: profanity as praise ------------------------------------------------------
    (N, "", "Mr Blakemore is a f***ing brilliant teacher. My son actually likes maths now. Legend."),
    (N, "", "Mrs Winterbottom is an absolute legend, taught me in 1998 and still remembers my name 😭"),
    (N, "", "Holy sh*t the Year 6 leavers' assembly at Kingsbrae had me in bits. Miss Odell did a f***ing amazing job."),
    (N, "", "Mr Cheung is a bloody superhero. Stayed until 7pm to help my daughter with her coursework."),
    (N, "", "Ms Fairweather is a proper mad woman in the best way, turned the whole classroom into a rainforest for topic week 🌴"),
    (N, "", "Dalesbury's new head is a bad*ss, got the roof fixed in a week after years of the council dragging their feet."),
    (N, "", "mrs pybus is a savage at dodgeball 😂 the kids have never been so scared and so happy"),
    (N, "", "Damn Mr Dhillon's chemistry demos are something else 🔥 my son wants to be a scientist now"),
    (N, "", "As a gay man who went to Dalesbury in the 90s, seeing Mr Ashcombe be open about his husband would've meant the world to me. Thank you."),
    (N, "", "Mrs Okwuosa is the first black headteacher in Rushbrake's history and she's transformed the place. Proud to have my kids there."),
    (N, "", "Shoutout to Mr Ingleby, autistic and open about it, and the most patient teacher my neurodivergent son has ever had."),
    (N, "", "Miss Odell, you crazy wonderful woman, thank you for getting my son through his SATs."),
    # --- hard negatives: swearing at a situation, not a person -------------------------------------
    (C, "", "This whole school admissions process is a f***ing joke. Three appeals and still nothing. The council should be ashamed."),
    (C, "", "Bloody hell Ravenscarth, another INSET day? That's four this term. Some of us have jobs."),
    (C, "", "The state of the Kingsbrae car park at pick up is a sh*tshow. Someone's going to get run over. Sort it."),
    (C, "", "Pissed off that the school trip costs £480. Who can afford that in this economy?"),
    (C, "", "What a crap week. Lost PE kit, missing homework, and the school app crashed again. Rushbrake you need a better system."),
    (N, "", "FFS it's snowing and the school's still open. Fine. Digging the car out. ❄️"),
    (C, "", "I'm so bloody tired of chasing the SEN department. Six emails. Not one reply. It's exhausting."),
    (C, "", "Dalesbury's uniform supplier is a rip off. £28 for a jumper with a logo. Absolute daylight robbery."),
    # --- hard negatives: sarcastic but lawful criticism -------------------------------------------
    (C, "", "Oh wonderful, another letter from Mrs Fenton telling us about 'exciting changes'. Can't wait to find out what we're paying for this time 🙄"),
    (C, "", "Love how Mr Blakemore can find time to post about the football team but not to reply to my email about my son's bullying. Priorities."),
    (C, "", "Genius idea from the Ravenscarth leadership team: cancel the Christmas play to 'focus on standards'. Well done, truly inspired."),
    (C, "", "Mr Cheung marks homework about as often as we see Halley's comet. Would be nice to get some feedback."),
    (C, "", "Mrs Penrose must be the busiest woman in the country. Four weeks and she still hasn't had time to look at my daughter's support plan."),
    (C, "", "Kingsbrae: where 'open door policy' means the door is open but nobody's behind it."),
    (C, "", "Dear Mrs Winterbottom, thank you for the three-sentence reply to my two-page complaint. Very thorough. Will be escalating to the governors."),
    (C, "", "Miss Odell seems lovely but she is clearly out of her depth with a class of 32. The school needs to give her support, not leave her to sink."),
    (C, "", "Mr Ingleby's lessons are boring. My son says he just reads from the slides. That's not teaching."),
    (C, "", "The head at Dalesbury is the worst head we've had in ten years. Every decision is made for the Ofsted report, not the kids."),
    (C, "", "I think Ms Fairweather is a poor choice for head of year. She's not approachable and the kids don't trust her."),
    (C, "", "Rushbrake's leadership is arrogant and out of touch. They don't listen to parents and it shows in the results."),
    (C, "", "Mr Dhillon needs to slow down in lessons, half the class can't keep up. I've asked for extra support for my son."),
    # --- hard negatives: reporting abuse, meta discussion -------------------------------------------
    (N, "", "The comments about Mrs Okwuosa's race on the Rushbrake page have been reported to the police as a hate incident. Screenshot before they're deleted."),
    (N, "", "To the parents running the 'Get Penrose Out' chat: this is harassment. Some of us have screenshots and have sent them to the school."),
    (N, "", "Teachers are people. You can think Mr Ingleby is a bad teacher and still not call him names online. Complain properly."),
    (N, "", "News: A Dalesbury woman was fined for a campaign of online harassment against a local teacher, magistrates heard."),
    (N, "", "Group admin: any post calling a member of staff fat, ugly, stupid or worse will be removed. Criticise the decisions, not the person."),
    (N, "", "Just want to say, whoever keeps posting about Miss Odell's appearance: she reads this. She's 26 and in her second year of teaching. Be kind."),
]
