"""Fast lookup of which cues can match a text, and pattern compilation.

Running ~200 regexes on every text is the slow part of the rules. Each cue names anchors (plain
substrings, :class:`nlp.components.cues.cue.Cue`); :class:`AnchorIndex` finds the anchors present
in a text with one regex pass over its words, and only the cues they unlock run.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

KEY_LEN = 3
BUCKET_SIZE = 4  # more anchors than this under one key: one regex search instead of substring tests
# The first KEY_LEN characters of every word (all of a shorter word), words split at "_" too
# ("@school_official"): one C-speed pass.
WORD_PREFIXES = re.compile(rf"(?:\b|(?<=_))[^\W_]{{1,{KEY_LEN}}}")
FIRST_WORD = re.compile(r"\w+")


def _key(anchor: str) -> str | None:
    """The prefix a text word must have for ``anchor`` to be worth a substring test (``None``: always test).

    That is the anchor's first word cut to ``KEY_LEN``. An anchor that starts with a symbol (``🔥``,
    ``_real``), or that is one short word a longer word could start with (``dm`` in ``dms``), has none.
    """
    stripped = anchor.lstrip(" '")
    word = FIRST_WORD.match(stripped)
    if word is None or "_" in word.group():
        return None
    if len(word.group()) < KEY_LEN and word.group() == stripped:
        return None
    return word.group()[:KEY_LEN]


class AnchorIndex:
    """Which of ``anchors`` occur in a lower-cased text.

    An anchor is looked for as a substring only when a word of the text starts like the anchor's
    first word (its first three characters, or all of a shorter one: ``" in year"`` needs the word
    ``in``, ``"'s mum"`` the word ``s``); one regex pass lists the words' starts.
    """

    def __init__(self, anchors: Iterable[str] | Mapping[str, Iterable[int]]) -> None:
        """``anchors``, or a mapping from each anchor to what it unlocks (the cues' indices, for :meth:`unlocked`)."""
        payload = {a: frozenset(ids) for a, ids in anchors.items()} if isinstance(anchors, Mapping) else {}
        self.by_key: dict[str, tuple[tuple[str, frozenset[int]], ...]] = {}
        always: list[tuple[str, frozenset[int]]] = []
        for anchor in sorted(set(anchors)):
            entry = (anchor, payload.get(anchor, frozenset()))
            key = _key(anchor)
            if key is None:
                always.append(entry)
            else:
                self.by_key[key] = self.by_key.get(key, ()) + (entry,)
        self.always = tuple(always)
        self.keys = frozenset(self.by_key)
        # A key shared by many anchors ("his son", "his wife", ...) is tested with one regex search
        # (its anchors as an alternation, longest first) instead of one substring test per anchor.
        # A match hides the anchors inside it, so each anchor also unlocks what those unlock.
        self.buckets: dict[str, tuple[re.Pattern[str], dict[str, frozenset[int]]]] = {}
        for key, entries in self.by_key.items():
            if len(entries) > BUCKET_SIZE:
                ordered = sorted((a for a, _ in entries), key=len, reverse=True)
                unlocks = {a: frozenset().union(*(ids for b, ids in entries if b in a)) for a, _ in entries}
                self.buckets[key] = (re.compile("|".join(map(re.escape, ordered))), unlocks)

    def present(self, lowered: str) -> set[str]:
        """The anchors that occur in ``lowered``."""
        found = {a for a, _ in self.always if a in lowered}
        for key in self.keys.intersection(WORD_PREFIXES.findall(lowered)):
            for anchor, _ in self.by_key[key]:
                if anchor == key or anchor in lowered:
                    found.add(anchor)
        return found

    def unlocked(self, lowered: str) -> set[int]:
        """The union of what the anchors occurring in ``lowered`` unlock (one pass, no set of anchors)."""
        by_key, buckets = self.by_key, self.buckets
        hits = [ids for anchor, ids in self.always if anchor in lowered]
        for key in self.keys.intersection(WORD_PREFIXES.findall(lowered)):
            bucket = buckets.get(key)
            if bucket is None:
                hits += [ids for anchor, ids in by_key[key] if anchor in lowered]
            else:
                pattern, unlocks = bucket
                hits += [unlocks[anchor] for anchor in pattern.findall(lowered)]
        return set().union(*hits)


def case_free(pattern: str) -> bool:
    """Whether ``pattern`` can run case-sensitively on lower-cased text (about twice as fast as IGNORECASE)."""
    return "(?-i:" not in pattern and "A-Z" not in pattern


def compile_pattern(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled for lower-cased text, or with IGNORECASE for the original text if it needs case.

    A caller runs a pattern on the lower-cased text unless ``pattern.flags & re.IGNORECASE``.
    """
    return re.compile(pattern) if case_free(pattern) else re.compile(pattern, re.IGNORECASE)


def combine(patterns: Iterable[str]) -> re.Pattern[str]:
    """One compiled alternation of ``patterns`` (each kept as a group), see :func:`compile_pattern`."""
    return compile_pattern("|".join(f"(?:{p})" for p in patterns))
