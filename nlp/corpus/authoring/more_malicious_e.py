"""More malicious examples, part E: doxxing of staff (home addresses, personal phones and emails,
car registrations) and pupils identified in hostile posts, with hard negatives: published school
contact details, consented praise of named pupils, neutral mentions of children.

Phone numbers are in Ofcom's drama range (07700 900xxx); emails use ``.example`` domains; streets
are invented and postcodes use areas that do not exist (QX, VB, XK, JZ...). Registrations contain
letters never issued (I, Q) so they cannot be real. Every school, town and person here is invented.
Rows: (label, flags, text) or (label, flags, text, group).
"""

N, C, M = "neutral", "critical", "malicious"
D = "doxxing"
P = "pupil_identified"

EXAMPLES = [
    # --- doxxing: addresses ----------------------------------------------------------------------
    (M, D, "For those asking, Mr Tregunna (Head, Polvennick Academy) lives at 42 Chapel Mead, Polvennick VB2 6TR. The one with the blue door."),
    (M, D, "Found her. Mrs Ollerenshaw from Bexworth Primary, 3 Thistledown Close, QX9 4HA. Anyone local fancy putting a note through?"),
    (M, D, "Miss Iveson's flat is above the launderette on Mill Bank, Harrowfold. Flat 2. She's there every night by 6."),
    (M, D, "the deputy at greystowe high lives on the new estate behind aldi, juniper drive, no. 17. his wife drives a grey qashqai"),
    (M, D, "Posting this so every parent knows where the man who excluded our kids sleeps: Mr Dunstable, 11 Wren's Nest Lane, Cressley XK5 9UW."),
    (M, D, "Mrs Ollerenshaw moved! New address is 88 Brackenridge Road. Found it on the planning portal, she's putting in an extension 😂"),
    (M, D, "Head of Fulmere School's house (with photo of the front door and the house number circled): 'Now you know'."),
    (M, D, "Google Street View link of Mr Tregunna's house, pinned, with 'this is where your kids' head goes home to. Nice isn't it. Paid for by us.'"),
    (M, D, "Anyone want to know where Mrs Lattimore from Bexworth lives? DM me. I followed her home yesterday. Near the church in Upper Slaithe."),
    (M, D, "Miss Kerrigan, Year 2 at Fulmere — 5 Ashgrove Terrace, JZ3 7PE. Her parents live next door at number 7. Just so people know."),
    (M, D, "Mr Prendergast's address is on his kid's birthday party invite that went round Greystowe. Here it is: 26 Martlet Way, Cressley."),
    (M, D, "Teacher at Polvennick lives in the cottage on the left as you come into Trevellack, the one with the campervan outside. Can't miss it."),
    # --- doxxing: phone numbers ---------------------------------------------------------------------
    (M, D, "Mrs Lattimore's personal mobile: 07700 900213. The school won't give it out but I got it from the netball club list. Let's see if she answers that."),
    (M, D, "Here's Mr Dunstable's WhatsApp: 07700 900764. He's ignoring emails so message him directly. All of you."),
    (M, D, "call the head on her mobile 07700 900388 she turns it off at weekends lol call anyway"),
    (M, D, "Mr Prendergast's private number is 07700 900950. He coaches under-10s on Sundays, that's where I got it."),
    (M, D, "Miss Iveson's number from the old PTA list — 07700 900129. Text her and tell her what you think of the Year 3 trip being cancelled."),
    (M, D, "Greystowe's new head gave me his personal mobile when he was a parent at my kid's nursery. It's 07700 900541. Enjoy."),
    # --- doxxing: emails, socials, cars ------------------------------------------------------------
    (M, D, "Mrs Ollerenshaw's private gmail equivalent is jo.ollerenshaw@homemail.example. Fill it up, she deserves to hear from us."),
    (M, D, "Mr Tregunna's personal email (not school): tregunna.family@kernowmail.example. And his wife's: sally.tregunna@kernowmail.example."),
    (M, D, "Mr Dunstable drives a black Audi, reg JQ19 IQX. Parks in the leisure centre car park every Tuesday evening."),
    (M, D, "Miss Kerrigan's car is the white Corsa QI64 QVA, always on the street outside her mum's. Spread the word."),
    (M, D, "Found Mrs Lattimore's private Facebook (under her maiden name Sarah Pennock) and her husband's work. He's a plumber at Slaithe Heating. Links below."),
    (M, D, "Her kids go to St Nectra's. Her husband works at the garage on the ring road. Her mum lives in Polvennick. That's Mrs Ollerenshaw, for anyone who wants to have a chat."),
    (M, D, "The Fulmere head has a personal Insta with his holiday home in it. @dan.prendergast.family. Geotagged and everything."),
    (M, D, "Mr Tregunna's daughter's netball club trains Thursdays at 6 at the Polvennick leisure centre. He always picks her up."),
    (M, D, "Mrs Lattimore's personal email is sarah.l.1979@postbox.example and her date of birth is 14/03/79. Do with that what you like."),
    (M, D, "Mr Dunstable's LinkedIn, Facebook, his wife's Facebook and their house on Rightmove from when they bought it 👇 thread"),
    # --- doxxing + other flags -------------------------------------------------------------------
    (M, "doxxing threat", "Mr Prendergast: 26 Martlet Way. Reg QI11 IXQ. Out of the house by 7.20. I'll be there tomorrow to have a word he won't forget."),
    (M, "doxxing abuse", "Miss Iveson, the useless cow who can't teach, is on 07700 900657. Give her a ring and tell her she's a failure 🤡"),
    (M, "doxxing allegation", "Mr Dunstable, the one who got 'quietly moved' after the thing with the Year 9 girl, lives at 11 Wren's Nest Lane. Protect your kids."),
    (M, "doxxing abuse", "Everyone message this stuck up tart: kerrigan.k@inboxmail.example. She thinks she's better than us."),
    (M, "doxxing hate", "The foreign teacher at Greystowe lives at 4 Oriel Court with his whole extended family crammed in. XK2 8RD. Let's pay them a visit and welcome them 😉"),
    (M, "doxxing threat", "Mrs Ollerenshaw — 3 Thistledown Close, QX9 4HA. Windows are single glazed. Just so you know."),
    (M, "doxxing impersonation", "Fake 'Bexworth Primary' page posted: 'Parents can now contact Mrs Lattimore at home: 07700 900213, any time, she is happy to help!'"),

    # --- pupil_identified: hostile posts naming or describing a pupil ------------------------------
    (M, P, "The Jenkins kid in Year 5 at Bexworth is a little thug. Punched my son twice. Parents, keep your kids away from him."),
    (M, P, "Kayla Brierley in 9M at Greystowe is a bully and a liar and the school does nothing. Her mum's just as bad."),
    (M, P, "Look at this kid (photo attached) — he's the one who's been stealing bikes at Fulmere. Year 8, ginger, lives on the Wharf estate. Share it."),
    (M, P, "It's Ollie Sandercock in Mr Tregunna's class who's been biting the other kids. Polvennick won't tell us but everyone knows."),
    (M, P, "Reply to the school: 'You keep protecting that Harvey in Year 3. He's a menace and he'll end up in prison like his brother.'"),
    (M, P, "The girl in 10K with the purple hair, Jade something, she's the one who started the fight. Absolute little cow."),
    (M, P, "If your kid's in Year 6 at Fulmere you'll know who I mean when I say the tall lad with the Spurs bag. He should be excluded. Feral."),
    (M, P, "Names of the kids who bullied my daughter at Cressley Academy: Mason Greenhalgh, Ellie-Rose Trinder, Josh Kitto. All 8R. Their parents should be ashamed."),
    (M, P, "Screenshot of the Year 7 group chat with one boy's name highlighted: 'this is the kid who sent the nudes around, Dylan from 7C, share so everyone knows'"),
    (M, P, "That autistic boy in Year 4 at Bexworth, the one with the ear defenders, shouldn't be in a mainstream school. He ruins it for everyone."),
    (M, P, "TikTok video filmed at the Greystowe gates showing a Year 9 boy's face, captioned 'this is the rat who snitched'. 30k views."),
    (M, P, "Poppy Nance, 11, Polvennick Academy. She's been spreading lies about my daughter. Parents, have a word with your kids about her."),
    (M, P, "The new kid at Fulmere (Traveller family, lives in the caravans off Saltings Road) has already nicked two phones. Classic."),
    (M, P, "Every parent in Oak class at Bexworth knows Reuben is the problem. Reuben Cardew. Stop inviting him to parties, stop letting your kids play with him."),
    (M, P, "Is it just me or is the Kovalenko girl in Year 10 a complete psycho? Threatened my son with scissors. School swept it under the carpet."),
    (M, P, "Facebook post: photo of a school report with the child's name visible, 'Look what Harrowfold Primary say about my neighbour's little brat lol'"),
    (M, P, "Greystowe Year 11 'leavers' list' going round with every kid rated 1-10 on looks. Full names. Some are only 15."),
    (M, P, "That Lily-Grace Tozer in Year 2 bit my daughter and drew blood. Her mum is a druggie. Nobody is surprised."),
    (M, P, "Posting his school photo so people know what he looks like: Kian, Year 8, Cressley Academy. He's the one who smashed the bus shelter."),
    (M, P, "Whoever's kid is Alfie in 3T at Polvennick needs to sort him out. Little s**t called my son fat every day for a month."),
    (M, P, "Kids at Fulmere calling a Year 9 girl 'Stinky Sophie' and now a parent has posted her full name on the community page. Sophie Ransley. Shameful but here it is."),
    (M, P, "Mumsnet thread: 'My DS's class has a girl called Imogen P. at Harrowfold who has been vile to him all term. Her family are the Penhallurick lot off Ferry Lane.'"),
    (M, P, "The Year 5 boy who brought a knife into Bexworth is Tyrese Morland. Yes I know his name. No the school didn't tell us. We deserve to know."),
    (M, P, "Local news comment: 'Bet the lad arrested is the Doyle kid from Cressley Academy. Year 10. Whole family are criminals.'"),
    (M, P, "WhatsApp screenshot: 'pls share: the girl in the photo is Freya from 8B at Greystowe, she said my daughter was a sl*g, dont let your kids talk to her'"),
    (M, P, "Why is the boy with ADHD in my daughter's class at Harrowfold (Billy, blond, glasses) allowed to stay? He's violent and should be somewhere else."),
    (M, P, "Reddit r/unitedkingdom: 'kid at my son's school Fulmere School, Year 7 Noah Pascoe, keeps calling him racial slurs. Posting his name so his parents see this.'"),
    (M, P, "Year 6 at Polvennick — there's a girl called Maisie whose mum is in prison. That's why she's so disruptive. Everyone should know."),
    # --- pupil_identified + other flags -----------------------------------------------------------
    (M, "pupil_identified threat", "If that Callum Drewitt kid in 7F at Cressley comes near my son again he'll be leaving in an ambulance."),
    (M, "pupil_identified abuse", "Jayden Riordan in Year 9 at Greystowe is an ugly little rat and a waste of space. Everyone hates him."),
    (M, "pupil_identified hate", "The Roma kids in Year 4 at Bexworth, the Balog twins, are filthy thieves. Send them back."),
    (M, "pupil_identified doxxing", "The lad who beat up my son: Ethan Rowbotham, 14, Year 9 Greystowe, lives at 19 Cinder Lane, Cressley XK3 5JB."),
    (M, "pupil_identified allegation", "Amber Leckie in 11S at Fulmere is selling vapes and pills at break. The head knows and does nothing."),
    (M, "pupil_identified threat", "Tell Jack Hindle in Year 8 to watch himself walking home on Friday. My lad's big brother will be waiting."),
    (M, "pupil_identified abuse", "that fat kid harley in y6 at polwithen is a pig lol no wonder no one likes him 🐷"),
    (M, "pupil_identified hate", "The Somali girl in 9P, Hodan, is the one causing the trouble. Typical. They never integrate."),

    # --- hard negatives: published school contacts ------------------------------------------------
    (N, "", "Polvennick Academy reception: 01632 960311, open 8am to 4.30pm. Absence line option 1."),
    (N, "", "For admissions questions please email admissions@greystowe-high.example or call the school office."),
    (N, "", "Bexworth Primary, 2 School Lane, Bexworth QX9 1AA. Parking is limited, please walk if you can."),
    (N, "", "Mrs Ollerenshaw can be contacted through the school office about Year 4 residential payments."),
    (N, "", "You can email Mr Tregunna directly at head@polwithen-academy.example — he does reply, I had an answer in a day."),
    (N, "", "The Fulmere School SENCO's work email is senco@fulbeck.example. She's brilliant, honestly just email her."),
    (N, "", "Cressley Academy's PTA mobile (the shared one for fair day) is 07700 900001. Text for stall bookings."),
    (N, "", "Found a purple lunchbox outside Bexworth, name label says 'R'. Handed into the school office."),
    (N, "", "Whose car is the black Audi parked across the Greystowe bus bay? Can you move it please, buses can't get in."),
    (N, "", "If you need to reach Mr Dunstable about the football tour, his school email is on the trip letter."),
    (C, "", "The Greystowe office phone rings out every morning. Published number, nobody answers. How are we meant to report absences?"),
    (C, "", "Mrs Lattimore's school email bounces back and nobody at Bexworth has fixed it in two weeks. Frustrating when you've got a concern."),
    # --- hard negatives: named pupils, positive and consented ------------------------------------
    (N, "", "Newsletter: Congratulations to Ellie-Rose in Year 8 who won the county swimming gala (photo shared with parental consent)."),
    (N, "", "Huge well done to Kian in Year 8 at Cressley who has been selected for the regional under-14s football squad! ⚽"),
    (N, "", "Proud mum moment: my son Reuben (Oak class, Bexworth) got star of the week for helping a new boy settle in ❤️"),
    (N, "", "Greystowe Year 11 Jade Ransome has been named young carer of the year by the county council. Fantastic."),
    (N, "", "Polvennick pupils Poppy and Ollie raised £420 for the RNLI with a sponsored swim. Well done both!"),
    (N, "", "Harrowfold Primary newsletter: Lily-Grace in Year 2 read 100 books this year! With her family's permission, here she is with her certificate."),
    (N, "", "Shoutout to Noah at Fulmere who found my purse on the bus and handed it in. Your parents should be proud."),
    (N, "", "Mason and Josh in 8R performed their own song at the Cressley talent show. Absolute stars 🎤"),
    # --- hard negatives: critical or neutral, mentions children without hostility toward one ------
    (C, "", "There's a child in my son's class who hits other children and the school has known for months. I'm not naming anyone but I want to know what the plan is."),
    (C, "", "Bullying in Year 7 at Greystowe is out of control. The school keeps saying 'it's being dealt with' and nothing changes."),
    (N, "", "Admin: I've removed a post that named a child. Whatever has happened, naming kids on here is never ok. Go to the school."),
    (N, "", "Teachers: please remind pupils not to post videos of other pupils fighting. The Greystowe one has been reported and removed."),
    (C, "", "My daughter was excluded for a fight she didn't start. The other child got nothing. I'm appealing because this is unfair."),
    (N, "", "Does anyone know if the Year 6 kids at Polvennick can walk home alone? Mine is desperate to and I don't know the rules."),
    (N, "", "Police appeal: a 14-year-old boy from Cressley has been reported missing. Please share. (Posted by Cressley Police, with family's consent.)"),
    (C, "", "Why does the school let the same group of Year 9 boys smoke behind the sports hall every day? It's not hard to stop."),
]
