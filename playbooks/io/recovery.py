"""Autosave recovery copies: unsaved changes kept outside the user's file, restored after a crash.

A recovery copy is one JSON file in a recovery folder (the editor uses the platform's user
data folder) holding the original path (or none for a new playbook), the owner process and
the playbook as JSON. It is written atomically and never touches the user's file; it is
removed when the user saves or discards. Copies left by a process that is gone are what the
next start offers to restore.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import socket
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from playbooks.format.model import Playbook
from playbooks.io.locking import pid_alive
from playbooks.io.storage import PlaybookLoadError, atomic_write, issues_from_validation

SUFFIX = ".recovery.json"


@dataclass(frozen=True)
class RecoveryEntry:
    """One recovery copy found on disk."""

    file: Path
    original: str | None
    saved_at: dt.datetime
    host: str
    pid: int
    title: str

    def describe(self) -> str:
        """A line for the restore prompt."""
        where = self.original or "a new, never saved playbook"
        when = self.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
        return f"{self.title or 'Untitled'} ({where}), unsaved changes from {when}"


def key_for(original: str | os.PathLike[str] | None, session: str) -> str:
    """The recovery key of a document: its resolved path, or the session for a new one."""
    if original is None:
        return f"untitled-{session}"
    resolved = str(Path(original).resolve())
    # in the file system's own bytes: a name that is not UTF-8 (an old share's Latin-1) has a key too
    return hashlib.sha256(os.fsencode(resolved)).hexdigest()[:24]


class RecoveryArea:
    """The folder holding recovery copies."""

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.folder = Path(folder)

    def path_of(self, key: str) -> Path:
        return self.folder / f"{key}{SUFFIX}"

    def write(self, key: str, original: str | os.PathLike[str] | None, playbook: Playbook) -> Path:
        """Write (or replace) the recovery copy ``key``; raises OSError subclasses on failure."""
        self.folder.mkdir(parents=True, exist_ok=True)
        envelope = {
            "original": None if original is None else str(Path(original).resolve()),
            "saved_at": dt.datetime.now(dt.UTC).isoformat(),
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "title": playbook.document.title,
        }
        # the playbook is embedded as JSON text so the envelope is written without re-parsing it
        text = json.dumps(envelope)[:-1] + ', "playbook": ' + playbook.model_dump_json() + "}"
        path = self.path_of(key)
        atomic_write(path, text.encode("utf-8"), backup=False)
        return path

    def remove(self, key: str) -> None:
        """Remove the recovery copy ``key`` (nothing happens when there is none)."""
        with contextlib.suppress(OSError):
            self.path_of(key).unlink()

    def entries(self, *, include_live: bool = False) -> list[RecoveryEntry]:
        """Copies left behind, newest first; copies of a Charter still running are skipped."""
        found: list[RecoveryEntry] = []
        try:
            files = sorted(self.folder.glob(f"*{SUFFIX}"))
        except OSError:
            return []
        host = socket.gethostname()
        for file in files:
            entry = self._read_entry(file)
            if entry is None:
                continue
            if not include_live and entry.host == host and entry.pid != os.getpid() and pid_alive(entry.pid):
                continue
            if not include_live and entry.host == host and entry.pid == os.getpid():
                continue
            found.append(entry)
        return sorted(found, key=lambda e: e.saved_at, reverse=True)

    @staticmethod
    def _read_entry(file: Path) -> RecoveryEntry | None:
        try:
            if not file.is_file():
                return None  # a fifo or folder of that name would hang or fail the start-up
            with file.open("rb") as handle:
                head = json.loads(handle.read())
            saved = dt.datetime.fromisoformat(str(head["saved_at"]))
            if saved.tzinfo is None:  # naive and aware times cannot be sorted together
                saved = saved.replace(tzinfo=dt.UTC)
            original = head.get("original")
            return RecoveryEntry(
                file,
                None if original is None else str(original),
                saved,
                str(head.get("host", "")),
                int(head.get("pid", 0)),
                str(head.get("title", "")),
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None

    @staticmethod
    def load(entry: RecoveryEntry) -> Playbook:
        """The playbook of a recovery copy; raises :class:`PlaybookLoadError` when it is damaged."""
        name = str(entry.file)
        try:
            data = json.loads(entry.file.read_bytes())
        except OSError as exc:
            raise PlaybookLoadError(name, "read", []) from exc
        except ValueError:
            raise PlaybookLoadError(name, "parse", []) from None
        try:
            return Playbook.model_validate(data.get("playbook") if isinstance(data, dict) else None)
        except ValidationError as exc:
            raise PlaybookLoadError(name, "schema", issues_from_validation(exc)) from None

    def discard(self, entry: RecoveryEntry) -> None:
        """Remove a recovery copy the user chose not to restore."""
        with contextlib.suppress(OSError):
            entry.file.unlink()
