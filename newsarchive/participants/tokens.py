"""Paragraphs → sentences → tokens, each token keeping its place in the paragraph."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from newsarchive.participants.lexicon import (
    CREDIT_WORDS,
    DOT_ABBREVIATIONS,
    DOTTED_ABBREVIATIONS,
)
from newsarchive.text import clean_line, fold

_TOKEN = re.compile(r"[^\W_]+(?:['’./&][^\W_]+)*|\S")
_ENDS = frozenset(".!?…")
# Characters newsarchive.text.clean changes that str.split() does not see as spaces.
_UNCLEAN = re.compile("[\u00d0\u00f0\u200b\ufeff]")
# Vowel pairs whose tone mark :func:`fold` may move (``ủy`` → ``uỷ``).
_OLD_TONE = re.compile("[òóỏõọ][ae]|[ùúủũụ]y")
_DOT_ABBREVIATIONS = frozenset(fold(w) for w in DOT_ABBREVIATIONS)
_CREDITS = frozenset(fold(w) for w in CREDIT_WORDS)
_DOTTED = frozenset(fold(w) for w in DOTTED_ABBREVIATIONS)
# Building the tuple directly skips NamedTuple.__new__'s argument handling (hot path).
_new_token = tuple.__new__


class Token(NamedTuple):
    """One word or punctuation mark; ``low`` is its folded form, ``gap`` says whether
    white space precedes it."""

    text: str
    low: str
    start: int
    end: int
    word: bool
    gap: bool


@dataclass(frozen=True, slots=True)
class Sentence:
    """A run of tokens and the paragraph text their offsets point into."""

    text: str
    tokens: tuple[Token, ...]
    paragraph: int

    def span(self, first: int, last: int) -> str:
        """The text from token ``first`` to token ``last`` inclusive, as written."""
        return self.text[self.tokens[first].start : self.tokens[last].end]


def paragraphs(text: str | Iterable[str]) -> list[tuple[str, str]]:
    """Clean paragraphs and their folded forms.

    One string is split at line breaks (blank lines included); a list is taken as its
    paragraphs.
    """
    parts = text.split("\n") if isinstance(text, str) else text
    cleaned = (part if _looks_clean(part) else clean_line(part) for part in parts)
    return [(part, _fold_clean(part)) for part in cleaned if part]


def _looks_clean(text: str) -> bool:
    """Whether :func:`clean_line` would leave ``text`` unchanged (checked cheaply)."""
    return (
        unicodedata.is_normalized("NFC", text)
        and " ".join(text.split()) == text
        and _UNCLEAN.search(text) is None
    )


def _fold_clean(text: str) -> str:
    """:func:`fold` for text already cleaned, keeping its line breaks and length."""
    return _OLD_TONE.sub(_fold_match, text.lower())


def _fold_match(match: re.Match[str]) -> str:
    return _fold_pair(match.group())


@lru_cache(maxsize=64)
def _fold_pair(pair: str) -> str:
    return fold(pair)


def tokenize(text: str, low: str | None = None) -> list[Token]:
    """Tokens of one cleaned paragraph; ``low`` is its folded form, if known."""
    low = fold(text) if low is None else low
    if len(low) != len(text):
        low = " ".join(fold(chunk) for chunk in text.split(" "))
    tokens: list[Token] = []
    position = 0
    for chunk in text.split(" "):
        end = position + len(chunk)
        if chunk.isalnum():
            fields = (chunk, low[position:end], position, end, True, True)
            tokens.append(_new_token(Token, fields))
        elif chunk:
            _split_chunk(tokens, chunk, low, position)
        position = end + 1
    return tokens


def _split_chunk(tokens: list[Token], chunk: str, low: str, offset: int) -> None:
    """Tokens of one space-free chunk with punctuation (``Hùng,``, ``T.Ư``, ``Nghĩa-Ủy``)."""
    previous_end = -1
    for match in _TOKEN.finditer(chunk):
        start, end = match.span()
        word = match.group()
        if word == "." and start == previous_end and _dotted(tokens):
            tokens[-1] = _with_stop(tokens[-1])
            previous_end = end
            continue
        span = (offset + start, offset + end)
        fields = (word, low[span[0] : span[1]], *span, word[0].isalnum(), start != previous_end)
        tokens.append(_new_token(Token, fields))
        previous_end = end


def _dotted(tokens: list[Token]) -> bool:
    """The last token is an abbreviation that takes a full stop (``ThS``, ``TP``)."""
    return bool(tokens) and tokens[-1].low in _DOTTED


def _with_stop(token: Token) -> Token:
    fields = (token.text + ".", token.low + ".", token.start, token.end + 1, True, token.gap)
    return _new_token(Token, fields)


def sentences(text: str, low: str, paragraph: int) -> list[Sentence]:
    """Sentences of one paragraph, with photo credits (``Ảnh: …``) dropped."""
    tokens = tokenize(text, low)
    result: list[Sentence] = []
    start = 0
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.low in _CREDITS and _is_credit(tokens, index):
            _append(result, text, tokens[start:index], paragraph)
            start = index = _skip_credit(tokens, index)
            continue
        if token.text in _ENDS and _ends_sentence(tokens, index):
            _append(result, text, tokens[start : index + 1], paragraph)
            start = index + 1
        index += 1
    _append(result, text, tokens[start:], paragraph)
    return result


def _append(result: list[Sentence], text: str, tokens: list[Token], paragraph: int) -> None:
    if any(token.word for token in tokens):
        result.append(Sentence(text, tuple(tokens), paragraph))


def _ends_sentence(tokens: list[Token], index: int) -> bool:
    token = tokens[index]
    if token.text not in _ENDS:
        return False
    if index + 1 >= len(tokens):
        return True
    following = tokens[index + 1]
    if following.text in _ENDS or not following.gap:
        return False
    if token.text == "." and index > 0 and tokens[index - 1].low in _DOT_ABBREVIATIONS:
        return False
    return not following.text[0].islower()


def _is_credit(tokens: list[Token], index: int) -> bool:
    """``Ảnh: …`` / ``(Ảnh: …)``: a credit line, not article text."""
    if tokens[index].low not in _CREDITS or index + 1 >= len(tokens):
        return False
    return tokens[index + 1].text == ":"


def _skip_credit(tokens: list[Token], index: int) -> int:
    """Index just past a credit: the end of its parentheses, sentence or paragraph."""
    opened = index > 0 and tokens[index - 1].text == "("
    for position in range(index + 2, len(tokens)):
        text = tokens[position].text
        if opened and text == ")":
            return position + 1
        if not opened and text in _ENDS | {";"}:
            return position + 1
    return len(tokens)
