"""The PDF writer: Qt's ``QTextDocument`` laid out on A4 or Letter and painted into a ``QPdfWriter``.

Importing this module registers the ``pdf`` format with :mod:`playbooks.export` (which
itself never imports Qt). Qt's rich-text engine has no ``@page`` rules, so the page loop is
manual (tech-notes section 2): every page gets a running header (document title), the body
clipped to the page, and a footer with version, status, the start of the fingerprint and
"Page i of N". Works off-screen: a command-line export needs no display.

What Qt's writer cannot write is added by :func:`playbooks.export.pdfdoc.finish_pdf` from what
the layout knows: a bookmark per heading, a link from each contents line to its section, the
document's language (the job's BCP 47 tag, also in the XMP metadata), author (the playbook's
owner), subject and the generation time. Fonts are shaped without ligatures, so that the text a
reader extracts or searches is the text written ("fi", never U+FB01).

A custom template's PDF is laid out and painted in the template sandbox's child process
(:func:`playbooks.export.sandbox.run_confined`: time, memory and output limits): Qt's layout
crashes on thousands of nested tables and takes minutes over a few dozen, which must cost the
child, never the editor. A document loads images and style sheets only from the custom
template's folder (a built-in template's, none), and only http, https and mailto anchors stay
links.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import math
import os
import signal
import sys
import unicodedata
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, ParamSpec, TypeVar, cast
from xml.sax.saxutils import escape

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
    QMessageLogContext,
    QPointF,
    QRect,
    QRectF,
    QSizeF,
    Qt,
    QtMsgType,
    QUuid,
    qInstallMessageHandler,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QPyTextObject,
    QRawFont,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)

from playbooks.export import ExportError, ExportJob, register_writer, render_html
from playbooks.export.context import generation_timestamp
from playbooks.export.outline import PAGE_FOOTER, running_footer
from playbooks.export.pdfdoc import Bookmark, PageLink, PdfFacts, finish_pdf, missing_fonts_notice
from playbooks.export.richtext import is_safe_link
from playbooks.format.language import gettext
from ui.confined import ConfinedDocument
from ui.i18n import translate

Result = TypeVar("Result")
Params = ParamSpec("Params")
_log = logging.getLogger("charter")

#: Page margins in millimetres: top, right, bottom, left.
MARGINS_MM = (24.0, 20.0, 22.0, 22.0)
#: The paper sizes of :data:`playbooks.io.config.PAPER_SIZES`.
PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
RESOLUTION = 300
HEADER_COLOUR = QColor(0x5A, 0x6B, 0x7D)
RULE_COLOUR = QColor(0xB9, 0xC2, 0xCC)


def ensure_application() -> QGuiApplication:
    """The running Qt application, or a new off-screen one for command-line exports."""
    app = QGuiApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(sys.argv[:1] or ["charter"])
    assert isinstance(app, QGuiApplication)
    return app


def _mm(value: float) -> float:
    return value / 25.4 * RESOLUTION


def _points(pixels: float) -> float:
    """Device pixels (at :data:`RESOLUTION`) as PDF points."""
    return pixels * 72 / RESOLUTION


#: OpenType features that join letters into one glyph: Qt maps such a glyph back to a ligature
#: character (U+FB01 "ﬁ"), so a reader extracting or searching the text would not find "fi".
LIGATURE_FEATURES = ("liga", "clig", "dlig", "hlig")


def font(family: str, points: float) -> QFont:
    """A font for the PDF: ``family`` at ``points``, shaped without ligatures (text formats inherit it)."""
    made = QFont(family)
    made.setPointSizeF(points)
    for tag in LIGATURE_FEATURES:
        made.setFeature(QFont.Tag(tag), 0)
    return made


#: Scales tried, in order, to fit a one-page document (the crisis card) on one page.
FIT_SCALES = (1.0, 0.92, 0.85, 0.78, 0.72, 0.66, 0.6)


@dataclass(frozen=True)
class Described:
    """What the PDF says about itself (document information, XMP metadata). ``created`` is taken
    where the export starts: a custom template's PDF is made in a child process whose environment
    (``SOURCE_DATE_EPOCH``) is the sandbox's, not necessarily the exporting process's."""

    title: str
    author: str = ""
    subject: str = ""
    keywords: str = ""
    language: str = "en"
    created: dt.datetime = field(default_factory=generation_timestamp)

    def document_id(self, paper: str) -> uuid.UUID:
        """The same for the same document on the same paper (reproducible files), another otherwise."""
        return uuid.uuid5(uuid.NAMESPACE_URL, f"charter:{self.keywords}:{self.title}:{self.subject}:{paper}")


def _writer(buffer: QBuffer, described: Described, paper: str = "a4") -> QPdfWriter:
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(QPageSize(PAGE_SIZES[paper]), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
    )
    writer.setTitle(described.title)
    writer.setAuthor(described.author)
    writer.setCreator("Charter")
    document_id = described.document_id(paper)
    writer.setDocumentId(QUuid(str(document_id)))
    writer.setDocumentXmpMetadata(QByteArray(xmp_metadata(described, described.created, document_id)))
    return writer


def xmp_metadata(described: Described, created: dt.datetime, document_id: uuid.UUID) -> bytes:
    """The PDF's XMP packet: what Qt writes by default (title, creator tool, dates, a document
    id), plus the author, subject and language, which Qt has no setting for."""
    when = created.astimezone(dt.UTC).replace(microsecond=0).isoformat()
    optional = ""
    if described.author:
        optional += f"<dc:creator><rdf:Seq><rdf:li>{escape(described.author)}</rdf:li></rdf:Seq></dc:creator>"
    if described.subject:
        optional += (
            f'<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{escape(described.subject)}</rdf:li>'
            "</rdf:Alt></dc:description>"
        )
    return f"""<?xpacket begin='\ufeff' id='W5M0MpCehiHzreSzNTczkc9d'?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(described.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:language><rdf:Bag><rdf:li>{escape(described.language)}</rdf:li></rdf:Bag></dc:language>
   <dc:format>application/pdf</dc:format>{optional}
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmp:CreatorTool="Charter" xmp:CreateDate="{when}" xmp:ModifyDate="{when}" xmp:MetadataDate="{when}"/>
  <rdf:Description rdf:about="" xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"
    xmpMM:DocumentID="uuid:{document_id}" xmpMM:VersionID="1" xmpMM:RenditionClass="default"/>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end='w'?>""".encode()


def _body_rect(writer: QPdfWriter) -> QRectF:
    """The text area of a page, in device pixels."""
    top, right, bottom, left = (_mm(m) for m in MARGINS_MM)
    return QRectF(left, top, float(writer.width()) - left - right, float(writer.height()) - top - bottom)


#: The fonts the templates name first; any other installed font is Qt's fallback.
DOCUMENT_FONTS = ("DejaVu Sans", "DejaVu Serif", "DejaVu Sans Mono")
#: Character -> whether an installed font draws it (fonts do not change while Charter runs).
_DRAWN: dict[str, bool] = {}
_RAW_FONTS: dict[str, list[QRawFont]] = {}


def _raw_fonts(which: str) -> list[QRawFont]:
    if which not in _RAW_FONTS:
        families = DOCUMENT_FONTS if which == "document" else QFontDatabase.families()
        _RAW_FONTS[which] = [QRawFont.fromFont(QFont(family)) for family in families]
    return _RAW_FONTS[which]


def _needs_glyph(char: str) -> bool:
    # controls, spaces, joiners and variation selectors draw nothing of their own
    code = ord(char)
    return (
        code > 0x7F and unicodedata.category(char)[0] not in "CZ" and not (0xFE00 <= code <= 0xFE0F or code >= 0xE0000)
    )


def missing_glyphs(text: str) -> list[str]:
    """The characters of ``text`` that no font installed on this machine draws, in the order
    they come (Qt paints an empty box for each, and the PDF's text has nothing there): the document fonts are asked
    first, every other installed font only for what they lack."""
    wanted = {char for char in set(text) if _needs_glyph(char)}
    unknown = [char for char in wanted if char not in _DRAWN]
    if unknown:
        for char in unknown:
            _DRAWN[char] = any(f.supportsCharacter(ord(char)) for f in _raw_fonts("document"))
        lacking = [char for char in unknown if not _DRAWN[char]]
        for char in lacking:
            _DRAWN[char] = any(f.supportsCharacter(ord(char)) for f in _raw_fonts("installed"))
    return [char for char in dict.fromkeys(text) if char in wanted and not _DRAWN[char]]


@contextmanager
def _font_messages() -> Iterator[list[str]]:
    """Qt's font warnings ("qt.text.font.db: OpenType support missing ...") kept from the
    terminal while a PDF is made: the caller reports what they mean in one line of its own
    (:func:`missing_glyphs`). Other messages go where they went."""
    caught: list[str] = []
    previous: Any = None

    def handler(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if str(context.category or "").startswith("qt.text.font"):
            caught.append(message)
        elif previous is not None:
            previous(mode, context, message)
        else:
            sys.stderr.write(message + "\n")

    previous = qInstallMessageHandler(handler)
    try:
        yield caught
    finally:
        qInstallMessageHandler(previous)


def _reporting_fonts(function: Callable[Params, bytes]) -> Callable[Params, bytes]:
    """``function`` (which makes a PDF) with Qt's font warnings caught while it runs: they are
    about Qt's fallback fonts ("OpenType support missing for DejaVu Sans, script 11" while
    another font draws the text), and what matters to the reader is said by the PDF writer
    itself (characters no font draws, :func:`missing_glyphs`); they go to Charter's log."""

    @functools.wraps(function)
    def wrapper(*args: Params.args, **kwargs: Params.kwargs) -> bytes:
        with _font_messages() as caught:
            data = function(*args, **kwargs)
        for message in dict.fromkeys(caught):
            _log.debug("Qt's fonts while making a PDF: %s", " ".join(message.split()))
        return data

    return wrapper


@_reporting_fonts
def html_to_pdf(
    html: str,
    *,
    described: Described,
    header: str,
    footer: str,
    one_page: bool = False,
    contents: list[str] | None = None,
    paper: str = "a4",
    notices: list[str] | None = None,
    page_label: str = PAGE_FOOTER,
    right_to_left: bool = False,
) -> bytes:
    """Lay ``html`` out on ``paper`` (``a4`` or ``letter``) pages and return the PDF bytes.

    ``page_label``: the footer "Page %(page)s of %(pages)s" in the document's language;
    ``right_to_left``: the running header and footer mirrored, as an Arabic reader reads them.

    ``header`` runs at the top of every page; ``footer`` at the bottom left, with
    "Page i of N" at the bottom right. With ``one_page`` the content is scaled down (to
    60% at most) until it fits on a single page. ``contents`` (the section numbers, in
    order) has the page of each section written into the contents table (see
    :func:`paginate`), and each of its lines links to its section; :class:`ContentsNotFound`
    when there is no such table. Every heading gets a bookmark. ``notices`` gets a line on the
    characters no installed font draws (see :func:`missing_glyphs`).
    """
    ensure_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _writer(buffer, described, paper)
    body = _body_rect(writer)

    for scale in FIT_SCALES if one_page else FIT_SCALES[:1]:
        # whole device pixels: Qt positions blocks in 1/64 px, and a page edge between two
        # of those put the first line of a page also (clipped) on the page before
        page = QSizeF(math.floor(body.width() / scale), math.floor(body.height() / scale))
        laid = paginate(html, writer, page, contents=contents)
        doc = laid.doc
        pages = max(1, doc.pageCount())
        if pages == 1:
            break

    if notices is not None:
        notice = missing_fonts_notice(missing_glyphs(f"{doc.toPlainText()}{header}{footer}"))
        if notice:
            notices.append(notice)
    small = font("DejaVu Sans", 7.5)
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportError(translate("PdfExport", "the PDF could not be started (Qt's PDF writer refused)"))
    try:
        for index in range(pages):
            if index:
                writer.newPage()
            painter.save()
            painter.translate(body.left(), body.top())
            painter.scale(scale, scale)
            painter.translate(0, -index * page.height())
            doc.drawContents(painter, QRectF(0, index * page.height(), page.width(), page.height() - 0.5))
            painter.restore()
            page_of = page_label % {"page": index + 1, "pages": pages}
            _furniture(painter, small, body, header, footer, page_of, right_to_left)
    finally:
        painter.end()
    buffer.close()
    _refuse_changed_resources(doc)
    place = _Placement(body, page.height(), scale)
    bookmarks = _bookmarks(doc, place)
    links = _contents_links(laid, bookmarks, place)
    facts = PdfFacts(
        described.title,
        described.author,
        described.subject,
        described.keywords,
        described.language,
        described.created,
        bookmarks,
        links,
    )
    return finish_pdf(bytes(data.data()), facts)


@dataclass(frozen=True)
class _Placement:
    """Where the laid-out document lands on the pages: the body's place, the page height of the
    layout and its scale."""

    body: QRectF
    page_height: float
    scale: float

    def page_of(self, y: float) -> int:
        """The page (0-based) of document position ``y``."""
        return int(y // self.page_height)

    def x(self, x: float) -> float:
        """Points from the page's left edge of document position ``x``."""
        return _points(self.body.left() + x * self.scale)

    def y(self, y: float) -> float:
        """Points from the top of its page of document position ``y``."""
        return _points(self.body.top() + (y - self.page_of(y) * self.page_height) * self.scale)


def _bookmarks(doc: QTextDocument, place: _Placement) -> list[Bookmark]:
    """A bookmark per heading (h1-h6), at the top of its first line, in document order."""
    layout = doc.documentLayout()
    found = []
    block = doc.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level:
            lines = block.layout()
            top = layout.blockBoundingRect(block).top() + (lines.lineAt(0).y() if lines.lineCount() else 0)
            # one line of text: NBSP, em space and the line separator of a <br> read as spaces
            title = " ".join(block.text().split())
            found.append(Bookmark(level, title, place.page_of(top), place.y(top)))
        block = block.next()
    return found


def _contents_links(laid: Laid, bookmarks: list[Bookmark], place: _Placement) -> list[PageLink]:
    """A link over each line of the contents table to its section's heading."""
    sections = [i for i, mark in enumerate(bookmarks) if mark.level == 1]
    table = laid.contents
    if table is None or len(sections) != table.rows():
        return []
    layout = laid.doc.documentLayout()
    links = []
    for row, target in zip(range(table.rows()), sections, strict=True):
        rects = [
            layout.blockBoundingRect(table.cellAt(row, column).firstCursorPosition().block())
            for column in range(table.columns())
        ]
        top = min(r.top() for r in rects)
        bottom = max(r.bottom() for r in rects)
        if place.page_of(top) != place.page_of(bottom - 0.5):
            continue  # a line split across pages (it cannot be in a contents table Qt laid out)
        left, right = min(r.left() for r in rects), max(r.right() for r in rects)
        rect = (place.x(left), place.y(top), place.x(right), place.y(top) + _points((bottom - top) * place.scale))
        links.append(PageLink(place.page_of(top), rect, target))
    return links


class ContentsNotFound(Exception):
    """No contents table with a row per section and an empty page column (a custom template)."""


def _document(
    html: str, writer: QPdfWriter, page: QSizeF, breaks: dict[int, float], contents: list[str] | None = None
) -> tuple[QTextDocument, QTextTable | None]:
    """A fresh document laid out for ``page``; ``breaks`` pushes blocks down (block number -> extra space).

    A push by extra top margin, not Qt's page-break policy: a page break right after a
    table made Qt insert an empty page. The pushes are set on a fresh document that has no
    layout yet (Qt's incremental relayout after a format change is unreliable: blocks drawn
    twice or lost), so it is laid out once, with everything in place. With ``contents``
    (section numbers), the contents table (returned too) gets a :class:`PageNumbers` object in
    each line's page cell, also before the first layout; :class:`ContentsNotFound` when the
    document has no such table.
    """
    doc = ConfinedDocument(_resources)
    doc.setDefaultFont(font("DejaVu Serif", 10))
    doc.setDocumentMargin(0)
    doc.setHtml(html)  # the layout is made on first use, below, after every change
    _inert_links(doc)
    table = _contents_table(doc, contents) if contents is not None else None
    if contents is not None and table is None:
        raise ContentsNotFound("no contents table with a row per section")
    if breaks or table is not None:
        # one edit: each change on its own makes Qt redo its layout work from the change on
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()
        for number, push in sorted(breaks.items()):
            block = doc.findBlockByNumber(number)
            fmt = block.blockFormat()
            fmt.setTopMargin(fmt.topMargin() + push)
            cursor.setPosition(block.position())
            cursor.setBlockFormat(fmt)
        if table is not None:
            _page_number_objects(doc, table)
        cursor.endEditBlock()
    doc.documentLayout().setPaintDevice(writer)
    doc.setPageSize(page)
    return doc, table


def _tables(doc: QTextDocument) -> list[QTextTable]:
    out, todo = [], [doc.rootFrame()]
    while todo:
        frame = todo.pop()
        if isinstance(frame, QTextTable):
            out.append(frame)
        todo.extend(frame.childFrames())
    return out


def _cell_text(table: QTextTable, row: int, column: int) -> str:
    cell = table.cellAt(row, column)
    cursor = cell.firstCursorPosition()
    cursor.setPosition(cell.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText().strip()


def _contents_table(doc: QTextDocument, contents: list[str]) -> QTextTable | None:
    """The table of ``contents`` (rows: number, title, empty page cell), or None."""
    for table in _tables(doc):
        if (
            table.rows() == len(contents)
            and table.columns() == 3
            and all(
                _cell_text(table, row, 0) == number and not _cell_text(table, row, 2)
                for row, number in enumerate(contents)
            )
        ):
            return table
    return None


@dataclass(frozen=True)
class Laid:
    """A document laid out on pages; with contents, its table (``QTextTable``) and the page of
    each section, in order."""

    doc: QTextDocument
    contents: QTextTable | None = None
    pages: tuple[int, ...] = ()


#: Where a document may load images and style sheets from: a custom template's folder, in the
#: sandbox's child process (:func:`_in_child`); None (built-in templates): nowhere.
_resources: Path | None = None


def _inert_links(doc: QTextDocument) -> None:
    """Only http, https and mailto anchors (and the document's own ``#`` anchors) stay links;
    the rest keep their text and lose their target (a PDF link opens whatever it names)."""
    spans: list[tuple[int, int, QTextCharFormat]] = []
    block = doc.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            look = fragment.charFormat()
            href = look.anchorHref()
            if (look.isAnchor() or href) and not href.startswith("#") and not is_safe_link(href):
                look.setAnchor(False)
                look.clearProperty(QTextFormat.Property.AnchorHref)
                spans.append((fragment.position(), fragment.position() + fragment.length(), look))
            fragments += 1
        block = block.next()
    cursor = QTextCursor(doc)
    for start, end, look in spans:
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(look)


def paginate(html: str, writer: QPdfWriter, page: QSizeF, rounds: int = 4, contents: list[str] | None = None) -> Laid:
    """Lay ``html`` out so that no heading is stranded at the foot of a page and no line is cut.

    Qt's rich text has no keep-with-next or ``page-break-inside``. A pass walks the laid-out
    document top to bottom and pushes each offender to the next page (relaying out the rest
    as it goes). A second walk over the same layout then checks it (no offender left); it is
    what gets painted. If the check fails, the document is rebuilt afresh with all pushes
    (laid out once, before any change) and checked again, up to ``rounds`` times. Drawing the
    checked pushed document gave pixel-identical pages to drawing the rebuilt one (every
    document of every example and a 100-page policy) at one layout less.

    With ``contents`` (section numbers) the page of each section goes into the contents table,
    drawn by :class:`PageNumbers` objects laid out before the numbers are known.
    """
    breaks: dict[int, float] = {}
    doc, table = _document(html, writer, page, breaks, contents)
    _push_offenders(doc, page.height(), breaks)
    if _push_offenders(doc, page.height(), dict(breaks)):
        for _ in range(rounds):
            doc, table = _document(html, writer, page, breaks, contents)
            if not _push_offenders(doc, page.height(), breaks):
                break
    if contents is None or table is None:
        return Laid(doc)
    pages = _section_pages(doc, page.height())
    if len(pages) != len(contents):
        raise ContentsNotFound(f"{len(pages)} top-level headings for {len(contents)} sections")
    handler = doc.findChild(PageNumbers)
    assert handler is not None  # _document made it
    handler.pages = tuple(pages)
    return Laid(doc, table, tuple(pages))


#: The inline object that shows a contents line's page number, and the property with its row.
PAGE_NUMBER_OBJECT = int(QTextFormat.ObjectTypes.UserObject) + 1
PAGE_NUMBER_ROW = int(QTextFormat.Property.UserProperty) + 1


class PageNumbers(QPyTextObject):
    """Draws the page numbers of the contents: an inline object in each line's page cell.

    The numbers are known only once the document is laid out, and writing them in then made Qt
    lay out everything after the contents again (a sixth of the time of a long policy). An
    object of a fixed size is laid out before the numbers are known; it draws its row's number
    when the page is painted, where the line is, so the text stays in reading order.
    (``QPyTextObject`` is PySide's base for Python implementations of ``QTextObjectInterface``.)
    """

    def __init__(self, doc: QTextDocument) -> None:
        super().__init__(doc)
        self.pages: tuple[int, ...] = ()

    def intrinsicSize(self, doc: QTextDocument, position: int, fmt: QTextFormat) -> QSizeF:
        """Room for four digits, from the baseline up (so that the line is no taller than its text)."""
        metrics = QFontMetricsF(fmt.toCharFormat().font(), doc.documentLayout().paintDevice())
        return QSizeF(metrics.horizontalAdvance("0000"), metrics.ascent())

    def drawObject(
        self, painter: QPainter, rect: QRectF | QRect, doc: QTextDocument, position: int, fmt: QTextFormat
    ) -> None:
        """The row's page number, right-aligned in ``rect``, on its baseline."""
        rect = QRectF(rect)
        row = fmt.intProperty(PAGE_NUMBER_ROW)
        if not 0 <= row < len(self.pages):
            return
        look = fmt.toCharFormat()
        shown = look.font()
        text = str(self.pages[row])
        width = QFontMetricsF(shown, painter.device()).horizontalAdvance(text)
        painter.save()
        painter.setFont(shown)
        painter.setPen(look.foreground().color())
        painter.drawText(QPointF(rect.right() - width, rect.bottom()), text)
        painter.restore()


def _page_number_objects(doc: QTextDocument, table: QTextTable) -> PageNumbers:
    """A page-number object in the (empty) page cell of each contents line, in the look of its title."""
    handler = PageNumbers(doc)
    doc.documentLayout().registerHandler(PAGE_NUMBER_OBJECT, handler)
    for row in range(table.rows()):
        look = QTextCharFormat(table.cellAt(row, 1).firstCursorPosition().charFormat())
        look.setObjectType(PAGE_NUMBER_OBJECT)
        look.setProperty(PAGE_NUMBER_ROW, row)
        table.cellAt(row, 2).firstCursorPosition().insertText("\ufffc", look)
    return handler


def _section_pages(doc: QTextDocument, page_height: float) -> list[int]:
    """The page (1-based) on which each top-level heading starts, in order."""
    layout = doc.documentLayout()
    pages = []
    block = doc.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() == 1:
            top = layout.blockBoundingRect(block).top() + (
                block.layout().lineAt(0).y() if block.layout().lineCount() else 0
            )
            pages.append(int(top // page_height) + 1)
        block = block.next()
    return pages


def _table_spans(doc: QTextDocument) -> list[tuple[int, int]]:
    """The document positions (first, last) covered by tables, outermost ones, in order."""
    spans: list[tuple[int, int]] = []
    for first, last in sorted((t.firstPosition(), t.lastPosition()) for t in _tables(doc)):
        if spans and first <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], last))
        else:
            spans.append((first, last))
    return spans


def _push_offenders(doc: QTextDocument, page_height: float, breaks: dict[int, float]) -> bool:
    """Push stranded headings and cut lines to the next page; record the pushes; True if any."""
    layout = doc.documentLayout()
    room_after_heading = page_height * 0.08
    pushed = False
    # table rows are Qt's to split (it moves whole lines to the next page): tables are skipped
    spans = _table_spans(doc)
    span = 0
    block = doc.begin()
    # the headings (and bold lead-ins) right before this block on its page: they go with it
    run: list[tuple[QTextBlock, float]] = []
    while block.isValid():
        position = block.position()
        while span < len(spans) and spans[span][1] < position:
            span += 1
        if span < len(spans) and spans[span][0] <= position:
            after = doc.findBlock(spans[span][1] + 1)
            block = after if after.isValid() and after.position() > position else block.next()
            run = []
            continue
        rect = layout.blockBoundingRect(block)  # lays the document out up to here (layout is lazy)
        lines = block.layout()
        if lines.lineCount():
            first = lines.lineAt(0)
            last = lines.lineAt(lines.lineCount() - 1)
            top = lines.position().y() + first.y()
            bottom = lines.position().y() + last.y() + last.height()
            page_end = (int(top // page_height) + 1) * page_height
            at_page_top = top % page_height < 2
            cut = top + first.height() > page_end + 0.5
            leads = block.blockFormat().headingLevel() > 0 or _lead_in(block)
            stranded = leads and page_end - bottom < room_after_heading
            if not at_page_top and (cut or stranded) and rect.height() < page_height / 2:
                # a heading right above on this page would be stranded: it goes first, with it
                same_page = [(b, t) for b, t in run if int(t // page_height) == int(top // page_height)]
                if same_page and same_page[0][1] % page_height >= 2:
                    block, top = same_page[0]
                    position = block.position()
                push = page_end - top
            else:
                push = 0.0
            if push:
                fmt = block.blockFormat()
                fmt.setTopMargin(fmt.topMargin() + push)
                cursor = QTextCursor(block)
                cursor.beginEditBlock()  # the format change and the relayout of the rest as one
                cursor.setBlockFormat(fmt)
                doc.markContentsDirty(position, doc.characterCount() - position)
                cursor.endEditBlock()
                layout.blockBoundingRect(block)  # laid out again up to here
                moved = block.layout()
                # Qt ignores the top margin of a block right after a table: such a block does not
                # move, and a push that moved nothing is no push (else every check finds it again
                # and the document is rebuilt for nothing: a 100-page policy, five layouts for one)
                if moved.position().y() + moved.lineAt(0).y() != top:
                    breaks[block.blockNumber()] = breaks.get(block.blockNumber(), 0.0) + push
                    pushed = True
                run = []
            elif leads:
                run.append((block, top))
            else:
                run = []
        block = block.next()
    return pushed


def _lead_in(block: QTextBlock) -> bool:
    """Whether ``block`` is a one-line label in bold (a "Rationale" before its text, a glossary
    term before its definition): like a heading, it belongs with what follows it."""
    if block.layout().lineCount() != 1 or not block.next().isValid() or not block.text().strip():
        return False
    bold = int(QFont.Weight.Bold)
    fragments = block.begin()
    while not fragments.atEnd():
        fragment = fragments.fragment()
        if fragment.text().strip() and fragment.charFormat().fontWeight() < bold:
            return False
        fragments += 1
    return True


def _furniture(
    painter: QPainter, font: QFont, body: QRectF, header: str, footer: str, page_of: str, right_to_left: bool = False
) -> None:
    """Running header, rules and footer of one page: the header at the end of the line, the
    footer at its start and the page number at its end (mirrored right to left)."""
    painter.save()
    painter.setFont(font)
    painter.setPen(QPen(HEADER_COLOUR))
    start, end = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
    if right_to_left:
        # Qt mirrors left and right (not AlignAbsolute) and lays the texts out from the right:
        # an Arabic footer reads from the right, its parts in order
        painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    gap = _mm(4)
    line = _mm(4)
    head = QRectF(body.left(), body.top() - gap - line, body.width(), line)
    painter.drawText(head, int(end | Qt.AlignmentFlag.AlignBottom), header)
    foot = QRectF(body.left(), body.bottom() + gap, body.width(), line)
    painter.drawText(foot, int(start | Qt.AlignmentFlag.AlignTop), footer)
    painter.drawText(foot, int(end | Qt.AlignmentFlag.AlignTop), page_of)
    pen = QPen(RULE_COLOUR)
    pen.setWidthF(_mm(0.2))
    painter.setPen(pen)
    painter.drawLine(QPointF(body.left(), body.top() - gap / 2), QPointF(body.right(), body.top() - gap / 2))
    painter.drawLine(QPointF(body.left(), body.bottom() + gap / 2), QPointF(body.right(), body.bottom() + gap / 2))
    painter.restore()


def write_pdf(job: ExportJob) -> bytes:
    """The PDF writer registered with :mod:`playbooks.export`."""
    context = job.context
    control = context["control"]
    html = render_html(job, qt=True)
    title = context["document"]["title"]  # in the document's language
    described = Described(
        title=f"{control['title']}: {title}",
        author=control["owner_name"],
        subject=title,
        keywords=context["fingerprint"],  # as in the Word file: which content this document shows
        language=job.language,
    )
    header = f"{control['title']} · {title}"
    footer = running_footer(control["version"], control["status"], context["fingerprint"])
    options: dict[str, Any] = {
        "described": described,
        "header": header,
        "footer": footer,
        "one_page": job.kind.compact,
        "paper": job.paper,
        "page_label": gettext(PAGE_FOOTER),
        "right_to_left": context.get("direction") == "rtl",
    }
    if job.template_dir is None:
        options["notices"] = job.notices  # (a custom template's PDF is made in a child process)
    if not (context.get("toc") and context.get("sections")):
        return _qt(job, html_to_pdf, html, **options)
    numbers = [str(s["number"]) for s in context["sections"]]
    try:
        return _qt(job, html_to_pdf, html, contents=numbers, **options)
    except ContentsNotFound:
        pass
    # contents of a custom template's own making: a second pass renders the pages into it
    pages = _qt(job, _pages_of_sections, html, job.paper)
    ids = [s["id"] for s in context["sections"]]
    if len(pages) == len(ids):
        job = replace(job, context=dict(context, toc_pages=dict(zip(ids, pages, strict=True))))
        html = render_html(job, qt=True)
    return _qt(job, html_to_pdf, html, **options)


def _qt(job: ExportJob, function: Callable[..., Result], *args: Any, **kwargs: Any) -> Result:
    """``function`` (Qt layout) here for a built-in template; for a custom one, in the sandbox's
    child process, with the template's folder as the only place it may load resources from."""
    if job.template_dir is None:
        return function(*args, **kwargs)
    from playbooks.export.sandbox import run_confined

    what = f"custom template {job.template_dir}: the PDF"
    result = run_confined(_in_child, (str(job.template_dir), function.__name__, args, kwargs), job.limits, what=what)
    if result is None:
        raise ContentsNotFound("no contents table with a row per section")
    return cast(Result, result)


def _in_child(folder: str, name: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    """Runs in the sandbox's child process: one of this module's layout functions, off-screen,
    loading resources from ``folder`` only; None when the template has no contents table."""
    global _resources
    _resources = Path(folder)
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # never the user's display from the child
    if hasattr(signal, "SIGXFSZ"):  # no file writes here: a font cache update fails, not the child
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    functions: dict[str, Callable[..., Any]] = {"html_to_pdf": html_to_pdf, "_pages_of_sections": _pages_of_sections}
    function = functions[name]
    app = ensure_application()  # a fresh process: no application yet, and the layout needs one
    try:
        return function(*args, **kwargs)
    except ContentsNotFound:
        return None
    finally:
        del app


def _pages_of_sections(html: str, paper: str) -> list[int]:
    """The page (1-based) on which each top-level heading of ``html`` starts, in order."""
    buffer = QBuffer(QByteArray())
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _writer(buffer, Described(""), paper)
    body = _body_rect(writer)
    page = QSizeF(math.floor(body.width()), math.floor(body.height()))
    laid = paginate(html, writer, page)
    pages = _section_pages(laid.doc, page.height())
    buffer.close()
    _refuse_changed_resources(laid.doc)
    return pages


def _refuse_changed_resources(doc: QTextDocument) -> None:
    """A resource that changed between its check and its read (a link swapped in) fails the
    export with one line: the document would otherwise silently lack it."""
    problems = doc.problems if isinstance(doc, ConfinedDocument) else []
    if problems:
        raise ExportError(f"{problems[0]}; nothing was exported")


register_writer("pdf", write_pdf)
