"""The editor's language: which one, its translators, and the one translation function.

The interface follows the user's preference (Preferences > Language), else the system's locale,
else English, Charter's source language. Charter's own words are translated by Qt's tooling:
``ui/i18n/charter_<lang>.ts`` (made by ``pyside6-lupdate``, translated by hand) compiled by
``pyside6-lrelease`` into ``.qm`` beside them (generated, never committed: :func:`compile_catalogues`
makes them for ``scripts/dev.sh``, the tests and ``build.spec``). Qt's own words (the standard
buttons, the context menus of text fields) come from Qt's ``qtbase_<lang>.qm``.

Text that comes from the domain (field labels, check names and messages, enum labels) is
translated by :mod:`playbooks.format.language`; :func:`use_in_domain` puts the interface's language
in force there, so that both halves of a window speak the same language.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

#: The languages the editor speaks, with their own names, in the order the preference offers them.
#: Those of documents (``playbooks.format.language.LANGUAGES``) less Arabic, which the editor does
#: not speak yet (a right-to-left interface is a project of its own); spelt here, not imported:
#: that module loads Babel, and the language is chosen before the window's first paint.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "ja": "日本語",
}

#: The language Charter's messages are written in (the catalogues translate from it).
SOURCE_LANGUAGE = "en"

#: The gettext-like name of Charter's catalogues: ``charter_<lang>.ts`` / ``.qm``.
CATALOGUE = "charter"

_log = logging.getLogger("charter")
_installed: list[QTranslator] = []
_language = SOURCE_LANGUAGE
#: the domain's language context entered for the GUI thread (see :func:`use_in_domain`)
_domain: contextlib.ExitStack | None = None


def catalogue_folder() -> Path:
    """Where the ``.ts`` sources and the compiled ``.qm`` live (beside this module; bundled at the same path)."""
    return Path(__file__).resolve().parent / "i18n"


def translated_languages() -> list[str]:
    """The languages Charter's messages are translated into (all but English, whose catalogue
    holds only the plural forms)."""
    return [code for code in LANGUAGES if code != SOURCE_LANGUAGE]


def system_language() -> str:
    """The first of the system's interface languages the editor speaks (English when none is)."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-", 1)[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def chosen_language(preference: str) -> str:
    """The language to speak: ``preference`` (a code of :data:`LANGUAGES`; '' or unknown: the system's)."""
    return preference if preference in LANGUAGES else system_language()


def install(language: str, folder: Path | None = None) -> str:
    """Install the translators of ``language`` in the running application (replacing any before).

    English has a catalogue too: the plural forms of Charter's messages ("1 error", "2 errors").
    Returns the language now spoken: English when ``language`` has no compiled catalogue (a
    checkout where the ``.qm`` were never made), so that the window never mixes two languages.
    ``folder``: where the compiled catalogues are (default: :func:`catalogue_folder`).
    """
    global _language
    folder = folder or catalogue_folder()
    app = QCoreApplication.instance()
    assert app is not None, "install() needs a QApplication"
    for translator in _installed:
        app.removeTranslator(translator)
        translator.deleteLater()
    _installed.clear()
    _language = SOURCE_LANGUAGE
    if language not in LANGUAGES:
        language = SOURCE_LANGUAGE
    own = QTranslator(app)
    if not own.load(f"{CATALOGUE}_{language}", str(folder)):
        if language != SOURCE_LANGUAGE:
            _log.warning("no compiled catalogue for %s in %s: the editor speaks English", language, folder)
            return install(SOURCE_LANGUAGE, folder)
        _log.warning("no compiled catalogue in %s: plural forms read '(s)'", folder)
        return _language
    app.installTranslator(own)
    _installed.append(own)
    if language != SOURCE_LANGUAGE:
        # Qt's own words (standard buttons, a text field's context menu); a trimmed Qt may lack them
        qt = QTranslator(app)
        if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    _language = language
    if _domain is not None:  # the domain speaks already: it follows
        use_in_domain()
    return _language


def use_in_domain() -> None:
    """Make the interface's language the one the domain's messages are worded in, for the GUI
    thread (check names and messages, field labels, enum labels: :mod:`playbooks.format.language`).

    Workers run in a copy of the GUI thread's context (:mod:`ui.workers`), so the checks they
    run word their messages the same way. Called once the window has painted (importing the
    domain's module costs start-up time), and again by :func:`install` when the language changes.
    A document export sets its own language inside (the document's, not the interface's).
    """
    global _domain
    from playbooks.format import language as domain

    if _domain is not None:
        _domain.close()
    else:
        # left while the interpreter still stands: a context left to the garbage collector at
        # exit would be reset after the domain's module is gone, and print a traceback
        atexit.register(_leave_domain)
    _domain = contextlib.ExitStack()
    _domain.enter_context(domain.using(_language))


def domain_speaks() -> None:
    """:func:`use_in_domain`, unless the domain speaks the interface's language already: before
    the first page of a playbook is built (its section and field labels are the domain's words)."""
    if _domain is None:
        use_in_domain()


def _leave_domain() -> None:
    global _domain
    if _domain is not None:
        _domain.close()
        _domain = None


def current_language() -> str:
    """The language the interface speaks now (``en`` until :func:`install` installs another)."""
    return _language


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the interface's language (``QCoreApplication.translate``).

    For code outside a QObject subclass (there, ``self.tr``); ``pyside6-lupdate`` finds calls to a
    function of this name. ``n`` >= 0 picks the plural form of a ``%n`` message.
    """
    return QCoreApplication.translate(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` where it is defined (a constant, built before
    a translator is installed); :func:`translate` it where it is shown.

    Qt's own function of this name is typed as returning ``object``; ``pyside6-lupdate`` finds
    calls by the name, whichever module defines it.
    """
    return text


def compile_catalogues(target: Path | None = None) -> list[Path]:
    """Compile every ``charter_<lang>.ts`` into ``.qm`` in ``target`` (default: beside them).

    For the developer's run, the tests and the bundle; :class:`RuntimeError` with lrelease's
    output when it fails.
    """
    import subprocess

    folder = catalogue_folder()
    target = target or folder
    target.mkdir(parents=True, exist_ok=True)
    made = []
    for language in LANGUAGES:
        source = folder / f"{CATALOGUE}_{language}.ts"
        output = target / f"{CATALOGUE}_{language}.qm"
        result = subprocess.run(
            [str(lrelease()), "-silent", str(source), "-qm", str(output)],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0 or not output.is_file():
            raise RuntimeError(f"{source}: lrelease failed: {result.stderr.strip() or result.stdout.strip()}")
        made.append(output)
    return made


def _tool(name: str) -> Path:
    """A Qt tool of the PySide6 installation (``pyside6-<name>`` beside the interpreter)."""
    return Path(sys.executable).parent / f"pyside6-{name}"


def lrelease() -> Path:
    """``pyside6-lrelease`` of the interpreter's environment."""
    return _tool("lrelease")


def lupdate() -> Path:
    """``pyside6-lupdate`` of the interpreter's environment."""
    return _tool("lupdate")


if __name__ == "__main__":  # python -m ui.i18n: compile the catalogues beside their sources
    for path in compile_catalogues():
        print(path)
