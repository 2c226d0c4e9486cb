"""The wording of what the playbook format refuses, in words a compliance officer understands.

pydantic says why a value does not fit in its own words ("String should match pattern
'^\\d+\\.\\d+\\.\\d+$'"). :func:`plain` decides the sentence from the error's structure (its
``type`` and ``ctx``) and the field's own constraints, never from pydantic's English, so the
command line (``charter validate``, through :func:`playbooks.io.storage.issues_from_validation`)
and the editor (a :class:`~playbooks.format.paths.FieldRejected` at the field) say the same.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo
from pydantic_core import ErrorDetails

from playbooks.format.fields import is_model, limits, unwrap

#: What each text pattern of the playbook format asks for, by the pattern itself (a test checks
#: that every pattern of every model has its wording here).
PATTERNS: dict[str, str] = {
    r"^[a-z0-9][a-z0-9._-]*$": "Use lower-case letters, digits, '.', '-' or '_', starting with a letter or digit",
    r"^\d+\.\d+\.\d+$": "Use a version number like 1.2.0",
    r"^[A-Z][A-Z0-9-]*$": "Use capital letters, digits and '-', starting with a letter, e.g. OBJ-BALANCE",
    r"^[A-Z0-9][A-Z0-9-]*$": "Use capital letters, digits and '-', e.g. FINRA-STATIC",
    r"^[0-9a-f]{64}$": "Use a SHA-256 fingerprint: 64 characters, digits and a-f",
    r"^[0-9a-f]{12}$": "Use 12 characters, digits and a-f",
    r"^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)*$": (
        "Use a field's address: lower-case names joined by dots, like document.title (no [1]: a field of "
        "one item of a list is changed with action: modify, the list as target and the item's id)"
    ),
    r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$": "Use a language tag: en, de, fr, es, ja or ar, with a region if wanted "
    "(de-DE, es-MX, ar-AE)",
}

MISSING = "required field is missing"
#: The most digits Python reads as a whole number (``sys.get_int_max_str_digits``'s default).
_MAX_DIGITS = 4300

_WHOLE_NUMBER = frozenset({"int_parsing", "int_type", "int_from_float", "int_parsing_size"})
_NUMBER = frozenset({"float_parsing", "float_type", "decimal_parsing", "decimal_type"})
_YES_NO = frozenset({"bool_parsing", "bool_type"})
_DATE = frozenset(
    {"date_parsing", "date_type", "date_from_datetime_parsing", "date_from_datetime_inexact", "datetime_type"}
)
_FIELDS = frozenset({"model_type", "model_attributes_type", "dict_type", "mapping_type"})


def _shown(ch: str) -> str:
    # a space of another width (no-break, thin, ideographic) is harmless on a terminal and common in
    # French and Asian text; every other character Python will not print is written as an escape
    if ch.isprintable() or unicodedata.category(ch) == "Zs":
        return ch
    return ascii(ch)[1:-1]


def one_line(text: str) -> str:
    """``text`` safe to print as (part of) one line: control, bidi, zero-width and line-breaking
    characters written as escapes (``\\x1b``, ``\\u202e``, ``\\n``).

    Text from a file (a key, a rationale, a file name, a template's error) reaches messages; a
    newline there would forge a line of output, and an escape sequence or a right-to-left
    override would let a file rewrite what the terminal shows ("resolved, 0 errors"). Every
    message of the command line and every line it prints passes here
    (:func:`playbooks.cli.main.main` guards its output streams with it as well).
    """
    if text.isprintable():
        return text
    return "".join(map(_shown, text))


def printable_lines(text: str) -> str:
    """``text`` with its line breaks kept and every other unsafe character escaped as
    :func:`one_line` escapes it (for output made of several lines)."""
    if "\n" not in text:
        return one_line(text)
    return "\n".join(map(one_line, text.split("\n")))


def unknown_field(document: str = "playbook") -> str:
    """A key the format does not have (``document``: playbook or spoke)."""
    return f"unknown field (not part of the {document} format; check the spelling)"


def unknown_reference(value: Any, noun: str) -> str:
    """A reference that names no item: "'p-ann' is not a person in this playbook"."""
    article = "an" if noun[:1] in ("a", "e", "i", "o", "u") else "a"
    return f"'{value}' is not {article} {noun} in this playbook"


def duplicate_id(value: Any, used_by: str) -> str:
    """An id that another item of the same list already has."""
    return f"Duplicate id '{value}' (already used by {used_by}); ids must be unique"


#: A value that is not a date, a month or a year (``playbooks.format.dates``).
PARTIAL_DATE = "Must be a date (YYYY-MM-DD), a month (YYYY-MM, May 2024 or 5/2024) or a year (YYYY)"


def built_in_id(value: Any, noun: str) -> str:
    """An organisation's item that takes the id of one of Charter's own values."""
    return f"'{value}' is Charter's own {noun} already; give this one another id"


def _number(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}" if isinstance(value, int) and abs(value) >= 10_000 else str(value)


def _range(kind: str, bound: Any, info: FieldInfo | None) -> str:
    found = limits(info) if info is not None else {}
    low = found.get("ge", found.get("gt"))
    high = found.get("le", found.get("lt"))
    if "ge" in found and "le" in found:
        return f"Must be between {_number(low)} and {_number(high)}"
    return {
        "greater_than_equal": f"Must be {_number(bound)} or more",
        "greater_than": f"Must be more than {_number(bound)}",
        "less_than_equal": f"Must be {_number(bound)} or less",
        "less_than": f"Must be less than {_number(bound)}",
    }[kind]


def plain(error: ErrorDetails, info: FieldInfo | None = None, document: str = "playbook") -> str:
    """One of pydantic's errors as one plain sentence (``info``: the field's metadata, if known)."""
    kind = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "missing":
        return MISSING
    if kind == "extra_forbidden":
        return unknown_field(document)
    if kind == "broken_reference":
        return str(ctx.get("summary", error["msg"]))
    if kind == "string_too_short":
        least = ctx.get("min_length", 1)
        return "This field cannot be empty" if least == 1 else f"Use at least {least} characters"
    if kind == "string_too_long":
        return f"Use at most {_number(ctx.get('max_length'))} characters"
    if kind == "too_long":
        return f"Use at most {_number(ctx.get('max_length'))} items"
    if kind == "string_pattern_mismatch":
        pattern = str(ctx.get("pattern", ""))
        return PATTERNS.get(pattern, f"Does not have the expected form ({pattern})")
    if kind in ("greater_than_equal", "greater_than", "less_than_equal", "less_than"):
        bound = next(iter(ctx.values()), None)
        return _range(kind, bound, info)
    if kind == "int_parsing_size":
        return f"Must be a whole number of at most {_MAX_DIGITS:,} digits"
    if kind in _WHOLE_NUMBER:
        return "Must be a whole number"
    if kind in _NUMBER:
        return "Must be a number"
    if kind == "finite_number":
        return "Must be an ordinary number (not infinite, not 'nan')"
    if kind == "string_unicode":
        return "Must be text (UTF-8): it holds a character that is not one (a stray surrogate)"
    if kind in _YES_NO:
        return "Must be yes or no (true or false)"
    if kind in _DATE:
        return "Must be a date (YYYY-MM-DD)"
    if kind in ("enum", "literal_error"):
        return f"Must be one of {ctx.get('expected', '')}".rstrip()
    if kind in ("string_type", "string_sub_type"):
        return "Must be text"
    if kind in ("list_type", "tuple_type", "set_type"):
        return "Must be a list"
    if kind in _FIELDS:
        return "Must be a mapping of fields (name: value)"
    if kind in ("value_error", "assertion_error") and "error" in ctx:
        text = str(ctx["error"])
        return text[:1].upper() + text[1:]
    text = str(error["msg"])
    return text[:1].upper() + text[1:]


def field_at(cls: type[BaseModel], loc: tuple[str | int, ...]) -> FieldInfo | None:
    """The field that a pydantic error location names, starting at model ``cls`` (None when
    the location leaves the format, e.g. at an unknown key)."""
    info: FieldInfo | None = None
    current: Any = cls
    for part in loc:
        if isinstance(part, int):
            continue  # an item of the list the previous part named
        if not is_model(current) or part not in current.model_fields:
            return None
        info = current.model_fields[part]
        current = unwrap(info.annotation).inner
    return info
