"""Reading a file for export: a hub as it is, a spoke as its effective playbook plus its changes.

The regional addendum is built from :mod:`playbooks.tailoring`: every difference of the
spoke's effective playbook from its hub, with the rationale, approver and expiry of the
spoke change behind it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from playbooks.export.context import ExportError
from playbooks.export.integrations import gather
from playbooks.export.outline import date
from playbooks.format.findings import Finding
from playbooks.format.model import Playbook
from playbooks.io.storage import PlaybookLoadError


@dataclass
class ExportSource:
    """What an export needs from a file: the playbook to print and what the playbook alone cannot tell."""

    file: str
    playbook: Playbook
    extra: dict[str, Any] = field(default_factory=dict)
    is_spoke: bool = False

    @property
    def findings(self) -> list[Finding]:
        """Structural, spoke and governance findings of the file."""
        found: list[Finding] = self.extra.get("findings", [])
        return found


def load_source(path: str | os.PathLike[str]) -> ExportSource:
    """Load a hub or spoke file for export; :class:`ExportError` (one line) if it cannot be used."""
    from playbooks.tailoring.reader import read_playbook

    name = str(path)
    try:
        read = read_playbook(path)
        playbook = read.usable(allow_errors=True)
    except PlaybookLoadError as exc:
        raise ExportError(str(exc)) from None
    resolution = read.resolution
    if resolution is not None and resolution.effective is not None and resolution.hub is not None:
        from playbooks.tailoring import differences

        extra = gather(resolution.effective)
        extra["findings"] = [*resolution.findings, *extra.get("findings", [])]
        spoke = resolution.spoke.spoke
        names = _item_names(resolution.hub.model_dump(mode="json"), resolution.effective.model_dump(mode="json"))
        extra["changes"] = [
            _change_row(d, names)
            for d in differences(resolution)
            # the region's own sign-offs replace the hub's: bookkeeping, not a change of policy
            if not d.address.startswith("document.sign_offs")
        ]
        extra["hub_title"] = f"{resolution.hub.document.title} (version {resolution.hub.document.version})"
        extra["hub_version"] = spoke.hub_version or ""
        extra["region"] = spoke.region
        return ExportSource(name, resolution.effective, extra, True)
    extra = gather(playbook)
    extra["addendum_error"] = (
        f"{name} is a hub playbook; the regional addendum needs a spoke file (one that names its hub)"
    )
    return ExportSource(name, playbook, extra)


def _item_names(*documents: dict[str, Any]) -> dict[str, str]:
    """id -> the name people know an item by, for every list item of the given playbooks."""
    names: dict[str, str] = {}

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            key = node.get("id")
            if isinstance(key, str):
                name = next(
                    (node[k] for k in ("title", "name", "topic") if isinstance(node.get(k), str) and node[k]), ""
                )
                if not name and isinstance(node.get("platform"), str):
                    name = f"{node['platform']} {node.get('handle') or ''}".strip()
                if name:
                    names.setdefault(key, name)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for document in documents:
        walk(document)
    return names


def _change_row(difference: Any, names: dict[str, str]) -> dict[str, str]:
    ref = difference.change
    verbs = {"added": "Added", "removed": "Removed", "changed": "Changed"}
    return {
        "item": address_label(difference.address, names),
        "change": verbs.get(difference.kind, difference.kind) + (" (locked in hub)" if difference.locked else ""),
        "hub": show_value(difference.hub_value) if difference.kind != "added" else "",
        "spoke": show_value(difference.value) if difference.kind != "removed" else "",
        "rationale": " ".join(ref.rationale.split()) if ref is not None else "The region's own sign-offs",
        "approver": ref.approver if ref is not None else "",
        "expires": date(ref.expires) if ref is not None else "",
    }


def address_label(address: str, names: dict[str, str] | None = None) -> str:
    """``channels.accounts[c-li].response_sla_hours`` -> 'Channels and accounts › LinkedIn @acme › Response SLA (hours)'.

    The list level is left out when an item key follows (the item's name says enough).
    """
    names = names or {}
    parts: list[str] = []
    model: type[BaseModel] | None = Playbook
    for chunk in address.replace("]", "").split("."):
        name, *keys = chunk.split("[")
        info = model.model_fields.get(name) if model is not None else None
        title = str(info.title) if info is not None and info.title else name
        if not keys or len(parts) == 0:
            parts.append(title)
        model = _inner_model(info.annotation) if info is not None else None
        parts.extend(names.get(k, k) for k in keys)
    return " › ".join(p for p in parts if p)


def _inner_model(annotation: Any) -> type[BaseModel] | None:
    from typing import get_args

    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in get_args(annotation):
        found = _inner_model(arg)
        if found is not None:
            return found
    return None


def show_value(value: Any, limit: int = 160) -> str:
    """A value as a reader sees it: names for items, commas for lists, Yes/No for flags."""
    if value is None:
        text = "(none)"
    elif isinstance(value, bool):
        text = "Yes" if value else "No"
    elif isinstance(value, float) and value.is_integer():
        text = str(int(value))
    elif isinstance(value, dict):
        key = next((value[k] for k in ("title", "name", "platform", "term", "preset", "id") if value.get(k)), None)
        text = str(key) if key is not None else "; ".join(f"{k}: {show_value(v, 40)}" for k, v in value.items())
    elif isinstance(value, list):
        text = ", ".join(show_value(v, 60) for v in value) if value else "(none)"
    elif isinstance(value, str) and value and value.replace("_", "").isalpha() and value.islower() and "_" in value:
        text = label_text(value)
    else:
        text = str(value)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def label_text(value: str) -> str:
    """'pre_review' -> 'Pre review' (the enum wording, as :func:`playbooks.format.enums.label` gives it)."""
    text = value.replace("_", " ")
    return text[:1].upper() + text[1:]
