"""``charter validate --format sarif`` as the SARIF Multitool (SARIF and GitHub rules) and the
OASIS SARIF 2.1.0 schema read it."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

from playbooks.io.storage import load, save
from tests.conftest import EXAMPLES
from tests.readers.tools import node_file, offline_env, run

MULTITOOL = "@microsoft/sarif-multitool-linux/Sarif.Multitool"
SCHEMA = "@microsoft/sarif-multitool-linux/sarif-2.1.0.json"


def multitool_findings(path: Path, work: Path) -> list[str]:
    """What the Multitool's ``validate`` says of a SARIF file with the SARIF and GitHub rule sets,
    one line per finding at any level. Its exit code says nothing (0 even for schema errors):
    its own output log does."""
    tool = node_file(MULTITOOL)
    out = work / "multitool.sarif"
    result = run(
        [tool, "validate", path, "--rule-kind", "Gh;Sarif", "-o", out, "--log", "ForceOverwrite"],
        env=offline_env(work),
        timeout=120,
    )
    assert out.is_file(), result.stdout + result.stderr
    log = json.loads(out.read_text(encoding="utf-8-sig"))
    found = []
    for tool_run in log["runs"]:
        for invocation in tool_run.get("invocations", []):
            assert invocation.get("executionSuccessful", True), invocation
        rules = {rule["id"]: rule for rule in tool_run["tool"]["driver"].get("rules", [])}
        for item in tool_run.get("results", []):
            message = item["message"]
            text = message.get("text") or rules[item["ruleId"]]["messageStrings"][message["id"]]["text"]
            for i, argument in enumerate(message.get("arguments", [])):
                text = text.replace(f"{{{i}}}", str(argument))
            found.append(f"{item.get('level', 'warning')} {item['ruleId']}: {text}")
    return found


@pytest.fixture(scope="module")
def logs(outputs: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The examples' log, and one of a spoke whose inherited findings have no line of their own."""
    folder = tmp_path_factory.mktemp("sarif")
    for example in EXAMPLES.glob("*.playbook.yaml"):
        shutil.copyfile(example, folder / example.name)
    # findings the spoke inherits from its hub, about values it does not change: no champion
    hub = folder / "meridian-securities-hub.playbook.yaml"
    playbook = load(hub)
    save(playbook.model_copy(update={"people": playbook.people.model_copy(update={"champions": []})}), hub)
    inherited = folder / "inherited.sarif"
    result = run(
        [
            sys.executable,
            "main.py",
            "validate",
            "--format",
            "sarif",
            folder / "meridian-securities-spoke-emea.playbook.yaml",
        ],
        cwd=EXAMPLES.parent,
    )
    inherited.write_text(result.stdout, encoding="utf-8")
    return {"examples": outputs / "validate.sarif", "inherited": inherited}


def _results(path: Path) -> list[dict[str, Any]]:
    return [result for run_ in json.loads(path.read_text(encoding="utf-8"))["runs"] for result in run_["results"]]


@pytest.mark.parametrize("log", ["examples", "inherited"])
def test_the_sarif_multitool_with_github_rules_finds_nothing(logs: dict[str, Path], log: str, tmp_path: Path) -> None:
    assert multitool_findings(logs[log], tmp_path) == []


def test_every_result_has_a_line_code_scanning_can_place(logs: dict[str, Path]) -> None:
    results = _results(logs["inherited"])
    spoke_lines = (EXAMPLES / "meridian-securities-spoke-emea.playbook.yaml").read_text(encoding="utf-8").count("\n")
    inherited = [r for r in results if r["ruleId"] == "GOV-CHAMPION-MISSING"]
    assert inherited, "the spoke inherits the hub's missing champion"
    for result in results:
        (location,) = result["locations"]
        line = location["physicalLocation"]["region"]["startLine"]
        assert 1 <= line <= spoke_lines
        assert location["physicalLocation"]["artifactLocation"]["uri"].endswith("spoke-emea.playbook.yaml")
    # a finding with no line of its own: line 1 of the spoke, and the field it is about
    (location,) = inherited[0]["locations"]
    assert location["physicalLocation"]["region"]["startLine"] == 1
    assert location["logicalLocations"][0]["fullyQualifiedName"] == "people.champions"


def test_the_logs_are_valid_against_the_sarif_schema(logs: dict[str, Path]) -> None:
    schema = node_file(SCHEMA)
    result = run([sys.executable, "-m", "check_jsonschema", "--schemafile", schema, *logs.values()])
    assert result.returncode == 0, result.stdout + result.stderr
