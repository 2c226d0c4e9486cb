"""Long words in the built-in tables break with a hyphen, never mid-word without one (attack 16
on issue 17): a German job title and record class in the People and Recordkeeping tables."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from playbooks.export import export_document
from playbooks.format.model import SCHEMA_VERSION, Playbook

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")

WORDS = ["Kommunikationsverantwortlicher", "Aufbewahrungsfristenverwaltungsrichtlinienbestimmungen"]


def _playbook() -> Playbook:
    return Playbook.model_validate(
        {
            "schema_version": SCHEMA_VERSION,
            "document": {"id": "p", "title": "P"},
            "people": {
                "people": [{"id": "p1", "name": "Anna Schmidt", "title": f"Directeur général adjoint {WORDS[0]}"}]
            },
            "records": {"record_classes": [{"id": "r", "name": WORDS[1], "retention_years": 6}]},
        }
    )


def test_a_long_word_in_a_narrow_column_breaks_with_a_hyphen(qapp: object, tmp_path: Path) -> None:
    import ui.pdf  # noqa: F401  (registers the pdf writer)

    path = tmp_path / "policy.pdf"
    path.write_bytes(export_document(_playbook(), "policy", "pdf"))
    text = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True)
    lines = [line.strip() for line in text.stdout.splitlines()]
    for word in WORDS:
        pieces = [line.split()[0] for line in lines if line and word.startswith(line.split()[0].rstrip("-\u00ad"))]
        assert pieces, word
        broken = [piece for piece in pieces if piece.rstrip("-\u00ad") != word]
        # every piece of a broken word but the last ends in a hyphen
        assert all(piece.endswith(("-", "\u00ad")) for piece in broken), pieces


def test_markdown_and_html_keep_the_words_as_written() -> None:
    for fmt in ("md", "html"):
        text = export_document(_playbook(), "policy", fmt).decode()
        assert "\u00ad" not in text and WORDS[0] in text
