"""The outlet registry as rows and as a plain-text table (``newsarchive sites``)."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence

from newsarchive.sites import Profile

Row = dict[str, object]

_HEADERS = ("ID", "PROVINCE", "OUTLET", "VERIFIED", "FAMILY", "DOMAINS")
_GAP = "  "
_OUTLET_MAX = 32
_DOMAINS_MIN = 24


def rows(profiles: Iterable[Profile]) -> list[Row]:
    """One JSON-ready row per profile, sorted by id; domains are current, then legacy."""
    return [_row(profile) for profile in sorted(profiles, key=lambda p: p.id)]


def _row(profile: Profile) -> Row:
    return {
        "id": profile.id,
        "name": profile.name,
        "province": profile.province,
        "domains": profile.all_domains(),
        "verified": profile.verified,
        "family": profile.family,
        "national": profile.national,
    }


def format_table(table_rows: Sequence[Row], width: int = 120) -> str:
    """Aligned columns; long outlet names are cut with ``…``, domain lists wrap."""
    cells = [_fixed_cells(row) for row in table_rows]
    widths = [max([_width(h), *(_width(c[i]) for c in cells)]) for i, h in enumerate(_HEADERS[:-1])]
    indent = sum(widths) + len(_GAP) * len(widths)
    domains_width = max(_DOMAINS_MIN, width - indent)
    lines = [_line([*_HEADERS[:-1]], widths, _HEADERS[-1])]
    for row, fixed in zip(table_rows, cells, strict=True):
        wrapped = _wrap(_domains(row), domains_width)
        lines.append(_line(fixed, widths, wrapped[0]))
        lines.extend(" " * indent + more for more in wrapped[1:])
    return "\n".join(lines)


def _fixed_cells(row: Row) -> list[str]:
    province = row.get("province")
    if province is None:
        province = "(national)" if row.get("national") else "-"
    family = row.get("family")
    return [
        str(row["id"]),
        str(province),
        _truncate(str(row["name"]), _OUTLET_MAX),
        "yes" if row.get("verified") else "no",
        "-" if family is None else str(family),
    ]


def _domains(row: Row) -> list[str]:
    value = row.get("domains")
    return [str(domain) for domain in value] if isinstance(value, list) else []


def _line(fixed: list[str], widths: list[int], last: str) -> str:
    padded = [cell + " " * (size - _width(cell)) for cell, size in zip(fixed, widths, strict=True)]
    return (_GAP.join(padded) + _GAP + last).rstrip()


def _wrap(domains: list[str], width: int) -> list[str]:
    """Domains joined by ``, ``, broken between domains so no line exceeds ``width``."""
    lines: list[str] = []
    current = ""
    for index, domain in enumerate(domains):
        piece = domain + ("," if index < len(domains) - 1 else "")
        candidate = f"{current} {piece}" if current else piece
        if current and _width(candidate) > width:
            lines.append(current)
            candidate = piece
        current = candidate
    lines.append(current)
    return lines


def _truncate(text: str, limit: int) -> str:
    if _width(text) <= limit:
        return text
    kept = unicodedata.normalize("NFC", text)[: limit - 1].rstrip()
    return kept + "…"


def _width(text: str) -> int:
    """Terminal columns: combining marks take none."""
    return sum(0 if unicodedata.combining(char) else 1 for char in text)
