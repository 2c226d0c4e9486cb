"""What editor a pydantic field gets, read from its annotation and metadata (no widgets here).

:func:`kind_of` classifies a field; the factory turns each kind into a widget. A test walks
every field of every model and fails when one has no kind.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum
from typing import Any, Literal, get_args, get_origin

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from playbooks.format.fields import MULTILINE, REF, is_model, unwrap
from ui.i18n import translate


@dataclass(frozen=True)
class FieldKind:
    """How to edit one field.

    ``kind`` is one of text, multiline, int, float, bool, enum, literal, date, ref, ref_list,
    enum_list, text_list, grid (rows of texts under the sibling ``columns``), model, model_list. ``base`` is the enum class, model class or
    literal values; ``optional`` says whether None is allowed.
    """

    kind: str
    optional: bool
    base: Any = None
    ref: str = ""


def kind_of(info: FieldInfo) -> FieldKind | None:
    """The editor kind of a field, or None when no editor fits (a bug the tests catch)."""
    extra = info.json_schema_extra if isinstance(info.json_schema_extra, dict) else {}
    base, is_list, optional = unwrap(info.annotation)
    if REF in extra:
        if is_list:
            return FieldKind("ref_list", False, ref=str(extra[REF]))
        return FieldKind("ref", optional, ref=str(extra[REF]))
    if is_list:
        if is_model(base):
            return FieldKind("model_list", False, base)
        if isinstance(base, type) and issubclass(base, Enum):
            return FieldKind("enum_list", False, base)
        if base is str:
            return FieldKind("text_list", False)
        if get_origin(base) is list and unwrap(get_args(base)[0]).inner is str:
            return FieldKind("grid", False)
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
        # a yes/no the author may leave unset is a choice of three, not a check box (whose
        # "off" would state "No" for the author)
        return FieldKind("literal", True, (True, False)) if optional else FieldKind("bool", False)
    if base is int:
        return FieldKind("int", optional)
    if base is float:
        return FieldKind("float", optional)
    if base is dt.date:
        return FieldKind("date", optional)
    if base is str:
        return FieldKind("multiline" if extra.get(MULTILINE) else "text", optional)
    return None


def literal_label(value: Any) -> str:
    """How a literal choice reads: Yes and No for a yes/no, the value itself otherwise."""
    if isinstance(value, bool):
        return translate("FieldEditor", "Yes") if value else translate("FieldEditor", "No")
    return str(value)


def model_fields(cls: type[BaseModel]) -> dict[str, FieldInfo]:
    """The fields of a model class, in declaration order, with the inherited ``locked`` flag last."""
    fields = dict(cls.model_fields)
    if "locked" in fields:
        fields["locked"] = fields.pop("locked")
    return fields
