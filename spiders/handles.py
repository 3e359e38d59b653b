"""Handles an impersonator would pick, and whether an account's public profile claims an identity.

A fake account takes a name people will believe: the school's name run together
(``ashdownvaleprimary``), its initials (``avps``), a member of staff's name (``priyalambert``,
``p.lambert``) or how parents call them (``mrslambert``), often with ``official`` added. Each
platform then allows different characters, so :func:`for_platform` reshapes a handle or drops it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from schoolwatch.config import Profile, StaffMember

GENERIC_WORDS = {"school", "primary", "academy", "the", "of", "and", "c", "e", "church", "infant", "junior", "high"}
ROLE_WORDS = re.compile(r"\b(?:head|headteacher|head teacher|deputy|teacher|teaching|senco|dsl|safeguarding|governor|principal|school|class|year \d+)\b", re.I)


@dataclass(frozen=True)
class Candidate:
    handle: str  # lower case letters and digits, with "." or "_" where a name had a space
    who: str  # "the school" or a staff member's full name


def candidates(profile: Profile, extra: Iterable[str] = ()) -> list[Candidate]:
    """Likely handles, most likely first: the extra ones, then each identity's best guess in
    turn (the school's, each member of staff's), then each one's second guess, and so on, so a
    per-platform limit cuts the least likely handles of everyone rather than all of someone's."""
    groups = [[Candidate(h.strip().lstrip("@").lower(), "the school or its staff") for h in extra if h.strip().lstrip("@")]]
    groups.append([Candidate(h, "the school") for h in dict.fromkeys(school_handles(profile))])
    groups += [[Candidate(h, member.name) for h in dict.fromkeys(staff_handles(member))] for member in profile.staff]
    found: dict[str, Candidate] = {}
    for rank in range(max((len(g) for g in groups), default=0)):
        for group in groups:
            if rank < len(group):
                found.setdefault(group[rank].handle, group[rank])
    return list(found.values())


def school_handles(profile: Profile) -> Iterator[str]:
    for name in profile.school.names():
        words = re.findall(r"[a-z0-9]+", name.lower())
        distinctive = [w for w in words if w not in GENERIC_WORDS] or words
        for base in dict.fromkeys(["".join(words), "".join(distinctive), "_".join(distinctive)]):
            yield base
            yield base + "official"
            yield base + "_official"
        if len(words) >= 2:
            yield "".join(w[0] for w in words)  # AVPS


def staff_handles(member: StaffMember) -> Iterator[str]:
    first, last = (re.sub(r"[^a-z]", "", part.lower()) for part in (member.first_name, member.surname))
    yield from (first + last, f"{first}.{last}", f"{first}_{last}", first[0] + last, f"{first[0]}.{last}", last + first)
    for alias in member.aliases:
        words = re.findall(r"[a-z]+", alias.lower())
        if len(words) >= 2:
            yield "".join(words)  # mrslambert
            yield "_".join(words)


PLATFORM_RULES: dict[str, tuple[str, re.Pattern[str]]] = {
    # preset: (separator it allows, whole-handle pattern)
    "bluesky": ("-", re.compile(r"[a-z0-9][a-z0-9-]{1,16}[a-z0-9]")),
    "mastodon": ("_", re.compile(r"\w{1,30}")),
    "reddit": ("_", re.compile(r"[\w-]{3,20}")),
    "html": ("_", re.compile(r"[\w.-]{2,30}")),
}


def for_platform(handles: Iterable[Candidate], preset: str, limit: int) -> list[Candidate]:
    """The handles reshaped for a platform's rules (separators swapped, invalid ones dropped)."""
    separator, pattern = PLATFORM_RULES[preset]
    out: dict[str, Candidate] = {}
    for candidate in handles:
        handle = candidate.handle if preset == "html" else re.sub(r"[._-]", separator, candidate.handle)
        if pattern.fullmatch(handle):
            out.setdefault(handle, Candidate(handle, candidate.who))
    return list(out.values())[:limit]


def school_names(profile: Profile) -> set[str]:
    """The school's names in lower case, with each name's distinctive part ("ashdown vale" of
    "Ashdown Vale Primary School"), which fake accounts often use alone."""
    names = {name.lower() for name in profile.school.names()}
    for name in list(names):
        distinctive = [w for w in re.findall(r"[a-z0-9]+", name) if w not in GENERIC_WORDS]
        single = len(distinctive) == 1 and len(distinctive[0]) >= 6 and distinctive[0] != profile.school.town.lower()
        if len(distinctive) >= 2 or single:  # "Kestwick" alone is the town, not the school
            names.add(" ".join(distinctive))
    return names


def claimed_identity(text: str, profile: Profile) -> str | None:
    """Who an account's name and bio present it as: "the school" when they name the school, a
    member of staff when they name them together with the school, the town or their role (a bare
    name is more often someone else who shares it); None otherwise."""
    lowered = text.lower()
    for phrase in profile.school.exclude:
        lowered = lowered.replace(phrase.lower(), " ")
    names_school = any(re.search(rf"\b{re.escape(name)}\b", lowered) for name in school_names(profile))
    if names_school:
        for member in profile.staff:
            if any(re.search(rf"\b{re.escape(v.lower())}\b", lowered) for v in member.variants()):
                return member.name
        return "the school"
    town = profile.school.town.lower()
    in_context = bool(ROLE_WORDS.search(lowered)) or bool(town and re.search(rf"\b{re.escape(town)}\b", lowered))
    for member in profile.staff:
        if in_context and any(re.search(rf"\b{re.escape(v.lower())}\b", lowered) for v in member.variants()):
            return member.name
    return None
