"""Reading and writing playbook files: limits, clear errors, migrations, atomic saves.

Every failure to read a playbook becomes a :class:`PlaybookLoadError` whose ``str()`` is one
line naming the file, the line and column where known, and the field path:
``hub.playbook.yaml:12:5: channels.accounts[3].response_sla_hours: Must be more than 0`` (worded
by :mod:`playbooks.format.messages`, as the editor words it at the field).
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import os
import re
import stat
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from playbooks.format import messages
from playbooks.format.enums import ChannelState, Confidentiality, GovernanceModel, QualificationMode, TrafficLight
from playbooks.format.findings import Issue
from playbooks.format.messages import one_line
from playbooks.format.model import SCHEMA_VERSION, Playbook
from playbooks.format.paths import join, parse
from playbooks.io.yamlio import YamlProblem, dump_yaml, lines_of, load_yaml

EXTENSION = ".playbook.yaml"
MAX_FILE_BYTES = 50 * 1024 * 1024
BACKUP_SUFFIX = ".bak"


# ---------------------------------------------------------------- errors


@dataclass
class PlaybookLoadError(Exception):
    """A playbook file that cannot be used. ``kind`` is read, parse, schema or newer."""

    file: str
    kind: str
    issues: list[Issue] = field(default_factory=list)

    def __str__(self) -> str:
        return format_issue(self.file, self.issues[0]) if self.issues else f"{self.file}: cannot be read"

    def lines(self) -> list[str]:
        """One line per issue."""
        return [format_issue(self.file, issue) for issue in self.issues]


class NewerSchemaError(PlaybookLoadError):
    """The file was written by a newer Charter; it can be viewed but not changed."""


class PlaybookSaveError(Exception):
    """A save that failed; the original file is untouched."""


def format_issue(file: str, issue: Issue) -> str:
    where = file
    if issue.line is not None:
        where += f":{issue.line}"
        if issue.column is not None:
            where += f":{issue.column}"
    if issue.path:
        return one_line(f"{where}: {issue.path}: {issue.message}")
    return one_line(f"{where}: {issue.message}")


def format_path(loc: tuple[str | int, ...]) -> str:
    """('channels', 'accounts', 3, 'owner') -> 'channels.accounts[3].owner', safe for one line
    (a file's own unknown key may hold anything)."""
    return one_line(join(loc))


def _is_schema_noise(part: str | int) -> bool:
    return isinstance(part, str) and re.fullmatch(r"[a-z][a-z-]*\[.*\]", part, re.DOTALL) is not None


def issues_from_validation(
    error: ValidationError, text: str | None = None, model: type[BaseModel] = Playbook
) -> list[Issue]:
    """Turn pydantic's errors into issues with paths and plain sentences (and lines, when the
    text is given). ``model`` is the class that was validated (the playbook, or one item)."""
    found: list[tuple[tuple[str | int, ...], str]] = []
    for err in error.errors(include_url=False):
        if err["type"] == "broken_reference":
            found.extend((parse(path), message) for path, message in err.get("ctx", {}).get("problems", []))
            continue
        # drop pydantic's union/tag noise ("function-after[...]", "literal[...]") from paths, but
        # never the file's own unknown key (``review-cadence`` must be named, dash and all)
        *parents, last = err["loc"] or ("",)
        loc = tuple(p for p in parents if not _is_schema_noise(p))
        if err["type"] == "extra_forbidden" or not _is_schema_noise(last):
            loc += (last,)
        found.append((loc, messages.plain(err, messages.field_at(model, loc))))
    # one pass over the text for all issues: a file with many errors must not re-parse per error
    lines = lines_of(text, [loc for loc, _ in found]) if text is not None else [None] * len(found)
    return [Issue(format_path(loc), message, line) for (loc, message), line in zip(found, lines, strict=True)]


# ---------------------------------------------------------------- migrations

Migration = Callable[[dict[str, Any]], dict[str, Any]]
MIGRATIONS: dict[int, Migration] = {}


def migration(from_version: int) -> Callable[[Migration], Migration]:
    """Register a step that upgrades a raw document from ``from_version`` to the next."""

    def register(step: Migration) -> Migration:
        MIGRATIONS[from_version] = step
        return step

    return register


@migration(0)
def _v0_to_v1(data: dict[str, Any]) -> dict[str, Any]:
    """Version 0 (Charter previews) kept document control flat at the top level, named the
    response SLA ``sla_hours`` and wrote governance models with dashes."""
    out = dict(data)
    document = out.get("document") or {}
    if not isinstance(document, dict):
        return out  # not a mapping: leave it to validation, which names the field
    document = dict(document)
    for key in ("id", "title", "version", "status", "owner", "effective_date"):
        if key in out:
            document[key] = out.pop(key)
    out["document"] = document
    governance = out.get("governance")
    if isinstance(governance, dict) and isinstance(governance.get("model"), str):
        governance = dict(governance)
        governance["model"] = governance["model"].replace("-", "_")
        out["governance"] = governance
    channels = out.get("channels")
    if isinstance(channels, dict) and isinstance(channels.get("accounts"), list):
        accounts = []
        for account in channels["accounts"]:
            # both names present: keep both, so validation reports the clash instead of one value vanishing
            if isinstance(account, dict) and "sla_hours" in account and "response_sla_hours" not in account:
                account = dict(account)
                account["response_sla_hours"] = account.pop("sla_hours")
            accounts.append(account)
        out["channels"] = dict(channels, accounts=accounts)
    return out


def upgrade(data: dict[str, Any]) -> dict[str, Any]:
    """Apply every registered step from the document's version up to the current one."""
    version = data.get("schema_version", 0)
    while isinstance(version, int) and version < SCHEMA_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
        data["schema_version"] = version
    return data


# ---------------------------------------------------------------- reading


@dataclass(frozen=True)
class Source:
    """A file's text as read once, and the digest of its bytes (:func:`content_digest`)."""

    file: str
    text: str
    digest: str


def read_source(path: Path) -> Source:
    """The file's text and digest from one read, checked as :func:`read_text` checks it."""
    raw = _read_bytes(path)
    return Source(str(path), decode(str(path), raw), content_digest(raw))


def read_text(path: Path) -> str:
    """The file's text, checked for size and encoding; raises :class:`PlaybookLoadError`."""
    return decode(str(path), _read_bytes(path))


def _read_bytes(path: Path) -> bytes:
    """The bytes of a regular file within :data:`MAX_FILE_BYTES`; a fifo or a device is refused
    before it is read (reading would block), as is a file over the limit."""
    name = str(path)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise PlaybookLoadError(name, "read", [Issue("", "not a file")])
        if size > MAX_FILE_BYTES:
            limit = MAX_FILE_BYTES // (1024 * 1024)
            raise PlaybookLoadError(
                name, "read", [Issue("", f"the file is {size / 1048576:.0f} MB; playbooks are limited to {limit} MB")]
            )
        return path.read_bytes()
    except PlaybookLoadError:
        raise
    except FileNotFoundError:
        raise PlaybookLoadError(name, "read", [Issue("", "no such file")]) from None
    except IsADirectoryError:
        raise PlaybookLoadError(name, "read", [Issue("", "is a folder, not a playbook file")]) from None
    except PermissionError:
        raise PlaybookLoadError(name, "read", [Issue("", "permission denied")]) from None
    except OSError as exc:
        raise PlaybookLoadError(name, "read", [Issue("", f"cannot be read ({exc.strerror or exc})")]) from None


def content_digest(data: bytes) -> str:
    """SHA-256 of a file's bytes: what the editor compares to tell its own saves from changes
    made by others (:func:`file_digest` reads it from disk)."""
    return hashlib.sha256(data).hexdigest()


def file_digest(path: str | os.PathLike[str]) -> str:
    """The :func:`content_digest` of the file at ``path``; '' when it is missing, not a regular
    file (a fifo or a device is never read just to fingerprint it) or over the size limit."""
    try:
        return content_digest(_read_bytes(Path(path)))
    except PlaybookLoadError:
        return ""


def decode(name: str, raw: bytes) -> str:
    """Decode UTF-8 (a BOM is tolerated); anything else is a clear error."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise PlaybookLoadError(name, "read", [Issue("", "the file is UTF-16; save it as UTF-8")])
    if b"\x00" in raw:
        raise PlaybookLoadError(name, "read", [Issue("", "the file contains binary data, not YAML text")])
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        raise PlaybookLoadError(
            name, "read", [Issue("", "the file is not UTF-8 text (save it as UTF-8)", line, column)]
        ) from None


def parse_document(name: str, text: str) -> dict[str, Any]:
    """Parse YAML text into a mapping, with the guards of :mod:`playbooks.io.yamlio`."""
    try:
        data = load_yaml(text)
    except YamlProblem as exc:
        raise PlaybookLoadError(name, "parse", [Issue("", exc.message, exc.line, exc.column)]) from None
    if not isinstance(data, dict):
        raise PlaybookLoadError(
            name, "parse", [Issue("", "a playbook file must be a YAML mapping (key: value) at the top level")]
        )
    return data


def check_schema_version(name: str, data: dict[str, Any]) -> None:
    """Refuse a file from a newer Charter; normalise the version to an int."""
    version = data.get("schema_version", 0)
    shown = str(version)
    if isinstance(version, str) and version.isascii() and version.isdigit():
        # isdigit() alone lets "²" through to int(), and int() refuses more than 4,300
        # digits: a version that long is simply from the future
        digits = version.lstrip("0") or "0"
        shown = digits if len(digits) <= 18 else digits[:18] + "…"
        version = data["schema_version"] = int(digits) if len(digits) <= 18 else SCHEMA_VERSION + 1
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        raise PlaybookLoadError(name, "schema", [Issue("schema_version", "must be a whole number")])
    if version > SCHEMA_VERSION:
        raise NewerSchemaError(
            name,
            "newer",
            [
                Issue(
                    "schema_version",
                    f"written by a newer Charter (format {shown}; this version reads up to {SCHEMA_VERSION}); "
                    "open it read-only or update Charter",
                )
            ],
        )


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Pause Python's cycle collector while a large tree of objects is built.

    Building a playbook allocates hundreds of thousands of dicts, lists and models, and the
    collector then re-scans the growing heap again and again: on the 20,000-rule benchmark
    file it doubled validation time (issue 9). The tree has no reference cycles, and plain
    reference counting still frees everything as usual; only the thread that paused the
    collector turns it back on.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def playbook_from_text(name: str, text: str, data: dict[str, Any] | None = None) -> Playbook:
    """Parse, upgrade and validate playbook text; ``data``: the text already parsed
    (:func:`parse_document`), so that a reader that looked at it first parses it only once."""
    with paused_gc():
        if data is None:
            data = parse_document(name, text)
        check_schema_version(name, data)
        upgraded = upgrade(data)
        try:
            return Playbook.model_validate(upgraded)
        except ValidationError as exc:
            raise PlaybookLoadError(
                name, "schema", issues_from_validation(exc, text if upgraded is data else None)
            ) from None


def load(path: str | os.PathLike[str]) -> Playbook:
    """Read, upgrade and validate a playbook file."""
    path = Path(path)
    return playbook_from_text(str(path), read_text(path))


# ---------------------------------------------------------------- writing


def to_data(playbook: Playbook) -> dict[str, Any]:
    """The playbook as plain data in model order, defaults left out (the file's content)."""
    data = playbook.model_dump(mode="json", exclude_defaults=True)
    data.pop("schema_version", None)
    return {"schema_version": SCHEMA_VERSION, **data}


def dumps(playbook: Playbook) -> str:
    """The playbook as YAML text: deterministic, so an unchanged playbook saves byte-identically."""
    with paused_gc():
        return dump_yaml(to_data(playbook))


_NOT_FINGERPRINTED: dict[str, Any] = {"document": {"sign_offs", "change_log", "status", "version", "paper", "language"}}

#: The scheme of :func:`fingerprint`, recorded in every new sign-off (``SignOff.scheme``).
FINGERPRINT_SCHEME = 2

#: Values the schema-1 model assumed where the author wrote nothing, and so printed as policy:
#: (section, field) -> the value assumed. They are now "not set" (None) unless the author wrote
#: them; the canonical content still hashes an unset field as the value once assumed, so that
#: content approved before stays approved (see :func:`fingerprint`).
_ASSUMED: dict[tuple[str, str], Any] = {
    ("document", "review_cadence_months"): 12,
    ("document", "confidentiality"): Confidentiality.INTERNAL,
    ("governance", "model"): GovernanceModel.HUB_AND_SPOKE,
    ("governance", "units"): 1,
    ("privacy", "eu_monitoring"): False,
    ("privacy", "dpia_completed"): False,
    ("training", "qualification_mode"): QualificationMode.EITHER,
    ("training", "attestation_cadence_months"): 12,
}
_ASSUMED_CHANNEL: dict[str, Any] = {
    "state": ChannelState.PLANNED,
    "traffic_light": TrafficLight.AMBER,
    "archive_connected": False,
    "monitored": False,
    "mfa": False,
}
#: Fields added since schema 1 whose "on" is what schema-1 documents stated unasked (section,
#: field, the list the statement was about): left out of the canonical content while on or unset.
_STATED_WHEN_ON: tuple[tuple[str, str, str], ...] = (
    ("scope", "other_platforms", "platforms"),
    ("enforcement", "graded", "ladder"),
)


def _canonical(playbook: Playbook, attestation_assumed: Any = 12) -> tuple[str, list[str]]:
    """The schema-1 canonical JSON of ``playbook`` and the paths of the fields that are unset
    where schema 1 assumed a value (or stated one unasked).

    A field left unset is written as the value schema 1 assumed, so that the JSON of content
    nobody edited is byte for byte what it was. ``attestation_assumed``: schema 1 also allowed
    an explicit null attestation cadence, which an unset one can no longer be told from.
    """
    unset: list[str] = []
    sections: dict[str, Any] = {}
    for (section, name), assumed in _ASSUMED.items():
        part = sections.get(section) or getattr(playbook, section)
        if getattr(part, name) is None:
            if (section, name) == ("training", "attestation_cadence_months"):
                assumed = attestation_assumed
            sections[section] = part.model_copy(update={name: assumed})
            unset.append(f"{section}.{name}")
    accounts = playbook.channels.accounts
    copied = None
    for i, channel in enumerate(accounts):
        missing = {name: assumed for name, assumed in _ASSUMED_CHANNEL.items() if getattr(channel, name) is None}
        if missing:
            if copied is None:
                copied = list(accounts)
            copied[i] = channel.model_copy(update=missing)
            unset.extend(f"channels.accounts[{i}].{name}" for name in missing)
    if copied is not None:
        sections["channels"] = playbook.channels.model_copy(update={"accounts": copied})
    exclude: dict[str, Any] = {key: set(value) for key, value in _NOT_FINGERPRINTED.items()}
    for section, name, about in _STATED_WHEN_ON:
        part = getattr(playbook, section)
        value = getattr(part, name)
        if value is None or value is True:
            exclude.setdefault(section, set()).add(name)
        if value is None and getattr(part, about):
            unset.append(f"{section}.{name}")
    canonical = playbook.model_copy(update=sections) if sections else playbook
    return canonical.model_dump_json(exclude=exclude), unset


def fingerprint(playbook: Playbook) -> str:
    """SHA-256 of the canonical content (scheme :data:`FINGERPRINT_SCHEME`).

    It covers everything staff read. The approval bookkeeping (lifecycle status, version,
    change log and sign-offs) is left out, so that recording an approval does not itself
    count as a change of the approved content; so are the paper and the language the documents
    are printed in (how, not what: choosing Letter does not call for a new approval). The canonical form is pydantic's JSON in
    model field order (compact, UTF-8) as schema 1 wrote it: deterministic, and fast enough
    (tens of milliseconds for 20,000 rules) to recompute on every edit.

    A field the author left unset where schema 1 assumed a value is written as that value
    (so content nobody edited keeps its fingerprint, and its approvals), and the paths of
    those fields follow the JSON: setting such a field, even to the value once assumed,
    changes what the documents state, and so the fingerprint. Content that sets every such
    field hashes exactly as it did under scheme 1.
    """
    canonical, unset = _canonical(playbook)
    if unset:
        canonical += "\n" + json.dumps(unset)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def legacy_fingerprints(playbook: Playbook) -> set[str]:
    """The fingerprints scheme 1 gave the content that reads as ``playbook`` now: what a
    sign-off recorded before scheme 2 (``SignOff.scheme`` 1) is checked against."""
    found = {hashlib.sha256(_canonical(playbook)[0].encode("utf-8")).hexdigest()}
    if playbook.training.attestation_cadence_months is None:
        found.add(hashlib.sha256(_canonical(playbook, None)[0].encode("utf-8")).hexdigest())
    return found


def matches(recorded: str, playbook: Playbook, scheme: int = FINGERPRINT_SCHEME, current: str | None = None) -> bool:
    """Whether a fingerprint recorded under ``scheme`` (a sign-off's, a spoke's record of its
    hub) is that of ``playbook``'s content; ``current``: :func:`fingerprint` of it, if known.

    A scheme-1 record matches content that hashes as it did then, whatever the author has
    left unset since; a scheme-2 record matches only the same content with the same fields set.
    """
    if recorded == (current if current is not None else fingerprint(playbook)):
        return True
    return scheme < 2 and recorded in legacy_fingerprints(playbook)


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def atomic_write(path: str | os.PathLike[str], data: bytes, *, backup: bool = True) -> None:
    """Save ``data`` to ``path`` so that the file is always either the old or the new content.

    A temporary file in the same folder is written, flushed and fsynced, then renamed over the
    target. The saved file keeps the previous one's group and mode (and its owner, where the
    system allows), as editors on shared drives do; the previous content is kept as
    ``<file>.bak`` with the same owner, group and mode. A link is written through (the real
    file, in a synced or shared folder, is the one that changes). On any failure the original
    is untouched and :class:`PlaybookSaveError` says why.
    """
    target = Path(path)
    if target.is_symlink():
        # write through the link: replacing the link itself would leave the real file (in a
        # synced or shared folder) unchanged, with the edits in a stray copy beside the link
        target = Path(os.path.realpath(target))
    _write(target, data, backup=backup, exclusive=False, keep_any_owner=True)


class OutputExists(PlaybookSaveError):
    """A new document's file name is taken (replace it only when asked to)."""


def check_output(
    path: str | os.PathLike[str],
    *,
    force: bool = False,
    protect: Iterable[str | os.PathLike[str]] = (),
    playbook: bool = False,
) -> None:
    """Refuse, in one line, an output that must not be written (before any work is done).

    A new document (an export, a comparison, a resolved or new playbook) never replaces one of
    its inputs (``protect``) nor, unless it is a playbook itself, any ``*.playbook.yaml``; it
    replaces an existing file only with ``force`` (:class:`OutputExists` otherwise), and never
    a folder, a fifo or a device, nor a link to one. A link in its place is replaced, never
    written through (:func:`write_output`).
    """
    out = Path(path)
    name = str(out)
    try:
        entry: os.stat_result | None = os.lstat(out)
    except FileNotFoundError:
        entry = None
    except OSError as exc:
        raise PlaybookSaveError(f"{name}: cannot be written ({_reason(exc)})") from None
    if entry is not None and any(_same_file(entry, source) for source in protect):
        raise PlaybookSaveError(
            f"{name}: is an input of this command (a playbook or one of its hubs); choose another output name"
        )
    if not playbook and out.name.lower().endswith(EXTENSION):
        raise PlaybookSaveError(f"{name}: is named like a playbook ({EXTENSION}); choose another output name")
    if entry is None:
        return
    if stat.S_ISLNK(entry.st_mode):
        try:
            pointed = os.stat(out)
        except OSError:
            pointed = None  # a dangling link: replacing it is harmless
        if pointed is not None and not stat.S_ISREG(pointed.st_mode):
            raise PlaybookSaveError(
                f"{name}: is a link to {_kind(pointed.st_mode)}, not to a file; choose another name"
            )
    elif not stat.S_ISREG(entry.st_mode):
        raise PlaybookSaveError(f"{name}: is {_kind(entry.st_mode)}, not a file; choose another name")
    if not force:
        raise OutputExists(f"{name}: already exists")


def write_output(
    path: str | os.PathLike[str],
    data: bytes,
    *,
    force: bool = False,
    protect: Iterable[str | os.PathLike[str]] = (),
    playbook: bool = False,
) -> None:
    """Write a new document atomically, after :func:`check_output`'s refusals.

    Unlike a save, a link in the output's place is replaced, not written through (a link that
    someone planted must not turn an export into a write to their choice of file), no backup
    is kept, and the file gets the permissions of any new file, unless it replaces a file of
    this user's own, whose group and mode it keeps. Without ``force`` the file appears only if
    the name is still free at the very moment it is written.
    """
    check_output(path, force=force, protect=protect, playbook=playbook)
    _write(Path(path), data, backup=False, exclusive=not force, keep_any_owner=False)


def _same_file(entry: os.stat_result, source: str | os.PathLike[str]) -> bool:
    """Whether ``entry`` is the file at ``source`` by any name (a hard link too; a link to it is
    only replaced, never written through, so it is not the same)."""
    try:
        here = os.stat(source)
    except OSError:
        return False
    return (entry.st_dev, entry.st_ino) == (here.st_dev, here.st_ino)


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a fifo"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _write(target: Path, data: bytes, *, backup: bool, exclusive: bool, keep_any_owner: bool) -> None:
    """The atomic write behind :func:`atomic_write` and :func:`write_output`.

    ``exclusive``: the name must be free (the new file is linked into place, which fails when
    anything appeared there meanwhile). ``keep_any_owner``: keep the replaced file's owner,
    group and mode whoever owns it (a save); otherwise only those of this user's own files.
    """
    folder = target.parent if str(target.parent) else Path(".")
    try:
        before: os.stat_result | None = os.lstat(target)
    except OSError:
        before = None
    if before is not None and stat.S_ISLNK(before.st_mode) and keep_any_owner:
        before = None  # a link that atomic_write could not resolve (a loop): replaced like a new file
    if before is not None and not stat.S_ISREG(before.st_mode) and not stat.S_ISLNK(before.st_mode):
        # reading a fifo would hang, and replacing a device node (as root) would break the system
        raise PlaybookSaveError(f"{target}: is {_kind(before.st_mode)}, not a file; the save was not made")
    regular = before is not None and stat.S_ISREG(before.st_mode)
    try:
        if regular and not exclusive and target.read_bytes() == data:
            return  # a no-op save changes nothing on disk, not even the backup
    except OSError:
        pass
    keep = before if regular and before is not None and (keep_any_owner or before.st_uid == os.geteuid()) else None
    tmp_name: str | None = None
    tmp_backup: str | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=_temp_prefix(target.name), suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
            _permissions(handle.fileno(), keep)
        if backup and regular and before is not None:
            tmp_backup = _backup_copy(target, before)
        if exclusive:
            _link_into_place(tmp_name, target)
        else:
            os.replace(tmp_name, target)
        tmp_name = None
        # the backup moves only once the save has succeeded: a failed save must not replace
        # the previous backup either (a crash in between leaves the older backup, still whole)
        if tmp_backup is not None:
            with contextlib.suppress(OSError):
                os.replace(tmp_backup, target.with_name(target.name + BACKUP_SUFFIX))
                tmp_backup = None
        _fsync_dir(folder)
        _clear_stale_temporaries(folder, target.name)
    except FileExistsError:
        raise OutputExists(f"{target}: already exists") from None
    except OSError as exc:
        raise PlaybookSaveError(
            f"{target}: could not be saved ({_reason(exc)}); the file on disk is unchanged"
        ) from None
    finally:
        for leftover in (tmp_name, tmp_backup):
            if leftover is not None:
                with contextlib.suppress(OSError):
                    os.unlink(leftover)


def _link_into_place(tmp_name: str, target: Path) -> None:
    """Give the written temporary file the name ``target`` only if that name is still free
    (FileExistsError otherwise); the temporary name is gone afterwards."""
    try:
        os.link(tmp_name, target, follow_symlinks=False)
    except FileExistsError:
        raise
    except OSError:
        # no hard links here (FAT, some network shares): claim the name, then rename over it
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
        os.close(fd)
        os.replace(tmp_name, target)
        return
    with contextlib.suppress(OSError):  # the file is in place; a leftover name is cleared later
        os.unlink(tmp_name)


def _permissions(fd: int, like: os.stat_result | None) -> None:
    """Give the new file (still private, as mkstemp makes it) its final owner, group and mode.

    ``like``: the file it replaces (its group and mode are kept, and its owner where the
    system allows: only root may give a file away); None: a new file, with the permissions of
    any new file (0666 less the umask), so colleagues on a shared drive can read it.
    """
    if like is None:
        with contextlib.suppress(OSError):
            os.fchmod(fd, 0o666 & ~_umask())
        return
    # owner and group first: changing them clears the set-id bits a mode may carry
    for uid in (like.st_uid, -1):
        try:
            os.fchown(fd, uid, like.st_gid)
            break
        except OSError:
            continue  # not ours to give away, or a group we are not in: keep what we can
    with contextlib.suppress(OSError):
        os.fchmod(fd, stat.S_IMODE(like.st_mode))


#: A temporary file older than this is left over from a save that was killed mid-way.
STALE_TEMPORARY_SECONDS = 600


def _temp_prefix(name: str) -> str:
    """The prefix of a save's temporary files: hidden, named after the file (cut so that the
    whole name stays within the 255 bytes file systems allow)."""
    # in the file system's own encoding: a name that is not UTF-8 (Latin-1 from an old share)
    # arrives with surrogate escapes, which must go back to the very same bytes
    return f".{os.fsdecode(os.fsencode(name)[:180])}."


def _clear_stale_temporaries(folder: Path, name: str) -> None:
    """Remove temporary files that killed saves of this file (or its backup) left behind.

    Only files named like this file's own temporaries and older than
    :data:`STALE_TEMPORARY_SECONDS` are removed, so a save running in another process is
    never disturbed.
    """
    import time

    limit = time.time() - STALE_TEMPORARY_SECONDS
    prefixes = (_temp_prefix(name), _temp_prefix(name + BACKUP_SUFFIX))
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if entry.name.endswith(".tmp") and entry.name.startswith(prefixes):
            with contextlib.suppress(OSError):
                if entry.is_file(follow_symlinks=False) and entry.stat(follow_symlinks=False).st_mtime < limit:
                    os.unlink(entry.path)


def _umask() -> int:
    """The process's umask, read without changing it where the system allows."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)  # no /proc: read it by setting it, and put it straight back
    os.umask(mask)
    return mask


def _backup_copy(target: Path, like: os.stat_result) -> str:
    """A flushed copy of ``target`` in a temporary file beside it, ready to become the backup,
    with the original's owner, group and mode (a backup must not be readable by more people,
    nor by fewer, than the file it keeps)."""
    backup_path = target.with_name(target.name + BACKUP_SUFFIX)
    fd, tmp_backup = tempfile.mkstemp(prefix=_temp_prefix(backup_path.name), suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(target.read_bytes())
            handle.flush()
            os.fsync(handle.fileno())
            _permissions(handle.fileno(), like)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_backup)
        raise
    return tmp_backup


def _reason(exc: OSError) -> str:
    import errno

    reasons = {
        errno.ENOSPC: "the disk is full",
        errno.EDQUOT: "the disk quota is exceeded",
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
        errno.EROFS: "the folder is read-only",
        errno.ENOENT: "the folder does not exist",
    }
    return reasons.get(exc.errno or 0, exc.strerror or str(exc))


#: How much of a file's start :func:`leading_comments` reads at most.
MAX_COMMENT_BYTES = 64 * 1024


def leading_comments(path: str | os.PathLike[str]) -> str:
    """The comment block ``path`` starts with: its comment and blank lines before the first
    YAML line (say ``# yaml-language-server: $schema=playbook.schema.json``), '' when it has
    none, is missing or cannot be read. Charter writes no comments; it keeps these on save."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(MAX_COMMENT_BYTES)
    except OSError:
        return ""
    lines = head.decode("utf-8-sig", "replace").splitlines(keepends=True)
    kept = []
    for line in lines:
        if line.strip() and not line.lstrip().startswith("#"):
            break
        if not line.endswith("\n"):
            return ""  # a comment block longer than what was read, or a file of comments only
        kept.append(line)
    else:
        return ""
    return "".join(kept)


def save_text(
    path: str | os.PathLike[str],
    text: str,
    *,
    comments_from: str | os.PathLike[str] | None = None,
    merge_notes: bool = True,
) -> None:
    """Write playbook (or spoke) YAML atomically, after the comment block the file started with
    (or, for a save under a new name, the one ``comments_from`` starts with); ``merge_notes``
    False leaves a merge's conflict lines out of it (the editor, where they were decided)."""
    from playbooks.io.mergenotes import without_notes

    header = leading_comments(comments_from if comments_from is not None else path)
    if not merge_notes:
        header = without_notes(header)
    atomic_write(path, (header + text).encode("utf-8"))


def save(
    playbook: Playbook,
    path: str | os.PathLike[str],
    *,
    comments_from: str | os.PathLike[str] | None = None,
    merge_notes: bool = True,
) -> None:
    """Save a playbook atomically (see :func:`atomic_write`), keeping its leading comments (:func:`save_text`)."""
    save_text(path, dumps(playbook), comments_from=comments_from, merge_notes=merge_notes)
