"""The configuration file for scheduled runs (``--config`` or ``$NEWSARCHIVE_CONFIG``).

Example::

    contact = "https://example.org/newsarchive-contact"   # named in the User-Agent
    out = "/var/lib/newsarchive"                          # output root
    sites = ["baolaocai", "baocantho"]                    # enabled sites (default: all)
    overlap_days = 2                                      # refetch known articles this recent
    concurrency_per_site = 2
    warc = "all"                                          # raw pages kept: all, articles, off
    [base_urls]                                           # optional: fetch from elsewhere
    baolaocai = "http://127.0.0.1:8001"
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from newsarchive.errors import NewsarchiveError

CONFIG_ENV = "NEWSARCHIVE_CONFIG"
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
