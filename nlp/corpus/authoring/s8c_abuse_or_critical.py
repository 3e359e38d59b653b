"""Session 8c: the hardest boundary for the classifier, harsh but lawful criticism of named staff's work and decisions (critical) versus the same anger turned on the person (malicious abuse, sometimes hate): appearance, intelligence as a person, name-calling, slurs, dehumanising language, mocking private life, pile-on calls and swearing at the person. Rows come as loose pairs on the same situation with different wording, across reviews, tweets, forum posts, comments under school posts, group chats and letters, in many UK voices and registers, short and long.

Every school, town and person here is invented. Rows: (label, flags, text) or (label, flags, text, group).
Written after the dev and test splits were frozen: these rows train only (TRAIN_ONLY).
"""

TRAIN_ONLY = True

N, C, M = "neutral", "critical", "malicious"

EXAMPLES = [
    # --- marking and homework ---
    (C, "", "Mr Dunmore's marking is a shambles. Three weeks for one essay and the only comment was 'good effort'. My son is in Year 11, he needs actual feedback."),
    (M, "abuse", "Mr Dunmore is a lazy fat slob who can't be bothered to lift a pen. Look at the state of him, no wonder he never marks anything."),
    (C, "", "marking at Fernleigh Academy is a lottery. two kids same answer, one gets 6 the other gets 3. Ms Varga needs to sort her department out"),
    (M, "abuse", "Ms Varga is thick as mince. Genuinely don't know how that woman got a degree, probably bought it. Absolute dimwit"),
    (C, "", "Why does Mrs Ellery set homework on a Friday that's due Monday and then not mark it for a month? What's the point of it?"),
    (M, "abuse", "Mrs Ellery the witch strikes again. Ugly old bat sets homework then sits on it like a toad on a rock"),
    (C, "", "Sorry but the English department at Holmbrook is a mess. Predicted grades pulled out of thin air, no consistency, and Mr Sato won't answer a single email."),
    (M, "abuse", "Mr Sato is a weird little creep who stares at the floor when you talk to him. Someone tell him to get a personality transplant"),
    (C, "", "Honestly the feedback on my daughter's coursework was two ticks and a smiley face. Miss Adeyemi, with respect, that isn't marking."),
    (M, "abuse", "Miss Adeyemi is a brainless airhead who spends every lesson on her phone looking at her own selfies. Vain empty-headed cow"),

    # --- headteacher leadership ---
    (C, "", "The head has no idea what she's doing. Three new behaviour policies in one year and not one of them enforced."),
    (M, "abuse", "The head is a pig-faced cow and everyone knows it. Waddles round the playground like she owns the place. Vile woman"),
    (C, "", "Worst run school I've seen in 20 years of being a parent. Mrs Thorne should resign, she's lost the staff and the parents."),
    (M, "abuse", "Mrs Thorne you are a pathetic excuse for a human being. Go home and cry into your wine like you do every night you sad lonely loser"),
    (C, "", "@StMarksHead you have presided over the worst Ofsted in the school's history. Time to step down and let someone competent take over."),
    (M, "abuse", "@StMarksHead nobody likes you. Not the kids, not the staff, not your own family probably. Do everyone a favour and crawl back under your rock"),
    (C, "", "Headteacher Mr Quayle has completely lost the plot with this phones-in-pouches policy. £15 a pouch and they don't even lock. Clueless."),
    (M, "abuse", "Quayle is a balding little weasel with a Napoleon complex. Short man syndrome in a cheap suit, that's all he is"),
    (C, "", "I'm calling it: Dr Mensah has been the worst thing to happen to Larkfield High. Results down, staff leaving in droves, and he blames the kids."),
    (M, "abuse", "Dr Mensah is a smug pompous idiot who thinks his PhD makes him better than us. He's a nobody, a gormless nobody with a stupid voice"),

    # --- SENCO and EHCP ---
    (C, "", "SENCO at Brackenhill has had my son's EHCP paperwork since February. It is now November. Absolutely shocking, Mrs Pryce is failing these children."),
    (M, "abuse", "Mrs Pryce is a heartless old hag. Dried up miserable woman who clearly hates kids, probably why she hasn't got any of her own"),
    (C, "", "Our SENCO doesn't return calls, doesn't attend annual reviews, and then tells the LA everything is fine. Mr Osei is out of his depth and the head knows it."),
    (M, "abuse hate", "Mr Osei should go back to wherever he came from and take his rubbish English with him. Can't understand a word that man says"),
    (C, "", "If you've got a child with SEN do NOT pick Corrie Vale Primary. The inclusion lead has zero understanding of autism and it shows in every meeting."),
    (M, "abuse hate", "the inclusion lead at corrie vale is basically retarded herself, takes one to know one i suppose 🤷‍♀️"),

    # --- detentions and behaviour ---
    (C, "", "Mr Caddick gave 40 detentions in one week for untucked shirts. Power trip over common sense. The behaviour system is broken."),
    (M, "abuse", "Caddick is a sad little man with a tiny life. Gets his kicks shouting at 12 year olds because his wife clearly doesn't listen to him"),
    (C, "", "Isolation booth for a forgotten pencil case. Sort it out Kingsmoor, this is ridiculous and Mrs Hewer should be ashamed of that policy."),
    (M, "abuse", "Mrs Hewer, you absolute bitch. You've got a face like a slapped arse and a personality to match"),
    (C, "", "Deputy head at Oakridge treats every kid like a criminal. Shouting in corridors, detentions for breathing. Rubbish leadership, plain and simple."),
    (M, "abuse", "oakridge deputy is a roided up meathead with the IQ of a kettle lmao. proper caveman"),

    # --- reviews ---
    (C, "", "★☆☆☆☆ Avoid. Communication is non-existent, the office staff are rude on the phone, and the head hides behind 'policy' for everything. We moved our kids after one term."),
    (M, "abuse", "★☆☆☆☆ The woman on reception is a fat ugly troll who should be kept in a cupboard away from the public. Stinks of fags too."),
    (C, "", "1 star. Bullying ignored, emails ignored, parents ignored. The leadership team at Penhallow Academy are asleep at the wheel."),
    (M, "abuse", "1 star. Every teacher at Penhallow is an inbred halfwit. Bunch of failures who couldn't get a real job so they babysit for a living."),
    (C, "", "Would give zero if I could. Head of Year 9 Mr Lockyer promised a meeting three times and never showed. Unprofessional is an understatement."),
    (M, "abuse", "Would give zero if I could. Lockyer is a spineless worm and a mummy's boy. Grow a pair you wet lettuce."),

    # --- tweets ---
    (C, "", "Another letter home from @BramwellAcad about 'attendance concerns' while they cancel half the timetable. The irony is off the charts."),
    (M, "abuse", "Everyone go and reply to Mrs Nakamura's post on the school page and tell her what a stupid cow she is. Let's flood it 😂"),
    (C, "", "The head of Ashgrove sending a 4 page letter about skirt length while the roof leaks into the science labs. Priorities, Mr Beddoe. Priorities."),
    (M, "abuse", "Beddoe looks like a thumb with a comb over. how is that thing allowed near children 🤮"),
    (C, "", "Just sat through a parents' evening where Mrs Kowalczyk couldn't tell me a single thing about my daughter. Didn't know her name. Shambolic."),
    (M, "abuse hate", "Mrs Kowalczyk should stick to cleaning houses like the rest of her lot instead of pretending to be a teacher"),

    # --- forum posts ---
    (C, "", "AIBU to think the head of maths at our school should be sacked? Kids have had supply for 18 months, he's barely in, and when he is the lessons are chaos."),
    (M, "abuse", "AIBU to think the head of maths at our school is the most repulsive man alive? Greasy hair, yellow teeth, breath you can smell from the car park. Gross."),
    (C, "", "Has anyone else had dealings with the new deputy at Millbrook? Every meeting feels like talking to a wall. Decisions already made, no listening."),
    (M, "abuse", "Has anyone else noticed the new deputy at Millbrook is a total psycho? Dead eyes. Something seriously wrong with that woman. Freak."),

    # --- comments under school posts ---
    (C, "", "Lovely photos but maybe spend this energy answering the complaint I sent six weeks ago, Mr Fairweather?"),
    (M, "abuse", "Lovely photos, shame about the big-nosed goblin in the middle of them. Fairweather ruins every picture he's in"),
    (C, "", "Congratulations on the 'outstanding' sports day. Shame the same effort doesn't go into supporting kids who are being bullied."),
    (M, "abuse", "congrats on sports day, shame Miss Dobbs can't run further than the biscuit tin. heifer"),

    # --- group chats ---
    (C, "", "has anyone actually had a reply from Mr Harrow this term? i've sent 4 emails. starting to think he just deletes them"),
    (M, "abuse", "mr harrow is a slimy prick. if anyone sees him at parents eve tell him from me he's a waste of oxygen"),
    (C, "", "Honestly ladies the new uniform supplier is a rip off and Mrs Gill signed the contract without asking the PTA. Not on."),
    (M, "abuse", "Mrs Gill is a stuck up snotty mare. Her voice alone makes me want to throw my phone. Nasty piece of work"),

    # --- swearing about the situation vs at the person ---
    (C, "", "This is f***ing ridiculous. Third letter this month about the same trip and nobody at the school can tell me the actual price."),
    (M, "abuse", "F*** you Mrs Albury. Seriously, f*** you. You're a c*** and everyone in this village knows it."),
    (C, "", "Bloody hell, the state of the school dinners since the new catering contract. Cold chips and a sad bit of fish. The head signed off on this."),
    (M, "abuse", "The head can go f*** herself with her new dinner menu. Stupid fat bint probably eats all the good stuff herself"),
    (C, "", "What a pile of crap this new reading scheme is. Mr Ferro pushed it through and now the Year 2s are going backwards."),
    (M, "abuse", "Ferro you're a prick and a knobhead and I hope everyone at that school tells you to your smug face"),
]

EXAMPLES += [
    # --- regional voices ---
    (C, "", "Aye the new heid at Glenmuir High's made a right pig's ear o' the timetable. Wee ones gettin' four periods o' PE and nae maths. Sort it oot."),
    (M, "abuse", "That heid at Glenmuir is a pure roaster. Face like a melted welly and a brain tae match. Absolute bawbag so he is"),
    (C, "", "Howay man, Mr Tait's been off half the year and nobody's told us who's covering GCSE chemistry. Shocking that, like."),
    (M, "abuse", "Mr Tait's a proper gadgie, hair like a burst mattress, looks like he sleeps in a bin. Clown"),
    (C, "", "Dead honest, the way Mrs Quirke handled the bullying thing was a disgrace. Made our kid feel like it was his fault. Not having it la."),
    (M, "abuse", "Mrs Quirke's a soft ollie with a gob like a letterbox. Someone should tell her she's a div to her face"),
    (C, "", "Yow know what, that new head at Castle Bromwich Junior ay got a clue. Cancelled the Christmas fayre with two days notice. Bostin job."),
    (M, "abuse", "that new head at castle junior is a right saddo, proper ugly mug on her an all. 'er kids must be embarrassed of 'er"),
    (C, "", "Duw duw, Mr Rhydderch has cocked up the Welsh GCSE entries again. Second year running. Someone needs to check his work."),
    (M, "abuse", "Rhydderch is a gormless numpty and I'm being polite. Can't believe they let that fool in a classroom"),
    (C, "", "Bruv the maths teacher at Eastgate is long. Sets work he can't even explain himself, half the class failing his mocks. Get a proper teacher in"),
    (M, "abuse", "eastgate maths teacher is a wasteman fr, dusty ahh looking man with crusty shoes 💀💀 man's a clown"),

    # --- text speak / teens ---
    (C, "", "mr patel's lessons r so boring he just reads off the slides for an hour n then gives us a worksheet. dont even explain nothin"),
    (M, "abuse", "mr patel is such a loser omg he has no friends and eats lunch alone in his car every day 😭😭 pathetic"),
    (C, "", "why did miss o'hare give the whole class a detention when it was literally 2 people talking. so unfair"),
    (M, "abuse", "miss o'hare is an ugly skank and she knows it, that's why she takes it out on us lol"),
    (C, "", "not being funny but ms grant is the worst teacher ive ever had, 3 different seating plans in a week and still cant control the room"),
    (M, "abuse", "ms grant looks like a thumb with a wig on. someone make a tiktok about her I'm begging 😂"),
    (C, "", "sir took my phone for the whole week for checking the time??? this school is mad"),
    (M, "abuse", "sir is a sad virgin who needs to get a life, imagine being 40 and confiscating phones for fun 🤡"),

    # --- TikTok / YouTube comments ---
    (C, "", "This video of the school's 'new vision' is all buzzwords. Where's the plan for the fact that a third of Year 10 are persistently absent?"),
    (M, "abuse", "The head in this video sounds like a dying walrus. Who let her talk on camera, she's hideous 😂"),
    (C, "", "Teacher in this clip is clearly not coping with that class. Management should be supporting him, not filming it for the website."),
    (M, "abuse", "Look at this weak little man 😂😂 class walking all over him. imagine being such a beta. Share this everywhere"),
    (C, "", "Just watched the Ofsted feedback video. The head spent 10 minutes congratulating herself on 'requires improvement'. Read the room."),
    (M, "abuse", "the head in the ofsted video is a braindead bimbo reading off a card, can't string two words together, thick as two short planks"),

    # --- Reddit style ---
    (C, "", "UK teacher here. My head has introduced a marking policy that takes 20 hours a week. When challenged he said 'that's the job'. Staff morale is on the floor."),
    (M, "abuse", "UK teacher here. My head is genuinely the most revolting creature I have ever met. Sweaty, smelly, sexist dinosaur. Looks like he's made entirely of pasties."),
    (C, "", "Update on the academy trust mess: CEO still refusing to publish the consultation results. Governors seem totally captured. Parents deserve better."),
    (M, "abuse", "Update on the academy trust: the CEO is a greedy little rat and his face looks like a smacked bum. Bloodsucking parasite."),

    # --- Mumsnet style ---
    (C, "", "Am I being unreasonable? DD's teacher told the whole class her spelling test score out loud. When I raised it she said it 'motivates' them. I think it's poor practice."),
    (M, "abuse", "Am I being unreasonable to think DD's teacher is a sour-faced frump who's clearly bitter about being single at 45? No wonder she takes it out on little girls."),
    (C, "", "DS's form tutor has been dismissive every time I've raised the friendship issues. 'Kids will be kids.' Not good enough from a pastoral lead IMO."),
    (M, "abuse", "DS's form tutor is a braying posh twit with a voice like nails down a blackboard. Can't stand the man, he's a complete tool."),

    # --- Google / Trustpilot reviews ---
    (C, "", "Nursery staff were lovely but the manager has no idea how to run a setting. Fees up 20% with no notice and ratios clearly not being met."),
    (M, "abuse", "Nursery manager is a fake-tanned orange bimbo with lip fillers. Wouldn't trust her to look after a goldfish, dim as a 2 watt bulb."),
    (C, "", "2/5. Facilities are good but the sixth form leadership is weak. UCAS references were late for half the year group. Not acceptable."),
    (M, "abuse", "1/5. Sixth form head is a crusty old toad with a disgusting combover. Makes my skin crawl just looking at him, he's vile"),

    # --- Nextdoor / local ---
    (C, "", "Does anyone know why the school has closed the back gate again? Head says 'safety' but won't explain. It's pushed 200 kids onto a road with no crossing."),
    (M, "abuse", "The head who closed the back gate is a nasty little dictator. Ugly inside and out. Hope the whole estate gives her grief every morning at drop off."),
    (C, "", "Residents are fed up with parking at drop-off, but the school's answer of 'not our responsibility' is lazy. Mr Ilori could at least write to parents."),
    (M, "abuse", "Mr Ilori is an arrogant prat who thinks he's God's gift. Everyone call him a prick every time you walk past him at the gate"),

    # --- letters/formal ---
    (C, "", "Dear Chair of Governors, I wish to record my profound dissatisfaction with the leadership of Mrs Adebayo-Hunt. Her handling of the exclusions appeal was procedurally flawed and showed contempt for families."),
    (M, "abuse", "Dear Chair of Governors, I wish to inform you that your headteacher is a foul-mouthed harpy, a hideous specimen of womanhood and a disgrace to the human race. Kindly remove her from my sight."),
    (C, "", "To whom it may concern. The decision by Mr Kerrigan to withdraw the music provision is short-sighted and, frankly, indefensible. I urge the governing body to reverse it."),
    (M, "abuse", "To whom it may concern. Mr Kerrigan is a cretin. An oafish, semi-literate cretin. I would not trust him to tie his own shoelaces."),
]

EXAMPLES += [
    # --- long posts, critical ---
    (C, "", "Right, I've held off posting this for months but I'm done. Our son started at Whitmoor Academy in September with an EHCP that names 15 hours of 1:1 support. He has had, by my count, about four. When I asked Mrs Linnell, the SENCO, she said the TA had been 'redeployed' to cover a Year 8 class. When I asked the head, Mr Ostrander, he said he'd 'look into it'. That was seven weeks ago. The annual review was cancelled twice with a text message. I'm not saying these are bad people but the way this school treats SEN kids is appalling and the leadership clearly doesn't see it as a priority. I have now written to the local authority and I will be going to tribunal if I have to. If you're choosing secondary schools in the area, ask hard questions about SEN support before you put Whitmoor down."),
    (C, "", "Long post, sorry. I'm a governor at a primary not far from Hadleigh Fen and I've watched what's happened at Hadleigh Fen Primary with real dismay. The new executive head, Ms Carraway, arrived with a slide deck and a trust 'model' and within a term had scrapped forest school, the breakfast club and the reading volunteers. None of it was consulted on. The staff survey (which was leaked, not published) shows two thirds feel they can't raise concerns. Results are flat. Staff turnover is the highest in the county. I'm sure Ms Carraway believes she's doing the right thing, but she's running a village primary like a call centre and the trust board is letting her. Someone on that board needs to ask whether this is working, because from the outside it very obviously isn't."),
    (C, "", "Review: Stonecroft High School, 1 star. Where to start. The admissions process was chaotic, we were sent the wrong start date twice. The uniform list changed in August after we'd bought everything. Our daughter was put in the wrong maths set and it took five emails and a formal complaint to get her moved. Her head of year, Mr Bancroft, is pleasant in person but nothing he promises actually happens. The homework platform crashes every other night and the school's answer is 'try a different browser'. Parents' evening was a ten minute slot with a supply teacher who had never taught her. I know schools are stretched and I don't blame individual teachers, but the leadership here has lost control of the basics. We are looking at moving her at Christmas. Do your research before choosing this one."),
    (C, "", "I've been teaching for 22 years and I have never worked under a head like ours. Meetings every night until six. Lesson observations with no notice, then feedback by email at 11pm that reads like it was written by a management consultant. Any criticism in the staff room gets back to her within the hour. Three colleagues have left this year, two are signed off with stress. She tells governors morale is 'high'. It is not. I don't think she's a bad person, I think she's been promoted way beyond what she can do and she's terrified of Ofsted. But the result is a school where nobody wants to work, and the kids can feel it. If any governors from Brightwater are reading this, please, talk to your staff without SLT in the room."),
    (C, "", "Open letter to the Trust CEO. You told parents at the October meeting that the merger of Lowfield and Greystone would 'protect' both schools. Since then you have cut the Lowfield sixth form, moved the SEN unit six miles away and replaced an experienced head with an interim who has never run a secondary. Every promise you made in that hall has been broken. The consultation response was published on the last day of term at 4pm, which says everything. I don't question that you have a difficult budget. I do question your honesty with families and your judgement. I am asking you formally to attend a public meeting in the new year and answer parents' questions directly. If you will not, I think you should consider whether you are the right person to lead this trust."),
    (C, "", "Thread 🧵 on why Kingsbridge Academy's new 'zero tolerance' policy is a disaster. 1) 312 detentions in the first week, per the school's own newsletter. 2) Isolation for a coat in the corridor. 3) Kids with ADHD being sent out for fidgeting. 4) No appeal route, the deputy head decides and that's final. 5) Parents told about it via a ParentMail at 9pm on a Sunday. Mr Oduya, the deputy running this, was on local radio calling it 'high expectations'. It isn't. It's control for the sake of control, and the most vulnerable kids are the ones paying for it. I'll be raising this with the governors and the local MP. Other parents please do the same, politely and in writing."),
    (C, "", "I'll be honest, I rarely post reviews but I feel parents deserve to know. The nursery looks wonderful on the tour. The reality has been different. Our key worker changed four times in six months. Nappies left on for hours (we found marks more than once). The manager, Kerry-Ann, was defensive every time we raised it and at one point told us we were 'the only parents who complain'. We later found out from three other families that this wasn't true. Fees went up twice in a year. Communication via the app is patchy. Some of the staff are genuinely kind and I want to be clear they're not the problem. It's the management and the staffing levels. We've moved our son and he's much happier. Two stars, for the lovely room staff."),
    (C, "", "To the editor. As a retired headteacher of 30 years I read your report on Fallowmead School with dismay. The current head's comments, that poor results are down to the 'intake', are an insult to the pupils and to the teachers who work hard with them. When I ran a school in a similar area we had the same intake and better results, not because we were cleverer but because we did not make excuses. Mr Trelawney should be leading from the front, not briefing the press against his own pupils. The governors must hold him to account, and if he cannot accept responsibility for outcomes he should make way for someone who can. Yours faithfully, a former colleague in the profession."),

    # --- long posts, malicious abuse ---
    (M, "abuse", "Right, I've held off posting this but I'm done being polite. Mrs Linnell at Whitmoor is the most repulsive woman I have ever had the misfortune to sit across a table from. She turned up to our meeting in a cardigan covered in cat hair, stinking of cat, and looked at my son like he was something on her shoe. She is a fat, bitter, childless old crone who clearly hates every child she's paid to help. I've told everyone I know what she's like and I'll keep telling them. If you're ever in a meeting with her, and she'll be eating a sad meal deal for one, tell her what you think of her. She deserves every bit of it. Disgusting excuse for a woman."),
    (M, "abuse", "Long post sorry but somebody has to say it. Ms Carraway, the new exec head at Hadleigh Fen, is a jumped up little nothing with a face like a bulldog chewing a wasp. She swans round the village in her designer coat acting like the lady of the manor when everyone knows she was a failed PE teacher who slept her way onto the trust leadership course. Her voice sounds like a seagull being strangled. She has the brain of a goldfish and the charm of a traffic warden. Every time she opens her mouth at a parents' meeting I want to throw up. Please, everyone, when you see her at pick up, just laugh at her. Make her feel as small as she is. She's earned it."),
    (M, "abuse", "Review: Stonecroft High School, 1 star. I'll keep this about one person because he's the reason. Mr Bancroft, head of Year 8. Where do I start with this specimen. Six foot of pure wet blanket, hair like a mop dipped in chip fat, and a whiny little voice that makes you want to shake him. He's the sort of man whose mum still cuts his sandwiches. I'd feel sorry for him if he wasn't such a smug, simpering idiot. Kids call him 'the slug' and honestly it's too kind. Avoid this school while he's there, and if you do end up there, make sure your kids know exactly what a spineless drip he is. Someone should start a page just for the stuff he says, it would be hilarious."),
    (M, "abuse", "I've been at this school 22 years and I've never worked for anything as vile as our head. She is a twisted, poisonous little toad of a woman. Everybody in the staff room calls her the Gorgon behind her back and when you see her without her slap on you understand why. She has no husband, no friends, no life, which is why she sits at her desk until ten at night sending us emails. She's mentally not right, frankly, she should be in a home somewhere. I've started a group chat with the other staff where we just post pictures of her looking awful from the Christmas do. Best thing I've done all year. Let's see how long she lasts when she finds out what everyone thinks of her."),
    (M, "abuse", "Open letter to the Trust CEO. You are a weasel. A lying, slimy, oily weasel in a £900 suit. I have watched you at three public meetings now and you have the dead-eyed stare of a man who has never loved anything except his own salary. You are the single most contemptible person I have come across in public life and I have met estate agents. Your wife must be embarrassed to be seen with you. Parents, I'm putting his LinkedIn in the comments. Go and tell him what you think of him, all of you, every day, until he gets the message. Don't be polite. He doesn't deserve polite."),
    (M, "abuse", "Thread 🧵 on Kingsbridge deputy head Mr Oduya. 1) He is a bald, strutting little dictator who clearly got bullied at school and is now taking it out on our kids. 2) Have you heard him on the radio? Voice like a broken hoover. 3) He wears the same shiny suit every day, probably the only one he owns. 4) Word is his wife left him, and who can blame her. 5) Nobody at that school can stand him. Let's make #OduyaOut trend and tag him in every single post so he sees it every time he opens his phone. RT if you agree he's a total embarrassment."),
    (M, "abuse", "I rarely post reviews but this one is about one person. Kerry-Ann, the nursery manager. Bleached hair, fake nails, fake tan, fake smile, fake everything. Talks to parents like we're something she's trodden in. I've seen her outside having a vape looking like a bin bag full of custard. She's common as muck and thick with it. How someone that dense ended up in charge of a nursery I'll never know, she can barely spell her own name on the newsletter. Girls in the room are lovely, Kerry-Ann is a horrible, trashy little woman and I hope every parent who reads this thinks of her face every time they walk past."),
    (M, "abuse", "To the editor. I read your report on Fallowmead School. You printed a photograph of the headmaster, Mr Trelawney, and I am sure I was not the only reader to be struck by his resemblance to a boiled ham. The man is a buffoon. A red-faced, sweating, braying buffoon who should never have been allowed out of the public school that produced him. His brain, if he has one, is clearly marinated in claret. I understand he lives alone with a great many cats, which tells you all you need to know. He is a figure of ridicule in this town and deserves to be treated as such by every parent who meets him."),

    # --- long: hate within a long complaint ---
    (M, "abuse hate", "Went to the open evening at Northgate last night and came away furious. The new deputy is a young woman in a headscarf who could barely string a sentence together in English. This is what happens when schools hire to tick diversity boxes instead of hiring people who know what they're doing. She's one of them, isn't she, we all know what they think of women and she's lecturing us about safeguarding? Give me a break. Sends the wrong message entirely to our kids. Our children need proper British teachers who share our values, not people like her. I'll be telling everyone on the estate to look elsewhere until she's gone."),
    (C, "", "Went to the open evening at Northgate last night and came away disappointed. The deputy who gave the safeguarding talk read straight from slides and couldn't answer basic questions about how they handle online bullying. Nobody from SLT seemed to know the new attendance policy either. The building's lovely and the pupils who showed us round were great, but leadership felt unprepared and a bit defensive. I'll be looking at a couple of other schools before deciding."),
    (M, "abuse hate", "The new head of PE at Rooksley is a proper dyke, you can just tell, and now she's in charge of the girls' changing rooms. Says it all about how far this school has fallen. Stomps around in tracksuits like a bloke. Parents should be kicking off about it."),
    (C, "", "The new head of PE at Rooksley has scrapped girls' football to 'focus on netball'. In 2025? My daughter and half her friends are gutted. Backward decision and the explanation in the newsletter was waffle."),
    (M, "abuse hate", "Mr Abernethy is far too old to be teaching. Doddery old fossil, probably incontinent, can't remember what he said five minutes ago. Put him in a care home where he belongs and stop inflicting him on kids."),
    (C, "", "Mr Abernethy's A level lessons haven't changed since the 90s. Overhead projector, dictated notes, no past paper practice. Results show it. The department needs to modernise."),
    (M, "abuse hate", "Miss Tran's pregnant AGAIN. Third maternity leave in four years. These women just breed on the school's money and leave our kids with supply. She should be ashamed, and she looks like a whale already"),
    (C, "", "Year 6 have had three different supply teachers since October and the school hasn't written to parents once to explain the plan for SATs. That's a communication failure from the head, not the staff."),
]

EXAMPLES += [
    (C, "", "Mrs Halloran cancelled the Year 4 residential with a week's notice and no refunds yet. Parents paid £280. Not good enough."),
    (M, "abuse", "Halloran is a thieving-faced old trout with a moustache. Even her own dog probably can't stand her."),
    (C, "", "Every single email to Mr Gorecki gets the same copy-paste reply. Does he read them? Doesn't feel like it."),
    (M, "abuse", "Gorecki is a robot with no soul and a head shaped like a potato. Dull dull dull little man"),
    (C, "", "The PE department at Redwater lets the same kids play every match and ignores everyone else. Favouritism, pure and simple. Mr Ruddock runs it like his own club."),
    (M, "abuse", "Ruddock is a washed up has-been who never made it past Sunday league and now bullies kids to feel like a big man. Beer-bellied loser"),
    (C, "", "Can we talk about how the office handled the head lice letter? Named the class, basically named the child. Poor judgement from whoever signed it off."),
    (M, "abuse", "The office manager is a nosy gossiping slag who can't keep her mouth shut. Everyone knows what she's like"),
    (C, "", "Miss Kaur told my son he'd 'never amount to anything' in front of the class. Completely unacceptable from a teacher. Formal complaint going in today."),
    (M, "abuse hate", "Miss Kaur can take her turban-wearing brother and her curry stink and go back to the Punjab. Not wanted here"),
    (C, "", "Drop-off chaos again. The head's 'one way system' has made the queue worse not better. Did anyone actually test this?"),
    (M, "abuse", "The head is a moron. An actual drooling moron. I've met cleverer labradors."),
    (C, "", "Ofsted said 'inadequate' for leadership and I'm not surprised. Governors asleep, head in denial. Resign, the lot of you."),
    (M, "abuse", "Ofsted said inadequate. The head's face in that photo though 😂 looks like a constipated pug. Ugly inside and out"),
    (C, "", "Mr Whitlow's been teaching the wrong set texts for GCSE English Lit. Eight months in. How does nobody check this?"),
    (M, "abuse", "Whitlow is a total cretin, proper special needs level. Dribbling idiot should be wearing a helmet not teaching"),
    (C, "", "The trust's decision to cut TA hours in KS1 is frankly disgraceful. Those four and five year olds need adults in the room."),
    (M, "abuse", "The trust's finance director is a greedy little leech, bloated on our kids' money. Looks like a toad in a tie"),
    (C, "", "Second time this year the school's sent my child home for 'uniform' when her trousers are from the official supplier. Somebody needs to get a grip."),
    (M, "abuse", "whoever sent my kid home for her trousers is a jobsworth c*** and i'll be saying it to her face at 3:15"),
    (C, "", "Biggest waste of a PTA budget I've ever seen. £2k on a 'wellbeing garden' nobody asked for while the library has no books. Mrs Lund pushed it through."),
    (M, "abuse", "Mrs Lund is a stuck up cow with more money than sense and the face of a startled horse. Snob"),
    (C, "", "My daughter's been excluded for two days for a fight she didn't start. The other child got nothing. Head of Year hasn't even watched the CCTV. Appalling."),
    (M, "abuse", "Head of Year is a gutless little worm. Spineless, gormless, hairless. The holy trinity. Everyone point and laugh at him at the gate"),
    (C, "", "The school's response to the racist incident was a two-line email. That's not taking it seriously. The head needs to do better, full stop."),
    (M, "abuse", "The head's response to the racist incident was pathetic because she's a gutless, brain-dead careerist with the backbone of a jellyfish. Hope she's hounded out."),
    (C, "", "Honestly the 'revision sessions' Mr Acheson runs are him reading old notes aloud. Kids would learn more on YouTube."),
    (M, "abuse", "Acheson has the personality of a damp flannel and the breath of a dead badger. Kids call him Mr Halitosis 😂"),
    (C, "", "Kids have been without a permanent science teacher for a year. The head keeps saying 'recruitment is hard'. Other schools manage. Weak."),
    (M, "abuse", "That head is a smug bitch. Every time she says 'recruitment is hard' I want to scream in her stupid face"),
    (C, "", "Why is the school calling parents 'aggressive' for asking questions at the consultation? We asked about a 40% cut in SEN staffing. That's not aggression."),
    (M, "abuse", "Mrs Penhale called us aggressive at the consultation. She's a lying, shrieking fishwife and she looks like a melted candle. Let's all turn up next time and boo her"),
    (C, "", "Three different answers from three members of SLT about whether coats are allowed in class. Nobody is in charge at this place."),
    (M, "abuse", "SLT at this place are a bunch of inbred clowns. Not one working brain cell between the lot of them"),
    (C, "", "Nobody likes a whinger but the new lunch system is a disaster. Kids queuing 30 minutes, half don't get to eat. Mr Chaudhry, please rethink it."),
    (M, "abuse hate", "Chaudhry probably wants the kids starving, it's Ramadan practice for his lot innit. Terrorist-looking beard on him too"),
    (C, "", "Not impressed with how the sixth form handled my son's UCAS. Reference submitted late, personal statement 'lost'. Ms Brandt's in charge and it shows."),
    (M, "abuse", "Ms Brandt is a scatterbrained ditzy mess of a woman, dresses like a charity shop exploded on her. Pathetic creature"),
    (C, "", "The trip to Paris cost £650 and the kids spent two days in a coach park because the deputy didn't book the right tickets. Someone should answer for that."),
    (M, "abuse", "The deputy who ran the Paris trip is a total spanner and a fat greedy pig who spent the whole time in cafes. Oink oink"),
    (C, "", "Ms Mwangi's science lessons are chaos from start to finish. My son says nobody listens and she just gives up and puts a film on."),
    (M, "abuse hate", "Ms Mwangi belongs in a jungle not a classroom. Monkey noises would get more respect from the kids than she does"),
    (C, "", "Mr Fenwick's whole approach to the Year 11 mocks has been a mess. Papers came back six weeks late with no grade boundaries."),
    (M, "abuse", "Fenwick is the biggest bellend in the county. Honestly mate, you're a walking advert for contraception"),
    (C, "", "the catering at our school has gone right downhill since the trust took over, tiny portions and £2.70 a meal. robbery"),
    (M, "abuse", "the dinner lady on the hot counter is a fat lump who eats half the chips herself, look at the size of her lmaooo"),
    (C, "", "Rubbish decision by Mr Yelland to ban the Year 6 leavers' disco over 'behaviour'. Punishing 60 kids for what four did."),
    (M, "abuse", "Yelland is a miserable ginger freak who's never been to a party in his life. Weirdo. Who'd want to dance with him anyway"),
    (C, "", "Thank you for the newsletter Mrs Bassey. Maybe next time include an actual answer about the staffing crisis instead of three paragraphs on the bake sale."),
    (M, "abuse", "Thank you for the newsletter Mrs Bassey you thick gobby mare. Next time stick to writing about cake, it's clearly your area of expertise 🍰🐷"),
]

EXAMPLES += [
    # --- sarcasm: work vs person ---
    (C, "", "Oh brilliant, another 'exciting new initiative' from Mr Holmwood. Can't wait to see how this one gets dropped by Easter like the last five."),
    (M, "abuse", "Oh brilliant, Mr Holmwood's had another haircut. Shame they can't do anything about the face. Or the voice. Or the rest of him."),
    (C, "", "Wow, an email from the head that actually answers the question. Just kidding. Four paragraphs of nothing again."),
    (M, "abuse", "Wow the head's learned to use email. Next she'll learn to use a mirror and realise why nobody looks her in the eye 😬"),
    (C, "", "Glad to see Miss Farrant has mastered the art of giving every child a 'working towards'. Really motivating, that."),
    (M, "abuse", "Glad to see Miss Farrant mastered the art of looking like she got dressed in the dark. Again. Poor love, nobody's told her."),
    (C, "", "Love how the school 'values parent voice' and then ignores every single response to the survey. Very on brand."),
    (M, "abuse", "Love how Mr Beckwith 'values parent voice' but can't hear it over his own snoring at governors. Lazy fat walrus"),
    (C, "", "Genius move from the trust: close the only outstanding primary in the town and expand the one in special measures. Who's advising these people?"),
    (M, "abuse", "Genius move from the trust CEO. Then again what do you expect from a man with a head like a peeled egg and the brains of one"),
    (C, "", "Slow clap for Kirkbride Academy, the only school that can lose a whole set of GCSE coursework. Impressive really."),
    (M, "abuse", "Slow clap for Mrs Dacre who lost the coursework. Not the first thing she's lost, look at the state of her marriage 😂"),

    # --- single mild insult, job-focused: critical ---
    (C, "", "Clueless management at Sandhill again. Snow day announced at 8:20 when half of us were already at the gate."),
    (C, "", "The head is a muppet for bringing in a six-week timetable mid-year. Kids don't know where they're meant to be."),
    (C, "", "Absolute clowns running the admissions team at the trust. Sent us an offer for a school 14 miles away."),
    (C, "", "Incompetent is the only word for how the exam officer handled the clash. Two papers at the same time and nobody noticed."),
    (C, "", "Mr Greaves is hopeless at behaviour management, bless him. Year 9 run rings round him and SLT leave him to it."),
    (C, "", "The governors are spineless. They've rubber-stamped every cut the head's proposed without a single question."),
    (C, "", "Our head is a dinosaur when it comes to phones and online safety. Banning them doesn't teach kids anything."),
    (C, "", "Amateur hour at Pelham Road. Letters with the wrong dates, forms sent twice, and now the trip's cancelled. Get a grip."),

    # --- same topic but persistent / degrading: abuse ---
    (M, "abuse", "Mr Greaves is a wet wipe of a man, a snivelling beta who should be wearing nappies himself. Kids, keep making him cry, it's hilarious"),
    (M, "abuse", "The governors are a bunch of senile old farts and dried up bags. Nobody under 70 and nobody with a pulse"),
    (M, "abuse hate", "Our head is a dinosaur, literally, look at her, she's about 900 years old and looks like leather handbag that's been left in the sun"),

    # --- ALL CAPS ---
    (C, "", "ABSOLUTELY DISGUSTED WITH HOW MRS FELLOWS HANDLED MY SONS BULLYING. 3 MONTHS. NOTHING DONE. WHAT IS THE POINT OF A PASTORAL TEAM"),
    (M, "abuse", "MRS FELLOWS IS A DISGUSTING VILE EXCUSE FOR A WOMAN AND A FAT LAZY SLAG. EVERYONE SHARE THIS SO SHE SEES IT"),
    (C, "", "WHY IS NOBODY AT WESTMOOR ANSWERING THE PHONE. 45 MINUTES ON HOLD TO REPORT AN ABSENCE. RIDICULOUS"),
    (M, "abuse", "THE WOMAN ON THE PHONE AT WESTMOOR IS A RUDE IGNORANT PIG. PIG. OINK OINK YOU PIG"),
    (C, "", "RESIGN MR CALDER. YOU HAVE DESTROYED THIS SCHOOL IN 2 YEARS. RESIGN."),
    (M, "abuse", "CALDER YOU ARE A WASTE OF SKIN AND A DISGRACE OF A HUMAN. NOBODY WILL MISS YOU"),

    # --- emoji heavy ---
    (C, "", "New homework policy 📚 = 3 hours a night for Year 7 😩😩 who thought this was a good idea 🙄 @ the head"),
    (M, "abuse", "Mrs Ibbotson 🐷🐷🐷 oink oink she's been at the biscuits again 🍪🍪🤮"),
    (C, "", "Parents evening: 5 mins, teacher didn't know my kid's name 🤦‍♀️ 10/10 would not recommend 👎"),
    (M, "abuse", "parents evening w/ Mr Sowerby 🤢🤢 man smells like a wet dog and looks like one too 🐶💩"),
    (C, "", "Uniform prices at the official shop 💸💸💸 £38 for a blazer that falls apart by Feb. The school gets a cut. Shameful 👎"),
    (M, "abuse", "the head's new haircut 💀💀💀 mate looks like a toilet brush with glasses 🚽 #BruntonHigh"),

    # --- non-native English ---
    (C, "", "I am very disappoint with the school. My daughter ask for help three time and teacher say no time. Head teacher not answer my letter. This is not good school."),
    (M, "abuse", "This teacher Mrs Aldred is stupid woman and very ugly, she is like pig. I hate this woman she is nothing."),
    (C, "", "Please explain me why my son get detention for speak Polish with friend in break time? This is not fair rule. I want meeting with headmaster."),
    (M, "abuse", "Headmaster is idiot man, donkey brain, he is have no education himself I think. Stupid stupid man everybody laugh of him."),
    (C, "", "For one year we wait for speech therapist. School always say 'next month'. I think SENCO do not care about my child. I am very angry."),
    (M, "abuse", "SENCO is lazy cow, fat, always eating, never working. She is disgusting person, nobody respect her."),

    # --- grandparents / older ---
    (C, "", "In my day a headmaster would have been sacked for a report like that. Standards at St Aldhelm's have slipped badly and Mr Crispin ought to be ashamed of himself."),
    (M, "abuse hate", "In my day a man like Mr Crispin wouldn't have been let near a school. Limp-wristed nancy boy with his earring and his pink shirts. Disgrace."),
    (C, "", "As a grandparent I help with pick up and I've been shocked at how the staff speak to parents at the gate. Curt, dismissive, rude. The head sets the tone."),
    (M, "abuse", "As a grandparent I've watched that head at the gate for months and she's nothing but a common, foul-mouthed tart with her bosom on show. Cheap."),
]

EXAMPLES += [
    # --- neutral near misses: reports about abuse, quoting to condemn ---
    (N, "", "Someone in the Year 5 parents' group called Mrs Ambrose a 'fat useless cow' last night. I've screenshotted it and sent it to the admins. Whatever you think of a decision, that's not OK."),
    (N, "", "Reminder from the admins: criticise the school's decisions all you like, but comments about teachers' looks or private lives will be deleted and the poster removed."),
    (N, "", "Staff at Greyfriars have asked parents to stop sharing memes mocking the head's appearance. The union says several have been reported to Facebook."),
    (N, "", "Local news: a parent has been given a harassment warning after repeatedly posting insults about a Dunsford teacher's weight online, police confirmed."),
    (N, "", "Mr Tomlin is an absolute legend, taught my lad more in a year than he learned in the five before. Cracking teacher."),
    (N, "", "The head was savage at the staff v pupils football match, nutmegged three Year 11s and didn't even smile 😂 absolute beast"),
    (N, "", "Miss Hale is bloody brilliant. Strict as hell but my daughter finally gets algebra. Thank you!"),
    (N, "", "Can anyone tell me when the complaints policy was last updated? I want to raise something about the homework system properly."),
    (N, "", "Please stop tagging Mr Anand in posts calling him names. He's asked me to pass on that he's happy to meet any parent with a concern about his lessons."),
    (N, "", "Union statement: 'We have seen a sharp rise in personal abuse directed at school leaders online, including comments on appearance and family. This is not criticism; it is harassment.'"),
    (N, "", "Our kids' school got 'good' from Ofsted today 🎉 well done Mrs Chidozie and the whole team, you worked so hard for this."),
    (N, "", "Had a meeting with the SENCO this morning, she listened, took notes and has already emailed a plan. Feeling much better about next term."),
    (N, "", "I disagree with a lot the head has done but the post going round mocking her accent is disgusting. Reported it. Argue with the policies, not the person."),
    (N, "", "Mod note: removed a thread about Mr Varley's divorce. Not relevant, not kind, not allowed here. His teaching is fair game; his marriage is not."),
    (N, "", "Is there a way to raise a complaint about a head of year with the governors directly? The school's page doesn't say."),
    (N, "", "Shout out to the dinner ladies at Elmfield who stayed late to make sure every Year 3 got a hot meal after the trip ran over ❤️"),

    # --- more critical/abuse pairs ---
    (C, "", "Mr Onyango promised to 'look into' the fact my son was left out of every team photo. That was a month ago. Follow-up? Nothing."),
    (M, "abuse", "Mr Onyango is a lanky streak of piss with a grin like a serial killer. Creepy bloke, proper gives me the ick"),
    (C, "", "Sorry but a new head who starts by repainting her office and buying a £4,000 sign while TAs are being made redundant has got her priorities wrong."),
    (M, "abuse", "New head spent £4k on a sign. Fitting, because she's thick as a plank herself 🪵 and just as wooden. Cardboard cutout of a woman"),
    (C, "", "I've had it with Mrs Spurling's communication. Letters go out with typos, wrong dates and contradicting the last letter. It's not hard."),
    (M, "abuse", "Spurling is illiterate. Proper thick, can't spell, can't think, can't do anything except stuff her face with Greggs"),
    (C, "", "The 'restorative conversation' for my daughter after she was assaulted was with the boy who did it, with no warning. Mr Darrow got this badly wrong."),
    (M, "abuse", "Darrow is a limp, pathetic excuse for a man. No wonder his wife ran off with the plumber. Everyone in Tolworth knows."),
    (C, "", "Our school's head thinks 'wellbeing' means a yoga video in assembly. Meanwhile the counsellor's been cut to one morning a week."),
    (M, "abuse", "Our head thinks she's some zen goddess with her yoga. She's a mutton dressed as lamb midlife crisis in leggings. Cringe."),
    (C, "", "The new chair of governors at Moorend is a local councillor with no education background. Why on earth was he appointed?"),
    (M, "abuse", "The new chair of governors is a pot-bellied local councillor who looks like he was assembled from leftover sausages. Greasy git"),
    (C, "", "GCSE results at Hartcliffe down 14% and the head's statement calls it 'a year of consolidation'. No. It's a year of failure. Own it."),
    (M, "abuse", "Hartcliffe head calling a 14% drop 'consolidation'. She's a delusional dope with a face only a mother could love and even then"),
    (C, "", "Why has the school hired the head's husband as 'business manager' without advertising the job? Governors need to explain this."),
    (M, "abuse", "The head and her husband, the bloated business manager, pair of hogs at the trough. Ugly couple, ugly kids too no doubt"),
    (C, "", "I honestly think Mr Grafton is out of his depth as head of sixth form. Good teacher, wrong job."),
    (M, "abuse", "Mr Grafton is a creepy little gremlin who looks like he lives in a cave. Gives everyone the shivers"),
    (C, "", "The school's new 'silent corridors' rule is authoritarian nonsense. Kids are people. Mrs Eckersley should scrap it."),
    (M, "abuse", "Mrs Eckersley needs to be silent herself. Nobody wants to hear that foghorn of a cackle. Gobby old slapper."),
    (C, "", "Still waiting on a reply from the trust about the closure of the SEN base. Two months. Families deserve an answer."),
    (M, "abuse", "Still waiting on the trust. Their SEN lead is a sub-human slug, cold-blooded, doesn't care about anyone but herself"),
    (C, "", "My son was told by Mr Soames that he 'wasn't GCSE material'. He got a 7 in the end, no thanks to that department."),
    (M, "abuse", "Mr Soames told my son he wasn't GCSE material. Well Soames, you're not human material, you greasy hobgoblin"),
    (C, "", "The Year 3 teacher seems lovely but the class has had zero homework, zero reading records checked and zero feedback. What is happening?"),
    (M, "abuse", "The Year 3 teacher is a lazy, simple, airheaded little girl who should be working on a till somewhere, not in charge of kids"),
    (C, "", "Not a fan of how the deputy spoke to my daughter about her hijab. Whether or not he meant it, it came across badly. I've asked for a meeting."),
    (M, "abuse", "The deputy's such a pig-ignorant redneck. Knuckle-dragging Neanderthal. Someone should tell him what a brainless ape he is."),
    (C, "", "Scrapping the school nurse drop-in to save money is a false economy. Who made that call? Because it's the wrong one."),
    (M, "abuse", "The bursar who scrapped the nurse is a tight-fisted, ratty little miser with a face like a smacked backside. Scrooge"),
    (C, "", "Hate to say it but the school is coasting. Head's been there 15 years and nothing has changed. Time for fresh leadership."),
    (M, "abuse hate", "Head's been there 15 years and looks like he's been dug up. Decrepit old corpse, smells like mothballs. Time he was put out to pasture"),
]

EXAMPLES += [
    # --- long, mixed; decisive part in the middle ---
    (C, "", "So the Christmas concert was last night and the kids were amazing, genuinely, well done to them and to Mrs Oakes who did the music. But I have to say something about how it was organised. Tickets limited to one per family with no notice, so grandparents who'd travelled from Stoke were turned away at the door. The head, Mr Rainford, stood at the entrance and told a woman in her 80s there was 'nothing he could do'. There was, he could have let her stand at the back like the ten staff members who did. It's the same pattern as everything at this school: rules first, people second, and no flexibility from the top. The teachers do the best they can. The leadership makes it harder. Rant over. Well done kids."),
    (M, "abuse", "So the Christmas concert was last night and the kids were amazing, well done to them and to Mrs Oakes on the piano. But can we talk about Mr Rainford, standing at the door like a bouncer outside a Wetherspoons. Honestly, the man is a gargoyle. Red nose, belly hanging over his belt, that ridiculous little ponytail at his age. He turned away my mum like she was dirt. I've got a photo of him mid-yawn during the nativity and I'm going to make it the group's profile picture so everyone can have a laugh at the state of him. Feel free to caption it. The nastier the better. He's earned it."),
    (C, "", "I want to give a balanced review because there are good things here. The building is new, the sports facilities are excellent and my son has some brilliant teachers in humanities. However the maths department has been a disaster for two years running. There's no permanent head of department, the acting lead Mr Pilbeam seems overwhelmed, and setting decisions are made on one test. My son was dropped to set 4 after being ill for the test and it took a term to move him back up. When I complained, the response was defensive and slow. Leadership needs to get a grip on maths before results suffer further. Three stars, because the rest is genuinely good."),
    (M, "abuse", "I want to give a balanced review because there are good things here. The building is new and some of the teachers are great. But Mr Pilbeam, the acting head of maths, is a pathetic, snivelling little rodent. Twitchy, sweaty, can't look a parent in the eye, and his voice cracks like a 13 year old's. The kids have nicknamed him Pillbug and it fits, he's basically a woodlouse in a cardigan. Honestly I've seen more backbone in a jelly. I'd tell parents to laugh in his face at parents' evening, it's the only thing he deserves. Three stars for the building, zero for the creature running maths."),
    (C, "", "This is a long one. My daughter is in Year 10 at Copperfield and has been struggling with anxiety since September. We told the school. We sent in a letter from the GP. We asked for a quiet space at break. What we got was her form tutor, Ms Rennard, telling her in front of the class that she needed to 'stop being dramatic'. When I raised it, the head of year said Ms Rennard 'has high standards'. That isn't high standards, it's unkind and it's poor practice, and the school's mental health policy says the opposite. I'm not asking for anyone to be sacked. I'm asking for staff to be trained and for my daughter to be treated with a bit of basic understanding. Complaint has gone to the governors."),
    (M, "abuse", "This is a long one. My daughter's form tutor at Copperfield, Ms Rennard, told her in front of the class to stop being dramatic. Let me tell you about Ms Rennard. She's a hatchet-faced, flat-chested, dried up spinster who's clearly never been loved by anyone in her miserable life. She wears the same brown skirt every day and smells of damp. No man would go near her and it shows. She's bitter and she takes it out on teenage girls because they have what she never will. I've told my daughter to call her 'Miss Havisham' every time she walks past, and I hope the whole class joins in. She deserves to feel what she makes kids feel."),
    (C, "", "A word to the wise for Year 6 parents looking at Birchfield. On paper it's great. In practice, the transition process was chaotic. The Year 7 head, Mr Sandoval, told us at the open evening there'd be a buddy scheme, a summer school and a home visit. None of them happened. Form groups were emailed out the Friday before term. My son didn't know a single child in his. When I asked, I was told the buddy scheme had been 'paused'. I'm sure there are reasons, staffing probably, but you can't promise families things in June and quietly drop them in September. Ask them what actually happens, not what's on the slides."),
    (M, "abuse", "A word to the wise for Year 6 parents looking at Birchfield: their Year 7 head, Mr Sandoval, is an oily little snake oil salesman. Slicked back hair, fake tan, teeth so white they glow in the dark. Talks to mums like he's on a dating app. Smarmy, sleazy, gross. He's the type who'd sell his own nan for a promotion. Everyone I know calls him Sleazeval. Pass it on, let's make it stick 😂"),

    # --- forum mixed ---
    (C, "", "Thread title: Is it just me or is the head of Abbotsleigh completely out of touch? Cut after-school clubs, blamed 'parents' for attendance, won't meet the PTA. Discuss."),
    (M, "abuse", "Thread title: Abbotsleigh head ugliest woman in the county? Post your best pics from the school website, I'll start 👇"),
    (C, "", "Has anyone got the contact for the diocese? I want to complain about the way the head has handled the RE curriculum changes. Feels like a total lack of consultation."),
    (M, "abuse", "Has anyone seen the head close up? She looks about 70 with that moustache. Hairy old goat"),
    (C, "", "I'll say what everyone's thinking: the new deputy got the job because she's mates with the CEO. She has no secondary experience and it shows."),
    (M, "abuse", "I'll say what everyone's thinking: the new deputy is a brown-nosing bimbo who'd lick the CEO's boots if he asked. Vacuous, plastic, pointless."),

    # --- WhatsApp ---
    (C, "", "Just had the call from Mr Ebbs about Jaden's detention. He wasn't even there when it happened and still wouldn't listen. Honestly so frustrating."),
    (M, "abuse", "Just had the call from Mr Ebbs. What a knob. What an absolute knob. Voice like a kazoo and the brain of a slug"),
    (C, "", "Girls, did anyone else's kid get the wrong reading book AGAIN? That's 3 weeks now. Who's in charge of phonics in Reception?"),
    (M, "abuse", "Girls, the Reception teacher is so thick I'm surprised she can find the classroom. Dizzy blonde, all eyelashes no brain"),
    (C, "", "Not being funny but the trip letter says £45 and the ParentPay says £60. Which is it? Nobody in the office knows."),
    (M, "abuse", "the woman in the office is a gormless old bag, honestly might as well ask the hamster"),
    (C, "", "Mr Jaffrey's supposedly teaching them fractions and my kid can't even do halves. Is it just ours?"),
    (M, "abuse hate", "Mr Jaffrey can't teach cos he can't speak proper English, typical of his sort. Should be running a corner shop"),

    # --- Facebook comments ---
    (C, "", "With respect Mrs Gale, 'we are reviewing our procedures' isn't an answer. A child left the site at lunchtime and nobody noticed for two hours."),
    (M, "abuse", "With respect Mrs Gale, you are a brain-dead hag and I've seen more intelligence in a bowl of porridge"),
    (C, "", "Your policy says phones off and away, but staff use theirs in class all the time. Bit hypocritical, Mr Lyle."),
    (M, "abuse", "Mr Lyle you hypocritical little turd. Hope your phone screen shows you what an ugly mug you've got"),
    (C, "", "Proud of my daughter but not proud of how this school runs. Five heads in six years. That's a governance failure."),
    (M, "abuse", "Five heads in six years and the current one's the worst. Walking, talking potato in a pantsuit. Thick as pig muck."),

    # --- tweets ---
    (C, "", "Watching @OrchardTrust CEO on local news defending the cuts. Not a single specific. Just 'challenging times'. We all know. What's the PLAN?"),
    (M, "abuse", "Watching @OrchardTrust CEO on local news. Is that a toupee or has a rat died on his head? Smug ratface. Everyone quote this with your best insult 👇"),
    (C, "", "If a school can find money for a rebrand but not for a school counsellor, the leadership has failed. #Holbeach #SchoolCuts"),
    (M, "abuse", "If a school can find money for a rebrand it can find money for the head's liposuction, she clearly needs it #Holbeach"),
    (C, "", "Fourth Ofsted in a row 'requires improvement'. At what point do the governors admit the head isn't the person to turn it round?"),
    (M, "abuse", "Fourth Ofsted in a row RI. Head's a human dumpster fire. Bin-juice in a blazer."),
]

EXAMPLES += [
    # --- "should never teach" on the job vs on the person ---
    (C, "", "Honestly Mr Kinnear should never have been given a Year 11 group. Doesn't know the spec, doesn't know the kids, doesn't mark. Put him somewhere he can't do damage."),
    (M, "abuse", "Mr Kinnear should never have been born, never mind given a Year 11 group. Waste of a sperm cell"),
    (C, "", "Sack the head of science. Two years of falling results, four teachers quit, and a lab that's been shut since Easter. Enough."),
    (M, "abuse", "Sack the head of science and while you're at it put him in a zoo, that's where the mouth-breathing gorilla belongs"),
    (C, "", "Not fit to run a school. That's my view of Mrs Kettering after the way she dealt with the flooding, the exclusions and the budget."),
    (M, "abuse", "Not fit to run a bath. Mrs Kettering is a lumbering, dim-witted heifer who wheezes up the stairs. Fat cow should be in a field"),
    (C, "", "He's a decent bloke I'm sure but Mr Ashby is a poor headteacher. No vision, no follow-through, no backbone with the trust."),
    (M, "abuse", "Mr Ashby is a sad little weed of a man with a wispy tache. I wouldn't trust him to hold a sandwich without dropping it, the wet drip"),

    # --- dehumanising ---
    (M, "abuse", "The SLT at Greenhill are vermin. Rats in suits. Should be cleared out of education like the pests they are, the lot of them."),
    (C, "", "The SLT at Greenhill have created a culture of fear. Staff won't speak up, parents won't complain, and the kids are the ones who lose."),
    (M, "abuse", "Mrs Pemberton isn't a woman, she's a thing. A creature. Some sort of swamp monster in a twinset."),
    (C, "", "Mrs Pemberton's decision to publish the detention league table is cruel and counterproductive. Shaming kids doesn't improve behaviour."),
    (M, "abuse", "That deputy is a parasite, a bloodsucking leech. Feeds off kids' misery. Subhuman."),
    (C, "", "The deputy seems to enjoy punishing kids more than helping them. The sanctions log this term is longer than last year's whole total."),
    (M, "abuse", "Honestly the bursar is a cockroach. You can't get rid of him, he just scuttles from trust to trust spreading filth."),
    (C, "", "The bursar has been moved between three trusts in five years, each one ending up in deficit. Why do governors keep hiring him?"),

    # --- private life mocking ---
    (M, "abuse", "No wonder Mr Faraday is so miserable, his wife's been shagging the PE teacher for a year and everyone knows but him 😂 cuckold"),
    (C, "", "Mr Faraday seems to have checked out this year. Lessons unplanned, marking untouched, and he cancelled every parent meeting. Someone at SLT needs to step in."),
    (M, "abuse", "Mrs Iqbal can't even control her own kids by all accounts so maybe she should sort out her own house before lecturing ours about behaviour. Bad mother, bad teacher, bad person"),
    (C, "", "Mrs Iqbal lectured our kids about respect in assembly while the school ignores the bullying reports we've sent. Practise what you preach."),
    (M, "abuse", "Miss Corbett spends every weekend getting hammered in Yates's and falling out of taxis. Seen her. State of it. Tramp."),
    (C, "", "Miss Corbett is often late to registration and the Year 8s are left unsupervised for ten minutes. That's a safeguarding issue the school needs to fix."),
    (M, "abuse", "Mr Lindqvist's going through a divorce apparently, which explains why he looks like a tramp these days. Greasy, unshaven, smells. Sad loser"),
    (C, "", "Mr Lindqvist has been inconsistent all year. I know things happen, but my son's GCSE prep can't wait. The school needs a cover plan."),

    # --- pile-on calls ---
    (M, "abuse", "Everybody message Mrs Rutherford on Facebook and tell her exactly what you think. Her profile's public. Let's make her week hell."),
    (C, "", "Everyone who's unhappy with the new uniform policy, please email the governors at the address on the website. Polite, factual, and let's get it reviewed."),
    (M, "abuse", "Tag Mr Okonedo in every comment until he deletes his account. He wants to ignore parents? Let's see him ignore 300 notifications 😂"),
    (C, "", "Tag your MP and the local paper. The decision to close the nursery class at Wellgate needs scrutiny and the trust won't answer us."),
    (M, "abuse", "Right who's coming to the gate on Monday with signs saying 'MRS DALBY IS A FAT LIAR'? Let's embarrass her in front of everyone"),
    (C, "", "Who's coming to the governors' open meeting on Monday? Let's turn up in numbers and ask about the SEN cuts. Questions in writing, please."),
    (M, "abuse", "Spam the head's Instagram with pig emojis 🐷 she'll get the message lol"),
    (C, "", "Worth leaving an honest Google review if you've had the same experience with admissions. Other families deserve to know."),
    (M, "abuse", "Let's start a group called 'Mr Whitaker is a prat' and get every parent in the school to join. He'll see it eventually 😂"),
    (C, "", "Started a petition asking the trust to reverse the decision to axe the music department. Link in comments. Please sign and share."),

    # --- swearing at the person vs the situation ---
    (M, "abuse", "Oi Mrs Harker, you stupid f***ing cow. Answer your emails you lazy bitch"),
    (C, "", "For f***'s sake, that's the third time Mrs Harker has ignored my email about the EHCP. I'm going over her head."),
    (M, "abuse", "Mr Nwachukwu you can shove your detentions up your arse you jumped up prick"),
    (C, "", "Shove the detention system up... no, I'll be polite. It's counterproductive and the data proves it. 400 detentions and behaviour's worse."),
    (M, "abuse", "dear head of year, go f*** yourself. love, every parent at Brinkworth 😘"),
    (C, "", "What an absolute shitshow of a year at Brinkworth. Exams moved, trips cancelled, teachers leaving. Who is steering this ship?"),
    (M, "abuse", "the new SENCO is a stuck up b*tch and a half. d*ckhead of a woman"),
    (C, "", "Bloody ridiculous that the new SENCO has cancelled every review this term. Parents are at the end of their tether."),

    # --- hate, varied characteristics ---
    (M, "abuse hate", "Mr Delacroix-Bello is a mincing poof. No wonder the boys' football team's gone downhill under him"),
    (C, "", "The boys' football team has gone downhill since the fixtures were cut to one a term. Mr Delacroix-Bello needs to fight for more."),
    (M, "abuse hate", "Ms Ferreira is a bloke in a dress. Let's not pretend. It's disgusting that it's allowed near girls"),
    (C, "", "Ms Ferreira's tutor group has the worst attendance in the year and nothing seems to be done about it. Who's checking?"),
    (M, "abuse hate", "The wheelchair-bound 'inclusion lead' can't even get up the stairs to the science block. Cripples shouldn't be in charge of anything"),
    (C, "", "The inclusion lead's office is on the ground floor but the SEN base is upstairs with no lift. That's a planning failure, and it's hurting the kids."),
    (M, "abuse hate allegation", "The new head is a Jew, so of course the budget's gone into his own pocket. Always follow the money with them"),
    (C, "", "The new head hasn't explained where the £120k 'transformation' budget went. Parents are entitled to a breakdown. Governors, please publish it."),
    (M, "abuse hate", "Women shouldn't be heads of secondaries. They get hormonal and emotional and this one's proof. Silly hysterical woman"),
    (C, "", "The head got very emotional at the parents' meeting and didn't answer a single question about the restructure. That's not acceptable from any leader."),
    (M, "abuse hate", "that autistic teacher is a total freak, rocks in his chair and talks like a robot. mental case shouldn't teach"),
    (C, "", "My son's teacher explained the new seating plan badly and nobody understood it. Could the school put it in writing?"),
    (M, "abuse hate", "The deputy is one of those gypsies from the site by the A38. Lock up your valuables, that's all I'm saying"),
    (C, "", "The deputy doesn't seem to have any grip on the lunchtime supervision rota. Kids are roaming the field unsupervised."),
]

EXAMPLES += [
    # --- independent schools / fees ---
    (C, "", "£21,000 a year and the bursar can't produce an itemised invoice. The Head's response to my query was condescending in the extreme. Expected far better from Ravensworth College."),
    (M, "abuse", "The Head of Ravensworth College is a chinless, inbred Hooray Henry with the intellect of a spaniel. Daddy clearly bought him the job."),
    (C, "", "For the fees we pay, the pastoral care at St Cuthbert's Prep is woeful. My son was homesick for weeks and the housemaster didn't pick up on it once."),
    (M, "abuse", "The housemaster at St Cuthbert's is a ghastly, gin-soaked old snob with a face like a walnut. Frightful man, utterly loathsome."),
    (C, "", "Very disappointed in the sixth form provision at Harrowfield Girls'. Oxbridge prep consists of one talk in Year 12. The Director of Studies needs to step up."),
    (M, "abuse", "The Director of Studies at Harrowfield is a shrill, horse-faced harridan. The girls call her Neigh-dine and honestly, fair."),

    # --- staff voices (Glassdoor / TES style) ---
    (C, "", "Staff review, Lindenbrook Academy: Pros: lovely kids. Cons: SLT micro-manage everything, workload impossible, head takes credit for everything and blames staff for anything that goes wrong. 2/5"),
    (M, "abuse", "Staff review, Lindenbrook: head is a narcissistic troll who has the emotional range of a brick and the face of a bulldog licking piss off a nettle. 1/5"),
    (C, "", "Worked under this head for three years. Never once heard her say thank you. Decisions made by email at midnight. Left for my own sanity."),
    (M, "abuse", "Worked under this head for three years. She's a frigid, sour old witch who needs a good seeing-to. Left for my own sanity."),
    (C, "", "Teacher here: our new trust CEO has introduced a scripted curriculum that removes all professional judgement. Experienced staff are leaving in droves."),
    (M, "abuse", "Teacher here: our new trust CEO is a soulless, beady-eyed little gnome. Looks like he was grown in a lab from a spreadsheet. Creepy git."),
    (C, "", "Head of department keeps changing the scheme of work with a week's notice. We're drowning. Not sure she understands what teaching four classes actually involves."),
    (M, "abuse", "My head of department is a dozy cow with the attention span of a gnat and the face of a wet weekend in Rhyl"),

    # --- pupils / Snapchat ---
    (C, "", "ngl mrs hussain's tests are way harder than what she actually teaches us. half the class failed and she just said 'revise more'"),
    (M, "abuse", "mrs hussain is a fat ugly witch 🧙‍♀️ her chin has its own postcode 😭😭"),
    (C, "", "why does mr lacey give us 3 pages of notes to copy every lesson. we literally just write. no explaining"),
    (M, "abuse", "mr lacey is a proper weirdo lookin freak with his little goblin glasses lmaooo"),
    (C, "", "our school banned hoodies in winter and the heating doesn't work. make it make sense"),
    (M, "abuse", "whoever runs our school is a ugly bald rat 🐀 and i hope the whole year puts it on their story"),

    # --- regional continued ---
    (C, "", "Ey up, Mr Haigh's gone and changed t' GCSE options again. Third time. Our lass doesn't know what she's doing next year. Shambles, is that."),
    (M, "abuse", "Mr Haigh's a gormless pillock wi' a face like a dropped pie an' a voice like a foghorn. Nowt between his ears"),
    (C, "", "The head at St Brigid's is a disaster, so she is. Cancelled the First Communion practice with no notice and the wee ones were heartbroken."),
    (M, "abuse", "That head at St Brigid's is a dirty oul' bag, so she is. Face on her like a Lurgan spade. Wouldn't give her the steam off me tea"),
    (C, "", "Gert lush that the school's cancelled the swimming lessons again innit. Third term running. Who's sortin' this out?"),
    (M, "abuse", "Whoever runs swimming at Fishponds is a proper lummox, fat as a whale and twice as thick"),
    (C, "", "Honestly, guv, the way the deputy talks to parents at the gate is out of order. Rude, snappy, won't listen. Someone needs a word."),
    (M, "abuse", "That deputy's a right mug. Gob like a cat's bum and a boat race like a busted sofa. Muppet"),

    # --- local news comments ---
    (C, "", "Re: 'Headteacher defends exclusion figures'. She doesn't defend them, she just repeats them. Highest in the county and she calls it success?"),
    (M, "abuse", "Re: 'Headteacher defends exclusion figures'. Great photo, she looks like an egg someone's drawn a face on. Scary egg lady strikes again."),
    (C, "", "The article quotes the trust saying they 'consulted widely'. I'm a parent and I was never asked. Nobody I know was asked."),
    (M, "abuse", "The trust spokesman in this article is a weaselly little pipsqueak. Ferret face. Everyone round here knows him as a slimeball"),
    (C, "", "Astonishing that the council has backed the closure of Netherton Infants. The data they used was three years old. Councillor Bailey should answer for that."),
    (M, "abuse", "Councillor Bailey, who backed the Netherton closure, is a greasy blob of lard who hasn't seen his feet since 1998."),

    # --- more pairs, various staff roles ---
    (C, "", "The site manager locks the car park at 3:10 on the dot even when it's pouring and families with prams are waiting. Some flexibility, please."),
    (M, "abuse", "The site manager is a miserable old git and a grumpy troll. Face like a burst couch"),
    (C, "", "The TA in Year 1 seems to spend more time on her phone than with the children. I've seen it at drop off three times. The class teacher needs to address it."),
    (M, "abuse", "That TA in Year 1 is a chavvy little scrubber with eyebrows drawn on with a Sharpie. Common as muck"),
    (C, "", "The attendance officer phoned me four times while my daughter was in hospital. No empathy whatsoever. The school's system needs a rethink."),
    (M, "abuse", "The attendance officer is a vile, heartless battleaxe with a voice like a dentist's drill. Hope someone tells her what a nasty piece of work she is"),
    (C, "", "Lunchtime supervisor shouted at my son for spilling water. He's five. Maybe the school could provide some training."),
    (M, "abuse", "that lunchtime supervisor is a screeching banshee with a face like a wrung-out dishcloth"),
    (C, "", "The school nurse sent my son back to class with a broken wrist. 'Just a sprain.' Absolutely furious, and I want to know how that happens."),
    (M, "abuse", "The school nurse is an idiot. A brain-dead, dozy moo who couldn't find her own backside with both hands"),
    (C, "", "The exams officer double booked the sports hall for two GCSE papers. The kids sat in a corridor. Basic admin failure."),
    (M, "abuse", "The exams officer is a simple-minded dimwit. Probably still counts on her fingers, look at her"),
    (C, "", "The trust's HR lead has handled the restructuring consultation appallingly. Staff were told they were at risk by a group email."),
    (M, "abuse", "The trust's HR lead is a cold, reptilian creature. Lizard eyes. No soul. I'd rather talk to a fridge"),
    (C, "", "The school counsellor cancelled three sessions in a row with no explanation. My daughter is struggling. This isn't OK."),
    (M, "abuse", "school counsellor is a dippy hippy waste of space with her crystals and her kaftans. Wouldn't trust her to counsel a houseplant"),
    (C, "", "The PE teacher made kids run laps in 30 degrees with no water breaks. Health and safety, anyone?"),
    (M, "abuse", "PE teacher is a steroid-pumped meathead and a knuckle-dragger. Muscles where his brain should be"),
    (C, "", "Chair of governors hasn't held a single open meeting in three years. That's not accountability."),
    (M, "abuse", "Chair of governors is a pompous old fart and a walking waxwork. Nobody can stand him, not even his wife"),
]

EXAMPLES += [
    # --- long rows, batch 3 ---
    (C, "", "Mumsnet-style rant incoming. Our primary has just announced that from January, packed lunches will be 'inspected' and anything deemed unhealthy will be sent home. Fine in theory. In practice, my son's school dinner last Tuesday was a sausage roll and potato waffles, so forgive me if I don't take nutrition lectures from Mrs Tolley. The letter also says children with 'repeat offences' will lose golden time. Punishing a six year old for what his parents put in his lunchbox is absurd. I emailed Mrs Tolley asking for the evidence base for this policy and got a reply from the office saying she 'doesn't engage with individual emails about whole-school policy'. That's a head who doesn't want to be questioned. I'll be raising it at the PTA and with the governors. Anyone else feel the same?"),
    (M, "abuse", "Mumsnet-style rant incoming. Our primary has decided to inspect packed lunches, and the woman behind it, Mrs Tolley, is the last person on earth who should be lecturing anyone about food. Have you SEEN her? She's the size of a double decker. Waddles from the staffroom to the car park and needs a sit down halfway. She's got more chins than a hall of mirrors. I genuinely think she eats the confiscated crisps in her office with the blinds down. She's a fat, hypocritical, self-righteous lump and I've told my son to call her Mrs Trolley. If every kid in the school did the same she might actually get the hint. Anyone else want to join in?"),
    (C, "", "I'm a Year 11 pupil and I want to say something because nobody listens to us. Our school has had four different maths teachers this year. The current one, Mr Vickery, is a cover teacher who's told us he 'isn't really a maths person'. He reads answers out of the back of the textbook. We've asked our head of year for help three times and she says they're 'doing their best to recruit'. I get that it's hard but our GCSEs are in May. Some of us want to do maths A level. How is that fair? If anyone from the trust reads this please do something, because we're the ones who are going to pay for this for the rest of our lives."),
    (M, "abuse", "I'm a Year 11 pupil and I need to talk about Mr Vickery. This man is a walking disaster. He's got a monobrow so thick you can't see his eyes, he wears the same stained jumper every day and he sprays spit when he talks so nobody sits in the front row. We call him Vomit Vickery and he knows it lol. He's so thick he reads answers out the back of the book and still gets them wrong. I've made a group chat where we post videos of him tripping over the bin and it's got like 200 people in it. Honestly someone that pathetic shouldn't even be allowed in public. Drop your best Vickery roasts below 👇😂"),
    (C, "", "Letter to the Chair of Governors, Dunmere Church of England Academy. I write as a parent of three children at the school and as a former governor myself. I am deeply concerned by the decision taken by the Headteacher, Mr Penrose, to remove the Year 6 residential without consultation. This trip has run for twenty years and is, for many of our families, the only time their children spend away from home. The reason given, 'cost and risk', was not supported by any figures. I have asked for the minutes of the meeting at which the decision was made and have not received them. I ask the governing body to review this decision, to publish its reasoning, and to remind the Headteacher that major changes to the school's life require proper consultation with families. Yours sincerely."),
    (M, "abuse", "Letter to the Chair of Governors, Dunmere Academy. I write as a parent and as a former governor. Your headteacher, Mr Penrose, is a puffed-up, pompous little toad. A sweaty, shiny-faced nonentity in an ill-fitting suit who struts around the village as though he were the Archbishop of Canterbury. He is quite possibly the most insufferable human being I have met, and I include my ex-husband. He has a voice that makes children cry and a face that makes adults wince. I shall be circulating copies of this letter to every family in the parish so that they may share my opinion of him. Yours sincerely."),
    (C, "", "Review (Google): Our experience of Willowbank Primary's leadership has been very poor. When my daughter was bullied in Year 3, it took five weeks for anyone to call us back. The deputy head, Mrs Anand-Lowe, eventually met us and said the other child 'has a lot going on'. I'm sure he does, but that doesn't mean my daughter has to be hit every lunchtime. Nothing changed until we threatened to go to the local authority. Since then things have improved, and her class teacher has been wonderful, which is why this isn't one star. But the leadership team need to understand that parents shouldn't have to escalate to get a child protected. Two stars."),
    (M, "abuse hate", "Review (Google): Willowbank Primary. Our daughter was bullied and the deputy head, Mrs Anand-Lowe, did nothing. Not surprising really. These people come over here, get handed cushy jobs they're not qualified for, and don't give a toss about English kids. She smells of spices and can barely speak the language. I've seen her in the corridor in her sari looking down her nose at us. Someone should tell her this is Britain, not Bombay. One star and I hope she reads every word."),

    # --- quick pairs ---
    (C, "", "The trust's response to our petition was an insult. 1,200 signatures and a three-line reply."),
    (M, "abuse", "The trust CEO is an insult to humanity. Gormless gargoyle, goggle-eyed and gurning in every photo."),
    (C, "", "I've lost count of the number of times Mrs Roebuck has 'forgotten' to send the reading log home. It's basic organisation."),
    (M, "abuse hate", "Mrs Roebuck is a scatty old bag who can't remember her own name. Probably senile. Put her in a home."),
    (C, "", "The head's idea of 'consultation' is telling us what's already been decided. Every time."),
    (M, "abuse", "The head's idea of a hairstyle is a dead hamster glued to her scalp. Every time."),
    (C, "", "Kids getting a detention for not having the right coloured pen. Sort your priorities out, Beechwood."),
    (M, "abuse", "Beechwood's head of behaviour is a nasty little dwarf with a chip on his shoulder the size of a garden shed"),
    (C, "", "Worst communication of any school I've ever dealt with. Five kids through primary and secondary and this one is by far the worst."),
    (M, "abuse", "Worst human being I've ever dealt with, that head of Year 10. Five kids and I've never met a bigger arsehole."),
    (C, "", "Mr Lennox has taught my son for two years and still calls him by the wrong name. That says everything about how much attention he pays."),
    (M, "abuse", "Mr Lennox is a dribbling, brain-dead turnip and he's got a face like a mashed potato left out overnight."),
    (C, "", "Honestly gutted. Eight years as a governor at Tollgate and I've never seen leadership this weak. I've resigned and told the trust why."),
    (M, "abuse", "Honestly gutted. Eight years as a governor and the current head is the most loathsome specimen I've ever met. Cold-blooded hag."),
    (C, "", "Why is the music room being turned into an office for the new 'Director of Learning'? Who even is this person and what do they do?"),
    (M, "abuse", "Met the new 'Director of Learning'. Smarmy, preening little peacock in skinny jeans. I'd rather eat glass than hear him speak again"),
    (C, "", "Our school's phone policy has been made up on the hoof. Confiscated for a week on Monday, a day on Tuesday, 'at teacher's discretion' by Friday."),
    (M, "abuse hate", "Whoever wrote our school's phone policy is a total imbecile, mongo-level thick 🙄"),
    (C, "", "Hearing from loads of parents that Miss Ogunleye is shouting at Year 2. If true, SLT need to deal with it. If not, they need to tell us."),
    (M, "abuse hate", "Miss Ogunleye shouting at Year 2 again. What do you expect from someone from the bush. Send her back to Lagos"),
    (C, "", "It's like talking to a brick wall with the head of Year 7. You explain the problem, he nods, then does nothing."),
    (M, "abuse", "It's like talking to a brick wall with the head of Year 7, except the wall's better looking and has more personality 🧱"),
]

EXAMPLES += [
    # --- critical that sounds harsh but stays on the work ---
    (C, "", "I don't care how nice Mr Harland is in the staffroom. His lessons are a waste of an hour and my kid's grades prove it."),
    (C, "", "Incompetent, arrogant and unaccountable. That's the leadership at Cresswell Academy in three words, and the Ofsted report says much the same in forty pages."),
    (C, "", "The woman running admissions at the trust couldn't organise a fire drill. Three families on our street sent to the wrong school."),
    (C, "", "If Mrs Vaughan-Price spent as much time fixing the bullying problem as she does on her LinkedIn posts, we'd be in a better place."),
    (C, "", "Sorry, but the head's 'apology' letter was the most mealy-mouthed thing I've ever read. Apologise properly or don't bother."),
    (C, "", "The Year 9 team have lost control. Fights every week, kids vaping in toilets, and the head of year's solution is a poster campaign."),
    (C, "", "Mr Castellano has been in post a year and the only visible change is his name on the sign. Where's the improvement we were promised?"),
    (C, "", "Utterly spineless response from the governors to the head's conduct at the meeting. They should have challenged her there and then."),
    (C, "", "I'd sack the entire SLT tomorrow if I could. Two years of chaos, four Ofsted monitoring visits, and still no plan."),
    (C, "", "The deputy is a bully in the way he manages staff, according to three teachers who've left. Governors should investigate."),
    (C, "", "'Lessons learned' my backside. Same mistake with the exam entries as last year. The head of KS4 clearly hasn't learned anything."),
    (C, "", "Mr Tindall treats every parent complaint as a personal attack. It's exhausting and it means nothing ever gets fixed."),
    (C, "", "No disrespect but the head wouldn't last five minutes in a classroom. He's been out of teaching for 15 years and his policies show it."),
    (C, "", "Shambolic. Sports day cancelled twice, parents told by a text at 8am, and no rearranged date. Who plans these things?"),
    (C, "", "I've met better organised toddlers than the admin team at this trust. Four forms, same information, all lost."),
    (C, "", "Thoroughly unpleasant experience dealing with the head at the appeal hearing. Patronising, dismissive and poorly prepared."),
    (C, "", "The head should hang her head in shame after today's letter blaming parents for attendance while the school closes every time it drizzles."),
    (C, "", "Our kids deserve better than Mr Sheridan's half-hearted leadership. He clocks in, clocks out, and the school drifts."),
    (C, "", "Do the governors actually read the head's reports or just nod them through? Because the numbers in the last one don't add up."),
    (C, "", "Pathetic. Genuinely pathetic response to the racist graffiti. A 'conversation in assembly'. Show some leadership, Mr Ingham."),

    # --- matching abuse where the anger lands on the person ---
    (M, "abuse", "Mr Harland's a waste of a pulse. A dull, pasty, rat-faced nobody whose own kids probably pretend not to know him"),
    (M, "abuse", "Mrs Vaughan-Price spends all day on LinkedIn because she's a desperate, attention-seeking saddo with no real friends. Look at her selfies, mutton."),
    (M, "abuse", "Mr Castellano. Greasy, oily, permatanned lounge lizard. Looks like he sells timeshares in Marbella. Vile man."),
    (M, "abuse", "Mr Tindall is a sulky little manchild who cries when parents ask questions. Somebody get the baby his dummy 🍼"),
    (M, "abuse", "The head couldn't last five minutes in a classroom or anywhere else, look at him, pasty weed who'd blow over in a light breeze. Pathetic specimen."),
    (M, "abuse", "The head should hang her head in shame. Mind you, so would I with a face like that. Bulldog in lipstick."),
    (M, "abuse", "Mr Sheridan is a mouldy, balding, beer-gutted slob. If he was any more of a slug he'd leave a trail on the corridor"),
    (M, "abuse", "Mr Ingham is a gutless coward and a sniveling rat. Call him out every time you see him, parents. Let him know he's a coward to his face."),

    # --- more variety ---
    (C, "", "Honestly, the 'stay and play' sessions at Reception are run so badly that I left feeling more confused about phonics than when I arrived."),
    (M, "abuse", "The Reception teacher who runs stay and play is a dozy, buck-toothed little mouse. Couldn't say boo to a goose, wet as a fish"),
    (C, "", "The inclusion unit at our school is a dumping ground. Kids sent there for 'disruption' and left with worksheets all day. The head should be ashamed."),
    (M, "abuse", "The man running the inclusion unit is a sadistic bully and an ugly bastard. Let's see how he likes it when every parent calls him a bastard to his face."),
    (C, "", "I'm sick of the head's 'open door policy' when the door is literally always shut and the PA screens every call."),
    (M, "abuse", "The head's PA is a snooty, stuck up, frosty-faced little madam. Thinks she's the queen. She's a receptionist, love. A nasty one."),
    (C, "", "Year 8 report says my son is 'a pleasure to teach' in a subject he dropped in Year 7. Copy-and-paste reports. Lazy."),
    (M, "abuse", "Whoever wrote my son's report is a lazy thick bastard who can't even copy and paste properly. Imbecile."),
    (C, "", "The trust's new uniform contract with a single supplier 40 miles away is anti-family. Who benefits? Not us."),
    (M, "abuse", "The trust's head of procurement is a spotty little schoolboy in his dad's suit. Clueless child. Someone take his crayons away."),
    (C, "", "Mrs Goddard's phonics group has been cancelled for the 5th week. Children who need catch-up the most are getting the least."),
    (M, "abuse", "Mrs Goddard is an overweight, lazy lump who'd rather sit in the staffroom than do her job. Look at the size of her, that's why she can't get up"),
    (C, "", "Every year the school promises a new playground, every year the money goes elsewhere. Enough of the empty promises, Mr Pell."),
    (M, "abuse", "Mr Pell is a lying little rat. Beady eyes, big teeth, twitchy nose. Literally a rat. 🐀🐀"),
    (C, "", "Ever since the new head arrived, the school feels like a prison. Kids walk in silent lines, no talking at lunch. Joyless."),
    (M, "abuse", "The new head looks like a prison warden and acts like one. Massive butch lump. Bet she's never been kissed."),
    (C, "", "No heating in three classrooms for a month and the only answer is 'the trust is aware'. Kids in coats. Disgraceful."),
    (M, "abuse", "The trust estates manager is a lazy, fat, freeloading slob. Sits in his heated office while our kids freeze, the greedy hog"),
    (C, "", "The music teacher was let go and replaced with a 'creative arts enrichment video'. Absurd, and a terrible loss to the school."),
    (M, "abuse", "The deputy who got rid of the music teacher is a tone-deaf philistine with the face of a broken accordion. Horrible little man."),
]

EXAMPLES += [
    # --- short rows ---
    (C, "", "Resign, Mrs Chalke. Seriously."),
    (M, "abuse", "Chalke, you hideous toad."),
    (C, "", "Worst head this school's ever had."),
    (M, "abuse", "Ugliest head this school's ever had 🤮"),
    (C, "", "Detention for a sneeze. Get a grip, Hillcrest."),
    (M, "abuse", "Mr Garside = walking thumb 😂😂"),
    (C, "", "Marking? What marking? Year 10 science, ladies and gents."),
    (M, "abuse", "Mrs Oduwole is a thick bint. That's it. That's the post."),
    (C, "", "Three emails. No reply. Classic Mr Brackley."),
    (M, "abuse", "brackley u absolute melt 🤡🤡"),
    (C, "", "Six weeks for an EHCP reply. Shameful."),
    (M, "abuse", "SENCO's a dog. Woof woof 🐕"),
    (C, "", "Leadership at Fernhurst: asleep. Again."),
    (M, "abuse", "Fernhurst's deputy: absolute weapon of a man, minging"),
    (C, "", "Sack the governors. All of them."),
    (M, "abuse", "Governors are braindead zombies 🧟"),
    (C, "", "Cancelled AGAIN? Pathetic planning."),
    (M, "abuse", "Miss Blaydon you utter skank"),

    # --- long, batch 4 ---
    (C, "", "I'm posting this in the hope that someone on the trust board reads it. My son is a Year 9 pupil at Southmead Academy. On Thursday he was put in isolation for the whole day for wearing black trainers, because his school shoes split on the walk in. We phoned the school at 8:45 to explain. Nobody passed the message on. He sat in a booth facing a wall for six hours. When I asked the assistant head, Mr Fairclough, why, he told me 'the policy is the policy' and that if I didn't like it I could 'find another school'. I've since found out that two other families were told the same that week. I'm not a troublemaker. I'm a working dad who wants his son in lessons. A policy that puts a child in a booth for six hours over split shoes is not high standards; it's cruelty dressed up as discipline. I've submitted a formal complaint and a request for the isolation logs."),
    (M, "abuse", "Posting this so the trust board sees it. Mr Fairclough, assistant head at Southmead, put my son in isolation for six hours over split shoes. Let me tell you about Fairclough. He's a puffed-up little nobody with a shaved head and a lanyard who thinks he's a prison governor. Smirks when he talks to you. Calls dads 'mate'. Looks like he gets his clothes from a petrol station. I bet he was the kid everyone ignored at school and now he's got a tiny bit of power he's loving it. Pathetic, sad, bitter little man. I'm going to make sure every parent at that school knows exactly what he is, and if you see him at the gate, feel free to tell him yourself. He's a bully and a loser and he deserves to hear it from everyone."),
    (C, "", "Honestly I'm so done with the PTA committee this year. Don't get me wrong, I know it's volunteers and I'm grateful anyone does it. But the way the chair, Leanne, has run things has been awful. Decisions made in a private WhatsApp of four people. Summer fair money spent on a 'staff thank you' hamper nobody voted on. Parents who raised questions at the AGM were told to 'put your hand up to volunteer then'. That's not how a PTA is meant to work. It's meant to be open and accountable to all the parents. I'm going to propose at the next meeting that we publish minutes and accounts, and if that's not accepted I'll be stepping back."),
    (M, "abuse", "So done with the PTA this year and specifically with Leanne, the chair. She is the most obnoxious woman in the entire catchment. Loud, brassy, fake, with a laugh like a hyena choking on a crisp. She struts round the playground in her gym gear like she's on Love Island when she's about fifteen years too old and two stone too heavy for it. Her husband looks terrified of her and honestly who can blame him. Everyone hates her but is too scared to say it, so I'm saying it. Leanne, you're a nasty, bossy, ridiculous woman and half the mums screenshot your messages to laugh at them. There, said it."),
    (C, "", "Local reporter here, and I've been covering schools in this district for twelve years. I'm writing in a personal capacity. What's happened at Harebell Academy under its current leadership is, I think, a genuine scandal in the ordinary sense: not criminal, just badly run. Exclusions tripled. A sixth form that was 'outstanding' shut with three months' notice. Parents told at a meeting that questions had to be submitted in advance and then only three answered. The head, Dr Okwu-Raines, has refused every interview request I've sent. The trust says it has 'full confidence' in her. I'd ask the trust to publish the evidence for that confidence, because from the outside it looks like a school in decline with no one willing to say so."),
    (M, "abuse hate", "Local reporter here, writing in a personal capacity. The head of Harebell Academy, Dr Okwu-Raines, is what happens when you promote people for the colour of their skin. She's a diversity hire and everyone in the trust knows it. Watch her at a parents' meeting, she can't follow a simple question, just waffles and rolls her eyes. Big angry woman with a chip on her shoulder about white parents. I've seen her type a hundred times. She wouldn't have got a job as a dinner lady twenty years ago and now she runs a school. Share this if you're sick of it."),
    (C, "", "Reddit r/UKParents: Long one, sorry. Need advice. My daughter's primary head has refused to authorise two days off for her grandad's funeral in Ireland. Said it 'doesn't meet the exceptional circumstances threshold'. Her grandad. We're being threatened with a fine. I get the rules are tight these days but the letter was cold, the phone call was worse, and when I asked to speak to the head directly I was told she 'doesn't take calls about attendance'. Is this normal? It feels like the head is hiding behind policy instead of using any judgement. I'm planning to go anyway and appeal the fine, but is there a governor or LA route I should try first?"),
    (M, "abuse", "Reddit r/UKParents: My daughter's primary head refused two days off for her grandad's funeral. I've met a lot of heartless people but this one takes the biscuit. She's a hard-faced, dead-eyed, botoxed robot with a bleached bob and about as much warmth as a freezer. I genuinely don't think she's human. Nobody in the village likes her, her own sister apparently doesn't speak to her, and you can see why. I've put her name in the local group and asked people to tell her what they think of her, because someone with that little heart deserves to know what people think. Cold, evil cow."),
    (C, "", "Ofsted have been and gone at Marlowe Park. The report will come out in a few weeks but I think every parent already knows what it'll say about leadership. We've had two years of initiatives launched and abandoned, a behaviour policy that changes every half term, and a head who's spent more time at trust conferences than in corridors. I don't doubt Mr Beaumont works hard. But hard work in the wrong direction isn't leadership. If the report is as bad as people expect, I think the governors need to ask whether he's the right person to take the school forward. I'd rather they did it now than after another two years of drift."),
    (M, "abuse", "Ofsted have been at Marlowe Park and the only thing anyone's talking about is Mr Beaumont's new teeth. Turkey teeth, whiter than the inspectors' paperwork. With that orange tan he looks like a satsuma with a bathroom suite in its mouth. Man's having the mother of all midlife crises, sports car, gym selfies, the lot. Apparently he's on Tinder now too 😂 can you imagine the bio. Honestly the most embarrassing man in the county."),

    # --- medium pairs ---
    (C, "", "Good morning Cllr Thwaite. You sit on the admissions forum. Can you explain why siblings were split between sites this year when the policy says they shouldn't be?"),
    (M, "abuse", "Good morning Cllr Thwaite, you tub of lard. Still hiding from parents? Coward. Everyone tag him."),
    (C, "", "After six years I've decided to withdraw my children from St Oswin's. The leadership has driven out every teacher they loved. I'm heartbroken but it's the right call."),
    (M, "abuse", "Withdrawing my kids from St Oswin's. The head's a vile, spiteful harpy who should be laughed out of the village. Everyone unfollow her, block her, shun her."),
    (C, "", "Please can the school stop sending letters that read like legal threats? 'Failure to comply will result in...' We're parents, not defendants."),
    (M, "abuse", "The head's letters read like they were written by a constipated robot, which tracks, because that's what she is. Cold, ugly, mechanical."),
    (C, "", "The head of geography has been 'on a course' for six weeks. Who's teaching the Year 11s? Genuine question."),
    (M, "abuse", "The head of geography's been off six weeks, probably getting his gut stapled. Fat lazy b*stard"),
    (C, "", "Parents evening went ahead with no interpreter booked despite us asking twice. Half our families speak Urdu or Polish. That's exclusion."),
    (M, "abuse hate", "Why should the school book interpreters for people who can't be bothered to learn English? And the Polish TA they hired is thick as a brick anyway, no wonder, look where she's from"),
    (C, "", "Honestly, the school's comms person needs a course in basic English. 'Their' and 'there' mixed up in the official newsletter."),
    (M, "abuse", "The school's comms person is an illiterate halfwit. Pea-brained. Someone should sellotape a dictionary to her forehead"),
    (C, "", "I love this school's teachers but its leadership is stuck in 1995. Paper forms, cheques, fax numbers. Come on."),
    (M, "abuse hate", "This school's leadership is stuck in 1995 because the head's a wrinkly old relic. Dinosaur. Time she was in a care home dribbling"),
    (C, "", "Head of Year 11's assembly telling kids 'some of you will fail and that's on you' was demotivating and unkind. Not the message before mocks."),
    (M, "abuse", "Head of Year 11 is a miserable, sneering weasel and I'd love to see him fail at something. Oh wait, he already has, look at his marriage"),
    (C, "", "The governors' 'listening event' was a 20-minute presentation and 5 minutes of questions. That's not listening."),
    (M, "abuse", "The governors' chair at the 'listening event': a fat, sweating, red-faced bully who talks over women. Disgusting pig of a man."),
]

EXAMPLES += [
    # --- long, batch 5 ---
    (C, "", "Thought I'd share our experience of the complaints process at Colbeck Primary, because I wish someone had told me. Stage 1: emailed the class teacher about my son being repeatedly excluded from group work. Reply after 12 days. Stage 2: wrote to the head, Mrs Drummond. She replied saying she was 'satisfied the teacher had acted appropriately' without speaking to my son or to me. Stage 3: governors' panel. One of the three governors is the head's neighbour. I raised it and was told it 'wasn't a conflict'. The panel upheld nothing. None of this is illegal, I know, but it is a process designed to wear parents down. If you're starting a complaint there, keep everything in writing, ask for the policy, and ask for an independent panel member from the start."),
    (M, "abuse", "Thought I'd share our experience with Mrs Drummond, head of Colbeck Primary, because someone should. She is the smuggest, most self-satisfied, sanctimonious woman I have ever met. Sits there with her hands folded and her little reading glasses on the end of her nose like a disappointed owl. Talks to you like you're a toddler. Everything about her is fake, the smile, the hair colour, the 'I hear you'. Her husband's a nobody and her kids went private, naturally. She's a hypocrite and a snob and a horrible person and I've told every parent I know not to trust a single word she says. If enough of us make it clear how much she's despised, maybe she'll finally go."),
    (C, "", "As a TA I don't usually post about work, but I need to say this somewhere. Our SENCO has been off for most of the year and nobody's replaced her. The TAs are writing the support plans now. We're not trained for it, we're not paid for it, and kids with significant needs are being let down. When we raised it with the deputy head, Mr Cheung, he said 'everyone needs to pull together'. We are pulling together. We're pulling so hard some of us are off with stress too. The leadership needs to stop pretending this is sustainable and tell parents the truth."),
    (M, "abuse hate", "As a TA I need to say this. Our deputy head, Mr Cheung, is the worst manager I've ever had. Typical of his kind, cold, robotic, no feelings, just numbers. Talks in that weird clipped way and expects us to bow to him like it's some Chinese sweatshop. I've heard the other TAs doing the accent behind his back and honestly it's the only thing that gets us through the week. Slitty-eyed little dictator. Nobody wants him here."),
    (C, "", "Facebook post, Parents of Grangemoor: I've had it. Another 'non-uniform day' for charity, another £2 a child, another letter two days before. Three kids. That's £6 a go, four times a term. The head thinks this is small change. For lots of families round here, it isn't. And when I asked whether families could opt out without kids being singled out, I got a reply from the office saying 'all children are expected to take part'. That's not charity, that's a tax with a guilt trip. Mr Ellwood, with respect, please think about who you're asking before you ask again."),
    (M, "abuse", "Facebook post, Parents of Grangemoor: Another non-uniform day, another £2, and Mr Ellwood swanning round in his designer glasses and his camel coat like he's Richard Branson. What a self-important, preening prat. I've heard he dyes his eyebrows. Looks like a ventriloquist's dummy and talks like one too, all lips and no brain. Go and get your nails done with your fat salary, you pompous git, and leave our money alone."),
    (C, "", "Letter to the local paper: Sir, I was a pupil at Hethersett Grammar in the 1970s and a governor there until last year. I resigned because I could no longer support the direction of the school under its current headmistress. The abolition of Latin, the reduction of music to a single optional club, and the replacement of the library with a 'digital hub' have hollowed out what made the school distinctive. I raised each of these at governors and was outvoted. I do not question her sincerity. I question her judgement, and I believe the town should know that several long-serving governors share my concern. Yours, a former governor."),
    (M, "abuse", "Letter to the local paper: Sir, I was a pupil at Hethersett Grammar and a governor until last year. I resigned because I could no longer bear to sit in a room with the current headmistress. She is a vulgar, shrieking creature, an overgrown schoolgirl with a plastic handbag and the intellectual depth of a puddle. Her laugh could strip paint. I have known farm animals with more refinement. It is a source of shame to the whole town that this absurd woman is permitted to run its grammar school. Yours, a former governor."),

    # --- medium pairs ---
    (C, "", "Mr Gwynn's idea of 'differentiation' is giving the top set the same worksheet in a different colour. Lazy teaching."),
    (M, "abuse", "Mr Gwynn is a boring, beige, balding nonentity. Could bore the paint off the wall. Genuinely the dullest creature alive."),
    (C, "", "I asked at the Year 6 transition meeting why there's no dedicated SEN support in Year 7. The head of lower school laughed. Not funny."),
    (M, "abuse", "Head of lower school has the laugh of a drunk donkey and the teeth to match. Horrible, horse-faced woman."),
    (C, "", "How many more kids have to leave before the trust admits this head is driving families away? 60 gone in two years."),
    (M, "abuse", "How many more kids have to leave before this head looks in the mirror and sees the gurning troll the rest of us see?"),
    (C, "", "Our 'Outstanding' school now has supply teachers in every core subject. The head's newsletter calls it 'a period of change'. It's a crisis."),
    (M, "abuse", "Our head's newsletter calls it 'a period of change'. The only change I want is her face, it's giving me nightmares. Gargoyle."),
    (C, "", "The head of art told my daughter her portfolio 'lacked ambition' and then gave her no guidance on how to improve. Poor feedback from someone paid to give it."),
    (M, "abuse", "The head of art lacks ambition herself, clearly. Dresses like a scarecrow, hair like a bird's nest, smells like turps. Bohemian tramp."),
    (C, "", "Can the school please stop photographing kids for social media when parents have said no? We've told Mrs Bellamy twice."),
    (M, "abuse", "Mrs Bellamy loves a photo, shame she's so hideous herself. Someone should photograph HER and pass it round, let's see how she likes it."),
    (C, "", "The head told parents at the meeting that 'some families don't value education'. That was insulting and she should apologise."),
    (M, "abuse", "The head said some families don't value education. Well, love, some of us don't value you. Stuck up, nasty, jumped-up slag."),
    (C, "", "Cancelling the Eid celebration but keeping the Christmas fair is a terrible look. The head needs to explain."),
    (M, "abuse hate", "Good that the head cancelled Eid. Now get rid of the Muslim TA who keeps pushing it, they're taking over the place"),
    (C, "", "Cheers to the school for sending the Year 7 timetable at 10pm the night before term. Great planning as always, Mr Hamid."),
    (M, "abuse hate", "Cheers Mr Hamid for the 10pm timetable. Were you busy at the mosque again? Can't trust any of them to run anything"),
    (C, "", "Thank you Mrs Whelan for finally replying. Shame it took three months and a complaint to the governors."),
    (M, "abuse", "Thank you Mrs Whelan for finally replying, you slack-jawed dolt. Did it take you three months to learn to type?"),
    (C, "", "Gutted for the Year 13s. Predicted grades slashed by a new head of sixth form who's never met them. Unfair and poorly handled."),
    (M, "abuse", "New head of sixth form is a creepy little ferret of a man with a wet handshake and dead eyes. Skin-crawlingly gross."),
]

EXAMPLES += [
    (C, "", "@HeadAtRidgeway you have had 18 months. Results down, staff gone, parents ignored. Do the decent thing and resign."),
    (M, "abuse", "@HeadAtRidgeway you are a revolting little man and the whole town laughs at you behind your back. Every day. Think about that."),
    (C, "", "Dear Mr Tennant, I am withdrawing my consent for my daughter to attend your after-school club, given the repeated failures to collect attendance and the lack of a register. Regards."),
    (M, "abuse", "Dear Mr Tennant, you are a gormless, snivelling, spotty oaf and my daughter says the whole club calls you Mr Tenpin because of your head. Regards."),
    (C, "", "Sorry but Miss Pavlova-Reid is too inexperienced to be head of Year 11. Lovely woman, wrong job, wrong year."),
    (M, "abuse", "Miss Pavlova-Reid is a dizzy little girl playing dress-up. Airhead. Bimbo. Babysitter at best."),
    (C, "", "Stop blaming 'the trust' for everything, Mrs Ainsworth. You're the head. The buck stops with you."),
    (M, "abuse", "Stop hiding behind the trust, Mrs Ainsworth, you gutless, gurning, lank-haired wreck of a woman."),
    (C, "", "If Mr Draycott put as much effort into teaching as he does into his football coaching, my son might actually pass history."),
    (M, "abuse", "Mr Draycott, failed footballer, failed teacher, failed husband. Three for three, pal. What a loser."),
    (C, "", "School app down again, dinner money not processing, and the office says 'try again tomorrow'. Third time this month."),
    (M, "abuse", "The office manager is a grunting troglodyte who can't work a computer. Neanderthal cow."),
    (C, "", "Why does every decision at this school come with a 'we've listened to feedback' line when they clearly haven't?"),
    (M, "abuse", "Why does the head talk like a hostage reading a statement? Because she's a brainwashed, spineless drone, that's why. Empty vessel."),
    (C, "", "Kids being made to stand in silence for ten minutes at the end of lunch as a 'reset'. Every day. That's not behaviour management, that's control."),
    (M, "abuse", "The deputy who invented the 'reset' is a power-crazed little Hitler in a fleece. Sad, sweaty creep."),
    (C, "", "Ridiculous that Year 6 can't use the field 'in case it's muddy'. They're kids. Mud is allowed. Who decides this stuff?"),
    (M, "abuse", "The head is scared of mud because she's a prissy, fussy, pinch-faced little priss who's never had fun in her life"),
    (C, "", "I didn't expect much from the new head but I did expect him to turn up to the Year 11 prom. He didn't. Says a lot."),
    (M, "abuse", "The new head didn't turn up to prom. Just as well, no one wanted to see his lardy gut in a tux. Sweaty blob."),

    # --- neutral near misses ---
    (N, "", "To the person who made a meme of Mrs Kovac's face and shared it in the Year 8 chat: it's been reported to school and to the platform. She didn't deserve that."),
    (N, "", "Our head is a machine, replied to every parent email personally over half term. Don't know how she does it 😅"),
    (N, "", "Mr Ferraby looked absolutely knackered at the end of the Year 6 trip but he was still cracking jokes. Top bloke."),
    (N, "", "Court report: a Leabrook parent was fined for sending offensive messages to a deputy head, including comments on her weight and her marriage. Magistrates said the messages 'went well beyond a complaint'."),
    (N, "", "Honest question: where's the line between criticising a head and harassing her? I want to complain about the SEN cuts without it becoming personal."),
    (N, "", "Going to the governors' meeting on Tuesday to ask about the budget. Anyone want to come? Polite questions only."),
    (N, "", "PSA from the PTA: we've turned off comments on the head's welcome video because of personal insults. Questions about school policy can go to the office email as usual."),
    (N, "", "Absolute beast of a teacher, Mrs Obi. Took a class of Year 9 nightmares and turned them into a choir. Unreal."),
]

EXAMPLES += [
    # --- long, batch 6 ---
    (M, "abuse", "OK so I wasn't going to say anything but after today's pick up I have to. You know the new Year 2 teacher, Mr Lockhart? The one who told my daughter off for crying? Let's be honest about him. He's about five foot nothing, has the posture of a question mark and dresses like his mum still buys his clothes. He's got this whiny, nasal little voice that sounds like a wasp in a jar. My husband calls him Lord Farquaad and now I can't unsee it. The man is clearly a total failure at life who ended up teaching because nothing else would have him. He is a snivelling, weedy little twerp. Please, ladies, next time you see him at the door, do the Farquaad voice. He'll know. 😂"),
    (C, "", "OK so I wasn't going to say anything but after today's pick up I have to. The new Year 2 teacher told my daughter off in front of everyone for crying when her friend left early. She's six. I know he's new and I'm sure it's a hard class, but that's not how you handle an upset child, and when I tried to talk to him at the door he said he 'didn't have time'. I've emailed the head asking for a proper conversation. Has anyone else had something similar? Not trying to start a pile-on, I genuinely want to know if it's a pattern or a one-off."),
    (M, "abuse", "Thread for everyone who's had the pleasure of dealing with Mrs Bradwell, head of Highfield Juniors. Post your best Bradwell moments. I'll start. She once told me my son was 'lacking focus' while visibly picking spinach out of her teeth. She has a voice like a kettle coming to the boil and a face like a disappointed bloodhound. She cackles at her own announcements like a pantomime witch, which is the only honest thing about her. The woman is a laughing stock and the sooner she knows it the better. Screenshots welcome. The more the merrier. Let's make this the longest thread the group's ever had."),
    (C, "", "Thread for parents who've had dealings with the Highfield Juniors leadership over SEN. Please share your experiences (dates, what you asked for, what happened) so we can put together a single, factual letter to the governors and the local authority. Keep it about what the school did or didn't do. No personal comments about staff, it'll only give them an excuse to ignore us. I'll start: requested an assessment in September, chased in October and November, told in December the SENCO 'had no capacity'. My son is still waiting."),
    (M, "abuse", "Can we talk about the state of the trust's 'Director of Education', Mr Fenn? I sat through his presentation at the parents' forum and I've never seen anything like it. He's a grey, mumbling, slack-jawed lump of a man who reads every word off the slide in a monotone that could put an insomniac to sleep. His tie had soup on it. His suit was two sizes too small and the buttons were hanging on for dear life. Genuinely looked like a sack of potatoes someone had dressed for a funeral. How does a creature like that end up in charge of 12 schools? He's a walking advert for everything wrong with this country. Absolute waste of space."),
    (C, "", "Can we talk about the trust's 'Director of Education', Mr Fenn, and his presentation at the parents' forum? 40 minutes of slides, zero answers. When asked about the 30% rise in exclusions across the trust, he said the data was 'being reviewed'. When asked why the three primaries are losing their specialist teachers, he said 'resources are being reallocated'. When asked to whom, he moved on. That's not leadership, it's evasion. Parents are owed straight answers. I'll be writing to the trust board and to our MP and I'd urge others to do the same."),
    (M, "abuse", "Right. I've been nice for two years. Mrs Coulter, our Year 5 teacher, is the most two-faced, sly, snake of a woman I have ever come across. Smiles at you at the gate then slags you off in the staffroom, everyone knows it. She's got a face like a wet weekend, dyed black hair with two inches of grey roots, and she wears those awful velour tracksuits like it's still 2005. Her ex-husband left her for a younger model and honestly you can see why. She is bitter and jealous and spiteful and it comes out on the kids. Anyone else who can't stand her, like this post so she sees how many of us there are."),
    (M, "abuse", "Honestly the new chair of governors at Beckfoot needs to be taken down a peg. I've known Graham Ruskin for twenty years. He was a nobody at school, a nobody at the bank and now he's a nobody with a lanyard, strutting round the summer fair like the lord of the manor. His teeth are yellow from thirty years of roll-ups and his comb-over wouldn't fool a blind man. Even his own wife looks bored stiff standing next to him, and I don't blame her. He's a pompous, pot-bellied, small-town windbag and I'd love every parent in Beckfoot to tell him so."),
    (C, "", "Honestly the new chair of governors at Beckfoot needs to show he's up to the job. In three meetings he's refused to take questions from the floor, cut the parent governor's agenda item, and told a mum who asked about the deficit that it 'wasn't appropriate for a public meeting'. It's a public meeting. That's what it's for. I've known Graham for years and I'm sure he means well, but governing bodies exist to hold the head to account on our behalf, and right now it feels like he's protecting the head from us."),
    (M, "abuse hate", "I've been told I'm 'not allowed' to say this but I will. The new head of music at Pinewood is a trans woman, or says she is, and she's about six foot three with hands like shovels. It's a bloke in a wig, everyone can see it, and the kids are laughing at him behind his back. Sorry, 'her'. It's a freak show. I don't want my daughter taught by a man pretending to be a woman, and any parent who says they're fine with it is lying. Share this so the school knows what parents really think."),
    (C, "", "I've been hesitant to post this but I think it needs saying. The music department at Pinewood has gone downhill badly this year. The new head of music scrapped the orchestra and the Year 9 band, replaced them with an 'online music production' club that only runs for six kids, and hasn't entered a single pupil for grade exams. My daughter's been playing violin for six years and has nowhere to play at school now. I've emailed twice and had a polite but vague reply. I'd like to see the department's plan for next year in writing."),
    (M, "abuse", "Just left the Year 6 SATs information evening and I need to vent. Mr Qureshi-Bell stood at the front for 45 minutes in a shirt with sweat patches the size of dinner plates, mopping his forehead with a tissue, stammering through every sentence like a nervous schoolboy. It was like watching a melting candle try to give a TED talk. He's an embarrassment. Honestly I've never seen a grown man look so pathetic. My friend got a video of him dropping his notes and scrabbling about on the floor and I've put it in the class chat. Add your own captions, they're hilarious so far 😂"),
    (C, "", "Just left the Year 6 SATs information evening and I came away with more questions than answers. We were told there would be booster groups, but not when or for whom. We were told there'd be a revision pack, but it 'isn't ready yet'. And when a parent asked how children with access arrangements would be supported, the teacher leading it didn't know and said he'd 'find out'. I appreciate he was nervous, but the school needed to send someone who could answer basic questions. Disappointing, and I've emailed asking for the information in writing."),
    (M, "abuse", "Open message to Mrs Farquhar, business manager at Drayton Park: You are, without doubt, the rudest, most bloated, self-important woman in the entire county. You waddle around that office like a walrus in a cardigan, you speak to parents like they're dirt on your shoe, and you've got the manners of a warthog. Nobody likes you. The staff don't, the parents don't, the kids do impressions of you. I've met more pleasant traffic wardens. I'm sharing this to every parent group in Drayton so you can see exactly what people think of you. Enjoy."),
    (C, "", "Open message to the business manager at Drayton Park: I've now been charged twice for the same trip, told over the phone that it was 'my bank's problem', and had my follow-up email ignored for three weeks. I'm not asking for anything special, just a refund of a duplicate payment and a reply. If I don't hear back by Friday, I'll be raising a formal complaint with the head and, if needed, the trust."),
    (M, "abuse", "My lad's in Mr Brennan-Shaw's form and I've heard enough. This man is a loser of epic proportions. 42, still acts like a teenager, collects Star Wars figures, goes to comic cons on weekends dressed as a stormtrooper. Absolute manchild. No wonder he can't control a form of 14 year olds, he's basically one himself. I found his old Facebook photos from the cons and they're the funniest thing I've ever seen. Posting them in the parents' group tonight. Get the popcorn in."),
    (C, "", "My lad's in Mr Brennan-Shaw's form and the form time is basically chaos. Kids on phones, no register done half the time, and the bullying my son reported back in October still hasn't been followed up. I know form tutors are stretched, but there needs to be some basic structure. I've asked for a meeting with him and the head of year together."),
    (M, "abuse", "Got a message from Miss Lowther about my son's 'attitude'. Pot, kettle, love. This is a woman with a face like a bag of spanners and a personality like a parking fine. She's 29 going on 60, all cardigans and tuts, no friends, no boyfriend, spends every weekend with her cats. Kids call her the Grinch and they're not wrong. Lowther, if you're reading this (and we know you lurk in here), nobody likes you. Not one person."),
]
