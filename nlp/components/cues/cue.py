"""The shape of one rule cue (plain data, no spaCy)."""

from __future__ import annotations

from typing import NamedTuple


class Cue(NamedTuple):
    """One rule: a regular expression for a flag, with its strength and its anchors.

    - ``flag``: one of ``nlp.labels.FLAG_NAMES`` (set by the module the cue lives in);
    - ``rule``: a short name, shown in a verdict's reasons (``threat wording (watch yourself)``);
    - ``strength``: ``"strong"`` (malicious on its own), ``"weak"`` (the model or a second flag must
      agree) or ``"hint"`` (never raises a label; names the flag on an item already malicious);
    - ``anchors``: plain lower-case substrings, one of which occurs in every text the pattern can
      match; the pattern runs only when one does (a substring test is far cheaper than a scan);
    - ``pattern``: the regex, run on the lower-cased text (``(?-i:...)`` parts on the original case).
    """

    flag: str
    rule: str
    strength: str
    anchors: tuple[str, ...]
    pattern: str
