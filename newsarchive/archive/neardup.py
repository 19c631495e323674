"""Near-duplicate signatures: MinHash over word 3-shingles, with LSH bands.

A signature is 64 MinHash values of 32 bits, computed for all shingles at once in numpy:

* a shingle's hash is a polynomial hash of its UTF-8 bytes, read off prefix sums of the
  folded body (so no Python code runs per word);
* each of the 64 permutations is a multiply-shift hash of it, ``(a * x + b) >> 32``
  modulo 2**64 with ``a`` odd, and the signature keeps each permutation's minimum.

16 bands of 4 values are hashed to one integer key each and kept in SQLite, so a lookup
touches only articles that share a band (about Jaccard ≥ 0.5 for a fair chance), and
candidates are confirmed by the signatures' estimated Jaccard similarity.
"""

from __future__ import annotations

import hashlib

import numpy as np

from newsarchive.text import fold

PERMUTATIONS = 64
BANDS = 16
SHINGLE = 3
MIN_CHARS = 200
MAX_BYTES = 1 << 16
"""Only the first 64 KiB of the folded body are shingled."""
SIMILARITY = 0.7
"""Estimated Jaccard similarity from which two bodies are near duplicates (measured on
the mirror's syndicated pairs, see the README)."""

_U64 = np.uint64
_BASE = _U64(0x100000001B3)
"""Odd, so that its powers are invertible modulo 2**64."""


def _constants(label: str, count: int) -> np.ndarray:
    """``count`` fixed 64-bit constants: stable across processes, platforms and numpy."""
    return np.array([int.from_bytes(hashlib.blake2b(f"{label}{i}".encode(), digest_size=8)
                                    .digest(), "little") for i in range(count)], dtype=_U64)


def _powers(base: int) -> np.ndarray:
    powers = np.full(MAX_BYTES + 1, base, dtype=_U64)
    powers[0] = 1
    return np.cumprod(powers, dtype=_U64)


_MULTIPLIERS = _constants("newsarchive-minhash-a", PERMUTATIONS) | _U64(1)
_OFFSETS = _constants("newsarchive-minhash-b", PERMUTATIONS)
_BAND_MIX = _constants("newsarchive-band", 3)
_BAND_NUMBERS = np.arange(1, BANDS + 1, dtype=_U64)
_POWERS = _powers(int(_BASE))
_INVERSE_POWERS = _powers(pow(int(_BASE), -1, 1 << 64))


def _shingle_hashes(text: str) -> np.ndarray:
    """64-bit hashes of the word 3-shingles of ``text`` (one for a shorter text)."""
    data = np.frombuffer(fold(text).encode()[:MAX_BYTES], dtype=np.uint8)  # single spaces
    prefix = np.zeros(len(data) + 1, dtype=_U64)
    np.cumsum((data.astype(_U64) + 1) * _POWERS[:len(data)], dtype=_U64, out=prefix[1:])
    spaces = np.flatnonzero(data == ord(" "))
    starts = np.concatenate(([0], spaces + 1))
    ends = np.concatenate((spaces, [len(data)]))
    if len(starts) >= SHINGLE:
        starts, ends = starts[:1 - SHINGLE], ends[SHINGLE - 1:]
    else:
        starts, ends = starts[:1], ends[-1:]
    result: np.ndarray = (prefix[ends] - prefix[starts]) * _INVERSE_POWERS[starts]
    return result


def signature(text: str) -> bytes | None:
    """The MinHash signature of a body, or None when it is too short to compare."""
    if len(text) < MIN_CHARS:
        return None
    permuted = np.multiply.outer(_shingle_hashes(text), _MULTIPLIERS)
    permuted += _OFFSETS
    # The shift keeps the order, so it can follow the minimum: one pass less.
    return bytes((permuted.min(axis=0) >> _U64(32)).astype("<u4").tobytes())


def band_keys(value: bytes) -> list[int]:
    """One signed 64-bit key per band, the band's number mixed in (SQLite integers are
    signed)."""
    bands = np.frombuffer(value, dtype="<u8").reshape(BANDS, -1).astype(_U64)
    keys = bands[:, 0] * _BAND_MIX[0] + bands[:, 1] * _BAND_MIX[1] + _BAND_NUMBERS * _BAND_MIX[2]
    return [int(key) for key in keys.view(np.int64)]


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two signatures."""
    left = np.frombuffer(a, dtype="<u4")
    right = np.frombuffer(b, dtype="<u4")
    return float(np.count_nonzero(left == right)) / len(left)
