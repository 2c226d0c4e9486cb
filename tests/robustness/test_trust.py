"""Issue 15, one test per class: nothing lost, nothing forged (see :mod:`tests.robustness.trust`).

Each class tries many cases (the campaign runs the same functions); a test fails with every
broken promise listed. The PDF class needs Qt and runs in ``tests/ui/test_trust_pdf.py``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.robustness import trust, trust_more

#: Every class without Qt (the Qt ones run in tests/ui/), the first round's and the second's.
ALL = {**trust.CLASSES, **trust_more.CLASSES}
CLASSES = [name for name in ALL if name not in ("custom templates in PDF", "link schemes", *trust_more.QT_CLASSES)]


@pytest.mark.timeout(120)
def test_only_http_https_and_mailto_are_links_in_html_word_and_markdown(tmp_path: Path) -> None:
    report = trust.link_schemes(tmp_path, pdf=False)  # PDF: tests/ui/test_trust_pdf.py
    assert report.problems == [], "\n".join(report.problems)
    assert report.held == report.tried > 0


@pytest.mark.timeout(300)
@pytest.mark.parametrize("name", CLASSES)
def test_nothing_lost_nothing_forged(name: str, tmp_path: Path) -> None:
    if name == "shared folders" and os.geteuid() != 0:
        pytest.skip("giving a file to another owner and group needs root (CI runs as root)")
    report = ALL[name](tmp_path)
    assert report.tried > 0
    assert report.problems == [], "\n".join(report.problems)
    assert report.held == report.tried
    assert report.bytes_lost == 0
