"""Checks of the command line's values, each failing with one line (a ValueError).

The crawl itself would otherwise meet a bad value late, inside Scrapy, as a traceback or
as a run that fetches nothing and says why nowhere.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator, Mapping
from pathlib import Path
from urllib.parse import urlsplit

from newsarchive.sites import get_profile, host_within

GENERIC_SITE = "generic"


def positive_int(text: str) -> int:
    """An argparse ``type``: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of at least 1")
    return value


def check_sites(sites: list[str]) -> None:
    """Every site is a known outlet; ``generic`` is the fallback profile, not an outlet."""
    for site in sites:
        if site == GENERIC_SITE:
            raise ValueError("'generic' is the profile for pages of unknown outlets, "
                             "not an outlet to crawl")
        get_profile(site)


def check_out_folder(out: Path) -> Path:
    """The output root is a folder, or does not exist yet."""
    if out.exists() and not out.is_dir():
        raise ValueError(f"output folder {out} is a file, not a folder")
    return out


def _url_lines(path: Path) -> Iterator[str]:
    try:
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                line = line.strip()
                if line and not line.startswith("#"):
                    yield line
    except UnicodeDecodeError as error:
        raise ValueError(f"URL list {path}: not UTF-8 text") from error
    except OSError as error:
        raise ValueError(f"cannot read URL list {path}: {error.strerror or error}") from error


def check_url_file(path: Path, sites: list[str], base_urls: Mapping[str, str],
                   each_site: bool = True) -> None:
    """The URL list is UTF-8 and names at least one page of each site crawled (of one
    of them, unless ``each_site``); read once, line by line: a list may be long."""
    hosts = {site: _site_hosts(site, base_urls.get(site)) for site in sites}
    missing, seen = set(sites), 0
    for url in _url_lines(path):
        seen += 1
        host = _host(url)
        missing -= {site for site in missing if host_within(host, hosts[site])}
    if not seen:
        raise ValueError(f"URL list {path} has no URLs")
    if missing and (each_site or missing == set(sites)):
        raise ValueError(f"URL list {path}: none of its {seen} URLs is a page of "
                         f"{', '.join(sorted(missing))}")


def _host(url: str) -> str:
    try:
        return urlsplit(url).hostname or ""
    except ValueError:  # a malformed URL: the crawl counts it
        return ""


def _site_hosts(site: str, base_url: str | None) -> list[str]:
    hosts = get_profile(site).all_domains()
    return [*hosts, urlsplit(base_url).hostname or ""] if base_url else hosts
