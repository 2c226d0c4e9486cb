"""The building blocks of an exported document, as plain data.

A document is a list of numbered sections; each holds blocks (rich text, facts, tables,
lists, definitions) and numbered subsections. Everything here is plain ``dict``/``list``/
``str`` data, so the same outline feeds the built-in templates, the Word writer and
(untouched) the sandboxed custom templates.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Any

from playbooks.export.richtext import markdown_blocks, plain_text, runs_text
from playbooks.format import language
from playbooks.format.dates import partial_date_text
from playbooks.format.enums import label
from playbooks.format.language import N_, gettext, ngettext
from playbooks.tailoring.translations import DocumentText

Block = dict[str, Any]

NOT_SET = N_("Not set out in this playbook.")
UNTRANSLATED = N_("Not yet translated into the language of this document; shown as written.")

# ---------------------------------------------------------------- translated content

#: The note on a passage that is the region's translation (who reviewed it, where recorded).
TRANSLATION = N_("The region's translation of this passage, reviewed by %(name)s.")
TRANSLATION_UNREVIEWED = N_("The region's translation of this passage; no reviewer is recorded.")


def content(value: str) -> str:
    """A text of the playbook in the document's language. The playbook a document is built from
    already holds each text's current translation in its own field
    (:func:`playbooks.tailoring.translations.localized`): the text itself."""
    return value


def library_text(value: str) -> str:
    """A text of Charter's own preset library (a rule set's title, an approver qualification, a
    required disclosure), which is written in English only: in a document of another language it
    is marked as English, as the playbook's untranslated text is (``lang`` in HTML)."""
    if not value or language.current().code == language.SOURCE_LANGUAGE:
        return value
    return DocumentText(value, language.SOURCE_LANGUAGE)


def untranslated_language(value: str) -> str:
    """The language of a text shown as written in a document of another language ('' otherwise)."""
    if isinstance(value, DocumentText) and not value.translated and value:
        return value.lang
    return ""


def _marked(block: Block, value: str) -> list[Block]:
    """``block`` of text ``value``, carrying its language when it is not the document's; a
    passage whose translation went stale is preceded by a note, the region's translation
    followed by one naming who reviewed it."""
    if not isinstance(value, DocumentText):
        return [block]
    if value.translated:
        said = (
            gettext(TRANSLATION) % {"name": value.reviewed_by} if value.reviewed_by else gettext(TRANSLATION_UNREVIEWED)
        )
        return [{**block, "translation": True}, {"type": "note", "text": said}]
    marked = {**block, "lang": value.lang}
    return [{"type": "note", "text": gettext(UNTRANSLATED)}, marked] if value.stale else [marked]


# ---------------------------------------------------------------- text every document can hold

#: What no exported document holds as it is: C0 controls but tab and line feed (ESC would act
#: on the terminal of anyone who prints a Markdown or HTML file; XML forbids most of them), DEL,
#: C1 controls, lone surrogates and the noncharacters U+FDD0-U+FDEF and U+xFFFE/U+xFFFF.
_NOT_DOCUMENT_TEXT = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef"
    + "".join(chr(plane * 0x10000 + 0xFFFE) + chr(plane * 0x10000 + 0xFFFF) for plane in range(17))
    + "]"
)


def document_text(value: str) -> str:
    """``value`` as every exported document holds it (one rule for every format): a carriage
    return is a line break, and every other character of :data:`_NOT_DOCUMENT_TEXT` becomes
    U+FFFD, visible where it was (the playbook itself keeps it, escaped, in its YAML)."""
    if not _NOT_DOCUMENT_TEXT.search(value):
        return value
    return _NOT_DOCUMENT_TEXT.sub("\ufffd", value.replace("\r\n", "\n").replace("\r", "\n"))


def document_data(value: Any) -> Any:
    """:func:`document_text` applied to every string of a plain-data structure (keys too)."""
    if isinstance(value, str):
        return document_text(value)
    if isinstance(value, dict):
        return {document_data(k): document_data(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [document_data(v) for v in value]
    return value


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


class RichCell(str):
    """A table cell holding a field's Markdown (long text: paragraphs, a decision table, a
    response tree), made by :func:`rich`.

    As a string it is the field's plain text (what a custom template or a CSV reads). Every
    built-in format lays ``md`` out in the cell with its structure: HTML and PDF as nested
    blocks (a table in the cell, a list in the cell), Word as paragraphs and a nested table in
    the cell. A Markdown (GFM) table cannot hold blocks: a cell of one paragraph is written in
    the cell, reflowed; any other is written after the table as a numbered note, with all of its
    structure, and the cell says which (``note``: its number, None for a one-paragraph cell)."""

    md: str
    note: int | None
    #: the language of a text shown as written in a document of another language ('' otherwise)
    foreign_lang: str

    def __new__(cls, md: str) -> RichCell:
        self = super().__new__(cls, plain_text(md))
        self.md = md
        self.note = None
        self.foreign_lang = untranslated_language(md)
        return self

    @property
    def one_paragraph(self) -> bool:
        """Whether the text is a single paragraph without a line break of its own (no table,
        list, heading, quote or code): what a Markdown table cell can hold as it is."""
        blocks = markdown_blocks(self.md)
        return len(blocks) <= 1 and all(b.kind == "paragraph" and "\n" not in runs_text(b.runs) for b in blocks)


def rich(md: str) -> str:
    """A table cell of a field's Markdown (see :class:`RichCell`); '' for an empty field."""
    return RichCell(md) if md and md.strip() else ""


def _cell(cell: Any) -> str:
    """A table cell as the document holds it: the text itself (a :class:`DocumentText` keeps the
    language it is in), anything else as text."""
    return cell if isinstance(cell, str) else str(cell)


def table(
    columns: Sequence[str],
    rows: Iterable[Sequence[str]],
    widths: Sequence[int] | None = None,
    *,
    keep_header: bool = False,
) -> list[Block]:
    """A table with a header row; ``widths``: the preferred share of each column (see
    :func:`column_widths`, which makes every column wide enough for its longest word). Cells
    made by :func:`rich` keep their structure in every format; for Markdown documents those
    that are more than one paragraph are numbered as the table's ``notes`` (see :class:`RichCell`).
    The playbook's texts in the cells are shown in their translation (:func:`content`). A table
    without rows is none, unless ``keep_header``: then its header row stands alone."""
    body = [[_cell(cell) for cell in row] for row in rows]
    if not body and not (keep_header and columns):
        return []
    fitted = column_widths(list(columns), body, widths)
    notes: list[Block] = []
    for row in body:
        for column, cell in zip(columns, row, strict=False):
            if isinstance(cell, RichCell) and not cell.one_paragraph:
                cell.note = len(notes) + 1
                notes.append({"number": cell.note, "label": f"{row[0]}, {column}" if row[0] else column, "md": cell.md})
    block: Block = {"type": "table", "columns": list(columns), "rows": body, "widths": fitted}
    if notes:
        block["notes"] = notes
    return [block]


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
    them, else every word too short to be hyphenated (:func:`hyphenate`); the rest of the width shared by ``preferred`` (the document's choice) or, without
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
    # when not every word fits on the line, those too short to take a hyphen (see hyphenate:
    # "Kommunikation" never "Kommunikat/ion"), else only the headers', and the rest is shared as preferred
    short = [max(h, min(w, _HYPHENATE_FROM - 1 + _PADDING)) for h, w in zip(header, words, strict=True)]
    need = words if sum(words) <= _LINE_CHARS else short if sum(short) <= _LINE_CHARS else header
    share = _fit(need, weights, _LINE_CHARS)
    total = sum(share) or 1.0
    widths = [max(1, round(100 * s / total)) for s in share]
    widths[widths.index(max(widths))] += 100 - sum(widths)  # whole per cents that add up to 100
    return widths


def column_groups(block: Block) -> list[Block]:
    """A table block as paper can hold it: the block itself when its columns fit the line with
    every header word whole (as :func:`column_widths` sets them), else several tables of the columns that fit, each repeating the
    first (deciding) column, numbered ``part`` of ``parts`` with the ``first`` and ``last`` column
    they hold. A page cuts a wider table at its edge, and narrower columns set their headings a
    letter a line."""
    columns, rows = block["columns"], block["rows"]
    # what column_widths keeps whole at the least: every header word (cells' words may hyphenate)
    need = [_longest_word(str(title)) * _BOLD + _PADDING for title in columns]
    if len(columns) <= 2 or sum(need) <= _LINE_CHARS:
        return [block]
    groups: list[list[int]] = [[]]
    used = need[0]
    for i in range(1, len(columns)):
        if groups[-1] and used + need[i] > _LINE_CHARS:
            groups.append([])
            used = need[0]
        groups[-1].append(i)
        used += need[i]
    parts = []
    for number, group in enumerate(groups, 1):
        keep = [0, *group]
        heads = [columns[i] for i in keep]
        body = [[row[i] if i < len(row) else "" for i in keep] for row in rows]
        parts.append(
            {
                **block,
                "columns": heads,
                "rows": body,
                "widths": column_widths(heads, body),
                "part": number,
                "parts": len(groups),
                "first": group[0] + 1,
                "last": group[-1] + 1,
                "count": len(columns),
            }
        )
    return parts


#: A word this long may not fit its table column on paper: it gets places to break with a hyphen.
_HYPHENATE_FROM = 16
#: Soft hyphen: invisible, unless the line breaks there (then a hyphen shows).
SOFT_HYPHEN = "\u00ad"
_VOWELS = set("aeiouyäöüàâéèêëîïôûùœæåøáíóúý")
_LONG_WORD = re.compile(rf"[^\W\d_]{{{_HYPHENATE_FROM},}}")
_TOKEN = re.compile(r"\S+")
_ADDRESS = re.compile(r"[/@.:]\w")


def hyphenate(text: str) -> str:
    """``text`` with soft hyphens in its long words, before each consonant that starts a
    syllable (one followed by a vowel; never within four letters of either end): a paginated
    format breaks such a word, when its column is too narrow, with a hyphen
    ("Kommu-nikationsverantwortlicher"), never mid-word without one. No dictionary: the breaks
    are plausible, not always the language's own. Addresses (a slash, an at sign, a dot) keep
    their letters together: a hyphen there would change them."""

    def soften(match: re.Match[str]) -> str:
        word = match.group(0)
        lower = word.lower()
        out = list(word[:4])
        for i in range(4, len(word) - 4):
            if lower[i] not in _VOWELS and lower[i + 1] in _VOWELS:
                out.append(SOFT_HYPHEN)
            out.append(word[i])
        out.append(word[max(4, len(word) - 4) :])
        return "".join(out)

    if len(text) < _HYPHENATE_FROM:
        return text
    return _TOKEN.sub(lambda t: t.group(0) if _ADDRESS.search(t.group(0)) else _LONG_WORD.sub(soften, t.group(0)), text)


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


def date(value: dt.date | str | None) -> str:
    """'1 March 2026', '1. Oktober 2026' (or 'May 2005', 'Mai 2005', '2013' for a month or a
    year): the document language's long date, unambiguous in every locale ('' for none)."""
    return partial_date_text(value)


def number(value: float | int | Decimal | None, unit: str = "", *, decimals: int | None = None) -> str:
    """A number as every document writes it: the digits the author wrote, never rounded and never
    in scientific notation, grouped in thousands in the document language's separators
    (12345678 -> '12,345,678', '12.345.678' in German; 12.0 -> '12'; 0.25 -> '0.25', '0,25';
    1e-05 -> '0.00001'); ``decimals``: exactly that many places (rounded half to even); with a
    unit (``year``, ``month``, ``day``, ``hour``, ``minute``), in the document language's plural
    ('1 year', '2 Jahre'); '' for none.

    The one place a document turns a number into text (:func:`playbooks.format.language.number`)."""
    if value is None:
        return ""
    shown = language.number(value, decimals)
    if not unit:
        return shown
    return _unit(unit, value) % {"n": shown}


def _unit(unit: str, value: float | int | Decimal) -> str:
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
    """0.25 -> '25%', 0.07 -> '7%' ('25 %' in German; exact, as :func:`number`; '' for none)."""
    return "" if value is None else language.percent(value)


def joined(values: Iterable[str]) -> str:
    """The non-empty values, comma separated (in the document language's way: '、' in Japanese)."""
    return gettext(", ").join(v for v in values if v)
