"""The tailoring view's rows: hub and spoke values side by side, lock reasons, drift review.

Everything the editor's tailoring view decides about a spoke is here, without Qt, so the
command line and the tests do exactly the same.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from playbooks.format.model import Playbook
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
from playbooks.tailoring.paths import Key, is_model, item_key, key_field, unwrap

# ---------------------------------------------------------------- fields of a playbook, side by side


@dataclass(frozen=True)
class FieldRow:
    """One editable leaf of a playbook as the tailoring view shows it.

    ``address`` is the keyed address (stable across reorderings); ``target``/``key``/``name``
    say how a spoke change reaches it (a ``set`` of ``name`` under ``target`` when ``key`` is
    None, else a ``modify`` of item ``key`` in list ``target``). ``locked`` tells whether the
    hub item containing it is locked.
    """

    section: str
    label: str
    address: tuple[Any, ...]
    target: str
    key: str | None
    name: str
    annotation: Any
    owner: type[BaseModel]
    hub_value: Any
    value: Any
    locked: bool

    @property
    def differs(self) -> bool:
        return bool(self.hub_value != self.value)

    @property
    def address_text(self) -> str:
        """``channels.accounts[c-li].owner``: the keyed address people read."""
        return _dotted(self.address)


def _dotted(address: tuple[Any, ...]) -> str:
    out = ""
    for part in address:
        out += f"[{part.value}]" if isinstance(part, Key) else ("." if out else "") + str(part)
    return out


_SKIP = {("document", "sign_offs"), ("document", "change_log"), ("document", "version"), ("document", "status")}


def field_rows(hub: Playbook, effective: Playbook, section: str) -> list[FieldRow]:
    """The leaves of ``section`` in hub and effective playbook, matched by key.

    Keyed list items are walked into (one row per field); nested sections too; lists without
    keys and lists of text are one row each. Items only in the spoke show an empty hub value.
    """
    hub_data = hub.model_dump(mode="json")
    eff_data = effective.model_dump(mode="json")
    info = Playbook.model_fields[section]
    cls = unwrap(info.annotation)[0]
    rows: list[FieldRow] = []
    title = str(info.title or section)
    _walk(cls, hub_data.get(section) or {}, eff_data.get(section) or {}, (section,), section, title, False, None, rows)
    return rows


def _walk(
    cls: type[BaseModel],
    hub: dict[str, Any],
    eff: dict[str, Any],
    address: tuple[Any, ...],
    target: str,
    label: str,
    locked: bool,
    key: str | None,
    rows: list[FieldRow],
) -> None:
    section = str(address[0])
    for name, info in cls.model_fields.items():
        if key is not None and name == key_field(cls):
            continue  # the key names the item; changing it would make another item
        if (section, name) in _SKIP and len(address) == 1:
            continue
        inner, is_list, _ = unwrap(info.annotation)
        sub_label = f"{label} › {info.title or name}"
        hub_value, value = hub.get(name), eff.get(name)
        if is_list and is_model(inner) and key_field(inner) is not None and key is None:
            list_target = f"{target}.{name}" if target else name
            _walk_list(inner, hub_value or [], value or [], (*address, name), list_target, sub_label, rows)
        elif not is_list and is_model(inner) and key is None:
            _walk(
                inner, hub_value or {}, value or {}, (*address, name), f"{target}.{name}", sub_label, False, None, rows
            )
        else:
            rows.append(
                FieldRow(
                    section,
                    sub_label,
                    (*address, name),
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
    address: tuple[Any, ...],
    target: str,
    label: str,
    rows: list[FieldRow],
) -> None:
    hub_by_key = {item_key(i, cls): i for i in hub_items if isinstance(i, dict)}
    seen: list[str] = []
    for item in [*eff_items, *(i for i in hub_items if item_key(i, cls) not in {item_key(e, cls) for e in eff_items})]:
        k = item_key(item, cls)
        if k is None or k in seen:
            continue
        seen.append(k)
        hub_item = hub_by_key.get(k) or {}
        in_spoke = any(item_key(e, cls) == k for e in eff_items)
        eff_item = item if in_spoke else {}
        name = next(
            (str(item.get(n)) for n in ("title", "name", "platform", "term", "code", "preset") if item.get(n)), k
        )
        locked = bool(hub_item.get("locked"))
        _walk(cls, hub_item, eff_item, (*address, Key(k)), target, f"{label} › {name}", locked, k, rows)


def lock_reason(row: FieldRow) -> str:
    """Why a locked field cannot simply be changed ('' when it is not locked)."""
    if not row.locked:
        return ""
    parts = row.label.split(" › ")
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


_ITEM = re.compile(r"^([A-Za-z_][A-Za-z0-9_.]*)(?:\[(.+)\])?$")


def item_values(hub: Playbook, effective: Playbook | None, address: str) -> tuple[Any, Any]:
    """The hub's and the region's current value of a drifted item (``channels.accounts[c-li]`` or
    ``maintenance``), for review; (None, None) for an address that cannot be read.

    The hub item as it was when tailored is known only by its digest, so only "now" is shown.
    """
    from playbooks.tailoring.resolve import hub_value_at

    match = _ITEM.match(address)
    if match is None:
        return None, None
    parts: tuple[Any, ...] = tuple(match.group(1).split("."))
    if match.group(2) is not None:
        parts = (*parts, Key(match.group(2)))
    hub_now = hub_value_at(hub.model_dump(mode="json"), parts)
    region = hub_value_at(effective.model_dump(mode="json"), parts) if effective is not None else None
    return hub_now, region
