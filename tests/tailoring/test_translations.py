"""A spoke's translations of hub texts: tied to the text they translate (issue 20, part 3)."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from playbooks.tailoring import load_spoke
from tests.conftest import EXAMPLES
from tests.test_cli import run

SPOKE = "meridian-securities-spoke-emea.playbook.yaml"
HUB = "meridian-securities-hub.playbook.yaml"
LIVE_EN = "Scripts, slides and on-screen text of live sessions are pre-reviewed."
LIVE_DE = "Skripte, Folien und eingeblendete Texte von Live-Sitzungen werden vorab geprüft."


@pytest.fixture
def examples(tmp_path: Path) -> Path:
    """A copy of the example hub and spokes (the hub may be changed)."""
    for name in (HUB, SPOKE):
        shutil.copy(EXAMPLES / name, tmp_path / name)
    return tmp_path


def _export(folder: Path, capsys, language: str) -> str:  # type: ignore[no-untyped-def]
    out = folder / f"policy-{language}.html"
    code, _out, err = run(
        ["export", str(folder / SPOKE), "--format", "html", "--language", language, "-o", str(out), "--force"], capsys
    )
    assert code in (0, 1), err
    return out.read_text(encoding="utf-8")


def _reword_hub(folder: Path) -> None:
    hub = folder / HUB
    text = hub.read_text(encoding="utf-8")
    assert LIVE_EN in text
    hub.write_text(
        text.replace(LIVE_EN, "Scripts, slides and on-screen text of live sessions are pre-reviewed by Compliance."),
        encoding="utf-8",
    )


def test_the_emea_spoke_carries_current_german_translations_of_hub_rules(examples: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    spoke = load_spoke(examples / SPOKE)
    assert {t.language for t in spoke.translations} == {"de"} and len(spoke.translations) >= 4
    _code, out, _err = run(["validate", str(examples / SPOKE)], capsys)
    assert "SPOKE-TRANSLATION-STALE" not in out
    german, english = _export(examples, capsys, "de"), _export(examples, capsys, "en")
    assert LIVE_DE in german and "Live-Video und Live-Audio" in german and LIVE_EN not in german
    assert LIVE_EN in english and LIVE_DE not in english and "untranslated" not in english


def test_a_hub_change_makes_the_translation_stale_in_validate_and_marked_in_the_export(examples: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    _reword_hub(examples)
    _code, out, _err = run(["validate", str(examples / SPOKE)], capsys)
    stale = [line for line in out.splitlines() if "SPOKE-TRANSLATION-STALE" in line]
    assert len(stale) == 1
    # the file, the line of the translation and the rule, by name
    line = load_spoke(examples / SPOKE).translations
    index = next(i for i, t in enumerate(line) if t.path == "content.rules[cr-live].wording")
    spoke_lines = (examples / SPOKE).read_text(encoding="utf-8").splitlines()
    number = int(re.search(rf"{re.escape(str(examples / SPOKE))}:(\d+):", stale[0]).group(1))  # type: ignore[union-attr]
    assert spoke_lines[number - 1].strip() == "- path: content.rules[cr-live].wording" and index >= 0
    assert "Live video and live audio" in stale[0] and "charter translate refresh" in stale[0]
    german = _export(examples, capsys, "de")
    # the source as it is now, marked untranslated, in its own language; the other translations still used
    assert "pre-reviewed by Compliance." in german and LIVE_DE not in german
    assert re.search(r'<div class="rich untranslated" lang="en">\s*<p>Scripts, slides', german)
    assert "Noch nicht in die Sprache dieses Dokuments übersetzt" in german
    assert "Direktnachrichten sind auf offiziellen Konten abgeschaltet." in german


def test_refreshing_a_reviewed_translation_clears_the_finding(examples: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    _reword_hub(examples)
    spoke = examples / SPOKE
    code, _out, err = run(
        ["translate", "refresh", str(spoke), "content.rules[cr-live].wording", "--language", "de"], capsys
    )
    assert code == 0, err
    assert "SPOKE-TRANSLATION-STALE" not in run(["validate", str(spoke)], capsys)[1]
    assert run(["translate", "list", str(spoke)], capsys)[0] == 0


def test_translate_set_records_the_text_and_the_source_digest(examples: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    spoke = examples / SPOKE
    args = [
        "translate",
        "set",
        str(spoke),
        "content.rules[cr-ads].title",
        "--language",
        "fr",
        "--text",
        "Publications payantes",
    ]
    assert run(args, capsys)[0] == 0
    recorded = [t for t in load_spoke(spoke).translations if t.path == "content.rules[cr-ads].title"]
    assert [(t.language, t.text) for t in recorded] == [("fr", "Publications payantes")]
    assert "Publications payantes" in _export(examples, capsys, "fr-FR")


@pytest.mark.parametrize(
    ("field", "code", "says"),
    [
        ("content.rulez[cr-live].title", 1, "SCHEMA: 'rulez' is not a field of content"),
        ("content.rules[cr-gone].title", 1, "SCHEMA: content.rules has no item 'cr-gone'"),
        ("content.rules[cr-live].locked", 1, "SCHEMA: 'content.rules[cr-live].locked' is not a text field"),
    ],
)
def test_a_translation_of_a_field_that_does_not_exist_is_refused_in_one_line(
    examples: Path, capsys, field: str, code: int, says: str
) -> None:  # type: ignore[no-untyped-def]
    spoke = examples / SPOKE
    before = spoke.read_bytes()
    result, _out, err = run(["translate", "set", str(spoke), field, "--language", "de", "--text", "x"], capsys)
    assert result == code and says in err and err.count("\n") == 1
    assert spoke.read_bytes() == before


def test_a_translation_in_the_file_of_a_field_that_does_not_exist_is_reported_like_a_bad_change(
    examples: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    spoke = examples / SPOKE
    text = spoke.read_text(encoding="utf-8").replace(
        "content.rules[cr-direct-messages].title", "content.rules[cr-gone].title"
    )
    text = text.replace("content.rules[cr-live].title", "content.rulez[cr-live].title")
    spoke.write_text(text, encoding="utf-8")
    code, out, _err = run(["validate", str(spoke)], capsys)
    assert code == 1
    lines = text.splitlines()

    def line_of(needle: str) -> int:
        return next(i for i, line in enumerate(lines, 1) if needle in line)

    assert f"{spoke}:{line_of('content.rules[cr-gone].title')}: error SCHEMA: translations[" in out
    assert "content.rules has no item 'cr-gone'" in out
    assert f"{spoke}:{line_of('content.rulez[cr-live].title')}: error SCHEMA: translations[" in out
    assert "'rulez' is not a field of content" in out


# ---- red team L01-L04: a translation applies to the field it names, only prose is translatable,
# a locked text needs the hub's approval, untranslated text is marked

ROLE = "Registered principal (Series 24)"


def _export_as(folder: Path, capsys, fmt: str = "md", language: str = "de") -> str:  # type: ignore[no-untyped-def]
    out = folder / f"policy.{language}.{fmt}"
    code, _out, err = run(
        ["export", str(folder / SPOKE), "--format", fmt, "--language", language, "-o", str(out), "--force"], capsys
    )
    assert code in (0, 1), err
    return out.read_text(encoding="utf-8")


def _set(folder: Path, capsys, field: str, text: str, *more: str) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    code, _out, err = run(
        ["translate", "set", str(folder / SPOKE), field, "--language", "de", "--text", text, *more], capsys
    )
    return code, err


def test_a_translation_changes_the_field_it_names_and_no_other_with_the_same_words(examples: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    before = _export_as(examples, capsys).count(ROLE)
    assert before >= 3  # several rules name the same approver role
    code, err = _set(
        examples,
        capsys,
        "content.rules[cr-official-posts].approver_role",
        "Registrierte Führungskraft",
        "--hub-approval",
        "Margaret Reyes",
    )
    assert code == 0, err
    german = _export_as(examples, capsys)
    assert german.count("Registrierte Führungskraft") >= 1
    assert german.count(ROLE) == before - german.count("Registrierte Führungskraft")
    assert german.count(ROLE) >= 2  # the other rules keep their own (untranslated) text


@pytest.mark.parametrize(
    ("field", "says"),
    [
        ("document.id", "is an identifier, not text to translate"),
        ("document.version", "is a version, not text to translate"),
        ("document.effective_date", "is a date, not text to translate"),
        ("people.people[margaret-reyes].name", "is a person's name, not text to translate"),
        ("channels.accounts[ch-linkedin-global].url", "is a web address, not text to translate"),
        ("content.rules[cr-official-posts].approval", "is a choice from a list, not text to translate"),
        ("content.rules[cr-official-posts].prohibited[0]", "is a list of texts, not one text"),
        ("content.rules[1].title", "items are named by their id, not their position"),
    ],
)
def test_facts_are_not_translatable(examples: Path, capsys, field: str, says: str) -> None:  # type: ignore[no-untyped-def]
    before = (examples / SPOKE).read_bytes()
    code, err = _set(examples, capsys, field, "x")
    assert code == 1 and says in err and err.count("\n") == 1, err
    assert (examples / SPOKE).read_bytes() == before


def test_a_translation_of_a_locked_hub_text_needs_the_hubs_approval(examples: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    spoke = examples / SPOKE
    before = spoke.read_bytes()
    code, err = _set(examples, capsys, "content.rules[cr-official-posts].title", "Niemand prüft etwas")
    assert code == 1 and "the hub locks content.rules[cr-official-posts]" in err and "--hub-approval" in err
    assert spoke.read_bytes() == before
    # written into the file by hand, without the hub's approval: an error on the translation's line
    text = spoke.read_text(encoding="utf-8")
    spoke.write_text(re.sub(r"\n    hub_approval: [^\n]*", "", text, count=1), encoding="utf-8")
    code, out, _err = run(["validate", str(spoke)], capsys)
    assert code == 1 and re.search(r":23\d: error SPOKE-LOCKED-WEAKENED: content\.rules\[1\]\.title: ", out), out


def test_the_document_says_which_passages_are_the_regions_translation_and_who_reviewed_them(
    examples: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    german = _export_as(examples, capsys)
    assert "Übersetzung dieses Abschnitts durch die Region, geprüft von Orla Keane" in german


def test_every_untranslated_text_carries_its_language_in_html(examples: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    html = _export_as(examples, capsys, "html")
    assert html.count('lang="en"') > 20  # rule texts, notes and headings of the hub, as written
    translated = html.index("Skripte, Folien und eingeblendete Texte")
    opening = html.rfind("<", 0, translated - 3)
    assert 'lang="en"' not in html[html.rfind("<div", 0, translated) : translated], html[opening:translated]
    # table cells, fact values and list items as well as paragraphs
    assert re.search(r'<td[^>]* lang="en"', html) and re.search(r'<li[^>]* lang="en">', html)
    english = _export_as(examples, capsys, "html", "en")
    assert 'lang="en"' not in english.split("<body", 1)[1]


def test_two_translations_of_one_text_are_an_error_and_another_language_a_warning(examples: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    spoke = examples / SPOKE
    text = spoke.read_text(encoding="utf-8")
    block = text[
        text.index("  - path: content.rules[cr-live].title") : text.index("  - path: content.rules[cr-live].wording")
    ]
    french = block.replace("language: de", "language: fr").replace(
        "content.rules[cr-live].title", "content.rules[cr-contests].title"
    )
    spoke.write_text(text.replace(block, block + block + french), encoding="utf-8")
    code, out, _err = run(["validate", str(spoke)], capsys)
    assert code == 1
    assert "error SCHEMA: translations[" in out and "is translated into de twice" in out
    # the hub's entry for the EMEA spoke says its languages: English and German
    assert "warning SCHEMA: translations[" in out
    assert "translated into fr, but this spoke's documents are in English, German" in out


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs fifos")
def test_a_text_file_that_is_no_file_is_refused_before_it_is_read(examples: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """Red team L08: /dev/zero filled memory, a fifo hung the command."""
    fifo = examples / "text.fifo"
    os.mkfifo(fifo)
    before = (examples / SPOKE).read_bytes()
    for source in (fifo, Path("/dev/zero")):
        code, _out, err = run(
            ["translate", "set", str(examples / SPOKE), "content.rules[cr-official-posts].title", "--language", "de",
             "--text-file", str(source), "--hub-approval", "Margaret Reyes"],
            capsys,
        )  # fmt: skip
        assert code == 2 and err.strip().endswith(f"{source}: not a file"), err
    assert (examples / SPOKE).read_bytes() == before


def test_a_refresh_of_a_locked_texts_translation_after_the_hub_reworded_it_needs_the_hubs_approval_anew(
    examples: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    """The hub approved the translation of the text as it was; declaring it current for a new
    hub text is a new approval (else a region could keep an old translation of a tightened rule)."""
    hub = examples / HUB
    text = hub.read_text(encoding="utf-8")
    old = "Scheduled posts on official accounts"
    assert text.count(f"title: {old}") == 1
    hub.write_text(text.replace(f"title: {old}", "title: Scheduled and boosted posts on official accounts"), "utf-8")
    spoke = examples / SPOKE
    before = spoke.read_bytes()
    refresh = ["translate", "refresh", str(spoke), "content.rules[cr-official-posts].title", "--language", "de"]
    code, _out, err = run(refresh, capsys)
    assert code != 0 and "--hub-approval" in err and spoke.read_bytes() == before, err
    code, _out, err = run([*refresh, "--hub-approval", "Margaret Reyes, Chief Compliance Officer"], capsys)
    assert code == 0, err
