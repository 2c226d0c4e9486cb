"""PDF documents in German, Japanese and Arabic, read back with pdftotext (issue 20)."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

import ui.pdf  # noqa: F401  (registers the PDF writer)
from playbooks.export import export_document
from playbooks.export.source import load_source
from tests.conftest import EXAMPLES
from tests.ui.test_pdf_export import pdf_pages

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")

EMEA = EXAMPLES / "meridian-securities-spoke-emea.playbook.yaml"


def _fonts_for(language: str) -> bool:
    """Whether fontconfig has a font for ``language`` (fonts-noto-cjk, fonts-noto-core on Debian)."""
    listed = subprocess.run(["fc-list", f":lang={language}"], capture_output=True, text=True, check=False)
    return bool(listed.stdout.strip())


def _pages(tmp_path: Path, language: str) -> list[str]:
    source = load_source(EMEA, language=language)
    data = export_document(source.playbook, "policy", "pdf", extra=source.extra, language=source.language)
    return pdf_pages(data, tmp_path, f"policy-{language}")


def test_a_german_pdf_has_german_headings_dates_and_page_footers(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pages = _pages(tmp_path, "de")
    text = "\n".join(pages)
    assert "Dokumentenlenkung" in text and "1. Oktober 2026" in text
    assert f"Seite 1 von {len(pages)}" in pages[0] and "Page 1 of" not in text
    assert "Document control" not in text


@pytest.mark.skipif(not _fonts_for("ja"), reason="needs a Japanese font (Debian: fonts-noto-cjk)")
def test_the_japanese_text_of_a_pdf_extracts_as_written(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pages = _pages(tmp_path, "ja")
    text = "\n".join(pages)
    assert "文書管理" in text and "ソーシャルメディアポリシー" in text and "2026年10月1日" in text
    assert f"1 / {len(pages)} ページ" in pages[0]


@pytest.mark.skipif(not _fonts_for("ar"), reason="needs an Arabic font (Debian: fonts-noto-core)")
def test_an_arabic_pdf_has_its_arabic_words_and_its_latin_names(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = load_source(EMEA, language="ar-AE")
    path = tmp_path / "policy-ar.pdf"
    path.write_bytes(export_document(source.playbook, "policy", "pdf", extra=source.extra, language=source.language))
    # pdftotext's own reading order (not -raw), in presentation forms that NFKC maps back to letters
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True, text=True)
    plain = unicodedata.normalize("NFKC", text.stdout)
    assert "سياسة وسائل التواصل الاجتماعي" in plain and "Meridian Securities" in plain


@pytest.mark.skipif(not _fonts_for("ar"), reason="needs an Arabic font (Debian: fonts-noto-core)")
def test_an_arabic_pdf_reads_its_tables_from_the_right_and_its_english_paragraphs_left_to_right(  # type: ignore[no-untyped-def]
    qapp, tmp_path: Path
) -> None:
    import re

    source = load_source(EMEA, language="ar-AE")
    path = tmp_path / "policy-ar.pdf"
    path.write_bytes(export_document(source.playbook, "policy", "pdf", extra=source.extra, language=source.language))
    boxes = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", "-bbox", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout
    width = float(re.search(r'<page width="([\d.]+)"', boxes).group(1))  # type: ignore[union-attr]
    version = re.search(r'<word [^>]*xMax="([\d.]+)"[^>]*>1\.3\.0</word>', boxes)
    # the document control's labels stand in the right-hand column (30%), their values to their left
    assert version is not None and float(version.group(1)) < width * 0.7
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True, text=True)
    # an English paragraph of the playbook keeps its full stop at its end (not before its first word)
    assert "tighten the items marked as locked." in text.stdout
    assert ".tighten the items marked as locked" not in text.stdout
