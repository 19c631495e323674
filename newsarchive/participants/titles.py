"""Segmenting the offices written before or after a name into separate titles.

Commas and spaced dashes separate titles; a piece that does not begin with an
office continues the title before it (``Trưởng phòng Kinh tế, Hạ tầng và Đô thị``).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

from newsarchive.participants.names import is_surname
from newsarchive.participants.scan import HARD_BREAKS, HONORIFICS, PIECE_BREAKS, RANKS, Scan

Span = tuple[int, int]
"""First and last token of one title, both inclusive."""

MAX_CONTINUATION = 12
MAX_CONTINUATIONS = 3
MAX_LOOKBACK = 80
_OPENERS = frozenset({"có", "do", "của", "gồm", "là", "và"})
_TRIM = " .…,;:-–—"


@dataclass(slots=True)
class Titles:
    """Titles found next to a name, and the tokens they cover."""

    spans: list[Span] = field(default_factory=list)
    start: int = 0
    end: int = 0


_ZONE_KINDS = frozenset({"công", "chế", "kinh"})
"""``khu công nghiệp``, ``khu chế xuất``, ``khu kinh tế``: zones a board manages together."""


def and_stops(scan: Scan, index: int, names: Collection[int]) -> bool:
    """Whether ``và`` at ``index`` joins two people rather than two words of one office
    (``Ban Quản lý Khu kinh tế … và các khu công nghiệp …`` is one body's name)."""
    following = index + 1
    if following >= len(scan):
        return True
    if scan.low(following) == "các" and scan.low(following + 1) == "khu" \
            and scan.low(following + 2) in _ZONE_KINDS:
        return False
    return bool(
        scan.heads[following]
        or scan.stops[following]
        or scan.is_group(following)
        or HONORIFICS.match(scan.tokens, following)
        or following in names
        or _opens_full_name(scan, following)
    )


def _opens_full_name(scan: Scan, index: int) -> bool:
    """A surname and two more capitalised syllables after ``, và`` (``…, và Nguyễn Đức
    Thịnh``): the next person, though no office or honorific came with them; without the
    comma they may end a place's name (``đường Trần Phú và Nguyễn Văn Linh``)."""
    return index + 2 < len(scan) and scan.text(index - 2) == "," \
        and is_surname(scan.low(index)) \
        and all(scan.text(i)[:1].isupper() and scan.tokens[i].word
                for i in range(index, index + 3))


def _is_stop(scan: Scan, index: int, names: Collection[int]) -> bool:
    if not scan.may_begin(index):
        return False
    if scan.low(index) == "và":
        return and_stops(scan, index, names)
    return scan.stops[index] > 0


def forward(
    scan: Scan, start: int, limit: int, names: Collection[int] = (), subject_follows: bool = False
) -> Titles:
    """Titles written after a name, from ``start`` (an office) up to ``limit``.

    ``subject_follows`` (after ``của``, ``theo``): the sentence's own subject and verb
    may come next, so only a capitalised piece that runs to a separator continues a title.
    """
    found = Titles(start=start, end=start)
    piece, is_head, continuations = start, True, 0
    while piece < limit:
        stop, cut = _piece_end(scan, piece, limit, names, is_head)
        if stop == piece:
            break
        if is_head:
            found.spans.append((piece, stop - 1))
        elif stop - piece > MAX_CONTINUATION or (
            subject_follows and (cut or not scan.text(piece)[:1].isupper())
        ):
            break
        else:
            found.spans[-1] = (found.spans[-1][0], stop - 1)
        found.end = stop
        if cut or stop >= limit:
            break
        following = _next_piece(scan, stop, limit, names)
        if following is None:
            break
        piece, is_head = following
        continuations = 0 if is_head else continuations + 1
        if continuations > MAX_CONTINUATIONS:
            break
    return found


def _piece_end(
    scan: Scan, piece: int, limit: int, names: Collection[int], is_head: bool
) -> tuple[int, bool]:
    """End (exclusive) of the piece starting at ``piece``; True when a predicate cut it."""
    index = piece + (scan.heads[piece] if is_head else 0)
    while index < limit:
        token = scan.tokens[index]
        if token.text in HARD_BREAKS or token.text == ")":
            return index, False
        if token.text == "(":
            if scan.is_aside(index) or index not in scan.paren_close:
                return index, True
            index = scan.paren_close[index] + 1
            continue
        if token.text in PIECE_BREAKS and scan.is_piece_break(index):
            return index, False
        if index > piece and (index in names or _is_stop(scan, index, names)):
            return index, True
        index += 1
    return min(index, limit), False


def _next_piece(
    scan: Scan, separator: int, limit: int, names: Collection[int]
) -> tuple[int, bool] | None:
    """The piece after a separator, and whether it begins a new office; None ends the run."""
    following = separator + 1
    if following >= limit or not scan.tokens[following].word:
        return None
    if scan.low(separator) == ";":
        if not scan.heads[following] or scan.is_weak_head(following) \
                or RANKS.match(scan.tokens, following):
            return None  # a rank is written before a name: ``…; Achar Sơn Vọng, …``
        if any(following <= name < _clause_end(scan, following, limit) for name in names):
            return None
        return following, True
    if scan.text(separator) not in ",-–—" or following in names:
        return None
    if scan.stops[following] or scan.is_group(following):
        return None
    if scan.low(following) == "và" and and_stops(scan, following, names):
        return None  # ``…, và ông B``: the next person, not the office's last words
    if HONORIFICS.match(scan.tokens, following):
        return None
    if scan.opens_person_clause(following) or _describes_person(scan, following, limit):
        return None  # ``…, người có 32 năm công tác``: words on the person, no office
    return following, bool(scan.heads[following])


_PEOPLE_GROUPS = frozenset({"khuyết", "cao", "nghèo", "có", "dân", "lao", "tàn", "khiếm", "mù",
                            "khó", "nhiễm", "bệnh", "già", "nước"})
"""Words after ``người`` naming a group of people (``người khuyết tật``, ``người cao
tuổi``, ``người dân``), as a body's name lists them."""


def _describes_person(scan: Scan, start: int, limit: int) -> bool:
    """``người nữ duy nhất …`` after an office's comma: words on the person. People named
    in a body's name come in a list (``…, người khuyết tật và trẻ mồ côi``)."""
    if scan.low(start) != "người" or scan.heads[start] or scan.low(start + 1) in _PEOPLE_GROUPS:
        return False
    for index in range(start + 1, limit):
        if scan.text(index) in HARD_BREAKS or scan.is_piece_break(index):
            return True
        if scan.low(index) == "và":
            return False
    return True


def _clause_end(scan: Scan, start: int, limit: int) -> int:
    for index in range(start, limit):
        if scan.text(index) in HARD_BREAKS:
            return index
    return limit


def backward(scan: Scan, end: int, floor: int, names: Collection[int] = ()) -> Titles | None:
    """Titles written before a name that starts at ``end``, not reaching below ``floor``."""
    floor = max(floor, end - MAX_LOOKBACK)
    piece_start = _piece_start(scan, end, floor)
    if piece_start is None:
        return None
    last = _last_stop(scan, piece_start, end, names)
    heads = [i for i in range(last + 1, end) if scan.may_begin(i) and scan.heads[i]]
    if last >= piece_start or (heads and heads[0] > piece_start):
        if not heads:
            return None
        return Titles([(heads[0], end - 1)], heads[0], end)
    found = Titles(start=end, end=end)
    pending = end - 1
    if heads:
        found.spans.insert(0, (piece_start, end - 1))
        found.start, pending = piece_start, -1
    _extend_backward(scan, found, piece_start, floor, pending, names)
    return found if found.spans else None


def _extend_backward(
    scan: Scan, found: Titles, piece_start: int, floor: int, pending: int, names: Collection[int]
) -> None:
    """Add earlier comma-separated offices to ``found`` (in place)."""
    pieces = 0 if pending < 0 else 1
    while piece_start - 1 > floor and scan.is_piece_break(piece_start - 1):
        end = piece_start - 1
        start = _piece_start(scan, end, floor)
        if start is None or start == end:
            return
        head = scan.heads[start]
        stopped = _last_stop(scan, start + head, end, names) >= start + head
        if head and not stopped:
            found.spans.insert(0, (start, pending if pending >= 0 else end - 1))
            found.start, pending, pieces = start, -1, 0
        elif not stopped and not scan.is_group(start) and end - start <= MAX_CONTINUATION:
            pieces += 1
            if pieces > 2:
                return
            pending = pending if pending >= 0 else end - 1
        else:
            _add_opened(scan, found, start, end, pending, names)
            return
        piece_start = start


def _add_opened(
    scan: Scan, found: Titles, start: int, end: int, pending: int, names: Collection[int]
) -> None:
    """``… có Bí thư Tỉnh ủy, …``: the office after an opener word still counts."""
    for index in range(start + 1, end):
        if scan.heads[index] and scan.low(index - 1) in _OPENERS:
            office_end = index + scan.heads[index]
            if _last_stop(scan, office_end, end, names) < office_end:
                found.spans.insert(0, (index, pending if pending >= 0 else end - 1))
                found.start = index
            return


def _piece_start(scan: Scan, end: int, floor: int) -> int | None:
    """First token of the piece that ends just before ``end``."""
    index = end - 1
    while index > floor:
        token = scan.tokens[index]
        if token.text == ")":
            opening = next((o for o, c in scan.paren_close.items() if c == index), None)
            if opening is None or scan.is_aside(opening):
                break
            index = opening - 1
            continue
        if token.text in HARD_BREAKS or token.text == "(":
            break
        if token.text in PIECE_BREAKS and scan.is_piece_break(index):
            break
        index -= 1
    return index + 1 if index + 1 < end else None


def _last_stop(scan: Scan, start: int, end: int, names: Collection[int]) -> int:
    """The last predicate or clause opener in ``start``..``end`` (``start - 1`` if none)."""
    index = start
    last = start - 1
    while index < end:
        if not scan.may_begin(index):
            index += 1
            continue
        if scan.heads[index]:
            index += scan.heads[index]
            continue
        if _is_stop(scan, index, names):
            last = index + max(scan.stops[index], 1) - 1
        index += 1
    return last


def title_text(scan: Scan, span: Span, before_name: bool = False) -> str:
    """The title as written, trimmed of trailing punctuation and a leading ``các``. Before
    a name, an abbreviation keeps its full stop (``ThS. Hồ Minh Tâm``): there it cannot
    end the sentence."""
    text = scan.sentence.span(*span).strip(_TRIM)
    if before_name and _ends_dotted(scan, span[1]):
        text += "."
    if text.lower().startswith("các "):
        text = text[4:]
    if text.count("(") > text.count(")"):
        text = text[: text.rfind("(")].rstrip(_TRIM)
    return text


def _ends_dotted(scan: Scan, index: int) -> bool:
    """The token is a word written with its abbreviation's full stop (``ThS.``)."""
    token = scan.tokens[index]
    return token.word and token.text.endswith(".")
