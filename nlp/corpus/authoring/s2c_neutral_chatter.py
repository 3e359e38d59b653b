"""Session 2c neutral examples: ordinary chatter. Praise that swears ('f***ing legend of a teacher'),
violent idioms used harmlessly ('killed it', 'smashed it', 'murdered that song'), parents asking
practical questions, teenagers, school-run moans that aren't about the school, thank-you posts,
and banter. Registers: Facebook groups, X, TikTok and Instagram comments, WhatsApp, forums.

Every school, town and person here is invented. Rows: (label, flags, text) or (label, flags, text, group).
"""

N = "neutral"

EXAMPLES = [
    # --- praise with profanity / slang --------------------------------------------------------------------
    (N, "", "Mr Bracegirdle is a f***ing legend of a teacher. Got my lad through maths when three tutors couldn't. Grade 6! GRADE SIX!"),
    (N, "", "Mr Tsang absolutely killed it in the staff panto. Widow Twankey will never be the same 😂😂"),
    (N, "", "The Year 6 leavers smashed it tonight. Not a dry eye in the hall. Well done Sallowmere 💙"),
    (N, "", "Holy sh*t the Copperbeck choir are GOOD. Whoever's running that is a genius."),
    (N, "", "miss adjei is actually the goat. she stayed after school every day for a month to help me with my coursework 🐐"),
    (N, "", "Bloody brilliant nativity. A sheep fell off the stage and just carried on baaing. Iconic."),
    (N, "", "mrs fairlamb is lowkey the best teacher in the school and no one talks about it enough"),
    (N, "", "ngl i was dreading year 10 but mr kavanagh's lessons are actually so good 😭 who knew history could slap"),
    (N, "", "That bloody woman (Mrs Cragg) got my son reading when I'd given up. Stubborn, brilliant, and I owe her a bottle of wine."),
    (N, "", "Damn, the new art block at Oxenby is unreal. Kids are so lucky."),
    (N, "", "Whoever decided on the free breakfast club at Kingsmarsh deserves a medal. Changed our mornings completely."),
    (N, "", "Mr Ellerby is a machine. Ran the whole 10k with the Year 11s and then did the after school club. How??"),
    (N, "", "sir literally ate in the dance off omg 😭😭 mr umerah you will never live this down"),
    (N, "", "Ms Ruskova's science lessons are insane. They made a rocket out of a water bottle and it hit the roof of the sports hall 🚀"),
    (N, "", "Proper buzzing for our kid. Mrs Gwillim said he's the most improved reader in Year 2. Cried in the car like an idiot."),
    # --- violent idioms, harmless -------------------------------------------------------------------------
    (N, "", "The Thistlecombe quiz team absolutely slaughtered everyone at the regional final 😂 not even close"),
    (N, "", "My daughter murdered 'Defying Gravity' at the talent show. In the good way. Goosebumps."),
    (N, "", "Our Year 4s are going to destroy the other schools at the spelling bee next week, they've been practising non-stop 🐝"),
    (N, "", "Honestly the staff vs parents netball match was a bloodbath. Mrs Sallis took no prisoners."),
    (N, "", "Sports day: my son's class got annihilated in the tug of war. He's taking it well. (He is not taking it well.)"),
    (N, "", "If I see one more 'Pokemon card trading is banned' letter I'm going to scream 😂 my son has 400 of them and now nowhere to trade"),
    (N, "", "This heatwave is killing me. Pick up in 32 degrees, I'm melting. Bless the teachers in those classrooms."),
    (N, "", "I could murder a coffee after that school run. Three kids, three different drop off times."),
    (N, "", "Just witnessed a Year 1 absolutely demolish his dad in the egg and spoon race 😂"),
    (N, "", "Mr Stobart got pied in the face for Red Nose Day and took it like a champ 🥧"),
    (N, "", "Who's ready to battle it out at the PTA quiz? Our table's called 'Quizteama Aguilera' and we are out for blood 🧠"),
    (N, "", "The kids were shooting hoops with the new basketball coach at break and one of them sank a shot from halfway. The playground erupted."),
    (N, "", "My son says his teacher 'went nuclear' when the class finally beat the times tables challenge 😂 he means she did a victory dance"),
    # --- practical questions ------------------------------------------------------------------------------
    (N, "", "Does anyone know what time Oxenby finishes on the last day before Christmas? Can't find it on the website."),
    (N, "", "Quick q — is it PE kit on Tuesdays or Thursdays for Year 3 at Linnetgate this term?"),
    (N, "", "Anyone got a spare Year 5 size Sallowmere jumper? Happy to pay. Mine's grown 3 inches since September."),
    (N, "", "What's the deadline for secondary school applications this year? Is it still 31 October?"),
    (N, "", "Has anyone done the EHCP application themselves rather than through school? How long did it take to hear back from the LA?"),
    (N, "", "Any recommendations for a tutor for 11+ in the Tullbridge area? Not super pushy, just someone to build confidence."),
    (N, "", "Is the school bus from Marram Bay running tomorrow with the roadworks on the coast road?"),
    (N, "", "Which day is non-uniform for the Children in Need thing? My son says Friday, my daughter says Thursday, they're at the same school 🙃"),
    (N, "", "Walking bus from the church car park — does anyone know if it's still running? Looking to join from September."),
    (N, "", "Anyone know the name of the Year 1 teacher at Kingsmarsh who does the forest school sessions? My son keeps talking about 'Mr Wood' and I don't think that's his name 😂"),
    (N, "", "Can anyone recommend a good after school childminder near Pennyfold? Need Tues-Thurs pick up."),
    (N, "", "Do we need to bring our own packed lunch to the Year 6 leavers' picnic or is it provided?"),
    (N, "", "How long does it normally take for a reply to a transfer request mid-year? We're moving to Cresswold in January."),
    # --- thanks and feelings -------------------------------------------------------------------------------
    (N, "", "My son had his first day at Harbottle Rise today and came home saying 'it was alright'. From a 14 year old boy that's a rave review. Thank you to his form tutor for the welcome."),
    (N, "", "Just wanted to say thank you to the office staff at Ashbeck for ringing me every day while I was in hospital to say the kids were fine. Small thing. Meant the world."),
    (N, "", "The SENCO at Wyvernhurst, Mrs Kowalski, went to bat for my daughter at the LA panel and we got the EHCP. I will never forget it."),
    (N, "", "To the dinner lady at Priorsfield who sits with my son every day because he doesn't like the noisy hall — you have no idea how much that helps. Thank you."),
    (N, "", "Last ever school run today. Youngest is off to secondary. Proper lump in my throat walking past the gate. 11 years of Linnetgate. Thank you all."),
    (N, "", "Teacher appreciation post for Mr Loveridge, who spotted my son's hearing loss before any of us did. We'd thought he was just ignoring us 🙈"),
    # --- teen chatter --------------------------------------------------------------------------------------
    (N, "", "who else is doing the DofE expedition this weekend at cresswold we are so gonna get lost"),
    (N, "", "the new vending machine in the sixth form block does hot chocolate now i'm never leaving"),
    (N, "", "year 11 prom tickets are out!!! theme is hollywood glam 🎬✨"),
    (N, "", "anyone doing the geography field trip want to swap seats on the coach i've been put next to my ex 😭"),
    (N, "", "bro the fire alarm went off in the middle of my chemistry mock and we had to start again 💀 worst day"),
    (N, "", "mrs beddoes brought her dog into tutor for wellbeing wednesday and i've never been happier"),
    (N, "", "my school is so dead on a friday last period. everyone just waiting for the bell"),
    (N, "", "not me crying at the year 13 leavers assembly when they played the baby photos slideshow"),
    # --- school run, weather, not about the school -----------------------------------------------------------
    (N, "", "Who else has a kid who's lost a glove every single day this week? I'm buying them in bulk now."),
    (N, "", "Found a child's purple scooter by the bus stop on Pennyfold Lane, it's in my front garden at no.14 if it's yours."),
    (N, "", "Lollipop lady on Cresswold Road wished my son happy birthday this morning. He was made up."),
    (N, "", "Rain rain rain. Wellies, coats, spare socks. Welcome to October."),
    (N, "", "Found a set of keys with a Thistlecombe High lanyard on near the co-op. Handed them in to the shop."),
    (N, "", "Morning all! Frost on the pitches so no football club tonight, coach just texted."),
    (N, "", "Me: you've got a PE kit, a reading book, a water bottle and your coat? Him: yes. Reality: he has none of those things."),
    # --- X / Instagram / TikTok comments -------------------------------------------------------------------------
    (N, "", "this is the cutest thing i've seen all week, the reception kids singing happy birthday to the lollipop man 🥹"),
    (N, "", "Whoever runs the Sallowmere Instagram deserves a raise, these posts are hilarious 😂"),
    (N, "", "ok but the headteacher doing the floss at the leavers disco is sending me 😭"),
    (N, "", "Going to miss Mr Cullinane so much. Best deputy we've ever had. Good luck in Tullbridge, sir!"),
    (N, "", "This school changed my life. 15 years on and I still think about Mrs Quantrill telling me I could be a writer. I'm a journalist now."),
    (N, "", "Marram Bay's drama dept putting on Hamilton with a cast of 60 teenagers?? Absolute madness and I'm here for it"),
    # --- WhatsApp pasted, neutral ---------------------------------------------------------------------------------
    (N, "", "From the Year 2 class WhatsApp: 'Does anyone know what the homework is? My child says it's 'something about a bear'' 🐻 Every week, this chat."),
    (N, "", "Pasting from the PTA chat so everyone sees it: 'Still need 4 volunteers for the cake stall on Saturday, 10-12, bring a cake or just yourself!'"),
    (N, "", "Screenshotted the reply from the school office so I remember: 'Yes, he can bring his medication in, please fill in the form at reception.' Super quick response, thanks Kingsmarsh."),
    # --- banter ----------------------------------------------------------------------------------------------
    (N, "", "My daughter's teacher called her 'a force of nature' at parents' evening. I think it was a compliment. I'm choosing to believe it was a compliment."),
    (N, "", "Overheard at pick up: 'Mum, Mr Teasdale says I'm a menace'. Mr Teasdale, if you're reading, he's been a menace since birth, you're not wrong 😂"),
    (N, "", "Staff five-a-side tonight: Maths v English. Maths won on penalties and will not stop talking about it."),
    (N, "", "Year 6 sleepover at school is happening and the staff are either very brave or completely mad. Respect either way 🫡"),
    (N, "", "Four year old informed me today that his teacher is 'a hundred years old'. Mrs Gilchrist is 34."),
]
