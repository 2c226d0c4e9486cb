"""PDF documents as poppler (pdftotext, pdfinfo), qpdf and pypdf read them."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from tests.readers.conftest import document_names
from tests.readers.tools import module, program, run

NAMES = document_names("pdf")
LIGATURES = {chr(code) for code in range(0xFB00, 0xFB07)}  # ff fi fl ffi ffl long-st st
#: The paper each source's documents are printed on: the US hub says Letter, its EMEA spoke A4.
PAPER = {"meridian-securities-hub": "612 x 792 pts (letter)", "meridian-securities-spoke-emea": "595 x 842 pts (A4)"}


def _source(name: str) -> str:
    return next(stem for stem in PAPER if name.startswith(stem + "-"))


@pytest.mark.parametrize("name", NAMES)
def test_pdftotext_extracts_searchable_text_without_ligature_characters(outputs: Path, name: str) -> None:
    result = run([program("pdftotext"), "-enc", "UTF-8", outputs / "documents" / name, "-"])
    # poppler repairs some damage and says so on stderr only: a clean file is silent
    assert result.returncode == 0 and result.stderr == ""
    assert {ch for ch in result.stdout if ch in LIGATURES} == set()
    assert "Meridian Securities" in result.stdout and "Page 1 of" in result.stdout


@pytest.mark.parametrize("name", NAMES)
def test_qpdf_finds_nothing_wrong_and_pdfinfo_reads_the_metadata(outputs: Path, name: str) -> None:
    path = outputs / "documents" / name
    check = run([program("qpdf"), "--check", path])
    assert check.returncode == 0, check.stdout + check.stderr  # 2: errors, 3: warnings
    info = run([program("pdfinfo"), path])
    assert info.returncode == 0 and info.stderr == ""
    fields = dict(line.split(":", 1) for line in info.stdout.splitlines() if ":" in line)
    fields = {key: value.strip() for key, value in fields.items()}
    assert fields["Title"].startswith("Meridian Securities ")
    # the playbook's owner, by name; a spoke's own owner (spoke.owner) where its file names one
    assert fields["Author"] == ("Hannah Fischer" if "-emea-" in name else "Margaret Reyes")
    assert fields["Subject"] and re.fullmatch(r"[0-9a-f]{64}", fields["Keywords"])
    assert fields["CreationDate"].startswith("Thu Jan  1 00:00:00 2026")  # SOURCE_DATE_EPOCH, not the clock
    assert fields["Page size"] == PAPER[_source(name)]


class _Headings(HTMLParser):
    """The h1-h6 of an HTML document: (level, text with its spaces collapsed)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[int, str]] = []
        self._level = 0
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if re.fullmatch(r"h[1-6]", tag):
            self._level, self._text = int(tag[1]), []

    def handle_endtag(self, tag: str) -> None:
        if self._level and tag == f"h{self._level}":
            self.found.append((self._level, " ".join("".join(self._text).split())))
            self._level = 0

    def handle_data(self, data: str) -> None:
        if self._level:
            self._text.append(data)


def _outline(reader: Any, items: list[Any], depth: int = 1) -> list[tuple[int, str, int]]:
    """(level, title, page) of every bookmark, in order."""
    found = []
    for item in items:
        if isinstance(item, list):
            found.extend(_outline(reader, item, depth + 1))
        else:
            found.append((depth, item.title, reader.get_destination_page_number(item)))
    return found


@pytest.mark.parametrize("name", NAMES)
def test_pypdf_finds_a_bookmark_for_every_heading_the_language_and_the_title_bar(outputs: Path, name: str) -> None:
    pypdf = module("pypdf")
    reader = pypdf.PdfReader(outputs / "documents" / name)
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "en"
    assert bool(root["/ViewerPreferences"]["/DisplayDocTitle"]) and root["/PageMode"] == "/UseOutlines"
    bookmarks = _outline(reader, reader.outline)
    # the same headings, at the same levels, as the HTML export of the same document
    html = _Headings()
    html.feed((outputs / "documents" / name.replace(".pdf", ".html")).read_text(encoding="utf-8"))
    assert [(level, title) for level, title, _ in bookmarks] == html.found
    pages = [page for _, _, page in bookmarks]
    assert pages == sorted(pages) and pages[-1] < len(reader.pages)
    # each bookmark's page really shows its heading
    text = run([program("pdftotext"), "-enc", "UTF-8", outputs / "documents" / name, "-"]).stdout.split("\f")
    for _, title, page in bookmarks:
        assert title in " ".join(text[page].split()), title


def test_the_policy_contents_link_each_line_to_its_section(outputs: Path) -> None:
    pypdf = module("pypdf")
    for stem in PAPER:
        path = outputs / "documents" / f"{stem}-policy.pdf"
        reader = pypdf.PdfReader(path)
        sections = [(title, page) for level, title, page in _outline(reader, reader.outline) if level == 1]
        links = [
            annotation.get_object()
            for page in reader.pages[:2]
            for annotation in page.get("/Annots", [])
            if annotation.get_object()["/Subtype"] == "/Link"
        ]
        targets = [reader.get_page_number(link["/Dest"][0].get_object()) for link in links]
        assert targets == [page for _, page in sections]
        # the contents line reads the page the link goes to
        text = run([program("pdftotext"), "-layout", "-f", "1", "-l", "2", path, "-"]).stdout
        for title, page in sections:
            number, words = title.split(" ", 1)
            assert re.search(rf"^{number}\s+{re.escape(words)}\s+{page + 1}$", text, re.MULTILINE), title
