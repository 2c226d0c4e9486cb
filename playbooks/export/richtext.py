"""Long text fields are Markdown: render them safely for each output format.

The parser is markdown-it-py with the CommonMark preset and ``html=False``: raw HTML in a
field is shown as text, never passed through. Only ``http``, ``https`` and ``mailto`` links
are links (:func:`is_safe_link`, markdown-it's link validation): ``javascript:``,
``search-ms:``, ``smb://``, ``file:``, ``ms-word:`` and every other scheme, or none, stay
text in every format. Headings inside a field are demoted below the document's own
headings, so a field can never break the document's hierarchy.

A Markdown document gets a field's Markdown re-written from the parsed field
(:func:`markdown_passthrough`), never copied: what comes out is only the syntax written
here, with every piece of the field's text escaped, so it stays inert in any CommonMark
viewer, also one that renders raw HTML.
"""

from __future__ import annotations

import builtins
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode

#: Field headings start at this HTML level (the document uses h1-h3 itself).
FIELD_HEADING_LEVEL = 4


#: The only link schemes any exported document makes live links of.
LINK_SCHEMES = frozenset({"http", "https", "mailto"})
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")


def is_safe_link(url: str) -> bool:
    """Whether ``url`` may be a live link in a document: an ``http``, ``https`` or ``mailto`` URL.

    Anything else (another scheme, a relative or protocol-relative address, a UNC path) opens
    another program, fetches from a share or runs something on the reader's machine."""
    match = _SCHEME.match(url)
    if match is None or match.group(1).lower() not in LINK_SCHEMES:
        return False
    if match.group(1).lower() == "mailto":
        return True
    # a web address names its host: "https:\\evil" or "https:%5Cevil" is read differently by each program
    return re.match(r"//[^/\\%\s]", url[match.end() :]) is not None


class _SafeLinks(MarkdownIt):
    """markdown-it whose link validation is :func:`is_safe_link`: a link (or autolink, or image)
    to anything else is not parsed as one, and its text stays as written."""

    def validateLink(self, url: str) -> bool:
        """Whether ``url`` may be a link (:func:`is_safe_link`)."""
        return is_safe_link(url)


@cache
def _parser() -> MarkdownIt:
    # CommonMark plus GFM tables: a decision table written as a table stays a table in every format
    return _SafeLinks("commonmark", {"html": False, "linkify": False, "typographer": False}).enable("table")


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


# ---------------------------------------------------------------- Markdown output (the safety boundary)


def markdown_passthrough(text: str, heading_level: int = FIELD_HEADING_LEVEL) -> str:
    """A field's Markdown for a Markdown document: inert in any viewer; the field's top heading
    level becomes ``heading_level``, the others keep their distance to it (as in HTML).

    The field is parsed (as for HTML) and written out again: text escaped
    (:func:`escape_markdown`), code as code spans and fences that its content cannot close,
    links only to :func:`is_safe_link` addresses, images as text. Nothing of the field is
    copied as it was, so raw HTML, an unclosed code span, a fence that is not one, an
    autolink or an entity cannot become markup in a viewer that renders HTML.
    """
    if not text.strip():
        return ""
    root = SyntaxTreeNode(_parser().parse(text))
    levels = [int(node.tag[1]) for node in root.walk() if node.type == "heading"]
    top = min(levels, default=1)
    return "\n".join(_MarkdownWriter(heading_level - top + 1).blocks(root.children)).strip("\n")


class _MarkdownWriter:
    """Writes a parsed field back as Markdown, using only syntax it writes itself."""

    def __init__(self, heading_level: int) -> None:
        self.heading_level = heading_level

    def blocks(self, nodes: Sequence[SyntaxTreeNode], tight: bool = False) -> list[str]:
        """The lines of a run of blocks, a blank line between them (none in a tight list item)."""
        lines: list[str] = []
        for node in nodes:
            if lines and not (tight and node.type != "fence" and node.type != "code_block"):
                lines.append("")
            lines.extend(self.block(node))
        return lines

    def block(self, node: SyntaxTreeNode) -> list[str]:
        """The lines of one block."""
        kind = node.type
        if kind == "paragraph":
            return self.inline(node.children).split("\n")
        if kind == "heading":
            level = min(6, int(node.tag[1]) + self.heading_level - 1)
            return [f"{'#' * level} {' '.join(self.inline(node.children).split())}".rstrip()]
        if kind in ("fence", "code_block"):
            return _fence(node.content, node.info if kind == "fence" else "")
        if kind == "hr":
            return ["***"]
        if kind == "blockquote":
            return [f"> {line}" if line else ">" for line in self.blocks(node.children)]
        if kind in ("bullet_list", "ordered_list"):
            return self.list(node)
        if kind == "table":
            return self.table(node)
        if kind == "inline":
            return self.inline(node.children).split("\n")
        # nothing else is parsed with raw HTML off; should it be, its text is all that shows
        return [escape_markdown(node.content)] if node.content else []

    def list(self, node: SyntaxTreeNode) -> list[str]:
        ordered = node.type == "ordered_list"
        start = int(str(node.attrs.get("start", 1))) if ordered else 1
        items = node.children
        tight = all(p.hidden for item in items for p in item.children if p.type == "paragraph")
        lines: list[str] = []
        for number, item in enumerate(items, start):
            marker = f"{number}." if ordered else "-"
            pad = " " * (len(marker) + 1)
            if lines and not tight:
                lines.append("")
            inner = self.blocks(item.children, tight) or [""]
            lines.append(f"{marker} {inner[0]}".rstrip())
            lines.extend(f"{pad}{line}" if line else "" for line in inner[1:])
        return lines

    def table(self, node: SyntaxTreeNode) -> builtins.list[str]:
        """A GFM table: a header row, the alignment row, the body rows (cells escaped, ``|`` too)."""
        rows: builtins.list[builtins.list[str]] = []
        aligns: builtins.list[str] = []
        for part in node.children:  # thead, tbody
            for row in part.children:
                cells = []
                for cell in row.children:
                    text = " ".join(self.inline(cell.children, in_table=True).split())
                    cells.append(text)
                    if part.type == "thead":
                        style = str(cell.attrs.get("style", ""))
                        aligns.append(
                            ":---:"
                            if "center" in style
                            else "---:"
                            if "right" in style
                            else ":---"
                            if "left" in style
                            else "---"
                        )
                rows.append(cells)
        if not rows:
            return []
        width = max(len(row) for row in rows)
        aligns += ["---"] * (width - len(aligns))
        lines = [f"| {' | '.join(row + [''] * (width - len(row)))} |" for row in rows]
        return [lines[0], f"| {' | '.join(aligns)} |", *lines[1:]]

    def inline(self, nodes: Sequence[SyntaxTreeNode], in_table: bool = False) -> str:
        """One paragraph's text, with its line breaks; every piece of text escaped.

        ``in_table``: the text of a GFM table cell, where a bare ``|`` ends the cell even inside
        a code span (GFM splits the row before it parses the cells): there it is written ``\\|``,
        which GFM turns back into ``|`` inside the span."""
        parts: list[str] = []
        for node in nodes:
            kind = node.type
            if kind == "softbreak":
                parts.append("\n")
            elif kind == "hardbreak":
                parts.append("\\\n")
            elif kind == "code_inline":
                parts.append(_code_span(node.content.replace("|", "\\|") if in_table else node.content))
            elif kind in ("em", "strong"):
                inner = self.inline(node.children, in_table)
                mark = "*" if kind == "em" else "**"
                parts.append(f"{mark}{inner}{mark}" if inner.strip() else inner)
            elif kind == "link":
                parts.append(self.link(node, in_table))
            elif kind == "image":
                alt = "".join(child.content for child in node.children) or str(node.attrs.get("src", ""))
                parts.append(escape_markdown(f"[image: {alt}]"))
            elif kind == "inline":
                parts.append(self.inline(node.children, in_table))
            else:  # text, and anything else markdown-it might make of text
                parts.append(escape_markdown(node.content))
        return "".join(parts)

    def link(self, node: SyntaxTreeNode, in_table: bool = False) -> str:
        label = self.inline(node.children, in_table)
        href = str(node.attrs.get("href", ""))
        if not is_safe_link(href):  # markdown-it validated it already; a second lock on the door
            return label + escape_markdown(f" ({href})")
        # the angle-bracket form takes any address; what could end it (or a table cell) is percent-encoded
        safe = "".join(ch if ch.isprintable() and ch not in "<> \\|" else f"%{ord(ch):02X}" for ch in href)
        return f"[{label}](<{safe}>)"


def _code_span(content: str) -> str:
    """``content`` as a code span: fenced by more backticks than any run inside it, padded when
    it starts or ends with a backtick or a space (CommonMark strips one space each side)."""
    longest = max((len(run) for run in re.findall(r"`+", content)), default=0)
    fence = "`" * (longest + 1)
    if content.startswith(("`", " ")) or content.endswith(("`", " ")):
        content = f" {content} "
    return f"{fence}{content}{fence}"


def _fence(content: str, info: str) -> list[str]:
    """A fenced code block that nothing inside it can close; the info string cut to one plain word."""
    longest = max((len(run) for run in re.findall(r"`+", content)), default=0)
    fence = "`" * max(3, longest + 1)
    word = re.match(r"[A-Za-z0-9_+.#-]*", info.strip().split(" ")[0] if info.strip() else "")
    return [f"{fence}{word.group(0) if word else ''}", *content.rstrip("\n").split("\n"), fence]


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
    """A paragraph-level piece of a field: ``kind`` is paragraph, heading, bullet, number, quote,
    code or table (``rows``: the header row first, each cell its runs)."""

    kind: str
    runs: list[Run] = field(default_factory=list)
    level: int = 0  # heading level, list depth or quote depth (0 = top)
    rows: list[list[list[Run]]] = field(default_factory=list)
    #: a table's column alignment as written (GFM ``:---:``): "left", "center", "right" or "" (none)
    aligns: list[str] = field(default_factory=list)


def markdown_blocks(text: str) -> list[TextBlock]:
    """Markdown -> paragraphs with runs (for Word, which has no HTML)."""
    if not text.strip():
        return []
    blocks: list[TextBlock] = []
    lists: list[str] = []  # stack of "bullet"/"number"
    quote = 0
    heading: int | None = None
    table: TextBlock | None = None
    for token in _parser().parse(text):
        kind = token.type
        if table is not None:
            # inside a table every inline is a cell; rows and cells come in order
            if kind == "tr_open":
                table.rows.append([])
            elif kind == "th_open":
                style = str(token.attrs.get("style", "") if token.attrs else "")
                table.aligns.append(next((a for a in ("center", "right", "left") if a in style), ""))
            elif kind == "inline":
                table.rows[-1].append(_inline_runs(token.children or []))
            elif kind == "table_close":
                blocks.append(table)
                table = None
            continue
        if kind == "table_open":
            table = TextBlock("table")
        elif kind == "bullet_list_open":
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
                blocks.append(TextBlock("quote", runs, quote - 1))
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
    lines: list[str] = []
    for block in markdown_blocks(text):
        if block.kind == "table":
            lines.extend(" | ".join(runs_text(cell) for cell in row) for row in block.rows)
            continue
        prefix = "- " if block.kind == "bullet" else ("* " if block.kind == "number" else "")
        lines.append("  " * block.level * (block.kind in ("bullet", "number")) + prefix + runs_text(block.runs))
    return "\n".join(lines)


def runs_text(runs: Sequence[Run]) -> str:
    """The text of runs, without their formatting."""
    return "".join(run.text for run in runs)
