"""One renderer per CMS family: ``article(ArticlePage)`` and ``listing(ListingPage)``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from newsarchive.mirror.templates import baocantho, drupal, fpt, generic, k2, mcms, onecms
from newsarchive.mirror.templates.common import ArticlePage, ListingPage


@dataclass(frozen=True)
class Template:
    article: Callable[[ArticlePage], str]
    listing: Callable[[ListingPage], str]


TEMPLATES = {
    "mcms": Template(mcms.article, mcms.listing),
    "baocantho": Template(baocantho.article, baocantho.listing),
    "onecms": Template(onecms.article, onecms.listing),
    "fpt": Template(fpt.article, fpt.listing),
    "generic": Template(generic.article, generic.listing),
    "k2": Template(k2.article, k2.listing),
    "drupal": Template(drupal.article, drupal.listing),
}


def template_for(family: str) -> Template:
    return TEMPLATES[family]
