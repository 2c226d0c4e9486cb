"""The main window around the forms: problems, find, files, prompts, recovery, locks."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDoubleSpinBox, QLineEdit

from playbooks.format.model import Playbook
from playbooks.io import locking, storage
from tests.conftest import EXAMPLES, FileAccess, minimal_data
from tests.ui.conftest import ScriptedDialogs, open_file, settle
from ui import settings
from ui.dialogs import Answer

pytestmark = pytest.mark.gui


@pytest.fixture
def minimal_file(tmp_path: Path) -> Path:
    path = tmp_path / "acme.playbook.yaml"
    storage.save(Playbook.model_validate(minimal_data()), path)
    return path


def test_opening_and_reverting_a_playbook_read_and_parse_its_file_once(
    qtbot: Any, window: Any, example: Path, scripted: ScriptedDialogs, file_access: FileAccess
) -> None:
    file_access.watch(example)
    open_file(qtbot, window, example)
    assert (file_access.reads(example), file_access.parses(example)) == (1, 1)
    file_access.reset()
    window.document.set_field("document.title", "Changed")
    scripted.answers = [Answer.YES]  # discard the change
    window.files.revert()
    qtbot.waitUntil(lambda: window.files.wait_loaded() and not window.document.is_modified, timeout=10_000)
    assert window.document.playbook.document.title != "Changed"
    assert (file_access.reads(example), file_access.parses(example)) == (1, 1)


def test_loading_a_spoke_for_the_editor_reads_and_parses_it_once(file_access: FileAccess) -> None:
    from ui.session import load_for_editor

    spoke = EXAMPLES / "meridian-securities-spoke-emea.playbook.yaml"
    file_access.watch(spoke)
    loaded = load_for_editor(str(spoke), look_around=False)
    assert loaded.resolution is not None and loaded.spoke_of.endswith("meridian-securities-hub.playbook.yaml")
    assert (file_access.reads(spoke), file_access.parses(spoke)) == (1, 1)


def test_problem_jumps_to_its_field(qtbot: Any, window: Any, minimal_file: Path) -> None:
    open_file(qtbot, window, minimal_file)
    settle(qtbot, window)
    codes = [f.code for f in window.problems.findings()]
    assert "MEAS-DIRECTION" in codes and "GOV-CHAMPION-MISSING" in codes
    view = window.problems.view
    proxy = window.problems.proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 3).data() == "MEAS-DIRECTION")
    # where, in words: the metric by its name, the field by its title
    assert proxy.index(row, 1).data() == "Measurement plan › Churn › Baseline"
    view.setCurrentIndex(proxy.index(row, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.current_section() == "measurement"
    focused = QApplication.focusWidget()
    assert focused is not None and focused.objectName() == "field:measurement.metrics[0].baseline"
    assert isinstance(focused, QDoubleSpinBox)

    # filter by severity: only errors remain, and the filter does not lose the findings
    window.problems.severity_filter.setCurrentIndex(window.problems.severity_filter.findText("Errors"))
    shown = {proxy.index(r, 0).data() for r in range(proxy.rowCount())}
    assert shown == {"Error"}


def test_problems_follow_typing(qtbot: Any, window: Any, minimal_file: Path) -> None:
    open_file(qtbot, window, minimal_file)
    settle(qtbot, window)
    assert any(f.path == "measurement.metrics[0].baseline" for f in window.problems.findings())
    for path in ("measurement.metrics[0].baseline", "measurement.metrics[0].target"):
        spin = window.reveal(path)
        qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(spin, "5")
        qtbot.keyClick(spin, Qt.Key.Key_Return)
    window.reveal("measurement.metrics[0].direction")
    combo = window.findChild(type(window.problems.severity_filter), "field:measurement.metrics[0].direction")
    combo.setCurrentIndex(2)
    combo.activated.emit(2)
    qtbot.waitUntil(window.problems.is_current, timeout=15_000)
    assert not any(f.code == "MEAS-DIRECTION" for f in window.problems.findings())


def test_find_lists_hits_and_jumps(qtbot: Any, window: Any, example: Path) -> None:
    open_file(qtbot, window, example)
    window.actions_by_name["find"].trigger()
    assert window.find_dock.isVisible()
    qtbot.keyClicks(window.find_panel.query, "LedgerVault")
    qtbot.keyClick(window.find_panel.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.find_panel.results.topLevelItemCount() > 0, timeout=10_000)
    groups = [
        window.find_panel.results.topLevelItem(i).text(0) for i in range(window.find_panel.results.topLevelItemCount())
    ]
    assert "Channels and accounts" in groups
    item = window.find_panel.results.currentItem()
    path = item.data(0, Qt.ItemDataRole.UserRole)
    assert "LedgerVault" in str(window.document.get(path))
    qtbot.keyClick(window.find_panel.results, Qt.Key.Key_Return)
    focused = QApplication.focusWidget()
    assert focused is not None and focused.objectName() == f"field:{path}"


def test_unsaved_changes_prompt(qtbot: Any, window: Any, minimal_file: Path, scripted: ScriptedDialogs) -> None:
    open_file(qtbot, window, minimal_file)
    window.document.set_field("document.title", "Changed title")
    assert window.isWindowModified()

    scripted.answers = [Answer.CANCEL]
    assert not window.files.close_document()
    assert window.document is not None and window.document.playbook.document.title == "Changed title"

    scripted.answers = [Answer.SAVE]
    assert window.files.close_document()
    assert window.document is None
    assert storage.load(minimal_file).document.title == "Changed title"

    open_file(qtbot, window, minimal_file)
    window.document.set_field("document.title", "Thrown away")
    scripted.answers = [Answer.DISCARD]
    assert window.files.close_document()
    assert storage.load(minimal_file).document.title == "Changed title"
    assert [kind for kind, _ in scripted.asked] == ["save_discard_cancel"] * 3


def test_recovery_after_crash(qtbot: Any, tmp_path: Path, minimal_file: Path, scripted: ScriptedDialogs) -> None:
    from playbooks.io.recovery import RecoveryArea
    from ui.mainwindow import MainWindow

    settings.set_autosave_seconds(1)
    area = RecoveryArea(tmp_path / "recovery")
    first = MainWindow(recovery=area)
    open_file(qtbot, first, minimal_file)
    first.document.set_field("document.title", "Unsaved work")
    qtbot.waitUntil(lambda: bool(list(area.folder.glob("*.json"))), timeout=15_000)
    original_bytes = minimal_file.read_bytes()
    # a crash: the window goes away without saving or asking; its process is gone
    copy = next(area.folder.glob("*.json"))
    data = json.loads(copy.read_text())
    data["pid"] = 2**22 + 12345  # no such process
    copy.write_text(json.dumps(data))
    if first.files.lock is not None:
        first.files.lock.release()
    first.files.autosave_timer.stop()
    first.hide()  # no closeEvent: nothing is saved, asked or cleaned up
    first.deleteLater()
    assert minimal_file.read_bytes() == original_bytes  # never written over the user's file

    second = MainWindow(recovery=area)
    try:
        scripted.answers = [0]  # Restore
        assert second.files.offer_recovery()
        assert second.document.playbook.document.title == "Unsaved work"
        assert second.document.path == str(minimal_file.resolve())
        assert second.document.is_modified and second.isWindowModified()  # the title says unsaved
        scripted.answers = []
        assert second.files.save()
        assert storage.load(minimal_file).document.title == "Unsaved work"
        assert not list(area.folder.glob("*.json"))
    finally:
        second.close()
        second.deleteLater()


def test_file_changed_on_disk(qtbot: Any, window: Any, minimal_file: Path, scripted: ScriptedDialogs) -> None:
    open_file(qtbot, window, minimal_file)
    other = storage.load(minimal_file).model_copy(deep=True)
    other.document.title = "Changed elsewhere"
    scripted.answers = [Answer.YES]  # reload
    storage.save(other, minimal_file)
    qtbot.waitUntil(lambda: window.document.playbook.document.title == "Changed elsewhere", timeout=10_000)
    assert not window.document.is_modified
    assert window.findChild(QLineEdit, "field:document.title").text() == "Changed elsewhere"

    # our own save is not reported as an outside change
    window.document.set_field("document.title", "Mine")
    assert window.files.save()
    QApplication.processEvents()
    qtbot.wait(400)
    assert [k for k, _ in scripted.asked] == ["yes_no"]


def test_lock_offers_read_only(qtbot: Any, window: Any, minimal_file: Path, scripted: ScriptedDialogs) -> None:
    other = locking.LockInfo("another-host", 4242, "anna", locking.current().time, "tok")
    locking.lock_path(minimal_file).write_text(other.to_json(), encoding="utf-8")
    scripted.answers = [0]  # open read-only
    open_file(qtbot, window, minimal_file)
    assert window.document.read_only
    assert "anna on another-host" in scripted.asked[0][1]
    assert window.banner.isVisible()
    assert not window.findChild(QLineEdit, "field:document.title").isEnabled()
    assert locking.read_lock(minimal_file).user == "anna"  # the other lock is left alone


def test_own_lock_is_released_on_close(qtbot: Any, window: Any, minimal_file: Path) -> None:
    open_file(qtbot, window, minimal_file)
    assert locking.read_lock(minimal_file) is not None
    assert window.files.close_document()
    assert locking.read_lock(minimal_file) is None


def test_broken_and_newer_files_give_one_clear_message(
    qtbot: Any, window: Any, tmp_path: Path, scripted: ScriptedDialogs
) -> None:
    broken = tmp_path / "broken.playbook.yaml"
    broken.write_text("document: [unclosed\n", encoding="utf-8")
    window.files.open_path(str(broken), ask=False)
    qtbot.waitUntil(lambda: bool(scripted.messages), timeout=10_000)
    assert "broken.playbook.yaml:" in scripted.messages[-1]
    newer = tmp_path / "newer.playbook.yaml"
    newer.write_text("schema_version: 99\ndocument: {id: x, title: X}\n", encoding="utf-8")
    window.files.open_path(str(newer), ask=False)
    qtbot.waitUntil(lambda: len(scripted.messages) == 2, timeout=10_000)
    assert "newer version of Charter" in scripted.messages[-1]
    assert window.document is None and window.central.currentWidget() is window.welcome


def test_new_from_starter_and_save_as(qtbot: Any, window: Any, tmp_path: Path, scripted: ScriptedDialogs) -> None:
    scripted.answers = [0]  # the first starter offered
    window.actions_by_name["new"].trigger()
    assert window.document.playbook.document.title
    window.actions_by_name["next_section"].trigger()
    assert window.current_section() == "scope"
    window.actions_by_name["previous_section"].trigger()
    window.actions_by_name["previous_section"].trigger()
    assert window.current_section() == "waivers"
    assert window.document is not None and window.document.path == ""
    target = tmp_path / "new-playbook"
    scripted.answers = [str(target)]
    assert window.files.save()
    saved = tmp_path / "new-playbook.playbook.yaml"
    assert saved.exists() and window.document.path == str(saved.resolve())
    assert storage.load(saved).model_dump() == window.document.playbook.model_dump()


def test_welcome_lists_recent_files(qtbot: Any, window: Any, minimal_file: Path) -> None:
    open_file(qtbot, window, minimal_file)
    assert window.files.close_document()
    assert window.central.currentWidget() is window.welcome
    item = window.welcome.recent.item(0)
    assert item.data(Qt.ItemDataRole.UserRole) == str(minimal_file.resolve())


def test_a_burst_of_edits_checks_one_snapshot_at_a_time_and_shows_the_last(
    qtbot: Any, window: Any, minimal_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading
    import time

    import ui.problems

    running, most = [0], [0]
    lock = threading.Lock()
    real_compute = ui.problems.compute

    def slow_compute(playbook: Playbook, *memo: Any) -> Any:
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
        try:
            time.sleep(0.05)  # long enough for the next edits to arrive while it runs
            return real_compute(playbook, *memo)
        finally:
            with lock:
                running[0] -= 1

    monkeypatch.setattr(ui.problems, "compute", slow_compute)
    open_file(qtbot, window, minimal_file)
    settle(qtbot, window)
    for title in ("First", "Second", "Third", "Fourth"):
        window.document.set_field("document.title", title)
        window.problems.recompute_now()
    qtbot.waitUntil(window.problems.is_current, timeout=15_000)
    assert most[0] == 1
    assert window.problems.report is not None and window.document.playbook.document.title == "Fourth"
    assert window.problems.model.findings == window.problems.findings()


def test_reload_reads_in_the_background_and_never_drops_edits_made_meanwhile(
    qtbot: Any, window: Any, minimal_file: Path, scripted: ScriptedDialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    import ui.session

    open_file(qtbot, window, minimal_file)
    other = storage.load(minimal_file).model_copy(deep=True)
    other.document.title = "Changed elsewhere"
    window.files.watcher.removePath(str(minimal_file))  # this test asks for the reload itself
    storage.save(other, minimal_file)
    real_load = ui.session.load_for_editor

    def slow_load(path: str, *, look_around: bool = True) -> Any:
        time.sleep(0.3)
        return real_load(path, look_around=look_around)

    monkeypatch.setattr(ui.session, "load_for_editor", slow_load)
    window.files.revert()  # nothing unsaved: no question, the file is read in a worker
    assert not window.files.wait_loaded() and "Reloading" in window.statusBar().currentMessage()
    window.document.set_field("document.title", "Typed while it was read")
    qtbot.waitUntil(window.files.wait_loaded, timeout=10_000)
    assert window.document.playbook.document.title == "Typed while it was read"
    assert any("was not reloaded" in m for m in scripted.messages)

    window.document.undo_stack.setClean()
    window.files.revert()
    qtbot.waitUntil(window.files.wait_loaded, timeout=10_000)
    assert window.document.playbook.document.title == "Changed elsewhere"
    assert not window.document.is_modified


def test_a_held_lock_is_refreshed_as_often_as_locking_says_and_only_while_held(
    qtbot: Any, window: Any, minimal_file: Path
) -> None:
    assert window.files.lock is None and not window.files.lock_timer.isActive()
    open_file(qtbot, window, minimal_file)
    assert window.files.lock is not None
    assert window.files.lock_timer.isActive()
    assert window.files.lock_timer.interval() == int(locking.REFRESH_EVERY.total_seconds() * 1000)
    window.install(None)
    assert window.files.lock is None and not window.files.lock_timer.isActive()
