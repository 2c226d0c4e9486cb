"""The editor's screenshots in docs/, as a 1366x768 laptop shows them.

Run under a virtual X server the size of the laptop's screen:

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots.py docs

Settings and the recovery area go to a temporary folder, so the screenshots show a first start
(the window placed by the editor itself) and never touch the user's own settings. Each shot is
the window as the editor laid it out on that screen (QWidget.grab).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

EXAMPLES = ROOT / "examples"


def main(out: Path) -> int:
    from PySide6.QtCore import QCoreApplication, QSettings, Qt
    from PySide6.QtWidgets import QApplication, QWidget

    home = Path(tempfile.mkdtemp(prefix="charter-shots-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / "settings"))
    QCoreApplication.setOrganizationName("CharterScreenshots")
    QCoreApplication.setApplicationName("CharterScreenshots")
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)

    from playbooks.format.enums import Audience
    from playbooks.io.recovery import RecoveryArea
    from ui import dialogs, settings, theme
    from ui.mainwindow import MainWindow

    class Quiet(dialogs.Dialogs):
        """No question is asked while the screenshots are taken (a closing window: discard)."""

        def save_discard_cancel(self, parent: object, title: str, text: str) -> dialogs.Answer:
            return dialogs.Answer.DISCARD

    dialogs.install(Quiet())
    work = home / "Compliance" / "Social media"
    work.mkdir(parents=True)
    for name in ("hub", "spoke-emea", "spoke-apac", "spoke-americas"):
        shutil.copyfile(
            EXAMPLES / f"meridian-securities-{name}.playbook.yaml", work / f"meridian-securities-{name}.playbook.yaml"
        )
    hub = work / "meridian-securities-hub.playbook.yaml"
    settings.add_recent_file(work / "meridian-securities-spoke-emea.playbook.yaml")
    settings.add_recent_file(hub)

    def wait(seconds: float, until: Callable[[], bool] = lambda: False) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end and not until():
            app.processEvents()
            time.sleep(0.01)
        for _ in range(20):
            app.processEvents()

    def shoot(widget: QWidget, name: str) -> None:
        wait(0.3)
        path = out / name
        widget.grab().save(str(path))
        print(f"{path}: {widget.width()}x{widget.height()}")

    def new_window() -> MainWindow:
        window = MainWindow(recovery=RecoveryArea(home / "recovery"))
        window.show()
        window.build_panels()
        wait(0.5)
        return window

    def open_in(window: MainWindow, path: Path) -> None:
        window.files.open_path(str(path), ask=False, progress_dialog=False)
        wait(15, lambda: window.document is not None and window.files.wait_loaded())
        wait(15, window.problems.is_current)

    theme.apply(app, settings.Theme.LIGHT)

    # the welcome page of a first start
    window = new_window()
    shoot(window, "editor-welcome.png")

    # the wizard: the starters, then the scope of a hub and spoke playbook (regions and audiences)
    wizard = window.workflows.new_wizard()
    assert wizard is not None
    wait(0.3)
    shoot(wizard, "wizard-starters.png")
    wizard.next()
    wizard.next()
    for region in ("Americas", "EMEA", "APAC"):
        wizard.regions.add_region(region)
    wizard.regions.audiences.add_audience("Certified spokespeople", Audience.EMPLOYEES)
    shoot(wizard, "wizard-regions.png")
    wizard.reject()

    # a new playbook from the FINRA starter: the problems (a long message selected) and the To Do list
    window.files.new_from_starter("finra-broker-dealer")
    wait(15, window.problems.is_current)
    window.show_section("content")
    panel = window.problems
    window.problems_dock.raise_()
    codes = [str(panel.proxy.index(r, 3).data()) for r in range(panel.proxy.rowCount())]
    panel.view.setCurrentIndex(panel.proxy.index(codes.index("COMP-POSTREVIEW-CONTROLS"), 0))
    window.resizeDocks([window.problems_dock], [260], Qt.Orientation.Vertical)
    shoot(window, "editor-problems.png")
    window.todo_dock.raise_()
    todo = window.todo
    todo.tree.setCurrentItem(todo.tree.topLevelItem(0))
    shoot(window, "editor-todo.png")
    window.document.undo_stack.setClean()
    window.close()

    # the example hub: channels, with the preview; the same in the dark theme
    window = new_window()
    open_in(window, hub)
    window.show_section("channels")
    shoot(window, "editor-channels.png")
    theme.apply(app, settings.Theme.DARK)
    window.show_section("crisis")
    shoot(window, "editor-dark.png")
    theme.apply(app, settings.Theme.LIGHT)

    # a sign-off, then an edit: "Changed since approval", and how readiness moved since
    dialog = window.workflows.sign_off()
    assert dialog is not None
    dialog.approver.setText("Grace Lindqvist")
    dialog.role.setText("Chief Compliance Officer")
    dialog.buttons.accepted.emit()
    wait(15, window.problems.is_current)
    document = window.document
    assert document is not None
    document.set_field("document.title", "Meridian Securities Social Media Policy (draft)")
    document.set_field("people.champions", [])
    window.show_section("document")
    wait(15, window.problems.is_current)
    shoot(window, "workflow-signoff.png")
    document.undo_stack.setClean()
    window.close()

    # a spoke: the banner offers tailoring; Compare with its hub
    window = new_window()
    open_in(window, work / "meridian-securities-spoke-emea.playbook.yaml")
    shoot(window, "editor-spoke.png")
    compare = window.workflows.compare(str(hub))
    assert compare is not None
    shoot(compare, "workflow-compare.png")
    compare.reject()
    window.close()
    shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs").resolve()))
