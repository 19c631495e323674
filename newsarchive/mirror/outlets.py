"""Which outlet a mirrored site stands for: real domain, name, province and CMS family.

The domain comes from the site's profile (``newsarchive/sites/<id>.toml``), else from
``sites.tsv`` in the shared folder. The family decides the template the mirror serves.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from newsarchive.errors import ProfileError
from newsarchive.evaluation import default_shared
from newsarchive.sites import load_profile

FAMILIES = ("mcms", "baocantho", "onecms", "fpt", "generic", "k2", "drupal")
_FAMILY_OF = {
    "baolaocai": "mcms",
    "nhandan": "mcms",
    "tienphong": "mcms",
    "vietnamplus": "mcms",
    "plo": "mcms",
    "baocantho": "baocantho",
    "hanoimoi": "onecms",
    "vnexpress": "fpt",
    # Outlets without a profile, served in CMS families only the generic path reads.
    "baohungyen": "k2",
    "baodienbienphu": "drupal",
}
# Outlet markers that open the lead, and article-URL endings other than ".html".
_MARKERS = {"tienphong": "TPO - ", "plo": "(PLO)- ", "baocantho": "(CTO) - "}
_EXTENSIONS = {"tienphong": ".tpo", "vietnamplus": ".vnp"}
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


def family_of(site_id: str) -> str:
    return _FAMILY_OF.get(site_id, "generic")


def outlet(site_id: str, shared_dir: Path | None = None) -> Outlet:
    """The outlet for ``site_id``; :class:`ProfileError` when no source knows it."""
    found = _from_profile(site_id) or _from_tsv(site_id, shared_dir or default_shared())
    if found is None:
        raise ProfileError(f"mirror: unknown site '{site_id}' (no profile, no sites.tsv row)")
    domain, name, province = found
    return Outlet(
        id=site_id,
        name=name,
        domain=domain,
        province=province,
        family=family_of(site_id),
        marker=_MARKERS.get(site_id, ""),
        extension=_EXTENSIONS.get(site_id, ".html"),
    )


def _profile_path(site_id: str) -> Path:
    return Path(str(resources.files("newsarchive") / "sites" / f"{site_id}.toml"))


def _from_profile(site_id: str) -> tuple[str, str, str | None] | None:
    path = _profile_path(site_id)
    if not path.exists():
        return None
    profile = load_profile(path)
    if not profile.domains:
        return None
    return profile.domains[0], profile.name, profile.province


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
