"""What Qt's PDF writer cannot write, added to the PDF it made: bookmarks, links, language, metadata.

Qt's ``QPdfWriter`` (6.12) has no API for an outline, for links within the document, for the
catalog's ``/Lang`` or for a subject, and it dates the file by the wall clock. The PDF writer
(``ui/pdf.py``) knows where every heading and every contents line landed; :func:`finish_pdf`
rewrites Qt's file with pypdf (pure Python, BSD licence; about 25 ms for the 35-page policy) to
add a bookmark per heading, a link from each contents line to its section, the document's
language, author, subject and keywords, and the generation time (``SOURCE_DATE_EPOCH``), so the
same playbook gives the same bytes. No Qt here: the rewriting is tested without a display.

Tagged PDF (a structure tree for screen readers) is not made: it needs marked content in every
page's content stream, which neither Qt nor pypdf writes. The accessible formats are HTML and
Word (README, "Exported documents").
"""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from pypdf import PdfReader, PdfWriter
from pypdf.annotations import Link
from pypdf.generic import ArrayObject, BooleanObject, Fit, IndirectObject, NameObject, NumberObject, TextStringObject


@dataclass(frozen=True)
class Bookmark:
    """A heading: its level (1 = section), its text, its page (0-based) and how far its top is
    below the top of the page, in points."""

    level: int
    title: str
    page: int
    top: float


@dataclass(frozen=True)
class PageLink:
    """A clickable area on ``page`` that goes to ``bookmarks[target]``: left, top, right, bottom,
    in points from the page's top left corner."""

    page: int
    rect: tuple[float, float, float, float]
    target: int


@dataclass(frozen=True)
class PdfFacts:
    """Everything :func:`finish_pdf` adds."""

    title: str
    author: str
    subject: str
    keywords: str
    language: str
    created: dt.datetime
    bookmarks: Sequence[Bookmark] = field(default_factory=tuple)
    links: Sequence[PageLink] = field(default_factory=tuple)


def pdf_date(moment: dt.datetime) -> str:
    """A PDF date string (ISO 32000-1, 7.9.4), in UTC: ``D:20260101000000Z``."""
    return "D:" + moment.astimezone(dt.UTC).strftime("%Y%m%d%H%M%S") + "Z"


def finish_pdf(data: bytes, facts: PdfFacts) -> bytes:
    """``data`` (a PDF) with the outline, links, language and metadata of ``facts``."""
    reader = PdfReader(io.BytesIO(data))
    writer = PdfWriter(clone_from=reader)
    writer.pdf_header = reader.pdf_header  # Qt's version (pypdf would write 1.3: too old for /Lang)
    root = writer._root_object
    root[NameObject("/Lang")] = TextStringObject(facts.language)
    # a viewer's title bar shows the title, not the file name (PDF/UA asks for it)
    writer.create_viewer_preferences()[NameObject("/DisplayDocTitle")] = BooleanObject(True)
    _outline(writer, facts.bookmarks)
    for link in facts.links:
        target = facts.bookmarks[link.target]
        left, top, right, bottom = link.rect
        height = _height(writer, link.page)
        annotation = Link(
            rect=(left, height - bottom, right, height - top),
            target_page_index=target.page,
            fit=Fit.xyz(top=_height(writer, target.page) - target.top),
        )
        annotation[NameObject("/Border")] = ArrayObject([NumberObject(0), NumberObject(0), NumberObject(0)])
        writer.add_annotation(link.page, annotation)
    _stable_subset_tags(writer)
    _letters_not_shapes(writer)
    when = pdf_date(facts.created)
    writer.add_metadata(
        {
            "/Title": facts.title,
            "/Author": facts.author,
            "/Subject": facts.subject,
            "/Keywords": facts.keywords,
            "/CreationDate": when,
            "/ModDate": when,
        }
    )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


_SUBSET_NAME = re.compile(r"/[A-Z]{6}\+(.+)")


def _stable_subset_tags(writer: PdfWriter) -> None:
    """Qt names each embedded font subset with a tag that changes from run to run; the PDF
    standard asks only for six capital letters that differ between subsets (ISO 32000-1,
    9.6.4). Numbered in order of appearance instead, the same playbook gives the same bytes."""
    renamed: dict[int, str] = {}
    for page in writer.pages:
        resources = page.get("/Resources")
        fonts = resources.get_object().get("/Font") if resources is not None else None
        for reference in (fonts.get_object() if fonts is not None else {}).values():
            font = reference.get_object()
            for descendant in font.get("/DescendantFonts", [reference]):
                descriptor_ref = descendant.get_object().get("/FontDescriptor")
                if descriptor_ref is None:
                    continue
                descriptor = descriptor_ref.get_object()
                if id(descriptor) in renamed:
                    continue
                match = _SUBSET_NAME.fullmatch(str(descriptor.get("/FontName", "")))
                if match is None:
                    continue
                number = len(renamed)
                tag = "".join(chr(ord("A") + number // 26**k % 26) for k in range(6))
                renamed[id(descriptor)] = tag
                descriptor[NameObject("/FontName")] = NameObject(f"/{tag}+{match.group(1)}")


#: A 4-digit hex code in a ToUnicode CMap: a destination inside ``[...]`` of a bfrange, or the
#: second code of a bfchar line.
_IN_ARRAY = re.compile(rb"\[[^\]]*\]")
_BFCHAR = re.compile(rb"(beginbfchar)(.*?)(endbfchar)", re.DOTALL)
_BFCHAR_LINE = re.compile(rb"(<[0-9A-Fa-f]+>\s*)(<[0-9A-Fa-f]+>)")
_HEX = re.compile(rb"<([0-9A-Fa-f]{4})>")


def _letter(match: re.Match[bytes]) -> bytes:
    char = chr(int(match.group(1), 16))
    # Arabic presentation forms (a shaped glyph's code point) -> the letter they show; a ligature
    # of two letters (lam-alef) is kept: a reader lays a right-to-left word out by reversing it,
    # the letters of one glyph's mapping included, so "لا" would come out "ال"
    # and a CJK font's glyph shared by a radical and an ideograph (Noto Sans CJK maps 文 U+6587
    # and the Kangxi radical ⽂ U+2F42 to one glyph, and Qt names the glyph by the radical): the
    # ideograph (NFKC), which is what was written and what a search looks for
    if (
        0xFB50 <= ord(char) <= 0xFDFF
        or 0xFE70 <= ord(char) <= 0xFEFF
        or 0x2E80 <= ord(char) <= 0x2FDF
        or 0xF900 <= ord(char) <= 0xFAFF
    ):
        letters = unicodedata.normalize("NFKC", char)
        if letters != char and len(letters) == 1:
            return b"<" + letters.encode("utf-16-be").hex().upper().encode() + b">"
    return match.group(0)


def _letters_not_shapes(writer: PdfWriter) -> None:
    """Qt maps a shaped Arabic glyph to its presentation form (U+FE8E, not U+0627 alef), so the
    text a reader extracts or searches is not the letters written; each font's ToUnicode map is
    rewritten to the letters (NFKC), which is what extraction then gives."""
    done: set[int] = set()
    for page in writer.pages:
        resources = page.get("/Resources")
        fonts = resources.get_object().get("/Font") if resources is not None else None
        for reference in (fonts.get_object() if fonts is not None else {}).values():
            cmap_ref = reference.get_object().get("/ToUnicode")
            if cmap_ref is None or id(cmap_ref.get_object()) in done:
                continue
            stream = cmap_ref.get_object()
            done.add(id(stream))
            data = stream.get_data()
            fixed = _IN_ARRAY.sub(lambda m: _HEX.sub(_letter, m.group(0)), data)
            fixed = _BFCHAR.sub(
                lambda m: m.group(1)
                + _BFCHAR_LINE.sub(lambda line: line.group(1) + _HEX.sub(_letter, line.group(2)), m.group(2))
                + m.group(3),
                fixed,
            )
            if fixed != data:
                stream.set_data(fixed)


def _height(writer: PdfWriter, page: int) -> float:
    """The height of a page in points (PDF's y axis goes up from the bottom edge)."""
    box = writer.pages[page].mediabox
    return float(box.top)


def _outline(writer: PdfWriter, bookmarks: Sequence[Bookmark]) -> None:
    """A bookmark per heading, nested by level; the panel opens on the sections, folded."""
    if not bookmarks:
        return
    parents: list[tuple[int, IndirectObject]] = []  # (level, item) of the open ancestors
    for mark in bookmarks:
        while parents and parents[-1][0] >= mark.level:
            parents.pop()
        item = writer.add_outline_item(
            title=mark.title,
            page_number=mark.page,
            parent=parents[-1][1] if parents else None,
            fit=Fit.xyz(top=_height(writer, mark.page) - mark.top),
            is_open=False,
        )
        parents.append((mark.level, item))
    writer.page_mode = "/UseOutlines"


# ---------------------------------------------------------------- fonts the machine lacks

#: The Debian packages with fonts for the scripts Charter's own fonts (DejaVu) lack.
FONT_PACKAGE_EMOJI = "fonts-noto-color-emoji"
FONT_PACKAGE_CJK = "fonts-noto-cjk"
FONT_PACKAGE_OTHER = "fonts-noto-core"
_CJK_SCRIPTS = {"CJK", "HIRAGANA", "KATAKANA", "HANGUL", "BOPOMOFO", "IDEOGRAPHIC", "KANGXI", "YI"}


def _is_emoji(char: str) -> bool:
    code = ord(char)
    return 0x1F000 <= code <= 0x1FAFF or 0x2600 <= code <= 0x27BF or 0x2B00 <= code <= 0x2BFF


def script_of(char: str) -> str:
    """The script (or "emoji") a character belongs to, by its Unicode name: "Devanagari",
    "CJK", "Arabic", "emoji"."""
    if _is_emoji(char):
        return "emoji"
    name = unicodedata.name(char, "")
    word = name.split(" ", 1)[0] if name else f"U+{ord(char):04X}"
    return "CJK" if word in _CJK_SCRIPTS else word.capitalize()


def font_package(script: str) -> str:
    """The Debian package whose fonts draw ``script`` (see :func:`script_of`)."""
    if script == "emoji":
        return FONT_PACKAGE_EMOJI
    return FONT_PACKAGE_CJK if script == "CJK" else FONT_PACKAGE_OTHER


def missing_fonts_notice(missing: Iterable[str]) -> str:
    """One line that says which characters no font on this machine draws (the PDF shows empty
    boxes there and a reader extracts nothing), by script, and which packages give them; ''
    when every character has a font."""
    by_script: dict[str, list[str]] = {}
    for char in dict.fromkeys(missing):
        by_script.setdefault(script_of(char), []).append(char)
    if not by_script:
        return ""
    parts = []
    for script, chars in sorted(by_script.items()):
        shown = "".join(chars[:8]) + ("…" if len(chars) > 8 else "")
        parts.append(f"{script} ({shown})")
    packages = sorted({font_package(script) for script in by_script})
    return (
        f"no font on this machine for {', '.join(parts)}: the PDF shows empty boxes there; "
        f"install {' and '.join(packages)} (Debian) and export again"
    )
