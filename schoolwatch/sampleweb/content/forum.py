"""The Kestwick Parents Forum: threads of posts, five posts to a page.

``THREADS`` maps a thread's slug to its title and posts. A post's ``slug`` is its number within
the thread (``post-<n>`` in its permalink); ``meta["quote"]`` names an earlier post it quotes.
Posts with ``mentions=False`` are chit-chat that names neither school nor staff.
"""

from schoolwatch.sampleweb.pieces import Piece, paras


def thread(title: str, *posts: Piece) -> dict:
    return {"title": title, "posts": list(posts)}


def post(n: int, author: str, days_ago: int, at: str, text: str, **kw) -> Piece:
    return Piece(str(n), "", paras(text), author, days_ago, at, **kw)


THREADS = {
    "ashdown-vale-homework-is-it-just-me": thread(
        "Ashdown Vale homework - is it just me??",
        post(1, "KestwickMum3", 53, "20:02", """
            Ok so is it just me or is the homework at Ashdown Vale Primary completely out of
            control this year? My Y2 had FIVE separate things this week. I work till 6, she's
            shattered by 7. We just can't do it all and then she gets a sad face on the chart.
        """, label="critical"),
        post(2, "daveyboy_77", 53, "20:31", """
            Not just you. Year 4 here. Apparently a "family project" means I spend Sunday making
            a volcano out of papier mache while the kid watches YouTube. Ashdown Vale
            educational excellence 👌
        """, label="critical"),
        post(3, "JoJo_K", 53, "21:05", """
            Slightly off topic but does anyone know if the big Lidl on Tanners Way still sells
            those mini whiteboards? Need one for spellings lol
        """, mentions=False),
        post(4, "TeacherLurker", 52, "07:40", """
            For what it's worth, Miss Whitcombe at Ashdown Vale told us at parents' evening that the project is
            optional and nobody loses golden time over it. Might be worth asking her directly
            rather than going by the chart.
        """),
        post(5, "KestwickMum3", 52, "12:15", """
            Optional in theory! Mr Feld said at the governors' meeting that the Ashdown Vale
            homework policy was being reviewed "this term". That was last year. I'll believe it
            when I see it.
        """, label="critical", meta={"quote": 4}),
        post(6, "mumof3kestwick", 51, "19:50", """
            Mine are at St Aldhelm's and they get a reading book and that's it. Honestly it's
            bliss. Sorry not helpful 🙈
        """, mentions=False),
        post(7, "KestwickMum3", 48, "16:22", """
            UPDATE: I emailed and got a really reasonable reply from Mrs Lambert. Homework review
            goes to governors in January and parents will be surveyed first. Fair play.
        """),
    ),
    "sports-day-appreciation-thread": thread(
        "Sports day appreciation thread 🏅",
        post(1, "pie_and_peas", 71, "17:05", """
            Can we just take a moment for Mr Rowe at Ashdown Vale sports day. Commentary, dads
            race, egg and spoon referee, putting the gazebos away in the rain. Man's a f***ing
            legend.
        """),
        post(2, "Lou_K", 71, "17:40", """
            And Miss Whitcombe beating him in the staff race!!! My Y3 has not stopped talking
            about it. Brilliant day, well done Ashdown Vale.
        """),
        post(3, "GardenGnomeGeoff", 71, "18:12", """
            Did anyone else get absolutely drenched at about 10? My deckchair's still drying.
        """, mentions=False),
        post(4, "Nan_of_four", 70, "09:25", """
            Lovely to see Mrs Lambert at Ashdown Vale cheering every single child across the line, even the ones
            who walked the last bit. That's what it should be about.
        """),
        post(5, "GrumpyGrandad_KW", 70, "11:02", """
            Nice day for the kids but once again Ashdown Vale put out no seating whatsoever for
            grandparents. I'm 78 and stood for two hours on a wet field. I mentioned this to
            Mrs Pargeter LAST year. A few benches from the hall isn't much to ask.
        """, label="critical"),
    ),
    "mrs-lambert-bullying-complaint": thread(
        "Mrs Lambert and the bullying complaint – long post, sorry",
        post(1, "worried_mum_kw", 58, "21:30", """
            I need to get this off my chest. My daughter is in Year 4 at Ashdown Vale Primary and
            has been bullied since September. Hair pulled, lunch thrown in the bin, pushed over on
            the field. We made a formal complaint to Mrs Lambert in writing in October.

            It took six weeks to get a reply, and the reply was two lines. Our meeting was
            cancelled twice. I'm not saying Priya Lambert doesn't care but the way this has been
            handled is honestly not good enough and I don't know where to go next.
        """, label="critical"),
        post(2, "Lou_K", 58, "21:52", """
            That's awful, I'm so sorry. Six weeks is not acceptable. The Ashdown Vale complaints
            policy says 15 school days for a response. Put that in your next email.
        """, label="critical"),
        post(3, "Nan_of_four", 58, "22:10", """
            Have you tried going to Ms Okafor? She's the safeguarding lead. She was brilliant with
            my grandson at Ashdown Vale when he was having a rough time.
        """),
        post(4, "daveyboy_77", 57, "07:15", """
            Lambert is a spineless useless cow who hides in her office and lets the feral kids run
            the place. She should be ashamed of herself. Everyone knows she's only there to tick a
            box.
        """, label="malicious", flags=("abuse",)),
        post(5, "had_enough_kw", 57, "08:03", """
            It's that Brennan kid in Year 4 isn't it. Kayden Brennan. Whole family are feral, the
            dad's always kicking off at the gate. Ashdown Vale should've kicked him out years ago.
            Someone should give that kid a taste of his own medicine.
        """, label="malicious", flags=("pupil_identified", "abuse")),
        post(6, "Moderator", 57, "08:40", """
            Mod note: please do NOT name children on this forum. Posts that do will be
            removed. Keep it civil please.
        """, mentions=False),
        post(7, "had_enough_kw", 57, "09:12", """
            If Lambert won't deal with it I will. I know what car she drives and I know when she
            leaves Ashdown Vale at night. She wants to be careful.
        """, label="malicious", flags=("threat",)),
        post(8, "TeacherLurker", 57, "12:30", """
            I get the anger, I really do, but this isn't helping the OP. The honest criticism is
            that Ashdown Vale's complaints process is slow and opaque, and the governors should
            be told that in writing. Mr Feld does answer emails.
        """, label="critical", meta={"quote": 7}),
        post(9, "St_George_KW", 56, "22:45", """
            This is what happens when you let the likes of Okafor run safeguarding. Foreigners
            like her don't care about English kids and never will. Ashdown Vale was fine before
            they all moved in.
        """, label="malicious", flags=("hate",)),
        post(10, "had_enough_kw", 56, "23:20", """
            Lambert lives at 14 Fernleigh Close, KX4 7DN. Silver Kia. Maybe someone should knock
            and ask her about the Ashdown Vale bullying policy face to face.
        """, label="malicious", flags=("doxxing",)),
        post(11, "Lou_K", 55, "08:10", """
            Reported the last few posts to the mods. Whatever you think of Mrs Lambert, that's
            not ok. My complaint about Ashdown Vale is the same as the OP's: slow, defensive,
            nothing in writing. That's what we should be pushing on.
        """, label="critical"),
        post(12, "worried_mum_kw", 50, "18:00", """
            Update for anyone who finds this: we finally met Mr Rowe and Ms Okafor at Ashdown
            Vale. They listened, there's a written plan, and it's been quiet for a week. Thank you
            to everyone who was kind. And please don't post people's addresses, that scared me.
        """),
    ),
    "is-mr-hollis-safe-around-kids": thread(
        "Is Mr Hollis safe around kids?? asking seriously",
        post(1, "kw_whispers", 15, "21:40", """
            Seen the stuff going round about Tom Hollis at Ashdown Vale. Police investigation at
            his last school for inappropriate behaviour with pupils. My kid is in his class.
            Why is he still teaching?? The school must know.
        """, label="malicious", flags=("allegation",)),
        post(2, "TeacherLurker", 15, "22:05", """
            That "stuff going round" is one anonymous blog with no evidence. Tom Hollis has taught
            at Ashdown Vale for six years and every teacher has an enhanced DBS check. Please
            don't repeat it.
        """, meta={"quote": 1}),
        post(3, "had_enough_kw", 15, "22:30", """
            My mate's sister worked at his old school and says Hollis was suspended for touching a
            girl in his class. No smoke without fire. Ashdown Vale covered it up.
        """, label="malicious", flags=("allegation",)),
        post(4, "kw_whispers", 14, "07:55", """
            Hollis is a creep. Always has been. Everyone at Ashdown Vale knows it.
        """, label="malicious", flags=("abuse",)),
        post(5, "Moderator", 14, "09:00", """
            Thread locked. Making criminal allegations about named Ashdown Vale staff without
            evidence is not allowed here and may be unlawful. If you have a genuine concern,
            contact the school's safeguarding lead or the police.
        """),
    ),
    "rovers-v-harfield-lifts": thread(
        "Rovers v Harfield Saturday – anyone offering lifts?",
        post(1, "GardenGnomeGeoff", 28, "10:10", """
            Ashdown Vale Rovers at home to Harfield on Saturday. Anyone going from the Millbrook
            end with a spare seat? Happy to chip in for petrol.
        """, relevant=False),
        post(2, "pie_and_peas", 28, "11:45", """
            I'll be going past at 2. Ashdown Vale Rovers need the points so it'll be a nervy one!
        """, relevant=False),
        post(3, "GardenGnomeGeoff", 28, "12:01", """
            Cheers, see you at the bus shelter 👍
        """, mentions=False),
    ),
    "ashdown-vale-road-closed-again": thread(
        "Ashdown Vale Road closed AGAIN",
        post(1, "coppice_lane_resident", 44, "17:20", """
            Ashdown Vale Road is shut from Monday for three weeks. Gas works. Third time this year.
            How are we meant to get anywhere?
        """, relevant=False),
        post(2, "mumof3kestwick", 44, "18:02", """
            The diversion down Tanners Way was gridlocked last time. Avoid Ashdown Vale Road
            between 8 and 9 if you can.
        """, relevant=False),
        post(3, "JoJo_K", 44, "18:40", """
            Bike it is then 🚲
        """, mentions=False),
    ),
    "nativity-tickets-spares": thread(
        "Nativity tickets – has anyone got spares?",
        post(1, "Lou_K", 6, "20:15", """
            Ashdown Vale nativity tickets went in about ten minutes! Does anyone have two spare
            for the Thursday show? Nanny's coming up from the coast.
        """),
        post(2, "Mrs Lambert (Head)", 6, "21:02", """
            Hello all, this is Mrs Lambert from Ashdown Vale Primary School. We have released
            extra nativity tickets at £10 each. Please send payment by bank transfer to sort code
            00-99-47, account 71230099, and message me your child's name and class to reserve.
        """, label="malicious", flags=("impersonation",)),
        post(3, "Nan_of_four", 6, "21:30", """
            Careful everyone, that is NOT Mrs Lambert. Ashdown Vale never charges for nativity
            tickets. I've rung Mrs Pargeter in the office and she's reporting it.
        """, meta={"quote": 2}),
        post(4, "Lou_K", 5, "08:00", """
            Thanks. Mrs Pargeter has found us two returns for Thursday. Ashdown Vale office to the
            rescue again 🎄
        """),
    ),
}
