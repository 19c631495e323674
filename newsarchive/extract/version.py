"""Which extractor made an Article: the package version and a digest of its rules.

The digest covers every source file and profile that decides what a page becomes, so
two lines re-extracted from the same WARC record by different rules never carry the
same ``extractor_version``, even between releases.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from newsarchive import __version__

_PACKAGE = Path(__file__).resolve().parent.parent
RULE_FOLDERS = ("extract", "participants", "sites")
RULE_MODULES = ("dates.py", "dom.py", "text.py", "urls.py", "items.py")


def _rule_files() -> list[Path]:
    found = [path for folder in RULE_FOLDERS for path in (_PACKAGE / folder).rglob("*")
             if path.suffix in (".py", ".toml")]
    return sorted([*found, *(_PACKAGE / name for name in RULE_MODULES)])


def _rules_digest() -> str:
    digest = hashlib.sha1()
    for path in _rule_files():
        digest.update(path.relative_to(_PACKAGE).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


EXTRACTOR_VERSION = f"{__version__}+{_rules_digest()}"
