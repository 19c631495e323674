"""A digest of the corpus files a score was computed on, so floors name what they measured."""

from __future__ import annotations

import hashlib


class CorpusDigest:
    """sha256 over the names and contents of the files scored, in the order read."""

    def __init__(self) -> None:
        self._hash = hashlib.sha256()

    def add(self, name: str, data: bytes) -> None:
        self._hash.update(name.encode() + b"\0" + hashlib.sha256(data).digest())

    def hexdigest(self) -> str:
        return self._hash.hexdigest()


def file_digest(name: str, data: bytes) -> str:
    """The digest of a corpus made of one file."""
    digest = CorpusDigest()
    digest.add(name, data)
    return digest.hexdigest()
