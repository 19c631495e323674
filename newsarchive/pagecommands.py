"""``newsarchive parse`` and ``newsarchive participants``: saved pages and passages.

Inputs are read up to :data:`MAX_INPUT_BYTES` (``parse /dev/zero`` ends at the bound
with one line); one unreadable file is reported and the others are still processed.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import orjson
from lxml import etree

from newsarchive.dom import parse_html
from newsarchive.errors import NewsarchiveError, NotAnArticle
from newsarchive.extract import extract_article
from newsarchive.extract.metadata import read_metadata
from newsarchive.items import Participant
from newsarchive.participants import find_participants
from newsarchive.text import clean_line

MAX_INPUT_BYTES = 32 * 1024 * 1024
"""The largest page or passage read (pages fetched by a crawl stop at 10 MiB)."""
PLACEHOLDER_URL = "https://example.invalid/"
"""The URL given to the extractor for a passage's HTML without a URL of its own."""

_BLOCKS = ("p", "div", "li", "td", "th", "br", "h1", "h2", "h3", "h4", "h5", "h6",
           "blockquote", "figcaption", "section", "article", "tr", "title")

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_NOT_ARTICLE = 0, 1, 2, 3


class InputError(NewsarchiveError):
    """A file that cannot be read, or is larger than the bound."""


def read_input(path: str) -> bytes:
    """A file's bytes (``-`` is stdin), at most :data:`MAX_INPUT_BYTES`."""
    try:
        if path == "-":
            data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        else:
            with Path(path).open("rb") as file:
                data = file.read(MAX_INPUT_BYTES + 1)
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror or error}") from error
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(f"{path}: larger than {MAX_INPUT_BYTES // 2**20} MiB, not read")
    return data


def emit(data: object) -> None:
    sys.stdout.buffer.write(orjson.dumps(data) + b"\n")
    sys.stdout.flush()


def page_url(page: bytes) -> str | None:
    """The page's own URL: its rel=canonical, else og:url (http(s) only)."""
    meta = read_metadata(parse_html(page))
    url = meta.canonical or meta.get("og:url")
    return url if url and url.startswith(("http://", "https://")) else None


@dataclass
class Tally:
    done: int = 0
    not_articles: int = 0
    failed: int = 0

    def exit_status(self) -> int:
        """0 all done; 1 some done; else 3 when all were not articles, 2 otherwise."""
        if not self.not_articles and not self.failed:
            return EXIT_OK
        if self.done:
            return EXIT_PARTIAL
        return EXIT_NOT_ARTICLE if self.not_articles and not self.failed else EXIT_USAGE


def _report(line: str) -> None:
    print(line, file=sys.stderr)


def parse_files(files: list[str], url: str | None) -> int:
    """Extract each file to one JSON line; one line on stderr for each that fails."""
    tally = Tally()
    for path in files:
        if path.endswith((".warc", ".warc.gz")):
            _parse_warc(path, tally)
            continue
        try:
            page = read_input(path)
        except InputError as error:
            _report(str(error))
            tally.failed += 1
            continue
        found = url or page_url(page)
        if found is None:
            _report(f"{path}: no rel=canonical or og:url in the page; give --url")
            tally.failed += 1
            continue
        try:
            emit(extract_article(page, found).to_dict())
            tally.done += 1
        except NotAnArticle as error:
            _report(f"{path}: {error}")
            tally.not_articles += 1
    return tally.exit_status()


def _parse_warc(path: str, tally: Tally) -> None:
    """Every HTML response of a WARC file to a JSON line; the file counts as done when
    one of them was an article."""
    from newsarchive.archive.warcread import iter_responses

    articles = 0
    try:
        for response in iter_responses(Path(path)):
            if response.is_html:
                try:
                    emit(extract_article(response.body, response.url).to_dict())
                    articles += 1
                except NotAnArticle:
                    pass
    except (NewsarchiveError, OSError) as error:
        _report(f"{path}: {error}")
        tally.failed += 1
        return
    if articles:
        tally.done += 1
    else:
        _report(f"{path}: no article among its responses")
        tally.not_articles += 1


def looks_like_html(data: bytes) -> bool:
    """Markup rather than a plain-text passage: it opens with a tag or a doctype."""
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype", b"<html", b"<head", b"<body", b"<?xml", b"<meta",
                            b"<!--", b"<div", b"<article", b"<p>", b"<p "))


def html_text(data: bytes) -> str:
    """A page's visible text, one line per block (scripts and styles dropped)."""
    root = parse_html(data)
    etree.strip_elements(root, "script", "style", "noscript", with_tail=False)
    for block in root.iter(*_BLOCKS):
        block.tail = "\n" + (block.tail or "")
    lines = (clean_line(line) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def participants_of(data: bytes) -> list[Participant]:
    """Officials named in a passage; for an HTML page, those of its article (as the
    extractor finds them), else of its visible text."""
    if not looks_like_html(data):
        return find_participants(data.decode("utf-8", errors="replace"))
    try:
        return extract_article(data, page_url(data) or PLACEHOLDER_URL).participants
    except NotAnArticle:
        return find_participants(html_text(data))
