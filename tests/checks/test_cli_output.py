"""The command line of the checks: validate text/json/sarif, --explain, checks, presets --regulatory."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from playbooks.checks import load_all
from playbooks.checks.context import frozen_today
from playbooks.cli.main import main
from playbooks.io.yamlio import dump_yaml
from tests.checks.builders import TODAY, complete_data
from tests.checks.test_presets import TABLE_IDS
from tests.checks.test_registry import CATALOGUE


@pytest.fixture(autouse=True)
def _on_the_test_date() -> Iterator[None]:
    """The command runs in-process, so the date-dependent checks see the frozen date."""
    with frozen_today(TODAY):
        yield


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(args)
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def gappy(tmp_path: Path) -> Path:
    """A FINRA + SEC adviser playbook with an error, warnings, info and a waived finding."""
    data = complete_data()
    data["people"]["champions"] = []  # error GOV-CHAMPION-MISSING
    data["measurement"]["metrics"][0]["target"] = None  # warning MEAS-DIRECTION
    data["measurement"]["purpose"] = ""  # info MEAS-PURPOSE
    data["channels"]["listening"][0]["acted_on_by"] = None  # warning CHAN-LISTEN-NO-ACTION, waived below
    data["waivers"] = [{"code": "CHAN-LISTEN-NO-ACTION", "reason": "Stream retired next week"}]
    path = tmp_path / "gappy.playbook.yaml"
    path.write_text(dump_yaml(data), encoding="utf-8")
    return path


def test_text_groups_by_severity_then_waived_then_presets_and_scorecard(gappy: Path, capsys: Any) -> None:
    code, out, err = run(["validate", str(gappy)], capsys)
    assert code == 1 and err == ""
    lines = out.splitlines()
    headers = [line for line in lines if not line.startswith(" ")]
    assert headers[:4] == ["Errors (1)", "Warnings (1)", "Info (1)", "Waived (1)"]
    assert headers[4].startswith("Regulatory rule set") and headers[5].startswith("Readiness scorecard")
    assert headers[6] == f"{gappy}: not valid: 1 error, 1 warning, 1 info, 1 waived"

    def section(title: str) -> list[str]:
        start = lines.index(title) + 1
        end = next(i for i in range(start, len(lines)) if not lines[i].startswith(" "))
        return lines[start:end]

    (error,) = section("Errors (1)")
    assert "error GOV-CHAMPION-MISSING: people.champions: Name an executive champion" in error
    (waived,) = section("Waived (1)")
    assert "CHAN-LISTEN-NO-ACTION (waived: Stream retired next week)" in waived
    (warning,) = section("Warnings (1)")
    line_number = int(warning.split(":")[1])
    assert gappy.read_text().splitlines()[line_number - 1].strip().startswith("target")
    assert "  Retention: 5 years, from fiscal year end (SEC-204-2)" in lines
    assert any(line.startswith("  Culture (executive buy-in)") and " 75 " in line for line in lines)


def test_the_output_names_the_preset_behind_the_longer_retention(tmp_path: Path, capsys: Any) -> None:
    data = complete_data()
    data["regulatory"]["presets"] = [{"preset": "FINRA-STATIC"}, {"preset": "SEC-204-2"}]
    path = tmp_path / "two.playbook.yaml"
    path.write_text(dump_yaml(data), encoding="utf-8")
    _, out, _ = run(["validate", str(path)], capsys)
    assert "Retention: 5 years, from fiscal year end (SEC-204-2)" in out
    _, out, _ = run(["validate", str(path), "--format", "json"], capsys)
    (report,) = json.loads(out)
    assert report["regulatory"]["retention_years"] == {"value": 5.0, "preset": "SEC-204-2", "source": "preset"}


def test_json_carries_findings_with_lines_waivers_scorecard_and_combination(gappy: Path, capsys: Any) -> None:
    code, out, _ = run(["validate", str(gappy), "--format", "json"], capsys)
    (report,) = json.loads(out)
    assert code == 1 and report["file"] == str(gappy) and report["error"] is None
    by_code = {f["code"]: f for f in report["findings"]}
    assert set(by_code) == {"GOV-CHAMPION-MISSING", "MEAS-DIRECTION", "MEAS-PURPOSE", "CHAN-LISTEN-NO-ACTION"}
    assert by_code["CHAN-LISTEN-NO-ACTION"]["waived"] is True
    assert by_code["CHAN-LISTEN-NO-ACTION"]["waiver_reason"] == "Stream retired next week"
    text = gappy.read_text().splitlines()
    assert text[by_code["CHAN-LISTEN-NO-ACTION"]["line"] - 1].strip().startswith("acted_on_by")
    assert [a["score"] for a in report["scorecard"]["areas"]] == [75, 100, 87, 100, 100, 100]
    assert report["regulatory"]["applied"] == [
        "FINRA-STATIC",
        "FINRA-INTERACTIVE",
        "SEC-17A4-COMMS",
        "SEC-204-2",
        "SEC-MKT-TESTIMONIAL",
    ]


def test_waived_errors_do_not_fail_validation(tmp_path: Path, capsys: Any) -> None:
    data = complete_data()
    data["people"]["champions"] = []
    data["waivers"] = [{"code": "GOV-CHAMPION-MISSING", "reason": "Board appoints in June"}]
    path = tmp_path / "w.playbook.yaml"
    path.write_text(dump_yaml(data), encoding="utf-8")
    code, out, _ = run(["validate", str(path)], capsys)
    assert code == 0 and out.splitlines()[-1] == f"{path}: valid (0 errors, 0 warnings, 0 info, 1 waived)"


def test_a_clean_file_says_valid(tmp_path: Path, capsys: Any) -> None:
    path = tmp_path / "clean.playbook.yaml"
    path.write_text(dump_yaml(complete_data()), encoding="utf-8")
    code, out, _ = run(["validate", str(path)], capsys)
    assert code == 0 and out.splitlines()[-1] == f"{path}: valid"


def test_names_from_the_file_cannot_break_a_line(tmp_path: Path, capsys: Any) -> None:
    data = complete_data()
    data["people"]["people"][4]["name"] = "Eve\nerror FAKE-CODE: forged line"
    data["people"]["champions"][0]["sponsored_goal"] = ""
    path = tmp_path / "odd.playbook.yaml"
    path.write_text(dump_yaml(data), encoding="utf-8")
    _, out, _ = run(["validate", str(path)], capsys)
    assert not any(line.startswith("error FAKE-CODE") for line in out.splitlines())


# ---- SARIF

_MESSAGE = {
    "type": "object",
    "anyOf": [{"required": ["text"]}, {"required": ["id"]}],
    "properties": {"text": {"type": "string"}},
}
_LEVEL = {"enum": ["none", "note", "warning", "error"]}
_ARTIFACT_LOCATION = {"type": "object", "properties": {"uri": {"type": "string", "minLength": 1}}}
_LOCATION = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "physicalLocation": {
            "type": "object",
            "additionalProperties": False,
            "required": ["artifactLocation"],
            "properties": {
                "artifactLocation": _ARTIFACT_LOCATION,
                "region": {
                    "type": "object",
                    "required": ["startLine"],
                    "properties": {"startLine": {"type": "integer", "minimum": 1}},
                },
            },
        },
        "logicalLocations": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"fullyQualifiedName": {"type": "string"}, "kind": {"type": "string"}},
            },
        },
    },
}
#: The required properties and enumerations of SARIF 2.1.0 (OASIS standard, sarif-schema-2.1.0.json) for the
#: objects Charter writes. No Python package ships the official schema file, and tests never download.
SARIF_SUBSET_SCHEMA = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "type": "object",
    "required": ["version", "runs"],
    "properties": {
        "$schema": {"type": "string", "format": "uri"},
        "version": {"const": "2.1.0"},
        "runs": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["tool"],
                "properties": {
                    "tool": {
                        "type": "object",
                        "required": ["driver"],
                        "properties": {
                            "driver": {
                                "type": "object",
                                "required": ["name"],
                                "properties": {
                                    "name": {"type": "string", "minLength": 1},
                                    "version": {"type": "string"},
                                    "rules": {
                                        "type": "array",
                                        "items": {
                                            "type": "object",
                                            "required": ["id"],
                                            "properties": {
                                                "id": {"type": "string"},
                                                "shortDescription": {"type": "object", "required": ["text"]},
                                                "fullDescription": {"type": "object", "required": ["text"]},
                                                "help": {"type": "object", "required": ["text"]},
                                                "defaultConfiguration": {
                                                    "type": "object",
                                                    "properties": {"level": _LEVEL},
                                                },
                                            },
                                        },
                                    },
                                },
                            }
                        },
                    },
                    "invocations": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": ["executionSuccessful"],
                            "properties": {
                                "executionSuccessful": {"type": "boolean"},
                                "toolExecutionNotifications": {
                                    "type": "array",
                                    "items": {
                                        "type": "object",
                                        "required": ["message"],
                                        "properties": {"message": _MESSAGE, "level": _LEVEL},
                                    },
                                },
                            },
                        },
                    },
                    "artifacts": {
                        "type": "array",
                        "items": {"type": "object", "properties": {"location": _ARTIFACT_LOCATION}},
                    },
                    "columnKind": {"enum": ["utf16CodeUnits", "unicodeCodePoints"]},
                    "results": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": ["message"],
                            "additionalProperties": False,
                            "properties": {
                                "ruleId": {"type": "string"},
                                "ruleIndex": {"type": "integer", "minimum": -1},
                                "level": _LEVEL,
                                "message": _MESSAGE,
                                "locations": {"type": "array", "items": _LOCATION},
                                "partialFingerprints": {"type": "object", "additionalProperties": {"type": "string"}},
                                "suppressions": {
                                    "type": "array",
                                    "items": {
                                        "type": "object",
                                        "required": ["kind"],
                                        "properties": {
                                            "kind": {"enum": ["inSource", "external"]},
                                            "status": {"enum": ["accepted", "underReview", "rejected"]},
                                            "justification": {"type": "string"},
                                        },
                                    },
                                },
                            },
                        },
                    },
                },
            },
        },
    },
}


def test_sarif_is_valid_and_carries_every_finding(gappy: Path, capsys: Any) -> None:
    code, out, _ = run(["validate", str(gappy), "--format", "sarif"], capsys)
    log = json.loads(out)
    jsonschema.validate(log, SARIF_SUBSET_SCHEMA)
    assert code == 1
    (sarif_run,) = log["runs"]
    rules = sarif_run["tool"]["driver"]["rules"]
    assert {r["id"] for r in rules} >= set(CATALOGUE)
    results = sarif_run["results"]
    assert len(results) == 4
    for result in results:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    by_rule = {r["ruleId"]: r for r in results}
    assert by_rule["GOV-CHAMPION-MISSING"]["level"] == "error"
    assert by_rule["MEAS-PURPOSE"]["level"] == "note"
    waived = by_rule["CHAN-LISTEN-NO-ACTION"]
    assert waived["suppressions"] == [
        {"kind": "inSource", "status": "accepted", "justification": "Stream retired next week"}
    ]
    location = waived["locations"][0]
    assert location["logicalLocations"][0]["fullyQualifiedName"] == "channels.listening[0].acted_on_by"
    assert location["physicalLocation"]["artifactLocation"]["uri"] == gappy.as_uri()
    line = location["physicalLocation"]["region"]["startLine"]
    assert gappy.read_text().splitlines()[line - 1].strip().startswith("acted_on_by")
    assert sarif_run["invocations"] == [{"executionSuccessful": True, "toolExecutionNotifications": []}]
    fingerprints = [r["partialFingerprints"]["charterCheckAndField/v1"] for r in results]
    assert len(set(fingerprints)) == len(results)
    # code scanning places a result only on a line: a finding about what the file leaves out
    # goes on line 1, its field in the logical location
    assert all(r["locations"][0]["physicalLocation"]["region"]["startLine"] >= 1 for r in results)
    assert sarif_run["tool"]["driver"]["informationUri"].startswith("urn:")
    assert all(rule["name"].lower() != rule["id"].lower() for rule in rules)
    assert next(r for r in rules if r["id"] == "SCHEMA")["name"] == "TheFileDoesNotFitThePlaybookFormat"


def test_a_sarif_result_without_a_line_of_its_own_goes_on_line_1_with_its_field() -> None:
    from playbooks.checks.sarif import to_sarif
    from playbooks.checks.validation import FileReport
    from playbooks.format.enums import Severity
    from playbooks.format.findings import Finding

    inherited = Finding("GOV-CHAMPION-MISSING", Severity.ERROR, "people.champions", "Name a champion.", None)
    (result,) = to_sarif([FileReport("spoke.playbook.yaml", [inherited])])["runs"][0]["results"]
    (location,) = result["locations"]
    assert location["physicalLocation"]["artifactLocation"]["uri"] == "spoke.playbook.yaml"
    assert location["physicalLocation"]["region"] == {"startLine": 1}
    assert location["logicalLocations"] == [{"fullyQualifiedName": "people.champions", "kind": "member"}]


def test_sarif_reports_an_unreadable_file_as_a_failed_invocation(tmp_path: Path, capsys: Any) -> None:
    broken = tmp_path / "broken.playbook.yaml"
    broken.write_text("a: [1\n", encoding="utf-8")
    code, out, _ = run(["validate", str(broken), "--format", "sarif"], capsys)
    log = json.loads(out)
    jsonschema.validate(log, SARIF_SUBSET_SCHEMA)
    (invocation,) = log["runs"][0]["invocations"]
    assert code == 2 and invocation["executionSuccessful"] is False
    assert str(broken) in invocation["toolExecutionNotifications"][0]["message"]["text"]


def test_sarif_schema_subset_rejects_what_sarif_forbids() -> None:
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"version": "2.1.0", "runs": [{"tool": {"driver": {}}}]}, SARIF_SUBSET_SCHEMA)
    with pytest.raises(jsonschema.ValidationError):
        bad = {
            "version": "2.1.0",
            "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"message": {"text": "m"}, "level": "info"}]}],
        }
        jsonschema.validate(bad, SARIF_SUBSET_SCHEMA)


# ---- --explain, checks, presets --regulatory


def test_explain_prints_the_rationale(capsys: Any) -> None:
    code, out, _ = run(["validate", "--explain", "comp-retention-short"], capsys)
    assert code == 0
    assert out.startswith(
        "COMP-RETENTION-SHORT (error, compliance): Retention shorter than the strictest applicable preset\n"
    )
    assert "Rule 204-2" in out
    assert "\nSources:\n  - SEC Rule 17a-4(a) and (b)(4)\n" in out


def test_explain_an_unknown_code_is_one_line_with_a_suggestion(capsys: Any) -> None:
    code, out, err = run(["validate", "--explain", "GOV-CHAMPION-MISING"], capsys)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "did you mean GOV-CHAMPION-MISSING?" in err


def test_validate_without_files_or_explain_is_a_usage_error(capsys: Any) -> None:
    code, _, err = run(["validate"], capsys)
    assert code == 2 and err.startswith("charter: error:") and err.count("\n") == 1


def test_checks_lists_every_code(capsys: Any) -> None:
    code, out, _ = run(["checks"], capsys)
    assert code == 0
    listed = {line.split()[0] for line in out.splitlines()[:-1]}
    assert listed >= set(CATALOGUE) | {"INTERNAL", "SCHEMA", "COMP-STORAGE-MODE", "COMP-PRESET-UNKNOWN"}
    line = next(line for line in out.splitlines() if line.startswith("GOV-CHAMPION-MISSING"))
    assert line.split()[1:3] == ["error", "culture"]
    code, out, _ = run(["checks", "--format", "json"], capsys)
    data = {item["code"]: item for item in json.loads(out)}
    assert set(data) == set(load_all())
    assert data["OBJ-BALANCE"]["area"] == "campaigns" and data["OBJ-BALANCE"]["rationale"]


def test_presets_regulatory_lists_all_34_with_their_parameters(capsys: Any) -> None:
    code, out, _ = run(["presets", "--regulatory"], capsys)
    assert code == 0
    ids = [line.split()[0] for line in out.splitlines() if line and not line.startswith(" ")][:-1]
    assert sorted(ids) == sorted(TABLE_IDS)
    block = out[out.index("SEC-204-2  ") :].split("\n\n")[0]
    assert "retention: 5 years, 2 easily accessible, from fiscal year end" in block
    assert "citations: Advisers Act Rule 204-2" in block and "last verified 2025-12-12" in block
    filing = out[out.index("FINRA-FILING  ") :].split("\n\n")[0]
    assert "10 business days before first use (first year from the CRD effective date)" in filing


def test_presets_regulatory_json(capsys: Any) -> None:
    code, out, _ = run(["presets", "--regulatory", "--format", "json"], capsys)
    data = {p["id"]: p for p in json.loads(out)}
    assert code == 0 and sorted(data) == sorted(TABLE_IDS)
    assert data["SEC-MKT-TESTIMONIAL"]["thresholds"][0]["value"] == 1000
    assert data["FINRA-STATIC"]["status"] == "rule" and data["FINRA-STATIC"]["last_verified"] == "2025-12-12"


def test_presets_without_regulatory_still_lists_the_starters(capsys: Any) -> None:
    code, out, _ = run(["presets"], capsys)
    assert code == 0 and out.splitlines()[0].startswith("generic")


def test_a_finding_about_an_absent_section_has_no_misleading_line(tmp_path: Path, capsys: Any) -> None:
    data = complete_data()
    del data["records"]
    path = tmp_path / "norecords.playbook.yaml"
    path.write_text(dump_yaml(data), encoding="utf-8")
    _, out, _ = run(["validate", str(path), "--format", "json"], capsys)
    (finding,) = [f for f in json.loads(out)[0]["findings"] if f["code"] == "COMP-RETENTION-SHORT"]
    assert finding["path"] == "records.record_classes" and finding["line"] is None
