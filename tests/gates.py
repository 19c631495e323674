"""The shared-folder gate: locally a missing ``../shared`` skips with a reason; in CI
(``CI=true``) it fails, so a run without the corpus cannot pass by skipping its gates."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any, NoReturn

import pytest

FLOORS_DIR = Path(__file__).parent / "floors"


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def shared_missing(reason: str) -> NoReturn:
    """Skip the test (or, at collection, the module) locally; fail it in CI."""
    if in_ci():
        pytest.fail(f"{reason}; CI needs the shared corpus", pytrace=False)
    pytest.skip(reason, allow_module_level=True)


def floors(name: str) -> tuple[dict[str, Any], str]:
    """The floors of ``tests/floors/<name>.toml`` and the corpus digest they were measured on."""
    data = tomllib.loads((FLOORS_DIR / f"{name}.toml").read_text(encoding="utf-8"))
    measured = data.pop("measured")
    return data, measured["corpus_sha256"]


def assert_measured_on(digest: str, measured: str, name: str) -> None:
    assert digest == measured, (
        f"tests/floors/{name}.toml was measured on corpus sha256 {measured}, but the corpus "
        f"scored now is {digest}: run `newsarchive evaluate`, review the scores, then "
        f"record the floors and the new corpus_sha256 together")
