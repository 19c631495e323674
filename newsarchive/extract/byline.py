"""Credit lines → authors, source agency and photo credit.

Handles the real forms: ``Tin, ảnh: P.Y``, ``Bài và ảnh: A - B``, a lone bold name,
names in capitals, ``Theo TTXVN``, ``(TTXVN/Vietnam+)``, ``(Theo Báo Nhân Dân)``,
``Nguồn: …`` and ``Ảnh: …``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from newsarchive.text import clean_line, fold

_LABEL = re.compile(
    r"^(?:(?:bài|tin|thực hiện|nhóm thực hiện|ghi chép|nhóm pv|nhóm phóng viên|tác giả|"
    r"văn bản|đồ họa|trình bày|nội dung|phóng sự|ký sự|tường thuật|tin và ảnh|ảnh, bài|"
    r"bài và ảnh|bài, ảnh|tin, ảnh|tin - ảnh|bài - ảnh|bài & ảnh|tin & ảnh|bài/ảnh|tin/ảnh|"
    r"bài và clip|bài, video|bài và video|tin, video|tin và video|tin - video|tin/video|"
    r"lược dịch|biên dịch|chuyển ngữ)\s*:\s*)+",
    re.IGNORECASE,
)
_DEGREE = r"(?:P?GS|TSKH|TS|ThS|Ths|BSCK(?:I{1,2}|[12])|BS|CK(?:I{1,2}|[12])|KS|DS|KTS|NCS)"
_DEGREES = rf"{_DEGREE}(?:\s*\.\s*{_DEGREE})*\.?"
"""A run of degrees before a name (``ThS.``, ``PGS.TS``, ``BS.CKII``, ``TS. BS``)."""
_DEGREE_COMMA = re.compile(rf"\b({_DEGREE})\s*,\s*(?={_DEGREE}\b)")
"""A comma inside a run of degrees (``PGS, TS``): no list of names."""
_NAME_ROLE = re.compile(
    r"^(?:PV|BTV|KTV|CTV|Phóng viên|Biên tập viên|Luật sư|LS\.?|Thạc sĩ|Tiến sĩ|Bác sĩ|Kỹ sư|"
    rf"{_DEGREES}|"
    r"(?:Đại|Thượng|Trung|Thiếu|Chuẩn) (?:tướng|tá|úy|uý))\s+")
"""A role written before one name of a list (``PV Minh Anh - BTV Thu Hà``), a signing
expert's profession or degree (``Luật sư Trần Minh Đức``, ``ThS. Trần Thị Hoa``), or an
officer's rank (``Trung tá Hồ Văn Dũng``)."""
_ROLE_LABEL = re.compile(
    r"^(?:(?:pv|btv|phóng viên|biên tập viên|biên tập|quay phim|kỹ thuật|dựng phim|camera)\s*:"
    r"|viết bởi\s|written by\s)\s*",
    re.IGNORECASE)
"""A radio or TV newsroom's role labels (``PV: Lê Hà; BTV: Minh Tuấn; Quay phim: Trung
Kiên``), and a CMS's
``Viết bởi``. An interview labels the interviewer's questions alike (``PV: Xin cảm ơn …``),
and a CMS may name an account (``Viết bởi admin``), so a line so labelled is a credit
only when names follow."""
_BY = re.compile(r"^(?:(?:đăng|viết|gửi)\s+)?bởi(?:\s+|$)|^(?:posted\s+|written\s+)?by(?:\s+|$)",
                 re.IGNORECASE)
_PHOTO = re.compile(r"^(?:ảnh|hình ảnh|photo)\s*:\s*(.+)$", re.IGNORECASE)
_SOURCE = re.compile(r"^(?:theo|nguồn)\s*:?\s+(.+?)\.?$", re.IGNORECASE)
_DOMAIN = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:vn|com|net|org)$", re.IGNORECASE)
"""An outlet credited by its address (``Theo baochinhphu.vn``)."""
_TEAM = re.compile(r"^nhóm\s+(?:pv|phóng viên|ctv|cộng tác viên|phóng viên - cộng tác viên)"
                   r"(?:\s+\w+(?:\s+\w+){0,3})?$", re.IGNORECASE)
"""A team credited as such, perhaps with its desk (``Nhóm PV Thời sự``)."""
_WEEKDAY = re.compile(r"^(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)$", re.IGNORECASE)
_WORK_NOTES = frozenset({"tổng hợp", "lược dịch", "biên dịch", "dịch", "thực hiện",
                         "tổng thuật", "lược thuật", "ghi", "ghi chép", "chuyển ngữ",
                         "biên soạn", "tổng hợp, biên dịch"})
_NOTE = re.compile(r"\s*\([^()]{1,40}\)\s*\.?$")
"""A note after the names, once an agency in parentheses has been read: what the person
did or where they work (``Hoàng Nam (thực hiện)``, ``Lê Phong (CTV)``, ``Trần Quang Vinh
(Bảo tàng tỉnh)``)."""
_FORMER = re.compile(r"\s+\(?cũ\)?$", re.IGNORECASE)
_PHOTO_AFTER_NAMES = re.compile(r"(?:\s+[-–—|]\s+|\s*[;,]\s*)(?=(?:ảnh|hình ảnh|photo)\s*:)",
                                re.IGNORECASE)
_CREDIT_AFTER_PHOTO = re.compile(r"\s*;\s*(?=[^;:]{2,20}:)")
"""Another labelled credit after a photo credit (``Ảnh: B; Đồ họa: C``)."""
_PARENTHESISED = re.compile(r"^\((.{2,40})\)\.?$")
_TRAILING_AGENCY = re.compile(r"^(.+?)\s*(?:\(([^()]{2,30})\)|/\s*([^()]{2,30}))\.?$")
"""Names and the agency they write for: ``Thanh Tâm (TTXVN)``, ``Hải Đăng/VOV``."""
_SPLIT = re.compile(r"\s+[-–—]\s+|\s*[,;]\s*|\s+và\s+|\s*&\s*", re.IGNORECASE)
_CREW_SEPARATOR = " / "
"""What separates a TV crew's labelled credits (``BTV: A / Quay phim: B``); without
labels, ``Hà Nội / TP Hồ Chí Minh`` names no one."""
_AGENCIES = ("ttxvn", "vietnam+", "vna", "ttxvn/vietnam+", "ttxva", "tts", "reuters", "afp",
             "ap", "xinhua", "ttxvn/vnp", "vov", "vtv", "tuổi trẻ", "thanh niên", "vnexpress",
             "tân hoa xã", "kyodo", "yonhap", "tass", "sputnik", "ria novosti", "bernama",
             "antara", "dpa", "efe", "ansa", "prensa latina", "kpl", "akp", "bbc", "cnn")
_REGIONAL_AGENCIES = ("ttxvn", "vov", "vtv")
"""Agencies with regional offices credited by region, its words capitalised (``VOV-Tây
Bắc``, ``VOV Tây Nguyên``, ``VTV Huế``, ``VOV-TP.HCM``)."""
_NOT_PEOPLE = frozenset({"admin", "administrator", "super user", "superuser", "bbt",
                         "ban biên tập", "biên tập", "quản trị viên", "tòa soạn",
                         "ban điện tử"})
"""CMS accounts, the editorial board and desks (``Viết bởi Biên Tập``). A reporter
credited by the job's initials (``PV``, ``CTV``) or a team (``NHÓM PV``) is credited as
written, as initials are."""
_BODY_WORDS = frozenset({
    "sở", "ban", "văn phòng", "ủy ban", "ubnd", "hđnd", "hội", "hội đồng", "phòng",
    "trung tâm", "công ty", "bộ", "cục", "chi cục", "viện", "bệnh viện", "tỉnh ủy",
    "huyện ủy", "thành ủy", "đảng ủy", "liên đoàn", "mặt trận", "tòa án", "công an",
    "gia đình", "báo", "đài", "tạp chí", "phát thanh", "truyền hình", "đoàn luật",
})
"""First words of a body's name: a notice signed by its issuer (``SỞ XÂY DỰNG …``), an
obituary by its committee or family (``BAN TANG LỄ``), a footer's masthead (``BÁO, PHÁT
THANH, TRUYỀN HÌNH …``) names no author."""
_OUTLET_PREFIXES = ("ttxvn", "báo ", "tạp chí ", "đài ", "cổng thông tin", "trang tin",
                    "trang thông tin")
_NOT_OUTLETS = ("báo cáo", "báo chí")
"""Words opening like an outlet's name that are none: a report a figure is taken from
(``Nguồn: Báo cáo của Sở Tài chính``), the press."""
_DASHED = re.compile(r"\s[-–—]\s")
"""A dash between two credits (``BAN TUYÊN GIÁO - MINH ANH``)."""
_HOST_WORDS = frozenset({"www", "m", "vn", "com", "org", "net", "gov", "edu", "info"})
"""Parts of an address that name no outlet."""
_DATE_AFTER_NAMES = re.compile(
    r"(?:\s*[|·•,]\s*|\s+[-–]\s+|\s+)(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)\b"
    r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}[:h]\d{2}\b|ngày\s+\d|cập nhật(?=\s*:|\D*\d)"
    r"|(?:vào\s+)?lúc\s+(?=\d)|vào\s+(?=\d))",
    re.IGNORECASE)
"""Where the time printed after the names on a header's credit line begins, with the word
that ties it to them (``Đăng bởi Kim Liên lúc 16:05, 21/04/2025``); ``cập nhật`` only
before the time it stamps, in figures or after a colon (``Đang cập nhật.`` is a notice,
not a name and a time)."""
_ROLE = re.compile(r"^(?:phóng viên|biên tập viên|tác giả|người viết|nhà báo)\s+(?=\w)",
                   re.IGNORECASE)
"""A job written before the names without a colon (``Phóng viên Vũ Ngọc Anh``)."""
MAX_BYLINE_CHARS = 60
MAX_OUTLET_WORDS = 16
MAX_REGION_WORDS = 5
"""An agency's name with its region (``TTXVN Đồng bằng sông Cửu Long``) at most."""


@dataclass
class Byline:
    authors: list[str] = field(default_factory=list)
    source: str | None = None
    photo_credit: str | None = None
    raw_lines: list[str] = field(default_factory=list)

    @property
    def raw(self) -> str | None:
        return " | ".join(self.raw_lines) if self.raw_lines else None


def _outlet_name(source: str) -> str:
    """The outlet without the mark of a merged province's former paper:
    ``Báo Nam Định cũ`` → ``Báo Nam Định``."""
    return _FORMER.sub("", source) or source


def _strip_punctuation(text: str) -> str:
    return text.strip(" .:;,-–—|/()\"'")


def _is_work_note(text: str) -> bool:
    """What the credited people did, on a line of its own: ``(Tổng hợp)``."""
    return fold(text).strip(" .") in _WORK_NOTES


def _credited_outlet(text: str) -> str | None:
    """The agency or outlet a trailing parenthesis credits: ``(TTXVN)``, ``(Theo
    Reuters)``, ``(Nguồn: AFP)``."""
    source = _source_line(text)
    name = _strip_punctuation(source.group(1)) if source else text.strip()
    return name if source or _is_agency(name) else None


def _names_and_agency(line: str) -> tuple[str, str | None]:
    """The names before a trailing agency, and the agency (``Thanh Tâm (TTXVN)``, ``Hải
    Đăng/VOV``); the line itself and None when it credits none. Two agencies joined by a
    slash (``TTXVN/Vietnam+``) are one source, not a name and its agency."""
    agency = _TRAILING_AGENCY.match(line)
    if agency is None:
        return line, None
    names, credited = agency.group(1), agency.group(2) or agency.group(3)
    if agency.group(3) and _is_agency(names):
        return line, None
    outlet = _credited_outlet(credited)
    return (names, outlet) if outlet else (line, None)


def _source_line(line: str) -> re.Match[str] | None:
    """``Theo TTXVN``, ``Nguồn: Báo X``: a source names a proper name (``Theo dõi``,
    a follow button, names none)."""
    source = _SOURCE.match(line)
    named = source and (any(c.isupper() for c in source.group(1))
                        or _DOMAIN.match(source.group(1)))
    return source if named else None


def names_only(line: str) -> bool:
    """A line of up to four people's names and nothing else: each of two words or more,
    or in capitals (``Ngọc Trâm - Hoàng Linh``, ``T.H``); not ``Facebook``."""
    names = split_names(line) if len(line) <= MAX_BYLINE_CHARS else []
    return 0 < len(names) <= 4 and all(
        _looks_like_name(name) and (" " in name or name.isupper()) for name in names)


def is_source_credit(line: str) -> bool:
    """A short ``Theo …``/``Nguồn: …`` line naming an agency or an outlet."""
    source = _source_line(line) if len(line) <= MAX_BYLINE_CHARS else None
    return source is not None and _is_agency(_strip_punctuation(source.group(1)))


def marked_source(marker: str, host: str) -> str | None:
    """The source a lead's opening marker credits: an agency (``TTXVN``) or another
    outlet (``Baotintuc.vn`` on baobaclieu.vn); the page's own marker (``CTO``, ``(Báo
    Hải Phòng)`` on baohaiphong.vn) credits nobody."""
    squashed = _ascii(marker)
    if squashed.removesuffix(".vn") in _ascii(host):
        return None
    domain = fold(marker)
    other_site = "." in domain and " " not in domain
    return marker if other_site or _is_agency(marker) else None


def names_own_site(source: str, host: str, outlets: Iterable[str] = ()) -> bool:
    """Whether a credited source is the page's own outlet: a name the outlet goes by
    (folded ``outlets``), or a name one part of the site's address spells, ``điện tử``
    aside and, but on a government portal, ``Báo`` too (``Báo Thái Nguyên điện tử`` on
    m.baothainguyen.vn, ``Báo Hànộimới`` on hanoimoi.vn; not ``Báo Lao động Thủ đô`` on
    laodong.vn, nor ``Báo Nghệ An`` on nghean.gov.vn)."""
    key = fold(source).removeprefix("báo ")
    if any(key == outlet.removeprefix("báo ") for outlet in outlets):
        return True
    address = _ascii(source)
    if _DOMAIN.match(address):  # ``baohatinh.vn``, ``www.baohatinh.com.vn``
        address = address.removeprefix("www.").split(".")[0]
    name = address.replace(".", "").removesuffix("dientu").removesuffix("online")
    parts = _ascii(host).split(".")
    labels = [label for label in parts if label and label not in _HOST_WORDS]
    names = {name} if "gov" in parts else {name, name.removeprefix("bao")}
    return any(label in names for label in labels)


def _ascii(text: str) -> str:
    """Lower-case letters and digits without tone marks: ``Báo Hải Phòng`` → ``baohaiphong``."""
    bare = unicodedata.normalize("NFD", fold(text).replace("đ", "d"))
    return "".join(c for c in bare if c.isascii() and (c.isalnum() or c == "."))


def _is_agency(text: str) -> bool:
    """An agency or another outlet credited as the source (``TTXVN``, ``Báo Nhân Dân``),
    not a sentence that names one (an author's bio: ``Báo Lai Châu. Theo dõi mảng …``)."""
    key = fold(text).strip(". ")
    agency, *region = re.split(r"\s*[-–]\s*|\s+", text.strip(". "), maxsplit=1)
    regional = fold(agency) in _REGIONAL_AGENCIES and len(key.split()) <= MAX_REGION_WORDS \
        and all(word[:1].isupper() and word.replace(".", "").isalpha()
                for word in " ".join(region).split())
    return key in _AGENCIES or regional or bool(_DOMAIN.match(key)) \
        or (key.startswith(_OUTLET_PREFIXES) and ". " not in key
                                and not any(key == word or key.startswith(f"{word} ")
                                            for word in _NOT_OUTLETS)
                                and len(key.split()) <= MAX_OUTLET_WORDS)


def _photo_credit_apart(line: str) -> tuple[str, str | None]:
    """``Bài: A - Ảnh: B`` → (``Bài: A``, ``Ảnh: B``): a photo credit after the names
    (after `` - ``, `` | `` or ``;``).
    Combined labels (``Bài và ảnh:``, ``Bài - ảnh:``) open the line and are passed over."""
    label = _LABEL.match(line)
    after = _PHOTO_AFTER_NAMES.search(line, label.end() if label else 0)
    if after is None or not line[:after.start()].strip():
        return line, None
    return line[:after.start()], line[after.end():]


def _unwrapped_source(line: str) -> str:
    """``(Theo Báo Nhân Dân)`` → ``Theo Báo Nhân Dân``: a source line in parentheses."""
    wrapped = _PARENTHESISED.match(line)
    return wrapped.group(1) if wrapped and _source_line(wrapped.group(1)) else line


def credits_author_and_outlet(line: str) -> bool:
    """Whether a line names people and the outlet or agency they write for
    (``Minh Phong - Báo Quân đội nhân dân``)."""
    parts = split_names(line)
    outlets = [part for part in parts if _is_agency(part)]
    people = [part for part in parts if part not in outlets]
    return bool(outlets) and bool(people) and all(_looks_like_name(name) for name in people)


def split_names(text: str) -> list[str]:
    """``A - B``, ``A, B``, ``A và B`` → names, without labels, role notes
    (``(thực hiện)``) or punctuation."""
    text = _NOTE.sub("", _LABEL.sub("", _BY.sub("", without_date(clean_line(text)))))
    role = _ROLE.match(text)
    if role and text[role.end():role.end() + 1].isupper():
        text = text[role.end():]
    if ":" in text:
        text = text.replace(_CREW_SEPARATOR, " - ")
    names = [_strip_punctuation(_without_role(_ROLE_LABEL.sub("", _LABEL.sub("", part))))
             for part in _SPLIT.split(_DEGREE_COMMA.sub(r"\1.", text))]
    return [name for name in names if name]


def _without_role(name: str) -> str:
    """``PV Minh Anh`` → ``Minh Anh``: a newsroom role before a name, without a colon."""
    role = _NAME_ROLE.match(name)
    return name[role.end():] if role and name[role.end():role.end() + 1].isupper() else name


def without_date(line: str) -> str:
    """A credit line without the time printed after its names (``Minh Tuấn | Chủ nhật,
    07/12/2025 - 09:15`` → ``Minh Tuấn``)."""
    date = _DATE_AFTER_NAMES.search(line)
    return line[:date.start()] if date and date.start() > 0 else line


def dated_names(line: str) -> list[str]:
    """The names a header line prints before its time (``Minh Tuấn - Quang Hưng |
    07/12/2025 09:15``), or none: a line of names and a time is the article's byline
    (``Đăng ngày …`` names nobody)."""
    names = without_date(line)
    return split_names(names) if names != line and names_only(names) else []


def _is_no_person(name: str, outlet_names: Iterable[str]) -> bool:
    """A CMS account, the editorial board, the outlet itself, or a body signing in
    capitals (``SỞ XÂY DỰNG …``; ``Ban Mai`` may be a pen name)."""
    key = fold(name)
    return key in _NOT_PEOPLE or any(key == fold(outlet) for outlet in outlet_names) \
        or (name.isupper() and _opens_with_body(key))


def read_line(line: str, byline: Byline, outlet_names: Iterable[str] = ()) -> None:
    """Fold one credit line into ``byline``."""
    line = clean_line(line)
    byline.raw_lines.append(line)
    names, photo_credit = _photo_credit_apart(_unwrapped_source(line))
    others: list[str] = []
    if photo_credit is not None:
        photo_credit, *others = _CREDIT_AFTER_PHOTO.split(photo_credit, maxsplit=1)
        _read_credit(photo_credit, byline, outlet_names)
    for credit in (names, *others):
        _read_credit(credit, byline, outlet_names)


def _read_credit(line: str, byline: Byline, outlet_names: Iterable[str]) -> None:
    """One credit: a photo credit, a source, or names (with an agency after them)."""
    photo = _PHOTO.match(line)
    if photo:
        byline.photo_credit = _strip_punctuation(photo.group(1))
        return
    wrapped = _PARENTHESISED.match(line)
    if wrapped and _is_work_note(wrapped.group(1)):
        return
    source = _source_line(line) or wrapped
    if source:
        byline.source = _outlet_name(_strip_punctuation(source.group(1)))
        return
    names, outlet = _names_and_agency(line)
    if outlet:
        byline.source = _outlet_name(outlet)
    if _is_no_person(names, outlet_names) and not _DASHED.search(names):
        names = _after_body_name(names)  # ``SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH …``
    for name in split_names(names):
        if _is_no_person(name, outlet_names):
            continue
        if _is_agency(name):
            byline.source = byline.source or _outlet_name(name)
        elif name not in byline.authors and _looks_like_name(name):
            byline.authors.append(name)


def _after_body_name(line: str) -> str:
    """What follows a body's name in capitals opening ``line``: the parts after its
    commas that go on with ``VÀ`` are its own (``SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH``), the
    next ones a person signing with it (``BAN TUYÊN GIÁO …, THANH HÀ``)."""
    parts = line.split(",")
    own = 1
    while own < len(parts) and " VÀ " in f" {parts[own].strip()} ":
        own += 1
    return ",".join(parts[own:])


def parse_byline(lines: Iterable[str], outlet_names: Iterable[str] = ()) -> Byline:
    byline = Byline()
    outlets = list(outlet_names)
    for line in lines:
        if clean_line(line):
            read_line(line, byline, outlets)
    return byline



def is_photo_credit(line: str) -> bool:
    """A short ``Ảnh: …`` line."""
    return len(line) <= MAX_BYLINE_CHARS and bool(_PHOTO.match(line))


def starts_with_label(text: str) -> bool:
    return bool(_LABEL.match(text) or _ROLE_LABEL.match(text))


def is_labelled_credit(line: str) -> bool:
    """A short line opening with a credit label (``Bài và ảnh:``, ``Tác giả:``), or with
    a role label (``PV:``) and names."""
    if len(line) > MAX_BYLINE_CHARS:
        return False
    names = split_names(line)
    if _LABEL.match(line):
        return bool(names)
    return bool(_ROLE_LABEL.match(line)) and bool(names) and all(map(_looks_like_name, names))


def looks_like_credit(line: str) -> bool:
    """Whether a short line reads as a credit (label, source, photo credit, or names and
    the outlets or agencies they write for)."""
    line = clean_line(line)
    if not line or len(line) > MAX_BYLINE_CHARS:
        return False
    if _LABEL.match(line) or _PHOTO.match(line) or _source_line(line):
        return True
    wrapped = _PARENTHESISED.match(line)
    if wrapped:
        return _is_agency(wrapped.group(1)) or bool(_source_line(wrapped.group(1))) \
            or _is_work_note(wrapped.group(1))
    names = split_names(_NOTE.sub("", _names_and_agency(line)[0]))
    if len(names) > 1 and _is_affiliation(names[-1]):
        names.pop()  # ``Nguyễn Thị Bé Ba - Hội Nông dân huyện Cao Lãnh``
    if not names or len(names) > 4:
        return False
    return all(_looks_like_name(name) or _is_agency(name) for name in names)


def _is_affiliation(part: str) -> bool:
    """The body a signing author works for, named after the names: ``Hội Nông dân huyện
    …``, ``Trung tâm Y tế …``."""
    key = fold(part)
    return part[:1].isupper() and " " in key and _opens_with_body(key)


def _opens_with_body(key: str) -> bool:
    """Whether a folded name opens with a body's first word or two (``sở``, ``hội
    đồng``)."""
    words = key.split(" ", 2)
    return words[0] in _BODY_WORDS or " ".join(words[:2]) in _BODY_WORDS


def _is_team(name: str) -> bool:
    """A reporting team credited as such (``Nhóm phóng viên``, ``NHÓM PV``)."""
    return bool(_TEAM.match(name))


def _looks_like_name(name: str) -> bool:
    if _is_team(name):
        return True
    if _WEEKDAY.match(name):
        return False
    words = name.split()
    if not 1 <= len(words) <= 5 or name.endswith(("!", "?")):
        return False
    return all(word[0].isupper() and not any(ch.isdigit() for ch in word) for word in words)
