"""Addressing inside a playbook for tailoring: sections, lists of keyed items, fields.

A spoke names hub items by their *key*, never by their position: ``id`` for items that have
one, otherwise the field listed in :data:`KEY_FIELDS` (an applied preset by its preset code,
a champion by the person). Keys survive the hub reordering or inserting items; positions do
not. Findings still report index paths (``records.record_classes[0].retention_years``) because
that is what the rest of Charter (problems panel, ``validate``) shows; :func:`index_path`
converts.

Addresses are tuples of attribute names and :class:`Key` parts, e.g.
``("channels", "accounts", Key("c-li"), "response_sla_hours")``.
"""

from __future__ import annotations

import threading
import types
import typing
from collections import OrderedDict
from dataclasses import dataclass
from functools import cache
from typing import Any, Union, get_args, get_origin

from pydantic import BaseModel

from playbooks.format import model as m
from playbooks.io.storage import format_path


@dataclass(frozen=True)
class Key:
    """A list item named by its key (its id, or its :data:`KEY_FIELDS` field)."""

    value: str


Part = str | Key
Address = tuple[Part, ...]

#: Key fields of item models without an ``id``. Lists of models with neither can only be
#: added to (or replaced as a whole with a ``set``).
KEY_FIELDS: dict[type[BaseModel], str] = {
    m.AppliedPreset: "preset",
    m.Champion: "person",
    m.GlossaryTerm: "term",
    m.UseDefinition: "use",
    m.WorksCouncilAgreement: "entity",
    m.TriageRule: "type",
    m.Feature: "name",
    m.Disclosure: "text",
    m.EscalationContact: "person",
    m.Certification: "training",
}


class PathError(ValueError):
    """A target or path that does not name the right kind of field in the playbook format."""


@cache
def key_field(cls: type[BaseModel]) -> str | None:
    """The field that identifies items of ``cls`` in a list, or None."""
    if "id" in cls.model_fields:
        return "id"
    return KEY_FIELDS.get(cls)


def unwrap(annotation: Any) -> tuple[Any, bool, bool]:
    """(inner type, is a list, is optional) of a field annotation."""
    optional = False
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        optional = len(args) < len(get_args(annotation))
        annotation = args[0] if len(args) == 1 else annotation
        origin = get_origin(annotation)
    if origin is typing.Annotated:
        annotation = get_args(annotation)[0]
        origin = get_origin(annotation)
    if origin is list:
        inner = get_args(annotation)[0]
        if get_origin(inner) is typing.Annotated:
            inner = get_args(inner)[0]
        return inner, True, optional
    return annotation, False, optional


def is_model(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)


def split_dotted(text: str) -> tuple[str, ...]:
    """``'records.record_classes'`` -> ``('records', 'record_classes')`` (no index parts)."""
    parts = tuple(text.split("."))
    if not text or any(not p.isidentifier() for p in parts):
        raise PathError(f"'{text}' is not a field path (names separated by dots, e.g. channels.accounts)")
    return parts


@dataclass(frozen=True)
class FieldSpot:
    """Where a dotted path leads: the model owning the last field, and that field's type."""

    owner: type[BaseModel]
    name: str
    inner: Any
    is_list: bool


@cache
def locate(parts: tuple[str, ...]) -> FieldSpot:
    """Follow attribute names from :class:`Playbook` through nested sections (not through lists)."""
    cls: type[BaseModel] = m.Playbook
    for i, name in enumerate(parts):
        info = cls.model_fields.get(name)
        if info is None or name in ("schema_version",):
            where = ".".join(parts[:i]) or "the playbook"
            raise PathError(f"'{name}' is not a field of {where}")
        inner, is_list, _ = unwrap(info.annotation)
        if i == len(parts) - 1:
            return FieldSpot(cls, name, inner, is_list)
        if is_list or not is_model(inner):
            raise PathError(f"'{'.'.join(parts[: i + 1])}' has no fields inside it")
        cls = inner
    raise PathError("empty path")


@cache
def list_spot(target: str) -> FieldSpot:
    """The list field a change's ``target`` names; raises :class:`PathError` otherwise."""
    spot = locate(split_dotted(target))
    if not spot.is_list:
        raise PathError(f"'{target}' is not a list; use a 'set' change for single fields")
    return spot


def item_key(item: Any, cls: Any) -> str | None:
    """The key of a list item given as plain data (dict for models, the value for scalars)."""
    if is_model(cls):
        field = key_field(cls)
        if field is None or not isinstance(item, dict):
            return None
        value = item.get(field)
        return None if value is None else str(value)
    return None if item is None else str(item)


def find_index(items: list[Any], cls: Any, key: str) -> int | None:
    """The position of the item with ``key`` in a list of plain data, or None."""
    for i, item in enumerate(items):
        if item_key(item, cls) == key:
            return i
    return None


def format_address(address: Address) -> str:
    """``channels.accounts[c-li].owner``: the keyed form people read in diffs."""
    out = ""
    for part in address:
        if isinstance(part, Key):
            out += f"[{part.value}]"
        else:
            out += ("." if out else "") + part
    return out


def walk_data(data: dict[str, Any], address: Address) -> tuple[tuple[str | int, ...], Any] | None:
    """Follow ``address`` through plain playbook data: (its index parts, the value there).

    Returns None when a keyed item is not in ``data``; a missing field gives the value None.
    """
    loc: list[str | int] = []
    node: Any = data
    cls: Any = m.Playbook
    for part in address:
        if isinstance(part, Key):
            if not isinstance(node, list):
                return None
            index = find_index(node, cls, part.value)
            if index is None:
                return None
            loc.append(index)
            node = node[index]
            continue
        loc.append(part)
        if is_model(cls) and part in cls.model_fields:
            cls = unwrap(cls.model_fields[part].annotation)[0]
        node = node.get(part) if isinstance(node, dict) else None
    return tuple(loc), node


def index_path(data: dict[str, Any], address: Address) -> str | None:
    """The index path (``channels.accounts[2].owner``) of ``address`` in plain playbook data.

    Returns None when a keyed item is not in ``data``.
    """
    found = walk_data(data, address)
    return None if found is None else format_path(found[0])


def item_model(target: str) -> Any:
    """The item type of the list ``target`` (a model class or a scalar type)."""
    return list_spot(target).inner


#: Key -> position maps of recently seen hub lists, by the list's identity (the entry keeps the
#: list alive, so an id is never reused while cached). Every spoke of one hub looks items up in
#: the same lists; the maps are never changed in place (a Working copies one before changing it).
_LIST_POSITIONS: OrderedDict[int, tuple[list[Any], dict[str, int]]] = OrderedDict()
_LIST_POSITIONS_SIZE = 64
_LIST_POSITIONS_LOCK = threading.Lock()


def shared_positions(items: list[Any], cls: Any) -> dict[str, int]:
    """Key -> position of a list that is treated as a value (cached by identity; never change it)."""
    with _LIST_POSITIONS_LOCK:
        entry = _LIST_POSITIONS.get(id(items))
        # a list changed in place since (against the house rule) has another length: rebuild
        if entry is not None and entry[0] is items and len(entry[1]) == len(items):
            _LIST_POSITIONS.move_to_end(id(items))
            return entry[1]
    positions = positions_of(items, cls)
    with _LIST_POSITIONS_LOCK:
        _LIST_POSITIONS[id(items)] = (items, positions)
        while len(_LIST_POSITIONS) > _LIST_POSITIONS_SIZE:
            _LIST_POSITIONS.popitem(last=False)
    return positions


def positions_of(items: list[Any], cls: Any) -> dict[str, int]:
    """Key -> first position, for a whole list at once (the hot path for large hubs)."""
    positions: dict[str, int] = {}
    field = key_field(cls) if is_model(cls) else None
    for i, item in enumerate(items):
        value = getattr(item, field, None) if field is not None else item
        positions.setdefault(str(getattr(value, "value", value)), i)
    return positions
