"""Lists of people under a shared title or honorific.

- before a colon: ``Các Ủy viên T.Ư Đảng: A, …; B, …``, ``có các đồng chí: …``,
  ``3 phó giám đốc Sở gồm: A, B, C``;
- before ``là`` or ``gồm``: ``hai phó chủ tịch UBND huyện là A và B``;
- a plural title before a name, and more names after it: ``các Phó Chủ tịch HĐND tỉnh
  A, B``.
"""

from __future__ import annotations

import re

from newsarchive.participants import lexicon as lx
from newsarchive.participants.matcher import Phrases
from newsarchive.participants.model import Mention
from newsarchive.participants.names import (
    MAX_SYLLABLES,
    MIN_SYLLABLES,
    Run,
    is_historical,
    is_place,
)
from newsarchive.participants.scan import HONORIFICS, Scan
from newsarchive.participants.titles import title_text

PLURALS = Phrases(lx.PLURAL_WORDS)
_LIST_WORDS = frozenset({"là", "gồm"})
# A list mark in folded text: without one, a sentence has no list to look at. Each
# alternative opens with a literal and checks the word start after it, so that a search
# skips to the next ``:``, ``l`` or ``g`` (a look-behind first is tried at every position).
_MARK_TEXT = re.compile(r":|l(?<![^\W_]l)à(?![^\W_])|g(?<![^\W_]g)ồm(?![^\W_])")
_COMPANIONS = frozenset({"cùng", "với"})
"""Words before someone who joins a list's members without being one (``Các Phó Chủ tịch
…: A, B cùng bà C``)."""
_CLAUSE_ENDS = frozenset(";:,.")
_LIST_ENDS = frozenset(";:.")
"""What ends a list opened by a mark: a clause end but the comma between its members."""


def apply_list_opener(scan: Scan, mentions: list[Mention]) -> None:
    """Give the members of each list its shared title and honorific (in place)."""
    openers = [(mark, opener) for mark in _list_marks(scan)
               if (opener := _opener_start(scan, mark)) is not None]
    for number, (mark, opener) in enumerate(openers):
        honorific = _opener_honorific(scan, opener, mark)
        title = _opener_title(scan, opener, mark)
        end = _list_end(scan, mark, openers[number + 1][1] if number + 1 < len(openers)
                        else len(scan))
        end = min((m.start for m in mentions if mark < m.start < end
                   and scan.low(m.start - 1) in _COMPANIONS), default=end)
        if title:
            mentions.extend(_bare_members(scan, mark, end, mentions))
        for member in (m for m in mentions if mark < m.start < end):
            member.honorific = member.honorific or honorific
            if title and title not in member.titles:
                member.titles.insert(0, title)
    _share_plural_titles(scan, mentions)


def _list_end(scan: Scan, mark: int, next_opener: int) -> int:
    """A colon's list runs on to where the next list opens; ``là``/``gồm``'s to its
    clause's end."""
    return next_opener if scan.text(mark) == ":" else _clause_end(scan, mark)


def _list_marks(scan: Scan) -> list[int]:
    """Colons, and ``là``/``gồm`` not followed by one."""
    sentence = scan.sentence
    if not _has_mark(sentence.low, sentence.start, sentence.end):
        return []
    return [
        index
        for index, token in enumerate(scan.tokens)
        if token.text == ":" or (token.low in _LIST_WORDS and scan.text(index + 1) != ":")
    ]


def _has_mark(low: str, start: int, end: int) -> bool:
    """Whether folded ``low[start:end]`` has a list mark; most sentences have none of its
    letters, which ``str.find`` tells faster than the regular expression."""
    if low.find(":", start, end) >= 0:
        return True
    if low.find("là", start, end) < 0 and low.find("gồm", start, end) < 0:
        return False
    return _MARK_TEXT.search(low, start, end) is not None


def _clause_end(scan: Scan, mark: int) -> int:
    for index in range(mark + 1, len(scan)):
        if scan.text(index) in _LIST_ENDS:
            return index
    return len(scan)


def _bare_members(scan: Scan, mark: int, end: int, mentions: list[Mention]) -> list[Mention]:
    """Names listed after a shared title with none of their own (``Các Phó Chủ tịch UBND
    tỉnh: A, B và C``)."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    members: list[Mention] = []
    for run in scan.runs:
        if not mark < run.start < end or run.start in taken or not _listed(scan, run, mark):
            continue
        member = _member(scan, run)
        if member is not None:
            members.append(member)
    return members


def _member(scan: Scan, run: Run) -> Mention | None:
    """The person a listed run names, if it can be one."""
    key = scan.key(run.start, run.end)
    if is_place(key) or is_historical(key) \
            or not MIN_SYLLABLES <= scan.syllables(run.start, run.end) <= MAX_SYLLABLES:
        return None
    start, honorific = scan.honorific(run.start)
    name = scan.sentence.span(run.start, run.end - 1)
    return Mention(name, key, honorific, start, run.start, run.end, run.end)


def _listed(scan: Scan, run: Run, mark: int = -1) -> bool:
    """A run standing alone as one item of a list."""
    start, _ = scan.honorific(run.start)
    before, after = scan.text(start - 1), scan.text(run.end)
    return (before in ",;:" or before == "và" or start - 1 == mark) and (
        after in ("", ",", ";", ".", "và") or scan.stops[run.end] > 0
    )


def _opener_start(scan: Scan, mark: int) -> int | None:
    """Index of the plural word (``các``, ``những``, a number) in the clause ending at
    ``mark``, if the clause has one; else, before a colon, of the word before an office
    that opens the clause or follows its verb (``Cùng dự có Phó Chủ tịch UBND tỉnh: …``)."""
    index = mark - 1
    while index >= 0 and scan.text(index) not in _CLAUSE_ENDS:
        if _is_plural(scan, index):
            return index
        index -= 1
    return _office_before_colon(scan, index + 1, mark) if scan.text(mark) == ":" else None


def _office_before_colon(scan: Scan, start: int, mark: int) -> int | None:
    """The word before the office the clause from ``start`` ends with at the colon
    ``mark``: the office opens the clause or follows one of its stop words (``có``)."""
    for index in range(start, mark):
        if scan.heads[index] and (index == start or scan.stops[index - 1]):
            return index - 1
    return None


def _is_plural(scan: Scan, index: int) -> bool:
    """``các``, ``những``, ``hai``, ``3``: a word that makes the title after it shared."""
    return bool(PLURALS.match(scan.tokens, index)) or scan.text(index).isdigit()


def _opener_honorific(scan: Scan, opener: int, mark: int) -> str | None:
    size = HONORIFICS.match(scan.tokens, opener + 1, mark)
    if not size:
        return None
    return lx.HONORIFICS.get(scan.key(opener + 1, opener + 1 + size), "đồng chí")


def _opener_title(scan: Scan, opener: int, mark: int) -> str | None:
    start = opener + 1 + HONORIFICS.match(scan.tokens, opener + 1, mark)
    end = mark - 1 if scan.low(mark - 1) in _LIST_WORDS else mark
    if start >= end or not scan.heads[start]:
        return None
    if any(scan.stops[i] for i in range(start + scan.heads[start], end)):
        return None
    return title_text(scan, (start, end - 1)) or None


def _share_plural_titles(scan: Scan, mentions: list[Mention]) -> None:
    """``các Phó Chủ tịch HĐND tỉnh A, B``: names listed right after a person whose
    title is plural share that person's titles."""
    for mention in list(mentions):
        if not mention.titles or not _is_plural(scan, mention.start - 1):
            continue
        taken = {i for m in mentions for i in range(m.start, m.end)}
        end = mention.name_end
        for run in scan.runs:
            if run.start <= end or run.start in taken:
                continue
            if scan.text(run.start - 1) not in (",", "và") or run.start - 1 != end:
                break
            member = _member(scan, run)
            if member is None or not _listed(scan, run):
                break
            member.titles = list(mention.titles)
            mentions.append(member)
            end = run.end
    mentions.sort(key=lambda m: m.start)
