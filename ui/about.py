"""Help > About: the build's provenance (version, commit, build date, Python, Qt) and where the log is.

The lines come from :func:`playbooks.io.buildinfo.about_lines`, the same that ``charter --version
--verbose`` prints; importing this module registers Qt's version there.
"""

from __future__ import annotations

import PySide6
from PySide6.QtCore import qVersion

from playbooks.io import buildinfo
from ui.i18n import translate


def qt_version() -> str:
    """``6.12.0 (PySide6 6.12.0)``: the Qt libraries in use and the bindings."""
    return f"{qVersion()} (PySide6 {PySide6.__version__})"


buildinfo.register_toolkit(qt_version)


def about_text(log_file: str) -> str:
    """The About box's text: the provenance lines, what Charter is, and where its log is."""
    first, *provenance = buildinfo.about_lines()
    return "\n".join(
        [
            first,
            translate("About", "Social media governance playbooks."),
            "",
            *provenance,
            "",
            translate("About", "No network access, no telemetry."),
            translate("About", "Logs: {log_file}").format(log_file=log_file),
        ]
    )
