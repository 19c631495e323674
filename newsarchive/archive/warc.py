"""Raw HTTP exchanges kept as WARC 1.1 files beside the JSONL archive.

Each record is its own gzip member, so any record can be read from its offset alone.
A run writes its own files, ``warc/<site>/<YYYY>/<YYYY-MM>/<site>-<run>-<NNNNN>.warc.gz``
(by fetch month), each opened by a ``warcinfo`` record and rolled at ``max_bytes``.
Records are built by warcio; the gzip member is made with ISA-L (``isal``), which gives
the same format several times faster than zlib, so keeping every page stays cheap.

Records join the archive's group commit: :meth:`WarcWriter.sync` makes them durable and
returns each file's size, which the archive commits with the index rows that refer to
them, so a crash can only leave a torn tail past a committed size (:func:`cut_torn_tail`).
"""

from __future__ import annotations

import base64
import hashlib
import io
import os
import zlib
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from isal import igzip
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsarchive import __version__
from newsarchive.archive.writer import write_all
from newsarchive.crawlfacts import Exchange, RecordRef

WARC_VERSION = "1.1"
MAX_BYTES = 1_000_000_000
"""A WARC file is closed and the next one started past this size (as Heritrix does)."""
GZIP_LEVEL = 1
DROPPED_HEADERS = frozenset({"transfer-encoding"})
"""The body is stored as received but de-chunked: a chunked header would mislead readers."""


def payload_digest(body: bytes) -> str:
    """``sha1:`` and the base32 SHA-1, the form WARC tools write and compare."""
    return "sha1:" + base64.b32encode(hashlib.sha1(body).digest()).decode("ascii")


def warc_date(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _response_headers(exchange: Exchange) -> StatusAndHeaders:
    kept = [(k, v) for k, v in exchange.response_headers if k.lower() not in DROPPED_HEADERS]
    return StatusAndHeaders(str(exchange.status), kept, protocol=exchange.protocol)


def _warc_headers(exchange: Exchange, date: str, extra: dict[str, str]) -> dict[str, str]:
    headers = {"WARC-Date": date, **extra}
    if exchange.ip_address:
        headers["WARC-IP-Address"] = exchange.ip_address
    return headers


def _record_bytes(builder: WARCWriter, record: Any) -> bytes:
    """The record as one gzip member (the builder writes it uncompressed first)."""
    builder.out = io.BytesIO()
    builder.write_record(record)
    return igzip.compress(builder.out.getvalue(), GZIP_LEVEL)


class _File:
    """One open WARC file: its handle, size and whether it has unsynced records."""

    def __init__(self, path: Path, relative: str) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.relative = relative
        self.handle: IO[bytes] = path.open("ab", buffering=0)
        self.size = self.handle.seek(0, os.SEEK_END)
        self.committed = self.size
        """The size the archive's index has committed: a rollback returns to it."""
        self.dirty = False

    def append(self, data: bytes) -> int:
        """Write ``data`` whole (retrying short writes); its offset. A write that fails
        (a full disk) is undone, so no torn record sits before later ones."""
        offset = self.size
        try:
            write_all(self.handle.fileno(), data)
        except OSError:
            self.handle.truncate(offset)
            raise
        self.size += len(data)
        self.dirty = True
        return offset

    def sync(self) -> None:
        os.fsync(self.handle.fileno())
        self.dirty = False


class WarcWriter:
    """Writes exchanges of one run; ``revisits`` knows payloads already stored."""

    def __init__(self, root: Path, run_id: str, revisits: PayloadIndex | None = None,
                 max_bytes: int = MAX_BYTES) -> None:
        self.root = root
        self.run_id = run_id
        self.revisits = revisits
        self.max_bytes = max_bytes
        self.builder = WARCWriter(io.BytesIO(), gzip=False, warc_version=WARC_VERSION)
        self._files: dict[tuple[str, str], _File] = {}
        self._serial = 0

    def write(self, exchange: Exchange) -> RecordRef:
        """Store the response (a ``revisit`` when the same payload of the same URL is
        already stored) and its request; the record that holds the payload."""
        digest = payload_digest(exchange.body)
        earlier = self.revisits.find(exchange.url, digest) if self.revisits else None
        date = warc_date(exchange.fetched_at)
        file = self._file_for(exchange)
        response = (self._revisit(exchange, date, *earlier) if earlier else
                    self._response(exchange, date, digest))
        data = _record_bytes(self.builder, response)
        offset = file.append(data)
        record_id = response.rec_headers.get_header("WARC-Record-ID")
        file.append(_record_bytes(self.builder, self._request(exchange, date, record_id)))
        if earlier is not None:
            return earlier[0]
        ref = RecordRef(file.relative, offset, len(data), digest)
        if self.revisits is not None:
            self.revisits.add(exchange.url, ref, date)
        return ref

    def _file_for(self, exchange: Exchange) -> _File:
        month = exchange.fetched_at.strftime("%Y-%m")
        key = (exchange.site, month)
        file = self._files.get(key)
        if file is None or file.size >= self.max_bytes:
            file = self._open(exchange.site, month)
            self._files[key] = file
        return file

    def _open(self, site: str, month: str) -> _File:
        self._serial += 1
        name = f"{site}-{self.run_id}-{self._serial:05d}.warc.gz"
        relative = f"warc/{site}/{month[:4]}/{month}/{name}"
        file = _File(self.root / relative, relative)
        info = {"software": f"newsarchive/{__version__}", "format": "WARC File Format 1.1",
                "conformsTo": "https://iipc.github.io/warc-specifications/specifications/"
                              "warc-format/warc-1.1/",
                "isPartOf": self.run_id, "description": f"newsarchive crawl of {site}"}
        file.append(_record_bytes(self.builder, self.builder.create_warcinfo_record(name, info)))
        return file

    def _response(self, exchange: Exchange, date: str, digest: str) -> Any:
        return self.builder.create_warc_record(
            exchange.url, "response", payload=io.BytesIO(exchange.body),
            length=len(exchange.body), http_headers=_response_headers(exchange),
            warc_headers_dict=_warc_headers(exchange, date, {"WARC-Payload-Digest": digest}))

    def _revisit(self, exchange: Exchange, date: str, earlier: RecordRef,
                 earlier_date: str) -> Any:
        return self.builder.create_revisit_record(
            exchange.url, earlier.digest, exchange.url, earlier_date,
            http_headers=_response_headers(exchange),
            warc_headers_dict=_warc_headers(exchange, date, {}))

    def _request(self, exchange: Exchange, date: str, concurrent_to: str) -> Any:
        path = exchange.url.split("/", 3)[3] if exchange.url.count("/") >= 3 else ""
        http = StatusAndHeaders(f"{exchange.method} /{path}", exchange.request_headers,
                                protocol="HTTP/1.1", is_http_request=True)
        return self.builder.create_warc_record(
            exchange.url, "request", http_headers=http,
            warc_headers_dict=_warc_headers(exchange, date, {"WARC-Concurrent-To": concurrent_to}))

    def sync(self) -> dict[str, int]:
        """fsync every file with new records; their sizes by path relative to the root."""
        synced = {}
        for file in self._files.values():
            if file.dirty:
                file.sync()
                synced[file.relative] = file.size
        return synced

    def committed(self) -> None:
        """The index committed the sizes :meth:`sync` told: the new rollback point."""
        for file in self._files.values():
            if not file.dirty:
                file.committed = file.size

    def rollback(self) -> None:
        """Cut every file back to its committed size (a failed commit)."""
        for file in self._files.values():
            if file.size > file.committed:
                file.handle.truncate(file.committed)
                file.size, file.dirty = file.committed, False

    def close(self) -> None:
        self.sync()
        for file in self._files.values():
            file.handle.close()
        self._files.clear()


class PayloadIndex:
    """Per URL and payload digest, the record that stores the payload (for revisits).

    A table of the archive's index, committed with it: it never names a record that
    was not made durable first."""

    SCHEMA = ("CREATE TABLE IF NOT EXISTS warc_payloads (url TEXT NOT NULL, "
              "digest TEXT NOT NULL, file TEXT NOT NULL, offset INTEGER NOT NULL, "
              "length INTEGER NOT NULL, date TEXT NOT NULL, PRIMARY KEY (url, digest)) "
              "WITHOUT ROWID")

    def __init__(self, db: Any) -> None:
        self.db = db
        self.db.execute(self.SCHEMA)

    def find(self, url: str, digest: str) -> tuple[RecordRef, str] | None:
        """The record already holding this payload of ``url``, and its WARC date."""
        row = self.db.execute("SELECT file, offset, length, date FROM warc_payloads "
                              "WHERE url = ? AND digest = ?", (url, digest)).fetchone()
        return (RecordRef(row[0], int(row[1]), int(row[2]), digest), str(row[3])) if row \
            else None

    def add(self, url: str, ref: RecordRef, date: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO warc_payloads VALUES (?, ?, ?, ?, ?, ?)",
                        (url, ref.digest, ref.file, ref.offset, ref.length, date))


def warc_files(root: Path) -> list[Path]:
    return sorted((root / "warc").rglob("*.warc.gz"))


def recover_warc(root: Path, committed: dict[str, int]) -> dict[str, int]:
    """Cut the torn tail of every WARC file grown past its committed size; the sizes of
    the files that were examined, to be committed."""
    sizes = {}
    for path in warc_files(root):
        relative = path.relative_to(root).as_posix()
        start = committed.get(relative, 0)
        if path.stat().st_size > start:
            sizes[relative] = cut_torn_tail(path, start)
    return sizes


def cut_torn_tail(path: Path, start: int) -> int:
    """Keep the complete gzip members past ``start``, cut the rest; the new size.

    Records past a file's committed size were written but maybe not synced: a member
    that does not end (a crash mid-write) and whatever follows it is cut off."""
    with path.open("r+b") as handle:
        handle.seek(start)
        tail = memoryview(handle.read())
        kept = 0
        while kept < len(tail):
            member = _member_length(tail, kept)
            if member is None:
                break
            kept += member
        handle.truncate(start + kept)
    return start + kept


_CHUNK = 1 << 16


def _member_length(data: memoryview, start: int) -> int | None:
    """Length of the complete gzip member at ``start`` holding a WARC record, else None."""
    inflater = zlib.decompressobj(wbits=31)
    head = b""
    position = start
    while not inflater.eof:
        if position >= len(data):
            return None
        chunk = data[position:position + _CHUNK]
        try:
            output = inflater.decompress(chunk)
        except zlib.error:
            return None
        if len(head) < 5:
            head += output[:5]
            if len(head) >= 5 and not head.startswith(b"WARC/"):
                return None
        position += len(chunk)
    return position - len(inflater.unused_data) - start
