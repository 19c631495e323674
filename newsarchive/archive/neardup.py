"""Near-duplicate signatures: MinHash over word 3-shingles with LSH bands.

A signature is 64 MinHash values (datasketch); 16 bands of 4 values each are hashed to
integers and kept in the SQLite index, so a lookup touches only articles that share a
band (about Jaccard ≥ 0.5 for a fair chance), and candidates are confirmed by the
signatures' estimated Jaccard similarity. datasketch's own LSH lives in memory only.
"""

from __future__ import annotations

import hashlib
import zlib

import numpy as np
from datasketch import MinHash

from newsarchive.text import fold

PERMUTATIONS = 64
BANDS = 16
SHINGLE = 3
MIN_CHARS = 200
SIMILARITY = 0.7
"""Estimated Jaccard similarity from which two bodies are near duplicates (measured on
the mirror's syndicated pairs, see the README)."""


_TEMPLATE = MinHash(num_perm=PERMUTATIONS, seed=1, hashfunc=zlib.crc32)
"""Built once: the permutations are the costly part of a MinHash."""


def signature(text: str) -> bytes | None:
    """The MinHash signature of a body, or None when it is too short to compare.

    Shingles are hashed with CRC-32 (stable across processes, unlike ``hash``, and much
    cheaper than datasketch's default SHA-1)."""
    if len(text) < MIN_CHARS:
        return None
    words = fold(text).split()
    count = max(len(words) - SHINGLE + 1, 1)
    minhash = _TEMPLATE.copy()
    minhash.update_batch([" ".join(words[i:i + SHINGLE]).encode() for i in range(count)])
    return bytes(minhash.hashvalues.astype("<u8").tobytes())


def band_keys(value: bytes) -> list[int]:
    """One signed 64-bit key per band (SQLite integers are signed)."""
    width = len(value) // BANDS
    keys = []
    for band in range(BANDS):
        digest = hashlib.blake2b(value[band * width:(band + 1) * width], digest_size=8)
        keys.append(int.from_bytes(digest.digest(), "big", signed=True))
    return keys


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two signatures."""
    left = np.frombuffer(a, dtype="<u8")
    right = np.frombuffer(b, dtype="<u8")
    return float(np.count_nonzero(left == right)) / len(left)
