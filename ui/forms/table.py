"""Lists of items (people, channels, rules, metrics, ...) as tables with a detail form.

:class:`ItemListModel` adapts one list of the document to Qt's item model: list changes
announced by the document become ``beginInsertRows``/``beginRemoveRows``/``beginMoveRows``,
so selections and scroll positions survive edits and undo. :class:`ItemTable` adds the
buttons (add, duplicate, delete, move up/down), drag-to-reorder, in-place editing of the
summary columns and a form for every field of the selected row.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo
from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QDate,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from playbooks.format.enums import label as enum_label
from playbooks.format.fields import limits
from playbooks.format.paths import FieldRejected
from ui.document import Document
from ui.forms.factory import NOT_SET, item_name, ref_choices
from ui.forms.fieldkinds import FieldKind, kind_of, model_fields
from ui.undo import Change

ROW_MIME = "application/x-charter-row"
Index = QModelIndex | QPersistentModelIndex

#: The summary columns of each item class; other classes show their first compact fields.
COLUMNS: dict[str, list[str]] = {
    "Person": ["name", "title", "function", "seniority", "email"],
    "Champion": ["person", "sponsored_goal"],
    "MentoringPair": ["mentor", "mentee"],
    "Objective": ["title", "kind", "horizon", "owner"],
    "Spoke": ["name", "kind", "autonomy", "lead"],
    "DecisionRight": ["area", "accountable", "notes"],
    "Channel": ["platform", "handle", "owner", "state", "traffic_light", "response_sla_hours"],
    "ListeningStream": ["topic", "tool", "acted_on_by"],
    "ContentRule": ["title", "content_class", "approval", "approver_role", "sla_hours"],
    "Clause": ["title", "kind", "topic", "labour_review"],
    "AppliedPreset": ["preset", "note", "locked"],
    "RegulatoryException": ["preset", "approver", "expires"],
    "Lexicon": ["name", "match", "action", "destination"],
    "RecordClass": ["name", "retention_years", "accessible_years", "storage_mode"],
    "TrainingModule": ["title", "cadence_months", "validity_months", "required_for_access"],
    "SeverityLevel": ["level", "name", "locked"],
    "TriageRule": ["type", "response"],
    "Metric": ["name", "objective", "kind", "baseline", "target", "direction"],
    "Experiment": ["title", "spoke", "started", "shared_with_hub"],
    "ChangeLogEntry": ["version", "date", "author", "what", "material"],
    "SignOff": ["approver", "role", "date", "decision"],
    "Certification": ["training", "obtained", "expires"],
    "EscalationContact": ["person", "backup", "acknowledge_minutes"],
    "Trigger": ["kind", "description"],
    "Feature": ["name", "enabled"],
    "Disclosure": ["text", "placement"],
    "UseDefinition": ["use", "definition"],
    "GlossaryTerm": ["term", "definition"],
    "PolicyReference": ["title", "version", "relation"],
    "WorksCouncilAgreement": ["entity", "country", "agreed"],
    "Waiver": ["code", "path", "approver", "expires"],
}

EDITABLE_KINDS = {"text", "int", "float", "bool", "enum", "literal", "ref", "date"}


def columns_for(cls: type[BaseModel]) -> list[str]:
    """The summary columns of an item class."""
    if cls.__name__ in COLUMNS:
        return COLUMNS[cls.__name__]
    fields = model_fields(cls)
    return [n for n, info in fields.items() if (kind_of(info) or FieldKind("", False)).kind in EDITABLE_KINDS][:4]


def noun(cls: type[BaseModel]) -> str:
    """'ContentRule' -> 'content rule'."""
    out = ""
    for char in cls.__name__:
        out += (" " + char.lower()) if char.isupper() and out else char.lower()
    return out


class ItemListModel(QAbstractTableModel):
    """One list of the document as a table model (rows = items, columns = summary fields).

    Signals:
        rejected(str): an in-place edit was refused; the reason.
    """

    rejected = Signal(str)

    def __init__(self, document: Document, list_path: str, cls: type[BaseModel], parent: Any = None) -> None:
        super().__init__(parent)
        self.document = document
        self.cls = cls
        self._path = list_path
        self.fields = columns_for(cls)
        all_fields = model_fields(cls)
        self.infos: list[FieldInfo] = [all_fields[name] for name in self.fields]
        self.kinds: list[FieldKind] = [kind_of(info) or FieldKind("", False) for info in self.infos]
        self._items: list[Any] = self._read()
        document.changed.connect(self._on_document_changed)

    # ---- Public API

    @property
    def list_path(self) -> str:
        return self._path

    def set_list_path(self, path: str) -> None:
        self.beginResetModel()
        self._path = path
        self._items = self._read()
        self.endResetModel()

    def item_path(self, row: int) -> str:
        return f"{self._path}[{row}]"

    def items(self) -> list[Any]:
        return list(self._items)

    # ---- Qt overrides

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.fields)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.fields):
            if role == Qt.ItemDataRole.DisplayRole:
                return str(self.infos[section].title)
            if role == Qt.ItemDataRole.ToolTipRole:
                return str(self.infos[section].description or "")
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole and section >= 0:
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        flags = base | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        kind = self.kinds[index.column()].kind
        if not self.document.read_only and kind in EDITABLE_KINDS:
            flags |= Qt.ItemFlag.ItemIsUserCheckable if kind == "bool" else Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._items)):
            return None
        value = getattr(self._items[index.row()], self.fields[index.column()])
        kind = self.kinds[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return None if kind.kind == "bool" else self._display(value, kind)
        if role == Qt.ItemDataRole.EditRole:
            if isinstance(value, dt.date):
                return QDate(value.year, value.month, value.day)
            if isinstance(value, Enum):
                return value.value
            return value
        if role == Qt.ItemDataRole.CheckStateRole and kind.kind == "bool":
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self._display(value, kind)
            return text if len(text) > 30 else None
        return None

    def _display(self, value: Any, kind: FieldKind) -> str:
        if value is None:
            return ""
        if kind.kind == "ref":
            return item_name(self.document.playbook, kind.ref, value)
        if kind.kind == "ref_list":
            return ", ".join(item_name(self.document.playbook, kind.ref, v) for v in value)
        if isinstance(value, Enum):
            return enum_label(value)
        if isinstance(value, list):
            return ", ".join(enum_label(v) if isinstance(v, Enum) else str(v) for v in value)
        if isinstance(value, float):
            return f"{value:g}"
        if isinstance(value, dt.date):
            return value.isoformat()
        text = str(value)
        return text if len(text) <= 120 else text[:117] + "..."

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.document.read_only:
            return False
        kind = self.kinds[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and kind.kind == "bool":
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        if isinstance(value, QDate):
            value = None if not value.isValid() else dt.date(value.year(), value.month(), value.day())
        path = f"{self.item_path(index.row())}.{self.fields[index.column()]}"
        try:
            self.document.set_field(path, value)
        except FieldRejected as exc:
            self.rejected.emit(f"{self.infos[index.column()].title}: {exc.reason}")
            return False
        return True

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ROW_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(ROW_MIME, QByteArray(str(rows[0]).encode()))
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(ROW_MIME) or self.document.read_only:
            return False
        try:
            source = int(bytes(data.data(ROW_MIME).data()).decode())
        except ValueError:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._items)
        destination = row - 1 if row > source else row
        destination = max(0, min(destination, len(self._items) - 1))
        if 0 <= source < len(self._items) and destination != source:
            self.document.move_item(self._path, source, destination)
        # the move is done through the document; returning False stops the view from removing rows
        return False

    # ---- Private

    def _read(self) -> list[Any]:
        return list(self.document.get(self._path)) if self.document.exists(self._path) else []

    def _on_document_changed(self, change: Change) -> None:
        new = self._read()
        if change.path == self._path and change.kind in ("insert", "remove", "move"):
            i = change.index
            if change.kind == "insert" and len(new) == len(self._items) + 1:
                self.beginInsertRows(QModelIndex(), i, i)
                self._items = new
                self.endInsertRows()
                return
            if change.kind == "remove" and len(new) == len(self._items) - 1:
                self.beginRemoveRows(QModelIndex(), i, i)
                self._items = new
                self.endRemoveRows()
                return
            if change.kind == "move" and len(new) == len(self._items):
                to = change.to + 1 if change.to > i else change.to
                if self.beginMoveRows(QModelIndex(), i, i, QModelIndex(), to):
                    self._items = new
                    self.endMoveRows()
                    return
        if len(new) != len(self._items):
            self.beginResetModel()
            self._items = new
            self.endResetModel()
            return
        changed = [r for r, (a, b) in enumerate(zip(self._items, new, strict=True)) if a is not b]
        self._items = new
        if change.kind == "set" and not change.path.startswith(self._path):
            changed = list(range(len(new)))  # names of referenced items may have changed
        if changed and self.fields:
            self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], len(self.fields) - 1))


class ItemDelegate(QStyledItemDelegate):
    """Editors for table cells: combo boxes for choices, spin boxes with the field's limits."""

    def __init__(self, model: ItemListModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.list_model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        kind = self.list_model.kinds[index.column()]
        info = self.list_model.infos[index.column()]
        if kind.kind in ("enum", "literal", "ref"):
            combo = QComboBox(parent)
            if kind.optional:
                combo.addItem(NOT_SET, None)
            if kind.kind == "enum":
                for member in kind.base:
                    combo.addItem(enum_label(member), member)
            elif kind.kind == "literal":
                for value in kind.base:
                    combo.addItem(str(value), value)
            else:
                for ident, name in ref_choices(self.list_model.document.playbook, kind.ref):
                    combo.addItem(name, ident)
            return combo
        if kind.kind in ("int", "float"):
            bounds = limits(info)
            spin: QSpinBox | QDoubleSpinBox
            if kind.kind == "int":
                spin = QSpinBox(parent)
                spin.setRange(
                    int(bounds.get("ge", bounds.get("gt", -1_000_000_000) + 1)),
                    int(bounds.get("le", bounds.get("lt", 1_000_000_000) - 1)),
                )
            else:
                spin = QDoubleSpinBox(parent)
                spin.setDecimals(2)
                spin.setRange(bounds.get("ge", bounds.get("gt", -1e12) + 0.01), bounds.get("le", 1e12))
            return spin
        if kind.kind == "date":
            edit = QDateEdit(parent)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            return edit
        line = QLineEdit(parent)
        return line

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = self.list_model.data(index, Qt.ItemDataRole.EditRole)
        blocker = QSignalBlocker(editor)
        try:
            if isinstance(editor, QComboBox):
                raw = getattr(self.list_model.items()[index.row()], self.list_model.fields[index.column()])
                position = editor.findData(raw)
                editor.setCurrentIndex(max(0, position))
            elif isinstance(editor, QSpinBox):
                editor.setValue(int(value) if value is not None else editor.minimum())
            elif isinstance(editor, QDoubleSpinBox):
                editor.setValue(float(value) if value is not None else editor.minimum())
            elif isinstance(editor, QDateEdit):
                editor.setDate(value if isinstance(value, QDate) else QDate.currentDate())
            elif isinstance(editor, QLineEdit):
                editor.setText("" if value is None else str(value))
        finally:
            blocker.unblock()

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        value: Any
        if isinstance(editor, QComboBox):
            value = editor.currentData()
        elif isinstance(editor, QSpinBox | QDoubleSpinBox):
            value = editor.value()
        elif isinstance(editor, QDateEdit):
            value = editor.date()
        elif isinstance(editor, QLineEdit):
            value = editor.text()
        else:
            return
        model.setData(index, value, Qt.ItemDataRole.EditRole)


class ItemTable(QGroupBox):
    """A list of items: a table with buttons and drag-to-reorder, and a form for the selected row.

    Signals:
        current_changed(int): the selected row changed (-1 for none).
    """

    current_changed = Signal(int)

    def __init__(
        self, document: Document, path: str, info: FieldInfo, cls: type[BaseModel], parent: QWidget | None = None
    ) -> None:
        super().__init__(str(info.title), parent)
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
        self.view.setAccessibleName(str(info.title))
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
        self.placeholder = QLabel(f"Select a {noun(cls)} to see all its fields, or add one.", self.detail_area)
        self.placeholder.setProperty("role", "hint")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail_layout.addWidget(self.placeholder)
        self.detail_box: QGroupBox | None = None
        self.detail: Any = None
        layout.addWidget(self.detail_area)
        self.model.rejected.connect(self._show_error)
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
            ("add", "Add", f"Add a {noun(self.cls)}", QStyle.StandardPixmap.SP_FileDialogNewFolder, self.add),
            ("duplicate", "Duplicate", "Duplicate the selected row", None, self.duplicate),
            ("delete", "Delete", "Delete the selected row", QStyle.StandardPixmap.SP_TrashIcon, self.delete),
            (
                "up",
                "Move up",
                "Move the selected row up",
                QStyle.StandardPixmap.SP_ArrowUp,
                lambda: self.move_selected(-1),
            ),
            (
                "down",
                "Move down",
                "Move the selected row down",
                QStyle.StandardPixmap.SP_ArrowDown,
                lambda: self.move_selected(1),
            ),
        ]
        self.buttons: dict[str, QToolButton] = {}
        for key, text, tip, icon, slot in specs:
            button = QToolButton(self)
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(f"{text} ({self.info.title})")
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
            self._show_error(f"Cannot delete: {exc.reason}")
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
        from ui.forms.form import Form

        self.detail_box = QGroupBox(f"Selected {noun(self.cls)}", self.detail_area)
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
