"""Reddit self posts, served through the Listing JSON search API and as HTML post pages.

meta: ``sub`` (subreddit without r/), ``id`` (base-36 post id), ``score``, ``comments``.
Every post names the school (or a homonym) in its title or text, so a search finds it.
"""

from schoolwatch.sampleweb.pieces import Piece, paras

ITEMS = [
    Piece(
        "ashdown-vale-or-st-aldhelms-for-reception",
        "Ashdown Vale Primary or St Aldhelm's for reception? Kestwick parents help",
        paras("""
            We're moving to Kestwick in the spring and need to put in our reception application.
            Shortlist is Ashdown Vale Primary and St Aldhelm's C of E. Both look fine on paper.

            Anyone got kids at either? Ashdown Vale just got a good inspection report and the
            head (Mrs Lambert?) seemed lovely on the open day but you never know what it's really
            like from a 20 minute tour. How bad is the school run traffic?
        """),
        "moving_to_kw", 78, "20:14",
        meta={"sub": "Kestwick", "id": "1f0k3aa", "score": 14, "comments": 22},
    ),
    Piece(
        "inspection-report-is-out",
        "Ashdown Vale inspection report is out – 'good' across the board",
        paras("""
            For anyone who was waiting, the report for Ashdown Vale Primary is up. Good in every
            category. Reading curriculum singled out, and they specifically mention Grace Okafor's
            safeguarding work. SEN flagged as the thing to improve, which, yeah, fair.

            Well done to the staff, it's been a rough few years for schools.
        """),
        "kw_gardener", 79, "12:02",
        meta={"sub": "Kestwick", "id": "1f1b7qz", "score": 41, "comments": 9},
    ),
    Piece(
        "shoutout-to-mr-rowe",
        "Shoutout to Mr Rowe at Ashdown Vale",
        paras("""
            Not a complaint post for once lol. My lad has had a horrible year (family stuff) and
            Daniel Rowe, the deputy at Ashdown Vale, has checked in on him every single morning
            at the gate. Never made a fuss, just "alright mate, how's the dog".

            Also he absolutely killed it at sports day, ran the dads race in a suit. Legend.
        """),
        "pie_and_peas_kw", 70, "19:48",
        meta={"sub": "Kestwick", "id": "1f6s2mn", "score": 88, "comments": 11},
    ),
    Piece(
        "applied-for-ta-job-ashdown-vale",
        "Interview for a TA job at Ashdown Vale Primary next week – any tips?",
        paras("""
            Career changer here (12 years in retail). Just got an interview for the Level 2 TA
            post at Ashdown Vale Primary in Kestwick. There's a short task with a small phonics
            group and then a panel with the head.

            What do they actually want to hear? I'm terrified of being asked about safeguarding
            scenarios and blanking.
        """),
        "retail_to_ta", 72, "08:31",
        meta={"sub": "TeachersLoungeUK", "id": "1f5c90d", "score": 23, "comments": 31},
    ),
    Piece(
        "penguin-bar-ban",
        "Apparently a Penguin bar is now a safeguarding issue (Ashdown Vale, Kestwick)",
        paras("""
            Got a sticker on my kid's lunchbox today saying "Please remember Ashdown Vale is a
            healthy school 😊". The offending item? A Penguin. One (1) Penguin.

            Meanwhile the hot dinners are beige on beige on beige and they ran out of the veggie
            option twice last week. But sure, my biscuit is the problem. Love that for us.
        """),
        "beige_dinners", 63, "15:27",
        label="critical",
        meta={"sub": "SchoolGateUK", "id": "1f8hh2r", "score": 302, "comments": 140},
    ),
    Piece(
        "head-ignored-bullying-complaint",
        "Head took six weeks to respond to our bullying complaint – what are my options?",
        paras("""
            My daughter (Year 4) has been bullied since September at Ashdown Vale Primary in
            Kestwick. Name-calling, her things being thrown in the bin, being pushed over on the
            field. We put a formal complaint in writing to the head, Priya Lambert, in October.

            Six weeks later we got a two-line email saying "the matter has been dealt with in line
            with our behaviour policy". Nobody will tell us what that means and it's still
            happening. Mrs Lambert cancelled our meeting twice.

            I'm not trying to get anyone sacked. I just want it to stop. Do I go to the governors
            next? The council? Ofsted? What actually works?
        """),
        "worried_kw_mum", 57, "21:56",
        label="critical",
        meta={"sub": "SchoolGateUK", "id": "1f9x4tt", "score": 67, "comments": 58},
    ),
    Piece(
        "avps-homework-is-ridiculous",
        "AVPS homework is getting ridiculous",
        paras("""
            Is it just me or has the homework at Ashdown Vale gone absolutely mental this year??
            Year 2. SEVEN years old. Spellings, maths sheet, reading log, times tables app AND a
            "create a model of a Tudor house" project. With what, Karen? With what time?

            I know Mrs Lambert says it's "optional" but then they get a sad face on the chart if
            they don't do it so it's not really optional is it. Rant over.
        """),
        "knackered_of_kestwick", 49, "20:40",
        label="critical",
        meta={"sub": "Kestwick", "id": "1fb2w0e", "score": 45, "comments": 37},
    ),
    Piece(
        "ashdown-vale-dinners",
        "Ashdown Vale school dinners – is my kid the only one coming home starving?",
        paras("""
            Genuine question. Year 4 at Ashdown Vale. Three days this week he's come out saying
            there was "only bread left" because his class goes in last. I've emailed the office
            and Mrs Pargeter said she'd pass it on to the catering company.

            Paying £2.70 a day for bread is taking the mick. Has anyone had any luck getting this
            sorted or do I just give up and do packed lunches?
        """),
        "ham_sandwich_dad", 42, "18:05",
        label="critical",
        meta={"sub": "Kestwick", "id": "1fd7ke1", "score": 19, "comments": 26},
    ),
    Piece(
        "lambert-sen-meeting-pathetic",
        "Mrs Lambert's answers at the SEN meeting were pathetic",
        paras("""
            Went to the governors' meeting at Ashdown Vale on Tuesday. Priya Lambert spent twenty
            minutes reading out the inspection report and about two minutes on why kids are
            waiting six months for support plans. "Extra TA hours have been funded." Great. Where
            are they?

            I don't think she's a bad person but she is out of her depth on SEN and the governors
            need to stop treating every question like an attack.
        """),
        "dyspraxic_and_dad", 34, "22:30",
        label="critical",
        meta={"sub": "Kestwick", "id": "1fh0n3c", "score": 56, "comments": 44},
    ),
    Piece(
        "brennan-kid-year-4",
        "That Brennan kid in Year 4 at Ashdown Vale needs expelling",
        paras("""
            Everyone knows who I mean. Kayden Brennan, Year 4, Ashdown Vale. Little thug has been
            making kids' lives hell since reception and the school does NOTHING because his mum
            kicks off every time.

            He's the one with the shaved head and the green coat, walks home down Coppice Lane on
            his own. Somebody needs to sort him out because Lambert won't.
        """),
        "had_enough_kw", 29, "23:12",
        label="malicious", flags=("pupil_identified", "abuse"),
        meta={"sub": "Kestwick", "id": "1fk6d2p", "score": -14, "comments": 19},
    ),
    Piece(
        "whitcombe-shouldnt-teach",
        "Why is Ashdown Vale letting a lesbian teach our 6 year olds?",
        paras("""
            Found out Hannah Whitcombe at Ashdown Vale Primary lives with her "partner" who is a
            woman. People like that are perverted and have no business being anywhere near
            children. Ashdown Vale is pushing its agenda on our kids and nobody is allowed to say
            anything.

            Parents should pull their kids out of her class. Disgusting.
        """),
        "concerned_kw_parent22", 19, "21:37",
        label="malicious", flags=("hate", "abuse"),
        meta={"sub": "SchoolGateUK", "id": "1fm1r8s", "score": -88, "comments": 73},
    ),
    Piece(
        "saw-this-being-shared-hollis",
        "Saw this being shared about an Ashdown Vale teacher – is it true?",
        paras("""
            Saw this on a Kestwick page this morning, copying it here before it gets deleted:

            Parents of Ashdown Vale Primary deserve the truth, so here it is. Tom Hollis, the
            Year 5 teacher everyone thinks is so "fun", was quietly investigated by police at
            his last school for inappropriate behaviour with pupils. The school KNOWS and has
            covered it up.

            Why do you think he keeps kids behind at break "to help with maths"? Why does he
            give out his own phone number to children? Ask yourself.

            Lambert and the governors would rather protect a predator than protect your kids.
        """),
        "kw_whispers", 15, "10:48",
        label="malicious", flags=("allegation", "abuse"),
        meta={"sub": "Kestwick", "id": "1fn9q5v", "score": 3, "comments": 61},
    ),
    Piece(
        "found-where-hollis-lives",
        "Found where that Ashdown Vale teacher lives lol",
        paras("""
            For anyone who wants a word with Tom Hollis outside school hours: 3 Mallory Gardens,
            Kestwick KX2 9LT. Blue door, red Golf outside. His personal number is 07700 900482.

            Not saying do anything, just saying 🤷
        """),
        "kw_whispers", 14, "01:03",
        label="malicious", flags=("doxxing",),
        meta={"sub": "Kestwick", "id": "1fo3c8x", "score": -31, "comments": 12},
    ),
    Piece(
        "hollis-car-park",
        "Message for Tom Hollis at Ashdown Vale",
        paras("""
            Hollis better watch himself in the car park. We know which one is his car and we know
            what time he leaves. Keep my kid in at break one more time and see what happens.
            Ashdown Vale can't protect you at 6pm.
        """),
        "no_more_mr_nice", 12, "19:20",
        label="malicious", flags=("threat",),
        meta={"sub": "Kestwick", "id": "1fp7e4b", "score": -52, "comments": 8},
    ),
    Piece(
        "priya-lambert-here-new-contact-system",
        "Priya Lambert here – Ashdown Vale Primary parent contact update",
        paras("""
            Hi all, Priya Lambert here, headteacher of Ashdown Vale Primary School in Kestwick.
            We're moving to a new parent contact system and the old one has lost some records.

            To keep your child's place please DM this account with your child's full name, date
            of birth, home address and class. Anyone who has not replied by Friday will need to
            re-apply. Thank you for your patience! Mrs Lambert
        """),
        "PriyaLambert_AVPS", 9, "07:44",
        label="malicious", flags=("impersonation",),
        meta={"sub": "Kestwick", "id": "1fq2a1j", "score": 2, "comments": 17},
    ),
    Piece(
        "after-school-club-price-rise",
        "Ashdown Vale after-school club going up to £14 a session?!",
        paras("""
            Letter came home today: the Ashdown Vale Primary after-school club is going from £9.50
            to £14 a session from January. That's nearly £300 a month for two kids, three days a
            week. With a month's notice.

            I get that costs have gone up but a 47% rise with no consultation is outrageous. Is
            anyone else writing to the governors? Martin Feld's email is on the school website.
        """),
        "two_kids_no_money", 25, "18:40",
        label="critical",
        meta={"sub": "Kestwick", "id": "1fj2z7u", "score": 58, "comments": 49},
    ),
    Piece(
        "lost-property-black-hole",
        "Where does Ashdown Vale lost property actually go",
        paras("""
            Third named jumper this term. THIRD. Name sewn in, not even an iron-on label. I've
            been through the lost property box at Ashdown Vale twice and it's like a portal to
            another dimension. Found someone else's wellies and a single trumpet though.

            Anyone cracked this or do I just buy jumpers in bulk from now on 😩
        """),
        "knackered_of_kestwick", 76, "21:21",
        meta={"sub": "Kestwick", "id": "1f2m8ek", "score": 64, "comments": 52},
    ),
    Piece(
        "okafor-online-safety-talk",
        "Online safety evening at Ashdown Vale Primary was actually really useful",
        paras("""
            Went along to the online safety talk for parents at Ashdown Vale last night, mostly
            out of guilt. Grace Okafor (safeguarding lead) ran it and it was genuinely good. No
            scaremongering, just practical stuff: what Roblox chat settings to change, how to set
            up a family account, what to do if your kid sees something horrible.

            Slides are going on the school website apparently. Worth a look even if your kids go
            elsewhere in Kestwick.
        """),
        "kw_gardener", 61, "09:40",
        meta={"sub": "Kestwick", "id": "1f7q3wd", "score": 37, "comments": 6},
    ),
    Piece(
        "reception-settling-in-ashdown-vale",
        "Reception settling in at Ashdown Vale – how long did yours take?",
        paras("""
            Our youngest started reception at Ashdown Vale in September and still cries at the
            gate most mornings. The teachers are lovely about it and she's apparently fine ten
            minutes later, but it breaks my heart every time.

            How long did it take yours? Any tips for the drop-off? Kestwick parents assemble.
        """),
        "first_time_mum_kw", 68, "07:58",
        meta={"sub": "SchoolGateUK", "id": "1f6x0ra", "score": 29, "comments": 33},
    ),
    Piece(
        "trip-letters-last-minute",
        "Ashdown Vale trip letters: day before, every time",
        paras("""
            Got the letter for the Year 3 museum trip last night. Money and consent due... this
            morning. This is the fourth time this year. I've emailed the office, I've mentioned it
            at parents' evening, I've spoken to Mrs Pargeter who was lovely but said the letters
            come from the teachers.

            Not everyone can find £18 overnight. Ashdown Vale, please, a week's notice is not much
            to ask.
        """),
        "ham_sandwich_dad", 39, "08:12",
        label="critical",
        meta={"sub": "Kestwick", "id": "1fd2v9h", "score": 41, "comments": 21},
    ),
    Piece(
        "governors-meeting-waste-of-time",
        "Is there any point going to the Ashdown Vale governors' open meeting?",
        paras("""
            Honest question. Last time I went, Martin Feld read out the budget for forty minutes,
            questions were "taken away" and nothing ever came back. Minutes were published two
            months later and didn't mention half of what parents raised.

            Thinking of going to the January one about homework. Will it make any difference or
            is it a box-ticking exercise?
        """),
        "dyspraxic_and_dad", 11, "20:03",
        label="critical",
        meta={"sub": "Kestwick", "id": "1fq0x5m", "score": 22, "comments": 27},
    ),
    Piece(
        "pargeter-jobsworth",
        "Ashdown Vale office woman needs sacking",
        paras("""
            Sue Pargeter at Ashdown Vale is a nasty jumped-up jobsworth with a face like a slapped
            arse. Treats every parent like dirt. Someone should tell the fat old witch nobody can
            stand her and everyone in Kestwick laughs at her. Retire already you miserable cow.
        """),
        "had_enough_kw", 7, "22:51",
        label="malicious", flags=("abuse",),
        meta={"sub": "Kestwick", "id": "1fr5t0c", "score": -40, "comments": 14},
    ),
    Piece(
        "garden-centre-cafe-recommendation",
        "Ashdown Vale Garden Centre café – worth it?",
        paras("""
            Thinking of taking my mum to the café at Ashdown Vale Garden Centre on the bypass for
            her birthday. Is the food any good or is it a bit sad-sandwich? She loves a scone.
        """),
        "coppice_lane_resident", 2, "13:30",
        relevant=False,
        meta={"sub": "Kestwick", "id": "1fs3k1n", "score": 9, "comments": 12},
    ),
    Piece(
        "ashdown-vale-road-closed-again",
        "Ashdown Vale Road closed AGAIN?!",
        paras("""
            Third time this year. Signs up saying Ashdown Vale Road shut from Monday for gas works,
            diversion via Tanners Way which is already gridlocked at 5. Does anyone on the council
            actually live in Kestwick?
        """),
        "coppice_lane_resident", 43, "17:15",
        relevant=False,
        meta={"sub": "Kestwick", "id": "1fe4p6k", "score": 77, "comments": 40},
    ),
    Piece(
        "rovers-under-10s-coach",
        "Ashdown Vale Rovers looking for an Under-10s coach",
        paras("""
            Ashdown Vale Rovers are after a volunteer coach for the Under-10s on Saturday
            mornings at Coppice Park. FA Level 1 paid for by the club, DBS needed. Great bunch of
            kids, very patient parents (mostly). DM me if interested.
        """),
        "rovers_secretary", 31, "11:11",
        relevant=False,
        meta={"sub": "Kestwick", "id": "1fi8m3d", "score": 12, "comments": 3},
    ),
    Piece(
        "nativity-was-adorable",
        "Ashdown Vale nativity at St Aldhelm's was adorable",
        paras("""
            Just back from the Ashdown Vale nativity. The innkeeper forgot his line, made one up
            ("we've got a Travelodge?") and brought the house down. Miss Whitcombe was crying
            laughing at the side of the stage. Best £0 I've spent all year. 🐑⭐
        """),
        "pie_and_peas_kw", 1, "19:58",
        meta={"sub": "Kestwick", "id": "1fs0b2y", "score": 131, "comments": 15},
    ),
]
