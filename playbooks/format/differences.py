"""How two playbooks differ, field by field: what comparing versions (and the change log's
proposal) is built on.

List items are matched by their key (:func:`playbooks.format.identity.pair`), so a reordered
list is no difference and a renamed channel is one changed field, not a removal and an
addition. Sub-models the two playbooks share (the editor's snapshots share every untouched
one) are skipped without a look inside.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel
from pydantic_core import to_jsonable_python

from playbooks.format.fields import is_model, unwrap
from playbooks.format.identity import SEPARATOR, Names, item_key, pair
from playbooks.format.model import Playbook
from playbooks.format.paths import Address, Key, join

Kind = Literal["added", "removed", "changed"]


@dataclass(frozen=True)
class Difference:
    """One way the newer playbook differs from the older.

    ``address`` is keyed (``channels.accounts[c-li].owner``; items without a key by position),
    ``path`` the index path in the newer playbook (in the older, for a removed item), ``place``
    the field's place in words, ``old`` and ``new`` the values as plain data (None for an
    added or removed item).
    """

    kind: Kind
    address: Address
    path: str
    place: tuple[str, ...]
    old: Any = None
    new: Any = None

    @property
    def section(self) -> str:
        """The title of the section the difference is in."""
        return self.place[0]

    @property
    def label(self) -> str:
        """The place in words, section first: "People › Bo Example › Name"."""
        return SEPARATOR.join(self.place)

    def as_dict(self) -> dict[str, Any]:
        """Plain data for JSON output."""
        return {
            "kind": self.kind,
            "section": self.section,
            "path": self.path,
            "address": join(self.address),
            "label": self.label,
            "old": self.old,
            "new": self.new,
        }


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == []


class Walk:
    """The walk behind :func:`differences`: it reports each difference to :meth:`found`.

    Tailoring walks a hub and a spoke's effective playbook with it and keeps more about each
    difference (the spoke change behind it, the lock, the verdict) by overriding :meth:`found`;
    so both see the same differences, items matched the same way.
    """

    def __init__(self, old: Playbook, new: Playbook) -> None:
        self.newer = Names(new, old)
        self.older = Names(old, new)
        self.out: list[Difference] = []

    def run(self) -> None:
        """Walk the two playbooks (once)."""
        old, new = self.older.roots[0], self.newer.roots[0]
        if old is not new and isinstance(old, BaseModel) and isinstance(new, BaseModel):
            self.model(Playbook, old, new, (), (), ())

    def found(self, difference: Difference, owner: type[BaseModel], before: Any, after: Any) -> None:
        """Keep one difference. ``owner`` is the model whose field it is in (for an item of a
        list, the model holding the list); ``before`` and ``after`` are that field's values as
        models (for an item of a list, the whole lists)."""
        self.out.append(difference)

    def add(
        self,
        kind: Kind,
        address: Address,
        parts: tuple[str | int, ...],
        old: Any,
        new: Any,
        owner: type[BaseModel],
        field: tuple[Any, Any],
    ) -> None:
        names = self.older if kind == "removed" and isinstance(parts[-1], int) else self.newer
        found = Difference(
            kind, address, join(parts), names.words(parts), to_jsonable_python(old), to_jsonable_python(new)
        )
        self.found(found, owner, *field)

    def model(
        self,
        cls: type[BaseModel],
        old: BaseModel,
        new: BaseModel,
        address: Address,
        new_parts: tuple[str | int, ...],
        old_parts: tuple[str | int, ...],
    ) -> None:
        for name, info in cls.model_fields.items():
            a, b = getattr(old, name), getattr(new, name)
            if a is b or a == b:
                continue
            inner, is_list, _ = unwrap(info.annotation)
            where = ((*address, name), (*new_parts, name), (*old_parts, name))
            if is_list and isinstance(a, list) and isinstance(b, list):
                # a decision table's cells are named by their column's heading
                headings = list(getattr(new, "columns", [])) if name == "rows" else []
                self.items(cls, inner, a, b, *where, headings)
            elif is_model(inner) and isinstance(a, BaseModel) and isinstance(b, BaseModel):
                self.model(inner, a, b, *where)
            else:
                kind: Kind = "added" if _empty(a) else "removed" if _empty(b) else "changed"
                self.add(kind, where[0], where[1], a, b, cls, (a, b))

    def items(
        self,
        owner: type[BaseModel],
        cls: Any,
        old: list[Any],
        new: list[Any],
        address: Address,
        new_parts: tuple[str | int, ...],
        old_parts: tuple[str | int, ...],
        headings: list[str],
    ) -> None:
        lists = (old, new)  # an item of a list is judged as a change of the whole list
        for i, j in pair(old, new, cls):
            if i is not None and j is not None and (old[i] is new[j] or old[i] == new[j]):
                continue  # the same item (most of a big list): no key, no address needed
            item = new[j] if j is not None else old[i] if i is not None else None
            key = item_key(item, cls)
            at = (*address, Key(key if key is not None else str(j if j is not None else i)))
            if i is None and j is not None:
                self.add("added", at, (*new_parts, j), None, new[j], owner, lists)
            elif j is None and i is not None:
                self.add("removed", at, (*old_parts, i), old[i], None, owner, lists)
            elif i is not None and j is not None:
                if is_model(cls):
                    self.model(cls, old[i], new[j], at, (*new_parts, j), (*old_parts, i))
                elif isinstance(old[i], list) and isinstance(new[j], list):
                    self.cells(owner, old[i], new[j], at, (*new_parts, j), lists, headings)
                else:
                    self.add("changed", at, (*new_parts, j), old[i], new[j], owner, lists)

    def cells(
        self,
        owner: type[BaseModel],
        old: list[Any],
        new: list[Any],
        address: Address,
        parts: tuple[str | int, ...],
        lists: tuple[list[Any], list[Any]],
        headings: list[str],
    ) -> None:
        """A decision table's row that is the same case (the same deciding cell) in both: each
        cell that differs, under its column's heading, before and after."""
        for k in range(max(len(old), len(new))):
            a, b = old[k] if k < len(old) else "", new[k] if k < len(new) else ""
            if a == b:
                continue
            heading = headings[k] if k < len(headings) and headings[k] else f"{k + 1}"
            kind: Kind = "added" if _empty(a) else "removed" if _empty(b) else "changed"
            cell = (*parts, k)
            found = Difference(kind, (*address, Key(heading)), join(cell), self.newer.words(cell), a, b)
            self.found(found, owner, *lists)


def differences(old: Playbook, new: Playbook) -> list[Difference]:
    """Every difference between two playbooks, in document order of the newer one (the items a
    list lost after the items it has)."""
    walk = Walk(old, new)
    walk.run()
    return walk.out
