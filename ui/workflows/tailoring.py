"""The spoke tailoring view for regional managers.

The editor shows a spoke as its effective playbook, read-only. Tailoring happens here: a
focused window over the spoke file's change list with its own undo stack, saved atomically.

* Fields: per section, every field with the hub's value and the region's side by side, named
  and worded as everywhere in Charter (people by name, places as "Recordkeeping › Business
  communications › Retention (years)", values as the field shows them). Locked hub items carry
  a padlock and say what the lock allows. "Change for this region…" edits the value with the
  field's own editor from the forms (:class:`ui.forms.detached.ValueEditor`) and asks for a
  rationale (optionally approver and expiry); "Revert to hub" takes the region's change of the
  field back, for a list field the items it added, removed or changed.
* Differences from hub: every difference with the change and rationale behind it.
* Hub changed since you tailored: the drift report; each item is reviewed and acknowledged,
  which records the hub's current value (and, once nothing drifts, its version/fingerprint).

The view decides nothing: whether a change may be recorded, and what it replaces, is
:func:`~playbooks.tailoring.propose_change`; a field only the hub may change is
:func:`~playbooks.tailoring.locked_field`, an item a region may not remove
:func:`~playbooks.tailoring.locked_item`; the rationale rule is
:func:`~playbooks.tailoring.spoke.rationale_problem`; a regional sign-off is refused by
:func:`~playbooks.tailoring.regional_sign_off_refusal`. The spoke is resolved in memory, off the
GUI thread (a change to a spoke of a 20,000-rule hub takes ~60 ms), one request at a time; a
request whose spoke was undone or redone meanwhile is decided again on the spoke shown.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QDate, QPointF, QRectF, Qt, QTimer, Signal
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
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from playbooks.audit.signoff import approval_state
from playbooks.checks.validation import spoke_report
from playbooks.format.enums import Decision, Severity
from playbooks.format.identity import SEPARATOR, Names
from playbooks.format.model import Playbook, section_titles
from playbooks.format.paths import Address, parse_address
from playbooks.io import storage
from playbooks.tailoring import (
    NO_CHANGE,
    NO_RATIONALE,
    Accepted,
    AnyChange,
    Difference,
    Drift,
    DriftReport,
    Refusal,
    RemoveChange,
    Resolution,
    SpokeFile,
    differences,
    drifted,
    locked_field,
    locked_item,
    propose_change,
    regional_sign_off_refusal,
    resolve_models,
    save_spoke,
)
from playbooks.tailoring.reader import PlaybookFile, read_playbook
from playbooks.tailoring.resolve import model_value_at
from playbooks.tailoring.review import (
    FieldRow,
    acknowledge,
    change_for,
    covering,
    covering_rows,
    field_rows,
    finish_review,
    item_values,
    lock_reason,
    revert_field,
    what_changed,
)
from playbooks.tailoring.spoke import no_rationale, rationale_problem
from ui import dialogs, errors, settings, workers
from ui.dialogs import Answer
from ui.forms.detached import ValueEditor
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.workflows.approval import style_label
from ui.workflows.compare import KIND_WORDS
from ui.workflows.signoff import SignOffDialog, _expiry, _expiry_fields, _FormDialog
from ui.workflows.tailoring_translations import TranslationsPanel

LOCKED_COLOUR = "#8a5a00"
CHANGED_COLOUR = "#1565c0"
ERROR_COLOUR = "#b3261e"
WARNING_COLOUR = "#a15c00"
#: item role of a group node: a FieldRow of the keyed list item the group shows
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
#: how long the value may rest before the decision on it is asked for (typing in a field)
JUDGE_AFTER_MS = 150
EMPTY = "—"
#: values at least this long get a tooltip with the whole text
TOOLTIP_FROM = 40

_VERDICTS = {
    "tightening": QT_TRANSLATE_NOOP("TailoringView", "tightens"),
    "loosening": QT_TRANSLATE_NOOP("TailoringView", "loosens"),
    "refused": QT_TRANSLATE_NOOP("TailoringView", "refused: loosens a locked item"),
}


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


# ---------------------------------------------------------------- what the view shows, worked out off the GUI thread


@dataclass(frozen=True)
class Tailored:
    """A spoke as the view shows it: resolved against its hub, its differences from the hub,
    and what moved in the hub since it was tailored (None: the hub cannot be read)."""

    resolution: Resolution
    differences: list[Difference]
    drift: DriftReport | None

    @property
    def spoke(self) -> SpokeFile:
        return self.resolution.spoke


def tailored(resolution: Resolution) -> Tailored:
    """What the view shows of ``resolution`` (a worker's job for a big hub)."""
    drift = drifted(resolution) if resolution.hub is not None else None
    return Tailored(resolution, differences(resolution), drift)


def _propose(change: AnyChange, base: Tailored) -> Tailored | Refusal:
    """The domain's decision on ``change`` to the spoke shown in ``base`` (runs in a worker)."""
    hub = base.resolution.hub
    assert hub is not None  # changes are offered only for a spoke that resolves
    outcome = propose_change(hub, base.spoke, change, current=base.resolution)
    return tailored(outcome.resolution) if isinstance(outcome, Accepted) else outcome


def _respoke(make: Callable[[Tailored], SpokeFile], base: Tailored) -> Tailored:
    """The spoke ``make`` builds from ``base``, resolved against the same hub (runs in a worker)."""
    hub = base.resolution.hub
    assert hub is not None
    spoke = make(base)
    if spoke == base.spoke:
        return base
    current = base.resolution
    return tailored(
        resolve_models(hub, spoke, file=current.file, hub_file=current.hub_file, above=current.hub_resolution)
    )


@dataclass
class _Request:
    """One change of the spoke asked for: ``compute`` decides it on the spoke shown (in a worker);
    ``reply`` hears the refusal, or None once it is recorded (or had nothing to record)."""

    text: str
    compute: Callable[[Tailored], Tailored | Refusal]
    reply: Callable[[Refusal | None], None] | None = None


# ---------------------------------------------------------------- the dialogs


class _RationaleDialog(_FormDialog):
    """A dialog that records one spoke change with a rationale (and an approver): the rationale
    is judged as the spoke file's rule judges it, as it is typed."""

    def __init__(self, view: TailoringView, title: str, intro: str, placeholder: str) -> None:
        super().__init__(title, intro, view)
        self.setMinimumWidth(640)
        self.view = view
        self.rationale = QPlainTextEdit(self)
        self.rationale.setObjectName("rationale")
        self.rationale.setFixedHeight(70)
        self.rationale.setTabChangesFocus(True)
        self.rationale.setPlaceholderText(placeholder)
        self.rationale.setAccessibleName(translate("TailoringView", "Rationale"))
        self.rationale_note = QLabel(self)
        self.rationale_note.setObjectName("rationaleNote")
        self.rationale_note.setWordWrap(True)
        self.rationale_note.setVisible(False)
        self.rationale.textChanged.connect(self._on_rationale_text_changed)
        self.approver = QLineEdit(settings.user_name(), self)
        self.approver.setObjectName("approver")
        self.approver.setAccessibleName(translate("TailoringView", "Approved by"))
        self._waiting = False

    def _rationale_box(self) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.rationale)
        column.addWidget(self.rationale_note)
        return box

    def _on_rationale_text_changed(self) -> None:
        problem = rationale_problem(self.rationale.toPlainText())
        # a placeholder is worth a word as it is typed; a missing rationale only when OK is pressed
        if problem is not None and not problem.missing:
            self._note(no_rationale(problem), WARNING_COLOUR)
        else:
            self.rationale_note.setVisible(False)

    def _note(self, text: str, colour: str) -> None:
        self.rationale_note.setText(text)
        self.rationale_note.setStyleSheet(f"color: {colour};")
        self.rationale_note.setVisible(True)
        self._fit()

    def refuse(self, reason: str) -> None:
        super().refuse(reason)
        self._fit()

    def _fit(self) -> None:
        """Grow to show a note or a refusal in full (never narrower than it is)."""
        width = self.width()
        self.adjustSize()
        if self.width() < width:
            self.resize(width, self.height())

    def _rationale_refused(self) -> bool:
        """Refuse a rationale a reader cannot see (True: refused, the dialog stays open)."""
        problem = rationale_problem(self.rationale.toPlainText())
        if problem is not None and problem.missing:
            reason = no_rationale(problem)
            self._note(reason, ERROR_COLOUR)
            self.refuse(reason)
            self.rationale.setFocus()
            return True
        return False

    def _submit(self, change: AnyChange, text: str) -> None:
        """Ask the view to record ``change``; the dialog closes once it is recorded."""
        self._waiting = True
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        button.setEnabled(False)
        button.setText(translate("TailoringView", "Checking…"))
        self.message.hide()
        self.view.propose(change, text, self._on_decided)

    def _on_decided(self, refusal: Refusal | None) -> None:
        self._waiting = False
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        button.setEnabled(True)
        button.setText(self._ok_text())
        if refusal is None:
            self.accept()
            return
        self._refused(refusal)

    def _ok_text(self) -> str:
        return translate("TailoringView", "OK")

    def _refused(self, refusal: Refusal) -> None:
        self.refuse(refusal.reason)
        if refusal.code == NO_RATIONALE:
            self._note(refusal.reason, ERROR_COLOUR)


class OverrideDialog(_RationaleDialog):
    """The region's value of one field, with the rationale (and optionally approver and expiry).

    The value is edited with the field's own editor; what the format refuses is refused there at
    once, and what the hub's locks refuse is shown there as soon as the value rests.
    """

    def __init__(self, view: TailoringView, row: FieldRow, path: str) -> None:
        hub_value = view.hub_names.show(row.hub_value, row.address, empty=EMPTY, limit=300)
        super().__init__(
            view,
            translate("TailoringView", "Change for this region"),
            f"<b>{html.escape(row.label)}</b><br>"
            + html.escape(translate("TailoringView", "Hub value: {value}").format(value=hub_value)),
            translate("TailoringView", "Why this region departs from the hub (a local law, market, language)"),
        )
        self.setObjectName("overrideDialog")
        self.row = row
        hub = view.resolution.hub
        reason = lock_reason(row, hub) if hub is not None else ""
        if reason:
            note = QLabel(reason, self)
            note.setObjectName("lockNote")
            note.setWordWrap(True)
            note.setStyleSheet(f"color: {LOCKED_COLOUR};")
            self.form.addRow(note)
        effective = view.resolution.effective
        assert effective is not None  # offered only for a spoke that resolves
        self.editor = ValueEditor(effective, path, self)
        self.editor.setAccessibleName(translate("TailoringView", "Region value of {value}").format(value=row.place[-1]))
        self.expires_on, self.expires = _expiry_fields(self)
        self.form.addRow(translate("TailoringView", "Region value"), self.editor)
        self.form.addRow(translate("TailoringView", "Rationale"), self._rationale_box())
        self.form.addRow(translate("TailoringView", "Approved by"), self.approver)
        self.form.addRow(self.expires_on, self.expires)
        # the region changed the field before: the new change replaces that one, so it starts
        # from its rationale, approver and expiry
        earlier = view.resolution.origin(row.address).change
        if earlier is not None and earlier.file == view.resolution.file:
            self.rationale.setPlainText(" ".join(earlier.rationale.split()))
            if earlier.approver:
                self.approver.setText(earlier.approver)
            if earlier.expires is not None:
                self.expires_on.setChecked(True)
                self.expires.setDate(QDate(earlier.expires.year, earlier.expires.month, earlier.expires.day))
        self._asked = 0  # the latest check of the value: older answers are dropped
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(JUDGE_AFTER_MS)
        self._timer.timeout.connect(self.judge_value)
        self.editor.value_changed.connect(self._on_editor_value_changed)

    def change(self) -> AnyChange:
        """The spoke change the dialog holds now."""
        return change_for(
            self.row,
            self.editor.value(),
            self.rationale.toPlainText().strip(),
            self.approver.text().strip(),
            _expiry(self.expires_on, self.expires),
        )

    def judge_value(self) -> None:
        """Ask the domain about the value now (a refused one is shown at the field)."""
        self._timer.stop()
        self._asked += 1
        asked = self._asked
        self.view.judge(self.change(), lambda outcome: self._on_judged(asked, outcome))

    def _on_editor_value_changed(self, _value: object) -> None:
        self._timer.start()

    def _on_judged(self, asked: int, outcome: Tailored | Refusal) -> None:
        if asked != self._asked:
            return  # the value moved on since
        if isinstance(outcome, Refusal) and outcome.code not in (NO_RATIONALE, NO_CHANGE):
            self.editor.show_refusal(outcome.reason)
        else:
            self.editor.clear_refusal()
        self._fit()

    def _on_ok(self) -> None:
        if self._waiting or self._rationale_refused():
            return
        # the decision asked for now supersedes a check of the value still to come: one that
        # came after it would judge the spoke with the change already recorded
        self._timer.stop()
        self._asked += 1
        self._submit(self.change(), translate("TailoringView", "Change {label}").format(label=self.row.label))

    def done(self, result: int) -> None:  # overridden: no check of the value after the dialog closes
        self._timer.stop()
        self._asked += 1
        super().done(result)

    def _refused(self, refusal: Refusal) -> None:
        if refusal.code not in (NO_RATIONALE, NO_CHANGE):
            self.editor.show_refusal(refusal.reason)
        super()._refused(refusal)


class RemoveDialog(_RationaleDialog):
    """Why the region does not use a hub item (optionally who approved it)."""

    def __init__(self, view: TailoringView, name: str, target: str, key: str) -> None:
        super().__init__(
            view,
            translate("TailoringView", "Remove for this region"),
            translate(
                "TailoringView",
                "Remove <b>{name}</b> from this region's playbook. The hub keeps it; other regions are not affected.",
            ).format(name=html.escape(name)),
            translate("TailoringView", "Why the region does not use it (e.g. the platform is not used in the region)"),
        )
        self.setObjectName("removeDialog")
        self.name, self.target, self.key = name, target, key
        self.form.addRow(translate("TailoringView", "Rationale"), self._rationale_box())
        self.form.addRow(translate("TailoringView", "Approved by"), self.approver)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self._ok_text())

    def _ok_text(self) -> str:
        return translate("TailoringView", "Remove")

    def _on_ok(self) -> None:
        if self._waiting or self._rationale_refused():
            return
        change = RemoveChange(
            action="remove",
            target=self.target,
            id=self.key,
            rationale=self.rationale.toPlainText().strip(),
            approver=self.approver.text().strip(),
        )
        self._submit(change, translate("TailoringView", "Remove {name}").format(name=self.name))


# ---------------------------------------------------------------- undo


class SpokeCommand(QUndoCommand):
    """One change of the spoke file's content: the spoke shown before and after, both resolved,
    so undo and redo show either at once."""

    def __init__(self, view: TailoringView, before: Tailored, after: Tailored, text: str) -> None:
        super().__init__(text)
        self.view = view
        self.before = before
        self.after = after

    def redo(self) -> None:
        self.view._install(self.after)

    def undo(self) -> None:
        self.view._install(self.before)


# ---------------------------------------------------------------- the view


class TailoringView(QDialog):
    """Tailor one spoke file against its hub (``read``: the spoke as read, see
    :func:`~playbooks.tailoring.reader.read_playbook`).

    Signals:
        saved(str): the spoke file was written (its path).
    """

    saved = Signal(str)

    def __init__(self, read: PlaybookFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert read.resolution is not None  # open_tailoring reads the file as a spoke
        self.setObjectName("tailoringView")
        self.path = str(Path(read.file).resolve())
        self.setWindowTitle(translate("TailoringView", "Tailoring — {name}").format(name=Path(self.path).name))
        screen = self.screen().availableGeometry()  # a 1366x768 laptop shows all of it
        self.resize(min(1180, screen.width()), min(760, screen.height()))
        self.stack = QUndoStack(self)
        self.override: OverrideDialog | None = None
        self.signoff_dialog: SignOffDialog | None = None
        self.remove_dialog: RemoveDialog | None = None
        #: the digest of the file as read (or last saved): a save over someone else's change asks first
        self._digest = read.digest
        self.shown = tailored(read.resolution)
        self.names = Names()
        self.hub_names = Names()
        self.rows: list[FieldRow] = []
        self._covering: dict[Address, list[Difference]] = {}
        self._requests: list[_Request] = []
        self._running: _Request | None = None
        self._close_when_done = False
        self._lock_icon = lock_icon()

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
        self.translations = TranslationsPanel(self)
        self.tabs.addTab(self.translations, translate("TailoringView", "Translations"))
        layout.addLayout(self._build_buttons())
        self.stack.cleanChanged.connect(self._on_stack_clean_changed)
        self._refresh()

    # ---- building

    def _tree(self, name: str, headers: list[str], title: str) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setObjectName(name)
        tree.setAccessibleName(title)
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
        label = QLabel(translate("TailoringView", "Sectio&n"), page)
        top.addWidget(label)
        self.section = QComboBox(page)
        self.section.setObjectName("section")
        label.setBuddy(self.section)
        for name, title in section_titles():
            self.section.addItem(title, name)
        self.section.currentIndexChanged.connect(self._on_section_current_index_changed)
        top.addWidget(self.section)
        self.only_differences = QCheckBox(translate("TailoringView", "&Only fields this region changes"), page)
        self.only_differences.setObjectName("onlyDifferences")
        self.only_differences.toggled.connect(self._on_only_differences_toggled)
        top.addWidget(self.only_differences)
        top.addStretch(1)
        padlock = QLabel(page)
        padlock.setPixmap(lock_icon().pixmap(16, 16))
        top.addWidget(padlock)
        legend = QLabel(
            f"<span style='color:{LOCKED_COLOUR}'>"
            + translate("TailoringView", "locked by the hub (may only be tightened)")
            + f"</span> &nbsp; <span style='color:{CHANGED_COLOUR}'>"
            + translate("TailoringView", "<b>bold blue</b>: changed for this region")
            + "</span>",
            page,
        )
        top.addWidget(legend)
        layout.addLayout(top)
        self.fields = self._tree(
            "fields",
            [
                translate("TailoringView", "Field"),
                translate("TailoringView", "Hub value"),
                translate("TailoringView", "Region value"),
            ],
            translate("TailoringView", "Fields"),
        )
        self.fields.header().resizeSection(0, 380)
        self.fields.header().resizeSection(1, 330)
        self.fields.itemActivated.connect(self._on_fields_item_activated)
        self.fields.currentItemChanged.connect(self._on_fields_current_item_changed)
        layout.addWidget(self.fields, 1)
        self.detail = QLabel(page)
        self.detail.setObjectName("fieldDetail")
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setWordWrap(True)
        self.detail.setMinimumHeight(44)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.detail)
        buttons = QHBoxLayout()
        self.change_button = QPushButton(translate("TailoringView", "&Change for this region…"), page)
        self.change_button.setObjectName("changeField")
        self.change_button.clicked.connect(self.change_current)
        self.revert_button = QPushButton(translate("TailoringView", "Re&vert to hub"), page)
        self.revert_button.setObjectName("revertField")
        self.revert_button.clicked.connect(self.revert_current)
        self.remove_button = QPushButton(translate("TailoringView", "Re&move item for this region…"), page)
        self.remove_button.setObjectName("removeItem")
        self.remove_button.clicked.connect(self.remove_current_item)
        # a text's translation for the region's documents (the Translations tab lists them all)
        self.translate_button = QPushButton(translate("TailoringView", "&Translate…"), page)
        self.translate_button.setObjectName("translateField")
        self.translate_button.clicked.connect(self._on_translate_button_clicked)
        buttons.addWidget(self.change_button)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.translate_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.tabs.addTab(page, translate("TailoringView", "Fields"))

    def _build_differences_tab(self) -> None:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.differences = self._tree(
            "differences",
            [
                translate("TailoringView", "Field"),
                translate("TailoringView", "Change"),
                translate("TailoringView", "Hub value"),
                translate("TailoringView", "Region value"),
                translate("TailoringView", "Rationale"),
            ],
            translate("TailoringView", "Differences from hub"),
        )
        self.differences.setRootIsDecorated(False)
        for column, width in ((0, 390), (1, 170), (2, 160), (3, 160)):
            self.differences.header().resizeSection(column, width)
        layout.addWidget(self.differences, 1)
        buttons = QHBoxLayout()
        revert = QPushButton(translate("TailoringView", "Revert to hub"), page)
        revert.setObjectName("revertDifference")
        revert.clicked.connect(self.revert_selected_difference)
        buttons.addWidget(revert)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.tabs.addTab(page, translate("TailoringView", "Differences from hub"))

    def _build_drift_tab(self) -> None:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.drift_summary = QLabel(page)
        self.drift_summary.setObjectName("driftSummary")
        self.drift_summary.setWordWrap(True)
        layout.addWidget(self.drift_summary)
        self.drift = self._tree(
            "drift",
            [
                translate("TailoringView", "Hub item"),
                translate("TailoringView", "What moved"),
                translate("TailoringView", "Hub when tailored"),
                translate("TailoringView", "Hub now"),
                translate("TailoringView", "This region"),
            ],
            translate("TailoringView", "Hub changed since you tailored"),
        )
        self.drift.setRootIsDecorated(False)
        self.drift.itemActivated.connect(self._on_drift_item_activated)
        for column, width in ((0, 300), (1, 130), (2, 200), (3, 250)):
            self.drift.header().resizeSection(column, width)
        layout.addWidget(self.drift, 1)
        buttons = QHBoxLayout()
        self.ack_button = QPushButton(translate("TailoringView", "Reviewed: acknowledge"), page)
        self.ack_button.setObjectName("acknowledge")
        self.ack_button.clicked.connect(self.acknowledge_selected)
        self.ack_all_button = QPushButton(translate("TailoringView", "Acknowledge all"), page)
        self.ack_all_button.setObjectName("acknowledgeAll")
        self.ack_all_button.clicked.connect(self.acknowledge_all)
        buttons.addWidget(self.ack_button)
        buttons.addWidget(self.ack_all_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.tabs.addTab(page, translate("TailoringView", "Hub changed since you tailored"))

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.undo_button = QPushButton(translate("TailoringView", "&Undo"), self)
        self.undo_button.setObjectName("undo")
        self.undo_button.clicked.connect(self.stack.undo)
        self.redo_button = QPushButton(translate("TailoringView", "&Redo"), self)
        self.redo_button.setObjectName("redo")
        self.redo_button.clicked.connect(self.stack.redo)
        self.stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.stack.undoTextChanged.connect(self._on_stack_undo_text_changed)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        # Ctrl+Z / Ctrl+Shift+Z act on this window's own history, not the editor's
        undo_action = self.stack.createUndoAction(self, translate("TailoringView", "Undo"))
        undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        redo_action = self.stack.createRedoAction(self, translate("TailoringView", "Redo"))
        redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        self.addActions([undo_action, redo_action])
        self.busy = QLabel(translate("TailoringView", "Working out the change…"), self)
        self.busy.setObjectName("busy")
        self.busy.setStyleSheet("color: #666666;")
        self.busy.setVisible(False)
        self.signoff_button = QPushButton(translate("TailoringView", "Sign off re&gion…"), self)
        self.signoff_button.setObjectName("signOffRegion")
        self.signoff_button.setToolTip(
            translate("TailoringView", "Record the regional approval of this spoke's effective playbook")
        )
        self.signoff_button.clicked.connect(self.sign_off)
        self.approval = QLabel(self)
        self.approval.setObjectName("regionApproval")
        self.save_button = QPushButton(translate("TailoringView", "&Save spoke"), self)
        self.save_button.setObjectName("saveSpoke")
        self.save_button.clicked.connect(self.save)
        close = QPushButton(translate("TailoringView", "Close"), self)
        close.clicked.connect(self.close)
        row.addWidget(self.undo_button)
        row.addWidget(self.redo_button)
        row.addWidget(self.busy)
        row.addStretch(1)
        row.addWidget(self.approval)
        row.addWidget(self.signoff_button)
        row.addWidget(self.save_button)
        row.addWidget(close)
        return row

    # ---- Public API

    @property
    def resolution(self) -> Resolution:
        """The spoke shown, resolved against its hub."""
        return self.shown.resolution

    @property
    def spoke(self) -> SpokeFile:
        """The spoke as tailored now (what Save writes)."""
        return self.shown.spoke

    @property
    def diffs(self) -> list[Difference]:
        """The differences of the region's playbook from the hub."""
        return self.shown.differences

    @property
    def drifts(self) -> list[Drift]:
        """What moved in the hub since the region tailored it."""
        report = self.shown.drift
        return [*report.values, *report.items] if report is not None else []

    def is_busy(self) -> bool:
        """Whether a change is being worked out."""
        return self._running is not None or bool(self._requests)

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

    def changes_of(self, row: FieldRow) -> list[Difference]:
        """The region's differences that concern ``row``'s field."""
        return self._covering.get(row.address, [])

    def change_current(self) -> OverrideDialog | None:
        """Start changing the selected field: refused with the reason when it is locked for good."""
        row = self._current_row()
        if row is None:
            return None
        return self.request_change(row)

    def request_change(self, row: FieldRow) -> OverrideDialog | None:
        resolution = self.resolution
        if resolution.effective is None or resolution.hub is None:
            self._refuse(
                translate(
                    "TailoringView", "The spoke cannot be tailored until it resolves against its hub (see above)."
                )
            )
            return None
        refusal = locked_field(resolution.hub, row.address)
        if refusal is not None:
            self._refuse(refusal.reason)
            return None
        path = model_value_at(resolution.effective, row.address)[1]
        if path is None:
            item = self._group_and_name(row)[0]
            self._refuse(
                translate(
                    "TailoringView", "{item} is not in this region's playbook; use Revert to hub to bring it back."
                ).format(item=item)
            )
            return None
        dialog = OverrideDialog(self, row, path)
        self.override = dialog
        dialog.open()
        return dialog

    def judge(self, change: AnyChange, callback: Callable[[Tailored | Refusal], None]) -> None:
        """The domain's decision on ``change`` to the spoke shown, for ``callback`` (on the GUI
        thread); nothing is recorded."""
        if self.resolution.hub is None:
            return
        workers.start(
            partial(_propose, change), self.shown, on_done=callback, on_error=self._on_job_failed, receiver=self
        )

    def propose(self, change: AnyChange, text: str, reply: Callable[[Refusal | None], None] | None = None) -> None:
        """Record ``change`` if the domain accepts it (replacing an earlier change of the same
        field); ``reply`` hears the refusal, or None once it is recorded."""
        self._submit(_Request(text, partial(_propose, change), reply))

    def _on_translate_button_clicked(self) -> None:
        self.translations.translate_field()

    def current_field_row(self) -> FieldRow | None:
        """The row of the field selected on the Fields tab (None for a group or nothing)."""
        return self._current_row()

    def respoke(self, text: str, make: Callable[[SpokeFile, Playbook], SpokeFile]) -> None:
        """Change the spoke with ``make(spoke, effective playbook)`` (off the GUI thread, undoable
        as ``text``), as the Translations tab does."""

        def build(base: Tailored) -> SpokeFile:
            effective = base.resolution.effective
            return make(base.spoke, effective) if effective is not None else base.spoke

        self._submit(_Request(text, partial(_respoke, build)))

    def refuse(self, reason: str) -> None:
        """Tell the user why nothing changed (the detail line and a message)."""
        self._refuse(reason)

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
        hub = self.resolution.hub
        if row is None or row.key is None or hub is None:
            self._refuse(
                translate("TailoringView", "Select an item of a list (a channel, a rule, a record class) first.")
            )
            return None
        item = self._item_address(row)
        refusal = locked_item(hub, item)
        if refusal is not None:
            self._refuse(refusal.reason)
            return None
        name = self.hub_names.place(item).split(SEPARATOR)[-1]
        dialog = RemoveDialog(self, name, row.target, row.key)
        self.remove_dialog = dialog
        dialog.open()
        return dialog

    def revert_current(self) -> None:
        """Take back what the region changed of the selected field (for a list field: every item
        it added, removed or changed)."""
        row = self._current_row()
        if row is None:
            return
        if not any(d.change is not None for d in self.changes_of(row)):
            self._refuse(
                translate("TailoringView", "{label} has the hub's value; there is nothing to revert.").format(
                    label=row.label
                )
            )
            return

        def make(base: Tailored) -> SpokeFile:
            found = covering(row, base.differences)
            return revert_field(base.spoke, row, [d.change.index for d in found if d.change is not None])

        self._submit(
            _Request(
                translate("TailoringView", "Revert to hub: {label}").format(label=row.label), partial(_respoke, make)
            )
        )

    def revert_selected_difference(self) -> None:
        """Take back the spoke change behind the selected difference."""
        item = self.differences.currentItem()
        difference = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if not isinstance(difference, Difference) or difference.change is None:
            self._refuse(translate("TailoringView", "Select a difference made by a spoke change first."))
            return
        change = self.spoke.changes[difference.change.index]

        def make(base: Tailored) -> SpokeFile:
            return base.spoke.model_copy(update={"changes": [c for c in base.spoke.changes if c != change]})

        self._submit(
            _Request(
                translate("TailoringView", "Revert to hub: {place}").format(place=SEPARATOR.join(difference.place)),
                partial(_respoke, make),
            )
        )

    def acknowledge_selected(self) -> None:
        item = self.drift.currentItem()
        drift = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if isinstance(drift, Drift):
            self.acknowledge(drift)

    def acknowledge(self, drift: Drift) -> None:
        """Record that ``drift`` was reviewed (the hub's current value/digest is recorded)."""

        def make(base: Tailored) -> SpokeFile:
            hub = base.resolution.hub
            return acknowledge(base.spoke, hub, drift) if hub is not None else base.spoke

        where = self.hub_names.place(_address(drift.address))
        self._submit(
            _Request(
                translate("TailoringView", "Acknowledge hub change: {where}").format(where=where),
                partial(_respoke, make),
            )
        )

    def acknowledge_all(self) -> None:
        if self.resolution.hub is None:
            return

        def make(base: Tailored) -> SpokeFile:
            hub = base.resolution.hub
            spoke = base.spoke
            if hub is not None and base.drift is not None:
                for drift in [*base.drift.values, *base.drift.items]:
                    spoke = acknowledge(spoke, hub, drift)
                spoke = finish_review(spoke, hub)  # the hub moved, none of its items did: its version
            return spoke

        self._submit(_Request(translate("TailoringView", "Acknowledge all hub changes"), partial(_respoke, make)))

    def sign_off(self) -> SignOffDialog | None:
        """Open the regional sign-off: it approves the effective playbook as tailored now."""
        effective = self.resolution.effective
        if effective is None:
            self._refuse(
                translate(
                    "TailoringView", "The spoke cannot be signed off until it resolves against its hub (see above)."
                )
            )
            return None
        dialog = SignOffDialog(
            None,
            self,
            playbook=effective,
            region_record=self._record_region_signoff,
            findings=spoke_report(self.resolution).findings,  # the spoke's errors stop an approval
        )
        dialog.setWindowTitle(
            translate("TailoringView", "Sign off region {region}").format(region=self.spoke.spoke.region)
        )
        self.signoff_dialog = dialog
        dialog.open()
        return dialog

    def save(self) -> bool:
        """Write the spoke file atomically, under its lock; False when it was not written.

        Under the lock the file is read again: if someone else changed it since this window
        read it (a sign-off, a rebase), the user is asked before it is replaced."""
        from playbooks.io import locking

        accepted = self._digest
        try:
            while True:
                with locking.writing(self.path, wait=3.0) as lock:
                    # '' when removed or unreadable meanwhile: writing it back loses nothing
                    on_disk = storage.file_digest(self.path)
                    if not on_disk or on_disk == accepted:
                        # replaced only if it still holds what was compared, under this lock
                        guard = storage.WriteGuard(digest=on_disk, holding=lock.still_held)
                        note = save_spoke(self.spoke, self.path, guard=guard)
                        if note:
                            errors.report(errors.ExpectedError(note), self)
                        break
                answer = dialogs.current().yes_no(
                    self,
                    translate("TailoringView", "Spoke changed on disk"),
                    translate(
                        "TailoringView",
                        "{name} was changed outside this window since you opened it. Replace it with your tailoring (the previous file is kept as .bak)?",
                    ).format(name=Path(self.path).name),
                    translate("TailoringView", "Replace"),
                    translate("TailoringView", "Cancel"),
                )
                if answer is not Answer.YES:
                    return False
                accepted = on_disk
        except locking.LockBusy as exc:
            errors.report(
                errors.ExpectedError(
                    translate("TailoringView", "{exc}. Your tailoring stays open here.").format(exc=exc)
                ),
                self,
            )
            return False
        except (storage.PlaybookSaveError, OSError) as exc:
            errors.report(
                errors.ExpectedError(
                    translate("TailoringView", "{path}: the spoke could not be saved ({exc})").format(
                        path=self.path, exc=exc
                    )
                ),
                self,
            )
            return False
        self._digest = storage.file_digest(self.path)
        self.stack.setClean()
        self.saved.emit(self.path)
        return True

    def is_modified(self) -> bool:
        return not self.stack.isClean()

    # ---- Qt overrides

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_busy():
            # a change being worked out is not lost: it lands first, then Close asks as usual
            self._close_when_done = True
            self.busy.setText(translate("TailoringView", "Finishing the change, then closing…"))
            event.ignore()
            return
        if self.is_modified():
            answer = dialogs.current().save_discard_cancel(
                self,
                translate("TailoringView", "Unsaved tailoring"),
                translate("TailoringView", "Save the changes to {name}?").format(name=Path(self.path).name),
            )
            if answer is Answer.CANCEL or (answer is Answer.SAVE and not self.save()):
                event.ignore()
                return
        event.accept()

    def reject(self) -> None:  # Escape goes through the same question as Close
        self.close()

    # ---- Private: requests, one at a time, off the GUI thread

    def _submit(self, request: _Request) -> None:
        self._requests.append(request)
        self._next()

    def _next(self) -> None:
        if self._running is not None:
            return
        if not self._requests:
            self.busy.setVisible(False)
            if self._close_when_done:
                self._close_when_done = False
                QTimer.singleShot(0, self, self.close)
            return
        self._run(self._requests.pop(0))

    def _run(self, request: _Request) -> None:
        self._running = request
        if not self._close_when_done:
            self.busy.setText(translate("TailoringView", "Working out the change…"))
        self.busy.setVisible(True)
        base = self.shown
        workers.start(
            request.compute,
            base,
            on_done=lambda outcome: self._on_request_done(request, base, outcome),
            on_error=lambda exc: self._on_request_failed(request, exc),
            receiver=self,
        )

    def _on_request_done(self, request: _Request, base: Tailored, outcome: Tailored | Refusal) -> None:
        if self.shown is not base:
            self._run(request)  # undone or redone meanwhile: decide again on the spoke shown now
            return
        self._running = None
        if isinstance(outcome, Tailored) and outcome is not base:
            self.stack.push(SpokeCommand(self, base, outcome, request.text))
        if request.reply is not None:
            request.reply(outcome if isinstance(outcome, Refusal) else None)
        self._next()

    def _on_request_failed(self, request: _Request, error: BaseException) -> None:
        self._running = None
        self._on_job_failed(error)
        if request.reply is not None:
            request.reply(
                Refusal("", "", "", translate("TailoringView", "The change could not be worked out (see the message)."))
            )
        self._next()

    def _on_job_failed(self, error: BaseException) -> None:
        errors.report(error, self, translate("TailoringView", "tailoring the spoke"))

    def _record_region_signoff(self, signed: Playbook) -> str:
        signoff = signed.document.sign_offs[-1]
        refusal = regional_sign_off_refusal(self.resolution)
        if refusal is not None and signoff.decision is not Decision.REJECTED:
            return translate("TailoringView", "The region cannot be signed off yet: {reason}").format(
                reason=refusal.reason
            )

        def make(base: Tailored) -> SpokeFile:
            header = base.spoke.spoke
            header = header.model_copy(update={"sign_offs": [*header.sign_offs, signoff]})
            return base.spoke.model_copy(update={"spoke": header})

        self._submit(
            _Request(
                translate("TailoringView", "Sign off region ({approver})").format(approver=signoff.approver),
                partial(_respoke, make),
            )
        )
        return ""

    # ---- Private: showing

    def _install(self, shown: Tailored) -> None:
        self.shown = shown
        self._refresh()

    def _refresh(self) -> None:
        resolution = self.resolution
        hub, effective = resolution.hub, resolution.effective
        self.names = Names(*(p for p in (effective, hub) if p is not None))
        self.hub_names = Names(*(p for p in (hub, effective) if p is not None))
        header = self.spoke.spoke
        hub_name = Path(resolution.hub_file).name if resolution.hub_file else header.hub
        hub_text = (
            f"{hub.document.title} v{hub.document.version}"
            if hub is not None
            else translate("TailoringView", "cannot be read")
        )
        self.header.setText(
            translate(
                "TailoringView",
                "<b>Region:</b> {region} &nbsp; <b>Hub:</b> {hub} ({hub_version}) &nbsp; "
                "<b>Tailored against:</b> v{tailored_against} &nbsp; <b>Changes:</b> {changes}",
            ).format(
                region=html.escape(header.region),
                hub=html.escape(hub_name),
                hub_version=html.escape(hub_text),
                tailored_against=html.escape(header.hub_version or "?"),
                changes=len(self.spoke.changes),
            )
        )
        self._fill_state()
        if effective is not None:
            style_label(self.approval, approval_state(effective))
        else:
            self.approval.clear()
        self._fill_fields()
        self._fill_differences()
        self._fill_drift()
        self.translations.fill()
        self._update_title()

    def _fill_state(self) -> None:
        findings = [f for f in self.resolution.findings if not f.waived]
        errors_found = [f for f in findings if f.severity is Severity.ERROR]
        warnings_found = [f for f in findings if f.severity is Severity.WARNING]
        shown = errors_found or warnings_found
        if errors_found:
            self.state.setText(
                translate("TailoringView", "%n error(s)", None, len(errors_found))
                + ": "
                + "; ".join(f.message for f in shown[:2])
            )
            self.state.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: 600;")
        elif warnings_found:
            self.state.setText(
                translate("TailoringView", "%n warning(s)", None, len(warnings_found))
                + ": "
                + "; ".join(f.message for f in shown[:2])
            )
            self.state.setStyleSheet(f"color: {WARNING_COLOUR};")
        else:
            self.state.setText(translate("TailoringView", "The spoke resolves against its hub with no spoke problems."))
            self.state.setStyleSheet("color: #1e7d32;")
        self.state.setToolTip("\n".join(f"{f.code}: {f.message}" for f in shown))

    def _on_stack_clean_changed(self, _clean: bool) -> None:
        self._update_title()

    def _on_stack_undo_text_changed(self, text: str) -> None:
        self.undo_button.setToolTip(translate("TailoringView", "Undo {text}").format(text=text) if text else "")

    def _on_section_current_index_changed(self, _index: int) -> None:
        self._fill_fields()

    def _on_only_differences_toggled(self, _checked: bool) -> None:
        self._fill_fields()

    def _on_fields_item_activated(self, _item: QTreeWidgetItem, _column: int) -> None:
        self.change_current()

    def _on_fields_current_item_changed(self, *_items: QTreeWidgetItem | None) -> None:
        self._on_field_selected()

    def _update_title(self) -> None:
        star = " *" if not self.stack.isClean() else ""
        self.setWindowTitle(
            translate("TailoringView", "Tailoring — {name}{star}").format(name=Path(self.path).name, star=star)
        )

    def _field_items(self) -> list[QTreeWidgetItem]:
        out: list[QTreeWidgetItem] = []
        for i in range(self.fields.topLevelItemCount()):
            top = self.fields.topLevelItem(i)
            if top is None:
                continue
            out.append(top)
            out.extend(child for j in range(top.childCount()) if (child := top.child(j)) is not None)
        return out

    def _fill_fields(self) -> None:
        selected = self._current_row()
        self.fields.clear()
        hub, effective = self.resolution.hub, self.resolution.effective
        section = str(self.section.currentData() or "document")
        if hub is None or effective is None:
            self.rows = []
            self._covering = {}
            self._on_field_selected()
            return
        self.rows = field_rows(hub, effective, section)
        in_section = [d for d in self.diffs if d.keyed[:1] == (section,)]
        self._covering = covering_rows(self.rows, in_section)
        only = self.only_differences.isChecked()
        rows = [r for r in self.rows if self._covering[r.address]] if only else self.rows
        groups: dict[str, QTreeWidgetItem] = {}
        items: dict[Address, int] = {}  # the words of each item, worked out once for its fields
        for row in rows:
            group, name = self._group_and_name(row, items)
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
            hub_text = self.hub_names.show(row.hub_value, row.address, empty=EMPTY)
            region_text = self.names.show(row.value, row.address, empty=EMPTY)
            item = QTreeWidgetItem(parent, [name, _line(hub_text), _line(region_text)])
            item.setData(0, Qt.ItemDataRole.UserRole, row)
            item.setToolTip(0, row.label)
            for column, text in ((1, hub_text), (2, region_text)):
                if len(text) > TOOLTIP_FROM:  # a value that may not fit its cell: in full on hover
                    item.setToolTip(column, text[:2000])
            if row.locked:
                item.setIcon(0, self._lock_icon)
                item.setForeground(0, QBrush(QColor(LOCKED_COLOUR)))
                if group in groups:
                    groups[group].setIcon(0, self._lock_icon)
                    groups[group].setToolTip(
                        0, translate("TailoringView", "Locked by the hub: this region may only tighten it")
                    )
            if self._covering[row.address]:
                item.setForeground(2, QBrush(QColor(CHANGED_COLOUR)))
                font = item.font(2)
                font.setBold(True)
                item.setFont(2, font)
        if selected is not None:
            self.select_field(selected.address_text)
        self._on_field_selected()

    def _fill_differences(self) -> None:
        self.differences.clear()
        for d in self.diffs:
            if d.keyed[:2] == ("document", "sign_offs"):
                continue  # the region's own sign-offs are bookkeeping, not a departure from the hub
            rationale = " ".join((d.change.rationale if d.change is not None else "").split())
            hub_text = self.hub_names.show(d.hub_value, d.keyed, empty=EMPTY)
            region_text = self.names.show(d.value, d.keyed, empty=EMPTY)
            # a kind of difference reads as the comparison of two versions words it
            kind = translate("CompareDialog", KIND_WORDS[d.kind]) if d.kind in KIND_WORDS else d.kind.capitalize()
            if d.verdict in _VERDICTS:
                kind = translate("TailoringView", "{kind} ({verdict})").format(
                    kind=kind, verdict=translate("TailoringView", _VERDICTS[d.verdict])
                )
            item = QTreeWidgetItem(
                self.differences, [SEPARATOR.join(d.place), kind, _line(hub_text), _line(region_text), rationale]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, d)
            item.setToolTip(0, SEPARATOR.join(d.place))
            item.setToolTip(2, hub_text[:2000])
            item.setToolTip(3, region_text[:2000])
            item.setToolTip(4, rationale)
            if d.locked:
                item.setIcon(0, self._lock_icon)
            if not rationale:
                item.setForeground(4, QBrush(QColor(ERROR_COLOUR)))
                item.setText(4, translate("TailoringView", "(no rationale)"))
        count = self.differences.topLevelItemCount()
        self.tabs.setTabText(1, translate("TailoringView", "Differences from hub ({count})").format(count=count))

    def _fill_drift(self) -> None:
        self.drift.clear()
        report = self.shown.drift
        words = {
            "value": translate("TailoringView", "Hub value changed"),
            "item-changed": translate("TailoringView", "Item changed"),
            "item-added": translate("TailoringView", "Item added"),
            "item-removed": translate("TailoringView", "Item removed"),
        }
        hub, effective = self.resolution.hub, self.resolution.effective
        for d in self.drifts:
            at = _address(d.address)
            if d.kind == "value":
                values = [d.tailored_against, d.hub_now, d.spoke_value]
                cells = [self.hub_names.show(v, at, empty=EMPTY) for v in values]
            elif hub is not None:
                hub_now, region = item_values(hub, effective, d.address)
                # only a digest of the old hub item was recorded: its old content is unknown
                cells = [
                    translate("TailoringView", "(not recorded)") if d.kind != "item-added" else EMPTY,
                    self.hub_names.show(hub_now, at, empty=EMPTY),
                    self.names.show(region, at, empty=EMPTY),
                ]
            else:
                cells = ["", "", ""]
            item = QTreeWidgetItem(
                self.drift, [self.hub_names.place(at), words.get(d.kind, d.kind), *(_line(c) for c in cells)]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, d)
            item.setToolTip(
                0, translate("TailoringView", "Double-click to see this item's fields, hub and region side by side")
            )
            for column, text in zip((2, 3, 4), cells, strict=True):
                item.setToolTip(column, text[:2000])
        if report is None:
            self.drift_summary.setText(
                translate("TailoringView", "The hub cannot be read, so its changes cannot be listed.")
            )
        elif not self.drifts and not report.changed:
            self.drift_summary.setText(
                translate(
                    "TailoringView",
                    "The hub has not changed since this region was tailored (version {current_version}).",
                ).format(current_version=report.current_version)
            )
        elif not self.drifts:
            self.drift_summary.setText(
                translate(
                    "TailoringView",
                    "The hub moved from version {value} to {current_version}, but none of its items did. Acknowledge to record the new version.",
                ).format(value=report.tailored_version or "?", current_version=report.current_version)
            )
        else:
            self.drift_summary.setText(
                translate(
                    "TailoringView",
                    "The hub moved from version {value} to {current_version}. Review each item and acknowledge it; acknowledging records the hub's current value.",
                ).format(value=report.tailored_version or "?", current_version=report.current_version)
            )
        has = bool(self.drifts)
        self.ack_button.setEnabled(has)
        self.ack_all_button.setEnabled(has or (report is not None and report.changed))
        self.tabs.setTabText(
            2, translate("TailoringView", "Hub changed since you tailored ({drifts})").format(drifts=len(self.drifts))
        )

    def _on_drift_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        drift = item.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(drift, Drift):
            self.review(drift)

    def review(self, drift: Drift) -> bool:
        """Show the fields of a drifted item in the Fields tab (True when it has rows there)."""
        address = _address(drift.address)
        section = str(address[0]) if address else ""
        if self.section.findData(section) < 0:
            return False
        self.only_differences.setChecked(False)
        self.show_section(section)
        self.tabs.setCurrentIndex(0)
        for item in self._field_items():
            row = item.data(0, Qt.ItemDataRole.UserRole)
            if isinstance(row, FieldRow) and row.address[: len(address)] == address:
                self.fields.setCurrentItem(item)
                self.fields.scrollToItem(item)
                return True
        return False

    def _current_row(self) -> FieldRow | None:
        item = self.fields.currentItem()
        row = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return row if isinstance(row, FieldRow) else None

    @staticmethod
    def _item_address(row: FieldRow) -> Address:
        """The keyed address of the list item ``row`` is a field of (the row's own address for a
        field outside any item)."""
        keys = [i for i, part in enumerate(row.address) if not isinstance(part, str)]
        return row.address[: keys[-1] + 1] if keys else row.address

    def _group_and_name(self, row: FieldRow, items: dict[Address, int] | None = None) -> tuple[str, str]:
        """The tree's group of ``row`` (its item, or the section inside the section it is in) and
        the field's name under it, in words; the section's own title is the combo box's.
        ``items``: the number of words of the items seen so far (kept by the caller)."""
        words = row.place[1:]
        if row.key is None:
            return SEPARATOR.join(words[:-1]), words[-1]
        address = self._item_address(row)
        count = items.get(address) if items is not None else None
        if count is None:
            names = self.names if row.value is not None else self.hub_names
            count = len(names.words(address)) - 1
            if items is not None:
                items[address] = count
        return SEPARATOR.join(words[:count]), SEPARATOR.join(words[count:])

    def _on_field_selected(self) -> None:
        row = self._current_row()
        item_row = self.current_item_row()
        changed = self.changes_of(row) if row is not None else []
        effective = self.resolution.effective
        self.change_button.setEnabled(row is not None)
        self.revert_button.setEnabled(any(d.change is not None for d in changed))
        # an item the region already removed cannot be removed again (Revert brings it back)
        in_region = (
            item_row is not None
            and effective is not None
            and model_value_at(effective, self._item_address(item_row))[1] is not None
        )
        self.remove_button.setEnabled(in_region)
        if row is None:
            self.detail.setText(
                translate("TailoringView", "Select a field to see where its value comes from and what the hub allows.")
            )
            self.detail.setStyleSheet("")
            return
        hub = self.resolution.hub
        reason = lock_reason(row, hub) if hub is not None else ""
        lines = [f"<span style='color:{LOCKED_COLOUR}'>{html.escape(reason)}</span>"] if reason else []
        lines.append(html.escape(self.resolution.origin(row.address).describe(self.resolution.file)))
        items = what_changed(row, changed, self.names, self.hub_names)
        if items:
            lines.append(translate("TailoringView", "<b>What the region changed:</b> ") + html.escape("; ".join(items)))
        self.detail.setText("<br>".join(lines))
        self.detail.setStyleSheet("")

    def _refuse(self, reason: str) -> None:
        self.detail.setText(html.escape(reason))
        self.detail.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: 600;")
        dialogs.current().inform(self, translate("TailoringView", "Not changed"), reason)


def _address(text: str) -> Address:
    """A drift's keyed address as parts (a malformed one as one word)."""
    try:
        return parse_address(text)
    except ValueError:
        return (text,)


def _line(text: str, limit: int = 160) -> str:
    """Text for one cell of a tree: one line, cut with "…"."""
    one = " ".join(text.split())
    return one if len(one) <= limit else one[: limit - 1] + "…"


def open_tailoring(
    spoke_path: str, parent: QWidget | None = None, *, read: PlaybookFile | None = None
) -> TailoringView | None:
    """The tailoring view of ``spoke_path`` (None, reported, when it cannot be read). ``read``:
    the spoke as already read (the editor's open document); otherwise it is read here, once."""
    if read is None or read.resolution is None:
        try:
            read = read_playbook(spoke_path, as_spoke=True)
        except storage.PlaybookLoadError as exc:
            errors.report(exc, parent)
            return None
    return TailoringView(read, parent)
