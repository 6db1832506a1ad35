"""Award statements: who was honoured, with what, by whom, how many (FORMAT.md §5).

"26 tập thể và 47 cá nhân có thành tích xuất sắc ... đã được nhận Bằng khen của Chủ tịch UBND
tỉnh Bình Dương" -> Award(award="Bằng khen", issuer="Chủ tịch UBND tỉnh Bình Dương",
recipients=[26 tập thể, 47 cá nhân], reason="có thành tích xuất sắc ...").

How it works, per sentence:
1. award names are found with a grammar built from ``data/award_names.tsv`` (heads and what may
   follow them) and ``data/award_cues.tsv`` (orders, classes, ranks ...);
2. names joined by list separators ("A, B và C"; "A cho X, B cho Y") form one group: one
   conferral clause, one mention;
3. a conferral verb must govern the group: a giving verb (trao, tặng, truy tặng ...) or a
   receiving verb (nhận, đón nhận, đoạt ...) to its left in the same clause, or "do X trao tặng" /
   "của X tặng Y" to its right. Planned, proposed, revoked or hypothetical clauses are dropped;
4. the issuer is, in order: "thay mặt X" / "thừa ủy quyền X"; "của X" / "do X" attached to the
   award; the agent of a passive ("được X tặng"); the subject of a giving verb;
5. recipients are the subject of a receiving or passive verb, or the object after "cho"/"tặng":
   counted groups ("26 tập thể", "hai đồng chí") and names (people found by people.py, titles'
   holders, or organisation noun phrases).
"""
from functools import lru_cache
from typing import Dict, List, Optional, Tuple

import regex

from . import lexicon
from .numbers import number_pattern, parse_number
from .records import Award, RecipientCount

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
def _cue_notes() -> Dict[Tuple[str, str], str]:
    return {(row["kind"], row["word"]): row.get("note", "") for row in lexicon.table("award_cues")}


def _alt(entries) -> str:
    return lexicon.alternation(entries)


_B = r"(?<![\p{L}\p{N}])"  # word start
_E = r"(?![\p{L}\p{N}])"  # word end
_CAP = r"(?:\p{Lu}[\p{L}\p{N}]*(?:\.[\p{Lu}][\p{L}]*)*)"
_QUOTED = r"(?:[“\"«][^“”\"«»\n]{1,80}[”\"»])"


@lru_cache(maxsize=1)
def _award_re():
    """The grammar of one award name (one item of a list)."""
    cues = _cues()
    low_stop = _alt(_cue("np_stop") + _cue("not_title") + ("hạng",))
    # a capitalised name: Cap (Cap | lowercase not a stop word){0,5}, lowercase words only inside
    capname = (_CAP + r"(?:(?:\s+|\s*-\s*)(?:" + _CAP + r"|(?!" + low_stop + _E + r")\p{Ll}+" + _E + r")){0,5}")
    capname = r"(?:" + capname + r")(?<=\p{L}|\p{N})"
    num = r"(?:\d{1,3}|" + _alt(w for w in lexicon.mapping("number_words", "word", "kind")) + r")"
    klass = r"(?i:" + _alt(cues["class"]) + r")" + _E
    classes = klass + r"(?:(?:\s*,\s*|\s+và\s+)" + klass + r"){0,3}"
    order = r"(?i:" + _alt(cues["order"]) + r")" + _E
    nobel = r"Nobel(?:\s+(?i:" + _alt(cues["nobel_field"]) + r")" + _E + r")?"
    rank = r"(?i:" + _alt(cues["rank"]) + r")" + _E
    field_words = r"(?:\s+(?!" + low_stop + _E + r")[\p{L}\p{N}&-]+){1,6}"
    rank_ext = rank + r"(?:\s+(?:lĩnh vực|hạng mục|môn|nội dung)" + field_words + r")?"
    level = r"(?i:" + _alt(cues["level"]) + r")" + _E
    hero = r"Anh hùng(?:\s+(?i:" + _alt(cues["hero"]) + r")" + _E + r"(?:\s+" + capname + r")?|\s+" + capname + r")"
    party = (r"(?:Đảng" + _E + r"|" + num + r"\s+năm(?:(?:\s*,\s*|\s+và\s+)" + num + r"\s+năm){0,5}\s+tuổi\s+Đảng" + _E + r")")
    dedicate = (r"(?::?\s*" + _QUOTED + r"|\s+[Vv]ì\s+[\p{L}\p{N}]+(?:\s+(?!(?:cho|tặng|trao|do|nhân|tại)" + _E
                + r")[\p{L}\p{N}]+){0,8})")
    fixed = []
    exts = {}
    for row in lexicon.table("award_names"):
        if row["ext"] == "fixed":
            fixed.append(row["name"])
        else:
            exts.setdefault(row["ext"], []).append(row["name"])

    def heads(kind):
        return r"(?i:" + _alt(exts[kind]) + r")" + _E

    lc_title = r"(?!(?:" + _alt(_cue("not_title")) + r")" + _E + r")\p{Ll}+(?:\s+(?!" + low_stop + _E + r")\p{Ll}+){0,4}"
    parts = [
        r"(?i:" + _alt(fixed) + r")" + _E,
        heads("order") + r"(?:\s+" + order + r"(?:\s+" + classes + r")?|\s+" + classes + r"|\s+" + capname + r")?",
        heads("dedicate") + r"(?:" + dedicate + r")?",
        heads("party") + r"\s+" + party,
        r"(?i:danh hiệu)\s+(?:" + r"(?i:" + _alt(fixed) + r")" + _E + r"|" + hero
        + r"|(?i:Chiến s[ĩỹ] thi đua)(?:\s+" + level + r")?|" + _QUOTED + r"|" + capname + r"|" + lc_title + r")",
        heads("level") + r"(?:\s+" + level + r")?",
        heads("prize") + r"\s+(?:" + nobel + r"|" + _QUOTED + r"|" + capname + r")(?:\s+\d{4}" + _E + r")?",
        heads("rank") + r"\s+(?:" + nobel + r"|" + rank_ext + r"|" + _QUOTED + r"|" + capname + r")",
        heads("named_optional") + r"(?:\s+" + capname + r")?",
        heads("plain"),
        r"(?-i:" + r"(?:Cờ|cờ)" + r")\s+(?:" + _QUOTED + r"|" + _CAP + r"(?:\s*-\s*" + _CAP + r"|\s+" + _CAP + r"){1,5}" + r"|" + _CAP + r"\s+\p{Ll}+\s*-\s*" + _CAP + r"\s+\p{Ll}+)",
        nobel,
    ]
    return regex.compile(_B + r"(?:" + r"|".join(parts) + r")")


@lru_cache(maxsize=1)
def _verb_re():
    words = _cue("verb_give") + _cue("verb_get") + _cue("verb_return") + _cue("not_verb")
    return regex.compile(_B + r"(?i:" + _alt(words) + r")" + _E)


@lru_cache(maxsize=1)
def _verb_kinds() -> Dict[str, str]:
    kinds = {}
    for kind in ("not_verb", "verb_return", "verb_get", "verb_give"):
        for word in _cue(kind):
            kinds.setdefault(word.casefold(), kind)
    return kinds


@lru_cache(maxsize=1)
def _blocker_re():
    return regex.compile(_B + r"(?i:" + _alt(_cue("blocker")) + r")" + _E)


@lru_cache(maxsize=1)
def _after_blocker_re():
    return regex.compile(r"^[^.;]{0,25}?" + _B + r"(?i:" + _alt(_cue("after_blocker")) + r")" + _E)


@lru_cache(maxsize=1)
def _count_re():
    unit = r"(?i:" + _alt(_cue("unit")) + r")" + _E
    units = unit + r"(?:\s*,\s*(?!" + number_pattern() + r")" + unit + r"){0,3}"
    return regex.compile(r"(?<![\p{L}\p{N}/.,-])(?P<num>" + number_pattern() + r")\s+(?P<unit>" + units + r")")


@lru_cache(maxsize=1)
def _issuer_head_re():
    return regex.compile(r"(?:" + _alt(_cue("honorific")) + r"\s+)?(?i:" + _alt(_cue("issuer_head") + _cue("issuer_fixed")) + r")" + _E)


@lru_cache(maxsize=1)
def _behalf_re():
    return regex.compile(_B + r"(?:" + _alt(_cue("behalf")) + r")\s+")


@lru_cache(maxsize=1)
def _adverbial_re():
    return regex.compile(r"\s*(?:" + _alt(_cue("adverbial")) + r")" + _E + r"[^,;:.]{0,120},\s*")


@lru_cache(maxsize=1)
def _predicate_re():
    return regex.compile(_B + r"(?:" + _alt(_cue("predicate")) + r")" + _E)


@lru_cache(maxsize=1)
def _honorific_re():
    return regex.compile(r"(?i:" + _alt(_cue("honorific")) + r")" + _E + r"\s*")


@lru_cache(maxsize=1)
def _reason_re():
    return regex.compile(_B + r"(?P<r>(?:(?:đã\s+)?có\s+)?(?:" + _alt(_cue("reason"))
                         + r")" + _E + r"[^.;:!?]{0,200}?)(?=\s*(?:[.;:!?,]|$|\s(?:đã|được|nhận|đón nhận|trao|tặng)" + _E + r"))")


@lru_cache(maxsize=1)
def _money_re():
    currency = r"(?:" + _alt(_cue("currency")) + r")" + _E
    return regex.compile(_B + r"(?:" + _alt(_cue("money")) + r")\s*(?:là|:)?\s*(?P<m>" + number_pattern()
                         + r"\s*" + currency + r")")


@lru_cache(maxsize=1)
def _list_gap_re():
    """What may stand between two award names of one list (after any "của X"/"cho Y" part)."""
    num = number_pattern()
    return regex.compile(r"^\s*(?:vì\s+[^,.;:]{1,60}?)?\s*(?:,|;|và|cùng|cũng như|, cũng như|, cùng|và các|, và|:)?\s*(?:(?:" + num + r"|các|những)\s+)?$")


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
def _surnames():
    try:
        return lexicon.word_set("surnames")
    except OSError:
        return frozenset()


@lru_cache(maxsize=1)
def _canonical() -> Dict[str, str]:
    return {row["name"].casefold(): row["canonical"] for row in lexicon.table("award_names") if row.get("canonical")}


_WORD = regex.compile(r"\S+")
_TRAIL = "\"'“”‘’.,;:!?…)]»/"
_LEAD = "\"'“”‘’([«"


# --- noun phrases ---------------------------------------------------------------------------

def _np(text: str, start: int, end: int, commas: bool = False, max_words: int = 14) -> Tuple[int, int]:
    """A noun phrase starting at ``start``: until a stop word or punctuation (commas kept if asked)."""
    stops = set(w.casefold() for w in _cue("np_stop"))
    last = start
    depth = 0
    words = 0
    pos = start
    for m in _WORD.finditer(text, start, end):
        w = m.group(0)
        core = w.strip(_TRAIL + _LEAD)
        low = core.casefold()
        if depth == 0 and words > 0 and low in stops:
            if low in ("tại", "ở"):
                nxt = _WORD.search(text, m.end(), end)
                if nxt and nxt.group(0)[:1].isupper():
                    words += 1
                    continue
            if low == "và":
                nxt = _WORD.search(text, m.end(), end)
                if nxt and (_issuer_head_re().match(text, nxt.start(), end) and nxt.group(0)[0].isupper()):
                    words += 1
                    continue
                if nxt and nxt.group(0).casefold() == "của":
                    words += 1
                    continue
            break
        if depth == 0 and words > 0 and low in ("của",):
            break
        depth += w.count("(") - w.count(")")
        if depth < 0:
            break
        words += 1
        last = m.start() + len(w.rstrip(_TRAIL)) if depth == 0 else m.end()
        if depth == 0 and w.endswith(")"):
            last = m.end()
        if depth == 0 and w[-1:] in ",;.:!?…" and not (commas and w[-1:] == ","):
            break
        if words >= max_words:
            break
        pos = m.end()
    return start, max(last, start)


def _strip_honorific(text: str, s: int, e: int) -> Tuple[int, int]:
    while s < e:
        m = _honorific_re().match(text, s, e)
        if not m or m.end() >= e:
            break
        s = m.end()
    while e > s and text[e - 1] in " ,;:-–":
        e -= 1
    while s < e and text[s] in " ,;:-–":
        s += 1
    return s, e


def _is_issuer(text: str, s: int, e: int) -> bool:
    return bool(_issuer_head_re().match(text, s, e))


def _split_issuers(text: str, s: int, e: int) -> str:
    """Issuer text; "A và B" of two issuers becomes "A; B" (fixed collectives kept)."""
    value = text[s:e].strip()
    if any(value.casefold() == f.casefold() for f in _cue("issuer_fixed")):
        return value
    parts = []
    depth = 0
    last = 0
    for m in regex.finditer(r"[()]|\svà\s(?:của\s)?", value):
        tok = m.group(0)
        if tok == "(":
            depth += 1
        elif tok == ")":
            depth -= 1
        elif depth == 0:
            right = value[m.end():]
            left = value[last:m.start()]
            if right[:1].isupper() and _issuer_head_re().match(right) and not any(
                    (left + " và " + right).casefold().startswith(f.casefold()) for f in _cue("issuer_fixed")):
                parts.append(left)
                last = m.end()
    parts.append(value[last:])
    return "; ".join(p.strip() for p in parts if p.strip())


# --- recognition ----------------------------------------------------------------------------

class _Item:
    __slots__ = ("start", "end", "name", "issuer", "issuer_span", "recip_spans", "tail_end")

    def __init__(self, start: int, end: int, name: str):
        self.start, self.end, self.name = start, end, name
        self.issuer: Optional[str] = None
        self.issuer_span: Optional[Tuple[int, int]] = None
        self.recip_spans: List[Tuple[int, int]] = []
        self.tail_end = end


def _attach(text: str, item: _Item, limit: int) -> None:
    """Read "của X" / bare issuer / "do X trao" and "cho Y" / "tặng Y" right after an award name."""
    pos = item.end
    m = regex.compile(r"\s*(?:\((?:[^()]{1,60})\)\s*)?").match(text, pos, limit)
    if m and m.group(0).strip().startswith("(") and "hạng mục" in m.group(0):
        pos = m.end() - (len(m.group(0)) - len(m.group(0).rstrip()))
    m = regex.match(r"\s+của\s+", text[pos:limit])
    if m:
        s = pos + m.end()
        s2, e2 = _np(text, s, limit)
        s2, e2 = _strip_honorific(text, s2, e2)
        if e2 > s2:
            item.issuer_span = (s2, e2)
            if _is_issuer(text, s2, e2):
                issuers = [_split_issuers(text, s2, e2)]
                pos = e2
                # "của A và của B": two issuers
                while True:
                    more = regex.match(r"\s*(?:,|và)\s+của\s+", text[pos:limit])
                    if not more:
                        break
                    s3, e3 = _strip_honorific(text, *_np(text, pos + more.end(), limit))
                    if e3 <= s3 or not _is_issuer(text, s3, e3):
                        break
                    issuers.append(text[s3:e3])
                    pos = e3
                item.issuer = "; ".join(issuers)
            else:
                item.recip_spans.append((s2, e2))
                pos = e2
    else:
        m = regex.match(r"\s+(?=\p{Lu})", text[pos:limit])
        if m and _is_issuer(text, pos + m.end(), limit) and item.name.casefold() in ("cờ thi đua", "bằng khen", "cơ thi đua"):
            s = pos + m.end()
            s2, e2 = _np(text, s, limit)
            if e2 > s2:
                item.issuer_span = (s2, e2)
                item.issuer = text[s2:e2]
                pos = e2
    m = regex.match(r"\s+do\s+", text[pos:limit])
    if m:
        s = pos + m.end()
        vm = regex.compile(r"(?<![\p{L}])(?:" + _alt(_cue("right_verb")) + r")" + _E).search(text, s, min(limit, s + 160))
        if vm and "," not in text[s:vm.start()].replace(", ", ",", 0)[:0] + "":
            s2, e2 = _strip_honorific(text, s, vm.start())
            if e2 > s2:
                item.issuer = text[s2:e2]
                item.issuer_span = (s2, e2)
                pos = vm.end()
    m = regex.match(r"\s+(?:(?:đã\s+)?(?:trao tặng|trao|tặng|phong tặng|truy tặng)(?:\s+trước đây)?\s+(?:cho\s+)?|cho\s+|tặng\s+)", text[pos:limit])
    if m:
        s = pos + m.end()
        s2, e2 = _np(text, s, limit, commas=False, max_words=16)
        s3, e3 = _strip_honorific(text, s2, e2)
        if e3 > s3:
            item.recip_spans.append((s2, e2))
            pos = e2
    item.tail_end = max(item.end, pos)


def _groups(text: str, items: List[_Item], limit: int) -> List[List[_Item]]:
    groups: List[List[_Item]] = []
    for item in items:
        if groups:
            prev = groups[-1][-1]
            gap = text[prev.tail_end:item.start]
            if prev.tail_end <= item.start and len(gap) <= 40 and _list_gap_re().match(gap) and not _verb_re().search(gap):
                groups[-1].append(item)
                continue
        groups.append([item])
    return groups


def _find_verb(text: str, lo: int, group_start: int, skip_until: int) -> Optional[regex.Match]:
    """The nearest conferral verb left of the group in [lo, group_start) whose gap is acceptable."""
    best = None
    for m in _verb_re().finditer(text, lo, group_start):
        best = m
    if best is None:
        return None
    kind = _verb_kinds().get(best.group(0).casefold())
    if kind == "not_verb":
        return None
    gap = text[best.end():group_start]
    if len(gap) > 170 or regex.search(r"[.;!?]", gap):
        return None
    if best.end() < skip_until:
        return None
    if "," in gap:
        before_last_comma = gap[:gap.rfind(",")]
        after = gap[gap.rfind(",") + 1:]
        if not (_introducer_re().search(gap) or _generic_re().search(before_last_comma)) and len(after.split()) > 3:
            return None
        if not (_introducer_re().search(gap) or _generic_re().search(before_last_comma)):
            # "X tặng A, B" is fine only with a list word; otherwise the comma closes the clause
            if len(gap) > 60:
                return None
    elif len(gap) > 110:
        return None
    return best


@lru_cache(maxsize=1)
def _cut_re():
    return regex.compile(r"[;:]\s|\.\s|" + _B + r"(?:" + _alt(_cue("speech")) + r")" + _E + r"\s*[,:]\s*")


def _clause_start(text: str, lo: int, pos: int) -> int:
    """Start of the clause that ends at ``pos``: after the last ";", ":" or the previous mention,
    with leading adverbials ("Nhân dịp này, ") skipped."""
    cut = lo
    for m in _cut_re().finditer(text, lo, pos):
        cut = m.end()
    if cut == lo:
        # "... ; X" handled above; a comma before a new numbered group starts a clause too
        for m in regex.finditer(r",\s+(?=" + number_pattern() + r"\s)", text[lo:pos]):
            cut = lo + m.end()
    while True:
        m = _adverbial_re().match(text, cut, pos)
        if not m:
            break
        cut = m.end()
    while cut < pos and text[cut] in " ,;:-–./":
        cut += 1
    return cut


def _names(doc, text: str, spans: List[Tuple[int, int]]) -> List[str]:
    people = doc.results.get("people") or []
    titles = doc.results.get("titles") or []
    names: List[str] = []
    for s, e in spans:
        if e <= s:
            continue
        found = []
        for p in people:
            ps, pe = _norm_span(doc, p)
            if ps is not None and s <= ps and pe <= e:
                found.append((ps, p.name))
        for t in titles:
            ts, te = _norm_span(doc, t)
            if ts is not None and s <= ts and te <= e and t.holder and not any(t.holder in f for _, f in found):
                pass
        if not found:
            found = _guess_names(text, s, e)
        if not found:
            s2, e2 = _strip_honorific(text, s, e)
            phrase = text[s2:e2].strip()
            first = phrase.split(" ")[0] if phrase else ""
            plural = {w.casefold() for w in _cue("plural")}
            if phrase and first.casefold() not in plural and not _count_re().match(phrase) and (
                    phrase[0].isupper() or _is_issuer(text, s2, e2)) and len(phrase.split()) <= 14:
                found = [(s2, phrase)]
        for _, name in sorted(found):
            if name not in names:
                names.append(name)
    return names


def _norm_span(doc, mention) -> Tuple[Optional[int], Optional[int]]:
    """Normalised offsets of a mention made by an earlier component (identity when no map)."""
    norm = getattr(doc, "norm", None)
    if norm is None or norm._starts is None:
        return mention.start, mention.end
    try:
        import bisect
        s = bisect.bisect_left(norm._starts, mention.start)
        e = bisect.bisect_left(norm._ends, mention.end)
        return s, e + 1
    except Exception:  # pragma: no cover - defensive
        return None, None


_NAME_RE = regex.compile(r"(?<![\p{L}])\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4}(?![\p{L}])")


def _guess_names(text: str, s: int, e: int) -> List[Tuple[int, str]]:
    """Person names by shape (surname + capitalised syllables) when people.py found none."""
    out = []
    surnames = _surnames()
    for m in _NAME_RE.finditer(text, s, e):
        words = m.group(0).split()
        # drop leading title/organisation words: start at the first surname
        for i, w in enumerate(words):
            if w in surnames and len(words) - i >= 2:
                name = " ".join(words[i:])
                out.append((m.start(), name))
                break
    return out


def _counts(text: str, spans: List[Tuple[int, int]]) -> List[RecipientCount]:
    out: List[RecipientCount] = []
    for s, e in spans:
        for m in _count_re().finditer(text, s, e):
            value = parse_number(m.group("num"))
            if value is None or value == 0:
                continue
            before = text[max(s, m.start() - 12):m.start()]
            if regex.search(r"(?:số|năm|ngày|lần thứ)\s*$", before):
                continue
            out.append(RecipientCount(count=value, unit=m.group("unit")))
    return out


def _sentence_items(text: str, s: int, e: int) -> List[_Item]:
    items = []
    canon = _canonical()
    for m in _award_re().finditer(text, s, e):
        a, b = m.start(), m.end()
        while b > a and text[b - 1] in " ,;:-":
            b -= 1
        name = text[a:b]
        if _org_prefix_re().search(text, max(s, a - 20), a):
            continue
        name = canon.get(name.casefold(), name) if name.casefold() in canon else name
        items.append(_Item(a, b, name))
    return items


def _join_names(group: List[_Item]) -> str:
    seen = []
    for item in group:
        if item.name.casefold() not in [n.casefold() for n in seen]:
            seen.append(item.name)
    return ", ".join(seen)


def recognize(doc) -> None:
    text = doc.text
    out = doc.results.setdefault("awards", [])
    for s, e in doc.sentences or [(0, len(text))]:
        items = _sentence_items(text, s, e)
        if not items:
            continue
        for item in items:
            _attach(text, item, e)
        last_end = s
        for group in _groups(text, items, e):
            mention = _statement(doc, text, s, e, group, last_end)
            if mention is not None:
                out.append(mention)
                last_end = max(last_end, mention_end_norm(mention, group))


def mention_end_norm(mention, group) -> int:
    return group[-1].tail_end


def _statement(doc, text: str, s: int, e: int, group: List[_Item], last_end: int):
    g_start, g_end = group[0].start, group[-1].tail_end
    lo = max(s, last_end)
    verb = _find_verb(text, lo, g_start, lo)
    kind = None
    posthumous = False
    right_issuer = None
    if verb is not None:
        kind = _verb_kinds().get(verb.group(0).casefold())
        posthumous = _cue_notes().get((kind, _canonical_cue(kind, verb.group(0))), "") == "posthumous"
    else:
        # "AWARD của X tặng Y", "AWARD do X trao tặng", "AWARD ... đã trao trước đây cho Y"
        first = group[0]
        tail = text[first.end:g_end]
        if first.recip_spans or regex.search(r"\sdo\s", tail):
            kind = "verb_give"
        else:
            return None
    clause = _clause_start(text, lo, verb.start() if verb is not None else g_start)
    # blockers: planned, proposed, revoked, rules
    check_from = clause
    if _blocker_re().search(text, check_from, g_start) or _after_blocker_re().match(text[g_end:e]):
        return None
    if verb is not None and regex.search(r"(?i)(?:^|\s)lễ\s*$", text[max(clause, verb.start() - 6):verb.start()]) is None:
        pass
    subject_lo = clause
    subj_end = verb.start() if verb is not None else g_start
    behalf = None  # (start of "thay mặt", X start, X end)
    bm = None
    for bm in _behalf_re().finditer(text, clause, subj_end):
        pass
    if bm is not None:
        region_s = bm.end()
        region = text[region_s:subj_end]
        cut = region.rfind(", ")
        if cut > 0:
            behalf = (bm.start(), region_s, region_s + cut)
            subject_lo = region_s + cut + 2
        else:
            xe = subj_end
            while xe > region_s and text[xe - 1] == " ":
                xe -= 1
            behalf = (bm.start(), region_s, xe)
            subj_end = bm.start()
            subject_lo = clause
    passive_agent = None
    duoc = None
    if verb is not None:
        for dm in regex.finditer(r"(?<![\p{L}])được(?![\p{L}])", text[subject_lo:verb.start()]):
            duoc = subject_lo + dm.start()
            duoc_end = subject_lo + dm.end()
        if duoc is not None:
            subj_end = duoc
            agent = text[duoc_end:verb.start()]
            agent_s = duoc_end + (len(agent) - len(agent.lstrip()))
            agent_e = verb.start()
            am = regex.search(r"\s+(?:vinh danh\s+và|và|đã|cùng)\s*$", text[agent_s:agent_e])
            if am:
                agent_e = agent_s + am.start()
            while agent_e > agent_s and text[agent_e - 1] == " ":
                agent_e -= 1
            agent_text = text[agent_s:agent_e]
            if agent_text and not regex.fullmatch(r"(?:vinh dự|nhận|chính thức|trao|lần\s+thứ\s+\S+)?", agent_text) and len(agent_text.split()) <= 14:
                if agent_text[:1].isupper() or _is_issuer(text, agent_s, agent_e):
                    passive_agent = _strip_honorific(text, agent_s, agent_e)
    # subject noun phrase
    pm = _predicate_re().search(text, subject_lo, subj_end)
    subj_np_end = pm.start() if pm else subj_end
    ss, se = _strip_honorific(text, subject_lo, subj_np_end)
    giving = kind == "verb_give" and duoc is None
    recip_spans: List[Tuple[int, int]] = []
    issuer = None
    start = min(g_start, verb.start() if verb is not None else g_start)
    if giving:
        # recipients: between the verb and the award ("tặng ông X Bằng khen"), and after "cho"
        if verb is not None and verb.end() < g_start:
            between = text[verb.end():g_start]
            bm2 = regex.match(r"\s*(?P<r>[^,:]{2,80}?)\s+(?:nhiều|các|những)\s", between)
            if bm2 and not _award_re().search(bm2.group("r")):
                recip_spans.append((verb.end() + bm2.start("r"), verb.end() + bm2.end("r")))
            elif regex.fullmatch(r"\s*(?:ông|bà|anh|chị|em|đồng chí)\s+[^,]{1,40}?\s*", between) is None and False:
                pass
            elif regex.match(r"\s*(?:ông|bà|anh|chị|em|đồng chí)\s*$", between):
                recip_spans.append((verb.end(), g_start))
        if se > ss:
            issuer = _split_issuers(text, ss, se)
            start = min(start, ss)
    else:
        if se > ss or subj_end > subject_lo:
            recip_spans.append((subject_lo, subj_end))
            if subj_end > subject_lo:
                start = min(start, subject_lo + (len(text[subject_lo:subj_end]) - len(text[subject_lo:subj_end].lstrip())))
        if passive_agent is not None:
            issuer = _split_issuers(text, *passive_agent)
    if kind == "verb_return":
        recip_spans = [(subject_lo, subj_end)]
        issuer = None
    for item in group:
        recip_spans.extend(item.recip_spans)
    # issuer attached to the award names
    attached = []
    for item in group:
        if item.issuer and item.issuer.casefold() not in [a.casefold() for a in attached]:
            attached.append(item.issuer)
    if kind == "verb_return" and group[0].recip_spans:
        rs, re_ = group[0].recip_spans[0]
        issuer = text[rs:re_]
        recip_spans = [(subject_lo, subj_end)]
    elif attached and (group[0].issuer or issuer is None or (giving and len(group) == 1)):
        issuer = "; ".join(attached)
    if behalf is not None:
        xs, xe = _strip_honorific(text, behalf[1], behalf[2])
        for aux in (" đã", " cũng", " đã cũng"):
            if text[xs:xe].endswith(aux):
                xe -= len(aux)
        issuer = _split_issuers(text, xs, xe)
        start = min(start, behalf[0])
    end = g_end
    recipients = _counts(text, recip_spans)
    names = _names(doc, text, recip_spans)
    if issuer:
        names = [n for n in names if n not in issuer]
    reason = None
    rm = _reason_re().search(text, clause, e)
    if rm:
        reason = rm.group("r").strip()
    money = None
    mm = _money_re().search(text, g_start, e)
    if mm:
        money = mm.group("m")
    while end > start and text[end - 1] in " ,;:-":
        end -= 1
    return doc.make(Award, start, end, award=_join_names(group), issuer=issuer or None,
                    recipients=recipients, recipient_names=names, reason=reason,
                    posthumous=posthumous, prize_money=money)


def _canonical_cue(kind: str, word: str) -> str:
    for w in _cue(kind):
        if w.casefold() == word.casefold():
            return w
    return word
