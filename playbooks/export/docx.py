"""The Word writer: docxtpl (autoescaped) fills ``templates/docx/document.docx``.

The template holds the page, the styles, header, "Page X of Y" footer and the document
control block; docxtpl renders it with autoescaping, and every value it outputs passes
``document_text`` first. The body is generated here as WordprocessingML text in one pass, in the
template's own style ids (Heading 1-3 for sections, so Word's navigation pane and table of
contents work), every piece of content escaped and cleaned, so content like ``</w:t>`` or
``<script>`` is shown as text. It is the XML python-docx's object API made when the body was
built paragraph by paragraph (``tests/export/test_docx.py`` compares the two), at a fraction
of the cost: python-docx spent most of an export inserting children and setting properties
one element at a time (issue 9). The body is parsed once (well-formedness check) and goes in
place of the ``{{p body }}`` paragraph in the serialised document, after docxtpl's passes.
The zip is written with fixed timestamps and the core properties with the generation time,
so the same playbook gives the same bytes. The job's paper size replaces the template's page size
and its language the template's default text language (and goes into the core properties).
"""

from __future__ import annotations

import functools
import io
import re
import zipfile
from collections.abc import Callable, Mapping, MutableMapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from docx import Document
from docxtpl import DocxTemplate
from jinja2 import Environment, Template, nodes
from lxml import etree  # type: ignore[import-untyped]

from playbooks.export.context import ExportError, generation_timestamp
from playbooks.export.outline import (
    SOFT_HYPHEN,
    RichCell,
    column_widths,
    document_data,
    document_text,
    hyphenate,
    page_footer,
    running_footer,
)
from playbooks.export.render import install_filters, templates_root
from playbooks.export.richtext import FIELD_HEADING_LEVEL, is_safe_link, markdown_blocks, runs_text
from playbooks.format.language import gettext
from playbooks.format.messages import one_line

if TYPE_CHECKING:
    from playbooks.export import ExportJob

HEADER_FILL = "E8EDF3"
LABEL_FILL = "F3F5F8"
NOTE_GREY = "5A6B7D"
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
    ids = style_ids(path)
    context = dict(job.context)
    context["toc_entries"] = _contents(context["sections"])
    context["page_footer"] = page_footer()
    context["running_footer"] = running_footer(
        context["control"]["version"], context["control"]["status"], context["fingerprint"]
    )
    context["body"] = WordXml(_MARKER_XML.decode())
    tpl = DocxTemplate(str(path))
    # every {{ }} output is cleaned (finalize) and escaped; the body is put in afterwards, built
    # and escaped here, so docxtpl's passes over the rendered XML only see the template's own text
    tpl.render(context, jinja_env=_environment(), autoescape=True)
    _properties(tpl, job)
    lists: list[int] = []
    body = _body_bytes(_body(ids, context["sections"], bool(context["page_per_section"]), lists))
    buffer = io.BytesIO()
    tpl.save(buffer)
    splice, page = _splice_body(body), _page_size(job.paper)
    edits: dict[str, Callable[[bytes], bytes]] = {
        "word/document.xml": lambda xml: page(splice(xml)),
        "word/styles.xml": _text_language(job.language),
        "word/numbering.xml": _numbering(lists, ids[LIST_NUMBER_NUM]),
    }
    if job.context.get("direction") == "rtl":
        # right to left: paragraphs (the default), tables, and the runs of right-to-left text, in
        # the body and in the template's running header and footer
        edits["word/styles.xml"] = lambda xml: _bidi_styles(_text_language(job.language)(xml), job.language)
        edits["word/document.xml"] = lambda xml: right_to_left(page(splice(xml)))
        with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as parts:
            edits.update({n: right_to_left for n in parts.namelist() if _RUNNING_PART.match(n)})
    return normalise_zip(buffer.getvalue(), edits)


#: Page sizes in twentieths of a point (Word's unit): width, height.
PAGE_TWIPS = {"a4": (11906, 16838), "letter": (12240, 15840)}
_PAGE_SIZE = re.compile(rb'<w:pgSz w:w="\d+" w:h="\d+"')
_DEFAULT_LANGUAGE = re.compile(rb'(<w:docDefaults>(?:(?!</w:docDefaults>).)*?<w:lang w:val=")[^"]*(")', re.DOTALL)


def _page_size(paper: str) -> Callable[[bytes], bytes]:
    """An edit of ``word/document.xml``: every section on ``paper`` (the margins stay)."""
    width, height = PAGE_TWIPS[paper]
    return lambda xml: _PAGE_SIZE.sub(f'<w:pgSz w:w="{width}" w:h="{height}"'.encode(), xml)


def _text_language(language: str) -> Callable[[bytes], bytes]:
    """An edit of ``word/styles.xml``: the document's default text language (spelling, screen readers)."""
    return lambda xml: _DEFAULT_LANGUAGE.sub(rb"\g<1>" + language.encode("ascii") + rb"\g<2>", xml, count=1)


_RUNNING_PART = re.compile(r"^word/(header|footer)\d*\.xml$")
_PPR_DEFAULT = re.compile(rb"(<w:pPrDefault><w:pPr>)")
#: Character spacing in run properties (paragraph spacing has no w:val).
_LETTER_SPACING = re.compile(rb'<w:spacing w:val="-?\d+"/>')
#: Letters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, NKo and their presentation forms).
_RTL_TEXT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
#: The children of a table's and a run's properties that Word requires after ``bidiVisual`` and
#: ``rtl`` (WordprocessingML's element order; Word refuses a file out of order).
_AFTER_BIDI_VISUAL = {
    "tblStyleRowBandSize",
    "tblStyleColBandSize",
    "tblW",
    "jc",
    "tblCellSpacing",
    "tblInd",
    "tblBorders",
    "shd",
    "tblLayout",
    "tblCellMar",
    "tblLook",
    "tblCaption",
    "tblDescription",
}
_AFTER_RTL = {"cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath"}


def _bidi_styles(xml: bytes, language: str) -> bytes:
    """An edit of ``word/styles.xml``: paragraphs right to left by default, and the language of
    right-to-left (complex script) text."""
    xml = _PPR_DEFAULT.sub(rb"\g<1><w:bidi/>", xml, count=1)
    # letter spacing (the subtitle's) pulls apart the joined letters of Arabic script
    xml = _LETTER_SPACING.sub(b"", xml)
    return re.sub(
        rb'(<w:docDefaults>(?:(?!</w:docDefaults>).)*?<w:lang [^>]*?w:bidi=")[^"]*(")',
        rb"\g<1>" + language.encode("ascii") + rb"\g<2>",
        xml,
        count=1,
        flags=re.DOTALL,
    )


def _insert(parent: Any, child: Any, before: set[str]) -> None:
    for index, existing in enumerate(parent):
        if etree.QName(existing).localname in before:
            parent.insert(index, child)
            return
    parent.append(child)


def right_to_left(xml: bytes) -> bytes:
    """An edit of a part of a Word document: every table laid out right to left (``bidiVisual``),
    every run of right-to-left text marked ``rtl``. Latin names and numbers keep their direction:
    Word's bidirectional algorithm orders them inside the right-to-left paragraph."""
    root = etree.fromstring(xml, _PARSER)
    w = f"{{{W_NS}}}"
    for table_properties in root.iter(f"{w}tblPr"):
        if table_properties.find(f"{w}bidiVisual") is None:
            _insert(table_properties, etree.Element(f"{w}bidiVisual"), _AFTER_BIDI_VISUAL)
    for run in root.iter(f"{w}r"):
        text = "".join(t.text or "" for t in run.iter(f"{w}t"))
        if not _RTL_TEXT.search(text):
            continue
        properties = run.find(f"{w}rPr")
        if properties is None:
            properties = etree.Element(f"{w}rPr")
            run.insert(0, properties)
        if properties.find(f"{w}rtl") is None:
            _insert(properties, etree.Element(f"{w}rtl"), _AFTER_RTL)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


def _body_bytes(xml: str) -> bytes:
    """The body as lxml serialises it (UTF-8), checked well-formed by parsing it once."""
    wrapper = etree.fromstring(f'<w:body xmlns:w="{W_NS}">{xml}</w:body>', _PARSER)
    if not len(wrapper):
        return b""
    data: bytes = etree.tostring(wrapper, encoding="utf-8", xml_declaration=False)
    start = data.index(b">") + 1
    return data[start : -len(b"</w:body>")]


def _splice_body(body: bytes) -> Callable[[bytes], bytes]:
    """An edit of ``word/document.xml``: the body in place of the ``{{p body }}`` paragraph(s).

    The body is put into the serialised document rather than into its element tree: moving some
    20,000 parsed elements into python-docx's tree costs more than building them.
    """

    def edit(document: bytes) -> bytes:
        if _MARKER_XML not in document:
            raise ExportError("the Word template has no {{p body }} paragraph")
        return document.replace(_MARKER_XML, body)

    return edit


class _Environment(Environment):
    """docxtpl's jinja2 environment: autoescaping, every output cleaned, each source compiled once.

    docxtpl compiles the template's XML on every render; the built-in templates rarely change, so
    the compiled templates are kept (a few, keyed by their source).
    """

    def __init__(self) -> None:
        super().__init__(autoescape=True, finalize=_finalize)
        self._compiled: dict[str, Template] = {}
        install_filters(self)  # for ``_``: the template's own words, in the document's language

    def from_string(
        self,
        source: str | nodes.Template,
        globals: MutableMapping[str, Any] | None = None,
        template_class: type[Template] | None = None,
    ) -> Template:
        """A compiled template, from the cache when the same source was compiled before."""
        if globals is not None or template_class is not None or not isinstance(source, str):
            return super().from_string(source, globals, template_class)
        template = self._compiled.get(source)
        if template is None:
            if len(self._compiled) >= 32:
                self._compiled.clear()
            template = self._compiled[source] = super().from_string(source)
        return template


def _finalize(value: Any) -> Any:
    """Every value a template outputs is document text (:func:`~playbooks.export.outline.document_text`)."""
    if isinstance(value, str):
        cleaned = document_text(value)
        return value if cleaned == value else cleaned
    return value


@functools.cache
def _environment() -> _Environment:
    return _Environment()


def _custom(job: ExportJob) -> bytes:
    from playbooks.export.sandbox import find_template, render_custom_docx

    assert job.template_dir is not None
    name = f"{job.kind.name}.docx"
    template = find_template(job.template_dir, name)
    if template is not None:  # a missing one is the sandbox's to report
        refuse_active_parts(_template_bytes(template, job.limits.template_bytes * 8), template)
    context = document_data(dict(job.context, qt=False))
    data = render_custom_docx(job.template_dir, name, context, job.limits)
    refuse_active_parts(data, job.template_dir / name)  # and what the rendering made of it
    return normalise_zip(data)


def _properties(tpl: DocxTemplate, job: ExportJob) -> None:
    core = tpl.docx.core_properties  # get_docx() would reload the unrendered template
    when = generation_timestamp().replace(tzinfo=None)
    core.title = document_text(f"{job.context['control']['title']}: {job.context['document']['title']}")
    core.subject = job.context["document"]["title"]
    core.language = job.language
    core.author = job.context["control"]["owner_name"]  # the playbook's owner (empty when none is named)
    core.last_modified_by = ""
    core.comments = f"{gettext('Content fingerprint (SHA-256)')} {job.context['fingerprint']}"
    core.keywords = job.context["fingerprint"]
    core.revision = 1
    core.created = when
    core.modified = when


def normalise_zip(data: bytes, edits: Mapping[str, Callable[[bytes], bytes]] | None = None) -> bytes:
    """Rewrite a zip with fixed entry timestamps and attributes (byte-identical output).

    ``edits`` changes the content of the named entries on the way.
    """
    edits = edits or {}
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
            content = src.read(name)
            if name in edits:
                content = edits[name](content)
            dst.writestr(info, content)
    return out.getvalue()


# ---------------------------------------------------------------- the body


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_BODY_MARKER = "CharterBodyPlaceholder"
#: the paragraph the body replaces, as python-docx serialises it
_MARKER_XML = f'<w:p><w:pPr><w:pStyle w:val="{_BODY_MARKER}"/></w:pPr></w:p>'.encode()
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True)
#: the template's style names the body uses (Heading 4-6 and List Bullet 2 come from Markdown fields)
_STYLE_NAMES = (
    *(f"Heading {level}" for level in range(1, 7)),
    "List Bullet",
    "List Bullet 2",
    "List Continue",
    "List Number",
    "Quote",
    "Table Grid",
    "Table Text",
    "Table Heading",
)


class WordXml:
    """Ready WordprocessingML for a ``{{p ... }}`` tag: every text in it was escaped when it was built,
    and ``__html__`` tells the autoescaping jinja2 environment so."""

    def __init__(self, xml: str) -> None:
        self.xml = xml

    def __html__(self) -> str:
        return self.xml

    def __str__(self) -> str:
        return self.xml


@functools.lru_cache(maxsize=8)
def _style_ids(path: str, mtime_ns: int, size: int) -> dict[str, str]:
    """The style id of each style name the body uses, looked up once per template file."""
    styles = Document(path).styles
    ids: dict[str, str] = {}
    for name in _STYLE_NAMES:
        try:
            ids[name] = styles[name].style_id
        except KeyError:
            raise ExportError(f"{path}: the Word template has no style '{name}'") from None
    # the numbering the List Number style names: each numbered list is an instance of its definition
    num_pr = styles["List Number"].element.pPr.numPr if styles["List Number"].element.pPr is not None else None
    if num_pr is None or num_pr.numId is None:
        raise ExportError(f"{path}: the Word template's List Number style has no numbering")
    ids[LIST_NUMBER_NUM] = str(num_pr.numId.val)
    return ids


def style_ids(path: Path) -> dict[str, str]:
    """The template's style ids for the body's style names (cached while the file is unchanged)."""
    stat = path.stat()
    return _style_ids(str(path), stat.st_mtime_ns, stat.st_size)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _wt(text: str) -> str:
    """One ``w:t``, with ``xml:space`` when python-docx would set it (leading or trailing space)."""
    if text.strip() != text:
        return f'<w:t xml:space="preserve">{_esc(text)}</w:t>'
    return f"<w:t>{_esc(text)}</w:t>"


_BREAKS = re.compile(r"([\t\r\n])")


def _content(text: str) -> str:
    """A run's content as python-docx writes it: tabs as ``w:tab``, each CR or LF as ``w:br``."""
    if "\t" not in text and "\n" not in text and "\r" not in text:
        return _wt(text) if text else ""
    parts = []
    for piece in _BREAKS.split(text):
        if piece == "\t":
            parts.append("<w:tab/>")
        elif piece == "\n" or piece == "\r":
            parts.append("<w:br/>")
        elif piece:
            parts.append(_wt(piece))
    return "".join(parts)


def _r(text: str, rpr: str | None = None) -> str:
    """A run of (cleaned, escaped) text; ``rpr`` None: no ``w:rPr``, "": an empty one."""
    content = _content(text)  # the context's text is document text already (build_context)
    props = "" if rpr is None else (f"<w:rPr>{rpr}</w:rPr>" if rpr else "<w:rPr/>")
    if not props and not content:
        return "<w:r/>"
    return f"<w:r>{props}{content}</w:r>"


def _p(ppr: str = "", runs: str = "") -> str:
    """A paragraph from its properties' content and its runs."""
    if ppr:
        return f"<w:p><w:pPr>{ppr}</w:pPr>{runs}</w:p>"
    return f"<w:p>{runs}</w:p>" if runs else "<w:p/>"


BOLD, NOT_BOLD, ITALIC = "<w:b/>", '<w:b w:val="0"/>', "<w:i/>"
KEEP_NEXT = "<w:keepNext/>"
AFTER_2PT = '<w:spacing w:after="40"/>'
HANGING_14PT = '<w:ind w:hanging="280"/>'
NOTE_RPR = f'<w:i/><w:color w:val="{NOTE_GREY}"/>'
CODE_RPR = ('<w:rFonts w:ascii="Courier New" w:hAnsi="Courier New"/>', '<w:sz w:val="18"/>')
#: A contents line: the number, the title, a dot leader to the page number at the right margin.
TOC_PPR = (
    f'<w:tabs><w:tab w:pos="560" w:val="left"/><w:tab w:val="right" w:leader="dot" w:pos="{TEXT_WIDTH_TWIPS}"/>'
    '</w:tabs><w:spacing w:after="20"/>'
)


class _Body:
    """The body as WordprocessingML text, in the template's style ids."""

    def __init__(self, ids: dict[str, str], lists: list[int] | None = None) -> None:
        self.ids = ids
        self.out: list[str] = []
        #: the numbering instances of the numbered lists written (shared by the bodies of table cells)
        self.lists: list[int] = [] if lists is None else lists

    def new_list(self) -> str:
        """``w:numPr`` of a new numbered list: Word's own numbering (the template's List Number
        definition), restarting at 1; :func:`_numbering` writes the instances into the file."""
        self.lists.append(FIRST_LIST_ID + len(self.lists))
        return f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{self.lists[-1]}"/></w:numPr>'

    def style(self, name: str) -> str:
        """``w:pStyle`` of a style name."""
        return f'<w:pStyle w:val="{self.ids[name]}"/>'

    def paragraph(self, text: str = "", style: str | None = None, ppr: str = "") -> None:
        """A paragraph of plain text (no run when the text is empty), as ``add_paragraph`` makes it."""
        self.out.append(_p((self.style(style) if style else "") + ppr, _r(text) if text else ""))


def _bookmark(section: dict[str, Any]) -> str:
    """The (hidden: leading underscore) bookmark on a section's heading that the contents link to."""
    return f"_Toc{section['id']}"


def _contents(sections: list[dict[str, Any]]) -> WordXml:
    """The contents: per section a line that links to its heading, with a PAGEREF field for its page.

    Not Word's TOC field: LibreOffice shows a TOC field's stored text as it is, whereas it works
    out each PAGEREF itself, so the pages are right when the file opens there. Word shows a field's
    stored result until fields are updated (select all, F9; printing updates them too when Word's
    "Update fields before printing" is on), and Charter cannot store the right number: only the
    word processor lays the pages out. So the stored result is left empty rather than a guess.
    """
    paragraphs = []
    for section in sections:
        name = _bookmark(section)
        page = (
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> PAGEREF {name} \\h </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
        )
        line = _r(f"{section['number']}\t{section['title']}\t")
        paragraphs.append(_p(TOC_PPR, f'<w:hyperlink w:anchor="{name}" w:history="1">{line}{page}</w:hyperlink>'))
    return WordXml("".join(paragraphs))


def _body(ids: dict[str, str], sections: list[dict[str, Any]], page_per_section: bool, lists: list[int]) -> str:
    doc = _Body(ids, lists)
    for i, section in enumerate(sections):
        # the policy's body starts on a fresh page after the front matter; short documents flow
        brk = "<w:pageBreakBefore/>" if page_per_section and i == 0 else '<w:pageBreakBefore w:val="0"/>'
        # the bookmark the contents link to (ids: any number unique in the document)
        mark = f'<w:bookmarkStart w:id="{i + 1}" w:name="{_bookmark(section)}"/>'
        title = _r(f"{section['number']}\u2003{section['title']}")
        doc.out.append(_p(doc.style("Heading 1") + brk, f'{mark}{title}<w:bookmarkEnd w:id="{i + 1}"/>'))
        for block in section["blocks"]:
            _block(doc, block, 2)
        for subsection in section["subsections"]:
            doc.paragraph(f"{subsection['number']}\u2003{subsection['title']}", "Heading 2")
            for block in subsection["blocks"]:
                _block(doc, block, 3)
    return "".join(doc.out)


def _block(doc: _Body, block: dict[str, Any], level: int) -> None:
    """One block of the outline; ``level``: the heading level inside it (one below its section's)."""
    kind = block["type"]
    out = doc.out
    if kind == "text":
        _rich(doc, block["md"], level)
    elif kind == "para":
        strong = bool(block.get("strong"))
        out.append(_p(KEEP_NEXT if strong else "", _r(block["text"], BOLD if strong else NOT_BOLD)))
    elif kind == "heading":
        doc.paragraph(block["text"], f"Heading {level}")
    elif kind in ("note", "tag"):
        out.append(_p("", _r(block["text"], NOTE_RPR)))
    elif kind == "facts":
        _table(doc, None, block["rows"], [30, 70], label_column=True)
    elif kind == "table":
        _table(doc, block["columns"], block["rows"], block.get("widths") or [])
    elif kind == "list":
        if block.get("title"):
            out.append(_p(KEEP_NEXT + AFTER_2PT, _r(block["title"], BOLD)))
        numbered = doc.new_list() if block.get("ordered") else ""
        for item in block["items"]:
            if numbered:
                doc.paragraph(item, "List Number", numbered + AFTER_2PT)
            else:
                doc.paragraph(item, "List Bullet", AFTER_2PT)
    elif kind == "defs":
        for entry in block["items"]:
            out.append(_p(KEEP_NEXT + AFTER_2PT, _r(entry["term"], BOLD)))
            _rich(doc, entry["md"], level)


def _rich(doc: _Body, text: str, level: int, width: int = TEXT_WIDTH_TWIPS, paragraph: str = "") -> None:
    """A Markdown field; its top heading level becomes Word's Heading ``level`` (as in HTML);
    ``width``: the width its tables take (in twips; a cell's, for a field in a table cell);
    ``paragraph``: the style of its plain paragraphs ("": Normal; a cell's: Table Text)."""
    counters: dict[int, int] = {}
    numbered: dict[int, str] = {}  # list level -> the numbering of the list at that level
    out = doc.out
    blocks = markdown_blocks(text)
    top = min((block.level for block in blocks if block.kind == "heading"), default=1)
    for block in blocks:
        number = ""
        if block.kind == "table":
            counters.clear()
            header, *body = [[runs_text(cell) for cell in row] for row in block.rows] or [[]]
            _table(doc, header, body, column_widths(header, body), width=width, aligns=block.aligns)
            continue
        if block.kind == "bullet":
            counters.pop(block.level, None)  # a bullet ends a numbered list at its level
        if block.kind in ("bullet", "number"):
            # deeper levels of a nested list (a response tree's branches) stay indented under
            # their parent: the template's list styles go two levels deep, the indent goes on
            for deeper in [level for level in counters if level > block.level]:
                del counters[deeper]
        if block.kind == "heading":
            ppr = doc.style(f"Heading {min(6, block.level - top + level)}")
        elif block.kind == "bullet":
            ppr = doc.style("List Bullet 2" if block.level else "List Bullet")
            if block.level > 1:
                ppr += f'<w:ind w:left="{360 * (block.level + 1)}" w:hanging="360"/>'
        elif block.kind == "number":
            if block.level not in counters:  # a new list: Word numbers it from 1
                numbered[block.level] = doc.new_list()
            counters[block.level] = counters.get(block.level, 0) + 1
            ppr = doc.style("List Number") + numbered[block.level]
            if block.level:
                ppr += f'<w:ind w:left="{360 * (block.level + 1)}" w:hanging="360"/>'
        elif block.kind == "quote":
            # a quote within a quote is indented a step further, as in HTML
            ppr = doc.style("Quote") + (f'<w:ind w:left="{QUOTE_STEP * block.level}"/>' if block.level else "")
        else:
            ppr = doc.style(paragraph) if paragraph else ""
        if block.kind not in ("number", "bullet"):
            counters.clear()
        runs = [number]
        for run in block.runs:
            if run.code:
                rpr = CODE_RPR[0] + (BOLD if run.bold else "") + (ITALIC if run.italic else "") + CODE_RPR[1]
            else:
                rpr = (BOLD if run.bold else "") + (ITALIC if run.italic else "")
            runs.append(_r(run.text, rpr))
        out.append(_p(ppr, "".join(runs)))


def _table(
    doc: _Body,
    columns: list[str] | None,
    rows: list[list[str]],
    widths: list[int],
    label_column: bool = False,
    width: int = TEXT_WIDTH_TWIPS,
    aligns: list[str] | None = None,
) -> None:
    """A table with a repeating, shaded header row and fixed column widths (in the grid too),
    ``width`` twips wide. A cell of a field's Markdown (:class:`RichCell`) holds its paragraphs,
    lists and tables (nested), as the field does outside a table."""
    count = len(columns) if columns else (len(rows[0]) if rows else 0)
    if not count:
        return
    if not widths or len(widths) != count:
        widths = [100 // count] * count
    total = sum(widths) or 1
    twips = [int(width * w / total) for w in widths]
    text_style, head_style = doc.ids["Table Text"], doc.ids["Table Heading"]

    def cell(value: str, width: int, style: str, bold: bool, fill: str | None, align: str = "") -> str:
        shade = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
        if isinstance(value, RichCell):
            inner = _Body(doc.ids, doc.lists)
            # the cell's margins (about 0.2 cm a side) are not the nested table's to take
            _rich(inner, value.md, FIELD_HEADING_LEVEL, width - 230, paragraph="Table Text")
            if not inner.out or not inner.out[-1].startswith("<w:p"):
                inner.out.append(_p())
            return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shade}</w:tcPr>{"".join(inner.out)}</w:tc>'
        props = "<w:rPr><w:b/></w:rPr>" if bold else ""
        lines = []
        # a long word breaks with a hyphen where its column is too narrow (headers fit their words)
        for line in (str(value) if bold else hyphenate(str(value))).split("\n"):
            text = _esc(line).replace(SOFT_HYPHEN, '</w:t><w:softHyphen/><w:t xml:space="preserve">')
            # a tab in a run of its own and a lone CR as a line break, as docxtpl used to render them
            if "\t" in text:
                text = text.replace(
                    "\t", f'</w:t></w:r><w:r>{props}<w:tab/></w:r><w:r>{props}<w:t xml:space="preserve">'
                )
            if "\r" in text:
                text = text.replace("\r", '</w:t><w:br/><w:t xml:space="preserve">')
            lines.append(f'<w:t xml:space="preserve">{text}</w:t>')
        runs = f"<w:r>{props}" + f"<w:br/></w:r><w:r>{props}".join(lines) + "</w:r>"
        return (
            f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shade}</w:tcPr>'
            f'<w:p><w:pPr><w:pStyle w:val="{style}"/><w:jc w:val="{_JC.get(align, "left")}"/></w:pPr>{runs}</w:p></w:tc>'
        )

    parts = [
        f'<w:tbl><w:tblPr><w:tblStyle w:val="{doc.ids["Table Grid"]}"/>'
        f'<w:tblW w:w="{sum(twips)}" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
        '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
        'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>',
        *(f'<w:gridCol w:w="{t}"/>' for t in twips),
        "</w:tblGrid>",
    ]
    if columns:
        parts.append('<w:tr><w:trPr><w:tblHeader w:val="true"/></w:trPr>')
        parts.extend(
            cell(title, twips[i], head_style, True, HEADER_FILL, _align(aligns, i)) for i, title in enumerate(columns)
        )
        parts.append("</w:tr>")
    for row in rows:
        parts.append("<w:tr>")
        for i in range(count):
            value = row[i] if i < len(row) else ""
            fill = LABEL_FILL if label_column and i == 0 else None
            parts.append(cell(value, twips[i], text_style, False, fill, _align(aligns, i)))
        parts.append("</w:tr>")
    parts.append("</w:tbl>")
    doc.out.append("".join(parts))
    doc.out.append(_p(AFTER_2PT))


#: The first numbering instance (``w:num``) of the numbered lists Charter writes: above the
#: template's own.
FIRST_LIST_ID = 100
#: The key of :func:`style_ids` that holds the numbering instance the List Number style names.
LIST_NUMBER_NUM = "List Number numId"


def _numbering(lists: list[int], style_num: str) -> Callable[[bytes], bytes]:
    """Adds a numbering instance per numbered list to ``word/numbering.xml``, each of the
    definition of the List Number style (``style_num``: the instance it names), restarting at 1."""

    def edit(xml: bytes) -> bytes:
        found = re.search(rb'<w:num w:numId="' + style_num.encode() + rb'"[^>]*>\s*<w:abstractNumId w:val="(\d+)"', xml)
        if not lists or found is None:
            return xml
        abstract = found.group(1).decode()
        nums = "".join(
            f'<w:num w:numId="{n}"><w:abstractNumId w:val="{abstract}"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
            for n in lists
        )
        return xml.replace(b"</w:numbering>", nums.encode() + b"</w:numbering>", 1)

    return edit


#: A table column's alignment (GFM ``:---:``) as Word's paragraph justification.
_JC = {"left": "left", "center": "center", "right": "right"}
#: How much further each level of a quote within a quote is indented (twips; 0.75 cm).
QUOTE_STEP = 425


def _align(aligns: list[str] | None, column: int) -> str:
    return aligns[column] if aligns and column < len(aligns) else ""


def template_path() -> Path:
    """The built-in Word template."""
    return templates_root() / "docx" / "document.docx"


# ---------------------------------------------------------------- active parts of a Word file


def _template_bytes(path: Path, limit: int) -> bytes:
    """A custom Word template's bytes, read without blocking (a fifo swapped in after the folder
    was checked must not hang this process) and within ``limit``."""
    import os
    import stat

    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise ExportError(f"custom Word template {path}: cannot be read ({exc.strerror or exc})") from None
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise ExportError(f"custom Word template {path}: not a file")
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise ExportError(f"custom Word template {path}: larger than {limit // 1024} KB")
    return data


#: The largest part of a Word file read to check it (a zip bomb must not exhaust this process).
MAX_CHECKED_PART = 32 * 1024 * 1024
#: All parts of a Word file together, unpacked, at most (a template is kilobytes to a few MB).
MAX_CHECKED_TOTAL = 128 * 1024 * 1024
#: A part packed more tightly than this (unpacked size / packed size) is a zip bomb, not a template.
MAX_PACKING_RATIO = 200
#: Fields that include, fetch, print or run something when the document is opened, printed or updated.
_ACTIVE_FIELDS = frozenset(
    {
        "INCLUDEPICTURE",
        "INCLUDETEXT",
        "INCLUDE",
        "LINK",
        "DDE",
        "DDEAUTO",
        "IMPORT",
        "RD",
        "DATABASE",
        "MACROBUTTON",
        "PRINT",
        "EMBED",
    }
)
_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_CT_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"
#: What a part of a Word template may be, by its content type (OPC types parts by content type,
#: never by name): the document's own XML parts, properties, custom XML and pictures.
_ALLOWED_TYPES = re.compile(
    r"application/vnd\.openxmlformats-officedocument\.wordprocessingml\."
    r"(document\.main|template\.main|styles|settings|webSettings|fontTable|numbering|header|footer|footnotes|"
    r"endnotes|comments)\+xml"
    r"|application/vnd\.openxmlformats-officedocument\.(theme|themeOverride|extended-properties|custom-properties|"
    r"customXmlProperties|obfuscatedFont)(\+xml)?"
    r"|application/vnd\.openxmlformats-package\.(core-properties|relationships)\+xml"
    r"|application/vnd\.ms-word\.(stylesWithEffects|commentsExtended|commentsIds|commentsExtensible|people)\+xml"
    r"|application/xml|text/xml"
    r"|image/(png|jpeg|gif|bmp|tiff|x-emf|x-wmf|svg\+xml)",
    re.IGNORECASE,
)
#: The relationships a Word template may have, by the last part of their type.
_ALLOWED_RELATIONSHIPS = frozenset(
    {
        "officeDocument", "styles", "stylesWithEffects", "settings", "webSettings", "fontTable", "font",
        "theme", "themeOverride", "numbering", "header", "footer", "footnotes", "endnotes", "comments",
        "commentsExtended", "commentsIds", "commentsExtensible", "people", "image", "hyperlink",
        "core-properties", "extended-properties", "custom-properties", "customXml", "customXmlProps",
        "thumbnail", "glossaryDocument",
    }
)  # fmt: skip
#: Elements that embed or fetch something in whatever part they are: OLE objects, ActiveX
#: controls, embedded HTML or RTF, sub-documents, and a mail merge's data source (a database
#: query, often on a share, run when the document is opened).
_ACTIVE_ELEMENTS = {
    f"{{{W_NS}}}object": "embedded objects (OLE) are not allowed in templates",
    "{urn:schemas-microsoft-com:office:office}OLEObject": "embedded objects (OLE) are not allowed in templates",
    f"{{{W_NS}}}control": "ActiveX controls are not allowed in templates",
    f"{{{W_NS}}}altChunk": "embedded HTML or RTF (altChunk) is not allowed in templates",
    f"{{{W_NS}}}subDoc": "sub-documents are not allowed in templates",
    f"{{{W_NS}}}mailMerge": "a mail merge (a data source and query run on opening) is not allowed in templates",
    f"{{{W_NS}}}attachedTemplate": "an attached template is not allowed in templates",
}
#: The XML parser for parts of a Word file: no entities, no network, no DTD, and libxml2's
#: limits on depth and size (a bomb is "not well-formed", never an exhausted process).
_SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


class _Refused(Exception):
    """What is wrong with one part of a Word file (``part`` names it)."""

    def __init__(self, part: str, problem: str) -> None:
        super().__init__(problem)
        self.part = part


def refuse_active_parts(data: bytes, template: Path) -> None:
    """Refuse a custom Word template (or its output) that would act on the reader's machine, or
    that cannot be read safely, in one line naming the part.

    Parts are judged as Word judges them, by content type and relationship, whatever their
    names: macros, ActiveX controls and OLE objects, embedded packages and workbooks, an
    attached template, image or other part fetched from outside the file (http, a UNC share),
    frames, embedded HTML (``altChunk``), sub-documents, a mail merge's data source, any part
    or relationship of a type a template has no use for, links other than http, https and
    mailto, and fields that include, fetch, print or run something (``INCLUDEPICTURE``,
    ``INCLUDETEXT``, ``DDEAUTO``, ``PRINT``...) in any XML part. A damaged or hostile zip
    (encrypted entries, a wrong checksum, an unknown compression method, a zip bomb) and XML
    that is not well-formed within libxml2's limits are refused too."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError):
        raise ExportError(f"custom Word template {template}: not a Word file (.docx)") from None
    try:
        with archive:
            _check_package(archive)
    except _Refused as exc:
        raise ExportError(one_line(f"custom Word template {template}: {exc.part}: {exc}")) from None


def _check_package(archive: zipfile.ZipFile) -> None:
    infos = archive.infolist()
    _check_entries(infos)
    for info in infos:  # the parts themselves first (a macro is named as such)
        problem = _active_name(info.filename)
        if problem:
            raise _Refused(info.filename, problem)
    parts = {info.filename: _read_part(archive, info) for info in infos}
    types = _content_types(parts)
    for name, raw in parts.items():
        if name.lower().endswith(".rels"):
            problem = _active_relationship(_xml(name, raw))
            if problem:
                raise _Refused(name, problem)
    for name, raw in parts.items():
        if name == "[Content_Types].xml" or name.lower().endswith(".rels"):
            continue
        kind = types.get(name.lower(), "")
        if not kind:
            raise _Refused(name, "a part without a content type (Word does not know what it is); remove it")
        if not _ALLOWED_TYPES.fullmatch(kind):
            raise _Refused(name, f"a part of type {kind}, which templates have no use for; remove it")
        if raw[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":  # an OLE compound file, whatever it is called
            raise _Refused(name, "an embedded OLE file (a document or program inside the template); remove it")
        if kind.lower().endswith("xml") or kind.lower().endswith("+xml"):
            problem = _active_xml(_xml(name, raw))
            if problem:
                raise _Refused(name, problem)


def _check_entries(infos: list[zipfile.ZipInfo]) -> None:
    """The zip's entries, before any is unpacked: no encryption, known compression, no bomb."""
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        if name in seen:
            raise _Refused(name, "two parts of the same name (a damaged or crafted file)")
        seen.add(name)
        if info.flag_bits & 0x1:
            raise _Refused(name, "encrypted; save the template without a password")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _Refused(name, f"packed with a compression method Word files do not use ({info.compress_type})")
        if info.file_size > MAX_CHECKED_PART:
            raise _Refused(name, f"larger than {MAX_CHECKED_PART // (1024 * 1024)} MB unpacked")
        if info.file_size > 1024 * 1024 and info.file_size > MAX_PACKING_RATIO * max(info.compress_size, 1):
            raise _Refused(name, "packed more tightly than any real document (a zip bomb)")
        total += info.file_size
        if total > MAX_CHECKED_TOTAL:
            raise _Refused(name, f"the parts are larger than {MAX_CHECKED_TOTAL // (1024 * 1024)} MB unpacked")


def _read_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """A part's bytes, within :data:`MAX_CHECKED_PART`; a damaged entry is :class:`_Refused`."""
    import zlib

    try:
        with archive.open(info) as handle:
            raw = handle.read(MAX_CHECKED_PART + 1)
    except (zipfile.BadZipFile, zlib.error, RuntimeError, NotImplementedError, EOFError, OSError, ValueError) as exc:
        raise _Refused(info.filename, f"damaged, cannot be unpacked ({type(exc).__name__})") from None
    if len(raw) > MAX_CHECKED_PART:
        raise _Refused(info.filename, f"larger than {MAX_CHECKED_PART // (1024 * 1024)} MB unpacked")
    return raw


def _xml(name: str, raw: bytes) -> Any:
    try:
        return etree.fromstring(raw, _SAFE_PARSER)
    except etree.XMLSyntaxError as exc:
        raise _Refused(name, f"not well-formed XML ({one_line(str(exc))[:120]})") from None


def _content_types(parts: dict[str, bytes]) -> dict[str, str]:
    """Each part's content type (lower-case name -> type), as ``[Content_Types].xml`` gives it."""
    name = "[Content_Types].xml"
    if name not in parts:
        raise _Refused(name, "missing (not a Word file)")
    root = _xml(name, parts[name])
    defaults: dict[str, str] = {}
    overrides: dict[str, str] = {}
    for element in root:
        kind = str(element.get("ContentType", ""))
        lowered = kind.lower()
        if any(word in lowered for word in ("macroenabled", "vbaproject", "vbadata", "activex")):
            raise _Refused(name, f"declares macros or ActiveX ({kind}); save the template as a .docx without macros")
        if element.tag == f"{_CT_NS}Default":
            defaults[str(element.get("Extension", "")).lower()] = kind
        elif element.tag == f"{_CT_NS}Override":
            overrides[str(element.get("PartName", "")).lstrip("/").lower()] = kind
    types = {}
    for part in parts:
        lowered = part.lower()
        extension = lowered.rsplit(".", 1)[-1] if "." in lowered.rsplit("/", 1)[-1] else ""
        types[lowered] = overrides.get(lowered) or defaults.get(extension, "")
    return types


def _active_name(name: str) -> str:
    """What is wrong with a part by its very name ('' for nothing)."""
    lower = name.lower()
    if lower.endswith(("vbaproject.bin", "vbadata.xml")):
        return "macros are not allowed in templates; save the template as a .docx without macros"
    if "/activex/" in f"/{lower}":
        return "ActiveX controls are not allowed in templates"
    if lower.startswith("word/embeddings/"):
        return "embedded objects (OLE objects, packages, workbooks) are not allowed in templates"
    return ""


def _active_relationship(root: Any) -> str:
    for rel in root.iter(f"{_REL_NS}Relationship"):
        kind = str(rel.get("Type", "")).rsplit("/", 1)[-1]
        target = str(rel.get("Target", ""))
        external = str(rel.get("TargetMode", "")).lower() == "external"
        if kind == "aFChunk":
            return "embedded HTML or RTF (altChunk) is not allowed in templates"
        if kind == "hyperlink" and external:
            if not is_safe_link(target):
                return f"a link to {target!r}; only http, https and mailto links are allowed"
            continue
        if external:
            # an attached template, an image, an OLE object, a frame or a sub-document from outside
            # the file: Word fetches it on opening (from the web, or from a share, sending the
            # reader's Windows credentials)
            return f"a {kind} fetched from outside the file ({target!r}); put it inside the template or remove it"
        if kind not in _ALLOWED_RELATIONSHIPS:
            return f"a relationship of type {kind} (to {target!r}), which templates have no use for; remove it"
    return ""


def _active_xml(root: Any) -> str:
    """What is wrong with what an XML part says ('' for nothing): its elements and its fields."""
    for element in root.iter(*_ACTIVE_ELEMENTS):
        return _ACTIVE_ELEMENTS[element.tag]
    for code in _field_codes(root):
        words = code.split()
        name = words[0].upper() if words else ""
        if name in _ACTIVE_FIELDS:
            return f"the field {name} includes, fetches, prints or runs something; remove it from the template"
        if name == "HYPERLINK":
            target = next((w.strip('"') for w in words[1:] if not w.startswith("\\")), "")
            if "{{" in target or "{%" in target:
                continue  # made by the template: the document it renders is checked in its turn
            if target and not is_safe_link(target):
                return f"a link to {target!r}; only http, https and mailto links are allowed"
    return ""


def _field_codes(root: Any) -> list[str]:
    """The code of every field of a part (``w:fldSimple``, and complex fields whose code may be
    split over several runs; nested fields each on their own)."""
    fld_char, instr, simple = f"{{{W_NS}}}fldChar", f"{{{W_NS}}}instrText", f"{{{W_NS}}}fldSimple"
    codes: list[str] = []
    open_fields: list[list[str] | None] = []  # per open field: its code so far (None once complete)
    for node in root.iter(fld_char, instr, simple):
        if node.tag == simple:
            codes.append(str(node.get(f"{{{W_NS}}}instr", "")))
        elif node.tag == instr:
            if open_fields and open_fields[-1] is not None:
                open_fields[-1].append(str(node.text or ""))
        else:
            kind = node.get(f"{{{W_NS}}}fldCharType")
            if kind == "begin":
                open_fields.append([])
            elif kind in ("separate", "end") and open_fields:
                parts = open_fields[-1]
                if parts is not None:
                    codes.append("".join(parts))
                    open_fields[-1] = None
                if kind == "end":
                    open_fields.pop()
    codes.extend("".join(parts) for parts in open_fields if parts is not None)
    return codes
