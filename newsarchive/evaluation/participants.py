"""Score participant extraction as ``corpus/LABELS.md`` defines it.

Names are matched after folding; name precision/recall/F1 over all people. Title F1
over (name, title) pairs: a matched person's titles compared as folded sets, a missed
person's titles all missed, an extra person's titles all wrong. Role accuracy: among
matched people whose label has roles, the share where at least one role agrees.

Both labelled passage files are scored (:data:`PASSAGE_FILES`), each on its own.
Run: ``newsarchive evaluate --shared DIR``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from newsarchive.evaluation.digest import file_digest
from newsarchive.participants import find_participants
from newsarchive.text import fold

Person = dict[str, Any]

# The labelled passage files in ``corpus/``: the first written with the rules in view,
# the second held back until the rules were written.
PASSAGE_FILES = ("participants.jsonl", "participants_more.jsonl")


def _ratio(part: int, whole: int) -> float:
    """``part / whole``; 1.0 when there is nothing to count."""
    return part / whole if whole else 1.0


def _f1(precision: float, recall: float) -> float:
    total = precision + recall
    return 2 * precision * recall / total if total else 0.0


@dataclass
class ParticipantScores:
    """Counts over all scored passages, and the scores derived from them."""

    passages: int = 0
    people_expected: int = 0
    people_predicted: int = 0
    people_matched: int = 0
    titles_expected: int = 0
    titles_predicted: int = 0
    titles_matched: int = 0
    roles_labelled: int = 0
    roles_agreeing: int = 0
    misses: list[str] = field(default_factory=list)
    digest: str = ""
    """sha256 of the passages file scored (:func:`file_digest`)."""

    @property
    def name_precision(self) -> float:
        return _ratio(self.people_matched, self.people_predicted)

    @property
    def name_recall(self) -> float:
        return _ratio(self.people_matched, self.people_expected)

    @property
    def name_f1(self) -> float:
        return _f1(self.name_precision, self.name_recall)

    @property
    def title_precision(self) -> float:
        return _ratio(self.titles_matched, self.titles_predicted)

    @property
    def title_recall(self) -> float:
        return _ratio(self.titles_matched, self.titles_expected)

    @property
    def title_f1(self) -> float:
        return _f1(self.title_precision, self.title_recall)

    @property
    def role_accuracy(self) -> float:
        return _ratio(self.roles_agreeing, self.roles_labelled)

    def as_dict(self) -> dict[str, float]:
        """The scores, keyed as in ``tests/floors/participants.toml``."""
        return {
            "name_precision": self.name_precision,
            "name_recall": self.name_recall,
            "name_f1": self.name_f1,
            "title_precision": self.title_precision,
            "title_recall": self.title_recall,
            "title_f1": self.title_f1,
            "role_accuracy": self.role_accuracy,
        }

    def format(self) -> str:
        """A short table of the scores and the counts behind them."""
        counts = {
            "name": f"{self.people_matched} matched, {self.people_expected} expected, "
            f"{self.people_predicted} predicted",
            "title": f"{self.titles_matched} matched, {self.titles_expected} expected, "
            f"{self.titles_predicted} predicted",
            "role": f"{self.roles_agreeing} of {self.roles_labelled} labelled",
        }
        lines = [f"participants: {self.passages} passages"]
        for name, value in self.as_dict().items():
            lines.append(f"  {name:<16} {value:.3f}")
        lines.extend(f"  {name:<16} {text}" for name, text in counts.items())
        if self.digest:
            lines.append(f"  corpus_sha256    {self.digest}")
        return "\n".join(lines)


def score(
    pairs: Iterable[tuple[list[Person], list[Person]]], ids: Sequence[str] | None = None
) -> ParticipantScores:
    """Score (expected, predicted) lists of people given as dicts with ``name``,
    ``titles`` and ``roles``; ``ids`` name the pairs in ``misses``."""
    scores = ParticipantScores()
    for number, (expected, predicted) in enumerate(pairs):
        label = ids[number] if ids is not None else str(number)
        scores.passages += 1
        _score_pair(scores, label, expected, predicted)
    return scores


def _by_name(people: list[Person]) -> tuple[dict[str, Person], list[Person]]:
    """People keyed by folded name; repeated names come back as extras."""
    keyed: dict[str, Person] = {}
    repeats: list[Person] = []
    for person in people:
        key = fold(person["name"])
        if key in keyed:
            repeats.append(person)
        else:
            keyed[key] = person
    return keyed, repeats


def _folded(values: Iterable[str]) -> set[str]:
    return {fold(value) for value in values}


def _score_pair(
    scores: ParticipantScores, label: str, expected: list[Person], predicted: list[Person]
) -> None:
    wanted, _ = _by_name(expected)
    found, repeats = _by_name(predicted)
    scores.people_expected += len(wanted)
    scores.people_predicted += len(found) + len(repeats)
    for extra in repeats:
        scores.titles_predicted += len(_folded(extra.get("titles", [])))
        scores.misses.append(f"{label}: extra person {extra['name']}")
    for key, person in wanted.items():
        titles = _folded(person.get("titles", []))
        scores.titles_expected += len(titles)
        guess = found.get(key)
        if guess is None:
            scores.misses.append(f"{label}: missed {person['name']} {person.get('titles', [])}")
            continue
        scores.people_matched += 1
        _score_person(scores, label, person, guess)
    for key, guess in found.items():
        if key not in wanted:
            scores.titles_predicted += len(_folded(guess.get("titles", [])))
            scores.misses.append(f"{label}: extra person {guess['name']} {guess.get('titles')}")


def _score_person(scores: ParticipantScores, label: str, person: Person, guess: Person) -> None:
    titles = _folded(person.get("titles", []))
    guessed = _folded(guess.get("titles", []))
    scores.titles_predicted += len(guessed)
    scores.titles_matched += len(titles & guessed)
    name = person["name"]
    for title in sorted(titles - guessed):
        scores.misses.append(f"{label}: {name}: missed title {title!r}")
    for title in sorted(guessed - titles):
        scores.misses.append(f"{label}: {name}: extra title {title!r}")
    roles = _folded(person.get("roles", []))
    if roles:
        scores.roles_labelled += 1
        if roles & _folded(guess.get("roles", [])):
            scores.roles_agreeing += 1
        else:
            wrong = guess.get("roles", [])
            scores.misses.append(f"{label}: {name}: roles {wrong} instead of {sorted(roles)}")


def passages(path: Path) -> Iterator[dict[str, Any]]:
    """The records of a ``participants.jsonl`` file."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def evaluate_passages(path: Path) -> ParticipantScores:
    """Run :func:`find_participants` over every passage of ``participants.jsonl``."""
    records = list(passages(path))
    pairs = [
        (record["participants"], [asdict(p) for p in find_participants(record["text"])])
        for record in records
    ]
    scores = score(pairs, [str(record.get("id", n)) for n, record in enumerate(records)])
    scores.digest = file_digest(path.name, path.read_bytes())
    return scores
