"""The shared-corpus gate: a skip with a reason locally, a failure in CI."""

from __future__ import annotations

import pytest
from gates import assert_measured_on, shared_missing


def test_missing_corpus_skips_locally(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="no corpus"):
        shared_missing("no corpus at /nowhere")


def test_missing_corpus_fails_in_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI needs the shared corpus"):
        shared_missing("no corpus at /nowhere")


def test_floors_measured_on_another_corpus_fail() -> None:
    assert_measured_on("abc", "abc", "pages")
    with pytest.raises(AssertionError, match="was measured on corpus sha256 abc"):
        assert_measured_on("def", "abc", "pages")
