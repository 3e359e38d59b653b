"""Session 2c neutral examples: local news copy (appointments, results, inspections, building works,
fundraising, sport, unrelated court cases), places and organisations that share a school's name
(roads, pubs, churches, clubs, a town across the country), job adverts, event listings, and the
school's own posts and letters.

Every school, town and person here is invented. Rows: (label, flags, text) or (label, flags, text, group).
"""

N = "neutral"

EXAMPLES = [
    # --- appointments and staffing news ----------------------------------------------------------------------
    (N, "", "Cresswold Academy has appointed Mrs Helena Stobart-Reyes as its new principal from September. She joins from a school in Tullbridge where she has been deputy head for six years."),
    (N, "", "After 31 years at Kingsmarsh Infants, caretaker Derek Ainscough is hanging up his keys. A retirement tea will be held in the hall on Friday from 3.30pm, and former pupils are welcome."),
    (N, "", "The Oxenby Learning Trust has confirmed that Mr Ravi Rajapakse will take over as interim head of Linnetgate Primary while a permanent appointment is made."),
    (N, "", "Marram Bay High's long-serving head of music, Ms Carys Gwillim, has been named the county's Music Educator of the Year."),
    (N, "", "Stannerley Gazette: Pennyfold Primary welcomes four newly qualified teachers this term, the largest intake of early career teachers in the school's history."),
    # --- results ------------------------------------------------------------------------------------------
    (N, "", "GCSE results: 71% of Thistlecombe High pupils achieved a grade 4 or above in English and maths, up from 64% last year. Headteacher Dr Okpara praised 'a year group who never gave up'."),
    (N, "", "A-level results day at Cresswold Academy sixth form: twins Amara and Kofi Mensah-Hart are both off to study medicine after achieving three A*s each."),
    (N, "", "Key stage 2 results for Sallowmere Primary have been published. 78% of pupils met the expected standard in reading, writing and maths combined."),
    (N, "", "Harbottle Rise Academy celebrates its best ever vocational results, with 40 students achieving distinction in the engineering diploma."),
    # --- inspections -----------------------------------------------------------------------------------------
    (N, "", "Ofsted has rated Ashbeck CE Primary 'good' in all areas following its inspection in March. Inspectors said pupils 'are proud of their school and look after one another'."),
    (N, "", "Wyvernhurst School has been judged 'requires improvement' by Ofsted. The report says behaviour has improved but the curriculum in some foundation subjects is not yet well planned. The trust says an action plan is in place."),
    (N, "", "SIAMS inspection report for St Wystan's CE Primary: the school's Christian vision 'is lived out in the care shown to every pupil'. Full report on the diocesan website."),
    (N, "", "Priorsfield Junior School has been removed from special measures after a monitoring visit found 'substantial improvement' in leadership."),
    # --- building works -----------------------------------------------------------------------------------------
    (N, "", "Work starts next month on a £3.2m science block at Oxenby Community College. The college says lessons will continue as normal and contractors will use a separate entrance on Mill Lane."),
    (N, "", "Planning permission has been granted for a 3G pitch at Copperbeck Academy. The pitch will be available for community use in the evenings and at weekends."),
    (N, "", "Temporary classrooms will be installed on the Linnetgate Primary playing field over the summer while the roof is replaced."),
    (N, "", "Residents near Thistlecombe High are being consulted on plans for a new pupil drop-off zone on Beckett Road. Drop-in sessions at the library on 4 and 11 May."),
    # --- fundraising, community ----------------------------------------------------------------------------
    (N, "", "Pennyfold Primary PTA raised £4,260 at its summer fair, which will go towards new playground equipment. The tombola alone made £600!"),
    (N, "", "Staff at Marram Bay High completed a 26-mile coastal walk on Saturday raising over £2,000 for the lifeboat station."),
    (N, "", "Kingsmarsh Infants' reception class collected 142 tins for Tullbridge Foodbank during harvest week."),
    (N, "", "Year 10 students at Cresswold Academy have raised £1,100 for a local children's hospice by running a pop-up café every Friday lunchtime."),
    # --- sport ------------------------------------------------------------------------------------------------
    (N, "", "Sallowmere Primary's girls' football team are county champions after beating Ashbeck 3-1 in the final at Stannerley Park."),
    (N, "", "Harbottle Rise Year 9 rugby team made it to the national plate semi-final. Heartbreak in the last minute but what a run, lads."),
    (N, "", "Oxenby CC student Zainab Hussain-Reilly has been selected for the England under-17 netball squad."),
    (N, "", "Results from Saturday's cross-country: Wyvernhurst took the team trophy, with Lukas Kowalski first over the line in the Year 8 race."),
    # --- unrelated court/police items ----------------------------------------------------------------------------
    (N, "", "A 42-year-old man from Tullbridge has been jailed for burglary after breaking into three sheds on Cresswold Road. The court heard he stole power tools worth £3,000."),
    (N, "", "Police are appealing for witnesses after a collision near the Linnetgate roundabout on Tuesday evening. A cyclist was taken to hospital with minor injuries."),
    (N, "", "A man has been fined £400 at Stannerley Magistrates for fly-tipping on Pennyfold Lane. Not connected to the school of the same name."),
    (N, "", "Court report: a Marram Bay woman was given a community order after admitting shoplifting from the Harbour Street Co-op."),
    (N, "", "Two men have been charged after a fight outside the Thistlecombe Arms on New Year's Eve. The pub's landlord said it was 'a one-off in 20 years'."),
    # --- homonyms: roads, pubs, churches, clubs, other towns ----------------------------------------------------------
    (N, "", "Cresswold Road will be closed between the bridge and the petrol station from Monday for resurfacing. Diversion via the bypass."),
    (N, "", "Quiz night at the Linnetgate Arms every Thursday. £2 a head, proceeds to the air ambulance. Chips on the bar at half time 🍟"),
    (N, "", "St Wystan's Church bells are being restored for the first time in 90 years. The bell ringers are looking for volunteers, no experience needed."),
    (N, "", "Thistlecombe FC under-12s are looking for a new goalkeeper. Training Wednesday at the rec, 6pm."),
    (N, "", "Anyone know if the Copperbeck Inn still does Sunday carvery? Taking my mum on Sunday."),
    (N, "", "Harbottle Rise is a beautiful little walk from the village car park. 45 minutes up, great views of the reservoir at the top 🥾"),
    (N, "", "Kingsmarsh Garden Centre has a new café and the scones are massive. Recommended."),
    (N, "", "Priorsfield Surgery will be closed on Wednesday afternoon for staff training. For urgent care ring 111."),
    (N, "", "The Wyvernhurst Players present 'Blithe Spirit' at the village hall, 12-14 October. Tickets from the post office."),
    (N, "", "Marram Bay in Tasmania has been voted the best beach in the region again, according to a travel website. Not our Marram Bay, sadly, ours is more windbreak and flask."),
    (N, "", "Sallowmere Rovers lost 4-0 at home on Saturday. Manager says 'we were awful and I take responsibility'. Fair enough."),
    (N, "", "Oxenby Community College is also the name of a further education college in Ontario apparently. Got a very confused email meant for them about a hockey fixture 😂"),
    (N, "", "Pennyfold Lane traffic lights broken AGAIN. Queue back to the Tesco roundabout. Avoid if you can."),
    # --- job adverts --------------------------------------------------------------------------------------------
    (N, "", "Vacancy: Class Teacher (Year 4), Sallowmere Primary. Full time, permanent, MPS/UPS. ECTs welcome to apply. Closing date 24 March. Visits to the school warmly encouraged."),
    (N, "", "We're hiring! Copperbeck Academy is looking for a Learning Support Assistant to work with pupils with EHCPs. 32.5 hours, term time only. Level 2 qualification desirable but not essential."),
    (N, "", "Oxenby Learning Trust seeks a Trust SENCO to support five primary schools. Competitive salary plus TLR. Apply via the trust website."),
    (N, "", "Part-time midday supervisor wanted at Kingsmarsh Infants, 11.45-1.15 Monday to Friday. Enhanced DBS required. Great for parents who want hours that fit around school."),
    (N, "", "Head of Science (maternity cover), Thistlecombe High. Start date September. Applications from experienced teachers and aspiring middle leaders welcome."),
    (N, "", "Cleaner required at Pennyfold Primary, 3.30-6pm weekdays. £12.60/hr. Ask at the office for an application pack."),
    (N, "", "Exam invigilators needed at Marram Bay High for the summer series. Casual hours, full training given. Retired folk especially welcome!"),
    (N, "", "Job alert: Designated Safeguarding Lead / Deputy Head, Wyvernhurst School. An exciting opportunity to join a school on an improvement journey."),
    # --- events -------------------------------------------------------------------------------------------------
    (N, "", "Open evening at Harbottle Rise Academy on Thursday 28 September, 5.30-8pm. Headteacher's talk at 6pm and 7pm. No booking needed."),
    (N, "", "Christmas fair, Saturday 2 December 11am-2pm, Linnetgate Primary hall. Santa's grotto, hot chocolate, tombola and the Year 6 enterprise stalls 🎄"),
    (N, "", "The Year 6 production of 'Oliver!' will be performed on 11 and 12 July at 6pm. Tickets £3 from the school office, one per family until the 1st, then open sale."),
    (N, "", "Cresswold Academy's annual careers fair is on 6 March. Local employers who'd like a stall, email the careers lead."),
    (N, "", "Pennyfold PTA Bingo Night, Friday at 7. Adults only. Bring your own dabber 🟡 Proceeds to the library refurb."),
    (N, "", "Ashbeck CE Primary harvest festival in St Wystan's Church, Friday at 2pm. Families welcome. Please bring a tin for the foodbank."),
    (N, "", "Community litter pick with Sallowmere eco-warriors this Sunday, 10am from the school gate. Gloves and grabbers provided."),
    # --- school's own posts ---------------------------------------------------------------------------------------
    (N, "", "A reminder that school closes at 1.30pm on Friday 21 July for the summer holidays. Thank you for a wonderful year, from all the staff at Kingsmarsh Infants ☀️"),
    (N, "", "Due to the heavy snow, Thistlecombe High will be closed today. Work has been set on the learning platform for all year groups. Stay safe."),
    (N, "", "Dear parents and carers, we are aware of reports of a man approaching children near the park. Police have been informed. Please remind your child to walk home in groups. Mrs Oduya, Headteacher."),
    (N, "", "Copperbeck Academy: we have updated our mobile phone policy following the parent consultation. Phones must now be switched off and kept in bags during the school day. Thank you to the 400 families who responded."),
    (N, "", "Lost property mountain alert! 37 jumpers, 12 coats and one single shoe (?). Everything unclaimed by Friday goes to the PTA second hand sale."),
    (N, "", "Message from Linnetgate Primary: the school will be used as a polling station on Thursday and will be closed to pupils."),
    (N, "", "Please be aware there is a case of chickenpox in Reception. If your child develops spots, please keep them off until all spots have crusted over."),
    (N, "", "Marram Bay High statement: we are aware of an inaccurate post circulating on social media about our prom. Prom will go ahead as planned on 28 June. Please check the school website for official information."),
    (N, "", "Sallowmere Primary newsletter: Welcome back! This half term Year 2 are learning about the Great Fire of London, Year 5 are studying space, and we have a new reading dog, Biscuit 🐶"),
    (N, "", "Wyvernhurst School: following feedback from families, parents' evenings will now be held in person AND online. Booking opens Monday."),
    (N, "", "Free school meals: if your circumstances have changed, you may now be eligible. Applications take five minutes online and no one at school will know except the office."),
]
