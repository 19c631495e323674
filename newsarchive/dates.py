"""Vietnamese publication dates: ISO, numeric meta values, visible text, lead openings.

Hand-written rules (compiled regexes) come first; dateparser is only a last fallback.
Every result is a :class:`FoundDate` in Vietnam time (+07:00). Nothing here reads the
system clock: a missing year comes from the caller (URL or page), never from today.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any, Literal
from urllib.parse import urlsplit

from dateparser.date import DateDataParser

Precision = Literal["day", "minute", "second"]
Order = Literal["dmy", "mdy"]

VN_TZ = timezone(timedelta(hours=7), "+07:00")
MIN_YEAR = 1990
MAX_YEAR = 2100


@dataclass(frozen=True)
class FoundDate:
    """A publication time in Vietnam time, with how precise the source text was."""

    value: datetime
    precision: Precision
    raw: str

    def __post_init__(self) -> None:
        if self.value.tzinfo is None:
            raise ValueError("FoundDate.value must be timezone-aware")
        object.__setattr__(self, "value", self.value.astimezone(VN_TZ))

    def iso(self) -> str:
        """``YYYY-MM-DDTHH:MM:SS+07:00`` (midnight for a date alone)."""
        return self.value.isoformat(timespec="seconds")


# --- building blocks -------------------------------------------------------------------

_TIME = (
    r"(?<![\d:])(?P<h>\d{1,2})"
    r"(?:\s?:\s?(?P<mi>\d{2})(?::(?P<s>\d{2}))?(?![\d:])"
    r"|\s?(?:h(?![^\W\d_])|giờ\b)(?:\s?(?P<mi2>\d{2})(?!\d)(?:\s?phút\b|['’′])?)?"
    r"|g(?P<mi3>\d{2})(?!\d))"
    r"(?:\s?(?P<ap>am|pm|sa|ch|sáng|trưa|chiều|tối)\b)?"
)
_OFFSET = (
    r"\s*\(?\s*(?:(?P<gmt>gmt|utc)(?:\s*(?P<gs>[+-])\s*(?P<gh>\d{1,2})(?::?(?P<gm>\d{2}))?"
    r"(?![\d:])|\b)|(?:(?P<os>[+-])(?P<oh>\d{2}):?(?P<om>\d{2})|(?P<z>z))\b)(?:\s*\))?"
)
"""A time's offset: ``GMT+7`` (a label run on after it, ``GMT+7Nghe bài viết``, is no
part of it), ``UTC``, ``+07:00``, ``Z``."""
_NUMERIC_DATE = r"(?P<a>\d{1,2})(?P<sep>\s?/\s?|[.\-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})"
_MONTH_NAMES = {"Một": 1, "Hai": 2, "Ba": 3, "Tư": 4, "Năm": 5, "Sáu": 6, "Bảy": 7, "Tám": 8,
                "Chín": 9, "Mười": 10, "Mười Một": 11, "Mười Hai": 12}
_MONTH_NAME = "|".join(sorted(_MONTH_NAMES, key=len, reverse=True))
_WORDED_DATE = (
    r"(?:ngày\s+)?(?P<wd>\d{1,2})\s+(?:(?:tháng|thg)\s+(?P<wm>\d{1,2})(?:\s*,\s*|\s+năm\s+)"
    rf"|(?-i:Tháng)\s+(?:(?P<wm2>\d{{1,2}})|(?P<wmn>(?-i:{_MONTH_NAME})))(?:\s*,\s*|\s+))"
    r"(?P<wy>\d{4})"
)
"""``12 tháng 3, 2025``, ``ngày 12 tháng 3 năm 2025``, ``12 Tháng 3 2025`` (Joomla's long
date, capitalised: in a sentence a number after ``tháng 6`` is a count, not a year);
``12 thg 3, 2025`` (the short form of Vietnamese medium dates); ``05 Tháng Mười Hai 2026``
(.NET's long date, the month named), ``16 Tháng Mười, 2025`` (a comma before the year)."""
_MONTH_FIRST_DATE = (
    rf"(?-i:Tháng)\s+(?:(?P<fm>\d{{1,2}})|(?P<fmn>(?-i:{_MONTH_NAME})))\s+(?P<fd>\d{{1,2}}),"
    rf"\s*(?P<fy>\d{{4}})"
)
"""WordPress's ``F j, Y`` in Vietnamese: ``Tháng Mười 21, 2026``, ``Tháng 10 21, 2026``."""
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
_MONTH_NUMBERS = {name[:length]: number for number, name in enumerate(_MONTHS, 1)
                  for length in (3, len(name))}
_MONTH = rf"(?:{'|'.join(sorted({*_MONTH_NUMBERS, 'sept'}, key=len, reverse=True))})\.?"
_ENGLISH_DATE = (
    rf"(?P<em>{_MONTH})\s+(?P<ed>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<ey>\d{{4}})"
    rf"|(?P<ed2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<em2>{_MONTH}),?\s+(?P<ey2>\d{{4}})"
)
"""An English edition's dates: ``July 15, 2025``, ``15 Jul 2025`` (a named month)."""

_FLAGS = re.IGNORECASE
_DATE_RE = re.compile(
    rf"(?<![\d/.])(?:{_NUMERIC_DATE}|{_WORDED_DATE}|{_MONTH_FIRST_DATE}|{_ENGLISH_DATE})"
    r"(?!\d|[/.]\d)", _FLAGS)
_TIME_AFTER_RE = re.compile(rf"\s*(?:[,\-–—|·•@]\s*)?(?:(?:vào\s+)?lúc|giờ\s*:)?\s*{_TIME}",
                            _FLAGS)
_WEEKDAY = r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|cn)"
_TIME_BEFORE_RE = re.compile(
    rf"{_TIME}\s*(?:[,\-–—|·•]\s*)?(?:{_WEEKDAY}\s*[,\-–—|·•]?\s*)?(?:ngày\s*)?$", _FLAGS
)
_OFFSET_RE = re.compile(_OFFSET, _FLAGS)

_ISO_RE = re.compile(
    r"(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})"
    r"(?:[T ](?P<h>\d{2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?:[.,](?P<f>\d{1,9}))?)?"
    r"\s*(?:(?P<z>z)|(?P<os>[+-])(?P<oh>\d{2})(?::?(?P<om>\d{2}))?)?)?",
    _FLAGS,
)
_NUMERIC_META_RE = re.compile(
    r"(?P<a>\d{1,2})(?P<sep>[/.\-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})"
    r"(?:[ T,]+(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?(?:\s?(?P<ap>am|pm)\b)?)?",
    _FLAGS,
)

_LEAD_MARKER = r"(?:\([^()\n]{1,40}\)\s*[-–—:]?\s*|[^\W_][\w.+]{0,24}\s*[-–—:]\s*)?"
_LEAD_WORD = (
    r"(?:rạng\s+)?(?:ngày|sáng|chiều|tối|trưa|đêm|khuya|hôm)"
    r"(?:\s+(?:sớm|muộn|tối|nay|qua|mai))?\s*\(?\s*(?:ngày\s+)?"
)
_LEAD_DATE = (
    r"(?:(?P<a>\d{1,2})(?P<sep>[/.\-])(?P<b>\d{1,2})(?:(?P=sep)(?P<y>\d{4}))?"
    r"|(?P<wd>\d{1,2})\s+tháng\s+(?P<wm>\d{1,2})(?:\s+năm\s+(?P<wy>\d{4}))?)"
    r"(?![\d/.\-]?\d)\)?"
)
_LEAD_RE = re.compile(rf"\s*{_LEAD_MARKER}{_LEAD_WORD}{_LEAD_DATE}", _FLAGS)

_URL_YEAR_RES = (
    re.compile(r"/(?P<y>\d{4})[/-](?P<mo>\d{1,2})(?:[/-](?P<d>\d{1,2}))?(?=/)"),
    re.compile(r"/(?P<y>\d{4})(?P<mo>\d{2})(?P<d>\d{2})?(?=/)"),
    re.compile(r"[-/_](?P<y>\d{4})(?P<mo>\d{2})(?P<d>\d{2})\d{6,9}(?=\D|$)"),
)


def _offset_minutes(m: re.Match[str]) -> int | None:
    """Minutes east of UTC from an _OFFSET_RE match; None if out of range."""
    if m.group("z"):
        return 0
    if m.group("gmt"):
        sign, hours, minutes = m.group("gs"), m.group("gh"), m.group("gm")
        if sign is None:
            return 0
    else:
        sign, hours, minutes = m.group("os"), m.group("oh"), m.group("om")
    total = int(hours) * 60 + int(minutes or 0)
    if int(hours) > 14 or int(minutes or 0) > 59:
        return None
    return -total if sign == "-" else total


def _hour_24(hour: int, marker: str | None) -> int | None:
    """Apply a 12-hour marker (AM/PM, SA/CH, or sáng/trưa/chiều/tối); None if impossible."""
    if marker is None:
        return hour if hour < 24 else None
    marker = marker.lower()
    if marker in ("am", "pm", "sa", "ch"):
        if not 1 <= hour <= 12:
            return None
        return (hour % 12) + (12 if marker in ("pm", "ch") else 0)
    if marker == "sáng":
        return hour if hour <= 12 else None
    afternoon = hour < 12 if marker != "trưa" else hour < 3
    return hour + 12 if afternoon else (hour if hour < 24 else None)


def _make(
    year: int, month: int, day: int, clock: tuple[int, int, int] = (0, 0, 0), offset: int = 420
) -> datetime | None:
    """A +07:00 datetime from parts read in a zone ``offset`` minutes east of UTC."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        local = datetime(year, month, day, *clock, tzinfo=timezone(timedelta(minutes=offset)))
    except ValueError:
        return None
    return local.astimezone(VN_TZ)


def _found(value: datetime | None, precision: Precision, raw: str) -> FoundDate | None:
    return None if value is None else FoundDate(value, precision, raw.strip())


# --- ISO and numeric meta values -------------------------------------------------------


def parse_iso(value: str) -> FoundDate | None:
    """ISO 8601 as found in JSON-LD, meta tags and ``<time datetime>``."""
    m = _ISO_RE.fullmatch(value.strip())
    if m is None:
        return None
    y, mo, d = int(m["y"]), int(m["mo"]), int(m["d"])
    if m["h"] is None:
        return _found(_make(y, mo, d), "day", value)
    offset = 420
    if m["z"]:
        offset = 0
    elif m["os"]:
        oh, om = int(m["oh"]), int(m["om"] or 0)
        if oh > 14 or om > 59:
            return None
        offset = (oh * 60 + om) * (-1 if m["os"] == "-" else 1)
    clock = (int(m["h"]), int(m["mi"]), int(m["s"] or 0))
    # ``:00`` is how a CMS writes a time it keeps to the minute, not a second it measured.
    measured = clock[2] or (m["f"] or "").strip("0")
    precision: Precision = "second" if measured else "minute"
    return _found(_make(y, mo, d, clock, offset), precision, value)


def parse_numeric(value: str, order: Order = "dmy") -> FoundDate | None:
    """A numeric meta value such as ``1/28/2026 6:52:01 AM`` (``order`` from the site profile)."""
    text = value.strip()
    m = _NUMERIC_META_RE.match(text)
    if m is None:
        return None
    offset, end = 420, m.end()
    om = _OFFSET_RE.match(text, end)
    if om is not None and m["h"] is not None:
        found_offset = _offset_minutes(om)
        if found_offset is None:
            return None
        offset, end = found_offset, om.end()
    if text[end:].strip():
        return None
    first, second = int(m["a"]), int(m["b"])
    day, month = (first, second) if order == "dmy" else (second, first)
    y = int(m["y"])
    if m["h"] is None:
        return _found(_make(y, month, day), "day", value)
    hour = _hour_24(int(m["h"]), m["ap"])
    if hour is None:
        return None
    clock = (hour, int(m["mi"]), int(m["s"] or 0))
    precision: Precision = "second" if clock[2] else "minute"
    return _found(_make(y, month, day, clock, offset), precision, value)


# --- visible text ----------------------------------------------------------------------


def _clock(m: re.Match[str]) -> tuple[tuple[int, int, int], Precision] | None:
    """(hour, minute, second) and precision from a _TIME match; None if impossible.

    A 12-hour marker that does not fit the hour (``15:30 Sa Pa``) is a neighbouring word.
    """
    hour = _hour_24(int(m["h"]), m["ap"])
    if hour is None and m["ap"] is not None:
        hour = _hour_24(int(m["h"]), None)
    minute = int(m["mi"] or m["mi2"] or m["mi3"] or 0)
    second = int(m["s"] or 0)
    if hour is None or minute > 59 or second > 59:
        return None
    return (hour, minute, second), ("second" if second else "minute")


def _adjacent_time(text: str, date: re.Match[str]) -> tuple[re.Match[str], int] | None:
    """A time right after the date, else right before it, with the end of the whole span."""
    after = _TIME_AFTER_RE.match(text, date.end())
    if after is not None:
        return after, after.end()
    start = max(0, date.start() - 40)
    before = _TIME_BEFORE_RE.search(text, start, date.start())
    if before is not None:
        return before, date.end()
    return None


def _date_parts(m: re.Match[str]) -> tuple[int, int, int]:
    if m["y"] is not None:
        day, month = int(m["a"]), int(m["b"])
        if month > 12 >= day:  # month first (en-US ``12/15/2025``): no month is 15
            day, month = month, day
        return int(m["y"]), month, day
    if m["wy"] is not None:
        month = _MONTH_NAMES[m["wmn"]] if m["wmn"] else int(m["wm"] or m["wm2"])
        return int(m["wy"]), month, int(m["wd"])
    if m["fy"] is not None:
        return int(m["fy"]), _MONTH_NAMES[m["fmn"]] if m["fmn"] else int(m["fm"]), int(m["fd"])
    if m["ey"] is not None:
        return int(m["ey"]), _month_number(m["em"]), int(m["ed"])
    return int(m["ey2"]), _month_number(m["em2"]), int(m["ed2"])


def _month_number(name: str) -> int:
    key = name.lower().rstrip(".")
    return _MONTH_NUMBERS.get(key) or _MONTH_NUMBERS[key[:3]]


def _visible_at(text: str, date: re.Match[str]) -> FoundDate | None:
    """The date of one _DATE_RE match, with its adjacent time and offset if any."""
    y, mo, d = _date_parts(date)
    day_only = _make(y, mo, d)
    if day_only is None:
        return None
    timed = _adjacent_time(text, date)
    clock = _clock(timed[0]) if timed is not None else None
    if timed is None or clock is None:
        return FoundDate(day_only, "day", date.group(0).strip())
    span_start = min(date.start(), timed[0].start())
    end = timed[1]
    offset = 420
    om = _OFFSET_RE.match(text, end)
    found_offset = None if om is None else _offset_minutes(om)
    if om is not None and found_offset is not None:
        offset, end = found_offset, om.end()
    raw = text[span_start:end].strip(" ,-–—|(")
    return _found(_make(y, mo, d, clock[0], offset), clock[1], raw)


CLOCK_RE = re.compile(r"\b\d{1,2}[:h]\d{2}\b")
"""A time of day as a page prints it (``09:15``, ``9h15``): a quick look before parsing."""
DATE_OR_CLOCK_RE = re.compile(rf"\b\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}\b|{CLOCK_RE.pattern}")
"""A numeric date (``07/12/2025``) or a time of day as a page prints it."""

_VISIBLE_ISO_RE = re.compile(
    r"(?<![\d/.\-])\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:[.,]\d{1,9})?"
    r"(?:\s*(?:z|[+-]\d{2}:?\d{2}))?)?(?![\d\-])", _FLAGS
)


def parse_visible(text: str) -> FoundDate | None:
    """The first day-first date in visible text, with its adjacent time if there is one;
    else a machine-style ``2025-03-14 16:40:00`` printed as is."""
    for date in _DATE_RE.finditer(text):
        found = _visible_at(text, date)
        if found is not None:
            return found
    for machine in _VISIBLE_ISO_RE.finditer(text):
        found = parse_iso(machine.group(0))
        if found is not None:
            return found
    return None


# --- lead openings ---------------------------------------------------------------------


def parse_lead(text: str, year: int) -> FoundDate | None:
    """A day/month at the very start of a lead (``Sáng 15-3, ...``); ``year`` from the caller."""
    m = _LEAD_RE.match(text)
    if m is None:
        return None
    if m["a"] is not None:
        day, month, explicit = int(m["a"]), int(m["b"]), m["y"]
    else:
        day, month, explicit = int(m["wd"]), int(m["wm"]), m["wy"]
    value = _make(int(explicit) if explicit else year, month, day)
    return _found(value, "day", m.group(0))


# --- dateparser fallback ---------------------------------------------------------------

_PREFIX_RE = re.compile(
    r"^\s*(?:(?:cập\s+nhật|đăng|xuất\s+bản)(?:\s+(?:lúc|ngày|vào))?|ngày\s+đăng|ngày"
    r"|thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|cn)\b\s*[:,\-–]?\s*",
    _FLAGS,
)
_GMT7_RE = re.compile(r"\(?\s*gmt\s*\+\s*0?7(?::?00)?\s*\)?", _FLAGS)
_SECONDS_RE = re.compile(r"\d{1,2}:\d{2}:\d{2}")
_MINUTES_RE = re.compile(
    rf"{_TIME}|\b(?:giờ|phút|giây|hours?|minutes?|seconds?)\s+(?:trước|ago)\b", _FLAGS
)
_FALLBACK_LANGUAGES = ["vi", "en"]


def _strip_prefixes(text: str) -> str:
    text = _GMT7_RE.sub(" ", text)
    previous = None
    while previous != text:
        previous, text = text, _PREFIX_RE.sub("", text, count=1)
    return " ".join(text.split())


def _fallback_settings(reference: datetime) -> dict[str, Any]:
    base = reference if reference.tzinfo is not None else reference.replace(tzinfo=VN_TZ)
    return {
        "DATE_ORDER": "DMY",
        "TIMEZONE": "+07:00",
        "TO_TIMEZONE": "+07:00",
        "RETURN_AS_TIMEZONE_AWARE": True,
        "RELATIVE_BASE": base.astimezone(VN_TZ).replace(tzinfo=None),
        "PREFER_DATES_FROM": "past",
        "REQUIRE_PARTS": ["day", "month", "year"],
    }


def parse_fallback(text: str, reference: datetime) -> FoundDate | None:
    """dateparser as a last resort; relative forms count from ``reference``, never today."""
    cleaned = _strip_prefixes(text)
    if not cleaned:
        return None
    parser = DateDataParser(languages=_FALLBACK_LANGUAGES, settings=_fallback_settings(reference))
    data = parser.get_date_data(cleaned)
    value = data.date_obj
    if value is None or data.period not in (None, "day", "time"):
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=VN_TZ)
    value = value.astimezone(VN_TZ).replace(microsecond=0)
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        return None
    precision: Precision = "day"
    if _SECONDS_RE.search(cleaned) and value.second:
        precision = "second"
    elif _MINUTES_RE.search(cleaned):
        precision, value = "minute", value.replace(second=0)
    else:
        value = value.replace(hour=0, minute=0, second=0)
    return FoundDate(value, precision, text.strip())


# --- URLs ------------------------------------------------------------------------------


def year_from_url(url: str) -> int | None:
    """The publication year embedded in an article URL path, if any."""
    try:
        path = urlsplit(url).path
    except ValueError:
        return None
    for pattern in _URL_YEAR_RES:
        for m in pattern.finditer(path):
            y, mo = int(m["y"]), int(m["mo"])
            d = int(m["d"]) if m["d"] else 1
            if _make(y, mo, d) is not None:
                return y
    return None
