"""How an article was read, and what it lacks: the Article's ``extraction`` key."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

from newsarchive.sites import Profile

SHORT_BODY_CHARS = 500
"""A body shorter than this is flagged: a brief, a photo story, or text the extractor missed."""


@cache
def _families() -> frozenset[str]:
    """CMS families whose selectors outlets inherit (``extends``)."""
    folder = resources.files("newsarchive") / "sites" / "families"
    return frozenset(entry.name.removesuffix(".toml") for entry in folder.iterdir()
                     if entry.name.endswith(".toml"))


def reading_path(profile: Profile) -> str:
    """``family`` for an outlet on a CMS family's selectors, ``profile`` for an outlet with
    selectors of its own, ``generic`` for the common conventions and text density only."""
    if profile.id == "generic":
        return "generic"
    if profile.family in _families():
        return "family"
    return "profile" if any(value for _, value in profile.selectors) else "generic"


def warnings_for(fields: dict[str, Any]) -> list[str]:
    """``no_time``, ``no_author``, ``no_lead``, ``short_body`` for an article's fields."""
    warnings = []
    if fields.get("published_at_precision") not in ("minute", "second"):
        warnings.append("no_time")
    if not fields.get("authors") and not fields.get("source"):
        warnings.append("no_author")
    if not fields.get("summary"):
        warnings.append("no_lead")
    if len(fields.get("body") or "") < SHORT_BODY_CHARS:
        warnings.append("short_body")
    return warnings


def extraction_info(profile: Profile, widened: bool, fields: dict[str, Any]) -> dict[str, Any]:
    """``{"profile", "path", "widened", "warnings"}`` for one article."""
    return {
        "profile": profile.id,
        "path": reading_path(profile),
        "widened": widened,
        "warnings": warnings_for(fields),
    }
