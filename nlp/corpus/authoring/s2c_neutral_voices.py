"""Session 2c neutral examples in registers the news and chatter modules cover less: Reddit and
Mumsnet threads, local community pages, comments under local news, former pupils reminiscing,
teachers posting about their own jobs, regional voices, namesakes (a different person or place with
a staff member's or school's name), and calm disagreements that stop short of complaint.

Every school, town and person here is invented. Rows: (label, flags, text) or (label, flags, text, group).
"""

N = "neutral"

EXAMPLES = [
    # --- Reddit / Mumsnet, neutral -----------------------------------------------------------------------
    (N, "", "r/TeachingUK: First year as a SENCO in a two-form entry primary. Any tips for managing 30+ EHCP reviews a year without losing my mind? Genuinely loving the job but the paperwork is wild."),
    (N, "", "Mumsnet: Choosing between Sallowmere and Ashbeck for reception. Both seem lovely on the tours. Anyone got experience of either? DS is quiet and loves being outdoors."),
    (N, "", "Reddit: Parent here, not a teacher. What's the actual difference between an academy and a maintained school from a family's point of view? Trying to understand the letters we're getting."),
    (N, "", "AIBU to let DD (10) walk to school alone? It's 0.4 miles, one road to cross with a lollipop lady. Other mums seem horrified."),
    (N, "", "Mumsnet thread: 'What's the best thing a teacher ever did for your child?' Mine: Mr Ferreday let my son, who was being bullied, spend lunchtimes in the music room learning guitar. He's now in a band."),
    (N, "", "Any secondary teachers here know whether it's normal for Year 7s to get a reading age test in the first week? DS came home worried he'd 'failed' it."),
    # --- local community page -------------------------------------------------------------------------------
    (N, "", "Stannerley Community Noticeboard: the school field at Pennyfold is open for dog walkers again from Saturday now the reseeding's finished. Please pick up after your dog, kids play there Monday!"),
    (N, "", "Does anyone know why there were two fire engines outside Thistlecombe High at lunchtime? Hope everyone's ok."),
    (N, "", "Update: the fire engines at Thistlecombe were a false alarm from the food tech room. Someone burnt the flapjacks 😂 all fine."),
    (N, "", "Power cut in Oxenby this morning, including the school. They've sent the kids home at 11. Check your texts."),
    (N, "", "Lovely to see the Year 3s from Kingsmarsh singing carols at the care home on Church Lane. My nan was beaming."),
    (N, "", "Anyone lost a tortoise near Linnetgate Primary? Very chilled little guy sat by the gate 🐢 he's in a box at the office."),
    # --- comments under local news --------------------------------------------------------------------------
    (N, "", "Comment under the Gazette article: I was taught by Mrs Gwillim's mum at the same school in the 80s. Lovely to see the family tradition carry on. Congratulations on the headship."),
    (N, "", "Comment: brilliant results for Harbottle Rise, my nephew's in that year and worked so hard. Well done to all of them."),
    (N, "", "Comment on the new school build story: as someone who lives opposite, the contractors have been really considerate. Quiet by 5pm and they cleaned the road every night."),
    (N, "", "Comment: I read the full Ofsted report rather than the headline. It's mixed, with clear praise for pastoral care and clear work to do on reading. Worth reading the whole thing before judging."),
    # --- former pupils reminiscing ----------------------------------------------------------------------
    (N, "", "Just drove past Cresswold for the first time in 20 years. The old mobile classroom I had maths in is still there. Still held together by hope and gaffer tape 😂 Good times."),
    (N, "", "Class of 1998 Marram Bay High reunion! 14 September at the Anchor. Message me to get on the list. Bring your old yearbooks."),
    (N, "", "RIP Mr Ainscough, my old PE teacher. Made a fat kid feel like he belonged on the rugby pitch. I'll never forget that."),
    (N, "", "I went to Wyvernhurst when it was still a grammar and honestly the place is unrecognisable now. In a good way, it's so much more welcoming."),
    # --- teachers posting about their own jobs -------------------------------------------------------------
    (N, "", "Teacher Twitter: my Year 9s just asked if Shakespeare 'was beefing' with anyone. Yes. Yes he was. Lesson plan rewritten."),
    (N, "", "Marking 90 mock papers this weekend. Send coffee. And biscuits. And a new wrist."),
    (N, "", "As a supply teacher I've worked in 14 schools this year. The ones where the office staff say good morning and show you where the loo is? They're the ones I go back to."),
    (N, "", "PSA from a primary teacher: the best thing you can do for your child before reception is teach them to open their own lunchbox and put their own coat on. Genuinely. Not phonics. Coats."),
    (N, "", "Today a Year 1 told me my breath 'smells like tuna'. I had not had tuna. I am reconsidering everything."),
    # --- namesakes --------------------------------------------------------------------------------------
    (N, "", "A man called Daniel Kavanagh from Tullbridge has won £50,000 on a scratchcard. No relation to the Year 10 history teacher, before anyone asks 😂"),
    (N, "", "Tullbridge Echo: Councillor Mrs Jean Gilchrist has been elected mayor. (Not the Kingsmarsh reception teacher, who says she has 'quite enough on, thanks'.)"),
    (N, "", "Court news: a Bristol man named Peter Loveridge was fined for speeding on the M5. Several people have messaged to ask if it's our Mr Loveridge. It is not."),
    (N, "", "Copperbeck Gin have won a gold medal at the spirits awards. Nothing to do with the academy, though the staffroom would probably appreciate a bottle."),
    # --- regional voices ------------------------------------------------------------------------------------
    (N, "", "Och the bairns at Kirkbrae Primary did a cracking job at the Burns supper. Wee Callum did the address to the haggis and didnae miss a word."),
    (N, "", "Our kid's proper made up, got into the sixth form at Oxenby. Dead chuffed for 'er. Ta to all the staff like."),
    (N, "", "Llongyfarchiadau to Ysgol Glan Afon's choir, first place at the Urdd! Da iawn pawb 🏴󠁧󠁢󠁷󠁬󠁳󠁿"),
    (N, "", "Alreet, anyone knaa if the school's shut Monday for the bank holiday or is it the Tuesday an' all?"),
    # --- calm disagreement, not a complaint -----------------------------------------------------------------
    (N, "", "I see both sides of the phone debate. We'll try the new policy and see how it goes, and give feedback at the review in January like the letter says."),
    (N, "", "Personally I'd have preferred the disco on a Friday, but I understand they've got the hall booked. Not the end of the world."),
    (N, "", "Just for balance: our experience of the SEN team at Harbottle Rise has been good. Slow at times, but they did what they said they'd do."),
]
