"""What the documents need from other parts of Charter: findings, presets, scorecard, tailoring.

Each piece is looked up defensively: a part that is missing from this build (or fails) turns
into a note in the document, never a failed export.
"""

from __future__ import annotations

from typing import Any

from playbooks.export.outline import joined, number
from playbooks.format.language import gettext, ngettext
from playbooks.format.model import Playbook


def gather(playbook: Playbook) -> dict[str, Any]:
    """Findings, preset catalogue, strictest combination and scorecard of a playbook."""
    extra: dict[str, Any] = {}
    from playbooks.checks.validation import check_playbook

    try:
        extra["findings"] = check_playbook(playbook)
    except Exception as exc:  # a broken check must not stop an export
        extra["findings"] = []
        extra["findings_note"] = gettext("The governance checks could not run (%(error)s).") % {
            "error": type(exc).__name__
        }
    extra.update(_presets(playbook))
    extra.update(_scorecard(playbook, extra["findings"]))
    return extra


def _presets(playbook: Playbook) -> dict[str, Any]:
    from playbooks.presets import load_presets
    from playbooks.presets.combine import combine

    out: dict[str, Any] = {}
    try:
        catalogue = load_presets()
    except Exception as exc:  # a broken catalogue must not stop an export
        return {
            "presets_note": gettext("The preset catalogue could not be read (%(error)s).")
            % {"error": type(exc).__name__},
            "strictest_note": gettext("The strictest combination needs the preset catalogue, which could not be read."),
        }
    out["presets"] = {
        code: {"title": preset.title, "citation": "; ".join(preset.citations), "status": preset.status.value}
        for code, preset in catalogue.items()
    }
    try:
        out["strictest"] = _strictest_rows(combine(playbook.regulatory.presets, catalogue))
    except Exception as exc:
        out["strictest_note"] = gettext("The strictest combination could not be computed (%(error)s).") % {
            "error": type(exc).__name__
        }
    if not out.get("strictest"):
        out["strictest_note"] = gettext("The applied presets set no parameters to combine.")
    return out


def _strictest_rows(combination: Any) -> list[list[str]]:
    """Parameter, strictest value, and the preset behind it."""
    from playbooks.presets.combine import wording

    rows: list[list[str]] = []
    c = combination
    if c.retention_years is not None:
        period = number(c.retention_years.value, "year")
        retention = (
            gettext("%(period)s, from %(start)s") % {"period": period, "start": wording(c.retention_start.value)}
            if c.retention_start
            else period
        )
        rows.append([gettext("Retention"), retention, c.retention_years.because()])
    if c.accessible_years is not None:
        rows.append(
            [gettext("Easily accessible"), number(c.accessible_years.value, "year"), c.accessible_years.because()]
        )
    if c.storage_modes is not None:
        modes = gettext(" or ").join(wording(m) for m in c.storage_modes.value)
        rows.append([gettext("Storage"), modes, c.storage_modes.because()])
    if c.approval is not None:
        rows.append([gettext("Approval"), wording(c.approval.value), c.approval.because()])
    for qualification in c.approver_qualifications:
        rows.append([gettext("Approver qualification"), str(qualification.value), qualification.because()])
    if c.filing is not None:
        rule = c.filing.value
        rows.append([gettext("Earliest filing deadline"), f"{rule.describe()}, {rule.scope}", c.filing.because()])
    for need in c.disclosures:
        placement = gettext("Disclosure (%(placement)s)") % {"placement": wording(need.placement)}
        rows.append([placement, need.text, ", ".join(need.presets)])
    if c.retention_caps:
        rows.append([gettext("Retention of monitoring data"), gettext("Capped"), ", ".join(c.retention_caps)])
    return rows


def _scorecard(playbook: Playbook, findings: list[Any]) -> dict[str, Any]:
    from playbooks.checks.scorecard import scorecard

    try:
        card = scorecard(findings)
    except Exception as exc:
        return {
            "scorecard_note": gettext("The readiness scorecard could not be computed (%(error)s).")
            % {"error": type(exc).__name__}
        }
    rows = []
    for area in card.areas:
        counts = [
            text % {"n": number(n)}
            for n, text in (
                (area.errors, ngettext("%(n)s error", "%(n)s errors", area.errors)),
                (area.warnings, ngettext("%(n)s warning", "%(n)s warnings", area.warnings)),
                (area.infos, ngettext("%(n)s info", "%(n)s infos", area.infos)),
                (area.waived, ngettext("%(n)s waived", "%(n)s waived", area.waived)),
            )
            if n
        ]
        score = f"{number(area.score)} ({gettext(area.band)})"
        rows.append([gettext(area.title), score, joined(counts) or gettext("No findings")])
    return {"scorecard": rows}
