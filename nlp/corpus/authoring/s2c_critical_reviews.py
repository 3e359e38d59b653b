"""Session 2c critical examples: one- and two-star reviews, Ofsted-report reactions, long
forum-style complaints (Mumsnet / Reddit / parent groups), and parents promising lawful escalation
(governors, trust, Ofsted, LA, the paper, an MP, tribunal).

Every school, town and person here is invented. Rows: (label, flags, text) or (label, flags, text, group).
"""

C = "critical"

EXAMPLES = [
    # --- reviews -----------------------------------------------------------------------------------------
    (C, "", "★☆☆☆☆ Wouldn't send my dog to Marram Bay High. Chaos in the corridors, staff who look defeated, and a head who thinks a glossy prospectus fixes everything."),
    (C, "", "1/5. Lovely grounds. That's it. That's the review."),
    (C, "", "Two stars for Sallowmere Primary. The teachers are kind, but the leadership is chaotic and nothing is ever followed through. Two stars because the kind teachers deserve better bosses."),
    (C, "", "Google review: Visited Thistlecombe High for the open evening. Year 10s giving the tour told us 'don't come here' when the staff weren't listening. Enough said."),
    (C, "", "⭐ One star because I can't give zero. Three years of bullying complaints, zero outcomes. Moved my daughter and she's a different child now."),
    (C, "", "2/5 - fine for 'easy' kids, hopeless if yours needs anything extra. SEN support exists on paper only."),
    (C, "", "Review for Oxenby Community College: the school's behaviour system is so rigid it punishes disabled kids for their disability. Detentions for stimming. Avoid if your child is neurodivergent."),
    (C, "", "Don't believe the 'Good' on the gate. The report is four years old and the school has changed completely since then. Half the staff in that report have left."),
    (C, "", "1 star. Phoned 9 times about my son being hit at lunch. Nobody called back. When they finally did it was to tell me HE'D been 'unkind'. Unbelievable."),
    (C, "", "Nursery review: Ashbeck Little Acorns charges £68 a day and couldn't tell me whether my daughter had eaten lunch. Twice. For that money I expect basic record keeping."),
    (C, "", "Private school review. Fees went up 11% in one year with a letter that blamed 'the political environment'. Class sizes went UP too. We're paying more for less."),
    (C, "", "3 stars generous tbh. Teachers try, building's falling down, and the head communicates exclusively through a parent app nobody can log into."),
    (C, "", "Honest review as a parent of 3 kids who went through Pennyfold: eldest had a brilliant time, middle one was ok, youngest has been let down badly since the change of head. Same school, totally different place."),
    (C, "", "1⭐ would give 0. they lost my sons coursework and then told him it was his fault for not backing it up. he's 15. it was in THEIR system."),
    (C, "", "Two stars. Uniform shop only open Tuesday 3-4pm. Blazers £62. Trousers must be 'school approved'. Who is this for?"),
    (C, "", "Review of Cresswold Academy's sixth form: great if you want a three-hour study period in a corridor because there aren't enough teachers for your A level. We left after one term."),
    # --- Ofsted reactions ------------------------------------------------------------------------------
    (C, "", "So Linnetgate's gone from Outstanding to Requires Improvement and the head's letter calls it 'a snapshot'. A snapshot that said safeguarding records were incomplete. That's not a snapshot, that's a warning."),
    (C, "", "Anyone else read the Thistlecombe Ofsted report properly? It says 'leaders have an over-generous view of the quality of education'. That's inspector for 'they're kidding themselves'. Which parents have been saying for 2 years."),
    (C, "", "Ofsted came, Ofsted saw, Ofsted rated Copperbeck 'inadequate' for leadership. And yet the same leadership is still in post writing us letters about 'moving forward together'."),
    (C, "", "I'm not surprised by the report at all. Every single concern in it (SEND, attendance, behaviour at lunch) was raised by parents at the forum last year and dismissed."),
    (C, "", "The trust's response to the Harbottle Rise report is a masterclass in spin. 'Strengths recognised.' Mate, it's Requires Improvement in four out of five areas."),
    (C, "", "Our primary just got 'Good' and they've put a banner up the size of a bus. Meanwhile my son's class has had a different teacher every half term. Ofsted didn't see that, did they."),
    (C, "", "Reading the new Ofsted report for Wyvernhurst and laughing at 'pupils feel safe'. Ask the Year 8 girls how safe they feel in the toilets."),
    (C, "", "Gutted. Kingsmarsh Infants was the reason we moved to this town. 'Requires improvement' and honestly, having had two kids there, the inspectors were kind."),
    # --- long forum-style complaints ------------------------------------------------------------------
    (C, "", "AIBU to be furious about this? DS (Y4) came home with a 'reflection sheet' to sign because he 'refused to work' in maths. Turns out he couldn't see the board because his glasses broke at playtime and he told the TA, who said he'd be fine. So he sat there, couldn't see, got told off, got a sheet. I emailed the class teacher and got a reply saying 'rules are rules and he could have moved seats'. He's 8! I'm not asking for an apology for the sake of it, I just want the sheet removed from his record and someone to acknowledge a child with a broken pair of glasses isn't being defiant. Am I being precious?"),
    (C, "", "Long post, sorry. We've been at Priorsfield Junior for three years. Year 3 was fine, Year 4 was a revolving door of supply staff, and Year 5 has been the final straw. My daughter is dyslexic and was promised coloured overlays, extra time, and a reading intervention three times a week. She's had the overlays. That's it. I've had four meetings, two 'support plans' and one apology. The SENCO is part time and covers two schools. I don't blame her personally, she's stretched to breaking point, but the trust is choosing not to fund a full-time SENCO and the kids are paying for it. Has anyone successfully requested an EHC needs assessment without school backing? Going to try."),
    (C, "", "Reddit r/UKParenting: Our local academy has a 'zero tolerance' policy on lateness. 8:40:01 is late. Late = lunchtime detention. My son's bus is run by the council and regularly arrives at 8:42. I've sent proof of the bus times. They say it's 'his responsibility' to get an earlier bus, which would mean leaving at 7:05 for a 15 minute journey. Is this normal now? It feels like they're punishing kids for things they can't control."),
    (C, "", "Right, I need to vent. Got a letter today telling me my daughter's attendance is 'a concern' at 91%. She's had tonsillitis, then covid, then a hospital appointment for her heart condition which the school KNOW ABOUT. The letter threatens a fine and uses her name in a template with the wrong pronoun. I'll be replying but I'm so angry I need to wait a day. How do schools think this helps anyone?"),
    (C, "", "Mumsnet thread title: 'Primary school won't let DS eat his packed lunch with his friends because of 'hot dinner table' rules'. Full post: They've split the hall so packed lunch kids sit separately. DS is the only one in his friendship group on packed lunch (he has allergies, so hot dinners aren't safe). So he eats alone every day. Raised it with the office, told it's 'for logistics'. I don't think it's a huge ask to let an allergic 6 year old sit with his mates."),
    (C, "", "Sorry this is long but I need advice. My son was excluded for 5 days from Marram Bay High for 'persistent disruptive behaviour'. The incidents listed include: humming, tapping a pen, and 'sighing'. He has ADHD, diagnosed, on medication, and the school has his diagnosis. No reasonable adjustments have been made. No plan. No meeting before the exclusion. I've asked for the governors' review meeting and I'm getting advice from IPSEA. Has anyone been through this and had an exclusion overturned?"),
    (C, "", "Posting here because I don't know where else to. Our 'outstanding' primary has lost five teachers since Easter. We get told it's 'career progression'. The ones I've spoken to outside school say otherwise but won't go on record. Parents are being told nothing. The kids aren't stupid, they know something's wrong. Is there a way to raise concerns about staff wellbeing as a parent without it coming back on our kids?"),
    (C, "", "Genuine question for the teachers on here because I want to understand before I complain: is it normal for a Year 2 class to have no outdoor play for a week as a 'whole class consequence' because some kids were noisy? Because it feels like a punishment that hits the quiet kids hardest and I'm seriously considering escalating it."),
    (C, "", "Update on the school bus saga: the trust has now said they won't fund the minibus next year. That's 40 kids from the villages who'll need lifts or to walk 2.5 miles along an unlit A road. We've written to the LA, the local councillor and our MP. Petition in comments. Please sign even if you're not affected."),
    (C, "", "So, the 'consultation' on the new uniform closed yesterday. 212 responses. The head's email today: 'we have listened carefully and will be proceeding as planned'. Then why ask? Honestly the contempt."),
    # --- escalation ----------------------------------------------------------------------------------------
    (C, "", "Complaint stage 1: ignored. Stage 2: 'not upheld'. Stage 3 panel booked for the 14th. And if that fails I go to the DfE. I'm not letting this go, my daughter deserves answers."),
    (C, "", "I've started a log. Every incident, every email, every unanswered phone call since September. It's 14 pages. It's going to the governors, the trust CEO and Ofsted on Friday."),
    (C, "", "For anyone else fighting Oxenby over transport: the LA has a formal appeal process and the deadline is 20 working days. Don't let the school tell you it's 'not their decision' and leave it there. We won ours."),
    (C, "", "The Stannerley Gazette will be running our story about the SEN unit closure next week. Parents have tried everything else. Maybe public pressure works where meetings didn't."),
    (C, "", "Just had a really useful chat with our MP's caseworker about Harbottle Rise refusing my son's EHCP provision. She's writing to the LA. If you're in the same boat, DM me and I'll share the template."),
    (C, "", "I'm going to be polite, I'm going to be persistent, and I'm going to use every official route there is. Cresswold Academy will answer for how my son was treated. Governors first."),
    (C, "", "Solicitor's letter sent today re: the disability discrimination claim. Not how I wanted this to go but the school left us no choice."),
    (C, "", "If the head won't meet us, we'll go to the trust. If the trust won't, we'll go to the regional director. There's always someone above."),
    (C, "", "Standing for parent governor at Wyvernhurst specifically because the current board rubber-stamps everything. Vote for me if you want someone who'll ask the awkward questions."),
    # --- fees, costs, trips ----------------------------------------------------------------------------
    (C, "", "£1,450 for a Year 9 ski trip. Letter says 'limited places, deposit by Friday'. Lovely for some. What about the kids whose parents work in Aldi? Do they just sit in the library?"),
    (C, "", "Prep school fees: £6,200 a term. Still got a letter asking us to pay for a 'reading scheme contribution' of £25. What are the fees for then?"),
    (C, "", "Non uniform day £1. Christmas jumper day £1. Crazy hair day £1. Book day costume £15. Easter bonnet £8. Summer fair £20. It all adds up when you've got four kids, Pennyfold."),
    (C, "", "The 'recommended' revision guides for GCSE total £94 per child and the school sells them through a company the trust owns. Not a great look."),
    (C, "", "School photos £38 for a 'basic pack' and the photographer made my son take his glasses off. He looks like a stranger. Cancelling the order and having a word."),
    # --- staff turnover, communication ------------------------------------------------------------------
    (C, "", "Seven teachers leaving Copperbeck this July according to the newsletter. SEVEN. Out of about 30. And the newsletter wishes them well 'on their next adventures' like it's a coincidence."),
    (C, "", "Found out my son's form tutor had left from my SON. Three weeks after it happened. Nobody told parents anything. That's a communication failure, plain and simple."),
    (C, "", "Three emails, one phone message and a letter in his book bag. No response in 15 school days. The policy says 5 days. I'd like to know which part of the policy they follow."),
    (C, "", "Why does everything from Kingsmarsh come via an app that logs you out every single time, a Facebook page they don't update, and paper letters that end up at the bottom of a book bag. Pick ONE and use it."),
    (C, "", "Rang the office to ask if my son had been in school as he seemed off. They 'couldn't confirm'. I'm his MOTHER. I'm on the contact form."),
]
