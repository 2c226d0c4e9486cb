"""Documents in the playbook's language: Charter's own words, dates and numbers (issue 20)."""

from __future__ import annotations

import importlib.util
import re
import zipfile
from pathlib import Path

import pytest

from playbooks.export import export_document
from playbooks.export.source import load_source
from playbooks.format.language import LANGUAGES, SOURCE_LANGUAGE, gettext, using
from playbooks.io.storage import load
from tests.conftest import EXAMPLES, ROOT
from tests.test_cli import run

EMEA = EXAMPLES / "meridian-securities-spoke-emea.playbook.yaml"
HUB = EXAMPLES / "meridian-securities-hub.playbook.yaml"


def _catalogues():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("catalogues", ROOT / "scripts" / "catalogues.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def messages():  # type: ignore[no-untyped-def]
    """Every message extracted from the code and the templates, as scripts/catalogues.py extracts them."""
    module = _catalogues()
    return module, module.extract()


@pytest.mark.parametrize("language", [code for code in LANGUAGES if code != SOURCE_LANGUAGE])
def test_every_catalogue_translates_every_message_charter_writes(messages, language: str) -> None:  # type: ignore[no-untyped-def]
    module, template = messages
    assert len(template) > 400  # the extraction found the documents' words (and the enum wordings)
    assert module.missing(template, language) == []
    assert module.format_errors(language) == []  # every %(name)s of the message, and no other


def test_a_message_added_to_the_code_is_missing_from_every_catalogue_until_translated(messages) -> None:  # type: ignore[no-untyped-def]
    module, template = messages
    template.add("A sentence no catalogue has yet.")
    assert module.missing(template, "de") == ["A sentence no catalogue has yet."]


def _export(tmp_path: Path, capsys, language: str, fmt: str = "html", doc: str = "policy") -> Path:  # type: ignore[no-untyped-def]
    out = tmp_path / f"{doc}-{language}.{fmt}"
    code, _out, err = run(
        ["export", str(EMEA), "--doc", doc, "--format", fmt, "--language", language, "-o", str(out)], capsys
    )
    assert code in (0, 1), err
    return out


def _cells(html: str, tag: str) -> list[str]:
    return [
        re.sub(r"<[^>]+>|&#160;|\s+", " ", cell).strip()
        for cell in re.findall(rf"<{tag}[^>]*>(.*?)</{tag}>", html, re.S)
    ]


def test_the_emea_policy_in_german_has_no_english_heading_or_label_and_german_dates(
    tmp_path: Path, capsys, messages
) -> None:  # type: ignore[no-untyped-def]
    _module, template = messages
    english = _export(tmp_path, capsys, "en").read_text(encoding="utf-8")
    german = _export(tmp_path, capsys, "de").read_text(encoding="utf-8")
    assert '<html lang="de">' in german
    # Charter's words whose German differs from the English must not appear as a heading or label
    with using("de"):
        differing = {m.id for m in template if isinstance(m.id, str) and m.id and gettext(m.id) != m.id}
    labels = {re.sub(r"^[\d.]+\s+", "", cell) for tag in ("h1", "th", "p") for cell in _cells(german, tag)}
    assert labels & differing == set()
    # every numbered section heading is translated
    assert [h for h in _cells(english, "h1")] != _cells(german, "h1")
    assert "Dokumentenlenkung" in german and "Geltungsbereich und Begriffe" in german
    assert "1. Oktober 2026" in german and "1 October 2026" in english
    assert "Document control" not in german and "Sign-offs" not in german


def test_the_language_on_the_command_line_overrides_the_playbooks_own(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    hub = tmp_path / "hub.playbook.yaml"
    hub.write_text(
        HUB.read_text(encoding="utf-8").replace("  paper: letter\n", "  paper: letter\n  language: fr-FR\n"),
        encoding="utf-8",
    )
    assert load(hub).document.language == "fr-FR"
    french, spanish = tmp_path / "fr.html", tmp_path / "es.html"
    assert run(["export", str(hub), "--format", "html", "-o", str(french)], capsys)[0] in (0, 1)
    assert run(["export", str(hub), "--format", "html", "--language", "es-MX", "-o", str(spanish)], capsys)[0] in (0, 1)
    assert '<html lang="fr-FR">' in french.read_text(encoding="utf-8") and "Maîtrise du document" in french.read_text(
        encoding="utf-8"
    )
    assert '<html lang="es-MX">' in spanish.read_text(
        encoding="utf-8"
    ) and "Control del documento" in spanish.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("tag", "says"),
    [
        ("xx-YY", "'xx-YY' is not a language Charter writes documents in; choose one of: en, de, fr, es, ja, ar"),
        ("de-XX", "'de-XX' is not a language tag Charter knows"),
        ("english", "'english' is not a language Charter writes documents in"),
        ("de_DE!", "'de_DE!' is not a language tag Charter knows"),
        # red team L05: an empty value is no default, a long one is not echoed whole, a script
        # Charter does not write the language in is refused rather than ignored
        ("", "the language is empty; give a tag such as de-DE"),
        ("de-" + "-".join(["abcdefgh"] * 200), "'de-abcdefgh-abcdefgh-abcdefgh-abcdefgh-a…' is not a language tag"),
        ("ar-Latn", "'ar-Latn' asks for the Latn script; Charter writes 'ar' in Arab script only"),
    ],
)
def test_an_unknown_language_is_one_clear_line_and_nothing_is_written(
    tmp_path: Path, capsys, tag: str, says: str
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "policy.html"
    code, _out, err = run(["export", str(EMEA), "--format", "html", "--language", tag, "-o", str(out)], capsys)
    assert code == 2 and not out.exists()
    assert err.count("\n") == 1 and says in err and "Traceback" not in err


@pytest.mark.parametrize(
    ("tag", "heading"),
    [("ja-JP-u-ca-japanese", "ソーシャルメディアポリシー"), ("de-DE-x-private", "Social-Media-Richtlinie")],
)
def test_valid_bcp47_extensions_and_private_use_choose_the_language_before_them(
    tmp_path: Path, capsys, tag: str, heading: str
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "policy.md"
    code, _out, err = run(["export", str(EMEA), "--format", "md", "--language", tag, "-o", str(out)], capsys)
    assert code in (0, 1), err
    assert heading in out.read_text(encoding="utf-8").splitlines()[0]


def test_a_bad_document_language_in_the_file_names_the_field(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    hub = tmp_path / "hub.playbook.yaml"
    hub.write_text(
        HUB.read_text(encoding="utf-8").replace("  paper: letter\n", "  paper: letter\n  language: klingon\n"),
        encoding="utf-8",
    )
    code, out, err = run(["validate", str(hub)], capsys)
    assert code == 1
    assert "document.language: Use a language tag: en, de, fr, es, ja or ar" in out + err


def test_the_word_document_in_german_has_german_words_footer_and_language(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(_export(tmp_path, capsys, "de-DE", "docx")) as word:
        body = word.read("word/document.xml").decode()
        footer = "".join(word.read(n).decode() for n in word.namelist() if n.startswith("word/footer"))
        styles = word.read("word/styles.xml").decode()
    assert "Dokumentenlenkung" in body and "Inhalts-Fingerabdruck (SHA-256)" in body and "Oktober 2026" in body
    assert "Document control" not in body and ">Version<" in body  # "Version" is German too
    assert "Seite " in footer and " von " in footer and "Page " not in footer
    assert 'w:val="de-DE"' in styles


def test_numbers_dates_and_plurals_follow_the_language() -> None:
    playbook = load_source(EMEA).playbook
    german = export_document(playbook, "policy", "md", language="de").decode()
    english = export_document(playbook, "policy", "md", language="en").decode()
    assert "7 Jahre" in german and "7 years" in english
    assert "Alle 12 Monate" in german and "Every 12 months" in english
    japanese = export_document(playbook, "policy", "md", language="ja").decode()
    assert "2026年10月1日" in japanese and "7年" in japanese


def test_arabic_documents_are_right_to_left_with_latin_names_and_numbers_kept_readable(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    html = _export(tmp_path, capsys, "ar-AE").read_text(encoding="utf-8")
    assert '<html lang="ar-AE" dir="rtl">' in html
    assert "ضبط المستند" in html  # "Document control"
    assert re.search(r'<span class="fingerprint" dir="ltr">[0-9a-f]{64}</span>', html)
    # a cell of the playbook's own text takes its direction from its first letter (an English name stays LTR)
    assert '<td dir="auto">Margaret Reyes' in html


def test_an_arabic_word_document_is_right_to_left_in_its_paragraphs_tables_and_arabic_runs(
    tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(_export(tmp_path, capsys, "ar-AE", "docx")) as word:
        styles = word.read("word/styles.xml").decode()
        body = word.read("word/document.xml").decode()
        footer = "".join(word.read(n).decode() for n in word.namelist() if n.startswith("word/footer"))
    assert "<w:pPrDefault><w:pPr><w:bidi/>" in styles and 'w:bidi="ar-AE"' in styles
    assert '<w:spacing w:val="' not in styles  # no letter spacing to pull Arabic letters apart
    tables = re.findall(r"<w:tblPr>.*?</w:tblPr>", body)
    assert tables and all("<w:bidiVisual/>" in t for t in tables)
    # the runs of Arabic text are right to left; an English name keeps its direction
    runs = re.findall(r"<w:r>(.*?)</w:r>", body)
    arabic = [r for r in runs if "ضبط المستند" in r]
    latin = [r for r in runs if "Meridian Securities" in r and not re.search("[\u0600-\u06ff]", r)]
    assert arabic and all("<w:rtl/>" in r for r in arabic)
    assert latin and not any("<w:rtl/>" in r for r in latin)
    assert "<w:rtl/>" in footer and "الصفحة" in footer


def test_an_english_word_document_has_no_right_to_left_markup(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(_export(tmp_path, capsys, "en", "docx")) as word:
        body = word.read("word/document.xml").decode() + word.read("word/styles.xml").decode()
    assert "<w:bidi/>" not in body and "<w:bidiVisual/>" not in body and "<w:rtl/>" not in body


def test_the_checklists_own_words_strictest_values_and_scorecard_are_in_the_documents_language() -> None:
    source = load_source(EMEA, language="de")
    text = export_document(source.playbook, "checklist", "md", extra=source.extra, language="de").decode()
    assert "| Aufbewahrung | 6 Jahre ab Erstellung | FINRA-STATIC, festgelegt durch das Playbook |" in text
    assert "| Speicherung | WORM oder Prüfpfad |" in text
    assert "10 Arbeitstage vor der ersten Verwendung" in text
    assert "| Kultur (Rückhalt der Geschäftsleitung) | 100 (stark) | Keine Feststellungen |" in text
    assert "| Retention |" not in text and "No findings" not in text and "business days before" not in text


def test_numbers_stay_exact_and_grouped_in_the_languages_separators() -> None:
    from decimal import Decimal

    from playbooks.export.outline import number, percent

    huge = int("9" * 400)
    with using("de"):
        assert number(12345678.5) == "12.345.678,5"
        assert number(0.1) == "0,1" and number(1e-05) == "0,00001"  # no float noise, no exponent
        assert number(Decimal("2.5"), decimals=2) == "2,50"
        assert number(7, "year") == "7 Jahre"
        shown = number(huge)
        assert shown.replace(".", "") == "9" * 400 and shown.startswith("9.999.999.")  # every digit, grouped
        assert percent(0.07) == "7\xa0%"
    with using("fr"):
        assert number(12345678.5) == "12\u202f345\u202f678,5"
    with using("en"):
        assert number(12345678) == "12,345,678" and number(12.0) == "12"
        assert number(-1234.25) == "-1,234.25"


def test_partial_dates_are_worded_in_the_documents_language() -> None:
    from playbooks.export.outline import date

    with using("de"):
        assert date("2005-05") == "Mai 2005" and date("2013") == "2013" and date("2026-10-01") == "1. Oktober 2026"
    with using("ja"):
        assert date("2005-05") == "2005年5月"
    assert date("2005-05") == "May 2005" and date("2026-03-01") == "1 March 2026"


def test_the_v2_parts_of_a_german_policy_are_german(tmp_path: Path) -> None:
    from playbooks.format.model import Playbook

    playbook = load_source(EMEA).playbook
    data = playbook.model_dump(mode="json")
    data["document"]["editions"] = [{"label": "Erstausgabe", "date": "2005-05", "title": "Richtlinie", "note": ""}]
    data["channels"]["gates"] = [{"id": "g-legal", "title": "Rechtliche Freigabe", "description": "Vor dem Start."}]
    data["conduct"]["clauses"].append(
        {"id": "c-commit", "kind": "commitment", "title": "Wir antworten", "wording": "Binnen eines Tages."}
    )
    german = export_document(Playbook.model_validate(data), "policy", "md", language="de").decode()
    assert "Ausgabenverlauf" in german and "Mai 2005" in german and "Edition history" not in german
    assert "Voraussetzungen vor der Eröffnung eines Kanals" in german and "Gates before" not in german
    assert "Die Organisation verpflichtet sich zu Folgendem." in german


def test_an_addendum_of_a_brand_is_worded_for_a_brand_in_german(tmp_path: Path) -> None:
    from playbooks.export.documents import addendum_wording

    with using("de"):
        wording = addendum_wording("brand")
        assert gettext(wording.title) == "Nachtrag der Marke"
        assert gettext(wording.column) == "Bei dieser Marke"
    assert addendum_wording(None).title == "Regional Addendum" and addendum_wording("spoke").title == "Spoke Addendum"


def test_the_places_of_a_german_addendum_name_the_fields_as_a_german_form_does(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    md = _export(tmp_path, capsys, "de", fmt="md", doc="addendum").read_text(encoding="utf-8")
    assert "Aufbewahrung von Aufzeichnungen › Business communications" in md  # the record's own name as written
    assert "› Aufbewahrung (Jahre) |" in md and "Dokumentenlenkung › Papierformat" in md
    assert "Retention (years)" not in md and "Paper size" not in md


def test_a_fields_label_is_translated_through_one_function() -> None:
    from playbooks.format.fields import field_label
    from playbooks.format.identity import Names
    from playbooks.format.model import RecordClass

    info = RecordClass.model_fields["retention_years"]
    assert field_label(info) == "Retention (years)"
    with using("ja"):
        assert field_label(info) == "保存期間（年）"
    names = Names(load(HUB))  # one per snapshot in the editor: it remembers the places it worded
    with using("fr"):
        assert names.place("document.paper").endswith("Format de papier")
    assert names.place("document.paper").endswith("Paper size")  # a place worded in French is not kept for English


def test_findings_in_a_german_document_are_german(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    md = _export(tmp_path, capsys, "de", fmt="md", doc="checklist").read_text(encoding="utf-8")
    assert re.search(r"X @MeridianSec ist seit \d+ Tagen inaktiv", md) and "has been quiet" not in md


def test_an_english_passage_of_an_arabic_word_document_is_a_left_to_right_paragraph(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """Red team L06: untranslated English set right to left lost its full stop to the start."""
    with zipfile.ZipFile(_export(tmp_path, capsys, "ar", "docx")) as word:
        body = word.read("word/document.xml").decode()
    paragraphs = re.findall(r"<w:p[ >].*?</w:p>", body)
    english = [p for p in paragraphs if "paid-search prospects." in p]
    arabic = [p for p in paragraphs if re.search(r"<w:t[^>]*>[\u0600-\u06ff]", p)]
    assert english and all('<w:bidi w:val="0"/>' in p for p in english)
    assert arabic and not any('<w:bidi w:val="0"/>' in p for p in arabic)


def test_charters_own_preset_texts_are_marked_as_english_in_another_language(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """Red team L07: the preset library's titles, qualifications and disclosures are English only."""
    german = _export(tmp_path, capsys, "de", "html", "checklist").read_text(encoding="utf-8")
    assert re.search(r'<td[^>]* lang="en">FINRA-STATIC: ', german)
    assert re.search(r'<td[^>]* lang="en">Appropriately qualified', german)
    english = _export(tmp_path, capsys, "en", "html", "checklist").read_text(encoding="utf-8")
    assert "FINRA-STATIC: " in english and 'lang="en">FINRA' not in english
