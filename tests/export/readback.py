"""Read exported documents back as plain text, the way a reader (or a search) sees them."""

from __future__ import annotations

import csv
import io
import re
import unicodedata
import zipfile
from html.parser import HTMLParser
from typing import Any
from xml.etree import ElementTree

from playbooks.export import DOCUMENTS, export_document
from playbooks.export.context import build_context
from playbooks.export.source import ExportSource
from playbooks.format.enums import label
from playbooks.format.model import SECTIONS

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def normalise(text: str) -> str:
    """Every run of whitespace (NBSP, em space, line breaks) as one space."""
    # NFKC: compatibility characters compare as their plain letters (tests/readers/test_pdf.py
    # checks that the PDF's text has no ligature characters at all)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("style", "script"):
            self.skip += 1
        self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script"):
            self.skip -= 1
        self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def html_text(data: bytes) -> str:
    parser = _Text()
    parser.feed(data.decode("utf-8"))
    return normalise("".join(parser.parts))


def md_text(data: bytes) -> str:
    return normalise(re.sub(r"\\(.)", r"\1", data.decode("utf-8")))


def docx_xml(data: bytes, part: str = "word/document.xml") -> ElementTree.Element:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return ElementTree.fromstring(archive.read(part))


def docx_paragraphs(data: bytes) -> list[tuple[str, str]]:
    """(style id, text) of every paragraph of the body, tables included."""
    out = []
    for paragraph in docx_xml(data).iter(f"{W}p"):
        style = paragraph.find(f"{W}pPr/{W}pStyle")
        text = "".join(t.text or "" for t in paragraph.iter(f"{W}t"))
        out.append((style.get(f"{W}val", "") if style is not None else "", text))
    return out


def docx_text(data: bytes) -> str:
    return normalise(" ".join(text for _, text in docx_paragraphs(data)))


def document_text(playbook: Any, doc: str, fmt: str) -> str:
    """Document ``doc`` of ``playbook`` exported as ``fmt`` (see :data:`READERS`), as a reader sees it."""
    return READERS[fmt](export_document(playbook, doc, fmt))


def csv_rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


def csv_text(data: bytes) -> str:
    return normalise(" ".join(cell for row in csv_rows(data) for cell in row))


READERS = {"html": html_text, "md": md_text, "docx": docx_text, "csv": csv_text}


def expected_strings(source: ExportSource, doc: str, fmt: str) -> list[str]:
    """What a reader must find: headings, and the items the document exists to list."""
    pb = source.playbook
    if fmt == "csv":
        if doc == "raci":
            return [label(d.area) for d in pb.governance.decision_rights]
        if doc == "measurement":
            return [m.name for m in pb.measurement.metrics]
        return [p.preset for p in pb.regulatory.presets]
    context = build_context(pb, doc, source.extra)
    out = [DOCUMENTS[doc].title, pb.document.title]
    for section in context["sections"]:
        out.append(section["title"])
        out.extend(sub["title"] for sub in section["subsections"])
    if doc == "policy":
        out.extend(title for _, title in SECTIONS)
        out.extend(rule.title for rule in pb.content.rules)
        out.extend(clause.title for clause in pb.conduct.clauses)
        out.extend(channel.platform for channel in pb.channels.accounts)
        out.extend(channel.handle for channel in pb.channels.accounts if channel.handle)
    elif doc == "guidelines":
        out.extend(clause.title for clause in pb.conduct.clauses)
    elif doc == "raci":
        out.extend(label(d.area) for d in pb.governance.decision_rights)
    elif doc == "crisis":
        out.extend(level.name for level in pb.crisis.levels)
    elif doc == "measurement":
        out.extend(m.name for m in pb.measurement.metrics)
    elif doc == "checklist":
        out.extend(p.preset for p in pb.regulatory.presets)
    elif doc == "addendum":
        out.extend(change["item"] for change in source.extra["changes"])
    return out
