"""The export dialog: document, format (only valid combinations), variant for spokes, template folder, paper.

The export runs in the thread pool on a snapshot (the document's immutable playbook, or the
spoke file as saved), with progress; when it is done the result or its folder is opened
through an injectable opener (``QDesktopServices.openUrl`` by default). The last choices are
remembered through :mod:`ui.settings`. The template folder and the paper size default to the site
configuration's (:mod:`ui.site`), which may lock them; the document declares its language.
"""

from __future__ import annotations

import html
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from playbooks.export import (
    DOCUMENTS,
    EXTENSIONS,
    ExportError,
    export_document,
    formats_for,
    language_for,
    paper_for,
)
from playbooks.format.enums import label
from playbooks.format.model import Playbook
from playbooks.format.paper import PaperSize
from playbooks.io import storage
from ui import dialogs, errors, settings, site, workers
from ui.accessibility import describe, describe_buttons
from ui.dialogs import Answer

FORMAT_NAMES = {"docx": "Word (.docx)", "pdf": "PDF", "html": "Web page (.html)", "md": "Markdown", "csv": "CSV table"}
OPEN_CHOICES = [("file", "Open the document"), ("folder", "Open its folder"), ("nothing", "Do nothing")]
PAPER_NAMES = {size.value: label(size) for size in PaperSize}
#: Formats laid out on pages of the chosen paper size.
PAGED_FORMATS = ("pdf", "docx")


@dataclass(frozen=True)
class ExportRequest:
    """Everything a worker needs: plain values and an immutable playbook, never widgets."""

    playbook: Playbook | None
    spoke_file: str
    doc: str
    fmt: str
    template_dir: str
    output: str
    paper: str = "a4"
    language: str = "en"
    #: the user agreed to replace the file at ``output`` (the dialog asked)
    replace: bool = False
    #: files the export must never replace (the playbook's own file)
    protect: tuple[str, ...] = ()


def run_export(request: ExportRequest, *, token: Any = None, progress: Any = None) -> str:
    """Write the export of ``request`` (in a worker thread); returns the output path."""
    if request.fmt == "pdf":
        import ui.pdf  # noqa: F401  (registers the PDF writer)
    if progress:
        progress(10, "Reading the playbook")
    template = request.template_dir or None
    protect = list(request.protect)
    if request.spoke_file:
        from playbooks.export.source import load_source

        source = load_source(request.spoke_file, language=request.language)
        playbook, extra = source.playbook, source.extra
        protect.extend(source.inputs)
    else:
        assert request.playbook is not None
        playbook, extra = request.playbook, None
    if token is not None and token.cancelled:
        return ""
    if progress:
        progress(40, "Writing the document")
    data = export_document(
        playbook,
        request.doc,
        request.fmt,
        template_dir=template,
        extra=extra,
        paper=request.paper,
        language=request.language,
    )
    if token is not None and token.cancelled:
        return ""
    if progress:
        progress(90, "Saving")
    # a link planted in the output's place is replaced, never written through; an input or a
    # playbook is never replaced, nor a file that appeared after the user was asked
    storage.write_output(request.output, data, force=request.replace, protect=protect)
    return request.output


def default_output(source: str, title: str, doc: str, fmt: str) -> str:
    """``meridian.playbook.yaml`` -> ``meridian-policy.pdf`` beside it (home folder for new playbooks)."""
    if source:
        path = Path(source)
        stem = path.name
        for suffix in (".playbook.yaml", ".yaml", ".yml"):
            if stem.endswith(suffix):
                stem = stem[: -len(suffix)]
                break
        return str(path.with_name(f"{stem}-{doc}{EXTENSIONS[fmt]}"))
    return str(Path.home() / f"{title or 'playbook'}-{doc}{EXTENSIONS[fmt]}")


class ExportDialog(QDialog):
    """Choose and run one export of the open playbook."""

    def __init__(
        self,
        playbook: Playbook,
        source_path: str,
        *,
        spoke_file: str = "",
        parent: QWidget | None = None,
        opener: Callable[[QUrl], Any] | None = None,
        choose_folder: Callable[[QWidget, str], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle("Export")
        self.setMinimumWidth(620)
        self.playbook = playbook
        self.source_path = source_path
        self.spoke_file = spoke_file
        self.opener = opener or QDesktopServices.openUrl
        self.choose_folder = choose_folder or (
            lambda parent, start: QFileDialog.getExistingDirectory(parent, "Custom template folder", start)
        )
        self.job: workers.Job | None = None
        self.result_path = ""
        self._output_edited = False
        self._confirmed = ""  # the output the user already agreed to replace
        #: the choices remembered for this playbook (its file; a spoke's own file), or for any
        self.remembered = remembered = settings.export_choices(spoke_file or source_path)

        layout = QVBoxLayout(self)
        # rich text for the bold title, the title itself escaped: a playbook's title is not markup
        # (an <img> in it would be loaded from wherever it says, a fifo included)
        heading = f"Export <b>{html.escape(playbook.document.title)}</b> (version {html.escape(str(playbook.document.version))})"
        title = QLabel(heading, self)
        title.setTextFormat(Qt.TextFormat.RichText)
        title.setWordWrap(True)
        layout.addWidget(title)
        form = QFormLayout()
        layout.addLayout(form)

        self.variant_group = QButtonGroup(self)
        self.effective = QRadioButton("Effective playbook (the hub with this region's changes)", self)
        self.effective.setObjectName("variantEffective")
        describe(self.effective, "Export the whole playbook as it applies in this region")
        self.addendum = QRadioButton("Regional addendum (only this region's changes, with rationale)", self)
        self.addendum.setObjectName("variantAddendum")
        describe(self.addendum, "Export only how this region differs from the hub, with the reasons")
        self.variant_group.addButton(self.effective)
        self.variant_group.addButton(self.addendum)
        variant_box = QVBoxLayout()
        variant_box.addWidget(self.effective)
        variant_box.addWidget(self.addendum)
        if spoke_file:
            form.addRow("Spoke", variant_box)
            (self.addendum if remembered["variant"] == "addendum" else self.effective).setChecked(True)
        else:
            self.effective.setChecked(True)
            self.effective.hide()
            self.addendum.hide()

        self.doc = QComboBox(self)
        self.doc.setObjectName("doc")
        describe(self.doc, "Which document to write from the playbook")
        form.addRow("Document", self.doc)
        self.doc_help = QLabel(self)
        self.doc_help.setProperty("role", "hint")
        self.doc_help.setWordWrap(True)
        form.addRow("", self.doc_help)
        self.fmt = QComboBox(self)
        self.fmt.setObjectName("format")
        describe(self.fmt, "The file format: only those this document can be written in")
        form.addRow("Format", self.fmt)

        defaults = site.current()
        self.site_template = str(defaults.template_dir or "")
        if defaults.is_locked("template_dir"):
            remembered["template_dir"] = ""
        self.template = QLineEdit(remembered["template_dir"] or self.site_template, self)
        self.template.setObjectName("templateDir")
        self.template.setPlaceholderText("Built-in templates")
        describe(
            self.template, "A folder of your own document templates; empty: the built-in templates", "Custom templates"
        )
        browse_template = QPushButton("Choose…", self)
        describe(browse_template, "Choose a folder of custom templates", "Choose a template folder")
        browse_template.clicked.connect(self._on_browse_template)
        clear_template = QPushButton("Built-in", self)
        describe(clear_template, "Use Charter's built-in templates", "Use the built-in templates")
        clear_template.clicked.connect(self.template.clear)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template, 1)
        template_row.addWidget(browse_template)
        template_row.addWidget(clear_template)
        for widget in (self.template, browse_template, clear_template):
            site.lock(widget, "template_dir")
        form.addRow("Custom templates", template_row)

        self.paper = QComboBox(self)
        self.paper.setObjectName("paper")
        for key, text in PAPER_NAMES.items():
            self.paper.addItem(text, key)
        # the site's lock, else the playbook's own paper, else the last choice, else the site's paper
        locked = defaults.is_locked("paper")
        fallback = defaults.paper if locked else (remembered["paper"] or defaults.paper)
        self._remembered_paper = remembered["paper"]
        self._paper_default = paper_for(playbook, site_paper=fallback, site_locked=locked)
        self.paper.setCurrentIndex(max(0, self.paper.findData(self._paper_default)))
        site.lock(self.paper, "paper")
        describe(self.paper, "The page size of a PDF or Word document (your organisation may set it)", "Paper")
        form.addRow("Paper", self.paper)

        self.output = QLineEdit(self)
        self.output.setObjectName("output")
        self.output.textEdited.connect(lambda _t: setattr(self, "_output_edited", True))
        describe(self.output, "The file the document is written to", "Save to")
        browse_output = QPushButton("Save as…", self)
        describe(browse_output, "Choose the file the document is written to", "Choose where to save")
        browse_output.clicked.connect(self._on_browse_output)
        output_row = QHBoxLayout()
        output_row.addWidget(self.output, 1)
        output_row.addWidget(browse_output)
        form.addRow("Save to", output_row)

        self.when_done = QComboBox(self)
        self.when_done.setObjectName("whenDone")
        for key, text in OPEN_CHOICES:
            self.when_done.addItem(text, key)
        index = self.when_done.findData(remembered["open"] or "file")
        self.when_done.setCurrentIndex(max(0, index))
        describe(self.when_done, "What to open once the document is written")
        form.addRow("When done", self.when_done)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("progress")
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setTextVisible(True)
        self.progress.setFormat("Ready")
        describe(self.progress, "How far the export has got", "Export progress")
        layout.addWidget(self.progress)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # it quotes names and errors
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton("Export", QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportButton")
        describe(self.export_button, "Write the document in the background; this dialog shows its progress")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        describe_buttons(self.buttons, close="Close this dialog (an export still running is cancelled)")
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self._on_close)
        layout.addWidget(self.buttons)

        self.effective.toggled.connect(self._fill_docs)
        self.doc.currentIndexChanged.connect(self._fill_formats)
        self.fmt.currentIndexChanged.connect(self._update_output)
        self._fill_docs(remember=remembered)

    # ---- Public API

    def choices(self) -> dict[str, str]:
        output = self.output.text().strip()
        return {
            "doc": str(self.doc.currentData() or ""),
            "format": str(self.fmt.currentData() or ""),
            "variant": "addendum" if self.addendum.isChecked() else "effective",
            "folder": str(Path(output).parent) if output else "",
            "template_dir": self.template.text().strip(),
            "paper": str(self.paper.currentData() or "a4"),
            "open": str(self.when_done.currentData() or "file"),
        }

    def _remembered(self, choice: dict[str, str]) -> dict[str, str]:
        """The choices to remember: a value equal to the site's default is not kept, so that a
        later change of the site configuration reaches this user too."""
        defaults = site.current()
        kept = dict(choice)
        if choice["template_dir"] == self.site_template:
            kept["template_dir"] = ""
        if choice["paper"] == self._paper_default:
            kept["paper"] = self._remembered_paper  # not chosen for this export: the last choice stays
        elif choice["paper"] == defaults.paper:
            kept["paper"] = ""
        return kept

    def start(self) -> None:
        """Start the export in the background (the dialog stays open and shows progress)."""
        if self.job is not None:
            return
        choice = self.choices()
        output = self.output.text().strip()
        if not output:
            self._fail("Choose where to save the document.")
            return
        protect = tuple(p for p in (self.source_path, self.spoke_file) if p)
        try:
            storage.check_output(output, force=True, protect=protect)
        except storage.PlaybookSaveError as exc:
            self._fail(f"The document cannot be saved there: {exc}")
            return
        if choice["template_dir"] and not Path(choice["template_dir"]).is_dir():
            self._fail(f"The template folder {choice['template_dir']} does not exist.")
            return
        exists = os.path.lexists(output)  # a link to nothing is a file name taken too
        if exists and output != self._confirmed:
            answer = dialogs.current().yes_no(
                self, "Replace file", f"{Path(output).name} already exists. Replace it?", "Replace", "Cancel"
            )
            if answer is not Answer.YES:
                return
        self._confirmed = output
        settings.set_export_choices(self._remembered(choice), self.spoke_file or self.source_path)
        self.status.setStyleSheet("")
        use_file = self.spoke_file if self.spoke_file else ""
        request = ExportRequest(
            None if use_file else self.playbook,
            use_file,
            choice["doc"],
            choice["format"],
            choice["template_dir"],
            output,
            choice["paper"],
            language_for(
                self.playbook, site_language=site.current().language, site_locked=site.current().is_locked("language")
            ),
            replace=exists,
            protect=protect,
        )
        self.export_button.setEnabled(False)
        self.progress.setRange(0, 0)  # busy until the worker reports
        self.progress.setFormat("Exporting…")
        self.status.setText(f"Exporting {DOCUMENTS[choice['doc']].title} as {FORMAT_NAMES[choice['format']]}…")
        self.job = workers.start(
            run_export, request, on_done=self._on_done, on_error=self._on_failed, receiver=self, with_token=True
        )
        self.job.signals.progress.connect(self._on_progress)

    def is_running(self) -> bool:
        return self.job is not None

    # ---- Private

    def _fill_docs(self, *_args: Any, remember: dict[str, str] | None = None) -> None:
        wanted = (remember or {}).get("doc") or str(self.doc.currentData() or "")
        self.doc.blockSignals(True)
        self.doc.clear()
        names = ["addendum"] if self.addendum.isChecked() else [n for n in DOCUMENTS if n != "addendum"]
        for name in names:
            self.doc.addItem(DOCUMENTS[name].title, name)
        self.doc.setCurrentIndex(max(0, self.doc.findData(wanted)))
        self.doc.blockSignals(False)
        self._fill_formats(remember=remember)

    def _fill_formats(self, *_args: Any, remember: dict[str, str] | None = None) -> None:
        doc = str(self.doc.currentData() or "policy")
        self.doc_help.setText(DOCUMENTS[doc].description.capitalize() + ".")
        wanted = (remember or {}).get("format") or str(self.fmt.currentData() or "")
        self.fmt.blockSignals(True)
        self.fmt.clear()
        for fmt in formats_for(doc):
            self.fmt.addItem(FORMAT_NAMES[fmt], fmt)
        index = self.fmt.findData(wanted)
        self.fmt.setCurrentIndex(index if index >= 0 else max(0, self.fmt.findData("pdf")))
        self.fmt.blockSignals(False)
        self._update_output()
        if not site.current().is_locked("paper"):
            self.paper.setEnabled(str(self.fmt.currentData()) in PAGED_FORMATS)

    def _update_output(self, *_args: Any) -> None:
        if self._output_edited and self.output.text().strip():
            # keep the folder and name the user chose; follow the format's extension
            current = Path(self.output.text().strip())
            fmt = str(self.fmt.currentData() or "pdf")
            self.output.setText(str(current.with_suffix(EXTENSIONS[fmt])))
            return
        source = self.spoke_file or self.source_path
        output = default_output(
            source, self.playbook.document.id, str(self.doc.currentData()), str(self.fmt.currentData())
        )
        folder = self.remembered.get("folder", "") if source else ""
        if folder and Path(folder).is_dir():  # where this playbook's exports went last time
            output = str(Path(folder) / Path(output).name)
        self.output.setText(output)

    def _on_browse_template(self) -> None:
        folder = self.choose_folder(self, self.template.text() or str(Path.home()))
        if folder:
            self.template.setText(folder)

    def _on_browse_output(self) -> None:
        path = dialogs.current().save_file(self, self.output.text())
        if path:
            fmt = str(self.fmt.currentData() or "pdf")
            if not path.lower().endswith(EXTENSIONS[fmt]):
                path += EXTENSIONS[fmt]
            self.output.setText(path)
            self._output_edited = True

    def _on_progress(self, percent: int, message: str) -> None:
        self.progress.setRange(0, 100)
        self.progress.setValue(percent)
        self.progress.setFormat(f"{message} ({percent}%)")

    def _on_done(self, path: str) -> None:
        self.job = None
        self.export_button.setEnabled(True)
        self.progress.setRange(0, 100)
        self.progress.setValue(100)
        self.progress.setFormat("Done")
        if not path:
            self.status.setText("Export cancelled.")
            return
        self.result_path = path
        self.status.setText(f"Saved {path}")
        what = self.when_done.currentData()
        if what == "file":
            self.opener(QUrl.fromLocalFile(path))
        elif what == "folder":
            self.opener(QUrl.fromLocalFile(str(Path(path).parent)))

    def _on_failed(self, error: BaseException) -> None:
        self.job = None
        self.export_button.setEnabled(True)
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setFormat("Failed")
        if isinstance(error, ExportError | storage.PlaybookSaveError | errors.ExpectedError):
            self._fail(f"The export failed: {error}")
        else:
            self.status.setText("The export failed unexpectedly.")
            errors.report(error, self, "exporting")

    def _fail(self, message: str) -> None:
        self.status.setText(message)
        self.status.setStyleSheet("color: #b3261e; font-weight: 600;")

    def _on_close(self) -> None:
        if self.job is not None:
            self.job.token.cancel()
            self.job = None
        self.reject()
