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
    """The examples' log, and one of a spoke with findings it inherits from its hub and of that
    hub, one of whose findings has no line of its own."""
    folder = tmp_path_factory.mktemp("sarif")
    for example in EXAMPLES.glob("*.playbook.yaml"):
        shutil.copyfile(example, folder / example.name)
    # findings the spoke inherits from its hub, about values it does not change: no champion, and
    # no experiments section at all (a finding about it has no line of its own)
    hub = folder / "meridian-securities-hub.playbook.yaml"
    playbook = load(hub)
    people = playbook.people.model_copy(update={"champions": []})
    save(playbook.model_copy(update={"people": people, "experiments": type(playbook.experiments)()}), hub)
    assert "\nexperiments:" not in hub.read_text(encoding="utf-8")
    inherited = folder / "inherited.sarif"
    result = run(
        [
            sys.executable,
            "main.py",
            "validate",
            "--format",
            "sarif",
            folder / "meridian-securities-spoke-emea.playbook.yaml",
            hub,
        ],
        cwd=EXAMPLES.parent,
    )
    inherited.write_text(result.stdout, encoding="utf-8")
    # a folder of spokes whose hub is outside it, one name with a space: `validate FOLDER`
    spokes = folder / "regional spokes"
    spokes.mkdir()
    for example in EXAMPLES.glob("*spoke*.playbook.yaml"):
        text = example.read_text(encoding="utf-8").replace("hub: meridian", "hub: ../meridian", 1)
        (spokes / example.name.replace("-spoke-", " spoke ")).write_text(text, encoding="utf-8")
    outside = folder / "outside.sarif"
    result = run([sys.executable, "main.py", "validate", "--format", "sarif", spokes], cwd=EXAMPLES.parent)
    outside.write_text(result.stdout, encoding="utf-8")
    return {"examples": outputs / "validate.sarif", "inherited": inherited, "outside": outside}


@pytest.mark.parametrize("log", ["examples", "inherited", "outside"])
def test_every_result_points_at_the_artifact_its_finding_is_in(logs: dict[str, Path], log: str) -> None:
    (run_,) = json.loads(logs[log].read_text(encoding="utf-8"))["runs"]
    uris = [artifact["location"]["uri"] for artifact in run_["artifacts"]]
    assert run_["results"]
    for result in run_["results"]:
        place = result["locations"][0]["physicalLocation"]["artifactLocation"]
        assert uris[place["index"]] == place["uri"], result
    if log == "outside":  # the hub, where the spokes' inherited findings are, is an artifact too
        assert any(uri.endswith("/meridian-securities-hub.playbook.yaml") for uri in uris)
        assert all(" " not in uri for uri in uris) and any("%20spoke%20" in uri for uri in uris)


@pytest.mark.parametrize("log", ["examples", "inherited"])
def test_the_sarif_multitool_with_github_rules_finds_nothing(logs: dict[str, Path], log: str, tmp_path: Path) -> None:
    assert multitool_findings(logs[log], tmp_path) == []


def test_every_result_has_a_line_code_scanning_can_place(logs: dict[str, Path]) -> None:
    folder = logs["inherited"].parent
    (run_,) = json.loads(logs["inherited"].read_text(encoding="utf-8"))["runs"]
    spoke_uri, hub_uri = (artifact["location"]["uri"] for artifact in run_["artifacts"])
    assert spoke_uri.endswith("/meridian-securities-spoke-emea.playbook.yaml")
    assert hub_uri.endswith("/meridian-securities-hub.playbook.yaml")
    results = run_["results"]
    for result in results:
        uri, line = _place(result)
        assert 1 <= line <= (folder / uri.rsplit("/", 1)[-1]).read_text(encoding="utf-8").count("\n"), result
    # the spoke's own findings in the spoke; what it inherits where the hub's own finding is
    spoke_results = [r for r in results if r["ruleId"].startswith("SPOKE-")]
    assert spoke_results and {_place(r)[0] for r in spoke_results} == {spoke_uri}
    champion = [_place(r) for r in results if r["ruleId"] == "GOV-CHAMPION-MISSING"]
    assert len(champion) == 2 and champion[0] == champion[1] and champion[0][0] == hub_uri
    assert champion[0][1] > 1
    # a finding with no line of its own (the hub has no experiments section): line 1 of its file,
    # and the field it is about
    experiments = [r for r in results if r["ruleId"] == "LEARN-NONE"]
    assert len(experiments) == 2
    for result in experiments:
        (location,) = result["locations"]
        assert _place(result) == (hub_uri, 1)
        assert location["logicalLocations"][0]["fullyQualifiedName"] == "experiments.items"


def _place(result: dict[str, Any]) -> tuple[str, int]:
    (location,) = result["locations"]
    physical = location["physicalLocation"]
    return physical["artifactLocation"]["uri"], physical["region"]["startLine"]


def test_the_logs_are_valid_against_the_sarif_schema(logs: dict[str, Path]) -> None:
    schema = node_file(SCHEMA)
    result = run([sys.executable, "-m", "check_jsonschema", "--schemafile", schema, *logs.values()])
    assert result.returncode == 0, result.stdout + result.stderr
