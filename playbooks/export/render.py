"""The jinja2 environments of the built-in templates, and the filters every template gets.

Escaping is per output format: HTML autoescapes (rich text arrives as already-safe markup
from markdown-it with raw HTML disabled); Markdown does not autoescape, and every value goes
through ``mdesc`` (plain text) or ``mdpass`` (a field's Markdown, headings demoted, raw HTML
neutralised).
"""

from __future__ import annotations

import sys
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from playbooks.export.outline import column_groups, hyphenate
from playbooks.export.richtext import FIELD_HEADING_LEVEL, escape_markdown, markdown_passthrough, markdown_to_html
from playbooks.format import language


def templates_root() -> Path:
    """The folder of the built-in templates (beside the package, or inside a frozen bundle)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "templates"
    return Path(__file__).resolve().parents[2] / "templates"


def _markdown_filter(value: Any, heading_level: int = FIELD_HEADING_LEVEL) -> Markup:
    # markdown-it escapes all text itself and html=False keeps raw HTML out: the result is safe
    return Markup(markdown_to_html(str(value), heading_level))


def _md_escape_filter(value: Any) -> str:
    return escape_markdown(str(value))


def _md_passthrough_filter(value: Any, heading_level: int = FIELD_HEADING_LEVEL) -> str:
    return markdown_passthrough(str(value), heading_level)


def _md_cell_filter(value: Any) -> str:
    """A table cell for a Markdown document: plain text escaped; a field's Markdown
    (:class:`~playbooks.export.outline.RichCell`) of one paragraph reflowed onto the cell's line,
    any other pointing to the note after the table that holds it with its structure."""
    md = getattr(value, "md", None)
    if md is None:
        return escape_markdown(str(value))
    note = getattr(value, "note", None)
    if note:
        return language.gettext("See note %(number)s below the table") % {"number": note}
    return " ".join(markdown_passthrough(md).split("\n"))


def _direction_filter(value: Any, qt: bool = False) -> str:
    """The ``dir`` of a text in a right-to-left document: ``auto`` for a browser, which finds it
    itself; for Qt, whose rich text reads ``auto`` as the surrounding direction, the direction
    of its first strong letter, as ``auto`` would give (an English paragraph of an Arabic
    document reads left to right, its full stop at its end)."""
    if not qt:
        return "auto"
    return first_strong_direction(str(getattr(value, "md", value)))


def first_strong_direction(text: str) -> str:
    """``ltr`` or ``rtl`` by the first letter of ``text`` with a direction of its own (the
    Unicode bidirectional algorithm's rule for a paragraph, which HTML's ``dir="auto"``
    follows); ``auto`` for a text without one (digits and punctuation only)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return "ltr"
        if kind in ("R", "AL"):
            return "rtl"
    return "auto"


FILTERS: dict[str, Any] = {
    "markdown": _markdown_filter,
    "mdesc": _md_escape_filter,
    "mdpass": _md_passthrough_filter,
    "mdcell": _md_cell_filter,
    # long words in a paginated table cell break with a hyphen (outline.hyphenate)
    "hyphenate": lambda value: hyphenate(str(value)),
    "textdir": _direction_filter,
    # a table wider than the page: several, each repeating the deciding column (outline.column_groups)
    "column_groups": column_groups,
}


def install_filters(env: jinja2.Environment) -> None:
    """Give an environment the filters the documents use, and the translation function
    (``_``, ``gettext``, ``ngettext``, ``{% trans %}``) of :mod:`playbooks.format.language`, in the
    document's language (the sandbox gets them too)."""
    env.filters.update(FILTERS)
    if "jinja2.ext.InternationalizationExtension" not in env.extensions:
        env.add_extension("jinja2.ext.i18n")
    env.install_gettext_callables(language.gettext, language.ngettext, newstyle=True)  # type: ignore[attr-defined]


@cache
def builtin_environment(fmt: str) -> jinja2.Environment:
    """The environment of the built-in ``html`` or ``md`` templates."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_root() / fmt)),
        autoescape=fmt == "html",
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=False,
        lstrip_blocks=False,
    )
    install_filters(env)
    return env


def render_builtin(fmt: str, doc: str, context: dict[str, Any]) -> str:
    """Render the built-in template ``<doc>.<fmt>.j2``."""
    template = builtin_environment(fmt).get_template(f"{doc}.{fmt}.j2")
    text = template.render(context)
    if fmt == "md":
        text = tidy_markdown(text)
    return text


def tidy_markdown(text: str) -> str:
    """Collapse the blank-line runs template logic leaves behind; end with one newline."""
    lines = [line.rstrip() for line in text.splitlines()]
    out: list[str] = []
    for line in lines:
        if not line and out and not out[-1]:
            continue
        out.append(line)
    return "\n".join(out).strip() + "\n"
