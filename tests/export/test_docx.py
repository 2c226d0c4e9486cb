"""The Word body: built as WordprocessingML text, it must be what python-docx's object API built.

``playbooks/export/docx.py`` writes the body (headings, paragraphs, rich text, tables) as escaped
XML text in one pass instead of python-docx objects per paragraph, run and cell (issue 9: the
example policy went from ~0.5 s to well under 0.1 s). These tests pin the structure a reader and
Word rely on, and compare the paragraphs with a reference built through python-docx, the way the
writer used to build them.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Twips
from lxml import etree  # type: ignore[import-untyped]

from playbooks.export import DOCUMENTS, export_document, formats_for
from playbooks.export.context import build_context
from playbooks.export.docx import FIRST_LIST_ID, _block, _Body, _body_bytes, style_ids, template_path
from playbooks.export.richtext import markdown_blocks
from playbooks.export.source import ExportSource, load_source
from playbooks.format.model import Playbook
from tests.conftest import EXAMPLES
from tests.export.sample import rich_playbook_data

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
HUB = EXAMPLES / "meridian-securities-hub.playbook.yaml"


@pytest.fixture(autouse=True)
def _fixed_generation_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")


@pytest.fixture(scope="module")
def hub() -> ExportSource:
    return load_source(HUB)


def _document(data: bytes) -> Any:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return etree.fromstring(archive.read("word/document.xml"))


def _text(element: Any) -> str:
    return "".join(t.text or "" for t in element.iter(f"{W}t"))


def test_policy_headings_are_word_headings_in_document_order(hub: ExportSource) -> None:
    data = export_document(hub.playbook, "policy", "docx", extra=hub.extra)
    context = build_context(hub.playbook, "policy", hub.extra)
    expected = []
    for section in context["sections"]:
        expected.append(("Heading1", f"{section['number']}\u2003{section['title']}"))
        # a minor heading in a section's own text is one level below it, as a subsection
        expected.extend(("Heading2", b["text"]) for b in section["blocks"] if b["type"] == "heading")
        expected.extend(("Heading2", f"{sub['number']}\u2003{sub['title']}") for sub in section["subsections"])
    found = []
    for paragraph in _document(data).iter(f"{W}p"):
        style = paragraph.find(f"{W}pPr/{W}pStyle")
        if style is not None and style.get(f"{W}val") in ("Heading1", "Heading2"):
            found.append((style.get(f"{W}val"), _text(paragraph)))
    assert found == expected
    breaks = [
        p.find(f"{W}pPr/{W}pageBreakBefore")
        for p in _document(data).iter(f"{W}p")
        if p.find(f"{W}pPr/{W}pStyle[@{W}val='Heading1']") is not None
    ]
    assert len(breaks) == len(context["sections"])
    # the body starts on a fresh page after the front matter; the other sections flow
    assert breaks[0] is not None and breaks[0].get(f"{W}val") is None
    assert all(b is None or b.get(f"{W}val") == "0" for b in breaks[1:])


def test_policy_tables_repeat_a_shaded_header_row_and_carry_their_widths(hub: ExportSource) -> None:
    data = export_document(hub.playbook, "policy", "docx", extra=hub.extra)
    context = build_context(hub.playbook, "policy", hub.extra)
    blocks = [
        block
        for section in context["sections"]
        for part in (section, *section["subsections"])
        for block in part["blocks"]
    ]
    with_columns = [b for b in blocks if b["type"] == "table" and b["columns"]]
    body = _document(data).find(f"{W}body")
    tables = [t for t in body.iter(f"{W}tbl") if t.find(f"{W}tblPr/{W}tblLayout") is not None]
    assert len(tables) == len([b for b in blocks if b["type"] in ("table", "facts")])
    headed = [t for t in tables if t.find(f"{W}tr/{W}trPr/{W}tblHeader") is not None]
    assert [[_text(tc) for tc in t.find(f"{W}tr").findall(f"{W}tc")] for t in headed] == [
        b["columns"] for b in with_columns
    ]
    for table in tables:
        grid = [int(col.get(f"{W}w")) for col in table.iter(f"{W}gridCol")]
        assert int(table.find(f"{W}tblPr/{W}tblW").get(f"{W}w")) == sum(grid)
        for row in table.findall(f"{W}tr"):
            assert [int(tc.find(f"{W}tcPr/{W}tcW").get(f"{W}w")) for tc in row.findall(f"{W}tc")] == grid
    for table in headed:
        first = table.find(f"{W}tr")
        assert first.find(f"{W}trPr/{W}tblHeader").get(f"{W}val") == "true"
        for cell in first.findall(f"{W}tc"):
            assert cell.find(f"{W}tcPr/{W}shd").get(f"{W}fill") == "E8EDF3"
            assert all(r.find(f"{W}rPr/{W}b") is not None for r in cell.iter(f"{W}r"))


@pytest.mark.parametrize("doc", [d for d in DOCUMENTS if d != "addendum" and "docx" in formats_for(d)])
def test_every_run_and_paragraph_has_at_most_one_property_element_first(doc: str, hub: ExportSource) -> None:
    """Word refuses a file whose run has two ``w:rPr`` (table headers once had)."""
    root = _document(export_document(hub.playbook, doc, "docx", extra=hub.extra))
    for tag, props in ((f"{W}r", f"{W}rPr"), (f"{W}p", f"{W}pPr")):
        for element in root.iter(tag):
            found = element.findall(props)
            assert len(found) <= 1
            if found:
                assert element[0] is found[0]
    assert b"CharterBodyPlaceholder" not in etree.tostring(root)


def test_policy_contents_link_each_section_to_its_heading_with_a_page_field(hub: ExportSource) -> None:
    root = _document(export_document(hub.playbook, "policy", "docx", extra=hub.extra))
    sections = build_context(hub.playbook, "policy", hub.extra)["sections"]
    marks = {m.get(f"{W}name"): m for m in root.iter(f"{W}bookmarkStart")}
    links = [link.get(f"{W}anchor") for link in root.iter(f"{W}hyperlink")]
    assert links == [f"_Toc{s['id']}" for s in sections]
    for section, anchor in zip(sections, links, strict=True):
        heading = marks[anchor].getparent()  # the bookmark sits in the section's own heading
        assert heading.find(f"{W}pPr/{W}pStyle").get(f"{W}val") == "Heading1"
        assert _text(heading) == f"{section['number']}\u2003{section['title']}"
    # a PAGEREF per line, whose result is left to the word processor (LibreOffice fills it in on
    # opening the file; Word on a field update)
    assert [i.text for i in root.iter(f"{W}instrText")] == [f" PAGEREF {anchor} \\h " for anchor in links]
    kinds = [c.get(f"{W}fldCharType") for c in root.iter(f"{W}fldChar")]
    assert kinds == ["begin", "separate", "end"] * len(sections)


def test_tabs_line_breaks_and_forbidden_characters_in_paragraphs_and_cells() -> None:
    data = rich_playbook_data()
    data["people"]["people"][0]["title"] = "Chief\tOfficer\r\nSecond\rThird"
    data["scope"]["purpose"] = "Col one\tcol two <b>&amp;</b> \x0b end"
    data["document"]["title"] = "Title </w:t><w:t>x \x01"
    pb = Playbook.model_validate(data)
    docx = export_document(pb, "policy", "docx")
    root = _document(docx)
    # in the body's table of people (the control block above is docxtpl's, rendered from the template)
    cell = next(p for p in root.iter(f"{W}p") if _text(p) == "Dana Reyes, ChiefOfficerSecondThird")
    children = [c.tag.removeprefix(W) for r in cell.iter(f"{W}r") for c in r if c.tag != f"{W}rPr"]
    # "Dana Reyes, Chief", tab, "Officer", CR LF as one break (as in every format), "Second", CR as
    # a break, "Third"
    assert children == ["t", "tab", "t", "br", "t", "br", "t"]
    assert [t.text or "" for t in cell.iter(f"{W}t")][-2:] == ["Second", "Third"]
    purpose = next(p for p in root.iter(f"{W}p") if _text(p).startswith("Col one"))
    assert purpose.find(f"{W}r/{W}tab") is not None
    assert _text(purpose) == "Col onecol two <b>&</b> \ufffd end"
    assert any(_text(p).endswith("Title </w:t><w:t>x \ufffd") for p in root.iter(f"{W}p"))


# ---------------------------------------------------------------- reference: python-docx objects


def _shape(element: Any) -> tuple[Any, ...]:
    """An element as comparable data: tag, attributes, text, tail and children."""
    return (
        element.tag,
        dict(element.attrib),
        element.text or "",
        element.tail or "",
        [_shape(child) for child in element],
    )


def _reference(blocks: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    """The paragraphs of ``blocks`` built the way the writer built them through python-docx."""
    doc = Document(str(template_path()))
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)

    def paragraph(text: str = "", style: str | None = None) -> Any:
        made = doc.add_paragraph(text)
        if style:
            made._p.style = doc.styles[style].style_id
        return made

    made_lists = [FIRST_LIST_ID]  # the numbering instance of the next numbered list

    def new_list() -> int:
        made_lists[0] += 1
        return made_lists[0] - 1

    def numbered(made: Any, instance: int) -> None:
        # Word's own numbering: an instance per list (the writer adds them to numbering.xml)
        num_pr = made._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = 0
        num_pr.get_or_add_numId().val = instance

    def rich(text: str) -> None:
        counters: dict[int, int] = {}
        numbers: dict[int, int] = {}
        blocks = markdown_blocks(text)
        top = min((block.level for block in blocks if block.kind == "heading"), default=1)
        for block in blocks:
            if block.kind == "bullet":
                counters.pop(block.level, None)
            if block.kind in ("bullet", "number"):
                for deeper in [level for level in counters if level > block.level]:
                    del counters[deeper]
            if block.kind == "heading":
                made = paragraph(style=f"Heading {min(6, block.level - top + 3)}")
            elif block.kind == "bullet":
                made = paragraph(style="List Bullet 2" if block.level else "List Bullet")
                if block.level > 1:  # a third level stays indented under the second
                    made.paragraph_format.left_indent = Twips(360 * (block.level + 1))
                    made.paragraph_format.first_line_indent = Twips(-360)
            elif block.kind == "number":
                if block.level not in counters:
                    numbers[block.level] = new_list()
                counters[block.level] = counters.get(block.level, 0) + 1
                made = paragraph(style="List Number")
                numbered(made, numbers[block.level])
                if block.level:
                    made.paragraph_format.left_indent = Twips(360 * (block.level + 1))
                    made.paragraph_format.first_line_indent = Twips(-360)
            elif block.kind == "quote":
                made = paragraph(style="Quote")
            else:
                made = paragraph()
            if block.kind not in ("number", "bullet"):
                counters.clear()
            for run in block.runs:
                added = made.add_run(run.text)
                added.bold = run.bold or None
                added.italic = run.italic or None
                if run.code:
                    added.font.name = "Courier New"
                    added.font.size = Pt(9)

    for block in blocks:
        kind = block["type"]
        if kind == "text":
            rich(block["md"])
        elif kind == "para":
            made = paragraph()
            made.add_run(block["text"]).bold = bool(block.get("strong"))
            if block.get("strong"):
                made.paragraph_format.keep_with_next = True
        elif kind == "heading":
            paragraph(block["text"], style="Heading 3")
        elif kind in ("note", "tag"):
            run = paragraph().add_run(block["text"])
            run.italic = True
            run.font.color.rgb = RGBColor(0x5A, 0x6B, 0x7D)
        elif kind == "list":
            if block.get("title"):
                title = paragraph()
                title.add_run(block["title"]).bold = True
                title.paragraph_format.keep_with_next = True
                title.paragraph_format.space_after = Pt(2)
            instance = new_list() if block.get("ordered") else 0
            for item in block["items"]:
                if block.get("ordered"):
                    made = paragraph(item, style="List Number")
                    numbered(made, instance)
                else:
                    made = paragraph(item, style="List Bullet")
                made.paragraph_format.space_after = Pt(2)
        elif kind == "defs":
            for entry in block["items"]:
                term = paragraph()
                term.add_run(entry["term"]).bold = True
                term.paragraph_format.keep_with_next = True
                term.paragraph_format.space_after = Pt(2)
                rich(entry["md"])
    # re-parsed as plain lxml elements: python-docx's element classes override ``text``
    return [_shape(etree.fromstring(etree.tostring(c))) for c in body if c.tag != qn("w:sectPr")]


MARKDOWN = [
    "Plain prose\nover two lines,  \nwith a hard break and a\ttab.",
    "## Why\n\n### Deeper\n\n#### Deepest\n\nWe **must** be *careful* and ***both*** `code <x> & y` x.",
    "- one\n- two\n  - nested **b**\n  - nested2\n- three\n\n1. first\n2. second\n   1. sub\n   2. sub two\n3. third",
    "> quoted *it*\n> more\n\n```\nfenced <code> & stuff\n  indented\n```\n\n    indented code\n\n---\n",
    "See [the code](https://example.org/code), [anchor](#x) and ![img](http://x/y.png).\n\n<b>raw</b> &amp; </w:t>",
    "  leading  and trailing  \n\n\u2003em spaces\u2003 and \u00a0nbsp",
    "",
]


@pytest.mark.parametrize("text", MARKDOWN)
def test_paragraphs_are_the_xml_python_docx_built(text: str) -> None:
    blocks: list[dict[str, Any]] = [
        {"type": "text", "md": text},
        {"type": "para", "text": " Strong\ttext ", "strong": True},
        {"type": "para", "text": "Plain\nline", "strong": False},
        {"type": "para", "text": ""},
        {"type": "heading", "text": "A heading"},
        {"type": "heading", "text": ""},
        {"type": "note", "text": "A note <i>"},
        {"type": "tag", "text": " tag "},
        {"type": "list", "title": "Items", "ordered": True, "items": ["a", "b\tc", " d "]},
        {"type": "list", "title": "", "ordered": False, "items": ["x & y", "z\r\nw"]},
        {"type": "defs", "items": [{"term": "Term", "md": text}, {"term": "<T>", "md": "*x*"}]},
    ]
    built = _Body(style_ids(template_path()))
    for block in blocks:
        _block(built, block, 3)
    xml = _body_bytes("".join(built.out)).decode()
    wrapper = etree.fromstring(f'<w:body xmlns:w="{W[1:-1]}">{xml}</w:body>')
    assert [_shape(c) for c in wrapper] == _reference(blocks)
