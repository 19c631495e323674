"""The verbs tying people to the event: ``chủ trì``, ``dự``, ``phát biểu`` …

People listed together (``A, …; B, …`` or ``A và B``) share the verbs of their list:
the one opening it (``Dự hội nghị có …``, ``Phát biểu tại …, X``, ``dưới sự chủ trì
của X``) and the one following it (``… chủ trì hội nghị``).
"""

from __future__ import annotations

from collections.abc import Sequence

from newsarchive.participants import lexicon as lx
from newsarchive.participants.lists import PLURALS
from newsarchive.participants.matcher import Phrases
from newsarchive.participants.model import Mention
from newsarchive.participants.scan import HARD_BREAKS, HONORIFICS, NOT_ROLES, NOT_VERBS, Scan
from newsarchive.text import fold

ROLES = Phrases(lx.ROLE_VERBS)
ROLE_SKIP = Phrases(lx.ROLE_SKIP_WORDS)
FRONT_SKIP = Phrases(lx.FRONT_SKIP_WORDS)
DETOURS = Phrases(lx.DETOUR_WORDS)
MOVES = Phrases(lx.MOVE_WORDS)
_ROLE_NAMES = {fold(phrase): role for phrase, role in lx.ROLE_VERBS.items()}
_CONNECTORS = frozenset({",", ";", "và", "cùng", "với"}) | PLURALS.first_words
_LIST_JOINERS = frozenset({";", "và"})
_OBJECT_MARKERS = frozenset({"cho", "với", "tặng", "gặp", "thăm", "tiếp"})
_CLAUSE_MARKS = frozenset(",;:")
_PAUSES = frozenset(",-–—")
_EXISTENTIAL = frozenset({"có", "gồm", "là"})
_VERB_JOINERS = frozenset({"và", ","})
_NOUN_ROLES = frozenset({"tham luận"})
"""Roles that are a noun too: right after another verb, its object (``trình bày tham
luận``), not a second role."""
_TOGETHER = frozenset({"cùng", "đều"})
_SUBLIST_MARKS = frozenset({"gồm", "là", "có"})
_SUBLIST_BREAKS = frozenset(";.!?")
MAX_COMPANION = 30
MAX_ASIDE = 30
"""Tokens of a clause on the person between the name and the verb, at most."""
MAX_PLACE = 12
"""Tokens of a place gone to before the verb, at most."""


def assign_roles(scan: Scan, mentions: Sequence[Mention], carried: Sequence[str] = ()) -> list[str]:
    """Set ``roles`` on every mention of the sentence (in place).

    ``carried`` are the roles of a list the previous sentence opened with a verb (``Dự
    buổi lễ có …``); a sentence that only goes on with that list (``Các Ủy viên T.Ư
    Đảng: A, …; B, …``) gives them to its members. Returns the roles the next sentence
    would carry on in the same way.
    """
    carry: list[str] = []
    continues = bool(carried) and _opens_with_list(scan)
    for group in _groups(scan, mentions):
        fronted = _fronted(scan, group[0].start)
        roles = list(fronted)
        if not _is_object(scan, group[0]):
            roles += _following(scan, group[-1].end)
        if not roles and continues:
            fronted = roles = list(carried)
        for mention in group:
            mention.roles = list(dict.fromkeys(roles))
        carry = fronted
    return carry


def _opens_with_list(scan: Scan) -> bool:
    """A sentence that starts with a list opener and no verb (``Các Ủy viên T.Ư Đảng:``)."""
    if not scan.is_group(0):
        return False
    for index in range(len(scan)):
        if scan.text(index) == ":":
            return True
        if scan.text(index) in _CLAUSE_MARKS or scan.stops[index]:
            return False
    return False


def _groups(scan: Scan, mentions: Sequence[Mention]) -> list[list[Mention]]:
    groups: list[list[Mention]] = []
    for mention in sorted(mentions, key=lambda m: m.start):
        if groups:
            group = groups[-1]
            joiners = _LIST_JOINERS if _is_object(scan, group[0]) else _CONNECTORS
            if _connected(scan, group[-1].end, mention.start, joiners):
                group.append(mention)
                continue
        groups.append([mention])
    return groups


def _is_object(scan: Scan, mention: Mention) -> bool:
    """``trao … cho X``, ``làm việc với X``: the person receives the action."""
    return scan.low(mention.start - 1) in _OBJECT_MARKERS


def _connected(scan: Scan, end: int, start: int, joiners: frozenset[str]) -> bool:
    """Only separators, ``và`` or asides between two mentions."""
    index = end
    saw_joiner = False
    while index < start:
        if scan.is_aside(index):
            index = scan.paren_close[index] + 1
            continue
        size = HONORIFICS.match(scan.tokens, index, start)
        if size:
            index += size
            continue
        if scan.low(index) not in _CONNECTORS:
            return False
        saw_joiner = saw_joiner or scan.low(index) in joiners
        if scan.low(index) in _LIST_JOINERS:
            index = _past_sublist_opener(scan, index + 1, start)
        else:
            index += 1
    return saw_joiner or index == end


def _past_sublist_opener(scan: Scan, index: int, start: int) -> int:
    """Just past a sub-list's opener at ``index`` (``các đồng chí lãnh đạo lão thành
    gồm:``, ``về phía tỉnh có``), which keeps its members in the list; ``index`` itself
    if there is none. The opener is a clause with no verb that ends in a colon, ``gồm``,
    ``là`` or ``có`` right before the next member."""
    for position in range(index, start):
        if role_at(scan, position)[1] is not None or scan.text(position) in _SUBLIST_BREAKS:
            return index
    last = start - 1
    if scan.text(last) == ":":
        last -= 1
    if last >= index and scan.low(last) in _SUBLIST_MARKS:
        return start
    return start if scan.text(start - 1) == ":" and scan.is_group(index) else index


def role_at(scan: Scan, index: int, fronted: bool = False) -> tuple[int, str | None]:
    """The role verb at ``index``: (tokens it covers, role) or (0, None).

    Inside a sentence the verb must be lower case and not part of a body's name
    (``Ban tiếp công dân``); a fronted verb may be capitalised.
    """
    tokens = scan.tokens
    if index >= len(tokens) or (not fronted and not scan.stops[index]):
        return 0, None
    size = ROLES.match(tokens, index)
    if not size or NOT_VERBS.match(tokens, index) >= size or NOT_ROLES.match(tokens, index):
        return 0, None
    return size, _ROLE_NAMES[scan.key(index, index + size)]


def _verb_chain(scan: Scan, index: int, fronted: bool = False) -> list[str]:
    """A verb and the ones joined to it by ``và`` or a comma, or written right after it
    (``dự và chỉ đạo``, ``thăm hỏi, chúc Tết``, ``phát biểu chỉ đạo``)."""
    roles: list[str] = []
    while True:
        size, role = role_at(scan, index, fronted)
        if role is None or (roles and role in _NOUN_ROLES):
            return roles
        roles.append(role)
        index += size
        fronted = False
        if scan.low(index) in _VERB_JOINERS and role_at(scan, index + 1)[1] is not None:
            index += 1


def _following(scan: Scan, end: int) -> list[str]:
    """Verbs after the last person of a group: ``… đã chủ trì``, ``…, công bố``."""
    index, comma = end, False
    while index < len(scan):
        if scan.text(index) == "(" and index in scan.paren_close:
            index = scan.paren_close[index] + 1
            continue
        if scan.text(index) in _PAUSES and (past := _past_aside(scan, index)) is not None:
            index = past
            continue
        if scan.text(index) in _PAUSES and not comma:
            index, comma = index + 1, True
            continue
        roles = _verb_chain(scan, index)
        if roles:
            return roles
        size = MOVES.match(scan.tokens, index)
        if size and NOT_VERBS.match(scan.tokens, index) <= size:  # not ``đến nay``
            return _after_place(scan, index + size)
        size = ROLE_SKIP.match(scan.tokens, index)
        if size:
            index += size
            continue
        size = DETOURS.match(scan.tokens, index)
        if size or (scan.low(index) == "và" and scan.is_group(index + 1)):
            return _after_detour(scan, index + max(size, 1))
        if scan.low(index) == "và" and HONORIFICS.match(scan.tokens, index + 1):
            return _after_companion(scan, index + 1)
        return []
    return []


def _after_place(scan: Scan, index: int) -> list[str]:
    """The verb after a place gone to (``đến bệnh viện thăm hỏi``, ``có mặt tại hiện
    trường, chỉ đạo``), in the same clause or right after its comma."""
    for position in range(index, min(len(scan), index + MAX_PLACE)):
        if scan.text(position) in HARD_BREAKS:
            return []
        roles = _verb_chain(scan, position + 1 if scan.text(position) == "," else position)
        if roles or scan.text(position) == ",":
            return roles
    return []


def _past_aside(scan: Scan, pause: int) -> int | None:
    """Just past a clause on the person set off by commas or dashes between the name and
    the verb (``…, người có 10 năm dạy học, kiến nghị``, ``… – người vừa nhận nhiệm vụ –
    cam kết``, ``…, năm nay 88 tuổi, chia sẻ``); None when ``pause`` opens none."""
    first = pause + 1
    if not scan.opens_person_clause(first):
        return None
    closing = ("-", "–", "—") if scan.text(pause) != "," else tuple(_PAUSES)
    for index in range(first, min(len(scan), first + MAX_ASIDE)):
        if scan.text(index) in HARD_BREAKS:
            return None
        if scan.text(index) in closing:
            return index + 1
    return None


def _after_detour(scan: Scan, index: int) -> list[str]:
    """``X cùng lãnh đạo …, … tham dự``, ``X thay mặt Tỉnh ủy trao …``: the verb after
    the companions or the body the person speaks for."""
    for position in range(index, min(len(scan), index + MAX_COMPANION)):
        if scan.text(position) in HARD_BREAKS:
            return []
        roles = _verb_chain(scan, position)
        if roles:
            return roles
    return []


def _after_companion(scan: Scan, index: int) -> list[str]:
    """``X … và bà Y phát biểu``: the verb after a companion named with an honorific, whom
    the verb reaches too; a companion described after a comma (``và bà Y, mẹ liệt sĩ …,
    chia sẻ``) has a clause of its own, and its verb is hers, unless the clause says they
    act together (``…, cùng dâng hương``)."""
    end = min(len(scan), index + MAX_COMPANION)
    together = any(scan.text(p) == "," and scan.low(p + 1) in _TOGETHER
                   for p in range(index, end))
    for position in range(index, end):
        if scan.text(position) in HARD_BREAKS or (scan.text(position) == "," and not together):
            return []
        roles = _verb_chain(scan, position)
        if roles:
            return roles
    return []


def _fronted(scan: Scan, start: int) -> list[str]:
    """Verbs of a clause opening the sentence before the group."""
    clauses = _clauses_before(scan, start)
    if not clauses:
        return []
    last_start, last_end, mark = clauses[-1]
    if last_start < last_end:
        return _opener_roles(scan, last_start, last_end)
    if mark == ":" and len(clauses) > 1:
        return _opener_roles(scan, *clauses[-2][:2])
    if mark == "," and len(clauses) > 1:
        first, _, _ = clauses[-2]
        return _verb_chain(scan, _skip_front(scan, first), fronted=True)
    return []


def _clauses_before(scan: Scan, start: int) -> list[tuple[int, int, str]]:
    """(start, end, mark after) of the clauses between the sentence start and ``start``."""
    clauses: list[tuple[int, int, str]] = []
    begin = 0
    for index, token in enumerate(scan.tokens[:start]):
        if token.text in _CLAUSE_MARKS:
            clauses.append((begin, index, token.text))
            begin = index + 1
    clauses.append((begin, start, ""))
    marks = [mark for _, _, mark in clauses[:-1]]
    last_begin, last_end, _ = clauses[-1]
    if last_begin == last_end and marks:
        clauses[-1] = (last_begin, last_end, marks[-1])
    return clauses


def _opener_roles(scan: Scan, start: int, end: int) -> list[str]:
    """``Dự hội nghị có …``, ``dưới sự chủ trì của …``; a clause naming what the person
    after ``là`` did (``Đại diện VKSND … thực hành quyền công tố là Kiểm sát viên X``)."""
    words = [scan.low(i) for i in range(start, end)]
    if len(words) >= 3 and words[-1] == "của" and words[-3] == "sự":
        return _verb_chain(scan, end - 2, fronted=True)
    if len(words) >= 4 and words[-1] == "của" and words[-4] == "sự":
        return _verb_chain(scan, end - 3, fronted=True)
    if not _EXISTENTIAL & set(words):
        return []
    roles = _verb_chain(scan, _skip_front(scan, start), fronted=True)
    if roles or words[-1] != "là":
        return roles
    for position in range(start, end - 1):  # ``Đại diện VKSND … thực hành … là X``
        if roles := _verb_chain(scan, position):
            return roles
    return []


def _skip_front(scan: Scan, index: int) -> int:
    """Past ``Cùng``, ``Đến``, ``Cùng đến`` … at the start of a fronted clause."""
    past = index
    while size := FRONT_SKIP.match(scan.tokens, past):
        past += size
        if role_at(scan, past, fronted=True)[1]:
            return past
    return index
