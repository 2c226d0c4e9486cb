"""Differences of a spoke from its hub (with provenance), and drift of the hub underneath it.

Both work on a :class:`~playbooks.tailoring.resolve.Resolution`; the CLI ``diff`` command and
the editor's "differences from hub" view call them. The differences are those of comparing two
playbooks (:mod:`playbooks.format.differences`: items matched by key, so reordering a list is
no difference), each with the spoke change behind it, the lock and the verdict.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from playbooks.format import differences as shared
from playbooks.format import model as m
from playbooks.format.fields import is_model, unwrap
from playbooks.format.identity import find_key, free_text_key, key_field, shared_positions
from playbooks.format.model import Playbook
from playbooks.format.paths import Address, Key, join
from playbooks.tailoring.locks import NEUTRAL, judge
from playbooks.tailoring.resolve import (
    ChangeRef,
    Drift,
    Resolution,
    hub_movement,
)


@dataclass(frozen=True)
class Difference:
    """One way the effective playbook differs from the hub: a difference of the shared walk
    (``found``, see :class:`playbooks.format.differences.Difference`) with what tailoring knows
    of it.

    ``change`` is the spoke change responsible (None only for the spoke's own sign-offs);
    ``locked`` whether the hub item concerned is locked. ``verdict``: "tightening" (tighter in
    the field's declared direction), "loosening" (looser, of an item the hub does not lock:
    allowed), "refused" (loosens a locked item: ``SPOKE-LOCKED-WEAKENED``) or "neutral" (no
    direction: a wording, a new local item). An item added to or removed from a list is judged
    as a change of the whole list (adding to a list that may only grow tightens it).
    """

    found: shared.Difference
    change: ChangeRef | None
    locked: bool = False
    verdict: str = NEUTRAL

    @property
    def kind(self) -> str:
        """ "added", "removed" or "changed"."""
        return self.found.kind

    @property
    def keyed(self) -> Address:
        """The keyed address: ``("channels", "accounts", Key("c-li"), "response_sla_hours")``."""
        return self.found.address

    @property
    def address(self) -> str:
        """The keyed address as text: ``channels.accounts[c-li].response_sla_hours``."""
        return join(self.found.address)

    @property
    def path(self) -> str:
        """The index path in the effective playbook (in the hub, for removals)."""
        return self.found.path

    @property
    def place(self) -> tuple[str, ...]:
        """The place in words (see :meth:`playbooks.format.identity.Names.words`)."""
        return self.found.place

    @property
    def hub_value(self) -> Any:
        """The hub's value as plain data (None for an added item)."""
        return self.found.old

    @property
    def value(self) -> Any:
        """The region's value as plain data (None for a removed item)."""
        return self.found.new

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


class _Walk(shared.Walk):
    """The shared walk from the hub to the effective playbook, keeping tailoring's differences."""

    def __init__(self, resolution: Resolution, hub: Playbook, effective: Playbook) -> None:
        super().__init__(hub, effective)
        self.resolution = resolution
        self.hub = hub
        self.refused = [w.address for w in resolution.weakened if w.address]  # found once, when resolved
        self.diffs: list[Difference] = []

    def found(self, difference: shared.Difference, owner: type[BaseModel], before: Any, after: Any) -> None:
        address = difference.address
        if difference.kind == "removed":
            ref = self.resolution.removed.get(address) or self.resolution.origin(address).change
        else:
            ref = self.resolution.origin(address).change
        if any(address[: len(w)] == w or w[: len(address)] == address for w in self.refused):
            verdict = REFUSED
        else:
            verdict = _verdict(owner, address, before, after)
        self.diffs.append(Difference(difference, ref, _locked(self.hub, address), verdict))


def _verdict(owner: type[BaseModel], address: Address, before: Any, after: Any) -> str:
    """How the change of ``owner``'s field (the last field name of ``address``) from ``before``
    to ``after`` (model values) moves it."""
    field = next((p for p in reversed(address) if isinstance(p, str)), None)
    if field is None:
        return NEUTRAL
    # the applied preset a parameter belongs to: regulatory.presets[CODE].parameters.NAME
    preset = next((str(p.value) for p in reversed(address) if isinstance(p, Key)), None)
    return judge(owner, field, before, after, preset if owner is m.PresetParameters else None)


def _locked(hub: Playbook, address: Address) -> bool:
    """Whether the hub item the keyed ``address`` is in (its first keyed item) is locked."""
    node: Any = hub
    cls: Any = Playbook
    for part in address:
        if isinstance(part, Key):
            if not (is_model(cls) and key_field(cls) is not None and isinstance(node, list)):
                return False
            index = shared_positions(node, cls).get(part.value)
            if index is None and free_text_key(cls):
                index = find_key(node, cls, part.value)
            return index is not None and bool(getattr(node[index], "locked", False))
        if not is_model(cls) or part not in cls.model_fields:
            return False
        node = getattr(node, part, None)
        cls = unwrap(cls.model_fields[part].annotation).inner
    return False


def differences(resolution: Resolution) -> list[Difference]:
    """Every difference of the effective playbook from its hub, in document order of the
    effective playbook (items the region removed after the items it has), each with the spoke
    change that made it (its rationale, approver and expiry) and whether it tightens, loosens,
    or loosens a locked item and is refused."""
    if resolution.hub is None or resolution.effective is None:
        return []
    walk = _Walk(resolution, resolution.hub, resolution.effective)
    walk.run()
    return walk.diffs


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
        hub.document.version or "not set",
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
