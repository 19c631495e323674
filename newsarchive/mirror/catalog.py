"""One mirrored site's articles: lazy, cached, with the run's scenarios applied."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from functools import lru_cache

from newsarchive.mirror import scenarios
from newsarchive.mirror.content import build_article, index_of_id, stub_for
from newsarchive.mirror.model import Article, GenConfig, Stub
from newsarchive.mirror.outlets import Outlet
from newsarchive.mirror.scenarios import SiteScenario
from newsarchive.mirror.urls import CATEGORIES, parse_article_id

ARTICLE_CACHE = 4096


class SiteCatalog:
    """Articles ``0 … count-1`` of one outlet (index order is date order)."""

    def __init__(
        self,
        config: GenConfig,
        outlet: Outlet,
        count: int,
        scenario: SiteScenario | None = None,
        source: Outlet | None = None,
    ) -> None:
        self.config = config
        self.outlet = outlet
        self.count = count
        self.scenario = scenario or SiteScenario()
        self.source = source
        self.stub = lru_cache(maxsize=None)(self._stub)
        self.article = lru_cache(maxsize=ARTICLE_CACHE)(self._article)
        self.category_indices = lru_cache(maxsize=None)(self._category_indices)

    def _stub(self, index: int) -> Stub:
        own = stub_for(self.config, self.outlet, index)
        original = self.scenario.reprints.get(index)
        if original is None or self.source is None:
            return own
        return scenarios.reprint_stub(
            stub_for(self.config, self.source, original), own, self.outlet
        )

    def _article(self, index: int) -> Article:
        original = self.scenario.reprints.get(index)
        if original is not None and self.source is not None:
            base = scenarios.as_agency(build_article(self.config, self.source, original))
            article = scenarios.reprint(base, self.stub(index), self.outlet)
        else:
            article = build_article(self.config, self.outlet, index)
        if index in self.scenario.agency:
            article = scenarios.as_agency(article)
        if index in self.scenario.edited:
            article = scenarios.edit(article, self.config, self.outlet)
        alias = self.scenario.aliases.get(index)
        if alias is not None:
            article = scenarios.with_alias(article, alias, self.outlet)
        return article

    def updated(self, index: int) -> datetime | None:
        """When the article last changed (None when undated), without building it."""
        if index in self.scenario.edited:
            return self.article(index).updated
        return self.stub(index).published

    def find(self, path: str) -> int | None:
        """The index of the article whose canonical path is ``path``."""
        value = parse_article_id(self.outlet, path)
        if value is None:
            return None
        index = index_of_id(self.outlet, value)
        if index is None or index >= self.count or self.stub(index).path != path:
            return None
        return index

    def find_alias(self, path: str) -> int | None:
        """The index of an aliased article served under ``path`` (trailing-slash alias)."""
        if not path.endswith("/"):
            return None
        index = self.find(path[:-1])
        if index is None or index not in self.scenario.aliases:
            return None
        return index if path in self.article(index).alias_paths else None

    def listing_path(self, index: int) -> str:
        """The path category listings link to: the alias when the article has one."""
        if index in self.scenario.aliases:
            return self.article(index).alias_paths[0]
        return self.stub(index).path

    def newest(self, limit: int) -> range:
        return range(self.count - 1, max(-1, self.count - 1 - limit), -1)

    def _category_indices(self, category: str) -> tuple[int, ...]:
        return tuple(i for i in self.newest(self.count) if self.stub(i).category == category)

    def categories(self) -> tuple[tuple[str, str], ...]:
        return CATEGORIES

    def day_of(self, index: int) -> date:
        return self.config.start + timedelta(days=index // self.config.per_day)

    def months(self) -> Iterator[tuple[str, range]]:
        """(``YYYY-MM``, index range) for every month holding articles, oldest first."""
        per_day = self.config.per_day
        index = 0
        while index < self.count:
            day = self.day_of(index)
            key = f"{day.year:04d}-{day.month:02d}"
            first_next = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
            days = (first_next - self.config.start).days
            end = min(self.count, days * per_day)
            yield key, range(index, end)
            index = end

    def month(self, key: str) -> range | None:
        return next((indices for month, indices in self.months() if month == key), None)
