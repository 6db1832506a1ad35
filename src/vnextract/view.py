"""HTML view of an extraction: the text as written, every mention underlined in its kind's colour,
its main value in a small visible label after it, and every field in a table below.

``render(text_or_extraction)`` returns the HTML; in Jupyter an ``Extraction`` shows itself.

- The text between and inside mentions is the caller's text, character for character (HTML-escaped,
  white space kept with ``white-space: pre-wrap``): nothing is re-tokenised or re-spaced.
- Each mention is underlined by a CSS line of its kind's colour; overlapping mentions get lines at
  different depths, so a date inside a legal reference shows both.
- After each mention a label (class ``vnx-label``, attribute ``data-kind`` = the kind) shows its
  main value (the ISO date, the symbol, the role ...); hovering it lists every field, and the
  collapsible table under the text lists every field of every mention.
- An extraction made with ``explain=True`` adds the rule that made each mention and its evidence
  to the label's hover text (and a ``data-rule`` attribute) and to the table.
- Legend and table name the kinds exactly as the JSON does (``dates``, ``legal_refs``, ``people`` ...).

Every piece of the input and of the values is HTML-escaped: no markup from the text reaches the
page. Only inline styles are used, so the view looks the same in a page, in JupyterLab and in
classic notebooks. No dependency beyond the standard library.
"""
import html
import json
from typing import Any, Dict, List, Optional, Tuple, Union

from . import kinds as _kinds
from .records import Explanation, Extraction, Mention

#: colour per kind, from the kinds' descriptions (``vnextract.kinds``; a registered kind is added)
COLORS: Dict[str, str] = {kind.name: kind.color for kind in _kinds.all_kinds()}
#: what a mention of each kind is, in words (the legend's tooltip)
LABELS: Dict[str, str] = {kind.name: kind.label for kind in _kinds.all_kinds()}
_DEFAULT_COLOR = "#868e96"
_SKIP = {"text", "start", "end"}
_LINE = 3  # px: thickness of one underline
_GAP = 2  # px between stacked underlines


def _describe(kind: str) -> Optional[_kinds.Kind]:
    try:
        return _kinds.get(kind)
    except ValueError:
        return None


def _color(kind: str) -> str:
    described = _describe(kind)
    return COLORS.get(kind) or (described.color if described else _DEFAULT_COLOR)


def _fields(mention: Mention) -> List[Tuple[str, str]]:
    """The non-empty values of a mention as (field, printable value)."""
    out = []
    items: Dict[str, Any] = mention.to_dict()
    for key, value in items.items():
        if key in _SKIP or value in (None, [], "", False) or (key == "calendar" and value == "gregorian"):
            continue
        if key == "recipients":
            value = ", ".join(f"{r['count']} {r['unit']}" for r in value)
        elif isinstance(value, dict):
            value = ", ".join(f"{k} {v}" for k, v in value.items() if v is not None)
        elif isinstance(value, list):
            value = "; ".join(v if isinstance(v, str) else json.dumps(v, ensure_ascii=False) for v in value)
        elif value is True:
            value = "yes"
        out.append((key, str(value)))
    return out


def _hover(mention: Mention, why: Optional[Explanation] = None) -> str:
    """Every field of a mention, one "field: value" per line; then, when the extraction was made
    with ``explain=True``, the rule that made it and its evidence."""
    lines = [f"{key}: {value}" for key, value in _fields(mention)]
    if why is not None:
        lines.append(f"rule: {why.rule}")
        lines.extend(f"  {key}: {value}" for key, value in why.evidence.items())
    return "\n".join(lines)


def _headline(kind: str, mention: Mention) -> str:
    described = _describe(kind)
    for key in described.headline if described else ():
        value = getattr(mention, key, None)
        if value not in (None, "", []):
            if kind == "people" and value == mention.text:
                return kind  # the label would only repeat the name
            return str(value)
    return kind


def _lanes(items: List[Tuple[str, Mention]]) -> List[int]:
    """A depth for each mention so that overlapping mentions get different underlines."""
    ends: List[int] = []  # end offset of the last mention on each lane
    lanes = []
    for _, m in items:
        for lane, end in enumerate(ends):
            if end <= m.start:
                ends[lane] = m.end
                lanes.append(lane)
                break
        else:
            ends.append(m.end)
            lanes.append(len(ends) - 1)
    return lanes


def _segment(piece: str, active: List[Tuple[str, int]]) -> str:
    """One stretch of text under the same mentions: underlined once per mention, by lane."""
    text = html.escape(piece, quote=True)
    if not active:
        return text
    layers = []
    deepest = 0
    for kind, lane in sorted(active, key=lambda item: item[1]):
        offset = lane * (_LINE + _GAP)
        deepest = max(deepest, offset + _LINE)
        color = _color(kind)
        layers.append(f"linear-gradient({color},{color}) left bottom {offset}px/100% {_LINE}px no-repeat")
    kinds = " ".join(sorted({kind for kind, _ in active}))
    return (f'<span class="vnx-mark" data-kinds="{kinds}" style="background:{",".join(layers)};'
            f'padding-bottom:{deepest}px">{text}</span>')


def _label(kind: str, mention: Mention, why: Optional[Explanation] = None) -> str:
    rule = f' data-rule="{html.escape(why.rule, quote=True)}"' if why is not None else ""
    return (f'<span class="vnx-label" data-kind="{kind}"{rule} title="{html.escape(_hover(mention, why), quote=True)}" '
            f'style="display:inline-block;font-size:0.7em;line-height:1.2;padding:0 4px;margin:0 3px 0 2px;'
            f'border-radius:3px;vertical-align:0.35em;white-space:nowrap;color:#fff;background:{_color(kind)}">'
            f'{html.escape(_headline(kind, mention), quote=True)}</span>')


def _body(text: str, items: List[Tuple[str, Mention]], explained: Optional[Extraction] = None) -> str:
    """The text with underlines and labels; text outside and inside mentions is copied verbatim."""
    items = [(k, m) for k, m in items if 0 <= m.start < m.end <= len(text)]
    lanes = _lanes(items)
    events: Dict[int, List[int]] = {}
    for i, (_, m) in enumerate(items):
        events.setdefault(m.start, []).append(i)
        events.setdefault(m.end, []).append(i)
    cuts = sorted(set(events) | {0, len(text)})
    active: Dict[int, None] = {}
    parts = []
    for a, b in zip(cuts, cuts[1:] + [None], strict=True):
        # mentions ending here get their label, then mentions starting here become active
        for i in events.get(a, ()):
            if items[i][1].end == a and i in active:
                del active[i]
        for i in events.get(a, ()):
            kind, m = items[i]
            if m.end == a:
                parts.append(_label(kind, m, explained.explain(m) if explained is not None else None))
        for i in events.get(a, ()):
            if items[i][1].start == a:
                active[i] = None
        if b is None:
            break
        parts.append(_segment(text[a:b], [(items[i][0], lanes[i]) for i in active]))
    return "".join(parts)


def _label_of(kind: str) -> str:
    described = _describe(kind)
    return LABELS.get(kind) or (described.label if described else kind)


def _legend(kinds: List[str]) -> str:
    items = "".join(
        f'<span class="vnx-legend-item" data-kind="{k}" style="display:inline-block;margin-right:12px;'
        f'padding-bottom:2px;border-bottom:{_LINE}px solid {_color(k)};font-size:0.8em" '
        f'title="{html.escape(_label_of(k), quote=True)}">{html.escape(k)}</span>'
        for k in kinds)
    return f'<div class="vnx-legend" style="margin-bottom:10px">{items}</div>'


def _table(items: List[Tuple[str, Mention]], explained: Optional[Extraction] = None) -> str:
    if not items:
        return ""
    cell = "padding:2px 8px;border-top:1px solid #ddd;vertical-align:top;text-align:left"
    rows = []
    for kind, m in items:
        pairs = _fields(m)
        if explained is not None:
            why = explained.explain(m)
            pairs = pairs + [("rule", why.rule)] + [(f"evidence.{k}", v) for k, v in why.evidence.items()]
        fields = "<br>".join(f"<b>{html.escape(k)}</b>: {html.escape(v, quote=True)}" for k, v in pairs)
        rows.append(f'<tr class="vnx-row" data-kind="{kind}">'
                    f'<td style="{cell};white-space:nowrap"><span style="border-bottom:{_LINE}px solid '
                    f'{_color(kind)}">{html.escape(kind)}</span></td>'
                    f'<td style="{cell}">{m.start}-{m.end}</td>'
                    f'<td style="{cell}">{html.escape(m.text, quote=True)}</td>'
                    f'<td style="{cell}">{fields}</td></tr>')
    head = "".join(f'<th style="{cell}">{name}</th>' for name in ("kind", "offsets", "text", "fields"))
    return (f'<details class="vnx-details" style="margin-top:10px"><summary style="cursor:pointer;font-size:0.9em">'
            f'every field of the {len(items)} mention{"s" if len(items) != 1 else ""}</summary>'
            f'<table class="vnx-table" style="border-collapse:collapse;font-size:0.85em;margin-top:6px">'
            f'<thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table></details>')


def render(text_or_extraction: Union[str, Extraction], extraction: Optional[Extraction] = None,
           jupyter: Optional[bool] = None) -> str:
    """HTML of a text with its mentions marked (extracting first when given a str).

    ``render(text)``, ``render(text, extraction)`` or ``render(extraction)`` (an Extraction made
    by vnextract remembers its text). With ``jupyter=True`` it also displays in the notebook.
    """
    if isinstance(text_or_extraction, Extraction):
        extraction = text_or_extraction
        text = extraction.source
        if text is None:
            raise ValueError("this Extraction does not carry its text: call render(text, extraction)")
    elif isinstance(text_or_extraction, str):
        text = text_or_extraction
        if extraction is None:
            from .pipeline import extract
            extraction = extract(text)
    else:
        raise TypeError(f"render() takes a str or an Extraction, not {type(text_or_extraction).__name__}")
    items: List[Tuple[str, Any]] = extraction.mentions()
    explained = extraction if "_explanations" in extraction.__dict__ else None
    kinds = list(_kinds.names())
    markup = (f'<div class="vnextract">{_legend(kinds)}'
              f'<div class="vnx-text" style="white-space:pre-wrap;line-height:2.3">'
              f'{_body(text, items, explained)}</div>'
              f'{_table(items, explained)}</div>')
    if jupyter:
        from IPython.display import HTML, display  # only inside a notebook
        display(HTML(markup))
    return markup
