"""Long text fields are Markdown: render them safely for each output format.

The parser is markdown-it-py with the CommonMark preset and ``html=False``: raw HTML in a
field is shown as text, never passed through, and unsafe link schemes (``javascript:``)
are dropped by markdown-it's link validation. Headings inside a field are demoted below the
document's own headings, so a field can never break the document's hierarchy.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from markdown_it import MarkdownIt

#: Field headings start at this HTML level (the document uses h1-h3 itself).
FIELD_HEADING_LEVEL = 4


@cache
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})


def markdown_to_html(text: str, heading_level: int = FIELD_HEADING_LEVEL) -> str:
    """Markdown -> an HTML fragment; raw HTML in ``text`` comes out escaped; the field's top
    heading level becomes ``h<heading_level>`` (the level below the surrounding document
    heading), the others keep their distance to it."""
    if not text.strip():
        return ""
    md = _parser()
    tokens = md.parse(text)
    headings = []
    for token in tokens:
        if token.type in ("heading_open", "heading_close"):
            headings.append(token)
        for child in token.children or []:
            if child.type == "image":
                # an <img> is fetched as soon as the document is opened: a web beacon or a probe
                # of the reader's network; show it as text, as the Word export does
                child.type, child.tag, child.nesting = "text", "", 0
                child.content = f"[image: {child.content or child.attrGet('src') or ''}]"
                child.children = None
    if headings:
        top = min(int(token.tag[1]) for token in headings)
        for token in headings:
            token.tag = f"h{min(6, int(token.tag[1]) - top + heading_level)}"
    rendered: str = md.renderer.render(tokens, md.options, {})
    return rendered


# ---------------------------------------------------------------- Markdown output

_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_HEADING = re.compile(r"^(\s{0,3})(#{1,6})(\s|$)")


def markdown_passthrough(text: str, heading_level: int = FIELD_HEADING_LEVEL) -> str:
    """A field's Markdown for a Markdown document: headings demoted, raw HTML neutralised.

    ``<`` outside code becomes ``\\<`` (a CommonMark escape that shows ``<``), so a field
    cannot inject HTML into a viewer that renders the Markdown.
    """
    out: list[str] = []
    headings: list[tuple[int, re.Match[str]]] = []  # (index in out, match) of each heading line
    fence: str | None = None
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        match = _FENCE.match(line)
        if fence is not None:
            out.append(line)
            if match and match.group(1)[0] == fence[0] and len(match.group(1)) >= len(fence):
                fence = None
            continue
        if match:
            fence = match.group(1)
            out.append(line)
            continue
        line = _escape_angle_outside_code(line)
        heading = _HEADING.match(line)
        if heading:
            headings.append((len(out), heading))
        out.append(line)
    # the field's top heading level goes to heading_level, the others keep their distance to it
    top = min((len(heading.group(2)) for _, heading in headings), default=1)
    for index, heading in headings:
        level = min(6, len(heading.group(2)) - top + heading_level)
        out[index] = heading.group(1) + "#" * level + out[index][heading.end(2) :]
    return "\n".join(out).strip("\n")


def _escape_angle_outside_code(line: str) -> str:
    parts = line.split("`")
    # even-indexed parts are outside code spans; "![" would make a viewer fetch an image
    return "`".join(
        part.replace("<", "\\<").replace("![", "!\\[") if i % 2 == 0 else part for i, part in enumerate(parts)
    )


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&])")


def escape_markdown(text: str) -> str:
    """Plain text for a Markdown document: every character Markdown could act on is escaped."""
    escaped = _MD_SPECIAL.sub(r"\\\1", str(text))
    # block markers only count at the start of a line and before a space ("- x", "1. x", "# x"),
    # or as a whole line of dashes or equals signs (a rule or a heading underline)
    escaped = re.sub(r"^(\s*)([-+#])(?=\s|$)", r"\1\\\2", escaped, flags=re.MULTILINE)
    escaped = re.sub(r"^(\s*)([-=])(?=[-=\s]*$)", r"\1\\\2", escaped, flags=re.MULTILINE)
    escaped = re.sub(r"^(\s*\d+)([.)])(?=\s|$)", r"\1\\\2", escaped, flags=re.MULTILINE)
    return escaped.replace("\r\n", " ").replace("\n", " ").replace("\r", " ")


# ---------------------------------------------------------------- blocks for Word


@dataclass
class Run:
    """A stretch of text with one formatting."""

    text: str
    bold: bool = False
    italic: bool = False
    code: bool = False


@dataclass
class TextBlock:
    """A paragraph-level piece of a field: ``kind`` is paragraph, heading, bullet, number, quote or code."""

    kind: str
    runs: list[Run] = field(default_factory=list)
    level: int = 0  # heading level, or list depth (0 = top)


def markdown_blocks(text: str) -> list[TextBlock]:
    """Markdown -> paragraphs with runs (for Word, which has no HTML)."""
    if not text.strip():
        return []
    blocks: list[TextBlock] = []
    lists: list[str] = []  # stack of "bullet"/"number"
    quote = 0
    heading: int | None = None
    for token in _parser().parse(text):
        kind = token.type
        if kind == "bullet_list_open":
            lists.append("bullet")
        elif kind == "ordered_list_open":
            lists.append("number")
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif kind == "blockquote_open":
            quote += 1
        elif kind == "blockquote_close":
            quote -= 1
        elif kind == "heading_open":
            heading = int(token.tag[1])
        elif kind == "heading_close":
            heading = None
        elif kind in ("fence", "code_block"):
            blocks.append(TextBlock("code", [Run(token.content.rstrip("\n"), code=True)]))
        elif kind == "hr":
            blocks.append(TextBlock("paragraph", [Run("\u2014")]))
        elif kind == "inline":
            runs = _inline_runs(token.children or [])
            if heading is not None:
                blocks.append(TextBlock("heading", runs, heading))
            elif lists:
                blocks.append(TextBlock(lists[-1], runs, len(lists) - 1))
            elif quote:
                blocks.append(TextBlock("quote", runs))
            else:
                blocks.append(TextBlock("paragraph", runs))
    return blocks


def _inline_runs(children: Sequence[object]) -> list[Run]:
    runs: list[Run] = []
    bold = italic = 0
    href: list[str] = []
    for child in children:
        kind = getattr(child, "type", "")
        content = getattr(child, "content", "")
        if kind == "strong_open":
            bold += 1
        elif kind == "strong_close":
            bold -= 1
        elif kind == "em_open":
            italic += 1
        elif kind == "em_close":
            italic -= 1
        elif kind == "link_open":
            attrs = getattr(child, "attrs", {}) or {}
            href.append(str(attrs.get("href", "")))
        elif kind == "link_close":
            target = href.pop() if href else ""
            if target and not target.startswith("#"):
                runs.append(Run(f" ({target})", bold > 0, italic > 0))
        elif kind == "code_inline":
            runs.append(Run(content, bold > 0, italic > 0, code=True))
        elif kind in ("softbreak", "hardbreak"):
            runs.append(Run(" " if kind == "softbreak" else "\n", bold > 0, italic > 0))
        elif kind == "image":
            runs.append(Run(content or "[image]", bold > 0, italic > 0))
        elif content:
            runs.append(Run(content, bold > 0, italic > 0))
    return runs


def plain_text(text: str) -> str:
    """Markdown -> plain text (for CSV cells and one-line summaries)."""
    lines = []
    for block in markdown_blocks(text):
        prefix = "- " if block.kind == "bullet" else ("* " if block.kind == "number" else "")
        lines.append(prefix + "".join(run.text for run in block.runs))
    return "\n".join(lines)
