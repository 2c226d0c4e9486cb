"""Red-team findings L01-L04 (issue 20): a translation applies to the field it names, only prose
is translatable, a locked text needs the hub's approval, untranslated text is marked."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES
from tests.tailoring.test_translations import HUB, SPOKE
from tests.test_cli import run

ROLE = "Registered principal (Series 24)"


@pytest.fixture
def examples(tmp_path: Path) -> Path:
    """A copy of the example hub and its EMEA spoke."""
    for name in (HUB, SPOKE):
        shutil.copy(EXAMPLES / name, tmp_path / name)
    return tmp_path


def _export(folder: Path, capsys, fmt: str = "md", language: str = "de") -> str:  # type: ignore[no-untyped-def]
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
    before = _export(examples, capsys).count(ROLE)
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
    german = _export(examples, capsys)
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
    german = _export(examples, capsys)
    assert "The region's translation of this passage, reviewed by Orla Keane" in german


def test_every_untranslated_text_carries_its_language_in_html(examples: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    html = _export(examples, capsys, "html")
    assert html.count('lang="en"') > 20  # rule texts, notes and headings of the hub, as written
    translated = html.index("Skripte, Folien und eingeblendete Texte")
    opening = html.rfind("<", 0, translated - 3)
    assert 'lang="en"' not in html[html.rfind("<div", 0, translated) : translated], html[opening:translated]
    # table cells, fact values and list items as well as paragraphs
    assert re.search(r'<td[^>]* lang="en"', html) and re.search(r'<li[^>]* lang="en">', html)
    english = _export(examples, capsys, "html", "en")
    assert 'lang="en"' not in english.split("<body", 1)[1]


def test_two_translations_of_one_text_are_an_error(examples: Path, capsys) -> None:  # type: ignore[no-untyped-def]
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
