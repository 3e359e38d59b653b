"""More malicious examples, part G: mixed harms in many registers (long forum rants, text-speak,
ALL CAPS, pasted WhatsApp threads, news comment sections, Scottish and Welsh schools), including
reposts of one post that share a group, plus hard negatives in the same registers.

Phone numbers are in Ofcom's drama range (07700 900xxx); emails use ``.example`` domains; streets
and postcodes are invented. Every school, town and person here is invented.
Rows: (label, flags, text) or (label, flags, text, group).
"""

N, C, M = "neutral", "critical", "malicious"

EXAMPLES = [
    # --- one post, reposted with edits (shared groups) ---------------------------------------------
    (M, "allegation", "Share this. Mr Tunnicliffe at Gledmere Vale Primary was removed from his last school for inappropriate contact with pupils. The trust knew and hired him anyway.", "g-tunnicliffe-repost"),
    (M, "allegation", "SHARE SHARE SHARE — Mr Tunnicliffe (Gledmere Vale) was removed from his last school for 'inappropriate contact' with kids and the trust hired him anyway!!!", "g-tunnicliffe-repost"),
    (M, "allegation", "copied from another group: mr tunnicliffe at gledmere vale got removed from his old school for inappropriate contact w pupils and the trust still hired him", "g-tunnicliffe-repost"),
    (M, "impersonation", "Hi parents, Mrs Gourlay here from Inverbrae Primary 😊 I've got a new mobile, 07700 900284, save this one please and message me your child's name so I know who's who!", "g-gourlay-newnumber"),
    (M, "impersonation", "hi its mrs gourlay from inverbrae primary, new phone!! 07700 900284 save it and send me ur childs name so i know who's who x", "g-gourlay-newnumber"),
    (N, "", "Inverbrae parents: the message going round from 'Mrs Gourlay' with a new number (07700 900284) is NOT from her. Please don't reply. The school has reported it.", "g-gourlay-warning"),
    (N, "", "Repeating the school's warning: the 'new number' message pretending to be Mrs Gourlay at Inverbrae is a scam. Block and report.", "g-gourlay-warning"),
    (M, "threat", "Mr Pennock at Caldershiel won't be smiling for long. We know his routine.", "g-pennock-routine"),
    (M, "threat", "we know mr pennocks routine. caldershiel. he wont be smiling for long", "g-pennock-routine"),
    # --- Scottish / Welsh / Northern Irish schools ------------------------------------------------
    (M, "abuse", "That heidie at Inverbrae is a total rocket. Useless wee nyaff, couldnae run a bath never mind a school."),
    (M, "threat", "Tell the Caldershiel depute that if she phones the social on us again she'll be getting a visit. Nae joke."),
    (M, "allegation", "Aye well the PE teacher at Kilmuirden High, Mr Dalgetty, was lifted by the polis last week. Everybody kens it's about the lassies in his class."),
    (M, "impersonation", "Ysgol Bryn Eithinog: Annwyl rieni — dear parents, this is Mr Pritchard, Pennaeth. Please send £30 per child for the Urdd trip to the account below, our usual system is down. Diolch."),
    (M, "doxxing", "For anyone wanting to speak to Mrs Llewelyn from Ysgol Bryn Eithinog, she's at Tŷ Gwyn, the white house past the chapel in Llanfarog. Knock loud, she's deaf as a post."),
    (M, "abuse hate", "English teacher at Ysgol Bryn Eithinog can't even speak Welsh, bloody Saeson coming here taking our jobs, go home."),
    (M, "allegation", "Mrs MacRae at Glenmure Academy has been fiddling the trip money for years, ask where the Iceland trip money went. She's a thief and the council knows."),
    (M, "threat", "Ballyderry parents group: 'the vice principal at St Fintragh's better mind himself, there's boys round here who don't forget'"),
    (N, "", "Ysgol Bryn Eithinog's Urdd trip payments are through the usual ParentPay link. Mr Pritchard has asked us to ignore any other request. Diolch!"),
    (N, "", "The heidie at Inverbrae did a sponsored sleep out for the food bank. Absolute rocket, in the good way. Raised £2k."),
    (C, "", "Glenmure Academy's depute is aye too quick to exclude. The council's own figures show it. Needs looked at."),
    (N, "", "Kilmuirden High PE teacher Mr Dalgetty took the under-15s to the Scottish Schools Cup final. What a season."),
    # --- text-speak and caps -------------------------------------------------------------------
    (M, "abuse", "miss renshaw is such a stuck up b*tch omg ?? like who does she think she is 🙄 ugly ass teacher"),
    (M, "threat", "IF MR OGUNDIPE PUTS MY SON IN ISOLATION ONE MORE TIME I WILL BE DOWN THAT SCHOOL AND HE WILL NOT BE WALKING OUT OF IT"),
    (M, "allegation", "ngl mr ferrars def has a thing for the yr 11 girls 😬 always touching their shoulders n stuff... no one says anything tho"),
    (M, "impersonation", "OFFICIAL NOTICE FROM HAWKSLEY ACADEMY!!! ALL PARENTS MUST PAY £15 FOR NEW SECURITY LANYARDS BY FRIDAY. PAY VIA LINK IN COMMENTS. NO LANYARD NO ENTRY."),
    (M, "pupil_identified abuse", "lmaooo kaiden from 8h at hawkstowe is sooo weird 💀 he smells like wet dog and cries when u look at him #hawkstoweacademy"),
    (M, "doxxing", "mr ogundipes insta is @tunde.o.fitness and his gf's is on there too. his house is in the bg of one of the pics, easy to find 😂"),
    (M, "abuse", "MRS ASHBRIDGE IS A VILE VILE VILE WOMAN AND I HOPE EVERY PARENT SEES THIS. BULLY. LIAR. DISGRACE."),
    (M, "threat", "mr ferrars better not be at the yr 11 prom or there gonna be problems. real problems. ykwim"),
    (N, "", "ngl mr ogundipe is the goat 🐐 best PE teacher at hawkstowe by miles"),
    (N, "", "MRS ASHBRIDGE IS RETIRING!!!! 32 YEARS AT HAWKSLEY!!! THANK YOU FOR EVERYTHING 💐💐💐"),
    (C, "", "HAWKSLEY ACADEMY'S NEW LANYARD RULE IS POINTLESS AND THE LETTER CAME OUT ON A FRIDAY AT 6PM. SHAMBLES."),
    # --- long forum / Mumsnet posts ---------------------------------------------------------------
    (M, "allegation", "I'm going to say what nobody else on this forum will. The head at Ravensholme CE Primary, Mr Hoyland, is having an affair with the school business manager and they are both signing off payments to each other's 'consultancy' firms. I've seen the invoices (ok, a friend who's a governor has). This is fraud. The diocese is doing nothing. He should be arrested."),
    (M, "abuse", "AIBU? Long post. My DD's teacher Mrs Ashbridge is, frankly, a horrible human being. She's fat, lazy, smells of fags, talks to kids like dirt and everyone in the village knows she only got the job because her sister's on the governors. I've started telling every new parent to request a different class. I hope she gets so few kids she's out of a job."),
    (M, "threat", "I've tried every channel. Complaints, governors, LA. Nothing. So I'm done with channels. I know where Mr Ogundipe drinks on a Friday and I know where he parks. Next time my son comes home in tears, I won't be writing a letter."),
    (M, "impersonation", "Posting this as Mrs Ashbridge because she clearly won't: 'Dear parents, I've been a terrible teacher for years and I'm sorry. I'm only here for the pension. Yours, Carol Ashbridge.' — don't tell me it's not true 😂"),
    (C, "", "AIBU? Long post, sorry. My DD's teacher is very strict and I think she's wrong to keep the whole class in at break when one child misbehaves. I raised it with the school, they said it's policy. I'm now going to the governors. I'm not going to name her here because it's about the policy really."),
    (C, "", "I've sat on the Ravensholme governing body and I'll say this plainly: the head's financial reporting is poor and the governors haven't challenged it enough. That's a governance failure, not a crime, and we're fixing it."),
    (N, "", "Threads like this are why teachers are leaving. If you think a head is committing fraud, go to the police or Action Fraud. Don't post rumours about named people."),
    # --- WhatsApp pasted threads ---------------------------------------------------------------
    (M, "doxxing", "[pasted from Y6 WhatsApp] Dani: does anyone have Miss Renshaw's actual number?? | Kel: 07700 900533 got it from the netball lot | Dani: ta hun, ringing her now 😤"),
    (M, "abuse", "[pasted chat] Lou: that renshaw woman is a f*cking joke | Tash: total cow | Lou: let's all go to the gate tmrw and give her daggers | Tash: and tell her she's crap to her face 😂"),
    (M, "allegation", "[screenshot from parents' chat] 'heard the caretaker at Gledmere Vale was caught with kiddie pics on the school computer. they've kept it out the papers'"),
    (M, "threat", "[voice note transcribed in group] 'I swear to god if that teacher so much as looks at my daughter again, I'm gonna be waiting for her in the car park and she'll know about it'"),
    (M, "pupil_identified", "[class chat] 'Mums, it's the Kowalski girl again. Maja. She pushed Evie off the climbing frame. Don't let your kids play with her.' 'Omg not again' 'her mum's useless'"),
    (N, "", "[pasted from class chat] Jen: anyone know if it's PE tomorrow? | Sam: yes and swimming thurs | Jen: lifesaver x"),
    (N, "", "[class WhatsApp] 'Mrs Ashbridge is off sick so Mr Ferrars is covering 3B this week, he's lovely, kids will be fine 😊'"),
    (C, "", "[pasted chat] Mo: did anyone else's kid not get the reading book changed all week? | Ali: same | Mo: I'm going to email the teacher, it's been three weeks now"),
    # --- local news comment sections --------------------------------------------------------------
    (M, "allegation", "Comment on 'Gledmere Vale Primary rated Requires Improvement': 'Not surprised, the head was caught drink driving last year and they kept him on. Whole place is rotten.'"),
    (M, "hate", "Comment on 'New head appointed at Hawkstowe Academy': 'Another woman in a headscarf. Hawkstowe's going the way of Tanbridge. Moving my kids while I still can.'"),
    (M, "threat", "Comment on 'School closes breakfast club': 'Whoever decided this wants to hope nobody finds out who they are.'"),
    (M, "abuse", "Comment on 'Teacher wins award': 'Mr Ferrars? HA. The man is a talentless creep and his award is a joke. Bet he gave himself it.'"),
    (M, "impersonation", "Comment on 'Ravensholme head responds to parents' by an account called 'Mr Hoyland Ravensholme Head': 'I don't care what parents think. My school, my rules.' (The school says it isn't him.)"),
    (N, "", "Comment on 'Teacher wins award': 'Mr Ferrars taught both my boys and he fully deserves this. Congratulations!'"),
    (C, "", "Comment on 'School closes breakfast club': 'Appalling decision that will hit working parents hardest. The trust should reverse it.'"),
    (C, "", "Comment on 'Gledmere Vale Primary rated Requires Improvement': 'Fair result. Leadership has been weak for years and they ignore parent feedback.'"),
    (N, "", "Comment on 'New head appointed at Hawkstowe Academy': 'Congratulations Mrs Siddiqui, she was deputy at my daughter's school and was brilliant.'"),
    # --- review sites -----------------------------------------------------------------------------
    (M, "allegation", "★☆☆☆☆ Ravensholme CE Primary. The head is under investigation for financial misconduct and the office manager steals from the dinner money. Avoid at all costs."),
    (M, "abuse", "★☆☆☆☆ Worst school in the county. Mrs Ashbridge is a fat useless bully who hates children. Mr Hoyland is a clown. Burn it down and start again."),
    (M, "pupil_identified", "★☆☆☆☆ Hawkstowe Academy. My son was assaulted by Kaiden Mullarkey in 8H and the school still hasn't excluded him. Keep your kids away from that boy."),
    (C, "", "★★☆☆☆ Hawkstowe Academy. Good facilities but poor communication and a lot of supply teachers. Homework is rarely marked."),
    (C, "", "★☆☆☆☆ Gledmere Vale. SEN support is non-existent. We waited a year for an assessment. Moving schools."),
    (N, "", "★★★★★ Inverbrae Primary. Small, kind and the heidie knows every child's name. Couldn't ask for more."),
    # --- X / Twitter ------------------------------------------------------------------------------
    (M, "impersonation", "@HawkstoweAcademy_UK: Due to a staff strike, school will be closed all next week. Parents should arrange childcare. (Account created 2 days ago, not the school.)"),
    (M, "abuse", "@RavensholmeHead you're a spineless weasel and every parent in this town can see straight through you 🐍"),
    (M, "threat", "Honestly @CaldershielPrimary you've pushed me too far. You'll find out tomorrow what happens when you mess with my family."),
    (M, "allegation", "Funny how @GledmereValeHead deleted all his tweets the day the police turned up 🤔 #safeguarding #coverup"),
    (M, "hate", "Can't believe @KilmuirdenHigh let a bent teacher run the LGBT club. Predators recruiting in plain sight. #ProtectKids"),
    (C, "", "@HawkstoweAcademy_UK please answer your emails. I've been trying to reach the SEN team for three weeks. Not good enough."),
    (N, "", "@CaldershielPrimary thank you for the lovely harvest festival today! The kids were brilliant 🍎🥕"),
    (C, "", "@RavensholmeHead the new homework policy is unworkable for families with more than one child. Please reconsider."),
    # --- YouTube / TikTok ---------------------------------------------------------------------------
    (M, "abuse", "YouTube comment on the Caldershiel Christmas concert: 'the teacher conducting is built like a fridge freezer 😂 someone get her off the stage'"),
    (M, "allegation", "TikTok comment: 'that's mr pennock from caldershiel!!! he got sacked from my old school for stealing from the charity fund lmao'"),
    (M, "impersonation", "TikTok account 'misrenshaw_official' posting dances in a classroom with 'me after failing all my year 9s 💃' — it uses her real photo and name."),
    (M, "pupil_identified abuse", "YouTube video 'worst kids at Gledmere Vale' — a pupil's face, full name and class, with 'this is the crybaby who got my mate excluded'"),
    (N, "", "TikTok: 'POV: your teacher Mr Pennock finds out you did the extra credit 😂' — posted by a pupil, he commented 'proud of you' 🥲"),
    (N, "", "YouTube comment: 'Caldershiel Primary choir, you were wonderful. The little girl doing the solo gave me chills.'"),
    # --- impersonation, more -----------------------------------------------------------------------
    (M, "impersonation", "Text message: 'Gledmere Vale Primary: We have been unable to take payment for your child's school meals. Please update your card at gv-meals.example within 24hrs to avoid suspension.'"),
    (M, "impersonation", "Email from 'Hawkstowe Academy Finance <finance@hawkstowe-academy-payments.example>': outstanding trip balance £87.50, please pay by bank transfer today."),
    (M, "impersonation", "Facebook page 'Caldershiel Primary Parents Forum (Official)' is asking new members to upload a copy of their child's birth certificate 'for safeguarding'. The school says it has no such page."),
    (M, "impersonation", "Hi, I'm the new head of Year 7 at Kilmuirden High. I've lost the contact list so could you message me your child's full name, address and which bus they get? Thanks, Mr Dalgetty"),
    (M, "impersonation", "Message sent to Ravensholme parents from a fake school account: 'Due to illness Mr Hoyland has stepped down. A collection for his leaving gift can be sent to the account below.'"),
    (M, "impersonation abuse", "Parody X account '@NotMrsAshbridge': 'Another day of pretending I like children. At least the biscuits in the staff room are free 🍪 #fatandproud'"),
    (N, "", "Gledmere Vale Primary: we will never text you a link to pay for meals. Use the app. If you got a text, it's a scam — please delete it."),
    (N, "", "Hawkstowe Academy has written to parents warning that emails claiming to be from its finance team are fraudulent and have been reported."),
    (N, "", "This is the official Caldershiel Primary page. We don't run any other parent forums. Thanks to the parent who flagged the fake one."),
    # --- doxxing and pupils, more -----------------------------------------------------------------
    (M, "doxxing", "Mrs Ashbridge lives at 12 Tenter Croft, Ravensholme, ZT4 2WN. Thought the parents who keep asking might want to know."),
    (M, "doxxing threat", "Pennock. 9 Leat Row. Silver Octavia. Home by 5. We're coming."),
    (M, "pupil_identified", "Inverbrae mums: that Callum wean in P5 (the big ginger one) is a wee nightmare. Bit my son. Tell his ma to sort him."),
    (N, "", "Inverbrae P5 had their class assembly today, well done to Callum who read the poem so beautifully."),
    (N, "", "Caldershiel Primary School, 45 Leat Row, Caldershiel. Reception: 0161 496 0177. Office hours 8-4."),
    # --- allegation, more -------------------------------------------------------------------------
    (M, "allegation", "Mr Ogundipe was investigated for assault at his last academy. The kids there all knew. Now he's at Hawkstowe shouting at ours."),
    (M, "allegation", "Miss Renshaw gives the boys in her Year 10 class lifts home. Alone. Think about why."),
    (M, "allegation", "Everyone keeps asking why Mrs Siddiqui left her last school so fast. Money went missing. That's all I'll say."),
    (N, "", "Mrs Siddiqui left her last school to take up this headship at Hawkstowe. That's literally how promotions work."),
    (C, "", "Miss Renshaw's Year 10 class has had no homework set in six weeks. I've emailed the head of department."),
]
