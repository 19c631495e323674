"""A cheap first look at a paragraph: where a sentence in it may name someone.

:func:`~newsarchive.participants.mentions.find_mentions` accepts a name, a run of
capitalised syllables, only next to an office or right after an honorific: a sentence
without such a cue, or without such a run, yields no mention. It can still name a person
known from the rest of the article, but only in full. Cues and runs are looked for with
regular expressions over the text, which may report one the token rules would not see
but never miss one that they would.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsarchive.participants.lexicon import ABBREVIATED_HEADS
from newsarchive.participants.scan import HEADS, HONORIFICS, SINGLE_NAME_AFTER, SOFT_HONORIFICS

_WORD_END = r"(?![^\W_])"


def _abbreviations(patterns: Iterable[str]) -> dict[str, str]:
    """The abbreviated offices for folded text, in lower case, by first letter: that
    letter → the expression for the rest of those that start with it."""
    groups: dict[str, list[str]] = {}
    for pattern in patterns:
        if not pattern[:1].isalpha() or re.search(r"\\[^\W\d_]", pattern):
            raise ValueError(f"not a capital letter first, or a letter escaped: {pattern!r}")
        lowered = pattern.lower()
        groups.setdefault(lowered[0], []).append(lowered[1:])
    return {letter: "|".join(rests) for letter, rests in sorted(groups.items())}


_ABBREVIATED = _abbreviations(ABBREVIATED_HEADS)
# Offices, abbreviated ones included (``ThS.``, ``PGS.TS``), and honorifics, in folded
# text, at a word start.
_CUE = re.compile(
    rf"(?:(?P<office>{HEADS.pattern()}|"
    rf"(?:{'|'.join(f'{letter}(?:{rest})' for letter, rest in _ABBREVIATED.items())})\.?)"
    rf"|(?P<honorific>{HONORIFICS.pattern()})|{SOFT_HONORIFICS.pattern()}){_WORD_END}"
)


def _cues_by_initial() -> str:
    """What :data:`_CUE` matches, as one alternation by first character: a search tries
    one branch for the character at hand rather than each kind of cue in turn."""
    rests: dict[str, list[str]] = {}
    for kind in (HEADS.patterns_by_initial(), HONORIFICS.patterns_by_initial(),
                 SOFT_HONORIFICS.patterns_by_initial()):
        for initial, rest in kind.items():
            rests.setdefault(initial, []).append(rest)
    for letter, rest in _ABBREVIATED.items():
        rests.setdefault(letter, []).append(rf"(?:{rest})\.?")
    return "|".join(f"{initial}(?:{'|'.join(rest)})" for initial, rest in sorted(rests.items()))


# Every character but letters and digits in the Basic Multilingual Plane, and any
# character beyond it (checked after a match).
_NOT_ALNUM = "[{}\U00010000-\U0010ffff]".format(
    "".join(re.escape(c) for c in map(chr, range(0x10000)) if not c.isalnum())
)
# A cue right after a character that may end a word: the search skips ahead to such
# characters (a look-behind for the word start would be tried at every position).
_CUE_AFTER = re.compile(rf"{_NOT_ALNUM}(?:{_cues_by_initial()}){_WORD_END}")
# A word that may end an honorific or an office, then a space and a character, at a word
# start (see :func:`_opener_then_capital`).
_NAME_OPENER_ENDS = "|".join(map(re.escape, sorted(SINGLE_NAME_AFTER)))
_NAME_OPENER_END = re.compile(rf"(?:{_NAME_OPENER_ENDS})(?= .)")
_NAME_OPENER_END_AFTER = re.compile(rf"{_NOT_ALNUM}(?:{_NAME_OPENER_ENDS})(?= .)")
# A run of name syllables (see :func:`~newsarchive.participants.names.name_runs`): two
# words with capital initials in a row, or one after a word that may end an honorific
# (``ông Hùng``). Any character beyond the Basic Multilingual Plane counts as a capital.
_CAPITAL = "[{}\U00010000-\U0010ffff]".format(
    "".join(re.escape(c) for c in map(chr, range(0x10000)) if c.isupper())
)
_CAPITAL_PAIR = re.compile(rf"{_CAPITAL}(?<![^\W_].)[^\W_]*(?:['’./&][^\W_]+)* (?={_CAPITAL})")
# A K'Ho name, a run by itself (``K'Mai``).
_PREFIXED_NAME = re.compile(r"(?<![^\W_])K['’][^\W_]")
# How far past its first character an honorific reaches, its name's initial included.
_HONORIFIC_REACH = max(map(len, (*HONORIFICS.written(), *SOFT_HONORIFICS.written()))) + 2


class Cues:
    """Where a paragraph may name someone (see the module): nowhere else does it."""

    __slots__ = ("_aligned", "_first", "_low", "_text")

    def __init__(self, text: str, low: str) -> None:
        """``low`` is ``text`` folded; if its length differs, cues are assumed everywhere."""
        self._text, self._low = text, low
        self._aligned = len(low) == len(text)
        self._first = 0
        if self._aligned:
            may_name = _may_name(text, low, 0, len(text))
            self._first = _first_cue(text, low, 0, len(text)) if may_name else -1

    def __bool__(self) -> bool:
        return self._first >= 0

    def within(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` may hold a cue and a name."""
        first = self._first
        if not self._aligned:
            return True
        if first < 0 or end <= first:
            return False
        text, low = self._text, self._low
        if start > first and _first_cue(text, low, start, end) < 0:
            return False
        return _may_name(text, low, start, end)


def _may_name(text: str, low: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` may hold a run of name syllables (or a K'Ho name):
    without one, it names nobody."""
    return _CAPITAL_PAIR.search(text, start, end) is not None or _opener_then_capital(
        text, low, start, end
    ) or (("K'" in text or "K’" in text) and _PREFIXED_NAME.search(text, start, end) is not None)


def _opener_then_capital(text: str, low: str, start: int, end: int) -> bool:
    """A word that may end an honorific or an office, a space and a capital in
    ``text[start:end]`` (``ông Hùng``, ``Chủ tịch Hiệp``). Searched right after
    characters other than letters and digits, as :func:`_next_cue` does."""
    if start == 0 or not low[start - 1].isalnum():
        match = _NAME_OPENER_END.match(low, start, end)
        if match is not None and text[match.end() + 1].isupper():
            return True
    position = start
    while (found := _NAME_OPENER_END_AFTER.search(low, position, end)) is not None:
        position = found.end()
        if text[position + 1].isupper() and not low[found.start()].isalnum():
            return True
    return False


def _first_cue(text: str, low: str, start: int, end: int) -> int:
    """Offset of the first possible cue in ``text[start:end]``, -1 if there is none."""
    position = start
    while (match := _next_cue(low, position, end)) is not None:
        if _counts(text, match):
            return match.start()
        position = match.start() + 1
    return -1


def _next_cue(low: str, position: int, end: int) -> re.Match[str] | None:
    """The first cue at a word start in ``low[position:end]``."""
    if position == 0 or not low[position - 1].isalnum():
        match = _CUE.match(low, position, end)
        if match is not None:
            return match
    while (found := _CUE_AFTER.search(low, position, end)) is not None:
        position = found.start() + 1
        if not low[found.start()].isalnum():
            return _CUE.match(low, position, end)
    return None


def _counts(text: str, match: re.Match[str]) -> bool:
    """An office always counts; an honorific only before a capitalised word (a name
    may follow), and a kinship word (``anh``, ``chị``) only in lower case."""
    if match.lastgroup == "office":
        return True
    start = match.start()
    following = text[start : start + _HONORIFIC_REACH].split(" ")[1:]
    if not any(word[:1].isupper() for word in following):
        return False
    return match.lastgroup == "honorific" or text[start : match.end()].islower()
