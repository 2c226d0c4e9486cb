"""The Word writer: docxtpl (autoescaped) fills ``templates/docx/document.docx``.

The template holds the page, the styles, header, "Page X of Y" footer and the document
control block; the body is built as a docxtpl subdocument with python-docx, using the
template's own style names (Heading 1-3 for sections, so Word's navigation pane and table
of contents work). All text goes in through python-docx or autoescaped jinja, so content
like ``</w:t>`` or ``<script>`` is shown as text. The zip is written with fixed timestamps
and the core properties with the generation time, so the same playbook gives the same bytes.
"""

from __future__ import annotations

import functools
import io
import re
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from docx import Document
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor
from docxtpl import DocxTemplate
from lxml import etree  # type: ignore[import-untyped]

from playbooks.export.context import ExportError, generation_timestamp
from playbooks.export.render import templates_root
from playbooks.export.richtext import markdown_blocks

if TYPE_CHECKING:
    from playbooks.export import ExportJob

HEADER_FILL = "E8EDF3"
LABEL_FILL = "F3F5F8"
NOTE_GREY = RGBColor(0x5A, 0x6B, 0x7D)
TEXT_WIDTH_TWIPS = 9638  # A4 minus the template's margins (16.8 cm)


def write_docx(job: ExportJob) -> bytes:
    """The DOCX bytes of an export job (built-in or custom Word template)."""
    if job.template_dir is not None:
        return _custom(job)
    path = templates_root() / "docx" / f"{job.kind.name}.docx"
    if not path.is_file():
        path = templates_root() / "docx" / "document.docx"
    if not path.is_file():
        raise ExportError(f"{path}: the Word template is missing from this installation")
    tpl = DocxTemplate(str(path))
    context = clean_data(job.context)
    context["body"] = _body(path, context["sections"], bool(context["page_per_section"]))
    context["toc_field"] = _toc(path, context["sections"])
    tpl.render(context, autoescape=True)
    _properties(tpl, job)
    buffer = io.BytesIO()
    tpl.save(buffer)
    return normalise_zip(buffer.getvalue())


def _custom(job: ExportJob) -> bytes:
    from playbooks.export.sandbox import render_custom_docx

    assert job.template_dir is not None
    context = clean_data(dict(job.context, qt=False))
    data = render_custom_docx(job.template_dir, f"{job.kind.name}.docx", context, job.limits)
    return normalise_zip(data)


def _properties(tpl: DocxTemplate, job: ExportJob) -> None:
    core = tpl.docx.core_properties  # get_docx() would reload the unrendered template
    when = generation_timestamp().replace(tzinfo=None)
    core.title = clean_text(f"{job.context['control']['title']}: {job.kind.title}")
    core.subject = job.kind.title
    core.author = "Charter"
    core.last_modified_by = "Charter"
    core.comments = f"Content fingerprint (SHA-256) {job.context['fingerprint']}"
    core.keywords = job.context["fingerprint"]
    core.revision = 1
    core.created = when
    core.modified = when


def normalise_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed entry timestamps and attributes (byte-identical output)."""
    stamp = generation_timestamp()
    date_time = (stamp.year, stamp.month, stamp.day, stamp.hour, stamp.minute, stamp.second)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        names = [info.filename for info in src.infolist()]
        # [Content_Types].xml first (Word needs it early), the rest in a stable order
        names.sort(key=lambda n: (n != "[Content_Types].xml", n))
        for name in names:
            info = zipfile.ZipInfo(name, date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3
            dst.writestr(info, src.read(name))
    return out.getvalue()


# ---------------------------------------------------------------- the body


class WordXml:
    """Body XML built with python-docx, inserted by docxtpl as it is (``{{p body }}``).

    python-docx escaped every text it was given, so the XML is safe to insert; ``__html__``
    tells the autoescaping jinja2 environment so.
    """

    def __init__(self, doc: Any) -> None:
        body = doc.element.body
        parts = [etree.tostring(child, encoding="unicode") for child in body if child.tag != qn("w:sectPr")]
        self.xml = "".join(parts)

    def __html__(self) -> str:
        return self.xml

    def __str__(self) -> str:
        return self.xml


class _Styles:
    """Style ids by name, looked up once (python-docx's lookup by name is slow per paragraph)."""

    def __init__(self, doc: Any) -> None:
        self.doc = doc
        self.ids: dict[str, str] = {}

    def id(self, name: str) -> str:
        """The style id of a style name."""
        if name not in self.ids:
            self.ids[name] = self.doc.styles[name].style_id
        return self.ids[name]

    def paragraph(self, text: str = "", style: str | None = None) -> Any:
        """A new body paragraph in the given style."""
        paragraph = self.doc.add_paragraph(text)
        if style:
            paragraph._p.style = self.id(style)
        return paragraph


def _scratch(path: Path) -> Any:
    """An empty document with the template's styles, to build body XML in."""
    doc = Document(str(path))
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    # python-docx resolves a style name by scanning every style of the template on each use
    # (12 s for the example policy, issue 9); the styles do not change while the body is built
    part = doc.part
    part.get_style_id = functools.cache(part.get_style_id)  # type: ignore[method-assign]
    return doc


def _toc(path: Path, sections: list[dict[str, Any]]) -> WordXml:
    """Word's own TOC field (levels 1-2), pre-filled with the section titles until Word updates it."""
    doc = _scratch(path)
    paragraph = doc.add_paragraph()
    for kind, text in (("begin", None), ("instr", 'TOC \\o "1-2" \\h \\z \\u'), ("separate", None)):
        run = paragraph.add_run()
        if kind == "instr":
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = f" {text} "
        else:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        run._r.append(element)
    for i, section in enumerate(sections):
        if i:
            paragraph = doc.add_paragraph()
        paragraph.add_run(f"{section['number']}\t{section['title']}")
        paragraph.paragraph_format.tab_stops.add_tab_stop(Pt(28))
        paragraph.paragraph_format.space_after = Pt(1)
    end = paragraph.add_run()
    element = OxmlElement("w:fldChar")
    element.set(qn("w:fldCharType"), "end")
    end._r.append(element)
    return WordXml(doc)


def _body(path: Path, sections: list[dict[str, Any]], page_per_section: bool) -> WordXml:
    doc = _Styles(_scratch(path))
    for i, section in enumerate(sections):
        heading = doc.paragraph(f"{section['number']}\u2003{section['title']}", style="Heading 1")
        # the policy's body starts on a fresh page after the front matter; short documents flow
        heading.paragraph_format.page_break_before = page_per_section and i == 0
        for block in section["blocks"]:
            _block(doc, block)
        for subsection in section["subsections"]:
            doc.paragraph(f"{subsection['number']}\u2003{subsection['title']}", style="Heading 2")
            for block in subsection["blocks"]:
                _block(doc, block)
    return WordXml(doc.doc)


def _block(doc: _Styles, block: dict[str, Any]) -> None:
    kind = block["type"]
    if kind == "text":
        _rich(doc, block["md"])
    elif kind == "para":
        paragraph = doc.paragraph()
        run = paragraph.add_run(block["text"])
        run.bold = bool(block.get("strong"))
        if block.get("strong"):
            paragraph.paragraph_format.keep_with_next = True
    elif kind == "heading":
        doc.paragraph(block["text"], style="Heading 3")
    elif kind in ("note", "tag"):
        paragraph = doc.paragraph()
        run = paragraph.add_run(block["text"])
        run.italic = True
        run.font.color.rgb = NOTE_GREY
    elif kind == "facts":
        _table(doc, None, block["rows"], [30, 70], label_column=True)
    elif kind == "table":
        _table(doc, block["columns"], block["rows"], block.get("widths") or [])
    elif kind == "list":
        if block.get("title"):
            title = doc.paragraph()
            title.add_run(block["title"]).bold = True
            title.paragraph_format.keep_with_next = True
            title.paragraph_format.space_after = Pt(2)
        for i, item in enumerate(block["items"], 1):
            if block.get("ordered"):
                paragraph = doc.paragraph(f"{i}.\t{item}", style="List Continue")
                paragraph.paragraph_format.first_line_indent = Pt(-14)
            else:
                paragraph = doc.paragraph(item, style="List Bullet")
            paragraph.paragraph_format.space_after = Pt(2)
    elif kind == "defs":
        for entry in block["items"]:
            term = doc.paragraph()
            term.add_run(entry["term"]).bold = True
            term.paragraph_format.keep_with_next = True
            term.paragraph_format.space_after = Pt(2)
            _rich(doc, entry["md"])


def _rich(doc: _Styles, text: str) -> None:
    counters: dict[int, int] = {}
    for block in markdown_blocks(text):
        if block.kind == "heading":
            paragraph = doc.paragraph(style=f"Heading {min(6, block.level + 2)}")
        elif block.kind == "bullet":
            paragraph = doc.paragraph(style="List Bullet 2" if block.level else "List Bullet")
        elif block.kind == "number":
            counters[block.level] = counters.get(block.level, 0) + 1
            paragraph = doc.paragraph(f"{counters[block.level]}.\t", style="List Continue")
            paragraph.paragraph_format.first_line_indent = Pt(-14)
        elif block.kind == "quote":
            paragraph = doc.paragraph(style="Quote")
        else:
            paragraph = doc.paragraph()
        if block.kind != "number":
            counters.clear()
        for run in block.runs:
            added = paragraph.add_run(run.text)
            added.bold = run.bold or None
            added.italic = run.italic or None
            if run.code:
                added.font.name = "Courier New"
                added.font.size = Pt(9)


def _table(
    doc: _Styles, columns: list[str] | None, rows: list[list[str]], widths: list[int], label_column: bool = False
) -> None:
    """A table with a repeating, shaded header row and fixed column widths.

    Built as XML text (every value escaped) and parsed once: python-docx's cell-by-cell API
    took most of the export time of a policy.
    """
    count = len(columns) if columns else (len(rows[0]) if rows else 0)
    if not count:
        return
    if not widths or len(widths) != count:
        widths = [100 // count] * count
    total = sum(widths) or 1
    twips = [int(TEXT_WIDTH_TWIPS * w / total) for w in widths]
    text_style, head_style = doc.id("Table Text"), doc.id("Table Heading")

    def cell(value: str, width: int, style: str, bold: bool, fill: str | None) -> str:
        shade = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
        props = "<w:rPr><w:b/></w:rPr>" if bold else ""
        runs = (
            "<w:r>"
            + props
            + "<w:br/></w:r><w:r>".join(
                f'{props}<w:t xml:space="preserve">{escape(line)}</w:t>' for line in clean_text(str(value)).split("\n")
            )
            + "</w:r>"
        )
        return (
            f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shade}</w:tcPr>'
            f'<w:p><w:pPr><w:pStyle w:val="{style}"/><w:jc w:val="left"/></w:pPr>{runs}</w:p></w:tc>'
        )

    parts = [
        f'<w:tbl {nsdecls("w")}><w:tblPr><w:tblStyle w:val="{doc.id("Table Grid")}"/>'
        f'<w:tblW w:w="{sum(twips)}" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
        '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
        'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>',
        *(f'<w:gridCol w:w="{t}"/>' for t in twips),
        "</w:tblGrid>",
    ]
    if columns:
        parts.append('<w:tr><w:trPr><w:tblHeader w:val="true"/></w:trPr>')
        parts.extend(cell(title, twips[i], head_style, True, HEADER_FILL) for i, title in enumerate(columns))
        parts.append("</w:tr>")
    for row in rows:
        parts.append("<w:tr>")
        for i in range(count):
            value = row[i] if i < len(row) else ""
            parts.append(cell(value, twips[i], text_style, False, LABEL_FILL if label_column and i == 0 else None))
        parts.append("</w:tr>")
    parts.append("</w:tbl>")
    body = doc.doc.element.body
    table = parse_xml("".join(parts))
    if body.sectPr is not None:
        body.sectPr.addprevious(table)
    else:
        body.append(table)
    spacer = doc.paragraph()
    spacer.paragraph_format.space_after = Pt(2)


#: Characters XML 1.0 does not allow (C0 controls other than tab, newline, carriage return).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean_text(value: str) -> str:
    """Text Word can hold: characters XML forbids become U+FFFD (visible, never a broken file)."""
    return _NOT_XML.sub("\ufffd", value)


def clean_data(value: Any) -> Any:
    """``clean_text`` applied to every string of a plain-data structure."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {k: clean_data(v) for k, v in value.items()}
    if isinstance(value, list):
        return [clean_data(v) for v in value]
    return value


def template_path() -> Path:
    """The built-in Word template."""
    return templates_root() / "docx" / "document.docx"
