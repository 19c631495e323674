"""Archive scenarios layered over the generated articles: edits, aliases, syndication.

Choices are deterministic by seed and depend on ``--articles`` (a larger run may pick
other articles):

- ``edited``: K dated articles per site get one more paragraph at the end and an
  ``updated`` time 2-72 hours after publication (sitemap ``lastmod`` follows).
- ``aliases``: K articles per site are also served under a second path, alternately
  ``?utm_source=…`` and a trailing slash; category listings link to that alias, and the
  manifest adds an ``m.`` host URL (never served).
- ``syndicated``: K articles of the first site become ``Theo TTXVN`` agency stories and
  are reprinted by the second site on a later day, without their last paragraph.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import timedelta

from newsarchive.mirror import pools
from newsarchive.mirror.model import Article, Byline, GenConfig, Part, Stub
from newsarchive.mirror.outlets import Outlet
from newsarchive.mirror.urls import article_path, image_path, slugify
from newsarchive.mirror.writing import AGENCY, Composer

UTM_QUERY = "?utm_source=zalo&utm_medium=social&utm_campaign=chia-se"


@dataclass(frozen=True)
class SiteScenario:
    edited: frozenset[int] = frozenset()
    aliases: Mapping[int, int] = field(default_factory=dict)
    """Index → alias number (even: tracking parameters, odd: trailing slash)."""
    agency: frozenset[int] = frozenset()
    """Indices printed as agency stories (originals of reprints)."""
    reprints: Mapping[int, int] = field(default_factory=dict)
    """Index on this site → index of the original on the first site."""


def plan_syndication(seed: int, count: int, per_day: int, wanted: int) -> dict[int, int]:
    """Reprint index on the second site → original index on the first (an earlier day)."""
    if wanted <= 0:
        return {}
    candidates = range(per_day, count)
    if wanted > len(candidates):
        raise ValueError(f"--syndicated {wanted}: needs at least {wanted + per_day} articles")
    rng = random.Random(f"{seed}:syndicated")
    copies = sorted(rng.sample(candidates, wanted))
    taken: set[int] = set()
    pairs: dict[int, int] = {}
    for copy in copies:
        earlier = (copy // per_day) * per_day
        original = rng.randrange(earlier)
        while original in taken and len(taken) < earlier:
            original = rng.randrange(earlier)
        taken.add(original)
        pairs[copy] = original
    return pairs


def plan_edits(
    seed: int, site: str, count: int, wanted: int, eligible: Callable[[int], bool]
) -> frozenset[int]:
    if wanted <= 0:
        return frozenset()
    candidates = [index for index in range(count) if eligible(index)]
    if wanted > len(candidates):
        raise ValueError(f"--edited {wanted}: only {len(candidates)} articles of {site} qualify")
    return frozenset(random.Random(f"{seed}:{site}:edited").sample(candidates, wanted))


def plan_aliases(seed: int, site: str, count: int, wanted: int) -> dict[int, int]:
    if wanted <= 0:
        return {}
    if wanted > count:
        raise ValueError(f"--aliases {wanted}: more than the {count} articles of {site}")
    chosen = sorted(random.Random(f"{seed}:{site}:aliases").sample(range(count), wanted))
    return {index: number for number, index in enumerate(chosen)}


def as_agency(article: Article) -> Article:
    """The article credited to the agency alone, photos included."""
    figures = tuple(
        replace(figure, credit=AGENCY if figure.credit else None) for figure in article.figures
    )
    return replace(article, byline=Byline((), source=AGENCY), figures=figures)


def reprint_stub(original: Stub, slot_stub: Stub, outlet: Outlet) -> Stub:
    """The reprint takes the original's headline into the second site's slot."""
    path = article_path(
        outlet, slugify(original.headline), slot_stub.article_id, slot_stub.category
    )
    return replace(
        slot_stub,
        path=path,
        headline=original.headline,
        dated=True,
        topic=original.topic,
        place=original.place,
        event=original.event,
    )


def reprint(original: Article, stub: Stub, outlet: Outlet) -> Article:
    """``original`` (already an agency story) as the second site republishes it."""
    parts = original.parts[:-1] if len(original.parts) > 3 else original.parts
    figures = tuple(
        replace(
            figure, src=image_path(stub.article_id, number), after=min(figure.after, len(parts) - 1)
        )
        for number, figure in enumerate(original.figures, start=1)
    )
    return replace(
        original,
        stub=stub,
        url=outlet.real_url(stub.path),
        parts=parts,
        figures=figures,
        updated=stub.published,
        syndicated_from=original.url,
        related=(),
    )


def edit(article: Article, config: GenConfig, outlet: Outlet) -> Article:
    """A later version: one more paragraph at the end, a newer update time."""
    rng = random.Random(f"{config.seed}:{outlet.id}:{article.stub.index}:edit")
    note = Part(Composer(rng, outlet, article.stub).fill(rng.choice(pools.EDIT_NOTES)))
    published = article.stub.published or article.stub.slot
    updated = published + timedelta(hours=rng.randint(2, 72), minutes=rng.randint(0, 59))
    return replace(article, parts=(*article.parts, note), updated=updated, edited=True)


def with_alias(article: Article, number: int, outlet: Outlet) -> Article:
    path = article.stub.path
    alias = path + UTM_QUERY if number % 2 == 0 else path + "/"
    urls = (outlet.real_url(alias), outlet.real_url(path, host_prefix="m."))
    return replace(article, alias_paths=(alias,), alias_urls=urls)
