"""Read responses back from WARC files, by record or file by file, through warcio.

The body comes back as the crawler's extractor saw it: de-chunked and decoded from its
``Content-Encoding``, and never more than :data:`MAX_BODY` bytes (a compression bomb
stops there, as the crawl's own download limit does).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from newsarchive.crawlfacts import RecordRef
from newsarchive.errors import ArchiveError

MAX_BODY = 10 * 1024 * 1024
"""The crawl's ``DOWNLOAD_MAXSIZE``: no page larger than this was ever extracted."""


@dataclass(frozen=True)
class StoredResponse:
    url: str
    status: int
    content_type: str
    body: bytes
    offset: int
    length: int

    @property
    def is_html(self) -> bool:
        kind = self.content_type.lower()
        return self.status == 200 and ("html" in kind or not kind)


def read_response(root: Path, ref: RecordRef) -> StoredResponse:
    """The response stored at ``ref`` (a ``response`` record)."""
    try:
        with (root / ref.file).open("rb") as handle:
            handle.seek(ref.offset)
            for response in _responses(handle):
                return response
    except (OSError, ArchiveLoadFailed) as error:
        raise ArchiveError(f"{ref.file} at {ref.offset}: {error}") from error
    raise ArchiveError(f"{ref.file} at {ref.offset}: no response record")


def iter_responses(path: Path) -> Iterator[StoredResponse]:
    """Every response record of a WARC file, in order."""
    try:
        with path.open("rb") as handle:
            yield from _responses(handle)
    except ArchiveLoadFailed as error:
        raise ArchiveError(f"{path}: not a readable WARC file ({error})") from error


def _responses(handle: IO[bytes]) -> Iterator[StoredResponse]:
    records = ArchiveIterator(handle)
    for record in records:
        if record.rec_type != "response":
            continue
        body = _body(record)
        offset = records.get_record_offset()
        yield StoredResponse(
            url=str(record.rec_headers.get_header("WARC-Target-URI")),
            status=int(record.http_headers.get_statuscode() or 0),
            content_type=str(record.http_headers.get_header("Content-Type") or ""),
            body=body, offset=offset, length=_length(records, record, body))


def _body(record: Any) -> bytes:
    stream = record.content_stream()
    body = bytes(stream.read(MAX_BODY + 1))
    if len(body) > MAX_BODY:
        raise ArchiveError(f"a stored response is over {MAX_BODY:,} bytes decoded")
    return body


def _length(records: ArchiveIterator, record: Any, body: bytes) -> int:
    """The record's length in the file (read to its end first)."""
    record.raw_stream.read()
    records.read_to_end(record)
    return int(records.get_record_length())
