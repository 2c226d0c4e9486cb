"""What Charter adds to Qt's PDF (bookmarks, links, language, metadata), on a PDF made here."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader, PdfWriter

from playbooks.export.pdfdoc import Bookmark, PageLink, PdfFacts, finish_pdf, pdf_date

WHEN = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def _blank(pages: int) -> bytes:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=612, height=792)  # US Letter
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _facts(**changes: object) -> PdfFacts:
    values: dict[str, object] = {
        "title": "Acme: Social Media Policy",
        "author": "Ann Example",
        "subject": "Social Media Policy",
        "keywords": "0" * 64,
        "language": "en-GB",
        "created": WHEN,
        "bookmarks": (
            Bookmark(1, "1 Scope", 1, 72.0),
            Bookmark(2, "1.1 Who", 1, 300.0),
            Bookmark(1, "2 Rules", 2, 72.0),
        ),
        "links": (PageLink(0, (50.0, 100.0, 500.0, 112.0), 0), PageLink(0, (50.0, 112.0, 500.0, 124.0), 2)),
    }
    values.update(changes)
    return PdfFacts(**values)  # type: ignore[arg-type]


def test_bookmarks_nest_by_level_and_go_to_their_heading() -> None:
    reader = PdfReader(io.BytesIO(finish_pdf(_blank(3), _facts())))
    first, children, second = reader.outline
    assert (first.title, [c.title for c in children], second.title) == ("1 Scope", ["1.1 Who"], "2 Rules")
    assert [reader.get_destination_page_number(b) for b in (first, children[0], second)] == [1, 1, 2]
    # positions are given from the top of the page; PDF counts from the bottom
    assert (first.top, children[0].top) == (792 - 72, 792 - 300)
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"


def test_contents_links_cover_their_line_and_go_to_their_section() -> None:
    reader = PdfReader(io.BytesIO(finish_pdf(_blank(3), _facts())))
    links = [a.get_object() for a in reader.pages[0]["/Annots"]]
    assert [[float(v) for v in link["/Rect"]] for link in links] == [[50, 680, 500, 692], [50, 668, 500, 680]]
    assert [reader.get_page_number(link["/Dest"][0].get_object()) for link in links] == [1, 2]
    assert all(list(link["/Border"]) == [0, 0, 0] for link in links)  # no box drawn around the line


def test_language_metadata_and_dates_are_the_documents() -> None:
    data = finish_pdf(_blank(1), _facts(bookmarks=(), links=()))
    reader = PdfReader(io.BytesIO(data))
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "en-GB" and bool(root["/ViewerPreferences"]["/DisplayDocTitle"])
    assert "/Outlines" not in root or not reader.outline
    info = reader.metadata
    assert (info.title, info.author, info.subject, info["/Keywords"]) == (
        "Acme: Social Media Policy",
        "Ann Example",
        "Social Media Policy",
        "0" * 64,
    )
    assert info["/CreationDate"] == info["/ModDate"] == pdf_date(WHEN) == "D:20260101000000Z"
    assert data == finish_pdf(_blank(1), _facts(bookmarks=(), links=())), "same input, same bytes"
