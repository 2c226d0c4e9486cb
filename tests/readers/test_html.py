"""HTML documents as the Nu HTML Checker (vnu) and axe-core (in Chromium) read them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.readers.conftest import document_names
from tests.readers.tools import CHROMIUM, HERE, missing, node_file, offline_env, program, run

NAMES = document_names("html")


@pytest.fixture(scope="module")
def vnu(outputs: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict[str, Any]]]:
    """The checker's messages per file: all files in one run (the JVM starts once)."""
    java = program("java")
    jar = node_file("vnu-jar/build/dist/vnu.jar")
    files = [outputs / "documents" / name for name in NAMES]
    home = tmp_path_factory.mktemp("vnu-home")
    result = run([java, "-jar", jar, "--format", "json", "--stdout", *files], env=offline_env(home))
    # exit 1 means "errors found"; anything else but 0 is the checker failing
    assert result.returncode in (0, 1), result.stderr
    messages: dict[str, list[dict[str, Any]]] = {name: [] for name in NAMES}
    for message in json.loads(result.stdout)["messages"]:
        if "url" not in message:  # a message about the run itself (a file not found, ...)
            pytest.fail(f"vnu: {message}")
        messages[message["url"].rsplit("/", 1)[-1]].append(message)
    return messages


def _shown(messages: list[dict[str, Any]]) -> list[str]:
    return [f"{m.get('lastLine')}: {m.get('subType', m['type'])}: {m['message']}" for m in messages]


@pytest.mark.parametrize("name", NAMES)
def test_the_nu_html_checker_finds_no_error_and_no_warning(vnu: dict[str, list[dict[str, Any]]], name: str) -> None:
    problems = [m for m in vnu[name] if m["type"] == "error" or m.get("subType") == "warning"]
    assert _shown(problems) == []


@pytest.fixture(scope="module")
def axe(outputs: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """axe-core's results per file, all files in one browser (only file: URLs may load)."""
    node = program("node")
    node_file("axe-core/axe.min.js")
    node_file("playwright-core/package.json")
    if not CHROMIUM.exists():
        missing(f"Chromium ({CHROMIUM})")
    files = [outputs / "documents" / name for name in NAMES]
    home = tmp_path_factory.mktemp("axe-home")
    env = offline_env(home) | {"CHROMIUM": str(CHROMIUM), "AXE_TAGS": AXE_TAGS}
    result = run([node, HERE / "axe_check.js", *files], cwd=HERE, env=env)
    assert result.returncode in (0, 1), result.stderr
    found = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    return {Path(entry["file"]).name: entry for entry in found}


#: WCAG 2.0 and 2.1, levels A and AA, and axe's best practices (landmarks, heading order, ...).
AXE_TAGS = "wcag2a,wcag2aa,wcag21a,wcag21aa,best-practice"


@pytest.mark.parametrize("name", NAMES)
def test_axe_finds_no_accessibility_violation(axe: dict[str, dict[str, Any]], name: str) -> None:
    assert name in axe, "axe checked the file"
    assert axe[name]["violations"] == []
    assert axe[name]["passes"] > 10
