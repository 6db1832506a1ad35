"""Legal references: citations of legal, Party and administrative documents, decoded and linked.

"Nghị quyết số 25-NQ/TW ngày 13/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI) về ...
(gọi tắt là Nghị quyết số 25)" becomes one ``LegalRef`` whose span is "Nghị quyết số 25-NQ/TW"
and whose fields carry the decoded symbol (number 25, type code NQ, issuer codes [TW]), the issue
date, the issuer, the term, the subject and the alias. A later "Nghị quyết 25" gets ``refers_to``
= the index of that full citation in the (start, end)-sorted list of legal references.

How it works: a few linear regexes find candidates (a type word with a number or symbol; a
document cited by name: "Luật Đất đai năm 2013", "Nghị quyết Trung ương 4 (khóa XII)"; a bare
symbol whose codes say what it is: "15/2014/TT-BCA"); overlaps are resolved longest first; then
each citation's tail (date, "của" issuer, "về" subject, alias) is read up to the sentence end, a
"Điều/khoản/điểm" before it becomes its provision, and an issuer or date stated as the subject of
the clause ("Thủ tướng Chính phủ vừa ký Quyết định ...") is taken when the tail has none.
Language data: ``data/legal_*.tsv|txt``.
"""
import datetime
import re
import unicodedata
from functools import lru_cache
from typing import Any, Callable, Dict, List, NamedTuple, Optional, Set, Tuple

import regex

from . import clause, gazetteer, lexicon
from .records import LegalRef, Provision
from .text import casefolded, literal_scan

_ROMAN = r"[IVXL]{1,6}"
_YEAR = r"(?:19|20)\d{2}"
# a document number: digits, maybe one letter before the separator ("36a/NQ-CP")
_NUM = r"\d{1,5}(?:[a-z](?=\s?[/\-]|[\s,.;:)]|$)|[A-Z](?=\s?[/\-]))?"
_SEP = r"\s?[/\-]\s?"
_CODE = r"[\p{L}][\p{L}\d&]{0,14}"
_SYMBOL = _NUM + r"(?:" + _SEP + _YEAR + r"(?!\d))?(?:" + _SEP + _CODE + r"(?:" + _SEP + _CODE + r"){0,5})?"
_SYMBOL_STRICT = _NUM + r"(?:" + _SEP + _YEAR + r"(?!\d))?" + _SEP + _CODE + r"(?:" + _SEP + _CODE + r"){0,5}"
_SEP_RE = regex.compile(r"\s?[/\-]\s?")
# how every _SYMBOL_STRICT match starts (_NUM's digits and letter, _SEP's "/" or "-"): a cheap
# search for the places where a bare symbol is worth trying (see _bare_matches)
_P_SYMBOL_START = regex.compile(r"\d{1,5}[a-zA-Z]?\s?[/\-]")
_P_NUM = regex.compile(_NUM)
_P_PART = regex.compile(r"\d{4}(?!\d)|[\p{L}][\p{L}\d&]{0,14}")
_P_YEAR = regex.compile(_YEAR)
_P_NAM_YEAR = regex.compile(r"\s+năm\s+(" + _YEAR + r")(?![\d/\-])")
_P_NEXT_WORD = regex.compile(r"\s+([\p{L}%]+)")
_P_YEAR_AFTER = regex.compile(r"\s*+,?\s*+(?:năm\s++)?(" + _YEAR + r")(?![\d/\-])")
_P_SYMBOL_AFTER = regex.compile(r"\s*+\(?\s*+(?i:số)\s*+:?\s*+(" + _SYMBOL_STRICT + r")")
_P_ROMAN = regex.compile(_ROMAN + r"(?![\p{L}])")
_P_AND = regex.compile(r"\s+và\s+(?=\S)")
_P_AND_END = regex.compile(r"\s+và$")
_P_TERM = regex.compile(r"\((?i:khóa|khoá)\s+(" + _ROMAN + r")\)")
_P_PARTY = regex.compile(r"\d{1,5}[a-zA-Z]?\s?-\s?\p{L}")
_P_LETTER = regex.compile(r"\p{L}")
_P_PROVISION_WORD = regex.compile(r"(?i:khoản|điều|điểm|chương|mục)(?![\p{L}])")
_P_DO_ISSUE = regex.compile(r"\s+(?:(?:đã|vừa|mới)\s+)?(?:ký\s+)?ban hành")


def _case_variants(entries):
    """"Nghị quyết" -> "Nghị quyết", "nghị quyết", "NGHỊ QUYẾT", "Nghị Quyết"."""
    out = set()
    for e in entries:
        out.update((e, e.lower(), e.upper(), " ".join(w[:1].upper() + w[1:] for w in e.split())))
    return out


def _alt(entries, flags: str = "") -> str:
    return lexicon.alternation([e for e in entries if e])


def _lower_set(name: str) -> frozenset:
    return frozenset(w.casefold() for w in lexicon.words(name))


# a date of a citation's tail: "13/6/2013", "13 tháng 6 năm 2013" (groups read by ``_date_of``)
_DATE_BODY = (r"(?:(?P<d1>\d{1,2})\s*+[/.\-]\s*+(?P<m1>\d{1,2})(?:\s*+[/.\-]\s*+(?P<y1>\d{4}))?(?![\d/])"
              r"|(?P<d2>\d{1,2})\s++tháng\s++(?P<m2>\d{1,2})(?:\s*+(?:,\s*+)?năm\s++(?P<y2>\d{4}))?)")
_MONTH_YEAR = r"(?:tháng\s++(?P<m3>\d{1,2})(?:\s*+[/\-]|\s++năm\s++)\s*+(?P<y3>\d{4})|năm\s++(?P<y4>\d{4}))"


class _Data:
    """Every table and compiled pattern, built once (see ``_data``)."""

    def __init__(self):
        self._read_codes()
        self.counted = _lower_set("legal_counted_nouns")
        self.counted_weak = _lower_set("legal_counted_nouns_weak")
        self.desc_stops = _lower_set("legal_description_stops")
        self.name_stops = _lower_set("legal_name_stops")
        self.name_blockers = _lower_set("legal_name_blockers")
        self.surnames = gazetteer.surnames("legal")
        self.incomplete_issuers = frozenset(lexicon.words("legal_issuer_incomplete"))
        self.provinces = set(gazetteer.province_forms())
        self.person_named_units = lexicon.word_set("loc_person_named_units")

        type_alt = _alt(self.types_as_written())
        # explicit spellings instead of (?i:...): much faster to scan for
        type_cased = _alt(_case_variants(self.types_as_written()))
        self._issuer_grammar()
        self._typed_finders(type_cased)
        self._named_finders(type_cased)
        self._tail(type_alt)
        self._clause_patterns(type_alt)

    def _read_codes(self) -> None:
        """The tables of type words, symbol codes, issuers and named documents."""
        types = lexicon.table("legal_doc_types")
        self.types: Dict[str, Dict[str, str]] = {row["type"].casefold(): row for row in types}
        self.type_codes: Dict[str, str] = {}
        for row in lexicon.table("legal_type_codes"):
            self.type_codes.setdefault(row["code"].casefold(), row.get("same_as") or row["code"])
        self.code_type: Dict[str, str] = {row["code"].casefold(): row["type"]
                                          for row in lexicon.table("legal_type_codes")}
        self.issuers: Dict[Tuple[str, str], Dict[str, str]] = {}
        self.issuer_codes: Dict[str, str] = {}
        for row in lexicon.table("legal_issuers"):
            self.issuers[(row["code"].casefold(), row["system"])] = row
            self.issuer_codes.setdefault(row["code"].casefold(), row["code"])
        # issuer codes followed by a legislature number: "QH13", "UBTVQH14"
        self.leg_re = regex.compile(r"(?i:(" + _alt(row["code"] for row in lexicon.table("legal_issuers")
                                                    if row["legislature"] == "1") + r"))(\d{1,2})")
        self.names_by_type: Dict[str, List[str]] = {}
        for row in lexicon.table("legal_named_documents"):
            self.names_by_type.setdefault(row["type"], []).append(row["name"])
        abbreviated = lexicon.table("legal_abbreviated_documents")
        self.abbr_named = {r["abbr"]: (r["type"], r["name"]) for r in abbreviated if r["kind"] == "named"}
        self.abbr_type = {r["abbr"]: r["type"] for r in abbreviated if r["kind"] == "type"}

    def _issuer_grammar(self) -> None:
        """``issuer_pat``: the name of an issuing body ("Bộ Văn hóa, Thể thao và Du lịch",
        "UBND tỉnh Quảng Nam", "Ban Chấp hành Trung ương Đảng khóa XII"), and the word lists
        the clause patterns share."""
        heads = list(lexicon.words("legal_issuer_heads"))
        heads += [row["expansion"] for row in lexicon.table("legal_issuers")]
        heads += [row["code"] for row in lexicon.table("legal_issuers") if len(row["code"]) >= 3]
        # a ministry or department whose name holds a comma ("Bộ Văn hóa, Thể thao và Du lịch",
        # "Sở Lao động, Thương binh và Xã hội"): the whole name is one head, never cut at the comma
        comma_domains = [d for d in lexicon.words("ministries") if "," in d]
        heads += [unit + " " + d for d in comma_domains for unit in ("Bộ", "Sở")]
        self.comma_domain = regex.compile(_alt(comma_domains))
        self.head_alt = head_alt = _alt(heads)
        words_alt = _alt(lexicon.words("legal_issuer_words"))
        self.verbs_alt = _alt(lexicon.words("legal_signing_verbs"))
        self.adverbs_alt = _alt(lexicon.words("legal_adverbs"))
        stops = sorted(self.name_stops, key=len, reverse=True)
        not_stop = r"(?!(?:" + "|".join(regex.escape(w) for w in stops) + r")(?![\p{L}]))"
        # a capitalised word of a name, maybe with the lower-case syllable of its compound
        # ("Bộ Nội vụ", "Hội đồng Thẩm phán", "Bộ Tài chính"), never a stop word ("... quy định")
        capword = (r"(?:\p{Lu}\p{Ll}{0,7}(?:\s+" + not_stop + r"\p{Ll}{1,7}(?![\p{L}\d]))?(?![\p{L}\d&\-]|\.\p{L})"
                   r"|\p{Lu}[\p{L}\d&\-]*(?:\.\s?\p{Lu}[\p{L}\d&\-]*){0,3}\.?)")
        # "(khóa XII)", or unbracketed "khóa XII" ("của BCH Trung ương khóa XII")
        term = r"(?:\s*+\((?i:khóa|khoá)\s++" + _ROMAN + r"\)|\s++(?i:khóa|khoá)\s++" + _ROMAN + r"(?![\p{L}\d]))"
        # a number inside a name after a unit word ("BHXH quận 3", "Ban Chỉ đạo 389 Quốc gia")
        numbered = (r"\d{1,4}(?![\p{L}\d/\-]|[.,]\d)(?<=(?:" + _alt(lexicon.words("legal_numbered_issuers"))
                    + r")\s+\d{1,4})")
        self.issuer_pat = (r"(?:" + head_alt + r")(?:\s+(?:" + head_alt + r"|" + words_alt + r"|" + capword
                           + r"|" + numbered + r")){0,9}"
                           + r"(?:\s*\(\p{Lu}[\p{Lu}&\-]{1,10}\))?" + term + r"?")

    def _typed_finders(self, type_cased: str) -> None:
        """The patterns of citations by a type word and a number or symbol, and the anchors
        where they are tried."""
        law_blockers = "|".join(regex.escape(w) for w in sorted(_lower_set("legal_law_blockers"), key=len,
                                                              reverse=True))
        # 1. a type word with a number or symbol: "Nghị quyết số 25-NQ/TW", "nghị định 67"
        self.anchor_words = sorted({t.split()[0].lower() for t in self.types_as_written()} | {"bộ", "hiến", "pháp"})
        self.anchor_re = regex.compile(r"(?<![\p{L}\d])(?i:" + _alt(self.anchor_words) + r")(?![\p{L}\d])")
        # every pattern tried at the anchors starts with a type word in one of its _case_variants
        # (typed, typed_desc, typed_stutter, amend: type_cased; law_named, rule_named,
        # constitution, party_named: types too), so only places where a whole type word follows
        # are anchors (see _anchors)
        self.anchor_types = literal_scan({v.casefold() for v in _case_variants(self.types_as_written())})
        self.anchor_scan, self.anchor_back = _rare_letter_scan({v.casefold() for v in self.types_as_written()})
        self.law_blocked = regex.compile(r"(?<![\p{L}])(?i:" + law_blockers + r")\s+$")
        self.typed = regex.compile(
            r"(?P<type>" + type_cased + r")(?:(?P<so>[ \t]*+(?:số|Số|SỐ)[ \t]*+:?[ \t]*+)|[ \t]++|(?=\d))"
            r"(?P<sym>" + _SYMBOL + r")")
        # the longest spelling of a type word: how far typed_desc reads from an anchor before
        # what follows the type word (see _typed_described)
        self.type_length = max(len(v) for v in _case_variants(self.types_as_written()))
        # 1b. a type word, a few lower-case words, "số" and the number
        self.typed_desc = regex.compile(
            r"(?P<type>" + type_cased + r")(?P<desc>(?:[ ]\p{Ll}{1,8}){1,6}?)[ ](?:số|Số)[ ]?:?[ ]?"
            r"(?P<sym>" + _SYMBOL + r")")
        # 1c. a typo that repeats the type word's last syllable: "Nghị định định 67"
        self.typed_stutter = regex.compile(
            r"(?P<type>" + type_cased + r")[ ](?P<dup>\p{Ll}{1,7})[ ](?:số[ ])?(?P<sym>" + _SYMBOL + r")")
        # 2. type-word abbreviation and a number: "NĐ 67", "QĐ33"
        self.abbr_num = regex.compile(
            r"(?<![\p{L}\d/\-])(?P<abbr>" + _alt(self.abbr_type) + r")\s?(?P<sym>\d{1,5})(?![\p{L}\d/\-])")
        self.abbr_num_scan = tuple(sorted(self.abbr_type))  # what every abbr_num match starts with

    def _named_finders(self, type_cased: str) -> None:
        """The patterns of documents cited by name, of bare symbols and of amending documents."""
        # 3. named statutes from the list: "Luật Đất đai", "Bộ luật Hình sự"
        law_types = ["Bộ luật", "Luật", "Pháp lệnh"]
        self.law_named = regex.compile(
            r"(?P<type>" + _alt(_case_variants(law_types)) + r")\s+(?P<name>(?i:"
            + _alt(n for ns in self.names_by_type.values() for n in ns) + r"))(?![\p{L}\d])")
        # 4. named by rule: "Luật Thủ đô", "Quy chế Tuyển sinh" (capitalised type word and first name word)
        self.rule_named = regex.compile(
            r"(?P<type>Bộ luật|Luật|Pháp lệnh|Quy chế)\s+"
            r"(?P<name>\p{Lu}[\p{L}\-]{0,20}(?:\s+[\p{L}\-]{1,20}){0,9})"
            # a capitalised "Quy chế" inside a sentence is a title even with a lower-case name:
            # "theo Quy chế tuyển sinh ĐH, CĐ hệ chính quy"
            r"|(?P<type>Quy chế)(?<=[\p{Ll}\d,]\sQuy chế)\s+"
            r"(?P<name>\p{Ll}[\p{L}\-]{0,20}(?:(?:\s+|,\s+(?=\p{Lu}{2}))[\p{L}\-]{1,20}){1,12})")
        # the type words (case-folded) patterns 3-6 start with: they are tried only at the anchors
        # of these words (see _anchors_with)
        self.law_words = tuple(t.casefold() for t in law_types)
        self.rule_words = tuple(t.casefold() for t in ["Bộ luật", "Luật", "Pháp lệnh", "Quy chế"])
        self.constitution_words = ("hiến pháp",)
        self.party_words = ("nghị quyết",)
        # 5. the Constitution with a year or the state's name
        self.constitution = regex.compile(
            r"(?P<type>Hiến pháp|hiến pháp|HIẾN PHÁP)(?P<name>\s+nước Cộng hòa xã hội chủ nghĩa Việt Nam)?"
            r"(?:\s*+,?\s*+(?:năm\s++)?(?P<year>" + _YEAR + r")(?!\d))?")
        # 6. Party resolutions named by their meeting: "Nghị quyết Trung ương 4 (khóa XII)"
        meeting = _alt(lexicon.words("legal_party_meetings"))
        word = r"(?:(?!(?:ngày|tháng|năm|số|của|về|và|theo|tại|đồng)\b)(?:[^\s,.;:()]|\.(?=[^\s,.;:()])){1,20})"
        self.party_named = regex.compile(
            r"(?P<type>Nghị quyết|nghị quyết|NGHỊ QUYẾT)\s+(?P<name>" + meeting
            + r"(?:[ ]" + word + r"){0,8}?[ ](?:lần thứ[ ])?(?:\d{1,2}|" + _ROMAN + r")(?![\p{L}\d])"
            r"(?:\s+(?:Ban Chấp hành|BCH)\s+(?:Trung ương|TW|T\.Ư)(?:\s+Đảng)?)?)"
            r"(?P<term>\s*\((?i:khóa|khoá)\s+" + _ROMAN + r"(?:\s*,\s*" + _ROMAN + r"){0,3}\)"
            r"|\s*,?\s+(?i:khóa|khoá)\s+" + _ROMAN + r"(?![\p{L}\d]))?")
        # 7. abbreviations of named codes: "BLHS 2015"
        self.abbr_named_re = regex.compile(
            r"(?<![\p{L}\d])(?P<abbr>" + _alt(self.abbr_named) + r")(?![\p{L}\d])"
            r"(?:\s+(?:năm\s+)?(?P<year>" + _YEAR + r")(?!\d))?")
        self.abbr_named_scan = literal_scan(self.abbr_named)
        # 8. a bare symbol: "theo số 15/2014/TT-BCA"
        self.bare = regex.compile(r"(?P<sym>" + _SYMBOL_STRICT + r")")
        # amending documents: "Luật sửa đổi, bổ sung một số điều của <named document>"
        self.amend = regex.compile(
            r"(?<![\p{L}\d])(?P<type>" + type_cased + r")\s+(?:về việc\s+)?(?i:sửa đổi,?\s+bổ sung)"
            r"(?:\s+(?i:một số điều))?\s+(?:của|tại)\s+(?:các\s+)?")

    def _tail(self, type_alt: str) -> None:
        """The patterns of what follows a citation: date, issuer, subject, alias, term."""
        head_alt, adverbs_alt = self.head_alt, self.adverbs_alt
        date_body, month_year = _DATE_BODY, _MONTH_YEAR
        # no comma before the date: "Bộ luật Tố tụng hình sự, ngày 9/5, cơ quan ..." starts a new clause
        # "ngày" in lower case: a capital "Ngày" after a citation starts a new sentence
        self.t_date = regex.compile(r"\s*+\(?\s*+(?:(?:ban hành|ký)\s++)?ngày\s++" + date_body + r"\)?")
        self.t_issued_verb = regex.compile(
            r"\s*+,?\s*+(?:(?:đã\s++)?được\s++)?(?:ký\s++)?ban hành\s++(?:vào\s++|từ\s++)?"
            r"(?:(?i:ngày)\s++" + date_body + r"|" + month_year + r")")
        # "Công văn số 47/CV-HoREA gửi Thủ tướng Chính phủ ngày 11/5/2017": the date it was sent
        self.t_sent_date = regex.compile(
            r"\s*,?\s*gửi\s+[^,;.:\n()]{1,60}?\s+ngày\s+" + date_body + r"(?![\d/])")
        # "Chỉ thị số 11-CT/TW, ngày 20/12/2016 của Ban Bí thư": a date after a comma is the
        # citation's only when its issuer follows
        # (or when the sentence ends there: "... phê duyệt tại Quyết định số 649/QĐ-TTg, ngày 6/5/2014.")
        self.t_comma_date = regex.compile(r"\s*+,\s*+ngày\s++" + date_body + r"(?=\s*,?\s*của\s|\s*[.;](?!\d))")
        # the rules of an issue date right after a citation, in the order they are tried
        self.tail_dates = (("ngày after the citation", self.t_date),
                           ("ban hành ngày after the citation", self.t_issued_verb),
                           ("gửi ... ngày after the citation", self.t_sent_date),
                           (", ngày ... before its issuer", self.t_comma_date))
        # "được Bộ trưởng Bộ Y tế ký ban hành", "do Phó Thủ tướng Vũ Đức Đam ký": the clause's agent
        self.t_signed_by = clause.agent_re(self.issuer_pat, list(lexicon.words("legal_signing_verbs"))
                                           + ["thông qua", "phê duyệt", "ký ban hành", "ký"])
        self.t_of = regex.compile(r"\s*+,?\s*+(?:của|do)\s++(?P<iss>" + self.issuer_pat + r")")
        self.t_about = regex.compile(r"\s*+,?\s*+(?:về|quy định về)\s++(?:việc\s++)?")
        self.t_alias = regex.compile(
            r"\s*\((?:sau đây\s+)?(?:gọi tắt là|gọi là|viết tắt là|gọi chung là|gọi tắt)\s*:?\s*"
            r"[\"“]?(?P<alias>[^()\"“”\n]{1,80}?)[\"”]?\)")
        self.t_term = regex.compile(r"\s*+\((?i:khóa|khoá)\s++(?P<term>" + _ROMAN + r")\)")
        self.t_subject_after = regex.compile(
            # "Trong Văn bản số 834/SGTVT vừa ký gửi các cơ quan ..., Phó giám đốc Sở X cho rằng"
            r"(?:\s*(?:(?:vừa|đã|mới)\s+)?(?:ký\s+)?(?i:gửi)\s*[^,;.:\n]{1,80}?)?\s*,\s*(?P<iss>" + self.issuer_pat
            + r")\s+(?:(?:" + adverbs_alt
            + r")\s|(?:" + _alt(lexicon.words("legal_saying_verbs")) + r")(?![\p{L}]))")
        self.t_subject_gap = regex.compile(r"(?:\s*+(?i:gửi)\s*+[^,;.:\n]{1,80}?)?\s*+,\s*+(?=\p{Lu})")
        self.t_subject_verb = regex.compile(
            r"(?:\s*+\([\p{L}&\-]{2,12}\))?\s++(?:(?:đã|vừa|cũng)\s++)?(?:"
            + _alt(lexicon.words("legal_saying_verbs")) + r")(?![\p{L}])")
        self.subject_end = regex.compile(
            r"[.;:\n(\"“”]|\s+ngày\s+\d|(?P<of>\s+(?:của|do)\s+(?=" + head_alt + r"))"
            r"|(?P<verb>\s+" + _alt(lexicon.words("legal_subject_verbs")) + r"\s)"
            r"|\s+(?:quy định|nêu rõ|nêu)\s*:|,\s+(?=(?i:" + type_alt + r")\s)")

    def _clause_patterns(self, type_alt: str) -> None:
        """The patterns of the clause around a citation (a signer and a date before it, a
        provision) and of the cleaning of an issuer or subject."""
        adverbs_alt, verbs_alt, date_body, month_year = self.adverbs_alt, self.verbs_alt, _DATE_BODY, _MONTH_YEAR
        self.sentence_date = regex.compile(
            r"(?i:ngày|hôm|sáng|chiều|trưa|tối|đêm)(?:\s+(?:nay|qua|mai))?\s*\(?\s*" + date_body
            + r"|(?i:" + month_year + r")"
            # a full date needs no trigger: "nhưng tới 1/7/2016 Chính phủ mới ban hành ..."
            r"|(?<![\d/.\-])(?P<d5>\d{1,2})[/.\-](?P<m5>\d{1,2})[/.\-](?P<y5>\d{4})(?![\d/\-])")
        self.before = regex.compile(
            r"(?:^|(?<=[\s\"“(]))(?:(?:được|do)\s+)?(?P<iss>" + self.issuer_pat + r")\s+(?:(?:"
            + adverbs_alt + r")\s+){0,3}(?:" + verbs_alt + r")(?:\s+(?:tại|theo|bằng))?"
            r"(?:\s+(?:" + type_alt.lower() + r"))?\s*$")
        self.before_of = regex.compile(r"(?:^|(?<=\s))(?:của|do)\s+(?P<iss>" + self.issuer_pat + r")\s+tại\s*$")
        self.verb_end = regex.compile(
            r"(?<![\p{L}])(?:" + verbs_alt + r")(?:\s+(?:tại|theo|bằng))?(?:\s+(?:" + type_alt.lower() + r"))?\s*$")
        self.before_cue = regex.compile(r"(?:^|\s)(?i:tại|trong)\s*$")
        # "Theo văn bản số X, Hiệp hội Y cho biết": the body that speaks through the document
        self.theo_cue = regex.compile(r"(?:^|\s)(?i:theo)\s*$")
        self.provision = regex.compile(
            r"(?:(?i:điểm)\s+(?P<pt>[a-zđ]{1,2})\s*,?\s+)?(?:(?i:khoản)\s+(?P<cl>\d{1,3}(?:\.\d{1,2})?)\s*,?\s+)?"
            r"(?i:điều)\s+(?P<art>\d{1,4}[a-z]?)\s*,?\s+(?:(?:của|tại)\s+)?$")
        self.type_word_start = regex.compile(r"(?i:" + type_alt + r"|các)\b")
        self.subject_trailing = regex.compile(
            r"(?:[\s,;]+|\s+" + _alt(lexicon.words("legal_subject_trailing")) + r")+$")
        self.deictic = regex.compile(r"\s+" + _alt(lexicon.words("legal_deictics")) + r"(?![\p{L}])")
        # a dot that closes an abbreviation stays in an issuer ("UBND TP.")
        self.abbr_dot = regex.compile(r"(?:^|\s)" + _alt(lexicon.words("abbreviations")) + r"\.$")
        # a lower-case word glued to the last code of a symbol: "NĐ-CPngày"
        self.glued_word = regex.compile(r"(?<=\p{Lu})(?:" + _alt(lexicon.words("legal_glued_words")) + r")$")
        # (not a type word that is part of a body's name: "Bộ Kế hoạch và Đầu tư")
        bodies = " | ".join([row["expansion"] for row in lexicon.table("legal_issuers")]
                            + list(lexicon.words("ministries")))
        self.type_word_inside = regex.compile(r"\s(?:" + _alt(t for t in self.types_as_written() if t not in bodies)
                                              + r")(?![\p{L}])")
        self.joined = regex.compile(r"(?:^|\s)và\s*$|^\s*[,;]\s*$")
        self.list_gap = regex.compile(r"\s*(?:[,;]|và)\s*(?:[,;]|và)?\s*")

    def types_as_written(self):
        return [row["type"] for row in self.types.values()]


@lru_cache(maxsize=1)
def _data() -> _Data:
    return _Data()


# --- small helpers -----------------------------------------------------------------------

def _starts_word(text: str, pos: int) -> bool:
    return pos == 0 or not text[pos - 1].isalnum()


def _iso(day, month, year) -> Optional[str]:
    """ISO date (year may be None -> "XXXX") or None when the numbers are not a date."""
    m = int(month)
    if not 1 <= m <= 12:
        return None
    if day is None:
        return f"{int(year):04d}-{m:02d}" if year else None
    d = int(day)
    if year:
        y = int(year)
        try:
            datetime.date(y, m, d)
        except ValueError:
            return None
        return f"{y:04d}-{m:02d}-{d:02d}"
    if not 1 <= d <= 31:
        return None
    return f"XXXX-{m:02d}-{d:02d}"


def _date_of(match) -> Optional[str]:
    """The issue date of a citation tail match: "ngày 13/6/2013" -> "2013-06-13"."""
    g = match.groupdict()
    if g.get("d1"):
        return _iso(g["d1"], g["m1"], g.get("y1"))
    if g.get("d2"):
        return _iso(g["d2"], g["m2"], g.get("y2"))
    if g.get("m3"):
        return _iso(None, g["m3"], g["y3"])
    if g.get("y4"):
        return g["y4"]
    if g.get("d5"):
        return _iso(g["d5"], g["m5"], g["y5"])
    return None


def _standard_type(data: _Data, written: str) -> Optional[str]:
    row = data.types.get(" ".join(written.split()).casefold())
    return row["type"] if row else None


def _case_ok(written: str) -> bool:
    """"Nghị quyết", "nghị quyết", "NGHỊ QUYẾT", "Nghị Quyết": yes; "nghị Quyết": no."""
    return written[0].isupper() or written == written.lower()


class _Symbol:
    __slots__ = ("text", "end", "number", "year", "codes")

    def __init__(self, text, end, number, year, codes):
        self.text, self.end, self.number, self.year, self.codes = text, end, number, year, codes


def _parse_symbol(data: _Data, text: str, start: int, end: int) -> _Symbol:
    """Read the symbol text[start:end] part by part, cutting it before the first part that is not
    a code ("67 - ông" -> "67"); lower-case codes must be known codes."""
    raw = text[start:end]
    m = _P_NUM.match(raw)
    assert m is not None, raw  # (every caller's span is a match of a pattern that starts with _NUM)
    number = m.group(0)
    pos = m.end()
    year = None
    codes: List[str] = []
    while pos < len(raw):
        sep = _SEP_RE.match(raw, pos)
        if not sep:
            break
        part = _P_PART.match(raw, sep.end())
        if not part:
            break
        value = part.group(0)
        spaced = " " in sep.group(0)
        if value.isdigit():
            if year is not None or codes or not _P_YEAR.fullmatch(value):
                break
            year = int(value)
        else:
            known = value.casefold() in data.type_codes or value.casefold() in data.issuer_codes or \
                data.leg_re.fullmatch(value)
            uppers = sum(1 for c in value if c.isupper())
            if spaced and not (known or uppers >= 2):
                break
            if not spaced and not (known or value[0].isupper()):
                break
            if value.islower() and not known:
                break
            glued = data.glued_word.search(value) if not spaced and len(codes) else None
            if glued and glued.start() > 0 and value[:glued.start()].isupper():
                codes.append(value[:glued.start()])  # "NĐ-CPngày": the tail's first word lost its space
                pos = part.start() + glued.start()
                break
            codes.append(value)
        pos = part.end()
    return _Symbol(raw[:pos], start + pos, number, year, codes)


def _decode_codes(data: _Data, codes: List[str], party: bool):
    """(type_code, type word, issuer_codes, legislature) of a symbol's codes. ``party`` (the
    "25-NQ/TW" form) is kept for callers that expand the codes: see ``issuer_names``."""
    type_code = None
    doc_type = None
    issuers: List[str] = []
    legislature = None
    for i, code in enumerate(codes):
        key = code.casefold()
        if i == 0 and key in data.type_codes:
            type_code = data.type_codes[key]
            doc_type = data.code_type[key]
            continue
        leg = data.leg_re.fullmatch(code)
        if leg:
            issuers.append(data.issuer_codes.get(leg.group(1).casefold(), leg.group(1).upper()))
            legislature = int(leg.group(2))
            continue
        issuers.append(data.issuer_codes.get(key, code))
    return type_code, doc_type, issuers, legislature


# --- candidates --------------------------------------------------------------------------

class _Cand:
    __slots__ = ("start", "end", "fields", "kind", "rule")

    def __init__(self, start: int, end: int, kind: str, **fields: Any) -> None:
        self.start, self.end, self.kind, self.fields = start, end, kind, fields
        self.rule = ""  # the name of the finder that found it (see ``_FINDERS``)


def _next_word(text: str, pos: int) -> str:
    m = _P_NEXT_WORD.match(text, pos, pos + 40)
    return m.group(1) if m else ""


def _bare_number(data: _Data, text: str, m, sym: _Symbol, row: Dict[str, str],
                 written: str) -> Optional[Tuple[int, Optional[int]]]:
    """A type word with a number and no code ("Nghị định 67", "Nghị quyết 77 năm 2017"): (end,
    year) of the citation, or None where the number is no document's ("quy định 7.000 đồng",
    "Luật 12" of football, "Kế hoạch 2016", "Quyết định 3 ngày")."""
    after = text[sym.end:sym.end + 1]
    # "Nghị định 67." and "Nghị định 67, ..." are citations; "quy định 7.000 đồng", "1,5 tỷ",
    # "chương trình 9+" are not
    if after and not (after.isspace() or after in ")]\"”’';:?!…") and not (
            after in ".," and not text[sym.end + 1:sym.end + 2].isdigit()):
        return None
    with_year = _P_NAM_YEAR.match(text, sym.end, sym.end + 30)
    if with_year:
        # "Nghị quyết 77 năm 2017": the year is part of the citation
        return with_year.end(), int(with_year.group(1))
    if m.group("so"):
        return sym.end, None
    if row["by_name"] == "1":
        return None  # "Luật 12" of football, "Hiến pháp 1": statutes are cited "Luật số 71"
    word = _next_word(text, sym.end)
    # a capitalised next word starts a new sentence ("... theo Nghị định 67 Ngày 8/2, ...");
    # "ngày 15/2/2012" after the number is the issue date, not a count of days
    if word[:1].islower() and not data.t_date.match(text, sym.end, sym.end + 40):
        word = word.casefold()
        strict = row["lower_bare"] != "1" or not written[0].isupper()
        if word in data.counted or (strict and word in data.counted_weak):
            return None
    if (written[0].islower() or (written.isupper() and len(written) > 2)) and row["lower_bare"] != "1":
        return None
    if row["lower_bare"] != "1" and _P_YEAR.fullmatch(sym.number):
        return None  # "Kế hoạch 2016"
    return sym.end, None


def _typed(data: _Data, text: str, anchors: List[int]) -> List[_Cand]:
    out = []
    for m in _matches(data.typed, text, anchors):
        if not _starts_word(text, m.start()):
            continue
        written = m.group("type")
        if not _case_ok(written):
            continue
        doc_type = _standard_type(data, written)
        if doc_type is None:
            continue
        if doc_type == "Luật" and data.law_blocked.search(text, max(0, m.start() - 30), m.start()):
            continue  # "Quyết định kỷ luật số 25/QĐ-...", "vi phạm pháp luật số ..."
        row = data.types[doc_type.casefold()]
        sym = _parse_symbol(data, text, m.start("sym"), m.end("sym"))
        end: int = sym.end
        year: Optional[int] = None
        if not sym.codes and sym.year is None:
            bare = _bare_number(data, text, m, sym, row, written)
            if bare is None:
                continue
            end, year = bare
        elif not sym.codes and not m.group("so") and written[0].islower() and row["lower_bare"] != "1":
            continue
        out.append(_Cand(m.start(), end, "typed", doc_type=doc_type, sym=sym, written=written, year=year))
    return out


def _typed_described(data: _Data, text: str, anchors: List[int]) -> List[_Cand]:
    """"Quyết định giải quyết khiếu nại số 333", "Kết luận thanh tra số 825/KL-SYT": a type
    word, a few lower-case words saying what kind, "số" and the number."""
    out = []
    # (only where "số" can follow: its "ố" ends a type word, six words of eight letters and a space)
    reach = data.type_length + 57
    anchors = [a for a in anchors if "ố" in text[a:a + reach]]
    for m in _matches(data.typed_desc, text, anchors):
        if not _starts_word(text, m.start()):
            continue
        written = m.group("type")
        doc_type = _standard_type(data, written)
        if doc_type is None or not _case_ok(written):
            continue
        if any(w in data.desc_stops for w in m.group("desc").split()):
            continue
        sym = _parse_symbol(data, text, m.start("sym"), m.end("sym"))
        if not written[0].isupper() and not sym.codes:
            continue
        if not sym.codes and sym.year is None and text[sym.end:sym.end + 1].isalnum():
            continue
        out.append(_Cand(m.start(), sym.end, "typed", doc_type=doc_type, sym=sym, written=written))
    return out


def _typed_stutter(data: _Data, text: str, anchors: List[int]) -> List[_Cand]:
    """"Nghị định định 67": a typo that repeats the last syllable of the type word."""
    out = []
    for m in _matches(data.typed_stutter, text, anchors):
        written = m.group("type")
        doc_type = _standard_type(data, written)
        if doc_type is None or not _case_ok(written) or m.group("dup") != written.split()[-1].lower():
            continue
        sym = _parse_symbol(data, text, m.start("sym"), m.end("sym"))
        if text[sym.end:sym.end + 1].isalnum():
            continue
        if not sym.codes and sym.year is None and (
                _next_word(text, sym.end).casefold() in data.counted or not written[0].isupper()):
            continue
        out.append(_Cand(m.start(), sym.end, "typed", doc_type=doc_type, sym=sym, written=written))
    return out


def _abbr_num(data: _Data, text: str, anchors: List[int]) -> List[_Cand]:
    out = []
    for m in _prescanned(data.abbr_num, data.abbr_num_scan, text):
        if _next_word(text, m.end()).casefold() in data.counted:
            continue
        sym = _Symbol("", m.end(), m.group("sym"), None, [])
        out.append(_Cand(m.start(), m.end(), "typed", doc_type=data.abbr_type[m.group("abbr")], sym=sym,
                         written=m.group("abbr")))
    return out


def _prescanned(pattern, scan, text: str):
    """``pattern.finditer(text)`` for a pattern whose every match starts with one of the literals
    of ``scan`` (a case-sensitive ``literal_scan``, or a tuple of the literals themselves): the
    pattern is tried only where the fast scan finds one (searched again from the next character,
    so no start is skipped)."""
    pos = 0
    for i in _literal_starts(scan, text) if isinstance(scan, tuple) else _scan_starts(scan, text):
        if i >= pos:
            m = pattern.match(text, i)
            if m is not None:
                yield m
                pos = m.end()


def _scan_starts(scan, text: str):
    hit = scan.search(text)
    while hit is not None:
        yield hit.start()
        hit = scan.search(text, hit.start() + 1)


def _literal_starts(literals: Tuple[str, ...], text: str) -> List[int]:
    """Every start of one of ``literals`` in ``text`` (overlapping ones too), in order: the
    starts ``_scan_starts`` gives for their ``literal_scan``, found with one ``str.find`` pass per
    literal (for a few literals faster than the scan, which stops at each of their first letters:
    every capital N and Q of a text for "NĐ", "NQ", "QĐ")."""
    starts = set()
    for literal in literals:
        i = text.find(literal)
        while i >= 0:
            starts.add(i)
            i = text.find(literal, i + 1)
    return sorted(starts)


def _year_after(text: str, pos: int):
    m = _P_YEAR_AFTER.match(text, pos, pos + 30)
    return (int(m.group(1)), m.end()) if m else (None, pos)


def _symbol_after(data: _Data, text: str, pos: int):
    m = _P_SYMBOL_AFTER.match(text, pos, pos + 120)
    if not m:
        return None, pos
    sym = _parse_symbol(data, text, m.start(1), m.end(1))
    if not sym.codes:
        return None, pos
    return sym, sym.end


def _named_from_lexicon(data: _Data, text: str, anchors: List[int]) -> List[_Cand]:
    out = []
    for m in _matches(data.law_named, text, anchors):
        if not _starts_word(text, m.start()) or data.law_blocked.search(text, max(0, m.start() - 30), m.start()):
            continue
        written, name = m.group("type"), m.group("name")
        if not _case_ok(written):
            continue
        if written[0].islower() and name[0].islower():
            continue
        out.append(_named_cand(data, text, m.start(), m.end(), written, name))
    return out


def _named_cand(data: _Data, text: str, start: int, end: int, written: str, name: str) -> _Cand:
    year, end = _year_after(text, end)
    sym, end2 = _symbol_after(data, text, end)
    if sym is not None and "(" not in text[end:sym.end]:
        end = end2
    else:
        sym = None
    if sym is not None and year is None and sym.year:
        year = sym.year
    return _Cand(start, end, "named", doc_type=_standard_type(data, written), name=name, year=year, sym=sym,
                 written=written)


def _named_by_rule(data: _Data, text: str, anchors: List[int]) -> List[_Cand]:
    out = []
    for m in _matches(data.rule_named, text, anchors):
        if not _starts_word(text, m.start()) or data.law_blocked.search(text, max(0, m.start() - 30), m.start()):
            continue
        words = [w.rstrip(",") for w in m.group("name").split()]
        if not words or words[0].casefold() in data.name_blockers or words[0].casefold() in data.name_stops:
            continue
        kept = [words[0]]
        for i in range(1, len(words)):
            w = words[i].casefold()
            pair = w + " " + words[i + 1].casefold() if i + 1 < len(words) else ""
            after = words[i + 2].casefold() if i + 2 < len(words) else ""
            if w == "và" and i + 1 < len(words) and words[i + 1][:1].islower() \
                    and words[i + 1].casefold() not in data.name_stops and after not in data.name_stops:
                kept.append(words[i])  # "Quy chế tổ chức và hoạt động ...": a name may hold "và"
                continue
            if w in data.name_stops or pair in data.name_stops or data.type_word_start.fullmatch(words[i]):
                break
            if words[i][0].isupper() and words[i] in ("Luật", "Bộ", "Nghị", "Thông", "Quyết", "Chỉ"):
                break
            kept.append(words[i])
        if kept[-1].endswith("-"):
            continue
        written = m.group("type")
        if written == "Quy chế" and len(kept) < 2:
            continue
        # the name as it stands in the text (single spaces inside the kept words)
        name_start = m.start("name")
        pos = name_start
        for w in kept:
            pos = text.index(w, pos) + len(w)
        name = text[name_start:pos]
        cand = _named_cand(data, text, m.start(), pos, written, name)
        cand.kind = "rule"
        out.append(cand)
    return out


def _constitution(data: _Data, text: str, anchors: List[int]) -> List[_Cand]:
    out = []
    for m in _matches(data.constitution, text, anchors):
        if not _starts_word(text, m.start()):
            continue
        if not m.group("year") and not m.group("name"):
            continue
        name = m.group("name").strip() if m.group("name") else None
        year = int(m.group("year")) if m.group("year") else None
        out.append(_Cand(m.start(), m.end(), "named", doc_type="Hiến pháp", name=name, year=year, sym=None,
                         written=m.group("type")))
    return out


def _party_named(data: _Data, text: str, anchors: List[int]) -> List[_Cand]:
    out = []
    for m in _matches(data.party_named, text, anchors):
        if not _starts_word(text, m.start()):
            continue
        term = None
        if m.group("term"):
            term = ", ".join(_P_ROMAN.findall(m.group("term")))  # "(khóa XI, XII)" -> "XI, XII"
        out.append(_Cand(m.start(), m.end(), "named", doc_type="Nghị quyết", name=m.group("name"), year=None, sym=None,
                         term=term, written=m.group("type")))
    return out


def _abbr_named(data: _Data, text: str, anchors: List[int]) -> List[_Cand]:
    out = []
    for m in _prescanned(data.abbr_named_re, data.abbr_named_scan, text):
        doc_type, name = data.abbr_named[m.group("abbr")]
        year = int(m.group("year")) if m.group("year") else None
        out.append(_Cand(m.start(), m.end(), "named", doc_type=doc_type, name=name, year=year, sym=None,
                         written=m.group("abbr")))
    return out


def _bare_matches(data: _Data, text: str):
    """``data.bare.finditer(text)``, tried only where ``_P_SYMBOL_START`` matches (the bare
    pattern's search is slow: it follows every number). Inside one such start the digits run to
    the same "/" or "-" as from its first digit, so a symbol starts at its first digit or not at
    all; when the last symbol ended inside a start, the plain search goes on from there."""
    bare = data.bare
    pos = 0
    for start in _P_SYMBOL_START.finditer(text):
        a, b = start.span()
        if b <= pos:
            continue
        if a >= pos:
            m = bare.match(text, a)
        else:
            m = bare.search(text, pos)
            if m is None:
                return
        if m is not None:
            yield m
            pos = m.end()


def _bare(data: _Data, text: str, anchors: List[int]) -> List[_Cand]:
    out = []
    for m in _bare_matches(data, text):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "/.-,"):
            continue
        sym = _parse_symbol(data, text, m.start("sym"), m.end("sym"))
        if not sym.codes:
            continue
        if text[sym.end:sym.end + 1].isalnum():
            continue
        first = sym.codes[0].casefold()
        legislative = any(data.leg_re.fullmatch(c) for c in sym.codes)
        if first in data.type_codes:
            if len(sym.codes) < 2 and sym.year is None:
                continue
        elif first in data.issuer_codes and data.issuer_codes[first] not in ("VP", "UB"):
            if len(sym.codes) < 2 and not (legislative and sym.year):
                continue
        elif not (legislative and sym.year):
            continue
        if not sym.codes[0][0].isupper() and not all(
                c.casefold() in data.type_codes or c.casefold() in data.issuer_codes for c in sym.codes):
            continue
        out.append(_Cand(m.start("sym"), sym.end, "bare", doc_type=None, sym=sym, written=""))
    return out


def _amend(data: _Data, text: str, anchors: List[int], cands: List[_Cand]) -> List[_Cand]:
    """"Luật sửa đổi, bổ sung một số điều của Luật Đất đai" -> one named document."""
    by_start: Dict[int, _Cand] = {}
    for c in cands:
        if c.kind in ("named", "rule", "typed"):
            if c.start not in by_start or c.end > by_start[c.start].end:
                by_start[c.start] = c
    out = []
    for m in _matches(data.amend, text, [a for a in anchors if "sửa đổi" in text[a:a + 60].lower()]):
        written = m.group("type")
        if not _case_ok(written) or not written[0].isupper():
            continue
        inner = by_start.get(m.end())
        if inner is None:
            continue
        doc_type = _standard_type(data, written)
        name = text[m.end("type"):inner.end].strip()
        out.append(_Cand(m.start(), inner.end, "named", doc_type=doc_type, name=name, year=inner.fields.get("year"),
                         sym=None, written=written))
    return out


def _select(cands: List[_Cand]) -> List[_Cand]:
    """Non-overlapping candidates: earliest start first, then the longest."""
    listed = {c.start: c for c in cands if c.kind == "named" and c.fields.get("name")}
    keep = []
    for c in cands:
        other = listed.get(c.start)
        if c.kind == "rule" and other is not None:
            extra = c.fields["name"][len(other.fields["name"]):].split()
            # "Luật Giáo dục ĐH" extends the listed "Giáo dục"; "Luật Đầu tư ngày" does not
            if not extra or not all(w[0].isupper() for w in extra):
                continue
        keep.append(c)
    cands = keep
    cands.sort(key=lambda c: (c.start, -(c.end - c.start)))
    out: List[_Cand] = []
    last_end = -1
    for c in cands:
        if c.start >= last_end:
            out.append(c)
            last_end = c.end
    return out


# --- the tail and the clause --------------------------------------------------------------

def _clean_issuer(data: _Data, issuer: str) -> str:
    issuer = issuer.strip()
    # "của Thủ tướng Chính phủ và Nghị quyết ..." : a conjunction before another citation ends it
    m = _P_AND.search(issuer)
    while m:
        rest = issuer[m.end():]
        if data.type_word_start.match(rest) or not rest[:1].isupper() or _P_PROVISION_WORD.match(rest):
            issuer = issuer[:m.start()]
            break
        m = _P_AND.search(issuer, m.end())
    issuer = _P_AND_END.sub("", issuer)
    # "của Chính phủ Quy định chi tiết ...": a capitalised type word after the body starts the subject
    cut = data.type_word_inside.search(issuer)
    if cut:
        issuer = issuer[:cut.start()]
    if issuer.endswith(".") and not data.abbr_dot.search(issuer):
        issuer = issuer[:-1]
    words = issuer.split()
    signer = _signer_start(data, words)
    if signer is not None:
        issuer = " ".join(words[:signer])
    issuer = issuer.strip(" ,")
    return "" if issuer in data.incomplete_issuers else issuer


# Each reader of the tail reads one field right at ``pos`` and returns where it stopped, or None;
# ``done`` holds the fields read (a field is read once). ``_TAIL_READERS`` gives their order: the
# tail is read reader after reader, from the first again after each field read.

def _tail_date(data: _Data, text: str, pos: int, limit: int, fields: dict, next_start: int,
               done: Set[str]) -> Optional[int]:
    """"ngày 13/6/2013", "ban hành ngày ...", "gửi X ngày ...", ", ngày ... của X"."""
    subject = fields.get("subject")
    if subject and ("," in subject or subject.count(" ") >= 4):
        # "Nghị định 153 về thời điểm trả lương thưởng Tết, kỳ trả lương ... từ ngày 5-10": after
        # a long subject, a date is the subject's; after a short one it may be the document's
        # ("Nghị định 89/1999/NĐ-CP của Chính phủ về BHTG ngày 1-9-1999")
        return None
    for rule, pattern in data.tail_dates:
        m = pattern.match(text, pos, limit)
        if m:
            value = _date_of(m)
            if not value:
                return None
            if "issued" not in fields:
                fields["issued"], fields["_issued_by"] = value, rule
            done.add("issued")
            return m.end()
    return None


def _tail_term(data: _Data, text: str, pos: int, limit: int, fields: dict, next_start: int,
               done: Set[str]) -> Optional[int]:
    """"(khóa XII)"."""
    m = data.t_term.match(text, pos, limit)
    if not m:
        return None
    if not fields.get("term"):
        fields["term"] = m.group("term")
    done.add("term")
    return m.end()


def _tail_of(data: _Data, text: str, pos: int, limit: int, fields: dict, next_start: int,
             done: Set[str]) -> Optional[int]:
    """"của Bộ Y tế", "do Chính phủ ban hành"."""
    m = data.t_of.match(text, pos, limit)
    if not m:
        return None
    if m.group(0).lstrip(" ,").startswith("do") and not _P_DO_ISSUE.match(text, m.end(), m.end() + 30):
        return None  # "do" without "ban hành": a cause, not an issuer
    if data.deictic.match(text, m.end(), m.end() + 12):
        return None  # "của Bộ này": no name
    iss_start = m.start("iss")
    iss_end = m.end("iss") if next_start < iss_start else min(m.end("iss"), next_start)
    issuer = _clean_issuer(data, text[iss_start:iss_end])
    if not issuer:
        return None
    # "của Hiệp hội Bất động sản TP.HCM": the organisation as the organisations' reader reads
    # it, where this grammar stops inside its name
    longer = clause.organization_end(text, iss_start, iss_start + len(issuer))
    bound = limit if next_start < iss_start else min(limit, next_start)
    if iss_start + len(issuer) < longer <= bound:
        issuer = _clean_issuer(data, text[iss_start:longer]) or issuer
    # "của Cơ quan Cảnh sát điều tra - Công an huyện X": the unit and the body it belongs to
    parent = clause.parent_body_end(text, iss_start, iss_start + len(issuer), bound)
    if parent > iss_start + len(issuer):
        issuer = _clean_issuer(data, text[iss_start:parent]) or issuer
    fields["issuer"], fields["_issuer_by"] = issuer, "của issuer after the citation"
    done.add("issuer")
    term = _P_TERM.search(issuer)
    if term and not fields.get("term"):
        fields["term"] = term.group(1)
    return iss_start + len(issuer)


def _tail_signed(data: _Data, text: str, pos: int, limit: int, fields: dict, next_start: int,
                 done: Set[str]) -> Optional[int]:
    """"được Bộ trưởng Bộ Y tế ký ban hành ngày 5-6-2020", "do Phó Thủ tướng X ký"."""
    m = data.t_signed_by.match(text, pos, limit)
    if not m or data.deictic.match(text, m.end("agent"), m.end("agent") + 12):
        return None
    issuer = _clean_issuer(data, m.group("agent"))
    if not issuer:
        return None
    fields["issuer"], fields["_issuer_by"] = issuer, "issuer as the agent of a signing verb"
    done.add("issuer")
    pos = m.end()
    if "issued" not in done:
        dated = clause.date_after(text, pos, limit)
        if dated:
            if "issued" not in fields:
                fields["issued"], fields["_issued_by"] = dated[0], "date after the signing verb"
            done.add("issued")
            pos = dated[1]
    return pos


def _tail_alias(data: _Data, text: str, pos: int, limit: int, fields: dict, next_start: int,
                done: Set[str]) -> Optional[int]:
    """"(sau đây gọi tắt là Nghị quyết 25)"."""
    m = data.t_alias.match(text, pos, limit)
    if not m:
        return None
    fields["alias"] = m.group("alias").strip()
    done.add("alias")
    return m.end()


def _tail_subject(data: _Data, text: str, pos: int, limit: int, fields: dict, next_start: int,
                  done: Set[str]) -> Optional[int]:
    """"về việc ...", "quy định về ...": up to the end of the subject."""
    m = data.t_about.match(text, pos, limit)
    if not m:
        return None
    bound = min(limit, m.end() + 250)
    if next_start >= m.end():
        bound = min(bound, next_start)
    stop = data.subject_end.search(text, m.end(), bound)
    while stop is not None and stop.group("of") and ("issuer" in done or stop.start() - m.end() > 40):
        # "về việc công bố thủ tục ... của Sở X": a late "của" belongs to the subject
        stop = data.subject_end.search(text, stop.end(), bound)
    end = stop.start() if stop else bound
    if stop is not None and stop.group("verb"):
        # "về nhà ở xã hội, giá thuê được giảm": the clause after the last comma is the
        # sentence's own, not the subject
        comma = text.rfind(",", m.end(), end)
        if comma > m.end():
            end = comma
    subject = _trim_subject(data, text[m.end():end])
    if not subject:
        return None
    fields["subject"] = subject
    done.add("subject")
    return text.index(subject, m.end()) + len(subject)


_TAIL_READERS = (("issued", _tail_date), ("term", _tail_term), ("issuer", _tail_of), ("issuer", _tail_signed),
                 ("alias", _tail_alias), ("subject", _tail_subject))


def _district_after_unit(words: List[str], i: int, k: int) -> bool:
    """Whether ``words[i:i + k]`` name a district of the unit word before them ("huyện | Yên
    Châu", "quận | Lê Chân"), from the gazetteer's districts."""
    units = gazetteer.districts().get(" ".join(words[i:i + k])) or ()
    return any(words[i - 1].lower() == unit.split()[-1] for unit, _ in units)


def _signer_start(data: _Data, words: List[str]) -> Optional[int]:
    """Where a signer's name starts after the body ("Thủ tướng Chính phủ | Nguyễn Xuân Phúc"): a
    family name and capitalised syllables to the end, two of them at least (three where two make
    a province's name). A province whose first syllable is a family name is no name ("UBND TP Hà
    Nội | Nguyễn Đức Chung"), and of two family names in a row, the second starts the name when
    three words remain ("UBND TP Đông Hà | Phạm Văn Nghiệm")."""
    i = 1
    while i < len(words) - 1:
        if words[i] not in data.surnames or not all(w[:1].isupper() and w[1:].islower() for w in words[i:]):
            i += 1
            continue
        if words[i - 1] in data.person_named_units:
            # "UBND phường Lê Thanh Nghị": a unit whose places often bear a person's name
            i += 2
            continue
        place = next((k for k in (3, 2) if i + k < len(words) and (
            " ".join(words[i:i + k]) in data.provinces or _district_after_unit(words, i, k))), 0)
        if place:
            i += place  # "Hà Nội", "Hà Giang": a place, the name may follow it
            continue
        name = " ".join(words[i:])
        if _district_after_unit(words, i, len(words) - i):
            return None  # "Công an huyện Yên Châu": the district's name
        if len(words) - i >= 3 or (len(words) - i == 2 and name not in data.provinces):
            if name in data.provinces:
                i += 1
                continue
            if words[i + 1] in data.surnames and len(words) - i >= 4:
                return i + 1
            return i
        i += 1
    return None


def _read_tail(data: _Data, text: str, pos: int, limit: int, fields: dict, next_start: int) -> int:
    """Read date, issuer, subject, alias and term after a citation; returns where reading stopped."""
    done: Set[str] = set()
    for _ in range(8):
        for field, reader in _TAIL_READERS:
            if field not in done:
                end = reader(data, text, pos, limit, fields, next_start, done)
                if end is not None:
                    pos = end
                    break
        else:
            break
    return pos


def _trim_subject(data: _Data, subject: str) -> str:
    return data.subject_trailing.sub("", subject).strip(" ,;")


def _clause_start(data: _Data, text: str, sent_start: int, pos: int) -> int:
    """Where the clause of ``pos`` starts: after the last ",", ";" or ":" before it that is not
    inside a ministry's name ("Bộ Văn hóa, Thể thao và Du lịch vừa ban hành ...")."""
    sent_start = max(sent_start, pos - 300)  # bounded: one huge "sentence" must stay linear
    cut = max(text.rfind(",", sent_start, pos), text.rfind(";", sent_start, pos), text.rfind(":", sent_start, pos))
    while cut >= 0 and text[cut] == "," and _in_comma_name(data, text, cut):
        cut = max(text.rfind(",", sent_start, cut), text.rfind(";", sent_start, cut), text.rfind(":", sent_start, cut))
    return cut + 1 if cut >= 0 else sent_start


def _in_comma_name(data: _Data, text: str, comma: int) -> bool:
    """Whether the comma at ``comma`` is inside a ministry's name ("Văn hóa[,] Thể thao")."""
    return any(m.start() < comma < m.end()
               for m in data.comma_domain.finditer(text, max(0, comma - 30), comma + 40))


def _from_clause(data: _Data, text: str, sent_start: int, start: int, fields: dict) -> None:
    """Issuer (and date) stated by the clause: "Thủ tướng Chính phủ vừa ký <citation>"."""
    clause = _clause_start(data, text, sent_start, start)
    window_start = max(clause, start - 200)
    # "theo yêu cầu của Thủ tướng tại văn bản 10285": the body whose document it is
    if text.endswith("tại ", 0, start) or text.endswith("tại", 0, start):
        m = data.before_of.search(text, max(window_start, start - 120), start)
        if m:
            issuer = _clean_issuer(data, m.group("iss"))
            if issuer:
                fields["issuer"], fields["_issuer_by"] = issuer, "của issuer tại citation"
                return
    # cheap test first: does a signing verb end the window?
    if not data.verb_end.search(text, max(window_start, start - 60), start):
        return
    m = data.before.search(text, window_start, start)
    if not m:
        return
    issuer = _clean_issuer(data, m.group("iss"))
    if not issuer:
        return
    fields["issuer"], fields["_issuer_by"] = issuer, "signer before the citation"
    fields["_clause"] = issuer
    if "issued" not in fields:
        # the date nearest the signer: "... năm 2019; ngày 31/10/2019 Sở X có Công văn"
        d = None
        for found in data.sentence_date.finditer(text, max(sent_start, m.start() - 300), m.start()):
            d = found
        if d:
            value = _date_of(d)
            if value:
                fields["issued"], fields["_issued_by"] = value, "date nearest the signer before the citation"


def _provision(data: _Data, text: str, start: int) -> Optional[Provision]:
    window_start = max(0, start - 60)
    if "iều" not in text[window_start:start]:
        return None
    m = data.provision.search(text, window_start, start)
    if not m:
        return None
    return Provision(article=m.group("art"), clause=m.group("cl"), point=m.group("pt"))


# --- the component -----------------------------------------------------------------------

def _anchors(data: _Data, text: str) -> List[int]:
    """Word starts where a type word may begin ("nghị", "luật", ...), found with str.find (fast)
    instead of scanning the whole text with a large case-insensitive alternation."""
    folded = casefolded(text)
    if len(folded) == len(text):
        return _type_anchors(data, text, folded)
    low = text.lower()
    if len(low) != len(text):
        return [m.start() for m in data.anchor_re.finditer(text)]
    found = set()
    for word in data.anchor_words:
        i = low.find(word)
        while i >= 0:
            if (i == 0 or not text[i - 1].isalnum()) and not text[i + len(word):i + len(word) + 1].isalnum():
                found.add(i)
            i = low.find(word, i + 1)
    return sorted(found)


def _type_anchors(data: _Data, text: str, folded: str) -> List[int]:
    """The anchors where a whole type word follows ("nghị quyết", not "nghị sĩ" or "cán bộ"):
    no pattern can match at the others, and most anchor words are common words. A fast
    stdlib-re scan of the case-folded text (``data.anchor_scan``, see ``_rare_letter_scan``)
    finds every place where a type word starts, also inside another ("Bộ [luật] Hình sự")."""
    found = set()
    back = data.anchor_back
    for m in data.anchor_scan.finditer(folded):
        group = m.lastgroup
        assert group is not None  # (every branch is one group)
        offset, word_length = back[group]
        i = m.start() - offset
        after = i + word_length  # the end of the anchor word
        if (i == 0 or not text[i - 1].isalnum()) and not text[after:after + 1].isalnum():
            found.add(i)
    return sorted(found)


def _type_anchors_plain(data: _Data, text: str, folded: str) -> List[int]:
    """``_type_anchors`` the plain way: the trie of the type words searched again one character
    after each find (the tests check that both agree)."""
    out = []
    scan = data.anchor_types.search
    m = scan(folded)
    while m is not None:
        i = m.start()
        after = i + len(m.group().split(" ", 1)[0])  # the end of the anchor word
        if (i == 0 or not text[i - 1].isalnum()) and not text[after:after + 1].isalnum():
            out.append(i)
        m = scan(folded, i + 1)
    return out


def _rare_letter_scan(words) -> Tuple["re.Pattern", Dict[str, Tuple[int, int]]]:
    """A stdlib ``re`` pattern that finds every start of the case-folded ``words`` by the letter
    of each with the most marks ("nghị quy[ế]t", "lu[ậ]t", "thông tư"): the scan stops far less
    often there than at every "n" or "l" of the text. Each branch is that letter, the word's
    part before it as a look-behind and its part after as a look-ahead (nothing but the letter is
    consumed, so a word inside another is found too); ``back`` maps a branch's group to (offset
    of the letter in the word, length of the word's first word). Two words that could both match
    around one such letter (the part before it of one ends the other's, the part after it of one
    starts the other's) would be reported once: no two type words can (checked here)."""
    branches, back = [], {}
    seen: List[Tuple[str, str, str]] = []  # (letter, part before it, part after it) taken

    def hides(j: int, word: str) -> bool:
        # two words both match around one letter only where the part before it of one ends the
        # other's and the part after it of one starts the other's
        head, tail = word[:j + 1], word[j + 1:]
        return any(letter == word[j] and other_head != head
                   and (other_head.endswith(head) or head.endswith(other_head))
                   and (other_tail.startswith(tail) or tail.startswith(other_tail))
                   for letter, other_head, other_tail in seen)

    for k, word in enumerate(sorted(words, key=lambda w: (len(w), w))):
        # the letter with the most marks (a tone and a vowel mark: the rarest), the first of them,
        # unless it would hide an earlier word ("lệnh" and "pháp l[ệ]nh": "ph[á]p lệnh")
        letters = sorted((i for i, c in enumerate(word) if not c.isascii()),
                         key=lambda i: (-len(unicodedata.normalize("NFD", word[i])), i))
        j = next((i for i in letters if not hides(i, word)), None)
        if j is None:
            raise ValueError("type word %r cannot be told from another one in the scan" % word)
        head, tail = word[:j + 1], word[j + 1:]
        seen.append((word[j], head, tail))
        group = "w%d" % k
        back[group] = (j, len(word.split(" ", 1)[0]))
        branches.append("%s(?P<%s>)(?<=%s)(?=%s)" % (re.escape(word[j]), group, re.escape(head), re.escape(tail)))
    return re.compile("|".join(branches)), back


def _anchors_with(text: str, anchors: List[int], words: Tuple[str, ...]) -> List[int]:
    """The anchors where one of the case-folded type ``words`` starts."""
    folded = casefolded(text)
    if len(folded) != len(text):
        return anchors
    return [a for a in anchors if folded.startswith(words, a)]


def _matches(pattern, text: str, anchors: List[int]):
    for pos in anchors:
        m = pattern.match(text, pos)
        if m:
            yield m


class _Finder(NamedTuple):
    """A named rule that finds citations: its name (what ``explain`` and the test tables show),
    examples, the function that finds its candidates and the type words (an attribute of
    ``_Data``) at whose anchors it is tried ("" for every anchor, None for a finder that scans
    the text itself)."""
    name: str
    examples: Tuple[str, ...]
    find: Callable[[_Data, str, List[int]], List[_Cand]]
    words: Optional[str]


_FINDERS: Tuple[_Finder, ...] = (
    _Finder("type word and number/symbol", ("Nghị quyết số 25-NQ/TW", "Nghị định 67", "Thông tư 12/2020/TT-BYT"),
            _typed, ""),
    _Finder("type word, description, số and number",
            ("Quyết định giải quyết khiếu nại số 333", "Kết luận thanh tra số 825/KL-SYT"), _typed_described, ""),
    _Finder("type word with a repeated syllable", ("Nghị định định 67",), _typed_stutter, ""),
    _Finder("type abbreviation and number", ("NĐ 67", "theo QĐ33"), _abbr_num, None),
    _Finder("listed statute name", ("Luật Đất đai năm 2013", "Bộ luật Hình sự"), _named_from_lexicon, "law_words"),
    _Finder("statute named by its capitalised name", ("Luật Dữ liệu", "Quy chế Tuyển sinh"), _named_by_rule,
            "rule_words"),
    _Finder("Constitution with a year or the state's name", ("Hiến pháp năm 2013",), _constitution,
            "constitution_words"),
    _Finder("Party resolution named by its meeting", ("Nghị quyết Trung ương 4 (khóa XII)",), _party_named,
            "party_words"),
    _Finder("abbreviated code name", ("BLHS 2015",), _abbr_named, None),
    _Finder("bare symbol", ("theo số 15/2014/TT-BCA",), _bare, None),
)
# "Luật sửa đổi, bổ sung một số điều của Luật Đất đai": a document found by the finders, amended
_AMEND_RULE = "amending document"


def _find(data: _Data, text: str) -> List[_Cand]:
    anchors = _anchors(data, text)
    cands: List[_Cand] = []
    for finder in _FINDERS:
        if finder.words:
            found = finder.find(data, text, _anchors_with(text, anchors, getattr(data, finder.words)))
        else:
            found = finder.find(data, text, anchors)
        for cand in found:
            cand.rule = finder.name
        cands += found
    for cand in _amend(data, text, anchors, cands):
        cand.rule = _AMEND_RULE
        cands.append(cand)
    return _select(cands)


def _fields(data: _Data, text: str, cand: _Cand) -> dict:
    f = cand.fields
    sym: Optional[_Symbol] = f.get("sym")
    out = {"doc_type": f.get("doc_type"), "name": f.get("name"), "year": f.get("year"), "term": f.get("term")}
    if sym is not None:
        out["number"] = sym.number
        if sym.codes or sym.year is not None:
            out["symbol"] = sym.text
        party = bool(_P_PARTY.match(sym.text))
        type_code, code_type, issuers, legislature = _decode_codes(data, sym.codes, party)
        out["type_code"] = type_code
        out["issuer_codes"] = issuers
        out["legislature"] = legislature
        if sym.year is not None:
            out["year"] = sym.year
        if out["doc_type"] is None:
            out["doc_type"] = code_type
    return out


def recognize(doc) -> None:
    text = doc.text
    if not text:
        return
    data = _data()
    cands = _find(data, text)
    made: List[Tuple[_Cand, dict, int]] = []  # (candidate, fields, where its tail ends)
    for i, cand in enumerate(cands):
        next_start = cands[i + 1].start if i + 1 < len(cands) else len(text)
        made.append(_read_citation(doc, data, cand, next_start, made))
    _share_issuer(data, text, made)
    refs = []
    found_by = {}
    for cand, fields, _ in made:
        ref = doc.make(LegalRef, cand.start, cand.end,
                       **{k: v for k, v in fields.items() if v is not None and not k.startswith("_")})
        if doc.explaining:
            doc.why(ref, cand.rule, **_evidence(cand, fields))
            found_by[id(ref)] = cand.rule
        refs.append(ref)
    refs.sort(key=lambda r: (r.start, r.end))
    for ref, target, rule in _link(refs):
        ref.refers_to = target
        if doc.explaining:
            # the link is what explains a short citation; the rule that found it stays as evidence
            doc.why(ref, rule, full=refs[target].text, found_by=found_by[id(ref)])
    doc.results["legal_refs"].extend(refs)


def _evidence(cand: _Cand, fields: dict) -> Dict[str, str]:
    """What ``explain`` shows beside the rule of a citation: the type word as written and the
    rules that read its issuer and issue date."""
    out = {}
    if cand.fields.get("written"):
        out["type_word"] = cand.fields["written"]
    for key in ("_issuer_by", "_issued_by"):
        if fields.get(key):
            out[key[1:]] = fields[key]
    return out


def _read_citation(doc, data: _Data, cand: _Cand, next_start: int, made: List[Tuple[_Cand, dict, int]]):
    """(cand, fields, end of its tail) of one candidate: its symbol decoded, its tail read, and an
    issuer or date the clause states elsewhere."""
    text = doc.text
    fields = _fields(data, text, cand)
    sent_start, sent_end = doc.sentence_of(cand.start)
    # bounded: a regex with a required literal may look for it up to its end position
    limit = min(max(sent_end, cand.end), cand.end + 600)
    tail_end = _read_tail(data, text, cand.end, limit, fields, next_start)
    if "issued" not in fields and data.verb_end.search(text, max(sent_start, cand.start - 60), cand.start):
        # "Quốc hội thông qua Nghị quyết 30 vào ngày 12/11": the date of the issuing verb
        dated = clause.date_after(text, tail_end, limit)
        if dated:
            fields["issued"], fields["_issued_by"] = dated[0], "date of the issuing verb before the citation"
    if "issuer" not in fields:
        _speaker(data, text, sent_start, cand.start, tail_end, limit, fields)
    if "issuer" not in fields:
        _from_clause(data, text, sent_start, cand.start, fields)
    if "issuer" not in fields and made:
        # "Thủ tướng đã ra Chỉ thị số 26/CT-TTg ... và Công điện số 156/CĐ-TTg": one signer
        prev_cand, prev_fields, prev_tail = made[-1]
        gap = text[prev_tail:cand.start]
        if prev_fields.get("_clause") and doc.sentence_of(prev_cand.start)[0] == sent_start \
                and fields.get("number") and len(gap) <= 150 and data.joined.search(gap):
            fields["issuer"] = fields["_clause"] = prev_fields["_clause"]
            fields["_issuer_by"] = "one signer for joined citations"
    provision = _provision(data, text, cand.start)
    if provision is not None:
        fields["provision"] = provision
    return cand, fields, tail_end


def _speaker(data: _Data, text: str, sent_start: int, start: int, tail_end: int, limit: int, fields: dict) -> None:
    """The body that speaks through a document cited after "tại", "trong" or "theo": "Tại Công
    văn số X, Bộ Y tế cho biết", "Theo văn bản số X, Hiệp hội Y (HoREA) thừa nhận"."""
    before = text[max(sent_start, start - 30):start]
    cue = data.before_cue.search(before)
    m = data.t_subject_after.match(text, tail_end, limit) if cue else None
    if m:
        issuer = _clean_issuer(data, m.group("iss"))
        if issuer:
            fields["issuer"], fields["_issuer_by"] = issuer, "issuer speaking after tại/trong citation"
    elif cue or data.theo_cue.search(before):
        # the sentence's subject, an organisation read by the organisations' reader
        organization = _subject_organization(data, text, tail_end, limit)
        if organization:
            fields["issuer"], fields["_issuer_by"] = organization, "organisation speaking after the citation"


def _subject_organization(data: _Data, text: str, pos: int, limit: int) -> Optional[str]:
    """The organisation that opens the clause after a citation's tail ("..., gửi X ngày D, <ORG>
    (ABBR) <saying verb>"), or None."""
    m = data.t_subject_gap.match(text, pos, limit)
    if not m:
        return None
    start = m.end()
    end = clause.organization_end(text, start, start)
    if end <= start or end > limit:
        return None
    after = data.t_subject_verb.match(text, end, limit)
    if not after:
        return None
    issuer = text[start:end].strip(" ,")  # read whole by the organisations' reader ("nhỏ và vừa")
    return None if issuer in data.incomplete_issuers else issuer


def _share_issuer(data: _Data, text: str, made) -> None:
    """"QĐ số 09/2007/QĐ-TTg ngày ..., QĐ số 140/2008/QĐ-TTg ngày ... của Thủ tướng": the issuer
    written after the last citation of a list belongs to every citation of the list."""
    for i in range(len(made) - 2, -1, -1):
        cand, fields, tail_end = made[i]
        nxt_cand, nxt_fields, _ = made[i + 1]
        if "issuer" in fields or "issuer" not in nxt_fields:
            continue
        gap = text[tail_end:nxt_cand.start]
        if data.list_gap.fullmatch(gap) and fields.get("doc_type") == nxt_fields.get("doc_type") \
                and fields.get("number") and nxt_fields.get("number"):
            fields["issuer"] = nxt_fields["issuer"]
            fields["_issuer_by"] = "issuer after the last citation of a list"


def _doc_key(r: LegalRef) -> Tuple[str, Optional[str]]:
    return (r.doc_type or "").casefold(), r.number


def _name_key(r: LegalRef) -> Tuple[str, str]:
    return (r.doc_type or "").casefold(), " ".join((r.name or "").split()).casefold()


def _link(refs: List[LegalRef]) -> List[Tuple[LegalRef, int, str]]:
    """Short citations and the full citation of the same document they point at: (short
    citation, index of the full one, the rule that linked them)."""
    full: Dict[tuple, int] = {}
    named: Dict[tuple, int] = {}
    aliases: Dict[str, int] = {}
    for i, r in enumerate(refs):
        if r.number and r.symbol and _P_LETTER.search(r.symbol):
            full.setdefault(_doc_key(r), i)
        if r.name and (r.year is not None or r.symbol):
            named.setdefault(_name_key(r), i)
        if r.alias:
            aliases.setdefault(" ".join(r.alias.split()).casefold(), i)
    out = []
    for i, r in enumerate(refs):
        if r.symbol and _P_LETTER.search(r.symbol):
            continue
        alias_key = " ".join(r.text.split()).casefold()
        if alias_key in aliases and aliases[alias_key] != i:
            out.append((r, aliases[alias_key], "alias → citation that names it"))
        elif r.number and _doc_key(r) in full and full[_doc_key(r)] != i:
            out.append((r, full[_doc_key(r)], "short citation → full citation"))
        elif r.name and not r.number and r.year is None and _name_key(r) in named and named[_name_key(r)] != i:
            out.append((r, named[_name_key(r)], "name → citation with year or symbol"))  # "Luật Đất đai"
    return out


def issuer_names(ref: LegalRef) -> List[str]:
    """The issuing bodies that the codes of a citation's symbol stand for, from
    ``data/legal_issuers.tsv`` ("25-NQ/TW" -> ["Ban Chấp hành Trung ương Đảng"],
    "01/2015/TTLT-BTP-BTC" -> ["Bộ Tư pháp", "Bộ Tài chính"], "103/2016/QH13" -> ["Quốc hội"]).
    A code read in a Party symbol ("NUMBER-TYPE/ISSUER") takes the Party meaning when both exist
    ("BCT": Bộ Chính trị / Bộ Công Thương). Unknown codes (a unit's own code) are left out."""
    data = _data()
    party = bool(ref.symbol and _P_PARTY.match(ref.symbol))
    names = []
    for code in ref.issuer_codes:
        key = code.casefold()
        row = data.issuers.get((key, "party" if party else "state")) or data.issuers.get(
            (key, "state" if party else "party"))
        if row is not None and row["expansion"] not in names:
            names.append(row["expansion"])
    return names
