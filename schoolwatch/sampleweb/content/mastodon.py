"""Mastodon statuses on the #AshdownVale and #Kestwick tag timelines.

meta: ``user`` (username on the sample instance), ``display`` (display name). Hashtags are
written inline (``#AshdownVale``) and become the status's ``tags``.
"""

from schoolwatch.sampleweb.pieces import Piece, paras

ITEMS = [
    Piece(
        "courier-inspection",
        "",
        paras("""
            Ashdown Vale Primary rated 'good' by inspectors after two-day visit. Reading
            curriculum and behaviour praised; SEN support flagged for improvement.
            #Kestwick #AshdownVale #education
        """),
        "Kestwick Courier", 80, "07:30",
        meta={"user": "kestwickcourier", "display": "Kestwick Courier"},
    ),
    Piece(
        "digger-called-dave",
        "",
        paras("""
            Building work has started at #AshdownVale and my Year 1 has informed me that the
            digger is called Dave and that Mrs Lambert "said it was ok". Dave is now a family
            member. #Kestwick
        """),
        "Mel ✨", 65, "16:12",
        meta={"user": "melsews", "display": "Mel ✨"},
    ),
    Piece(
        "sports-day-rowe",
        "",
        paras("""
            Sports day at #AshdownVale 🏅 Mr Rowe doing the commentary like it's the Olympic
            final, absolute scenes. Our Alfie came 4th in the sack race and you'd think he'd won
            gold. #Kestwick
        """),
        "Kestwick Dad", 71, "15:03",
        meta={"user": "kestwickdad", "display": "Kestwick Dad"},
    ),
    Piece(
        "homework-this-week",
        "",
        paras("""
            #AshdownVale homework for a SEVEN year old this week: spellings, a maths sheet,
            reading log, times tables app and "design a Tudor house". I design software for a
            living and I'm struggling. Mr Feld and the governors, please, I'm begging you.
            #Kestwick
        """),
        "Kestwick Dad", 51, "21:33",
        label="critical",
        meta={"user": "kestwickdad", "display": "Kestwick Dad"},
    ),
    Piece(
        "sen-four-emails",
        "",
        paras("""
            Four emails to Priya Lambert about my son's needs assessment. Four. One reply, which
            said they were "monitoring". He's spent most of this term in the corridor. Ashdown
            Vale got 'good' from inspectors and I'm happy for them, truly, but it doesn't feel
            good from where we're standing. #AshdownVale #SEND #Kestwick
        """),
        "Sam (she/her)", 46, "22:48",
        label="critical",
        meta={"user": "sen_mum_kw", "display": "Sam (she/her)"},
    ),
    Piece(
        "pargeter-inhaler",
        "",
        paras("""
            Massive thank you to Mrs Pargeter in the #AshdownVale office who drove my daughter's
            spare inhaler over to the swimming baths when I was stuck on the bypass. Above and
            beyond. School office staff are the real MVPs. #Kestwick
        """),
        "Jo", 38, "12:40",
        meta={"user": "jo_in_kestwick", "display": "Jo"},
    ),
    Piece(
        "one-way-system-sarcasm",
        "",
        paras("""
            Loving the new #AshdownVale one-way system. Really enjoy sitting in the bus lane on
            Coppice Lane for 15 minutes every morning. Truly the consultation we all took part in
            (didn't) has paid off. 10/10 Mr Rowe. #Kestwick
        """),
        "Mel ✨", 54, "08:59",
        label="critical",
        meta={"user": "melsews", "display": "Mel ✨"},
    ),
    Piece(
        "care-home-song",
        "",
        paras("""
            Miss Whitcombe's Year 2 class from Ashdown Vale came to sing to our residents at
            Larkfield House today. Not a dry eye. Mabel (97) has requested "the one about the
            hedgehog" again next week. #Kestwick #AshdownVale
        """),
        "Larkfield House Care Home", 33, "14:25",
        meta={"user": "larkfieldhouse", "display": "Larkfield House Care Home"},
    ),
    Piece(
        "rowe-weasel",
        "",
        paras("""
            Daniel Rowe is a smug little weasel who loves the sound of his own voice. Worst
            deputy head in the county. Everyone at #AshdownVale laughs at him behind his back and
            he's too thick to notice. Pathetic man. Get out of our school. #Kestwick
        """),
        "kw_angry", 36, "23:41",
        label="malicious", flags=("abuse",),
        meta={"user": "kw_angry", "display": "kw_angry"},
    ),
    Piece(
        "tranter-bully",
        "",
        paras("""
            Poppy-Rose Tranter in Year 6 at #AshdownVale is a nasty spiteful little bully and her
            mum's no better. Blonde plaits, walks to school with the Tranter twins from Heron Way.
            Keep your kids away from her. Everyone should know what she is. #Kestwick
        """),
        "furiousmum_kw", 28, "20:02",
        label="malicious", flags=("pupil_identified", "abuse"),
        meta={"user": "furiousmum_kw", "display": "furiousmum"},
    ),
    Piece(
        "lambert-send-them-back",
        "",
        paras("""
            Priya Lambert and her lot are ruining #Kestwick. Look at #AshdownVale now, that's what
            happens when you let them take over English schools. Send the lot of them back.
        """),
        "Kestwick Born & Bred", 21, "19:19",
        label="malicious", flags=("hate",),
        meta={"user": "kwbornbred", "display": "Kestwick Born & Bred"},
    ),
    Piece(
        "lambert-statement-deflection",
        "",
        paras("""
            Read Mrs Lambert's statement about "online abuse" in the Courier. Threats are vile and
            I hope the police deal with them. But criticism of #AshdownVale over SEN support is
            not abuse, and lumping the two together is a convenient way to avoid answering the
            parents at the governors' meeting. #Kestwick
        """),
        "Sam (she/her)", 19, "09:15",
        label="critical",
        meta={"user": "sen_mum_kw", "display": "Sam (she/her)"},
    ),
    Piece(
        "courier-abuse-story",
        "",
        paras("""
            Kestwick headteacher speaks out over 'vile' online abuse of staff. Priya Lambert says
            anonymous posts have crossed the line from criticism into abuse. #Kestwick
            #AshdownVale
        """),
        "Kestwick Courier", 20, "18:30",
        meta={"user": "kestwickcourier", "display": "Kestwick Courier"},
    ),
    Piece(
        "hollis-police-allegation",
        "",
        paras("""
            Ask #AshdownVale why Tom Hollis left his last school. Police investigation for what he
            did with pupils, and Lambert hired him anyway. Sex pest in a Year 5 classroom and the
            school covered it up. SHARE. #Kestwick
        """),
        "Kestwick Truth", 16, "22:07",
        label="malicious", flags=("allegation",),
        meta={"user": "kwtruth", "display": "Kestwick Truth"},
    ),
    Piece(
        "okafor-address",
        "",
        paras("""
            Grace Okafor, the "safeguarding lead" at #AshdownVale, lives at 27 Rookery Walk,
            Kestwick KX4 2HB. Number's 07700 900457. Personal email g.okafor.home@mailbox.example.
            Go on, ask her yourselves what she's hiding. #Kestwick
        """),
        "anon", 14, "03:31",
        label="malicious", flags=("doxxing",),
        meta={"user": "nothing2hide_kw", "display": "anon"},
    ),
    Piece(
        "hollis-car-park-toot",
        "",
        paras("""
            Tom Hollis better watch himself in the car park at #AshdownVale. We know the car, we
            know when he leaves. Last warning. #Kestwick
        """),
        "no_more_mr_nice", 12, "19:44",
        label="malicious", flags=("threat",),
        meta={"user": "no_more_mr_nice", "display": "no_more_mr_nice"},
    ),
    Piece(
        "fake-official-records",
        "",
        paras("""
            📢 OFFICIAL NOTICE from Ashdown Vale Primary School: our records system has failed.
            ALL parents must reply to this account with their child's full name, date of birth,
            home address and class by Friday to keep their place. Mrs Lambert, Headteacher.
            #AshdownVale #Kestwick
        """),
        "Ashdown Vale Primary School ✅ Official", 10, "06:45",
        label="malicious", flags=("impersonation",),
        meta={"user": "AshdownValePrimary", "display": "Ashdown Vale Primary School ✅ Official"},
    ),
    Piece(
        "rovers-win",
        "",
        paras("""
            GET IN!!! Ashdown Vale Rovers 2–1 Harfield Town, Mellish with a header in the 94th
            minute. Coppice Park absolutely bouncing 🔴⚪ #Kestwick #UpTheVale
        """),
        "Rovers Till I Die", 27, "17:02",
        relevant=False,
        meta={"user": "vale_rovers_rtid", "display": "Rovers Till I Die"},
    ),
    Piece(
        "garden-centre-grotto",
        "",
        paras("""
            The grotto at Ashdown Vale Garden Centre is brilliant this year, proper snow machine
            and everything. Book ahead though, Saturday was rammed. #Kestwick #Christmas
        """),
        "Mel ✨", 8, "18:20",
        relevant=False,
        meta={"user": "melsews", "display": "Mel ✨"},
    ),
    Piece(
        "mince-pies-carols",
        "",
        paras("""
            200 mince pies baked for tonight's carols with the Ashdown Vale Primary children and
            the Kestwick Community Choir 🎄 Come and find us on the Market Square from 5.30!
            #Kestwick #AshdownVale
        """),
        "Okeford's Bakery", 0, "10:05",
        meta={"user": "okefordsbakery", "display": "Okeford's Bakery"},
    ),
    Piece(
        "sats-practice-every-afternoon",
        "",
        paras("""
            Year 6 at #AshdownVale now doing SATs practice papers EVERY afternoon. No art, no PE
            since half term, no class novel. My daughter used to love school. I understand the
            pressure on Mrs Lambert and the staff but this isn't education, it's test prep.
            #Kestwick
        """),
        "Rob H", 3, "20:31",
        label="critical",
        meta={"user": "robh_kestwick", "display": "Rob H"},
    ),
    Piece(
        "frost-tonight",
        "",
        paras("""
            Hard frost expected tonight across #Kestwick, down to -4 in the valley. Grit bins on
            Market Street have been refilled. Look out for elderly neighbours ❄️
        """),
        "Kestwick Weather", 4, "16:00",
        mentions=False,
        meta={"user": "kestwickweather", "display": "Kestwick Weather"},
    ),
    Piece(
        "green-bins-moved",
        "",
        paras("""
            Reminder: green bin collections in #Kestwick move to fortnightly from next week until
            March. Check your day on the council website.
        """),
        "Kestwick Bins & Buses", 23, "07:10",
        mentions=False,
        meta={"user": "kwbinsbuses", "display": "Kestwick Bins & Buses"},
    ),
]
