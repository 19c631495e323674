"""One mention of a person in a sentence, as the rules pass it along."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Mention:
    """One mention of a person in a sentence.

    Token positions: ``start`` where the mention begins (its first office or honorific),
    ``name_start``..``name_end`` the name, ``end`` just past the offices after the name.
    ``absent``: the person is remembered here (``dâng hương``, ``ngày sinh``) or on trial
    or under investigation (``bị cáo``, ``bị can``): named, but taking no part.
    """

    name: str
    key: str
    honorific: str | None
    start: int
    name_start: int
    name_end: int
    end: int
    titles: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    absent: bool = False
    shared: bool = False
    """Its titles are the next person's, shared (``ông A và ông B, <office>``): the
    person's own only when no other mention gives one."""
