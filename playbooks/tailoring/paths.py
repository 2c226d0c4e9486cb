"""Addressing inside a playbook for tailoring: the targets and paths a spoke change names.

A spoke names hub items by their *key*, never by their position (keys and keyed addresses
are :mod:`playbooks.format.identity` and :mod:`playbooks.format.paths`, shared with the rest of
Charter). Keys survive the hub reordering or inserting items; positions do not. Findings
still report index paths (``records.record_classes[0].retention_years``) because that is what
the rest of Charter (problems panel, ``validate``) shows; :func:`index_path` converts.

A change's ``target`` or ``path`` is dotted field names from the playbook down to a list or a
field, never through a list (``channels.accounts``, ``privacy.retention_months``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from pydantic import BaseModel

from playbooks.format import model as m
from playbooks.format.fields import is_model, unwrap
from playbooks.format.identity import find_index
from playbooks.format.paths import Address, Key
from playbooks.io.storage import format_path


class PathError(ValueError):
    """A target or path that does not name the right kind of field in the playbook format."""


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
