"""Session 2c hard cases: neutral and critical posts that look like another label on the surface.

Neutral: news copy quoting abuse or threats a teacher received (reporting and condemning it), posts
supporting an abused teacher, moderators removing abuse, warnings about scam pages, parents defending
staff, dark humour and fiction, history lessons and plays with violent words, pupils named in praise.
Critical: angry complaints that use violent idioms or strong words but stay lawful, criticism phrased
like a warning, and complaints that mention an investigation without alleging a crime.

Every school, town and person here is invented. Rows: (label, flags, text) or (label, flags, text, group).
"""

N, C = "neutral", "critical"

EXAMPLES = [
    # --- news copy quoting abuse, condemning it ----------------------------------------------------------
    (N, "", "A headteacher in Stannerley has spoken out after receiving more than 200 abusive messages in a week, including one calling her 'a waste of oxygen'. 'No one should have to read that on their lunch break,' she said."),
    (N, "", "Tullbridge Echo: Police are investigating after a teacher at a local secondary received a letter saying 'you'll be sorry' through her door. The school said the safety of staff was its 'absolute priority'."),
    (N, "", "A Marram Bay man has been convicted of harassment after posting that a primary teacher was 'a nonce' on a community Facebook page. The court heard the claim was entirely false. He was ordered to pay £5,000 in damages."),
    (N, "", "Union survey: 1 in 3 teachers in the county have been abused online by a parent. One respondent said she'd been called 'fat, thick and useless' in a 600-member parents' group."),
    (N, "", "Letter to the editor: I was horrified to read in last week's paper that the head of Pennyfold had been sent a message saying 'watch your back'. Whatever your views on the school, this is not how decent people behave."),
    (N, "", "BBC local radio: a deputy head who had her address posted online by a parent says she had to move her children to her mother's for a week. The parent has been cautioned by police."),
    (N, "", "The National Association of Headteachers says members are reporting a rise in fake social media accounts set up in their names to 'humiliate' them. It is calling on platforms to act faster."),
    (N, "", "Court: A man who threatened to 'burn down' Copperbeck Academy in a Facebook comment has been given a suspended sentence. The judge said the comment caused 'genuine fear' among staff."),
    (N, "", "Stannerley Gazette editorial: Disagree with a school, complain, go to the governors, go to Ofsted. But the messages we've seen sent to staff at Oxenby this month, calling a teacher 'vermin' and worse, cross a line. We will not be publishing them in full."),
    # --- supporting an abused teacher --------------------------------------------------------------------------
    (N, "", "I know Mrs Oduya has had a horrible time on here this week. For what it's worth, she held my hand in the corridor the day my husband died and didn't let go until my sister arrived. Please be kind."),
    (N, "", "Whoever's been sending those vile messages to Mr Teasdale: he coached my son through the worst year of his life. You don't know him. Stop."),
    (N, "", "We're organising a card for Miss Sokolova after everything that was said about her online. Drop a message in the office or add your name to the one in the Co-op. Let's drown it out with kindness 💛"),
    (N, "", "Solidarity with the staff at Harbottle Rise. Criticise the trust all you like, but the names being thrown at individual teachers on here are disgusting and I've reported every one."),
    (N, "", "Admin post: we've removed a thread where a named teacher was being called names and her car was described. That's not 'free speech', it's harassment. Repeat posters will be banned."),
    (N, "", "Mod note: if you think a teacher has done something criminal, go to the police or the LADO, not this page. Posts making accusations against named staff will be removed."),
    (N, "", "Seeing a screenshot going round with 'Mr Cullinane should be strung up'. I've reported it to Facebook and I'd encourage everyone else to do the same. That's not what this group is for."),
    (N, "", "To the teachers at Linnetgate who've been getting abuse since the Ofsted report: most of us know you're doing your best with what you've got. The report was about leadership and funding, not you."),
    (N, "", "I complained about the school last year, loudly, and I still think I was right. But calling the head a 'dirty foreign cow' like someone did in the comments yesterday is racist and vile, and nobody should defend it."),
    # --- warnings about scams and fakes ---------------------------------------------------------------------------
    (N, "", "⚠️ There's a fake Instagram account pretending to be Thistlecombe High asking Year 7s to DM photos. It's NOT the school. Report and block. The school's real account has a blue tick and links to the website."),
    (N, "", "PSA: a text claiming to be from Kingsmarsh Infants asking for £15 'trip money' via a bank link is a scam. School only uses ParentPay. I've checked with the office."),
    (N, "", "Warning shared by the school: someone has set up a Facebook profile called 'Mrs Gwillim Sallowmere'. It's not her and she doesn't have a personal account. Please don't accept the friend request."),
    # --- parents defending staff against criticism ------------------------------------------------------------------
    (N, "", "Honestly some of the comments on here about Mr Stobart are unfair. He's inherited a mess and he's been in post eight months. Give the man a chance."),
    (N, "", "Every school has problems. But I've had three kids at Copperbeck and every one of them has had at least one teacher who changed their life. Just saying."),
    (N, "", "I was one of the loudest critics of the phone ban. Six months in, I was wrong. My son talks to his friends at lunch now. Fair play to the head."),
    # --- dark humour, fiction, history, drama -------------------------------------------------------------------------
    (N, "", "Year 9 English are studying 'An Inspector Calls' and my son has now accused every member of our family of murdering Eva Smith."),
    (N, "", "Year 5 WW2 topic: my daughter came home and announced she'd 'been evacuated' and 'survived the Blitz' in the school hall. Very realistic sirens apparently."),
    (N, "", "Drama club are doing Sweeney Todd and the fake blood budget is, I'm told, 'considerable' 🩸"),
    (N, "", "The history department's 'Trial of Guy Fawkes' role play was fab. My son was the prosecution and demanded he be hanged, drawn and quartered. Very enthusiastic."),
    (N, "", "Halloween at Pennyfold: the staff dressed as zombies and chased Year 6 round the field. Screaming. Joyful screaming."),
    (N, "", "Teachers reading 'mean reviews' of themselves for Children in Need is the funniest thing the school has ever posted 😂 'Mr Ellerby's whistle is an act of violence' 😂"),
    (N, "", "When your Year 8 writes a horror story about the school being overrun by killer dinner ladies and gets a 9 for it 🧟‍♀️"),
    # --- pupils named in praise or neutral contexts -------------------------------------------------------------------
    (N, "", "Massive congratulations to Ezekiel Adeyinka-Bright in Year 11 at Wyvernhurst, who's been offered a place at the Royal Ballet School!"),
    (N, "", "Shoutout to Priya in 4C at Linnetgate for finding my purse in the playground and handing it straight in. Her mum should be so proud."),
    (N, "", "My son's best mate Alfie has been picked for the county cricket academy. Lovely lad. Both boys at Harbottle Rise. Buzzing for him."),
    (N, "", "Well done to Hana and Dmitri, Year 6, for their brilliant assembly about Ramadan and Orthodox Easter. Really thoughtful."),
    # --- praise that sounds like complaint --------------------------------------------------------------------------
    (N, "", "I'm going to complain to the head about Mrs Azhar. Complain that my daughter now corrects MY grammar at the dinner table. 😂 Best teacher she's had."),
    (N, "", "Worst thing about Kingsmarsh? My son now refuses to go on holiday in term time because he'll miss forest school. Thanks a lot, Mr Lowther."),
    (N, "", "Angry post incoming: WHY did nobody tell me the Year 4 assembly would make me cry in public?! Absolutely ruined my mascara. 10/10."),
    (N, "", "Shocking news: the dreaded maths teacher my son moaned about all September is now, and I quote, 'actually alright'."),
    (N, "", "I have a serious complaint about Thistlecombe. They've made my teenager enthusiastic about chemistry and now there are crystals growing on every windowsill."),
    # --- neutral about staff conduct processes -------------------------------------------------------------------
    (N, "", "The Oxenby Learning Trust has confirmed a teacher has been suspended pending an investigation. Suspension is a neutral act and no conclusions should be drawn, a spokesperson said."),
    (N, "", "Update from the chair of governors: the complaint process regarding the Year 6 trip has concluded. The panel's findings have been shared with the family concerned."),
    (N, "", "The Teaching Regulation Agency has cleared a former Marram Bay teacher of misconduct after a two-day hearing. The panel found the allegations 'not proven'."),
    (N, "", "Does anyone know how the school complaints procedure works? I want to raise something about my son's report but I don't want to make a big fuss."),
    # --- critical that uses violent idioms or strong words but stays lawful ---------------------------------------------
    (C, "", "I could honestly scream. Third supply teacher this month in Year 2 and nobody has bothered to tell parents. I'm going to kill the next person who says 'it's a national issue'. (Not literally. But close.)"),
    (C, "", "This uniform policy is going to be the death of me. £28 for a PE skort that's only sold in one shop 40 minutes away."),
    (C, "", "The new head has murdered everything that made this school special. Clubs gone, trips gone, music gone."),
    (C, "", "Copperbeck's communication is so bad it should be a crime. Letter about Friday's early finish arrived Friday at 11am."),
    (C, "", "Honestly the pastoral team at Oxenby wouldn't notice a bullying problem if it punched them in the face. Three months and counting."),
    (C, "", "Sallowmere's leadership has torched years of goodwill with parents in one term. Well done."),
    (C, "", "Oh I'm going to make noise about this. Governors, trust, the Gazette, Ofsted, the lot. They've picked the wrong mum."),
    (C, "", "Mark my words, if the trust pushes this merger through there'll be a fight. Petitions, protests at the gate, councillors, the lot."),
    (C, "", "Warning to parents looking at Wyvernhurst for September: ask them about SEN support, ask them about staff turnover, ask them about exclusions. Then make your decision."),
    (C, "", "I'm not saying anything criminal happened. I'm saying the school investigated my daughter's complaint about a teacher shouting at her in three days and found nothing, without speaking to any of the 6 kids who saw it. That's not an investigation."),
    (C, "", "The head resigned 'for personal reasons' the week before the Ofsted report came out. I'm not speculating about why, but parents were owed a proper explanation of where the school goes next, and we haven't had one."),
    (C, "", "Mrs Pryce-Owen might be the nicest person in the world outside school. Inside school, she's made my son's Year 4 miserable and I've told the head exactly that."),
    (C, "", "Is it just me who thinks the head teacher's Instagram is a bit much? Selfies with the kids every day while the actual problems at the school go unanswered."),
    (C, "", "I'm not going to name the teacher but the way the Year 8 PE department talks to girls about their bodies is inappropriate and outdated. I've raised it in writing."),
    (C, "", "Honestly, burn the whole homework policy to the ground and start again. Nobody, kids or parents or teachers, thinks it works."),
    (C, "", "The school can 'value my feedback' all it likes. I'm valuing a school transfer form."),
]
