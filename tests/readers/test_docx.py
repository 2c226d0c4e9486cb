"""Word documents as LibreOffice, python-docx and mammoth read them."""

from __future__ import annotations

import re
import zipfile
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

from tests.readers.conftest import document_names
from tests.readers.tools import module, offline_env, program, run

NAMES = document_names("docx")
#: How a mammoth user maps Charter's own styles (mammoth's default map knows only Word's headings and lists).
MAMMOTH_STYLES = """
p[style-name='Title'] => h1.title:fresh
p[style-name='Subtitle'] => p.subtitle:fresh
p[style-name='Control Heading'] => p.control-heading:fresh
p[style-name='Table Text'] => p:fresh
p[style-name='Table Heading'] => p:fresh
p[style-name='List Continue'] => p.list:fresh
p[style-name='Quote'] => blockquote > p:fresh
p[style-name='Note'] => p.note:fresh
r[style-name='Fingerprint'] => code
"""


@pytest.fixture(scope="module")
def libreoffice(outputs: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every document converted to PDF by LibreOffice, in one run (a profile of its own, offline)."""
    soffice = program("soffice")
    work = tmp_path_factory.mktemp("libreoffice")
    files = [outputs / "documents" / name for name in NAMES]
    result = run(
        [
            soffice,
            f"-env:UserInstallation={(work / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            # without it a file that is not a Word file would be read as plain text and "convert"
            "--infilter=MS Word 2007 XML",
            "--convert-to",
            'pdf:writer_pdf_Export:{"ExportBookmarks":{"type":"boolean","value":"true"}}',
            "--outdir",
            work / "pdf",
            *files,
        ],
        env=offline_env(work),
    )
    # its exit code is 0 even when a file could not be loaded: the converted files say it
    assert "Error" not in result.stderr, result.stderr
    return work / "pdf"


def _pdf_text(path: Path) -> str:
    return run([program("pdftotext"), "-layout", "-enc", "UTF-8", path, "-"]).stdout


@pytest.mark.parametrize("name", NAMES)
def test_libreoffice_opens_every_document_and_lays_it_out(libreoffice: Path, name: str) -> None:
    pdf = libreoffice / name.replace(".docx", ".pdf")
    assert pdf.is_file() and pdf.stat().st_size > 0, "LibreOffice could not load the file"
    text = _pdf_text(pdf)
    assert "Page 1 of" in text  # the footer's fields
    if name.endswith("-policy.docx"):
        # the contents: every section with its page, as LibreOffice paginated it, without a field update
        contents = re.findall(r"^(\d+)\s+(.+?)\.{3,}\s*(\d+)$", text, re.MULTILINE)
        assert [int(number) for number, _, _ in contents] == list(range(1, len(contents) + 1))
        pages = [int(page) for _, _, page in contents]
        assert len(contents) > 15 and pages == sorted(pages) and pages[0] >= 2


def _headings(document: Any) -> list[tuple[int, str]]:
    found = []
    for paragraph in document.paragraphs:
        name = paragraph.style.name if paragraph.style is not None else ""
        if name == "Title":
            found.append((0, paragraph.text))
        elif name.startswith("Heading "):
            found.append((int(name.split()[1]), paragraph.text))
    return found


@pytest.mark.parametrize("name", NAMES)
def test_python_docx_reads_headings_that_never_skip_a_level_and_honest_properties(outputs: Path, name: str) -> None:
    docx = module("docx")
    path = outputs / "documents" / name
    document = docx.Document(str(path))
    headings = _headings(document)
    assert headings[0][0] == 0, "the document title comes first"
    levels = [level for level, _ in headings]
    skips = [(a, b) for a, b in pairwise(headings) if b[0] > a[0] + 1]
    assert skips == [] and 1 in levels
    properties = document.core_properties
    # the playbook's owner, by name; a spoke's own owner (spoke.owner) where its file names one
    assert properties.author == ("Hannah Fischer" if "-emea-" in name else "Margaret Reyes")
    assert properties.title.startswith("Meridian Securities ") and properties.subject
    assert properties.language == "en"
    with zipfile.ZipFile(path) as archive:
        parts = set(archive.namelist())
        app = archive.read("docProps/app.xml").decode()
    # nothing left over from the template's origins that Word might "repair" or that misleads
    assert not {"word/stylesWithEffects.xml", "docProps/thumbnail.jpeg"} & parts
    assert not any(part.startswith("customXml/") for part in parts)
    assert "<Application>Charter</Application>" in app
    # no page, word or character counts: Charter does not lay the document out, so it cannot know them
    assert not re.search(r"<(Pages|Words|Characters|Lines|Paragraphs)>", app)


@pytest.mark.parametrize("name", NAMES)
def test_mammoth_converts_every_document_without_a_message(outputs: Path, name: str) -> None:
    mammoth = module("mammoth")
    with (outputs / "documents" / name).open("rb") as handle:
        result = mammoth.convert_to_html(handle, style_map=MAMMOTH_STYLES)
    assert [f"{m.type}: {m.message}" for m in result.messages] == []
    assert "<h1>" in result.value or "<h1 " in result.value
