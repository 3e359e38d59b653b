"""Extra critical examples (d): the hard edge of lawful criticism — calls for a head to resign,
blunt verdicts on competence, heated but non-abusive rants, criticism that names staff repeatedly,
and a few posts written as variations of one complaint (sharing a group).

Every school, town and person here is invented. Rows: (label, flags, text) or (label, flags, text, group).
"""

C = "critical"

EXAMPLES = [
    # --- calls to resign / step down (lawful opinion) -----------------------------------------------------
    (C, "", "After the handling of the Year 10 exam board mix-up, I honestly think Mr Calloway should consider his position as head of Ryecroft. Dozens of kids sat the wrong paper."),
    (C, "", "I'd like the governors to explain why the head is still in post after two Requires Improvement judgements in a row. Other schools would have had a change of leadership by now."),
    (C, "", "The chair of governors at Edgworth Primary should step down. She's also the head's sister-in-law. That's not good governance, whatever anyone says."),
    (C, "", "Time for new leadership at Fordham Academy. Not because anybody's a bad person but because five years of the same approach has got us nowhere."),
    (C, "", "Vote of no confidence in the trust board passed at last night's parent meeting, 84 to 6. We're sending the result to the Regional Director."),
    (C, "", "Mrs Lingard has been head for 11 years and it's time for fresh ideas. She's done good things but the school has stalled."),
    # --- blunt competence verdicts ----------------------------------------------------------------------
    (C, "", "I'm sorry but the maths teaching in Year 5 at Hopwood this year is simply not good enough. My son's gone backwards. That's not an insult, it's what his test scores show."),
    (C, "", "Mr Thackeray is out of his depth as head of science. Half the practicals haven't happened and the Year 11s are panicking."),
    (C, "", "Whoever is running admissions at Greenvale needs more training. We were given the wrong information three times about the appeal deadline."),
    (C, "", "The SENCo at Brightwater is clearly overloaded and, frankly, not experienced enough for a school with 80 kids on the register."),
    (C, "", "The leadership team at Bishops Marden just don't seem to understand primary children. Everything is data, targets and tracking."),
    (C, "", "Mrs Crowther means well but she's not a good communicator. Every letter she writes creates more confusion than it solves."),
    (C, "", "I've seen better organisation at a toddler's birthday party than the Year 7 induction evening at Kingsford. Nobody knew where anything was."),
    (C, "", "Miss Tempest is a brilliant musician. She's just not a good classroom teacher. My daughter hasn't learned a single note in a year."),
    # --- heated, not abusive rants ---------------------------------------------------------------------
    (C, "", "I'm raging. My son has been sat in a corridor for three days because there's 'no space in the reset room'. He's 11. That's not education, that's storage."),
    (C, "", "I have had it UP TO HERE with this school. Four emails. Two phone calls. One meeting where I was talked over. Still nothing done about the boy who keeps hitting my daughter. I'm going to the governors tomorrow and then I'm going to the council."),
    (C, "", "I cannot express how angry I am that the school told my daughter — in front of her class — that she 'wasn't going to pass' her GCSE English. Who says that to a 15 year old?"),
    (C, "", "Absolutely livid. They kept my son in at lunch because his shoes had a tiny white logo. So he didn't eat. Because of a logo. I've put it in writing to the head."),
    (C, "", "I am SO angry. My autistic son was put in isolation for covering his ears in assembly. Ear defenders are in his plan. The school 'forgot'. This is the third time."),
    (C, "", "I'm normally the one telling people to give the school a chance. Not this time. The way they handled the fire alarm incident — kids left on the field for 40 minutes in the rain without coats — is unacceptable."),
    (C, "", "Just come out of a meeting with the head of Year 10 and I'm shaking with frustration. Every point I made was met with 'that's our policy'. Policies are meant to serve children, not the other way round."),
    # --- group: one complaint, three versions (about a trip cancelled) ----------------------------------
    (C, "", "The Year 8 Paris trip at Saltford Academy has been cancelled 3 weeks before departure and we've been told refunds will take 'up to 90 days'. We paid £650. Not good enough.", "xc-saltford-trip"),
    (C, "", "Saltford Academy cancel Paris trip with 3 weeks to go, refund 'within 90 days'. £650 of our money sitting in their account. Disgraceful handling.", "xc-saltford-trip"),
    (C, "", "anyone else from saltford y8 still waiting on the paris refund?? £650 and they said 90 days. 90 DAYS. who has that kinda money to wait on", "xc-saltford-trip"),
    # --- group: SENCo delay (variants) -------------------------------------------------------------------
    (C, "", "Ms Ridley, the SENCo at Harbury Primary, told us in September she'd apply for an EHC needs assessment. It's now April and it still hasn't gone in. We're applying ourselves.", "xc-harbury-senco"),
    (C, "", "Update for anyone following: Harbury's SENCo still hasn't sent the EHCNA request she promised in September. We've done it ourselves as parents. Seven months lost.", "xc-harbury-senco"),
    # --- group: uniform change (variants) -----------------------------------------------------------------
    (C, "", "Calderbrook High are changing the uniform AGAIN. New blazer, new tie, new jumper. Third change in 6 years. Nobody asked for it and it's £110 per child minimum.", "xc-calderbrook-uniform"),
    (C, "", "Calderbrook parents — did you get the uniform letter? £110 minimum per kid, third change since 2019. I'm writing to the governors, template letter in comments if you want it.", "xc-calderbrook-uniform"),
    (C, "", "1 star. Calderbrook High keep changing the uniform to line the supplier's pockets. 3 changes in 6 years. Completely out of touch with families.", "xc-calderbrook-uniform"),
    # --- naming a staff member repeatedly, no insults ----------------------------------------------------
    (C, "", "Timeline, for the record. 3 Oct: I tell Mr Hinchcliffe my daughter is being excluded from her friendship group. 10 Oct: Mr Hinchcliffe says he'll speak to the girls. 24 Oct: Mr Hinchcliffe says he hasn't had time. 7 Nov: Mr Hinchcliffe is off. 21 Nov: my daughter stops eating lunch. I'd like Mr Hinchcliffe's line manager to get in touch."),
    (C, "", "I don't want to single anyone out, but Mrs Aldridge is the Year 3 lead and Mrs Aldridge made the call to cancel the class assembly, to move the trip, and to drop the reading challenge. Those were all Mrs Aldridge's decisions and none were explained to parents."),
    (C, "", "Mr Quayle, Mr Quayle, Mr Quayle. Every answer from the office is 'you'll need to speak to Mr Quayle'. And Mr Quayle is never available. How is one deputy head the bottleneck for an entire school?"),
    (C, "", "Asked Ms Baptiste about the missing reports. Ms Baptiste said ask the office. Office said ask Ms Baptiste. Round and round we go."),
    # --- exclusions and alternative provision ------------------------------------------------------------
    (C, "", "My son has been on a 'reduced timetable' of 2 hours a day for 14 weeks at Farnley Grange. That's not a short-term measure, that's an exclusion without the paperwork. The LA has now been told."),
    (C, "", "The school sent my daughter to alternative provision for 6 weeks for 'a fresh start'. She came back further behind and more anxious. Nobody asked us if we agreed."),
    (C, "", "Three exclusions this year for my son, all for incidents linked to his ADHD, all without the school ever updating his support plan. We're appealing the latest."),
    # --- communications & admin, detailed --------------------------------------------------------------
    (C, "", "Found out my son had been moved to a different maths set in a passing comment from another parent. No letter, no email, no phone call. I'd have liked to know why."),
    (C, "", "The school's new comms policy says staff will only reply to emails 'during directed time'. Fine. But then tell us what directed time is, because it seems to be never."),
    (C, "", "Reports this year are generated statements. 'X has made good progress in Y.' My son's says he's 'enjoyed learning about the Romans'. They did the Vikings."),
    (C, "", "The parent portal has been down for eight days. Attendance, homework, payments, messages — all on it. The school's suggested workaround is 'check again later'."),
    (C, "", "I'd like the school to apologise, not for the mistake itself (we all make them) but for the three weeks of pretending it hadn't happened."),
    # --- x/twitter style ---------------------------------------------------------------------------------
    (C, "", "@BrookmoorAcad when are you going to answer the parents' letter about the heating? It's been a month and Year 5 are in coats."),
    (C, "", "Stop telling parents 'this is a national issue'. It's YOUR school, YOUR staffing, YOUR decision. #accountability"),
    (C, "", "Sorry @HarlingtonHigh but 'we're aware and looking into it' isn't an answer when it's the third flooded toilet block this month."),
    (C, "", "Every year: 'we've listened to parent feedback'. Every year: nothing changes. Every year: another feedback form. 🔁"),
    (C, "", "Is anyone at @WelburyTrust going to address the fact that Year 6 at Welbury Primary haven't had a permanent teacher since October? Or is that not on the agenda"),
    (C, "", "Local schools spending thousands on 'leadership coaching' while the kids sit in mouldy portakabins. Priorities, @MidshireCouncil?"),
    # --- mumsnet / forum ---------------------------------------------------------------------------------
    (C, "", "Am I being unreasonable to be annoyed that the school has asked us to provide our own pencils, glue and exercise books? DS is in Y2 at a state school. Feels like we're paying twice."),
    (C, "", "AIBU? Got a letter saying DD's attendance is 'of concern' at 93%. She had tonsillitis and we had a family funeral. Letter threatens fines. I feel like a criminal."),
    (C, "", "Genuine question — has anyone successfully got a school to reverse a detention? DS got one for 'disrespect' because he asked WHY he had to move seats. Asking why isn't disrespect."),
    (C, "", "Sorry to hijack but same at our school. The Head says we're 'welcome to look elsewhere' whenever anyone raises a concern. Doesn't feel very welcoming."),
    (C, "", "I've namechanged for this. DS's teacher told him his drawing was 'rubbish' in front of the class. I know teachers are stretched, but that's not ok. I've spoken to the deputy."),
    (C, "", "OP, I'd go straight to the governors. Our school sat on a complaint for a whole term before I did. Once the chair got involved it was sorted in a fortnight — shouldn't have needed that though."),
    # --- reviews ------------------------------------------------------------------------------------------
    (C, "", "1 star. My child's needs were ignored for 2 years. Staff are kind individually but the school as an organisation does not listen."),
    (C, "", "2 stars — The school puts on an amazing show for prospective parents. Once you're in, the welcome fades fast."),
    (C, "", "★☆☆☆☆ Kept my 4 year old in at playtime for crying. Crying! At 4! We've moved her to a school that understands young children."),
    (C, "", "1/5. Dropped the ball on my son's allergy twice. The second time he was given a cake with nuts at a class party. Luckily he didn't eat it. Unforgivable lapse — I've reported it."),
    (C, "", "2 stars. Good teachers, poor leadership, awful building. The roof in the hall leaks onto the stage."),
    # --- letters and news comment ----------------------------------------------------------------------
    (C, "", "Sir — Once again the Echo prints a glowing piece about the Aspire Schools Trust's 'vision' without asking a single parent. I have three children in its schools. The vision I see is larger classes, fewer TAs, and chief executives with six-figure salaries. — Mrs D. Kershaw, Addlestone"),
    (C, "", "Comment on the Gazette article: The head says the new behaviour system has 'transformed' the school. Ask the 40 children who've been in isolation this month whether they feel transformed."),
    (C, "", "Letter: The closure of the Hunters Lane crossing patrol, announced without consultation, leaves children from the Hunters Lane estate crossing a 40mph road to reach Kingsdown Juniors. The council and the school must urgently reconsider. — Residents' Association"),
    (C, "", "Reading the article about the school's record results, I'd gently point out that 23 pupils left Year 11 before the exams. Results look better when you lose the kids who'd struggle."),
    # --- sarcasm & one-liners ---------------------------------------------------------------------------
    (C, "", "Brilliant, the school's solved the staffing crisis by calling it 'flexible deployment'. Problem solved 👍"),
    (C, "", "Spoiler: 'exciting changes' in a school newsletter always means something is being taken away."),
    (C, "", "Ten INSET days this year. Ten. I'd love to know what they're training for. The Olympics?"),
    (C, "", "The school Facebook page: photos of smiling kids, trophies, sunsets. The school reality: no heating, no SENCo, no reply."),
    (C, "", "Sooo the mobile phone ban applies to students but not the teacher on her phone all through my son's cover lesson? Got it."),
    (C, "", "The head says 'every child matters'. Apparently every child except the ones with EHCPs."),
    (C, "", "'Parents are our partners' — the same school that hasn't replied to a parent since Michaelmas."),
    # --- council and official voices with critical content ------------------------------------------------
    (C, "", "Minutes, Parish Council: Cllr Sands expressed disappointment that Wexbourne Primary had not responded to three letters about parking on the green and asked the clerk to escalate to the county education office."),
    (C, "", "At the scrutiny committee, the cabinet member for education was asked why the number of children missing education in Holborough had doubled. She said she would 'come back with figures'. Parents present were visibly frustrated."),
    (C, "", "Governors' minutes record that parents raised concerns about the number of supply teachers in Year 5. The head's response — 'recruitment is challenging nationally' — was noted. No actions were recorded."),
    # --- mixed praise and criticism (overall critical) ------------------------------------------------------
    (C, "", "I love Mr Venables as a teacher but the decision to hand Year 6 SATs prep entirely to a cover supervisor for the spring term is wrong, and I've told the head so."),
    (C, "", "The teachers at Cressingham are lovely. The leadership team are not listening. Both things can be true."),
    (C, "", "Some great staff at Hollybrook, but it's undermined by a head who won't engage with parents. We've asked for a meeting about the playground for a year."),
    (C, "", "Miss Dunstan is the best thing about Year 2. The worst thing is that she's got 31 kids and no TA because the trust has cut support staff. She deserves better and so do they."),
    # --- short --------------------------------------------------------------------------------------------
    (C, "", "School dinners are getting worse every term."),
    (C, "", "My daughter's form tutor has not once replied to an email. Not once."),
    (C, "", "Another year of being told SEN support is 'coming'."),
    (C, "", "Not happy with how Tynefield handled today's lockdown drill. Nobody told parents and the kids were terrified."),
    (C, "", "That reading scheme is ancient. My son is reading the same Biff and Chip I read in 1995."),
    (C, "", "The new head of sixth form has changed the study periods rules three times since September. Students don't know where they're meant to be."),
    (C, "", "Way too many non-uniform days that cost money. Just ask us for a donation honestly."),
    (C, "", "Whoever decided to schedule three Year 11 mocks on one day needs their head checked. Poor kids."),
]
