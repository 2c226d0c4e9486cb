"""Locks: which way is "tighter" for each field of a lockable hub item, and lock violations.

A hub item with ``locked: true`` may be tightened by a spoke, never removed or loosened. The
direction is declared per field in :data:`TIGHTER`, never guessed. A field of a locked item
that has no entry there has no defined direction: a spoke may not change it at all.

Violations are found by comparing the hub with the *effective* playbook (hub + changes), not
by reading the changes. A locked rule therefore cannot be weakened by any way of writing the
change: a ``remove``, a ``modify`` to a lower number or a weaker enum, an emptied list, a
``set`` that replaces the whole list, or an ``add`` after a ``remove``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel
from pydantic_core import to_jsonable_python

from playbooks.format import model as m
from playbooks.format.enums import ApprovalMode, DisclosurePlacement, LabourReview, StorageMode
from playbooks.format.fields import is_model, unwrap
from playbooks.format.identity import SEPARATOR, Names, key_field, nfc, positions_of, same_content, shared_positions
from playbooks.format.paths import Address, Key
from playbooks.presets import RegulatoryPreset, get_preset


@dataclass(frozen=True)
class Direction:
    """How to tell whether a new value is at least as tight as the hub's.

    ``compare(hub, new)`` is True when ``new`` is as tight or tighter; ``wording`` says which
    way is tighter, for messages.
    """

    wording: str
    compare: Callable[[Any, Any], bool]


def _higher(hub: Any, new: Any) -> bool:
    # no value in the hub means no requirement: any value is a requirement, so tighter
    if hub is None:
        return True
    return new is not None and new >= hub


def _lower(hub: Any, new: Any) -> bool:
    if hub is None:
        return True
    return new is not None and new <= hub


def _is_true(hub: Any, new: Any) -> bool:
    return bool(new) or not bool(hub)


def _is_false(hub: Any, new: Any) -> bool:
    return not bool(new) or bool(hub)


def _ordered(order: tuple[Any, ...]) -> Callable[[Any, Any], bool]:
    """Loosest first; None (no requirement) is looser than any value; values outside the order
    have no direction (treated as loosening)."""

    def compare(hub: Any, new: Any) -> bool:
        if hub is None:
            return True
        if new is None or hub not in order or new not in order:
            return False
        return order.index(new) >= order.index(hub)

    return compare


def _canonical(value: Any) -> str:
    """A value as comparable text: plain data, every text in NFC (the same words in another
    Unicode form are the same value)."""
    return json.dumps(nfc(to_jsonable_python(value)), sort_keys=True, ensure_ascii=False)


def _superset(hub: Any, new: Any) -> bool:
    have = {_canonical(item) for item in new or []}
    return all(_canonical(item) in have for item in hub or [])


def _subset(hub: Any, new: Any) -> bool:
    return _superset(new, hub)


_PLACEMENT = (
    DisclosurePlacement.LINK,
    DisclosurePlacement.LAYERED,
    DisclosurePlacement.SAME_MESSAGE,
    DisclosurePlacement.INLINE,
)


def _disclosures(hub: Any, new: Any) -> bool:
    """Every hub disclosure is still there, with the same text, placed at least as prominently."""
    by_text: dict[str, list[Any]] = {}
    for disclosure in new or []:
        by_text.setdefault(nfc(disclosure.text), []).append(disclosure.placement)
    for disclosure in hub or []:
        placements = by_text.get(nfc(disclosure.text), [])
        if not any(_PLACEMENT.index(p) >= _PLACEMENT.index(disclosure.placement) for p in placements):
            return False
    return True


HIGHER = Direction("higher is tighter", _higher)
LOWER = Direction("lower is tighter", _lower)
TRUE = Direction("on is tighter", _is_true)
FALSE = Direction("off is tighter", _is_false)
SUPERSET = Direction("a list may only grow", _superset)
SUBSET = Direction("a list may only shrink", _subset)
APPROVAL = Direction("none < post-review < pre-review", _ordered(tuple(ApprovalMode)))
STORAGE = Direction("any < audit trail < WORM", _ordered((StorageMode.ANY, StorageMode.AUDIT_TRAIL, StorageMode.WORM)))
LABOUR = Direction(
    "not reviewed < in review < reviewed",
    _ordered((LabourReview.NOT_REVIEWED, LabourReview.IN_REVIEW, LabourReview.REVIEWED)),
)
DISCLOSURES = Direction("every hub disclosure kept, placed inline rather than behind a link", _disclosures)
EARLIER_FILING = Direction("more days before first use is tighter", _higher)

#: (model, field) -> direction. Fields of lockable items not listed here may not change on a
#: locked item. ``locked`` itself may only go from off to on.
TIGHTER: dict[tuple[type[BaseModel], str], Direction] = {
    # every lockable item
    **{
        (cls, "locked"): TRUE
        for cls in (m.Channel, m.ContentRule, m.Clause, m.AppliedPreset, m.RecordClass, m.SeverityLevel)
    },
    # channels: more controls, faster response
    (m.Channel, "archive_connected"): TRUE,
    (m.Channel, "monitored"): TRUE,
    (m.Channel, "mfa"): TRUE,
    (m.Channel, "response_sla_hours"): LOWER,
    (m.Channel, "freshness_days"): LOWER,
    (m.Channel, "training"): SUPERSET,
    # content rules: more review, more sampling, more disclosure
    (m.ContentRule, "approval"): APPROVAL,
    (m.ContentRule, "sampling_rate"): HIGHER,
    (m.ContentRule, "approver_qualified"): TRUE,
    (m.ContentRule, "author_may_approve"): FALSE,
    (m.ContentRule, "sla_hours"): LOWER,
    (m.ContentRule, "training_documented"): TRUE,
    (m.ContentRule, "documentation"): TRUE,
    (m.ContentRule, "surveillance"): TRUE,
    (m.ContentRule, "risk_info_each_message"): TRUE,
    (m.ContentRule, "disclosures"): DISCLOSURES,
    (m.ContentRule, "prohibited"): SUPERSET,
    (m.ContentRule, "audiences"): SUPERSET,
    # conduct clauses: wider audience, fewer exceptions, more review
    (m.Clause, "audiences"): SUPERSET,
    (m.Clause, "examples"): SUPERSET,
    (m.Clause, "exceptions"): SUBSET,
    (m.Clause, "labour_review"): LABOUR,
    # applied presets: no exceptions where the hub allows none; parameters, field by field (an
    # empty parameter means the preset's own value, see _parameter_floor)
    (m.AppliedPreset, "spoke_exceptions"): FALSE,
    (m.PresetParameters, "retention_years"): HIGHER,
    (m.PresetParameters, "accessible_years"): HIGHER,
    (m.PresetParameters, "approval"): APPROVAL,
    (m.PresetParameters, "filing_days"): LOWER,
    # records: keep longer, keep accessible longer, stricter storage
    (m.RecordClass, "retention_years"): HIGHER,
    (m.RecordClass, "accessible_years"): HIGHER,
    (m.RecordClass, "storage_mode"): STORAGE,
    # crisis: more triggers, more contacts, a more severe level
    (m.SeverityLevel, "triggers"): SUPERSET,
    (m.SeverityLevel, "contacts"): SUPERSET,
    (m.SeverityLevel, "level"): LOWER,
}

#: Fields that no longer matter once the item is tightened in another way: a sampling rate of
#: post-review is moot when every item is reviewed before use.
MOOT: dict[tuple[type[BaseModel], str], Callable[[Any], bool]] = {
    (m.ContentRule, "sampling_rate"): lambda rule: rule.approval is ApprovalMode.PRE_REVIEW,
}

#: Nested models compared field by field inside a locked item (rather than as one value).
NESTED: dict[tuple[type[BaseModel], str], type[BaseModel]] = {(m.AppliedPreset, "parameters"): m.PresetParameters}


def direction_of(cls: type[BaseModel], field: str, preset: str | None = None) -> Direction | None:
    """The direction of ``cls.field`` the lock decision follows, or None when it has none.

    A preset parameter's direction may depend on the preset (``preset``: its code): a filing
    deadline before first use is tighter with more days, one after it with fewer."""
    if cls is m.PresetParameters and preset:
        return _parameter_floor(get_preset(preset), field, None, None)[2]
    return TIGHTER.get((cls, field))


#: The rule of a field of a locked item that has no declared tighter direction.
NO_DIRECTION = "a field of a locked item with no tighter direction can only be changed in the hub"


# ---------------------------------------------------------------- the words of a lock
#
# One wording for what a lock allows, shared by the findings (``validate``), the refusals of
# :func:`playbooks.tailoring.propose_change` and the tailoring view's notes. Items and fields
# are named as people know them (:class:`~playbooks.format.identity.Names`): "The hub locks
# Recordkeeping › Business communications, so Retention (years) may only be tightened".


def tighten_only(item: str, field: str, direction: Direction) -> str:
    """What a lock allows of a field with a direction (``item``, ``field``: their names)."""
    return f"The hub locks {item}, so {field} may only be tightened ({direction.wording})"


def hub_only(item: str, field: str) -> str:
    """What a lock allows of a field with no direction: nothing, only the hub may change it."""
    return f"The hub locks {item}, and {field} has no tighter direction, so only the hub may change it"


def never_removed(item: str) -> str:
    """What a lock allows of the item as a whole."""
    return f"The hub locks {item}: a spoke may tighten it but never remove it"


#: The rule of removing a locked item.
NOT_REMOVED = "a locked item may be tightened, never removed"

#: What to do about a field only the hub may change.
ASK_THE_HUB = "ask the hub to change it or unlock it"


def lock_words(names: Names, item: Address, field: Address = ()) -> tuple[str, str]:
    """(the locked item, the field inside it) in words, e.g. ("Recordkeeping › Business
    communications", "Retention (years)"); a nested field keeps its section ("Parameters ›
    Retention (years)")."""
    item_words = names.words(item)
    field_words = names.words((*item, *field))[len(item_words) :] if field else ()
    return SEPARATOR.join(item_words), SEPARATOR.join(field_words)


#: How a change moves a field: :func:`judge`.
TIGHTENING, LOOSENING, NEUTRAL = "tightening", "loosening", "neutral"


def judge(cls: type[BaseModel], field: str, hub: Any, new: Any, preset: str | None = None) -> str:
    """Whether changing ``cls.field`` from ``hub`` to ``new`` (model values) is a
    :data:`TIGHTENING` (strictly tighter in the declared direction), a :data:`LOOSENING` (not
    as tight) or :data:`NEUTRAL` (no declared direction, or no movement). ``preset`` names the
    applied preset of a ``PresetParameters`` field (whose empty value is the preset's own)."""
    if cls is m.PresetParameters:
        catalogue = get_preset(preset) if preset else None
        hub, new, direction, _ = _parameter_floor(catalogue, field, hub, new)
    else:
        direction = direction_of(cls, field)
    if direction is None or hub == new or same_content(hub, new):
        return NEUTRAL
    if not direction.compare(hub, new):
        return LOOSENING
    return NEUTRAL if direction.compare(new, hub) else TIGHTENING


@dataclass(frozen=True)
class Weakening:
    """A locked hub item removed or loosened. ``path`` is the index path of the item or field (in
    the hub; in the effective playbook for an item the spoke added, such as an exception);
    ``address`` its keyed address (for finding the change responsible); ``item`` the item's
    label, ``field`` the field loosened (None: the item as a whole)."""

    path: str
    item: str
    field: str | None
    message: str
    address: Address = ()
    #: the rule broken, in words: "higher is tighter", "a locked item may not be removed", ...
    rule: str = ""


def _show(names: Names, value: Any, at: Address) -> str:
    """A value in a lock's message: as the field formats it, a list by its length."""
    if isinstance(value, list):
        return "no items" if not value else f"{len(value)} item{'s' if len(value) != 1 else ''}"
    return names.show(value, at, limit=80)


def _parameter_floor(
    preset: RegulatoryPreset | None, name: str, hub: Any, new: Any
) -> tuple[Any, Any, Direction | None, str]:
    """(the hub's value, the spoke's value, the direction, a note) of a preset parameter.

    An empty parameter means the preset's own value: that is the floor a spoke may not go
    below, and what an emptied parameter falls back to. ``filing_days`` is tighter when higher
    for a deadline before first use (file ten days before, not two) and when lower after it."""
    direction = direction_of(m.PresetParameters, name)
    if preset is None:
        return hub, new, direction, ""
    if name == "filing_days" and preset.more_filing_days_is_tighter():
        direction = EARLIER_FILING
    own = preset.own_parameter(name)
    note = ""
    if hub is None and own is not None:
        hub, note = own, " (the preset's own value; the hub leaves the parameter empty)"
    if new is None and own is not None:
        new = own
    return hub, new, direction, note


def _compare_item(
    cls: type[BaseModel],
    hub: BaseModel,
    new: BaseModel,
    path: str,
    item: Address,
    address: Address,
    names: Names,
    preset: RegulatoryPreset | None = None,
) -> Iterator[Weakening]:
    """The weakenings of locked hub item ``hub`` (at keyed ``item``) in ``new``; ``address`` is
    where ``cls`` is (the item, or a section inside it such as a preset's parameters)."""
    for name in cls.model_fields:
        old_value, new_value = getattr(hub, name), getattr(new, name)
        if old_value == new_value or same_content(old_value, new_value):
            continue
        nested = NESTED.get((cls, name))
        if nested is not None and isinstance(old_value, BaseModel) and isinstance(new_value, BaseModel):
            catalogue = get_preset(str(getattr(hub, "preset", ""))) if cls is m.AppliedPreset else None
            yield from _compare_item(
                nested, old_value, new_value, f"{path}.{name}", item, (*address, name), names, catalogue
            )
            continue
        moot = MOOT.get((cls, name))
        if moot is not None and moot(new):
            continue
        note = ""
        if cls is m.PresetParameters:
            old_value, new_value, direction, note = _parameter_floor(preset, name, old_value, new_value)
            if old_value == new_value:
                continue
        else:
            direction = direction_of(cls, name)
        at = (*address, name)
        item_words, field_words = lock_words(names, item, at[len(item) :])
        was, now = _show(names, old_value, at), _show(names, new_value, at)
        if direction is None:
            yield Weakening(
                f"{path}.{name}",
                item_words,
                field_words,
                f"{hub_only(item_words, field_words)} (hub: {was}, spoke: {now}); {ASK_THE_HUB}",
                at,
                NO_DIRECTION,
            )
        elif not direction.compare(old_value, new_value):
            yield Weakening(
                f"{path}.{name}",
                item_words,
                field_words,
                f"{tighten_only(item_words, field_words, direction)}; this spoke loosens it from {was}{note} to {now}",
                at,
                f"a locked item may only be tightened: {direction.wording}",
            )


def _lockable_lists(cls: type[BaseModel], prefix: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], type]]:
    for name, info in cls.model_fields.items():
        inner, is_list, _ = unwrap(info.annotation)
        if not is_model(inner):
            continue
        if is_list and issubclass(inner, m.Lockable):
            yield (*prefix, name), inner
        elif not is_list and len(prefix) < 1:
            yield from _lockable_lists(inner, (*prefix, name))


#: The lists whose items can be locked: (section, list attribute) -> item model.
LOCKABLE_LISTS: dict[tuple[str, ...], type] = dict(_lockable_lists(m.Playbook))


def weakenings(
    hub: m.Playbook,
    effective: m.Playbook,
    changed: dict[tuple[str, ...], set[str] | None] | None = None,
    positions: Callable[[tuple[str, ...], Any], dict[str, int]] | None = None,
) -> list[Weakening]:
    """Every locked hub item that the effective playbook removes or loosens, in hub order.

    ``changed`` (optional, from the code that built ``effective``) limits the comparison to the
    keys of the lists that may differ (None for a list, or a section above it, replaced as a
    whole); without it every locked item is compared. ``positions(parts, cls)`` (optional) gives
    the key -> position map of an effective list the caller already keeps.
    """
    out: list[Weakening] = []
    names = Names(hub, effective)  # names only what is asked: the weakenings found
    for parts, cls in LOCKABLE_LISTS.items():
        hub_items = _get(hub, parts)
        new_items = _get(effective, parts)
        field = key_field(cls)
        if field is None or hub_items is new_items:
            continue  # a list the spoke did not touch (shared with the hub) cannot weaken anything
        keys: set[str] | None = None
        if changed is not None:
            if any(parts[: len(known)] == known and value is None for known, value in changed.items()):
                keys = None
            elif parts in changed:
                keys = changed[parts]
            else:
                continue
        if keys is not None:
            hub_positions = shared_positions(hub_items, cls)
            candidates = sorted(hub_positions[k] for k in keys if k in hub_positions)
        else:
            unchanged = {id(item) for item in new_items}
            candidates = [i for i, item in enumerate(hub_items) if item.locked and id(item) not in unchanged]
        if not candidates:
            continue
        new_positions = positions(parts, cls) if positions is not None else positions_of(new_items, cls)
        for index in candidates:
            item = hub_items[index]
            if not item.locked:
                continue
            key = str(getattr(item, field))
            path = f"{'.'.join(parts)}[{index}]"
            address: Address = (*parts, Key(key))
            found = new_positions.get(key)
            if found is None:
                label = lock_words(names, address)[0]
                out.append(
                    Weakening(
                        path,
                        label,
                        None,
                        never_removed(label),
                        address,
                        NOT_REMOVED,
                    )
                )
                continue
            if new_items[found] is not item:
                out.extend(_compare_item(cls, item, new_items[found], path, address, address, names))
    if changed is None or any(
        ("regulatory", "exceptions")[: len(known)] == known and (value is None or known == ("regulatory", "exceptions"))
        for known, value in changed.items()
    ):
        out.extend(exception_weakenings(hub, effective))
    return out


def _preset_text(text: str) -> str:
    return str(nfc(text)).strip()


def exception_weakenings(hub: m.Playbook, effective: m.Playbook) -> list[Weakening]:
    """Regulatory exceptions the spoke added or widened that loosen a locked hub preset.

    An exception to a preset the hub locks is a loosening, unless the hub lets spokes add
    exceptions to it (``spoke_exceptions``). Exceptions name their preset by its code; where
    the hub locks presets, an exception a spoke adds must name one by its exact code (so a
    look-alike, a lower-case or an empty preset cannot slip past the lock). A hub exception may
    be kept, removed, or made to lapse sooner; nothing else about it may change.
    """
    names = Names(hub)
    guarded = {_preset_text(p.preset): p.preset for p in hub.regulatory.presets if p.locked and not p.spoke_exceptions}
    if not guarded:
        return []
    applied = {_preset_text(p.preset) for p in effective.regulatory.presets}
    hub_exceptions = {e.id: e for e in hub.regulatory.exceptions}
    out: list[Weakening] = []
    for index, exception in enumerate(effective.regulatory.exceptions):
        before = hub_exceptions.get(exception.id)
        if before is exception or (before is not None and same_content(before, exception)):
            continue
        path = f"regulatory.exceptions[{index}]"
        address: Address = ("regulatory", "exceptions", Key(exception.id))
        named = _preset_text(exception.preset)
        was = _preset_text(before.preset) if before is not None else None
        if before is not None and named == was and _only_lapses_sooner(before, exception):
            continue
        code = guarded.get(named) or (guarded.get(was) if was is not None else None)
        if code is not None:
            concerned = lock_words(names, ("regulatory", "presets", Key(code)))[0]
            out.append(
                Weakening(
                    path,
                    concerned,
                    None,
                    f"The hub locks {concerned} and does not let spokes add exceptions to it; "
                    f"exception '{exception.id}' loosens it (a spoke may only remove a hub exception or let it "
                    "lapse sooner); ask the hub to allow exceptions to this preset",
                    address,
                    "an exception to a locked preset loosens it, unless the hub allows spokes to add exceptions",
                )
            )
        elif named not in applied:
            locked = ", ".join(sorted(guarded))
            out.append(
                Weakening(
                    path,
                    f"regulatory.exceptions[{exception.id}]",
                    "preset",
                    f"Exception '{exception.id}' names the preset '{exception.preset}', which is not the exact code "
                    f"of a preset this playbook applies; the hub locks {locked}, so every exception a spoke adds "
                    "must name its preset by its exact code",
                    (*address, "preset"),
                    "where the hub locks presets, a spoke's exception names its preset by its exact code",
                )
            )
    return out


def _only_lapses_sooner(before: m.RegulatoryException, after: m.RegulatoryException) -> bool:
    """Whether ``after`` is ``before`` with an expiry no later than before (or one where there was none)."""
    if not same_content(before.model_copy(update={"expires": None}), after.model_copy(update={"expires": None})):
        return False
    return after.expires is not None and (before.expires is None or after.expires <= before.expires)


def _get(playbook: BaseModel, parts: tuple[str, ...]) -> list[Any]:
    node: Any = playbook
    for part in parts:
        node = getattr(node, part)
    return node  # type: ignore[no-any-return]
