"""Finding people named with an office in one sentence."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from itertools import pairwise

from newsarchive.participants import lexicon as lx
from newsarchive.participants.lists import apply_list_opener
from newsarchive.participants.matcher import Phrases
from newsarchive.participants.model import Mention
from newsarchive.participants.names import (
    MAX_SYLLABLES,
    MIN_SYLLABLES,
    Run,
    best_split,
    ends_with_place,
    is_foreign,
    is_historical,
    is_place,
    is_prefixed_name,
)
from newsarchive.participants.scan import DASHES, NOT_PLACE_NOUNS, ORG_NOUNS, RANKS, VILLAGES, Scan
from newsarchive.participants.titles import Span, Titles, backward, forward, title_text
from newsarchive.participants.tokens import Token

PLACE_NOUNS = Phrases(lx.PLACE_NOUNS)
ADMIN_NOUNS = Phrases(lx.ADMIN_NOUNS)
LOCATIVES = Phrases(lx.LOCATIVES)
BUSINESS_NOUNS = Phrases(lx.BUSINESS_NOUNS)
COMMEMORATION = Phrases(lx.COMMEMORATION_WORDS)
COMMEMORATION_LINKS = Phrases(lx.COMMEMORATION_LINKS)
ACCUSED = Phrases(lx.ACCUSED_WORDS)
ABSENT_AFTER = Phrases(lx.ABSENT_AFTER_WORDS)
BARE_NAME_RANKS = Phrases(lx.BARE_NAME_RANKS)
_ABSENT_AFTER_SKIP = frozenset({",", "hiện", "đã", "đang", "vừa", "nay"})
_DEATH_FOLLOWERS = frozenset({"khi", "năm", "trong", "tại", "ngày", "vào", "lúc", ",", "."})
"""What follows ``hy sinh`` when it means dying (``hy sinh khi làm nhiệm vụ``), not
giving something up."""
WITNESSES = Phrases(lx.WITNESS_WORDS)
VICTIMS = Phrases(lx.VICTIM_WORDS)
BEHALF = Phrases(lx.BEHALF_WORDS)
CONFERRALS = Phrases(lx.CONFERRAL_WORDS)
_RANK_FIRST_WORDS = RANKS.first_words

TITLE_FIRST_SCORE = 3.0
NAME_FIRST_SCORE = 2.0
_LIST_MARKS = frozenset(":;")
_SUBJECT_FOLLOWS = frozenset({"của", "theo"})
_COPULAS = frozenset({"là", "làm"})
"""Before an office in lower case they make it the person's (``Hiện là phó giám đốc …``)."""


@dataclass(slots=True)
class _Candidate:
    run: Run
    name_start: int
    honorific: str | None
    honorific_start: int
    anchored: bool
    listed: bool
    score: float
    size: int
    """Syllables of the name."""
    chain: Titles | None = None
    after: Titles | None = None
    shared: bool = False

    @property
    def start(self) -> int:
        return self.chain.start if self.chain else self.honorific_start


def find_mentions(scan: Scan, trusted: Collection[str] = ()) -> list[Mention]:
    """People named with at least one office in the sentence, plus honorific mentions;
    those remembered rather than present (``kỷ niệm … ngày sinh đồng chí …``) are marked.

    Names in ``trusted`` (seen with an honorific elsewhere) pass the name checks.
    """
    candidates = [c for run in scan.runs if (c := _candidate(scan, run, trusted))]
    everyone = {c.name_start for c in candidates} | {c.honorific_start for c in candidates}
    accepted = _with_chains(scan, candidates, everyone)
    names = {c.name_start for c in accepted} | {c.honorific_start for c in accepted}
    _attach_after(scan, accepted, names)
    _share_after_pair(scan, accepted)
    mentions = [_mention(scan, c) for c in accepted if c.anchored or c.chain or c.after]
    apply_list_opener(scan, mentions)
    for mention in mentions:
        mention.absent = _commemorated(scan, mention.start) or _accused(scan, mention.start) \
            or _lifespan_after(scan, mention.name_end) or _absent_after(scan, mention.end) \
            or (mention.start == mention.name_start
                and bool(WITNESSES.ends_at(scan.tokens, mention.start, 2)))
    return mentions


def _candidate(scan: Scan, run: Run, trusted: Collection[str] = ()) -> _Candidate | None:
    """A possible name in ``run``, or None when it cannot be a person's."""
    honorific_start, honorific = scan.honorific(run.start)
    if scan.syllables(run.start, run.end) < MIN_SYLLABLES and honorific_start == run.start:
        return None
    if scan.heads[run.start]:
        return None
    anchored = honorific_start < run.start
    listed = scan.text(run.start - 1) in _LIST_MARKS
    whole_key = scan.key(run.start, run.end)
    if anchored or listed or whole_key in trusted:
        if len(run) > MAX_SYLLABLES:
            return None
        start, score = run.start, TITLE_FIRST_SCORE if whole_key in trusted else 0.0
    else:
        tokens = scan.tokens
        placed = _placed(scan, run.start)
        admin = bool(ADMIN_NOUNS.ends_at(tokens, run.start, 2))
        # After ``huyện``, ``xã`` a run of two is the unit's name, unless it is foreign (a
        # K'Ho word is as likely a place's: ``huyện K'Bang``).
        words = [token.low for token in tokens[run.start : run.end]]
        admin = admin and (not is_foreign(words) or is_prefixed_name(words[0]))
        start, score = best_split(tokens, run, whole_from=99 if placed else 3 if admin else 2)
        if _ranked_highland_name(scan, run, words) or _named_by_rank(scan, run):
            start, score = run.start, TITLE_FIRST_SCORE
        if score < NAME_FIRST_SCORE:
            return None
    key = scan.key(start, run.end)
    if is_place(key) or (is_historical(key) and not anchored):
        return None
    if start > run.start:
        honorific_start, honorific, anchored = start, None, False
    return _Candidate(run, start, honorific, honorific_start, anchored, listed, score,
                      scan.syllables(start, run.end))


def _named_by_rank(scan: Scan, run: Run) -> bool:
    """A run of two to four words right after a religious or honorary rank, or a stage
    title, that may stand before a name only: a religious name (``Đầu sư Thượng Nhẫn
    Thanh``), an elder's (``Già làng A Thút``), a stage name (``NSƯT Văn Trường``)."""
    return 2 <= len(run) <= 4 and BARE_NAME_RANKS.ends_at(scan.tokens, run.start, 3) > 0 \
        and not ORG_NOUNS.match(scan.tokens, run.start) \
        and not is_place(scan.key(run.start, run.start + 2))


def _ranked_highland_name(scan: Scan, run: Run, words: list[str]) -> bool:
    """``Đại úy A Thái``: a Central Highlands name opening with ``A`` right after a rank,
    which no place follows (after other words ``A Lưới`` is as likely a place)."""
    return words[0] == "a" and len(words) in (2, 3) \
        and RANKS.ends_at(scan.tokens, run.start, 3) > 0


def _placed(scan: Scan, start: int) -> bool:
    """A place or institution noun right before ``start`` (``đường``, ``Bệnh viện``), not
    within an office ending there (``nhà báo``); one around an office is (``Tòa Giám
    mục``), nor a locative and a village (``ở buôn Kô Siêr``)."""
    tokens = scan.tokens
    size = max(PLACE_NOUNS.ends_at(tokens, start), LOCATIVES.ends_at(tokens, start),
               _located_village(tokens, start))
    if not size or NOT_PLACE_NOUNS.ends_at(tokens, start) > size:
        return False
    office = scan.office_before(start)
    return office is None or size > start - office[0]


def _located_village(tokens: tuple[Token, ...], start: int) -> int:
    """Tokens of a locative and a village right before ``start`` (``ở buôn``), else 0:
    a highland or Khmer village's name after them looks foreign, as a person's does."""
    village = VILLAGES.ends_at(tokens, start)
    locative = LOCATIVES.ends_at(tokens, start - village) if village else 0
    return village + locative if locative else 0


def _with_chains(scan: Scan, candidates: list[_Candidate], names: set[int]) -> list[_Candidate]:
    """Candidates that are people, each with the offices written before its name."""
    accepted: list[_Candidate] = []
    floor = -1
    for candidate in candidates:
        end = candidate.honorific_start
        if candidate.honorific and scan.text(end - 1) == ",":
            end -= 1
        elif end > 0 and scan.text(end - 1) in DASHES and scan.is_piece_break(end - 1):
            end -= 1  # ``Chủ tịch HĐND tỉnh - Lê Thị A``: titles, a dash, the name
        candidate.chain = backward(scan, end, floor, names)
        if candidate.chain and not _chain_ok(scan, candidate, end < candidate.honorific_start):
            candidate.chain = None
        if candidate.size < MIN_SYLLABLES:
            candidate.chain = None
        if _accepted(scan, candidate):
            accepted.append(candidate)
            floor = candidate.run.end - 1
    return accepted


def _chain_ok(scan: Scan, candidate: _Candidate, across_comma: bool = False) -> bool:
    """An office before a bare name needs a likely name, or a trusted or listed one;
    an office someone acts for (``Thay mặt Chủ tịch nước, …``) is nobody's here, and
    neither is a clause before a comma and an honorific that only mentions a function
    (``Trao đổi với phóng viên, bà …``, ``Đại diện doanh nghiệp, ông …``) or a post
    conferred on someone before (``… được bầu giữ chức X, đồng chí Y``)."""
    chain = candidate.chain
    if chain is not None and BEHALF.ends_at(scan.tokens, chain.start, 3):
        return False
    if chain is not None and across_comma and (
            _mentions_a_function(scan, chain.start)
            or CONFERRALS.ends_at(scan.tokens, chain.start, 3)):
        return False  # the post conferred on the one before: ``… giữ chức X, đồng chí Y``
    if candidate.anchored or candidate.listed:
        return True
    return candidate.score >= TITLE_FIRST_SCORE and _size_ok(scan, candidate)


def _mentions_a_function(scan: Scan, start: int) -> bool:
    """An office word in lower case inside its clause (a verb's object: ``ý kiến đại
    biểu``, ``với phóng viên``), or ``đại diện`` (someone speaking for a body)."""
    token = scan.tokens[start]
    inside = start > 0 and scan.tokens[start - 1].word and scan.low(start - 1) not in _COPULAS
    return (inside and token.text[:1].islower()) or \
        (token.low == "đại" and start + 1 < len(scan) and scan.low(start + 1) == "diện")


def _accepted(scan: Scan, candidate: _Candidate) -> bool:
    """Whether the candidate is a person: an honorific, or an office before or after."""
    if candidate.anchored or candidate.chain:
        return True
    if candidate.size < MIN_SYLLABLES or _after_start(scan, candidate.run.end) is None:
        return False
    return candidate.listed or candidate.score >= NAME_FIRST_SCORE


def _attach_after(scan: Scan, candidates: list[_Candidate], names: set[int]) -> None:
    """Offices written after each name, up to where the next person's begin."""
    for index, candidate in enumerate(candidates):
        following = candidates[index + 1] if index + 1 < len(candidates) else None
        reach = _after_start(scan, candidate.run.end)
        if reach is None or candidate.size < MIN_SYLLABLES:
            continue
        start, furthest = reach
        limit = min(following.start if following else len(scan), furthest)
        if following and following.chain and not candidate.chain and limit <= start:
            _give_first_office(following)
            limit = following.start
        if start < limit:
            subject = scan.low(candidate.start - 1) in _SUBJECT_FOLLOWS
            others = names - {candidate.name_start, candidate.honorific_start}
            candidate.after = forward(scan, start, limit, others, subject)


def _share_after_pair(scan: Scan, candidates: list[_Candidate]) -> None:
    """``ông A và ông B, Phó Chủ tịch UBND tỉnh``: two people introduced alike and joined
    by ``và`` before one office share it, when the first has none of its own."""
    for first, second in pairwise(candidates):
        if first.anchored and second.anchored and first.chain is None \
                and first.after is None and second.chain is None and second.after is not None \
                and second.honorific_start == first.run.end + 1 \
                and scan.low(first.run.end) == "và":
            first.after, first.shared = second.after, True


def _after_start(scan: Scan, end: int) -> tuple[int, int] | None:
    """Where offices written after a name begin and the furthest they may reach:
    ``X, T``, ``X - T``, ``X-T``, ``X (T)``, ``X (giữa), T``, ``X (SN 1970), T``,
    ``X, 86 tuổi, T``."""
    if scan.is_aside(end) or (end in scan.paren_close and not scan.heads[end + 1]):
        end = scan.paren_close[end] + 1
    elif _age_aside(scan, end):
        end += 3
    if end + 1 >= len(scan) or not scan.heads[end + 1]:
        return None
    text = scan.text(end)
    if text == "," or text in DASHES:
        return end + 1, len(scan)
    if text == "(" and end in scan.paren_close:
        return end + 1, scan.paren_close[end]
    return None


def _age_aside(scan: Scan, comma: int) -> bool:
    """``, 86 tuổi,`` between a name and its offices."""
    return scan.text(comma) == "," and scan.is_age(comma + 1) and scan.text(comma + 3) == ","


def _give_first_office(candidate: _Candidate) -> None:
    """Leave the first office of a shared run to the name before (``A, T1, T2 B``)."""
    chain = candidate.chain
    if chain is None:
        return
    if len(chain.spans) < 2:
        candidate.chain = None
        return
    chain.spans.pop(0)
    chain.start = chain.spans[0][0]


def _size_ok(scan: Scan, candidate: _Candidate) -> bool:
    """Two-syllable names after an office: not when they look like a firm's name."""
    if candidate.size >= 3 or is_prefixed_name(scan.low(candidate.name_start)):
        return True
    run_start = candidate.run.start
    if candidate.name_start > run_start and ends_with_place(
        [scan.low(i) for i in range(run_start, candidate.name_start)]
    ):
        return True
    previous = scan.tokens[candidate.name_start - 1] if candidate.name_start > 0 else None
    if previous is None or not previous.word:
        return False
    if not previous.text.islower() and scan.office_before(candidate.name_start) is None:
        return False
    chain = candidate.chain
    if chain is None:
        return True
    first, last = chain.spans[-1]
    return not any(
        BUSINESS_NOUNS.match(scan.tokens, index, last + 1) for index in range(first, last + 1)
    )


def _mention(scan: Scan, candidate: _Candidate) -> Mention:
    name = scan.sentence.span(candidate.name_start, candidate.run.end - 1)
    before = _split_rank(scan, candidate.chain.spans) if candidate.chain else []
    after = candidate.after.spans if candidate.after else []
    titles = [text for span in before if (text := title_text(scan, span, before_name=True))]
    titles += [text for span in after if (text := title_text(scan, span))]
    end = candidate.after.end if candidate.after else candidate.run.end
    if scan.text(end) == ")":
        end += 1
    return Mention(
        name=name,
        key=scan.key(candidate.name_start, candidate.run.end),
        honorific=candidate.honorific,
        start=candidate.start,
        name_start=candidate.name_start,
        name_end=candidate.run.end,
        end=end,
        titles=titles,
        shared=candidate.shared,
    )


def _split_rank(scan: Scan, spans: list[Span]) -> list[Span]:
    """A capitalised rank ending the last office before a name is a title of its own."""
    first, last = spans[-1]
    tokens = scan.tokens
    if RANKS.match(tokens, first) == last - first + 1:
        return spans  # the office is a rank as a whole (``Chuẩn Đô đốc``)
    for index in range(first + 1, last + 1):
        token = tokens[index]
        if (
            token.low in _RANK_FIRST_WORDS
            and token.text[0].isupper()
            and RANKS.match(tokens, index) == last - index + 1
        ):
            return [*spans[:-1], (first, index - 1), (index, last)]
    return spans


MIN_LIFESPAN_YEARS = 30


def _lifespan_after(scan: Scan, end: int) -> bool:
    """``Đinh Văn Khiêm (1941-2009)``: the years of a life, written after a name only
    once it has ended; the person is remembered, not present. A term of office or years
    at school are shorter (``(2010-2015)``)."""
    words = [scan.text(index) for index in range(end, end + 5)]
    return words[0] == "(" and words[4] == ")" and words[2] in DASHES \
        and all(len(year) == 4 and year.isdigit() for year in (words[1], words[3])) \
        and int(words[3]) - int(words[1]) >= MIN_LIFESPAN_YEARS


def _absent_after(scan: Scan, end: int) -> bool:
    """``…, hiện là bị can``, ``…, đang bị khởi tố``, ``…, đã từ trần``: said right after
    the person and their offices."""
    index = scan.paren_close[end] + 1 if scan.text(end) == "(" and end in scan.paren_close \
        else end  # ``… huyện Diễn Châu (cũ), hiện là bị can``
    start = index
    while index < len(scan) and index < start + 3 and scan.low(index) in _ABSENT_AFTER_SKIP:
        index += 1
    if index == start:
        return False
    if scan.low(index) == "hy" and scan.low(index + 1) == "sinh":  # not ``hy sinh lợi ích``
        return index + 2 >= len(scan) or scan.low(index + 2) in _DEATH_FOLLOWERS
    return bool(ABSENT_AFTER.match(scan.tokens, index))


def _accused(scan: Scan, start: int) -> bool:
    """``bị cáo …``, ``người làm chứng là ông …``: on trial, a suspect, a witness or a
    victim, not taking part."""
    if scan.low(start - 1) == "là":
        return bool(ACCUSED.ends_at(scan.tokens, start - 1, 3)
                    or VICTIMS.ends_at(scan.tokens, start - 1, 2))
    return bool(ACCUSED.ends_at(scan.tokens, start, 3))


def _commemorated(scan: Scan, start: int) -> bool:
    """``dâng hương Chủ tịch …``, ``cố Thủ tướng …``: remembered, not present."""
    index = start
    for _ in range(3):
        if COMMEMORATION.ends_at(scan.tokens, index, 2):
            return True  # ``tưởng niệm`` is a link too (``viếng và tưởng niệm …``)
        size = COMMEMORATION_LINKS.ends_at(scan.tokens, index, 2)
        if not size:
            return False
        index -= size
    return bool(COMMEMORATION.ends_at(scan.tokens, index, 2))
