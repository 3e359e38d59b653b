"""``flag_patterns``: rule cues for the flags, with the span each one quotes.

The cues are the regular expressions of :mod:`nlp.components.cues` (threat, abuse, hate,
allegation, impersonation, pupil_identified), run on the text case-insensitively. A cue overlapping
an idiom (``killed it at sports day``, ``killer lasagne``) is dropped. Reporting frames ("the court
heard", "police said") and warnings ("fake page", "please report it") go into
``doc.spans["reporting"]`` (looked for only when a cue fired) so ``decide`` can tell a news report
quoting abuse from abuse.

Output: ``doc.spans["flags"]``: one span per cue, ``label_`` the flag, ``kb_id_`` the rule name;
``doc._.flag_strength`` maps each flag found to ``"strong"``, ``"weak"`` or ``"hint"`` (a hint
never raises a label; it only names the flag on an item already malicious). A pupil cue counts only
when the text also has a hostile word about the child (``cues.HOSTILE``). A cue inside quotation
marks drops one level (it is being quoted); two different cues for one flag, on different words, raise it one level
(a claim to be the head plus a payment request is a strong impersonation cue).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

import re

from nlp.components.cues import HOSTILE, compile_cues, doc_text, present_anchors

RANK = {"hint": 0, "weak": 1, "strong": 2}
LEVELS = ("hint", "weak", "strong")
QUOTED = re.compile(r"(?<!\w)'[^'\n]{3,160}'(?!\w)|\"[^\"\n]{3,160}\"|“[^”\n]{3,160}”|‘[^’\n]{3,160}’")
HOSTILE_RE = re.compile(HOSTILE, re.IGNORECASE)

SPAN_KEY = "flags"
REPORTING_KEY = "reporting"


class FlagPatterns:
    def __init__(self, nlp: Language, name: str = "flag_patterns") -> None:
        self.nlp, self.name = nlp, name
        self.cues, self.idioms, self.reporting = compile_cues()

    def _in_idiom(self, text: str, start: int, end: int) -> bool:
        """Whether an idiom overlaps ``text[start:end]`` (searched in a window around it)."""
        lo, hi = max(0, start - 40), min(len(text), end + 40)
        for pattern in self.idioms:
            for i in pattern.finditer(text, lo, hi):
                if i.start() < end and start < i.end():
                    return True
        return False

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        spans: list[Span] = []
        strength: dict[str, str] = {}
        hostile: bool | None = None  # looked for only when a pupil cue could fire
        quoted = [(m.start(), m.end()) for m in QUOTED.finditer(text)] if ("'" in text or '"' in text or "“" in text or "‘" in text) else []
        rules: dict[str, list[tuple[str, int, int]]] = {}
        present = present_anchors(text.lower())
        for flag, rule, level, pattern, anchors in self.cues:
            if anchors and anchors.isdisjoint(present):
                continue
            if flag == "pupil_identified":
                if hostile is None:
                    hostile = bool(HOSTILE_RE.search(text))
                if not hostile:
                    continue
            for m in pattern.finditer(text):
                if self._in_idiom(text, m.start(), m.end()):
                    continue
                span = doc.char_span(m.start(), m.end(), label=flag, kb_id=rule, alignment_mode="expand")
                if span is None or len(span) == 0:
                    continue
                spans.append(span)
                rules.setdefault(flag, []).append((rule, m.start(), m.end()))
                if any(s <= m.start() and m.end() <= e for s, e in quoted):
                    level = LEVELS[max(0, RANK[level] - 1)]
                if flag not in strength or RANK[level] > RANK[strength[flag]]:
                    strength[flag] = level
        for flag, found in rules.items():
            if any(r1 != r2 and (e1 <= s2 or e2 <= s1) for r1, s1, e1 in found for r2, s2, e2 in found):
                strength[flag] = LEVELS[min(2, RANK[strength[flag]] + 1)]
        doc.spans[SPAN_KEY] = sorted(spans, key=lambda sp: sp.start)
        reporting = []
        for pattern in self.reporting if spans else ():
            for m in pattern.finditer(text):
                span = doc.char_span(m.start(), m.end(), label="reporting", alignment_mode="expand")
                if span is not None:
                    reporting.append(span)
        doc.spans[REPORTING_KEY] = reporting
        doc._.flag_strength = strength
        return doc


@Language.factory("flag_patterns")
def make_flag_patterns(nlp: Language, name: str) -> FlagPatterns:
    if not Doc.has_extension("flag_strength"):
        Doc.set_extension("flag_strength", default=None)
    return FlagPatterns(nlp, name)
