"""Forms: the editors of one model's fields, laid out by hand-chosen rules.

A :class:`Form` shows the fields of one model class at a path prefix. Compact fields
(text, numbers, choices, dates, check boxes) go into one or two columns of label/editor
rows; long text and lists follow at full width; nested models become group boxes
(:class:`ModelGroup`) and lists of items become tables (:class:`ItemTable`: buttons to add,
duplicate, delete and move, drag-to-reorder, in-place editing of the summary columns and a
form for every field of the selected row). :meth:`Form.set_prefix` rebinds every editor to
another item of the same class (the detail form of a table follows its selection).

:func:`create_editor` picks the editor of any field. The three containers hold one another
(a form holds tables, a table's detail form holds groups and tables), so they live here
together; the simple field editors are :mod:`ui.forms.factory`, the table's rows and cells
:mod:`ui.forms.table`.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyle,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from playbooks.format import paths as fieldpath
from playbooks.format.fields import field_label
from playbooks.format.paths import FieldRejected
from ui.document import Document
from ui.forms.factory import EDITORS, FieldEditor
from ui.forms.fieldkinds import FieldKind, kind_of, model_fields
from ui.forms.table import ItemDelegate, ItemListModel, noun
from ui.i18n import translate

COMPACT = {"text", "int", "float", "bool", "enum", "literal", "ref", "date"}
WIDE = {"multiline", "text_list", "ref_list", "enum_list", "grid"}


def _join(prefix: str, name: str) -> str:
    return f"{prefix}.{name}" if prefix else name


def create_editor(document: Document, path: str, info: FieldInfo, parent: QWidget | None = None) -> QWidget:
    """The editor for the field at ``path``: a :class:`FieldEditor`, a group (nested model) or
    an item table (list of models). Raises TypeError for a field no editor fits."""
    kind = kind_of(info)
    if kind is None:
        raise TypeError(f"{path}: no editor for {info.annotation!r}")
    if kind.kind in EDITORS:
        return EDITORS[kind.kind](document, path, info, kind, parent)
    if kind.kind == "model":
        return ModelGroup(document, path, info, kind, parent)
    if kind.kind == "model_list":
        return ItemTable(document, path, info, kind.base, parent)
    raise TypeError(f"{path}: no editor for kind {kind.kind}")


def refresh_widget(widget: QWidget) -> None:
    """Refresh any editor-like widget (field editor, group, table, form)."""
    refresh = getattr(widget, "refresh", None)
    if callable(refresh):
        refresh()


class Form(QWidget):
    """The editors for the fields of ``cls`` at ``prefix``."""

    def __init__(
        self,
        document: Document,
        cls: type[BaseModel],
        prefix: str,
        fields: list[str] | None = None,
        columns: int = 1,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.cls = cls
        self._prefix = prefix
        self.editors: dict[str, QWidget] = {}
        all_fields = model_fields(cls)
        names = fields if fields is not None else list(all_fields)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        compact = [n for n in names if (kind_of(all_fields[n]) or FieldKind("", False)).kind in COMPACT]
        wide = [n for n in names if (kind_of(all_fields[n]) or FieldKind("", False)).kind in WIDE]
        big = [n for n in names if n not in compact and n not in wide]
        if compact:
            row = QHBoxLayout()
            row.setSpacing(24)
            columns = max(1, min(columns, len(compact)))
            per_column = -(-len(compact) // columns)
            for c in range(columns):
                form = self._form_layout()
                for name in compact[c * per_column : (c + 1) * per_column]:
                    self._add_row(form, name, all_fields[name])
                row.addLayout(form, 1)
            layout.addLayout(row)
        if wide:
            form = self._form_layout()
            for name in wide:
                self._add_row(form, name, all_fields[name])
            layout.addLayout(form)
        for name in big:
            editor = create_editor(document, _join(prefix, name), all_fields[name], self)
            self.editors[name] = editor
            layout.addWidget(editor)

    @staticmethod
    def _form_layout() -> QFormLayout:
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        return form

    def _add_row(self, form: QFormLayout, name: str, info: FieldInfo) -> None:
        editor = create_editor(self.document, _join(self._prefix, name), info, self)
        label = QLabel(translate("Form", "{title}:").format(title=field_label(info)), self)
        label.setToolTip(str(info.description or ""))
        if isinstance(editor, FieldEditor):
            label.setBuddy(editor.input)
            if editor.kind.kind in WIDE:
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.editors[name] = editor
        form.addRow(label, editor)

    # ---- Public API

    @property
    def prefix(self) -> str:
        return self._prefix

    def set_prefix(self, prefix: str) -> None:
        """Show another item of the same class."""
        self._prefix = prefix
        for name, editor in self.editors.items():
            path = _join(prefix, name)
            if isinstance(editor, FieldEditor):
                editor.set_path(path)
            else:
                set_path = getattr(editor, "set_path", None)
                if callable(set_path):
                    set_path(path)

    def refresh(self) -> None:
        for editor in self.editors.values():
            refresh_widget(editor)


class ModelGroup(QGroupBox):
    """A nested model as a group box; an optional one can be switched on and off."""

    def __init__(
        self, document: Document, path: str, info: FieldInfo, kind: FieldKind, parent: QWidget | None = None
    ) -> None:
        super().__init__(field_label(info), parent)
        self.document = document
        self.info = info
        self.kind = kind
        self._path = path
        self.setToolTip(str(info.description or ""))
        self.setObjectName(f"group:{path}")
        self.error = QLabel(self)
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        layout = QVBoxLayout(self)
        self.form = Form(document, kind.base, path, columns=2, parent=self)
        layout.addWidget(self.error)
        layout.addWidget(self.form)
        if kind.optional:
            self.setCheckable(True)
            self.setAccessibleName(field_label(info))
            self.toggled.connect(self._on_toggled)
        self.refresh()

    @property
    def path(self) -> str:
        return self._path

    def set_path(self, path: str) -> None:
        self._path = path
        self.setObjectName(f"group:{path}")
        self.refresh()

    def _on_toggled(self, on: bool) -> None:
        value: Any = None
        if on:
            try:
                value = fieldpath.new_item(self.document.playbook, self._path, self.kind.base)
            except FieldRejected as exc:
                self._show_error(exc.reason)
                self.refresh()
                return
        try:
            self.document.set_field(self._path, value)
        except FieldRejected as exc:
            self._show_error(exc.reason)
            self.refresh()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)

    def refresh(self) -> None:
        if not self.document.exists(self._path):
            return
        value = self.document.get(self._path)
        if self.kind.optional:
            blocked = self.blockSignals(True)
            self.setChecked(value is not None)
            self.blockSignals(blocked)
            self.form.setVisible(value is not None)
        if value is not None:
            if self.form.prefix != self._path:
                self.form.set_prefix(self._path)
            else:
                self.form.refresh()
        self.setEnabled(not self.document.read_only)


class ItemTable(QGroupBox):
    """A list of items: a table with buttons and drag-to-reorder, and a form for the selected row.

    Signals:
        current_changed(int): the selected row changed (-1 for none).
    """

    current_changed = Signal(int)

    def __init__(
        self, document: Document, path: str, info: FieldInfo, cls: type[BaseModel], parent: QWidget | None = None
    ) -> None:
        super().__init__(field_label(info), parent)
        self.document = document
        self.cls = cls
        self.info = info
        self._path = path
        self.setObjectName(f"table:{path}")
        self.setToolTip(str(info.description or ""))
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        if info.description:
            hint = QLabel(str(info.description), self)
            hint.setProperty("role", "hint")
            hint.setWordWrap(True)
            layout.addWidget(hint)
        self.model = ItemListModel(document, path, cls, self)
        self.view = QTableView(self)
        self.view.setObjectName(f"field:{path}")
        self.view.setAccessibleName(field_label(info))
        self.view.setAccessibleDescription(
            (f"{info.description} " if info.description else "")
            + translate(
                "Form", "One row per {noun}; the form below the table shows every field of the selected row."
            ).format(noun=noun(cls))
        )
        self.view.setModel(self.model)
        self.view.setItemDelegate(ItemDelegate(self.model, self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        self.view.setTabKeyNavigation(False)
        layout.addLayout(self._buttons())
        layout.addWidget(self.view)
        self.error = QLabel(self)
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        layout.addWidget(self.error)
        # the detail form is built on first use: nested tables would otherwise build forms recursively
        # placeholder and detail are shown one at a time; the layout sizes whichever is visible
        self.detail_area = QWidget(self)
        self.detail_layout = QVBoxLayout(self.detail_area)
        self.detail_layout.setContentsMargins(0, 0, 0, 0)
        self.placeholder = QLabel(
            translate("Form", "Select a {noun} to see all its fields, or add one.").format(noun=noun(cls)),
            self.detail_area,
        )
        self.placeholder.setProperty("role", "hint")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail_layout.addWidget(self.placeholder)
        self.detail_box: QGroupBox | None = None
        self.detail: Any = None
        layout.addWidget(self.detail_area)
        self.model.rejected.connect(self._show_error)
        self.model.applied.connect(self._clear_error)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._sync_detail())
        for signal in (
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.rowsMoved,
            self.model.modelReset,
            self.model.layoutChanged,
        ):
            signal.connect(self._after_rows_changed)
        self._fit_height()
        self._sync_detail()

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(4)
        style = self.style()
        specs = [
            (
                "add",
                translate("Form", "Add"),
                translate("Form", "Add a {noun}").format(noun=noun(self.cls)),
                QStyle.StandardPixmap.SP_FileDialogNewFolder,
                self.add,
            ),
            (
                "duplicate",
                translate("Form", "Duplicate"),
                translate("Form", "Duplicate the selected row"),
                None,
                self.duplicate,
            ),
            (
                "delete",
                translate("Form", "Delete"),
                translate("Form", "Delete the selected row"),
                QStyle.StandardPixmap.SP_TrashIcon,
                self.delete,
            ),
            (
                "up",
                translate("Form", "Move up"),
                translate("Form", "Move the selected row up"),
                QStyle.StandardPixmap.SP_ArrowUp,
                lambda: self.move_selected(-1),
            ),
            (
                "down",
                translate("Form", "Move down"),
                translate("Form", "Move the selected row down"),
                QStyle.StandardPixmap.SP_ArrowDown,
                lambda: self.move_selected(1),
            ),
        ]
        self.buttons: dict[str, QToolButton] = {}
        for key, text, tip, icon, slot in specs:
            button = QToolButton(self)
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(
                translate("Form", "{text} ({title})").format(text=text, title=field_label(self.info))
            )
            button.setObjectName(f"{key}:{self._path}")
            if icon is not None:
                button.setIcon(style.standardIcon(icon))
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.clicked.connect(slot)
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        return row

    # ---- Public API

    @property
    def path(self) -> str:
        return self._path

    def set_path(self, path: str) -> None:
        """Show the list at another path (when the form around the table shows another item)."""
        self._path = path
        self.setObjectName(f"table:{path}")
        self.view.setObjectName(f"field:{path}")
        for key, button in self.buttons.items():
            button.setObjectName(f"{key}:{path}")
        self.model.set_list_path(path)
        self._sync_detail()

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(row, 0))
            self.view.scrollTo(self.model.index(row, 0))
        self._sync_detail()

    def add(self) -> None:
        row = self.current_row()
        try:
            new_row = self.document.insert_item(self._path, None if row < 0 else row + 1)
        except FieldRejected as exc:
            self._show_error(exc.reason)
            return
        self._clear_error()
        self.select_row(new_row)
        if self.detail is not None:
            first = next(iter(self.detail.editors.values()), None)
            focus = getattr(first, "focus_input", None)
            if callable(focus):
                focus()

    def duplicate(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        try:
            self.select_row(self.document.duplicate_item(self._path, row))
        except FieldRejected as exc:
            self._show_error(exc.reason)

    def delete(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        try:
            self.document.remove_item(self._path, row)
        except FieldRejected as exc:
            self._show_error(translate("Form", "Cannot delete: {reason}").format(reason=exc.reason))
            return
        self._clear_error()
        self.select_row(min(row, self.model.rowCount() - 1))

    def move_selected(self, step: int) -> None:
        """Move the selected row up (-1) or down (+1)."""
        row = self.current_row()
        target = row + step
        if row < 0 or not 0 <= target < self.model.rowCount():
            return
        self.document.move_item(self._path, row, target)
        self.select_row(target)

    def refresh(self) -> None:
        self._sync_detail()
        if self.detail is not None and self.detail_box is not None and not self.detail_box.isHidden():
            self.detail.refresh()
        self._update_buttons()

    # ---- Private

    def _ensure_detail(self) -> None:
        if self.detail is not None:
            return
        self.detail_box = QGroupBox(translate("Form", "Selected {noun}").format(noun=noun(self.cls)), self.detail_area)
        self.detail_box.setObjectName("detailBox")
        box_layout = QVBoxLayout(self.detail_box)
        wide = len(model_fields(self.cls)) > 6
        self.detail = Form(self.document, self.cls, self.model.item_path(0), columns=2 if wide else 1, parent=self)
        box_layout.addWidget(self.detail)
        self.detail_layout.addWidget(self.detail_box)

    def _after_rows_changed(self, *args: Any) -> None:
        self._fit_height()
        self._sync_detail()

    def _sync_detail(self) -> None:
        row = self.current_row()
        showing = 0 <= row < self.model.rowCount()
        if showing:
            self._ensure_detail()
            prefix = self.model.item_path(row)
            if self.detail.prefix != prefix:
                self.detail.set_prefix(prefix)
        if self.detail_box is not None and self.detail_box.isHidden() == showing:
            self.detail_box.setVisible(showing)
        if self.placeholder.isHidden() != showing:
            self.placeholder.setVisible(not showing)
        self._update_buttons()
        self.current_changed.emit(row)

    def _update_buttons(self) -> None:
        row = self.current_row()
        writable = not self.document.read_only
        count = self.model.rowCount()
        self.buttons["add"].setEnabled(writable)
        self.buttons["duplicate"].setEnabled(writable and row >= 0)
        self.buttons["delete"].setEnabled(writable and row >= 0)
        self.buttons["up"].setEnabled(writable and row > 0)
        self.buttons["down"].setEnabled(writable and 0 <= row < count - 1)

    def _fit_height(self) -> None:
        rows = max(3, min(self.model.rowCount(), 10))
        header = self.view.horizontalHeader().sizeHint().height()
        self.view.setFixedHeight(header + rows * self.view.verticalHeader().defaultSectionSize() + 6)
        self.view.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.view.setColumnWidth(column, max(90, min(self.view.columnWidth(column), 320)))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)

    def _clear_error(self) -> None:
        self.error.setVisible(False)
