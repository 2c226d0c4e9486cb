"""``charter schema`` as check-jsonschema and the YAML language server (driven as an editor does)
read it: they accept what Charter's loader accepts and flag what it refuses, at the same places."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from playbooks.checks.validation import validate_file
from tests.conftest import EXAMPLES
from tests.readers.tools import HERE, node_file, offline_env, program, run

HUB = EXAMPLES / "meridian-securities-hub.playbook.yaml"
SPOKE = EXAMPLES / "meridian-securities-spoke-emea.playbook.yaml"


def _yaml_files(outputs: Path) -> list[Path]:
    """The examples as shipped, and every YAML file Charter wrote (saved examples, starters, a new spoke)."""
    return [*sorted(EXAMPLES.glob("*.playbook.yaml")), *sorted((outputs / "yaml").glob("*.yaml"))]


def check_jsonschema(schema: Path, files: list[Path]) -> dict[str, list[str]]:
    """check-jsonschema's errors per file name, as field paths (``document.bogus_key``)."""
    result = run([sys.executable, "-m", "check_jsonschema", "--output-format", "json", "--schemafile", schema, *files])
    report = json.loads(result.stdout)
    assert not report.get("parse_errors"), report
    found: dict[str, list[str]] = {path.name: [] for path in files}
    for error in report.get("errors", []):
        path = re.sub(r"^\$\.?", "", error["path"])
        # an unknown or a missing key: the error stands at the mapping, the loader's at the key
        key = re.search(r"\('(.+)' was unexpected\)|^'(.+)' is a required property", error["message"])
        if key:
            name = key.group(1) or key.group(2)
            path = f"{path}.{name}" if path else name
        found[Path(error["filename"]).name].append(path)
    return found


def yaml_language_server(schema: Path | None, files: list[Path], home: Path) -> dict[str, list[dict[str, Any]]]:
    """The diagnostics the YAML language server publishes for each file (``schema`` None: each
    file's own ``# yaml-language-server: $schema=`` line)."""
    node = program("node")
    node_file("yaml-language-server/bin/yaml-language-server")
    result = run(
        [node, HERE / "yamlls_check.mjs", schema if schema is not None else "-", *files],
        cwd=HERE,
        env=offline_env(home),
        timeout=120,
    )
    assert result.returncode in (0, 1), result.stderr
    reports = [json.loads(line) for line in result.stdout.splitlines()]
    return {Path(report["file"]).name: report["diagnostics"] for report in reports}


def test_check_jsonschema_accepts_every_example_and_every_file_charter_wrote(outputs: Path) -> None:
    files = _yaml_files(outputs)
    assert check_jsonschema(outputs / "schema.json", files) == {path.name: [] for path in files}


def test_the_yaml_language_server_accepts_every_example_and_every_file_charter_wrote(
    outputs: Path, tmp_path: Path
) -> None:
    files = _yaml_files(outputs)
    assert yaml_language_server(outputs / "schema.json", files, tmp_path) == {path.name: [] for path in files}


def test_an_editors_schema_line_survives_a_save_and_the_language_server_follows_it(
    outputs: Path, tmp_path: Path
) -> None:
    files = sorted((outputs / "yaml").glob("modeline-*.playbook.yaml"))
    assert len(files) == 2
    for path in files:
        assert path.read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=../schema.json\n---\n")
    assert yaml_language_server(None, files, tmp_path) == {path.name: [] for path in files}
    # the line is what makes the server check the file: a broken copy is flagged through it
    broken = tmp_path / "modeline-broken.playbook.yaml"
    broken.write_text(
        files[0].read_text(encoding="utf-8").replace("$schema=../schema.json", f"$schema={outputs / 'schema.json'}")
        + "bogus_section: 1\n",
        encoding="utf-8",
    )
    (diagnostic,) = yaml_language_server(None, [broken], tmp_path)[broken.name]
    assert "bogus_section" in diagnostic["message"]


def _first(pattern: str, replacement: str) -> Callable[[str], str]:
    return lambda text: re.sub(pattern, replacement, text, count=1, flags=re.MULTILINE)


#: Files the loader reads as a user wrote them: YAML 1.1 habits and quoted numbers (no error).
ACCEPTED = {
    "hub-title-2024": (HUB, _first(r"^  title: .*$", "  title: 2024")),
    "hub-material-yes": (HUB, _first(r"^      material: true$", "      material: yes")),
    "hub-quoted-cadence": (HUB, _first(r"^  review_cadence_months: (\d+)$", r"  review_cadence_months: '\1'")),
    # an id's pattern takes the text of a plain number (attack 13)
    "hub-id-a-number": (HUB, _first(r"^  id: .*$", "  id: 2024")),
    "hub-id-a-fraction": (HUB, _first(r"^  id: .*$", "  id: 1.5")),
    "hub-id-a-flag": (HUB, _first(r"^  id: .*$", "  id: true")),
}
#: Files the loader refuses: an unknown key, a list for text, a value not in the list, a spoke
#: change with no such action, a spoke that does not say its format version.
REFUSED = {
    "hub-unknown-key": (HUB, _first(r"^  status: active$", "  status: active\n  bogus_key: 1")),
    "hub-list-for-text": (HUB, _first(r"^  version: .*$", "  version: [1, 2]")),
    "hub-unknown-status": (HUB, _first(r"^  status: active$", "  status: activ")),
    "hub-flag-not-a-flag": (HUB, _first(r"^      material: true$", "      material: maybe")),
    "spoke-unknown-action": (SPOKE, _first(r"^  - action: set$", "  - action: replace")),
    "spoke-no-version": (SPOKE, _first(r"^schema_version: 2\n", "")),
    # a patterned text field given a number or a flag its pattern does not take (attack 13)
    "hub-version-a-number": (HUB, _first(r"^  version: .*$", "  version: 1.0")),
    "hub-version-a-whole-number": (HUB, _first(r"^  version: .*$", "  version: 2")),
    "hub-version-a-flag": (HUB, _first(r"^  version: .*$", "  version: true")),
    "hub-fingerprint-a-number": (HUB, _first(r"^      fingerprint: .*$", "      fingerprint: 1234")),
    "hub-id-negative": (HUB, _first(r"^  id: .*$", "  id: -1")),
}


def _loader_errors(path: Path) -> list[tuple[str, int | None]]:
    return sorted((f.path, f.line) for f in validate_file(path).findings if f.code == "SCHEMA")


@pytest.fixture(scope="module")
def variants(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("variants")
    out = {}
    for name, (source, edit) in {**ACCEPTED, **REFUSED}.items():
        text = source.read_text(encoding="utf-8")
        edited = edit(text)
        assert edited != text, name
        out[name] = folder / f"{name}.playbook.yaml"
        out[name].write_text(edited, encoding="utf-8")
    # a spoke's hub is found beside it
    (folder / HUB.name).write_text(HUB.read_text(encoding="utf-8"), encoding="utf-8")
    return out


@pytest.fixture(scope="module")
def verdicts(
    outputs: Path, variants: dict[str, Path], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, tuple[list[tuple[str, int | None]], list[str], list[dict[str, Any]]]]:
    """Per variant: the loader's errors (field, line), check-jsonschema's fields, the language server's diagnostics."""
    files = list(variants.values())
    home = tmp_path_factory.mktemp("yamlls-home")
    checked = check_jsonschema(outputs / "schema.json", files)
    served = yaml_language_server(outputs / "schema.json", files, home)
    return {name: (_loader_errors(path), checked[path.name], served[path.name]) for name, path in variants.items()}


@pytest.mark.parametrize("name", sorted(ACCEPTED))
def test_what_the_loader_accepts_the_readers_accept(name: str, verdicts: dict[str, Any]) -> None:
    assert verdicts[name] == ([], [], [])


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_what_the_loader_refuses_the_readers_flag_at_the_same_field_and_line(
    name: str, variants: dict[str, Path], verdicts: dict[str, Any]
) -> None:
    loader, checked, served = verdicts[name]
    assert loader, "the loader refuses the file"
    # check-jsonschema: the same fields (or, for a spoke's change, the change that holds the field)
    for path in checked:
        assert any(field == path or field.startswith((path + ".", path + "[")) for field, _ in loader), (path, loader)
    for field, _ in loader:
        assert any(field == path or field.startswith((path + ".", path + "[")) for path in checked), (field, checked)
    # the language server: an error on each line the loader names (a key missing from the top
    # mapping, which the loader names without a line, where that mapping starts)
    text = variants[name].read_text(encoding="utf-8").splitlines()
    top = next(i for i, line in enumerate(text, 1) if line.strip() and not line.startswith(("#", "---")))
    lines = {diagnostic["line"] for diagnostic in served if diagnostic["severity"] == "error"}
    assert lines == {line or top for _, line in loader}, (served, loader)
