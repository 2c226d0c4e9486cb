"""Reference integrity: every id a field names must exist, and ids are unique per list.

References are declared on the fields themselves (``Ref(..., kind)`` in
:mod:`playbooks.format.fields`); this module walks the playbook once, guided by a plan computed per
model class, so that adding a reference field needs no change here.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel
from pydantic_core import PydanticCustomError

from playbooks.format import messages
from playbooks.format.enums import Audience, ContentClass
from playbooks.format.fields import HISTORY, REF, is_model, unwrap
from playbooks.format.findings import Issue
from playbooks.format.memo import SectionMemo

if TYPE_CHECKING:
    from playbooks.format.model import Playbook

#: Where the items of each reference kind live: kind -> (section attribute, list attribute, noun).
REFERENCE_KINDS: dict[str, tuple[str, str, str]] = {
    "people": ("people", "people", "person"),
    "objectives": ("objectives", "items", "objective"),
    "channels": ("channels", "accounts", "channel"),
    "training": ("training", "modules", "training module"),
    "audiences": ("scope", "audience_register", "audience"),
    "content_classes": ("content", "classes", "content class"),
    "roles": ("people", "roles", "role"),
    "gates": ("channels", "gates", "gate"),
}

#: Kinds whose references name an item of any of several lists: a *party* (an owner, an
#: approver, a RACI entry, an escalation contact) is a person or a role (an office, a committee).
UNIONS: dict[str, tuple[str, ...]] = {"parties": ("people", "roles")}
#: What a reference of a union kind is called in messages.
_UNION_NOUNS = {"parties": "person or role"}


def noun_of(kind: str) -> str:
    """What an item a reference of ``kind`` names is called ('person', 'person or role')."""
    return _UNION_NOUNS[kind] if kind in UNIONS else REFERENCE_KINDS[kind][2]


def kinds_within(kind: str) -> tuple[str, ...]:
    """The plain kinds whose lists a reference of ``kind`` may name (itself, or a union's members)."""
    return UNIONS.get(kind, (kind,))


def names_kind(reference_kind: str, item_kind: str) -> bool:
    """Whether a reference of ``reference_kind`` may name an item of the list of ``item_kind``."""
    return item_kind in kinds_within(reference_kind)


#: Open vocabularies: a reference of these kinds names either one of Charter's own values
#: (which carry Charter's checks) or an item the organisation defines in the kind's list.
BUILT_IN: dict[str, type[StrEnum]] = {"audiences": Audience, "content_classes": ContentClass}


def is_built_in(kind: str, value: object) -> bool:
    """Whether ``value`` is one of Charter's own values of the open vocabulary ``kind``."""
    values = BUILT_IN.get(kind)
    return values is not None and isinstance(value, str) and value in values._value2member_map_


def built_in_of(playbook: Playbook, kind: str, value: object) -> StrEnum | None:
    """The built-in value a reference of an open vocabulary stands for, so that its checks apply:
    the value itself when it is built in, else what the organisation's item counts as (None:
    an item of the organisation's own, which no built-in check concerns)."""
    values = BUILT_IN.get(kind)
    if values is None:
        return None
    if isinstance(value, str) and is_built_in(kind, value):
        return values(value)
    section, attribute, _ = REFERENCE_KINDS[kind]
    for item in getattr(getattr(playbook, section), attribute):
        if item.id == value:
            counts_as = getattr(item, "counts_as", None)
            return values(counts_as) if counts_as is not None else None
    return None


@dataclass(frozen=True)
class _Plan:
    refs: tuple[tuple[str, str, bool], ...]  # field name, kind, is a list
    checked: tuple[tuple[str, str, bool], ...]  # the refs that must name an existing item (not history)
    children: tuple[tuple[str, bool], ...]  # field name, is a list of models
    has_id: bool


@cache
def _plan(cls: type[BaseModel]) -> _Plan:
    refs: list[tuple[str, str, bool]] = []
    history: set[str] = set()
    children: list[tuple[str, bool]] = []
    for name, info in cls.model_fields.items():
        extra = info.json_schema_extra
        field_type = unwrap(info.annotation)
        if isinstance(extra, dict) and REF in extra:
            refs.append((name, str(extra[REF]), field_type.is_list))
            if extra.get(HISTORY):
                history.add(name)
            continue
        if is_model(field_type.inner):
            children.append((name, field_type.is_list))
    checked = tuple(ref for ref in refs if ref[0] not in history)
    return _Plan(tuple(refs), checked, tuple(children), "id" in cls.model_fields)


def iter_references(model: BaseModel, path: str = "") -> Iterator[tuple[str, str, str]]:
    """Yield (path, kind, id) for every reference in ``model`` and below."""
    plan = _plan(type(model))
    for name, kind, is_list in plan.refs:
        value = getattr(model, name)
        if value is None:
            continue
        if is_list:
            for i, item in enumerate(value):
                yield f"{path}{name}[{i}]", kind, item
        else:
            yield f"{path}{name}", kind, value
    for name, is_list in plan.children:
        value = getattr(model, name)
        if value is None:
            continue
        if is_list:
            for i, item in enumerate(value):
                yield from iter_references(item, f"{path}{name}[{i}].")
        else:
            yield from iter_references(value, f"{path}{name}.")


def item_ids(playbook: BaseModel, kind: str) -> list[str]:
    """The ids a reference of ``kind`` may name, in document order (Charter's own values of an
    open vocabulary first)."""
    if kind in UNIONS:
        return [ident for member in UNIONS[kind] for ident in item_ids(playbook, member)]
    section, attribute, _ = REFERENCE_KINDS[kind]
    built_in = [str(value) for value in BUILT_IN.get(kind, ())]
    return built_in + [item.id for item in getattr(getattr(playbook, section), attribute)]


#: Where a walk is, without building the path's text: (parent, field name, list index or None).
_Where = tuple[Any, str, int | None] | None


def _path(where: _Where, leaf: str = "") -> str:
    """The field path of ``where`` (``content.rules[3]``), then ``.leaf`` if given."""
    parts: list[str] = []
    while where is not None:
        where, name, index = where
        parts.append(name if index is None else f"{name}[{index}]")
    parts.reverse()
    if leaf:
        parts.append(leaf)
    return ".".join(parts)


@dataclass
class _Found:
    """What a walk found: duplicate ids (their issues) and references that name no item, given
    the ids that exist (``known``, per reference kind)."""

    known: dict[str, set[str]]
    duplicates: list[Issue] = field(default_factory=list)
    broken: list[tuple[_Where, str, str]] = field(default_factory=list)


def _walk(model: BaseModel, where: _Where, found: _Found) -> None:
    """One pass over ``model`` and below: duplicate ids of every list, and references that
    name no item. Paths are only written out for what is wrong: a 20,000-rule playbook is
    checked after every edit."""
    plan = _walk_refs(model, where, found)
    for name, is_list in plan.children:
        value = getattr(model, name)
        if value is not None:
            _walk_field(value, name, is_list, where, found)


def _walk_refs(model: BaseModel, where: _Where, found: _Found) -> _Plan:
    """The references of ``model`` itself that name no item; returns its class's plan."""
    plan = _plan(type(model))
    for name, kind, is_list in plan.checked:
        value = getattr(model, name)
        if value is None:
            continue
        ids = found.known[kind]
        if is_list:
            for i, item in enumerate(value):
                if item not in ids:
                    found.broken.append(((where, name, i), kind, item))
        elif value not in ids:
            found.broken.append(((where, name, None), kind, value))
    return plan


def _walk_field(value: Any, name: str, is_list: bool, where: _Where, found: _Found) -> None:
    """:func:`_walk` of the model (or list of models) ``value`` in field ``name`` of ``where``."""
    if not is_list:
        _walk(value, (where, name, None), found)
        return
    if value and isinstance(value[0], BaseModel) and _plan(type(value[0])).has_id:
        seen: dict[str, int] = {}
        for i, item in enumerate(value):
            first = seen.setdefault(item.id, i)
            if first != i:
                found.duplicates.append(
                    Issue(_path((where, name, i), "id"), messages.duplicate_id(item.id, _path((where, name, first))))
                )
    for i, item in enumerate(value):
        _walk(item, (where, name, i), found)


def _shared_ids(playbook: Playbook) -> list[Issue]:
    """An item whose id an item of another list of the same union already has (a role with a
    person's id): a reference to that id could mean either, so neither list may reuse it."""
    problems: list[Issue] = []
    for members in UNIONS.values():
        first: dict[str, str] = {}
        for kind in members:
            section_name, attribute, _ = REFERENCE_KINDS[kind]
            where = f"{section_name}.{attribute}"
            mine: dict[str, str] = {}
            for i, item in enumerate(getattr(getattr(playbook, section_name), attribute)):
                if item.id in first:
                    problems.append(Issue(f"{where}[{i}].id", messages.duplicate_id(item.id, first[item.id])))
                mine.setdefault(item.id, f"{where}[{i}]")
            first.update({k: v for k, v in mine.items() if k not in first})
    return problems


def find_problems(playbook: Playbook, memo: SectionMemo | None = None) -> list[Issue]:
    """Every duplicate id and broken reference of a playbook, in document order (duplicates first).

    ``memo``: the sections of a persistent snapshot unchanged since the last call (with the same
    referable ids) are not walked again (see :mod:`playbooks.format.memo`)."""
    found = _Found({kind: set(item_ids(playbook, kind)) for kind in [*REFERENCE_KINDS, *UNIONS]})
    if memo is None:
        _walk(playbook, None, found)
    else:
        for name, is_list in _walk_refs(playbook, None, found).children:
            value = getattr(playbook, name)
            if value is None:
                continue

            def walk_section(value: Any = value, name: str = name, is_list: bool = is_list) -> _Found:
                section = _Found(found.known)
                _walk_field(value, name, is_list, None, section)
                return section

            section = memo.get("references", name, value, found.known, walk_section)
            found.duplicates += section.duplicates
            found.broken += section.broken
    problems = found.duplicates + _shared_ids(playbook)
    for where, kind, value in found.broken:
        problems.append(Issue(_path(where), messages.unknown_reference(value, noun_of(kind))))
    for kind in BUILT_IN:
        section_name, attribute, noun = REFERENCE_KINDS[kind]
        for i, item in enumerate(getattr(getattr(playbook, section_name), attribute)):
            if is_built_in(kind, item.id):
                problems.append(Issue(f"{section_name}.{attribute}[{i}].id", messages.built_in_id(item.id, noun)))
    return problems


def raise_for_broken_references(playbook: Playbook) -> None:
    """Raise a pydantic error listing every problem (used by the model's validator)."""
    problems = find_problems(playbook)
    if problems:
        raise PydanticCustomError(
            "broken_reference",
            "{summary}",
            {
                "summary": "; ".join(f"{p.path}: {p.message}" for p in problems[:5]),
                "problems": [(p.path, p.message) for p in problems],
            },
        )
