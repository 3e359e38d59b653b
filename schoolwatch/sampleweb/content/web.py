"""Pages on the wider web: blogs, review sites, job boards, community pages and fakes.

Served at ``/web/<slug>.html``. meta: ``site`` (the site's name), ``template`` (blog | review |
official | community | jobs | shop | sport | planning), ``alert`` (a Google Alert links to it),
``indexed`` (web search finds it), ``rating`` (review pages, out of 5).
"""

from schoolwatch.sampleweb.pieces import Piece, paras

ITEMS = [
    Piece(
        "kestwick-jobs-teaching-assistant-ashdown-vale",
        "Teaching Assistant (Level 2) – Ashdown Vale Primary School, Kestwick",
        paras("""
            Ashdown Vale Primary School is looking for a kind, patient and flexible Teaching
            Assistant to join our Key Stage 1 team from January. 32.5 hours a week, term time
            only, Grade 4.

            You will support small groups with phonics and early maths and work one-to-one with
            a pupil with additional needs. Experience is welcome but not essential: full
            training is given.

            Informal visits are warmly encouraged. Please contact Mrs Sue Pargeter in the school
            office to arrange one. Closing date: noon on the last Friday of the month. Interviews
            will be held the following week with the headteacher, Mrs Priya Lambert.

            Ashdown Vale Primary is committed to safeguarding and promoting the welfare of
            children. The successful applicant will need an enhanced DBS check.
        """),
        "Kestwick County Council HR", 74, "10:00",
        meta={"site": "Kestwick County Jobs", "template": "jobs", "alert": True, "indexed": True},
    ),
    Piece(
        "muddy-wellies-thank-you-miss-whitcombe",
        "A thank you to Miss Whitcombe (and yes I cried at the gate)",
        paras("""
            Our Lottie finished Year 2 last week and I have been meaning to write this ever since.
            When she started at Ashdown Vale she would not say a word to anyone outside our
            house. Not one word.

            Miss Whitcombe never pushed. She gave Lottie the job of feeding the class stick
            insects, and somehow that turned into talking to the stick insects, then to her
            table, then – in the nativity – a line. ONE LINE. In front of the whole of Kestwick.
            I sobbed into my scarf.

            Teachers get a lot of stick online (I've seen the forums, yikes) so I wanted to put
            something nice out there. Hannah Whitcombe, you're a gem. 💛
        """),
        "Jen @ Muddy Wellies & Mayhem", 30, "21:10",
        meta={"site": "Muddy Wellies & Mayhem", "template": "blog", "alert": True, "indexed": True},
    ),
    Piece(
        "avps-pta-christmas-fair-stallholders",
        "Ashdown Vale PTA Christmas Fair – stallholders wanted!",
        paras("""
            The Ashdown Vale Primary PTA Christmas Fair is back! Saturday 6th, 11am–2pm in the
            school hall (enter via the Coppice Lane gate, NOT the main office please).

            We're looking for crafters, bakers and local businesses to take a table. Tables are
            £15 or £10 for AVPS families. Tombola donations can be left with Mrs Pargeter in the
            office any morning.

            Father Christmas has very kindly agreed to visit, on the condition that nobody asks
            him about Mr Rowe's reindeer jumper. All money raised goes to the new library corner.
        """),
        "Ashdown Vale PTA", 18, "19:30",
        meta={"site": "Kestwick Community Noticeboard", "template": "community", "alert": False, "indexed": True},
    ),
    Piece(
        "schoolsays-ashdown-vale-review-sports-day",
        "Ashdown Vale Primary School, Kestwick – ★★★★★ “Best decision we made”",
        paras("""
            Moved our two here from out of county last year and honestly best decision we made.
            Mr Rowe absolutely killed it at sports day, he did the commentary AND the dads race
            AND the tidy up, the man is a machine 😂

            Mr Hollis is a f***ing brilliant teacher, sorry for the language but there is no
            other way to put it. My son actually talks about maths at tea now?? Who is this child.

            Only minus is the car park at drop off which is carnage but that's not really the
            school's fault. 5 stars.
        """),
        "Parent of Year 3 and Year 5 pupils", 68, "20:05",
        meta={"site": "SchoolSays", "template": "review", "alert": True, "indexed": True, "rating": 5},
    ),
    Piece(
        "schoolsays-ashdown-vale-review-two-stars",
        "Ashdown Vale Primary School, Kestwick – ★★☆☆☆ “Lovely teachers, shame about the rest”",
        paras("""
            The class teachers are lovely and I have no complaints about them at all. Two stars
            is for everything else.

            School lunches are grim. My daughter has come home hungry three days out of five
            because the hot option has "run out" by the time Year 4 go in. When I raised it I was
            told to put more in her snack box. That is not an answer.

            Communication from the office is chaotic: trip letters arrive the day before the
            money is due, and the newsletter regularly contradicts the website. Ashdown Vale
            needs to get the basics right before it starts posting about its inspection grade.
        """),
        "Parent of a Year 4 pupil", 40, "22:40",
        label="critical",
        meta={"site": "SchoolSays", "template": "review", "alert": True, "indexed": True, "rating": 2},
    ),
    Piece(
        "small-steps-big-fights-ehcp-year",
        "Our year of fighting for an EHCP at Ashdown Vale",
        paras("""
            I've put off writing this because I didn't want it to come across as a rant. It is
            probably going to be a rant.

            Our son has autism and a speech and language disorder. He's in Year 1 at Ashdown Vale
            Primary in Kestwick. We first asked the school to apply for an Education, Health and
            Care needs assessment in October. It was March before the SENCo even filled in the
            form, and only after I'd emailed the head, Priya Lambert, four times.

            To be fair, Ms Okafor and his class teacher have been kind, and I know budgets are a
            disaster everywhere. But "we're monitoring him" is not support. Every month we wait
            is a month he spends under a table in the corridor.

            If you're a parent going through the same thing: keep a log of every email, put every
            request in writing, and don't let them tell you it's "too early".
        """),
        "Small Steps, Big Fights", 47, "23:15",
        label="critical",
        meta={"site": "Small Steps, Big Fights", "template": "blog", "alert": True, "indexed": True},
    ),
    Piece(
        "kestwick-grumbles-wellbeing-week",
        "Ashdown Vale's 'Wellbeing Week': a review",
        paras("""
            Great news, everyone: Ashdown Vale Primary has discovered wellbeing. For one week
            only, our children were invited to "notice their breathing" in between the three
            pieces of homework, the times-tables app and the reading log that must be signed by
            an adult EVERY NIGHT or your child loses their golden time.

            Highlights included a letter home about the importance of family time, sent on the
            same day as a letter home about the Year 4 "optional" research project due Monday.
            You couldn't make it up.

            I'm sure Mrs Lambert means well. But wellbeing is not a week of colouring sheets. It's
            giving kids and families room to breathe the other 38 weeks of the year.
        """),
        "Kestwick Grumbles", 24, "07:50",
        label="critical",
        meta={"site": "Kestwick Grumbles", "template": "blog", "alert": False, "indexed": True},
    ),
    Piece(
        "noticeboard-drop-off-one-way-system",
        "The new one-way system at Ashdown Vale is a disaster",
        paras("""
            Has anyone at Ashdown Vale Primary actually tried the new one-way drop-off system
            at 8.40 in the morning? It sends every car down Coppice Lane and straight into the
            bus lane. I have watched three near misses this week alone.

            The letter from Mr Rowe said it was introduced "after consultation". Who was
            consulted? Not the parents, not the residents, and clearly not anyone who drives.

            I'd like to see the school and the council meet residents and sort this before a
            child gets hurt.
        """),
        "Alan Treadgold", 55, "08:55",
        label="critical",
        meta={"site": "Kestwick Community Noticeboard", "template": "community", "alert": False, "indexed": True},
    ),
    Piece(
        "official-ashdown-vale-primary-parents-page",
        "Official Ashdown Vale Primary School Parents Page",
        paras("""
            WELCOME to the OFFICIAL Ashdown Vale Primary School parents page. This page is run by
            the school office on behalf of Mrs Lambert and the governors.

            IMPORTANT: due to a problem with our records system ALL parents must re-register their
            child before the end of the week or lose their place. Send your child's details here:
            full name, date of birth, home address, class, and any medical conditions, plus a
            photo of your child in school uniform.

            Please also include the name of the person who collects your child and their mobile
            number. Email ashdownvale.office.records@mailbox.example or message this page.
            Do NOT contact the school office directly as they are very busy.

            Thank you, Ashdown Vale Primary School (AVPS)
        """),
        "Ashdown Vale Primary School (Official)", 11, "06:30",
        label="malicious", flags=("impersonation",),
        meta={"site": "Ashdown Vale Primary School – Official Parents", "template": "official",
              "alert": True, "indexed": True},
    ),
    Piece(
        "message-from-mrs-lambert-trip-payment",
        "A message from Mrs Lambert, Headteacher",
        paras("""
            Dear Parents and Carers,

            I am writing to let you know that the Year 5 and Year 6 residential trip payment
            system has changed. From today, payments will no longer be taken through the school
            app. Please transfer the £85 balance directly to the account below, using your
            child's name as the reference.

            Account name: AV Primary Trips. Sort code: 00-99-47. Account number: 71230099.

            Payments must be made by Friday or your child's place will be given to the waiting
            list. I am sorry for the short notice.

            Kind regards, Mrs Priya Lambert, Headteacher, Ashdown Vale Primary School
        """),
        "Priya Lambert", 6, "07:05",
        label="malicious", flags=("impersonation",),
        meta={"site": "Ashdown Vale Primary – Headteacher's Blog", "template": "official",
              "alert": True, "indexed": False},
    ),
    Piece(
        "kestwick-truth-what-ashdown-vale-wont-tell-you",
        "What Ashdown Vale won't tell you about Tom Hollis",
        paras("""
            Parents of Ashdown Vale Primary deserve the truth, so here it is. Tom Hollis, the
            Year 5 teacher everyone thinks is so "fun", was quietly investigated by police at
            his last school for inappropriate behaviour with pupils. The school KNOWS and has
            covered it up.

            Why do you think he keeps kids behind at break "to help with maths"? Why does he
            give out his own phone number to children? Ask yourself.

            Lambert and the governors would rather protect a predator than protect your kids.
            Share this before they get it taken down. Every parent in Kestwick needs to see it.
        """),
        "KestwickTruth", 17, "23:50",
        label="malicious", flags=("allegation", "abuse"),
        meta={"site": "Kestwick Truth", "template": "blog", "alert": True, "indexed": True},
    ),
    Piece(
        "kestwick-uncovered-repost-hollis",
        "SHARED: What Ashdown Vale won't tell you about Tom Hollis",
        paras("""
            Parents of Ashdown Vale Primary deserve the truth, so here it is. Tom Hollis, the
            Year 5 teacher everyone thinks is so "fun", was quietly investigated by police at
            his last school for inappropriate behaviour with pupils. The school KNOWS and has
            covered it up.

            Why do you think he keeps kids behind at break "to help with maths"? Why does he
            give out his own phone number to children? Ask yourself.

            Lambert and the governors would rather protect a predator than protect your kids.
            Share this before they get it taken down!! Every parent in Kestwick needs to see it.
        """),
        "admin", 16, "09:12",
        label="malicious", flags=("allegation", "abuse"),
        meta={"site": "Kestwick Uncovered", "template": "community", "alert": False, "indexed": True},
    ),
    Piece(
        "pastehut-lambert-address",
        "ashdown vale head - details",
        paras("""
            since the school wont listen maybe she will listen at home. Priya Lambert, head of
            Ashdown Vale Primary, lives at 14 Fernleigh Close, Kestwick KX4 7DN. silver Kia
            in the drive. mobile 07700 900123, personal email priyalambert79@inbox.example

            husband leaves about 7. shes on her own after that. pay her a visit and let her know
            what kestwick thinks of her
        """),
        None, 13, "02:17",
        label="malicious", flags=("doxxing", "threat"),
        meta={"site": "PasteHut", "template": "paste", "alert": True, "indexed": True},
    ),
    Piece(
        "kestwick-patriot-okafor",
        "Who is really in charge of safeguarding at Ashdown Vale?",
        paras("""
            I've been asking questions about the so-called safeguarding lead at Ashdown Vale
            Primary, Grace Okafor. Nobody voted for people like her to be in charge of OUR kids.

            She doesn't share our values and never will. Her sort should go back where they came
            from and leave English schools to English people. Kestwick used to be a decent town.

            Write to the governors and tell Martin Feld we don't want her.
        """),
        "Kestwick Patriot", 22, "20:20",
        label="malicious", flags=("hate", "abuse"),
        meta={"site": "Kestwick Patriot", "template": "blog", "alert": True, "indexed": True},
    ),
    Piece(
        "truthteller-kestwick-lambert-joke",
        "Ashdown Vale's headteacher is a JOKE",
        paras("""
            Priya Lambert is the most useless, two-faced, lying excuse for a headteacher I have
            ever had the misfortune to deal with. Everyone at Ashdown Vale knows it. She's thick
            as mince and twice as slimy.

            So here's the plan. Every parent email her every single day. Ring the office every
            morning. Turn up at every event and make sure she knows nobody wants her. We will make
            her life a misery until she goes. Stupid cow.
        """),
        "TruthTellerKestwick", 33, "22:05",
        label="malicious", flags=("abuse",),
        meta={"site": "Kestwick Truth", "template": "blog", "alert": False, "indexed": True},
    ),
    Piece(
        "choir-joins-avps-carols",
        "Kestwick Community Choir to sing carols with Ashdown Vale pupils",
        paras("""
            We're delighted to announce that the Kestwick Community Choir will join pupils from
            Ashdown Vale Primary School for an evening of carols on the Market Square, starting at
            5.30pm on the last Thursday before Christmas.

            Thank you to Miss Whitcombe and Mr Hollis for rehearsing with the children every
            Wednesday lunchtime. Mince pies from Okeford's Bakery. Bring a torch and a warm hat!
        """),
        "Kestwick Community Choir", 5, "17:45",
        meta={"site": "Kestwick Community Noticeboard", "template": "community", "alert": False, "indexed": True},
    ),
    Piece(
        "notes-from-the-chair-autumn",
        "Notes from the chair: autumn term at Ashdown Vale",
        paras("""
            Every term I try to write a short note for parents about what the governing board at
            Ashdown Vale Primary has been doing. This term: the building, the budget and the
            inspection.

            The new classrooms are on schedule. The budget is tight but balanced, thanks largely to
            Mrs Pargeter's careful work on our contracts. And the inspection report, which many of
            you will have read, was a fair picture of a good school with more to do, particularly
            for children with special educational needs.

            Our next open meeting is in January. Come and tell us what you think. Martin Feld,
            Chair of Governors.
        """),
        "Martin Feld", 60, "18:00",
        meta={"site": "Ashdown Vale Governors", "template": "blog", "alert": False, "indexed": True},
    ),
    Piece(
        "we-moved-our-son-out-of-year-5",
        "Why we moved our son out of Ashdown Vale after Year 5",
        paras("""
            This isn't a hit piece. Mr Hollis is clearly popular and plenty of kids love his
            class. Ours didn't. He's a quiet, anxious boy, and a classroom where the loudest
            children get the laughs and the attention was the wrong place for him.

            When we raised it, the school's answer was essentially "he needs to toughen up".
            We didn't agree, and after a term of stomach aches every Sunday night we moved him to
            a school in Harfield. He's happier.

            I'd still recommend Ashdown Vale for confident kids. If yours is more like ours, ask
            hard questions about how they support quiet children before you choose.
        """),
        "Harfield Dad Blog", 8, "12:25",
        label="critical",
        meta={"site": "Harfield Dad Blog", "template": "blog", "alert": True, "indexed": True},
    ),
    Piece(
        "garden-centre-winter-sale",
        "Winter Sale – up to 40% off | Ashdown Vale Garden Centre",
        paras("""
            Our Winter Sale is ON at Ashdown Vale Garden Centre! Up to 40% off garden furniture,
            barbecues and spring bulbs while stocks last.

            Visit Santa's Grotto (booking essential, £8.50 per child including a gift), then warm
            up in the Potting Shed Café. Free parking. Open 9–5 Monday to Saturday, 10–4 Sunday.
        """),
        "Ashdown Vale Garden Centre", 10, "09:00",
        relevant=False,
        meta={"site": "Ashdown Vale Garden Centre", "template": "shop", "alert": True, "indexed": True},
    ),
    Piece(
        "portmere-harriers-lambert-half-marathon",
        "Priya Lambert takes Harbourside Half Marathon in a personal best",
        paras("""
            Congratulations to Portmere Harriers' Priya Lambert, who won the women's race at the
            Harbourside Half Marathon on Sunday in 1:19:42, a personal best by more than a minute.

            Priya, who only took up running four years ago, led from the second mile and pulled
            clear on the climb past the lighthouse. "The wind on the sea wall was brutal," she
            said. "I just kept my head down and thought about cake."

            She now turns her attention to the Portmere 10K in the new year.
        """),
        "Portmere Harriers", 37, "15:30",
        relevant=False,
        meta={"site": "Portmere Harriers AC", "template": "sport", "alert": True, "indexed": False},
    ),
    Piece(
        "rovers-fixtures-and-results",
        "Fixtures & Results – Ashdown Vale Rovers FC",
        paras("""
            Ashdown Vale Rovers FC, Kestwick & District League Division One.

            Results: Ashdown Vale Rovers 2–1 Harfield Town. Brindle Athletic 0–0 Ashdown Vale
            Rovers. Ashdown Vale Rovers 3–2 Millbrook Wanderers.

            Next fixture: Saturday, Ashdown Vale Rovers v Kestwick Albion, Coppice Park, kick-off
            3pm. Under-12s training moves to Tuesday evenings for the winter.
        """),
        "Ashdown Vale Rovers FC", 26, "21:00",
        relevant=False,
        meta={"site": "Ashdown Vale Rovers FC", "template": "sport", "alert": False, "indexed": True},
    ),
    Piece(
        "planning-42-ashdown-vale-road",
        "Planning application KX/24/0913: 42 Ashdown Vale Road, Kestwick",
        paras("""
            Proposal: Two-storey rear extension and loft conversion with rear dormer.
            Site address: 42 Ashdown Vale Road, Kestwick.

            Status: Awaiting decision. Consultation expiry date: 21 days from publication.
            Comments may be made online or in writing to the Planning Department, Kestwick Town
            Hall.
        """),
        "Kestwick Planning Portal", 50, "11:40",
        relevant=False,
        meta={"site": "Kestwick Planning Portal", "template": "planning", "alert": True, "indexed": True},
    ),
]
