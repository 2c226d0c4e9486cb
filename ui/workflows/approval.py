"""The approval indicator: "Approved by ... on ...", "Changed since approval" or "Not approved".

Kept apart from the sign-off dialogs (:mod:`ui.workflows.signoff`) and free of domain imports
at module level: the main window builds it before the playbook model is imported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QMetaObject, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel

from ui.i18n import translate

if TYPE_CHECKING:
    from playbooks.audit.signoff import ApprovalState
    from ui.document import Document


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
        """The current document's approval state (not approved when no document is shown)."""
        if self._state is None:
            from playbooks.audit.signoff import ApprovalState

            self._state = ApprovalState(False, False)
        return self._state

    def _on_document_changed(self, _change: object) -> None:
        document = self.document
        if document is None:
            # no model import for an empty window (start-up paints before the domain is loaded)
            self._state = None
            self.state_changed.emit(None)
            return
        from playbooks.audit.signoff import approval_state

        self._state = approval_state(document.playbook)
        self.state_changed.emit(self._state)


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
