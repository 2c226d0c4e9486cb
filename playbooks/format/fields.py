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

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from pydantic_core import PydanticUndefined

#: A stable identifier of a list item: lower case, digits, dot, dash, underscore.
ItemId = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9][a-z0-9._-]*$", min_length=1, max_length=64),
]

MULTILINE = "x-multiline"
REF = "x-ref"


class Model(BaseModel):
    """Base of every playbook model: unknown keys are errors, assignments validate."""

    model_config = ConfigDict(
        extra="forbid",
        validate_assignment=True,
        validate_default=False,
        str_strip_whitespace=False,
        use_attribute_docstrings=False,
    )


def F(title: str, description: str, default: Any = PydanticUndefined, **kwargs: Any) -> Any:
    """A plain field with a title and a description."""
    return Field(default, title=title, description=description, **kwargs)


def Text(title: str, description: str, default: str = "", **kwargs: Any) -> Any:
    """A long Markdown text field (a block scalar in the file, a text area in the editor)."""
    return Field(
        default,
        title=title,
        description=description,
        json_schema_extra={MULTILINE: True},
        max_length=200_000,
        **kwargs,
    )


def Ref(title: str, description: str, kind: str, default: Any = PydanticUndefined, **kwargs: Any) -> Any:
    """A reference to an item of the list ``kind`` by its id (or a list of such ids).

    Without a default the reference is required; optional references pass ``None``.
    """
    if "default_factory" in kwargs:
        return Field(title=title, description=description, json_schema_extra={REF: kind}, **kwargs)
    return Field(default, title=title, description=description, json_schema_extra={REF: kind}, **kwargs)


def Items(title: str, description: str, **kwargs: Any) -> Any:
    """A list field that starts empty."""
    return Field(default_factory=list, title=title, description=description, **kwargs)
