"""Officials as data: one ``participants`` row per article and person, and ``people``
grouped from them.

**One name, two people.** Rows of one ``name_key`` are one person when they are linked
through a shared province (of the outlet that printed the article) or a shared title,
directly or through other rows of that name. Two people with one name stay apart as long
as their provinces and titles never meet. A row with neither province nor title joins its
name's only person, and stands alone when the name has several. People of one name are
numbered by first appearance: ``person_id`` is the ``name_key`` for the first, then
``name_key#2``, ``name_key#3``…
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from newsarchive.text import fold

_title_key = lru_cache(maxsize=1 << 16)(fold)
"""Titles repeat across thousands of rows: fold each spelling once."""

def participant_rows(articles: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per (article, person), in the articles' order."""
    rows: list[dict[str, Any]] = []
    for article in articles:
        published = article.get("published_at")
        for person in article.get("participants") or ():
            rows.append({
                "article_id": article["id"], "site": article["site"],
                "province": article.get("province"), "published_at": published,
                "published_date": published[:10] if published else None,
                "name": person["name"], "name_key": person["name_key"],
                "honorific": person.get("honorific"), "titles": list(person["titles"]),
                "roles": list(person["roles"]), "mentions": person.get("mentions", 1),
            })
    return rows


@dataclass
class TitleSpan:
    title: str
    first_seen: str | None = None
    last_seen: str | None = None
    articles: int = 0


@dataclass
class Person:
    """One official: rows of one ``name_key`` joined by province or title."""

    person_id: str
    name_key: str
    names: Counter[str] = field(default_factory=Counter)
    first_seen: str | None = None
    last_seen: str | None = None
    articles: int = 0
    provinces: Counter[str] = field(default_factory=Counter)
    titles: dict[str, TitleSpan] = field(default_factory=dict)

    def add(self, combo: dict[str, Any]) -> None:
        """Add the articles of one combination (see :func:`combinations`)."""
        count = combo["articles"]
        self.names[combo["name"]] += count
        self.first_seen = _earliest(self.first_seen, combo["first_seen"])
        self.last_seen = _latest(self.last_seen, combo["last_seen"])
        self.articles += count
        if combo["province"]:
            self.provinces[combo["province"]] += count
        for title in combo["titles"]:
            span = self.titles.setdefault(_title_key(title), TitleSpan(title))
            span.first_seen = _earliest(span.first_seen, combo["first_seen"])
            span.last_seen = _latest(span.last_seen, combo["last_seen"])
            span.articles += count

    def as_row(self) -> dict[str, Any]:
        spans = sorted(self.titles.values(), key=lambda s: (s.first_seen or "", s.title))
        return {
            "person_id": self.person_id, "name_key": self.name_key,
            "name": self.names.most_common(1)[0][0], "first_seen": self.first_seen,
            "last_seen": self.last_seen, "articles": self.articles,
            "provinces": [p for p, _ in self.provinces.most_common()],
            "titles": [vars(span).copy() for span in spans],
        }


def _earliest(a: str | None, b: str | None) -> str | None:
    return min(x for x in (a, b) if x) if a or b else None


def _latest(a: str | None, b: str | None) -> str | None:
    return max(x for x in (a, b) if x) if a or b else None


class _Links:
    """Union-find over the provinces and titles a name's rows carry."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, token: str) -> str:
        root = self.parent.setdefault(token, token)
        while root != self.parent[root]:
            root = self.parent[root]
        while token != root:
            self.parent[token], token = root, self.parent[token]
        return root

    def join(self, tokens: list[str]) -> str | None:
        if not tokens:
            return None
        first = self.find(tokens[0])
        for token in tokens[1:]:
            self.parent[self.find(token)] = first
        return first


def _tokens(row: dict[str, Any]) -> list[str]:
    province = [f"p:{row['province']}"] if row.get("province") else []
    return province + [f"t:{_title_key(title)}" for title in row["titles"]]


def _split(name_key: str, rows: list[dict[str, Any]]) -> list[Person]:
    """The people behind one name's combinations (see the module's rule)."""
    links = _Links()
    anchors = [links.join(_tokens(row)) for row in rows]
    clusters: dict[str, list[dict[str, Any]]] = {}
    loose: list[dict[str, Any]] = []
    for row, anchor in zip(rows, anchors, strict=True):
        if anchor is None:
            loose.append(row)
        else:
            clusters.setdefault(links.find(anchor), []).append(row)
    groups = list(clusters.values())
    if len(groups) <= 1:
        groups = [[*(groups[0] if groups else []), *loose]]
    else:
        groups.extend([row] for row in loose)
    groups.sort(key=lambda group: min(r["first_seen"] or "9999" for r in group))
    people = []
    for number, group in enumerate(groups, start=1):
        person = Person(name_key if number == 1 else f"{name_key}#{number}", name_key)
        for row in group:
            person.add(row)
        people.append(person)
    return people


COMBINATION = ("name_key", "name", "province", "titles")


def combinations(participants: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Participant rows folded into one per (name_key, name, province, titles): articles,
    first and last day. Grouping works on these, since rows alike link alike."""
    found: dict[tuple[Any, ...], dict[str, Any]] = {}
    for row in participants:
        key = (row["name_key"], row["name"], row.get("province"), tuple(row["titles"]))
        combo = found.setdefault(key, {**dict(zip(COMBINATION, key, strict=True)),
                                       "ids": set(), "first_seen": None, "last_seen": None})
        combo["ids"].add(row["article_id"])
        day = row.get("published_date")
        combo["first_seen"] = _earliest(combo["first_seen"], day)
        combo["last_seen"] = _latest(combo["last_seen"], day)
    return [{**combo, "articles": len(combo.pop("ids"))} for combo in found.values()]


def people_rows(combos: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ``people`` table from :func:`combinations`: one row per person, most articles
    first. ``articles`` counts (article, person) rows, one per article in practice (an
    article names a person once)."""
    by_name: dict[str, list[dict[str, Any]]] = {}
    for combo in combos:
        by_name.setdefault(combo["name_key"], []).append(combo)
    people = [person.as_row() for key, rows in by_name.items() for person in _split(key, rows)]
    return sorted(people, key=lambda p: (-p["articles"], p["person_id"]))
