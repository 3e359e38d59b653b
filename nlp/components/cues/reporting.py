"""Frames inside which the rules do not raise a label: news and court reports, warnings, counter-speech.

A post that reports abuse ("the court heard", "police said"), warns about a fake account ("PSA",
"scam", "don't pay") or condemns abuse ("reported to the mods", "not OK") quotes the cue words
without meaning them. ``flag_patterns`` puts these in ``doc.spans["reporting"]``; ``decide`` then
lets only the model decide.
"""

from __future__ import annotations

# Reporting or condemning abuse is not abuse: inside these the rules do not raise a label.
COUNTER_SPEECH = [
    r"\b(?:just |have |i'?ve |we'?ve )?reported (?:it|this|them|that|the (?:post|account|comment|page|profile|video|tweet))?\s*(?:to (?:the )?(?:mods|admins?|moderators|facebook|instagram|tiktok|twitter|police))\b|\b(?:just|i'?ve|we'?ve|have|i|we|already)\s+reported\b",
    r"\bpsa\b|\b(?:it|this|that) (?:is|was)(?: not|n'?t|'?s not) (?:her|him|them|us|the school|real)\b|\bdon'?t (?:reply|respond|send (?:any )?money|click)\b|\breport (?:it|them|this|the (?:account|page|post))\b",
    r"\b(?:blocked|screenshotted|screenshot) and reported\b|\bplease (?:report|don'?t share|do not share)\b|\bdon'?t (?:share|repost|spread) (?:it|this|them)\b",
    r"\b(?:(?:that'?s|this is|that is|it'?s)\s+)?(?:not ok(?:ay)?|not on|never ok(?:ay)?|unacceptable)\b[^\n]{0,80}\breport\w*|\breport\w*\b[^\n]{0,80}\b(?:not ok(?:ay)?|not on|unacceptable)\b",
    r"\b(?:someone|somebody|a parent|people|trolls?|an account)\s+(?:has\s+|have\s+|is\s+|are\s+)?(?:posted|wrote|written|commented|calling|called|been calling|saying)\b[^\n]{0,80}\b(?:report\w*|disgusting|not ok|not on|unacceptable|vile)\b",
    r"\breporting (?:the|this|that|a) (?:account|page|post|profile|parody)\b|\bscreenshott?ing (?:this|it) for\b|\bnot literally\b|\bfound guilty\b|\bcourt(?: report)?:|\b(?:are|is|were) (?:fraudulent|fake|not genuine)\b|\bwarning (?:that|parents|families)\b|\b(?:nobody|no one)\b[^.\n]{0,30}\bwill ever ask\b|\bha(?:ve|s) not changed\b|\bhaven'?t changed\b",
    r"\bscam\b|\bheads up\b|\bbeware\b|\b(?:it'?s|its|is|was) (?:a |definitely |obviously |pretty sure it'?s )?fake\b",
]

# News and court reporting: cues inside a report are quoted, not said; the rules do not raise those.
REPORTING = [
    r"\b(?:court|magistrates|crown court|tribunal|jury|judge|the hearing)\s+(?:heard|was told|told|found|ruled|cleared|sentenced)\b",
    r"\b(?:pleaded|pled|admitted)\s+(?:guilty|not guilty)\b", r"\b(?:was|were|has been|have been)\s+(?:charged|convicted|sentenced|jailed|fined|cautioned|cleared|acquitted|given a)\b",
    r"\b(?:police|a police spokesperson|detectives|officers|a spokesperson|a spokeswoman|a spokesman|the trust|the council|the local authority)\s+(?:said|confirmed|are investigating|have appealed|is investigating|told)\b",
    r"\b(?:told the court|told reporters|told the (?:\w+ )?(?:echo|gazette|post|herald|mercury|chronicle|bbc|news|advertiser|courier|times|observer|star))\b",
    r"\b(?:according to (?:police|court|the report|officers|documents))\b", r"\b(?:ofsted (?:found|said|inspectors|report))\b",
    r"\b(?:reporting on|reports? that|the (?:\w+ )?(?:echo|gazette|post|herald|mercury|chronicle|news|advertiser|courier|times|observer|star) (?:said|reports?|reported|understands))\b",
    r"\bmessages (?:seen by|read out|shown to)\b", r"\bwas (?:reported|quoted) (?:as saying|to have)\b",
    # the register of a news item or an official statement about an investigation, which names the
    # allegation without making it
    r"\b(?:court hears|interviewed under caution|inquiries continue|(?:both |has |have )?den(?:y|ies|ied) (?:any )?wrongdoing|"
    r"pending (?:an|the outcome of an?|a) (?:investigation|inquiry|review)|the crown prosecution service|insufficient evidence|"
    r"does not imply guilt|(?:suspension|being suspended) is a neutral act|no further details|"
    r"(?:a|the) (?:disciplinary |professional conduct |misconduct )?panel (?:has |have )?(?:ruled|found|concluded))\b",
    r"\bsentencing (?:remarks|hearing)\b|\bracially aggravated\b|\b(?:judge|magistrates?|recorder|sheriff)\b[^.\n]{0,30}\b(?:said|told|remarked|sentenced)\b",
    # warnings and counter-speech: a post that reports a fake account or condemns abuse is not the abuse
    r"\b(?:fake (?:page|account|profile|facebook|letter)|scam alert|is not from (?:us|the school)|are not from (?:us|the school)|is not us|isn'?t us|will never ask|do not pay|don'?t pay anything|please report it|reported (?:it )?to (?:the )?(?:platform|police|school)|been removed and reported|don'?t engage|do not engage|has to stop|need to be kinder|do better)\b",
    *COUNTER_SPEECH,
]
