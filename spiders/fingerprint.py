"""Near-duplicate detection for reposts: a 64-bit SimHash over word shingles.

Two texts whose fingerprints differ in at most :data:`NEAR` bits are the same text reposted
(copied with a word changed, a hashtag added). Very short texts carry too little to compare.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np

NEAR = 3
MIN_WORDS = 8
_WORD = re.compile(r"\w+")
_BITS = np.arange(64, dtype=np.uint64)


def simhash(text: str) -> str:
    """The text's fingerprint as 16 hex digits, or ``""`` when it is too short to compare."""
    words = _WORD.findall(text.lower())
    if len(words) < MIN_WORDS:
        return ""
    digests = b"".join(
        hashlib.blake2b(" ".join(words[i : i + 3]).encode(), digest_size=8).digest() for i in range(len(words) - 2)
    )
    hashes = np.frombuffer(digests, dtype=">u8").astype(np.uint64)
    # How many shingles set each of the 64 bits; a bit is on when most do (counted as vectors:
    # a long article has thousands of shingles).
    ones = ((hashes[:, None] >> _BITS) & np.uint64(1)).sum(axis=0)
    value = sum(1 << bit for bit in np.flatnonzero(2 * ones > len(hashes)).tolist())
    return f"{value:016x}"


def near(a: int, b: int) -> bool:
    return (a ^ b).bit_count() <= NEAR
