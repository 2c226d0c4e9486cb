"""The building blocks of an exported document, as plain data.

A document is a list of numbered sections; each holds blocks (rich text, facts, tables,
lists, definitions) and numbered subsections. Everything here is plain ``dict``/``list``/
``str`` data, so the same outline feeds the built-in templates, the Word writer and
(untouched) the sandboxed custom templates.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from playbooks.format import language
from playbooks.format.enums import label
from playbooks.format.language import N_, gettext, ngettext

Block = dict[str, Any]

NOT_SET = N_("Not set out in this playbook.")
UNTRANSLATED = N_("Not yet translated into the language of this document; shown as written.")

# ---------------------------------------------------------------- translated content

#: The playbook's own texts in the document's language: source text -> current translation, the
#: source texts whose translation is missing or stale, and their language (see
#: :func:`playbooks.tailoring.translations.content_translations`, whose ``as_data()`` this is).
_content: ContextVar[dict[str, Any] | None] = ContextVar("charter_content_translations", default=None)


@contextlib.contextmanager
def translated_content(translations: dict[str, Any] | None) -> Iterator[None]:
    """Blocks built inside show the playbook's texts in their current translation, and mark the
    ones without one (``translations``: ``ContentTranslations.as_data()``; None: as written)."""
    token = _content.set(translations)
    try:
        yield
    finally:
        _content.reset(token)


def content(value: str) -> str:
    """A text of the playbook in the document's language: its current translation, else as written."""
    translations = _content.get()
    if not translations or not value:
        return value
    return str(translations["current"].get(value, value))


def untranslated_language(value: str) -> str:
    """The language of a text shown as written because it has no current translation ('' otherwise)."""
    translations = _content.get()
    if not translations or not value or value not in translations["untranslated"]:
        return ""
    return str(translations["source_language"])


def _marked(block: Block, value: str) -> list[Block]:
    """``block`` of text ``value``, preceded by a note and carrying its language when it is untranslated."""
    language = untranslated_language(value)
    if not language:
        return [block]
    return [{"type": "note", "text": gettext(UNTRANSLATED)}, {**block, "lang": language}]


# ---------------------------------------------------------------- blocks


def text(md: str) -> list[Block]:
    """A rich-text (Markdown) block, or nothing for an empty field."""
    return _marked({"type": "text", "md": content(md)}, md) if md and md.strip() else []


def para(value: str) -> list[Block]:
    """A plain paragraph."""
    return _marked({"type": "para", "text": content(value), "strong": False}, value) if value else []


def note(value: str) -> list[Block]:
    """A remark set apart from the policy text (e.g. a missing section)."""
    return [{"type": "note", "text": value}]


def facts(rows: Iterable[tuple[str, str]]) -> list[Block]:
    """A two-column label/value table; rows with an empty value are left out."""
    kept = [[k, content(v)] for k, v in rows if v not in ("", None)]
    return [{"type": "facts", "rows": kept}] if kept else []


def table(columns: Sequence[str], rows: Iterable[Sequence[str]], widths: Sequence[int] | None = None) -> list[Block]:
    """A table with a header row; ``widths``: the preferred share of each column (see
    :func:`column_widths`, which makes every column wide enough for its longest word)."""
    body = [[content(str(cell)) for cell in row] for row in rows]
    if not body:
        return []
    fitted = column_widths(list(columns), body, widths)
    return [{"type": "table", "columns": list(columns), "rows": body, "widths": fitted}]


#: The text width of a table in characters of its text (8.5 pt on 16.8 cm, A4; Letter is wider),
#: a bold header character counting :data:`_BOLD` of one, a cell's padding :data:`_PADDING`.
#: A word longer than :data:`_LONGEST_WORD` (a web address) may break anywhere instead of taking
#: the whole table.
_LINE_CHARS = 92
_BOLD = 1.15
_PADDING = 2.0
_LONGEST_WORD = 24
#: Where a word may break without breaking it: a space, a hyphen, a slash.
_WORD_BREAKS = re.compile(r"[\s/-]+")


def _longest_word(value: str) -> int:
    return min(max((len(w) for w in _WORD_BREAKS.split(value)), default=0), _LONGEST_WORD)


def column_widths(
    columns: Sequence[str], rows: Sequence[Sequence[str]], preferred: Sequence[int] | None = None
) -> list[int]:
    """Column widths in per cent of the text width: every header word whole ("Retention", never
    "Retentio/n"), then every word of the cells whole where the line is wide enough for all of
    them; the rest of the width shared by ``preferred`` (the document's choice) or, without
    one, by how much text each column holds."""
    count = len(columns)
    if not count:
        return []
    header = [_longest_word(str(title)) * _BOLD + _PADDING for title in columns]
    words = list(header)
    text = [float(len(str(title))) for title in columns]
    for row in rows:
        for i, cell in enumerate(row[:count]):
            words[i] = max(words[i], _longest_word(str(cell)) + _PADDING)
            text[i] = max(text[i], min(len(str(cell)), 60))
    weights = [float(w) for w in preferred] if preferred and len(preferred) == count else [t + 1 for t in text]
    # when not every word fits on the line, the headers' still do and the rest is shared as preferred
    share = _fit(words if sum(words) <= _LINE_CHARS else header, weights, _LINE_CHARS)
    total = sum(share) or 1.0
    widths = [max(1, round(100 * s / total)) for s in share]
    widths[widths.index(max(widths))] += 100 - sum(widths)  # whole per cents that add up to 100
    return widths


def _fit(need: list[float], weights: list[float], width: float) -> list[float]:
    """Share ``width`` by ``weights``, but never below ``need``: columns that would get less are
    fixed at their need and the rest shared again among the others."""
    fixed: dict[int, float] = {}
    while True:
        free = [i for i in range(len(need)) if i not in fixed]
        left = width - sum(fixed.values())
        total = sum(weights[i] for i in free) or 1.0
        short = [i for i in free if left * weights[i] / total < need[i]]
        if not short or left <= 0:
            break
        for i in short:
            fixed[i] = need[i]
    if left <= 0 or not free:
        return need  # the words alone fill the line: widths in proportion to them
    return [fixed[i] if i in fixed else left * weights[i] / total for i in range(len(need))]


def items(values: Iterable[str], ordered: bool = False, title: str = "") -> list[Block]:
    """A bulleted (or numbered) list of plain strings."""
    kept = [content(v) for v in values if v]
    return [{"type": "list", "items": kept, "ordered": ordered, "title": title}] if kept else []


def defs(entries: Iterable[tuple[str, str]]) -> list[Block]:
    """Terms with Markdown definitions (glossary style)."""
    kept = [{"term": content(term), "md": content(md)} for term, md in entries if term]
    return [{"type": "defs", "items": kept}] if kept else []


# ---------------------------------------------------------------- sections


@dataclass
class Sub:
    """A numbered subsection (``4.2 Decision rights``)."""

    number: str
    title: str
    blocks: list[Block] = field(default_factory=list)

    def as_data(self) -> dict[str, Any]:
        data = {
            "number": self.number,
            "title": content(self.title),
            "id": "s" + self.number.replace(".", "-"),
            "blocks": self.blocks,
        }
        language = untranslated_language(self.title)
        return {**data, "lang": language} if language else data


@dataclass
class Section:
    """A numbered top-level section with intro blocks and subsections."""

    number: str
    title: str
    blocks: list[Block] = field(default_factory=list)
    subs: list[Sub] = field(default_factory=list)

    def add(self, *blocks: list[Block]) -> None:
        """Append groups of blocks to the section's own text."""
        for group in blocks:
            self.blocks.extend(group)

    def sub(self, title: str, *blocks: list[Block], keep_empty: bool = False) -> Sub | None:
        """A numbered subsection with these blocks; none when there is nothing to say."""
        content = [b for group in blocks for b in group]
        if not content and not keep_empty:
            return None
        sub = Sub(f"{self.number}.{len(self.subs) + 1}", title, content)
        self.subs.append(sub)
        return sub

    def as_data(self) -> dict[str, Any]:
        blocks = self.blocks
        if not blocks and not self.subs:
            blocks = note(gettext(NOT_SET))
        return {
            "number": self.number,
            "title": self.title,
            "id": f"s{self.number}",
            "blocks": blocks,
            "subsections": [s.as_data() for s in self.subs],
        }


class Outline:
    """The numbered sections of a document, in order."""

    def __init__(self) -> None:
        self.sections: list[Section] = []

    def section(self, title: str, *blocks: list[Block]) -> Section:
        """The next numbered section."""
        section = Section(str(len(self.sections) + 1), title)
        section.add(*blocks)
        self.sections.append(section)
        return section

    def as_data(self) -> list[dict[str, Any]]:
        return [s.as_data() for s in self.sections]


# ---------------------------------------------------------------- wording


def lbl(value: StrEnum | None) -> str:
    """The people's wording of an enum value ('' for none)."""
    return label(value) if value is not None else ""


def labels(values: Iterable[StrEnum]) -> str:
    """Enum values in people's wording, comma separated."""
    return joined(label(v) for v in values)


def yes_no(value: bool | None) -> str:
    """'Yes' or 'No' ('' for a value the playbook does not set)."""
    if value is None:
        return ""
    return gettext("Yes") if value else gettext("No")


def date(value: dt.date | None) -> str:
    """'1 March 2026', '1. Oktober 2026': the document language's long date ('' for none)."""
    if value is None:
        return ""
    return language.date(value)


def number(value: float | int | None, unit: str = "") -> str:
    """12.0 -> '12', 0.25 -> '0.25' ('0,25' in German); with a unit (``year``, ``month``, ``day``,
    ``hour``, ``minute``), in the document language's plural ('1 year', '2 Jahre')."""
    if value is None:
        return ""
    shown = language.number(value)
    if not unit:
        return shown
    return _unit(unit, value) % {"n": shown}


def _unit(unit: str, value: float) -> str:
    # one call per unit, so that the extractor sees both forms of each and translators their plural rules
    if unit == "year":
        return ngettext("%(n)s year", "%(n)s years", value)
    if unit == "month":
        return ngettext("%(n)s month", "%(n)s months", value)
    if unit == "day":
        return ngettext("%(n)s day", "%(n)s days", value)
    if unit == "hour":
        return ngettext("%(n)s hour", "%(n)s hours", value)
    if unit == "minute":
        return ngettext("%(n)s minute", "%(n)s minutes", value)
    raise ValueError(f"no wording for the unit '{unit}'")


#: The running footer of paginated documents (PDF, Word).
PAGE_FOOTER = N_("Page %(page)s of %(pages)s")


def page_footer() -> tuple[str, str, str]:
    """The footer "Page 1 of 5" in the document language, cut around its two numbers (for Word's
    page fields): ``("Page ", " of ", "")``; ``("", " / ", " ページ")`` in Japanese."""
    marker = "\x00"
    text = gettext(PAGE_FOOTER) % {"page": marker, "pages": marker}
    before, between, after = text.split(marker)
    return before, between, after


def running_footer(version: str, status: str, fingerprint: str) -> str:
    """The running footer's left part: "Version 1.3.0 · Active · fingerprint 4b31046df90a"."""
    return " · ".join(
        (gettext("Version %(version)s") % {"version": version}, status, f"{gettext('fingerprint')} {fingerprint[:12]}")
    )


def within(value: float | int | None, unit: str) -> str:
    """'Within 24 hours' ('' when the playbook sets no time)."""
    return gettext("Within %(period)s") % {"period": number(value, unit)} if value else ""


def percent(value: float | None) -> str:
    """0.25 -> '25%' ('25 %' in German; '' for none)."""
    return "" if value is None else language.percent(value)


def joined(values: Iterable[str]) -> str:
    """The non-empty values, comma separated (in the document language's way: '、' in Japanese)."""
    return gettext(", ").join(v for v in values if v)
