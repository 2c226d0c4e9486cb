"""The undoable commands: every change to a document goes through one of these.

A document's playbook is a persistent value (see :mod:`playbooks.format.paths`): each command
keeps the root before and after, so undo and redo are exact and cheap, and an old root can
be handed to a worker thread without copying. Values are validated before a command is
built; a command that exists is always valid.

Signals of the document tell listeners precisely what changed (:class:`Change`), so item
models can call ``beginInsertRows`` and the like instead of resetting.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from playbooks.format import paths as fieldpath
from playbooks.format.model import Playbook
from ui.i18n import translate

if TYPE_CHECKING:
    from ui.document import Document

SET_FIELD_ID = 1001


@dataclass(frozen=True)
class Change:
    """What a command did: ``kind`` is set, insert, remove, move or reset.

    ``path`` is the field path for set, the list path otherwise; ``index``/``to`` are row
    numbers for list changes.
    """

    kind: str
    path: str = ""
    index: int = -1
    to: int = -1

    def touches(self, prefix: str) -> bool:
        """Whether the change is at ``prefix`` or inside it, or replaces something containing it."""
        if self.kind == "reset":
            return True
        inside = self.path == prefix or self.path.startswith((prefix + ".", prefix + "["))
        around = prefix.startswith((self.path + ".", self.path + "["))
        return inside or around


class PlaybookCommand(QUndoCommand):
    """A change from one root to another, with the change to announce each way."""

    def __init__(
        self, document: Document, text: str, before: Playbook, after: Playbook, forward: Change, backward: Change
    ) -> None:
        super().__init__(text)
        self.document = document
        self.before = before
        self.after = after
        self.forward = forward
        self.backward = backward

    def redo(self) -> None:
        self.document._apply(self.after, self.forward)

    def undo(self) -> None:
        self.document._apply(self.before, self.backward)


class SetFieldCommand(PlaybookCommand):
    """Set one field by path. Consecutive edits of the same field in one session merge."""

    def __init__(self, document: Document, path: str, value: Any, label: str, merge_key: object | None = None) -> None:
        before = document.playbook
        after, validated = fieldpath.replace_at(before, path, value)
        change = Change("set", path)
        super().__init__(
            document, translate("Document", "Change {label}").format(label=label), before, after, change, change
        )
        self.path = path
        self.value = validated
        self.merge_key = merge_key

    def id(self) -> int:
        return SET_FIELD_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetFieldCommand) or self.merge_key is None:
            return False
        if other.path != self.path or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        self.value = other.value
        # typing back to the original value leaves nothing to undo
        self.setObsolete(fieldpath.get(self.before, self.path) == self.value)
        return True


class InsertItemCommand(PlaybookCommand):
    """Insert an item into a list (add, duplicate, paste)."""

    def __init__(self, document: Document, list_path: str, index: int, item: Any, text: str) -> None:
        before = document.playbook
        after = fieldpath.insert_item(before, list_path, index, item)
        super().__init__(
            document, text, before, after, Change("insert", list_path, index), Change("remove", list_path, index)
        )


class RemoveItemCommand(PlaybookCommand):
    """Remove an item from a list."""

    def __init__(self, document: Document, list_path: str, index: int, text: str) -> None:
        before = document.playbook
        after, _ = fieldpath.remove_item(before, list_path, index)
        super().__init__(
            document, text, before, after, Change("remove", list_path, index), Change("insert", list_path, index)
        )


class MoveItemCommand(PlaybookCommand):
    """Move an item within its list (move up/down, drag and drop)."""

    def __init__(self, document: Document, list_path: str, source: int, destination: int, text: str) -> None:
        before = document.playbook
        after = fieldpath.move_item(before, list_path, source, destination)
        super().__init__(
            document,
            text,
            before,
            after,
            Change("move", list_path, source, destination),
            Change("move", list_path, destination, source),
        )
