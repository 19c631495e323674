"""Small rules of the extractor, each on hand-made input."""

from __future__ import annotations

import pytest

from newsarchive.dom import parse_html
from newsarchive.errors import NotAnArticle
from newsarchive.extract import extract_article
from newsarchive.extract.byline import is_source_credit, looks_like_credit, parse_byline
from newsarchive.extract.headline import strip_outlet_marker
from newsarchive.extract.pagekind import MAX_ELEMENTS, check_size
from newsarchive.sites import get_profile, with_generic_fallbacks
from newsarchive.text import clean, clean_line, fold
from newsarchive.urls import article_id, canonical_url


@pytest.mark.parametrize(
    ("lines", "authors", "source", "photo"),
    [
        (["Tin, ảnh: P.Y"], ["P.Y"], None, None),
        (["Bài và ảnh: Hoài Thu - Minh Đức"], ["Hoài Thu", "Minh Đức"], None, None),
        (["Bài, ảnh: Quang Vinh"], ["Quang Vinh"], None, None),
        (["THUẬN VĂN - LÊ ÁNH"], ["THUẬN VĂN", "LÊ ÁNH"], None, None),
        (["Lan Anh, Quốc Tuấn"], ["Lan Anh", "Quốc Tuấn"], None, None),
        (["(TTXVN/Vietnam+)"], [], "TTXVN/Vietnam+", None),
        (["Theo TTXVN"], [], "TTXVN", None),
        (["Nguồn: Báo Nhân Dân"], [], "Báo Nhân Dân", None),
        (["Minh Châu", "Ảnh: Đức Thụy"], ["Minh Châu"], None, "Đức Thụy"),
        (["Nguyễn Văn A (TTXVN)"], ["Nguyễn Văn A"], "TTXVN", None),
        (["Hải Đăng/VOV"], ["Hải Đăng"], "VOV", None),
        (["TTXVN/Vietnam+"], [], "TTXVN/Vietnam+", None),
        (["SỞ XÂY DỰNG NINH BÌNH"], [], None, None),
        (["BAN TANG LỄ"], [], None, None),
        (["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐỒNG NAI"], [], None, None),
        (["Đoàn Minh Tuấn"], ["Đoàn Minh Tuấn"], None, None),
        (["admin"], [], None, None),
        (["Báo Lào Cai"], [], None, None),
        (["Tin: Hoài Thu, Ảnh: Đức Anh"], ["Hoài Thu"], None, "Đức Anh"),
        (["Tin, video: Thanh Tâm – Quốc Việt"], ["Thanh Tâm", "Quốc Việt"], None, None),
        (["BTV: Ngọc Hân / Quay phim: Trung Kiên / Kỹ thuật: Minh Luân"],
         ["Ngọc Hân", "Trung Kiên", "Minh Luân"], None, None),
        (["Hà Nội / TP Hồ Chí Minh"], [], None, None),
        (["Bài: Ngọc Mai; Ảnh: Trọng Nghĩa; Đồ họa: Thu Hà"], ["Ngọc Mai", "Thu Hà"], None,
         "Trọng Nghĩa"),
        (["Lược dịch: Minh Châu (Theo Xinhua)"], ["Minh Châu"], "Xinhua", None),
        (["Phóng viên Ban Thời sự, Báo Lai Châu. Theo dõi mảng nông nghiệp"], [], None, None),
        (["Thượng úy Lê Minh Tâm (Ban Tuyên huấn)"], ["Lê Minh Tâm"], None, None),
        (["Tác giả: ThS. Trần Thị Hoa (Phòng GDTrH)"], ["Trần Thị Hoa"], None, None),
    ],
)
def test_byline_forms(lines: list[str], authors: list[str], source: str | None,
                      photo: str | None) -> None:
    byline = parse_byline(lines, ["Báo Lào Cai"])
    assert (byline.authors, byline.source, byline.photo_credit) == (authors, source, photo)


@pytest.mark.parametrize(
    ("line", "credit"),
    [("Phong Lưu", True), ("Tin, ảnh: P.Y", True), ("Theo TTXVN", True),
     ("Nguyễn Thị Bé Ba - Hội Nông dân huyện Cao Lãnh", True),
     ("Hội Nông dân huyện Cao Lãnh", False),
     ("Chúc mừng năm mới!", False), ("Đây là một câu dài bình thường trong bài.", False),
     ("Tin liên quan", False)],
)
def test_credit_lines(line: str, credit: bool) -> None:
    assert looks_like_credit(line) is credit


@pytest.mark.parametrize(
    ("lead", "stripped"),
    [("(CTO) - Ngày 8-1, hội nghị", "Ngày 8-1, hội nghị"), ("TPO - Hội đồng", "Hội đồng"),
     ("(PLO)- Phó Bí thư", "Phó Bí thư"), ("BHG - Sáng 12/1", "Sáng 12/1"),
     ("Hà Nội - Chiều nay", "Hà Nội - Chiều nay"), ("UBND tỉnh vừa ký", "UBND tỉnh vừa ký"),
     ("PV: Thưa ông, tỉnh đã làm gì?", "PV: Thưa ông, tỉnh đã làm gì?")],
)
def test_outlet_markers_are_not_text(lead: str, stripped: str) -> None:
    assert strip_outlet_marker(lead) == stripped


def test_text_is_nfc_without_eth() -> None:
    assert clean("Ðoàn  đại biểu\u00a0TP") == "Đoàn đại biểu TP"
    assert clean("Hoa\u0300") == "Hoà"
    assert fold("Thành Uỷ") == fold("thành ủy")


def test_share_link_is_not_canonical() -> None:
    plo = get_profile("plo")
    page = "https://plo.vn/a-post1.html"
    assert canonical_url(page, "https://plo.vn/share1.html", plo) == "https://plo.vn/share1.html"
    assert canonical_url(page, "https://other.example/a", plo) == page
    assert canonical_url(page, "/a-post1.html", plo) == page


def test_article_id_ignores_www_fragment_and_trailing_slash() -> None:
    assert article_id("https://www.baolaocai.vn/a-post1.html#top") == \
        article_id("https://baolaocai.vn/a-post1.html")
    assert article_id("https://baolaocai.vn/x/") == article_id("https://baolaocai.vn/x")
    assert article_id("https://baolaocai.vn/a") != article_id("https://baolaocai.vn/b")


def test_undeclared_utf8_is_not_mojibake() -> None:
    page = "<html><head><title>Tiêu đề</title></head><body><p>Đà Nẵng</p></body></html>"
    root = parse_html(page.encode("utf-8"))
    assert root.findtext(".//title") == "Tiêu đề"


def test_legacy_domain_gives_the_pre_merger_province() -> None:
    profile = get_profile("baolaocai")
    assert profile.province_for("www.baoyenbai.com.vn") == "Yên Bái"
    assert profile.province_for("baolaocai.vn") == "Lào Cai"


@pytest.mark.parametrize("page", [b"", b"\x00\xff\xfe", b"<html><body><p>ok</p></body></html>",
                                  b"<?xml version='1.0' encoding='utf-8'?><html></html>"])
def test_empty_or_odd_pages_are_not_articles(page: bytes) -> None:
    with pytest.raises(NotAnArticle):
        extract_article(page, "https://baolaocai.vn/x-post1.html")


def test_an_undated_article_takes_no_date_from_teasers_after_it() -> None:
    """The body container holds the headline; the dates after it belong to teasers."""
    paragraphs = "".join(
        f"<p>Đoạn {n}: xã Tân Hòa tiếp tục triển khai các chương trình hỗ trợ người dân phát "
        "triển kinh tế, nâng cao thu nhập và cải thiện đời sống tại các thôn bản.</p>"
        for n in range(4)
    )
    teasers = "".join(
        f'<article><h3><a href="/tin-{n}-{n}.html">Tin {n}</a></h3>'
        f"<span>0{n + 1}/03/2025 08:00</span></article>"
        for n in range(3)
    )
    page = (
        "<html><head><title>Người dân hưởng lợi</title></head><body>"
        '<div class="entry"><h1>Người dân hưởng lợi từ chương trình mới</h1>'
        f'{paragraphs}</div><aside class="sidebar">{teasers}</aside></body></html>'
    )
    article = extract_article(page.encode(), "https://hanoimoi.vn/nguoi-dan-766218.html",
                              get_profile("hanoimoi"))
    assert article.headline == "Người dân hưởng lợi từ chương trình mới"
    assert article.published_at is None


@pytest.mark.parametrize("char", [
    *(c for c in map(chr, range(0x3001)) if c.isspace() and c != " "),
    "\x01", "\x7f", "\u200b", "\ufeff",
])
def test_clean_line_never_takes_a_line_it_would_change_for_clean(char: str) -> None:
    assert clean_line(f"Ông Hùng{char}nói") in ("Ông Hùng nói", "Ông Hùngnói")


def test_clean_line_mends_eth_spaces_and_composition_and_keeps_a_clean_line() -> None:
    assert clean_line(" Ðà  Nẵng ") == "Đà Nẵng"
    assert clean_line("Hue\u0301") == "Hué"
    line = "Ông Nguyễn Văn A, Chủ tịch UBND tỉnh, phát biểu."
    assert clean_line(line) == line



def test_a_page_of_more_elements_than_any_article_is_too_large() -> None:
    many = b"<html><body><h1>Tieu de</h1>" + b"<b>x</b>" * (MAX_ELEMENTS + 1) + b"</body></html>"
    with pytest.raises(NotAnArticle) as raised:
        extract_article(many, "https://example.vn/bai-1.html")
    assert raised.value.kind == "too_large"


@pytest.mark.parametrize("page", [
    b"a<br>" * 500, b"text only", b"<td>x</td>y" * 300, b"<li>x<li>y" * 300,
    b"<table>a<tr>b<td>c</table>" * 200, b"<html>x<head>y<body>z" * 100,
    b"<p>a<p>b<div>c</div>d" * 200, b"<frameset><frame>x" * 100, b"<<<>>>" * 100,
    "<html><body>đ<b>x</b>ă".encode("cp1258") * 200,
])
def test_a_page_has_at_most_two_elements_a_tag_opening_and_four_more(page: bytes) -> None:
    """What lets check_size skip counting the tree of a page with few ``<``s: the
    parser's implied elements (``html``, ``head``, ``body``, a ``p`` around bare text)
    are at most one per ``<`` and four more."""
    elements = int(parse_html(page).xpath("count(//*)"))
    assert elements <= 2 * page.count(b"<") + 4


def test_many_lone_angle_brackets_are_counted_not_refused() -> None:
    page = b"<html><body><p>" + b"a < b " * MAX_ELEMENTS + b"</p></body></html>"
    check_size(parse_html(page), page)


def _hub_page(shown_date: str, byline: str, list_class: str = "news",
              cards: bool = False) -> bytes:
    if cards:
        teasers = "".join(
            f'<div class="it"><h3><a href="/tin-{i}.html">Tin bài số {i} về đại hội đại biểu '
            f'Đảng bộ tỉnh</a></h3><div class="d">08:1{i} 1{i}/10/2025</div><div class="s">'
            "Các đại biểu thảo luận văn kiện đại hội.</div></div>" for i in range(4))
        return _hub_frame(shown_date, byline, f"<div class='{list_class}'>{teasers}</div>")
    teasers = "".join(
        f'<li><a href="/tin-{i}.html">Tin bài số {i} về đại hội đại biểu Đảng bộ tỉnh</a>'
        f"<span>08:1{i} 1{i}/10/2025</span></li>" for i in range(4))
    return _hub_frame(shown_date, byline, f"<ul class='{list_class}'>{teasers}</ul>")


def _hub_frame(shown_date: str, byline: str, teasers: str) -> bytes:
    prose = ("Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII diễn ra trong ba ngày với sự tham dự "
             "của ba trăm năm mươi đại biểu đại diện cho các đảng bộ trực thuộc. ")
    return (
        '<html><head><meta property="og:type" content="article">'
        '<meta property="article:published_time" content="2025-10-01T08:00:00+07:00">'
        "</head><body><main><h1>Đại hội Đảng bộ tỉnh lần thứ XVIII</h1>"
        f"{shown_date}<div class='intro'><p>{prose * 2}</p><p>{prose}</p>{byline}</div>"
        f"{teasers}</main></body></html>"
    ).encode()


@pytest.mark.parametrize("cards", [False, True])
def test_a_short_unsigned_undated_text_over_dated_teasers_is_a_hub(cards: bool) -> None:
    """Teasers as list items, or as div cards each under a linked heading."""
    with pytest.raises(NotAnArticle) as raised:
        extract_article(_hub_page("", "", cards=cards),
                        "https://baothu.vn/su-kien/dai-hoi-18.html")
    assert "over 4 dated teasers" in raised.value.detail


@pytest.mark.parametrize(("shown_date", "byline"), [
    ("<p class='date'>09:15 01/10/2025</p>", ""), ("", "<p><b>Mai Anh</b></p>")])
def test_a_short_article_over_dated_teasers_that_prints_its_time_or_author_is_kept(
        shown_date: str, byline: str) -> None:
    article = extract_article(_hub_page(shown_date, byline),
                              "https://baothu.vn/chinh-tri/dai-hoi-18-123.html")
    assert article.headline == "Đại hội Đảng bộ tỉnh lần thứ XVIII"


def test_a_short_unsigned_undated_article_over_a_titled_box_of_cards_is_kept() -> None:
    page = _hub_page("", "", cards=True).replace(
        b"<div class='news'>", "<div class='x1'><h2>Tin cùng chuyên mục</h2>".encode())
    article = extract_article(page, "https://baothu.vn/chinh-tri/dai-hoi-18-123.html")
    assert article.body.startswith("Đại hội đại biểu")


@pytest.mark.parametrize("list_class", ["tin-lien-quan", "sidebar-news", "box-news"])
def test_a_short_unsigned_undated_article_over_a_related_box_is_kept(list_class: str) -> None:
    article = extract_article(_hub_page("", "", list_class),
                              "https://baothu.vn/chinh-tri/dai-hoi-18-123.html")
    assert article.body.startswith("Đại hội đại biểu")


@pytest.mark.parametrize(("line", "authors", "source"), [
    ("Minh Phượng/VOV-Tây Bắc", ["Minh Phượng"], "VOV-Tây Bắc"),
    ("Theo Kyodo", [], "Kyodo"),
    ("Hải Đăng/VOV", ["Hải Đăng"], "VOV"),
    ("Trần Văn Vĩnh/Tây Bắc", ["Trần Văn Vĩnh/Tây Bắc"], None),
    ("BS.CKII Nguyễn Thị Minh Hằng", ["Nguyễn Thị Minh Hằng"], None),
    ("PGS, TS Đỗ Thị Thanh Loan", ["Đỗ Thị Thanh Loan"], None),
    ("TS. BS Lê Văn An - Thu Hà", ["Lê Văn An", "Thu Hà"], None),
    ("Thu Hà/VTV Huế", ["Thu Hà"], "VTV Huế"),
    ("VTV truyền hình trực tiếp.", [], None),
])
def test_a_regional_office_an_agency_and_degrees_before_names(
        line: str, authors: list[str], source: str | None) -> None:
    byline = parse_byline([line])
    assert (byline.authors, byline.source) == (authors, source)


def test_a_foreign_agency_credited_beside_the_time_is_a_source_line() -> None:
    assert is_source_credit("Theo Kyodo") and is_source_credit("Nguồn: Tân Hoa xã")


@pytest.mark.parametrize(("line", "authors", "photo"), [
    ("Bài: PHAN CHUNG - Ảnh: NGUYỄN QUANG", ["PHAN CHUNG"], "NGUYỄN QUANG"),
    ("Mai Anh | Ảnh: Hoàng Long", ["Mai Anh"], "Hoàng Long"),
    ("Tin: Ngọc Trâm; Ảnh: Hữu Lộc", ["Ngọc Trâm"], "Hữu Lộc"),
    ("Bài - ảnh: Mai Anh", ["Mai Anh"], None),
    ("Bài và ảnh: Mai Anh", ["Mai Anh"], None),
])
def test_a_photo_credit_after_the_names_is_the_photo_credit(
        line: str, authors: list[str], photo: str | None) -> None:
    byline = parse_byline([line])
    assert (byline.authors, byline.photo_credit, byline.raw) == (authors, photo, line)


@pytest.mark.parametrize(("byline", "is_index"), [("", True), ("<p><b>Mai Anh</b></p>", False)])
def test_a_thin_page_over_document_links_is_an_index(byline: str, is_index: bool) -> None:
    pages = "".join(f'<li><a href="/bao-in/2025/06/07/trang-{n}.pdf">Trang {n}</a></li>'
                    for n in range(1, 5))
    prose = ("Số báo hôm nay gồm tám trang với nhiều tin bài về hoạt động của tỉnh, trong đó "
             "có hội nghị Ban Chấp hành Đảng bộ tỉnh và mùa thu hoạch quế. ")
    page = ('<html><head><meta property="og:type" content="article">'
            '<meta property="article:published_time" content="2025-06-07T04:00:00+07:00">'
            "</head><body><main><h1>Báo Thử số 6128 ra ngày 7 tháng 6</h1>"
            f"<div class='toc'><p>{prose * 2}</p><p>{prose}</p>{byline}</div>"
            f"<ul class='pages'>{pages}</ul></main></body></html>").encode()
    url = "https://baothu.vn/bao-in/so-6128.html"
    if is_index:
        with pytest.raises(NotAnArticle, match="document links"):
            extract_article(page, url)
    else:
        assert extract_article(page, url).authors == ["Mai Anh"]


@pytest.mark.parametrize(("line", "authors"), [
    ("Hoàng Nam (thực hiện)", ["Hoàng Nam"]), ("THU HÀ (tổng hợp)", ["THU HÀ"]),
    ("Mai Anh - Hoàng Long (lược dịch)", ["Mai Anh", "Hoàng Long"]),
    ("Lê Phong (CTV)", ["Lê Phong"]),
])
def test_a_role_note_after_the_names_is_dropped(line: str, authors: list[str]) -> None:
    assert looks_like_credit(line)
    assert parse_byline([line]).authors == authors


@pytest.mark.parametrize(("line", "source"), [
    ("(Theo Báo Nam Định cũ)", "Báo Nam Định"), ("Theo Báo Hà Tây (cũ)", "Báo Hà Tây"),
    ("Nguồn: Báo Cũ Mới", "Báo Cũ Mới"),
])
def test_a_merged_province_s_former_paper_is_credited_by_its_name(line: str,
                                                                  source: str) -> None:
    assert parse_byline([line]).source == source


@pytest.mark.parametrize(("credit", "is_article"), [
    ('<p style="text-align: right;"><strong>T.H</strong></p>', True), ("", False)])
def test_a_signed_dated_one_paragraph_brief_is_an_article(credit: str,
                                                          is_article: bool) -> None:
    text = ("Sáng 15-6, Tỉnh đoàn tổ chức lễ ra quân Chiến dịch Thanh niên tình nguyện hè "
            "năm 2025 tại xã Thạnh Phú. Dịp này, đoàn viên, thanh niên làm mới 2 km đường "
            "giao thông nông thôn, trao 50 suất quà cho học sinh nghèo và tặng 20 bồn chứa nước "
            "ngọt cho hộ dân vùng hạn mặn.")
    page = (f"<html><body><h1>Ra quân Chiến dịch Thanh niên tình nguyện hè</h1>"
            f"<div class='text'><p>{text}</p>{credit}</div></body></html>").encode()
    url = "https://baothu.vn/tin-tuc/2025/06/15/ra-quan-chien-dich"
    if is_article:
        assert extract_article(page, url).authors == ["T.H"]
    else:
        with pytest.raises(NotAnArticle):
            extract_article(page, url)


@pytest.mark.parametrize(("lines", "authors"), [
    (["Tác giả: Ngô Huyền Trang", "Xem tất cả bài viết →"], ["Ngô Huyền Trang"]),
    (["PV"], ["PV"]), (["BBT"], []), (["admin"], []),
])
def test_authors_are_names_or_initials_as_written(lines: list[str], authors: list[str]) -> None:
    assert parse_byline(lines).authors == authors


@pytest.mark.parametrize(("heading", "is_article"), [
    ('<h2><a href="/anh/mua-ca-phe-tro-bong-240917/">Mùa cà phê trổ bông trên cao nguyên</a>'
     "</h2>", False),
    ("<h2>Mùa cà phê trổ bông trên cao nguyên</h2>", True),
])
def test_a_short_unsigned_text_under_a_link_heading_is_a_teaser(heading: str,
                                                                is_article: bool) -> None:
    prose = ("Những ngày này, hơn 140.000 ha cà phê trên địa bàn tỉnh đồng loạt trổ bông trắng "
             "xóa, tỏa hương thơm ngát khắp các nương rẫy của đồng bào. ")
    page = ('<html><head><meta property="og:type" content="article">'
            '<meta property="article:published_time" content="2025-06-21T08:00:00+07:00">'
            f"</head><body><h1>Phóng sự ảnh</h1><div class='featured'>{heading}"
            f"<p>{prose * 3}</p></div></body></html>").encode()
    url = "https://baothu.vn/anh/"
    if is_article:
        assert "Những ngày này" in extract_article(page, url).body
    else:
        with pytest.raises(NotAnArticle, match="under a link"):
            extract_article(page, url)


def test_document_links_of_a_sidebar_do_not_make_an_index() -> None:
    links = "".join(f'<li><a href="/van-ban/qd-{n}.pdf">Quyết định số {n}</a></li>'
                    for n in range(1, 6))
    prose = ("UBND tỉnh vừa ban hành kế hoạch triển khai chương trình chuyển đổi số trong các "
             "cơ quan hành chính nhà nước, với mục tiêu đến cuối năm hoàn thành số hóa hồ sơ. ")
    page = ("<html><body><main><h1>Tỉnh ban hành kế hoạch chuyển đổi số năm 2025</h1>"
            f"<div class='detail'><p>{prose * 2}</p><p>{prose}</p></div></main>"
            f"<aside><h3>Văn bản mới</h3><ul>{links}</ul></aside></body></html>").encode()
    article = extract_article(page, "https://baothu.vn/2025/06/07/ke-hoach-chuyen-doi-so.html")
    assert article.body.startswith("UBND tỉnh")


def test_generic_selectors_follow_a_profile_s_own() -> None:
    """A redesign: the outlet's byline selector finds nothing, the conventions still do."""
    profile = with_generic_fallbacks(get_profile("baolaocai"))
    own = get_profile("baolaocai").selectors.byline
    assert profile.selectors.byline[:len(own)] == own
    assert ".article-author" in profile.selectors.byline[len(own):]


def test_a_short_unsigned_page_of_fragments_under_a_lead_is_no_article() -> None:
    lead = ("Bạn đánh giá thế nào về dịch vụ công trực tuyến tại xã, phường sau khi sắp xếp "
            "lại đơn vị hành chính? Kết quả bình chọn của bạn đọc như sau.")
    options = "".join(f"<tr><td>Phương án {n}: hài lòng với thời gian giải quyết hồ sơ</td>"
                      f"<td>{n * 11}%</td></tr>" for n in range(1, 7))
    page = ('<html><head><meta property="og:type" content="article">'
            '<meta property="article:published_time" content="2025-07-08T08:00:00+07:00">'
            f"</head><body><h1>Kết quả bình chọn tháng 7</h1><div class='poll'>"
            f"<p class='sapo'>{lead}</p><table>{options}</table></div></body></html>").encode()
    with pytest.raises(NotAnArticle, match="prose"):
        extract_article(page, "https://baothu.vn/binh-chon/ket-qua-12.html")


def test_a_reporting_team_is_credited_as_written() -> None:
    assert looks_like_credit("Nhóm phóng viên")
    assert parse_byline(["Nhóm phóng viên", "Theo TTXVN"]).authors == ["Nhóm phóng viên"]


@pytest.mark.parametrize(("line", "authors", "source"), [
    ("Hải Vân (Theo Reuters)", ["Hải Vân"], "Reuters"),
    ("Mai Anh (Nguồn: AFP)", ["Mai Anh"], "AFP"),
    ("Trần Quang Vinh (Bảo tàng tỉnh)", ["Trần Quang Vinh"], None),
])
def test_a_parenthesis_after_the_names_is_a_source_or_a_note(
        line: str, authors: list[str], source: str | None) -> None:
    assert looks_like_credit(line)
    byline = parse_byline([line])
    assert (byline.authors, byline.source) == (authors, source)


def test_a_work_note_line_after_the_byline_is_no_source() -> None:
    assert looks_like_credit("(Tổng hợp)")
    byline = parse_byline(["TRẦN HÀ - NGỌC LAN", "(Tổng hợp)"])
    assert (byline.authors, byline.source) == (["TRẦN HÀ", "NGỌC LAN"], None)
