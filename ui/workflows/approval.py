"""The approval indicator: "Approved by ... on ...", "Changed since approval" or "Not approved".

Kept apart from the sign-off dialogs (:mod:`ui.workflows.signoff`) and free of domain imports
at module level: the main window builds it before the playbook model is imported.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QMetaObject, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel

from ui import workers
from ui.i18n import translate

if TYPE_CHECKING:
    from playbooks.audit.signoff import ApprovalState
    from playbooks.format.model import Playbook
    from ui.document import Document

#: After an edit, the approval state is worked out in a worker once working it out took longer
#: than this (seconds, the longest the GUI thread may be busy): it fingerprints the whole
#: content, ~1 ms for the example hub but 0.3-1 s for 20,000 rules, which blocked the GUI thread
#: on every keystroke in a large signed-off playbook (issue 22).
IN_WORKER_AFTER = 0.05


class ApprovalIndicator(QObject):
    """Keeps the approval wording current for one document.

    Signals:
        state_changed(object): the :class:`ApprovalState` after a change (or an undo); None when
            the document was closed.
    """

    state_changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document: Document | None = None
        self._connection: QMetaObject.Connection | None = None
        self._state: ApprovalState | None = None
        #: the snapshot ``_state`` is of (None: no document, or not worked out yet)
        self._of: Playbook | None = None
        #: how long working out the state took the last time (seconds)
        self._took = 0.0
        self._job: workers.Job | None = None

    def set_document(self, document: Document | None) -> None:
        if self._connection is not None:
            # a connection object, not the slot: harmless when the old document is already gone
            QObject.disconnect(self._connection)
            self._connection = None
        self.document = document
        if document is not None:
            self._connection = document.changed.connect(self._on_document_changed)
        self._on_document_changed(None)

    @property
    def state(self) -> ApprovalState:
        """The current document's approval state (not approved when no document is shown); worked
        out now when a worker is still working it out for the current content."""
        document = self.document
        if document is not None and self._of is not document.playbook:
            self._work_out(document.playbook)
        if self._state is None:
            from playbooks.audit.signoff import ApprovalState

            self._state = ApprovalState(False, False)
        return self._state

    def _work_out(self, playbook: Playbook) -> None:
        from playbooks.audit.signoff import approval_state

        started = time.perf_counter()
        self._state, self._of = approval_state(playbook), playbook
        self._took = time.perf_counter() - started

    def _on_document_changed(self, change: object) -> None:
        document = self.document
        if document is None:
            # no model import for an empty window (start-up paints before the domain is loaded)
            self._state = self._of = None
            self.state_changed.emit(None)
            return
        if change is None or self._took <= IN_WORKER_AFTER:
            self._work_out(document.playbook)
            self.state_changed.emit(self._state)
        elif self._job is None:  # else the running one starts the next when it ends
            self._start(document.playbook)

    def _start(self, playbook: Playbook) -> None:
        from playbooks.audit.signoff import approval_state

        started = time.perf_counter()

        def done(state: ApprovalState) -> None:
            self._job = None
            document = self.document
            if document is None:
                return
            if document.playbook is not playbook:  # edited meanwhile: that content is worked out next
                self._start(document.playbook)
                return
            self._state, self._of, self._took = state, playbook, time.perf_counter() - started
            self.state_changed.emit(state)

        def failed(error: BaseException) -> None:
            self._job = None
            from ui import errors

            errors.report(error, None, "working out whether the content is the approved one")

        self._job = workers.start(approval_state, playbook, on_done=done, on_error=failed, receiver=self)


def style_label(widget: QLabel, state: ApprovalState) -> None:
    """Word and colour the approval state on a label (green approved, amber changed, grey none).
    Plain text: it names the approver as the file has it, never markup that loads a file."""
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setText(state.describe())
    colour = "#1e7d32" if state.approved and state.current else "#a15c00" if state.approved else "#666666"
    widget.setStyleSheet(f"color: {colour}; font-weight: 600;")
    widget.setToolTip(
        translate("Approval", "The content matches what was approved.")
        if state.approved and state.current
        else translate("Approval", "The content changed after the last approving sign-off; it needs a new sign-off.")
        if state.approved
        else translate("Approval", "No approving sign-off has been recorded.")
    )
