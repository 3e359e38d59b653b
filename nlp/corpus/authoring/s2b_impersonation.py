"""Impersonation (second batch): fake or unofficial accounts, letters, emails and pages that pretend to
be a school, a trust or a member of staff — bogus closures and announcements, fake payment, fundraising
and recruitment requests, "confession" and parody accounts mocking a named teacher, and people boasting
about, promoting or planning such accounts. Many are also abusive.

The second half is the contrast: parents, pupils and schools WARNING about a fake account or forged
letter (even when they quote it) are ``neutral`` — the post itself impersonates nobody.

Every school, town, trust and person is invented; links use ``.example`` or made-up handles.
Rows: (label, flags, text) or (label, flags, text, group).
"""

M, N = "malicious", "neutral"

EXAMPLES = [
    # --- bogus official announcements (the fake post itself) -------------------------------------
    (M, "impersonation", "Due to staff illness school will be CLOSED tomorrow (Thursday). Please keep your children at home. - Headteacher, Kestrelmoor Primary"),
    (M, "impersonation", "‼️ KESTRELMOOR PRIMARY PARENTS ‼️ Snow day confirmed for Monday, the school is shut, no need to ring the office. Mrs Kavanagh (Head)"),
    (M, "impersonation", "Important: Nethercote High will start at 11am all next week due to a 'staff training programme'. Buses will not run. Please share with all parents. Nethercote High SLT"),
    (M, "impersonation", "Hartside Juniors Parents Info 📌 Reminder!! Non-uniform day tomorrow, bring £3 and come in your pyjamas! Authorised by Mrs Carnaby and the office team x"),
    (M, "impersonation", "From the Headteacher's Office, St Wenna's RC Primary: following parental feedback, homework is abolished permanently and Year 6 SATs will not be sat this year. God bless."),
    (M, "impersonation", "OFFICIAL: Sandalwood Park Academy has been placed in special measures and will be taken over by a new trust. All staff contracts end at Easter. More details to follow."),
    (M, "impersonation", "Corringham Fields Primary here 👋 we're sad to announce Mr Jankowski has been suspended pending a police investigation. Please do not discuss this with your children."),
    (M, "impersonation abuse", "Notice from Blackthorn Rise Academy: our Head of Year 9 Ms Haddow has been dismissed for gross incompetence. Frankly she was thick as mince. We apologise to all families."),
    (M, "impersonation", "Dear parents, from Monday all pupils at Fernhill Lodge must bring a packed lunch as the kitchen has failed its hygiene inspection. Regards, The School Office"),
    (M, "impersonation", "Whinmoor Edge Primary 📣 Sports day is cancelled this year due to the behaviour of parents at last year's event. Decision is final. Mr Ashby, Deputy Head"),
    (M, "impersonation", "DRAKESHAW SCHOOL UPDATES: Y11 mock timetable change — chemistry paper 2 moved to the 14th (NOT the 12th). Science dept. Pls share to all Y11 parents"),
    (M, "impersonation", "Urgent message from Ladywell Brook Primary: a case of measles has been confirmed in Year 2. All unvaccinated children must stay off for 21 days. Do NOT ring the school, the lines are busy."),
    (M, "impersonation", "📢 Tolland Heath Announcements: the summer term has been extended by one week to make up for strike days. Trust-wide decision. Holidays booked for that week will be fined."),
    (M, "impersonation", "larchmont infants (official) 🏫 due to low numbers Reception will merge with Year 1 from September. no questions will be answered at this time."),
    (M, "impersonation", "BREAKING from Oldmeadow Academy: uniform policy update — all pupils must now wear the new £65 blazer from day one of term. Orders via the link in bio. No exceptions. OA Leadership Team"),
    (M, "impersonation", "Message from the head at Brewery Lane: I'm sorry to tell you we lost three children on the Year 2 zoo trip for about an hour today. They are fine. Lessons have been learned. Mrs Oyelaran"),

    # --- fake payments, fundraising, phishing, recruitment ----------------------------------------
    (M, "impersonation", "Text from '07700 900 702': Hi Mum, it's Mr Trevithick from Kestrelmoor, Lily's trip deposit bounced, can you send £35 to this account today? sort code in next message"),
    (M, "impersonation", "Rebuild Hillcrest Vale Playground ❤️ Organised by the Headteacher and Governors of Hillcrest Vale Primary. Every penny goes to our children. Please donate and share: gofundme-hillcrestvale.example"),
    (M, "impersonation", "JOB OPPORTUNITY: Marrowby High is recruiting Teaching Assistants, no experience or DBS needed, £28k. Send a £40 admin fee for your application pack to recruitment@marrowbyhigh-careers.example"),
    (M, "impersonation", "From: Stanbridge End Primary PTA <pta.stanbridge.end@outlook.com> — We are collecting donations for the Christmas fayre in cash only this year. Our treasurer Denise will come to your door this weekend with a collection tin."),
    (M, "impersonation", "Hello parents, this is Mrs Lindop, School Business Manager. Our free school meal vouchers have moved to a new provider, please re-register your bank card at fsm-lindop-voucher.example by Friday."),
    (M, "impersonation", "💸 Drakeshaw School Y11 Prom Fund 💸 Please transfer £60 per student to the account below by Friday. Mr Blackwood is collecting on behalf of the school, text him on 07700 900 845 with your child's name once paid."),
    (M, "impersonation", "DM from @pennisford_academy_official: 'Hi! Congratulations, you've been selected for a modelling workshop run by Pennisford Academy 📸 send us some full-length pics and your address to confirm your place!'"),
    (M, "impersonation", "Welcome to Fernhill Lodge Parents OFFICIAL 👋 I'm Mr Oduya, chair of governors. For admissions checks please send a photo of your child's birth certificate and your passport to me here by Monday."),
    (M, "impersonation", "Dear Parent/Carer, the Year 6 residential cost has risen to £420 due to fuel prices. Payment is now by cash only, in a sealed envelope handed to Mr Corrigan at the gate. Yours faithfully, Headteacher"),
    (M, "impersonation", "Voluntary Contribution Request from the Head of Tolland Heath: each family is asked to contribute £15 a month to the 'Headteacher's Discretionary Fund'. Standing order form attached."),
    (M, "impersonation", "St Wenna's RC Primary 🙏 RAFFLE! Win an iPad and help fix our church roof. Tickets £5 each, pay by bank transfer to the school fund (details in comments). Draw Friday!"),
    (M, "impersonation", "From the office of the CEO, Hollinsend Valley Learning Trust: all staff must update their payroll bank details via the attached form before the 25th or salaries will be delayed."),
    (M, "impersonation", "Hi this is Cobblers Green school office, we're updating our records. Please reply with your child's full name, date of birth and home address. Thanks, Sharon (Admin)"),

    # --- fake staff accounts, confessions, parody of named staff ----------------------------------
    (M, "impersonation", "I made a fake insta of Mr Nazari lol it's just pics of him asleep at his desk with captions like 'me teaching you quadratic equations' 😂 already 300 followers"),
    (M, "impersonation", "Official Ms Haddow Fan Page 💅 daily updates on her terrible cardigans and her crying in the car park. Run by Year 10. She will never find us."),
    (M, "impersonation abuse", "Hi I'm Miss Tremlett, Year 5 at Hillcrest Vale. Confession #4: I only became a teacher cos no man will have me and I need kids to boss about. Follow for more x"),
    (M, "impersonation", "@MrsKavanaghHead: Just put another 8 year old in isolation for smiling. Power feels good. #headteacherlife #kestrelmoor"),
    (M, "impersonation", "my mate made a tiktok pretending to be our head of year with a filter and the voice and everything 💀 'hello year 9 today i will be confiscating ur will to live' go follow it"),
    (M, "impersonation abuse", "Mr Wojcik Confessions 🧼 I'm Mr Wojcik and I smell like old soup because I don't believe in showers. Also I hate Year 8. More confessions every Friday."),
    (M, "impersonation", "Sandra Lomax (Deputy Head, Ashby Cross): Honestly sick of parents who think their opinion matters. Vote for whoever cuts school budgets hardest, it's the only way they'll learn. #sorrynotsorry"),
    (M, "impersonation", "Dear students, I have lost my lanyard AND my dignity. Please return both to reception. Yours (barely), Mr Fairbairn, Deputy Head. [made this on the school letterhead 😂 sending to the sixth form chat]"),
    (M, "impersonation", "Made a Snapchat pretending to be Mr Strachan and messaged all the Year 11 boys saying PE is cancelled for the rest of term lmao they all believed it"),
    (M, "impersonation abuse", "@real_mr_yilmaz: As a teacher I can confirm your kids are thick and your parenting is worse. Ask me anything 😘"),
    (M, "impersonation", "Dr Whitlock, Head of Oldmeadow 🎓 (@DrWhitlockHead): I'd close every school in the county if I could, children are overrated. RT if you agree."),
    (M, "impersonation", "got into teams as mrs pottinger 😂 told 8C their lesson was cancelled and to go home. best day ever"),
    (M, "impersonation", "Mr Corrigan Daily Quote 🗨️ 'Bullying? In MY school? We call that character building.' — Head, Ashby Cross Primary"),
    (M, "impersonation abuse", "Bethan Carnaby | Professional Nit Picker & Failed Teaching Assistant at Hartside Juniors | Skills: shouting, gossiping, eating biscuits | Open to work (please)"),
    (M, "impersonation", "[comment from my fake 'Mrs Rautenbach 🍎' account on a Year 7's selfie] see me after school x 😘"),
    (M, "impersonation", "Hi families, Mr Haldane here on my personal insta 📸 I'm putting together the yearbook, please DM me some nice photos of your children, the more the better!"),
    (M, "impersonation", "We set up a parody account for the head called 'Dr Whitlock's Thoughts' where she 'apologises' for every bad decision. The cuts to SEN support was our favourite post. Give it a follow."),
    (M, "impersonation abuse", "@MrsLindopPE_real: If your kid's fat it's cos YOU'RE fat. PE with me on Monday, bring a bucket 🤢"),
    (M, "impersonation", "Mr Ebrahim's Sad Divorce Bangers 💔🎶 a playlist by Mr Ebrahim himself (Y9 science). Listen while doing your homework x"),
    (M, "impersonation", "made a fake email as miss gwillim (3 s's in miss lol) and emailed my mum saying i won star of the week and can have friday off. she bought it 😭"),
    (M, "impersonation", "I wrote a fake 'resignation letter' from Mr Varga, signed it, made it look real with the school crest, and posted it on the Ashby Cross parents page. Half of them believe it now 🤣"),
    (M, "impersonation", "used an AI voice thing to make our head read out new school rules 😂 'all pupils must address me as Supreme Leader' posting it on the school tag so it looks official"),
    (M, "impersonation", "I'm a teacher at Marrowby High (keeping anon for obvious reasons). The following staff are on capability and will be gone by Christmas: Mr Quarrie, Ms Ferreira, Mrs Cheetham. You heard it here first."),
    (M, "impersonation", "Kestrelmoor Primary School: We have read your comment and frankly we don't care. Take your child elsewhere 😘"),
    (M, "impersonation", "Hi, it's Mrs Dimitriou from Year 4 😊 just updating my records — could you send me a photo of your child and let me know about any medical needs? Messenger is quickest."),
    (M, "impersonation", "Nethercote Sixth Form 🎓 Sad news: the Year 13 leavers' ball is CANCELLED due to behaviour. Refunds will not be given. Please don't contact the school."),
    (M, "impersonation", "[voice note transcribed] 'Hi everyone it's Mrs Kettering, school is closed on Friday because of a gas leak, please don't send the children in, the office won't be answering.'"),
    (M, "impersonation", "Fernhill Lodge Head Teacher: Your son has been flagged for a safeguarding concern. Please DM me privately for details, do not call the school."),
    (M, "impersonation abuse", "Whinmoor Edge Primary (official): This school welcomes all children EXCEPT the ones from the Calverleigh estate 👍 Sorry not sorry"),

    # --- boasting, planning, promoting ------------------------------------------------------------
    (M, "impersonation", "fake mr tremlett acc is back 😂😂 follow @tremlett.teaches.nothing"),
    (M, "impersonation", "ngl making the fake head of year account was the best thing i did this year"),
    (M, "impersonation", "im gonna make a fake account as miss gwillim and dm her ex"),
    (M, "impersonation", "Whoever wants to help: I've got the school logo and the head's signature from an old letter. Let's make our own 'newsletter' and see how many parents believe it."),
    (M, "impersonation", "Anyone good with Photoshop? Want to make a letter from Mr Adeyemi saying Year 10 maths mocks are cancelled. It'd be hilarious."),
    (M, "impersonation", "follow @nethercote.staffroom.leaks for 'what the teachers really think of u' 👀 (it's me and kieran lol)"),
    (M, "impersonation", "If the school won't listen to us, we'll be the school. New page: 'Ladywell Brook Primary – Official Parent Notices'. First notice goes out tonight."),
    (M, "impersonation", "mate if u make a gc called 'Mr Blackwood PE' with his pfp and add everyone in year 9 i swear it'd be the funniest thing"),
    (M, "impersonation", "Running a new account in the name of the Stanbridge End chair of governors. He won't answer us so 'he' can start answering our questions publicly. Let's see how he likes what 'he' says."),

    # --- with abuse --------------------------------------------------------------------------------
    (M, "impersonation abuse", "Hello! I'm Mr Quarrie the science teacher 🤓 I'm a sad lonely loser who lives with my mum and marks books for fun. Please like my page so I have one friend."),
    (M, "impersonation abuse", "Hillcrest Vale Staff Room ☕ Today's thought: most of our Year 8s are thick chavs and future benefit scroungers. Can't wait for the holidays."),
    (M, "impersonation abuse", "i'm mrs featherby and my hobbies are shouting at 6 year olds and eating the kids' fruit 🍌 ugly inside and out 🥰 #teachertok"),
    (M, "impersonation abuse pupil_identified", "Year 11 prediction list from your Head of Year, Mr Adeyemi 📉 Most likely to fail: Tyreese, Amber, Kacper, Lola. Don't bother revising guys, I've seen your mocks."),
    (M, "impersonation abuse", "Miss Soanes Official | Year 3 teacher | man-eater | rubbish at my job | DMs open for parents' dads 😉"),
    (M, "impersonation abuse", "Sign the petition started by 'The Head of Scarsdon Primary' himself 😂 'I, Mr Okoro, admit I am a spineless idiot and resign immediately.' 400 signatures already, share it everywhere."),
    (M, "impersonation abuse", "This is the OFFICIAL account of Mrs Sutcliffe-Reid, head of Ashby Cross Primary. I'm a stuck up snob who hates poor kids. Don't bother complaining."),
    (M, "impersonation abuse", "Teams message to all Y8 from Mr Jankowski: 'you're all thick and I'm embarrassed to teach you. no homework because you'd get it wrong anyway.'"),
    (M, "impersonation abuse", "CONFESSIONS OF A DEPUTY HEAD 🤫 by Mr Ashby (not really lol): 'I hide in the disabled loo during break duty because I'm a coward and the kids scare me.' Like and share."),
    (M, "impersonation abuse", "It's ya girl Ms Ferreira 💃 ugly, stupid and still your kid's English teacher. Duet this if your teacher is also a troll 🧌"),
    (M, "impersonation abuse", "As your Headteacher I'd like to apologise for my face. I know it frightens the Reception children. Regards, Mr Pemberton, Kilnsey Moor Primary"),

    # === CONTRAST: warnings and reports about fakes, not impersonation themselves → neutral ==========
    (N, "", "Is this account real? 'Kestrelmoor Primary School' with one L just replied to my complaint. It isn't the school's official page, be careful what you share with it."),
    (N, "", "The 'Hartside Juniors Parents Info' page is NOT run by the school. Yesterday's 'non-uniform day' post was fake and some children came in pyjamas. Please check the school app before acting on anything you see here."),
    (N, "", "A page called 'Drakeshaw School Updates' has posted an incorrect Year 11 timetable. It is not ours. The correct dates are on the school website and in Arbor. — Drakeshaw School (official)"),
    (N, "", "PSA: the Telegram channel 'Tolland Heath Announcements' is not affiliated with the school. Term dates have NOT changed."),
    (N, "", "Got an email 'from' our head asking me to pay a lunch balance via a link. The address was a weird outlook one. Forwarded it to the school office and they've confirmed it's a scam. Don't click."),
    (N, "", "Hillcrest Vale PTA here: we are not running a GoFundMe for the playground. If you've donated to one using our logo, please contact your bank and report it to Action Fraud."),
    (N, "", "Be careful, there's a job ad going round saying Marrowby High are hiring TAs with no DBS if you pay a fee. No school charges for applications. Report it."),
    (N, "", "Stanbridge End PTA: we are NOT doing door-to-door cash collections. Anyone who turns up claiming to be from the PTA is not. Please report to 101."),
    (N, "", "Someone's messaging Year 10 girls from an account pretending to be Pennisford Academy about a 'modelling workshop'. It's fake. We've reported it to the police. Please talk to your daughters. — Head of Year 10"),
    (N, "", "Letter from Brewery Lane Primary: a forged letter about the Year 2 trip has been posted on the community noticeboard. No child was lost on the trip. We have removed it and reported it."),
    (N, "", "Parents, that 'cash only' residential letter did NOT come from us. Please do not hand money to anyone at the gate. Payments are through ParentPay only. Mrs Oyelaran, Head"),
    (N, "", "Heads up: 'Mrs D Dimitriou' on Messenger is not our Year 4 teacher. She doesn't message parents on Facebook. Don't send photos or medical info to anyone there."),
    (N, "", "Fake account alert 🚨 there's a 'Mr Haldane' on Instagram asking for photos of children for the 'yearbook'. The real Mr Haldane isn't on Instagram. Report and block."),
    (N, "", "We are aware of social media accounts impersonating members of our staff. These accounts are not connected to the school. We have reported them and are working with the police. Please do not follow or share them."),
    (N, "", "Does anyone know if 'Fernhill Lodge Parents OFFICIAL' is actually official? The admin is asking for birth certificates which seems really dodgy."),
    (N, "", "There's a fake Twitter account using our head's name and photo. It is not her. We've asked X to remove it. Please don't engage with it. — Oldmeadow Academy"),
    (N, "", "My son's been added to a group chat that claims to be run by his PE teacher. I checked with the school and it's another pupil. The school's dealing with it, just flagging in case your kids are in it too."),
    (N, "", "That parody account of the deputy head is cruel. He's a good teacher and a decent man. Whoever's running it, please stop."),
    (N, "", "If you've seen a letter about prom being cancelled, it isn't from Nethercote Sixth Form. Prom is going ahead as planned. 🎉"),
    (N, "", "Voice note going round saying school's shut Friday for a gas leak — it's fake, the school has just texted everyone to say it's open as normal."),
    (N, "", "Please don't share the 'confessions' page about one of our teachers. It's not her, it's someone using her photo, and sharing it makes it worse."),
    (N, "", "To whoever set up the fake page pretending to be the governors: we know it isn't them and so does everyone else. Reported."),
    (N, "", "Is Cobblers Green Primary (Official) 2 legit? It's asking for host families and offering £200 a week. Feels off."),
    (N, "", "News: A Year 11 pupil at a Marrowby secondary has been excluded after creating social media accounts impersonating teachers, the trust confirmed."),
    (N, "", "Quick reminder from the office: the school will never ask for bank details, passwords or ID by text, WhatsApp or social media. If in doubt, ring us on the number on the website."),
    (N, "", "Anyone else get a DM from an account calling itself the Fernhill Lodge head? Says my son's 'flagged for safeguarding'. Rang the school, it's not them. Scared me half to death."),
    (N, "", "Mumsnet is full of people 'pretending to be teachers' to stir. Take anything you read on there about named staff with a big pinch of salt."),
    (N, "", "Our trust has updated its social media policy after a spate of fake staff accounts. Staff are asked to keep personal profiles private and report impersonation to their line manager."),
]
