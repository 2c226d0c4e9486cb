"""The file session of a window: a playbook file from opening to closing.

:class:`FileSession` opens (in a worker, through :func:`playbooks.tailoring.reader.read_playbook`),
saves, saves as, reverts and closes; it holds the lock file on the open playbook and refreshes
it, watches the file for changes made outside Charter, and keeps unsaved changes in the
recovery area (autosave) until they are saved or discarded. The window shows documents
(:meth:`ui.mainwindow.MainWindow.install`); the session decides which, and when.

Hooks for the window and the workflows (``window.files``):

* signals ``opened(str)`` (a file finished loading and is shown) and ``saved(str)``;
* :meth:`FileSession.open_path`, :meth:`FileSession.maybe_save`, and
  :meth:`FileSession.reopen` after Charter itself wrote the open file (the tailoring view).
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog

from ui import dialogs, errors, settings, workers
from ui.dialogs import Answer
from ui.i18n import translate

# The domain (the model, storage, locking: ~0.5 s of imports) is imported where it is used: the
# window, and this session with it, is built before its first paint (issue 8, start-up time).
if TYPE_CHECKING:
    from playbooks.audit.copies import ConflictCopy
    from playbooks.format.model import Playbook
    from playbooks.io import locking
    from playbooks.io.recovery import RecoveryArea, RecoveryEntry
    from playbooks.tailoring.resolve import Resolution
    from ui.document import Document
    from ui.mainwindow import MainWindow


#: How long a save waits for a command that is writing the same file (a sign-off takes well under a second).
SAVE_LOCK_WAIT_SECONDS = 3.0


def recovery_folder() -> Path:
    """The recovery area in the user's data folder."""
    return settings.data_folder() / "recovery"


def _has_recovery_files(folder: Path) -> bool:
    """Whether ``folder`` holds anything named like a recovery copy (playbooks.io.recovery.SUFFIX)."""
    try:
        return any(folder.glob("*.recovery.json"))
    except OSError:
        return False


@dataclass
class Loaded:
    """What a worker read from disk: a playbook, and how it must be shown.

    ``spoke_of``: for a spoke, its hub file; ``resolution``: for a spoke, where each effective
    value comes from. (A hub's spokes beside it are looked for by the window, after the first
    paint of the hub: see :meth:`ui.mainwindow.MainWindow.install`.)
    """

    path: str
    playbook: Playbook
    digest: str
    spoke_of: str = ""
    resolution: Resolution | None = None
    #: sync clients' conflict copies of the file beside it (see :mod:`playbooks.audit.copies`)
    copies: list[ConflictCopy] = field(default_factory=list)
    #: the unresolved conflicts a merge listed at the top of the file: (line, conflict)
    merge_notes: list[tuple[int, str]] = field(default_factory=list)
    #: whether the file is in a git work tree (its earlier versions can be compared with)
    in_git: bool = False


def load_for_editor(path: str, *, look_around: bool = True) -> Loaded:
    """Read a playbook (or a spoke's effective playbook) for the editor; runs in a worker.

    The file is read once (:func:`~playbooks.tailoring.reader.read_playbook`: its size, type and
    encoding are checked before its content is read, so a fifo or a huge file is refused).
    ``look_around``: also look for the file's sync conflict copies beside it. A hub's spokes are
    not looked for here: that reads every playbook in the folder (other hubs of many megabytes
    too), and the window does it in a worker once the hub is shown (issue 22)."""
    from playbooks.audit.copies import conflict_copies
    from playbooks.io import git
    from playbooks.io.mergenotes import notes_in
    from playbooks.io.storage import read_source
    from playbooks.tailoring.reader import parse_playbook
    from ui import startup

    startup.end()  # the domain is imported: the start-up pause of the cycle collector ends here
    source = read_source(Path(path))  # read once: the playbook, and the conflicts a merge listed at its top
    read = parse_playbook(source)
    notes = notes_in(source.text)
    copies = conflict_copies(path) if look_around else []
    in_git = git.work_tree(path) is not None
    if read.resolution is not None:
        if read.playbook is None:
            raise errors.ExpectedError(
                translate("FileSession", "{path}: this spoke cannot be shown: {unresolved_reason}").format(
                    path=path, unresolved_reason=read.unresolved_reason()
                )
            )
        return Loaded(
            path,
            read.playbook,
            read.digest,
            read.resolution.hub_file,
            read.resolution,
            copies=copies,
            merge_notes=notes,
            in_git=in_git,
        )
    assert read.playbook is not None  # a hub that could not be read raised instead
    return Loaded(path, read.playbook, read.digest, copies=copies, merge_notes=notes, in_git=in_git)


class FileSession(QObject):
    """The open playbook's file, lock, watcher and recovery copy, for one window.

    Signals:
        opened(str): a file finished loading and is shown.
        saved(str): the document was saved to this file.
        conflict_copies_found(str, list): the file just opened has sync conflict copies beside
            it (a list of :class:`~playbooks.audit.copies.ConflictCopy`).
        merge_notes_found(str, list): the file just opened starts with the unresolved conflicts
            of a merge ((line, conflict) pairs).
    """

    opened = Signal(str)
    saved = Signal(str)
    conflict_copies_found = Signal(str, list)
    merge_notes_found = Signal(str, list)

    def __init__(self, window: MainWindow, *, recovery: RecoveryArea | None = None) -> None:
        super().__init__(window)
        self.window = window
        #: this run's part of recovery copy names (two windows on one file keep separate copies)
        self.key = os.urandom(6).hex()
        self._recovery = recovery
        self._lock: locking.PlaybookLock | None = None
        self._document: Document | None = None
        #: the digest of the file as this session last read or wrote it ('' for none)
        self._disk_digest = ""
        self._external_pending = False
        self._loading: workers.Job | None = None
        #: whether the open file is in a git work tree (found while it was read, never on the GUI thread)
        self.in_git = False
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._on_watcher_file_changed)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.timeout.connect(self.autosave_now)
        self.lock_timer = QTimer(self)  # runs while a lock is held (see lock)
        self.lock_timer.timeout.connect(self._on_lock_timer)

    # ------------------------------------------------------------------ state

    @property
    def disk_digest(self) -> str:
        """The digest of the open file as this session last read or wrote it ('' for none): what
        the open document says is what the file held then."""
        return self._disk_digest

    @property
    def lock(self) -> locking.PlaybookLock | None:
        """The lock this window holds on its file (None: none); refreshed while held."""
        return self._lock

    @lock.setter
    def lock(self, lock: locking.PlaybookLock | None) -> None:
        self._lock = lock
        if lock is None:
            self.lock_timer.stop()
            return
        from playbooks.io import locking

        self.lock_timer.start(int(locking.REFRESH_EVERY.total_seconds() * 1000))

    @property
    def recovery(self) -> RecoveryArea:
        """The recovery area (created on first use: it needs the model)."""
        if self._recovery is None:
            from playbooks.io.recovery import RecoveryArea

            self._recovery = RecoveryArea(recovery_folder())
        return self._recovery

    def track(self, document: Document | None, *, digest: str = "") -> None:
        """Follow ``document``, which the window now shows: the previous file's lock is released,
        the new file is watched, ``digest`` is what its file holds (see :func:`load_for_editor`),
        and its changes are kept in the recovery area."""
        if self._document is not None:
            self._document.changed.disconnect(self._on_document_changed)
            self._document.path_changed.disconnect(self._on_document_path_changed)
        self.release_lock()
        self._watch("")
        self._document = document
        self._disk_digest = digest
        if document is None:
            return
        document.changed.connect(self._on_document_changed)
        document.path_changed.connect(self._on_document_path_changed)
        self._watch(document.path)

    def release_lock(self) -> None:
        """Give up the lock on the open file (closing it, or the window)."""
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def wait_loaded(self) -> bool:
        """Whether no file is being loaded (tests wait on this)."""
        return self._loading is None

    # ------------------------------------------------------------------ opening

    def open_dialog(self) -> None:
        """Ask for a playbook file and open it."""
        document = self.window.document
        folder = str(Path(document.path).parent) if document and document.path else ""
        path = dialogs.current().open_file(self.window, folder)
        if path:
            self.open_path(path)

    def open_path(self, path: str, *, ask: bool = True, progress_dialog: bool = True) -> None:
        """Open a playbook file (after asking about unsaved changes); loading runs in a worker.

        ``progress_dialog=False`` (start-up): the status bar says "Opening ...", no dialog pops up.
        """
        if ask and not self.maybe_save():
            return
        path = str(Path(path).resolve())
        window = self.window
        progress: QProgressDialog | None = None
        if progress_dialog:
            progress = QProgressDialog(
                translate("FileSession", "Opening {name}...").format(name=Path(path).name),
                translate("FileSession", "Cancel"),
                0,
                0,
                window,
            )
            progress.setWindowTitle(translate("FileSession", "Charter"))
            progress.setMinimumDuration(400)
            progress.setAutoClose(True)
        else:
            window.show_opening(path)
        started = time.perf_counter()

        def done(result: Loaded) -> None:
            if progress is not None:
                progress.reset()
            self._loading = None
            self._finish_open(result)
            window.statusBar().showMessage(
                translate("FileSession", "Opened in {value:.0f} ms").format(
                    value=(time.perf_counter() - started) * 1000
                ),
                4000,
            )

        def failed(error: BaseException) -> None:
            from playbooks.io import storage

            if progress is not None:
                progress.reset()
            self._loading = None
            window.statusBar().clearMessage()
            if window.document is None:
                window.show_welcome()  # the empty frame of show_opening() goes
                window.build_panels()  # at start-up they wait for the content, which will not come
            if isinstance(error, storage.PlaybookLoadError):
                if error.kind == "read":
                    settings.remove_recent_file(path)
                message = str(error)
                if isinstance(error, storage.NewerSchemaError):
                    message = translate(
                        "FileSession",
                        "{name} was written by a newer version of Charter and cannot be opened here.\n\n{error}",
                    ).format(name=Path(path).name, error=error)
                elif len(error.issues) > 1:
                    message += translate(
                        "FileSession", "\n\n(and {value} more problems; run 'charter validate' for all)"
                    ).format(value=len(error.issues) - 1)
                errors.report(errors.ExpectedError(message), window)
            else:
                errors.report(error, window, translate("FileSession", "opening {path}").format(path=path))

        job = workers.start(load_for_editor, path, on_done=done, on_error=failed, receiver=self)
        self._loading = job
        if progress is not None:
            progress.canceled.connect(job.token.cancel)

    def reopen(self, path: str) -> None:
        """Show the open file as it is now after Charter itself wrote it (the tailoring view saved
        the spoke): no "changed on disk?" question, no question about unsaved changes."""
        from playbooks.io.storage import file_digest

        document = self.window.document
        if document is None or document.path != path:
            return
        self._disk_digest = file_digest(path)  # our own write: the watcher must not ask about it
        self.open_path(path, ask=False)

    def _finish_open(self, loaded: Loaded) -> None:
        from playbooks.format.messages import one_line
        from playbooks.io import locking
        from ui.document import Document

        read_only = bool(loaded.spoke_of)
        lock: locking.PlaybookLock | None = None
        if not read_only:
            held = locking.acquire(loaded.path)
            if isinstance(held, locking.Held):
                name = one_line(Path(loaded.path).name)
                if held.other.damaged:
                    why = translate(
                        "FileSession",
                        "{name} has a damaged lock file ({damaged}) that Charter cannot remove: {one_line}. Remove it by hand to save changes.\n\nOpen it read-only, or edit it anyway?",
                    ).format(
                        name=name, damaged=held.other.damaged, one_line=one_line(str(locking.lock_path(loaded.path)))
                    )
                else:
                    why = translate(
                        "FileSession",
                        "{name} is already open in Charter by {describe}.\n\nOpen it read-only, or edit it anyway (changes saved by both will overwrite each other)?",
                    ).format(name=name, describe=held.other.describe())
                choice = dialogs.current().choose(
                    self.window,
                    translate("FileSession", "Playbook in use"),
                    why,
                    [translate("FileSession", "Open read-only"), translate("FileSession", "Edit anyway")],
                )
                if choice < 0:
                    return
                if choice == 0:
                    read_only = True
                else:
                    forced = locking.acquire(loaded.path, force=True)
                    lock = forced if isinstance(forced, locking.PlaybookLock) else None
            else:
                lock = held
        document = Document(loaded.playbook, loaded.path, read_only=read_only)
        if loaded.resolution is not None:
            document.origin = loaded.resolution.describe_origin
            document.resolution = loaded.resolution
        self.window.install(document, digest=loaded.digest, spoke_of=loaded.spoke_of)
        self.in_git = loaded.in_git
        self.lock = lock
        settings.add_recent_file(loaded.path)
        settings.set_last_file(loaded.path)
        self.opened.emit(loaded.path)
        if loaded.merge_notes:
            self.merge_notes_found.emit(loaded.path, loaded.merge_notes)
        if loaded.copies:
            self.conflict_copies_found.emit(loaded.path, loaded.copies)

    def new_from_starter(self, name: str = "") -> None:
        """A new, untitled playbook from a starter (asked for when ``name`` is empty)."""
        from playbooks.io import storage
        from playbooks.starters import STARTERS, load_starter, starter_title
        from ui.document import Document
        from ui.site import default_starter

        if not self.maybe_save():
            return
        names = list(STARTERS)
        if not name:
            index = dialogs.current().pick(
                self.window,
                translate("FileSession", "New playbook"),
                translate("FileSession", "Start from a starter (you can change everything afterwards):"),
                [f"{starter_title(n)}: {d}" for n, d in STARTERS.items()],
                names.index(default_starter()),
            )
            if index < 0:
                return
            name = names[index]
        try:
            playbook = load_starter(name)
        except (KeyError, OSError, storage.PlaybookLoadError) as exc:
            errors.report(
                errors.ExpectedError(
                    translate("FileSession", "The starter '{name}' cannot be loaded: {exc}").format(name=name, exc=exc)
                ),
                self.window,
            )
            return
        self.window.install(Document(playbook))
        self.window.show_todo(
            translate("FileSession", "the {starter_title} starter").format(starter_title=starter_title(name))
        )
        self.window.statusBar().showMessage(
            translate("FileSession", "New playbook from the {starter_title} starter").format(
                starter_title=starter_title(name)
            ),
            4000,
        )

    # ------------------------------------------------------------------ saving

    def save(self) -> bool:
        """Save to the current file (Save As for a new playbook); False when not saved."""
        document = self.window.document
        if document is None:
            return False
        if document.read_only:
            errors.report(
                errors.ExpectedError(
                    translate("FileSession", "This playbook is open read-only; use Save As to keep a copy.")
                ),
                self.window,
            )
            return False
        if not document.path:
            return self.save_as()
        return self._save_to(document.path)

    def save_as(self) -> bool:
        """Save under a name the user chooses (locking that file); False when not saved."""
        from playbooks.io import storage

        document = self.window.document
        if document is None:
            return False
        suggested = document.path or str(Path.home() / f"{document.playbook.document.id}{storage.EXTENSION}")
        path = dialogs.current().save_file(self.window, suggested)
        if not path:
            return False
        if not path.endswith((".yaml", ".yml")):
            path += storage.EXTENSION
        old_key = self._recovery_key()
        if str(Path(path).resolve()) != document.path:
            from playbooks.io import locking

            held = locking.acquire(path)
            if isinstance(held, locking.Held):
                errors.report(
                    errors.ExpectedError(
                        translate(
                            "FileSession", "{name} is open in Charter by {describe}; choose another name."
                        ).format(name=Path(path).name, describe=held.other.describe())
                    ),
                    self.window,
                )
                return False
            self.release_lock()
            self.lock = held
        if not self._save_to(path):
            return False
        self.recovery.remove(old_key)
        document.set_read_only(False)
        return True

    def _save_to(self, path: str) -> bool:
        """Write the document to ``path`` under the file's lock (:func:`playbooks.io.locking.writing`,
        with the lock this window holds), after making sure, under the lock, that nobody else
        changed the file since it was read (else the user is asked). The save itself checks, right
        before it replaces the file, that it still holds what was compared and that the lock is
        still this window's; a write-protected or hard-linked file is replaced only once the user
        agrees."""
        from playbooks.io import locking, storage

        document = self.window.document
        assert document is not None
        same_file = bool(document.path) and str(Path(path).resolve()) == document.path
        accepted = self._disk_digest  # what the file may hold for this save to go ahead
        force = False
        note = ""
        if document.path:
            self.watcher.removePath(document.path)
        try:
            while True:
                try:
                    with locking.writing(path, held=self.lock, wait=SAVE_LOCK_WAIT_SECONDS) as lock:
                        now = storage.file_digest(path) if same_file else ""
                        if not now or not accepted or now == accepted:
                            guard = storage.WriteGuard(digest=now, holding=lock.still_held, force=force)
                            note = document.save(path, guard=guard)
                            break
                except storage.NeedsForce as exc:
                    if force or not self._save_anyway(path, exc.reason):
                        return False
                    force = True
                    continue
                # changed by someone else since it was read: ask, without holding the lock meanwhile
                if not self._replace_changed_file(path):
                    return False
                accepted = now
        except locking.LockBusy as exc:
            errors.report(
                errors.ExpectedError(
                    translate(
                        "FileSession", "{exc}. Your changes stay open here; Save As keeps them in another file."
                    ).format(exc=exc)
                ),
                self.window,
            )
            return False
        except storage.PlaybookSaveError as exc:
            errors.report(exc, self.window)
            return False
        except OSError as exc:
            errors.report(
                errors.ExpectedError(
                    translate("FileSession", "{path}: could not be saved ({value})").format(
                        path=path, value=exc.strerror or exc
                    )
                ),
                self.window,
            )
            return False
        finally:
            if document.path:
                self.watcher.addPath(document.path)
        self._disk_digest = storage.file_digest(document.path)
        self._keep_lock(document.path)
        self.recovery.remove(self._recovery_key())
        settings.add_recent_file(document.path)
        settings.set_last_file(document.path)
        if note:
            errors.report(errors.ExpectedError(note), self.window)
        self.window.statusBar().showMessage(
            translate("FileSession", "Saved {display_name}").format(display_name=document.display_name()), 4000
        )
        self.saved.emit(document.path)
        return True

    def _save_anyway(self, path: str, reason: str) -> bool:
        """Ask whether to save over a file that is write-protected or has other names (hard links)."""
        from playbooks.format.messages import one_line

        answer = dialogs.current().yes_no(
            self.window,
            translate("FileSession", "Save anyway?"),
            translate("FileSession", "{name} {reason}.\n\nSave your version all the same?").format(
                name=one_line(Path(path).name), reason=reason
            ),
            translate("FileSession", "Save anyway"),
            translate("FileSession", "Cancel"),
        )
        return answer is Answer.YES

    def _replace_changed_file(self, path: str) -> bool:
        """Ask whether to replace a file that someone else changed since this window read it."""
        answer = dialogs.current().yes_no(
            self.window,
            translate("FileSession", "File changed on disk"),
            translate(
                "FileSession",
                "{name} was changed outside this window since you opened it (a sign-off or another editor). Replace it with your version? The file as it is now is kept as .bak.",
            ).format(name=Path(path).name),
            translate("FileSession", "Replace"),
            translate("FileSession", "Cancel"),
        )
        return answer is Answer.YES

    def _keep_lock(self, path: str) -> None:
        """After a save: hold the file's lock again if this window lost it (someone cleared it as
        stale while this computer slept), so that others keep seeing the file as open here."""
        from playbooks.io import locking

        if self.lock is None or locking.held_by(self.lock) or not self.lock.written:
            return
        again = locking.acquire(path)
        if isinstance(again, locking.PlaybookLock):
            self.lock = again

    def revert(self) -> None:
        """Discard unsaved changes and reload the file from disk."""
        document = self.window.document
        if document is None or not document.path:
            return
        if document.is_modified:
            answer = dialogs.current().yes_no(
                self.window,
                translate("FileSession", "Revert"),
                translate("FileSession", "Discard your unsaved changes to {display_name}?").format(
                    display_name=document.display_name()
                ),
                translate("FileSession", "Discard"),
                translate("FileSession", "Keep"),
            )
            if answer is not Answer.YES:
                return
        self._reload_from_disk()

    def _reload_from_disk(self) -> None:
        """Read the file again in a worker (a large playbook takes seconds to read); the document
        takes the file's content once it is read, unless it was changed meanwhile."""
        window = self.window
        document = window.document
        assert document is not None
        path, edits = document.path, document.undo_stack.index()
        window.statusBar().showMessage(translate("FileSession", "Reloading {name}...").format(name=Path(path).name))

        def done(loaded: Loaded) -> None:
            self._loading = None
            window.statusBar().clearMessage()
            if window.document is not document or document.path != path:
                return  # closed, replaced or saved elsewhere while the file was read
            if document.undo_stack.index() != edits:
                errors.report(
                    errors.ExpectedError(
                        translate(
                            "FileSession",
                            "{name} was not reloaded: you changed the playbook while it was being read. Your version stays open; use File > Revert to Saved to reload it.",
                        ).format(name=Path(path).name)
                    ),
                    window,
                )
                return
            if loaded.resolution is not None:  # a spoke: where its values come from, and its findings
                document.origin = loaded.resolution.describe_origin
                document.resolution = loaded.resolution
            document.replace_playbook(loaded.playbook)  # the pages follow the document's change
            self._disk_digest = loaded.digest
            self.recovery.remove(self._recovery_key())
            window.statusBar().showMessage(
                translate("FileSession", "Reloaded {name}").format(name=Path(path).name), 4000
            )

        def failed(error: BaseException) -> None:
            self._loading = None
            window.statusBar().clearMessage()
            errors.report(
                error, window, translate("FileSession", "reloading {path}").format(path=path)
            )  # plain when expected, with details when not

        self._loading = workers.start(
            partial(load_for_editor, look_around=False), path, on_done=done, on_error=failed, receiver=self
        )

    def close_document(self) -> bool:
        """Close the playbook (asking about unsaved changes); False when cancelled."""
        if not self.maybe_save():
            return False
        self.window.install(None)
        settings.set_last_file(None)
        return True

    def maybe_save(self) -> bool:
        """Ask Save / Discard / Cancel when there are unsaved changes; False means cancel."""
        document = self.window.document
        if document is None or not document.is_modified:
            if document is not None:
                self.recovery.remove(self._recovery_key())
            return True
        answer = dialogs.current().save_discard_cancel(
            self.window,
            translate("FileSession", "Unsaved changes"),
            translate("FileSession", "Save the changes to {display_name}?").format(
                display_name=document.display_name()
            ),
        )
        if answer is Answer.SAVE:
            return self.save()
        if answer is Answer.DISCARD:
            self.recovery.remove(self._recovery_key())
            return True
        return False

    # ------------------------------------------------------------------ changes on disk

    def _watch(self, path: str) -> None:
        """Watch ``path`` only ('' : nothing)."""
        for watched in self.watcher.files():
            self.watcher.removePath(watched)
        if path:
            self.watcher.addPath(path)

    def _on_document_path_changed(self, path: str) -> None:
        self._watch(path)

    def _on_watcher_file_changed(self, path: str) -> None:
        document = self.window.document
        if document is None or path != document.path or self._external_pending:
            return
        # atomic saves replace the file: watch the new one
        QTimer.singleShot(200, self, lambda: self._check_disk(path))

    def _check_disk(self, path: str) -> None:
        from playbooks.io.storage import file_digest

        window = self.window
        document = window.document
        if document is None or path != document.path:
            return
        if Path(path).exists() and path not in self.watcher.files():
            self.watcher.addPath(path)
        digest = file_digest(path)
        if digest == self._disk_digest:
            return  # our own save, or a touch without changes
        self._external_pending = True
        try:
            if not digest:
                dialogs.current().inform(
                    window,
                    translate("FileSession", "File removed"),
                    translate(
                        "FileSession",
                        "{name} was removed or renamed outside Charter. Your copy stays open; save it to write it back.",
                    ).format(name=Path(path).name),
                )
                self._disk_digest = ""
                document.undo_stack.resetClean()
                return
            extra = (
                translate("FileSession", " Reloading discards your unsaved changes.") if document.is_modified else ""
            )
            answer = dialogs.current().yes_no(
                window,
                translate("FileSession", "File changed on disk"),
                translate(
                    "FileSession",
                    "{name} was changed outside Charter.{extra}\n\nReload it from disk, or keep the version shown?",
                ).format(name=Path(path).name, extra=extra),
                translate("FileSession", "Reload"),
                translate("FileSession", "Keep mine"),
            )
            if answer is Answer.YES:
                self._reload_from_disk()
            else:
                self._disk_digest = digest
                document.undo_stack.resetClean()  # what is shown differs from the file now
        finally:
            self._external_pending = False

    def _on_lock_timer(self) -> None:
        if self.lock is not None:
            self.lock.refresh()

    # ------------------------------------------------------------------ autosave and recovery

    def _on_document_changed(self, _change: object) -> None:
        # the undo stack's clean state is updated after this signal; autosave_now checks it
        self.autosave_timer.start(settings.autosave_seconds() * 1000)

    def _recovery_key(self) -> str:
        from playbooks.io.recovery import key_for

        document = self.window.document
        path = document.path if document is not None else ""
        return key_for(path or None, self.key)

    def autosave_now(self) -> None:
        """Copy unsaved changes to the recovery area (never over the user's file)."""
        document = self.window.document
        if document is None or not document.is_modified or document.read_only:
            return
        key, path, snapshot = self._recovery_key(), document.path or None, document.playbook
        workers.start(
            self.recovery.write,
            key,
            path,
            snapshot,
            on_done=lambda _p: self._on_autosaved(key),
            on_error=lambda exc: errors.log.warning("autosave failed: %s", exc),
            receiver=self,
        )

    def _on_autosaved(self, key: str) -> None:
        document = self.window.document
        if document is None or not document.is_modified or key != self._recovery_key():
            # saved, discarded or closed while the copy was being written: it must not linger
            self.recovery.remove(key)
            return
        self.window.statusBar().showMessage(translate("FileSession", "Unsaved changes kept in the recovery area"), 2000)

    def offer_recovery(self) -> bool:
        """After a crash: offer to restore each recovery copy left behind. True if one was restored."""
        if self._recovery is None and not _has_recovery_files(recovery_folder()):
            return False  # the usual case, decided without importing the model (start-up time)
        restored = False
        for entry in self.recovery.entries():
            if restored:
                break
            choice = dialogs.current().choose(
                self.window,
                translate("FileSession", "Recover unsaved changes"),
                translate(
                    "FileSession",
                    "Charter was not closed properly. Unsaved changes were kept:\n\n{describe}\n\nRestore them? (Nothing has been written to your file.)",
                ).format(describe=entry.describe()),
                [translate("FileSession", "Restore"), translate("FileSession", "Discard")],
            )
            if choice == 0:
                restored = self.restore(entry)
            elif choice == 1:
                self.recovery.discard(entry)
        return restored

    def restore(self, entry: RecoveryEntry) -> bool:
        """Show the recovery copy ``entry`` as unsaved changes to its file (locked again)."""
        from playbooks.io import locking, storage
        from playbooks.io.recovery import RecoveryArea
        from ui.document import Document

        try:
            playbook = RecoveryArea.load(entry)
        except storage.PlaybookLoadError as exc:
            errors.report(
                errors.ExpectedError(
                    translate("FileSession", "The recovery copy cannot be read ({exc}); it was kept.").format(exc=exc)
                ),
                self.window,
            )
            return False
        original = entry.original if entry.original and Path(entry.original).exists() else None
        lock: locking.PlaybookLock | None = None
        read_only = False
        if original is not None:
            held = locking.acquire(original)
            if isinstance(held, locking.Held):
                read_only = True
            else:
                lock = held
        document = Document(playbook, original, read_only=read_only)
        self.window.install(document, digest=storage.file_digest(original) if original else "")
        self.lock = lock
        document.undo_stack.resetClean()  # restored changes are unsaved changes
        # the copy is rewritten under this session's key; the old one can go
        self.recovery.discard(entry)
        self.autosave_now()
        return True
