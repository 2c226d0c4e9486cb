"""Exported documents (HTML, Markdown, DOCX, CSV) of the examples, read back as a reader would.

PDF needs Qt and is tested in tests/ui/test_pdf_export.py.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from playbooks.cli.main import main as cli_main
from playbooks.export import DOCUMENTS, ExportError, export_document, formats_for
from playbooks.export.context import build_context
from playbooks.export.source import ExportSource, load_source
from playbooks.format.model import Playbook
from playbooks.io.storage import fingerprint, save
from tests.conftest import EXAMPLES
from tests.export.readback import READERS, csv_rows, docx_paragraphs, docx_xml, expected_strings, html_text, md_text
from tests.export.sample import rich_playbook_data

EXAMPLE_FILES = sorted(EXAMPLES.glob("*.playbook.yaml"))
TEXT_FORMATS = ["html", "md", "docx", "csv"]
EPOCH = "1767225600"  # 1 January 2026


@pytest.fixture(autouse=True)
def _fixed_generation_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)


@pytest.fixture(scope="module")
def sources() -> dict[str, ExportSource]:
    return {path.name: load_source(path) for path in EXAMPLE_FILES}


def _cases() -> list[tuple[str, str, str]]:
    return [
        (path.name, doc, fmt)
        for path in EXAMPLE_FILES
        for doc in DOCUMENTS
        for fmt in TEXT_FORMATS
        if fmt in formats_for(doc)
    ]


def test_the_examples_are_there() -> None:
    assert any("hub" in p.name for p in EXAMPLE_FILES)
    assert any("spoke" in p.name for p in EXAMPLE_FILES)


@pytest.mark.parametrize(("example", "doc", "fmt"), _cases())
def test_every_document_of_every_example_reads_back_complete(
    example: str, doc: str, fmt: str, sources: dict[str, ExportSource]
) -> None:
    source = sources[example]
    if doc == "addendum" and not source.is_spoke:
        with pytest.raises(ExportError, match="needs a spoke file"):
            export_document(source.playbook, doc, fmt, extra=source.extra)
        return
    data = export_document(source.playbook, doc, fmt, extra=source.extra)
    text = READERS[fmt](data)
    missing = [s for s in expected_strings(source, doc, fmt) if " ".join(s.split()) not in text]
    assert missing == []
    # provenance: the fingerprint of the exact content, and the generation date
    assert fingerprint(source.playbook) in text
    assert "1 January 2026" in text


def test_an_addendum_lists_each_change_with_its_rationale(sources: dict[str, ExportSource]) -> None:
    spokes = [s for s in sources.values() if s.is_spoke]
    assert spokes
    for source in spokes:
        text = html_text(export_document(source.playbook, "addendum", "html", extra=source.extra))
        assert source.extra["changes"], f"{source.file} shows no changes"
        for change in source.extra["changes"]:
            assert " ".join(change["rationale"].split()) in text


#: The EMEA spoke adds a joint-controller arrangement whose text holds a citation with a full stop.
XING_ARRANGEMENT = (
    "Privacy › Joint-controller arrangements › XING Page Insights joint-controller arrangement (Art. 26 GDPR), "
    "accepted 2026-11-05 for the Meridian Securities Europe page"
)


@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
def test_the_addendum_prints_an_item_citation_intact(fmt: str, sources: dict[str, ExportSource]) -> None:
    source = sources["meridian-securities-spoke-emea.playbook.yaml"]
    text = READERS[fmt](export_document(source.playbook, "addendum", fmt, extra=source.extra))
    # once in the summary table and once as the heading of its rationale, never split at the full stop
    assert text.count(XING_ARRANGEMENT) == 2
    assert "Art ›" not in text


def test_the_addendum_names_items_and_people_as_people_know_them(sources: dict[str, ExportSource]) -> None:
    source = sources["meridian-securities-spoke-emea.playbook.yaml"]
    rows = {row["item"]: row for row in source.extra["changes"]}
    # the added channel by its platform and handle, not by its id or its platform alone
    added = rows["Channels and accounts › XING Meridian Securities Europe GmbH"]
    assert added["change"] == "Added" and added["spoke"] == "XING Meridian Securities Europe GmbH"
    # a locked record class by its name, its field by its title
    assert any(item.startswith("Recordkeeping › Business communications on social media") for item in rows)
    assert not [item for item in rows if "rc-" in item or "c-xing" in item]


def test_docx_sections_use_word_heading_styles(sources: dict[str, ExportSource]) -> None:
    source = sources[EXAMPLE_FILES[0].name]
    data = export_document(source.playbook, "policy", "docx", extra=source.extra)
    styles = {text: style for style, text in docx_paragraphs(data)}
    context = build_context(source.playbook, "policy", source.extra)
    for section in context["sections"]:
        assert styles[f"{section['number']}\u2003{section['title']}"] == "Heading1"
        for sub in section["subsections"]:
            assert styles[f"{sub['number']}\u2003{sub['title']}"] == "Heading2"
    body = docx_xml(data)
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    assert body.findall(f".//{w}tblHeader"), "tables repeat their header row"
    assert any("PAGEREF" in (t.text or "") for t in body.iter(f"{w}instrText")), "contents with page fields"
    footer = b"".join(
        zipfile.ZipFile(io.BytesIO(data)).read(n) for n in zipfile.ZipFile(io.BytesIO(data)).namelist() if "footer" in n
    )
    assert b"NUMPAGES" in footer and b"PAGE" in footer


def test_html_is_one_self_contained_file(sources: dict[str, ExportSource]) -> None:
    source = sources[EXAMPLE_FILES[0].name]
    html = export_document(source.playbook, "policy", "html", extra=source.extra).decode()
    for fetching in ("<link", "<script", " src=", "url(", "@import", "<iframe", "<object"):
        assert fetching not in html
    assert "@media print" in html


# ---------------------------------------------------------------- rich text and hostile content


def test_markdown_fields_render_as_headings_lists_emphasis_and_links(tmp_path: Path) -> None:
    data = rich_playbook_data()
    data["scope"]["purpose"] = (
        "## Why\n\nWe **must** be *careful*.\n\n- one\n- two\n\nSee [the code](https://example.org/code).\n\n<b>raw</b>"
    )
    pb = Playbook.model_validate(data)
    html = export_document(pb, "policy", "html").decode()
    # the field's top heading goes one level below its section's (h1 here): no level is skipped
    assert "<h2>Why</h2>" in html
    assert "<strong>must</strong>" in html and "<em>careful</em>" in html
    assert "<li>one</li>" in html
    assert '<a href="https://example.org/code">the code</a>' in html
    assert "&lt;b&gt;raw&lt;/b&gt;" in html
    md = export_document(pb, "policy", "md").decode()
    assert "\n### Why\n" in md  # below the section's "## 2 Scope and definitions"
    assert "We **must** be *careful*." in md
    assert "\\<b\\>raw\\</b\\>" in md
    assert "See [the code](<https://example.org/code>)." in md
    docx = export_document(pb, "policy", "docx")
    paragraphs = docx_paragraphs(docx)
    assert ("ListBullet", "one") in paragraphs
    assert ("Heading2", "Why") in paragraphs
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    bold_runs = [
        "".join(t.text or "" for t in run.iter(f"{w}t"))
        for run in docx_xml(docx).iter(f"{w}r")
        if run.find(f"{w}rPr/{w}b") is not None
    ]
    assert "must" in bold_runs


PAYLOAD = "<script>alert(1)</script>{{ 7*7 }}</w:t><w:t>x&amp;<img src=x onerror=alert(2)>"


def _set(data: Any, path: tuple[Any, ...], value: Any) -> None:
    for part in path[:-1]:
        data = data[part]
    data[path[-1]] = value


def _string_leaves(data: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(data, dict):
        return [leaf for key, value in data.items() for leaf in _string_leaves(value, (*path, key))]
    if isinstance(data, list):
        return [leaf for i, value in enumerate(data) for leaf in _string_leaves(value, (*path, i))]
    return [path] if isinstance(data, str) else []


@pytest.fixture(scope="module")
def hostile() -> Playbook:
    """The sample playbook with the payload in every text field the format accepts it in."""
    original = rich_playbook_data()
    data = rich_playbook_data()
    leaves = _string_leaves(data)
    for path in leaves:
        _set(data, path, PAYLOAD)
    for _ in range(10):
        try:
            return Playbook.model_validate(data)
        except ValidationError as exc:
            # ids, enums, dates, versions: restore the fields whose format refuses free text
            for error in exc.errors():
                loc = tuple(error["loc"])
                for path in leaves:
                    if path[: len(loc)] == loc or loc[: len(path)] == path:
                        value: Any = original
                        for part in path:
                            value = value[part]
                        _set(data, path, value)
            if any(e["type"] == "broken_reference" for e in exc.errors()):
                for path in leaves:
                    if path[-1] in ("owner", "backup", "person", "approver", "lead", "mentor", "mentee", "acted_on_by"):
                        value = original
                        for part in path:
                            value = value[part]
                        _set(data, path, value)
    raise AssertionError("could not build the hostile playbook")


def test_the_hostile_playbook_carries_the_payload_widely(hostile: Playbook) -> None:
    dumped = str(hostile.model_dump(mode="json"))
    assert dumped.count("<script>alert(1)</script>") > 60


@pytest.mark.parametrize("doc", [d for d in DOCUMENTS if d != "addendum"])
def test_script_and_template_payloads_stay_inert_text(doc: str, hostile: Playbook) -> None:
    html = export_document(hostile, doc, "html").decode()
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "{{ 7*7 }}" in html_text(html.encode())

    md = export_document(hostile, doc, "md").decode()
    assert "<script" not in md.replace("\\<script", "")
    assert "<script>alert(1)</script>{{ 7*7 }}" in md_text(md.encode())

    docx = export_document(hostile, doc, "docx")
    with zipfile.ZipFile(io.BytesIO(docx)) as archive:
        assert archive.testzip() is None
        for name in archive.namelist():
            if name.endswith(".xml") or name.endswith(".rels"):
                docx_xml(docx, name)  # every part is well-formed XML
    texts = [text for _, text in docx_paragraphs(docx)]
    assert any(PAYLOAD in text for text in texts), "the payload survives as visible text"


def test_csv_cells_cannot_become_spreadsheet_formulas() -> None:
    data = rich_playbook_data()
    data["people"]["people"][0]["name"] = '=HYPERLINK("http://evil.example","click")'
    pb = Playbook.model_validate(data)
    rows = csv_rows(export_document(pb, "raci", "csv"))
    cells = [cell for row in rows for cell in row]
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells)
    assert any(cell.startswith("'=HYPERLINK") for cell in cells)


# ---------------------------------------------------------------- reproducibility


@pytest.mark.parametrize(
    ("doc", "fmt"),
    [
        ("policy", "html"),
        ("policy", "md"),
        ("policy", "docx"),
        ("raci", "csv"),
        ("measurement", "csv"),
        ("checklist", "docx"),
    ],
)
def test_two_exports_are_byte_identical(doc: str, fmt: str, sources: dict[str, ExportSource]) -> None:
    source = sources[EXAMPLE_FILES[0].name]
    first = export_document(source.playbook, doc, fmt, extra=source.extra)
    second = export_document(source.playbook, doc, fmt, extra=source.extra)
    assert first == second


def test_without_source_date_epoch_the_same_day_gives_the_same_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    pb = Playbook.model_validate(rich_playbook_data())
    assert export_document(pb, "guidelines", "docx") == export_document(pb, "guidelines", "docx")
    assert export_document(pb, "guidelines", "html") == export_document(pb, "guidelines", "html")


def test_source_date_epoch_sets_the_generation_date(monkeypatch: pytest.MonkeyPatch) -> None:
    pb = Playbook.model_validate(rich_playbook_data())
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1780000000")  # 28 May 2026
    assert "28 May 2026" in html_text(export_document(pb, "crisis", "html"))
    with zipfile.ZipFile(io.BytesIO(export_document(pb, "crisis", "docx"))) as archive:
        assert {info.date_time[:3] for info in archive.infolist()} == {(2026, 5, 28)}
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    with pytest.raises(ExportError, match="SOURCE_DATE_EPOCH"):
        export_document(pb, "crisis", "html")


# ---------------------------------------------------------------- choices and the command line


def test_csv_is_only_for_tabular_documents() -> None:
    pb = Playbook.model_validate(rich_playbook_data())
    with pytest.raises(ExportError, match=r"CSV is only for tabular documents \(checklist, raci, measurement\)"):
        export_document(pb, "policy", "csv")
    with pytest.raises(ExportError, match="unknown document 'memo'; choose one of: policy, guidelines"):
        export_document(pb, "memo", "html")
    with pytest.raises(ExportError, match="unknown format 'rtf'; choose one of: docx, pdf, html, md, csv"):
        export_document(pb, "policy", "rtf")


@pytest.fixture
def hub_file(tmp_path: Path) -> Path:
    path = tmp_path / "northwind.playbook.yaml"
    save(Playbook.model_validate(rich_playbook_data()), path)
    return path


def test_cli_writes_beside_the_input_by_default(hub_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = cli_main(["export", str(hub_file), "--doc", "raci", "--format", "csv"])
    expected = hub_file.with_name("northwind-raci.csv")
    assert expected.is_file()
    assert code == (1 if "error-level" in capsys.readouterr().err else 0)
    out = hub_file.parent / "sub" / "x.html"
    out.parent.mkdir()
    assert cli_main(["export", str(hub_file), "--doc", "crisis", "--format", "html", "-o", str(out)]) in (0, 1)
    assert "Crisis Card" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--doc", "memo"], "invalid choice: 'memo' (choose from 'policy', 'guidelines', 'addendum'"),
        (["--format", "rtf"], "invalid choice: 'rtf' (choose from 'docx', 'pdf', 'html', 'md', 'csv')"),
        (
            ["--doc", "policy", "--format", "csv"],
            "'policy' cannot be exported as csv; choose one of: docx, pdf, html, md",
        ),
        (["--doc", "addendum", "--format", "md"], "is a hub playbook; the regional addendum needs a spoke file"),
        (["--template-dir", "/no/such/folder", "--format", "md"], "/no/such/folder: template folder not found"),
    ],
)
def test_cli_bad_choices_are_one_line_with_exit_code_2(
    argv: list[str], message: str, hub_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run_cli(["export", str(hub_file), *argv]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1 and "Traceback" not in err


def _run_cli(argv: list[str]) -> int:
    """The exit code, whether the command returned it or argparse exited with it."""
    try:
        return cli_main(argv)
    except SystemExit as exc:
        return int(exc.code or 0)


def test_cli_unreadable_input_and_refusal_to_overwrite_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["export", str(tmp_path / "missing.playbook.yaml"), "--format", "md"]) == 2
    assert "missing.playbook.yaml: no such file" in capsys.readouterr().err
    broken = tmp_path / "broken.playbook.yaml"
    broken.write_text("document: [unclosed\n", encoding="utf-8")
    assert cli_main(["export", str(broken), "--format", "html"]) == 2
    assert "broken.playbook.yaml:" in capsys.readouterr().err
    hub = tmp_path / "hub.playbook.yaml"
    save(Playbook.model_validate(rich_playbook_data()), hub)
    before = hub.read_bytes()
    assert cli_main(["export", str(hub), "--format", "md", "-o", str(hub)]) == 2
    assert "is an input of this command" in capsys.readouterr().err
    assert hub.read_bytes() == before


def test_control_characters_never_break_a_document() -> None:
    """YAML escapes can put characters XML forbids into a field; Word output must still open."""
    data = rich_playbook_data()
    data["document"]["title"] = "Bad \x0b char \x01 here"
    data["scope"]["purpose"] = "Line one\x0c line two"
    data["people"]["people"][0]["title"] = "Chief\x08Officer"
    pb = Playbook.model_validate(data)
    for doc in DOCUMENTS:
        if doc == "addendum":
            continue
        for fmt in formats_for(doc):
            if fmt == "pdf":
                continue
            assert export_document(pb, doc, fmt)
    docx = export_document(pb, "policy", "docx")
    with zipfile.ZipFile(io.BytesIO(docx)) as archive:
        for name in archive.namelist():
            if name.endswith(".xml"):
                docx_xml(docx, name)
    assert "Bad \ufffd char \ufffd here" in READERS["docx"](docx)


def test_a_bare_playbook_exports_every_document_with_its_gaps_stated() -> None:
    bare = Playbook.model_validate({"schema_version": 2, "document": {"id": "bare", "title": "Bare policy"}})
    for doc in DOCUMENTS:
        for fmt in formats_for(doc):
            if fmt == "pdf":
                continue
            if doc == "addendum":
                with pytest.raises(ExportError, match="needs a spoke file"):
                    export_document(bare, doc, fmt)
                continue
            assert export_document(bare, doc, fmt)
    text = html_text(export_document(bare, "policy", "html"))
    assert "Not set out in this playbook." in text
    assert "No sign-off is recorded for this version." in text


@pytest.mark.parametrize("preset", [None, "FINRA-STATIC"])
def test_a_legal_review_names_the_standard_by_its_title(preset: str | None) -> None:
    # cited without its preset (or with one that has no versions), the document printed the id
    data = rich_playbook_data()
    data["conduct"]["clauses"][0]["legal_review"] = {"reviewed_by": "Counsel", "standard": "stericycle-2023"}
    if preset:
        data["conduct"]["clauses"][0]["legal_review"]["preset"] = preset
    text = md_text(export_document(Playbook.model_validate(data), "policy", "md"))
    assert "under Stericycle (2023)" in text and "stericycle-2023" not in text
