"""Article text → participants: mentions found per sentence, merged per person."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Set
from dataclasses import dataclass, field
from functools import lru_cache

from newsarchive.items import Participant
from newsarchive.participants.cues import Cues
from newsarchive.participants.mentions import find_mentions
from newsarchive.participants.model import Mention
from newsarchive.participants.names import NAME_PARTICLES, Run, is_surname, name_key
from newsarchive.participants.roles import assign_roles
from newsarchive.participants.scan import Scan
from newsarchive.participants.titles import title_text
from newsarchive.participants.tokens import Sentence, paragraphs, sentences
from newsarchive.text import fold

_fold = lru_cache(maxsize=4096)(fold)
_name_key = lru_cache(maxsize=4096)(name_key)


@dataclass(slots=True)
class _Person:
    name: str
    key: str
    order: tuple[int, int, int]
    honorific: str | None = None
    titles: dict[str, str] = field(default_factory=dict)
    shared: dict[str, str] = field(default_factory=dict)
    """Titles shared with the next person (``ông A và ông B, <office>``): the person's
    when no mention gives one of their own."""
    roles: dict[str, str] = field(default_factory=dict)
    mentions: int = 0


class _Known:
    """The people of an article: full-name keys, their first words, and the short forms
    only one of them goes by: the given name, or its last two words (``Bé Tư`` of ``Lâm
    Thị Bé Tư``); of a name no Vietnamese surname opens, any one or two of its words, as
    foreign names go by their first (``Khămpheng``, Lao; ``Harada``, Japanese, family name
    first), last or middle words (``Díaz`` of ``Rogelio Díaz Santamaría``)."""

    def __init__(self, keys: set[str], absent: Set[str] = frozenset()) -> None:
        self.keys = keys
        self.firsts = {key.split(" ", 1)[0] for key in keys}
        everyone = sorted(keys | absent)
        self.short_names = _sole_owners(everyone, _given_names, keys)
        given = {form for key in everyone for form in _given_names(key.split(" "))}
        foreign = {short: key for short, key in _sole_owners(everyone, _other_words, keys).items()
                   if short not in given}
        self.short_names.update(foreign)
        # A foreign name's short form written with an office (``Đại sứ Van der Meulen``)
        # is its owner's; a Vietnamese one may be another person's full name (``Lê Hoàng``).
        self.keys = keys - foreign.keys()

    def named_in(self, low: str, start: int = 0, end: int | None = None) -> bool:
        """Whether folded ``low[start:end]`` holds one of the full names."""
        end = len(low) if end is None else end
        return any(low.find(key, start, end) >= 0 for key in self.keys)


def _sole_owners(keys: list[str], forms: Callable[[list[str]], set[str]],
                 present: set[str]) -> dict[str, str]:
    """Each short form that only one of ``keys`` goes by, when that one is ``present``
    (an absent person's form, a defendant's, stands for nobody else)."""
    owners: dict[str, list[str]] = {}
    for key in keys:
        for short in forms(key.split(" ")):
            owners.setdefault(short, []).append(key)
    return {short: names[0] for short, names in owners.items()
            if len(names) == 1 and names[0] in present}


def _given_names(words: list[str]) -> set[str]:
    """The given name and, of a longer name, its last two words."""
    return {words[-1], " ".join(words[-2:])} if len(words) > 2 else {words[-1]}


def _other_words(words: list[str]) -> set[str]:
    """Of a name no Vietnamese surname opens, any other one or two of its words; a
    Vietnamese person's given name of the same spelling comes first."""
    if is_surname(words[0]):
        return set()
    parts = {" ".join(words[i:i + size]) for size in (1, 2) for i in range(len(words) - size + 1)
             if size < len(words)}
    surname = next((i for i, word in enumerate(words) if i and word in NAME_PARTICLES), None)
    if surname is not None:  # ``Van der Meulen`` of ``Pieter van der Meulen``
        parts.add(" ".join(words[surname:]))
    return parts - _given_names(words)


class _Look:
    """One sentence, its scan, and its mentions of people with an office or honorific.

    A sentence without cues (:class:`Cues`) has no such mention: it is not searched,
    and can only name a known person in full.
    """

    __slots__ = ("_scan", "cued", "mentions", "sentence")

    def __init__(self, sentence: Sentence, cues: Cues) -> None:
        self.sentence = sentence
        self.cued = cues.within(sentence.start, sentence.end)
        self._scan: Scan | None = None
        self.mentions: list[Mention] = find_mentions(self.scan) if self.cued else []

    @property
    def scan(self) -> Scan:
        """The sentence's scan, built on first use."""
        if self._scan is None:
            self._scan = Scan(self.sentence)
        return self._scan

    @property
    def order(self) -> tuple[int, int]:
        """Where the sentence stands in the article."""
        return self.sentence.paragraph, self.sentence.start

    def may_name(self, known: _Known) -> bool:
        """Whether the sentence can name one of the ``known`` people."""
        sentence = self.sentence
        return self.cued or known.named_in(sentence.low, sentence.start, sentence.end)


def find_participants(text: str | list[str], exclude: Iterable[str] = ()) -> list[Participant]:
    """Officials named in ``text`` with their titles and roles, in order of first mention.

    ``text`` is the article (sapo, body, captions) as a list of paragraphs, or one
    string with paragraphs on separate lines. ``exclude`` lists names to ignore,
    such as the article's authors and photo credits.
    """
    parts = paragraphs(text)
    cues = [Cues(paragraph, low) for paragraph, low in parts]
    looks = _looks(parts, cues, [bool(cue) for cue in cues])
    _second_look(looks)
    absent = _absent(looks)
    excluded = {fold(name) for name in exclude} | absent
    known = _Known({m.key for look in looks for m in look.mentions if m.titles} - excluded,
                   absent)
    named = [not cue and known.named_in(low) for cue, (_, low) in zip(cues, parts, strict=True)]
    if any(named):
        looks = sorted(looks + _looks(parts, cues, named), key=lambda look: look.order)
    ordered = sorted(_gather(looks, known).values(), key=lambda person: person.order)
    return [_participant(person) for person in ordered if person.titles or person.shared]


def _gather(looks: list[_Look], known: _Known) -> dict[str, _Person]:
    """The known people's mentions with their roles, merged per person. A list's verb
    carries over to the next sentence of the same paragraph (see :func:`assign_roles`)."""
    people: dict[str, _Person] = {}
    carried: list[str] = []
    paragraph = -1
    for look in looks:
        if not look.may_name(known):
            carried = []
            continue
        if look.sentence.paragraph != paragraph:
            carried, paragraph = [], look.sentence.paragraph
        resolved = _resolve(look.scan, look.mentions, known)
        carried = assign_roles(look.scan, resolved, carried)
        for mention in resolved:
            _add(people, mention, (*look.order, mention.name_start))
    return people


def _absent(looks: list[_Look]) -> set[str]:
    """Names remembered somewhere in the article (``kỷ niệm 110 năm ngày sinh đồng chí
    …``) or on trial (``bị cáo …``): the person is no participant in any of its
    sentences. Their mentions are dropped."""
    keys = {m.key for look in looks for m in look.mentions if m.absent}
    for look in looks:
        look.mentions = [m for m in look.mentions if not m.absent]
    return keys


def _looks(parts: list[tuple[str, str]], cues: list[Cues], chosen: list[bool]) -> list[_Look]:
    """The sentences of the ``chosen`` paragraphs."""
    return [
        _Look(sentence, cues[number])
        for number, (paragraph, low) in enumerate(parts)
        if chosen[number]
        for sentence in sentences(paragraph, low, number)
    ]


def _second_look(looks: list[_Look]) -> None:
    """Sentences again, trusting names seen elsewhere with an honorific or an office."""
    trusted = {m.key for look in looks for m in look.mentions if " " in m.key}
    if not trusted:
        return
    for look in looks:
        if not look.cued:
            continue
        present = {m.key for m in look.mentions}
        scan = look.scan
        keys = (scan.key(run.start, run.end) for run in scan.runs if len(run) > 1)
        if any(key in trusted and key not in present for key in keys):
            look.mentions = find_mentions(scan, trusted)


def _resolve(scan: Scan, mentions: list[Mention], known: _Known) -> list[Mention]:
    """The sentence's mentions of known people, including bare and short-form ones."""
    kept = [m for m in mentions if m.key in known.keys
            or (m.key in known.short_names and (m.honorific or m.titles))]
    for mention in kept:
        if mention.key not in known.keys:
            mention.key, mention.honorific = known.short_names[mention.key], None
    taken = {i for m in mentions for i in range(m.name_start, m.name_end)}
    for run in scan.runs:
        if not taken.isdisjoint(range(run.start, run.end)):
            continue
        bare = _full_name(scan, run.start, run.end, known) or _short_name(scan, run, known)
        if bare is not None:
            kept.append(bare)
    return sorted(kept, key=lambda m: m.start)


def _full_name(scan: Scan, start: int, end: int, known: _Known) -> Mention | None:
    """A known person named in full without offices (``đồng chí Lò Minh Hùng đề nghị``)."""
    for first in range(start, end - 1):
        if scan.low(first) in known.firsts and (key := scan.key(first, end)) in known.keys:
            honorific_start, honorific = scan.honorific(first)
            name = scan.sentence.span(first, end - 1)
            return Mention(name, key, honorific, honorific_start, first, end, end)
    return None


def _short_name(scan: Scan, run: Run, known: _Known) -> Mention | None:
    """A known person named by a short form after an honorific (``ông Hùng``, ``bà Bé
    Tư``) or an office, which is then one of their titles (``Phó Chủ tịch Thiện``)."""
    start, end = run.start, run.end
    if len(run) > 2 or (short := _name_key(scan.key(start, end))) not in known.short_names:
        return None
    name = scan.sentence.span(start, end - 1)
    honorific_start, _ = scan.honorific(start)
    if honorific_start < start:
        return Mention(name, known.short_names[short], None, honorific_start, start, end, end)
    office = scan.office_before(start)
    if office is None or not _ends_clause_subject(scan, end) or scan.names_country_or_body(start):
        return None
    return Mention(name, known.short_names[short], None, office[0], start, end, end,
                   [title_text(scan, office, before_name=True)])


def _ends_clause_subject(scan: Scan, end: int) -> bool:
    """A verb or a mark follows: the short form after an office is the clause's subject
    (``Chủ tịch Lâm yêu cầu``), not a body's name (``Bí thư Thành ủy``, ``Chủ tịch
    Hiệp hội …``)."""
    return end >= len(scan) or not scan.tokens[end].word or scan.stops[end] > 0


def _add(people: dict[str, _Person], mention: Mention, order: tuple[int, int, int]) -> None:
    key = _name_key(mention.key)
    person = people.get(key)
    if person is None:
        person = people[key] = _Person(mention.name, key, order)
    elif mention.titles and not person.titles and " " in mention.name:
        person.name = mention.name
    person.mentions += 1
    person.honorific = person.honorific or mention.honorific
    for title in mention.titles:
        (person.shared if mention.shared else person.titles).setdefault(_fold(title), title)
    for role in mention.roles:
        person.roles.setdefault(_fold(role), role)


def _participant(person: _Person) -> Participant:
    return Participant(
        name=person.name,
        name_key=person.key,
        honorific=person.honorific,
        titles=list((person.titles or person.shared).values()),
        roles=list(person.roles.values()),
        mentions=person.mentions,
    )
