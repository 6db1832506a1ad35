"""A learned last check of the people found: is this name, read with everything the article says of it,
a person?

The people rules and the context checks (``people_context.py``) each look at one thing: a cue word, a
list, a noun before the name. What they leave wrong is spread thin: a street named after a scholar, a
serial's character, a dog, a product, a company written like a name, a common word with a capital. No
single word gives these away, but together the evidence does: which rule found the name, whether any
mention of it in the article has a cue word, how often the article repeats it, what the name is made of
(family name, given names, English words, a place) and the words around it.

This component is a logistic model over those features, pooled per name of the article (every mention
of one canonical name is kept or dropped together, as a reader would). It vetoes a name only when it is
sure (the mean probability of no person over its mentions reaches ``@veto`` of the weights file), and
only a name the weak rules found with no cue word on any mention (``checkable``): a cue word, a mined
list, a byline or a list of names is evidence the check does not overrule. It only removes records.

The weights (``data/people/person_check.tsv``) were trained by ``tools/train_person_check.py`` on
person mentions of random articles of the project's news corpus judged by hand (person or not, by the
guide's rules; ``tools/data/person_judgements.tsv.gz`` keeps the verdicts as article id and offsets, not
the text). No public NER data set was read; see ``data/README.md``.
"""
import math
import unicodedata
from functools import lru_cache
from typing import Dict, List, Optional, Sequence, Tuple

from . import lexicon, name_context

# a mention: (start, end, name, canonical, honorific, role, rule, may the check veto it (a weak rule found it))
Mention = Tuple[int, int, str, Optional[str], Optional[str], Optional[str], str, bool]


def _bucket(n: int) -> str:
    return "1" if n <= 1 else "2" if n == 2 else "3-4" if n <= 4 else "5-9" if n <= 9 else "10+"


class _Words:
    """What each word of a name is, from the project's name lists (loaded once)."""

    def __init__(self) -> None:
        from . import people  # (people imports this module)
        data = people._data()
        self.surnames = data["surnames"]
        self.given = data["given"]
        self.foreign_given = data["foreign_given"]
        self.mononyms = data["mononyms"]
        self.mined_single = data["mined_single"]
        self.mined_full = data["mined_full"]
        self.places = data["place_tokens"]
        self.english = people._english_words()
        self.census = name_context.census()
        self.is_vn = people.is_vn_syllable
        self.priors = {r["name"]: (int(r["neg"]), int(r["cue"])) for r in lexicon.table("person_name_priors")}
        self.caps = {r["word"]: (int(r["capitalised"]), int(r["lower"])) for r in lexicon.table("capitalisation")}

    def prior(self, name: str) -> List[str]:
        """How the corpus writes the name: the share of its articles with a place or organisation word before
        it (of those with such a word or a person's cue), and how many have a person's cue."""
        c = self.priors.get(name)
        if c is None:
            return ["E:PRIOR=none"]
        neg, cue = c
        share = neg / (neg + cue)
        band = ("0" if share == 0 else "<.3" if share < 0.3 else "<.7" if share < 0.7 else "<.95" if share < 0.95
                else "1")
        return ["E:PRIOR=" + band, "E:PRIORCUE=" + _bucket(cue), "E:PRIOR=" + band + "|" + _bucket(neg + cue)]

    def case(self, word: str) -> str:
        """How the corpus writes the word inside a sentence: "rare" (capitalised fewer than 3 times), else
        the bucket of log2(lower-case / capitalised) ("Hùng" -1, "Phát" 4, "Phần" 6+)."""
        c = self.caps.get(word)
        if c is None:
            return "rare"
        r = math.log2((c[1] + 1) / (c[0] + 1))
        return "<-2" if r < -2 else str(max(-2, min(6, int(math.floor(r)))))

    def kinds(self, word: str) -> List[str]:
        out = []
        if self.is_vn(word):
            out.append("vn")
            if word in self.surnames:
                out.append("surname")
            if word in self.given:
                out.append("given")
        else:
            out.append("latin")
            if word in self.foreign_given:
                out.append("fgiven")
            c = self.census.get(word)
            if c:
                out.append("census_" + c)
            r = self.english.get(word, 0)
            if r:
                out.append("en" if r < 10 else "en10")
        if word in self.mononyms or word in self.mined_single:
            out.append("mined1")
        if any(ch.isdigit() for ch in word):
            out.append("digit")
        if "." in word or "-" in word:
            out.append("punct")
        return out


@lru_cache(maxsize=1)
def _words() -> _Words:
    return _Words()


def features(text: str, people: Sequence[Mention], doc: Tuple[int, int, int] = (0, 0, 0),
             things: Sequence[Sequence[str]] = ((), ()), only_checkable: bool = False) -> List[List[str]]:
    """The features of each mention of ``people`` (a text's person mentions in text order); ``doc``: how
    many titles, organisations and places the text has; ``things``: the texts of its organisations and
    of its places. ``only_checkable``: the mentions of names the check may not veto get no features."""
    w = _words()
    groups: Dict[str, List[int]] = {}
    for i, p in enumerate(people):
        groups.setdefault(p[3] or p[2], []).append(i)
    n_names = len(groups)
    doc_f = ["D:T=" + _bucket(doc[0]), "D:O=" + _bucket(doc[1]), "D:L=" + _bucket(doc[2]),
             "D:N=" + _bucket(n_names)]
    cued_names = sum(1 for m in groups.values() if any(people[i][4] or people[i][5] for i in m))
    doc_f.append("D:CUED=" + ("0" if not cued_names else "low" if cued_names * 3 < n_names else "high"))
    out: List[List[str]] = [[] for _ in people]
    for key, members in groups.items():
        if only_checkable and not checkable(people, members):
            continue
        rules = sorted({people[i][6] for i in members})
        cued = any(people[i][4] or people[i][5] for i in members)
        words = key.split()
        ent = ["E:C=" + _bucket(len(members)), "E:CUE=" + str(cued), "E:NW=" + _bucket(len(words))]
        ent.extend("E:R=" + r for r in rules)
        if tuple(words) in w.mined_full:
            ent.append("E:MINED")
        if tuple(words) in w.places:
            ent.append("E:PLACE")
        ent.extend(w.prior(key))
        for kind, spans in zip(("ORG", "LOC"), things, strict=True):
            if key in spans:
                ent.append("E:IS" + kind)
            elif any(key in t for t in spans):
                ent.append("E:IN" + kind)
        shape = []
        for n, word in enumerate(words[:4]):
            k = w.kinds(word)
            pos = "F" if n == 0 else "L" if n == len(words) - 1 else "M"
            shape.append(k[0])
            case = w.case(word)
            ent.append(f"E:CASE{pos}={case}")
            ent.append(f"E:CASE{pos}={case}|{k[0]}|{len(words)}")
            ent.extend(f"E:K{pos}={x}" for x in k)
        ent.append("E:SH=" + "-".join(shape))
        for i in members:
            p = people[i]
            l1, l2, r1, r2 = name_context._around(text, p[0], p[1])
            f = ["bias", "R=" + p[6], "L1=" + l1, "R1=" + r1, "H=" + (p[4] or "-").lower(),
                 "RO=" + str(p[5] is not None)]
            if l2 != "-":
                f.append("L2=" + l2 + " " + l1)
            if r2 != "-":
                f.append("R2=" + r1 + " " + r2)
            f.extend(_beside(text, p[0], p[1]))
            out[i] = f + ent + doc_f
    return out


def _beside(text: str, start: int, end: int) -> List[str]:
    """Whether the words right beside a mention are capitalised (a name inside a longer capitalised run)."""
    out = []
    i = start - 1
    while i >= 0 and text[i] == " ":
        i -= 1
    j = end
    while j < len(text) and text[j] == " ":
        j += 1
    if i >= 0 and text[i].isalpha():
        out.append("LC=" + ("cap" if _cap_word_before(text, i) else "low"))
    if j < len(text) and text[j].isalpha():
        out.append("RC=" + ("cap" if text[j].isupper() else "low"))
    return out


def _cap_word_before(text: str, i: int) -> bool:
    """Does the word ending at ``text[i]`` start with a capital?"""
    while i > 0 and (text[i - 1].isalpha() or unicodedata.combining(text[i - 1])):
        i -= 1
    return text[i].isupper()


@lru_cache(maxsize=1)
def model() -> name_context.Model:
    """The weights and settings of ``person_check.tsv`` (read as the context model's are; ``@veto``: the
    probability of no person a name's mentions must reach, pooled)."""
    return name_context.Model(lexicon.table("person_check"))


def _veto(m: name_context.Model) -> float:
    return m.settings.get("veto", 0.7)


def checkable(people: Sequence[Mention], members: Sequence[int]) -> bool:
    """May the check veto the name of these mentions? Not when a cue word names it a person on any of them
    (the context checks alone may say no), nor when any was found by a strong rule (a mined list ...)."""
    return not any(people[i][4] or people[i][5] or not people[i][7] for i in members)


Spans = Sequence[Tuple[int, int]]


def article(text: str, titles: int, org_spans: Spans,
            loc_spans: Spans) -> Tuple[Tuple[int, int, int], Tuple[List[str], List[str]]]:
    """What ``features`` reads of the article besides its people: (how many titles, organisations and
    places it has, the texts of its organisations and of its places)."""
    return ((titles, len(org_spans), len(loc_spans)),
            ([text[s:e] for s, e in org_spans], [text[s:e] for s, e in loc_spans]))


def vetoed(text: str, people: Sequence[Mention], titles: int = 0, org_spans: Spans = (),
           loc_spans: Spans = ()) -> List[int]:
    """Indexes of the mentions of ``people`` the model is sure are no person: every mention of a name
    goes when the mean of its mentions' probabilities passes the threshold. ``titles``: how many title
    records the text has; ``org_spans``, ``loc_spans``: where its organisations and places are."""
    m = model()
    if not people or not m.weights:
        return []
    groups: Dict[str, List[int]] = {}
    for i, p in enumerate(people):
        groups.setdefault(p[3] or p[2], []).append(i)
    if not any(checkable(people, members) for members in groups.values()):
        return []  # (most articles: nothing more to read)
    feats = features(text, people, *article(text, titles, org_spans, loc_spans), only_checkable=True)
    out: List[int] = []
    for members in groups.values():
        if not feats[members[0]]:
            continue  # (not checkable)
        prob = sum(m.probability(m.score(feats[i])) for i in members) / len(members)
        if prob >= _veto(m):
            out.extend(members)
    return sorted(out)
