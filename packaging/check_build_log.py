"""Fail a build whose PyInstaller log shows a bundle that will break on another machine.

    python packaging/check_build_log.py BUILD_LOG BUNDLE_DIR

* ``Library not found: could not resolve 'libX', dependency of 'PATH'`` means the build host
  lacks a library that a bundled binary needs; PyInstaller only warns, and the target then fails
  with a misleading message (tech-notes.md section 1: a missing libxcb-icccm showed up as
  "xcb-cursor0 is needed"). It is ignored only when the binary that needs it was trimmed out of
  the bundle (the gtk3 platform theme, for one).
* ``Hidden import 'playbooks.x' not found`` means one of Charter's own modules failed to import at
  build time, so the binary would lack it.

Exit status 0 when the log is clean, 1 otherwise; every problem is one line.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

LIBRARY_NOT_FOUND = re.compile(r"Library not found: could not resolve '([^']+)', dependency of '([^']+)'")
HIDDEN_IMPORT_NOT_FOUND = re.compile(r"Hidden import ['\"]([\w.]+)['\"] not found")
OWN_PACKAGES = ("playbooks", "ui", "main")


def bundle_path_of(source: str) -> str:
    """Where a binary from ``source`` lands in the bundle (site-packages paths keep their tail)."""
    marker = "/site-packages/"
    if marker in source:
        return source.split(marker, 1)[1]
    return Path(source).name


def problems(log: str, bundle: Path) -> list[str]:
    """One line per problem in the PyInstaller ``log`` of the bundle at ``bundle``."""
    found: list[str] = []
    internal = bundle / "_internal"
    present = {path.name for path in internal.rglob("*")} if internal.is_dir() else set()
    for library, needed_by in sorted(set(LIBRARY_NOT_FOUND.findall(log))):
        dest = bundle_path_of(needed_by)
        # Matched by file name: conservative (a name clash can only cause a false alarm).
        if Path(needed_by).name in present:
            found.append(
                f"library not found on the build host: {library} (needed by bundled {dest}); "
                "install the package that provides it and rebuild"
            )
    for module in sorted(set(HIDDEN_IMPORT_NOT_FOUND.findall(log))):
        if module.split(".")[0] in OWN_PACKAGES:
            found.append(f"Charter module {module} could not be imported at build time; it is missing from the bundle")
    return found


def main(argv: list[str]) -> int:
    """Check the log named by ``argv[0]`` against the bundle folder ``argv[1]``."""
    if len(argv) != 2:
        sys.stderr.write("usage: check_build_log.py BUILD_LOG BUNDLE_DIR\n")
        return 2
    log_path, bundle = Path(argv[0]), Path(argv[1])
    if not log_path.is_file():
        sys.stderr.write(f"check_build_log: no build log at {log_path}\n")
        return 2
    if not (bundle / "_internal").is_dir():
        sys.stderr.write(f"check_build_log: no bundle at {bundle}\n")
        return 2
    log = log_path.read_text(encoding="utf-8", errors="replace")
    found = problems(log, bundle)
    for line in found:
        sys.stderr.write(f"check_build_log: {line}\n")
    if found:
        return 1
    trimmed = sorted({Path(needed_by).name for _library, needed_by in LIBRARY_NOT_FOUND.findall(log)})
    print(
        f"check_build_log: clean ('Library not found' only for binaries trimmed from the bundle: {', '.join(trimmed) or 'none'})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
