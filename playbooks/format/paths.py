"""Where a value is in a playbook, and changing it without mutation.

One notation for a field's address, in two forms: the *index path* of a field in one playbook
(``channels.accounts[2].owner``, what findings and the editor use) and the *keyed address*
that names list items by their key (``channels.accounts[c-li].owner``, what spokes and
comparisons use, because it survives reordering; see :mod:`playbooks.format.identity` for
keys and for the same place in words). Both are tuples of parts (a field name, a list index,
or a :class:`Key`); :func:`join` writes either form and :func:`parse` / :func:`parse_address`
read them back.

The editor treats a playbook as a persistent value: a change builds a new root that shares
every untouched sub-model with the old one (:func:`with_value`), so a snapshot handed to a
worker thread is just the old root and is never changed under it. :func:`replace_at`
validates the new value with pydantic *before* anything is built; an invalid value raises
:class:`FieldRejected` whose ``reason`` is the plain sentence of
:mod:`playbooks.format.messages`, and nothing changes.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from typing import Annotated, Any, Literal, TypeVar, cast, get_args, get_origin

from pydantic import BaseModel, TypeAdapter, ValidationError
from pydantic.fields import FieldInfo

from playbooks.format import messages
from playbooks.format.fields import REF, is_model, unwrap
from playbooks.format.findings import Issue
from playbooks.format.references import REFERENCE_KINDS, item_ids, iter_references, names_kind, noun_of


@dataclass(frozen=True)
class Key:
    """A list item named by its key (its id, or its key field), in a keyed address."""

    value: str


Part = str | int | Key
#: A keyed address: field names and :class:`Key` parts, e.g. ``("channels", "accounts", Key("c-li"), "owner")``.
Address = tuple[str | Key, ...]
M = TypeVar("M", bound=BaseModel)
_TOKEN = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


class FieldRejected(ValueError):
    """A value the format (or reference integrity) refuses for a field; nothing was changed.

    ``issue`` says where and why; ``reason`` is its message, worded by
    :mod:`playbooks.format.messages` the way ``charter validate`` words it.
    """

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.issue = Issue(path, reason)

    @property
    def path(self) -> str:
        return self.issue.path

    @property
    def reason(self) -> str:
        return self.issue.message


@lru_cache(maxsize=4096)
def parse(path: str) -> tuple[str | int, ...]:
    """``'channels.accounts[2].owner'`` -> ``('channels', 'accounts', 2, 'owner')``."""
    parts: list[str | int] = []
    position = 0
    for match in _TOKEN.finditer(path):
        gap = path[position : match.start()]
        if gap not in ("", "."):
            raise ValueError(f"not a field path: {path!r}")
        name, index = match.groups()
        parts.append(name if name is not None else int(index))
        position = match.end()
    if position != len(path):
        raise ValueError(f"not a field path: {path!r}")
    return tuple(parts)


def parse_address(text: str) -> Address:
    """``'channels.accounts[c-li].owner'`` -> ``('channels', 'accounts', Key('c-li'), 'owner')``.

    A key runs to the ``]`` that ends its part (followed by ``.``, ``[`` or the end), so keys
    may hold full stops, spaces and brackets ("Art. 26 GDPR (joint controllers)").
    """
    parts: list[str | Key] = []
    position = 0
    while position < len(text):
        if text[position] == "[":
            end = position + 1
            while True:
                end = text.find("]", end)
                if end < 0:
                    raise ValueError(f"not an address: {text!r}")
                if end + 1 == len(text) or text[end + 1] in ".[":
                    break
                end += 1
            parts.append(Key(text[position + 1 : end]))
            position = end + 1
            continue
        if text[position] == "." and parts:
            position += 1
        match = _NAME.match(text, position)
        if match is None:
            raise ValueError(f"not an address: {text!r}")
        parts.append(match.group())
        position = match.end()
    return tuple(parts)


def join(parts: Sequence[Part]) -> str:
    """The inverse of :func:`parse` and :func:`parse_address`: ``channels.accounts[2].owner``,
    ``channels.accounts[c-li].owner``."""
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        elif isinstance(part, Key):
            out += f"[{part.value}]"
        else:
            out += ("." if out else "") + part
    return out


def get(root: Any, path: str | tuple[str | int, ...]) -> Any:
    """The value at ``path`` (KeyError/IndexError when it does not exist)."""
    value = root
    for part in parse(path) if isinstance(path, str) else path:
        if isinstance(part, int):
            value = value[part]
        else:
            if not isinstance(value, BaseModel) or part not in type(value).model_fields:
                raise KeyError(part)
            value = getattr(value, part)
    return value


def exists(root: Any, path: str) -> bool:
    """Whether ``path`` names something in ``root``."""
    try:
        get(root, path)
    except (KeyError, IndexError, TypeError, ValueError):
        return False
    return True


def validate_field(model: BaseModel, name: str, value: Any) -> Any:
    """``value`` validated as field ``name`` of ``model``'s class; raises :class:`FieldRejected`.

    The validation runs on a shallow copy, so ``model`` is never touched.
    """
    probe = model.model_copy()
    try:
        type(model).__pydantic_validator__.validate_assignment(probe, name, value)
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
        info = type(model).model_fields.get(name)
        reason = messages.plain(errors[0], info) if errors else str(exc)
        raise FieldRejected(name, reason) from None
    return getattr(probe, name)


def with_value(root: M, parts: Sequence[str | int], value: Any) -> M:
    """A new root with the value at ``parts`` replaced by ``value``, sharing everything else.

    Only the models and lists on the way are copied; nothing is validated here (callers
    validate what they bring, as :func:`replace_at` does).
    """
    return cast(M, _rebuild(root, tuple(parts), value))


def _rebuild(node: Any, parts: tuple[str | int, ...], leaf: Any) -> Any:
    """A copy of ``node`` with ``parts`` replaced by ``leaf`` (no validation here)."""
    if not parts:
        return leaf
    head, rest = parts[0], parts[1:]
    if isinstance(head, int):
        items = list(node)
        items[head] = _rebuild(items[head], rest, leaf)
        return items
    child = _rebuild(getattr(node, head), rest, leaf)
    copy = node.model_copy()
    copy.__dict__[head] = child
    copy.__pydantic_fields_set__.add(head)
    return copy


def replace_at(root: M, path: str | tuple[str | int, ...], value: Any) -> tuple[M, Any]:
    """A new root with the field at ``path`` set to ``value``, and the validated value.

    The last part of ``path`` must be a field name (lists are replaced whole, items of a
    list of models are changed through their fields). Reference fields must name an existing
    item and ``id`` fields must stay unique in their list; other items that referred to a
    changed id follow it (see :func:`rename_references`).
    """
    parts = parse(path) if isinstance(path, str) else path
    text = join(parts)
    if not parts or isinstance(parts[-1], int):
        raise ValueError(f"{text}: a field path must end with a field name")
    parent = get(root, parts[:-1])
    name = str(parts[-1])
    try:
        validated = validate_field(parent, name, value)
    except FieldRejected as exc:
        raise FieldRejected(text, exc.reason) from None
    _check_integrity(root, parts, parent, name, validated)
    new_root = with_value(root, parts, validated)
    if name == "id" and len(parts) >= 3 and isinstance(parts[-2], int):
        old = parent.id
        kind = _kind_of_list(parts[:-2])
        if kind is not None and old != validated:
            new_root = rename_references(new_root, kind, old, validated)
    return new_root, validated


def _kind_of_list(list_parts: tuple[str | int, ...]) -> str | None:
    for kind, (section, attribute, _) in REFERENCE_KINDS.items():
        if list_parts == (section, attribute):
            return kind
    return None


def _check_integrity(root: BaseModel, parts: tuple[str | int, ...], parent: BaseModel, name: str, value: Any) -> None:
    info = type(parent).model_fields[name]
    extra = info.json_schema_extra
    if isinstance(extra, dict) and REF in extra and value is not None:
        kind = str(extra[REF])
        known = set(ids_of(root, kind))
        for item in value if isinstance(value, list) else [value]:
            if item not in known:
                raise FieldRejected(join(parts), messages.unknown_reference(item, noun_of(kind)))
    if name == "id" and len(parts) >= 3 and isinstance(parts[-2], int):
        siblings = get(root, parts[:-2])
        for i, item in enumerate(siblings):
            if i != parts[-2] and getattr(item, "id", None) == value:
                raise FieldRejected(join(parts), messages.duplicate_id(value, f"item {i + 1} of this list"))


def ids_of(root: BaseModel, kind: str) -> list[str]:
    """The ids of the items of a reference kind (``people``, ``objectives``, ...)."""
    return item_ids(root, kind)


def referrers(root: BaseModel, kind: str, item_id: str) -> list[str]:
    """The paths of every reference to ``item_id`` of ``kind``."""
    return [path for path, k, value in iter_references(root) if names_kind(k, kind) and value == item_id]


def rename_references(root: M, kind: str, old: str, new: str) -> M:
    """A new root where every reference to ``old`` of ``kind`` names ``new`` instead."""
    for path in referrers(root, kind, old):
        parts = parse(path)
        if isinstance(parts[-1], int):
            items = list(get(root, parts[:-1]))
            items[parts[-1]] = new
            root = with_value(root, parts[:-1], items)
        else:
            root = with_value(root, parts, new)
    return root


def insert_item(root: M, list_path: str, index: int, item: Any) -> M:
    """A new root with ``item`` inserted at ``index`` of the list at ``list_path``."""
    parts = parse(list_path)
    items = list(get(root, parts))
    if not 0 <= index <= len(items):
        raise IndexError(index)
    items.insert(index, item)
    return with_value(root, parts, items)


def remove_item(root: M, list_path: str, index: int) -> tuple[M, Any]:
    """A new root without item ``index`` of the list at ``list_path``, and the removed item."""
    parts = parse(list_path)
    items = list(get(root, parts))
    removed = items.pop(index)
    return with_value(root, parts, items), removed


def move_item(root: M, list_path: str, source: int, destination: int) -> M:
    """A new root where item ``source`` of the list now stands at ``destination``."""
    parts = parse(list_path)
    items = list(get(root, parts))
    if not (0 <= source < len(items) and 0 <= destination < len(items)):
        raise IndexError(destination)
    items.insert(destination, items.pop(source))
    return with_value(root, parts, items)


def references_into(root: BaseModel, list_path: str, index: int) -> list[str]:
    """Paths outside the item that refer to item ``index`` of a referenceable list.

    Removing such an item would leave broken references, so the editor refuses and lists them.
    """
    kind = _kind_of_list(parse(list_path))
    if kind is None:
        return []
    item_id = get(root, (*parse(list_path), index)).id
    own = f"{list_path}[{index}]"
    return [
        p
        for p in referrers(root, kind, item_id)
        if not (p == own or p.startswith(own + ".") or p.startswith(own + "["))
    ]


def iter_text(model: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """Every non-empty text value below ``model`` as (path, text), in document order."""
    if isinstance(model, BaseModel):
        for name in type(model).model_fields:
            yield from iter_text(getattr(model, name), f"{path}.{name}" if path else name)
    elif isinstance(model, list):
        for i, item in enumerate(model):
            yield from iter_text(item, f"{path}[{i}]")
    elif isinstance(model, str) and not isinstance(model, Enum) and model:
        yield path, model


# ---------------------------------------------------------------- new items


def field_info(root: BaseModel, path: str | tuple[str | int, ...]) -> FieldInfo:
    """The pydantic FieldInfo of the field at ``path`` (list indexes are skipped over)."""
    parts = parse(path) if isinstance(path, str) else path
    while parts and isinstance(parts[-1], int):
        parts = parts[:-1]
    parent = get(root, parts[:-1])
    info: FieldInfo = type(parent).model_fields[str(parts[-1])]
    return info


def item_class(root: BaseModel, list_path: str) -> type[BaseModel] | None:
    """The model class of the items of the list at ``list_path`` (None for lists of plain values)."""
    inner = unwrap(field_info(root, list_path).annotation).inner
    return inner if is_model(inner) else None


def _candidates(name: str, info: FieldInfo) -> list[Any]:
    title = str(info.title or name)
    inner = unwrap(info.annotation).inner
    options: list[Any] = []
    if isinstance(inner, type) and issubclass(inner, Enum):
        options.append(next(iter(inner)))
    elif inner is dt.date:
        options.append(dt.date.today())
    elif inner is bool:
        options.append(False)
    elif inner in (int, float):
        options.extend([0, 1])
    elif get_origin(inner) is Literal:
        options.extend(get_args(inner))
    options += [f"New {title[:1].lower()}{title[1:]}", "new", "NEW", "0.1.0", "0" * 64]
    return options


def new_item(root: BaseModel, list_path: str, cls: type[M] | None = None) -> M:
    """A new, valid item for the list at ``list_path``: a unique id and placeholder values.

    Raises :class:`FieldRejected` when a required reference has nothing to point to yet
    (e.g. a mentoring pair before anyone is listed under People).
    """
    target = cls or item_class(root, list_path)
    if target is None:
        raise ValueError(f"{list_path} is not a list of items")
    siblings = get(root, list_path) if exists(root, list_path) else []
    return cast(M, _new_model(root, target, siblings, list_path))


def _new_model(root: BaseModel, cls: type[BaseModel], siblings: list[Any], path: str) -> BaseModel:
    data: dict[str, Any] = {}
    for name, info in cls.model_fields.items():
        if not info.is_required():
            continue
        extra = info.json_schema_extra
        if name == "id":
            stem = re.sub(r"(?<!^)(?=[A-Z])", "-", cls.__name__).lower()
            taken = {getattr(s, "id", None) for s in siblings}
            number = len(siblings) + 1
            while f"{stem}-{number}" in taken:
                number += 1
            data[name] = f"{stem}-{number}"
        elif isinstance(extra, dict) and REF in extra:
            kind = str(extra[REF])
            ids = ids_of(root, kind)
            if not ids:
                noun = noun_of(kind)
                raise FieldRejected(f"{path}.{name}", f"Add a {noun} first: '{info.title}' must name one")
            data[name] = ids[0]
        else:
            nested = unwrap(info.annotation).inner
            if is_model(nested):
                data[name] = _new_model(root, nested, [], f"{path}.{name}").model_dump()
                continue
            annotation = Annotated[info.annotation, *info.metadata] if info.metadata else info.annotation
            adapter: TypeAdapter[Any] = TypeAdapter(annotation)
            noun = re.sub(r"(?<!^)(?=[A-Z])", " ", cls.__name__).lower()
            for candidate in [f"New {noun}", *_candidates(name, info)]:
                try:
                    data[name] = adapter.validate_python(candidate)
                    break
                except ValidationError:
                    continue
    return cls.model_validate(data)
