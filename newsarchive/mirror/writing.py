"""The text of one article, drawn from the pools: lead, paragraphs, byline and captions.

A :class:`Composer` continues the article's own random generator after its stub, so the
text too depends only on (seed, site, index).
"""

from __future__ import annotations

import random
from datetime import datetime

from newsarchive.mirror import people, pools
from newsarchive.mirror.model import Byline, Figure, Part, Stub
from newsarchive.mirror.outlets import Outlet
from newsarchive.mirror.people import Person
from newsarchive.mirror.urls import image_path

AGENCY = "TTXVN"


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def slots(
    rng: random.Random, outlet: Outlet, topic: str, place: str, event: str, when: datetime
) -> dict[str, str]:
    """Values for the pools' ``{slots}``; numbers are drawn afresh on every call."""
    unit = "thành phố" if outlet.is_city else "tỉnh"
    return {
        "uy": "Thành ủy" if outlet.is_city else "Tỉnh ủy",
        "dv": unit,
        "Dv": capital(unit),
        "province": outlet.province or rng.choice(pools.PROVINCES),
        "topic": topic,
        "place": place,
        "event": event,
        "Event": capital(event),
        "street": rng.choice(pools.STREETS),
        "n": str(rng.randint(2, 30)),
        "m": str(rng.randint(31, 400)),
        "big": f"{rng.randint(1, 99)}.{rng.randint(0, 999):03d}",
        "pct": str(rng.randint(55, 99)),
        "year": str(when.year),
        "d": str(rng.randint(1, 28)),
        "mo": str(rng.randint(1, 12)),
        "org": "",
        "citizen": "",
    }


class Composer:
    """Writes one article's text; its template sentences and subjects never repeat."""

    def __init__(self, rng: random.Random, outlet: Outlet, stub: Stub) -> None:
        self.rng, self.outlet, self.stub = rng, outlet, stub
        self.used: set[str] = set()
        self.deck: list[str] = []
        self.subjects: list[str] = []

    def slots(self) -> dict[str, str]:
        stub = self.stub
        return slots(self.rng, self.outlet, stub.topic, stub.place, stub.event, stub.slot)

    def fill(self, template: str, raise_first: bool = True, **extra: str) -> str:
        """``template`` with its slots drawn for this article."""
        text = template.format_map({**self.slots(), **extra})
        return capital(text) if raise_first else text

    def cast(self, size: int) -> list[Person]:
        """Distinct officials, each with the offices they hold in this article."""
        return [people.draw_person(self.rng, self.used, self.slots()) for _ in range(size)]

    def lead(self, person: Person) -> tuple[Part, bool]:
        """The sapo, and whether it introduced ``person`` as the event's lead official."""
        rng, stub = self.rng, self.stub
        when = self._time_phrase()
        form = rng.random()
        if form < 0.4:
            text, mention = people.chair(person, stub.event, guide=rng.random() < 0.3)
            return Part(f"{when}, {text} về {stub.topic}.", (mention,)), True
        if form < 0.7:
            rest = f"với {self._org()} về {stub.topic}."
            text, mention = people.titled_first(person, "làm việc", rest)
            return Part(f"{when}, {text}", (mention,)), True
        org = self._org()
        return Part(self.fill(rng.choice(pools.LEADS), tp=when, org=org)), False

    def body(self, cast: list[Person], introduced: bool) -> tuple[Part, ...]:
        rng, event = self.rng, self.stub.event
        self.deck = rng.sample(pools.SENTENCES, len(pools.SENTENCES))
        self.subjects = rng.sample(pools.SUBJECTS, len(pools.SUBJECTS))
        parts = [Part(self._paragraph(2))]
        if introduced and rng.random() < 0.6:
            text, mentions = people.attendance_list(cast[1 : 1 + rng.randint(1, 3)], event)
            parts.append(Part(text, tuple(mentions)))
        else:
            verb = rng.choice(("dự", "tham dự"))
            text, mention = people.titled_first(cast[1], verb, f"{event}.")
            parts.append(Part(f"{capital(text)} {self._sentence()}", (mention,)))
        for _ in range(rng.randint(1, 3)):
            parts.append(Part(self._paragraph(rng.randint(2, 3))))
        if rng.random() < 0.5:
            text, mention = people.says(cast[4], rng.choice(pools.QUOTES))
            parts.append(Part(text, (mention,)))
        parts.append(self._speech(cast, introduced))
        parts.append(Part(self.fill(rng.choice(pools.CLOSINGS), org=self._org())))
        return tuple(parts)

    def byline(self) -> Byline:
        rng = self.rng
        form = rng.random()
        if form < 0.12:
            return Byline((), source=AGENCY)
        if form < 0.24:
            return Byline((people.draw_name(rng, self.used).upper(),))
        first = rng.choice(pools.PEN_NAMES)
        if form < 0.40:
            second = rng.choice([name for name in pools.PEN_NAMES if name != first])
            return Byline((first, second))
        if form < 0.60:
            return Byline((first,), label="Tin, ảnh:")
        if form < 0.75:
            return Byline((first,), label="Bài và ảnh:")
        return Byline((first,))

    def figures(self, byline: Byline, paragraphs: int) -> tuple[Figure, ...]:
        """One or two captioned photos, after the first and the third paragraph."""
        rng = self.rng
        count = 1 if rng.random() < 0.5 else 2
        spots = (0, min(2, paragraphs - 2))[:count]
        captions = rng.sample(pools.CAPTIONS, count)
        figures = []
        for number, (after, caption) in enumerate(zip(spots, captions, strict=True), start=1):
            src = image_path(self.stub.article_id, number)
            figures.append(Figure(src, self.fill(caption) + ".", self._credit(byline), after))
        return tuple(figures)

    def tags(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(self.fill(tag, raise_first=False) for tag in pools.TAGS))

    def _speech(self, cast: list[Person], introduced: bool) -> Part:
        event = self.stub.event
        directive = self.fill(self.rng.choice(pools.DIRECTIVES), raise_first=False)
        if introduced:
            text, mention = people.speaks_again(cast[0], event, directive)
        else:
            text, mention = people.titled_first(cast[2], "phát biểu", f"tại {event}, {directive}.")
        return Part(capital(text), (mention,))

    def _sentence(self) -> str:
        rng = self.rng
        if self.deck and rng.random() < 0.45:
            template = self.deck.pop()
            wanted = "{citizen}" in template
            citizen = people.draw_name(rng, self.used, female=False) if wanted else ""
            return self.fill(template, citizen=citizen)
        subject = self.subjects.pop() if self.subjects else rng.choice(pools.SUBJECTS)
        pieces = (pools.ACTIONS, pools.OBJECTS, pools.RESULTS)
        action, thing, result = (rng.choice(pool) for pool in pieces)
        return self.fill(f"{subject} {action} {thing}, {result}.")

    def _paragraph(self, count: int) -> str:
        return " ".join(self._sentence() for _ in range(count))

    def _time_phrase(self) -> str:
        rng, stub = self.rng, self.stub
        if not stub.dated:
            return rng.choice(pools.UNDATED_TIMES)
        when = stub.slot
        part = "Sáng" if when.hour < 12 else "Chiều" if when.hour < 18 else "Tối"
        if rng.random() < 0.3:
            return f"Ngày {when.day}-{when.month}"
        return f"{part} {when.day}/{when.month}"

    def _org(self) -> str:
        return self.fill(self.rng.choice(pools.ORGS))

    def _credit(self, byline: Byline) -> str | None:
        if byline.label:  # "Tin, ảnh:" already credits the photos
            return None
        if byline.source:
            return byline.source
        return byline.names[0] if self.rng.random() < 0.7 else None
