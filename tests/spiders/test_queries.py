"""Queries per kind of source: quoted phrases, OR and exclusions where the source understands them."""

from __future__ import annotations

from schoolwatch.config import Profile
from spiders.queries import queries_for

PROFILE = Profile.model_validate({
    "school": {"name": "Ashdown Vale Primary School", "aliases": ["Ashdown Vale", "AVPS"], "town": "Kestwick",
               "exclude": ["Ashdown Vale Road"]},
    "staff": [{"name": n} for n in ("Priya Lambert", "Daniel Rowe", "Grace Okafor", "Tom Hollis", "Hannah Whitcombe")],
})


def test_sources_with_or_get_few_queries_and_exclusions():
    assert queries_for("google_news", PROFILE) == [
        '("Ashdown Vale" OR "AVPS") -"Ashdown Vale Road"',
        '("Priya Lambert" OR "Daniel Rowe" OR "Grace Okafor" OR "Tom Hollis") ("Kestwick" OR "Ashdown Vale" OR "AVPS") -"Ashdown Vale Road"',
        '"Hannah Whitcombe" ("Kestwick" OR "Ashdown Vale" OR "AVPS") -"Ashdown Vale Road"',
    ]
    assert queries_for("reddit", PROFILE)[0] == '("Ashdown Vale" OR "AVPS") NOT "Ashdown Vale Road"'


def test_plain_sources_get_one_query_per_name_with_the_town():
    assert queries_for("bluesky", PROFILE) == ['"Ashdown Vale"', '"AVPS"'] + [f'"{m.name}" "Kestwick"' for m in PROFILE.staff]
    assert queries_for("searxng", PROFILE)[0] == '"Ashdown Vale" -"Ashdown Vale Road"'


def test_without_a_town_staff_are_searched_with_the_school():
    profile = PROFILE.model_copy(update={"school": PROFILE.school.model_copy(update={"town": "", "exclude": []})})
    assert queries_for("mastodon", profile)[2] == '"Priya Lambert" "Ashdown Vale"'
    assert queries_for("bing_news", profile)[1].endswith('("Ashdown Vale" OR "AVPS")')
