"""Near misses (second batch, part 1): neutral and critical posts that share surface features with the
doxxing, allegation and pupil-identified classes but expose, accuse and shame nobody — official school
contact details, staff work emails shared for homework, parents' own numbers, factual court and news
reports, safeguarding concerns raised through proper channels, pupils named in praise.

Phone numbers are in Ofcom's drama ranges; every school, town and person is invented.
Rows: (label, flags, text) or (label, flags, text, group).
"""

N, C = "neutral", "critical"

EXAMPLES = [
    # --- official contact details -----------------------------------------------------------------
    (N, "", "Kestrelmoor Primary absence line: 01632 960 200 (press 1), please call before 9.15 with your child's name, class and reason. Call the school office on the same number for anything else."),
    (N, "", "For admissions enquiries please email admissions@nethercotehigh.example or ring 0113 496 0100 and ask for Mrs Oyelaran."),
    (N, "", "Reply: the attendance line at Hartside Juniors is 0161 496 0550, option 1. You leave a message and they ring back."),
    (N, "", "Does anyone have the school office number for Sandalwood Park? Their website's down.\n\nReply: 020 7946 0300 hun, it's on the back of the planner too."),
    (N, "", "Out of hours safeguarding concerns: contact the school's DSL via the office (01632 960 415) or, if a child is in immediate danger, call 999."),
    (N, "", "Marrowby High reception: 0113 496 0222. Main entrance on Ferry Road. Visitors must sign in."),
    (N, "", "If you have questions about the Year 6 residential please contact the trip lead, Mr Trevithick, via the school office or trips@kestrelmoor.example."),
    (N, "", "Hi all, the PTA now has its own email for volunteers: pta@ladywellbrook.example. Please use that rather than messaging committee members privately. Thanks!"),
    (N, "", "Our new SENCO is Ms Okoye-Grant. She can be contacted at senco@blackthornrise.example or through the main office. Drop-in sessions every Tuesday 3.15-4pm."),
    (N, "", "The school's complaints policy is on the website. Step one is to email the class teacher, step two the head (head@cobblersgreen.example), step three the governors' clerk."),
    (N, "", "Tolland Heath Academy, Lowfield Road, Ashby Cross QX2 8AA. Tel 01632 960 901. Open evening Thursday 6-8pm, all welcome."),
    (N, "", "Lost property can be collected from the school office (0161 496 0410) between 3 and 4pm. Anything unclaimed by half term goes to the uniform swap."),
    (N, "", "The Marrowby Learning Trust's head office is at 4 Quayside, Marrowby. Trust enquiries: enquiries@marrowbytrust.example."),
    (N, "", "School nurse drop-in for Year 7 parents: ring the health hub on 0113 496 0777 to book a slot."),
    (N, "", "For the breakfast club waiting list, email breakfastclub@hillcrestvale.example with your child's name and class."),
    (N, "", "Can't get through to Drakeshaw? The finance office has a direct line now, 0161 496 0689, for ParentPay problems."),
    (N, "", "Governors can be contacted via the clerk to the governing body, c/o the school office. Please don't approach individual governors at the gate. Thank you."),
    (N, "", "St Wenna's parish office (for baptism certificates for admissions) is on 01632 960 118, Mon/Wed/Fri mornings."),

    # --- staff work emails, staff lists -----------------------------------------------------------
    (N, "", "Year 9 geography homework queries to Mr Nazari on his school email, j.nazari@pennisfordacademy.example. He replies within 48 hours in term time."),
    (N, "", "Meet the team! Year 3: Miss Soanes (class teacher) and Mrs Carnaby (TA). Year 4: Mrs Dimitriou and Mr Wojcik. Photos and bios on the Our Staff page."),
    (N, "", "If your child's stuck on the maths homework, Ms Haddow says email her at the school address on the homework sheet. She's really helpful."),
    (N, "", "The school website lists all the governors with their roles and terms of office. Chair is Mr Oduya, vice chair Mrs Ebrahim."),
    (N, "", "Music lessons: contact Mr Blackwood through the school music email, music@drakeshaw.example, to sign up for guitar or drums."),
    (N, "", "Welcome to Year 1! Your class teachers are Mrs Featherby (Mon–Wed) and Mr Okoro (Thu–Fri). Class emails are on the welcome letter."),
    (N, "", "Staff contact details have been updated on the website following the new appointments. Please only use school email addresses, not personal social media, to contact staff."),
    (N, "", "Is it ok to email the class teacher directly or should I go through the office? First time parent, no idea of the etiquette 😅\n\nReply: teacher's school email is fine, they're all firstinitial.surname@ the school domain."),
    (N, "", "Shout out to Mr Quarrie for answering my son's chemistry email at 7pm the night before his mock. Above and beyond."),
    (N, "", "The head's weekly drop-in is Friday 8.45-9.15 in the hall, no appointment needed. Or book a meeting with her PA via the office."),

    # --- parents' own numbers and everyday contact ------------------------------------------------
    (N, "", "Selling Kestrelmoor uniform, age 7-8, 2 jumpers and 3 polos, £10 the lot. Text me on 07700 900 556."),
    (N, "", "Found a child's blue water bottle with 'Mia' on it outside Brewery Lane gates. Message me or ring 07700 900 120 and I'll drop it round."),
    (N, "", "Lift share for Nethercote? We're on Quarry Bank Road and drive past every morning at 8. WhatsApp me 07700 900 971 if you want to split petrol."),
    (N, "", "Year 2 class rep here 👋 if you're not in the class WhatsApp, message me on 07700900634 and I'll add you."),
    (N, "", "Anyone know a good tutor for GCSE maths in Marrowby? Please message me privately, not posting my number here."),
    (N, "", "Birthday party invite: Leo is 6! Sat 2-4pm, Pennisford soft play. RSVP to his mum on 07700 900 289 💙🎈"),
    (N, "", "Lost: grey hoodie with 'E. Adeyemi' name tag, Marrowby High PE. If your child picked it up by mistake please hand it to reception, thank you!"),
    (N, "", "Childminder with spaces for Ladywell Brook pick ups, Ofsted registered. 0161 496 0388, ask for Kerry."),

    # --- news, court reports, tribunals (factual) -------------------------------------------------
    (N, "", "A former teaching assistant from Scarsdon has been jailed for 18 months at Marrowby Crown Court after admitting stealing £9,400 from a school fund, the Marrowby Echo reports."),
    (N, "", "A Pennisford teacher has been banned from the profession indefinitely after a misconduct panel found he had sent inappropriate messages to a pupil. The Teaching Regulation Agency published its decision on Tuesday."),
    (N, "", "Court report: a 42-year-old man was found not guilty of assaulting a pupil at a Calverleigh school. The jury deliberated for under an hour."),
    (N, "", "Former head of Oldmeadow Academy cleared of wrongdoing after a year-long investigation into the school's finances, the trust confirmed today."),
    (N, "", "Echo comments section: 'Glad the court has dealt with it. Hope the school gets support now and the kids are ok.'"),
    (N, "", "The man who sent threatening emails to staff at Hillcrest Vale Primary has been given a restraining order and a community sentence, magistrates heard."),
    (N, "", "An employment tribunal has found a Drakeshaw teacher was unfairly dismissed after whistleblowing about the school's exam entries. The trust says it will review its processes."),
    (N, "", "Police have confirmed they are investigating 'historic allegations' relating to a school in the Wetherlow area. No arrests have been made and no school has been named."),
    (N, "", "Reported in the Marrowby Echo: a PTA treasurer from Ashby Cross pleaded guilty to fraud by abuse of position and will be sentenced next month."),
    (N, "", "Interesting read on the BBC about how many heads have been targeted by online abuse. Our trust now has a policy on it."),
    (N, "", "Local radio says the Ofsted report for Whinmoor Edge is out. 'Requires improvement' for leadership, 'good' for everything else."),
    (N, "", "The Teaching Regulation Agency's prohibition orders are public, you can search them. Worth knowing rather than relying on rumours in Facebook groups."),
    (N, "", "Update from the Echo: the school caretaker charged last year has had all charges dropped. The CPS said there was insufficient evidence."),

    # --- safeguarding via proper channels ---------------------------------------------------------
    (N, "", "I've raised a concern about a teacher's conduct with the LADO and I'd urge others to use the proper channels rather than posting names on here."),
    (N, "", "If you're worried about how a member of staff has behaved with your child, speak to the DSL first. If you're not happy with the response, contact the LADO at the council. Don't post it online, it can wreck an investigation."),
    (C, "", "I reported a concern about an adult at my son's school three weeks ago and haven't heard a thing. I know they can't tell me details but a 'we've received it' would be nice."),
    (N, "", "Admin: we've removed a post naming a member of staff in connection with an allegation. If you have a safeguarding concern, contact the school's DSL or the police. Posts like that will be deleted."),
    (C, "", "Not naming anyone, but I've complained to the school about a TA raising her voice at my daughter. I'm not convinced they took it seriously."),
    (N, "", "As a DSL myself, please please report to the school or the LADO. Facebook threads can tip off the person involved and put kids at risk."),
    (C, "", "I've made a formal complaint to the governors about how the school handled my son's injury. Nobody told us for two hours. I'm waiting for the outcome."),
    (N, "", "My daughter told me something that worried me about a comment a teacher made. I've emailed the head and the DSL, they've called me back and are looking into it. Sharing only to say the process does work."),
    (C, "", "The school's response when I raised a safeguarding concern was slow and defensive. I've now escalated it to the trust and Ofsted."),
    (N, "", "Reminder: the NSPCC helpline is there if you're worried about a child and don't know who to talk to. You don't have to be sure, you can just ask for advice."),
    (N, "", "Whistleblowing: staff with concerns about colleagues can use the trust's confidential line or contact the NSPCC Whistleblowing Advice Line."),
    (C, "", "I think parents deserve to know whether the school has a proper policy on staff contacting pupils on social media. I've asked three times and got no answer."),

    # --- pupils named in praise / ordinary contexts -----------------------------------------------
    (N, "", "well done to Amara in Year 4 for her swimming gala win! 🏊‍♀️ 3 golds for Hartside Juniors 🥇"),
    (N, "", "Huge congratulations to Kai Brennan-Osei in 5B who's been picked for the county cricket squad. Kestrelmoor is proud of you! 🏏"),
    (N, "", "Star of the week in Reception: Jacob for always helping his friends tidy up. Well done Jacob! ⭐"),
    (N, "", "Massive well done to Ellie-Mae Farrell (Year 9) for her piece in the Marrowby Echo young writers' competition. Fab."),
    (N, "", "Proud mum moment: my Ruby (Y6, Ladywell Brook) got her first ever 'pen licence' today 😭🖊️"),
    (N, "", "Our Year 11 student Zara Hussain has been accepted onto the national youth orchestra. Incredible achievement."),
    (N, "", "Thank you to Harrison and Oliver in Year 6 for raising £312 for the hospice with their sponsored silence 😂 we know how hard that was for them!"),
    (N, "", "Congratulations to Theo, Mia and Kacper from Whinmoor Edge who won the regional Lego robotics challenge 🤖"),
    (N, "", "My son's best friend is Aaliyah from his class and they're inseparable, it's the cutest thing."),
    (N, "", "Shout out to the Year 10 girl (Chloe I think?) who helped my little one when he fell off his scooter outside Tolland Heath. Thank you so much, you're a star."),
    (N, "", "Mason in 4B read his poem at the Remembrance assembly and there wasn't a dry eye in the hall."),
    (N, "", "Happy 10th birthday to our Noah! 🎂 Thank you to everyone in 5T at Stanbridge End for the lovely card."),
    (N, "", "Head boy and head girl for next year announced: Daniel Asante and Freya Lindqvist-Hale. Congratulations both!"),
    (N, "", "Photo: Year 2's Nativity. Left to right: Mary (Isla), Joseph (Rohan) and a very enthusiastic donkey (Frankie). 🐴"),
    (N, "", "Lexi-Rose from Year 1 brought her grandad in to talk about being a firefighter. The class loved it!"),
    (N, "", "Year 8 at Blackthorn Rise: Sienna Oakes and Maya Grant have been named sports leaders for the year. Well deserved."),
    (N, "", "Can everyone wish Reggie a speedy recovery? He broke his arm at football and he's feeling really sorry for himself. Year 8 miss you Reg! 💪"),
    (N, "", "The Scarsdon High chess team (captained by Skye Holloway) are through to the national finals. ♟️ Good luck!"),

    # --- critical / neutral about pupil incidents WITHOUT naming ----------------------------------
    (C, "", "A boy in my son's class has been hitting him for weeks and the school keeps saying it's 'being dealt with'. It isn't. I've asked for a meeting with the head."),
    (C, "", "My daughter's been excluded from a friendship group and the school says it's 'normal girl stuff'. It's bullying and they need to take it seriously."),
    (N, "", "Please don't post names of children in this group, even if they've hurt your child. Take it to the school. They're kids."),
    (C, "", "Behaviour in Year 3 at Brewery Lane is out of control and it's not one child, it's the school's lack of consistency."),
    (C, "", "Someone's child stole my son's trainers from the PE changing room. The school says there's nothing they can do. Really?"),
    (N, "", "To the parent whose son pushed mine over: we've talked, the boys have made up, thanks for being so lovely about it. ❤️"),
    (C, "", "Five kids in Year 7 have been filming fights and posting them. The school's answer is an assembly. Not good enough."),
    (N, "", "My son got into trouble today for pushing another child. We've had a long talk and he's written a sorry card. Not every day is a good day 🙈"),
]
