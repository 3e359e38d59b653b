"""``profile_matcher``: find the school, its staff and its town in a text.

The trained pipeline knows no school. The profile (``schoolwatch.config.Profile``) is injected at
load time with :meth:`ProfileMatcher.set_profile`; without one the component matches nothing.

What it matches (case-insensitive, on tokens):
- the school's name and aliases (``profile.school.names()``), labelled ``school``;
- each staff member's variants (``variants()``: full name and aliases) and title + surname
  (``Mr Hollis``, ``Mrs Hollis``, ``Miss``/``Ms``/``Mx``/``Dr``/``Sir``), labelled ``staff`` with
  the full name as ``kb_id_``; the first name alone only when the school or the town is also in the
  text (a bare "Priya" is anyone otherwise);
- the town, labelled ``town``.
A match inside one of ``profile.school.exclude`` (``Ashdown Vale Road``) is dropped.

Output: ``doc.spans["profile"]``; ``doc._.profile_targets`` lists ``"school"`` and the staff full
names mentioned, in order of first mention.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from nlp.components.cues import TITLES

SPAN_KEY = "profile"


def profile_targets(doc: Doc) -> list[str]:
    """``"school"`` and the staff full names mentioned in ``doc``, first mention first."""
    targets: list[str] = []
    for span in doc.spans.get(SPAN_KEY, []):
        target = "school" if span.label_ == "school" else span.kb_id_ if span.label_ == "staff" else None
        if target and target not in targets:
            targets.append(target)
    return targets


class ProfileMatcher:
    def __init__(self, nlp: Language, name: str = "profile_matcher") -> None:
        self.nlp, self.name = nlp, name
        self.profile: Any = None
        self._build(None)

    def set_profile(self, profile: Any) -> None:
        """Match this school from now on (``None``: match nothing)."""
        self.profile = profile
        self._build(profile)

    def _build(self, profile: Any) -> None:
        make = self.nlp.make_doc
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.first_names = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.exclude = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.staff_keys: dict[str, str] = {}
        if profile is None:
            return
        school = profile.school
        self.matcher.add("school", [make(n) for n in school.names()])
        if school.town:
            self.matcher.add("town", [make(school.town)])
        if school.exclude:
            self.exclude.add("exclude", [make(e) for e in school.exclude])
        for i, member in enumerate(profile.staff):
            key = f"staff{i}"
            self.staff_keys[key] = member.name
            phrases = set(member.variants())
            for title in TITLES:
                phrases |= {f"{title} {member.surname}", f"{title}. {member.surname}"}
            self.matcher.add(key, [make(p) for p in sorted(phrases)])
            self.first_names.add(key, [make(member.first_name)])

    def __call__(self, doc: Doc) -> Doc:
        if self.profile is None:  # nothing to match: skip the three empty matchers
            doc.spans[SPAN_KEY] = []
            return doc
        spans = [self._span(doc, m, s, e) for m, s, e in self.matcher(doc)]
        if any(span.label_ in ("school", "town") for span in spans):
            spans += [self._span(doc, m, s, e) for m, s, e in self.first_names(doc) if doc[s].text[:1].isupper()]
        excluded = [range(s, e) for _, s, e in self.exclude(doc)]
        spans = [sp for sp in spans if not any(sp.start in r or sp.end - 1 in r for r in excluded)]
        doc.spans[SPAN_KEY] = sorted(filter_spans(spans), key=lambda sp: sp.start)
        return doc

    def _span(self, doc: Doc, match_id: int, start: int, end: int) -> Span:
        key = self.nlp.vocab.strings[match_id]
        if key in self.staff_keys:
            return Span(doc, start, end, label="staff", kb_id=self.staff_keys[key])
        return Span(doc, start, end, label=key)

    def to_disk(self, path: Any, exclude: Any = ()) -> None:
        """Nothing to save: the profile belongs to the deployment, not the model."""

    def from_disk(self, path: Any, exclude: Any = ()) -> "ProfileMatcher":
        return self


@Language.factory("profile_matcher")
def make_profile_matcher(nlp: Language, name: str) -> ProfileMatcher:
    if not Doc.has_extension("profile_targets"):
        Doc.set_extension("profile_targets", getter=profile_targets)
    return ProfileMatcher(nlp, name)
