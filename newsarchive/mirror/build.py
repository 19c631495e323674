"""From options to catalogs: outlets resolved, scenarios planned, one catalog per site."""

from __future__ import annotations

from collections.abc import Mapping

from newsarchive.mirror import scenarios
from newsarchive.mirror.catalog import SiteCatalog
from newsarchive.mirror.model import GenConfig
from newsarchive.mirror.options import MirrorOptions
from newsarchive.mirror.outlets import Outlet, outlet
from newsarchive.mirror.scenarios import SiteScenario


def gen_config(options: MirrorOptions) -> GenConfig:
    return GenConfig(seed=options.seed, start=options.start, per_day=options.per_day)


def build_catalogs(options: MirrorOptions) -> dict[str, SiteCatalog]:
    """One catalog per ``--site``, in the order given; reprints go from the first to the second."""
    options.validate()
    config = gen_config(options)
    outlets = [outlet(site) for site in options.sites]
    pairs = scenarios.plan_syndication(
        options.seed, options.articles, options.per_day, options.syndicated
    )
    catalogs: dict[str, SiteCatalog] = {}
    for position, site in enumerate(outlets):
        agency = frozenset(pairs.values()) if position == 0 else frozenset()
        reprints = pairs if position == 1 else {}
        scenario = _scenario(options, config, site, agency, reprints)
        source = outlets[0] if reprints else None
        catalogs[site.id] = SiteCatalog(config, site, options.articles, scenario, source)
    return catalogs


def _scenario(
    options: MirrorOptions,
    config: GenConfig,
    site: Outlet,
    agency: frozenset[int],
    reprints: Mapping[int, int],
) -> SiteScenario:
    plain = SiteCatalog(config, site, options.articles)
    taken = agency | set(reprints)

    def editable(index: int) -> bool:
        return index not in taken and plain.stub(index).dated

    seed, count = options.seed, options.articles
    return SiteScenario(
        edited=scenarios.plan_edits(seed, site.id, count, options.edited, editable),
        aliases=scenarios.plan_aliases(seed, site.id, count, options.aliases),
        agency=agency,
        reprints=reprints,
    )
