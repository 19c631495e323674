"""Injected faults, decided deterministically per (seed, site, article path).

``--faults`` takes ``kind:rate`` pairs, e.g.
``500:0.05,503-retry-after:0.02,slow:0.02,404:0.02,redirect-offsite:0.01,nonhtml:0.01,oversize:0.005``.
Faults hit article pages only (home, listings, feeds, sitemaps and robots.txt never
fail), keyed on the article's canonical path so its aliases share its fate. One uniform
draw per path picks at most one kind (rates are stacked in the order above; they must
sum to at most 1).

- ``500`` and ``503-retry-after`` (``Retry-After: 1``) fail the FIRST request of the
  article only: a retry succeeds, so a crawler that retries loses nothing.
- ``slow`` delays every response of the article (``slow_seconds``, default 2 s).
- ``404``, ``redirect-offsite`` (302 to ``http://127.0.0.2:<port><path>``, another
  loopback host nothing listens on), ``nonhtml`` (a small PDF, ``application/pdf``) and
  ``oversize`` (``text/html``, 12 MiB streamed) are permanent.
"""

from __future__ import annotations

import hashlib
import threading
from collections import Counter
from dataclasses import dataclass

KINDS = ("500", "503-retry-after", "slow", "404", "redirect-offsite", "nonhtml", "oversize")
TRANSIENT = frozenset({"500", "503-retry-after"})
OVERSIZE_BYTES = 12 * 1024 * 1024
OFFSITE_HOST = "127.0.0.2"


@dataclass(frozen=True)
class FaultSpec:
    rates: tuple[tuple[str, float], ...] = ()

    def __bool__(self) -> bool:
        return any(rate > 0 for _, rate in self.rates)


def parse_faults(spec: str | None) -> FaultSpec:
    """``"500:0.05,slow:0.02"`` → :class:`FaultSpec`; ValueError names the bad piece."""
    if not spec:
        return FaultSpec()
    rates: dict[str, float] = {}
    for piece in spec.split(","):
        kind, sep, value = piece.strip().rpartition(":")
        if not sep or kind not in KINDS:
            raise ValueError(
                f"--faults: unknown fault '{piece.strip()}' (kinds: {', '.join(KINDS)})"
            )
        try:
            rate = float(value)
        except ValueError:
            raise ValueError(f"--faults: rate of '{kind}' is not a number: '{value}'") from None
        if not 0 <= rate <= 1:
            raise ValueError(f"--faults: rate of '{kind}' must lie in [0, 1]")
        rates[kind] = rate
    if sum(rates.values()) > 1 + 1e-9:
        raise ValueError("--faults: rates add up to more than 1")
    return FaultSpec(tuple((kind, rates[kind]) for kind in KINDS if kind in rates))


def fault_for(spec: FaultSpec, seed: int, site: str, path: str) -> str | None:
    """The fault kind assigned to an article path, or None."""
    if not spec:
        return None
    digest = hashlib.sha256(f"{seed}:fault:{site}:{path}".encode()).digest()
    draw = int.from_bytes(digest[:8], "big") / 2**64
    edge = 0.0
    for kind, rate in spec.rates:
        edge += rate
        if draw < edge:
            return kind
    return None


class Attempts:
    """Thread-safe count of requests per (site, path)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counts: Counter[tuple[str, str]] = Counter()

    def next(self, site: str, path: str) -> int:
        """Record one more request and return its number (1 for the first)."""
        with self._lock:
            self._counts[(site, path)] += 1
            return self._counts[(site, path)]


def active(kind: str | None, attempt: int) -> str | None:
    """The fault that applies to this attempt: transient kinds hit the first one only."""
    if kind in TRANSIENT and attempt > 1:
        return None
    return kind
