"""``decide`` (last in the pipeline): one :class:`nlp.verdict.Verdict` per doc, in ``doc._.verdict``.

Policy, in order:
1. The model's label is its best class (:func:`model_scores`: ``textcat``'s scores, with the
   malicious score shared with ``flagcat``; ``neutral`` if there is no classifier).
2. Inside a report (``doc.spans["reporting"]``: "the court heard", "police said", "PSA", "just
   reported", "reported to the mods") the rules do not raise the label: a news item quoting abuse is
   reporting it. The model still decides, and needs ``frame_threshold`` (higher than
   ``model_threshold``: the quoted words still read as abuse to it). So does the model alone on a
   post about no school at all (no school, staff, pupil, parent or class in it, see
   :func:`about_a_school`): a takedown protects the school and its people, and ordinary talk
   elsewhere ("that ref is a clown", a bare link) reads to a model trained on school posts as an
   attack on someone.
3. A *strong* cue makes the item malicious whatever the model says: a threat; doxxing (a personal
   phone, email, address, number plate or handle near a member of staff, see ``pii_detector``, in
   a post that frames it as private: "her personal mobile", "lives at", "ring him"; without that
   frame, and a private life exposed in words, it is a weak doxxing cue); an impersonation cue
   (a parody account, a staff member "confessing", a payment request, a "new account") when the
   text has a target (the school or a member of staff).
4. *Weak* cues (most abuse, hate, allegation and pupil cues, softer threats) make it malicious
   when the model gives malicious at least ``weak_threshold`` or two different weak flags agree.
   *Hints* (a claim to be the head, a protected characteristic) never raise; two different cues of
   one flag on different words count one level up (``flag_patterns``).
5. Flags are reported only on malicious items: every cue that fired, every flag ``flagcat``
   (the multi-label classifier) gives at least ``flag_threshold``, and every flag whose words
   (``cues.flag_words``: "freak", "pathetic") occur; ``pupil_identified`` only
   then (a pupil named in a friendly post is not flagged); ``abuse`` too when ``hate`` is aimed at a
   member of staff (a staff target, not only the school). A malicious item with no cue gets
   ``flagcat``'s most likely flag, or (no ``flagcat``) the flag whose wording family occurs (``cues.fallback``: police, rumour → allegation;
   account, page, official → impersonation; door, tonight, regret → threat), else ``abuse``.
6. Confidence is the model's probability for the final label, or at least ``strong_confidence``
   (``weak_confidence``) for a malicious item with a strong (weak) cue. A malicious model answer with
   no cue at all needs at least ``model_threshold`` (``frame_threshold`` on a post about no school)
   and no praise (``cues.idioms.PRAISE``: "f***ing legend"); otherwise the better of neutral and
   critical wins.
7. Targets: ``"school"`` and staff full names from ``profile_matcher``; with no profile match, the
   ``Mr X``-style references in the text and ``"school"`` if a school is mentioned; ``"pupil"`` with
   ``pupil_identified``; a malicious item with no other target targets ``"school"``.
8. Reasons quote the span behind each flag (``threat wording: "better watch himself in the car
   park"``), the doxxing detail and whose it is, the reporting frame, and the model's score. What
   the model decided with no rule behind it also quotes the words it weighed most
   (:mod:`nlp.components.model_words`): a malicious label, or else a flag only the model gave.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from nlp.components import annotations
from nlp.components.cues import (FALLBACK_FLAGS, FLAG_WORDS, PRAISE, SCHOOL_LIFE, SCHOOL_REFERENCE, STAFF_REFERENCE,
                                 STAFF_TITLE, compile_pattern)
from nlp.components.model_words import ModelWords
from nlp.components.pii_detector import PRIVATE
from nlp.components.profile_matcher import profile_targets
from nlp.components.text import doc_lower, doc_text
from nlp.labels import FLAG_NAMES
from nlp.verdict import Verdict

WORDING = {
    "threat": "threat wording",
    "abuse": "abusive wording",
    "hate": "hateful wording",
    "allegation": "allegation against staff",
    "impersonation": "impersonation cue",
    "pupil_identified": "pupil identified",
    "doxxing": "private life exposed",
}
PII_KIND = {
    "phone": "personal phone number",
    "email": "personal email address",
    "address": "home address",
    "postcode": "home postcode",
    "number plate": "car number plate",
    "handle": "personal social-media account",
}
STRONG_NEEDS_TARGET = {"impersonation"}
# run on the lower-cased text (about twice as fast as IGNORECASE on the original)
PRAISE_RE = compile_pattern("|".join(PRAISE))
SCHOOL_RE = compile_pattern(SCHOOL_REFERENCE.pattern)
LABELS = ("neutral", "critical", "malicious")


FLAG_WORD_RES = [(flag, compile_pattern(p)) for flag, p in FLAG_WORDS]  # run on the lower-cased text
FALLBACK_RES = [(flag, compile_pattern(p)) for flag, p in FALLBACK_FLAGS]


def quote(span: Span, extra: int = 6, limit: int = 90) -> str:
    """The span, stretched up to ``extra`` tokens to the end of its clause, quoted and capped."""
    doc, end = span.doc, span.end
    while end < len(doc) and end - span.end < extra and not doc[end].is_punct and doc[end].text not in ("\n",):
        end += 1
    text = " ".join(doc[span.start:end].text.split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return f'"{text}"'


def model_scores(all_cats: dict[str, float]) -> dict[str, float]:
    """The model's scores for the three labels: ``textcat``'s, with malicious asked of ``flagcat`` too.

    The malicious score is the geometric mean of ``textcat``'s and ``flagcat``'s likeliest flag: two
    classifiers trained differently (one label of three; each flag on its own) must both find the
    item malicious, which on dev kept more malicious items and fewer complaints than ``textcat`` alone.
    Neutral and critical share the rest in ``textcat``'s proportions. Without ``flagcat`` the scores
    are ``textcat``'s; where ``flagcat`` skipped the doc (``textcat`` found malicious unlikely: its
    ``gate_threshold``) the flag score is 0, and so is the malicious score.
    """
    cats = {k: float(all_cats[k]) for k in LABELS if k in all_cats}
    flag_scores = [float(all_cats[f]) for f in FLAG_NAMES if f in all_cats]
    if not flag_scores or "malicious" not in cats:
        return cats
    p_text = cats["malicious"]
    p_agreed = (p_text * max(flag_scores)) ** 0.5
    # the benign scores' own sum, not 1 - malicious: when textcat is all but sure of malicious, the
    # two differ in float32 rounding and a share of a tiny remainder could come out above 1
    rest = sum(cats[label] for label in ("neutral", "critical") if label in cats)
    for label in ("neutral", "critical"):
        if label in cats:
            cats[label] = cats[label] / rest * (1.0 - p_agreed) if rest > 0 else (1.0 - p_agreed) / 2
    cats["malicious"] = p_agreed
    return cats


def about_a_school(doc: Doc, targets: list[str]) -> bool:
    """Whether ``doc`` speaks of a school or its people: a target (:meth:`Decide.targets`: the profile's
    school and staff, ``Mr X``, a school), another member of staff ("the head", "our TA"), or school
    life (pupils, parents, a class, homework)."""
    text = doc_text(doc)
    return bool(targets or STAFF_REFERENCE.search(text) or SCHOOL_LIFE.search(text))


class Decide:
    def __init__(self, nlp: Language, name: str = "decide", weak_threshold: float = 0.25,
                 model_threshold: float = 0.6, strong_confidence: float = 0.9, weak_confidence: float = 0.75,
                 flag_threshold: float = 0.3, frame_threshold: float = 0.8) -> None:
        self.nlp, self.name = nlp, name
        self.frame_threshold = frame_threshold
        self.flag_threshold = flag_threshold
        self.weak_threshold, self.model_threshold = weak_threshold, model_threshold
        self.strong_confidence, self.weak_confidence = strong_confidence, weak_confidence
        # tuning reruns the verdict hundreds of times per doc and reads only labels and flags
        self.quote_model_words = True
        self._readers: dict[str, ModelWords | None] | None = None

    def __call__(self, doc: Doc) -> Doc:
        annotations.put(doc, "verdict", self.verdict(doc))
        return doc

    def verdict(self, doc: Doc) -> Verdict:
        """The verdict for ``doc``, from what the components before it found (one that did not run found nothing)."""
        cats = model_scores(doc.cats)
        model_label = max(cats, key=cats.get) if cats else "neutral"
        p_mal = cats.get("malicious", 0.0)

        cues: dict[str, list[Span]] = {}
        spans = doc.spans
        if "flags" in spans:
            for span in spans["flags"]:
                cues.setdefault(span.label_, []).append(span)
        strength = dict(annotations.get(doc, "flag_strength") or {})
        doxxing = annotations.get(doc, "doxxing") or []
        reporting = list(spans["reporting"]) if "reporting" in spans else []

        targets = self.targets(doc)
        strong = [f for f, level in strength.items() if level == "strong"
                  and (f not in STRONG_NEEDS_TARGET or targets or STAFF_REFERENCE.search(doc_text(doc)))]
        # a contact detail near a name is strong only when the post frames it as private ("her personal
        # mobile", "lives at", "ring him"); otherwise it may be a notice's contact, and the model must agree
        exposed = bool(doxxing) and PRIVATE.search(doc_text(doc)) is not None
        if exposed:
            strong.append("doxxing")
        weak = [f for f, level in strength.items() if level == "weak" and f not in strong]
        if doxxing and not exposed and "doxxing" not in weak:
            weak.append("doxxing")

        label, raised, praise, elsewhere = model_label, None, None, False
        if label == "malicious" and (reporting or not (strong or weak)):
            praise = PRAISE_RE.search(doc_lower(doc)) if not (strong or weak) else None
            elsewhere = not (reporting or strong or weak) and not about_a_school(doc, targets)
            # inside a report or a warning, or about no school, the model must be surer: quoted abuse
            # still reads as abuse, and so does everyday rudeness between strangers
            needed = self.frame_threshold if reporting or elsewhere else self.model_threshold
            if p_mal < needed or praise:
                label = max(("neutral", "critical"), key=lambda k: cats.get(k, 0.0))
            # said only where being about no school is what overruled the model
            elsewhere = elsewhere and not praise and self.model_threshold <= p_mal < needed
        if not reporting and label != "malicious":
            if strong:
                label, raised = "malicious", "strong"
            elif weak and (p_mal >= self.weak_threshold or len(set(weak)) >= 2):
                label, raised = "malicious", "weak"

        flags: list[str] = []
        reasons: list[str] = []
        # a takedown proposed on the model's word alone says which words it weighed
        unexplained = label == model_label == "malicious" and not (strong or weak)
        if label == "malicious":
            found = set(cues) | ({"doxxing"} if doxxing else set())
            by_model = {f for f in FLAG_NAMES if doc.cats.get(f, 0.0) >= self.flag_threshold} - found
            closest = None  # no rule and no flag above the threshold: the likeliest flag, said as such
            if not found and not by_model and any(f in doc.cats for f in FLAG_NAMES):
                closest = max(FLAG_NAMES, key=lambda f: doc.cats.get(f, 0.0))
                by_model = {closest}
            # words that name a flag in passing (a "freak" in a hateful post) add it; they decide nothing
            lowered = doc_lower(doc)
            by_words = {flag: m for flag, pattern in FLAG_WORD_RES
                        if flag not in found and flag not in by_model and (m := pattern.search(lowered))}
            flags = [f for f in FLAG_NAMES if f in found or f in by_model or f in by_words] or self.fallback_flags(doc)
            # hate aimed at a member of staff is abuse of that person too (GUIDELINES: slurs, degrading language)
            person = next((t for t in targets if t != "school"), None)
            hate_at_person = "hate" in flags and "abuse" not in flags and person is not None
            if hate_at_person:
                flags = [f for f in FLAG_NAMES if f in flags or f == "abuse"]
            # a flag no rule explains is quoted by the words the model weighed; where the label
            # itself is the model's alone, its words (below) serve both, at half the cost
            model_words = {} if unexplained else self.words_behind(doc, "flagcat", [f for f in flags if f in by_model])
            for flag in flags:
                if flag == "doxxing" and doxxing:
                    for span, whose in doxxing[:2]:
                        reasons.append(f"{PII_KIND.get(span.label_, span.label_)} near {whose}: {quote(span, extra=0)}")
                elif flag in cues:
                    span = cues[flag][0]
                    reasons.append(f"{WORDING[flag]} ({span.kb_id_}): {quote(span)}")
                elif flag == closest:
                    reasons.append(f"no rule fired and no flag stood out; the closest is {flag} ({doc.cats[flag]:.2f})"
                                   + model_words.get(flag, ""))
                elif flag in by_model:
                    reasons.append(f"model flag: {flag} ({doc.cats[flag]:.2f})" + model_words.get(flag, ""))
                elif flag in by_words:
                    span = doc.char_span(by_words[flag].start(), by_words[flag].end(), alignment_mode="expand")
                    reasons.append(f"{WORDING[flag]} (words): {quote(span, extra=0)}")
                elif flag == "abuse" and hate_at_person:
                    reasons.append(f"abuse: the hateful words are aimed at {person}")
            if not found and not by_model:
                reasons.append(f"no rule cue; {', '.join(flags)} guessed from the wording")
            if "pupil_identified" in flags and "pupil" not in targets:
                targets.append("pupil")
            if not targets:
                targets.append("school")
        if praise:
            reasons.append(f"praise: {quote(doc.char_span(praise.start(), praise.end(), alignment_mode='expand'), extra=0)} "
                           "(model's malicious answer overruled)")
        if reporting:
            reasons.append(f"reporting: {quote(reporting[0], extra=0)} (rules not applied)")
        if elsewhere:
            reasons.append("about no school, staff or pupil: the model's malicious answer was not sure enough")
        if cats:
            words = self.words_behind(doc, "textcat", [label]).get(label, "") if unexplained else ""
            reasons.append(f"model: {model_label} ({cats[model_label]:.2f})" + words)
        if raised:
            reasons.append(f"rules: {raised} cue raised {model_label} to malicious")

        confidence = cats.get(label, 0.0) if cats else 0.5
        if label == "malicious" and strong and not reporting:
            confidence = max(confidence, self.strong_confidence)
        elif label == "malicious" and weak and not reporting:
            confidence = max(confidence, self.weak_confidence)
        return Verdict(label=label, confidence=round(confidence, 4), flags=flags,
                       targets=targets, reasons=reasons)

    def words_behind(self, doc: Doc, component: str, labels: list[str]) -> dict[str, str]:
        """For each of ``labels``, ``, words that weighed most: "find out", "turn up"``: the words that
        pushed ``component`` towards it (:mod:`nlp.components.model_words`), so a model's answer can be
        checked like a rule's. Empty where nothing can be quoted."""
        if not self.quote_model_words or not labels:
            return {}
        if self._readers is None:  # the classifiers are built after decide's factory runs, so look them up late
            self._readers = {name: ModelWords.of(self.nlp.get_pipe(name)) if name in self.nlp.pipe_names else None
                             for name in ("textcat", "flagcat")}
        reader = self._readers.get(component)
        found = reader.strongest(doc, labels) if reader else {}
        return {label: ", words that weighed most: " + ", ".join(quote(span, extra=0) for span in spans)
                for label, spans in found.items() if spans}

    @staticmethod
    def fallback_flags(doc: Doc) -> list[str]:
        """Flags for a malicious item no cue explains: the first family whose wording occurs, else abuse."""
        lowered = doc_lower(doc)
        for flag, pattern in FALLBACK_RES:
            if pattern.search(lowered):
                return [flag]
        return ["abuse"]

    @staticmethod
    def targets(doc: Doc) -> list[str]:
        """``"school"`` and staff full names from the profile; else ``Mr X`` references and ``"school"``."""
        targets = profile_targets(doc)
        if not targets:
            text = doc_text(doc)
            for m in STAFF_TITLE.finditer(text):
                name = " ".join(m.group().split())
                if name not in targets:
                    targets.append(name)
            if SCHOOL_RE.search(doc_lower(doc)):
                targets.insert(0, "school")
        return targets


@Language.factory("decide", default_config={"weak_threshold": 0.25, "model_threshold": 0.6,
                                            "strong_confidence": 0.9, "weak_confidence": 0.75,
                                            "flag_threshold": 0.3, "frame_threshold": 0.8})
def make_decide(nlp: Language, name: str, weak_threshold: float, model_threshold: float,
                strong_confidence: float, weak_confidence: float, flag_threshold: float,
                frame_threshold: float) -> Decide:
    annotations.register("verdict")
    return Decide(nlp, name, weak_threshold, model_threshold, strong_confidence, weak_confidence, flag_threshold,
                  frame_threshold)
