"""Extra critical examples (e): more registers — YouTube/TikTok comments, pupils' own complaints,
grandparents, governors, ex-staff, Welsh/Scottish/Northern voices, and short reviews.

Every school, town and person here is invented. Rows: (label, flags, text) or (label, flags, text, group).
"""

C = "critical"

EXAMPLES = [
    # --- pupils' own complaints ----------------------------------------------------------------------
    (C, "", "yr 9 here and honestly the new rule where we cant use the toilet for the first and last 10 mins of every lesson is stupid. people are literally holding it all day"),
    (C, "", "the school cancelled prom bc of 'budget' but somehow theres money for a new staffroom coffee machine?? ok"),
    (C, "", "mr penrose gave me a detention for 'smirking'. i wasnt. i just have a face"),
    (C, "", "our head of year keeps threatening to cancel the year 11 trip every single assembly. just cancel it or dont, the stress is worse"),
    (C, "", "sixth former here. we were promised a common room. we got a corridor with a vending machine that's been broken since october."),
    (C, "", "why are we getting 4 mocks in one week and then being told to 'look after our mental health'. make it make sense @ sir"),
    (C, "", "ms lyle marks everything down for handwriting even in science. i have dyspraxia and its in my plan. so annoying"),
    (C, "", "honestly our school cares more about our skirts being the right length than whether we actually understand anything"),
    # --- grandparents, carers --------------------------------------------------------------------------
    (C, "", "As a grandparent who collects three children from Oakhill Primary, I find it extraordinary that the school can't provide a covered waiting area. We stand in the rain every afternoon for 15 minutes."),
    (C, "", "I'm a kinship carer for my granddaughter and I've been told I can't access the parent app because I'm 'not on the system'. Six weeks and three forms later, still can't. Very frustrating."),
    (C, "", "Foster carer here. The school's attitude to my foster son's attachment needs has been disappointing — sanctions, sanctions, sanctions. The virtual school head has now got involved."),
    # --- ex-staff and governors -------------------------------------------------------------------------
    (C, "", "I left Halton Brook last summer after 12 years. I won't go into detail but workload under the current leadership became unsustainable, and I wasn't the only one. Parents should ask why so many experienced staff have gone."),
    (C, "", "As a former parent governor, I'd say the board at Lytham Vale doesn't see half of what parents see. The reports we were given were always rosier than the reality."),
    (C, "", "Retired teacher. Watching what's happening at my old school with the new scripted curriculum is heartbreaking. Teachers aren't allowed to teach any more."),
    # --- regional voices --------------------------------------------------------------------------------
    (C, "", "Wee one's been at Glenbervie Primary two year and we're still no getting straight answers aboot his support. Fed up wi it."),
    (C, "", "Aye the new uniform policy at Craigston High is a joke, £90 for a blazer when half the families round here are skint."),
    (C, "", "Ysgol Cwm Aur's communication is awful. Got the letter about the trip in Welsh only, I don't speak Welsh, my son had to translate. Both languages please!"),
    (C, "", "Eh up, anyone else's lad at Ravenscliffe getting daft amounts of homework? Ours is up till ten most nights. It's not right for a twelve year old."),
    (C, "", "Our kid's school in Byker's gone proper downhill since the new head. Nee clubs, nee trips, nowt. Just exams."),
    (C, "", "Right, the school at the bottom of our road in Toxteth has had four heads in five years. Nobody stays. Kids deserve stability, la."),
    # --- youtube / tiktok comments --------------------------------------------------------------------
    (C, "", "This promo video is hilarious if you actually go to this school. Where are the leaky ceilings in this one? 😂"),
    (C, "", "YouTube comment on the school's tour video: nice tour but you skipped the toilets and there's a reason for that"),
    (C, "", "lol they filmed this the one week the science labs worked"),
    (C, "", "tiktok: parents of kids at Westhill Academy, stitch this if you've also been waiting 6+ weeks for a reply from pastoral 🙋‍♀️"),
    (C, "", "Comment under the 'day in the life of a headteacher' reel: lovely, now do a day in the life of a parent trying to get a meeting with you"),
    # --- short reviews and verdicts ---------------------------------------------------------------------
    (C, "", "2★ Decent results, zero empathy."),
    (C, "", "1★ Everything is about attendance figures. Nothing is about children."),
    (C, "", "Would not choose again. Poor SEN, poor communication, great car park."),
    (C, "", "Overrated. The Outstanding grade is from 2012."),
    (C, "", "Kind staff, chaotic school. 2/5."),
    (C, "", "1 star, and I only wrote this because the school ignored three emails first."),
    # --- named staff criticism, various --------------------------------------------------------------
    (C, "", "Mr Oddie has been teaching my son's Year 10 English class for a term and has set one essay. One. How are they meant to prepare for GCSE?"),
    (C, "", "I have a real problem with how Mrs Hanbury spoke to me at pickup today. Told me off in front of other parents for my son being late. I apologised but there's a right way to raise these things."),
    (C, "", "Dr Westby's new homework policy — an hour a night per subject in Year 11 — is unrealistic and I think it's damaging kids who are already stressed."),
    (C, "", "Mr Ashworth-Beck promised a parents' forum on the new curriculum in September. It's May. Where is it?"),
    (C, "", "I think Mrs Kilbride is a well-meaning head but she's surrounded herself with yes-men on the SLT and nobody challenges her. That's how bad decisions happen."),
    (C, "", "Our Year 1 teacher, Miss Fairbairn, is newly qualified and clearly struggling. The school should be supporting her better — a mentor, a TA, something. The kids are suffering and so is she."),
    (C, "", "The business manager, Mr Orpen, responded to my query about trip refunds with a one-line email and a policy link. I'd expected a bit more courtesy after a £400 cancellation."),
    (C, "", "Mrs Ferncombe said in assembly that 'children who are off sick are letting the school down'. My son has Crohn's. He came home devastated. I've asked for an apology."),
    # --- specific issues ------------------------------------------------------------------------------
    (C, "", "Nearly every day the Year 3 class at Pendock is being taught by a different cover supervisor. The kids don't know who their teacher is. The head says it's temporary. It's been since January."),
    (C, "", "The school has stopped providing free fruit for Key Stage 1 without telling anyone. Fine, budgets, but a heads-up would've been nice for those of us who rely on it."),
    (C, "", "Being asked to sign a 'home-school agreement' that says I'll support every sanction without question. No. I'll support fair ones."),
    (C, "", "The school's new 'calm corridors' rule is policed by staff shouting 'SILENCE' every 30 seconds. The irony."),
    (C, "", "Whole school detention because of graffiti in the boys' toilets. My daughter got it too. She's a girl. She's never been in the boys' toilets."),
    (C, "", "The nursery at Brookhaven has started charging £5 for 'consumables' per week on top of the funded hours. That's not what funded means."),
    (C, "", "School cancelled Year 6 swimming lessons because of the cost of the coach. Some of these kids can't swim. That's a safety issue."),
    (C, "", "My daughter's been given the same reading book three times this term. She's bored stiff and reading nothing new."),
    (C, "", "The school's 'rewards trip' for 100% attendance excludes every child with a chronic illness or disability. Discriminatory and I've told them so."),
    (C, "", "The breakfast club has been moved to the dining hall where the kids have to sit in silence. It was the nicest part of my son's day. Not any more."),
    (C, "", "Our school has removed the lunchtime quiet room. My anxious daughter now spends every lunch in the toilets because the playground is too much."),
    (C, "", "They've merged two classes into a 'flexible learning space' with 58 children and three adults. It's noisy, it's chaotic and my son can't concentrate."),
    (C, "", "Every single week there's a letter about punctuality, and every single week the gate is opened late. Physician, heal thyself."),
    # --- lawful action ----------------------------------------------------------------------------------
    (C, "", "We've asked the Local Government Ombudsman to look at the way the admissions appeal was handled. I'd encourage others in the same position to do the same."),
    (C, "", "Complaint escalated to the trust. If they don't resolve it, it goes to the ESFA. I'm keeping everything in writing from now on."),
    (C, "", "Organising a meeting of Year 5 parents on Thursday to agree a joint letter to the governors about class sizes. DM me for details."),
    (C, "", "I've asked the school for its accessibility plan under the Equality Act. It should be published. It isn't. Let's see what they send."),
    (C, "", "Just spoke to a reporter at the Clarion about the free school meals mix-up. The more families who speak up the better."),
    (C, "", "Councillor surgery on Saturday — I'm taking the file on the school transport cuts. If your child is affected, come along."),
]
