"""A new user's first steps (issue 19, points 5, 6 and 9).

The window fits a 1366x768 laptop at its first start and comes back inside the screen later;
the wizard's regions page neither looks filled in nor writes a hub-and-spoke hub without spokes
in silence; the welcome page offers the wizard, names the starters as the wizard does, and a
starter opens with its open items explained as a to-do list.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QByteArray, QRect, Qt
from PySide6.QtWidgets import QApplication, QPushButton

from playbooks.io.recovery import RecoveryArea
from tests.conftest import ROOT
from ui import settings

pytestmark = pytest.mark.gui


# ---------------------------------------------------------------- 5. the window fits the screen


def _inside(inner: QRect, outer: QRect) -> bool:
    return outer.contains(inner.topLeft()) and outer.contains(inner.bottomRight())


def test_the_first_start_fits_the_screen(qtbot: Any, tmp_path: Path) -> None:
    from ui.mainwindow import MainWindow

    window = MainWindow(recovery=RecoveryArea(tmp_path / "r"))
    try:
        window.show()
        qtbot.waitExposed(window)
        available = window.screen().availableGeometry()
        assert _inside(window.frameGeometry(), available), (window.frameGeometry(), available)
    finally:
        window.close()
        window.deleteLater()


def test_a_window_saved_on_a_larger_monitor_comes_back_inside_the_screen(qtbot: Any, tmp_path: Path) -> None:
    from ui.mainwindow import MainWindow

    first = MainWindow(recovery=RecoveryArea(tmp_path / "r"))
    first.show()
    first.setGeometry(1500, 900, 1900, 1150)  # where it was on a 3440x1440 monitor
    settings.set_window_geometry(QByteArray(first.saveGeometry()))
    first.hide()
    second = MainWindow(recovery=RecoveryArea(tmp_path / "r"))
    try:
        second.show()
        qtbot.waitExposed(second)
        available = second.screen().availableGeometry()
        assert _inside(second.frameGeometry(), available), (second.frameGeometry(), available)
    finally:
        second.close()
        first.deleteLater()
        second.deleteLater()


_LAPTOP = """
import json, sys, time
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[1])
QCoreApplication.setOrganizationName("CharterTest")
from ui.mainwindow import MainWindow
window = MainWindow()
window.show()
window.build_panels()
window.files.open_path(sys.argv[2], ask=False, progress_dialog=False)
end = time.monotonic() + 20
while (window.document is None or not window.problems.is_current()) and time.monotonic() < end:
    app.processEvents()
approval = window.findChild(QLabel, "statusApproval")
corner = approval.mapToGlobal(approval.rect().bottomRight())
frame = window.frameGeometry()
screen = window.screen().availableGeometry()
print(json.dumps({
    "frame": [frame.left(), frame.top(), frame.right(), frame.bottom()],
    "screen": [screen.left(), screen.top(), screen.right(), screen.bottom()],
    "approval": approval.text(), "approval_visible": approval.isVisible(),
    "approval_corner": [corner.x(), corner.y()],
}))
window.document.undo_stack.setClean()
window.close()
"""


def test_on_a_1366x768_laptop_the_window_and_its_approval_state_are_on_the_screen(
    tmp_path: Path, example: Path
) -> None:
    config = tmp_path / "laptop.json"
    config.write_text(
        json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96}]}),
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-c", _LAPTOP, str(tmp_path / "settings"), str(example)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": f"offscreen:configfile={config}", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    left, top, right, bottom = seen["screen"]
    assert (left, top, right, bottom) == (0, 0, 1365, 767)
    frame = seen["frame"]
    assert frame[0] >= left and frame[1] >= top and frame[2] <= right and frame[3] <= bottom, frame
    assert seen["approval"].startswith("Approved by") and seen["approval_visible"]
    x, y = seen["approval_corner"]
    assert x <= min(right, frame[2]) and y <= min(bottom, frame[3]), (seen["approval_corner"], frame)


def test_fit_rect_keeps_the_size_where_it_fits_and_shrinks_it_where_not() -> None:
    from ui.mainwindow import fit_rect

    room = QRect(0, 27, 1366, 701)  # a 1366x768 screen with a top bar and a bottom panel
    assert fit_rect(QRect(100, 100, 800, 600), room) == QRect(100, 100, 800, 600)
    assert fit_rect(QRect(0, 0, 1380, 860), room) == room
    assert fit_rect(QRect(1500, 900, 900, 500), room) == QRect(466, 228, 900, 500)
    assert QApplication.instance() is not None


# ---------------------------------------------------------------- 6. the wizard's regions


def test_the_regions_page_looks_empty_when_empty_and_hub_and_spoke_asks_for_a_spoke(qtbot: Any, window: Any) -> None:
    from PySide6.QtWidgets import QRadioButton

    wizard = window.workflows.new_wizard()
    wizard.next()  # starter
    assert wizard.model.model().value == "hub_and_spoke"
    wizard.next()  # governance model
    page = wizard.regions
    assert wizard.currentPage() is page
    assert page.text.toPlainText() == "" and page.text.placeholderText() == ""  # nothing that reads as typed
    assert page.summary.text() == "No regions yet."
    assert "needs at least one spoke" in page.subTitle()
    next_button = wizard.button(wizard.WizardButton.NextButton)
    assert not next_button.isEnabled()
    assert "needs at least one region" in page.problem.text() and page.problem.isVisible()
    # a model without spokes goes on with no regions
    wizard.back()
    organic = wizard.model.findChild(QRadioButton, "model:organic")
    organic.click()
    wizard.next()
    assert next_button.isEnabled() and page.problem.text() == ""
    assert "has no spokes" in page.subTitle()
    # back to hub and spoke: one region is enough, and the page says what will be created
    wizard.back()
    wizard.model.findChild(QRadioButton, "model:hub_and_spoke").click()
    wizard.next()
    assert not next_button.isEnabled()
    qtbot.mouseClick(page.findChild(QPushButton, "region:EMEA"), Qt.MouseButton.LeftButton)
    assert next_button.isEnabled()
    assert page.summary.text() == "1 spoke will be created: EMEA."
    wizard.reject()


# ---------------------------------------------------------------- 9. first steps


def _first_lines(widget: Any) -> list[str]:
    return [widget.item(i).text().splitlines()[0].strip() for i in range(widget.count())]


def test_the_welcome_page_offers_the_wizard_with_the_wizards_names_for_the_starters(qtbot: Any, window: Any) -> None:
    from ui.welcome import WelcomePage

    assert window.central.currentWidget() is window.welcome
    page: WelcomePage = window.welcome
    wizard_button = page.findChild(QPushButton, "welcomeWizard")
    assert wizard_button is not None and wizard_button.isVisible()
    assert wizard_button.text().replace("&", "") == "New Playbook Wizard…"
    assert "hub and its regional spokes" in wizard_button.accessibleDescription()
    welcome_names = _first_lines(page.starters)
    assert "FINRA broker-dealer" in welcome_names and "US bank (FFIEC)" in welcome_names
    # the keyboard gets there: Tab from the starters reaches the wizard's button, Space opens the wizard
    page.starters.setFocus()
    for _ in range(6):
        if QApplication.focusWidget() is wizard_button:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is wizard_button
    qtbot.keyClick(wizard_button, Qt.Key.Key_Space)
    wizard = window.workflows.dialog
    assert wizard is not None and wizard.objectName() == "newPlaybookWizard" and wizard.isVisible()
    assert _first_lines(wizard.starter.list) == welcome_names  # one list of names
    wizard.reject()


def test_a_starter_opens_with_its_gaps_as_a_to_do_list_not_as_boxes_to_tick(qtbot: Any, window: Any) -> None:
    from tests.ui.conftest import settle

    window.files.new_from_starter("finra-broker-dealer")
    settle(qtbot, window)
    # the banner says why a new playbook has errors, and offers the list
    assert window.banner.isVisible()
    assert "FINRA broker-dealer starter" in window.banner_text.text() and "To Do" in window.banner_text.text()
    assert window.banner_button.text().replace("&", "") == "Show the To Do List"
    todo = window.todo
    assert window.todo_dock.isVisible()
    steps = [todo.tree.topLevelItem(i).text(0) for i in range(todo.tree.topLevelItemCount())]
    assert steps[0] == "Name the playbook's owner"
    assert any(s.startswith("Decide how replies and direct messages are reviewed") for s in steps)
    # every error of the problems panel is a place under one of the steps
    errors = [f for f in window.problems.findings() if f.severity.value == "error" and not f.waived]
    places = sum(todo.tree.topLevelItem(i).childCount() for i in range(todo.tree.topLevelItemCount()))
    assert errors and places >= len(errors)
    assert "before the playbook can be approved" in todo.summary.text()
    # the post-review step says what must exist before a box is ticked; nothing was ticked for the user
    row = next(i for i, s in enumerate(steps) if s.startswith("Decide how replies"))
    todo.tree.setCurrentItem(todo.tree.topLevelItem(row))
    assert "only once those records and controls exist" in todo.detail.text()
    assert not any(rule.training_documented for rule in window.document.playbook.content.rules)
    # Enter on a place goes to its field
    place = todo.tree.topLevelItem(row).child(0)
    todo.tree.setCurrentItem(place)
    todo.tree.setFocus()
    qtbot.keyClick(todo.tree, Qt.Key.Key_Return)
    focused = QApplication.focusWidget()
    assert focused is not None and focused.objectName().startswith("field:content.rules[")
    # a step leaves the list once its gap is filled
    window.document.insert_item("people.people")
    person = window.document.playbook.people.people[-1].id
    window.document.set_field("document.owner", person)
    settle(qtbot, window)
    steps = [todo.tree.topLevelItem(i).text(0) for i in range(todo.tree.topLevelItemCount())]
    assert "Name the playbook's owner" not in steps


def test_opening_a_saved_playbook_shows_no_starter_banner(qtbot: Any, window: Any, example: Path) -> None:
    from tests.ui.conftest import open_file

    window.files.new_from_starter("generic")
    open_file(qtbot, window, example)
    assert not window.banner.isVisible()
