"""Issue 15 in PDF (Qt): a custom template's PDF is laid out in the sandbox's child, loads
resources only from its folder, and links are live only for http, https and mailto."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.robustness import trust


@pytest.mark.timeout(300)
def test_custom_template_pdf_bombs_stop_in_the_child_and_resources_stay_in_the_folder(
    qapp: object, tmp_path: Path
) -> None:
    report = trust.pdf_templates(tmp_path)
    assert report.problems == [], "\n".join(report.problems)
    assert report.held == report.tried > 10


def test_only_http_https_and_mailto_are_links_in_every_format_pdf_included(qapp: object, tmp_path: Path) -> None:
    report = trust.link_schemes(tmp_path, pdf=True)
    assert report.problems == [], "\n".join(report.problems)
    assert report.held == report.tried


@pytest.mark.timeout(600)
def test_no_resource_form_reads_outside_the_folder_and_the_child_says_at_most_one_line(
    qapp: object, tmp_path: Path
) -> None:
    # issue 15, tried again: SVG pictures by every path form, a link swapped in while resources
    # are read, and Qt's own output from the child process (cases 23-26, 41, 47)
    from tests.robustness import trust_more

    report = trust_more.pdf_resources(tmp_path)
    assert report.problems == [], "\n".join(report.problems)
    assert report.held == report.tried > 10
