"""Context checks: a name the people rules found is vetoed when the words around it say it is no person.

The people rules decide from the name and its cue word; these checks look at what the text says
about the name: a business or place noun right before it ("nhà nghỉ Hồng Nhung", "tàu sân bay George
Washington", "vai Thúy Kiều", "dòng họ Nguyễn Đình"), a word no personal name holds ("Lucky
Casino"), a country read as its first word ("Chile Constructa"), a rank glued to it ("bà Quý nhân
họ Đỗ"), a predicate only a school or a place takes ("Lê Hồng Phong có điểm chuẩn ..."). Each
check is a small function with a phrase-like name (``CHECKS``); its words are in
``data/person_context_*``.

``vetoes(text, people)`` says which mentions are vetoed and by which check; ``keep_people`` drops
them. A vetoed reading takes its echoes with it: the other mentions of the same name (or whose
canonical name is the vetoed one) go too, unless one of them has a cue word of its own
("quán bún bò Hạnh" ... "chị Hạnh cho biết": only the shop goes).

The checks run on the found mentions only (a few per article): each looks at a bounded window
around the mention, so the cost is linear in the number of mentions and tiny next to the rules.
"""
from functools import lru_cache
from typing import Callable, Dict, FrozenSet, List, NamedTuple, Optional, Sequence, Tuple

import regex

from . import gazetteer, lexicon, name_context, organizations

# a mention as the people rules give it: (start, end, name, canonical, honorific, role, ...)
Mention = Sequence
Opt = Optional[str]

_WINDOW = 60  # characters looked at before a mention
_AFTER = 120  # characters looked at after a mention (a list of schools before their predicate)
_QUOTES = "\"'“”‘’«»"
_OPENERS = "([\"“‘'«"


class _Nouns(NamedTuple):
    kind: Dict[str, str]  # casefolded noun -> kind
    longest: int  # words in the longest noun
    last_words: FrozenSet[str]  # last words of the nouns and of the links ("tàu", "tên", "là")
    shop_words: Tuple[str, ...]  # first words of the shop nouns (their goods may stand before the name)
    np_only: FrozenSet[str]  # nouns that count only at the start of a noun phrase
    leads: FrozenSet[str]  # words that start a noun phrase ("các", "ngôi", "tại")
    clause: FrozenSet[str]  # words a shop's goods never hold ("rồi", "gặp")
    not_after: Dict[str, FrozenSet[str]]  # noun -> words that make it another word before it
    role_verbs: FrozenSet[str]  # words before "vai" that make it a role ("vào vai", "đóng vai"), not a shoulder


_NOUN_KINDS = ("business", "shop", "place", "memorial", "vessel", "work", "role", "clan", "enemy", "dynasty", "product",
               "animal")
_LINKS = (("có", "tên"), ("mang", "tên"), ("tên", "là"), ("tên", "gọi"), ("tên",))  # (longest first)
_STRIP = " \t" + _QUOTES
_WORDS = regex.compile(r"[\p{L}\p{M}\d]+|\S")


@lru_cache(maxsize=1)
def _nouns() -> _Nouns:
    """``data/person_context_nouns.tsv``: nouns (businesses, places, vessels, works, clans, dynasties)
    whose name follows them."""
    rows = lexicon.table("person_context_nouns")
    nouns = [r for r in rows if r["kind"] in _NOUN_KINDS]
    kind = {r["noun"].casefold(): r["kind"] for r in nouns}
    last_words = frozenset(n.rsplit(" ", 1)[-1] for n in kind) | frozenset(link[-1] for link in _LINKS)
    firsts = {n.split()[0] for n, k in kind.items() if k == "shop"}
    shops = tuple(sorted(firsts | {w.capitalize() for w in firsts}))
    return _Nouns(kind, max(len(n.split()) for n in kind), last_words, shops,
                  frozenset(r["noun"].casefold() for r in nouns if r["lead"] == "np"),
                  frozenset(r["noun"] for r in rows if r["kind"] == "lead"),
                  frozenset(r["noun"] for r in rows if r["kind"] == "clause"),
                  {r["noun"].casefold(): frozenset(r["not_after"].split(",")) for r in nouns if r["not_after"]},
                  frozenset(r["noun"] for r in rows if r["kind"] == "role_verb"))


def _noun_ending(words: List[str], i: int, nouns: _Nouns) -> int:
    """Length (in words) of the longest noun of ours that ends just before ``words[i]``, else 0."""
    for n in range(min(nouns.longest, i), 0, -1):
        if " ".join(words[i - n:i]) in nouns.kind:
            return n
    return 0


def _shop_near(before: str, nouns: _Nouns) -> bool:
    """A quick look for a shop noun's first word in the text before a name (plain substring tests,
    in lower case and capitalised, on the last 40 characters: a shop noun and 4 words of goods)."""
    return any(word in before for word in nouns.shop_words)


def _family_name_first(text: str, start: int) -> bool:
    """Does the name at ``start`` start with a common family name ("Lê Thị Hà"; not "Hồng Nhung")?"""
    end = start
    while end < len(text) and end - start < 12 and text[end].isalpha():
        end += 1
    return text[start:end] in _word_lists()["common_surnames"]


def _noun_before(text: str, start: int) -> Optional[str]:
    """The kind of the noun (phrase) right before a name, if one of ours is there: up to three nouns
    may chain ("tàu khu trục lớp"); a noun of kind ``shop`` may have up to 4 lower-case words (what
    the shop sells) after it ("quán bún bò Hạnh"); "tên", "có tên", "mang tên", "tên là"
    may link the last noun to the name; quotes may stand before the name."""
    near = text[max(0, start - 16):start]
    tail = near.rstrip(_STRIP)
    if tail == near and near:
        return None  # the name is glued to the word before it
    nouns = _nouns()
    last = tail[tail.rfind(" ") + 1:].lstrip(_OPENERS)  # ("(vai Brett Bates)": a bracket glued to the noun)
    if last not in nouns.last_words and last.casefold() not in nouns.last_words and \
            not (last.isalpha() and last.islower() and _shop_near(text[max(0, start - 40):start], nouns)):
        return None  # (most mentions: no noun of ours ends right before the name, no shop nearby)
    tail = text[max(0, start - _WINDOW):start].rstrip(_STRIP)
    written = _WORDS.findall(tail)[-12:]  # (punctuation is a word of its own)
    words = [w.casefold() for w in written]
    i = len(words)
    linked = False
    for link in _LINKS:
        if tuple(words[i - len(link):i]) == link:
            i -= len(link)
            linked = True
            break
    n = _noun_ending(words, i, nouns)
    gapped = False
    if n == 0:  # a shop and its goods
        for gap in range(1, 5):
            word = written[i - gap] if i - gap >= 0 else ""
            if not word.isalpha() or not word.islower() or word in nouns.clause:
                return None
            n = _noun_ending(words, i - gap, nouns)
            if n:
                if nouns.kind[" ".join(words[i - gap - n:i - gap])] != "shop":
                    return None
                i -= gap
                gapped = True
                break
        else:
            return None
    i -= n
    head = " ".join(words[i:i + n])
    for _ in range(2):  # the nouns before it ("tàu khu trục" before "lớp")
        n = _noun_ending(words, i, nouns)
        if n == 0:
            break
        i -= n
        head = " ".join(words[i:i + n])
    if nouns.kind.get(head) == "product" and not written[i].islower():
        return None  # "Võ Nguyên Giáp": a family name, not "võ" (martial art)
    lead = words[i - 1] if i > 0 else ""
    if lead == "chủ" and not gapped and _family_name_first(text, start):
        return None  # "chủ quán Lê Thị Hà": the owner ("chủ nhà nghỉ Hồng Nhung": the guesthouse's)
    if head in nouns.np_only and (linked or lead.isalpha() and lead not in nouns.leads):
        return None  # "gia đình", "Nhật Bản", "đồng thời", "bản tên": the noun ends another word
    shoulder = nouns.not_after.get(head, ())
    if lead in shoulder or (i > 1 and words[i - 2] in shoulder):
        return None  # "tựa đầu lên vai X", "vỗ vào vai X": a shoulder
    return nouns.kind.get(head)


@lru_cache(maxsize=1)
def _word_lists() -> Dict[str, FrozenSet[str]]:
    mined = lexicon.table("person_names_mined")
    return dict(
        name_words=lexicon.word_set("person_context_name_words"),
        countries=gazetteer.country_set(),
        given=lexicon.word_set("given_names") | lexicon.word_set("foreign_given_names")
        | lexicon.word_set("foreign_given_names_more") | lexicon.word_set("person_context_country_given"),
        surnames=gazetteer.surnames("vietnamese") | gazetteer.surnames("rare"),
        dynasties=lexicon.word_set("person_context_dynasties"),
        common_surnames=gazetteer.surnames("vietnamese") - gazetteer.surnames("rare"),
        function_words=lexicon.word_set("person_function_words"),
        mined=frozenset(r["name"] for r in mined),
    )


@lru_cache(maxsize=1)
def _rule_words() -> Dict[str, FrozenSet[str]]:
    """The word sets of ``person_rule_words.tsv`` (shared with people.py) that the checks read: the title
    leads and words of address of a title in apposition, the words between an actor and a work."""
    sets: Dict[str, set] = {}
    for row in lexicon.table("person_rule_words"):
        sets.setdefault(row["set"], set()).add(row["word"])
    return {k: frozenset(v) for k, v in sets.items()}


class _FilmText:
    """Is the text about a film or a show (``person_context_film_words.txt``)? Searched once per text, and
    only when a check asks."""
    __slots__ = ("text", "_film")

    def __init__(self, text: str):
        self.text = text
        self._film: Optional[bool] = None

    def __bool__(self) -> bool:
        if self._film is None:
            self._film = _film_words().search(self.text) is not None
        return self._film


@lru_cache(maxsize=1)
def _compounds() -> Dict[str, "regex.Pattern[str]"]:
    """``data/person_context_compounds.txt``: a capitalised syllable + lower-case syllables that make
    a rank ("Tài nhân", "Quý phi"); read as a name only up to the first syllable."""
    entries = [w.split(" ", 1) for w in lexicon.words("person_context_compounds")]
    by_first: Dict[str, List[str]] = {}
    for first, rest in entries:
        by_first.setdefault(first.casefold(), []).append(rest)
    # the rank, then what follows a rank: "họ X", a capitalised name, punctuation or the end
    follow = "|".join(_RANK_FOLLOWERS)
    return {first: regex.compile(r"\s+" + lexicon.alternation(rests) +
                                 r"(?=\s+(?:" + follow + r")\b|\s+\p{Lu}|\s*[,.;:!?)" + _QUOTES + r"]|\s*$)")
            for first, rests in by_first.items()}


# what may follow a rank ("bà Tài nhân họ Lê", "mộ bà Tài nhân tại ..."): a family, a preposition or a
# verb; not "nhân dịp", "nhân viên" ("anh Quý nhân dịp này ...")
_RANK_FOLLOWERS = ("họ", "tại", "ở", "của", "và", "được", "đã", "là", "cùng", "với", "trong", "bị", "vẫn", "nằm")


@lru_cache(maxsize=1)
def _ranks() -> FrozenSet[str]:
    """The compounds of ``person_context_compounds.txt`` whole, casefolded ("tài nhân")."""
    return frozenset(w.casefold() for w in lexicon.words("person_context_compounds"))


def _cover(phrases: List[str]) -> Tuple[str, ...]:
    """Few words such that each phrase holds one (" ca" for "có # ca nhiễm", "ghi nhận # ca mắc"):
    greedy, the word of most phrases first (words of 3 letters or more, or a 2-letter word with the
    space before it)."""
    left = [set(" " + w if len(w) < 3 else w for w in p.split() if w != "#") for p in phrases]
    keys: List[str] = []
    while any(left):
        counts: Dict[str, int] = {}
        for words in left:
            for w in words:
                if w not in _COMMON:
                    counts[w] = counts.get(w, 0) + 1
        if not counts:  # only common words left: look for them all
            keys.extend(sorted(set().union(*left)))
            break
        best = max(sorted(counts), key=lambda w: (counts[w], len(w)))
        keys.append(best)
        left = [words for words in left if best not in words]
    return tuple(keys)


_COMMON = frozenset({" có", " là", " và", " đã", " sẽ", " được"})  # too common to look for


@lru_cache(maxsize=1)
def _predicates() -> Tuple["regex.Pattern[str]", Tuple[str, ...]]:
    """``data/person_context_predicates.txt``: what a text says of a school or a place, never of a
    person ("có điểm chuẩn", "có # ca nhiễm"; ``#`` is a number), right after the name or after the
    list of names it ends ("Chu Văn An, Nguyễn Trãi - Ba Đình và Yên Hòa đều có điểm chuẩn")."""
    phrases = sorted(set(lexicon.words("person_context_predicates")), key=lambda p: (-len(p), p))
    alts = "|".join(regex.escape(p).replace("\\#", r"\d[\d.,]*").replace("\\ ", r"\s+") for p in phrases)
    name = r"\p{Lu}[\p{L}\p{M}.'’-]*(?:\s\p{Lu}[\p{L}\p{M}'’-]*){0,5}"
    sep = r"(?:\s*[,;]\s*|\s+[-–]\s+|\s+(?:và|hay|hoặc)\s+)"
    keys = _cover(phrases)
    return regex.compile(r"(?:" + sep + name + r"){0,8}\s+(?:" + alts + r")\b", regex.VERSION1), keys


_ERA_YEAR = regex.compile(r" (?:thứ (?:\d+|nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)|nguyên niên)\b")
_SEQUEL = regex.compile(r"\s+(?:\d{1,2}|II|III|IV|V)\s*(?P<close>[" + _QUOTES + "])")
_CLOSING = {"“": "”", '"': '"', "«": "»", "‘": "’", "'": "'"}  # (a minute mark "Quang Hải 13'" opens no quote)


def _sequel_after(text: str, start: int, end: int, opened: int) -> bool:
    """A sequel number and the closing quote of the opening quote found at ``opened``."""
    if opened < 0 or text[opened] not in _CLOSING:
        return False
    m = _SEQUEL.match(text, end, min(len(text), end + 8))
    return m is not None and m.group("close") == _CLOSING[text[opened]]
_NUMBER_AFTER = regex.compile(r" \d{1,2}(?=[,.;:!?)]|$)")  # not "Keylor Navas 7 điểm", "Hoa Mai 18 tuổi"
_SENTENCE_END = regex.compile(r"(?:^|[.!?:\n]\s*|[.!?:][" + _QUOTES + r"]\s*)$")


# --- the checks: (text, start, end, name, honorific, role) -> vetoed? ------------------------------

# the checks of a noun before the name, one table row a kind of noun of ``person_context_nouns.tsv``:
# "nhà nghỉ Hồng Nhung", "chi nhánh Tây Hồ", "quán bún bò Hạnh", "ngôi làng tên Al Mansur" (a
# business or a place); "đền thờ Trần Hưng Đạo" (a temple: the name elsewhere in the text is its
# person's); "tàu sân bay George Washington", "tàu khu trục lớp Oliver Perry", "USS John McCain" (a
# ship); "vào vai Thúy Kiều", "bộ phim Người Phán Xử" (a character or a work); "dòng họ Nguyễn Đình"
# (a family); "gốm sứ Minh Châu", "môn võ Vịnh Xuân" (a product); "giặc Minh" (invaders); "vợ vua
# Nguyễn", "thời Lý" (a dynasty of ``person_context_dynasties.txt``; "vua Quang Trung", "nhà Kim"
# stay people). Never with a cue or a role of the name's own ("chủ quán ông Thìn", "Giám đốc bệnh
# viện Nguyễn Văn A").
NOUN_CHECKS: Dict[str, str] = {
    "business": "business or place noun before the name",
    "shop": "business or place noun before the name",
    "place": "business or place noun before the name",
    "memorial": "temple named after the person",
    "vessel": "vessel noun before the name",
    "work": "character or work noun before the name",
    "role": "role noun before the name",
    "clan": "clan noun before the name",
    "product": "product noun before the name",
    "animal": "animal noun before the name",
    "enemy": "invaders named by their nation or dynasty",
    "dynasty": "dynasty word before a family name",
}


# checks whose veto stays with the mention: "đền thờ Trần Hưng Đạo" ... "Trần Hưng Đạo sinh năm" is the
# general himself
# checks whose verdict holds for the mention alone: the name's other mentions may be the person
# ("đoạn từ Võ Thị Sáu đến Lê Lợi" is a street, "tượng danh nhân Lê Văn Hiến" the man)
NO_ECHO = frozenset({"temple named after the person", "street of a route", "name in quotation marks",
                     "place before its district in brackets", "season", "currency after an amount",
                     "group before a foreign name", "name inside a quoted title"})


def noun_before_the_name(text: str, start: int, end: int, name: str, honorific: Opt, role: Opt) -> Optional[str]:
    """The check (a row of ``NOUN_CHECKS``) that a noun right before the name fires, else None."""
    if honorific is not None or role is not None:
        return None
    kind = _noun_before(text, start)
    if kind is None:
        return None
    if kind == "dynasty" and name not in _word_lists()["dynasties"]:
        return None
    return NOUN_CHECKS[kind]


def word_of_no_personal_name(text: str, start: int, end: int, name: str, honorific: Opt, role: Opt) -> bool:
    """"Lucky Casino", "Star War", "The Guardian", "sao Kbiz": a word no personal name holds; an English
    possessive ("Victoria’s Secret", "Harper's Bazaar", "Giant's Causeway": a brand, a work or a place)."""
    return _holds_no_name_word(name)


@lru_cache(maxsize=4096)
def _holds_no_name_word(name: str) -> bool:
    words = _word_lists()["name_words"]
    return any(w in words or w[-2:] in _POSSESSIVE for w in name.split())


_POSSESSIVE = ("'s", "’s")


def deity_or_legendary_title(text: str, start: int, end: int, name: str, honorific: Opt, role: Opt) -> bool:
    """"Bà Chúa Kho", "vía Thần Tài", "Bồ Tát hiển linh": a deity's word of address first, and no family
    name after it ("Chúa Nguyễn Hoàng" is a lord of the Nguyễn)."""
    return name[:2] in _deity_starts() and _deity_name(name)


@lru_cache(maxsize=1)
def _deity_starts() -> FrozenSet[str]:
    """The first two letters of the deity words (a quick look)."""
    return frozenset(" ".join(w)[:2] for w in _deity_words())


@lru_cache(maxsize=4096)
def _deity_name(name: str) -> bool:
    words = name.split()
    for title in _deity_words():
        n = len(title)
        if tuple(words[:n]) == title:
            return len(words) == n or words[n] not in _word_lists()["surnames"]
    return False


@lru_cache(maxsize=1)
def _deity_words() -> Tuple[Tuple[str, ...], ...]:
    """``data/person_context_deity_words.txt`` as word tuples, longest first."""
    return tuple(sorted((tuple(w.split()) for w in lexicon.words("person_context_deity_words")), key=len,
                        reverse=True))


@lru_cache(maxsize=1)
def _cues() -> Tuple[FrozenSet[str], int]:
    """The people rules' cue words (``data/person_cues.tsv``), casefolded, and the longest's words."""
    cues = frozenset(row["cue"].casefold() for row in lexicon.table("person_cues"))
    return cues, max(len(c.split()) for c in cues)


def _cue_before(text: str, start: int) -> bool:
    """Does a cue word of the people rules ("Ngoại trưởng", "ông") end right before ``start``?"""
    cues, longest = _cues()
    words = text[max(0, start - 40):start].casefold().split()
    return any(" ".join(words[-n:]) in cues for n in range(1, min(longest, len(words)) + 1))


def country_read_as_first_name(text: str, start: int, end: int, name: str, honorific: Opt, role: Opt) -> bool:
    """"(Tập đoàn hàng đầu) Chile Constructa": a country glued to the next name is a reading error,
    unless the rest is a known person's name or starts with a given name ("Brazil Neymar" is not
    vetoed), or a cue word stands before it ("Ngoại trưởng Chile Alonso Ferreira": the title's
    country). A country alone is no person either ("Hoàng hậu Bhutan"). Countries that are also given
    names ("Mỹ", "Anh", "Đức", "Jordan") are no evidence."""
    if honorific is not None or role is not None or not _country_head(name):
        return False
    return not _cue_before(text, start) or name in _word_lists()["countries"]


@lru_cache(maxsize=4096)
def _country_head(name: str) -> bool:
    """Does ``name`` start with a country that is no given name, and go on with no known name?"""
    lists = _word_lists()
    words = name.split()
    if name in lists["countries"]:  # "Hoàng hậu Bhutan": a country alone
        return not any(w in lists["given"] or w in lists["surnames"] for w in words)
    for k in range(1, len(words)):
        if " ".join(words[:k]) not in lists["countries"]:
            continue
        if any(w in lists["given"] or w in lists["surnames"] for w in words[:k]):
            return False
        return words[k] not in lists["given"] and " ".join(words[k:]) not in lists["mined"]
    return False


def common_word_glued_after_name(text: str, start: int, end: int, name: str, honorific: Opt, role: Opt) -> bool:
    """"bà Quý nhân họ Đỗ": "Quý nhân" (a royal concubine's rank) written capitalised, read as the
    name "Quý"; "tổ chức Anh em Hồi giáo": "Hồi giáo" (a religion), not "Hồi"."""
    if name.casefold() in _ranks():
        return True  # "bà Tài Nhân": the rank capitalised whole
    last = name[name.rfind(" ") + 1:].casefold()
    pattern = _compounds().get(last)
    return pattern is not None and pattern.match(text, end, min(len(text), end + 40)) is not None


def character_played_by_an_actor(text: str, start: int, end: int, name: str, honorific: Opt, role: Opt) -> bool:
    """"cô bé So Won (Lee Re đóng)", "Lan (do Minh Hằng thủ vai)": an actor and a verb of acting in brackets
    right after the name make it a character's, with its other mentions (also after a word of address)."""
    return text[end:end + 2].lstrip(" ")[:1] == "(" and _actor_in_brackets().match(text, end, end + 60) is not None


@lru_cache(maxsize=1)
def _actor_in_brackets() -> "regex.Pattern[str]":
    name = r"\p{Lu}[\p{L}\p{M}'’.\-]*(?: \p{Lu}[\p{L}\p{M}'’.\-]*){0,4}"
    verbs = lexicon.alternation(lexicon.words("person_context_actor_verbs"))
    return regex.compile(r" ?\((?:do )?" + name + r" (?:" + verbs + r")\)")


@lru_cache(maxsize=1)
def _film_words() -> "regex.Pattern[str]":
    return regex.compile(r"(?<![\p{L}\p{M}])(?:" + lexicon.alternation(lexicon.words("person_context_film_words"))
                         + r")(?![\p{L}\p{M}])(?! trò)", regex.IGNORECASE)  # (not "đóng vai trò", play a part)


def vessel_named_after_a_rank(text: str, start: int, end: int, name: str, honorific: Opt, role: Opt) -> bool:
    """"Tàu sân bay Đô đốc Kuznetsov", "tàu khu trục Đô đốc Grigorovich": a vessel noun before the rank
    before the name (a ship named after the person; its other mentions go with it)."""
    if not honorific or text[max(0, start - len(honorific) - 1):start].rstrip(" ") != honorific:
        return False
    return _noun_before(text, start - len(honorific) - 1) == "vessel"


def planet(text: str, start: int, end: int, name: str, honorific: Opt, role: Opt) -> bool:
    """"sao Hỏa", "Sao Kim", "hành tinh Thổ": a planet's name after "sao" or "hành tinh" (also inside the
    span, "Sao Hỏa" read as a byline), with its other mentions."""
    planets, words = _planets()
    first, _, rest = name.partition(" ")
    if first.casefold() in words and rest in planets:
        return True  # ("Sao Hỏa" read whole)
    if name not in planets:
        return False
    before = " " + text[max(0, start - 12):start].rstrip(" ").casefold()
    if any(before.endswith(" " + w) for w in words):
        return True
    # a list of three of them or more: "Kim, Mộc, Thủy, Hỏa, Thổ" (the five elements)
    near = text[max(0, start - 30):end + 30]
    return sum(1 for p in planets if (", " + p + ",") in near or (" " + p + ", ") in near or
               (", " + p + " ") in near or (", " + p + ".") in near) >= 3


def _word_before(text: str, start: int, reach: int) -> Optional[str]:
    """The word that ends in spaces right before ``start`` (looked for in ``reach`` characters), or None
    when the name is glued to what stands before it."""
    if text[start - 1:start] != " ":
        return None
    return text[max(0, start - reach):start].rstrip(" ").rsplit(" ", 1)[-1]


def season(text: str, start: int, end: int, name: str, honorific: Opt, role: Opt) -> bool:
    """"đầu Xuân", "mùa Đông", "du Xuân": a season after a word of time (with its other mentions)."""
    if name not in ("Xuân", "Hạ", "Thu", "Đông"):
        return False
    word = _word_before(text, start, 8)
    return word is not None and name in _seasons().get(word.casefold(), ())


def currency_after_an_amount(text: str, start: int, end: int, name: str, honorific: Opt, role: Opt) -> bool:
    """"1,6 tỷ Yên", "50 triệu Euro", "200 Bảng": a currency right after a number or a number word."""
    currencies, amounts = _currencies()
    word = _word_before(text, start, 16) if name in currencies else None
    if word is None:
        return False
    if word.casefold() in amounts:
        return True
    # a number ("80.000", "1,6"), not a date ("15/3") nor a year ("Năm 2016 Yên chuyển ...")
    return _AMOUNT.fullmatch(word) is not None and not _YEAR.fullmatch(word)


_AMOUNT = regex.compile(r"\d{1,3}(?:[.,]\d{3})*(?:[.,]\d+)?|\d+")
_YEAR = regex.compile(r"(?:19|20)\d\d")


def group_before_a_foreign_name(text: str, start: int, end: int, name: str, honorific: Opt, role: Opt) -> bool:
    """"nhóm Maute", "nhóm Ahrar al-Sham": a group noun right before a foreign name (Latin letters, no
    given or family name, no name of the mined list) is the group's name ("nhóm Hiệp", "nhóm Sang": a
    person's gang)."""
    word = _word_before(text, start, 8)
    if word is None or word.casefold() not in lexicon.word_set("person_context_group_nouns"):
        return False
    lists = _word_lists()
    return name.isascii() and name not in lists["mined"] and \
        not any(w in lists["given"] or w in lists["surnames"] for w in name.split(" "))


# what joins two clubs of a fixture ("Crystal Palace - Hull", "Real vs Celta") and of a list ("Alaves, Eibar và Bilbao")
_FIXTURE_JOINS = (" - ", " – ", " vs ", " vs. ")
_LIST_JOINS = (", ", " và ")


@lru_cache(maxsize=1)
def _clubs() -> Tuple[FrozenSet[str], int]:
    """The known clubs (``organizations.known_clubs``) and the most words one has."""
    names = organizations.known_clubs()
    return names, max(len(n.split()) for n in names)


def _club_ending(text: str, at: int) -> int:
    """Start of a known club whose name ends at ``at`` and is whole (no capitalised word glued before
    it), else -1."""
    clubs, longest = _clubs()
    words = text[max(0, at - 40):at].split(" ")
    for n in range(1, min(longest, len(words)) + 1):
        club = " ".join(words[-n:])
        if club in clubs and not (n < len(words) and words[-n - 1][:1].isupper() and words[-n - 1][-1:].isalnum()):
            return at - len(club)
    return -1


def _club_starting(text: str, at: int) -> int:
    """End of a known club whose name starts at ``at`` and is whole, else -1."""
    clubs, longest = _clubs()
    words = text[at:at + 40].split(" ")
    for n in range(min(longest, len(words)), 0, -1):
        club = " ".join(words[:n])
        bare = club.rstrip(",.;:!?)")
        if bare in clubs and (bare != club or n == len(words) or not words[n][:1].isupper()):
            return at + len(bare)
    return -1


def _short_of_mined(text: str, name: str, mined: FrozenSet[str]) -> bool:
    """Whether the text writes ``name`` elsewhere as the first word of a name of the mined list ("Pep" ...
    "Pep Guardiola")."""
    at = text.find(name + " ")
    while at >= 0:
        rest = text[at + len(name) + 1:at + len(name) + 30].split(" ", 1)[0].rstrip(",.;:!?)")
        if rest[:1].isupper() and name + " " + rest in mined:
            return True
        at = text.find(name + " ", at + 1)
    return False


def club_beside_a_club(text: str, start: int, end: int, name: str, honorific: Opt, role: Opt) -> bool:
    """"Crystal Palace - Hull", "Lyon vs Nancy", "Man City 2–1 Leicester": a name on the other side of a
    fixture or a result from a known club; "Alaves, Eibar và Bilbao": a name in a list after two known
    clubs or before them. One word, and no known given name ("Pep - Man City" is the coach when the text
    names "Pep Guardiola"), no name of the mined list, no Vietnamese family name and given names. (A
    comma or "và" after one club is no evidence: "HLV trưởng Barca, Luis Enrique tỏ ra ...", "Barca và
    Messi".)"""
    if " " in name or not _club_beside(text, start, end):
        return False
    lists = _word_lists()
    # ("Chủ tịch Barcelona – Sandro Rosell", "Ronaldo vs Sevilla", "Pep - Man City": a person)
    return not (name in lists["mined"] or name in lists["given"] or _family_name_first(text, start)
                or _short_of_mined(text, name, lists["mined"]))


def _club_beside(text: str, start: int, end: int) -> bool:
    """A known club on the other side of a fixture, a result or a list (``club_beside_a_club``)."""
    for join in _FIXTURE_JOINS:
        # a fixture is a heading or a bracketed time: "Crystal Palace - Hull:", "Liverpool - Middlesbrough (21h",
        # not "MU - Glazer đang ..."
        if text.endswith(join, 0, start) and _FIXTURE_AFTER.match(text, end) and \
                _club_ending(text, start - len(join)) >= 0:
            return True
        if text.startswith(join, end) and _FIXTURE_BEFORE.search(text, max(0, start - 3), start) and \
                _club_starting(text, end + len(join)) >= 0:
            return True
    # a result: "Man City 2–1 Leicester", "Leicester 1-2 Man City"
    score = _SCORE_BEFORE.search(text, max(0, start - 12), start)
    if score and _club_ending(text, score.start()) >= 0:
        return True
    score = _SCORE_AFTER.match(text, end)
    if score and _club_starting(text, score.end()) >= 0:
        return True
    # a list: "Alaves, Eibar và Bilbao", "Hull, Burnley, Swansea" (not "giữa Barca và MU, Ronaldinho ...":
    # no comma after "và")
    if text.endswith(", ", 0, start) or text.endswith(" và ", 0, start):
        at = _club_ending(text, start - (2 if text.endswith(", ", 0, start) else 4))
        if at >= 0 and text.endswith(", ", 0, at) and _club_ending(text, at - 2) >= 0:
            return True
    if text.startswith(", ", end):
        at = _club_starting(text, end + 2)
        if at >= 0 and any(text.startswith(j, at) and _club_starting(text, at + len(j)) >= 0 for j in _LIST_JOINS):
            return True
    return False


_SCORE_BEFORE = regex.compile(r" \d{1,2} ?[-–] ?\d{1,2} $")
_SCORE_AFTER = regex.compile(r" \d{1,2} ?[-–] ?\d{1,2} ")
_FIXTURE_AFTER = regex.compile(r"\s{0,2}(?::|\(|\d|$|\n)")
_FIXTURE_BEFORE = regex.compile(r"(?:^|[\n:.!?\]])\s{0,2}$")


def classifier_of_a_thing(text: str, start: int, end: int, name: str, honorific: Opt, role: Opt) -> bool:
    """"chiếc Camaro", "chiếc Lada Granta", "chiếc Reagan": the classifier of objects (cars, ships, planes,
    bags) right before the name; a person never takes it."""
    word = _word_before(text, start, 8)
    return word is not None and word.casefold() == "chiếc"


_YEAR_AFTER = regex.compile(r" (?:19|20)\d\d(?![\d/.,:\-])")


def year_after_the_name(text: str, start: int, end: int, name: str, honorific: Opt, role: Opt) -> bool:
    """"Yaris 2017", "Computex 2017", "Viettreal Expo 2017": a year written right after a name makes it a
    model, a show or an edition, not a person. Not a Vietnamese family name and given names, nor a name of
    the mined list ("Nguyễn Thị Thành 1994": a year of birth), nor a known given name and another word."""
    if not _YEAR_AFTER.match(text, end) or _family_name_first(text, start):
        return False
    lists = _word_lists()
    first = name.split(" ", 1)[0]
    return name not in lists["mined"] and first not in lists["surnames"] and \
        not (" " in name and first in lists["given"])  # ("Muhammad Ali - Antonio Inoki 1976": a bout)


_WEB_ADDRESS_AFTER = regex.compile(r" ?\((?:https?://|www\.)[\w-]+\.(?:com|net|vn|org|io|co)\b")


def web_address_after_the_name(text: str, start: int, end: int, name: str, honorific: Opt, role: Opt) -> bool:
    """"Luxstay (www.luxstay.net)": a web address in brackets right after a name found without a cue word
    makes it a company or a website, not a person (a source after "Theo X" is not one: "Theo Phạm Diện
    (Soha.vn/Trí Thức Trẻ)" names the writer)."""
    return _WEB_ADDRESS_AFTER.match(text, end) is not None


def monarchs_title(text: str, start: int, end: int, name: str, honorific: Opt, role: Opt) -> bool:
    """"cúi chào Nhật Hoàng", "Sa Hoàng": a monarch's title written like a name, alone."""
    return name in lexicon.word_set("person_context_monarch_titles")


@lru_cache(maxsize=1)
def _currencies() -> Tuple[FrozenSet[str], FrozenSet[str]]:
    """(the currencies, the words of an amount) of ``person_context_currencies.tsv``."""
    rows = lexicon.table("person_context_currencies")
    return (frozenset(r["word"] for r in rows if r["kind"] == "currency"),
            frozenset(r["word"].casefold() for r in rows if r["kind"] == "amount"))


@lru_cache(maxsize=1)
def _seasons() -> Dict[str, FrozenSet[str]]:
    """before word (casefolded) -> the seasons it takes, of ``person_context_seasons.tsv``."""
    return {r["before"].casefold(): frozenset(r["seasons"].split(",")) for r in lexicon.table("person_context_seasons")}


@lru_cache(maxsize=1)
def _planets() -> Tuple[FrozenSet[str], Tuple[str, ...]]:
    """(the planets, the words before them) of ``person_context_planets.tsv``."""
    rows = lexicon.table("person_context_planets")
    return (frozenset(r["word"] for r in rows if r["kind"] == "planet"),
            tuple(r["word"].casefold() for r in rows if r["kind"] == "before"))


def role_noun_before_the_word_of_address(text: str, start: int, end: int, name: str, honorific: Opt,
                                         role: Opt) -> bool:
    """"vào vai ông Thọ", "nhân vật ông Ngọc", "vai Ông Nội": a role or character noun before the word of
    address makes the name a character's (not "trên vai mẹ Lan": a shoulder, see ``_noun_before``)."""
    if honorific is None or role is not None:
        return False
    at = start - len(honorific) - 1
    if at < 4 or text[at:start - 1] != honorific or text[at - 4:at] not in _ROLE_ENDS:
        return False  # (a quick look: "vai " or "vật " right before the word of address)
    if text[at - 4:at] == "vai ":
        # "vai" alone: a role only after a role verb ("vào vai ông Ngọc"; "túm vai ông H": a shoulder)
        words = text[max(0, at - 20):at - 4].casefold().split()
        if not words or words[-1] not in _nouns().role_verbs:
            return False
    return _noun_before(text, at) in ("work", "role")


_ROLE_ENDS = frozenset({"vai ", "vật ", "iễn "})  # the ends of "vai", "nhân vật", "vai diễn"


def title_with_sequel_number(text: str, start: int, end: int, name: str, honorific: Opt, role: Opt) -> bool:
    """"“Tây Du Ký 2”": a title in quotes with its sequel number is a work."""
    if honorific is not None or role is not None or text[start - 1:start] not in _CLOSING:
        return False
    return _sequel_after(text, start, end, start - 1)


def name_cut_from_longer_name(text: str, start: int, end: int, name: str, honorific: Opt, role: Opt) -> bool:
    """"Bồ [Đào Nha]", "Tiếu Ngạo [Giang Hồ] 2": a capitalised word right before the name (one
    space, no cue) that makes a country with it, or a sequel number after it, means the name is
    the tail of a longer proper name."""
    if honorific is not None or role is not None or text[start - 1:start] != " " or \
            not text[start - 2:start - 1].isalpha():
        return False
    space = text.rfind(" ", max(0, start - 25), start - 1)
    if space < 0 and start > 25:
        return False
    at = space + 1
    word = text[at:start - 1]
    if word[:1] in _QUOTES or word[:1] == "(":
        at, word = at + 1, word[1:]
    if not (word[:1].isupper() and word[1:].isalpha() and word[1:].islower()):
        return False
    if word + " " + name in _word_lists()["countries"]:
        return True
    if word in _word_lists()["function_words"] or _SENTENCE_END.search(text, max(0, at - 3), at):
        return False  # "Khi Hoa Mai 18 tuổi": a sentence's first word, not a name's
    return _sequel_after(text, start, end, at - 1) or \
        _NUMBER_AFTER.match(text, end, min(len(text), end + 5)) is not None


def team_named_by_its_province(text: str, start: int, end: int, name: str, honorific: Opt, role: Opt) -> bool:
    """"Than Quảng Ninh", "Sông Lam Nghệ An", "Becamex Bình Dương": a name that ends in a province or a
    country and starts with no family name is a club or a company (a Vietnamese name starts with its
    family name; "Hoàng Anh Gia Lai" is left to the people rules)."""
    if honorific is not None or role is not None or name.count(" ") < 2:
        return False
    return _team_name(name)


@lru_cache(maxsize=4096)
def _team_name(name: str) -> bool:
    words = name.split()
    lists = _word_lists()
    if len(words) < 3 or words[0] in lists["surnames"]:
        return False
    places = _provinces()
    return any(" ".join(words[-k:]) in places for k in (2, 3) if k < len(words))


@lru_cache(maxsize=1)
def _provinces() -> FrozenSet[str]:
    """Province names (and their other forms) and country names."""
    return frozenset(gazetteer.province_names()) | frozenset(gazetteer.province_forms()) | gazetteer.country_set()


@lru_cache(maxsize=1)
def _place_before() -> Tuple[Dict[str, FrozenSet[str]], FrozenSet[str], FrozenSet[str]]:
    """``data/person_context_place_before.tsv``: phrase -> the words that make it no place word one or
    two words before it; the phrases' last words and last letters (quick looks)."""
    rows = lexicon.table("person_context_place_before")
    phrases = {r["phrase"]: frozenset(w for w in (r.get("not_before") or "").split(",") if w) for r in rows}
    return phrases, frozenset(p.rsplit(" ", 1)[-1] for p in phrases), frozenset(p[-1] for p in phrases)


def place_word_before_the_name(text: str, start: int, end: int, name: str, honorific: Opt, role: Opt) -> bool:
    """"tại Vân Đồn", "ở Palo Alto", "người dân Thạnh An", "vùng đất Kinh Bắc": a place preposition or
    noun right before the name (one space, same line) makes it a place, a street or a shop; not after
    "hiện" ("hiện tại Linh": currently) nor "thấy ... ở" (a quality seen in a person)."""
    phrases, lasts, ends = _place_before()
    if honorific is not None or role is not None or text[start - 1:start] != " " or \
            text[start - 2:start - 1].casefold() not in ends:
        return False  # (a quick look: the last letter of a place word one space before)
    line = text[max(0, start - 30):start - 1]
    line = line[line.rfind("\n") + 1:]
    last = line[line.rfind(" ") + 1:].casefold()
    if last not in lasts:
        return False  # (most mentions: no place word right before)
    words = line.casefold().split()
    for n in (2, 1):
        if len(words) >= n and " ".join(words[-n:]) in phrases:
            not_before = phrases[" ".join(words[-n:])]
            return not any(w in not_before for w in words[-n - 2:-n])
    return False


def reign_era_with_a_year(text: str, start: int, end: int, name: str, honorific: Opt, role: Opt) -> bool:
    """"năm Thiệu Phong thứ hai", "năm Minh Mạng thứ 10": an era name (of a reign) before the ordinal
    year, not the king."""
    if honorific is not None or role is not None:
        return False
    return text[max(0, start - 4):start].casefold() == "năm " and _ERA_YEAR.match(text, end, end + 20) is not None


def predicate_of_a_school_place_or_thing(text: str, start: int, end: int, name: str, honorific: Opt,
                                         role: Opt) -> bool:
    """"Lê Hồng Phong có điểm chuẩn 45", "Chu Văn An, Yên Hòa đều có điểm chuẩn", "Kampong
    Cham có 12 ca nhiễm", "Dual Space là ứng dụng miễn phí": schools are named after people, bare names
    in admission or case lists are the schools or places, and a name the text calls an app, a brand or
    a company is that thing."""
    if honorific is not None or role is not None:
        return False
    pattern, keys = _predicates()
    after = text[end:end + _AFTER]
    if not any(key in after for key in keys):
        return False  # (a quick look for the predicates' words first: plain substring tests)
    return pattern.match(text, end, min(len(text), end + _AFTER)) is not None


@lru_cache(maxsize=1)
def _school_subjects() -> Tuple[FrozenSet[str], Tuple[str, ...]]:
    """``data/person_context_school_subjects.tsv``: the subject words, and the words before a subject."""
    rows = lexicon.table("person_context_school_subjects")
    return (frozenset(r["word"] for r in rows if r["kind"] == "subject"),
            tuple(r["word"] + " " for r in rows if r["kind"] == "before"))


_SUBJECT_SEPARATORS = (", ", " - ", " – ", "-", "–", " , ")


def school_subject(text: str, start: int, end: int, name: str, honorific: Opt, role: Opt) -> bool:
    """"môn Sinh", "tổ hợp Văn – Sử - Địa", "khối A (Toán, Lý, Hóa)": a subject word after a word that
    names subjects, or beside another subject word in a list, is the school subject."""
    subjects, before = _school_subjects()
    if name not in subjects or honorific is not None or role is not None:
        return False
    head = text[max(0, start - 12):start].casefold()
    if any(head.endswith(b) for b in before):
        return True
    for sep in _SUBJECT_SEPARATORS:
        if text.startswith(sep, end):
            nxt = text[end + len(sep):end + len(sep) + 5].split(" ")[0].rstrip(",.;:)–-")
            if nxt in subjects:
                return True
        if text.endswith(sep, 0, start):
            prev = text[max(0, start - len(sep) - 5):start - len(sep)].split(" ")[-1].lstrip("(\"“")
            if prev in subjects:
                return True
    return False


@lru_cache(maxsize=1)
def _quote_links() -> Tuple[str, ...]:
    return tuple(w.casefold() for w in lexicon.words("person_context_quote_links"))


def name_in_quotation_marks(text: str, start: int, end: int, name: str, honorific: Opt, role: Opt) -> bool:
    """"bộ phim “Hidden Figures”", "từ “Trump”", "xe “Bradley”": a bare name written whole inside
    quotation marks is a work, a product, a character or a word; not after a word that introduces a
    person's name ("biệt danh “Yang Yang”", "ký tên “Elizabeth R”")."""
    if honorific is not None or role is not None or start == 0:
        return False
    close = _CLOSING.get(text[start - 1])
    if close is None or text[end:end + 1] != close:
        return False
    if " " in name and (_family_name_first(text, start) or name.split(" ", 1)[0] in _word_lists()["given"]
                        or name in _word_lists()["mined"]):
        return False  # ("“Hoàng Văn Nam” là tên thật", "một “Bill Gates” mới": a known person's name)
    if text[end + 1:end + 2] == " " and text[end + 2:end + 3].isupper():
        return False  # ("“Bao Thanh Thiên” Kim Siêu Quần": a nickname right before the person's name)
    before = text[max(0, start - 20):start - 1].rstrip().casefold()
    return not any(before.endswith(link) and (len(before) == len(link) or not before[-len(link) - 1].isalpha())
                   for link in _quote_links())


_OPENING = {"“": "”", '"': '"', "‘": "’"}
_WORK_NOUNS_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}\p{M}])(?:bài hát|ca khúc|nhạc phẩm|bộ phim|phim|tác phẩm|cuốn sách|cuốn|tiểu thuyết|truyện"
    r"|bài thơ|vở kịch|vở|album|MV|triển lãm|chương trình|tiêu đề|bài báo|công trình|đề tài|chủ đề)\s{1,2}$")
_IN_TITLE_STOPS = frozenset(".!?;:…")
# the opening quotation mark of the quotation a name stands in: no sentence mark, line break or other
# quotation mark between it and the name
_OPEN_BEFORE = regex.compile(r"[“\"‘][^.!?;:…\n”’“\"‘]*$")


def name_inside_a_quoted_title(text: str, start: int, end: int, name: str, honorific: Opt,
                               role: Opt) -> bool:
    """"bài hát “Biết ơn Võ Thị Sáu”", "“Chào em cô gái Lam Hồng” - Ánh Dương", "tiêu đề: “Về bài toán hit
    của Peterson”": a bare name inside a short quoted title (up to 10 words, no sentence punctuation, other
    words beside the name) after a work noun or as an item of a list of titles and authors, is part of the title. The
    verdict stays with the mention: the person a title names is a person elsewhere ("cuốn sách “Tôi và Lưu
    Đức Hoa”" ... "Lưu Đức Hoa sinh năm 1961")."""
    lo = max(0, start - 80)
    if text.find("“", lo, start) < 0 and text.find('"', lo, start) < 0 and text.find("‘", lo, start) < 0:
        return False
    m = _OPEN_BEFORE.search(text, lo, start)
    if m is None:
        return False
    open_at = m.start()
    close = _OPENING[text[open_at]]
    close_at = text.find(close, end, end + 80)
    if close_at < 0 or open_at == start - 1 and close_at == end:
        return False  # (a name quoted whole: "name in quotation marks")
    inside = text[open_at + 1:close_at]
    if "\n" in inside or any(c in _IN_TITLE_STOPS for c in inside) or len(inside.split()) > 10:
        return False
    if _WORK_NOUNS_BEFORE.search(text, max(0, open_at - 25), open_at):
        return True
    # an item of a list of titles and their authors ("“Bộ đội về làng” - Lê Yên; “Biết ơn Võ Thị Sáu” -
    # Nguyễn Đức Toàn"); one quotation and a dash is speech and its speaker ("“Tôi không biết X” - bà nói")
    return _TITLE_ITEM_BEFORE.search(text, max(0, open_at - 60), open_at) is not None and \
        regex.match(r"\s{1,2}[-–]\s{1,2}\p{Lu}", text[close_at + 1:close_at + 6]) is not None


_TITLE_ITEM_BEFORE = regex.compile(r"[”\"’]\s{0,2}[-–]\s{1,2}[^;\n\"“”]{1,40};\s{0,2}$")


@lru_cache(maxsize=1)
def _route_words() -> "regex.Pattern[str]":
    words = sorted(lexicon.words("person_context_route_words"), key=len, reverse=True)
    return regex.compile(r"(?i)(?<![\p{L}\p{M}])(?:" + "|".join(regex.escape(w) for w in words) + r")(?![\p{L}\p{M}])")


_CHAIN_BEFORE = regex.compile(r"\p{Lu}[\p{L}\p{M}.]*\)?\s?(?:-|–|,|đến)\s$|(?:đoạn từ|: )$")
_CHAIN_AFTER = regex.compile(r"(?:\s?[-–]|,|\s+đến)\s+\p{Lu}")


_LIST_SEP = regex.compile(r"\s[-–]\s|[,;]\s")


def _street_list(text: str, start: int, end: int) -> bool:
    """"22 điểm úng ngập: Lý Thường Kiệt - Phan Bội Châu, Giã Tượng - Trần Hưng Đạo; ... 149 Lê Duẩn, Hai Bà
    Trưng - Hàng Bài": the mention is an item of a line of eight or more short items joined by dashes, commas
    and semicolons, all capitalised or house numbers, at least two of them places or led by a place word:
    a list of streets and crossings, not of people (a line-up holds no place)."""
    lo = max(text.rfind("\n", max(0, start - 600), start), text.rfind(". ", max(0, start - 600), start),
             text.rfind(": ", max(0, start - 600), start)) + 1
    hi = min(i for i in (text.find("\n", end, end + 600), text.find(". ", end, end + 600), end + 600) if i >= 0)
    if not (_LIST_SEP.match(text, end) or _LIST_SEP.search(text, max(0, start - 3), start)):
        return False
    items = [it.strip() for it in _LIST_SEP.split(text[lo:hi])][1:-1]  # (the ends run into the sentence)
    if len(items) < 8:
        return False
    short = sum(1 for it in items if len(it.split()) <= 5 and (it[:1].isupper() or it[:1].isdigit()))
    if short < len(items) - 1:
        return False
    negative, places = _route_places()
    return sum(1 for it in items if it in places or it.split(" ", 1)[0].casefold() in negative) >= 2


def street_of_a_route(text: str, start: int, end: int, name: str, honorific: Opt, role: Opt) -> bool:
    """"lộ trình 1: Nguyễn Trung Trực - Lý Tự Trọng - Lê Lợi", "đoạn từ Lưu Văn Lang đến Lê Lợi": a
    bare name after a route word in the same sentence (120 characters, no full stop between) is a street."""
    if honorific is not None or role is not None:
        return False
    if not (_CHAIN_BEFORE.search(text, max(0, start - 30), start) or _CHAIN_AFTER.match(text, end, end + 10)):
        return False  # (a street of a route stands in a chain: "A - B", "từ A đến B", "A, B")
    window = text[max(0, start - 120):start]
    cut = max(window.rfind(". "), window.rfind("\n"), window.rfind("? "), window.rfind("! "))
    window = window[cut + 1:]
    return _route_words().search(window) is not None or _route_chain(text, start, end) or \
        _street_list(text, start, end) or _route_list(text, start)


_BRACKETS = regex.compile(r"\([^()]{0,60}\)")
_LIST_WORD = regex.compile(r"[\p{L}\p{M}]+")


def _route_list(text: str, start: int) -> bool:
    """"nhiều tuyến phố như: Cầu Giấy - Dịch Vọng, Trần Đăng Ninh, ..., Nguyễn Chính, Nguyễn Khuyến": a
    name further down a list that a route word opens (400 characters back, the same sentence): between the
    route word and the name only capitalised items, separators, brackets and the list's links ("như",
    "gồm", "và": ``route_list_links`` of ``person_rule_words.tsv``)."""
    window = text[max(0, start - 400):start]
    cut = max(window.rfind(". "), window.rfind("\n"), window.rfind("? "), window.rfind("! "))
    window = window[cut + 1:]
    ends = [m.end() for m in _route_words().finditer(window)]
    if not ends:
        return False
    between = _BRACKETS.sub(" ", window[ends[-1]:])
    links = _rule_words().get("route_list_links", frozenset())
    return all(w[0].isupper() or w in links for w in _LIST_WORD.findall(between))


_DASH = regex.compile(r"\s[-–]\s")


def _route_chain(text: str, start: int, end: int) -> bool:
    """A chain of five or more short capitalised items joined by dashes, one of them a place or a street
    ("... - Văn Miếu - Quốc Tử Giám - Tôn Đức Thắng - Chu Văn An - Đường Thanh Niên - ..."): a bus route, not
    a line-up of players (which holds no place)."""
    lo = max(text.rfind("\n", max(0, start - 400), start), text.rfind(". ", max(0, start - 400), start)) + 1
    hi = text.find("\n", end, end + 400)
    hi = min(len(text), end + 400) if hi < 0 else hi
    items = _DASH.split(text[lo:hi])[1:-1]  # (the first and last parts run into the sentence)
    if len(items) < 3 or not (_DASH.match(text, end) or _DASH.match(text, max(0, start - 3))):
        return False  # (the mention is an item of the chain: a dash right after or before it)
    if sum(1 for item in items if item[:1].isupper() and len(item.split()) <= 5) < len(items) - 1:
        return False
    negative, places = _route_places()
    return any(item in places or item.split(" ", 1)[0].casefold() in negative for item in items)


@lru_cache(maxsize=1)
def _route_places() -> Tuple[FrozenSet[str], FrozenSet[str]]:
    """The place and thing nouns of ``person_negative.txt`` (one word, no given or family name: not
    "Đình" of "Đình Trọng"), and the place names."""
    names = {w.casefold() for w in _word_lists()["given"] | _word_lists()["surnames"]}
    negative = frozenset(w.casefold() for w in lexicon.words("person_negative") if " " not in w) - names
    return negative, frozenset(gazetteer.place_names()) | frozenset(gazetteer.province_names())


_PROVINCE_IN_BRACKETS = regex.compile(
    r"\s?,\s?(?P<between>[\p{Lu}][\p{L}\p{M} .]{1,25}?,\s?)?"  # (a district: "(Phương Sơn, Lục Nam, Bắc Giang)")
    r"(?:(?:tỉnh|TP\.?|thành phố|Tp\.?)\s)?(?P<place>[\p{Lu}][\p{L}\p{M} .]{1,30}?)\s?\)")
_ITEM_AFTER_BRACKET = regex.compile(r"\(\s?(?:[\p{Lu}][\p{L}\p{M} .]{1,25}?,\s?)?$")


def place_before_its_district(text: str, start: int, end: int, name: str, honorific: Opt, role: Opt) -> bool:
    """"Trần Hưng Đạo (quận Hồng Bàng)", "Mẫu Trại (xã Đức Thắng)": a bare name followed by a district, a
    commune or a province in brackets is a street or a place of it (a person's home is written "(ngụ
    quận 3)", "(trú xã ...)")."""
    if honorific is not None or role is not None:
        return False
    i = end + 1 if text[end:end + 1] == " " else end
    if text[i:i + 1] != "(" or text[max(0, start - 2):start] not in (", ", "; ", "- ", "– "):
        return False  # (an item of a list or a chain: "Lý Thường Kiệt (quận 10); Nguyễn Văn Trỗi (quận Phú
        # Nhuận)"; not a reader signing "Võ Hoài Thu (TP.Long Xuyên)")
    unit = gazetteer.unit_at(text, i + 1)
    if unit is None or unit[1].get("type") not in ("district", "commune", "province", "city"):
        return False
    after = text[unit[0]:unit[0] + 2].lstrip(" ")
    return after[:1].isupper() or after[:1].isdigit()


def place_before_its_province(text: str, start: int, end: int, name: str, honorific: Opt, role: Opt) -> bool:
    """"xã Lạc Đạo (Văn Lâm, Hưng Yên)", "(Sóc Sơn, Hà Nội)", "(Phương Sơn, Thanh Lâm, Bắc Giang)": a name
    first or second in brackets, followed by a comma and a province (a district between) before the
    closing bracket, is a district or a commune of that province."""
    if honorific is not None or role is not None:
        return False
    if _ITEM_AFTER_BRACKET.search(text, max(0, start - 30), start) is None:
        return False  # (the first or the second item in the brackets)
    m = _PROVINCE_IN_BRACKETS.match(text, end, end + 70)
    if m is None or m.group("place").strip() not in _provinces():
        return False
    # (a reader's signature: "(Nguyễn Thùy Liên, Trấn Yên, Yên Bái)", a family name and two given names)
    return not (m.group("between") and name.count(" ") >= 2 and _family_name_first(text, start))


def product_of_its_maker(text: str, start: int, end: int, name: str, honorific: Opt, role: Opt) -> bool:
    """"Subaru Legacy", "Toyota Yaris", "Vivo V3 Max", "Kawasaki Ninja": a name that starts with a maker of
    cars, motorbikes or devices (or a brand of services), or that follows one (model words with digits or
    capitals between), is its product, as is a name ending with a maker people do not bear as a name
    ("Chiron Bugatti"); a maker alone is no person unless people bear its name ("Ford", "Honda"). Not a
    known given name or family name next to the maker ("CEO Apple Tim Cook", "Samsung Lee Jae-yong")."""
    makers, longest = _makers()
    lists = _word_lists()
    words = name.split(" ")
    if name in lists["mined"]:
        return False
    if makers.get(name) is False:
        return True  # "Subaru", "Logitech": the maker itself
    for k in range(min(longest, len(words) - 1), 0, -1):
        if " ".join(words[:k]) in makers:
            return _product_word(words[k], lists)
        if makers.get(" ".join(words[-k:])) is False:
            return _product_word(words[0], lists)  # the model first: "Chiron Bugatti" (not "Harrison Ford")
    if text[start - 1:start] != " ":
        return False
    before = text[max(0, start - 40):start - 1].split(" ")
    for back in range(1, 4):  # the maker, then up to two model words: "Vivo V3", "Mercedes-AMG E63 Wagon"
        if back > len(before):
            return False
        for k in range(1, longest + 1):
            if back + k - 1 <= len(before) and " ".join(before[len(before) - back - k + 1:len(before) - back + 1]) \
                    in makers:
                # (a model word between: "Vivo V3 Max", where "Max" is no given name)
                return back > 1 or _product_word(words[0], lists)
        if not _model_word(before[-back]):
            return False
    return False


def _product_word(word: str, lists: Dict[str, FrozenSet[str]]) -> bool:
    """Can ``word`` follow a maker as its product's name (no given name, no family name)?"""
    return word not in lists["given"] and word not in lists["surnames"] and word not in _east_asian()


def _model_word(word: str) -> bool:
    """A model word between a maker and the name: "V3", "E63", "AMG", "CX-5" (digits or capitals)."""
    return bool(word) and word.isascii() and word[0].isalnum() and (
        any(c.isdigit() for c in word) or (len(word) >= 2 and word.replace("-", "").isupper()))


@lru_cache(maxsize=1)
def _makers() -> Tuple[Dict[str, bool], int]:
    """(maker -> whether people bear the name, the words of the longest) of ``person_context_makers.tsv``."""
    rows = lexicon.table("person_context_makers")
    makers = {r["maker"]: r["also_name"] == "yes" for r in rows}
    return makers, max(len(m.split(" ")) for m in makers)


Check = Callable[[str, int, int, str, Opt, Opt], bool]

CHARACTER = "character played by an actor"
ACTOR_BESIDE = "character beside its actor"
# checks whose veto reaches the name's mentions after a word of address too ("cô bé So Won" is the
# character of "So Won (Lee Re đóng)")
ROLE_NOUN = NOUN_CHECKS["role"]
ECHO_PAST_CUES = frozenset({CHARACTER, ACTOR_BESIDE, ROLE_NOUN, "character known from its work"})

# (check name, check), in the order they are tried. The checks of a name alone run once per name of
# the text; the checks that look past a cue word run on every mention; the noun checks
# (``NOUN_CHECKS``) and the others only on mentions without a cue word or a role of their own (each
# also says no to those when called alone).
NAME_CHECKS: Tuple[Tuple[str, Check], ...] = (
    ("word of no personal name", word_of_no_personal_name),
    ("planet", planet),
    ("deity or legendary title", deity_or_legendary_title),
)
CUED_CHECKS: Tuple[Tuple[str, Check], ...] = (
    (CHARACTER, character_played_by_an_actor),
    ("vessel named after a rank", vessel_named_after_a_rank),
    ("common word glued after the name", common_word_glued_after_name),
    ("role noun before the word of address", role_noun_before_the_word_of_address),
)
BARE_CHECKS: Tuple[Tuple[str, Check], ...] = (
    ("country read as a name", country_read_as_first_name),
    ("title with a sequel number", title_with_sequel_number),
    ("name cut from a longer name", name_cut_from_longer_name),
    ("predicate of a school, place or thing", predicate_of_a_school_place_or_thing),
    ("reign era with a year", reign_era_with_a_year),
    ("place word before the name", place_word_before_the_name),
    ("team named by its province", team_named_by_its_province),
    ("school subject", school_subject),
    ("name in quotation marks", name_in_quotation_marks),
    ("street of a route", street_of_a_route),
    ("place before its province in brackets", place_before_its_province),
    ("place before its district in brackets", place_before_its_district),
    ("product of its maker", product_of_its_maker),
    ("season", season),
    ("currency after an amount", currency_after_an_amount),
    ("monarch's title", monarchs_title),
    ("group before a foreign name", group_before_a_foreign_name),
    ("club beside a club", club_beside_a_club),
    ("year after the name", year_after_the_name),
    ("web address after the name", web_address_after_the_name),
    ("classifier of a thing", classifier_of_a_thing),
    ("name inside a quoted title", name_inside_a_quoted_title),
)

CHECKS = NAME_CHECKS + CUED_CHECKS + BARE_CHECKS  # (with the rows of ``NOUN_CHECKS``: every check)


def check_mention(text: str, mention: Mention, by_name: Optional[Dict[str, Optional[str]]] = None) -> Optional[str]:
    """The name of the first check that vetoes this mention, else None. ``by_name``: the verdicts of
    the name checks so far (one text's)."""
    start, end, name, _canonical, honorific, role = mention[:6]
    if by_name is not None and name in by_name:
        why = by_name[name]
    else:
        why = next((check_name for check_name, check in NAME_CHECKS
                    if check(text, start, end, name, honorific, role)), None)
        if by_name is not None:
            by_name[name] = why
    if why is not None:
        return why
    for check_name, check in CUED_CHECKS:
        if check(text, start, end, name, honorific, role):
            return check_name
    if honorific is not None or role is not None:
        return None
    why = noun_before_the_name(text, start, end, name, honorific, role)
    if why is not None:
        return why
    for check_name, check in BARE_CHECKS:
        if check(text, start, end, name, honorific, role):
            return check_name
    return None


def character_beside_its_actor(text: str, people: Sequence[Mention], out: Dict[int, str],
                               film: _FilmText) -> Dict[int, str]:
    """"Nick Morton (Tom Cruise)", "tiến sĩ Jekyll (Russell Crowe)", "Ngọc (Mai Bích Trâm)": in a text about
    a film or a show (``person_context_film_words.txt``), a person's name alone in brackets right after
    another name is the actor of a character, and the name before it the character's (at all its
    mentions, also after a word of address). Not when the two are one person's names: one word in
    brackets ("Paul (Pogba)"), a word shared, or one written in Vietnamese syllables and the other not
    ("Lưu Đức Hoa (Andy Lau)"); and not when the name before is of the mined list and the one in
    brackets is not: the actor is written first there and the role in brackets ("Chí Tài (Bạch Bưởi)";
    one word before a full name is the role: "Jekyll (Russell Crowe)").
    VLSP 2018 annotates characters as PERSON; FORMAT §3 does not count them as people."""
    starts = {p[0]: i for i, p in enumerate(people)}
    mined = _word_lists()["mined"]
    for i, p in enumerate(people):
        if i in out:
            continue
        end = p[1]
        at = end + 1 if text[end:end + 1] == "(" else end + 2 if text[end:end + 2] == " (" else -1
        if at < 0:
            continue
        if text[at:at + 1] == " ":
            at += 1  # ("Oanh ( Miu Lê )")
        j = starts.get(at)
        if j is None or j in out or text[people[j][1]:people[j][1] + 2].lstrip(" ")[:1] != ")":
            continue
        name, actor = p[2], people[j][2]
        if " " not in actor or name_context.has_vn_marks(name) != name_context.has_vn_marks(actor) or \
                not set(name.split()).isdisjoint(actor.split()) or (
                    " " in name and name in mined and actor not in mined):
            continue
        if not film:
            return out
        out[i] = ACTOR_BESIDE
    return out


THING_ELSEWHERE = "name of a thing elsewhere in the text"


@lru_cache(maxsize=1)
def _things() -> Tuple[Dict[str, FrozenSet[str]], int, FrozenSet[str]]:
    """``data/person_context_nouns.tsv`` kind "thing": company, brand, school, product, show, league,
    team and media nouns (casefolded) -> the words that make them another word right before them
    ("thông báo", "thị trường"); the longest's words; their last words (a quick look)."""
    rows = [r for r in lexicon.table("person_context_nouns") if r["kind"] == "thing"]
    heads = {r["noun"].casefold(): frozenset(w for w in (r.get("not_after") or "").split(",") if w) for r in rows}
    return heads, max(len(h.split()) for h in heads), frozenset(h.rsplit(" ", 1)[-1] for h in heads)


def _thing_before(text: str, start: int) -> bool:
    """A thing noun of ours right before ``start`` ("đội tuyển X", "khẩu Thompson", "Đại Học X"; not
    "thông báo X": a word of ``not_after`` before it)."""
    near = text[max(0, start - 40):start]
    tail = near.rstrip(_STRIP)
    if tail == near and near:
        return False  # glued to the word before it
    heads, longest, lasts = _things()
    written = tail.split()[-(longest + 1):]
    words = [w.casefold() for w in written]
    in_run = len(words) > 1 and written[-1][:1].isupper() and written[-2][:1].isupper()
    if words and words[-1] in lasts and not in_run:  # ("Bùi Trường Giang" holds no "trường")
        for n in range(min(longest, len(words)), 0, -1):
            head = " ".join(words[-n:])
            if head in heads:
                return not (n < len(words) and words[-n - 1] in heads[head])
    return False


def _bounded(text: str, at: int, end: int) -> bool:
    """Is ``text[at:end]`` a whole word run (no letter or digit glued on either side)?"""
    return not (at > 0 and text[at - 1].isalnum()) and not (end < len(text) and text[end].isalnum())


def name_of_a_thing_elsewhere(text: str, people: Sequence[Mention], out: Dict[int, str]) -> Dict[int, str]:
    """A name never written with a cue word or a role, that stands after a company, brand, school,
    product, show, league, team or medium noun somewhere in the text ("thành viên đội Have Hope",
    "so với khẩu Thompson"), names that thing at all its mentions: the document-level echo (a
    name seen once is a name everywhere) must not spread a thing as a person. Looked for: the full
    name and the mentions' names of two words or more, or of Latin letters only ("Thompson"; a
    Vietnamese syllable after "trường" may be the next clause's subject). One ``str.find`` walk
    per bare name of the text."""
    groups: Dict[str, List[int]] = {}
    for i, p in enumerate(people):
        groups.setdefault(p[3] or p[2], []).append(i)
    lists = _word_lists()
    for full, members in groups.items():
        if any(people[i][4] is not None or people[i][5] is not None for i in members) or \
                all(i in out for i in members):
            continue  # (a group another check vetoed in part still goes whole: "tại Chadwick" ... "Chadwick Ecopark")
        for key in dict.fromkeys([full] + [people[i][2] for i in members]):
            if " " not in key and (not key.isascii() or key in lists["given"] or key in lists["surnames"]):
                continue  # "tại trường Diên không ...": one Vietnamese syllable may start the next clause
            at = text.find(key)
            hit = False
            while at >= 0:
                end = at + len(key)
                if _bounded(text, at, end) and _thing_before(text, at):
                    hit = True
                    break
                at = text.find(key, end)
            if hit:
                for i in members:
                    out.setdefault(i, THING_ELSEWHERE)
                break
    return out


_RE_CAPITALISED_NEXT = regex.compile(r" \p{Lu}")  # (a name written on: "vai Vương Hy Phượng" is not "Vương")
# a role noun and the spaces or quotes after it: where a character's name would start
_ROLE_AT = regex.compile(r"(vai|(?i:nhân vật))[" + _STRIP + r"]{1,7}(?=\p{Lu})")


def character_named_by_a_role(text: str, people: Sequence[Mention], out: Dict[int, str],
                               film: _FilmText) -> Dict[int, str]:
    """A name the text writes after a role noun ("vào vai Vân") is a character's at all its mentions,
    those after a word of address too ("bà Vân"), even when the rules took no mention after the role
    noun itself. Only the full name counts, whole and right after "vai": "vai Phước" is a role of the
    actor "Phạm Hồng Phước", "vai Vương Hy Phượng" is no "Vương". In a text about a film or a show
    (``person_context_film_words.txt``), "nhân vật" ("character") is such a noun too; elsewhere it also
    names real people ("nhân vật quyền lực số 2 ở Nhà Trắng"). The role nouns are found first (a few
    per text at most); the names are then tested at those places only."""
    roles = {m.end(): m.group(1) for m in _ROLE_AT.finditer(text)}
    if not roles:
        return out
    groups: Dict[str, List[int]] = {}
    for i, p in enumerate(people):
        groups.setdefault(p[3] or p[2], []).append(i)
    for full, members in groups.items():
        if all(i in out for i in members):
            continue
        for at, noun in roles.items():
            end = at + len(full)
            if not text.startswith(full, at) or not _bounded(text, at, end) or _RE_CAPITALISED_NEXT.match(text, end):
                continue
            if noun == "vai":
                if _noun_before(text, at) != "role":
                    continue
            elif "nhân vật" not in text or not film:
                continue
            for i in members:
                if people[i][2] == full or (people[i][4] is None and people[i][5] is None):
                    out.setdefault(i, ROLE_NOUN)  # (not "đạo diễn Vương", linked to "Vương Hy Phượng")
            break
    return out


KNOWN_CHARACTER = "character known from its work"


@lru_cache(maxsize=1)
def _known_characters() -> FrozenSet[str]:
    """``person_characters.tsv``: names the news corpus writes as roles of films, series and novels."""
    return frozenset(row["name"] for row in lexicon.table("person_characters"))


def character_known_from_its_work(people: Sequence[Mention], out: Dict[int, str], film: _FilmText) -> Dict[int, str]:
    """In a text about a film or a show, a name other articles write as a role ("vào vai Peter Parker",
    ``person_characters.tsv``) is a character at all its mentions ("Peter Parker và dì May trở lại"), those
    after a word of address too."""
    known = _known_characters()
    hits = [i for i, p in enumerate(people) if i not in out and (p[2] in known or p[3] in known)]
    if hits and film:
        for i in hits:
            out[i] = KNOWN_CHARACTER
    return out


COMPANY_AFTER_TITLE = "company after a business title"


@lru_cache(maxsize=1)
def _business_titles() -> Tuple[str, ...]:
    """``data/person_context_business_titles.txt``, casefolded."""
    return tuple(w.casefold() for w in lexicon.words("person_context_business_titles"))


def business_title(cue: str) -> bool:
    """Is ``cue`` the title of a company's head ("CEO", "Giám đốc điều hành"; ``person_context_business_titles``)?"""
    cue = cue.casefold()
    return any(cue.endswith(t) for t in _business_titles())


def _after_business_title(text: str, start: int) -> bool:
    """Does a business title ("Tổng giám đốc", "CEO") end one space before ``start`` (or before "của"
    and a space: "CEO của Under Amour")?"""
    if text[start - 1:start] != " ":
        return False
    before = text[max(0, start - 34):start - 1].casefold()
    if before.endswith(" của"):
        before = before[:-4]
    if before.endswith(")"):
        before = before[:-1]  # "Giám đốc điều hành (CEO) của Robinhood"
    return any(before.endswith(t) and (len(before) == len(t) or not before[-len(t) - 1].isalnum())
               for t in _business_titles())


@lru_cache(maxsize=1)
def _east_asian() -> FrozenSet[str]:
    return gazetteer.surnames("east_asian")


@lru_cache(maxsize=1)
def _census_given() -> FrozenSet[str]:
    """Given names of the 1990 U.S. census (``name_context.census``)."""
    return frozenset(name for name, kind in name_context.census().items() if kind == "given")


def company_after_a_business_title(text: str, people: Sequence[Mention], out: Dict[int, str]) -> Dict[int, str]:
    """"Tổng giám đốc Habeco", "CEO Bkav", "CEO Under Amour": one or two words of Latin letters that are
    no known name (given names, family names, mined names), right after the title of a company's head or
    member, and that no longer name of the text ends with ("CEO Renjen" after "Punit Renjen"), is the
    company. Its other bare mentions go with it (``vetoes``)."""
    lists = _word_lists()
    for i, p in enumerate(people):
        name = p[2]
        if i in out or p[4] is not None or p[5] is not None or (p[3] or name) != name or \
                len(name) < 3 or not name.isascii() or name in lists["mined"]:
            continue
        words = name.split(" ")
        if len(words) > 2 or not all(w.isalpha() for w in words) or words[0] in lists["given"] or \
                any(w in lists["surnames"] for w in words) or \
                (len(words) == 2 and (words[0] in _census_given() or words[0] in _east_asian()
                                      or not words[1][:1].isupper())) or \
                not _after_business_title(text, p[0]):
            continue  # (two words: "CEO Under Amour"; not "CEO Tim Cook", a known given name first)
        tail = " " + name
        if not any(q[2].endswith(tail) or (q[3] or "").endswith(tail) for q in people):
            out[i] = COMPANY_AFTER_TITLE
    return out


WORK_OF_AN_ACTOR = "a work after its actor and 'trong' in a text about a film"


def work_after_its_actor(text: str, people: Sequence[Mention], out: Dict[int, str],
                         film: _FilmText) -> Dict[int, str]:
    """"Phùng Bảo Ngọc trong Dương Quý Phi", "Phạm Băng Băng trong Võ Mỵ Nương truyền kỳ": in a text about a
    film or a show (``person_context_film_words.txt``), a name found without a cue word right after a
    person's name and "trong" ("in") is the title of a work that person played in, not a second person.
    Its other bare mentions go with it (``vetoes``)."""
    between = {" " + words + " " for words in _rule_words()["in_a_work"]}
    for i in range(1, len(people)):
        p, q = people[i], people[i - 1]
        if i in out or p[4] is not None or p[5] is not None or text[q[1]:p[0]] not in between:
            continue
        if not film:
            return out
        out[i] = WORK_OF_AN_ACTOR
    return out


ORG_OF_A_TITLE = "the organisation of a title that describes the person before it"


@lru_cache(maxsize=1)
def _company_heads() -> FrozenSet[str]:
    """Heads of titles whose capitalised name after them may be a company ("Chủ tịch", "Giám đốc": the
    ``company`` column of ``titles.tsv``) and the business titles, casefolded."""
    heads = {r["head"].casefold() for r in lexicon.table("titles") if r.get("company") == "1"}
    return frozenset(heads | set(_business_titles()))


def _appositive_title(gap: str) -> bool:
    """Is ``gap`` (the text between a person's name and the next name) a title in apposition to that
    person: a dash, a comma, a bracket or "là", modifiers ("nguyên", "Phó"), then a company head ("ông
    Đoàn Phương - Chủ tịch Vinastas", "bầu Long (Chủ tịch Hòa Phát)")?"""
    rest = gap.strip()
    if rest[:1] in "-–,(":
        rest = rest[1:].strip()
    elif rest.startswith("là "):
        rest = rest[3:].strip()
    else:
        return False
    rest = rest.casefold()
    changed = True
    while changed:
        changed = False
        for mod in _rule_words()["title_leads"]:
            if rest.startswith(mod + " "):
                rest, changed = rest[len(mod) + 1:], True
    return rest in _company_heads()


def organisation_of_a_persons_title(text: str, people: Sequence[Mention], out: Dict[int, str]) -> Dict[int, str]:
    """"ông Đoàn Phương - Chủ tịch Vinastas", "bầu Long (Chủ tịch Hòa Phát)": a title right after a
    person's name (a dash, a comma, a bracket or "là" between) describes that person, and the name right
    after the title is the organisation that person heads, not a second person; unless it is a full name
    (a family name first: "Giám đốc Nguyễn Văn An" may be another person) or of the mined list. Its other
    bare mentions go with it (``vetoes``)."""
    lists = _word_lists()
    for i in range(1, len(people)):
        p, q = people[i], people[i - 1]
        if i in out or p[4] is not None or p[5] is not None or not 2 < p[0] - q[1] <= 48 or \
                (q[4] or "").casefold() not in _rule_words()["address_words"]:
            continue  # (after a title or a degree, a list of people: "tiến sĩ Mai Xuân Lan, CEO Thúy Phan")
        words = p[2].split(" ")
        if words[0] in lists["common_surnames"] or p[2] in lists["mined"] or \
                (" " not in p[2] and words[0] in lists["given"] and not p[2].isascii()):
            continue
        if _appositive_title(text[q[1]:p[0]]):
            out[i] = ORG_OF_A_TITLE
    return out


def vetoes(text: str, people: Sequence[Mention]) -> Dict[int, str]:
    """Index of each vetoed mention in ``people`` -> the check that vetoed it (for the mentions that
    only echo a vetoed one: "<check> (elsewhere)")."""
    out: Dict[int, str] = {}
    by_name: Dict[str, Optional[str]] = {}
    for i, p in enumerate(people):
        why = check_mention(text, p, by_name)
        if why is not None:
            out[i] = why
    name_of_a_thing_elsewhere(text, people, out)
    company_after_a_business_title(text, people, out)
    organisation_of_a_persons_title(text, people, out)
    film = _FilmText(text)
    work_after_its_actor(text, people, out, film)
    character_beside_its_actor(text, people, out, film)
    character_named_by_a_role(text, people, out, film)
    character_known_from_its_work(people, out, film)
    if not out:
        return out
    # the echoes: the other mentions of a vetoed name, or whose canonical name is the vetoed one (not
    # the vetoed mention's own canonical name: "nhà Lý" goes, "Lý Thường Kiệt" stays)
    keys: Dict[str, str] = {}
    for i, why in out.items():
        if why not in NO_ECHO:
            keys.setdefault(people[i][2], why)
    groups: Dict[str, List[int]] = {}
    for i, p in enumerate(people):
        if i in out:
            continue
        for key in (p[2], p[3]):
            if key in keys:
                groups.setdefault(key, []).append(i)
                break
    for key, members in groups.items():
        if keys[key] not in ECHO_PAST_CUES and any(people[i][4] is not None or people[i][5] is not None
                                                   for i in members):
            continue  # "chị Hạnh", "bị cáo Hùng": the name is a person's too, and its mentions stay
        for i in members:
            out[i] = keys[key] + " (elsewhere)"
    return out


def keep_people(text: str, people: List[Mention]) -> List[Mention]:
    """``people`` without the mentions a context check vetoes (see ``vetoes``)."""
    if not people:
        return people
    vetoed = vetoes(text, people)
    if not vetoed:
        return people
    return [p for i, p in enumerate(people) if i not in vetoed]
