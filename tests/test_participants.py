"""Participants: invented sentences covering each way Vietnamese news names officials."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import pytest

from newsarchive.participants import find_participants
from newsarchive.text import fold


@dataclass(frozen=True)
class Person:
    name: str
    titles: tuple[str, ...]
    roles: tuple[str, ...] = ()
    honorific: str | None = None


COMRADE = "đồng chí"

CASES: dict[str, tuple[str, list[Person]]] = {
    "name then titles, a title with commas inside": (
        "Sáng 9/10, đồng chí Lường Văn Khiêm, Phó Bí thư Tỉnh ủy, Trưởng Ban Chỉ đạo phòng, "
        "chống tham nhũng, tiêu cực của tỉnh đã chủ trì cuộc họp.",
        [
            Person(
                "Lường Văn Khiêm",
                (
                    "Phó Bí thư Tỉnh ủy",
                    "Trưởng Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực của tỉnh",
                ),
                ("chủ trì",),
                COMRADE,
            )
        ],
    ),
    "a word on the person after the title": (
        "Trong số cán bộ nghỉ hưu có ông Lưu Văn Khải, nguyên Phó Chủ tịch UBND xã Hòa Hiệp, "
        "người có 28 năm công tác ở cơ sở; bà Lê Thị Ngọt, nguyên Chủ nhiệm Hợp tác xã Hòa "
        "Thành, người nhiều năm gắn bó với xã viên.",
        [
            Person("Lưu Văn Khải", ("nguyên Phó Chủ tịch UBND xã Hòa Hiệp",), (), "ông"),
            Person("Lê Thị Ngọt", ("nguyên Chủ nhiệm Hợp tác xã Hòa Thành",), (), "bà"),
        ],
    ),
    "a verb after two fronting words": (
        "Cùng đến viếng có ông Đào Văn Tiến, nguyên Bí thư Huyện ủy; bà Mai Thị Hiền, "
        "nguyên Giám đốc Sở Tư pháp.",
        [
            Person("Đào Văn Tiến", ("nguyên Bí thư Huyện ủy",), ("viếng",), "ông"),
            Person("Mai Thị Hiền", ("nguyên Giám đốc Sở Tư pháp",), ("viếng",), "bà"),
        ],
    ),
    "one-word religious ranks before a name, after a semicolon": (
        "Tiếp đoàn có Hòa thượng Danh Chanh Đa, Trụ trì chùa Kỳ Viên; Achar Lâm Văn Sóc, Trưởng "
        "Ban Quản trị chùa; Hakim Mohamad Ya Kub, Phó Ban Quản trị thánh đường Jamiul.",
        [
            Person("Danh Chanh Đa", ("Hòa thượng", "Trụ trì chùa Kỳ Viên"), ("tiếp",)),
            Person("Lâm Văn Sóc", ("Achar", "Trưởng Ban Quản trị chùa"), ("tiếp",)),
            Person("Mohamad Ya Kub", ("Hakim", "Phó Ban Quản trị thánh đường Jamiul"), ("tiếp",)),
        ],
    ),
    "a diocese's administrator and a prison's warden": (
        "Tiếp đoàn có Linh mục Giuse Trần Văn Hòa, Giám quản Giáo phận. Đại tá Phạm Minh Đức, "
        "Giám thị Trại giam Xuân Nguyên báo cáo tình hình.",
        [
            Person("Giuse Trần Văn Hòa", ("Linh mục", "Giám quản Giáo phận"), ("tiếp",)),
            Person("Phạm Minh Đức", ("Đại tá", "Giám thị Trại giam Xuân Nguyên"), ("báo cáo",)),
        ],
    ),
    "an age between the name and the title": (
        "Ông Hà Quang Vinh, 82 tuổi, nguyên Giám đốc Sở Giao thông vận tải, phát biểu.",
        [Person("Hà Quang Vinh", ("nguyên Giám đốc Sở Giao thông vận tải",), ("phát biểu",),
                "ông")],
    ),
    "a companion after a list sharing a title": (
        "Các Phó Chủ tịch Hội Nông dân tỉnh: Vi Văn Đằng, Lương Thị Huệ cùng bà Hà Thị Tình, "
        "Chủ tịch Hội Nông dân tỉnh trao giấy khen.",
        [
            Person("Vi Văn Đằng", ("Phó Chủ tịch Hội Nông dân tỉnh",), ("trao",)),
            Person("Lương Thị Huệ", ("Phó Chủ tịch Hội Nông dân tỉnh",), ("trao",)),
            Person("Hà Thị Tình", ("Chủ tịch Hội Nông dân tỉnh",), ("trao",), "bà"),
        ],
    ),
    "a title before a verb of debate": (
        "Chủ tịch UBND xã Tân Hợp Nguyễn Văn Quyết tranh luận thêm về mức phụ cấp.",
        [Person("Nguyễn Văn Quyết", ("Chủ tịch UBND xã Tân Hợp",), ("tranh luận",))],
    ),
    "an honorary title before a name": (
        "Đoàn đến thăm Mẹ Việt Nam Anh hùng Trần Thị Lài, 97 tuổi, ở xã Điện Hòa.",
        [Person("Trần Thị Lài", ("Mẹ Việt Nam Anh hùng",))],
    ),
    "a council chairing, a coordinator, an airport and innovation in titles": (
        "Chủ tịch hội đồng Trần Văn Sơn chủ trì. Ông Lý Minh Tâm, Giám đốc Đổi mới sáng tạo "
        "Công ty Cảng hàng không Miền Trung điều phối phiên thảo luận.",
        [
            Person("Trần Văn Sơn", ("Chủ tịch hội đồng",), ("chủ trì",)),
            Person("Lý Minh Tâm",
                   ("Giám đốc Đổi mới sáng tạo Công ty Cảng hàng không Miền Trung",),
                   ("điều phối",), "ông"),
        ],
    ),
    "particles inside foreign names, and a short form with an office": (
        "Dự hội thảo có ông Joost van der Linden, Tham tán Nông nghiệp Đại sứ quán Hà Lan; "
        "bà Ana de Souza, chuyên gia của Ngân hàng Thế giới. Tham tán Van der Linden cho "
        "biết Hà Lan sẵn sàng hỗ trợ.",
        [
            Person("Joost van der Linden",
                   ("Tham tán Nông nghiệp Đại sứ quán Hà Lan", "Tham tán"),
                   ("dự", "cho biết"), "ông"),
            Person("Ana de Souza", ("chuyên gia của Ngân hàng Thế giới",), ("dự",), "bà"),
        ],
    ),
    "a clause on the person between the name and the verb": (
        "Ông Đỗ Văn Tường, Giám đốc Sở Xây dựng – người vừa nhận nhiệm vụ hơn một tháng – "
        "cam kết hoàn thành đúng hạn. Bà Lò Thị Hoa, Chủ tịch Hội Phụ nữ xã, năm nay 62 "
        "tuổi, chia sẻ kinh nghiệm.",
        [
            Person("Đỗ Văn Tường", ("Giám đốc Sở Xây dựng",), ("cam kết",), "ông"),
            Person("Lò Thị Hoa", ("Chủ tịch Hội Phụ nữ xã",), ("chia sẻ",), "bà"),
        ],
    ),
    "a body named for groups of people, a memorial site, a coordinating council": (
        "Dự buổi lễ có ông Nguyễn Văn Lộc, Chủ tịch Hội Bảo trợ bệnh nhân nghèo, người "
        "khuyết tật và trẻ mồ côi tỉnh; bà Lê Thị Hường, Phó Chủ tịch Hội đồng điều phối "
        "vùng Tây Nguyên; ông Trần Văn Hải, Trưởng Ban Quản lý Khu tưởng niệm Chiến sĩ Gạc Ma.",
        [
            Person("Nguyễn Văn Lộc", ("Chủ tịch Hội Bảo trợ bệnh nhân nghèo, người khuyết tật "
                                      "và trẻ mồ côi tỉnh",), ("dự",), "ông"),
            Person("Lê Thị Hường", ("Phó Chủ tịch Hội đồng điều phối vùng Tây Nguyên",),
                   ("dự",), "bà"),
            Person("Trần Văn Hải", ("Trưởng Ban Quản lý Khu tưởng niệm Chiến sĩ Gạc Ma",),
                   ("dự",), "ông"),
        ],
    ),
    "residents after a title are no clause on the person": (
        "Theo ông Hoàng Văn Tư, Trưởng thôn Nà Lừa, người dân trong thôn đã góp 300 ngày "
        "công, tham gia mở đường.",
        [Person("Hoàng Văn Tư", ("Trưởng thôn Nà Lừa",), (), "ông")],
    ),
    "a name that is another's last words is another person": (
        "Dự hội nghị có ông Nguyễn Lê Hoàng, Giám đốc Sở Xây dựng; ông Lê Hoàng, Chủ tịch "
        "UBND phường An Khánh.",
        [
            Person("Nguyễn Lê Hoàng", ("Giám đốc Sở Xây dựng",), ("dự",), "ông"),
            Person("Lê Hoàng", ("Chủ tịch UBND phường An Khánh",), ("dự",), "ông"),
        ],
    ),
    "a bishop presiding over a mass": (
        "Đức cha Giuse Đỗ Mạnh Hùng, Giám quản Tông tòa Giáo phận Phan Thiết chủ sự thánh lễ.",
        [Person("Giuse Đỗ Mạnh Hùng", ("Đức cha", "Giám quản Tông tòa Giáo phận Phan Thiết"),
                ("chủ sự",))],
    ),
    "a verb after a place gone to": (
        "Đồng chí Lê Văn Hùng, Phó Chủ tịch UBND tỉnh đã có mặt tại hiện trường chỉ đạo cứu "
        "nạn. Ông Phạm Văn Tú, Phó Giám đốc Sở Y tế đến bệnh viện thăm hỏi các nạn nhân.",
        [
            Person("Lê Văn Hùng", ("Phó Chủ tịch UBND tỉnh",), ("chỉ đạo",), COMRADE),
            Person("Phạm Văn Tú", ("Phó Giám đốc Sở Y tế",), ("thăm hỏi",), "ông"),
        ],
    ),
    "words on the person after a squad leader's title": (
        "Chị Lò Thị Hiên, Tiểu đội trưởng dân quân bản Nà Sản, người nữ duy nhất trong tổ "
        "cứu hộ, được đoàn biểu dương.",
        [Person("Lò Thị Hiên", ("Tiểu đội trưởng dân quân bản Nà Sản",))],
    ),
    "a post stood for, a term and the next person after 'và'": (
        "Hội nghị giới thiệu bà Lò Thị Vân, Phó Chủ tịch HĐND tỉnh ứng cử đại biểu Quốc hội; "
        "ông Hà Văn Sinh, Giám đốc Bệnh viện, thời hạn 5 năm. Dự có bà Ksor H'Bla, Chủ tịch "
        "UBND xã, và Nguyễn Đức Tài.",
        [
            Person("Lò Thị Vân", ("Phó Chủ tịch HĐND tỉnh",), (), "bà"),
            Person("Hà Văn Sinh", ("Giám đốc Bệnh viện",), (), "ông"),
            Person("Ksor H'Bla", ("Chủ tịch UBND xã",), ("dự",), "bà"),
        ],
    ),
    "a commune policeman": (
        "Anh Rơ Châm Thuận, công an viên thôn Plei Ơi cho biết thôn không còn tội phạm.",
        [Person("Rơ Châm Thuận", ("công an viên thôn Plei Ơi",), ("cho biết",))],
    ),
    "religious names, an elder's and a stage name after their ranks": (
        "Tiếp đoàn có Đầu sư Thượng Lễ Thanh, Chưởng quản Hội thánh; Già làng A Thút cùng "
        "NSƯT Văn Trường. Đến xem và chúc mừng có bà Đinh Thị Loan, Phó Giám đốc Sở Văn hóa.",
        [
            Person("Thượng Lễ Thanh", ("Đầu sư", "Chưởng quản Hội thánh"), ("tiếp",)),
            Person("A Thút", ("Già làng",), ("tiếp",)),
            Person("Văn Trường", ("NSƯT",), ("tiếp",)),
            Person("Đinh Thị Loan", ("Phó Giám đốc Sở Văn hóa",), ("xem", "chúc mừng"), "bà"),
        ],
    ),
    "players and a referee, and a club named for its songs": (
        "Trọng tài Lê Văn Khôi bấm còi khai cuộc. Tiền đạo Hồ Văn Tường ghi bàn mở tỷ số. "
        "Bà Đàm Thị Huyền, Chủ nhiệm Câu lạc bộ hát then xã Bằng Thành cho biết câu lạc bộ có "
        "30 thành viên.",
        [
            Person("Lê Văn Khôi", ("Trọng tài",), ("bấm còi",)),
            Person("Hồ Văn Tường", ("Tiền đạo",)),
            Person("Đàm Thị Huyền", ("Chủ nhiệm Câu lạc bộ hát then xã Bằng Thành",),
                   ("cho biết",), "bà"),
        ],
    ),
    "second review: giving up, a doctor's statement, streets, groups and arts in names": (
        "Ông Hà Văn Tùng, Trưởng thôn Nà Lầy, đã hy sinh lợi ích riêng để mở đường. Theo bác "
        "sĩ Nguyễn Văn Hùng, Trưởng khoa Cấp cứu, tử vong do đột quỵ đang gia tăng. Dự lễ có "
        "ông Trần Quốc Huy, Trưởng Ban quản lý dự án tuyến đường Trần Phú và Nguyễn Văn Linh; "
        "bà Lê Thị Hồng, Trưởng phòng Nghệ thuật biểu diễn; ông Y Kông, Trưởng Đoàn Ca múa hát "
        "dân tộc tỉnh. Ông Đinh Văn Bình, Chủ tịch Hội Bảo trợ bệnh nhân nghèo, người khuyết "
        "tật tỉnh phát biểu.",
        [
            Person("Hà Văn Tùng", ("Trưởng thôn Nà Lầy",), (), "ông"),
            Person("Nguyễn Văn Hùng", ("bác sĩ", "Trưởng khoa Cấp cứu")),
            Person("Trần Quốc Huy", ("Trưởng Ban quản lý dự án tuyến đường Trần Phú và Nguyễn "
                                     "Văn Linh",), ("dự",), "ông"),
            Person("Lê Thị Hồng", ("Trưởng phòng Nghệ thuật biểu diễn",), ("dự",), "bà"),
            Person("Y Kông", ("Trưởng Đoàn Ca múa hát dân tộc tỉnh",), ("dự",), "ông"),
            Person("Đinh Văn Bình", ("Chủ tịch Hội Bảo trợ bệnh nhân nghèo, người khuyết tật "
                                     "tỉnh",), ("phát biểu",), "ông"),
        ],
    ),
    "an occasion after a title": (
        "Ông Ivan Petrov, Tổng Lãnh sự Nga tại Đà Nẵng, nhân dịp thăm tỉnh đã gặp lãnh đạo "
        "tỉnh.",
        [Person("Ivan Petrov", ("Tổng Lãnh sự Nga tại Đà Nẵng",), (), "ông")],
    ),
    "a Cao Đài dignitary's religious name after his rank, in a list": (
        "Tiếp đoàn có Đầu sư Thượng Lễ Thanh, Chưởng quản Hội thánh; Giáo sư Ngọc Minh Thanh, "
        "Phó Ban Tổ chức đại lễ.",
        [
            Person("Thượng Lễ Thanh", ("Đầu sư", "Chưởng quản Hội thánh"), ("tiếp",)),
            Person("Ngọc Minh Thanh", ("Giáo sư", "Phó Ban Tổ chức đại lễ"), ("tiếp",)),
        ],
    ),
    "a comma inside a department's name": (
        "Trưởng phòng Văn hóa, Khoa học và Thông tin UBND xã Tân Lập Hà Thị Loan cho biết "
        "xã đã có 12 thôn văn hóa.",
        [
            Person(
                "Hà Thị Loan",
                ("Trưởng phòng Văn hóa, Khoa học và Thông tin UBND xã Tân Lập",),
                ("cho biết",),
            )
        ],
    ),
    "spaced hyphen, bare hyphen and en dash": (
        "Đồng chí Phan Văn Mười - Phó Giám đốc Sở Xây dựng trình bày tờ trình. "
        "Đồng chí Kha Văn Tám-Ủy viên Ban Thường vụ Huyện ủy phát biểu. "
        "Ông Tạ Quang Vinh – Giám đốc Ban Quản lý dự án, cho biết công trình vượt tiến độ.",
        [
            Person("Phan Văn Mười", ("Phó Giám đốc Sở Xây dựng",), ("trình bày",), COMRADE),
            Person("Kha Văn Tám", ("Ủy viên Ban Thường vụ Huyện ủy",), ("phát biểu",), COMRADE),
            Person("Tạ Quang Vinh", ("Giám đốc Ban Quản lý dự án",), ("cho biết",), "ông"),
        ],
    ),
    "titles then name, several in a row separated by commas": (
        "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Đoàn Minh Khuê, Phó Chủ tịch UBND tỉnh "
        "Sèn Văn Páo, Giám đốc Sở Nông nghiệp Chẩu Thị Liên đã kiểm tra đê điều.",
        [
            Person("Đoàn Minh Khuê", ("Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"), ("kiểm tra",)),
            Person("Sèn Văn Páo", ("Phó Chủ tịch UBND tỉnh",), ("kiểm tra",)),
            Person("Chẩu Thị Liên", ("Giám đốc Sở Nông nghiệp",), ("kiểm tra",)),
        ],
    ),
    "place name between office and name": (
        "Chủ tịch UBND tỉnh Hà Giang Lục Văn Thắng và Bí thư Huyện ủy Mường Khương "
        "Giàng A Tủa cùng dự lễ khởi công.",
        [
            Person("Lục Văn Thắng", ("Chủ tịch UBND tỉnh Hà Giang",), ("dự",)),
            Person("Giàng A Tủa", ("Bí thư Huyện ủy Mường Khương",), ("dự",)),
        ],
    ),
    "list opened by 'có các đồng chí:', continuation and group pieces": (
        "Dự buổi làm việc có các đồng chí: Thào Seo Dìn, Ủy viên Ban Thường vụ Tỉnh ủy, "
        "Trưởng Ban Dân vận Tỉnh ủy; Chủ tịch Ủy ban MTTQ tỉnh; Rah Lan Hiếu, Phó Chủ tịch "
        "HĐND tỉnh; lãnh đạo Sở Nội vụ, Sở Tài chính.",
        [
            Person(
                "Thào Seo Dìn",
                (
                    "Ủy viên Ban Thường vụ Tỉnh ủy",
                    "Trưởng Ban Dân vận Tỉnh ủy",
                    "Chủ tịch Ủy ban MTTQ tỉnh",
                ),
                ("dự",),
                COMRADE,
            ),
            Person("Rah Lan Hiếu", ("Phó Chủ tịch HĐND tỉnh",), ("dự",), COMRADE),
        ],
    ),
    "group title before a list": (
        "Các Ủy viên T.Ư Đảng: Vương Mí Sính, Bí thư Tỉnh ủy; Lâm Văn Đạt, Phó Trưởng Ban "
        "Kinh tế Trung ương cùng dự hội nghị.",
        [
            Person("Vương Mí Sính", ("Ủy viên T.Ư Đảng", "Bí thư Tỉnh ủy"), ("dự",)),
            Person(
                "Lâm Văn Đạt", ("Ủy viên T.Ư Đảng", "Phó Trưởng Ban Kinh tế Trung ương"), ("dự",)
            ),
        ],
    ),
    "mixed orders in one list opened by 'gồm:'": (
        "Đoàn kiểm tra gồm: ông Đỗ Văn Lực, Phó Chánh Thanh tra tỉnh, Trưởng đoàn; Phó Giám "
        "đốc Sở Tư pháp Trịnh Thị Nga; bà Hứa Thị Mơ - Chánh Văn phòng Sở.",
        [
            Person("Đỗ Văn Lực", ("Phó Chánh Thanh tra tỉnh", "Trưởng đoàn"), (), "ông"),
            Person("Trịnh Thị Nga", ("Phó Giám đốc Sở Tư pháp",)),
            Person("Hứa Thị Mơ", ("Chánh Văn phòng Sở",), (), "bà"),
        ],
    ),
    "a list sharing the verb that follows it": (
        "Chiều 2/4, các đồng chí: Sùng A Vảng, Phó Bí thư Tỉnh ủy; Ma Thị Huệ, Phó Chủ tịch "
        "UBND tỉnh đồng chủ trì hội nghị.",
        [
            Person("Sùng A Vảng", ("Phó Bí thư Tỉnh ủy",), ("đồng chủ trì",), COMRADE),
            Person("Ma Thị Huệ", ("Phó Chủ tịch UBND tỉnh",), ("đồng chủ trì",), COMRADE),
        ],
    ),
    "a line printed in capitals": (
        "ĐỒNG CHÍ LƯƠNG VĂN QUẢNG, CHỦ TỊCH UBND HUYỆN PHÁT BIỂU TẠI LỄ KHAI GIẢNG.",
        [Person("LƯƠNG VĂN QUẢNG", ("CHỦ TỊCH UBND HUYỆN",), ("phát biểu",), COMRADE)],
    ),
    "a name in capitals in a normal sentence": (
        "Ông NGUYỄN HỮU PHƯỚC, Giám đốc Trung tâm Y tế, cho biết đã tiêm 3.000 liều vắc xin.",
        [Person("NGUYỄN HỮU PHƯỚC", ("Giám đốc Trung tâm Y tế",), ("cho biết",), "ông")],
    ),
    "Đ/c and đ/c, 'dự và chỉ đạo', 'Cùng dự có'": (
        "Đ/c Hầu Văn Chư, Bí thư Đảng ủy xã dự và chỉ đạo đại hội. Cùng dự có đ/c Bế Thị "
        "Ngoan, Phó Bí thư Đảng ủy xã.",
        [
            Person("Hầu Văn Chư", ("Bí thư Đảng ủy xã",), ("dự", "chỉ đạo"), COMRADE),
            Person("Bế Thị Ngoan", ("Phó Bí thư Đảng ủy xã",), ("dự",), COMRADE),
        ],
    ),
    "ranks and degrees are titles": (
        "Thiếu tá Nông Văn Kiên, Đội trưởng Đội Cảnh sát hình sự cho biết đã bắt giữ đối "
        "tượng. BS.CK2 Mai Thị Yến, Trưởng khoa Nhi, Bệnh viện Đa khoa tỉnh, cho biết trẻ đã "
        "ổn định. Tiến sỹ, bác sỹ Tăng Văn Chí, Giám đốc Trung tâm Y tế huyện chia sẻ kinh "
        "nghiệm.",
        [
            Person(
                "Nông Văn Kiên",
                ("Thiếu tá", "Đội trưởng Đội Cảnh sát hình sự"),
                ("cho biết",),
            ),
            Person(
                "Mai Thị Yến",
                ("BS.CK2", "Trưởng khoa Nhi, Bệnh viện Đa khoa tỉnh"),
                ("cho biết",),
            ),
            Person(
                "Tăng Văn Chí",
                ("Tiến sỹ", "bác sỹ", "Giám đốc Trung tâm Y tế huyện"),
                ("chia sẻ",),
            ),
        ],
    ),
    "nguyên, Quyền and tân stay in the title": (
        "Ông Lã Văn Bình, nguyên Giám đốc Sở Công Thương, bàn giao công việc cho ông Ninh Văn "
        "Tuệ – Quyền Giám đốc Sở, tân Bí thư Đảng ủy Sở.",
        [
            Person("Lã Văn Bình", ("nguyên Giám đốc Sở Công Thương",), ("bàn giao",), "ông"),
            Person("Ninh Văn Tuệ", ("Quyền Giám đốc Sở", "tân Bí thư Đảng ủy Sở"), (), "ông"),
        ],
    ),
    "fronted verbs: 'Phát biểu tại …,' and 'dưới sự chủ trì của'": (
        "Phát biểu tại hội nghị, Phó Bí thư Thường trực Tỉnh ủy Triệu Văn Lâm yêu cầu các đơn "
        "vị rà soát. Dưới sự chủ trì của đồng chí Triệu Văn Lâm, hội nghị đã biểu quyết.",
        [
            Person(
                "Triệu Văn Lâm",
                ("Phó Bí thư Thường trực Tỉnh ủy",),
                ("phát biểu", "yêu cầu", "chủ trì"),
                COMRADE,
            )
        ],
    ),
    "the body after 'dưới sự chủ trì của' is no title": (
        "Chiều 3/3, dưới sự chủ trì của đồng chí Doãn Văn Hậu, Phó Bí thư Tỉnh ủy, Thường "
        "trực Tỉnh ủy cho ý kiến vào đề án.",
        [Person("Doãn Văn Hậu", ("Phó Bí thư Tỉnh ủy",), ("chủ trì",), COMRADE)],
    ),
    "'do … làm trưởng đoàn'": (
        "Đoàn đại biểu của tỉnh do ông Phùng Văn Hải, Phó Chủ tịch UBND tỉnh làm trưởng đoàn.",
        [Person("Phùng Văn Hải", ("Phó Chủ tịch UBND tỉnh",), ("trưởng đoàn",), "ông")],
    ),
    "a signature: 'do … ký'": (
        "Văn bản do Phó Giám đốc Sở Tài nguyên Quách Văn Lợi ký nêu rõ thời hạn.",
        [Person("Quách Văn Lợi", ("Phó Giám đốc Sở Tài nguyên",), ("ký",))],
    ),
    "titles in brackets and a position aside": (
        "Ông Trần Văn Bình (Giám đốc Sở Y tế) cho biết sẽ tăng cường kiểm tra. Đồng chí Hoàng "
        "Văn An (giữa), Bí thư Tỉnh ủy trao quà cho các hộ nghèo.",
        [
            Person("Trần Văn Bình", ("Giám đốc Sở Y tế",), ("cho biết",), "ông"),
            Person("Hoàng Văn An", ("Bí thư Tỉnh ủy",), ("trao",), COMRADE),
        ],
    ),
    "a person receiving an action does not share the next person's verb": (
        "Trao quyết định cho đồng chí Đàm Thị Lụa, Phó Giám đốc Sở Y tế, Giám đốc Sở Y tế "
        "Khổng Minh Trí chúc mừng.",
        [
            Person("Đàm Thị Lụa", ("Phó Giám đốc Sở Y tế",), (), COMRADE),
            Person("Khổng Minh Trí", ("Giám đốc Sở Y tế",), ("chúc mừng",)),
        ],
    ),
    "a companion group between the person and the verb": (
        "Ông Tôn Thất Lãm, Chủ tịch UBND huyện cùng lãnh đạo Phòng Nông nghiệp, Trưởng Ban "
        "tiếp công dân huyện tham dự buổi đối thoại.",
        [Person("Tôn Thất Lãm", ("Chủ tịch UBND huyện",), ("tham dự",), "ông")],
    ),
    "a quotation before the speaker": (
        "“Chúng tôi sẽ hỗ trợ tối đa cho bà con”, Phó Chủ tịch UBND tỉnh Lê Thị Hà chia sẻ.",
        [Person("Lê Thị Hà", ("Phó Chủ tịch UBND tỉnh",), ("chia sẻ",))],
    ),
    "a two-syllable name after an office": (
        "Tổng Bí thư Tô Lâm và Chủ tịch nước Lương Cường dự lễ kỷ niệm.",
        [
            Person("Tô Lâm", ("Tổng Bí thư",), ("dự",)),
            Person("Lương Cường", ("Chủ tịch nước",), ("dự",)),
        ],
    ),
    "a name known from another mention is trusted despite an unknown surname": (
        "Đồng chí Ksor Y Phiu, Phó Chủ tịch UBND huyện dự lễ. Sau đó, Phó Chủ tịch UBND "
        "huyện Ksor Y Phiu trao quà cho học sinh.",
        [Person("Ksor Y Phiu", ("Phó Chủ tịch UBND huyện",), ("dự", "trao"), COMRADE)],
    ),
    "a shared title before names listed without their own": (
        "Các Phó Chủ tịch UBND tỉnh: Kiều Văn Tài, Trần Văn Bảo và Hoàng Thị Cúc dự hội nghị.",
        [
            Person("Kiều Văn Tài", ("Phó Chủ tịch UBND tỉnh",), ("dự",)),
            Person("Trần Văn Bảo", ("Phó Chủ tịch UBND tỉnh",), ("dự",)),
            Person("Hoàng Thị Cúc", ("Phó Chủ tịch UBND tỉnh",), ("dự",)),
        ],
    ),
    "abbreviations with a full stop, committee members, dashes inside a department": (
        "ThS. Nghiêm Văn An, Trưởng khoa Dược cho biết. Đồng chí Lục Văn Cường, Tỉnh ủy viên, "
        "Bí thư Huyện ủy dự lễ. Bà Mẫn Thị Én - Trưởng phòng Lao động - Thương binh và Xã hội "
        "huyện chia sẻ.",
        [
            Person("Nghiêm Văn An", ("ThS.", "Trưởng khoa Dược"), ("cho biết",)),
            Person("Lục Văn Cường", ("Tỉnh ủy viên", "Bí thư Huyện ủy"), ("dự",), COMRADE),
            Person(
                "Mẫn Thị Én",
                ("Trưởng phòng Lao động - Thương binh và Xã hội huyện",),
                ("chia sẻ",),
                "bà",
            ),
        ],
    ),
    "a city, and words that only end like a place": (
        "Phó Chủ tịch UBND thành phố Lò Thị Trang và Giám đốc Sở Tài nguyên và Môi trường "
        "Bùi Thanh Bình tham dự.",
        [
            Person("Lò Thị Trang", ("Phó Chủ tịch UBND thành phố",), ("tham dự",)),
            Person("Bùi Thanh Bình", ("Giám đốc Sở Tài nguyên và Môi trường",), ("tham dự",)),
        ],
    ),
    "a living official who shares a historical name": (
        "Ông Nguyễn Huệ, Giám đốc Sở Xây dựng cho biết dự án sẽ khởi công.",
        [Person("Nguyễn Huệ", ("Giám đốc Sở Xây dựng",), ("cho biết",), "ông")],
    ),
    "photo credit dropped": (
        "Giám đốc Sở Du lịch Mạc Văn Tiến (bên phải) tặng hoa chúc mừng. Ảnh: Trần Văn Sáng",
        [Person("Mạc Văn Tiến", ("Giám đốc Sở Du lịch",), ("tặng",))],
    ),
}

NOBODY: dict[str, str] = {
    "historical figures commemorated": (
        "Các đại biểu dâng hương Chủ tịch Hồ Chí Minh tại Nhà tưởng niệm; dâng hoa tại tượng "
        "đài Chủ tịch Tôn Đức Thắng. Các đại biểu nguyện học theo Bác."
    ),
    "the late leader": "Đoàn đã viếng cố Thủ tướng Phan Văn Khải tại quê nhà.",
    "streets, wards and bridges named after people": (
        "Dự án nâng cấp đường Võ Thị Sáu qua phường Lê Hồng Phong và cầu Trần Thị Lý đã "
        "hoàn thành; phường Hai Bà Trưng cũng được chỉnh trang."
    ),
    "anonymised parties": "Ông S và vợ chồng ông THS bị tuyên phạt 3 năm tù giam.",
    "offices without a name": "Thủ tướng yêu cầu xử lý nghiêm. Chủ tịch UBND tỉnh đã ký.",
    "groups": "Lãnh đạo Sở Y tế, đại diện các phòng và Ban Thường vụ Tỉnh ủy đã họp.",
    "a bare name": "Ông Nguyễn Văn Tư cho biết gia đình đã nhận đủ tiền đền bù.",
    "an office followed by a place": "Bí thư Tỉnh ủy Lào Cai đề nghị các xã khẩn trương.",
    "an institution named after a person": (
        "Giám đốc Bệnh viện Nguyễn Tri Phương cho biết đã chuẩn bị đủ giường bệnh."
    ),
    "a firm's name after an office": "Giám đốc Công ty TNHH Hoàng Long cho biết lãi tăng.",
    "a credit line": "Tin và ảnh: Nguyễn Văn Tuấn",
    "a minute's silence for the dead": (
        "Hội nghị dành một phút tưởng niệm đồng chí Cao Văn Lâm, nguyên Bí thư Chi bộ thôn 3, "
        "vừa từ trần."
    ),
    "a foreign leader commemorated": "Đoàn dâng hoa tại tượng đài Chủ tịch Fidel Castro.",
    "the model for a statue": (
        "Tượng đài được tạc theo nguyên mẫu Mẹ Việt Nam Anh hùng Phạm Thị Lụa, người có 6 con "
        "hy sinh."
    ),
    "a suspect and the dead named before what befell them": (
        "Ủy ban Kiểm tra đề nghị kỷ luật Trần Văn Hảo, nguyên Giám đốc Ban Quản lý dự án "
        "huyện (cũ), hiện là bị can. Ông Ngô Văn Út, nguyên Bí thư Chi bộ khu phố 4, đã từ "
        "trần."
    ),
    "a troupe's singers": "Các ca sĩ Đoàn Ca múa Quân khu 5 biểu diễn phục vụ bà con.",
    "a historical rank and name": "Đại tướng Võ Nguyên Giáp là vị tướng tài ba của dân tộc.",
}


def _people(text: str | list[str]) -> list[Person]:
    return [
        Person(p.name, tuple(p.titles), tuple(p.roles), p.honorific)
        for p in find_participants(text)
    ]


@pytest.mark.parametrize("case", list(CASES), ids=list(CASES))
def test_forms(case: str) -> None:
    text, expected = CASES[case]
    assert _people(text) == expected


@pytest.mark.parametrize("case", list(NOBODY), ids=list(NOBODY))
def test_not_participants(case: str) -> None:
    assert find_participants(NOBODY[case]) == []


def test_one_person_in_several_forms_is_one_entry() -> None:
    text = [
        "Đồng chí Âu Thị Mai, Phó Chủ tịch UBND tỉnh chủ trì hội nghị.",
        "Kết luận hội nghị, đồng chí Âu Thị Mai đề nghị các sở khẩn trương.",
        "Bà Mai cũng lưu ý công tác phòng chống cháy rừng.",
        "Phó Chủ tịch UBND tỉnh Âu Thị Mai trao bằng khen.",
    ]
    (person,) = find_participants(text)
    assert person.name == "Âu Thị Mai"
    assert person.titles == ["Phó Chủ tịch UBND tỉnh"]
    assert person.roles == ["chủ trì", "kết luận", "đề nghị", "lưu ý", "trao"]
    assert person.mentions == 4


def test_short_form_shared_by_two_people_is_not_merged() -> None:
    text = (
        "Ông Lê Văn Hùng, Giám đốc Sở Y tế và ông Phạm Quốc Hùng, Giám đốc Sở Nội vụ dự họp. "
        "Ông Hùng cho biết sẽ báo cáo."
    )
    assert [p.mentions for p in find_participants(text)] == [1, 1]


def test_titles_merge_over_mentions_without_repeats() -> None:
    text = [
        "Ông Võ Văn Thạnh, Phó Chủ tịch HĐND TP, dự lễ.",
        "Ông Võ Văn Thạnh, Ủy viên Ban Thường vụ Thành ủy, Phó Chủ tịch HĐND TP, dâng hoa.",
        "Phó Chủ tịch HĐND TP.HCM Võ Văn Thạnh phát biểu.",
    ]
    (person,) = find_participants(text)
    assert person.titles == [
        "Phó Chủ tịch HĐND TP",
        "Ủy viên Ban Thường vụ Thành ủy",
        "Phó Chủ tịch HĐND TP.HCM",
    ]


def test_order_is_first_mention() -> None:
    text = "Ông Hà Văn Tú, Giám đốc Sở Tư pháp và bà Lý Thị Ngà, Giám đốc Sở Nội vụ dự họp."
    assert [p.name for p in find_participants(text)] == ["Hà Văn Tú", "Lý Thị Ngà"]


def test_exclude_drops_authors() -> None:
    text = "Nhà báo Cù Văn Trung, Phó Tổng Biên tập Báo Ấp Bắc, dự lễ trao giải."
    assert [p.name for p in find_participants(text)] == ["Cù Văn Trung"]
    assert find_participants(text, exclude=["CÙ VĂN TRUNG"]) == []


def test_string_and_paragraph_list_agree() -> None:
    paragraphs = [
        "Đồng chí Tòng Thị Phóng, Phó Chủ tịch HĐND tỉnh dự lễ.",
        "Giám đốc Sở Y tế Lò Văn Muôn báo cáo tình hình dịch bệnh.",
    ]
    found = find_participants(paragraphs)
    assert [p.name for p in found] == ["Tòng Thị Phóng", "Lò Văn Muôn"]
    assert found == find_participants("\n\n".join(paragraphs))


def test_output_is_nfc_without_eth_and_keys_fold() -> None:
    text = unicodedata.normalize("NFD", "Ðồng chí Khúc Văn Ðức, Phó Bí thư Tỉnh uỷ dự họp.")
    (person,) = find_participants(text)
    assert person.name == "Khúc Văn Đức"
    assert person.name_key == fold("Khúc Văn Đức") == "khúc văn đức"
    assert person.titles == ["Phó Bí thư Tỉnh uỷ"]
    assert all(unicodedata.is_normalized("NFC", t) for t in [person.name, *person.titles])

