"""What a screen reader is told: every control has an accessible name and description (issue 19, "Also").

Read from the accessibility tree (the QAccessible interfaces a screen reader queries), not from
object names: a control with no name is announced as "button" or "edit", and one with no
description leaves the user guessing what it does. The tailoring view is another helper's
(issue 19, point 7) and is not walked here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QTableView, QWidget

from playbooks.format.enums import Severity
from playbooks.format.findings import Finding
from tests.ui.conftest import ScriptedDialogs, open_file, settle
from ui.mainwindow import all_pages

pytestmark = pytest.mark.gui

R = QAccessible.Role
#: Roles of the controls a user operates (items inside lists and tables are named by their text).
CONTROLS = {
    R.PushButton,
    R.CheckBox,
    R.RadioButton,
    R.ComboBox,
    R.EditableText,
    R.SpinBox,
    R.Slider,
    R.List,
    R.Table,
    R.Tree,
    R.ButtonMenu,
    R.ButtonDropDown,
    R.PageTab,
    R.ProgressBar,
}


def _walk(interface: QAccessibleInterface) -> list[QAccessibleInterface]:
    found = [interface]
    for i in range(interface.childCount()):
        child = interface.child(i)
        if child is not None and child.isValid():
            found += _walk(child)
    return found


def unannounced(widget: QWidget) -> list[str]:
    """The controls under ``widget`` a screen reader cannot name or describe."""
    root = QAccessible.queryAccessibleInterface(widget)
    assert root is not None
    missing = []
    for interface in _walk(root):
        if interface.role() not in CONTROLS or interface.state().invisible:
            continue
        name = interface.text(QAccessible.Text.Name).strip()
        description = interface.text(QAccessible.Text.Description).strip()
        if not name or not description:
            what = interface.object()
            label = what.objectName() if what is not None else ""
            missing.append(f"{interface.role().name} {label!r} name={name!r} description={description!r}")
    return missing


def test_every_control_of_every_page_and_panel_is_named_and_described(qtbot: Any, window: Any, example: Path) -> None:
    assert unannounced(window) == []  # the welcome page
    open_file(qtbot, window, example)
    for dock in (window.todo_dock, window.preview_dock, window.find_dock, window.history_dock):
        dock.show()
    settle(qtbot, window)
    missing: set[str] = set()
    for section, _title in all_pages():
        page = window.show_section(section)
        for view in page.findChildren(QTableView):
            if view.model().rowCount() and view.isVisibleTo(page):
                view.parentWidget().select_row(0)  # the detail form of the row, with its fields
        qtbot.wait(1)
        missing.update(f"{section}: {m}" for m in unannounced(window))
    assert sorted(missing) == []


def test_a_spoke_and_a_new_playbook_are_announced_in_full(qtbot: Any, window: Any, spoke_copy: Path) -> None:
    open_file(qtbot, window, spoke_copy)
    assert unannounced(window) == []  # the banner's Tailor This Spoke… included
    window.files.new_from_starter("finra-broker-dealer")
    settle(qtbot, window)
    assert window.todo_dock.isVisible()
    assert unannounced(window) == []  # the To Do list, its banner button


def test_every_control_of_every_dialog_is_named_and_described(
    qtbot: Any, window: Any, example: Path, scripted: ScriptedDialogs
) -> None:
    from ui.preferences import PreferencesDialog

    open_file(qtbot, window, example)
    settle(qtbot, window)
    workflows = window.workflows
    workflows.opener = lambda _url: None
    finding = Finding("MEAS-PURPOSE", Severity.INFO, "measurement.purpose", "Say why you measure.")
    scripted.answers = [str(example)]
    for name, open_dialog in (
        ("export", workflows.export),
        ("sign off", workflows.sign_off),
        ("record change", workflows.record_change),
        ("compare", workflows.compare),
        ("explain", lambda: workflows.explain(finding)),
        ("waive", lambda: workflows.waive(finding)),
    ):
        dialog = open_dialog()
        assert dialog is not None, name
        assert unannounced(dialog) == [], name
        dialog.reject()
    preferences = PreferencesDialog(window)
    preferences.show()
    assert unannounced(preferences) == []
    preferences.reject()
    window.show_shortcuts()
    assert unannounced(window.shortcuts_dialog) == []
    window.shortcuts_dialog.close()
    wizard = workflows.new_wizard()
    for step in range(5):
        assert unannounced(wizard) == [], f"wizard step {step + 1}"
        if wizard.currentPage() is wizard.regions:
            wizard.regions.add_region("EMEA")
        if wizard.currentPage() is wizard.people:
            wizard.people.title_edit.setText("Acme")
            wizard.people.owner.setText("Ada Owner")
        wizard.next()
    wizard.reject()
