"""Impersonation and allegation (fifth batch, b): forms the earlier batches under-cover.

Impersonation: short fake tweets and replies "from" a teacher, fake out-of-office auto-replies, fake
Google reviews "by" the head, fake LinkedIn/Instagram bios, fake apology statements, fake comments
under the school's own posts signed as staff, parent-group admin posts claiming to be the school,
fake text reminders with payment links, fake resignation letters. Some also abusive.

Allegation: one-liners, "everyone knows", "my kid saw", "apparently", "I'm not saying he did but",
leading questions, drink/drugs at work, stealing from pupils, faked qualifications, hitting
children, grooming hints with emoji. Some also abusive.

Near misses: genuine reminders and payment requests through the official app, scam warnings,
parents asking "is this real?", lawful complaints about conduct without crime claims, factual
reports of disciplinary hearings.

Every school, town and person is invented; numbers are in Ofcom's drama ranges and links use
``.example``. Rows: (label, flags, text).
"""

M, N, C = "malicious", "neutral", "critical"

EXAMPLES = [
    # --- short fake tweets / replies "from" a teacher ---------------------------------------------
    (M, "impersonation", "Mr Ellacott here 👋 new account, school made me delete the old one. Year 9 parents DM me for homework answers, happy to help for a small fee 😉"),
    (M, "impersonation", "Honestly can't wait for summer so I don't have to look at 7C's faces for six weeks 🙃 #teacherlife — Miss Cordingley, Quenby Brook"),
    (M, "impersonation abuse", "@QuenbyBrookPTA replying as Mrs Dunmore: if your kids weren't so thick I wouldn't have to set so much homework. simples x"),
    (M, "impersonation", "Reply from @MrThrelfall_PE: yeah I picked my own son for the first team, what u gonna do about it lol"),
    (M, "impersonation", "Mr Kettleby (Head of Maths, Stannage Hill) — Just marked the mocks. Half of Year 11 will fail and frankly I've stopped caring. Sunday thoughts 🍷"),
    (M, "impersonation abuse", "tweet from 'Mrs Pengelly Marrowfield' 👇\n'Parents of 4R - your children are feral and it's YOUR fault. Parents evening cancelled, I can't face you.'"),
    (M, "impersonation", "@TillingworthHigh Mr Oyelaran here. Confirming the Year 10 trip is cancelled because nobody paid. Refunds not available, sorry not sorry."),
    (M, "impersonation", "Ms Varley 📚 English @ Fennimore Park\nlol @ parents emailing me at 11pm. I read them all out in the staffroom btw"),
    (M, "impersonation", "Replying to @CalderwickAcad: This is Mr Szymanski, the detention list for tomorrow is every child in 8S. Tell them to bring a packed tea, we're staying til 6."),
    (M, "impersonation abuse", "@ParentsOfLowmoor as the deputy head I can confirm the kids in the portakabins are the ones we've given up on. — R. Fairclough"),
    (M, "impersonation", "Mr Pimblett 🎸 music teacher\n\"just been told there's no budget for the concert so i'm selling the school's guitars on marketplace, dm for prices\""),
    (M, "impersonation", "yo its mr grimshaw from briarstone, follow this acc instead of the old one and I'll sort your kids out with merits 🤝"),

    # --- fake auto-replies ------------------------------------------------------------------------
    (M, "impersonation", "Automatic reply: Thank you for your email. I am no longer reading messages from Year 8 parents. If your query is about your child's behaviour, the answer is: parent better. Mrs Ruddock, Head of Year 8, Wyndle Cross High"),
    (M, "impersonation", "Auto-reply: I am out of the office until the mocks are over. If your child has a problem, they should have thought of that earlier. Regards, Mr Aberdour"),
    (M, "impersonation abuse", "AUTOMATIC REPLY — Dr Ingleby, Headteacher, Oakhurst Dene School\nI'm on annual leave in Lanzarote on the money saved by cutting your kids' trips. Complaints will be deleted unread. Please do not contact me again, you tedious people."),
    (M, "impersonation", "Out of office: Miss Bancroft is currently unavailable. Reception class parents needing to pay the outstanding £18 resources fee please do so at marrowfield-payments.example before Friday."),
    (M, "impersonation", "Re: Homework query\n[Auto-reply] Mr Castellan has left Stannage Hill Academy with immediate effect. Please forward all correspondence to his personal address castellan.teach@mail.example"),
    (M, "impersonation", "Auto reply from the SENCo inbox: EHCP requests are now closed until 2026 due to budget. Please don't apply. Fennimore Park Primary"),

    # --- fake Google reviews "by" the head or staff -----------------------------------------------
    (M, "impersonation", "★★★★★ Review by Mrs Mountjoy (Headteacher)\nBest school in the county, don't listen to Ofsted or the bitter parents. I should know, I run it! 😂"),
    (M, "impersonation", "⭐ 1/5 — posted by 'Mr Threlfall, staff'\nWorked here 6 years. Management is a joke, the head hides the safeguarding reports. Get your kids out while you can."),
    (M, "impersonation abuse", "★☆☆☆☆ Written by the Head of Calderwick Academy. Honestly the parents round here are the worst I've ever dealt with, no wonder the kids are the way they are. Dr P. Haverstock"),
    (M, "impersonation", "Google review — 'Dr Ingleby (Head)': Thanks everyone for the lovely reviews. To the one-star lot, I know who you are and your kids' places are under review 😊"),
    (M, "impersonation", "5 stars. Signed, the staff of Tillingworth High. (we're not allowed to leave bad ones, management checks 👀)"),
    (M, "impersonation", "Review from Quenby Brook Primary (owner): We respond to all reviews. Parents who leave negative reviews will be contacted about their child's continued attendance."),

    # --- fake bios: LinkedIn / Instagram / TikTok -------------------------------------------------
    (M, "impersonation", "Mrs Anwen Dunmore | Head of Science @ Quenby Brook | Part-time OnlyFans creator | DMs open 💋"),
    (M, "impersonation", "LinkedIn: Richard Fairclough — Deputy Headteacher, Lowmoor Vale Academy. Expert in ignoring bullying. Skilled in: cover-ups, golf, fiddling expenses."),
    (M, "impersonation", "insta bio 👉 mr_kettleby_maths 🧮 | teacher by day, dealer by night 🍃 | stannage hill's finest | link below for 'revision' 😉"),
    (M, "impersonation abuse", "TikTok @missbancroft.reception — 'teaching your brats so you don't have to 🙄 4 weeks til i quit'"),
    (M, "impersonation", "LinkedIn headline: Dr Helen Ingleby, Headteacher at Oakhurst Dene | Currently open to work (please get me out of here) | Ex-Ofsted inspector (not really)"),
    (M, "impersonation", "Official Instagram of Marrowfield CE Primary 🏫✝️ | Staff run | Parents: DM for exam answers & trip refunds | not affiliated with the diocese"),
    (M, "impersonation", "bio: Mr Oyelaran 🏀 PE @ Tillingworth | yes I'm the one from the staff party video 🥴 | personal acc, school don't know about this"),

    # --- fake apology statements ------------------------------------------------------------------
    (M, "impersonation", "STATEMENT FROM WYNDLE CROSS HIGH\nWe apologise unreservedly for the food poisoning at last week's Year 7 disco. The canteen supplier has been using out-of-date meat for months and we knew. Claims can be sent to the office."),
    (M, "impersonation", "An apology from Mr Szymanski: I'm sorry to the girls in 10K for the comments I made about their appearance. I've been told to post this. It won't happen again."),
    (M, "impersonation", "Briarstone Primary — Apology to parents. We accept that the Year 2 SATs results were altered by staff. The head has taken responsibility and is on leave. We ask you not to contact the press."),
    (M, "impersonation abuse", "A message from Mrs Mountjoy\nI'm sorry I called your children animals in assembly. To be fair some of them are. Have a good half term x"),
    (M, "impersonation", "Official apology from the governors of Fennimore Park: we knew about the concerns with Mr Pimblett for two years and did nothing. We are truly sorry. — Chair of Governors"),
    (M, "impersonation", "Calderwick Academy sincerely apologises to the families of pupils who were left off the Year 11 prom list. This was a deliberate decision by Mrs Haverstock based on their parents' complaints."),

    # --- fake comments under the school's posts, signed as staff -----------------------------------
    (M, "impersonation", "(comment on school's sports day post) Lovely pics! Shame half the winners were staff kids, funny that 😂 — Mr T, PE dept"),
    (M, "impersonation", "Comment under Quenby Brook's nativity post: Don't bother coming, the hall only fits staff families this year. Miss Cordingley x"),
    (M, "impersonation abuse", "Reply on Stannage Hill Academy's page: as a member of staff I can tell you the new head is a clueless bully and everyone's applying elsewhere. Signed, Mr Castellan (Science)"),
    (M, "impersonation", "Under the 'Welcome back!' post: Thanks all, from the office team. Just a reminder lunch money debts over £5 mean your child eats last 🙂"),
    (M, "impersonation", "comment on the Lowmoor Vale Ofsted post — 'we got Good because we hid the naughty kids on a trip that day 🤫 — staff member'"),
    (M, "impersonation", "Marrowfield CE's harvest festival post ➡️ reply 'Mrs Pengelly (Y4)': all tins donated will be shared among staff this year, thank you for your generosity!"),
    (M, "impersonation abuse", "Signed as 'Mrs Ruddock, Head of Year' under the school's anti-bullying week post: maybe if your kids weren't so soft they wouldn't get bullied 🤷‍♀️"),
    (M, "impersonation", "Comment under Tillingworth High's GCSE results post — 'Congrats to all! Remember the results are provisional and we can still withdraw grades for unpaid fees. Exams Officer'"),

    # --- fake parent-group admin posts claiming to be the school ----------------------------------
    (M, "impersonation", "ADMIN POST 📌 Hi all, this group is now run by the school office on behalf of Briarstone Primary. All absence calls now go through me here rather than the office. Mrs Mountjoy has approved this."),
    (M, "impersonation", "Admin here — I've been asked by Fennimore Park to collect the £12 Year 6 leavers' hoodie money in this group. Bank transfer only, details in my DMs. Official school request 👍"),
    (M, "impersonation", "📌 PINNED: This group is the OFFICIAL Oakhurst Dene parent channel. The school has asked me (admin) to post that parents evening is cancelled and replaced by an online form. Link: oakhurst-parents.example"),
    (M, "impersonation", "Message from school via group admin: any parent posting complaints in here will be removed from the group AND reported to the head, who has access to this chat. Stannage Hill Academy"),
    (M, "impersonation", "Hi everyone! I'm the new Parent Liaison Officer at Quenby Brook (started Monday). This WhatsApp is now the school's official channel, please send me your child's full name, DOB and address to update records x"),
    (M, "impersonation", "Group admin (on behalf of Calderwick Academy): uniform inspection Monday. Anyone not in the new £45 blazer from calderwick-uniform.example will be isolated. Pass it on."),

    # --- fake text-message reminders with payment links -------------------------------------------
    (M, "impersonation", "Wyndle Cross High: Reminder your child's Yr 8 Bushcraft trip balance of £42.50 is OVERDUE. Pay today to keep their place: wyndle-trips.example/pay"),
    (M, "impersonation", "TXT from Marrowfield CE Primary: School dinner account in arrears (£23.10). Meals will stop tomorrow. Pay now via marrowfield-meals.example Reply STOP to opt out"),
    (M, "impersonation", "Briarstone Prim: Hi, Mrs Mountjoy here from my personal no. Can u pay the £15 music lesson fee to me directly today, the system is down. Sort code in next msg. Thanks"),
    (M, "impersonation", "LOWMOOR VALE ACADEMY: Your child has been selected for free breakfast club. Confirm with £1 admin fee at lowmoor-breakfast.example within 24hrs."),
    (M, "impersonation", "Tillingworth High School reminder: Prom ticket final instalment £35 due by 5pm. Pay securely: tillingworth-prom.example. Queries 07700 900417"),
    (M, "impersonation", "From: FennimorePk\nDear parent, lost property will be disposed of Friday. To reserve items a £3 handling fee is payable at fennimore-lostprop.example"),
    (M, "impersonation", "Quenby Brook: Your child's library fine is £8.40. Unpaid fines will be passed to a collection agency. Pay: qbp-library.example"),
    (M, "impersonation", "Oakhurst Dene Sch: Year 11 exam entry fees now payable (£65 per paper for resits). Failure to pay = withdrawal. ➡️ oakhurst-exams.example"),

    # --- fake resignation letters -----------------------------------------------------------------
    (M, "impersonation", "To the Governors of Stannage Hill Academy,\n\nPlease accept this letter as notice of my resignation with immediate effect. I can no longer work under a leadership team that lies to parents about safeguarding.\n\nMr D. Kettleby\n(leaked, pls share)"),
    (M, "impersonation abuse", "RESIGNATION — Miss Bancroft, Reception\nI'm leaving because the parents of this class are the most entitled, rude, grabby people I have ever met. Enjoy finding someone else to put up with you. Bye x"),
    (M, "impersonation", "Dear Dr Ingleby, after 14 years I am resigning. I refuse to keep altering predicted grades to make the school look good. Yours, A. Dunmore, Head of Science. [sent to me by a friend in the office]"),
    (M, "impersonation", "Copy of my resignation letter since the school won't tell you the truth: I'm going because the head told me to 'lose' the bullying log before Ofsted. — Mr Aberdour, Calderwick"),
    (M, "impersonation", "Resignation letter — Mrs Mountjoy, Headteacher, Briarstone Primary\n\"I'm stepping down as head so I can spend more time with the money I took from the PTA account.\" 🤣 real one btw"),

    # --- fake governor / PTA account content ------------------------------------------------------
    (M, "impersonation", "Fennimore Park PTA (official) — We regret to announce the Christmas fair profits (£2,310) have been 'borrowed' by the committee for a team night out. Thank you for your understanding 🎄"),
    (M, "impersonation", "Message from the Chair of Governors, Lowmoor Vale: the board has voted to ban packed lunches from January. Appeals are not possible. Cllr J. Prestbury"),
    (M, "impersonation abuse", "FROM THE PTA ACCOUNT: honestly if the same six mums keep doing all the work and the rest of you lazy lot do nothing, don't moan when there's no summer fair. Love, Quenby Brook PTA 💅"),
    (M, "impersonation", "Marrowfield Governors 📢 We are looking for parents to 'spot check' teachers' lessons on their phones and send us recordings. Please DM this account."),

    # --- misc short fakes -------------------------------------------------------------------------
    (M, "impersonation", "Mr Grimshaw - Briarstone: no homework this half term, I've decided it's pointless. Ignore the head if she says otherwise 😎"),
    (M, "impersonation", "hi its ms varley on my mums phone, can someone send me the class whatsapp link, lost my number 🙏"),
    (M, "impersonation", "Official: Wyndle Cross High will now fine parents £20 for every uniform infringement. — Mrs Ruddock on behalf of SLT"),
    (M, "impersonation abuse", "posting as 'Miss Cordingley': 6T are the worst class I've ever taught, 30 kids and not a brain cell between them x"),
    (M, "impersonation", "From the desk of Dr Haverstock, Calderwick Academy: I have decided to stay on as head despite the petition. I see all your names. 🙂"),
    (M, "impersonation", "Dear parent, this is Mr Oyelaran's new email, please use oyelaran.pe@mail.example for all Year 8 basketball matters. School email not working."),
    (M, "impersonation", "Oakhurst Dene School update - girls will no longer be permitted to wear trousers from Sept. Signed Dr H Ingleby. (official)"),
    (M, "impersonation", "Stannage Hill Academy Careers: paid work experience available for Year 10! £150 registration, cash to Mr Castellan on Monday 💷"),
    (M, "impersonation", "Quenby Brook Primary 🐝 We are sad to share that Mrs Dunmore has been dismissed today. We cannot say more for legal reasons. Please speak to your children."),
    (M, "impersonation abuse", "Account 'Mr Fairclough DeputyHead': Yr 9 parents stop emailing me, your kids are lost causes and so are you"),
    (M, "impersonation", "Reply on behalf of Lowmoor Vale Academy: We do not comment on individual cases, but yes, the teacher in question has been arrested. — Comms Team"),
    (M, "impersonation", "Briarstone Primary Office 📞 Our phone lines are down. For urgent matters call Mrs Mountjoy direct on 07700 900582 (personal)."),

    # =============================================================================================
    # --- allegations: one-liners ------------------------------------------------------------------
    (M, "allegation", "Mr Threlfall at Tillingworth is a paedo. Simple as."),
    (M, "allegation", "Mrs Haverstock nicked the school trip money. Fact."),
    (M, "allegation", "Kettleby deals weed to the year 11s. ask anyone"),
    (M, "allegation abuse", "that drunk Mr Aberdour should be locked up for what he does to them kids"),
    (M, "allegation", "Miss Cordingley hits kids. Quenby Brook won't do anything."),
    (M, "allegation", "Mr Pimblett = nonce. Fennimore Park know."),
    (M, "allegation", "the head at Briarstone fakes the attendance figures and pockets the funding"),
    (M, "allegation abuse", "Fairclough is a wife beater and a kiddy fiddler, spread the word"),
    (M, "allegation", "Mr Szymanski has a record. That's why he moved schools."),

    # --- "everyone knows" ------------------------------------------------------------------------
    (M, "allegation", "Everyone at Stannage Hill knows Mr Castellan turns up to period 1 still drunk from the night before. The kids can smell it on him."),
    (M, "allegation", "Everybody knows Mrs Mountjoy's been taking from the PTA pot for years, that's how she paid for the conservatory 🏡"),
    (M, "allegation", "it's common knowledge round Lowmoor that the deputy head was done for drink driving with a pupil in the car. they covered it up"),
    (M, "allegation", "Literally everyone in Year 10 knows what Mr Oyelaran does in the changing rooms. Tillingworth parents wake up."),
    (M, "allegation abuse", "The whole village knows Mrs Ruddock is on something, pupils are basically the only people who don't get why she's twitchy all day. Junkie."),
    (M, "allegation", "All the staff at Calderwick know Dr Haverstock bought her PhD online. Ask to see the certificate, go on."),
    (M, "allegation", "Every mum at the gate knows why Mr Grimshaw only does 1:1 reading with the girls 👀"),

    # --- "my kid saw" -----------------------------------------------------------------------------
    (M, "allegation", "My son saw Mr Kettleby take a £20 note out of a Year 7's bag during PE. Zero doubt. He's a thief."),
    (M, "allegation", "my daughter saw Miss Bancroft slap a reception kid round the back of the head. the school says 'no record'. of course not."),
    (M, "allegation", "My lad says he saw Mr Aberdour swigging from a water bottle that defo wasn't water in the middle of a lesson 🍺 and he smelt of it"),
    (M, "allegation", "My kid saw Mrs Pengelly pinch some of the tuck shop money and put it in her handbag. Not the first time either."),
    (M, "allegation", "my daughter saw mr szymanski put his hand on a girl's thigh in the library and the girl just froze. year 9. disgusting"),
    (M, "allegation abuse", "My boy saw that pig Threlfall drag a kid across the field by his collar. Nasty violent man, should be in prison."),
    (M, "allegation", "Mine came home saying Ms Varley was 'sniffing loads' and had white stuff on her nose after lunch. Make of that what you will ❄️"),

    # --- "apparently" -----------------------------------------------------------------------------
    (M, "allegation", "Apparently Mr Fairclough got a Year 11 girl's number off the register and has been texting her. Lowmoor Vale."),
    (M, "allegation", "apparently the new head at Oakhurst Dene was sacked from her last school for fiddling the books and they just hired her anyway"),
    (M, "allegation", "Apparently Mrs Dunmore isn't even a qualified teacher, she made up her degree and nobody checked 🤷"),
    (M, "allegation", "Apparently Mr Pimblett has been selling the school's instruments and telling them they 'went missing'. Fennimore Park finances need looking at."),
    (M, "allegation", "apparently mr grimshaw was drunk at the year 6 residential and one of the kids had to put him to bed 😳"),
    (M, "allegation", "Apparently one of the TAs at Marrowfield takes the kids' dinner money and keeps the change. Don't know which one but it's one of the older ones in Y3."),
    (M, "allegation", "Apparently Mr Castellan keeps pupils' confiscated phones and goes through the photos 📱👀"),

    # --- "I'm not saying he did but" --------------------------------------------------------------
    (M, "allegation", "I'm not saying Mr Oyelaran did anything to that lad but why did the boy's family suddenly move away mid-term? 🤔"),
    (M, "allegation", "Not saying she's a thief but the Year 4 charity tin was full when it went to Mrs Pengelly's room and half empty when it came back."),
    (M, "allegation", "I'm not saying Mr Threlfall is a predator. I'm just saying I wouldn't leave my daughter alone with him. Read into that what you like."),
    (M, "allegation", "Not saying the head's on the bottle but there's a reason she's never in before 10 and always has mints 🍬"),
    (M, "allegation", "I'm not accusing anyone but the last time Mr Szymanski 'lost his temper' a kid ended up with a bruised arm. Calderwick hushed it."),
    (M, "allegation", "not saying he forged his qualifications BUT no one can find Mr Kettleby's name on any uni graduation list. just putting it out there"),
    (M, "allegation abuse", "I'm not saying Fairclough did it but if it walks like a creep and talks like a creep... 🐍"),

    # --- questions implying guilt -----------------------------------------------------------------
    (M, "allegation", "Why is Mr Grimshaw allowed to give pupils lifts home on his own? Why do they always sit in the front? Asking for every parent at Briarstone."),
    (M, "allegation", "Has anyone asked why the Year 6 trip money never got refunded and Mrs Mountjoy got a new car the same month? No? Just me then."),
    (M, "allegation", "Serious question: why does Ms Varley need a new 'emergency' prescription every fortnight and why is she always in the staff toilet? 💊"),
    (M, "allegation", "Genuine q - how does a PE teacher on a teacher's salary afford a Range Rover? Oh wait, the sports fund... 🤔 Tillingworth"),
    (M, "allegation", "Why does Mr Aberdour lock his classroom door during detention? Who's in there with him? Has anyone checked?"),
    (M, "allegation", "Can Dr Ingleby explain why her 'doctorate' is from a university that doesn't exist? Oakhurst Dene governors, over to you."),
    (M, "allegation", "Why has Miss Bancroft got photos of the reception kids on her personal Insta? Who is she sending them to??"),
    (M, "allegation", "Quick one for Stannage Hill — why was Mr Castellan escorted off site by police last Thursday and why has no letter gone out?"),

    # --- drink / drugs at work --------------------------------------------------------------------
    (M, "allegation", "Mrs Ruddock smokes weed in her car at lunch. Wyndle Cross kids have seen her. She then teaches Year 8 high as a kite 🍃"),
    (M, "allegation", "The caretaker at Marrowfield CE is drunk by 2pm every day and he's the one locking the kids' gates. Someone's going to get hurt."),
    (M, "allegation", "mr oyelaran did a line at the staff christmas do and then drove the minibus to the fixture the next morning still off his face"),
    (M, "allegation abuse", "Calderwick's head of year is a pisshead, turns up stinking of vodka and shouts at 11 year olds. Useless alcoholic."),
    (M, "allegation", "He keeps a hip flask in his desk drawer. Mr Threlfall, Tillingworth. My son's seen it loads."),
    (M, "allegation", "Teacher at Lowmoor Vale (Mr F) is buying coke off a sixth former. That's not a rumour, that's from someone who was there."),

    # --- stealing from pupils / fraud -------------------------------------------------------------
    (M, "allegation", "Miss Cordingley takes the kids' confiscated vapes and sells them back to Year 10s. Quenby Brook thief."),
    (M, "allegation", "Mrs Haverstock charged us £40 for a trip that cost £18 per head. She's been skimming for years, I've done the maths."),
    (M, "allegation", "My daughter's birthday money went missing from her tray and guess who was the only adult in the room. Mr Grimshaw. Thief."),
    (M, "allegation", "the bursar at Fennimore Park has been paying herself from the pupil premium money, that's why there's no SEN support"),
    (M, "allegation", "Mr Pimblett takes the kids' Christmas present money (£2 each) and buys one cheap tat box from B&M. Where's the rest going? His pocket."),
    (M, "allegation abuse", "Dunmore is a thieving cow, she's taken iPads home from the science dept and they've turned up on eBay"),

    # --- faking qualifications --------------------------------------------------------------------
    (M, "allegation", "Mr Szymanski is not a qualified teacher. He lied on his application and Calderwick never checked his QTS. He's basically a fraud teaching A level."),
    (M, "allegation", "PSA: the 'Dr' in Dr Ingleby is fake. Bought from a diploma mill. Oakhurst Dene parents are being conned."),
    (M, "allegation", "Ms Varley has no English degree, she's faked her certs. My cousin was at the same college and she dropped out in first year."),
    (M, "allegation", "That new SENCo at Briarstone made up her whole CV. Never worked in a school before. The head knows and doesn't care."),

    # --- hitting children -------------------------------------------------------------------------
    (M, "allegation", "Mrs Pengelly grabbed my son so hard she left finger marks. Marrowfield say 'reasonable force'. It was assault."),
    (M, "allegation", "Mr Aberdour punched a Year 8 in the corridor at Calderwick and they paid the family off. Fact."),
    (M, "allegation", "that reception teacher at briarstone smacks the kids when they wet themselves. my niece is terrified to go in"),
    (M, "allegation abuse", "Threlfall threw a football at a kid's face on purpose and broke his glasses. Sadistic thug."),
    (M, "allegation", "Mr Castellan pinned a boy against the wall in the science block. There were witnesses. Stannage Hill called it a 'misunderstanding'."),
    (M, "allegation", "Mrs Mountjoy drags the little ones by the arm into the quiet room and shuts the door. They come out crying every time."),

    # --- grooming hints with emoji ----------------------------------------------------------------
    (M, "allegation", "Mr Grimshaw and his 'special' reading group 👀🍭🚪"),
    (M, "allegation", "Miss Cordingley following Year 10 boys on Insta 😳📸 bit weird for a teacher no?"),
    (M, "allegation", "Mr Oyelaran offering 'extra PE sessions' after school 1 to 1 🤫🏀👦 Tillingworth parents do the maths"),
    (M, "allegation", "Szymanski always 'helping' the girls in his form with their ties 🙄👔😬"),
    (M, "allegation", "sixth form girls + Mr Fairclough's car + 'revision' at his flat 🚗🏠📚🤔"),
    (M, "allegation", "Mr Kettleby gives his number to the year 9 girls 'for maths help' 📱😘 yeah right"),
    (M, "allegation", "Why does Mr Pimblett need to film the girls' choir 'for practice' on his own phone 📹🎶 🚩🚩🚩"),

    # --- mixed registers / longer -----------------------------------------------------------------
    (M, "allegation", "I've held off posting this but I can't any more. Mr Aberdour at Calderwick has been coming to work drunk for at least a year. My son's in his form. He slurs, he falls asleep at the desk, and last month he drove the Year 7s to the swimming baths like that. The school knows and has done nothing."),
    (M, "allegation", "Grandad here, not one for the internet, but I'll say it. That Mrs Ruddock has been helping herself to the charity collections at Wyndle Cross. I counted the tins myself after the bake sale and the figures they put in the newsletter were £200 short."),
    (M, "allegation", "sorry for english not my first. my son say teacher Mr Grimshaw hit him with ruler on hand very hard and say don't tell mum. now he don't want go school. this teacher is criminal"),
    (M, "allegation", "WARNING TO ALL OAKHURST DENE PARENTS. THE HEAD HAS BEEN STEALING FROM THE SCHOOL FUND AND HAS A FAKE DOCTORATE. SHE SHOULD BE IN PRISON NOT RUNNING A SCHOOL!!!"),
    (M, "allegation abuse", "ngl mr threlfall is proper creepy, always staring at the year 10 girls in netball and making comments. dirty old perv should be sacked and locked up"),
    (M, "allegation", "Reading between the lines of that letter about Mr Fairclough's 'leave of absence'... we all know what that means at a school. Something with a pupil. They always say 'personal reasons'."),
    (M, "allegation", "Aye, thon Mr Kettleby's been on the sauce since his wife left, turns up reekin' an' the weans are feart o' him. Somebody should phone the polis."),
    (M, "allegation", "He's done it before. Mr Szymanski was at a school in another county and left after a girl complained. Now he's at Calderwick around teenage girls again. Coincidence?"),
    (M, "allegation", "Tell me why the PTA treasurer at Fennimore Park (yes, HER) is suddenly on holiday in Dubai three times a year. Fair money doesn't go that far 💸✈️"),
    (M, "allegation", "my mate's kid reckons mr castellan showed them something dodgy on his laptop when he thought no one was looking. year 8s. get him away from children"),

    # =============================================================================================
    # --- near misses: genuine reminders / payment requests via the official app -------------------
    (N, "", "Wyndle Cross High: Reminder — the Year 8 Bushcraft trip balance is due by Friday. Please pay through the ParentPay app as usual. We will never send payment links by text."),
    (N, "", "Quenby Brook Primary 🐝 Just a reminder that school closes at 1.30pm on Friday for the end of term. Have a lovely break! Term dates for next year are on the website."),
    (N, "", "Message from Marrowfield CE Primary via the School App: Dinner accounts for a few families are in arrears. Please log in to the app to check your balance or speak to the office. Thank you."),
    (N, "", "Tillingworth High: Prom tickets are now available to purchase on the school payment app only. Please don't pay anyone directly. Any questions, ring reception on 01632 960214."),
    (N, "", "Out of office: Thank you for your email. I am on a residential trip with Year 6 until Friday and will reply on my return. For urgent matters please contact the school office. Mr Grimshaw, Briarstone Primary"),
    (N, "", "Oakhurst Dene School: Year 11 mock exams begin Monday 2 December. Timetables have been emailed and are on the app. Good luck to all our students!"),

    # --- scam warnings ----------------------------------------------------------------------------
    (N, "", "⚠️ SCAM WARNING from Fennimore Park Primary ⚠️ Parents have received texts asking for a £3 'lost property handling fee'. This is NOT us. Please do not click the link and delete the message."),
    (N, "", "Anyone had a message from 'Mrs Mountjoy' from a mobile asking to pay music fees to her directly? It's a scam, the real Mrs Mountjoy has just posted on the school page about it. Block and report."),
    (N, "", "Heads up: there's an Instagram page pretending to be Marrowfield CE Primary, the bio says 'staff run'. It's fake. The school only has a Facebook page. Please report it."),
    (N, "", "Police have asked schools to share: scammers are sending fake 'dinner money arrears' texts using local school names. Schools will only ever ask you to pay via their official app."),
    (N, "", "Stannage Hill Academy: We are aware of a fake LinkedIn profile using a member of staff's name and photo. We have reported it and ask that you do not engage or share screenshots."),

    # --- parents asking "is this real?" -----------------------------------------------------------
    (N, "", "Is this text real?? Says my son's library fine is £8.40 and will go to a debt collector 😬 from 'Quenby Brook'. Never heard of library fines at primary lol"),
    (N, "", "has anyone else had an email from a 'parent liaison officer' at Quenby Brook asking for DOB and address? is that legit or should i ring the office first"),
    (N, "", "Can someone confirm whether the Tillingworth prom deadline really is 5pm today? Got a text with a link but the app says the end of the month. Not clicking til I know."),
    (N, "", "Genuine question, did the PTA actually post that about the Christmas fair money or is it a fake account? It's got the same logo but the name's spelt slightly different."),
    (N, "", "Weird auto-reply from Mr Castellan's email saying he's left and to use a gmail. Anyone know if that's real? Don't want to send anything personal if it's not him."),
    (N, "", "Saw a 'statement' about food poisoning at the Wyndle Cross disco being shared. Is that actually from the school? Can't see it on their website."),

    # --- lawful complaints about conduct, no crime claimed ----------------------------------------
    (C, "", "Mr Threlfall was really harsh with my son at the football trials, shouted at him in front of everyone. I've emailed the head of PE because I don't think that's how you treat 12 year olds."),
    (C, "", "Not happy with Mrs Pengelly. Three emails about my daughter's reading and not one reply. I'll be raising it at parents evening and with the head if needed."),
    (C, "", "Mrs Haverstock's letter about the trip price didn't explain what the £40 covers. As parents we deserve a breakdown. I've asked for one in writing."),
    (C, "", "I think it was unprofessional of Mr Kettleby to read out mock results in front of the whole class. My son was mortified. Formal complaint going in tomorrow."),
    (C, "", "The head at Oakhurst Dene is slow to respond and the communication all year has been poor. It's not a crime but it's not good enough either 🙄"),
    (C, "", "Ms Varley sets far too much homework for Year 7 and doesn't mark half of it. Raised it with the head of department, still waiting."),
    (C, "", "Mr Aberdour keeps the whole form back at break for one kid's behaviour. Collective punishment isn't fair and I've told the school that."),
    (C, "", "Honestly Miss Bancroft seems overwhelmed, the reception class is chaotic and pick-up is a shambles most days. The school needs to give her more support, not blame the parents."),
    (C, "", "Really disappointed that Mr Grimshaw cancelled the Year 6 play with two days' notice. The kids had worked hard. A proper explanation would be nice."),
    (C, "", "1★ Calderwick Academy. Complaints process took four months and the outcome letter didn't answer any of my points. Staff are polite but leadership just don't follow through."),

    # --- factual reports of disciplinary hearings -------------------------------------------------
    (N, "", "A teacher formerly employed at a Lowmoor school has been banned from teaching indefinitely after a professional conduct panel found he had sent inappropriate messages to a pupil. He can apply for the prohibition to be reviewed after five years."),
    (N, "", "Local news: A former business manager at a Fennimore primary school was today sentenced to 18 months after admitting fraud by abuse of position at Crown Court. The court heard £14,600 had been taken over three years."),
    (N, "", "Update from the Teaching Regulation Agency: a panel hearing into allegations against a former Calderwick Academy teacher has been adjourned until March. No findings have been made."),
    (N, "", "The governors of Wyndle Cross High can confirm a member of staff has been suspended pending an investigation. Suspension is a neutral act and does not imply wrongdoing. We will not be commenting further."),
    (N, "", "Panel outcome published: the teacher's conduct amounted to unacceptable professional conduct (falsifying exam coursework marks) but a prohibition order was not recommended. Full decision on the TRA website."),
    (N, "", "Tribunal report: an employment tribunal found a Briarstone teaching assistant was unfairly dismissed after the school failed to follow its own disciplinary procedure."),
    (N, "", "Court report: former PE teacher, 41, of Tillingworth, pleaded guilty to drink driving at magistrates' court. He was fined and banned for 16 months. The offence was not connected with his work."),
    # --- more near misses ------------------------------------------------------------------------
    (N, "", "Lowmoor Vale Academy: Parents' evening for Year 9 is on Thursday 4-7pm. Book your slots through the school app by Wednesday. Please don't reply to this text."),
    (N, "", "PSA from the class rep 🙋‍♀️ I'm NOT collecting any hoodie money in this group and neither is the school. If someone DMs you asking for a bank transfer, it isn't me. Pay through the app only."),
    (N, "", "is this real or a wind up? someone's shared a 'resignation letter' from Mr Aberdour slagging off the head. doesn't sound like him at all tbh"),
    (C, "", "Mrs Ruddock was dismissive when I raised my son's bullying. I'm not saying she did anything wrong legally, but she needs to listen to parents. Escalating to the governors."),
    (C, "", "Dr Ingleby's decision to scrap the Year 10 trip with no consultation was poor leadership. I've written to the chair of governors asking them to review it."),
    (N, "", "Marrowfield CE Primary: Harvest festival donations will go to the Tillingworth food bank on Friday. Thank you for your generosity! 🍎🥫"),
]
