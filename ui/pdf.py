"""The PDF writer: Qt's ``QTextDocument`` laid out on A4 or Letter and painted into a ``QPdfWriter``.

Importing this module registers the ``pdf`` format with :mod:`playbooks.export` (which
itself never imports Qt). Qt's rich-text engine has no ``@page`` rules, so the page loop is
manual (tech-notes section 2): every page gets a running header (document title), the body
clipped to the page, and a footer with version, status, the start of the fingerprint and
"Page i of N". Works off-screen: a command-line export needs no display. The document's
language (the job's BCP 47 tag) goes into the PDF's XMP metadata as ``dc:language``.

A custom template's PDF is laid out and painted in the template sandbox's child process
(:func:`playbooks.export.sandbox.run_confined`: time, memory and output limits): Qt's layout
crashes on thousands of nested tables and takes minutes over a few dozen, which must cost the
child, never the editor. A document loads images and style sheets only from the custom
template's folder (a built-in template's, none), and only http, https and mailto anchors stay
links.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import signal
import stat
import sys
import uuid
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar, cast
from xml.sax.saxutils import escape

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)

from playbooks.export import ExportError, ExportJob, register_writer, render_html
from playbooks.export.richtext import is_safe_link

Result = TypeVar("Result")

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


#: Scales tried, in order, to fit a one-page document (the crisis card) on one page.
FIT_SCALES = (1.0, 0.92, 0.85, 0.78, 0.72, 0.66, 0.6)


def _writer(buffer: QBuffer, title: str, paper: str = "a4", language: str = "en") -> QPdfWriter:
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(QPageSize(PAGE_SIZES[paper]), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
    )
    writer.setTitle(title)
    writer.setCreator("Charter")
    writer.setDocumentXmpMetadata(QByteArray(xmp_metadata(title, language)))
    return writer


def xmp_metadata(title: str, language: str) -> bytes:
    """The PDF's XMP packet: what Qt writes by default (title, creator tool, dates, a document
    id), plus the document's language, which Qt has no setting for."""
    now = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
    text = escape(title)
    return f"""<?xpacket begin='\ufeff' id='W5M0MpCehiHzreSzNTczkc9d'?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{text}</rdf:li></rdf:Alt></dc:title>
   <dc:language><rdf:Bag><rdf:li>{escape(language)}</rdf:li></rdf:Bag></dc:language>
   <dc:format>application/pdf</dc:format>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmp:CreatorTool="Charter" xmp:CreateDate="{now}" xmp:ModifyDate="{now}" xmp:MetadataDate="{now}"/>
  <rdf:Description rdf:about="" xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"
    xmpMM:DocumentID="uuid:{uuid.uuid4()}" xmpMM:VersionID="1" xmpMM:RenditionClass="default"/>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end='w'?>""".encode()


def _body_rect(writer: QPdfWriter) -> QRectF:
    """The text area of a page, in device pixels."""
    top, right, bottom, left = (_mm(m) for m in MARGINS_MM)
    return QRectF(left, top, float(writer.width()) - left - right, float(writer.height()) - top - bottom)


def html_to_pdf(
    html: str,
    *,
    title: str,
    header: str,
    footer: str,
    one_page: bool = False,
    contents: list[str] | None = None,
    paper: str = "a4",
    language: str = "en",
) -> bytes:
    """Lay ``html`` out on ``paper`` (``a4`` or ``letter``) pages and return the PDF bytes.

    ``header`` runs at the top of every page; ``footer`` at the bottom left, with
    "Page i of N" at the bottom right. With ``one_page`` the content is scaled down (to
    60% at most) until it fits on a single page. ``contents`` (the section numbers, in
    order) has the page of each section written into the contents table (see
    :func:`paginate`); :class:`ContentsNotFound` when there is no such table.
    """
    ensure_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _writer(buffer, title, paper, language)
    body = _body_rect(writer)

    for scale in FIT_SCALES if one_page else FIT_SCALES[:1]:
        # whole device pixels: Qt positions blocks in 1/64 px, and a page edge between two
        # of those put the first line of a page also (clipped) on the page before
        page = QSizeF(math.floor(body.width() / scale), math.floor(body.height() / scale))
        doc = paginate(html, writer, page, contents=contents)
        pages = max(1, doc.pageCount())
        if pages == 1:
            break

    small = QFont("DejaVu Sans")
    small.setPointSizeF(7.5)
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportError("the PDF could not be started (Qt's PDF writer refused)")
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
            _furniture(painter, small, body, header, footer, index + 1, pages)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


class ContentsNotFound(Exception):
    """No contents table with a row per section and an empty page column (a custom template)."""


def _document(
    html: str,
    writer: QPdfWriter,
    page: QSizeF,
    breaks: dict[int, float],
    numbers: dict[int, int] | None = None,
    contents_at: int | None = None,
) -> QTextDocument:
    """A fresh document laid out for ``page``; ``breaks`` pushes blocks down (block number -> extra space).

    A push by extra top margin, not Qt's page-break policy: a page break right after a
    table made Qt insert an empty page. The pushes are set on a fresh document that has no
    layout yet (Qt's incremental relayout after a format change is unreliable: blocks drawn
    twice or lost), so it is laid out once, with everything in place. ``numbers``
    (contents row -> page) go into the contents table starting at ``contents_at``.
    """
    doc = _ConfinedDocument(_resources)
    doc.setDefaultFont(QFont("DejaVu Serif", 10))
    doc.setDocumentMargin(0)
    doc.setHtml(html)  # the layout is made on first use, below, after every change
    _inert_links(doc)
    if breaks or numbers:
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()
        for number, push in sorted(breaks.items()):
            block = doc.findBlockByNumber(number)
            fmt = block.blockFormat()
            fmt.setTopMargin(fmt.topMargin() + push)
            cursor.setPosition(block.position())
            cursor.setBlockFormat(fmt)
        if numbers:
            _fill_contents(doc, numbers, contents_at)
        cursor.endEditBlock()
    doc.documentLayout().setPaintDevice(writer)
    doc.setPageSize(page)
    return doc


#: Where a document may load images and style sheets from: a custom template's folder, in the
#: sandbox's child process (:func:`_in_child`); None (built-in templates): nowhere.
_resources: Path | None = None
#: The largest image or style sheet a custom template may load.
MAX_RESOURCE_BYTES = 16 * 1024 * 1024


class _ConfinedDocument(QTextDocument):
    """A text document that loads resources only from files inside ``root`` (no absolute path
    outside it, no ``file://`` elsewhere, no host, no device, fifo or folder, nothing over
    :data:`MAX_RESOURCE_BYTES`); everything else is simply not shown."""

    def __init__(self, root: Path | None) -> None:
        super().__init__()
        self._root = os.path.realpath(root) if root is not None else None

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        """The bytes of a resource inside the template folder; an empty resource for anything else.

        Never None: for an image Qt then loads the file by its name itself, bypassing this
        method (``/dev/zero`` and ``/etc/...`` included).
        """
        path = self._allowed(name if isinstance(name, QUrl) else QUrl(name))
        data = b""
        if path is not None:
            try:
                with open(path, "rb") as handle:
                    data = handle.read(MAX_RESOURCE_BYTES + 1)[:MAX_RESOURCE_BYTES]
            except OSError:
                data = b""
        if kind == QTextDocument.ResourceType.ImageResource:
            image = QImage.fromData(data) if data else QImage()
            if image.isNull():
                image = QImage(1, 1, QImage.Format.Format_ARGB32)
                image.fill(Qt.GlobalColor.transparent)
            return image
        return QByteArray(data)

    def _allowed(self, name: QUrl) -> str | None:
        if self._root is None or name.scheme() not in ("", "file") or name.host():
            return None
        wanted = name.path(QUrl.ComponentFormattingOption.FullyDecoded)
        if not wanted:
            return None
        real = os.path.realpath(os.path.join(self._root, wanted))  # an absolute path stays absolute
        if not real.startswith(self._root + os.sep):
            return None
        try:
            info = os.stat(real)
        except OSError:
            return None
        return real if stat.S_ISREG(info.st_mode) and info.st_size <= MAX_RESOURCE_BYTES else None


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


def _fill_contents(doc: QTextDocument, numbers: dict[int, int], contents_at: int | None) -> None:
    """Write the pages into the (empty) third column of the contents table at ``contents_at``."""
    table = next(t for t in _tables(doc) if t.firstPosition() == contents_at)
    for row, page_number in numbers.items():
        look = table.cellAt(row, 1).firstCursorPosition().charFormat()
        table.cellAt(row, 2).firstCursorPosition().insertText(str(page_number), look)


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


def _contents_table(doc: QTextDocument, contents: list[str]) -> int | None:
    """Where the table of ``contents`` starts (rows: number, title, empty page cell), or None."""
    for table in _tables(doc):
        if (
            table.rows() == len(contents)
            and table.columns() == 3
            and all(
                _cell_text(table, row, 0) == number and not _cell_text(table, row, 2)
                for row, number in enumerate(contents)
            )
        ):
            return table.firstPosition()
    return None


def paginate(
    html: str, writer: QPdfWriter, page: QSizeF, rounds: int = 4, contents: list[str] | None = None
) -> QTextDocument:
    """Lay ``html`` out so that no heading is stranded at the foot of a page and no line is cut.

    Qt's rich text has no keep-with-next or ``page-break-inside``. A pass walks the laid-out
    document top to bottom and pushes each offender to the next page (relaying out the rest
    as it goes). With ``contents`` (section numbers) it then notes the page of each
    section: the contents table lays its page column out empty, so the numbers fit in
    without moving anything; they are written in. A second walk over the same layout then
    checks it (no offender left, every section on the page its number says); it is what gets
    painted. If the check fails, the document is rebuilt afresh with all pushes and numbers
    (laid out once, before any change) and checked again, up to ``rounds`` times. Drawing
    the checked pushed document gave pixel-identical pages to drawing the rebuilt one (every
    document of every example and a 100-page policy) at one layout less.
    """
    breaks: dict[int, float] = {}
    doc = _document(html, writer, page, breaks)
    contents_at = None
    if contents is not None:
        contents_at = _contents_table(doc, contents)
        if contents_at is None:
            raise ContentsNotFound("no contents table with a row per section")
    numbers: dict[int, int] | None = None
    # the pushed document itself, when a check finds it right as it is (the usual case):
    # one layout fewer than rebuilding it
    _push_offenders(doc, page.height(), breaks)
    if contents is not None:
        pages = _section_pages(doc, page.height())
        if len(pages) != len(contents):
            raise ContentsNotFound(f"{len(pages)} top-level headings for {len(contents)} sections")
        numbers = dict(enumerate(pages))
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()
        _fill_contents(doc, numbers, contents_at)
        cursor.endEditBlock()
    if not _push_offenders(doc, page.height(), dict(breaks)) and (
        contents is None or _section_pages(doc, page.height()) == list((numbers or {}).values())
    ):
        return doc
    for _ in range(rounds):
        doc = _document(html, writer, page, breaks, numbers, contents_at)
        pushed = _push_offenders(doc, page.height(), breaks)
        wanted = None
        if contents is not None:
            pages = _section_pages(doc, page.height())
            if len(pages) != len(contents):
                raise ContentsNotFound(f"{len(pages)} top-level headings for {len(contents)} sections")
            wanted = dict(enumerate(pages))
        if not pushed and wanted == numbers:
            break
        numbers = wanted
    return doc


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
    while block.isValid():
        position = block.position()
        while span < len(spans) and spans[span][1] < position:
            span += 1
        if span < len(spans) and spans[span][0] <= position:
            after = doc.findBlock(spans[span][1] + 1)
            block = after if after.isValid() and after.position() > position else block.next()
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
            stranded = block.blockFormat().headingLevel() > 0 and page_end - bottom < room_after_heading
            if not at_page_top and (cut or stranded) and rect.height() < page_height / 2:
                push = page_end - top
                breaks[block.blockNumber()] = breaks.get(block.blockNumber(), 0.0) + push
                fmt = block.blockFormat()
                fmt.setTopMargin(fmt.topMargin() + push)
                cursor = QTextCursor(block)
                cursor.beginEditBlock()  # the format change and the relayout of the rest as one
                cursor.setBlockFormat(fmt)
                doc.markContentsDirty(position, doc.characterCount() - position)
                cursor.endEditBlock()
                pushed = True
        block = block.next()
    return pushed


def _furniture(painter: QPainter, font: QFont, body: QRectF, header: str, footer: str, page: int, pages: int) -> None:
    """Running header, rules and footer of one page."""
    painter.save()
    painter.setFont(font)
    painter.setPen(QPen(HEADER_COLOUR))
    gap = _mm(4)
    line = _mm(4)
    head = QRectF(body.left(), body.top() - gap - line, body.width(), line)
    painter.drawText(head, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom), header)
    foot = QRectF(body.left(), body.bottom() + gap, body.width(), line)
    painter.drawText(foot, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), footer)
    painter.drawText(foot, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), f"Page {page} of {pages}")
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
    title = f"{control['title']}: {job.kind.title}"
    header = f"{control['title']} · {job.kind.title}"
    footer = f"Version {control['version']} · {control['status']} · fingerprint {context['fingerprint'][:12]}"
    options: dict[str, Any] = {
        "title": title,
        "header": header,
        "footer": footer,
        "one_page": job.kind.compact,
        "paper": job.paper,
        "language": job.language,
    }
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
    writer = _writer(buffer, "", paper)
    body = _body_rect(writer)
    page = QSizeF(math.floor(body.width()), math.floor(body.height()))
    pages = _section_pages(paginate(html, writer, page), page.height())
    buffer.close()
    return pages


register_writer("pdf", write_pdf)
