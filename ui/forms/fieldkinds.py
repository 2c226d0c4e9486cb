"""What editor a pydantic field gets, read from its annotation and metadata (no widgets here).

:func:`kind_of` classifies a field; the factory turns each kind into a widget. A test walks
every field of every model and fails when one has no kind.
"""

from __future__ import annotations

import datetime as dt
import re
import types
from dataclasses import dataclass
from enum import Enum
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from playbooks.format.fields import MULTILINE, REF


@dataclass(frozen=True)
class FieldKind:
    """How to edit one field.

    ``kind`` is one of text, multiline, int, float, bool, enum, literal, date, ref, ref_list,
    enum_list, text_list, model, model_list. ``base`` is the enum class, model class or
    literal values; ``optional`` says whether None is allowed.
    """

    kind: str
    optional: bool
    base: Any = None
    ref: str = ""


def _strip(annotation: Any) -> Any:
    while get_origin(annotation) is Annotated:
        annotation = get_args(annotation)[0]
    return annotation


def _split_optional(annotation: Any) -> tuple[Any, bool]:
    annotation = _strip(annotation)
    if get_origin(annotation) in (Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        optional = len(args) < len(get_args(annotation))
        if len(args) == 1:
            return _strip(args[0]), optional
    return annotation, False


def kind_of(info: FieldInfo) -> FieldKind | None:
    """The editor kind of a field, or None when no editor fits (a bug the tests catch)."""
    extra = info.json_schema_extra if isinstance(info.json_schema_extra, dict) else {}
    base, optional = _split_optional(info.annotation)
    if REF in extra:
        if get_origin(base) is list:
            return FieldKind("ref_list", False, ref=str(extra[REF]))
        return FieldKind("ref", optional, ref=str(extra[REF]))
    if get_origin(base) is list:
        inner = _strip(get_args(base)[0])
        if isinstance(inner, type) and issubclass(inner, BaseModel):
            return FieldKind("model_list", False, inner)
        if isinstance(inner, type) and issubclass(inner, Enum):
            return FieldKind("enum_list", False, inner)
        if inner is str:
            return FieldKind("text_list", False)
        return None
    if get_origin(base) is Literal:
        return FieldKind("literal", optional, get_args(base))
    if not isinstance(base, type):
        return None
    if issubclass(base, BaseModel):
        return FieldKind("model", optional, base)
    if issubclass(base, Enum):
        return FieldKind("enum", optional, base)
    if base is bool:
        return FieldKind("bool", optional)
    if base is int:
        return FieldKind("int", optional)
    if base is float:
        return FieldKind("float", optional)
    if base is dt.date:
        return FieldKind("date", optional)
    if base is str:
        return FieldKind("multiline" if extra.get(MULTILINE) else "text", optional)
    return None


def limits(info: FieldInfo) -> dict[str, float]:
    """The numeric constraints of a field: any of ge, gt, le, lt."""
    found: dict[str, float] = {}
    for item in info.metadata:
        for name in ("ge", "gt", "le", "lt"):
            value = getattr(item, name, None)
            if isinstance(value, int | float):
                found[name] = float(value)
    return found


def max_length(info: FieldInfo) -> int | None:
    """The maximum text length of a field, when it has one."""
    for item in info.metadata:
        value = getattr(item, "max_length", None)
        if isinstance(value, int):
            return value
    return None


_FRIENDLY = [
    (
        re.compile(r"String should match pattern '\^\[a-z0-9\]\[a-z0-9\._-\]\*\$'"),
        "Use lower-case letters, digits, '.', '-' or '_', starting with a letter or digit",
    ),
    (re.compile(r"String should match pattern '\^\\d\+\\\.\\d\+\\\.\\d\+\$'"), "Use a version number like 1.2.0"),
    (re.compile(r"String should have at least 1 character"), "This field cannot be empty"),
    (re.compile(r"String should match pattern '\^\[A-Z\]"), "Use capital letters, digits and '-', e.g. OBJ-BALANCE"),
    (
        re.compile(r"String should match pattern '\^\[A-Z0-9\]"),
        "Use capital letters, digits and '-', e.g. FINRA-STATIC",
    ),
]


def friendly(reason: str) -> str:
    """pydantic's message, in words a compliance officer understands."""
    for pattern, text in _FRIENDLY:
        if pattern.search(reason):
            return text
    return reason[:1].upper() + reason[1:]


def model_fields(cls: type[BaseModel]) -> dict[str, FieldInfo]:
    """The fields of a model class, in declaration order, with the inherited ``locked`` flag last."""
    fields = dict(cls.model_fields)
    if "locked" in fields:
        fields["locked"] = fields.pop("locked")
    return fields
