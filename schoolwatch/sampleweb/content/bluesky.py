"""Bluesky posts, served through ``app.bsky.feed.searchPosts`` and as post pages.

meta: ``handle`` (the author's handle), ``display`` (display name), ``rkey`` (the post's record key).
Every post that mentions the school names it (or a homonym) in its text, so a search finds it.
"""

from schoolwatch.sampleweb.pieces import Piece, paras

ITEMS = [
    Piece(
        "bsky-harvest-festival",
        "",
        paras("""
            Lovely harvest festival at Ashdown Vale Primary this morning. Year 3 sang about
            marrows with total commitment. Tins for the Kestwick food bank piled to the ceiling 🥫
        """),
        "Kestwick Food Bank", 40, "12:10",
        meta={"handle": "kestwickfoodbank.bsky.social", "display": "Kestwick Food Bank", "rkey": "3lbhv2fdsa21k"},
    ),
    Piece(
        "bsky-rovers-result",
        "",
        paras("""
            Ashdown Vale Rovers 3-1 Millbrook Town. Two headers from corners and a penalty save
            in the last minute. Up the Vale! ⚽
        """),
        "Kestwick Sunday League", 33, "17:45",
        relevant=False,
        meta={"handle": "kestwickleague.bsky.social", "display": "Kestwick Sunday League", "rkey": "3lbj6c2kqz42p"},
    ),
    Piece(
        "bsky-road-closure",
        "",
        paras("""
            Heads up: the drain works on Ashdown Vale Road mean no through traffic from Monday for
            a fortnight. Diversion via Mill Lane.
        """),
        "Kestwick Roads", 12, "08:05",
        relevant=False,
        meta={"handle": "kestwickroads.bsky.social", "display": "Kestwick Roads", "rkey": "3lbq0d7vx6y2s"},
    ),
    Piece(
        "bsky-reading-volunteers",
        "",
        paras("""
            Ashdown Vale Primary are looking for reading volunteers on Tuesday afternoons. I did
            it last year and honestly it's the best hour of my week. Ask at the office.
        """),
        "Jen R", 5, "19:30",
        meta={"handle": "jenreads.bsky.social", "display": "Jen R", "rkey": "3lbw4h2nmd55c"},
    ),
    Piece(
        "bsky-homework-app",
        "",
        paras("""
            Third homework app in two years at Ashdown Vale. Each one needs a new login, none of
            them work on my phone, and the teachers clearly hate them too. Pick one and stick with it.
        """),
        "Dan P", 26, "21:02",
        label="critical",
        meta={"handle": "danp-kw.bsky.social", "display": "Dan P", "rkey": "3lbmk3s7wuh2f"},
    ),
    Piece(
        "bsky-sen-waiting",
        "",
        paras("""
            Eight months waiting for Ashdown Vale to put the support in my son's plan says he
            should have. Mr Rowe keeps telling me it's "in hand". It isn't. Writing to the
            governors tonight.
        """),
        "Sam (she/her)", 9, "22:14",
        label="critical",
        meta={"handle": "samk.bsky.social", "display": "Sam (she/her)", "rkey": "3lbt9fx2c3k2m"},
    ),
    Piece(
        "bsky-threat-car-park",
        "",
        paras("""
            Mrs Lambert at Ashdown Vale thinks she can exclude my kid and carry on like normal.
            I know which car is hers and what time she leaves. She won't be so smug when I'm
            waiting for her.
        """),
        "ashdownvale_truth", 3, "23:41",
        label="malicious", flags=("threat",),
        meta={"handle": "avtruth.bsky.social", "display": "ashdownvale_truth", "rkey": "3lbyx1q9pd42r"},
    ),
    Piece(
        "bsky-pile-on",
        "",
        paras("""
            Everyone go and leave one star reviews for Ashdown Vale and tell that useless fat cow
            Miss Whitcombe exactly what you think of her. Make her cry like she made my daughter cry 😂
        """),
        "kestwick mum of 3", 14, "20:20",
        label="malicious", flags=("abuse",),
        meta={"handle": "kwmumof3.bsky.social", "display": "kestwick mum of 3", "rkey": "3lbp2m8ta5c2x"},
    ),
    Piece(
        "bsky-quiz-night",
        "",
        paras("""
            Quiz night at the Plough was carnage. We came fourth. Rematch next month.
        """),
        "Jen R", 20, "23:00",
        mentions=False,
        meta={"handle": "jenreads.bsky.social", "display": "Jen R", "rkey": "3lbn7qk3wbs2a"},
    ),
]
