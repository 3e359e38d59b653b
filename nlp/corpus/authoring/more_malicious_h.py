"""More malicious examples, part H: subtle malicious posts (veiled threats, insinuation, quiet
impersonation, casual exposure) next to their closest lawful or harmless look-alikes: real job
adverts, homonyms, complaints, warnings, satire of policies rather than people.

Phone numbers are in Ofcom's drama range (07700 900xxx); emails use ``.example`` domains; streets
and postcodes are invented. Every school, town and person here is invented.
Rows: (label, flags, text) or (label, flags, text, group).
"""

N, C, M = "neutral", "critical", "malicious"

EXAMPLES = [
    # --- threat, subtle -------------------------------------------------------------------------
    (M, "threat", "Mrs Heslop should think very carefully about what she writes in my son's report. Very carefully."),
    (M, "threat", "A little bird tells me Mr Ormerod walks his dog through Kettle Woods every night. On his own. In the dark."),
    (M, "threat", "It'd be a real shame if the head of Brookhallow Academy didn't make it to the end of term. Real shame. 🙂"),
    (M, "threat", "Sent to the school office: 'I've got nothing left to lose. Tell Mr Ormerod that.'"),
    (M, "threat", "Not many people know where Mrs Heslop's kids go to school. I do."),
    (M, "threat", "Some of us have been talking about the Brookhallow head. He'll get what's coming. Soon."),
    (M, "threat", "Teachers like Miss Farrelly end up on the news for the wrong reasons eventually. Just a matter of time and someone deciding."),
    (M, "threat", "Reckon I'll take a drive past Mr Ormerod's tonight. See if the lights are on. 🚗"),
    (M, "threat", "We've all got kids. So does she. Remember that, Mrs Heslop."),
    (M, "threat", "tell miss farrelly her tyres r looking a bit low. would hate for them to go flat on the bypass"),
    (M, "threat", "Next parents evening I'm bringing my brother. He's not a talker. Mr Ormerod will understand the difference."),
    (M, "threat", "If Harrowdyke Primary closes our nursery, I'd stay away from the building on the last day if I were staff. Just advice."),
    (M, "threat", "Brookhallow has a lot of glass at the front, doesn't it. Expensive to replace."),
    (M, "threat", "What goes around comes around, Mrs Heslop. And I'll make sure it comes around to your front door."),
    # --- allegation, subtle ---------------------------------------------------------------------
    (M, "allegation", "Interesting that Mr Ormerod always volunteers for the residential trips. Every single one. Make of that what you will."),
    (M, "allegation", "Curious how the Harrowdyke PTA account is always 'a bit short' since a certain someone took over as treasurer 💷🤔 (Mrs Quayson, in case anyone's wondering)"),
    (M, "allegation", "Why was Miss Farrelly's DBS 'still pending' for a whole term? What's on it? Parents deserve to know who's teaching their kids."),
    (M, "allegation", "I'm not allowed to say what happened at the Brookhallow Year 9 camp, but the teacher involved is still there. Mr Colquhoun. Draw your own conclusions."),
    (M, "allegation", "Funny how Mrs Heslop's husband's company got the new playground contract. Funnier how it cost twice what it should. Hmm."),
    (M, "allegation", "Word to the wise: don't leave your daughter alone with the new music teacher at Harrowdyke. He has history."),
    (M, "allegation", "Heard the Brookhallow head was in the back of a police car in town on Saturday night. Wonder what for? 🍺🚔"),
    (M, "allegation", "Mr Colquhoun's 'early retirement' is a polite way of saying he got caught with his hand in the till."),
    (M, "allegation", "Has anyone else's child come home with bruises after PE with Mr Ormerod? Mine has. Twice. He's hurting them and the school is covering it."),
    (M, "allegation", "I know for a fact the Harrowdyke head got her job because she's sleeping with the trust CEO."),
    # --- impersonation, subtle ------------------------------------------------------------------
    (M, "impersonation", "Reply from 'Brookhallow Academy' (an account with the school crest but created last week) under a parent's complaint: 'Please DM us your child's full name and date of birth so we can investigate.'"),
    (M, "impersonation", "Hi, this is Mrs Quayson from the Harrowdyke PTA, we've had some cash stolen from the fair so I'm personally collecting replacement donations. Sort code 00-44-21, account 90877665. Thanks lovelies x"),
    (M, "impersonation", "Mr Colquhoun here — I'm not at Brookhallow any more but I'm still offering private tuition to my old pupils. WhatsApp 07700 900747 and I'll come to your house."),
    (M, "impersonation", "Letter purporting to be from Harrowdyke Primary's head: 'From September, children without a £250 device deposit will not be able to attend lessons.' Sent to parents by text."),
    (M, "impersonation", "Instagram account 'brookhallow_yr7_official' messaging new Year 7s: 'Welcome! Join our private group so the teachers can get to know you. Send a selfie to verify 📸'"),
    (M, "impersonation", "Email signed 'Miss Farrelly, Class Teacher' from farrelly.class4@freemail.example asking parents to send videos of their children's bedtime routine for a 'wellbeing project'."),
    (M, "impersonation", "'Mrs Heslop' has added you to the group 'Harrowdyke Primary Staff & Parents'. First message: 'Staff can't use the school system right now so please send dinner money here.'"),
    (M, "impersonation", "Somebody posted in the Brookhallow group pretending to be Mr Ormerod: 'Yes I shout at kids, it's the only language your brats understand.'"),
    # --- abuse / hate, subtle -------------------------------------------------------------------
    (M, "abuse", "Dear Mrs Heslop, everyone in this town thinks you're a joke. Your own staff laugh at you. You should know."),
    (M, "abuse", "Shame Miss Farrelly's face is as miserable as her teaching. Must be hard being that unlikeable."),
    (M, "abuse", "Has anyone told Mr Colquhoun he's the most hated man in Harrowdyke? Let's make sure he knows. Comment below and tag him."),
    (M, "abuse hate", "Can we please get a head at Brookhallow who's actually from round here and speaks proper English? Not another one off the boat."),
    (M, "abuse hate", "Mrs Quayson's 'cultural' assemblies are just her pushing her African voodoo on our kids. She doesn't belong here."),
    (M, "abuse hate", "Women over 50 shouldn't be teaching infants. Mrs Heslop is past it, dried up and hormonal. Put her out to pasture."),
    (M, "abuse", "Every single day I'm going to post about Mr Ormerod until he's gone. Day 1: he's a fraud and a coward."),
    # --- doxxing / pupils, subtle ---------------------------------------------------------------
    (M, "doxxing", "Mrs Heslop's new-build on Kestrel Rise (the one with the hot tub in the garden, number 9) must have cost a bomb on a teacher's wage. 🤔"),
    (M, "doxxing", "Mr Colquhoun's son plays for Harrowdyke Juniors FC under 9s. Training's Weds at 6. He's always on the sideline if you want to catch him."),
    (M, "doxxing", "Miss Farrelly's personal Facebook is 'Niamh Rose F', profile pic with her boyfriend outside their house. Address is on the door."),
    (M, "doxxing", "The new Brookhallow head's home phone is in the old parish directory: 07700 900901. Yep, still works."),
    (M, "pupil_identified", "We all know which child in Year 1 at Harrowdyke has 'additional needs'. It's Rafferty. And we all know he's the reason the class is behind."),
    (M, "pupil_identified", "The girl in Year 8 at Brookhallow who reported Mr Colquhoun is called Lacey. She's a known liar. Don't believe a word."),
    (M, "pupil_identified", "The child who brought head lice into Reception at Harrowdyke is Nellie, the one with the blue coat. Third time. Mum clearly doesn't care."),
    (M, "pupil_identified", "My son's 'friend' Archie Lomax (Year 5, Harrowdyke) has been stealing his pocket money. Parents, check your kids' wallets if they play with Archie."),
    (M, "pupil_identified", "Year 10 boy at Brookhallow, Ryan, the one with the neck tattoo at 15, is selling vapes out of his bag. Tell your kids to stay away from that scrote."),

    # --- hard negatives: genuine job adverts --------------------------------------------------------
    (N, "", "Brookhallow Academy is recruiting a Teacher of Maths (MPS/UPS) from September. Apply through the trust website. Closing date 14 March."),
    (N, "", "Harrowdyke Primary seeks a part-time midday supervisor, 5 x 1.5 hrs per week. Enhanced DBS required (paid for by the school)."),
    (N, "", "Vacancy: School Business Manager, Harrowdyke Primary. Full details and application form on the county jobs board."),
    (N, "", "We're hiring a Year 2 teacher for maternity cover at Brookhallow Juniors. Visits welcome, call the office to book."),
    (N, "", "Private tutor, KS2 maths and English, ex-primary teacher, DBS checked. Message for rates. (Not affiliated with any school.)"),
    # --- hard negatives: homonyms ----------------------------------------------------------------
    (N, "", "Mr Ormerod the butcher on Kettle Lane does the best sausages in town. Proper old-school shop."),
    (N, "", "Brookhallow Academy of Dance summer show is on Saturday! Tickets from the studio."),
    (N, "", "Harrowdyke Primary Care Centre has new opening hours from Monday. Not the school, the GP surgery."),
    (N, "", "Heslop & Sons Builders did our extension and I can't recommend them enough. Tidy, on time, fair price."),
    (N, "", "Colquhoun Park parkrun this Saturday, 9am start. All welcome!"),
    (N, "", "The Farrelly Cup (Sunday league) final is at Brookhallow playing fields this weekend. Not the school, the playing fields by the river."),
    # --- hard negatives: lawful criticism close to abuse ------------------------------------------
    (C, "", "Mrs Heslop is the wrong person to lead Harrowdyke. She's defensive, doesn't listen and the staff turnover speaks for itself."),
    (C, "", "I'm going to keep raising the Brookhallow maths results at every governors' meeting until something changes. Three years of decline."),
    (C, "", "Mr Ormerod's PE lessons are too rough for the younger kids. My son came home with a bruise from a tackle. I've asked the school to review it."),
    (C, "", "Miss Farrelly's communication with parents is poor. Two emails a term is not enough for a Reception class."),
    (C, "", "I think Mr Colquhoun stayed at Brookhallow too long. He'd lost the enthusiasm, and the kids could tell."),
    (C, "", "Day 1 of writing to the trust every day until they fix the heating at Brookhallow. My son is wearing his coat in lessons."),
    (C, "", "Harrowdyke's PTA accounts were published late and were hard to follow. I've asked for a clearer breakdown. Not accusing anyone."),
    (C, "", "Everyone should email the head about the new homework policy. If enough parents say it's not working, they'll have to listen."),
    (C, "", "The head at Brookhallow is out of touch. Lovely speeches about 'community' while cutting the only after-school club working parents rely on."),
    (C, "", "Mrs Quayson's assemblies are too long and the little ones get restless. 45 minutes is a lot for 5 year olds."),
    (C, "", "I'll be keeping my eye on Harrowdyke's SEN provision. They promised changes in September and I'll hold them to it."),
    # --- hard negatives: lawful, neutral or supportive versions of near-threats --------------------
    (N, "", "A little bird tells me Mr Ormerod is running the London Marathon for the school! Sponsor link in the newsletter 🏃"),
    (N, "", "Mrs Heslop should think very carefully about retiring, we'd miss her terribly! 😂 Best head Harrowdyke has had."),
    (N, "", "Brookhallow has a lot of glass at the front so the window cleaners were there all day. Looks gorgeous now."),
    (N, "", "Next parents evening I'm bringing my partner because I never remember what the teacher says 😂"),
    (N, "", "Reckon I'll take a drive past Brookhallow on results day to see the kids celebrating. Brings back memories."),
    (N, "", "What goes around comes around: Mrs Heslop taught me in 1995 and now she's teaching my daughter 🥹"),
    (N, "", "If Harrowdyke closes the nursery, staff will be redeployed according to the council's letter. It's all in the consultation documents."),
    (N, "", "Everyone give Mr Colquhoun a big cheer at the leavers' assembly, 31 years at Brookhallow! He's earned it."),
    # --- hard negatives: warnings and moderation ---------------------------------------------------
    (N, "", "Please report the 'brookhallow_yr7_official' Instagram. The school has confirmed it's not theirs and it's been messaging kids."),
    (N, "", "Harrowdyke PTA: our bank details have not changed. Nobody from the PTA will ever ask you to pay into a personal account."),
    (N, "", "Mods: we've removed a post suggesting people 'drive past' a teacher's house. That's intimidation and we've passed it to police."),
    (N, "", "To whoever keeps insinuating things about Mr Ormerod: he runs the residentials because he's head of outdoor ed. It's literally his job."),
    (N, "", "If you've had an email from 'Miss Farrelly' asking for videos of your child at bedtime, it's fake. Don't send anything. The school has contacted police."),
    (N, "", "Reminder that posting a child's name alongside accusations can be a crime. Please, whatever's happened, go to the school."),
    (N, "", "The council has confirmed the Harrowdyke playground contract was awarded through a standard tender. Documents are on the council website."),
    (N, "", "Brookhallow head statement: 'We are aware of false claims about a member of staff circulating online. These have been reported to the police.'"),
    (N, "", "I had a text 'from the school' about a device deposit. It was a scam. Harrowdyke posted a warning on their website the same morning. Well done to them."),
    (N, "", "Local news: Brookhallow pupils, staff and governors raised £6,000 for a new minibus after the old one failed its MOT."),
    # --- hard negatives: discussing allegations responsibly ----------------------------------------
    (N, "", "Mumsnet: 'If your child says a teacher hurt them, write down exactly what they said, don't question them too much, and call the school DSL or the LADO that day.'"),
    (C, "", "I've made a formal complaint to the trust about how Brookhallow handled a safeguarding concern. I'm not naming staff, I want an independent review of the process."),
    (N, "", "Question for teachers: what's the policy on giving a pupil a lift home in an emergency? Asking because it happened and my son said the teacher had rung me first."),
    (N, "", "Former Harrowdyke governor here. Allegations about staff go to the LADO and are investigated properly. Rumours on Facebook make that harder, not easier."),
    (C, "", "The Brookhallow letter about 'a staff member no longer working at the school' was so vague that rumours were inevitable. Schools need to communicate better without breaching confidentiality."),
    (N, "", "News: Teaching Regulation Agency panel finds no case to answer for Harrowdyke teacher after parent's complaint."),
]
