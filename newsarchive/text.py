"""Text normalisation shared by every extractor.

Output text is NFC with the Icelandic eth (always a mis-encoding in Vietnamese) mapped
to Đ/đ; tone placement stays as written and is unified only by :func:`fold`.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_ETH = {"\u00d0": "\u0110", "\u00f0": "\u0111"}
_ETH_AND_INVISIBLE_SPACES = {**_ETH, "\u200b": " ", "\ufeff": " "}
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")
_NEWLINES = re.compile(r"\s*\n\s*")
_TRANSLATED = re.compile("[\u00d0\u00f0\u200b\ufeff]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# What clean_line changes in an NFC text besides runs of plain spaces: white space but the
# plain space (every character str.split() splits at is below U+3001), controls, eth and
# the invisible spaces.
_OTHER_SPACES = "".join(c for c in map(chr, range(0x3001)) if c.isspace() and c != " ")
_NOT_CLEAN = re.compile(f"[{_OTHER_SPACES}\x00-\x1f\x7f\u00d0\u00f0\u200b\ufeff]")

# Old-style tone placement (on the first vowel of oa/oe/uy) → new style, for matching only.
_OLD_TONES = {
    "òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ",
    "òe": "oè", "óe": "oé", "ỏe": "oẻ", "õe": "oẽ", "ọe": "oẹ",
    "ùy": "uỳ", "úy": "uý", "ủy": "uỷ", "ũy": "uỹ", "ụy": "uỵ",
}
_OLD_TONE_RE = re.compile("|".join(_OLD_TONES))


def _without_eth(text: str, table: dict[str, str]) -> str:
    """``text`` with each character of ``table`` replaced, when it has any. One
    ``str.replace`` per character: ``str.translate`` with a table takes about 70 ns a
    character, a second on a 20 MB text."""
    if _TRANSLATED.search(text) is None:
        return text
    for old, new in table.items():
        text = text.replace(old, new)
    return text


def clean(text: str) -> str:
    """NFC, eth → Đ, spaces collapsed, stripped. Newlines are kept as single newlines."""
    text = _without_eth(unicodedata.normalize("NFC", text), _ETH)
    text = _SPACES.sub(" ", text)
    return _NEWLINES.sub("\n", text).strip()


def clean_line(text: str) -> str:
    """Like :func:`clean` but on one line: every run of white space becomes one space."""
    if _is_clean_line(text):
        return text
    text = _without_eth(unicodedata.normalize("NFC", text), _ETH_AND_INVISIBLE_SPACES)
    line = " ".join(text.split())
    return line if line.isprintable() else _CONTROL.sub("", line)


def _is_clean_line(text: str) -> bool:
    """Whether :func:`clean_line` would return ``text`` as it is (a line cleaned before):
    checked by scans in C, where cleaning splits the text into words and joins them."""
    return (
        "  " not in text
        and text[:1] != " "
        and text[-1:] != " "
        and unicodedata.is_normalized("NFC", text)
        and _NOT_CLEAN.search(text) is None
    )


def nfc_length(text: str) -> int:
    """Characters as the cleaned text counts them: a decomposed (NFD) page's tone marks
    are no characters of their own."""
    return len(text) if unicodedata.is_normalized("NFC", text) \
        else len(unicodedata.normalize("NFC", text))


def fold(text: str) -> str:
    """A matching key: lower case, NFC, Đ for eth, one tone placement, single spaces.

    Tones are moved to the second vowel of oa/oe/uy (``Ủy`` and ``Uỷ`` fold alike).
    """
    text = clean_line(text).lower()
    return _OLD_TONE_RE.sub(lambda m: _OLD_TONES[m.group(0)], text)


def text_hash(headline: str, body: str) -> str:
    """SHA-1 over the folded headline and body: the Article's ``content_hash`` formula,
    which the archive also uses to tell a revision from a refetch."""
    return hashlib.sha1(f"{fold(headline)}\n{fold(body)}".encode()).hexdigest()
