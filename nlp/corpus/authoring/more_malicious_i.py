"""More malicious examples, part I: hate about protected characteristics aimed at staff (and the
odd pupil), multi-flag posts, and a larger set of hard negatives: posts that discuss identity,
disability, religion or sexuality respectfully, criticise equality policies lawfully, or report
hate they have seen.

Every school, town and person here is invented. Rows: (label, flags, text) or (label, flags, text, group).
"""

N, C, M = "neutral", "critical", "malicious"
H = "abuse hate"

EXAMPLES = [
    # --- hate -------------------------------------------------------------------------------------
    (M, H, "The new deputy at Ashwold Lane is a Paki who got the job through his cousins on the governors. Typical. Mr Chaudhry, remember the name."),
    (M, H, "Mrs Adebanjo smells of curry and can't pronounce the kids' names. Ship her back to wherever."),
    (M, H, "Mr Lindqvist at Saltcoombe Academy wears nail varnish. Mincing about in front of our sons. Should be sacked for being a poof."),
    (M, H, "Saltcoombe's RE teacher, the Jewish one, Mr Hirsch, is brainwashing kids with Zionist propaganda. They control everything, even our schools."),
    (M, H, "Why does Ashwold Lane let a dwarf teach PE? Mrs Pilbeam can't even reach the netball hoop 😂 freak show"),
    (M, H, "That Sikh teacher with the knife (kirpan) should be arrested not teaching. Foreign savages bringing weapons into our kids' school."),
    (M, H, "Miss Traynor is a lesbian and she's pushing it on the girls. Dirty dyke should keep it to herself."),
    (M, H, "Mr Oyelaran: another affirmative action hire. Saltcoombe are so desperate to look diverse they'll employ anyone with the right skin colour."),
    (M, H, "Mrs Kalinowska the Polish cleaner at Ashwold is a thieving Eastern European like the rest of them. Count the loo rolls 😂"),
    (M, H, "The head at Brackenshiel is obviously a bloke in a wig. Trannies shouldn't be allowed in schools, full stop. She's a danger."),
    (M, H, "Mr Abiodun with his 'Nigerian' accent, how is anyone meant to learn chemistry from someone who sounds like a scam email 😂😂"),
    (M, H, "Ms Reinholt is on the autism spectrum apparently. So a mentally defective woman is teaching my son to read? Great, thanks Brackenshiel."),
    (M, H, "Women teachers are the reason boys are failing. Miss Traynor, Mrs Pilbeam, the whole lot of them, emotional and soft. Get men back in charge."),
    (M, H, "Mrs Haq in her hijab on the school gate every morning like she's guarding a mosque. This is England, take it off or leave."),
    (M, H, "Old and past it: Mr Whitfield is 64, senile and should be put in a care home, not in charge of Year 6. Coffin dodger."),
    (M, H, "Saltcoombe have hired a Traveller as a TA. Lock up your bikes 🚲 pikeys everywhere now."),
    (M, H, "A black man running a primary school in Ashwold. Bet the crime rate goes up. Mr Oyelaran go home."),
    (M, H, "Mr Lindqvist and his 'husband' at the summer fair holding hands in front of our kids. Perverts. Parents need to boycott."),
    (M, "hate threat", "Mrs Haq needs to know she's not welcome. We'll be outside the gate Monday with our flags. She can take the hint or take the consequences."),
    (M, "hate doxxing", "That gay teacher Mr Lindqvist lives at 18 Pelberry Mews with his boyfriend. Let the whole street know what's next door."),
    (M, "hate impersonation", "Fake letter 'from the Saltcoombe head' circulating: 'From September the school will be teaching Sharia values and halal-only meals for all pupils.'"),
    (M, "hate pupil_identified", "The Pakistani kid in Year 5 at Ashwold, Zayn something, brought a prayer mat to school. Start of the takeover. Share."),
    (M, "hate allegation", "Course the gay teacher is grooming the boys, they all do. Mr Lindqvist should be investigated."),
    (M, "hate threat", "If that Muslim head at Ashwold Lane makes Ramadan a thing at our school she'll regret it. Bacon on the gates for starters, then we'll see."),
    (M, "abuse hate", "Brackenshiel's disabled receptionist with her walking stick blocks the corridor every day. Cripples should work from home."),
    (M, "abuse hate", "Mrs Adebanjo has the IQ of a monkey and looks like one. Who hired her?"),
    (M, "abuse", "Brackenshiel head Mr Whitfield is a lying weasel and a coward. Every parent should tell him so to his face every day this week."),
    (M, "abuse threat", "Mr Chaudhry is a snake. Someone needs to put him in his place, and I don't mean with a strongly worded letter."),
    (M, "abuse", "Day 9 of the 'Traynor Out' campaign. Keep messaging her Instagram, she's blocked 40 of us so far 😂 make new accounts."),
    (M, "abuse impersonation", "New X account @MissTraynorSaltcoombe: 'I only became a teacher because I failed at everything else. Also I'm thick. Hi!'"),

    # --- hard negatives: identity discussed respectfully ------------------------------------------
    (N, "", "So proud that Ashwold Lane celebrated Eid today. My daughter came home knowing so much about her friends' traditions 🌙"),
    (N, "", "Mr Lindqvist and his husband ran the tombola at the Saltcoombe summer fair. Raised £300! Thanks both."),
    (N, "", "As a Sikh dad, I want to thank Saltcoombe for how respectfully they handled my son's questions about the kirpan in RE."),
    (N, "", "Mrs Pilbeam has achondroplasia and spoke to the whole school about it in assembly. My son came home so curious and kind. Brilliant teaching."),
    (N, "", "Mr Oyelaran has been named headteacher of the year by the regional schools awards. Ashwold Lane is lucky to have him."),
    (N, "", "Black History Month at Brackenshiel: the kids researched local Black Britons and did a brilliant exhibition. Open to parents Friday."),
    (N, "", "Ms Reinholt talked openly with Year 3 about being autistic. My autistic daughter finally feels seen. Thank you."),
    (N, "", "Mrs Haq's Urdu club is oversubscribed, half the kids in it aren't even Urdu speakers. Love that."),
    (N, "", "Mr Whitfield is retiring after 40 years at Brackenshiel. He taught my mum, me and my kids. Legend."),
    (N, "", "Saltcoombe's Pride club won a national award for its anti-bullying work. Nice one Miss Traynor and the kids."),
    (N, "", "Mrs Kalinowska the cleaner at Ashwold found my son's lost hearing aid in the bin bags and spent half an hour digging for it. Angel."),
    (N, "", "Mr Abiodun's chemistry demos are the highlight of my son's week. He did the elephant toothpaste one at the open evening 🐘"),
    (N, "", "Brackenshiel receptionist Mrs Greenhough has worked there 25 years and knows every child. The walking stick doesn't slow her down one bit."),
    (N, "", "Ashwold Lane is hosting an interfaith picnic on Sunday. Bring a dish from your family's culture, all welcome."),
    (N, "", "The school's new accessibility ramp means my dad, who's in a wheelchair, can finally come to sports day. Thank you Saltcoombe."),
    # --- hard negatives: lawful criticism of policy (not people) ----------------------------------
    (C, "", "I don't agree with how Saltcoombe teaches RSE in Year 6. I've asked to see the materials and I'll be discussing it with the head."),
    (C, "", "The Ramadan timetable changes at Ashwold Lane weren't explained well to non-Muslim families. Not against them, just want better communication."),
    (C, "", "I think Brackenshiel's uniform policy on hair is outdated and discriminates against afro hair. I've written to the governors."),
    (C, "", "Saltcoombe's halal-only meat policy wasn't consulted on. Some of us would have liked a say. I've asked the catering team for the reasons."),
    (C, "", "Ashwold Lane's diversity week was a bit tokenistic to be honest, lots of flags, not much actual learning. Could do better."),
    (C, "", "I object to the school asking children to bring in dishes for the interfaith picnic when some families can't afford it. Make it optional."),
    (C, "", "Mr Whitfield's teaching methods feel dated. Chalk and talk works for some kids but not mine. I've asked for more variety."),
    (C, "", "The SEN provision at Brackenshiel is underfunded and it's not fair on teachers like Ms Reinholt who are stretched thin."),
    (C, "", "Saltcoombe's Pride month assembly was fine in itself but the letter home came after, not before. Parents like to know in advance."),
    (C, "", "Mrs Haq is a lovely woman but as head of Year 9 she's far too lenient on phones in lessons. Needs firmer rules."),
    # --- hard negatives: reporting hate or shutting it down -----------------------------------------
    (N, "", "Reported the 'Traynor Out' posts to the police as harassment. Whatever you think of a teacher, this is a campaign of abuse."),
    (N, "", "Someone left bacon on the Ashwold Lane gate this morning. The school and police are treating it as a hate incident. Disgusting, and not who we are."),
    (N, "", "The fake 'Sharia values' letter is fake. Saltcoombe's head has written to all parents. Please stop sharing it."),
    (N, "", "Group admin: I've banned three people for racist comments about Mrs Adebanjo. This is a parents' group, not a hate forum."),
    (N, "", "News: Ashwold man given community order for racially aggravated harassment of a local headteacher."),
    (N, "", "To the people calling Mr Lindqvist names: my son is gay and he's in Year 9. He reads this page. Think about that."),
    (N, "", "Brackenshiel have put out a statement supporting their staff after transphobic posts about the head. Good on them."),
    (N, "", "Whoever posted the name of the Year 5 boy with the prayer mat: it's been removed and reported. He's nine. Leave him alone."),
    (N, "", "Saltcoombe parents, please don't engage with the @MissTraynorSaltcoombe account. It's fake and she's reported it."),
    (N, "", "Equality Act guidance for parent groups: you can criticise a school's decisions, but targeting staff for their race, religion or sexuality is unlawful."),
    # --- hard negatives: swearing, slang, jokes without a target ----------------------------------------
    (N, "", "Bloody Nora, Year 6 SATs week. Send wine. And biscuits. And a new brain."),
    (N, "", "my kid called his teacher 'mum' in front of the whole class and wants to move to Scotland now 😭😭"),
    (N, "", "Mr Chaudhry's staff vs pupils cricket match was savage. Year 11 got absolutely demolished. 🏏"),
    (N, "", "Teacher of the year nominee Mrs Adebanjo is an absolute queen 👑 my daughter adores her"),
    (N, "", "Just had my son's Year 10 report. Chemistry: 'a pleasure'. Who is this child and what have they done with mine 😂"),
]
