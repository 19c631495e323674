"""Lists of people: a shared title or honorific before the colon (``Các Ủy viên T.Ư
Đảng: A, …; B, …``, ``có các đồng chí: …``)."""

from __future__ import annotations

from newsarchive.participants import lexicon as lx
from newsarchive.participants.model import Mention
from newsarchive.participants.names import MAX_SYLLABLES, Run, is_historical, is_place
from newsarchive.participants.scan import HONORIFICS, Scan
from newsarchive.participants.titles import title_text


def apply_list_opener(scan: Scan, mentions: list[Mention]) -> None:
    """``Các Ủy viên T.Ư Đảng: A, …; B, …`` / ``các đồng chí: …``: shared title, honorific."""
    sentence = scan.sentence
    if sentence.text.find(":", sentence.start, sentence.end) < 0:
        return
    for colon in [i for i, token in enumerate(scan.tokens) if token.text == ":"]:
        opener = _opener_start(scan, colon)
        if opener is None:
            continue
        honorific = _opener_honorific(scan, opener, colon)
        title = _opener_title(scan, opener, colon)
        if title:
            mentions.extend(_bare_members(scan, colon, mentions))
        for member in (m for m in mentions if m.start > colon):
            member.honorific = member.honorific or honorific
            if title and title not in member.titles:
                member.titles.insert(0, title)


def _bare_members(scan: Scan, colon: int, mentions: list[Mention]) -> list[Mention]:
    """Names listed after a shared title with none of their own (``Các Phó Chủ tịch UBND
    tỉnh: A, B và C``)."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    members: list[Mention] = []
    for run in scan.runs:
        if run.start <= colon or run.start in taken or not _listed(scan, run):
            continue
        key = scan.key(run.start, run.end)
        if is_place(key) or is_historical(key) or len(run) > MAX_SYLLABLES:
            continue
        start, honorific = scan.honorific(run.start)
        name = scan.sentence.span(run.start, run.end - 1)
        members.append(Mention(name, key, honorific, start, run.start, run.end, run.end))
    return members


def _listed(scan: Scan, run: Run) -> bool:
    """A run standing alone as one item of a list."""
    start, _ = scan.honorific(run.start)
    before, after = scan.text(start - 1), scan.text(run.end)
    return (before in ",;:" or before == "và") and (
        after in ("", ",", ";", ".", "và") or scan.stops[run.end] > 0
    )


def _opener_start(scan: Scan, colon: int) -> int | None:
    """Index of ``các`` in the clause ending at ``colon``, if the clause has one."""
    index = colon - 1
    while index >= 0 and scan.text(index) not in ";:,.":
        if scan.low(index) == "các":
            return index
        index -= 1
    return None


def _opener_honorific(scan: Scan, opener: int, colon: int) -> str | None:
    size = HONORIFICS.match(scan.tokens, opener + 1, colon)
    if not size:
        return None
    return lx.HONORIFICS.get(scan.key(opener + 1, opener + 1 + size), "đồng chí")


def _opener_title(scan: Scan, opener: int, colon: int) -> str | None:
    start = opener + 1 + HONORIFICS.match(scan.tokens, opener + 1, colon)
    if start >= colon or not scan.heads[start]:
        return None
    if any(scan.stops[i] for i in range(start + scan.heads[start], colon)):
        return None
    return title_text(scan, (start, colon - 1)) or None
