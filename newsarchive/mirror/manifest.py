"""The ground truth of a mirror run: one JSON object per article.

Fields: ``site``, ``url`` (real domain), ``path``, ``headline``, ``summary`` (the sapo
without outlet marker), ``published_at`` ('YYYY-MM-DDTHH:MM:SS+07:00' or null),
``updated_at``, ``authors``, ``source``, ``participants`` (name, titles, roles,
honorific), ``captions``, ``section``, ``body_first``/``body_last`` (first/last 8 words of
the body: the paragraphs after the sapo, without captions or byline), ``edited``,
``alias_urls``, ``syndicated_from`` and ``fault`` (the injected fault kind or null).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from newsarchive.mirror.model import Article
from newsarchive.mirror.site import MirrorSite
from newsarchive.mirror.templates.common import iso
from newsarchive.mirror.urls import CATEGORY_NAMES

WORDS = 8


def record(article: Article, fault: str | None = None) -> dict[str, Any]:
    words = "\n\n".join(article.paragraphs).split()
    published, updated = article.stub.published, article.updated
    return {
        "site": article.stub.site,
        "url": article.url,
        "path": article.stub.path,
        "headline": article.stub.headline,
        "summary": article.lead.text,
        "published_at": iso(published) if published else None,
        "updated_at": iso(updated) if updated else None,
        "authors": list(article.byline.names),
        "source": article.byline.source,
        "participants": [
            {
                "name": p.name,
                "titles": list(p.titles),
                "roles": list(p.roles),
                "honorific": p.honorific,
            }
            for p in article.participants
        ],
        "captions": [figure.caption for figure in article.figures],
        "section": CATEGORY_NAMES[article.stub.category],
        "body_first": " ".join(words[:WORDS]),
        "body_last": " ".join(words[-WORDS:]),
        "edited": article.edited,
        "alias_urls": list(article.alias_urls),
        "syndicated_from": article.syndicated_from,
        "fault": fault,
    }


def records(site: MirrorSite) -> Iterator[dict[str, Any]]:
    catalog = site.catalog
    for index in range(catalog.count):
        yield record(catalog.article(index), site.fault_of(index))


def write_manifest(path: Path, sites: Iterable[MirrorSite]) -> int:
    """Write every article of ``sites``; returns the number of lines."""
    count = 0
    with path.open("w", encoding="utf-8") as handle:
        for site in sites:
            for row in records(site):
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
                count += 1
    return count
