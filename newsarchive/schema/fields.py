"""Every Article field, declared once: its meaning, type and an example.

The JSON Schema (``article.v1.json``), the DuckDB column types, the Parquet (Arrow)
schema and the README's field table are generated from :data:`FIELDS`; the tests check
the shipped files and the :class:`~newsarchive.items.Article` dataclass against it. To
add a field, add it to the dataclass and here, then run ``python -m newsarchive.schema``
(it rewrites the JSON Schema and prints the README table).

A type is one of ``string``, ``boolean``, ``integer`` (32 bits), ``long`` (64 bits), ``timestamp``
(ISO 8601 text in JSON, a Vietnam-time timestamp in DuckDB and Arrow), ``list<string>``,
``struct`` or ``list<struct>`` (members in ``members``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

VN_TIMEZONE = "Asia/Ho_Chi_Minh"
_VN_TIME = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$"


@dataclass(frozen=True)
class Field:
    name: str
    type: str
    meaning: str
    example: Any
    nullable: bool = False
    members: tuple[Field, ...] = ()
    """The members of a ``struct`` or ``list<struct>``."""
    json: dict[str, Any] = field(default_factory=dict)
    """Extra JSON Schema keywords (``pattern``, ``enum``, ``const``, ``minimum``)."""


def _f(name: str, type_: str, meaning: str, example: Any, *, nullable: bool = False,
       members: tuple[Field, ...] = (), **json: Any) -> Field:
    return Field(name, type_, meaning, example, nullable, members, json)


_IMAGE = (
    _f("url", "string", "image URL", "https://baolaocai.vn/img/a.jpg"),
    _f("caption", "string", "its caption", "Quang cảnh hội nghị.", nullable=True),
)
_PARTICIPANT = (
    _f("name", "string", "the name as written", "Hoàng Giang"),
    _f("name_key", "string", "folded name that joins one person across articles",
       "hoàng giang"),
    _f("honorific", "string", "honorific before the name", "đồng chí", nullable=True,
       enum=["đồng chí", "ông", "bà", None]),
    _f("titles", "list<string>", "offices held", ["Bí thư Tỉnh ủy"]),
    _f("roles", "list<string>", "what the person did at the event", ["chủ trì"]),
    _f("mentions", "integer", "times named", 2, minimum=1),
)
_WARC = (
    _f("file", "string", "WARC file, relative to the output root", "warc/a.warc.gz"),
    _f("offset", "long", "byte offset of the record", 0, minimum=0),
    _f("length", "long", "bytes of the record", 5120, minimum=1),
    _f("digest", "string", "payload digest", "sha1:3I42H3S6NNFQ2MSVX7XZKYAYSCX5QBYJ"),
)

_EXTRACTION = (
    _f("profile", "string", "profile id used (generic when the outlet has none)", "baolaocai"),
    _f("path", "string", "selectors of the outlet's own profile, of its CMS family, or only "
       "the generic conventions and text density", "profile",
       enum=["profile", "family", "generic"]),
    _f("widened", "boolean", "the chosen container gave too little text and a wider search "
       "(densest block, photo-story captions) supplied it", False),
    _f("warnings", "list<string>", "no_time: no publication time to the minute; no_author: "
       "neither authors nor source; no_lead: no summary; short_body: body under 500 "
       "characters", ["no_lead"],
       items={"enum": ["no_time", "no_author", "no_lead", "short_body"]}),
)

FIELDS: tuple[Field, ...] = (
    _f("schema_version", "integer", "`1`", 1, const=1),
    _f("id", "string", "16 hex digits of SHA-1 over the canonical URL's key (stable across "
       "runs)", "3f2a9c0d1e4b5a67", pattern="^[0-9a-f]{16}$"),
    _f("url", "string", "the URL the page was read from, on the outlet's own domain",
       "https://baolaocai.vn/a-post404649.html"),
    _f("canonical_url", "string", "the outlet's own `rel=canonical` when it is on the same "
       "outlet (a share link in `og:url` is not canonical), else `url`",
       "https://baolaocai.vn/a-post404649.html"),
    _f("site", "string", "profile id (as in `sites.tsv`; `generic` for unknown outlets)",
       "baolaocai"),
    _f("site_name", "string", "outlet name", "Báo Lào Cai", nullable=True),
    _f("province", "string", "the outlet's province at publication time: a legacy domain "
       "gives the pre-2025 province (`baoyenbai.com.vn` → `Yên Bái`)", "Yên Bái",
       nullable=True),
    _f("province_current", "string", "the outlet's province after the 2025 merger "
       "(`Lào Cai`); null for national outlets", "Lào Cai", nullable=True),
    _f("headline", "string", "the main heading as the page shows it, without a site suffix",
       "Hội nghị Ban Chỉ đạo 35"),
    _f("summary", "string", "the sapo/lead when the page marks one, outlet marker "
       "(`(CTO) -`, `TPO -`) removed", "Sáng 17/6, …", nullable=True),
    _f("body", "string", "paragraphs joined by a blank line; no sapo, captions, menus, "
       "comment boxes, related links, share buttons, copyright or byline lines — except "
       "that a photo story whose text lives only in captions has that text as its body",
       "Đồng chí …\n\nHội nghị …"),
    _f("captions", "list<string>", "figure captions in page order", ["Quang cảnh hội nghị."]),
    _f("images", "list<struct>", "images as `{url, caption}`",
       [{"url": "https://baolaocai.vn/img/a.jpg", "caption": None}], members=_IMAGE),
    _f("published_at", "timestamp", "ISO 8601 in Vietnam time with seconds, always "
       "`+07:00`, or null; a page showing only a date gives `T00:00:00+07:00`",
       "2026-06-17T13:43:02+07:00", nullable=True, pattern=_VN_TIME),
    _f("published_at_precision", "string", "`day`, `minute` or `second`; `second` only when "
       "the page gives seconds other than `:00` (a CMS writes a minute as `…:00`)", "minute",
       nullable=True, enum=["day", "minute", "second", None]),
    _f("published_at_raw", "string", "the text the time was read from",
       "17/06/2026 13:43", nullable=True),
    _f("date_source", "string", "`visible`, `jsonld`, `meta` (meta tags, or an app's state "
       "script refining a printed day), `url` or `lead`", "visible",
       nullable=True, enum=["jsonld", "meta", "visible", "url", "lead", None]),
    _f("updated_at", "timestamp", "the modification time when later than `published_at`, "
       "else null", None, nullable=True, pattern=_VN_TIME),
    _f("section", "string", "the outlet's section", "Thời sự", nullable=True),
    _f("tags", "list<string>", "the outlet's tags", ["Ban Chỉ đạo 35"]),
    _f("authors", "list<string>", "people credited, as written (initials such as `T.H` "
       "and `PV` too), labels (`Tin, ảnh:`) and role notes (`(thực hiện)`) stripped; "
       "outlets, the editorial board and `admin` are not authors", ["Anh Dũng"]),
    _f("source", "string", "agency or outlet credited (`TTXVN`, `TTXVN/Vietnam+`)", "TTXVN",
       nullable=True),
    _f("photo_credit", "string", "the name(s) of a separate `Ảnh: …` credit line",
       "Thu Hà", nullable=True),
    _f("byline_raw", "string", "the credit lines as found, joined by ` | `",
       "Tin, ảnh: Anh Dũng", nullable=True),
    _f("participants", "list<struct>", "officials named with an office: `{name, name_key, "
       "honorific, titles, roles, mentions}` in order of first mention; `name_key` folds "
       "case and tone placement to join one person across articles",
       [{"name": "Hoàng Giang", "name_key": "hoàng giang", "honorific": "đồng chí",
         "titles": ["Bí thư Tỉnh ủy"], "roles": ["chủ trì"], "mentions": 2}],
       members=_PARTICIPANT),
    _f("language", "string", "`vi`", "vi"),
    _f("word_count", "integer", "words in summary and body", 512, minimum=0),
    _f("content_hash", "string", "SHA-1 of the folded headline and body; null when the "
       "body is under 200 characters", "9b1c…", nullable=True),
    _f("extractor_version", "string", "the extractor that made the line: package version "
       "`+` a digest of the extraction rules and profiles", "0.1.0+5d41402a", nullable=True),
    _f("fetched_at", "timestamp", "set by the crawler (ISO 8601 UTC); null from `parse`",
       "2026-06-17T07:00:12+00:00", nullable=True),
    _f("http_status", "integer", "the HTTP status, set by the crawler; null from `parse`",
       200, nullable=True),
    _f("warc", "struct", "the WARC record holding the page: `{file, offset, length, digest}` "
       "(file relative to the output root); null from `parse` or with `warc = \"off\"`",
       {"file": "warc/baolaocai/2026/2026-06/a.warc.gz", "offset": 0, "length": 5120,
        "digest": "sha1:3I42H3S6NNFQ2MSVX7XZKYAYSCX5QBYJ"}, nullable=True, members=_WARC),
    _f("revision", "integer", "1, 2, … for each changed version; set by the archive, null "
       "from `parse`", 1, nullable=True),
    _f("duplicate_of", "string", "the id of the earliest-published copy of the same story "
       "on another outlet; set by the archive, null from `parse`", None, nullable=True),
    _f("extraction", "struct", "how the page was read: `profile` (the profile id), `path` "
       "(`profile`: the outlet's own selectors; `family`: a CMS family's, `sites/families/`; "
       "`generic`: common conventions and text density only), `widened` (true when the "
       "chosen container gave too little text and a wider search — the page's densest "
       "block, or a photo story's captions — supplied it), `warnings` (any of `no_time`: no "
       "time to the minute, `no_author`: neither authors nor source, `no_lead`: no summary, "
       "`short_body`: body under 500 characters). Added within schema v1 (records written "
       "before it lack the key); `{}` for an Article not made by the extractor",
       {"profile": "baolaocai", "path": "profile", "widened": False, "warnings": []},
       members=_EXTRACTION, required=[]),
)

FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in FIELDS)
BY_NAME: dict[str, Field] = {f.name: f for f in FIELDS}


def names_of(type_: str) -> tuple[str, ...]:
    """The names of the top-level fields of one type, e.g. every ``timestamp``."""
    return tuple(f.name for f in FIELDS if f.type == type_)
