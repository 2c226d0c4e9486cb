"""One open playbook: the model, its file, and the undo stack every change goes through.

Extension points (issue 7 builds its dialogs on these):

* :meth:`Document.set_field` sets any field by path (``"channels.accounts[2].owner"``);
  the value is validated first and a refused value raises :class:`FieldRejected` with
  pydantic's reason. :meth:`insert_item`, :meth:`remove_item`, :meth:`move_item` change lists.
* :meth:`macro` groups several changes into one undo step (e.g. a sign-off that also sets
  the lifecycle status).
* Signals: ``changed(Change)`` after every change (and ``Change('reset')`` when the whole
  playbook is replaced), ``modified_changed(bool)``, ``path_changed(str)``,
  ``read_only_changed(bool)``.
* :attr:`playbook` is an immutable snapshot: pass it to worker threads as is.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from playbooks.format import paths as fieldpath
from playbooks.format.messages import one_line
from playbooks.format.model import Playbook
from playbooks.format.paths import FieldRejected
from playbooks.io import storage
from ui.i18n import translate
from ui.undo import Change, InsertItemCommand, MoveItemCommand, RemoveItemCommand, SetFieldCommand

if TYPE_CHECKING:
    from playbooks.tailoring.resolve import Resolution

__all__ = ["Change", "Document", "FieldRejected"]


class Document(QObject):
    """A playbook being edited.

    Signals:
        changed(Change): the playbook changed (after the change is in place).
        modified_changed(bool): unsaved changes appeared or disappeared.
        path_changed(str): the file name changed (Save As); '' for a new playbook.
        read_only_changed(bool): the document became read-only or editable.
    """

    changed = Signal(object)
    modified_changed = Signal(bool)
    path_changed = Signal(str)
    read_only_changed = Signal(bool)

    def __init__(
        self,
        playbook: Playbook,
        path: str | Path | None = None,
        *,
        read_only: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._playbook = playbook
        self._path = "" if path is None else str(Path(path).resolve())
        self._read_only = read_only
        #: For a spoke shown read-only: path -> where its value comes from ("Inherited from the hub").
        self.origin: Callable[[str], str] | None = None
        #: For a spoke shown read-only: the spoke as read and resolved (the problems panel reports
        #: its findings from it, without reading the files again).
        self.resolution: Resolution | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_undo_stack_clean_changed)

    # ---- Public API

    @property
    def playbook(self) -> Playbook:
        """The current playbook. Never mutate it; it is safe to share with other threads."""
        return self._playbook

    @property
    def path(self) -> str:
        """The absolute file path, or '' for a playbook never saved."""
        return self._path

    @property
    def read_only(self) -> bool:
        return self._read_only

    def set_read_only(self, value: bool) -> None:
        if value != self._read_only:
            self._read_only = value
            self.read_only_changed.emit(value)

    @property
    def is_modified(self) -> bool:
        """Whether there are unsaved changes (the undo stack is not at its clean index)."""
        return not self.undo_stack.isClean()

    def display_name(self) -> str:
        """The file name, or 'Untitled' for a new playbook: one line, its control, bidi and
        undecodable characters escaped (a name must not spoof another in a title or a menu)."""
        return one_line(Path(self._path).name) if self._path else translate("Document", "Untitled")

    def display_path(self) -> str:
        """The file's whole path as :meth:`display_name` shows its name, or 'Untitled (not saved yet)'."""
        return one_line(self._path) if self._path else translate("Document", "Untitled (not saved yet)")

    def get(self, path: str) -> Any:
        """The value at a field path."""
        return fieldpath.get(self._playbook, path)

    def exists(self, path: str) -> bool:
        return fieldpath.exists(self._playbook, path)

    def set_field(self, path: str, value: Any, *, merge_key: object | None = None) -> None:
        """Set the field at ``path`` through an undoable command.

        Raises :class:`FieldRejected` (with pydantic's reason) and changes nothing when the
        value is refused. Pushes nothing when the value is unchanged. Commands with the same
        ``merge_key`` for the same path merge into one undo step (typing in a field).
        """
        self._check_writable(path)
        if fieldpath.get(self._playbook, path) == value:
            return
        label = self._label(path)
        command = SetFieldCommand(self, path, value, label, merge_key)
        if command.value == fieldpath.get(self._playbook, path):
            return
        self.undo_stack.push(command)

    def insert_item(self, list_path: str, index: int | None = None, item: Any = None) -> int:
        """Insert ``item`` (a new blank one when None) into a list; returns its row."""
        self._check_writable(list_path)
        items = self.get(list_path)
        index = len(items) if index is None else max(0, min(index, len(items)))
        if item is None:
            item = fieldpath.new_item(self._playbook, list_path)
        self.undo_stack.push(
            InsertItemCommand(
                self,
                list_path,
                index,
                item,
                translate("Document", "Add to {label}").format(label=self._label(list_path)),
            )
        )
        return index

    def duplicate_item(self, list_path: str, index: int) -> int:
        """Insert a copy of item ``index`` below it (with a fresh id); returns its row."""
        self._check_writable(list_path)
        original = self.get(list_path)[index]
        copy = original
        if hasattr(original, "model_fields") and "id" in type(original).model_fields:
            fresh: Any = fieldpath.new_item(self._playbook, list_path)
            copy = original.model_copy(update={"id": fresh.id})
        self.undo_stack.push(
            InsertItemCommand(
                self,
                list_path,
                index + 1,
                copy,
                translate("Document", "Duplicate in {label}").format(label=self._label(list_path)),
            )
        )
        return index + 1

    def remove_item(self, list_path: str, index: int) -> None:
        """Remove item ``index``; refused (FieldRejected) while other items refer to it."""
        self._check_writable(list_path)
        users = fieldpath.references_into(self._playbook, list_path, index)
        if users:
            from playbooks.format.identity import Names

            names = Names(self._playbook)
            shown = "; ".join(names.place(p) for p in users[:4]) + (
                translate("Document", " and %n more", None, len(users) - 4) if len(users) > 4 else ""
            )
            raise FieldRejected(
                f"{list_path}[{index}]",
                translate("Document", "It is still referred to by {places}; change those first").format(places=shown),
            )
        self.undo_stack.push(
            RemoveItemCommand(
                self,
                list_path,
                index,
                translate("Document", "Delete from {label}").format(label=self._label(list_path)),
            )
        )

    def move_item(self, list_path: str, source: int, destination: int) -> None:
        """Move item ``source`` to row ``destination`` of its list."""
        self._check_writable(list_path)
        if source == destination:
            return
        self.undo_stack.push(
            MoveItemCommand(
                self,
                list_path,
                source,
                destination,
                translate("Document", "Move in {label}").format(label=self._label(list_path)),
            )
        )

    @contextlib.contextmanager
    def macro(self, text: str) -> Iterator[None]:
        """Group the changes made inside the ``with`` block into one undo step."""
        self.undo_stack.beginMacro(text)
        try:
            yield
        finally:
            self.undo_stack.endMacro()

    def replace_playbook(self, playbook: Playbook, *, keep_history: bool = False) -> None:
        """Replace the whole playbook (revert, reload from disk). Clears the history unless asked."""
        if not keep_history:
            self.undo_stack.clear()
        self._apply(playbook, Change("reset"))
        self.undo_stack.setClean()

    def save(self, path: str | Path | None = None, *, guard: storage.WriteGuard | None = None) -> str:
        """Save atomically to ``path`` (or the current file); the document becomes clean.

        Raises :class:`playbooks.io.storage.PlaybookSaveError` when the file could not be written;
        ``guard`` and the line returned: see :func:`playbooks.io.storage.atomic_write`.
        """
        target = Path(path) if path is not None else Path(self._path)
        if not str(target) or str(target) == ".":
            raise ValueError("the document has no file name yet")
        # a save under a new name keeps the comment block the playbook's file starts with; a merge's
        # conflict lines go (the editor listed them when it opened the file, and the user decided)
        note = storage.save(self._playbook, target, comments_from=self._path or None, merge_notes=False, guard=guard)
        self.undo_stack.setClean()
        resolved = str(target.resolve())
        if resolved != self._path:
            self._path = resolved
            self.path_changed.emit(resolved)
        return note

    # ---- Private

    def _on_undo_stack_clean_changed(self, clean: bool) -> None:
        self.modified_changed.emit(not clean)

    def _apply(self, playbook: Playbook, change: Change) -> None:
        """Install a new root and announce it (called by the commands only)."""
        self._playbook = playbook
        self.changed.emit(change)

    def _check_writable(self, path: str) -> None:
        if self._read_only:
            raise FieldRejected(path, translate("Document", "The playbook is open read-only"))

    def _label(self, path: str) -> str:
        try:
            info = fieldpath.field_info(self._playbook, path)
        except (KeyError, IndexError, ValueError, TypeError):
            return path
        return str(info.title or path.rsplit(".", 1)[-1])
