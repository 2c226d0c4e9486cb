"""The command line as a user meets it: exit codes, one-line errors, never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from playbooks import __version__
from playbooks.cli.main import main
from playbooks.io.yamlio import dump_yaml
from tests.conftest import EXAMPLES, ROOT


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(args)
    except SystemExit as exc:  # argparse exits for --version and usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--version"], capsys) == (0, f"charter {__version__}\n", "")


def test_validate_a_valid_file_exits_0(minimal: dict[str, Any], write_playbook, capsys) -> None:  # type: ignore[no-untyped-def]
    path = write_playbook(dump_yaml(minimal))
    code, out, _ = run(["validate", str(path)], capsys)
    assert code in (0, 1)  # governance findings may be errors for such a thin playbook
    assert "SCHEMA" not in out


def test_a_broken_reference_exits_1_with_the_path(minimal: dict[str, Any], write_playbook, capsys) -> None:  # type: ignore[no-untyped-def]
    minimal["measurement"]["metrics"][0]["objective"] = "o-missing"
    path = write_playbook(dump_yaml(minimal))
    code, out, err = run(["validate", str(path)], capsys)
    assert code == 1
    assert "measurement.metrics[0].objective: 'o-missing' is not an objective" in out
    assert "Traceback" not in out + err


def test_invalid_yaml_exits_2_with_the_line(write_playbook, capsys) -> None:  # type: ignore[no-untyped-def]
    path = write_playbook("document:\n  title: 'unterminated\n")
    code, _out, err = run(["validate", str(path)], capsys)
    assert code == 2
    assert err.startswith(f"charter: error: {path}:") and err.count("\n") == 1


def test_an_alias_exits_2(write_playbook, capsys) -> None:  # type: ignore[no-untyped-def]
    path = write_playbook("a: &a [1, 2]\nb: *a\n")
    code, _, err = run(["validate", str(path)], capsys)
    assert code == 2 and "aliases" in err


def test_json_output_lists_findings_per_file(minimal: dict[str, Any], write_playbook, capsys) -> None:  # type: ignore[no-untyped-def]
    minimal["channels"]["accounts"][0]["owner"] = "p-x"
    path = write_playbook(dump_yaml(minimal))
    code, out, _ = run(["validate", str(path), "--format", "json"], capsys)
    report = json.loads(out)
    assert code == 1
    assert report[0]["file"] == str(path)
    schema = [f for f in report[0]["findings"] if f["code"] == "SCHEMA"]
    owner_line = path.read_text().splitlines().index("      owner: p-x") + 1
    assert schema == [
        {
            "code": "SCHEMA",
            "severity": "error",
            "path": "channels.accounts[0].owner",
            "message": "'p-x' is not a person in this playbook",
            "line": owner_line,
            "waived": False,
            "waiver_reason": "",
        }
    ]


def test_new_writes_a_valid_playbook_and_refuses_to_overwrite(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "mine.playbook.yaml"
    assert run(["new", "--preset", "generic", "-o", str(out)], capsys)[0] == 0
    assert run(["validate", str(out)], capsys)[0] in (0, 1)
    before = out.read_bytes()
    code, _, err = run(["new", "--preset", "generic", "-o", str(out)], capsys)
    assert code == 2 and "already exists" in err and out.read_bytes() == before


def test_an_unknown_starter_lists_the_valid_ones(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(["new", "--preset", "nope", "-o", str(tmp_path / "x.playbook.yaml")], capsys)
    assert code == 2 and "generic" in err and err.count("\n") == 1


def test_presets_lists_the_starters(capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(["presets"], capsys)
    assert code == 0 and out.splitlines()[0].startswith("generic")


def test_schema_describes_hub_and_spoke_files_as_the_loader_reads_them(capsys) -> None:  # type: ignore[no-untyped-def]
    import jsonschema
    import yaml
    from jsonschema.exceptions import best_match

    def best_match_of(error: jsonschema.ValidationError) -> jsonschema.ValidationError:
        found = best_match([error])
        assert found is not None
        return found

    code, out, _ = run(["schema"], capsys)
    schema = json.loads(out)
    assert code == 0 and schema["$schema"].endswith("/2020-12/schema") and schema["$id"].startswith("urn:charter:")
    validator = jsonschema.Draft202012Validator(schema)
    for example in sorted(EXAMPLES.glob("*.playbook.yaml")):
        assert list(validator.iter_errors(yaml.safe_load(example.read_text(encoding="utf-8")))) == [], example.name
    hub = yaml.safe_load((EXAMPLES / "meridian-securities-hub.playbook.yaml").read_text(encoding="utf-8"))
    # what the loader reads as text, a whole number or a flag, or as not set, the schema takes too
    hub["document"].update(title=2024, review_cadence_months="12", confidentiality=None)
    hub["document"]["change_log"][0]["material"] = "yes"
    assert list(validator.iter_errors(hub)) == []
    hub["document"].update(status="activ", bogus_key=1)
    hub["document"]["change_log"][0]["material"] = "maybe"
    # each as an editor shows it: the most relevant of the alternatives a value fails ("not set" or a status)
    paths = sorted(f"{error.json_path}: {error.validator}" for error in map(best_match_of, validator.iter_errors(hub)))
    assert paths == [
        "$.document.change_log[0].material: pattern",
        "$.document.status: enum",
        "$.document: additionalProperties",
    ]
    spoke = yaml.safe_load((EXAMPLES / "meridian-securities-spoke-emea.playbook.yaml").read_text(encoding="utf-8"))
    del spoke["schema_version"]
    spoke["changes"][0]["action"] = "replace"
    assert {error.json_path for error in validator.iter_errors(spoke)} == {"$", "$.changes[0]"}


@pytest.mark.parametrize(
    "args",
    [["validate"], ["validate", "--format", "xml", "x"], ["frobnicate"], ["new"], ["validate", "--bogus", "x"]],
)
def test_bad_arguments_are_one_line_and_exit_2(args: list[str], capsys) -> None:  # type: ignore[no-untyped-def]
    code, _out, err = run(args, capsys)
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("charter: error:")


def test_an_unexpected_error_is_one_line_and_logged(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, write_playbook, capsys
) -> None:  # type: ignore[no-untyped-def]
    import playbooks.checks.folders as validate_command

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))

    def explode(name: str) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(validate_command, "validate_file", explode)
    code, _, err = run(["validate", str(write_playbook("a: 1\n"))], capsys)
    assert code == 3 and err.count("\n") == 1 and "internal error" in err
    assert "Traceback" in (tmp_path / "state" / "charter" / "charter.log").read_text()


def test_main_py_runs_the_cli_in_a_real_process(write_playbook) -> None:  # type: ignore[no-untyped-def]
    path = write_playbook("[1, 2\n")
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "validate", str(path)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1


@pytest.mark.parametrize(
    ("blocked", "args", "expected"),
    [
        (
            "PySide6.QtGui",
            ["export", "{example}", "-o", "{out}"],
            "charter: error: PDF export needs Charter's Qt renderer, which could not be loaded: ",
        ),
        ("PySide6.QtWidgets", ["--smoke-test", "{example}"], "charter: error: the editor cannot start: "),
    ],
)
def test_a_qt_that_cannot_load_is_one_line_saying_why(
    tmp_path: Path, blocked: str, args: list[str], expected: str
) -> None:
    # as on a machine without a library Qt needs (libEGL.so.1 on a bare Debian): no traceback
    example = ROOT / "examples" / "meridian-securities-hub.playbook.yaml"
    argv = [a.format(example=example, out=tmp_path / "out.pdf") for a in args]
    code = f"import sys; sys.modules[{blocked!r}] = None; sys.argv = ['main.py', *{argv!r}]; import main; sys.exit(main.main())"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert done.stderr.startswith(expected) and done.stderr.count("\n") == 1, done.stderr
    assert blocked in done.stderr
