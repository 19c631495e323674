"""The configuration file for scheduled runs (``--config`` or ``$NEWSARCHIVE_CONFIG``).

Example::

    contact = "https://example.org/newsarchive-contact"   # named in the User-Agent
    out = "/var/lib/newsarchive"                          # output root
    sites = ["baolaocai", "baocantho"]                    # enabled sites (default: all)
    overlap_days = 2                                      # refetch known articles this recent
    concurrency_per_site = 2
    max_runtime = "6h"                                    # stop gracefully after (s, m, h)
    warc = "all"                                          # raw pages kept: all, articles, off
    [base_urls]                                           # optional: fetch from elsewhere
    baolaocai = "http://127.0.0.1:8001"
"""

from __future__ import annotations

import os
import re
import tomllib
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from newsarchive.errors import NewsarchiveError

CONFIG_ENV = "NEWSARCHIVE_CONFIG"
NIGHTLY_MAX_RUNTIME = 6 * 3600.0
"""A nightly run's time limit unless the config or ``--max-runtime`` sets one."""
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600}


def parse_duration(text: str | float) -> float:
    """Seconds from ``90``, ``45s``, ``30m`` or ``6h``; ValueError unless positive."""
    found = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smh]?)\s*", str(text))
    if not found or float(found[1]) <= 0:
        raise ValueError(f"{text!r}: not a duration such as 90, 45s, 30m or 6h")
    return float(found[1]) * _UNITS[found[2]]


def check_base_url(url: str) -> str:
    """``url`` without a trailing slash when it is an http(s) URL with a host and a valid
    port; ValueError saying what is wrong otherwise."""
    try:
        parts = urlsplit(url)
        port_ok = parts.port != 0  # raises ValueError when out of range
    except ValueError as error:
        raise ValueError(f"{url!r}: {error}") from None
    if parts.scheme not in ("http", "https") or not parts.hostname or not port_ok:
        raise ValueError(f"{url!r}: not an http(s) URL with a host and a port")
    return url.rstrip("/")

SHARED_ENV = "NEWSARCHIVE_SHARED"


def default_shared() -> Path:
    """The shared folder (corpus, ``sites.tsv``): ``$NEWSARCHIVE_SHARED``, else ``../shared``
    beside the repository."""
    return Path(os.environ.get(SHARED_ENV) or Path(__file__).resolve().parents[2] / "shared")


class ConfigError(NewsarchiveError):
    """The configuration file is missing, malformed or names an unknown key."""


class Config(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    contact: str | None = None
    out: Path | None = None
    sites: list[str] | None = None
    overlap_days: int = Field(default=2, ge=0)
    concurrency_per_site: int = Field(default=2, ge=1, le=16)
    base_urls: dict[str, str] = {}
    max_runtime: float | None = None

    @field_validator("base_urls")
    @classmethod
    def _http_base_urls(cls, urls: dict[str, str]) -> dict[str, str]:
        return {site: check_base_url(url) for site, url in urls.items()}

    @field_validator("max_runtime", mode="before")
    @classmethod
    def _duration(cls, value: object) -> float | None:
        return None if value is None else parse_duration(str(value))
    warc: Literal["all", "articles", "off"] = "all"
    """Raw exchanges kept as WARC: every response, article pages only, or none."""


def load_config(path: str | Path | None = None) -> Config:
    """The file given, else ``$NEWSARCHIVE_CONFIG``, else the defaults."""
    chosen = path or os.environ.get(CONFIG_ENV)
    if not chosen:
        return Config()
    try:
        raw = tomllib.loads(Path(chosen).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"config {chosen}: {error}") from error
    try:
        return Config.model_validate(raw)
    except ValidationError as error:
        first = error.errors()[0]
        key = ".".join(str(part) for part in first["loc"])
        raise ConfigError(f"config {chosen}: key '{key}': {first['msg']}") from error
