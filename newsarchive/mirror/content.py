"""Deterministic article generation: article ``i`` of a site depends on (seed, site, i) only.

Every draw comes from ``random.Random(f"{seed}:{site}:{i}")``; the first draws make the
:class:`~newsarchive.mirror.model.Stub` (category, headline, date slot, URL) that listings
need, the later ones the text (:mod:`.writing`), so a listing never builds whole
articles. Articles are dated from ``start`` at ``per_day`` a day, spread over 06:00-22:00
Vietnam time in index order; about one in 25 carries no date at all.
"""

from __future__ import annotations

import hashlib
import random
from datetime import datetime, time, timedelta

from newsarchive.mirror import pools
from newsarchive.mirror.model import VN, Article, GenConfig, Stub
from newsarchive.mirror.outlets import Outlet
from newsarchive.mirror.urls import CATEGORIES, article_path, slugify
from newsarchive.mirror.writing import Composer, capital, slots

UNDATED_RATE = 0.04
_ID_STEP = 7
_ID_BASE = {"mcms": 400_000, "baocantho": 190_000, "onecms": 700_000, "fpt": 4_000_000}
_DAY_START = 6 * 3600
_DAY_SPAN = 16 * 3600
_CAST = 5


def id_base(outlet: Outlet) -> int:
    digest = int(hashlib.sha256(outlet.id.encode()).hexdigest()[:8], 16)
    return _ID_BASE.get(outlet.family, 300_000) + digest % 90_000


def index_of_id(outlet: Outlet, value: int) -> int | None:
    """The index whose article id can be ``value`` (ids grow by 7 per index, plus 0-6)."""
    offset = value - id_base(outlet)
    return offset // _ID_STEP if offset >= 0 else None


def article_rng(config: GenConfig, site: str, index: int) -> random.Random:
    return random.Random(f"{config.seed}:{site}:{index}")


def draw_stub(rng: random.Random, config: GenConfig, outlet: Outlet, index: int) -> Stub:
    """The first draws of an article's generator: category, date slot, headline, URL."""
    category = rng.choice(CATEGORIES)[0]
    dated = rng.random() >= UNDATED_RATE
    article_no = id_base(outlet) + _ID_STEP * index + rng.randrange(_ID_STEP)
    slot = _slot(config, outlet, index, rng.random())
    topic, place = rng.choice(pools.TOPICS), rng.choice(pools.PLACES)
    event = rng.choice(pools.EVENTS)
    values = slots(rng, outlet, topic, place, event, slot)
    headline = capital(rng.choice(pools.HEADLINES).format_map(values))
    path = article_path(outlet, slugify(headline), article_no, category)
    return Stub(
        outlet.id, index, article_no, path, headline, category, slot, dated, topic, place, event
    )


def stub_for(config: GenConfig, outlet: Outlet, index: int) -> Stub:
    return draw_stub(article_rng(config, outlet.id, index), config, outlet, index)


def build_article(config: GenConfig, outlet: Outlet, index: int) -> Article:
    """Article ``index`` of ``outlet`` as the site first publishes it."""
    rng = article_rng(config, outlet.id, index)
    stub = draw_stub(rng, config, outlet, index)
    composer = Composer(rng, outlet, stub)
    cast = composer.cast(_CAST)
    lead, introduced = composer.lead(cast[0])
    parts = composer.body(cast, introduced)
    byline = composer.byline()
    figures = composer.figures(byline, len(parts))
    tags = composer.tags()
    related = tuple(sorted({rng.randrange(index) for _ in range(3)}, reverse=True)) if index else ()
    return Article(
        stub=stub,
        url=outlet.real_url(stub.path),
        lead=lead,
        parts=parts,
        figures=figures,
        byline=byline,
        tags=tags,
        updated=stub.published,
        related=related,
    )


def _slot(config: GenConfig, outlet: Outlet, index: int, fraction: float) -> datetime:
    day, rank = divmod(index, config.per_day)
    width = _DAY_SPAN / config.per_day
    seconds = _DAY_START + int((rank + 0.9 * fraction) * width)
    if outlet.family in ("baocantho", "drupal"):  # their pages print minutes only
        seconds -= seconds % 60
    midnight = datetime.combine(config.start + timedelta(days=day), time(), VN)
    return midnight + timedelta(seconds=seconds)
