"""The participant scorer, and the extractor scored on the shared passages."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from gates import FLOORS_DIR, assert_measured_on, shared_missing

from newsarchive.evaluation.participants import (
    PASSAGE_FILES,
    ParticipantScores,
    evaluate_passages,
    score,
)

FLOORS = tomllib.loads((FLOORS_DIR / "participants.toml").read_text(encoding="utf-8"))
CASES = Path(__file__).parent / "cases"
HELD_BACK_FLOORS = tomllib.loads(
    (FLOORS_DIR / "participants_holdout.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", PASSAGE_FILES)
def test_passages_meet_the_floor(corpus: Path, name: str) -> None:
    path = corpus / name
    if not path.exists():
        shared_missing(f"no labelled passages at {path} (set NEWSARCHIVE_SHARED to ../shared)")
    scores = evaluate_passages(path)
    print(scores.format())
    floors = dict(FLOORS[name])
    assert_measured_on(scores.digest, floors.pop("corpus_sha256"), "participants")
    below = {k: v for k, v in scores.as_dict().items() if v < floors[k]}
    assert not below, f"below the floor {floors}: {below}; misses: {scores.misses}"


@pytest.mark.parametrize("name", sorted(p.name for p in CASES.glob("participants_holdout*.jsonl")))
def test_held_back_passages_meet_the_floor(name: str) -> None:
    """Passages written and labelled before the finder ever ran on them."""
    scores = evaluate_passages(CASES / name)
    floors = HELD_BACK_FLOORS[name]
    below = {k: v for k, v in scores.as_dict().items() if v < floors[k]}
    assert not below, f"below the floor {floors}: {below}; misses: {scores.misses}"


def test_floors_cover_every_file_and_score() -> None:
    assert set(FLOORS) == set(PASSAGE_FILES)
    for floors in FLOORS.values():
        assert set(floors) - {"corpus_sha256"} == set(ParticipantScores().as_dict())
    assert set(HELD_BACK_FLOORS) == {p.name for p in CASES.glob("participants_holdout*.jsonl")}
    for floors in HELD_BACK_FLOORS.values():
        assert set(floors) == set(ParticipantScores().as_dict())


def _person(name: str, titles: list[str], roles: list[str] | None = None) -> dict[str, object]:
    return {"name": name, "titles": titles, "roles": roles or []}


def test_scorer_on_hand_made_pairs() -> None:
    expected = [
        _person("Lò Văn A", ["Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"], ["chủ trì"]),
        _person("Trần Thị B", ["Phó Chủ tịch UBND tỉnh"], ["dự"]),
        _person("Đinh Văn C", ["Giám đốc Sở Y tế"]),
    ]
    predicted = [
        # folding: case, Ủy/Uỷ and NFC do not matter
        _person("LÒ VĂN A", ["bí thư tỉnh uỷ", "Trưởng đoàn"], ["chủ trì", "phát biểu"]),
        _person("Trần Thị B", ["Phó Chủ tịch UBND tỉnh"], ["tham dự"]),
        _person("Hồ Văn D", ["Thiếu tá"]),
    ]
    scores = score([(expected, predicted), ([], [])], ["one", "empty"])
    assert (scores.people_expected, scores.people_predicted, scores.people_matched) == (3, 3, 2)
    assert scores.name_precision == pytest.approx(2 / 3)
    assert scores.name_recall == pytest.approx(2 / 3)
    assert scores.name_f1 == pytest.approx(2 / 3)
    # titles: A 1 of 2 right + 1 wrong; B 1 right; C's 1 missed; D's 1 wrong
    assert (scores.titles_matched, scores.titles_expected, scores.titles_predicted) == (2, 4, 4)
    assert scores.title_f1 == pytest.approx(0.5)
    # roles: A agrees on one, B does not; C is not matched
    assert (scores.roles_agreeing, scores.roles_labelled) == (1, 2)
    assert scores.role_accuracy == pytest.approx(0.5)
    assert scores.passages == 2
    assert any("missed Đinh Văn C" in miss for miss in scores.misses)
    assert any("extra person Hồ Văn D" in miss for miss in scores.misses)
    assert "name_f1" in scores.format()


def test_scorer_counts_a_repeated_prediction_as_extra() -> None:
    expected = [_person("Lê Văn E", ["Bí thư Huyện ủy"])]
    predicted = [_person("Lê Văn E", ["Bí thư Huyện ủy"]), _person("Lê Văn E", ["Bí thư"])]
    scores = score([(expected, predicted)])
    assert (scores.people_matched, scores.people_predicted) == (1, 2)
    assert scores.title_precision == pytest.approx(0.5)


def test_scorer_on_nothing_is_perfect() -> None:
    scores = score([([], [])])
    assert scores.name_f1 == scores.title_f1 == scores.role_accuracy == 1.0
