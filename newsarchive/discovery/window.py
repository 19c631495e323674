"""The crawl's date window: Vietnam-local calendar days, both ends inclusive."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class DateWindow:
    since: date | None = None
    until: date | None = None

    @classmethod
    def parse(cls, since: str | None, until: str | None) -> DateWindow:
        """From ``YYYY-MM-DD`` strings; raises ValueError with a readable message."""
        window = cls(_day(since, "since"), _day(until, "until"))
        if window.since and window.until and window.since > window.until:
            raise ValueError(f"since ({since}) is after until ({until})")
        return window

    def contains(self, published_at: str) -> bool:
        """Whether an ISO timestamp in +07:00 falls inside the window."""
        day = date.fromisoformat(published_at[:10])
        return (self.since is None or day >= self.since) and (
            self.until is None or day <= self.until)

    def before(self, published_at: str) -> bool:
        """Whether the timestamp is older than the window's first day."""
        return self.since is not None and date.fromisoformat(published_at[:10]) < self.since


def _day(value: str | None, name: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise ValueError(f"{name} must be a day as YYYY-MM-DD, not {value!r}") from None
