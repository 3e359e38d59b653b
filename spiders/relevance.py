"""Is this text really about our school or its staff, or about something sharing a name?

The policy, in order:
1. A school name or alias counts, unless that occurrence is part of an excluded phrase
   ("Ashdown Vale Road" is a street, not the school).
2. A staff member's full name or alias counts only with context: the school or the town named
   in the same text, or in the place it was posted (a thread title, a subreddit, a hashtag).
   A common name on its own is somebody else. A bare surname ("Lambert is useless") counts only
   where the school itself is named, or that person by full name or alias in the place it was
   posted (a reply in a thread titled "Mrs Lambert and the bullying complaint").
3. The place alone is not a mention: a reply about the weather in a thread titled with the
   school's name is not about the school.
Short all-capital aliases (``AVPS``) match case-sensitively; everything else ignores case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from schoolwatch.config import Profile


def _pattern(phrase: str) -> re.Pattern[str]:
    flags = 0 if phrase.isupper() and len(phrase) <= 6 else re.IGNORECASE
    words = [re.escape(word) for word in phrase.split()]
    # Spaces, hyphens or nothing between words ("#AshdownVale"), and possessives still match.
    return re.compile(r"(?<!\w)" + r"[\s_-]*".join(words) + r"(?:'s|’s)?(?!\w)", flags)


@dataclass(frozen=True)
class Relevance:
    """Name matching for one profile; build once per crawl, call :meth:`matches` per item."""

    school: tuple[re.Pattern[str], ...]
    excluded: tuple[re.Pattern[str], ...]
    town: re.Pattern[str] | None
    staff: tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]
    surnames: tuple[tuple[str, re.Pattern[str]], ...]

    @classmethod
    def for_profile(cls, profile: Profile) -> Relevance:
        return cls(
            school=tuple(_pattern(name) for name in profile.school.names()),
            excluded=tuple(_pattern(phrase) for phrase in profile.school.exclude),
            town=_pattern(profile.school.town) if profile.school.town else None,
            staff=tuple(
                (member.name, tuple(_pattern(variant) for variant in member.variants()))
                for member in profile.staff
            ),
            surnames=tuple((member.name, _pattern(member.surname)) for member in profile.staff),
        )

    def matches(self, text: str, context: str = "") -> list[str]:
        """Who is meant: ``"school"`` and/or staff full names; empty for a homonym or no mention."""
        found: list[str] = []
        school_named = self._school_named(text)
        if school_named:
            found.append("school")
        has_context = (
            school_named
            or self._school_named(context)
            or bool(self.town and (self.town.search(text) or self.town.search(context)))
        )
        school_context = school_named or self._school_named(context)
        if has_context:
            for (name, patterns), (_, surname) in zip(self.staff, self.surnames, strict=True):
                named = any(pattern.search(text) for pattern in patterns)
                known_here = school_context or any(pattern.search(context) for pattern in patterns)
                if named or (known_here and surname.search(text)):
                    found.append(name)
        return found

    def _school_named(self, text: str) -> bool:
        if not text:
            return False
        excluded_spans = [m.span() for pattern in self.excluded for m in pattern.finditer(text)]
        for pattern in self.school:
            for match in pattern.finditer(text):
                start, end = match.span()
                if not any(s <= start and end <= e for s, e in excluded_spans):
                    return True
        return False
