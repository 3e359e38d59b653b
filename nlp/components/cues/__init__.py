"""The rule cues behind ``flag_patterns`` and ``decide``: plain data (regular expressions), no spaCy.

Where to add a cue: the module of its flag, one entry ``(rule, strength, anchors, pattern)``
(:class:`~nlp.components.cues.cue.Cue`), and a test in ``tests/nlp/``:

====================  =====================================================================
``threat.py``         violence, menace, veiled warnings
``abuse.py``          insults, cursing at someone, body shaming, pile-ons
``hate.py``           slurs, exclusion of protected groups (and the "group mentioned" hint)
``allegation.py``     claims of abuse, theft, drink, investigations, rumour and insinuation
``impersonation.py``  posing as the school or staff, scams, parody accounts
``pupil.py``          a child named or placed (and the hostile words that make it count)
``doxxing.py``        private life exposed in words (contact details are ``pii_detector``'s)
``idioms.py``         friendly look-alikes that cancel a cue ("killed it", "f***ing legend")
``reporting.py``      news, warnings and counter-speech frames in which the rules do not raise
``flag_words.py``     words that add a flag to an item already malicious (never raise one)
``fallback.py``       a flag for a malicious item no cue explains
``words.py``          shared fragments: ``PERSON``, ``HIS``, ``KIDS``, ``INSULT``, ``starred()``
``cue.py``            the shape of a cue; ``index.py``: which cues a text can match (anchors)
====================  =====================================================================

Write a cue as a construction aimed at a person ("I'll batter him"), not a bare keyword, so idioms
stay out; give it anchors (a test checks every cue has them).
"""

from __future__ import annotations

from nlp.components.cues import abuse, allegation, doxxing, hate, impersonation, pupil, threat
from nlp.components.cues.cue import Cue
from nlp.components.cues.fallback import FALLBACK_FLAGS
from nlp.components.cues.flag_words import FLAG_WORDS
from nlp.components.cues.idioms import IDIOMS, PRAISE
from nlp.components.cues.index import AnchorIndex, case_free, combine, compile_pattern
from nlp.components.cues.pupil import HOSTILE
from nlp.components.cues.references import SCHOOL_LIFE, SCHOOL_REFERENCE, STAFF_REFERENCE, STAFF_TITLE, TITLES
from nlp.components.cues.reporting import REPORTING

FLAG_CUES: list[Cue] = [*threat.CUES, *abuse.CUES, *hate.CUES, *allegation.CUES, *impersonation.CUES, *pupil.CUES,
                         *doxxing.CUES]

__all__ = [
    "FLAG_CUES", "Cue", "FALLBACK_FLAGS", "FLAG_WORDS", "IDIOMS", "PRAISE", "REPORTING", "HOSTILE", "SCHOOL_LIFE",
    "SCHOOL_REFERENCE", "STAFF_REFERENCE", "STAFF_TITLE", "TITLES", "AnchorIndex", "case_free", "combine", "compile_pattern",
]
