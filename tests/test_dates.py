"""Vietnamese date parsing: ISO, numeric meta, visible text, lead openings, fallback, URLs."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import lxml.html
import pytest
from gates import shared_missing

from newsarchive.config import default_shared
from newsarchive.dates import (
    VN_TZ,
    FoundDate,
    parse_fallback,
    parse_iso,
    parse_lead,
    parse_numeric,
    parse_visible,
    year_from_url,
)

# --- FoundDate -------------------------------------------------------------------------


def test_found_date_converts_to_vietnam_time() -> None:
    utc = datetime(2025, 12, 23, 20, 0, tzinfo=UTC)
    found = FoundDate(utc, "minute", "x")
    assert found.value.utcoffset() == timedelta(hours=7)
    assert found.iso() == "2025-12-24T03:00:00+07:00"


def test_found_date_rejects_naive_datetime() -> None:
    with pytest.raises(ValueError):
        FoundDate(datetime(2025, 1, 1), "day", "x")


# --- parse_iso -------------------------------------------------------------------------

ISO_CASES = [
    ("2025-06-17T13:43:02+0700", "2025-06-17T13:43:02+07:00", "second"),
    ("2026-07-20T06:31:56+07:00", "2026-07-20T06:31:56+07:00", "second"),
    ("2025-12-23T09:02:07.000+07:00", "2025-12-23T09:02:07+07:00", "second"),
    ("2026-07-06T18:16:00.123456+07:00", "2026-07-06T18:16:00+07:00", "second"),
    ("2025-12-23T20:00:00Z", "2025-12-24T03:00:00+07:00", "minute"),
    ("2025-12-31T17:30:00Z", "2026-01-01T00:30:00+07:00", "minute"),
    ("2025-12-23T20:00:00+00:00", "2025-12-24T03:00:00+07:00", "minute"),
    ("2025-12-23T09:00:00-05:00", "2025-12-23T21:00:00+07:00", "minute"),
    ("2025-12-24T09:30:00", "2025-12-24T09:30:00+07:00", "minute"),
    ("2025-12-24 09:30:00", "2025-12-24T09:30:00+07:00", "minute"),
    ("2025-12-24T09:30", "2025-12-24T09:30:00+07:00", "minute"),
    ("2025-12-24T09:30+07:00", "2025-12-24T09:30:00+07:00", "minute"),
    ("2026-01-08", "2026-01-08T00:00:00+07:00", "day"),
    ("  2026-01-08  ", "2026-01-08T00:00:00+07:00", "day"),
]


@pytest.mark.parametrize(("value", "iso", "precision"), ISO_CASES)
def test_parse_iso(value: str, iso: str, precision: str) -> None:
    found = parse_iso(value)
    assert found is not None
    assert (found.iso(), found.precision, found.raw) == (iso, precision, value.strip())


@pytest.mark.parametrize(
    "value",
    [
        "",
        "hôm nay",
        "2025-13-01",
        "2025-02-30T10:00:00+07:00",
        "2025-06-17T25:00:00+07:00",
        "0001-01-01T00:00:00",
        "2025-06-17T13:43:02+2500",
        "2025-06-17T13:43:02 xyz",
        "17/06/2025 13:43",
    ],
)
def test_parse_iso_rejects(value: str) -> None:
    assert parse_iso(value) is None


# --- parse_numeric ---------------------------------------------------------------------

NUMERIC_CASES = [
    ("1/28/2026 6:52:01 AM", "mdy", "2026-01-28T06:52:01+07:00", "second"),
    ("1/28/2026 6:52:01 PM", "mdy", "2026-01-28T18:52:01+07:00", "second"),
    ("1/28/2026 12:52:01 AM", "mdy", "2026-01-28T00:52:01+07:00", "second"),
    ("1/28/2026 12:05 PM", "mdy", "2026-01-28T12:05:00+07:00", "minute"),
    ("1/28/2026 6:52:01 am", "mdy", "2026-01-28T06:52:01+07:00", "second"),
    ("28/01/2026 06:52", "dmy", "2026-01-28T06:52:00+07:00", "minute"),
    ("28-01-2026 06:52:10", "dmy", "2026-01-28T06:52:10+07:00", "second"),
    ("1/2/2026", "dmy", "2026-02-01T00:00:00+07:00", "day"),
    ("1/2/2026", "mdy", "2026-01-02T00:00:00+07:00", "day"),
    ("28/01/2026 06:52 +07:00", "dmy", "2026-01-28T06:52:00+07:00", "minute"),
    ("27/01/2026 23:52 UTC", "dmy", "2026-01-28T06:52:00+07:00", "minute"),
]


@pytest.mark.parametrize(("value", "order", "iso", "precision"), NUMERIC_CASES)
def test_parse_numeric(value: str, order: str, iso: str, precision: str) -> None:
    found = parse_numeric(value, order)  # type: ignore[arg-type]
    assert found is not None
    assert (found.iso(), found.precision) == (iso, precision)


@pytest.mark.parametrize(
    ("value", "order"),
    [
        ("1/28/2026 6:52:01 AM", "dmy"),  # month 28 when read day-first
        ("28/01/2026 06:52", "mdy"),
        ("1/28/2026 13:52 PM", "mdy"),  # 13 PM
        ("1/28/2026 0:52 AM", "mdy"),  # 0 AM
        ("1/28/2026 6:52 AM và thêm chữ", "mdy"),
        ("2026-01-28T06:52:01+07:00", "dmy"),
        ("1/28/1900", "mdy"),
        ("", "dmy"),
    ],
)
def test_parse_numeric_rejects(value: str, order: str) -> None:
    assert parse_numeric(value, order) is None  # type: ignore[arg-type]


# --- parse_visible ---------------------------------------------------------------------

VISIBLE_CASES = [
    ("08/01/2026 - 18:21", "2026-01-08T18:21:00+07:00", "minute"),
    ("Thứ Sáu, 22/03/2024 - 15:30", "2024-03-22T15:30:00+07:00", "minute"),
    ("17:54, 08/04/2024", "2024-04-08T17:54:00+07:00", "minute"),
    ("Cập nhật lúc 10:24 01/04/2025 (GMT+7)", "2025-04-01T10:24:00+07:00", "minute"),
    ("Thứ sáu: 15:00 ngày 09/02/2024", "2024-02-09T15:00:00+07:00", "minute"),
    ("ngày 26 tháng 11 năm 2013", "2013-11-26T00:00:00+07:00", "day"),
    ("Thứ tư, 22/10/2025, 19:25 (GMT+7)", "2025-10-22T19:25:00+07:00", "minute"),
    ("Thứ năm, 2/11/2023, 19:20 (GMT+7)", "2023-11-02T19:20:00+07:00", "minute"),
    ("Thứ Tư, 24/12/2025 09:30:00 +07:00", "2025-12-24T09:30:00+07:00", "minute"),
    ("Thứ Tư, 24/12/2025 09:30:15 +07:00", "2025-12-24T09:30:15+07:00", "second"),
    ("Thứ Sáu, 05 Tháng Mười Hai 2026 3:20 CH", "2026-12-05T15:20:00+07:00", "minute"),
    ("Thứ Năm, 01 Tháng Mười 2026 8:05 SA", "2026-10-01T08:05:00+07:00", "minute"),
    ("09:05:00 7 thg 12, 2026", "2026-12-07T09:05:00+07:00", "minute"),
    ("Thứ Hai, ngày 20/07/2026 - 06:31", "2026-07-20T06:31:00+07:00", "minute"),
    ("17/06/2025 13:43", "2025-06-17T13:43:00+07:00", "minute"),
    ("06/09/2026 15:33", "2026-09-06T15:33:00+07:00", "minute"),
    ("Thứ ba, 23/12/2025 09:02 (GMT+7)", "2025-12-23T09:02:00+07:00", "minute"),
    ("21/07/2026 07:17", "2026-07-21T07:17:00+07:00", "minute"),
    ("22-03-2024 15:30", "2024-03-22T15:30:00+07:00", "minute"),
    ("22.03.2024", "2024-03-22T00:00:00+07:00", "day"),
    ("15h30 ngày 22/3/2024", "2024-03-22T15:30:00+07:00", "minute"),
    ("22/3/2024, 15 giờ 30", "2024-03-22T15:30:00+07:00", "minute"),
    ("Lúc 15 giờ 30 phút ngày 22/3/2024", "2024-03-22T15:30:00+07:00", "minute"),
    ("Thứ Sáu, 22/03/2024", "2024-03-22T00:00:00+07:00", "day"),
    ("1/2/2026", "2026-02-01T00:00:00+07:00", "day"),  # always day-first
    ("22 / 03 / 2024", "2024-03-22T00:00:00+07:00", "day"),
    ("26 tháng 11, 2013 lúc 8h", "2013-11-26T08:00:00+07:00", "minute"),
    ("12 thg 3, 2025", "2025-03-12T00:00:00+07:00", "day"),
    ("Thứ tư, 14 Tháng 5 2025 07:52", "2025-05-14T07:52:00+07:00", "minute"),
    ("22/3/2024 3 giờ chiều", "2024-03-22T15:00:00+07:00", "minute"),
    ("22/3/2024 10:05 SA", "2024-03-22T10:05:00+07:00", "minute"),
    ("22/3/2024 10:05 PM", "2024-03-22T22:05:00+07:00", "minute"),
    ("Cập nhật: 08:30 | 22/03/2024", "2024-03-22T08:30:00+07:00", "minute"),
    ("22/03/2024 15:30 Sa Pa đón khách", "2024-03-22T15:30:00+07:00", "minute"),
    # explicit offsets are honoured and converted to +07:00
    ("22/03/2024 15:30 +0700", "2024-03-22T15:30:00+07:00", "minute"),
    ("22/03/2024 15:30 UTC", "2024-03-22T22:30:00+07:00", "minute"),
    ("23/12/2025 20:30 GMT", "2025-12-24T03:30:00+07:00", "minute"),
    ("Thứ Tư, 21/10/2026 | 06:00 GMT+7Nghe bài viết", "2026-10-21T06:00:00+07:00", "minute"),
    ("Tháng Mười 21, 2026", "2026-10-21T00:00:00+07:00", "day"),
    ("Thứ năm 16 Tháng Mười, 2025 08:15", "2025-10-16T08:15:00+07:00", "minute"),
    ("16.10.2025 · 16:20", "2025-10-16T16:20:00+07:00", "minute"),
    ("Thứ Ba, 03 Tháng Hai 2026 @ 14:20:07 ICT", "2026-02-03T14:20:07+07:00", "second"),
    ("16:20 • Thứ Năm, 16/10/2025", "2025-10-16T16:20:00+07:00", "minute"),
    ("Cập nhật: 14h20' ngày 09/05/2025", "2025-05-09T14:20:00+07:00", "minute"),
    ("Tháng 12 5, 2026 | Du lịch", "2026-12-05T00:00:00+07:00", "day"),
    ("23/12/2025 20:30Z", "2025-12-24T03:30:00+07:00", "minute"),
    ("31/12/2025 18:00:00 +00:00", "2026-01-01T01:00:00+07:00", "minute"),
    ("23/12/2025 20:30 (GMT+9)", "2025-12-23T18:30:00+07:00", "minute"),
    # the first date in the text wins; impossible candidates are skipped
    ("Đăng 22/03/2024 - 15:30, sửa 23/03/2024 - 08:00", "2024-03-22T15:30:00+07:00", "minute"),
    ("32/13/2024 rồi 05/06/2024", "2024-06-05T00:00:00+07:00", "day"),
    # an impossible adjacent time leaves the day alone
    ("22/03/2024 25:61", "2024-03-22T00:00:00+07:00", "day"),
]


@pytest.mark.parametrize(("text", "iso", "precision"), VISIBLE_CASES)
def test_parse_visible(text: str, iso: str, precision: str) -> None:
    found = parse_visible(text)
    assert found is not None
    assert (found.iso(), found.precision) == (iso, precision)


def test_visible_day_precision_for_weekday_date() -> None:
    found = parse_visible("Thứ Sáu, 22/03/2024")
    assert found is not None
    assert found.precision == "day"
    assert found.value == datetime(2024, 3, 22, tzinfo=VN_TZ)
    assert found.raw == "22/03/2024"


def test_visible_time_before_date_is_8_april() -> None:
    found = parse_visible("17:54, 08/04/2024")
    assert found is not None
    assert found.precision == "minute"
    assert found.value.date() == date(2024, 4, 8)
    assert (found.value.hour, found.value.minute) == (17, 54)
    assert found.raw == "17:54, 08/04/2024"


def test_visible_raw_covers_time_and_offset() -> None:
    found = parse_visible("Cập nhật lúc 10:24 01/04/2025 (GMT+7) bởi ai đó")
    assert found is not None
    assert found.raw == "10:24 01/04/2025 (GMT+7)"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Không có ngày tháng nào ở đây",
        "Ngày 5 tháng 6 2030 người tham gia",
        "hôm nay",
        "32/13/2024",
        "31/02/2024",
        "22/03/1989",
        "22/03/2101",
        "22/3/24",  # two-digit year is ambiguous
        "15:30",
        "phiên bản 1.22.03.2024",
        "2024/03/22",
    ],
)
def test_parse_visible_rejects(text: str) -> None:
    assert parse_visible(text) is None


# --- parse_lead ------------------------------------------------------------------------

LEAD_CASES = [
    ("Ngày 22/3, UBND tỉnh tổ chức hội nghị.", "2024-03-22", "Ngày 22/3"),
    ("Sáng 15-3, đoàn công tác đến thăm.", "2024-03-15", "Sáng 15-3"),
    ("Chiều 27.12, Hội đồng nhân dân họp.", "2024-12-27", "Chiều 27.12"),
    ("Tối 8/1 tại nhà văn hóa", "2024-01-08", "Tối 8/1"),
    ("Trưa 5-6, mưa lớn kéo dài.", "2024-06-05", "Trưa 5-6"),
    ("(CTO) - Ngày 8-1, Sở Y tế cho biết", "2024-01-08", "(CTO) - Ngày 8-1"),
    ("BHG - Sáng 12/1 đoàn đã đến", "2024-01-12", "BHG - Sáng 12/1"),
    ("TPO - Ngày 3/2, lực lượng chức năng", "2024-02-03", "TPO - Ngày 3/2"),
    ("VOV.VN - Chiều 27/12, hội nghị bế mạc", "2024-12-27", "VOV.VN - Chiều 27/12"),
    ("(NLĐO) – Sáng nay (12/1), tại Hà Nội", "2024-01-12", "(NLĐO) – Sáng nay (12/1)"),
    ("  Sáng ngày 5/6, nhiều người dân", "2024-06-05", "Sáng ngày 5/6"),
    ("Ngày 8 tháng 1, tỉnh tổ chức", "2024-01-08", "Ngày 8 tháng 1"),
    ("Ngày 5/6/2023, hội nghị diễn ra", "2023-06-05", "Ngày 5/6/2023"),  # an explicit year wins
]


@pytest.mark.parametrize(("text", "day", "raw"), LEAD_CASES)
def test_parse_lead(text: str, day: str, raw: str) -> None:
    found = parse_lead(text, 2024)
    assert found is not None
    assert (found.iso(), found.precision, found.raw) == (f"{day}T00:00:00+07:00", "day", raw)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("UBND tỉnh cho biết, ngày 22/3 sẽ tổ chức hội nghị.", 2024),  # mid-sentence
        ("Theo kế hoạch, sáng 15-3 đoàn sẽ đến.", 2024),
        ("Ngày hội văn hóa diễn ra ngày 22/3.", 2024),
        ("Ngày 1.500 người tham gia", 2024),  # a number, not a date
        ("Ngày 31/2, không có ngày này", 2024),
        ("Ngày 29/2, năm không nhuận", 2023),
        ("Ngày 22/3/24, năm hai chữ số", 2024),
        ("Ngày 22/3, năm không hợp lệ", 1800),
        ("", 2024),
    ],
)
def test_parse_lead_rejects(text: str, year: int) -> None:
    assert parse_lead(text, year) is None


def test_parse_lead_leap_day_uses_caller_year() -> None:
    found = parse_lead("Ngày 29/2, năm nhuận", 2024)
    assert found is not None and found.value.date() == date(2024, 2, 29)


# --- parse_fallback --------------------------------------------------------------------

REFERENCE_2013 = datetime(2013, 5, 1, 12, 0, tzinfo=VN_TZ)


@pytest.mark.parametrize(
    ("text", "iso", "precision"),
    [
        ("hôm qua", "2013-04-30T00:00:00+07:00", "day"),
        ("3 ngày trước", "2013-04-28T00:00:00+07:00", "day"),
        ("2 giờ trước", "2013-05-01T10:00:00+07:00", "minute"),
        ("Cập nhật lúc: 26 tháng 11 năm 2013 15:30", "2013-11-26T15:30:00+07:00", "minute"),
        ("Thứ Sáu, 22 tháng 3, 2024", "2024-03-22T00:00:00+07:00", "day"),
        ("Đăng lúc 22 tháng 3 năm 2024 08:15:20 (GMT+7)", "2024-03-22T08:15:20+07:00", "second"),
        ("Đăng lúc 22 tháng 3 năm 2024 08:15:00 (GMT+7)", "2024-03-22T08:15:00+07:00", "minute"),
        ("ngày 1/2/2026", "2026-02-01T00:00:00+07:00", "day"),  # day-first, not month-first
        ("March 5, 2020 10:00 UTC", "2020-03-05T17:00:00+07:00", "minute"),
    ],
)
def test_parse_fallback(text: str, iso: str, precision: str) -> None:
    found = parse_fallback(text, REFERENCE_2013)
    assert found is not None
    assert (found.iso(), found.precision) == (iso, precision)


@pytest.mark.parametrize(
    "text",
    ["26 tháng 11", "22/3", "Thứ Sáu", "tuần trước", "15:30", "không phải ngày", "", "2024"],
)
def test_parse_fallback_never_guesses(text: str) -> None:
    assert parse_fallback(text, REFERENCE_2013) is None


def test_parse_fallback_relative_to_reference_not_today() -> None:
    for reference in (REFERENCE_2013, datetime(2013, 5, 1, 5, 0, tzinfo=UTC)):
        found = parse_fallback("hôm qua", reference)
        assert found is not None
        assert found.value.year == 2013
    naive = parse_fallback("hôm qua", datetime(2013, 5, 1, 12, 0))
    assert naive is not None and naive.value.date() == date(2013, 4, 30)


# --- year_from_url ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "year"),
    [
        ("https://example.vn/thoi-su/2024/03/tin-moi.html", 2024),
        ("https://example.vn/2024/03/22/tin-moi", 2024),
        ("https://example.vn/tin/2024-03-22/tin-moi", 2024),
        ("https://example.vn/xa-hoi/202403/", 2024),
        ("https://baohagiang.vn/xa-hoi/202403/tin-moi-123456/", 2024),
        ("https://example.vn/thoi-su/tin-moi-20260706170805834.htm", 2026),
        ("https://example.vn/tin-moi-20251231235959.html", 2025),
        ("https://example.vn/tin-moi-4801234.html", None),
        ("https://example.vn/tin-moi-post874982.html", None),
        ("https://example.vn/202413/tin-moi/", None),  # month 13
        ("https://example.vn/tin-moi.html?date=2024/03/", None),  # query is not the path
        ("https://example.vn/", None),
    ],
)
def test_year_from_url(url: str, year: int | None) -> None:
    assert year_from_url(url) == year


# --- real pages: visible <time> text agrees with its datetime attribute -----------------


def _shared_corpus() -> Path:
    return default_shared() / "corpus" / "html"


def test_corpus_time_elements_agree() -> None:
    html_dir = _shared_corpus()
    if not html_dir.is_dir():
        shared_missing(f"shared corpus not found at {html_dir} (set NEWSARCHIVE_SHARED)")
    checked = 0
    for page in sorted(html_dir.glob("*.html")):
        doc = lxml.html.fromstring(page.read_bytes().decode("utf-8", "replace"))
        for element in doc.iter("time"):
            assert isinstance(element, lxml.html.HtmlElement)
            attribute = parse_iso(element.get("datetime") or "")
            shown = parse_visible(element.text_content())
            if attribute is None or shown is None:
                continue
            assert shown.value == attribute.value.replace(second=0), page.name
            checked += 1
    assert checked >= 20


@pytest.mark.parametrize(("text", "iso"), [
    ("Tuesday, July 15, 2025 - 09:30 (GMT+7)", "2025-07-15T09:30:00+07:00"),
    ("15 Jul 2025 09:30", "2025-07-15T09:30:00+07:00"),
    ("Sept. 3, 2025", "2025-09-03T00:00:00+07:00"),
    ("Công ty May 10 năm 2025 tuyển dụng", None),
])
def test_english_month_names(text: str, iso: str | None) -> None:
    found = parse_visible(text)
    assert (found.iso() if found else None) == iso
