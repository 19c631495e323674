"""Choose the publication time among the page's date sources.

Order: the date-time printed next to the headline/byline, then JSON-LD, then meta tags,
then a date in the URL, then the lead (``Sáng 15-3``) with the year from the URL. A value
without a time never overrides one with a time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from itertools import islice
from typing import cast

from lxml import etree

from newsarchive import dates
from newsarchive.dates import FoundDate
from newsarchive.dom import HtmlElement, elements_before, text_of
from newsarchive.extract.cleaning import is_junk
from newsarchive.extract.metadata import Metadata
from newsarchive.extract.selectors import select
from newsarchive.sites import Profile
from newsarchive.text import clean_line

_META_KEYS = ("article:published_time", "datepublished", "pubdate", "og:published_time",
              "publishdate", "publish-date", "dc.date.issued", "dcterms.created", "date")
_UPDATE_TEXTS = etree.XPath("descendant-or-self::text()[contains(., 'ập nhật')]")
_UPDATE_LINE = re.compile(
    r"^[\s|·•(-]*(?:Cập nhật|Lần cập nhật)(?:\s+lần)?(?:\s+cuối)?(?:\s+lúc)?\s*:?")
"""A line that opens with an update label (``| Cập nhật: …``, ``Lần cập nhật cuối (``), in
capitals as a label is: a sentence of the text saying ``… số liệu cập nhật lúc …`` is no
update line."""
MAX_UPDATE_LINE_CHARS = 120
MAX_UPDATE_TIME_CHARS = 60
"""An update time printed in an element of its own (``15/03/2025 08:05``, ``Thứ bảy, ngày
15 tháng 3 năm 2025 lúc 08:05``): a sentence there is a note's, not a stamp."""
_OPENS_LIKE_A_DATE = re.compile(r"\d|thứ\s|chủ nhật|ngày\s|lúc\s", re.IGNORECASE)
_MODIFIED_KEYS = ("article:modified_time", "datemodified", "og:updated_time", "lastmod")
_TIME_LABEL = re.compile(r"^(?:giờ|lúc|thời gian|time)\s*:?\s*", re.IGNORECASE)
_MAX_TIME_CHARS = 12
"""A time printed alone: ``15:40``, ``09:12 SA``."""
_DATE_HINT = re.compile(r"\d[/.\-]\d")
"""Text that may hold a numeric date run together with what follows it."""
_STATE_PUBLISHED = re.compile(
    r'"(?:publishedAt|published_at|publishDate|publish_date|publishTime|publishedTime|'
    r'datePublished)"\s*:\s*"([^"]{10,40})"')
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:/|\b)")
_MAX_DATE_TEXT = 150
_MAX_DATE_CHILDREN = 6
"""Dates sit in small elements; larger ones are not read (their text is costly)."""
_FORWARD_WINDOW = 80
_LEVELS_BEFORE = 2
_START_WINDOW = 12
_UPDATE_LABEL = re.compile(r"\s*(?:cập nhật|updated?|chỉnh sửa|sửa lúc)\b", re.IGNORECASE)
_UPDATE_LABEL_BEFORE = re.compile(
    r"(?:cập nhật|updated?|chỉnh sửa)(?:\s+(?:lúc|ngày|vào|at|on))?\s*:?\s*$", re.IGNORECASE)
"""An update's label right before its time, after other text (a byline, perhaps glued to
it by inline elements: ``Hải ĐăngCập nhật lúc …``)."""
_POSTED_LABEL = re.compile(r"\s*(?:ngày đăng|đăng lúc|đăng ngày|đăng|xuất bản|published|posted)\b",
                           re.IGNORECASE)
_TODAY = re.compile(r"hôm nay|today", re.IGNORECASE)
_LABELLED_LOOKAHEAD = 6
"""Elements after an update time in which a labelled posting time is looked for."""
_FOOTER_WINDOW = 8
_LEVELS_AFTER = 2
_OTHER_ARTICLES = frozenset({"aside", "nav", "article", "li", "a"})
"""Sidebars, menus, teaser units, list items and links: other articles' dates."""


@dataclass(frozen=True)
class Published:
    found: FoundDate
    source: str
    shown: bool = False
    """The page carries a time of its own near its headline or text (printed, or in an
    element's attribute), whichever source was chosen."""
    update: bool = False
    """Printed as the time of an update (``Cập nhật lúc …``), no posting time beside it."""


def _meta_value(value: str | None, profile: Profile) -> FoundDate | None:
    if not value:
        return None
    return dates.parse_iso(value) or dates.parse_numeric(value, profile.dates.meta_order)


def _element_dates(element: HtmlElement, profile: Profile) -> Iterator[Published]:
    if len(element) > _MAX_DATE_CHILDREN:
        return
    text = text_of(element)
    if text and len(text) <= _MAX_DATE_TEXT:
        found = dates.parse_visible(text)
        if len(element) and (found.precision == "day" if found else _DATE_HINT.search(text)):
            found = _read_apart(element, found)
        if found and found.precision == "day":
            found = _with_time_beside(element, text) or _titled_time(element, found) or found
        if found:
            yield Published(found, "visible", shown=True)
        elif (hover := _title_date(element)) is not None:
            yield Published(hover, "visible", shown=True)
    machine = element.get("datetime") or element.get("content") or _inner_datetime(element)
    found_meta = _meta_value(machine, profile) or _data_attribute_date(element)
    if found_meta:
        yield Published(found_meta, "meta", shown=True)


def _title_date(element: HtmlElement) -> FoundDate | None:
    """The date a relative time shows on hover (``<span title="20/06/2025 16:40">3 giờ
    trước</span>``)."""
    title = element.get("title")
    if not title or len(title) > _MAX_DATE_TEXT or not title[:1].isdigit():
        return None
    return dates.parse_visible(title)


def _titled_time(element: HtmlElement, day: FoundDate) -> FoundDate | None:
    """The time of the day shown that the ``title`` of the element or of an ``abbr`` or
    ``time`` inside it holds (microformats' ``<abbr class="published" title="2024-11-15T
    23:40:00Z">Thứ bảy, 16/11/2024</abbr>``: the 16th at 06:40 in Vietnam)."""
    for node in element.iter("abbr", "time", element.tag):
        title = node.get("title")
        if not title or len(title) > _MAX_DATE_TEXT or not title[:1].isdigit():
            continue
        found = dates.parse_iso(title) or dates.parse_visible(title)
        if found is not None and found.precision != "day" \
                and found.value.date() == day.value.date():
            return found
        return None
    return None


def _with_time_beside(element: HtmlElement, text: str) -> FoundDate | None:
    """The date with the time its next sibling prints alone (``<li>Ngày xuất bản:
    07/12/2025</li><li>Giờ: 15:20</li>``, ``<span>14/03/2026</span><span>15:40</span>``)."""
    node = element
    for _ in range(2):  # the date's wrappers that print nothing else
        parent = node.getparent()
        if node.getnext() is not None or parent is None or text_of(parent) != text:
            break
        node = parent
    following = node.getnext()
    if following is None or not isinstance(following.tag, str):
        return None
    clock = _TIME_LABEL.sub("", text_of(following))
    if not clock or len(clock) > _MAX_TIME_CHARS or not clock[0].isdigit():
        return None
    found = dates.parse_visible(f"{text} {clock}")
    return found if found is not None and found.precision != "day" else None


def _inner_datetime(element: HtmlElement) -> str | None:
    """The machine time of a ``<time datetime>`` the date's element wraps (a meta row's
    ``div`` around it)."""
    inner = next(element.iterdescendants("time"), None) if len(element) else None
    return inner.get("datetime") if inner is not None else None


def _read_apart(element: HtmlElement, found: FoundDate | None) -> FoundDate | None:
    """The date when the element's parts are read apart, if that gives more: ``16:20``
    in one span and ``1.845 lượt xem`` in the next run together as ``16:201.845``, and
    ``07/12/2025`` then ``09:12`` as ``07/12/202509:12``."""
    apart = dates.parse_visible(clean_line(" ".join(element.itertext())))
    if apart is not None and (found is None or apart.precision != "day"):
        return apart
    return found


def _data_attribute_date(element: HtmlElement) -> FoundDate | None:
    """An ISO time kept in a ``data-*`` attribute (``<span data-iso="…">``)."""
    for key, value in element.attrib.items():
        if key.startswith("data-") and len(value) <= 40 and value[:1].isdigit():
            found = dates.parse_iso(value)
            if found is not None and found.precision != "day":
                return found
    return None


def _visible_candidates(root: HtmlElement, profile: Profile, headline: HtmlElement | None,
                        container: HtmlElement | None) -> list[Published]:
    chosen = select(root, profile.selectors.published)
    if chosen:
        return [p for element in chosen[:2] for p in _element_dates(element, profile)]
    if headline is not None:
        return _dates_after(headline, container, profile) or _dates_before(headline, profile)
    if container is None:
        return []
    return _dates_before(container, profile) or _dates_at_start(container, profile)


def _fallback_candidates(root: HtmlElement, profile: Profile,
                         reference: datetime) -> list[Published]:
    """dateparser on the profile's date element when no rule read it; relative forms
    count from the page's own metadata time, never from the clock."""
    chosen = select(root, profile.selectors.published)
    text = text_of(chosen[0]) if chosen else ""
    found = dates.parse_fallback(text, reference) if 0 < len(text) <= _MAX_DATE_TEXT else None
    return [Published(found, "visible", shown=True)] if found else []


def _dates_after(
    anchor: HtmlElement, container: HtmlElement | None, profile: Profile
) -> list[Published]:
    """The first date printed after the headline, before the body starts; when it is
    labelled an update (``Cập nhật: …``), a posting time (``Đăng lúc: …``) after it or
    a date printed before the headline."""
    following = elements_before(container, anchor, _FORWARD_WINDOW)
    stamped: list[Published] = []
    for node in following:
        found = list(_element_dates(node, profile))
        if found and _update_stamped(node, found, profile):
            stamped = stamped or found
            continue
        if found:
            text = text_of(node)
            if _UPDATE_LABEL.match(text):
                return _posted_date(islice(following, _LABELLED_LOOKAHEAD), profile) \
                    or _dates_before(anchor, profile) or _as_update(found)
            if _update_after_text(text, found[0].found.raw):
                return _posted_date(islice(following, _LABELLED_LOOKAHEAD), profile) \
                    or _as_update(found)
            return found
    return _as_update(stamped)  # a theme's one date marked ``updated``, unless posted earlier


def _update_stamped(node: HtmlElement, found: list[Published], profile: Profile) -> bool:
    """Whether what ``node`` dates is an update stamp's time: an element of the hAtom
    class ``updated`` alone, the time WordPress themes print, often hidden, for the last
    edit (``<span class="updated rich-snippet-hidden">``), when another date follows; with
    a class naming a date or the posting (``entry-date``, ``post-date``, ``published``) it
    is the posting time."""
    for element in node.iter("span", "time", "abbr", "div", "p"):
        classes = (element.get("class") or "").split()
        if "updated" in classes and not any(("publish" in name or "date" in name)
                                            and "updat" not in name and "modif" not in name
                                            for name in classes):
            stamped = {date.found.value for date in _element_dates(element, profile)}
            return {date.found.value for date in found} <= stamped
    return False


def _update_after_text(text: str, raw: str) -> bool:
    """Whether the time read as ``raw`` is printed right after an update's label that
    follows other text, a byline's (``Phương Linh - Cập nhật lúc 10:12, 29/09/2025``): no
    date before the headline stands for the posting time then (a banner's today)."""
    at = text.find(raw)
    return at > 0 and _UPDATE_LABEL_BEFORE.search(text, 0, at) is not None


def _as_update(found: list[Published]) -> list[Published]:
    return [replace(date, update=True) for date in found]


def _posted_date(nodes: Iterable[HtmlElement], profile: Profile) -> list[Published]:
    for node in nodes:
        if _POSTED_LABEL.match(text_of(node)):
            found = list(_element_dates(node, profile))
            if found:
                return found
    return []


def _dates_before(anchor: HtmlElement, profile: Profile) -> list[Published]:
    """A date printed just before the anchor: in its preceding siblings or its parent's
    (in a layout table, the row right above the headline's), never another article's (a
    teaser list, a sidebar) nor a banner's today."""
    node: HtmlElement | None = anchor
    for level in range(_LEVELS_BEFORE + 1):
        rows = level == _LEVELS_BEFORE
        if node is None or (rows and not _headline_row(node, anchor)):
            break
        parent = node.getparent()
        for sibling in islice(node.itersiblings(preceding=True), 1 if rows else None):
            if rows and _TODAY.search(text_of(sibling)):
                break  # a banner's today, not the article's date
            for element in sibling.iter():
                if not isinstance(element.tag, str) or _of_another_article(element, parent):
                    continue
                found = list(_element_dates(element, profile))
                if found:
                    return _as_update(found) if _UPDATE_LABEL.match(text_of(element)) \
                        else found
        node = node.getparent()
    return []


def _headline_row(node: HtmlElement, anchor: HtmlElement) -> bool:
    """A layout table's row that holds the anchor and nothing else: the rows above it
    are the article's own header (section and date cells)."""
    return node.tag == "tr" and text_of(node) == text_of(anchor)


def _dates_after_body(container: HtmlElement, profile: Profile) -> list[Published]:
    """A date printed in the article's own footer, right after the body (``Ngày đăng:
    …``): looked for only when the page gives no other; teasers' dates are skipped."""
    for node in _elements_after(container, _FOOTER_WINDOW):
        if not _of_another_article(node, container.getparent()):
            found = list(_element_dates(node, profile))
            if found:
                return found
    return []


def _of_another_article(node: HtmlElement, top: HtmlElement | None) -> bool:
    """Another article's, not the page's: a teaser item or link, an element holding a
    list, or inside a sidebar, menu, teaser unit or related box below ``top``."""
    if node.tag in _OTHER_ARTICLES or node.find(".//li") is not None:
        return True
    for ancestor in node.iterancestors():
        if ancestor is top:
            break
        if ancestor.tag in _OTHER_ARTICLES \
                or (is_junk(ancestor) and ancestor.find(".//h1") is None):
            return True  # a "sidebar" that holds the headline is the main column
    return False


def _elements_after(anchor: HtmlElement, limit: int) -> Iterator[HtmlElement]:
    """Up to ``limit`` elements after ``anchor``'s end in document order; from a layout
    table's cell or row that has nothing after it, its row's or table's (two levels up at
    most): a body cell alone in its row has its footer in the next row."""
    node = anchor
    for _ in range(_LEVELS_AFTER):
        parent = node.getparent()
        if parent is None or node.tag not in ("td", "tr") \
                or any(isinstance(s.tag, str) for s in node.itersiblings()):
            break
        node = parent
    count = 0
    for sibling in node.itersiblings():
        for element in sibling.iter():
            if count >= limit:
                return
            if isinstance(element.tag, str):
                count += 1
                yield element


def _dates_at_start(container: HtmlElement, profile: Profile) -> list[Published]:
    """A date printed at the top of the body container (pages without a headline element)."""
    for element in islice(container.iterdescendants(), _START_WINDOW):
        if isinstance(element.tag, str):
            found = list(_element_dates(element, profile))
            if found:
                return found
    return []


def _metadata_candidates(meta: Metadata, profile: Profile) -> list[Published]:
    found: list[Published] = []
    jsonld = _meta_value(_text(meta.article.get("datePublished")), profile)
    if jsonld:
        found.append(Published(jsonld, "jsonld"))
    for key in _META_KEYS:
        value = _meta_value(meta.meta.get(key), profile)
        if value:
            found.append(Published(value, "meta"))
            break
    return found


def _state_times(scope: HtmlElement, day: date) -> list[Published]:
    """The time of a day printed without one, from the page's state script (an SSR app's
    ``window.__INITIAL_STATE__``: ``"publishedAt": "2025-04-14T23:45:00.000Z"``), when
    exactly one publication time there falls on that day: the blob also holds the
    related articles' times."""
    times = {found.value: found for script in scope.getroottree().getroot().iter("script")
             if not script.get("src") and "ld+json" not in script.get("type", "")
             for value in _STATE_PUBLISHED.findall(script.text or "")
             if (found := dates.parse_iso(value)) and found.precision != "day"
             and found.value.date() == day}
    return [Published(found, "meta") for found in times.values()] if len(times) == 1 else []


def _date_in_url(url: str) -> FoundDate | None:
    match = _URL_DATE.search(url)
    if not match:
        return None
    return dates.parse_iso("-".join(match.groups()))


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def choose(candidates: list[Published]) -> Published | None:
    """The first candidate with a time, refined to seconds when another agrees to the
    minute and gives seconds (``:00`` is a minute written with seconds, not a second)."""
    timed = [c for c in candidates if c.found.precision != "day"]
    if not timed:
        return candidates[0] if candidates else None
    best = timed[0]
    if best.found.precision == "minute":
        minute = best.found.value.replace(second=0, microsecond=0)
        for other in timed[1:]:
            if other.found.precision == "second" and other.found.value.second and \
                    other.found.value.replace(second=0, microsecond=0) == minute:
                return other
    return best


def find_published(root: HtmlElement, meta: Metadata, profile: Profile, url: str,
                   headline: HtmlElement | None, container: HtmlElement | None) -> Published | None:
    candidates = _visible_candidates(root, profile, headline, container)
    metadata = _metadata_candidates(meta, profile)
    if not candidates and metadata:
        candidates = _fallback_candidates(root, profile, metadata[0].found.value)
    if not candidates and not metadata and container is not None:
        candidates = _dates_after_body(container, profile)
    if candidates and container is not None and all(c.update for c in candidates):
        candidates = _posted_date(_elements_after(container, _FOOTER_WINDOW), profile) \
            + candidates  # ``Cập nhật`` under the headline, ``Đăng lúc`` after the text
    if candidates and metadata and all(c.update for c in candidates) \
            and metadata[0].found.value < candidates[0].found.value:
        candidates = metadata + candidates  # posted before the only time printed, an update's
    candidates += metadata
    if candidates and all(c.found.precision == "day" for c in candidates):
        candidates += _state_times(root, candidates[0].found.value.date())
    url_date = _date_in_url(url)
    if url_date:
        candidates.append(Published(url_date, "url"))
    chosen = choose(candidates)
    shown = any(candidate.shown for candidate in candidates)
    return replace(chosen, shown=shown) if chosen is not None else None


def closing_date(line: str) -> Published | None:
    """The date printed on a line of its own after the text and its byline."""
    found = dates.parse_visible(line)
    return Published(found, "visible", shown=True) if found else None


def lead_date(lead: str, url: str) -> Published | None:
    """``Sáng 15-3, …`` at the start of the lead, with the year taken from the URL."""
    year = dates.year_from_url(url)
    found = dates.parse_lead(lead, year) if year else None
    return Published(found, "lead", shown=True) if found else None


def find_updated(scope: HtmlElement, meta: Metadata, profile: Profile,
                 published: Published | None) -> str | None:
    """``dateModified``/``article:modified_time`` (JSON-LD, ``<meta>``, microdata on the
    element that prints it, or a ``Cập nhật`` line in the article's ``scope``) when later
    than the publication time."""
    value = _meta_value(_text(meta.article.get("dateModified")), profile) or _meta_value(
        next((meta.meta[k] for k in _MODIFIED_KEYS if k in meta.meta), None), profile) \
        or _microdata_modified(scope, profile) or _printed_update(scope)
    if value is None or (published and value.value <= published.found.value):
        return None
    return value.iso()


def _microdata_modified(scope: HtmlElement, profile: Profile) -> FoundDate | None:
    """``<time itemprop="dateModified" datetime="…">``, or the time such an element prints,
    in the article's ``scope`` and not a teaser's."""
    element = next((e for e in select(scope, ["[itemprop=dateModified]"])
                    if not _of_another_article(e, scope)), None)
    if element is None:
        return None
    machine = element.get("datetime") or element.get("content")
    return _meta_value(machine, profile) or dates.parse_visible(text_of(element))


def _printed_update(scope: HtmlElement) -> FoundDate | None:
    """The time a line of the article prints after ``Cập nhật`` (``Đăng: 07:15 10/06/2025
    | Cập nhật: 16:40 10/06/2025``, Joomla's ``Lần cập nhật cuối ( … )``, ``Cập nhật:
    <time>16/01/2026 17:45</time>``, ``<span>Cập nhật:</span> <time>…</time>``), to the
    minute; never a teaser's."""
    for text in cast(list[etree._ElementUnicodeResult], _UPDATE_TEXTS(scope)):
        owner = text.getparent()
        if len(text) > MAX_UPDATE_LINE_CHARS or owner is None \
                or _of_another_article(owner, scope):
            continue
        label = _UPDATE_LINE.match(text)
        if label is None:
            continue
        rest = text[label.end():]
        if not rest.strip() and text.is_text:  # the time in an element of its own
            whole = _UPDATE_LINE.match(line := text_of(owner))
            rest = line[whole.end():] if whole else ""
            if not rest.strip() and (following := owner.getnext()) is not None \
                    and len(text_of(following)) <= MAX_UPDATE_TIME_CHARS \
                    and _OPENS_LIKE_A_DATE.match(text_of(following)):
                rest = text_of(following)  # the label's element alone, the time next
        found = dates.parse_visible(rest)
        if found is not None and found.precision != "day":
            return found
    return None
