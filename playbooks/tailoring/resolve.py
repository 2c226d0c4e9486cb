"""Resolution: the effective playbook of a spoke = its hub + the spoke's changes.

* Deterministic and idempotent: the same files always give the same effective playbook, and
  applying a spoke's changes to its own effective playbook changes nothing.
* Validated as a whole: the result is a :class:`~playbooks.format.model.Playbook` (references and
  duplicate ids included); a change that breaks it is reported against that change.
* Provenance: every address the spoke changed maps to the change (and its rationale,
  approver, expiry); everything else comes from the hub, or, for a dandelion, from the hub's
  own spoke changes further up.
* Hubs are paths relative to the spoke file. A hub that cannot be read, is not a playbook, or
  spokes that name each other in a cycle give one ``SPOKE-HUB-MISSING`` finding, never a
  crash or a hang.

:func:`tailor` works on plain models (what the editor calls); :func:`resolve_file` reads the
files and follows the hub chain.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from pydantic_core import to_jsonable_python

from playbooks.format.enums import Decision, Severity, SpokeKind
from playbooks.format.fields import is_model, unwrap
from playbooks.format.findings import SCHEMA, Finding
from playbooks.format.identity import find_key, item_key, key_field, shared_positions
from playbooks.format.language import gettext as _
from playbooks.format.language import ngettext
from playbooks.format.model import Playbook
from playbooks.format.paths import Address, Key, join, parse
from playbooks.format.references import REFERENCE_KINDS
from playbooks.io.storage import (
    EXTENSION,
    PlaybookLoadError,
    Source,
    fingerprint,
    format_path,
    matches,
    parse_document,
    playbook_from_text,
    read_source,
    read_text,
    silent_additions,
)
from playbooks.tailoring.apply import Refused, Working
from playbooks.tailoring.locks import DIGEST_ITEMS_MAX, Weakening, lock_record, record_weakenings, weakenings
from playbooks.tailoring.paths import (
    PathError,
    index_path,
    list_spot,
    locate,
    split_dotted,
    walk_data,
)
from playbooks.tailoring.spoke import (
    AUDIENCE_SCOPE,
    CHAIN_BROKEN,
    CHANGE_EXPIRED,
    HUB_DRIFT,
    HUB_LOCKS_LOOSENED,
    HUB_MISSING,
    HUB_REPLACED,
    HUB_UNAPPROVED,
    HUB_UNRECORDED,
    LOCKED_WEAKENED,
    NO_RATIONALE,
    AddChange,
    ModifyChange,
    RemoveChange,
    SetChange,
    SpokeFile,
    change_lines,
    describe_change,
    is_spoke_data,
    no_rationale,
    rationale_problem,
    spoke_from_text,
    typed_fields,
    typed_value,
)

#: How many hubs a chain of spokes may climb (corporate -> business unit -> region is 2).
MAX_CHAIN = 16

AnyChange = AddChange | ModifyChange | SetChange | RemoveChange


# ---------------------------------------------------------------- results


@dataclass(frozen=True)
class ChangeRef:
    """Which change of which spoke file produced a value, and why."""

    file: str
    index: int
    label: str
    rationale: str
    approver: str
    expires: dt.date | None
    line: int | None


@dataclass(frozen=True)
class Origin:
    """Where an effective value comes from: ``source`` is "hub" or "spoke"; ``file`` the file
    that holds it; ``change`` the spoke change (None for hub values and the spoke's sign-offs)."""

    source: str
    file: str
    change: ChangeRef | None

    def describe(self, here: str = "") -> str:
        """Where the value comes from, in words: "Inherited from the hub", or "Changed in this
        spoke: its rationale (approved by …, until …)". ``here``: the spoke file being looked
        at; a value from a spoke above it (a business unit's) names that spoke's file."""
        change = self.change
        if self.source == "hub" or change is None:
            return "Inherited from the hub"
        where = "this spoke" if not here or here == self.file else Path(self.file).name
        why = " ".join(change.rationale.split()) or "(no rationale)"
        who = [f"approved by {change.approver}"] if change.approver else []
        who += [f"until {change.expires.isoformat()}"] if change.expires else []
        return f"Changed in {where}: {why}" + (f" ({', '.join(who)})" if who else "")


@dataclass
class Tailoring:
    """The outcome of applying a spoke's changes to a hub (plain models, no files read)."""

    effective: Playbook | None
    findings: list[Finding]
    provenance: dict[Address, ChangeRef]
    removed: dict[Address, ChangeRef]
    applied: list[bool]
    #: the locked hub items loosened (each also a ``SPOKE-LOCKED-WEAKENED`` finding), with the
    #: keyed address and the rule
    weakened: list[Weakening] = field(default_factory=list)


@dataclass
class Resolution:
    """A resolved spoke file: its hub (effective, if the hub is itself a spoke), the effective
    playbook, the spoke's own findings, provenance, and the resolution of the hub when it is a
    spoke (dandelion). ``effective`` is None when the spoke cannot be resolved."""

    file: str
    spoke: SpokeFile
    hub_file: str
    hub: Playbook | None = None
    effective: Playbook | None = None
    findings: list[Finding] = field(default_factory=list)
    provenance: dict[Address, ChangeRef] = field(default_factory=dict)
    removed: dict[Address, ChangeRef] = field(default_factory=dict)
    hub_resolution: Resolution | None = None
    lines: list[int | None] = field(default_factory=list)
    #: whether each change applied (a change that does not fit is reported, and skipped)
    applied: list[bool] = field(default_factory=list)
    #: the locked hub items the spoke loosens (see :class:`~playbooks.tailoring.locks.Weakening`)
    weakened: list[Weakening] = field(default_factory=list)
    _effective_data: dict[str, Any] | None = field(default=None, repr=False)
    #: the hub file's text as read when resolving (findings from the hub are placed on its lines
    #: without reading it again)
    hub_text: str | None = field(default=None, repr=False)

    @property
    def chain(self) -> list[str]:
        """The files from this spoke up to the root hub."""
        if self.hub_resolution is not None:
            return [self.file, *self.hub_resolution.chain]
        return [self.file, self.hub_file]

    def origin(self, address: Address) -> Origin:
        """Where the effective value at ``address`` (keyed, see :mod:`.paths`) comes from (for an
        item the spoke removed: the change that removed it)."""
        if address[:2] == ("document", "sign_offs"):
            return Origin("spoke", self.file, None)
        ref = _ref_for(address, self.provenance) or _ref_for(address, self.removed)
        if ref is not None:
            return Origin("spoke", self.file, ref)  # set here, or removed here
        if self.hub_resolution is not None:
            return self.hub_resolution.origin(address)
        return Origin("hub", self.hub_file, None)

    def line_for(self, path: str) -> int | None:
        """The spoke file line of the change behind the effective value at an index ``path``
        (``channels.accounts[3].owner``): the change that set it (or something in it), else one
        that removed something from it; None when the value comes from the hub."""
        if self.effective is None or not (self.provenance or self.removed):
            return None
        address = address_of(self._data(), path)
        ref = _ref_for(address, self.provenance) or _ref_for(address, self.removed)
        return ref.line if ref is not None and ref.file == self.file else None

    def describe_origin(self, path: str) -> str:
        """Where the effective value at an index ``path`` comes from, in words (:meth:`Origin.describe`);
        '' when the spoke did not resolve or the path names nothing."""
        if self.effective is None:
            return ""
        try:
            return self.origin(address_of(self._data(), path)).describe(self.file)
        except (KeyError, ValueError, TypeError, AttributeError):
            return ""

    def _data(self) -> dict[str, Any]:
        """The effective playbook as plain data (made once: the effective playbook is a value)."""
        if self._effective_data is None:
            assert self.effective is not None
            self._effective_data = self.effective.model_dump(mode="json")
        return self._effective_data


# ---------------------------------------------------------------- index paths <-> addresses

_INDEX_PART = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]")


def address_of(data: dict[str, Any], path: str) -> Address:
    """The keyed address of an index path (``channels.accounts[2].owner``) in plain data."""
    return _keyed_address(data, Playbook, path, _dict_child, item_key)


def _dict_child(node: Any, name: str) -> Any:
    return node.get(name) if isinstance(node, dict) else None


def _keyed_address(
    root: Any, cls: Any, path: str, child: Callable[[Any, str], Any], key_of: Callable[[Any, Any], str | None]
) -> Address:
    """The keyed address of an index path below ``root`` (of model class ``cls``): ``child``
    steps into a field, ``key_of`` gives a list item's key. Stops at an index that is out of
    range or names an item without a key."""
    out: list[Any] = []
    node: Any = root
    for name, number in _INDEX_PART.findall(path):
        if name:
            out.append(name)
            node = child(node, name)
            cls = unwrap(cls.model_fields[name].annotation)[0] if is_model(cls) and name in cls.model_fields else None
            continue
        index = int(number)
        if not isinstance(node, list) or index >= len(node):
            break
        key = key_of(node[index], cls)
        if key is None:
            break
        out.append(Key(key))
        node = node[index]
    return tuple(out)


def _ref_for(address: Address, refs: dict[Address, ChangeRef]) -> ChangeRef | None:
    """The change that set ``address``, a parent of it, or something inside it."""
    for length in range(len(address), 0, -1):
        if address[:length] in refs:
            return refs[address[:length]]
    for known, ref in refs.items():
        if known[: len(address)] == address:
            return ref
    return None


# ---------------------------------------------------------------- tailoring


def tailor(
    hub: Playbook,
    spoke: SpokeFile,
    *,
    file: str = "",
    lines: list[int | None] | None = None,
    today: dt.date | None = None,
) -> Tailoring:
    """Apply ``spoke``'s changes to ``hub`` (plain models); never raises for bad content.

    Findings: ``SPOKE-NO-RATIONALE``, ``SPOKE-CHANGE-EXPIRED``, ``SPOKE-LOCKED-WEAKENED``, the
    per-change part of ``SPOKE-HUB-DRIFT``, and ``SCHEMA`` for changes that do not fit the
    playbook format. Paths of spoke findings are ``changes[i]...`` except lock violations,
    which carry the hub item's path (``records.record_classes[0].retention_years``).

    The effective playbook shares unchanged sub-models with ``hub`` (see
    :mod:`playbooks.tailoring.apply`): treat both as values, never change them in place.
    """
    lines = lines if lines is not None else [None] * len(spoke.changes)
    today = today or dt.date.today()
    working = Working(hub)
    # the hub's sign-offs approve the hub's content, not the region's
    working.put(("document", "sign_offs"), list(spoke.spoke.sign_offs))
    findings: list[Finding] = []
    provenance: dict[Address, ChangeRef] = {}
    removed: dict[Address, ChangeRef] = {}
    applied: list[bool] = []
    for i, change in enumerate(spoke.changes):
        line = lines[i] if i < len(lines) else None
        ref = ChangeRef(file, i, describe_change(change), change.rationale, change.approver, change.expires, line)
        missing = rationale_problem(change.rationale)
        if missing is not None:
            findings.append(
                Finding(
                    NO_RATIONALE,
                    Severity.WARNING,
                    f"changes[{i}].rationale",
                    no_rationale(missing),
                    line,
                )
            )
        if change.expires is not None and change.expires < today:
            findings.append(
                Finding(
                    CHANGE_EXPIRED,
                    Severity.WARNING,
                    f"changes[{i}].expires",
                    f"{ref.label} expired on {change.expires.isoformat()}; renew it with its approver or remove it",
                    line,
                )
            )
        try:
            set_addresses, removed_addresses = working.apply(change)
        except Refused as refusal:
            findings.append(
                Finding(refusal.code, refusal.severity, f"changes[{i}].{refusal.where}", refusal.message, line)
            )
            applied.append(False)
            continue
        applied.append(True)
        for address in set_addresses:
            provenance[address] = ref
            removed.pop(address, None)
        for address in removed_addresses:
            removed[address] = ref
            for known in [a for a in provenance if a[: len(address)] == address]:
                del provenance[known]
        findings.extend(_change_drift(hub, change, i, ref))

    effective = working.root
    # locks first: a removed locked channel that rules still refer to is a lock violation
    # before it is a broken reference, and the user must be told so
    weakened = weakenings(hub, effective, working.dirty, working.positions)
    for weak in weakened:
        culprit = _ref_for(weak.address or model_address(hub, weak.path), {**provenance, **removed})
        # the message is one plain sentence; the line says which change of the file does it
        line = culprit.line if culprit else None
        findings.append(Finding(LOCKED_WEAKENED, Severity.ERROR, weak.path, weak.message, line))
    findings.extend(_audience_scope(hub, effective, spoke, file, lines, applied, {**provenance, **removed}))
    problems = working.problems()
    for problem in problems:
        culprit = _ref_for(model_address(effective, problem.path), provenance) or _taken_away(
            hub, effective, problem.path, provenance, removed
        )
        # at the change that caused it (its line in the spoke file), the field's path once
        if culprit is None:
            findings.append(Finding(SCHEMA, Severity.ERROR, problem.path, problem.message, None))
            continue
        message = f"{problem.path}: {problem.message} (after {culprit.label})"
        findings.append(Finding(SCHEMA, Severity.ERROR, f"changes[{culprit.index}]", message, culprit.line))
    return Tailoring(None if problems else effective, findings, provenance, removed, applied, weakened)


def spoke_entry(hub: Playbook, region: str, file: str) -> Any:
    """The hub's entry for a spoke (Governance > Spokes), by its file's name or its region's; None
    when the hub lists it under neither."""
    base = os.path.basename(file)
    for entry in hub.governance.spokes:
        if (entry.file and os.path.basename(entry.file) == base) or entry.name.strip() == region.strip():
            return entry
    return None


def _audience_scope(
    hub: Playbook,
    effective: Playbook,
    spoke: SpokeFile,
    file: str,
    lines: list[int | None],
    applied: list[bool],
    refs: dict[Address, ChangeRef],
) -> list[Finding]:
    """A sub-policy the hub lists for some audiences (kind audience) may bind only them: each item it
    adds binds some of those audiences and no other; whom it is for is the hub's to say."""
    entry = spoke_entry(hub, spoke.spoke.region, file)
    if entry is None or entry.kind != SpokeKind.AUDIENCE or not entry.audiences:
        return []
    allowed = set(entry.audiences)
    named = ", ".join(entry.audiences)
    out: list[Finding] = []
    now = next((e for e in effective.governance.spokes if e.id == entry.id), None)
    if now is None or now.kind != entry.kind or list(now.audiences) != list(entry.audiences):
        ref = _ref_for(("governance", "spokes", Key(entry.id)), refs) or _ref_for(("governance", "spokes"), refs)
        out.append(
            Finding(
                AUDIENCE_SCOPE,
                Severity.ERROR,
                f"changes[{ref.index}]" if ref else "governance.spokes",
                f"the hub lists this spoke as the sub-policy for {named}; whom it is for is the hub's to change",
                ref.line if ref else None,
            )
        )
    for i, change in enumerate(spoke.changes):
        if not isinstance(change, AddChange) or not (i < len(applied) and applied[i]):
            continue
        item = change.item if isinstance(change.item, dict) else None
        inner = list_spot(change.target).inner
        if item is None or not is_model(inner) or "audiences" not in inner.model_fields:
            continue
        binds = item.get("audiences") or []
        outside = [a for a in binds if a not in allowed] if isinstance(binds, list) else []
        if binds and not outside:
            continue
        whom = ", ".join(map(str, outside)) if outside else "everyone the policy applies to"
        out.append(
            Finding(
                AUDIENCE_SCOPE,
                Severity.ERROR,
                f"changes[{i}].item.audiences",
                f"{describe_change(change)} binds {whom}; this spoke is the sub-policy for {named}, so what it "
                "adds binds only them (name them in the item's audiences)",
                lines[i] if i < len(lines) else None,
            )
        )
    return out


def _value_at(root: BaseModel, path: str) -> Any:
    """The value at an index path (``channels.accounts[2].owner``) of a model; None if none."""
    node: Any = root
    try:
        for part in parse(path):
            node = node[part] if isinstance(part, int) else getattr(node, part)
    except (ValueError, IndexError, TypeError, AttributeError):
        return None
    return node


def _taken_away(
    hub: Playbook,
    effective: Playbook,
    path: str,
    provenance: dict[Address, ChangeRef],
    removed: dict[Address, ChangeRef],
) -> ChangeRef | None:
    """The change that took away what the hub's reference at ``path`` names: the removal of the
    item (``remove people.roles duty-officer``), or the replacement of its whole list."""
    value = _value_at(effective, path)
    if not isinstance(value, str):
        return None
    for address, ref in removed.items():
        if address and address[-1] == Key(value):
            return ref
    for section, attribute, _noun in REFERENCE_KINDS.values():
        replaced = provenance.get((section, attribute))
        if replaced is None:
            continue
        was = getattr(getattr(hub, section), attribute)
        now = getattr(getattr(effective, section), attribute)
        if any(getattr(item, "id", None) == value for item in was) and not any(
            getattr(item, "id", None) == value for item in now
        ):
            return replaced
    return None


def model_address(root: BaseModel, path: str) -> Address:
    """The keyed address of an index path (``channels.accounts[2].owner``) in a model."""
    return _keyed_address(root, type(root), path, lambda node, name: getattr(node, name, None), item_key)


def model_value_at(root: BaseModel, address: Address) -> tuple[Any, str | None]:
    """(the value at a keyed address as plain JSON data, its index path) in a model; (None, None)
    when a keyed item is not there."""
    node: Any = root
    cls: Any = type(root)
    loc: list[str | int] = []
    for part in address:
        if isinstance(part, Key):
            if not isinstance(node, list):
                return None, None
            index = shared_positions(node, cls).get(part.value)
            if index is None or item_key(node[index], cls) != part.value:
                index = find_key(node, cls, part.value)  # a stale map, or the key in another Unicode form
            if index is None:
                return None, None
            loc.append(index)
            node = node[index]
        else:
            loc.append(part)
            cls = unwrap(cls.model_fields[part].annotation)[0] if is_model(cls) and part in cls.model_fields else None
            node = getattr(node, part, None) if isinstance(node, BaseModel) else None
    return to_jsonable_python(node), format_path(tuple(loc))


def _partial_diff(recorded: Any, current: Any, prefix: Address) -> list[tuple[Address, Any, Any]]:
    """(address, recorded, current) for every recorded leaf that differs from the current hub."""
    if isinstance(recorded, dict) and isinstance(current, dict):
        out: list[tuple[Address, Any, Any]] = []
        for name, value in recorded.items():
            out.extend(_partial_diff(value, current.get(name), (*prefix, name)))
        return out
    return [] if recorded == current else [(prefix, recorded, current)]


def hub_value_at(hub_data: dict[str, Any], address: Address) -> Any:
    """The value at a keyed address in plain hub data (None when absent)."""
    found = walk_data(hub_data, address)
    return None if found is None else found[1]


def record_hub_values(hub: Playbook, change: AnyChange) -> AnyChange:
    """``change`` with the hub's current values of the fields it touches recorded (``hub_values``
    for a modify, ``hub_value`` for a set), so a later hub update shows as drift of this change.
    Only the item or field concerned is read from the hub (never the whole hub dumped)."""
    if isinstance(change, ModifyChange):
        try:
            base: Address = (*split_dotted(change.target), Key(change.id))
        except PathError:
            return change
        item = model_value_at(hub, base)[0]
        if not isinstance(item, dict):
            return change
        return change.model_copy(update={"hub_values": _pick(change.fields, item)})
    if isinstance(change, SetChange):
        try:
            address = split_dotted(change.path)
        except PathError:
            return change
        return SetChange.model_validate(
            {**change.model_dump(exclude={"hub_value"}), "hub_value": model_value_at(hub, address)[0]}
        )
    return change


def _pick(shape: dict[str, Any], source: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in shape.items():
        current = source.get(name)
        out[name] = _pick(value, current) if isinstance(value, dict) and isinstance(current, dict) else current
    return out


@dataclass(frozen=True)
class Drift:
    """Something that moved in the hub underneath the spoke.

    ``kind``: "value" (a field the spoke changes has another hub value than when tailored),
    "item-changed", "item-added", "item-removed" (from the hub item digests), or "hub" (the
    hub as a whole: version or fingerprint). ``tailored_against``/``hub_now`` are the hub
    values then and now, ``spoke_value`` what the spoke sets.
    """

    kind: str
    address: str
    path: str | None
    tailored_against: Any = None
    hub_now: Any = None
    spoke_value: Any = None
    change: ChangeRef | None = None


def value_drifts(hub_data: dict[str, Any] | Playbook, change: AnyChange, ref: ChangeRef | None = None) -> list[Drift]:
    """The fields ``change`` touches whose hub value (``hub_data``: the hub model, or its plain
    JSON data) is no longer the one the spoke recorded when tailored (values compared in their
    field types, so the YAML text '6' equals the number 6.0)."""
    out: list[Drift] = []
    if not (isinstance(change, ModifyChange) and change.hub_values) and not (
        isinstance(change, SetChange) and "hub_value" in change.model_fields_set
    ):
        return out

    def value_at(address: Address) -> Any:
        if isinstance(hub_data, BaseModel):
            return model_value_at(hub_data, address)[0]
        return hub_value_at(hub_data, address)

    def path_of(address: Address) -> str | None:
        if isinstance(hub_data, BaseModel):
            return model_value_at(hub_data, address)[1]
        return index_path(hub_data, address)

    if isinstance(change, ModifyChange) and change.hub_values:
        try:
            parts = split_dotted(change.target)
            cls = list_spot(change.target).inner
        except PathError:
            return out
        if not is_model(cls):
            return out
        base: Address = (*parts, Key(change.id))
        item = value_at(base)
        if not isinstance(item, dict):
            return out
        recorded = typed_fields(cls, change.hub_values)
        spoke_values = typed_fields(cls, change.fields)
        for address, was, now in _partial_diff(recorded, item, base):
            spoke_value: Any = spoke_values
            for part in address[len(base) :]:
                spoke_value = spoke_value.get(part) if isinstance(spoke_value, dict) else None
            out.append(Drift("value", join(address), path_of(address), was, now, spoke_value, ref))
    elif isinstance(change, SetChange) and "hub_value" in change.model_fields_set:
        try:
            address = split_dotted(change.path)
            locate(address)
        except PathError:
            return out
        current = value_at(address)
        was = typed_value(change.path, change.hub_value)
        if current != was:
            spoke_value = typed_value(change.path, change.value)
            out.append(Drift("value", change.path, change.path, was, current, spoke_value, ref))
    return out


#: The former private name, still used by callers outside the package.
_value_drifts = value_drifts


def _show(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return json.dumps(value, ensure_ascii=False, default=str) if isinstance(value, dict | list | str) else str(value)


def _change_drift(hub_data: dict[str, Any] | Playbook, change: AnyChange, i: int, ref: ChangeRef) -> list[Finding]:
    return [
        Finding(
            HUB_DRIFT,
            Severity.WARNING,
            drift.path or drift.address,
            f"the hub changed {drift.address} from {_show(drift.tailored_against)} to {_show(drift.hub_now)} "
            f"since this spoke was tailored (the spoke sets {_show(drift.spoke_value)} in changes[{i}]); "
            "review the change, then record the new hub value ('charter rebase')",
            ref.line,
        )
        for drift in value_drifts(hub_data, change, ref)
    ]


# ---------------------------------------------------------------- hub digests


def _digest(value: Any) -> str:
    canonical = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:12]


def _item_digests(out: dict[str, str], name: str, items: list[Any], cls: Any) -> None:
    if len(items) > DIGEST_ITEMS_MAX:
        out[f"{name}[*]"] = _digest(items)
        return
    for item in items:
        out[f"{name}[{item_key(item, cls)}]"] = _digest(item)


def hub_digests(hub: Playbook) -> dict[str, str]:
    """A 12-hex digest of every keyed hub item (``channels.accounts[c-li]``) and of the rest of
    each section (``privacy``): what a spoke records so a diff can list what moved in the hub.
    A list of more than :data:`DIGEST_ITEMS_MAX` items has one digest (``content.rules[*]``).
    Fields added since schema 1 that say nothing are left out, as the fingerprint leaves them
    out (:func:`~playbooks.io.storage.silent_additions`): a hub item nobody changed keeps the
    digest a spoke recorded of it before they existed."""
    exclude: dict[Any, Any] = silent_additions(hub) or {}
    document = exclude.get("document")
    exclude["document"] = {
        **(document if isinstance(document, dict) else {}),
        # the language documents are written in is how, not what (as for the fingerprint)
        **dict.fromkeys(("sign_offs", "change_log", "status", "version", "language"), True),
    }
    data = hub.model_dump(mode="json", exclude=exclude)
    out: dict[str, str] = {}
    for section, info in Playbook.model_fields.items():
        if section == "schema_version" or section not in data:
            continue
        inner, is_list, _ = unwrap(info.annotation)
        value = data[section]
        if is_list:
            keyed = is_model(inner) and key_field(inner) is not None
            if keyed:
                _item_digests(out, section, value, inner)
            else:
                out[section] = _digest(value)
            continue
        rest = dict(value) if isinstance(value, dict) else value
        if is_model(inner) and isinstance(rest, dict):
            for name, sub in inner.model_fields.items():
                sub_inner, sub_list, _ = unwrap(sub.annotation)
                if sub_list and is_model(sub_inner) and key_field(sub_inner) is not None and name in rest:
                    _item_digests(out, f"{section}.{name}", rest.pop(name), sub_inner)
        out[section] = _digest(rest)
    return dict(sorted(out.items()))


def digest_drift(recorded: dict[str, str], current: dict[str, str]) -> list[Drift]:
    """Hub items changed, added or removed since the recorded digests."""
    out: list[Drift] = []
    for name in sorted(set(recorded) | set(current)):
        if name not in current:
            out.append(Drift("item-removed", name, None))
        elif name not in recorded:
            out.append(Drift("item-added", name, None))
        elif recorded[name] != current[name]:
            out.append(Drift("item-changed", name, None))
    return out


# ---------------------------------------------------------------- files and hub chains


def hub_location(spoke_file: Path, hub: str) -> Path:
    """Where the hub named in a spoke file is; raises ValueError with a reason for absurd paths."""
    if "\x00" in hub or any(ord(c) < 32 for c in hub):
        raise ValueError("the hub path contains control characters")
    if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", hub):
        raise ValueError("the hub must be a file next to the spoke, not a web address (Charter never uses the network)")
    if hub.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", hub) or hub.startswith("~"):
        raise ValueError("the hub path must be relative to the spoke file (e.g. ../hub.playbook.yaml)")
    if "\\" in hub:
        raise ValueError("write the hub path with '/' between folders")
    if not hub.endswith(EXTENSION):
        raise ValueError(f"the hub must be a playbook file ({EXTENSION})")
    return spoke_file.parent / hub


def _real(path: Path) -> str:
    try:
        return os.path.realpath(path)
    except (OSError, ValueError):
        return os.path.abspath(path)


def resolve_text(
    name: str,
    text: str,
    *,
    today: dt.date | None = None,
    data: dict[str, Any] | None = None,
    hubs: HubFiles | None = None,
    _stack: tuple[str, ...] = (),
) -> Resolution:
    """Resolve spoke text read from the file ``name`` (the hub path is relative to it); ``data``:
    the text already parsed (:func:`~playbooks.io.storage.parse_document`), if it was; ``hubs``:
    how the hubs are read (default: from disk, see :class:`HubFiles`).

    Raises :class:`PlaybookLoadError` only for the spoke file itself (unreadable YAML, not the
    spoke format); every problem with the hub is a ``SPOKE-HUB-MISSING`` finding.
    """
    spoke = spoke_from_text(name, text, data)
    spoke_path = Path(name)
    real = _real(spoke_path)
    stack = (*_stack, real)
    lines = change_lines(text, len(spoke.changes))
    result = Resolution(name, spoke, spoke.spoke.hub, lines=lines)

    def missing(message: str) -> Resolution:
        result.findings.append(Finding(HUB_MISSING, Severity.ERROR, "spoke.hub", message, line_of_hub(text)))
        return result

    try:
        hub_path = hub_location(spoke_path, spoke.spoke.hub)
    except ValueError as exc:
        return missing(f"'{spoke.spoke.hub}': {exc}")
    result.hub_file = os.path.normpath(hub_path)
    hub_real = _real(hub_path)
    if hub_real == real:
        return missing(f"'{spoke.spoke.hub}' is this spoke itself; a spoke's hub must be another playbook")
    if hub_real in stack:
        cycle = " -> ".join(Path(p).name for p in (*stack[stack.index(hub_real) :], hub_real))
        return missing(f"spokes name each other as hubs in a cycle ({cycle}); one of them must name the real hub")
    if len(stack) > MAX_CHAIN:
        return missing(f"the chain of hubs is deeper than {MAX_CHAIN}; check the hub paths")
    try:
        hub_text = (hubs or _DISK).text(hub_path)
    except PlaybookLoadError as exc:
        reason = exc.issues[0].message if exc.issues else "cannot be read"
        return missing(f"the hub '{spoke.spoke.hub}' cannot be read ({reason})")
    result.hub_text = hub_text
    upstream: list[tuple[str, Finding]] = []
    try:
        cached = _cached_hub(hub_text)
        hub_data = parse_document(str(hub_path), hub_text) if cached is None else None
        if hub_data is not None and is_spoke_data(hub_data):
            hub_resolution = resolve_text(str(hub_path), hub_text, today=today, data=hub_data, hubs=hubs, _stack=stack)
            result.hub_resolution = hub_resolution
            upstream = chain_errors(hub_resolution)
            if hub_resolution.effective is None:
                why = describe_level_error(*upstream[0]) if upstream else "it cannot be resolved"
                return missing(f"the hub '{spoke.spoke.hub}' is a spoke that cannot be resolved ({why})")
            hub = hub_resolution.effective
        else:
            hub = cached if cached is not None else (hubs or _DISK).playbook(str(hub_path), hub_text, hub_data)
    except PlaybookLoadError as exc:
        return missing(f"the hub '{spoke.spoke.hub}' is not a usable playbook ({exc})")
    except RecursionError:
        return missing("the chain of hubs is too deep to follow")
    _complete(result, hub, text, today, None if result.hub_resolution is not None else hub_text, bool(upstream))
    result.findings.extend(_chain_findings(spoke.spoke.hub, upstream, text))
    if not _stack:
        result.findings.extend(_site_hub(result, text))
    return result


def _chain_findings(hub_name: str, upstream: list[tuple[str, Finding]], text: str) -> list[Finding]:
    """A level above that breaks the promise breaks every spoke below it: the lock it loosened
    is loosened here too, so this spoke fails with it, naming the level, line and rule."""
    line = line_of_hub(text) if text else None
    return [
        Finding(
            CHAIN_BROKEN,
            Severity.ERROR,
            "spoke.hub",
            f"the hub '{hub_name}' is a spoke with an error, so this spoke inherits it: "
            f"{describe_level_error(file, finding)}; fix it there first",
            line,
        )
        for file, finding in upstream
    ]


def chain_errors(resolution: Resolution) -> list[tuple[str, Finding]]:
    """The error findings of the spoke tailoring of ``resolution`` and of every spoke above it
    (dandelion), each with the file it is in: (file, finding), nearest level first."""
    own = [
        (resolution.file, f)
        for f in resolution.findings
        if f.severity is Severity.ERROR and f.code != CHAIN_BROKEN and not f.waived
    ]
    above = chain_errors(resolution.hub_resolution) if resolution.hub_resolution is not None else []
    known = {(file, f.code, f.path, f.line) for file, f in above}
    return [*(e for e in own if (e[0], e[1].code, e[1].path, e[1].line) not in known), *above]


def describe_level_error(file: str, finding: Finding) -> str:
    """``bu.playbook.yaml:7: SPOKE-LOCKED-WEAKENED: conduct.clauses[0]: the hub locks ...``."""
    where = f"{file}:{finding.line}" if finding.line else file
    path = f"{finding.path}: " if finding.path else ""
    return f"{where}: {finding.code}: {path}{finding.message}"


def _complete(
    result: Resolution,
    hub: Playbook,
    text: str,
    today: dt.date | None,
    hub_text: str | None = None,
    chain_broken: bool = False,
) -> None:
    result.hub = hub
    outcome = tailor(hub, result.spoke, file=result.file, lines=result.lines, today=today)
    result.effective = outcome.effective
    result.findings.extend(outcome.findings)
    result.provenance = outcome.provenance
    result.removed = outcome.removed
    result.applied = outcome.applied
    result.weakened = outcome.weakened
    hub_fingerprint = fingerprint(hub)
    result.findings.extend(_hub_drift(result.spoke, hub, text, hub_fingerprint))
    result.findings.extend(_hub_approval(result, hub, text, hub_fingerprint))
    if not chain_broken:
        # a level above with an error fails this spoke already (SPOKE-CHAIN-BROKEN names it): the
        # locks it loosened would only be named twice
        result.findings.extend(_hub_locks(result, hub, text, hub_fingerprint, hub_text))


def hub_approval(hub: Playbook, hub_fingerprint: str | None = None) -> str | None:
    """Why the content of ``hub`` is not approved as it is, or None when its latest approving
    sign-off covers exactly this content (for a spoke used as a hub: its own sign-offs of its
    effective playbook)."""
    approvals = [s for s in hub.document.sign_offs if s.decision is not Decision.REJECTED]
    if not approvals:
        return "has never been approved (it has no sign-off)"
    last = approvals[-1]
    if not matches(last.fingerprint, hub, last.scheme, hub_fingerprint):
        return f"changed after {last.approver} approved it on {last.date.isoformat()}"
    return None


def _hub_approval(result: Resolution, hub: Playbook, text: str, hub_fingerprint: str) -> list[Finding]:
    why = hub_approval(hub, hub_fingerprint)
    if why is None:
        return []
    return [
        Finding(
            HUB_UNAPPROVED,
            Severity.WARNING,
            "spoke.hub",
            f"the hub '{result.spoke.spoke.hub}' {why}: this region is tailoring a rulebook nobody approved as it "
            "is; have the hub signed off before the region relies on it",
            line_of_hub(text) if text else None,
        )
    ]


_LOCK_RECORDS: OrderedDict[str, dict[str, dict[str, Any]]] = OrderedDict()
#: Fingerprints of the last few hub models, by identity (the entry keeps the model alive, so an id
#: is never reused while cached): a hub is a value, and the editor asks once per proposed change.
_FINGERPRINTS: OrderedDict[int, tuple[Playbook, str]] = OrderedDict()


def fingerprint_once(hub: Playbook) -> str:
    """:func:`~playbooks.io.storage.fingerprint` of a hub model, remembered while it is in use."""
    known: tuple[Playbook, str] = _remember(_FINGERPRINTS, id(hub), lambda: (hub, fingerprint(hub)))
    return known[1]


def hub_lock_record(hub: Playbook, hub_fingerprint: str | None = None) -> dict[str, dict[str, Any]]:
    """:func:`~playbooks.tailoring.locks.lock_record` of ``hub``, remembered for the last few hubs
    (every spoke of a hub asks); treat the result as a value."""
    current = hub_fingerprint or fingerprint_once(hub)
    known: dict[str, dict[str, Any]] = _remember(_LOCK_RECORDS, current, lambda: lock_record(hub))
    return known


@dataclass(frozen=True)
class LockCheck:
    """The hub's locks now against what the spoke recorded when it was tailored (``hub_locks``).

    ``weakened``: the recorded locks the hub file now removes, unlocks or loosens (and the items
    they name that it changes); ``unrecorded``: why loosened locks cannot be ruled out (the spoke
    records no locks, and the hub it did record moved), or None; ``approved``: the hub is approved
    as it is (its last approving sign-off covers this content), so what it changed is the hub's
    own decision, not a copy's.
    """

    weakened: list[Weakening]
    unrecorded: str | None
    approved: bool

    @property
    def blocking(self) -> bool:
        """Whether the spoke may not rely on the hub file as it is (an error; ``rebase`` refuses)."""
        return not self.approved and (bool(self.weakened) or self.unrecorded is not None)


def hub_lock_check(
    spoke: SpokeFile, hub: Playbook, *, hub_fingerprint: str | None = None, hub_name: str = "the hub"
) -> LockCheck:
    """Whether ``hub`` (the file ``hub_name``) still holds the locks ``spoke`` recorded (see
    :class:`LockCheck`). A copy of the hub with its locks taken out, under the same id, through a
    link or a look-alike name, is found here: its locks are not the ones the spoke was tailored
    against, and nobody approved it."""
    current = hub_fingerprint or fingerprint(hub)
    approved = hub_approval(hub, current) is None
    if approved:
        return LockCheck([], None, True)
    if spoke.hub_locks:
        return LockCheck(record_weakenings(spoke.hub_locks, hub, hub_name, hub_lock_record(hub, current)), None, False)
    header = spoke.spoke
    if header.hub_fingerprint is not None:
        moved = header.hub_fingerprint != current
    elif spoke.hub_items:
        moved = bool(digest_drift(spoke.hub_items, _digests(hub, current)))
    else:
        moved = True  # nothing recorded at all: nothing says this is the hub it was tailored against
    if not moved:
        return LockCheck([], None, False)
    return LockCheck(
        [],
        "the spoke does not record the hub's locked items (hub_locks) and the hub changed since it was tailored, so "
        "a lock taken out or loosened in it cannot be ruled out",
        False,
    )


def _hub_label(result: Resolution) -> str:
    """The hub as the spoke names it, and the file it really is when that is a link."""
    named = result.spoke.spoke.hub
    if not result.hub_file:
        return named
    real = _real(Path(result.hub_file))
    if real != os.path.abspath(result.hub_file):
        return f"{named} (a link to {real})"
    return named


def place_in_hub(result: Resolution, address: Address, hub_text: str | None = None) -> tuple[str, int | None]:
    """The file and line that hold ``address`` in the hub of ``result``: the change of a spoke
    further up the chain that set it, or the root hub file (``hub_text``: its text, when the
    caller has it; otherwise it is read again, for the line only). No line when the hub file
    leaves out the whole section, as for a finding in the hub itself (``yamlio.field_lines``)."""
    return hub_places(result, [address], hub_text)[0]


def hub_places(
    result: Resolution, addresses: list[Address], hub_text: str | None = None, paths: list[str] | None = None
) -> list[tuple[str, int | None]]:
    """:func:`place_in_hub` of many addresses, reading and parsing the root hub's text once.
    ``paths``: the index path of each in the effective playbook, which is the root hub's too where
    nothing on the way changed (so that the second of two items with the same key is found)."""
    out: list[tuple[str, int | None]] = []
    root: list[tuple[int, str]] = []  # (position in out, index path in the root hub)
    level = result
    while level.hub_resolution is not None:
        level = level.hub_resolution
    for i, address in enumerate(addresses):
        found = _in_chain(result, address)
        if found is not None:
            out.append(found)
            continue
        out.append((level.hub_file, None))
        if level.hub is None or not level.hub_file:
            continue
        given = paths[i] if paths is not None else None
        if given and result.effective is not None and _shared(result.effective, level.hub, given):
            root.append((len(out) - 1, given))
            continue
        path = model_value_at(level.hub, address)[1]
        if path is None:
            # not in the hub (an item it no longer has): the list it would be in
            first_key = next((i for i, part in enumerate(address) if isinstance(part, Key)), len(address))
            path = format_path(tuple(p for p in address[:first_key] if isinstance(p, str)))
        root.append((len(out) - 1, path))
    if root:
        if hub_text is None or level is not result:
            hub_text = level.hub_text
        if hub_text is None:
            try:
                hub_text = read_text(Path(level.hub_file))
            except PlaybookLoadError:
                return out
        from playbooks.format.paths import parse
        from playbooks.io.yamlio import field_lines

        lines = field_lines(hub_text, [parse(path) if path else () for _, path in root])
        for (position, _), line in zip(root, lines, strict=True):
            out[position] = (level.hub_file, line)
    return out


def _shared(effective: Playbook, hub: Playbook, path: str) -> bool:
    """Whether the list item the index ``path`` leads into is the very same object in both (nothing
    on the way changed, so the index path is the hub's too)."""
    from playbooks.format.paths import get, parse

    try:
        parts = parse(path)
        last = max((i for i, part in enumerate(parts) if isinstance(part, int)), default=None)
        if last is None:
            return False
        return get(effective, parts[: last + 1]) is get(hub, parts[: last + 1])
    except (KeyError, IndexError, AttributeError, TypeError, ValueError):
        return False


def _in_chain(result: Resolution, address: Address) -> tuple[str, int | None] | None:
    """The file and line of the change of a spoke above ``result`` that set (or removed) ``address``."""
    level = result
    while level.hub_resolution is not None:
        above = level.hub_resolution
        ref = _ref_for(address, above.provenance) or _ref_for(address, above.removed)
        if ref is not None:
            return above.file, ref.line
        level = above
    return None


def _hub_locks(
    result: Resolution, hub: Playbook, text: str, hub_fingerprint: str, hub_text: str | None
) -> list[Finding]:
    label = _hub_label(result)
    check = hub_lock_check(result.spoke, hub, hub_fingerprint=hub_fingerprint, hub_name="the hub file")
    if not check.blocking:
        return []
    line = line_of_hub(text) if text else None
    remedy = (
        f"the hub '{label}' is not approved as it is, so this is not the hub's decision: point hub: at the hub this "
        "spoke was tailored against, or have the hub signed off as it is"
    )
    if check.unrecorded is not None:
        return [Finding(HUB_UNRECORDED, Severity.ERROR, "spoke.hub", f"{check.unrecorded}; {remedy}", line)]
    places = hub_places(result, [weak.address for weak in check.weakened], hub_text)
    out: list[Finding] = []
    for weak, (file, hub_line) in zip(check.weakened, places, strict=True):
        where = f"{file}:{hub_line}" if hub_line else file
        out.append(Finding(HUB_LOCKS_LOOSENED, Severity.ERROR, "spoke.hub", f"{where}: {weak.message}; {remedy}", line))
    return out


def record_hub_locks(spoke: SpokeFile, hub: Playbook, *, hub_fingerprint: str | None = None) -> SpokeFile:
    """``spoke`` with the locks of ``hub`` recorded (``hub_locks``), when that blesses nothing:
    the spoke records none yet and the hub is the one it recorded (or approved), or the hub keeps
    every lock recorded (or is approved as it is). Otherwise the old record stays, and with it the
    error that says which lock the hub file loosened. Every tailoring change calls it."""
    current = hub_fingerprint or fingerprint_once(hub)
    if hub_lock_check(spoke, hub, hub_fingerprint=current).blocking:
        return spoke
    record = hub_lock_record(hub, current)
    if spoke.hub_locks == record:
        return spoke
    return spoke.model_copy(update={"hub_locks": dict(record)})


def _site_hub(result: Resolution, text: str) -> list[Finding]:
    """The hub the site configuration names (``hub``, set by IT and lockable): a spoke whose chain
    of hubs does not lead to it tailors another playbook than the organisation's hub."""
    from playbooks.io import config

    setting = config.current().settings["hub"]
    if setting.value is None or setting.source is config.Source.DEFAULT:
        return []
    configured = _real(Path(setting.value))
    files = {_real(Path(result.file))}
    level: Resolution | None = result
    while level is not None:
        if level.hub_file:
            files.add(_real(Path(level.hub_file)))
        level = level.hub_resolution
    if configured in files:
        return []
    real = _real(Path(result.hub_file)) if result.hub_file else result.spoke.spoke.hub
    return [
        Finding(
            HUB_REPLACED,
            Severity.ERROR,
            "spoke.hub",
            f"the site configuration names {setting.value} as the organisation's hub ({setting.origin}), but the hub "
            f"'{result.spoke.spoke.hub}' of this spoke is {real}, and no hub above it is that file: point hub: at "
            "the organisation's hub",
            line_of_hub(text) if text else None,
        )
    ]


def resolve_models(
    hub: Playbook,
    spoke: SpokeFile,
    *,
    file: str = "",
    hub_file: str = "",
    text: str = "",
    today: dt.date | None = None,
    above: Resolution | None = None,
) -> Resolution:
    """A :class:`Resolution` of plain models, for the editor: the spoke being edited and its hub
    already in memory (nothing is read, nothing is parsed). ``text`` (the spoke's file text, if
    any) gives findings their lines. ``above`` is the resolution of the hub when the hub is
    itself a spoke (from the resolution of the file as read): provenance follows it, and its
    errors fail this spoke as in :func:`resolve_file`; without it provenance stops at ``hub``.
    :func:`~playbooks.tailoring.diff.differences` and :func:`~playbooks.tailoring.diff.drifted`
    accept the result."""
    lines = change_lines(text, len(spoke.changes)) if text else [None] * len(spoke.changes)
    result = Resolution(file, spoke, hub_file, lines=lines, hub_resolution=above)
    upstream = chain_errors(above) if above is not None else []
    _complete(result, hub, text, today, chain_broken=bool(upstream))
    result.findings.extend(_chain_findings(spoke.spoke.hub, upstream, text))
    return result


#: Hubs already parsed, by the SHA-256 of their text -> the validated hub as JSON. Many spokes
#: of one hub (validate of a folder, the benchmark) then parse the hub's YAML once; each
#: resolution still gets its own fresh Playbook, so nothing is shared between callers.
_HUB_CACHE: OrderedDict[str, str] = OrderedDict()
_HUB_CACHE_SIZE = 8
_HUB_CACHE_LOCK = threading.Lock()


class HubFiles:
    """How a resolution reads the hubs its spokes name: from disk, each hub's text parsed once per
    content (:func:`load_hub`). A subclass reads them from elsewhere (the same git revision as
    the spoke) or shares the parsed hubs between the many spokes of one run (validating a folder);
    every hub of a chain is read through the same object."""

    def source(self, path: Path) -> Source:
        """The text of the file at ``path`` and the digest of its bytes."""
        return read_source(path)

    def text(self, path: Path) -> str:
        """The text of the hub file at ``path``; :class:`PlaybookLoadError` when it cannot be read."""
        return read_text(path)

    def playbook(self, name: str, text: str, data: dict[str, Any] | None = None) -> Playbook:
        """The hub playbook of ``text`` (``data``: the text already parsed, if it was)."""
        return load_hub(name, text, data)


_DISK = HubFiles()


def _cached_hub(text: str) -> Playbook | None:
    """A fresh model of the hub with this text, if it was parsed before (only hubs are cached,
    never spokes, so a hit is a hub)."""
    key = hashlib.sha256(text.encode("utf-8")).hexdigest()
    with _HUB_CACHE_LOCK:
        cached = _HUB_CACHE.get(key)
        if cached is not None:
            _HUB_CACHE.move_to_end(key)
    return None if cached is None else Playbook.model_validate_json(cached)


def load_hub(name: str, text: str, data: dict[str, Any] | None = None) -> Playbook:
    """The hub playbook from its text (as :func:`playbooks.io.storage.playbook_from_text`, ``data``
    the text already parsed if it was), cached by content."""
    cached = _cached_hub(text)
    if cached is not None:
        return cached
    key = hashlib.sha256(text.encode("utf-8")).hexdigest()
    hub = playbook_from_text(name, text, data)
    with _HUB_CACHE_LOCK:
        _HUB_CACHE[key] = hub.model_dump_json()
        while len(_HUB_CACHE) > _HUB_CACHE_SIZE:
            _HUB_CACHE.popitem(last=False)
    return hub


def line_of_hub(text: str) -> int | None:
    """The line of ``hub:`` in the spoke header."""
    from playbooks.io.yamlio import line_of

    return line_of(text, ("spoke", "hub"))


@dataclass(frozen=True)
class HubMovement:
    """Whether the hub moved since the spoke was tailored, decided from what the spoke recorded.

    ``claim_differs``: the recorded fingerprint (or, without one, version) is not the hub's now;
    ``values``: fields the spoke changes whose recorded hub value is not the hub's now;
    ``items``: hub items whose recorded digest is not the hub's now. The recorded values and
    digests count even when the claim says nothing moved: deleting the fingerprint and copying
    the new version number does not hide a hub change.
    """

    claim_differs: bool
    values: list[Drift]
    items: list[Drift]

    @property
    def moved(self) -> bool:
        """Whether anything the spoke recorded differs from the hub now."""
        return self.claim_differs or bool(self.values) or bool(self.items)


def hub_movement(
    spoke: SpokeFile,
    hub: Playbook,
    *,
    hub_fingerprint: str | None = None,
    file: str = "",
    lines: list[int | None] | None = None,
) -> HubMovement:
    """What moved in ``hub`` since ``spoke`` recorded it (see :class:`HubMovement`)."""
    header = spoke.spoke
    current = hub_fingerprint or fingerprint(hub)
    if header.hub_fingerprint is not None:
        # a spoke records no fingerprint scheme: one recorded before scheme 2 still matches
        # the hub it was tailored against, whatever the hub now leaves unset
        claim_differs = not matches(header.hub_fingerprint, hub, 1, current)
    else:
        claim_differs = header.hub_version is not None and header.hub_version != hub.document.version
    values: list[Drift] = []
    for i, change in enumerate(spoke.changes):
        line = lines[i] if lines is not None and i < len(lines) else None
        ref = ChangeRef(file, i, describe_change(change), change.rationale, change.approver, change.expires, line)
        values.extend(value_drifts(hub, change, ref))
    items = digest_drift(spoke.hub_items, _digests(hub, current)) if spoke.hub_items else []
    return HubMovement(claim_differs, values, items)


_DIGESTS: OrderedDict[str, dict[str, str]] = OrderedDict()
_DIGESTS_LOCK = threading.Lock()


def _digests(hub: Playbook, hub_fingerprint: str) -> dict[str, str]:
    """:func:`hub_digests`, remembered for the last few hubs (every spoke of a hub asks)."""
    known: dict[str, str] = _remember(_DIGESTS, hub_fingerprint, lambda: hub_digests(hub))
    return dict(known)


def _remember(cache: OrderedDict[Any, Any], key: Any, compute: Callable[[], Any]) -> Any:
    """``cache[key]``, computed once and kept among the last few (:data:`_HUB_CACHE_SIZE`)."""
    with _DIGESTS_LOCK:
        known = cache.get(key)
        if known is not None:
            cache.move_to_end(key)
    if known is None:
        known = compute()
        with _DIGESTS_LOCK:
            cache[key] = known
            while len(cache) > _HUB_CACHE_SIZE:
                cache.popitem(last=False)
    return known


def _hub_drift(spoke: SpokeFile, hub: Playbook, text: str, hub_fingerprint: str | None = None) -> list[Finding]:
    from playbooks.io.yamlio import line_of

    header = spoke.spoke
    now_version = hub.document.version
    out: list[Finding] = []
    if header.hub_id is None:
        # without it any playbook at the hub path would do: a starter, another firm's hub, a copy
        out.append(
            Finding(
                HUB_UNRECORDED,
                Severity.ERROR,
                "spoke.hub_id",
                f"the spoke does not record which hub it tailors (hub_id); the hub file '{header.hub}' is the "
                f"playbook '{hub.document.id}': add 'hub_id: {hub.document.id}' to the spoke header if that is the "
                "hub it tailors ('charter new --spoke-of' writes it)",
                line_of(text, ("spoke",)),
            )
        )
    if header.hub_fingerprint is None and header.hub_version is None and not spoke.hub_items:
        out.append(
            Finding(
                HUB_DRIFT,
                Severity.WARNING,
                "spoke.hub_version",
                _(
                    "the spoke does not record which hub version it was tailored against; record hub_version and "
                    "hub_fingerprint (charter new --spoke-of writes them) so hub updates show up"
                ),
                line_of(text, ("spoke",)),
            )
        )
        return out
    if header.hub_id is not None and header.hub_id != hub.document.id:
        # another playbook altogether (a starter, another firm's hub, the region's own export):
        # none of the hub's locks would hold, so this is not drift to review but an error
        out.append(
            Finding(
                HUB_REPLACED,
                Severity.ERROR,
                "spoke.hub",
                f"the spoke was tailored against hub '{header.hub_id}', but '{header.hub}' is the playbook "
                f"'{hub.document.id}': point hub: at the file of '{header.hub_id}', or tailor '{hub.document.id}' in "
                "a new spoke ('charter new --spoke-of')",
                line_of(text, ("spoke", "hub")),
            )
        )
    movement = hub_movement(spoke, hub, hub_fingerprint=hub_fingerprint)
    field = "hub_fingerprint" if header.hub_fingerprint else "hub_version"
    if movement.moved:
        moved = len(movement.items)
        detail = (
            ngettext(
                "; %(count)s hub item changed, was added or removed",
                "; %(count)s hub items changed, were added or removed",
                moved,
            )
            % {"count": moved}
            if moved
            else ""
        )
        if movement.claim_differs:
            what = (
                _("the hub changed since this spoke was tailored against version %(was)s (now %(now)s)")
                % {"was": header.hub_version, "now": now_version}
                if header.hub_version
                else _("the hub changed since this spoke was tailored against an earlier version (now %(now)s)")
                % {"now": now_version}
            ) + detail
        else:
            what = (
                ngettext(
                    "the spoke claims the hub as it is now (version %(now)s), but its own recorded hub values show "
                    "the hub moved: %(count)s field the spoke changes",
                    "the spoke claims the hub as it is now (version %(now)s), but its own recorded hub values show "
                    "the hub moved: %(count)s fields the spoke changes",
                    len(movement.values),
                )
                % {"now": now_version, "count": len(movement.values)}
                + detail
            )
        out.append(
            Finding(
                HUB_DRIFT,
                Severity.WARNING,
                f"spoke.{field}",
                _(
                    "%(what)s; see 'charter diff --against-hub-version', review, then 'charter rebase' records the "
                    "new hub version"
                )
                % {"what": what},
                line_of(text, ("spoke", field)),
            )
        )
    elif header.hub_fingerprint is None:
        out.append(
            Finding(
                HUB_DRIFT,
                Severity.WARNING,
                "spoke.hub_version",
                _(
                    "the spoke records hub version %(version)s but not the hub's fingerprint, so a change of the "
                    "hub's content under the same version would go unnoticed; 'charter rebase' records it after review"
                )
                % {"version": header.hub_version or _("(none)")},
                line_of(text, ("spoke", "hub_version")),
            )
        )
    return out


def resolve_file(path: str | os.PathLike[str], *, today: dt.date | None = None) -> Resolution:
    """Read a spoke file and resolve it (following hub chains).

    Raises :class:`PlaybookLoadError` when the spoke file itself cannot be read or is not in the
    spoke format; every other problem is a finding of the returned :class:`Resolution`.
    """
    name = str(path)
    return resolve_text(name, read_text(Path(path)), today=today)
