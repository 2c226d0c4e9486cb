"""One field's value edited on its own, with the very editor the forms give that field.

The tailoring view asks a regional manager for the region's value of one field. It must offer
what the form of that field offers (a number box with the field's limits, options by their
labels, a date editor, a section as a form, a list of items as a table, people by name) and
refuse at the field, at once, what the format refuses, in the words ``charter validate`` uses.
:class:`ValueEditor` does so by binding :func:`ui.forms.form.create_editor` to a scratch
:class:`~ui.document.Document` over the playbook the value belongs to (the region's effective
playbook): the playbook is a value, so nothing is copied, and nothing reaches the open file.
What the value then does to the playbook (a lock it would loosen) is the caller's to ask the
domain, and :meth:`ValueEditor.show_refusal` shows the answer at the same place.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from playbooks.format import paths as fieldpath
from playbooks.format.model import Playbook
from ui.document import Document
from ui.forms.factory import FieldEditor
from ui.forms.form import create_editor


class ValueEditor(QWidget):
    """The value of the field at ``path`` of ``playbook``, edited apart from any open document.

    Signals:
        value_changed(object): the field holds a new value the format accepts (a model value).
    """

    value_changed = Signal(object)

    def __init__(self, playbook: Playbook, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("valueEditor")
        self.path = path
        self.document = Document(playbook, parent=self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.editor = create_editor(self.document, path, fieldpath.field_info(playbook, path), self)
        layout.addWidget(self.editor)
        self.refusal = QLabel(self)
        self.refusal.setObjectName("valueRefusal")
        self.refusal.setProperty("role", "error")
        self.refusal.setWordWrap(True)
        self.refusal.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.refusal.setVisible(False)
        layout.addWidget(self.refusal)
        # Ctrl+Z in the field undoes the last entry here (the scratch document's own history)
        for action, keys in (
            (self.document.undo_stack.createUndoAction(self), QKeySequence.StandardKey.Undo),
            (self.document.undo_stack.createRedoAction(self), QKeySequence.StandardKey.Redo),
        ):
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.document.changed.connect(self._on_document_changed)

    # ---- Public API

    def value(self) -> Any:
        """The value the field holds now (the format accepted it)."""
        return self.document.get(self.path)

    @property
    def input(self) -> QWidget:
        """The widget that takes the value: a field's input (spin box, combo box, ...), or the
        group or table of a section or list."""
        return self.editor.input if isinstance(self.editor, FieldEditor) else self.editor

    def show_refusal(self, reason: str) -> None:
        """Show at the field why its value would be refused (a decision made elsewhere)."""
        self.refusal.setText(reason)
        self.refusal.setVisible(True)
        self.refusal.setAccessibleName(reason)

    def clear_refusal(self) -> None:
        self.refusal.setVisible(False)
        self.refusal.clear()

    # ---- Private

    def _on_document_changed(self, _change: object) -> None:
        self.value_changed.emit(self.value())
