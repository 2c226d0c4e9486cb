"""The site configuration on the command line: ``charter config``, and each key where it takes effect."""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from playbooks.io import config
from playbooks.tailoring import load_spoke
from tests.conftest import EXAMPLES
from tests.test_cli import run

EXAMPLE = EXAMPLES / "meridian-securities-hub.playbook.yaml"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def system(site_configuration: Path) -> Path:
    return config.system_file()


@pytest.fixture
def user(site_configuration: Path) -> Path:
    return site_configuration / "xdg" / "charter" / "charter.toml"


@pytest.fixture
def templates(tmp_path: Path) -> dict[str, Path]:
    """Two custom template folders whose Markdown policy says which folder it came from."""
    folders = {}
    for name in ("site", "mine"):
        folder = tmp_path / f"{name}-templates"
        write(folder / "policy.md.j2", f"# {name.upper()}-TEMPLATE {{{{ control.title }}}}\n")
        folders[name] = folder
    return folders


# ---- charter config


def test_config_shows_each_value_with_its_origin_and_the_locks(
    system: Path, user: Path, templates: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    write(system, f'template_dir = "{templates["site"]}"\nlocked = ["template_dir"]\nlanguage = "en-US"\n')
    write(user, f'template_dir = "{templates["mine"]}"\nrecent_files = 12\n')
    letter = write(tmp_path / "letter.toml", 'paper = "letter"\n')
    monkeypatch.setenv("CHARTER_CONFIG", str(letter))
    code, out, err = run(["config"], capsys)
    assert (code, err) == (0, "")
    rows = {line.split()[0]: line for line in out.splitlines() if line and not line.startswith(" ")}
    assert rows["template_dir"].split()[1:] == [str(templates["site"]), "system", "file", str(system), "(locked)"]
    assert rows["paper"].split()[1:] == ["letter", "CHARTER_CONFIG", str(letter)]
    assert rows["language"].split()[1:] == ["en-US", "system", "file", str(system)]
    assert rows["recent_files"].split()[1:] == ["12", "user", "file", str(user)]
    assert rows["starter"].split()[1:] == ["generic", "default"]
    assert (
        f"  template_dir: user file {user} says {templates['mine']}: ignored, the site locks template_dir"
        in out.splitlines()
    )
    files = out.split("Files, lowest precedence first:\n")[1].splitlines()
    assert [line.split() for line in files] == [
        ["system", "file", str(system), "read"],
        ["user", "file", str(user), "read"],
        ["CHARTER_CONFIG", str(letter), "read"],
    ]


def test_config_as_json(system: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    write(system, 'paper = "letter"\nlocked = ["paper"]\n')
    code, out, _ = run(["config", "--format", "json"], capsys)
    data = json.loads(out)
    assert code == 0
    assert data["settings"]["paper"] == {
        "value": "letter",
        "source": "system file",
        "file": str(system),
        "locked": True,
        "overruled": [],
    }
    assert data["settings"]["template_dir"]["value"] is None
    assert data["problems"] == []


def test_config_with_a_bad_file_says_so_in_one_line_and_shows_the_defaults(user: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    write(user, "paper = letter\n")  # unquoted: not TOML
    code, out, err = run(["config"], capsys)
    assert code == 1
    assert err.count("\n") == 1
    assert err.startswith(f"charter: warning: {user}: not valid TOML (") and err.endswith("; ignored\n")
    assert "paper         a4" in out and f"{user}  ignored: not valid TOML" in out


def test_config_flags_a_starter_charter_does_not_have_and_missing_paths(system: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    write(
        system, 'starter = "crypto-exchange"\ntemplate_dir = "/nonexistent/t"\nhub = "/nonexistent/hub.playbook.yaml"\n'
    )
    code, _out, err = run(["config"], capsys)
    assert code == 1
    assert err.splitlines() == [
        f"charter: warning: {system}: starter: unknown starter 'crypto-exchange' (Charter has: generic, "
        "finra-broker-dealer, sec-investment-adviser, us-bank-ffiec, uk-fca-firm, healthcare-hipaa, pharma-fda, "
        "insurance-naic); using 'generic'",
        f"charter: warning: {system}: template_dir: /nonexistent/t: no such folder",
        f"charter: warning: {system}: hub: /nonexistent/hub.playbook.yaml: no such file",
    ]


# ---- export: template folder, paper, language


def test_a_system_locked_template_folder_is_used_even_when_the_user_file_names_another(
    system: Path, user: Path, templates: dict[str, Path], tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    write(system, f'template_dir = "{templates["site"]}"\nlocked = ["template_dir"]\n')
    write(user, f'template_dir = "{templates["mine"]}"\n')
    out = tmp_path / "policy.md"
    code, _, err = run(["export", str(EXAMPLE), "--format", "md", "-o", str(out)], capsys)
    assert (code, err) == (0, "")
    assert out.read_text().startswith("# SITE-TEMPLATE ")
    # and the command line cannot override it either: one line, nothing written
    other = tmp_path / "other.md"
    code, _, err = run(
        ["export", str(EXAMPLE), "--format", "md", "--template-dir", str(templates["mine"]), "-o", str(other)], capsys
    )
    assert code == 2 and not other.exists()
    assert err == (
        f"charter: error: --template-dir: template_dir is locked by the site to {templates['site']} ({system})\n"
    )


def test_the_user_files_template_folder_is_the_default_and_the_command_line_overrides_it(
    user: Path, templates: dict[str, Path], tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    write(user, f'template_dir = "{templates["mine"]}"\n')
    out = tmp_path / "policy.md"
    assert run(["export", str(EXAMPLE), "--format", "md", "-o", str(out)], capsys)[0] == 0
    assert out.read_text().startswith("# MINE-TEMPLATE ")
    args = ["export", str(EXAMPLE), "--format", "md", "--template-dir", str(templates["site"]), "-o", str(out)]
    assert run([*args, "--force"], capsys)[0] == 0
    assert out.read_text().startswith("# SITE-TEMPLATE ")


def test_a_configured_template_folder_that_is_missing_names_the_file_and_key(
    user: Path, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    write(user, 'template_dir = "gone"\n')
    out = tmp_path / "policy.md"
    code, _, err = run(["export", str(EXAMPLE), "--format", "md", "-o", str(out)], capsys)
    assert code == 2 and not out.exists()
    assert err == f"charter: error: {user}: template_dir: {user.parent / 'gone'}: template folder not found\n"


@pytest.mark.parametrize(
    ("settings", "tag", "page"),
    [
        ("", "en", '<w:pgSz w:w="11906" w:h="16838"/>'),  # no configuration: English, A4
        ('language = "en-gb"\npaper = "letter"\n', "en-GB", '<w:pgSz w:w="12240" w:h="15840"/>'),
    ],
)
def test_documents_declare_the_configured_language_and_paper(
    user: Path, tmp_path: Path, capsys, settings: str, tag: str, page: str
) -> None:  # type: ignore[no-untyped-def]
    write(user, settings)
    # a playbook that does not say which paper it is printed on
    example = tmp_path / "hub.playbook.yaml"
    example.write_text(EXAMPLE.read_text(encoding="utf-8").replace("  paper: letter\n", ""), encoding="utf-8")
    html, docx = tmp_path / "policy.html", tmp_path / "policy.docx"
    assert run(["export", str(example), "--format", "html", "-o", str(html)], capsys)[0] == 0
    assert f'<html lang="{tag}">' in html.read_text()
    assert run(["export", str(example), "--format", "docx", "-o", str(docx)], capsys)[0] == 0
    with zipfile.ZipFile(docx) as word:
        assert f"<dc:language>{tag}</dc:language>" in word.read("docProps/core.xml").decode()
        assert f'<w:lang w:val="{tag}"' in word.read("word/styles.xml").decode()
        assert page in word.read("word/document.xml").decode()


A4, LETTER = '<w:pgSz w:w="11906" w:h="16838"/>', '<w:pgSz w:w="12240" w:h="15840"/>'


@pytest.mark.parametrize(
    ("settings", "option", "page"),
    [
        ('paper = "a4"\n', [], LETTER),  # the playbook's own paper over the site's
        ("", ["--paper", "a4"], A4),  # what the user asks for this export over the playbook's
        ('paper = "a4"\nlocked = ["paper"]\n', [], A4),  # a site's lock over everything
    ],
)
def test_the_paper_is_the_playbooks_own_unless_asked_or_locked(  # type: ignore[no-untyped-def]
    system: Path, tmp_path: Path, capsys, settings: str, option: list[str], page: str
) -> None:
    assert "  paper: letter\n" in EXAMPLE.read_text(encoding="utf-8"), "the US hub prints on US Letter"
    write(system, settings)
    out = tmp_path / "policy.docx"
    assert run(["export", str(EXAMPLE), "--format", "docx", *option, "-o", str(out)], capsys)[0] == 0
    with zipfile.ZipFile(out) as word:
        assert page in word.read("word/document.xml").decode()


def test_a_locked_paper_size_refuses_the_command_line(system: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    write(system, 'paper = "a4"\nlocked = ["paper"]\n')
    out = tmp_path / "policy.docx"
    code, _, err = run(["export", str(EXAMPLE), "--format", "docx", "--paper", "Letter", "-o", str(out)], capsys)
    assert code == 2 and not out.exists()
    assert err == f"charter: error: --paper: paper is locked by the site to a4 ({system})\n"


def test_a_bad_configuration_file_is_one_warning_and_the_export_still_runs(user: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    write(user, 'paper = "A3"\n')
    out = tmp_path / "policy.html"
    code, stdout, err = run(["export", str(EXAMPLE), "--format", "html", "-o", str(out)], capsys)
    assert code == 0 and out.exists() and stdout.startswith(str(out))
    assert err == (
        f"charter: warning: {user}: paper: 'A3' is not a paper size Charter knows; use a4 or letter; ignored\n"
    )


# ---- new: starter and hub


def test_new_without_preset_starts_from_the_configured_starter(user: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    write(user, 'starter = "uk-fca-firm"\n')
    out = tmp_path / "new.playbook.yaml"
    code, stdout, _ = run(["new", "-o", str(out)], capsys)
    assert code == 0
    assert stdout.splitlines()[0] == f"{out}: new playbook from the 'uk-fca-firm' starter (UK FCA-authorised firm)"
    # --preset still chooses
    code, stdout, _ = run(["new", "--preset", "generic", "-o", str(out), "--force"], capsys)
    assert code == 0 and "'generic' starter" in stdout


def test_an_unknown_configured_starter_is_one_warning_and_the_generic_starter(
    user: Path, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    write(user, 'starter = "crypto-exchange"\n')
    out = tmp_path / "new.playbook.yaml"
    code, stdout, err = run(["new", "-o", str(out)], capsys)
    assert code == 0 and "'generic' starter" in stdout
    assert err.count("\n") == 1 and err.startswith(f"charter: warning: {user}: starter: unknown starter")


def test_new_spoke_tailors_the_configured_hub(user: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    hub = shutil.copy(EXAMPLE, tmp_path / "corporate.playbook.yaml")
    write(user, f'hub = "{hub}"\n')
    out = tmp_path / "emea.playbook.yaml"
    code, stdout, err = run(["new", "--region", "EMEA", "-o", str(out)], capsys)
    assert (code, err) == (0, "")
    assert stdout.startswith(f"{out}: new 'EMEA' spoke of {hub}")
    assert (out.parent / load_spoke(out).spoke.hub).resolve() == Path(hub).resolve()


def test_a_spoke_without_hub_or_configured_hub_says_both_are_needed(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(["new", "--region", "EMEA", "-o", str(tmp_path / "x.playbook.yaml")], capsys)
    assert code == 2
    assert err == "charter: error: a spoke needs both --spoke-of HUB and --region NAME (or hub in 'charter config')\n"


# ---- provenance


def test_version_verbose_shows_commit_build_date_python_and_qt(capsys) -> None:  # type: ignore[no-untyped-def]
    from playbooks import __version__

    code, out, err = run(["--version", "--verbose"], capsys)
    lines = out.splitlines()
    assert (code, err) == (0, "")
    assert lines[0] == f"Charter {__version__}"
    assert [line.split(":")[0] for line in lines[1:]] == ["Commit", "Built", "Python", "Qt"]
    assert run(["--verbose"], capsys)[0] == 2


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_from_a_checkout_the_commit_comes_from_git() -> None:
    from playbooks.io.buildinfo import build_info
    from tests.conftest import ROOT

    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    head = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short=12", "HEAD"], capture_output=True, text=True, check=True
    ).stdout.strip()
    info = build_info(ROOT / "no-build-file.json")
    assert info.commit.split(",")[0] == head
    assert info.built == "running from source, not a packaged build"


def test_a_packaged_build_reads_its_baked_record(tmp_path: Path) -> None:
    from playbooks.io.buildinfo import build_info, stamp

    record = stamp(tmp_path, {"SOURCE_DATE_EPOCH": "1767225600"})
    assert record == {"commit": "unknown", "built": "2026-01-01 00:00 UTC"}  # tmp_path is no git checkout
    path = write(tmp_path / "_build.json", json.dumps({"commit": "0123456789ab", "built": "2026-12-01 10:00 UTC"}))
    info = build_info(path)
    assert (info.commit, info.built) == ("0123456789ab", "2026-12-01 10:00 UTC")
