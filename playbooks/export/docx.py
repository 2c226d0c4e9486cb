"""The Word writer: docxtpl (autoescaped) fills ``templates/docx/document.docx``.

The template holds the page, the styles, header, "Page X of Y" footer and the document
control block; docxtpl renders it with autoescaping, and every value it outputs passes
``clean_text`` first. The body is generated here as WordprocessingML text in one pass, in the
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
from playbooks.export.outline import column_widths, page_footer, running_footer
from playbooks.export.render import install_filters, templates_root
from playbooks.export.richtext import is_safe_link, markdown_blocks, runs_text
from playbooks.format.language import gettext

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
    body = _body_bytes(_body(ids, context["sections"], bool(context["page_per_section"])))
    buffer = io.BytesIO()
    tpl.save(buffer)
    splice, page = _splice_body(body), _page_size(job.paper)
    edits: dict[str, Callable[[bytes], bytes]] = {
        "word/document.xml": lambda xml: page(splice(xml)),
        "word/styles.xml": _text_language(job.language),
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
    """Every value a template outputs: characters XML forbids become U+FFFD."""
    if isinstance(value, str):
        cleaned = clean_text(value)
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
    context = clean_data(dict(job.context, qt=False))
    data = render_custom_docx(job.template_dir, name, context, job.limits)
    refuse_active_parts(data, job.template_dir / name)  # and what the rendering made of it
    return normalise_zip(data)


def _properties(tpl: DocxTemplate, job: ExportJob) -> None:
    core = tpl.docx.core_properties  # get_docx() would reload the unrendered template
    when = generation_timestamp().replace(tzinfo=None)
    core.title = clean_text(f"{job.context['control']['title']}: {job.context['document']['title']}")
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
    content = _content(clean_text(text))
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

    def __init__(self, ids: dict[str, str]) -> None:
        self.ids = ids
        self.out: list[str] = []

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


def _body(ids: dict[str, str], sections: list[dict[str, Any]], page_per_section: bool) -> str:
    doc = _Body(ids)
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
        ordered = block.get("ordered")
        for i, item in enumerate(block["items"], 1):
            if ordered:
                doc.paragraph(f"{i}.\t{item}", "List Continue", AFTER_2PT + HANGING_14PT)
            else:
                doc.paragraph(item, "List Bullet", AFTER_2PT)
    elif kind == "defs":
        for entry in block["items"]:
            out.append(_p(KEEP_NEXT + AFTER_2PT, _r(entry["term"], BOLD)))
            _rich(doc, entry["md"], level)


def _rich(doc: _Body, text: str, level: int) -> None:
    """A Markdown field; its top heading level becomes Word's Heading ``level`` (as in HTML)."""
    counters: dict[int, int] = {}
    out = doc.out
    blocks = markdown_blocks(clean_text(text))
    top = min((block.level for block in blocks if block.kind == "heading"), default=1)
    for block in blocks:
        number = ""
        if block.kind == "table":
            counters.clear()
            header, *body = [[runs_text(cell) for cell in row] for row in block.rows] or [[]]
            _table(doc, header, body, column_widths(header, body))
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
            counters[block.level] = counters.get(block.level, 0) + 1
            ppr = doc.style("List Continue") + (
                f'<w:ind w:left="{360 * (block.level + 1)}" w:hanging="280"/>' if block.level else HANGING_14PT
            )
            number = _r(f"{counters[block.level]}.\t")
        elif block.kind == "quote":
            ppr = doc.style("Quote")
        else:
            ppr = ""
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
    doc: _Body, columns: list[str] | None, rows: list[list[str]], widths: list[int], label_column: bool = False
) -> None:
    """A table with a repeating, shaded header row and fixed column widths (in the grid too)."""
    count = len(columns) if columns else (len(rows[0]) if rows else 0)
    if not count:
        return
    if not widths or len(widths) != count:
        widths = [100 // count] * count
    total = sum(widths) or 1
    twips = [int(TEXT_WIDTH_TWIPS * w / total) for w in widths]
    text_style, head_style = doc.ids["Table Text"], doc.ids["Table Heading"]

    def cell(value: str, width: int, style: str, bold: bool, fill: str | None) -> str:
        shade = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
        props = "<w:rPr><w:b/></w:rPr>" if bold else ""
        lines = []
        for line in clean_text(str(value)).split("\n"):
            text = _esc(line)
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
            f'<w:p><w:pPr><w:pStyle w:val="{style}"/><w:jc w:val="left"/></w:pPr>{runs}</w:p></w:tc>'
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
        parts.extend(cell(title, twips[i], head_style, True, HEADER_FILL) for i, title in enumerate(columns))
        parts.append("</w:tr>")
    for row in rows:
        parts.append("<w:tr>")
        for i in range(count):
            value = row[i] if i < len(row) else ""
            parts.append(cell(value, twips[i], text_style, False, LABEL_FILL if label_column and i == 0 else None))
        parts.append("</w:tr>")
    parts.append("</w:tbl>")
    doc.out.append("".join(parts))
    doc.out.append(_p(AFTER_2PT))


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
#: Fields that include, fetch or run something when the document is opened or updated.
_ACTIVE_FIELDS = frozenset(
    {"INCLUDEPICTURE", "INCLUDETEXT", "INCLUDE", "LINK", "DDE", "DDEAUTO", "IMPORT", "RD", "DATABASE", "MACROBUTTON"}
)
_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def refuse_active_parts(data: bytes, template: Path) -> None:
    """Refuse a custom Word template (or its output) that would act on the reader's machine, in
    one line naming the part: macros (``vbaProject.bin``), ActiveX controls and OLE objects, an
    attached template, image or other part fetched from outside the file (http, a UNC share),
    embedded HTML (``altChunk``), links other than http, https and mailto, and fields that
    include, fetch or run something (``INCLUDEPICTURE``, ``INCLUDETEXT``, ``LINK``, ``DDE``...)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise ExportError(f"custom Word template {template}: not a Word file (.docx)") from None
    with archive:
        # the parts themselves first (a macro is named as such), then what the XML parts say
        for check in (_active_name, _active_content):
            for info in archive.infolist():
                problem = check(archive, info)
                if problem:
                    raise ExportError(f"custom Word template {template}: {info.filename}: {problem}")


def _active_name(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> str:
    """What is wrong with a part by its very name ('' for nothing)."""
    lower = info.filename.lower()
    if lower.endswith(("vbaproject.bin", "vbadata.xml")):
        return "macros are not allowed in templates; save the template as a .docx without macros"
    if "/activex/" in f"/{lower}":
        return "ActiveX controls are not allowed in templates"
    if lower.startswith("word/embeddings/") and lower.endswith(".bin"):
        return "embedded OLE objects are not allowed in templates"
    return ""


def _active_content(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> str:
    """What is wrong with what an XML part says ('' for nothing)."""
    lower = info.filename.lower()
    if not lower.endswith((".rels", ".xml")):
        return ""
    too_large = f"larger than {MAX_CHECKED_PART // (1024 * 1024)} MB unpacked"
    if info.file_size > MAX_CHECKED_PART:
        return too_large
    with archive.open(info) as handle:
        raw = handle.read(MAX_CHECKED_PART + 1)
    if len(raw) > MAX_CHECKED_PART:
        return too_large
    try:
        root = etree.fromstring(raw, _PARSER)
    except etree.XMLSyntaxError:
        return "not well-formed XML"
    if lower == "[content_types].xml":
        for element in root:
            kind = str(element.get("ContentType", ""))
            if any(word in kind.lower() for word in ("macroenabled", "vbaproject", "activex")):
                return f"declares macros or ActiveX ({kind}); save the template as a .docx without macros"
        return ""
    if lower.endswith(".rels"):
        return _active_relationship(root)
    return _active_field(root)


def _active_relationship(root: Any) -> str:
    for rel in root.iter(f"{_REL_NS}Relationship"):
        kind = str(rel.get("Type", "")).rsplit("/", 1)[-1]
        target = str(rel.get("Target", ""))
        if kind == "aFChunk":
            return "embedded HTML or RTF (altChunk) is not allowed in templates"
        if str(rel.get("TargetMode", "")).lower() != "external":
            continue
        if kind == "hyperlink":
            if not is_safe_link(target):
                return f"a link to {target!r}; only http, https and mailto links are allowed"
            continue
        # an attached template, an image, an OLE object, a frame or a sub-document from outside
        # the file: Word fetches it on opening (from the web, or from a share, sending the
        # reader's Windows credentials)
        return f"a {kind} fetched from outside the file ({target!r}); put it inside the template or remove it"
    return ""


def _active_field(root: Any) -> str:
    for code in _field_codes(root):
        words = code.split()
        name = words[0].upper() if words else ""
        if name in _ACTIVE_FIELDS:
            return f"the field {name} includes, fetches or runs something; remove it from the template"
        if name == "HYPERLINK":
            target = next((w.strip('"') for w in words[1:] if not w.startswith("\\")), "")
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
