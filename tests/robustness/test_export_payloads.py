"""Hostile text in every text field, exported to every document and format: inert and complete."""

from __future__ import annotations

import pytest

from playbooks.export.richtext import markdown_passthrough, markdown_to_html
from tests.robustness import payloads

#: The quick set: the policy (it shows nearly every field) in each format, and the CSV tables.
QUICK = {("policy", "html"), ("policy", "md"), ("policy", "docx"), ("checklist", "csv"), ("raci", "csv")}


@pytest.mark.timeout(120)
def test_payloads_in_every_text_field_come_out_as_text_in_every_format() -> None:
    report = payloads.attack_exports(only=QUICK)
    assert report.problems == []
    assert report.exports == len(QUICK)
    # the policy shows the text fields of every section, so the check covered them
    _, markers = payloads.hostile_playbook()
    sections = {markers[m].split(".")[0] for m in report.markers_seen["policy"]}
    assert {"document", "scope", "objectives", "channels", "content", "conduct", "crisis", "measurement"} <= sections


def test_a_markdown_image_is_shown_as_text_never_fetched() -> None:
    # an <img src="http://..."> in the exported HTML is fetched when the document is opened:
    # a web beacon, or a probe of the reader's network (found by the campaign, issue 10)
    html = markdown_to_html("Our logo: ![logo](http://tracker.example/p.png) and [policy](https://example.com)")
    assert "<img" not in html and "[image: logo]" in html
    assert '<a href="https://example.com">policy</a>' in html
    assert "![" not in markdown_passthrough("![logo](http://tracker.example/p.png)").replace("!\\[", "")
