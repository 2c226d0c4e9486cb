"""Comparing two playbooks (two versions, or a hub and a spoke's effective playbook), in words.

The differences themselves are :func:`playbooks.format.differences.differences` (by section
and field, list items matched by their key, so a reordered list is not a change); this module
turns them into a change-log summary and a self-contained HTML page, naming fields, items and
values as everywhere else in Charter (:mod:`playbooks.format.identity`).
"""

from __future__ import annotations

import jinja2

from playbooks.format.differences import Difference
from playbooks.format.identity import SEPARATOR, Names
from playbooks.format.model import Playbook


def summarise(found: list[Difference], limit: int = 6) -> str:
    """A one-paragraph description of differences, e.g. for a change-log entry's "what"."""
    if not found:
        return "No content changes."
    by_section: dict[str, list[Difference]] = {}
    for difference in found:
        by_section.setdefault(difference.section, []).append(difference)
    parts = []
    for section, items in by_section.items():
        added = [d.place[-1] for d in items if d.kind == "added"]
        removed = [d.place[-1] for d in items if d.kind == "removed"]
        changed = sorted({SEPARATOR.join(d.place[1:]) or d.label for d in items if d.kind == "changed"})
        bits = []
        if added:
            bits.append("added " + ", ".join(added[:limit]))
        if removed:
            bits.append("removed " + ", ".join(removed[:limit]))
        if changed:
            bits.append("changed " + ", ".join(changed[:limit]) + (" and more" if len(changed) > limit else ""))
        parts.append(f"{section}: " + "; ".join(bits))
    return ". ".join(parts) + "."


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


def to_html(old: Playbook, new: Playbook, changes: list[Difference]) -> str:
    """The comparison as one self-contained HTML page (nothing fetched, all text escaped)."""
    names = Names(new, old)
    sections: dict[str, list[dict[str, str]]] = {}
    for c in changes:
        sections.setdefault(c.section, []).append(
            {
                "kind": c.kind,
                "label": SEPARATOR.join(c.place[1:]) or c.label,
                "old_text": names.show(c.old, c.path, empty=""),
                "new_text": names.show(c.new, c.path, empty=""),
            }
        )
    return _HTML.render(
        old_title=old.document.title,
        old_version=old.document.version or "not set",
        old_status=old.document.status.value if old.document.status else "not set",
        new_title=new.document.title,
        new_version=new.document.version or "not set",
        new_status=new.document.status.value if new.document.status else "not set",
        changes=changes,
        sections=list(sections.items()),
    )
