"""People recogniser: own sentences -> names (positives, negatives, partial mentions, bylines)."""
import gc
import time

import pytest

from vnextract import extract
from vnextract.people import find_people


def names(text):
    return [p.name for p in extract(text).people]


def people(text):
    return extract(text).people


POSITIVES = [
    ("Phó Bí thư Thường trực Tỉnh ủy Bình Dương Phạm Văn Cành phát biểu.", ["Phạm Văn Cành"]),
    ("Chủ tịch nước Trần Đại Quang tiếp đoàn đại biểu.", ["Trần Đại Quang"]),
    ("Thượng tướng Tô Lâm, Bộ trưởng Bộ Công an, dự lễ.", ["Tô Lâm"]),
    ("Hôm qua, ông Nguyễn Văn Hải đến thăm gia đình.", ["Nguyễn Văn Hải"]),
    ("Theo bà Lê Thị Hoa, giá rau tăng mạnh.", ["Lê Thị Hoa"]),
    ("Đồng chí Hoàng Minh Tuấn được bầu làm Bí thư.", ["Hoàng Minh Tuấn"]),
    ("PGS.TS Đỗ Quang Huy cho biết thêm về đề tài.", ["Đỗ Quang Huy"]),
    ("Đại tá Vũ Đình Khoa chỉ đạo lực lượng.", ["Vũ Đình Khoa"]),
    ("Chủ tịch UBND tỉnh Hậu Giang Đồng Văn Minh cho biết dự án đã xong.", ["Đồng Văn Minh"]),
    ("Phó Chủ tịch UBND TP Hà Nội Ngô Văn Bình đọc diễn văn.", ["Ngô Văn Bình"]),
    ("Tổng thống Mỹ Donald Trump gọi điện cho Tổng thống Nga Vladimir Putin.", ["Donald Trump", "Vladimir Putin"]),
    ("Thủ tướng Đức Angela Merkel phát biểu tại Berlin.", ["Angela Merkel"]),
    ("Chủ tịch Hồ Chí Minh đọc Tuyên ngôn Độc lập.", ["Hồ Chí Minh"]),
    ("Chúng ta làm theo lời dạy của Bác Hồ về y đức.", ["Hồ"]),
    ("Kết quả được công bố muộn. ĐẶNG THANH BÌNH", ["ĐẶNG THANH BÌNH"]),
    ("Đối tượng N.V.A bị bắt khi đang trốn.", ["N.V.A"]),
    ("Viktor Leonov được phong Anh hùng.", ["Viktor Leonov"]),
    ("Ngày 12/3, ông Phạm Quốc Việt cùng ông Lê Bá Hùng kiểm tra công trình.", ["Phạm Quốc Việt", "Lê Bá Hùng"]),
    ("Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến trả lời chất vấn.", ["Nguyễn Thị Kim Tiến"]),
    ("Giám đốc VC PMC Phó Đức Phương trả lời báo chí.", ["Phó Đức Phương"]),
    ("Ông Nguyễn Hữu Dũng cho biết dự án đang chậm.", ["Nguyễn Hữu Dũng"]),
    ("Nhà làm phim Tây Ban Nha Pedro Almodovar làm chủ tịch ban giám khảo.", ["Pedro Almodovar"]),
    ("Bác sĩ Trần Văn Tâm đang điều trị cho chị Đ. tại bệnh viện.", ["Trần Văn Tâm", "Đ."]),
    ("Bà Merkel gặp Tổng thống Mỹ George W. Bush tại Berlin.", ["Merkel", "George W. Bush"]),
    ("Chủ tịch Trung Quốc Tập Cận Bình tiếp Tổng thống Mỹ Obama.", ["Tập Cận Bình", "Obama"]),
    ("Lần lượt NSND Trà Giang, NSND Đoàn Dũng lên sân khấu.", ["Trà Giang", "Đoàn Dũng"]),
    ("Tại hội thảo, TS. Lee Won Hee trình bày báo cáo.", ["Lee Won Hee"]),
    ("Danh sách ủng hộ: Tran Van Hung 200.000 đồng.", ["Tran Van Hung"]),
    ("Đồng chí K’Tiêng được bầu làm Chủ tịch huyện.", ["K’Tiêng"]),
    ("Trong buổi giao lưu, Chris Khoa Nguyễn chia sẻ kinh nghiệm.", ["Chris Khoa Nguyễn"]),
    ("Đội hình xuất phát có Văn Lâm, Duy Mạnh và Quang Hải.", ["Văn Lâm", "Duy Mạnh", "Quang Hải"]),
    ("Nhạc sĩ Đức Trí và ca sĩ Mỹ Tâm cùng biểu diễn.", ["Đức Trí", "Mỹ Tâm"]),
    ("Sau đó, Minh nhớ lại chuyện cũ rồi Ngọc nói tiếp.", ["Minh", "Ngọc"]),
]

NEGATIVES = [
    "Nhà hàng nằm trên đường Nguyễn Huệ, quận 1.",
    "Sáng nay TP Hồ Chí Minh mưa lớn.",
    "Học sinh Trường THPT Lê Quý Đôn đạt giải cao.",
    "Ông được tặng Huân chương Hồ Chí Minh.",
    "Tác phẩm nhận Giải thưởng Hồ Chí Minh năm nay.",
    "Đoàn công tác đến thăm tỉnh Bình Dương và tỉnh Thái Bình.",
    "Quán ăn ở số 45 Lê Lợi luôn đông khách.",
    "Công ty đặt trụ sở tại Hà Nội và Đà Nẵng.",
    "Tuy nhiên, Trung tâm chưa trả lời.",
    "Hai nước Việt Nam và Thái Lan ký thỏa thuận.",
    "Bộ trưởng Bộ Tài chính ký quyết định.",
    "Tổng thống Mỹ cho biết sẽ gặp Thủ tướng Anh.",
    "Trên tàu mang tên Viktor Leonov có 200 thủy thủ.",
    "Giá xe Toyota Camry tăng 20 triệu đồng.",
    "Người dân đi lễ ở Đền Thánh mẫu Liễu Hạnh.",
    "Hãng hàng không Viet Bamboo Airways nộp hồ sơ.",
    "Liên lạc giữa các xã Hòa Châu, Hòa Lợi, Hòa Thái bị gián đoạn.",
    "Cây me già đầu phố Quang Trung, Lý Thường Kiệt đã ra hoa.",
    "Bà con đi qua rạch Bà Rựa mỗi ngày.",
    "Real Madrid đoạt cú đúp La Liga và Champions League.",
    "Các nghệ nhân người Chu Ru biểu diễn cồng chiêng.",
    "Bão Maria đã đổ bộ vào đảo.",
    "Đối tượng trú tại Bùi Xương Trạch, quận Thanh Xuân.",
    "Công ty Cổ phần Đầu tư và Xây dựng giao thông Phương Thành trúng thầu.",
    "Đoàn đại biểu vào Lăng Chủ tịch Hồ Chí Minh.",
    "Buổi lễ diễn ra tại Nhà tưởng niệm đồng chí Lê Văn Lương.",
    "Xe Exciter đụng xe tải trên quốc lộ.",
    "Tổng Giám đốc Viet Bamboo Airways là ông Đặng Tất Thắng.",
]

PARTIALS = [
    # (text, mention, canonical)
    ("Ông Đặng Quý Hưng xây nhà trái phép. Sau đó ông Hưng đã chấp hành.", "Hưng", "Đặng Quý Hưng"),
    ("Em Bùi Thị Mỹ Dung nhặt được túi tiền. Nhà trường tặng giấy khen cho Dung.", "Dung", "Bùi Thị Mỹ Dung"),
    ("Tổng thống Pháp Emmanuel Macron lên án vụ tấn công. Ông Macron nhấn mạnh điều đó.", "Macron",
     "Emmanuel Macron"),
    ("Đại biểu Phạm Thị Minh Hiền chất vấn. Đại biểu Minh Hiền lấy dẫn chứng.", "Minh Hiền", "Phạm Thị Minh Hiền"),
    ("Thủ tướng Singapore Lý Hiển Long lên tiếng. Thủ tướng Lý cũng cho biết thêm.", "Lý", "Lý Hiển Long"),
    ("Nam tài tử Mỹ Will Smith có mặt. Smith cho biết anh rất vui.", "Smith", "Will Smith"),
]

BYLINES = [
    ("Lễ kết thúc lúc 11 giờ.\n\nTin, ảnh: Nguyễn Văn Việt (TTXVN)", "Nguyễn Văn Việt", "author"),
    ("Phó Thủ tướng phát biểu tại buổi lễ. Ảnh: Nguyễn Chinh - TTXVN. Buổi lễ kết thúc.", "Nguyễn Chinh", "photo"),
    ("Công trình đường sắt (Ảnh: K.K).\nUBND quận đã họp.", "K.K", "photo"),
    ("Hội nghị đã bế mạc./. Kim Anh/VOV.VN", "Kim Anh", "author"),
    ("Các đơn vị phải báo cáo trước ngày 5. Song Hà", "Song Hà", "author"),
    ("Phim ra mắt vào tháng sau. Tuấn Vĩ Theo Reuters", "Tuấn Vĩ", "author"),
    ("Bà con rất phấn khởi.\nMinh PhươngTheo Bangkok Post", "Minh Phương", "author"),
    ("Ông nói thêm về kế hoạch. Theo Linh San (nld.com.vn)", "Linh San", "author"),
    ("Đội tuyển đã lên đường.\nTiểu Lam - Thể thao Việt Nam", "Tiểu Lam", "author"),
    ("Đề xuất đã được gửi đi.\nLan Hương - Trường Thịnh (tổng hợp)", "Trường Thịnh", "author"),
    ("Xe chạy thử.\n(Ảnh: Nguyễn Tuyến-Thành Hữu/Vietnam+)\nDự án sắp xong.", "Thành Hữu", "photo"),
    ("Trận đấu kết thúc. Ảnh: Đình Văn Có lẽ đội khách sẽ kháng nghị.", "Đình Văn", "photo"),
    ("Giá vé tăng.\nThu Hà\nTheo Lao Động", "Thu Hà", "author"),
    ("Khởi công cầu mới. Phạm Đức - Nhâm Thìn", "Nhâm Thìn", "author"),
]

NOT_BYLINES = [
    "Ngân hàng báo cáo kết quả. PV",
    "Ảnh minh họa: T.L",
    "Đoàn đã về nước. (Tổng hợp)",
    "Ảnh: Straits Times",
    "Đoàn đã đến.\nHà Nội - Thủ đô ngàn năm văn hiến",
    "Tàu đã cập cảng. Ảnh: Reuters.",
]

# each row: a bug found while building the recogniser (input -> expected names)
BUGS_CAUGHT = [
    # a nationality after "con gái", "con trai", "chàng" is no name (hand checks, seeds 5126 and 5130; whole
    # corpus: 17 mentions, none a person)
    ("Nét đẹp của người con gái Việt được tôn lên. Anh chàng Việt kiều ấy rất vui.", []),
    # organisations named after a person (hand checks, seeds 5120, 5123, 5124): the school's or hospital's
    # name, read whole by organizations.py, is no person; a person right after it keeps only their name
    ("Năm nay Trường ĐH Y khoa Phạm Ngọc Thạch tuyển sinh trên cả nước.", []),
    ("Sinh viên Trường Đại học Tôn Đức Thắng nhận học bổng.", []),
    ("Bé được đưa vào Bệnh viện đa khoa Hồng Phúc cấp cứu.", []),
    ("Hiệu trưởng Trường THPT Phan Đình Phùng Nguyễn Văn An cho biết.", ["Nguyễn Văn An"]),
    ("Giám đốc Bệnh viện Bạch Mai Trần Quốc Hưng cho biết.", ["Trần Quốc Hưng"]),
    # hand check, seed 5110: a currency; corpus search: a militant group, racing teams, aircraft, a technology
    ("Các đồng tiền khác như Yên Nhật, Đô la Úc đều tăng giá.", []),
    ("Nhóm Maute chiếm thành phố. Maute tuyên bố trung thành với IS.", []),
    ("Tay đua của Toro Rosso về thứ năm, Force India giành 10 điểm.", []),
    ("Chuyên cơ Air Force One hạ cánh, ông Trump rời Force One.", ["Trump"]),
    ("Công nghệ Quick Charge giúp sạc nhanh hơn.", []),
    # a country's other spellings (hand check, seed 5110; corpus: "Thụy Sỹ" 187 times)
    ("Ở trận chung kết, tay vợt Thụy Sỹ sẽ gặp Rafael Nadal.", ["Rafael Nadal"]),
    # an Ê Đê man's name is shortened from the front ("Y Ăi"), a woman's to her given name ("H’Mai")
    ("Y Ăi Adrơng và vợ là H’Mai Byă đi dự đám cưới. Khoảng 1h sáng, Y Ăi về nhà, H’Mai ở lại.",
     ["Y Ăi Adrơng", "H’Mai Byă", "Y Ăi", "H’Mai"]),
    # a product line of a maker's ("Galaxy J7 Max")
    ("Samsung sắp ra mắt Galaxy J7 Max. Galaxy J7 Max có màn hình lớn.", []),
    # hand checks, seeds 5117 and 5119: streets after "phố ẩm thực", "đường hoa", "nút" (a junction)
    ("Quán ốc nằm trên con phố ẩm thực Tống Duy Tân rất đông khách.", []),
    ("Ban tổ chức rút kinh nghiệm tổ chức đường hoa Nguyễn Huệ.", []),
    ("Giải pháp này gỡ ùn ứ ở nút Hồ Văn Huê - Hoàng Văn Thụ.", []),
    # hand checks, seeds 5121-5125: a militant group, bands, Buddhist monks and nuns, a script
    ("Nhóm Boko Haram bắt cóc 200 nữ sinh. Boko Haram tuyên bố chịu trách nhiệm.", []),
    ("Ban nhạc Twenty One Pilots và Lukas Graham giành giải.", []),
    ("Tăng Ni và Phật tử dự lễ, chữ Hán Nôm được lưu giữ.", []),
    # hand checks, seeds 5120-5122: a prison, a supercomputer, a game console, an English species name
    ("Băng nhóm đã trốn khỏi nhà tù Marco Aurelio Soto vào đêm 12/5.", []),
    ("Siêu máy tính Sunway TaihuLight nhanh nhất thế giới.", []),
    ("Máy chơi game Xbox One bán chạy, Xbox cũng giảm giá.", []),
    ("Tôm hùm đất (Red Swamp Crayfish) sinh sản nhanh.", []),
    # hand check, seed 5118: "Việt Kiều" (overseas Vietnamese) is a common noun written with capitals
    ("Nhiều Việt Kiều về nước ăn Tết, anh Hùng cho biết.", ["Hùng"]),
    # hand checks, seeds 5114-5116: a motorbike maker, an app, a hill, a city after a mayor, a virus, "the West"
    ("Anh đã đi cùng Moto Guzzi trong 27 năm. Trên bình xăng có chữ ký của Guzzi.", []),
    ("Bạn có thể cần đến Dual Space. Dual Space là ứng dụng miễn phí.", []),
    ("Vật thể lạ nhào lộn gần ngọn đồi Cley Hill ở Somerset.", []),
    ("Thị trưởng Sochi cho biết thành phố đã sẵn sàng.", []),
    ("Virus Epstein Barr gây bệnh ở trẻ nhỏ.", []),
    ("Nhóm nhạc lan tỏa ảnh hưởng đến khu vực Âu Mỹ.", []),
    # hand check, seed 5112: an English shop word after a Vietnamese name ("Hoàng Gia Pearl", not a stage name)
    ("Các kiểu chuỗi ngọc trai của Hoàng Gia Pearl được lựa chọn kỹ.", []),
    ("Sách do Phương Nam Book phát hành, Pixl Toys bán phụ kiện.", []),
    # hand check, seed 5113: a bus stop, a palace, a sports venue; a shop's
    # goods that hold an animal ("quán thịt chó Anh Tú" is the shop's name)
    ("Hành khách đi bộ vào nhà chờ Khuất Duy Tiến để mua vé.", []),
    ("Ông Maduro phát biểu tại dinh tổng thống Miraflores.", ["Maduro"]),
    ("Giải đấu diễn ra tại Cung thể thao Tiên Sơn, Đà Nẵng.", []),
    ("Vài năm sau, quán thịt chó Anh Tú nâng cấp thành khu nhà sàn.", []),
    # hand check, seed 5111: an origin, a law named after a person, a nationality after "trẻ em", a club
    ("Ông là người Mỹ gốc Hoa, sinh ra ở California.", []),
    ("Theo Đạo luật Scott, mọi người phải tuân thủ.", []),
    ("Nhiều trẻ em Mỹ mắc bệnh béo phì.", []),
    ("Cựu HLV Leipzig Ralf Rangnick vừa nhận lời.", ["Ralf Rangnick"]),
    # legendary and fictional characters (hand check, seed 5110: "ông Bụt"); a real name ending like one stays
    ("Ông Bụt trong truyện cổ tích hiện lên giúp cô gái.", []),
    ("Cảnh sát chặn chiếc xe do Tôn Ngộ Không cầm lái, Trư Bát Giới ngồi sau.", []),
    ("TS Vũ Ngọc Hoàng phát biểu tại hội thảo.", ["Vũ Ngọc Hoàng"]),
    # "Ảnh: P.V" is a reporter's credit, not initials (hand check, seed 5110)
    ("Căn nhà bị cháy rụi. Ảnh: P.V", []),
    # a dike named after a person (hand check, seed 5110)
    ("Nhà tôi ở trong đê Nguyễn Khoái, chưa từng ngập.", []),
    # a season after a word of time goes alone: the person of the same name stays (hand check, seed 5110)
    ("Anh Xuân cho biết, Xuân và vợ về quê dịp đầu Xuân.", ["Xuân", "Xuân"]),
    # hand check, seed 5109: streets chained after an overpass or a junction; a tournament; a film
    ("Cầu vượt tại vòng xoay Nguyễn Kiệm - Nguyễn Thái Sơn có tổng mức đầu tư 504 tỉ đồng.", []),
    ("Nadal đăng quang Roland Garros năm ngoái.", ["Nadal"]),
    ("Tài tử Tuyệt đỉnh Kung Fu không mộng mơ làm ngôi sao.", []),
    # a Cambodian honorific (hand check, seed 5108)
    ("Thủ tướng Campuchia Samdech Techo Hun Sen tuyên bố.", ["Hun Sen"]),
    # hand check, seed 5108: the five elements, a phone's camera, a lingerie brand, a club after a position
    ("Người mệnh Kim hợp màu trắng. Người hành Thủy nên chọn màu đen.", []),
    ("Phụ nữ thích đồ lót Victoria Secret. Victoria Secret vừa ra mắt.", []),
    ("MU muốn lôi kéo cặp trung vệ Swansea và Aguero.", ["Aguero"]),
    # a time before a name is no house number (live commentary, VLSP dev review)
    ("• 2017-09-22 15:14 Nguyên Hoàng mở tỷ số cho đội nhà.", ["Nguyên Hoàng"]),
    ("Lúc 9h30 Nguyễn Văn An đến trụ sở.", ["Nguyễn Văn An"]),
    ("Nhà ông ở số 45 Lê Lợi.", []),
    # a stage name with its Latin word first and a given-name syllable of the mined names ("Đăng"); not a
    # Latin word glued to the next sentence ("Valentine Tìm hiểu")
    ("Juun Đăng Dũng ra mắt MV mới. MV Cuội khờ của Juun vừa ra mắt.", ["Juun Đăng Dũng", "Juun"]),
    ("Bí kíp tỏ tình trong ngày Valentine Tìm hiểu về sở thích của nàng. Ngày Valentine vui.", []),
    # a nationality after "cô gái", "mẹ" (VLSP dev review); the Việt Minh front; an armed group
    ("Những cô gái Thái sáng đến lo chuyện bếp núc.", []),
    ("Người mẹ Mỹ buộc phải phá thai.", []),
    ("Anh Thái cho biết như vậy.", ["Thái"]),
    ("Sau khi chính phủ Việt Minh rút khỏi Hà Nội, ông tham gia Việt Minh.", []),
    ("Nhóm Abu Sayyaf bắt cóc con tin. Abu Sayyaf đòi tiền chuộc.", []),
    # a club known by name glued before a player's name is no part of it (hand check, seed 5107)
    ("Chelsea bán Nathan Ake - 20 triệu bảng, tới Bournemouth Oscar Silva - 60 triệu bảng.",
     ["Nathan Ake", "Oscar Silva"]),
    # hand check, seed 5107: a ship named after an admiral and its other mentions; a show; Hà thành
    ("Tàu sân bay Đô đốc Kuznetsov đã rời cảng. Kuznetsov là tàu sân bay duy nhất của Nga.", []),
    ("Đô đốc Nguyễn Văn Hiến cho biết.", ["Nguyễn Văn Hiến"]),
    ("Show hẹn hò Dating Naked gây sốc. Dating Naked lên sóng.", []),
    ("Nữ ca sĩ Hà thành gây chú ý.", []),
    # one foreign word joined to a person the rules are sure of (recall check, seed 7206)
    ("Gerard Pique và Rafinha mới dính chấn thương.", ["Gerard Pique", "Rafinha"]),
    ("Đội hình có Carvalho hay Nani.", ["Carvalho", "Nani"]),
    ("Messi và Barca đàm phán hợp đồng mới.", ["Messi"]),
    # a family name with its particles, seen again after the full name (VLSP dev review)
    ("Gần biên giới, Jacob van den Borne, một nông dân, cho biết. Kể từ năm 2000, van den Borne đã thử.",
     ["Jacob van den Borne", "van den Borne"]),
    # a tower named after a person (hand check, seed 5106)
    ("Họ ở trong tháp Trump tại New York. Ông Trump cho biết.", ["Trump"]),
    # a bus route: a chain of five or more dashed items with a place in it (hand check, seed 5106); a
    # line-up of players holds no place; a company joined by "&"
    ("Lộ trình mới: Hai Bà Trưng - Nguyễn Khuyến - Văn Miếu - Quốc Tử Giám - Tôn Đức Thắng - Chu Văn An - "
     "Điện Biên Phủ - Hoàng Diệu - Đường Thanh Niên - Phan Đình Phùng.", []),
    ("Đội hình: Đặng Văn Lâm - Đỗ Duy Mạnh - Trần Đình Trọng - Quế Ngọc Hải - Vũ Văn Thanh.",
     ["Đặng Văn Lâm", "Đỗ Duy Mạnh", "Trần Đình Trọng", "Quế Ngọc Hải", "Vũ Văn Thanh"]),
    ("Tỷ phú Nga mua lại chuỗi cửa hàng Holland & Barrett lớn nhất nước Anh.", []),
    # a stage name whose second given name is also a country (recall check, seed 7207)
    ("Hot girl Quỳnh Anh Shyn vừa khoe ảnh mới. Quỳnh Anh Shyn cho biết cô rất vui.",
     ["Quỳnh Anh Shyn", "Quỳnh Anh Shyn"]),
    # checks of seeds 5106 and 7207: a company between a business title and the person; a given name
    # that is also a function word, inside a sentence; a beauty contest
    ("Giám đốc điều hành Disney Bob Iger đến dự.", ["Bob Iger"]),
    ("Tướng Amir Ali Hajizadeh chỉ huy đơn vị.", ["Amir Ali Hajizadeh"]),
    ("Bà Huỳnh Thị Huyền Như bị bắt. Với thủ đoạn trên, Như bị cáo buộc chiếm đoạt tiền. Như vậy, vụ án kết thúc.",
     ["Huỳnh Thị Huyền Như", "Như"]),
    ("Cuộc thi Hoa hậu Hoàn Vũ năm nay diễn ra ở Philippines.", []),
    # an Ê Đê or Jarai man's name after "Y" (VLSP dev review); not a company "Y Combinator"
    ("Theo cáo trạng, Y Kuet Hwing và Y Bao Hwing đã bị bắt.", ["Y Kuet Hwing", "Y Bao Hwing"]),
    ("Quỹ Y Combinator Capital đầu tư vào nhiều công ty khởi nghiệp.", []),
    # a stage name with its Latin word first, the word alone elsewhere in the text (VLSP dev review)
    ("Sau 4 năm hoạt động, Soobin Hoàng Sơn đã gặt hái thành công. Soobin may mắn hơn nhiều bạn.",
     ["Soobin Hoàng Sơn", "Soobin"]),
    ("Diva Hồng Nhung còn gây bất ngờ bởi khu nhà vườn rộng.", []),
    ("Video khả năng săn bàn của Lukaku Hoàng Tâm - Thể thao. Lukaku ghi bàn.", ["Lukaku"]),
    # a match report's scorers before their minute marks, and their bare mentions (VLSP dev review)
    ("Ghi bàn: Nguyên Hoàng 13', Chí Bảo 50', 61', Quốc Hoàng 57'. Sau đó Chí Bảo tỏa sáng.",
     ["Nguyên Hoàng", "Chí Bảo", "Quốc Hoàng", "Chí Bảo"]),
    ("Đội hình: Schone (Van de Beek 70'), Klaassen (Neres 62').", ["Van de Beek", "Neres"]),
    ("Hà Nội 2-1 Hải Phòng: Văn Quyết 12', Hải Phòng 80'.", ["Văn Quyết"]),
    ("Anh cao 5'6 và nặng 60 kg.", []),
    # planets and roundabouts (recall check, seed 7206)
    ("Sao Hỏa là hành tinh đỏ. Tàu vũ trụ sẽ đến sao Hỏa vào năm sau.", []),
    ("Xe khách chạy qua vòng xoay Nguyễn Thái Sơn rồi rẽ phải.", []),
    # hand check, seed 5105: a company of two Latin words after a business title ("CEO của X") with its
    # other mentions; "Đồn Biên phòng"; an apartment block; Hollywood
    ("Sau khi CEO của Under Amour là Kevin Plank bình luận, phía Under Amour đã ra tuyên bố.", ["Kevin Plank"]),
    ("CEO của Apple Tim Cook cho biết.", ["Tim Cook"]),
    ("Theo Giám đốc Chen Tong, công ty tuyển 30 vệ sĩ.", ["Chen Tong"]),
    ("Cán bộ Đồn Biên phòng Cửa khẩu Cầu Treo phát hiện vụ việc.", []),
    ("Nhóm đàn ông ngồi ăn dưới chung cư Đỗ Văn Sửu.", []),
    ("Quý bà Hollywood 71 tuổi vẫn trẻ đẹp. Đạo diễn Hollywood James Cameron đến.", ["James Cameron"]),
    # a full name after a school's title record is the school's (VLSP dev review); after a ministry's, the holder
    ("Ông Vinh Hiển, Hiệu trưởng Trường Tiểu học Trương Văn Thành, cho biết.", ["Vinh Hiển"]),
    ("Bộ trưởng Tài nguyên và Môi trường Trần Hồng Hà cho biết.", ["Trần Hồng Hà"]),
    ("Chủ tịch UBND thành phố Nguyễn Văn Tài chủ trì cuộc họp.", ["Nguyễn Văn Tài"]),
    # football clubs known by name (org_names.tsv) and "Nghị sỹ" are no people
    ("Đây là hiểm địa bởi Stoke đã từng khiến nhiều đội ôm hận.", []),
    ("Cựu tiền đạo của Aston Villa, Darius Vassell cho biết.", ["Darius Vassell"]),
    ("Chủ tịch Nhóm Nghị sỹ hữu nghị Hàn Quốc - Việt Nam Kim Hack-yong phát biểu.", ["Kim Hack-yong"]),
    ("Cô gái Tân Cương này nằm trong danh sách.", []),
    # a known foreign given name after an award's name or a title's organisation; at the end of a list
    # after "người" (recall check, seed 7205)
    ("Cô vượt qua cả diễn viên đạt giải Oscar Natalie Portman.", ["Natalie Portman"]),
    ("Ông bán lại bức tranh cho một tỉ phú người Nga và Leonardo DiCaprio.", ["Leonardo DiCaprio"]),
    ("Các phố Lý Thường Kiệt, Quang Trung và Henry Dunant được lát đá.", []),
    ("Tại hội nghị, Chủ tịch EU Donald Tusk cho hay như vậy.", ["Donald Tusk"]),
    ("Tàu sân bay USS George Washington cập cảng.", []),
    # a given name that is also an organisation word, right after a person's cue (recall check, seed 7205)
    ("Chúng tôi gặp danh hài Trung Dân tại nhà riêng.", ["Trung Dân"]),
    ("Ca sĩ Quốc Thiên vừa ra mắt ca khúc mới.", ["Quốc Thiên"]),
    ("Hai cô giáo Trường Mầm non Sen Vàng bị kỷ luật.", []),
    ("Phó giáo sư Khoa Dinh dưỡng cho biết như vậy.", []),
    ("Ông là giáo sư Tân Ước tại trường.", []),
    # "bầu" (a club's owner) is a word of address; "bầu" (elect) before an organisation is none
    ("Sự nghiệp của bầu Đức gặp khó. Ông bầu Hiển đầu tư mạnh.", ["Đức", "Hiển"]),
    ("Người dân đi bầu Quốc hội khóa mới.", []),
    ("Cử tri bầu Hội đồng nhân dân các cấp.", []),
    # a show's name ending a singer's stage name
    ("Sau vụ ồn ào, Hương Giang Idol đã tạm đóng trang cá nhân.", ["Hương Giang Idol"]),
    ("Cuộc thi Vietnam Idol mùa mới bắt đầu.", []),
    # a character's other mentions go with it, also after a word of address
    ("Phim kể về cô bé So Won (Lee Re đóng). Sau đó, cô bé So Won sợ hãi. So Won dần hồi phục.", ["Lee Re"]),
    # a one-syllable place before two given names is a full name's first syllable, and a country that
    # is a given name abroad before a foreign word is the given name (hand check, seed 5104)
    ("Người mẫu Phi Thanh Vân cho biết cô rất vui.", ["Phi Thanh Vân"]),
    ("Đạo diễn Jordan Vogt-Roberts trả lời phỏng vấn.", ["Jordan Vogt-Roberts"]),
    ("Thủ tướng Nhật Shinzo Abe đã đến.", ["Shinzo Abe"]),
    # places and words of address the hand check found read as people
    ("Anh là doanh nhân nổi tiếng của Anh Quốc.", []),
    ("Quốc vương Qatar Emir Sheikh Tamim đã phát biểu.", ["Tamim"]),
    ("Ông Trần Văn Dũng (trú Vĩnh Hòa, Khánh Hòa) điều khiển xe.", ["Trần Văn Dũng"]),
    ("Nhân viên cây xăng Đức Lợi bị phạt vì gian lận.", []),
    ("Máy bay hạ cánh tại sân bay quốc tế John Kennedy ở New York.", []),
    # foreign provinces and cities are places for the people rules too (a name starting with one is cut)
    ("Lũ lụt gây thiệt hại ở Banteay Meanchey và Samut Prakan.", []),
    ("Thị trưởng Bordeaux Alain Juppe đã thua.", ["Alain Juppe"]),
    # a full name right after a title record whose organisation ends in a place word ("UBND tỉnh"):
    # the province is named elsewhere in the article, the name is the holder's
    ("Phó Chủ tịch UBND tỉnh Lê Văn Hòa đã ký quyết định.", ["Lê Văn Hòa"]),
    ("Theo Chủ tịch UBND TP Trần Quốc Bảo, việc này cần làm ngay.", ["Trần Quốc Bảo"]),
    ("Chủ tịch Hạ viện John Miller cho biết sẽ phản đối.", ["John Miller"]),
    ("Ông Phạm Văn Lộc, Trưởng thôn Đại Lâm cho biết như vậy.", ["Phạm Văn Lộc"]),
    # a one-word name of the press's mononyms starting the text
    ("Ronaldo tin rằng đội bóng sẽ sớm trở lại.", ["Ronaldo"]),
    ("Trận đấu kết thúc. Lukaku ghi hai bàn.", ["Lukaku"]),
    # the Roman state, not a person after "hoàng đế"
    ("Đền thờ phát triển dưới thời hoàng đế La Mã Decius.", ["Decius"]),
    # names the corpus writes after place and organisation words (person_thing_names.tsv): no person
    # when only bare-name rules found them, a person with a cue or as a byline
    ("Người dân xếp hàng trước các cửa hàng của Bảo Tín Minh Châu từ sáng sớm.", []),
    ("Từ đảo Bình Ba, du khách đi tiếp đến Bình Hưng bằng ca nô.", []),
    ("Anh Bình Hưng cho biết. Sau đó Bình Hưng về nhà.", ["Bình Hưng", "Bình Hưng"]),
    ("Giá vàng hôm nay tăng nhẹ.\nBình Hưng (tổng hợp)", ["Bình Hưng"]),
    # "Thành ủy" (a city Party committee) after a title: the syllable of a name of the text, but a word
    # of the language with the lower-case word after it (given_compounds.txt)
    ("Anh Nguyễn Văn Thành đã nhắn tin cho Bí thư Thành ủy Hải Phòng. Ông Thành xác nhận.",
     ["Nguyễn Văn Thành", "Thành"]),
    ("Bí thư Nguyễn Văn Thành đã đến. Sau đó Bí thư Thành phát biểu.", ["Nguyễn Văn Thành", "Thành"]),
    # "Sir" and "Sheikh" are words of address, outside the name's span
    ("Đó là mùa giải cuối cùng của Sir Alex Ferguson ở Old Trafford.", ["Alex Ferguson"]),
    ("Quốc vương Sheikh Tamim bin Hamad Al Thani đã phát biểu.", ["Tamim bin Hamad Al Thani"]),
    # a product named after a product noun somewhere in the text ("túi", "đồng hồ", "nước hoa")
    ("Người đẹp nào cũng có chiếc túi Chanel Gabrielle. Chanel Gabrielle có ba kích thước.", []),
    ("Anh ấy tặng cô chiếc đồng hồ của Trần Văn Nam. Anh Nam rất vui.", ["Trần Văn Nam", "Nam"]),
    # "Việt" after a kin noun or "quý ông" is a nationality; after "ông" alone, a man's name
    ("Nhiều quý ông Việt thừa nhận họ đã sai. Anh ấy lấy vợ Việt.", []),
    ("Theo ông Việt, đầu năm nay mọi việc đã ổn.", ["Việt"]),
    # English company words ("Land", "Realty", "Solution") in a name
    ("Theo báo cáo của Keppel Land, giá nhà sẽ còn tăng.", []),
    # an ocean after a command's title
    ("Người phát ngôn cho biết Bộ Tư lệnh Thái Bình Dương đã phát hiện vụ phóng.", []),
    # currencies written with a capital
    ("Nhà đầu tư đã đẩy đồng Bảng Anh mất giá so với Euro trong tuần qua.", []),
    # a subheading glued after a kin noun ("con trai | Người ta ...") gave the one-word person "Người"
    ("Bà là bạn thân của con trai Người ta thường nói như vậy.", []),
    ("Chị ấy đi cùng con trai Minh đến trường.", ["Minh"]),
    # "Thường trực" after a title was taken for a one-word name
    ("Phó Bí thư Thường trực Tỉnh ủy Bình Dương phát biểu.", []),
    # a sentence start missing its period glued "Bên" to the name
    ("Chủ tịch PVN Nguyễn Quốc Khánh Bên cạnh những thành tựu", ["Nguyễn Quốc Khánh"]),
    # a hyphen glued the next title word to the name
    ("Bà Trần Thị Quỳnh Trang-Trưởng phòng Tổ chức cho biết.", ["Trần Thị Quỳnh Trang"]),
    # the title's organisation ends in a place that starts with a family-name syllable
    ("Phó Thủ tướng Thường trực Chính phủ Trương Hòa Bình dự lễ.", ["Trương Hòa Bình"]),
    # a school noun capitalised in title case inside the run ("Đại Học" + a given-name pair)
    ("Điểm chuẩn năm nay: Đại Học Hồng Đức khoảng 18 điểm, Đại Học Thủy Lợi khoảng 19 điểm.", []),
    ("Ông Nguyễn Văn Nam, giảng viên Đại Học Bách Khoa, cho biết.", ["Nguyễn Văn Nam"]),
    # a bus company, a pedestrian street, a country's epithet, a Chinese province after a title
    ("Khoảng 14h bệnh nhân đi xe khách Hà Sơn - Hải Vân về Huế.", []),
    ("Du khách thích dạo phố đi bộ Bùi Viện, phố đi bộ Tạ Hiện vào buổi tối.", []),
    ("Mùa thu ở xứ sở Bạch Dương rất đẹp.", []),
    ("Ông từng là Phó tỉnh trưởng Cam Túc, sau đó làm Bí thư Vân Nam.", []),
    ("Thượng tướng Nguyễn Tân Cương dự lễ.", ["Nguyễn Tân Cương"]),
    # "Tiến sĩ Kinh tế": a one-word name after an occupation needs to be known from elsewhere
    ("Trình độ học vấn: Tiến sĩ Kinh tế.", []),
    # "Phó trưởng Ban Kinh tế Trung ương"
    ("Ông được bổ nhiệm Phó trưởng Ban Kinh tế Trung ương.", []),
    # an address number before a street named after a person
    ("Cơ sở tại địa chỉ 47/1, Lý Thường Kiệt, Phường 1.", []),
    # "Covid-19" after "bệnh nhân"
    ("Bệnh viện điều trị bệnh nhân Covid-19 đã hoạt động.", []),
    # a mixed Vietnamese/Latin run after "Tiếng"
    ("Giải pháp trợ lý ảo Tiếng Việt Cyberbot được triển khai.", []),
    # "Công bố" ends with the honorific-like "bố"
    ("Ông Nguyễn Lưu Trung dự lễ. Lễ Công bố Trung tâm Phục vụ hành chính công.", ["Nguyễn Lưu Trung"]),
    # a place before the name starts with a family-name syllable ("Nhật Bản" in the cue's clause)
    ("Năm 2014, ông cùng nhà khoa học người Nhật Bản Hiroshi Amano nhận giải.", ["Hiroshi Amano"]),
    # "Bác Hồ": "hồ" (lake) is a place word, but not after an honorific
    ("Lời dạy của Bác Hồ vẫn còn nguyên giá trị.", ["Hồ"]),
    # a one-word place after a province ("tỉnh Kiên Giang") shared the name's last syllable
    ("Ông Nguyễn Trường Giang làm việc tại tỉnh Kiên Giang.", ["Nguyễn Trường Giang"]),
    # "Anh hùng" (a cue) matched the given names "Anh Hùng" case-insensitively
    ("Theo ông Trần Anh Hùng, Phó Giám đốc, dự án đúng tiến độ.", ["Trần Anh Hùng"]),
    # a line break before the name kept the previous line's "huyện" as a place word
    ("Thông tuyến tại các bệnh viện tuyến huyện\nĐỗ Tấn Ngọc hỏi:", ["Đỗ Tấn Ngọc"]),
    # the organisation after a title ended in a family-name syllable: "Tổng cục Thuế Cao Anh Tuấn"
    ("Phó Tổng cục trưởng Tổng cục Thuế Cao Anh Tuấn cho biết.", ["Cao Anh Tuấn"]),
    # "Xã hội" ends with the organisation word "hội"
    ("Bộ trưởng Bộ Lao động, Thương binh và Xã hội Đào Ngọc Dung đã trao quà.", ["Đào Ngọc Dung"]),
    # a district after "Huyện ủy" following a title was taken for a name
    ("Phó Bí thư Thường trực Huyện ủy Hướng Hóa phát biểu.", []),
    # a date before a name looked like a house number "20/9, "
    ("Khuya 20/9, Jordan Vogt-Roberts cho biết phim đã đóng máy.", ["Jordan Vogt-Roberts"]),
    # "Công bố" ends with "bố"; "Trung tâm" is not the partial name "Trung"
    ("Bà Nguyễn Thị Trung phát biểu. Sau đó, Trung tâm công bố kết quả.", ["Nguyễn Thị Trung"]),
    # a capitalised "Anh" inside a sentence is a given name, not the honorific
    ("Vai chính do Anh Tuấn và Anh Dũng đảm nhận.", ["Anh Tuấn", "Anh Dũng"]),
    # "Nhật" (Japan) before a given-name pair is the person's own name
    ("Ca sĩ Nhật Kim Anh tổ chức tiệc sinh nhật.", ["Nhật Kim Anh"]),
    # an honorific before a foreign place word
    ("Chị ấy nên duyên với chồng Tây.", []),
    # a company designation with lower-case words before a given-name pair
    ("Ông làm tại Doanh nghiệp tư nhân Thủy Sinh ở xóm Phú.", []),
    # "Đình" (communal house) is also one of the commonest middle names
    ("Bị can Lê Văn Quang, Vũ Đình Hùng bị tạm giam.", ["Lê Văn Quang", "Vũ Đình Hùng"]),
    # a mountain after a school of thought ended in a rare family-name syllable ("Lâm")
    ("Thiền phái Trúc Lâm Yên Tử ra đời. Du khách đến Yên Tử rất đông.", []),
    # sexagenary year names ("Đinh" is a family name): never a person, unless a byline signs with one
    ("Chợ hoa Tết Đinh Dậu năm nay đông khách.", []),
    ("Sau Tết Kỷ Hợi, bà Lan mở lại quán.", ["Lan"]),
    ("Đầu xuân Canh Tý, người dân đi lễ chùa.", []),
    ("Năm Mậu Tuất, làng mở hội lớn. Ngày Giáp Ngọ tháng Bính Thân.", []),
    # law texts: ALL-CAPS heading lines are not bylines; a chapter number is no given name
    ("LUẬT\n\nHÀNH CHÍNH CÔNG\n\nChương I\n\nNHỮNG ĐIỀU CHUNG\n\nĐiều 1. Phạm vi\n\nLuật này áp dụng.", []),
    ("Chương II\n\nQUẢN LÝ, BẢO VỆ RỪNG\n\nĐiều 5. Nguyên tắc\n\nRừng được bảo vệ.", []),
    ("Mục 3. CHẾ ĐỘ THAI SẢN\n\nĐiều 9. Đối tượng\n\nNgười lao động được hưởng.", []),
    ("Danh mục\n\nTên Việt Nam\n\nTên khoa học\n\nCây lim xanh", []),
    ("Luật này có hiệu lực từ năm sau.\n\nCHỦ TỊCH QUỐC HỘI\n\nTrần Văn Bình", ["Trần Văn Bình"]),
    # a family name + a syllable that begins a common word with the next lower-case word
    ("3. Trình Quốc hội xem xét, quyết định.", []),
    ("Bộ trưởng quy định chi Tiết Điều này.", []),
    ("Ông là bí thư Đoàn Thanh niên của trường.", []),
    ("7. Trình Chính phủ ban hành nghị định.", []),
    # ... but an honorific keeps the name ("ông Quốc hỏi")
    ("Ông Trình Quốc hỏi lại cán bộ.", ["Trình Quốc"]),
    # a numbered list item starting with a given-name-like verb
    ("Người hành nghề phải:\n4. Đạt yêu cầu kiểm tra.\n5. Có sức khỏe.", []),
    # a football club after an occupation cue
    ("Các cầu thủ Arsenal ăn mừng bàn thắng.", []),
    ("Tiền đạo của Juventus đã ghi bàn.", []),
    # a caption repeating the name is two mentions, not one long name
    ("Ca sĩ Minh Thư Minh Thư vẫn tập thể dục mỗi sáng.", ["Minh Thư", "Minh Thư"]),
    # a photo credit glued to the next sentence's first word ("Vào", "Tại", "Theo")
    ("Hiện trường vụ cháy. Ảnh:P.Q Vào chiều qua, lửa bùng lên.", ["P.Q"]),
    # a company named like the given names of a person of the text
    ("Ông Lê Hoàng Long là chủ. Công ty TNHH may Hoàng Long bị phạt.", ["Lê Hoàng Long"]),
    # a year before the name is no house number ("Hoa khôi 2015 ...")
    ("Á hậu 2015 Trần Thị Mai Hương dự tiệc.", ["Trần Thị Mai Hương"]),
    ("Cửa hàng ở số 2015 Lê Văn Sỹ bị cháy.", []),
    # "lái xe" is a cue although "xe" is a vehicle word
    ("Tài xế lái xe Phạm Văn Đông khai nhận sự việc.", ["Phạm Văn Đông"]),
    # a name ends in a province, not in a place whose words are given names
    ("Đội Hoàng Anh Gia Lai thắng trận.", []),
    ("Công an đã bắt Nguyễn Trường Sơn (30 tuổi).", ["Nguyễn Trường Sơn"]),
    # a nationality after a family noun; "Việt kiều", "Thị xã" are words
    ("Cô lấy chồng Hàn từ năm 2010.", []),
    ("Sau khi cưới chồng Việt kiều, cô sang Mỹ.", []),
    # a country spelt another way, a kingdom
    ("Tổng thống Ucraine Petro Poroshenko phát biểu.", ["Petro Poroshenko"]),
    ("Đoàn đã đến Vương Quốc Anh hôm qua.", []),
    # one foreign word after "ông" stands for the person elsewhere in the text
    ("Ông Lavrov đến Hà Nội. Lavrov nói chuyến thăm rất tốt.", ["Lavrov", "Lavrov"]),
    # sluices named like people ("cống Phú Xuân")
    ("Dự án xây cống Phú Xuân và cống Tân Thuận.", []),
    # one-word names the press uses for famous players / leaders (data/person_mononyms.txt)
    ("Cú sút của Messi đi chệch cột dọc.", ["Messi"]),
    ("Chiến thuật của Mourinho bị chỉ trích.", ["Mourinho"]),
    # a product after the cue "Facebook"; a title written in title case
    ("Người dùng không mở được Facebook Messenger trên điện thoại.", []),
    ("Ông Lê Hữu Tài, Phó Bí Thư Huyện ủy, phát biểu.", ["Lê Hữu Tài"]),
    # a sentence starting with a common word whose first syllable is a name ("Lý giải", "Hoàng gia")
    ("Ông Trần Văn Lý dự họp. Lý giải điều này, ông cho biết giá đã tăng.", ["Trần Văn Lý"]),
    ("Bà Đỗ Minh Hoàng đến muộn. Hoàng gia Anh tổ chức tiệc.", ["Đỗ Minh Hoàng"]),
    # an ALL-CAPS byline and an ALL-CAPS name after a cue stay names
    ("Người dân rất vui mừng. Ảnh: HOÀNG LONG", ["HOÀNG LONG"]),
    ("Dưới đây là ý kiến của ông ĐỖ VĂN TƯỜNG, luật sư.", ["ĐỖ VĂN TƯỜNG"]),
    # a word that only starts a sentence or a caption, glued to the name (its period or line break
    # missing), ends the name (person_sentence_words.txt); a name and a sentence joined by a period
    ("Anh ấy là bạn của Trương Anh Ngọc Tôi đã gặp anh.", ["Trương Anh Ngọc"]),
    ("Bà Phạm Thị Hà Linh Ảnh: TTXVN", ["Phạm Thị Hà Linh"]),
    ("HLV dành sức ép cho Công Phượng Nói thẳng ra, đó là ưu ái.", ["Công Phượng"]),
    ("Ảnh chụp đơn của nghệ sĩ Xuân Hương Thông tin này gây bất ngờ.", ["Xuân Hương"]),
    ("Trận đấu có sự góp mặt của Nguyễn Văn Hùng.Chúng tôi ghi nhận.", ["Nguyễn Văn Hùng"]),
    ("Tiền đạo Lê Văn Tùng.Sau trận, đội trở về.", ["Lê Văn Tùng"]),
    ("Danh sách ghi bàn: 01. Wayne Rooney Vs Stoke 02. Paul Pogba Vs Swansea", ["Wayne Rooney", "Paul Pogba"]),
    # a book street, a crossing, an agency named after a person (person_negative.txt)
    ("Chương trình diễn ra tại đường sách Nguyễn Văn Bình vào cuối tuần.", []),
    ("Xe bị kẹt tại nút giao thông Trần Duy Hưng sáng nay.", []),
    ("Vé trúng thưởng được bán tại đại lý Mai Hoàng Ngân ở Ba Đình.", []),
    # an armed group before its spokesman's name (person_not_name_words.txt)
    ("Người phát ngôn của Taliban Zabihullah Mujahid cho rằng nhóm không liên quan.", ["Zabihullah Mujahid"]),
    ("Về phần mình, người phát ngôn phong trào Hamas Fawzy Barhum đã cáo buộc Israel.", ["Fawzy Barhum"]),
    # (but a name's syllable of such a pair stays: "Nguyễn Văn Thông"; "Sở Thông tin" is an office)
    ("Ông Nguyễn Văn Thông cho biết.", ["Nguyễn Văn Thông"]),
    ("Về Chủ tịch Hồ Chí Minh Sở Thông tin và Truyền thông tổ chức triển lãm.", []),
]


# names on any topic without the usual cue (issue 12): one row per rule
ANY_TOPIC = [
    # a common foreign given name (second list) starts a name without a cue
    ("Huấn luyện viên đã chọn Axel Witsel đá chính.", ["Axel Witsel"]),
    ("Theo nhà kinh tế Dinesh Kumar, lãi suất sẽ giảm.", ["Dinesh Kumar"]),
    # a foreign given name with an accent Vietnamese also writes ("é") still starts a name
    ("José Alvarez cho biết bệnh viện đã quá tải.", ["José Alvarez"]),
    # two names glued in one run (a caption, a list without a comma), a name glued to the next sentence
    ("Buổi ra mắt có Tom Cruise Brad Pitt cùng nhiều khách mời.", ["Tom Cruise", "Brad Pitt"]),
    ("Khán giả chờ Jennifer Lawrence Năm nay cô không dự lễ.", ["Jennifer Lawrence"]),
    # a known one-word foreign name starting a sentence before any lower-case word
    ("Trận đấu rất căng. Messi mở tỷ số ở phút thứ mười.", ["Messi"]),
    # "tướng" (a general) before a name; not before "Hồi giáo"
    ("Phát biểu tại hội nghị, tướng Arthur Brooks cho biết lực lượng đã sẵn sàng.", ["Arthur Brooks"]),
    ("Vị tướng Hồi giáo ấy chỉ huy đội quân.", []),
    # an Ê Đê woman's name: the prefix H' + a given name + a clan name, no cue
    ("Sau buổi diễn, H'Lan Niê chia sẻ niềm vui với khán giả.", ["H'Lan Niê"]),
    # a romanised Korean/Chinese family name + 1-2 syllables, with or without a cue
    ("Ông Park Hang Seo cho biết đội đã sẵn sàng.", ["Park Hang Seo"]),
    ("HLV Park Hang Seo dẫn dắt buổi tập chiều nay.", ["Park Hang Seo"]),
    ("Xie Yong, một giảng viên trẻ, nói rằng lớp học rất đông.", ["Xie Yong"]),
    # a one-word foreign name found after a cue in many corpus articles (data/person_names_mined.tsv)
    ("Kiatisuk ghi bàn ở phút cuối cùng.", ["Kiatisuk"]),
    ("Cả hội trường chờ Putin phát biểu.", ["Putin"]),
    # ... with an initial glued to it
    ("Sau khi C.Ronaldo bị treo giò, đội bóng gặp khó.", ["C.Ronaldo"]),
    # a stage name: a given name and a Latin word right after a cue
    ("Ca sĩ Hương Baby cho biết cô rất vui.", ["Hương Baby"]),
    # a given-name pair right after its cue, though its first word also names a direction
    ("Nữ ca sĩ Đông Nhi vừa ra mắt album mới.", ["Đông Nhi"]),
    # the items of a list of names, two of them found by the rules
    ("Đội hình: Văn Cường, Văn Học, Thiago, Ngọc Nguyên.", ["Văn Cường", "Văn Học", "Thiago", "Ngọc Nguyên"]),
    # the author, then a news outlet closing the text: only the author
    ("Giá vàng tăng mạnh trong phiên sáng nay.\nTheo Minh Lan\nDân Việt", ["Minh Lan"]),
    # the next sentence glued to a name without its period
    ("Chiếc xe bị dán băng keo. Ảnh: Anh Đức Ngày 14/6, mạng xã hội lan truyền clip.", ["Anh Đức"]),
    ("Cô được chọn đấu cặp với xạ thủ Hoàng Xuân Vinh Cũng vì có tố chất tốt.", ["Hoàng Xuân Vinh"]),
    # a dash glued to the word before a name, a space after it: an apposition, the name stays
    ("Mourinho muốn níu chân tiền vệ người Bỉ- Marouane Fellaini ở lại.", ["Mourinho", "Marouane Fellaini"]),
    # a company named like a person after a title: only the person
    ("Ông Huỳnh Minh Tâm (Giám đốc Công ty trách nhiệm hữu hạn Nhật Đức) bị tuyên án.", ["Huỳnh Minh Tâm"]),
    # ... or one found and the others foreign pairs without a cue
    ("Các ngôi sao Jack Wilshere, Andros Townsend, Micah Richards đều vắng mặt.",
     ["Jack Wilshere", "Andros Townsend", "Micah Richards"]),
    # a known one-word name after "về phía" (the side of a person)
    ("Về phía Griezmann, anh cũng không hề tỏ ra nao núng.", ["Griezmann"]),
    # the speaker after a quotation and its comma, before a speech verb
    ('"Bài tập quá nặng", Mengzhia viết trên mạng xã hội.', ["Mengzhia"]),
    ("“Chúng tôi sẽ vào nhóm dẫn đầu”, Russel tin tưởng.", ["Russel"]),
    # a nickname in quotation marks right before the person's name
    ('Mới đây, "Bao Thanh Thiên" Kim Siêu Quần tham gia một sự kiện.', ["Bao Thanh Thiên", "Kim Siêu Quần"]),
    # (a quoted title before a cue and a name is no nickname)
    ('Bộ phim "Người Phán Xử" đạo diễn Nguyễn Văn An đã lên sóng.', ["Nguyễn Văn An"]),
    # a stage name without a cue, before a predicate
    ("Trên trang cá nhân, Hương Baby chia sẻ bức ảnh cưới.", ["Hương Baby"]),
    ("Hoàng Yến Chibi cho biết cô sẽ đi du học.", ["Hoàng Yến Chibi"]),
]

NOT_PEOPLE_ANY_TOPIC = [
    "Họ đi dạo ở Park Lane mỗi chiều.",  # a Korean family name, a street
    "Nhiều ngôi sao sống ở Essen và Hollywood.",  # after a place preposition
    "Công trình nằm tại Hòa Đức, gần chợ.",  # a given-name pair after "tại": a place
    "Xe đâm vào cột điện ở ngã tư Phan Đình Phùng và Lê Lợi.",  # a crossing of two streets
    "Các hãng Unilever, Johnson & Johnson đều tăng giá.",  # a company joined by "&"
    "Các tỉnh Hà Nam, Nam Định, Thái Bình và Ninh Bình tham dự.",  # a list of places
    '"Giá sẽ còn tăng", Bộ Tài chính cho biết.',  # an organisation speaks
    "“Cuộc sống vẫn tiếp diễn”, Hà Nội cho biết.",  # a place
    "Thành Công Motor cho biết doanh số tăng.",  # a company, not a stage name
    "Nữ diễn viên rạng rỡ tại Oscar 2018 với chiếc váy đỏ.",  # a name and a year: an event
    "Hãng Allstate Insurance tăng phí bảo hiểm.",  # a company word
    # a name inside an organisation (organizations component): not a person
    "Ông dẫn đoàn đến Công ty Cổ phần Công nghệ James Boat ở Hải Phòng.",
    "Trung tâm sách Thanh Bình mở cửa đến tối.",
    # the name of a place found elsewhere in the text with its unit word
    "Chính quyền tỉnh Banteay Chhmar đã vào cuộc. Nhóm người di chuyển từ thủ đô tới Banteay Chhmar.",
    # an award ceremony
    'Cô khiến thảm đỏ Oscar "rực cháy" với chiếc váy.',
    # inside an English title; a clan; an event with its number; a league; the Earth, Heaven
    "Ca khúc của phim Judas and the Black Messiah giành giải.",
    "Hội đồng trị sự Nguyễn Phước tộc cho rằng việc di dời là không hợp lý.",
    "Máy bay tham gia Red Flag 17-01 tại sa mạc.",
    "Đội bóng hướng tới ngôi vô địch V-League năm nay.",
    "Cô lọt vào top 8 Hoa hậu Trái Đất, và tin rằng ông Trời đã giúp mình.",
    # a ship; a clan written with a capital; a family line; a shop; a bank branch; "Hoa ngữ"
    "Hôm qua, tàu sân bay USS Ronald Reagan được lệnh rời cảng.",
    "Chủ tịch Hội đồng Trị sự Nguyễn Phước Tộc đứng tên văn bản.",
    "Dòng họ Nguyễn Phước kiến nghị giữ lại ngôi mộ.",
    "Kẻ trộm trèo lên mái tiệm vàng Kim Vinh lúc nửa đêm.",
    "Vị trí ngồi của các sao Hoa ngữ rất quan trọng.",
    # a football club; a volcano; a park named after a king
    "Cựu cầu thủ Barca tự tin tuyên bố.",
    "Người dân sơ tán khỏi khu vực gần núi lửa Sileri Crater.",
    "Lễ hội diễn ra tại Vườn hoa Lý Thái Tổ.",
    # streets of a crossing, glued by a dash
    "Các nút giao gồm: Ông Ích Khiêm-Lê Duẩn; Hoàng Diệu –Nguyễn Văn Linh và cầu Rồng.",
    # a pronoun starting a sentence ("Nàng" = she)
    "Cô ấy hiền lành. Nàng thận trọng trong tình yêu.",
    # a flower; East Germany; a company abbreviated "Cty"
    "Kỹ thuật trồng cây hoa Phù Dung rất đơn giản.",
    "Gia đình ông sống nhiều năm ở Đông Đức trước khi bức tường sụp đổ.",
    "Thành phố giao cho Tổng Cty Hapro một số địa điểm kinh doanh.",
    # a newspaper as the source closing the text
    "Máy bay bay thấp và có một tiếng động lớn. Theo Báo Tin Tức",
    # the words of an acronym
    "Hãng đầu tư vào thực tế ảo (Virtual Reality – VR) từ sớm.",
    # a brand named after its founder
    "Cô chọn một chai nước hoa Giorgio Armani làm quà.",
    "Chiếc xe mới của hãng Rolls Royce ra mắt tuần trước.",
]


@pytest.mark.parametrize("text,expected", [
    # the organisation or place component reads a place inside a name: the name stays a person
    ("Lúc này Nguyễn Nhật Anh đang chơi game cùng bạn.", ["Nguyễn Nhật Anh"]),
    # a partial name of a person of the text, though a district has that name
    ("Tôi gặp Trần Quốc Oai (SN 1994), sinh viên năm cuối. Quốc Oai cho hay em rất thích nghề này.",
     ["Trần Quốc Oai", "Quốc Oai"]),
    # a capitalised honorific starting a sentence stays out of a known name ("Anh Vũ" is also a singer)
    ("Anh Vũ nhớ lại giây phút xảy ra sự cố lúc đó.", ["Vũ"]),
    # an organisation span that runs past the name into the verb after it is the other reader's slip
    ("Hậu vệ của đội tuyển Đức - Philipp Lahm tuyên bố sẽ giã từ sự nghiệp.", ["Philipp Lahm"]),
    ("Tại phiên họp, Chủ tịch Hội đồng RUSO Ivan Nikitchuk nhấn mạnh chiến thắng.", ["Ivan Nikitchuk"]),
    # a cue right before the name: a person even where a place of that name exists
    ("Ông Park Hang Seo cho biết đội đã sẵn sàng.", ["Park Hang Seo"]),
])
def test_people_beside_organizations_and_locations(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", ANY_TOPIC)
def test_any_topic(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", NOT_PEOPLE_ANY_TOPIC)
def test_not_people_any_topic(text):
    assert names(text) == []


def test_bug_a_country_glued_to_a_lineup_is_no_name_elsewhere():
    # "Nani Mexico" (a line-up glued to the next team's name) once made every later "Mexico" a person
    text = ("Đội hình xuất phát: Patricio, Pepe, Guerreiro, Moutinho, Quaresma, Ronaldo, Nani Mexico: Ochoa, "
            "Salcedo, Reyes. Mexico gây sức ép.")
    assert "Mexico" not in names(text)


def test_mined_names_are_no_places():
    from vnextract.people import _data
    data = _data()
    assert data["mined_full"] and data["mined_single"]
    assert not {" ".join(n) for n in data["mined_full"]} & data["places"]
    assert not data["mined_single"] & data["places"]


@pytest.mark.parametrize("text,expected", POSITIVES)
def test_positives(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", NEGATIVES)
def test_negatives(text):
    found = names(text)
    # the last negative has a real person after the organisation: only that name
    if "Đặng Tất Thắng" in text:
        assert found == ["Đặng Tất Thắng"]
    else:
        assert found == []


@pytest.mark.parametrize("text,mention,canonical", PARTIALS)
def test_partial_mentions(text, mention, canonical):
    found = people(text)
    partial = [p for p in found if p.name == mention]
    assert partial, [p.name for p in found]
    assert partial[-1].canonical == canonical
    assert partial[-1].text == mention  # the honorific/title stays out of the span


@pytest.mark.parametrize("text,name,role", BYLINES)
def test_bylines(text, name, role):
    found = [p for p in people(text) if p.name == name]
    assert found, names(text)
    assert found[0].role == role


@pytest.mark.parametrize("text", NOT_BYLINES)
def test_not_bylines(text):
    assert names(text) == []


@pytest.mark.parametrize("text,expected", BUGS_CAUGHT)
def test_bugs_caught(text, expected):
    assert names(text) == expected


def test_offsets_and_honorific():
    text = "Sáng 5/6, ông Nguyễn Văn Nam cho biết."
    (person,) = people(text)
    assert text[person.start:person.end] == person.text == "Nguyễn Văn Nam"
    assert person.honorific == "ông"


def test_offsets_on_unnormalised_text():
    text = "Ông Nguyễn Văn A\u0301nh\u00a0cho biết."  # decomposed accent, NBSP
    (person,) = people(text)
    assert text[person.start:person.end] == person.text


def test_grouped_persons():
    ex = extract("Bà Phan Thị Thu Hiền nhận quyết định. Sau đó bà Hiền phát biểu.")
    (entry,) = ex.persons
    assert entry.canonical == "Phan Thị Thu Hiền"
    assert [m.text for m in entry.mentions] == ["Phan Thị Thu Hiền", "Hiền"]


@pytest.mark.parametrize("text", [
    " ".join(["Nguyễn"] * 50000),
    " ".join(["Văn", "Anh"] * 25000),
    "ông " + "A." * 20000,
    ("Chủ tịch " + "UBND " * 5000) + "Nguyễn Văn A",
])
def test_linear_on_long_capitalised_runs(text):
    # a tenth of the input first: ten times the input must cost about ten times as much. The
    # garbage collector is held off while timing: late in the suite the heap is large, and a full
    # collection triggered by the bigger input's allocations timed the heap, not the algorithm
    small = text[: len(text) // 10]
    gc.collect()
    gc.disable()
    try:
        start = time.process_time()
        find_people(small)
        small_time = time.process_time() - start
        start = time.process_time()
        find_people(text)
        full_time = time.process_time() - start
    finally:
        gc.enable()
    assert full_time < 20.0
    assert full_time < 25 * max(small_time, 0.02)


def _doc_state(text):
    """What the rules read of a text's words: tokens, cue phrases and the kept lower-case words."""
    from vnextract import people as P

    d = P._Doc(text)
    lows, pos = [], 0
    while True:
        pos = d.scan.next_low(pos)
        if pos >= P._FAR:
            break
        lows.append((pos, d.scan.low_at(pos)))
        pos += 1
    toks = [(t.text, t.start, t.end, t.kind, t.sent_start, t.vn, t.masked) for t in d.toks]
    return toks, d.cue_end, d.cue_start, d.title_ends, lows


SCAN_TEXTS = [
    "Ông Nguyễn Văn A và bà Lê Thị B, PGS.TS Trần C; al-Assad, van Nistelrooy, de-Gaulle.",
    "ông Ba-Nam Theo Trang-Trưởng ÉTheo Bích", "\u0301ông Ba  ñ Ấn ǅemal ªb Σωκράτης Дмитрий",
    "x.-Yên 'Hà’ Nội' a-b-c-d-e-f-g-Hà-Nội Hà", "Hà-Nội-A-B-C-D-E-F G", "漢字 Nguyễn Văn Anh",
    "\nThủ tướng Phạm Minh Chính. (ảnh) Hoa-hậu Ngọc Hân…Mai•Lan",
    "Phó Bí thư   Thường trực Lê Văn Hai; Phó Bí thư\tthường trực Hà Văn Ba, phó chủ tịch  Trần Hòa",
    "Chủ tịch UBND tỉnh, ông Lê Văn Sáu thứ nhất; giám đốc sở Y tế danh dự Bùi Văn Bảy",
    "Ông Tư-Trưởng phòng Lê Văn Tám, Bác-Hồ, PGS-TS Võ Văn Chín, ÔNG Đỗ Văn Mười, ông  bà Vũ Thị Hoa",
    "İstanbul: ông Hà Văn Một và bà Lê Thị Hai", "CHỦ TỊCH Lê Văn Ba, chủ Tịch Võ Văn Bốn, ông\nLê Văn Năm",
]


@pytest.mark.parametrize("text", SCAN_TEXTS + ["x-" * 8 + " " + t for t in SCAN_TEXTS])
def test_fast_scan_reads_the_same_words_as_the_word_by_word_path(text, monkeypatch):
    # the ``re`` scan (texts of common Unicode blocks) against TOKEN_RE word by word: the same
    # tokens, cue phrases and kept lower-case words
    from vnextract import people as P

    fast = _doc_state(text)
    monkeypatch.setattr(P, "_MAX_SLOW_LINES", 0)  # every line word by word
    assert fast == _doc_state(text)


@pytest.mark.parametrize("text", ["a-" * 30000 + "B", " " + "x" * 200000, "-" * 100000 + "Ab", "ông " * 50000])
def test_token_scan_linear(text):
    small = text[: len(text) // 10]
    start = time.process_time()
    find_people(small)
    small_time = time.process_time() - start
    start = time.process_time()
    find_people(text)
    assert time.process_time() - start < 25 * max(small_time, 0.02)


SLOW_LINE_TEXTS = [
    "Ông Nguyễn Văn An phát biểu.\nxem-them-tai-day-de-biet-chi-tiet-hon-nua\nBà Lê Thị Hoa cho biết.",
    "Chữ 漢字 trong dòng này.\nChủ tịch Trần Văn Bình đến thăm.",
    "Ông Phạm Văn Cành nói.\nBà Võ Thị Sáu và chữ ẞ ở cuối",
    "a-b-c-d-e-f-g-h Ông Lê Văn Tám\n\nÔng Hà Văn Nam",
    "Phó Bí thư Lê Văn Hai\n漢字\nthường trực Hà Văn Ba",
]


@pytest.mark.parametrize("text", SLOW_LINE_TEXTS)
def test_bug_one_odd_line_reads_only_that_line_word_by_word(text, monkeypatch):
    # a URL slug of 8+ pieces or a rare character sent the whole text down the word-by-word path
    # (a 10 MB text with one slug was read slowly); now only its line is, with the same words
    from vnextract import people

    mixed = _doc_state(text)
    monkeypatch.setattr(people, "_MAX_SLOW_LINES", 0)
    assert mixed == _doc_state(text)
    assert any(t[0] in ("Nguyễn", "Trần", "Phạm", "Lê") for t in mixed[0])
