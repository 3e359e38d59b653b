"""Near-duplicate detection for reposts: a 64-bit SimHash over word shingles.

Two texts whose fingerprints differ in at most :data:`NEAR` bits are the same text reposted
(copied with a word changed, a hashtag added). Very short texts carry too little to compare.
"""

from __future__ import annotations

import hashlib
import re

NEAR = 3
MIN_WORDS = 8
_WORD = re.compile(r"\w+")


def simhash(text: str) -> str:
    """The text's fingerprint as 16 hex digits, or ``""`` when it is too short to compare."""
    words = _WORD.findall(text.lower())
    if len(words) < MIN_WORDS:
        return ""
    weights = [0] * 64
    for i in range(len(words) - 2):
        shingle = " ".join(words[i : i + 3]).encode()
        bits = int.from_bytes(hashlib.blake2b(shingle, digest_size=8).digest(), "big")
        for bit in range(64):
            weights[bit] += 1 if bits >> bit & 1 else -1
    value = sum(1 << bit for bit, weight in enumerate(weights) if weight > 0)
    return f"{value:016x}"


def near(a: int, b: int) -> bool:
    return (a ^ b).bit_count() <= NEAR
