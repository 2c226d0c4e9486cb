"""Which list items are the same item: keys compared in Unicode NFC, and duplicates found.

The key of an item is the one rule of :func:`playbooks.tailoring.paths.key_field` (its ``id``,
or the preset code, the person, the term, ...). Keys are compared in NFC, the composed form
of Unicode: "Café" typed with a combining accent is the same glossary term as "Café" typed
with the accented letter, so a spoke cannot smuggle in a second copy of an item that looks
exactly like the first. The same goes for text a lock compares (disclosures, exceptions).

A keyed list that holds two items with the same key is refused wherever it appears: in a hub
(the ``DOC-DUPLICATE-KEY`` check), in a spoke's changes and in the effective playbook (a
``SCHEMA`` error of the change responsible; see :func:`playbooks.tailoring.tailor`).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from functools import cache
from typing import Annotated, Any

from pydantic import BaseModel, TypeAdapter, ValidationError
from pydantic_core import to_jsonable_python

from playbooks.format.references import Problem
from playbooks.tailoring.paths import is_model, key_field, unwrap


def key_of(item: Any, cls: Any) -> str | None:
    """The key of a list item given as a model (or a value, for lists of values)."""
    if is_model(cls):
        field = key_field(cls)
        if field is None:
            return None
        value = getattr(item, field, None)
        return None if value is None else str(getattr(value, "value", value))
    return None if item is None else str(getattr(item, "value", item))


def nfc(value: Any) -> Any:
    """``value`` with every text in it in NFC (plain data: text, lists, mappings; others as they are)."""
    if isinstance(value, str):
        return value if unicodedata.is_normalized("NFC", value) else unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [nfc(v) for v in value]
    if isinstance(value, dict):
        return {nfc(k): nfc(v) for k, v in value.items()}
    return value


@cache
def free_text_key(cls: type[BaseModel]) -> bool:
    """Whether the key of ``cls`` items may hold any text (a term, a name), as opposed to an id
    or code restricted to plain ASCII, which needs no normalising."""
    field = key_field(cls)
    if field is None:
        return False
    info = cls.model_fields[field]
    # the field's constraints (an id's pattern) live in its metadata, beside the annotation
    annotation = Annotated[(info.annotation, *info.metadata)] if info.metadata else info.annotation
    try:
        TypeAdapter(annotation).validate_python("é")
    except ValidationError:
        return False
    return True


def same_content(a: Any, b: Any) -> bool:
    """Whether two values (models or plain data) say the same, text compared in NFC."""
    return bool(nfc(to_jsonable_python(a)) == nfc(to_jsonable_python(b)))


def same_key(a: str | None, b: str | None) -> bool:
    """Whether two keys name the same item (NFC)."""
    return a is not None and b is not None and nfc(a) == nfc(b)


def find_key(items: list[Any], cls: Any, key: str) -> int | None:
    """The position of the item whose key is ``key`` in NFC, or None (a slow scan: call it only
    when the exact key was not found, and only for :func:`free_text_key` lists)."""
    wanted = nfc(key)
    return next((i for i, item in enumerate(items) if nfc(key_of(item, cls)) == wanted), None)


def _title(cls: type[BaseModel], field: str) -> str:
    info = cls.model_fields[field]
    return str(info.title or field).lower() if field != "id" else "id"


def list_duplicates(items: list[Any], cls: Any, path: str) -> Iterator[Problem]:
    """A problem for every item of the keyed list ``items`` (at ``path``) whose key an earlier
    item already has (keys in NFC)."""
    field = key_field(cls) if is_model(cls) else None
    if field is None:
        return
    normalise = free_text_key(cls)
    seen: dict[str, int] = {}
    for i, item in enumerate(items):
        key = key_of(item, cls)
        if key is None:
            continue
        first = seen.setdefault(nfc(key) if normalise else key, i)
        if first != i:
            yield Problem(
                f"{path}[{i}].{field}",
                f"Duplicate {_title(cls, field)} '{key}' (already used by {path}[{first}]); "
                "each item of a list must have its own",
            )


def duplicate_keys(model: BaseModel, path: str = "") -> list[Problem]:
    """Every duplicate key in every keyed list of ``model`` and below, in document order."""
    out: list[Problem] = []
    _walk(model, path, out)
    return out


def _walk(model: BaseModel, path: str, out: list[Problem]) -> None:
    for name, inner, is_list in _children(type(model)):
        value = getattr(model, name)
        if value is None:
            continue
        where = f"{path}{name}"
        if not is_list:
            _walk(value, f"{where}.", out)
            continue
        out.extend(list_duplicates(value, inner, where))
        if _has_children(inner):
            for i, item in enumerate(value):
                _walk(item, f"{where}[{i}].", out)


@cache
def _children(cls: type[BaseModel]) -> tuple[tuple[str, Any, bool], ...]:
    """The fields of ``cls`` that hold models: (name, model class, is a list)."""
    out = []
    for name, info in cls.model_fields.items():
        inner, is_list, _ = unwrap(info.annotation)
        if is_model(inner):
            out.append((name, inner, is_list))
    return tuple(out)


@cache
def _has_children(cls: type[BaseModel]) -> bool:
    return bool(_children(cls))
