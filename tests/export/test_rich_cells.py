"""Long text in a table cell keeps its structure in every format (attacks 06 and 07 on issue 17):
a crisis triage response's decision table and response tree, a change log entry's list, a
sign-off comment, an exception's description. One cell renderer serves every table: HTML and PDF
nest the blocks in the cell, Word nests paragraphs and a table in the cell, Markdown (whose
tables cannot hold blocks) writes a one-paragraph cell in the cell and any other as a numbered
note after the table."""

from __future__ import annotations

import io
from html.parser import HTMLParser
from typing import Any

import docx
import pytest
from markdown_it import MarkdownIt

from playbooks.export import export_document
from playbooks.format.model import SCHEMA_VERSION, Playbook

RESPONSE = "Decide:\n\n| If | Then |\n|---|---|\n| Threat | Call security |\n\n- Reply?\n  - Yes\n    - Once, politely\n  - No\n"
WHAT = "Three changes:\n\n1. New crisis tree\n2. Retention\n   - six years\n"


def _playbook() -> Playbook:
    return Playbook.model_validate(
        {
            "schema_version": SCHEMA_VERSION,
            "document": {
                "id": "p",
                "title": "P",
                "change_log": [
                    {"version": "1.0.0", "date": "2026-01-01", "author": "A", "what": WHAT, "why": "Audit\nfinding."}
                ],
            },
            "crisis": {
                "triage": [{"type": "rager", "response": RESPONSE}, {"type": "troll", "response": "Do not\nengage."}]
            },
        }
    )


def test_markdown_writes_a_structured_cell_as_a_note_after_a_table_that_stays_rectangular() -> None:
    md = export_document(_playbook(), "crisis", "md").decode()
    tokens = MarkdownIt("commonmark").enable("table").parse(md)
    cells = [t.content for t in tokens if t.type == "inline"]
    # the card's table: two cells a row, the one-paragraph response reflowed in its cell
    assert "Do not engage." in cells and "See note 1 below the table" in cells
    assert "Note 1: Rager, How to respond" in md
    # the note holds the decision table as a table and the tree three levels deep
    assert "Call security" in cells and sum(1 for t in tokens if t.type == "table_open") == 2
    assert max(t.level for t in tokens if t.type == "bullet_list_open") >= 4
    assert "| Then |" not in md.split("Note 1")[0]  # no raw pipes of the field in the card's table


class _Cells(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.nested_tables = 0
        self.lists_in_cells = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag == "table" and "td" in self.stack:
            self.nested_tables += 1
        if tag in ("ul", "ol") and "td" in self.stack:
            self.lists_in_cells += 1
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        while self.stack and self.stack.pop() != tag:
            pass


@pytest.mark.parametrize("doc", ["crisis", "policy"])
def test_html_nests_the_table_and_the_tree_in_the_cell(doc: str) -> None:
    html = export_document(_playbook(), doc, "html").decode()
    reader = _Cells()
    reader.feed(html)
    if doc == "crisis":
        assert reader.nested_tables == 1 and reader.lists_in_cells >= 3
    else:
        assert reader.lists_in_cells >= 2  # the change log's numbered list and its sub-list
    assert "| If |" not in html and "Threat | Call security" not in html


def test_word_nests_the_table_and_keeps_the_tree_as_paragraphs_in_the_cell() -> None:
    document = docx.Document(io.BytesIO(export_document(_playbook(), "crisis", "docx")))
    rows = {row.cells[0].text: row.cells[1] for row in document.tables[-1].rows}
    response = rows["Rager"]
    assert [[c.text for c in r.cells] for t in response.tables for r in t.rows] == [
        ["If", "Then"],
        ["Threat", "Call security"],
    ]
    assert [p.text for p in response.paragraphs if p.text] == ["Decide:", "Reply?", "Yes", "Once, politely", "No"]
    assert rows["Troll"].text == "Do not engage."  # the source's line wrap is not a line break


def test_word_keeps_a_change_logs_list_in_its_cell() -> None:
    document = docx.Document(io.BytesIO(export_document(_playbook(), "policy", "docx")))
    cells = [cell for table in document.tables for row in table.rows for cell in row.cells]
    what = next(cell for cell in cells if "New crisis tree" in cell.text)
    assert [p.text for p in what.paragraphs if p.text] == [
        "Three changes:",
        "New crisis tree",
        "Retention",
        "six years",
    ]
    styles = [p.style.name for p in what.paragraphs if p.text]
    assert styles[1:3] == ["List Number", "List Number"]  # numbered by Word, as outside a table
    assert "Audit finding." in [cell.text for cell in cells]


def test_word_sets_a_cells_long_text_in_the_tables_own_style_like_its_neighbours() -> None:
    document = docx.Document(io.BytesIO(export_document(_playbook(), "crisis", "docx")))
    rows = {row.cells[0].text: row.cells for row in document.tables[-1].rows}
    poster, response = rows["Troll"]
    # a reader sees one table: the response in the same small type as the poster beside it
    assert [p.style.name for p in response.paragraphs] == [p.style.name for p in poster.paragraphs] == ["Table Text"]
    decide = next(p for p in rows["Rager"][1].paragraphs if p.text == "Decide:")
    assert decide.style.name == "Table Text"
