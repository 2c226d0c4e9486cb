"""Conflict copies on synced drives: finding them, merging them back, moving them aside.

When two officers save the same playbook on a synced drive before their sync clients have
heard from each other, the sync client keeps one version under the file's name and renames the
other. Each names its copy its own way (the file ``hub.playbook.yaml``):

* OneDrive: the computer's name appended: ``hub-LAPTOP-7.playbook.yaml`` (or, counting only
  the last suffix as the extension, ``hub.playbook-LAPTOP-7.yaml``);
* Dropbox: ``hub (conflicted copy 2026-11-05).playbook.yaml``, ``hub (Jonas's conflicted copy
  2026-11-05).playbook.yaml``;
* Nextcloud (and ownCloud): ``hub (conflicted copy 2026-11-05 093612).playbook.yaml``;
* Syncthing: ``hub.playbook.sync-conflict-20261105-093612-7ZKQ4ZA.yaml`` (before the last
  suffix; ``hub.sync-conflict-...playbook.yaml`` too).

:func:`conflict_copies` lists the copies beside a playbook; only a copy that is a version of
the same playbook counts (the same document id, or for a spoke the same region of the same
hub), so ``hub-emea.playbook.yaml`` is never taken for a conflict copy of ``hub``. :func:`merge_copy`
merges a copy into the file (or into the playbook open in the editor, unsaved edits included):
three-way against the last version both had, where one is known (the file's backup, when it is
older than both and both sides hold its records; else the file's last commit in git), otherwise
field by field (every difference is a choice). Neither candidate is certain to be where the copy
began (a backup of a second save here, a commit made here after the two parted, already holds
this side's edits, which the copy then seems to undo), so against one every change found only in
the copy is listed as a choice too (the copy's value unless decided otherwise): nothing of this
side is ever undone unseen. :func:`move_aside` puts the copy in a
``conflicts`` folder beside it; nothing is ever deleted.
"""

from __future__ import annotations

import contextlib
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from playbooks.io import git
from playbooks.io.storage import BACKUP_SUFFIX, EXTENSION, PlaybookLoadError, parse_document, read_source

# The merge is imported where a copy is merged: the editor looks for copies while it opens every
# file, and most folders hold none (the merge and what it imports: ~40 ms of start-up, issue 22).
if TYPE_CHECKING:
    from playbooks.audit.merge import Merged, Side
    from playbooks.format.paths import Address

#: The folder beside a playbook that conflict copies are moved into.
CONFLICTS_FOLDER = "conflicts"
#: Sibling files looked at, at most (a synced folder can be large).
SCAN_FILES = 2000

_BRACKETS = re.compile(
    r"^(?P<stem>.+?) \((?P<detail>(?:[^()]+'s )?conflicted copy[^()]*)\)(?: \(\d+\))?(?P<tail>\.playbook\.yaml|\.yaml)$"
)
_SYNCTHING = re.compile(
    r"^(?P<before>.+?)\.sync-conflict-(?P<date>\d{8})-(?P<time>\d{6})-(?P<device>[A-Z0-9]{7})(?P<after>\..+)$"
)
#: A Windows computer name (up to 15 letters, digits and hyphens, shown in capitals), and the
#: number OneDrive adds when the name is taken again.
_ONEDRIVE_HOST = re.compile(r"[A-Z0-9][A-Z0-9-]{0,14}(?:-\d+)?")


@dataclass(frozen=True)
class ConflictCopy:
    """A sync client's conflict copy of a playbook: its file, the client that made it, and what
    its name tells (the date, whose copy, the computer)."""

    path: str
    service: str
    detail: str

    def describe(self) -> str:
        """ "hub (Jonas's conflicted copy 2026-11-05).playbook.yaml (Dropbox: Jonas's conflicted copy 2026-11-05)"."""
        return f"{Path(self.path).name} ({self.service}: {self.detail})"


def originals(name: str) -> list[tuple[str, str, str]]:
    """The files a conflict copy named ``name`` may be a copy of, each with the sync client and
    what the name tells; [] when the name is not a conflict copy's. (A OneDrive computer name
    may hold hyphens, so ``hub-emea-LAPTOP-7`` may be a copy of ``hub-emea``, ``hub-emea-LAPTOP``
    or ``hub``: the files beside it decide.)"""
    found = _BRACKETS.match(name)
    if found:
        stem, tail = found["stem"], found["tail"]
        original = stem + (".yaml" if tail == ".yaml" and stem.endswith(".playbook") else EXTENSION)
        detail = found["detail"]
        service = "Nextcloud" if re.search(r"\d{4}-\d{2}-\d{2} \d{6}", detail) else "Dropbox"
        return [(original, service, detail)]
    found = _SYNCTHING.match(name)
    if found:
        detail = f"{found['date'][:4]}-{found['date'][4:6]}-{found['date'][6:]}, device {found['device']}"
        return [(found["before"] + found["after"], "Syncthing", detail)]
    tail = EXTENSION if name.endswith(EXTENSION) else ".yaml" if name.endswith(".yaml") else ""
    if not tail:
        return []
    body = name[: -len(tail)]
    out: list[tuple[str, str, str]] = []
    for cut in [i for i, ch in enumerate(body) if ch == "-"]:
        stem, host = body[:cut], body[cut + 1 :]
        if not stem or not _ONEDRIVE_HOST.fullmatch(host):
            continue
        if tail == ".yaml" and not stem.endswith(".playbook"):
            continue
        original = stem + (".yaml" if tail == ".yaml" else EXTENSION)
        computer = re.sub(r"-\d+$", "", host)
        out.append((original, "OneDrive", f"computer {computer}"))
    return out


def _identity(path: str | os.PathLike[str]) -> str | None:
    """What makes a file a version of one playbook: its document id, or a spoke's region and hub;
    None when it cannot be read."""
    try:
        source = read_source(Path(path))
        data = parse_document(source.file, source.text)
    except PlaybookLoadError:
        return None
    spoke = data.get("spoke")
    if isinstance(spoke, dict):
        return f"spoke:{spoke.get('region')}:{spoke.get('hub_id') or spoke.get('hub')}"
    document = data.get("document")
    return f"playbook:{document.get('id')}" if isinstance(document, dict) and document.get("id") else None


def conflict_copies(path: str | os.PathLike[str]) -> list[ConflictCopy]:
    """The sync clients' conflict copies of the playbook at ``path`` beside it, in name order."""
    target = Path(path)
    folder = target.parent
    try:
        names = sorted(
            entry.name for _, entry in zip(range(SCAN_FILES), os.scandir(folder), strict=False) if entry.is_file()
        )
    except OSError:
        return []
    found: list[ConflictCopy] = []
    identity: str | None = None
    for name in names:
        if name == target.name or name.endswith(BACKUP_SUFFIX):
            continue
        origin = next((o for o in originals(name) if o[0] == target.name), None)
        if origin is None:
            continue
        if identity is None:
            identity = _identity(target) or "?"
        if _identity(folder / name) != identity:
            continue
        found.append(ConflictCopy(str(folder / name), origin[1], origin[2]))
    return found


@dataclass(frozen=True)
class CopyMerge:
    """A conflict copy merged into its file: the result (OURS is the file, THEIRS the copy) and
    the common version it was merged against, in words ('' when none was known: every
    difference is then a choice)."""

    merged: Merged
    base: str
    base_side: Side | None


def merge_copy(
    path: str | os.PathLike[str],
    copy: str | os.PathLike[str],
    ours: Side | None = None,
    opened: Side | None = None,
) -> CopyMerge:
    """Merge the conflict copy ``copy`` into the playbook at ``path`` (nothing is written).
    ``ours``: the playbook as it is now, when that is not the file (the editor's, with unsaved
    edits); the file by default. ``opened``: the version the editor read before this side's
    edits since (tried first: older than this session's saves, and so than their backups).

    :class:`~playbooks.io.storage.PlaybookLoadError` or
    :class:`~playbooks.audit.merge.MergeRefused` when they cannot be merged."""
    from playbooks.audit.merge import Side, merge

    if ours is None:
        ours = Side(str(path), read_source(Path(path)).text)
    theirs = Side(str(copy), read_source(Path(copy)).text)
    first = [(opened, "the version this window opened")] if opened is not None else []
    for base, words in [*first, *_common_versions(Path(path), Path(copy))]:
        if _older_than_both(base, ours, theirs):
            return CopyMerge(merge(base, ours, theirs, list_theirs=True), words, base)
    return CopyMerge(merge(None, ours, theirs), "", None)


def merge_with(result: CopyMerge, ours: Side, theirs: Side, theirs_at: frozenset[Address]) -> Merged:
    """``result`` again, with the conflicts at ``theirs_at`` decided for the copy's value and the
    others for the file's (the editor's field-by-field choice)."""
    from playbooks.audit.merge import merge_playbooks
    from playbooks.io.storage import playbook_from_text

    base = playbook_from_text(result.base_side.name, result.base_side.text) if result.base_side else None
    return merge_playbooks(
        base,
        playbook_from_text(ours.name, ours.text),
        playbook_from_text(theirs.name, theirs.text),
        theirs_at=theirs_at,
        list_theirs=base is not None,
    )


def _common_versions(path: Path, copy: Path) -> list[tuple[Side, str]]:
    """Versions both sides may have started from: the file's backup (only when it was put aside
    before the copy was written: a backup made by a save here since is newer than where the copy
    began), then its last commit."""
    from playbooks.audit.merge import Side

    out: list[tuple[Side, str]] = []
    backup = path.with_name(path.name + BACKUP_SUFFIX)
    with contextlib.suppress(PlaybookLoadError, OSError):
        if os.path.getmtime(backup) <= os.path.getmtime(copy):
            out.append((Side(str(backup), read_source(backup).text), f"the backup {backup.name}"))
    try:
        commits = git.history(path, limit=1)
        if commits:
            text = git.show(commits[0].hash, path).decode("utf-8")
            out.append(
                (Side(f"{commits[0].short}:{commits[0].path}", text), f"the last commit, {commits[0].describe()}")
            )
    except (git.GitError, UnicodeDecodeError):
        pass
    return out


def _older_than_both(base: Side, ours: Side, theirs: Side) -> bool:
    """Whether ``base`` can be the version both sides grew from: a version of the same playbook
    whose sign-offs and change-log entries both sides still hold (records only grow), and not
    one of the sides itself when the other differs (a backup the file was just saved over, or
    that the copy was made from, would hide one side's edits)."""
    try:
        data = [parse_document(s.name, s.text) for s in (base, ours, theirs)]
    except PlaybookLoadError:
        return False
    if base.text in (ours.text, theirs.text):
        return False

    def records(item: dict[str, object]) -> list[object]:
        holder = item.get("spoke") if isinstance(item.get("spoke"), dict) else item.get("document")
        if not isinstance(holder, dict):
            return []
        return [*(holder.get("sign_offs") or []), *(holder.get("change_log") or [])]

    def ident(item: dict[str, object]) -> object:
        spoke = item.get("spoke")
        if isinstance(spoke, dict):
            return ("spoke", spoke.get("region"), spoke.get("hub"))
        document = item.get("document")
        return document.get("id") if isinstance(document, dict) else None

    if len({repr(ident(d)) for d in data}) != 1:
        return False
    kept = records(data[0])
    return all(entry in records(side) for side in data[1:] for entry in kept)


def move_aside(copy: str | os.PathLike[str]) -> Path:
    """Move a merged conflict copy into the ``conflicts`` folder beside it (never over a file
    there: a number is added); returns where it went. :class:`OSError` when it cannot be moved."""
    source = Path(copy)
    folder = source.parent / CONFLICTS_FOLDER
    folder.mkdir(exist_ok=True)
    target = folder / source.name
    number = 2
    while True:
        try:
            # a hard link claims the name only if it is free; the copy then leaves its old name
            os.link(source, target)
            break
        except FileExistsError:
            target = folder / f"{number}-{source.name}"
            number += 1
        except OSError:
            if target.exists():
                target = folder / f"{number}-{source.name}"
                number += 1
                continue
            os.replace(source, target)
            return target
    os.unlink(source)
    return target
