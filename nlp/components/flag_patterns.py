"""``flag_patterns``: rule cues for the flags, with the span each one quotes.

The cues are the regular expressions of :mod:`nlp.components.cues` (threat, abuse, hate,
allegation, impersonation, pupil_identified), run on the text case-insensitively. A cue overlapping
an idiom (``killed it at sports day``, ``killer lasagne``) is dropped. Reporting frames ("the court
heard", "police said") and warnings ("fake page", "please report it") go into
``doc.spans["reporting"]`` (looked for only when a weak or strong cue fired) so ``decide`` can tell a news report
quoting abuse from abuse.

Output: ``doc.spans["flags"]``: one span per cue, ``label_`` the flag, ``kb_id_`` the rule name;
``doc._.flag_strength`` maps each flag found to ``"strong"``, ``"weak"`` or ``"hint"`` (a hint
never raises a label; it only names the flag on an item already malicious). A pupil cue counts only
when the text also has a hostile word about the child (``cues.HOSTILE``). A cue inside quotation
marks drops one level (it is being quoted), two when the quotation is named as something said
("the 'I'll be waiting' comments"); two different cues for one flag, on different words, raise it one level
(a claim to be the head plus a payment request is a strong impersonation cue).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

import re

from nlp.components.cues import HOSTILE, compile_cues, compile_pattern, doc_text, present_anchors

RANK = {"hint": 0, "weak": 1, "strong": 2}
LEVELS = ("hint", "weak", "strong")
QUOTED = re.compile(r"(?<!\w)'(?:[^'\n]|(?<=\w)'(?=\w)){3,160}'(?!\w)|\"[^\"\n]{3,160}\"|“[^”\n]{3,160}”|‘[^’\n]{3,160}’")
HOSTILE_RE = re.compile(HOSTILE)  # run on the lower-cased text
# A quotation named as something said ("the 'I'll be waiting' comments"): the cue inside is mentioned, not meant.
MENTIONING = re.compile(r"(?:(?:threats?|comments?|posts?|messages?|things|phrases?|words?|stuff) like|saying|said|posted|wrote|writes|"
                        r"called (?:her|him|them)|wants to|wanted to)\s*:?\s*$", re.IGNORECASE)
MENTIONED = re.compile(r"\s*(?:comments?|posts?|messages?|texts?|emails?|threads?|remarks?|tweets?|letters?|threats?|rumou?rs?)\b", re.IGNORECASE)

SPAN_KEY = "flags"
REPORTING_KEY = "reporting"


class FlagPatterns:
    def __init__(self, nlp: Language, name: str = "flag_patterns") -> None:
        self.nlp, self.name = nlp, name
        self.cues, self.idioms, self.reporting = compile_cues()
        self.idiom_re = compile_pattern("|".join(f"(?:{p.pattern})" for p in self.idioms))
        self.reporting_re = compile_pattern("|".join(f"(?:{p.pattern})" for p in self.reporting))
        # anchor -> indices of the cues it unlocks; cues without anchors always run
        self.by_anchor: dict[str, list[int]] = {}
        self.always: list[int] = []
        for i, (_, _, _, _, anchors) in enumerate(self.cues):
            if not anchors:
                self.always.append(i)
            for anchor in anchors:
                self.by_anchor.setdefault(anchor, []).append(i)

    @staticmethod
    def _on(pattern: re.Pattern[str], text: str, lowered: str) -> str:
        """The text ``pattern`` runs on: the lower-cased one unless it needs case (``cues.compile_pattern``)."""
        return text if pattern.flags & re.IGNORECASE else lowered

    def _idiom_spans(self, text: str, lowered: str) -> list[tuple[int, int]]:
        """Where the idioms are: one pass of the combined idiom pattern, once per doc with a cue."""
        return [(m.start(), m.end()) for m in self.idiom_re.finditer(self._on(self.idiom_re, text, lowered))]

    @staticmethod
    def _quotations(text: str) -> list[tuple[int, int, int]]:
        """Quoted stretches as ``(start, end, levels to drop)``: two when named as something said."""
        found = []
        if "'" in text or '"' in text or "“" in text or "‘" in text:
            for m in QUOTED.finditer(text):
                mentioned = MENTIONED.match(text, m.end()) or MENTIONING.search(text, max(0, m.start() - 40), m.start())
                found.append((m.start(), m.end(), 2 if mentioned else 1))
        return found

    def _candidates(self, lowered: str) -> list[int]:
        """Indices of the cues whose anchors occur in ``lowered``, in :data:`FLAG_CUES` order."""
        chosen = set(self.always)
        for anchor in present_anchors(lowered):
            chosen.update(self.by_anchor.get(anchor, ()))
        return sorted(chosen)

    def __call__(self, doc: Doc) -> Doc:
        # curly apostrophes as straight ones (same length, so character offsets still hold)
        text = doc_text(doc).replace("\u2019", "'")
        spans: list[Span] = []
        strength: dict[str, str] = {}
        hostile: bool | None = None  # looked for only when a pupil cue could fire
        quoted: list[tuple[int, int, int]] | None = None  # found when the first cue matches
        rules: dict[str, list[tuple[str, int, int]]] = {}
        idioms: list[tuple[int, int]] | None = None
        lowered = text.lower()
        if len(lowered) != len(text):  # a few characters lower-case to two; keep offsets aligned
            lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        for index in self._candidates(lowered):
            flag, rule, level, pattern, _ = self.cues[index]
            if flag == "pupil_identified":
                if hostile is None:
                    hostile = bool(HOSTILE_RE.search(lowered))
                if not hostile:
                    continue
            for m in pattern.finditer(self._on(pattern, text, lowered)):
                if idioms is None:
                    idioms = self._idiom_spans(text, lowered)
                if any(s < m.end() and m.start() < e for s, e in idioms):
                    continue
                span = doc.char_span(m.start(), m.end(), label=flag, kb_id=rule, alignment_mode="expand")
                if span is None or len(span) == 0:
                    continue
                spans.append(span)
                rules.setdefault(flag, []).append((rule, m.start(), m.end()))
                if quoted is None:
                    quoted = self._quotations(text)
                cue_level = level
                for s, e, drop in quoted:
                    if s <= m.start() and m.end() <= e:
                        cue_level = LEVELS[max(0, RANK[level] - drop)]
                        break
                if flag not in strength or RANK[cue_level] > RANK[strength[flag]]:
                    strength[flag] = cue_level
        for flag, found in rules.items():
            if any(r1 != r2 and (e1 <= s2 or e2 <= s1) for r1, s1, e1 in found for r2, s2, e2 in found):
                strength[flag] = LEVELS[min(2, RANK[strength[flag]] + 1)]
        doc.spans[SPAN_KEY] = sorted(spans, key=lambda sp: sp.start)
        reporting = []
        # a frame matters only where a cue could raise the label (hints never do)
        for m in self.reporting_re.finditer(self._on(self.reporting_re, text, lowered)) if any(v != "hint" for v in strength.values()) else ():
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
