"""The problems panel: structural and governance findings, filtered, with the scorecard on top.

Findings are computed off the GUI thread on the document's snapshot, debounced while the user
types, and applied only if no newer computation was started since (a generation counter).
Double-click or Enter on a finding emits ``activated(path)``; the main window jumps there.

Extension point: ``context_menu_requested(Finding, QMenu)`` is emitted before the context menu
of a finding opens, so other dialogs (explain, waive) can add their actions.
"""

from __future__ import annotations

import html
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from playbooks.format.enums import Severity
from ui import workers
from ui.i18n import QT_TRANSLATE_NOOP, translate

# the domain is imported where it is used: the panel is built before the model is loaded
if TYPE_CHECKING:
    from playbooks.format.findings import Finding
    from playbooks.format.memo import SectionMemo
    from playbooks.format.model import Playbook
    from playbooks.tailoring.resolve import Resolution
    from ui.document import Document

Index = QModelIndex | QPersistentModelIndex


@cache
def area_of(code: str) -> str:
    """The area of a finding code (structure for schema problems)."""
    from playbooks.format.findings import SCHEMA

    if code == SCHEMA:
        return "structure"
    from playbooks.checks import REGISTRY, load_all

    load_all()
    info = REGISTRY.get(code)
    return info.area if info is not None else "other"


def places(playbook: Playbook, paths: list[str]) -> list[str]:
    """Each field path in words: "Channels and accounts › LinkedIn @meridian › Owner"."""
    from playbooks.format.identity import Names

    names = Names(playbook)
    return [names.place(path) for path in paths]


@dataclass
class Report:
    """What one computation found, for one snapshot."""

    findings: list[Finding]
    scores: list[tuple[str, int, str]] = field(default_factory=list)
    #: per finding: its place in words (:func:`places`) and its area, worked out in the worker so
    #: that showing 1,000 findings costs the GUI thread no model walks (empty: not worked out)
    places: list[str] = field(default_factory=list)
    areas: list[str] = field(default_factory=list)


def compute(playbook: Playbook, memo: SectionMemo | None = None) -> Report:
    """Findings and scorecard of a snapshot (runs in a worker thread). ``memo``: the document's
    results per section from its earlier snapshots (:mod:`playbooks.format.memo`)."""
    from playbooks.checks.validation import check_playbook
    from playbooks.format.findings import SCHEMA, Finding, sort_key
    from playbooks.format.references import find_problems

    findings = [Finding(SCHEMA, Severity.ERROR, p.path, p.message) for p in find_problems(playbook, memo)]
    findings += check_playbook(playbook, memo)
    findings.sort(key=sort_key)
    return Report(
        findings, scorecard(findings), places(playbook, [f.path for f in findings]), [area_of(f.code) for f in findings]
    )


def compute_spoke(resolution: Resolution) -> Report:
    """Findings of a spoke as ``charter validate`` reports them (with the SPOKE-* checks), from
    the spoke as it was read and resolved when opened: nothing is read again (runs in a worker)."""
    from playbooks.checks.validation import spoke_report
    from playbooks.format.findings import sort_key

    findings = sorted(spoke_report(resolution).findings, key=sort_key)
    return Report(findings, scorecard(findings))


def scorecard(findings: list[Finding]) -> list[tuple[str, int, str]]:
    """(area, score 0-100, band) per area, from :mod:`playbooks.checks.scorecard`."""
    from playbooks.checks.scorecard import scorecard as compute_scorecard

    return [(a.area, a.score, a.band) for a in compute_scorecard(findings).areas]


def area_title(area: str) -> str:
    """The short title of an area, e.g. 'Culture' for culture."""
    if area == "structure":
        return translate("ProblemsPanel", "Structure")
    from playbooks.checks import AREAS
    from playbooks.format.language import gettext

    return gettext(AREAS[area]).split(" (", 1)[0] if area in AREAS else area.capitalize()


#: How a severity reads in the panel.
_SEVERITY_LABELS = {
    Severity.ERROR: QT_TRANSLATE_NOOP("ProblemsPanel", "Error"),
    Severity.WARNING: QT_TRANSLATE_NOOP("ProblemsPanel", "Warning"),
    Severity.INFO: QT_TRANSLATE_NOOP("ProblemsPanel", "Info"),
}


def severity_label(severity: Severity, *, waived: bool = False) -> str:
    """How a severity reads in the panel (in the interface's language), ``waived`` said."""
    label = translate("ProblemsPanel", _SEVERITY_LABELS[severity])
    return translate("ProblemsPanel", "{severity} (waived)").format(severity=label) if waived else label


class ProblemsModel(QAbstractTableModel):
    """Findings as rows: severity, where, message, code."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ProblemsPanel", "Severity"),
        QT_TRANSLATE_NOOP("ProblemsPanel", "Where"),
        QT_TRANSLATE_NOOP("ProblemsPanel", "What to do"),
        QT_TRANSLATE_NOOP("ProblemsPanel", "Check"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.findings: list[Finding] = []
        self._where: list[str] = []
        self._areas: list[str] = []
        self._icons: dict[Severity, QIcon] = {}

    def set_findings(
        self,
        findings: list[Finding],
        playbook: Playbook,
        where: list[str] | None = None,
        areas: list[str] | None = None,
    ) -> None:
        """Show ``findings`` of ``playbook``; ``where``/``areas`` when already worked out (a worker did)."""
        self.beginResetModel()
        self.findings = list(findings)
        if where is None or len(where) != len(self.findings):
            where = places(playbook, [f.path for f in self.findings])
        if areas is None or len(areas) != len(self.findings):
            areas = [area_of(f.code) for f in self.findings]
        self._where, self._areas = list(where), list(areas)
        self.endResetModel()

    def set_icons(self, icons: dict[Severity, QIcon]) -> None:
        self._icons = icons

    def area(self, row: int) -> str:
        return self._areas[row]

    def where(self, row: int) -> str:
        """The place of finding ``row`` in words."""
        return self._where[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.findings)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 4:
            return translate("ProblemsPanel", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.findings):
            return None
        finding = self.findings[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return severity_label(finding.severity, waived=finding.waived)
            if column == 1:
                return self._where[index.row()]
            if column == 2:
                return finding.message
            return finding.code
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return self._icons.get(finding.severity)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = f"{finding.code}: {finding.message}"
            if finding.waived:
                text += "\n" + translate("ProblemsPanel", "Waived: {reason}").format(reason=finding.waiver_reason)
            field = finding.path or translate("ProblemsPanel", "(whole playbook)")
            return text + "\n" + translate("ProblemsPanel", "Field: {field}").format(field=field)
        if role == Qt.ItemDataRole.UserRole:
            return finding.path
        return None


class _Filter(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.severity: str | None = None
        self.area = ""

    def set_filter(self, severity: str | None, area: str) -> None:
        self.beginFilterChange()
        self.severity, self.area = severity, area
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, ProblemsModel)
        finding = model.findings[row]
        if self.severity and finding.severity.value != self.severity:
            return False
        return not self.area or model.area(row) == self.area


class _Table(QTableView):
    activated_row = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class ProblemsPanel(QWidget):
    """The findings of the open document, recomputed as it changes.

    Signals:
        activated(str): the user asked to go to the field of a finding (its path).
        context_menu_requested(object, QMenu): a finding's context menu is about to open.
        explain_requested(object): the user asked why a finding's check exists (the Finding).
        updated(int): new findings were applied (the number of findings).
    """

    activated = Signal(str)
    context_menu_requested = Signal(object, QMenu)
    explain_requested = Signal(object)
    updated = Signal(int)

    #: the longest pause in typing before the checks run again. After each run the pause becomes
    #: half that run's time, up to this: a small playbook is checked at once (its check costs
    #: less than a keystroke), a big one waits for a pause in typing. Edits made while a check
    #: runs wait for it and are checked together (one check at a time), so even a short pause
    #: never queues a check per keystroke.
    DEBOUNCE_MS = 50

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemsPanel")
        self.document: Document | None = None
        self.report = Report([])
        #: (scores at the last sign-off, or None; what "since" means, '' for no trend): see set_trend
        self._trend: tuple[dict[str, int] | None, str] = (None, "")
        self._generation = 0
        self._applied = 0
        self._job: workers.Job | None = None  # the check running now (one at a time)
        self._pending = False  # a newer snapshot waits for it to end
        self._memo: SectionMemo | None = None  # per-section results of this document's snapshots
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        self.scorecard = QLabel(self)
        self.scorecard.setObjectName("scorecard")
        self.scorecard.setWordWrap(True)
        self.scorecard.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.scorecard)
        filters = QHBoxLayout()
        self.summary = QLabel(translate("ProblemsPanel", "No playbook open"), self)
        filters.addWidget(self.summary, 1)
        self.severity_filter = QComboBox(self)
        self.severity_filter.setAccessibleName(translate("ProblemsPanel", "Show severity"))
        self.severity_filter.setAccessibleDescription(
            translate("ProblemsPanel", "List the problems of one severity only, or all")
        )
        self.severity_filter.addItem(translate("ProblemsPanel", "All severities"), None)
        for severity, text in (
            (Severity.ERROR, translate("ProblemsPanel", "Errors")),
            (Severity.WARNING, translate("ProblemsPanel", "Warnings")),
            (Severity.INFO, translate("ProblemsPanel", "Notes")),
        ):
            self.severity_filter.addItem(text, severity.value)
        self.area_filter = QComboBox(self)
        self.area_filter.setAccessibleName(translate("ProblemsPanel", "Show area"))
        self.area_filter.setAccessibleDescription(
            translate("ProblemsPanel", "List the problems of one scorecard area only, or all")
        )
        self.area_filter.addItem(translate("ProblemsPanel", "All areas"), "")
        filters.addWidget(QLabel(translate("ProblemsPanel", "Show:"), self))
        filters.addWidget(self.severity_filter)
        filters.addWidget(self.area_filter)
        layout.addLayout(filters)
        self.model = ProblemsModel(self)
        style = self.style()
        self.model.set_icons(
            {
                Severity.ERROR: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
                Severity.WARNING: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
                Severity.INFO: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
            }
        )
        self.proxy = _Filter(self)
        self.proxy.setSourceModel(self.model)
        self.view = _Table(self)
        self.view.setObjectName("problemsView")
        self.view.setAccessibleName(translate("ProblemsPanel", "Problems"))
        self.view.setAccessibleDescription(
            translate("ProblemsPanel", "The problems found; Enter goes to the field of the selected one")
        )
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        self.view.setTabKeyNavigation(False)  # Tab leaves the list (arrows move in it), issue 19
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 260)
        # the narrow columns are as wide as their longest possible text, worked out from the
        # words, not from the rows: sized from the rows on screen, warnings further down were cut
        # to "Wa..." (issue 19); sized from every row, each update asked the model for 1,000 rows'
        # text and stalled the GUI thread ~300 ms (issue 9)
        header.resizeSection(0, self._text_width(severity_label(s, waived=True) for s in Severity) + 28)
        header.resizeSection(3, self._text_width(["COMP-DISCLOSURE-LINK-ONLY"]))
        header.setResizeContentsPrecision(0)
        layout.addWidget(self.view, 1)
        # the selected finding in full: long messages are cut in the table
        self.detail = QLabel(self)
        self.detail.setObjectName("problemDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAccessibleName(translate("ProblemsPanel", "Selected problem"))
        detail_row = QHBoxLayout()
        detail_row.addWidget(self.detail, 1)
        self.go_button = QPushButton(translate("ProblemsPanel", "&Go to Field"), self)
        self.go_button.setObjectName("problemGo")
        self.go_button.setAccessibleDescription(translate("ProblemsPanel", "Show the field of the selected problem"))
        self.go_button.clicked.connect(self._on_go_button_clicked)
        self.explain_button = QPushButton(translate("ProblemsPanel", "E&xplain…"), self)
        self.explain_button.setObjectName("problemExplain")
        self.explain_button.setAccessibleDescription(
            translate("ProblemsPanel", "Why the check exists, its sources and the presets behind it")
        )
        self.explain_button.clicked.connect(self._on_explain_button_clicked)
        for button in (self.go_button, self.explain_button):
            button.setEnabled(False)
            detail_row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(detail_row)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(self.DEBOUNCE_MS)
        self.timer.timeout.connect(self.recompute_now)
        self.view.doubleClicked.connect(self._on_view_activated)
        self.view.activated_row.connect(self._on_view_activated)
        self.view.customContextMenuRequested.connect(self._on_view_context_menu)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        self.proxy.modelReset.connect(self._show_detail)
        self.proxy.layoutChanged.connect(self._show_detail)
        self.severity_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.area_filter.currentIndexChanged.connect(self._on_filter_changed)

    # ---- Public API

    def set_document(self, document: Document | None) -> None:
        if self.document is not None:
            self.document.changed.disconnect(self._on_document_changed)
        self.document = document
        self._memo = None
        if document is not None:
            from playbooks.format.memo import SectionMemo

            self._memo = SectionMemo()
            document.changed.connect(self._on_document_changed)
            # not at once: the window paints the document first, then the checks run (and the
            # pause adapts again from this document's first check)
            self.summary.setText(translate("ProblemsPanel", "Checking..."))
            self.timer.setInterval(self.DEBOUNCE_MS)
            self.timer.start()
        else:
            from playbooks.format.model import Playbook

            self._generation += 1
            self.model.set_findings([], Playbook.model_construct())
            self.summary.setText(translate("ProblemsPanel", "No playbook open"))
            self.scorecard.clear()

    def recompute_now(self) -> None:
        """Check the current snapshot: now, or as soon as the check already running ends.

        One check at a time: a check cannot be stopped half-way (it is Python code in a worker
        thread), and two at once would compete with each other and with the GUI thread for the
        interpreter. The running check's result is stale by then and is dropped.
        """
        self.timer.stop()
        if self.document is None:
            return
        self._generation += 1
        if self._job is not None:
            self._pending = True
            return
        self._start()

    def _start(self) -> None:
        assert self.document is not None
        self._pending = False
        generation = self._generation
        snapshot = self.document.playbook
        started = time.perf_counter()
        self.summary.setText(translate("ProblemsPanel", "Checking..."))
        # a spoke shown read-only: its findings as validate reports them, from the spoke as read
        spoke = self.document.resolution
        self._job = workers.start(
            partial(compute_spoke, spoke) if spoke is not None else partial(compute, snapshot, self._memo),
            on_done=lambda report: self._on_done(report, generation, snapshot, started),
            on_error=self._on_failed,
            receiver=self,
        )

    def _on_done(self, report: Report, generation: int, snapshot: Playbook, started: float) -> None:
        self._job = None
        if self._pending and self.document is not None:
            self._start()  # a newer snapshot waited for this check to end
            return
        self._apply(report, generation, snapshot, started)

    def is_current(self) -> bool:
        """Whether the findings shown belong to the latest snapshot."""
        return self._applied == self._generation and not self.timer.isActive()

    def findings(self) -> list[Finding]:
        return list(self.report.findings)

    # ---- Private

    def _on_document_changed(self, _change: object) -> None:
        self.timer.start()

    def _apply(self, report: Report, generation: int, snapshot: Playbook, started: float = 0.0) -> None:
        if started:
            # the next pause in typing to wait for: half this run's time, at most DEBOUNCE_MS
            took = round((time.perf_counter() - started) * 1000)
            self.timer.setInterval(min(self.DEBOUNCE_MS, took // 2))
        if generation != self._generation:
            return  # a newer snapshot is being checked
        self._applied = generation
        self.report = report
        self.model.set_findings(report.findings, snapshot, report.places or None, report.areas or None)
        self._refresh_areas()
        counts = {s: sum(1 for f in report.findings if f.severity is s and not f.waived) for s in Severity}
        if report.findings:
            self.summary.setText(
                ", ".join(
                    (
                        translate("ProblemsPanel", "%n error(s)", None, counts[Severity.ERROR]),
                        translate("ProblemsPanel", "%n warning(s)", None, counts[Severity.WARNING]),
                        translate("ProblemsPanel", "%n note(s)", None, counts[Severity.INFO]),
                    )
                )
            )
        else:
            self.summary.setText(translate("ProblemsPanel", "No problems found"))
        self._render_scorecard()
        self.updated.emit(len(report.findings))

    def set_trend(self, then: dict[str, int] | None, since: str) -> None:
        """Show the scorecard's change since ``since`` (e.g. "the sign-off of 2026-09-24"): each area
        against its score in ``then`` (None: not known here). ``since`` empty: no trend."""
        self._trend = (then, since)
        self._render_scorecard()

    def _render_scorecard(self) -> None:
        from playbooks.audit.readiness import trend

        scores = self.report.scores
        self.scorecard.setVisible(bool(scores))
        if not scores:
            return
        then, since = self._trend
        colours = {"strong": "#2e7d32", "fair": "#b26a00", "weak": "#c62828"}
        moves = {t.area: t.change for t in trend([(a, s) for a, s, _ in scores], then)} if since else {}
        cells, spoken = [], []
        for area, score, band in scores:
            change = moves.get(area)
            mark = ""
            words = f"{area_title(area)} {score}"
            if change:
                colour = "#2e7d32" if change > 0 else "#c62828"
                mark = f' <span style="color:{colour}">{"▲" if change > 0 else "▼"}{abs(change)}</span>'
                move = (
                    translate("ProblemsPanel", "up {points}")
                    if change > 0
                    else translate("ProblemsPanel", "down {points}")
                )
                words += ", " + move.format(points=abs(change))
            cells.append(f'{area_title(area)} <b style="color:{colours.get(band, "#666")}">{score}</b>{mark}')
            spoken.append(words)
        readiness = translate("ProblemsPanel", "Readiness")
        text = f"<b>{html.escape(readiness)}</b> &nbsp;&nbsp; {' &nbsp;&nbsp; '.join(cells)}"
        if since and then is None:
            line = translate(
                "ProblemsPanel", "Change since {since}: not known (the approved version was never open in Charter here)"
            ).format(since=since)
        elif since:
            line = (
                translate("ProblemsPanel", "Change since {since}")
                if any(moves.values())
                else translate("ProblemsPanel", "No change since {since}")
            ).format(since=since)
        else:
            line = ""
        if line:
            text += f'<br><span style="color:#5f6368">{html.escape(line)}</span>'
        self.scorecard.setText(text)
        self.scorecard.setToolTip(
            translate("ProblemsPanel", "Scores per area, 0-100: strong from 85, fair from 60, weak below")
        )
        self.scorecard.setAccessibleName(translate("ProblemsPanel", "Readiness scorecard"))
        self.scorecard.setAccessibleDescription("; ".join(spoken) + (f". {line}." if line else "."))

    def _on_failed(self, error: BaseException) -> None:
        from ui import errors

        self._job = None
        if self._pending and self.document is not None:
            self._start()  # the newer snapshot may well check fine
            return
        self.summary.setText(translate("ProblemsPanel", "The checks could not run"))
        errors.report(error, self, translate("ProblemsPanel", "checking the playbook"))

    def _refresh_areas(self) -> None:
        current = self.area_filter.currentData()
        areas = sorted({self.model.area(r) for r in range(self.model.rowCount())})
        known = [self.area_filter.itemData(i) for i in range(1, self.area_filter.count())]
        if areas != known:
            self.area_filter.blockSignals(True)
            self.area_filter.clear()
            self.area_filter.addItem(translate("ProblemsPanel", "All areas"), "")
            for area in areas:
                self.area_filter.addItem(area_title(area), area)
            index = self.area_filter.findData(current)
            self.area_filter.setCurrentIndex(max(0, index))
            self.area_filter.blockSignals(False)
            self._on_filter_changed()

    def _on_filter_changed(self, *_: object) -> None:
        self.proxy.set_filter(self.severity_filter.currentData(), self.area_filter.currentData() or "")

    def current_finding(self) -> Finding | None:
        """The finding selected in the table (None: none)."""
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        row = self.proxy.mapToSource(index).row()
        return self.model.findings[row] if 0 <= row < len(self.model.findings) else None

    def _show_detail(self) -> None:
        finding = self.current_finding()
        for button in (self.go_button, self.explain_button):
            button.setEnabled(finding is not None)
        if finding is None:
            self.detail.setText(
                translate("ProblemsPanel", "Select a problem to read it in full.") if self.model.findings else ""
            )
            return
        row = self.proxy.mapToSource(self.view.currentIndex()).row()
        e = html.escape
        label = severity_label(finding.severity, waived=finding.waived)
        text = (
            f"<b>{e(label)}</b> · {e(self.model.where(row))} · <span>{e(finding.code)}</span><br>{e(finding.message)}"
        )
        if finding.waived:
            waived = translate("ProblemsPanel", "Waived: {reason}").format(reason=finding.waiver_reason)
            text += f"<br><i>{e(waived)}</i>"
        self.detail.setText(text)
        self.view.setAccessibleDescription(f"{label}, {self.model.where(row)}: {finding.message}")

    def _on_go_button_clicked(self) -> None:
        finding = self.current_finding()
        if finding is not None:
            self.activated.emit(finding.path)

    def _on_explain_button_clicked(self) -> None:
        finding = self.current_finding()
        if finding is not None:
            self.explain_requested.emit(finding)

    def _text_width(self, texts: Iterable[str]) -> int:
        metrics = self.view.fontMetrics()
        return max(metrics.horizontalAdvance(text) for text in texts) + 24

    def _on_view_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.activated.emit(str(self.proxy.data(index, Qt.ItemDataRole.UserRole) or ""))

    def _on_view_context_menu(self, point: QPoint) -> None:
        index = self.view.indexAt(point)
        if not index.isValid():
            return
        source = self.proxy.mapToSource(index)
        finding = self.model.findings[source.row()]
        menu = QMenu(self)
        go = menu.addAction(translate("ProblemsPanel", "Go to field"))
        go.triggered.connect(lambda: self.activated.emit(finding.path))
        copy = menu.addAction(translate("ProblemsPanel", "Copy message"))
        copy.triggered.connect(lambda: _copy(f"{finding.code} {finding.path}: {finding.message}"))
        self.context_menu_requested.emit(finding, menu)
        menu.popup(self.view.viewport().mapToGlobal(point))


def _copy(text: str) -> None:
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().setText(text)
