"""Word and phrase pools for the generated articles (invented text, no real article).

Slots in braces are filled by :mod:`newsarchive.mirror.content`: ``{uy}`` the party
committee (``Tỉnh ủy``/``Thành ủy``), ``{dv}`` the unit (``tỉnh``/``thành phố``),
``{topic}``, ``{place}``, ``{n}``/``{m}`` numbers, ``{pct}`` a percentage.
"""

from __future__ import annotations

SURNAMES = (
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Vũ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
    "Đinh",
    "Hà",
    "Lò",
    "Thào",
    "Sèn",
    "Chẩu",
    "Giàng",
    "Vàng",
    "Lường",
    "Quàng",
    "Sùng",
    "Triệu",
)
MINORITY_SURNAMES = frozenset(
    {"Lò", "Thào", "Sèn", "Chẩu", "Giàng", "Vàng", "Lường", "Quàng", "Sùng"}
)
MIDDLE_MALE = ("Văn", "Minh", "Đức", "Quốc", "Hữu", "Thanh", "Xuân", "Ngọc", "Công", "Mạnh")
MIDDLE_FEMALE = ("Thị", "Thị Thu", "Thị Hồng", "Thị Thanh", "Thị Minh", "Thị Bích")
MINORITY_MIDDLE_MALE = ("A", "Seo", "Chỉn", "Văn", "Quáng", "Mí")
GIVEN_MALE = (
    "Hùng",
    "Sơn",
    "Dũng",
    "Hải",
    "Tuấn",
    "Thắng",
    "Long",
    "Phong",
    "Quang",
    "Bình",
    "Khánh",
    "Trung",
    "Thành",
    "Lâm",
    "Tiến",
    "Cường",
    "Hiếu",
    "Nam",
    "Toàn",
    "Vinh",
)
GIVEN_FEMALE = (
    "Lan",
    "Hương",
    "Thảo",
    "Mai",
    "Hạnh",
    "Nga",
    "Linh",
    "Yến",
    "Dung",
    "Huyền",
    "Trang",
)
MINORITY_GIVEN = ("Pọm", "Sình", "Dùng", "Khiêm", "Páo", "Chính", "Lử", "Sính", "Vần", "Chứ", "Pao")

PEN_NAMES = (
    "Thu Hà",
    "Minh Anh",
    "Quang Huy",
    "Hồng Nhung",
    "Văn Tuấn",
    "Bích Ngọc",
    "Đức Anh",
    "Thanh Tùng",
    "Lê Hòa",
    "Hải Yến",
    "Trọng Nghĩa",
    "Mai Phương",
    "Khánh Linh",
    "Việt Hưng",
    "Ngọc Diệp",
    "Tuấn Khải",
    "Phương Thảo",
    "Duy Khánh",
    "H.L",
    "T.N",
)

# Offices held together, in the order they are printed.
TITLE_STACKS: tuple[tuple[str, ...], ...] = (
    ("Ủy viên Ban Chấp hành Trung ương Đảng", "Bí thư {uy}"),
    ("Phó Bí thư {uy}", "Chủ tịch UBND {dv}"),
    ("Phó Bí thư Thường trực {uy}", "Chủ tịch HĐND {dv}"),
    ("Ủy viên Ban Thường vụ {uy}", "Phó Chủ tịch Thường trực UBND {dv}"),
    ("Phó Chủ tịch UBND {dv}",),
    ("Phó Chủ tịch HĐND {dv}",),
    ("Ủy viên Ban Thường vụ {uy}", "Trưởng ban Tổ chức {uy}"),
    ("Ủy viên Ban Thường vụ {uy}", "Chủ tịch Ủy ban MTTQ Việt Nam {dv}"),
    ("Giám đốc Sở Nông nghiệp và Môi trường",),
    ("Phó Giám đốc Sở Y tế",),
    ("Giám đốc Sở Khoa học và Công nghệ",),
    ("Chủ tịch UBND xã {place}",),
    ("Bí thư Đảng ủy xã {place}",),
)
RANK_STACKS: tuple[tuple[str, ...], ...] = (
    ("Đại tá", "Chỉ huy trưởng Bộ Chỉ huy Quân sự {dv}"),
    ("Thượng tá", "Phó Giám đốc Công an {dv}"),
    ("Thiếu tá", "Trợ lý Tác chiến Bộ Chỉ huy Quân sự {dv}"),
)

PROVINCES = (
    "Lào Cai",
    "Sơn La",
    "Điện Biên",
    "Cao Bằng",
    "Nghệ An",
    "Quảng Trị",
    "Gia Lai",
    "Đồng Tháp",
)
PLACES = (
    "Bản Xèo",
    "Tả Phìn",
    "Mường Hum",
    "Nậm Chạy",
    "Phong Hải",
    "Cốc Lầu",
    "Thanh Bình",
    "Tân Hòa",
    "Phú Lộc",
    "Hòa Thắng",
    "Nà Hẩu",
    "Pa Cheo",
    "Long Phước",
    "Vĩnh Xuân",
)
# Streets named after people: never participants.
STREETS = ("đường Trần Hưng Đạo", "đường Lê Lợi", "đường Nguyễn Thái Học", "đường Hoàng Văn Thụ")

TOPICS = (
    "chuyển đổi số",
    "xây dựng nông thôn mới",
    "giảm nghèo bền vững",
    "phòng, chống thiên tai",
    "cải cách hành chính",
    "phát triển du lịch cộng đồng",
    "bảo vệ và phát triển rừng",
    "bảo đảm trật tự an toàn giao thông",
    "phát triển giáo dục vùng cao",
    "chăm sóc sức khỏe ban đầu",
    "thu hút đầu tư",
    "phòng cháy, chữa cháy",
    "phát triển kinh tế tập thể",
    "giải ngân vốn đầu tư công",
    "bảo tồn văn hóa dân tộc",
)
EVENTS = (
    "hội nghị sơ kết 6 tháng",
    "hội nghị tổng kết năm",
    "buổi làm việc",
    "hội thảo chuyên đề",
    "phiên họp thường kỳ",
    "hội nghị triển khai kế hoạch",
    "buổi kiểm tra thực tế",
)
HEADLINES = (
    "{Dv} {province} đẩy mạnh {topic} tại {n} xã khó khăn",
    "{Event} về {topic} năm {year}",
    "Xã {place} về đích sớm chỉ tiêu {topic}",
    "Nâng cao hiệu quả {topic} ở xã {place}",
    "Tháo gỡ vướng mắc trong {topic}",
    "{n} mô hình {topic} mang lại hiệu quả thiết thực",
    "Kiểm tra tiến độ {topic} tại xã {place}",
    "Tạo chuyển biến rõ nét trong {topic} năm {year}",
    "Người dân {place} hưởng lợi từ {topic}",
    "Dấu ấn {topic} sau {n} tháng triển khai",
)
LEADS = (
    "{tp}, {org} tổ chức {event} về {topic}.",
    "{tp}, {org} đã tổng kết kết quả {topic} và đề ra nhiệm vụ trọng tâm thời gian tới.",
    "{tp}, {org} triển khai đợt cao điểm {topic} trên địa bàn {n} xã, phường.",
)
UNDATED_TIMES = ("Thời gian qua", "Thời gian gần đây", "Những năm gần đây")
ORGS = (
    "Ban Thường vụ {uy}",
    "UBND {dv}",
    "Sở Nông nghiệp và Môi trường",
    "Hội Nông dân {dv}",
    "Ban Chỉ đạo {topic} {dv}",
    "Đoàn Thanh niên {dv}",
    "Liên đoàn Lao động {dv}",
)
SENTENCES = (
    "Trong {n} tháng, toàn {dv} đã triển khai {m} mô hình {topic}, thu hút hơn {big} lượt người "
    "dân tham gia.",
    "Theo báo cáo, khối lượng công việc đến nay đạt {pct}% kế hoạch, cao hơn cùng kỳ năm trước.",
    "Nhiều địa phương đã chủ động rà soát, bổ sung kế hoạch, gắn trách nhiệm người đứng đầu với "
    "kết quả thực hiện.",
    "Bên cạnh kết quả đạt được, việc {topic} vẫn còn hạn chế như nguồn lực mỏng, phối hợp giữa "
    "các ngành chưa chặt chẽ.",
    "Gia đình anh {citizen} ở thôn {place} cho biết, nhờ làm theo hướng dẫn, thu nhập mỗi năm "
    "tăng thêm khoảng {n} triệu đồng.",
    "Tổng kinh phí dành cho các hạng mục năm nay khoảng {big} triệu đồng, chủ yếu từ ngân sách và "
    "nguồn xã hội hóa.",
    "Các tổ công tác đã đến từng thôn, bản để tuyên truyền, hướng dẫn bà con thực hiện đúng quy "
    "trình.",
    "Hội nghị đã nghe các đại biểu thảo luận, làm rõ nguyên nhân của những tồn tại và đề xuất "
    "giải pháp khắc phục.",
    "Đến nay, {m} hộ đã được hỗ trợ cây giống, vật tư với tổng giá trị gần {n} tỷ đồng.",
    "Một số công trình dọc {street} đã được chỉnh trang, tạo cảnh quan sạch đẹp cho khu dân cư.",
    "Nhờ cách làm bài bản, tỷ lệ hồ sơ được giải quyết đúng hạn đã tăng lên {pct}%.",
    "Lực lượng chức năng thường xuyên kiểm tra, kịp thời nhắc nhở và xử lý các trường hợp vi phạm.",
    "Sau {n} năm thực hiện, diện mạo nhiều thôn, bản đã đổi thay rõ rệt, đời sống người dân từng "
    "bước được nâng lên.",
    "Các hợp tác xã được hỗ trợ xây dựng thương hiệu, kết nối tiêu thụ sản phẩm ổn định với doanh "
    "nghiệp.",
)
# Compositional sentences: subject, action, object, result.
SUBJECTS = (
    "Nhiều hộ dân ở thôn {place}",
    "Các tổ công tác của xã",
    "Lực lượng đoàn viên thanh niên",
    "Cán bộ khuyến nông",
    "Ban quản lý dự án",
    "Các hợp tác xã trên địa bàn",
    "Hội Phụ nữ xã {place}",
    "Ngành y tế {dv}",
    "Các trường học vùng cao",
    "Đội xung kích của xã",
    "Chính quyền cơ sở",
    "Các doanh nghiệp trong khu công nghiệp",
)
ACTIONS = (
    "đã phối hợp triển khai",
    "tích cực tham gia",
    "chủ động đăng ký thực hiện",
    "được hỗ trợ kinh phí để thực hiện",
    "kiên trì duy trì",
    "từng bước nhân rộng",
    "đã hoàn thành sớm",
    "đang khẩn trương đẩy nhanh",
)
OBJECTS = (
    "{n} mô hình sinh kế",
    "các phần việc về {topic}",
    "kế hoạch chỉnh trang đường làng",
    "chương trình trồng mới {m} ha rừng",
    "việc số hóa hồ sơ hành chính",
    "các lớp tập huấn kỹ thuật",
    "chuỗi liên kết tiêu thụ nông sản",
    "đợt ra quân vệ sinh môi trường",
    "phong trào xây dựng khu dân cư kiểu mẫu",
    "việc sửa chữa {n} phòng học",
)
RESULTS = (
    "góp phần nâng cao thu nhập cho người dân",
    "qua đó tạo thêm việc làm cho {m} lao động",
    "bảo đảm tiến độ đề ra",
    "nhận được sự đồng tình của nhân dân",
    "giúp tỷ lệ hộ nghèo giảm còn {n}%",
    "tạo sức lan tỏa trong cộng đồng",
    "với tổng kinh phí hơn {big} triệu đồng",
    "chỉ trong thời gian {n} tháng",
)
CLOSINGS = (
    "Thời gian tới, {org} tập trung chỉ đạo quyết liệt, phấn đấu hoàn thành các chỉ tiêu trước "
    "ngày {d}/{mo}.",
    "Các đại biểu thống nhất tiếp tục đổi mới cách làm, bảo đảm mỗi nhiệm vụ đều có người chịu "
    "trách nhiệm và thời hạn hoàn thành.",
    "Dịp này, {n} tập thể và {m} cá nhân có thành tích xuất sắc được khen thưởng.",
    "Kết thúc buổi làm việc, đoàn đã đi kiểm tra thực tế tại một số công trình đang thi công.",
)
EDIT_NOTES = (
    "Theo thông tin cập nhật, đến hết ngày {d}/{mo}, các đơn vị đã hoàn thành thêm {n} hạng mục, "
    "nâng tổng số lên {m} hạng mục.",
    "Cập nhật thêm: đơn vị thi công cam kết bàn giao phần việc còn lại trong {n} ngày tới.",
)
DIRECTIVES = (
    "đề nghị các cấp, các ngành bám sát cơ sở, tháo gỡ kịp thời khó khăn cho người dân",
    "yêu cầu các đơn vị rà soát lại tiến độ, làm rõ trách nhiệm của từng tập thể, cá nhân",
    "nhấn mạnh việc {topic} phải lấy người dân làm trung tâm",
    "đề nghị tăng cường kiểm tra, giám sát, không để xảy ra tình trạng chậm trễ kéo dài",
)
QUOTES = (
    "Chúng tôi xác định đây là nhiệm vụ thường xuyên, phải làm đến nơi đến chốn",
    "Khó khăn còn nhiều, nhưng sự đồng thuận của bà con là động lực lớn nhất",
    "Đơn vị sẽ tiếp tục phối hợp chặt chẽ với địa phương để hoàn thành kế hoạch",
)
CAPTIONS = (
    "Quang cảnh hội nghị",
    "Các đại biểu tham quan mô hình {topic}",
    "Cán bộ xã hướng dẫn người dân thực hiện thủ tục trực tuyến",
    "Người dân thôn {place} thu hoạch chè",
    "Lực lượng chức năng kiểm tra hiện trường",
    "Một góc xã {place} hôm nay",
)
TAGS = ("{topic}", "xã {place}", "{event}")
