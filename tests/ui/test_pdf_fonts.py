"""Scripts without a font (attack 14 on issue 17): text the machine has no font for is either in
the PDF, drawn and read back, or named in one warning line that says which package gives it; Qt's
own font warnings never reach the terminal (they go to Charter's log)."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from playbooks.cli.main import main
from playbooks.export.pdfdoc import missing_fonts_notice

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")

TITLE = "नीति 👩\u200d💻 Policy"


def test_a_script_without_a_font_is_drawn_or_named_in_one_warning_line(
    qapp: object, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    import ui.pdf

    source = tmp_path / "hi.playbook.yaml"
    source.write_text(f'schema_version: 1\ndocument:\n  id: d\n  title: "{TITLE}"\n', encoding="utf-8")
    out = tmp_path / "hi.pdf"
    code = main(["export", str(source), "--doc", "guidelines", "--format", "pdf", "-o", str(out)])
    err = capfd.readouterr().err
    assert code == 1  # the findings of a minimal playbook; a font warning changes no exit code
    assert out.read_bytes().startswith(b"%PDF-")  # written all the same
    assert "qt.text.font" not in err and "OpenType" not in err
    assert all(line.startswith("charter: ") for line in err.splitlines()), err
    fonts = [line for line in err.splitlines() if "no font on this machine" in line]
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True, text=True).stdout
    devanagari = sum(1 for c in text if unicodedata.name(c, "").startswith("DEVANAGARI"))
    if "न" in ui.pdf.missing_glyphs("न"):
        (line,) = fonts
        assert "Devanagari (नीति)" in line and "fonts-noto-core" in line and devanagari == 0
    else:
        assert devanagari >= 3  # drawn, and a reader finds it
    if "👩" in ui.pdf.missing_glyphs("👩"):
        assert "emoji (👩💻)" in fonts[0] and "fonts-noto-color-emoji" in fonts[0]
    if not ui.pdf.missing_glyphs(TITLE):
        assert not fonts


def test_the_warning_names_each_script_and_its_package_once() -> None:
    notice = missing_fonts_notice("नीति👩💻中文ال")
    assert notice.startswith("no font on this machine for ")
    for part in ("Devanagari (नीति)", "emoji (👩💻)", "CJK (中文)", "Arabic (ال)"):
        assert part in notice
    assert "fonts-noto-cjk and fonts-noto-color-emoji and fonts-noto-core" in notice
    assert missing_fonts_notice("") == ""


def test_arabic_text_extracts_as_its_letters_not_presentation_forms(qapp: object, tmp_path: Path) -> None:
    # attack 15: Qt maps shaped Arabic glyphs to presentation forms (U+FExx); search needs the letters
    import ui.pdf
    from playbooks.export import export_document
    from playbooks.format.model import SCHEMA_VERSION, Playbook

    title = "سياسة وسائل التواصل"
    if ui.pdf.missing_glyphs(title):
        pytest.skip("no Arabic font on this machine (fonts-noto-core or fonts-dejavu-core gives one)")
    playbook = Playbook.model_validate({"schema_version": SCHEMA_VERSION, "document": {"id": "p", "title": title}})
    path = tmp_path / "ar.pdf"
    path.write_bytes(export_document(playbook, "guidelines", "pdf"))
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True).stdout
    assert not [c for c in text if 0xFB50 <= ord(c) <= 0xFDFF or 0xFE70 <= ord(c) <= 0xFEFF]
    for word in title.split():
        assert word in text


def test_on_a_machine_without_the_font_one_line_names_the_script_and_its_package(
    qapp: object, tmp_path: Path, capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import ui.pdf

    for char in "नीति":  # as on a machine without fonts-noto-core (what this one has does not matter)
        monkeypatch.setitem(ui.pdf._DRAWN, char, False)
    source = tmp_path / "hi.playbook.yaml"
    source.write_text('schema_version: 1\ndocument:\n  id: d\n  title: "नीति Policy"\n', encoding="utf-8")
    out = tmp_path / "hi.pdf"
    code = main(["export", str(source), "--doc", "guidelines", "--format", "pdf", "-o", str(out)])
    err = capfd.readouterr().err.splitlines()
    assert code == 1 and out.read_bytes().startswith(b"%PDF-")  # written; the findings set the code
    (line,) = [line for line in err if "no font" in line]
    assert line == (
        f"charter: warning: {out}: no font on this machine for Devanagari (नीति): the PDF shows empty boxes "
        "there; install fonts-noto-core (Debian) and export again"
    )
    assert all(line.startswith("charter: ") for line in err)
