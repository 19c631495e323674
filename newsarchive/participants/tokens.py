"""Paragraphs → sentences → tokens, each token keeping its place in the paragraph."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from operator import attrgetter
from typing import NamedTuple

from newsarchive.participants.lexicon import (
    CREDIT_WORDS,
    DOT_ABBREVIATIONS,
    DOTTED_ABBREVIATIONS,
    HONORIFICS,
    OFFICE_HEADS,
)
from newsarchive.text import clean_line, fold

_TOKEN = re.compile(r"[^\W_]+(?:['’./&][^\W_]+)*|\S")
_ENDS = frozenset(".!?…")
# White space but the plain space (every character str.split() splits at is below
# U+3001), and characters newsarchive.text.clean changes that it does not split at.
_OTHER_SPACES = "".join(c for c in map(chr, range(0x3001)) if c.isspace() and c != " ")
_UNCLEAN = re.compile(f"[{_OTHER_SPACES}\u00d0\u00f0\u200b\ufeff]")
# Vowel pairs whose tone mark :func:`fold` may move (``ủy`` → ``uỷ``), and a few more
# that it leaves alone: one character class first lets the search skip ahead fast.
_TONED = "òóỏõọùúủũụ"
_OLD_TONE = re.compile(f"[{_TONED}][aey]")
_FOLDED_PAIRS = {pair: fold(pair) for pair in (a + b for a in _TONED for b in "aey")}
_DOT_ABBREVIATIONS = frozenset(fold(w) for w in DOT_ABBREVIATIONS)
_CREDITS = frozenset(fold(w) for w in CREDIT_WORDS)
# A credit word and a colon in folded text: a credit may be there.
_CREDIT = re.compile(f"(?:{'|'.join(map(re.escape, sorted(_CREDITS)))}) ?:")
_DOTTED = frozenset(fold(w) for w in DOTTED_ABBREVIATIONS)
_HONORIFIC_WORDS = frozenset(fold(w) for w in HONORIFICS)
_MAX_NAME_BEFORE_INITIAL = 3
_SENTENCE_OPENERS = frozenset({
    "ông", "bà", "sáng", "chiều", "tối", "trưa", "ngày", "hôm", "theo", "trong", "tại",
    "với", "sau", "trước", "các", "những", "dịp", "nhân", "khi", "hiện"})
"""Capitalised words that open a sentence and no credited name: where a credit written
without a stop ends."""
# The first two words of offices written in two words or more. A lower-case word after
# ``Name-`` that opens one with the next word is the office (``H'Nguyệt-công nhân``), no
# syllable of a transliterated name.
OFFICE_PAIRS = frozenset(tuple(fold(w).split()[:2]) for w in OFFICE_HEADS if " " in w)
_WORD = attrgetter("word")
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


class Sentence:
    """A run of tokens and the paragraph text their offsets point into; ``low`` is that
    text folded, each token's ``low`` a slice of it. ``start`` is the offset of the first
    token in the paragraph, ``end`` the offset just past the last."""

    __slots__ = ("end", "low", "paragraph", "start", "text", "tokens")

    def __init__(self, text: str, low: str, tokens: tuple[Token, ...], paragraph: int) -> None:
        self.text, self.low, self.tokens, self.paragraph = text, low, tokens, paragraph
        self.start, self.end = tokens[0].start, tokens[-1].end

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
    """Whether :func:`clean_line` would leave ``text`` unchanged (checked cheaply): NFC,
    single plain spaces between words, nothing to map."""
    return (
        unicodedata.is_normalized("NFC", text)
        and "  " not in text
        and text[:1] != " "
        and text[-1:] != " "
        and _UNCLEAN.search(text) is None
    )


def _fold_clean(text: str) -> str:
    """:func:`fold` for text already cleaned, keeping its line breaks and length."""
    return _OLD_TONE.sub(_fold_match, text.lower())


def _fold_match(match: re.Match[str]) -> str:
    return _FOLDED_PAIRS[match.group()]


def tokenize(text: str, low: str | None = None) -> list[Token]:
    """Tokens of one cleaned paragraph; ``low`` is its folded form, if known."""
    return _tokenize(text, fold(text) if low is None else low)[0]


def _tokenize(text: str, low: str) -> tuple[list[Token], list[int]]:
    """Tokens of one cleaned paragraph, and the indices of those that close a chunk
    (a run between spaces) with a mark in ``_ENDS``: only there can a sentence end."""
    chunks = text.split(" ")
    low = _aligned(text, low)
    tokens: list[Token] = []
    ends: list[int] = []
    position = 0
    for chunk in chunks:
        end = position + len(chunk)
        if chunk.isalnum():
            tokens.append(_new_token(Token, (chunk, low[position:end], position, end, True, True)))
        elif chunk:
            if chunk[:-1].isalnum():
                _word_and_mark(tokens, chunk, low[position:end], position)
            else:
                _split_chunk(tokens, chunk, low[position:end], position, _next_word(low, end + 1))
            if chunk[-1] in _ENDS:
                ends.append(len(tokens) - 1)
        position = end + 1
    return tokens, ends


def _next_word(low: str, start: int) -> str:
    """The folded word starting at ``start`` (the next chunk), up to the next space."""
    end = low.find(" ", start)
    return low[start:end if end >= 0 else len(low)]


def _aligned(text: str, low: str) -> str:
    """``low`` (folded ``text``), refolded word by word when folding changed its length."""
    if len(low) != len(text):
        return " ".join(fold(chunk) for chunk in text.split(" "))
    return low


def _split_chunk(tokens: list[Token], chunk: str, folded: str, offset: int,
                 next_word: str) -> None:
    """Tokens of one space-free chunk with punctuation (``T.Ư``, ``Nghĩa-Ủy``, ``(ông``)
    other than a word and one mark; ``folded`` is its folded form, ``next_word`` the
    folded word after the chunk."""
    previous_end = -1
    first = len(tokens)
    for match in _TOKEN.finditer(chunk):
        start, end = match.span()
        word = match.group()
        if word == "." and start == previous_end and _dotted(tokens):
            tokens[-1] = _with_stop(tokens[-1])
            previous_end = end
            continue
        if (word[0].islower() or _latin_name_part(tokens, word)) \
                and _joins_transliteration(tokens, first, start, previous_end) \
                and not (end == len(chunk) and (folded[start:], next_word) in OFFICE_PAIRS):
            _join_last(tokens, chunk, folded, offset, end)
            previous_end = end
            continue
        span = (offset + start, offset + end)
        fields = (word, folded[start:end], *span, word[0].isalnum(), start != previous_end)
        tokens.append(_new_token(Token, fields))
        previous_end = end


def _joins_transliteration(tokens: list[Token], first: int, start: int, previous_end: int) -> bool:
    """A lower-case word right after ``Word-``: one syllable group of a transliterated
    name (``Xon-xay``, ``Xi-phan-đon``). A capital after the hyphen (``Tỉnh ủy-Phó …``)
    or a digit (``COVID-19``) starts a new token instead."""
    if len(tokens) - first < 2 or start != previous_end:
        return False
    hyphen, name = tokens[-1], tokens[-2]
    return hyphen.text == "-" and not hyphen.gap and name.word and name.text[0].isupper()


def _latin_name_part(tokens: list[Token], word: str) -> bool:
    """A capitalised plain-Latin word after a plain-Latin ``Word-`` (``Jean-Luc``,
    ``Anne-Marie``): one foreign given name. A Vietnamese word has tone marks or opens an
    office (``Rịa-Vũng Tàu``, ``Niên-Ủy viên``), and stays a token of its own."""
    return word.isascii() and word.isalpha() and len(tokens) >= 2 and tokens[-2].text.isascii()


def _join_last(tokens: list[Token], chunk: str, folded: str, offset: int, end: int) -> None:
    """Replace the last two tokens (``Xon``, ``-``) by one running to ``end`` in the chunk."""
    del tokens[-1]
    name = tokens.pop()
    start = name.start - offset
    fields = (chunk[start:end], folded[start:end], name.start, offset + end, True, name.gap)
    tokens.append(_new_token(Token, fields))


def _word_and_mark(tokens: list[Token], chunk: str, folded: str, offset: int) -> None:
    """The common chunk: a word and one mark after it (``Hùng,``, ``ThS.``)."""
    size = len(chunk) - 1
    end = offset + size
    word = _new_token(Token, (chunk[:size], folded[:size], offset, end, True, True))
    mark = chunk[size]
    if mark == "." and (word.low in _DOTTED or _is_initial(tokens, word)):
        tokens.append(_with_stop(word))
        return
    tokens.append(word)
    tokens.append(_new_token(Token, (mark, folded[size : size + 1], end, end + 1, False, False)))


def _is_initial(tokens: list[Token], word: Token) -> bool:
    """A middle initial (``L`` of ``Margaret L. Hayes``): one capital letter after a
    name in plain Latin letters (up to an honorific). After a Vietnamese name (``Phan
    Văn T.``, ``Lê Minh T.``) it is a name cut short to hide it, or a sentence's end."""
    if len(word.text) != 1 or not word.text.isupper():
        return False
    before = []
    for token in reversed(tokens[-_MAX_NAME_BEFORE_INITIAL:]):
        if not token.word or not token.text[:1].isupper() or token.low in _HONORIFIC_WORDS:
            break
        before.append(token)
    return bool(before) and all(token.text.isascii() for token in before)


def _dotted(tokens: list[Token]) -> bool:
    """The last token is an abbreviation that takes a full stop (``ThS``, ``TP``)."""
    return bool(tokens) and tokens[-1].low in _DOTTED


def _with_stop(token: Token) -> Token:
    fields = (token.text + ".", token.low + ".", token.start, token.end + 1, True, token.gap)
    return _new_token(Token, fields)


def sentences(text: str, low: str, paragraph: int) -> list[Sentence]:
    """Sentences of one paragraph, with photo credits (``Ảnh: …``) dropped; ``low`` is
    the paragraph folded as :func:`paragraphs` gives it."""
    # Of the same length, it is folded character by character: a credit shows in it.
    may_credit = len(low) != len(text) or (":" in low and _CREDIT.search(low) is not None)
    low = _aligned(text, low)
    listed, ends = _tokenize(text, low)
    tokens = tuple(listed)
    marks = sorted(ends + _credits(tokens)) if may_credit else ends
    result: list[Sentence] = []
    start = 0
    for index in marks:
        if index < start:
            continue
        if tokens[index].low in _CREDITS:
            if _is_credit(tokens, index):
                _append(result, text, low, tokens[start:index], paragraph)
                start = _skip_credit(tokens, index)
        elif _ends_sentence(tokens, index):
            _append(result, text, low, tokens[start : index + 1], paragraph)
            start = index + 1
    _append(result, text, low, tokens[start:], paragraph)
    return result


def _credits(tokens: Sequence[Token]) -> list[int]:
    """Where a photo credit may begin."""
    return [index for index, token in enumerate(tokens) if token.low in _CREDITS]


def _append(
    result: list[Sentence], text: str, low: str, tokens: tuple[Token, ...], paragraph: int
) -> None:
    if any(map(_WORD, tokens)):
        result.append(Sentence(text, low, tokens, paragraph))


def _ends_sentence(tokens: Sequence[Token], index: int) -> bool:
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


def _is_credit(tokens: Sequence[Token], index: int) -> bool:
    """``Ảnh: …`` / ``(Ảnh: …)``: a credit line, not article text."""
    if tokens[index].low not in _CREDITS or index + 1 >= len(tokens):
        return False
    return tokens[index + 1].text == ":"


def _skip_credit(tokens: Sequence[Token], index: int) -> int:
    """Index just past a credit: the end of its parentheses, sentence or paragraph; or,
    when a caption's credit runs into the next sentence with no stop between (``… Ảnh:
    Thanh Hải Ông Lê Thành Công, Giám đốc …``), the capitalised word opening it. The
    credited name begins after the colon at ``index + 1``."""
    opened = index > 0 and tokens[index - 1].text == "("
    for position in range(index + 2, len(tokens)):
        token = tokens[position]
        if opened and token.text == ")":
            return position + 1
        if not opened and token.text in _ENDS | {";"}:
            return position + 1
        if not opened and position > index + 2 \
                and _opens_sentence(tokens, position, position > index + 3):
            return position
    return len(tokens)


def _opens_sentence(tokens: Sequence[Token], position: int, past_second_word: bool) -> bool:
    """A capitalised word right after a credited name that opens the next sentence: a word
    no name opens with (``Ông``, ``Sáng``), or, past the name's second word, one a word in
    lower case follows (``… Ảnh: Thanh Bình Báo cáo với đoàn``): a name's words are all
    capitalised."""
    token = tokens[position]
    if not token.text[0].isupper() or not tokens[position - 1].text[:1].isupper():
        return False
    if token.low in _SENTENCE_OPENERS:
        return True
    following = tokens[position + 1] if position + 1 < len(tokens) else None
    return past_second_word and following is not None and following.word \
        and following.text[0].islower()
