"""Compare two playbooks (two versions, or a hub and a spoke's effective playbook).

The differences are listed by section and field: list items are matched by their stable id
(by position where a list has no ids), so a reordered list is not a change and a renamed
channel is one changed field, not a removal plus an addition.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

import jinja2
from pydantic import BaseModel

from playbooks.format.model import Playbook
from playbooks.format.references import model_in

ChangeKind = Literal["added", "removed", "changed"]


@dataclass(frozen=True)
class Change:
    """One difference: ``path`` is the field path in the newer playbook (older for removals)."""

    kind: ChangeKind
    section: str
    path: str
    label: str
    old: Any = None
    new: Any = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "section": self.section,
            "path": self.path,
            "label": self.label,
            "old": self.old,
            "new": self.new,
        }


def _item_name(item: Any) -> str:
    """A human name for a list item: its title/name/platform, and its id."""
    if not isinstance(item, dict):
        return str(item)
    for key in ("title", "name", "platform", "term", "topic", "code", "preset", "person"):
        value = item.get(key)
        if isinstance(value, str) and value:
            return f"{value} ({item['id']})" if "id" in item and key != "id" else value
    return str(item.get("id", "item"))


class _Walker:
    def __init__(self) -> None:
        self.changes: list[Change] = []

    def walk(
        self, cls: type[BaseModel], old: dict[str, Any], new: dict[str, Any], path: str, label: str, section: str
    ) -> None:
        for name, info in cls.model_fields.items():
            title = info.title or name
            sub_path = f"{path}.{name}" if path else name
            sub_label = f"{label} › {title}" if label else title
            sub_section = section or title
            a, b = old.get(name), new.get(name)
            if a == b:
                continue
            inner, is_list = model_in(info.annotation)
            if inner is not None and is_list and isinstance(a, list) and isinstance(b, list):
                self.walk_list(inner, a, b, sub_path, sub_label, sub_section)
            elif inner is not None and isinstance(a, dict) and isinstance(b, dict):
                self.walk(inner, a, b, sub_path, sub_label, sub_section)
            elif a is None or a == [] or a == "":
                self.changes.append(Change("added", sub_section, sub_path, sub_label, a, b))
            elif b is None or b == [] or b == "":
                self.changes.append(Change("removed", sub_section, sub_path, sub_label, a, b))
            else:
                self.changes.append(Change("changed", sub_section, sub_path, sub_label, a, b))

    def walk_list(
        self, cls: type[BaseModel], old: list[Any], new: list[Any], path: str, label: str, section: str
    ) -> None:
        keyed = "id" in cls.model_fields
        if keyed:
            old_index = {item["id"]: i for i, item in enumerate(old)}
            new_index = {item["id"]: i for i, item in enumerate(new)}
        else:
            old_index = {i: i for i in range(len(old))}
            new_index = {i: i for i in range(len(new))}
        for key, j in new_index.items():
            item_path = f"{path}[{j}]"
            item_label = f"{label} › {_item_name(new[j])}"
            if key not in old_index:
                self.changes.append(Change("added", section, item_path, item_label, None, new[j]))
            elif old[old_index[key]] != new[j]:
                self.walk(cls, old[old_index[key]], new[j], item_path, item_label, section)
        for key, i in old_index.items():
            if key not in new_index:
                item_label = f"{label} › {_item_name(old[i])}"
                self.changes.append(Change("removed", section, f"{path}[{i}]", item_label, old[i], None))


def compare(old: Playbook, new: Playbook) -> list[Change]:
    """Every difference between two playbooks, in document order of the newer one."""
    walker = _Walker()
    walker.walk(Playbook, old.model_dump(mode="json"), new.model_dump(mode="json"), "", "", "")
    return walker.changes


def summarise(changes: list[Change], limit: int = 6) -> str:
    """A one-paragraph description of changes, e.g. for a change-log entry's "what"."""
    if not changes:
        return "No content changes."
    by_section: dict[str, list[Change]] = {}
    for change in changes:
        by_section.setdefault(change.section, []).append(change)
    parts = []
    for section, items in by_section.items():
        added = [c for c in items if c.kind == "added"]
        removed = [c for c in items if c.kind == "removed"]
        changed = [c for c in items if c.kind == "changed"]
        bits = []
        if added:
            bits.append("added " + ", ".join(c.label.split(" › ")[-1] for c in added[:limit]))
        if removed:
            bits.append("removed " + ", ".join(c.label.split(" › ")[-1] for c in removed[:limit]))
        if changed:
            fields = sorted({" › ".join(c.label.split(" › ")[1:]) or c.label for c in changed})
            bits.append("changed " + ", ".join(fields[:limit]) + (" and more" if len(fields) > limit else ""))
        parts.append(f"{section}: " + "; ".join(bits))
    return ". ".join(parts) + "."


def _short(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):
        return _item_name(value)
    if isinstance(value, list):
        return ", ".join(_short(v) for v in value)
    return str(value)


_HTML = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined).from_string(
    """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Comparison: {{ old_title }} {{ old_version }} → {{ new_title }} {{ new_version }}</title>
<style>
body { font-family: "DejaVu Sans", Arial, sans-serif; color: #1d2733; margin: 2.5em auto; max-width: 62em; }
h1 { font-size: 1.5em; border-bottom: 2px solid #1f4e79; padding-bottom: .3em; }
h2 { font-size: 1.15em; color: #1f4e79; margin-top: 1.6em; }
table { border-collapse: collapse; width: 100%; font-size: .92em; }
th, td { border: 1px solid #c9d3de; padding: .35em .55em; text-align: left; vertical-align: top; }
th { background: #eef3f8; }
td.kind { width: 6em; font-weight: bold; }
.added { color: #1e6b35; } .removed { color: #a12622; } .changed { color: #8a5a00; }
pre { white-space: pre-wrap; margin: 0; font-family: inherit; }
@media print { body { margin: 0; max-width: none; } h2 { page-break-after: avoid; } }
</style></head><body>
<h1>Comparison of playbook versions</h1>
<p><strong>Older:</strong> {{ old_title }}, version {{ old_version }} ({{ old_status }})<br>
<strong>Newer:</strong> {{ new_title }}, version {{ new_version }} ({{ new_status }})<br>
{{ changes|length }} difference{{ "" if changes|length == 1 else "s" }}.</p>
{% for section, items in sections %}
<h2>{{ section }}</h2>
<table><thead><tr><th>Change</th><th>Field</th><th>Before</th><th>After</th></tr></thead><tbody>
{% for c in items %}<tr><td class="kind {{ c.kind }}">{{ c.kind|capitalize }}</td><td>{{ c.label }}</td>
<td><pre>{{ c.old_text }}</pre></td><td><pre>{{ c.new_text }}</pre></td></tr>
{% endfor %}</tbody></table>
{% else %}<p>The two playbooks have the same content.</p>
{% endfor %}
</body></html>
"""
)


def to_html(old: Playbook, new: Playbook, changes: list[Change]) -> str:
    """The comparison as one self-contained HTML page (nothing fetched, all text escaped)."""
    sections: dict[str, list[dict[str, str]]] = {}
    for c in changes:
        sections.setdefault(c.section, []).append(
            {"kind": c.kind, "label": c.label, "old_text": _short(c.old), "new_text": _short(c.new)}
        )
    return _HTML.render(
        old_title=old.document.title,
        old_version=old.document.version,
        old_status=old.document.status.value,
        new_title=new.document.title,
        new_version=new.document.version,
        new_status=new.document.status.value,
        changes=changes,
        sections=list(sections.items()),
    )
