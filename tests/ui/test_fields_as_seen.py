"""The field editors as a user sees and types into them (issue 19, points 1 and 2).

Check lists show a box for every option, ticked or not, and say in words what is ticked. A
value the format refuses is refused at the field, with the reason beside it, and the value the
playbook had is kept: for every kind of editor, in forms and in table cells.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QStyle,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QWidget,
)

from tests.ui.conftest import open_file
from ui import settings, theme

pytestmark = pytest.mark.gui


def _editor(window: Any, path: str) -> Any:
    widget = window.reveal(path)
    assert widget is not None, f"no editor for {path}"
    editor = window.findChild(QWidget, f"editor:{path}")
    assert editor is not None
    return editor


def _region(image: QImage, rect: QRect) -> list[int]:
    return [
        image.pixel(x, y) for y in range(rect.top(), rect.bottom() + 1) for x in range(rect.left(), rect.right() + 1)
    ]


def _indicator(view: QAbstractItemView, cell: QRect, text: str = "") -> QRect:
    """Where the style draws the check box of the item in ``cell`` (in the view's viewport)."""
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = cell
    option.features = (
        QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator | QStyleOptionViewItem.ViewItemFeature.HasDisplay
    )
    option.text = text
    return view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view)


def _luminance(rgb: int) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    color = QColor(rgb)
    return 0.2126 * channel(color.red()) + 0.7152 * channel(color.green()) + 0.0722 * channel(color.blue())


def _contrast(image: QImage, box: QRect) -> float:
    """The contrast ratio of the box's frame against the background beside it: WCAG 2.1 asks
    3:1 of a control's outline (success criterion 1.4.11, non-text contrast)."""
    background = _luminance(image.pixel(max(0, box.left() - 2), box.center().y()))
    ratios = [
        (max(lum, background) + 0.05) / (min(lum, background) + 0.05)
        for lum in (_luminance(pixel) for pixel in _region(image, box))
    ]
    return max(ratios)


# ---------------------------------------------------------------- 1. check lists


@pytest.mark.parametrize("dark", [False, True])
def test_every_option_of_a_check_list_shows_its_box_and_the_list_says_what_is_ticked(
    qtbot: Any, window: Any, example: Path, dark: bool
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply(app, settings.Theme.DARK if dark else settings.Theme.LIGHT)
    try:
        open_file(qtbot, window, example)
        people = window.document.playbook.people.people
        window.document.set_field("document.authors", [people[2].id])
        editor = _editor(window, "document.authors")
        view = editor.input
        assert isinstance(view, QListWidget)
        view.scrollToTop()
        qtbot.wait(20)
        image = view.viewport().grab().toImage()
        unticked_a, unticked_b, ticked = (
            _indicator(view, view.visualItemRect(view.item(row)), view.item(row).text()) for row in (0, 1, 2)
        )
        box_a, box_b, box_ticked = (_region(image, r) for r in (unticked_a, unticked_b, ticked))
        assert _contrast(image, unticked_a) >= 3, "the unticked option's box does not stand out"
        # the same empty box on two options with different names (not the start of their text)
        assert box_a == box_b
        assert box_ticked != box_a  # a ticked box looks different from an unticked one
        # and in words, for whoever cannot see the ticked option (scrolled away, screen reader)
        summary = editor.findChild(QLabel, "checkedSummary")
        assert summary is not None and summary.isVisible()
        assert summary.text() == f"Ticked: {view.item(2).text()}"
        assert "Ticked:" in view.accessibleDescription()
        window.document.set_field("document.authors", [])
        assert summary.text() == "None ticked"
        # a tick column of a table, and a tick box of a form, stand out as boxes too
        window.show_section("crisis")
        table = window.findChild(QTableView, "field:crisis.levels")
        column = next(
            c
            for c in range(table.model().columnCount())
            if table.model().headerData(c, Qt.Orientation.Horizontal) == "Locked in spokes"
        )
        unticked = next(
            r for r in range(table.model().rowCount()) if not window.document.get(f"crisis.levels[{r}].locked")
        )
        qtbot.wait(20)
        image = table.viewport().grab().toImage()
        assert _contrast(image, _indicator(table, table.visualRect(table.model().index(unticked, column)))) >= 3
        box = _editor(window, "document.self_approval_allowed").input
        assert not box.isChecked()
        image = box.grab().toImage()
        option = QStyleOptionButton()
        option.initFrom(box)
        frame = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
        assert _contrast(image, frame) >= 3
    finally:
        theme.apply(app, settings.Theme.LIGHT)


# ---------------------------------------------------------------- 2. a refused value is refused at the field


def _type(qtbot: Any, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        qtbot.keyClicks(widget, text)
    else:
        qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def _shown_error(editor: Any) -> str:
    label = editor.findChild(QLabel, "fieldError")
    assert label is not None
    return str(label.text()) if label.isVisible() else ""


SLA = "channels.accounts[0].response_sla_hours"


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("-5", "Must be more than 0"),
        ("0", "Must be more than 0"),
        ("800", "Must be 720 or less"),
        ("-", "not a number"),
    ],
)
def test_a_number_outside_its_limits_is_refused_at_the_field_and_the_old_value_stays(
    qtbot: Any, window: Any, example: Path, typed: str, reason: str
) -> None:
    open_file(qtbot, window, example)
    assert window.document.get(SLA) == 4
    editor = _editor(window, SLA)
    spin = editor.input
    _type(qtbot, spin, typed)
    assert window.document.get(SLA) == 4  # the playbook keeps its SLA
    message = _shown_error(editor)
    assert reason in message and "Response SLA (hours) is still 4" in message
    assert not window.document.is_modified
    # leaving the field shows the kept value again, and says the entry was not applied
    qtbot.keyClick(spin, Qt.Key.Key_Tab)
    assert spin.text() == "4" and spin.text() != "Not set"
    assert _shown_error(editor).startswith("Not applied:")
    # a good value afterwards is applied and the message goes
    _type(qtbot, spin, "6")
    assert window.document.get(SLA) == 6 and _shown_error(editor) == ""


def test_a_whole_number_is_refused_below_its_limit_and_emptying_it_means_not_set(
    qtbot: Any, window: Any, example: Path
) -> None:
    open_file(qtbot, window, example)
    path = "document.review_cadence_months"
    before = window.document.get(path)
    editor = _editor(window, path)
    _type(qtbot, editor.input, "0")
    assert window.document.get(path) == before
    assert "Must be between 1 and 60" in _shown_error(editor) and f"is still {before}" in _shown_error(editor)
    qtbot.keyClick(editor.input, Qt.Key.Key_Tab)
    assert editor.input.text() == str(before)
    # the cadence is the author's statement: emptying the field takes it back ("Not set"), nothing else
    _type(qtbot, editor.input, "")
    qtbot.keyClick(editor.input, Qt.Key.Key_Tab)
    assert window.document.get(path) is None and _shown_error(editor) == ""
    assert editor.input.text() == "Not set"
    # the arrows stay within the limits: up from "Not set" is the lowest allowed value, never 0
    editor.input.setFocus()
    qtbot.keyClick(editor.input, Qt.Key.Key_Up)
    assert window.document.get(path) == 1 and editor.input.text() == "1"


def test_a_typed_date_is_kept_as_typed_never_turned_into_not_set(qtbot: Any, window: Any, example: Path) -> None:
    open_file(qtbot, window, example)
    path = "document.next_review_date"
    editor = _editor(window, path)
    edit = editor.input
    assert isinstance(edit, QDateEdit)
    edit.setFocus()
    edit.setSelectedSection(QDateEdit.Section.YearSection)
    qtbot.keyClicks(edit, "1899")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert window.document.get(path) == dt.date(1899, 9, 15)
    assert edit.text() == "1899-09-15"
    # "Not set" is a choice of its own: the Clear button
    buttons = [b for b in editor.findChildren(QToolButton) if b.text() == "Clear"]
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    assert window.document.get(path) is None and edit.text() == "Not set"


def test_a_refused_choice_or_tick_shows_the_kept_value_at_once_with_the_reason(
    qtbot: Any, window: Any, example: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from playbooks.format.paths import FieldRejected

    open_file(qtbot, window, example)
    status = _editor(window, "document.status")
    ticked = _editor(window, "document.self_approval_allowed")
    before = (window.document.get("document.status"), window.document.get("document.self_approval_allowed"))

    def refuse(path: str, value: Any, **_: Any) -> None:
        raise FieldRejected(path, "the approval route forbids this")

    monkeypatch.setattr(window.document, "set_field", refuse)
    combo = status.input
    assert isinstance(combo, QComboBox)
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "Active"  # the kept status, not the refused one
    assert _shown_error(status) == "Not applied: The approval route forbids this. Lifecycle status is still Active."
    box = ticked.input
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert box.isChecked() is before[1]
    assert "The approval route forbids this" in _shown_error(ticked)
    assert (window.document.get("document.status"), window.document.get("document.self_approval_allowed")) == before


def _cell_editor(qtbot: Any, view: QTableView, row: int, column: int) -> QWidget:
    index = view.model().index(row, column)
    view.scrollTo(index)
    view.setCurrentIndex(index)
    view.edit(index)
    qtbot.waitUntil(lambda: view.state() == QAbstractItemView.State.EditingState)
    editor = QApplication.focusWidget()
    while editor is not None and editor.parentWidget() is not view.viewport():
        editor = editor.parentWidget()
    assert editor is not None
    return editor


def _column(view: QTableView, title: str) -> int:
    model = view.model()
    return next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == title)


def _table_error(window: Any, list_path: str) -> str:
    table = window.findChild(QWidget, f"table:{list_path}")
    labels = [label for label in table.findChildren(QLabel) if label.property("role") == "error" and label.isVisible()]
    return " ".join(label.text() for label in labels if label.parentWidget() is table)


def test_a_refused_number_in_a_table_cell_keeps_the_old_value_and_says_why(
    qtbot: Any, window: Any, example: Path
) -> None:
    open_file(qtbot, window, example)
    window.show_section("channels")
    view = window.findChild(QTableView, "field:channels.accounts")
    column = _column(view, "Response SLA (hours)")
    for typed, reason in (("-5", "Must be more than 0"), ("800", "Must be 720 or less"), ("-", "not a number")):
        editor = _cell_editor(qtbot, view, 0, column)
        assert isinstance(editor, QDoubleSpinBox)
        qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(editor, typed)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)
        assert window.document.get(SLA) == 4
        assert view.model().index(0, column).data() == "4"
        message = _table_error(window, "channels.accounts")
        assert "Row 1" in message and reason in message and "Response SLA (hours) is still 4" in message


def test_opening_and_closing_an_empty_cell_writes_nothing(qtbot: Any, window: Any, example: Path) -> None:
    """Enter on an empty number, date or choice cell used to write the lowest number or today."""
    open_file(qtbot, window, example)
    window.show_section("channels")
    table = window.findChild(QWidget, "table:channels.accounts")
    table.add()
    row = table.current_row()
    view = table.view
    dump = window.document.playbook.model_dump()
    for title in ("Response SLA (hours)", "Owner"):
        editor = _cell_editor(qtbot, view, row, _column(view, title))
        assert isinstance(editor, QDoubleSpinBox | QComboBox)
        assert editor.text() == "Not set" if isinstance(editor, QDoubleSpinBox) else editor.currentText() == "Not set"
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)
    assert window.document.playbook.model_dump() == dump
    window.show_section("experiments")
    experiments = window.findChild(QWidget, "table:experiments.items")
    experiments.add()
    dump = window.document.playbook.model_dump()
    editor = _cell_editor(qtbot, experiments.view, experiments.current_row(), _column(experiments.view, "Started"))
    assert isinstance(editor, QDateEdit) and editor.text() == "Not set"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: experiments.view.state() != QAbstractItemView.State.EditingState)
    assert window.document.playbook.model_dump() == dump


def test_a_refused_text_in_a_cell_keeps_the_old_text_and_says_why(qtbot: Any, window: Any, example: Path) -> None:
    open_file(qtbot, window, example)
    window.show_section("people")
    view = window.findChild(QTableView, "field:people.people")
    name = window.document.get("people.people[1].name")
    editor = _cell_editor(qtbot, view, 1, _column(view, "Name"))
    assert isinstance(editor, QLineEdit)
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)
    assert window.document.get("people.people[1].name") == name
    message = _table_error(window, "people.people")
    assert "Row 2" in message and "cannot be empty" in message and f"Name is still '{name}'" in message
