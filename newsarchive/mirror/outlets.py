"""Which outlet a mirrored site stands for: real domain, name, province and CMS family.

Every fact comes from the site's profile (``newsarchive/sites/<id>.toml``); an outlet
without one is looked up in ``sites.tsv`` in the shared folder and served with the
generic template. The family decides the template the mirror serves: the profile's
family when the mirror has its template, else the generic one.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from newsarchive.config import default_shared
from newsarchive.errors import ProfileError
from newsarchive.sites import Profile, load_profile

FAMILIES = ("mcms", "baocantho", "onecms", "fpt", "generic", "k2", "drupal")
# Municipalities (their party committee is a "Thành ủy").
_CITIES = ("Hà Nội", "TP Hồ Chí Minh", "Cần Thơ", "Hải Phòng", "Đà Nẵng", "Huế")


@dataclass(frozen=True)
class Outlet:
    """A site as the mirror serves it."""

    id: str
    name: str
    domain: str
    province: str | None
    family: str
    marker: str = ""
    extension: str = ".html"

    @property
    def is_city(self) -> bool:
        return self.province in _CITIES

    def real_url(self, path: str, host_prefix: str = "") -> str:
        """The address of ``path`` on the outlet's real domain."""
        domain = self.domain.removeprefix("www.") if host_prefix else self.domain
        return f"https://{host_prefix}{domain}{path}"


_EXTENSION_RE = re.compile(r"\\(\.[a-z]+)\$$")
"""The ending of a profile's article-URL pattern (``-post\\d+\\.tpo$`` → ``.tpo``)."""


def outlet(site_id: str, shared_dir: Path | None = None) -> Outlet:
    """The outlet for ``site_id``; :class:`ProfileError` when no source knows it."""
    profile = _profile(site_id)
    if profile is not None and profile.domains:
        return _from_profile(profile)
    found = _from_tsv(site_id, shared_dir or default_shared())
    if found is None:
        raise ProfileError(f"mirror: unknown site '{site_id}' (no profile, no sites.tsv row)")
    domain, name, province = found
    return Outlet(id=site_id, name=name, domain=domain, province=province, family="generic")


def _profile(site_id: str) -> Profile | None:
    path = Path(str(resources.files("newsarchive") / "sites" / f"{site_id}.toml"))
    return load_profile(path) if path.exists() else None


def _from_profile(profile: Profile) -> Outlet:
    family = profile.family if profile.family in FAMILIES else "generic"
    ending = _EXTENSION_RE.search(profile.discovery.article_url or "")
    return Outlet(
        id=profile.id,
        name=profile.name,
        domain=profile.domains[0],
        province=profile.province,
        family=family or "generic",
        marker=profile.lead_marker or "",
        extension=ending.group(1) if ending else ".html",
    )


def _from_tsv(site_id: str, shared_dir: Path) -> tuple[str, str, str | None] | None:
    path = shared_dir / "sites.tsv"
    if not path.exists():
        return None
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if row.get("id") == site_id:
                domain = (row.get("current_domains") or "").split(";")[0].strip()
                return (
                    (domain, row.get("outlet") or site_id, row.get("province")) if domain else None
                )
    return None
