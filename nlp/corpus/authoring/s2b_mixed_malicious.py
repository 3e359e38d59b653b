"""Malicious (second batch, extras): more impersonation, doxxing and pupil-identified posts in voices the
other s2b modules use less — local community pages, X replies, Reddit/Mumsnet-style posts, pasted
group chats, ALL CAPS and text-speak, school governors and office staff as targets.

Phone numbers are in Ofcom's drama ranges; every school, town and person is invented.
Rows: (label, flags, text) or (label, flags, text, group).
"""

M = "malicious"

EXAMPLES = [
    # --- impersonation ----------------------------------------------------------------------------
    (M, "impersonation", "KILNSEY MOOR PRIMARY - IMPORTANT. Due to a heating failure the school is closed until Wednesday. Home learning packs can be collected from the church hall. Head's office"),
    (M, "impersonation", "Hi, Mrs Oyelaran here, I'm messaging all Year 2 parents from my personal number as the school text system is down. Please reply with your child's name and the password you use for ParentPay so I can check payments."),
    (M, "impersonation", "Scarsdon High Sixth Form is now accepting applications for a fully funded trip to New York 🗽 Places limited, £50 refundable deposit to secure your child's spot. Pay via link 👇"),
    (M, "impersonation", "@AshbyCrossPrim (unofficial lol): Today's lunch menu: cold beans and disappointment. Complaints to the bin. 🗑️ - Mrs Sutcliffe-Reid"),
    (M, "impersonation", "Tweet from 'Marrowby High Head of English': 'Just marked 30 Year 10 essays. Not one of them can spell. Your kids are doomed, Marrowby.' Posted from an account I made to see if anyone would notice. They didn't 😂"),
    (M, "impersonation", "Pennisford Academy – Staff Vacancies 📝 We are looking for volunteer 'reading buddies' to work 1:1 with our pupils. No checks needed! Just message the page with your availability."),
    (M, "impersonation abuse", "Dear Parents, I write to inform you that I, Mr Fairbairn, am a complete fraud who knows nothing about education. I look forward to wasting another year of your children's lives. Regards, The Head"),
    (M, "impersonation", "I've been messaging the Year 6 mums pretending to be Miss Soanes from a new number. Told them SATs results are in and their kids all failed. The panic in that group chat 😂😂"),
    (M, "impersonation", "Blackthorn Rise Academy is pleased to confirm that mobile phones will be allowed in lessons from Monday at teachers' discretion. — Mr Adeyemi, Deputy Headteacher (real, honest 😉)"),
    (M, "impersonation", "hey year 8 it's ur form tutor mr yilmaz on my new acc 🤙 no homework this week, tell everyone, screenshot this if anyone asks"),
    (M, "impersonation abuse", "New page alert: 'Mrs Kettering's Diary' — daily entries 'by' Mrs Kettering about how much she hates the kids in 3K and what she eats for lunch. Written by us obviously, go like it 🙃"),
    (M, "impersonation", "From: Chair of Governors, Hillcrest Vale <governors.hillcrestvale@gmail.com>\nSubject: Urgent - parental contribution\nDear parent, due to a funding shortfall each family must contribute £75 by Friday. Bank details below."),
    (M, "impersonation", "Hi, this is the Whinmoor Edge school office. We're running a free-uniform giveaway this weekend! Just reply with your address and your child's size and we'll drop it round 🎁"),

    # --- doxxing ----------------------------------------------------------------------------------
    (M, "doxxing", "Kilnsey Moor community page: the new head is living in the rented house on Sheepwash Lane, the grey one with the green gate. If you've got something to say about the closure of the nursery, say it there."),
    (M, "doxxing", "Clerk to the governors won't give out the chair's contact details? Fine. Mr Lamberton, 0113 496 0845, 2 Ploughman's Rise, Stanbridge End. You're welcome."),
    (M, "doxxing", "Found the deputy's husband on LinkedIn, he works for Brackwater Council in planning. Emailing him at work about what his wife did. Details in the comments for anyone else who wants to."),
    (M, "doxxing", "reception lady at cobblers green who was rude to me is called Sharon Pike, she lives round the back of the Co-op on Mill Lane and her number's 07700 900 412, give her a bell"),
    (M, "doxxing", "THE HEAD OF ST WENNA'S IS AT 3 CHAPEL ROW CALVERLEIGH. I'M NOT HIDING THIS ANYMORE. 07700 900 187. RING HER."),
    (M, "doxxing abuse", "That two-faced witch from the Drakeshaw attendance office, her home email is mags.pickering.drakeshaw@hotmail.co.uk. Let her have it."),

    # --- pupils identified ------------------------------------------------------------------------
    (M, "pupil_identified", "Brackwater Residents Group: the teenagers tearing up the allotments are Ashby Cross Academy kids. Tall one is Callum Renshaw, Year 10, the other is his cousin. Their parents don't care so maybe a few of us should have a word."),
    (M, "pupil_identified abuse", "Reddit: my nephew's school (Marrowby High) has a kid called Bradley Stokes in Year 9 who's made his life hell. Genuinely the most horrible teenager I've ever met. Just wanted his name on the internet somewhere."),
    (M, "pupil_identified abuse", "[pasted from Year 5 class chat] 'It's always that Hassan. Every time. The kid's a menace and his mum's in denial. Tell the teacher we're not having him at the party.'"),
    (M, "pupil_identified threat", "Whoever's dad Kian Morley's is, tell him if his son puts his hands on my daughter once more at Tolland Heath I'll deal with the boy myself."),
    (M, "pupil_identified abuse", "LOOK AT THIS LITTLE SHIT. RHYS GARNER. YEAR 7 NETHERCOTE. HE KICKED MY SON IN THE HEAD. SHARE SHARE SHARE."),
    (M, "pupil_identified", "This is the girl (Jess, Year 10, Pennisford) who posted my daughter's private photos. Reposting her profile so everyone knows who she is."),
    (M, "pupil_identified abuse", "Imagine being Libby Crane in Year 6 at Larchmont 😂 no friends, no brains, no chance"),
    (M, "pupil_identified hate abuse", "The Polish kid in Year 3 at Kilnsey Moor, Oskar, keeps hitting the English kids. Send him and his family back."),
]
