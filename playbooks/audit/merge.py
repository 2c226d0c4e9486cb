"""Three-way merge of playbooks and spoke files: by section, item and field, never by lines.

Two officers edit copies of one playbook (two git branches, two laptops on a synced drive);
:func:`merge` brings their versions (OURS and THEIRS) together against the version both
started from (BASE):

* A field changed on one side only takes that side's value; the same field changed to
  different values on both sides is a *conflict*: OURS's value stands, and the conflict is
  listed by its place in words with the three values.
* List items are matched by their key (:func:`playbooks.format.identity.pair`, the one rule
  compare and tailoring use), so an item edited on one side and moved on the other merges, a
  list reordered on one side takes that order with the other side's edits and additions in it,
  and additions on both sides are kept. An item added on both sides with the same key and
  different content, and an item deleted on one side and changed on the other, are conflicts.
* Sign-offs and the change log are records, not content: they merge as the union of both
  sides' entries, ordered by date, an entry both sides hold kept once. The approval state is
  computed from the content as always, so a merged playbook whose content neither side had
  reads "Changed since approval".
* Spoke files merge the same way: their changes are matched by what they change (the same
  rule that decides whether a proposed change replaces an earlier one), then field by field.

The result is validated as a whole; where both sides' changes together are not a valid playbook
(one side deleted a person the other side made a channel owner) each field the validation
names is a conflict settled by OURS's value, and every other change stays. In a spoke, a hub
item removed on one side and modified on the other is a conflict too. :func:`merge` never
returns a broken playbook, and keeps OURS's leading comments and any conflict an earlier merge
listed that neither side resolved.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from pydantic import BaseModel, ValidationError

from playbooks.format.fields import FieldType, is_model, unwrap
from playbooks.format.identity import SEPARATOR, Names, item_key, key_field, pair, same_key
from playbooks.format.model import DocumentControl, Playbook
from playbooks.format.paths import Address, Key
from playbooks.io.mergenotes import notes_in, replace_notes
from playbooks.io.storage import (
    PlaybookLoadError,
    comments_in,
    dumps,
    issues_from_validation,
    parse_document,
    playbook_from_text,
)
from playbooks.tailoring.propose import same_target
from playbooks.tailoring.spoke import (
    AddChange,
    ModifyChange,
    RemoveChange,
    SetChange,
    SpokeFile,
    SpokeHeader,
    describe_change,
    dumps_spoke,
    is_spoke_data,
    spoke_from_text,
)

Kind = Literal["changed", "added", "deleted", "invalid", "theirs"]

#: Lists that merge as the union of both sides' entries, ordered by date.
RECORD_LISTS: frozenset[tuple[type[BaseModel], str]] = frozenset(
    {(DocumentControl, "sign_offs"), (DocumentControl, "change_log"), (SpokeHeader, "sign_offs")}
)

_ABSENT: Any = object()  # a mapping key one side does not have


class MergeRefused(ValueError):
    """Files that cannot be merged with each other (a hub and a spoke, two different playbooks);
    the message is one line that says which and why."""


@dataclass(frozen=True)
class Conflict:
    """One place both sides changed in different ways.

    ``kind``: "changed" (the same field, different values), "added" (an item added on both
    sides with the same key, different content), "deleted" (deleted on one side, changed on the
    other), "invalid" (both sides' changes together break the playbook), "theirs" (changed on
    THEIRS's side only, listed as a choice when asked: THEIRS's value unless decided otherwise,
    for a common version that may not be one, see :func:`merge_playbooks`). ``place`` is the
    field's place in words; ``base``, ``ours`` and ``theirs`` are the values in words
    ('' where that side has no such item or field).
    """

    kind: Kind
    address: Address
    place: str
    base: str
    ours: str
    theirs: str

    def describe(self) -> str:
        """One line: "Channels and accounts › LinkedIn @acme › Response SLA (hours): ours 4, theirs 8 (base 24)"."""
        if self.kind == "invalid":
            return f"{self.place}: {self.ours}"
        if self.kind == "theirs":
            return (
                f"{self.place}: changed in theirs only: ours {self.ours or '(none)'}, theirs {self.theirs or '(none)'}"
            )
        if self.kind == "deleted":
            if not self.ours:
                return f"{self.place}: deleted in ours, changed in theirs (left deleted, as in ours)"
            return f"{self.place}: changed in ours, deleted in theirs (ours kept)"
        base = f" (base {self.base})" if self.base and self.kind == "changed" else ""
        both = " (added on both sides)" if self.kind == "added" else ""
        return f"{self.place}: ours {self.ours}, theirs {self.theirs}{base}{both}"

    def as_dict(self) -> dict[str, Any]:
        """Plain data for JSON output."""
        from playbooks.format.paths import join

        return {
            "kind": self.kind,
            "place": self.place,
            "address": join(self.address),
            "base": self.base,
            "ours": self.ours,
            "theirs": self.theirs,
        }


@dataclass(frozen=True)
class Merged:
    """The outcome of a merge: the merged playbook (or spoke file) and its conflicts."""

    playbook: Playbook | None
    spoke: SpokeFile | None
    conflicts: list[Conflict] = field(default_factory=list)
    #: OURS's leading comment block (a ``yaml-language-server`` line, a team's note), kept on top.
    comments: str = ""
    #: Conflicts an earlier merge listed in OURS or THEIRS that are still unresolved (in words).
    carried: list[str] = field(default_factory=list)

    def unresolved(self) -> list[str]:
        """Every conflict the merged file lists, in words: those carried over, then this merge's."""
        return [*self.carried, *(c.describe() for c in self.conflicts)]

    def text(self) -> str:
        """The merged file's content: OURS's leading comments with the unresolved conflicts listed
        in them (:mod:`playbooks.io.mergenotes`), then the playbook or spoke as Charter saves it."""
        body = dumps(self.playbook) if self.playbook is not None else dumps_spoke(self._spoke())
        return replace_notes(self.comments, self.unresolved()) + body

    def _spoke(self) -> SpokeFile:
        assert self.spoke is not None
        return self.spoke


# ---------------------------------------------------------------- the walk


@dataclass(frozen=True)
class _Raw:
    kind: Kind
    address: Address
    base: Any
    ours: Any
    theirs: Any


def _same(a: Any, b: Any) -> bool:
    return a is b or (type(a) is type(b) and a == b)


class _Walk:
    """Merges plain data (the models' JSON) guided by the model classes; collects conflicts.

    ``known_base``: False when there is no common version (every field the two sides hold
    differently is a conflict, not just those both changed). ``theirs_at``: the places of
    conflicts already decided for THEIRS's value (those not listed keep OURS's); decided
    conflicts are not collected."""

    def __init__(
        self, *, known_base: bool = True, theirs_at: frozenset[Address] | None = None, list_theirs: bool = False
    ) -> None:
        self.raw: list[_Raw] = []
        self.known_base = known_base
        self.theirs_at = theirs_at
        self.list_theirs = list_theirs

    def conflict(self, kind: Kind, at: Address, base: Any, ours: Any, theirs: Any, *, default: bool = False) -> bool:
        """Record a conflict; whether THEIRS's side wins it (decided so; else ``default``)."""
        if self.theirs_at is None:
            self.raw.append(_Raw(kind, at, base, ours, theirs))
            return default
        return at in self.theirs_at

    def theirs_only(self, at: Address, base: Any, ours: Any, theirs: Any) -> bool:
        """A change THEIRS made alone: taken, or listed as a choice (taken unless decided otherwise)."""
        return not self.list_theirs or self.conflict("theirs", at, base, ours, theirs, default=True)

    # ---- values

    def value(self, ftype: FieldType | None, base: Any, ours: Any, theirs: Any, at: Address, kind: Kind) -> Any:
        if _same(ours, theirs):
            return ours
        if self.known_base and _same(base, theirs):
            return ours
        # THEIRS's change alone: taken whole, or (listed) field by field, each a choice of its own
        if self.known_base and _same(base, ours) and not (self.list_theirs and _nested(ours, theirs)):
            return theirs if self.theirs_only(at, base, ours, theirs) else ours
        inner = ftype.inner if ftype is not None else None
        if ftype is not None and ftype.is_list and isinstance(ours, list) and isinstance(theirs, list):
            return self.items(inner, base if isinstance(base, list) else [], ours, theirs, at, kind)
        if isinstance(ours, dict) and isinstance(theirs, dict):
            cls = self.model_of(inner, ours, theirs)
            base_fields = base if isinstance(base, dict) else {}
            if cls is not None:
                return self.fields(cls, base_fields, ours, theirs, at, kind)
            return self.mapping(base_fields, ours, theirs, at, kind)
        if self.known_base and _same(base, ours):  # a free-form list: a choice as a whole
            return theirs if self.theirs_only(at, base, ours, theirs) else ours
        return theirs if self.conflict(kind, at, base, ours, theirs) else ours

    def model_of(self, inner: Any, ours: dict[str, Any], theirs: dict[str, Any]) -> type[BaseModel] | None:
        """The model class of a mapping (None: free-form data, merged key by key)."""
        return inner if is_model(inner) else None

    def fields(
        self,
        cls: type[BaseModel],
        base: dict[str, Any],
        ours: dict[str, Any],
        theirs: dict[str, Any],
        at: Address,
        kind: Kind,
    ) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, info in cls.model_fields.items():
            b, o, t = base.get(name), ours.get(name), theirs.get(name)
            if (cls, name) in RECORD_LISTS and isinstance(o, list) and isinstance(t, list):
                out[name] = self.records(b if isinstance(b, list) else [], o, t, (*at, name))
            else:
                out[name] = self.value(unwrap(info.annotation), b, o, t, (*at, name), kind)
        return out

    def mapping(
        self, base: dict[str, Any], ours: dict[str, Any], theirs: dict[str, Any], at: Address, kind: Kind
    ) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name in [*ours, *(k for k in theirs if k not in ours)]:
            b, o, t = (side.get(name, _ABSENT) for side in (base, ours, theirs))
            if _same(o, t) or (self.known_base and _same(b, t)):
                merged = o
            elif self.known_base and _same(b, o) and not (self.list_theirs and _nested(o, t)):
                merged = t if self.theirs_only((*at, str(name)), _seen(b), _seen(o), _seen(t)) else o
            elif _ABSENT in (o, t):
                merged = t if self.conflict("deleted", (*at, str(name)), _seen(b), _seen(o), _seen(t)) else o
            else:
                merged = self.value(None, _seen(b), o, t, (*at, str(name)), kind)
            if merged is not _ABSENT:
                out[name] = merged
        return out

    # ---- records

    def records(self, base: list[Any], ours: list[Any], theirs: list[Any], at: Address) -> list[Any]:
        """Sign-offs or change-log entries, matched by what they record (:func:`_record_key`):
        every entry either side added, once; an entry one side corrected, corrected (not kept
        twice); an entry one side removed, removed (a deliberate correction: records are otherwise
        only appended); one entry changed both ways, or two different entries of one version
        added, a conflict (OURS's kept). Ordered by date (ties: OURS's first)."""
        sides = [_by_record(entries) for entries in (base, ours, theirs)]
        out: list[Any] = []
        for key in [*sides[1], *(k for k in sides[2] if k not in sides[1])]:
            b, o, t = (side.get(key, _ABSENT) for side in sides)
            if _same(o, t) or (self.known_base and _same(b, t)):
                merged = o
            elif self.known_base and _same(b, o):
                merged = t
            elif _ABSENT in (o, t) and not self.known_base:
                merged = o if t is _ABSENT else t  # no common version: each side's entries kept
            else:
                kind: Kind = "added" if b is _ABSENT else "deleted" if _ABSENT in (o, t) else "changed"
                where = (*at, Key(_record_label(key)))
                merged = t if self.conflict(kind, where, _seen(b), _seen(o), _seen(t)) else o
            if merged is not _ABSENT:
                out.append(merged)
        return sorted(out, key=lambda entry: str(entry.get("date") or "") if isinstance(entry, dict) else "")

    # ---- lists

    def pairs(self, inner: Any, old: list[Any], new: list[Any]) -> list[tuple[int | None, int | None]]:
        """Which item of ``old`` each item of ``new`` is (see :func:`playbooks.format.identity.pair`)."""
        return pair(old, new, inner)

    def keyed(self, inner: Any) -> bool:
        """Whether items of this kind have a key (two additions with one key are one item)."""
        return not is_model(inner) or key_field(inner) is not None

    def label(self, inner: Any, item: Any, position: int) -> Key:
        """The item in an address: its key, else its position (from 1)."""
        key = item_key(item, inner) if not isinstance(item, dict) or is_model(inner) else None
        return Key(key if key is not None else str(position + 1))

    def items(
        self, inner: Any, base: list[Any], ours: list[Any], theirs: list[Any], at: Address, kind: Kind
    ) -> list[Any]:
        item_type = FieldType(inner, False, False)
        in_ours = {i: j for i, j in self.pairs(inner, base, ours) if i is not None}
        in_theirs = {i: j for i, j in self.pairs(inner, base, theirs) if i is not None}
        slot_of_ours: dict[int, tuple[str, int]] = {}
        slot_of_theirs: dict[int, tuple[str, int]] = {}
        kept: dict[tuple[str, int], Any] = {}
        # a plain value (a territory, a language) is its own key: an edit is a removal and an
        # addition in its place, matched here so that two edits of one value, or an edit and a
        # removal, are conflicts as for any other field
        plain = self.known_base and not is_model(inner)
        edited_ours = _replaced(base, ours, in_ours) if plain else {}
        edited_theirs = _replaced(base, theirs, in_theirs) if plain else {}
        declined_ours: set[int] = set()
        declined_theirs: set[int] = set()
        for i, item in enumerate(base):
            oj, tj = in_ours.get(i), in_theirs.get(i)
            if oj is not None:
                slot_of_ours[oj] = ("b", i)
            if tj is not None:
                slot_of_theirs[tj] = ("b", i)
            where = (*at, self.label(inner, item, i))
            if oj is None and tj is None:
                eo, et = edited_ours.get(i), edited_theirs.get(i)
                if eo is not None and et is not None and not _same(ours[eo], theirs[et]):
                    take = self.conflict("changed", where, item, ours[eo], theirs[et])
                    (declined_ours if take else declined_theirs).add(eo if take else et)
                elif eo is not None and et is None:
                    if self.conflict("deleted", where, item, ours[eo], None):
                        declined_ours.add(eo)
                elif et is not None and eo is None and not self.conflict("deleted", where, item, None, theirs[et]):
                    declined_theirs.add(et)
                continue
            if oj is None:
                assert tj is not None
                if not _same(theirs[tj], item) and self.conflict("deleted", where, item, None, theirs[tj]):
                    kept[("b", i)] = theirs[tj]
                continue
            if tj is None:
                if not _same(ours[oj], item):
                    if not self.conflict("deleted", where, item, ours[oj], None):
                        kept[("b", i)] = ours[oj]
                elif not self.theirs_only(where, item, ours[oj], None):
                    kept[("b", i)] = ours[oj]  # THEIRS's deletion, declined
                continue
            kept[("b", i)] = self.value(item_type, item, ours[oj], theirs[tj], where, kind)
        added_ours = [j for j in range(len(ours)) if j not in slot_of_ours and j not in declined_ours]
        added_theirs = [k for k in range(len(theirs)) if k not in slot_of_theirs and k not in declined_theirs]
        for j in declined_ours:
            slot_of_ours[j] = ("o", j)  # in no merged slot: left out
        for k in declined_theirs:
            slot_of_theirs[k] = ("t", k)
        for j in added_ours:
            slot_of_ours[j] = ("o", j)
            kept[("o", j)] = ours[j]
        if added_theirs:
            both = self.pairs(inner, [ours[j] for j in added_ours], [theirs[k] for k in added_theirs])
            for a, c in both:
                if c is None:
                    continue
                k = added_theirs[c]
                if a is not None and (self.keyed(inner) or _same(ours[added_ours[a]], theirs[k])):
                    j = added_ours[a]
                    slot_of_theirs[k] = ("o", j)
                    if not _same(ours[j], theirs[k]):
                        where = (*at, self.label(inner, ours[j], j))
                        kept[("o", j)] = self.value(item_type, None, ours[j], theirs[k], where, "added")
                else:
                    slot_of_theirs[k] = ("t", k)
                    where = (*at, self.label(inner, theirs[k], k))
                    if not self.known_base or self.theirs_only(where, None, None, theirs[k]):
                        kept[("t", k)] = theirs[k]
        order = _order(
            [("b", i) for i in range(len(base))],
            [slot_of_ours[j] for j in range(len(ours))],
            [slot_of_theirs[k] for k in range(len(theirs))],
            kept,
        )
        return [kept[slot] for slot in order]


def _replaced(base: list[Any], side: list[Any], pairs: dict[int, int | None]) -> dict[int, int]:
    """The values of ``base`` that ``side`` edited: base position -> the position of the new
    value that stands where the old one stood (its neighbours on both sides kept)."""
    paired = {i: j for i, j in pairs.items() if j is not None}
    kept = set(paired.values())
    out: dict[int, int] = {}
    for i in range(len(base)):
        if i in paired:
            continue
        before = paired.get(i - 1, -1) if i > 0 else -1
        after = paired.get(i + 1, len(side)) if i + 1 < len(base) else len(side)
        if (i > 0 and (i - 1) not in paired) or (i + 1 < len(base) and (i + 1) not in paired):
            continue  # a run of values gone: not one value edited
        if after - before == 2 and 0 <= before + 1 < len(side) and before + 1 not in kept:
            out[i] = before + 1
    return out


def _nested(ours: Any, theirs: Any) -> bool:
    """Whether both values hold fields or items (walked into, not taken whole)."""
    return (isinstance(ours, dict) and isinstance(theirs, dict)) or (
        isinstance(ours, list) and isinstance(theirs, list)
    )


def _seen(value: Any) -> Any:
    return None if value is _ABSENT else value


def _record_key(entry: Any) -> tuple[Any, ...]:
    """What a record is about: a change-log entry its version; a sign-off who signed, when, and
    the content signed (its fingerprint), so a corrected comment is the same sign-off."""
    if not isinstance(entry, dict):
        return (json.dumps(entry, sort_keys=True, default=str),)
    if "approver" in entry:
        return ("sign-off", entry.get("approver"), entry.get("date"), entry.get("fingerprint"))
    if "version" in entry:
        return ("change", entry.get("version"))
    return (json.dumps(entry, sort_keys=True, default=str),)


def _by_record(entries: list[Any]) -> dict[tuple[Any, ...], Any]:
    """Entries by :func:`_record_key`, a key held twice in one list counted (its n-th entry)."""
    out: dict[tuple[Any, ...], Any] = {}
    for entry in entries:
        key = _record_key(entry)
        n = 0
        while (*key, n) in out:
            n += 1
        out[(*key, n)] = entry
    return out


def _record_label(key: tuple[Any, ...]) -> str:
    if key[0] == "sign-off":
        return f"{key[1]}, {key[2]}"
    if key[0] == "change":
        return str(key[1])
    return "entry"


Slot = tuple[str, int]


def _order(base: list[Slot], ours: list[Slot], theirs: list[Slot], kept: dict[Slot, Any]) -> list[Slot]:
    """The order of the merged list: a side that reordered the items both kept gives its order
    (OURS's when both did), and the other side's items go in after the item they follow there
    (or before the one they precede)."""

    def reordered(seq: list[Slot]) -> bool:
        common = [s for s in seq if s[0] == "b" and s in kept]
        members = set(common)
        return common != [s for s in base if s in members]

    skeleton, other = (theirs, ours) if not reordered(ours) and reordered(theirs) else (ours, theirs)
    order = [s for s in skeleton if s in kept]
    placed = set(order)
    previous: Slot | None = None  # the last item of ``other`` seen that is in place
    for index, slot in enumerate(other):
        if slot not in kept:
            continue
        if slot in placed:
            previous = slot
            continue
        # after the item it follows on its own side; failing that, before the item it precedes there
        if previous is not None:
            position = order.index(previous) + 1
        else:
            after = next((s for s in other[index + 1 :] if s in placed), None)
            position = order.index(after) if after is not None else len(order)
        order.insert(position, slot)
        placed.add(slot)
        previous = slot
    return order


# ---------------------------------------------------------------- spoke files


_CHANGE_CLASSES: dict[str, type[BaseModel]] = {
    "add": AddChange,
    "modify": ModifyChange,
    "set": SetChange,
    "remove": RemoveChange,
}


class _SpokeWalk(_Walk):
    """The walk over spoke files: changes are matched by what they change."""

    def model_of(self, inner: Any, ours: dict[str, Any], theirs: dict[str, Any]) -> type[BaseModel] | None:
        action = ours.get("action")
        if not is_model(inner) and action is not None and action == theirs.get("action"):
            return _CHANGE_CLASSES.get(str(action))
        return super().model_of(inner, ours, theirs)

    def pairs(self, inner: Any, old: list[Any], new: list[Any]) -> list[tuple[int | None, int | None]]:
        if not _is_changes(old, new):
            return super().pairs(inner, old, new)
        parsed_old = [_change(c) for c in old]
        parsed_new = [_change(c) for c in new]
        free = list(range(len(old)))
        matched: list[int | None] = []
        for change in parsed_new:
            found = next((k for k, i in enumerate(free) if same_target(parsed_old[i], change)), None)
            matched.append(free.pop(found) if found is not None else None)
        return [*((i, j) for j, i in enumerate(matched)), *((i, None) for i in free)]

    def keyed(self, inner: Any) -> bool:
        return True if not is_model(inner) else super().keyed(inner)

    def label(self, inner: Any, item: Any, position: int) -> Key:
        if isinstance(item, dict) and "action" in item:
            return Key(describe_change(_change(item)))
        return super().label(inner, item, position)


def _removed_and_changed(
    changes: list[Any], ours: dict[str, Any], theirs: dict[str, Any]
) -> tuple[list[Any], list[Conflict]]:
    """A hub item one side removes and the other changes (a ``remove`` and a ``modify`` of it,
    each from one side only) is a conflict, settled as in OURS: the other side's change is left
    out (kept, the ``modify`` would silently change nothing)."""
    held = [side.get("changes") or [] for side in (ours, theirs)]
    dropped: set[int] = set()
    conflicts: list[Conflict] = []
    for r, remove in enumerate(changes):
        if not isinstance(remove, dict) or remove.get("action") != "remove":
            continue
        for c, change in enumerate(changes):
            if not isinstance(change, dict) or change.get("action") != "modify" or c in dropped or r in dropped:
                continue
            if change.get("target") != remove.get("target") or not same_key(
                str(change.get("id")), str(remove.get("id"))
            ):
                continue
            removed_by = [remove in side for side in held]
            changed_by = [change in side for side in held]
            if removed_by == [True, False] and changed_by == [False, True]:
                dropped.add(c)
                ours_words, theirs_words = "", describe_change(_change(change))
            elif removed_by == [False, True] and changed_by == [True, False]:
                dropped.add(r)
                ours_words, theirs_words = describe_change(_change(change)), ""
            else:
                continue  # one side's own doing (both, or neither, from one side): not a conflict
            address: Address = ("changes", Key(describe_change(_change(change))))
            place, _ = _spoke_place(address)
            conflicts.append(Conflict("deleted", address, place, "", ours_words, theirs_words))
    return [change for i, change in enumerate(changes) if i not in dropped], conflicts


def _is_changes(*lists: list[Any]) -> bool:
    return any(isinstance(item, dict) and "action" in item for items in lists for item in items)


def _change(data: dict[str, Any]) -> Any:
    return _CHANGE_CLASSES[str(data["action"])].model_validate(data)


# ---------------------------------------------------------------- files


@dataclass(frozen=True)
class Side:
    """One version to merge: its name (a file, or REV:PATH) and its text."""

    name: str
    text: str


def _kind(side: Side) -> tuple[str, dict[str, Any]]:
    data = parse_document(side.name, side.text)
    return ("spoke" if is_spoke_data(data) else "playbook"), data


def merge(base: Side | None, ours: Side, theirs: Side, *, list_theirs: bool = False) -> Merged:
    """Merge ``ours`` and ``theirs`` against ``base`` (None, or an empty text: no common version,
    as git gives for a file both branches added). ``list_theirs``: see :func:`merge_playbooks`.

    Raises :class:`~playbooks.io.storage.PlaybookLoadError` for a file that cannot be read as a
    playbook or spoke (a newer schema included) and :class:`MergeRefused` for files that are not
    versions of one playbook or spoke; nothing is merged then.
    """
    if base is not None and not base.text.strip():
        base = None
    sides = [s for s in (base, ours, theirs) if s is not None]
    kinds = [_kind(s) for s in sides]
    if len({k for k, _ in kinds}) > 1:
        described = ", ".join(
            f"{s.name} is a {'spoke' if k == 'spoke' else 'hub playbook'}"
            for s, (k, _) in zip(sides, kinds, strict=True)
        )
        raise MergeRefused(f"a hub playbook cannot be merged with a spoke file ({described})")
    if kinds[0][0] == "spoke":
        spokes = [spoke_from_text(s.name, s.text, data) for s, (_, data) in zip(sides, kinds, strict=True)]
        merged = _merge_spokes(*_three(base, spokes), names=_three(base, [s.name for s in sides]))
    else:
        playbooks = [playbook_from_text(s.name, s.text, data) for s, (_, data) in zip(sides, kinds, strict=True)]
        merged = merge_playbooks(
            *_three(base, playbooks), names=_three(base, [s.name for s in sides]), list_theirs=list_theirs
        )
    return replace(merged, comments=comments_in(ours.text), carried=_carried(base, ours, theirs))


def _carried(base: Side | None, ours: Side, theirs: Side) -> list[str]:
    """The conflicts an earlier merge listed in OURS or THEIRS and neither side resolved: a list
    merges three-way like any other (a side that deleted a line BASE held resolved it)."""
    listed = [[note for _, note in notes_in(s.text)] if s is not None else [] for s in (base, ours, theirs)]
    out: list[str] = []
    for note in [*listed[1], *listed[2]]:
        resolved = note in listed[0] and (note not in listed[1] or note not in listed[2])
        if not resolved and note not in out:
            out.append(note)
    return out


def _three(base: Side | None, items: list[Any]) -> tuple[Any, Any, Any]:
    return (None, items[0], items[1]) if base is None else (items[0], items[1], items[2])


def _identity_check(what: str, ids: tuple[str | None, str, str], names: tuple[str | None, str, str]) -> None:
    base, ours, theirs = ids
    if ours != theirs and (base is None or base not in (ours, theirs)):
        raise MergeRefused(
            f"{names[1]} and {names[2]} are different {what}s ('{ours}' and '{theirs}'); only versions of one {what} merge"
        )
    if base is not None and base not in (ours, theirs):
        # a BASE of another playbook would undo deletions and invent conflicts: never a common version
        raise MergeRefused(
            f"{names[0]} is a different {what} ('{base}') from {names[1]} and {names[2]} ('{ours}'); "
            f"the common version must be an earlier version of the same {what}"
        )


def merge_playbooks(
    base: Playbook | None,
    ours: Playbook,
    theirs: Playbook,
    *,
    names: tuple[str | None, str, str] = ("BASE", "OURS", "THEIRS"),
    theirs_at: frozenset[Address] | None = None,
    list_theirs: bool = False,
) -> Merged:
    """Merge two versions of a playbook against the version both started from (None: none known,
    and every field the two hold differently is a conflict). ``theirs_at``: the conflicts (by
    :attr:`Conflict.address`) someone decided for THEIRS's value; given, the others keep OURS's
    and none is listed (the field-by-field choice of the editor). ``list_theirs``: every change
    THEIRS made alone is listed too (kind "theirs", THEIRS's value unless decided otherwise), for
    a common version that is only likely (a backup): had it been saved on OURS's side after the
    two parted, taking THEIRS's "change" there would silently undo an edit of OURS's."""
    _identity_check("playbook", (base.document.id if base else None, ours.document.id, theirs.document.id), names)
    if ours is theirs or ours == theirs:
        return Merged(ours, None)
    walk = _Walk(known_base=base is not None, theirs_at=theirs_at, list_theirs=list_theirs and base is not None)
    data = [p.model_dump(mode="json") if p is not None else {} for p in (base, ours, theirs)]
    merged = walk.fields(Playbook, data[0], data[1], data[2], (), "changed")
    roots = tuple(p for p in (ours, theirs, base) if p is not None)
    try:
        result = Playbook.model_validate(merged)
    except ValidationError as exc:
        return _settled(merged, data[1], exc, walk, ours, roots)
    return Merged(result, None, _described(walk.raw, (result, *roots)))


#: Rounds of putting OURS's value back where the combination breaks the playbook, at most.
_SETTLE_ROUNDS = 20


def _settled(
    merged: dict[str, Any], ours_data: dict[str, Any], exc: ValidationError, walk: _Walk, ours: Playbook, roots: Any
) -> Merged:
    """The merge when both sides' changes together are not a valid playbook (THEIRS made a
    person a channel's backup, OURS deleted that person): each field the validation names is a
    conflict that OURS's value settles (an item only THEIRS added goes; a reference OURS holds to
    an item THEIRS deleted brings the item back), and every other change of THEIRS stays."""
    conflicts = _described(walk.raw, roots)
    for _ in range(_SETTLE_ROUNDS):
        issues = issues_from_validation(exc)
        settled = False
        # from the end of each list, so that an item taken out does not move those still to settle
        for issue in sorted(issues, key=lambda i: _order_key(_loc(i.path)), reverse=True):
            loc = _loc(issue.path)
            before = json.dumps(merged, sort_keys=True, default=str)
            address = _revert(merged, ours_data, loc, Playbook) if loc else None
            if address is None or json.dumps(merged, sort_keys=True, default=str) == before:
                address = _restore(merged, ours_data, loc) if loc else None
            if address is None:
                continue
            settled = True
            conflicts.append(
                Conflict("invalid", address, Names(*roots).place(address), "", f"{issue.message}; ours kept", "")
            )
        if not settled:
            break
        try:
            return Merged(Playbook.model_validate(merged), None, conflicts)
        except ValidationError as again:
            exc = again
    # not settled field by field: OURS as it was, and said so (THEIRS's changes are not in it)
    for issue in issues_from_validation(exc):
        conflicts.append(Conflict("invalid", (), _place_of_path(issue.path, roots), "", issue.message, ""))
    conflicts.append(
        Conflict(
            "invalid",
            (),
            "The merged playbook",
            "",
            "the two versions together are not a valid playbook; OURS is kept as it was and none of "
            "THEIRS's changes are in it: merge them by hand",
            "",
        )
    )
    return Merged(ours, None, conflicts)


def _loc(path: str) -> tuple[str | int, ...]:
    from playbooks.format.paths import parse

    try:
        return parse(path) if path else ()
    except ValueError:
        return ()


def _order_key(loc: tuple[str | int, ...]) -> tuple[tuple[int, int, str], ...]:
    return tuple((1, p, "") if isinstance(p, int) else (0, 0, p) for p in loc)


def _revert(merged: Any, ours: Any, loc: tuple[str | int, ...], cls: Any) -> Address | None:
    """Put OURS's value back at ``loc`` (positions in ``merged``); an item OURS does not have is
    taken out. The place settled, by key (None: ``loc`` is not in ``merged``)."""
    part, rest = loc[0], loc[1:]
    if isinstance(part, str):
        if not isinstance(merged, dict) or part not in merged:
            return None
        info = cls.model_fields.get(part) if is_model(cls) else None
        inner = unwrap(info.annotation).inner if info is not None else None
        mine = ours.get(part, _ABSENT) if isinstance(ours, dict) else _ABSENT
        if not rest:
            if mine is _ABSENT:
                del merged[part]
            else:
                merged[part] = json.loads(json.dumps(mine))
            return (part,)
        below = _revert(merged[part], mine, rest, inner) if mine is not _ABSENT else None
        return None if below is None else (part, *below)
    if not isinstance(merged, list) or not 0 <= part < len(merged):
        return None
    item = merged[part]
    key = item_key(item, cls) if not isinstance(item, dict) or is_model(cls) else None
    label = Key(key if key is not None else str(part + 1))
    own = ours if isinstance(ours, list) else []
    match = next((j for i, j in pair([item], own, cls) if i == 0 and j is not None), None)
    if match is None:
        del merged[part]  # only THEIRS has this item, and it cannot stand with OURS's changes
        return (label,)
    if not rest:
        merged[part] = json.loads(json.dumps(own[match]))
        return (label,)
    below = _revert(item, own[match], rest, cls)
    return None if below is None else (label, *below)


def _restore(merged: dict[str, Any], ours: dict[str, Any], loc: tuple[str | int, ...]) -> Address | None:
    """A reference OURS holds (the value at ``loc``) to an item THEIRS deleted: the item comes
    back from OURS. The reference's place, by key (None: nothing to bring back)."""
    value: Any = merged
    for part in loc:
        try:
            value = value[part]
        except (KeyError, IndexError, TypeError):
            return None
    if not isinstance(value, str) or not _bring_back(merged, ours, value, Playbook):
        return None
    return _address(merged, loc, Playbook)


def _bring_back(merged: Any, ours: Any, key: str, cls: Any) -> bool:
    """Put OURS's item with the key ``key`` back in ``merged``'s list where it is missing."""
    if not is_model(cls) or not isinstance(merged, dict) or not isinstance(ours, dict):
        return False
    found = False
    for name, info in cls.model_fields.items():
        ftype = unwrap(info.annotation)
        mine, theirs = ours.get(name), merged.get(name)
        if ftype.is_list and isinstance(mine, list) and isinstance(theirs, list) and is_model(ftype.inner):
            held = {item_key(item, ftype.inner) for item in theirs}
            for item in mine:
                if item_key(item, ftype.inner) == key and key not in held:
                    theirs.append(json.loads(json.dumps(item)))
                    found = True
            paired = {i: j for i, j in pair(theirs, mine, ftype.inner) if i is not None and j is not None}
            for i, item in enumerate(theirs):
                if i in paired and _bring_back(item, mine[paired[i]], key, ftype.inner):
                    found = True
        elif not ftype.is_list and _bring_back(theirs, mine, key, ftype.inner):
            found = True
    return found


def _address(data: Any, loc: tuple[str | int, ...], cls: Any) -> Address:
    """``loc`` (positions) as an address (keys), as conflicts are placed."""
    out: list[str | Key] = []
    for part in loc:
        if isinstance(part, str):
            info = cls.model_fields.get(part) if is_model(cls) else None
            cls = unwrap(info.annotation).inner if info is not None else None
            out.append(part)
            data = data.get(part) if isinstance(data, dict) else None
            continue
        item = data[part] if isinstance(data, list) and 0 <= part < len(data) else None
        key = item_key(item, cls) if item is not None and (not isinstance(item, dict) or is_model(cls)) else None
        out.append(Key(key if key is not None else str(part + 1)))
        data = item
    return tuple(out)


def _merge_spokes(
    base: SpokeFile | None,
    ours: SpokeFile,
    theirs: SpokeFile,
    *,
    names: tuple[str | None, str, str] = ("BASE", "OURS", "THEIRS"),
) -> Merged:
    def identity(spoke: SpokeFile) -> str:
        return f"{spoke.spoke.region} of {spoke.spoke.hub_id or spoke.spoke.hub}"

    _identity_check("spoke", (identity(base) if base else None, identity(ours), identity(theirs)), names)
    if ours == theirs:
        return Merged(None, ours)
    walk = _SpokeWalk(known_base=base is not None)
    data = [s.model_dump(mode="json") if s is not None else {} for s in (base, ours, theirs)]
    merged = walk.fields(SpokeFile, data[0], data[1], data[2], (), "changed")
    conflicts = [_spoke_conflict(raw) for raw in walk.raw]
    if isinstance(merged.get("changes"), list):
        merged["changes"], removed = _removed_and_changed(merged["changes"], data[1], data[2])
        conflicts.extend(removed)
    try:
        result = SpokeFile.model_validate(merged)
    except ValidationError as exc:
        for error in exc.errors(include_url=False):
            where = ".".join(str(p) for p in error["loc"])
            conflicts.append(Conflict("invalid", (), f"Spoke › {where}", "", str(error["msg"]), ""))
        return Merged(None, ours, conflicts)
    return Merged(None, result, conflicts)


# ---------------------------------------------------------------- conflicts in words


def _described(raw: list[_Raw], roots: tuple[Playbook, ...]) -> list[Conflict]:
    names = Names(*roots)
    out = []
    for r in raw:
        # name the place from a version that still has it (ours deleted it: theirs has it)
        here = names if r.ours is not None else Names(*reversed(roots))
        place = here.place(r.address)
        shown = [names.show(v, r.address, empty="") if v is not None else "" for v in (r.base, r.ours, r.theirs)]
        out.append(Conflict(r.kind, r.address, place, *shown))
    return out


def _place_of_path(path: str, roots: tuple[Playbook, ...]) -> str:
    return Names(*roots).place(path) if path else "The merged playbook"


def _spoke_conflict(raw: _Raw) -> Conflict:
    place, at = _spoke_place(raw.address)
    names = Names()
    shown = [_spoke_value(names, v, at) for v in (raw.base, raw.ours, raw.theirs)]
    return Conflict(raw.kind, raw.address, place, *shown)


def _spoke_place(address: Address) -> tuple[str, Address | None]:
    """The place of a spoke file's field in words, and the playbook address its value is for
    (None: a field of the spoke file itself, e.g. a rationale)."""
    if len(address) >= 2 and address[0] == "changes" and isinstance(address[1], Key):
        label = address[1].value
        rest = address[2:]
        target = _playbook_address(label, rest)
        if target is not None:
            return f"Spoke change “{label}” › {Names().place(target)}", target
        words = [_title_of(_CHANGE_CLASSES, label, part) for part in rest]
        return SEPARATOR.join([f"Spoke change “{label}”", *words]), None
    words = ["Spoke"]
    cls: Any = SpokeFile
    for part in address:
        if isinstance(part, Key):
            words.append(part.value)
            continue
        info = cls.model_fields.get(part) if is_model(cls) else None
        words.append(str(info.title) if info is not None and info.title else part)
        cls = unwrap(info.annotation).inner if info is not None else None
    return SEPARATOR.join(words), None


def _playbook_address(label: str, rest: Address) -> Address | None:
    """The playbook address a change's ``fields``/``value``/``item`` part is about."""
    from playbooks.tailoring.paths import PathError, split_dotted

    action, _, where = label.partition(" ")
    if not rest or rest[0] not in ("fields", "value", "item"):
        return None
    try:
        if action == "set" and rest[0] == "value":
            return (*split_dotted(where), *rest[1:])
        if action in ("modify", "add") and "[" in where:
            target, _, key = where.partition("[")
            base: Address = (*split_dotted(target), Key(key.removesuffix("]")))
            return (*base, *rest[1:])
    except PathError:
        return None
    return None


def _title_of(classes: dict[str, type[BaseModel]], label: str, part: str | Key) -> str:
    if isinstance(part, Key):
        return part.value
    cls = classes.get(label.partition(" ")[0])
    info = cls.model_fields.get(part) if cls is not None else None
    return str(info.title) if info is not None and info.title else part


def _spoke_value(names: Names, value: Any, at: Address | None) -> str:
    if value is None:
        return ""
    if at is not None:
        return names.show(value, at, empty="")
    if isinstance(value, str):
        return " ".join(value.split())
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


#: What a merge of files raises for input it cannot merge (one line each).
MergeError = (PlaybookLoadError, MergeRefused)
