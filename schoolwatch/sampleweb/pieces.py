"""The record every piece of sample-web content is written as.

A :class:`Piece` is one thing someone wrote somewhere (a news article, a web page, a Reddit post,
a toot, a forum post) together with the ground truth about it: its label, its flags and whether it
is about the school at all. The content modules in ``content/`` are lists of pieces; ``world.py``
turns them into dated items and expected mentions; the renderers turn them into responses.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field
from typing import Any, Mapping

LABELS = ("neutral", "critical", "malicious")
FLAGS = ("threat", "abuse", "hate", "doxxing", "impersonation", "allegation", "pupil_identified")


@dataclass(frozen=True)
class Piece:
    """One piece of writing, dated relative to the anchor day.

    ``text`` is plain text, paragraphs separated by a blank line. ``days_ago`` (0-83) and ``at``
    ("HH:MM", UTC) give its publication time. ``relevant`` is False for homonyms (another Ashdown
    Vale, another Priya Lambert); ``mentions`` is False for chatter that names neither the school,
    its staff nor a homonym, which never appears in the expected mentions. ``meta`` holds what only
    one kind needs (a news section, a subreddit, a Mastodon account...).
    """

    slug: str
    title: str
    text: str
    author: str | None
    days_ago: int
    at: str = "09:00"
    label: str = "neutral"
    flags: tuple[str, ...] = ()
    relevant: bool = True
    mentions: bool = True
    meta: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.label not in LABELS or not set(self.flags) <= set(FLAGS):
            raise ValueError(f"{self.slug}: bad label or flags")
        if not 0 <= self.days_ago <= 83:
            raise ValueError(f"{self.slug}: days_ago out of the 12 weeks")
        if (self.label == "malicious") != bool(self.flags):
            raise ValueError(f"{self.slug}: malicious pieces, and only they, carry flags")

    @property
    def paragraphs(self) -> list[str]:
        return [p.strip() for p in self.text.split("\n\n") if p.strip()]


def paras(text: str) -> str:
    """Dedent a triple-quoted block and join each paragraph's lines into one line."""
    blocks = textwrap.dedent(text).strip().split("\n\n")
    return "\n\n".join(" ".join(line.strip() for line in b.splitlines()) for b in blocks)
