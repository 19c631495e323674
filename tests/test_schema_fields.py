"""One declared schema: the Article dataclass, the JSON Schema, DuckDB, Arrow and the
README all agree with ``newsarchive/schema/fields.py``."""

from __future__ import annotations

import json
import typing
from importlib import resources
from pathlib import Path

import jsonschema
import pyarrow as pa

from newsarchive.dataset import DUCKDB_COLUMNS
from newsarchive.items import ARTICLE_KEYS, Article, Participant
from newsarchive.schema.fields import BY_NAME, FIELD_NAMES, FIELDS
from newsarchive.schema.render import arrow_schema, json_schema, readme_table

README = Path(__file__).parent.parent / "README.md"


def test_the_dataclass_declares_the_same_fields_in_the_same_order() -> None:
    assert FIELD_NAMES == ARTICLE_KEYS


def test_nullable_fields_are_optional_in_the_dataclass() -> None:
    hints = typing.get_type_hints(Article)
    for spec in FIELDS:
        optional = type(None) in typing.get_args(hints[spec.name])
        assert optional == spec.nullable, spec.name


def test_participant_members_match_the_dataclass() -> None:
    members = tuple(m.name for m in BY_NAME["participants"].members)
    assert members == tuple(Participant.__dataclass_fields__)


def test_the_shipped_json_schema_is_generated() -> None:
    path = resources.files("newsarchive") / "schema" / "article.v1.json"
    assert json.loads(path.read_text(encoding="utf-8")) == json_schema(), \
        "run python -m newsarchive.schema"


def test_the_readme_table_is_generated() -> None:
    assert readme_table() in README.read_text(encoding="utf-8"), \
        "paste the table printed by python -m newsarchive.schema into the README"


def test_every_example_validates_against_the_json_schema() -> None:
    example = {spec.name: spec.example for spec in FIELDS}
    jsonschema.validate(example, json_schema())


def test_duckdb_and_arrow_have_a_column_for_every_field() -> None:
    assert tuple(DUCKDB_COLUMNS) == FIELD_NAMES
    schema = arrow_schema()
    assert [n for n in schema.names if n != "published_date"] == list(FIELD_NAMES)
    assert schema.field("published_at").type == pa.timestamp("us", tz="Asia/Ho_Chi_Minh")
    assert pa.types.is_struct(schema.field("participants").type.value_type)
    assert DUCKDB_COLUMNS["participants"].startswith('STRUCT("name" VARCHAR, "name_key" VARCHAR')
    assert DUCKDB_COLUMNS["warc"] == \
        'STRUCT("file" VARCHAR, "offset" BIGINT, "length" BIGINT, "digest" VARCHAR)'
