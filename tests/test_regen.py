"""The fixture regeneration tool proposes, it never overwrites."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import regen

CASE = "baolaocai/khoi-cong-duong-lien-xa"


@pytest.fixture
def case(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of a fixture case, which the tool then looks at instead of the real one."""
    copy = tmp_path / CASE
    shutil.copytree(regen.CASES / CASE, copy)
    monkeypatch.setattr(regen, "CASES", tmp_path)
    return copy


def test_a_proposal_is_written_beside_the_case_and_expected_is_untouched(
        case: Path, capsys: pytest.CaptureFixture[str]) -> None:
    expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    stale = {**expected, "headline": "Tiêu đề cũ"}
    (case / "expected.json").write_text(json.dumps(stale, ensure_ascii=False), encoding="utf-8")
    assert regen.main([CASE]) == 1
    assert json.loads((case / "expected.json").read_text(encoding="utf-8")) == stale
    proposed = json.loads((case / regen.PROPOSED).read_text(encoding="utf-8"))
    assert proposed == {**stale, "headline": expected["headline"]}
    assert '-  "headline": "Tiêu đề cũ"' in capsys.readouterr().out


def test_an_unchanged_case_proposes_no_difference(case: Path) -> None:
    assert regen.main([CASE]) == 0
    assert (case / regen.PROPOSED).read_text(encoding="utf-8") == \
        json.dumps(json.loads((case / "expected.json").read_text(encoding="utf-8")),
                   ensure_ascii=False, indent=2) + "\n"


def test_an_unknown_case_is_bad_input(capsys: pytest.CaptureFixture[str]) -> None:
    assert regen.main(["nowhere/none"]) == 2
    assert "no expected.json" in capsys.readouterr().err
