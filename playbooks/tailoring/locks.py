"""Locks: which way is "tighter" for each field of a lockable hub item, and lock violations.

A hub item with ``locked: true`` may be tightened by a spoke, never removed or loosened. The
direction is declared per field in :data:`TIGHTER`, never guessed. A field of a locked item
that has no entry there has no defined direction: a spoke may not change it at all. An applied
preset's parameters take their direction from the preset's data (a floor or a cap,
:func:`playbooks.presets.parameter_bound`), the rule the strictest combination uses too.

What a locked item names is part of what the lock protects: the person or role behind a locked
escalation contact, the training a locked channel requires, the audience, content class or gate
of the organisation's own it relies on (:data:`REFERENCED`). Their identifying fields cannot
change, and their contact details may change but not be emptied.

Violations are found by comparing the hub with the *effective* playbook (hub + changes), not
by reading the changes. A locked rule therefore cannot be weakened by any way of writing the
change: a ``remove``, a ``modify`` to a lower number or a weaker enum, an emptied list, a
``set`` that replaces the whole list, or an ``add`` after a ``remove``.

The same comparison guards the hub file itself: a spoke records the hub's locked items as they
were when it was tailored (:func:`lock_record`), and :func:`record_weakenings` finds a lock that
the hub file now removes or loosens (a copy of the hub with its locks taken out).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import to_jsonable_python

from playbooks.format import model as m
from playbooks.format.enums import APPROVED_BEFORE, ApprovalMode, DisclosurePlacement, LabourReview, StorageMode
from playbooks.format.fields import added_in, empty, is_model, unwrap
from playbooks.format.identity import (
    SEPARATOR,
    Names,
    find_key,
    key_field,
    nfc,
    positions_of,
    same_content,
    shared_positions,
)
from playbooks.format.paths import Address, Key, join, parse_address
from playbooks.format.references import REFERENCE_KINDS, iter_references, kinds_within
from playbooks.io.storage import silent_additions
from playbooks.presets import CAP, FLOOR, RegulatoryPreset, get_preset, parameter_bound
from playbooks.tailoring.spoke import says_nothing


@dataclass(frozen=True)
class Direction:
    """How to tell whether a new value is at least as tight as the hub's.

    ``compare(hub, new)`` is True when ``new`` is as tight or tighter; ``wording`` says which
    way is tighter, for messages.
    """

    wording: str
    compare: Callable[[Any, Any], bool]


def _higher(hub: Any, new: Any) -> bool:
    # no value in the hub states no requirement: a number tightens it only where it states one
    # (a retention or sampling above zero; zero states none, and is no tightening)
    if hub is None:
        return new is None or new > 0
    return new is not None and new >= hub


def _lower(hub: Any, new: Any) -> bool:
    # no value in the hub means no limit: any limit is tighter
    if hub is None:
        return True
    return new is not None and new <= hub


def _any_number(hub: Any, new: Any) -> bool:
    # a deadline before first use: no value means no deadline, and any deadline (0 days: at first
    # use) is one; more days before is tighter
    if hub is None:
        return True
    return new is not None and new >= hub


def _is_true(hub: Any, new: Any) -> bool:
    return bool(new) or not bool(hub)


def _is_false(hub: Any, new: Any) -> bool:
    return not bool(new) or bool(hub)


def _ordered(order: tuple[Any, ...]) -> Callable[[Any, Any], bool]:
    """Loosest first. No value states no requirement: a value tightens it only when it is above
    the loosest (which states none either). Values outside the order have no direction (treated
    as loosening)."""

    def compare(hub: Any, new: Any) -> bool:
        if hub is None:
            return new is None or (new in order and order.index(new) > 0)
        if new is None or hub not in order or new not in order:
            return False
        return order.index(new) >= order.index(hub)

    return compare


def _set_once(hub: Any, new: Any) -> bool:
    # a value where the hub has none; never another one, never taken away
    return hub is None or hub == new


def _kept(hub: Any, new: Any) -> bool:
    # a contact detail may be updated, never emptied or replaced by a placeholder ("none", "n/a")
    return says_nothing(str(hub or "")) or not says_nothing(str(new or ""))


def _canonical(value: Any) -> str:
    """A value as comparable text: plain data, every text in NFC (the same words in another
    Unicode form are the same value)."""
    return json.dumps(nfc(to_jsonable_python(value)), sort_keys=True, ensure_ascii=False)


def _superset(hub: Any, new: Any) -> bool:
    have = {_canonical(item) for item in new or []}
    return all(_canonical(item) in have for item in hub or [])


_PLACEMENT = (
    DisclosurePlacement.LINK,
    DisclosurePlacement.LAYERED,
    DisclosurePlacement.SAME_MESSAGE,
    DisclosurePlacement.INLINE,
)


def _disclosures(hub: Any, new: Any) -> bool:
    """Every hub disclosure is still there, with the same text, placed at least as prominently
    (where the hub sets no placement, any placement, or none, keeps it)."""
    by_text: dict[str, list[Any]] = {}
    for disclosure in new or []:
        by_text.setdefault(nfc(disclosure.text), []).append(disclosure.placement)
    for disclosure in hub or []:
        placements = by_text.get(nfc(disclosure.text), [])
        if disclosure.placement is None:
            if not placements:
                return False
        elif not any(
            p is not None and _PLACEMENT.index(p) >= _PLACEMENT.index(disclosure.placement) for p in placements
        ):
            return False
    return True


def _contacts(hub: Any, new: Any) -> bool:
    """Every hub contact is still there (by person), each as tight field by field."""
    return all(
        n is not None and not any(_compare_item(m.EscalationContact, h, n, "", (), (), None))
        for h, n in _keyed_pairs(m.EscalationContact, hub, new)
    )


HIGHER = Direction("higher is tighter", _higher)
LOWER = Direction("lower is tighter", _lower)
TRUE = Direction("on is tighter", _is_true)
FALSE = Direction("off is tighter", _is_false)
SUPERSET = Direction("a list may only grow", _superset)
SET_ONCE = Direction("may be set where the hub has none, never changed or removed", _set_once)
KEPT = Direction("may be updated, never emptied", _kept)
APPROVAL = Direction("none < post-review < pre-review < templates only", _ordered(tuple(ApprovalMode)))
STORAGE = Direction("any < audit trail < WORM", _ordered((StorageMode.ANY, StorageMode.AUDIT_TRAIL, StorageMode.WORM)))
LABOUR = Direction(
    "not applicable < not reviewed < in review < reviewed",
    _ordered((LabourReview.NOT_APPLICABLE, LabourReview.NOT_REVIEWED, LabourReview.IN_REVIEW, LabourReview.REVIEWED)),
)
PLACEMENT = Direction("behind a link < layered < in the same message < inline", _ordered(_PLACEMENT))
DISCLOSURES = Direction("every hub disclosure kept, placed inline rather than behind a link", _disclosures)
CONTACTS = Direction("every hub contact kept; each may only be reached faster", _contacts)
EARLIER_FILING = Direction("more days before first use is tighter", _any_number)
LATER_FILING_CAP = Direction("fewer days after first use is tighter", _lower)
CAPPED = Direction("lower is tighter, as the regime caps it", _lower)

#: (model, field) -> direction. Fields of lockable items not listed here may not change on a
#: locked item (a clause's wording, examples and exceptions among them: they say what the
#: clause means). ``locked`` itself may only go from off to on.
TIGHTER: dict[tuple[type[BaseModel], str], Direction] = {
    # every lockable item
    **{
        (cls, "locked"): TRUE
        for cls in (
            m.Channel,
            m.ContentRule,
            m.Clause,
            m.AppliedPreset,
            m.RecordClass,
            m.SeverityLevel,
            m.DecisionTable,
            m.DecisionTree,
            m.PersonalDisclosure,
        )
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
    # conduct clauses: wider audience, more review (the wording, examples and exceptions say what
    # the clause means: no direction)
    (m.Clause, "audiences"): SUPERSET,
    (m.Clause, "labour_review"): LABOUR,
    # disclosures on people's own posts: in the post, not buried, placed nearer the words (the
    # token, its short form and whom it binds, where none means everyone, say what it is: no
    # direction); decision tables and trees decide: no field of a locked one has a direction
    (m.PersonalDisclosure, "placement"): PLACEMENT,
    (m.PersonalDisclosure, "in_post_not_only_bio"): TRUE,
    (m.PersonalDisclosure, "not_buried"): TRUE,
    # applied presets: no exceptions where the hub allows none; parameters, field by field, in
    # the direction the preset's data gives (a floor or a cap, see _parameter_floor); these are
    # the directions of a preset code Charter does not know
    (m.AppliedPreset, "spoke_exceptions"): FALSE,
    (m.PresetParameters, "retention_years"): HIGHER,
    (m.PresetParameters, "accessible_years"): HIGHER,
    (m.PresetParameters, "approval"): APPROVAL,
    (m.PresetParameters, "filing_days"): LOWER,
    # records: keep longer, keep accessible longer, stricter storage
    (m.RecordClass, "retention_years"): HIGHER,
    (m.RecordClass, "accessible_years"): HIGHER,
    (m.RecordClass, "storage_mode"): STORAGE,
    # crisis: more triggers, more contacts (each reached at least as fast), a more severe level
    (m.SeverityLevel, "triggers"): SUPERSET,
    (m.SeverityLevel, "contacts"): CONTACTS,
    (m.SeverityLevel, "level"): LOWER,
    (m.EscalationContact, "backup"): SET_ONCE,
    (m.EscalationContact, "acknowledge_minutes"): LOWER,
}

#: Fields that no longer matter once the item is tightened in another way: a sampling rate of
#: post-review is moot when every item is reviewed before use.
MOOT: dict[tuple[type[BaseModel], str], Callable[[Any], bool]] = {
    (m.ContentRule, "sampling_rate"): lambda rule: rule.approval in APPROVED_BEFORE,
}

#: Nested models compared field by field inside a locked item (rather than as one value).
NESTED: dict[tuple[type[BaseModel], str], type[BaseModel]] = {(m.AppliedPreset, "parameters"): m.PresetParameters}

#: Lists of keyed items inside a locked item compared item by item, field by field (a faster
#: acknowledgement of one escalation contact is a tightening of that contact).
NESTED_LISTS: dict[tuple[type[BaseModel], str], type[BaseModel]] = {
    (m.SeverityLevel, "contacts"): m.EscalationContact,
}

#: Items a locked item names (by reference) are part of what the lock protects: the fields
#: listed here cannot change (None) or change only one way; other fields are free. Only items
#: that cannot be locked themselves are listed (a channel a locked rule names can be locked).
REFERENCED: dict[type[BaseModel], dict[str, Direction | None]] = {
    m.Person: {"name": None, "title": None, "qualification": None, "roles": SUPERSET, "email": KEPT, "phone": KEPT},
    m.TrainingModule: {
        "title": None,
        "roles": SUPERSET,
        "required_for_access": TRUE,
        "pass_mark": HIGHER,
        "cadence_months": LOWER,
        "validity_months": LOWER,
    },
    # what the organisation's own registers define: a locked rule for an audience, a locked
    # channel's gate, a role a locked level calls, mean what the hub says they are
    m.OrgRole: {"name": None, "description": None, "holders": None, "email": KEPT, "phone": KEPT},
    m.AudienceDefinition: {"name": None, "counts_as": None, "description": None},
    m.ContentClassDefinition: {"name": None, "counts_as": None, "description": None},
    m.Gate: {"title": None, "description": None},
}


def _protected_kinds() -> dict[str, tuple[tuple[str, ...], type[BaseModel]]]:
    """Reference kind -> (list parts, item model) of the items :data:`REFERENCED` protects."""
    out: dict[str, tuple[tuple[str, ...], type[BaseModel]]] = {}
    for kind, (section, attribute, _) in REFERENCE_KINDS.items():
        owner = unwrap(m.Playbook.model_fields[section].annotation).inner
        cls = unwrap(owner.model_fields[attribute].annotation).inner
        if cls in REFERENCED:
            out[kind] = ((section, attribute), cls)
    return out


#: Reference kind -> (list parts, item model) of the items :data:`REFERENCED` protects.
PROTECTED_KINDS = _protected_kinds()


def direction_of(
    cls: type[BaseModel], field: str, preset: str | None = None, filing_deadline: Any = None
) -> Direction | None:
    """The direction of ``cls.field`` the lock decision follows, or None when it has none.

    A preset parameter's direction comes from the preset's data (``preset``: its code): a floor
    or a cap, a filing deadline before first use (more days is tighter) or after it (fewer)."""
    if cls is m.PresetParameters and preset:
        return _parameter_floor(get_preset(preset), field, None, None, filing_deadline)[2]
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


def judge(
    cls: type[BaseModel], field: str, hub: Any, new: Any, preset: str | None = None, filing_deadline: Any = None
) -> str:
    """Whether changing ``cls.field`` from ``hub`` to ``new`` (model values) is a
    :data:`TIGHTENING` (strictly tighter in the declared direction), a :data:`LOOSENING` (not
    as tight) or :data:`NEUTRAL` (no declared direction, or no movement). ``preset`` names the
    applied preset of a ``PresetParameters`` field (whose empty value is the preset's own, and
    whose direction its data gives); ``filing_deadline`` the hub's ``filing_deadline`` of it."""
    if cls is m.PresetParameters:
        catalogue = get_preset(preset) if preset else None
        hub, new, direction, _ = _parameter_floor(catalogue, field, hub, new, filing_deadline)
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
    if isinstance(value, BaseModel):
        return "set"
    if isinstance(value, list):
        return "no items" if not value else f"{len(value)} item{'s' if len(value) != 1 else ''}"
    if value is None:
        return "not stated"
    return names.show(value, at, limit=80)


def _parameter_floor(
    preset: RegulatoryPreset | None, name: str, hub: Any, new: Any, filing_deadline: Any = None
) -> tuple[Any, Any, Direction | None, str]:
    """(the hub's value, the spoke's value, the direction, a note) of a preset parameter.

    The direction comes from the preset's data (:func:`playbooks.presets.parameter_bound`): a
    floor (a minimum retention, an approval) or a cap (privacy law's maximum retention, a
    deadline after first use); None where the data cannot tell (a filing deadline of a preset
    with rules before and after first use, when the hub does not say which it counts:
    ``filing_deadline``). An empty parameter means the preset's own value: that is the floor a
    spoke may not go below, and what an emptied parameter falls back to."""
    deadline = None if filing_deadline is None else str(getattr(filing_deadline, "value", filing_deadline))
    bound = parameter_bound(preset, name, deadline)
    direction = _PARAMETER_DIRECTIONS.get((name, bound))
    if preset is None:
        return hub, new, direction, ""
    own = preset.own_parameter(name, deadline)
    note = ""
    if hub is None and own is not None:
        hub, note = own, " (the preset's own value; the hub leaves the parameter empty)"
    if new is None and own is not None:
        new = own
    return hub, new, direction, note


_PARAMETER_DIRECTIONS: dict[tuple[str, str | None], Direction] = {
    ("retention_years", FLOOR): HIGHER,
    ("retention_years", CAP): CAPPED,
    ("accessible_years", FLOOR): HIGHER,
    ("accessible_years", CAP): CAPPED,
    ("approval", FLOOR): APPROVAL,
    ("filing_days", FLOOR): EARLIER_FILING,
    ("filing_days", CAP): LATER_FILING_CAP,
}


@dataclass(frozen=True)
class _Voice:
    """Who moved the value and in what words: the spoke against its hub, or the hub file now
    against what the spoke recorded when it was tailored. Items and fields are in words
    (:func:`lock_words`)."""

    hub_now: str = ""  # the hub file, when the hub moved (empty: a spoke's change)
    named_by: str = ""  # the locked item that names a referenced item

    def locked(self, item: str) -> str:
        if self.named_by:
            return f"The hub locks {self.named_by}, which names {item}"
        return f"The hub locks {item}"

    def no_direction(self, item: str, field: str, was: str, now: str) -> str:
        if self.hub_now:
            return (
                f"{self.hub_now} changes {field} of {item}, which the hub locked when this spoke was tailored; the "
                f"field has no tighter direction (then: {was}, now: {now})"
            )
        if self.named_by:
            return (
                f"{self.locked(item)}: a spoke may not change its {field} (hub: {was}, spoke: {now}), which says "
                "who or what the locked item relies on; ask the hub to change it"
            )
        return f"{hub_only(item, field)} (hub: {was}, spoke: {now}); {ASK_THE_HUB}"

    def loosened(self, item: str, field: str, direction: Direction, was: str, now: str) -> str:
        if self.hub_now:
            return (
                f"{self.hub_now} loosens {field} of {item}, which the hub locked when this spoke was tailored "
                f"({direction.wording}): from {was} to {now}"
            )
        if self.named_by:
            return (
                f"{self.locked(item)}: its {field} {direction.wording}, but this spoke changes it from {was} to {now}"
            )
        return f"{tighten_only(item, field, direction)}; this spoke loosens it from {was} to {now}"

    def dropped(self, item: str, field: str, direction: Direction, what: str) -> str:
        if self.hub_now:
            return (
                f"{self.hub_now} removes {what} from {item}, which the hub locked when this spoke was tailored "
                f"({direction.wording})"
            )
        return f"{tighten_only(item, field, direction)}; this spoke removes {what}"

    def removed(self, item: str) -> str:
        if self.hub_now:
            return f"{self.hub_now} no longer has {item}, which the hub locked when this spoke was tailored"
        if self.named_by:
            return f"{self.locked(item)}: what a locked item names may not be removed"
        return never_removed(item)


_SPOKE = _Voice()


def _compare_item(
    cls: type[BaseModel],
    hub: BaseModel,
    new: BaseModel,
    path: str,
    item: Address,
    address: Address,
    names: Names | None,
    preset: RegulatoryPreset | None = None,
    voice: _Voice = _SPOKE,
    fields: dict[str, Direction | None] | None = None,
    filing_deadline: Any = None,
) -> Iterator[Weakening]:
    """The fields of ``new`` that are looser than (or, without a direction, not equal to) those
    of locked hub item ``hub`` (at keyed ``item``; ``address`` is where ``cls`` is: the item, or a
    section inside it such as a preset's parameters); ``fields`` limits the comparison to the
    fields named, with their directions (default: every field, directions from :data:`TIGHTER`)."""
    for name in cls.model_fields if fields is None else fields:
        old_value, new_value = getattr(hub, name), getattr(new, name)
        if old_value == new_value or same_content(old_value, new_value):
            continue
        nested = NESTED.get((cls, name))
        if nested is not None and isinstance(old_value, BaseModel) and isinstance(new_value, BaseModel):
            catalogue = get_preset(str(getattr(hub, "preset", ""))) if cls is m.AppliedPreset else None
            deadline = getattr(old_value, "filing_deadline", None)
            yield from _compare_item(
                nested,
                old_value,
                new_value,
                f"{path}.{name}",
                item,
                (*address, name),
                names,
                catalogue,
                voice,
                filing_deadline=deadline,
            )
            continue
        inner = NESTED_LISTS.get((cls, name))
        if inner is not None:
            yield from _compare_list(
                inner, old_value, new_value, f"{path}.{name}", item, (*address, name), names, voice
            )
            continue
        moot = MOOT.get((cls, name))
        if moot is not None and moot(new):
            continue
        note = ""
        if cls is m.PresetParameters:
            old_value, new_value, direction, note = _parameter_floor(
                preset, name, old_value, new_value, filing_deadline
            )
            if old_value == new_value:
                continue
        elif fields is not None:
            direction = fields[name]
        else:
            direction = direction_of(cls, name)
        at = (*address, name)
        looser = direction is None or not direction.compare(old_value, new_value)
        if not looser:
            continue
        if names is None:  # only whether it is looser (a direction over a whole list): no words needed
            yield Weakening(f"{path}.{name}", join(item), join(at[len(item) :]), "", at)
            continue
        item_words, field_words = lock_words(names, item, at[len(item) :])
        was, now = _show(names, old_value, at), _show(names, new_value, at)
        if direction is None:
            yield Weakening(
                f"{path}.{name}",
                item_words,
                field_words,
                voice.no_direction(item_words, field_words, was, now),
                at,
                NO_DIRECTION,
            )
        else:
            yield Weakening(
                f"{path}.{name}",
                item_words,
                field_words,
                voice.loosened(item_words, field_words, direction, f"{was}{note}", now),
                at,
                f"a locked item may only be tightened: {direction.wording}",
            )


def _keyed_pairs(cls: type[BaseModel], hub: Any, new: Any) -> Iterator[tuple[Any, Any]]:
    """(hub item, the same item in ``new`` or None) for each hub item of a keyed list."""
    field = key_field(cls)
    found = positions_of(new or [], cls)
    for old in hub or []:
        index = found.get(str(getattr(old, field))) if field else None
        yield old, (new[index] if index is not None else None)


def _compare_list(
    cls: type[BaseModel],
    hub: Any,
    new: Any,
    path: str,
    item: Address,
    address: Address,
    names: Names | None,
    voice: _Voice,
) -> Iterator[Weakening]:
    field = key_field(cls) or ""
    if names is None:  # only whether it is looser
        item_words, list_words = join(item), join(address[len(item) :])
    else:
        item_words, list_words = lock_words(names, item, address[len(item) :])
    for index, (old, now) in enumerate(_keyed_pairs(cls, hub, new)):
        key = str(getattr(old, field))
        at = (*address, Key(key))
        if now is None:
            what = (names.item(old) if names is not None else "") or key
            yield Weakening(
                f"{path}[{index}]",
                item_words,
                lock_words(names, item, at[len(item) :])[1] if names is not None else join(at[len(item) :]),
                voice.dropped(item_words, list_words, CONTACTS, what),
                at,
                f"a locked item may only be tightened: {CONTACTS.wording}",
            )
            continue
        yield from _compare_item(cls, old, now, f"{path}[{index}]", item, at, names, voice=voice)


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
    """Every locked hub item that the effective playbook removes or loosens, in hub order, then
    every item a locked item names whose protected fields it changes (:data:`REFERENCED`).

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
        keys = _keys_changed(changed, parts)
        if keys is False:
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
                out.append(Weakening(path, label, None, _SPOKE.removed(label), address, NOT_REMOVED))
                continue
            if new_items[found] is not item:
                out.extend(_compare_item(cls, item, new_items[found], path, address, address, names))
    out.extend(_referenced_weakenings(hub, effective, changed, positions, names))
    out.extend(_policy_wide_weakenings(hub, effective, names))
    if changed is None or any(
        ("regulatory", "exceptions")[: len(known)] == known and (value is None or known == ("regulatory", "exceptions"))
        for known, value in changed.items()
    ):
        out.extend(exception_weakenings(hub, effective))
    return out


#: Policy-wide values that locked items follow where they set none of their own: (the section,
#: its field, the list of the items that follow it, the item's own field, or None where every
#: item follows it, the direction). A spoke moves such a value only as far as every locked item
#: that follows it may move: setting the policy-wide freshness to ten years loosens every locked
#: channel without a threshold of its own, as setting each one's would.
POLICY_WIDE: tuple[tuple[tuple[str, ...], str, tuple[str, ...], str | None, Direction], ...] = (
    (("channels",), "freshness_days", ("channels", "accounts"), "freshness_days", LOWER),
    (("channels",), "new_features_off", ("channels", "accounts"), None, TRUE),
)


def _section(playbook: BaseModel, parts: tuple[str, ...]) -> Any:
    node: Any = playbook
    for part in parts:
        node = getattr(node, part)
    return node


def _policy_wide_weakenings(hub: m.Playbook, effective: m.Playbook, names: Names) -> list[Weakening]:
    """The policy-wide values of :data:`POLICY_WIDE` a spoke loosens under a locked item that follows them."""
    out: list[Weakening] = []
    for parts, name, item_parts, own, direction in POLICY_WIDE:
        was, now = getattr(_section(hub, parts), name), getattr(_section(effective, parts), name)
        if was == now or direction.compare(was, now):
            continue
        cls = LOCKABLE_LISTS[item_parts]
        field = key_field(cls) or "id"
        positions = positions_of(_get(effective, item_parts), cls)
        new_items = _get(effective, item_parts)
        for item in _get(hub, item_parts):
            if not item.locked:
                continue
            key = str(getattr(item, field))
            found = positions.get(key)
            if own is not None and found is not None and getattr(new_items[found], own) is not None:
                continue  # the item keeps a value of its own: the policy-wide one no longer applies to it
            address: Address = (*parts, name)
            label = lock_words(names, (*item_parts, Key(key)))[0]
            setting = SEPARATOR.join(names.words(address))
            out.append(
                Weakening(
                    ".".join((*parts, name)),
                    label,
                    name,
                    f"The hub locks {label}, which follows {setting} ({direction.wording}); this spoke loosens it "
                    f"from {_show(names, was, address)} to {_show(names, now, address)}",
                    address,
                    direction.wording,
                )
            )
            break  # one line for the setting, naming the first locked item that follows it
    return out


def _keys_changed(changed: dict[tuple[str, ...], set[str] | None] | None, parts: tuple[str, ...]) -> Any:
    """The keys of the list at ``parts`` that may differ: a set, None (any of them), or False
    (none: the list is as the hub's)."""
    if changed is None:
        return None
    if any(parts[: len(known)] == known and value is None for known, value in changed.items()):
        return None
    if parts in changed:
        return changed[parts]
    return False


def locked_item_at(hub: m.Playbook, address: Address) -> str | None:
    """The label of the locked hub item at or above the keyed ``address`` (``content.rules[cr-x]``),
    or None when nothing on the way is locked (or the hub has no such item)."""
    node: Any = hub
    cls: Any = type(hub)
    for i, part in enumerate(address):
        if isinstance(part, Key):
            if not isinstance(node, list) or not is_model(cls):
                return None
            index = find_key(node, cls, part.value)
            if index is None:
                return None
            node = node[index]
            if getattr(node, "locked", False):
                return join(address[: i + 1])
            continue
        if not is_model(cls) or part not in cls.model_fields:
            return None
        node = getattr(node, part, None)
        cls = unwrap(cls.model_fields[part].annotation).inner
    return None


def referenced_by_locks(hub: m.Playbook) -> dict[tuple[str, str], str]:
    """(reference kind, id) -> the keyed address of the first locked item that names it, for the
    kinds :data:`REFERENCED` protects (people, training modules, and the roles, audiences,
    content classes and gates of the organisation's own registers)."""
    out: dict[tuple[str, str], str] = {}
    for parts, cls in LOCKABLE_LISTS.items():
        field = key_field(cls) or "id"
        for item in _get(hub, parts):
            if not item.locked:
                continue
            label = join((*parts, Key(str(getattr(item, field)))))
            for _, kind, value in iter_references(item):
                # a party may be a person or a role: the list that has the id is protected (the
                # others do not find it)
                for member in kinds_within(kind):
                    if member in PROTECTED_KINDS:
                        out.setdefault((member, value), label)
    return out


def _referenced_weakenings(
    hub: m.Playbook,
    effective: m.Playbook,
    changed: dict[tuple[str, ...], set[str] | None] | None,
    positions: Callable[[tuple[str, ...], Any], dict[str, int]] | None,
    names: Names,
) -> list[Weakening]:
    lists = {kind: spot for kind, spot in PROTECTED_KINDS.items()}
    touched = {
        kind: keys
        for kind, (parts, _) in lists.items()
        if _get(hub, parts) is not _get(effective, parts) and (keys := _keys_changed(changed, parts)) is not False
    }
    if not touched:
        return []
    out: list[Weakening] = []
    for (kind, value), locker in referenced_by_locks(hub).items():
        if kind not in touched or (touched[kind] is not None and value not in touched[kind]):
            continue
        parts, cls = lists[kind]
        hub_items, new_items = _get(hub, parts), _get(effective, parts)
        index = shared_positions(hub_items, cls).get(value)
        if index is None:
            continue  # a reference the hub itself leaves broken: not the spoke's doing
        new_positions = positions(parts, cls) if positions is not None else positions_of(new_items, cls)
        found = new_positions.get(value)
        address: Address = (*parts, Key(value))
        label = lock_words(names, address)[0]
        voice = _Voice(named_by=lock_words(names, parse_address(locker))[0])
        if found is None:
            out.append(
                Weakening(
                    f"{'.'.join(parts)}[{index}]",
                    label,
                    None,
                    voice.removed(label),
                    address,
                    "what a locked item names is part of the lock: it may not be removed",
                )
            )
        elif new_items[found] is not hub_items[index]:
            out.extend(
                _compare_item(
                    cls,
                    hub_items[index],
                    new_items[found],
                    f"{'.'.join(parts)}[{index}]",
                    address,
                    address,
                    names,
                    voice=voice,
                    fields=REFERENCED[cls],
                )
            )
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


# ---------------------------------------------------------------- the hub's locks, recorded


#: The key of a record entry that holds the digest of the fields with no direction.
FIXED = "fixed"


#: Marks a section compared field by field (an applied preset's parameters) in :func:`_directions`.
_BY_FIELD = Direction("field by field", lambda hub, new: True)


def _directions(cls: type[BaseModel], referenced: bool) -> dict[str, Direction | None]:
    """Every field of a protected item with its direction (None: none, it may not change)."""
    if referenced:
        return dict(REFERENCED[cls])
    return {name: _BY_FIELD if (cls, name) in NESTED else direction_of(cls, name) for name in cls.model_fields}


def _digest(value: Any) -> str:
    return hashlib.sha256(_canonical(value).encode("utf-8")).hexdigest()[:12]


def _entry(cls: type[BaseModel], item: BaseModel, referenced: bool) -> dict[str, Any]:
    """What a spoke records of one protected hub item: the digest of its fields with no
    direction, and the value of each field with one (left out where it is the field's default,
    which is what :func:`_recorded_item` puts back)."""
    directions = _directions(cls, referenced)
    values: dict[str, Any] = {}
    for name, direction in directions.items():
        value = getattr(item, name)
        if name == "locked" or direction is None:
            continue  # every entry of a lockable item is of a locked one; the rest is in the digest
        plain = to_jsonable_python(value)
        if direction is _BY_FIELD:
            plain = {k: v for k, v in plain.items() if v is not None}
            if plain:
                values[name] = plain
        elif value != cls.model_fields[name].get_default(call_default_factory=True):
            values[name] = plain
    return {FIXED: _fixed_digest(cls, item, directions), **values}


def _fixed_digest(cls: type[BaseModel], item: BaseModel, directions: dict[str, Direction | None]) -> str:
    """The digest of the fields of ``item`` with no direction (what may only change in the hub).

    A field added since schema 1 that says nothing is left out, so a spoke tailored before the
    field existed still matches its hub."""
    fixed = {}
    for name, direction in directions.items():
        if direction is not None or name == "locked":
            continue
        value = getattr(item, name)
        if not (empty(value) and added_in(cls.model_fields[name]) > 1):
            fixed[name] = value
    return _digest(fixed)


#: Lists with more locked (or named) items than this are recorded as one digest (``content.rules[*]``),
#: as the hub's item digests are, so that a spoke of a very large hub stays a small file.
DIGEST_ITEMS_MAX = 500


def _protected(hub: m.Playbook) -> dict[tuple[str, ...], list[tuple[type[BaseModel], BaseModel, bool]]]:
    """The hub's protected items by list: (model, item, whether it is named by a locked item)."""
    out: dict[tuple[str, ...], list[tuple[type[BaseModel], BaseModel, bool]]] = {}
    for parts, cls in LOCKABLE_LISTS.items():
        locked = [(cls, item, False) for item in _get(hub, parts) if item.locked]
        if locked:
            out[parts] = locked
    for (kind, value), _ in referenced_by_locks(hub).items():
        parts, cls = PROTECTED_KINDS[kind]
        items = _get(hub, parts)
        index = shared_positions(items, cls).get(value)
        if index is not None:
            out.setdefault(parts, []).append((cls, items[index], True))
    return out


def _whole_list(entries: list[tuple[type[BaseModel], BaseModel, bool]]) -> dict[str, Any]:
    """One entry for a list of many protected items: the digest of all of them (keys included)."""
    return {FIXED: _digest([item.model_dump(mode="json", exclude=silent_additions(item)) for _, item, _ in entries])}


def lock_record(hub: m.Playbook) -> dict[str, dict[str, Any]]:
    """The hub's locked items, and the items they name, as a spoke records them when tailored:
    keyed address -> :func:`_entry`, in address order; a list of more than
    :data:`DIGEST_ITEMS_MAX` of them -> one entry, ``content.rules[*]``."""
    out: dict[str, dict[str, Any]] = {}
    for parts, entries in _protected(hub).items():
        if len(entries) > DIGEST_ITEMS_MAX:
            out[f"{'.'.join(parts)}[*]"] = _whole_list(entries)
            continue
        for cls, item, referenced in entries:
            key = str(getattr(item, key_field(cls) or "id"))
            out.setdefault(join((*parts, Key(key))), _entry(cls, item, referenced))
    return dict(sorted(out.items()))


def _recorded_item(
    cls: type[BaseModel], current: BaseModel, values: dict[str, Any], directions: dict[str, Direction | None]
) -> BaseModel:
    """The item as recorded: ``current`` with the recorded value of each of its directed fields
    (the field's default where the record leaves it out); the fields with no direction are
    compared by digest."""
    unknown = [name for name in values if directions.get(name) is None or name == "locked"]
    if unknown:
        raise ValueError(f"'{unknown[0]}' is not a field with a direction")
    data = current.model_dump(mode="json")
    for name, direction in directions.items():
        if direction is None or name == "locked":
            continue
        if name in values:
            data[name] = values[name]
        elif direction is _BY_FIELD:
            data[name] = {}
        else:
            data[name] = to_jsonable_python(cls.model_fields[name].get_default(call_default_factory=True))
    return cls.model_validate(data)


def record_weakenings(
    record: dict[str, dict[str, Any]], hub: m.Playbook, hub_name: str, now: dict[str, dict[str, Any]] | None = None
) -> list[Weakening]:
    """The locks of ``record`` (:func:`lock_record` of the hub when the spoke was tailored) that
    ``hub`` (the hub file ``hub_name`` as it is now) removes, unlocks or loosens, and the items
    they name whose protected fields it changes. Entries equal to the hub's own record now are
    skipped (the common case costs a dictionary comparison); ``now`` is :func:`lock_record` of
    ``hub``, if the caller has it."""
    if not record:
        return []
    now = lock_record(hub) if now is None else now
    names = Names(hub)
    out: list[Weakening] = []
    protected: dict[tuple[str, ...], list[tuple[type[BaseModel], BaseModel, bool]]] | None = None
    for name, entry in record.items():
        if now.get(name) == entry:
            continue
        if name.endswith("[*]"):
            parts = tuple(name[:-3].split("."))
            protected = _protected(hub) if protected is None else protected
            if _whole_list(protected.get(parts, [])) != {FIXED: entry.get(FIXED)}:
                out.append(
                    Weakening(
                        name[:-3],
                        name,
                        None,
                        f"{hub_name} changes the locked items of {name[:-3]} (more than {DIGEST_ITEMS_MAX}, recorded "
                        "as one digest, so a loosened one cannot be told from a tightened one) since this spoke was "
                        "tailored",
                        tuple(parts),
                        NO_DIRECTION,
                    )
                )
            continue
        try:
            address = parse_address(name)
            parts = tuple(p for p in address[:-1] if isinstance(p, str))
            key = address[-1]
            if not isinstance(key, Key) or len(parts) != 2:
                raise ValueError("not an item")
            cls = LOCKABLE_LISTS.get(parts) or next(c for (p, c) in PROTECTED_KINDS.values() if p == parts)
        except (ValueError, StopIteration):
            out.append(
                Weakening("spoke.hub_locks", name, None, f"'{name}' in hub_locks names no lockable or protected item "
                          "(hub_locks is written by Charter; 'charter rebase' writes it again)", (), NO_DIRECTION)
            )  # fmt: skip
            continue
        referenced = not issubclass(cls, m.Lockable)
        items = _get(hub, parts)
        index = find_key(items, cls, key.value)
        label = lock_words(names, address)[0] if index is not None else name
        voice = _Voice(hub_now=hub_name)
        if index is None:
            out.append(Weakening(name, label, None, voice.removed(label), address, "a locked item may not be removed"))
            continue
        current = items[index]
        path = f"{'.'.join(parts)}[{index}]"
        directions = _directions(cls, referenced)
        if not referenced and not current.locked:
            out.append(
                Weakening(
                    f"{path}.locked",
                    label,
                    "locked",
                    voice.loosened(label, "Locked in spokes", TRUE, "on", "off"),
                    (*address, "locked"),
                    "a locked item stays locked",
                )
            )
            continue
        if _fixed_digest(cls, current, directions) != entry.get(FIXED):
            if referenced:
                fixed_fields = " or ".join(n for n, d in directions.items() if d is None)
                what = f"the {fixed_fields} of {label}, which an item the hub locked names (part of what the lock protects)"
            else:
                what = f"{label}, which the hub locked, in a field with no tighter direction (its wording or the like)"
            out.append(
                Weakening(
                    path, label, None, f"{hub_name} changes {what} since this spoke was tailored", address, NO_DIRECTION
                )
            )
        values = {k: v for k, v in entry.items() if k != FIXED}
        try:
            before = _recorded_item(cls, current, values, directions)
        except (ValidationError, ValueError, TypeError):
            out.append(
                Weakening("spoke.hub_locks", label, None, f"the record of {label} in hub_locks is not one Charter "
                          "wrote; 'charter rebase' writes it again", address, NO_DIRECTION)
            )  # fmt: skip
            continue
        fields = REFERENCED[cls] if referenced else None
        out.extend(_compare_item(cls, before, current, path, address, address, names, voice=voice, fields=fields))
    return out
