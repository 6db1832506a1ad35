"""A learned check for a one-word name with no cue word: is this capitalised word a person here?

The people rules take a lone capitalised word only with evidence they can name: a cue right before it
("anh Thành", "tiền đạo Casemiro"), a longer name of the article ending in it, a mined list. A story that
names its people by one word and no cue ("Thành đánh bài với ...", "Nadal kết hợp cùng Berdych") is
left to this component: a logistic model over the words around the candidate and what the word is
(a given name, a foreign-looking word, its ending), with the word's other occurrences in the article
pooled (a name repeats; one clear context names them all).

The weights (``data/people/name_context.tsv``) were trained by ``tools/train_name_context.py`` on the
project's news corpus with silver labels from the rules themselves: one-word people the rules found
(their cue word removed, so the model learns the sentence, not the cue) against lone capitalised
words the rules and the organisation and place recognisers left alone. No public NER data set was
read; see ``data/README.md``. The model is consulted only where the rules are silent, so it adds
records and never changes one the rules made.
"""
import math
import unicodedata
from functools import lru_cache
from typing import Dict, FrozenSet, List, Sequence, Tuple

from . import lexicon

VN_MARKED = frozenset("àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
                       "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ")


def has_vn_marks(token: str) -> bool:
    """Letters of the Vietnamese alphabet beyond ASCII ("Högberg", "Leïla" have none)."""
    return not VN_MARKED.isdisjoint(token)  # (``any(c in VN_MARKED for c in token)``, in C)


START = "<s>"  # no word before: the text or a sentence starts
_STOPS = frozenset(".!?…\n")
_SPACES = frozenset(" \t\u00a0")


def _is_letter(c: str) -> bool:
    return c.isalpha() or unicodedata.combining(c) > 0


def word_before(text: str, pos: int) -> Tuple[str, int]:
    """The token ending before ``pos`` (spaces skipped): a lower-cased word, ``"P:" + char`` for a
    punctuation mark, ``START`` at a sentence end or the start of the text; and where it starts."""
    i = pos
    while i > 0 and text[i - 1] in _SPACES:
        i -= 1
    if i == 0:
        return START, 0
    c = text[i - 1]
    if _is_letter(c):
        j = i - 1
        while j > 0 and _is_letter(text[j - 1]) and i - j < 30:
            j -= 1
        return text[j:i].lower(), j
    if c in _STOPS:
        return START, i - 1
    return "P:" + c, i - 1


def word_after(text: str, pos: int) -> Tuple[str, int]:
    """The token starting after ``pos`` (spaces skipped), as ``word_before`` says it; and where it ends.
    The end of a sentence or of the text is ``"</s>"``."""
    n = len(text)
    i = pos
    while i < n and text[i] in _SPACES:
        i += 1
    if i >= n:
        return "</s>", n
    c = text[i]
    if _is_letter(c):
        j = i + 1
        while j < n and _is_letter(text[j]) and j - i < 30:
            j += 1
        return text[i:j].lower(), j
    if c in _STOPS:
        return "</s>", i + 1
    return ("P:0" if c.isdigit() else "P:" + c), i + 1


def _count_bucket(count: int) -> str:
    return "1" if count <= 1 else "2" if count == 2 else "3-5" if count <= 5 else "6+"


def _around(text: str, left: int, end: int) -> Tuple[str, str, str, str]:
    """The word before ``left``, the one before it, the word after ``end``, the one after it ("-": none
    past a punctuation mark)."""
    l1, p1 = word_before(text, left)
    if l1 == START or l1.startswith("P:"):
        l2 = START if l1 == START else "-"
    else:
        l2 = word_before(text, p1)[0]
    r1, q1 = word_after(text, end)
    r2 = word_after(text, q1)[0] if r1 != "</s>" and not r1.startswith("P:") else "-"
    return l1, l2, r1, r2


def features(text: str, start: int, end: int, word: str, kinds: Sequence[str], count: int,
             left: int = -1) -> List[str]:
    """The features of the capitalised word ``text[start:end]`` (== ``word``): what it is
    (``kinds``: "vn" a Vietnamese syllable, "given" a given name ...), the words around it, and
    how often the article writes it (``count``). ``left``: where the words before it are read
    (default ``start``; training moves it before a cue word)."""
    l1, l2, r1, r2 = _around(text, start if left < 0 else left, end)
    vn = "vn" in kinds
    f = ["bias", "L1=" + l1, "L2=" + l2 + " " + l1, "R1=" + r1, "R2=" + r1 + " " + r2,
         "LR=" + l1 + "|" + r1, "C=" + _count_bucket(count)]
    f.extend("K=" + k for k in kinds)
    if vn:
        f.append("W=" + word)
        f.append("WR=" + word + "|" + r1)
        if word.lower() + " " + r1 in compounds():
            # a word of the language written with a capital ("Linh hồn", "Bình chọn")
            f.append("CMP|SS" if l1 == START else "CMP")
    else:
        low = word.lower()
        f.append("S3=" + low[-3:])
        f.append("S2=" + low[-2:])
        f.append("N=" + ("long" if len(word) >= 7 else "mid" if len(word) >= 4 else "short"))
    if l1 == START:
        f.append("SS|R1=" + r1)
    return f


def pair_features(text: str, start: int, end: int, words: Sequence[str], kinds: Sequence[Sequence[str]],
                  count: int, left: int = -1) -> List[str]:
    """The features of two capitalised words ``text[start:end]`` (``words``, ``kinds`` of each, as
    ``features`` says them), prefixed "2:": the pair's weights are a model of their own."""
    l1, l2, r1, r2 = _around(text, start if left < 0 else left, end)
    f = ["bias", "L1=" + l1, "L2=" + l2 + " " + l1, "R1=" + r1, "R2=" + r1 + " " + r2,
         "LR=" + l1 + "|" + r1, "C=" + _count_bucket(count),
         "SH=" + kinds[0][0] + "-" + kinds[1][0]]
    for n, (word, k) in enumerate(zip(words, kinds, strict=True), start=1):
        f.extend(f"K{n}={x}" for x in k)
        if k[0] == "vn":
            f.append(f"W{n}={word}")
        else:
            f.append(f"S{n}={word.lower()[-3:]}")
    if kinds[0][0] == "vn" and kinds[1][0] == "vn":
        f.append("WW=" + words[0] + " " + words[1])
    if l1 == START:
        f.append("SS|R1=" + r1)
    return ["2:" + x for x in f]


class Model:
    """The weights and the thresholds read from ``name_context.tsv``."""

    def __init__(self, rows: Sequence[Dict[str, str]]) -> None:
        self.weights: Dict[str, float] = {}
        self.settings: Dict[str, float] = {}
        for row in rows:
            name, value = row["feature"], float(row["weight"])
            if name.startswith("@"):
                self.settings[name[1:]] = value
            else:
                self.weights[name] = value
        self.accept = self.settings.get("accept", 0.8)  # one occurrence this sure names the word
        self.keep = self.settings.get("keep", 0.5)  # ... and its other occurrences this sure are kept
        # a foreign-looking word: also a brand, a club, a place the lists do not know
        self.accept_latin = self.settings.get("accept_latin", self.accept)
        self.keep_latin = self.settings.get("keep_latin", self.keep)

        self.accept_pair = self.settings.get("accept_pair", 0.9)
        self.keep_pair = self.settings.get("keep_pair", 0.75)

    def thresholds(self, latin: bool, pair: bool = False) -> Tuple[float, float]:
        """(accept, keep) for a word of Vietnamese syllables, a foreign-looking word, or two words."""
        if pair:
            return self.accept_pair, self.keep_pair
        return (self.accept_latin, self.keep_latin) if latin else (self.accept, self.keep)

    def score(self, feats: Sequence[str]) -> float:
        """The log-odds that the word is a person here."""
        get = self.weights.get
        return sum(get(f, 0.0) for f in feats)

    @staticmethod
    def probability(score: float) -> float:
        if score < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-score))


@lru_cache(maxsize=1)
def compounds() -> FrozenSet[str]:
    """Lower-case pairs starting with a given name, written so in many corpus articles ("linh hồn")."""
    return lexicon.word_set("given_compounds")


@lru_cache(maxsize=1)
def census() -> Dict[str, str]:
    """Common given and family names of the 1990 U.S. census (``census_names.tsv``): name -> kind."""
    return {row["name"]: row["kind"] for row in lexicon.table("census_names")}


@lru_cache(maxsize=1)
def model() -> Model:
    return Model(lexicon.table("name_context"))
