"""Generate the Word template ``document.docx`` that the DOCX export fills with docxtpl.

Run ``.venv/bin/python templates/docx/make_templates.py`` after changing the look; the
result is committed so that designers can also open and restyle it in Word or LibreOffice
(keep each ``{{ }}``/``{% %}`` tag in one run when editing by hand).

The template holds the page setup, the styles (real Word headings, so Word's navigation
pane and table of contents work), the header, the "Page X of Y" footer, the title block and
the document control block. The body is inserted at ``{{p body }}``.
"""

from __future__ import annotations

import datetime as dt
import io
import posixpath
import re
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from lxml import etree  # type: ignore[import-untyped]

NAVY = RGBColor(0x1F, 0x3A, 0x5F)
GREY = RGBColor(0x5A, 0x6B, 0x7D)
SERIF = "Georgia"
SANS = "Arial"
HERE = Path(__file__).resolve().parent


def _font(style, name: str, size: float, bold: bool | None = None, color: RGBColor | None = None) -> None:  # type: ignore[no-untyped-def]
    style.font.name = name
    style.font.size = Pt(size)
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), name)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(attr), None)
    if bold is not None:
        style.font.bold = bold
    if color is not None:
        style.font.color.rgb = color


def _field(paragraph, instruction: str, placeholder: str) -> None:  # type: ignore[no-untyped-def]
    """A Word field (PAGE, NUMPAGES, TOC) with a cached result."""
    for kind, text in (
        ("begin", None),
        ("instr", instruction),
        ("separate", None),
        ("text", placeholder),
        ("end", None),
    ):
        run = paragraph.add_run()
        if kind == "instr":
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = f" {text} "
        elif kind == "text":
            element = OxmlElement("w:t")
            element.text = text
        else:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        run._r.append(element)


def _styles(doc, compact: bool = False) -> None:  # type: ignore[no-untyped-def]
    styles = doc.styles
    _font(styles["Normal"], SERIF, 9 if compact else 10.5)
    styles["Normal"].paragraph_format.space_after = Pt(3 if compact else 6)
    styles["Normal"].paragraph_format.line_spacing = 1.15
    headings = ((1, 16, 18), (2, 12.5, 12), (3, 11, 10), (4, 10.5, 8), (5, 10.5, 6), (6, 10.5, 6))
    if compact:
        headings = ((1, 12, 8), (2, 10.5, 6), (3, 9.5, 4), (4, 9, 4), (5, 9, 3), (6, 9, 3))
    for level, size, before in headings:
        style = styles[f"Heading {level}"]
        _font(style, SANS, size, True, NAVY if level <= 2 else RGBColor(0x1A, 0x1A, 0x1A))
        style.font.italic = False
        style.paragraph_format.space_before = Pt(before)
        style.paragraph_format.space_after = Pt(4)
        style.paragraph_format.keep_with_next = True
    styles["Heading 1"].paragraph_format.page_break_before = False
    _font(styles["Title"], SANS, 16 if compact else 24, False, NAVY)
    styles["Title"].paragraph_format.space_after = Pt(8 if compact else 18)
    # python-docx's default Title has a bottom border in theme colour; keep it, it reads as a rule
    _font(styles["Subtitle"], SANS, 11, False, GREY)
    styles["Subtitle"].font.italic = False
    styles["Subtitle"].font.all_caps = True
    for name in ("List Bullet", "List Bullet 2", "List Number", "List Continue", "Quote", "Caption"):
        if name in [s.name for s in styles]:
            _font(styles[name], SERIF, 9 if compact else 10.5)
    small = styles.add_style("Table Text", WD_STYLE_TYPE.PARAGRAPH)
    small.base_style = styles["Normal"]
    _font(small, SANS, 7.5 if compact else 8.5)
    small.paragraph_format.space_after = Pt(0)
    small.paragraph_format.line_spacing = 1.0
    head = styles.add_style("Table Heading", WD_STYLE_TYPE.PARAGRAPH)
    head.base_style = small
    _font(head, SANS, 7.5 if compact else 8.5, True)
    label = styles.add_style("Control Heading", WD_STYLE_TYPE.PARAGRAPH)
    label.base_style = styles["Normal"]
    _font(label, SANS, 10, True, NAVY)
    label.paragraph_format.space_before = Pt(10)
    label.paragraph_format.space_after = Pt(3)
    label.paragraph_format.keep_with_next = True
    note = styles.add_style("Note", WD_STYLE_TYPE.PARAGRAPH)
    note.base_style = styles["Normal"]
    _font(note, SERIF, 10, False, GREY)
    note.font.italic = True
    fingerprint = styles.add_style("Fingerprint", WD_STYLE_TYPE.CHARACTER)
    _font(fingerprint, "Courier New", 7.5)


def _shade(cell, fill: str) -> None:  # type: ignore[no-untyped-def]
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _cell(cell, text: str, style: str = "Table Text", fill: str | None = None) -> None:  # type: ignore[no-untyped-def]
    cell.paragraphs[0].style = cell.part.document.styles[style]
    cell.paragraphs[0].add_run(text)
    if fill:
        _shade(cell, fill)


def build(compact: bool = False) -> bytes:
    """The template; ``compact`` is the one-page variant (the crisis card)."""
    doc = Document()
    _styles(doc, compact)
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin, section.right_margin = (Cm(1.6), Cm(1.5)) if compact else (Cm(2.2), Cm(2.0))
    section.top_margin, section.bottom_margin = (Cm(1.6), Cm(1.6)) if compact else (Cm(2.2), Cm(2.2))
    section.header_distance, section.footer_distance = Cm(1.0), Cm(1.0)
    section.start_type = WD_SECTION.NEW_PAGE

    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = header.add_run("{{ control.title }} · {{ document.title }}")
    run.font.size, run.font.name, run.font.color.rgb = Pt(8), SANS, GREY
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.LEFT
    run = footer.add_run("{{ running_footer }}\t\t")
    run.font.size, run.font.name, run.font.color.rgb = Pt(8), SANS, GREY
    # "Page 1 of 5" in the document's words, around Word's own page fields (page_footer: the
    # sentence's three pieces, see playbooks/export/docx.py)
    for text, field in (("{{ page_footer[0] }}", "PAGE"), ("{{ page_footer[1] }}", "NUMPAGES")):
        r = footer.add_run(text)
        r.font.size, r.font.name, r.font.color.rgb = Pt(8), SANS, GREY
        _field(footer, field, "1")
    r = footer.add_run("{{ page_footer[2] }}")
    r.font.size, r.font.name, r.font.color.rgb = Pt(8), SANS, GREY
    for r in footer.runs:
        r.font.size, r.font.name = Pt(8), SANS

    doc.add_paragraph("{{ document.title }}", style="Subtitle")
    doc.add_paragraph("{{ control.title }}", style="Title")
    if compact:
        # one line of facts, one of sign-offs and provenance: the card must fit one page
        table = doc.add_table(rows=3, cols=4)
        table.style = doc.styles["Table Grid"]
        titles = ('{{ _("Version") }}', '{{ _("Status") }}', '{{ _("Effective") }}', '{{ _("Owner") }}')
        for i, title in enumerate(titles):
            _cell(table.rows[0].cells[i], title, "Table Heading", "F3F5F8")
        for i, key in enumerate(("version_edition", "status", "effective_date", "owner")):
            _cell(table.rows[1].cells[i], "{{ control." + key + " }}")
        merged = table.rows[2].cells[0].merge(table.rows[2].cells[3])
        _cell(
            merged,
            "{% if control.sign_offs %}{{ _('Signed off:') }} {% for s in control.sign_offs %}{{ s.approver }} "
            "({{ s.role }}), {{ s.date }}, {{ s.decision|lower }}{% if s.content != _('This content') %} "
            "({{ s.content|lower }}){% endif %}{{ '; ' if not loop.last }}{% endfor %}{% else %}"
            "{{ _('No sign-off is recorded for this version.') }}{% endif %} · SHA-256 {{ fingerprint }} · "
            "{{ _('generated %(date)s by Charter %(version)s', date=generated, version=charter_version) }}",
        )
    else:
        doc.add_paragraph('{{ _("Document control") }}', style="Control Heading")

        table = doc.add_table(rows=5, cols=2)
        table.style = doc.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        rows = table.rows
        rows[0].cells[0].paragraphs[0].add_run("{%tr for row in control.rows %}")
        _cell(rows[1].cells[0], "{{ row[0] }}", fill="F3F5F8")
        _cell(rows[1].cells[1], "{{ row[1] }}")
        rows[2].cells[0].paragraphs[0].add_run("{%tr endfor %}")
        _cell(rows[3].cells[0], '{{ _("Content fingerprint (SHA-256)") }}', fill="F3F5F8")
        _cell(rows[3].cells[1], "")
        rows[3].cells[1].paragraphs[0].add_run("{{ fingerprint }}", style="Fingerprint")
        _cell(rows[4].cells[0], '{{ _("Generated") }}', fill="F3F5F8")
        _cell(rows[4].cells[1], '{{ _("%(date)s by Charter %(version)s", date=generated, version=charter_version) }}')
        for row in rows:
            row.cells[0].width, row.cells[1].width = Cm(5.2), Cm(11.6)

        doc.add_paragraph("{%p if control.sign_offs %}")
        doc.add_paragraph('{{ _("Sign-offs") }}', style="Control Heading")
        signs = doc.add_table(rows=4, cols=5)
        signs.style = doc.styles["Table Grid"]
        titles = (
            '{{ _("Approver") }}',
            '{{ _("Role") }}',
            '{{ _("Date") }}',
            '{{ _("Decision") }}',
            '{{ _("Approved content") }}',
        )
        for i, title in enumerate(titles):
            _cell(signs.rows[0].cells[i], title, "Table Heading", "E8EDF3")
        signs.rows[1].cells[0].paragraphs[0].add_run("{%tr for s in control.sign_offs %}")
        for i, key in enumerate(("approver", "role", "date", "decision", "content")):
            _cell(signs.rows[2].cells[i], "{{ s." + key + " }}")
        signs.rows[3].cells[0].paragraphs[0].add_run("{%tr endfor %}")
        header_row = signs.rows[0]._tr.get_or_add_trPr()
        repeat = OxmlElement("w:tblHeader")
        repeat.set(qn("w:val"), "true")
        header_row.append(repeat)
        doc.add_paragraph("{%p else %}")
        doc.add_paragraph('{{ _("No sign-off is recorded for this version.") }}', style="Note")
        doc.add_paragraph("{%p endif %}")

    doc.add_paragraph("{%p if toc %}")
    doc.add_paragraph('{{ _("Contents") }}', style="Control Heading")
    doc.add_paragraph("{{p toc_entries }}")
    doc.add_paragraph("{%p endif %}")
    doc.add_paragraph("{{p body }}")

    core = doc.core_properties
    core.author = ""  # an export names the playbook's owner
    core.last_modified_by = ""
    core.title = "Charter document template"
    core.revision = 1
    core.created = core.modified = dt.datetime(2026, 1, 1)
    core.comments = ""
    buffer = io.BytesIO()
    doc.save(buffer)
    return _normalise_zip(buffer.getvalue())


#: Parts python-docx's own starting document brings that a Charter document must not carry: Word
#: 2010's copy of the styles (Word "repairs" a file whose two style parts disagree), a thumbnail
#: of some other document, and an empty bibliography.
_LEFTOVERS = ("word/stylesWithEffects.xml", "docProps/thumbnail.jpeg", "customXml/")
#: What the extended properties honestly say: the application, and no page, word or line counts
#: (Charter does not lay the document out, so it cannot know them; Word and LibreOffice count on save).
_APP_XML = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    b'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    b"<Application>Charter</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
    b"<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>"
    b"</Properties>"
)
#: Settings that would be claims about a document Word never saw: spelling and grammar "checked",
#: Word's revision-save ids, a preview picture to save.
_SETTINGS_CLAIMS = re.compile(rb"<w:proofState [^>]*/>|<w:rsids>.*?</w:rsids>|<w:savePreviewPicture/>", re.DOTALL)


def _is_leftover(name: str) -> bool:
    return name.startswith(_LEFTOVERS)


def _without_leftovers(name: str, content: bytes) -> bytes:
    """A part with every reference to a leftover part removed (relationships, content types)."""
    if name == "docProps/app.xml":
        return _APP_XML
    if name == "word/settings.xml":
        return _SETTINGS_CLAIMS.sub(b"", content)
    if name == "[Content_Types].xml" or name.endswith(".rels"):
        # a relationship's target is relative to the folder of the part it belongs to
        folder = posixpath.dirname(posixpath.dirname(name)) if name.endswith(".rels") else ""
        root = etree.fromstring(content)
        for child in list(root):
            target = child.get("PartName", "").lstrip("/") or posixpath.normpath(
                posixpath.join(folder, child.get("Target", ""))
            )
            if _is_leftover(target) or child.get("Extension") == "jpeg":
                root.remove(child)
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    return content


def _normalise_zip(data: bytes) -> bytes:
    """Fixed timestamps, so that regenerating the template gives the same bytes; no leftovers."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if _is_leftover(info.filename):
                continue
            fixed = zipfile.ZipInfo(info.filename, (1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, _without_leftovers(info.filename, src.read(info.filename)))
    return out.getvalue()


if __name__ == "__main__":
    for name, compact in (("document.docx", False), ("crisis.docx", True)):
        target = HERE / name
        target.write_bytes(build(compact))
        print(f"wrote {target}")
