"""YAML that Charter writes as yamllint (default rules, line length aside) reads it."""

from __future__ import annotations

import sys
from pathlib import Path

from tests.conftest import EXAMPLES, ROOT
from tests.readers.tools import HERE, module, run


def yamllint(files: list[Path]) -> list[str]:
    """yamllint's findings, errors and warnings alike (``--strict``), one per line."""
    module("yamllint")
    result = run([sys.executable, "-m", "yamllint", "--strict", "-f", "parsable", "-c", HERE / "yamllint.yaml", *files])
    assert result.returncode in (0, 1, 2), result.stderr
    return result.stdout.splitlines()


def test_yamllint_finds_nothing_in_any_file_charter_wrote(outputs: Path) -> None:
    written = sorted((outputs / "yaml").glob("*.yaml"))
    assert len(written) > 10
    shipped = [*sorted(EXAMPLES.glob("*.playbook.yaml")), *sorted((ROOT / "playbooks" / "starters").glob("*.yaml"))]
    assert yamllint([*written, *shipped]) == []


def test_yamllint_check_finds_what_libyaml_writes_by_itself(tmp_path: Path) -> None:
    indentless = tmp_path / "indentless.yaml"
    indentless.write_text("a:\n- 1\n", encoding="utf-8")
    found = yamllint([indentless])
    assert [line.split(": ", 1)[1] for line in found] == [
        '[warning] missing document start "---" (document-start)',
        "[error] wrong indentation: expected at least 1 (indentation)",
    ]


def test_the_examples_come_back_byte_for_byte_from_a_load_and_a_save(outputs: Path) -> None:
    for example in EXAMPLES.glob("*.playbook.yaml"):
        assert (outputs / "yaml" / example.name).read_bytes() == example.read_bytes(), example.name
