"""Hub and spoke tailoring: spoke files, resolution, locks, differences and drift.

A spoke file (:mod:`.spoke`) names its hub and holds only changes; the effective playbook is
the hub with those changes applied (:mod:`.resolve`); locked hub items may only be tightened
(:mod:`.locks`); :mod:`.diff` lists how a spoke differs from its hub and what moved in the
hub since. Everything here works on plain models and files, never on Qt.

The editor's entry points:

* :func:`.reader.read_playbook`: any hub or spoke file, read once (what every feature that opens
  a file calls); :func:`.reader.spokes_of_hub`: the spokes of a hub in its folder;
* :func:`resolve_file` (files) / :func:`resolve_models` (models in memory) / :func:`tailor`:
  the effective playbook, findings and provenance;
* :func:`propose_change`: the decision on one change the regional manager makes (the new spoke,
  or a :class:`Refusal` with code, rule, field and reason); :func:`locked_field` before a field
  is offered for change at all, :func:`locked_item` before a hub item is offered for removal;
* :func:`apply_change` / :func:`revert_change`: one change more or less in a spoke;
* :func:`record_hub_values`: a change with the hub's current values recorded (for drift);
* :func:`differences` / :func:`drifted`: the "differences from hub" and "hub moved" views;
* :func:`start_spoke` / :func:`rebase`: a new spoke, and a spoke re-tailored to the current hub.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from pydantic import ValidationError

from playbooks.format import messages
from playbooks.format.model import Playbook
from playbooks.format.paths import Address, Key
from playbooks.io.storage import EXTENSION
from playbooks.tailoring.diff import Difference, DriftReport, differences, drifted, format_differences, format_drift
from playbooks.tailoring.locks import TIGHTER, Direction, Weakening, direction_of, weakenings
from playbooks.tailoring.propose import (
    NO_CHANGE,
    Accepted,
    Refusal,
    locked_field,
    locked_item,
    propose_change,
    regional_sign_off_refusal,
    same_target,
)
from playbooks.tailoring.resolve import (
    AnyChange,
    ChangeRef,
    Drift,
    LockCheck,
    Origin,
    Resolution,
    Tailoring,
    address_of,
    chain_errors,
    describe_level_error,
    fingerprint_once,
    hub_digests,
    hub_location,
    hub_lock_check,
    hub_lock_record,
    hub_places,
    hub_value_at,
    place_in_hub,
    record_hub_locks,
    record_hub_values,
    resolve_file,
    resolve_models,
    resolve_text,
    tailor,
    value_drifts,
)
from playbooks.tailoring.spoke import (
    CHAIN_BROKEN,
    CHANGE_EXPIRED,
    HUB_DRIFT,
    HUB_LOCKS_LOOSENED,
    HUB_MISSING,
    HUB_REPLACED,
    HUB_UNAPPROVED,
    HUB_UNRECORDED,
    LOCKED_WEAKENED,
    NO_RATIONALE,
    SPOKE_CODES,
    AddChange,
    ModifyChange,
    RemoveChange,
    SetChange,
    SpokeFile,
    SpokeHeader,
    dumps_spoke,
    is_spoke_data,
    load_spoke,
    save_spoke,
    spoke_from_text,
)

__all__ = [
    "CHAIN_BROKEN",
    "CHANGE_EXPIRED",
    "HUB_DRIFT",
    "HUB_LOCKS_LOOSENED",
    "HUB_MISSING",
    "HUB_REPLACED",
    "HUB_UNAPPROVED",
    "HUB_UNRECORDED",
    "LOCKED_WEAKENED",
    "NO_CHANGE",
    "NO_RATIONALE",
    "SPOKE_CODES",
    "TIGHTER",
    "Accepted",
    "AddChange",
    "Address",
    "AnyChange",
    "ChangeRef",
    "Difference",
    "Direction",
    "Drift",
    "DriftReport",
    "Key",
    "LockCheck",
    "ModifyChange",
    "Origin",
    "Refusal",
    "RemoveChange",
    "Resolution",
    "SetChange",
    "SpokeFile",
    "SpokeHeader",
    "Tailoring",
    "Weakening",
    "address_of",
    "apply_change",
    "chain_errors",
    "describe_level_error",
    "differences",
    "direction_of",
    "drifted",
    "dumps_spoke",
    "format_differences",
    "format_drift",
    "hub_digests",
    "hub_lock_check",
    "hub_lock_record",
    "hub_places",
    "hub_value_at",
    "is_spoke_data",
    "load_spoke",
    "locked_field",
    "locked_item",
    "new_spoke",
    "place_in_hub",
    "propose_change",
    "rebase",
    "record_hub_locks",
    "record_hub_values",
    "regional_sign_off_refusal",
    "resolve_file",
    "resolve_models",
    "resolve_text",
    "revert_change",
    "same_target",
    "save_spoke",
    "spoke_from_text",
    "start_spoke",
    "tailor",
    "value_drifts",
    "weakenings",
]


def start_spoke(
    hub: Playbook, hub_path: str | os.PathLike[str], spoke_path: str | os.PathLike[str], region: str
) -> SpokeFile:
    """A new, empty spoke of ``hub`` (read from ``hub_path``) to be saved at ``spoke_path``.

    The hub path is stored relative to the spoke's folder; the hub's id, version, fingerprint,
    item digests and locks are recorded so later hub changes show as drift, and a lock the hub
    file loosens later as an error.
    """
    folder = Path(spoke_path).parent
    relative = os.path.relpath(os.path.abspath(hub_path), os.path.abspath(folder) if str(folder) else os.getcwd())
    try:
        relative.encode("utf-8")
        # the path a spoke records must be one that resolving it accepts (no control characters)
        hub_location(Path(spoke_path), relative.replace(os.sep, "/"))
    except UnicodeEncodeError:
        # a name from an old share in Latin-1: the spoke file, UTF-8 text, cannot record it
        raise ValueError(
            f"{hub_path}: the path from the spoke to its hub is not UTF-8 text, so the spoke cannot "
            "record it; rename the hub (or the folders on the way to it)"
        ) from None
    except ValueError as exc:
        raise ValueError(f"{hub_path}: a spoke cannot record this hub: {exc}; rename the hub") from None
    try:
        header = SpokeHeader(
            region=region,
            hub=relative.replace(os.sep, "/"),
            hub_id=hub.document.id,
            hub_version=hub.document.version,
            hub_fingerprint=fingerprint_once(hub),
        )
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        raise ValueError(f"the spoke's {first['loc'][0]}: {messages.plain(first)}") from None
    return SpokeFile(spoke=header, changes=[], hub_items=hub_digests(hub), hub_locks=dict(hub_lock_record(hub)))


def new_spoke(hub_path: str | os.PathLike[str], region: str, spoke_path: str | os.PathLike[str]) -> SpokeFile:
    """A new spoke file's content for ``region``, tailoring the hub at ``hub_path`` (a playbook or
    itself a spoke) and to be saved at ``spoke_path``. It starts with the spoke's own document id
    and title. Raises ValueError with a one-line reason when the hub is unusable."""
    from playbooks.io.storage import PlaybookLoadError
    from playbooks.tailoring.reader import read_playbook

    hub_file = Path(hub_path)
    if not str(hub_file).endswith(EXTENSION):
        raise ValueError(f"{hub_file}: the hub must be a playbook file ({EXTENSION})")
    if os.path.realpath(hub_file) == os.path.realpath(spoke_path):
        raise ValueError(f"{spoke_path}: the spoke cannot overwrite its own hub")
    try:
        read = read_playbook(hub_file)
    except PlaybookLoadError as exc:
        raise ValueError(str(exc)) from None
    hub = read.playbook
    if read.resolution is not None:
        broken = chain_errors(read.resolution)
        if hub is None or broken:
            why = describe_level_error(*broken[0]) if broken else "it cannot be resolved"
            raise ValueError(f"{hub_file}: the hub is a spoke with an error ({why}); fix it first")
    assert hub is not None  # a hub that could not be read raised instead
    spoke = start_spoke(hub, hub_file, spoke_path, region)
    slug = re.sub(r"[^a-z0-9]+", "-", region.lower()).strip("-") or "spoke"
    why = f"Identifies the {region} spoke of {hub.document.id}."
    changes: list[AnyChange] = [
        SetChange(
            action="set", path="document.id", value=f"{hub.document.id}-{slug}"[:64].rstrip("-._"), rationale=why
        ),
        SetChange(action="set", path="document.title", value=f"{hub.document.title} ({region})"[:200], rationale=why),
    ]
    for change in changes:
        spoke = apply_change(spoke, change, hub)
    return spoke


def apply_change(spoke: SpokeFile, change: AnyChange, hub: Playbook | None = None) -> SpokeFile:
    """A copy of ``spoke`` with ``change`` appended (hub values and, where that blesses nothing,
    the hub's locks recorded when ``hub`` is given: :func:`record_hub_locks`).

    The spoke is not checked here: resolve it (:func:`tailor`) to see what the change does.
    """
    if hub is not None:
        change = record_hub_values(hub, change)
        spoke = record_hub_locks(spoke, hub)
    return spoke.model_copy(update={"changes": [*spoke.changes, change]})


def revert_change(spoke: SpokeFile, index: int) -> SpokeFile:
    """A copy of ``spoke`` without its change at ``index`` (the hub value comes back)."""
    if not 0 <= index < len(spoke.changes):
        raise IndexError(f"the spoke has no change {index}")
    return spoke.model_copy(update={"changes": [c for i, c in enumerate(spoke.changes) if i != index]})


def rebase(spoke: SpokeFile, hub: Playbook) -> SpokeFile:
    """The spoke re-tailored against ``hub`` as it is now: id, version, fingerprint, item digests,
    locks and every change's recorded hub values updated. Call it after the regional manager
    reviewed the drift; the changes themselves are kept as they are. Raises ValueError (one line)
    when the hub takes out or loosens a lock the spoke recorded and is not approved as it is:
    recording it would bless a copy of the hub with its locks removed."""
    check = hub_lock_check(spoke, hub)
    if check.blocking:
        first = check.unrecorded or check.weakened[0].message
        raise ValueError(f"the hub is not approved as it is and {first}")
    header = spoke.spoke.model_copy(
        update={
            "hub_id": hub.document.id,
            "hub_version": hub.document.version,
            "hub_fingerprint": fingerprint_once(hub),
        }
    )
    changes = [record_hub_values(hub, c) for c in spoke.changes]
    return SpokeFile(spoke=header, changes=changes, hub_items=hub_digests(hub), hub_locks=dict(hub_lock_record(hub)))
