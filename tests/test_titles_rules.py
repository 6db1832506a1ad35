"""The named rules of titles, organizations and locations: each rule, a sentence written for it,
and the record it must make (``doc.why``: the rule name and its evidence). A rule's name is where
its test is found; every rule a module declares has a row here."""
import pytest

from vnextract import locations, organizations, pipeline, titles


def explained(text):
    doc = pipeline.Doc(text)
    doc.explaining = True
    for _, component in pipeline.PIPELINE:
        component(doc)
    return doc


def rules(text, kind):
    doc = explained(text)
    return {r.text: doc._why.get(id(r)) for r in doc.results[kind]}


# rule -> (sentence, record text, evidence that must be given)
TITLE_RULES = [
    ("title word + organisation word + name", "Giám đốc Sở Y tế tỉnh Nam Định cho biết.",
     "Giám đốc Sở Y tế tỉnh Nam Định", {"cue": "Giám đốc", "organisation word": "Sở"}),
    ("title word shared with its body", "Trưởng Ban Tổ chức Trung ương phát biểu.",
     "Trưởng Ban Tổ chức Trung ương", {"organization": "Ban Tổ chức Trung ương"}),
    ("title word + known body", "Ông là Ủy viên Bộ Chính trị.", "Ủy viên Bộ Chính trị", {"entry": "Bộ Chính trị"}),
    ("title word + của + organisation", "Bà là phó giám đốc của Tập đoàn FLC.",
     "phó giám đốc của Tập đoàn FLC", {"organization": "Tập đoàn FLC"}),
    ("title word + country", "Tổng thống Pháp sẽ sang thăm.", "Tổng thống Pháp", {"organization": "Pháp"}),
    ("title word + place", "Bí thư Hà Nội dự lễ.", "Bí thư Hà Nội", {"organization": "Hà Nội"}),
    ("title word + acronym", "Chủ tịch VFF từ chức.", "Chủ tịch VFF", {"organization": "VFF"}),
    ("title word + name", "Ông Nam là Cục trưởng Hàng hải cho biết.", "Cục trưởng Hàng hải",
     {"organization": "Hàng hải"}),
    ("title word alone", "Sau đó, Thủ tướng nhấn mạnh điều này.", "Thủ tướng", {"cue": "Thủ tướng"}),
]

ORGANIZATION_RULES = [
    ("organisation word + name", "Bộ Tài chính đã ban hành hướng dẫn.", "Bộ Tài chính", {"organisation word": "Bộ"}),
    ("organisation word + place", "UBND tỉnh Cà Mau đã họp.", "UBND tỉnh Cà Mau", {"organisation word": "UBND"}),
    ("organisation word alone", "Quốc hội Pháp đã bỏ phiếu.", "Quốc hội Pháp", {"organisation word": "Quốc hội"}),
    ("cue word + name", "Theo tờ Tuổi Trẻ, vụ việc đã rõ.", "Tuổi Trẻ", {"cue": "tờ"}),
    ("known name", "Vinamilk công bố lợi nhuận.", "Vinamilk", {"entry": "Vinamilk"}),
    ("acronym in brackets", "Cơ quan Tình báo Trung ương (CIA) cảnh báo.", "CIA", {"acronym": "CIA"}),
    ("acronym on its own", "Đại diện HVKT cho biết như vậy.", "HVKT", {"acronym": "HVKT"}),
    ("mixed-case name or unit code", "Đội PC45 đã vào cuộc, AfD phản đối.", "PC45", {"word": "PC45"}),
    ("team + place", "U23 Thái Lan thắng đậm.", "U23 Thái Lan", {"team": "U23"}),
    ("name + FC", "Đà Nẵng FC thua trận.", "Đà Nẵng FC", {}),
]

LOCATION_RULES = [
    ("administrative unit + place name", "Anh sống ở huyện Đông Anh từ nhỏ.", "huyện Đông Anh",
     {"unit word": "huyện", "name": "Đông Anh"}),
    ("place-kind word + name", "Nước sông Đà dâng cao.", "sông Đà", {"unit word": "sông", "name": "Đà"}),
    ("known place name", "Đoàn đã tới Nhật Bản.", "Nhật Bản", {"entry": "Nhật Bản"}),
]


@pytest.mark.parametrize("rule,text,span,evidence", TITLE_RULES, ids=[r[0] for r in TITLE_RULES])
def test_title_rules(rule, text, span, evidence):
    why = rules(text, "titles")[span]
    assert why[0] == rule and evidence.items() <= why[1].items()


@pytest.mark.parametrize("rule,text,span,evidence", ORGANIZATION_RULES, ids=[r[0] for r in ORGANIZATION_RULES])
def test_organization_rules(rule, text, span, evidence):
    why = rules(text, "organizations")[span]
    assert why[0] == rule and evidence.items() <= why[1].items()


@pytest.mark.parametrize("rule,text,span,evidence", LOCATION_RULES, ids=[r[0] for r in LOCATION_RULES])
def test_location_rules(rule, text, span, evidence):
    why = rules(text, "locations")[span]
    assert why[0] == rule and evidence.items() <= why[1].items()


def test_a_pending_title_says_it_awaits_a_holder():
    doc = pipeline.Doc("Hôm qua, bộ trưởng Nguyễn Văn An nói.")
    doc.explaining = True
    for name, component in pipeline.PIPELINE:
        if name == "link":
            break
        component(doc)
    (pending,) = doc.title_candidates
    assert doc._why[id(pending)][0] == "title word awaiting a holder"


@pytest.mark.parametrize("module,table", [
    (titles, TITLE_RULES + [("title word awaiting a holder",)]),
    (organizations, ORGANIZATION_RULES),
    (locations, LOCATION_RULES),
])
def test_every_rule_has_a_row(module, table):
    assert sorted(module.RULES) == sorted(row[0] for row in table)


def test_no_why_unless_explaining():
    doc = pipeline.Doc("Giám đốc Sở Y tế tỉnh Nam Định làm việc tại Hà Nội.")
    for _, component in pipeline.PIPELINE:
        component(doc)
    assert doc.results["titles"] and doc.results["organizations"] and doc._why == {}


def test_every_record_has_a_rule():
    text = ("Chủ tịch UBND phường Trần Hưng Đạo, ông Lê Văn Tâm, đón Đại sứ Nhật Bản tại Việt Nam, "
            "Tổng giám đốc Vietcombank và đoàn của Bộ Ngoại giao (MOFA) tới xã Lạc Thịnh, huyện Yên Thủy.")
    doc = explained(text)
    for kind in ("titles", "organizations", "locations"):
        for record in doc.results[kind]:
            module = {"titles": titles, "organizations": organizations, "locations": locations}[kind]
            assert doc._why[id(record)][0] in module.RULES
