"""vnextract.awards: which named rule made each award statement, and which named check drops a
clause. Sentences are written for these tests."""
import pytest

from vnextract import awards
from vnextract.pipeline import Doc, normalize, sentences


def explained(text):
    """(award, rule, evidence) of each statement of ``text`` (normalisation and sentences only)."""
    doc = Doc(text)
    doc.explaining = True
    normalize(doc)
    sentences(doc)
    awards.recognize(doc)
    return [(a, *doc._why[id(a)]) for a in sorted(doc.results["awards"], key=lambda a: a.start)]


# rule name -> sentences it reads: (sentence, award, issuer, evidence it reports)
RULES = {
    awards.RULE_GIVE: [
        ("Giám đốc Sở Y tế trao Giấy khen cho 6 điều dưỡng.", "Giấy khen", "Giám đốc Sở Y tế",
         {"verb": "trao", "issuer_cue": "subject of the giving verb"}),
        ("Ông Hồ Văn Nam thay mặt Ban Chấp hành Công đoàn tặng Bằng khen cho 2 tổ sản xuất.", "Bằng khen",
         "Ban Chấp hành Công đoàn", {"verb": "tặng", "issuer_cue": "thay mặt"}),
    ],
    awards.RULE_PASSIVE: [
        ("Bốn giáo viên được Chủ tịch UBND huyện tặng Giấy khen.", "Giấy khen", "Chủ tịch UBND huyện",
         {"verb": "tặng", "issuer_cue": "agent after được"}),
        ("Xã Tân Lập được tặng Cờ thi đua của UBND tỉnh.", "Cờ thi đua", "UBND tỉnh",
         {"verb": "tặng", "issuer_cue": "của"}),
    ],
    awards.RULE_GET: [
        ("Nhóm sinh viên giành giải Nhì cuộc thi lập trình.", "giải Nhì", None, {"verb": "giành", "issuer_cue": ""}),
        ("Tại Liên hoan phim Châu Á Đà Nẵng, phim Bến Cũ đoạt giải Phim truyện hay nhất.", "Phim truyện hay nhất",
         "Liên hoan phim Châu Á Đà Nẵng", {"verb": "đoạt", "issuer_cue": "tại + festival before the verb"}),
    ],
    awards.RULE_AFTER: [
        ("Bằng khen do Bộ trưởng Bộ Tư pháp trao tặng cho chị Mai Thu.", "Bằng khen", "Bộ trưởng Bộ Tư pháp",
         {"verb": "", "issuer_cue": "do ... trao tặng"}),
    ],
    awards.RULE_RESULT: [
        ("Quán quân Bước nhảy mùa 3 là Lê Hải Yến.", "Quán quân Bước nhảy mùa 3", None, {"verb": ""}),
    ],
    awards.RULE_RETURN: [
        ("Ông Vũ trả lại Bằng khen cho UBND huyện.", "Bằng khen", "UBND huyện", {"issuer_cue": "trả lại ... cho"}),
    ],
}


@pytest.mark.parametrize("rule,text,award,issuer,evidence",
                         [(rule, *case) for rule, cases in RULES.items() for case in cases])
def test_rule_that_made_the_statement(rule, text, award, issuer, evidence):
    ((a, made_by, said),) = explained(text)
    assert (a.award, a.issuer, made_by) == (award, issuer, rule)
    assert {k: said.get(k) for k in evidence} == evidence


def test_second_conferral_under_the_same_verb():
    found = explained("Hiệu trưởng trao Giấy khen cho em Lò Văn Pao và Bằng khen cho em Vàng Thị Dua.")
    assert [(a.award, rule) for a, rule, _ in found] == [("Giấy khen", awards.RULE_GIVE),
                                                       ("Bằng khen", awards.RULE_ELLIPTIC)]


def test_every_rule_has_a_case():
    names = {v for k, v in vars(awards).items() if k.startswith("RULE_")}
    assert names == set(RULES) | {awards.RULE_ELLIPTIC}


# named check -> a sentence with one statement fewer because of this check (without it, one more)
VETOES = {
    "_planned_proposed_or_revoked": "Phòng đã đề xuất Giám đốc tặng Giấy khen cho anh Lưu Văn Hòa.",
    "_only_a_chance": "Đây là cơ hội để đội nhận Cờ thi đua của Bộ.",
    "_negated_after_the_award": "Bằng khen do Giám đốc Sở không hề ký tặng cho công ty ấy.",
    "_a_rule_plan_or_question": "Liệu em có được nhận giấy khen hay không?",
    "_a_question_about_it": "Phóng viên hỏi: chị Lan đã nhận Bằng khen của bộ nào?",
    "_negated_verb": "Bộ phim Đồi Gió không giành giải Phim hay nhất.",
    "_a_gift_to_a_title_holder": "Bí thư Tỉnh ủy tặng quà Bà mẹ Việt Nam anh hùng Lê Thị Gái.",
    "_the_ceremony_named": "Tại lễ trao Bằng khen cho 5 tập thể, giám đốc bày tỏ niềm vui.",
    "_describes_the_previous_recipient": "Thầy hiệu trưởng tặng Giấy khen chúc mừng em Hoa đạt giải Ba.",
    "_inside_a_relative_clause": "Ông cảm ơn các đơn vị đã trao tặng Bằng khen cho 4 hộ dân.",
    "_the_name_of_an_event": "Lễ trao Giải Búp Sen Hồng diễn ra trong hai ngày.",
}


def _statements_without(monkeypatch, name, text):
    if name == "_the_name_of_an_event":
        monkeypatch.setattr(awards, name, lambda c: False)
    else:
        monkeypatch.setattr(awards, "_VETOES", tuple(v for v in awards._VETOES if v[0].__name__ != name))
    return len(explained(text))


@pytest.mark.parametrize("name,text", VETOES.items())
def test_named_check_drops_the_clause(monkeypatch, name, text):
    kept = len(explained(text))
    assert _statements_without(monkeypatch, name, text) == kept + 1


def test_relative_descriptor_stays_in_the_next_subject():
    # "_describes_the_next_subject": "đoạt giải Ba" describes the subject of "nhận Bằng khen"
    found = explained("Các em đoạt giải Ba nhận Bằng khen của Giám đốc Sở.")
    assert [(a.award, rule) for a, rule, _ in found] == [("Bằng khen", awards.RULE_GET)]


def test_every_check_has_a_case():
    assert {f.__name__ for f, _ in awards._VETOES} | {"_the_name_of_an_event"} == set(VETOES) | {
        "_describes_the_next_subject"}
