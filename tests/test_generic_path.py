"""The generic path on hand-made pages of unseen templates: one failure kind per test."""

from __future__ import annotations

import unicodedata
from html import escape as html_escape

import pytest
from lxml import html

from newsarchive.errors import NotAnArticle
from newsarchive.extract import extract_article
from newsarchive.extract.confidence import reading_path
from newsarchive.extract.credits import field_credits
from newsarchive.extract.headline import strip_site_name
from newsarchive.items import Article
from newsarchive.sites import get_profile

URL = "https://baomau.example.vn/thoi-su/hoi-nghi-tong-ket-12345.html"
HEADLINE = "Tỉnh tổng kết công tác xây dựng nông thôn mới năm 2024"
LEAD = ("Sáng 14/3, UBND tỉnh tổ chức hội nghị tổng kết công tác xây dựng nông thôn mới "
        "năm 2024, triển khai nhiệm vụ năm 2025.")
PARAGRAPHS = [
    f"Đoạn {n}: theo báo cáo, trong năm qua toàn tỉnh có thêm nhiều xã đạt chuẩn nông thôn "
    "mới, thu nhập bình quân đầu người tăng, hạ tầng giao thông nông thôn được đầu tư."
    for n in range(1, 5)
]
LAST = "Hội nghị cũng khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong năm."
TEASERS = "".join(
    f'<li><a href="/thoi-su/tin-so-{n}-{n}00.html">Tin khác số {n} về hoạt động của tỉnh trong '
    f"tuần qua</a><span>2025-03-1{n} 09:00:00</span></li>" for n in range(1, 6)
)


def _paragraphs() -> str:
    return "".join(f"<p>{p}</p>" for p in [*PARAGRAPHS, LAST])


def _after_first() -> str:
    """The paragraphs after the first, for a page that puts something after it."""
    return "".join(f"<p>{p}</p>" for p in [*PARAGRAPHS[1:], LAST])


HEADER = f'<h1>{HEADLINE}</h1><div class="date">14/03/2025 16:40</div>'
"""The headline and a dated line under it, as most test pages open."""


def _page(body: str, head: str = "", title: str = HEADLINE + " - Báo Mẫu") -> bytes:
    return (
        f'<html><head><meta charset="utf-8"><title>{title}</title>{head}</head><body>'
        '<header><div class="logo"><a href="/"><h1>Báo Mẫu</h1></a></div>'
        '<nav><a href="/thoi-su">Thời sự</a><a href="/kinh-te">Kinh tế</a></nav></header>'
        f'{body}<aside class="sidebar"><h3>Tin mới nhất</h3><ul>{TEASERS}</ul></aside>'
        "<footer>© Báo Mẫu. Ghi rõ nguồn khi phát hành lại.</footer></body></html>"
    ).encode()


def _extract(page: bytes, url: str = URL) -> Article:
    return extract_article(page, url)


def _text(article: Article) -> str:
    return f"{article.summary or ''}\n\n{article.body}"


@pytest.mark.parametrize("lead_html", [
    f'<p class="Headlines"><b>{LEAD}</b></p><article class="entry">{{body}}</article>',
    f'<div class="chapeau">{LEAD}</div><div class="entry-content">{{body}}</div>',
    f'<div class="summary">{LEAD}</div><div class="entry-content">{{body}}</div>',
    f'<h2 class="sapo">{LEAD}</h2><div class="entry-content">{{body}}</div>',
    f'<div class="news-sapo"><b>{LEAD}</b></div><div class="news-body">{{body}}</div>',
    f'<div class="itemIntroText">{LEAD}</div><div class="itemFullText">{{body}}</div>',
    f'<h2>{LEAD}</h2><div class="noidung">{{body}}</div>',
    f'<div class="entry-content"><p><strong>{LEAD}</strong></p>{{body}}</div>',
    f'<div class="mota">{LEAD}</div><div class="entry-content">{{body}}</div>',
])
def test_the_lead_is_found_wherever_the_page_marks_it(lead_html: str) -> None:
    body = f'<div class="main"><h1 class="title">{HEADLINE}</h1>' \
        f'<div class="meta">16:40 | 14/03/2025</div>{lead_html.format(body=_paragraphs())}</div>'
    article = _extract(_page(body))
    assert article.summary == LEAD
    assert LEAD not in article.body
    assert article.body.startswith(PARAGRAPHS[0])
    assert article.body.endswith(LAST)


def test_a_meta_description_confirms_an_unmarked_lead() -> None:
    body = f'<div class="main"><h1>{HEADLINE}</h1><span>16:40 | 14/03/2025</span>' \
        f'<p class="intro-text">{LEAD}</p><div class="post">{_paragraphs()}</div></div>'
    article = _extract(_page(body, f'<meta name="description" content="{LEAD}">'))
    assert article.summary == LEAD
    assert article.body.startswith(PARAGRAPHS[0])


@pytest.mark.parametrize("title", [f"Báo Mẫu - {HEADLINE}", f"{HEADLINE} | Báo Mẫu",
                                   f"{HEADLINE} – baomau.example.vn", f"Báo Mẫu: {HEADLINE}"])
def test_the_outlet_name_comes_off_either_end_of_the_title(title: str) -> None:
    body = f'<div class="content"><div class="date">14/03/2025 16:40</div>{_paragraphs()}</div>'
    article = _extract(_page(body, '<meta property="og:type" content="article">', title))
    assert article.headline == HEADLINE


def test_an_og_title_that_only_names_the_outlet_gives_way_to_the_page_title() -> None:
    page = _page(f'<div class="x1"><h1>{HEADLINE}</h1><div class="x2">14/03/2025 16:40</div>'
                 f'<div class="x3">{_paragraphs()}</div></div>',
                 '<meta property="og:title" content="Báo Mẫu điện tử">',
                 title=f"Báo Mẫu điện tử - {HEADLINE}")
    page = page.replace('<div class="logo"><a href="/"><h1>Báo Mẫu</h1>'.encode(),
                        '<div class="x0"><a href="/"><h1>Báo Mẫu điện tử<span>Cơ quan của '
                        'Tỉnh ủy</span></h1>'.encode())
    assert _extract(page).headline == HEADLINE


@pytest.mark.parametrize("title", [
    "Báo Mẫu điện tử - Ngân Sơn mở rộng vùng trồng gừng",
    "Cổng thông tin điện tử tỉnh Mẫu - Chi tiết tin",
])
def test_an_outlet_name_opening_the_title_is_no_headline(title: str) -> None:
    headline = "Ngân Sơn mở rộng vùng trồng gừng"
    body = f'<div class="x1"><h2 class="tieude">{headline}</h2><div class="x5">14/03/2025 16:40' \
        f'</div><div class="x3">{_paragraphs()}</div></div>' \
        '<div class="x4">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH MẪU</div>'
    page = _page(body, title=title).replace('<div class="logo"><a href="/"><h1>Báo Mẫu</h1>'
                                            .encode(), b'<div><a href="/">')
    assert _extract(page).headline == headline


@pytest.mark.parametrize("headline", [
    "Doanh nghiệp đồng loạt chuyển sang hóa đơn điện tử",
    "Đài Loan (Trung Quốc) hứng bão lớn",
    "Bùng nổ mua sắm online",
])
@pytest.mark.parametrize("outlet", [" - Báo Mẫu", " - Báo Mẫu - Tin tức tỉnh Mẫu"])
def test_a_headline_shaped_like_an_outlet_s_name_is_still_the_headline(
        headline: str, outlet: str) -> None:
    body = f'<h1>{headline}</h1><div class="x0">14/03/2025 16:40</div>' \
        f'<div class="entry-content">{_paragraphs()}</div>'
    page = _page(body, f'<meta property="og:title" content="{headline}">',
                 title=headline + outlet)
    assert _extract(page).headline == headline


def test_a_logo_h1_is_never_the_headline() -> None:
    body = f'<div class="item"><h2 class="itemTitle">{HEADLINE}</h2>' \
        f'<span class="itemDate">14/03/2025 16:40</span>' \
        f'<div class="itemFullText">{_paragraphs()}</div></div>'
    article = _extract(_page(body, title=f"Báo Mẫu | {HEADLINE}"))
    assert article.headline == HEADLINE


@pytest.mark.parametrize(("printed", "expected"), [
    ("Cập nhật lúc: 08:05 Thứ Hai, 11/11/2024", "2024-11-11T08:05:00+07:00"),
    ("16:40 | 14/03/2025", "2025-03-14T16:40:00+07:00"),
    ("7h30 ngày 2/9/2025", "2025-09-02T07:30:00+07:00"),
    ("Thứ 6, 14/03/2025, 16:40 GMT+7", "2025-03-14T16:40:00+07:00"),
    ("Ngày đăng: 14-03-2025 16:40", "2025-03-14T16:40:00+07:00"),
    ("2025-03-14 16:40:00", "2025-03-14T16:40:00+07:00"),
])
def test_every_order_of_date_and_time_near_the_headline(printed: str, expected: str) -> None:
    body = f'<div class="detail"><h1>{HEADLINE}</h1><div class="info">{printed}</div>' \
        f'<div class="detail-content">{_paragraphs()}</div></div>'
    assert _extract(_page(body)).published_at == expected


def test_an_iso_time_in_a_data_attribute_beats_the_related_times() -> None:
    related = "".join(f'<li><a href="/r-{n}.html">Bài liên quan số {n} trong chuyên mục</a>'
                      f'<time datetime="2025-01-0{n}T08:00:00+07:00"></time></li>'
                      for n in range(1, 4))
    body = f'<div class="detail"><h1>{HEADLINE}</h1>' \
        f'<div class="meta"><span class="pub" data-iso="2025-03-14T09:40:00Z"></span></div>' \
        f'<div class="detail-content">{_paragraphs()}</div><ul class="rel">{related}</ul></div>'
    assert _extract(_page(body)).published_at == "2025-03-14T16:40:00+07:00"


@pytest.mark.parametrize(("credit", "authors"), [
    ('<span class="author">Bài và ảnh: NGUYỄN MINH HẢI</span>', ["NGUYỄN MINH HẢI"]),
    ('<div class="author">Tác giả: Lê Thu Trang</div>', ["Lê Thu Trang"]),
    ('<p class="byline">Bài, ảnh: Hoàng Anh</p>', ["Hoàng Anh"]),
])
def test_header_author_elements_with_labels(credit: str, authors: list[str]) -> None:
    jsonld = '<script type="application/ld+json">{"@type": "NewsArticle", "author": ' \
        '{"@type": "Organization", "name": "Báo Mẫu"}}</script>'
    body = f'<div class="detail"><h1>{HEADLINE}</h1><div class="info">16:40 | 14/03/2025 ' \
        f'{credit}</div><div class="detail-content">{_paragraphs()}</div></div>'
    assert _extract(_page(body, jsonld)).authors == authors


def test_a_byline_in_a_table_cell() -> None:
    body = f'<table><tr><td class="title"><span id="lblTitle">{HEADLINE}</span></td></tr>' \
        f'<tr><td>14/03/2025 16:40</td></tr><tr><td id="content">{_paragraphs()}</td></tr>' \
        '<tr><td align="right"><b>Bài và ảnh: TRẦN VĂN BÌNH</b></td></tr></table>'
    article = _extract(_page(body, title=f"{HEADLINE} - Báo Mẫu"))
    assert article.authors == ["TRẦN VĂN BÌNH"]
    assert article.body.endswith(LAST)


@pytest.mark.parametrize(("credit", "source"), [
    ("Theo TTXVN", "TTXVN"), ("Nguồn: Báo Nhân Dân", "Báo Nhân Dân"),
    ("Theo chinhphu.vn", "chinhphu.vn"), ("Theo baomau.example.vn", None),
])
def test_agency_credits_give_a_source(credit: str, source: str | None) -> None:
    """An outlet may be credited by its address; the page's own address credits nobody."""
    body = f'<div class="detail"><h1>{HEADLINE}</h1><div class="info">16:40 | 14/03/2025</div>' \
        f'<div class="detail-content">{_paragraphs()}<p><b>{credit}</b></p></div></div>'
    article = _extract(_page(body))
    assert (article.source, article.authors) == (source, [])
    assert article.body.endswith(LAST)


@pytest.mark.parametrize(("signature", "authors"), [
    ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH MẪU", []),
    ("BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY, THANH HÀ", ["THANH HÀ"]),
])
def test_an_issuer_s_name_holding_commas_is_no_author(signature: str,
                                                      authors: list[str]) -> None:
    """A department signs its notice in capitals; its name holds a comma and ``VÀ``. A
    reporter may sign after a body's name, after a comma too."""
    body = (f'<div class="detail"><h1>{HEADLINE}</h1><div class="info">16:40 | 14/03/2025</div>'
            f'<div class="detail-content">{_paragraphs()}<p align="right"><b>{signature}</b>'
            '</p></div></div>')
    assert _extract(_page(body)).authors == authors


def test_a_badge_before_a_header_s_credit_is_no_text() -> None:
    """A live report's header line: a badge in capitals, then the reporters' credit."""
    body = (f'<div class="node"><h1>{HEADLINE}</h1><div class="info">16:40 | 14/03/2025</div>'
            '<div class="node-body"><div class="live-head"><span>TRỰC TIẾP</span> '
            '<span>Tường thuật: Hà Minh - Lò Thu</span></div>'
            f'{_paragraphs()}</div></div>')
    article = _extract(_page(body))
    assert article.authors == ["Hà Minh", "Lò Thu"]
    assert article.body.startswith(PARAGRAPHS[0])


_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def _cp1258(text: str) -> bytes:
    """Text as a windows-1258 page stores it: tone marks as combining characters."""
    out = b""
    for char in text:
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", char)
            tones = "".join(p for p in parts if p in _TONE_MARKS)
            base = "".join(p for p in parts if p not in _TONE_MARKS)
            out += (unicodedata.normalize("NFC", base) + tones).encode("cp1258")
    return out


def test_a_late_http_equiv_windows_1258_page_comes_out_nfc() -> None:
    combining = "Tỉnh tổng kết công tác"
    page = _cp1258(
        f"<html><head><title>{combining}</title>"
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">'
        f'</head><body><div class="content"><h1>{combining}</h1><p>14/03/2025 16:40</p>'
        f"{_paragraphs()}</div></body></html>"
    )
    article = _extract(page)
    assert article.headline == "Tỉnh tổng kết công tác"
    assert article.body.endswith(LAST)


@pytest.mark.parametrize("declared", ["windows-1252", "iso-8859-1", "windows-1258"])
def test_utf8_bytes_under_a_legacy_charset_declaration_are_read_as_utf8(declared: str) -> None:
    page = _page(f'{HEADER}'
                 f'<div class="entry-content">{_paragraphs()}</div>').replace(
        b'<meta charset="utf-8">', f'<meta charset="{declared}">'.encode())
    article = _extract(page)
    assert article.headline == HEADLINE
    assert article.body.endswith(LAST)


def test_a_photo_story_without_h1_is_read_from_its_captions() -> None:
    captions = "".join(
        f'<figure><img src="/anh-{n}.jpg"><figcaption>Ảnh {n}: những cánh đồng lúa chín vàng '
        "trải dài dưới chân núi, người dân tất bật vào vụ thu hoạch cuối năm.</figcaption>"
        "</figure>" for n in range(1, 6)
    )
    head = '<meta property="og:type" content="article"><meta property="og:title" ' \
        'content="Mùa vàng trên ruộng bậc thang"><meta property="article:published_time" ' \
        'content="2025-03-14T07:00:00+07:00">'
    body = f'<div class="photo-story"><div class="gallery">{captions}</div></div>'
    article = _extract(_page(body, head, "Mùa vàng trên ruộng bậc thang - Báo Mẫu"))
    assert article.headline == "Mùa vàng trên ruộng bậc thang"
    assert "Ảnh 5" in article.body
    assert article.extraction["widened"] is True


def test_a_container_opening_with_a_teaser_box_still_gives_the_article() -> None:
    box = f'<div class="box-news"><h3>TIN MỚI</h3><ul>{TEASERS}</ul></div><figure>' \
        '<img src="/a.jpg"><figcaption></figcaption></figure>'
    body = f'{HEADER}' \
        f'<div class="entry-content">{box}{_paragraphs()}</div>'
    head = '<meta property="og:type" content="article">'
    article = _extract(_page(body, head))
    assert article.body.startswith(PARAGRAPHS[0])
    assert article.body.endswith(LAST)


def test_extraction_says_how_the_article_was_read() -> None:
    body = f'<div class="detail"><h1>{HEADLINE}</h1><p>14/03/2025</p>' \
        f'<div class="detail-content">{_paragraphs()}</div></div>'
    info = _extract(_page(body)).extraction
    assert info["profile"] == "generic"
    assert info["path"] == "generic"
    assert info["widened"] is False
    assert set(info["warnings"]) == {"no_time", "no_author", "no_lead"}


PROSE = ("Chúng tôi là cơ quan ngôn luận của Đảng bộ tỉnh, tiếng nói của chính quyền và nhân dân "
         "các dân tộc trong tỉnh, xuất bản hằng ngày trên các nền tảng báo in và báo điện tử. ")


@pytest.mark.parametrize(("path", "h1", "text"), [
    ("/gioi-thieu.html", "Giới thiệu", PROSE * 3),
    ("/tac-gia/nguyen-van-a.html", "Tác giả Nguyễn Văn A", PROSE * 2),
    ("/bai-viet-khong-ton-tai-999.html", "Không tìm thấy trang",
     "Trang bạn tìm không tồn tại hoặc đã bị xóa. " + PROSE * 2),
    ("/tag/nong-thon-moi.html", "Nông thôn mới", PROSE * 2),
    ("/tim-kiem?q=nong+thon", "Kết quả tìm kiếm", PROSE * 2),
])
def test_lazy_article_metadata_does_not_make_an_article(path: str, h1: str, text: str) -> None:
    head = '<meta property="og:type" content="article">' \
        f'<meta property="og:title" content="{h1}">'
    body = f'<article class="content"><h1>{h1}</h1><p>{text}</p></article>' \
        f'<div class="list"><h3>Tin mới nhất</h3><ul>{TEASERS}</ul></div>'
    with pytest.raises(NotAnArticle):
        _extract(_page(body, head, f"{h1} - Báo Mẫu"), "https://baomau.example.vn" + path)


@pytest.mark.parametrize(("path", "article"), [
    ("/tin-tuc/tag:nong-thon-moi", False),
    ("/tin-tuc/author:mai-thanh-chi", False),
    ("/tin-tuc/nong-thon-moi-vung-cao", True),
    ("/thoi-su/chu-de:-nong-thon-moi-vung-cao-post123456.html", True),
])
def test_a_listing_filter_written_in_the_path_is_a_listing(path: str, article: bool) -> None:
    """Grav and other flat-file CMSes write a tag or author filter as ``key:value`` in the
    path; its page may print an introduction, a date and a name like an article's."""
    body = f'{HEADER}<div class="entry-content">{_paragraphs()}<p>MAI THANH CHI</p></div>'
    url = "https://baomau.example.vn" + path
    if article:
        assert _extract(_page(body), url).authors == ["MAI THANH CHI"]
    else:
        with pytest.raises(NotAnArticle, match="listing"):
            _extract(_page(body), url)


def test_an_item_list_of_news_articles_is_a_listing() -> None:
    items = ",".join(f'{{"@type": "ListItem", "position": {n}, "item": {{"@type": "NewsArticle",'
                     f' "headline": "Tin {n}", "url": "https://baomau.example.vn/t-{n}.html"}}}}'
                     for n in range(1, 6))
    head = f'<script type="application/ld+json">{{"@type": "ItemList", ' \
        f'"itemListElement": [{items}]}}</script><meta property="og:type" content="article">'
    cards = "".join(f'<div class="card"><h3><a href="/t-{n}.html">Tin {n}: {HEADLINE}</a></h3>'
                    f"<p>{PARAGRAPHS[0]}</p></div>" for n in range(1, 6))
    body = f'<div class="category"><h1>Thời sự</h1>{cards}</div>'
    with pytest.raises(NotAnArticle):
        _extract(_page(body, head, "Thời sự - Báo Mẫu"), "https://baomau.example.vn/thoi-su")


@pytest.mark.parametrize(("site", "path"), [("plo", "family"), ("vnexpress", "profile"),
                                            ("baoangiang", "generic")])
def test_the_reading_path_names_the_profile_family_or_generic(site: str, path: str) -> None:
    assert reading_path(get_profile(site)) == path


@pytest.mark.parametrize(("title", "headline"), [
    ("Báo Quảng Ninh - Cô Tô mùa gió chướng", "Cô Tô mùa gió chướng"),
    ("Báo động đỏ - Quảng Ninh sơ tán dân | Báo Mẫu", "Báo động đỏ - Quảng Ninh sơ tán dân"),
    ("Cô Tô mùa gió chướng | baoquangninh.vn", "Cô Tô mùa gió chướng"),
    ("Bệnh viện tỉnh: Báo động đỏ cứu 8 nạn nhân", "Bệnh viện tỉnh: Báo động đỏ cứu 8 nạn nhân"),
    ("Cô Tô mùa gió chướng - Báo Tin tức", "Cô Tô mùa gió chướng"),
])
def test_only_an_outlet_name_comes_off_the_title(title: str, headline: str) -> None:
    assert strip_site_name(title, []) == headline


# --- kinds found on held-out pages ----------------------------------------------------


def test_a_root_url_with_a_page_query_is_not_the_home_page() -> None:
    body = f'<div class="main"><h1 class="title">{HEADLINE}</h1><div class="meta">' \
        f'16:40 | 14/03/2025</div><div class="noidung">{_paragraphs()}</div></div>'
    article = _extract(_page(body), "https://baomau.example.vn/?id=88145&utm_source=zalo")
    assert article.headline == HEADLINE
    with pytest.raises(NotAnArticle, match="home"):
        _extract(_page(body), "https://baomau.example.vn/?utm_source=zalo")


def test_a_lead_class_on_the_whole_body_is_no_lead() -> None:
    figure = '<div class="media"><img src="/a.jpg"><p class="caption">Ảnh minh họa</p></div>'
    body = f'<article><h1 class="page-title"><span class="field-title">{HEADLINE}</span></h1>' \
        f'<h3>{LEAD}</h3><div class="meta">16:40 | 14/03/2025</div>' \
        f'<div class="field field--type-text-with-summary">{_paragraphs()}{figure}</div></article>'
    article = _extract(_page(body))
    assert article.summary == LEAD
    assert article.body.startswith(PARAGRAPHS[0]) and "Ảnh minh họa" not in article.body


def test_an_unclassed_heading_opening_the_body_is_the_lead() -> None:
    body = f'<article><header><h1 class="entry-title">{HEADLINE}</h1>' \
        '<div class="entry-meta">16:40 | 14/03/2025</div></header>' \
        f'<div class="entry-content"><h2>{LEAD}</h2>{_paragraphs()}</div></article>'
    article = _extract(_page(body))
    assert article.summary == LEAD
    assert article.body.startswith(PARAGRAPHS[0])


@pytest.mark.parametrize("names", [
    ("photo-head", "title-photo", "time", "sapo-photo", "photo-body"),
    ("c1", "c2", "c3", "c4", "c5"),
])
def test_a_photo_story_keeps_its_sapo_beside_its_captions(names: tuple[str, ...]) -> None:
    """Classed, the sapo is the lead; unclassed, it is the page's densest block, taken for
    the text before the wider search finds the captions, and it is kept."""
    head_box, title, time, sapo, photos = names
    figures = "".join(f"<figure><img src='/{n}.jpg'><figcaption>{p}</figcaption></figure>"
                      for n, p in enumerate(PARAGRAPHS))
    head = '<meta property="og:type" content="article">'
    body = f'<div class="{head_box}"><h1 class="{title}">{HEADLINE}</h1>' \
        f'<div class="{time}">16:40 | 14/03/2025</div><div class="{sapo}">{LEAD}</div></div>' \
        f'<div class="{photos}">{figures}</div>'
    article = _extract(_page(body, head))
    assert _text(article).strip().split("\n\n") == [LEAD, *PARAGRAPHS]


def test_a_photo_story_keeps_an_unmarked_intro_before_its_captions_but_no_label() -> None:
    intro = "Mùa quế năm nay được giá, người dân vùng cao phấn khởi."
    figures = "".join(f"<figure><img src='/{n}.jpg'><figcaption>{p}</figcaption></figure>"
                      for n, p in enumerate(PARAGRAPHS))
    body = f'<h1>{HEADLINE}</h1><div class="time">16:40 | 14/03/2025</div>' \
        f'<div class="photo-body"><p>{intro}</p>{figures}<p>Phóng sự ảnh khác</p></div>'
    article = _extract(_page(body, '<meta property="og:type" content="article">'))
    assert article.body.split("\n\n") == [intro, *PARAGRAPHS]


@pytest.mark.parametrize(("credit", "authors"), [
    ('<div class="detail__cmain-author">Văn Bình - Thu Hà</div>', ["Văn Bình", "Thu Hà"]),
    ('<div class="td-post-author-name"><div class="td-author-by">Bởi</div> '
     '<a href="/author/minhanh/">Minh Anh</a></div>', ["Minh Anh"]),
])
def test_header_author_elements_by_class_alone(credit: str, authors: list[str]) -> None:
    body = f'<div class="detail"><h1>{HEADLINE}</h1><div class="info">16:40 | 14/03/2025 ' \
        f'{credit}</div><div class="detail-content">{_paragraphs()}</div></div>'
    assert _extract(_page(body)).authors == authors


def test_a_print_view_without_heading_takes_its_title_block() -> None:
    body = '<div class="print-date">Thứ Sáu, 14/03/2025, 16:40</div>' \
        f'<ul><li><a class="title" href="/khac.html">Một tin khác của chuyên mục hôm nay</a>' \
        f'</li></ul><div class="print-title">{HEADLINE}</div>' \
        f'<div class="print-body">{_paragraphs()}</div>'
    article = _extract(_page(body, title="In bài viết | Báo Mẫu"))
    assert article.headline == HEADLINE
    assert article.body.startswith(PARAGRAPHS[0])


def test_a_declared_title_beats_a_title_block() -> None:
    body = '<div class="box-title">Tin tức tổng hợp trong ngày</div>' \
        '<div class="date">14/03/2025 16:40</div>' \
        f'<div class="detail-content">{_paragraphs()}</div>'
    head = f'<meta property="og:title" content="{HEADLINE}">'
    assert _extract(_page(body, head, title="Báo Mẫu")).headline == HEADLINE


def test_a_kicker_and_a_credit_line_at_the_top_are_not_body() -> None:
    body = '<article class="story"><div class="hero"><span class="kicker">eMagazine</span>' \
        f'<h1>{HEADLINE}</h1><div class="time">14/03/2025 16:40</div></div>' \
        '<p class="credit"><span>Bài:</span> MAI ANH <span>-</span> <span>Ảnh:</span> ' \
        f'HOÀNG LONG</p>{_paragraphs()}</article>'
    article = _extract(_page(body))
    assert article.body.startswith(PARAGRAPHS[0])
    assert (article.authors, article.photo_credit) == (["MAI ANH"], "HOÀNG LONG")


BR_TEXT = "<br><br>\n".join([*PARAGRAPHS, LAST])


@pytest.mark.parametrize("content", [
    f'<div class="entry-content"><p><em>{LEAD}</em></p>{_paragraphs()}</div>',
    f'<table><tr><td class="content">\n<b>{LEAD}</b><br><br>\n{BR_TEXT}</td></tr></table>',
])
def test_a_wholly_italic_or_bold_first_paragraph_is_the_lead(content: str) -> None:
    """Italics mark a lead as bold does; so does bold in ``<br><br>`` text of a cell."""
    body = f'{HEADER}{content}'
    article = _extract(_page(body))
    assert article.summary == LEAD
    assert article.body.startswith(PARAGRAPHS[0])


def test_a_posting_time_after_an_update_time_is_the_publication_time() -> None:
    body = f'<h1>{HEADLINE}</h1><div class="meta"><span>Cập nhật: Thứ Bảy, 7/6/2025 - 10:21' \
        '</span> <span>Đăng lúc: 07/06/2025 08:05:12</span></div>' \
        f'<div class="entry-content">{_paragraphs()}</div>'
    assert _extract(_page(body)).published_at == "2025-06-07T08:05:12+07:00"


def test_an_update_time_above_the_headline_gives_way_to_a_posting_time_after_the_text(
) -> None:
    body = ('<div class="detail"><div class="upd">Cập nhật: 14:10, 05/02/2026</div>'
            f'<h1>{HEADLINE}</h1><div class="noi-dung">{_paragraphs()}</div>'
            '<div class="posted">Đăng: 09:30, Thứ Năm, 05/02/2026</div></div>')
    article = _extract(_page(body))
    assert (article.published_at, article.updated_at) == \
        ("2026-02-05T09:30:00+07:00", "2026-02-05T14:10:00+07:00")


@pytest.mark.parametrize(("line", "authors", "source"), [
    ("<p><strong>Minh Phong</strong> - <em>Báo Quân đội nhân dân</em></p>", ["Minh Phong"],
     "Báo Quân đội nhân dân"),
    ("<p>Trang 1 Trang 2 Trang 3</p>", [], None),
    ("<p><b>Thời sự - Chính trị</b></p>", [], None),
    ("<div><span>Hải Yến</span> <span>Quang Vinh</span><time>09/07/2025 06:55</time></div>",
     ["Hải Yến", "Quang Vinh"], None),
    ("<div><span>ĐỖ TRANG</span><time>Thứ Tư, 5/11/2025, 11:20</time></div>", ["ĐỖ TRANG"],
     None),
    ("<div><span>Ngọc Hân</span><span>•</span><time>22/8/2025 - 16:41</time></div>",
     ["Ngọc Hân"], None),
    ('<div><span class="cat">Kinh Tế</span><span class="time">07/12/2025 09:15</span></div>',
     [], None),
])
def test_an_unlabelled_credit_line_under_the_headline(
        line: str, authors: list[str], source: str | None) -> None:
    body = f'{HEADER}{line}' \
        f'<div class="entry-content">{_paragraphs()}</div>'
    article = _extract(_page(body))
    assert (article.authors, article.source) == (authors, source)


@pytest.mark.parametrize(("fields", "authors"), [
    ('<div><span class="c1">Minh Tuấn</span> <span>•</span>'
     '<span class="c2">Ngày đăng: 14/03/2025 - 16:40</span></div>', ["Minh Tuấn"]),
    ('<div><span class="c2">16:40 | 14/03/2025</span><span class="c1"><i></i> Hoàng Quỳnh'
     "</span></div>", ["Hoàng Quỳnh"]),
    ('<div class="c1"><span>Đức Anh - Thu Hằng</span></div>'
     '<div class="c2">Thứ Sáu, 14/03/2025, 16:40 (GMT+7)</div>', ["Đức Anh", "Thu Hằng"]),
    ('<div><span class="c1">Thời Sự</span><span class="c2">14/03/2025 16:40</span></div>', []),
    ('<div class="c1">Quang Vinh</div><div class="c3">Chia sẻ</div>', []),
    ('<div><span class="c1">Lào Cai</span> • <span class="c2">Ngày đăng: 14/03/2025 16:40'
     "</span></div>", []),
    ('<div><span class="c1">Văn Hóa - Xã Hội</span><span class="c2">14/03/2025 16:40</span>'
     "</div>", []),
    ('<div><span class="c1">Google News</span><span class="c2">14/03/2025 16:40</span></div>',
     []),
    ('<div class="c1">Thu Hà - Cập nhật: hôm qua</div>', ["Thu Hà"]),
    ('<div><span class="c1">Hoàng Mai</span> | <span class="c2">14/03/2025 16:40</span></div>',
     ["Hoàng Mai"]),
    ('<div><span class="c1">Nguyễn Hà - Ksor Nhin</span> | <span class="c2">14/03/2025 16:40'
     "</span></div>", ["Nguyễn Hà", "Ksor Nhin"]),
])
def test_names_in_a_field_beside_the_time_are_the_byline(fields: str,
                                                          authors: list[str]) -> None:
    """A header row of fields, the names in one and the time in the next, whatever their
    classes; a section named beside the time (the menu links it) or a name with no time
    beside it is no byline."""
    body = f'<p class="c0">14/03/2025</p><h1>{HEADLINE}</h1>{fields}' \
        f'<div class="entry-content">{_paragraphs()}</div>'
    assert _extract(_page(body)).authors == authors


def test_a_name_beside_the_time_is_the_byline_though_a_search_link_prints_it_too() -> None:
    body = f'<h1>{HEADLINE}</h1><div class="c1">Minh Tuấn | 14/03/2025 16:40</div>' \
        f'<div class="c2">{_paragraphs()}</div><div class="c3"><a href="/tim-kiem.html?q=' \
        'Minh+Tu%E1%BA%A5n">Minh Tuấn</a> <a href="/tac-gia-minh-tuan.html">Minh Tuấn</a></div>'
    assert _extract(_page(body)).authors == ["Minh Tuấn"]


def test_a_related_box_heading_in_capitals_after_the_text_is_no_author() -> None:
    body = f'{HEADER}<div class="c1">{_paragraphs()}<p>Theo TTXVN</p></div>' \
        f'<div class="c2"><div class="c3">TIN LIÊN QUAN</div><ul>{TEASERS}</ul></div>'
    article = _extract(_page(body))
    assert (article.authors, article.source) == ([], "TTXVN")


def test_names_beside_the_time_sign_a_text_an_agency_is_credited_for() -> None:
    body = f'<h1>{HEADLINE}</h1><div><span class="c1">Ngọc Tú</span> ' \
        '<span class="c2">14/03/2025 16:40</span></div>' \
        f'<div class="entry-content">{_paragraphs()}<p>Nguồn: VOV</p></div>'
    article = _extract(_page(body))
    assert (article.authors, article.source) == (["Ngọc Tú"], "VOV")


def test_a_notice_that_a_part_is_being_updated_names_nobody() -> None:
    body = f'{HEADER}<div class="entry-content">{_paragraphs()}<p>Đang cập nhật.</p></div>'
    article = _extract(_page(body))
    assert (article.authors, article.byline_raw) == ([], None)


def test_a_labelled_credit_in_the_article_s_own_footer_signs_it() -> None:
    body = f'<article>{HEADER}<div class="c1">{_paragraphs()}</div>' \
        '<footer class="c2"><p>Tin, ảnh: <span>Quang Hưng - Hoàng Châu</span></p></footer>' \
        '</article><footer><p>BÁO MẪU ĐIỆN TỬ</p></footer>'
    assert _extract(_page(body)).authors == ["Quang Hưng", "Hoàng Châu"]


@pytest.mark.parametrize(("line", "kept"), [
    ("Đoàn kiểm tra giấy phép hoạt động, đăng kiểm phương tiện và chứng chỉ của người lái "
     "đò tại 6 bến khách ngang sông.", True),
    ("Giấy phép hoạt động báo điện tử số 34/GP - BTTTT. Tổng Biên tập Nguyễn Văn A.", False),
    ("Giấy phép xuất bản số: 123, cấp ngày 2/3/2021.", False),
    ("Công ty được cấp giấy phép xây dựng số 125/GPXD ngày 12/3/2024 nhưng đã xây vượt hai "
     "tầng.", True),
])
def test_a_licence_number_marks_a_masthead_a_licence_named_in_prose_does_not(
        line: str, kept: bool) -> None:
    body = f'{HEADER}<div class="entry-content"><p>{PARAGRAPHS[0]}</p><p>{line}</p>' \
        f'{"".join(f"<p>{p}</p>" for p in [*PARAGRAPHS[1:], LAST])}</div>'
    assert (line in _extract(_page(body)).body) is kept


@pytest.mark.parametrize(("line", "host", "source"), [
    ('<p>Theo <a href="https://baotintuc.vn/">Báo Tin tức</a></p>', "baomau.vn", "Báo Tin tức"),
    ("<p>Nguồn: Báo Mẫu điện tử</p>", "baomau.vn", None),
    ("<p>Nguồn: Báo Mẫu điện tử</p>", "m.baomau.vn", None),
    ("<p>Theo Báo Hàmẫu</p>", "hamau.vn", None),
    ("<p>Nguồn: Báo cáo của Sở Tài chính</p>", "baomau.vn", None),
    ("<p>Theo Báo Chính phủ</p>", "baomau.vn", "Báo Chính phủ"),
    ("<p>Theo Báo Mẫu Thủ đô</p>", "mau.vn", "Báo Mẫu Thủ đô"),
    ("<p>Theo Báo Mẫu điện tử</p>", "mau.gov.vn", "Báo Mẫu điện tử"),
])
def test_an_outlet_credited_right_after_the_text_is_the_source(line: str, host: str,
                                                                source: str | None) -> None:
    """Another outlet named on a line of its own after the body container is where the text
    comes from; the page's own outlet named there credits nobody, nor does a report."""
    body = f'{HEADER}<div class="c1">{_paragraphs()}</div>{line}' \
        '<div class="c2"><a href="/tac-gia/mai-anh">Mai Anh</a></div>'
    assert _extract(_page(body), f"https://{host}/thoi-su/hoi-nghi-12345.html").source == source


def test_a_lead_without_its_full_stop_naming_a_date_stays_the_lead() -> None:
    lead = "Hội chợ diễn ra từ ngày 12/11 đến 18/11/2026 tại Khu Kim Thành, thành phố Lào Cai"
    body = f'<h1>{HEADLINE}</h1><div class="c1"><span>12/11/2026 10:21</span></div>' \
        f'<p>{lead}</p><div class="c2">{_paragraphs()}</div>'
    assert _text(_extract(_page(body))).strip().startswith(lead)


def test_a_header_line_of_fields_with_the_time_is_no_lead() -> None:
    fields = '<div class="c1">Chuyên mục Thời sự - Đăng lúc 16:40 ngày 14/03/2025 - ' \
        "2.147 lượt đọc - Tác giả Mai Anh</div>"
    body = f'<h1>{HEADLINE}</h1>{fields}<div class="c2">{_paragraphs()}</div>'
    article = _extract(_page(body))
    assert (article.summary, "lượt đọc" in _text(article)) == (None, False)


def test_a_bold_field_label_in_the_text_is_no_credit() -> None:
    notice = "<p><strong>Nội dung:</strong> Luật Đất đai, Luật Hòa giải ở cơ sở</p>"
    body = f'{HEADER}<div class="c1">{_paragraphs()}{notice}</div><div class="c2"><p>Minh Đức' \
        "</p></div>"
    assert _extract(_page(body)).authors == ["Minh Đức"]


def test_a_credit_whose_labels_are_elements_of_their_own_is_read_whole() -> None:
    credit = '<p class="c3"><span>Bài:</span> PHAN CHUNG <span class="c4">-</span> ' \
        "<span>Ảnh:</span> NGUYỄN QUANG</p>"
    body = f'{HEADER}{credit}<div class="c1">{_paragraphs()}</div>'
    article = _extract(_page(body))
    assert (article.authors, article.photo_credit) == (["PHAN CHUNG"], "NGUYỄN QUANG")


def test_a_box_headed_as_the_section_s_other_articles_ends_the_text() -> None:
    box = '<h2 class="c3">Bài cùng chuyên mục</h2>'
    body = f'{HEADER}<div class="c1">{_paragraphs()}<p><em>Theo Tạp chí Mẫu</em></p>{box}' \
        "</div>"
    article = _extract(_page(body))
    assert (article.body.endswith(LAST), article.source) == (True, "Tạp chí Mẫu")


def test_a_series_box_and_its_markers_are_not_body() -> None:
    box = '<table class="box"><tr><td><b>LOẠT BÀI: GIỮ CHÂN LAO ĐỘNG TRẺ</b></td></tr>' \
        '<tr><td>Bài 1: Cánh đồng lớn thiếu người trẻ</td></tr>' \
        '<tr><td><a href="/bai-2.html">Bài 2: Những người trẻ chọn ở lại</a></td></tr>' \
        '<tr><td><a href="/bai-3.html">Bài 3: Chính sách giữ chân</a></td></tr></table>'
    body = f'{HEADER}' \
        f'<div class="entry-content">{box}{_paragraphs()}<p><em>(Còn nữa)</em></p>' \
        '<p>Kỳ sau: Những người trẻ chọn ở lại</p></div>'
    article = _extract(_page(body))
    assert article.body.startswith(PARAGRAPHS[0])
    assert article.body.endswith(LAST)


def test_a_cover_figure_between_headline_and_body_gives_a_caption() -> None:
    body = f'{HEADER}' \
        '<figure class="cover"><img src="/c.jpg"><p>Toàn cảnh hội nghị tổng kết.</p></figure>' \
        f'<div class="entry-content">{_paragraphs()}</div>'
    article = _extract(_page(body))
    assert article.captions == ["Toàn cảnh hội nghị tổng kết."]
    assert "Toàn cảnh" not in article.body


@pytest.mark.parametrize(("header", "published"), [
    ('<div class="pub">Thứ Ba, 24/6/2025 08:30 (GMT+7)</div><h1>{h}</h1>'
     '<div class="meta"><span>Cập nhật: 24/6/2025 15:45</span><span>1.204 lượt xem</span></div>',
     "2025-06-24T08:30:00+07:00"),
    ('<h1>{h}</h1><div class="meta"><span>13/06/2025 | 16:20</span><span>1.845 lượt xem</span>'
     "</div>", "2025-06-13T16:20:00+07:00"),
])
def test_a_printed_time_beside_a_counter_or_before_an_update(header: str,
                                                             published: str) -> None:
    body = header.format(h=HEADLINE) + f'<div class="entry-content">{_paragraphs()}</div>'
    assert _extract(_page(body)).published_at == published


def test_a_section_name_in_the_only_h1_is_not_the_headline() -> None:
    body = '<h1 class="section"><a href="/thoi-su/">Thời sự</a></h1>' \
        f'<h2 class="title">{HEADLINE}</h2><div class="date">14/03/2025 16:40</div>' \
        f'<div class="entry-content">{_paragraphs()}</div>'
    assert _extract(_page(body)).headline == HEADLINE


def test_a_teaser_column_before_the_headline_gives_no_date() -> None:
    column = '<div class="left"><div>Tin mới</div><ul><li><a href="/a.html">Nắng nóng kéo dài ' \
        'nhiều ngày</a><em>Cập nhật lúc 09:40, ngày 07/07/2025</em></li></ul></div>'
    body = f'<div class="page">{column}<div class="center"><h1>{HEADLINE}</h1>' \
        '<div class="time">Cập nhật lúc 10:15, ngày 03/07/2025</div>' \
        f'<div class="entry-content">{_paragraphs()}</div></div></div>'
    assert _extract(_page(body)).published_at == "2025-07-03T10:15:00+07:00"


def test_a_caption_classed_paragraph_after_an_image_is_its_caption() -> None:
    body = f'{HEADER}' \
        f'<div class="entry-content"><p>{PARAGRAPHS[0]}</p><p><img src="/a.jpg"></p>' \
        '<p class="image-caption">Quang cảnh hội nghị.</p>' \
        f'{_after_first()}</div>'
    article = _extract(_page(body))
    assert article.captions == ["Quang cảnh hội nghị."]
    assert "Quang cảnh" not in article.body


@pytest.mark.parametrize("box", [
    '<div class="x1"><div class="x2"><a href="/a.jpg"><img src="/a.jpg"></a></div>'
    '<div class="x3"><p>Quang cảnh hội nghị.</p></div></div>',
    '<div align="center"><img src="/a.jpg"><br><span class="x3">Quang cảnh hội nghị.</span>'
    "</div>",
])
def test_the_one_short_text_after_a_picture_in_its_box_is_its_caption_whatever_its_class(
        box: str) -> None:
    body = f'{HEADER}<div class="entry-content"><p>{PARAGRAPHS[0]}</p>{box}{_after_first()}</div>'
    article = _extract(_page(body))
    assert article.captions == ["Quang cảnh hội nghị."]
    assert "Quang cảnh" not in article.body


def test_a_picture_in_a_definition_list_has_its_caption_in_the_description() -> None:
    picture = '<dl class="x1"><dt><a href="/a.jpg"><img src="/a.jpg"></a></dt>' \
        "<dd>Quang cảnh hội nghị.</dd></dl>"
    body = f'{HEADER}<div class="entry-content"><p>{PARAGRAPHS[0]}</p>{picture}' \
        f"{_after_first()}</div>"
    article = _extract(_page(body))
    assert article.captions == ["Quang cảnh hội nghị."]
    assert "Quang cảnh" not in article.body


@pytest.mark.parametrize("line", [
    "<strong>Nâng cao chất lượng nguồn nhân lực</strong>",
    "<strong>PV: Xin ông cho biết những kết quả nổi bật của năm 2024?</strong>",
    "Bài 2: Gỡ khó cho doanh nghiệp nhỏ",
])
def test_a_subheading_or_a_question_after_a_picture_block_is_no_caption(line: str) -> None:
    picture = f'<div class="x1"><img src="/a.jpg"></div><div class="x2">{line}</div>'
    body = f'{HEADER}<div class="entry-content">{_paragraphs()}{picture}<p>{LAST}</p></div>'
    assert _extract(_page(body)).captions == []


@pytest.mark.parametrize(("paragraph_tag", "caption"), [("p", True), ("div", False)])
def test_a_short_block_after_a_picture_in_another_tag_than_the_text_is_its_caption(
        paragraph_tag: str, caption: bool) -> None:
    """Among ``<p>`` paragraphs, a short ``<div>`` under the picture's own ``<div>`` is its
    caption; where every paragraph is a ``<div>``, it is text."""
    text = "".join(f"<{paragraph_tag}>{p}</{paragraph_tag}>" for p in [*PARAGRAPHS, LAST])
    picture = '<div class="x1"><img src="/a.jpg"></div><div class="x2">Quang cảnh hội nghị.</div>'
    body = f'{HEADER}<div class="entry-content">{text}{picture}' \
        f"<{paragraph_tag}>{LAST}</{paragraph_tag}></div>"
    article = _extract(_page(body))
    assert (article.captions == ["Quang cảnh hội nghị."]) is caption
    assert ("Quang cảnh" in article.body) is not caption


@pytest.mark.parametrize("block", [
    '<p><img src="/icons/arrow.png"> <strong>Đẩy mạnh giải phóng mặt bằng</strong></p>',
    '<ul><li><img src="/icons/check.png"><span>Miễn học phí cho học sinh vùng cao</span></li>'
    '<li><img src="/icons/check.png"><span>Hỗ trợ tiền ăn trưa cho học sinh</span></li></ul>',
    '<p><img class="emoji" src="/e/1f449.svg"><strong>Cây cầu dài 1,2 km,</strong> rộng 30 m '
    'và có sáu làn xe.</p>',
    '<div><p><img src="/anh/cau.jpg"></p><p>Cầu mới nối hai bờ sông sẽ rút ngắn quãng đường '
    'đi lại của người dân hai xã.</p></div>',
    '<dl><dt><img src="/icons/lich.png" width="20" height="20"> Thời gian thực hiện</dt>'
    "<dd>Từ năm 2025 đến năm 2027.</dd><dt>Địa điểm</dt><dd>Xã Tân Lập</dd></dl>",
    '<dl><dt><img src="/a.jpg"><b>PV: Xin ông cho biết kết quả năm qua?</b></dt>'
    "<dd>Năm qua tỉnh đạt nhiều kết quả.</dd><dt><b>PV: Kế hoạch năm tới?</b></dt>"
    "<dd>Tiếp tục đầu tư hạ tầng.</dd></dl>",
])
def test_text_beside_an_icon_or_after_a_picture_of_its_own_is_no_caption(block: str) -> None:
    """Nor is a definition list of several terms (a glossary, an interview) a picture's."""
    body = f'{HEADER}<div class="entry-content"><p>{PARAGRAPHS[0]}</p>{block}' \
        f'{_after_first()}</div>'
    article = _extract(_page(body))
    assert article.captions == []


def test_a_name_under_an_avatar_is_the_author_not_a_caption() -> None:
    card = '<div><img src="/uploads/avatar/minhanh.jpg" width="40"><p><strong>Minh Anh</strong>' \
        '</p></div>'
    body = f'{HEADER}<div class="entry-content">{_paragraphs()}{card}</div>'
    article = _extract(_page(body))
    assert (article.captions, article.authors) == ([], ["Minh Anh"])


def test_a_teaser_s_linked_title_under_its_picture_is_no_caption() -> None:
    teaser = '<div class="x1"><a href="/tin-khac.html"><img src="/t.jpg"></a>' \
        '<p><a href="/tin-khac.html">Khánh thành cầu mới</a></p></div>'
    body = f'{HEADER}<div class="entry-content"><p>{PARAGRAPHS[0]}</p>{teaser}' \
        f'{_after_first()}</div>'
    assert _extract(_page(body)).captions == []


def test_a_related_box_after_the_text_goes_whole_whatever_its_class() -> None:
    item = '<div class="x8"><h4><a href="/tin-{0}.html">Khánh thành cầu treo số {0} ở vùng ' \
        'cao</a></h4><p>Cây cầu mới giúp người dân đi lại thuận tiện hơn trong mùa mưa lũ.</p>' \
        '<p>Trong "Kinh tế"</p></div>'
    box = f'<div class="x7"><h3><em>Có liên quan</em></h3>{item.format(1)}{item.format(2)}</div>'
    body = f'{HEADER}<div class="entry-content">{_paragraphs()}<p>Thu Hà</p>{box}</div>'
    article = _extract(_page(body))
    assert article.body.endswith(LAST)
    assert article.authors == ["Thu Hà"]
    body = f'{HEADER}<div class="entry-content"><p>{PARAGRAPHS[0]}</p>{box}{_after_first()}</div>'
    assert _extract(_page(body)).body == "\n\n".join([*PARAGRAPHS, LAST])


def test_a_link_to_an_author_page_in_the_text_or_after_it_is_no_byline() -> None:
    quoted = f'<p>Theo phân tích của <a href="/tac-gia/tran-thi-hoa">nhà báo Trần Thị Hoa</a>' \
        f', {PARAGRAPHS[0]}</p>'
    other = '<div class="x9"><div><a href="/tin-khac.html">Một bài khác của tòa soạn hôm nay</a>' \
        '<a href="/tac-gia/le-van-binh">Lê Văn Bình</a></div></div>'
    body = f'{HEADER}<div class="x1">{quoted}{_after_first()}</div>{other}'
    article = _extract(_page(body))
    assert article.authors == []
    assert "nhà báo Trần Thị Hoa" in article.body


@pytest.mark.parametrize("path", ["/tac-gia/huu-tho", "/author/huu-tho/"])
def test_a_link_to_an_author_page_names_the_author_whatever_its_class(path: str) -> None:
    card = f'<div class="x5"><img src="/avatar.jpg"><a href="{path}">Hữu Thọ</a></div>'
    body = f'{HEADER}{card}<div class="entry-content">{_paragraphs()}</div>'
    assert _extract(_page(body)).authors == ["Hữu Thọ"]


@pytest.mark.parametrize("where", ["opening", "closing"])
def test_a_linked_source_note_in_the_text_credits_the_source(where: str) -> None:
    note = '<div class="x4">Theo <a href="https://baocantho.example.vn/a-1.html">Báo Cần Thơ' \
        '</a></div>'
    text = f"{note}{_paragraphs()}" if where == "opening" else f"{_paragraphs()}{note}"
    article = _extract(_page(f'{HEADER}<div class="x1">{text}</div>'))
    assert article.source == "Báo Cần Thơ"
    assert article.body.startswith(PARAGRAPHS[0]) and article.body.endswith(LAST)


def test_a_photo_credit_line_under_the_cover_picture_credits_the_photographer() -> None:
    cover = '<figure><img src="/anh/bia.jpg"><figcaption>Toàn cảnh hội nghị. Ảnh: Văn Tú' \
        '</figcaption></figure>'
    credits = f'<div class="x2">Bài: Hà My</div>{cover}<p class="x3">Ảnh: Quốc Dũng</p>'
    article = _extract(_page(f'{HEADER}{credits}<div class="x1">{_paragraphs()}</div>'))
    assert (article.authors, article.photo_credit) == (["Hà My"], "Quốc Dũng")
    assert "Ảnh" not in article.body


def test_a_photographer_s_line_under_the_author_after_the_text_is_the_photo_credit() -> None:
    credits = '<div class="c2"><p class="author">Thu Hà</p><p class="c3">Ảnh: Đinh Tú</p></div>'
    body = f'{HEADER}<div class="c1">{_paragraphs()}</div>{credits}'
    article = _extract(_page(body))
    assert (article.authors, article.photo_credit) == (["Thu Hà"], "Đinh Tú")


def test_a_photographer_s_line_opening_the_text_is_the_photo_credit() -> None:
    body = f'{HEADER}<div class="c1"><p><img src="/a.jpg"></p><p>Ảnh: THÀNH ĐẠT</p>' \
        f"{_paragraphs()}</div>"
    article = _extract(_page(body))
    assert (article.photo_credit, article.body.startswith(PARAGRAPHS[0])) == ("THÀNH ĐẠT", True)


@pytest.mark.parametrize("line", ["ẢNH: QUỐC DŨNG", "Photo: Quốc Dũng",
                                  "\n      Ảnh: Quốc Dũng"])
def test_a_photo_credit_line_is_read_in_any_case_or_spacing(line: str) -> None:
    cover = '<figure><img src="/anh/bia.jpg"><figcaption>Toàn cảnh hội nghị.</figcaption>' \
        '</figure>'
    credits = f'<div class="x2">Bài: Hà My</div>{cover}<p class="x3">{line}</p>'
    article = _extract(_page(f'{HEADER}{credits}<div class="x1">{_paragraphs()}</div>'))
    assert article.photo_credit in ("QUỐC DŨNG", "Quốc Dũng")


def test_a_cover_caption_s_photo_credit_is_no_article_photo_credit() -> None:
    cover = '<figure><img src="/anh/bia.jpg"><figcaption><p>Toàn cảnh hội nghị.</p>' \
        '<p>Ảnh: Văn Tú</p></figcaption></figure>'
    article = _extract(_page(f'{HEADER}{cover}<div class="x1">{_paragraphs()}</div>'))
    assert article.photo_credit is None


def test_a_plain_name_above_the_photo_credit_signs_the_article() -> None:
    body = f'{HEADER}<div class="x1">{_paragraphs()}<p>Đinh Thắng</p><p>Ảnh: Hoàng Lê</p></div>'
    article = _extract(_page(body))
    assert (article.authors, article.photo_credit) == (["Đinh Thắng"], "Hoàng Lê")
    assert article.body.endswith(LAST)


@pytest.mark.parametrize("portrait", [
    '<p><img src="/anh/chan-dung.jpg"></p><p>Nguyễn Văn Bình</p>',
    '<p>Cụ Nguyễn Văn Bình</p>',
])
def test_a_portrait_s_name_above_the_photo_credit_is_no_author(portrait: str) -> None:
    body = f'{HEADER}<div class="x1">{_paragraphs()}{portrait}<p>Ảnh: Quang Vinh</p></div>'
    assert _extract(_page(body)).authors == []


@pytest.mark.parametrize(("after", "authors"), [
    ("<p>Thanh Hải - Lê Minh</p><p><em>Bài 3: Cần cơ chế đủ mạnh để thu hồi dự án</em></p>",
     ["Thanh Hải", "Lê Minh"]),
    ("<p><strong>BẢO TRÂM</strong></p><p><em>(Bài viết được thực hiện với sự phối hợp của "
     "Ngân hàng Nông nghiệp và Phát triển nông thôn Chi nhánh tỉnh trong chương trình tín "
     "dụng xanh năm 2025)</em></p>", ["BẢO TRÂM"]),
    ("<p>Thu Hương</p><p>Ghi chú của Tòa soạn: Bài viết đã được sửa chức vụ của ông Hoàng Văn "
     "Dũng lúc 15 giờ 05 phút cùng ngày. Tòa soạn thành thật xin lỗi bạn đọc.</p>",
     ["Thu Hương"]),
    ("<p>TRÚC LY - THẠCH SOL</p><p>Ảnh: DUY KHÁNH</p><div><span>- Quảng cáo -</span></div>",
     ["TRÚC LY", "THẠCH SOL"]),
])
def test_a_byline_is_found_under_an_editors_note_a_next_part_or_an_ad_label(
        after: str, authors: list[str]) -> None:
    body = f'{HEADER}<div class="x1">{_paragraphs()}{after}</div>'
    article = _extract(_page(body))
    assert (article.authors, article.body.endswith(LAST)) == (authors, True)


def test_a_layout_table_s_date_in_the_row_above_the_headline_s() -> None:
    body = '<table><tr><td><a href="/kinh-te">KINH TẾ</a></td><td>Thứ Hai, 12/05/2025 - ' \
        f'07:20 AM</td></tr><tr><td colspan="2"><h1>{HEADLINE}</h1></td></tr>' \
        f'<tr><td colspan="2" class="x1">{_paragraphs()}</td></tr></table>'
    assert _extract(_page(body)).published_at == "2025-05-12T07:20:00+07:00"


def test_a_layout_table_s_date_in_the_row_after_the_body_s() -> None:
    body = f'<table><tr><td><h1>{HEADLINE}</h1></td></tr>' \
        f'<tr><td class="x1">{_paragraphs()}</td></tr>' \
        '<tr><td>Ngày đăng: 20/03/2025 - 16:35 | Lượt xem: 1.024</td></tr></table>'
    assert _extract(_page(body)).published_at == "2025-03-20T16:35:00+07:00"


@pytest.mark.parametrize(("content", "kind"), [
    ("0; URL=https://baomau.vn/bai-moi.html", "redirect"),
    (f"900;URL={URL}", "listing"),  # a page reloading itself
    ("600; url=https://baomau.vn/bai-moi.html", "listing"),
])
def test_a_stub_that_refreshes_at_once_to_another_url_is_a_redirect(
        content: str, kind: str) -> None:
    refresh = f'<meta http-equiv="refresh" content="{content}">'
    body = f'<h1><a href="/bai-moi.html">{HEADLINE}</a></h1><p>{LEAD}</p>' \
        '<p>Trang này đã chuyển. Nếu trình duyệt không tự chuyển, bấm vào tiêu đề.</p>'
    with pytest.raises(NotAnArticle) as raised:
        _extract(_page(body, refresh))
    assert raised.value.kind == kind


@pytest.mark.parametrize("box_class", ["detail-content", "x1"])
def test_a_hidden_copy_of_the_text_gives_way_to_the_shown_one(box_class: str) -> None:
    reader = f'<div class="reader" aria-hidden="true"><div class="{box_class}">' \
        f'{_paragraphs()}</div></div>'
    figure = '<figure><img src="/anh/1.jpg"><figcaption>Toàn cảnh hội nghị.</figcaption>' \
        '</figure>'
    shown = f'{HEADER}<div class="{box_class}"><p>{PARAGRAPHS[0]}</p>{figure}{_after_first()}' \
        '</div>'
    article = _extract(_page(f"{reader}{shown}"))
    assert (article.captions, len(article.images)) == (["Toàn cảnh hội nghị."], 1)
    assert article.body.endswith(LAST)


@pytest.mark.parametrize("box_class", ["detail-content", "x1"])
def test_a_text_a_script_reveals_is_read_when_the_page_shows_no_other(box_class: str) -> None:
    body = f'{HEADER}<div class="{box_class}" style="display: none">{_paragraphs()}</div>'
    assert _extract(_page(body)).body.endswith(LAST)


def test_a_cover_photo_box_s_caption_is_read_whatever_its_class() -> None:
    cover = '<div class="m1"><img src="/anh/bia.jpg" width="640"><p class="m2">Tuyến kè ' \
        'mới hoàn thành.</p></div>'
    avatar = '<div class="m3"><img src="/anh/avatar.jpg" width="48"><p class="m4">Hà My</p>' \
        '</div>'
    article = _extract(_page(f'{HEADER}{avatar}{cover}<div class="x1">{_paragraphs()}</div>'))
    assert article.captions == ["Tuyến kè mới hoàn thành."]


def test_a_word_processor_s_empty_element_leaves_a_bold_lead_bold() -> None:
    lead = f'<p class="MsoNormal"><b><i><span lang="VI">{LEAD}</span></i></b><o:p></o:p></p>'
    article = _extract(_page(f'{HEADER}<div class="x1">{lead}{_paragraphs()}</div>'))
    assert (article.summary, article.body.startswith(PARAGRAPHS[0])) == (LEAD, True)


def test_an_amp_ad_s_placeholder_and_fallback_are_no_text() -> None:
    ad = '<amp-ad width="300" height="250" type="adsense"><div placeholder>Đang tải quảng ' \
        'cáo...</div><div fallback>Quảng cáo không hiển thị</div></amp-ad>'
    text = f"<p>{PARAGRAPHS[0]}</p>{ad}{_after_first()}"
    article = _extract(_page(f'{HEADER}<div class="x1">{text}</div>'))
    assert "Quảng cáo" not in article.body and article.body.endswith(LAST)


@pytest.mark.parametrize("line", [
    "Cuộc gọi sẽ tự động chuyển tới tổng đài viên sau 10 giây nếu người gọi không chọn phím.",
    "Đèn tín hiệu sẽ chuyển sang màu vàng sau 3 giây khi không có phương tiện chờ.",
])
def test_a_brief_telling_of_something_switching_after_seconds_stays_an_article(
        line: str) -> None:
    text = f"<p>{PARAGRAPHS[0]}</p><p>{line}</p><p>{LAST}</p><p><strong>Minh Anh</strong></p>"
    assert line in _extract(_page(f'{HEADER}<div class="x1">{text}</div>')).body


def test_a_sidebar_s_video_widget_makes_no_media_page() -> None:
    text = f"<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p><p><strong>Minh Anh</strong></p>"
    widget = '<div class="x7"><h3>Video</h3><div id="video-player-home"></div></div>'
    page = _page(f'<div class="x5"><div class="x6">{HEADER}<div class="x1">{text}</div></div>'
                 f"{widget}</div>")
    assert _extract(page).body.endswith(PARAGRAPHS[1])


def test_a_lead_beside_its_picture_is_no_caption() -> None:
    sapo = f'<div class="box-sapo"><div class="thumb"><img src="/anh/bia.jpg" width="640">' \
        f'</div><div class="sapo">{LEAD}</div></div>'
    article = _extract(_page(f'{HEADER}{sapo}<div class="x1">{_paragraphs()}</div>'))
    assert (article.summary, article.captions) == (LEAD, [])


def test_a_caption_after_the_photo_label_credits_no_one() -> None:
    cover = '<div class="x5"><img src="/anh/bia.jpg" width="640"></div>' \
        "<p>Ảnh: Đồng chí Nguyễn Văn An phát biểu tại hội nghị</p>"
    article = _extract(_page(f'{HEADER}{cover}<div class="x1">{_paragraphs()}</div>'))
    assert article.photo_credit is None


@pytest.mark.parametrize(("first", "last"), [
    ("<p>Theo Báo Đầu tư, dự án đã được phê duyệt.</p>", ""),
    ("", '<p><a href="/thoi-su/x-1.html">Theo Báo Nhân Dân: Tỉnh vượt kế hoạch</a></p>'),
])
def test_a_sentence_or_a_title_citing_an_outlet_is_no_source(first: str, last: str) -> None:
    article = _extract(_page(f'{HEADER}<div class="x1">{first}{_paragraphs()}{last}</div>'))
    assert article.source is None
    assert not first or article.body.startswith("Theo Báo Đầu tư")


def test_a_copy_shown_on_wider_screens_is_not_hidden() -> None:
    teaser = f"<p>{LEAD}</p>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:3]) + \
        f'<p>{PARAGRAPHS[3][:60]}... <a href="?full=1">Xem đầy đủ</a></p>'
    body = f'{HEADER}<div class="d-block d-md-none x3">{teaser}</div>' \
        f'<div class="d-none d-md-block x1">{_paragraphs()}</div>'
    article = _extract(_page(body))
    assert "Xem đầy đủ" not in article.body and article.body.endswith(LAST)


@pytest.mark.parametrize(("path", "is_article"), [
    ("/dat-bao", False),
    ("/tien-ich/lich-cat-dien-13-10.html", False),
    ("/xa-hoi/dat-bao-nam-2026-cho-cac-xa-vung-cao-1234.html", True),  # a slug, not a folder
])
def test_a_subscription_or_utility_folder_makes_a_listing(path: str, is_article: bool) -> None:
    page = _page(f'{HEADER}<div class="x1">{_paragraphs()}</div>',
                 '<meta property="og:type" content="article">')
    try:
        _extract(page, f"https://baomau.example.vn{path}")
    except NotAnArticle:
        assert not is_article
    else:
        assert is_article


def _cards(count: int) -> str:
    return "".join(
        f'<div class="c1"><h3><a href="/loat-bai/bai-{n}-12{n}.html">Bài {n}: Chuyện về vùng '
        f'đất ven sông qua lời kể của người dân</a></h3><span class="author">Thanh Tâm</span>'
        f"<span>0{n}/10/2025</span><p>{PARAGRAPHS[n % 4][:140]}</p></div>"
        for n in range(1, count + 1))


def test_signed_cards_each_led_by_a_linked_heading_make_a_listing() -> None:
    meta = '<meta property="og:type" content="article">' \
        '<meta property="article:published_time" content="2025-10-14T05:00:00+07:00">'
    body = f'<h1>Loạt bài: Vùng đất ven sông</h1><div class="x1">{_cards(5)}</div>'
    with pytest.raises(NotAnArticle) as raised:
        _extract(_page(body, meta))
    assert raised.value.kind == "listing"


def test_a_signed_roundup_under_linked_subheadings_stays_an_article() -> None:
    sections = "".join(
        f'<div class="s1"><h3><a href="/su-kien/su-kien-{n}-45{n}.html">Sự kiện nổi bật số '
        f'{n} của tỉnh trong năm qua</a></h3><p>{PARAGRAPHS[n % 4]}</p></div>'
        for n in range(1, 5))
    body = f'{HEADER}<div class="x1"><p>{LEAD}</p>{sections}' \
        "<p><strong>NGUYỄN VĂN AN</strong></p></div>"
    assert _extract(_page(body)).authors == ["NGUYỄN VĂN AN"]


def test_an_article_followed_by_cards_of_other_articles_stays_an_article() -> None:
    body = f'{HEADER}<div class="x1">{_paragraphs()}<div class="x2">{_cards(4)}</div></div>'
    assert _extract(_page(body)).body.startswith(PARAGRAPHS[0])


def test_a_printed_issue_s_contents_is_no_article() -> None:
    pages = "".join(
        f"<p><strong>TRANG {n} – THỜI SỰ</strong></p><ul><li><a href=\"/bai-{n}.html\">Tin "
        f"số {n} của số báo hôm nay về hoạt động của tỉnh</a> – Hà My</li></ul>"
        for n in range(2, 7))
    intro = "<p>Báo Mẫu số 5.612 phát hành sáng Thứ Ba, 14/10/2025, gồm 8 trang, giá " \
        "3.000 đồng, với nhiều bài viết về các hoạt động nổi bật của tỉnh trong tuần.</p>"
    subscribe = "<p>Bạn đọc đặt mua Báo Mẫu tại các bưu cục trên địa bàn tỉnh hoặc liên hệ " \
        "Phòng Phát hành qua số điện thoại 0207.3822.000 để được giao báo tận nhà.</p>"
    meta = '<meta property="og:type" content="article">' \
        '<meta property="article:published_time" content="2025-10-14T05:00:00+07:00">'
    body = f'<h1>Mục lục Báo Mẫu số 5.612 ra ngày 14/10/2025</h1><div class="x1">{intro}' \
        f"{pages}{subscribe}</div>"
    with pytest.raises(NotAnArticle) as raised:
        _extract(_page(body, meta))
    assert raised.value.kind == "listing"


def test_an_article_titled_as_contents_stays_an_article() -> None:
    text = "".join(f"<p>Phần {n}: {PARAGRAPHS[0]}</p>" for n in range(1, 11))
    body = '<h1>Mục lục di sản: những bảo vật quốc gia của tỉnh</h1>' \
        f'<div class="date">14/03/2025 16:40</div><div class="x1">{text}</div>'
    assert _extract(_page(body)).body.startswith("Phần 1:")


def test_a_notice_counting_down_to_another_page_is_a_redirect() -> None:
    notice = "<p>Từ ngày 1/7/2025, toàn bộ nội dung của Báo Mẫu được chuyển về trang tin " \
        "của tỉnh tại địa chỉ mới, tin bài được tiếp tục cập nhật tại chuyên mục Thời sự.</p>" \
        '<p>Bài viết bạn cần hiện có tại: <a href="https://tinh.example.vn/a-1.html">Hội ' \
        "nghị tổng kết</a></p><p>Trang sẽ tự động chuyển sau 5 giây. Cảm ơn bạn đọc đã " \
        "đồng hành cùng Báo Mẫu trong nhiều năm qua.</p>"
    meta = '<meta property="og:type" content="article">' \
        '<meta property="article:published_time" content="2024-05-02T08:00:00+07:00">'
    page = _page(f'<h1>Báo Mẫu đã chuyển về địa chỉ mới</h1><div class="x1">{notice}</div>',
                 meta)
    with pytest.raises(NotAnArticle) as raised:
        _extract(page)
    assert raised.value.kind == "redirect"


def test_an_article_quoting_a_countdown_stays_an_article() -> None:
    quoted = "<p>Nhiều người dùng phản ánh trang giả mạo hiện dòng chữ “trang sẽ tự động " \
        "chuyển sau 5 giây” rồi đưa họ tới một địa chỉ lạ để lấy cắp mật khẩu.</p>"
    article = _extract(_page(f'{HEADER}<div class="x1">{quoted}{_paragraphs()}</div>'))
    assert article.body.endswith(LAST)


def test_a_cover_figure_s_caption_is_its_figcaption_alone() -> None:
    figure = '<figure class="x1"><img src="/c.jpg"><style>.x2{font-size:14px}</style>' \
        '<figcaption class="x2">Toàn cảnh hội nghị tổng kết.</figcaption></figure>'
    body = f'{HEADER}{figure}<div class="entry-content">{_paragraphs()}</div>'
    assert _extract(_page(body)).captions == ["Toàn cảnh hội nghị tổng kết."]


def test_a_printed_update_time_gives_way_to_an_earlier_metadata_time() -> None:
    jsonld = '<script type="application/ld+json">{"@type": "NewsArticle", ' \
        '"datePublished": "2025-09-28T23:40:00Z"}</script>'
    body = f'<h1>{HEADLINE}</h1><div class="x0"><span><a href="/tac-gia/a">Phương Linh</a>' \
        '</span><span>Cập nhật lúc 10:12, 29/09/2025</span></div>' \
        f'<div class="entry-content">{_paragraphs()}</div>'
    article = _extract(_page(body, jsonld))
    assert (article.published_at, article.updated_at) == (
        "2025-09-29T06:40:00+07:00", "2025-09-29T10:12:00+07:00")


def test_a_youtube_classed_wrapper_of_text_keeps_it_and_an_embed_keeps_its_caption() -> None:
    wrapper = '<div class="video-youtube"><iframe src="https://www.youtube.com/embed/x"></iframe>' \
        f'<p>{PARAGRAPHS[0]}</p></div>'
    figure = '<figure class="wp-block-embed is-provider-youtube wp-block-embed-youtube">' \
        '<div class="wp-block-embed__wrapper"><iframe src="https://www.youtube.com/embed/y">' \
        '</iframe></div><figcaption>Toàn cảnh lễ ra quân</figcaption></figure>'
    body = f'{HEADER}<div class="entry-content">{wrapper}{figure}{_after_first()}</div>'
    article = _extract(_page(body))
    assert article.body.startswith(PARAGRAPHS[0])
    assert article.captions == ["Toàn cảnh lễ ra quân"]


def test_a_video_embed_s_title_overlay_is_not_text() -> None:
    embed = '<figure class="wp-block-embed is-provider-youtube"><div class="lyte-wrapper">' \
        '<div class="tC">KGTV | Phú Quốc ra quân | Thời sự tối</div></div>' \
        '<figcaption>Video: KGTV</figcaption></figure>'
    body = f'{HEADER}<div class="entry-content">{embed}{_paragraphs()}</div>'
    assert _extract(_page(body)).body.startswith(PARAGRAPHS[0])


def test_a_right_aligned_unit_line_under_a_right_aligned_signature_is_no_text() -> None:
    signature = '<p style="text-align:right"><strong>Trung tá Hồ Văn Dũng</strong></p>' \
        '<p style="text-align:right"><em>Đồn Biên phòng Cửa khẩu Lao Bảo</em></p>'
    body = f'{HEADER}<div class="x1">{_paragraphs()}{signature}</div>'
    article = _extract(_page(body))
    assert (article.authors, article.body.endswith(LAST)) == (["Hồ Văn Dũng"], True)


@pytest.mark.parametrize(("player", "text", "is_article"), [
    ('<video controls src="/v/clip.mp4"></video>', _paragraphs(), True),
    ('<video controls src="/v/clip.mp4"></video>',
     f"<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p>", False),
    ('<iframe src="https://www.youtube.com/embed/x1"></iframe>',
     f"<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p>", False),
    ('<iframe src="https://maps.google.com/maps?q=x"></iframe>',
     f"<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p>", True),
    ('<div id="jw-101"></div><script>jwplayer("jw-101").setup({})</script>',
     f"<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p>", False),
    ('<div class="video-js vjs-default-skin"></div>', _paragraphs(), True),
])
def test_a_player_over_a_few_sentences_is_a_media_page(
        player: str, text: str, is_article: bool) -> None:
    body = f'<div class="x0">{player}</div><div class="x1">{HEADER}' \
        f'<div class="x2">{text}</div></div>'
    try:
        _extract(_page(body))
    except NotAnArticle:
        assert not is_article
    else:
        assert is_article


def test_a_subheading_opening_with_related_words_is_no_related_box() -> None:
    closing = "Sở đề nghị nhà thầu bố trí thêm mũi thi công để bảo đảm tiến độ."
    section = '<div><p><strong>Liên quan đến trách nhiệm nhà thầu</strong></p>' \
        f'<p>{closing}</p></div>'
    body = f'{HEADER}<div class="x1">{_paragraphs()}{section}</div>'
    assert _extract(_page(body)).body.endswith(closing)


def test_a_banner_s_today_above_the_headline_s_row_is_no_date() -> None:
    body = '<table><tr><td>Cổng thông tin huyện Mẫu - Hôm nay: Thứ Hai, 15/09/2025</td></tr>' \
        f'<tr><td><h1>{HEADLINE}</h1></td></tr><tr><td class="x1">{_paragraphs()}</td></tr>' \
        '<tr><td>Ngày đăng: 12/03/2025 09:30</td></tr></table>'
    assert _extract(_page(body)).published_at == "2025-03-12T09:30:00+07:00"


def test_a_sidebar_s_date_beside_the_text_is_no_date() -> None:
    body = f'<div class="x0"><div class="x1"><h1>{HEADLINE}</h1><div class="x2">{_paragraphs()}' \
        '<p><strong>Minh Anh</strong></p></div></div><div class="x3"><div>Thứ Hai, 15/09/2025: ' \
        'Chủ tịch UBND huyện họp giao ban</div></div></div>'
    assert _extract(_page(body)).published_at is None


def test_an_update_label_after_the_byline_keeps_its_time_over_a_banner_s_day() -> None:
    body = '<div class="x9">Thứ Hai, 15/09/2025</div>' \
        f'<h1>{HEADLINE}</h1><div class="x0">Tác giả: Minh Anh | Ngày cập nhật: 12/03/2025 ' \
        f'08:00</div><div class="x1">{_paragraphs()}</div>'
    assert _extract(_page(body)).published_at == "2025-03-12T08:00:00+07:00"


@pytest.mark.parametrize(("before", "after"), [
    ("<p>Thời gian đọc: 5 phút</p><p>Giọng đọc: Ban Mai (nữ miền Bắc) 04:55</p>", ""),
    ("<p><strong>Mục lục</strong></p>", ""),
    ("", '<p class="x5">Trang <b>1</b> <a href="?p=2">2</a> <a href="?p=3">3</a> '
     '<a href="?p=2">Tiếp</a></p>'),
])
def test_reading_aids_a_contents_heading_and_a_pager_are_not_text(before: str, after: str) -> None:
    body = f'{HEADER}<div class="x1">{before}{_paragraphs()}{after}</div>'
    article = _extract(_page(body))
    assert article.body == "\n\n".join([*PARAGRAPHS, LAST])


def test_a_pull_quote_s_copy_goes_and_a_quotation_of_its_own_stays() -> None:
    said = "Có những ngày tàu phải chờ cả buổi mới vào được cầu cảng để bốc dỡ cá"
    quote = "Đến năm 2030, cơ bản hoàn thành nâng cấp hệ thống cảng cá và khu neo đậu tránh bão."
    body = f'{HEADER}<div class="x1"><p>{PARAGRAPHS[0]} “{said}”, ông Lê Văn Bốn nói.</p>' \
        f'<blockquote class="x2"><p>“{said}”</p></blockquote>{_after_first()}' \
        f'<blockquote><p>{quote}</p></blockquote></div>'
    body_text = _extract(_page(body)).body
    assert (body_text.count(said), quote in body_text) == (1, True)


def test_a_signature_under_the_notes_that_end_the_text_is_the_byline() -> None:
    notes = '<h4>Chú thích</h4><ol><li>Số liệu của Cục Thống kê tỉnh năm 2024.</li></ol>'
    body = f'{HEADER}<div class="x1">{_paragraphs()}{notes}' \
        '<p style="text-align:right"><strong>NÔNG THỊ HUYỀN</strong></p></div>'
    article = _extract(_page(body))
    assert (article.authors, article.body.endswith(LAST)) == (["NÔNG THỊ HUYỀN"], True)


def test_a_commentator_marked_for_a_note_at_the_top_signs_and_the_note_goes() -> None:
    body = f'{HEADER}<div class="x1"><p style="text-align:right"><strong>NGUYỄN HỮU LỘC (*)' \
        f'</strong></p>{_paragraphs()}<p><em>(*) Tiến sĩ, Trường Đại học Vinh</em></p></div>'
    article = _extract(_page(body))
    assert (article.authors, article.body) == (["NGUYỄN HỮU LỘC"],
                                               "\n\n".join([*PARAGRAPHS, LAST]))


def test_a_press_release_s_document_frame_is_not_text() -> None:
    header = '<table><tr><td><p>HĐND TỈNH MẪU</p><p>Số: 512/TC-HĐND</p></td>' \
        '<td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Độc lập - Tự do - Hạnh phúc</p>' \
        '</td></tr></table><p><strong>THÔNG CÁO BÁO CHÍ</strong></p>'
    signing = '<table><tr><td><p><strong>Nơi nhận:</strong></p><p>- Lưu: VT.</p></td>' \
        '<td><p>TM. THƯỜNG TRỰC HĐND TỈNH</p><p>(Đã ký)</p><p><strong>Lê Văn Thiện</strong>' \
        '</p></td></tr></table>'
    body = f'{HEADER}<div class="x1">{header}{_paragraphs()}{signing}</div>'
    article = _extract(_page(body))
    assert (article.body, article.authors) == ("\n\n".join([*PARAGRAPHS, LAST]), [])


@pytest.mark.parametrize(("url", "is_article"), [
    ("https://baomau.vn/toa-soan/bao-mau-ky-niem-60-nam-ra-so-dau-tien-5061234.html", True),
    ("https://baomau.vn/toa-soan", False),
    ("https://baomau.vn/thong-tin-toa-soan", False),
    ("https://baomau.vn/2025/06/21/ve-toa-soan/", True),
    ("https://baomau.vn/thoi-su/xay-dung-toa-soan-hoi-tu-truyen-thong-da-phuong-tien", True),
    ("https://baomau.vn/gioi-thieu/toa-soan-228101.htm", False),
])
def test_the_newsroom_s_page_is_no_article_but_its_section_s_articles_are(
        url: str, is_article: bool) -> None:
    page = _page(f'{HEADER}<div class="entry-content">{_paragraphs()}</div>')
    try:
        _extract(page, url)
    except NotAnArticle:
        assert not is_article
    else:
        assert is_article


def test_a_date_line_closing_the_text_under_the_byline_dates_the_article() -> None:
    body = f'<h1>{HEADLINE}</h1><div class="x1">{_paragraphs()}' \
        '<p style="text-align:right"><strong>THU HÀ</strong></p><p>16:20 | 11/03/2025</p></div>'
    article = _extract(_page(body))
    assert (article.published_at, article.authors) == ("2025-03-11T16:20:00+07:00", ["THU HÀ"])


def test_a_data_table_is_one_paragraph_a_row() -> None:
    table = '<table><thead><tr><th>Loại lúa</th><th>Giá (đồng/kg)</th></tr></thead>' \
        '<tbody><tr><td>OM 18</td><td>6.600</td></tr><tr><td>IR 50404</td><td>6.000</td></tr>' \
        '</tbody></table>'
    body = f'{HEADER}' \
        f'<div class="entry-content"><p>{PARAGRAPHS[0]}</p>{table}' \
        f'{_after_first()}</div>'
    paragraphs = _extract(_page(body)).body.split("\n\n")
    assert paragraphs[1:4] == ["Loại lúa | Giá (đồng/kg)", "OM 18 | 6.600", "IR 50404 | 6.000"]


def test_a_body_in_two_parts_around_an_ad_slot_is_read_whole() -> None:
    body = f'{HEADER}' \
        f'<div class="detail-content"><p>{PARAGRAPHS[0]}</p></div>' \
        '<div class="ads-inarticle"><ins class="adsbygoogle"></ins></div>' \
        f'<div class="detail-content">{_after_first()}' \
        '</div><div class="tags">Từ khóa: <a href="/tag/a">nông thôn mới</a></div>'
    article = _extract(_page(body))
    assert article.body.startswith(PARAGRAPHS[0])
    assert article.body.endswith(LAST)


@pytest.mark.parametrize(("heading", "headline"), [
    (f'<span class="label">Video</span> {HEADLINE}', HEADLINE),
    (f"Video {HEADLINE}", f"Video {HEADLINE}"),
])
def test_a_badge_of_the_heading_the_title_lacks_is_dropped(heading: str, headline: str) -> None:
    body = f'<h1>{heading}</h1><div class="date">14/03/2025 16:40</div>' \
        f'<div class="entry-content">{_paragraphs()}</div>'
    head = f'<meta property="og:title" content="{HEADLINE}">'
    assert _extract(_page(body, head)).headline == headline


def test_a_related_box_marked_by_its_type_is_not_body() -> None:
    box = '<div class="VCSortableInPreviewMode" type="RelatedOneNews"><a href="/khac.html">' \
        'Một tin khác cùng chủ đề</a><p>Tóm tắt của tin khác.</p></div>'
    body = f'{HEADER}' \
        f'<div class="entry-content"><p>{PARAGRAPHS[0]}</p>{box}' \
        f'{_after_first()}</div>'
    assert "tin khác" not in _extract(_page(body)).body


def test_a_date_in_the_article_footer_when_the_page_gives_no_other() -> None:
    body = f'<h1>{HEADLINE}</h1><div class="entry-content">{_paragraphs()}</div>' \
        '<div class="article-foot"><small>Ngày đăng: 22/10/2025 - 15:10</small></div>' \
        '<div class="more"><ul><li><a href="/k.html">Một tin khác của chuyên mục tỉnh</a>' \
        '<span>21/10/2025 08:00</span></li></ul></div>'
    assert _extract(_page(body, title=HEADLINE)).published_at == "2025-10-22T15:10:00+07:00"


def test_a_cover_picture_s_caption_block_before_the_body() -> None:
    body = f'{HEADER}' \
        '<div class="image"><img src="/c.jpg"></div><div class="caption">Lối vào hang động.</div>' \
        f'<div class="entry-content">{_paragraphs()}</div>'
    assert _extract(_page(body)).captions == ["Lối vào hang động."]


def test_the_meta_description_s_text_after_the_headline_is_the_lead() -> None:
    body = f'<h1>{HEADLINE}</h1><div class="bar"><span>16:40 | 14/03/2025</span>' \
        '<a href="/share">Chia sẻ</a></div><div class="wrap"><span class="b">(Báo Mẫu) - </span>' \
        f'<h2 class="font18 bold">{LEAD}</h2><div class="speech"></div></div>' \
        f'<div class="content">{_paragraphs()}</div>'
    article = _extract(_page(body, f'<meta name="description" content="{LEAD}">'))
    assert article.summary == LEAD
    assert article.body.startswith(PARAGRAPHS[0])


def test_a_teaser_s_summary_inside_the_body_is_no_lead() -> None:
    teaser = '<table class="article"><tr><td><a href="/khac-1.html"><h2 class="title">Tin khác' \
        '</h2><p class="summary">Tóm tắt của một tin khác cùng chuyên mục, dài hơn bốn mươi ' \
        'ký tự.</p></a></td></tr></table>'
    body = f'<h1>{HEADLINE}</h1><div class="time">14/03/2025 16:40</div>' \
        f'<p class="detail-summary">{LEAD}</p>' \
        f'<div class="entry-content">{_paragraphs()}{teaser}</div>'
    assert _extract(_page(body)).summary == LEAD


def test_a_section_name_before_the_headline_inside_the_body_is_not_body() -> None:
    body = '<div class="entry"><div class="head"><span class="cate">Chống lãng phí</span>' \
        f'<h1>{HEADLINE}</h1><div class="meta">14/03/2025 16:40</div>' \
        f'<p class="head-sapo">{LEAD}</p></div>{_paragraphs()}</div>'
    article = _extract(_page(body))
    assert article.body.startswith(PARAGRAPHS[0])
    assert "Chống lãng phí" not in _text(article)


@pytest.mark.parametrize("description", [
    f"(Báo Mẫu) - {LEAD}", f"{LEAD} - Báo Mẫu", LEAD.split(", triển khai")[0] + ".",
])
def test_a_description_with_an_outlet_name_or_cut_short_confirms_the_lead(
        description: str) -> None:
    lead = f"{LEAD} Các đại biểu đã thảo luận về những kết quả đạt được trong năm."
    body = f'<h1>{HEADLINE}</h1><div class="bar">16:40 | 14/03/2025</div>' \
        f'<div class="x1"><div class="x2">{lead}</div></div><div class="x3">{_paragraphs()}</div>'
    article = _extract(_page(body, f'<meta name="description" content="{description}">'))
    assert (article.summary, article.body.split("\n\n")[0]) == (lead, PARAGRAPHS[0])


def test_the_prose_paragraph_between_headline_and_body_is_the_lead() -> None:
    body = f'<h1>{HEADLINE}</h1><div class="x0"><span>16:40 | 14/03/2025</span> ' \
        '<a href="/share">Chia sẻ</a></div>' \
        f'<div class="x1"><p class="x2">{LEAD}</p></div>' \
        '<div class="x4"><img src="/a.jpg"><p>Chú thích ảnh bìa của bài báo này dài hơn sáu ' \
        f'mươi ký tự để thử.</p></div><div class="x3">{_paragraphs()}</div>'
    article = _extract(_page(body, '<meta name="description" content="Một mô tả khác hẳn.">'))
    assert (article.summary, article.body.split("\n\n")[0]) == (LEAD, PARAGRAPHS[0])


@pytest.mark.parametrize("cover", [
    '<div class="x4"><img src="/a.jpg"><p>{}</p></div>',
    '<div class="x4"><img src="/a.jpg"></div><p>{}</p>',
    '<figure><img src="/a.jpg"><figcaption>Ảnh: Quang Vinh</figcaption></figure><p><em>{}</em></p>',
])
def test_a_caption_after_the_cover_picture_is_no_lead(cover: str) -> None:
    caption = "Chú thích ảnh bìa của bài báo này dài hơn sáu mươi ký tự để thử nghiệm."
    body = f'<h1>{HEADLINE}</h1><div class="x0">16:40 | 14/03/2025</div>' \
        f'{cover.format(caption)}<div class="x3">{_paragraphs()}</div>'
    assert _extract(_page(body)).summary is None


def test_the_prose_after_a_cover_picture_boxed_with_its_caption_is_the_lead() -> None:
    body = f'<h1>{HEADLINE}</h1><div class="x0">16:40 | 14/03/2025</div>' \
        '<div class="x4"><img src="/a.jpg"><p>Chú thích ảnh bìa của bài báo này dài hơn sáu ' \
        f'mươi ký tự để thử nghiệm.</p></div><div class="x1">{LEAD}</div>' \
        f'<div class="x3">{_paragraphs()}</div>'
    article = _extract(_page(body))
    assert (article.summary, article.body.split("\n\n")[0]) == (LEAD, PARAGRAPHS[0])


def test_a_title_bar_after_the_body_gives_no_lead_from_the_footer() -> None:
    body = f'<div class="main"><div class="x3">{_paragraphs()}</div></div>' \
        f'<div class="sticky"><div class="x5">{HEADLINE}</div></div>' \
        '<div class="x6"><p>Bản quyền thuộc về tòa soạn, cơ quan chủ quản là Tỉnh ủy; ' \
        'ghi rõ nguồn khi phát hành lại thông tin từ trang này.</p></div>'
    assert _extract(_page(body, title=HEADLINE)).summary is None


def test_an_ad_label_and_a_label_left_over_from_a_download_box_are_not_body() -> None:
    ad = '<div class="slot-x"><span>Quảng cáo</span><div id="zone-1"></div></div>'
    files = '<p><strong>Tệp đính kèm:</strong></p><ul class="files"><li><a href="/k.pdf">' \
        'ke-hoach.pdf</a></li></ul>'
    body = f'{HEADER}' \
        f'<div class="entry-content"><p>{PARAGRAPHS[0]}</p>{ad}' \
        f'{_after_first()}{files}' \
        '<p class="signature"><strong>MAI ANH</strong></p></div>'
    article = _extract(_page(body))
    assert "Quảng cáo" not in article.body
    assert article.body.endswith(LAST)


def test_text_in_sections_headed_by_links_to_other_pages_is_an_index() -> None:
    groups = "".join(
        f'<div class="group"><h2><a href="/muc-{n}">Chuyên mục {n}</a></h2><p>Tin tức về '
        f"hoạt động của các sở, ngành, địa phương trong tỉnh thuộc chuyên mục số {n} của báo."
        f'</p><ul><li><a href="/muc-{n}/a">Mục con</a></li></ul></div>' for n in range(1, 7))
    body = f'<div class="page"><h1>Sơ đồ trang</h1><p class="intro">{LEAD}</p>{groups}' \
        '<p>Cập nhật lần cuối: 09:30 ngày 01/07/2025</p></div>'
    head = '<meta property="og:type" content="article">' \
        '<meta property="article:published_time" content="2023-03-01T08:00:00+07:00">'
    with pytest.raises(NotAnArticle):
        _extract(_page(body, head, title="Sơ đồ trang - Báo Mẫu"),
                 "https://baomau.example.vn/so-do-trang.html")


def test_a_body_wrapping_each_paragraph_in_blocks_of_its_own_is_read_whole() -> None:
    wrapped = "".join(f'<div class="pic-block"><figure><img src="/{n}.jpg"><figcaption>' \
                      f'</figcaption></figure><div class="w-full"><p>{p}</p></div></div>'
                      for n, p in enumerate([*PARAGRAPHS, LAST]))
    body = f'{HEADER}' \
        f'<div class="x-editor">{wrapped}</div>'
    article = _extract(_page(body))
    assert article.body.split("\n\n") == [*PARAGRAPHS, LAST]


@pytest.mark.parametrize(("meta_line", "authors"), [
    ('<span class="by">Minh Tuấn - Quang Hưng</span><span> | </span>'
     '<span>Chủ nhật, 07/12/2025 - 09:15</span>', ["Minh Tuấn", "Quang Hưng"]),
    ('<div class="author-text"><span>Phóng viên</span> <a href="/tac-gia/a">Vũ Ngọc Anh</a> và '
     '<a href="/tac-gia/b">Trần Minh Đức</a> <span>Thứ Ba, 20/05/2025, 10:05</span></div>',
     ["Vũ Ngọc Anh", "Trần Minh Đức"]),
    ('<a href="/kinh-te">Kinh Tế</a> | <span>07/12/2025 09:15</span>', []),
])
def test_names_printed_before_the_time_under_the_headline(meta_line: str,
                                                          authors: list[str]) -> None:
    body = f'<h1>{HEADLINE}</h1><div class="meta-x">{meta_line}</div>' \
        f'<div class="entry-content">{_paragraphs()}</div>'
    assert _extract(_page(body)).authors == authors


@pytest.mark.parametrize("path", ["/chu-de/chuyen-doi-so-112.html", "/so-do-trang.htm",
                                  "/ban-doc-viet/gui-bai.html", "/rss.html", "/rss/"])
def test_topic_sitemap_submission_and_feed_paths_are_listings(path: str) -> None:
    body = f'{HEADER}' \
        f'<div class="entry-content">{_paragraphs()}</div>'
    with pytest.raises(NotAnArticle):
        _extract(_page(body), f"https://baomau.example.vn{path}")


def test_text_inside_another_article_s_teaser_is_a_listing() -> None:
    featured = '<article class="post-lead"><h2><a href="/tin/a-1.html">Một bài khác có tiêu ' \
        f'đề dài hơn hai mươi lăm ký tự</a></h2><span class="author">Thu Phương</span>' \
        f'<time datetime="2025-05-09T10:20:00+07:00">09/05/2025</time>' \
        f'<div class="entry-summary"><p>{LEAD} {PARAGRAPHS[0]}</p></div></article>'
    items = "".join(f'<li><a href="/tin/b-{n}.html">Tin số {n}</a></li>' for n in range(5))
    body = f'<div class="content"><h1>Tin huyện Hàm Yên</h1>{featured}<ul>{items}</ul></div>'
    with pytest.raises(NotAnArticle, match="teaser"):
        _extract(_page(body, '<meta property="og:type" content="article">',
                       title="Tin huyện Hàm Yên - Báo Mẫu"),
                 "https://baomau.example.vn/tin-huyen/ham-yen/")


def test_a_site_footer_inside_the_body_container_is_not_body() -> None:
    footer = '<div class="foot"><p>Báo Mẫu - Cơ quan của Đảng bộ tỉnh. Tổng Biên tập: Nguyễn ' \
        'Văn A. Giấy phép số 12/GP-BTTTT. © 2025 Báo Mẫu.</p></div>'
    body = f'{HEADER}' \
        f'<div class="wrap">{_paragraphs()}{footer}</div>'
    assert _extract(_page(body)).body.endswith(LAST)


@pytest.mark.parametrize(("marker", "source"), [
    ("(Baotintuc.vn) - ", "Baotintuc.vn"), ("(TTXVN) - ", "TTXVN"),
    ("(Báo Mẫu) - ", None), ("(BMO) - ", None),
])
def test_a_lead_s_marker_credits_an_agency_or_another_outlet(marker: str,
                                                             source: str | None) -> None:
    body = f'{HEADER}' \
        f'<div class="sapo"><b>{marker}{LEAD}</b></div><div class="entry-content">' \
        f'{_paragraphs()}<p class="author">MAI ANH</p></div>'
    article = _extract(_page(body), "https://baomau.vn/thoi-su/hoi-nghi-12345.html")
    assert (article.summary, article.source) == (LEAD, source)


def test_a_signature_s_post_under_the_name_is_neither_author_nor_body() -> None:
    sign = '<p style="text-align:right"><strong>NGUYỄN VĂN KHOA</strong><br>' \
        '<em>Giảng viên Trường Đại học Hà Tĩnh</em></p>'
    body = f'{HEADER}' \
        f'<div class="entry-content">{_paragraphs()}{sign}</div>'
    article = _extract(_page(body))
    assert (article.authors, article.body.endswith(LAST)) == (["NGUYỄN VĂN KHOA"], True)


@pytest.mark.parametrize(("state", "expected"), [
    ('{"article": {"publishedAt": "2025-03-14T09:40:00.000Z"}, "related": '
     '[{"publishedAt": "2025-03-12T01:30:00.000Z"}]', "2025-03-14T16:40:00+07:00"),
    ('{"related": [{"publishedAt": "2025-03-14T01:30:00Z"}, '
     '{"publishedAt": "2025-03-14T03:00:00Z"}]}', "2025-03-14T00:00:00+07:00"),
])
def test_an_app_state_script_gives_the_time_of_a_day_printed_alone(state: str,
                                                                   expected: str) -> None:
    body = f'<h1>{HEADLINE}</h1><div class="date">Thứ Sáu, 14/03/2025</div>' \
        f'<div class="entry-content">{_paragraphs()}</div>' \
        f'<script>window.__INITIAL_STATE__={state}</script>'
    assert _extract(_page(body)).published_at == expected


_RELATED_BOX = '<div class="x9"><h3>Có liên quan</h3>' + "".join(
    f'<div><h4><a href="/tin/lien-quan-{n}.html">Một bài liên quan có tiêu đề dài số {n}</a>'
    f'</h4><p>Tóm tắt ngắn của bài liên quan số {n}.</p></div>' for n in range(2)) + "</div>"


def test_a_short_unsigned_article_followed_by_an_unnamed_related_box() -> None:
    body = f'{HEADER}' \
        f'<div class="x1"><p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p><p>{LAST}</p>' \
        f'{_RELATED_BOX}</div>'
    assert _extract(_page(body)).body == "\n\n".join([*PARAGRAPHS[:2], LAST])


def test_a_body_article_without_the_headline_holding_a_related_box_is_no_teaser() -> None:
    box = '<div class="x8"><h4><a href="/tin/khac-1.html">Một bài khác có tiêu đề dài hơn ' \
        'hai mươi lăm ký tự</a></h4></div>'
    body = f'<section>{HEADER}</section>' \
        f'<article class="x1">{_paragraphs()}{box}</article>'
    assert _extract(_page(body)).body.startswith(PARAGRAPHS[0])


@pytest.mark.parametrize(("closing", "authors"), [
    ('<p style="text-align:right"><strong>Nhóm PV Thời sự</strong></p>'
     '<p style="text-align:right"><em>Nguồn: Báo Nhân Dân</em></p>', ["Nhóm PV Thời sự"]),
    ('<p style="text-align:right"><strong>Minh Thuận – Lê Phước</strong></p>'
     '<p><em>(*) Số liệu của Thống kê tỉnh, tính đến ngày 30/9.</em></p>',
     ["Minh Thuận", "Lê Phước"]),
    ('<div class="x7">PV: Lê Hà; BTV: Minh Tuấn</div>', ["Lê Hà", "Minh Tuấn"]),
])
def test_closing_credits_of_a_team_before_notes_and_of_a_tv_newsroom(
        closing: str, authors: list[str]) -> None:
    body = f'<h1>{HEADLINE}</h1><div class="x0"><span>Thứ Tư, 14/10/2026, 08:20</span>' \
        f'<a href="#">Zalo</a></div><div class="entry-content">{_paragraphs()}{closing}</div>'
    article = _extract(_page(body))
    assert (article.authors, article.body.endswith(LAST)) == (authors, True)


def test_an_interviewer_s_closing_question_is_no_credit() -> None:
    qa = '<p>PV: Thưa ông, kết quả năm qua ra sao?</p><p>Ông Nguyễn Văn A: Toàn tỉnh đạt ' \
        'nhiều kết quả quan trọng trong phát triển kinh tế nông nghiệp.</p>' \
        '<p>PV: Xin cảm ơn ông!</p><p style="text-align:right"><strong>Thu Trang ' \
        '(thực hiện)</strong></p>'
    body = f'{HEADER}' \
        f'<div class="entry-content">{_paragraphs()}{qa}</div>'
    article = _extract(_page(body))
    assert (article.authors, article.body.endswith("PV: Xin cảm ơn ông!")) == (["Thu Trang"], True)


def test_a_slideshow_photo_story_beside_a_list_of_newest_teasers() -> None:
    slides = "".join(
        f'<div class="slide"><div class="img"><img src="/{n}.jpg"></div><div class="cap-x">'
        f'<span>Ảnh {n}/4</span> <p>{p}</p></div></div>' for n, p in enumerate(PARAGRAPHS, 1))
    newest = "".join(
        f'<li><a href="/tin/moi-{n}.html">Tin mới số {n} của tỉnh trong tuần qua</a><p>Tóm tắt '
        f'tin mới số {n}, nói về hoạt động của các sở, ngành, địa phương trong tỉnh.</p></li>'
        for n in range(10))
    body = f'<div class="ps"><h1>{HEADLINE}</h1><div class="d">14/03/2025 16:40</div>' \
        f'<div class="sapo-x">{LEAD}</div><div class="sw"><div class="sw-in">{slides}</div></div>' \
        f'</div><div class="newest"><h2>Tin mới nhất</h2><ul>{newest}</ul></div>'
    article = _extract(_page(body, '<meta property="og:type" content="article">'))
    assert article.body.split("\n\n") == PARAGRAPHS


def test_an_author_element_s_lines_split_by_br_are_credits_apart() -> None:
    body = f'{HEADER}' \
        f'<div class="entry-content">{_paragraphs()}<div class="author"><strong>Mạnh Trường' \
        '</strong><br><em>Ảnh: Đỗ Phương</em><br><a href="#">Theo dõi</a></div></div>'
    article = _extract(_page(body))
    assert (article.authors, article.photo_credit, article.source) == \
        (["Mạnh Trường"], "Đỗ Phương", None)


@pytest.mark.parametrize(("printed", "expected"), [
    ("Ngày đăng: 12/15/2025 8:45:12 AM | Lượt xem: 1.287", "2025-12-15T08:45:12+07:00"),
    ("<span>Chủ nhật, 07/12/2025</span><span>09:12</span><span>GMT+7</span>",
     "2025-12-07T09:12:00+07:00"),
])
def test_a_month_first_date_and_a_time_in_a_span_of_its_own(printed: str, expected: str) -> None:
    body = f'<h1>{HEADLINE}</h1><div class="x2">{printed}</div>' \
        f'<div class="entry-content">{_paragraphs()}</div>'
    assert _extract(_page(body)).published_at == expected


def test_a_source_beside_the_date_under_the_headline_with_the_author_below() -> None:
    body = f'<h1>{HEADLINE}</h1><div class="info"><span>14/03/2025 16:40</span>' \
        '<span class="x-src" style="float:right">Theo Báo Quân đội nhân dân</span></div>' \
        f'<div class="entry-content">{_paragraphs()}<p class="author">MAI ANH</p></div>'
    article = _extract(_page(body))
    assert (article.authors, article.source) == (["MAI ANH"], "Báo Quân đội nhân dân")


@pytest.mark.parametrize(("after", "authors"), [
    ('<div class="x5">Ngọc Trâm - Hoàng Linh</div>', ["Ngọc Trâm", "Hoàng Linh"]),
    ('<table><tr><td>&nbsp;</td><td align="right"><b>Lò Văn Thắng</b></td></tr></table>',
     ["Lò Văn Thắng"]),
    ('<div class="x5"><a href="#">Facebook</a> <a href="#">Zalo</a></div>', []),
])
def test_names_alone_in_the_first_block_after_the_body(after: str,
                                                       authors: list[str]) -> None:
    body = f'{HEADER}' \
        f'<div class="x1">{_paragraphs()}</div>{after}'
    assert _extract(_page(body)).authors == authors


@pytest.mark.parametrize("cover", [
    '<table><tr><td><img src="/c.jpg"></td></tr><tr><td><font size="1"><i>Lối vào hang '
    'động.</i></font></td></tr></table>',
    '<div class="text-center"><img src="/c.jpg"><div class="small font-italic">Lối vào hang '
    'động.</div></div>',
])
def test_an_italic_line_under_a_cover_picture_is_its_caption(cover: str) -> None:
    body = f'{HEADER}{cover}' \
        f'<div class="entry-content">{_paragraphs()}</div>'
    assert _extract(_page(body)).captions == ["Lối vào hang động."]


@pytest.mark.parametrize("box_class", ["poll-inline", "x7"])
def test_an_inline_poll_in_the_body_is_not_body(box_class: str) -> None:
    poll = f'<div class="{box_class}"><div class="t">Thăm dò ý kiến</div><p>Theo bạn, đâu là ' \
        'khó khăn lớn nhất?</p><form><label><input type="radio"> Thiếu vốn</label>' \
        '<label><input type="radio"> Thiếu đầu ra</label></form>' \
        '<span>1.024 lượt bình chọn</span></div>'
    body = f'{HEADER}' \
        f'<div class="entry-content"><p>{PARAGRAPHS[0]}</p>{poll}' \
        f'{_after_first()}</div>'
    assert "khó khăn lớn nhất" not in _extract(_page(body)).body


def test_a_word_table_whose_cells_hold_paragraphs_is_one_line_a_row() -> None:
    cells = [["Chỉ tiêu", "2024", "2025"], ["Dự án mới", "48", "61"], ["Vốn (tỷ đồng)", "9.200",
                                                                         "12.450"]]
    table = "<table>" + "".join(
        "<tr>" + "".join(f'<td><p class="MsoNormal"><span>{c}</span></p></td>' for c in row)
        + "</tr>" for row in cells) + "</table>"
    body = f'{HEADER}' \
        f'<div class="entry-content"><p>{PARAGRAPHS[0]}</p>{table}{_paragraphs()}</div>'
    assert _extract(_page(body)).body.split("\n\n")[1:4] == [" | ".join(r) for r in cells]


def test_a_title_s_outlet_name_before_a_double_colon_comes_off() -> None:
    body = f'<div class="x1"><div class="x3">14/03/2025 16:40</div>' \
        f'<div class="x4">{_paragraphs()}</div></div>'
    assert _extract(_page(body, title=f"Báo Mẫu Online :: {HEADLINE}")).headline == HEADLINE


def test_the_machine_time_of_a_time_element_the_date_s_block_wraps() -> None:
    body = f'<h1>{HEADLINE}</h1><div class="x2"><div class="x3"><time datetime=' \
        '"2025-06-10T15:20:11+07:00">10/06/2025</time></div><div class="x4"><a href="#c">' \
        f'0 bình luận</a></div></div><div class="x5">{_paragraphs()}</div>'
    assert _extract(_page(body)).published_at == "2025-06-10T15:20:11+07:00"


def test_an_h1_naming_the_site_among_portlet_h1s_is_no_headline() -> None:
    portlets = "".join(f'<section><h1 class="x9">{name}</h1><ul><li><a href="/{n}">Liên kết '
                       f'{n}</a></li></ul></section>' for n, name in
                       enumerate(["Tin tức - Sự kiện", "Tin khác", "Liên kết website"]))
    body = '<div class="x0"><h1 class="x8">CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MẪU - TỈNH MẪU</h1></div>' \
        f'{portlets}<div class="x1"><div class="x3">14/03/2025 16:40</div>' \
        f'<div class="x4">{_paragraphs()}</div></div>'
    title = f"{HEADLINE} - Cổng Thông tin điện tử huyện Mẫu"
    assert _extract(_page(body, title=title)).headline == HEADLINE


def test_a_kicker_line_and_the_main_line_of_one_h1_are_split_by_a_space() -> None:
    body = '<h1><span class="k">Kỳ họp thứ 32:</span><br>Thông qua 21 nghị quyết</h1>' \
        f'<div class="date">14/03/2025 16:40</div><div class="entry-content">{_paragraphs()}</div>'
    assert _extract(_page(body)).headline == "Kỳ họp thứ 32: Thông qua 21 nghị quyết"


@pytest.mark.parametrize("closing", ["(Hồng Hà)", "- Hồng Hà", "– Hồng Hà"])
def test_a_name_closing_the_last_paragraph_is_its_byline(closing: str) -> None:
    body = f'{HEADER}' \
        f'<div class="entry-content">{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}' \
        f'<p>{LAST} {closing}</p></div>'
    article = _extract(_page(body))
    assert (article.authors, article.body.endswith(LAST)) == (["Hồng Hà"], True)


def test_a_place_after_a_dash_closing_the_last_paragraph_stays_text() -> None:
    body = f'{HEADER}' \
        f'<div class="entry-content">{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}' \
        f'<p>{LAST} - tại xã miền núi</p></div>'
    assert _extract(_page(body)).body.endswith("- tại xã miền núi")


def test_prose_opening_with_chia_se_is_body_and_a_caption_classed_cap_is_a_caption() -> None:
    said = "Chia sẻ tại buổi lễ, ông Nguyễn Văn A cho biết doanh nghiệp sẽ mở rộng sản xuất."
    photo = '<div><img src="/a.jpg"><p class="th-img__cap">Lối vào hang động.</p></div>'
    body = f'{HEADER}' \
        f'<div class="entry-content"><p>{PARAGRAPHS[0]}</p>{photo}<p>{said}</p><p>{LAST}</p></div>'
    article = _extract(_page(body))
    assert (said in article.body, article.captions) == (True, ["Lối vào hang động."])


def test_an_article_served_in_an_iframe_srcdoc_is_read() -> None:
    document = html_escape(f"<html><body><div class='a'>{_paragraphs()}</div></body></html>")
    body = f'{HEADER}' \
        f'<div class="frame-box"><iframe srcdoc="{document}"></iframe></div>'
    assert _extract(_page(body)).body.split("\n\n") == [*PARAGRAPHS, LAST]


def test_a_body_in_parts_with_hashed_class_names_is_read_whole() -> None:
    """CSS modules give alike blocks the same hashed names, every one with a digit."""
    def text(paragraphs: list[str]) -> str:
        return '<div class="_3xK9a">' + "".join(f"<p>{p}</p>" for p in paragraphs) + "</div>"
    picture = '<div class="_7fQ2b"><img src="/a.jpg"><p class="_1cP0z">Quang cảnh.</p></div>'
    body = f'{HEADER}<article class="_9aa1c">{text(PARAGRAPHS[:2])}{picture}' \
        f"{text([*PARAGRAPHS[2:], LAST])}</article>"
    assert _extract(_page(body)).body.split("\n\n") == [*PARAGRAPHS, LAST]


def test_a_prose_block_in_a_grid_column_after_the_body_is_not_joined_to_it() -> None:
    bio = "Nguyễn Văn Khoa là giảng viên Trường Đại học Mẫu, nghiên cứu về kinh tế nông " \
        "nghiệp, cộng tác thường xuyên với Báo Mẫu."
    body = f'<div class="row">{HEADER}<div class="col-12">{_paragraphs()}</div>' \
        f'<div class="col-12"><p>{bio}</p></div></div>'
    assert _extract(_page(body)).body.endswith(LAST)


def test_a_body_in_page_builder_widgets_with_image_widgets_between_is_read_whole() -> None:
    def text(n: int, paragraphs: list[str]) -> str:
        return f'<div class="el-element el-element-{n}a7 el-widget el-widget-text-editor">' \
            '<div class="el-widget-container"><div class="el-text-editor">' + \
            "".join(f"<p>{p}</p>" for p in paragraphs) + "</div></div></div>"

    def image(n: int) -> str:
        return f'<div class="el-element el-element-{n}b8 el-widget el-widget-image">' \
            f'<div class="el-widget-container"><figure><img src="/{n}.jpg"><figcaption>' \
            f'Ảnh số {n} của bài.</figcaption></figure></div></div>'
    widgets = text(1, PARAGRAPHS[:2]) + image(2) + text(3, PARAGRAPHS[2:]) + image(4) + \
        text(5, [LAST])
    body = f'{HEADER}' \
        f'<div class="el-column"><div class="el-widget-wrap">{widgets}</div></div>'
    article = _extract(_page(body))
    assert article.body.split("\n\n") == [*PARAGRAPHS, LAST]
    assert article.captions == ["Ảnh số 2 của bài.", "Ảnh số 4 của bài."]


@pytest.mark.parametrize(("credit", "authors"), [
    ("<p><strong>Nhóm thực hiện: Đinh Vũ, Hà Trang</strong></p>", ["Đinh Vũ", "Hà Trang"]),
    ('<p style="text-align:right"><strong>PV Minh Anh - BTV Thu Hà</strong></p>',
     ["Minh Anh", "Thu Hà"]),
])
def test_a_team_label_and_roles_written_before_names(credit: str, authors: list[str]) -> None:
    body = f'<h1>{HEADLINE}</h1><div class="date">Đăng ngày 14/03/2025 16:40</div>' \
        f'<div class="entry-content">{_paragraphs()}{credit}</div>'
    assert _extract(_page(body)).authors == authors


@pytest.mark.parametrize("meta_line", [
    '<ul class="x"><li>Ngày xuất bản: 14/03/2025</li><li>Giờ: 16:40</li><li>Chuyên mục: '
    '<a href="/xa-hoi">Xã hội</a></li></ul>',
    '<p><span class="d"><time datetime="2025-03-14">14/03/2025</time></span> '
    '<span class="t">16:40</span> <span><a href="/kinh-te/">Kinh tế</a></span></p>',
])
def test_a_time_printed_beside_its_date_in_an_element_of_its_own(meta_line: str) -> None:
    body = f'<h1>{HEADLINE}</h1>{meta_line}<div class="entry-content">{_paragraphs()}</div>'
    assert _extract(_page(body)).published_at == "2025-03-14T16:40:00+07:00"


def test_a_first_paragraph_opening_with_a_bold_dateline_is_no_lead() -> None:
    first = f"<p><strong>MẪU - </strong>{PARAGRAPHS[0]}</p>"
    rest = "".join(f"<p>{p}</p>" for p in [*PARAGRAPHS[1:], LAST])
    body = f'{HEADER}' \
        f'<div class="entry-content">{first}{rest}</div>'
    article = _extract(_page(body))
    assert (article.summary, article.body.startswith(f"MẪU - {PARAGRAPHS[0]}")) == (None, True)


@pytest.mark.parametrize(("signed", "is_article"), [
    ("", False), ('<p class="author">MAI ANH</p>', True),
])
def test_an_unsigned_data_table_with_little_prose_is_a_data_page(signed: str,
                                                                 is_article: bool) -> None:
    rows = "".join(f"<tr><td>Giải {n}</td><td>{n}{n}{n}{n}{n}</td></tr>" for n in range(1, 9))
    body = f'{HEADER}' \
        f'<div class="entry-content"><p>{LEAD}</p><table><tr><th>Giải</th><th>Số</th></tr>' \
        f'{rows}</table><p>{LAST}</p>{signed}</div>'
    head = '<meta property="og:type" content="article">'
    if is_article:
        assert _extract(_page(body, head)).authors == ["MAI ANH"]
    else:
        with pytest.raises(NotAnArticle, match="data table"):
            _extract(_page(body, head))


def test_an_italic_line_after_a_picture_element_is_its_caption() -> None:
    picture = '<picture><source srcset="/c-large.jpg" media="(min-width: 900px)">' \
        '<img src="/c.jpg" alt=""></picture>'
    body = f'{HEADER}' \
        f'<div class="entry-content"><p>{PARAGRAPHS[0]}</p>{picture}' \
        '<p style="text-align: center"><em>Cây cầu mới trên kênh nội đồng.</em></p>' \
        f'{_after_first()}</div>'
    article = _extract(_page(body))
    assert article.captions == ["Cây cầu mới trên kênh nội đồng."]
    assert "Cây cầu mới" not in article.body


def test_blocks_told_apart_by_a_numbered_class_with_a_caption_block_between() -> None:
    def block(number: int, inner: str) -> str:
        return f'<div class="content-block content-block-{number}">{inner}</div>'

    body = f'{HEADER}' \
        + block(7, f"<p>{PARAGRAPHS[0]}</p>") + '<picture><img src="/c.jpg"></picture>' \
        + block(8, "<p><em>Cây cầu mới trên kênh nội đồng.</em></p>") \
        + block(9, "".join(f"<p>{p}</p>" for p in [*PARAGRAPHS[1:], LAST]))
    article = _extract(_page(body))
    assert article.body.startswith(PARAGRAPHS[0])
    assert article.body.endswith(LAST)
    assert article.captions == ["Cây cầu mới trên kênh nội đồng."]


@pytest.mark.parametrize(("credit", "authors"), [
    ('<span class="small">Viết bởi Hoàng Minh Phương</span>', ["Hoàng Minh Phương"]),
    ('<span class="small">Viết bởi admin</span>', []),
    ("<span>Tường thuật: Thanh Lê, Mai Hoa</span>", ["Thanh Lê", "Mai Hoa"]),
])
def test_a_header_credit_written_by_or_reported_live_by(credit: str, authors: list[str]) -> None:
    body = f'<h1>{HEADLINE}</h1><div class="meta">{credit}<span>14/03/2025 16:40</span></div>' \
        f'<div class="entry-content">{_paragraphs()}</div>'
    assert _extract(_page(body)).authors == authors


def test_a_quiz_of_radio_button_questions_is_no_article() -> None:
    questions = "".join(
        f'<fieldset><legend>Câu {n}: Luật quy định nội dung nào sau đây?</legend>'
        + "".join(f'<label><input type="radio" name="q{n}" value="{v}"> Phương án {v}</label>'
                  for v in "ABCD") + "</fieldset>" for n in range(1, 6))
    body = f'{HEADER}' \
        f'<div class="entry-content">{_paragraphs()}<form>{questions}' \
        '<button>Gửi bài thi</button></form></div>'
    head = '<meta property="article:published_time" content="2025-03-14T16:40:00+07:00">'
    with pytest.raises(NotAnArticle, match="quiz"):
        _extract(_page(body, head))


@pytest.mark.parametrize(("choices", "ballot"), [(12, True), (4, False)])
def test_a_readers_ballot_of_many_checkboxes_is_no_article(choices: int, ballot: bool) -> None:
    """A page asking readers to tick the year's top events among a dozen is a ballot; an
    article's multiple-choice poll offers a few."""
    boxes = "".join(f'<li><label><input type="checkbox" name="chon[]" value="{n}"> Sự kiện '
                    f"thứ {n} của năm</label></li>" for n in range(1, choices + 1))
    body = f'{HEADER}<div class="entry-content">{_paragraphs()}<form><ul>{boxes}</ul>' \
        "<button>Bình chọn</button></form></div>"
    head = '<meta property="article:published_time" content="2025-03-14T16:40:00+07:00">'
    if ballot:
        with pytest.raises(NotAnArticle, match="ballot"):
            _extract(_page(body, head))
    else:
        assert _extract(_page(body, head)).body.endswith(LAST)


@pytest.mark.parametrize(("after_lead", "article"), [
    ("<p>12 điểm bán</p>", False),
    (f"<p>{PARAGRAPHS[0]}</p>", True),
    ("<p>Hội nghị đã khen thưởng 12 tập thể.</p>", True),
])
def test_a_lead_with_only_a_label_after_it_is_no_article(after_lead: str, article: bool) -> None:
    """A page of an introduction and a count over a map or a widget is no article, signed
    or not; a lead and one paragraph of text, however short, are a brief."""
    body = f'{HEADER}<div class="author">Minh Tuấn</div>' \
        f'<p class="sapo">{LEAD} {PARAGRAPHS[1]}</p>' \
        f'<div class="entry-content">{after_lead}' \
        '<div class="map" data-points="12"></div></div>'
    head = '<meta property="article:published_time" content="2025-03-14T16:40:00+07:00">'
    if article:
        assert _extract(_page(body, head)).body == after_lead.removeprefix("<p>")[:-4]
    else:
        with pytest.raises(NotAnArticle, match="nothing after it"):
            _extract(_page(body, head))


def test_a_signed_article_beside_a_newsletter_form_of_many_topics_stays_an_article() -> None:
    topics = "".join(f'<label><input type="checkbox" name="topics[]" value="{n}"> Chủ đề {n}'
                     "</label>" for n in range(1, 10))
    body = f'{HEADER}<div class="entry-content">{_paragraphs()}<p>MINH TUẤN</p>' \
        f'<form><p>Nhận bản tin theo chủ đề</p>{topics}<input type="email"></form></div>'
    assert _extract(_page(body)).authors == ["MINH TUẤN"]


def test_an_article_with_a_poll_of_one_question_stays_an_article() -> None:
    poll = '<div class="poll"><p>Bạn đánh giá thế nào?</p>' + "".join(
        f'<label><input type="radio" name="vote" value="{v}"> {v}</label>' for v in "ABC") + \
        "</div>"
    body = f'{HEADER}' \
        f'<div class="entry-content">{_paragraphs()}</div>{poll}'
    assert _extract(_page(body)).body.endswith(LAST)


@pytest.mark.parametrize("hover", ["20/06/2025 16:40", "2025-06-20T16:40:00+07:00"])
def test_a_relative_time_is_read_from_its_hover_title(hover: str) -> None:
    body = f'<h1>{HEADLINE}</h1><div class="meta"><span class="time" title="{hover}">' \
        f'3 giờ trước</span></div><div class="entry-content">{_paragraphs()}</div>'
    assert _extract(_page(body)).published_at == "2025-06-20T16:40:00+07:00"


def test_a_page_type_heading_and_title_give_way_to_the_title_block() -> None:
    body = '<h1 class="page-title"><a href="/chi-tiet.aspx">Chi tiết tin tức</a></h1>' \
        f'<table><tr><td><span class="TieuDe">{HEADLINE}</span></td></tr>' \
        '<tr><td>Ngày 14/03/2025 16:40</td></tr></table>' \
        f'<div class="noidung">{_paragraphs()}</div>'
    assert _extract(_page(body, title="Chi tiết tin tức")).headline == HEADLINE


def test_a_grid_nesting_each_row_four_levels_deep_is_read_whole() -> None:
    rows = "".join(
        f'<div class="container"><div class="row"><div class="col-md-12"><div>'
        f"<p>{p}</p></div></div></div></div>" for p in [*PARAGRAPHS, LAST])
    body = f'{HEADER}' \
        f'<div class="umb-grid">{rows}</div>'
    article = _extract(_page(body))
    assert article.body.startswith(PARAGRAPHS[0])
    assert article.body.endswith(LAST)


def test_an_italic_line_after_an_image_in_a_word_pasted_run_is_its_caption() -> None:
    body = f'{HEADER}' \
        f'<div class="entry-content"><p class="MsoNormal">{PARAGRAPHS[0]}</p>' \
        '<p class="MsoNormal" align="center"><span style="font-size:12pt">' \
        '<img src="/que.jpg" width="600"></span></p>' \
        '<p class="MsoNormal" align="center"><i><span>Người dân bóc vỏ quế.</span></i></p>' \
        f'{_after_first()}</div>'
    article = _extract(_page(body))
    assert article.captions == ["Người dân bóc vỏ quế."]
    assert "bóc vỏ quế" not in article.body


def test_an_update_time_in_microdata_on_the_element_printing_it() -> None:
    body = f'<h1>{HEADLINE}</h1><dl class="info"><dd><time datetime="2025-03-14T16:40:00+07:00"' \
        ' itemprop="datePublished">14/03/2025 16:40</time></dd><dd>Cập nhật: <time ' \
        'datetime="2025-03-15T08:05:00+07:00" itemprop="dateModified">15/03/2025 08:05</time>' \
        f'</dd></dl><div class="entry-content">{_paragraphs()}</div>'
    article = _extract(_page(body))
    assert (article.published_at, article.updated_at) == \
        ("2025-03-14T16:40:00+07:00", "2025-03-15T08:05:00+07:00")


def test_an_update_time_printed_in_an_element_after_its_label() -> None:
    dates = '<p class="c3">Xuất bản: 14/03/2025 16:40 · <span>Cập nhật: <time ' \
        'dateTime="2025-03-15T01:05:00.000Z">15/03/2025 08:05</time></span></p>'
    body = f'<h1>{HEADLINE}</h1><div class="c1">{_paragraphs()}</div>{dates}'
    article = _extract(_page(body))
    assert article.updated_at == "2025-03-15T08:05:00+07:00"


def test_a_quotation_s_attribution_is_no_byline() -> None:
    quote = '<blockquote class="quote-box"><p>“Công trình phải xong trước mùa mưa.”</p>' \
        '<footer class="quote-box__author">Ông Trần Văn Bình, Giám đốc Ban Quản lý dự án</footer>' \
        '</blockquote>'
    body = f'{HEADER}' \
        '<p class="article__byline">Bài, ảnh: Khánh Phúc</p>' \
        f'<div class="entry-content"><p>{PARAGRAPHS[0]}</p>{quote}' \
        f'{_after_first()}</div>'
    article = _extract(_page(body))
    assert article.authors == ["Khánh Phúc"]
    assert "Ông Trần Văn Bình, Giám đốc" in article.body


def test_unsigned_items_each_under_a_linked_heading_make_a_listing() -> None:
    items = "".join(
        f'<div class="item"><h2><a href="/y-kien/thu-{n}-10{n}.html">Bạn đọc phản ánh về '
        f'tuyến đường liên xã số {n} xuống cấp</a></h2><div class="meta">Bạn đọc Lê Văn {n} · '
        f'0{n}/06/2025 09:40</div><p>{PARAGRAPHS[n % 4]}</p></div>' for n in range(1, 6))
    body = f'<h1>Ý kiến bạn đọc</h1><div class="letters">{items}</div>'
    head = '<meta property="article:published_time" content="2025-06-05T09:40:00+07:00">'
    with pytest.raises(NotAnArticle) as raised:
        _extract(_page(body, head, title="Ý kiến bạn đọc"), "https://baomau.example.vn/y-kien")
    assert raised.value.kind == "listing"


def test_a_data_table_row_opening_with_white_space_has_no_leading_separator() -> None:
    table = '<table><thead><tr>\n\t<th>Hạng</th>\n\t<th>Tác giả</th></tr></thead><tbody><tr>' \
        '\n\t<td>1</td>\n\t<td>Nguyễn Văn Khải</td></tr></tbody></table>'
    body = f'{HEADER}' \
        f'<div class="entry-content"><p>{PARAGRAPHS[0]}</p>{table}' \
        f'{_after_first()}</div>'
    paragraphs = _extract(_page(body)).body.split("\n\n")
    assert paragraphs[1:3] == ["Hạng | Tác giả", "1 | Nguyễn Văn Khải"]


def test_credits_printed_as_label_and_value_fields() -> None:
    fields = '<div class="field field--label-inline"><div class="field__label">Tác giả</div>' \
        '<div class="field__item">Phạm Linh</div></div><div class="field field--label-inline">' \
        '<div class="field__label">Nguồn</div><div class="field__item">VOV Tây Nguyên</div></div>'
    body = f'{HEADER}<div class="node">' \
        f'<div class="text-content">{_paragraphs()}</div>{fields}</div>'
    article = _extract(_page(body))
    assert (article.authors, article.source) == (["Phạm Linh"], "VOV Tây Nguyên")
    assert article.body.endswith(LAST)


@pytest.mark.parametrize(("signature", "authors"), [
    ("<p><strong>Đ.T</strong> (tổng hợp)</p>", ["Đ.T"]),
    ("<p><strong>Luật sư Trần Minh Đức</strong></p><p><em>(Đoàn Luật sư tỉnh)</em></p>",
     ["Trần Minh Đức"]),
])
def test_a_q_and_a_signature_before_the_column_s_standing_call(signature: str,
                                                               authors: list[str]) -> None:
    call = "<p><em>Bạn đọc có thắc mắc về pháp luật xin gửi câu hỏi về chuyên mục Hỏi - đáp " \
        "pháp luật, email: hoidap@baomau.vn.</em></p>"
    body = f'{HEADER}' \
        f'<div class="entry-content">{_paragraphs()}{signature}{call}</div>'
    article = _extract(_page(body))
    assert (article.body.endswith(LAST), article.authors) == (True, authors)


@pytest.mark.parametrize(("heading", "is_article"), [
    ("Hệ thống đang bảo trì", False),
    ("Website đang nâng cấp", False),
    ("Hệ thống đang bảo trì, người dân chưa thể nộp hồ sơ trực tuyến", True),
])
def test_a_maintenance_notice_is_no_article(heading: str, is_article: bool) -> None:
    body = f'<h1>{heading}</h1><div class="date">14/03/2025 16:40</div>' \
        f'<div class="entry-content">{_paragraphs()}</div>'
    page = _page(body, '<meta property="og:type" content="article">', title=heading)
    if is_article:
        assert _extract(page).headline == heading
    else:
        with pytest.raises(NotAnArticle, match="error page"):
            _extract(page)


def test_a_week_s_schedule_set_under_weekdays_is_no_article() -> None:
    days = "".join(
        f"<p><strong>{day} ({n}/3)</strong></p><p>- 8h00: Đồng chí Lê Văn An, Bí thư Tỉnh ủy "
        f"dự hội nghị trực tuyến toàn quốc về công tác xây dựng Đảng tại điểm cầu tỉnh.</p>"
        f"<p>- 14h00: Đồng chí Hà Thị Lan, Chủ tịch UBND tỉnh chủ trì phiên họp thường kỳ.</p>"
        for n, day in enumerate(["THỨ HAI", "THỨ BA", "THỨ TƯ", "THỨ NĂM"], start=3))
    body = f'<h1>Lịch công tác tuần của Thường trực Tỉnh ủy</h1>' \
        f'<div class="date">02/03/2025 16:40</div><div class="entry-content">{days}</div>'
    with pytest.raises(NotAnArticle, match="schedule"):
        _extract(_page(body, '<meta property="og:type" content="article">'))


def test_a_date_above_the_headline_inside_the_story_s_own_article_element() -> None:
    body = '<article class="story"><div class="meta"><span>Thứ Bảy, 12-10-2024 | 11:25</span>' \
        f'</div><h1>{HEADLINE}</h1><div class="content">{_paragraphs()}</div></article>'
    assert _extract(_page(body)).published_at == "2024-10-12T11:25:00+07:00"


def test_a_body_wrapped_whole_in_a_widget_classed_block_is_kept() -> None:
    body = f'{HEADER}' \
        f'<div class="detail-content"><div class="so-panel widget widget_sow-editor">' \
        f'{_paragraphs()}</div><div class="widget share">Chia sẻ Facebook Zalo</div></div>'
    article = _extract(_page(body))
    assert article.body.startswith(PARAGRAPHS[0]) and article.body.endswith(LAST)


def test_a_caption_classed_image_box_s_own_text_is_its_caption() -> None:
    image = '<p><span class="fr-img-caption"><span class="fr-img-wrap"><img src="/a.jpg">' \
        '<span class="fr-inner">Lãnh đạo tỉnh thăm mô hình trồng quế.</span></span></span></p>'
    body = f'{HEADER}' \
        f'<div class="entry-content"><p>{PARAGRAPHS[0]}</p>{image}' \
        f'{_after_first()}</div>'
    article = _extract(_page(body))
    assert article.captions == ["Lãnh đạo tỉnh thăm mô hình trồng quế."]
    assert "trồng quế" not in article.body


def test_an_update_time_printed_after_the_posting_time() -> None:
    body = f'<h1>{HEADLINE}</h1><p class="info">Đăng: 07:15 10/06/2025 <span>|</span> ' \
        f'Cập nhật: 16:40 10/06/2025</p><div class="entry-content">{_paragraphs()}</div>'
    article = _extract(_page(body))
    assert (article.published_at, article.updated_at) == \
        ("2025-06-10T07:15:00+07:00", "2025-06-10T16:40:00+07:00")


def test_ordinal_subheadings_are_no_weekdays_and_a_sentence_s_update_no_update_time() -> None:
    parts = "".join(f"<h3>{n}, về {topic}</h3><p>{p}</p>" for n, topic, p in zip(
        ["Thứ nhất", "Thứ hai", "Thứ ba", "Thứ tư"], ["thể chế", "nguồn lực", "con người",
                                                    "tổ chức"], PARAGRAPHS, strict=True))
    last = "<p>Theo số liệu cập nhật lúc 16:30 ngày 14/3/2025, toàn tỉnh có 95 xã đạt chuẩn.</p>"
    body = f'{HEADER}' \
        f'<div class="entry-content">{parts}{last}</div>'
    article = _extract(_page(body, '<meta property="og:type" content="article">'))
    assert (article.body.startswith("Thứ nhất"), article.updated_at) == (True, None)


@pytest.mark.parametrize("ending", [
    "“Học, học nữa, học mãi.” - Lê Nin",
    "Độc giả Minh Hà cho biết chị đã nhiều lần gửi đơn tới hộp thư góp ý của phường.",
])
def test_a_quote_s_author_and_a_reader_s_story_close_the_text(ending: str) -> None:
    body = f'{HEADER}' \
        f'<div class="entry-content">{_paragraphs()}<p>{ending}</p></div>'
    article = _extract(_page(body))
    assert (article.body.endswith(ending), article.authors) == (True, [])


def test_a_quote_figure_s_caption_credits_no_one() -> None:
    quote = '<figure class="quote"><blockquote>Phải xong trước mùa mưa.</blockquote><figcaption ' \
        'class="quote__author">Ông Trần Văn Bình</figcaption></figure>'
    body = f'{HEADER}' \
        f'<div class="entry-content"><p>{PARAGRAPHS[0]}</p>{quote}' \
        f'{_after_first()}</div>'
    assert _extract(_page(body)).authors == []


@pytest.mark.parametrize(("fields", "lines"), [
    ('<div><div class="label">Tác giả</div><div class="item">Phạm Linh</div></div>',
     ["Tác giả: Phạm Linh"]),
    ("<div><div>Tác giả</div><div><div>Kim Ngân</div><div>Văn Tuấn</div></div></div>",
     ["Tác giả: Kim Ngân, Văn Tuấn"]),
    ('<div class="tabs"><span>Bài</span><span>Video</span><span>Ảnh</span></div>', []),
    ("<div><b>Nguồn</b> VOV <span>Tây Nguyên</span></div>", []),
])
def test_credit_fields_are_a_label_alone_then_names(fields: str, lines: list[str]) -> None:
    assert field_credits(html.fromstring(fields)) == lines


def test_a_sidebar_poll_and_a_comment_form_make_no_quiz() -> None:
    radios = "".join(f'<label><input type="radio" name="{name}"> {name}</label>'
                     for name in ("scope", "vote", "gender"))
    body = f'<div class="main">{HEADER}' \
        f'<div class="entry-content">{_paragraphs()}</div></div><div class="side">' \
        f'<form>{radios}</form></div>'
    assert _extract(_page(body)).body.endswith(LAST)


def _card(n: int, text: str, kind: str = "c1") -> str:
    return f'<div class="{kind}"><div class="pic"><a href="/kinh-te/tin-{n}.html">' \
        f'<img src="/{n}.jpg"></a></div><div class="txt"><h3><a href="/kinh-te/tin-{n}.html">' \
        f'Tin kinh tế số {n} về sản xuất của tỉnh trong tuần</a></h3>' \
        '<div class="info"><span>Minh Trí</span> ' \
        f'<span>13.03.2025 | 11:20</span></div><div class="teaser-text">{text}</div></div></div>'


def test_a_section_page_s_featured_card_is_a_teaser_whatever_its_tag() -> None:
    featured = _card(0, " ".join(PARAGRAPHS[:3]), "c1 c1-top")
    others = "".join(_card(n, LAST) for n in range(1, 5))
    body = f'<div class="c0"><h1>Kinh tế</h1><div class="c2">{featured}{others}</div></div>'
    with pytest.raises(NotAnArticle, match="teaser"):
        _extract(_page(body, title="Kinh tế - Báo Mẫu"), "https://baomau.example.vn/kinh-te/")


def test_an_article_beside_a_row_of_cards_is_still_one() -> None:
    cards = "".join(_card(n, LAST) for n in range(1, 5))
    body = f'<div class="c2"><div class="c1">{HEADER}' \
        f'<div class="entry-content">{_paragraphs()}</div></div>{cards}</div>'
    assert _extract(_page(body)).body.endswith(LAST)


def test_a_hub_s_featured_tile_over_a_grid_of_tiles_is_a_teaser() -> None:
    hero = '<div class="hero"><a href="/ig/tin-0.html"><img src="/0.jpg"></a><div class="cap">' \
        '<h2><a href="/ig/tin-0.html">Tin kinh tế số 0 về sản xuất của tỉnh trong tuần</a></h2>' \
        f'<p>{" ".join(PARAGRAPHS[:2])}</p><span>02/12/2025 10:12</span></div></div>'
    tiles = "".join(f'<div class="tile"><h3><a href="/ig/tin-{n}.html">Tin kinh tế số {n} về sản '
                    f"xuất của tỉnh</a></h3><span>2{n}/11/2025</span></div>" for n in range(1, 4))
    body = f'<h1><a href="/ig/">Infographic</a></h1><div class="c0">{hero}' \
        f'<div class="grid">{tiles}</div></div>'
    with pytest.raises(NotAnArticle, match="teaser"):
        _extract(_page(body, title="Infographic - Báo Mẫu"), "https://baomau.example.vn/ig/")


def test_unsigned_news_built_on_a_table_with_a_few_sentences_is_an_article() -> None:
    rows = "".join(f"<tr><td>Chợ số {n}</td><td>{n}2.000 đồng/kg</td></tr>" for n in range(1, 9))
    table = f"<table><tr><th>Nơi</th><th>Giá</th></tr>{rows}</table>"
    body = f'{HEADER}<div class="entry-content"><p>{LEAD}</p><p>{PARAGRAPHS[0]}</p>{table}' \
        f"<p>{PARAGRAPHS[1]}</p></div>"
    head = '<meta property="og:type" content="article">'
    assert _extract(_page(body, head)).body.endswith(PARAGRAPHS[1])


@pytest.mark.parametrize(("text", "is_article"), [
    (f"<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p>", False),
    (_paragraphs(), True),
])
def test_a_panorama_viewer_over_a_few_sentences_is_a_media_page(text: str,
                                                                 is_article: bool) -> None:
    viewer = '<div id="panorama" style="height:560px"><noscript><p>Cần bật JavaScript.</p>' \
        '</noscript></div>'
    body = f'<div class="x1">{HEADER}{viewer}<div class="x2">{text}</div></div>'
    try:
        _extract(_page(body))
    except NotAnArticle:
        assert not is_article
    else:
        assert is_article


@pytest.mark.parametrize(("stamp", "published"), [
    ('<span class="updated rich-snippet-hidden">2025-03-15T09:10:00+07:00</span>',
     "2025-03-14T16:40:00+07:00"),
    ('<time class="entry-date updated" datetime="2025-03-14T16:40:00+07:00">14/03/2025 16:40'
     "</time>", "2025-03-14T16:40:00+07:00"),
    ('<span class="updated">14/03/2025 16:40</span>', "2025-03-14T16:40:00+07:00"),
])
def test_an_update_stamp_in_the_meta_line_is_no_publication_time(stamp: str,
                                                                  published: str) -> None:
    head = '<meta property="article:published_time" content="2025-03-14T09:40:00Z">'
    body = f'<h1>{HEADLINE}</h1><div class="meta">Bởi <a rel="author">Lan Anh</a> | {stamp}' \
        f'</div><div class="entry-content">{_paragraphs()}</div>'
    assert _extract(_page(body, head)).published_at == published


def test_an_update_time_in_the_element_after_its_label_s_own() -> None:
    dates = '<span class="posted-on"><time class="entry-date published">14/03/2025 16:40</time> ' \
        '<span class="c4">Cập nhật:</span> <time class="updated">15/03/2025 08:05</time></span>'
    body = f'<h1>{HEADLINE}</h1>{dates}<div class="c1">{_paragraphs()}</div>'
    article = _extract(_page(body))
    assert (article.published_at, article.updated_at) == \
        ("2025-03-14T16:40:00+07:00", "2025-03-15T08:05:00+07:00")


def test_a_text_whose_every_piece_sits_in_a_widget_is_kept() -> None:
    def widget(inner: str, kind: str = "rich-text-widget") -> str:
        return f'<div class="area-widget-wrapper"><div class="{kind}">{inner}</div></div>'
    picture = widget('<img src="/a.jpg"><p class="image-widget__caption">Cầu mới trên kênh '
                     "nội đồng. Ảnh: Thu Hằng</p>", "image-widget")
    related = widget('<a href="/khac-1.html">Tin khác số 1 về hoạt động của tỉnh trong tuần qua'
                     "</a>", "related-widget")
    pieces = [widget(f"<p>{p}</p>") for p in [*PARAGRAPHS, LAST]]
    newsletter = widget("<p>Đăng ký nhận bản tin mỗi sáng để không bỏ lỡ tin tức quan trọng "
                        "của tỉnh.</p>", "newsletter-widget")
    body = f'{HEADER}<div class="c1">{pieces[0]}{picture}{"".join(pieces[1:3])}{related}' \
        f'{"".join(pieces[3:])}{newsletter}</div>'
    article = _extract(_page(body))
    assert (article.body, article.captions) == \
        ("\n\n".join([*PARAGRAPHS, LAST]), ["Cầu mới trên kênh nội đồng. Ảnh: Thu Hằng"])


def test_the_word_tying_a_time_to_the_byline_is_no_part_of_the_name() -> None:
    byline = '<span class="x5">Đăng bởi <span class="vcard"><a href="/kim-lien.html">Kim Liên' \
        '</a></span> lúc <abbr class="published">16:05, 14/03/2025</abbr></span>'
    body = f'<h1>{HEADLINE}</h1>{byline}<div class="entry-content">{_paragraphs()}</div>'
    article = _extract(_page(body))
    assert (article.authors, article.published_at) == (["Kim Liên"], "2025-03-14T16:05:00+07:00")


def test_the_time_a_shown_day_keeps_in_its_title_attribute() -> None:
    line = '<p class="x4">Bài và ảnh: <span class="vcard">Hồng Thoan</span> - <abbr ' \
        'class="published" title="2025-03-14T09:40:00Z">Thứ sáu, 14/03/2025</abbr></p>'
    body = f'<h1>{HEADLINE}</h1>{line}<div class="entry-content">{_paragraphs()}</div>'
    assert _extract(_page(body)).published_at == "2025-03-14T16:40:00+07:00"


def test_a_regional_office_written_with_dots_is_the_source() -> None:
    body = f'{HEADER}<div class="x1">{_paragraphs()}' \
        '<p style="text-align:right"><strong>Minh Hòa/VOV-TP.HCM</strong></p></div>'
    article = _extract(_page(body))
    assert (article.authors, article.source) == (["Minh Hòa"], "VOV-TP.HCM")


def test_a_desk_account_beside_the_signed_name_is_no_author() -> None:
    account = '<span class="x9">Viết bởi <a rel="author" href="/user/62-bientap">Biên Tập' \
        "</a></span>"
    body = f'{HEADER}{account}<div class="x1">{_paragraphs()}' \
        '<p style="text-align:right"><strong>Bài và ảnh: Hồ Nhật Lam</strong></p></div>'
    assert _extract(_page(body)).authors == ["Hồ Nhật Lam"]



def test_an_article_opening_under_a_linked_heading_beside_related_boxes_is_one() -> None:
    link = '<div class="c3"><h3><a href="/tin-khac-4490.html">Kết quả xây dựng nông thôn mới ' \
        "6 tháng đầu năm 2025</a></h3></div>"
    items = "".join(f'<div class="c5"><h3><a href="/tin-{n}.html">Tin khác số {n} về hoạt động '
                    f"của tỉnh trong tuần qua</a></h3><p>{LAST}</p></div>" for n in range(1, 3))
    body = f'<div class="c0"><div class="c4">{HEADER}</div><div class="c1">{link}' \
        f'<div class="x1">{_paragraphs()}<p style="text-align:right"><b>Hoàng Vy</b></p></div>' \
        f'</div><div class="c6"><div class="c7">Tin liên quan</div>{items}</div></div>'
    assert _extract(_page(body)).authors == ["Hoàng Vy"]


def test_a_note_after_an_update_label_in_the_text_is_no_update_time() -> None:
    note = "<p><strong>Cập nhật:</strong> <span>Hội nghị sẽ tiếp tục lúc 8 giờ ngày 20/03/2025 " \
        "tại hội trường tỉnh, mời các đơn vị đăng ký.</span></p>"
    body = f'{HEADER}<div class="entry-content">{_paragraphs()}{note}</div>'
    assert _extract(_page(body)).updated_at is None


def test_a_script_error_printed_in_the_text_is_no_paragraph() -> None:
    notice = "<b>Notice</b>:  Undefined index: chuthich in <b>/home/bao/inc/tin.php</b> on line " \
        "<b>118</b><br />"
    body = f'{HEADER}<div class="x1"><p>{PARAGRAPHS[0]}</p>{notice}{_after_first()}</div>'
    assert _extract(_page(body)).body == "\n\n".join([*PARAGRAPHS, LAST])


def test_a_title_set_in_a_font_tag_is_the_headline_of_a_page_without_heading() -> None:
    body = f'<table><tr><td><font class="tieude" size="4">{HEADLINE}</font></td></tr>' \
        '<tr><td>Cập nhật ngày 14/03/2025 lúc 16:40</td></tr>' \
        f'<tr><td class="x1">{_paragraphs()}</td></tr></table>'
    assert _extract(_page(body, title="Báo Mẫu")).headline == HEADLINE


def test_a_section_named_in_several_words_is_still_a_section() -> None:
    featured = _card(0, " ".join(PARAGRAPHS[:3]), "c1 c1-top")
    others = "".join(_card(n, LAST) for n in range(1, 5))
    body = f'<div class="c0"><h1>Văn hóa - Thể thao - Du lịch</h1><div class="c2">{featured}' \
        f"{others}</div></div>"
    with pytest.raises(NotAnArticle, match="teaser"):
        _extract(_page(body, title="Văn hóa - Báo Mẫu"), "https://baomau.example.vn/van-hoa/")


def test_a_sidebar_s_text_widgets_beside_the_text_stay_out_of_it() -> None:
    widgets = "".join(f'<div class="widget widget_text"><h4>Liên hệ {n}</h4><p>{LAST} Điện '
                      f"thoại: 0212 3852 11{n}.</p></div>" for n in range(9))
    body = f'{HEADER}<div class="x1"><div class="x2">{_paragraphs()}</div>{widgets}</div>'
    assert _extract(_page(body)).body.endswith(LAST)


@pytest.mark.parametrize(("meta", "published", "updated"), [
    ('<div class="x3">Đăng ngày: 14/03/2025 | Cập nhật: <span title="14/03/2025 21:10">3 giờ '
     "trước</span></div>", "2025-03-14T00:00:00+07:00", None),
    ('<div class="x3"><span>Đăng: 14/03/2025 07:30</span> <span>Cập nhật:</span><span>Thứ '
     "bảy, ngày 15 tháng 3 năm 2025 lúc 08:05</span></div>", "2025-03-14T07:30:00+07:00",
     "2025-03-15T08:05:00+07:00"),
    ('<div class="x3"><span class="updated date-updated">15/03/2025 08:05</span> '
     '<span class="x4">14/03/2025 07:30</span></div>', "2025-03-14T07:30:00+07:00", None),
])
def test_update_times_beside_the_posting_time(meta: str, published: str,
                                              updated: str | None) -> None:
    body = f'<h1>{HEADLINE}</h1>{meta}<div class="entry-content">{_paragraphs()}</div>'
    article = _extract(_page(body))
    assert (article.published_at, article.updated_at) == (published, updated)


def test_a_day_s_news_of_timed_linked_titles_is_a_listing() -> None:
    items = "".join(f'<h2><span class="t">{8 + n}:15</span> <a href="/tin-{n}.html">Tin số {n} '
                    f"về hoạt động của tỉnh trong ngày</a></h2><p>{LAST}</p>" for n in range(6))
    body = '<h1>Tin trong ngày 14/3/2025</h1><div class="x1"><p>Những tin đáng chú ý trong ' \
        f"ngày.</p>{items}</div>"
    head = '<meta property="article:published_time" content="2025-03-14T21:00:00+07:00">'
    with pytest.raises(NotAnArticle, match="linked headings"):
        _extract(_page(body, head, title="Tin trong ngày - Báo Mẫu"))


def test_a_posting_time_after_the_text_beats_an_update_time_under_the_headline() -> None:
    body = f'<h1>{HEADLINE}</h1><div class="x3">Cập nhật: 15/03/2025 08:05</div>' \
        f'<div class="entry-content">{_paragraphs()}</div><div class="x4">Đăng lúc: 14/03/2025 ' \
        "16:40</div>"
    article = _extract(_page(body))
    assert (article.published_at, article.updated_at) == \
        ("2025-03-14T16:40:00+07:00", "2025-03-15T08:05:00+07:00")


def test_an_author_box_s_bio_after_the_text_is_no_paragraph() -> None:
    box = '<div class="x6"><div class="x7"><img src="/avatar.jpg"></div><div class="x8"><span>' \
        '<a href="/author/thanh-chung/" rel="author">Thanh Chung</a></span><p>Phóng viên Ban ' \
        "Kinh tế, Báo Mẫu.</p></div></div>"
    body = f'{HEADER}<div class="x1">{_paragraphs()}{box}</div>'
    article = _extract(_page(body))
    assert (article.authors, article.body.endswith(LAST)) == (["Thanh Chung"], True)


PAGER = ('<ul class="pagination"><li class="active"><span>1</span></li>'
         '<li><a href="/van-ban?page=2">2</a></li><li><a href="/van-ban?page=3">3</a></li>'
         '<li><a href="/van-ban?page=2">Sau ›</a></li></ul>')


@pytest.mark.parametrize(("h1", "byline", "pager", "path", "article"), [
    ("Văn bản chỉ đạo", "", PAGER, "/van-ban", False),
    ("Văn bản chỉ đạo", "", "", "/van-ban", True),
    ("Văn bản chỉ đạo", "", PAGER.replace("/van-ban?page=", "#trang-"), "/van-ban", True),
    ("Văn bản chỉ đạo", "<p><strong>Minh Châu</strong></p>", PAGER, "/van-ban", True),
    ("Nông nghiệp", "<p><strong>Minh Châu</strong></p>", PAGER, "/van-ban", False),
    (HEADLINE, "", PAGER, "/van-ban", True),
    # another list's pager under an article, a comments pager, an article's own pages
    ("Hội nghị tổng kết năm 2025", "", PAGER, "/van-ban/hoi-nghi-tong-ket-1202.html", True),
    ("Hội nghị tổng kết năm 2025", "", PAGER.replace("?page=", "?cpage=").replace(
        '">', '#comments">'), "/van-ban", True),
    ("Toàn văn Nghị quyết số 57", "", PAGER.replace("/van-ban?", "/van-ban/nq-2841.html?"),
     "/van-ban/nq-2841.html", True),
])
def test_a_section_s_title_over_its_numbered_pager_without_a_byline_is_a_listing(
        h1: str, byline: str, pager: str, path: str, article: bool) -> None:
    """A listing's pager links its own pages 2 and 3 side by side. An article split into
    pages carries one too, but it is signed (under more than a section's bare name),
    titled as an article or at an item's address; a box of other news pages through
    another address, a comments pager links to a place in the page, and links within
    the page (``#trang-2``) are a reading aid."""
    head = '<meta property="og:type" content="article">'
    body = (f'<article class="content"><h1>{h1}</h1><div class="date">14/03/2025 16:40</div>'
            f"{_paragraphs()}{byline}{pager}</article>")
    page = _page(body, head, f"{h1} - Báo Mẫu")
    url = "https://baomau.example.vn" + path
    if article:
        assert _extract(page, url).headline == h1
    else:
        with pytest.raises(NotAnArticle, match="pager"):
            _extract(page, url)


@pytest.mark.parametrize(("h1", "article"), [("Hà Thu", False), (HEADLINE, True)])
def test_a_page_headlined_with_its_byline_s_name_is_an_author_s_page(
        h1: str, article: bool) -> None:
    """An author's page heads her latest story's text and name with her name; no article is
    titled with its author's name alone."""
    body = (f'<div class="post"><h1>{h1}</h1><div class="date">14/03/2025 16:40</div>'
            f'{_paragraphs()}<p class="author">Hà Thu</p></div>')
    page = _page(body, title=f"{h1} - Báo Mẫu")
    if article:
        assert _extract(page).authors == ["Hà Thu"]
    else:
        with pytest.raises(NotAnArticle, match="author's page"):
            _extract(page)


def test_lede_names_a_lead_only_as_a_word_of_its_own() -> None:
    """A page builder's class ``public-DraftStyleDefault-ltr`` holds the letters of
    ``lede``: its first paragraph is no marked lead."""
    body = (f'<div class="post"><h1>{HEADLINE}</h1><div class="date">14/03/2025 16:40</div>'
            f'<div class="post-body"><p><span class="public-DraftStyleDefault-ltr">{LEAD}'
            f'</span></p>{_paragraphs()}</div></div>')
    article = _extract(_page(body))
    assert article.summary is None
    assert article.body.startswith(LEAD)


def test_a_lede_in_the_header_is_the_lead_on_an_outlet_s_new_template() -> None:
    """An outlet's new template that its profile does not know marks the lead
    ``entry__lede`` in the article's header, after the credits and the time."""
    body = (f'<article class="entry"><header class="entry__header"><h1>{HEADLINE}</h1>'
            '<div class="entry__credits"><span>Bài: <a href="/tac-gia/mai-lan">Mai Lan</a>'
            '</span><span class="entry__time">15h48, 14/03/2025</span></div>'
            f'<p class="entry__lede">{LEAD}</p></header>'
            f'<div class="entry__content">{_paragraphs()}</div></article>')
    article = _extract(_page(body), "https://hanoimoi.vn/xa-hoi/hoi-nghi-tong-ket-721458.html")
    assert article.summary == LEAD
    assert article.body.startswith(PARAGRAPHS[0])


@pytest.mark.parametrize("path", ["/index.php?lang=vi", "/?lang=en&utm_source=zalo"])
def test_a_home_page_that_names_only_its_language_is_the_home_page(path: str) -> None:
    body = f'{HEADER}<div class="entry-content">{_paragraphs()}<p>MAI THANH CHI</p></div>'
    with pytest.raises(NotAnArticle, match="home"):
        _extract(_page(body), "https://baomau.example.vn" + path)


def test_a_byline_in_the_article_s_meta_list_is_read_but_not_one_in_a_teaser_list() -> None:
    """A theme prints the byline as an item of a list of fields under the headline; a
    list of teasers, each with its author, names other articles' authors."""
    meta = ('<ul class="entry-meta"><li class="byline"><span>Tác giả:</span>'
            '<a href="/author/ha-anh/" rel="author">Hà Anh</a></li>'
            '<li class="posted-on">14/03/2025 - 16:40</li></ul>')
    teasers = ('<ul class="more">' + "".join(
        f'<li><a href="/tin-{n}.html">Tin khác số {n} về hoạt động của tỉnh trong tuần qua</a>'
        f'<span class="author">Lê Văn {n}</span></li>' for n in ("Bình", "Châu")) + '</ul>')
    body = f'<article><h1>{HEADLINE}</h1>{meta}<div class="entry-content">{_paragraphs()}' \
        f'</div>{teasers}</article>'
    assert _extract(_page(body)).authors == ["Hà Anh"]


def test_a_long_read_s_scroll_hint_is_no_text() -> None:
    body = (f'<div class="story"><h1>{HEADLINE}</h1><div class="date">14/03/2025 16:40</div>'
            f'<div class="story-body"><div class="hint">Cuộn xuống để đọc</div>{_paragraphs()}'
            '</div></div>')
    assert _extract(_page(body)).body.startswith(PARAGRAPHS[0])


def test_a_lawyer_signing_for_a_bar_association_is_the_author() -> None:
    """A legal Q&A column's answer is signed by the lawyer and the body they belong to."""
    body = (f'<div class="qa"><h1>{HEADLINE}</h1><div class="date">14/03/2025 16:40</div>'
            f'<div class="qa-body">{_paragraphs()}<p style="text-align:right"><em>Luật sư Đỗ '
            'Minh Tuệ - Đoàn Luật sư tỉnh Mẫu</em></p></div></div>')
    article = _extract(_page(body))
    assert (article.authors, article.body.endswith(LAST)) == (["Đỗ Minh Tuệ"], True)


def test_a_picture_s_note_paragraph_is_its_caption() -> None:
    """A CMS prints the picture in one paragraph and its caption in the next, classed
    ``img-note``."""
    body = (f'<div class="art"><h1>{HEADLINE}</h1><div class="date">14/03/2025 16:40</div>'
            f'<div class="art-body"><p>{PARAGRAPHS[0]}</p><p class="img-wrap"><img src="/a.jpg">'
            '</p><p class="img-note">Học sinh trải nghiệm phòng học STEM của trường.</p>'
            f'{_after_first()}</div></div>')
    article = _extract(_page(body))
    assert article.captions == ["Học sinh trải nghiệm phòng học STEM của trường."]
    assert "STEM" not in article.body


@pytest.mark.parametrize("line", [
    "Bài viết và hình ảnh thuộc bản quyền của Báo Mẫu, không sao chép dưới mọi hình thức.",
    "Bài viết có sử dụng AI hỗ trợ chuyển ghi âm phỏng vấn thành văn bản.",
])
def test_a_copyright_or_ai_note_closing_the_text_is_no_text(line: str) -> None:
    box = ('<div class="info"><p><strong>Thông tin cần biết</strong></p>'
           '<p>Diện tích: hơn 4.700 km², trải rộng trên 6 xã, phường.</p></div>')
    body = (f'<div class="art"><h1>{HEADLINE}</h1><div class="date">14/03/2025 16:40</div>'
            f'<div class="art-body">{_paragraphs()}{box}<p><em>{line}</em></p></div></div>')
    assert _extract(_page(body)).body.endswith("trải rộng trên 6 xã, phường.")


@pytest.mark.parametrize("appeal", [
    "<p><b>Chung tay vì học sinh vùng biên</b></p><p>Báo Mẫu tiếp nhận ủng hộ qua tài khoản "
    "số 0101 0000 86868. Trân trọng cảm ơn bạn đọc!</p>",
    "<p>Trở thành hội viên Báo Mẫu điện tử chỉ với 25.000 đồng mỗi tháng để ủng hộ tòa "
    "soạn.</p>",
])
def test_an_appeal_after_the_byline_is_no_text(appeal: str) -> None:
    """A call to donate, subscribe or join, printed inside the text container after the
    byline, is furniture: the byline still ends the text."""
    body = (f'<div class="art"><h1>{HEADLINE}</h1><div class="date">14/03/2025 16:40</div>'
            f'<div class="art-body">{_paragraphs()}<p>Thu Hằng - Viết Dư</p>{appeal}</div></div>')
    article = _extract(_page(body))
    assert (article.authors, article.body.endswith(LAST)) == (["Thu Hằng", "Viết Dư"], True)


def test_a_newsletter_box_s_description_is_no_lead() -> None:
    """A page with no lead: a newsletter block's description and a button's intro, after
    the text, are neither the lead nor the text."""
    box = ('<div class="newsletter-block"><h2>Nhận bản tin Xứ Mẫu</h2><div class="newsletter'
           '-form-header-description"><p>Mỗi tối thứ Sáu, tòa soạn gửi đến bạn những câu '
           'chuyện đáng đọc nhất trong tuần về quê hương.</p></div></div>')
    body = (f'<div class="art"><h1>{HEADLINE}</h1><div class="date">14/03/2025 16:40</div>'
            f'<div class="art-body">{_paragraphs()}<p>TRÚC LINH</p>{box}</div></div>')
    article = _extract(_page(body))
    assert (article.summary, article.body.startswith(PARAGRAPHS[0])) == (None, True)


@pytest.mark.parametrize(("closing", "authors", "last"), [
    # a surname printed in capitals is no body's name
    ("<p style='text-align:right'><strong>ĐOÀN HƯNG</strong></p>", ["ĐOÀN HƯNG"], LAST),
    # sentences on copyright, AI pictures and a region's donations are text
    ("<p>Nhiều trang mạng vi phạm bản quyền khi sao chép nguyên văn tin bài mà không ghi "
     "nguồn.</p>", [], "mà không ghi nguồn."),
    ("<p>Hình ảnh được tạo bằng AI giả mạo Chủ tịch UBND tỉnh đã lan truyền trên mạng.</p>",
     [], "đã lan truyền trên mạng."),
    ("<p><strong>LAN TỎA YÊU THƯƠNG</strong></p><p>Dịp này, các doanh nghiệp đã ủng hộ 200 "
     "suất quà cho các hộ nghèo trong xã.</p>", [], "cho các hộ nghèo trong xã."),
    ("<p>Kéo xuống để xem kết quả giải quyết hồ sơ của từng xã.</p>", [],
     "giải quyết hồ sơ của từng xã."),
])
def test_the_second_review_s_closing_lines(closing: str, authors: list[str],
                                           last: str) -> None:
    body = (f'<div class="art"><h1>{HEADLINE}</h1><div class="date">14/03/2025 16:40</div>'
            f'<div class="art-body">{_paragraphs()}{closing}</div></div>')
    article = _extract(_page(body))
    assert (article.authors, article.body.endswith(last)) == (authors, True)


def test_a_signed_article_with_a_short_title_over_a_comments_pager_is_an_article() -> None:
    pager = ('<ul class="pager"><li><a href="/van-hoa/mua-nuoc-noi?page=1">2</a></li>'
             '<li><a href="/van-hoa/mua-nuoc-noi?page=2">3</a></li></ul>')
    body = (f'<div class="art"><h1>Mùa nước nổi</h1><div class="date">14/03/2025 16:40</div>'
            f'<div class="art-body">{_paragraphs()}<p><strong>Minh Châu</strong></p></div>'
            f'<div class="comments">{pager}</div></div>')
    page = _page(body, title="Mùa nước nổi - Báo Mẫu")
    assert _extract(page, "https://baomau.example.vn/van-hoa/mua-nuoc-noi").headline == \
        "Mùa nước nổi"


@pytest.mark.parametrize("slot", [
    '<div class="ads-panorama" id="adsPanorama2"></div>', '<div class="banner pano"></div>'])
def test_an_ad_slot_named_panorama_is_no_viewer(slot: str) -> None:
    body = f'<div class="x1">{HEADER}{slot}<div class="x2"><p>{PARAGRAPHS[0]}</p>' \
        f'<p>{PARAGRAPHS[1]}</p></div></div>'
    assert _extract(_page(body)).body.endswith(PARAGRAPHS[1])
