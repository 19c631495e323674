"""Officials and the phrases that name them, each returned with its ground truth.

Every phrase builder returns ``(text, Participant)``: the participant carries the name,
the offices as printed, the roles the phrase states and the honorific it uses, in the
forms of the corpus labelling rules (``đồng chí A, T1, T2 chủ trì``; ``T1, T2 A dự``;
``các đồng chí: A, T1; B, T2``; ``Ông A, T, cho biết``; a rank before the name).
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from newsarchive.mirror import pools


@dataclass(frozen=True)
class Participant:
    name: str
    titles: tuple[str, ...]
    roles: tuple[str, ...]
    honorific: str | None


@dataclass(frozen=True)
class Person:
    name: str
    titles: tuple[str, ...]
    female: bool
    ranked: bool
    """The first title is a military or police rank, printed before the name."""

    def mention(self, roles: tuple[str, ...], honorific: str | None) -> Participant:
        return Participant(self.name, self.titles, roles, honorific)


def draw_name(rng: random.Random, used: set[str], female: bool | None = None) -> str:
    """A full name not in ``used`` (which it joins); minority names come with their pools."""
    while True:
        surname = rng.choice(pools.SURNAMES)
        is_female = rng.random() < 0.35 if female is None else female
        if is_female:
            name = f"{surname} {rng.choice(pools.MIDDLE_FEMALE)} {rng.choice(pools.GIVEN_FEMALE)}"
        elif surname in pools.MINORITY_SURNAMES and rng.random() < 0.6:
            middle = rng.choice(pools.MINORITY_MIDDLE_MALE)
            name = f"{surname} {middle} {rng.choice(pools.MINORITY_GIVEN)}"
        else:
            name = f"{surname} {rng.choice(pools.MIDDLE_MALE)} {rng.choice(pools.GIVEN_MALE)}"
        if name not in used:
            used.add(name)
            return name


def draw_person(rng: random.Random, used: set[str], slots: Mapping[str, str]) -> Person:
    ranked = rng.random() < 0.12
    stack = rng.choice(pools.RANK_STACKS if ranked else pools.TITLE_STACKS)
    female = rng.random() < 0.3
    name = draw_name(rng, used, female)
    titles = tuple(title.format_map(slots) for title in stack)
    return Person(name, titles, female, ranked)


def _named(person: Person, honorific: str | None) -> str:
    """``đồng chí A, T1, T2`` (or ``Đại tá A, T2`` for a rank)."""
    if person.ranked:
        rest = ", ".join(person.titles[1:])
        return f"{person.titles[0]} {person.name}" + (f", {rest}" if rest else "")
    lead = f"{honorific} {person.name}" if honorific else person.name
    return f"{lead}, {', '.join(person.titles)}"


def chair(person: Person, event: str, guide: bool) -> tuple[str, Participant]:
    """``đồng chí A, T1, T2 chủ trì <event>`` (or ``dự và chỉ đạo``)."""
    honorific = None if person.ranked else "đồng chí"
    verb, roles = ("dự và chỉ đạo", ("dự", "chỉ đạo")) if guide else ("chủ trì", ("chủ trì",))
    return f"{_named(person, honorific)} {verb} {event}", person.mention(roles, honorific)


def titled_first(person: Person, verb: str, rest: str) -> tuple[str, Participant]:
    """``T1, T2 A <verb> <rest>``; a ranked person keeps the rank-first form."""
    if person.ranked:
        return f"{_named(person, None)} {verb} {rest}", person.mention((verb,), None)
    titles = ", ".join(person.titles)
    return f"{titles} {person.name} {verb} {rest}", person.mention((verb,), None)


def attendance_list(people: Iterable[Person], event: str) -> tuple[str, list[Participant]]:
    """``Dự <event> có các đồng chí: A, T1; B, T2, T3.``"""
    members = list(people)
    items = "; ".join(_named(person, None) for person in members)
    mentions = [person.mention(("dự",), "đồng chí") for person in members]
    return f"Dự {event} có các đồng chí: {items}.", mentions


def says(person: Person, quote: str) -> tuple[str, Participant]:
    """``Ông A, T, cho biết: “…”.`` or ``Thiếu tá A, T chia sẻ: “…”.``"""
    if person.ranked:
        text = f"{_named(person, None)} chia sẻ: “{quote}”."
        return text, person.mention(("chia sẻ",), None)
    honorific = "bà" if person.female else "ông"
    text = (
        f"{honorific.capitalize()} {person.name}, {', '.join(person.titles)}, cho biết: “{quote}”."
    )
    return text, person.mention(("cho biết",), honorific)


def speaks_again(person: Person, event: str, directive: str) -> tuple[str, Participant]:
    """A second mention by name only: ``Phát biểu tại <event>, đồng chí A <directive>.``"""
    honorific = None if person.ranked else "đồng chí"
    who = f"{person.titles[0]} {person.name}" if person.ranked else f"đồng chí {person.name}"
    text = f"Phát biểu tại {event}, {who} {directive}."
    titles = person.titles[:1] if person.ranked else ()
    return text, Participant(person.name, titles, ("phát biểu",), honorific)


def merge(mentions: Iterable[Participant]) -> tuple[Participant, ...]:
    """One participant per name, in order of first mention; titles and roles merged."""
    merged: dict[str, Participant] = {}
    for mention in mentions:
        seen = merged.get(mention.name)
        if seen is None:
            merged[mention.name] = mention
            continue
        merged[mention.name] = Participant(
            seen.name,
            _union(seen.titles, mention.titles),
            _union(seen.roles, mention.roles),
            seen.honorific or mention.honorific,
        )
    return tuple(merged.values())


def _union(first: tuple[str, ...], second: tuple[str, ...]) -> tuple[str, ...]:
    return first + tuple(item for item in second if item not in first)
