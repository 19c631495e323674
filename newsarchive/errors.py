"""The errors the library raises on purpose; anything else is a bug."""


class NewsarchiveError(Exception):
    """Base class of the project's documented errors."""


class NotAnArticle(NewsarchiveError):
    """The page is a listing, a home page, a redirect stub or has no article text."""

    def __init__(self, kind: str, detail: str = "") -> None:
        self.kind = kind
        self.detail = detail
        super().__init__(f"not an article ({kind}){': ' + detail if detail else ''}")


class ProfileError(NewsarchiveError):
    """A site profile is missing, malformed or names an unknown key."""


class ArchiveError(NewsarchiveError):
    """An archive this version cannot use (for example, an index of a newer format)."""


class ArchiveWriteError(ArchiveError):
    """Lines could not be made durable (disk full, I/O error). The archive was rolled back
    to its last commit and takes no more articles in this process; ``kind`` is
    ``disk_full`` or ``write_error``, the key a run report counts it under."""

    def __init__(self, message: str, kind: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.reported = False
        """Set by whoever told the user, so one failure is told once."""
        self.rolled_back: dict[str, int] = {}
        """Lines written but not committed, so not archived after all, by site."""
