"""The spoke tailoring view for regional managers.

The editor shows a spoke as its effective playbook, read-only. Tailoring happens here: a
focused window over the spoke file's change list with its own undo stack, saved atomically.

* Fields: per section, every field with the hub value and the spoke value side by side;
  locked hub items carry a lock icon and say why; changing a field asks for a rationale
  (optionally approver and expiry) and records a spoke change; "Revert to hub" removes it.
  A change that would loosen a locked item, or break the playbook, is refused with the reason.
* Differences from hub: every difference with the change and rationale behind it.
* Hub changed since you tailored: the drift report; each item is reviewed and acknowledged,
  which records the hub's current value (and, once nothing drifts, its version/fingerprint).
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QCloseEvent,
    QColor,
    QIcon,
    QKeySequence,
    QPainter,
    QPen,
    QPixmap,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from playbooks.audit.signoff import approval_state
from playbooks.checks.validation import spoke_report
from playbooks.format.enums import Decision, Severity
from playbooks.format.enums import label as enum_label
from playbooks.format.fields import unwrap
from playbooks.format.model import SECTIONS, Playbook
from playbooks.io import storage
from playbooks.tailoring import (
    LOCKED_WEAKENED,
    Difference,
    Drift,
    ModifyChange,
    RemoveChange,
    Resolution,
    SetChange,
    SpokeFile,
    differences,
    drifted,
    dumps_spoke,
    record_hub_values,
    regional_sign_off_refusal,
    resolve_text,
    revert_change,
    save_spoke,
    spoke_from_text,
    tailor,
)
from playbooks.tailoring.review import FieldRow, acknowledge, change_for, field_rows, item_values, lock_reason
from ui import dialogs, errors, settings
from ui.dialogs import Answer
from ui.workflows.approval import style_label
from ui.workflows.signoff import SignOffDialog, _expiry, _expiry_fields, _FormDialog

SECTION_TITLES = dict(SECTIONS)
LOCKED_COLOUR = "#8a5a00"
#: item role of a group node: a FieldRow of the keyed list item the group shows
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
CHANGED_COLOUR = "#1565c0"


def _enum_in(annotation: Any) -> type[enum.Enum] | None:
    """The enum type inside an annotation (``Enum``, ``Enum | None``, ``list[Enum]``), if any."""
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return annotation
    for arg in typing.get_args(annotation):
        found = _enum_in(arg)
        if found is not None:
            return found
    return None


def show(value: Any, limit: int = 120, annotation: Any = None) -> str:
    """A value as one line of text ('—' for nothing); enum values in their human wording."""
    if value is None or value == "" or value == []:
        return "—"
    kind = _enum_in(annotation) if annotation is not None else None
    if kind is not None:
        members = {m.value: m for m in kind}
        words = [
            enum_label(members[v]) if v in members else str(v) for v in (value if isinstance(value, list) else [value])
        ]
        return show(", ".join(words), limit)
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, list):
        text = ", ".join(show(v, 60) for v in value)
    elif isinstance(value, dict):
        text = ", ".join(f"{k}: {show(v, 40)}" for k, v in value.items() if v not in (None, "", [], False))
    else:
        text = str(value)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def lock_icon(size: int = 16) -> QIcon:
    """A small padlock drawn here (no icon theme or emoji font is needed, nothing is fetched)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(LOCKED_COLOUR)
    pen = QPen(colour, max(1.5, size / 9))
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    shackle = QRectF(size * 0.28, size * 0.08, size * 0.44, size * 0.5)
    painter.drawArc(shackle, 0, 180 * 16)
    painter.drawLine(QPointF(shackle.left(), size * 0.33), QPointF(shackle.left(), size * 0.48))
    painter.drawLine(QPointF(shackle.right(), size * 0.33), QPointF(shackle.right(), size * 0.48))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(QRectF(size * 0.16, size * 0.45, size * 0.68, size * 0.5), size * 0.08, size * 0.08)
    painter.setBrush(QColor("white"))
    painter.drawEllipse(QPointF(size * 0.5, size * 0.68), size * 0.07, size * 0.07)
    painter.end()
    return QIcon(pixmap)


# ---------------------------------------------------------------- the override dialog


class ValueEditor(QWidget):
    """An editor for one field's value, chosen from the field's type."""

    def __init__(self, annotation: Any, value: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.annotation = annotation
        self.adapter: TypeAdapter[Any] = TypeAdapter(annotation)
        inner, is_list, _optional = unwrap(annotation)
        if typing.get_origin(inner) is typing.Annotated:  # constrained text: edit as its base type
            inner = typing.get_args(inner)[0]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.kind = "json"
        self.widget: QWidget
        if is_list and (inner is str or (isinstance(inner, type) and issubclass(inner, enum.Enum))):
            self.kind = "lines"
            edit = QPlainTextEdit("\n".join(str(v) for v in value or []), self)
            edit.setPlaceholderText("One value per line")
            edit.setFixedHeight(90)
            self.widget = edit
        elif inner is bool:
            self.kind = "bool"
            self.widget = QCheckBox("Yes", self)
            self.widget.setChecked(bool(value))
        elif isinstance(inner, type) and issubclass(inner, enum.Enum):
            self.kind = "enum"
            combo = QComboBox(self)
            for member in inner:
                combo.addItem(str(member.value).replace("_", " "), member.value)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            self.widget = combo
        elif inner is int:
            self.kind = "int"
            spin = QSpinBox(self)
            spin.setRange(-1_000_000, 1_000_000)
            spin.setValue(int(value or 0))
            self.widget = spin
        elif inner is float:
            self.kind = "float"
            dspin = QDoubleSpinBox(self)
            dspin.setRange(-1_000_000, 1_000_000)
            dspin.setDecimals(2)
            dspin.setValue(float(value or 0))
            self.widget = dspin
        elif inner is dt.date:
            self.kind = "date"
            self.widget = QLineEdit(str(value or ""), self)
            self.widget.setPlaceholderText("YYYY-MM-DD (empty for none)")
        elif inner is str:
            self.kind = "text"
            text = QPlainTextEdit(str(value or ""), self)
            text.setFixedHeight(90)
            self.widget = text
        else:
            text = QPlainTextEdit(json.dumps(value, ensure_ascii=False, indent=1), self)
            text.setFixedHeight(120)
            self.widget = text
        self.widget.setObjectName("value")
        layout.addWidget(self.widget)

    def raw(self) -> Any:
        w = self.widget
        if self.kind == "lines":
            assert isinstance(w, QPlainTextEdit)
            return [line.strip() for line in w.toPlainText().splitlines() if line.strip()]
        if self.kind == "bool":
            assert isinstance(w, QCheckBox)
            return w.isChecked()
        if self.kind == "enum":
            assert isinstance(w, QComboBox)
            return w.currentData()
        if self.kind in ("int", "float"):
            assert isinstance(w, QSpinBox | QDoubleSpinBox)
            return w.value()
        if self.kind == "date":
            assert isinstance(w, QLineEdit)
            return w.text().strip() or None
        assert isinstance(w, QPlainTextEdit)
        if self.kind == "text":
            return w.toPlainText()
        try:
            return json.loads(w.toPlainText())
        except json.JSONDecodeError as exc:
            raise ValueError(f"not valid JSON ({exc.msg} at line {exc.lineno})") from None

    def value(self) -> Any:
        """The value as plain data, validated against the field's type (ValueError with the reason)."""
        try:
            return self.adapter.dump_python(self.adapter.validate_python(self.raw()), mode="json")
        except ValidationError as exc:
            first = exc.errors()[0]
            raise ValueError(str(first.get("msg", "not a valid value"))) from None


class OverrideDialog(_FormDialog):
    """The spoke's value of one field, with the rationale (and optionally approver and expiry)."""

    def __init__(
        self, row: FieldRow, record: Callable[[Any], str] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            "Change for this region",
            f"<b>{row.label}</b><br>Hub value: {show(row.hub_value)}",
            parent,
        )
        self.setObjectName("overrideDialog")
        self.row = row
        reason = lock_reason(row)
        if reason:
            note = QLabel(f"Locked by the hub. {reason}", self)
            note.setWordWrap(True)
            note.setStyleSheet(f"color: {LOCKED_COLOUR};")
            self.form.addRow(note)
        self.editor = ValueEditor(row.annotation, row.value, self)
        self.rationale = QPlainTextEdit(self)
        self.rationale.setObjectName("rationale")
        self.rationale.setFixedHeight(70)
        self.rationale.setPlaceholderText("Why this region departs from the hub (a local law, market, language)")
        self.approver = QLineEdit(settings.user_name(), self)
        self.approver.setObjectName("approver")
        self.expires_on, self.expires = _expiry_fields(self)
        self.form.addRow("Spoke value", self.editor)
        self.form.addRow("Rationale", self.rationale)
        self.form.addRow("Approved by", self.approver)
        self.form.addRow(self.expires_on, self.expires)
        self.change: Any = None
        #: records the change; returns '' or why it was refused (the dialog then stays open)
        self.record = record or (lambda _change: "")

    def _on_ok(self) -> None:
        rationale = self.rationale.toPlainText().strip()
        if not rationale:
            self.refuse("Every spoke change needs a rationale: say why the region departs from the hub.")
            return
        try:
            value = self.editor.value()
        except ValueError as exc:
            self.refuse(f"That value is refused: {exc}.")
            return
        if value == self.row.value:
            self.refuse("That is the value the spoke already has; nothing to record.")
            return
        expires = _expiry(self.expires_on, self.expires)
        change = change_for(self.row, value, rationale, self.approver.text().strip(), expires)
        refusal = self.record(change)
        if refusal:
            self.refuse(f"Refused: {refusal}")
            return
        self.change = change
        self.accept()


class RemoveDialog(_FormDialog):
    """Why the region does not use a hub item (optionally who approved it and until when)."""

    def __init__(self, name: str, record: Callable[[Any], str], target: str, key: str, parent: QWidget | None) -> None:
        super().__init__(
            "Remove for this region",
            f"Remove <b>{name}</b> from this region's playbook. The hub keeps it; other regions are not affected.",
            parent,
        )
        self.setObjectName("removeDialog")
        self.record = record
        self.target, self.key = target, key
        self.rationale = QPlainTextEdit(self)
        self.rationale.setObjectName("rationale")
        self.rationale.setFixedHeight(70)
        self.rationale.setPlaceholderText(
            "Why the region does not use it (e.g. the platform is not used in the region)"
        )
        self.approver = QLineEdit(settings.user_name(), self)
        self.approver.setObjectName("approver")
        self.form.addRow("Rationale", self.rationale)
        self.form.addRow("Approved by", self.approver)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Remove")

    def _on_ok(self) -> None:
        rationale = self.rationale.toPlainText().strip()
        if not rationale:
            self.refuse("Every spoke change needs a rationale: say why the region does not use this item.")
            return
        change = RemoveChange(
            action="remove", target=self.target, id=self.key, rationale=rationale, approver=self.approver.text().strip()
        )
        refusal = self.record(change)
        if refusal:
            self.refuse(f"Refused: {refusal}")
            return
        self.accept()


# ---------------------------------------------------------------- undo


class SpokeCommand(QUndoCommand):
    """One change of the spoke file's content (before/after values, exact undo)."""

    def __init__(self, view: TailoringView, before: SpokeFile, after: SpokeFile, text: str) -> None:
        super().__init__(text)
        self.view = view
        self.before = before
        self.after = after

    def redo(self) -> None:
        self.view._install(self.after)

    def undo(self) -> None:
        self.view._install(self.before)


def _same_target(existing: Any, change: Any) -> bool:
    if isinstance(existing, SetChange) and isinstance(change, SetChange):
        return existing.path == change.path
    if isinstance(existing, ModifyChange) and isinstance(change, ModifyChange):
        return (existing.target, existing.id, set(existing.fields)) == (change.target, change.id, set(change.fields))
    return False


# ---------------------------------------------------------------- the view


class TailoringView(QDialog):
    """Tailor one spoke file against its hub.

    Signals:
        saved(str): the spoke file was written (its path).
    """

    saved = Signal(str)

    def __init__(self, spoke_path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tailoringView")
        self.path = str(Path(spoke_path).resolve())
        self.setWindowTitle(f"Tailoring — {Path(self.path).name}")
        self.resize(1180, 760)
        self.stack = QUndoStack(self)
        self.override: OverrideDialog | None = None
        self.signoff_dialog: SignOffDialog | None = None
        self.remove_dialog: RemoveDialog | None = None
        text = storage.read_text(Path(self.path))
        #: the file as read (or last saved): a save over someone else's change asks first
        self._disk_text = text
        self.spoke: SpokeFile = spoke_from_text(self.path, text)
        self.resolution: Resolution = resolve_text(self.path, text)
        self.rows: list[FieldRow] = []
        self.diffs: list[Difference] = []
        self.drifts: list[Drift] = []
        self._lock_icon = self._make_lock_icon()

        layout = QVBoxLayout(self)
        self.header = QLabel(self)
        self.header.setObjectName("tailoringHeader")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.header)
        self.state = QLabel(self)
        self.state.setObjectName("spokeState")
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs, 1)
        self._build_fields_tab()
        self._build_differences_tab()
        self._build_drift_tab()
        row = QHBoxLayout()
        self.undo_button = QPushButton("Undo", self)
        self.undo_button.setObjectName("undo")
        self.undo_button.clicked.connect(self.stack.undo)
        self.redo_button = QPushButton("Redo", self)
        self.redo_button.setObjectName("redo")
        self.redo_button.clicked.connect(self.stack.redo)
        self.stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.stack.undoTextChanged.connect(self._on_stack_undo_text_changed)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        # Ctrl+Z / Ctrl+Shift+Z act on this window's own history, not the editor's
        undo_action = self.stack.createUndoAction(self, "Undo")
        undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        redo_action = self.stack.createRedoAction(self, "Redo")
        redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        self.addActions([undo_action, redo_action])
        self.signoff_button = QPushButton("Sign off region…", self)
        self.signoff_button.setObjectName("signOffRegion")
        self.signoff_button.setToolTip("Record the regional approval of this spoke's effective playbook")
        self.signoff_button.clicked.connect(self.sign_off)
        self.approval = QLabel(self)
        self.approval.setObjectName("regionApproval")
        self.save_button = QPushButton("Save spoke", self)
        self.save_button.setObjectName("saveSpoke")
        self.save_button.clicked.connect(self.save)
        close = QPushButton("Close", self)
        close.clicked.connect(self.close)
        row.addWidget(self.undo_button)
        row.addWidget(self.redo_button)
        row.addStretch(1)
        row.addWidget(self.approval)
        row.addWidget(self.signoff_button)
        row.addWidget(self.save_button)
        row.addWidget(close)
        layout.addLayout(row)
        self.stack.cleanChanged.connect(self._on_stack_clean_changed)
        self._refresh()

    # ---- building

    def _make_lock_icon(self) -> QIcon:
        return lock_icon()

    def _tree(self, name: str, headers: list[str]) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setObjectName(name)
        tree.setHeaderLabels(headers)
        tree.setAlternatingRowColors(True)
        tree.setRootIsDecorated(True)
        header = tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        return tree

    def _build_fields_tab(self) -> None:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        top = QHBoxLayout()
        top.addWidget(QLabel("Section", page))
        self.section = QComboBox(page)
        self.section.setObjectName("section")
        for name, title in SECTIONS:
            self.section.addItem(title, name)
        self.section.currentIndexChanged.connect(lambda _i: self._fill_fields())
        top.addWidget(self.section)
        self.only_differences = QCheckBox("Only fields this region changes", page)
        self.only_differences.setObjectName("onlyDifferences")
        self.only_differences.toggled.connect(lambda _c: self._fill_fields())
        top.addWidget(self.only_differences)
        top.addStretch(1)
        padlock = QLabel(page)
        padlock.setPixmap(lock_icon().pixmap(16, 16))
        top.addWidget(padlock)
        legend = QLabel(
            f"<span style='color:{LOCKED_COLOUR}'>locked by the hub (may only be tightened)</span> &nbsp; "
            f"<span style='color:{CHANGED_COLOUR}'><b>bold blue</b>: changed for this region</span>",
            page,
        )
        top.addWidget(legend)
        layout.addLayout(top)
        self.fields = self._tree("fields", ["Field", "Hub value", "Spoke value"])
        self.fields.header().resizeSection(0, 380)
        self.fields.header().resizeSection(1, 330)
        self.fields.itemActivated.connect(lambda _item, _col: self.change_current())
        self.fields.currentItemChanged.connect(lambda *_a: self._on_field_selected())
        layout.addWidget(self.fields, 1)
        self.detail = QLabel(page)
        self.detail.setObjectName("fieldDetail")
        self.detail.setWordWrap(True)
        self.detail.setMinimumHeight(44)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.detail)
        buttons = QHBoxLayout()
        self.change_button = QPushButton("Change for this region…", page)
        self.change_button.setObjectName("changeField")
        self.change_button.clicked.connect(self.change_current)
        self.revert_button = QPushButton("Revert to hub", page)
        self.revert_button.setObjectName("revertField")
        self.revert_button.clicked.connect(self.revert_current)
        self.remove_button = QPushButton("Remove item for this region…", page)
        self.remove_button.setObjectName("removeItem")
        self.remove_button.clicked.connect(self.remove_current_item)
        buttons.addWidget(self.change_button)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.tabs.addTab(page, "Fields")

    def _build_differences_tab(self) -> None:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.differences = self._tree("differences", ["Field", "Change", "Hub value", "Spoke value", "Rationale"])
        self.differences.setRootIsDecorated(False)
        for column, width in ((0, 400), (1, 80), (2, 190), (3, 190)):
            self.differences.header().resizeSection(column, width)
        layout.addWidget(self.differences, 1)
        buttons = QHBoxLayout()
        revert = QPushButton("Revert to hub", page)
        revert.setObjectName("revertDifference")
        revert.clicked.connect(self.revert_selected_difference)
        buttons.addWidget(revert)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.tabs.addTab(page, "Differences from hub")

    def _build_drift_tab(self) -> None:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.drift_summary = QLabel(page)
        self.drift_summary.setObjectName("driftSummary")
        self.drift_summary.setWordWrap(True)
        layout.addWidget(self.drift_summary)
        self.drift = self._tree("drift", ["Hub item", "What moved", "Hub when tailored", "Hub now", "This region"])
        self.drift.setRootIsDecorated(False)
        self.drift.itemActivated.connect(self._on_drift_activated)
        for column, width in ((0, 300), (1, 130), (2, 200), (3, 250)):
            self.drift.header().resizeSection(column, width)
        layout.addWidget(self.drift, 1)
        buttons = QHBoxLayout()
        self.ack_button = QPushButton("Reviewed: acknowledge", page)
        self.ack_button.setObjectName("acknowledge")
        self.ack_button.clicked.connect(self.acknowledge_selected)
        self.ack_all_button = QPushButton("Acknowledge all", page)
        self.ack_all_button.setObjectName("acknowledgeAll")
        self.ack_all_button.clicked.connect(self.acknowledge_all)
        buttons.addWidget(self.ack_button)
        buttons.addWidget(self.ack_all_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.tabs.addTab(page, "Hub changed since you tailored")

    # ---- Public API

    def show_section(self, section: str) -> None:
        self.section.setCurrentIndex(max(0, self.section.findData(section)))

    def select_field(self, address: str) -> bool:
        """Select the row of the field with keyed address ``address`` (True when found)."""
        for item in self._field_items():
            row = item.data(0, Qt.ItemDataRole.UserRole)
            if isinstance(row, FieldRow) and row.address_text == address:
                self.fields.setCurrentItem(item)
                return True
        return False

    def row_for(self, address: str) -> FieldRow | None:
        return next((r for r in self.rows if r.address_text == address), None)

    def change_current(self) -> OverrideDialog | None:
        """Start changing the selected field: refused with the reason when it is locked for good."""
        row = self._current_row()
        if row is None:
            return None
        return self.request_change(row)

    def request_change(self, row: FieldRow) -> OverrideDialog | None:
        if self.resolution.effective is None or self.resolution.hub is None:
            self._refuse("The spoke cannot be tailored until it resolves against its hub (see above).")
            return None
        reason = lock_reason(row)
        if reason and "only be changed in the hub" in reason:
            self._refuse(reason)
            return None
        name = row.label.split(" › ")[-1]
        dialog = OverrideDialog(row, lambda change: self.apply(change, f"Change {name}"), self)
        self.override = dialog
        dialog.open()
        return dialog

    def apply(self, change: Any, text: str) -> str:
        """Record ``change`` (replacing an earlier change of the same field); '' or the refusal reason."""
        hub = self.resolution.hub
        assert hub is not None
        recorded = record_hub_values(hub, change)
        changes = list(self.spoke.changes)
        index = next((i for i, c in enumerate(changes) if _same_target(c, recorded)), None)
        if index is None:
            changes.append(recorded)
            index = len(changes) - 1
        else:
            changes[index] = recorded
        candidate = self.spoke.model_copy(update={"changes": changes})
        outcome = tailor(hub, candidate, file=self.path)
        before = {(f.code, f.path) for f in tailor(hub, self.spoke, file=self.path).findings}
        new_errors = [
            f
            for f in outcome.findings
            if f.severity is Severity.ERROR
            and (f.code, f.path) not in before
            and (f.code == LOCKED_WEAKENED or f.path.startswith(f"changes[{index}]"))
        ]
        if outcome.effective is None or new_errors:
            first = new_errors[0].message if new_errors else "the effective playbook would not be valid"
            return first
        self.stack.push(SpokeCommand(self, self.spoke, candidate, text))
        return ""

    def current_item_row(self) -> FieldRow | None:
        """A row of the keyed list item selected (its group, or one of its fields)."""
        item = self.fields.currentItem()
        while item is not None:
            row = item.data(0, ITEM_ROLE)
            if isinstance(row, FieldRow):
                return row
            item = item.parent()
        return None

    def remove_current_item(self) -> RemoveDialog | None:
        """Remove the selected hub item for this region (refused for locked items)."""
        row = self.current_item_row()
        if row is None or row.key is None:
            self._refuse("Select an item of a list (a channel, a rule, a record class) first.")
            return None
        name = row.label.split(" › ")[-2] if " › " in row.label else row.key
        if row.locked:
            self._refuse(
                f"“{name}” is locked by the hub: a region may tighten a locked item but never remove it; "
                "ask the hub to unlock it if the region really does not need it."
            )
            return None
        if all(r.value is None for r in self.rows if r.target == row.target and r.key == row.key):
            self._refuse(f"“{name}” is not in this region's playbook; use Revert to hub to bring it back.")
            return None
        dialog = RemoveDialog(name, lambda change: self.apply(change, f"Remove {name}"), row.target, row.key, self)
        self.remove_dialog = dialog
        dialog.open()
        return dialog

    def revert_current(self) -> None:
        row = self._current_row()
        if row is None:
            return
        refs = [d.change for d in self.diffs if d.change is not None and self._covers(d.address, row.address_text)]
        if not refs:
            self._refuse(f"{row.label} has the hub's value; there is nothing to revert.")
            return
        self.revert_change(refs[-1].index)

    def revert_change(self, index: int) -> None:
        """Remove spoke change ``index`` (the hub value comes back)."""
        try:
            after = revert_change(self.spoke, index)
        except IndexError:
            return
        label = self.spoke.changes[index]
        from playbooks.tailoring.spoke import describe_change

        self.stack.push(SpokeCommand(self, self.spoke, after, f"Revert to hub: {describe_change(label)}"))

    def revert_selected_difference(self) -> None:
        item = self.differences.currentItem()
        difference = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if not isinstance(difference, Difference) or difference.change is None:
            self._refuse("Select a difference made by a spoke change first.")
            return
        self.revert_change(difference.change.index)

    def acknowledge_selected(self) -> None:
        item = self.drift.currentItem()
        drift = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if isinstance(drift, Drift):
            self.acknowledge(drift)

    def acknowledge(self, drift: Drift) -> None:
        """Record that ``drift`` was reviewed (the hub's current value/digest is recorded)."""
        hub = self.resolution.hub
        if hub is None:
            return
        after = acknowledge(self.spoke, hub, drift)
        if after != self.spoke:
            self.stack.push(SpokeCommand(self, self.spoke, after, f"Acknowledge hub change: {drift.address}"))

    def acknowledge_all(self) -> None:
        hub = self.resolution.hub
        if hub is None or not self.drifts:
            return
        after = self.spoke
        for drift in self.drifts:
            after = acknowledge(after, hub, drift)
        if after != self.spoke:
            self.stack.push(SpokeCommand(self, self.spoke, after, "Acknowledge all hub changes"))

    def sign_off(self) -> SignOffDialog | None:
        """Open the regional sign-off: it approves the effective playbook as tailored now."""
        effective = self.resolution.effective
        if effective is None:
            self._refuse("The spoke cannot be signed off until it resolves against its hub (see above).")
            return None
        dialog = SignOffDialog(
            None,
            self,
            playbook=effective,
            region_record=self._record_region_signoff,
            findings=spoke_report(self.resolution).findings,  # the spoke's errors stop an approval
        )
        dialog.setWindowTitle(f"Sign off region {self.spoke.spoke.region}")
        self.signoff_dialog = dialog
        dialog.open()
        return dialog

    def _record_region_signoff(self, signed: Playbook) -> str:
        signoff = signed.document.sign_offs[-1]
        refusal = regional_sign_off_refusal(self.resolution)
        if refusal is not None and signoff.decision is not Decision.REJECTED:
            return f"Not signed off: {refusal}."
        header = self.spoke.spoke.model_copy(update={"sign_offs": [*self.spoke.spoke.sign_offs, signoff]})
        after = self.spoke.model_copy(update={"spoke": header})
        self.stack.push(SpokeCommand(self, self.spoke, after, f"Sign off region ({signoff.approver})"))
        return ""

    def save(self) -> bool:
        """Write the spoke file atomically; False when it was not written."""
        try:
            on_disk = storage.read_text(Path(self.path))
        except storage.PlaybookLoadError:
            on_disk = None  # removed or unreadable meanwhile: writing it back loses nothing
        if on_disk is not None and on_disk != self._disk_text:
            answer = dialogs.current().yes_no(
                self,
                "Spoke changed on disk",
                f"{Path(self.path).name} was changed outside this window since you opened it. "
                "Replace it with your tailoring (the previous file is kept as .bak)?",
                "Replace",
                "Cancel",
            )
            if answer is not Answer.YES:
                return False
        try:
            save_spoke(self.spoke, self.path)
            self._disk_text = storage.read_text(Path(self.path))
        except (storage.PlaybookSaveError, storage.PlaybookLoadError, OSError) as exc:
            errors.report(errors.ExpectedError(f"{self.path}: the spoke could not be saved ({exc})"), self)
            return False
        self.stack.setClean()
        self.saved.emit(self.path)
        return True

    def is_modified(self) -> bool:
        return not self.stack.isClean()

    # ---- Qt overrides

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_modified():
            answer = dialogs.current().save_discard_cancel(
                self, "Unsaved tailoring", f"Save the changes to {Path(self.path).name}?"
            )
            if answer is Answer.CANCEL or (answer is Answer.SAVE and not self.save()):
                event.ignore()
                return
        event.accept()

    def reject(self) -> None:  # Escape goes through the same question as Close
        self.close()

    # ---- Private

    def _install(self, spoke: SpokeFile) -> None:
        self.spoke = spoke
        self.resolution = resolve_text(self.path, dumps_spoke(spoke))
        self._refresh()

    def _refresh(self) -> None:
        resolution = self.resolution
        header = self.spoke.spoke
        hub_name = Path(resolution.hub_file).name if resolution.hub_file else header.hub
        hub = resolution.hub
        hub_text = f"{hub.document.title} v{hub.document.version}" if hub is not None else "cannot be read"
        self.header.setText(
            f"<b>Region:</b> {header.region} &nbsp; <b>Hub:</b> {hub_name} ({hub_text}) &nbsp; "
            f"<b>Tailored against:</b> v{header.hub_version or '?'} &nbsp; <b>Changes:</b> {len(self.spoke.changes)}"
        )
        errors_found = [f for f in resolution.findings if f.severity is Severity.ERROR]
        warnings_found = [f for f in resolution.findings if f.severity is Severity.WARNING]
        if errors_found:
            self.state.setText("Spoke errors: " + "; ".join(f"{f.code}: {f.message}" for f in errors_found[:3]))
            self.state.setStyleSheet("color: #b3261e; font-weight: 600;")
        elif warnings_found:
            self.state.setText("Spoke warnings: " + "; ".join(f"{f.code}: {f.message}" for f in warnings_found[:3]))
            self.state.setStyleSheet("color: #a15c00;")
        else:
            self.state.setText("The spoke resolves against its hub with no spoke problems.")
            self.state.setStyleSheet("color: #1e7d32;")
        if resolution.effective is not None:
            style_label(self.approval, approval_state(resolution.effective))
        else:
            self.approval.clear()
        self.diffs = differences(resolution) if resolution.effective is not None else []
        report = drifted(resolution) if resolution.hub is not None else None
        self.drifts = [*report.values, *report.items] if report is not None else []
        self._fill_fields()
        self._fill_differences()
        self._fill_drift(report)
        self._update_title()

    def _on_stack_clean_changed(self, _clean: bool) -> None:
        self._update_title()

    def _on_stack_undo_text_changed(self, text: str) -> None:
        self.undo_button.setToolTip(f"Undo {text}" if text else "")

    def _update_title(self) -> None:
        star = " *" if not self.stack.isClean() else ""
        self.setWindowTitle(f"Tailoring — {Path(self.path).name}{star}")

    def _field_items(self) -> list[QTreeWidgetItem]:
        out: list[QTreeWidgetItem] = []
        for i in range(self.fields.topLevelItemCount()):
            top = self.fields.topLevelItem(i)
            out.append(top)
            out.extend(top.child(j) for j in range(top.childCount()))
        return out

    def _fill_fields(self) -> None:
        selected = self._current_row()
        self.fields.clear()
        hub, effective = self.resolution.hub, self.resolution.effective
        section = str(self.section.currentData() or "document")
        if hub is None or effective is None:
            self.rows = []
            return
        self.rows = field_rows(hub, effective, section)
        rows = [r for r in self.rows if r.differs] if self.only_differences.isChecked() else self.rows
        groups: dict[str, QTreeWidgetItem] = {}
        prefix = f"{SECTION_TITLES.get(section, section)} › "
        for row in rows:
            parts = row.label.removeprefix(prefix).split(" › ")
            name, group = parts[-1], " › ".join(parts[:-1])
            parent: QTreeWidget | QTreeWidgetItem = self.fields
            if group:
                if group not in groups:
                    node = QTreeWidgetItem(self.fields, [group])
                    font = node.font(0)
                    font.setBold(True)
                    node.setFont(0, font)
                    node.setExpanded(True)
                    node.setFirstColumnSpanned(True)  # long item names stay readable
                    if row.key is not None:
                        node.setData(0, ITEM_ROLE, row)  # the item as a whole (for "remove")
                    groups[group] = node
                parent = groups[group]
            item = QTreeWidgetItem(
                parent,
                [name, show(row.hub_value, annotation=row.annotation), show(row.value, annotation=row.annotation)],
            )
            item.setData(0, Qt.ItemDataRole.UserRole, row)
            item.setToolTip(0, row.address_text)
            item.setToolTip(1, show(row.hub_value, 2000))
            item.setToolTip(2, show(row.value, 2000))
            if row.locked:
                item.setIcon(0, self._lock_icon)
                item.setForeground(0, QBrush(QColor(LOCKED_COLOUR)))
                if group in groups:
                    groups[group].setIcon(0, self._lock_icon)
                    groups[group].setToolTip(0, "Locked by the hub: this region may only tighten it")
            if row.differs:
                brush = QBrush(QColor(CHANGED_COLOUR))
                item.setForeground(2, brush)
                font = item.font(2)
                font.setBold(True)
                item.setFont(2, font)
        if selected is not None:
            self.select_field(selected.address_text)
        self._on_field_selected()

    def _fill_differences(self) -> None:
        self.differences.clear()
        for d in self.diffs:
            if d.address.startswith("document.sign_offs"):
                continue  # the region's own sign-offs are bookkeeping, not a departure from the hub
            rationale = " ".join((d.change.rationale if d.change is not None else "").split())
            item = QTreeWidgetItem(
                self.differences, [d.address, d.kind.capitalize(), show(d.hub_value), show(d.value), rationale]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, d)
            if d.locked:
                item.setIcon(0, self._lock_icon)
            if not rationale:
                item.setForeground(4, QBrush(QColor("#b3261e")))
                item.setText(4, "(no rationale)")
        count = self.differences.topLevelItemCount()
        self.tabs.setTabText(1, f"Differences from hub ({count})")

    def _fill_drift(self, report: Any) -> None:
        self.drift.clear()
        words = {
            "value": "Hub value changed",
            "item-changed": "Item changed",
            "item-added": "Item added",
            "item-removed": "Item removed",
        }
        hub, effective = self.resolution.hub, self.resolution.effective
        for d in self.drifts:
            if d.kind == "value":
                cells = [show(d.tailored_against), show(d.hub_now), show(d.spoke_value)]
            elif hub is not None:
                hub_now, region = item_values(hub, effective, d.address)
                # only a digest of the old hub item was recorded: its old content is unknown
                cells = ["(not recorded)" if d.kind != "item-added" else "—", show(hub_now), show(region)]
            else:
                cells = ["", "", ""]
            item = QTreeWidgetItem(self.drift, [d.address, words.get(d.kind, d.kind), *cells])
            item.setData(0, Qt.ItemDataRole.UserRole, d)
            item.setToolTip(0, "Double-click to see this item's fields, hub and region side by side")
            for column in (2, 3, 4):
                item.setToolTip(column, show(item.text(column), 2000))
        if report is None:
            self.drift_summary.setText("The hub cannot be read, so its changes cannot be listed.")
        elif not self.drifts and not report.changed:
            self.drift_summary.setText(
                f"The hub has not changed since this region was tailored (version {report.current_version})."
            )
        elif not self.drifts:
            self.drift_summary.setText(
                f"The hub moved from version {report.tailored_version or '?'} to {report.current_version}, but "
                "none of its items did. Acknowledge to record the new version."
            )
            self.ack_all_button.setEnabled(True)
        else:
            self.drift_summary.setText(
                f"The hub moved from version {report.tailored_version or '?'} to {report.current_version}. "
                "Review each item and acknowledge it; acknowledging records the hub's current value."
            )
        has = bool(self.drifts)
        self.ack_button.setEnabled(has)
        self.ack_all_button.setEnabled(has)
        self.tabs.setTabText(2, f"Hub changed since you tailored ({len(self.drifts)})")

    def _on_drift_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        drift = item.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(drift, Drift):
            self.review(drift)

    def review(self, drift: Drift) -> bool:
        """Show the fields of a drifted item in the Fields tab (True when it has rows there)."""
        section = drift.address.split(".", 1)[0].split("[", 1)[0]
        if self.section.findData(section) < 0:
            return False
        self.only_differences.setChecked(False)
        self.show_section(section)
        self.tabs.setCurrentIndex(0)
        for item in self._field_items():
            row = item.data(0, Qt.ItemDataRole.UserRole)
            if isinstance(row, FieldRow) and self._covers(drift.address, row.address_text):
                self.fields.setCurrentItem(item)
                self.fields.scrollToItem(item)
                return True
        return False

    def _current_row(self) -> FieldRow | None:
        item = self.fields.currentItem()
        row = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return row if isinstance(row, FieldRow) else None

    @staticmethod
    def _covers(difference: str, address: str) -> bool:
        return address == difference or address.startswith((difference + ".", difference + "["))

    def _on_field_selected(self) -> None:
        row = self._current_row()
        self.change_button.setEnabled(row is not None)
        self.revert_button.setEnabled(row is not None and row.differs)
        self.remove_button.setEnabled(self.current_item_row() is not None)
        if row is None:
            self.detail.setText("Select a field to see where its value comes from.")
            self.detail.setStyleSheet("")
            return
        reason = lock_reason(row)
        ref = next(
            (d.change for d in self.diffs if d.change is not None and self._covers(d.address, row.address_text)), None
        )
        lines = []
        if reason:
            lines.append(f"Locked by the hub. {reason}")
        if ref is not None:
            extra = f" Approved by {ref.approver}." if ref.approver else ""
            extra += f" Expires {ref.expires.isoformat()}." if ref.expires else ""
            why = " ".join(ref.rationale.split()) or "(no rationale)"
            lines.append(f"Changed for this region by {ref.label}: {why}{extra}")
        elif not reason:
            lines.append("Inherited from the hub.")
        self.detail.setText("\n".join(lines))
        self.detail.setStyleSheet(f"color: {LOCKED_COLOUR};" if reason else "")

    def _refuse(self, reason: str) -> None:
        self.detail.setText(reason)
        self.detail.setStyleSheet("color: #b3261e; font-weight: 600;")
        dialogs.current().inform(self, "Not changed", reason)


def open_tailoring(spoke_path: str, parent: QWidget | None = None) -> TailoringView | None:
    """The tailoring view of ``spoke_path`` (None, reported, when the file cannot be read)."""
    try:
        return TailoringView(spoke_path, parent)
    except storage.PlaybookLoadError as exc:
        errors.report(exc, parent)
        return None
