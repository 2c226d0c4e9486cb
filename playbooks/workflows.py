"""Pure helpers behind the editor's workflows (new hub with spokes, lock reasons, drift review).

Everything the editor's wizard, tailoring view and change log do to files is here, without
Qt, so the command line (and tests) can do exactly the same.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from playbooks import storage
from playbooks.compare import compare, summarise
from playbooks.enums import Function, GovernanceModel, Role, SpokeKind
from playbooks.model import Champion, Person, Playbook, Spoke
from playbooks.tailoring import (
    Drift,
    ModifyChange,
    SetChange,
    SpokeFile,
    direction_of,
    hub_digests,
    new_spoke,
    record_change,
    save_spoke,
)
from playbooks.tailoring.paths import Key, is_model, item_key, key_field, unwrap

#: Suffix of every playbook file (hub or spoke).
EXTENSION = storage.EXTENSION


def slug(text: str, fallback: str = "item") -> str:
    """A lower-case id made of letters, digits and dashes (``"EMEA & UK"`` -> ``"emea-uk"``)."""
    value = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return value[:48].strip("-") or fallback


# ---------------------------------------------------------------- new hub with spokes


@dataclass(frozen=True)
class NewHubPlan:
    """What the new-playbook wizard asks for."""

    starter: Playbook
    title: str
    model: GovernanceModel
    owner: str
    champion: str
    regions: list[str] = field(default_factory=list)
    stem: str = ""

    def file_stem(self) -> str:
        return self.stem or slug(self.title, "playbook")


def _person(playbook_people: list[Person], name: str, function: Function, roles: list[Role], prefix: str) -> str:
    """The id of the person called ``name`` (added when missing)."""
    for person in playbook_people:
        if person.name.casefold().strip() == name.casefold().strip():
            return person.id
    taken = {p.id for p in playbook_people}
    base = f"{prefix}-{slug(name, 'person')}"[:60]
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    playbook_people.append(Person(id=candidate, name=name.strip(), function=function, roles=roles))
    return candidate


def spoke_file_name(stem: str, region: str) -> str:
    return f"{stem}-{slug(region, 'spoke')}{EXTENSION}"


def build_hub(plan: NewHubPlan) -> Playbook:
    """The hub playbook of ``plan``: the starter with title, model, owner, champion and spokes.

    Raises ValueError (one line) for a plan that cannot make a valid playbook.
    """
    if not plan.title.strip():
        raise ValueError("the playbook needs a title")
    if not plan.owner.strip():
        raise ValueError("the playbook needs an owner (the person accountable for it)")
    regions = [r.strip() for r in plan.regions if r.strip()]
    slugs = [slug(r, "spoke") for r in regions]
    if len(set(slugs)) != len(slugs):
        raise ValueError("two regions have the same name once written as a file name; rename one")
    data = plan.starter.model_copy(deep=True)
    people = list(data.people.people)
    owner_id = _person(people, plan.owner, Function.COMPLIANCE, [Role.HUB_MEMBER], "p")
    champions = list(data.people.champions)
    if plan.champion.strip():
        champion_id = _person(people, plan.champion, Function.EXECUTIVE, [], "p")
        if all(c.person != champion_id for c in champions):
            champions.append(Champion(person=champion_id))
    stem = plan.file_stem()
    spokes = [
        Spoke(id=f"s-{s}", name=r, kind=SpokeKind.REGION, file=spoke_file_name(stem, r))
        for r, s in zip(regions, slugs, strict=True)
    ]
    members = list(data.governance.hub.members)
    if owner_id not in members:
        members.append(owner_id)
    raw = data.model_dump(mode="json")
    raw["document"].update(
        {"id": slug(plan.title, "playbook"), "title": plan.title.strip(), "owner": owner_id, "sign_offs": []}
    )
    raw["people"]["people"] = [p.model_dump(mode="json") for p in people]
    raw["people"]["champions"] = [c.model_dump(mode="json") for c in champions]
    raw["governance"]["model"] = plan.model.value
    raw["governance"]["units"] = max(1, len(regions))
    raw["governance"]["hub"]["members"] = members
    raw["governance"]["spokes"] = [s.model_dump(mode="json") for s in spokes]
    try:
        return Playbook.model_validate(raw)
    except ValueError as exc:
        raise ValueError(f"the new playbook is not valid: {str(exc).splitlines()[0]}") from None


def create_hub_and_spokes(plan: NewHubPlan, folder: str | Path) -> tuple[Path, list[Path]]:
    """Write the hub and one spoke per region into ``folder``; returns their paths.

    Never overwrites: raises ValueError when a file already exists. Files are written
    atomically; if a spoke cannot be written the files already written are removed again.
    """
    target = Path(folder)
    if not target.is_dir():
        raise ValueError(f"{target}: the folder does not exist")
    hub = build_hub(plan)
    hub_path = target / f"{plan.file_stem()}{EXTENSION}"
    spoke_paths = [target / s.file for s in hub.governance.spokes]
    existing = [p for p in (hub_path, *spoke_paths) if p.exists()]
    if existing:
        raise ValueError(f"{existing[0]} already exists; choose another folder or file name")
    written: list[Path] = []
    try:
        storage.save(hub, hub_path)
        written.append(hub_path)
        for spoke, path in zip(hub.governance.spokes, spoke_paths, strict=True):
            save_spoke(new_spoke(hub_path, spoke.name, path), path)
            written.append(path)
    except (ValueError, OSError, storage.PlaybookSaveError) as exc:
        for path in written:
            path.unlink(missing_ok=True)
            path.with_name(path.name + ".bak").unlink(missing_ok=True)
        raise ValueError(f"the files could not be written: {exc}") from None
    return hub_path, spoke_paths


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
        changes[drift.change.index] = record_change(hub, changes[drift.change.index])
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


# ---------------------------------------------------------------- change log


def proposed_what(before: Playbook, after: Playbook, limit: int = 6) -> str:
    """The "what changed" of a change-log entry, proposed from the edits since ``before``."""
    changes = [
        c for c in compare(before, after) if not c.path.startswith(("document.change_log", "document.sign_offs"))
    ]
    if not changes:
        return ""
    return summarise(changes, limit)
