"""The paper sizes of printed documents.

A module of its own, not in :mod:`playbooks.format.enums`: the site configuration reads it while
the editor starts, before its window shows, and must not pay for the whole vocabulary then.
"""

from __future__ import annotations

from enum import StrEnum


class PaperSize(StrEnum):
    """The page of printed documents: A4 almost everywhere, Letter in the United States and Canada."""

    A4 = "a4"
    LETTER = "letter"
