"""Differences of a spoke from its hub (with provenance), and drift of the hub underneath it.

Both work on a :class:`~playbooks.tailoring.resolve.Resolution`; the CLI ``diff`` command and
the editor's "differences from hub" view call them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel
from pydantic_core import to_jsonable_python

from playbooks.format import model as m
from playbooks.format.fields import is_model, unwrap
from playbooks.format.identity import free_text_key, item_key, key_field, nfc
from playbooks.format.model import Playbook
from playbooks.format.paths import Address, Key, join
from playbooks.tailoring.locks import NEUTRAL, judge
from playbooks.tailoring.resolve import (
    ChangeRef,
    Drift,
    Resolution,
    hub_movement,
    model_value_at,
)


@dataclass(frozen=True)
class Difference:
    """One way the effective playbook differs from the hub.

    ``kind`` is "added", "removed" or "changed"; ``address`` the keyed path
    (``channels.accounts[c-li].response_sla_hours``); ``path`` the index path in the effective
    playbook (in the hub, for removals); ``change`` the spoke change responsible (None only for
    the spoke's own sign-offs); ``locked`` whether the hub item concerned is locked.
    ``verdict``: "tightening" (tighter in the field's declared direction), "loosening" (looser,
    of an item the hub does not lock: allowed), "refused" (loosens a locked item:
    ``SPOKE-LOCKED-WEAKENED``) or "neutral" (no direction: a wording, a new local item).
    """

    kind: str
    address: str
    path: str | None
    hub_value: Any
    value: Any
    change: ChangeRef | None
    locked: bool = False
    verdict: str = NEUTRAL

    def as_dict(self) -> dict[str, Any]:
        """Plain data for JSON output."""
        return {
            "kind": self.kind,
            "address": self.address,
            "path": self.path,
            "hub_value": self.hub_value,
            "value": self.value,
            "locked": self.locked,
            "verdict": self.verdict,
            "change": _ref_dict(self.change),
        }


def _ref_dict(ref: ChangeRef | None) -> dict[str, Any] | None:
    if ref is None:
        return None
    return {
        "file": ref.file,
        "index": ref.index,
        "change": ref.label,
        "rationale": ref.rationale,
        "approver": ref.approver,
        "expires": ref.expires.isoformat() if ref.expires else None,
        "line": ref.line,
    }


#: One raw difference: kind, keyed address, hub value, new value (models), locked, verdict.
_Raw = tuple[str, Address, Any, Any, bool, str]


def _walk(
    hub: Any, new: Any, cls: Any, address: Address, locked: bool, out: list[_Raw], owner: type[BaseModel] | None = None
) -> None:
    """Compare hub and effective models; sub-models the two share (untouched by the spoke) are
    skipped by identity, so a large hub costs only what the spoke changed. ``owner`` is the
    model whose field ``address`` ends in (for the field's declared direction)."""
    if hub is new:
        return
    if is_model(cls) and isinstance(hub, BaseModel) and isinstance(new, BaseModel):
        for name, info in cls.model_fields.items():
            inner, is_list, _ = unwrap(info.annotation)
            kind = (inner, "list") if is_list else inner
            _walk(getattr(hub, name), getattr(new, name), kind, (*address, name), locked, out, cls)
        return
    if isinstance(cls, tuple) and isinstance(hub, list) and isinstance(new, list):
        inner = cls[0]
        if is_model(inner) and key_field(inner) is not None:
            # the same words in NFC and NFD are the same item (keys restricted to ASCII need no work)
            normal = free_text_key(inner)
            hub_keys = {nfc(k) if normal else k: i for i in hub for k in (item_key(i, inner),)}
            new_keys = {nfc(k) if normal else k: i for i in new for k in (item_key(i, inner),)}
            for key, item in hub_keys.items():
                item_locked = bool(getattr(item, "locked", False))
                if key not in new_keys:
                    out.append(("removed", (*address, Key(str(key))), item, None, item_locked, NEUTRAL))
                else:
                    _walk(item, new_keys[key], inner, (*address, Key(str(key))), item_locked, out)
            for key, item in new_keys.items():
                if key not in hub_keys:
                    out.append(("added", (*address, Key(str(key))), None, item, False, NEUTRAL))
            return
        if not is_model(inner):
            # a list of values (territories, audiences): one difference per value added or removed,
            # judged as a change of the whole list (adding to a list that may only grow tightens it)
            verdict = _verdict(owner, address, hub, new)
            old_values, new_values = to_jsonable_python(hub), to_jsonable_python(new)
            out.extend(
                ("removed", (*address, Key(str(v))), v, None, locked, verdict)
                for v in old_values
                if v not in new_values
            )
            out.extend(
                ("added", (*address, Key(str(v))), None, v, locked, verdict) for v in new_values if v not in old_values
            )
            if [v for v in old_values if v in new_values] == [v for v in new_values if v in old_values]:
                return
    if hub == new:
        return
    out.append(("changed", address, hub, new, locked, _verdict(owner, address, hub, new)))


def _verdict(owner: type[BaseModel] | None, address: Address, hub: Any, new: Any) -> str:
    if owner is None or not address or not isinstance(address[-1], str):
        return NEUTRAL
    # the applied preset a parameter belongs to: regulatory.presets[CODE].parameters.NAME
    preset = next((str(p.value) for p in reversed(address) if isinstance(p, Key)), None)
    return judge(owner, address[-1], hub, new, preset if owner is m.PresetParameters else None)


def differences(resolution: Resolution) -> list[Difference]:
    """Every difference of the effective playbook from its hub, in document order, each with the
    spoke change that made it (its rationale, approver and expiry) and whether it tightens,
    loosens, or loosens a locked item and is refused."""
    if resolution.hub is None or resolution.effective is None:
        return []
    raw: list[_Raw] = []
    _walk(resolution.hub, resolution.effective, Playbook, (), False, raw)
    refused = [w.address for w in resolution.weakened if w.address]  # found once, when resolved
    out: list[Difference] = []
    for kind, address, old, new, locked, verdict in raw:
        if kind == "removed":
            ref = resolution.removed.get(address) or resolution.origin(address).change
            path = model_value_at(resolution.hub, address)[1]
        else:
            ref = resolution.origin(address).change
            path = model_value_at(resolution.effective, address)[1]
        if any(address[: len(w)] == w or w[: len(address)] == address for w in refused):
            verdict = REFUSED
        old, new = to_jsonable_python(old), to_jsonable_python(new)
        out.append(Difference(kind, join(address), path, old, new, ref, locked, verdict))
    return out


#: The verdict of a difference that loosens a locked item.
REFUSED = "refused"


@dataclass(frozen=True)
class DriftReport:
    """What moved in the hub since the spoke was tailored.

    ``changed`` is False when the hub's fingerprint (or, lacking it, version) is what the spoke
    recorded. ``values``: fields the spoke itself changes whose hub value moved (exact old and
    new values, from the spoke's ``hub_values``). ``items``: other hub items changed, added or
    removed (from the recorded item digests; empty when the spoke recorded none).
    """

    hub_file: str
    tailored_version: str | None
    current_version: str
    changed: bool
    values: list[Drift]
    items: list[Drift]

    def as_dict(self) -> dict[str, Any]:
        """Plain data for JSON output."""

        def drift(d: Drift) -> dict[str, Any]:
            return {
                "kind": d.kind,
                "address": d.address,
                "path": d.path,
                "tailored_against": d.tailored_against,
                "hub_now": d.hub_now,
                "spoke_value": d.spoke_value,
                "change": _ref_dict(d.change),
            }

        return {
            "hub": self.hub_file,
            "tailored_against_version": self.tailored_version,
            "hub_version_now": self.current_version,
            "hub_changed": self.changed,
            "values": [drift(d) for d in self.values],
            "items": [drift(d) for d in self.items],
        }


def drifted(resolution: Resolution) -> DriftReport | None:
    """What changed in the hub since the spoke's recorded hub version (None if the hub is unusable).

    Decided from everything the spoke recorded (fingerprint, version, hub values, item digests):
    see :func:`~playbooks.tailoring.resolve.hub_movement`."""
    hub = resolution.hub
    if hub is None:
        return None
    header = resolution.spoke.spoke
    movement = hub_movement(resolution.spoke, hub, file=resolution.file, lines=resolution.lines)
    return DriftReport(
        resolution.hub_file,
        header.hub_version,
        hub.document.version,
        movement.moved,
        movement.values,
        movement.items,
    )


# ---------------------------------------------------------------- text


def _short(value: Any, limit: int = 80) -> str:
    if isinstance(value, dict):
        key = value.get("id") or value.get("preset") or value.get("name") or value.get("title")
        text = f"{{{key}}}" if key else "{...}"
    elif isinstance(value, list):
        text = "[]" if not value else f"[{len(value)} item{'s' if len(value) != 1 else ''}]"
    elif value is None:
        text = "(none)"
    elif isinstance(value, float) and value.is_integer():
        text = str(int(value))
    elif isinstance(value, str):
        text = repr(value) if value else "''"
    else:
        text = str(value)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _why(ref: ChangeRef | None, address: str = "") -> str:
    if ref is None:
        if address.startswith("document.sign_offs"):
            return "the spoke's own sign-offs (the hub's sign-offs approve the hub's content, not the region's)"
        return "no spoke change recorded for it"
    who = f"changes[{ref.index}]" + (f", line {ref.line}" if ref.line else "")
    if ref.approver:
        who += f", approved by {ref.approver}"
    if ref.expires:
        who += f", expires {ref.expires.isoformat()}"
    return f"{who}: {' '.join(ref.rationale.split()) or '(no rationale)'}"


def format_differences(resolution: Resolution, items: list[Difference]) -> list[str]:
    """Human-readable lines: one per difference; below each run of differences made by one
    change, that change with its approver, expiry and rationale."""
    lines = [f"{resolution.file}: spoke '{resolution.spoke.spoke.region}' of {resolution.hub_file}"]
    if not items:
        lines.append("  no differences from the hub")
    marks = {"added": "+", "removed": "-", "changed": "~"}
    for i, d in enumerate(items):
        lock = _mark(d)
        if d.kind == "changed":
            what = f"{_short(d.hub_value)} -> {_short(d.value)}"
        elif d.kind == "added":
            what = _short(d.value)
        else:
            what = _short(d.hub_value)
        lines.append(f"{marks[d.kind]} {d.address}{lock}: {what}")
        following = items[i + 1] if i + 1 < len(items) else None
        if following is None or following.change != d.change or d.change is None:
            lines.append(f"    {_why(d.change, d.address)}")
    return lines


_VERDICT_WORDS = {
    "tightening": "tightens",
    "loosening": "loosens",
    REFUSED: "REFUSED: loosens a locked item",
}


def _mark(d: Difference) -> str:
    """`` [locked, tightens]``, `` [loosens]``, `` [locked, REFUSED: ...]``, `` [locked]``, or ''."""
    words = [w for w in ("locked" if d.locked else "", _VERDICT_WORDS.get(d.verdict, "")) if w]
    return f" [{', '.join(words)}]" if words else ""


def format_drift(resolution: Resolution, report: DriftReport) -> list[str]:
    """Human-readable lines of what moved in the hub since the spoke was tailored."""
    was = report.tailored_version or "(not recorded)"
    lines = [f"{resolution.file}: hub {report.hub_file}: tailored against version {was}, now {report.current_version}"]
    if not report.changed and not report.values:
        lines.append("  the hub has not changed since this spoke was tailored")
        return lines
    if report.values:
        lines.append("  fields this spoke changes that moved in the hub:")
        for d in report.values:
            lines.append(
                f"  ! {d.address}: hub was {_short(d.tailored_against)}, is now {_short(d.hub_now)}; "
                f"the spoke sets {_short(d.spoke_value)}"
            )
            if d.change:
                lines.append(f"      {_why(d.change)}")
    if report.items:
        lines.append("  other hub items:")
        marks = {"item-changed": "~", "item-added": "+", "item-removed": "-"}
        for d in report.items:
            many = " (one or more of its items)" if d.address.endswith("[*]") else ""
            lines.append(f"  {marks[d.kind]} {d.address}{many}")
    elif report.changed and not resolution.spoke.hub_items:
        lines.append("  (the spoke recorded no hub item digests, so other hub changes cannot be itemised)")
    elif report.changed and not report.values:
        lines.append("  the hub changed, but none of its items did (e.g. only sign-offs or version)")
    return lines
