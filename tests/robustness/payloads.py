"""Hostile text in every text field of a playbook, exported to every document and format.

Every text field gets a marker (``F17``) followed by payloads aimed at each output format:
HTML and script, Jinja expressions, Word XML, Markdown links and raw HTML, spreadsheet
formulas, right-to-left overrides and zero-width characters; long text fields get 100 KB.
:func:`attack_exports` exports every document in every format and checks the output is inert
(the payload shows as text, never as markup or code) and complete (no text field the document
shows is lost or cut short).
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from xml.etree import ElementTree

from markdown_it import MarkdownIt

from playbooks.format.fields import MULTILINE
from playbooks.format.model import Playbook
from tests.robustness import corpus

SCRIPT = "<script>alert(1)</script><img src=x onerror=alert(2)>"
JINJA = "{{ 7*191 }}{% if true %}JINJA-RAN{% endif %}"
WORD = "</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>WORD-INJECTED"
MARKDOWN = "[click](javascript:alert(3)) <a href='javascript:alert(4)'>x</a> ![t](http://evil.example/x.png)"
FORMULA = '=HYPERLINK("http://evil.example","x")'
INVISIBLE = "\u202egnp.exe\u202c\u200b\u2066"
PAYLOAD = " ".join([SCRIPT, JINJA, WORD, MARKDOWN, INVISIBLE])
#: Payload kinds per text field: HTML/script, Jinja, Word XML, Markdown, formula, RTL/zero-width.
KINDS = 6
LONG = ("Long clause text that must survive export in full. " * 2000)[:100_000]
LONG_END = "END-OF-100-KB"


def _max_length(metadata: tuple[Any, ...]) -> int | None:
    return next((m.max_length for m in metadata if getattr(m, "max_length", None)), None)


def hostile_playbook() -> tuple[Playbook, dict[str, str]]:
    """The full playbook with a marker and payloads in every free-text field; marker -> path."""
    data = corpus.full_playbook()
    markers: dict[str, str] = {}
    number = 0
    for slot in corpus.slots(Playbook, data):
        extra = slot.info.json_schema_extra
        if (
            slot.kind is not str
            or slot.is_ref
            or slot.path[-1] == "id"
            or corpus._pattern(list(slot.metadata))
            or corpus.is_partial_date(slot.metadata)
        ):
            continue
        number += 1
        marker = f"F{number:03d}X"
        markers[marker] = slot.dotted
        limit = _max_length(slot.metadata) or 200_000
        if isinstance(extra, dict) and extra.get(MULTILINE) and slot.dotted == "scope.purpose":
            value = f"{marker} {PAYLOAD}\n\n{LONG}{LONG_END}"
        elif isinstance(extra, dict) and extra.get(MULTILINE):
            value = f"{marker} {PAYLOAD}\n\n{FORMULA}"
        elif number % 3 == 0:
            value = f"{FORMULA} {marker}"[:limit]  # a cell that starts like a formula
        else:
            value = f"{marker} {PAYLOAD}"[:limit]
        node: Any = data
        for part in slot.path[:-1]:
            node = node[part]
        node[slot.path[-1]] = value
    return Playbook.model_validate(data), markers


@dataclass
class AttackReport:
    exports: int = 0
    renderings: int = 0  # (export, text field) pairs where the field's payloads appear
    attacks_blocked: int = 0  # of those, in exports where every payload stayed inert
    problems: list[str] = field(default_factory=list)
    markers_seen: dict[str, set[str]] = field(default_factory=dict)  # doc -> markers in its HTML


def _docx_text(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = [n for n in archive.namelist() if n.startswith("word/") and n.endswith(".xml")]
        texts = []
        for name in parts:
            root = ElementTree.fromstring(archive.read(name))  # must be well-formed XML
            texts.extend(
                t.text or "" for t in root.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t")
            )
    return "".join(texts)


def _html_problems(html: str) -> list[str]:
    problems = []
    if re.search(r"<script>alert|<img src=x|<a href=.javascript:", html, re.IGNORECASE):
        problems.append("a payload became HTML markup")
    if re.search(r"<img[^>]+evil\.example", html):
        problems.append("an image from the content would be fetched from the network")
    return problems


def _text_problems(text: str) -> list[str]:
    problems = []
    # evaluated, {{ 7*191 }} gives 1337 and the {% if %} leaves JINJA-RAN without its braces
    if "1337" in text or text.count("JINJA-RAN") != text.count("%}JINJA-RAN{%") + text.count("%\\}JINJA-RAN\\{%"):
        problems.append("a Jinja expression in the content was evaluated")
    return problems


def check(doc: str, fmt: str, data: bytes, markers: dict[str, str]) -> tuple[list[str], set[str], str]:
    """The problems of one export, the markers it shows, and its plain text."""
    problems: list[str] = []
    if fmt == "html":
        text = data.decode("utf-8")
        problems += _html_problems(text)
    elif fmt == "md":
        text = data.decode("utf-8")
        rendered = MarkdownIt("commonmark").render(text)  # what a Markdown viewer would show
        problems += _html_problems(rendered)
    elif fmt == "docx":
        try:
            text = _docx_text(data)
        except (ElementTree.ParseError, zipfile.BadZipFile) as exc:
            return [f"the Word file is broken: {exc}"], set(), ""
        if "WORD-INJECTED" in text and "</w:t>" not in text:
            problems.append("the Word XML payload broke out of its text run")
    elif fmt == "csv":
        text = data.decode("utf-8-sig")
        for row in csv.reader(io.StringIO(text)):
            for cell in row:
                if cell.startswith(("=", "+", "-", "@")) and cell.strip("-") != "":
                    problems.append(f"a CSV cell starts like a formula: {cell[:40]!r}")
                    break
    else:
        raise ValueError(fmt)
    problems += _text_problems(text)
    seen = {m for m in markers if m in text}
    purpose = next(m for m, path in markers.items() if path == "scope.purpose")
    if purpose in seen and (LONG not in text.replace("\r\n", "\n") or LONG_END not in text):
        problems.append("the 100 KB text is cut or altered")
    return problems, seen, text


def attack_exports(
    export: Callable[[Playbook, str, str], bytes] | None = None, only: set[tuple[str, str]] | None = None
) -> AttackReport:
    """Export every document in every format Python writes (or the ``only`` pairs); check each."""
    from playbooks.export import DOCUMENTS, export_document, formats_for

    playbook, markers = hostile_playbook()
    report = AttackReport()
    run = export or (lambda p, d, f: export_document(p, d, f))
    for doc in DOCUMENTS:
        if doc == "addendum":
            continue  # a spoke's document: the hub has none
        shown: dict[str, set[str]] = {}
        for fmt in formats_for(doc):
            if fmt == "pdf" or (only is not None and (doc, fmt) not in only):
                continue  # PDF needs Qt's renderer (the editor's tests)
            data = run(playbook, doc, fmt)
            report.exports += 1
            problems, seen, _ = check(doc, fmt, data, markers)
            shown[fmt] = seen
            report.renderings += len(seen)
            if problems:
                report.problems.extend(f"{doc}.{fmt}: {p}" for p in problems)
            else:
                report.attacks_blocked += len(seen)
        report.markers_seen[doc] = shown.get("html", set())
        # complete: every text the HTML shows, the Markdown and Word versions show too
        for fmt in ("md", "docx"):
            missing = shown.get("html", set()) - shown.get(fmt, set())
            if fmt in shown and missing:
                paths = sorted(markers[m] for m in missing)[:5]
                report.problems.append(f"{doc}.{fmt}: {len(missing)} text fields shown in HTML are missing: {paths}")
    return report
