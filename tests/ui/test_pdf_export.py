"""PDF export (Qt's QTextDocument + QPdfWriter, off-screen), read back with pdftotext."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from playbooks.export import DOCUMENTS, export_document
from playbooks.export.context import build_context
from playbooks.export.source import ExportSource, load_source
from playbooks.format.model import Playbook
from playbooks.io.storage import fingerprint
from tests.conftest import EXAMPLES, ROOT
from tests.export.readback import expected_strings, normalise
from tests.export.sample import rich_playbook_data

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")

EXAMPLE_FILES = sorted(EXAMPLES.glob("*.playbook.yaml"))


def pdf_pages(data: bytes, folder: Path, name: str) -> list[str]:
    """The text of each page (pdftotext separates pages with form feeds)."""
    path = folder / f"{name}.pdf"
    path.write_bytes(data)
    text = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout
    pages = text.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


@pytest.fixture(scope="module")
def rendered(
    qapp: object, tmp_path_factory: pytest.TempPathFactory
) -> dict[tuple[str, str], tuple[ExportSource, list[str]]]:
    """Every document of every example as PDF, rendered once for the module."""
    import ui.pdf  # noqa: F401  (registers the pdf writer)

    folder = tmp_path_factory.mktemp("pdf")
    mp = pytest.MonkeyPatch()
    mp.setenv("SOURCE_DATE_EPOCH", "1767225600")
    out = {}
    try:
        for path in EXAMPLE_FILES:
            source = load_source(path)
            for doc in DOCUMENTS:
                if doc == "addendum" and not source.is_spoke:
                    continue
                data = export_document(source.playbook, doc, "pdf", extra=source.extra)
                assert data.startswith(b"%PDF-")
                out[(path.name, doc)] = (source, pdf_pages(data, folder, f"{path.stem}-{doc}"))
    finally:
        mp.undo()
    return out


def _keys() -> list[tuple[str, str]]:
    return [(p.name, d) for p in EXAMPLE_FILES for d in DOCUMENTS if d != "addendum" or "spoke" in p.name]


@pytest.mark.parametrize(("example", "doc"), _keys())
def test_every_pdf_reads_back_complete_with_page_i_of_n_footers(
    example: str, doc: str, rendered: dict[tuple[str, str], tuple[ExportSource, list[str]]]
) -> None:
    source, pages = rendered[(example, doc)]
    text = normalise(" ".join(pages))
    # headings must read as they are; names inside table cells wrap at any space or hyphen,
    # and a row split across two pages interleaves with the page furniture: those need their words
    squashed = "".join(text.split())
    words = set(re.findall(r"\w+", text))
    headings = {s["title"] for s in build_context(source.playbook, doc, source.extra)["sections"]}
    missing = [
        s
        for s in expected_strings(source, doc, "pdf")
        if "".join(normalise(s).split()) not in squashed
        and (s in headings or not set(re.findall(r"\w+", normalise(s))) <= words)
    ]
    assert missing == []
    assert fingerprint(source.playbook) in text
    total = len(pages)
    for number, page in enumerate(pages, 1):
        assert f"Page {number} of {total}" in page
        body = [line for line in page.splitlines() if line.strip() and "Page " not in line]
        assert len(body) > 3, f"page {number} of {doc} is (nearly) empty"


def test_the_addendum_pdf_prints_an_item_citation_intact(
    rendered: dict[tuple[str, str], tuple[ExportSource, list[str]]],
) -> None:
    _, pages = rendered[("meridian-securities-spoke-emea.playbook.yaml", "addendum")]
    # table cells wrap at any space: compare without white space
    squashed = "".join(normalise(" ".join(pages)).split())
    arrangement = "XINGPageInsightsjoint-controllerarrangement(Art.26GDPR),accepted2026-11-05"
    # in the summary table, as the heading of its rationale, and as the region's value
    assert squashed.count(arrangement) == 3
    assert "Art›" not in squashed


def test_a_bold_label_is_never_left_at_the_foot_of_a_page_without_its_text(
    rendered: dict[tuple[str, str], tuple[ExportSource, list[str]]],
) -> None:
    labelled = 0
    for (example, doc), (_, pages) in rendered.items():
        if doc != "addendum":
            continue
        for number, page in enumerate(pages, 1):
            # the page's text, then its running header and its footer (drawn after the text)
            *body, header, footer = [line for line in page.splitlines() if line.strip()]
            assert "Regional Addendum" in header and f"Page {number} of" in footer
            labelled += body.count("Rationale")
            assert body[-1] != "Rationale", f"{example}: the last 'Rationale' of page {number} has its text overleaf"
    assert labelled > 10


@pytest.mark.parametrize("example", [p.name for p in EXAMPLE_FILES])
def test_the_crisis_card_is_one_page_and_the_policy_flows_in_section_order(
    example: str, rendered: dict[tuple[str, str], tuple[ExportSource, list[str]]]
) -> None:
    _, crisis = rendered[(example, "crisis")]
    assert len(crisis) == 1
    source, pages = rendered[(example, "policy")]
    sections = build_context(source.playbook, "policy", source.extra)["sections"]
    # page 0 is the title page (control block and contents, which lists every section)
    first_page = [
        next(i for i, page in enumerate(pages) if i and f"{s['number']} {s['title']}" in normalise(page))
        for s in sections
    ]
    assert first_page == sorted(first_page)
    assert first_page[0] == 1, "the body starts right after the title page"
    assert first_page[-1] >= len(pages) - 2, "the last section is at the end, not followed by blank pages"
    assert "Document control" in pages[0] and "Contents" in pages[0]
    contents = normalise(pages[0])
    for section, index in zip(sections, first_page, strict=True):
        assert f"{section['number']} {section['title']} {index + 1}" in contents, "contents give the right page"


def test_hostile_text_prints_as_text(qapp: object, tmp_path: Path) -> None:
    import ui.pdf  # noqa: F401

    data = rich_playbook_data()
    data["document"]["title"] = "<script>alert(1)</script> & {{ 7*7 }}"
    data["scope"]["purpose"] = "<img src=x onerror=alert(2)> **bold**"
    pb = Playbook.model_validate(data)
    text = normalise(" ".join(pdf_pages(export_document(pb, "policy", "pdf"), tmp_path, "hostile")))
    assert "<script>alert(1)</script> & {{ 7*7 }}" in text
    assert "<img src=x onerror=alert(2)> bold" in text


def test_command_line_pdf_export_works_without_a_display(tmp_path: Path) -> None:
    """``python main.py export FILE --format pdf`` in a fresh process, no display, no running app."""
    import os

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = tmp_path / "crisis.pdf"
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "export",
            str(EXAMPLE_FILES[0]),
            "--doc",
            "crisis",
            "--format",
            "pdf",
            "-o",
            str(out),
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
    )
    assert result.returncode in (0, 1), result.stderr
    assert out.read_bytes().startswith(b"%PDF-")
    assert "Traceback" not in result.stderr


def test_contents_of_a_custom_template_get_their_pages_from_a_second_pass(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The page numbers go straight into the built-in contents table (one pagination); contents
    of another shape (here one line per section) get them from a second pass that renders them in."""
    import ui.pdf

    second_passes = []
    original = ui.pdf._qt

    def counted(job: Any, function: Any, *args: Any, **kwargs: Any) -> Any:
        if function is ui.pdf._pages_of_sections:  # a custom template's layout runs in a child
            second_passes.append(args[0])
        return original(job, function, *args, **kwargs)

    monkeypatch.setattr(ui.pdf, "_qt", counted)

    folder = tmp_path / "house"
    shutil.copytree(ROOT / "templates" / "html", folder)
    base = folder / "base.html.j2"
    row = (
        '<tr><td width="7%">{{ s.number }}</td><td>{{ s.title }}</td>'
        '<td width="8%" align="{{ end }}">{{ toc_pages.get(s.id, "") }}</td></tr>'
    )
    assert row in base.read_text(encoding="utf-8")
    base.write_text(
        base.read_text(encoding="utf-8").replace(
            row, '<tr><td>{{ s.number }} {{ s.title }} ... page {{ toc_pages.get(s.id, "-") }}</td></tr>'
        ),
        encoding="utf-8",
    )
    source = load_source(EXAMPLE_FILES[0])
    sections = build_context(source.playbook, "policy", source.extra)["sections"]
    for template_dir, shape in ((None, "{number} {title} {page}"), (folder, "{number} {title} ... page {page}")):
        data = export_document(source.playbook, "policy", "pdf", template_dir=template_dir, extra=source.extra)
        pages = pdf_pages(data, tmp_path, "house" if template_dir else "builtin")
        first_page = [
            next(i for i, page in enumerate(pages) if i and f"{s['number']} {s['title']}" in normalise(page))
            for s in sections
        ]
        contents = normalise(pages[0])
        for section, index in zip(sections, first_page, strict=True):
            assert shape.format(number=section["number"], title=section["title"], page=index + 1) in contents
        assert len(second_passes) == (1 if template_dir else 0)


# ---- the site configuration: paper size and language


def _pdfinfo(path: Path, *options: str) -> str:
    return subprocess.run(["pdfinfo", *options, str(path)], capture_output=True, text=True, check=True).stdout


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="needs pdfinfo (poppler-utils)")
def test_charter_config_letter_makes_exported_pdfs_letter_size(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import ui.pdf  # noqa: F401  (registers the pdf writer)
    from tests.test_cli import run

    example = EXAMPLES / "meridian-securities-hub.playbook.yaml"
    settings = tmp_path / "letter.toml"
    settings.write_text('paper = "letter"\nlanguage = "en-US"\n', encoding="utf-8")
    monkeypatch.setenv("CHARTER_CONFIG", str(settings))
    for doc in ("policy", "crisis"):  # paginated, and fitted onto one page
        out = tmp_path / f"{doc}.pdf"
        code, _, err = run(["export", str(example), "--doc", doc, "-o", str(out)], capsys)
        assert (code, err) == (0, "")
        info = _pdfinfo(out)
        assert "Page size:       612 x 792 pts (letter)" in info
        assert "<rdf:li>en-US</rdf:li>" in _pdfinfo(out, "-meta")
        pages = [page for page in pdf_pages(out.read_bytes(), tmp_path, f"read-{doc}") if page.strip()]
        assert pages and all(f"Page {n} of {len(pages)}" in page for n, page in enumerate(pages, 1))
    # the command line overrides the configuration
    out = tmp_path / "a4.pdf"
    assert run(["export", str(example), "--doc", "crisis", "--paper", "a4", "-o", str(out)], capsys)[0] == 0
    assert "pts (A4)" in _pdfinfo(out)


def test_the_same_playbook_gives_the_same_pdf_bytes(qapp: object, monkeypatch: pytest.MonkeyPatch) -> None:
    """Dates from SOURCE_DATE_EPOCH, not the clock; Qt's font subset names, which change from run
    to run, numbered in order (playbooks/export/pdfdoc.py)."""
    import ui.pdf  # noqa: F401  (registers the pdf writer)

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    source = load_source(EXAMPLE_FILES[0])
    first = export_document(source.playbook, "policy", "pdf", extra=source.extra)
    assert export_document(source.playbook, "policy", "pdf", extra=source.extra) == first
    import io

    from pypdf import PdfReader

    assert PdfReader(io.BytesIO(first)).metadata["/CreationDate"] == "D:20260101000000Z"


def test_a_custom_templates_pdf_made_in_the_child_has_the_outline_language_and_dates_of_a_built_in_one(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What pypdf adds is added in the sandbox's child too, dated by this process's
    SOURCE_DATE_EPOCH (the child's environment is the sandbox's, set when it first started)."""
    import io

    from pypdf import PdfReader

    import ui.pdf  # noqa: F401  (registers the pdf writer)

    folder = tmp_path / "house"
    shutil.copytree(ROOT / "templates" / "html", folder)
    source = load_source(EXAMPLE_FILES[0])
    export_document(source.playbook, "crisis", "pdf", template_dir=folder)  # the sandbox is up
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    built_in, custom = (
        PdfReader(io.BytesIO(export_document(source.playbook, "policy", "pdf", template_dir=where)))
        for where in (None, folder)
    )
    assert custom.metadata is not None and built_in.metadata is not None
    for key in ("/CreationDate", "/ModDate", "/Author", "/Subject", "/Keywords", "/Title"):
        assert custom.metadata[key] == built_in.metadata[key], key
    assert custom.metadata["/CreationDate"] == "D:20260101000000Z"
    assert custom.trailer["/Root"]["/Lang"] == built_in.trailer["/Root"]["/Lang"]
    titles = [item.title for item in custom.outline if not isinstance(item, list)]
    assert titles and titles == [item.title for item in built_in.outline if not isinstance(item, list)]


def test_a_heading_after_a_table_at_the_foot_of_a_page_costs_one_layout(
    qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    # issue 22: Qt ignores the top margin of a block right after a table, so such a heading
    # cannot be pushed to the next page; finding it again and again rebuilt the benchmark's
    # 100-page policy four more times for the same pages (its export took three times as long)
    import ui.pdf

    # as the policy's tables of rules: a grid whose last row ends in an empty cell
    table = (
        '<table width="100%" cellspacing="0" cellpadding="4" border="1"><thead><tr><th>Rule</th><th>Approver</th>'
        "</tr></thead><tbody>" + '<tr><td valign="top">Contest</td><td valign="top"></td></tr>' * 3 + "</tbody></table>"
    )

    def html(filler: int) -> str:
        paragraphs = "".join(f"<p>Paragraph {i} of the filler.</p>" for i in range(filler))
        return paragraphs + table + "<h2>7.1 Stranded</h2>" + "<p>The text under the heading.</p>" * 40

    built: list[int] = []
    document = ui.pdf._document

    def counted(*args: Any, **kwargs: Any) -> Any:
        built.append(1)
        return document(*args, **kwargs)

    monkeypatch.setattr(ui.pdf, "_document", counted)
    for filler in range(24, 34):  # from 28 to 30 paragraphs, the heading is at the foot of page 1
        built.clear()
        assert ui.pdf.html_to_pdf(html(filler), described=ui.pdf.Described("Test"), header="", footer="")
        assert len(built) == 1, f"{filler} paragraphs: the document was laid out {len(built)} times"


def test_a_table_wider_than_the_page_is_set_in_column_groups(qapp: object, tmp_path: Path) -> None:
    # a decision table of 40 columns was cut at the page edge: H35 halved, H36..H39 on no page
    import ui.pdf  # noqa: F401

    data = rich_playbook_data()
    columns = [f"Heading{i}" for i in range(40)]
    data["content"]["decision_tables"] = [
        {"id": "wide", "title": "Wide grid", "columns": columns, "rows": [[f"v{i}" for i in range(40)]]}
    ]
    words = normalise(
        " ".join(pdf_pages(export_document(Playbook.model_validate(data), "policy", "pdf"), tmp_path, "w"))
    )
    assert all(re.search(rf"\bHeading{i}\b", words) for i in range(40)), "a column is missing"
    assert all(re.search(rf"\bv{i}\b", words) for i in range(40)), "a cell is missing"
    assert "Columns 2 to" in words and "of 40 (the first column repeated)" in words


def test_every_step_of_a_deep_decision_tree_is_in_the_pdf(qapp: object, tmp_path: Path) -> None:
    import ui.pdf  # noqa: F401

    data = rich_playbook_data()
    nodes: list[dict[str, Any]] = [{"id": "s0", "question": "Q0?"}]
    nodes += [{"id": f"s{i}", "parent": f"s{i - 1}", "answer": "Yes", "question": f"Q{i}?"} for i in range(1, 60)]
    data["crisis"]["decision_trees"] = [{"id": "deep", "title": "Deep", "nodes": nodes}]
    words = " ".join(pdf_pages(export_document(Playbook.model_validate(data), "crisis", "pdf"), tmp_path, "deep"))
    assert len(set(re.findall(r"Q\d+\?", words))) == 60


def test_a_heading_is_not_left_at_a_page_foot_above_a_heading_that_moved_on(qapp: object, tmp_path: Path) -> None:
    # the real-policy fixture ended page 4 with "14 Crisis and escalation", its 14.1 on page 5
    import ui.pdf  # noqa: F401

    source = load_source(ROOT / "tests" / "fixtures" / "policies" / "mayo-clinic.playbook.yaml")
    pages = pdf_pages(export_document(source.playbook, "policy", "pdf"), tmp_path, "mayo")
    (page,) = [p for p in pages if re.search(r"^14\s+Crisis and escalation$", p, re.M)]
    assert "14.1" in page
