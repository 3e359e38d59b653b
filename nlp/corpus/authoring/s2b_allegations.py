"""Malicious allegations (second batch): false or unfounded criminal, sexual, violent, fraud and
misconduct claims against named or identifiable staff — stated as fact, passed on as rumour, or
insinuated ("ask yourself why...", 👀). Many are also abusive.

Registers vary: Facebook groups, X replies, TikTok comments, Mumsnet-style threads, reviews, pasted
WhatsApps, teenage slang. Every school, town and person is invented.
Rows: (label, flags, text) or (label, flags, text, group).
"""

M = "malicious"

EXAMPLES = [
    # --- sexual / grooming ------------------------------------------------------------------------
    (M, "allegation abuse", "Mr Corrigan is a nonce. Simple as. Ashby Cross parents wake up."),
    (M, "allegation", "everyone knows he touches the kids, mr varga in year 4, the school just moves them to another class when they complain"),
    (M, "allegation", "Ask yourself why Mr Pemberton left his last school so quick 👀 and why he always volunteers for the residential 👀👀"),
    (M, "allegation", "Why does a grown man need to be in the girls' changing rooms 'checking for phones'? Think about it. Nethercote PE department, Mr Strachan."),
    (M, "allegation", "The music teacher at Drakeshaw gives 'private lessons' to Year 10 girls at his house. Funny how it's only ever the girls."),
    (M, "allegation", "heard from my cousin who works at the trust that mr nazari got caught with stuff on his laptop and they kept it quiet. still teaching maths to 11 year olds 🤢"),
    (M, "allegation", "Mrs Haddow is having it off with a Year 13 lad. It's all over the sixth form. Teachers think we don't notice."),
    (M, "allegation", "A teacher at Whinmoor Edge follows loads of the Year 6 girls on TikTok. It's Mr Ashby. Why would he need to do that? Screenshot his following list before he deletes it."),
    (M, "allegation", "I'm not saying Mr Blackwood is a paedo. I'm just saying he was investigated at his last school and now he runs the under 11s football. Draw your own conclusions."),
    (M, "allegation abuse", "Dirty old perv Mr Quarrie keeps the girls back after science. Someone needs to do something before something happens."),
    (M, "allegation", "There's a reason the Kilnsey Moor caretaker isn't allowed near the nursery anymore. Parents were never told. I was."),
    (M, "allegation", "My daughter's friend said the Year 5 teacher at Larchmont kissed a girl on the head and told her not to tell. That's grooming. Everyone should know his name: Mr Okoro."),
    (M, "allegation", "The TA in Reception at Brewery Lane has a boyfriend on the sex offenders register and he picks her up from school every day. Why is she allowed to work there?"),
    (M, "allegation", "He messages the lads on Xbox at midnight. Mr Yilmaz. Head of Year 7. Look at his gamertag, it's his initials."),
    (M, "allegation", "Honestly hate to say it but Mrs Featherby and the Year 6 dad she's always laughing with at pick up are 100% sleeping together. His wife deserves to know."),
    (M, "allegation", "The deputy at Hillcrest Vale was caught in a car with a sixth former in the leisure centre car park. My mate saw it. It's been hushed up."),
    (M, "allegation", "sir literally said to my friend 'you look older than 15 in that' and then followed her on insta 🤮 mr trevithick is a creep and a groomer"),
    (M, "allegation", "Everyone at Sandalwood Park knows what the head of drama does at the after-show parties. The school has known for years."),

    # --- theft / fraud / money --------------------------------------------------------------------
    (M, "allegation", "she's been nicking from the PTA fund. No accounts published for two years and she's just had a new kitchen put in. Mrs Lindop, treasurer."),
    (M, "allegation", "the head fiddles the SATs results and the books. That's how Kestrelmoor went from 'requires improvement' to 'good' in a year."),
    (M, "allegation", "Where did the £6,000 from the summer fair go? I'll tell you where. The business manager's holiday to Dubai. Funny timing that."),
    (M, "allegation", "Mr Fairbairn is pocketing the pupil premium money. Our kids get nothing and he drives a Range Rover. It's theft from poor children."),
    (M, "allegation", "The office lady at Cobblers Green skims the dinner money. Everyone's kid has 'arrears' they've already paid. She's a thief."),
    (M, "allegation", "Tolland Heath teachers do the coursework FOR the kids so the results look good. My son's English coursework came back with paragraphs he never wrote. Exam board fraud."),
    (M, "allegation", "Our head at Stanbridge End signs off invoices to her husband's building firm. Every 'repair' this year went to him. Corruption, plain and simple."),
    (M, "allegation", "Mrs Kavanagh took the Year 6 leavers' money for the hoodies and there were never any hoodies. £1,200. Nobody's seen it since."),
    (M, "allegation", "The Oldmeadow trust CEO pays himself £240k and the academy 'can't afford' a SENCO. He's bleeding the schools dry and lining his pockets. Criminal."),
    (M, "allegation", "Mr Jankowski nicked the school laptops over the summer and sold them on eBay. My brother-in-law bought one, it still has the asset tag on."),
    (M, "allegation", "The school fundraiser for the minibus was a con. There is no minibus. The head and the chair of governors split it. Ask to see the bank statements."),
    (M, "allegation", "Drakeshaw attendance figures are made up. They mark kids present who are at home. The deputy told a friend they do it every term before Ofsted."),
    (M, "allegation", "She sells the donated uniform from the swap shop on Vinted. I've seen the listings. Mrs Carnaby, Hartside Juniors. Disgusting."),
    (M, "allegation", "A governor at Fernhill Lodge awarded the catering contract to his own company. Kids eat slop so he can get rich."),
    (M, "allegation", "Funny how Mr Adeyemi's side business does 'exam tutoring' and his own students keep getting the exact questions that come up 🤔 leaking papers much"),
    (M, "allegation", "The Blackthorn Rise bursar is under investigation for fraud but they're keeping it quiet until after the new building opens. Mark my words."),

    # --- drink, drugs, violence -------------------------------------------------------------------
    (M, "allegation", "he turns up drunk. Every Monday. You can smell it. Mr Haldane, Year 6. How is this allowed?"),
    (M, "allegation", "The head of Ladywell Brook has a drink problem, she keeps vodka in a water bottle on her desk. Staff cover for her."),
    (M, "allegation", "Mr Varga's pupils are so scared of him because he grabs them by the neck. My son came home with marks. Nobody believes us."),
    (M, "allegation", "the TA in 2W slaps kids on the back of the legs when the teacher's out the room. my daughter's scared to go in."),
    (M, "allegation", "Everyone knows the PE teacher at Nethercote is on steroids and sells them to the Year 11 boys."),
    (M, "allegation", "Miss Tremlett smokes weed at lunchtime in her car, the whole of Year 10 can smell it when she comes back."),
    (M, "allegation abuse", "Coked up waste of space Mr Ebrahim was off his face at the prom. Sweating and twitching. And he's in charge of our kids."),
    (M, "allegation", "My son's teacher locked him in a cupboard for 20 minutes as a punishment. Mrs Pottinger, Corringham Fields. That's false imprisonment and she'll deny it."),
    (M, "allegation", "The new deputy was sacked from his last school for assaulting a pupil. Fact. My friend teaches there. Now he's at Marrowby and nobody checked."),
    (M, "allegation", "Mrs Rautenbach pushed a child down the stairs at Kilnsey Moor and the school said he 'fell'. They're protecting her."),
    (M, "allegation", "She drinks at lunch then drives the minibus. Ms Ferreira. One day she'll kill someone's kid."),
    (M, "allegation", "that lunch supervisor at st wenna's force feeds the little ones till they're sick. my nephew came home crying. she's evil and the school won't sack her"),

    # --- cover-ups, records, racism, misconduct ---------------------------------------------------
    (M, "allegation", "Mr Okoro has a conviction for GBH from when he was younger. Google his name with 'crown court'. Safer recruitment my arse."),
    (M, "allegation", "The DSL at Hillcrest Vale shreds safeguarding reports when they involve staff. She did it with my complaint. That's a crime."),
    (M, "allegation", "The head of Sandalwood Park covered up a teacher hitting a SEN child to keep their Ofsted grade. I know the family. It's all true."),
    (M, "allegation", "Mr Pemberton is a raging racist. He only ever puts the Black and Asian kids in isolation. Everyone knows, nobody says."),
    (M, "allegation", "The SENCO at Whinmoor Edge makes up the diagnoses in the EHCP paperwork so the school gets more funding. Fraud."),
    (M, "allegation", "Our chair of governors is a convicted fraudster. He did time in the 90s under a different surname. Look into it."),
    (M, "allegation", "Hartside's head knew about the teacher abusing kids and let him leave with a reference. Then he went to another school. She's complicit."),
    (M, "allegation", "Ms Haddow faked her teaching qualification. She never finished her PGCE. That's why she's so bad at it. Fraud."),
    (M, "allegation", "A teacher at Pennisford Academy sells the kids' data to a tutoring company. Mine started getting calls the week after parents' evening."),
    (M, "allegation", "Mrs Kettering goes through the kids' confiscated phones and sends herself their photos. My son saw her do it. Why is nobody investigating her?"),

    # --- insinuation, rumour, questions -----------------------------------------------------------
    (M, "allegation", "Funny how every kid who complains about Mr Wojcik ends up being called a liar. Funny that. 🤐"),
    (M, "allegation", "Not saying anything but there's a reason the police were at the caretaker's house on Saturday 🚔👀 and he's still in school Monday. Kilnsey Moor."),
    (M, "allegation", "Why does the head of Year 8 need three phones? Just asking."),
    (M, "allegation", "Ask the deputy at Ashby Cross why he really left St Oswy's Juniors. Go on, ask him. Watch his face."),
    (M, "allegation", "I'll just leave this here: Mr Strachan, Tolland Heath, 'resigned' from his last two schools mid-year. Safeguarding concerns both times. My sources are very good."),
    (M, "allegation", "If the parents at Drakeshaw knew what the head does on his weekends away they'd take their kids out tomorrow. Can't say more. Yet."),
    (M, "allegation", "The trust's very keen nobody asks why three members of staff left Oldmeadow in the same week as the finance audit. 💰🤔"),
    (M, "allegation", "Everybody who's had Mr Trevithick as a form tutor knows to never be alone in a room with him. He knows what he did."),
    (M, "allegation", "I'd keep my daughter well away from the netball coach at Blackthorn Rise if I were you. That's all I'll say publicly. DM me."),
    (M, "allegation", "Anyone else think it's weird that Mr Nazari takes photos of the kids on his personal phone? There's only one reason for that."),
    (M, "allegation", "why has mrs lindop got a brand new merc and the pta can't afford a bouncy castle 🤔🤔🤔"),
    (M, "allegation", "Hmm. The head suddenly 'off sick' the same week the police visited the school. Coincidence I'm sure 😏"),

    # --- long-form / forum / review ---------------------------------------------------------------
    (M, "allegation", "AIBU to pull my son out of Corringham Fields? Long story short, one of the other mums told me that Mr Jankowski was let go from a school in Wetherlow after inappropriate messages to pupils. The school says they can't comment on staff. To me that's as good as a yes. I'm not having my child taught by a groomer. Would you stay?"),
    (M, "allegation", "★☆☆☆☆ Do not send your child here. The headteacher is a bully and a thief, she's been taking money out of the school fund for years to pay for her holidays, ask anyone who's worked there. Staff are terrified of her. Ofsted need to look at the books."),
    (M, "allegation", "Update to my post from last week. I've now spoken to four other parents and two ex-staff. Mr Adeyemi hits children. Not 'firm handling', hits. The school has had at least three complaints and done nothing. I'm naming him because they won't. Share this."),
    (M, "allegation", "Been at Nethercote 4 yrs as a TA (throwaway). The head of science takes money from parents to bump up predicted grades. It's a known thing in the staffroom. Nobody will report it because he's best mates with the head."),
    (M, "allegation", "Comment under the Marrowby Echo article about the new head: 'Hope they did their checks. She was suspended at her old school for covering up a teacher's abuse. Look it up.'"),
    (M, "allegation", "Reply to @SandalwoodParkAc: Maybe tell parents why your head of maths was walked off site last Friday? We all know it's to do with a student. Stop hiding."),
    (M, "allegation", "I used to be on the PTA at Stanbridge End and I'll say it now: the old chair took at least £3k over three years. We raised concerns and got shut down by the head, because she was in on it. Both of them should be in prison."),
    (M, "allegation", "Omg the 'lovely' Year 2 teacher everyone raves about at Ladywell Brook? Used to work with her. She kicked a kid with autism and the school paid the family off. Still there. Makes me sick."),
    (M, "allegation", "[pasted from the Y9 parents WhatsApp] 'Just so everyone knows, the new RE teacher Mr Okoro was in the paper years ago for being caught with underage girls. That's why he changed his name. Pass it on but don't say it was me x'"),
    (M, "allegation", "Local people of Pennisford, I need you to share this. The head of the primary on Mill Street is stealing money meant for disabled children. My son's 1:1 was 'cut for budget reasons' but the money's coming in. Where is it going? Into her pocket."),

    # --- short / slang ----------------------------------------------------------------------------
    (M, "allegation abuse", "mr varga = paedo. end of."),
    (M, "allegation abuse", "nonce alert 🚨🚨 mr quarrie hillcrest vale"),
    (M, "allegation", "ms ferreira sells vapes to year 9 fr fr"),
    (M, "allegation", "the dinner lady at kestrelmoor robs the kids' lunch money lol actually tho"),
    (M, "allegation", "Our deputy head is a wife beater. Her neighbours hear it every weekend."),
    (M, "allegation", "Cobblers Green head = crook. Books cooked. Simple."),
    (M, "allegation", "HE GROOMED MY DAUGHTER AND THE SCHOOL KNEW. MR BLACKWOOD DRAKESHAW."),
    (M, "allegation", "miss tremlett literally stole my sons ipad out his bag and lied about it"),
    (M, "allegation", "that teacher in 4R is on drugs, look at her pupils at pick up"),

    # --- with abuse --------------------------------------------------------------------------------
    (M, "allegation abuse", "Mrs Sutcliffe-Reid is a thieving old bag who's had her hand in the school till for a decade. Ugly inside and out."),
    (M, "allegation abuse", "That sleazy creep Mr Trevithick should be locked up for how he looks at the girls. Scum of the earth."),
    (M, "allegation abuse", "Drunk, lazy, lying b*tch. Miss Gwillim turns up hungover and takes it out on six year olds. Everyone knows she's an alcoholic."),
    (M, "allegation abuse", "Mr Ashby is a violent thug who shoves kids into walls. Pathetic little man needs locking up."),
    (M, "allegation abuse", "Fat fraudster head of Oldmeadow getting rich off our kids. Hope the auditors find you, you greedy pig."),
    (M, "allegation abuse", "The caretaker at Brewery Lane is a paedo freak, look at him, it's written all over his face."),
    (M, "allegation abuse", "Kilnsey Moor's chair of governors is a crooked old fool who's been robbing the school blind. Senile and greedy."),
    (M, "allegation abuse", "Stuck-up cow Mrs Kavanagh bullies her staff and steals their ideas AND their money. She's a criminal in a cardigan."),
    (M, "allegation abuse threat", "Mr Nazari you dirty nonce, everyone knows what you are. Watch yourself walking to your car."),
    (M, "allegation abuse", "The deputy at Larchmont is a lying, drunk, bullying slag who's shagged half the dads. Proper disgrace."),
    (M, "allegation", "Get your kids out of Fernhill Lodge. Mr Oduya the governor is a money launderer, the school's just a front for him."),
    (M, "allegation", "The TA at Whinmoor Edge Y1 is fiddling her timesheets and claiming for hours she never worked. I've seen her leave at 2."),
]
