"""Check names and messages in the user's language (issue 20): ``validate --language``, the
environment's locale, and the editor's way (checks run inside ``language.using``)."""

from __future__ import annotations

import re

import pytest

from playbooks.checks import explain, load_all
from playbooks.checks.validation import check_playbook
from playbooks.format.language import environment_language, using
from playbooks.format.memo import SectionMemo
from playbooks.io.storage import load
from tests.conftest import EXAMPLES
from tests.test_cli import run

EMEA = EXAMPLES / "meridian-securities-spoke-emea.playbook.yaml"
HUB = EXAMPLES / "meridian-securities-hub.playbook.yaml"


@pytest.fixture
def english_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


def test_validate_in_german_prints_german_messages_and_keeps_codes_files_and_paths(
    english_environment: None, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(["validate", str(EMEA), "--language", "de"], capsys)
    assert code == 0, err
    stale = next(line for line in out.splitlines() if "CHAN-STALE" in line)
    # the code, the file and line, the field path and the channel's name as written stay; the rest is German
    assert "meridian-securities-hub.playbook.yaml:" in stale and "channels.accounts[1].last_activity" in stale
    assert "Warnung CHAN-STALE" in stale and re.search(r"X @MeridianSec ist seit \d+ Tagen inaktiv", stale)
    assert "has been quiet" not in out and "Warnings (" not in out
    assert "Warnungen (1)" in out and "Aufbewahrung: 6 Jahre" in out and "Reifegrad-Bewertung" in out
    assert out.rstrip().endswith("gültig (0 Fehler, 1 Warnung, 0 Hinweise)")


def test_validate_follows_the_environments_language_and_falls_back_to_english(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    _code, out, _err = run(["validate", str(EMEA)], capsys)
    assert "Avertissements (1)" in out and re.search(r"est inactif depuis \d+ jours", out)
    monkeypatch.setenv("LANG", "pt_BR.UTF-8")  # a language Charter has no catalogue for: English, no error
    code, out, err = run(["validate", str(EMEA)], capsys)
    assert code == 0 and err == "" and "Warnings (1)" in out and re.search(r"has been quiet for \d+ days", out)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")  # --language wins over the environment
    _code, out, _err = run(["validate", str(EMEA), "--language", "en"], capsys)
    assert "Warnings (1)" in out


def test_an_unknown_language_is_one_clear_line(english_environment: None, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["validate", str(EMEA), "--language", "klingon"], capsys)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "--language: 'klingon'" in err and "de, fr, es, ja, ar" in err


def test_the_environment_decides_as_gettext_does() -> None:
    assert environment_language({"LANG": "de_DE.UTF-8"}) == "de-DE"
    assert environment_language({"LC_ALL": "ja_JP.UTF-8", "LANG": "de_DE.UTF-8"}) == "ja-JP"
    assert environment_language({"LANGUAGE": "pt:es", "LANG": "en_GB.UTF-8"}) == "es"
    assert environment_language({"LANGUAGE": "de", "LANG": "C.UTF-8"}) == "en"  # C ignores LANGUAGE
    assert environment_language({}) == "en" and environment_language({"LANG": "pt_BR"}) == "en"


def test_the_editor_gets_translated_findings_by_running_the_checks_in_a_language() -> None:
    hub = load(HUB)
    english = check_playbook(hub)
    with using("ja"):
        japanese = check_playbook(hub)
    assert [f.code for f in japanese] == [f.code for f in english]
    assert [f.path for f in japanese] == [f.path for f in english]
    assert any("活動がありません" in f.message for f in japanese)
    assert not any("活動" in f.message for f in english)


def test_a_memo_of_one_language_is_not_served_in_another() -> None:
    from playbooks.format.language import gettext

    memo = SectionMemo()
    section = object()  # the same section object: unchanged since the last check

    def work() -> str:
        return gettext("name an owner")

    assert memo.get("what", "channels", section, None, work) == "name an owner"
    with using("de"):
        assert memo.get("what", "channels", section, None, work) == "eine verantwortliche Person benennen"
    assert memo.get("what", "channels", section, None, work) == "name an owner"


def test_every_check_title_is_translated() -> None:
    for info in load_all().values():
        with using("de"):
            shown = info.title_shown
        assert shown != info.title or info.title in ("Compliance",), info.code
    with using("es"):
        found = explain("chan-stale")
        assert found is not None and found.title_shown == "Canal activo sin actividad"


def test_what_the_format_refuses_is_said_in_german_at_the_field(  # type: ignore[no-untyped-def]
    minimal, write_playbook, english_environment: None, capsys: pytest.CaptureFixture[str]
) -> None:
    from playbooks.io.yamlio import dump_yaml

    minimal["document"]["version"] = "1.2"
    path = write_playbook(dump_yaml(minimal))
    code, out, _err = run(["validate", str(path), "--language", "de"], capsys)
    assert code == 1
    line = next(line for line in out.splitlines() if "document.version" in line)
    assert "Fehler SCHEMA" in line and "Verwenden Sie eine Versionsnummer wie 1.2.0" in line
    _code, out, _err = run(["validate", str(path)], capsys)
    assert "Use a version number like 1.2.0" in out
