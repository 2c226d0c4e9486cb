"""The tailoring view's rows: hub and spoke values side by side, lock notes, drift review.

Everything the editor's tailoring view decides about a spoke is here or in
:mod:`playbooks.tailoring.propose`, without Qt, so the command line and the tests do exactly
the same; the view only shows and edits.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo
from pydantic_core import to_jsonable_python

from playbooks.format.fields import FieldType, is_model, unwrap
from playbooks.format.identity import SEPARATOR, Names, item_key, key_field, same_key
from playbooks.format.model import Playbook
from playbooks.format.paths import Address, Key, join, parse_address
from playbooks.io import storage
from playbooks.tailoring import (
    AnyChange,
    Difference,
    Drift,
    ModifyChange,
    SetChange,
    SpokeFile,
    hub_digests,
    record_hub_values,
)
from playbooks.tailoring.propose import lock_of

# ---------------------------------------------------------------- fields of a playbook, side by side


@dataclass(frozen=True)
class FieldRow:
    """One editable leaf of a playbook as the tailoring view shows it.

    ``address`` is the keyed address (stable across reorderings); ``place`` the field's place
    in words (as everywhere in Charter, see :mod:`playbooks.format.identity`);
    ``target``/``key``/``name`` say how a spoke change reaches it (a ``set`` of ``name`` under
    ``target`` when ``key`` is None, else a ``modify`` of item ``key`` in list ``target``,
    through the sections ``inside`` the item, such as a preset's parameters). ``owner`` is the
    model the field belongs to; ``locked`` tells whether the hub item containing it is locked.
    """

    section: str
    place: tuple[str, ...]
    address: Address
    target: str
    key: str | None
    name: str
    annotation: Any
    owner: type[BaseModel]
    hub_value: Any
    value: Any
    locked: bool
    inside: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """The place in words: "Recordkeeping › Business communications › Retention (years)"."""
        return SEPARATOR.join(self.place)

    @property
    def address_text(self) -> str:
        """``channels.accounts[c-li].owner``: the keyed address people read."""
        return join(self.address)


_SKIP = {("document", "sign_offs"), ("document", "change_log"), ("document", "version"), ("document", "status")}


@dataclass
class _Rows:
    """What a walk of one section collects, and names fields with."""

    names: Names  # the region's playbook first
    hub_names: Names  # the hub first: names what the region removed
    rows: list[FieldRow]


def field_rows(hub: Playbook, effective: Playbook, section: str) -> list[FieldRow]:
    """The leaves of ``section`` in hub and effective playbook, matched by key.

    Keyed list items are walked into (one row per field, sections inside an item such as a
    preset's parameters field by field); nested sections too; lists without keys, lists of
    text and optional sections inside an item are one row each. Items only in the spoke show an
    empty hub value, items the spoke removed an empty region value.
    """
    info = Playbook.model_fields[section]
    cls = unwrap(info.annotation).inner
    hub_data = getattr(hub, section).model_dump(mode="json")
    eff_data = getattr(effective, section).model_dump(mode="json")
    found = _Rows(Names(effective, hub), Names(hub, effective), [])
    _walk(cls, hub_data, eff_data, (section,), section, False, None, found, found.names, ())
    return found.rows


@cache
def _fields_of(cls: type[BaseModel]) -> tuple[tuple[str, FieldInfo, FieldType], ...]:
    """The fields of ``cls`` with their types (a section of 20,000 rules walks the same few)."""
    return tuple((name, info, unwrap(info.annotation)) for name, info in cls.model_fields.items())


def _walk(
    cls: type[BaseModel],
    hub: dict[str, Any],
    eff: dict[str, Any],
    address: Address,
    target: str,
    locked: bool,
    key: str | None,
    found: _Rows,
    names: Names,
    inside: tuple[str, ...],
) -> None:
    section = str(address[0])
    for name, info, (inner, is_list, optional) in _fields_of(cls):
        if key is not None and not inside and name == key_field(cls):
            continue  # the key names the item; changing it would make another item
        if (section, name) in _SKIP and len(address) == 1:
            continue
        hub_value, value = hub.get(name), eff.get(name)
        here: Address = (*address, name)
        if is_list and is_model(inner) and key_field(inner) is not None and key is None:
            list_target = f"{target}.{name}" if target else name
            _walk_list(inner, hub_value or [], value or [], here, list_target, found)
        elif not is_list and is_model(inner) and key is None:
            _walk(inner, hub_value or {}, value or {}, here, f"{target}.{name}", False, None, found, names, ())
        elif not is_list and is_model(inner) and not optional and (hub_value or value):
            # a section inside an item (a preset's parameters): merged field by field
            _walk(inner, hub_value or {}, value or {}, here, target, locked, key, found, names, (*inside, name))
        else:
            found.rows.append(
                FieldRow(
                    section,
                    names.words(here),
                    here,
                    target if key is not None else f"{target}.{name}",
                    key,
                    name if key is not None else "",
                    info.annotation,
                    cls,
                    hub_value,
                    value,
                    locked,
                    inside,
                )
            )


def _walk_list(
    cls: type[BaseModel],
    hub_items: list[Any],
    eff_items: list[Any],
    address: Address,
    target: str,
    found: _Rows,
) -> None:
    hub_by_key: dict[str | None, Any] = {}
    eff_by_key: dict[str | None, Any] = {}
    for items, by_key in ((hub_items, hub_by_key), (eff_items, eff_by_key)):
        for item in items:
            if isinstance(item, dict):
                by_key.setdefault(item_key(item, cls), item)
    # the region's items in its order, then the hub items it removed
    for k in dict.fromkeys([*eff_by_key, *hub_by_key]):
        if k is None:
            continue
        hub_item = hub_by_key.get(k) or {}
        eff_item = eff_by_key.get(k)
        names = found.names if eff_item is not None else found.hub_names
        locked = bool(hub_item.get("locked"))
        _walk(cls, hub_item, eff_item or {}, (*address, Key(k)), target, locked, k, found, names, ())


def lock_reason(row: FieldRow, hub: Playbook) -> str:
    """What the hub's lock allows of the field of ``row`` ('' when no locked hub item holds it),
    in the words of the lock decision itself (:func:`~playbooks.tailoring.propose.lock_of`):
    "The hub locks …, so Retention (years) may only be tightened (higher is tighter), never
    loosened", or for a field with no direction the reason :func:`locked_field` refuses it with."""
    if not row.locked:
        return ""
    lock = lock_of(hub, row.address)
    return lock.describe() if lock is not None else ""


def change_for(row: FieldRow, value: Any, rationale: str, approver: str = "", expires: Any = None) -> AnyChange:
    """The spoke change that gives ``row`` the value ``value`` (a model value or plain data)."""
    common: dict[str, Any] = {"rationale": rationale, "approver": approver, "expires": expires}
    data = to_jsonable_python(value)
    if row.key is not None:
        fields: dict[str, Any] = {row.name: data}
        for part in reversed(row.inside):
            fields = {part: fields}
        return ModifyChange(action="modify", target=row.target, id=row.key, fields=fields, **common)
    return SetChange(action="set", path=row.target, value=data, **common)


def covering(row: FieldRow, differences: Iterable[Difference]) -> list[Difference]:
    """The differences that concern the field of ``row``: of the field itself, of items or values
    inside it (a list field), or of the item or section it is in (an item the region added or
    removed)."""
    return covering_rows([row], differences)[row.address]


def covering_rows(rows: Iterable[FieldRow], differences: Iterable[Difference]) -> dict[Address, list[Difference]]:
    """:func:`covering` of many rows at once (a section of 200,000 fields, a handful of
    differences): each row's address -> its differences, in the order given."""
    found = list(differences)
    at_or_below: dict[Address, list[int]] = {}  # an address -> the differences at it or below it
    for n, d in enumerate(found):
        for length in range(1, len(d.keyed) + 1):
            at_or_below.setdefault(d.keyed[:length], []).append(n)
    exactly: dict[Address, list[int]] = {}
    for n, d in enumerate(found):
        exactly.setdefault(d.keyed, []).append(n)
    out: dict[Address, list[Difference]] = {}
    for row in rows:
        here = row.address
        hits = set(at_or_below.get(here, ()))
        for length in range(1, len(here)):
            hits.update(exactly.get(here[:length], ()))
        out[here] = [found[n] for n in sorted(hits)]
    return out


def what_changed(row: FieldRow, differences: Sequence[Difference], names: Names, hub_names: Names) -> list[str]:
    """What the region changed inside a list field, one line per item in words ("Added: …",
    "Removed: …", "Changed: … › Description: … → …"); empty when the field changed as a whole.
    ``names`` names the region's values, ``hub_names`` the hub's."""
    here = row.address
    lines: list[str] = []
    for d in differences:
        if len(d.keyed) <= len(here) or d.keyed[: len(here)] != here:
            continue
        at = d.keyed
        if d.kind == "added":
            lines.append(f"Added: {names.show(d.value, at, limit=160)}")
        elif d.kind == "removed":
            lines.append(f"Removed: {hub_names.show(d.hub_value, at, limit=160)}")
        else:
            where = SEPARATOR.join(d.place[len(row.place) :]) or names.place(at)
            was, now = hub_names.show(d.hub_value, at, limit=80), names.show(d.value, at, limit=80)
            lines.append(f"Changed: {where}: {was} → {now}")
    return lines


def revert_field(spoke: SpokeFile, row: FieldRow, indexes: Iterable[int]) -> SpokeFile:
    """``spoke`` without what its changes at ``indexes`` do to the field of ``row``: the hub's
    value comes back. A change of that field alone, or of the whole list, item or section it is
    in, goes; a ``modify`` that also changes other fields of the item keeps those."""
    changes: list[AnyChange | None] = list(spoke.changes)
    leaf = (*row.inside, row.name)
    for index in sorted(set(indexes)):
        if not 0 <= index < len(changes):
            continue
        change = changes[index]
        if (
            isinstance(change, ModifyChange)
            and change.target == row.target
            and same_key(change.id, row.key)
            and (rest := _without(change.fields, leaf))
        ):
            changes[index] = change.model_copy(update={"fields": rest, "hub_values": _without(change.hub_values, leaf)})
            continue
        changes[index] = None
    return spoke.model_copy(update={"changes": [c for c in changes if c is not None]})


def _without(fields: dict[str, Any], leaf: tuple[str, ...]) -> dict[str, Any]:
    """``fields`` (of a ``modify``, nested sections as mappings) without the field at ``leaf``."""
    head, rest = leaf[0], leaf[1:]
    out = dict(fields)
    if rest and isinstance(out.get(head), dict):
        inner = _without(out[head], rest)
        if inner:
            out[head] = inner
            return out
    out.pop(head, None)
    return out


# ---------------------------------------------------------------- drift review


def acknowledge(spoke: SpokeFile, hub: Playbook, drift: Drift) -> SpokeFile:
    """The spoke with one drifted item reviewed: the hub's current value/digest is recorded.

    A value drift re-records the hub values of the change behind it; an item drift records the
    item's current digest (or forgets a removed item). When nothing drifts any more, the hub
    version and fingerprint the spoke was tailored against are moved to the hub's current ones.
    """
    changes = list(spoke.changes)
    items = dict(spoke.hub_items)
    if drift.kind == "value" and drift.change is not None and 0 <= drift.change.index < len(changes):
        changes[drift.change.index] = record_hub_values(hub, changes[drift.change.index])
    elif drift.kind.startswith("item-"):
        current = hub_digests(hub)
        if drift.address in current:
            items[drift.address] = current[drift.address]
        else:
            items.pop(drift.address, None)
    result = spoke.model_copy(update={"changes": changes, "hub_items": items})
    return finish_review(result, hub)


def finish_review(spoke: SpokeFile, hub: Playbook) -> SpokeFile:
    """Record the hub's current version and fingerprint once no item drifts any more."""
    current = hub_digests(hub)
    if spoke.hub_items and spoke.hub_items != current:
        return spoke
    # the tailoring package's own drift test (it normalises YAML scalars such as '6.0' vs 6.0)
    from playbooks.tailoring.resolve import _value_drifts

    hub_data = hub.model_dump(mode="json")
    if any(_value_drifts(hub_data, change, None) for change in spoke.changes):
        return spoke
    header = spoke.spoke.model_copy(
        update={
            "hub_id": hub.document.id,
            "hub_version": hub.document.version,
            "hub_fingerprint": storage.fingerprint(hub),
        }
    )
    return spoke.model_copy(update={"spoke": header, "hub_items": current})


def item_values(hub: Playbook, effective: Playbook | None, address: str) -> tuple[Any, Any]:
    """The hub's and the region's current value of a drifted item (``channels.accounts[c-li]`` or
    ``maintenance``), for review; (None, None) for an address that cannot be read.

    The hub item as it was when tailored is known only by its digest, so only "now" is shown.
    """
    from playbooks.tailoring.resolve import hub_value_at

    try:
        parts = parse_address(address)
    except ValueError:
        return None, None
    hub_now = hub_value_at(hub.model_dump(mode="json"), parts)
    region = hub_value_at(effective.model_dump(mode="json"), parts) if effective is not None else None
    return hub_now, region
