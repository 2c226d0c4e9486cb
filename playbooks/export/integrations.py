"""What the documents need from other parts of Charter: findings, presets, scorecard, tailoring.

Each piece is looked up defensively: a part that is missing from this build (or fails) turns
into a note in the document, never a failed export.
"""

from __future__ import annotations

import importlib
from typing import Any

from playbooks.model import Playbook


def gather(playbook: Playbook) -> dict[str, Any]:
    """Findings, preset catalogue, strictest combination and scorecard of a playbook."""
    extra: dict[str, Any] = {}
    from playbooks.validation import check_playbook

    try:
        extra["findings"] = check_playbook(playbook)
    except Exception as exc:  # a broken check must not stop an export
        extra["findings"] = []
        extra["findings_note"] = f"The governance checks could not run ({type(exc).__name__})."
    extra.update(_presets(playbook))
    extra.update(_scorecard(playbook, extra["findings"]))
    return extra


def _optional(module: str) -> Any:
    try:
        return importlib.import_module(module)
    except ImportError:
        return None


def _presets(playbook: Playbook) -> dict[str, Any]:
    module = _optional("playbooks.presets")
    catalogue_fn = getattr(module, "catalogue", None) or getattr(module, "load_presets", None)
    if catalogue_fn is None:
        return {
            "presets_note": "The regulatory preset catalogue is not part of this build: citations are not shown.",
            "strictest_note": "The strictest combination needs the preset catalogue, which is not part of this build.",
        }
    out: dict[str, Any] = {}
    try:
        catalogue = catalogue_fn()
        items = catalogue.values() if isinstance(catalogue, dict) else catalogue
        presets: dict[str, dict[str, str]] = {}
        for preset in items:
            code = str(getattr(preset, "id", getattr(preset, "code", "")))
            if code:
                presets[code] = {
                    "title": str(getattr(preset, "title", "") or ""),
                    "citation": str(getattr(preset, "citation", "") or ""),
                }
        out["presets"] = presets
    except Exception as exc:
        out["presets_note"] = f"The preset catalogue could not be read ({type(exc).__name__})."
    strictest_fn = getattr(module, "strictest", None)
    if strictest_fn is None:
        out["strictest_note"] = "The strictest combination is not available in this build."
        return out
    try:
        combination = strictest_fn(playbook)
        rows = []
        values = combination.items() if isinstance(combination, dict) else combination
        for entry in values:
            if isinstance(entry, tuple) and len(entry) == 2:
                name, value = entry
                shown = getattr(value, "value", value)
                source = getattr(value, "source", getattr(value, "preset", ""))
                rows.append([str(name), str(shown), str(source)])
            else:
                rows.append(
                    [
                        str(getattr(entry, "parameter", getattr(entry, "name", ""))),
                        str(getattr(entry, "value", "")),
                        str(getattr(entry, "source", getattr(entry, "preset", ""))),
                    ]
                )
        out["strictest"] = rows
    except Exception as exc:
        out["strictest_note"] = f"The strictest combination could not be computed ({type(exc).__name__})."
    return out


def _scorecard(playbook: Playbook, findings: list[Any]) -> dict[str, Any]:
    module = _optional("playbooks.scorecard")
    function = getattr(module, "scorecard", None) or getattr(module, "score", None)
    if function is None:
        return {"scorecard_note": "The readiness scorecard is not part of this build."}
    try:
        result = function(playbook)
        areas = result.items() if isinstance(result, dict) else getattr(result, "areas", result)
        rows = []
        for entry in areas.items() if isinstance(areas, dict) else areas:
            if isinstance(entry, tuple):
                name, score = entry[0], entry[1]
                rows.append(
                    [
                        str(getattr(name, "value", name)).replace("_", " ").capitalize(),
                        str(getattr(score, "score", score)),
                        "",
                    ]
                )
            else:
                rows.append(
                    [
                        str(getattr(entry, "title", getattr(entry, "area", ""))),
                        str(getattr(entry, "score", "")),
                        str(getattr(entry, "findings", "")),
                    ]
                )
        return {"scorecard": rows}
    except Exception as exc:
        return {"scorecard_note": f"The readiness scorecard could not be computed ({type(exc).__name__})."}
