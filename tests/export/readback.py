"""Read exported documents back as plain text, the way a reader (or a search) sees them."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from html.parser import HTMLParser
from xml.etree import ElementTree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def normalise(text: str) -> str:
    """Every run of whitespace (NBSP, em space, line breaks) as one space."""
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


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


def csv_rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


def csv_text(data: bytes) -> str:
    return normalise(" ".join(cell for row in csv_rows(data) for cell in row))


READERS = {"html": html_text, "md": md_text, "docx": docx_text, "csv": csv_text}
