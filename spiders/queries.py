"""The search queries each kind of source is asked, built from the profile.

Every source gets the school's names as quoted phrases, and every member of staff's full name
together with the town or the school, so a common name does not flood the results. How they are
written depends on what the source understands:

* ``OR`` and brackets (Google News, Bing News, Reddit): one query for all the school's names and one
  for a few staff names at a time, ``("Priya Lambert" OR "Daniel Rowe") ("Kestwick" OR "Ashdown Vale")``:
  fewer requests, the same hits.
* exclusions (``-"Ashdown Vale Road"``, Reddit's ``NOT``): the profile's homonyms are left out by the
  search itself where the source supports it; everywhere else the relevance check drops them.
* neither (SearXNG passes queries to many engines, Mastodon, Bluesky): one plain query per name.
"""

from __future__ import annotations

from dataclasses import dataclass

from schoolwatch.config import Profile


@dataclass(frozen=True)
class Syntax:
    any_of: bool = False  # understands OR and brackets
    exclude: str = ""  # how an excluded phrase is written ("-" or "NOT "); "" when unsupported
    names_per_query: int = 4  # staff names OR-ed into one query (engines cap a query's length)


SYNTAX: dict[str, Syntax] = {
    "google_news": Syntax(any_of=True, exclude="-"),
    "bing_news": Syntax(any_of=True, exclude="-"),
    "reddit": Syntax(any_of=True, exclude="NOT "),
    "searxng": Syntax(exclude="-"),
    "rss_bridge": Syntax(),
    "mastodon": Syntax(),
    "bluesky": Syntax(),
}


def queries_for(source_kind: str, profile: Profile) -> list[str]:
    """The queries a source of this kind (or feed preset) is asked, most important first."""
    syntax = SYNTAX.get(source_kind, Syntax())
    excluded = "".join(f' {syntax.exclude}"{phrase}"' for phrase in profile.school.exclude) if syntax.exclude else ""
    names = [f'"{name}"' for name in school_names(profile)]
    town = [f'"{profile.school.town}"'] if profile.school.town else []
    staff = [f'"{member.name}"' for member in profile.staff]
    if not syntax.any_of:
        where = (town or names)[0]
        return [name + excluded for name in names] + [f"{person} {where}" + excluded for person in staff]
    found = [any_of(names) + excluded]
    places = any_of(town + names)
    for start in range(0, len(staff), syntax.names_per_query):
        found.append(f"{any_of(staff[start:start + syntax.names_per_query])} {places}" + excluded)
    return found


def school_names(profile: Profile) -> list[str]:
    """The school's names to search for: a name that contains a shorter one is found by the
    shorter one's search ("Ashdown Vale" finds "Ashdown Vale Primary School")."""
    names = profile.school.names()
    shortest = [n for n in names if not any(o != n and o.lower() in n.lower() for o in names)]
    return sorted(shortest, key=names.index)


def any_of(phrases: list[str]) -> str:
    return phrases[0] if len(phrases) == 1 else "(" + " OR ".join(phrases) + ")"
