"""The decision on one proposed change of a spoke: the new spoke, or a refusal that says why.

The editor's tailoring view asks :func:`propose_change` for every change a regional manager
makes (a field set, an item modified, added or removed, each with its rationale, approver and
expiry), and :func:`locked_field` before it offers to change a field at all. Nothing here reads
a file or parses YAML: the hub and the spoke are the models already in memory, the spoke is
resolved against them (:func:`~playbooks.tailoring.resolve.resolve_models`), and the result
carries that resolution for the view to show. Each call works on values it never changes, so
it can run off the GUI thread.

A refusal says the same as ``charter validate`` would of the spoke file with the change in it
(the same code and the same words), plus the rule broken and the field, for the view to show
next to the field.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from playbooks.format import model as m
from playbooks.format.enums import Severity
from playbooks.format.fields import is_model, unwrap
from playbooks.format.findings import SCHEMA, Finding
from playbooks.format.identity import Names, item_key, same_key
from playbooks.format.model import Playbook
from playbooks.format.paths import Address, Key, join, parse_address
from playbooks.tailoring.apply import leaves
from playbooks.tailoring.locks import (
    ASK_THE_HUB,
    NESTED,
    NO_DIRECTION,
    NOT_REMOVED,
    PROTECTED_KINDS,
    REFERENCED,
    Direction,
    direction_of,
    hub_only,
    lock_words,
    never_removed,
    referenced_by_locks,
    tighten_only,
)
from playbooks.tailoring.paths import PathError, list_spot
from playbooks.tailoring.resolve import (
    AnyChange,
    Resolution,
    hub_approval,
    record_hub_locks,
    record_hub_values,
    resolve_models,
    tailor,
)
from playbooks.tailoring.spoke import (
    HUB_DRIFT,
    HUB_MISSING,
    HUB_UNAPPROVED,
    LOCKED_WEAKENED,
    NO_RATIONALE,
    AddChange,
    ModifyChange,
    RemoveChange,
    SetChange,
    SpokeFile,
    describe_change,
    no_rationale,
    rationale_problem,
)

#: The code of a refusal of a change that would change nothing.
NO_CHANGE = "SPOKE-NO-CHANGE"


@dataclass(frozen=True)
class Refusal:
    """Why a proposed change is not recorded.

    ``code``: the finding code ``validate`` would give (``SPOKE-LOCKED-WEAKENED``, ``SCHEMA``,
    ``SPOKE-NO-RATIONALE``, ``SPOKE-HUB-DRIFT``) or :data:`NO_CHANGE`;
    ``rule``: the rule broken, in words; ``field``: the keyed address of the field or item
    (``records.record_classes[rc-comms].retention_years``); ``reason``: what happened and what
    to do, in the words ``validate`` uses.
    """

    code: str
    rule: str
    field: str
    reason: str

    def __str__(self) -> str:
        return self.reason


@dataclass(frozen=True)
class Accepted:
    """A proposed change that may be recorded.

    ``spoke``: the new spoke (the change at ``index``, with the hub's current values recorded);
    ``replaced``: the earlier change of the same field or item it replaces, if any;
    ``resolution``: the new spoke resolved against the same hub (effective playbook, findings,
    provenance) for the view to show; ``warnings``: what the change brings that deserves a
    look without stopping it (a placeholder rationale, an expiry in the past).
    """

    spoke: SpokeFile
    index: int
    replaced: AnyChange | None
    resolution: Resolution
    warnings: tuple[Finding, ...] = ()


def same_target(existing: AnyChange, change: AnyChange) -> bool:
    """Whether ``change`` replaces ``existing`` rather than adding to it: a ``set`` of the same
    field, a ``modify`` of the same fields (nested ones counted field by field) of the same item,
    an ``add`` or ``remove`` of the same item (keys compared in NFC)."""
    if isinstance(existing, SetChange) and isinstance(change, SetChange):
        return existing.path == change.path
    if isinstance(existing, ModifyChange) and isinstance(change, ModifyChange):
        if existing.target != change.target or not same_key(existing.id, change.id):
            return False
        try:
            cls = list_spot(change.target).inner
        except PathError:
            return set(existing.fields) == set(change.fields)
        if not is_model(cls):
            return False
        return set(leaves(existing.fields, cls, ())) == set(leaves(change.fields, cls, ()))
    if isinstance(existing, RemoveChange) and isinstance(change, RemoveChange):
        return existing.target == change.target and same_key(existing.id, change.id)
    if isinstance(existing, AddChange) and isinstance(change, AddChange) and existing.target == change.target:
        try:
            cls = list_spot(change.target).inner
        except PathError:
            return False
        return same_key(_added_key(existing, cls), _added_key(change, cls))
    return False


def _added_key(change: AddChange, cls: Any) -> str | None:
    if is_model(cls):
        try:
            return item_key(cls.model_validate(change.item), cls)
        except ValueError:
            return None
    return None if isinstance(change.item, dict | list) or change.item is None else str(change.item)


def _where(change: AnyChange) -> str:
    """The keyed address a change is about, for refusals."""
    if isinstance(change, SetChange):
        return change.path
    if isinstance(change, AddChange):
        label = describe_change(change)
        return label.split(" ", 1)[1]
    return f"{change.target}[{change.id}]"


def propose_change(
    hub: Playbook,
    spoke: SpokeFile,
    change: AnyChange,
    *,
    current: Resolution | None = None,
    file: str = "",
    hub_file: str = "",
    today: dt.date | None = None,
) -> Accepted | Refusal:
    """Decide whether ``change`` may be recorded in ``spoke`` (a spoke of ``hub``).

    The change replaces an earlier change of the same target (:func:`same_target`) or is
    appended; the hub's current values are recorded in it (for drift). It is refused when it
    does not fit the playbook format or the list it names, when it names a hub item the hub
    does not have, when it loosens a locked hub item (however it is written), when it brings a
    duplicate key, when it would change nothing, and when it has no rationale a reader can see,
    in that order: what a change does is judged before its rationale, so the view can judge a
    value while the rationale is still being written (a refusal coded :data:`NO_RATIONALE`
    says the rest is fine). Errors the spoke already had (a weakening written in the file by
    hand, a broken chain above) do not stop an unrelated change; they stay findings of the
    result.

    ``current`` is the resolution of ``spoke`` as it is (the view has it): its file, hub file
    and chain above are kept, and it is not resolved again. Without it, ``file`` and
    ``hub_file`` name the files for provenance.
    """
    if current is not None:
        file, hub_file = current.file, current.hub_file
    where = _where(change)
    recorded = record_hub_values(hub, change)
    changes = list(spoke.changes)
    index = next((i for i, c in enumerate(changes) if same_target(c, recorded)), None)
    replaced = changes[index] if index is not None else None
    if index is None:
        changes.append(recorded)
        index = len(changes) - 1
    else:
        changes[index] = recorded
    # the hub's locks as they are now, unless that would bless a hub that loosened one
    candidate = record_hub_locks(spoke.model_copy(update={"changes": changes}), hub)

    if current is not None and current.spoke == spoke and current.hub is hub:
        before_findings, before_effective = current.findings, current.effective
    else:
        before = tailor(hub, spoke, file=file, today=today)
        before_findings, before_effective = before.findings, before.effective
    above = current.hub_resolution if current is not None else None
    after = resolve_models(hub, candidate, file=file, hub_file=hub_file, today=today, above=above)

    refusal = _refusal(after, before_findings, index, where)
    if refusal is not None:
        return refusal
    if (replaced is None or replaced == recorded) and after.effective == before_effective:
        return Refusal(
            NO_CHANGE,
            "a spoke records only what departs from the hub",
            where,
            "This changes nothing: the region's playbook already says this",
        )
    problem = rationale_problem(change.rationale)
    if problem is not None and problem.missing:
        return Refusal(
            NO_RATIONALE, "every spoke change says why the region departs from the hub", where, no_rationale(problem)
        )
    mine = f"changes[{index}]"
    warnings = tuple(
        f
        for f in after.findings
        if f.severity is not Severity.ERROR and (f.path == mine or f.path.startswith((f"{mine}.", f"{mine}[")))
    )
    return Accepted(candidate, index, replaced, after, warnings)


def _refusal(after: Resolution, before: list[Finding], index: int, where: str) -> Refusal | None:
    """The refusal of the change at ``index`` of the spoke resolved in ``after``, or None.

    An error counts against the change when the spoke did not have it before (same code and
    path) and it is about the change itself or about a locked hub item."""
    known = {(f.code, f.path) for f in before}
    mine = f"changes[{index}]"

    def about_change(f: Finding) -> bool:
        return f.path == mine or f.path.startswith((f"{mine}.", f"{mine}["))

    if index < len(after.applied) and not after.applied[index]:
        # a change that does not fit, or names a hub item that is not there, is not applied
        skipped = next((f for f in after.findings if about_change(f) and f.code in (SCHEMA, HUB_DRIFT)), None)
        if skipped is not None:
            rule = (
                "a change names a hub item the hub has"
                if skipped.code == HUB_DRIFT
                else "a change fits the playbook format"
            )
            return Refusal(skipped.code, rule, where, skipped.message)
    new = [f for f in after.findings if f.severity is Severity.ERROR and (f.code, f.path) not in known]
    for finding in new:
        if finding.code == LOCKED_WEAKENED:
            weak = next((w for w in after.weakened if w.path == finding.path), None)
            field = join(weak.address) if weak is not None and weak.address else where
            rule = weak.rule if weak is not None and weak.rule else "a locked hub item may only be tightened"
            return Refusal(LOCKED_WEAKENED, rule, field, finding.message)
    for finding in new:
        if about_change(finding):
            return Refusal(finding.code, "the region's playbook must fit the playbook format", where, finding.message)
    if after.effective is None:
        first = next((f for f in after.findings if f.severity is Severity.ERROR), None)
        reason = first.message if first is not None else "the region's playbook would not be valid"
        return Refusal(
            first.code if first else SCHEMA, "the region's playbook must fit the playbook format", where, reason
        )
    return None


def locked_field(hub: Playbook, address: Address) -> Refusal | None:
    """Why the field at the keyed ``address`` (``("records", "record_classes", Key("rc-comms"),
    "name")``) cannot be changed by a spoke at all, or None when a spoke may change it (perhaps
    only in one direction: :func:`propose_change` decides on the value, :func:`lock_of` says
    which way).

    A field of an item the hub locks that has no declared tighter direction can only be
    changed in the hub, and so can what identifies an item a locked item names (the name of the
    person behind a locked escalation contact). The view asks before it opens an editor for the
    field."""
    named = _named_by_lock(hub, address)
    if named is not None:
        return named
    lock = lock_of(hub, address)
    if lock is None or lock.direction is not None or lock.nested or lock.whole:
        return None  # a direction (or a section compared field by field, such as parameters)
    return Refusal(LOCKED_WEAKENED, NO_DIRECTION, join(address), f"{hub_only(lock.item, lock.field)}; {ASK_THE_HUB}")


def locked_item(hub: Playbook, address: Address) -> Refusal | None:
    """Why the hub item at the keyed ``address`` (``("channels", "accounts", Key("ch-li"))``)
    cannot be removed by a spoke, or None when it may be (an item the hub does not lock, or one
    the spoke added). The view asks before it asks for a rationale."""
    lock = lock_of(hub, address)
    if lock is None:
        return None
    return Refusal(LOCKED_WEAKENED, NOT_REMOVED, join(address), never_removed(lock.item))


@dataclass(frozen=True)
class Lock:
    """The lock on a field of a hub item: ``item`` and ``field`` in words, the ``direction`` the
    decision follows (None: only the hub may change it), and whether the field is a section
    compared field by field (``nested``, a preset's parameters)."""

    item: str
    field: str
    direction: Direction | None
    nested: bool = False
    #: the lock of the item as a whole (``field`` is empty): it may be tightened, never removed
    whole: bool = False

    def describe(self) -> str:
        """What the lock allows, in one sentence: "The hub locks …, so Retention (years) may only be
        tightened (higher is tighter), never loosened"."""
        if self.whole:
            return never_removed(self.item)
        if self.nested:
            return f"The hub locks {self.item}: each of its {self.field} may only be tightened, never loosened"
        if self.direction is None:
            return f"{hub_only(self.item, self.field)}; {ASK_THE_HUB}"
        return f"{tighten_only(self.item, self.field, self.direction)}, never loosened"


def lock_of(hub: Playbook, address: Address) -> Lock | None:
    """The lock on the field at the keyed ``address`` of ``hub``, or None when no locked hub item
    holds it. A preset parameter's direction follows its preset (see
    :func:`~playbooks.tailoring.locks.direction_of`)."""
    node: Any = hub
    cls: Any = type(hub)
    locked_item: Address | None = None
    owner: Any = None
    name: str | None = None
    preset: str | None = None
    deadline: Any = None
    for i, part in enumerate(address):
        if isinstance(part, Key):
            if not isinstance(node, list):
                return None
            node = next((item for item in node if same_key(item_key(item, cls), part.value)), None)
            if node is None:
                return None  # an item the spoke adds: not the hub's to lock
            if getattr(node, "locked", False) and locked_item is None:
                locked_item = address[: i + 1]
            if isinstance(node, m.AppliedPreset):
                preset, deadline = node.preset, node.parameters.filing_deadline
            continue
        if not is_model(cls) or part not in cls.model_fields:
            return None
        owner, name = cls, part
        inner = unwrap(cls.model_fields[part].annotation)[0]
        node = getattr(node, part, None) if isinstance(node, BaseModel) else None
        cls = inner
    if locked_item is None:
        return None
    item, field = lock_words(Names(hub), locked_item, address[len(locked_item) :])
    if owner is None or name is None or locked_item == address:
        return Lock(item, field, None, whole=True)  # the item itself
    if (owner, name) in NESTED:
        return Lock(item, field, None, nested=True)
    return Lock(item, field, direction_of(owner, name, preset, deadline))


def _named_by_lock(hub: Playbook, address: Address) -> Refusal | None:
    """The refusal of a field that identifies an item a locked hub item names, or None."""
    if len(address) != 4 or not isinstance(address[2], Key) or not isinstance(address[3], str):
        return None
    for kind, (parts, cls) in PROTECTED_KINDS.items():
        if address[:2] != parts or address[3] not in REFERENCED[cls] or REFERENCED[cls][address[3]] is not None:
            continue
        locker = referenced_by_locks(hub).get((kind, address[2].value))
        if locker is not None:
            names = Names(hub)
            item, field = lock_words(names, address[:3], address[3:])
            return Refusal(
                LOCKED_WEAKENED,
                NO_DIRECTION,
                join(address),
                f"The hub locks {lock_words(names, parse_address(locker))[0]}, which names {item}: a spoke may not "
                f"change its {field}, which says who or what the locked item relies on; ask the hub to change it",
            )
    return None


def regional_sign_off_refusal(resolution: Resolution) -> Refusal | None:
    """Why the region may not sign off the effective playbook of ``resolution``, or None.

    A regional sign-off approves the policy the region publishes: not while the spoke has an
    error (a loosened lock, a broken chain above, a replaced hub), and not while its hub is not
    approved as it is (the region would approve rules built on a rulebook nobody approved; a
    copy of the hub with its locks taken out is such a hub). The command line and the tailoring
    view both ask here; the refusal's ``field`` is the finding's path, its ``reason`` the
    finding's message (or why the hub is not approved)."""
    rule = "a region signs off a spoke without errors, built on an approved hub"
    if resolution.effective is None or resolution.hub is None:
        return Refusal(HUB_MISSING, rule, "spoke.hub", "the spoke cannot be resolved against its hub")
    first = next((f for f in resolution.findings if f.severity is Severity.ERROR and not f.waived), None)
    if first is not None:
        return Refusal(first.code, rule, first.path, first.message)
    why = hub_approval(resolution.hub)
    if why is not None:
        return Refusal(
            HUB_UNAPPROVED,
            rule,
            "spoke.hub",
            f"the hub '{resolution.spoke.spoke.hub}' {why}; a regional sign-off approves a policy built on the hub, "
            "so the hub must be signed off as it is first",
        )
    return None
