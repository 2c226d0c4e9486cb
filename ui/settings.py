"""Typed access to the editor's QSettings: UI state and preferences only (documents are files).

Every key lives here, with its type and default, so no other module spells a settings key.
Tests redirect QSettings to a temporary folder (see ``tests/ui/conftest.py``). Where the site
configuration (:mod:`playbooks.io.config`) has a key, it gives the default, and a key it locks
is not the user's to change.
"""

from __future__ import annotations

import base64
import os
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from playbooks.io import config

ORGANIZATION = "Charter"
APPLICATION = "Charter"


class Theme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


def _store() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)


def _int(key: str, default: int, low: int, high: int) -> int:
    value = _store().value(key, default)
    try:
        number = int(str(value))
    except (TypeError, ValueError):
        return default
    return min(max(number, low), high)


def _str(key: str, default: str) -> str:
    value = _store().value(key, default)
    return value if isinstance(value, str) else default


def _bytes(key: str) -> QByteArray | None:
    value = _store().value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


# ---- preferences


def theme() -> Theme:
    """The colour theme: follow the system, light or dark."""
    try:
        return Theme(_str("prefs/theme", Theme.SYSTEM.value))
    except ValueError:
        return Theme.SYSTEM


def set_theme(value: Theme) -> None:
    _store().setValue("prefs/theme", value.value)


def language() -> str:
    """The interface language the user chose (a code of :data:`ui.i18n.LANGUAGES`; '': the system's)."""
    return _str("prefs/language", "")


def set_language(value: str) -> None:
    """Keep ``value`` ('' : follow the system); it applies at the next start."""
    if value:
        _store().setValue("prefs/language", value)
    else:
        _store().remove("prefs/language")


def autosave_seconds() -> int:
    """Seconds after the last change before unsaved work is copied to the recovery area."""
    return _int("prefs/autosave_seconds", 5, 1, 600)


def set_autosave_seconds(value: int) -> None:
    _store().setValue("prefs/autosave_seconds", int(value))


def user_name() -> str:
    """The user's full name, used for sign-offs."""
    return _str("prefs/user_name", "")


def set_user_name(value: str) -> None:
    _store().setValue("prefs/user_name", value)


def user_role() -> str:
    """The user's role, used for sign-offs (e.g. Chief Compliance Officer)."""
    return _str("prefs/user_role", "")


def set_user_role(value: str) -> None:
    _store().setValue("prefs/user_role", value)


def recent_count() -> int:
    """How many recent files the File menu and the welcome page list (0: none are kept).

    The site configuration's ``recent_files`` unless the user chose another number and the site
    does not lock it.
    """
    site = config.current()
    if site.is_locked("recent_files"):
        return site.recent_files
    return _int("prefs/recent_count", site.recent_files, *config.RECENT_FILES_RANGE)


def set_recent_count(value: int) -> None:
    """Keep ``value`` as the user's choice; the site's own number is not stored, so that a later
    change of the site configuration reaches users who never chose."""
    site = config.current()
    if site.is_locked("recent_files"):
        return
    if int(value) == site.recent_files:
        _store().remove("prefs/recent_count")
    else:
        _store().setValue("prefs/recent_count", int(value))
    set_recent_files(recent_files())


# ---- recent files and the last session


#: How a path that is not text is stored (a name in another encoding, such as Latin-1 bytes on an
#: old share, which Python keeps as surrogate escapes): QSettings holds text only, and would drop
#: what it cannot encode, so that the entry named another file (issue 15).
_PATH_BYTES = "charter-path-bytes:"


def _stored_path(path: str) -> str:
    """``path`` as QSettings keeps it, whatever bytes it is made of (:func:`_read_path` undoes it)."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        pass
    else:
        if not path.startswith(_PATH_BYTES):
            return path
    return _PATH_BYTES + base64.urlsafe_b64encode(os.fsencode(path)).decode("ascii")


def _read_path(stored: str) -> str:
    """The path :func:`_stored_path` stored, byte for byte ('' for a damaged entry)."""
    if not stored.startswith(_PATH_BYTES):
        return stored
    try:
        return os.fsdecode(base64.urlsafe_b64decode(stored[len(_PATH_BYTES) :].encode("ascii")))
    except ValueError:
        return ""


def recent_files() -> list[str]:
    """Recently opened playbooks, newest first (their names as the file system has them)."""
    value = _store().value("recent/files", [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return []
    paths = (_read_path(v) for v in value if isinstance(v, str) and v)
    return [path for path in paths if path][: recent_count()]


def set_recent_files(files: list[str]) -> None:
    _store().setValue("recent/files", [_stored_path(f) for f in list(files)[: recent_count()]])


def add_recent_file(path: str | Path) -> list[str]:
    """Put ``path`` first in the recent files; returns the new list."""
    resolved = str(Path(path).resolve())
    files = [resolved] + [f for f in recent_files() if f != resolved]
    set_recent_files(files)
    return recent_files()


def remove_recent_file(path: str | Path) -> None:
    resolved = str(Path(path).resolve())
    set_recent_files([f for f in recent_files() if f != resolved])


def last_file() -> str:
    """The playbook open when the editor was last closed ('' when none)."""
    return _read_path(_str("session/last_file", ""))


def set_last_file(path: str | Path | None) -> None:
    _store().setValue("session/last_file", "" if path is None else _stored_path(str(Path(path).resolve())))


# ---- window state


def window_geometry() -> QByteArray | None:
    return _bytes("window/geometry")


def set_window_geometry(value: QByteArray) -> None:
    _store().setValue("window/geometry", value)


def window_state() -> QByteArray | None:
    """Docks and toolbars (QMainWindow.saveState)."""
    return _bytes("window/state")


def set_window_state(value: QByteArray) -> None:
    _store().setValue("window/state", value)


def splitter_state(name: str) -> QByteArray | None:
    return _bytes(f"splitters/{name}")


def set_splitter_state(name: str, value: QByteArray) -> None:
    _store().setValue(f"splitters/{name}", value)


def data_folder() -> Path:
    """The per-user folder of Charter's own data files (recovery copies, approved scorecards)."""
    from PySide6.QtCore import QStandardPaths

    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(base or Path.home() / ".charter")


def sync() -> None:
    """Write pending settings to disk now."""
    _store().sync()


# ---- workflow dialogs (issue 7): the last choices of the export dialog and the wizard


#: What the export dialog remembers per playbook (the rest, the template folder, the paper and
#: what to open when done, are the user's habits, remembered for all playbooks).
PER_PLAYBOOK_EXPORT = ("doc", "format", "variant", "folder")


def _playbook_key(playbook: str) -> str:
    """A settings key for a playbook file (its resolved path, hashed: paths hold '/' and ':')."""
    from PySide6.QtCore import QCryptographicHash

    resolved = str(Path(playbook).resolve()).encode("utf-8")
    digest = QCryptographicHash.hash(resolved, QCryptographicHash.Algorithm.Sha1)
    return bytes(digest.toHex().data()).decode("ascii")


def export_choices(playbook: str = "") -> dict[str, str]:
    """The export dialog's last document, format, variant, folder, template folder, paper and open-when-done.

    With ``playbook`` (its file), that playbook's own last document, format, variant and folder
    come first; the last export of any playbook fills in the document, format and variant it
    has none of (a playbook never exported goes beside its own file: no folder).
    """
    keys = ("doc", "format", "variant", "folder", "template_dir", "paper", "open")
    choices = {key: _str(f"export/{key}", "") for key in keys}
    if playbook:
        group = f"export-by-playbook/{_playbook_key(playbook)}"
        own = {key: _str(f"{group}/{key}", "") for key in PER_PLAYBOOK_EXPORT}
        choices.update({key: value for key, value in own.items() if value})
        choices["folder"] = own["folder"]
    return choices


def set_export_choices(choices: dict[str, str], playbook: str = "") -> None:
    """Remember an export's choices (for ``playbook``, when given, and as the last of any)."""
    store = _store()
    for key, value in choices.items():
        store.setValue(f"export/{key}", str(value))
    if playbook:
        group = f"export-by-playbook/{_playbook_key(playbook)}"
        for key in PER_PLAYBOOK_EXPORT:
            if key in choices:
                store.setValue(f"{group}/{key}", str(choices[key]))


def last_folder(purpose: str) -> str:
    """The folder last used for ``purpose`` (e.g. 'new-playbook', 'compare'); '' when none."""
    return _str(f"folders/{purpose}", "")


def set_last_folder(purpose: str, folder: str | Path) -> None:
    _store().setValue(f"folders/{purpose}", str(folder))
