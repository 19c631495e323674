"""Assemble an Article from one saved page: the extractor's single entry point."""

from __future__ import annotations

from collections.abc import Iterable

from newsarchive.dom import (
    HtmlElement,
    in_listed_card,
    in_teaser_article,
    lines_of,
    parse_html,
    text_of,
    without_control_bytes,
)
from newsarchive.extract.body import Content, closing_date_line, find_container, read_content
from newsarchive.extract.byline import Byline, marked_source, names_own_site, parse_byline
from newsarchive.extract.cleaning import header_captions
from newsarchive.extract.confidence import extraction_info
from newsarchive.extract.credits import (
    author_box,
    author_links,
    credits_after_body,
    field_credits,
    header_credit_elements,
    header_credit_line,
    header_photo_credit,
    header_source_line,
    labelled_credit,
    photographer_after_body,
    source_after_body,
)
from newsarchive.extract.headline import (
    find_headline,
    headline_block,
    outlet_marker,
    outlet_names,
    strip_outlet_marker,
)
from newsarchive.extract.lead import MIN_LEAD_CHARS, confirmed_by_description, find_lead
from newsarchive.extract.metadata import Metadata, jsonld_people, jsonld_text, read_metadata
from newsarchive.extract.pagekind import (
    MIN_ARTICLE_CHARS,
    check_is_article,
    check_size,
    choice_groups,
    declares_article,
    holds_player,
    titled_as_section,
)
from newsarchive.extract.pagetext import PageText
from newsarchive.extract.parts import join_parts
from newsarchive.extract.published import (
    Published,
    closing_date,
    find_published,
    find_updated,
    lead_date,
)
from newsarchive.extract.selectors import select
from newsarchive.extract.tags import page_tags
from newsarchive.extract.version import EXTRACTOR_VERSION
from newsarchive.extract.versions import page_profile
from newsarchive.extract.widen import widened_content
from newsarchive.items import Article
from newsarchive.participants import find_participants
from newsarchive.sites import Profile, profile_for_host, with_generic_fallbacks
from newsarchive.text import clean_line, fold, text_hash
from newsarchive.urls import article_id, canonical_url, host_of

MIN_HASHED_BODY = 200
PHOTO_STORY_MAX_BODY = 200
MIN_SENTENCE_CHARS = 40
MIN_EMPHASISED_LEAD_CHARS = 60
MAX_EMPHASISED_LEAD_CHARS = 1200
MIN_PARAGRAPHS_AFTER_LEAD = 2
MAX_PARTICIPANT_CHARS = 200_000
"""Officials are looked for in this much article text: ordinary articles are far shorter,
and a runaway page must not make extraction slow."""


def extract_article(html: bytes, url: str, profile: Profile | None = None) -> Article:
    """Turn one saved page into an Article.

    Pure: no network, no clock, no Scrapy. The profile is chosen by the URL's domain
    (current or legacy) unless given. Raises :class:`NotAnArticle` for listings, home
    pages, redirect stubs, error pages and pages without article text.
    """
    try:
        return _extract_article(html, url, profile)
    except ValueError:  # lxml refused a control character a UTF-8 page's tree kept
        cleaned = without_control_bytes(html)
        if cleaned is None:
            raise
        return _extract_article(cleaned, url, profile)


def _extract_article(html: bytes, url: str, profile: Profile | None) -> Article:
    own = profile or profile_for_host(host_of(url))
    profile = with_generic_fallbacks(own)
    root = parse_html(html)
    check_size(root, html)
    meta = read_metadata(root)
    profile = page_profile(profile, url, meta)
    headline, headline_element = find_headline(root, meta, profile)
    container = find_container(root, profile)
    if container is not None:
        join_parts(container)
    scope = article_scope(root, headline_element, container)
    questions, ballot = choice_groups(scope)
    beside = scope.getparent()
    player = holds_player(beside if beside is not None else scope, headline_element)
    summary, summary_element = find_lead(scope, profile, headline_element, container, meta)
    lead_captions = _distinct([*(text_of(e) for e in select(scope, profile.selectors.caption)),
                               *(c for c in header_captions(headline_element, container)
                                 if c != summary)])  # a lead beside its picture is no caption
    credit_elements = header_credit_elements(scope, profile.selectors.byline)
    source_elements = header_credit_elements(scope, profile.selectors.source)
    published = find_published(scope, meta, profile, url, headline_element, container)
    header_credits = _distinct(line for e in [*credit_elements, *source_elements]
                               for line in lines_of(e))
    heading_block = headline_block(headline_element) if headline_element is not None else None
    skip = [e for e in (heading_block, summary_element, *map(author_box, credit_elements),
                        *source_elements) if e is not None]
    content, widened = _read_text(root, container, profile, url, skip, heading_block, meta,
                                  headline, summary)
    content.media.captions[:0] = [c for c in lead_captions if c not in content.media.captions]
    summary, paragraphs = _lead_and_body(content, summary, meta)
    if published is None:
        published = lead_date(summary or (paragraphs[0] if paragraphs else ""), url)
    byline = _byline(header_credits, content.credit_lines, meta, profile, scope,
                     headline_element, container)
    if byline.source is not None and names_own_site(byline.source, host_of(url)):
        byline.source = None  # the outlet crediting itself (``Theo baohatinh.vn``)
    if byline.source is None:
        byline.source = _marked_source(summary_element, content, url) \
            or _source_after_body(container, url, outlet_names(meta, profile))
    check_is_article(root, meta, url, profile, PageText(
        headline, summary, paragraphs, content.headline_links, published is not None,
        published is not None and published.shown,
        bool(byline.authors or byline.source), content.teasers, content.teaser_chars,
        content.linked_headings, content.table_chars,
        container is not None and (in_teaser_article(container, headline_element)
                                  or (titled_as_section(headline)
                                      and in_listed_card(container, headline_element))),
        questions, ballot, player, tuple(byline.authors)),
        html)
    if published is None and (line := closing_date_line(content)):
        published = closing_date(line)  # read after the kind: a date line is no article's mark
    article = _article(url, profile, meta, root, headline, summary, paragraphs, content,
                       published, byline)
    article.updated_at = find_updated(scope, meta, profile, published)
    article.extraction = extraction_info(own, widened, article.to_dict())
    return article


def _read_text(root: HtmlElement, container: HtmlElement | None, profile: Profile, url: str,
               skip: list[HtmlElement], heading: HtmlElement | None, meta: Metadata,
               headline: str, summary: str | None) -> tuple[Content, bool]:
    """The container's text; when it yields too little on a page that declares itself an
    article, the text of a wider search (and whether it was widened)."""
    content = read_content(container, profile, url, skip, heading) if container is not None \
        else Content()
    found = _text_chars(content, summary)
    if len(summary or "") + found >= MIN_ARTICLE_CHARS or not declares_article(meta, headline):
        return content, False
    wider = widened_content(root, container, profile, url, skip, heading, headline)
    if _text_chars(wider, summary) <= found:
        return content, False
    wider.paragraphs[:0] = [p for p in content.paragraphs if p not in wider.paragraphs]
    return wider, True


def _text_chars(content: Content, summary: str | None) -> int:
    """Paragraphs other than the lead, and captions: a photo story's text is in its
    captions (and a container that is only the lead holds no body)."""
    paragraphs = content.paragraphs
    if summary:
        lead = fold(summary)
        paragraphs = [p for p in paragraphs if fold(p) != lead]
    return sum(len(p) for p in paragraphs) + sum(len(c) for c in content.media.captions)


def _lead_and_body(content: Content, summary: str | None,
                   meta: Metadata) -> tuple[str | None, list[str]]:
    """The lead (marked, or the first paragraph when the page sets it apart) and the body
    paragraphs, which never repeat it."""
    if summary is None:
        summary = _marked_lead(content) or _set_apart_lead(content, meta)
    return summary, _body_paragraphs(content, summary)


def article_scope(root: HtmlElement, headline: HtmlElement | None,
                  container: HtmlElement | None) -> HtmlElement:
    """The smallest element holding both the headline and the body (else the page).

    Selectors for the sapo, credits and date run inside it: faster, and clear of
    sidebars and footers of other articles.
    """
    if headline is None or container is None:
        return root
    ancestors = list(headline.iterancestors())
    for node in container.iterancestors():
        if any(node is ancestor for ancestor in ancestors):
            return node if node.tag not in ("body", "html") else root
    return root


def _distinct(texts: Iterable[str]) -> list[str]:
    seen: list[str] = []
    for text in texts:
        if text and text not in seen:
            seen.append(text)
    return seen


def _marked_lead(content: Content) -> str | None:
    """A first paragraph opening with an outlet marker (``(CTO) -``) is the page's lead."""
    if not content.paragraphs:
        return None
    first = content.paragraphs[0]
    stripped = strip_outlet_marker(first)
    return stripped if stripped != first and len(stripped) >= MIN_LEAD_CHARS else None


def _set_apart_lead(content: Content, meta: Metadata) -> str | None:
    """A first paragraph in bold or italics, or one the meta description repeats, is the
    lead."""
    if len(content.paragraphs) < MIN_PARAGRAPHS_AFTER_LEAD + 1:
        return None
    first = strip_outlet_marker(content.paragraphs[0])
    if content.emphasised_first and \
            MIN_EMPHASISED_LEAD_CHARS <= len(first) <= MAX_EMPHASISED_LEAD_CHARS:
        return first
    return first if confirmed_by_description(first, meta) else None


def _body_paragraphs(content: Content, summary: str | None) -> list[str]:
    paragraphs = list(content.paragraphs)
    if paragraphs:
        paragraphs[0] = strip_outlet_marker(paragraphs[0])
    if summary and paragraphs and fold(paragraphs[0]) == fold(summary):
        paragraphs.pop(0)
    paragraphs = [p for p in paragraphs if p]
    if sum(len(p) for p in paragraphs) < PHOTO_STORY_MAX_BODY and content.media.captions:
        return [*filter(_is_sentence, paragraphs), *content.media.captions]
    return paragraphs


def _is_sentence(text: str) -> bool:
    """Prose that ends as a sentence does (a photo story's intro), not a leftover label or
    masthead line."""
    return len(text) >= MIN_SENTENCE_CHARS and text.rstrip("\"”’)»")[-1:] in ".!?…"


def _byline(header: list[str], trailing: list[str], meta: Metadata, profile: Profile,
            scope: HtmlElement, headline: HtmlElement | None,
            container: HtmlElement | None) -> Byline:
    outlets = [profile.name, *profile.author_blocklist]
    site_name = meta.get("og:site_name")
    if site_name:
        outlets.append(site_name)
    byline = parse_byline([*header, *trailing], outlets)
    if not byline.authors and (found := _credit_lines(scope, headline, container)):
        read = parse_byline([*header, *trailing, *found], outlets)
        if byline.source is None:
            byline = read
        elif read.authors:  # names beside an agency the text credits: the source stays
            byline.authors, byline.raw_lines = read.authors, read.raw_lines
    if not byline.source and headline is not None:
        line = header_source_line(headline, container)
        byline.source = parse_byline([line], outlets).source if line else None
    if not byline.photo_credit and headline is not None \
            and (line := header_photo_credit(headline, container)):
        byline.photo_credit = parse_byline([line], outlets).photo_credit
    if not byline.photo_credit and container is not None \
            and (line := photographer_after_body(container)):
        byline.photo_credit = parse_byline([line], outlets).photo_credit
    if not byline.authors and not byline.source:
        people = parse_byline(jsonld_people(meta.article), outlets)
        byline.authors = people.authors
    return byline


def _source_after_body(container: HtmlElement | None, url: str,
                       outlets: list[str]) -> str | None:
    """Another outlet credited on a line of its own right after the text (``Theo Báo Tin
    tức``); the page's own outlet named there credits nobody."""
    line = source_after_body(container) if container is not None else None
    source = parse_byline([line]).source if line else None
    return None if source is None or names_own_site(source, host_of(url), outlets) \
        else source


def _credit_lines(scope: HtmlElement, headline: HtmlElement | None,
                  container: HtmlElement | None) -> list[str]:
    """Credit lines found by their form where the selectors found none: a labelled line,
    label and value fields, an unlabelled line under the headline, author links, or names
    alone right after the text."""
    found = labelled_credit(scope) or field_credits(scope)
    if not found and headline is not None:
        found = [line for line in [header_credit_line(headline, container)] if line] \
            or author_links(headline, container)
    if not found and container is not None:
        found = credits_after_body(container)
    return found


def _marked_source(lead: HtmlElement | None, content: Content, url: str) -> str | None:
    """The agency or other outlet the text's opening marker credits (``(TTXVN) - …``)."""
    opening = text_of(lead) if lead is not None else \
        (content.paragraphs[0] if content.paragraphs else "")
    marker = outlet_marker(opening)
    return marked_source(marker, host_of(url)) if marker else None


def _section(meta: Metadata, root: HtmlElement, profile: Profile) -> str | None:
    """The page's own section metadata, else the profile's selector, else breadcrumbs."""
    declared = meta.get("article:section") or jsonld_text(meta.article, "articleSection")
    if declared:
        return declared
    chosen = select(root, profile.selectors.section)
    if chosen:
        return text_of(chosen[-1]) or None
    return meta.breadcrumbs[-2] if len(meta.breadcrumbs) > 1 else None


def _tags(meta: Metadata, root: HtmlElement, profile: Profile) -> list[str]:
    """``article:tag`` metadata, else the profile's tag links, else JSON-LD keywords,
    else the links of the page's tag box."""
    if meta.tags:
        return _distinct(meta.tags)
    chosen = [text_of(e).lstrip("#") for e in select(root, profile.selectors.tags)]
    if chosen:
        return _distinct(chosen)
    keywords = meta.article.get("keywords")
    if isinstance(keywords, str):
        return _distinct(clean_line(k) for k in keywords.split(","))
    if isinstance(keywords, list):
        return _distinct(clean_line(k) for k in keywords if isinstance(k, str))
    return page_tags(root)


def _participant_text(text_parts: list[str], content: Content) -> list[str]:
    """Sapo, body and captions, cut at ``MAX_PARTICIPANT_CHARS`` (runaway pages)."""
    kept: list[str] = []
    budget = MAX_PARTICIPANT_CHARS
    for part in [*text_parts, *content.media.captions]:
        if budget <= 0:
            break
        kept.append(part[:budget])
        budget -= len(part)
    return kept


def content_hash(headline: str, body: str) -> str | None:
    """SHA-1 over the folded headline and body; None when the body is too short to dedup."""
    if len(body) < MIN_HASHED_BODY:
        return None
    return text_hash(headline, body)


def _article(url: str, profile: Profile, meta: Metadata, root: HtmlElement, headline: str,
             summary: str | None, paragraphs: list[str], content: Content,
             published: Published | None, byline: Byline) -> Article:
    body = "\n\n".join(paragraphs)
    canonical = canonical_url(url, meta.canonical, profile)
    text_parts = [t for t in [summary, *paragraphs] if t]
    exclude = [*byline.authors, *([byline.photo_credit] if byline.photo_credit else [])]
    return Article(
        id=article_id(canonical, profile),
        url=url,
        canonical_url=canonical,
        site=profile.id,
        site_name=profile.name if profile.id != "generic" else meta.get("og:site_name"),
        province=profile.province_for(host_of(url)),
        province_current=profile.province,
        headline=headline,
        summary=summary,
        body=body,
        captions=content.media.captions,
        images=content.media.images,
        published_at=published.found.iso() if published else None,
        published_at_precision=published.found.precision if published else None,
        published_at_raw=published.found.raw if published else None,
        date_source=published.source if published else None,
        section=_section(meta, root, profile),
        tags=_tags(meta, root, profile),
        authors=byline.authors,
        source=byline.source,
        photo_credit=byline.photo_credit,
        byline_raw=byline.raw,
        participants=find_participants(_participant_text(text_parts, content), exclude),
        word_count=sum(len(t.split()) for t in text_parts),
        content_hash=content_hash(headline, body),
        extractor_version=EXTRACTOR_VERSION,
    )
