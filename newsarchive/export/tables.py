"""The exported tables as Arrow: ``articles``, ``participants`` and ``people``, each with
an explicit schema (timestamps ``timestamp[us, tz=Asia/Ho_Chi_Minh]``, days ``date32``,
lists as lists, participants as ``list<struct>``)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from newsarchive.schema.fields import BY_NAME, VN_TIMEZONE
from newsarchive.schema.render import arrow_field, arrow_schema

TIMESTAMP = pa.timestamp("us", tz=VN_TIMEZONE)

ARTICLES = arrow_schema()
PARTICIPANTS = pa.schema([
    pa.field("article_id", pa.string()), arrow_field(BY_NAME["site"]),
    arrow_field(BY_NAME["province"]), pa.field("published_at", TIMESTAMP),
    pa.field("published_date", pa.date32()),
    *(arrow_field(m) for m in BY_NAME["participants"].members),
])
TITLE_SPAN = pa.struct([pa.field("title", pa.string()), pa.field("first_seen", pa.date32()),
                        pa.field("last_seen", pa.date32()), pa.field("articles", pa.int32())])
PEOPLE = pa.schema([
    pa.field("person_id", pa.string()), pa.field("name_key", pa.string()),
    pa.field("name", pa.string()), pa.field("first_seen", pa.date32()),
    pa.field("last_seen", pa.date32()), pa.field("articles", pa.int32()),
    pa.field("provinces", pa.list_(pa.string())), pa.field("titles", pa.list_(TITLE_SPAN)),
])


def _as_text(schema: pa.Schema, columns: tuple[str, ...]) -> pa.Schema:
    for name in columns:
        index = schema.get_field_index(name)
        schema = schema.set(index, schema.field(index).with_type(pa.string()))
    return schema


def _timestamps(values: pa.ChunkedArray) -> pa.ChunkedArray:
    """ISO 8601 text with an offset → instants, shown in Vietnam time."""
    utc = pc.strptime(values, format="%Y-%m-%dT%H:%M:%S%z", unit="us")
    return utc.cast(TIMESTAMP)


def typed_table(rows: list[dict[str, Any]], schema: pa.Schema) -> pa.Table:
    """Rows (JSON values, times as ISO text, days as ``YYYY-MM-DD``) as a table of
    ``schema``."""
    times = tuple(f.name for f in schema if f.type == TIMESTAMP)
    days = tuple(f.name for f in schema if f.type == pa.date32())
    loose = pa.Table.from_pylist(rows, schema=_as_text(schema, times + days))
    for name in times:
        loose = loose.set_column(loose.schema.get_field_index(name), schema.field(name),
                                 _timestamps(loose[name]))
    for name in days:
        loose = loose.set_column(loose.schema.get_field_index(name), schema.field(name),
                                 loose[name].cast(pa.date32()))
    return loose.replace_schema_metadata(schema.metadata)


def articles_table(rows: list[dict[str, Any]]) -> pa.Table:
    """Archive lines as the ``articles`` table, ``published_date`` included."""
    for row in rows:
        published = row.get("published_at")
        row["published_date"] = published[:10] if published else None
    return typed_table(rows, ARTICLES)



def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def people_table(people: list[dict[str, Any]]) -> pa.Table:
    """The ``people`` rows (days as text) as a table, days as ``date32``."""
    rows = [{**person, "first_seen": _day(person["first_seen"]),
             "last_seen": _day(person["last_seen"]),
             "titles": [{**span, "first_seen": _day(span["first_seen"]),
                         "last_seen": _day(span["last_seen"])} for span in person["titles"]]}
            for person in people]
    return pa.Table.from_pylist(rows, schema=PEOPLE)
