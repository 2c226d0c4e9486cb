"""The live preview: the current section, or the whole policy, as staff will read it.

The whole policy comes from the export engine's HTML (``playbooks.export``), the section
view from a small built-in rendering of the section's fields. Rendering runs off the GUI
thread on the document's snapshot, debounced, and only while the dock is visible.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui import workers
from ui.confined import ConfinedBrowser
from ui.i18n import translate

# the domain is imported where it is used: the panel is built before the model is loaded
if TYPE_CHECKING:
    from pydantic import BaseModel
    from pydantic.fields import FieldInfo

    from playbooks.format.identity import Names
    from playbooks.format.model import Playbook
    from ui.document import Document

SECTION, WHOLE = "section", "whole"
#: A preview shows at most this many items per list, and this much HTML: a rich-text view
#: laying out 10,000 rules would freeze the window, and nobody reads them in a side panel.
MAX_ITEMS = 40
MAX_HTML = 600_000


def _markdown(text: str) -> str:
    """Markdown to HTML in pure Python (this runs in a worker thread; no Qt objects here)."""
    from markdown_it import MarkdownIt

    return str(MarkdownIt("commonmark", {"html": False}).render(text))


def _value(names: Names, value: Any, info: FieldInfo) -> str:
    if value is None or value == "" or value == []:
        return translate("PreviewPanel", '<span style="color:#888">not set</span>')
    if isinstance(value, list) and len(value) > 1:
        shown = [names.show(v, info=info) for v in value[:MAX_ITEMS]]
        # values that hold commas themselves (sentences) would run together in one line
        if any("," in text or ";" in text for text in shown):
            more = len(value) - len(shown)
            tail = translate("PreviewPanel", "<li><i>... and {more} more</i></li>").format(more=more) if more else ""
            items = "".join(f"<li>{html.escape(text)}</li>" for text in shown)
            return f'<ul style="margin:0; -qt-list-indent:1">{items}{tail}</ul>'
    return html.escape(names.show(value, info=info))


def _heading(names: Names, item: BaseModel, number: int) -> str:
    """A list item's heading: its name, else its kind and number."""
    name = names.item(item)
    if name:
        return f"{number}. {name}"
    kind = "".join(f" {c.lower()}" if c.isupper() else c for c in type(item).__name__).strip().capitalize()
    return f"{kind} {number}"


def model_html(playbook: Playbook, model: BaseModel, level: int = 3, names: Names | None = None) -> str:
    """A model's fields as HTML: a definition table for values, sections for lists of items
    (items, references and values named as everywhere in Charter, by ``names`` if given)."""
    from pydantic import BaseModel

    from playbooks.format.fields import MULTILINE, field_label
    from playbooks.format.identity import Names

    names = names or Names(playbook)
    rows: list[str] = []
    blocks: list[str] = []
    for name, info in type(model).model_fields.items():
        value = getattr(model, name)
        extra = info.json_schema_extra if isinstance(info.json_schema_extra, dict) else {}
        title = html.escape(field_label(info, name))
        if isinstance(value, BaseModel):
            blocks.append(f"<h{level}>{title}</h{level}>" + model_html(playbook, value, level + 1, names))
        elif isinstance(value, list) and value and isinstance(value[0], BaseModel):
            parts = [f"<h{level}>{title}</h{level}>"]
            for i, item in enumerate(value[:MAX_ITEMS], 1):
                parts.append(f"<h{level + 1}>{html.escape(_heading(names, item, i))}</h{level + 1}>")
                parts.append(model_html(playbook, item, level + 2, names))
            if len(value) > MAX_ITEMS:
                parts.append(
                    translate("PreviewPanel", "<p><i>... and {value} more (the export shows them all).</i></p>").format(
                        value=len(value) - MAX_ITEMS
                    )
                )
            blocks.append("".join(parts))
        elif extra.get(MULTILINE):
            if value:
                blocks.append(f"<p><b>{title}</b></p>{_markdown(str(value))}")
        elif name not in ("id", "locked") or value:
            shown = _value(names, value, info)
            rows.append(f'<tr><td style="padding-right:12px"><b>{title}</b></td><td>{shown}</td></tr>')
    table = f'<table cellspacing="0" cellpadding="3">{"".join(rows)}</table>' if rows else ""
    return table + "".join(blocks)


def section_html(playbook: Playbook, section: str) -> str:
    """The HTML preview of one section."""
    from playbooks.format.fields import field_label
    from playbooks.format.model import Playbook

    if section == "waivers":
        title, body = (
            translate("PreviewPanel", "Accepted findings"),
            model_html(playbook, Playbook.model_construct(waivers=playbook.waivers)),
        )
        return f"<h2>{title}</h2>{body}"
    info = Playbook.model_fields[section]
    return f"<h2>{html.escape(field_label(info))}</h2>" + model_html(playbook, getattr(playbook, section))


def whole_html(playbook: Playbook) -> str:
    """The whole policy as the export engine renders it (cut short for very long playbooks)."""
    from playbooks.export import export_document

    text = export_document(playbook, "policy", "html").decode("utf-8")
    if len(text) > MAX_HTML:
        cut = text.rfind("<h2", 0, MAX_HTML)
        text = text[: cut if cut > 0 else MAX_HTML] + (
            translate(
                "PreviewPanel",
                "<hr><p><i>The preview stops here; the playbook is long. Export it to read the whole policy.</i></p>",
            )
        )
    return text


class PreviewPanel(QWidget):
    """Rendered preview of the current section or the whole document."""

    DEBOUNCE_MS = 600

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewPanel")
        self.document: Document | None = None
        self.section = "document"
        self._generation = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(translate("PreviewPanel", "Preview:"), self))
        self.mode = QComboBox(self)
        self.mode.setAccessibleName(translate("PreviewPanel", "Preview of"))
        self.mode.setAccessibleDescription(
            translate("PreviewPanel", "Preview the section on screen, or the whole policy document")
        )
        self.mode.addItem(translate("PreviewPanel", "This section"), SECTION)
        self.mode.addItem(translate("PreviewPanel", "Whole policy"), WHOLE)
        bar.addWidget(self.mode)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.browser = ConfinedBrowser(self)  # loads nothing a playbook's text names
        self.browser.setObjectName("previewBrowser")
        self.browser.setAccessibleName(translate("PreviewPanel", "Preview"))
        self.browser.setAccessibleDescription(
            translate("PreviewPanel", "The section or the policy as it will read in the exported document")
        )
        layout.addWidget(self.browser, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(self.DEBOUNCE_MS)
        self.timer.timeout.connect(self.render_now)
        self.mode.currentIndexChanged.connect(lambda _i: self.render_now())

    def set_document(self, document: Document | None) -> None:
        if self.document is not None:
            self.document.changed.disconnect(self._schedule)
        self.document = document
        if document is not None:
            document.changed.connect(self._schedule)
            self._schedule()  # after the first paint of the document
        else:
            self.render_now()

    def set_section(self, section: str) -> None:
        self.section = section
        if self.mode.currentData() == SECTION:
            self.render_now()

    def _schedule(self, *_: object) -> None:
        self.timer.start()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.render_now()

    def render_now(self) -> None:
        self.timer.stop()
        if self.document is None:
            self.browser.setHtml(translate("PreviewPanel", "<p style='color:#888'>No playbook open.</p>"))
            return
        if not self.isVisible():
            return
        self._generation += 1
        generation = self._generation
        snapshot = self.document.playbook
        mode, section = self.mode.currentData(), self.section
        function = whole_html if mode == WHOLE else (lambda pb: section_html(pb, section))
        workers.start(
            function,
            snapshot,
            on_done=lambda text: self._show(text, generation),
            on_error=lambda exc: self._show(
                translate("PreviewPanel", "<p>The preview could not be rendered: {error}</p>").format(
                    error=html.escape(str(exc))
                ),
                generation,
            ),
            receiver=self,
        )

    def _show(self, text: str, generation: int) -> None:
        if generation != self._generation:
            return
        scroll = self.browser.verticalScrollBar().value()
        self.browser.setHtml(text)
        self.browser.verticalScrollBar().setValue(scroll)
        self.browser.setAlignment(Qt.AlignmentFlag.AlignLeft)
