"""Edition history (issue 18, construct 2): dates as precise as the policy gives them ("May 2005"),
the organisation's own edition label beside Charter's version, and the editions before this one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pydantic import ValidationError

from playbooks.export import export_document
from playbooks.format.dates import parse_partial_date, partial_date_text, period_start
from playbooks.format.model import ChangeLogEntry, Playbook
from playbooks.io import storage
from tests.checks.builders import complete_data
from tests.export.readback import document_text, md_text


@pytest.mark.parametrize(
    ("typed", "kept", "shown"),
    [
        ("2005-05", "2005-05", "May 2005"),
        ("May 2005", "2005-05", "May 2005"),
        ("Jan 2013", "2013-01", "January 2013"),
        ("6/2021", "2021-06", "June 2021"),
        ("2013", "2013", "2013"),
        (2013, "2013", "2013"),
        ("2026-03-01", "2026-03-01", "1 March 2026"),
        (dt.date(2026, 3, 1), "2026-03-01", "1 March 2026"),
    ],
)
def test_a_date_keeps_the_precision_the_policy_gives_it(typed: object, kept: str, shown: str) -> None:
    assert parse_partial_date(typed) == kept
    assert partial_date_text(kept) == shown


@pytest.mark.parametrize("typed", ["soon", "13/2021", "2021-02-30", "Mai 2005", "2021-13"])
def test_what_is_no_date_is_refused(typed: str) -> None:
    with pytest.raises(ValueError, match=r"Must be a date|not a day of the calendar"):
        parse_partial_date(typed)


def test_a_period_starts_on_its_first_day() -> None:
    assert period_start("2005-05") == dt.date(2005, 5, 1)
    assert period_start("2013") == dt.date(2013, 1, 1)


def test_a_change_log_entry_needs_no_author_nor_a_full_date() -> None:
    entry = ChangeLogEntry.model_validate({"version": "1.0.0", "date": "Jan 2013", "what": "First edition."})
    assert (entry.date, entry.author) == ("2013-01", "")
    with pytest.raises(ValidationError):
        ChangeLogEntry.model_validate({"version": "1.0.0", "date": "sometime"})


def edition_data() -> dict[str, object]:
    data = complete_data()
    document = data["document"]
    assert isinstance(document, dict)
    document["effective_date"] = "May 2005"
    document["edition"] = "6/2021"
    document["editions"] = [
        {"label": "2005", "date": "2005-05", "title": "Blogging guidelines", "note": "First edition."},
        {"label": "Jan 2013", "date": "Jan 2013", "title": "Social computing guidelines"},
    ]
    return data


def test_a_month_precise_effective_date_is_saved_as_the_month(tmp_path: Path) -> None:
    target = tmp_path / "editions.playbook.yaml"
    storage.save(Playbook.model_validate(edition_data()), target)
    text = target.read_text(encoding="utf-8")
    assert "effective_date: 2005-05\n" in text and "label: Jan 2013" in text
    again = storage.load(target)
    assert again.document.effective_date == "2005-05"
    assert [e.date for e in again.document.editions] == ["2005-05", "2013-01"]


@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
def test_documents_show_the_edition_and_its_history(fmt: str) -> None:
    text = document_text(Playbook.model_validate(edition_data()), "policy", fmt)
    assert "May 2005" in text and "2005-05" not in text
    assert "Edition history" in text
    assert "Social computing guidelines" in text and "January 2013" in text
    assert "6/2021" in text


def test_an_unset_edition_is_not_printed() -> None:
    text = md_text(export_document(Playbook.model_validate(complete_data()), "policy", "md"))
    assert "Edition" not in text


@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
def test_the_crisis_card_states_the_edition_in_every_format(fmt: str) -> None:
    # the card's one line of facts had version, status, effective date and owner: no edition
    text = document_text(Playbook.model_validate(edition_data()), "crisis", fmt)
    assert "6/2021" in text


@pytest.mark.parametrize("typed", ["0000", "0000-05", "May 0000", "6/0000", "0000-01-01"])
def test_year_zero_is_refused(typed: str) -> None:
    # accepted and printed as "Effective date: 0000"; Python's date cannot even hold it
    with pytest.raises(ValueError, match="no year 0"):
        parse_partial_date(typed)
