"""Session 3b malicious hate: hostility about race, religion, disability, sexuality, gender identity
or nationality aimed at staff, pupils' families or the school, including coded and dog-whistle forms
("importing teachers", "taken over", "go back to"), asterisked slurs and jokey or teen framings.

Every school, town and person here is invented. Rows: (label, flags, text) or (label, flags, text, group).
"""

M = "malicious"
H = "hate"
HA = "hate abuse"
HT = "hate threat abuse"

EXAMPLES = [
    # --- race / nationality, coded ----------------------------------------------------------------
    (M, HA, "They're importing teachers now at Thornbury Primary. Can't even find one who speaks proper English. Our kids are the minority in their own town."),
    (M, HA, "The school's been taken over. Look at the staff photo. Tell me that's a British school. Go on."),
    (M, HA, "Mr Adebayo-Clarke should go back to wherever he came from and take his jungle discipline with him."),
    (M, H, "Funny how every new hire at Lowfield is 'diverse'. Real English teachers need not apply apparently."),
    (M, HA, "That new maths teacher can barely speak English. Ching chong times tables 😂 send her back on the next boat"),
    (M, HA, "Miss Nowak and the rest of her lot came here to take our jobs and now they're teaching our kids. Polish cleaners should stay cleaners."),
    (M, HA, "Gypsy kids ruining Brookside. Lock your cars on parents evening, the travellers are in 😒"),
    (M, H, "Replacement isn't a theory when you look at the Reception class photo at St Bede's. Count the white faces."),
    (M, HA, "the new PE teacher's a proper p*ki, stinks the changing rooms out with curry. no wonder the lads wont change"),
    (M, HA, "Why does a school in Cumbria need a black headteacher? Genuine question. Was there no one from round here?"),
    (M, HA, "Mrs Achterberg with her 'Dutch directness'. No love, you're just a rude foreigner. Clear off home."),
    (M, HA, "Stop letting these Romanians in our school. Half of them can't read and the other half are nicking from the lost property."),
    (M, HA, "Mr Mensah is a token hire. Let's be honest. Ticking a box. Wouldn't have got the job if he was white."),
    (M, HA, "n***** teacher gave my boy a detention. Not having that from one of them."),
    (M, HA, "go back to africa mr osei-bonsu nobody wants u here 🐒"),
    (M, HA, "Chinese teacher at Oakwell should be sent home, she probably brought covid in with her 🦇"),
    (M, HA, "Whole staffroom at Dunmore Academy is Eastern European now. Might as well rename it Dunmorovia. Scroungers with lanyards."),
    (M, H, "The school's 'international evening' is just an excuse to celebrate everyone except the English. We're foreigners in our own playground."),
    (M, HA, "Tell Miss Rahman to take her headscarf and her attitude back to Pakistan. This is England."),
    (M, HA, "Another Nigerian supply teacher. Bet his qualifications are as fake as his accent. 419 teaching scam lol"),
    (M, HA, "Proper Scouse scally family, the Dohertys. Irish scum, the lot of 'em, shouldn't be let near the PTA money."),
    (M, HA, "That Welsh sheep-shagger they've got teaching music can go back over the bridge 🐑"),
    (M, HA, "The English teacher's a jock. Says it all. Tight, miserable, and can't pronounce anything. Go back to Glasgow ya haggis muncher."),
    (M, HA, "Mr Kowalski is an illegal, guaranteed. Ask to see his papers. Report him to the Home Office everyone."),
    # --- religion -------------------------------------------------------------------------------
    (M, HA, "Muslim head teacher = halal dinners, no Christmas, Eid off. Watch, it's coming to Fenwick Park. It's creeping in."),
    (M, HA, "That Jewish governor always seems to be the one handling the money. Surprise surprise. 💰"),
    (M, HA, "Why is the RE teacher at Maplewood wearing a turban? Take that rag off your head in a British school."),
    (M, H, "Our school's prayer room is the first step. Give it 10 years and it'll be sharia at Kingsbridge Academy."),
    (M, HA, "Mrs Siddiqui's a terrorist sympathiser, you can tell by her face. Keep her away from our kids."),
    (M, HA, "The Catholic lot at St Mungo's are all paedos anyway, what do you expect from that school. Papist filth."),
    (M, HA, "Bible bashing freak teaching science. Mr Abernethy-Cole thinks dinosaurs are 6000 years old. Christian nutter should be sacked."),
    (M, HA, "Can the school stop hiring Hindus? Cow worshippers shouldn't be teaching biology lol"),
    (M, HA, "My son will not be taught by a Muslim. I don't care how many degrees she has, they hate us and they're all the same."),
    (M, HT, "If they put a mosque in the school grounds we'll burn it. Simple as that. This is a Christian country."),
    (M, HA, "jews run the trust. look at the names on the board. it's not hard to work out 🤫"),
    (M, HA, "Sikh teacher can take his dagger and go back to Punjab, not safe having that round kids"),
    # --- disability ---------------------------------------------------------------------------------
    (M, HA, "The SEN unit at Bramley Hill is just a zoo for r*tards. Why should our kids' budget go on them?"),
    (M, HA, "That autistic TA flaps her hands around like a seal. Shouldn't be allowed to work with normal kids."),
    (M, HA, "Mr Pattinson in his wheelchair blocking the corridor again. Cripples shouldn't be teachers, sorry not sorry."),
    (M, HA, "The deaf teacher at Sunnyside is a joke. Can't hear a word the kids say. Dumb AND deaf 🤷"),
    (M, HA, "spaz class at our school lol. watching them at sports day is the funniest thing ever 🤪"),
    (M, HA, "Why is a dyslexic allowed to teach English? Mrs Birtwistle can't spell her own name. Backwards brained."),
    (M, HA, "Mongs should be in special schools, not dragging down my daughter's class. Whole set's ruined by one downs kid."),
    (M, HA, "The new head of Year 7 has Tourette's apparently. Bet he swears at the kids and calls it his condition. Freak."),
    (M, HA, "Miss Armitage walks with a limp and a stick, looks like a broken shopping trolley. Get the disabled ones off the playground duty rota."),
    (M, HA, "that teacher with the scarred face is honestly too ugly to be round kids, frightening them. put her in the back office"),
    # --- sexuality ----------------------------------------------------------------------------------
    (M, "hate abuse allegation", "Mr Fairclough's a raging poof and he's pushing his gay agenda on year 6. Shouldn't be allowed near boys."),
    (M, HA, "Two lesbians running the nursery at Cherrytree. Great. Can't wait for my son to come home confused."),
    (M, "hate abuse allegation", "the new drama teacher is so gay 🏳️‍🌈🤮 bet he fancies the year 11 lads"),
    (M, HA, "Our head's a dyke. That explains the hair, the shoes, and the Pride assembly. Disgusting."),
    (M, HA, "Lgbt assemblies run by a bender. Proper grooming. Pull your kids out of Elmfield NOW."),
    (M, HA, "f*g teacher at our school made us watch a pride video. somebody needs to sort him out"),
    (M, HA, "Mr Nwosu and his 'husband' 🙄 at the summer fair holding hands in front of the kids. Sick."),
    (M, HA, "that queer science teacher shouldn't be in the changing rooms. everyone knows what they're like"),
    # --- gender identity ------------------------------------------------------------------------
    (M, HA, "Mr (sorry, 'Ms') Holroyd. A bloke in a dress teaching our daughters. It's a man, everyone. Call it a man."),
    (M, HA, "The trans TA at Riverdale is a mentally ill freak in a wig. Keep IT away from the girls' toilets."),
    (M, HA, "'Miss' Calloway has an Adam's apple the size of a walnut 😂 tr*nny alert at Wheatcroft Primary"),
    (M, "hate abuse allegation", "The school let a pupil change their name and pronouns. Parents, that's a cult. The teacher who did it is a groomer and we all know it."),
    (M, HA, "A tranny teaching PSHE. You couldn't make it up. Deadname: Gareth. Spread it."),
    (M, HA, "They/them my arse. Miss Pearce-Whitby is a confused woman with a buzzcut who needs help not a classroom."),
    # --- pupils' families -----------------------------------------------------------------------
    (M, HA, "Them Somalians in year 4 are turning the whole class feral. Get them out of our kids' school."),
    (M, HA, "The foreign mums at the gate jabbering away in their own language. Learn English or go home, simple."),
    (M, HA, "Those two dads at sports day with their adopted kid. Poor child. Ought to be taken off them."),
    (M, HA, "Half the new families at Calder Vale are on benefits and dont speak English. Dirty immigrants ruining the school."),
    (M, HA, "The Pakistani family in year 2 always smell. Other kids shouldn't have to sit next to that."),
    (M, HA, "Asylum seekers from the hotel have been put into Hawthorn Juniors. Locking my kid's bag. They'll rob anything."),
    (M, HA, "The Khans at the gate in their burkas like a row of bin bags. Nobody can see who's picking up who. Ban them."),
    (M, HA, "that roma family's kids have nits and fleas, school should make them wash before they come in"),
    # --- teen / text-speak / jokey ------------------------------------------------------------
    (M, HA, "lmaooo miss begum smells like curry again 🤢🍛 go home"),
    (M, HA, "sir is such a p*di, bet he ran out of the country to come teach us 🏃🏾‍♂️"),
    (M, HA, "the new TA is black so she'll be quick at sports day 😂😂 nah fr tho she dont belong here"),
    (M, HA, "our form tutor is a massive lezza lmao everyone knows, she looks at the girls funny"),
    (M, HA, "mr yilmaz is actual terrorist vibes 💣 dont stand near his bag"),
    (M, HA, "jokes on them we dont even need the 'world food day' when half the class smells like it already 😭"),
    # --- dialect / non-native / caps -----------------------------------------------------------------
    (M, HA, "Och they've gone and hired another Englishman as heidie. Bloody Tory toff. Away back doon south ya sassenach."),
    (M, HA, "Dey's let one o' dem Muslims teach our Tyler's class. I ain't avin it. She can go back ome."),
    (M, HA, "THIS SCHOOL IS BEING TAKEN OVER BY FOREIGNERS. BRITISH KIDS LAST. WAKE UP PEOPLE!!!"),
    (M, HA, "In my country we do not let homosexual teacher near children. This school is disgusting, shame on this gay teacher."),
    (M, HA, "Eh up, there's a coloured lass teachin reception now. Wouldn't have 'appened in my day. Not right."),
    # --- long, coded / dog-whistle ----------------------------------------------------------------
    (M, HA, "I've lived in Edgeley Moor fifty years. When my kids went to Edgeley Primary, it was a proper school, proper English teachers, proper English families. Now you walk past at 3 o'clock and you'd think you were in Karachi. The new head is one of them, the deputy's one of them, and they're bringing in more every year. Don't tell me that's an accident. They're not even hiding it anymore."),
    (M, H, "Notice how the 'diversity lead' at Barnfield got the job over three local candidates? Notice the name? Don't expect me to spell it out. Some of us can see what's happening."),
    (M, HA, "Another 'new arrivals' class at Castleton. Great, more of our money spent on people who hate us. The head's clearly on their side. Traitor."),
    (M, HA, "The school's got more flags for Pride and Ramadan than the Union Jack. Says everything about who runs it and who they hate. (Spoiler: us.)"),
    (M, HT, "Mr Bashir better watch himself. Lot of lads round here don't like his sort teaching our kids. He'll find out."),
    (M, HT, "The Afghan family at Newmarket Road school are going to get a visit. We don't want them here. Pass it on."),
    (M, HA, "Reply to the head's 'welcome to our Ukrainian families' post: how about welcome back to the English ones you forgot about? Send them home."),
    (M, HA, "Miss Mbeki's hair is a disgrace. Looks like a bird's nest. That's not 'professional' in a British school, whatever she says about 'culture'."),
    (M, HA, "Remember when teachers were British? Pepperhill Primary doesn't."),
    (M, HA, "One white kid left in Year 3 at Fernside. Poor lad. Lamb among wolves."),
]
