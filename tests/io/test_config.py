"""The site configuration: precedence, locks, bad files (one line each, the rest still applies)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from playbooks.io import config
from playbooks.io.config import LockedError, Source
from tests.conftest import ROOT


@pytest.fixture
def files(site_configuration: Path) -> dict[str, Path]:
    """Where the system file, the user file and a CHARTER_CONFIG file go (none written, none named)."""
    env = site_configuration / "env" / "script.toml"
    return {
        "system": config.system_file(),
        "user": site_configuration / "xdg" / "charter" / "charter.toml",
        "env": env,
    }


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_without_files_every_key_has_its_default(site_configuration: Path) -> None:
    site = config.load()
    assert {key: setting.value for key, setting in site.settings.items()} == {
        "template_dir": None,
        "paper": "a4",
        "language": "en",
        "starter": "generic",
        "hub": None,
        "recent_files": 8,
    }
    assert {s.source for s in site.settings.values()} == {Source.DEFAULT}
    assert site.problems == []
    assert [(f.source, f.status) for f in site.files] == [(Source.SYSTEM, "not present"), (Source.USER, "not present")]


def test_user_file_overrides_system_file_and_charter_config_overrides_both(
    files: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CHARTER_CONFIG", str(files["env"]))
    write(files["system"], 'paper = "letter"\nlanguage = "en-US"\nstarter = "finra-broker-dealer"\n')
    write(files["user"], 'language = "en-GB"\nstarter = "uk-fca-firm"\nrecent_files = 3\n')
    write(files["env"], 'starter = "pharma-fda"\n')
    site = config.load()
    assert (site.paper, site.settings["paper"].source, site.settings["paper"].path) == (
        "letter",
        Source.SYSTEM,
        files["system"],
    )
    assert (site.language, site.settings["language"].source) == ("en-GB", Source.USER)
    assert (site.recent_files, site.settings["recent_files"].source) == (3, Source.USER)
    assert (site.starter, site.settings["starter"].source) == ("pharma-fda", Source.ENVIRONMENT)
    assert site.settings["starter"].origin == f"CHARTER_CONFIG {files['env']}"
    assert site.problems == []


def test_the_command_line_overrides_the_files(files: dict[str, Path]) -> None:
    write(files["user"], 'paper = "letter"\n')
    site = config.load()
    assert site.choose("paper", None) == "letter"
    assert site.choose("paper", "a4", "--paper") == "a4"


def test_a_locked_key_keeps_the_system_value_against_every_other_source(
    files: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CHARTER_CONFIG", str(files["env"]))
    write(files["system"], 'template_dir = "/srv/charter/templates"\nlocked = ["template_dir"]\n')
    write(files["user"], 'template_dir = "/home/me/templates"\n')
    write(files["env"], 'template_dir = "/tmp/templates"\n')
    site = config.load()
    setting = site.settings["template_dir"]
    assert site.template_dir == Path("/srv/charter/templates")
    assert setting.locked and setting.source is Source.SYSTEM
    assert setting.origin == f"system file {files['system']} (locked)"
    assert [(source, value) for source, _path, value in setting.overruled] == [
        (Source.USER, Path("/home/me/templates")),
        (Source.ENVIRONMENT, Path("/tmp/templates")),
    ]
    with pytest.raises(LockedError) as raised:
        site.choose("template_dir", Path("/elsewhere"), "--template-dir")
    assert str(raised.value) == (
        f"--template-dir: template_dir is locked by the site to /srv/charter/templates ({files['system']})"
    )
    # asking for the locked value itself is no conflict
    assert site.choose("template_dir", Path("/srv/charter/templates"), "--template-dir") == Path(
        "/srv/charter/templates"
    )


def test_a_key_locked_without_a_value_is_locked_to_the_default(files: dict[str, Path]) -> None:
    write(files["system"], 'locked = ["paper"]\n')
    write(files["user"], 'paper = "letter"\n')
    site = config.load()
    assert site.paper == "a4" and site.is_locked("paper")
    assert site.settings["paper"].origin == f"default (locked by {files['system']})"
    with pytest.raises(LockedError, match="paper is locked by the site to a4"):
        site.choose("paper", "letter", "--paper")


def test_paths_are_relative_to_their_file_and_may_use_the_home_folder(files: dict[str, Path]) -> None:
    write(files["system"], 'template_dir = "templates"\nhub = "~/hub.playbook.yaml"\n')
    site = config.load()
    assert site.template_dir == files["system"].parent / "templates"
    assert site.hub == Path(os.path.expanduser("~/hub.playbook.yaml"))


def test_an_empty_template_dir_in_the_user_file_means_the_built_in_templates(files: dict[str, Path]) -> None:
    write(files["system"], 'template_dir = "/srv/t"\n')
    write(files["user"], 'template_dir = ""\n')
    site = config.load()
    assert site.template_dir is None and site.settings["template_dir"].source is Source.USER


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ('paper = "A5"\n', "paper: 'A5' is not a paper size Charter knows; use a4 or letter; ignored"),
        ("paper = 4\n", 'paper: expected a string such as "a4", got a number; ignored'),
        ('language = "english"\n', "language: 'english' is not a BCP 47 language tag"),
        ('language = "en_GB"\n', "language: 'en_GB' is not a BCP 47 language tag"),
        ("recent_files = 31\n", "recent_files: 31 is out of range; use a number from 0 to 30; ignored"),
        ("recent_files = true\n", "recent_files: expected a whole number from 0 to 30, got true/false; ignored"),
        ('recent_files = "8"\n', "recent_files: expected a whole number from 0 to 30, got a string; ignored"),
        ('starter = "Not A Name"\n', "starter: 'Not A Name' is not a starter name"),
        ("template_dir = ['a']\n", "template_dir: expected a string such as"),
        ("papper = 'letter'\n", "unknown key 'papper' (known: template_dir, paper, language"),
        ("[paper]\nsize = 'a4'\n", 'paper: expected a string such as "a4", got a table; ignored'),
    ],
)
def test_a_bad_key_is_one_line_naming_file_and_key_and_the_rest_applies(
    files: dict[str, Path], text: str, problem: str
) -> None:
    write(files["system"], 'paper = "letter"\nlanguage = "en-US"\nrecent_files = 5\n')
    write(files["user"], 'hub = "/srv/hub.playbook.yaml"\n' + text)  # the bad text last: it may open a table
    site = config.load()
    assert len(site.problems) == 1, site.problems
    assert site.problems[0].startswith(f"{files['user']}: ")
    assert problem in site.problems[0]
    assert "\n" not in site.problems[0]
    # the bad key falls back to the layer below; the file's other keys still apply
    assert (site.paper, site.language, site.recent_files) == ("letter", "en-US", 5)
    assert site.hub == Path("/srv/hub.playbook.yaml")


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ('paper = "letter\n', "not valid TOML (Illegal character"),
        ("paper = \n", "not valid TOML ("),
        (b'paper = "letter"\n\xff\xfe', "not UTF-8 text; ignored"),
        ("x" * 1_000_001, "larger than 1 MB, not a Charter configuration file; ignored"),
    ],
)
def test_an_unreadable_file_is_one_line_and_charter_keeps_the_other_files(
    files: dict[str, Path], content: str | bytes, problem: str
) -> None:
    write(files["system"], 'paper = "letter"\n')
    write(files["user"], content)
    site = config.load()
    assert len(site.problems) == 1 and site.problems[0].startswith(f"{files['user']}: ")
    assert problem in site.problems[0] and site.problems[0].endswith("ignored")
    assert site.paper == "letter"
    assert site.files[1].status.startswith("ignored")


def test_a_folder_where_the_file_should_be(files: dict[str, Path]) -> None:
    files["user"].mkdir(parents=True)
    site = config.load()
    assert site.problems == [f"{files['user']}: not a file; ignored"]


def test_charter_config_naming_a_missing_file_says_so(files: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHARTER_CONFIG", str(files["env"]))
    site = config.load()
    assert site.problems == [f"{files['env']}: CHARTER_CONFIG names a file that does not exist; ignored"]


def test_only_the_system_file_can_lock(files: dict[str, Path]) -> None:
    write(files["user"], 'paper = "letter"\nlocked = ["paper"]\n')
    site = config.load()
    assert site.paper == "letter" and not site.is_locked("paper")
    assert site.problems == [
        f"{files['user']}: locked: only the system file ({files['system']}) can lock keys; ignored"
    ]


@pytest.mark.parametrize(
    ("locked", "problem"),
    [
        ('"paper"', 'locked: expected a list of key names such as ["paper"], got a string; ignored'),
        ('["paper", "colour"]', "locked: unknown key 'colour' (known: template_dir"),
    ],
)
def test_a_bad_lock_list_is_one_line(files: dict[str, Path], locked: str, problem: str) -> None:
    write(files["system"], f"locked = {locked}\n")
    site = config.load()
    assert len(site.problems) == 1 and problem in site.problems[0]
    assert site.problems[0].startswith(f"{files['system']}: ")


@pytest.mark.parametrize(
    ("tag", "canonical"),
    [
        ("en", "en"),
        ("EN-gb", "en-GB"),
        ("de-CH", "de-CH"),
        ("zh-hant-tw", "zh-Hant-TW"),
        ("es-419", "es-419"),
        ("sl-rozaj-biske", "sl-rozaj-biske"),
        ("de-CH-1996", "de-CH-1996"),
        ("en-US-u-ca-gregory", "en-US-u-ca-gregory"),
        ("x-whatever", "x-whatever"),
        ("en-x-bank", "en-x-bank"),
    ],
)
def test_well_formed_language_tags(tag: str, canonical: str) -> None:
    assert config.parse_language(tag) == canonical


@pytest.mark.parametrize("tag", ["", "e", "en_GB", "english-language-tag", "en-", "en--GB", "123", "en-GB-x", "de-ch-"])
def test_malformed_language_tags(tag: str) -> None:
    with pytest.raises(config.ConfigError):
        config.parse_language(tag)


def test_user_file_follows_xdg_config_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    if sys.platform in ("win32", "darwin"):
        pytest.skip("XDG applies to Linux and other Unix desktops")
    assert config.user_file({"XDG_CONFIG_HOME": str(tmp_path)}) == tmp_path / "charter" / "charter.toml"
    home = Path(os.path.expanduser("~"))
    # a relative XDG_CONFIG_HOME is invalid (the XDG spec) and ignored
    assert config.user_file({"XDG_CONFIG_HOME": "relative"}) == home / ".config" / "charter" / "charter.toml"
    assert config.user_file({}) == home / ".config" / "charter" / "charter.toml"


def test_no_configuration_file_costs_no_toml_parser_at_start_up(tmp_path: Path) -> None:
    # the editor's start-up reads the configuration: without files, tomllib is never imported
    code = (
        "import sys; from pathlib import Path; from playbooks.io import config; "
        f"config.load({{}}, system=Path({str(tmp_path / 'none.toml')!r}), user=Path({str(tmp_path / 'no.toml')!r})); "
        "print('tomllib' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT, check=True
    )
    assert done.stdout.strip() == "False"
