"""Hub and spokes in the navigator, preferences, window state, drag and drop."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSize, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QLineEdit

from tests.ui.conftest import ScriptedDialogs, open_file
from ui import settings
from ui.forms.factory import FieldEditor
from ui.settings import Theme

pytestmark = pytest.mark.gui


def navigator_entries(window: Any) -> dict[str, list[str]]:
    tree = window.navigator
    out: dict[str, list[str]] = {}
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        out[item.text(0)] = [item.child(j).text(0) for j in range(item.childCount())]
    return out


def test_a_hub_saved_beside_its_spokes_lists_them_once_a_worker_found_them(
    qtbot: Any, window: Any, hub_folder: Path, scripted: ScriptedDialogs, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "draft"
    elsewhere.mkdir()
    draft = elsewhere / "meridian-securities-hub.playbook.yaml"
    shutil.copyfile(hub_folder / draft.name, draft)
    (hub_folder / draft.name).unlink()  # the spokes name this file as their hub: it is saved there now
    open_file(qtbot, window, draft)
    assert "Spokes" not in navigator_entries(window)
    scripted.answers = [str(hub_folder / draft.name)]
    assert window.files.save_as()
    qtbot.waitUntil(lambda: "Spokes" in navigator_entries(window), timeout=15_000)
    assert sorted(navigator_entries(window)["Spokes"]) == ["APAC", "Americas", "EMEA"]


def test_hub_lists_its_spokes_and_a_spoke_opens_read_only(qtbot: Any, window: Any, hub_folder: Path) -> None:
    open_file(qtbot, window, hub_folder / "meridian-securities-hub.playbook.yaml")
    # looked for in a worker once the hub is shown (they may be many large files)
    qtbot.waitUntil(lambda: "Spokes" in navigator_entries(window), timeout=15_000)
    entries = navigator_entries(window)
    assert sorted(entries["Spokes"]) == ["APAC", "Americas", "EMEA"]
    spokes = window.navigator.topLevelItem(window.navigator.topLevelItemCount() - 1)
    emea = next(spokes.child(j) for j in range(spokes.childCount()) if spokes.child(j).text(0) == "EMEA")
    window.navigator.itemActivated.emit(emea, 0)
    qtbot.waitUntil(
        lambda: window.files.wait_loaded() and window.document.path.endswith("emea.playbook.yaml"), timeout=15_000
    )
    assert window.document.read_only
    assert "spoke of" in window.banner_text.text() and window.banner.isVisible()
    assert navigator_entries(window)["Hub"] == ["meridian-securities-hub.playbook.yaml"]
    assert not window.findChild(QLineEdit, "field:document.title").isEnabled()
    assert not window.actions_by_name["save"].isEnabled()

    # each field says where its value comes from
    def origin(path: str) -> str:
        editor = window.findChild(QLineEdit, f"field:{path}").parentWidget()
        assert isinstance(editor, FieldEditor)
        return editor.origin.text()

    assert origin("document.title").startswith("Changed in this spoke")
    assert origin("document.supersedes") == "Inherited from the hub"


def test_preferences_are_stored_and_typed() -> None:
    settings.set_theme(Theme.DARK)
    settings.set_autosave_seconds(9999)
    settings.set_user_name("Dana Whitfield")
    settings.set_recent_count(2)
    for name in ("/a.playbook.yaml", "/b.playbook.yaml", "/c.playbook.yaml"):
        settings.add_recent_file(name)
    assert settings.theme() is Theme.DARK
    assert settings.autosave_seconds() == 600  # clamped to the allowed range
    assert settings.user_name() == "Dana Whitfield"
    assert settings.recent_files() == ["/c.playbook.yaml", "/b.playbook.yaml"]


def test_preferences_dialog_applies_its_values(qtbot: Any) -> None:
    from ui.preferences import PreferencesDialog

    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.theme.setCurrentIndex(dialog.theme.findData(Theme.LIGHT))
    dialog.autosave.setValue(12)
    qtbot.keyClicks(dialog.role, "Chief Compliance Officer")
    dialog.apply()
    assert settings.theme() is Theme.LIGHT
    assert settings.autosave_seconds() == 12
    assert settings.user_role() == "Chief Compliance Officer"


def test_window_state_is_restored(qtbot: Any, tmp_path: Path) -> None:
    from playbooks.io.recovery import RecoveryArea
    from ui.mainwindow import MainWindow

    first = MainWindow(recovery=RecoveryArea(tmp_path / "r"))
    first.show()
    # within the offscreen screen (800 x 800): a larger window would be clamped when restored
    first.resize(700, 530)
    first.find_dock.show()
    first.close()
    second = MainWindow(recovery=RecoveryArea(tmp_path / "r"))
    try:
        second.show()
        assert second.size() == QSize(700, 530)  # not the 1380 x 860 a new window starts with
        assert second.find_dock in second._docks_before_welcome  # shown again with the next playbook
    finally:
        second.close()
        first.deleteLater()
        second.deleteLater()


def test_the_editor_comes_back_with_its_docks_and_splitter_as_they_were_left(qtbot: Any, tmp_path: Path) -> None:
    from playbooks.io.recovery import RecoveryArea
    from ui.mainwindow import MainWindow

    # opening a file: the editor's frame, not the welcome page (which hides the docks)
    first = MainWindow(recovery=RecoveryArea(tmp_path / "r"), opening="x.playbook.yaml")
    first.show()
    first.resize(760, 560)
    first.preview_dock.hide()
    first.find_dock.show()
    first.splitter.setSizes([320, 400])
    qtbot.waitUntil(lambda: first.splitter.sizes()[0] == 320)
    left = first.splitter.sizes()
    first.close()
    second = MainWindow(recovery=RecoveryArea(tmp_path / "r"), opening="x.playbook.yaml")
    try:
        second.show()
        qtbot.waitExposed(second)
        assert second.find_dock.isVisible() and not second.preview_dock.isVisible()
        assert second.splitter.sizes() == left
    finally:
        second.close()
        first.deleteLater()
        second.deleteLater()


def test_dropping_a_file_opens_it(qtbot: Any, window: Any, hub_folder: Path) -> None:
    path = hub_folder / "meridian-securities-hub.playbook.yaml"
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(event)
    qtbot.waitUntil(lambda: window.document is not None and window.files.wait_loaded(), timeout=15_000)
    assert window.document.path == str(path.resolve())


def test_the_section_preview_lists_sentences_one_per_line_and_short_values_in_one() -> None:
    from playbooks.io import storage
    from tests.conftest import EXAMPLES
    from ui.preview import section_html

    playbook = storage.load(EXAMPLES / "meridian-securities-hub.playbook.yaml")
    triggers = playbook.document.early_review_triggers
    assert any("," in t for t in triggers), "the example's triggers hold commas"
    shown = section_html(playbook, "document")
    # each trigger is an item of its own: a reader can tell where one ends and the next begins
    for trigger in triggers:
        assert f"<li>{trigger}</li>".replace("&", "&amp;") in shown
    territories = ", ".join(playbook.scope.territories)
    assert territories in section_html(playbook, "scope")
