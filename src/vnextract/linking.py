"""Linking across kinds: who holds which title.

Runs last. It reads ``doc.results["people"]`` and ``doc.results["titles"]`` and

- confirms the title candidates that count only with a holder next to them
  ("đại biểu Nguyễn Thị A", see ``Doc.title_candidates``);
- cuts a title whose organisation ran into a person's name ("... Hữu Lũng | Long Văn Sơn");
- sets ``holder`` from the name stated next to a title, in the orders the press uses:
  "Title Name", "Name, Title", "Name - Title", "Name (Title)", "Title1, Title2 Name",
  "Name, Title1, Title2 ...", "Name ... giữ chức Title", "Title là ông Name";
- sets ``resolved_holder`` of a later title without a stated holder to the holder of an earlier
  title with the same role (and organisation) when exactly one person held it before.

All positions here are offsets into the caller's original string (``doc.original``), the
coordinates of the records.
"""
import bisect
from functools import lru_cache
from operator import itemgetter
from typing import Dict, List, Optional, Tuple

import regex

from . import gazetteer, lexicon
from .records import Title
from .titles import is_foreign_role, post_place_end, takes_company_name

# between a title and the name after it
_AFTER_NAME = (
    regex.compile(r"\s{1,3}"),
    # "Chủ tịch Tập đoàn ... (PVN) Phạm Quốc Khánh", "Tổng cục Hậu cần (Bộ Công an) Nguyễn Văn A"
    regex.compile(r"\s{1,3}\([^()\n]{2,40}\)\s{1,3}"),
)
# "Trên cương vị Phó Thủ tướng, đồng chí Phan Trọng Tuệ"
_AFTER_COMMA = regex.compile(r"\s{0,2},\s{1,3}")
_TITLE_NEXT = regex.compile(r"\s{0,2}[,\-–(;]")
# "chức vụ Vụ trưởng ... cho bà Phan Thị Thu Hiền"
_FOR_LEAD = regex.compile(r"chức(?:\s{1,3}vụ)?\s{1,3}$")
# between a name and the title after it
_BEFORE_NAME = regex.compile(
    r"\s{0,2}(?:[,\-–(]|\s-)\s{0,3}(?:(?:hiện|nay|đồng thời|cũng|vốn)\s{1,3})?(?:(?:là|làm)\s{1,3})?"
    # "Luật sư X (Đoàn Luật sư Hà Nội, giám đốc Công ty Y)": the posts in brackets after the name
    r"|\s{0,2}\((?:[^(),;]{1,60},\s{1,3}){0,2}"
    # "X được bầu làm Chủ tịch", "X cho biết ông là Giám đốc", "X trở thành Tổng thống"
    r"|\s{1,3}(?:[\p{Ll}]{1,8}\s{1,3}){0,4}?(?:là|làm|trở thành|đảm nhiệm|đảm nhận)\s{1,3}"
    r"|\s{1,3}(?:[\p{Ll}]{1,8}\s{1,3}){0,5}?(?:thôi\s{1,3})?giữ\s{1,3}chức(?:\s{1,3}vụ)?\s{1,3}",
)
# between two titles of one person: "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh", "Tư lệnh kiêm Chính ủy"
# ("và" joins two people: "Thủ tướng và Phó Thủ tướng Vương Đình Huệ")
# "giữ chức", "không tiếp tục tham gia", "được điều động, bổ nhiệm giữ chức vụ"
_CONNECT = (r"(?:[\p{Ll}]{1,8},?\s{1,3}){0,6}?"
            r"(?:(?:thôi\s{1,3})?giữ\s{1,3}chức(?:\s{1,3}vụ)?|tham gia|đồng thời là|kiêm)\s{1,3}")
_CHAIN = regex.compile(
    r"(?:\s{0,2},?\s{0,2}(?:khóa|nhiệm kỳ)\s{1,3}[\dIVXLC][\dIVXLC\-–/ ;]{0,20})?"
    r"(?:(?:\s{0,2}[,\-–;]\s{0,3}|\s{1,3}kiêm\s{1,3})(?:" + _CONNECT + r")?"
    r"|\s{1,3}(?:" + _CONNECT + r"))"
)
_FOREIGN_NAME = regex.compile(r"[ ](\p{Lu}\p{Ll}{1,12})(?:[ ]\p{Lu}\p{Ll}{1,12}(?:-\p{L}{1,12}){0,2}){1,2}"
                              r"(?=[\s,.;:!?)]|$)")
_NAME_RUN = regex.compile(r"[ ](\p{Lu}\p{Ll}{0,7})(?:[ ]\p{Lu}\p{Ll}{0,7}){1,3}(?![\p{L}\p{N}])")
_FOREIGN_WORD = regex.compile(r"[A-Za-z][A-Za-z0-9&\-]{3,30}|[\p{Lu}\d&\-.]{2,12}")
_GAP_THEN = regex.compile(r"[ ]{1,2}")
_DEGREE_AFTER = regex.compile(r"\s{0,2}[-–]\s{1,3}(?:\p{Lu}\p{L}{0,2}\.){1,3}\s?(?=\p{Lu})")
_CAP_AFTER = regex.compile(r"[ ](\p{Lu}\p{Ll}{0,9})(?:[ ]\p{Lu}[\p{Ll}\-]{0,9}){0,3}(?![\p{L}\p{N}])")
_LOWER_WORD = regex.compile(r"[ ](\p{Ll}+)")
_CAP_RUN = regex.compile(r"[ ](?:[\p{Lu}\d][\p{L}\p{N}&.'\-]{0,30})(?:[ ][\p{Lu}\d][\p{L}\p{N}&.'\-]{0,30}){0,5}")
_OF_CAP_RUN = regex.compile(r"[ ]của" + _CAP_RUN.pattern)


@lru_cache(maxsize=1)
def _fallback_name_re():
    surnames = gazetteer.surnames("title")
    return regex.compile(
        r"(?<![\p{L}\p{N}])" + lexicon.alternation(surnames)
        + r"(?:[ ]\p{Lu}[\p{Ll}]{0,7}){1,3}(?![\p{L}\p{N}])"
    )


@lru_cache(maxsize=1)
def _honorific_re():
    words = list(lexicon.words("title_honorifics")) + [w.lower() for w in lexicon.words("title_honorifics")]
    return regex.compile(lexicon.alternation(words) + r"\s{1,3}(?=\p{Lu})")


@lru_cache(maxsize=1)
def _after_cue_re():
    """ "Bộ trưởng Quốc phòng Mỹ tướng James Mattis", "Phó Chủ tịch UBND tỉnh X - bà Y"."""
    # lower case only: a capitalised "Ông" opens a new sentence (a caption without its full stop)
    cues = [w[0].lower() + w[1:] for w in lexicon.words("title_honorifics") + lexicon.words("title_interpositions")]
    return regex.compile(r"\s{0,2}(?:[-–]\s{1,3})?" + lexicon.alternation(cues + ["tướng"]) + r"\s{1,3}")


@lru_cache(maxsize=1)
def _org_first_words():
    """First words of organisation names ("Trung" of "Trung tâm"): no holder's name."""
    return frozenset(r["form"].split()[0] for r in lexicon.table("organizations") if r["kind"] in ("fixed", "keyword"))


def _honorific_words():
    words = list(lexicon.words("title_honorifics"))
    return words + [w[0].lower() + w[1:] for w in words]


@lru_cache(maxsize=1)
def _is_cue_re():
    """ "Tổng giám đốc Viet Bamboo Airways là ông Đặng Tất Thắng"."""
    return regex.compile(r"\s{1,3}là\s{1,3}(?:" + lexicon.alternation(_honorific_words()) + r"\s{1,3})?")


@lru_cache(maxsize=1)
def _for_cue_re():
    """ "bổ nhiệm chức vụ Vụ trưởng Vụ X cho bà Phan Thị Thu Hiền"."""
    return regex.compile(r"\s{1,3}cho\s{1,3}" + lexicon.alternation(_honorific_words()) + r"\s{1,3}")


@lru_cache(maxsize=1)
def _comma_cue_re():
    """ "Giám đốc Công an TP Hà Nội, Trung tướng Đoàn Duy Khương"."""
    cues = list(lexicon.words("title_honorifics")) + list(lexicon.words("title_interpositions"))
    cues += [w[0].lower() + w[1:] for w in cues]
    return regex.compile(r"\s{0,2},\s{1,3}" + lexicon.alternation(cues) + r"\s{1,3}")


@lru_cache(maxsize=1)
def _descriptor_re():
    """ "Chủ tịch Ban giám khảo LHP Cannes, nhà làm phim Tây Ban Nha Pedro Almodovar"."""
    countries = lexicon.alternation(gazetteer.country_names())
    return regex.compile(r"\s{0,2},\s{1,3}(?:nhà|người)(?:\s{1,3}\p{Ll}{1,8}){1,3}"
                         r"(?:\s{1,3}" + countries + r")?\s{1,3}")


@lru_cache(maxsize=1)
def _before_name_re():
    interpositions = lexicon.words("title_interpositions")
    # "Trần Văn A, giảng viên cao cấp; Chủ tịch Hội đồng ...": an occupation between name and office
    occupations = r"(?i:" + lexicon.alternation(lexicon.words("title_occupations")) + r")(?:\s{1,3}\p{Ll}{1,8}){0,3}"
    return regex.compile(
        r"(?:\s{0,2},\s{1,3}" + lexicon.alternation(interpositions) + r")?"
        r"(?:\s{0,2}[,;]?\s{1,3}" + occupations + r"\s{0,2}[,;]\s{1,3}|" + _BEFORE_NAME.pattern + ")")


def _fallback_people(text: str) -> List[Tuple[int, int, str]]:
    """Vietnamese full names (surname + 1-3 capitalised syllables) when no people were found."""
    from .titles import _country_re, _province_re

    out = []
    for m in _fallback_name_re().finditer(text):
        if _province_re().match(text, m.start()) or _country_re().match(text, m.start()):
            continue
        if m.start() >= 4 and text[m.start() - 3:m.start() - 1] == "TP":
            continue
        out.append((m.start(), m.end(), m.group(0)))
    return out


def _people(doc) -> List[Tuple[int, int, str, str]]:
    """(start, end, name as written, canonical name) of the person mentions, in text order."""
    people = doc.results.get("people") or []
    if people:
        out = []
        honorifics = _honorific_re()
        for p in people:
            name = p.name or p.text
            start = p.start
            m = honorifics.match(name)
            if m and m.end() < len(name):  # "Ông Nguyễn Lưu Trung" at a sentence start
                if p.text.startswith(name[:m.end()]):
                    start += m.end()
                name = name[m.end():]
            out.append((start, p.end, name, p.canonical or name))
        return sorted(out)
    return [(s, e, n, n) for s, e, n in _fallback_people(doc.original)]


def _protected(text: str, pos: int) -> bool:
    """True when ``pos`` lies inside a place or organisation name of the lexicon ("TP Hồ | Chí Minh",
    "Ủy ban châu | Âu"): a person found there is a misreading, not a reason to cut the title."""
    from .titles import _country_re, _fixed_re, _province_re

    for rx in (_province_re(), _country_re()):
        if rx.match(text, pos):
            return True  # "Quốc hội | Cu-ba Esteban Lazo": the country closes the organisation
    i = pos
    for _ in range(4):
        j = text.rfind(" ", 0, max(0, i - 1))
        i = j + 1
        for rx in (_province_re(), _country_re(), _fixed_re()):
            m = rx.match(text, i)
            if m and m.end() > pos:
                return True
        if j < 0:
            break
    return False


@lru_cache(maxsize=1)
def _ends_with_unit_re():
    """An organisation cut right after an administrative unit word ("Thống đốc bang | New Jersey")."""
    units = [r["form"] for r in lexicon.table("organizations") if r["kind"] == "locality"]
    # (?r): searched from the end, where "$" fails at once, not word list first at every position
    return regex.compile(r"(?r)(?<![\p{L}])" + lexicon.alternation(units) + r"$")


def _school_name(text: str, pos: int) -> bool:
    """A name right after "Trường THPT" / "Trường" is the school's name, no holder."""
    before = text[max(0, pos - 12):pos].split()
    if not before:
        return False
    last = before[-1]
    return last[:1].upper() + last[1:] in lexicon.word_set("title_named_bodies") or (last.isupper() and len(last) >= 2)


def _between(people, starts, lo: int, hi: int):
    """The people whose mention starts in [lo, hi) (``starts``: their sorted start offsets)."""
    return people[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]


def _trim(doc, title: Title, people, starts) -> Title:
    """Cut a title whose organisation ran into a person's name."""
    role_end = title.start + len(title.role)
    for start, end, _, _ in _between(people, starts, role_end + 1, title.end):
        if role_end < start < title.end < end and not _protected(doc.original, start) \
                and not _school_name(doc.original, start):
            cut = doc.original[title.start:start].rstrip()
            if len(cut) <= len(title.role) or _ends_with_unit_re().search(cut):
                return title  # "Thống đốc bang | New Jersey ...": the place is no person
            org = title.organization
            if org:
                offset = title.text.find(org)
                org = cut[offset:].strip() if offset >= 0 else org
            title.text = cut
            title.end = title.start + len(cut)
            title.organization = org or None
            return title
    return title


def _company(doc, title: Title, people, starts) -> None:
    """ "Giám đốc Viettel Hậu Giang": a capitalised name after a company-type role that is no
    person's name is the organisation."""
    board = bool(title.organization) and title.organization in lexicon.word_set("title_boards") \
        and title.text.endswith(title.organization)
    if (title.organization and not board) or not takes_company_name(title.role):
        return
    text = doc.original
    m = _CAP_RUN.match(text, title.end)
    if not m:
        m = _OF_CAP_RUN.match(text, title.end)  # "phó giám đốc của Meta"
        if not m:
            return
        if any(title.end <= p[0] < m.end() for p in _between(people, starts, title.end, m.end())):
            return
    end = m.end()
    for start, _, _, _ in _between(people, starts, title.end, end):
        if board and start == m.start() + 1 and text[start:end].split()[0] not in gazetteer.surnames("title"):
            continue  # "Chủ tịch HĐQT Hòa Phát": after a board, a name that starts no family is the company
        end = start
        break
    name = text[title.end:end].strip()
    if name.startswith("của "):
        name = name[4:]
    if not name or name.split()[0] in gazetteer.surnames("title"):
        return
    words = name.split()
    if len(words) == 1 and not _FOREIGN_WORD.fullmatch(words[0]):
        return  # "Giám đốc Tình | báo ...": one Vietnamese syllable is no company name
    if end == m.end():
        # "Phó Chủ tịch Quân | ủy ...": a lower-case word that is no verb continues a longer name
        nxt = _LOWER_WORD.match(text, end)
        if nxt and nxt.group(1) not in lexicon.word_set("title_org_stops"):
            return
    new_end = title.end + len(text[title.end:end].rstrip())
    if not board:
        # "Giám đốc Điều hành Google tại Đông Nam Á và Ấn Độ": the place that identifies the post
        place_end = post_place_end(text, new_end)
        if place_end > new_end and not any(new_end <= p[0] < place_end
                                           for p in _between(people, starts, new_end, place_end)):
            name, new_end = text[new_end - len(name):place_end], place_end
    if board and title.organization:  # "HĐQT Hòa Phát", "HĐQT của Coteccons": the board and the company
        title.organization = text[title.end - len(title.organization):new_end]
    else:
        title.organization = name
    title.end = new_end
    title.text = text[title.start:title.end]


class _People:
    """The person mentions of a document ((start, end, name as written, canonical name), in text
    order), indexed by start and by end."""

    __slots__ = ("all", "starts", "by_start", "ends", "end_keys")

    def __init__(self, people: List[Tuple[int, int, str, str]]) -> None:
        self.all = people
        self.starts = [p[0] for p in people]
        self.by_start: Dict[int, Tuple[int, int, str, str]] = {}
        for p in people:
            self.by_start.setdefault(p[0], p)
        # by end offset: the name that ran into a title, and the name before a title
        self.ends = sorted(people, key=itemgetter(1))
        self.end_keys = [p[1] for p in self.ends]


def link(doc) -> None:
    text = doc.original
    titles: List[Title] = doc.results["titles"]
    pending, doc.title_candidates = doc.title_candidates, []
    if not titles and not pending:
        return  # only titles are changed here: no need to read the people
    people = _People(_people(doc))
    titles.sort(key=lambda t: (t.start, t.end))
    for t in titles:
        _trim(doc, t, people.all, people.starts)
    if doc.results.get("people"):
        for t in titles:
            _company(doc, t, people.all, people.starts)
    _confirm(doc, titles, pending, people)
    after = [_name_after(text, t, people) or _foreign_name_after(text, t, people.all, people.starts)
             or _vietnamese_name_after(text, t, people.all, people.starts) for t in titles]
    before = [_name_before(text, t, people) for t in titles]
    _names_after_a_comma(text, titles, after, before, people)
    _hold_chains(text, titles, after, before)
    _resolve_later(titles, people)


def _confirm(doc, titles: List[Title], pending: List[Title], people: _People) -> None:
    """The pending title candidates count when a name stands next to them."""
    text = doc.original
    confirmed = []
    title_starts = [o.start for o in titles]
    for t in pending:
        i = bisect.bisect_left(title_starts, t.end)
        if i and titles[i - 1].end > t.start:
            continue  # inside a confirmed title (titles do not overlap one another)
        if _name_after(text, t, people) or _name_before(text, t, people):
            _trim(doc, t, people.all, people.starts)
            _company(doc, t, people.all, people.starts)
            confirmed.append(t)
    if confirmed:
        titles.extend(confirmed)
        titles.sort(key=lambda t: (t.start, t.end))


def _names_after_a_comma(text: str, titles: List[Title], after: list, before: list, people: _People) -> None:
    """"Bí thư Thành ủy TP.HCM, Nguyễn Thiện Nhân đã ...": a name after a comma, when no name
    stands before the title and no other title follows the name."""
    for k, t in enumerate(titles):
        if after[k] is None and before[k] is None:
            m = _AFTER_COMMA.match(text, t.end)
            if m and m.end() in people.by_start:
                p = people.by_start[m.end()]
                if not _TITLE_NEXT.match(text, p[1]):
                    after[k] = p


def _hold_chains(text: str, titles: List[Title], after: list, before: list) -> None:
    """Set the holders; the titles of a chain ("Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh X") are held
    by the name after its last title or before its first."""
    i = 0
    n = len(titles)
    while i < n:
        j = i
        while j + 1 < n and after[j] is None and titles[j].end <= titles[j + 1].start and \
                _CHAIN.fullmatch(text, titles[j].end, titles[j + 1].start) and \
                not _two_countries(titles[j], titles[j + 1]):
            j += 1
        holder = after[j] or before[i]
        for k in range(i, j + 1):
            chosen = after[k] or (before[k] if k == i else None) or holder
            if chosen:
                titles[k].holder = chosen[2]
        i = j + 1


def _resolve_later(titles: List[Title], people: _People) -> None:
    """Later bare titles: the holder named earlier, when unambiguous."""
    seen: Dict[Tuple[str, Optional[str]], set] = {}
    canon = {p[2]: p[3] for p in people.all}
    for t in titles:
        role = _key(t.role)
        org = _key(t.organization) if t.organization else None
        if t.holder:
            who = canon.get(t.holder, t.holder)
            seen.setdefault((role, org), set()).add(who)
            seen.setdefault((role, None), set()).add(who)
            continue
        holders = seen.get((role, org)) if org else seen.get((role, None))
        if holders and len(holders) == 1:
            t.resolved_holder = next(iter(holders))


def _name_after(text: str, t: Title, people: _People) -> Optional[Tuple[int, int, str, str]]:
    """The person named right after a title ("Title Name", "Title (ORG) Name", "Title, ông Name",
    "Title là ông Name", "chức vụ Title cho bà Name")."""
    starts = people.by_start
    for rx in _AFTER_NAME + (_after_cue_re(),):
        m = rx.match(text, t.end)
        if m and m.end() in starts:
            return starts[m.end()]
    found = _cut_name_after(text, t, people)
    if found:
        return found
    m = _descriptor_re().match(text, t.end) or _comma_cue_re().match(text, t.end) or \
        _is_cue_re().match(text, t.end)
    if m and m.end() in starts:
        # "Trên cương vị Phó Thủ tướng, đồng chí X"; "Giám đốc Điều hành Google, ông X"
        return starts[m.end()]
    # "Chủ tịch Hội X - TS.Nguyễn Tùng Lâm": a degree glued to the name after a dash
    m = _DEGREE_AFTER.match(text, t.end)
    if m:
        if m.end() in starts:
            return starts[m.end()]
        name = _fallback_name_re().match(text, m.end())
        if name:
            return (name.start(), name.end(), name.group(0), name.group(0))
    m = _for_cue_re().match(text, t.end)
    if m and m.end() in starts and _FOR_LEAD.search(text, max(0, t.start - 20), t.start):
        return starts[m.end()]
    return None


def _cut_name_after(text: str, t: Title, people: _People) -> Optional[Tuple[int, int, str, str]]:
    """A person mention cut short by the people recogniser ("Quốc hội Nguyễn Thị | Kim Ngân": the
    capitalised run from the title to the end of the mention), or one that ran into the title
    ("châu Âu Jean-Claude Juncker": its part after the title)."""
    run = _NAME_RUN.match(text, t.end)
    if run and run.group(1) not in lexicon.word_set("title_honorifics"):
        for p in _between(people.all, people.starts, run.start() + 1, run.end()):
            if p[1] == run.end() and text[p[0] - 1] == " ":
                name = text[run.start() + 1:p[1]]
                return (run.start() + 1, p[1], name, name)
    i = bisect.bisect_right(people.end_keys, t.end)
    for p in people.ends[i:i + 3]:
        if p[0] < t.end < p[1] and text[t.end:t.end + 1] == " ":
            rest = text[t.end + 1:p[1]]
            if rest[:1].isupper():
                return (t.end + 1, p[1], rest, rest)
    return None


def _name_before(text: str, t: Title, people: _People) -> Optional[Tuple[int, int, str, str]]:
    """The person named right before a title ("Name, Title", "Name - Title", "Name (Title)",
    "Name ... giữ chức Title")."""
    best = None
    lo = bisect.bisect_left(people.end_keys, max(0, t.start - 80))
    hi = bisect.bisect_right(people.end_keys, t.start)
    for p in people.ends[lo:hi]:
        if best is None or p[1] > best[1] or p[0] < best[0]:
            best = p  # the nearest name; of two ending together, the longer
    if best is None:
        return None
    cap = _CAP_AFTER.match(text, t.end)
    if cap and cap.group(1) not in lexicon.word_set("title_honorifics") \
            and cap.group(1) not in _org_first_words():
        # "Thủ tướng Đức Angela Merkel, Chủ tịch Trung Quốc Tập Cận Bình": a capitalised word
        # right after the title is its own holder (even one the people recogniser missed)
        return None
    if _before_name_re().fullmatch(text, best[1], t.start):
        return best
    return None


@lru_cache(maxsize=1)
def _ends_with_country_re():
    # (?r): searched from the end (see _ends_with_unit_re)
    return regex.compile(r"(?r)(?<![\p{L}])" + lexicon.alternation(gazetteer.country_names()) + r"$")


@lru_cache(maxsize=1)
def _country_ends() -> Tuple[str, ...]:
    """What an organisation that ``_ends_with_country_re`` matches ends with: a country name, or
    a line break (its "$" also matches before a final one)."""
    return tuple(gazetteer.country_names()) + ("\n",)


def _foreign_name_after(text: str, title: Title, people, starts):
    """ "Phó Chủ tịch Quốc hội Hàn Quốc Park Ju-seon": after an office of a foreign country the
    capitalised run is its holder, also when the people recogniser missed the name."""
    if title.organization:
        # (str.endswith first: the pattern only matches an organisation ending so, and most do not)
        if not title.organization.endswith(_country_ends()) or not _ends_with_country_re().search(
                title.organization) or title.organization.endswith("Việt Nam"):
            return None
    elif not is_foreign_role(title.role):
        return None
    m = _FOREIGN_NAME.match(text, title.end)
    if not m or m.group(1) in lexicon.word_set("title_honorifics"):
        return None
    if _between(people, starts, title.end, m.end()) or any(
            p[0] < title.end < p[1] for p in _between(people, starts, max(0, title.start - 40), title.end)):
        return None
    return (m.start(1), m.end(), m.group(0).strip(), m.group(0).strip())


def _vietnamese_name_after(text: str, title: Title, people, starts):
    """ "Chủ tịch HĐND tỉnh Nguyễn Văn Lợi": a family name and one to three capitalised syllables
    right after a title are its holder, also when the people recogniser missed them."""
    m = _GAP_THEN.match(text, title.end)
    if not m:
        return None
    name = _fallback_name_re().match(text, m.end())
    if not name or _between(people, starts, title.start, name.end()):
        return None
    from .titles import _country_re, _province_re

    if _province_re().match(text, m.end()) or _country_re().match(text, m.end()):
        return None
    return (name.start(), name.end(), name.group(0), name.group(0))


def _two_countries(a: Title, b: Title) -> bool:
    """ "Phó Thủ tướng Thái Lan, Cựu Thủ tướng Singapore Goh Chok Tong": offices of two countries
    in a list of guests belong to two people."""
    countries = gazetteer.country_set()
    return bool(a.organization and b.organization and a.organization != b.organization
                and a.organization in countries and b.organization in countries)


def _key(value: str) -> str:
    value = value.casefold()
    for word in ("nguyên ", "cựu ", "quyền "):
        if value.startswith(word):
            value = value[len(word):]
    return " ".join(value.split())
