"""Malicious: pupils identified in hostile posts (second batch). A child is named (full name, first
name with class/year/surname initial, nickname plus school, or a photo/video caption) in a post that
shames, insults, accuses or threatens them — by parents, other pupils or strangers. Often also
``abuse``; sometimes ``threat`` or ``hate``.

Every school, town, pupil and adult is invented. Rows: (label, flags, text) or (label, flags, text, group).
"""

M = "malicious"

EXAMPLES = [
    # --- parents naming and shaming ---------------------------------------------------------------
    (M, "pupil_identified abuse", "that little thug Kai Brennan in 5B has punched my son AGAIN. Kestrelmoor do nothing. His mum's a waste of space too."),
    (M, "pupil_identified", "this is the kid who bit my son — Jacob H, Year 2, Larchmont Infants. do something school because I will"),
    (M, "pupil_identified abuse", "Ellie-Mae from Year 9 is a sl*g and everyone at Nethercote knows it"),
    (M, "pupil_identified", "Parents of Hartside Juniors, please be aware: the boy who's been stealing from coat pegs is Oliver Szymanski in 4C. The school won't tell you so I will."),
    (M, "pupil_identified abuse", "Zainab in Year 6 at Corringham Fields is a spiteful little bully and her mother's worse. Keep your girls away."),
    (M, "pupil_identified", "Picture attached of the lad who smashed my car wing mirror on the way home from Drakeshaw. Year 10, goes by Tyson. Share till someone names his parents."),
    (M, "pupil_identified abuse", "Name and shame: Reggie Whitlam, Year 8, Tolland Heath. Nasty little vandal who thinks it's funny to spit at younger kids. Parents are clearly useless."),
    (M, "pupil_identified", "The girl who keeps sending my daughter horrible messages is Aaliyah P in 7K at Sandalwood Park. Her mum's on this group. Sort your daughter out."),
    (M, "pupil_identified abuse", "Honestly Brewery Lane should be ashamed. That feral boy Kacper from Year 3 ripped my son's coat and the teacher laughed. Little animal."),
    (M, "pupil_identified", "Whoever is Lexi-Rose's mum in Year 1 at Ladywell Brook — your daughter is a bully and a liar, she's told the whole class my son wets himself."),
    (M, "pupil_identified abuse", "These are the three girls who made my daughter's life hell at Blackthorn Rise: Maya Grant, Sienna Oakes and Jessica Latham. All Year 9. Vile, vile girls. Screenshot this."),
    (M, "pupil_identified", "Just so the Stanbridge End parents know, the 'quiet' boy in Mrs Carnaby's class, Rohan, is the one who's been pushing kids off the trim trail. Watch your kids around him."),
    (M, "pupil_identified abuse", "Tommy Rix in Year 5 is a disgusting little creature. Whinmoor Edge, you should have kicked him out years ago."),
    (M, "pupil_identified", "Anyone know the parents of a boy called Dominic at Cobblers Green? Year 4, ginger, glasses. He's the one who told my son to kill himself. I want them found."),
    (M, "pupil_identified abuse", "Poppy-Jo Harding is a fat little liar and the whole of Year 7 at Marrowby know it. Stop making stuff up about my son, you attention seeking brat."),
    (M, "pupil_identified", "Kids in Fernhill Lodge Year 6 — it's Harrison K who's been stealing the tuck shop money. Not my son. Don't believe him."),
    (M, "pupil_identified abuse", "That gobby Year 11 girl Chantelle with the fake tan who hangs round the Spar after school — she's the one who jumped my niece. Trash."),
    (M, "pupil_identified", "The Year 3 boy at Oldmeadow who hurt my daughter is Elijah M. He's done it before. I'm naming him because the school won't protect other kids."),
    (M, "pupil_identified abuse", "My son's Year 2 class has a boy called Frankie who's 'autistic' (convenient excuse) and he's wrecked every lesson. Spoilt brat with no discipline. Hillcrest Vale need to move him."),
    (M, "pupil_identified", "Keep your kids away from the Donnelly boys at St Wenna's. Both of them steal and their dad's the same."),
    (M, "pupil_identified abuse", "Megan Farrow (Year 10, Pennisford Academy) is a two-faced little cow who's turned my daughter's friends against her. Karma's coming, sweetheart."),
    (M, "pupil_identified", "Screenshot of the messages Isaac in 6T at Kilnsey Moor has been sending to my daughter. This is the boy. Parents, you need to see what he's like."),
    (M, "pupil_identified abuse", "Warning to parents in Ashby Cross — Deacon Pryor, Year 8, Scarsdon High, is a little thief who broke into sheds on our road. Scumbag kid from a scumbag family."),
    (M, "pupil_identified", "Just found out it was Amelia-Grace in Year 4 at Brewery Lane who cut my daughter's hair on the coach. Her parents need to pay for the hairdresser and the school needs to punish her properly."),
    (M, "pupil_identified abuse", "The headteacher's own son, Archie, Year 5, is the worst behaved kid in the school and gets away with it because of who his mum is. Horrible spoilt child."),
    (M, "pupil_identified", "If your kid's a Year 7 at Marrowby High, tell them not to trust a girl called Nevaeh with box braids. She records people and posts it."),
    (M, "pupil_identified abuse", "I don't care that he's 8. Leon Abara in 3S at Cobblers Green is a nasty little git and the teachers are scared of him."),
    (M, "pupil_identified", "This is him. This is the Year 9 who filmed my son being beaten up and put it on TikTok. Finley Marsh, Drakeshaw. Let him see what it's like."),

    # --- pupils on pupils, teenage voices ---------------------------------------------------------
    (M, "pupil_identified abuse", "rate ur local year 10s: jordan p from tolland heath 0/10 stinks like a wet dog 🐕 and cries in PE 😭"),
    (M, "pupil_identified abuse", "who else thinks aisha from 9R is a snake 🐍🐍 u talk behind everyone's back and ur ugly anyway"),
    (M, "pupil_identified abuse", "everyone say happy birthday to kyle in year 8 the biggest loser at nethercote 🎂🤡 nobody came to ur party"),
    (M, "pupil_identified", "leaked: the yr 11 'most likely to' list 💀 most likely to die alone: Ethan Ward. most likely to end up in prison: Marcus B"),
    (M, "pupil_identified abuse", "tag someone uglier than ruby hartley in 10F... oh wait u cant 💀💀"),
    (M, "pupil_identified abuse", "bro ollie tomlinson from sandalwood actually smells so bad the whole bus moves seats lmaooo"),
    (M, "pupil_identified abuse", "Anonymous confessions page: Lauren in Year 12 at Nethercote sixth form slept with three lads at the party, she's a proper sket. Submit your confessions 👇"),
    (M, "pupil_identified abuse", "video of freddie from year 7 crying in the canteen when we took his bag 😂😂 drakeshaw's biggest baby"),
    (M, "pupil_identified", "expose post: jade from year 9 at blackthorn told everyone dani's secret. screenshot of the texts below. spread it"),
    (M, "pupil_identified abuse", "Ranking every girl in Year 10 at Marrowby from hottest to ugliest. Number 1: Keira S. Last: Precious A 😬"),
    (M, "pupil_identified abuse", "ur a fat emo freak isla morgan and everyone at school laughs at u when u walk past"),
    (M, "pupil_identified", "yo whoever knows mo from 10B at tolland tell him hes getting exposed tmrw. we got the pics"),
    (M, "pupil_identified abuse", "that weirdo 'noah with the headphones' in 8L at kilnsey moor literally talks to himself. freak. stay away from him"),
    (M, "pupil_identified abuse", "caption under the group photo: 'and that's Harvey, the year 6 nit king 🦠 don't stand next to him'"),
    (M, "pupil_identified abuse", "sophie-leigh from yr11 is a grass 🐀 got half the year put in detention. everyone knows"),

    # --- threats ----------------------------------------------------------------------------------
    (M, "pupil_identified threat", "If that little rat Connor Baines in Year 6 touches my daughter again I'll be waiting at the Corringham Fields gate for him. Try me."),
    (M, "pupil_identified threat", "Tell Riley from 9H he's getting his head kicked in after school Friday. Everyone's coming. Fernhill bus stop."),
    (M, "pupil_identified threat abuse", "Jayden Cole you little scrote, I know which house is yours on the Calverleigh estate. Come near my son again and see what happens."),
    (M, "pupil_identified threat", "Whoever knows Lily Parkes at Pennisford Academy, tell her she's dead on Monday. She knows why."),
    (M, "pupil_identified threat", "if amir from year 10 snitches again hes getting jumped no joke"),
    (M, "pupil_identified threat abuse", "That thieving little toerag Brandon in Year 8 at Scarsdon better hope I don't catch him. I'll drag him to the police by his ear."),
    (M, "pupil_identified threat", "Year 11 at Marrowby: Kacey Webb gets done at the park after school. Pass it on."),
    (M, "pupil_identified threat", "Somebody give me the address for Toby Grainger's family. Year 5, Stanbridge End. He's hurt my son for the last time."),

    # --- hate ---------------------------------------------------------------------------------------
    (M, "pupil_identified hate abuse", "That gypsy kid Tyrone at Whinmoor Edge is the reason stuff goes missing. Pikeys shouldn't be allowed in normal schools."),
    (M, "pupil_identified hate", "The new Year 4 girl at Hartside with the headscarf, Fatima, doesn't even speak English. Why should our kids' learning suffer for her?"),
    (M, "pupil_identified hate abuse", "Abdi in Year 9 at Oldmeadow is a dirty little immigrant who should go back where he came from. Kids like him ruin our schools."),
    (M, "pupil_identified hate abuse", "Pennisford Year 10 has a trans kid called Alex who wants to use the girls' toilets. It's a freak. Parents, complain to the school NOW."),

    # --- photo / video captions, community pages --------------------------------------------------
    (M, "pupil_identified", "[photo] This is the boy who threw stones at my dog outside Kestrelmoor at home time. Blue Kestrelmoor jumper, Year 5 or 6, his mates call him Tay. Do you know him? Share."),
    (M, "pupil_identified abuse", "CCTV still from my doorbell. Ladywell Brook uniform, that's Charlie Moss from Year 6. Little thief nicked the parcel off my step. Parents must be so proud."),
    (M, "pupil_identified", "📸 The girls in this photo (Year 8, Sandalwood Park) have been harassing my daughter on the bus for weeks. Left to right: Tia, Harmony and Olivia-Rose. Do you recognise them?"),
    (M, "pupil_identified", "Reposting the video from the Hillcrest Vale gates. The boy in the red coat is Kieran D, Year 4. He kicked a dinner lady. Everyone needs to see this."),
    (M, "pupil_identified abuse", "Marrowby Community Page: to the little lads smashing up the bus shelter on Ferry Road — we know it's Josh Kirby and Lewis Tran from Marrowby High. Proper little scumbags."),
    (M, "pupil_identified", "Screenshot of the group chat where the Year 7 boys at Blackthorn Rise were mocking my son. The ringleader's name's highlighted: Theo Blackwood. Do your job, school."),
    (M, "pupil_identified abuse", "Look at this kid's face in the school play photo 😂 that's Dylan from 3P at St Wenna's, the one who bullied my son. Not so tough in a sheep costume are ya"),

    # --- forum / long-form ------------------------------------------------------------------------
    (M, "pupil_identified", "Mumsnet: my DD is in Year 5 at a primary in Pennisford (Mill Street). A girl in her class, Phoebe W, has been excluding her for months and encouraging others to do the same. I've decided to name her here and on the local group because the school simply doesn't care. Am I wrong?"),
    (M, "pupil_identified abuse", "I'm done being nice. Three times I've been into Cobblers Green about Jaxon Reid in Year 3. Three times nothing's happened. He hits, he bites, he swears at the teachers. He's a horrible child from a horrible family and I don't care who reads this. Every parent in his class has had enough."),
    (M, "pupil_identified", "Long post. My son started at Drakeshaw in September and since October a boy called Ashton (Year 7, 7N, lives on the Parklands) has taken his dinner money every single day. I've emailed, I've rung, I've gone in. So now I'm putting his name out there. Parents of Ashton, you know what your son is doing."),
    (M, "pupil_identified abuse", "Every class has one and ours is Mason Doyle. Year 4, Kilnsey Moor. Rude, violent, thick as two short planks. His mum swears at the teachers on the playground. I genuinely pity the teachers."),
    (M, "pupil_identified", "Reddit r/UKParenting: throwaway. The kid bullying my daughter is Skye Holloway, Year 9, Scarsdon High. The school has been told 6 times. Putting her name here so it's searchable when she's applying for jobs."),

    # --- short / mixed ----------------------------------------------------------------------------
    (M, "pupil_identified abuse", "Ava Chen 7F is a nasty piece of work."),
    (M, "pupil_identified abuse", "sam patel yr9 nethercote = biggest loser alive"),
    (M, "pupil_identified", "It was Mia T in Year 2 who pushed my son off the stage. Everyone should know."),
    (M, "pupil_identified abuse", "Harley from 4B ain't special needs, he's just a brat"),
    (M, "pupil_identified", "Naming him: Reece Quinn, Year 10, Tolland Heath. Vape dealer."),
    (M, "pupil_identified abuse", "Lol Grace Obi in Year 8 is so ugly even the school photographer gave up 📸🤮"),
    (M, "pupil_identified abuse", "Keep your little devil Bailey away from my kids, Oldmeadow Year 1 mums know exactly who I mean"),
    (M, "pupil_identified", "Don't let your kids go to Ruby M's party on Saturday (Y6 Hartside). Her brother's a known dealer and her mum lets them do anything."),
    (M, "pupil_identified abuse", "Clara from Year 5 is a proper little madam and a liar, just like her mother. Larchmont knows."),
    (M, "pupil_identified abuse", "Kamil W in Year 11 is a nobody who'll end up in a cell. Marrowby's finest 🙄"),
    (M, "pupil_identified", "The boy in my son's class who starts everything: Louis in 2F at Whinmoor. He should be in a special school."),
    (M, "pupil_identified abuse", "Evie Bright (Y9, Blackthorn Rise) stop lying about my son you pathetic little attention seeker"),
    (M, "pupil_identified", "Zac Harper in Year 7 at Fernhill has been selling his ADHD meds to other kids. Parents should know."),
    (M, "pupil_identified abuse", "year 10 kestrelmoor old pupils remember stinky stanley 🤢 still stinks lmao tag him"),
    (M, "pupil_identified abuse", "Noor from Year 8 is a lying, sneaky little rat. Ask any girl in 8M at Sandalwood."),
    (M, "pupil_identified", "Parents of kids in 6E at Stanbridge End — Leah Cartwright is the one who spread the photos. Talk to your kids."),
    (M, "pupil_identified abuse", "Tyler-James Nolan is a waste of oxygen, Year 9 Scarsdon, look at him 👇"),
]
