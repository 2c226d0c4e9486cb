"""The site configuration in the editor (:mod:`playbooks.io.config`): its defaults and its notice.

The editor reads the same files as the command line. A problem in them never stops the editor:
each is one line in the log and in a notice in the status bar (the lines in its tooltip and, on a
click, in a message), and Charter goes on with the defaults for those keys.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from playbooks.io import config
from playbooks.starters import site_starter
from ui.i18n import translate


def current() -> config.SiteConfig:
    """The configuration of this process (read once)."""
    return config.current()


def default_starter() -> str:
    """The starter the editor's New offers first: the site's ``starter`` when Charter has it."""
    return site_starter(current())[0]


def problems() -> list[str]:
    """Every problem with the site configuration, one line each (the files, then an unknown starter)."""
    site = current()
    starter_problem = site_starter(site)[1]
    return [*site.problems, *([starter_problem] if starter_problem else [])]


def locked_tip(key: str) -> str:
    """The tooltip of a control whose value the site locks."""
    return translate("Site", "Set by your organisation: {locked_message}.").format(
        locked_message=current().locked_message(key)
    )


def show_notice(window: QMainWindow) -> QLabel | None:
    """Put the configuration's problems in ``window``'s status bar and the log (None when there are none).

    The status bar says how many there are; the lines themselves are in its tooltip, and a click
    on it shows them (the status bar has no room for a path and a reason).
    """
    from ui import dialogs, errors

    found = problems()
    if not found:
        return None
    for line in found:
        errors.log.warning("site configuration: %s", line)
    details = (
        "\n".join(found)
        + "\n\n"
        + translate("Site", "Charter uses the defaults instead ('charter config' shows them).")
    )
    label = QLabel(window)
    label.setObjectName("siteConfigNotice")
    label.setTextFormat(Qt.TextFormat.RichText)
    words = translate("Site", "Site configuration: %n problem(s)", None, len(found))
    label.setText(f'<a href="#problems">⚠ {html.escape(words)}</a>')
    label.setToolTip(details)
    label.setAccessibleName(words)
    title = translate("Site", "Site configuration")
    label.linkActivated.connect(lambda _link: dialogs.current().inform(window, title, details))
    window.statusBar().addPermanentWidget(label)
    return label


def lock(widget: QWidget, key: str) -> None:
    """Disable ``widget`` when the site locks ``key``, saying so in its tooltip."""
    if current().is_locked(key):
        widget.setEnabled(False)
        widget.setToolTip(locked_tip(key))
