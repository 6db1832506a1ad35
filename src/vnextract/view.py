"""HTML view of an extraction: the text with every mention marked by kind, values on hover.

Built on spaCy's displaCy span renderer (``style="span"``), which draws overlapping spans as
stacked underlines. Every piece of the input is HTML-escaped: no markup from the text reaches the
page. ``render(text_or_extraction)`` returns the HTML; in Jupyter an ``Extraction`` shows itself.
"""
import html
import json
from typing import Dict, List, Optional, Union

from .records import KINDS, Extraction

COLORS = {
    "dates": "#7aecec",
    "legal_refs": "#feca74",
    "people": "#aa9cfc",
    "titles": "#bfe1d9",
    "awards": "#ff9561",
    "organizations": "#9cc9ff",
    "locations": "#ffeb80",
}
LABELS = {"dates": "date", "legal_refs": "legal", "people": "person", "titles": "title", "awards": "award",
          "organizations": "org", "locations": "place"}
_SKIP = {"text", "start", "end"}


def _hover(kind: str, mention) -> str:
    """The normalised values of a mention, one "field: value" per line."""
    lines = []
    for key, value in mention.to_dict().items():
        if key in _SKIP or value in (None, [], "", False) or (key == "calendar" and value == "gregorian"):
            continue
        if key == "recipients":
            value = ", ".join(f"{r['count']} {r['unit']}" for r in value)
        elif isinstance(value, (list, dict)):
            value = json.dumps(value, ensure_ascii=False)
        lines.append(f"{key}: {value}")
    return "\n".join(lines)


def _paragraphs(text: str, result: Extraction) -> List[Dict]:
    """displaCy's manual input, one entry per paragraph (displaCy joins tokens with spaces)."""
    mentions = result.mentions()
    out = []
    pos = 0
    for block in text.split("\n"):
        start, end = pos, pos + len(block)
        pos = end + 1
        if not block.strip():
            continue
        inside = [(k, m) for k, m in mentions if m.start >= start and m.end <= end and m.end > m.start]
        cuts = {m.start - start for _, m in inside} | {m.end - start for _, m in inside}
        tokens: List[str] = []
        bounds: List[int] = []  # start offset of each token within the block
        i = 0
        n = len(block)
        while i < n:
            if block[i].isspace():
                i += 1
                continue
            j = i + 1
            while j < n and not block[j].isspace() and j not in cuts:
                j += 1
            tokens.append(block[i:j])
            bounds.append(i)
            i = j
        index = {b: t for t, b in enumerate(bounds)}
        spans = []
        for kind, m in inside:
            first = index.get(m.start - start)
            last = next((t for t, b in enumerate(bounds) if b >= m.end - start), len(tokens))
            if first is None or last <= first:
                continue
            label = (f'<span class="vnx-label" data-kind="{kind}" title="{html.escape(_hover(kind, m), quote=True)}">'
                     f'{html.escape(LABELS[kind])}</span>')
            spans.append({"start_token": first, "end_token": last, "label": label})
        out.append({"text": block, "tokens": tokens, "spans": spans})
    return out


def _legend() -> str:
    items = "".join(
        f'<span class="vnx-legend-item" style="background:{COLORS[k]};padding:2px 6px;margin-right:6px;'
        f'border-radius:3px;font-size:0.8em">{html.escape(LABELS[k])}</span>' for k in KINDS)
    return f'<div class="vnx-legend" style="margin-bottom:8px">{items}</div>'


def render(text_or_extraction: Union[str, Extraction], extraction: Optional[Extraction] = None,
           jupyter: Optional[bool] = None) -> str:
    """HTML of a text with its mentions marked (extracting first when given a str).

    ``render(text)``, ``render(text, extraction)`` or ``render(extraction)`` (an Extraction made
    by vnextract remembers its text). With ``jupyter=True`` it also displays in the notebook.
    """
    from spacy import displacy

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
    parsed = _paragraphs(text, extraction)
    colors = {}
    for paragraph in parsed:
        for span in paragraph["spans"]:
            kind = span["label"].split('data-kind="', 1)[1].split('"', 1)[0]
            colors[span["label"]] = COLORS[kind]
    body = displacy.render(parsed, style="span", manual=True, page=False, jupyter=False,
                           options={"colors": colors}) if parsed else ""
    markup = f'<div class="vnextract">{_legend()}{body}</div>'
    if jupyter:
        from IPython.display import HTML, display  # only inside a notebook
        display(HTML(markup))
    return markup
