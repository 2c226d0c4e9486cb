"""Applying spoke changes to a hub model without copying or re-validating the whole playbook.

The effective playbook is built like a persistent value: a change validates only what it
brings (the added item, the modified item, the set field), replaces the lists and sections on
its path with shallow copies, and shares every untouched sub-model with the hub. A hub of
20,000 rules is therefore not dumped, copied or validated again for each spoke. Reference
integrity is then checked for what the changes touched, or in full when a change could break
references elsewhere (a removal from people, objectives, channels or training, or a ``set`` of
a whole list or section).

The effective playbook shares unchanged sub-models with the hub: treat both as values (change
them only by building new ones, as :mod:`playbooks.format.paths` does), never in place.
"""

from __future__ import annotations

import copy
from typing import Any

from pydantic import BaseModel, ValidationError

from playbooks.format.enums import Severity
from playbooks.format.fields import REF, is_model, unwrap
from playbooks.format.findings import SCHEMA, Issue
from playbooks.format.identity import (
    duplicate_keys,
    find_key,
    free_text_key,
    item_key,
    key_field,
    list_duplicates,
    positions_of,
    same_content,
    same_key,
    shared_positions,
)
from playbooks.format.messages import unknown_reference
from playbooks.format.model import Playbook
from playbooks.format.paths import Address, Key, with_value
from playbooks.format.references import (
    REFERENCE_KINDS,
    UNIONS,
    find_problems,
    is_built_in,
    iter_references,
    kinds_within,
    noun_of,
)
from playbooks.io.storage import issues_from_validation
from playbooks.tailoring.paths import PathError, list_spot, locate, split_dotted
from playbooks.tailoring.spoke import HUB_DRIFT, AddChange, ModifyChange, RemoveChange, SetChange

AnyChange = AddChange | ModifyChange | SetChange | RemoveChange

#: The lists other items refer to: removing from them can break references anywhere.
_REFERENCED = frozenset((section, attribute) for section, attribute, _ in REFERENCE_KINDS.values())


class Refused(Exception):
    """A change that cannot be applied: (code, severity, path relative to the change, message)."""

    def __init__(self, code: str, severity: Severity, where: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.severity = severity
        self.where = where
        self.message = message


def errors_under(exc: ValidationError, prefix: str) -> str:
    """pydantic's first error as one line (with a count of the others)."""
    issues = issues_from_validation(exc)
    first = issues[0]
    where = f"{prefix}.{first.path}" if first.path and prefix else first.path or prefix
    more = f" (and {len(issues) - 1} more)" if len(issues) > 1 else ""
    return f"{where}: {first.message}{more}" if where else f"{first.message}{more}"


def merge(cls: type[BaseModel], current: dict[str, Any], fields: dict[str, Any], where: str) -> dict[str, Any]:
    """``current`` (plain data of an item) with ``fields`` set; nested sections merge field by field."""
    out = dict(current)
    for name, value in fields.items():
        info = cls.model_fields.get(name)
        if info is None:
            raise Refused(SCHEMA, Severity.ERROR, f"{where}.{name}", f"'{name}' is not a field of this item")
        inner, is_list, _ = unwrap(info.annotation)
        if is_model(inner) and not is_list and isinstance(value, dict) and isinstance(out.get(name), dict):
            out[name] = merge(inner, out[name], value, f"{where}.{name}")
        else:
            out[name] = value
    return out


def leaves(fields: dict[str, Any], cls: type[BaseModel], prefix: Address) -> list[Address]:
    """The addresses a ``modify`` sets (nested sections down to their fields)."""
    out: list[Address] = []
    for name, value in fields.items():
        info = cls.model_fields.get(name)
        inner = unwrap(info.annotation)[0] if info else None
        if isinstance(value, dict) and inner is not None and is_model(inner):
            out.extend(leaves(value, inner, (*prefix, name)))
        else:
            out.append((*prefix, name))
    return out


class Working:
    """The effective playbook under construction (see the module docstring)."""

    def __init__(self, hub: Playbook) -> None:
        self.hub = hub
        self.root: Playbook = hub
        self.structural = False
        self.touched: list[tuple[tuple[str, ...], str]] = []
        self.ref_fields: list[tuple[str, ...]] = []
        self.dirty: dict[tuple[str, ...], set[str] | None] = {}
        self._positions: dict[tuple[str, ...], dict[str, int]] = {}
        self._hub_positions: dict[tuple[str, ...], dict[str, int]] = {}

    # ---- reading

    def get(self, parts: tuple[str, ...]) -> Any:
        node: Any = self.root
        for part in parts:
            node = getattr(node, part)
        return node

    def position(self, parts: tuple[str, ...], cls: Any, key: str) -> int | None:
        """Where the item with ``key`` is in the current list at ``parts``."""
        index = self.positions(parts, cls).get(key)
        if index is not None:
            items = self.get(parts)
            if index >= len(items) or item_key(items[index], cls) != key:
                # a stale map (a list changed in place behind our back): rebuild it once
                self._positions[parts] = positions_of(items, cls)
                index = self._positions[parts].get(key)
        if index is None and (not is_model(cls) or free_text_key(cls)):
            # the same words in another Unicode form (NFD) name the same item
            index = find_key(self.get(parts), cls, key)
        return index

    def positions(self, parts: tuple[str, ...], cls: Any) -> dict[str, int]:
        """Key -> position of the current list at ``parts`` (shared with the hub's cache until
        this playbook changes the list: never change the result in place)."""
        positions = self._positions.get(parts)
        if positions is None:
            positions = shared_positions(self.get(parts), cls)
            self._positions[parts] = positions
        return positions

    def in_hub(self, parts: tuple[str, ...], cls: Any, key: str) -> bool:
        positions = self._hub_positions.get(parts)
        if positions is None:
            node: Any = self.hub
            for part in parts:
                node = getattr(node, part)
            positions = shared_positions(node, cls)
            self._hub_positions[parts] = positions
        return key in positions

    # ---- writing

    def put(self, parts: tuple[str, ...], value: Any) -> None:
        """Replace the value at ``parts``, copying only the models on the way (never validating
        the playbook as a whole)."""
        self.root = with_value(self.root, parts, value)
        for known in [p for p in self._positions if p[: len(parts)] == parts]:
            del self._positions[known]

    def _mark(self, parts: tuple[str, ...], key: str | None) -> None:
        """Remember what may differ from the hub: one key of a list, or (None) all of it."""
        if key is None:
            self.dirty[parts] = None
        else:
            keys = self.dirty.setdefault(parts, set())
            if keys is not None:
                keys.add(key)

    # ---- the four kinds of change

    def apply(self, change: AnyChange) -> tuple[list[Address], list[Address]]:
        """Apply one change; return (addresses set, addresses removed). Raises :class:`Refused`
        (and changes nothing) for a change that cannot apply."""
        if isinstance(change, SetChange):
            return self._set(change)
        try:
            parts = split_dotted(change.target)
            spot = list_spot(change.target)
        except PathError as exc:
            raise Refused(SCHEMA, Severity.ERROR, "target", str(exc)) from None
        cls = spot.inner
        if isinstance(change, AddChange):
            return self._add(change, parts, cls)
        if is_model(cls) and key_field(cls) is None:
            raise Refused(
                SCHEMA,
                Severity.ERROR,
                "target",
                f"items of {change.target} have no id, so they can only be added, or the list replaced with 'set'",
            )
        if isinstance(change, RemoveChange):
            return self._remove(change, parts, cls)
        return self._modify(change, parts, cls)

    def _set(self, change: SetChange) -> tuple[list[Address], list[Address]]:
        try:
            parts = split_dotted(change.path)
            spot = locate(parts)
        except PathError as exc:
            raise Refused(SCHEMA, Severity.ERROR, "path", str(exc)) from None
        owner = self.get(parts[:-1])
        candidate = owner.model_copy()
        value = copy.deepcopy(change.value)  # never share the spoke's own value
        try:
            # validate_assignment checks the field's type and limits (and, on the playbook
            # itself, its references)
            setattr(candidate, spot.name, value)
        except ValidationError as exc:
            raise Refused(SCHEMA, Severity.ERROR, "value", errors_under(exc, "")) from None
        self.put(parts, getattr(candidate, spot.name))
        self._mark(parts, None)
        if spot.is_list or is_model(spot.inner):
            self.structural = True
        else:
            extra = spot.owner.model_fields[spot.name].json_schema_extra
            if isinstance(extra, dict) and REF in extra:
                self.ref_fields.append(parts)
        return [parts], []

    def _add(self, change: AddChange, parts: tuple[str, ...], cls: Any) -> tuple[list[Address], list[Address]]:
        items = list(self.get(parts))
        if is_model(cls):
            if not isinstance(change.item, dict):
                raise Refused(SCHEMA, Severity.ERROR, "item", "must be a mapping of fields (key: value)")
            try:
                item = cls.model_validate(change.item)
            except ValidationError as exc:
                raise Refused(SCHEMA, Severity.ERROR, "item", errors_under(exc, "")) from None
            key = item_key(item, cls)
            if key is None:
                items.append(item)
                self.put(parts, items)
                self._mark(parts, None)
                self.touched.append((parts, ""))
                return [(*parts, Key(str(len(items) - 1)))], []
        else:
            if isinstance(change.item, dict | list) or change.item is None:
                raise Refused(SCHEMA, Severity.ERROR, "item", "must be a single value for this list")
            owner = self.get(parts[:-1]).model_copy()
            try:
                setattr(owner, parts[-1], [*items, change.item])
            except ValidationError as exc:
                raise Refused(SCHEMA, Severity.ERROR, "item", errors_under(exc, "")) from None
            item = getattr(owner, parts[-1])[-1]
            key = str(item_key(item, cls))
        existing = self.position(parts, cls, key)
        if existing is not None:
            if items[existing] == item or same_content(items[existing], item):
                return [], []  # the hub (or an earlier change) already has exactly this item
            why = (
                "the hub now has an item with the same key"
                if self.in_hub(parts, cls, str(item_key(items[existing], cls)))
                else "an earlier change added the same key"
            )
            raise Refused(
                SCHEMA,
                Severity.ERROR,
                "item",
                f"cannot add '{key}' to {change.target}: {why}; give the local item another id, "
                "or turn this change into a 'modify' of the hub item",
            )
        positions = dict(self.positions(parts, cls))  # a copy: the shared map stays the hub's
        items.append(item)
        self.put(parts, items)
        positions[key] = len(items) - 1
        self._positions[parts] = positions
        self._mark(parts, key)
        if is_model(cls):
            self.touched.append((parts, key))
        return [(*parts, Key(key))], []

    def _remove(self, change: RemoveChange, parts: tuple[str, ...], cls: Any) -> tuple[list[Address], list[Address]]:
        index = self.position(parts, cls, change.id)
        if index is None:
            raise Refused(
                HUB_DRIFT,
                Severity.WARNING,
                "id",
                f"{change.target} has no '{change.id}' (any more); this removal has nothing to remove",
            )
        items = list(self.get(parts))
        del items[index]
        key = str(item_key(self.get(parts)[index], cls))
        positions = {k: (i - 1 if i > index else i) for k, i in self.positions(parts, cls).items() if k != key}
        self.put(parts, items)
        self._positions[parts] = positions  # shifted, rather than rebuilt from the items
        self._mark(parts, key)
        if parts in _REFERENCED:
            self.structural = True
        return [], [(*parts, Key(key))]

    def _modify(self, change: ModifyChange, parts: tuple[str, ...], cls: Any) -> tuple[list[Address], list[Address]]:
        if not is_model(cls):
            raise Refused(
                SCHEMA, Severity.ERROR, "target", f"{change.target} is a list of values; use 'add' and 'remove'"
            )
        index = self.position(parts, cls, change.id)
        if index is None:
            raise Refused(
                HUB_DRIFT,
                Severity.WARNING,
                "id",
                f"the hub has no '{change.id}' in {change.target} (removed or renamed since this spoke was "
                "tailored?); this change is not applied: review it",
            )
        items = list(self.get(parts))
        key = str(item_key(items[index], cls))
        key_name = key_field(cls)
        fields = dict(change.fields)
        if key_name in fields:
            if not same_key(str(fields[key_name]), key):
                raise Refused(
                    SCHEMA,
                    Severity.ERROR,
                    f"fields.{key_name}",
                    f"the {key_name} of a hub item cannot change; remove it and add a new item instead",
                )
            del fields[key_name]  # the item keeps its key exactly as the hub writes it
        merged = merge(cls, items[index].model_dump(mode="json"), fields, "fields")
        try:
            items[index] = cls.model_validate(merged)
        except ValidationError as exc:
            raise Refused(SCHEMA, Severity.ERROR, "fields", errors_under(exc, "")) from None
        positions = self._positions.get(parts)
        self.put(parts, items)
        if positions is not None:  # a modify moves nothing
            self._positions[parts] = positions
        self._mark(parts, key)
        self.touched.append((parts, key))
        return leaves(fields, cls, (*parts, Key(key))), []

    # ---- the whole

    def problems(self) -> list[Issue]:
        """Broken references and duplicate keys of the effective playbook, checking only what the
        changes touched when that is enough (the hub's own duplicates are the hub's finding)."""
        duplicates = self._duplicates()
        if self.structural:
            found = find_problems(self.root)
            known = {p.path for p in found}
            return [*found, *(p for p in duplicates if p.path not in known)]
        return [*duplicates, *self._broken_references()]

    def _duplicates(self) -> list[Issue]:
        """Duplicate keys in what the changes replaced as a whole or brought in (an added or
        modified item's own lists); an ``add`` of a key the list has is refused when applied."""
        out: list[Issue] = []
        for parts, keys in self.dirty.items():
            if keys is not None:
                continue
            node = self.get(parts)
            where = ".".join(parts)
            if isinstance(node, list):
                cls = list_spot(where).inner
                out.extend(list_duplicates(node, cls, where))
                if is_model(cls):
                    for i, item in enumerate(node):
                        out.extend(duplicate_keys(item, f"{where}[{i}]."))
            elif isinstance(node, BaseModel):
                out.extend(duplicate_keys(node, f"{where}."))
        for parts, key in dict.fromkeys(self.touched):
            if not key or self.dirty.get(parts, set()) is None:
                continue
            cls = list_spot(".".join(parts)).inner
            index = self.position(parts, cls, key)
            if index is not None:
                out.extend(duplicate_keys(self.get(parts)[index], f"{'.'.join(parts)}[{index}]."))
        return list({p.path: p for p in out}.values())

    def _broken_references(self) -> list[Issue]:
        def exists(kind: str, value: str) -> bool:
            if is_built_in(kind, value):
                return True
            for member in kinds_within(kind):
                section, attribute, _ = REFERENCE_KINDS[member]
                parts = (section, attribute)
                if value in self.positions(parts, list_spot(".".join(parts)).inner):
                    return True
            return False

        out: list[Issue] = []
        for parts, key in dict.fromkeys(self.touched):
            cls = list_spot(".".join(parts)).inner
            items = self.get(parts)
            index = self.position(parts, cls, key) if key else len(items) - 1
            if index is None:
                continue  # removed again by a later change
            prefix = f"{'.'.join(parts)}[{index}]."
            for path, kind, value in iter_references(items[index], prefix):
                if not exists(kind, value):
                    out.append(Issue(path, unknown_reference(value, noun_of(kind))))
        for parts in dict.fromkeys(self.ref_fields):
            spot = locate(parts)
            extra = spot.owner.model_fields[spot.name].json_schema_extra
            kind = str(extra[REF]) if isinstance(extra, dict) else ""
            value = self.get(parts)
            values = value if isinstance(value, list) else [] if value is None else [value]
            for i, one in enumerate(values):
                if (kind in REFERENCE_KINDS or kind in UNIONS) and not exists(kind, one):
                    path = ".".join(parts) + (f"[{i}]" if isinstance(value, list) else "")
                    out.append(Issue(path, unknown_reference(one, noun_of(kind))))
        return out
