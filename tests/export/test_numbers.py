"""Numbers say exactly what the playbook says (attack 24 on issue 17): never rounded, never in
scientific notation, grouped in thousands, the same in every document and format."""

from __future__ import annotations

import pytest

from playbooks.export import export_document
from playbooks.export.outline import number, percent
from playbooks.format.model import SCHEMA_VERSION, Playbook
from tests.export.readback import csv_text, docx_text, html_text, md_text, normalise


def _metrics() -> Playbook:
    return Playbook.model_validate(
        {
            "schema_version": SCHEMA_VERSION,
            "document": {"id": "p", "title": "P"},
            "measurement": {
                "metrics": [
                    {"id": "m1", "name": "Revenue", "baseline": 2500000, "target": 12345678},
                    {"id": "m2", "name": "Error rate", "baseline": 0.00001, "target": 0.1},
                ]
            },
            "content": {
                "rules": [
                    {
                        "id": "r",
                        "title": "Replies",
                        "content_class": "reply",
                        "approval": "post_review",
                        "sampling_rate": 0.07,
                    }
                ]
            },
        }
    )


@pytest.mark.parametrize("fmt", ["md", "html", "docx", "csv"])
def test_a_metric_of_millions_prints_every_digit_in_every_format(fmt: str) -> None:
    reader = {"md": md_text, "html": html_text, "docx": docx_text, "csv": csv_text}[fmt]
    text = normalise(reader(export_document(_metrics(), "measurement", fmt)))
    assert "12,345,678" in text and "2,500,000" in text
    assert "0.00001" in text
    assert "e+0" not in text and "e-0" not in text and "1.23457" not in text


def test_the_policy_states_a_sampling_rate_without_float_noise() -> None:
    text = export_document(_metrics(), "policy", "md").decode()
    assert "Reviewed after publication, 7% sampled" in text
    assert "12,345,678" in text


def test_one_function_formats_numbers_exactly() -> None:
    assert number(12345678) == "12,345,678"
    assert number(2.5e6) == "2,500,000"
    assert number(12.0, "year") == "12 years" and number(1.0, "year") == "1 year"
    assert number(1e-5) == "0.00001" and number(1e16) == "10,000,000,000,000,000"
    assert number(1234.5) == "1,234.5" and number(0.1) == "0.1"
    assert number(2.675, decimals=2) == "2.68" and number(7, decimals=1) == "7.0"
    assert percent(0.07) == "7%" and percent(0.125) == "12.5%"
    assert number(None) == "" and percent(None) == ""
