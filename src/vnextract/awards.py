"""Award statements: who was honoured, with what, by whom, how many (docs/kinds/awards.md).

"26 tập thể và 47 cá nhân có thành tích xuất sắc ... đã được nhận Bằng khen của Chủ tịch UBND
tỉnh Bình Dương" -> Award(award="Bằng khen", issuer="Chủ tịch UBND tỉnh Bình Dương",
recipients=[26 tập thể, 47 cá nhân], reason="có thành tích xuất sắc ...").

How it works, per sentence:

1. award names are found with a grammar built from ``data/award_names.tsv`` (heads and what may
   follow them) and ``data/award_cues.tsv`` (orders, classes, ranks ...);
2. right after each name: "của X" (X an issuer, or else a recipient), "do X trao tặng",
   "cho Y" / "tặng Y" (recipient);
3. names joined by list separators ("A, B và C"; "A cho X, B cho Y") form one group: one
   conferral clause, one mention (several awards under one verb are one statement);
4. a conferral verb must govern the group: a giving verb (trao, tặng, truy tặng ...) or a
   receiving verb (nhận, đón nhận, đoạt ...) to its left in the same clause, or "do X trao tặng" /
   "của X tặng Y" / "đã trao trước đây cho Y" to its right. Planned, proposed, revoked,
   hypothetical or referential clauses are dropped;
5. the issuer is, in order: "thay mặt X" / "thừa ủy quyền X"; "của X" / "do X" attached to the
   award (unless a passive agent names the giver of a list); the agent of a passive
   ("được X tặng"); the subject of a giving verb. Two issuers are joined "; ";
6. recipients are the subject of a receiving or passive verb, or the object after "cho"/"tặng":
   counted groups ("26 tập thể", "hai đồng chí") and names (people found by people.py, or by
   shape, or organisation noun phrases).
"""
import bisect
from collections import deque
from functools import lru_cache
from typing import Dict, List, Optional, Sequence, Tuple

import regex

from . import clause, gazetteer, lexicon
from .numbers import number_pattern, parse_number
from .records import Award, RecipientCount
from .text import casefolded, compile_at, literal_scan

Span = Tuple[int, int]

# --- lexicon --------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _cues() -> Dict[str, Tuple[str, ...]]:
    out: Dict[str, list] = {}
    for row in lexicon.table("award_cues"):
        out.setdefault(row["kind"], []).append(row["word"])
    return {k: tuple(v) for k, v in out.items()}


def _cue(kind: str) -> Tuple[str, ...]:
    return _cues().get(kind, ())


@lru_cache(maxsize=1)
def _posthumous() -> frozenset:
    return frozenset(row["word"].casefold() for row in lexicon.table("award_cues")
                     if row.get("note") == "posthumous")


def _alt(entries) -> str:
    return lexicon.alternation(entries)


def _alt_cap(entries) -> str:
    """Alternation of lowercase cue words, and of their capitalised forms only at the start of a
    sentence or clause; matched case-sensitively so that names ("Thắng", "Đạt", "Trình") are not
    taken for cue words."""
    entries = list(entries)
    capitalised = lexicon.alternation(e[:1].upper() + e[1:] for e in entries)
    return (r"(?:" + lexicon.alternation(entries) + r"|(?<=(?:^|[.!?:;\"“(\n\-–])\s{0,3})" + capitalised + r")")


_B = r"(?<![\p{L}\p{N}])"  # word start
_E = r"(?![\p{L}\p{N}])"  # word end
_CAP = r"(?:\p{Lu}[\p{L}\p{N}]*(?:\.\p{Lu}\p{L}*)*)"
_QUOTED = r"(?:[“\"«][^“”\"«»\n]{1,80}[”\"»])"


@lru_cache(maxsize=1)
def _award_re() -> regex.Pattern:
    """The grammar of one award name (one item of a list)."""
    cues = _cues()
    low_stop = _alt(_cue("np_stop") + _cue("not_title") + _cue("name_stop"))
    # a capitalised name: Cap (Cap | lowercase word that is not a stop word){0,5}
    # a capitalised name: lowercase words only between capitalised ones ("Ruy băng Tím"), plus an
    # optional tail word ("Quả Cầu vàng", "Bằng danh dự Rạng rỡ")
    # a capitalised name in sentence case ("Quyết thắng", "Công trạng danh dự"): up to three
    # lowercase words right after the first word; after a later capitalised word, lowercase words
    # only between capitalised ones ("Ruy băng Tím"), so "giải Oscar Brie Larson đi ..." stops at
    # the name; plus an optional tail word ("Quả Cầu vàng", "Bằng danh dự Rạng rỡ")
    lower = r"(?!" + low_stop + _E + r")\p{Ll}+" + _E
    # a capitalised word with its lowercase second syllable goes on ("Hoa hậu Thế giới năm 2003");
    # a runner-up's rank ends a pageant title ("Á hậu 2")
    pair = r"(?:" + _alt(_cue("name_pair")) + r")" + _E
    runner_up = r"(?:(?<=[Hh]ậu|[Kk]hôi|[Vv]ương)\s+[1-4](?![\p{N}.,/]))?"
    # a continent written lowercase ends a name: "Chiếc giày vàng châu Âu", "Hoa hậu châu Á"
    continent = r"(?:\s+châu\s+\p{Lu}\p{Ll}*" + _E + r")?"
    capname = (_CAP + r"(?:\s+" + lower + r"){0,3}(?:(?:\s+|\s*-\s*)(?:" + pair + r"|" + _CAP + r"|" + lower
               + r"(?=(?:\s+\p{Ll}+)?\s+\p{Lu}))){0,5}(?:\s+(?i:" + _alt(_cue("name_tail")) + r")" + _E + r")?"
               + continent + runner_up)
    num = r"(?:\d{1,3}|" + _alt(w for w in lexicon.mapping("number_words", "word", "kind")) + r")"
    klass = r"(?i:" + _alt(cues["class"]) + r")" + _E
    classes = klass + r"(?:(?:\s*,\s*|\s+và\s+)" + klass + r"){0,3}"
    order = r"(?i:" + _alt(cues["order"]) + r")" + _E
    nobel = r"Nobel(?:\s+(?i:" + _alt(cues["nobel_field"]) + r")" + _E + r")?"
    named_after = r"(?:\s+mang tên\s+" + capname + r")"
    rank = r"(?i:" + _alt(cues["rank"]) + r")" + _E
    field_stop = _alt(w for w in _cue("np_stop") if w not in ("và",))
    field_words = r"(?:\s+(?!" + field_stop + _E + r")[\p{L}\p{N}&-]+){1,7}"
    rank_ext = rank + r"(?:\s+(?:" + _alt(_cue("field_intro")) + r")" + field_words + r"|" + named_after + r")?"
    level = r"(?i:" + _alt(cues["level"]) + r")" + _E
    hero = (r"Anh hùng(?:\s+(?i:" + _alt(cues["hero"]) + r")" + _E + r"(?:\s+" + _CAP + r"(?:\s+" + _CAP + r"){0,3})?"
            r"|\s+" + capname + r")")
    party = (r"(?:Đảng" + _E + r"|" + num + r"\s+năm(?:(?:\s*,\s*|\s+và\s+)" + num
             + r"\s+năm){0,5}\s+tuổi\s+Đảng" + _E + r")")
    dedicate = (r"(?::?\s*" + _QUOTED + r"|\s+[Vv]ì\s+[\p{L}\p{N}]+(?:\s+(?!(?:cho|tặng|trao|do|nhân|tại|và)" + _E
                + r")[\p{L}\p{N}]+){0,8})")
    not_award = r"(?!(?i:" + _alt(_cue("not_award")) + r")" + _E + r")"
    fixed: List[str] = []
    exts: Dict[str, list] = {}
    for row in lexicon.table("award_names"):
        if row["ext"] == "fixed":
            fixed.append(row["name"])
        else:
            exts.setdefault(row["ext"], []).append(row["name"])

    def heads(kind):
        return r"(?i:" + _alt(exts[kind]) + r")" + _E

    fixed_alt = r"(?i:" + _alt(fixed) + r")" + _E
    # a prize named by its ceremony is complete: a name after it is its winner ("giải Oscar Tom
    # Hanks đến dự"), a year or a category may still follow
    brand = r"(?:" + _alt(w for w in _cue("ceremony") if w[:1].isupper()) + r")" + _E
    # a category of a festival or a vote: "giải Phim có cốt truyện hay nhất"
    # (never across a conferral word: "giải Khuyến khích cho 69 tác phẩm xuất sắc nhất")
    # (what it is the best of may follow: "Cầu thủ xuất sắc nhất trận")
    superlative = (r"(?:" + _alt(_cue("superlative")) + r")" + _E
                   + r"(?:\s+(?:" + _alt(_cue("category_tail")) + r")" + _E + r")?")
    category = (r"\p{Lu}\p{Ll}*(?:\s+(?!(?:cho|tặng|trao|do|của|và)" + _E + r")[\p{L}\p{N}]+){0,7}?\s+"
                + superlative)
    # the category a prize was given for: "giải Oscar cho Nữ diễn viên chính xuất sắc nhất",
    # "giải Cống hiến ở hạng mục Ca sĩ của năm" (a superlative or "của năm" ends it, so a
    # recipient after "cho" is never read as a category)
    for_category = (r"(?:\s+(?:cho|ở hạng mục|hạng mục)\s+\p{Lu}\p{Ll}*(?:\s+(?!(?:cho|tặng|trao|do|của)" + _E
                    + r")[\p{L}\p{N}]+){0,7}?\s+(?:" + _alt(_cue("superlative")) + r"|của năm)" + _E + r")?")
    # a lowercase title starts with a known title noun ("danh hiệu giáo sư danh dự"), so that
    # "danh hiệu đầu tiên", "danh hiệu ở mùa bóng" are not taken for names
    lc_title = (r"(?i:" + _alt(_cue("title_lc")) + r")" + _E + r"(?:\s+(?!" + low_stop + _E
                + r")[\p{L}\p{N}]+" + _E + r"){0,4}")
    parts = [
        fixed_alt + continent,
        heads("order") + r"(?:\s+" + order + r"(?:\s+" + classes + r")?|\s+" + classes + r"|\s+" + capname
        + r"(?:\s+" + classes + r")?)?",
        heads("dedicate") + r"(?:" + dedicate + r")?",
        heads("party") + r"\s+(?:" + party + r"|" + _QUOTED + r"|" + capname + r")",
        r"(?i:danh hiệu)\s+" + not_award + r"(?:" + hero + r"|" + fixed_alt
        + r"|(?i:Chiến s[ĩỹ] thi đua)(?:\s+" + level + r")?|" + _QUOTED + r"|" + category + r"|" + capname
        + r"|" + lc_title + r")",
        heads("level") + r"(?:\s+" + level + r")?",
        heads("prize") + r"(?::?\s*" + _QUOTED + r"|\s+" + not_award + r"(?:" + category + r"|" + nobel + r"|" + _QUOTED
        + r"|" + brand + r"|" + capname + r"|(?:\p{Ll}+\s+){0,3}?mang tên\s+" + capname
        + r"))(?:\s+\d{4}" + _E + r")?" + for_category,
        heads("rank") + r"\s+" + not_award + r"(?!U\d)(?:" + category + r"|" + nobel + r"|" + brand + r"|" + rank_ext
        + r"|" + _QUOTED + r"|" + capname + r")"
        + for_category,
        heads("named_optional") + r"(?:\s+" + capname + r")?",
        heads("plain"),
        r"(?:Cờ|cờ)\s+(?:" + _QUOTED + r"|" + _CAP + r"(?:\s*-\s*" + _CAP + r"|\s+" + _CAP + r"){1,5}"
        + r"|" + _CAP + r"\s+\p{Ll}+\s*-\s*" + _CAP + r"\s+\p{Ll}+" + _E + r")",
        nobel,
        # a competition won: the title after "đăng quang" ("đăng quang ngôi vị Hoa hậu Hoàn vũ",
        # "lên ngôi Quán quân Rap Việt mùa 2"); the title alone is a person's epithet ("cựu Hoa hậu X")
        # (the match starts at the verb, found by the literal scan; the item starts at the title)
        r"(?i:đăng quang|lên ngôi|giành ngôi|đoạt ngôi)" + _E + r"(?:\s+(?i:ngôi vị|ngôi|danh hiệu))?\s+(?P<won>"
        r"(?:(?i:" + _alt(_cue("pageant")) + r")" + _E
        + r"(?:\s+" + capname + r"|\s+châu\s+\p{Lu}\p{Ll}*" + _E + r"|(?:\s+(?!(?:" + low_stop
        + r"|được|rồi|khi|năm|tại|ở|với|lại|không|đã|cũng)" + _E
        + r")\p{Ll}+" + _E + r"){1,2})"
        r"|(?i:quán quân|á quân)" + _E + r"(?:\s+" + capname + r")?)(?:\s+(?:mùa\s+)?\d{1,4}" + _E + r")?)",
        # a competition result stated by "là": "Quán quân Rap Việt mùa 2 là Dế Choắt"
        r"(?P<champ>(?i:quán quân|á quân)" + _E + r"(?=[^.;\n]{0,60}?\s(?:là|thuộc về)\s)(?:\s+" + capname
        + r")?(?:\s+(?:mùa\s+)?\d{1,4}" + _E + r")?)"
        r"(?=\s+(?:(?:chính thức|năm nay|năm đó|năm ấy)\s+)?(?:là|thuộc về)\s+\p{Lu})",
        # a category won: "chiến thắng ở hạng mục Nữ diễn viên chính xuất sắc nhất" (the item is the
        # category, the verb before "hạng mục" governs it)
        r"(?i:hạng mục)\s+(?P<cat>" + category + r"|\p{Lu}\p{Ll}*(?:\s+(?!(?:cho|tặng|trao|do|của)" + _E
        + r")[\p{L}\p{N}]+){0,7}?\s+của năm" + _E + r")",
        # a pageant crown: the award is the title ("vương miện của cuộc thi Hoa hậu X 2017")
        r"(?i:vương miện)(?:\s+(?:của\s+)?(?:cuộc thi\s+)?)(?P<crown>(?:" + _alt(_cue("pageant")) + r")" + _E
        + r"(?:\s+\p{Ll}+)?\s+" + capname + r"(?:\s+\d{4}" + _E + r")?)",
    ]
    return regex.compile(_B + r"(?:" + r"|".join(parts) + r")")


@lru_cache(maxsize=1)
def _verb_re():
    words = _cue("verb_give") + _cue("verb_get") + _cue("verb_return") + _cue("not_verb")
    return regex.compile(_B + _alt_cap(words) + _E)


@lru_cache(maxsize=1)
def _verb_kinds() -> Dict[str, str]:
    kinds: Dict[str, str] = {}
    for kind in ("not_verb", "verb_return", "verb_get", "verb_give"):
        for word in _cue(kind):
            kinds.setdefault(word.casefold(), kind)
    return kinds


@lru_cache(maxsize=1)
def _of_verb_re() -> regex.Pattern:
    """The conferral verb closing "AWARD của X trao tặng"."""
    return compile_at(r"\s+(?:(?:đã|vừa)\s+)?(?P<verb>" + _alt(_cue("right_verb")) + r")" + _E)


@lru_cache(maxsize=1)
def _giver_re() -> regex.Pattern:
    """"do X trao tặng" after an award name: the clause readers' agent pattern, X up to 160 characters
    of the same sentence part."""
    return clause.agent_re(r"[^.;]{1,160}?", _cue("right_verb"))


@lru_cache(maxsize=1)
def _blocker_re():
    return regex.compile(_B + _alt_cap(_cue("blocker")) + _E)


@lru_cache(maxsize=1)
def _weak_blocker_re():
    return regex.compile(_B + _alt_cap(_cue("weak_blocker")) + _E)


@lru_cache(maxsize=1)
def _past_re():
    return regex.compile(_B + _alt(_cue("past_marker")) + _E)


@lru_cache(maxsize=1)
def _after_blocker_re():
    return regex.compile(r"[^.;]{0,25}?" + _B + _alt_cap(_cue("after_blocker")) + _E)


@lru_cache(maxsize=1)
def _relative_re():
    return regex.compile(_B + r"(?:" + _alt(_cue("relative")) + r")" + _E)


@lru_cache(maxsize=1)
def _relative_any_re():
    return regex.compile(_B + r"(?:" + _alt(_cue("relative_any")) + r")" + _E)


@lru_cache(maxsize=1)
def _count_re():
    unit = r"(?i:" + _alt(_cue("unit")) + r")" + _E
    units = unit + r"(?:\s*,\s*(?!" + number_pattern() + r")" + unit + r"){0,3}"
    return regex.compile(r"(?<![\p{L}\p{N}/.,-])(?P<num>(?i:" + number_pattern() + r"))\s+(?P<unit>" + units + r")")


@lru_cache(maxsize=1)
def _gift_re():
    return regex.compile(r"\s*(?:" + _alt(_cue("gift")) + r")" + _E)


@lru_cache(maxsize=1)
def _unit_re():
    return regex.compile(r"(?i:" + _alt(_cue("unit")) + r")" + _E)


@lru_cache(maxsize=1)
def _issuer_head_re():
    return regex.compile(r"(?:" + _alt(_cue("honorific")) + r"\s+)?(?i:"
                         + _alt(_cue("issuer_head") + _cue("issuer_fixed"))
                         + r")" + _E)


@lru_cache(maxsize=1)
def _behalf_re():
    return regex.compile(_B + r"(?:" + _alt(_cue("behalf")) + r")\s+")


@lru_cache(maxsize=1)
def _adverbial_re():
    return regex.compile(r"\s*(?:(?:" + _alt(_cue("adverbial_fixed")) + r")" + _E + r"\s*,?\s*"
                         r"|(?i:" + _alt(_cue("adverbial")) + r")" + _E + r"[^,;:.]{0,120},\s*)")


@lru_cache(maxsize=1)
def _apposition_re():
    """A descriptive piece after a subject's name ("sinh năm 1989", "cao 1,73m", "31 tuổi")."""
    return regex.compile(r"\s*(?:(?:" + _alt(_cue("apposition")) + r")" + _E + r"|\d{1,3}\s+(?:"
                         + _alt(_cue("age_word")) + r")" + _E + r")")


@lru_cache(maxsize=1)
def _named_after_re():
    return regex.compile(_B + r"(?:" + _alt(_cue("named_after")) + r")\s+$")


@lru_cache(maxsize=1)
def _subordinator_re():
    return regex.compile(_B + r"(?:" + _alt(_cue("subordinator")) + r")" + _E)


@lru_cache(maxsize=1)
def _subject_pronouns() -> Dict[str, str]:
    """Pronoun -> the gender it implies ("male"/"female")."""
    return {row["word"]: row["note"] for row in lexicon.table("award_cues") if row["kind"] == "subject_pronoun"}


@lru_cache(maxsize=1)
def _predicate_re():
    return regex.compile(_B + r"(?<!(?i:ban)\s)(?:" + _alt(_cue("predicate")) + r")" + _E)


@lru_cache(maxsize=1)
def _honorific_re():
    return regex.compile(r"(?i:" + _alt(_cue("honorific")) + r")" + _E + r"\s*")


@lru_cache(maxsize=1)
def _np_stop_re():
    return regex.compile(_alt(_cue("np_stop")) + _E)


@lru_cache(maxsize=1)
def _reason_re():
    return regex.compile(_B + r"(?P<r>(?:(?:đã\s+)?có\s+)?(?:" + _alt(_cue("reason")) + r")" + _E
                         + r"[^.;:!?]{0,200}?)(?=\s*(?:[.;:!?,]|$|\s(?:đã|được|nhận|đón nhận|trao|tặng)" + _E + r"))")


@lru_cache(maxsize=1)
def _money_re():
    currency = r"(?:" + _alt(_cue("currency")) + r")" + _E
    return regex.compile(_B + r"(?:" + _alt(_cue("money")) + r")\s*(?:là|:)?\s*(?P<m>" + number_pattern()
                         + r"\s*" + currency + r")")


@lru_cache(maxsize=1)
def _list_gap_re():
    """What may stand between two award names of one list (after any "của X"/"cho Y" part)."""
    num = number_pattern()
    return regex.compile(r"\s*(?:\([^()]{1,40}\))?\s*(?:vì\s+[^,.;:]{1,60}?)?"
                         r"\s*(?:,|;|và|cùng|cũng như|, cũng như|, cùng|, và|:)?"
                         r"\s*(?:(?!một\s)(?:" + num + r"|các|những)\s+)?")


@lru_cache(maxsize=1)
def _generic_re():
    return regex.compile(r"(?i:" + _alt(_cue("generic")) + r")" + _E)


@lru_cache(maxsize=1)
def _introducer_re():
    return regex.compile(_B + r"(?:" + _alt(_cue("introducer")) + r")" + _E + r"\s*:?\s*$|:\s*$")


@lru_cache(maxsize=1)
def _org_prefix_re():
    return regex.compile(_B + r"(?:" + _alt(_cue("org_prefix")) + r")\s+$")


@lru_cache(maxsize=1)
def _cut_re():
    return regex.compile(r"[;:]\s|\.\s|(?<=[\p{Ll}\d]{2})\.(?=\p{Lu}\p{Ll})|\)\s+(?=\p{Lu})|"
                         + _B + r"việc(?:,\s*|\s+)|"
                         + _B + r"(?:" + _alt(_cue("speech")) + r")" + _E + r"\s*[,:]\s*")


@lru_cache(maxsize=1)
def _venue_re():
    cap_word = r"\p{Lu}[\p{L}\p{N}]*(?:['’]\p{Ll}?)?"  # "Kids'", "Critics'"
    # "tại LHP Cannes", "tại lễ trao giải Nickelodeon Kids' Choice Awards", "tại Oscar 2021",
    # "tại Rồng Xanh lần thứ 34": the festival or ceremony gives its prizes
    return compile_at(r"\s*(?:\([^()]{1,30}\)\s*)?[Tt]ại\s+(?:(?P<v>(?:" + _alt(_cue("venue")) + r")" + _E
                      + r"(?:\s+(?:" + _CAP + r"|\p{Ll}+(?=\s+\p{Lu}))){1,8}(?:\s+lần thứ\s+\w+)?)"
                      + r"|lễ trao giải\s+(?P<v>(?i:" + _alt(_fixed_names()) + r")" + _E + r"(?:\s+\d{4}" + _E + r")?|"
                      + cap_word + r"(?:\s+" + cap_word + r"|\s+\d{4}" + _E + r"){0,7})"
                      + r"|(?P<v>(?:" + _alt(_cue("ceremony")) + r")" + _E + r"(?:\s+\d{4}" + _E
                      + r")?(?:\s+lần thứ\s+\w+)?))")


@lru_cache(maxsize=1)
def _fixed_names() -> Tuple[str, ...]:
    """Award names that stand alone (data/award_names.tsv "fixed": "Quả cầu vàng", "Bông sen vàng")."""
    return tuple(row["name"] for row in lexicon.table("award_names") if row["ext"] == "fixed")


@lru_cache(maxsize=1)
def _person_title_re():
    return regex.compile(r"\s*(?:" + _alt(_cue("person_title")) + r")" + _E)


@lru_cache(maxsize=1)
def _org_head_re():
    return regex.compile(r"(?:" + _alt(_cue("org_head")) + r")" + _E)


@lru_cache(maxsize=1)
def _surnames() -> frozenset:
    try:
        return gazetteer.surnames("vietnamese")
    except OSError:
        return frozenset()


@lru_cache(maxsize=1)
def _not_names() -> frozenset:
    return frozenset(w.casefold() for w in _cue("not_name"))


@lru_cache(maxsize=1)
def _bare_heads() -> frozenset:
    return frozenset(row["name"].casefold() for row in lexicon.table("award_names") if row["ext"] != "fixed")


@lru_cache(maxsize=1)
def _state_heads() -> Tuple[str, ...]:
    """Heads of orders, medals, badges, certificates and flags (data/award_names.tsv): honours a
    state or party body confers, so an organisation in "của X" after them is their holder
    ("Huân chương Lao động hạng Ba của Công ty X"), not their giver."""
    kinds = ("order", "party", "dedicate", "plain", "level", "named", "named_optional")
    return tuple(row["name"].casefold() for row in lexicon.table("award_names") if row["ext"] in kinds)


def _state_honour(name: str) -> bool:
    return name.casefold().startswith(_state_heads())


@lru_cache(maxsize=1)
def _canonical() -> Dict[str, str]:
    return {row["name"].casefold(): row["canonical"] for row in lexicon.table("award_names") if row.get("canonical")}


@lru_cache(maxsize=1)
def _fixed_issuers() -> Tuple[str, ...]:
    return tuple(f.casefold() for f in _cue("issuer_fixed"))


_MAX_CLAUSE = 400  # characters a clause is read back from its verb
_WORD = regex.compile(r"\S+")
_RELATIVE = object()  # marker: a group that only describes the subject of the next statement
_TRAIL = "\"'“”‘’.,;:!?…)]»/"
_NAME_RE = regex.compile(r"(?<![\p{L}])\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4}(?![\p{L}])")
# "Được X tặng ..." opening a list item too; "bị" right before a conferral verb is a passive as
# well ("bị trao danh hiệu Nữ diễn viên gây thất vọng nhất": the subject received it)
_DUOC = regex.compile(r"(?<![\p{L}])[Đđ]ược(?![\p{L}])")
_BI = regex.compile(r"(?<![\p{L}])[Bb]ị\s*$")
_OF = compile_at(r"\s+của\s+")
_AND_OF = compile_at(r"\s*(?:,|và)\s+của\s+")
_DO = compile_at(r"\s+do\s+")
_BARE_ISSUER = regex.compile(r"\s+(?=\p{Lu})")
_PAREN_AFTER = compile_at(r"\s*\(([^()]{1,80})\)")
_COORDINATED = regex.compile(r"[\s,]*(?:(?:và|cũng|đồng thời|đã|được)\s*)*")
_PAREN_OR_AND = regex.compile(r"[()]|\svà\s(?:của\s)?")
_GAP_BREAK = regex.compile(r"[.;!?“”\"]")
_AND = regex.compile(r"(?<!\p{L})và(?!\p{L})")
_CLAUSE_BREAK = regex.compile(r"[,;:.]|\svà\s")
_COMMA = regex.compile(r",\s")
_OBJECT_NAME = regex.compile(r"\s*\p{Lu}[^,;:.]{1,80}?\s*")
_AUX_TAIL = regex.compile(r"\s+(?:đã|cũng|cũng đã)$")
_HEAD_WORDS = regex.compile(r"\S+\s+\S+(?:\s+thưởng)?\s+\S+")  # head + first name word
_EXISTENTIAL = regex.compile(r"(?:(?:[Nn]ăm|[Tt]háng)\s+\S+\s+)?(?:[Cc]ó|[Đđ]ã có)\s+")
_AND_START = regex.compile(r"(?:và|,)\s+")
_BREAKDOWN_REST = regex.compile(r"(?:[\s\d,;]|và)*")
_VENUE_WINDOW, _VENUE_TRIES = 20000, 8  # how far back, and how many mentions, a prize's festival is looked for
_FIRST_WORD = regex.compile(r"[^\s,]+")
_TIME_PIECE = regex.compile(r"(?<!\p{L})(?:[Nn]ăm|[Nn]gày|[Tt]háng)\s+\d{1,4}(?:[/.-]\d{1,4}){0,2}\s*,")
_COORDINATED_VERB = regex.compile(r"\svà$")
_PRIZE_HEAD = regex.compile(r"[Gg]iải(?:\s+thưởng)?\s+")
_WINNER = compile_at(r"\s+(?:(?:chính thức|năm nay|năm đó|năm ấy)\s+)?(?:là|thuộc về)\s+(?=\p{Lu})")
_ELLIPSIS_GAP = regex.compile(r"\s*(?:,\s*(?:và\s+)?|và\s+)")  # "A cho X, B cho Y", "A cho X và B cho Y"


# --- small grammatical patterns built from data/award_cues.tsv -------------------------------

@lru_cache(maxsize=1)
def _agent_tail_re():
    return regex.compile(r"\s+(?:(?:" + _alt(_cue("agent_tail")) + r"|\S+\s+lần)(?:\s+và)?|và|đã|cùng)\s*$")


@lru_cache(maxsize=1)
def _agent_empty_re():
    return regex.compile(r"(?:" + _alt(_cue("agent_empty")) + r"|lần\s+thứ\s+\S+)?")


@lru_cache(maxsize=1)
def _counted_before_re():
    return regex.compile(r"(?:" + _alt(_cue("count_blocker")) + r")\s*$")


@lru_cache(maxsize=1)
def _right_give_re():
    verbs = _alt(_cue("right_give"))
    return regex.compile(r"\s+(?:(?:đã\s+)?(?:được\s+)?" + verbs + r"(?:\s+trước đây)?\s+(?:cho\s+)?"
                         r"|cho\s+|tặng\s+|chúc mừng\s+)")


@lru_cache(maxsize=1)
def _next_get_re():
    return regex.compile(r"\s+(?:[^,.;:()]{0,40}?\s)?(?:được\s+)?(?:" + _alt(_cue("next_get")) + r")\s")


@lru_cache(maxsize=1)
def _plural_end_re():
    return regex.compile(r"(?:" + _alt(_cue("plural")) + r")\s*$")


@lru_cache(maxsize=1)
def _object_before_list_re():
    return regex.compile(r"\s*(?P<r>[^,:]{2,80}?)\s+(?:" + _alt(_cue("plural")) + r")\s")


@lru_cache(maxsize=1)
def _object_person_re():
    return regex.compile(r"\s*(?i:" + _alt(_cue("honorific")) + r")\s+\S")


@lru_cache(maxsize=1)
def _indefinite_re():
    return regex.compile(_B + r"(?:" + _alt(_cue("indefinite")) + r")\s+$")


@lru_cache(maxsize=1)
def _question_end_re():
    return regex.compile(_B + r"(?:" + _alt(_cue("question")) + r")\s*\?[\s\"”]*$")


@lru_cache(maxsize=1)
def _negation_re():
    """A negation right before a verb ("không chiến thắng", "chưa giành"), any word between them
    but "chiến" ("không chỉ giành ..." is no negation)."""
    return regex.compile(_B + r"(?i:" + _alt(_cue("negation")) + r")\s+(?:chiến\s+)?$")


@lru_cache(maxsize=1)
def _question_word_re():
    return regex.compile(_B + r"(?:" + _alt(_cue("question_word")) + r")" + _E)


@lru_cache(maxsize=1)
def _in_ceremony_re():
    event = _alt(_cue("event"))
    return regex.compile(_B + r"(?i:" + _alt(_cue("ceremony_prep")) + r")\s+(?i:" + event + r")\s+$")


@lru_cache(maxsize=1)
def _event_before_re():
    return regex.compile(_B + r"(?i:" + _alt(_cue("event")) + r")\s+$")


@lru_cache(maxsize=1)
def _bare_issuer_awards() -> frozenset:
    return frozenset(w.casefold() for w in _cue("bare_issuer_award"))


# --- noun phrases ---------------------------------------------------------------------------

def _np(text: str, start: int, end: int, commas: bool = False, max_words: int = 14,
        recipient: bool = False) -> Span:
    """A noun phrase starting at ``start``, up to a stop word or punctuation (commas kept if asked).

    Parentheses are kept whole ("Cục Văn hóa cơ sở (Bộ Văn hóa, Thể thao và Du lịch)") unless
    they hold a caption ("(ảnh: ...)"); "tại"/"ở" + a capitalised place and "và" + another
    issuer continue the phrase.
    """
    last = start
    depth = 0
    words = 0
    for m in _WORD.finditer(text, start, end):
        w = m.group(0)
        if depth == 0 and w.startswith("("):
            close = text.find(")", m.start(), min(end, m.start() + 120))
            inner = text[m.start():close] if close > 0 else ""
            if close < 0 or ":" in inner or "ảnh" in inner.casefold():
                break
        if depth == 0 and words > 0:
            stop = _np_stop_re().match(text, m.start(), end)
            if stop:
                low = stop.group(0)
                nxt = _WORD.search(text, m.end(), end)
                if low in ("tại", "ở") and nxt and nxt.group(0)[:1].isupper():
                    words += 1
                    continue
                if (low == "và" and nxt and nxt.group(0)[:1].isupper()
                        and _issuer_head_re().match(text, nxt.start(), end)):
                    words += 1
                    continue
                if (recipient and low == "và" and nxt and _count_re().match(text, nxt.start(), end)
                        and not _award_re().match(text, nxt.start(), end)):
                    words += 1  # "cho 5 đơn vị và 12 cá nhân"
                    continue
                break
            if w.casefold() == "của":
                break
        depth += w.count("(") - w.count(")")
        if depth < 0:
            break
        words += 1
        if depth == 0:
            last = m.start() + len(w.rstrip(_TRAIL))
            if w.endswith(")"):
                last = m.start() + len(w.rstrip(_TRAIL.replace(")", "")))
                last = max(last, m.start() + w.rfind(")") + 1)
        else:
            last = m.end()
        if depth == 0 and w[-1:] in ",;.:!?…" and not (commas and w[-1:] == ","):
            nxt_at = m.end() + 1 if m.end() < end else m.end()
            if recipient and w[-1:] == "," and (_count_re().match(text, nxt_at, end)
                                                 or _unit_re().match(text, nxt_at, end)):
                continue  # "cho 12 tập thể, 25 cá nhân", "cho 73 tập thể, cá nhân"
            break
        if words >= max_words:
            break
    return start, max(last, start)


def _strip_honorific(text: str, s: int, e: int) -> Span:
    while s < e and (text[s] in " ,;:-…\"“”'" or text[s] == "("):
        if text[s] == "(" and ")" in text[s:e]:
            break
        s += 1
    while s < e:
        m = _honorific_re().match(text, s, e)
        if not m or m.end() >= e:
            break
        s = m.end()
    while e > s and text[e - 1] in " ,;:-…\"“”'./":
        e -= 1
    return s, e


def _is_issuer(text: str, s: int, e: int) -> bool:
    return bool(_issuer_head_re().match(text, s, e))


def _split_issuers(text: str, s: int, e: int) -> str:
    """Issuer text; "A và B" of two issuers becomes "A; B" (fixed collectives kept)."""
    value = text[s:e].strip()
    if value.casefold() in _fixed_issuers():
        return value
    parts = []
    depth = 0
    last = 0
    for m in _PAREN_OR_AND.finditer(value):
        tok = m.group(0)
        if tok == "(":
            depth += 1
        elif tok == ")":
            depth -= 1
        elif depth == 0:
            right = value[m.end():]
            folded = value.casefold()
            inside_fixed = any(f[:k].endswith(" ")
                               and folded[max(0, m.start() - k + 1):].startswith(f[:k].rstrip() + " và")
                               for f in _fixed_issuers() for k in [f.find(" và ") + 1] if k > 0)
            if right[:1].isupper() and _issuer_head_re().match(right) and not inside_fixed:
                parts.append(value[last:m.start()])
                last = m.end()
    parts.append(value[last:])
    return "; ".join(p.strip() for p in parts if p.strip())


def _trim_subject(text: str, s: int, e: int) -> int:
    """Start of the issuer part of a subject: comma-separated pieces are kept from the right while
    they look like parts of a name or title ("Đồng chí A - Bí thư X, Phó Chủ tịch Y")."""
    pieces = []
    depth = 0
    seg = s
    for i in range(s, e):
        c = text[i]
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "," and depth == 0 and not (0 < i < e - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()):
            pieces.append(seg)  # (not the decimal comma of "cao 1,73m")
            seg = i + 1
    pieces.append(seg)
    start = pieces[-1]
    limit = e  # where a time adverbial is looked for: not inside a skipped apposition
    for piece in reversed(pieces[:-1]):
        head = text[piece:e].lstrip()
        first = head.split(" ", 1)[0] if head else ""
        if _apposition_re().match(text, piece, e) and piece != pieces[0]:
            limit = piece  # "X, sinh năm 1989, cao 1,73m đăng quang": X is still the subject
            continue
        if _TIME_PIECE.search(text, piece, limit):
            break  # "AP Năm 1983, Nữ hoàng trao ...": a time adverbial (after a credit) ends the subject
        if (first[:1].isupper() or _is_issuer(text, piece + len(text[piece:e]) - len(head), e)
                or first in _cue("subject_prefix") or first in _cue("plural")):
            start = piece
        else:
            break
    while start < e and text[start] == " ":
        start += 1
    return start


def _before_appositions(text: str, s: int, e: int) -> int:
    """End of a subject's name before its descriptive pieces ("Pia Wurtzbach, sinh năm 1989, cao
    1,73m" -> "Pia Wurtzbach"); ``e`` when it has none."""
    i = text.find(",", s, e)
    while i >= 0:
        if _apposition_re().match(text, i + 1, e) and not (text[i - 1].isdigit() and text[i + 1:i + 2].isdigit()):
            return i
        i = text.find(",", i + 1, e)
    return e


# --- recognition ----------------------------------------------------------------------------

class _Item:
    __slots__ = ("start", "end", "name", "issuer", "issuer_cue", "recip_spans", "tail_end", "right_verb", "venue",
                 "elliptic", "given_to", "champion")

    def __init__(self, start: int, end: int, name: str):
        self.start, self.end, self.name = start, end, name
        self.elliptic: Optional[int] = None  # start of "B cho Y" after "A cho X và": a clause of its own
        self.given_to: Optional[Span] = None  # "cho Y" / "tặng Y" right after the name
        self.issuer: Optional[str] = None
        self.issuer_cue = ""  # how the issuer was stated: "của", "do ... trao", a bare issuer
        self.champion = False  # "Quán quân X là Y": a competition result stated after the title
        self.recip_spans: List[Span] = []
        self.tail_end = end
        self.right_verb = False  # "do X trao tặng", "tặng Y", "đã trao trước đây cho Y", "của X cho Y"
        self.venue: Optional[str] = None


def _attach(text: str, item: _Item, limit: int) -> None:
    """Read "của X" / bare issuer / "do X trao" and "cho Y" / "tặng Y" right after an award name."""
    pos = item.end
    m = _PAREN_AFTER.match(text, pos, limit)
    if m and "hạng mục" in m.group(1):
        pos = m.end()
    if _OF.match(text, pos, limit):
        pos = _read_of_part(text, item, pos, limit)
    elif item.name.casefold() in _bare_issuer_awards():
        pos = _read_bare_issuer(text, item, pos, limit)
    has_issuer = item.issuer is not None
    pos = _read_do_giver(text, item, pos, limit)
    if item.champion:
        pos = _read_champion(text, item, pos, limit)
    pos = _read_given_to(text, item, pos, limit, has_issuer)
    m = _venue_re().match(text, pos, limit)
    if m and not item.issuer:
        item.venue = m.group("v")  # "giải X tại LHP Cannes": the festival gives its prizes
    item.tail_end = max(item.end, pos)


def _read_of_part(text: str, item: _Item, pos: int, limit: int) -> int:
    """"của X" after the name: X gives it when X is an issuer ("của A và của B": two), an
    organisation after a prize or title, or X closes with a conferral verb; else X holds it."""
    m = _OF.match(text, pos, limit)
    assert m is not None
    s2, e2 = _strip_honorific(text, *_np(text, m.end(), limit))
    if e2 <= s2:
        return pos
    if _is_issuer(text, s2, e2):
        issuers = [_split_issuers(text, s2, e2)]
        pos = e2
        while True:  # "của A và của B": two issuers
            more = _AND_OF.match(text, pos, limit)
            if not more:
                break
            s3, e3 = _strip_honorific(text, *_np(text, more.end(), limit))
            if e3 <= s3 or not _is_issuer(text, s3, e3):
                break
            issuers.append(text[s3:e3])
            pos = e3
        item.issuer, item.issuer_cue = "; ".join(issuers), "của"
        return pos
    body = clause.body_after_of(text, pos, limit) if not _state_honour(item.name) else None
    if body is not None and body[0] == s2:
        # "danh hiệu ... của UEFA": an organisation gives it, a person would hold it
        pos = min(body[1], e2)
        item.issuer, item.issuer_cue = text[s2:pos], "của + organisation"
        return pos
    closing = _of_verb_re().match(text, e2, limit)
    if closing:  # "huân chương của lực lượng Hải quân trao tặng": X gave it
        item.issuer, item.issuer_cue = text[s2:e2], "của ... " + closing.group("verb")
        item.right_verb = True
        return closing.end()
    item.recip_spans.append((s2, e2))
    return e2


def _read_bare_issuer(text: str, item: _Item, pos: int, limit: int) -> int:
    """An issuer right after the name, without "của" ("Bằng khen UBND tỉnh")."""
    m = _BARE_ISSUER.match(text, pos, limit)
    if m and _is_issuer(text, m.end(), limit):
        s2, e2 = _np(text, m.end(), limit)
        if e2 > s2:
            item.issuer, item.issuer_cue = text[s2:e2], "issuer right after the award"
            return e2
    return pos


def _read_do_giver(text: str, item: _Item, pos: int, limit: int) -> int:
    """"do X trao tặng" (the clause readers' agent): X gave it."""
    given = clause.agent_at(_giver_re(), text, pos, limit) if _DO.match(text, pos, limit) else None
    if given is None:
        return pos
    s2, e2 = _strip_honorific(text, given[0], given[1])
    if e2 <= s2:
        return pos
    item.issuer, item.issuer_cue = text[s2:e2], "do ... " + given[2]
    item.right_verb = True
    return given[3]


def _read_champion(text: str, item: _Item, pos: int, limit: int) -> int:
    """"Quán quân X là Y": Y won it."""
    m = _WINNER.match(text, pos, limit)
    if m:
        s2, e2 = _np(text, m.end(), limit, recipient=True)
        if e2 > s2:
            item.recip_spans.append((s2, e2))
            return e2
    return pos


def _read_given_to(text: str, item: _Item, pos: int, limit: int, has_issuer: bool) -> int:
    """"cho Y", "tặng Y", "(đã được) trao (cho) Y", "thuộc về Y" after the name (a festival may
    stand between: "giải X tại Oscar 2021 đã được trao cho Y"): Y received it."""
    m = _right_give_re().match(text, pos, limit)
    venue = _venue_re().match(text, pos, limit) if not m and not item.issuer else None
    if venue is not None:
        m = _right_give_re().match(text, venue.end(), limit)
        if m:
            item.venue = venue.group("v")
    if not m:
        return pos
    s2, e2 = _np(text, m.end(), limit, max_words=16, recipient=True)
    s3, e3 = _strip_honorific(text, s2, e2)
    if e3 <= s3:
        return pos
    item.recip_spans.append((s2, e2))
    item.given_to = (s2, e2)
    # "cho Y" alone is a conferral only after "của ISSUER" (captions)
    if not m.group(0).strip().startswith("cho") or has_issuer:
        item.right_verb = True
    return e2


def _groups(text: str, items: List[_Item]) -> List[List[_Item]]:
    groups: List[List[_Item]] = []
    for item in items:
        if groups:
            prev = groups[-1][-1]
            if prev.tail_end <= item.start:
                gap = _list_gap_re().fullmatch(text, prev.tail_end, item.start)
                if gap and not _verb_re().search(text, prev.tail_end, item.start):
                    generic = _plural_end_re().search(text, prev.tail_end, item.start)
                    if generic and item.name.casefold() in ("huân chương", "huy chương", "danh hiệu", "bằng khen"):
                        continue  # "... và nhiều huân chương khác": not a name
                    split = _ELLIPSIS_GAP.match(text, prev.tail_end, item.start)
                    if split and _own_recipients(text, prev) and _own_recipients(text, item):
                        # "trao A cho X và B cho Y": two conferrals sharing one verb (one
                        # mention per conferral clause); a ";" list or counted groups stay one
                        item.elliptic = split.end()
                        groups.append([item])
                        continue
                    groups[-1].append(item)
                    continue
        groups.append([item])
    return groups


def _own_recipients(text: str, item: _Item) -> bool:
    """Does the item name its own recipients ("cho X", "tặng X"), none of them counted?"""
    return item.given_to is not None and not any(_count_re().search(text, s, e) for s, e in item.recip_spans)


def _find_verb(text: str, lo: int, group_start: int) -> Optional[regex.Match]:
    """The nearest conferral verb left of the group in [lo, group_start) with an acceptable gap."""
    best = None
    # a verb farther than 170 characters is refused below, so the search is bounded (the same
    # answer; one huge sentence with thousands of awards stays linear)
    for m in _verb_re().finditer(text, max(lo, group_start - 240), group_start):
        best = m
    if best is None or _verb_kinds().get(best.group(0).casefold()) == "not_verb":
        return None
    gap = text[best.end():group_start]
    if len(gap) > 170 or _GAP_BREAK.search(gap.rstrip(" “\"")):
        return None
    if ":" in gap and not (_introducer_re().search(gap) or _generic_re().search(gap[:gap.rfind(":")])):
        return None
    if "," in gap:
        head = gap[:gap.rfind(",")]
        listed = _introducer_re().search(gap) or _generic_re().search(head)
        if not listed:
            return None
    elif len(gap) > 110:
        return None
    return best


def _clause_start(text: str, lo: int, pos: int) -> int:
    """Start of the clause that ends at ``pos``: after the last ";", ":", reported-speech verb or the
    previous mention, with leading adverbials ("Nhân dịp này, ") skipped."""
    cut = max(lo, pos - _MAX_CLAUSE)  # bounded: one huge sentence must stay linear
    for m in _cut_re().finditer(text, cut, pos):
        cut = m.end()
    while True:
        m = _adverbial_re().match(text, cut, pos)
        if not m or m.end() == cut:
            break
        cut = m.end()
    while cut < pos and text[cut] in " ,;:-–./":
        cut += 1
    return cut


def _guess_names(text: str, s: int, e: int) -> List[Tuple[int, str]]:
    """Person names by shape (surname + capitalised syllables) when people.py found none."""
    out = []
    surnames = _surnames()
    for m in _NAME_RE.finditer(text, s, e):
        words = m.group(0).split()
        for i, w in enumerate(words):
            if w in surnames and len(words) - i >= 2:
                out.append((m.start(), " ".join(words[i:])))
                break
    return out


def _org_phrase(phrase: str) -> bool:
    """An organisation noun phrase: an organisation head followed by a name ("Bộ Y tế", not
    "Bộ phim"; "lực lượng Quản lý thị trường")."""
    m = _org_head_re().match(phrase)
    if not m:
        return False
    rest = phrase[m.end():].split()
    return bool(rest) and (rest[0][:1].isupper() or " " in m.group(0) or m.group(0)[:1].islower())


class _PeopleIndex:
    """The person mentions of a doc by normalised start, for "who lies inside this span" in
    O(log n + k) (a scan of every person per span made long documents quadratic)."""

    __slots__ = ("starts", "items", "people", "text")

    def __init__(self, doc):
        self.text = doc.text
        people = sorted(((*doc.norm_span(p), p.name), p) for p in (doc.results.get("people") or []))
        self.items = [item for item, _ in people]
        self.people = [p for _, p in people]  # the records, in the same order
        self.starts = [item[0] for item in self.items]

    def last_before(self, pos: int, gender: str, reach: int, awarded: Sequence[Tuple[int, int, List[str]]] = ()
                    ) -> Optional[str]:
        """The full name of the person named last before ``pos`` (within ``reach`` characters),
        skipping one whose honorific or middle name "Thị" says the other ``gender``, and one
        named inside an earlier award statement ``awarded`` (start, end, recipients) without
        being its recipient ("giải thưởng mang tên Victor Hugo")."""
        i = bisect.bisect_left(self.starts, pos) - 1
        while i >= 0 and self.items[i][1] > pos:
            i -= 1
        for j in range(i, max(-1, i - 3), -1):
            ps, pe, name = self.items[j]
            if pos - pe > reach:
                break
            person = self.people[j]
            said = _subject_pronouns().get((person.honorific or "").casefold())
            if not said:
                said = "female" if " Thị " in " " + (person.canonical or name) + " " else ""
            if said and gender and said != gender:
                continue
            if any(s <= ps and pe <= e and name not in names for s, e, names in awarded) \
                    or _named_after_re().search(self.text, max(0, ps - 12), ps):
                continue
            return person.canonical or name
        return None

    def within(self, s: int, e: int) -> List[Tuple[int, str]]:
        out = []
        for i in range(bisect.bisect_left(self.starts, s), len(self.items)):
            ps, pe, name = self.items[i]
            if ps >= e:
                break
            if pe <= e:
                out.append((ps, name))
        return out


def _names(people: _PeopleIndex, text: str, spans: List[Span]) -> List[str]:
    plural = {w.casefold() for w in _cue("plural")}
    names: List[str] = []
    for s, e in spans:
        if e <= s:
            continue
        found = people.within(s, e)
        s2, e2 = _strip_honorific(text, s, e)
        phrase = text[s2:e2].strip()
        if not found and _org_phrase(phrase) and "," not in phrase and len(phrase.split()) <= 14:
            found = [(s2, phrase)]  # an organisation, even when its name looks like a person's
        if not found:
            found = _guess_names(text, s, e)
        if not found:
            first = phrase.split(" ")[0] if phrase else ""
            if (phrase and first.casefold() not in plural and phrase.casefold() not in _not_names()
                    and first not in _function_words()
                    and not _count_re().match(phrase)
                    and (_org_phrase(phrase)
                         or (all(w[:1].isupper() for w in phrase.split()) and len(phrase.split()) <= 4))
                    and len(phrase.split()) <= 14 and "," not in phrase):
                found = [(s2, phrase)]
        for _, name in sorted(found):
            if name not in names:
                names.append(name)
    return names


def _counts(text: str, spans: List[Span]) -> List[RecipientCount]:
    out: List[RecipientCount] = []
    seen = set()
    for s, e in spans:
        for m in _count_re().finditer(text, s, e):
            value = parse_number(m.group("num"))
            if not value or m.start() in seen:
                continue
            seen.add(m.start())
            if _counted_before_re().search(text, max(s, m.start() - 12), m.start()):
                continue
            out.append(RecipientCount(count=value, unit=m.group("unit")))
    return out


@lru_cache(maxsize=1)
def _triggers() -> Tuple[str, ...]:
    """Syllables every award name contains (data/award_cues.tsv "trigger"): sentences without one
    are not searched with the (much slower) award grammar. Plain substring tests: fast."""
    return tuple(w.lower() for w in _cue("trigger"))


# words the award grammar starts with besides the first words of data/award_names.tsv (its
# "danh hiệu", "Cờ", "Nobel", "vương miện", "đăng quang / lên ngôi / giành ngôi / đoạt ngôi" and
# "Quán quân / Á quân ... là" branches)
_GRAMMAR_STARTS = ("danh", "cờ", "nobel", "vương", "đăng", "lên", "giành", "đoạt", "quán", "á", "hạng")


@lru_cache(maxsize=1)
def _start_scan():
    """Every award name starts with one of these words (case-folded): the grammar is tried only
    where the fast literal scan of the case-folded text finds one, not at every position."""
    names = (row["name"] for row in lexicon.table("award_names"))
    firsts = {m.group(0).casefold() for m in map(_FIRST_WORD.match, names) if m}
    return literal_scan(sorted(firsts | set(_GRAMMAR_STARTS)))


def _folded(text: str) -> Optional[str]:
    """The case-folded text, or None when folding changes its length (positions in the folded text
    would not be positions in the text)."""
    folded = casefolded(text)
    return folded if len(folded) == len(text) else None


def _award_matches(text: str, s: int, e: int, folded: Optional[str]):
    """``_award_re().finditer(text, s, e)``, trying the grammar only where the literal scan of the
    folded sentence finds a first word (the same matches: each one starts at such a word, and the
    next is looked for after its end)."""
    if folded is None:
        yield from _award_re().finditer(text, s, e)
        return
    match = _award_re().match
    last = s
    for start in _start_scan().finditer(folded, s, e):
        p = start.start()
        if p < last:
            continue
        if p and text[p - 1].isalnum():
            continue  # inside a word ("các"): _B fails there (every str.isalnum character is \p{L} or \p{N})
        m = match(text, p, e)
        if m:
            yield m
            last = m.end()


def _sentence_items(text: str, s: int, e: int, person_starts: Sequence[int] = (),
                    folded: Optional[str] = None) -> List[_Item]:
    items = []
    canon = _canonical()
    for m in _award_matches(text, s, e, folded):
        a, b = m.start(), m.end()
        if m.group("won"):
            a = m.start("won")  # "đăng quang | Hoa hậu X": the verb governs the title after it
        elif m.group("cat"):
            a = m.start("cat")  # "chiến thắng ở hạng mục | Nam diễn viên ...": the category
        # "giải Oscar Brie Larson": a person named after the award name is not part of it
        k = bisect.bisect_right(person_starts, a)
        if k < len(person_starts) and person_starts[k] < b:
            head_end = _HEAD_WORDS.match(text, a, b)
            if head_end and person_starts[k] > head_end.end():
                b = person_starts[k]
        while b > a and text[b - 1] in " ,;:-":
            b -= 1
        if _org_prefix_re().search(text, max(s, a - 20), a):
            continue  # "Ban tổ chức Giải ...", "Hội đồng Giải thưởng ...": an organisation
        name = text[a:b]
        if m.group("crown") and m.end("crown") <= b:
            name = m.group("crown")
        name = _label(canon.get(name.casefold(), name))
        item = _Item(a, b, name)
        if m.group("champ"):
            item.right_verb = item.champion = True  # "Quán quân X là Y": the result is stated after the title
        items.append(item)
    # a parenthesised breakdown of prizes joins the name: "giải chính thức (1 giải ba, 4 giải tư)"
    out = []
    i = 0
    while i < len(items):
        item = items[i]
        m = _PAREN_AFTER.match(text, item.end, e)
        inner = []
        if m:  # the names inside the parentheses (items are in text order: stop after them)
            for x in items[i + 1:]:
                if x.start >= m.end(1):
                    break
                if m.start(1) <= x.start and x.end <= m.end(1):
                    inner.append(x)
        if m and inner and _BREAKDOWN_REST.fullmatch(_strip_items(text, m.start(1), m.end(1), inner)):
            item.name = item.name + " (" + ", ".join(x.name for x in inner) + ")"
            item.end = m.end()
            i += 1 + len(inner)
        else:
            i += 1
        out.append(item)
    return out


def _label(name: str) -> str:
    """A prize named by its statuette or its category stands without "giải (thưởng)": "giải Cành
    cọ Vàng" -> "Cành cọ Vàng", "giải thưởng Phim có cốt truyện hay nhất" -> "Phim có ... nhất"
    ("giải Nhất", "giải Vàng", "giải thưởng Nobel" keep their head)."""
    m = _PRIZE_HEAD.match(name)
    if not m:
        return name
    rest = name[m.end():].split()
    if not rest or not rest[0][:1].isupper():
        return name
    if "cho" in rest or "mục" in rest:
        return name  # "giải Oscar cho Nữ diễn viên chính xuất sắc nhất": the prize and its category
    if (len(rest) >= 2 and rest[-1] in _cue("statuette")) or (len(rest) >= 3 and "nhất" in rest[-3:]):
        return name[m.end():]
    return name


def _strip_items(text: str, s: int, e: int, inner: List[_Item]) -> str:
    chunks = []
    pos = s
    for x in inner:
        chunks.append(text[pos:x.start])
        pos = x.end
    chunks.append(text[pos:e])
    return "".join(chunks)


def _join_names(group: List[_Item]) -> str:
    seen: List[str] = []
    for item in group:
        if item.name.casefold() not in (n.casefold() for n in seen):
            seen.append(item.name)
    return ", ".join(seen)


def _trigger_sentences(text: str, sentences: List[Tuple[int, int]], folded: Optional[str]) -> List[Tuple[int, int]]:
    """The sentences holding a trigger, from one scan of the case-folded text (shared with the
    other recognisers, so no new copy is made) per trigger."""
    words = _triggers()
    if folded is None:  # folding changed the length ("İ", "ß"): test each sentence on its own
        return [(s, e) for s, e in sentences if any(w in text[s:e].lower() for w in words)]
    starts = [s for s, _ in sentences]
    hit = set()
    for w in words:  # str.find runs in C at memory speed; a regex alternation is far slower
        pos = folded.find(w)
        while pos >= 0:
            i = bisect.bisect_right(starts, pos) - 1
            hit.add(i)
            # on to the next sentence: one hit per sentence is enough
            nxt = starts[i + 1] if i + 1 < len(starts) else len(folded)
            pos = folded.find(w, max(pos + 1, nxt))
    return [sentences[i] for i in sorted(hit) if i >= 0]


def recognize(doc) -> None:
    text = doc.text
    out = doc.results.setdefault("awards", [])
    folded = _folded(text)
    sentences = _trigger_sentences(text, doc.sentences or [(0, len(text))], folded)
    if not sentences:
        return
    people = _PeopleIndex(doc)
    # starts of multi-word names (already sorted): a recipient list ends where a name begins
    person_starts = [start for start, _, name in people.items if " " in name.strip()]
    for s, e in sentences:
        items = _sentence_items(text, s, e, person_starts, folded)
        if not items:
            continue
        for item in items:
            _attach(text, item, e)
        last_end = s
        prev_mention_end = None
        prev = None
        for group in _groups(text, items):
            if group[0].elliptic is not None:
                if prev is not None and prev_mention_end == last_end:
                    mention = _elliptic(doc, people, text, e, group, prev)
                    out.append(mention)
                    prev_mention_end = last_end = group[-1].tail_end
                    prev = mention
                    continue
                group[0].elliptic = None  # the first part was no statement: neither is this one
            mention = _statement(doc, people, text, e, group, last_end, prev_mention_end, prev)
            if mention is _RELATIVE:
                continue  # a descriptor inside the next statement's subject: keep it in that subject
            if mention is not None:
                if mention.issuer is None and len(group) == 1:
                    mention.issuer = _earlier_venue(text, group[0])
                out.append(mention)
                prev_mention_end = group[-1].tail_end
                prev = mention
            last_end = max(last_end, group[-1].tail_end)


def _earlier_venue(text: str, item: _Item) -> Optional[str]:
    """"(tranh) giải Cành cọ Vàng tại LHP Cannes" earlier in the text: the festival gives the prize.
    Only the last few mentions of the name before it, within a window, are read: a text repeating
    an award name thousands of times would otherwise cost a scan per mention (quadratic)."""
    lo = max(0, item.start - _VENUE_WINDOW)
    pos = text.rfind(item.name, lo, item.start)
    for _ in range(_VENUE_TRIES):
        if pos < 0:
            break
        m = _venue_re().match(text, pos + len(item.name), item.start)
        if m:
            return m.group("v")
        pos = text.rfind(item.name, lo, pos)
    return None


def _final_issuer(text: str, issuer: Optional[str], sent_start: int, pos: int) -> Optional[str]:
    """The issuer as reported: "của nhà trường" is the school named earlier in the clause; the
    holder's name after an office that confers by law is dropped ("Chủ tịch nước")."""
    if not issuer or _COORDINATED_VERB.search(issuer):
        return None  # "Phát biểu và trao ...": no giver named, a coordinated verb
    heads = _generic_issuers().get(issuer.casefold())
    if heads is not None:
        found = _last(heads.finditer(text, sent_start, pos))
        if found is not None:
            return found.group(0)
    parts = []
    for part in issuer.split("; "):
        for office in _cue("issuer_office"):
            if part.startswith(office + " "):
                words = part[len(office) + 1:].split()
                if 2 <= len(words) <= 4 and words[0] in _surnames() and all(w[:1].isupper() for w in words):
                    part = office
                    break
        parts.append(part)
    return "; ".join(parts)


@lru_cache(maxsize=1)
def _function_words() -> frozenset:
    """Capitalised function words ("Ở", "Và", "Tại"): a phrase they start is no recipient name."""
    return lexicon.word_set("person_function_words")


@lru_cache(maxsize=1)
def _late_re():
    return regex.compile(_B + r"(?:" + _alt(_cue("late")) + r")" + _E)


@lru_cache(maxsize=1)
def _generic_issuers() -> Dict[str, regex.Pattern]:
    """generic issuer word -> a pattern of the named institutions it stands for."""
    out = {}
    for row in lexicon.table("award_cues"):
        if row["kind"] == "generic_issuer":
            heads = [h for h in (row.get("note") or "").split(";") if h]
            out[row["word"].casefold()] = regex.compile(
                _B + r"(?:" + _alt(heads) + r")(?:\s+(?:" + _alt(heads) + r"|" + _CAP + r")" + _E + r"){1,6}")
    return out


# --- one conferral clause, read by named rules and named checks --------------------------------
#
# A group of award names becomes a statement through one of the rules below (their names are what
# explain mode reports and what the tests' rule table points to); the checks in ``_VETOES`` drop
# clauses that name an award without reporting a conferral.

RULE_GIVE = "giver + conferral verb + award + recipients"
RULE_PASSIVE = "recipients + được/bị (+ giver) + conferral verb + award"
RULE_GET = "recipients + receiving verb + award"
RULE_RETURN = "award handed back to its giver"
RULE_AFTER = "award + conferral stated after it"
RULE_RESULT = "competition title + là/thuộc về + winner"
RULE_ELLIPTIC = "second conferral under the same verb"


class _Clause:
    """What has been read of one conferral clause around a group of award names."""

    __slots__ = ("text", "e", "group", "lo", "prev_end", "g_start", "g_end", "verb", "kind", "anchor",
                 "clause", "subject_lo", "subj_end", "behalf", "duoc_at", "passive_agent", "ss", "se",
                 "recip_spans", "count_spans", "issuer", "issuer_cue", "start", "attached", "inherited")

    def __init__(self, text: str, e: int, group: List[_Item], lo: int, prev_end: Optional[int],
                 verb: Optional[regex.Match], kind: str, anchor: int):
        self.text, self.e, self.group, self.lo, self.prev_end = text, e, group, lo, prev_end
        self.g_start, self.g_end = group[0].start, group[-1].tail_end
        self.verb = verb  # the conferral verb before the names; None when it is stated after them
        self.kind = kind  # "verb_give", "verb_get", "verb_return" or "right"
        self.anchor = anchor  # the verb's start, or the first name's ("right")
        self.clause = _clause_start(text, lo, anchor)
        self.subject_lo = self.clause
        self.subj_end = anchor  # the subject is read in [subject_lo, subj_end)
        self.behalf: Optional[Tuple[int, int, int]] = None  # "thay mặt X": (cue start, X start, X end)
        self.duoc_at: Optional[regex.Match] = None  # the passive marker
        self.passive_agent: Optional[Span] = None
        self.ss = self.se = 0  # the subject noun phrase
        self.recip_spans: List[Span] = []
        self.count_spans: List[Span] = []
        self.issuer: Optional[str] = None
        self.issuer_cue = ""
        self.start = min(self.g_start, anchor)
        self.attached: List[str] = []  # issuers stated right after the names ("của X", "do X trao")
        self.inherited: List[str] = []  # recipients of the previous, coordinated verb

    def give_issuer(self, value: Optional[str], cue: str) -> None:
        self.issuer = value
        self.issuer_cue = cue if value else ""


def _last(matches):
    """The last of an iterator of matches, or None."""
    tail = deque(matches, maxlen=1)
    return tail[0] if tail else None


def _governing_verb(text: str, lo: int, group: List[_Item]) -> Optional[Tuple[Optional[regex.Match], str, int]]:
    """(verb, kind, anchor) of the conferral that governs the group: a verb before it, or a
    conferral stated after the first name ("do X trao tặng", "của X tặng Y"); None if neither."""
    g_start = group[0].start
    verb = _find_verb(text, lo, g_start)
    if verb is not None:
        return verb, _verb_kinds()[verb.group(0).casefold()], verb.start()
    if group[0].right_verb and not _a_definition(text, group):
        return None, "right", g_start
    return None


def _a_definition(text: str, group: List[_Item]) -> bool:
    """"một huân chương được trao cho những người ...": a bare award noun after an indefinite."""
    g_start = group[0].start
    return bool(_indefinite_re().search(text, max(0, g_start - 12), g_start)
                and group[0].name.casefold() in _bare_heads())


# named checks: each one, when true, drops the clause (in this order)

def _planned_proposed_or_revoked(c: _Clause) -> bool:
    """"đề nghị tặng", "sẽ được tặng", "hủy bỏ quyết định tặng" before the verb."""
    return c.kind != "right" and bool(_blocker_re().search(c.text, max(c.lo, c.anchor - 100), c.g_start))


def _only_a_chance(c: _Clause) -> bool:
    """"cơ hội giành ...", "mục tiêu giành ...", unless a past marker reports it done."""
    if c.kind == "right":
        return False
    weak = _last(_weak_blocker_re().finditer(c.text, max(c.lo, c.anchor - 100), c.g_start))
    return weak is not None and not _past_re().search(c.text, weak.end(), c.anchor)


def _negated_after_the_award(c: _Clause) -> bool:
    """"Huân chương X không hề dễ dàng được trao cho ...": a blocker inside a conferral stated after."""
    return c.kind == "right" and bool(_blocker_re().search(c.text, c.g_start, c.g_end))


def _a_rule_plan_or_question(c: _Clause) -> bool:
    """A rule or a plan right after the names, or a question ending the sentence."""
    return bool(_after_blocker_re().match(c.text, c.g_end, c.e)
                or _question_end_re().search(c.text, max(c.g_end, c.e - 24), c.e))


def _a_question_about_it(c: _Clause) -> bool:
    """"Hậu đã giành giải nhất nào ở cự ly 42km?", "Bao nhiêu người nhận Bằng khen?": a question
    word in the clause of a sentence that ends with a question mark."""
    end = c.e
    while end > c.g_end and c.text[end - 1] in " \"”'’)":
        end -= 1
    return (end > c.g_end and c.text[end - 1] == "?"
            and bool(_question_word_re().search(c.text, c.clause, end)))


def _negated_verb(c: _Clause) -> bool:
    """"Chadwick Boseman không chiến thắng trong hạng mục ...": a negation right before the verb."""
    return c.verb is not None and bool(_negation_re().search(c.text, max(c.lo, c.anchor - 12), c.anchor))


def _a_gift_to_a_title_holder(c: _Clause) -> bool:
    """"tặng quà Bà mẹ Việt Nam anh hùng": a gift to the holder of a title."""
    return (c.verb is not None and c.kind == "verb_give"
            and bool(_gift_re().match(c.text, c.verb.end(), c.g_start)))


def _the_ceremony_named(c: _Clause) -> bool:
    """"Tại lễ trao Huân chương, ...", "Thông điệp trong lễ trao ...": the ceremony, not a conferral."""
    return c.verb is not None and bool(_in_ceremony_re().search(c.text, max(c.lo, c.anchor - 16), c.anchor))


def _describes_the_next_subject(c: _Clause) -> bool:
    """"các học sinh đoạt giải Tư nhận Bằng khen": a receiving verb right after the group, before any
    clause break, makes the group a descriptor inside the next statement's subject."""
    if c.kind != "verb_get":
        return False
    nxt = _next_get_re().match(c.text, c.g_end, c.e)
    return bool(nxt and not _AND.search(nxt.group(0)) and not _count_re().search(nxt.group(0))
                and _award_re().search(c.text, nxt.end(), min(c.e, nxt.end() + 40)))


def _describes_the_previous_recipient(c: _Clause) -> bool:
    """"... trao Bằng khen chúc mừng học sinh A đạt giải ba": a descriptor of the last recipient."""
    return (c.prev_end is not None and c.kind == "verb_get" and c.anchor - c.prev_end <= _MAX_CLAUSE
            and not _CLAUSE_BREAK.search(c.text, c.prev_end, c.anchor))


def _inside_a_relative_clause(c: _Clause) -> bool:
    """"Cảm ơn X đã tổ chức buổi lễ trao tặng ...", "đối với các đồng chí được nhận ...",
    "Thay mặt các đảng viên được nhận ...": the verb belongs to a relative clause."""
    if c.kind == "right":
        return False
    text, subj_end = c.text, c.subj_end
    if _relative_any_re().search(text, c.clause, subj_end):
        return True
    rel = _last(_relative_re().finditer(text, max(c.clause, c.anchor - 120), subj_end))
    if rel is None:
        return False
    duoc_rel = _DUOC.search(text, rel.end(), subj_end)
    upto = duoc_rel.start() if duoc_rel else subj_end
    return "," not in text[rel.end():upto] and (c.kind == "verb_get" or duoc_rel is not None)


def _the_name_of_an_event(c: _Clause) -> bool:
    """"Lễ trao giải Oscar", "đêm trao giải X" with no recipient or issuer read: an event's name
    (checked once the clause has been read)."""
    return (c.verb is not None and c.kind == "verb_give"
            and bool(_event_before_re().search(c.text, max(c.lo, c.anchor - 12), c.anchor))
            and not c.recip_spans and not c.count_spans and not c.attached)


_VETOES = (
    (_planned_proposed_or_revoked, None),
    (_only_a_chance, None),
    (_negated_after_the_award, None),
    (_a_rule_plan_or_question, None),
    (_a_question_about_it, None),
    (_negated_verb, None),
    (_a_gift_to_a_title_holder, None),
    (_the_ceremony_named, None),
    (_describes_the_next_subject, _RELATIVE),
    (_describes_the_previous_recipient, None),
    (_inside_a_relative_clause, None),
)


# readers of the clause's parts

def _read_behalf(c: _Clause) -> None:
    """"thay mặt X" / "thừa ủy quyền X" in the subject: X is the issuer."""
    text = c.text
    bm = _last(_behalf_re().finditer(text, c.clause, c.subj_end))
    if bm is None or c.kind == "right" or _DUOC.search(text, bm.end(), c.subj_end):
        return
    lead = text[c.clause:bm.start()].strip()
    if lead and not lead.endswith(","):
        # "Chủ tịch nước thay mặt Đảng, Nhà nước trao ...": the subject stands before it
        c.behalf = (bm.start(), bm.end(), c.subj_end)
        c.subj_end = bm.start()
        return
    # "Thay mặt X, Y, Chủ tịch A trao ...": the subject is the last pieces (a person and the titles
    # before the name); X keeps at least the first piece
    cuts = [m.start() for m in _COMMA.finditer(text[bm.end():c.subj_end])]
    if not cuts:
        c.behalf = (bm.start(), bm.end(), c.subj_end)
        c.subj_end = bm.start()
        return
    keep = len(cuts)
    while keep > 1:
        piece = text[bm.end() + cuts[keep - 2] + 2:bm.end() + cuts[keep - 1]]
        if not (_person_title_re().match(piece) or _honorific_re().match(piece)):
            break
        keep -= 1
    x_end = bm.end() + cuts[keep - 1]
    c.subject_lo = x_end + 2
    subject = _strip_honorific(text, x_end + 2, c.subj_end)
    if bm.group(0).strip().casefold() == "thay mặt" and any(
            text.startswith(office, subject[0]) for office in _cue("issuer_office")):
        # "Thay mặt Đảng, Nhà nước, Chủ tịch nước A trao ...": the State President confers state
        # honours in his own right; the clause starts at him
        return
    c.behalf = (bm.start(), bm.end(), x_end)


def _read_passive(c: _Clause) -> None:
    """"(recipients) được (X) VERB": X, when stated, is the giver; "bị" right before a giving verb too."""
    if c.kind == "right":
        return
    text = c.text
    duoc_at = _last(_DUOC.finditer(text, c.subject_lo, c.subj_end))
    if duoc_at is None and c.kind == "verb_give":
        duoc_at = _BI.search(text, max(c.subject_lo, c.subj_end - 8), c.subj_end)
    if duoc_at is not None and c.kind == "verb_get" and text[duoc_at.end():c.anchor].strip() not in ("", "vinh dự"):
        duoc_at = None  # "được X chọn ... và giành giải": "được" is not this verb's passive
    if duoc_at is None:
        return
    c.duoc_at = duoc_at
    c.passive_agent = _passive_agent(text, duoc_at.end(), c.anchor)
    c.subj_end = duoc_at.start()


def _passive_agent(text: str, agent_s: int, anchor: int) -> Optional[Span]:
    """The giver between "được" and the verb, if one is named ("được Thủ tướng Chính phủ tặng")."""
    while agent_s < anchor and text[agent_s] == " ":
        agent_s += 1
    agent_e = anchor
    first_verb = _verb_re().search(text, agent_s, agent_e)
    if first_verb and _verb_kinds().get(first_verb.group(0).casefold()) != "not_verb":
        agent_e = first_verb.start()  # "được X tặng cờ ..., tặng bằng khen": X gave both
    while True:
        tail = _agent_tail_re().search(text, agent_s, agent_e)
        if not tail:
            break
        agent_e = tail.start()
    while agent_e > agent_s and text[agent_e - 1] == " ":
        agent_e -= 1
    agent_s, agent_e = _strip_honorific(text, agent_s, agent_e)
    agent_text = text[agent_s:agent_e]
    if (agent_text and not _agent_empty_re().fullmatch(agent_text) and len(agent_text.split()) <= 30
            and (agent_text[:1].isupper() or _is_issuer(text, agent_s, agent_e))):
        return agent_s, agent_e
    return None


def _read_giver_and_object(c: _Clause) -> None:
    """Active giving: the subject is the giver; an object between the verb and the names ("trao
    tặng Trường X Huân chương ...", "tặng các em ... những phần thưởng") is a recipient."""
    text, verb = c.text, c.verb
    assert verb is not None
    between = text[verb.end():c.g_start]
    listed = _object_before_list_re().match(between)
    if listed and not _award_re().search(listed.group("r")):
        c.recip_spans.append((verb.end() + listed.start("r"), verb.end() + listed.end("r")))
    elif _object_person_re().match(between) or _OBJECT_NAME.fullmatch(between):
        c.recip_spans.append((verb.end(), c.g_start))
    if c.se <= c.ss:
        return
    ss = _trim_subject(text, c.ss, c.se)
    span_start = ss  # the span keeps "đồng chí", the issuer does not
    c.ss, c.se = _strip_honorific(text, ss, c.se)
    c.give_issuer(_split_issuers(text, c.ss, c.se), "subject of the giving verb")
    if text[span_start:c.ss].strip() and not _honorific_re().match(text, span_start, c.ss):
        span_start = c.ss
    c.start = min(c.start, span_start)


def _read_receivers(c: _Clause) -> None:
    """Receiving or passive: the subject holds the recipients (counted groups and names); the
    span starts at them."""
    text = c.text
    if c.subj_end > c.subject_lo:
        rs = c.subject_lo
        while rs < c.subj_end and text[rs] == " ":
            rs += 1
        c.count_spans.append((rs, c.subj_end))
        if c.se > c.ss:
            rs_, re_ = _strip_honorific(text, _trim_subject(text, c.ss, c.se), c.se)
            c.recip_spans.append((rs_, _before_appositions(text, rs_, re_)))
        # the span starts at the recipients: after a leading "(năm 2014) có" and after comma
        # pieces that are not part of the subject noun phrase
        first = _trim_subject(text, rs, c.subj_end) if c.se > c.ss else rs
        while first < c.subj_end and text[first] in " ,":
            first += 1
        joined = _AND_START.match(text, first, c.subj_end)
        if joined:
            first = joined.end()
        ex = _EXISTENTIAL.match(text, first, c.subj_end)
        if ex and _count_re().match(text, ex.end(), c.subj_end):
            first = ex.end()
        c.start = min(c.start, first)
    if c.duoc_at is not None:
        c.start = min(c.start, c.duoc_at.start())
    if c.passive_agent is not None:
        c.give_issuer(_split_issuers(text, *c.passive_agent), "agent after được")


def _choose_issuer(c: _Clause, prev: Optional[Award]) -> None:
    """The issuer, in order: "thay mặt X"; "của X" / "do X" after the names (unless a passive
    agent names the giver of a list); the passive agent or the giving subject; a coordinated
    verb's giver; the festival the prize was given at."""
    text, group = c.text, c.group
    for item in group:
        c.recip_spans.extend(item.recip_spans)
        if item.issuer and item.issuer.casefold() not in (a.casefold() for a in c.attached):
            c.attached.append(item.issuer)
    if c.kind == "verb_return":
        # "A trả lại Bằng khen cho B": B had conferred it on A
        c.recip_spans = [(c.ss, c.se)] if c.se > c.ss else []
        c.give_issuer(None, "")
        if group[0].recip_spans:
            rs, re_ = group[0].recip_spans[0]
            c.give_issuer(text[rs:re_], "trả lại ... cho")
    elif c.attached and (group[0].issuer or c.passive_agent is None):
        c.give_issuer("; ".join(c.attached), next(item.issuer_cue for item in group if item.issuer))
    if c.behalf is not None:
        xs, xe = _strip_honorific(text, c.behalf[1], c.behalf[2])
        if text.startswith("của ", xs):
            xs += 4
        tail = _AUX_TAIL.search(text[xs:xe])
        if tail:
            xe = xs + tail.start()
        c.give_issuer(_split_issuers(text, xs, xe), text[c.behalf[0]:c.behalf[1]].strip())
        c.start = min(c.start, c.behalf[0])
    if prev is not None and _COORDINATED.fullmatch(text, c.clause, c.subj_end):
        # "được X phong tặng A và tặng thưởng B": the second verb shares giver and recipient
        if c.issuer is None or c.issuer == text[c.ss:c.se]:
            c.give_issuer(prev.issuer, "the coordinated verb's giver")
        if not c.recip_spans and not c.count_spans:
            c.inherited = list(prev.recipient_names)
    if c.issuer is None and group[0].venue:
        c.give_issuer(group[0].venue, "tại + festival")
    if c.issuer is None and c.kind == "verb_get":
        # "Tại Liên hoan phim X (...), phim Y đoạt giải Z": the festival gives its prizes
        vm = _venue_re().search(text, c.lo, c.anchor)
        if vm:
            c.give_issuer(vm.group("v"), "tại + festival before the verb")


def _reason(text: str, lo: int, g_end: int, e: int) -> Optional[str]:
    """The reason stated near the names ("vì có thành tích xuất sắc ...")."""
    rm = _reason_re().search(text, lo, min(e, g_end + 300))
    return rm.group("r").strip() if rm and rm.start() < g_end + 80 else None


def _prize_money(text: str, g_start: int, g_end: int, e: int) -> Optional[str]:
    mm = _money_re().search(text, g_start, min(e, g_end + 200))
    return mm.group("m") if mm else None


def _span_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " ,;:-":
        end -= 1
    return end


def _rule(c: _Clause) -> str:
    if c.kind == "right":
        return RULE_RESULT if c.group[0].champion else RULE_AFTER
    if c.kind == "verb_return":
        return RULE_RETURN
    if c.duoc_at is not None:
        return RULE_PASSIVE
    return RULE_GIVE if c.kind == "verb_give" else RULE_GET


def _statement(doc, people: _PeopleIndex, text: str, e: int, group: List[_Item], lo: int,
               prev_mention_end: Optional[int], prev: Optional[Award] = None):
    """The award statement of a group of names (a record), None, or ``_RELATIVE``."""
    governed = _governing_verb(text, lo, group)
    if governed is None:
        return None
    c = _Clause(text, e, group, lo, prev_mention_end, *governed)
    for check, outcome in _VETOES:
        if check(c):
            return outcome
    _read_behalf(c)
    _read_passive(c)
    pm = _predicate_re().search(text, c.subject_lo, c.subj_end)
    np_end = pm.start() if pm else c.subj_end
    c.ss, c.se = _strip_honorific(text, c.subject_lo, np_end)
    if c.kind == "verb_give" and c.duoc_at is None:
        _read_giver_and_object(c)
    elif c.kind != "right":
        _read_receivers(c)
    _choose_issuer(c, prev)
    if _the_name_of_an_event(c):
        return None
    names = _names(people, text, c.recip_spans) or c.inherited
    if not names and (c.kind == "verb_get" or c.duoc_at is not None):
        awarded = [(*doc.norm_span(a), a.recipient_names) for a in doc.results.get("awards") or ()]
        names = _implicit_recipient(c, people, np_end, awarded)
    if c.issuer:
        names = [n for n in names if n not in c.issuer]
    verb = c.verb
    record = doc.make(Award, c.start, _span_end(text, c.start, c.g_end), award=_join_names(group),
                      issuer=_final_issuer(text, c.issuer, c.clause, c.g_start),
                      recipients=_counts(text, c.count_spans + c.recip_spans), recipient_names=names,
                      reason=_reason(text, c.clause, c.g_end, e), posthumous=bool(
                          verb is not None and verb.group(0).casefold() in _posthumous()),
                      prize_money=_prize_money(text, c.g_start, c.g_end, e))
    doc.why(record, _rule(c), verb=verb.group(0) if verb is not None else "", issuer_cue=c.issuer_cue)
    return record


_EPITHET_NAME = regex.compile(r"\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){1,3}(?![\p{L}\p{N}])")
_PRONOUN_REACH = 600  # characters back to the person a subject pronoun refers to


def _implicit_recipient(c: _Clause, people: _PeopleIndex, np_end: int,
                        awarded: Sequence[Tuple[int, int, List[str]]]) -> List[str]:
    """The recipient of a receiving clause whose subject names nobody: a pronoun alone ("Cô từng
    giành huy chương bạc") refers to the person named last before the clause; a common noun with
    a name right after the award ("minh tinh từng giành giải Oscar Jennifer Lawrence") is that
    person's epithet."""
    text = c.text
    subject = text[c.subject_lo:np_end].strip(" ,")
    gender = _subject_pronouns().get(subject.casefold())
    if gender is not None:
        between = text[np_end:c.anchor]
        if _subordinator_re().search(between) or any(q in between for q in "\"“”"):
            return []  # "ông rất sốc khi ... đạt giải": the pronoun is another clause's subject
        name = people.last_before(c.subject_lo, gender, _PRONOUN_REACH, awarded)
        return [name] if name else []
    after = c.g_end
    while after < c.e and text[after] == " ":
        after += 1
    before = text[max(c.clause, c.anchor - 40):c.anchor].split()
    if after == c.g_end or len(before) < 2 or before[-1] != "từng" or not before[-2][:1].islower():
        return []  # the epithet reads "<common noun> từng <verb> <award> <Name>"
    k = bisect.bisect_left(people.starts, after)
    if k < len(people.items) and people.starts[k] == after:
        return [people.items[k][2]]
    m = _EPITHET_NAME.match(text, after, c.e)
    return [m.group(0)] if m else []


def _elliptic(doc, people: _PeopleIndex, text: str, e: int, group: List[_Item], prev: Award) -> Award:
    """"B cho Y" after "X trao A cho Z và": the verb, its giver and the posthumous mark are those
    of the previous conferral; award, recipients and reason are the part's own."""
    start, g_end = group[0].elliptic, group[-1].tail_end
    assert start is not None
    spans = [span for item in group for span in item.recip_spans]
    attached = [item.issuer for item in group if item.issuer]
    reason = _reason(text, group[0].start, g_end, e)
    if reason is not None and prev.reason == reason:
        prev.reason = None  # it was read past the end of the previous part
    issuer = "; ".join(attached) if attached else prev.issuer
    names = _names(people, text, spans)
    # "truy tặng A cho cố nhạc sĩ X, B cho bà Y": posthumous only for a recipient who has died
    posthumous = prev.posthumous and any(_late_re().match(text, _strip_honorific(text, s, t)[0], t) for s, t in spans)
    if issuer:
        names = [n for n in names if n not in issuer]
    record = doc.make(Award, start, _span_end(text, start, g_end), award=_join_names(group), issuer=issuer,
                      recipients=_counts(text, spans), recipient_names=names, reason=reason,
                      posthumous=posthumous, prize_money=_prize_money(text, group[0].start, g_end, e))
    doc.why(record, RULE_ELLIPTIC, issuer_cue="own" if attached else "the shared verb's giver")
    return record
