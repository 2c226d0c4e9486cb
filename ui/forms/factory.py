"""Per-field editors generated from pydantic field metadata (STYLE.md, "Forms").

:data:`EDITORS` gives the :class:`FieldEditor` of each kind of simple field (text, numbers,
choices, dates, lists of values): the label comes from the title, the tooltip from the
description, limits from the constraints. :func:`ui.forms.form.create_editor` picks the editor
of any field, nested models and lists of items included. Each editor is bound to one field path of a :class:`~ui.document.Document`;
its input widget is named ``field:<path>`` and carries the label as accessible name.

Edits go through :meth:`Document.set_field`; a refused value is shown at the field, in a
small red label with the reason, and the model keeps its last valid value. Widgets are
updated from the model inside ``QSignalBlocker`` so that a refresh never writes back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic.fields import FieldInfo
from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from playbooks.format.fields import field_label
from playbooks.format.paths import FieldRejected
from ui.confined import ConfinedBrowser
from ui.document import Document
from ui.forms.fieldkinds import FieldKind
from ui.forms.inputs import (
    NOT_SET,
    ChoiceInput,
    DateInput,
    NumberInput,
    TextInput,
    choices_of,
    item_name,
    not_a_number,
    ref_choices,
    refusal,
)
from ui.i18n import translate

__all__ = ["EDITORS", "NOT_SET", "FieldEditor", "item_name", "ref_choices"]


def _is_undo_key(event: QEvent) -> bool:
    return isinstance(event, QKeyEvent) and (
        event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)
    )


class _FocusOut(QObject):
    """Ends a typing session when its widget loses focus, and leaves Undo/Redo to the document.

    Text widgets handle Ctrl+Z themselves (a ShortcutOverride); swallowing that override lets
    the window's Undo action run instead, so Ctrl+Z undoes through the one undo stack.
    """

    def __init__(self, editor: FieldEditor) -> None:
        super().__init__(editor)
        self._editor = editor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._editor.end_session()
        elif event.type() == QEvent.Type.ShortcutOverride and _is_undo_key(event):
            self._editor.end_session()
            event.ignore()
            return True
        return False


class FieldEditor(QWidget):
    """One field of a document: an input widget, bound to a field path, and its error label.

    Signals:
        rejected(str): a value was refused; the reason is shown beside the field.
    """

    rejected = Signal(str)

    def __init__(self, document: Document, path: str, info: FieldInfo, kind: FieldKind, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.info = info
        self.kind = kind
        self.label = field_label(info, path.rsplit(".", 1)[-1])
        self.description = str(info.description or "")
        self._path = path
        self._session = object()
        self._invalid = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        self.row = QHBoxLayout()
        self.row.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self.row)
        self.error = QLabel(self)
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # it quotes the value refused and the one kept
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.error.setProperty("role", "error")
        outer.addWidget(self.error)
        self.origin = QLabel(self)
        self.origin.setTextFormat(Qt.TextFormat.PlainText)  # file names and rationales
        self.origin.setObjectName("fieldOrigin")
        self.origin.setProperty("role", "hint")
        self.origin.setWordWrap(True)
        self.origin.setVisible(False)
        outer.addWidget(self.origin)
        self.input = self._build()
        self.input.setToolTip(self.description)
        self.input.setAccessibleName(self.label)
        self.input.setAccessibleDescription(self.description)
        self.input.installEventFilter(_FocusOut(self))
        self.set_path(path)

    # ---- Public API

    @property
    def path(self) -> str:
        return self._path

    def set_path(self, path: str) -> None:
        """Bind to another field path (the detail form of a table follows its selected row)."""
        self._path = path
        self.input.setObjectName(f"field:{path}")
        self.setObjectName(f"editor:{path}")
        self._clear_error()
        self.refresh()

    def refresh(self) -> None:
        """Show the model's value (never writes back)."""
        if not self.document.exists(self._path):
            return
        if self._invalid and self.input.hasFocus():
            return  # keep the user's (refused) text while they are still typing it
        blocker = QSignalBlocker(self.input)
        try:
            self._show(self.document.get(self._path))
        finally:
            blocker.unblock()
        self.set_read_only(self.document.read_only)
        if self.document.origin is not None:
            where = self.document.origin(self._path)
            self.origin.setText(where)
            self.origin.setVisible(bool(where))
        elif self.origin.isVisible():
            self.origin.setVisible(False)

    def set_read_only(self, read_only: bool) -> None:
        self.input.setEnabled(not read_only)

    def end_session(self) -> None:
        """The user left the field: the next edit is a new undo step; a refused text is reverted."""
        self._session = object()
        if self._invalid:
            self._invalid = False
            self.refresh()
            self.error.setText(translate("FieldEditor", "Not applied: {text}").format(text=self.error.text()))

    def focus_input(self) -> None:
        self.input.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- for subclasses

    def _build(self) -> QWidget:
        raise NotImplementedError

    def _show(self, value: Any) -> None:
        raise NotImplementedError

    #: whether the input keeps a refused text while the user is still typing it (text, numbers,
    #: dates); a choice or a tick shows the kept value again at once
    typing = True

    def commit(self, value: Any, *, merge: bool = True) -> bool:
        """Send a new value to the document; show the reason when it is refused (the model keeps
        its value, and the message says which)."""
        try:
            self.document.set_field(self._path, value, merge_key=self._session if merge else None)
        except FieldRejected as exc:
            self.refuse(exc.reason)
            self.rejected.emit(exc.reason)
            return False
        self._invalid = False
        self._clear_error()
        if not merge:
            self._session = object()
        return True

    def refuse(self, reason: str) -> None:
        """Show why an entry was not applied, and the value the playbook keeps."""
        kept = self.document.get(self._path) if self.document.exists(self._path) else None
        self._show_error(refusal(reason, self.label, self.document.playbook, self.kind, kept))
        if self.typing and self.input.hasFocus():
            self._invalid = True  # the typed text stays until the user leaves the field
        else:
            self._invalid = False
            text = self.error.text()
            self.refresh()
            self._show_error(translate("FieldEditor", "Not applied: {text}").format(text=text))

    def _with_buttons(
        self, column: QVBoxLayout, widget: QWidget, buttons: tuple[tuple[str, str, Callable[[], object]], ...]
    ) -> None:
        """Lay out ``widget`` with a row of tool buttons (text, tooltip, slot) under it, named for
        screen readers after the field."""
        row = QHBoxLayout()
        for text, tip, slot in buttons:
            button = QToolButton(self)
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(translate("FieldEditor", "{text} ({label})").format(text=text, label=self.label))
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        column.addWidget(widget)
        column.addLayout(row)
        self.row.addLayout(column, 1)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)
        self.input.setProperty("invalid", True)
        self.input.style().unpolish(self.input)
        self.input.style().polish(self.input)

    def _clear_error(self) -> None:
        if self.error.isVisible() or self.input.property("invalid"):
            self.error.setVisible(False)
            self.error.setText("")
            self.input.setProperty("invalid", False)
            self.input.style().unpolish(self.input)
            self.input.style().polish(self.input)


# ---------------------------------------------------------------- scalar editors


class TextEditor(FieldEditor):
    def _build(self) -> QWidget:
        edit = TextInput(self.info, self)
        edit.textEdited.connect(lambda text: self.commit(text))
        edit.editingFinished.connect(self.end_session)
        self.row.addWidget(edit)
        return edit

    def _show(self, value: Any) -> None:
        assert isinstance(self.input, TextInput)
        self.input.show_value(value)


class MultilineEditor(FieldEditor):
    """Long Markdown text, with a preview toggle."""

    def _build(self) -> QWidget:
        self._stack = QStackedWidget(self)
        edit = QPlainTextEdit(self._stack)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(72)
        edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        edit.textChanged.connect(lambda: self.commit(edit.toPlainText()))
        edit.textChanged.connect(self._fit)
        edit.installEventFilter(self)
        # the field's text as the policy shows it, in a view that loads nothing the text names
        self._preview = ConfinedBrowser(self._stack)
        self._preview.setMinimumHeight(72)
        self._stack.addWidget(edit)
        self._stack.addWidget(self._preview)
        self._toggle = QToolButton(self)
        self._toggle.setText(translate("FieldEditor", "Preview"))
        self._toggle.setCheckable(True)
        self._toggle.setToolTip(translate("FieldEditor", "Show the text as it will read in the policy (Markdown)"))
        self._toggle.setAccessibleName(translate("FieldEditor", "Preview {label}").format(label=self.label))
        self._toggle.toggled.connect(self._on_toggle_toggled)
        self.row.addWidget(self._stack, 1)
        self.row.addWidget(self._toggle, 0, Qt.AlignmentFlag.AlignTop)
        return edit

    def _fit(self, *_: Any) -> None:
        """As tall as the text (3 to 14 lines), so short texts leave no empty boxes."""
        assert isinstance(self.input, QPlainTextEdit)
        metrics = self.input.fontMetrics()
        line = metrics.lineSpacing()
        text = self.input.toPlainText()
        width = self.input.viewport().width() - 2 * int(self.input.document().documentMargin())
        if len(text) > 20_000 or width < 50:
            lines = 14 if text else 3
        else:
            flags = int(Qt.TextFlag.TextWordWrap.value)
            height = sum(
                max(line, metrics.boundingRect(0, 0, width, 100_000, flags, part).height()) for part in text.split("\n")
            )
            lines = -(-height // line)
        target = min(max(3, lines), 14) * line + 16
        if self._stack.height() != target:
            self._stack.setFixedHeight(target)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is getattr(self, "input", None):
            # the viewport is resized after this filter runs: measure once it has been
            QTimer.singleShot(0, self, self._fit)
        return False

    def _on_toggle_toggled(self, on: bool) -> None:
        if on:
            assert isinstance(self.input, QPlainTextEdit)
            self._preview.setHtml(_preview_html(self.input.toPlainText()))
        self._stack.setCurrentIndex(1 if on else 0)

    def _show(self, value: Any) -> None:
        assert isinstance(self.input, QPlainTextEdit)
        text = "" if value is None else str(value)
        if self.input.toPlainText() != text:
            self.input.setPlainText(text)
        if self._toggle.isChecked():
            self._preview.setHtml(_preview_html(text))


def _preview_html(text: str) -> str:
    """A long text field as the exported policy renders it (Charter's own Markdown: raw HTML shown
    as text, links only to http, https and mailto), never Qt's Markdown, which renders raw HTML."""
    from playbooks.export.richtext import markdown_to_html

    return markdown_to_html(text)


class NumberEditor(FieldEditor):
    """An int or a float (:class:`~ui.forms.inputs.NumberInput`); optional numbers have a "Not set" step."""

    def _build(self) -> QWidget:
        spin = NumberInput(self.kind, self.info, self)
        # a value the box cannot hold (shown as the file has it) is never written back
        spin.valueChanged.connect(lambda _value: spin.fixed_text is None and self.commit(spin.typed_value()))
        spin.unparsable.connect(self._on_spin_unparsable)
        spin.editingFinished.connect(self._on_spin_editing_finished)
        self.row.addWidget(spin)
        self.row.addStretch(1)
        #: why a value is shown read-only (the box cannot hold it), under the box
        self.note = QLabel(self)
        self.note.setObjectName("fieldNumberNote")
        self.note.setProperty("role", "hint")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        layout = self.layout()
        assert layout is not None
        layout.addWidget(self.note)
        return spin

    def _on_spin_unparsable(self, text: str) -> None:
        self.refuse(not_a_number(text))

    def _on_spin_editing_finished(self) -> None:
        if not self.input.hasFocus():  # Enter keeps the focus (and a refused number); leaving ends
            self.end_session()

    def _show(self, value: Any) -> None:
        assert isinstance(self.input, NumberInput)
        if self.input.show_value(value):
            self.note.setVisible(False)
            return
        # shown as the file has it, and left as it is: the box cannot hold it without changing it
        self.note.setText(
            translate(
                "FieldEditor",
                "{label} is {fixed_text} in the file: more than this box can edit (numbers up to {LARGEST:,.0f}, with up to {MOST_DECIMALS} decimals). It is kept as it is; change it in the file itself.",
            ).format(
                label=self.label,
                fixed_text=self.input.fixed_text,
                LARGEST=NumberInput.LARGEST,
                MOST_DECIMALS=NumberInput.MOST_DECIMALS,
            )
        )
        self.note.setVisible(True)


class BoolEditor(FieldEditor):
    typing = False

    def _build(self) -> QWidget:
        box = QCheckBox(self)
        box.toggled.connect(lambda on: self.commit(bool(on), merge=False))
        self.row.addWidget(box)
        self.row.addStretch(1)
        return box

    def _show(self, value: Any) -> None:
        assert isinstance(self.input, QCheckBox)
        self.input.setChecked(bool(value))


class ChoiceEditor(FieldEditor):
    """Enums, literals and single references: a combo box of human names."""

    typing = False

    def _build(self) -> QWidget:
        combo = ChoiceInput(self.document, self.kind, self)
        combo.activated.connect(lambda index: self.commit(combo.itemData(index), merge=False))
        self.row.addWidget(combo)
        self.row.addStretch(1)
        return combo

    def choices(self) -> list[tuple[Any, str]]:
        assert isinstance(self.input, ChoiceInput)
        return self.input.choices()

    def _show(self, value: Any) -> None:
        assert isinstance(self.input, ChoiceInput)
        self.input.show_value(value)


class DateEditor(FieldEditor):
    """A date with a calendar popup; optional dates have a 'Not set' state and a clear button."""

    def _build(self) -> QWidget:
        edit = DateInput(self.kind.optional, self)
        edit.dateChanged.connect(lambda _date: self.commit(edit.typed_value()))
        edit.editingFinished.connect(self._on_edit_editing_finished)
        self.row.addWidget(edit)
        if self.kind.optional:
            self._clear = QToolButton(self)
            self._clear.setText(translate("FieldEditor", "Clear"))
            self._clear.setToolTip(translate("FieldEditor", "Set {label} to 'not set'").format(label=self.label))
            self._clear.setAccessibleName(translate("FieldEditor", "Clear {label}").format(label=self.label))
            self._clear.setAccessibleDescription(
                translate("FieldEditor", "Sets {label} to not set").format(label=self.label)
            )
            self._clear.clicked.connect(lambda: self.commit(None, merge=False))
            self.row.addWidget(self._clear)
        self.row.addStretch(1)
        return edit

    def _on_edit_editing_finished(self) -> None:
        if not self.input.hasFocus():
            self.end_session()

    def _show(self, value: Any) -> None:
        assert isinstance(self.input, DateInput)
        self.input.show_value(value)


class CheckListEditor(FieldEditor):
    """A list of references or enum values: a checkable list (kept in the order shown)."""

    def _build(self) -> QWidget:
        column = QVBoxLayout()
        column.setSpacing(2)
        box = QListWidget(self)
        box.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        box.setSpacing(1)  # a gap between the boxes, so each reads as its own box
        box.setMaximumHeight(120)
        box.setMinimumWidth(220)
        box.itemChanged.connect(self._on_box_item_changed)
        # what is ticked, in words: the list scrolls, so a ticked option may be out of sight
        self._summary = QLabel(self)
        self._summary.setObjectName("checkedSummary")
        self._summary.setProperty("role", "hint")
        self._summary.setWordWrap(True)
        column.addWidget(box)
        column.addWidget(self._summary)
        self.row.addLayout(column, 1)
        return box

    typing = False

    def choices(self) -> list[tuple[Any, str]]:
        return choices_of(self.document.playbook, self.kind)

    def _on_box_item_changed(self, _item: QListWidgetItem) -> None:
        assert isinstance(self.input, QListWidget)
        checked = [
            self.input.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.input.count())
            if self.input.item(i).checkState() == Qt.CheckState.Checked
        ]
        current = list(self.document.get(self.path)) if self.document.exists(self.path) else []
        # keep the existing order, add newly checked items at the end
        ordered = [v for v in current if v in checked] + [v for v in checked if v not in current]
        self.commit(ordered, merge=False)

    def _show(self, value: Any) -> None:
        assert isinstance(self.input, QListWidget)
        selected = list(value or [])
        options = self.choices()
        known = {v for v, _ in options}
        options += [(v, str(v)) for v in selected if v not in known]
        if [self.input.item(i).text() for i in range(self.input.count())] != [t for _, t in options]:
            self.input.clear()
            for data, text in options:
                item = QListWidgetItem(text, self.input)
                item.setData(Qt.ItemDataRole.UserRole, data)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
                )
        for i in range(self.input.count()):
            item = self.input.item(i)
            state = (
                Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in selected else Qt.CheckState.Unchecked
            )
            # compare the role's data, not checkState(): a new item reads as Unchecked while it has
            # no check state at all, and such an item is drawn with no box (issue 19)
            if item.data(Qt.ItemDataRole.CheckStateRole) is None or item.checkState() != state:
                item.setCheckState(state)
        rows = self.input.sizeHintForRow(0) + 2 * self.input.spacing()
        self.input.setFixedHeight(min(120, max(48, rows * self.input.count() + 8)))
        names = [text for data, text in options if data in selected]
        self._summary.setText(
            translate("FieldEditor", "Ticked: {names}").format(names=", ".join(names))
            if names
            else translate("FieldEditor", "None ticked")
        )
        self.input.setAccessibleDescription(f"{self.description} {self._summary.text()}.".strip())


class TextListEditor(FieldEditor):
    """A list of short texts: an editable list with add, remove and move buttons."""

    typing = False

    def _build(self) -> QWidget:
        column = QVBoxLayout()
        box = QListWidget(self)
        box.setMaximumHeight(130)
        box.setMinimumWidth(220)
        box.itemChanged.connect(lambda _item: self._commit_list())
        self._with_buttons(
            column,
            box,
            (
                (translate("FieldEditor", "Add"), translate("FieldEditor", "Add an entry"), self._add),
                (
                    translate("FieldEditor", "Remove"),
                    translate("FieldEditor", "Remove the selected entry"),
                    self._remove,
                ),
                (
                    translate("FieldEditor", "Up"),
                    translate("FieldEditor", "Move the selected entry up"),
                    lambda: self._move(-1),
                ),
                (
                    translate("FieldEditor", "Down"),
                    translate("FieldEditor", "Move the selected entry down"),
                    lambda: self._move(1),
                ),
            ),
        )
        return box

    def _entries(self) -> list[str]:
        assert isinstance(self.input, QListWidget)
        return [self.input.item(i).text() for i in range(self.input.count())]

    def _commit_list(self) -> None:
        self.commit([t for t in (e.strip() for e in self._entries()) if t], merge=False)

    def _add(self) -> None:
        assert isinstance(self.input, QListWidget)
        current = list(self.document.get(self.path))
        if self.commit([*current, translate("FieldEditor", "New entry")], merge=False):
            self.input.setCurrentRow(self.input.count() - 1)
            self.input.editItem(self.input.currentItem())

    def _remove(self) -> None:
        assert isinstance(self.input, QListWidget)
        row = self.input.currentRow()
        current = list(self.document.get(self.path))
        if 0 <= row < len(current):
            del current[row]
            self.commit(current, merge=False)

    def _move(self, step: int) -> None:
        assert isinstance(self.input, QListWidget)
        row = self.input.currentRow()
        current = list(self.document.get(self.path))
        target = row + step
        if 0 <= row < len(current) and 0 <= target < len(current):
            current.insert(target, current.pop(row))
            if self.commit(current, merge=False):
                self.input.setCurrentRow(target)

    def _show(self, value: Any) -> None:
        assert isinstance(self.input, QListWidget)
        items = [str(v) for v in value or []]
        if self._entries() != items:
            row = self.input.currentRow()
            self.input.clear()
            for text in items:
                item = QListWidgetItem(text, self.input)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            if 0 <= row < self.input.count():
                self.input.setCurrentRow(row)


class GridEditor(FieldEditor):
    """Rows of texts under the column headings of the sibling ``columns`` field (a decision
    table): a table of cells, with buttons to add and remove rows."""

    typing = False

    def _build(self) -> QWidget:
        column = QVBoxLayout()
        grid = QTableWidget(self)
        grid.setMinimumHeight(140)
        grid.itemChanged.connect(lambda _item: self._commit_grid())
        self._with_buttons(
            column,
            grid,
            (
                (translate("FieldEditor", "Add row"), translate("FieldEditor", "Add a row at the end"), self._add_row),
                (
                    translate("FieldEditor", "Remove row"),
                    translate("FieldEditor", "Remove the selected row"),
                    self._remove_row,
                ),
            ),
        )
        return grid

    def _columns(self) -> list[str]:
        table = self.path.rsplit(".", 1)[0]
        return self.document.get(table).shape()[0] if self.document.exists(table) else []

    def _cells(self) -> list[list[str]]:
        assert isinstance(self.input, QTableWidget)
        return [
            [
                (item.text() if (item := self.input.item(r, c)) is not None else "")
                for c in range(self.input.columnCount())
            ]
            for r in range(self.input.rowCount())
        ]

    def _commit_grid(self) -> None:
        self.commit(self._cells(), merge=False)

    def _add_row(self) -> None:
        current = [list(row) for row in self.document.get(self.path)]
        self.commit([*current, [""] * max(1, len(self._columns()))], merge=False)

    def _remove_row(self) -> None:
        assert isinstance(self.input, QTableWidget)
        row = self.input.currentRow()
        current = [list(r) for r in self.document.get(self.path)]
        if 0 <= row < len(current):
            del current[row]
            self.commit(current, merge=False)

    def _show(self, value: Any) -> None:
        assert isinstance(self.input, QTableWidget)
        columns = self._columns()
        rows = [[str(cell) for cell in row] for row in value or []]
        if (
            self._cells() == rows
            and [
                (h.text() if (h := self.input.horizontalHeaderItem(c)) is not None else "")
                for c in range(self.input.columnCount())
            ]
            == columns
        ):
            return
        self.input.clear()
        self.input.setColumnCount(len(columns))
        self.input.setHorizontalHeaderLabels(columns)
        self.input.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                self.input.setItem(r, c, QTableWidgetItem(cell))


EDITORS: dict[str, type[FieldEditor]] = {
    "text": TextEditor,
    "multiline": MultilineEditor,
    "int": NumberEditor,
    "float": NumberEditor,
    "bool": BoolEditor,
    "enum": ChoiceEditor,
    "literal": ChoiceEditor,
    "ref": ChoiceEditor,
    "date": DateEditor,
    "ref_list": CheckListEditor,
    "enum_list": CheckListEditor,
    "text_list": TextListEditor,
    "grid": GridEditor,
}
