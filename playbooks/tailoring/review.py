"""The tailoring view's rows: hub and spoke values side by side, lock reasons, drift review.

Everything the editor's tailoring view decides about a spoke is here, without Qt, so the
command line and the tests do exactly the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from playbooks.format.fields import is_model, unwrap
from playbooks.format.identity import SEPARATOR, Names, item_key, key_field
from playbooks.format.model import Playbook
from playbooks.format.paths import Address, Key, join, parse_address
from playbooks.io import storage
from playbooks.tailoring import (
    Drift,
    ModifyChange,
    SetChange,
    SpokeFile,
    direction_of,
    hub_digests,
    record_hub_values,
)

# ---------------------------------------------------------------- fields of a playbook, side by side


@dataclass(frozen=True)
class FieldRow:
    """One editable leaf of a playbook as the tailoring view shows it.

    ``address`` is the keyed address (stable across reorderings); ``place`` the field's place
    in words (as everywhere in Charter, see :mod:`playbooks.format.identity`);
    ``target``/``key``/``name`` say how a spoke change reaches it (a ``set`` of ``name`` under
    ``target`` when ``key`` is None, else a ``modify`` of item ``key`` in list ``target``).
    ``locked`` tells whether the hub item containing it is locked.
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

    @property
    def label(self) -> str:
        """The place in words: "Recordkeeping › Business communications › Retention (years)"."""
        return SEPARATOR.join(self.place)

    @property
    def differs(self) -> bool:
        return bool(self.hub_value != self.value)

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

    Keyed list items are walked into (one row per field); nested sections too; lists without
    keys and lists of text are one row each. Items only in the spoke show an empty hub value,
    items the spoke removed an empty region value.
    """
    info = Playbook.model_fields[section]
    cls = unwrap(info.annotation).inner
    hub_data = getattr(hub, section).model_dump(mode="json")
    eff_data = getattr(effective, section).model_dump(mode="json")
    found = _Rows(Names(effective, hub), Names(hub, effective), [])
    _walk(cls, hub_data, eff_data, (section,), section, False, None, found, found.names)
    return found.rows


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
) -> None:
    section = str(address[0])
    for name, info in cls.model_fields.items():
        if key is not None and name == key_field(cls):
            continue  # the key names the item; changing it would make another item
        if (section, name) in _SKIP and len(address) == 1:
            continue
        inner, is_list, _ = unwrap(info.annotation)
        hub_value, value = hub.get(name), eff.get(name)
        here: Address = (*address, name)
        if is_list and is_model(inner) and key_field(inner) is not None and key is None:
            list_target = f"{target}.{name}" if target else name
            _walk_list(inner, hub_value or [], value or [], here, list_target, found)
        elif not is_list and is_model(inner) and key is None:
            _walk(inner, hub_value or {}, value or {}, here, f"{target}.{name}", False, None, found, names)
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
        _walk(cls, hub_item, eff_item or {}, (*address, Key(k)), target, locked, k, found, names)


def lock_reason(row: FieldRow) -> str:
    """Why a locked field cannot simply be changed ('' when it is not locked)."""
    if not row.locked:
        return ""
    parts = row.place
    what = f"{parts[-1]} of “{parts[-2]}”" if len(parts) > 2 else parts[-1]
    direction = direction_of(row.owner, row.name) if row.name else None
    if direction is None:
        return (
            f"{what} belongs to an item the hub has locked. Spokes may tighten a locked item "
            "but never remove or loosen it, and this field has no tighter direction, so it can "
            "only be changed in the hub."
        )
    return (
        f"{what} belongs to an item the hub has locked: the spoke may only tighten it "
        f"({direction.wording}), never loosen it."
    )


def change_for(row: FieldRow, value: Any, rationale: str, approver: str = "", expires: Any = None) -> Any:
    """The spoke change that gives ``row`` the value ``value``."""
    common = {"rationale": rationale, "approver": approver, "expires": expires}
    if row.key is not None:
        return ModifyChange(action="modify", target=row.target, id=row.key, fields={row.name: value}, **common)
    return SetChange(action="set", path=row.target, value=value, **common)


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
