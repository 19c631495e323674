"""The project's ``scrapy`` commands (``COMMANDS_MODULE``): Scrapy's ``crawl`` and
``parse``, made to keep the ``newsarchive`` command's promises for the ``news`` spider:
bad ``-a`` arguments give one line on stderr and exit 2, before Scrapy starts."""

from __future__ import annotations

import sys
from typing import Any, NoReturn

from newsarchive.errors import NewsarchiveError
from newsarchive.spiders.news import check_arguments

EXIT_USAGE, EXIT_LOCKED = 2, 75


def refuse(command: str, error: Exception, code: int = EXIT_USAGE) -> NoReturn:
    print(f"scrapy {command}: {error}", file=sys.stderr)
    raise SystemExit(code)


def check_or_refuse(command: str, arguments: dict[str, Any]) -> None:
    try:
        check_arguments(arguments)
    except (NewsarchiveError, ValueError) as error:
        refuse(command, error)
