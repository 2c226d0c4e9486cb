"""Markdown documents as markdown-it (CommonMark with GFM tables) and mdformat read them."""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.readers.conftest import document_names
from tests.readers.tools import module, run

DELIMITER_ROW = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")


def _cells(source_row: str) -> list[str]:
    row = source_row.strip()
    row = row[1:] if row.startswith("|") else row
    row = row[:-1] if row.endswith("|") and not row.endswith("\\|") else row
    return re.split(r"(?<!\\)\|", row)


def markdown_problems(text: str) -> list[str]:
    """Heading levels that skip, tables whose header row is empty, ragged tables: 'line N: what'."""
    markdown_it = module("markdown_it")
    lines = text.splitlines()
    tokens: list[Any] = markdown_it.MarkdownIt("commonmark").enable("table").parse(text)
    found: list[str] = []
    last_level = 0
    for i, token in enumerate(tokens):
        line = token.map[0] + 1 if token.map else 0
        if token.type == "heading_open":
            level = int(token.tag[1])
            if level > last_level + 1:
                found.append(
                    f"line {line}: heading h{level} after h{last_level}"
                    if last_level
                    else f"line {line}: first heading is h{level}"
                )
            last_level = level
        elif token.type == "table_open":
            head: list[str] = []
            j = i + 1
            while tokens[j].type != "thead_close":
                if tokens[j].type == "inline":
                    head.append(tokens[j].content.strip())
                j += 1
            if not any(head):
                found.append(f"line {line}: table with an empty header row")
            # markdown-it pads short rows: count the cells of the source lines
            widths = {len(_cells(row)) for row in lines[token.map[0] : token.map[1]] if not DELIMITER_ROW.match(row)}
            if len(widths) > 1:
                found.append(f"line {line}: ragged table, rows of {sorted(widths)} cells")
    return found


@pytest.mark.parametrize("name", document_names("md"))
def test_markdown_it_finds_no_heading_skip_and_no_table_without_a_header(outputs: Path, name: str) -> None:
    assert markdown_problems((outputs / "documents" / name).read_text(encoding="utf-8")) == []


def test_markdown_it_check_catches_what_it_looks_for() -> None:
    broken = "# A\n\n### C\n\n| | |\n|---|---|\n| a | b |\n\n| x | y |\n|---|---|\n| 1 | 2 | 3 |\n"
    assert markdown_problems(broken) == [
        "line 3: heading h3 after h1",
        "line 5: table with an empty header row",
        "line 9: ragged table, rows of [2, 3] cells",
    ]


def test_mdformat_formats_every_document_to_the_same_html(outputs: Path, tmp_path: Path) -> None:
    """mdformat's command line refuses to write Markdown that would render differently."""
    module("mdformat")
    module("mdformat_gfm")
    copies = []
    for name in document_names("md"):
        copies.append(tmp_path / name)
        shutil.copyfile(outputs / "documents" / name, copies[-1])
    result = run([sys.executable, "-m", "mdformat", "--number", "--compact-tables", *copies])
    assert result.returncode == 0, result.stderr
