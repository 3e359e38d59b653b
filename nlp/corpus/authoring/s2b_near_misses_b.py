"""Near misses (second batch, part 2): critical complaints that mention phones, emails, money, addresses
or named staff without exposing or accusing anyone of a crime; official closure notices from the real
school; generic (un-named) teacher parody; posts condemning doxxing; lawful questions about PTA or
school finances.

Every school, town and person is invented. Rows: (label, flags, text) or (label, flags, text, group).
"""

N, C = "neutral", "critical"

EXAMPLES = [
    # --- critical: phones and emails, nobody exposed ----------------------------------------------
    (C, "", "Mrs Kavanagh never answers her phone. Rang the office four times, left messages, nothing. How hard is it to call a parent back?"),
    (C, "", "Emailed Mr Strachan about the PE kit issue on the 3rd. It's now the 21st. Not even an acknowledgement."),
    (C, "", "The school office phone just rings and rings at Kestrelmoor. Tried at 8.30, 9, 10.15. Is anyone actually there?"),
    (C, "", "Why does every teacher at Nethercote have a different rule about emails? Some reply in a day, some never. There should be a standard."),
    (C, "", "Put on hold for 25 minutes by the Marrowby High attendance line only for the call to drop. Then I get a 'your child's absence is unauthorised' text. Brilliant."),
    (C, "", "The head's email address isn't on the website anywhere. You have to go through the office, who 'pass it on'. Feels designed to keep parents at arm's length."),
    (C, "", "Got an automated reply from the SENCO saying she only checks emails on Thursdays. My son's EHCP review is tomorrow. Not good enough."),
    (C, "", "I asked for a call back from the Year 6 teacher and got a one-line email instead. Dismissive."),
    (C, "", "Tolland Heath sent my son's report to the wrong email address. That's a data breach and they just said 'oops'."),
    (C, "", "Teachers shouldn't be giving out their personal mobile numbers to parents for trips anyway. The school should provide a work phone. Poor practice."),
    (C, "", "Parents' evening booking system crashed again and the office said 'just email the teachers'. All 11 of them? Seriously?"),
    (C, "", "Mr Haldane promised to phone me after the meeting with the other parents. That was a fortnight ago."),

    # --- critical: money, PTA, finances (questions, not accusations) ------------------------------
    (C, "", "Can the PTA publish its accounts please? We've raised a lot this year and I'd just like to see what it's spent on. Not accusing anyone, just transparency."),
    (C, "", "Where has the money from the summer fair gone? The playground still looks the same. I'd like an update from the PTA committee."),
    (C, "", "The trust CEO's salary went up 12% while our school cut two TAs. I'm not saying it's illegal. I'm saying it's wrong."),
    (C, "", "Tolland Heath is asking for 'voluntary contributions' again. Third time this term. It's getting ridiculous."),
    (C, "", "I'd like to know why the school spent £40k on a new logo and signage when the roof in the Year 2 block leaks. Priorities."),
    (C, "", "The minibus fund has been going for three years. Can someone from the school tell us how close we are? It's been very quiet."),
    (C, "", "The Ofsted report mentions 'weaknesses in financial oversight' at Oldmeadow. As a parent I want to know what the governors are doing about it."),
    (C, "", "Our school's attendance figures look too good to be true compared with the rest of the trust. I'd love to see how they're calculated."),
    (C, "", "Coursework at Drakeshaw is so heavily scaffolded it's basically a template. My son hasn't learned to write an essay, he's learned to follow a checklist."),
    (C, "", "Hartside charged us for the Year 4 trip and then it was cancelled. Still no refund after six weeks."),

    # --- critical: named staff, lawful opinion ----------------------------------------------------
    (C, "", "Mr Varga's behaviour management is old school and too harsh for Year 4 in my opinion. My son's anxious every Sunday night."),
    (C, "", "I don't think Mrs Sutcliffe-Reid is the right head for Ashby Cross. She's made huge changes without asking a single parent."),
    (C, "", "The deputy at Whinmoor Edge spoke to me like I was a child in front of other parents at the gate. Unprofessional."),
    (C, "", "Ms Ferreira is a lovely person but the English results in her classes have dropped two years running. Something needs to change."),
    (C, "", "Mr Nazari set 3 hours of homework for a Year 9 on a weekend. That's excessive and I've told the school."),
    (C, "", "I find Miss Tremlett's class dojo 'public shaming' board awful. Kids' names in red for the whole class to see."),
    (C, "", "Mr Ashby's assembly about 'snowflake' kids and mental health was ill-judged and several parents have complained."),
    (C, "", "The new head at Hillcrest Vale is all buzzwords and no action. Two terms in and nothing's improved."),
    (C, "", "Had a meeting with Mr Adeyemi about my son's predicted grades. He was patronising and clearly hadn't read his file."),
    (C, "", "Mrs Lindop runs the PTA like her own private club. Same five mums decide everything. New parents aren't welcome."),
    (C, "", "Frankly the governors at Fernhill Lodge are asleep at the wheel. The head does what she likes."),
    (C, "", "The TA in my son's class shouted at him for crying. I know they're stretched, but that's not ok and I've said so to the teacher."),
    (C, "", "The head at Kilnsey Moor has left after 18 months. Third head in five years. The trust needs to explain why it can't keep leaders."),

    # --- official notices from the real school ----------------------------------------------------
    (N, "", "Kestrelmoor Primary will be closed today, Wednesday, due to a burst water main affecting the whole site. We will update parents by 2pm about tomorrow. Mrs Kavanagh, Headteacher"),
    (N, "", "Due to staff illness, Year 5 will be taught by Mr Okoro this week. There is no change to the timetable."),
    (N, "", "Snow update from Marrowby High: the school is OPEN but buses from Kilnsey Moor are not running. Please keep children at home if it isn't safe to travel. Work is on Teams."),
    (N, "", "Message from Drakeshaw School: Year 11 mock timetable is now in your child's planner and on the website. Please check the dates carefully."),
    (N, "", "Nethercote High (official account): we are aware of rumours circulating about a member of staff. These are untrue. Please direct any concerns to the school directly."),
    (N, "", "From the Headteacher: I am sorry to announce that Mrs Featherby will be leaving us at Christmas to take up a deputy headship. We wish her every success."),
    (N, "", "Ladywell Brook Primary: due to a power cut the school will close at 1pm today. Please collect your child from the main gate. Clubs are cancelled."),
    (N, "", "Official: Sandalwood Park Academy will join the Hollinsend Valley Learning Trust in April following consultation. A letter explaining the changes has been emailed to all families."),

    # --- generic teacher humour / parody not aimed at a real person -------------------------------
    (N, "", "POV: you're a Year 6 teacher on the last day of SATs week and someone asks 'do we have to do any more work' 😂"),
    (N, "", "Teacher TikTok is the best thing on the internet. 'Things teachers say vs what they mean' had me crying."),
    (N, "", "Our staff panto this year: the head played the wicked stepmother and the caretaker was the fairy godmother. Iconic."),
    (N, "", "Me, a teacher, at 9pm on a Sunday: 'I'll just do a bit of marking.' Me at 1am: 🫠 #teacherlife"),
    (N, "", "Mr Yilmaz dressed up as a Roman centurion for history week and the kids haven't stopped talking about it. Legend."),

    # --- condemning doxxing, hostility and rumour --------------------------------------------------
    (N, "", "Someone just posted a teacher's home address in the comments on the Wetherlow page. It's gone now. Whatever you think of a school, that's not ok and it's potentially a crime."),
    (N, "", "Please stop sharing screenshots of children's faces when you complain about behaviour. Blur them or don't post. They're minors."),
    (N, "", "There are a lot of rumours flying around about a member of staff at Corringham. Nobody on here knows the facts. Please let the proper process happen."),
    (N, "", "Admin note: I've deleted the thread with the staff member's phone number. Any repeat and you'll be removed from the group."),
    (N, "", "If you're angry with a teacher, email the head. Don't go looking for where they live. They're people with families."),
    (N, "", "Heads and teachers get enough grief. Posting their personal numbers and addresses has got to stop. Report it if you see it."),
    (N, "", "Genuine question: is it legal to post a teacher's name and say they did something if you don't have proof? Asking because of a post on here yesterday.\n\nReply: no, that's potentially defamation. Go through the school."),

    # --- asking about staff / where things are, innocuous ----------------------------------------
    (N, "", "Does anyone know if Mr Haldane still teaches at Hillcrest Vale? He taught my eldest and I wanted to thank him."),
    (N, "", "Which road is the new primary being built on? Trying to work out if we're in the catchment."),
    (N, "", "Nice to bump into Mrs Dimitriou in the big Tesco at the weekend, she remembered my daughter from 10 years ago! 🥰"),
    (N, "", "Our old head Mrs Pottinger has retired and moved to the coast. She sent the school the loveliest card. Legend of a woman."),
    (N, "", "The retirement do for Mr Corrigan is at the Red Lion in Scarsdon on Friday from 7, all ex-pupils and parents welcome! 🍻"),
    (N, "", "Can someone remind me where the Year 6 leavers' disco is? School hall or the community centre on Merchant Street?"),
    (N, "", "Mr Okoro runs the junior parkrun at Scarsdon Park on Sundays, lovely to see so many of the school families there."),

    # --- reviews ----------------------------------------------------------------------------------
    (C, "", "2/5. The teaching is fine but the communication is dreadful. Phone never answered, emails ignored, letters sent home the day before things happen."),
    (N, "", "5/5 Kilnsey Moor Primary. The office staff are the friendliest I've ever dealt with and they always ring back. Can't fault it."),
    (C, "", "Left a Google review after our complaint was ignored: the leadership at Blackthorn Rise is defensive and does not listen to families. That's my honest experience."),
    (C, "", "One star. Our son was bullied for a year and the school blamed him for 'reacting'. We've moved him and he's a different child."),
]
