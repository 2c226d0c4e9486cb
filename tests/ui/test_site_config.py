"""The site configuration in the editor: New, the export dialog, preferences, the notice, About."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from playbooks import __version__
from playbooks.io import config
from playbooks.tailoring import load_spoke
from tests.conftest import EXAMPLES, ROOT
from tests.ui.conftest import ScriptedDialogs, open_file
from ui import settings

pytestmark = pytest.mark.gui

HUB = EXAMPLES / "meridian-securities-hub.playbook.yaml"


@pytest.fixture
def site_files(site_configuration: Path) -> dict[str, Path]:
    return {"system": config.system_file(), "user": site_configuration / "xdg" / "charter" / "charter.toml"}


def configure(path: Path, text: str) -> None:
    """Write a configuration file and make the editor read it afresh."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    config.reset()


# ---- About


def test_about_shows_version_commit_build_date_python_and_qt(window: Any, scripted: ScriptedDialogs) -> None:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    window.show_about()
    lines = scripted.messages[-1].splitlines()
    assert lines[0] == f"Charter {__version__}"
    fields = dict(line.split(": ", 1) for line in lines if ": " in line)
    assert fields["Qt"] == f"{qVersion()} (PySide6 {pyside_version})"
    assert fields["Python"].startswith(f"{sys.version_info.major}.{sys.version_info.minor}.")
    assert fields["Commit"] and fields["Built"]
    assert fields["Logs"].endswith("charter.log")


# ---- New: the default starter


def test_new_offers_the_sites_starter_first(
    window: Any, scripted: ScriptedDialogs, site_files: dict[str, Path], qtbot: Any
) -> None:
    configure(site_files["user"], 'starter = "uk-fca-firm"\n')
    scripted.answers = [-1]  # cancelled: only what was offered matters here
    window.files.new_from_starter("")
    assert scripted.offered == [
        "UK FCA-authorised firm: UK FCA-authorised firm: financial promotions (FG24/1, s21 FSMA), UK GDPR monitoring."
    ]
    from ui.welcome import WelcomePage
    from ui.workflows.wizard import StarterPage

    welcome, wizard_page = WelcomePage(), StarterPage()
    qtbot.addWidget(welcome)
    qtbot.addWidget(wizard_page)
    assert welcome.starters.currentItem().data(Qt.ItemDataRole.UserRole) == "uk-fca-firm"
    assert wizard_page.starter() == "uk-fca-firm"


def test_without_configuration_new_offers_the_generic_starter(window: Any, scripted: ScriptedDialogs) -> None:
    scripted.answers = [-1]
    window.files.new_from_starter("")
    assert scripted.offered[0].startswith("Generic (any industry): ")


# ---- New spoke: the site's hub


def test_new_spoke_tailors_the_sites_hub(
    qtbot: Any, window: Any, scripted: ScriptedDialogs, site_files: dict[str, Path], tmp_path: Path
) -> None:
    hub = Path(shutil.copy(HUB, tmp_path / "corporate.playbook.yaml"))
    configure(site_files["system"], f'hub = "{hub}"\n')
    out = tmp_path / "nordics.playbook.yaml"
    scripted.answers = ["Nordics", str(out)]
    assert window.workflows.new_spoke() == str(out)
    assert [kind for kind, _ in scripted.asked] == ["text", "save_file"]  # no hub to pick
    assert scripted.asked[1][1] == str(tmp_path / "corporate-nordics.playbook.yaml")  # suggested beside the hub
    spoke = load_spoke(out)
    assert spoke.spoke.region == "Nordics" and (out.parent / spoke.spoke.hub).resolve() == hub.resolve()
    qtbot.waitUntil(lambda: window.files.wait_loaded() and window.document is not None, timeout=15_000)
    assert window.spoke_of and Path(window.document.path) == out


def test_new_spoke_without_a_site_hub_asks_for_one(
    window: Any, scripted: ScriptedDialogs, tmp_path: Path, qtbot: Any
) -> None:
    hub = Path(shutil.copy(HUB, tmp_path / "corporate.playbook.yaml"))
    scripted.answers = [str(hub), "APAC", str(tmp_path / "apac")]
    out = window.workflows.new_spoke()
    assert [kind for kind, _ in scripted.asked] == ["open_file", "text", "save_file"]
    assert out == str(tmp_path / "apac.playbook.yaml") and load_spoke(out).spoke.region == "APAC"
    qtbot.waitUntil(lambda: window.files.wait_loaded(), timeout=15_000)


# ---- the export dialog: template folder and paper


@pytest.fixture
def site_templates(tmp_path: Path) -> Path:
    folder = tmp_path / "site-templates"
    folder.mkdir()
    (folder / "policy.md.j2").write_text("# SITE {{ control.title }}\n", encoding="utf-8")
    return folder


def test_export_dialog_defaults_to_the_sites_template_folder_and_paper(
    qtbot: Any, window: Any, example: Path, site_files: dict[str, Path], site_templates: Path, tmp_path: Path
) -> None:
    configure(site_files["user"], f'template_dir = "{site_templates}"\npaper = "letter"\nlanguage = "en-US"\n')
    window.workflows.opener = lambda _url: None
    open_file(qtbot, window, example)
    dialog = window.workflows.export()
    assert dialog.template.text() == str(site_templates) and dialog.template.isEnabled()
    assert dialog.paper.currentData() == "letter" and dialog.paper.isEnabled()
    dialog.template.clear()  # the built-in Word template, on the site's paper
    dialog.fmt.setCurrentIndex(dialog.fmt.findData("docx"))
    out = tmp_path / "policy.docx"
    dialog.output.setText(str(out))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=30_000)
    with zipfile.ZipFile(out) as word:
        assert '<w:pgSz w:w="12240" w:h="15840"/>' in word.read("word/document.xml").decode()
        assert "<dc:language>en-US</dc:language>" in word.read("docProps/core.xml").decode()
    # the site's own values are not remembered as the user's choice: a later site change reaches them
    assert settings.export_choices()["paper"] == ""
    dialog.reject()


def test_export_dialog_cannot_change_what_the_site_locks(
    qtbot: Any, window: Any, example: Path, site_files: dict[str, Path], site_templates: Path, tmp_path: Path
) -> None:
    configure(
        site_files["system"], f'template_dir = "{site_templates}"\npaper = "a4"\nlocked = ["template_dir", "paper"]\n'
    )
    configure(site_files["user"], 'paper = "letter"\n')
    settings.set_export_choices({"template_dir": str(tmp_path), "paper": "letter"})  # remembered from before
    window.workflows.opener = lambda _url: None
    open_file(qtbot, window, example)
    dialog = window.workflows.export()
    assert dialog.template.text() == str(site_templates) and not dialog.template.isEnabled()
    assert (
        "Set by your organisation" in dialog.template.toolTip()
        and str(site_files["system"]) in dialog.template.toolTip()
    )
    assert dialog.paper.currentData() == "a4" and not dialog.paper.isEnabled()
    dialog.fmt.setCurrentIndex(dialog.fmt.findData("md"))
    assert not dialog.paper.isEnabled()  # a Markdown file has no pages, and the site locks it anyway
    out = tmp_path / "policy.md"
    dialog.output.setText(str(out))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=30_000)
    assert out.read_text(encoding="utf-8").startswith("# SITE ")
    dialog.reject()


# ---- preferences: the recent-files limit


def test_the_sites_recent_files_limit_is_the_default_the_user_can_change(site_files: dict[str, Path]) -> None:
    configure(site_files["system"], "recent_files = 3\n")
    for name in ("/a.playbook.yaml", "/b.playbook.yaml", "/c.playbook.yaml", "/d.playbook.yaml"):
        settings.add_recent_file(name)
    assert settings.recent_count() == 3 and len(settings.recent_files()) == 3
    settings.set_recent_count(3)  # the site's number is not stored as the user's
    configure(site_files["system"], "recent_files = 2\n")
    assert settings.recent_count() == 2
    settings.set_recent_count(5)
    configure(site_files["system"], "recent_files = 1\n")
    assert settings.recent_count() == 5


def test_a_locked_recent_files_limit_overrides_the_users_choice(qtbot: Any, site_files: dict[str, Path]) -> None:
    from ui.preferences import PreferencesDialog

    settings.set_recent_count(12)
    configure(site_files["system"], 'recent_files = 0\nlocked = ["recent_files"]\n')
    settings.add_recent_file("/a.playbook.yaml")
    assert settings.recent_count() == 0 and settings.recent_files() == []
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert dialog.recent.value() == 0 and not dialog.recent.isEnabled()
    assert "recent_files is locked by the site to 0" in dialog.recent.toolTip()


# ---- a bad configuration: a notice, and the editor starts


def test_a_bad_configuration_is_a_notice_naming_file_and_key(
    window: Any, scripted: ScriptedDialogs, site_files: dict[str, Path], caplog: pytest.LogCaptureFixture
) -> None:
    from ui import site

    configure(site_files["user"], 'paper = "A3"\nstarter = "crypto"\n')
    label = site.show_notice(window)
    assert isinstance(label, QLabel) and window.statusBar().findChild(QLabel, "siteConfigNotice") is label
    lines = label.toolTip().split("\n\n")[0].splitlines()
    assert lines == [
        f"{site_files['user']}: paper: 'A3' is not a paper size Charter knows; use a4 or letter; ignored",
        f"{site_files['user']}: starter: unknown starter 'crypto' (Charter has: generic, finra-broker-dealer, "
        "sec-investment-adviser, us-bank-ffiec, uk-fca-firm, healthcare-hipaa, pharma-fda, insurance-naic); "
        "using 'generic'",
    ]
    assert "⚠ Site configuration: 2 problems" in label.text()
    label.linkActivated.emit("#problems")  # a click shows the lines themselves
    assert scripted.messages[-1].splitlines()[:2] == lines
    assert [r.getMessage() for r in caplog.records if "site configuration" in r.getMessage()] == [
        f"site configuration: {line}" for line in lines
    ]


def test_without_problems_there_is_no_notice(window: Any) -> None:
    from ui import site

    assert site.show_notice(window) is None
    assert window.statusBar().findChild(QLabel, "siteConfigNotice") is None


def test_the_editor_starts_with_a_broken_configuration_file(tmp_path: Path) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text("paper = [\n", encoding="utf-8")
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        CHARTER_CONFIG=str(broken),
        HOME=str(tmp_path),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_STATE_HOME=str(tmp_path / "state"),
    )
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--smoke-test", str(HUB)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    log = (tmp_path / "state" / "charter" / "charter.log").read_text(encoding="utf-8")
    assert f"site configuration: {broken}: not valid TOML (" in log
