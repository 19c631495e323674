"""Per-sentence lookups computed once: where offices, stops and honorifics start."""

from __future__ import annotations

import re
from collections.abc import Callable
from operator import attrgetter

from newsarchive.participants import lexicon as lx
from newsarchive.participants.matcher import Phrases
from newsarchive.participants.names import (
    Run,
    ends_with_place,
    is_name_word,
    name_runs,
    syllable_count,
)
from newsarchive.participants.tokens import Sentence, Token
from newsarchive.text import fold

HEADS = Phrases(lx.OFFICE_HEADS)
WEAK_HEADS = Phrases(lx.WEAK_HEADS)
RANKS = Phrases(lx.RANK_HEADS)
PREFIXES = Phrases(lx.HEAD_PREFIXES)
NOT_HEADS = Phrases(lx.NOT_HEADS)
STOPS = Phrases(lx.STOP_WORDS)
SOFT_STOPS = Phrases(lx.SOFT_STOP_WORDS)
VILLAGES = Phrases(lx.VILLAGE_NOUNS)
COMMUNITY_ROLES = Phrases(lx.COMMUNITY_ROLES)
NOT_VERBS = Phrases(lx.NOT_VERBS)
NOT_VERB_ENDS = Phrases(lx.NOT_VERB_ENDS)
NOT_ROLES = Phrases(lx.NOT_ROLES)
ORG_NOUNS = Phrases(lx.ORG_NOUNS)
ORG_VERBS = Phrases(lx.ORG_VERBS)
NOT_PLACE_NOUNS = Phrases(lx.NOT_PLACE_NOUNS)
GROUPS = Phrases(lx.GROUP_WORDS)
HONORIFICS = Phrases(lx.HONORIFICS)
SOFT_HONORIFICS = Phrases(lx.SOFT_HONORIFICS)
_ABBREVIATED = re.compile(rf"(?:{'|'.join(lx.ABBREVIATED_HEADS)})\.?")
_CHAIRED_BODIES = frozenset({"UBND", "HĐND", "MTTQ", "UBMTTQ", "LĐLĐ", "Hội", "HĐQT", "HĐTV"})
_MAX_PREFIXES = 3
_CLAUSE_VERBS = frozenset({"đã", "từng", "vừa", "mới", "nhiều", "được", "giữ", "là", "luôn",
                           "gắn", "dành", "đang", "trực", "sáng"})
"""Words after ``người`` that open a clause on the person (``người từng …``)."""
_AMOUNTS = frozenset({"nhiều", "gần", "hơn", "trên", "ngót", "khoảng"})
_LOW = attrgetter("low")
_NEVER_NAMES = frozenset(lx.NEVER_NAMES)

QUOTES = frozenset("\"“”‘’'«»")
HARD_BREAKS = frozenset(";:") | QUOTES | frozenset(".!?…")
DASHES = frozenset("-–—")
# Tokens that may separate two titles (see :meth:`Scan.is_piece_break`).
PIECE_BREAKS = frozenset(",") | DASHES

_HEAD_FIRST_WORDS = HEADS.first_words | PREFIXES.first_words | NOT_HEADS.first_words
_STOP_FIRST_WORDS = STOPS.first_words | SOFT_STOPS.first_words
# Words where an office or a predicate may begin, and ``và``, which may end a title.
_MARK_WORDS = _HEAD_FIRST_WORDS | _STOP_FIRST_WORDS | {"và"}
# Words that may end an honorific: a single name syllable may follow (``ông Hùng``).
HONORIFIC_ENDS = HONORIFICS.last_words | SOFT_HONORIFICS.last_words
_COUNTRY_WORDS = frozenset(fold(c) for c in (*lx.COUNTRIES, *lx.COUNTRY_GIVEN_NAMES)
                           if " " not in c)
_TEACHERS = frozenset({"thầy", "cô"})
"""Soft honorifics that open a sentence capitalised (``Thầy A Xuân``)."""
MAX_OFFICE_WORDS = 4
"""Words of an office looked back over for one written right before a name."""
# Words after which a single name syllable may stand: an honorific's last (``ông Hùng``)
# or an office's (``Chủ tịch Hiệp``: the short form of a person named in full elsewhere).
SINGLE_NAME_AFTER = HONORIFIC_ENDS | HEADS.last_words


def _maybe_abbreviation(text: str) -> bool:
    """Worth trying the abbreviated offices on (``UBND``-like, ``ThS``)."""
    return text[1:2].isupper() or text[:2] == "Th"


class _Lookup(dict[int, int]):
    """One integer per token, computed on first access; 0 outside the sentence.

    It holds the tokens, not the :class:`Scan`: a reference back would make every
    sentence's objects cyclic garbage, left to the garbage collector."""

    __slots__ = ("_compute", "_tokens")

    def __init__(self, tokens: tuple[Token, ...],
                 compute: Callable[[tuple[Token, ...], int], int]) -> None:
        self._tokens = tokens
        self._compute = compute

    def __missing__(self, index: int) -> int:
        inside = 0 <= index < len(self._tokens)
        value = self[index] = self._compute(self._tokens, index) if inside else 0
        return value


class Scan:
    """A sentence with the position lookups the participant rules need.

    ``heads[i]``: tokens in the office starting at ``i`` (0 if none);
    ``stops[i]``: tokens in the predicate or clause opener starting at ``i`` (0 if none).
    """

    def __init__(self, sentence: Sentence) -> None:
        self.sentence = sentence
        self.tokens: tuple[Token, ...] = sentence.tokens
        self.heads = _Lookup(self.tokens, _head)
        self.stops = _Lookup(self.tokens, _stop)
        # Runs of capitalised words that may hold a name; a single word only after an
        # honorific or an office (``ông Hùng``, ``Chủ tịch Hiệp``). Every sentence scanned
        # is searched for names.
        self.runs: list[Run] = name_runs(self.tokens, SINGLE_NAME_AFTER)
        # Index of each ``(`` → index of its ``)`` (same sentence only).
        self.paren_close: dict[int, int] = _paren_pairs(sentence)

    def __len__(self) -> int:
        return len(self.tokens)

    def syllables(self, start: int, end: int) -> int:
        """Syllables of tokens ``start``..``end`` (exclusive): a K'Ho name holds two."""
        text = self.sentence.text
        if "'" not in text and "’" not in text:
            return end - start
        return syllable_count([token.low for token in self.tokens[start:end]])

    def key(self, start: int, end: int) -> str:
        """Folded words ``start``..``end`` (exclusive) joined by spaces: a name key."""
        return " ".join(map(_LOW, self.tokens[start:end]))

    def low(self, index: int) -> str:
        """Folded word at ``index`` ('' outside the sentence)."""
        return self.tokens[index].low if 0 <= index < len(self.tokens) else ""

    def text(self, index: int) -> str:
        """Word at ``index`` as written ('' outside the sentence)."""
        return self.tokens[index].text if 0 <= index < len(self.tokens) else ""

    def may_begin(self, index: int) -> bool:
        """Whether an office or a predicate may begin at ``index`` (or ``và`` is there):
        ``heads`` and ``stops`` are 0 everywhere else."""
        token = self.tokens[index]
        return token.low in _MARK_WORDS or _maybe_abbreviation(token.text)

    def is_weak_head(self, index: int) -> bool:
        """A function (``cán bộ``, ``đại diện``) rather than an office."""
        return bool(WEAK_HEADS.match(self.tokens, index))

    def honorific(self, end: int) -> tuple[int, str | None]:
        """An honorific ending just before ``end``: (its start, output form or None)."""
        tokens = self.tokens
        size = HONORIFICS.ends_at(tokens, end, 2)
        if size and not (tokens[end - size].low in ("ông", "bà") and is_name_word(tokens, end - 1)):
            return end - size, lx.HONORIFICS.get(self.key(end - size, end), "đồng chí")
        if SOFT_HONORIFICS.ends_at(tokens, end, 1) and (
            tokens[end - 1].text.islower() or tokens[end - 1].low in _NEVER_NAMES
            or (tokens[end - 1].low in _TEACHERS and not is_name_word(tokens, end - 1))
        ):
            return end - 1, None
        return end, None

    def office_before(self, end: int) -> tuple[int, int] | None:
        """The office written right before ``end`` (``Phó Chủ tịch`` in ``Phó Chủ tịch
        Thiện``), as its first and last token."""
        for start in range(max(0, end - MAX_OFFICE_WORDS), end):
            if self.heads[start] == end - start:
                return start, end - 1
        return None

    def names_country_or_body(self, index: int) -> bool:
        """A country (``Đại sứ Đức``) or a body's noun (``Chủ tịch Hội``) at ``index``,
        whatever given name it is also."""
        return self.tokens[index].low in _COUNTRY_WORDS or ORG_NOUNS.match(self.tokens, index) > 0

    def is_group(self, index: int) -> bool:
        """A word opening a group (``các``, ``lãnh đạo``)."""
        return bool(GROUPS.match(self.tokens, index))

    def opens_person_clause(self, index: int) -> bool:
        """A clause on the person starts at ``index``: ``người`` and a verb (``người có 32
        năm công tác``, ``người từng …``), ``năm nay 88 tuổi``, ``86 tuổi``. It is no
        office's words, and a verb after it is still the person's; ``người khuyết tật``,
        ``người dân`` name people, and ``người có công`` a group of them."""
        if index + 2 >= len(self.tokens) or self.heads[index]:
            return False
        first, second = self.low(index), self.low(index + 1)
        if first == "người":
            return second in _CLAUSE_VERBS or (
                second == "có" and (self.text(index + 2)[:1].isdigit()
                                    or self.low(index + 2) in _AMOUNTS))
        return (first, second) == ("năm", "nay") or self.is_age(index)

    def is_age(self, index: int) -> bool:
        """``86 tuổi`` at ``index``."""
        return self.text(index).isdigit() and self.low(index + 1) == "tuổi"

    def is_aside(self, index: int) -> bool:
        """``(`` opening a lower-case aside such as ``(trái)`` or ``(thứ 2 từ trái sang)``."""
        if self.text(index) != "(" or index not in self.paren_close:
            return False
        first = self.text(index + 1)
        return not first or not first[0].isupper()

    def is_piece_break(self, index: int) -> bool:
        """A comma or a dash between two titles: an en or em dash, or a hyphen with a
        space beside it or an office right after it (``…Tỉnh ủy-Phó Chủ tịch…``)."""
        token = self.tokens[index]
        if token.text == ",":
            return True
        if token.text not in DASHES:
            return False
        following = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
        if token.text != "-" or token.gap or (following is not None and following.gap):
            return True
        return index + 1 < len(self.tokens) and self.heads[index + 1] > 0


def _paren_pairs(sentence: Sentence) -> dict[int, int]:
    """Index of each ``(`` → index of its ``)`` in the sentence."""
    pairs: dict[int, int] = {}
    if sentence.text.find("(", sentence.start, sentence.end) < 0:
        return pairs
    stack: list[int] = []
    for index, token in enumerate(sentence.tokens):
        if token.text == "(":
            stack.append(index)
        elif token.text == ")" and stack:
            pairs[stack.pop()] = index
    return pairs


def _head(tokens: tuple[Token, ...], index: int) -> int:
    """Tokens in the office starting at ``index`` (prefixes included), else 0."""
    token = tokens[index]
    if not token.word:
        return 0
    if token.low not in _HEAD_FIRST_WORDS and not _maybe_abbreviation(token.text):
        return 0
    if NOT_HEADS.match(tokens, index):
        return 0
    position = index
    for _ in range(_MAX_PREFIXES):
        size = PREFIXES.match(tokens, position)
        if not size:
            break
        position += size
    core = HEADS.match(tokens, position)
    if not core and position < len(tokens) and _abbreviated_office(tokens, position):
        core = 1
    if not core and position > index and tokens[position - 1].low == "phó":
        return HEADS.match(tokens, index)  # ``Phó Ban``: an office of its own, prefix and all
    return position - index + core if core else 0


def _abbreviated_office(tokens: tuple[Token, ...], index: int) -> bool:
    """An office written short (``PCT``, ``ThS``); ``CT`` only before a body it chairs
    (``CT HĐND``), not a scanner's name (``chụp CT``); none that ends a number (``tàu cá
    TH 91234-TS``: a boat's, ``TS`` its port)."""
    text = tokens[index].text
    if text == "CT":
        return index + 1 < len(tokens) and tokens[index + 1].text in _CHAIRED_BODIES
    if index > 1 and tokens[index - 1].text in DASHES and tokens[index - 2].text.isdigit() \
            and not tokens[index - 1].gap and not tokens[index].gap:
        return False
    return _ABBREVIATED.fullmatch(text) is not None


def _stop(tokens: tuple[Token, ...], index: int) -> int:
    """Tokens in a predicate or clause opener starting at ``index``, else 0."""
    token = tokens[index]
    if token.low not in _STOP_FIRST_WORDS:
        return 0
    size = STOPS.match(tokens, index)
    if NOT_VERBS.match(tokens, index) >= max(size, 1):  # ``làm chủ``, not ``làm chủ tọa``
        return 0
    if NOT_VERB_ENDS.ends_at(tokens, index + 1) >= 2:  # ``đổi mới``, ``nông thôn mới``
        return 0
    if not token.text[0].islower() and not _in_capitals(tokens, index):
        return 0
    if size:
        if ORG_VERBS.match(tokens, index) == size and _ends_org_noun(tokens, index):
            return 0
        return 0 if _inside_org_verb(tokens, index) else size
    if SOFT_STOPS.match(tokens, index) and not _names_village(tokens, index):
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if following is None or not following.word or following.text[0].islower():
            return 1
    return 0


def _names_village(tokens: tuple[Token, ...], index: int) -> bool:
    """``ở`` before a village and its name after a role in the community (``Người có uy
    tín ở buôn Kô Siêr``, ``già làng ở bản …``): where the person lives, part of the
    title; after an office it is where the event is (``Phó Chủ tịch UBND huyện ở thôn
    …``)."""
    if tokens[index].low != "ở" or not COMMUNITY_ROLES.ends_at(tokens, index, 5):
        return False
    size = VILLAGES.match(tokens, index + 1)
    after = index + 1 + size
    return bool(size) and after < len(tokens) and tokens[after].word \
        and tokens[after].text[0].isupper()


def _ends_org_noun(tokens: tuple[Token, ...], index: int) -> bool:
    """A body's noun right before ``index`` (``Phòng``), not the end of a place's name
    (``thành phố Hải Phòng kiểm tra …``) nor of a word that only ends like one (``Sở
    Nông nghiệp và Môi trường báo cáo``: ``môi trường`` is no school)."""
    size = ORG_NOUNS.ends_at(tokens, index, 2)
    return bool(size) and NOT_PLACE_NOUNS.ends_at(tokens, index) <= size and not ends_with_place(
        [token.low for token in tokens[max(0, index - 3) : index]])


def _inside_org_verb(tokens: tuple[Token, ...], index: int) -> bool:
    """A later word of a body's verb after the body's noun (``nhận`` in ``Bộ phận tiếp
    nhận``): part of its name, as the verb's first word is."""
    for start in (index - 1, index - 2):
        if start > 0 and ORG_VERBS.match(tokens, start) > index - start \
                and _ends_org_noun(tokens, start):
            return True
    return False


def _in_capitals(tokens: tuple[Token, ...], index: int) -> bool:
    """A word inside a run of upper-case words (a sentence printed in capitals)."""
    previous = tokens[index - 1] if index > 0 else None
    return (
        previous is not None
        and len(previous.text) > 1
        and previous.text.isupper()
        and tokens[index].text.isupper()
    )
