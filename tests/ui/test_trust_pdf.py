"""Issue 15 in PDF (Qt): a custom template's PDF is laid out in the sandbox's child, loads
resources only from its folder (every path form, a link swapped in meanwhile), the child says
at most Charter's one line on the terminal, and links are live only for http, https and mailto."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.robustness import trust, trust_more

#: The PDF classes of the campaign: the first round's, and the one issue 15 tried again found.
PDF_CLASSES: dict[str, Callable[[Path], trust.Report]] = {
    "custom templates in PDF": trust.pdf_templates,
    "PDF template resources": trust_more.pdf_resources,
}


@pytest.mark.timeout(600)
@pytest.mark.parametrize("name", PDF_CLASSES)
def test_custom_template_pdf_bombs_stop_in_the_child_and_resources_stay_in_the_folder(
    qapp: object, tmp_path: Path, name: str
) -> None:
    report = PDF_CLASSES[name](tmp_path)
    assert report.problems == [], "\n".join(report.problems)
    assert report.held == report.tried > 10


def test_only_http_https_and_mailto_are_links_in_every_format_pdf_included(qapp: object, tmp_path: Path) -> None:
    report = trust.link_schemes(tmp_path, pdf=True)
    assert report.problems == [], "\n".join(report.problems)
    assert report.held == report.tried
