"""Is this text a story told by its characters' given names? Then its characters are no people.

News names the people it reports on: a family name, a title, an organisation, a cue word ("ông
Nguyễn Văn Dũng, Giám đốc ...", "Dũng khai nhận ..." after the full name). Short stories and serial
fiction, which news sites publish beside the news ("Đêm định mệnh ... (Phần 3)", "Cái kết bất ngờ
của cô vợ ..."), name their characters by one given name only, without a family name, a title or
an organisation anywhere in the text ("Dũng ngồi thừ ... Tuyết nói giọng hờn dỗi"). FORMAT §3:
fictional characters are not people.

``told_by_given_names`` recognises that shape from what the people rules found and how:
- at least ``MIN_MENTIONS`` mentions besides the byline, every one of them a bare given name (found
  with no cue: inside a sentence, by the context model, as an echo, as a pair of given names) or a
  given name after a word of address ("bà Hạnh"), the bare ones at least ``MIN_BARE_SHARE``;
- every name one or two Vietnamese syllables, the most frequent one a single syllable named at least
  ``MIN_TOP`` times (a two-syllable name used throughout is a real person's or a stage name);
- no title and no organisation in the text, and at most ``MAX_PLACES`` places.

A single mention found another way (a cue word, a family name, the mined list of real people, a
quotation's speaker) says the text is about real people, and the check answers no. On the news
corpus, 80 of 37,808 articles have this shape: 79 are stories, one is a singer's profile whose
name the rules cut to one syllable.
"""
from collections import Counter
from functools import lru_cache
from typing import Callable, Sequence, Tuple

import regex

from . import lexicon

MIN_MENTIONS = 6
MIN_BARE_SHARE = 0.75
MIN_TOP = 5
MAX_PLACES = 3
PART_TITLES = 1  # titles allowed in a headed part of a serial ("Tranh chồng người (Phần 1)")

#: how the people rules found a mention, as this check reads it
BARE, ADDRESSED, BYLINE, OTHER = "bare", "addressed", "byline", "other"


def told_by_given_names(mentions: Sequence[Tuple[str, str]], vn_syllable: Callable[[str], bool],
                        titles: int, organizations: int, places: int, part: bool = False) -> bool:
    """``mentions``: (name, how it was found: BARE, ADDRESSED, BYLINE or OTHER) of every person
    mention of the text; ``vn_syllable``: whether a word is a Vietnamese syllable; the number of
    titles, organisations and places found in the text; ``part``: the headline ends with a part number
    ("(Phần 2)"; ``serial_part``): a serial's characters may hold one office ("Phó bí thư"), and a
    character may be named in full once the text calls them by the given name alone ("Lâm Hùng" ...
    "Hùng")."""
    if titles > (PART_TITLES if part else 0) or organizations or places > MAX_PLACES:
        return False
    core = [(name, how) for name, how in mentions if how != BYLINE]
    if len(core) < MIN_MENTIONS:
        return False
    bare = 0
    bare_names = {name for name, how in core if how == BARE} if part else set()
    for name, how in core:
        words = name.split()
        if how == OTHER and not (part and 2 <= len(words) <= 3 and words[-1] in bare_names):
            return False  # (in a serial's part, a character's full name whose given name the text uses alone)
        bare += how == BARE
        if len(words) > (3 if part else 2) or not all(w[:1].isupper() and vn_syllable(w) for w in words):
            return False
    if bare < MIN_BARE_SHARE * len(core):
        return False
    top, count = Counter(name for name, _ in core).most_common(1)[0]
    return count >= MIN_TOP and " " not in top


_PART = regex.compile(r"\((?:(?i:phần|kỳ|tập)\s|P\.?\s?)\d{1,3}\)\s*$")  # ("(Phần 2)", "(kỳ 3)", "(P1)")


def serial_part(text: str) -> bool:
    """Does the first line end with a part number ("Tranh chồng người (Phần 1)")?"""
    return _PART.search(text[:text.find("\n")] if "\n" in text[:300] else text[:300]) is not None


@lru_cache(maxsize=1)
def _labels() -> "regex.Pattern[str]":
    return regex.compile(r"\s*(?:" + lexicon.alternation(lexicon.words("story_labels")) + r")\s*[:\-–]",
                         regex.IGNORECASE)


def labelled_fiction(text: str) -> bool:
    """Does the headline open with a genre label of fiction ("Truyện dài kỳ: Mùi hương đàn ông (Phần 25)",
    ``story_labels.txt``)? Then the names its rules found without a cue word are characters, whatever
    their shape ("Trần Minh" too); a known name or a name after a title stays (a real person the
    story quotes)."""
    return _labels().match(text, 0, 200) is not None
