"""Fast lookup of which cues can match a text, and pattern compilation.

Running ~200 regexes on every text is the slow part of the rules. Each cue names anchors (plain
substrings, :class:`nlp.components.cues.cue.Cue`); :class:`AnchorIndex` finds the anchors present
in a text in one Aho-Corasick pass (``pyahocorasick``, C), and only the cues they unlock run.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import ahocorasick

FIRST_WORD = re.compile(r"\w+")


def _starts_a_word(anchor: str) -> bool:
    """Whether ``anchor`` counts only where a word of the text starts with it.

    An anchor beginning with a word of three letters or more (``"kill"``, ``"his son"``) is not
    looked for inside other words (``skill``, ``Jackson``): the cues it unlocks start at a word.
    One that starts with a symbol (``🔥``, ``_real``, ``'s mum``), or is one short word a longer
    word could end with (``dm`` in ``admin``), counts anywhere.
    """
    stripped = anchor.lstrip(" '")
    word = FIRST_WORD.match(stripped)
    if word is None or stripped != anchor or "_" in word.group():
        return False
    return not (len(word.group()) < 3 and word.group() == stripped)


class AnchorIndex:
    """Which of ``anchors`` occur in a lower-cased text.

    An anchor that starts a word (:func:`_starts_a_word`) counts where the character before it is
    not a letter or digit; every other anchor counts wherever it occurs.
    """

    def __init__(self, anchors: Iterable[str] | Mapping[str, Iterable[int]]) -> None:
        """``anchors``, or a mapping from each anchor to what it unlocks (the cues' indices, for :meth:`unlocked`)."""
        payload = {a: frozenset(ids) for a, ids in anchors.items()} if isinstance(anchors, Mapping) else {}
        self.automaton = ahocorasick.Automaton()
        for anchor in sorted(set(anchors)):
            self.automaton.add_word(anchor, (anchor, len(anchor) - 1, _starts_a_word(anchor),
                                             payload.get(anchor, frozenset())))
        if len(self.automaton):
            self.automaton.make_automaton()

    def _hits(self, lowered: str) -> Iterable[tuple[str, frozenset[int]]]:
        if not len(self.automaton):
            return
        for end, (anchor, back, at_word_start, ids) in self.automaton.iter(lowered):
            start = end - back
            if at_word_start and start and lowered[start - 1].isalnum():
                continue
            yield anchor, ids

    def present(self, lowered: str) -> set[str]:
        """The anchors that occur in ``lowered``."""
        return {anchor for anchor, _ in self._hits(lowered)}

    def unlocked(self, lowered: str) -> set[int]:
        """The union of what the anchors occurring in ``lowered`` unlock."""
        found: set[int] = set()
        for _, ids in self._hits(lowered):
            found |= ids
        return found


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
