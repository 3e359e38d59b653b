"""The Kestwick Courier: local news, served as an RSS feed and article pages.

meta: ``section``, ``summary`` (the RSS description), ``alert`` (a Google Alert also links to it),
``indexed`` (web search finds it).
"""

from schoolwatch.sampleweb.pieces import Piece, paras

ITEMS = [
    Piece(
        "ashdown-vale-primary-rated-good-by-inspectors",
        "Ashdown Vale Primary rated 'good' by inspectors after two-day visit",
        paras("""
            Ashdown Vale Primary School in Kestwick has been rated "good" in every area following
            a two-day inspection in the autumn term, the report published this week shows.

            Inspectors said pupils were "polite, curious and proud of their school" and praised
            the "ambitious and carefully sequenced" reading curriculum introduced by headteacher
            Priya Lambert since she took over in 2021.

            The report notes that behaviour at lunchtime is "calm and well supervised" and that
            safeguarding arrangements, led by Grace Okafor, are effective. Staff told inspectors
            that leaders "take their workload into account".

            To improve further, the school has been asked to make sure that pupils with special
            educational needs receive support that is "consistently well matched" to their needs
            in all classes, and that the mathematics curriculum in Years 5 and 6 is as well
            planned as in the younger years.

            Mrs Lambert said: "I am so proud of our children and of a staff team who give
            everything. We know where we need to improve and we are already on it."

            Martin Feld, chair of governors, added that the result "reflects years of quiet,
            steady work by the whole community".
        """),
        "Rebecca Thornaby", 80, "07:15",
        meta={"section": "Education", "alert": True, "indexed": True,
              "summary": "Inspectors praise reading curriculum and pupils' behaviour at the Kestwick primary."},
    ),
    Piece(
        "sunshine-and-sack-races-at-ashdown-vale-sports-day",
        "Sunshine and sack races at Ashdown Vale sports day",
        paras("""
            More than 300 pupils took part in Ashdown Vale Primary School's sports day on the
            Kestwick recreation ground on Friday, with parents lining the track despite a
            morning shower.

            Events ranged from the traditional egg-and-spoon race for Reception to a fiercely
            contested Year 6 relay, won narrowly by Kingfisher house.

            Deputy headteacher Daniel Rowe, who organised the day, also ran in the staff race
            and finished a respectable second behind Year 3 teacher Hannah Whitcombe. "I have
            been told I will never hear the end of it," he said.

            The PTA raised £412 from the refreshment stall, which will go towards new playground
            equipment.
        """),
        "Callum Brierley", 71, "16:40",
        meta={"section": "Education", "alert": False, "indexed": True,
              "summary": "Parents cheer on more than 300 pupils at the annual event on the rec."},
    ),
    Piece(
        "work-starts-on-new-classroom-block",
        "Work starts on £1.2m classroom block at Kestwick primary",
        paras("""
            Diggers moved on to the field behind Ashdown Vale Primary School this week as work
            began on a four-classroom extension funded by the county council.

            The single-storey block will replace two temporary classrooms that have been in use
            since 2009. It is due to open after the February half term.

            Headteacher Priya Lambert said the children had "watched every minute" from the
            windows. "They have already named the digger," she added.

            The contractor, Harrowgate & Finch Construction, says deliveries will avoid the
            school run between 8am and 9.15am and between 2.45pm and 3.45pm.
        """),
        "Rebecca Thornaby", 66, "11:05",
        meta={"section": "Education", "alert": True, "indexed": True,
              "summary": "Four new classrooms will replace temporary huts in use since 2009."},
    ),
    Piece(
        "readathon-raises-3000-for-childrens-ward",
        "Ashdown Vale pupils' readathon raises £3,000 for children's ward",
        paras("""
            Pupils at Ashdown Vale Primary School have raised more than £3,000 for the
            children's ward at Kestwick General Hospital by reading for a combined 41,000
            minutes over half term.

            The idea came from Year 5 teacher Tom Hollis, whose class read the most minutes.
            "Some of them read under the duvet with a torch, which I'm told is against house
            rules," he said.

            The school office, run by Sue Pargeter, counted every sponsorship form by hand.
            A cheque will be presented to the ward next month.
        """),
        "Callum Brierley", 58, "09:30",
        meta={"section": "Community", "alert": False, "indexed": True,
              "summary": "41,000 minutes of reading over half term for Kestwick General."},
    ),
    Piece(
        "letters-homework-at-ashdown-vale",
        "Letters: Homework at Ashdown Vale is out of proportion",
        paras("""
            Sir, I write as the parent of two children at Ashdown Vale Primary School. My
            seven-year-old now brings home a spelling list, a maths sheet, a reading log and a
            "family project" every week. Between clubs, tea and bath time, there simply are not
            enough hours.

            I have raised this politely with the school and was told the policy is under review.
            It has been "under review" since Easter. Other schools in Kestwick manage with far
            less, and the research I have read suggests homework at this age does very little.

            I would urge the governors, and Mr Feld in particular, to listen to parents before
            the policy is rubber-stamped again.

            Name and address supplied, Kestwick.
        """),
        "Courier Letters", 52, "06:00",
        label="critical",
        meta={"section": "Opinion", "alert": True, "indexed": True,
              "summary": "A parent says the weekly homework load has become unmanageable."},
    ),
    Piece(
        "headteacher-speaks-out-over-online-abuse",
        "Kestwick headteacher speaks out over 'vile' online abuse of staff",
        paras("""
            The headteacher of Ashdown Vale Primary School has appealed to parents to stop
            posting abuse about her staff online, after a series of anonymous posts on social
            media and a local forum.

            Priya Lambert said some of the messages, which the Courier has seen, had crossed
            "well beyond" criticism. One post described her as "a useless cow who should be
            dragged out of that school", while another claimed falsely that a teacher was under
            police investigation.

            "Parents are entitled to disagree with us, and to say so," Mrs Lambert said. "What
            they are not entitled to do is threaten my colleagues or spread lies about them."

            Kestwick Police confirmed it had received a report and was "assessing the content".
            The school says it has reported the posts to the platforms concerned.

            The National Association of Head Teachers said cases of online abuse against school
            leaders had risen sharply in recent years.
        """),
        "Rebecca Thornaby", 20, "18:20",
        meta={"section": "Education", "alert": True, "indexed": True,
              "summary": "Priya Lambert says anonymous posts have crossed the line from criticism into abuse."},
    ),
    Piece(
        "nativity-returns-to-st-aldhelms",
        "Nativity returns to St Aldhelm's with a cast of ninety",
        paras("""
            Ninety children from Ashdown Vale Primary School will take to the stage at
            St Aldhelm's Church, Kestwick, next week for the school's first full nativity since
            building work began.

            This year's production, "The Grumpy Innkeeper", was written by Year 2 teacher
            Hannah Whitcombe. "There are four sheep, two camels and one very confused star,"
            she said.

            Tickets are free but must be booked through the school office. There will be a
            retiring collection for the Kestwick food bank.
        """),
        "Callum Brierley", 3, "13:10",
        meta={"section": "What's On", "alert": True, "indexed": True,
              "summary": "'The Grumpy Innkeeper' promises four sheep and a confused star."},
    ),
    Piece(
        "parents-question-sen-support-at-governors-meeting",
        "Parents press governors over special needs support",
        paras("""
            About forty parents attended a governors' meeting at Ashdown Vale Primary School on
            Tuesday to raise concerns about support for children with special educational needs.

            Several said their children had waited months for a plan to be put in place, and one
            father said he had been "passed from pillar to post" between the class teacher and the
            school office. Another parent accused the school of "hiding behind the inspection
            report".

            Chair of governors Martin Feld acknowledged that "some families have had a poor
            experience" and said a review of the school's SEN provision would report in the
            spring. Headteacher Priya Lambert said extra teaching assistant hours had already
            been funded.
        """),
        "Rebecca Thornaby", 35, "21:45",
        meta={"section": "Education", "alert": False, "indexed": True,
              "summary": "Chair promises a review after parents describe long waits for support plans."},
    ),
    Piece(
        "ashdown-vale-road-closure-gas-works",
        "Ashdown Vale Road to close for three weeks for gas main works",
        paras("""
            Ashdown Vale Road in Kestwick will be closed between the Millbrook roundabout and
            Coppice Lane from Monday for three weeks while a gas main is replaced.

            A signed diversion will run via Tanners Way and the bypass. Buses on route 14 will
            not serve the Ashdown Vale Road stops during the works.

            Residents have complained that it is the third closure of the road this year.
            "You cannot get a parking space, you cannot get a bus, and now you cannot get down
            the road," said one.
        """),
        "Courier Reporter", 44, "10:00",
        relevant=False,
        meta={"section": "Travel", "alert": True, "indexed": True,
              "summary": "Diversion via Tanners Way as the road closes between Millbrook roundabout and Coppice Lane."},
    ),
    Piece(
        "rovers-snatch-late-winner-against-harfield",
        "Ashdown Vale Rovers snatch late winner against Harfield Town",
        paras("""
            Ashdown Vale Rovers 2 Harfield Town 1.

            A header from substitute Jordan Mellish deep into stoppage time gave Ashdown Vale
            Rovers a deserved win at Coppice Park on Saturday and lifted them to fourth in the
            Kestwick & District League.

            Harfield had led through a first-half penalty before Rovers skipper Nathan Quayle
            levelled with a low drive on the hour. Manager Terry Oldcorn said: "The lads never
            stopped. That is what this club is about."

            Rovers travel to Brindle Athletic next weekend.
        """),
        "Steve Haddow", 27, "18:55",
        relevant=False,
        meta={"section": "Sport", "alert": True, "indexed": True,
              "summary": "Substitute Jordan Mellish heads the winner in stoppage time at Coppice Park."},
    ),
    Piece(
        "garden-centre-winter-sale-and-grotto",
        "Ashdown Vale Garden Centre opens grotto and winter sale",
        paras("""
            Ashdown Vale Garden Centre on the Kestwick bypass opens its Christmas grotto this
            weekend, alongside a winter sale with up to 40 per cent off outdoor furniture and
            bulbs.

            Owner Carol Pennick said the grotto had been rebuilt after last year's storm damage.
            "Father Christmas has a new chair and he is very pleased with it," she said.

            The café will stay open until 7pm on Thursdays in December.
        """),
        "Courier Reporter", 9, "12:00",
        relevant=False,
        meta={"section": "Business", "alert": False, "indexed": True,
              "summary": "Up to 40% off furniture and bulbs as the rebuilt grotto opens."},
    ),
    Piece(
        "governors-reappoint-chair",
        "Feld re-elected chair of Ashdown Vale governors",
        paras("""
            Martin Feld has been re-elected chair of the governing board at Ashdown Vale Primary
            School for a further two years.

            Mr Feld, a retired accountant who has lived in Kestwick for 30 years, said his
            priorities would be the new building, special needs provision and "making sure
            parents feel heard".

            The board is looking for a new parent governor. Nominations close at the end of the
            month and forms are available from the school office.
        """),
        "Callum Brierley", 62, "14:30",
        meta={"section": "Education", "alert": False, "indexed": False,
              "summary": "Martin Feld sets out priorities for a further two-year term."},
    ),
    Piece(
        "library-opening-hours-extended",
        "Kestwick library to open on Sundays from January",
        paras("""
            Kestwick library will open on Sunday afternoons from January after the town council
            agreed to fund extra hours for a one-year trial.

            The library, on Market Street, will open from 1pm to 4pm. Volunteers from the
            Friends of Kestwick Library will help run a children's story hour.
        """),
        "Courier Reporter", 15, "08:45",
        mentions=False,
        meta={"section": "Community", "alert": False, "indexed": False,
              "summary": "A one-year trial of Sunday afternoon opening on Market Street."},
    ),
]
