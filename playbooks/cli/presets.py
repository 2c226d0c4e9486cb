"""``charter presets``: the starters a new playbook can begin from.

``charter presets --regulatory [--format json]`` lists the built-in regulatory presets with
all their parameters, citations, status and last-verified date.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from playbooks.cli.main import EXIT_OK, CliError, json_text
from playbooks.starters import STARTERS


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "presets", help="list the starters for 'charter new --preset' (--regulatory: the regulatory presets)"
    )
    parser.add_argument(
        "--regulatory", action="store_true", help="list the regulatory presets with all their parameters instead"
    )
    parser.add_argument("--format", choices=["text", "json"], default="text", help="output format (default: text)")
    parser.set_defaults(run=run)


def _regulatory_text() -> None:
    from playbooks.format.enums import label
    from playbooks.presets import load_presets
    from playbooks.presets.combine import wording

    out = sys.stdout
    presets = load_presets()
    for preset in presets.values():
        out.write(f"{preset.id}  {preset.title}\n")
        status = label(preset.status).lower() + (f" ({preset.status_date.isoformat()})" if preset.status_date else "")
        facts = [f"regime {preset.regime}", f"status {status}"]
        if preset.effective_date:
            facts.append(f"effective {preset.effective_date.isoformat()}")
        if preset.compliance_date:
            facts.append(f"compliance {preset.compliance_date.isoformat()}")
        facts.append(f"jurisdictions {', '.join(preset.jurisdictions) or 'any'}")
        facts.append(f"entities {', '.join(preset.entity_types) or 'any'}")
        out.write(f"  {'; '.join(facts)}\n")
        out.write(f"  citations: {'; '.join(preset.citations)}\n")
        out.write(f"  applies to: {preset.applies_to}\n")
        out.write(f"  requirement: {preset.requirement}\n")
        if preset.content_classes:
            out.write(f"  content classes: {', '.join(label(c).lower() for c in preset.content_classes)}\n")
        if preset.approval is not None:
            by = f" by {preset.approver_qualification}" if preset.approver_qualification else ""
            out.write(f"  approval: {wording(preset.approval)}{by}\n")
        elif preset.approver_qualification:
            out.write(f"  approver: {preset.approver_qualification}\n")
        if preset.retention_years is not None:
            accessible = f", {preset.accessible_years:g} easily accessible" if preset.accessible_years else ""
            start = f", from {wording(preset.retention_start)}" if preset.retention_start else ""
            out.write(f"  retention: {preset.retention_years:g} years{accessible}{start}\n")
        if preset.retention_is_maximum:
            out.write("  retention: a maximum (privacy), not a minimum\n")
        if preset.retention_note:
            out.write(f"  retention note: {preset.retention_note}\n")
        if preset.storage_modes:
            out.write(f"  storage: {' or '.join(wording(m) for m in preset.storage_modes)}\n")
        for rule in preset.filing:
            duration = f" ({rule.duration})" if rule.duration else ""
            out.write(f"  filing: {rule.scope}: {rule.describe()}{duration}\n")
        for threshold in preset.thresholds:
            note = f" ({threshold.note})" if threshold.note else ""
            out.write(f"  threshold: {threshold.name}: {threshold.value:,.0f} {threshold.unit}{note}\n")
        for disclosure in preset.disclosures:
            link = "link allowed" if disclosure.link_allowed else "link alone not enough"
            out.write(f"  disclosure: {disclosure.text} ({label(disclosure.placement).lower()}; {link})\n")
        for override in preset.jurisdiction_overrides:
            years = f"{override.retention_years:g} years" if override.retention_years is not None else ""
            out.write(
                f"  {override.jurisdiction}: {years} {override.note} ({override.citation})\n".replace("  (", " (")
            )
        flags = [
            f
            for f, on in (
                ("financial: archive and account approval before use", preset.financial),
                ("risk information in each message", preset.risk_info_each_message),
            )
            if on
        ]
        if flags:
            out.write(f"  gates: {'; '.join(flags)}\n")
        out.write(f"  last verified {preset.last_verified.isoformat()} by {preset.verified_by}\n")
        for item in preset.to_verify:
            out.write(f"  to verify: {item}\n")
        out.write("\n")
    out.write(f"{len(presets)} regulatory presets. Nothing here is legal advice: check each against its citations.\n")


def run(args: argparse.Namespace) -> int:
    if args.regulatory:
        from playbooks.presets import PresetDataError, load_presets

        try:
            load_presets()
        except PresetDataError as exc:
            raise CliError(str(exc)) from None
        if args.format == "json":
            from playbooks.presets import load_presets

            data = [p.model_dump(mode="json") for p in load_presets().values()]
            sys.stdout.write(json_text(data))
        else:
            _regulatory_text()
        return EXIT_OK
    if args.format == "json":
        sys.stdout.write(json_text([{"name": n, "description": d} for n, d in STARTERS.items()]))
        return EXIT_OK
    width = max(len(name) for name in STARTERS)
    for name, description in STARTERS.items():
        sys.stdout.write(f"{name:<{width}}  {description}\n")
    return EXIT_OK
