"""The editor in the user's language: complete catalogues, kept current, and the editor in German."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMenu, QPushButton

from tests.ui.conftest import EXAMPLE, open_file, settle
from ui import i18n, settings

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = sorted(i18n.catalogue_folder().glob(f"{i18n.CATALOGUE}_*.ts"))
#: plural forms per language, as Qt counts them (Japanese has one)
FORMS = {"en": 2, "de": 2, "fr": 2, "es": 2, "ja": 1}
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _messages(path: Path) -> dict[tuple[str, str, str], ET.Element]:
    """(context, source, comment) -> <message> of the catalogue at ``path``."""
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            found[key] = message
    return found


def _language(path: Path) -> str:
    return path.stem.split("_", 1)[1]


def _mnemonic(text: str) -> str:
    match = re.search(r"&(?!&)(.)", text)
    return match.group(1).lower() if match else ""


def test_a_catalogue_per_language() -> None:
    assert sorted(_language(p) for p in CATALOGUES) == sorted(i18n.LANGUAGES)


@pytest.mark.parametrize("path", CATALOGUES, ids=_language)
def test_catalogue_is_complete(path: Path) -> None:
    """Every message translated (no unfinished, vanished or obsolete entry), every plural form
    given, the placeholders of the source kept and an access key where the source has one."""
    language = _language(path)
    problems = []
    for (context, source, _comment), message in _messages(path).items():
        translation = message.find("translation")
        assert translation is not None
        where = f"{context}: {source!r}"
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{where} is {translation.get('type')}")
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")] if message.get("numerus") else []
        texts = forms or [translation.text or ""]
        if message.get("numerus") and len(forms) != FORMS[language]:
            problems.append(f"{where} has {len(forms)} plural forms, {language} needs {FORMS[language]}")
        for text in texts:
            if not text.strip():
                problems.append(f"{where} has an empty translation")
            elif set(_PLACEHOLDER.findall(text)) != set(_PLACEHOLDER.findall(source)):
                problems.append(f"{where}: placeholders differ in {text!r}")
            elif bool(_mnemonic(source)) != bool(_mnemonic(text)):
                problems.append(f"{where}: the access key is missing or extra in {text!r}")
    assert not problems, f"{path.name}:\n" + "\n".join(problems)


def test_catalogues_have_every_message_of_the_editor(tmp_path: Path) -> None:
    """pyside6-lupdate finds no message the catalogues lack, nor one they keep that is gone
    (``bash scripts/dev.sh catalogues`` brings them up to date)."""
    sources = subprocess.run(
        ["git", "ls-files", "ui/*.py"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    assert "ui/mainwindow.py" in sources
    for path in CATALOGUES:
        language = _language(path)
        copy = tmp_path / path.name
        shutil.copyfile(path, copy)
        plural_only = ["-pluralonly"] if language == i18n.SOURCE_LANGUAGE else []
        subprocess.run(
            [
                str(i18n.lupdate()),
                *("-silent", "-locations", "none", "-no-obsolete", *plural_only),
                *("-source-language", "en", "-target-language", language, *sources, "-ts", str(copy)),
            ],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        before, after = set(_messages(path)), set(_messages(copy))
        assert after - before == set(), f"{path.name} lacks messages (run 'bash scripts/dev.sh catalogues')"
        assert before - after == set(), f"{path.name} keeps messages the editor no longer has"


def test_bundle_keeps_qt_catalogues_of_the_editor_languages() -> None:
    spec = importlib.util.spec_from_file_location("bundle_rules", ROOT / "packaging" / "bundle_rules.py")
    assert spec is not None and spec.loader is not None
    rules = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(rules)
    assert set(rules.EDITOR_LANGUAGES) == set(i18n.translated_languages())


def test_language_preference_else_system() -> None:
    assert i18n.chosen_language("fr") == "fr"
    assert i18n.chosen_language("") == i18n.system_language()
    assert i18n.chosen_language("xx") == i18n.system_language()
    assert i18n.system_language() in i18n.LANGUAGES
    assert settings.language() == ""
    settings.set_language("ja")
    assert settings.language() == "ja"
    settings.set_language("")
    assert settings.language() == ""


def test_missing_catalogue_falls_back_to_english(tmp_path: Path, speaking: Any) -> None:
    assert i18n.install("de", tmp_path) == "en"
    assert i18n.current_language() == "en"
    assert speaking("de") == "de"


def test_english_plural_forms(qtbot: Any, window: Any) -> None:
    open_file(qtbot, window, EXAMPLE)
    settle(qtbot, window)
    text = window.status_readiness.text()
    assert "(s)" not in text and re.search(r"\d+ errors?, \d+ warnings?", text), text


@pytest.mark.parametrize("language", list(i18n.LANGUAGES))
def test_access_keys_unique_in_every_menu(language: str, speaking: Any, qtbot: Any, tmp_path: Path) -> None:
    """In each language, the menu bar and every menu give each access key once."""
    from playbooks.io.recovery import RecoveryArea
    from ui.mainwindow import MainWindow

    assert speaking(language) == language
    translated = MainWindow(recovery=RecoveryArea(tmp_path / "recovery"))
    qtbot.addWidget(translated)
    bar = translated.menuBar()
    menus = [a.menu() for a in bar.actions() if isinstance(a.menu(), QMenu)]
    assert len(menus) == 5
    groups = [("menu bar", [a.text() for a in bar.actions()])]
    groups += [(menu.title(), [a.text() for a in menu.actions() if not a.isSeparator()]) for menu in menus]
    for title, texts in groups:
        keys = [_mnemonic(t) for t in texts if _mnemonic(t)]
        assert len(keys) == len(set(keys)), f"{language}: {title}: {texts}"
        assert len(keys) == len(texts), f"{language}: {title}: an item without an access key: {texts}"


def test_editor_in_german(speaking: Any, qtbot: Any, tmp_path: Path) -> None:
    """Menus, the problems panel, the preferences dialog (Qt's own buttons too) in German."""
    from playbooks.io.recovery import RecoveryArea
    from ui.mainwindow import MainWindow
    from ui.preferences import PreferencesDialog

    assert speaking("de") == "de"
    window = MainWindow(recovery=RecoveryArea(tmp_path / "recovery"))
    qtbot.addWidget(window)
    window.show()
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&Datei", "&Bearbeiten", "&Ansicht", "&Playbook", "&Hilfe"]
    file_menu = [a.text() for a in window.menus["file"].actions() if not a.isSeparator()]
    assert "&Speichern" in file_menu and "Speichern &unter…" in file_menu and "&Einstellungen…" in file_menu

    open_file(qtbot, window, EXAMPLE)
    settle(qtbot, window)
    problems = window.problems
    headers = [problems.model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Schweregrad", "Ort", "Was zu tun ist", "Prüfung"]
    assert re.fullmatch(r"\d+ Fehler, \d+ Warnung(en)?, \d+ Hinweis(e)?", problems.summary.text()), (
        problems.summary.text()
    )
    assert problems.severity_filter.itemText(0) == "Alle Schweregrade"
    assert window.status_readiness.text().startswith("Reifegrad ")
    # the domain's words, from playbooks' catalogues, in the same language: the scorecard's areas
    # (computed in a worker) and the lifecycle status (an enum label, in the status bar)
    assert "Kultur" in problems.scorecard.text() and "Culture" not in problems.scorecard.text()
    assert window.status_lifecycle.text() == "Status: Aktiv"
    # the check messages too (computed in the checks worker, in the language it was started in)
    rows = [
        [problems.model.data(problems.model.index(r, c)) for c in range(4)] for r in range(problems.model.rowCount())
    ]
    stale = next(row for row in rows if row[3] == "CHAN-STALE")
    assert re.search(r"X @MeridianSec ist seit \d+ Tagen inaktiv", stale[2]) and "quiet" not in stale[2], stale
    assert window.problems_dock.windowTitle() == "Probleme"
    window.document.undo_stack.setClean()

    dialog = PreferencesDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Einstellungen"
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert isinstance(cancel, QPushButton) and cancel.text().replace("&", "") == "Abbrechen"  # Qt's own catalogue
    assert [dialog.language.itemText(i) for i in range(dialog.language.count())] == [
        "Systemvorgabe",
        "English",
        "Deutsch",
        "Français",
        "Español",
        "日本語",
    ]
    assert dialog.language_note.isHidden()
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert not dialog.language_note.isHidden()
    assert "nächsten Start" in dialog.language_note.text()
    dialog.apply()
    assert settings.language() == "fr"
    window.close()


def test_a_worker_runs_in_the_context_it_was_started_from(qtbot: Any) -> None:
    """Check messages are computed in a worker: it sees the context variables (the language in
    force) of the thread that started it, not a fresh thread's defaults."""
    import contextvars

    from PySide6.QtCore import QObject

    from ui import workers

    marker: contextvars.ContextVar[str] = contextvars.ContextVar("marker", default="fresh thread")
    token = marker.set("started here")
    receiver = QObject()
    seen: list[str] = []
    try:
        workers.start(marker.get, on_done=seen.append, on_error=lambda e: seen.append(repr(e)), receiver=receiver)
        qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    finally:
        marker.reset(token)
    assert seen == ["started here"]


def test_tailoring_view_in_german_shows_translations_beside_their_sources(
    speaking: Any, qtbot: Any, spoke_copy: Path
) -> None:
    """The tailoring view in German: its tabs, and the Translations tab with each translation
    beside its source (the EMEA spoke's German translations of hub rules), the state in German."""
    from tests.ui.test_tailoring_translations import close_view
    from ui.workflows.tailoring import open_tailoring

    assert speaking("de") == "de"
    view = open_tailoring(str(spoke_copy))
    assert view is not None
    view.show()
    try:
        tabs = [view.tabs.tabText(i) for i in range(view.tabs.count())]
        assert tabs[0] == "Felder" and tabs[1].startswith("Abweichungen vom Hub (") and tabs[-1] == "Übersetzungen"
        view.tabs.setCurrentWidget(view.translations)
        tree = view.translations.tree
        header = [tree.headerItem().text(c) for c in range(5)]
        assert header == ["Feld", "Sprache", "Ausgangstext (aktuell)", "Übersetzung", "Zustand"]
        rows = [[tree.topLevelItem(i).text(c) for c in range(5)] for i in range(tree.topLevelItemCount())]  # type: ignore[union-attr]
        live = next(r for r in rows if r[2].startswith("Scripts, slides"))
        assert live[1] == "de" and live[3].startswith("Skripte, Folien") and live[4] == "Aktuell"
        assert view.translations.summary.text().startswith(f"{len(rows)} Übersetzungen; ")
    finally:
        close_view(qtbot, view)


def test_the_editor_names_its_languages_as_documents_do() -> None:
    from playbooks.format.language import LANGUAGES as DOCUMENT_LANGUAGES

    assert {code: DOCUMENT_LANGUAGES[code] for code in i18n.LANGUAGES} == i18n.LANGUAGES
