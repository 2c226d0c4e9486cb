"""The main window: navigator, section pages, problems, preview, find, history.

The open file's lifecycle (open, save, revert, reload, its lock, the file watcher, autosave and
recovery) is ``window.files``, a :class:`ui.session.FileSession`.

Extension points for the workflow dialogs (issue 7):

* ``window.document`` (:class:`ui.document.Document` or None) and the signal
  ``document_changed(object)`` when another document is installed;
* ``window.files``: ``open_path(path)``, ``maybe_save()``, ``reopen(path)`` and the signals
  ``opened`` and ``saved`` (see :mod:`ui.session`);
* ``window.menus["file" | "edit" | "view" | "playbook" | "help"]``: add actions there;
  ``window.playbook_menu_anchor`` is the separator before "Check now";
* ``window.problems.context_menu_requested(Finding, QMenu)``: add actions to a finding's menu;
* ``window.reveal(path)``: go to any field; ``window.install(document)``;
* ``ui.dialogs.current()``: ask questions (tests replace it).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QByteArray,
    QChildEvent,
    QEvent,
    QMargins,
    QObject,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
    QUndoGroup,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from ui import dialogs, errors, settings, theme, workers
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.session import FileSession

# The domain (the pydantic model, storage, the form pages: ~0.5 s of imports) is imported where it
# is used, never here: the window must paint before it is loaded (issue 8, start-up time).
if TYPE_CHECKING:
    from playbooks.io.recovery import RecoveryArea
    from ui.document import Document
    from ui.find import FindPanel
    from ui.forms.pages import SectionPage
    from ui.preview import PreviewPanel
    from ui.problems import ProblemsPanel
    from ui.todo import TodoPanel
    from ui.welcome import WelcomePage


#: The window's size at its first start, where the screen has room for it.
PREFERRED_SIZE = QSize(1380, 860)
#: Room kept around the window for the frame the window manager adds (title bar, borders).
FRAME_ROOM = QMargins(8, 40, 8, 8)


def fit_rect(wanted: QRect, room: QRect) -> QRect:
    """``wanted`` shrunk to fit ``room`` and moved into it (its size kept where it fits)."""
    width, height = min(wanted.width(), room.width()), min(wanted.height(), room.height())
    left = min(max(wanted.left(), room.left()), room.right() + 1 - width)
    top = min(max(wanted.top(), room.top()), room.bottom() + 1 - height)
    return QRect(left, top, width, height)


def toolbar_text(text: str) -> str:
    """A menu text as a toolbar button reads it: no access key, neither "&Save" nor Japanese
    "保存(&S)", and no trailing dots."""
    return re.sub(r"\(&\w\)|&(?=\S)", "", text).rstrip(".…").strip()


def all_pages() -> list[tuple[str, str]]:
    """(section, title) of every page, in navigator order: the model's sections, then waivers."""
    from playbooks.format.model import section_titles
    from ui.forms.pages import WAIVERS

    return [*section_titles(), (WAIVERS[0], translate("SectionPage", WAIVERS[1]))]


def __getattr__(name: str) -> Any:
    if name == "ALL_PAGES":  # the former constant, computed on demand (it needs the model)
        return all_pages()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


#: Actions that need an open playbook.
DOCUMENT_ACTIONS = (
    "save",
    "save_as",
    "revert",
    "close",
    "find",
    "check",
    "next_problem",
    "next_section",
    "previous_section",
)


class _PaintWatch(QObject):
    """Tells its window when the window, or a widget in it, gets a paint event (installed on the
    application only while :meth:`MainWindow.after_next_paint` has callbacks waiting)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) and watched.window() is self._window:
            self._window._on_painted()
        return False


class MainWindow(QMainWindow):
    """The editor window (one document at a time).

    Signals:
        document_changed(object): another document (or None) was installed.
    """

    document_changed = Signal(object)

    def __init__(
        self, *, recovery: RecoveryArea | None = None, opening: str = "", parent: QWidget | None = None
    ) -> None:
        """``opening``: start in the frame of :meth:`show_opening` for that file, not on the
        welcome page (start-up with a file: the welcome page is then built only if needed)."""
        self._tab_scan_pending = False  # first: Qt reports children from the start (childEvent)
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle("Charter")
        self.setAcceptDrops(True)
        self.document: Document | None = None
        #: the open file: opening, saving, reverting, its lock, watcher and recovery copy
        self.files = FileSession(self, recovery=recovery)
        self.spoke_of = ""
        self._pages: dict[str, SectionPage] = {}
        self._dirty_pages: set[str] = set()
        #: (hub file, its spokes) as found by a worker; see _related_files()
        self._spokes_found: tuple[str, list[tuple[str, str]]] | None = None
        self._spoke_scan = ""  # the hub whose spokes a worker is looking for
        self._docks_before_welcome: list[QDockWidget] = []
        self.undo_group = QUndoGroup(self)
        self.menus: dict[str, QMenu] = {}
        self.actions_by_name: dict[str, QAction] = {}

        self._welcome: WelcomePage | None = None
        self.shortcuts_dialog: QWidget | None = None
        self._panels: tuple[ProblemsPanel, PreviewPanel, FindPanel] | None = None
        self._todo: TodoPanel | None = None
        #: the banner's words about a new playbook's to-do list ('' : none; see show_todo)
        self._todo_note = ""
        self._when_panels: list[Callable[[], None]] = []
        self._after_paint: list[Callable[[], None]] = []
        self._paint_watch = _PaintWatch(self)
        self._build_editor_area()
        self.central = QStackedWidget(self)
        self.central.addWidget(self.editor_area)
        self.setCentralWidget(self.central)
        self._build_docks()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status()
        self.files.saved.connect(self._on_files_saved)

        self._restore_state()
        if opening:
            self.show_opening(opening)
        else:
            self.show_welcome()
        # issue 7: the workflow dialogs add their menu actions and hooks (ui/workflows)
        from ui.workflows import install as install_workflows

        install_workflows(self)

    @property
    def welcome(self) -> WelcomePage:
        """The welcome page (starters, recent files), built the first time it is needed."""
        if self._welcome is None:
            from ui.welcome import WelcomePage

            self._welcome = WelcomePage(self)
            self._welcome.new_requested.connect(self.files.new_from_starter)
            self._welcome.wizard_requested.connect(lambda: self.actions_by_name["new_wizard"].trigger())
            self._welcome.open_requested.connect(self.files.open_dialog)
            self._welcome.recent_requested.connect(self.files.open_path)
            self.central.insertWidget(0, self._welcome)
        return self._welcome

    # ------------------------------------------------------------------ building

    def _build_editor_area(self) -> None:
        self.editor_area = QWidget(self)
        layout = QVBoxLayout(self.editor_area)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.banner = QFrame(self.editor_area)
        self.banner.setObjectName("banner")
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(12, 6, 12, 6)
        self.banner_text = QLabel(self.banner)
        self.banner_text.setObjectName("bannerText")
        self.banner_text.setWordWrap(True)
        banner_layout.addWidget(self.banner_text, 1)
        # the next step the banner offers (a spoke: tailor it); its action is set with the text
        self.banner_button = QPushButton(self.banner)
        self.banner_button.setObjectName("bannerAction")
        self.banner_button.setVisible(False)
        self.banner_button.clicked.connect(self._on_banner_button_clicked)
        banner_layout.addWidget(self.banner_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self._banner_action = ""
        self.banner.setVisible(False)
        layout.addWidget(self.banner)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self.editor_area)
        self.splitter.setObjectName("mainSplitter")
        self.navigator = QTreeWidget(self.splitter)
        self.navigator.setObjectName("navigator")
        self.navigator.setAccessibleName(translate("MainWindow", "Sections"))
        self.navigator.setAccessibleDescription(
            translate("MainWindow", "The sections of the playbook, and its spokes or hub; Enter opens one")
        )
        self.navigator.setHeaderHidden(True)
        self.navigator.setRootIsDecorated(False)
        self.navigator.setMinimumWidth(200)
        self.navigator.currentItemChanged.connect(self._on_navigator_current_changed)
        self.navigator.itemActivated.connect(self._on_navigator_activated)
        self.pages = QStackedWidget(self.splitter)
        self.pages.setObjectName("pages")
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([240, 900])
        layout.addWidget(self.splitter, 1)

    def _dock(self, title: str, name: str, area: Qt.DockWidgetArea, widget: QWidget | None = None) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        if widget is not None:
            dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _build_docks(self) -> None:
        """The docks, in their places; the panels inside three of them come with :meth:`build_panels`."""
        self.problems_dock = self._dock(
            translate("MainWindow", "Problems"), "problemsDock", Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.preview_dock = self._dock(
            translate("MainWindow", "Preview"), "previewDock", Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.find_dock = self._dock(translate("MainWindow", "Find"), "findDock", Qt.DockWidgetArea.LeftDockWidgetArea)
        self.find_dock.hide()
        self.history = QUndoView(self.undo_group, self)
        self.history.setObjectName("undoView")
        self.history.setEmptyLabel(translate("MainWindow", "Opened"))
        self.history.setAccessibleName(translate("MainWindow", "History"))
        self.history.setAccessibleDescription(translate("MainWindow", self.DOCK_DESCRIPTIONS["historyDock"]))
        self.history_dock = self._dock(
            translate("MainWindow", "History"), "historyDock", Qt.DockWidgetArea.RightDockWidgetArea, self.history
        )
        self.history_dock.hide()
        # what a new playbook leaves to fill in (show_todo), beside the problems it groups
        self.todo_dock = self._dock(
            translate("MainWindow", "To Do"), "todoDock", Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.tabifyDockWidget(self.problems_dock, self.todo_dock)
        self.todo_dock.hide()
        self.problems_dock.raise_()
        for dock in (self.problems_dock, self.todo_dock, self.preview_dock, self.find_dock, self.history_dock):
            dock.visibilityChanged.connect(self._schedule_tab_descriptions)
        self.resizeDocks([self.preview_dock], [420], Qt.Orientation.Horizontal)
        self.resizeDocks([self.problems_dock], [200], Qt.Orientation.Vertical)

    def build_panels(self) -> None:
        """The problems, preview and find panels, in their docks (once), showing the open document.

        Start-up builds them after the first paint of the opened playbook (:meth:`install`), or
        right after the window's first paint when no file is opened (ui.app), so that the frame
        and then the content show sooner (issues 8, 22); anything that uses a panel earlier
        builds them then.
        """
        if self._panels is not None:
            return
        from ui import i18n

        # the panels show the domain's words (check messages, field and enum labels): in the
        # interface's language from here on, in this thread and in the workers it starts
        i18n.use_in_domain()
        from ui.find import FindPanel
        from ui.preview import PreviewPanel
        from ui.problems import ProblemsPanel
        from ui.todo import TodoPanel

        problems = ProblemsPanel(self)
        problems.activated.connect(self.reveal)
        problems.updated.connect(lambda _n: self._update_status())
        preview = PreviewPanel(self)
        find_panel = FindPanel(self)
        find_panel.activated.connect(self.reveal)
        self._panels = (problems, preview, find_panel)
        self._todo = TodoPanel(problems, self)
        self._todo.activated.connect(self.reveal)
        self.todo_dock.setWidget(self._todo)
        self.problems_dock.setWidget(problems)
        self.preview_dock.setWidget(preview)
        self.find_dock.setWidget(find_panel)
        if self.document is not None:
            problems.set_document(self.document)
            preview.set_document(self.document)
            preview.set_section(self.current_section() or "document")
            find_panel.set_document(self.document)
        callbacks, self._when_panels = self._when_panels, []
        for callback in callbacks:
            callback()

    def after_next_paint(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` once this window (or a widget in it) has painted, after that paint.

        Callbacks queued for the same paint run in the order they were queued here.
        """
        queued = self._after_paint
        queued.append(callback)
        if len(queued) == 1:
            app = QApplication.instance()
            assert app is not None
            app.installEventFilter(self._paint_watch)

    def _on_painted(self) -> None:
        app = QApplication.instance()
        assert app is not None
        app.removeEventFilter(self._paint_watch)
        callbacks, self._after_paint[:] = list(self._after_paint), []
        # posted, so that the paint (and the rest of this frame) completes first
        for callback in callbacks:
            QTimer.singleShot(0, self, callback)

    def when_panels_built(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` once the panels exist (at once if they do)."""
        if self._panels is None:
            self._when_panels.append(callback)
        else:
            callback()

    @property
    def problems(self) -> ProblemsPanel:
        self.build_panels()
        assert self._panels is not None
        return self._panels[0]

    @property
    def todo(self) -> TodoPanel:
        """The To Do panel: the steps a new playbook leaves to fill in (see :meth:`show_todo`)."""
        self.build_panels()
        assert self._todo is not None
        return self._todo

    @property
    def preview(self) -> PreviewPanel:
        self.build_panels()
        assert self._panels is not None
        return self._panels[1]

    @property
    def find_panel(self) -> FindPanel:
        self.build_panels()
        assert self._panels is not None
        return self._panels[2]

    def _action(
        self, name: str, text: str, slot: Any, shortcut: QKeySequence.StandardKey | str | None = None, tip: str = ""
    ) -> QAction:
        action = QAction(text, self)
        action.setIconText(toolbar_text(text))
        action.setObjectName(f"action:{name}")
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)
        elif shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.actions_by_name[name] = action
        return action

    def _build_actions(self) -> None:
        K = QKeySequence.StandardKey
        a = self._action
        a(
            "new",
            translate("MainWindow", "&New from starter..."),
            lambda: self.files.new_from_starter(""),
            K.New,
            translate("MainWindow", "Start a new playbook from a starter"),
        )
        files = self.files
        a(
            "open",
            translate("MainWindow", "&Open..."),
            files.open_dialog,
            K.Open,
            translate("MainWindow", "Open a playbook file"),
        )
        a("save", translate("MainWindow", "&Save"), files.save, K.Save, translate("MainWindow", "Save the playbook"))
        a(
            "save_as",
            translate("MainWindow", "Save &As..."),
            files.save_as,
            K.SaveAs,
            translate("MainWindow", "Save the playbook under a new name"),
        )
        a(
            "revert",
            translate("MainWindow", "Re&vert to Saved"),
            files.revert,
            None,
            translate("MainWindow", "Discard unsaved changes and reload the file"),
        )
        a(
            "close",
            translate("MainWindow", "&Close"),
            files.close_document,
            K.Close,
            translate("MainWindow", "Close the playbook"),
        )
        a(
            "preferences",
            translate("MainWindow", "&Preferences..."),
            self.show_preferences,
            K.Preferences,
            translate("MainWindow", "Your name, role, theme and autosave"),
        )
        quit_keys = K.Quit if QKeySequence.keyBindings(K.Quit) else "Ctrl+Q"
        a(
            "quit",
            translate("MainWindow", "&Quit"),
            self.close,
            quit_keys,
            translate("MainWindow", "Close Charter (asks about unsaved changes)"),
        )
        self.undo_action = self.undo_group.createUndoAction(self, translate("MainWindow", "&Undo"))
        self.undo_action.setShortcuts(K.Undo)
        self.undo_action.setObjectName("action:undo")
        self.redo_action = self.undo_group.createRedoAction(self, translate("MainWindow", "&Redo"))
        self.redo_action.setShortcuts(K.Redo)
        self.redo_action.setObjectName("action:redo")
        self.actions_by_name["undo"] = self.undo_action
        self.actions_by_name["redo"] = self.redo_action
        a(
            "find",
            translate("MainWindow", "&Find..."),
            self.show_find,
            K.Find,
            translate("MainWindow", "Search all text of the playbook"),
        )
        a(
            "check",
            translate("MainWindow", "&Check Now"),
            lambda: self.problems.recompute_now(),
            K.Refresh,
            translate("MainWindow", "Run the structural and governance checks"),
        )
        a(
            "next_section",
            translate("MainWindow", "Next &Section"),
            lambda: self._step_section(1),
            K.NextChild,
            translate("MainWindow", "Show the next section"),
        )
        a(
            "previous_section",
            translate("MainWindow", "Previous S&ection"),
            lambda: self._step_section(-1),
            K.PreviousChild,
            translate("MainWindow", "Show the previous section"),
        )
        a(
            "next_pane",
            translate("MainWindow", "Next &Pane"),
            lambda: self._focus_pane(1),
            "F6",
            translate("MainWindow", "Move the focus to the next pane"),
        )
        a(
            "previous_pane",
            translate("MainWindow", "Previous Pa&ne"),
            lambda: self._focus_pane(-1),
            "Shift+F6",
            translate("MainWindow", "Move the focus back a pane"),
        )
        a(
            "next_problem",
            translate("MainWindow", "&Next Problem"),
            self.next_problem,
            "F8",
            translate("MainWindow", "Go to the next problem"),
        )
        a(
            "shortcuts",
            translate("MainWindow", "&Keyboard Shortcuts"),
            self.show_shortcuts,
            None,
            translate("MainWindow", "Every keyboard shortcut of the editor"),
        )
        a(
            "about",
            translate("MainWindow", "&About Charter"),
            self.show_about,
            None,
            translate("MainWindow", "The version, and where the logs are"),
        )
        a(
            "logs",
            translate("MainWindow", "Open &Log Folder"),
            self.open_log_folder,
            None,
            translate("MainWindow", "Open the folder of Charter's log files"),
        )
        for name in DOCUMENT_ACTIONS:
            self.actions_by_name[name].setEnabled(False)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        names = self.actions_by_name
        file_menu = bar.addMenu(translate("MainWindow", "&File"))
        file_menu.addActions([names["new"], names["open"]])
        self.recent_menu = file_menu.addMenu(translate("MainWindow", "Open &Recent"))
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([names["save"], names["save_as"], names["revert"]])
        file_menu.addSeparator()
        file_menu.addActions([names["close"], names["preferences"]])
        file_menu.addSeparator()
        file_menu.addAction(names["quit"])
        edit = bar.addMenu(translate("MainWindow", "&Edit"))
        edit.addActions([self.undo_action, self.redo_action])
        edit.addSeparator()
        edit.addAction(names["find"])
        view = bar.addMenu(translate("MainWindow", "&View"))
        view.addActions([names["next_section"], names["previous_section"], names["next_pane"], names["previous_pane"]])
        view.addSeparator()
        for dock, text in (
            (self.problems_dock, translate("MainWindow", "Pro&blems")),
            (self.todo_dock, translate("MainWindow", "&To Do")),
            (self.preview_dock, translate("MainWindow", "Pre&view")),
            (self.find_dock, translate("MainWindow", "F&ind")),
            (self.history_dock, translate("MainWindow", "&History")),
        ):
            toggle = dock.toggleViewAction()
            toggle.setObjectName(f"action:toggle:{dock.objectName()}")
            toggle.setText(text)  # the dock's title without the access key; the menu's with it
            view.addAction(toggle)
        playbook = bar.addMenu(translate("MainWindow", "&Playbook"))
        anchor = playbook.addSeparator()
        assert anchor is not None  # a menu always makes its separator
        self.playbook_menu_anchor: QAction = anchor
        playbook.addActions([names["check"], names["next_problem"]])
        help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        help_menu.addActions([names["shortcuts"], names["logs"], names["about"]])
        self.menus = {"file": file_menu, "edit": edit, "view": view, "playbook": playbook, "help": help_menu}

    def _build_toolbar(self) -> None:
        bar = QToolBar(translate("MainWindow", "Main"), self)
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        names = self.actions_by_name
        bar.addActions([names["new"], names["open"], names["save"]])
        bar.addSeparator()
        bar.addActions([self.undo_action, self.redo_action])
        bar.addSeparator()
        bar.addActions([names["find"], names["check"]])
        self.addToolBar(bar)

    def _build_status(self) -> None:
        status = self.statusBar()
        self.status_file = QLabel(self)
        self.status_file.setObjectName("statusFile")
        self.status_file.setTextFormat(Qt.TextFormat.PlainText)  # a file name is not markup
        # a long path gives way (it is cut) rather than push the approval state off the window
        self.status_file.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status_modified = QLabel(self)
        self.status_modified.setObjectName("statusModified")
        self.status_lifecycle = QLabel(self)
        self.status_lifecycle.setObjectName("statusLifecycle")
        self.status_readiness = QLabel(self)
        self.status_readiness.setObjectName("statusReadiness")
        status.addWidget(self.status_file, 1)
        for label in (self.status_modified, self.status_lifecycle, self.status_readiness):
            status.addPermanentWidget(label)

    # ------------------------------------------------------------------ public API: documents

    def install(
        self,
        document: Document | None,
        *,
        digest: str = "",
        spoke_of: str = "",
    ) -> None:
        """Show ``document`` (or the welcome page); the previous one is dropped without asking.

        ``digest``: of its file as read (see :meth:`FileSession.track`); ``spoke_of``: the hub
        file of a spoke shown read-only. A hub's spokes are looked for in a worker after its first
        paint, and listed in the navigator when found.
        """
        if self.document is not None:
            self.undo_group.removeStack(self.document.undo_stack)
            self.document.changed.disconnect(self._on_document_changed)
            self.document.deleteLater()
        self.files.track(document, digest=digest)
        while (page := self.pages.widget(0)) is not None:
            self.pages.removeWidget(page)
            page.setParent(None)  # out of the window's tree now, so findChild never meets old pages
            page.deleteLater()
        self._pages.clear()
        self._dirty_pages.clear()
        self.document = document
        self.spoke_of = spoke_of
        self._todo_note = ""
        self._spokes_found = None  # looked for again: files may have come or gone since the last look
        if self._panels is not None:
            for panel in self._panels:
                panel.set_document(document)
        if document is None:
            self.show_welcome()
            self.document_changed.emit(None)
            return
        document.setParent(self)
        self.undo_group.addStack(document.undo_stack)
        self.undo_group.setActiveStack(document.undo_stack)
        document.changed.connect(self._on_document_changed)
        document.modified_changed.connect(self._on_document_modified_changed)
        document.path_changed.connect(self._on_path_changed)
        document.read_only_changed.connect(self._on_read_only_changed)
        from ui import i18n

        # the navigator and the pages show the domain's words (section and field labels, enum
        # labels): in the interface's language from the first page on
        i18n.domain_speaks()
        self._fill_navigator()
        self.central.setCurrentWidget(self.editor_area)
        for dock in getattr(self, "_docks_before_welcome", []):
            dock.show()
        self._docks_before_welcome = []
        for name in DOCUMENT_ACTIONS:
            self.actions_by_name[name].setEnabled(True)
        self._on_read_only_changed()
        self._update_title()
        self.show_section("document")
        self.document_changed.emit(document)
        if self._panels is None:
            # the document's first page paints first, its checks and preview follow (issue 22);
            # queued after document_changed, so that what waits there for this paint runs first
            self.after_next_paint(self.build_panels)
        from ui import startup

        startup.document_installed()  # its objects live as long as it is open: out of the collector's way

    def show_opening(self, path: str) -> None:
        """The editor's frame, still empty, with "Opening ..." in the status bar (start-up shows
        this at once and loads the file after the first paint)."""
        if self.document is None:
            self.central.setCurrentWidget(self.editor_area)
        self.statusBar().showMessage(translate("MainWindow", "Opening {name}...").format(name=Path(path).name))

    # ------------------------------------------------------------------ public API: navigation

    def show_section(self, section: str) -> SectionPage | None:
        """Show the page of ``section`` (built on first use)."""
        if self.document is None:
            return None
        page = self._page(section)
        self.pages.setCurrentWidget(page)
        if section in self._dirty_pages:
            self._dirty_pages.discard(section)
            page.refresh()
        for i in range(self.navigator.topLevelItemCount()):
            item = self.navigator.topLevelItem(i)
            is_section = item is not None and item.data(0, Qt.ItemDataRole.UserRole) == ("section", section)
            if item is not None and is_section and self.navigator.currentItem() is not item:
                self.navigator.blockSignals(True)
                self.navigator.setCurrentItem(item)
                self.navigator.blockSignals(False)
        if self._panels is not None:
            self._panels[1].set_section(section)
        return page

    def reveal(self, path: str) -> QWidget | None:
        """Go to the field at ``path``: its page, its table rows, its editor (focused)."""
        if self.document is None:
            return None
        section = path.split(".", 1)[0].split("[", 1)[0] if path else "document"
        if section not in dict(all_pages()):
            section = "document"
        page = self.show_section(section)
        if page is None:
            return None
        widget = page.reveal(path)
        if widget is None:
            self.statusBar().showMessage(translate("MainWindow", "No editor for {field}").format(field=path), 4000)
        return widget

    def next_problem(self) -> None:
        view = self.problems.view
        rows = self.problems.proxy.rowCount()
        if not rows:
            return
        current = view.currentIndex().row()
        index = self.problems.proxy.index((current + 1) % rows, 0)
        view.setCurrentIndex(index)
        self.problems_dock.show()
        self.reveal(str(self.problems.proxy.data(index, Qt.ItemDataRole.UserRole) or ""))

    def _step_section(self, step: int) -> None:
        names = [name for name, _ in all_pages()]
        current = self.current_section()
        if current in names:
            page = self.show_section(names[(names.index(current) + step) % len(names)])
            if page is not None:
                page.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def panes(self) -> list[QWidget]:
        """The panes F6 and Shift+F6 move between, in order: the banner's next step (when it
        offers one), the sections, the page, and the docks that are shown."""
        panes: list[QWidget] = []
        if self.banner.isVisible() and self.banner_button.isVisible():
            panes.append(self.banner_button)
        panes += [self.navigator, self.pages.currentWidget() or self.pages]
        if self._panels is not None:
            for dock, pane in (
                (self.problems_dock, self.problems),
                (self.todo_dock, self.todo),
                (self.preview_dock, self.preview),
                (self.find_dock, self.find_panel),
            ):
                if dock.isVisible():
                    panes.append(pane)
        if self.history_dock.isVisible():
            panes.append(self.history)
        return panes

    def _focus_pane(self, step: int) -> None:
        panes = self.panes()
        focused = QApplication.focusWidget()
        index = next(
            (
                i
                for i, pane in enumerate(panes)
                if focused is not None and (focused is pane or pane.isAncestorOf(focused))
            ),
            -1 if step > 0 else 0,
        )
        pane = panes[(index + step) % len(panes)]
        target = self._pane_target(pane)
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if isinstance(pane, QScrollArea) and target is not pane:
            pane.ensureWidgetVisible(target)

    #: what each dock holds, for the tabs of docks that share a place (a screen reader reads them)
    DOCK_DESCRIPTIONS = {
        "problemsDock": QT_TRANSLATE_NOOP("MainWindow", "The problems the checks found, with the readiness scorecard"),
        "todoDock": QT_TRANSLATE_NOOP("MainWindow", "The steps a new playbook leaves to fill in, and what each means"),
        "previewDock": QT_TRANSLATE_NOOP("MainWindow", "The section or the whole policy as it will read when exported"),
        "findDock": QT_TRANSLATE_NOOP("MainWindow", translate("MainWindow", "Search all text of the playbook")),
        "historyDock": QT_TRANSLATE_NOOP(
            "MainWindow", "Every change since the playbook was opened; select one to go back to it"
        ),
    }

    def childEvent(self, event: QChildEvent) -> None:
        # Qt makes a tab bar for docks that share a place, and remakes it as docks come and go
        if event.added():
            self._schedule_tab_descriptions()
        super().childEvent(event)

    def _schedule_tab_descriptions(self, *_: object) -> None:
        if not self._tab_scan_pending:
            self._tab_scan_pending = True
            QTimer.singleShot(0, self, self._describe_dock_tabs)

    def _describe_dock_tabs(self) -> None:
        """Describe the tabs of docks that share a place (Qt names a tab bar by its current tab)."""
        self._tab_scan_pending = False
        # a tab shows its dock's (translated) title: find the dock by it, then its description
        docks = {dock.windowTitle(): dock.objectName() for dock in self._document_docks()}
        for bar in self.findChildren(QTabBar):
            if bar.parent() is self:
                for i in range(bar.count()):
                    description = self.DOCK_DESCRIPTIONS.get(docks.get(bar.tabText(i).replace("&", ""), ""), "")
                    bar.setTabToolTip(i, translate("MainWindow", description) if description else "")

    def _pane_target(self, pane: QWidget) -> QWidget:
        """Where the focus goes in ``pane``: a panel's list or text (not its filters), a page's
        first field (the page itself, to scroll with the keys, when no field is editable)."""
        if self._panels is not None:
            problems, preview, find_panel = self._panels
            if pane is problems:
                return problems.view
            if pane is preview:
                return preview.browser
            if pane is find_panel:
                return find_panel.query
            if pane is self._todo:
                return self._todo.tree
        return _first_focusable(pane) or pane

    def current_section(self) -> str:
        page = self.pages.currentWidget()
        return next((section for section, shown in self._pages.items() if shown is page), "")

    # ------------------------------------------------------------------ preferences, help

    def show_todo(self, source: str) -> None:
        """Show the To Do list of a new playbook (from ``source``, e.g. "the FINRA broker-dealer
        starter"), and say in the banner why it has gaps."""
        if self.document is None:
            return
        self._todo_note = translate(
            "MainWindow",
            "A new playbook from {source}. A starter cannot know your people and processes: the "
            "<b>To Do</b> list says what only you can fill in, and what each step means (the errors in "
            "Problems are these gaps).",
        ).format(source=source)
        self._on_read_only_changed()
        self.todo_dock.show()
        self.todo_dock.raise_()

    def focus_todo(self) -> None:
        """Show the To Do list and put the keyboard focus in it."""
        self.todo_dock.show()
        self.todo_dock.raise_()
        self.todo.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_preferences(self) -> None:
        from ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self)
        if dialog.exec():
            dialog.apply()
            app = QApplication.instance()
            if isinstance(app, QApplication):
                theme.apply(app, settings.theme())

    def show_find(self) -> None:
        self.find_dock.show()
        self.find_dock.raise_()
        self.find_panel.focus_query()

    def show_shortcuts(self) -> None:
        """Help > Keyboard Shortcuts (modeless: it can stay open while the keys are tried)."""
        from ui.shortcuts import ShortcutsDialog

        actions = [*self.actions_by_name.values()]
        dialog = ShortcutsDialog(actions, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.shortcuts_dialog = dialog
        dialog.show()

    def show_about(self) -> None:
        from ui.about import about_text

        dialogs.current().inform(self, translate("MainWindow", "About Charter"), about_text(str(errors.log_file())))

    def open_log_folder(self) -> None:
        folder = errors.log_folder()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # ------------------------------------------------------------------ Qt overrides

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        if self.document is not None and self.document.path:
            settings.set_last_file(self.document.path)
        self._save_state()
        self.files.release_lock()
        event.accept()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if files:
            event.acceptProposedAction()
            QTimer.singleShot(0, self, lambda: self.files.open_path(files[0]))

    # ------------------------------------------------------------------ private

    def _page(self, section: str) -> SectionPage:
        page = self._pages.get(section)
        if page is None:
            from ui.forms.pages import SectionPage

            assert self.document is not None
            page = SectionPage(self.document, section, dict(all_pages())[section], self.pages)
            self._pages[section] = page
            self.pages.addWidget(page)
        return page

    def _fill_navigator(self) -> None:
        self.navigator.clear()
        for section, title in all_pages():
            item = QTreeWidgetItem(self.navigator, [title])
            item.setData(0, Qt.ItemDataRole.UserRole, ("section", section))
            item.setToolTip(0, title)
        related = self._related_files()
        if related:
            self._add_related(*related)

    def _add_related(self, heading: str, files: list[tuple[str, str]]) -> None:
        """The navigator's group of related files (a hub's spokes, a spoke's hub), at its end."""
        group = QTreeWidgetItem(self.navigator, [heading])
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        for label, path in files:
            child = QTreeWidgetItem(group, [label])
            child.setData(0, Qt.ItemDataRole.UserRole, ("file", path))
            child.setToolTip(
                0, translate("MainWindow", "{path}\nDouble-click or press Enter to open").format(path=path)
            )
        group.setExpanded(True)
        self.navigator.setRootIsDecorated(False)

    def _related_files(self) -> tuple[str, list[tuple[str, str]]] | None:
        """For a hub, the spokes in its folder that name it; for a spoke, its hub."""
        document = self.document
        if document is None:
            return None
        if self.spoke_of:
            return translate("MainWindow", "Hub"), [(Path(self.spoke_of).name, self.spoke_of)]
        if not document.path:
            return None
        found = self._spokes_found
        if found is None or found[0] != document.path:
            # saved under a new name: a worker looks for its spokes, the navigator lists them then
            self._scan_spokes(document.path)
            return None
        return (translate("MainWindow", "Spokes"), found[1]) if found[1] else None

    def _scan_spokes(self, path: str) -> None:
        """Find the spokes of the hub at ``path`` in a worker, after the window's next paint (it
        reads every playbook in the folder, and would hold the interpreter against the hub's
        first page); list them when found."""
        if self._spoke_scan == path:
            return
        self._spoke_scan = path

        def done(spokes: list[tuple[str, str]]) -> None:
            self._spoke_scan = ""
            self._spokes_found = (path, spokes)
            document = self.document
            if spokes and document is not None and document.path == path and not self.spoke_of:
                self._add_related(translate("MainWindow", "Spokes"), spokes)

        def failed(error: BaseException) -> None:
            self._spoke_scan = ""
            errors.log.warning("looking for the spokes of %s failed: %s", path, error)

        def start() -> None:
            from playbooks.tailoring.reader import spokes_of_hub

            workers.start(spokes_of_hub, path, on_done=done, on_error=failed, receiver=self)

        if self.isVisible():
            self.after_next_paint(start)
        else:  # no paint to wait for
            start()

    def _on_navigator_current_changed(self, current: QTreeWidgetItem | None, _previous: Any) -> None:
        if current is None:
            return
        data = current.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(data, tuple) and data[0] == "section":
            self.show_section(data[1])

    def _on_navigator_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        data = item.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(data, tuple) and data[0] == "file":
            self.files.open_path(data[1])

    def _on_document_changed(self, _change: object) -> None:
        current = self.current_section()
        for section, page in self._pages.items():
            if section == current:
                page.refresh()
            else:
                self._dirty_pages.add(section)
        self._update_status()

    def _refresh_pages(self) -> None:
        self._on_document_changed(None)

    def _on_files_saved(self, _path: str) -> None:
        self._update_status()

    def _on_document_modified_changed(self, _modified: bool) -> None:
        self._update_title()

    def _on_path_changed(self, *_: object) -> None:
        if self.document is None:
            return
        self._fill_navigator()
        self._update_title()

    def _on_read_only_changed(self, *_: object) -> None:
        document = self.document
        if document is None:
            return
        notes = []
        action = ""
        if self.spoke_of:
            notes.append(
                translate(
                    "MainWindow",
                    "This is a regional spoke of <b>{hub}</b>. This page shows its effective "
                    "playbook (what the region inherits from the hub, with the region's changes) and cannot be "
                    "edited here. To change what your region does, tailor the spoke: the hub's values beside "
                    "yours, what the hub allows, and a rationale for each change.",
                ).format(hub=html.escape(Path(self.spoke_of).name))
            )
            action = "tailoring"
        elif document.read_only:
            notes.append(
                translate("MainWindow", "This playbook is open <b>read-only</b>. Use Save As to keep an editable copy.")
            )
        elif self._todo_note:
            notes.append(self._todo_note)
            action = "todo"
        self.banner_text.setText(" ".join(notes))
        self.banner.setVisible(bool(notes))
        self._set_banner_action(action)
        self.actions_by_name["save"].setEnabled(not document.read_only)
        self.actions_by_name["revert"].setEnabled(bool(document.path) and not self.spoke_of)
        self._refresh_pages()
        self._update_title()

    #: the banner's button per action: (text, accessible description)
    BANNER_ACTIONS = {
        "tailoring": (
            QT_TRANSLATE_NOOP("MainWindow", "&Tailor This Spoke…"),
            QT_TRANSLATE_NOOP(
                "MainWindow", "Open the tailoring view of this spoke: change what the hub allows, with a rationale"
            ),
        ),
        "todo": (
            QT_TRANSLATE_NOOP("MainWindow", "Show the To &Do List"),
            QT_TRANSLATE_NOOP("MainWindow", "The steps this new playbook leaves to you, and what each means"),
        ),
    }

    def _set_banner_action(self, name: str) -> None:
        self._banner_action = name
        if name:
            text, description = (translate("MainWindow", words) for words in self.BANNER_ACTIONS[name])
            self.banner_button.setText(text)
            self.banner_button.setAccessibleName(text.replace("&", "").rstrip("…"))
            self.banner_button.setAccessibleDescription(description)
            self.banner_button.setToolTip(description)
            self.banner_text.setBuddy(self.banner_button)
        self.banner_button.setVisible(bool(name))

    def _on_banner_button_clicked(self) -> None:
        if self._banner_action == "todo":
            self.focus_todo()
            return
        action = self.actions_by_name.get(self._banner_action)
        if action is not None and action.isEnabled():
            action.trigger()

    def _update_title(self) -> None:
        document = self.document
        if document is None:
            self.setWindowTitle("Charter")
            self.setWindowModified(False)
        else:
            title = (
                translate("MainWindow", "{name}[*] (read-only) — Charter")
                if document.read_only
                else translate("MainWindow", "{name}[*] — Charter")
            )
            self.setWindowTitle(title.format(name=document.display_name()))
            self.setWindowModified(document.is_modified)
        self._update_status()

    def _update_status(self) -> None:
        document = self.document
        if document is None:
            for label in (self.status_file, self.status_modified, self.status_lifecycle, self.status_readiness):
                label.clear()
            return
        self.status_file.setText(document.display_path())
        if not document.path:
            self.status_modified.setText(translate("MainWindow", "Not saved yet"))
        else:
            self.status_modified.setText(
                translate("MainWindow", "Modified") if document.is_modified else translate("MainWindow", "Saved")
            )
        from playbooks.format.enums import label as enum_label

        lifecycle = document.playbook.document.status
        status = enum_label(lifecycle) if lifecycle else translate("MainWindow", "not set")
        self.status_lifecycle.setText(translate("MainWindow", "Status: {status}").format(status=status))
        if self._panels is None:  # the checks start with the panels, after the first page's paint
            self.status_readiness.setText(translate("MainWindow", "Checking..."))
            return
        findings = self.problems.findings()
        scores = self.problems.report.scores
        from playbooks.format.enums import Severity

        errors_count = sum(1 for f in findings if f.severity is Severity.ERROR and not f.waived)
        warnings_count = sum(1 for f in findings if f.severity is Severity.WARNING and not f.waived)
        counts = translate("MainWindow", "{errors}, {warnings}").format(
            errors=translate("MainWindow", "%n error(s)", None, errors_count),
            warnings=translate("MainWindow", "%n warning(s)", None, warnings_count),
        )
        if scores:
            weakest = min(s for _, s, _ in scores)
            counts = translate("MainWindow", "Readiness {score}/100 (weakest area) · {counts}").format(
                score=weakest, counts=counts
            )
        self.status_readiness.setText(counts)

    def show_welcome(self) -> None:
        """The welcome page (starters, recent files) instead of a document."""
        self.welcome.set_recent(settings.recent_files())
        self.central.setCurrentWidget(self.welcome)
        # the document docks have nothing to show here; they come back with the next document
        self._docks_before_welcome = [d for d in self._document_docks() if not d.isHidden()] or getattr(
            self, "_docks_before_welcome", []
        )
        for dock in self._document_docks():
            dock.hide()
        self.navigator.clear()
        for name in DOCUMENT_ACTIONS:
            if name in self.actions_by_name:
                self.actions_by_name[name].setEnabled(False)
        self._update_title()

    def _document_docks(self) -> list[QDockWidget]:
        return [self.problems_dock, self.todo_dock, self.preview_dock, self.find_dock, self.history_dock]

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = settings.recent_files()
        from playbooks.format.messages import one_line

        for file in files:
            # shown one line each, control and bidi characters escaped (a name must not pass for
            # another); the path itself stays the Python string, byte for byte
            action = self.recent_menu.addAction(one_line(Path(file).name))
            action.setToolTip(one_line(file))
            action.setStatusTip(one_line(file))
            action.triggered.connect(lambda _c=False, f=file: self.files.open_path(f))
        if not files:
            empty = self.recent_menu.addAction(translate("MainWindow", "No recent playbooks"))
            empty.setEnabled(False)

    def _restore_state(self) -> None:
        geometry = settings.window_geometry()
        restored = geometry is not None and self.restoreGeometry(geometry)
        self.place_on_screen(restored=restored)
        state = settings.window_state()
        if state is not None:
            self.restoreState(state)
        splitter = settings.splitter_state("main")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def place_on_screen(self, *, restored: bool) -> None:
        """Fit the window in its screen's available area (without the panels and docks of the
        desktop): the first start gets the preferred size where it fits, centred; a restored
        geometry (maybe saved on a larger monitor) is shrunk and moved into the screen."""
        if self.isMaximized() or self.isFullScreen():
            return
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        available = screen.availableGeometry()
        # the title bar and borders are only known once the window is shown: leave room for them
        room = available.adjusted(FRAME_ROOM.left(), FRAME_ROOM.top(), -FRAME_ROOM.right(), -FRAME_ROOM.bottom())
        if restored:
            wanted = self.geometry()
        else:
            wanted = QRect(QPoint(0, 0), PREFERRED_SIZE)
            wanted.moveCenter(room.center())
        self.setGeometry(fit_rect(wanted, room))

    def _save_state(self) -> None:
        if self._welcome is not None and self.central.currentWidget() is self._welcome:
            for dock in self._docks_before_welcome:  # save the layout the user works with
                dock.show()
        settings.set_window_geometry(QByteArray(self.saveGeometry()))
        settings.set_window_state(QByteArray(self.saveState()))
        settings.set_splitter_state("main", QByteArray(self.splitter.saveState()))
        settings.sync()


def _first_focusable(container: QWidget) -> QWidget | None:
    """The first widget inside ``container`` that Tab would reach (None: none is)."""
    widget = container.nextInFocusChain()
    while widget is not None and widget is not container:
        if (
            container.isAncestorOf(widget)
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            return widget
        widget = widget.nextInFocusChain()
    return None
