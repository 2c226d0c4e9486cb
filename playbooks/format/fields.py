"""Field helpers shared by every playbook model.

Each helper wraps :func:`pydantic.Field` so that every field carries a title and a
description (they become labels, tooltips and document text) plus the few pieces of
metadata the editor and the exports need:

* ``x-multiline``: the field holds long Markdown text (block scalar in YAML, a text
  area in the editor, rendered Markdown in the documents);
* ``x-ref``: the field names an item of another list by its stable id (``people``,
  ``objectives``, ``channels``, ...); reference integrity is checked on validation and
  the editor offers a choice of existing items instead of a typed id.
"""

from __future__ import annotations

import types
from typing import Annotated, Any, NamedTuple, TypeGuard, Union, get_args, get_origin

from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined

from playbooks.format.language import gettext

#: A stable identifier of a list item: lower case, digits, dot, dash, underscore.
ItemId = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9][a-z0-9._-]*$", min_length=1, max_length=64),
]

MULTILINE = "x-multiline"
REF = "x-ref"
#: Marks a reference in a record of the past (see :func:`Ref`).
HISTORY = "x-history"


class Model(BaseModel):
    """Base of every playbook model: unknown keys are errors, assignments validate, numbers are finite.

    ``nan``, ``inf`` and ``1e400`` (which is infinite as a float) would validate as numbers and
    then save as ``.nan``/``.inf``, which no reader takes for a number; and the fingerprint's
    JSON would write them as null, so a signed-off empty value changed to infinity would still
    read "Approved". They are refused like any other value that does not fit, and the
    fingerprint's JSON writes every float as itself (``ser_json_inf_nan``) should one ever be
    constructed without validation.

    ``defer_build``: a class's validator and serializer are built when first used, not when the
    class is defined. Built eagerly, each of the ~80 classes compiled its own validator with
    every model nested in it, so the nested ones were compiled again and again; the first use
    of :class:`~playbooks.format.model.Playbook` now compiles the whole tree once (importing the
    model and validating the example: 135-220 ms -> 67-94 ms, issue 22). Rebuilds are thread
    safe in pydantic >= 2.12 (a lock in ``model_rebuild``).
    """

    model_config = ConfigDict(
        defer_build=True,
        extra="forbid",
        validate_assignment=True,
        validate_default=False,
        str_strip_whitespace=False,
        use_attribute_docstrings=False,
        allow_inf_nan=False,
        ser_json_inf_nan="strings",
    )


SINCE = "x-since"


def empty(value: Any) -> bool:
    """Whether a value says nothing (None, off, '', an empty list)."""
    return value is None or value is False or value == "" or value == []


def field_label(info: FieldInfo, name: str = "") -> str:
    """A field's label as the editor's forms, the addendum's places and the messages show it, in
    the language in force (:mod:`playbooks.format.language`; the catalogues take every model
    field's title, see scripts/catalogues.py): "Retention (years)", "Aufbewahrung (Jahre)"."""
    return gettext(str(info.title or name))


def since(schema: int | None) -> dict[str, Any]:
    """The metadata of a field added in file-format version ``schema`` (after version 1): while
    it says nothing (:func:`empty`) it is left out of the canonical content, so that approvals
    recorded before the field existed still match (see ``playbooks.io.storage.fingerprint``)."""
    return {SINCE: schema} if schema is not None and schema > 1 else {}


def added_in(info: FieldInfo) -> int:
    """The file-format version that added a field (1: it was there from the start)."""
    extra = info.json_schema_extra
    return int(extra.get(SINCE, 1)) if isinstance(extra, dict) else 1  # type: ignore[arg-type]


def F(
    title: str, description: str, default: Any = PydanticUndefined, *, added: int | None = None, **kwargs: Any
) -> Any:
    """A plain field with a title and a description (``added``: see :func:`since`)."""
    return Field(default, title=title, description=description, json_schema_extra=since(added) or None, **kwargs)


def Text(title: str, description: str, default: str = "", *, added: int | None = None, **kwargs: Any) -> Any:
    """A long Markdown text field (a block scalar in the file, a text area in the editor)."""
    return Field(
        default,
        title=title,
        description=description,
        json_schema_extra={MULTILINE: True, **since(added)},
        max_length=200_000,
        **kwargs,
    )


def Ref(
    title: str,
    description: str,
    kind: str,
    default: Any = PydanticUndefined,
    *,
    added: int | None = None,
    history: bool = False,
    **kwargs: Any,
) -> Any:
    """A reference to an item of the list ``kind`` by its id (or a list of such ids).

    Without a default the reference is required; optional references pass ``None``.
    ``history``: the reference is part of a record of the past (who signed, who made a change),
    which may name an item the playbook no longer has: it is not a broken reference then.
    """
    extra = {REF: kind, **since(added), **({HISTORY: True} if history else {})}
    if "default_factory" in kwargs:
        return Field(title=title, description=description, json_schema_extra=extra, **kwargs)
    return Field(default, title=title, description=description, json_schema_extra=extra, **kwargs)


def Items(title: str, description: str, *, added: int | None = None, **kwargs: Any) -> Any:
    """A list field that starts empty (``added``: see :func:`since`)."""
    return Field(
        default_factory=list, title=title, description=description, json_schema_extra=since(added) or None, **kwargs
    )


class FieldType(NamedTuple):
    """What a field holds, with ``Annotated`` and ``Optional`` taken off: ``inner`` is the type
    of the value (of each item, for a list), ``is_list`` whether it is a list, ``optional``
    whether None is allowed."""

    inner: Any
    is_list: bool
    optional: bool


def _bare(annotation: Any) -> Any:
    while get_origin(annotation) is Annotated:
        annotation = get_args(annotation)[0]
    return annotation


def unwrap(annotation: Any) -> FieldType:
    """The :class:`FieldType` of a field annotation (``list[ShortText] | None`` -> (str, True, True)).

    A union of several types other than None stays as it is (``inner`` is the union).
    """
    annotation = _bare(annotation)
    optional = False
    if get_origin(annotation) in (Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        optional = len(args) < len(get_args(annotation))
        if len(args) == 1:
            annotation = _bare(args[0])
    if get_origin(annotation) is list:
        return FieldType(_bare(get_args(annotation)[0]), True, optional)
    return FieldType(annotation, False, optional)


def is_model(annotation: Any) -> TypeGuard[type[BaseModel]]:
    """Whether ``annotation`` is a model class (a section, or the items of a list of items)."""
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)


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
