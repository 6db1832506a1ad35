"""The learned context model of one-word names (name_context.py, people's ``context_pass``).

Sentences written for these tests. The model only adds one-word people the rules left; these rows
pin what it takes and what its features refuse (words of the language written with a capital).
"""
import pytest

from vnextract import extract, name_context
from vnextract import people as P

TAKEN = [
    # a one-word name before a person's verb, with no cue anywhere in the text
    ("Sau khi nhận tiền, Khánh dùng dao đuổi đánh người hàng xóm rồi bỏ trốn.", ["Khánh"]),
    # names repeat: both people and both occurrences of "Mai"
    ("Mai và Tùng quen nhau từ năm cấp ba, sau đó Mai chuyển vào Đà Nẵng sinh sống.", ["Mai", "Tùng", "Mai"]),
    # two words no rule decides (no known given name first): a pair of its own in the model
    ("Theo lời kể của Maryann Adam, hàng xóm đã kịp thời gọi cứu hỏa.", ["Maryann Adam"]),
]

REFUSED = [
    # given names starting a word of the language (given_compounds.txt)
    "Linh hồn của ngôi làng là cây đa đầu đình.",
    "Kim tự tháp Giza được xây dựng cách đây hơn bốn nghìn năm.",
    "Bình chọn cho tiết mục yêu thích sẽ kết thúc vào tối nay.",
    "Lương hợp đồng của giáo viên mầm non còn thấp.",
    # a place written without its second capital
    "Du khách có thể tham quan Hà nội vào mùa thu.",
]


@pytest.mark.parametrize("text, names", TAKEN)
def test_the_model_takes_names_in_a_persons_context(text, names):
    assert [p.text for p in extract(text).people] == names
    assert {f.rule for f in P._find(text)} == {P.RULE_CONTEXT}


@pytest.mark.parametrize("text", REFUSED)
def test_the_model_refuses_words_of_the_language(text):
    assert extract(text).people == []


@pytest.fixture
def rules_alone(people_flags):
    people_flags["context_model"] = False


@pytest.mark.parametrize("text", [
    TAKEN[0][0],
    # the rules never take a given name of the second list alone ("Olaf", foreign_given_names_more.txt);
    # the context model may, in a person's context ("Marcelo mắng fan", corpus review: about 35 right
    # against 8 wrong on 3,000 texts)
    "Tôi muốn gặp Olaf ngay bây giờ.",
])
def test_switched_off_the_rules_alone_decide(text, rules_alone):
    assert P._find(text) == []


def test_words_around_a_candidate():
    text = "Hôm qua, Khánh (32 tuổi) về quê. Tùng nói."
    s = text.index("Khánh")
    assert name_context.word_before(text, s) == ("P:,", s - 2)
    assert name_context.word_after(text, s + 5)[0] == "P:("
    assert name_context.word_before(text, text.index("Tùng"))[0] == name_context.START
    assert name_context.word_after(text, text.index("Tùng") + 4)[0] == "nói"
    assert name_context.word_after(text, len(text))[0] == "</s>"
    assert name_context.word_after("Kingsman 2", 8)[0] == "P:0"  # a digit: a product or a film


def test_features_hide_nothing_the_model_needs():
    text = "Sau đó Mai chuyển vào Đà Nẵng."
    s = text.index("Mai")
    feats = name_context.features(text, s, s + 3, "Mai", ("vn", "given"), 2)
    assert {"L1=đó", "L2=sau đó", "R1=chuyển", "R2=chuyển vào", "K=given", "W=Mai", "C=2"} <= set(feats)
    foreign = name_context.features("Hôm qua Kowalczyk nói.", 8, 17, "Kowalczyk", ("latin",), 1)
    assert "S3=zyk" in foreign and not any(f.startswith("W=") for f in foreign)


def test_pair_features_are_a_model_of_their_own():
    text = "Theo lời kể của Maryann Adam, hàng xóm đã gọi cứu hỏa."
    s = text.index("Maryann")
    feats = name_context.pair_features(text, s, s + 12, ["Maryann", "Adam"], [("latin",), ("latin",)], 1)
    assert all(f.startswith("2:") for f in feats)
    assert {"2:L1=của", "2:R1=P:,", "2:SH=latin-latin", "2:S1=ann", "2:S2=dam"} <= set(feats)


def test_model_file_has_weights_and_settings():
    model = name_context.model()
    assert len(model.weights) > 1000
    assert 0.5 <= model.keep <= model.accept < 1
    assert model.thresholds(latin=True) == (model.accept_latin, model.keep_latin)
    assert model.thresholds(latin=False, pair=True) == (model.accept_pair, model.keep_pair)
    assert any(f.startswith("2:") for f in model.weights)
    assert model.probability(model.score(["bias"])) < 0.5  # nothing known: not a person
