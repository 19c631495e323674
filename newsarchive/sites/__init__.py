"""Site profiles: one TOML file per outlet, validated on load.

A profile may ``extends`` a CMS family in ``sites/families/``; lists of selectors in the
outlet replace the family's, other keys are merged.  A mistyped key is a
:class:`~newsarchive.errors.ProfileError` naming the file and the key.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from newsarchive.errors import ProfileError

DateOrder = Literal["dmy", "mdy"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Selectors(_Strict):
    """CSS selectors, each list tried in order; the first that matches wins."""

    headline: list[str] = []
    published: list[str] = []
    summary: list[str] = []
    body: list[str] = []
    byline: list[str] = []
    source: list[str] = []
    section: list[str] = []
    tags: list[str] = []
    caption: list[str] = []
    remove: list[str] = []
    """Removed from the body before text is taken (related boxes, ads, share bars)."""


class Dates(_Strict):
    """How a site writes dates; the order is decided per source, never per string."""

    meta_order: DateOrder = "dmy"
    """Order of numeric dates in meta tags that are not ISO 8601 (hanoimoi: ``mdy``)."""


class Discovery(_Strict):
    home: str | None = None
    sitemaps: list[str] = []
    feeds: list[str] = []
    categories: list[str] = []
    article_url: str | None = None
    """Regular expression an article URL matches (searched in the path)."""


class Version(_Strict):
    """An earlier template of the outlet, used by its pages up to ``until``.

    Its selectors replace the profile's lists it names; lists it leaves empty, and
    everything else, stay the profile's.
    """

    until: date
    """Last day (Vietnam time) a page was published in this template, inclusive."""
    url: str | None = None
    """Regular expression searched in a page's URL: a page that matches is in this
    template whatever its date (an old URL scheme, a legacy domain)."""
    selectors: Selectors = Selectors()
    dates: Dates | None = None


class Profile(_Strict):
    id: str
    name: str
    province: str | None = None
    """Province (current, after the 2025 merger); None for national outlets."""
    domains: list[str] = []
    legacy_domains: dict[str, str] = {}
    """Legacy domain → the outlet's province before the 2025 merger."""
    family: str | None = None
    """The CMS family whose template the outlet uses (set by ``extends``, or by hand)."""
    lead_marker: str | None = None
    """The outlet's marker opening a lead (``TPO - ``, ``(CTO) - ``): not an author."""
    verified: bool = False
    enabled: bool = True
    national: bool = False
    selectors: Selectors = Selectors()
    dates: Dates = Dates()
    discovery: Discovery = Discovery()
    boilerplate: list[str] = []
    """Paragraphs starting with one of these phrases are dropped from the body."""
    author_blocklist: list[str] = []
    """Names that are the outlet, not a person (``Báo Lào Cai``, ``admin``)."""
    versions: list[Version] = []
    """Earlier templates, oldest first (``[[versions]]``); the profile itself is the
    current one, used by every page after the last ``until``."""

    @field_validator("versions")
    @classmethod
    def _oldest_first(cls, versions: list[Version]) -> list[Version]:
        days = [version.until for version in versions]
        if days != sorted(set(days)):
            raise ValueError("versions must be listed oldest first, each with its own 'until'")
        return versions

    def version_for(self, url: str, day: date | None) -> int | None:
        """Which of :attr:`versions` a page is in: the first whose ``url`` matches, else
        the first whose ``until`` is on or after the page's day; None for the current."""
        for index, version in enumerate(self.versions):
            if version.url and re.search(version.url, url):
                return index
        for index, version in enumerate(self.versions):
            if day is not None and day <= version.until:
                return index
        return None

    def province_for(self, host: str) -> str | None:
        """The outlet's province when it published on ``host`` (legacy domains differ)."""
        host = bare_host(host)
        for domain, province in self.legacy_domains.items():
            if host_within(host, [domain]):
                return province
        return self.province

    def all_domains(self) -> list[str]:
        return [*self.domains, *self.legacy_domains]


class _Family(_Strict):
    id: str
    name: str
    selectors: Selectors = Selectors()
    dates: Dates = Dates()
    boilerplate: list[str] = []
    author_blocklist: list[str] = []


def host_within(host: str, domains: Iterable[str]) -> bool:
    """Whether ``host`` is one of ``domains`` or a subdomain of one."""
    return any(host == domain or host.endswith("." + domain) for domain in domains if domain)


def bare_host(host: str) -> str:
    """``host`` lower-cased, without port or ``www.``: how domains are compared."""
    host = host.lower().split(":")[0]
    return host[4:] if host.startswith("www.") else host


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ProfileError(f"{path.name}: {error}") from error


def _validation_message(path: Path, error: ValidationError) -> str:
    first = error.errors()[0]
    key = ".".join(str(part) for part in first["loc"])
    return f"{path.name}: key '{key}': {first['msg']}"


def _merge(family: dict[str, Any], outlet: dict[str, Any]) -> dict[str, Any]:
    merged = dict(family)
    for key, value in outlet.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = {**merged[key], **value}
        else:
            merged[key] = value
    return merged


def load_profile(path: Path, families_dir: Path | None = None) -> Profile:
    """Load and validate one profile file, resolving ``extends``."""
    raw = _read_toml(path)
    family_id = raw.pop("extends", None)
    if family_id is not None:
        family_path = (families_dir or path.parent / "families") / f"{family_id}.toml"
        if not family_path.exists():
            raise ProfileError(f"{path.name}: key 'extends': unknown family '{family_id}'")
        family_raw = _read_toml(family_path)
        try:
            _Family.model_validate(family_raw)
        except ValidationError as error:
            raise ProfileError(_validation_message(family_path, error)) from error
        family_raw.pop("id")
        family_raw.pop("name")
        raw = _merge(family_raw, raw)
        raw.setdefault("family", family_id)
    try:
        return Profile.model_validate(raw)
    except ValidationError as error:
        raise ProfileError(_validation_message(path, error)) from error


def _sites_dir() -> Path:
    return Path(str(resources.files("newsarchive") / "sites"))


@cache
def registry() -> dict[str, Profile]:
    """Every bundled profile by id, plus the ``generic`` profile."""
    profiles: dict[str, Profile] = {}
    for path in sorted(_sites_dir().glob("*.toml")):
        profile = load_profile(path)
        if profile.id != path.stem:
            raise ProfileError(f"{path.name}: key 'id': '{profile.id}' differs from file name")
        profiles[profile.id] = profile
    return profiles


_filled: dict[int, tuple[Profile, Profile]] = {}


def with_generic_fallbacks(profile: Profile) -> Profile:
    """The profile with the generic selectors after its own in every list: when an
    outlet's selectors find nothing (a redesign, a template of the site they were not
    written for), the common conventions still get their chance.

    Computed once per profile object (the cache keeps the object alive, so its id stays
    its own).
    """
    cached = _filled.get(id(profile))
    if cached is not None:
        return cached[1]
    generic = registry().get("generic")
    filled = profile
    if generic is not None and profile.id != generic.id:
        lists = {name: _then_generic(value, getattr(generic.selectors, name))
                 for name, value in profile.selectors}
        filled = profile.model_copy(update={"selectors": Selectors(**lists)})
    _filled[id(profile)] = (profile, filled)
    return filled


def _then_generic(own: list[str], generic: list[str]) -> list[str]:
    return [*own, *(selector for selector in generic if selector not in own)]


_versioned: dict[tuple[int, int], tuple[Profile, Profile]] = {}


def as_version(profile: Profile, index: int) -> Profile:
    """``profile`` with version ``index``'s selectors and dates (made once per profile
    object and version, like :func:`with_generic_fallbacks`)."""
    cached = _versioned.get((id(profile), index))
    if cached is not None:
        return cached[1]
    version = profile.versions[index]
    lists = {name: getattr(version.selectors, name) or value
             for name, value in profile.selectors}
    made = profile.model_copy(update={"selectors": Selectors(**lists),
                                      "dates": version.dates or profile.dates})
    _versioned[(id(profile), index)] = (profile, made)
    return made


def get_profile(site_id: str) -> Profile:
    try:
        return registry()[site_id]
    except KeyError:
        raise ProfileError(f"unknown site '{site_id}' (see `newsarchive sites`)") from None


@cache
def _domain_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for profile in registry().values():
        for domain in profile.all_domains():
            index[bare_host(domain)] = profile.id
    return index


def profile_for_host(host: str) -> Profile:
    """The profile owning ``host`` (current or legacy domain), else the generic one."""
    host = bare_host(host)
    index = _domain_index()
    parts = host.split(".")
    for start in range(len(parts) - 1):
        site_id = index.get(".".join(parts[start:]))
        if site_id is not None:
            return registry()[site_id]
    return registry()["generic"]
