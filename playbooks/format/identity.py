"""Which item is which, and what people call it.

* An item's *key* in its list (:func:`key_field`, :func:`item_key`): its ``id``, or for items
  without one the field in :data:`KEY_FIELDS` (a glossary term by its term, a champion by the
  person). Comparing versions, tailoring and the regional addendum match items by key
  (:func:`pair`), so reordering a list is never a change.
* An item's *name* for people (:data:`NAMES`, :meth:`Names.item`): a channel is "LinkedIn
  @meridian", a champion the person's name; an id only when the item has no name.
* A field's *place* in words (:meth:`Names.place`): "Recordkeeping › Business communications
  › Retention (years)": the section, each item by its name (the list's own title is left out
  when an item follows), then the field's title.
* A value in words (:meth:`Names.show`): people and other referenced items by name, options by
  their label, Yes/No for flags.

Addresses themselves (index paths, keyed addresses) are :mod:`playbooks.format.paths`.
"""

from __future__ import annotations

import datetime as dt
import string
import threading
import unicodedata
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from enum import Enum, StrEnum
from functools import cache
from typing import Annotated, Any, NamedTuple

from pydantic import BaseModel, TypeAdapter, ValidationError
from pydantic.fields import FieldInfo
from pydantic_core import to_jsonable_python

from playbooks.format import model as m
from playbooks.format.enums import label
from playbooks.format.fields import REF, FieldType, field_label, is_model, unwrap
from playbooks.format.findings import Issue
from playbooks.format.language import N_, current, gettext
from playbooks.format.memo import SectionMemo
from playbooks.format.paths import Key, Part, parse, parse_address
from playbooks.format.references import BUILT_IN, REFERENCE_KINDS, is_built_in, kinds_within

# ---------------------------------------------------------------- keys

#: Key fields of item models without an ``id``. Lists of models with neither are matched by
#: content and order (comparing), or only added to and replaced whole (tailoring).
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
    m.ChannelGate: "title",
}


@cache
def key_field(cls: type[BaseModel]) -> str | None:
    """The field that identifies items of ``cls`` in a list, or None."""
    if "id" in cls.model_fields:
        return "id"
    return KEY_FIELDS.get(cls)


def _text(value: Any) -> str:
    if isinstance(value, list):
        # a decision table's row is the case its first (deciding) cell names
        return _text(value[0]) if value else ""
    return str(value.value) if isinstance(value, Enum) else str(value)


def item_key(item: Any, cls: Any) -> str | None:
    """The key of a list item of type ``cls`` given as a model, as plain data (a dict) or, for a
    list of values, as the value itself; None for items whose kind has no key."""
    if not is_model(cls):
        return None if item is None else _text(item)
    field = key_field(cls)
    if field is None:
        return None
    value = item.get(field) if isinstance(item, dict) else getattr(item, field, None)
    return None if value is None else _text(value)


def find_index(items: Sequence[Any], cls: Any, key: str) -> int | None:
    """The position of the item with ``key`` in a list (models or plain data), or None."""
    for i, item in enumerate(items):
        if item_key(item, cls) == key:
            return i
    return None


def positions_of(items: Sequence[Any], cls: Any) -> dict[str, int]:
    """Key -> first position, for a whole list of models or values at once (the hot path for
    large hubs)."""
    positions: dict[str, int] = {}
    field = key_field(cls) if is_model(cls) else None
    for i, item in enumerate(items):
        value = getattr(item, field, None) if field is not None else item
        positions.setdefault(_text(value), i)
    return positions


#: Key -> position maps of recently seen lists, by the list's identity (the entry keeps the
#: list alive, so an id is never reused while cached). Every spoke of one hub looks items up in
#: the same lists; the maps are never changed in place (callers copy one before changing it).
_LIST_POSITIONS: OrderedDict[int, tuple[Sequence[Any], dict[str, int]]] = OrderedDict()
_LIST_POSITIONS_SIZE = 64
_LIST_POSITIONS_LOCK = threading.Lock()


def shared_positions(items: Sequence[Any], cls: Any) -> dict[str, int]:
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


def pair(old: Sequence[Any], new: Sequence[Any], cls: Any) -> list[tuple[int | None, int | None]]:
    """Which item of ``old`` each item of ``new`` is: (old position or None for an added item,
    new position), in the order of ``new``, then (old position, None) for each removed item.

    Items are matched by key (the n-th item with a key in one list is the n-th with that key
    in the other), values of a list of values by value. Items whose kind has no key are
    matched to an equal item first, then in order, so only a real edit pairs two different
    items. Either way the order of a list never makes a difference. Keys that may hold any
    text are compared in NFC.
    """
    matched: list[int | None] = [None] * len(new)
    if not is_model(cls) or key_field(cls) is not None:
        old_keys, new_keys = _keys(old, cls), _keys(new, cls)
        first = {key: i for i, key in enumerate(old_keys)}
        if len(first) == len(old_keys):  # keys are unique (the rule, and a big list's hot path)
            matched = [first.pop(key, None) for key in new_keys]
            removed = sorted(first.values())
        else:
            waiting: dict[str | None, list[int]] = {}
            for i, key in enumerate(old_keys):
                waiting.setdefault(key, []).append(i)
            for j, key in enumerate(new_keys):
                queue = waiting.get(key)
                if queue:
                    matched[j] = queue.pop(0)
            removed = sorted(i for queue in waiting.values() for i in queue)
    else:
        free = list(range(len(old)))
        for j, item in enumerate(new):
            found = next((k for k, i in enumerate(free) if old[i] is item or old[i] == item), None)
            if found is not None:
                matched[j] = free.pop(found)
        unmatched = [j for j in range(len(new)) if matched[j] is None]
        for j, i in zip(unmatched, free, strict=False):
            matched[j] = i
        removed = free[len(unmatched) :]
    return [*((i, j) for j, i in enumerate(matched)), *((i, None) for i in removed)]


def _keys(items: Sequence[Any], cls: Any) -> list[str | None]:
    """:func:`item_key` of every item of a list at once (the hot path of comparing big lists);
    keys that may hold any text in NFC (the same words in NFC and NFD are the same item)."""
    if not is_model(cls):
        return [None if item is None else _text(item) for item in items]
    field = key_field(cls)
    values = [item.get(field) if isinstance(item, dict) else getattr(item, str(field), None) for item in items]
    keys = [value if type(value) is str else None if value is None else _text(value) for value in values]
    return [None if key is None else nfc(key) for key in keys] if free_text_key(cls) else keys


# ---------------------------------------------------------------- keys in NFC, duplicates
#
# Keys are compared in NFC, the composed form of Unicode: "Café" typed with a combining accent
# is the same glossary term as "Café" typed with the accented letter, so a spoke cannot smuggle
# in a second copy of an item that looks exactly like the first. The same goes for text a lock
# compares (disclosures, exceptions). A keyed list that holds two items with the same key is
# refused wherever it appears: in a hub (the ``DOC-DUPLICATE-KEY`` check), in a spoke's changes
# and in the effective playbook (a ``SCHEMA`` error of the change responsible).


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
    return next((i for i, item in enumerate(items) if nfc(item_key(item, cls)) == wanted), None)


def _title(cls: type[BaseModel], field: str) -> str:
    info = cls.model_fields[field]
    return str(info.title or field).lower() if field != "id" else "id"


def list_duplicates(items: list[Any], cls: Any, path: str) -> Iterator[Issue]:
    """A problem for every item of the keyed list ``items`` (at ``path``) whose key an earlier
    item already has (keys in NFC)."""
    field = key_field(cls) if is_model(cls) else None
    if field is None:
        return
    normalise = free_text_key(cls)
    seen: dict[str, int] = {}
    for i, item in enumerate(items):
        key = item_key(item, cls)
        if key is None:
            continue
        first = seen.setdefault(nfc(key) if normalise else key, i)
        if first != i:
            yield Issue(
                f"{path}[{i}].{field}",
                f"Duplicate {_title(cls, field)} '{key}' (already used by {path}[{first}]); "
                "each item of a list must have its own",
            )


def duplicate_keys(model: BaseModel, path: str = "", memo: SectionMemo | None = None) -> list[Issue]:
    """Every duplicate key in every keyed list of ``model`` and below, in document order.

    ``memo``: the sections of a persistent snapshot unchanged since the last call are not walked
    again (see :mod:`playbooks.format.memo`)."""
    out: list[Issue] = []
    if memo is None:
        _walk(model, path, out)
        return out
    for name, inner, is_list in _children(type(model)):
        value = getattr(model, name)
        if value is not None:

            def walk_section(
                name: str = name, inner: Any = inner, is_list: bool = is_list, value: Any = value
            ) -> list[Issue]:
                found: list[Issue] = []
                _walk_field(value, name, inner, is_list, path, found)
                return found

            out.extend(memo.get("duplicate_keys", name, value, path, walk_section))
    return out


def _walk(model: BaseModel, path: str, out: list[Issue]) -> None:
    for name, inner, is_list in _children(type(model)):
        value = getattr(model, name)
        if value is not None:
            _walk_field(value, name, inner, is_list, path, out)


def _walk_field(value: Any, name: str, inner: Any, is_list: bool, path: str, out: list[Issue]) -> None:
    where = f"{path}{name}"
    if not is_list:
        _walk(value, f"{where}.", out)
        return
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


# ---------------------------------------------------------------- names

#: How people name an item of each kind of list: fields in braces (a reference shows the name
#: of the item it names, an option its label). An item whose name comes out empty is named
#: by its key. A test checks that every kind of list item is here.
NAMES: dict[type[BaseModel], str] = {
    m.ChangeLogEntry: "{version} ({date})",
    m.Edition: "{label}",
    m.SignOff: "{approver} ({date})",
    m.UseDefinition: "{use}",
    m.GlossaryTerm: "{term}",
    m.AudienceDefinition: "{name}",
    m.ContentClassDefinition: "{name}",
    m.PolicyReference: "{title}",
    m.Objective: "{title}",
    m.Spoke: "{name}",
    m.DecisionRight: "{area}",
    m.Person: "{name}",
    m.OrgRole: "{name}",
    m.Certification: "{training}",
    m.Champion: "{person}",
    m.MentoringPair: "{mentor} and {mentee}",
    m.Feature: "{name}",
    m.Channel: "{platform} {handle}",
    m.Gate: "{title}",
    m.CrisisChapter: "{title}",
    m.PersonalDisclosure: "{token}",
    m.DecisionTable: "{title}",
    m.DecisionTree: "{title}",
    m.DecisionNode: "{question}{outcome}",
    m.ChannelGate: "{title}",
    m.ListeningStream: "{topic}",
    m.Disclosure: "{text}",
    m.ContentRule: "{title}",
    m.Clause: "{title}",
    m.AppliedPreset: "{preset}",
    m.RegulatoryException: "{id}",
    m.Lexicon: "{name}",
    m.RecordClass: "{name}",
    m.WorksCouncilAgreement: "{entity}",
    m.TrainingModule: "{title}",
    m.SeverityLevel: "{name}",
    m.Trigger: "{description}",
    m.EscalationContact: "{person}",
    m.TriageRule: "{type}",
    m.Metric: "{name}",
    m.Experiment: "{title}",
    m.Waiver: "{code}",
}

#: Between the words of a place.
SEPARATOR = " › "
WHOLE_PLAYBOOK = N_("Whole playbook")


@cache
def _name_fields(cls: type[BaseModel]) -> tuple[str, tuple[tuple[str, Any, str], ...]]:
    """The name pattern of ``cls`` and its fields: (name, type, reference kind)."""
    pattern = NAMES.get(cls, "")
    fields = [name for _, name, _, _ in string.Formatter().parse(pattern) if name]
    infos = [cls.model_fields[name] for name in fields]
    return pattern, tuple((n, unwrap(i.annotation).inner, _ref_kind(i)) for n, i in zip(fields, infos, strict=True))


def _get(item: Any, name: str) -> Any:
    return item.get(name) if isinstance(item, dict) else getattr(item, name, None)


def _ref_kind(info: FieldInfo | None) -> str:
    extra = info.json_schema_extra if info is not None else None
    return str(extra[REF]) if isinstance(extra, dict) and REF in extra else ""


def _one_line(text: str) -> str:
    return " ".join(text.split())


class Names:
    """Items, places and values in words, for the playbooks given (the first that has a
    referenced item names it: compare names what the newer version no longer has from the
    older one). Reference lookups are built once per kind, so one instance serves many calls."""

    def __init__(self, *roots: BaseModel) -> None:
        self.roots = roots
        self._refs: dict[str, dict[str, Any]] = {}
        #: per language (a place is worded in the language in force): the walks so far
        self._walked_in: dict[str, dict[tuple[Part, ...], _Walk]] = {}

    # ---- items

    def ref(self, kind: str, value: Any) -> str:
        """The name of the item a reference of ``kind`` names (the id itself for an unknown one)."""
        items = self._refs.get(kind)
        if items is None:
            items = {}
            for member in reversed(kinds_within(kind)):
                section, attribute, _ = REFERENCE_KINDS[member]
                for root in reversed(self.roots):
                    items.update((item.id, item) for item in getattr(getattr(root, section, None), attribute, []))
            self._refs[kind] = items
        item = items.get(value)
        if item is None and is_built_in(kind, value):
            return label(BUILT_IN[kind](value))
        return str(value) if item is None else self.item(item) or str(value)

    def item(self, item: Any, cls: Any = None) -> str:
        """The name people know a list item by (a model, or its plain data given with ``cls``);
        '' when it has neither a name nor a key."""
        cls = cls if cls is not None else type(item)
        if not is_model(cls):
            return self._plain(item, cls)
        pattern, fields = _name_fields(cls)
        if len(fields) == 1 and pattern == f"{{{fields[0][0]}}}":
            name = self._plain(_get(item, fields[0][0]), fields[0][1], fields[0][2])
        elif pattern:
            values = {field: self._plain(_get(item, field), inner, kind) for field, inner, kind in fields}
            name = _one_line(pattern.format_map(values)).removesuffix(" ()")
        else:
            name = ""
        if name:
            return name
        key = item_key(item, cls)
        return self.key(cls, key) if key is not None else ""

    def key(self, cls: type[BaseModel], key: str) -> str:
        """The name of an item known only by its key (a champion's key is a person: their name)."""
        field = key_field(cls)
        kind = _ref_kind(cls.model_fields.get(field)) if field is not None else ""
        return self.ref(kind, key) if kind else key

    # ---- places

    def words(self, path: str | Sequence[Part]) -> tuple[str, ...]:
        """The place of a field as words: ``('Recordkeeping', 'Business communications',
        'Retention (years)')``. ``path`` is an index path, a keyed address, or their parts."""
        if isinstance(path, str):
            if not path:
                return (gettext(WHOLE_PLAYBOOK),)
            try:
                parts: tuple[Part, ...] = parse(path)
            except ValueError:
                try:
                    parts = parse_address(path)
                except ValueError:
                    return (path,)
        else:
            parts = tuple(path)
        # the walk resumes where an earlier one went (the findings of one playbook share sections,
        # lists and items)
        walked = self._walked_in.setdefault(current().tag, {})
        start = len(parts)
        while start > 0 and parts[:start] not in walked:
            start -= 1
        state = walked[parts[:start]] if start else _Walk((), self.roots[0] if self.roots else None, m.Playbook)
        for i in range(start, len(parts)):
            state = self._step(state, parts[i])
            walked[parts[: i + 1]] = state
        return state.words

    def _step(self, at: _Walk, part: Part) -> _Walk:
        """One part further from ``at``: a field's title, or an item's name in place of its list's title."""
        words = at.words
        if isinstance(part, str):
            field = _field(at.cls, part) if is_model(at.cls) else None
            node = getattr(at.node, part, None) if isinstance(at.node, BaseModel) else None
            if field is None:
                return _Walk((*words, part), node, None)
            info, field_type, _title_as_written = field
            title = field_label(info, part)
            list_word = None
            if not words or words[-1] != title:
                words = (*words, title)
                list_word = len(words) - 1
            if field_type.is_list:
                columns = getattr(at.node, "columns", None) if part == "rows" else None
                headings = tuple(columns) if isinstance(columns, list) else None
                return _Walk(words, node, None, field_type, info, list_word, headings)
            return _Walk(words, node, field_type.inner)
        inner = at.items.inner if at.items is not None else None
        item = _item_at(at.node, inner, part)
        number = part.value if isinstance(part, Key) else str(part + 1)
        if at.items is None and at.headings is not None and isinstance(part, int):
            # a cell of a decision table's row: under its column's heading
            heading = at.headings[part] if part < len(at.headings) else ""
            return _Walk((*words, heading or number), item, None)
        if at.items is None:
            # not a list of the format (a spoke's own changes[2]): number it
            words = (*words[:-1], f"{words[-1]} {number}") if words else (number,)
        elif is_model(inner):
            name = self.item(item, inner) if item is not None else ""
            if not name:
                name = self.key(inner, part.value) if isinstance(part, Key) else _item_word(number)
            if at.list_word is not None and at.list_word > 0:
                words = (*words[: at.list_word], name, *words[at.list_word + 1 :])
            else:
                words = (*words, name)
        else:
            value = item if item is not None else part.value if isinstance(part, Key) else None
            if isinstance(value, list):  # a decision table's row: named by its deciding cell
                value = value[0] if value else None
            words = (*words, self._plain(value, inner, _ref_kind(at.items_info)) if value else _item_word(number))
            if at.headings is not None:
                return _Walk(words, item, inner, headings=at.headings)
        return _Walk(words, item, inner)

    def place(self, path: str | Sequence[Part]) -> str:
        """The place of a field in words: "Recordkeeping › Business communications › Retention (years)"."""
        return SEPARATOR.join(self.words(path))

    # ---- values

    def show(
        self,
        value: Any,
        at: str | Sequence[Part] | None = None,
        *,
        info: FieldInfo | None = None,
        empty: str = "(none)",
        limit: int | None = None,
    ) -> str:
        """A value as people read it, for the field (or list item) at ``at``, or of the field
        ``info``: referenced items by name, options by their label, Yes/No, lists with commas,
        items by their name; cut to ``limit`` characters (ending in "…") if given."""
        one = False
        field_type: FieldType | None = None
        if at:
            parts = parse(at) if isinstance(at, str) else at
            names = tuple(p for p in parts if isinstance(p, str))
            found = _field_named(names)
            info, field_type = found if found is not None else (None, None)
            # ends at one item of the field's list (not at the field); a place outside the format: neither
            one = bool(parts) and not isinstance(parts[-1], str) and (found is not None or not names)
        elif info is not None:
            field_type = unwrap(info.annotation)
        text = self._show(value, info, field_type, one, empty)
        return text if limit is None or len(text) <= limit else text[: limit - 1] + "…"

    def _show(self, value: Any, info: FieldInfo | None, field_type: FieldType | None, one: bool, empty: str) -> str:
        if value is None or value == "" or value == []:
            return empty
        inner = field_type.inner if field_type is not None else None
        if isinstance(value, list) and not one:
            # items' names may hold commas (a trigger's description): a semicolon between items
            joiner = "; " if is_model(inner) else ", "
            return joiner.join(self._show(v, info, field_type, True, empty) for v in value)
        if isinstance(value, BaseModel | dict) and (is_model(inner) or isinstance(value, BaseModel)):
            name = self.item(value, inner if is_model(inner) else type(value))
            if name:
                return name
        if isinstance(value, dict | BaseModel):
            return self._fields(value, inner if is_model(inner) else type(value), empty)
        return self._plain(value, inner, _ref_kind(info))

    def _fields(self, value: dict[str, Any] | BaseModel, cls: Any, empty: str) -> str:
        """A section's fields that say something, each by its title and as the field shows it
        (a person by name): "Approver: Orla Keane; Date: 2026-11-05"."""
        pairs = value.items() if isinstance(value, dict) else iter(value)
        shown = []
        for name, item in pairs:
            if item is None or item == "" or item == [] or item == {}:
                continue
            info = cls.model_fields.get(name) if is_model(cls) else None
            title = field_label(info, name) if info is not None else name
            field_type = unwrap(info.annotation) if info is not None else None
            shown.append(f"{title}: {self._show(item, info, field_type, False, empty)}")
        return "; ".join(shown) or empty

    def _plain(self, value: Any, inner: Any = None, kind: str = "") -> str:
        """One scalar value in words (``inner``: its type; ``kind``: what it refers to, if anything)."""
        if value is None:
            return ""
        if isinstance(value, list):  # a decision table's row: its cells in order
            return " | ".join(self._plain(cell) for cell in value)
        if kind:
            return self.ref(kind, value)
        if type(value) is str and not (isinstance(inner, type) and issubclass(inner, StrEnum)):
            return _one_line(value)
        if isinstance(value, bool):
            return gettext("Yes") if value else gettext("No")
        if isinstance(value, StrEnum):
            return label(value)
        if isinstance(inner, type) and issubclass(inner, StrEnum):
            try:
                return label(inner(value))
            except ValueError:
                return str(value)
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        if isinstance(value, dt.date):
            return value.isoformat()
        return _one_line(str(value))


def _item_word(number: str) -> str:
    """An item of a list that has no name: "item 3"."""
    return gettext("item %(number)s") % {"number": number}


@cache
def _field(cls: type[BaseModel], name: str) -> tuple[FieldInfo, FieldType, str] | None:
    """Field ``name`` of ``cls``: its metadata, its type and its title (None: no such field)."""
    info = cls.model_fields.get(name)
    return None if info is None else (info, unwrap(info.annotation), str(info.title or name))


class _Walk(NamedTuple):
    """Where :meth:`Names.words` is: the words so far, the value there and its model class;
    at a list, the list's type, field and where its title stands in the words."""

    words: tuple[str, ...]
    node: Any
    cls: Any
    items: FieldType | None = None
    items_info: FieldInfo | None = None
    list_word: int | None = None
    headings: tuple[str, ...] | None = None  # at a decision table's rows or one row: its columns


def _item_at(node: Any, cls: Any, part: int | Key) -> Any:
    if not isinstance(node, list):
        return None
    if isinstance(part, int):
        return node[part] if 0 <= part < len(node) else None
    index = shared_positions(node, cls).get(part.value) if is_model(cls) else None
    if index is None or item_key(node[index], cls) != part.value:
        index = find_index(node, cls, part.value)
    return None if index is None else node[index]


@cache
def _field_named(names: tuple[str, ...]) -> tuple[FieldInfo, FieldType] | None:
    """The field at the field names of an address (list items skipped), from the playbook's
    class, and its type; None when they leave the format. Cached: a table of 200,000 values
    names the same few fields over and over."""
    found: tuple[FieldInfo, FieldType] | None = None
    cls: Any = m.Playbook
    for name in names:
        field = _field(cls, name) if is_model(cls) else None
        if field is None:
            return None
        found = field[0], field[1]
        cls = field[1].inner
    return found


def item_name(item: BaseModel, *roots: BaseModel) -> str:
    """The name people know ``item`` by (references named from ``roots``, e.g. the playbook)."""
    return Names(*roots).item(item)


def place(root: BaseModel, path: str | Sequence[Part]) -> str:
    """The place of a field of ``root`` in words (see :meth:`Names.place`)."""
    return Names(root).place(path)
