"""Facts a clause states about a mention, read the same way for titles, legal references and awards.

A mention (a post, a cited document, an award name) often gets its facts from the clause around
it rather than from the words right next to it:

- the *agent* of a passive or of a "do" phrase: "Thông tư 12 được Bộ trưởng Bộ Y tế ký ban hành",
  "Quyết định 123 do Phó Thủ tướng ký", "Bằng khen do UBND tỉnh trao tặng", "... do tạp chí X
  bình chọn" (``agent_re``: the body or person between "được"/"do" and the clause's verb);
- the *date* the clause's verb happened on: "... ký ban hành ngày 5-6-2020", "Quốc hội thông qua
  Nghị quyết 30 vào ngày 12/11" (``date_after``: "(vào) ngày D/M[/Y]", "ngày D tháng M năm Y");
- the *end of an organisation* named in the clause, from the organisations' reader where it reads
  further than a component's own grammar (``organization_end``).

Every reader here is anchored at a position and bounded (no unbounded run before a required
token), so a caller pays a constant amount per mention.
"""
from typing import Optional, Tuple

import regex

from . import lexicon
from .text import compile_at

# a day and month, maybe a year: "5-6-2020", "12/11", "ngày 5 tháng 6 năm 2020"
DATE_BODY = (r"(?:(?P<d1>\d{1,2})\s*+[/.\-]\s*+(?P<m1>\d{1,2})(?:\s*+[/.\-]\s*+(?P<y1>\d{4}))?(?![\d/])"
             r"|(?P<d2>\d{1,2})\s++tháng\s++(?P<m2>\d{1,2})(?:\s*+(?:,\s*+)?năm\s++(?P<y2>\d{4}))?)")
_DATE_AFTER = regex.compile(r"\s*+,?\s*+(?:vào\s++)?(?:(?:hôm|sáng|chiều|tối)\s++)?ngày\s++" + DATE_BODY)


def iso_date(day: Optional[str], month: Optional[str], year: Optional[str]) -> Optional[str]:
    """"5", "6", "2020" -> "2020-06-05"; no year -> "XXXX-06-05"; an impossible date -> None."""
    try:
        d = int(day) if day else None
        m = int(month or "")  # (no month: a ValueError, None returned)
    except (TypeError, ValueError):
        return None
    if not 1 <= m <= 12 or (d is not None and not 1 <= d <= 31):
        return None
    y = year if year else "XXXX"
    return f"{y}-{m:02d}" if d is None else f"{y}-{m:02d}-{d:02d}"


def date_of(match) -> Optional[str]:
    """The ISO value of a match of a pattern built on ``DATE_BODY``."""
    g = match.groupdict()
    if g.get("d1"):
        return iso_date(g["d1"], g["m1"], g.get("y1"))
    if g.get("d2"):
        return iso_date(g["d2"], g["m2"], g.get("y2"))
    return None


def date_after(text: str, pos: int, limit: int) -> Optional[Tuple[str, int]]:
    """(ISO value, end) of "(,) (vào) ngày D/M[/Y]" right at ``pos``, read no further than ``limit``."""
    m = _DATE_AFTER.match(text, pos, limit)
    if not m:
        return None
    value = date_of(m)
    return (value, m.end()) if value else None


def agent_re(agent_pattern: str, verbs) -> "regex.Pattern":
    """A pattern for "(,) (đã|vừa) được|do <agent> (đã|vừa) <verb>" at a position; group "agent" is
    the agent, group "verb" the verb. ``agent_pattern``: how the caller reads a body or person
    (legal: an issuer, awards: an issuer noun phrase); ``verbs``: the clause verbs it accepts."""
    return regex.compile(
        r"\s*+,?\s*+(?:(?:đã|vừa|mới|cũng)\s++)?(?:được|do)\s++(?P<agent>" + agent_pattern + r")"
        r"\s++(?:(?:đã|vừa|mới|chính thức)\s++)?(?P<verb>" + lexicon.alternation(list(verbs)) + r")(?![\p{L}\p{N}])")


def organization_end(text: str, start: int, end: int) -> int:
    """The end of the organisation written from ``start`` whose own reading ends at ``end``:
    the organisations' reader's end where it reads a longer name that a clause verb, a person or
    a foreign name does not interrupt (see ``titles.prefer_extent``), else ``end``."""
    from .titles import prefer_extent

    if end <= start:  # no reading of the caller's own: the organisations' reader alone
        from .organizations import org_extent

        return org_extent(text, start) or start
    return prefer_extent(text, start, end)


def parent_body_end(text: str, start: int, end: int, limit: int) -> int:
    """The end of the parent body written after a unit ("Cơ quan Cảnh sát điều tra | - Công an
    huyện X"), read no further than ``limit``, else ``end`` (see ``titles.parent_body_end``)."""
    from .titles import parent_body_end as titles_parent

    return titles_parent(text, start, end, limit)


# --- readers of a mention's giver and owner (first used by awards) ------------------------------

_OF_BODY = compile_at(r"\s++của\s++")


def agent_at(pattern: "regex.Pattern", text: str, pos: int, limit: int) -> Optional[Tuple[int, int, str, int]]:
    """(agent start, agent end, verb, end) of a pattern made by ``agent_re`` read right at ``pos``
    and no further than ``limit``: "Bằng khen | do UBND tỉnh trao tặng", "Thông tư 12 | được Bộ
    trưởng Bộ Y tế ký ban hành"."""
    m = pattern.match(text, pos, limit)
    if not m:
        return None
    return m.start("agent"), m.end("agent"), m.group("verb"), m.end()


def body_after_of(text: str, pos: int, limit: int) -> Optional[Tuple[int, int]]:
    """(start, end) of the organisation X of "của X" right at ``pos``, as the organisations' reader
    reads it ("danh hiệu Cầu thủ xuất sắc nhất | của UEFA", "giải thưởng | của Hiệp hội Phê bình phim
    Mỹ"); None without "của", or when X is no organisation (a person: "của em Lan")."""
    m = _OF_BODY.match(text, pos, limit)
    if not m:
        return None
    end = min(organization_end(text, m.end(), m.end()), limit)
    return (m.end(), end) if end > m.end() else None
