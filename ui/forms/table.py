"""Lists of items (people, channels, rules, metrics, ...) as table rows: the model and its cells.

:class:`ItemListModel` adapts one list of the document to Qt's item model: list changes
announced by the document become ``beginInsertRows``/``beginRemoveRows``/``beginMoveRows``,
so selections and scroll positions survive edits and undo. :class:`ItemDelegate` edits the
summary columns in place. The table widget around them, with its buttons and the form of the
selected row, is :class:`ui.forms.form.ItemTable`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import Enum
from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo
from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QDate,
    QEvent,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from playbooks.format.fields import field_label
from playbooks.format.paths import FieldRejected
from ui.document import Document
from ui.forms.fieldkinds import FieldKind, kind_of, model_fields
from ui.forms.inputs import NumberInput, display_value, make_input, not_a_number, refusal
from ui.i18n import translate
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
        rejected(str): an in-place edit was refused; the reason, and the value kept.
        applied(): an in-place edit was applied.
    """

    rejected = Signal(str)
    applied = Signal()

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
                return field_label(self.infos[section])
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
        return display_value(self.document.playbook, kind, value)

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
        if getattr(self._items[index.row()], self.fields[index.column()]) == value:
            return True  # nothing changed (a cell editor closed without a new value)
        path = f"{self.item_path(index.row())}.{self.fields[index.column()]}"
        try:
            self.document.set_field(path, value)
        except FieldRejected as exc:
            self.refuse(index, exc.reason)
            return False
        self.applied.emit()
        return True

    def refuse(self, index: Index, reason: str) -> None:
        """Say why an entry in a cell was not applied, and what the cell keeps."""
        kept = getattr(self._items[index.row()], self.fields[index.column()])
        title = field_label(self.infos[index.column()])
        message = refusal(reason, title, self.document.playbook, self.kinds[index.column()], kept)
        self.rejected.emit(
            translate("Form", "Row {value}, not applied: {message}").format(value=index.row() + 1, message=message)
        )

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ROW_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
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
    """Editors for table cells: the same inputs as the form's fields (:mod:`ui.forms.inputs`),
    with the field's limits, "Not set" and choices; a cell never writes a value the user did not
    enter (an empty date cell used to become today's date, an empty number the lowest one)."""

    def __init__(self, model: ItemListModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.list_model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = index.column()
        editor = make_input(
            self.list_model.document, self.list_model.kinds[column], self.list_model.infos[column], parent
        )
        editor.setAccessibleName(field_label(self.list_model.infos[column]))
        editor.setAccessibleDescription(str(self.list_model.infos[column].description or ""))
        if isinstance(editor, NumberInput):
            cell = QPersistentModelIndex(index)
            editor.unparsable.connect(lambda typed: self.list_model.refuse(cell, not_a_number(typed)))
        return editor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # the delegate corrects a spin box's text before it commits: say first what was typed
        if isinstance(watched, NumberInput) and (
            event.type() == QEvent.Type.FocusOut
            or (
                event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            )
        ):
            watched.report_unparsable()
        return super().eventFilter(watched, event)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = getattr(self.list_model.items()[index.row()], self.list_model.fields[index.column()])
        blocker = QSignalBlocker(editor)
        try:
            show = getattr(editor, "show_value", None)
            if callable(show):
                show(value)
        finally:
            blocker.unblock()

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, NumberInput):
            editor.interpretText()  # the number typed so far (the spin box reads it on Enter only)
        typed_value = getattr(editor, "typed_value", None)
        if callable(typed_value):
            model.setData(index, typed_value(), Qt.ItemDataRole.EditRole)
