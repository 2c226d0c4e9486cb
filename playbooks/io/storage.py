"""Reading and writing playbook files: limits, clear errors, migrations, atomic saves.

Every failure to read a playbook becomes a :class:`PlaybookLoadError` whose ``str()`` is one
line naming the file, the line and column where known, and the field path:
``hub.playbook.yaml:12:5: channels.accounts[3].response_sla_hours: Must be more than 0`` (worded
by :mod:`playbooks.format.messages`, as the editor words it at the field).
"""

from __future__ import annotations

import contextlib
import functools
import gc
import hashlib
import json
import os
import re
import stat
import typing
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from playbooks.format import messages
from playbooks.format import model as m
from playbooks.format.enums import (
    ApprovalMode,
    Autonomy,
    ChannelState,
    ClauseKind,
    Confidentiality,
    DisclosurePlacement,
    Function,
    GovernanceModel,
    Horizon,
    LexiconAction,
    LexiconMatch,
    MetricKind,
    QualificationMode,
    RetentionStart,
    SpokeKind,
    StorageMode,
    TrafficLight,
)
from playbooks.format.fields import added_in, empty, is_model, unwrap
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


@migration(1)
def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 2 adds organisation-defined vocabularies (audiences, content classes, roles),
    edition history, gates, decision tables and the other structures of issue 18, and no longer
    assumes a value for the item fields of :data:`VERSION1_DEFAULTS`: a version-1 file left
    those out where they held the value version 1 assumed (a rule pre-reviewed, a feature off).
    The step writes that value wherever the file left the field out, so that the upgraded file
    states what version 1 read (and printed, checked, locked and fingerprinted); the version
    number changes so that a version-1 Charter refuses a file that may hold structures it
    cannot read."""
    filled: dict[str, Any] = fill_version1_defaults(data, Playbook)
    return filled


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
    # UTF-32's byte order marks first: UTF-32 LE starts like UTF-16 LE, and BE with NUL bytes
    if raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        raise PlaybookLoadError(name, "read", [Issue("", "the file is UTF-32; save it as UTF-8")])
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


def check_schema_version(name: str, data: dict[str, Any], text: str = "") -> None:
    """Refuse a file from a newer Charter, or a version that is no version; normalise it to an
    int. ``text``: the file's text, for the line of ``schema_version`` in the message."""
    version = data.get("schema_version", 0)
    shown = str(version)
    if isinstance(version, str) and version.isascii() and version.isdigit():
        # isdigit() alone lets "²" through to int(), and int() refuses more than 4,300
        # digits: a version that long is simply from the future
        digits = version.lstrip("0") or "0"
        shown = digits if len(digits) <= 18 else digits[:18] + "…"
        version = data["schema_version"] = int(digits) if len(digits) <= 18 else SCHEMA_VERSION + 1

    def refuse(error: type[PlaybookLoadError], stage: str, message: str) -> PlaybookLoadError:
        line = lines_of(text, [("schema_version",)])[0] if text and "schema_version" in data else None
        return error(name, stage, [Issue("schema_version", message, line)])

    if (isinstance(version, int) and version < 0) or (
        isinstance(version, str) and version.isascii() and re.fullmatch(r"\s*-0*[1-9][0-9]*\s*", version)
    ):
        raise refuse(
            PlaybookLoadError,
            "schema",
            f"must be 0 or more, the version of the file format (this Charter writes {SCHEMA_VERSION})",
        )
    if not isinstance(version, int) or isinstance(version, bool):
        raise refuse(
            PlaybookLoadError,
            "schema",
            f"must be a whole number, the version of the file format (this Charter writes {SCHEMA_VERSION})",
        )
    if version > SCHEMA_VERSION:
        raise refuse(
            NewerSchemaError,
            "newer",
            f"written by a newer Charter (format {shown}; this version reads up to {SCHEMA_VERSION}); "
            "open it read-only or update Charter",
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
        check_schema_version(name, data, text)
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

#: The scheme of :func:`fingerprint`, recorded in every new sign-off (``SignOff.scheme``): 2 told
#: the sections' and channels' unset fields from the values schema 1 assumed, 3 those of every item.
FINGERPRINT_SCHEME = 3

#: The schema version the canonical JSON states, whatever the version of the file.
_CANONICAL_SCHEMA = 1

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
#: The fields of items (wherever they stand) that the schema-1 model assumed where the author
#: wrote nothing, and so printed as policy (attack 02 on issue 17): model -> field -> the value
#: assumed. Unset (None) since fingerprint scheme 3, hashed as :data:`_ASSUMED` is. (A change log
#: entry's ``material`` is unset too, but the change log is not fingerprinted.)
_ASSUMED_ITEM: dict[type[BaseModel], dict[str, Any]] = {
    m.Objective: {"horizon": Horizon.LONG_TERM},
    m.Spoke: {"kind": SpokeKind.REGION, "autonomy": Autonomy.MEDIUM},
    m.Person: {"function": Function.OTHER},
    m.Feature: {"enabled": False},
    m.ListeningStream: {"eu_personal_data": False},
    m.ContentRule: {"approval": ApprovalMode.PRE_REVIEW},
    m.Disclosure: {"placement": DisclosurePlacement.INLINE},
    m.Clause: {"kind": ClauseKind.OBLIGATION},
    m.Lexicon: {"match": LexiconMatch.PHRASE, "action": LexiconAction.FLAG},
    m.RecordClass: {"start_event": RetentionStart.CREATION, "storage_mode": StorageMode.ANY},
    m.TrainingModule: {"required_for_access": False},
    m.Metric: {"kind": MetricKind.BUSINESS_OUTCOME},
    m.Experiment: {"shared_with_hub": False},
}


#: Every item field whose version-1 default version 2 no longer assumes: the fingerprinted ones
#: (:data:`_ASSUMED_ITEM`) and a change log entry's ``material``. The 1 -> 2 migration writes
#: them into version-1 data (:func:`fill_version1_defaults`).
VERSION1_DEFAULTS: dict[type[BaseModel], dict[str, Any]] = {
    **{
        cls: {name: getattr(value, "value", value) for name, value in fields.items()}
        for cls, fields in _ASSUMED_ITEM.items()
    },
    m.ChangeLogEntry: {"material": False},
}


def _holders(targets: typing.Container[type[BaseModel]]) -> dict[type[BaseModel], tuple[str, ...]]:
    """Model -> its fields that hold (in a model, a list of them, or below) a model of
    ``targets``: the only ways :func:`_fill_assumed` and :func:`fill_version1_defaults` walk down."""

    def models(annotation: Any) -> list[type[BaseModel]]:
        if isinstance(annotation, type):
            return [annotation] if issubclass(annotation, BaseModel) else []
        return [found for arg in typing.get_args(annotation) for found in models(arg)]

    reaches: dict[type[BaseModel], bool] = {}

    def reach(cls: type[BaseModel]) -> bool:
        if cls not in reaches:
            reaches[cls] = cls in targets  # (the model has no cycles; this only ends one)
            below = [reach(sub) for f in cls.model_fields.values() for sub in models(f.annotation)]
            reaches[cls] = reaches[cls] or any(below)
        return reaches[cls]

    reach(Playbook)
    out: dict[type[BaseModel], tuple[str, ...]] = {}
    for cls in reaches:
        names = tuple(n for n, f in cls.model_fields.items() if any(reach(sub) for sub in models(f.annotation)))
        if names:
            out[cls] = names
    return out


_HOLDERS = _holders(_ASSUMED_ITEM)
_VERSION1_HOLDERS = _holders(VERSION1_DEFAULTS)


def _model_of(cls: type[BaseModel], name: str) -> type[BaseModel] | None:
    inner, _, _ = unwrap(cls.model_fields[name].annotation)
    return inner if is_model(inner) else None


def fill_version1_defaults(data: Any, cls: type[BaseModel], *, top: bool = True) -> Any:
    """``data`` (plain data of a ``cls``, as a version-1 file wrote it) with every field of
    :data:`VERSION1_DEFAULTS` it leaves out, at any depth, written as the value version 1 read
    there (a copy; anything that is not a mapping is returned as it is, for validation to
    report). ``top``: fill ``cls``'s own fields too; False for a spoke's field-by-field change,
    where a field left out is one the change leaves alone, while a value it gives (a list of
    features) is whole."""
    if not isinstance(data, dict):
        return data
    out = dict(data)
    if top:
        for name, value in VERSION1_DEFAULTS.get(cls, {}).items():
            out.setdefault(name, value)
    for name in _VERSION1_HOLDERS.get(cls, ()):
        inner = _model_of(cls, name)
        value = out.get(name)
        if inner is None or value is None:
            continue
        if isinstance(value, list):
            out[name] = [fill_version1_defaults(item, inner) for item in value]
        else:
            out[name] = fill_version1_defaults(value, inner)
    return out


def _fill_assumed(node: BaseModel, path: str, unset: list[str]) -> BaseModel:
    """``node`` with every item field of :data:`_ASSUMED_ITEM` it leaves unset, at any depth,
    written as the value schema 1 assumed (a copy; ``node`` itself when nothing is unset);
    the paths of those fields are added to ``unset``."""
    update: dict[str, Any] = {}
    for name, assumed in _ASSUMED_ITEM.get(type(node), {}).items():
        if getattr(node, name) is None:
            update[name] = assumed
            unset.append(f"{path}.{name}")
    for name in _HOLDERS.get(type(node), ()):
        value = getattr(node, name)
        where = f"{path}.{name}" if path else name
        if isinstance(value, list):
            copied: list[Any] | None = None
            for i, item in enumerate(value):
                filled = _fill_assumed(item, f"{where}[{i}]", unset)
                if filled is not item:
                    if copied is None:
                        copied = list(value)
                    copied[i] = filled
            if copied is not None:
                update[name] = copied
        elif isinstance(value, BaseModel):
            filled = _fill_assumed(value, where, unset)
            if filled is not value:
                update[name] = filled
    return node.model_copy(update=update) if update else node


#: Fields added since schema 1 whose "on" is what schema-1 documents stated unasked (section,
#: field, the list the statement was about): left out of the canonical content while on or unset.
_STATED_WHEN_ON: tuple[tuple[str, str, str], ...] = (
    ("scope", "other_platforms", "platforms"),
    ("enforcement", "graded", "ladder"),
)


def _canonical(playbook: Playbook, attestation_assumed: Any = 12) -> tuple[str, list[str], list[str]]:
    """The schema-1 canonical JSON of ``playbook`` and the paths of the fields that are unset
    where schema 1 assumed a value (or stated one unasked): those of the sections and channels
    (scheme 2), then those of every other item (scheme 3).

    A field left unset is written as the value schema 1 assumed, so that the JSON of content
    nobody edited is byte for byte what it was. ``attestation_assumed``: schema 1 also allowed
    an explicit null attestation cadence, which an unset one can no longer be told from.
    """
    unset: list[str] = []
    # the file format's version is not content: the JSON keeps the 1 of the schema it was defined
    # under, so that an upgrade to a later format leaves every recorded approval standing
    sections: dict[str, Any] = {"schema_version": _CANONICAL_SCHEMA}
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
    item_unset: list[str] = []
    filled = _fill_assumed(canonical, "", item_unset)
    silent = silent_additions(filled)
    for name, value in (silent or {}).items():
        if name in exclude:
            # a field left out whole stays out whole
            value = {**value, **dict.fromkeys(exclude[name], True)}
        exclude[name] = value
    return filled.model_dump_json(exclude=exclude), unset, item_unset


@functools.cache
def _additions(cls: type[BaseModel]) -> tuple[tuple[str, ...], tuple[tuple[str, bool], ...]]:
    """The fields of ``cls`` added since schema 1, and its model fields (name, is a list) whose
    models have such fields somewhere below."""
    added = tuple(name for name, info in cls.model_fields.items() if added_in(info) > 1)
    children = []
    for name, info in cls.model_fields.items():
        inner, is_list, _ = unwrap(info.annotation)
        # a field added since schema 1 may hold items with later additions of their own (a lock)
        if is_model(inner) and _has_additions(inner):
            children.append((name, is_list))
    return added, tuple(children)


@functools.cache
def _has_additions(cls: type[BaseModel]) -> bool:
    added, children = _additions(cls)
    return bool(added or children)


def silent_additions(model: BaseModel) -> dict[Any, Any] | None:
    """The fields added since schema 1 that say nothing (:func:`empty`), as pydantic's ``exclude``:
    left out of every digest of content (the fingerprint, a spoke's record of its hub's locks), so
    that content nobody extended hashes as it did under schema 1."""
    added, children = _additions(type(model))
    out: dict[Any, Any] = {name: True for name in added if empty(getattr(model, name))}
    for name, is_list in children:
        value = getattr(model, name)
        if value is None or name in out:
            continue
        if is_list:
            below = {i: e for i, item in enumerate(value) if (e := silent_additions(item)) is not None}
            if below:
                out[name] = below
        elif (e := silent_additions(value)) is not None:
            out[name] = e
    return out or None


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
    canonical, unset, item_unset = _canonical(playbook)
    if unset or item_unset:
        canonical += "\n" + json.dumps([*unset, *item_unset])
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def legacy_fingerprints(playbook: Playbook, canonical: str | None = None) -> set[str]:
    """The fingerprints scheme 1 gave the content that reads as ``playbook`` now: what a
    sign-off recorded before scheme 2 (``SignOff.scheme`` 1) is checked against
    (``canonical``: its canonical JSON, if known)."""
    canonical = canonical if canonical is not None else _canonical(playbook)[0]
    found = {hashlib.sha256(canonical.encode("utf-8")).hexdigest()}
    if playbook.training.attestation_cadence_months is None:
        found.add(hashlib.sha256(_canonical(playbook, None)[0].encode("utf-8")).hexdigest())
    return found


def matches(recorded: str, playbook: Playbook, scheme: int = FINGERPRINT_SCHEME, current: str | None = None) -> bool:
    """Whether a fingerprint recorded under ``scheme`` (a sign-off's, a spoke's record of its
    hub) is that of ``playbook``'s content; ``current``: :func:`fingerprint` of it, if known.

    A scheme-1 record matches content that hashes as it did then, whatever the author has
    left unset since; a scheme-2 record matches the same content with the same fields of the
    sections and channels set, whatever items leave unset (scheme 2 could not tell); a
    scheme-3 record matches only the same content with the same fields set.
    """
    if recorded == (current if current is not None else fingerprint(playbook)):
        return True
    if scheme >= 3:
        return False
    # scheme 2: item fields left unset hashed as the values once assumed, and not listed
    canonical, unset, _ = _canonical(playbook)
    listed = canonical + "\n" + json.dumps(unset) if unset else canonical
    if recorded == hashlib.sha256(listed.encode("utf-8")).hexdigest():
        return True
    return scheme < 2 and recorded in legacy_fingerprints(playbook, canonical)


@dataclass(frozen=True)
class WriteGuard:
    """What a save checks right before it replaces the file, besides what every save checks.

    ``digest``: the :func:`content_digest` of the file as the writer read it ('' for no check). A
    file that holds anything else by then (a writer that did not wait for the lock, or a link
    swapped in after the read) is left alone: the save fails, and nothing is written anywhere.
    ``holding``: whether the writer still holds the file's lock (None for no check); a lock taken
    over meanwhile (``--break-lock``) stops the save, so that the one who broke it, having read
    the file without this writer's change, cannot write over it unnoticed.
    ``force``: replace a read-only file of one's own, and a file that has other names (hard
    links), which a save otherwise refuses (:class:`NeedsForce`).
    """

    digest: str = ""
    holding: Callable[[], bool] | None = None
    force: bool = False


class NeedsForce(PlaybookSaveError):
    """A save refused until the user confirms it (``--force``; the editor asks): the file is
    write-protected, or has other names (hard links) that would keep the previous version.
    ``reason`` says which, in words that fit after the file's name."""

    def __init__(self, target: str | os.PathLike[str], reason: str) -> None:
        self.target = str(target)
        self.reason = reason
        super().__init__(one_line(f"{target}: {reason}; the file on disk is unchanged"))


def atomic_write(
    path: str | os.PathLike[str], data: bytes, *, backup: bool = True, guard: WriteGuard | None = None
) -> str:
    """Save ``data`` to ``path`` so that the file is always either the old or the new content.

    A temporary file in the same folder is written, flushed and fsynced, then renamed over the
    target, all relative to the folder as it was opened (a folder or file swapped for a link
    meanwhile is never written through). The saved file keeps the previous one's group, mode,
    access control list and extended attributes (and its owner, where the system allows), as
    editors on shared drives do; the previous content is kept as ``<file>.bak`` with the same.
    A link is written through (the real file, in a synced or shared folder, is the one that
    changes). A file this user may not write is never replaced (renaming over it would make it
    theirs), and one that is write-protected or has other names (hard links) only with
    ``guard.force``. On any failure the original is untouched and :class:`PlaybookSaveError`
    says why. Returns '' or one line about what the save could not do besides (the backup).
    """
    target = Path(path)
    if target.is_symlink():
        # write through the link: replacing the link itself would leave the real file (in a
        # synced or shared folder) unchanged, with the edits in a stray copy beside the link
        target = Path(os.path.realpath(target))
    return _write(target, data, backup=backup, exclusive=False, save=True, guard=guard or WriteGuard())


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
    replaces an existing file only with ``force`` (:class:`OutputExists` otherwise), never a
    file of another user's that this user may not write, and never a folder, a fifo or a
    device, nor a link to one. A link in its place is replaced, never written through
    (:func:`write_output`).
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
    elif not _may_write(entry, out):
        raise PlaybookSaveError(f"{name}: {_not_yours(entry)}; choose another name")
    if not force:
        raise OutputExists(f"{name}: already exists")


def write_output(
    path: str | os.PathLike[str],
    data: bytes,
    *,
    force: bool = False,
    protect: Iterable[str | os.PathLike[str]] = (),
    playbook: bool = False,
    holding: Callable[[], bool] | None = None,
) -> None:
    """Write a new document atomically, after :func:`check_output`'s refusals.

    Unlike a save, a link in the output's place is replaced, not written through (a link that
    someone planted must not turn an export into a write to their choice of file), no backup
    is kept, and the file gets the permissions of any new file, unless it replaces a file of
    this user's own, whose group, mode and access list it keeps. Without ``force`` the file
    appears only if the name is still free at the very moment it is written. ``holding``: as
    :attr:`WriteGuard.holding` (a playbook replaced under its lock).
    """
    check_output(path, force=force, protect=protect, playbook=playbook)
    guard = WriteGuard(holding=holding, force=True)
    _write(Path(path), data, backup=False, exclusive=not force, save=False, guard=guard)


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


def _may_write(entry: os.stat_result, path: str | os.PathLike[str], folder: _Folder | None = None) -> bool:
    """Whether this user may replace the regular file ``entry`` (at ``path``, or at that name in
    ``folder``): their own file, or one they may write (a rename needs only the folder's
    permission, and would make another user's file theirs: editors refuse, and so does Charter)."""
    if entry.st_uid == _euid() or not hasattr(os, "geteuid"):
        return True  # (Windows: no owners to keep; its access lists decide at the rename)
    try:
        if folder is not None:
            return folder.access(os.fspath(path), os.W_OK)
        return os.access(path, os.W_OK, effective_ids=os.access in os.supports_effective_ids)
    except (OSError, NotImplementedError):
        return False


def _not_yours(entry: os.stat_result) -> str:
    try:
        import pwd

        owner = pwd.getpwuid(entry.st_uid).pw_name
    except (ImportError, KeyError):
        owner = f"user {entry.st_uid}"
    return one_line(f"belongs to {owner}, and you may not write it (saving would make it yours)")


def _euid() -> int:
    return os.geteuid() if hasattr(os, "geteuid") else -1


#: Whether files can be opened, renamed and linked relative to an open folder here (not on Windows).
_AT = {os.open, os.stat, os.unlink, os.link, os.access, os.rename} <= os.supports_dir_fd


class _Folder:
    """The folder a save writes into, opened once: every name is looked up in this very folder,
    even if its path is swapped for a link to another one meanwhile (where the system allows)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.fd: int | None = None
        if _AT:
            flags = getattr(os, "O_PATH", os.O_RDONLY) | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0)
            self.fd = os.open(path, flags)

    def close(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None

    def _at(self, name: str) -> str:
        return name if self.fd is not None else os.path.join(self.path, name)

    def lstat(self, name: str) -> os.stat_result:
        return os.stat(self._at(name), dir_fd=self.fd, follow_symlinks=False)

    def open(self, name: str, flags: int, mode: int = 0o600) -> int:
        return os.open(self._at(name), flags | getattr(os, "O_CLOEXEC", 0), mode, dir_fd=self.fd)

    def access(self, name: str, mode: int) -> bool:
        effective = os.access in os.supports_effective_ids
        return os.access(self._at(name), mode, dir_fd=self.fd, effective_ids=effective, follow_symlinks=False)

    def replace(self, source: str, name: str) -> None:
        os.replace(self._at(source), self._at(name), src_dir_fd=self.fd, dst_dir_fd=self.fd)

    def link(self, source: str, name: str) -> None:
        os.link(self._at(source), self._at(name), src_dir_fd=self.fd, dst_dir_fd=self.fd, follow_symlinks=False)

    def unlink(self, name: str) -> None:
        os.unlink(self._at(name), dir_fd=self.fd)

    def create_temporary(self, prefix: str) -> tuple[int, str]:
        """A new private file named ``<prefix>charter-<16 random hex>.tmp`` (:func:`_is_own_temporary`)."""
        import secrets

        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
        for _ in range(100):
            name = f"{prefix}{_TEMPORARY_MARK}{secrets.token_hex(8)}.tmp"
            try:
                return self.open(name, flags, 0o600), name
            except FileExistsError:
                continue
        raise FileExistsError(f"no free temporary name beside {self.path}")

    def fsync(self) -> None:
        with contextlib.suppress(OSError):
            fd = os.open(self.path, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)


@dataclass
class _Replaced:
    """The regular file a write replaces, opened (never through a link) and read as needed."""

    fd: int
    info: os.stat_result
    content: bytes | None = None  # None: not read (larger than needed)

    def read(self, limit: int) -> bytes | None:
        """The whole file if it is at most ``limit`` bytes, else None (never more is read)."""
        if self.content is None and self.info.st_size <= limit:
            os.lseek(self.fd, 0, os.SEEK_SET)
            chunks, size = [], 0
            while size <= limit:
                chunk = os.read(self.fd, 1 << 20)
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
            data = b"".join(chunks)
            self.content = data if len(data) <= limit else None
        return self.content


def _open_replaced(folder: _Folder, name: str, display: Path, *, save: bool) -> _Replaced | None:
    """The regular file at ``name`` (None when there is none, or a link an output replaces)."""
    try:
        entry = folder.lstat(name)
    except FileNotFoundError:
        return None
    if stat.S_ISLNK(entry.st_mode):
        if save:
            # atomic_write resolved any link: one here appeared since (or is a loop)
            raise PlaybookSaveError(
                f"{display}: became a link while it was being saved; the save was not made, the file on disk is unchanged"
            )
        return None
    if not stat.S_ISREG(entry.st_mode):
        # reading a fifo would hang, and replacing a device node (as root) would break the system
        raise PlaybookSaveError(f"{display}: is {_kind(entry.st_mode)}, not a file; the save was not made")
    fd = folder.open(name, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        raise PlaybookSaveError(f"{display}: is {_kind(info.st_mode)}, not a file; the save was not made")
    return _Replaced(fd, info)


def _refusals(folder: _Folder, name: str, display: Path, old: _Replaced, guard: WriteGuard) -> None:
    """What stops a save from replacing ``old`` (before anything is written)."""
    info = old.info
    if not _may_write(info, name, folder):
        raise PlaybookSaveError(f"{display}: {_not_yours(info)}; the file on disk is unchanged")
    if guard.digest:
        content = old.read(MAX_FILE_BYTES)
        if content is None or content_digest(content) != guard.digest:
            raise PlaybookSaveError(
                f"{display}: changed since it was read (by a writer that did not wait for its lock, or a link "
                "put in its place); nothing was written, the file on disk is unchanged"
            )
    if guard.force:
        return
    if info.st_uid == _euid() and not info.st_mode & stat.S_IWUSR:
        raise NeedsForce(display, "is write-protected (read-only)")
    if info.st_nlink > 1:
        others = info.st_nlink - 1
        raise NeedsForce(
            display,
            f"has {others} other name{'s' if others != 1 else ''} (hard links), which would keep the previous "
            "version: the save would make this name a file of its own",
        )


def _still_there(folder: _Folder, name: str, display: Path, old: _Replaced | None, guard: WriteGuard) -> None:
    """The last look before the rename: the writer's lock is still its own, and the file is
    still the one that was checked (not replaced by another writer, nor by a link)."""
    if guard.holding is not None and not guard.holding():
        raise PlaybookSaveError(
            f"{display}: another Charter took over the file's lock (--break-lock) while this save was being made; "
            "nothing was written, the file on disk is unchanged"
        )
    if old is None or not guard.digest:
        return
    try:
        now = folder.lstat(name)
    except OSError:
        now = None
    then = old.info
    if now is None or (now.st_dev, now.st_ino, now.st_size, now.st_mtime_ns) != (
        then.st_dev,
        then.st_ino,
        then.st_size,
        then.st_mtime_ns,
    ):
        raise PlaybookSaveError(
            f"{display}: changed while it was being saved; nothing was written, the file on disk is unchanged"
        )


def _write(target: Path, data: bytes, *, backup: bool, exclusive: bool, save: bool, guard: WriteGuard) -> str:
    """The atomic write behind :func:`atomic_write` (``save``) and :func:`write_output`.

    ``exclusive``: the name must be free (the new file is linked into place, which fails when
    anything appeared there meanwhile). ``save``: keep the replaced file's owner, group, mode
    and access list whoever owns it, check ``guard``, keep a backup; otherwise those of this
    user's own files only. Returns '' or one line about the backup that could not be kept.
    """
    name = target.name
    try:
        folder = _Folder(target.parent if str(target.parent) else Path("."))
    except OSError as exc:
        raise PlaybookSaveError(
            f"{target}: could not be saved ({_reason(exc)}); the file on disk is unchanged"
        ) from None
    old: _Replaced | None = None
    tmp_name: str | None = None
    tmp_backup: str | None = None
    note = ""
    try:
        old = _open_replaced(folder, name, target, save=save)
        if old is not None and save:
            _refusals(folder, name, target, old, guard)
        if old is not None and not exclusive and old.info.st_size == len(data) and old.read(len(data)) == data:
            return ""  # a no-op save changes nothing on disk, not even the backup
        keep = old.info if old is not None and (save or old.info.st_uid == _euid()) else None
        fd, tmp_name = folder.create_temporary(_temp_prefix(name))
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
            _permissions(handle.fileno(), keep, old.fd if old is not None else None, target)
        if backup and old is not None:
            tmp_backup, note = _backup_copy(folder, target, old)
        _still_there(folder, name, target, old, guard)
        if exclusive:
            _link_into_place(folder, tmp_name, name)
        else:
            folder.replace(tmp_name, name)
        tmp_name = None
        # the backup moves only once the save has succeeded: a failed save must not replace
        # the previous backup either (a crash in between leaves the older backup, still whole)
        if tmp_backup is not None:
            try:
                folder.replace(tmp_backup, name + BACKUP_SUFFIX)
                tmp_backup = None
            except OSError as exc:
                note = _backup_note(target, _reason(exc))
        folder.fsync()
        _clear_stale_temporaries(folder, name)
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
                    folder.unlink(leftover)
        if old is not None:
            os.close(old.fd)
        folder.close()
    return note


def _backup_note(target: Path, reason: str) -> str:
    return one_line(
        f"{target}: saved, but the previous version could not be kept as {target.name}{BACKUP_SUFFIX} ({reason})"
    )


def _link_into_place(folder: _Folder, tmp_name: str, name: str) -> None:
    """Give the written temporary file the name ``name`` only if that name is still free
    (FileExistsError otherwise); the temporary name is gone afterwards."""
    try:
        folder.link(tmp_name, name)
    except FileExistsError:
        raise
    except OSError:
        # no hard links here (FAT, some network shares): claim the name, then rename over it
        fd = folder.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
        os.close(fd)
        folder.replace(tmp_name, name)
        return
    with contextlib.suppress(OSError):  # the file is in place; a leftover name is cleared later
        folder.unlink(tmp_name)


#: The extended attribute that holds a file's POSIX access control list (Linux).
ACL_ATTRIBUTE = "system.posix_acl_access"


def _permissions(fd: int, like: os.stat_result | None, source: int | None = None, display: Path | None = None) -> None:
    """Give the new file (still private, as it was created) its final owner, group, mode, access
    control list and extended attributes.

    ``like``: the file it replaces, open as ``source`` (its group, mode, access list and
    attributes are kept, and its owner where the system allows: only root may give a file
    away); None: a new file, with the permissions of any new file (0666 less the umask), so
    colleagues on a shared drive can read it. An access list that cannot be kept fails the
    save: the file would be open to other people than before (a folder's default access list
    is what a new file inherits, and must not be what a saved one gets).
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
    if source is not None:
        _copy_attributes(source, fd, display)
    with contextlib.suppress(OSError):
        os.fchmod(fd, stat.S_IMODE(like.st_mode))


def _copy_attributes(source: int, fd: int, display: Path | None) -> None:
    """The extended attributes of ``source`` on ``fd``: its access control list exactly (the one
    the new file inherited from its folder goes), the others where the system lets this user."""
    if not hasattr(os, "listxattr"):
        return  # no extended attributes here (macOS and Windows keep theirs another way)
    try:
        names = os.listxattr(source)
    except OSError:
        names = []  # no attributes on this file system
    if ACL_ATTRIBUTE not in names:
        with contextlib.suppress(OSError):
            os.removexattr(fd, ACL_ATTRIBUTE)  # inherited from the folder's default access list
    for attribute in names:
        try:
            os.setxattr(fd, attribute, os.getxattr(source, attribute))
        except OSError as exc:
            if attribute == ACL_ATTRIBUTE:
                raise PlaybookSaveError(
                    f"{display}: could not be saved (its access control list could not be kept: {_reason(exc)}); "
                    "the file on disk is unchanged"
                ) from None
            # security.* and trusted.* attributes are the system's to set; user.* ones may
            # not fit (another file system): the file itself is still saved


#: A temporary file older than this is left over from a save that was killed mid-way.
STALE_TEMPORARY_SECONDS = 600
#: What every temporary file Charter writes has before its random part.
_TEMPORARY_MARK = "charter-"


def _temp_prefix(name: str) -> str:
    """The prefix of a save's temporary files: hidden, named after the file (cut so that the
    whole name stays within the 255 bytes file systems allow)."""
    # in the file system's own encoding: a name that is not UTF-8 (Latin-1 from an old share)
    # arrives with surrogate escapes, which must go back to the very same bytes
    return f".{os.fsdecode(os.fsencode(name)[:180])}."


def _is_own_temporary(entry_name: str, prefixes: tuple[str, ...]) -> bool:
    """Whether a name is exactly one of Charter's temporary names for this file (or its backup):
    ``<prefix>charter-<16 hex>.tmp``, never a file of anyone else's that merely looks alike."""
    for prefix in prefixes:
        rest = entry_name[len(prefix) :] if entry_name.startswith(prefix) else ""
        if re.fullmatch(re.escape(_TEMPORARY_MARK) + r"[0-9a-f]{16}\.tmp", rest):
            return True
    return False


def _clear_stale_temporaries(folder: _Folder, name: str) -> None:
    """Remove temporary files that killed saves of this file (or its backup) left behind.

    Only Charter's own temporaries (:func:`_is_own_temporary`) of this user, older than
    :data:`STALE_TEMPORARY_SECONDS`, are removed: a save running in another process is never
    disturbed, and nothing that merely looks like a temporary is ever deleted.
    """
    import time

    limit = time.time() - STALE_TEMPORARY_SECONDS
    prefixes = (_temp_prefix(name), _temp_prefix(name + BACKUP_SUFFIX))
    try:
        names = os.listdir(folder.path)
    except OSError:
        return
    for entry in names:
        if not _is_own_temporary(entry, prefixes):
            continue
        with contextlib.suppress(OSError):
            info = folder.lstat(entry)  # judged (and removed) in the folder the save opened
            if stat.S_ISREG(info.st_mode) and info.st_uid == _euid() and info.st_nlink == 1 and info.st_mtime < limit:
                folder.unlink(entry)


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


def _backup_copy(folder: _Folder, target: Path, old: _Replaced) -> tuple[str | None, str]:
    """A flushed copy of the replaced file in a temporary file beside it, ready to become the
    backup, with the original's owner, group, mode and access list (a backup must not be
    readable by more people, nor by fewer, than the file it keeps); or None and why not."""
    backup_name = target.name + BACKUP_SUFFIX
    if len(os.fsencode(backup_name)) > 255:
        return None, _backup_note(target, "the name would be longer than file names may be")
    content = old.read(MAX_FILE_BYTES)
    if content is None:
        return None, _backup_note(target, f"it is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    fd, tmp_backup = folder.create_temporary(_temp_prefix(backup_name))
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
            _permissions(handle.fileno(), old.info, old.fd, target)
    except BaseException:
        with contextlib.suppress(OSError):
            folder.unlink(tmp_backup)
        raise
    return tmp_backup, ""


def _reason(exc: OSError) -> str:
    import errno

    reasons = {
        errno.ENOSPC: "the disk is full",
        errno.EDQUOT: "the disk quota is exceeded",
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
        errno.EROFS: "the folder is read-only",
        errno.ENOENT: "the folder does not exist",
        errno.ENAMETOOLONG: "the name is longer than file names may be",
    }
    return reasons.get(exc.errno or 0, exc.strerror or str(exc))


#: How much of a file's start :func:`leading_comments` reads at most.
MAX_COMMENT_BYTES = 64 * 1024


def leading_comments(path: str | os.PathLike[str]) -> str:
    """The comment block ``path`` starts with: its comment and blank lines before the first
    YAML line (say ``# yaml-language-server: $schema=playbook.schema.json``), '' when it has
    none, is missing or cannot be read. Charter writes no comments; it keeps these on save."""
    try:
        # non-blocking: a fifo in the file's place must not hang a save (the save refuses it)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with open(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                return ""
            head = handle.read(MAX_COMMENT_BYTES)
    except OSError:
        return ""
    return comments_in(head.decode("utf-8-sig", "replace"))


def comments_in(text: str) -> str:
    """The comment block a file's ``text`` starts with (see :func:`leading_comments`); '' when it
    has none, or when it is all comments (no YAML after them in ``text``)."""
    lines = text.removeprefix("\ufeff").splitlines(keepends=True)
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
    guard: WriteGuard | None = None,
) -> str:
    """Write playbook (or spoke) YAML atomically, after the comment block the file started with
    (or, for a save under a new name, the one ``comments_from`` starts with); ``merge_notes``
    False leaves a merge's conflict lines out of it (the editor, where they were decided).
    ``guard`` and the line returned: see :func:`atomic_write`."""
    from playbooks.io.mergenotes import without_notes

    header = leading_comments(comments_from if comments_from is not None else path)
    if not merge_notes:
        header = without_notes(header)
    return atomic_write(path, (header + text).encode("utf-8"), guard=guard)


def save(
    playbook: Playbook,
    path: str | os.PathLike[str],
    *,
    comments_from: str | os.PathLike[str] | None = None,
    merge_notes: bool = True,
    guard: WriteGuard | None = None,
) -> str:
    """Save a playbook atomically (see :func:`atomic_write`), keeping its leading comments
    (:func:`save_text`); returns '' or one line about the backup that could not be kept."""
    return save_text(path, dumps(playbook), comments_from=comments_from, merge_notes=merge_notes, guard=guard)
