"""What is generated from :data:`~newsarchive.schema.fields.FIELDS`: the JSON Schema, the
DuckDB column types, the Arrow schema and the README's field table."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newsarchive.items import SCHEMA_VERSION
from newsarchive.schema.fields import FIELDS, VN_TIMEZONE, Field

if TYPE_CHECKING:
    import pyarrow

_JSON_TYPES = {"string": "string", "boolean": "boolean", "integer": "integer",
               "long": "integer", "timestamp": "string"}
_DUCKDB_TYPES = {"string": "VARCHAR", "boolean": "BOOLEAN", "integer": "INTEGER",
                 "long": "BIGINT", "timestamp": "TIMESTAMPTZ"}


def _json_type(spec: Field) -> dict[str, Any]:
    if "enum" in spec.json or "const" in spec.json:
        return {}
    if spec.type == "list<string>":
        return {"type": "array", "items": {"type": "string"}}
    if spec.type in ("struct", "list<struct>"):
        members = {m.name: _json_property(m) for m in spec.members}
        struct = {"type": "object", "additionalProperties": False,
                  "required": list(members), "properties": members}
        if spec.type == "struct":
            return {**struct, "type": ["object", "null"] if spec.nullable else "object"}
        return {"type": "array", "items": struct}
    kind = _JSON_TYPES[spec.type]
    return {"type": [kind, "null"] if spec.nullable else kind}


def _json_property(spec: Field) -> dict[str, Any]:
    return {**_json_type(spec), **spec.json, "description": spec.meaning}


def json_schema() -> dict[str, Any]:
    """The JSON Schema of one archive line (shipped as ``article.v1.json``)."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://newsarchive.invalid/schema/article.v{SCHEMA_VERSION}.json",
        "title": f"newsarchive Article, schema v{SCHEMA_VERSION}",
        "description": "One line of a newsarchive JSONL archive. Every key is always "
                       "present; unknown values are null or empty.",
        "type": "object",
        "additionalProperties": False,
        "properties": {spec.name: _json_property(spec) for spec in FIELDS},
        "required": [spec.name for spec in FIELDS],
    }


def duckdb_type(spec: Field) -> str:
    if spec.type == "list<string>":
        return "VARCHAR[]"
    if spec.type in ("struct", "list<struct>"):
        members = ", ".join(f'"{m.name}" {duckdb_type(m)}' for m in spec.members)  # offset
        return f"STRUCT({members})" + ("[]" if spec.type == "list<struct>" else "")
    return _DUCKDB_TYPES[spec.type]


def duckdb_columns() -> dict[str, str]:
    """Column name → DuckDB type, for ``read_json(..., columns=...)``."""
    return {spec.name: duckdb_type(spec) for spec in FIELDS}


def arrow_type(spec: Field) -> pyarrow.DataType:
    import pyarrow as pa

    if spec.type in ("struct", "list<struct>"):
        struct = pa.struct([arrow_field(m) for m in spec.members])
        return pa.list_(struct) if spec.type == "list<struct>" else struct
    return {
        "string": pa.string(), "boolean": pa.bool_(), "integer": pa.int32(),
        "long": pa.int64(),
        "list<string>": pa.list_(pa.string()),
        "timestamp": pa.timestamp("us", tz=VN_TIMEZONE),
    }[spec.type]


def arrow_field(spec: Field) -> pyarrow.Field:
    import pyarrow as pa

    return pa.field(spec.name, arrow_type(spec), nullable=True,
                    metadata={"description": spec.meaning})


def arrow_schema() -> pyarrow.Schema:
    """The Arrow schema of the ``articles`` table: every field plus ``published_date``
    (the Vietnam day of ``published_at``), placed right after it."""
    import pyarrow as pa

    fields: list[pa.Field] = []
    for spec in FIELDS:
        fields.append(arrow_field(spec))
        if spec.name == "published_at":
            fields.append(pa.field("published_date", pa.date32(), metadata={
                "description": "the Vietnam-time day of published_at"}))
    return pa.schema(fields, metadata={"schema_version": str(SCHEMA_VERSION)})


def readme_table() -> str:
    """The README's field table (Markdown)."""
    lines = ["| key | type | meaning |", "|---|---|---|"]
    for spec in FIELDS:
        kind = f"`{spec.type}`" + (" or null" if spec.nullable else "")
        meaning = spec.meaning.replace("|", "\\|")
        lines.append(f"| `{spec.name}` | {kind} | {meaning} |")
    return "\n".join(lines)
