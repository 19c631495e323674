"""Recognising Vietnamese personal names: runs of capitalised syllables, scored."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache

from newsarchive.participants.lexicon import (
    BAPTISMAL_NAMES,
    COMMON_SURNAMES,
    COUNTRIES,
    HIGHLAND_NAME_STARTS,
    HISTORICAL_FIGURES,
    MIDDLE_NAMES,
    NEVER_NAMES,
    ORG_NOUNS,
    OTHER_SURNAMES,
    PLACE_HEADS,
    PLACE_NOUNS,
    PLACES,
    TWO_WORD_COUNTRIES,
    UNIT_NOUNS,
)
from newsarchive.participants.tokens import OFFICE_PAIRS, Token
from newsarchive.text import fold

MIN_SYLLABLES = 2
MAX_SYLLABLES = 5
MAX_HIGHLAND_SYLLABLES = 3
"""Longer runs opening with a Central Highlands name's first word are a place and a name
(``xã Ia Siu Nguyễn Văn Hùng``): such names have two or three syllables."""

_COMMON = frozenset(fold(w) for w in COMMON_SURNAMES)
_OTHER = frozenset(fold(w) for w in OTHER_SURNAMES)
_HIGHLAND = frozenset(fold(w) for w in HIGHLAND_NAME_STARTS)
_BAPTISMAL = frozenset(fold(w) for w in BAPTISMAL_NAMES)
_BAPTISMAL_ENDS = frozenset(name.rsplit(" ", 1)[-1] for name in _BAPTISMAL)
_MIDDLE = frozenset(fold(w) for w in MIDDLE_NAMES)
# Middle names that mark a person whatever the surname (``Sồng A Tủa``, ``Lồ Seo Chư``):
# no place is named with one in second position.
_PERSONAL_MIDDLES = frozenset({"thị", "văn", "a", "seo", "mí", "sín"})
# Middle names only ever second in a name (``Vàng Thị Mai``, ``Lò Văn Tính``).
_SECOND_ONLY = frozenset({"thị", "văn"})
_PLACES = frozenset(fold(w) for w in PLACES)
_COUNTRIES = frozenset(fold(w) for w in COUNTRIES)
_PLACE_NAMES = _PLACES | _COUNTRIES
_NATIONS = frozenset(fold(w) for w in TWO_WORD_COUNTRIES)
# Score of a name whose syllables are not Vietnamese (``Ito Naoki``) or are hyphenated
# transliterations (``Xon-xay Xi-phan-đon``): the place after an office is what names it.
FOREIGN_SCORE = 3.0
# Added to a name that follows a known place or country in the same run of capitals.
PLACE_BONUS = 2.0
_HISTORICAL = frozenset(fold(w) for w in HISTORICAL_FIGURES)
# Honorifics and kinship words that open no name (``Chị Ksor H'Nguyệt``), though after a
# word they may be a place's syllable (``phường Bà Rịa``, ``huyện Cô Tô``).
_RUN_BREAKERS = frozenset({"ông", "bà", "thầy", "cô", "chị", "em", "cụ"})
NAME_PARTICLES = frozenset({"van", "von", "den", "der", "de", "du", "del", "della", "dos",
                            "das", "bin", "binti", "al"})
"""Lower-case particles of Dutch, German, French, Spanish, Portuguese and Arabic names."""
# One-word religious offices written before a name, which they never open (``Achar Sơn
# Vọng``, ``Hakim Ahmad Sa Ly``); inside a run they stay a name's (``Abdul Hakim``).
_OFFICE_WORDS = frozenset({"achar", "hakim"})
_NEVER_NAMES = frozenset(fold(w) for w in NEVER_NAMES)
_UNIT_NOUNS = frozenset(tuple(fold(w).split()) for w in UNIT_NOUNS)
_NOUN_FIRSTS = frozenset(first for first, *_ in _UNIT_NOUNS | OFFICE_PAIRS)
_BODY_NOUNS = frozenset(fold(w) for w in ORG_NOUNS if " " not in w)
_PLACE_HEADS = frozenset(fold(w) for w in PLACE_HEADS)
# Nouns that begin the name of a place or an institution (``Báo …``, ``Bệnh viện …``),
# but not those that are also surnames (``Đường``, ``Lăng``).
_INSTITUTIONS = frozenset(fold(w) for w in PLACE_NOUNS) - _COMMON - _OTHER
_NOT_NAME_STARTS = _PLACE_HEADS | _INSTITUTIONS
_APOSTROPHE_SPLIT = re.compile("['’]")
_APOSTROPHE_RUN = re.compile(r"\s*['’ʼ]\s*")
# A K'Ho name (``K'Mai``, ``K'Brơi``): the prefix and the given name in one word, which
# is the whole name and counts as two syllables; ``K'Ho`` itself names the people.
_PREFIXED_NAME = re.compile(r"k['’](?!ho\b)\w")
_APOSTROPHES = ("'", "’")
_KEY_SEPARATORS = re.compile(r"[\s\-‐‑–—]+")
# One Vietnamese syllable without tone marks: onset, vowels, coda.
_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnpqrstvx])?"
    r"[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?"
)


@dataclass(frozen=True, slots=True)
class Run:
    """Tokens ``start``..``end`` (end exclusive) of one sentence that look like a name."""

    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start


def _bare(word: str) -> str:
    """Lower case without tone or vowel marks, đ → d."""
    decomposed = unicodedata.normalize("NFD", word.lower().replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def is_prefixed_name(word: str) -> bool:
    """A folded word that is a K'Ho name by itself (``k'mai``)."""
    return word[1:2] in _APOSTROPHES and _PREFIXED_NAME.match(word) is not None


def syllable_count(words: Sequence[str]) -> int:
    """How many syllables folded ``words`` hold (``k'mai`` holds two)."""
    return len(words) + sum(1 for word in words if is_prefixed_name(word))


def is_syllable(token: Token) -> bool:
    """A capitalised word that can be part of a name (``Nguyễn``, ``NGUYỄN``, ``Rah``)."""
    return token.word and token.text[0].isupper() and _is_syllable_text(token.text)


def _hyphenated_part(part: str) -> bool:
    return part.isalpha() and (part.islower() or (part.isascii() and part.istitle()))


@lru_cache(maxsize=8192)
def _is_syllable_text(text: str) -> bool:
    """``Nguyễn``, ``NGUYỄN``; ``H'Yim`` and ``K'Đăm`` (parts joined by an apostrophe,
    each capitalised or lower case); ``Xi-phan-đon`` (lower-case parts after a hyphen),
    ``Jean-Luc`` (plain-Latin capitalised parts); a middle initial with its stop (``L.``)."""
    if len(text) == 2 and text[1] == "." and text[0].isupper():
        return True  # a middle initial (``Margaret L. Hayes``)
    head, *tail = text.split("-")
    if not all(map(_hyphenated_part, tail)):
        return False
    parts = _APOSTROPHE_SPLIT.split(head)
    if len(parts) > 1:
        return parts[0][:1].isupper() and all(
            part.isalpha() and (len(part) == 1 or part[1:].islower()) for part in parts
        )
    word = head
    if not word.isalpha() or not word[0].isupper():
        return False
    if len(word) == 1 or word[1:].islower():
        return True
    return word.isupper() and _SYLLABLE.fullmatch(_bare(word)) is not None


def is_name_word(tokens: Sequence[Token], index: int) -> bool:
    """A name syllable; capitalised ``Ông``/``Bà`` after a word is one (``phường Bà Rịa``),
    elsewhere it is an honorific."""
    if not is_syllable(tokens[index]) or tokens[index].low in _NEVER_NAMES:
        return False
    if _opens_unit(tokens, index):
        return False
    if _is_comrade(tokens, index) or (index > 0 and _is_comrade(tokens, index - 1)):
        return False
    if tokens[index].low in _OFFICE_WORDS:
        return False
    if tokens[index].low not in _RUN_BREAKERS:
        return True
    return index > 0 and tokens[index - 1].word


def _opens_unit(tokens: Sequence[Token], index: int) -> bool:
    """``Chi`` in ``Chi nhánh``, ``Luật`` in ``Đoàn Luật sư``: a unit's noun, or an office
    written in a body's name right after the body's noun, no name syllable. After a name
    the same words are a given name and a verb (``Nguyễn Văn Hòa giải thích``)."""
    if tokens[index].low not in _NOUN_FIRSTS or index + 1 >= len(tokens):
        return False
    pair = (tokens[index].low, tokens[index + 1].low)
    return pair in _UNIT_NOUNS or (
        pair in OFFICE_PAIRS and tokens[index + 1].text.islower() and index > 0
        and tokens[index - 1].low in _BODY_NOUNS)


def _is_comrade(tokens: Sequence[Token], index: int) -> bool:
    """``đồng chí`` in any case: an honorific, even in a line printed in capitals."""
    return (
        tokens[index].low == "đồng" and index + 1 < len(tokens) and tokens[index + 1].low == "chí"
    )


def name_runs(tokens: Sequence[Token], single_after: Collection[str] = ()) -> list[Run]:
    """Maximal runs of name syllables; a leading ``Ông``/``Bà`` is an honorific.

    A run of one syllable is kept only right after a word in ``single_after``
    (``ông Hùng``).
    """
    runs: list[Run] = []
    start = -1
    capitals = False
    following = 0  # just past the last capitalised token
    uppers = [i for i, token in enumerate(tokens) if token.text[0].isupper()
              or (token.low in NAME_PARTICLES and _is_particle(tokens, i))]
    particles = {i for i in uppers if not tokens[i].text[0].isupper()}
    for number, index in enumerate(uppers):
        if start >= 0 and index != following:
            runs.append(Run(start, following))
            start = -1
        following = index + 1
        token = tokens[index]
        if start >= 0 and index in particles:
            continue
        if start >= 0 and token.gap and is_syllable(token) and _all_caps(token) == capitals \
                and not _opens_unit(tokens, index):
            continue
        if start >= 0:
            runs.append(Run(start, index))
            start = -1
        alone = number + 1 == len(uppers) or uppers[number + 1] != following
        if alone and not _after(tokens, index, single_after) and not is_prefixed_name(token.low):
            continue
        if is_name_word(tokens, index):
            start, capitals = index, _all_caps(token)
    if start >= 0:
        runs.append(Run(start, following))
    return [run for run in runs if len(run) > 1 or is_prefixed_name(tokens[run.start].low)
            or _after(tokens, run.start, single_after)]


def _is_particle(tokens: Sequence[Token], index: int) -> bool:
    """A lower-case particle inside a foreign name (``Maarten van den Berg``, ``Marloes
    de Vries``): between plain-Latin capitalised words, one or two of them."""
    before, after = index - 1, index + 1
    if before >= 0 and _lower_particle(tokens[before]):
        before -= 1
    if after < len(tokens) and _lower_particle(tokens[after]):
        after += 1
    return before >= 0 and after < len(tokens) and _latin_capital(tokens[before]) \
        and _latin_capital(tokens[after])


def _lower_particle(token: Token) -> bool:
    return token.low in NAME_PARTICLES and token.text.islower()


def _latin_capital(token: Token) -> bool:
    return token.word and token.text[0].isupper() and token.text.isascii()


def _after(tokens: Sequence[Token], index: int, words: Collection[str]) -> bool:
    """Whether the word before ``index`` is one of ``words``."""
    return index > 0 and tokens[index - 1].low in words


def _all_caps(token: Token) -> bool:
    """A word in capitals (``NGUYỄN``), not a middle initial (``L.``)."""
    return len(token.text) > 1 and token.text.isupper() and token.text[-1] != "."


def name_score(words: Sequence[str]) -> float:
    """How much folded ``words`` look like one person's full name (higher is likelier).

    A Vietnamese surname raises the score, but it is a hint, never a gate: a name that
    is plainly not Vietnamese scores as well as a known surname does.
    """
    size = syllable_count(words)
    if not MIN_SYLLABLES <= size <= MAX_SYLLABLES or len(words[-1].rstrip(".")) == 1:
        return -10.0  # too short or long, or anonymised (``Nguyễn Văn K.``)
    if words[0] in _NOT_NAME_STARTS or " ".join(words[:2]) in _NOT_NAME_STARTS:
        return -5.0
    if any(map(is_prefixed_name, words[1:])):
        return -5.0  # a K'Ho name starts where its prefix stands
    highland = (words[0] in _HIGHLAND or is_prefixed_name(words[0])) \
        and size <= MAX_HIGHLAND_SYLLABLES
    score = 3.0 if words[0] in _COMMON or highland else 2.0 if words[0] in _OTHER else 0.0
    if is_foreign(words):
        score = max(score, FOREIGN_SCORE)
    if len(words) > 1 and words[1] in _MIDDLE:
        score += 2.0 if words[1] in _PERSONAL_MIDDLES and size > 2 else 1.0
    if size in (3, 4):
        score += 1.0
    elif size == MAX_SYLLABLES and score < 3:
        score -= 1.0
    if " ".join(words[:2]) in _PLACE_NAMES or " ".join(words) in _PLACES or words[0] in _COUNTRIES:
        score -= 5.0
    if size > 2 and " ".join(words[-2:]) in _NATIONS and is_foreign(words[:-2]):
        score -= 5.0  # a firm (``Hanseong Electronics Việt Nam``), not ``Nguyễn Thị Hà Lan``
    if any(word in _SECOND_ONLY for word in words[2:-1]):
        score -= 1.0  # ``Đồng Văn | Vàng Thị Mai``: a place, then a name
    return score


def is_surname(word: str) -> bool:
    """Whether a folded word is a Vietnamese surname, Kinh or of a minority: a name it
    opens is written family name first and goes by its last words."""
    return word in _COMMON or word in _OTHER


def may_open_name(word: str) -> bool:
    """Whether a folded word can open a person's name or pen name: a surname, a middle
    name, or the opening of a Central Highlands name (``ksor``, ``h'yim``)."""
    return word in _COMMON or word in _OTHER or word in _MIDDLE or word in _HIGHLAND \
        or is_prefixed_name(word) or "'" in word


def is_foreign(words: Sequence[str]) -> bool:
    """Folded ``words`` that no Kinh name is made of: a hyphenated transliteration, or a
    syllable that Vietnamese spelling does not allow (``ito naoki``, ``h'yim kđoh``)."""
    return any(map(_is_foreign_word, words))


@lru_cache(maxsize=8192)
def _is_foreign_word(word: str) -> bool:
    return "-" in word or _SYLLABLE.fullmatch(_bare(word)) is None


def best_split(tokens: Sequence[Token], run: Run, whole_from: int = 2) -> tuple[int, float]:
    """The start of the likeliest name ending the run, and its score.

    The whole run is a candidate only with at least ``whole_from`` syllables; what is
    left before the name is scored as a place (see :func:`_prefix_penalty`).
    """
    words = [token.low for token in tokens[run.start : run.end]]
    best = (run.start, -10.0)
    # Only names of MIN_SYLLABLES to MAX_SYLLABLES (in as many words or fewer): any other
    # scores too low to count.
    last = len(words) if is_prefixed_name(words[-1]) else len(words) - MIN_SYLLABLES + 1
    for offset in range(max(0, len(words) - MAX_SYLLABLES), last):
        name = words[offset:]
        if offset == 0 and syllable_count(name) < whole_from:
            continue
        score = name_score(name) - _prefix_penalty(words, offset)
        if score > best[1]:
            best = (run.start + offset, score)
    return run.start + _with_baptismal_name(words, best[0] - run.start), best[1]


def _with_baptismal_name(words: Sequence[str], offset: int) -> int:
    """Where the name starting at ``offset`` starts with the baptismal name written right
    before it (``Vinh Sơn | Nguyễn Văn Bình``)."""
    if not offset or words[offset - 1] not in _BAPTISMAL_ENDS:
        return offset
    for size in (2, 1):
        if offset >= size and " ".join(words[offset - size : offset]) in _BAPTISMAL:
            return offset - size
    return offset


def _prefix_penalty(words: Sequence[str], offset: int) -> float:
    """What is left before the name should be a place. Likelier when it is a known one
    (``Trung Quốc | Tập Cận Bình``), or ends with a country, as a firm's name does
    (``Samsung Việt Nam | Choi Joo-ho``); less when it holds a one-letter word (an initial,
    Ê Đê ``Y``), is another single word, or cuts a known place in two (a little:
    ``Thanh Bình | Dương Hữu Trung`` is a commune and a person, ``Việt | Nam Ito Naoki``
    is neither)."""
    if offset == 0:
        return 0.0
    if 1 in map(len, words[:offset]):
        return 5.0
    if " ".join(words[:offset]) in _PLACE_NAMES or " ".join(words[offset - 2 : offset]) in _NATIONS:
        return -PLACE_BONUS  # the place or the firm's country closes the office
    penalty = 1.0 if offset == 1 else 0.0
    if " ".join(words[offset - 1 : offset + 1]) in _PLACE_NAMES:
        penalty += 0.5
    return penalty


def ends_with_place(words: Sequence[str]) -> bool:
    """Whether folded ``words`` end with a known place or country (``… tại việt nam``)."""
    return any(" ".join(words[-size:]) in _PLACE_NAMES for size in (1, 2, 3))


def name_key(name: str) -> str:
    """The key that groups one person's names across articles.

    Folded as :func:`~newsarchive.text.fold` does (case, NFC, ``Ð``/``Đ``, old and new
    tone placement: ``Thuỷ``/``Thủy``); hyphens and runs of white space between
    syllables become one space (``Xon-xay``/``Xon xay`` → ``xon xay``); apostrophes
    become ``'`` and join the syllable after them (``H’ Yim`` → ``h'yim``). A name
    written solid (``Xonxay``) keeps a key of its own: cutting it into syllables would
    take a syllable list for every language names are transliterated from.
    """
    folded = _APOSTROPHE_RUN.sub("'", fold(name))
    return " ".join(_KEY_SEPARATORS.split(folded)).strip()


def is_historical(name_key: str) -> bool:
    """A figure commemorated rather than taking part (``Hồ Chí Minh``)."""
    return name_key in _HISTORICAL


def is_place(name_key: str) -> bool:
    """A place whose name could pass for a person's."""
    return name_key in _PLACES
