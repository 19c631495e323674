"""Word lists the participant rules read: offices, ranks, verbs, names, places.

Entries are written as they appear in text; matching folds them with
:func:`newsarchive.text.fold`, so ``Ủy``/``Uỷ`` and case do not matter here.
"""

from __future__ import annotations

# fmt: off

# Words that may stand before an office and stay part of the title.
HEAD_PREFIXES: tuple[str, ...] = (
    "nguyên", "cựu", "tân", "quyền", "phó", "kiêm", "đương kim", "đương nhiệm",
)

# Offices, ranks, degrees and functions a title can begin with.
OFFICE_HEADS: tuple[str, ...] = (
    # party and state
    "bí thư", "tổng bí thư", "bí thư thứ nhất", "ủy viên", "chủ tịch", "chủ nhiệm",
    "thủ tướng", "bộ trưởng", "thứ trưởng", "giám đốc", "tổng giám đốc", "giám đốc điều hành",
    "tổng giám đốc điều hành", "tổng biên tập", "chủ tịch điều hành", "tổng thanh tra",
    "tổng thư ký", "thư ký", "chánh văn phòng", "chánh án", "chánh thanh tra", "chánh",
    "viện trưởng", "trưởng", "cục trưởng", "vụ trưởng", "tổng cục trưởng", "chi cục trưởng",
    "hiệu trưởng", "hiệu phó", "phó ban", "phó phòng", "phó khoa", "thường trực",
    "đại biểu", "đại sứ", "tổng lãnh sự", "lãnh sự", "tham tán", "tùy viên",
    "người phát ngôn", "trợ lý", "cố vấn", "công sứ", "kế toán trưởng", "tổng thống", "quốc vương",
    "người đứng đầu", "tỉnh ủy viên", "huyện ủy viên", "thành ủy viên", "quận ủy viên",
    "đảng ủy viên", "viện sĩ", "thống đốc", "tỉnh trưởng", "thị trưởng", "nghị sĩ",
    "thượng nghị sĩ", "ngoại trưởng", "đô trưởng", "châu trưởng",
    # justice and inspection
    "kiểm sát viên", "thẩm phán", "hội thẩm", "thanh tra viên", "điều tra viên",
    "chấp hành viên", "kiểm toán viên", "hòa giải viên", "công chứng viên", "thừa phát lại",
    "giám thị", "công an viên",
    "trợ giúp viên pháp lý",
    # armed forces and police
    "tham mưu trưởng", "tổng tham mưu trưởng", "chỉ huy trưởng", "chỉ huy phó", "chính ủy",
    "tư lệnh", "chính trị viên", "đồn trưởng", "đội trưởng", "tổ trưởng", "trạm trưởng",
    "hạt trưởng", "sư đoàn trưởng", "trung đoàn trưởng", "lữ đoàn trưởng",
    "tiểu đoàn trưởng", "đại đội trưởng", "trung đội trưởng", "tiểu đội trưởng", "thuyền trưởng",
    "ấp trưởng", "khóm trưởng", "xã đội trưởng", "hải đội trưởng", "hải đội phó",
    "đại tướng", "thượng tướng", "trung tướng", "thiếu tướng", "đại tá", "thượng tá",
    "trung tá", "thiếu tá", "đại úy", "thượng úy", "trung úy", "thiếu úy", "chuẩn úy",
    "thượng sĩ", "trung sĩ", "hạ sĩ", "binh nhất", "binh nhì", "đô đốc", "chuẩn đô đốc",
    # degrees and professions
    "giáo sư", "tiến sĩ", "tiến sỹ", "thạc sĩ", "thạc sỹ", "bác sĩ", "bác sỹ", "dược sĩ",
    "dược sỹ", "y sĩ", "y tá", "điều dưỡng", "kỹ sư", "kiến trúc sư", "luật sư",
    "kỹ thuật viên", "nghiên cứu viên", "biên tập viên", "phóng viên", "nhà báo",
    "giảng viên", "giáo viên", "nghệ sĩ nhân dân", "nghệ sĩ ưu tú", "nghệ nhân",
    "nhà giáo nhân dân", "nhà giáo ưu tú", "thầy thuốc nhân dân", "thầy thuốc ưu tú",
    "anh hùng lao động", "anh hùng lực lượng vũ trang", "mẹ việt nam anh hùng",
    "huấn luyện viên", "già làng",
    "người có uy tín", "doanh nhân", "đạo diễn", "nhạc sĩ", "họa sĩ", "nhà văn", "nhà thơ",
    "vận động viên", "diễn viên", "võ sư", "nhà phê bình", "nhà phê bình văn học",
    "ca sĩ", "nghệ sĩ nhiếp ảnh", "trọng tài", "trọng tài chính",
    "tiền đạo", "tiền vệ", "hậu vệ", "thủ thành", "thủ môn", "đô vật", "tay bơi", "tay chèo",
    "kiện tướng", "đại kiện tướng",
    # religion
    "hòa thượng", "thượng tọa", "đại đức", "ni sư", "ni trưởng", "linh mục", "giám mục",
    "trụ trì", "pháp chủ", "chánh xứ", "quản nhiệm",
    "tổng giám mục", "hồng y", "mục sư", "giáo cả", "quản hạt", "sư cả", "cả sư",
    "quản xứ", "chưởng ấn", "hakim", "viện chủ", "tổng đại diện", "phối sư",
    "chánh phối sư", "giám quản", "achar", "imam", "đầu sư", "hiền tài", "truyền đạo",
    "đức cha", "thầy cúng", "thầy mo", "chủ tế", "chưởng quản",
    # weak functions: a title after a name, never a list continuation on their own
    "thành viên", "cán bộ", "chuyên viên", "chuyên gia", "nhân viên", "công chức",
    "đại diện", "chiến sĩ", "công nhân", "phụ trách", "tài xế", "viên chức",
    "khuyến nông viên",
)

# Ranks, degrees and religious ranks: written last before a name, right after an office
# and without a comma (``Phó Giám đốc Công an tỉnh Đại tá Trần Văn A``), one is a title
# of its own, never part of the office's unit.
RANK_HEADS: tuple[str, ...] = (
    "đại tướng", "thượng tướng", "trung tướng", "thiếu tướng", "đại tá", "thượng tá",
    "trung tá", "thiếu tá", "đại úy", "thượng úy", "trung úy", "thiếu úy", "đô đốc",
    "chuẩn đô đốc", "giáo sư", "phó giáo sư", "tiến sĩ", "tiến sỹ", "thạc sĩ", "thạc sỹ",
    "bác sĩ", "bác sỹ", "hòa thượng", "thượng tọa", "đại đức", "ni sư", "ni trưởng",
    "linh mục", "mục sư", "achar", "hakim", "imam", "đầu sư", "hiền tài", "truyền đạo",
    "đức cha",
)

# Ranks and stage titles after which a run of capitalised words is a name though no
# surname opens it: religious names, elders' and Central Highlands names, stage names.
BARE_NAME_RANKS: tuple[str, ...] = (
    "đầu sư", "hiền tài", "truyền đạo", "imam", "hòa thượng", "thượng tọa", "đại đức", "giáo sư",
    "ni sư", "achar", "phối sư", "chánh phối sư", "già làng", "nsưt", "nsnd", "nghệ sĩ ưu tú",
    "nghệ sĩ nhân dân", "ca sĩ", "diễn viên",
)

# Heads that do not carry a ";" list piece over to the previous person.
WEAK_HEADS: tuple[str, ...] = (
    "thành viên", "cán bộ", "chuyên viên", "chuyên gia", "nhân viên", "công chức",
    "đại diện", "chiến sĩ", "đại biểu", "viên chức",
)

# Phrases that start like an office but are not one.
NOT_HEADS: tuple[str, ...] = (
    "trưởng thành", "đại biểu dự", "chánh điện", "thường trực tỉnh ủy", "thường trực hđnd",
    "thường trực ubnd", "thường trực thành ủy", "thường trực huyện ủy", "nhà văn hóa",
)

# Abbreviated offices and degrees, matched on the token as written: regular expressions,
# each opening with a capital letter as written and escaping nothing but punctuation.
_DEGREES = r"(?:\.(?:TS|TSKH|BS|ThS|CK[12I]+|KTS|DS))*"
ABBREVIATED_HEADS: tuple[str, ...] = (
    r"UV[A-ZĐƯ.]*", "BTV", "BCH", "ĐBQH", "HLV", "NSND", "NSƯT", "NGND", "NGƯT", "TTND",
    "TTƯT", "CEO", r"BS(?:\.?CK(?:I{1,2}|[12]))?", r"BSCK(?:I{1,2}|[12])", "ThS", r"Th\.S",
    "KS", "LS", "NCS", "ĐD", "DS", "PGS" + _DEGREES, "GS" + _DEGREES, "TS" + _DEGREES,
    "ThS" + _DEGREES, "BS" + _DEGREES, "TSKH", "KTS", "PCT", "PBT", "GĐ", "PGĐ", "TGĐ",
    "PTGĐ", "CT", "VĐV", "BSTY", "NSNA",
)
# Abbreviations written with a full stop (``ThS.``, ``TP.``): the stop stays on the word.
DOTTED_ABBREVIATIONS: tuple[str, ...] = (
    "tp", "tx", "tt", "gs", "pgs", "ts", "ths", "bs", "ks", "ls", "ncs", "pgs.ts", "gs.ts",
    "ts.bs", "bs.ck1", "bs.ck2", "bsckii", "bscki", "tskh", "gs.tskh", "pgs.tskh",
)

# Words before which nothing continues a title (lower case, folded when matched).
STOP_WORDS: tuple[str, ...] = (
    # auxiliaries, conjunctions, prepositions that open a predicate or a new clause
    "đã", "đang", "sẽ", "vừa", "mới", "cũng", "đều", "còn", "vẫn", "luôn", "từng",
    "cùng", "với", "cho", "khi", "để", "nhằm", "do", "bởi", "vì", "nên", "nhưng", "mà", "thì",
    "như", "là", "có", "được", "bị", "không", "chưa", "rất", "hãy", "thay mặt",
    "trực tiếp", "lại", "sau khi", "trước khi", "trong khi", "theo", "tuy nhiên",
    "đồng thời", "nhất là", "đặc biệt", "ngày", "sáng", "chiều", "tối", "trưa", "hôm",
    # predicates
    "chủ trì", "đồng chủ trì", "dự", "tham dự", "phát biểu", "chỉ đạo", "trao", "tặng",
    "trao tặng", "tiếp", "tiếp đón", "đón", "làm việc", "làm", "ký", "ký kết", "cho biết",
    "cho rằng", "cho hay", "trình bày", "chia sẻ", "dâng hương", "dâng hoa", "thắp hương",
    "viếng", "bàn giao", "công bố", "bày tỏ", "khẳng định", "nhấn mạnh", "đề nghị",
    "yêu cầu", "đề xuất", "kiến nghị", "nêu", "chỉ rõ", "lưu ý", "mong muốn", "mong",
    "thực hành quyền công tố", "dàn dựng",
    "hy vọng", "tin tưởng", "ghi nhận", "đánh giá", "biểu dương", "khen ngợi", "chúc mừng",
    "cảm ơn", "gửi", "thông báo", "thông tin", "giải thích", "trả lời", "nói", "kể",
    "tuyên bố", "báo cáo", "nhận", "thăm", "kiểm tra", "khảo sát", "thị sát", "điều hành",
    "thảo luận", "quán triệt", "triển khai", "phát động", "khai mạc", "bế mạc", "kết luận",
    "tổng kết", "tham gia", "dẫn đầu", "dẫn", "đi", "đến", "tới", "ra", "lên", "vào",
    "gặp", "gặp mặt", "gặp gỡ", "tiếp xúc", "đối thoại", "trao đổi", "thừa nhận",
    "nhìn nhận", "nhận xét", "nhận định", "phân tích", "cảnh báo", "khuyến cáo", "chúc",
    "động viên", "thăm hỏi", "cắt băng", "khánh thành", "bấm nút", "phát lệnh", "hỏi",
    "đọc", "giới thiệu", "trình", "chứng kiến", "chủ tọa", "lắng nghe", "ngồi", "đứng",
    "bắt tay", "chê", "phê bình", "phản ánh", "xác nhận", "xác định", "khởi tố",
    "thôi", "giữ", "nghỉ hưu", "qua đời", "từ trần", "chỉ định", "bổ nhiệm", "điều động",
    "phân công", "giao", "ban hành", "quyết định", "chủ động", "tâm sự", "chia vui",
    "tâm niệm", "bộc bạch", "thông qua", "ủng hộ", "hướng dẫn", "đánh hồi trống",
    "ghi chép", "dặn", "căn dặn", "khuyên", "tự hào", "xúc động", "hội kiến", "hội đàm",
    "tiếp kiến", "chúc tết", "tham quan", "giải đáp", "tuyên dương", "chủ tọa", "chứng minh",
    "làm chủ tọa", "tiếp nhận", "tiếp thu", "chỉ huy", "cam kết", "tái đắc cử", "đánh trống",
    "ôn lại", "khen thưởng", "tiếp tục", "nghe", "chất vấn", "làm rõ", "nhắc lại", "đón nhận",
    "dạy", "trình diễn", "truyền nghề", "về nhất", "chào xã giao", "thực hiện nghi lễ",
    "thực hiện nghi thức", "bào chữa", "giải trình", "khám bệnh", "cấp thuốc", "hy sinh",
    "phấn khởi", "vui mừng", "hồ hởi", "chỉ ra", "thẳng thắn", "tham luận", "hứa",
    "dặn dò", "nhắn nhủ", "hoan nghênh", "tri ân", "người đã", "người từng", "người vừa",
    "huy động", "ra lệnh", "đảm nhận", "thể hiện", "vào vai", "nhận xét", "tưởng nhớ",
    "mặc niệm", "tranh luận", "ứng cử", "bổ sung", "thời hạn", "chuẩn y", "điều phối",
    "phản biện", "đồng chủ tọa", "dẫn dắt", "chủ sự", "xem", "chung vui", "hát",
    "bấm còi", "cầm cờ", "đoạt", "giành", "nhân dịp",
)

# Prepositions that end a title only when a lower-case word follows (``tại buổi``);
# before a capitalised place they stay inside it (``Đại sứ Việt Nam tại Lào``).
SOFT_STOP_WORDS: tuple[str, ...] = ("tại", "trong", "ở", "trên", "sau", "trước", "từ")

# Phrases starting like a stop word or role verb that are neither.
NOT_VERBS: tuple[str, ...] = (
    "dự khuyết", "dự án", "dự thảo", "dự kiến", "dự báo", "dự toán", "dự phòng", "dự trữ",
    "dự định", "dự thi", "trao đổi chất", "tiếp cận",
    "tiếp theo", "tiếp đó", "ký hiệu", "ký túc", "làm chủ", "ra đời", "đến nay", "tới nay",
    "đến hết", "đến cuối", "đến năm", "đến ngày", "đến tháng", "đến thời điểm",
    "vào năm", "ngày càng", "có thể", "mới đây", "đi lại", "lên tới", "giao thông",
    "giao dịch", "giao thương", "giao lưu", "trình độ", "giữ gìn", "nhận thức", "nhận diện",
    "gửi tiết kiệm", "đi bộ", "ra vào", "vào cuộc", "kiểm tra viên", "đón tiếp",
    "chỉ huy trưởng", "chỉ huy phó", "vì sự tiến bộ", "nghe nhìn", "tối cao",
    "sáng tạo", "sáng kiến", "sáng lập", "sáng chế",
)

# Words ending in a stop word that are neither verb nor stop (``Bộ Ngoại giao``).
NOT_VERB_ENDS: tuple[str, ...] = (
    "ngoại giao", "đổi mới", "tân tiến", "cấp tiến", "công trình", "chương trình",
    "quy trình", "lộ trình", "hành trình", "giáo trình", "tờ trình", "nông thôn mới",
    "hội đồng", "hàng không", "nhà hát", "múa hát",
)

# Phrases starting with a role verb that are another verb (``trao đổi`` is not ``trao``).
NOT_ROLES: tuple[str, ...] = (
    "tiếp tục", "tiếp cận", "tiếp theo", "tiếp đó",
    "ký tên", "nói chung", "nói riêng", "thăm dò", "dự kiến", "kiểm tra viên",
    "chỉ huy trưởng", "chỉ huy phó", "nhận nhiệm vụ",
)

# Verbs recorded as roles, mapped to the role written in the output.
ROLE_VERBS: dict[str, str] = {
    "chủ trì": "chủ trì", "đồng chủ trì": "đồng chủ trì", "dự": "dự", "tham dự": "tham dự",
    "phát biểu": "phát biểu", "chỉ đạo": "chỉ đạo", "trao": "trao", "trao tặng": "trao",
    "tặng": "tặng", "tiếp": "tiếp", "tiếp đón": "tiếp đón", "đón": "đón",
    "làm việc": "làm việc", "ký": "ký", "ký kết": "ký kết", "cho biết": "cho biết",
    "trình bày": "trình bày", "chia sẻ": "chia sẻ", "dâng hương": "dâng hương",
    "dâng hoa": "dâng hoa", "thắp hương": "thắp hương", "viếng": "viếng",
    "bàn giao": "bàn giao", "công bố": "công bố", "bày tỏ": "bày tỏ", "nói": "nói",
    "thăm": "thăm", "kiểm tra": "kiểm tra", "khảo sát": "khảo sát", "điều hành": "điều hành",
    "khai mạc": "khai mạc", "bế mạc": "bế mạc", "kết luận": "kết luận",
    "chúc mừng": "chúc mừng", "tiếp xúc": "tiếp xúc", "đối thoại": "đối thoại",
    "phát động": "phát động", "dẫn đầu": "dẫn đầu", "chứng kiến": "chứng kiến",
    "thị sát": "thị sát", "cho hay": "cho hay", "chủ tọa": "chủ tọa", "cắt băng": "cắt băng",
    "báo cáo": "báo cáo", "thăm hỏi": "thăm hỏi", "động viên": "động viên",
    "làm trưởng đoàn": "trưởng đoàn", "làm trưởng ban": "trưởng ban", "làm chủ tọa": "chủ tọa",
    # the open vocabulary: whatever else the text says the person did at the event
    "chúc tết": "chúc Tết", "tham gia": "tham gia", "hội kiến": "hội kiến",
    "hội đàm": "hội đàm", "tiếp kiến": "tiếp kiến", "gặp mặt": "gặp mặt",
    "gặp gỡ": "gặp gỡ", "trao đổi": "trao đổi", "nhấn mạnh": "nhấn mạnh",
    "khẳng định": "khẳng định", "đề nghị": "đề nghị", "yêu cầu": "yêu cầu",
    "ghi nhận": "ghi nhận", "đánh giá": "đánh giá", "biểu dương": "biểu dương",
    "cảm ơn": "cảm ơn", "đề xuất": "đề xuất", "thông tin": "thông tin",
    "thông báo": "thông báo", "giới thiệu": "giới thiệu", "tham quan": "tham quan",
    "khánh thành": "khánh thành", "bấm nút": "bấm nút", "phát lệnh": "phát lệnh",
    "giải đáp": "giải đáp", "trả lời": "trả lời", "đọc": "đọc", "tuyên dương": "tuyên dương",
    "lưu ý": "lưu ý", "quán triệt": "quán triệt", "chứng minh": "chứng minh", "chúc": "chúc",
    "tiếp xúc cử tri": "tiếp xúc", "tiếp nhận": "tiếp nhận", "tiếp thu": "tiếp thu",
    "tranh luận": "tranh luận", "điều phối": "điều phối", "phản biện": "phản biện",
    "đồng chủ tọa": "đồng chủ tọa", "dẫn dắt": "dẫn dắt", "cảnh báo": "cảnh báo",
    "chủ sự": "chủ sự", "xem": "xem", "chung vui": "chung vui", "hát": "hát",
    "bấm còi": "bấm còi", "cầm cờ": "cầm cờ", "đoạt": "đoạt", "giành": "giành", "kể": "kể",
    "chỉ huy": "chỉ huy", "đánh trống": "đánh trống",
    "khuyến cáo": "khuyến cáo",
    "khen thưởng": "khen thưởng", "ôn lại": "ôn lại", "hướng dẫn": "hướng dẫn",
    "thừa nhận": "thừa nhận", "kiến nghị": "kiến nghị", "thực hành quyền công tố": "thực hành",
    "dàn dựng": "dàn dựng", "chất vấn": "chất vấn", "làm rõ": "làm rõ", "dạy": "dạy",
    "trình diễn": "trình diễn", "cam kết": "cam kết", "truyền nghề": "truyền nghề",
    "về nhất": "về nhất", "chào xã giao": "chào xã giao",
    "thực hiện nghi lễ": "thực hiện", "thực hiện nghi thức": "thực hiện",
    "bào chữa": "bào chữa", "giải trình": "giải trình",
    "khám bệnh": "khám", "cấp thuốc": "cấp",
    "trả lời chất vấn": "trả lời",
    "triển khai": "triển khai", "phản ánh": "phản ánh", "nhắc lại": "nhắc lại",
    "đón nhận": "đón nhận", "cho rằng": "cho rằng", "mong muốn": "mong muốn", "mong": "mong",
    "chỉ ra": "chỉ ra", "tham luận": "tham luận", "hứa": "hứa", "dặn dò": "dặn dò",
    "nhắn nhủ": "nhắn nhủ", "hoan nghênh": "hoan nghênh", "tri ân": "tri ân",
    "nhận định": "nhận định", "huy động": "huy động", "ra lệnh": "ra lệnh",
    "đảm nhận": "đảm nhận", "thể hiện": "thể hiện", "vào vai": "vào vai", "nhận xét": "nhận xét",
}

# Words skipped between a person and the verb (``đã``, ``đến dự``, ``có bài phát biểu``).
ROLE_SKIP_WORDS: tuple[str, ...] = (
    "đã", "đang", "sẽ", "vừa", "mới", "cũng", "đều", "trực tiếp",
    "có", "bài", "buổi", "cuộc", "lần lượt", "chính thức", "tiếp tục",
    "xúc động", "phấn khởi", "vui mừng", "hồ hởi", "thẳng thắn",
)

# Going or being somewhere before the verb (``đến bệnh viện thăm hỏi``, ``có mặt tại hiện
# trường, chỉ đạo``): the verb after the place is still the person's.
MOVE_WORDS: tuple[str, ...] = (
    "đến", "tới", "về", "sang", "đi", "ra", "xuống", "lên", "vào", "có mặt",
)

# Words between a person and the verb that open a detour: companions, or the body the
# person acts for (``cùng lãnh đạo Sở …``, ``thay mặt Ban Thường vụ …``).
DETOUR_WORDS: tuple[str, ...] = ("cùng", "cùng với", "thay mặt", "thừa ủy quyền")

# Words after which an office is the one someone acts for, not the person's own
# (``Thay mặt Chủ tịch nước, đồng chí …``, ``Thừa ủy quyền của Thủ tướng, …``).
BEHALF_WORDS: tuple[str, ...] = (
    "thay mặt", "thay mặt cho", "ủy quyền", "ủy quyền của", "ủy nhiệm của", "thừa lệnh",
)
# Words after which an office is a post conferred (``được bầu giữ chức Bí thư …``): the
# one named before it takes it up; across a comma it is never the next person's.
CONFERRAL_WORDS: tuple[str, ...] = (
    "giữ chức", "giữ chức vụ", "chức vụ", "bầu làm", "bầu", "bổ nhiệm", "bổ nhiệm làm",
    "bổ nhiệm giữ chức",
)

# Words before a fronted verb clause (``Cùng dự có …``).
FRONT_SKIP_WORDS: tuple[str, ...] = ("cùng", "đến", "tới", "về", "còn", "cũng", "đi cùng")

# Nouns naming a body; one of ORG_VERBS right after one is part of its name
# (``Ban tiếp công dân``, ``ban chỉ đạo``), not a predicate.
ORG_NOUNS: tuple[str, ...] = (
    "ban", "sở", "phòng", "bộ", "cục", "vụ", "viện", "hội", "tổ", "đội", "trung tâm", "hội đồng",
    "đoàn", "khoa", "chi cục", "tổng cục", "trường", "đài", "báo", "ủy ban", "bộ phận",
    "văn phòng",
)
ORG_VERBS: tuple[str, ...] = (
    "tiếp", "chỉ đạo", "kiểm tra", "điều hành", "thảo luận", "giám sát", "khảo sát",
    "tiếp đón", "đón", "phát động", "tổng kết", "quán triệt", "triển khai", "thông tin",
    "báo cáo", "nghiên cứu", "quản lý", "giới thiệu", "tiếp nhận", "chỉ huy", "điều phối",
    "biểu diễn", "điều khiển", "hát",
)

# Words that name a group, not a person, at the start of a list piece.
GROUP_WORDS: tuple[str, ...] = (
    "các", "những", "lãnh đạo", "đông đảo", "nhiều", "toàn thể", "đại diện", "hơn", "gần",
    "một số", "cùng", "cán bộ", "đội ngũ", "tập thể", "thành viên",
)

# Words before a title that make it shared by several people (``các Phó Chủ tịch``,
# ``hai phó giám đốc``); a number in digits counts too.
PLURAL_WORDS: tuple[str, ...] = (
    "các", "những", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười",
)

HONORIFICS: dict[str, str] = {
    "đồng chí": "đồng chí", "đ/c": "đồng chí", "ông": "ông", "bà": "bà",
}
# Kinship forms that mark a name but are not output as honorifics.
SOFT_HONORIFICS: tuple[str, ...] = ("anh", "chị", "em", "cụ", "ngài", "thầy", "cô")
# Of those, the ones that are never a name syllable, even capitalised (``Ngài Ito Naoki``).
NEVER_NAMES: tuple[str, ...] = ("ngài",)

# A unit of a bank or an agency, written with its first word alone capitalised after the
# parent's name (``Vietcombank Chi nhánh Sóc Trăng``): that word is no name's.
UNIT_NOUNS: tuple[str, ...] = ("chi nhánh", "chi cục", "đoàn ca")

# Words before a name that make it a place or an institution, never a person.
PLACE_NOUNS: tuple[str, ...] = (
    "đường", "phố", "đại lộ", "cầu", "ngõ", "hẻm", "ngách", "quốc lộ", "tỉnh lộ", "trường",
    "thpt", "thcs", "tiểu học", "mầm non", "bến", "chợ", "công viên", "sân vận động",
    "nhà văn hóa", "khu đô thị", "chung cư", "bảo tàng", "lăng", "tượng đài", "đền",
    "đền thờ", "di tích", "nhà lưu niệm", "khu lưu niệm", "tàu", "giải", "quỹ", "học bổng",
    "giải thưởng", "công ty", "tập đoàn", "tượng", "bệnh viện", "học viện", "đại học",
    "nhà máy", "xí nghiệp", "tạp chí", "nhà hát", "rạp", "chùa", "nhà thờ",
    "thư viện", "sân bay", "cảng", "bến xe", "quảng trường", "hội trường",
    "nhà thi đấu", "tòa nhà", "khách sạn", "nhà hàng", "cửa hàng", "thương hiệu",
    "câu lạc bộ", "clb", "nhãn hiệu", "hãng", "ngân hàng", "tnhh", "cổ phần", "cp",
    "báo", "đài", "thông tấn xã", "tạp chí", "cửa khẩu", "giáo phận",
    "giáo xứ", "tòa giám mục",
)
# Words ending like a place noun that are not one (``môi trường`` is no school).
NOT_PLACE_NOUNS: tuple[str, ...] = (
    "môi trường", "thị trường", "hiện trường", "chiến trường", "thương trường",
    "thành phố", "khu phố", "đường phố", "tuyến đường", "con đường", "đầu cầu", "điểm cầu",
    "nhu cầu", "yêu cầu", "toàn cầu",
)

# Administrative units: a place name usually follows, sometimes a person.
ADMIN_NOUNS: tuple[str, ...] = (
    "tỉnh", "huyện", "xã", "phường", "quận", "thị xã", "thị trấn", "thành phố", "tp",
    "thôn", "bản", "làng", "ấp", "khu phố", "tổ dân phố", "đặc khu", "vùng", "miền",
    "biên phòng",
)
# Roles in a village community, after which a title may say where the person lives.
COMMUNITY_ROLES: tuple[str, ...] = (
    "người có uy tín", "già làng", "nghệ nhân", "nghệ nhân ưu tú", "nghệ nhân nhân dân",
    "trưởng thôn", "trưởng bản", "trưởng buôn", "trưởng ấp", "trưởng xóm",
)
# Villages and hamlets, where a title may say the person lives (``già làng ở buôn …``).
VILLAGE_NOUNS: tuple[str, ...] = (
    "thôn", "bản", "buôn", "bon", "plei", "làng", "ấp", "sóc", "xóm", "phum", "tổ dân phố",
    "khu phố",
)
# Words before a name that mark a place (``tại Hà Nội``).
LOCATIVES: tuple[str, ...] = ("tại", "ở", "từ", "trên", "khắp", "sang", "qua")

# Business nouns: a two-syllable name after one is more often a firm than a person.
BUSINESS_NOUNS: tuple[str, ...] = (
    "công ty", "tập đoàn", "doanh nghiệp", "hợp tác xã", "htx", "cửa hàng", "nhà hàng",
    "khách sạn", "cơ sở", "trang trại", "thương hiệu", "hãng", "tnhh", "cp", "cổ phần",
)

# Words that mark a commemoration of the person named right after them.
COMMEMORATION_WORDS: tuple[str, ...] = (
    "dâng hương", "dâng hoa", "viếng", "tưởng niệm", "tưởng nhớ", "cố", "lăng", "tượng",
    "tượng đài", "đền thờ", "mộ", "phần mộ", "noi gương", "học tập", "làm theo",
    "tư tưởng", "di chúc", "ngày sinh", "kỷ niệm", "anh linh", "thờ", "truy điệu",
    "lễ tang", "tang lễ", "tiễn đưa", "an táng", "mặc niệm", "ngày mất", "ngày giỗ", "giỗ",
    "truy tặng", "liệt sĩ", "liệt sỹ", "mang tên", "nguyên mẫu",
)
# Words that make the person named right after them one on trial, under investigation,
# a witness or a victim of a crime (``bị cáo Trần Văn A, nguyên Giám đốc …``): named, not
# taking part. Not ``nạn nhân`` nor ``nhân chứng``: an association of victims (of Agent
# Orange) and witnesses of history take part in events.
ACCUSED_WORDS: tuple[str, ...] = (
    "bị cáo", "bị can", "bị hại", "nghi phạm", "nghi can", "đối tượng", "phạm nhân",
    "người làm chứng", "người bị hại",
)
# Words after a person and their offices that put them on trial or under investigation,
# or say they have died (``…, nguyên Giám đốc …, hiện là bị can``, ``…, đã từ trần``):
# named, not taking part.
ABSENT_AFTER_WORDS: tuple[str, ...] = (
    "là bị can", "là bị cáo", "bị khởi tố", "bị tạm giam", "bị bắt", "từ trần", "qua đời",
)
# Words that make the person named right after them, with no title before the name, a
# witness at a trial (``nhân chứng Trần Văn Bảy, nguyên Kế toán …``) or, before ``là``,
# the victim (``nạn nhân là ông …``); a witness of history named by rank takes part
# (``nhân chứng Thượng tá …``), and so does an association of victims' chairman.
WITNESS_WORDS: tuple[str, ...] = ("nhân chứng",)
VICTIM_WORDS: tuple[str, ...] = ("nạn nhân",)
# Words allowed between a commemoration word and the name (``dâng hương lên …``).
COMMEMORATION_LINKS: tuple[str, ...] = ("lên", "tại", "trước", "tưởng niệm", "viếng", "của")

# People commemorated rather than taking part.
HISTORICAL_FIGURES: tuple[str, ...] = (
    "Hồ Chí Minh", "Nguyễn Ái Quốc", "Nguyễn Tất Thành", "Tôn Đức Thắng", "Võ Nguyên Giáp",
    "Lê Duẩn", "Trường Chinh", "Phạm Văn Đồng", "Võ Văn Kiệt", "Lê Hồng Phong", "Trần Phú",
    "Hà Huy Tập", "Nguyễn Văn Cừ", "Lê Văn Tám", "Võ Thị Sáu", "Nguyễn Thị Minh Khai",
    "Nguyễn Thị Định", "Kim Đồng", "Lý Tự Trọng", "Trần Hưng Đạo", "Trần Quốc Toản",
    "Lê Lợi", "Quang Trung", "Nguyễn Huệ", "Lý Thường Kiệt", "Ngô Quyền", "Đinh Tiên Hoàng",
    "Lê Thánh Tông", "Nguyễn Trãi", "Nguyễn Du", "Phan Bội Châu", "Phan Chu Trinh",
    "Phan Châu Trinh", "Huỳnh Thúc Kháng", "Nguyễn Đình Chiểu", "Trương Định",
    "Hoàng Văn Thụ", "Nguyễn Lương Bằng", "Phan Đình Phùng", "Tô Hiệu", "Nguyễn Chí Thanh",
    "Lê Quý Đôn", "Chu Văn An", "Nguyễn Thái Học", "Cù Chính Lan", "Phan Đình Giót",
    "Bế Văn Đàn", "Tô Vĩnh Diện", "La Văn Cầu", "Nguyễn Viết Xuân", "Hai Bà Trưng",
    "Trưng Trắc", "Trưng Nhị", "Bà Triệu", "Hoàng Hoa Thám", "Xuân Thủy", "Lê Đức Thọ",
    "Nguyễn Văn Trỗi", "Trần Văn Ơn", "Lê Thị Hồng Gấm", "Nguyễn Văn Linh", "Đỗ Mười",
    "Lê Khả Phiêu", "Nguyễn Hữu Thọ", "Huỳnh Tấn Phát", "Nguyễn Thị Bình", "Lý Thái Tổ",
    "Lý Công Uẩn", "Hùng Vương", "An Dương Vương", "Mạc Đĩnh Chi", "Nguyễn Bỉnh Khiêm",
    "Hàm Nghi", "Duy Tân", "Hoàng Diệu", "Trần Nhân Tông", "Nguyễn Khuyến",
    "Phạm Ngũ Lão", "Nguyễn Cư Trinh", "Nguyễn Thái Bình", "Trần Quang Khải", "Lê Lai",
    "Yết Kiêu", "Trần Khánh Dư", "Đề Thám", "Cao Thắng", "Lê Đại Hành", "Nguyễn Trung Trực",
    "Trương Công Định", "Lê Quý Đôn", "Trần Bình Trọng", "Phạm Hồng Thái", "Nguyễn Văn Cừ",
    # foreign leaders the country commemorates
    "Fidel Castro", "Che Guevara", "Lênin", "V.I. Lênin", "Các Mác", "Ăngghen",
)

# Vietnamese surnames, common first: a hint for where a name begins, never a gate.
COMMON_SURNAMES: tuple[str, ...] = (
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
    "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Đào", "Đoàn", "Trương", "Lâm", "Lương",
    "Mai", "Trịnh", "Cao", "Chu", "Hà", "Tạ", "Lưu", "Quách", "Tô", "Thái", "Triệu",
    "Kiều", "Tăng", "Châu", "Lại", "Lục", "Mạc", "Ninh", "Nông", "Phùng", "Tôn", "Từ",
    "Vương", "Âu", "La", "Lã", "Thân", "Thạch", "Khúc", "Khổng", "Giáp", "Hứa", "Hàn",
    "Diệp", "Doãn", "Đàm", "Đồng", "Đậu", "Bạch", "Bế", "Cù", "Cầm", "Cấn", "Chế",
    "Chung", "Giang", "Hầu", "Khuất", "Lạc", "Lăng", "Lư", "Mẫn", "Nghiêm", "Nhữ", "Phí",
    "Quản", "Tào", "Thiều", "Tiêu", "Trình", "Uông", "Vi", "Viên", "Tống", "Lữ", "Ôn",
    "Khương", "Mạch",
)
# Surnames of ethnic minorities and rarer Kinh ones.
OTHER_SURNAMES: tuple[str, ...] = (
    "Thào", "Sèn", "Chẩu", "Vàng", "Giàng", "Sùng", "Mùa", "Hờ", "Lầu", "Lù", "Tẩn",
    "Lèng", "Tòng", "Lường", "Quàng", "Điêu", "Sầm", "Lèo", "Sìn", "Ly", "Lồ", "Cứ",
    "Ksor", "Rah", "Rơ", "Siu", "Nay", "Kpă", "Y", "H'", "Danh", "Sơn", "Kiên", "Chau",
    "Lý", "Hảng", "Páo", "Phàn", "Chảo", "Bàn", "Sa", "Mông", "Dìu", "Lìu", "Hoàng",
    "Ngân", "Vy", "Đường", "Khà", "Mã", "Ứng", "Kha", "Niê", "Byă", "Lò", "Kim", "Lộc",
    "Ma", "Hồng", "Thích", "Phu", "Pờ", "Lỳ", "Đàng", "Thập", "Nại", "Lô",
)
# First words of Central Highlands names that name no place or common thing, as sure a
# sign of a person as a Kinh surname (``Siu Hương``, ``Ksor Phước``). Not ``A``, which also
# opens many communes' names (``A Lưới``, ``A Mú Sung``) and a unit's letter (``khoa A``).
HIGHLAND_NAME_STARTS: tuple[str, ...] = ("Ksor", "Rah", "Siu", "Kpă", "Niê", "Byă")

# Common middle names: a second syllable among these makes a name more likely.
MIDDLE_NAMES: tuple[str, ...] = (
    "Văn", "Thị", "Hữu", "Đức", "Ngọc", "Minh", "Thanh", "Quốc", "Xuân", "Hồng", "Công",
    "Đình", "Trọng", "Quang", "Kim", "Anh", "Thu", "Bích", "Mạnh", "Tiến", "Tuấn",
    "Hoàng", "Thế", "Bá", "Phước", "Phúc", "Tấn", "Duy", "Trung", "Việt", "Thành",
    "Huy", "Khánh", "Hải", "Nhật", "Thái", "Tài", "Chí", "Đăng", "Gia", "Như", "Lệ",
    "A", "Seo", "Mí", "Sín", "Y",
)

# Places whose names look like personal names.
PLACES: tuple[str, ...] = (
    "Việt Nam", "Hà Nội", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Hồ Chí Minh", "Thừa Thiên",
    "Lào Cai", "Yên Bái", "Hà Giang", "Tuyên Quang", "Cao Bằng", "Lạng Sơn", "Bắc Kạn",
    "Thái Nguyên", "Phú Thọ", "Vĩnh Phúc", "Bắc Giang", "Bắc Ninh", "Quảng Ninh",
    "Hải Dương", "Hưng Yên", "Thái Bình", "Hà Nam", "Nam Định", "Ninh Bình", "Hòa Bình",
    "Sơn La", "Điện Biên", "Lai Châu", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình",
    "Quảng Trị", "Quảng Nam", "Quảng Ngãi", "Bình Định", "Phú Yên", "Khánh Hòa",
    "Ninh Thuận", "Bình Thuận", "Kon Tum", "Gia Lai", "Đắk Lắk", "Đắk Nông", "Lâm Đồng",
    "Bình Phước", "Tây Ninh", "Bình Dương", "Đồng Nai", "Bà Rịa", "Vũng Tàu", "Long An",
    "Tiền Giang", "Bến Tre", "Trà Vinh", "Vĩnh Long", "Đồng Tháp", "An Giang",
    "Kiên Giang", "Hậu Giang", "Sóc Trăng", "Bạc Liêu", "Cà Mau", "Trung Quốc", "Hoa Kỳ",
    "Nhật Bản", "Hàn Quốc", "Tây Nguyên", "Nam Bộ", "Bắc Bộ", "Trung Bộ", "Tây Bắc",
    "Đông Bắc", "Sài Gòn", "Thủ Đức", "Biên Hòa", "Nha Trang", "Đà Lạt", "Hạ Long",
    "Móng Cái", "Phú Quốc", "Côn Đảo", "Trường Sa", "Hoàng Sa", "Hai Bà Trưng",
    "Hoàn Kiếm", "Ba Đình", "Đống Đa", "Cầu Giấy", "Tây Hồ", "Long Biên", "Hà Đông",
    "Thanh Xuân", "Hoàng Mai", "Nam Từ Liêm", "Bắc Từ Liêm", "Sa Pa", "Điện Biên Phủ",
    "Mộc Châu", "Mường Thanh", "Tân Sơn Nhất", "Nội Bài", "Bình Thạnh", "Gò Vấp",
    "Tân Bình", "Phú Nhuận", "Bình Tân", "Củ Chi", "Hóc Môn", "Nhà Bè", "Cần Giờ",
    "Đông Nam Bộ", "Đông Nam Á", "Bắc Trung Bộ", "Tây Nam Bộ", "Bắc Mỹ", "Châu Âu",
)

# Countries named in one word, which an office may end with (``Thủ tướng Lào``); names
# that are also given names (``Đức``, ``Anh``) are left out.
COUNTRIES: tuple[str, ...] = (
    "Lào", "Campuchia", "Nga", "Pháp", "Mỹ", "Úc", "Cuba", "Singapore", "Indonesia",
    "Malaysia", "Myanmar", "Philippines", "Brunei", "Canada", "Mông Cổ", "Thái Lan",
    "Ấn Độ", "Triều Tiên", "Cu Ba", "Hà Lan", "Thụy Điển", "Ba Lan", "Séc", "Hungary",
    "Italy", "Israel", "Belarus", "Ukraine", "Kazakhstan", "New Zealand", "Ai Cập",
)

# Catholic baptismal names, written before a priest's or a bishop's own name and part of
# it (``Giám mục Đaminh Trần Văn Lộc``).
BAPTISMAL_NAMES: tuple[str, ...] = (
    "Giuse", "Phêrô", "Phaolô", "Gioan", "Đaminh", "Vinh Sơn", "Phanxicô", "Anrê", "Antôn",
    "Tôma", "Giacôbê", "Matthêu", "Luca", "Máccô", "Gioakim", "Micae", "Raphae", "Stêphanô",
    "Augustinô", "Anphongsô", "Inhaxiô", "Giuse Maria", "Gioan Baotixita", "Phêrô Maria",
    "Maria", "Têrêsa", "Anna", "Cêcilia", "Agatha", "Lucia", "Martinô", "Barnaba",
)

# Countries named in two words, with which a firm's name often ends (``Samsung Việt
# Nam``); a person's rarely does, and then after Vietnamese words (``Nguyễn Thị Hà Lan``).
TWO_WORD_COUNTRIES: tuple[str, ...] = (
    "Việt Nam", "Trung Quốc", "Hoa Kỳ", "Nhật Bản", "Hàn Quốc", "Thái Lan", "Ấn Độ",
    "Mông Cổ", "Triều Tiên", "Hà Lan", "Ba Lan", "Ai Cập",
)

# Countries named in one word that are also given names, so left out of COUNTRIES: after
# an office they name the country (``Đại sứ Đức``, ``Thủ tướng Anh``), never a short form.
COUNTRY_GIVEN_NAMES: tuple[str, ...] = ("Đức", "Anh", "Nhật", "Hàn", "Ý", "Bỉ")

# First words of place names in the languages of the Central Highlands and the north
# (``Krông`` river, ``Đắk``/``Ea``/``Ia`` water, ``Chư``/``Cư`` mountain, ``Buôn``/``Kon``/
# ``Plei``/``Bon`` village): a run starting with one is a place, never a person.
PLACE_HEADS: tuple[str, ...] = (
    "Krông", "Đắk", "Đăk", "Ea", "Ia", "Chư", "Cư", "Buôn", "Kon", "Nậm", "Mường", "Pắc",
    "Mang", "Tu Mơ", "Plei", "Bon",
)

# Tokens after which a full stop does not end a sentence (``TP. Hồ Chí Minh``).
DOT_ABBREVIATIONS: tuple[str, ...] = ("q", "p", "th", "st", "tr", "h")

# Markers that end a sentence's useful text: photo credits and sources.
CREDIT_WORDS: tuple[str, ...] = ("ảnh", "nguồn", "video", "clip", "đồ họa")
# fmt: on
