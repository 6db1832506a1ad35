"""stories.py: a story told by its characters' given names has no people (FORMAT §3: fictional
characters are not people); news about real people keeps them."""
import pytest

from vnextract import extract, stories
from vnextract.people import is_vn_syllable

B, A, Y, X = stories.BARE, stories.ADDRESSED, stories.BYLINE, stories.OTHER

# (mentions, titles, organisations, places, is a story)
PROFILES = [
    ([("Tuyết", B)] * 5 + [("Dũng", B)] * 3, 0, 0, 0, True),
    ([("Tuyết", B)] * 5 + [("Dũng", B)] * 3 + [("Thu Hà", Y)], 0, 0, 1, True),  # the byline is no evidence
    ([("Lan", B)] * 5 + [("Hạnh", A)], 0, 0, 0, True),  # "bà Hạnh" in a story
    ([("Tuyết", B)] * 5 + [("Dũng", B)] * 3, 1, 0, 0, False),  # a title: real people
    ([("Tuyết", B)] * 5 + [("Dũng", B)] * 3, 0, 1, 0, False),  # an organisation
    ([("Tuyết", B)] * 5 + [("Dũng", B)] * 3, 0, 0, 4, False),  # many places: a report
    ([("Tuyết", B)] * 5 + [("Dũng", B)] * 3 + [("Dũng", X)], 0, 0, 0, False),  # one cue: a real person
    ([("Tuyết", B)] * 5, 0, 0, 0, False),  # too few mentions
    ([("Lan", B)] * 3 + [("Lan", A)] * 3, 0, 0, 0, False),  # mostly "chị Lan": a reportage
    ([("Quỳnh Châu", B)] * 7, 0, 0, 0, False),  # a two-syllable name throughout: a singer
    ([("Jimmy", B)] * 7, 0, 0, 0, False),  # no Vietnamese syllable
    ([("Tuyết", B)] * 4 + [("Dũng", B)] * 2 + [("Nguyễn Văn Dũng", B)], 0, 0, 0, False),  # a full name
    ([("Tuyết", B), ("Dũng", B), ("Lan", B), ("Mai", B), ("Hoa", B), ("Vân", B)], 0, 0, 0, False),  # no lead
]


@pytest.mark.parametrize("mentions,titles,orgs,places,expected", PROFILES)
def test_profile(mentions, titles, orgs, places, expected):
    assert stories.told_by_given_names(mentions, is_vn_syllable, titles, orgs, places) is expected


# my own short story: two characters named by their given names only, one byline
STORY = (
    "Cuộc gọi lúc nửa đêm\n"
    "Tuyết ngồi lặng bên cửa sổ, nhìn mưa rơi. Đã ba ngày Dũng không nhắn tin. "
    "Cô nhớ lần đầu Dũng đến nhà, tay cầm bó hoa cúc vàng. Hồi ấy Tuyết còn là cô sinh viên năm cuối. "
    "Điện thoại reo. Tuyết giật mình cầm máy. Giọng Dũng khàn đặc ở đầu dây bên kia. "
    "Tuyết không nói gì, chỉ nghe tiếng thở dài. Dũng xin lỗi, hứa sáng mai sẽ về. "
    "Tuyết tắt máy, nước mắt lăn dài. Cô biết Dũng sẽ không về nữa.\n"
    "Minh Khuê"
)

# the same two names in a news report: a family name, an organisation, a place
NEWS = (
    "Ngày 12/3, Công an huyện Thanh Oai (Hà Nội) đã bắt giữ Nguyễn Văn Dũng (32 tuổi) về hành vi "
    "trộm cắp tài sản. Theo cơ quan điều tra, Dũng đột nhập nhà chị Lê Thị Tuyết lúc nửa đêm. "
    "Chị Tuyết phát hiện và hô hoán, Dũng bỏ chạy. Tuyết báo công an. Dũng bị bắt sau hai giờ."
)


def test_story_has_no_people_but_its_byline():
    assert [p.text for p in extract(STORY).people] == ["Minh Khuê"]


def test_story_characters_are_found_without_the_check(monkeypatch):
    # the test above can fail: the people rules do find the characters
    monkeypatch.setattr(stories, "told_by_given_names", lambda *args: False)
    names = {p.text for p in extract(STORY).people}
    assert {"Tuyết", "Dũng"} <= names


def test_news_with_the_same_names_keeps_them():
    names = [p.text for p in extract(NEWS).people]
    assert names.count("Dũng") >= 3 and "Nguyễn Văn Dũng" in names


# my own chapter of a serial, labelled as fiction in its headline: a character with a family name too
LABELLED = (
    "Truyện dài kỳ: Chiều mưa phố cũ (Phần 3)\n"
    "Lê Hạnh bước vào quán, rũ nước trên áo. Khoa ngẩng lên nhìn cô. Lê Hạnh mỉm cười, kéo ghế ngồi. "
    "Khoa kể về chuyến đi xa, còn Lê Hạnh chỉ lặng nghe. Ông Einstein từng nói thời gian là tương đối, "
    "Khoa nghĩ vậy khi nhìn đồng hồ."
)


def test_a_labelled_serial_has_no_characters_but_keeps_a_known_name():
    names = {p.text for p in extract(LABELLED).people}
    assert not {"Lê Hạnh", "Khoa"} & names and "Einstein" in names


@pytest.mark.parametrize("headline,labelled", [
    ("Truyện dài kỳ: Mùa thu năm ấy (Phần 2)", True),
    ("Truyện ngắn - Người đàn bà bên sông", True),
    ("TRUYỆN CƯỜI: Ông chồng sợ vợ", True),
    ("Truyện ngắn của nhà văn Nguyễn Nhật Ánh được chuyển thể", False),  # news about fiction, no label
    ("Châu Phi đối mặt với cuộc cách mạng công nghiệp (Phần 1)", False),
])
def test_fiction_label(headline, labelled):
    assert stories.labelled_fiction(headline + "\nNội dung.") is labelled


@pytest.mark.parametrize("headline,part", [
    ("Tranh chồng người (Phần 1)", True),
    ("Thế giới du đãng (Kỳ 7)", True),
    ("Tranh chồng người phần 1 và những điều chưa kể", False),
])
def test_serial_part(headline, part):
    assert stories.serial_part(headline + "\nNội dung.") is part


def test_a_serial_part_allows_one_office():
    mentions = [("Tuyết", B)] * 5 + [("Dũng", B)] * 3
    assert stories.told_by_given_names(mentions, is_vn_syllable, 1, 0, 0, part=True)
    assert not stories.told_by_given_names(mentions, is_vn_syllable, 2, 0, 0, part=True)


def test_a_serial_part_may_name_a_character_in_full():
    # "Lâm Hùng" (a family name: OTHER) is the character the text calls "Hùng"; not outside a serial's part,
    # and not a full name whose given name the text never uses alone
    mentions = [("Lâm Hùng", X)] * 3 + [("Hùng", B)] * 6 + [("Lan Nhi", B)] * 4
    assert stories.told_by_given_names(mentions, is_vn_syllable, 0, 0, 0, part=True)
    assert not stories.told_by_given_names(mentions, is_vn_syllable, 0, 0, 0, part=False)
    other = [("Lâm Tuấn", X)] * 3 + [("Hùng", B)] * 6 + [("Lan Nhi", B)] * 4
    assert not stories.told_by_given_names(other, is_vn_syllable, 0, 0, 0, part=True)
