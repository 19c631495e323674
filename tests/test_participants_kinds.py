"""Participants, kind by kind: lists sharing roles and titles, names no surname list knows,
traps, titles and name keys. Every sentence is invented for the test."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from newsarchive.participants import find_participants, name_key


@dataclass(frozen=True)
class Person:
    name: str
    titles: tuple[str, ...]
    roles: tuple[str, ...] = ()


def _people(text: str | list[str]) -> list[Person]:
    return [Person(p.name, tuple(p.titles), tuple(p.roles)) for p in find_participants(text)]


def _check(cases: dict[str, tuple[str | list[str], list[Person]]], case: str) -> None:
    text, expected = cases[case]
    assert _people(text) == expected


LISTS: dict[str, tuple[str | list[str], list[Person]]] = {
    "a fronted verb reaches a nested sub-list": (
        "Tới dự có các đồng chí: Lầu Văn Sáng, Phó Bí thư Tỉnh ủy; Hà Thị Nguyệt, Phó Chủ "
        "tịch UBND tỉnh; các đồng chí nguyên lãnh đạo tỉnh qua các thời kỳ gồm: Cầm Văn Lợi, "
        "nguyên Bí thư Tỉnh ủy; Đinh Công Sử, nguyên Chủ tịch HĐND tỉnh.",
        [
            Person("Lầu Văn Sáng", ("Phó Bí thư Tỉnh ủy",), ("dự",)),
            Person("Hà Thị Nguyệt", ("Phó Chủ tịch UBND tỉnh",), ("dự",)),
            Person("Cầm Văn Lợi", ("nguyên Bí thư Tỉnh ủy",), ("dự",)),
            Person("Đinh Công Sử", ("nguyên Chủ tịch HĐND tỉnh",), ("dự",)),
        ],
    ),
    "a sub-list opened by a colon alone": (
        "Đến dự có đồng chí Vũ Văn Khang, Phó Bí thư Tỉnh ủy; các đồng chí trong Ban Thường "
        "vụ Tỉnh ủy: Lê Thị Bé, Trưởng Ban Dân vận Tỉnh ủy; Hồ Văn Út, Trưởng Ban Nội chính "
        "Tỉnh ủy.",
        [
            Person("Vũ Văn Khang", ("Phó Bí thư Tỉnh ủy",), ("dự",)),
            Person("Lê Thị Bé", ("Trưởng Ban Dân vận Tỉnh ủy",), ("dự",)),
            Person("Hồ Văn Út", ("Trưởng Ban Nội chính Tỉnh ủy",), ("dự",)),
        ],
    ),
    "a verb after a list reaches every member": (
        "Các đồng chí Đinh Văn Phú, Giám đốc Sở Nội vụ; Lục Thị Thơm, Giám đốc Sở Tư pháp cùng dự.",
        [
            Person("Đinh Văn Phú", ("Giám đốc Sở Nội vụ",), ("dự",)),
            Person("Lục Thị Thơm", ("Giám đốc Sở Tư pháp",), ("dự",)),
        ],
    ),
    "subjects before 'đồng chủ trì', the last without a title of its own": (
        "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Vi Văn Tạo và các Phó Chủ tịch UBND tỉnh Lục "
        "Thị Hoa, Nông Quốc Bảo đồng chủ trì buổi làm việc.",
        [
            Person("Vi Văn Tạo", ("Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"), ("đồng chủ trì",)),
            Person("Lục Thị Hoa", ("Phó Chủ tịch UBND tỉnh",), ("đồng chủ trì",)),
            Person("Nông Quốc Bảo", ("Phó Chủ tịch UBND tỉnh",), ("đồng chủ trì",)),
        ],
    ),
    "a plural title after 'cùng', and a number before one": (
        "Giám đốc Sở Y tế Bạch Văn Hòa cùng các Phó Giám đốc Sở Tô Thị Mến, Khổng Văn Lý dự "
        "họp. Bí thư Huyện ủy Ngô Văn Bình và hai Phó Bí thư Huyện ủy Trần Thị Lan, Lâm Văn "
        "Đức chủ trì hội nghị.",
        [
            Person("Bạch Văn Hòa", ("Giám đốc Sở Y tế",), ("dự",)),
            Person("Tô Thị Mến", ("Phó Giám đốc Sở",), ("dự",)),
            Person("Khổng Văn Lý", ("Phó Giám đốc Sở",), ("dự",)),
            Person("Ngô Văn Bình", ("Bí thư Huyện ủy",), ("chủ trì",)),
            Person("Trần Thị Lan", ("Phó Bí thư Huyện ủy",), ("chủ trì",)),
            Person("Lâm Văn Đức", ("Phó Bí thư Huyện ủy",), ("chủ trì",)),
        ],
    ),
    "a name after its titles and a dash": (
        "Phát biểu khai mạc, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy - "
        "Đặng Thị Hoa nhấn mạnh vai trò của báo chí. Tỉnh ủy viên, Bí thư Huyện ủy – Lò Văn "
        "Hặc thay mặt Ban Thường vụ trao quà.",
        [
            Person(
                "Đặng Thị Hoa",
                ("Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo Tỉnh ủy"),
                ("phát biểu", "khai mạc", "nhấn mạnh"),
            ),
            Person("Lò Văn Hặc", ("Tỉnh ủy viên", "Bí thư Huyện ủy"), ("trao",)),
        ],
    ),
    "a counted group title before 'gồm:'": (
        "Cùng dự có 3 phó giám đốc Sở gồm: Phùng Thị Lan, Quan Văn Tiến, Hầu Thị Dung.",
        [
            Person("Phùng Thị Lan", ("phó giám đốc Sở",), ("dự",)),
            Person("Quan Văn Tiến", ("phó giám đốc Sở",), ("dự",)),
            Person("Hầu Thị Dung", ("phó giám đốc Sở",), ("dự",)),
        ],
    ),
    "a counted group title before 'là'": (
        "Tham dự còn có hai phó chủ tịch UBND huyện là Mông Văn Thành và Sầm Thị Ly; Giám đốc "
        "Sở Xây dựng Kiều Văn Cảnh.",
        [
            Person("Mông Văn Thành", ("phó chủ tịch UBND huyện",), ("tham dự",)),
            Person("Sầm Thị Ly", ("phó chủ tịch UBND huyện",), ("tham dự",)),
            Person("Kiều Văn Cảnh", ("Giám đốc Sở Xây dựng",), ("tham dự",)),
        ],
    ),
    "a verbless sentence goes on with the list before it": (
        "Dự lễ có đồng chí Bế Xuân Trường, Bí thư Tỉnh ủy. Các Tỉnh ủy viên: Lục Văn Hòa, "
        "Giám đốc Sở Nội vụ; Nông Thị Mai, Giám đốc Sở Tài chính.",
        [
            Person("Bế Xuân Trường", ("Bí thư Tỉnh ủy",), ("dự",)),
            Person("Lục Văn Hòa", ("Tỉnh ủy viên", "Giám đốc Sở Nội vụ"), ("dự",)),
            Person("Nông Thị Mai", ("Tỉnh ủy viên", "Giám đốc Sở Tài chính"), ("dự",)),
        ],
    ),
    "a verbless list in a new paragraph carries nothing over": (
        [
            "Dự lễ có đồng chí Bế Xuân Trường, Bí thư Tỉnh ủy.",
            "Các Tỉnh ủy viên: Lục Văn Hòa, Giám đốc Sở Nội vụ.",
        ],
        [
            Person("Bế Xuân Trường", ("Bí thư Tỉnh ủy",), ("dự",)),
            Person("Lục Văn Hòa", ("Tỉnh ủy viên", "Giám đốc Sở Nội vụ")),
        ],
    ),
    "'về phía … có' inside a list keeps the list's verb": (
        "Dự hội nghị về phía Trung ương có đồng chí Lê Văn Ánh, Thứ trưởng Bộ Nội vụ; về phía "
        "tỉnh có đồng chí Trần Văn Bảy, Phó Chủ tịch UBND tỉnh; Hồ Thị Cúc, Giám đốc Sở Nội vụ.",
        [
            Person("Lê Văn Ánh", ("Thứ trưởng Bộ Nội vụ",), ("dự",)),
            Person("Trần Văn Bảy", ("Phó Chủ tịch UBND tỉnh",), ("dự",)),
            Person("Hồ Thị Cúc", ("Giám đốc Sở Nội vụ",), ("dự",)),
        ],
    ),
    "companions after 'và', an aside in brackets before the titles": (
        "Đồng chí Lê Văn Ánh, Bí thư Tỉnh ủy (giữa) và các đại biểu cắt băng khánh thành. Ông "
        "Vừ A Bằng (SN 1970), Trưởng bản Huổi Só cho biết.",
        [
            Person("Lê Văn Ánh", ("Bí thư Tỉnh ủy",), ("cắt băng", "khánh thành")),
            Person("Vừ A Bằng", ("Trưởng bản Huổi Só",), ("cho biết",)),
        ],
    ),
    "'Cùng đi có' states no role": (
        "Cùng đi có đồng chí Giàng A Chu, Phó Chủ tịch UBND tỉnh.",
        [Person("Giàng A Chu", ("Phó Chủ tịch UBND tỉnh",))],
    ),
    "an office before a colon opens a list without 'các'; a list ends where the next opens": (
        "Cùng dự có Phó Chủ tịch UBND tỉnh: Nguyễn Văn Kiệt, Rơ Châm Hlun. Tham dự có Phó Bí thư "
        "Tỉnh ủy: Kim Văn Sáng và Huỳnh Minh Lợi; các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: "
        "Thạch Chanh Đa, Lý Thị Mỹ Hạnh.",
        [
            Person("Nguyễn Văn Kiệt", ("Phó Chủ tịch UBND tỉnh",), ("dự",)),
            Person("Rơ Châm Hlun", ("Phó Chủ tịch UBND tỉnh",), ("dự",)),
            Person("Kim Văn Sáng", ("Phó Bí thư Tỉnh ủy",), ("tham dự",)),
            Person("Huỳnh Minh Lợi", ("Phó Bí thư Tỉnh ủy",), ("tham dự",)),
            Person("Thạch Chanh Đa", ("Ủy viên Ban Thường vụ Tỉnh ủy",), ("tham dự",)),
            Person("Lý Thị Mỹ Hạnh", ("Ủy viên Ban Thường vụ Tỉnh ủy",), ("tham dự",)),
        ],
    ),
}

NAMES: dict[str, tuple[str | list[str], list[Person]]] = {
    "Hmong and Khmer names after an office or an honorific": (
        "Chủ tịch UBND huyện Thào Seo Lử phát biểu tại buổi lễ. Ông Thạch Sô Phane, Chủ tịch "
        "UBND xã cho biết.",
        [
            Person("Thào Seo Lử", ("Chủ tịch UBND huyện",), ("phát biểu",)),
            Person("Thạch Sô Phane", ("Chủ tịch UBND xã",), ("cho biết",)),
        ],
    ),
    "a hyphenated Latin given name; a hyphen before an office or a place splits": (
        "Đại sứ Anne-Marie Dubois, Phó Chủ tịch UBND tỉnh Bà Rịa-Vũng Tàu Hồ Văn Niên-Ủy "
        "viên Ban Thường vụ Tỉnh ủy dự.",
        [
            Person("Anne-Marie Dubois", ("Đại sứ",), ("dự",)),
            Person(
                "Hồ Văn Niên",
                ("Phó Chủ tịch UBND tỉnh Bà Rịa-Vũng Tàu", "Ủy viên Ban Thường vụ Tỉnh ủy"),
                ("dự",),
            ),
        ],
    ),
    "an unknown surname with a middle name only people have": (
        "Chủ tịch UBND xã Sồng A Tủa cho biết. Chủ tịch UBND xã Tân Phú Đông cũng cho biết.",
        [Person("Sồng A Tủa", ("Chủ tịch UBND xã",), ("cho biết",))],
    ),
    "Ê Đê names: five syllables, and an apostrophe": (
        "Phó Chủ tịch UBND tỉnh Y Giang Gry Niê Knơng, Phó Chủ tịch UBND tỉnh H'Yim Kđoh "
        "đồng chủ trì.",
        [
            Person("Y Giang Gry Niê Knơng", ("Phó Chủ tịch UBND tỉnh",), ("đồng chủ trì",)),
            Person("H'Yim Kđoh", ("Phó Chủ tịch UBND tỉnh",), ("đồng chủ trì",)),
        ],
    ),
    "a commune whose name ends where a province's begins": (
        "Chủ tịch UBND xã Tân Hải Dương Văn Khoa cho biết.",
        [Person("Dương Văn Khoa", ("Chủ tịch UBND xã Tân Hải",), ("cho biết",))],
    ),
    "a Highland district before a name stays in the title": (
        "Phó Chủ tịch UBND huyện Krông Pắc Y Khâm Ayun trao quà.",
        [Person("Y Khâm Ayun", ("Phó Chủ tịch UBND huyện Krông Pắc",), ("trao",))],
    ),
    "Lao names in hyphenated transliteration": (
        "Thủ tướng Lào Phôm-ma Xay-nha-vông hội kiến Chủ tịch UBND tỉnh Hoàng Văn Nhân. "
        "Ngài Khăm-phấu Ẻn-thạ-vông, Đại sứ Lào tại Việt Nam chúc mừng.",
        [
            Person("Phôm-ma Xay-nha-vông", ("Thủ tướng Lào",), ("hội kiến",)),
            Person("Hoàng Văn Nhân", ("Chủ tịch UBND tỉnh",)),
            Person("Khăm-phấu Ẻn-thạ-vông", ("Đại sứ Lào tại Việt Nam",), ("chúc mừng",)),
        ],
    ),
    "a name no surname list knows, after a country that ends the office": (
        "Chủ tịch Trung Quốc Tập Cận Bình hội đàm với đoàn.",
        [Person("Tập Cận Bình", ("Chủ tịch Trung Quốc",), ("hội đàm",))],
    ),
    "Japanese and Korean names after an office ending in a place": (
        "Đại sứ Nhật Bản tại Việt Nam Sato Kenji phát biểu. Tổng Lãnh sự Hàn Quốc tại Đà Nẵng "
        "Park Hye Yeon dự lễ.",
        [
            Person("Sato Kenji", ("Đại sứ Nhật Bản tại Việt Nam",), ("phát biểu",)),
            Person("Park Hye Yeon", ("Tổng Lãnh sự Hàn Quốc tại Đà Nẵng",), ("dự",)),
        ],
    ),
    "Central Highlands names opening with A, or Siu, after a rank": (
        "Trung tá A Khiêm, Phó Trưởng Công an huyện cho biết. Thiếu tá Siu Lơi, Đội trưởng "
        "Đội Cảnh sát giao thông kiểm tra hiện trường.",
        [
            Person("A Khiêm", ("Trung tá", "Phó Trưởng Công an huyện"), ("cho biết",)),
            Person("Siu Lơi", ("Thiếu tá", "Đội trưởng Đội Cảnh sát giao thông"),
                   ("kiểm tra",)),
        ],
    ),
    "K'Ho names written in one word, after an honorific, in a list, after an office": (
        "Dự có các đồng chí: K'Dũng, Trưởng Ban Tuyên giáo Tỉnh ủy; Lê Văn Mạnh, Giám đốc Sở "
        "Nội vụ. Ông K'Thương, Chủ tịch UBND xã Lạc Xuân phát biểu. Bí thư Huyện ủy Đơn Dương "
        "K'Phin trao quà.",
        [
            Person("K'Dũng", ("Trưởng Ban Tuyên giáo Tỉnh ủy",), ("dự",)),
            Person("Lê Văn Mạnh", ("Giám đốc Sở Nội vụ",), ("dự",)),
            Person("K'Thương", ("Chủ tịch UBND xã Lạc Xuân",), ("phát biểu",)),
            Person("K'Phin", ("Bí thư Huyện ủy Đơn Dương",), ("trao",)),
        ],
    ),
    "baptismal names before a bishop's and a priest's own": (
        "Tiếp đoàn có Giám mục Phaolô Lê Văn Khải, Giám mục Giáo phận Long Xuyên và Linh mục "
        "Vinh Sơn Đỗ Minh Tâm, Quản hạt Nha Trang.",
        [
            Person("Phaolô Lê Văn Khải", ("Giám mục", "Giám mục Giáo phận Long Xuyên"),
                   ("tiếp",)),
            Person("Vinh Sơn Đỗ Minh Tâm", ("Linh mục", "Quản hạt Nha Trang"), ("tiếp",)),
        ],
    ),
    "a commune's name opening with a surname and Văn, then a name with Thị": (
        "Bí thư Đảng ủy xã Đồng Văn Thào Thị Sinh trao quà cho học sinh.",
        [Person("Thào Thị Sinh", ("Bí thư Đảng ủy xã Đồng Văn",), ("trao",))],
    ),
    "a bank's branch after its brand, before and after the name": (
        "Bà Trịnh Thu Hà, Giám đốc Agribank Chi nhánh Bạc Liêu cho biết. Giám đốc BIDV Chi "
        "nhánh Bến Tre Phạm Quốc Bảo phát biểu.",
        [
            Person("Trịnh Thu Hà", ("Giám đốc Agribank Chi nhánh Bạc Liêu",), ("cho biết",)),
            Person("Phạm Quốc Bảo", ("Giám đốc BIDV Chi nhánh Bến Tre",), ("phát biểu",)),
        ],
    ),
    "the people's name K'Ho, a place and a unit's letter A, and a name like a country": (
        "Trưởng thôn Bon Rơm, người K'Ho, ông Nguyễn Văn Hùng cho biết. Bác sĩ Lê Văn Bình, "
        "Giám đốc Trung tâm Y tế A Lưới cho biết. Bà Trần Thị Mai, Trưởng khoa A Bệnh viện Đa "
        "khoa tỉnh cho biết. Phó Giám đốc Sở Y tế Nguyễn Thị Hà Lan phát biểu.",
        [
            Person("Nguyễn Văn Hùng", ("Trưởng thôn Bon Rơm, người K'Ho",), ("cho biết",)),
            Person("Lê Văn Bình", ("Bác sĩ", "Giám đốc Trung tâm Y tế A Lưới"), ("cho biết",)),
            Person("Trần Thị Mai", ("Trưởng khoa A Bệnh viện Đa khoa tỉnh",), ("cho biết",)),
            Person("Nguyễn Thị Hà Lan", ("Phó Giám đốc Sở Y tế",), ("phát biểu",)),
        ],
    ),
    "a border post left unnamed before a commander's name": (
        "Đồn trưởng Đồn Biên phòng Nguyễn Văn Hùng cho biết, đơn vị đã tuần tra 15 lượt.",
        [Person("Nguyễn Văn Hùng", ("Đồn trưởng Đồn Biên phòng",), ("cho biết",))],
    ),
    "a firm's name ending with a country, before and after the name": (
        "Ông Kim Sung-min, Giám đốc Công ty TNHH Daesan Textile Việt Nam cho biết. Tổng Giám "
        "đốc Công ty Orion Vina Việt Nam Lee Jae-won phát biểu.",
        [
            Person("Kim Sung-min", ("Giám đốc Công ty TNHH Daesan Textile Việt Nam",),
                   ("cho biết",)),
            Person("Lee Jae-won", ("Tổng Giám đốc Công ty Orion Vina Việt Nam",),
                   ("phát biểu",)),
        ],
    ),
    "a kinship word opening the sentence and an office after a bare hyphen": (
        "Chị Rơ Châm H'Lan-giáo viên Trường Tiểu học Ia Dom chia sẻ, lớp học có 28 em. Em Y "
        "Bun-công nhân Nông trường Ia Phin cho biết thu nhập tăng.",
        [
            Person("Rơ Châm H'Lan", ("giáo viên Trường Tiểu học Ia Dom",), ("chia sẻ",)),
            Person("Y Bun", ("công nhân Nông trường Ia Phin",), ("cho biết",)),
        ],
    ),
    "a given name that opens an office with the next word stays a name": (
        "Chủ tịch UBND xã Nguyễn Văn Hòa giải thích thêm về tiến độ. Phó Giám đốc Sở Tư "
        "pháp Nguyễn Anh Thư ký kết biên bản. Phó Chủ tịch UBND huyện Lê Văn Công chứng kiến "
        "lễ ký. Bí thư Huyện ủy Lê Văn Thường trực tiếp kiểm tra công trình.",
        [
            Person("Nguyễn Văn Hòa", ("Chủ tịch UBND xã",)),
            Person("Nguyễn Anh Thư", ("Phó Giám đốc Sở Tư pháp",), ("ký kết",)),
            Person("Lê Văn Công", ("Phó Chủ tịch UBND huyện",), ("chứng kiến",)),
            Person("Lê Văn Thường", ("Bí thư Huyện ủy",), ("kiểm tra",)),
        ],
    ),
    "a caption's credit run into the next sentence without a stop ends at its name": (
        "Bà con nhận quà Tết. Ảnh: Thu Trang Báo cáo với đoàn, ông Hà Văn Lợi, Chủ tịch UBND "
        "xã cho biết xã có 500 suất quà. Ảnh: Minh Đức Ông Vi Văn Tuấn, Phó Giám đốc Sở Y "
        "tế phát biểu.",
        [
            Person("Hà Văn Lợi", ("Chủ tịch UBND xã",), ("báo cáo", "cho biết")),
            Person("Vi Văn Tuấn", ("Phó Giám đốc Sở Y tế",), ("phát biểu",)),
        ],
    ),
}

NOBODY: dict[str, str | list[str]] = {
    "a commemorated comrade, named again later with his old office": [
        "Tỉnh long trọng kỷ niệm 100 năm ngày sinh đồng chí Trịnh Văn Khải, nguyên Chủ tịch "
        "UBND tỉnh.",
        "Sinh thời, nguyên Chủ tịch UBND tỉnh Trịnh Văn Khải luôn gần dân.",
    ],
    "a memorial service": (
        "Lễ truy điệu đồng chí Vũ Văn Lương, nguyên Chủ tịch UBND tỉnh được tổ chức trọng thể."
    ),
    "a ward named after a historical figure": "Chủ tịch UBND phường Phạm Ngũ Lão cho biết.",
    "Highland districts after an office": (
        "Chủ tịch UBND huyện Krông Búk trả lời cử tri. Bí thư Huyện ủy Đắk Glong cho biết."
    ),
    "a newspaper's name written solid": "Trao đổi với phóng viên Báo Xanhmới, bà cho biết.",
    "a diocese and a bishop's house named after their place": (
        "Giáo phận Bùi Chu tổ chức lễ. Tòa Giám mục Bùi Chu cảm ơn chính quyền tỉnh."
    ),
    "a K'Ho district after 'huyện'": "Phó Chủ tịch UBND huyện K'Bang phát biểu tại hội nghị.",
    "a place opening with A after a body or a commune": [
        "Phó Bí thư Thường trực Huyện ủy A Lưới phát biểu tại hội nghị.",
        "Chủ tịch UBND xã A Mú Sung phát biểu tại buổi lễ.",
    ],
    "an anonymised defendant or driver, with an office or a job": (
        "Tài xế xe tải Nguyễn Văn K. khai nhận đã uống rượu. Bị cáo Trần Thị H., nguyên kế "
        "toán Công ty An Phú bị tuyên phạt 5 năm tù."
    ),
    "a border post's place after its noun": (
        "Cán bộ, chiến sĩ Đồn Biên phòng Lạc Hòa tuần tra, bảo vệ đường biên, cột mốc."
    ),
    "a place opening with A, then a name, after an office": (
        "Chủ tịch UBND huyện A Lưới Hồ Văn Tám trả lời cử tri."
    ),
    "elected, not yet holding the post": "Kỳ họp đã bầu ông Lê Văn Sinh giữ chức Phó Chủ tịch.",
}

TITLES: dict[str, tuple[str | list[str], list[Person]]] = {
    "a term of office in brackets, a victim and a trial witness": (
        "Dự có ông Hoàng Văn Chất (2010-2015), nguyên Bí thư Tỉnh ủy. Ông Vì Văn Thắng, Trưởng "
        "Công an xã cho biết, nạn nhân là ông Lường Văn Pọm, Trưởng bản Nà Hù. Tại phiên tòa, "
        "nhân chứng Trần Văn Bảy, nguyên Kế toán trưởng Công ty khai nhận sai phạm. Ông Nguyễn "
        "Văn Toàn, Giám đốc Agribank chi nhánh huyện huy động vốn đạt 500 tỷ đồng.",
        [
            Person("Hoàng Văn Chất", ("nguyên Bí thư Tỉnh ủy",), ("dự",)),
            Person("Vì Văn Thắng", ("Trưởng Công an xã",), ("cho biết",)),
            Person("Nguyễn Văn Toàn", ("Giám đốc Agribank chi nhánh huyện",), ("huy động",)),
        ],
    ),
    "offices of the arts, martial arts and faiths; a writer with a lifespan is remembered": (
        "Dự có võ sư Lê Văn Bình, Chủ nhiệm câu lạc bộ; nhà phê bình Trần Thị Hoa; Hòa thượng "
        "Thích Minh Tâm, Viện chủ chùa Từ Hiếu; Linh mục Giuse Vũ Văn Hòa, Tổng Đại diện Giáo "
        "phận. Hội thảo bàn về nhà văn Đinh Văn Khiêm (1941-2009).",
        [
            Person("Lê Văn Bình", ("võ sư", "Chủ nhiệm câu lạc bộ"), ("dự",)),
            Person("Trần Thị Hoa", ("nhà phê bình",), ("dự",)),
            Person("Thích Minh Tâm", ("Hòa thượng", "Viện chủ chùa Từ Hiếu"), ("dự",)),
            Person("Giuse Vũ Văn Hòa", ("Linh mục", "Tổng Đại diện Giáo phận"), ("dự",)),
        ],
    ),
    "a foreign name's other words yield to a Vietnamese given name": (
        "Ông Trần Văn Sang, Phó Chủ tịch UBND tỉnh tiếp ông Lee Sang Min, Tổng Giám đốc Công "
        "ty Hansol Vina. Ông Sang đề nghị công ty mở rộng sản xuất.",
        [
            Person("Trần Văn Sang", ("Phó Chủ tịch UBND tỉnh",), ("tiếp", "đề nghị")),
            Person("Lee Sang Min", ("Tổng Giám đốc Công ty Hansol Vina",)),
        ],
    ),
    "a defendant's given name stands for nobody else": (
        "Kiểm sát viên Nguyễn Văn Hùng thực hành quyền công tố. Bị cáo Trần Văn Hùng, nguyên "
        "Chủ tịch UBND xã, bị truy tố. Ông Hùng đề nghị được giảm nhẹ hình phạt.",
        [Person("Nguyễn Văn Hùng", ("Kiểm sát viên",), ("thực hành",))],
    ),
    "victims' associations and witnesses of history take part": (
        "Ông Cầm Văn Đôi, Chủ tịch Hội Nạn nhân chất độc da cam huyện phát biểu. Nhân chứng "
        "Thượng tá Phạm Văn Bổng, nguyên Chính trị viên Tiểu đoàn 186 chia sẻ kỷ niệm.",
        [
            Person("Cầm Văn Đôi", ("Chủ tịch Hội Nạn nhân chất độc da cam huyện",),
                   ("phát biểu",)),
            Person("Phạm Văn Bổng", ("Thượng tá", "nguyên Chính trị viên Tiểu đoàn 186"),
                   ("chia sẻ",)),
        ],
    ),
    "where an office holder is, a village head's name, 'và các khu phố trưởng'": (
        "Ông Hoàng Văn Sơn, Phó Chủ tịch UBND huyện ở thôn Khuổi Vầy cùng người dân. Trưởng "
        "xóm Hà Tuấn cho biết. Dự có ông Lê Văn Bảo, Chủ tịch UBND phường và các khu phố "
        "trưởng.",
        [
            Person("Hoàng Văn Sơn", ("Phó Chủ tịch UBND huyện",)),
            Person("Hà Tuấn", ("Trưởng xóm",), ("cho biết",)),
            Person("Lê Văn Bảo", ("Chủ tịch UBND phường",), ("dự",)),
        ],
    ),
    "a degree after a numbered item and a dash": (
        "Các báo cáo viên trình bày: Chuyên đề 1 - PGS.TS Trần Văn Dũng, Trường Đại học Vinh.",
        [Person("Trần Văn Dũng", ("PGS.TS",))],
    ),
    "a foreign name's short form may be its first or middle word": (
        "Đồng chí Lê Văn An, Bí thư Tỉnh ủy tiếp ông Khămphon Sitthivong, Tỉnh trưởng tỉnh "
        "Attapeu và ông Carlos Ruiz Ortega, Đại sứ Cuba. Tỉnh trưởng Khămphon cảm ơn tỉnh. "
        "Đại sứ Ruiz đề nghị tăng hợp tác.",
        [
            Person("Lê Văn An", ("Bí thư Tỉnh ủy",), ("tiếp",)),
            Person("Khămphon Sitthivong", ("Tỉnh trưởng tỉnh Attapeu", "Tỉnh trưởng"),
                   ("cảm ơn",)),
            Person("Carlos Ruiz Ortega", ("Đại sứ Cuba", "Đại sứ"), ("đề nghị",)),
        ],
    ),
    "offices of envoys, inspectors, coast guards, legal aid and firms": (
        "Dự có ông Kim Min Soo, Công sứ Đại sứ quán Hàn Quốc; ông Lưu Văn Nam, Phó Tổng Thanh "
        "tra Chính phủ; Thiếu tá Tô Văn Bình, Phó Hải đội trưởng Hải đội 2; bà Vy Thị Hằng, "
        "Trợ giúp viên pháp lý; bà Ngô Thu Hà, Phó Chủ tịch điều hành Tập đoàn Sao Mai; ông "
        "Võ Văn Nhân, Trưởng Ban Quản lý Khu kinh tế Dung Quất và các khu công nghiệp Quảng "
        "Ngãi.",
        [
            Person("Kim Min Soo", ("Công sứ Đại sứ quán Hàn Quốc",), ("dự",)),
            Person("Lưu Văn Nam", ("Phó Tổng Thanh tra Chính phủ",), ("dự",)),
            Person("Tô Văn Bình", ("Thiếu tá", "Phó Hải đội trưởng Hải đội 2"), ("dự",)),
            Person("Vy Thị Hằng", ("Trợ giúp viên pháp lý",), ("dự",)),
            Person("Ngô Thu Hà", ("Phó Chủ tịch điều hành Tập đoàn Sao Mai",), ("dự",)),
            Person("Võ Văn Nhân", ("Trưởng Ban Quản lý Khu kinh tế Dung Quất và các khu công "
                                   "nghiệp Quảng Ngãi",), ("dự",)),
        ],
    ),
    "a village where the person lives stays in the title": (
        "Phát biểu tại buổi gặp mặt, già làng Y Krăk Byă, người có uy tín ở buôn Ea Sô chia "
        "sẻ kinh nghiệm giữ rừng.",
        [Person("Y Krăk Byă", ("già làng", "người có uy tín ở buôn Ea Sô"),
                ("phát biểu", "chia sẻ"))],
    ),
    "a clause opening with 'người đã' ends the title": (
        "Anh Sùng A Lử, Bí thư Đoàn xã Pa Cang, người đã vận động thanh niên làm đường, nhận "
        "bằng khen.",
        [Person("Sùng A Lử", ("Bí thư Đoàn xã Pa Cang",))],
    ),
    "clergy offices of a diocese, a parish, a pagoda and a mosque": (
        "Dự lễ có Linh mục Phêrô Lê Văn Định, Chưởng ấn Tòa Giám mục; Linh mục Giuse Hà Văn "
        "Tâm, Quản xứ Cồn Thoi; Cả sư Thạch Sóc Khanh; ông Mohamad Ly, Hakim thánh đường An "
        "Nhơn.",
        [
            Person("Phêrô Lê Văn Định", ("Linh mục", "Chưởng ấn Tòa Giám mục"), ("dự",)),
            Person("Giuse Hà Văn Tâm", ("Linh mục", "Quản xứ Cồn Thoi"), ("dự",)),
            Person("Thạch Sóc Khanh", ("Cả sư",), ("dự",)),
            Person("Mohamad Ly", ("Hakim thánh đường An Nhơn",), ("dự",)),
        ],
    ),
    "'tiếp tục' and 'nghe' end what comes before a name": (
        "Đồng chí Lương Văn Quý, Bí thư Tỉnh ủy tiếp tục chủ trì phiên thảo luận. Sau đó, các "
        "đại biểu nghe đồng chí Tạ Văn Hòa, Phó Chủ tịch UBND tỉnh báo cáo.",
        [
            Person("Lương Văn Quý", ("Bí thư Tỉnh ủy",), ("chủ trì",)),
            Person("Tạ Văn Hòa", ("Phó Chủ tịch UBND tỉnh",), ("báo cáo",)),
        ],
    ),
    "an office before a country or a body is no short form": (
        "Ông Phạm Văn Đức, Phó Chủ tịch UBND tỉnh dự buổi làm việc. Đại sứ Đức cho biết nhiều "
        "doanh nghiệp muốn đầu tư. Ông Trần Văn Hội, Giám đốc Sở Nông nghiệp dự hội nghị. Chủ "
        "tịch Hội đã đề nghị các cấp hội đồng hành cùng nông dân.",
        [
            Person("Phạm Văn Đức", ("Phó Chủ tịch UBND tỉnh",), ("dự",)),
            Person("Trần Văn Hội", ("Giám đốc Sở Nông nghiệp",), ("dự",)),
        ],
    ),
    "a writer named like a place, an audiovisual centre, a questioned official": (
        "Đại tá, nhà văn Chu Lai phát biểu tại hội thảo. Bà Hà Thị Nguyệt, Giám đốc Trung tâm "
        "nghe nhìn tỉnh phát biểu. Trả lời chất vấn, ông Lê Văn Hùng, Giám đốc Sở Tài chính cho "
        "biết sẽ khắc phục.",
        [
            Person("Chu Lai", ("Đại tá", "nhà văn"), ("phát biểu",)),
            Person("Hà Thị Nguyệt", ("Giám đốc Trung tâm nghe nhìn tỉnh",), ("phát biểu",)),
            Person("Lê Văn Hùng", ("Giám đốc Sở Tài chính",), ("trả lời", "cho biết")),
        ],
    ),
    "a defendant and a witness with offices take no part; the court's officers do": (
        "Chủ tọa phiên tòa là Thẩm phán Lê Thị Hoa. Bị cáo Nguyễn Văn Sơn, nguyên Giám đốc Sở "
        "Xây dựng nhận hối lộ. Người làm chứng là ông Vũ Văn Tâm, cán bộ Sở Tài chính. Trạm "
        "nhận tin báo tàu cá TH 91234-TS của ông Lê Văn Dũng bị chết máy.",
        [Person("Lê Thị Hoa", ("Thẩm phán",), ("chủ tọa",))],
    ),
    "a teacher's honorific opening a sentence, an island district opening with Cô": (
        "Thầy A Xuân, giáo viên chủ nhiệm lớp 2A cho biết. Ông Lê Văn Hải, Chủ tịch UBND "
        "huyện Cô Tô kiểm tra công tác phòng bão.",
        [
            Person("A Xuân", ("giáo viên chủ nhiệm lớp 2A",), ("cho biết",)),
            Person("Lê Văn Hải", ("Chủ tịch UBND huyện Cô Tô",), ("kiểm tra",)),
        ],
    ),
    "'Phó Ban' and 'Phó phòng' are offices; sportspeople, actors, a person in charge": (
        "Ông Thạch Rô Tha, Phó Ban Quản trị chùa Kh'Leang phát biểu. Bà Lý Thị Hoa, Phó phòng "
        "Kế hoạch Sở Y tế dự. Vận động viên Đỗ Thị Ngân và diễn viên Vũ Hoàng Nam tham gia. "
        "Kỹ sư Trần Thị Hà, phụ trách phòng nuôi cấy mô giới thiệu quy trình.",
        [
            Person("Thạch Rô Tha", ("Phó Ban Quản trị chùa Kh'Leang",), ("phát biểu",)),
            Person("Lý Thị Hoa", ("Phó phòng Kế hoạch Sở Y tế",), ("dự",)),
            Person("Đỗ Thị Ngân", ("Vận động viên",), ("tham gia",)),
            Person("Vũ Hoàng Nam", ("diễn viên",), ("tham gia",)),
            Person("Trần Thị Hà", ("Kỹ sư", "phụ trách phòng nuôi cấy mô"), ("giới thiệu",)),
        ],
    ),
    "a post conferred before a comma is not the next person's": (
        "Đồng chí Lê Văn Tám, Bí thư Đảng ủy xã được bầu giữ chức Bí thư Đảng ủy xã nhiệm kỳ "
        "2025-2030, đồng chí Hà Thị Sen, Chủ tịch UBND xã được bầu giữ chức Phó Bí thư.",
        [
            Person("Lê Văn Tám", ("Bí thư Đảng ủy xã",)),
            Person("Hà Thị Sen", ("Chủ tịch UBND xã",)),
        ],
    ),
    "a race won after a note in parentheses": (
        "VĐV Rơ Mah Tuấn (xã Ia Grai) về nhất nội dung chạy 10.000 m nam.",
        [Person("Rơ Mah Tuấn", ("VĐV",), ("về nhất",))],
    ),
    "a driver, and a verb after 'đã đi'": (
        "Tài xế Vi Văn Toàn cho biết xe bị mất phanh. Phó Chủ tịch UBND xã Lê Văn Tâm đã đi "
        "kiểm tra hiện trường.",
        [
            Person("Vi Văn Toàn", ("Tài xế",), ("cho biết",)),
            Person("Lê Văn Tâm", ("Phó Chủ tịch UBND xã",), ("kiểm tra",)),
        ],
    ),
    "a village hall is no writer": (
        "Chiều 14/3, tại Nhà văn hóa thôn Tân Lập, ông Nguyễn Văn An, Chủ tịch UBND xã trao quà.",
        [Person("Nguyễn Văn An", ("Chủ tịch UBND xã",), ("trao",))],
    ),
    "an office before a short form, not before a body's name": (
        "Sáng 5/3, đồng chí Đỗ Minh Lâm, Chủ tịch UBND tỉnh làm việc với xã. Ông Hà Văn "
        "Hiệp, Chủ tịch Hiệp hội Doanh nghiệp tỉnh đề nghị hỗ trợ vốn. Dự có đồng chí Lò Văn "
        "Thành, Bí thư Thành ủy. Kết thúc buổi làm việc, Chủ tịch Lâm yêu cầu xã đẩy nhanh "
        "giải ngân.",
        [
            Person("Đỗ Minh Lâm", ("Chủ tịch UBND tỉnh", "Chủ tịch"), ("làm việc", "yêu cầu")),
            Person("Hà Văn Hiệp", ("Chủ tịch Hiệp hội Doanh nghiệp tỉnh",), ("đề nghị",)),
            Person("Lò Văn Thành", ("Bí thư Thành ủy",), ("dự",)),
        ],
    ),
    "religious ranks are titles": (
        "Hòa thượng Thích Thiện Tâm - Chủ tịch Hội đồng Trị sự chứng minh buổi lễ. Tiếp đoàn có "
        "Thượng tọa Thích Minh Trí, Trụ trì chùa Phước Huệ.",
        [
            Person("Thích Thiện Tâm", ("Hòa thượng", "Chủ tịch Hội đồng Trị sự"), ("chứng minh",)),
            Person("Thích Minh Trí", ("Thượng tọa", "Trụ trì chùa Phước Huệ"), ("tiếp",)),
        ],
    ),
    "an abbreviation before a name keeps its full stop; one ending a title does not": (
        "Dự lễ có ThS. Đặng Minh Khoa, Trưởng phòng Đào tạo; PGS.TS. Vi Thị Hoa, Hiệu trưởng "
        "nhà trường. Về phía thành phố có bà Lưu Thị Nga, Phó Chủ tịch UBND TP.",
        [
            Person("Đặng Minh Khoa", ("ThS.", "Trưởng phòng Đào tạo"), ("dự",)),
            Person("Vi Thị Hoa", ("PGS.TS.", "Hiệu trưởng nhà trường"), ("dự",)),
            Person("Lưu Thị Nga", ("Phó Chủ tịch UBND TP",)),
        ],
    ),
    "offices after an opener word ('có', 'và') start a chain before the name": (
        "Dự hội nghị có Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Lò Văn Mạnh và Phó Bí thư Tỉnh ủy, "
        "Chủ tịch UBND tỉnh Cầm Thị Hoa.",
        [
            Person("Lò Văn Mạnh", ("Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"), ("dự",)),
            Person("Cầm Thị Hoa", ("Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"), ("dự",)),
        ],
    ),
    "'làm chủ tọa' ends a title; 'Giám đốc điều hành' is one office": (
        "Bà Hồ Thị Mai, Phó Chánh án TAND tỉnh làm chủ tọa phiên tòa. Ông Kato Ren, Giám đốc "
        "điều hành Công ty Kato Foods cho biết. Giám đốc Sở Lê Văn An điều hành phiên họp.",
        [
            Person("Hồ Thị Mai", ("Phó Chánh án TAND tỉnh",), ("chủ tọa",)),
            Person("Kato Ren", ("Giám đốc điều hành Công ty Kato Foods",), ("cho biết",)),
            Person("Lê Văn An", ("Giám đốc Sở",), ("điều hành",)),
        ],
    ),
    "a clause before a comma and an honorific that only mentions a function": (
        "Giải trình ý kiến đại biểu, ông Phan Văn Lực, Giám đốc Sở Tài chính cho biết. Đại "
        "diện doanh nghiệp, ông Đỗ Văn Sơn, Phó Giám đốc Công ty May Hà Tiên phát biểu. Theo "
        "Giám đốc Sở Y tế, ông Lê Văn An, tỉnh đã hoàn thành kế hoạch.",
        [
            Person("Phan Văn Lực", ("Giám đốc Sở Tài chính",), ("giải trình", "cho biết")),
            Person("Đỗ Văn Sơn", ("Phó Giám đốc Công ty May Hà Tiên",), ("phát biểu",)),
            Person("Lê Văn An", ("Giám đốc Sở Y tế",)),
        ],
    ),
    "an office in lower case after 'là' before ', bà …' is hers": (
        "Hiện là phó giám đốc Sở Y tế tỉnh, bà Nguyễn Thị Hoa cho biết tỉnh đã chuẩn bị.",
        [Person("Nguyễn Thị Hoa", ("phó giám đốc Sở Y tế tỉnh",), ("cho biết",))],
    ),
    "a word ending like a verb inside a unit's name ('công trình', 'chương trình')": (
        "Phó Thủ tướng Lê Văn Minh, Trưởng Ban Chỉ đạo các công trình, dự án trọng điểm quốc "
        "gia dự lễ. Ông Hà Văn Tư, Phó Trưởng Ban Chỉ đạo các chương trình mục tiêu quốc gia "
        "tỉnh phát biểu.",
        [
            Person("Lê Văn Minh", ("Phó Thủ tướng",
                                   "Trưởng Ban Chỉ đạo các công trình, dự án trọng điểm quốc gia"),
                   ("dự",)),
            Person("Hà Văn Tư", ("Phó Trưởng Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh",),
                   ("phát biểu",)),
        ],
    ),
    "commas inside a unit's name": (
        "Phó Trưởng phòng Kinh tế, Hạ tầng và Đô thị thị xã Phạm Thị Vân trình bày.",
        [
            Person(
                "Phạm Thị Vân",
                ("Phó Trưởng phòng Kinh tế, Hạ tầng và Đô thị thị xã",),
                ("trình bày",),
            )
        ],
    ),
    "a post being conferred is not yet held; 'tân' is": (
        "Ông Trần Văn Hưng, Chánh Văn phòng UBND tỉnh, được bổ nhiệm giữ chức Phó Chủ tịch UBND "
        "tỉnh. Đồng chí Hà Thanh Tùng, Phó Bí thư Tỉnh ủy được bầu làm Chủ tịch HĐND tỉnh. Tân "
        "Chủ tịch UBND tỉnh Lê Ngọc Quang phát biểu nhận nhiệm vụ.",
        [
            Person("Trần Văn Hưng", ("Chánh Văn phòng UBND tỉnh",)),
            Person("Hà Thanh Tùng", ("Phó Bí thư Tỉnh ủy",)),
            Person("Lê Ngọc Quang", ("Tân Chủ tịch UBND tỉnh",), ("phát biểu",)),
        ],
    ),
    "an office someone acts for is not theirs; 'Ngoại giao' is no verb": (
        "Thừa ủy quyền của Chủ tịch nước, đồng chí Lê Văn Hòa, Phó Chủ tịch UBND tỉnh trao "
        "Huân chương. Bộ trưởng Bộ Ngoại giao Bùi Văn Sơn hội đàm với đoàn.",
        [
            Person("Lê Văn Hòa", ("Phó Chủ tịch UBND tỉnh",), ("trao",)),
            Person("Bùi Văn Sơn", ("Bộ trưởng Bộ Ngoại giao",), ("hội đàm",)),
        ],
    ),
    "abbreviated offices, and a two-syllable name right after one": (
        "PCT UBND tỉnh Nguyễn Văn Hải kiểm tra công trình. NSND Trần Hiếu, Chủ tịch Hội Nhạc sĩ "
        "tỉnh dự.",
        [
            Person("Nguyễn Văn Hải", ("PCT UBND tỉnh",), ("kiểm tra",)),
            Person("Trần Hiếu", ("NSND", "Chủ tịch Hội Nhạc sĩ tỉnh"), ("dự",)),
        ],
    ),
    "a rank ending an office before the name is a title of its own": (
        "Phó Giám đốc Công an tỉnh Thượng tá Trần Văn Long dẫn đầu đoàn kiểm tra.",
        [Person("Trần Văn Long", ("Phó Giám đốc Công an tỉnh", "Thượng tá"), ("dẫn đầu",))],
    ),
    "foreign offices": (
        "Thống đốc Ngân hàng Nhà nước Nguyễn Thị Hằng phát biểu. Đồng chí Phết-xa-mỏn "
        "Xay-nha-vông, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Luông Nặm Thà làm trưởng đoàn.",
        [
            Person("Nguyễn Thị Hằng", ("Thống đốc Ngân hàng Nhà nước",), ("phát biểu",)),
            Person(
                "Phết-xa-mỏn Xay-nha-vông",
                ("Bí thư Tỉnh ủy", "Tỉnh trưởng tỉnh Luông Nặm Thà"),
                ("trưởng đoàn",),
            ),
        ],
    ),
    "a title ends before ', và' and the next person": (
        "Dự lễ có bà Rơ Châm H'Lin, Chủ tịch Hội Nông dân xã Ia Dơk, và ông Nay Blếp, "
        "Trưởng thôn Plei Ring.",
        [
            Person("Rơ Châm H'Lin", ("Chủ tịch Hội Nông dân xã Ia Dơk",), ("dự",)),
            Person("Nay Blếp", ("Trưởng thôn Plei Ring",), ("dự",)),
        ],
    ),
    "a rank of two words is one title; 'vì' ends a title": (
        "Chuẩn Đô đốc Trần Văn Khải, Phó Tư lệnh Vùng 4 Hải quân làm trưởng đoàn. Ông Lê Hữu "
        "Tâm, Chủ tịch UBND phường Tân An vì bận công tác nên không dự.",
        [
            Person("Trần Văn Khải", ("Chuẩn Đô đốc", "Phó Tư lệnh Vùng 4 Hải quân"),
                   ("trưởng đoàn",)),
            Person("Lê Hữu Tâm", ("Chủ tịch UBND phường Tân An",)),
        ],
    ),
    "offices abroad and of other faiths; 'nông thôn mới' is a noun; GS.TSKH.": (
        "Ông Bun-mi Phôm-ma-chắc, Đô trưởng Thủ đô Viêng Chăn dự lễ. Ông Ha Sanh, Giáo cả "
        "Thánh đường Al-Ehsan cho biết. Bà Hà Thị Nga, Chánh Văn phòng Điều phối nông thôn "
        "mới tỉnh báo cáo. GS.TSKH. Đặng Văn Lâm trình bày tham luận.",
        [
            Person("Bun-mi Phôm-ma-chắc", ("Đô trưởng Thủ đô Viêng Chăn",), ("dự",)),
            Person("Ha Sanh", ("Giáo cả Thánh đường Al-Ehsan",), ("cho biết",)),
            Person("Hà Thị Nga", ("Chánh Văn phòng Điều phối nông thôn mới tỉnh",),
                   ("báo cáo",)),
            Person("Đặng Văn Lâm", ("GS.TSKH.",), ("trình bày",)),
        ],
    ),
    "a middle initial stays in a foreign name; a name cut to an initial is none": (
        "Bà Susan K. Miller, Trưởng đại diện tổ chức CARE tại Việt Nam phát biểu. Bị can "
        "Hoàng Văn T. khai nhận hành vi.",
        [Person("Susan K. Miller", ("Trưởng đại diện tổ chức CARE tại Việt Nam",),
                ("phát biểu",))],
    ),
    "'CT' is an office; 'tái đắc cử' ends a title; a province's 'Đồng' is no body": (
        "Đồng chí Ma Văn Tường, PBT Tỉnh ủy, CT HĐND tỉnh Lâm Đồng kiểm tra công tác bầu cử. "
        "Ông Lò Văn Hiền, Bí thư Huyện ủy tái đắc cử Bí thư Huyện ủy khóa mới.",
        [
            Person("Ma Văn Tường", ("PBT Tỉnh ủy", "CT HĐND tỉnh Lâm Đồng"), ("kiểm tra",)),
            Person("Lò Văn Hiền", ("Bí thư Huyện ủy",)),
        ],
    ),
    "'đắc cử', 'vì', lower-case 'chỉ huy' and 'CT' inside offices; a Vietnamese name's T.": (
        "Tổng thống đắc cử Mỹ Donald Trump điện đàm. Phó Chủ tịch Ủy ban Quốc gia vì sự tiến "
        "bộ của phụ nữ Việt Nam Nguyễn Thị Hà phát biểu. Trưởng ban chỉ huy phòng chống thiên "
        "tai huyện Lê Văn Hùng kiểm tra đê. Kết quả chụp CT Nguyễn Văn A ổn định. Người bị "
        "hại là anh Lê Minh T. Chủ tịch UBND xã Trần Văn Hòa cho biết.",
        [
            Person("Donald Trump", ("Tổng thống đắc cử Mỹ",)),
            Person("Nguyễn Thị Hà",
                   ("Phó Chủ tịch Ủy ban Quốc gia vì sự tiến bộ của phụ nữ Việt Nam",),
                   ("phát biểu",)),
            Person("Lê Văn Hùng", ("Trưởng ban chỉ huy phòng chống thiên tai huyện",),
                   ("kiểm tra",)),
            Person("Trần Văn Hòa", ("Chủ tịch UBND xã",), ("cho biết",)),
        ],
    ),
    "an office written inside a body's name is no person's name": (
        "Luật sư Trịnh Văn Khởi, thành viên Đoàn Luật sư tỉnh Nghệ An bào chữa cho bị cáo. "
        "Ông Lý Minh Tường, Phó Chủ tịch Hội Nhà báo tỉnh phát biểu.",
        [
            Person("Trịnh Văn Khởi", ("Luật sư", "thành viên Đoàn Luật sư tỉnh Nghệ An"),
                   ("bào chữa",)),
            Person("Lý Minh Tường", ("Phó Chủ tịch Hội Nhà báo tỉnh",), ("phát biểu",)),
        ],
    ),
    "'tối cao' is no time of day, and court mediators hold a title": (
        "Dự hội nghị có ông Mai Đức Vượng, Phó Viện trưởng VKSND tối cao. Hòa giải viên Cù "
        "Thị Loan, nguyên Thẩm phán TAND huyện chủ trì phiên hòa giải.",
        [
            Person("Mai Đức Vượng", ("Phó Viện trưởng VKSND tối cao",), ("dự",)),
            Person("Cù Thị Loan", ("Hòa giải viên", "nguyên Thẩm phán TAND huyện"),
                   ("chủ trì",)),
        ],
    ),
    "an office shared after 'và' is no title of one who holds another": (
        "Đại sứ Hàn Quốc tại Việt Nam Choi Young Sam đã đến thăm tỉnh. Sau buổi làm việc, "
        "ông Choi Young Sam và ông Đặng Xuân Phong, Bí thư Tỉnh ủy Lào Cai, đã trồng cây.",
        [
            Person("Choi Young Sam", ("Đại sứ Hàn Quốc tại Việt Nam",), ("thăm",)),
            Person("Đặng Xuân Phong", ("Bí thư Tỉnh ủy Lào Cai",)),
        ],
    ),
    "two people introduced alike and joined by 'và' share the office after them": (
        "Tham dự có bà Vi Thị Hằng và bà Lục Thu Trang, Phó Chủ tịch HĐND tỉnh; ông Hoàng "
        "Văn Đức, Giám đốc Sở Tài chính và ông Nông Văn Na, Phó Giám đốc Sở Xây dựng.",
        [
            Person("Vi Thị Hằng", ("Phó Chủ tịch HĐND tỉnh",), ("tham dự",)),
            Person("Lục Thu Trang", ("Phó Chủ tịch HĐND tỉnh",), ("tham dự",)),
            Person("Hoàng Văn Đức", ("Giám đốc Sở Tài chính",), ("tham dự",)),
            Person("Nông Văn Na", ("Phó Giám đốc Sở Xây dựng",), ("tham dự",)),
        ],
    ),
    "a word ending like a body's noun is none": (
        "Giám đốc Sở Nông nghiệp và Môi trường Lê Văn Tâm báo cáo tình hình hạn hán.",
        [Person("Lê Văn Tâm", ("Giám đốc Sở Nông nghiệp và Môi trường",), ("báo cáo",))],
    ),
    "'hy sinh' ends a title": (
        "Trung tá Lò Văn Sinh, Đồn trưởng Đồn Biên phòng Mường Toong cho biết, chiến sĩ của "
        "đồn đã hy sinh khi làm nhiệm vụ. Thượng úy Vì Văn Nam, nhân viên Đồn Biên phòng "
        "Huổi Puốc hy sinh khi truy bắt tội phạm.",
        [
            Person("Lò Văn Sinh", ("Trung tá", "Đồn trưởng Đồn Biên phòng Mường Toong"),
                   ("cho biết",)),
            Person("Vì Văn Nam", ("Thượng úy", "nhân viên Đồn Biên phòng Huổi Puốc")),
        ],
    ),
}

ROLES: dict[str, tuple[str | list[str], list[Person]]] = {
    "what artists and judges do on stage": (
        "NSƯT Lê Thị Mai, Phó Giám đốc Nhà hát đảm nhận vai chính. Anh Hồ Văn Tâm, diễn "
        "viên Nhà hát vào vai ông đồ. Nhạc sĩ Trần Văn Lực, Trưởng ban giám khảo nhận xét các "
        "tiết mục.",
        [
            Person("Lê Thị Mai", ("NSƯT", "Phó Giám đốc Nhà hát"), ("đảm nhận",)),
            Person("Hồ Văn Tâm", ("diễn viên Nhà hát",), ("vào vai",)),
            Person("Trần Văn Lực", ("Nhạc sĩ", "Trưởng ban giám khảo"), ("nhận xét",)),
        ],
    ),
    "mobilising and ordering at a rescue": (
        "Ông Giàng A Pao, Chủ tịch UBND xã đã huy động 80 người đến hiện trường. Đại tá Lò "
        "Văn Sơn, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh ra lệnh cơ động lực lượng.",
        [
            Person("Giàng A Pao", ("Chủ tịch UBND xã",), ("huy động",)),
            Person("Lò Văn Sơn", ("Đại tá", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"),
                   ("ra lệnh",)),
        ],
    ),
    "views, wishes and a speech given as roles": (
        "Bà Lò Thị Hoa, Chủ tịch HĐND xã thẳng thắn chỉ ra những hạn chế. Ông Vi Văn Sáng, "
        "Phó Chủ tịch UBND xã cho rằng cần thêm vốn. Tham luận tại hội nghị, ông Hà Văn Tự, "
        "Trưởng bản Nà Hin mong muốn được hỗ trợ giống.",
        [
            Person("Lò Thị Hoa", ("Chủ tịch HĐND xã",), ("chỉ ra",)),
            Person("Vi Văn Sáng", ("Phó Chủ tịch UBND xã",), ("cho rằng",)),
            Person("Hà Văn Tự", ("Trưởng bản Nà Hin",), ("tham luận", "mong muốn")),
        ],
    ),
    "'tiếp nhận' and 'tiếp thu' are verbs that end a title": (
        "Thiếu tá Lê Thị Hằng, Đội trưởng Đội Cảnh sát kinh tế, Công an huyện tiếp nhận đơn. "
        "Giám đốc Sở Xây dựng Đào Văn Tú tiếp thu ý kiến của cử tri. Bà Lê Thị Hoa, Trưởng "
        "Bộ phận tiếp nhận và trả kết quả huyện cho biết.",
        [
            Person("Lê Thị Hằng", ("Thiếu tá", "Đội trưởng Đội Cảnh sát kinh tế, Công an huyện"),
                   ("tiếp nhận",)),
            Person("Đào Văn Tú", ("Giám đốc Sở Xây dựng",), ("tiếp thu",)),
            Person("Lê Thị Hoa", ("Trưởng Bộ phận tiếp nhận và trả kết quả huyện",),
                   ("cho biết",)),
        ],
    ),
    "a later mention by the last two words of a name": (
        "Bà Lâm Thị Bé Tư, Chủ tịch Hội Nông dân xã cho biết kế hoạch. Cuối buổi, bà Bé Tư "
        "trao quà cho các hộ nghèo.",
        [Person("Lâm Thị Bé Tư", ("Chủ tịch Hội Nông dân xã",), ("cho biết", "trao"))],
    ),
    "verbs side by side or after a comma; 'trao tặng' is 'trao'": (
        "Phó Chủ tịch UBND tỉnh Nguyễn Thị Hạnh đã thăm hỏi, chúc Tết các gia đình. Bí thư Huyện "
        "ủy Đỗ Văn Quý trao tặng bằng khen. Phát biểu chỉ đạo, Giám đốc Sở Lê Đình Vũ đề nghị "
        "các đơn vị khẩn trương.",
        [
            Person("Nguyễn Thị Hạnh", ("Phó Chủ tịch UBND tỉnh",), ("thăm hỏi", "chúc Tết")),
            Person("Đỗ Văn Quý", ("Bí thư Huyện ủy",), ("trao",)),
            Person("Lê Đình Vũ", ("Giám đốc Sở",), ("phát biểu", "chỉ đạo", "đề nghị")),
        ],
    ),
    "'chỉ huy' is a verb, but not inside 'Bộ Chỉ huy' or 'Chỉ huy trưởng'": (
        "Thiếu tá Hà Văn Sáng, Đồn trưởng Đồn Biên phòng Bản Lầu chỉ huy lực lượng tuần tra. "
        "Đại tá Vũ Đình Lộc, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh dự.",
        [
            Person("Hà Văn Sáng", ("Thiếu tá", "Đồn trưởng Đồn Biên phòng Bản Lầu"),
                   ("chỉ huy",)),
            Person("Vũ Đình Lộc", ("Đại tá", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"), ("dự",)),
        ],
    ),
    "'khuyến cáo' and 'khen thưởng' are roles; a border gate's name is a place": (
        "Bà Lương Thị Hạnh, Phó Trưởng ban Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng cho biết. "
        "Ông Phan Văn Lực, Chi cục trưởng Chi cục Thú y khuyến cáo người dân tiêm phòng. "
        "Đại tá Võ Minh Tâm, Phó Giám đốc Công an tỉnh đã khen thưởng 12 cá nhân.",
        [
            Person("Lương Thị Hạnh",
                   ("Phó Trưởng ban Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng",), ("cho biết",)),
            Person("Phan Văn Lực", ("Chi cục trưởng Chi cục Thú y",), ("khuyến cáo",)),
            Person("Võ Minh Tâm", ("Đại tá", "Phó Giám đốc Công an tỉnh"), ("khen thưởng",)),
        ],
    ),
    "'ôn lại' is a role; a Chinese prefecture's head is an office": (
        "Đại tá Lê Văn Hùng, Giám đốc Công an tỉnh ôn lại truyền thống vẻ vang của lực lượng. "
        "Đoàn công tác châu tự trị Văn Sơn do ông Trương Tân Vũ, Phó Châu trưởng làm trưởng "
        "đoàn.",
        [
            Person("Lê Văn Hùng", ("Đại tá", "Giám đốc Công an tỉnh"), ("ôn lại",)),
            Person("Trương Tân Vũ", ("Phó Châu trưởng",), ("trưởng đoàn",)),
        ],
    ),
    "'đánh trống' opens a school year": (
        "Bí thư Đảng ủy xã Vàng Mí Dình đánh trống khai giảng năm học mới.",
        [Person("Vàng Mí Dình", ("Bí thư Đảng ủy xã",), ("đánh trống",))],
    ),
    "a council session's verbs: 'chất vấn', 'làm rõ', 'phản ánh'": (
        "Đại biểu Lò Văn Sinh chất vấn việc chậm giải ngân. Giám đốc Sở Tài chính Vũ Thị Hoa "
        "làm rõ nguyên nhân. Cử tri Hà Văn Nam, Trưởng thôn Nà Mò phản ánh đường xuống cấp.",
        [
            Person("Lò Văn Sinh", ("Đại biểu",), ("chất vấn",)),
            Person("Vũ Thị Hoa", ("Giám đốc Sở Tài chính",), ("làm rõ",)),
            Person("Hà Văn Nam", ("Trưởng thôn Nà Mò",), ("phản ánh",)),
        ],
    ),
    "open vocabulary: 'hướng dẫn', 'thừa nhận', 'kiến nghị', a prosecutor's 'thực hành'": (
        "Kỹ sư Hà Văn Lực, Trưởng Trạm Khuyến nông huyện hướng dẫn bà con ủ phân. Ông Lò Văn "
        "Tính, Chủ tịch UBND xã thừa nhận còn chậm. Bà Vi Thị Hảo, Trưởng thôn Nà Lẹng kiến "
        "nghị sửa đường. Kiểm sát viên VKSND huyện Triệu Đức Minh thực hành quyền công tố.",
        [
            Person("Hà Văn Lực", ("Kỹ sư", "Trưởng Trạm Khuyến nông huyện"), ("hướng dẫn",)),
            Person("Lò Văn Tính", ("Chủ tịch UBND xã",), ("thừa nhận",)),
            Person("Vi Thị Hảo", ("Trưởng thôn Nà Lẹng",), ("kiến nghị",)),
            Person("Triệu Đức Minh", ("Kiểm sát viên VKSND huyện",), ("thực hành",)),
        ],
    ),
    "a verb after a city whose name ends with a body's noun": (
        "Ông Đặng Văn Hải, Phó Chủ tịch UBND thành phố Hải Phòng kiểm tra bến cảng.",
        [Person("Đặng Văn Hải", ("Phó Chủ tịch UBND thành phố Hải Phòng",), ("kiểm tra",))],
    ),
    "open vocabulary: 'tham gia', 'hội kiến', 'tiếp xúc' after a body": (
        "Giám đốc Sở Công Thương Lê Văn Vũ tham gia đoàn công tác. Đại biểu Quốc hội Y Vinh "
        "Tơr, Phó Chủ nhiệm Ủy ban Dân tộc của Quốc hội tiếp xúc cử tri.",
        [
            Person("Lê Văn Vũ", ("Giám đốc Sở Công Thương",), ("tham gia",)),
            Person(
                "Y Vinh Tơr",
                ("Đại biểu Quốc hội", "Phó Chủ nhiệm Ủy ban Dân tộc của Quốc hội"),
                ("tiếp xúc",),
            ),
        ],
    ),
    "a courtesy call and a ceremony's rite": (
        "Thượng tá Kim Young-ho, Tùy viên Quốc phòng Hàn Quốc đến chào xã giao Bộ Chỉ huy "
        "Quân sự tỉnh. Bí thư Tỉnh ủy Hà Văn Toản và các đại biểu thực hiện nghi thức "
        "động thổ.",
        [
            Person("Kim Young-ho", ("Thượng tá", "Tùy viên Quốc phòng Hàn Quốc"),
                   ("chào xã giao",)),
            Person("Hà Văn Toản", ("Bí thư Tỉnh ủy",), ("thực hiện",)),
        ],
    ),
    "a verb after a companion or a sub-list joined by 'và' reaches the first person": (
        "Ông Lưu Văn Bình, Giám đốc Sở Nội vụ và bà Mã Thị Thơm phát biểu cảm ơn. Đồng chí "
        "Hứa Văn Sơn, Viện trưởng VKSND tỉnh và các Phó Viện trưởng: Tô Văn Hải, Đàm Thị "
        "Liên đồng chủ trì hội nghị.",
        [
            Person("Lưu Văn Bình", ("Giám đốc Sở Nội vụ",), ("phát biểu", "cảm ơn")),
            Person("Hứa Văn Sơn", ("Viện trưởng VKSND tỉnh",), ("đồng chủ trì",)),
            Person("Tô Văn Hải", ("Phó Viện trưởng",), ("đồng chủ trì",)),
            Person("Đàm Thị Liên", ("Phó Viện trưởng",), ("đồng chủ trì",)),
        ],
    ),
    "a feeling before the verb, and verbs of a council and a clinic": (
        "Bà Vàng Thị Dợ, Giám đốc Hợp tác xã chè Suối Giàng phấn khởi cho biết sản lượng "
        "tăng. Phó Chủ tịch UBND tỉnh Hà Quang Huy giải trình các ý kiến của cử tri. Thiếu "
        "úy Cầm Văn Tiến, y sĩ Đồn Biên phòng Huổi Lếch khám bệnh, cấp thuốc cho người dân.",
        [
            Person("Vàng Thị Dợ", ("Giám đốc Hợp tác xã chè Suối Giàng",), ("cho biết",)),
            Person("Hà Quang Huy", ("Phó Chủ tịch UBND tỉnh",), ("giải trình",)),
            Person("Cầm Văn Tiến", ("Thiếu úy", "y sĩ Đồn Biên phòng Huổi Lếch"),
                   ("khám", "cấp")),
        ],
    ),
    "a companion described after a comma acting together shares the verb": (
        "Ông Lê Văn Tâm, Bí thư Đảng ủy xã và bà Nguyễn Thị Hoa, vợ liệt sĩ Trần Văn Cường, "
        "cùng dâng hương tưởng niệm.",
        [Person("Lê Văn Tâm", ("Bí thư Đảng ủy xã",), ("dâng hương",))],
    ),
    "a companion described after a comma says her own verb": (
        "Tham dự có ông Lường Văn Khánh, Phó Bí thư Tỉnh ủy và bà Lò Thị Mai, mẹ liệt sĩ "
        "Lò Văn Sáng, chia sẻ về những năm tháng chiến tranh.",
        [Person("Lường Văn Khánh", ("Phó Bí thư Tỉnh ủy",), ("tham dự",))],
    ),
    "a clause naming what the person after 'là' did": (
        "Đại diện VKSND tỉnh thực hành quyền công tố tại phiên tòa là Kiểm sát viên Lò Thị "
        "Hoa. Tham gia buổi tiếp có hai Phó Chủ tịch UBND tỉnh là Mai Văn Tú và Lò Văn Dũng.",
        [
            Person("Lò Thị Hoa", ("Kiểm sát viên",), ("thực hành",)),
            Person("Mai Văn Tú", ("Phó Chủ tịch UBND tỉnh",), ("tham gia",)),
            Person("Lò Văn Dũng", ("Phó Chủ tịch UBND tỉnh",), ("tham gia",)),
        ],
    ),
}


@pytest.mark.parametrize("case", list(LISTS), ids=list(LISTS))
def test_lists(case: str) -> None:
    _check(LISTS, case)


@pytest.mark.parametrize("case", list(NAMES), ids=list(NAMES))
def test_names_no_surname_list_knows(case: str) -> None:
    _check(NAMES, case)


@pytest.mark.parametrize("case", list(NOBODY), ids=list(NOBODY))
def test_traps(case: str) -> None:
    assert find_participants(NOBODY[case]) == []


@pytest.mark.parametrize("case", list(TITLES), ids=list(TITLES))
def test_titles(case: str) -> None:
    _check(TITLES, case)


@pytest.mark.parametrize("case", list(ROLES), ids=list(ROLES))
def test_roles(case: str) -> None:
    _check(ROLES, case)


# Names from ../shared/corpus, each written as other articles write it.
KEY_VARIANTS: dict[str, list[str]] = {
    "trần đức quận": ["TRẦN ÐỨC QUẬN", "Trần Đức Quận", "trần  đức quận", "Trần Ðức Quận"],
    "lê thị ái nam": ["Lê Thị Ái Nam", "LÊ THỊ ÁI NAM", "Lê Thị Ái\u00a0Nam"],
    "nguyễn thị thuỷ": ["Nguyễn Thị Thủy", "Nguyễn Thị Thuỷ", "NGUYỄN THỊ THỦY"],
    "rah lan chung": ["Rah Lan Chung", "RAH LAN CHUNG", "Rah-Lan Chung"],
    "xon xay xi phan đon": ["Xon-xay Xi-phan-đon", "Xon xay Xi phan đon", "Xon – xay Xi-phan-đon"],
    "y thanh hà niê kđăm": ["Y Thanh Hà Niê Kđăm", "Y Thanh Hà Niê KĐăm", "Y Thanh Hà Niê Kđăm"],
    "h'yim kđoh": ["H'Yim Kđoh", "H’Yim Kđoh", "H' Yim Kđoh"],
    "hoàng thị hoà": ["Hoàng Thị Hòa", "Hoàng Thị Hoà", "HOÀNG THỊ HÒA"],
}


@pytest.mark.parametrize("key", list(KEY_VARIANTS))
def test_name_key_is_one_across_spellings(key: str) -> None:
    assert {name_key(variant) for variant in KEY_VARIANTS[key]} == {key}


def test_name_key_keeps_distinct_names_apart() -> None:
    assert name_key("Xonxay") != name_key("Xon-xay")  # solid: documented as its own key
    assert name_key("Nguyễn Văn Hùng") != name_key("Nguyễn Văn Hưng")


def test_one_person_written_two_ways_in_an_article_is_one_entry() -> None:
    text = [
        "Đồng chí H'Yim Kđoh, Phó Chủ tịch UBND tỉnh chủ trì hội nghị.",
        "Phó Chủ tịch UBND tỉnh H’Yim Kđoh trao bằng khen.",
    ]
    (person,) = find_participants(text)
    assert (person.name_key, person.mentions, person.roles) == (
        "h'yim kđoh",
        2,
        ["chủ trì", "trao"],
    )
