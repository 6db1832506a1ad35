"""Invariants every extraction keeps, whatever the input: offsets, JSON round trip, determinism."""
import json
import unicodedata

import pytest

from vnextract import KINDS, Extraction, LegalRef, Title, extract

ARTICLE = (
    "Ngày 24/9, Tỉnh ủy Bình Dương sơ kết 5 năm (2013-2018) thực hiện Nghị quyết số 25-NQ/TW "
    "ngày 13/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI) về công tác dân vận (gọi tắt là "
    "Nghị quyết số 25).\n\nPhát biểu tại hội nghị, Phó Bí thư Thường trực Tỉnh ủy Bình Dương Phạm Văn "
    "Cành nhấn mạnh vai trò của dân vận. Dịp này, 12 tập thể và 30 cá nhân được nhận Bằng khen của "
    "Chủ tịch UBND tỉnh Bình Dương.\nChiều 27/7, Chủ tịch nước Trần Đại Quang thăm tỉnh Hưng Yên "
    "nhân kỷ niệm Ngày Thương binh - Liệt sỹ (27/7/1947 - 27/7/2018).\nTin, ảnh: Lê Thị Hoa (TTXVN)"
)

VARIANTS = {
    "plain": ARTICLE,
    "nfd": unicodedata.normalize("NFD", ARTICLE),
    "eth": ARTICLE.replace("Đ", "\u00d0"),
    "nbsp": ARTICLE.replace(" ", "\u00a0", 40),
    "zero-width": ARTICLE.replace("Bình", "Bì\u200bnh"),
    "emoji": ARTICLE.replace("Ngày 24/9", "🎉👍🏽 Ngày 24/9"),
    "old-tones": ARTICLE.replace("ủy", "uỷ").replace("khóa", "khoá"),
    "crlf": ARTICLE.replace("\n", "\r\n"),
    "controls": ARTICLE.replace(". ", ".\x07 ", 3),
}


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_offsets_point_into_the_original(name):
    text = VARIANTS[name]
    result = extract(text)
    assert len(result) > 0
    for kind, mention in result.mentions():
        assert text[mention.start:mention.end] == mention.text, (kind, mention)


@pytest.mark.parametrize("name", ["nfd", "eth", "nbsp", "old-tones", "crlf"])
def test_noise_does_not_change_what_is_found(name):
    plain = extract(VARIANTS["plain"])
    noisy = extract(VARIANTS[name])
    for kind in KINDS:
        assert len(getattr(noisy, kind)) == len(getattr(plain, kind)), kind


def test_json_round_trip_is_exact():
    result = extract(ARTICLE, doc_date="2018-09-25")
    assert Extraction.from_json(result.to_json()) == result
    assert Extraction.from_dict(json.loads(json.dumps(result.to_dict()))) == result
    assert set(KINDS) <= set(result.to_dict())


def test_deterministic():
    assert extract(ARTICLE).to_json() == extract(ARTICLE).to_json()


def test_resolutions_property_keeps_only_nghi_quyet():
    result = Extraction(legal_refs=[
        LegalRef(text="Nghị quyết 25", start=0, end=13, doc_type="Nghị quyết", number="25"),
        LegalRef(text="Luật Đất đai", start=20, end=32, doc_type="Luật", name="Đất đai"),
    ])
    assert [r.text for r in result.resolutions] == ["Nghị quyết 25"]


def test_persons_groups_titles_by_holder():
    from vnextract import Person
    result = Extraction(
        people=[Person(text="Phạm Văn Cành", start=0, end=13, name="Phạm Văn Cành", canonical="Phạm Văn Cành"),
                Person(text="Cành", start=40, end=44, name="Cành", canonical="Phạm Văn Cành")],
        titles=[Title(text="Phó Bí thư", start=20, end=30, role="Phó Bí thư", holder="Phạm Văn Cành")],
    )
    (entry,) = result.persons
    assert entry.canonical == "Phạm Văn Cành" and len(entry.mentions) == 2 and len(entry.titles) == 1


def test_organizations_and_locations_are_kinds_of_the_article():
    result = extract(ARTICLE)
    assert "organizations" in KINDS and "locations" in KINDS
    orgs = [o.text for o in result.organizations]
    assert "Tỉnh ủy Bình Dương" in orgs and "UBND tỉnh Bình Dương" in orgs
    assert [(loc.text, loc.province) for loc in result.locations] == [("tỉnh Hưng Yên", "Hưng Yên")]
    again = Extraction.from_json(result.to_json())
    assert again.organizations == result.organizations and again.locations == result.locations
