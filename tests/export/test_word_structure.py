"""Word keeps the structure of long text (attacks 04 and 27 on issue 17): a quote within a quote
is indented deeper, numbered lists are Word's own numbering (each list restarting at 1), and a
table's column alignment is kept."""

from __future__ import annotations

import io
import re
import zipfile

import docx

from playbooks.export import export_document
from playbooks.format.model import SCHEMA_VERSION, Playbook

PURPOSE = """> outer
>
> > inner
>
> > > innermost

| Item | Count | Amount |
|:-----|:-----:|-------:|
| Pens | 3 | 12.50 |

1. first
2. second

Between the lists.

1. again
"""


def _word() -> bytes:
    playbook = Playbook.model_validate(
        {"schema_version": SCHEMA_VERSION, "document": {"id": "p", "title": "P"}, "scope": {"purpose": PURPOSE}}
    )
    return export_document(playbook, "policy", "docx")


def test_a_quote_within_a_quote_is_indented_deeper() -> None:
    document = docx.Document(io.BytesIO(_word()))
    indents = {p.text: p.paragraph_format.left_indent or 0 for p in document.paragraphs if p.style.name == "Quote"}
    assert indents["outer"] < indents["inner"] < indents["innermost"]


def test_numbered_lists_are_words_numbering_and_each_restarts() -> None:
    data = _word()
    document = docx.Document(io.BytesIO(data))
    numbered = {p.text: p._p.pPr.numPr.numId.val for p in document.paragraphs if p.text in ("first", "second", "again")}
    assert numbered["first"] == numbered["second"] != numbered["again"]
    assert not any(p.text.startswith(("1.\t", "2.\t")) for p in document.paragraphs)  # no typed numbers
    numbering = zipfile.ZipFile(io.BytesIO(data)).read("word/numbering.xml").decode()
    for instance in set(numbered.values()):
        num = re.search(rf'<w:num w:numId="{instance}">.*?</w:num>', numbering)
        assert num is not None and '<w:startOverride w:val="1"/>' in num.group(0)


def test_a_tables_column_alignment_is_kept() -> None:
    document = docx.Document(io.BytesIO(_word()))
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "Item")
    aligned = [str(c.paragraphs[0].alignment).split(".")[-1].split(" ")[0] for c in table.rows[1].cells]
    assert aligned == ["LEFT", "CENTER", "RIGHT"]


def test_a_long_word_in_a_table_cell_may_break_only_at_a_soft_hyphen() -> None:
    word = "Aufbewahrungsfristenverwaltungsrichtlinienbestimmungen"
    playbook = Playbook.model_validate(
        {
            "schema_version": SCHEMA_VERSION,
            "document": {"id": "p", "title": "P"},
            "records": {"record_classes": [{"id": "r", "name": word, "retention_years": 6}]},
        }
    )
    data = export_document(playbook, "policy", "docx")
    body = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
    cell = re.search(r"<w:tc>(?:(?!</w:tc>).)*Aufbe(?:(?!</w:tc>).)*</w:tc>", body)
    assert cell is not None and "<w:softHyphen/>" in cell.group(0)
    document = docx.Document(io.BytesIO(data))
    texts = [c.text for t in document.tables for r in t.rows for c in r.cells]
    assert any(text.replace("-", "") == word for text in texts)  # the word itself, as written
