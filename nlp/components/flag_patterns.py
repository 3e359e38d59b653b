"""``flag_patterns``: rule cues for the flags, with the span each one quotes.

The cues are the regular expressions of :mod:`nlp.components.cues` (one module per flag), run on the
lower-cased text (the few that need case, on the original). A cue runs only when one of its anchors
occurs (``cues.index.AnchorIndex``). A cue overlapping an idiom (``killed it at sports day``,
``killer lasagne``) is dropped. Reporting frames ("the court heard", "police said") and warnings
("fake page", "please report it") go into ``doc.spans["reporting"]`` (looked for only when a weak
or strong cue fired) so ``decide`` can tell a news report quoting abuse from abuse.

Output: ``doc.spans["flags"]``: one span per cue, ``label_`` the flag, ``kb_id_`` the rule name;
``doc._.flag_strength`` maps each flag found to ``"strong"``, ``"weak"`` or ``"hint"`` (a hint
never raises a label; it only names the flag on an item already malicious).
- A pupil cue is only a hint (and does not stack) unless the text also has a hostile word about the
  child (``cues.pupil.HOSTILE``).
- A cue inside quotation marks drops one level (it is being quoted), two when the quotation is named
  as something said ("the 'I'll be waiting' comments"); not at all when the quotation is the post
  itself ("TikTok comment: '...'").
- Two different cues for one flag, on different words, raise it one level (a claim to be the head
  plus a payment request is a strong impersonation cue).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

import re

from nlp.components import annotations
from nlp.components.cues import FLAG_CUES, HOSTILE, IDIOMS, REPORTING, AnchorIndex, combine, compile_pattern
from nlp.components.text import doc_lower, doc_text

RANK = {"hint": 0, "weak": 1, "strong": 2}
LEVELS = ("hint", "weak", "strong")
QUOTED = re.compile(r"(?<!\w)'(?:[^'\n]|(?<=\w)'(?=\w)){3,160}'(?!\w)|\"[^\"\n]{3,160}\"|“[^”\n]{3,160}”|‘[^’\n]{3,160}’")
HOSTILE_RE = re.compile(HOSTILE)  # run on the lower-cased text
# A quotation named as something said ("the 'I'll be waiting' comments"): the cue inside is mentioned, not meant.
MENTIONING = re.compile(r"(?:(?:threats?|comments?|posts?|messages?|things|phrases?|words?|stuff) like|saying|said|posted|wrote|writes|"
                        r"called (?:her|him|them)|wants to|wanted to)\s*:?\s*$", re.IGNORECASE)
# A quotation that is the post itself, labelled by where it was posted ("TikTok comment: '...'"): not a quote of someone else.
LABELLED = re.compile(r"\b(?:comments?|replies|reply|posts?|tweets?|captions?|status|reviews?|bio|story|thread|message|dm|photo"
                      r"|picture|pic|video|screenshot|chat|whatsapp|snap)\s*:\s*$",
                      re.IGNORECASE)
MENTIONED = re.compile(r"\s*(?:comments?|posts?|messages?|texts?|emails?|threads?|remarks?|tweets?|letters?|threats?|rumou?rs?)\b", re.IGNORECASE)

SPAN_KEY = "flags"
REPORTING_KEY = "reporting"


class FlagPatterns:
    def __init__(self, nlp: Language, name: str = "flag_patterns") -> None:
        self.nlp, self.name = nlp, name
        # (flag, rule, strength, pattern, whether it runs on the original text rather than the lower-cased one)
        self.cues = [(c.flag, c.rule, c.strength, p, bool(p.flags & re.IGNORECASE))
                     for c in FLAG_CUES for p in (compile_pattern(c.pattern),)]
        self.idiom_re = combine(IDIOMS)
        self.reporting_re = combine(REPORTING)
        # anchor -> indices of the cues it unlocks; cues without anchors always run
        by_anchor: dict[str, list[int]] = {}
        self.always = {i for i, cue in enumerate(FLAG_CUES) if not cue.anchors}
        for i, cue in enumerate(FLAG_CUES):
            for anchor in cue.anchors:
                by_anchor.setdefault(anchor, []).append(i)
        self.anchors = AnchorIndex(by_anchor)

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
                if LABELLED.search(text, max(0, m.start() - 30), m.start()):
                    continue
                mentioned = MENTIONED.match(text, m.end()) or MENTIONING.search(text, max(0, m.start() - 40), m.start())
                found.append((m.start(), m.end(), 2 if mentioned else 1))
        return found

    def _candidates(self, lowered: str) -> list[int]:
        """Indices of the cues whose anchors occur in ``lowered``, in :data:`FLAG_CUES` order."""
        return sorted(self.anchors.unlocked(lowered) | self.always)

    def __call__(self, doc: Doc) -> Doc:
        # curly apostrophes as straight ones (same length, so character offsets still hold)
        text = doc_text(doc).replace("\u2019", "'")
        spans: list[Span] = []
        strength: dict[str, str] = {}
        hostile: bool | None = None  # looked for only when a pupil cue matches
        quoted: list[tuple[int, int, int]] | None = None  # found when the first cue matches
        rules: dict[str, list[tuple[str, int, int]]] = {}
        idioms: list[tuple[int, int]] | None = None
        lowered = doc_lower(doc)
        for index in self._candidates(lowered):
            flag, rule, level, pattern, cased = self.cues[index]
            for m in pattern.finditer(text if cased else lowered):
                if flag == "pupil_identified" and hostile is None:
                    hostile = bool(HOSTILE_RE.search(lowered))
                if idioms is None:
                    idioms = self._idiom_spans(text, lowered)
                if any(s < m.end() and m.start() < e for s, e in idioms):
                    continue
                span = doc.char_span(m.start(), m.end(), label=flag, kb_id=rule, alignment_mode="expand")
                if span is None or len(span) == 0:
                    continue
                spans.append(span)
                cue_level = level
                if flag == "pupil_identified" and not hostile:
                    # a child named without hostility only names the flag on an item malicious anyway
                    cue_level = "hint"
                else:
                    rules.setdefault(flag, []).append((rule, m.start(), m.end()))
                if quoted is None:
                    quoted = self._quotations(text)
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
        annotations.put(doc, "flag_strength", strength)
        return doc


@Language.factory("flag_patterns")
def make_flag_patterns(nlp: Language, name: str) -> FlagPatterns:
    annotations.register("flag_strength")
    return FlagPatterns(nlp, name)
