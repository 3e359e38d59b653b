"""Extra neutral examples (e): more registers — pupils' praise, grandparents, teachers talking about
their own school, Welsh/Scottish/Northern voices, news briefs, and praise that names staff by title.

Every school, town and person here is invented. Rows: (label, flags, text) or (label, flags, text, group).
"""

N = "neutral"

EXAMPLES = [
    # --- regional voices ---------------------------------------------------------------------------------
    (N, "", "Cannae thank the staff at Kinloss Primary enough. Wee man's come on leaps and bounds this year. Mrs MacPhail you're a star."),
    (N, "", "Diolch o galon to everyone at Ysgol Bryn Teg for the Eisteddfod prep. Our daughter came second in the recitation and she's over the moon!"),
    (N, "", "Eee the Christmas concert at Hetton Lane was canny good. Proper proud of our lass. Mr Robson on the piano an' all."),
    (N, "", "Our kid's just finished at Walkden Road and I'm dead emotional like. Best seven years. Ta everyone."),
    (N, "", "Bostin' sports day at Tipton Green today. Mr Sandhu in the teachers' race, what a sight 😂"),
    (N, "", "Gorgeous wee nativity at St Columba's today. The angel Gabriel forgot every line and made them up. Class."),
    # --- pupils' praise and news -------------------------------------------------------------------------
    (N, "", "just found out i got into my first choice uni!!!! couldnt have done it without mrs carrick and the sixth form team at Rosehill 😭😭 thank u"),
    (N, "", "me and my mates made a thank you video for mr ibrahim bc he's leaving and he cried 😭 best form tutor ever"),
    (N, "", "our school's eco club got a solar powered bench installed and i'm unreasonably proud of it ☀️"),
    (N, "", "Year 8 student council here: we asked for more water fountains and the head said yes! Installing after Easter 💧"),
    (N, "", "mrs delaney let us do our english lesson outside today because it was sunny and we read poems under the tree. vibes 🌳"),
    # --- grandparents and carers ---------------------------------------------------------------------------
    (N, "", "As a grandmother doing the school run three days a week, I want to say how welcoming the staff at Radley Fields are. They always know my name and always have a smile."),
    (N, "", "Foster carer here. The designated teacher for looked-after children at Ryeland Academy, Mr Cheung, has been superb with our lad. Calm, consistent and always in touch."),
    (N, "", "Grandad's day at Chilworth Infants! Got a tour from my granddaughter, who pointed out where she 'did a wee in Reception'. Very thorough guide."),
    # --- teachers talking about their own school ------------------------------------------------------------
    (N, "", "Teacher at Pinewood Primary here — thank you to the parent who left a box of Celebrations in the staffroom with a note saying 'you're doing great'. It made our week."),
    (N, "", "We're recruiting a Year 2 teacher at my school and honestly it's the best place I've worked. Supportive head, kind colleagues, lovely kids. DM me if interested!"),
    (N, "", "End of my first year teaching at Marsden Heights. Hardest thing I've ever done. Best thing I've ever done. Thank you to my mentor, Mrs Ollerton, for getting me through."),
    (N, "", "As head of a small village school, I'd like to thank our community for the huge turnout at our open evening. We loved showing you around."),
    # --- praise naming staff by title ----------------------------------------------------------------------
    (N, "", "The deputy head at Northcote Primary personally walked my son to class every day for a fortnight when he was struggling to separate. That's above and beyond."),
    (N, "", "The SENCo at Sandleigh, Mrs Fairhurst, rang me after hours to talk through my son's transition plan. I know she didn't have to. Thank you."),
    (N, "", "Huge thanks to the head of Year 7 at Corringham High for how quickly and fairly the lunchtime incident was dealt with. We felt listened to."),
    (N, "", "Shout out to the school business manager at Brightwell, who found a way to cover the trip cost for every family who needed it. No fuss. Just done."),
    (N, "", "The attendance officer at Queensmead sounds scary but honestly she was lovely and helped us sort transport when my daughter was too anxious for the bus."),
    (N, "", "To the Year 6 TA at Greenlands, Miss Akhtar — my daughter says you are 'the reason she's not scared of secondary'. Thank you."),
    (N, "", "The exams officer at Hadfield, Mr Jenner, chased an exam board for three weeks to get my son's missing result sorted. Result: a 7. Thank you!"),
    (N, "", "Our school caretaker Mr Dobbs built a hedgehog house with Year 3 and now the whole class checks on it every morning 🦔"),
    # --- news briefs -----------------------------------------------------------------------------------------
    (N, "", "Briefly: Pupils at Wrenbury CE Primary planted 420 trees on the edge of the village as part of the Queen's Green Canopy legacy project."),
    (N, "", "Eastfield Academy has become the first school in the county to gain the Gold Rights Respecting Schools award from UNICEF UK."),
    (N, "", "Sixth-formers from Lowther College won the regional heat of the Bar Mock Trial competition in Carlisle on Saturday."),
    (N, "", "A choir of 300 children from 12 Tanfield schools will sing at the town's Christmas lights switch-on on Friday."),
    (N, "", "The former Crossley Secondary building will reopen next year as an SEN school for 120 pupils, the county council has confirmed."),
    (N, "", "Dovehill Primary has been awarded £25,000 from the Department for Education's school condition fund to replace its windows."),
    (N, "", "Applications are open for the Hamworth Schools' Young Poet of the Year. Entries close 31 January; winners read at the library."),
    (N, "", "Teachers from five Merriton primary schools took part in a charity football match against the town's firefighters. The firefighters won 6–4."),
    (N, "", "The school crossing patrol outside St Wilfrid's Primary has been reinstated after a campaign by parents and the school's head."),
    (N, "", "Year 5 pupils at Moorend Primary have written a book about local wildlife, which will be sold in the village shop to raise money for the RSPB."),
    (N, "", "A teacher at Fallowmead School has been shortlisted for the national Pearson Teaching Awards for her work with refugee pupils."),
    # --- complaints resolved, positive follow-ups ------------------------------------------------------------
    (N, "", "Following the parent survey, Westmere Academy has moved parents' evening online for the first session and in person for the second. A sensible compromise — thank you for listening."),
    (N, "", "Good news for Clarendon parents: the school's agreed to open the gates 10 minutes earlier in winter after our petition. Thank you, Mr Haigh."),
    (N, "", "The school responded to my Google review within a day, invited me in and we've sorted out the misunderstanding about the reading scheme. Happy to update to 4 stars."),
    (N, "", "We were worried when the head announced the uniform change, but they've now added a free swap shop and a two-year transition. Much fairer. Credit to them."),
    (N, "", "Remember the heating saga? Fixed! Year 5 are out of their coats. Thanks to everyone who emailed the trust."),
    # --- misc chatter -------------------------------------------------------------------------------------
    (N, "", "Dropped my youngest at Stonebridge Primary for the last time this morning. Eleven years of school runs at the same gate. Feeling very sentimental."),
    (N, "", "Anyone need a lift to the Highfield Academy Year 7 welcome evening? I've got two spare seats from the Brook Farm end."),
    (N, "", "Random appreciation for the crossing lady outside Ferndale who waves at every single car. Makes my morning."),
    (N, "", "Can anyone tell me what colour the Ashbourne Juniors PE T-shirts are meant to be? My son says 'sort of bluey green' which is no help at all."),
    (N, "", "My son has come home from Year 1 with a 'worry monster' that eats his worries. Genius idea from Miss Ambrose, he's been feeding it every night."),
    (N, "", "Whoever organised the dads and kids breakfast at Pendle View this morning — brilliant. First time I've had a proper chat with my son's teacher."),
    (N, "", "Oh to be a Reception child at the Brimstone Lane nature day — dens, mud kitchen, a real owl. I'm jealous."),
    (N, "", "Mrs Carver's famous 'marble jar' has been filled! Class 3 get a pyjama party on Friday. My daughter has been talking about nothing else."),
    (N, "", "Took my nephew to the Wolverley High open evening. The students who gave the tours were incredibly articulate. Great advert for the place."),
    (N, "", "Thanks to whoever returned my purse to the Harefield school office. Everything still in it. Faith in humanity restored."),
    # --- homonyms -------------------------------------------------------------------------------------------
    (N, "", "The Headteacher is a new micropub on Station Road, in the old headteacher's house of the village school. Six real ales and a very good pork pie."),
    (N, "", "Oakhill Rangers U9s lost 8–0 today and they were all smiling at the end. That's grassroots football."),
    (N, "", "Mr Ferncombe the dentist is retiring after 40 years on Church Street. Whole town's teeth owe him one."),
    (N, "", "The Academy Pharmacy in Wetherden has moved to bigger premises next to the Post Office."),
    (N, "", "St Kenelm's Church bells will be silent for three months while the frame is repaired."),
]
