"""``python -m newsarchive.schema``: rewrite ``article.v1.json`` from the field declarations
and print the README's field table."""

from __future__ import annotations

import json
from pathlib import Path

from newsarchive.schema.render import json_schema, readme_table

SCHEMA_FILE = Path(__file__).with_name("article.v1.json")


def main() -> None:
    text = json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"
    SCHEMA_FILE.write_text(text, encoding="utf-8")
    print(readme_table())


if __name__ == "__main__":
    main()
