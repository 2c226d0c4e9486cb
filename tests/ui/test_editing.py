"""Editing the example through the widgets: text, number, enum, date, table cell; undo/redo; save."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QTableView,
    QToolButton,
)

from playbooks.cli.main import main as cli_main
from playbooks.format.enums import LifecycleStatus
from playbooks.io import storage
from playbooks.io.yamlio import dump_yaml
from tests.ui.conftest import open_file

pytestmark = pytest.mark.gui


def field(window: Any, path: str, kind: type) -> Any:
    widget = window.reveal(path)
    assert widget is not None, f"no editor for {path}"
    found = window.findChild(kind, f"field:{path}")
    assert found is not None, f"{path}: expected a {kind.__name__}"
    return found


def dump(window: Any) -> dict[str, Any]:
    return window.document.playbook.model_dump(mode="json")


def type_into(qtbot: Any, widget: Any, text: str) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def edit_everything(qtbot: Any, window: Any) -> None:
    """A text field, a number, an enum, a date and a table cell, through their widgets."""
    title = field(window, "document.title", QLineEdit)
    type_into(qtbot, title, "Meridian social media playbook")

    sla = field(window, "channels.accounts[0].response_sla_hours", QDoubleSpinBox)
    type_into(qtbot, sla, "6")

    status = field(window, "document.status", QComboBox)
    assert window.document.playbook.document.status is LifecycleStatus.ACTIVE
    qtbot.keyClick(status, Qt.Key.Key_Up)  # Active -> Approved

    date = field(window, "document.next_review_date", QDateEdit)
    date.setCurrentSection(QDateEdit.Section.YearSection)
    qtbot.keyClick(date, Qt.Key.Key_Up)  # one year later

    window.show_section("people")
    view = window.findChild(QTableView, "field:people.people")
    assert view is not None
    cell = view.model().index(1, 0)
    view.scrollTo(cell)
    rect = view.visualRect(cell)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: view.state() == QAbstractItemView.State.EditingState)
    editor = view.viewport().findChild(QLineEdit)
    assert editor is not None
    type_into(qtbot, editor, "David Okafor-Smith")
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)


def test_edit_undo_redo_save_reload(qtbot: Any, window: Any, example: Path) -> None:
    open_file(qtbot, window, example)
    original = dump(window)
    effective = window.document.playbook.document.next_review_date
    assert effective is not None
    edit_everything(qtbot, window)
    edited = dump(window)

    pb = window.document.playbook
    assert pb.document.title == "Meridian social media playbook"
    assert pb.channels.accounts[0].response_sla_hours == 6
    assert pb.document.status is LifecycleStatus.APPROVED
    assert pb.document.next_review_date == dt.date(effective.year + 1, effective.month, effective.day)
    assert pb.people.people[1].name == "David Okafor-Smith"
    assert window.isWindowModified()
    stack = window.document.undo_stack
    assert stack.count() == 5, [stack.text(i) for i in range(stack.count())]  # typing merged per field

    window.setFocus()  # a focused line edit would take Ctrl+Z itself
    while stack.canUndo():
        window.actions_by_name["undo"].trigger()
    assert dump(window) == original
    assert not window.isWindowModified()
    while stack.canRedo():
        window.actions_by_name["redo"].trigger()
    assert dump(window) == edited
    # the widgets follow the model after undo/redo
    assert window.findChild(QLineEdit, "field:document.title").text() == "Meridian social media playbook"

    window.files.autosave_now()  # as the autosave timer would: unsaved work goes to the recovery area
    recovery = Path(window.files.recovery.folder)
    qtbot.waitUntil(lambda: bool(list(recovery.glob("*.recovery.json"))), timeout=10_000)
    assert window.files.save()
    assert not window.isWindowModified()
    reloaded = storage.load(example)
    assert reloaded.model_dump(mode="json") == edited
    assert not list(recovery.glob("*.recovery.json"))  # saved: the recovery copy is gone


def test_refused_value_shows_reason_and_keeps_model(qtbot: Any, window: Any, example: Path) -> None:
    open_file(qtbot, window, example)
    before = dump(window)
    ident = field(window, "document.id", QLineEdit)
    qtbot.keyClick(ident, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(ident, "Not An Id")
    error = ident.parentWidget().findChild(QLabel, "fieldError")
    assert error.isVisible()
    assert "lower-case" in error.text()
    assert dump(window) == before
    assert window.document.undo_stack.count() == 0

    title = field(window, "document.title", QLineEdit)
    title.selectAll()
    qtbot.keyClick(title, Qt.Key.Key_Delete)  # an empty title is refused
    assert window.document.playbook.document.title == before["document"]["title"]
    title_error = title.parentWidget().findChild(QLabel, "fieldError")
    assert "cannot be empty" in title_error.text()
    qtbot.keyClick(title, Qt.Key.Key_Return)  # leaving the field restores the valid value
    assert title.text() == before["document"]["title"]


def test_the_editor_and_validate_word_a_refused_value_the_same(
    qtbot: Any, window: Any, example: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = storage.load(example).model_dump(mode="json")
    data["document"]["version"] = "one"
    broken = tmp_path / "broken.playbook.yaml"
    broken.write_text(dump_yaml(data), encoding="utf-8")
    assert cli_main(["validate", str(broken)]) == 1
    line = next(text for text in capsys.readouterr().out.splitlines() if "document.version: " in text)
    said_by_validate = line.split("document.version: ", 1)[1]

    open_file(qtbot, window, example)
    version = field(window, "document.version", QLineEdit)
    qtbot.keyClick(version, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(version, "one")
    shown_at_the_field = version.parentWidget().findChild(QLabel, "fieldError")
    assert shown_at_the_field.isVisible()
    # the same sentence, then what the playbook keeps
    assert said_by_validate == "Use a version number like 1.2.0"
    assert shown_at_the_field.text() == f"{said_by_validate}. Version is still '1.3.0'."


def test_table_rows_add_move_delete(qtbot: Any, window: Any, example: Path) -> None:
    open_file(qtbot, window, example)
    window.show_section("objectives")
    path = "objectives.items"
    view = window.findChild(QTableView, f"field:{path}")
    titles = [o.title for o in window.document.playbook.objectives.items]
    assert view.model().rowCount() == len(titles)

    view.selectRow(0)
    qtbot.mouseClick(window.findChild(QToolButton, f"add:{path}"), Qt.MouseButton.LeftButton)
    items = window.document.playbook.objectives.items
    assert len(items) == len(titles) + 1
    assert items[1].title == "New objective"
    assert view.currentIndex().row() == 1
    assert window.findChild(QLineEdit, f"field:{path}[1].title").text() == "New objective"

    qtbot.mouseClick(window.findChild(QToolButton, f"down:{path}"), Qt.MouseButton.LeftButton)
    assert [o.title for o in window.document.playbook.objectives.items][2] == "New objective"
    assert view.currentIndex().row() == 2
    qtbot.mouseClick(window.findChild(QToolButton, f"up:{path}"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.findChild(QToolButton, f"up:{path}"), Qt.MouseButton.LeftButton)
    assert window.document.playbook.objectives.items[0].title == "New objective"

    qtbot.mouseClick(window.findChild(QToolButton, f"delete:{path}"), Qt.MouseButton.LeftButton)
    assert [o.title for o in window.document.playbook.objectives.items] == titles

    # an objective that metrics refer to cannot be deleted: the reason is shown
    view.selectRow(0)
    qtbot.mouseClick(window.findChild(QToolButton, f"delete:{path}"), Qt.MouseButton.LeftButton)
    assert [o.title for o in window.document.playbook.objectives.items] == titles
    table = window.findChild(QTableView, f"field:{path}").parentWidget()
    assert "referred to" in table.error.text()


def test_drag_reorders_rows(qtbot: Any, window: Any, example: Path) -> None:
    open_file(qtbot, window, example)
    window.show_section("people")
    model = window.findChild(QTableView, "field:people.people").model()
    names = [p.name for p in window.document.playbook.people.people]
    data = model.mimeData([model.index(0, 0)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, model.index(-1, -1))
    assert [p.name for p in window.document.playbook.people.people] == [*names[1:3], names[0], *names[3:]]
    window.document.undo_stack.undo()
    assert [p.name for p in window.document.playbook.people.people] == names


def test_renaming_an_id_updates_references(qtbot: Any, window: Any, example: Path) -> None:
    open_file(qtbot, window, example)
    owner = window.document.playbook.document.owner
    index = next(i for i, p in enumerate(window.document.playbook.people.people) if p.id == owner)
    ident = field(window, f"people.people[{index}].id", QLineEdit)
    type_into(qtbot, ident, "p-chief-compliance")
    assert window.document.playbook.document.owner == "p-chief-compliance"
    combo = field(window, "document.owner", QComboBox)
    assert combo.currentData() == "p-chief-compliance"


def test_ctrl_z_in_a_field_undoes_through_the_document(qtbot: Any, window: Any, example: Path) -> None:
    open_file(qtbot, window, example)
    with qtbot.waitActive(window):
        window.activateWindow()
    title = field(window, "document.title", QLineEdit)
    original = title.text()
    title.setFocus()
    qtbot.keyClick(title, Qt.Key.Key_End)
    qtbot.keyClicks(title, " (draft)")
    assert window.document.playbook.document.title == original + " (draft)"
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.playbook.document.title == original
    assert title.text() == original
    assert window.document.undo_stack.index() == 0
