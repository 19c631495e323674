"""The outlet registry: bundled profiles agree with sites.tsv and resolve hosts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from gates import shared_missing

from newsarchive.config import default_shared
from newsarchive.errors import ProfileError
from newsarchive.sites import Discovery, Profile, Selectors, load_profile, profile_for_host
from newsarchive.sites.table import format_table, rows

REPO = Path(__file__).resolve().parent.parent
CASES = Path(__file__).parent / "cases"
SITES_DIR = REPO / "newsarchive" / "sites"
PROFILE_PATHS = sorted(SITES_DIR.glob("*.toml"))
HOSTNAME = re.compile(r"^(?!www\.)[a-z0-9-]+(\.[a-z0-9-]+)+$")


@dataclass(frozen=True)
class TsvRow:
    id: str
    province: str
    domains: list[str]
    legacy: dict[str, str]


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(";") if part.strip()]


def _tsv_rows() -> list[TsvRow]:
    path = default_shared() / "sites.tsv"
    if not path.exists():
        return []
    result = []
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        cells = line.split("\t")
        legacy = dict(item.split("=", 1) for item in _split(cells[4]))
        legacy = {domain.strip(): province.strip() for domain, province in legacy.items()}
        result.append(TsvRow(cells[0], cells[1], _split(cells[3]), legacy))
    return result


TSV_ROWS = _tsv_rows()


def _profiles() -> dict[str, Profile]:
    return {path.stem: load_profile(path) for path in PROFILE_PATHS}


def _profile_path(site_id: str) -> Path:
    path = SITES_DIR / f"{site_id}.toml"
    if not path.exists():
        pytest.fail(f"sites.tsv row '{site_id}' has no profile {path.name}")
    return path


def test_sites_tsv_is_available() -> None:
    if not TSV_ROWS:
        shared_missing(f"sites.tsv not found under {default_shared()} (set NEWSARCHIVE_SHARED)")
    assert len(TSV_ROWS) == 34


@pytest.mark.parametrize("row", TSV_ROWS, ids=[row.id for row in TSV_ROWS])
def test_profile_matches_sites_tsv(row: TsvRow) -> None:
    profile = load_profile(_profile_path(row.id))
    assert profile.id == row.id
    assert profile.province == row.province
    assert profile.domains == row.domains
    assert profile.legacy_domains == row.legacy


@pytest.mark.parametrize("path", PROFILE_PATHS, ids=[path.stem for path in PROFILE_PATHS])
def test_bundled_profile_loads(path: Path) -> None:
    profile = load_profile(path)
    assert profile.id == path.stem
    assert profile.name
    for domain in profile.all_domains():
        assert HOSTNAME.match(domain), f"{path.name}: '{domain}' is not a bare host name"


def test_unverified_profiles_carry_no_guesses() -> None:
    """Selectors only from a proven page, or from a CMS family the profile names, with a
    fixture written in that family's template."""
    unverified = [
        profile for profile in _profiles().values()
        if not profile.verified and profile.id != "generic"
    ]
    assert unverified
    for profile in unverified:
        if profile.selectors != Selectors():
            assert profile.family and (CASES / profile.id).is_dir(), \
                f"{profile.id}: selectors of an unverified profile come from a family, " \
                "with a fixture in its template"
        assert profile.discovery.feeds == [], profile.id
        assert profile.discovery.article_url is None, profile.id
        assert profile.discovery.home == f"https://{profile.domains[0]}/", profile.id


def test_no_domain_is_owned_by_two_outlets() -> None:
    owners: dict[str, list[str]] = {}
    for profile in _profiles().values():
        for domain in profile.all_domains():
            owners.setdefault(domain.lower(), []).append(profile.id)
    shared = {domain: ids for domain, ids in owners.items() if len(ids) > 1}
    assert not shared, f"domains listed more than once: {shared}"


def test_mistyped_key_names_file_and_key(tmp_path: Path) -> None:
    path = tmp_path / "sample.toml"
    path.write_text('id = "sample"\nname = "Sample"\n\n[selctors]\nheadline = ["h1"]\n')
    with pytest.raises(ProfileError, match=r"sample\.toml.*'selctors'"):
        load_profile(path)


def test_mistyped_nested_key_names_its_path(tmp_path: Path) -> None:
    path = tmp_path / "nested.toml"
    path.write_text('id = "nested"\nname = "Nested"\n\n[discovery]\nhomepage = "https://x.vn/"\n')
    with pytest.raises(ProfileError, match=r"nested\.toml.*'discovery\.homepage'"):
        load_profile(path)


def test_unknown_family_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "orphan.toml"
    path.write_text('id = "orphan"\nname = "Orphan"\nextends = "no-such-cms"\n')
    with pytest.raises(ProfileError, match=r"orphan\.toml.*no-such-cms"):
        load_profile(path, families_dir=tmp_path / "families")


def test_legacy_domain_gives_pre_merger_province_on_baolaocai() -> None:
    profile = load_profile(SITES_DIR / "baolaocai.toml")
    assert profile.province_for("baoyenbai.com.vn") == "Yên Bái"
    assert profile.province_for("www.baoyenbai.com.vn") == "Yên Bái"
    assert profile.province_for("baolaocai.vn") == "Lào Cai"


def test_province_for_legacy_and_current_hosts() -> None:
    profile = load_profile(_profile_path("baothainguyen"))
    assert profile.province_for("baobackan.org.vn") == "Bắc Kạn"
    assert profile.province_for("WWW.BAOBACKAN.VN:443") == "Bắc Kạn"
    assert profile.province_for("baothainguyen.vn") == "Thái Nguyên"


@pytest.mark.parametrize(
    ("host", "site_id"),
    [
        ("baohagiang.vn", "baotuyenquang"),
        ("www.baobacgiang.com.vn", "baobacninhtv"),
        ("m.baonghean.vn", "baonghean"),
        ("www.baoquangninh.vn", "baoquangninh"),
        ("dongkhoi.baovinhlong.vn", "baovinhlong"),
        ("baotravinh.vn", "baovinhlong"),
    ],
)
def test_profile_for_host_resolves_outlet(host: str, site_id: str) -> None:
    assert profile_for_host(host).id == site_id


def test_rows_hold_current_then_legacy_domains() -> None:
    [row] = rows([load_profile(_profile_path("baocamau"))])
    assert row == {
        "id": "baocamau",
        "name": "Báo Cà Mau (+Bạc Liêu)",
        "province": "Cà Mau",
        "domains": ["baocamau.vn", "baocamau.com.vn", "baobaclieu.vn"],
        "verified": False,
        "family": None,
        "national": False,
    }


def test_listing_table_names_every_outlet_within_120_columns() -> None:
    profiles = _profiles()
    table = format_table(rows(profiles.values()))
    lines = table.splitlines()
    first_cells = {line.split()[0] for line in lines[1:] if not line.startswith(" ")}
    assert first_cells == set(profiles)
    assert max(len(line) for line in lines) <= 120
    words = set(table.replace(",", " ").split())
    for profile in profiles.values():
        assert set(profile.all_domains()) <= words, profile.id


def test_listing_cuts_long_names_and_wraps_long_domain_lists() -> None:
    profile = Profile(
        id="longone",
        name="Báo Thử Nghiệm Có Một Cái Tên Rất Dài Để Kiểm Tra Cắt Ngắn",
        province="Hà Nội",
        domains=[f"site{index}.example.vn" for index in range(8)],
        discovery=Discovery(home="https://site0.example.vn/"),
    )
    lines = format_table(rows([profile]), width=100).splitlines()
    assert len(lines) > 2
    assert "…" in lines[1]
    assert max(len(line) for line in lines) <= 100
    assert all(f"site{index}.example.vn" in "\n".join(lines) for index in range(8))


def test_unknown_host_falls_back_to_generic() -> None:
    assert profile_for_host("tin.example.invalid").id == "generic"
