"""Merge a synced drive's conflict copy back into the open playbook.

The merge itself is the domain's (:func:`playbooks.audit.copies.merge_copy`, in a worker): three-way
against the last version both had when one is known, else every difference is a choice. The
dialog lists what both sides changed differently, each with a choice (this file's value, or the
copy's), and applies the result as one undoable change of the open playbook (a spoke's merged
file is saved, as the tailoring view saves it). Afterwards it offers to move the copy into the
``conflicts`` folder beside the file; nothing is deleted.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import dialogs, errors, workers
from ui.dialogs import Answer

if TYPE_CHECKING:
    from playbooks.audit.copies import ConflictCopy, CopyMerge
    from playbooks.audit.merge import Merged
    from playbooks.format.paths import Address
    from ui.document import Document

#: The two choices of a conflict, in the order of the combo box.
CHOICES = ("Keep this file's", "Take the copy's")


class SyncMergeDialog(QDialog):
    """Merge ``copy`` into the playbook open in ``document`` (its file: ``path``).

    Signals:
        merged(str): the copy was merged into the playbook (the argument: the copy's file).
        spoke_saved(str): a spoke's merged file was written (the argument: the spoke's file).
    """

    merged = Signal(str)
    spoke_saved = Signal(str)

    def __init__(self, document: Document, path: str, copy: ConflictCopy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncMergeDialog")
        self.setWindowTitle("Merge a conflict copy")
        self.resize(900, 520)
        self.document = document
        self.path = path
        self.copy = copy
        self.outcome: CopyMerge | None = None
        layout = QVBoxLayout(self)
        e = html.escape  # a file name is not markup
        self.heading = QLabel(
            f"<b>{e(Path(copy.path).name)}</b> is a conflict copy of this playbook made by {e(copy.service)} "
            f"({e(copy.detail)}): someone saved the playbook elsewhere while it was being changed here.",
            self,
        )
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.heading)
        self.summary = QLabel("Merging…", self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # it quotes names and errors
        self.summary.setObjectName("syncMergeSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("syncMergeConflicts")
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(["Field", "This file", "The copy", "Keep"])
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 330)
        header.resizeSection(1, 180)
        header.resizeSection(2, 180)
        header.setStretchLastSection(True)
        layout.addWidget(self.tree, 1)
        self.buttons = QDialogButtonBox(self)
        self.merge_button = self.buttons.addButton("Merge", QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setObjectName("syncMergeApply")
        self.merge_button.setEnabled(False)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._combos: list[tuple[QComboBox, Address]] = []
        from playbooks.audit.copies import merge_copy

        self._job = workers.start(
            merge_copy, path, copy.path, on_done=self._on_merged, on_error=self._on_failed, receiver=self
        )

    # ---- Public API

    def is_ready(self) -> bool:
        """Whether the merge has been computed (tests wait on this)."""
        return self.outcome is not None

    def choose(self, row: int, take_copy: bool) -> None:
        """Decide conflict ``row`` for the copy's value (True) or this file's (False)."""
        self._combos[row][0].setCurrentIndex(1 if take_copy else 0)

    def apply(self) -> None:
        """Put the merged playbook in place (one undoable change, or the spoke's file saved), then
        offer to move the copy aside."""
        if self.outcome is None:
            return
        try:
            outcome = self._decided()
        except Exception as exc:  # a file that changed meanwhile: said plainly, nothing applied
            errors.report(errors.ExpectedError(f"The copy could not be merged: {exc}"), self)
            return
        if outcome.playbook is not None:
            self._apply_playbook(outcome)
        elif not self._save_spoke(outcome):
            return
        self.merged.emit(self.copy.path)
        self._offer_move_aside()
        if outcome.playbook is None:
            # the spoke is shown again from its file once the copy has gone aside (not offered again)
            self.spoke_saved.emit(self.path)
        self.accept()

    # ---- Private

    def _on_merged(self, result: CopyMerge) -> None:
        from playbooks.format.differences import differences

        self.outcome = result
        conflicts = result.merged.conflicts
        how = (
            f"Merged against {result.base}: edits made on one side only are taken as they are."
            if result.base
            else "No earlier version common to both is known (no backup or commit both started from): "
            "choose, for each difference, which value to keep."
        )
        changed = ""
        merged = result.merged.playbook
        if merged is not None and self.document.playbook is not None:
            count = len(differences(self.document.playbook, merged))
            changed = f" Merging changes {count} field{'s' if count != 1 else ''} of the open playbook."
        decide = f" {len(conflicts)} to decide below." if conflicts else " Nothing to decide."
        self.summary.setText(how + changed + decide)
        for conflict in conflicts:
            item = QTreeWidgetItem(
                self.tree, [conflict.place, conflict.ours or "(not there)", conflict.theirs or "(not there)", ""]
            )
            for column in range(3):
                item.setToolTip(column, item.text(column))
            combo = QComboBox(self.tree)
            combo.addItems(CHOICES)
            if conflict.kind == "invalid":
                combo.setEnabled(False)
                combo.setToolTip("The two versions together break the playbook: this file's version is kept")
            elif merged is None:
                combo.setEnabled(False)
                combo.setToolTip("A spoke keeps this file's value here; the conflict is listed at the top of the file")
            self.tree.setItemWidget(item, 3, combo)
            self._combos.append((combo, conflict.address))
        self.merge_button.setEnabled(True)

    def _on_failed(self, error: BaseException) -> None:
        from playbooks.audit.merge import MergeError

        if isinstance(error, MergeError):
            self.summary.setText(f"This copy cannot be merged: {error}")
            return
        errors.report(error, self, "merging a conflict copy")

    def _decided(self) -> Merged:
        """The merge with the choices made (the copy's value where asked for)."""
        assert self.outcome is not None
        from playbooks.audit.copies import merge_with
        from playbooks.audit.merge import Side
        from playbooks.io.storage import read_source

        theirs_at = frozenset(address for combo, address in self._combos if combo.currentIndex() == 1)
        if not theirs_at:
            return self.outcome.merged
        ours = Side(self.path, read_source(Path(self.path)).text)
        theirs = Side(self.copy.path, read_source(Path(self.copy.path)).text)
        return merge_with(self.outcome, ours, theirs, theirs_at)

    def _apply_playbook(self, outcome: Merged) -> None:
        from ui.undo import Change, PlaybookCommand

        assert outcome.playbook is not None
        before = self.document.playbook
        command = PlaybookCommand(
            self.document,
            f"Merge {Path(self.copy.path).name}",
            before,
            outcome.playbook,
            Change("reset"),
            Change("reset"),
        )
        self.document.undo_stack.push(command)

    def _save_spoke(self, outcome: Merged) -> bool:
        from playbooks.io import locking, storage

        try:
            with locking.writing(self.path) as lock:
                guard = storage.WriteGuard(holding=lock.still_held)
                note = storage.atomic_write(self.path, outcome.text().encode("utf-8"), guard=guard)
            if note:
                errors.report(errors.ExpectedError(note), self)
        except (locking.LockBusy, storage.PlaybookSaveError) as exc:
            errors.report(errors.ExpectedError(f"The merged spoke could not be saved: {exc}"), self)
            return False
        return True

    def _offer_move_aside(self) -> None:
        from playbooks.audit.copies import CONFLICTS_FOLDER, move_aside

        answer = dialogs.current().yes_no(
            self,
            "Move the conflict copy aside",
            f"Move {Path(self.copy.path).name} into the '{CONFLICTS_FOLDER}' folder beside the playbook? "
            "It is kept there, not deleted.",
            "Move it",
            "Leave it",
        )
        if answer is not Answer.YES:
            return
        try:
            move_aside(self.copy.path)
        except OSError as exc:
            errors.report(errors.ExpectedError(f"{self.copy.path}: could not be moved ({exc.strerror or exc})"), self)
