"""Merge a synced drive's conflict copy back into the open playbook.

The merge itself is the domain's (:func:`playbooks.audit.copies.merge_copy`, in a worker), of the
copy into the playbook as it is open (unsaved edits included; merged again if it is edited while
the dialog is open): three-way against the last version both had when one is known, else every
difference is a choice. The dialog lists what both sides changed differently, and against a
common version what the copy alone changed (taken unless declined), each with a choice (this
file's value, or the copy's), and applies the result as one undoable change of the open
playbook (a spoke's merged file is saved, as the tailoring view saves it). The copy is offered
to be moved into the ``conflicts`` folder beside the file only once the merge is saved; until
then it stays where it is (and is offered again when the playbook is next opened). Nothing is
deleted.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QUndoCommand
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
from ui.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from playbooks.audit.copies import ConflictCopy, CopyMerge
    from playbooks.audit.merge import Merged, Side
    from playbooks.format.model import Playbook
    from playbooks.format.paths import Address
    from ui.document import Document
    from ui.session import FileSession

#: The two choices of a conflict, in the order of the combo box.
CHOICES = (
    QT_TRANSLATE_NOOP("SyncMergeDialog", "Keep this file's"),
    QT_TRANSLATE_NOOP("SyncMergeDialog", "Take the copy's"),
)


class SyncMergeDialog(QDialog):
    """Merge ``copy`` into the playbook open in ``document`` (its file: ``path``).

    Signals:
        merged(str): the copy was merged into the playbook (the argument: the copy's file).
        spoke_saved(str): a spoke's merged file was written (the argument: the spoke's file).
    """

    merged = Signal(str)
    spoke_saved = Signal(str)

    def __init__(
        self,
        document: Document,
        path: str,
        copy: ConflictCopy,
        parent: QWidget | None = None,
        session: FileSession | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("syncMergeDialog")
        self.setWindowTitle(translate("SyncMergeDialog", "Merge a conflict copy"))
        self.resize(900, 520)
        self.document = document
        self.path = path
        self.copy = copy
        self.outcome: CopyMerge | None = None
        layout = QVBoxLayout(self)
        e = html.escape  # a file name is not markup
        self.heading = QLabel(
            translate(
                "SyncMergeDialog",
                "<b>{name}</b> is a conflict copy of this playbook made by {service} ({detail}): someone saved the playbook elsewhere while it was being changed here.",
            ).format(name=e(Path(copy.path).name), service=e(copy.service), detail=e(copy.detail)),
            self,
        )
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.heading)
        self.summary = QLabel(translate("SyncMergeDialog", "Merging…"), self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # it quotes names and errors
        self.summary.setObjectName("syncMergeSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("syncMergeConflicts")
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [
                translate("SyncMergeDialog", "Field"),
                translate("SyncMergeDialog", "This file"),
                translate("SyncMergeDialog", "The copy"),
                translate("SyncMergeDialog", "Keep"),
            ]
        )
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
        self.merge_button = self.buttons.addButton(
            translate("SyncMergeDialog", "Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button.setObjectName("syncMergeApply")
        self.merge_button.setEnabled(False)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._combos: list[tuple[QComboBox, Address]] = []
        self._defaults: frozenset[Address] = frozenset()
        # the playbook as it is open (unsaved edits too) is what the copy merges into
        self._snapshot, self._ours = self._open_playbook()
        self._opened = self._version_opened()
        from playbooks.audit.copies import merge_copy

        self._job = workers.start(
            merge_copy,
            path,
            copy.path,
            self._ours,
            self._opened,
            on_done=self._on_merged,
            on_error=self._on_failed,
            receiver=self,
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
            if not self._still_current():
                return
            outcome = self._decided()
        except Exception as exc:  # a file that changed meanwhile: said plainly, nothing applied
            errors.report(
                errors.ExpectedError(
                    translate("SyncMergeDialog", "The copy could not be merged: {exc}").format(exc=exc)
                ),
                self,
            )
            return
        if outcome.playbook is not None:
            self._apply_playbook(outcome)
            self.merged.emit(self.copy.path)
            self.accept()
            self._save_then_move_aside()
            return
        if not self._save_spoke(outcome):
            return
        self.merged.emit(self.copy.path)
        offer_move_aside(self, self.copy.path)
        # the spoke is shown again from its file once the copy has gone aside (not offered again)
        self.spoke_saved.emit(self.path)
        self.accept()

    # ---- Private

    def _open_playbook(self) -> tuple[Playbook | None, Side | None]:
        """The open hub playbook and its text (None, None for a spoke: its file is merged)."""
        from playbooks.audit.merge import Side
        from playbooks.io.storage import dumps

        if self.document.resolution is not None or self.document.read_only:
            return None, None
        playbook = self.document.playbook
        return playbook, Side(self.path, dumps(playbook))

    def _version_opened(self) -> Side | None:
        """The playbook as this window read it, before the edits in its history (None: a spoke,
        or nothing edited since): where this side's saves of the session began."""
        from playbooks.audit.merge import Side
        from playbooks.io.storage import dumps
        from ui.undo import PlaybookCommand

        stack = self.document.undo_stack
        if self._ours is None or stack.count() == 0:
            return None
        first = stack.command(0)
        while not isinstance(first, PlaybookCommand) and first.childCount():
            first = first.child(0)  # a macro: its first step
        if not isinstance(first, PlaybookCommand):
            return None
        return Side(translate("SyncMergeDialog", "{path} (as opened)").format(path=self.path), dumps(first.before))

    def _still_current(self) -> bool:
        """Whether the merge shown is of the playbook as it is now. Edited meanwhile: merged again
        (the choices made kept); when that changes what there is to decide, it is shown again
        and False is returned (press Merge once more)."""
        if self._snapshot is None or self.document.playbook is self._snapshot:
            return True
        from playbooks.audit.copies import merge_copy

        chosen = {address: combo.currentIndex() for combo, address in self._combos}
        before = [(c.kind, c.address) for c in self.outcome.merged.conflicts] if self.outcome else []
        self._snapshot, self._ours = self._open_playbook()
        result = merge_copy(self.path, self.copy.path, self._ours, self._opened)
        self.tree.clear()
        self._combos = []
        self._on_merged(result)
        for combo, address in self._combos:
            if address in chosen:
                combo.setCurrentIndex(chosen[address])
        if [(c.kind, c.address) for c in result.merged.conflicts] == before:
            return True
        self.summary.setText(
            translate(
                "SyncMergeDialog",
                "The playbook was changed while this dialog was open, so the copy was merged again: "
                "check the choices below, then press Merge. ",
            )
            + self.summary.text()
        )
        return False

    def _on_merged(self, result: CopyMerge) -> None:
        from playbooks.format.differences import differences

        self.outcome = result
        conflicts = result.merged.conflicts
        listed = sum(1 for c in conflicts if c.kind == "theirs")
        how = (
            translate(
                "SyncMergeDialog",
                "Merged against {base}: edits made on one side only are taken as they are; "
                "the copy's own %n change(s) listed below are taken unless you "
                "keep this file's value (keep it where the copy only lacks an edit made here).",
                None,
                listed,
            ).format(base=result.base)
            if result.base and listed
            else translate(
                "SyncMergeDialog", "Merged against {base}: edits made on one side only are taken as they are."
            ).format(base=result.base)
            if result.base
            else translate(
                "SyncMergeDialog",
                "No earlier version common to both is known (no backup or commit both started from): "
                "choose, for each difference, which value to keep.",
            )
        )
        changed = ""
        merged = result.merged.playbook
        if merged is not None and self.document.playbook is not None:
            count = len(differences(self.document.playbook, merged))
            changed = " " + translate(
                "SyncMergeDialog", "Merging changes %n field(s) of the open playbook.", None, count
            )
        decide = " " + (
            translate("SyncMergeDialog", "%n to decide below.", None, len(conflicts))
            if conflicts
            else translate("SyncMergeDialog", "Nothing to decide.")
        )
        self.summary.setText(how + changed + decide)
        for conflict in conflicts:
            item = QTreeWidgetItem(
                self.tree,
                [
                    conflict.place,
                    conflict.ours or translate("SyncMergeDialog", "(not there)"),
                    conflict.theirs or translate("SyncMergeDialog", "(not there)"),
                    "",
                ],
            )
            for column in range(3):
                item.setToolTip(column, item.text(column))
            combo = QComboBox(self.tree)
            combo.addItems([translate("SyncMergeDialog", choice) for choice in CHOICES])
            if conflict.kind == "theirs":
                combo.setCurrentIndex(1)  # the copy's own change: taken unless declined
            if conflict.kind == "invalid":
                combo.setEnabled(False)
                combo.setToolTip(
                    translate(
                        "SyncMergeDialog", "The two versions together break the playbook: this file's version is kept"
                    )
                )
            elif merged is None:
                combo.setEnabled(False)
                combo.setToolTip(
                    translate(
                        "SyncMergeDialog",
                        "A spoke keeps this file's value here; the conflict is listed at the top of the file",
                    )
                )
            self.tree.setItemWidget(item, 3, combo)
            self._combos.append((combo, conflict.address))
        self._defaults = frozenset(a for combo, a in self._combos if combo.currentIndex() == 1)
        self.merge_button.setEnabled(True)

    def _on_failed(self, error: BaseException) -> None:
        from playbooks.audit.merge import MergeError

        if isinstance(error, MergeError):
            self.summary.setText(
                translate("SyncMergeDialog", "This copy cannot be merged: {error}").format(error=error)
            )
            return
        errors.report(error, self, translate("SyncMergeDialog", "merging a conflict copy"))

    def _decided(self) -> Merged:
        """The merge with the choices made (the copy's value where asked for)."""
        assert self.outcome is not None
        from playbooks.audit.copies import merge_with
        from playbooks.audit.merge import Side
        from playbooks.io.storage import read_source

        theirs_at = frozenset(address for combo, address in self._combos if combo.currentIndex() == 1)
        if theirs_at == self._defaults:
            return self.outcome.merged
        ours = self._ours or Side(self.path, read_source(Path(self.path)).text)
        theirs = Side(self.copy.path, read_source(Path(self.copy.path)).text)
        return merge_with(self.outcome, ours, theirs, theirs_at)

    def _apply_playbook(self, outcome: Merged) -> None:
        from ui.undo import Change, PlaybookCommand

        assert outcome.playbook is not None
        before = self.document.playbook
        command = PlaybookCommand(
            self.document,
            translate("SyncMergeDialog", "Merge {name}").format(name=Path(self.copy.path).name),
            before,
            outcome.playbook,
            Change("reset"),
            Change("reset"),
        )
        self.document.undo_stack.push(command)
        self._command = command

    def _save_spoke(self, outcome: Merged) -> bool:
        from playbooks.io import locking, storage

        try:
            with locking.writing(self.path) as lock:
                guard = storage.WriteGuard(holding=lock.still_held)
                note = storage.atomic_write(self.path, outcome.text().encode("utf-8"), guard=guard)
            if note:
                errors.report(errors.ExpectedError(note), self)
        except (locking.LockBusy, storage.PlaybookSaveError) as exc:
            errors.report(
                errors.ExpectedError(
                    translate("SyncMergeDialog", "The merged spoke could not be saved: {exc}").format(exc=exc)
                ),
                self,
            )
            return False
        return True

    def _save_then_move_aside(self) -> None:
        """The copy goes aside only once the merged playbook is saved: now, if the user saves
        now, or at the first save that still holds the merge. Unsaved (discarded, a crash), the
        copy stays where it was and is offered again."""
        parent = self.parentWidget()
        if self.session is None:
            return
        answer = dialogs.current().yes_no(
            parent,
            translate("SyncMergeDialog", "Save the merged playbook"),
            translate(
                "SyncMergeDialog",
                "The copy is merged into the open playbook. Save it now? {name} is moved aside only once the merge is saved; until then it stays where it is.",
            ).format(name=Path(self.copy.path).name),
            translate("SyncMergeDialog", "Save now"),
            translate("SyncMergeDialog", "Later"),
        )
        if answer is Answer.YES and self.session.save():
            offer_move_aside(parent, self.copy.path)
            return
        _MoveAsideOnSave(self.session, self.document, self._command, self.path, self.copy.path, parent)


class _MoveAsideOnSave(QObject):
    """Offers to move a merged conflict copy aside at the first save of the playbook that still
    holds the merge (not undone); gone with the session's file, so a discarded merge leaves the
    copy in place."""

    def __init__(
        self, session: FileSession, document: Document, command: QUndoCommand, path: str, copy: str, parent: Any
    ) -> None:
        super().__init__(session)
        self.session = session
        self.document = document
        self.command = command
        self.path = path
        self.copy = copy
        self.window = parent
        session.saved.connect(self._on_session_saved)
        document.destroyed.connect(self.deleteLater)

    def _on_session_saved(self, path: str) -> None:
        if path != self.path:
            return
        stack = self.document.undo_stack
        if not any(stack.command(i) is self.command for i in range(stack.index())):
            return  # the merge was undone: what was saved does not hold it
        self.deleteLater()
        self.session.saved.disconnect(self._on_session_saved)
        offer_move_aside(self.window, self.copy)


def offer_move_aside(parent: QWidget | None, copy: str) -> None:
    """Ask to move the merged conflict copy ``copy`` into the ``conflicts`` folder beside it."""
    from playbooks.audit.copies import CONFLICTS_FOLDER, move_aside

    answer = dialogs.current().yes_no(
        parent,
        translate("SyncMergeDialog", "Move the conflict copy aside"),
        translate(
            "SyncMergeDialog",
            "Move {name} into the '{CONFLICTS_FOLDER}' folder beside the playbook? It is kept there, not deleted.",
        ).format(name=Path(copy).name, CONFLICTS_FOLDER=CONFLICTS_FOLDER),
        translate("SyncMergeDialog", "Move it"),
        translate("SyncMergeDialog", "Leave it"),
    )
    if answer is not Answer.YES:
        return
    try:
        move_aside(copy)
    except OSError as exc:
        errors.report(
            errors.ExpectedError(
                translate("SyncMergeDialog", "{copy}: could not be moved ({value})").format(
                    copy=copy, value=exc.strerror or exc
                )
            ),
            parent,
        )
