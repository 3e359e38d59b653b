"""Near misses (third batch) for impersonation and allegation: posts that look like them on the
surface but impersonate and accuse nobody — warnings that an account, letter, text or screenshot is
fake (even when they quote it), schools announcing they have been impersonated, factual reports of
real convictions, suspensions and tribunals, concerns raised through proper channels without
accusing, lawful critical opinions about staff conduct, and jokes about well-known parody formats.

Every school, town and person is invented; numbers are in Ofcom's drama ranges.
Rows: (label, flags, text).
"""

N, C = "neutral", "critical"

EXAMPLES = [
    # --- warnings that an account / message is fake -----------------------------------------------
    (N, "", "PSA: that 'Brackenfold Primary Updates' page is NOT the school. The real page has the blue crest and about 900 followers. Please report the fake one and don't click its links."),
    (N, "", "Heads up Gorsey Lane parents, a page called 'Gorsey Lane Academy Official' is posting fake term dates. The school's only accounts are on the website. Report and block."),
    (N, "", "Got a text saying I owe £25 for a Ravensdyke trip with a link to pay. Rang the office, it's a scam, they never send payment links by text. Don't fall for it x"),
    (N, "", "If anyone gets a friend request from 'Mrs Tremlett' with a new profile picture, it's not her. She's asked me to let the class group know. Don't accept, report it."),
    (N, "", "Just a warning, someone is messaging parents pretending to be Mr McCreadie saying his 'old account got hacked'. He hasn't got a new account. Please don't add it."),
    (N, "", "FAKE ALERT 🚨 The letter going round about Year 8 phones being confiscated for a half term with a £10 fee is NOT from Sutton Marsh. Check the school website for real letters."),
    (N, "", "That screenshot of a 'staff WhatsApp' from Ferndown Ridge is obviously edited, the fonts don't even match. Please stop sharing it, it's someone's real name on there."),
    (N, "", "warning!! theres a tiktok pretending to be mr lowther using his photo, pls report it, its not funny he's actually really nice"),
    (N, "", "Does anyone know if this 'Coldwater Lane uniform change' post is real? Seems odd they'd change jumpers mid-year and only sell them at one shop.\n\nReply: it's fake hun, the school have put a message on ParentPay saying so."),
    (N, "", "Mam got an email from 'the school' saying her FSM was lapsing and to log in. Checked with Ferndown Ridge reception — phishing. They said forward it to the council's scam team."),
    (N, "", "Please be aware: the GoFundMe for the Kinnerton Vale playground is not connected to the school or the PTA. The PTA only fundraises through the school office."),
    (N, "", "Scam warning for St Ninian's parents — a WhatsApp from a 07700 900 number claiming to be Mrs Cairncross asking for money. It's not her. Report and block."),
    (N, "", "Reported the 'Official page of Mrs Pennock (not affiliated)' account to Instagram. If a few more of us report it they might take it down."),
    (N, "", "Don't share the voice note 'from the head' about excluding kids, it's an AI fake. My husband works in IT, you can hear the glitches."),
    (N, "", "Any Holmbrook parents got a job advert for lunchtime supervisors asking for passport and bank card? The school confirmed it's fake. Real vacancies are on the council jobs site."),
    (N, "", "Reply: that's not the real Westmoor Brook account mate, look at the handle, it's got an extra underscore. Real one's verified."),
    (N, "", "Nextdoor: someone claiming to be the Coldbrook Primary site manager is selling 'school laptops' from a van. The school says they have no new site manager and aren't selling anything. Please be careful."),
    (N, "", "Beware Pennyfeather parents: the 'PTA raffle' on WhatsApp asking for bank transfers to an individual is not the PTA. Our raffle is only through the school's ParentPay."),
    (N, "", "Somebody made a fake Mr Dunmore account and has been DMing parents telling them to move their kids. It's vile. Screenshot it and send to the school, they're dealing with it."),
    (N, "", "is the cwm ddu snow day thing real or that fake page again? 🙄\n\nReply: fake page again, the council site says all schools are open"),
    (N, "", "Don't give the 'school modelling agency' any photos!! Millbrook Vale never sent that, the careers office have confirmed it. Report it to CEOP if your child's been contacted."),
    (N, "", "Reminder in the Year 6 group: the real Mr Adeyemi-Ross has no Instagram. Any 'finsta' using his name is fake. Kids are being told about it in assembly tomorrow."),
    (N, "", "My mum nearly sent £250 to a 'teacher' who said I'd won a scholarship 😭 it's a scam guys, teachers don't ask for processing fees"),
    (N, "", "That 'statement from the Chair of Governors' being shared about Pennyfeather is fake. The actual chair has posted on the school site confirming she wrote no such thing."),
    (N, "", "Anyone else get the ParentPay 'card migration' text? DO NOT reply with card numbers. It's a scam, the school will never ask for that."),
    (N, "", "Someone has been using our head's photo on a parody page. I've reported it as impersonation and so should you. Whatever you think of her, that's not on."),
    (N, "", "the screenshot of mrs llewellyn-price saying she doesnt read emails is fake, my brother made it as a joke and he's gonna take it down, soz everyone"),
    (N, "", "Not the school. Not the PTA. Not the council. Just some randomer with Canva. Please stop forwarding the 'vegan lunches only' letter."),

    # --- schools announcing impersonation ---------------------------------------------------------
    (N, "", "Thistlebank Academy: We are aware of a fake account using the school's name and logo on TikTok. It is not run by the school. Please do not interact with it. We have reported it and informed Police Scotland."),
    (N, "", "A message from Mrs Pennock, Headteacher: a letter claiming to be from Brackenfold Primary about changed half term dates is circulating. It is not genuine. Our term dates remain as published on the website."),
    (N, "", "Important: Gorsey Lane Academy will never ask for payment via a link sent by text or WhatsApp. All payments are through ParentPay. If you receive such a message please forward it to 7726 and let the office know."),
    (N, "", "Elmstead Heath School is aware that an account impersonating one of our PE staff has been set up on Instagram. We are working with the platform to have it removed. Please report rather than share."),
    (N, "", "St Teilo's CiW Primary: Rydym yn ymwybodol o dudalen ffug / We are aware of a fake page using our name. It is not ours. Official updates come only through our app and website. Diolch."),
    (N, "", "Harrowfield Primary: We have been made aware that a member of staff's identity is being used to message parents. Any genuine contact from staff will come through the school office or Class Dojo only."),
    (N, "", "Dear parents, several of you have received an email claiming to be from our Finance Office asking for outstanding music fees. This is a phishing email. Please delete it. Sutton Marsh Academy Business Team."),
    (N, "", "Statement from the Governing Body of Pennyfeather Junior School: a document purporting to be a statement by our Chair has been shared online. It is a forgery. The governors have full confidence in the headteacher."),
    (N, "", "Coldwater Lane Primary would like to reassure families there are no changes to the uniform policy. The post suggesting otherwise was not made by the school."),
    (N, "", "Millbrook Vale High: a fake 'prom ticket' payment page has been set up using our logo. Prom tickets are only sold via the school office. We have reported the site to Action Fraud."),
    (N, "", "Ravensdyke Primary: Please be aware that Miss Kowalczyk does not have a public social media account. Any account using her name or image is not her and has been reported."),
    (N, "", "Cwm Ddu Community School is not closed. A fake page has posted a closure notice. Please check the official website and the council's school closures page."),
    (N, "", "Kinnerton Vale Primary has contacted the police about a fundraising page set up in the name of a member of staff. The school is not raising money for any trip online."),
    (N, "", "Larkspur Academy Trust: A message claiming to be from the Trust CEO about selling the Larkspur Primary playing fields is false. No such decision has been made or discussed."),

    # --- factual news: real convictions, suspensions, tribunals ------------------------------------
    (N, "", "Former Quarrendon Fields teacher Alan Pettifer, 52, was jailed for four years at Dunmere Crown Court on Friday after admitting three counts of making indecent images. The court heard he had left the school in 2021."),
    (N, "", "A teaching assistant at a Wenborough primary school has been suspended while police investigate an allegation, the local authority confirmed. No arrests have been made. The school has written to parents."),
    (N, "", "A school business manager who stole £38,000 from Eastmere Primary over five years has been given a suspended sentence, Fellgate Magistrates' Court heard. She repaid the money in full."),
    (N, "", "Teaching Regulation Agency panel: a former PE teacher at Hadleigh Moor School has been banned from teaching indefinitely after being found to have sent inappropriate messages to a pupil. He may not apply to have the order set aside for five years."),
    (N, "", "Police have confirmed that a man arrested in connection with an incident near Brackenfold Primary has been released without charge. The school says normal timetables will continue."),
    (N, "", "The headteacher of Tanners Green Academy has stepped down following a trust investigation into exam entry irregularities, the trust said in a statement. It said no pupils' grades were affected."),
    (N, "", "Court report: a Castlebridge man was banned from driving for 18 months after being stopped over the limit. He was a deputy head at a local primary school; the school said he no longer works there."),
    (N, "", "BBC Look North: Ofsted has rated Marlpit Lane Primary inadequate after inspectors found weaknesses in safeguarding record-keeping. The trust said it accepts the findings and has appointed an interim head."),
    (N, "", "Employment tribunal rules a teacher at a Norwood Hill school was unfairly dismissed after raising safeguarding concerns. The judge said the school's investigation was 'seriously flawed'."),
    (N, "", "Local paper: a former caretaker at Stonegate Primary has been cleared of theft after a two day trial. The jury took under an hour to return not guilty verdicts."),
    (N, "", "Update from the council: the investigation into the finances of Millstead Primary's PTA has concluded and found no wrongdoing, only poor record keeping. New procedures are now in place."),
    (N, "", "Sentencing of the former music teacher from Aldermoor Grammar is set for next month, the court heard today. He was convicted last week of sexual activity with a child."),
    (N, "", "Just read in the Gazette that the man who was convicted of assaulting a teacher outside Fernleigh Primary got 16 weeks. Glad the staff there have some justice."),
    (N, "", "Trust statement: 'A member of staff at Holbeck Rise Academy has been suspended as a neutral act while an allegation is investigated. Suspension does not imply wrongdoing. We ask the community not to speculate.'"),

    # --- concerns raised through proper channels, no accusation -----------------------------------
    (N, "", "I raised a safeguarding concern with the DSL last week about something my daughter said happened on the coach. They took it seriously and are looking into it. I'm not going to say any more on here, that's their job."),
    (N, "", "If you're worried about a member of staff, the right place is the school's DSL or the council's LADO. Please don't name people in this group, it can wreck investigations."),
    (N, "", "I've emailed the governors asking for a breakdown of where the summer fair money went. Not accusing anyone, I'd just like to see the accounts like every year. Will report back."),
    (N, "", "My son came home upset about how a teacher spoke to him. I've booked a meeting with his head of year to hear both sides before jumping to conclusions."),
    (N, "", "For what it's worth I reported my concern to the LADO and they did investigate properly. It turned out to be a misunderstanding. Glad I went through the right route rather than Facebook."),
    (N, "", "Has anyone asked the PTA for the raffle accounts? Not suggesting anything dodgy, I'd just like to know how much went to the library fund."),
    (N, "", "I've made a formal complaint about how my daughter's injury at lunchtime was handled. The school is following its complaints procedure and I'll wait for the outcome."),
    (N, "", "Reply: Please don't post names. If you genuinely think a child is at risk ring the NSPCC or the council's front door team. Rumours on here just hurt people who might be innocent."),
    (N, "", "Asked the head in writing why the trip cost went up £40. She sent a breakdown (coach prices, extra staff ratio). Fair enough, I wasn't expecting that."),
    (N, "", "I'm a governor at a different school. When concerns come in about staff they go to the LADO, not a parents' Facebook. Please use the proper channels, it protects the children."),
    (N, "", "My nephew said something about a teacher that worried me, so I passed it on to the school's safeguarding lead like you're meant to. I'm not going to speculate here."),

    # --- critical: lawful opinion about staff conduct ---------------------------------------------
    (C, "", "I don't think it's appropriate that Mr Lowther shouts at Year 7s in PE the way he does. My son dreads Mondays now. I've told the school."),
    (C, "", "Honestly Mrs Pennock's letters are so patronising. We're parents, not naughty children. Tone it down please."),
    (C, "", "Mr Farrant has run Gorsey Lane into the ground in my view. Results down, staff leaving, communication awful. Time for a change of leadership."),
    (C, "", "I find Miss Ahmadi very cold with the parents at pick up. Never a hello. Maybe she's shy but it comes across as rude."),
    (C, "", "The way Mrs Llewellyn-Price handled the SEN review was poor. We waited four months for a meeting and then it was cancelled twice. Not good enough."),
    (C, "", "The head at Thistlebank isn't listening to parents about the phone ban. It's been badly thought out and I'll be raising it at the parent council."),
    (C, "", "Mr Baptiste gives far too much homework for Year 9 and it's marked weeks late if at all. I think that's lazy and I've said so to the head of science."),
    (C, "", "Sorry but Mrs Oduya's decision to scrap the Christmas fair is ridiculous. The kids love it. Bad call by the PTA chair."),
    (C, "", "1 star. Mr Vickery spends more time on press releases than on the school. Staff turnover is shocking and he never answers emails."),
    (C, "", "The trip cost went up again and nobody explained why. I'm not saying anyone's pocketing it, I just think the school is terrible at communicating about money."),
    (C, "", "not being funny but mr mccreadie is the worst teacher i've had. so boring and he never explains anything properly"),
    (C, "", "Mrs Gethin's detentions are way over the top. An hour for forgetting a pencil? Old school in the worst way."),
    (C, "", "Mr Kearsley seems to leave schools quite quickly — I just hope he stays long enough to see Year 11 through their GCSEs. Three maths teachers in a year is too many."),
    (C, "", "I think the head should have told parents sooner about the teacher suspension instead of us finding out from the paper. Handled really badly."),
    (C, "", "Sorry but the deputy's assembly about 'resilience' during the cost of living crisis was tone deaf. Some of these kids have no heating."),
    (C, "", "The school completely mishandled my complaint about bullying. Mrs Achterberg took three weeks to reply and then just said they'd 'monitor'. Not impressed."),
    (C, "", "Mr Thorogood is a lovely man but he really shouldn't be doing residentials anymore, he can't keep control of 30 kids in a corridor let alone a field centre."),
    (C, "", "The trust's decision to sell the playing fields (if it's true, which I doubt) would be a disgrace. I'll be asking the councillor."),
    (C, "", "Mr Sandhu's new behaviour points system is pointless and stressful. My son is anxious every day. I've written to the governors."),
    (C, "", "Ms Rafferty reads out test marks in front of the class. Humiliating for the kids at the bottom. I don't think that's good practice at all."),
    (C, "", "With respect, the head's reply to my email was rude and dismissive and I expected better from a school that prides itself on 'respect'."),
    (C, "", "Mrs Harwood's SATs prep is relentless. Booster clubs at 7.45am for 10 year olds? It's too much in my opinion."),
    (C, "", "I wish Mr Penhaligon would stop doing the 'wall of shame' for late homework. Naming kids in the corridor isn't motivating, it's embarrassing."),
    (C, "", "The state of the toilets at Sutton Marsh. Nobody in SLT seems bothered. Shameful for 2024."),

    # --- jokes / famous parody formats, no one impersonated ---------------------------------------
    (N, "", "The 'Mr Burns teaches maths' memes on the Year 9 group are killing me 😂 honestly Simpsons gifs should be the curriculum"),
    (N, "", "Whoever runs the 'Sh*t Teachers Say' account online deserves an award. 'I'll wait' is so real."),
    (N, "", "Someone should do a parody account of our cat tbh. 'Head of Sleeping, Top Floor' 😹"),
    (N, "", "Every teacher ever: 'This is YOUR time you're wasting' 😂 the classic parody accounts are so accurate"),
    (N, "", "Watching Waterloo Road reruns and every fictional head is a worse impersonation of a headteacher than the last 😂"),
    (N, "", "Me doing my best Mrs Doubtfire impression at the Year 11 leavers' show 🎭 thanks to everyone who came!"),
    (N, "", "The 'Secret Teacher' column this week was spot on about marking. Anyone else read it?"),
    (N, "", "pretending to be a teacher on world book day was harder than i thought 😭 my class of 3 teddies did not listen"),
    (N, "", "Fun fact: our school's official account is run by the Year 10 media students this term (supervised!). So if the posts get spicier, that's why 😂"),
    (N, "", "There's a parody account of Ofsted that posts ridiculous 'inspection findings' like 'too many glue sticks'. Not a real person so I think it's fair game lol"),
    (N, "", "Staff panto this year: Mr Fairbairn played the Dame and absolutely stole the show. The kids are still doing his voice 😂 well done to all the staff!"),

    # --- neutral chatter touching on fakes, rumours, investigations -------------------------------
    (N, "", "How do I check if a school letter is real? I've had two this week that look a bit different."),
    (N, "", "Our new head explained at the parents' forum how the school verifies its social accounts. Useful stuff for spotting fakes."),
    (N, "", "There's a lot of gossip going round about why Mr Delacourt left. The school said he's moved to a job nearer home. Can we leave it at that and wish him well?"),
    (N, "", "Please don't repeat rumours about staff in this group. Admins will delete posts that name people in connection with allegations."),
    (N, "", "Mrs Quigley is retiring at Easter after 27 years at Holmbrook. No drama, she's just earned it! Card in the office if anyone wants to sign 💐"),
    (N, "", "PCSO visit to Year 6 today on spotting fake accounts and scams online. My daughter came home lecturing me about phishing texts 😂"),
    (N, "", "Reply: no, Mr Gallacher isn't suspended, he's on paternity leave 😊 baby girl born Tuesday!"),
    (N, "", "Our head has verified accounts on Facebook and X now, with the blue tick. Good to know which ones are real after the fake page fiasco last year."),
    (N, "", "Online safety evening next Thursday 6pm: 'Scams, fakes and impersonation — keeping your family safe'. Free, all welcome, refreshments provided. Ravensdyke Primary hall."),
]
