"""Session 2c critical examples: harsh but lawful criticism of named heads, teachers, SENCOs and
other staff about their work. Insults aimed at how someone does the job, sarcasm, swearing at the
situation, in many registers (Facebook groups, X replies, forums, teenagers, grandparents).
None of these threaten, abuse a protected characteristic, expose details or allege a crime.

Every school, town and person here is invented. Rows: (label, flags, text) or (label, flags, text, group).
"""

C = "critical"

EXAMPLES = [
    # --- heads and deputies ------------------------------------------------------------------------------
    (C, "", "Mr Stobart is hands down the worst head Cresswold Academy has had in the 20 years I've lived here. Results down, staff gone, kids miserable. Governors need to wake up."),
    (C, "", "Sorry but Mrs Gwillim has no business running a primary school. She's never in the playground, never at the gate, and she hides behind the office staff whenever there's a problem."),
    (C, "", "The head of Thistlecombe High, Dr Okpara, gave the most patronising speech I've ever sat through at the Year 9 options evening. We are not idiots, we can read a timetable."),
    (C, "", "@SallowmerePri your head teacher Mr Ferreday told me my son's anxiety was 'a parenting issue'. He is not qualified to say that and frankly it was insulting."),
    (C, "", "Is it just me or is Mrs Ainscough completely clueless about what goes on in her own school? She genuinely didn't know Year 4 had been without a teacher for three weeks."),
    (C, "", "Mr Rajapakse has been head at Linnetgate for 18 months and the only thing that's improved is the logo. New sign, same chaos inside."),
    (C, "", "The deputy at Oxenby Community College, Ms Brannigan, runs that place like a prison. Silent corridors, no talking at lunch, kids marched around in lines. It's not a school it's a regime."),
    (C, "", "Whoever decided to make Mr Cullinane head of Priorsfield Junior should be asked some serious questions. He was a rubbish deputy and he's a worse head."),
    (C, "", "honestly mrs mbatha is the most two faced head ive ever dealt with. all smiles at the christmas fair then refuses to even look at you when you've got a complaint"),
    (C, "", "Mr Teasdale stood at the front at the parents' meeting and said 'we hear you' eleven times. I counted. Not once did he answer the actual question about the merger."),
    (C, "", "Dear Mrs Oduya. You are paid over £100k a year to run Copperbeck Academy. Maybe read the emails parents send you instead of getting your PA to reply with a template. Regards, a very tired mum."),
    (C, "", "The new exec head of the trust, Mr Scullion, clearly has no idea what a small village primary like Ashbeck actually needs. Spreadsheet man. Never taught a day in his life by the sounds of it."),
    (C, "", "Mr Pennycook is arrogant, dismissive and thinks parents are an inconvenience. I've met more approachable traffic wardens."),
    (C, "", "A head who tells a grieving child to 'leave it at the door' has lost the plot. That's what Mrs Dewhirst said to my daughter the week after her nan's funeral. Disgraceful lack of compassion."),
    (C, "", "Just watched Mrs Azhar's 'vision for Trenholme' video on the school website. Ten minutes of word salad. 'Aspirational pathways.' What does that even mean?"),
    (C, "", "Ms Nakamura was an excellent class teacher. As head she's out of her depth and everyone at Pennyfold knows it except the governors."),
    (C, "", "Reply to the trust's post: with respect, Mr Loveridge is not 'transforming' Wyvernhurst. He's hollowing it out. Music gone, drama gone, DT gone."),
    # --- class teachers ------------------------------------------------------------------------------------
    (C, "", "Mrs Fairlamb is rude and dismissive and honestly shouldn't be teaching reception. Four year olds crying because she snaps at them for not sitting still. They're FOUR."),
    (C, "", "Mr Ludgate marks nothing. Literally nothing. I went through my son's English book and the last tick was in October. It's March."),
    (C, "", "Miss Adjei is lovely as a person but cannot teach maths. My daughter's gone backwards this year and the tutor we're paying for says the basics were never covered."),
    (C, "", "Mr Kavanagh has favourites and everyone in 10K knows it. If you're on the football team you get a pass, if you're not you get a detention for breathing."),
    (C, "", "Ms Ruskova set my Year 7 a 2000 word essay over half term then didn't collect it. Three days of tears in our house for nothing. Never again."),
    (C, "", "Why is Mr Tsang still allowed to teach Year 11 chemistry? Half the class failed their mocks and he said it was because they 'don't revise'. Maybe if you taught the content..."),
    (C, "", "Mrs Gilchrist shouted 'GROW UP' at my seven year old in front of the whole class because he cried when he fell over. I'm sorry but that's not OK and I'll be raising it."),
    (C, "", "mr bracegirdle is honestly the most boring teacher in existence. he reads off the slides for an hour and then wonders why no one knows anything"),
    (C, "", "Miss Sokolova is sarcastic with children who can't answer. Sarcasm with 8 year olds isn't clever, it's just unkind. My son now won't put his hand up in any lesson."),
    (C, "", "Mr Umerah gave the whole class a detention because one kid threw a rubber. Collective punishment is lazy teaching, plain and simple."),
    (C, "", "I'd just like to know what Mrs Cragg actually does all day. Reading records never signed, spellings never tested, newsletters never sent. Year 3 parents, am I alone here?"),
    (C, "", "Worst teacher I ever had was Mr Lowther at Kingsmarsh and apparently he's still there and still making kids feel thick. 15 years later. Incredible."),
    (C, "", "Mrs Quantrill told my daughter she'd 'never be a scientist' in front of her friends. She got a 9 in the end, no thanks to her."),
    (C, "", "Mr Ellerby's PE lessons are just him blowing a whistle and shouting at the kids who aren't sporty. My lad dreads Tuesdays."),
    (C, "", "Miss Varma wrote 'could try harder' on the report of a child with an EHCP for processing difficulties. Did she read the plan? At all?"),
    (C, "", "yr 10 here. mrs beddoes literally gave me a C1 for asking to go to the nurse when i was about to be sick. safeguarding who"),
    (C, "", "My daughter has asked to move tutor groups three times because Mr Mwangi belittles her. School say 'personality clash'. It's a grown man and a 12 year old. Sort it out."),
    (C, "", "mr sallis is a joke of a teacher no offence. 3 weeks of 'independent study' = him on his laptop at the back"),
    (C, "", "Mrs Pryce-Owen has been our Year 5 teacher for one term and has managed to make a class of keen readers hate reading. Impressive in its own way."),
    (C, "", "My honest take on Mr Bellhouse after two years of him teaching my son history: knows his stuff, cannot control a class, and blames the kids for it every single time."),
    # --- SENCOs, DSLs, heads of year, office -----------------------------------------------------------------
    (C, "", "The SENCO at Linnetgate, Mrs Umerah, has now cancelled our EHCP review four times. Four. We're approaching the statutory deadline and I've told the LA."),
    (C, "", "Genuinely think Mr Gwillim (head of Year 8) is the least competent person in that building. Every bullying report goes into a black hole and comes out as 'both sides were involved'."),
    (C, "", "Miss Okpara the SENCO told me in a meeting that my son 'doesn't look autistic'. I don't have words. Raising it formally with the head."),
    (C, "", "The DSL at Harbottle Rise, Mr Teasdale, took eight days to call me back about an incident involving my daughter. Eight days. That's not a safeguarding culture, that's a box ticking one."),
    (C, "", "The receptionist at Sallowmere is so unbelievably rude on the phone. Every call it's like I'm bothering her. I'm ringing about my own child!"),
    (C, "", "Mrs Loveridge in the attendance office sent me a fine threat letter while my son was in hospital. With a letter from the consultant on file. Shambolic."),
    (C, "", "Head of sixth form at Thistlecombe, Ms Kowalski, rejected my daughter's UCAS reference request twice because of 'formatting'. She's supposed to help, not gatekeep."),
    (C, "", "The business manager, Mr Ferreday, seems to think the school is a company and parents are customers to be upsold. £18 for a book bag with a logo on it. Come on."),
    # --- sarcasm about named staff -------------------------------------------------------------------------
    (C, "", "Congratulations to Mr Stobart on winning 'Head Who Has Never Once Answered A Parent Email' for the third year running 🏆👏"),
    (C, "", "Oh wow Mrs Mbatha's in the local paper talking about 'listening to families'. Would love to meet the families she listens to, because it isn't us."),
    (C, "", "Love that Mr Cullinane found time to post 14 times on LinkedIn about 'leadership' this week but not once to reply to the Year 5 parents about the missing teacher 🙃"),
    (C, "", "Mrs Gilchrist's idea of 'differentiation' is giving the bright kids a harder worksheet and the rest of them a colouring sheet. Truly inspiring stuff."),
    (C, "", "Breaking: Mr Pennycook spotted at the school gate. Scientists baffled. More at 11."),
    (C, "", "10/10 would recommend Miss Ruskova's homework policy if you want your 11 year old sobbing at the kitchen table at 10pm on a Sunday"),
    (C, "", "Can't wait for Mrs Dewhirst's next 'open door policy' announcement. Door's been shut since September."),
    # --- swearing at the situation, not the person ------------------------------------------------------------
    (C, "", "Absolute f***ing joke of a uniform policy at Copperbeck. £32 for a tie with a clip. A TIE. Mr Scullion can pay for it himself."),
    (C, "", "Sorry for the language but what the actual hell is Mrs Azhar playing at closing the nursery with 6 weeks notice. Where are working parents meant to go?"),
    (C, "", "Fuming. Bloody fuming. Mr Rajapakse has cancelled Year 6 residential AGAIN because of 'staffing'. The kids have been paying in since Year 4."),
    (C, "", "Piss poor communication from Pennyfold as usual. Ms Nakamura sends a newsletter that's 12 pages long and the one thing that matters (early finish Friday) is on page 11."),
    (C, "", "this is such bullsh*t. mr kavanagh gave the whole year a detention for someone else setting off the fire alarm"),
    # --- teenagers about staff -------------------------------------------------------------------------
    (C, "", "ngl mrs fairlamb is the most unfair teacher at oxenby. she gives merits to the same 5 people every lesson"),
    (C, "", "miss adjei sent me out for saying bless you. BLESS YOU. this school is cooked 💀"),
    (C, "", "mr lowther explaining a topic is like watching someone read the terms and conditions out loud. i have learnt nothing since september"),
    (C, "", "why does ms brannigan stand at the gate checking socks like its airport security 😭 i have a maths test i'm worried about, not my socks"),
    (C, "", "year 11 at wyvernhurst: the new head (mr loveridge) took away our leavers hoodies because 'branding'. we PAID for them. genuinely so petty"),
    # --- grandparents, ex-staff, governors ---------------------------------------------------------------
    (C, "", "I'm 74 and I've never been spoken to as rudely as I was by the deputy head at Kingsmarsh Infants, Mrs Sallis, when I arrived two minutes late for pick up. Shameful."),
    (C, "", "As a former TA at Priorsfield I'll say this much: Mr Cullinane's leadership is the reason six of us left in one summer. Nobody wanted to go. We were pushed out by workload and fear."),
    (C, "", "Ex-governor here. We raised concerns about Mrs Oduya's handling of the budget at three meetings and were told to 'trust the process'. The process is now a deficit of £400k."),
    # --- balanced but still negative ------------------------------------------------------------------------
    (C, "", "I don't doubt Mr Tsang means well, but my son has had 4 different seating plans, 3 different revision guides and zero feedback on his mock. Meaning well isn't enough in Year 11."),
    (C, "", "Mrs Gwillim may be a nice woman but she's a weak head. Bullying in Year 5 has gone on since October and her answer is a 'kindness assembly'."),
    (C, "", "I'll give Mr Stobart credit for the new library, but everything else? Detentions up, attendance down, morale on the floor. Not a good record."),
    (C, "", "No one's saying Miss Sokolova is a bad person. We're saying she's not the right teacher for a class with 9 SEN kids and no TA, and school know it."),
    # --- escalation named -----------------------------------------------------------------------------
    (C, "", "Formal complaint going to the chair of governors on Monday about Mr Ludgate's handling of my son's exclusion. If that gets nowhere, the trust, then Ofsted. I've kept every email."),
    (C, "", "I've now written to my MP about Mrs Ainscough's decision to refuse my daughter a place on the school bus. Copying in the LA transport team. Watch this space."),
    (C, "", "Taking the school to the SEND tribunal. Mrs Umerah's 'provision map' is a list of things that have never happened. Our solicitor was speechless."),
    (C, "", "The Tullbridge Echo have asked to speak to parents about Mr Rajapakse's exclusion figures. I'm doing it on the record. Someone has to."),
]
