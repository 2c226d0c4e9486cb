"""No value the model assumes reaches a document (issue 17, A; attack 02).

Every field of every item (and of every section) that has a default other than "not set" is
found by walking the model; a playbook holding one item with only its required fields is
exported as every document, once as loaded and once with the field set to another value. A
field whose value changes a document states policy, so its default must be "not set" (None):
otherwise the documents print a value nobody wrote. A field added later is walked too.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import typing
from collections import Counter
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from playbooks.export import DOCUMENTS, export_document, formats_for
from playbooks.format.enums import ApprovalMode
from playbooks.format.model import SCHEMA_VERSION, Playbook

#: Values tried, in order, for a required field (an id, a version, a count, a date, a fingerprint,
#: a preset code); "x1" is also the one person every playbook here has, so references resolve.
_REQUIRED_CANDIDATES: tuple[Any, ...] = ("x1", "1.0.0", 1, dt.date(2026, 1, 1), "a" * 64, "FCA-PROMO")


def _model_of(annotation: Any) -> tuple[type[BaseModel] | None, bool]:
    """The model class an annotation holds (a model, a list of them, or an optional one) and
    whether it is a list."""
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation, False
    if origin is list and args and isinstance(args[0], type) and issubclass(args[0], BaseModel):
        return args[0], True
    for arg in args:
        if isinstance(arg, type) and issubclass(arg, BaseModel):
            return arg, False
    return None, False


def _minimal(cls: type[BaseModel]) -> dict[str, Any]:
    """Data for ``cls`` with only its required fields, each given the first value it accepts."""
    data: dict[str, Any] = {}
    for name, field in cls.model_fields.items():
        if not field.is_required():
            continue
        annotation = field.annotation
        enum_type = next(
            (a for a in (annotation, *typing.get_args(annotation)) if isinstance(a, type) and issubclass(a, enum.Enum)),
            None,
        )
        if enum_type is not None:
            data[name] = list(enum_type)[-1].value
            continue
        sub, many = _model_of(annotation)
        if sub is not None:
            data[name] = [_minimal(sub)] if many else _minimal(sub)
            continue
        for candidate in _REQUIRED_CANDIDATES:
            try:
                cls.__pydantic_validator__.validate_assignment(cls.model_construct(), name, candidate)
            except ValidationError:
                continue
            data[name] = candidate
            break
    return data


def _other(value: Any, annotation: Any) -> Any:
    """A value of the field's type other than ``value``."""
    if isinstance(value, bool):
        return not value
    if isinstance(value, enum.Enum):
        return next(m for m in type(value) if m is not value).value
    if isinstance(value, int):
        return value + 1
    raise TypeError(f"no other value for {value!r} ({annotation})")


def _defaulted() -> list[tuple[str, list[tuple[str, bool]], type[BaseModel], str, Any]]:
    """Every field with a default that is a value (not None, not empty), with the path to the
    object holding it: (label, [(field, is_list), ...], class, field, default)."""
    found = []
    seen: set[type[BaseModel]] = set()

    def walk(cls: type[BaseModel], path: list[tuple[str, bool]]) -> None:
        if cls in seen:
            return
        seen.add(cls)
        for name, field in cls.model_fields.items():
            sub, many = _model_of(field.annotation)
            if sub is not None:
                walk(sub, [*path, (name, many)])
                continue
            if field.is_required():
                continue
            default = field.get_default(call_default_factory=True)
            if (
                default is None
                or default in ("", [], {})
                or (isinstance(default, (str, float)) and not isinstance(default, enum.Enum))
            ):
                continue
            found.append((f"{cls.__name__}.{name}", path, cls, name, default))

    walk(Playbook, [])
    return [f for f in found if f[0] != "Playbook.schema_version"]


def _playbook(path: list[tuple[str, bool]], cls: type[BaseModel], update: dict[str, Any]) -> Playbook:
    data: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "document": {"id": "p", "title": "P"},
        "people": {"people": [{"id": "x1", "name": "x1"}]},
    }
    node = data
    owner: type[BaseModel] = Playbook
    for name, many in path:
        sub, _ = _model_of(owner.model_fields[name].annotation)
        assert sub is not None
        child = dict(node.get(name) or _minimal(sub)) if not many else _minimal(sub)
        node[name] = [child] if many else child
        node, owner = child, sub
    node.update(update)
    return Playbook.model_validate(data)


#: The checklist is Charter's report on the playbook (its findings follow the values), not the policy.
_REPORTS = {"addendum", "checklist"}


def _documents(playbook: Playbook) -> dict[str, Counter[str]]:
    """The words of every document (the content fingerprint and the count of errors masked: they
    follow every value)."""
    out = {}
    for doc in DOCUMENTS:
        if doc in _REPORTS:
            continue
        for fmt in ("md", "csv"):
            if fmt in formats_for(doc):
                text = re.sub(r"[0-9a-f]{64}", "<fingerprint>", export_document(playbook, doc, fmt).decode())
                text = re.sub(r"\d+ errors?", "<errors>", text)  # how many checks fail follows the values too
                text = text.replace("Not set out in this playbook.", "")  # Charter's note on an empty part
                out[f"{doc}.{fmt}"] = Counter(re.findall(r"\w+", text))
    return out


#: Defaults that are no policy statement: the bookkeeping of a sign-off and the model's version.
_NOT_STATED = {"SignOff.scheme"}

FIELDS = [f for f in _defaulted() if f[0] not in _NOT_STATED]


@pytest.mark.parametrize(("label", "path", "cls", "name", "default"), FIELDS, ids=[f[0] for f in FIELDS])
def test_a_field_with_a_default_value_is_not_printed(label: str, path: Any, cls: Any, name: str, default: Any) -> None:
    as_loaded = _documents(_playbook(path, cls, {}))
    chosen = _documents(_playbook(path, cls, {name: _other(default, cls.model_fields[name].annotation)}))
    # words only the default value writes are a statement about it (words another value adds are not)
    stated = {doc: sorted(as_loaded[doc] - chosen[doc]) for doc in as_loaded if as_loaded[doc] - chosen[doc]}
    assert not stated, (
        f"{label} defaults to {default!r}, and the documents print it ({stated}): an item that leaves it out "
        "would state a policy nobody wrote; make it 'not set' (None)"
    )


# ---------------------------------------------------------------- attack 02, as a user sees it

# a version-2 file: in a version-1 file, a field left out held the value version 1 assumed, and the
# upgrade writes it (tests/io/test_version1_files.py)
ITEMS_WITH_ONLY_REQUIRED_FIELDS = """schema_version: 2
document: {id: d, title: D}
content: {rules: [{id: r1, title: Product posts, content_class: post, disclosures: [{text: "#ad"}]}]}
governance: {spokes: [{id: sp1, name: Retail brand}]}
channels: {accounts: [{id: c1, platform: LinkedIn, features: [{name: comments}]}], listening: [{id: l1, topic: Brand}]}
objectives: {items: [{id: o1, title: Grow, kind: business}]}
people: {people: [{id: p1, name: Ann Lee}]}
conduct: {clauses: [{id: k1, title: Be kind}]}
records: {record_classes: [{id: rc1, name: Posts, retention_years: 3}]}
training: {modules: [{id: t1, title: Basics}]}
measurement: {metrics: [{id: m1, name: Revenue}]}
experiments: {items: [{id: e1, title: Pilot, spoke: sp1}]}
"""


def test_items_with_only_their_required_fields_state_no_approval_placement_kind_or_flag() -> None:
    from playbooks.io import storage

    playbook = storage.playbook_from_text("f.playbook.yaml", ITEMS_WITH_ONLY_REQUIRED_FIELDS)
    policy = export_document(playbook, "policy", "md").decode()
    guidelines = export_document(playbook, "guidelines", "md").decode()
    measurement = export_document(playbook, "measurement", "csv").decode()
    for statement in (
        "Approved before publication",
        "#ad (inline)",
        "Retail brand | Region",
        "Medium",
        "Features off",
        "Long term",
        "Other",
        "Obligation",
        "Creation",
        "| Any |",
        "Shared with the hub: No",
        "| No |",
    ):
        assert statement not in policy, statement
    assert "Approved before publication" not in guidelines
    assert "Business outcome" not in measurement
    assert "- #ad\n" in policy and "- **Features:** comments\n" in policy  # the items themselves are there
    assert "| Retail brand |  |  |  |  |  |\n" in policy and "| Posts | 3 years |  |  |  |  |\n" in policy


def test_a_scheme_2_approval_recorded_before_items_told_unset_values_apart_stays_valid() -> None:
    from playbooks.io import storage

    playbook = storage.playbook_from_text("f.playbook.yaml", ITEMS_WITH_ONLY_REQUIRED_FIELDS.split("objectives:")[0])
    # the fingerprint Charter gave this content under scheme 2 (rules then assumed pre-review)
    recorded = "07914ff14cd249088916ab0267aacf1230776c8619d55a0109f83439f452da9c"
    assert storage.fingerprint(playbook) != recorded  # scheme 3 tells "not set" from "pre-review"
    assert storage.matches(recorded, playbook, scheme=2)
    assert not storage.matches(recorded, playbook, scheme=3)
    playbook.content.rules[0].approval = ApprovalMode.POST_REVIEW
    assert not storage.matches(recorded, playbook, scheme=2)
    playbook.content.rules[0].approval = ApprovalMode.PRE_REVIEW  # as scheme 2 read it: still approved
    assert storage.matches(recorded, playbook, scheme=2)
    assert storage.fingerprint(playbook) != recorded  # but the documents now state it: scheme 3 differs
