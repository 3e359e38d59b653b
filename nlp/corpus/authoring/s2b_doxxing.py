"""Malicious doxxing (second batch): staff members' personal phones, emails, home addresses, streets,
postcodes, cars, family details and daily movements posted to expose them or to push people to contact
or turn up.

Voices vary on purpose: parent Facebook groups, community pages, X replies, TikTok/Instagram comments,
forum posts, pasted WhatsApp messages, teenage slang. Phone numbers are in Ofcom's drama ranges
(07700 900xxx, 01632 960xxx, 0113 496 0xxx, 020 7946 0xxx, 0161 496 0xxx) written in many formats;
emails use invented names; postcodes use non-existent areas; every school, town and person is invented.
Rows: (label, flags, text) or (label, flags, text, group).
"""

M = "malicious"

EXAMPLES = [
    # --- phones -----------------------------------------------------------------------------------
    (M, "doxxing", "her mobile is 07700 900461, ring her and tell her what you think of her 'restorative conversations'. Mrs Kavanagh, Kestrelmoor Primary"),
    (M, "doxxing", "Mr Wojcik's personal no. is +44 7700 900038. He gave it to the football parents years ago and never changed it 😏"),
    (M, "doxxing", "07700900582 ← thats the number for the deputy at Nethercote. use it"),
    (M, "doxxing", "Anyone who wants to ask Miss Pryce why my son got a 'C4' for sneezing, her own phone is 07700.900.219. She'll pick up on a Saturday."),
    (M, "doxxing", "Screenshotted from the old Year 4 WhatsApp before she left it: Mrs Dimitriou 07700 900 734. Spread it about."),
    (M, "doxxing", "If the school won't put you through to Mr Haldane, try his house phone. 0113 496 0418. His wife answers usually."),
    (M, "doxxing", "ok so someone in my form found Mr Nazari's number on his old depop listing 💀 07700 900690 spam him lol"),
    (M, "doxxing", "Not saying anyone should, but the Blackthorn Rise head's landline is 020 7946 0552 and he's home every evening after 6."),
    (M, "doxxing", "#Wetherlow parents, you want answers from Mr Trevithick? 07700 900 127 📞 no more hiding behind the receptionist"),
    (M, "doxxing", "Her personal WhatsApp: +447700900803. Mrs Lindop. Voice notes work best, she can't ignore a voice note."),
    (M, "doxxing", "The TA who grassed on my daughter is Bethan Carnaby, Year 3, Hartside Juniors. Mob 07700 900 355. Let her know."),
    (M, "doxxing", "Right, I'm done being polite. Mr Jankowski — 0161 496 0273. That's his home. Nobody at Corringham Fields will give us a straight answer so phone him direct. All of you. Tonight."),
    (M, "doxxing", "we got mr yilmaz number from the trip consent form lmaooo 07700900147 prank call him at 3am"),
    (M, "doxxing", "PSA: the SENCO at Ladywell Brook has a second phone she uses for 'parent liaison' but it's really her personal one. 07700 900 918. Tell her about the EHCP she lost."),
    (M, "doxxing", "Call Mrs Pottinger on 01632 960 377 (home) and ask her why she thinks it's ok to keep a 6 year old in at every break"),
    (M, "doxxing", "Just posting this here for the group. Mr Oduya, chair of governors at Fernhill Lodge. Private mobile 07700 900 066. He voted for the cuts, he can listen to us."),
    (M, "doxxing", "@ everyone in the whatsapp — Ms Haddow's number is 07700-900-491. flood it with the survey results"),
    (M, "doxxing", "If you want to complain about the music teacher at Drakeshaw, don't bother with the office. Her own mobile is on her piano lessons flyer: 07700 900 260. Ring it."),
    (M, "doxxing", "he blocked me on Teams so here's his personal: 0 7 7 0 0 9 0 0 5 0 8. Mr Strachan. Make him answer"),
    (M, "doxxing", "Found Miss Gwillim's number in my contacts from when she babysat years ago. 07700 900 840. The irony of her calling me a bad parent."),
    (M, "doxxing", "Whoever wants to give the Whinmoor Edge business manager a piece of their mind re: the dinner money debt letters, her mobile's 07700 900 622"),
    (M, "doxxing abuse", "Text that jumped-up little jobsworth Mr Ashby on 07700 900 299. Tell him he's a pathetic excuse for a deputy head."),
    (M, "doxxing", "Mr Varga rents out his flat on a holiday site and the listing has his phone number 020 7946 0188. Spam it with one star reviews of his teaching."),
    (M, "doxxing", "Thread 🧵 1/ The Penhallow head won't meet parents. 2/ So here's her mobile: 07700 900 975. 3/ You know what to do."),

    # --- emails and social accounts ---------------------------------------------------------------
    (M, "doxxing", "his personal gmail is rob.tremlett.cycling@gmail.com - the school filters our emails so send them there instead. Everyone."),
    (M, "doxxing", "Mrs Ebrahim's private email is shazia.ebrahim.kestrel79@hotmail.co.uk. Copy the letter I wrote and send it from your accounts, let's fill her inbox."),
    (M, "doxxing", "Her outlook is not the school one lol: kerryquarrie_x@outlook.com. She'll read that one."),
    (M, "doxxing", "The Marrowby High head has a personal LinkedIn and his email's on it, d.fairbairn@fairbairnconsulting.example. Message him there, he can't block 200 of us."),
    (M, "doxxing", "Mr Cheetham's partner's insta is @lou_and_the_cheethams, full of pics of their house and kids. Go and comment what you think of him."),
    (M, "doxxing", "Found the head of Year 10's private Facebook. Her profile pic's with her kids at the front door, house number visible. Linking it in the comments."),
    (M, "doxxing", "The maths teacher at Tolland Heath sells candles on Etsy under her own name and the shop email is ridings.wicks@gmail.com. Let her know what Year 11 parents think of her."),
    (M, "doxxing", "mr ridings private snap is tomridings88 add him and send him the video of what he said to jayden 😭"),
    (M, "doxxing", "I've got Miss Soanes' personal email from a party invite years ago: hannah.soanes@btinternet.example. If anyone else wants to tell her how she ruined my son's Year 6, there you go."),
    (M, "doxxing", "The PE teacher's Strava is public. Shows exactly where he runs every morning and where it starts and ends. Not hard to work out where he lives 👀 Mr Blackwood, Sandalwood Park."),
    (M, "doxxing", "Mr Okoro's private TikTok is @okoro_dad_life, 2k followers, shows his street in loads of videos. Go and say hello, let his followers know what he's like at work."),
    (M, "doxxing", "Email the head at HOME not at school: c.ferreira.family@mailbox.example. She reads that one on her sofa, let her read what we really think."),
    (M, "doxxing", "Reposting from the other group: Mrs Rautenbach's personal Facebook is under her maiden name, Elise Brandt. Message her there, she's blocked half of us on the school one."),
    (M, "doxxing", "Anyone wanting to reach the Stanbridge End chair of governors, his home email is geoff.lamberton@homefree.example, he's retired so he's got time to read them"),

    # --- addresses, streets, postcodes ------------------------------------------------------------
    (M, "doxxing", "he lives on Larch Close, KE4 7TN, the blue door with the hanging baskets. Mr Corrigan. Just so people know."),
    (M, "doxxing", "I found her on 192.com. Mrs Sutcliffe-Reid, 11 Beaconsfield Mews, Ashby Cross QX2 5LW. Took me two minutes."),
    (M, "doxxing", "For anyone asking where the Kestrelmoor head lives: Ferndale Road, the white house opposite the postbox. Knock and ask him about the exclusions."),
    (M, "doxxing", "Mr Adeyemi lives in the new build estate off Brackwater Lane. Number 24 I think. Grey car on the drive. Worth a visit."),
    (M, "doxxing", "His house is the one at the end of Coopers Row with the caravan on the drive. The head of Year 8 at Nethercote. Everyone in Hollinsend knows."),
    (M, "doxxing", "Land Registry says Mrs Lomax owns 7 Kiln Yard, Pennisford VX9 1RD. Teachers' salaries must be good 🤔 maybe pop round and ask how."),
    (M, "doxxing", "I'm not telling anyone to do anything but the deputy at St Wenna's lives at 52 Gorse Hill, Thistleby, XB3 6PN and she's usually in the garden on a Sunday."),
    (M, "doxxing", "Mr Fairbairn — Old Vicarage, Church Lane, Upper Dunsford. Big gates. You'd think someone with that house could afford to fund the breakfast club."),
    (M, "doxxing", "postcode for the head is JZ7 2QF if anyone wants to write to her at home since the school 'loses' our letters"),
    (M, "doxxing", "Ms Okoye-Grant has moved. She's now at flat 3, 18 Merchant Street, Calverleigh. Thought she could hide from this group. She can't."),
    (M, "doxxing", "Mrs Achterlonie rents the cottage behind the Red Lion in Scarsdon. 2 Tanyard Cottages. Leaves for school at 7.30 on the dot."),
    (M, "doxxing", "Drove past and he's definitely on Quarry Bank Road, number 9, I saw him get out the car. The Oldmeadow head who ignored my complaint. Bang on his door."),
    (M, "doxxing", "The new supply teacher at Cobblers Green lives above the chippy on Station Parade with his girlfriend. Someone let him know he's not welcome round here."),
    (M, "doxxing", "Anyone know Mr Pemberton's address? Asking for a reason 😉\n\nReply: Hawthorn Drive, FQ4 8SD, the corner house. You didn't get it from me."),
    (M, "doxxing", "Google maps pin 📍 of Mrs Featherby's house in the comments. She's the one who excluded my son from the Year 6 residential. 🏠"),
    (M, "doxxing", "Mr Haldane bought the house next to my cousin. 31 Whitebeam Walk, Brackwater ZK1 4HT. Don't worry, he'll be hearing from us."),
    (M, "doxxing", "Found the Drakeshaw SENCO on the electoral roll. Flat 14, Harbour View, Marrowby QB6 2NN. She won't answer emails? Go to the door."),
    (M, "doxxing", "Leaflets going through every door on her road tonight telling her neighbours what she did to my boy. Mrs Kettering, Orchard Way, KX2. We know which house."),
    (M, "doxxing", "Sharing because the school won't act: the Year 2 teacher at Larchmont Infants lives at 6 Swan Court, Wetherlow. Pop a letter through, she needs to hear it."),

    # --- cars, family, routines -------------------------------------------------------------------
    (M, "doxxing", "His car is the black Audi A3, reg YX19 KPN. Parks on Deanery Street every day. If you see it you know whose it is. Mr Quarrie, Hillcrest Vale."),
    (M, "doxxing", "Her kids go to St Aidan's in Calverleigh, she drops them at 8.15 by the side gate. Mrs Kavanagh, same one. Might bump into her there."),
    (M, "doxxing", "Mr Strachan's wife works on the tills at the big Tesco in Pennisford, name badge says Alison. Tell her what her husband's been doing to our kids."),
    (M, "doxxing", "The head's red Mini with the 'baby on board' sticker (VB68 TRM) is at the Marrowby leisure centre every Tuesday at 6 for her spin class. Just saying."),
    (M, "doxxing", "Mr Ebrahim does the Saturday parkrun at Scarsdon Park and parks his silver Passat at the top car park. If anyone wants a word."),
    (M, "doxxing pupil_identified", "Miss Carnaby's son is in Year 1 at Brewery Lane, the kid with the red coat and the dinosaur bag. Funny how it's different when it's your own kid."),
    (M, "doxxing", "she drives a white Fiesta, FQ21 ZLA, and she's always in the Costa drive thru on Marrowby Road at 7.40. Year 5 teacher at Fernhill Lodge. go and ask her why she humiliated my daughter"),
    (M, "doxxing", "Mr Yilmaz's dad owns the barbers on Mill Street. Family business. Maybe pop in and leave a review about what his son's like as a teacher."),
    (M, "doxxing threat", "Posting his reg plate XN70 DWB because he parked across my drive at pick up AND he's the one who put my son in isolation. Mr Varga. Key it for all I care."),
    (M, "doxxing", "Her daughter plays for Ashby Cross Under 12s, they train Thursday nights at the rec. Mrs Sutcliffe-Reid will be on the sideline. Perfect chance to tell her what you think."),

    # --- combos, threads, pasted WhatsApps --------------------------------------------------------
    (M, "doxxing", "[WhatsApp forwarded] 'Mrs Ellory home address 4 Sedge Lane Hollinsend, mob 07700 900 441, she's the one who called social services on Dan and Kirsty. Pass it on.'"),
    (M, "doxxing", "Name: Mr P Oduya\nRole: Chair of Governors, Fernhill Lodge\nHome: 19 Cherrytree Avenue, VX3 7AB\nMob: 07700 900 716\nYou know what to do."),
    (M, "doxxing", "MR TREVITHICK 07700 900 127 AND HE LIVES ON BEECH RISE IN WETHERLOW NUMBER 40. I WANT EVERY PARENT IN KESTRELMOOR TO KNOW"),
    (M, "doxxing", "Long post sorry. I've tried the complaints process, I've tried the trust, I've tried the council. Nobody cares. So here's what I've got on the head of Oldmeadow Academy: personal mobile 0161 496 0932, personal email n.whitlock.oldmeadow.home@outlook.com, and she lives in Kilnsey Moor, the new houses by the church. If she won't listen at school, she can listen at home. Share this."),
    (M, "doxxing", "Reply to @HillcrestValeSch: maybe ask your head of science why his home number (01632 960815) is on the Hillcrest allotments noticeboard lol go on everyone call it"),
    (M, "doxxing", "Asked in the Ashby Cross community group and three people confirmed it. The Tolland Heath deputy lives on Lowfield Crescent. Number 15. Leave a note."),
    (M, "doxxing", "Comment under the school's Facebook post: 'Mrs Dimitriou is 07700 900 734 and 62 Elder Street, since the school won't let us speak to her' 👏👏"),
    (M, "doxxing", "Someone on Mumsnet asked how to contact a teacher outside school, so here you go: the Ladywell Brook Year 6 teacher is Emma Haddow, emmahaddow.ladywell.y6@gmail.com, lives in Pennisford. Took 5 mins."),
    (M, "doxxing", "Can't believe the school thinks it can protect him. Mr Cheetham. 23 Rowan Bank, Scarsdon. 07700 900 019. Reg KE66 MRP. Everything's out now."),
    (M, "doxxing", "tiktok comment: bro i literally know where my form tutor lives 😭 its 3 Alder close marrowby, the one with the trampoline. pull up"),
    (M, "doxxing", "For the 'keep our school safe' page: the new caretaker at Cobblers Green is Darren Stokeley, 07700 900 562, lives with his mum on Ivy Terrace. Keep an eye on him."),
    (M, "doxxing", "OK I've done the digging. Ms Ferreira's married name is Haines, she lives at 8 Pipers Close with her husband and two kids, and her husband's business number is 0113 496 0764. Tell him about his wife."),

    # --- doxxing plus abuse / threat --------------------------------------------------------------
    (M, "doxxing abuse", "That smug cow Mrs Lindop lives at 27 Nursery Lane, QX4 9JW. Go and tell her she's a vile excuse for a teacher."),
    (M, "doxxing threat", "We know you're at 14 Heather Bank, Mr Ashby. We know your car. We know when you leave. Keep pushing our kids around and see what happens."),
    (M, "doxxing threat", "His name is Mr Nazari, he lives on Station Road Thistleby, and if he keeps picking on my lad I'll be round there with my brothers."),
    (M, "doxxing abuse", "Miss Tremlett 07700 900 386 - useless lazy slag who can't teach. Let her know."),
    (M, "doxxing threat", "the head of Nethercote lives at 5 Kingfisher Way XB1 2TY. would be a shame if his windows went through. just saying"),
    (M, "doxxing abuse", "Here's the fat useless waste of space's personal email, jstrachan.whinmoor.pe@outlook.com - Mr Strachan from Whinmoor Edge. Tell the lard arse what you think."),
    (M, "doxxing threat", "Mrs Pottinger, 9 Glebe Road, QB4 1UL. I know where you live now. Sleep tight."),
    (M, "doxxing abuse threat", "Mr Corrigan's house is on Larch Close (blue door). Pathetic little man. Someone egg it."),
]
