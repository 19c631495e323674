"""Longest-match lookup of multi-word phrases over folded tokens."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from newsarchive.participants.tokens import Token, tokenize
from newsarchive.text import fold

# A word trie: each word → (whether a phrase ends with it, the words that may follow).
_WordTrie = dict[str, tuple[bool, "_WordTrie"]]


class Phrases:
    """A set of phrases, each a tuple of folded words, matched at a token position."""

    def __init__(self, phrases: Iterable[str]) -> None:
        self._phrases: set[tuple[str, ...]] = set()
        self._longest: dict[str, int] = {}
        self._last_words: set[str] = set()
        for phrase in phrases:
            words = tuple(token.low for token in tokenize(fold(phrase)))
            if not words:
                continue
            self._phrases.add(words)
            self._longest[words[0]] = max(self._longest.get(words[0], 0), len(words))
            self._last_words.add(words[-1])
        # The phrases word by word from the first, and from the last.
        self._forward = _word_trie(self._phrases)
        self._backward = _word_trie(words[::-1] for words in self._phrases)

    @property
    def first_words(self) -> frozenset[str]:
        """Every word a phrase can start with."""
        return frozenset(self._longest)

    @property
    def last_words(self) -> frozenset[str]:
        """Every word a phrase can end with."""
        return frozenset(self._last_words)

    def written(self) -> list[str]:
        """The phrases as folded text, words separated by single spaces."""
        return [" ".join(words) for words in self._phrases]

    def pattern(self) -> str:
        """A regular expression matching every phrase as folded text, its words with or
        without a space between them (no word boundaries). Built as a character trie, so
        a search tries one branch per character rather than every phrase in turn."""
        return _trie_pattern([_regex_pieces(words) for words in self._phrases])

    def patterns_by_initial(self) -> dict[str, str]:
        """:meth:`pattern` split by first character: each phrase's first character
        (escaped) → the expression for the rest of the phrases that start with it."""
        rests: dict[str, list[list[str]]] = {}
        for words in self._phrases:
            first, *rest = _regex_pieces(words)
            rests.setdefault(first, []).append(rest)
        return {first: _trie_pattern(pieces) for first, pieces in rests.items()}

    def match(self, tokens: Sequence[Token], index: int, stop: int | None = None) -> int:
        """Length in tokens of the longest phrase starting at ``index`` (0 if none)."""
        if index >= len(tokens):
            return 0
        longest = self._longest.get(tokens[index].low, 0)
        if not longest:
            return 0
        if longest == 1:
            return 1 if stop is None or index < stop else 0
        limit = len(tokens) if stop is None else min(stop, len(tokens))
        return _walk(self._forward, tokens, range(index, limit))

    def ends_at(self, tokens: Sequence[Token], end: int, longest: int = 3) -> int:
        """Length of the longest phrase ending just before ``end`` (0 if none)."""
        if end <= 0 or tokens[end - 1].low not in self._last_words:
            return 0
        return _walk(self._backward, tokens, range(end - 1, max(end - longest, 0) - 1, -1))


def _word_trie(phrases: Iterable[tuple[str, ...]]) -> _WordTrie:
    """The phrases as a word trie (see :data:`_WordTrie`)."""
    root: _WordTrie = {}
    for words in phrases:
        level = root
        for number, word in enumerate(words, 1):
            ends, following = level.get(word, (False, {}))
            level[word] = (ends or number == len(words), following)
            level = following
    return root


def _walk(trie: _WordTrie, tokens: Sequence[Token], positions: range) -> int:
    """How many of the tokens at ``positions``, in that order, make the longest phrase
    of ``trie`` (0 if none)."""
    size = 0
    level = trie
    for count, position in enumerate(positions, 1):
        node = level.get(tokens[position].low)
        if node is None:
            break
        ends, level = node
        if ends:
            size = count
    return size


_Trie = dict[str, "_Trie"]
_END = ""
_SPACE = " ?"


def _regex_pieces(words: tuple[str, ...]) -> list[str]:
    """The pieces of a phrase in text: its characters, an optional space between words."""
    pieces: list[str] = []
    for index, word in enumerate(words):
        if index:
            pieces.append(_SPACE)
        pieces.extend(re.escape(char) for char in word)
    return pieces


def _trie_pattern(phrases: list[list[str]]) -> str:
    """One alternation for all ``phrases``, sharing their common beginnings."""
    root: _Trie = {}
    for pieces in phrases:
        node = root
        for piece in pieces:
            node = node.setdefault(piece, {})
        node[_END] = {}
    return _branches(root)


def _branches(node: _Trie) -> str:
    """The regular expression for the phrase endings below ``node``."""
    branches = [piece + _branches(child) for piece, child in sorted(node.items()) if piece]
    if not branches:
        return ""
    optional = _END in node
    body = branches[0] if len(branches) == 1 and not optional else f"(?:{'|'.join(branches)})"
    return body + ("?" if optional else "")
