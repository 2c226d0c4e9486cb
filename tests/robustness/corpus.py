"""The bad-input corpus: hundreds of hostile or broken playbook files, generated on demand.

Nothing here is committed as data except the hand-made cases in ``cases/``; the generator
derives every other file from one *full* playbook, built from the model itself so that every
field of every section is present (a new field in the model is covered without a change
here). Each :class:`Case` says what ``charter validate`` must answer: the exit code and the
place its one line must name (a field path, or a range of lines).

Categories: YAML syntax breakers at many places of a real file, alias bombs and deep nesting,
tags (including ``!!python/object/apply``), encodings, binary junk, file shapes, wrong types in
every field of every section, broken references, duplicate ids, unknown fields, schema
versions and broken version-0 files, huge and special files (60 MB, sparse 10 GB, fifo,
folder, symlinks).
"""

from __future__ import annotations

import copy
import datetime as dt
import enum
import gzip
import io
import os
import random
import re
import types
import typing
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import annotated_types
from pydantic import BaseModel
from pydantic.fields import FieldInfo

from playbooks.format.dates import parse_partial_date
from playbooks.format.fields import HISTORY, REF
from playbooks.format.model import Playbook
from playbooks.format.references import REFERENCE_KINDS
from playbooks.io.storage import MAX_FILE_BYTES, format_path
from playbooks.io.yamlio import dump_yaml

SUFFIX = ".playbook.yaml"
UNREADABLE = 2
FINDINGS = 1
CASES_DIR = Path(__file__).resolve().parent / "cases"

#: The id every item of a referenced list gets, so that references resolve.
REF_IDS = {
    "people": "p-ann",
    "objectives": "o-retain",
    "channels": "c-li",
    "training": "t-basics",
    "audiences": "a-students",
    "content_classes": "k-claims",
    "roles": "r-office",
    "parties": "p-ann",
    "gates": "g-logo",
}
_ID_OF_LIST = {(section, attribute): REF_IDS[kind] for kind, (section, attribute, _) in REFERENCE_KINDS.items()}
_PATTERN_SAMPLES = {
    r"^[a-z0-9][a-z0-9._-]*$": "item-1",
    r"^\d+\.\d+\.\d+$": "1.2.3",
    r"^[0-9a-f]{64}$": "0" * 64,
    r"^[A-Z0-9][A-Z0-9-]*$": "FINRA-STATIC",
    r"^[A-Z][A-Z0-9-]*$": "OBJ-BALANCE",
    r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$": "de-DE",
}


@dataclass(frozen=True)
class Case:
    """One bad file and what ``charter validate`` must say about it.

    ``expect`` holds the allowed exit codes. ``path`` is a field path the output must name;
    ``lines`` a range the reported line must fall in; neither means the file as a whole is
    the place (empty, binary, too big). ``single`` asks for exactly one line of output.
    ``make`` writes files that are not plain bytes (huge, sparse, fifo, links, a spoke with
    its hub). ``code`` is a finding code an error line must carry (for spokes, whose hub's own
    findings come along).
    """

    name: str
    category: str
    expect: frozenset[int]
    content: bytes | None = None
    make: Callable[[Path], None] | None = None
    path: str | None = None
    lines: tuple[int, int] | None = None
    single: bool = True
    code: str | None = None  # a finding code one of the error lines must carry
    known_gap: str | None = None  # a reported, not yet fixed shortfall (the test is a strict xfail)

    @property
    def file_name(self) -> str:
        return self.name + SUFFIX

    def write(self, folder: Path) -> Path:
        """Create the case's file in ``folder``; return its path."""
        target = folder / self.file_name
        if self.make is not None:
            self.make(target)
        else:
            assert self.content is not None
            target.write_bytes(self.content)
        return target


def _case(name: str, category: str, expect: int | set[int], content: bytes | str | None = None, **kw: Any) -> Case:
    codes = frozenset({expect} if isinstance(expect, int) else expect)
    data = content.encode("utf-8") if isinstance(content, str) else content
    return Case(name, category, codes, data, **kw)


# ---------------------------------------------------------------- the full playbook


def _strip(annotation: Any) -> tuple[Any, list[Any]]:
    """Remove Optional and Annotated: (the type, its metadata)."""
    metadata: list[Any] = []
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            args = typing.get_args(annotation)
            annotation, metadata = args[0], [*metadata, *args[1:]]
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            annotation = args[0]
        else:
            return annotation, metadata


def _pattern(metadata: list[Any]) -> str | None:
    return next((m.pattern for m in metadata if getattr(m, "pattern", None)), None)


def _bound(metadata: list[Any], kind: type) -> Any:
    return next((m for m in metadata if isinstance(m, kind)), None)


def is_partial_date(metadata: Any) -> bool:
    """Whether a text field holds a date, a month or a year (not free text)."""
    return any(getattr(m, "func", None) is parse_partial_date for m in metadata)


def _sample_value(info: FieldInfo | None, annotation: Any, metadata: list[Any], path: tuple[str | int, ...]) -> Any:
    extra = info.json_schema_extra if info is not None else None
    if isinstance(extra, dict) and REF in extra:
        ident = REF_IDS[str(extra[REF])]
        return [ident] if typing.get_origin(_strip(annotation)[0]) is list else ident
    annotation, more = _strip(annotation)
    metadata = [*metadata, *more]
    origin = typing.get_origin(annotation)
    if origin is list:
        return [_sample_value(None, typing.get_args(annotation)[0], [], (*path, 0))]
    if origin is typing.Literal:
        return typing.get_args(annotation)[0]
    if not isinstance(annotation, type):
        raise TypeError(f"no sample for {annotation!r} at {path}")
    if issubclass(annotation, BaseModel):
        return full_item(annotation, path)
    if issubclass(annotation, enum.Enum):
        return list(annotation)[-1].value
    if annotation is bool:
        return True
    if annotation in (int, float):
        low = _bound(metadata, annotated_types.Ge)
        above = _bound(metadata, annotated_types.Gt)
        value = low.ge if low is not None else (above.gt + 1 if above is not None else 3)
        return annotation(value)
    if annotation is dt.date:
        return "2025-06-30"
    if annotation is str:
        if is_partial_date(metadata):
            return "2025-06"
        if path[-1] == "id" and len(path) >= 3 and isinstance(path[-2], int):
            owner = tuple(p for p in path[:-2] if isinstance(p, str))
            return _ID_OF_LIST.get(owner, re.sub(r"[^a-z0-9]+", "-", str(path[-3]).lower()) + "-1")
        pattern = _pattern(metadata)
        if pattern is not None:
            return _PATTERN_SAMPLES[pattern]
        return f"Sample {path[-1] if isinstance(path[-1], str) else path[-2]}"
    raise TypeError(f"no sample for {annotation!r} at {path}")


def full_item(cls: type[BaseModel], path: tuple[str | int, ...] = ()) -> dict[str, Any]:
    """A valid instance of ``cls`` as plain data, with every field set (lists hold one item)."""
    return {
        name: _sample_value(info, info.annotation, list(info.metadata), (*path, name))
        for name, info in cls.model_fields.items()
    }


def full_playbook() -> dict[str, Any]:
    """A valid playbook with every field of every section filled in."""
    data = full_item(Playbook)
    # a tree's steps follow one another: the first has no parent, the second answers the first
    first = data["crisis"]["decision_trees"][0]["nodes"][0]
    data["crisis"]["decision_trees"][0]["nodes"] = [
        {**first, "parent": None},
        {**first, "id": "nodes-2", "parent": first["id"]},
    ]
    Playbook.model_validate(data)  # the corpus is meaningless if its base is not valid
    return data


def full_text() -> str:
    return dump_yaml(full_playbook())


# ---------------------------------------------------------------- walking the fields


@dataclass(frozen=True)
class Slot:
    """One field of the full playbook: where it is, its type and its constraints."""

    path: tuple[str | int, ...]
    info: FieldInfo
    kind: Any  # the stripped annotation
    metadata: tuple[Any, ...]
    is_ref: bool

    @property
    def dotted(self) -> str:
        return format_path(self.path)


def slots(
    cls: type[BaseModel] = Playbook, data: dict[str, Any] | None = None, path: tuple[str | int, ...] = ()
) -> Iterator[Slot]:
    """Every field present in ``data`` (default: the full playbook), depth first."""
    data = full_playbook() if data is None else data
    for name, info in cls.model_fields.items():
        if name not in data:
            continue
        kind, metadata = _strip(info.annotation)
        metadata = [*info.metadata, *metadata]
        extra = info.json_schema_extra
        is_ref = isinstance(extra, dict) and REF in extra
        here = (*path, name)
        yield Slot(here, info, kind, tuple(metadata), is_ref)
        value = data[name]
        if isinstance(kind, type) and issubclass(kind, BaseModel) and isinstance(value, dict):
            yield from slots(kind, value, here)
        elif typing.get_origin(kind) is list:
            inner, _ = _strip(typing.get_args(kind)[0])
            if isinstance(inner, type) and issubclass(inner, BaseModel):
                for i, item in enumerate(value):
                    yield from slots(inner, item, (*here, i))


def _set(data: dict[str, Any], path: tuple[str | int, ...], value: Any) -> dict[str, Any]:
    out = copy.deepcopy(data)
    node: Any = out
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value
    return out


def _get(data: Any, path: tuple[str | int, ...]) -> Any:
    for part in path:
        data = data[part]
    return data


def _slug(path: tuple[str | int, ...]) -> str:
    return re.sub(r"[^a-z0-9]+", "-", format_path(path).lower()).strip("-")


# ---------------------------------------------------------------- wrong types in every field


def _wrong_values(slot: Slot) -> list[tuple[str, Any]]:
    kind, metadata = slot.kind, list(slot.metadata)
    origin = typing.get_origin(kind)
    if origin is typing.Literal:
        return []  # schema_version: see the version cases
    if origin is list:
        out: list[tuple[str, Any]] = [("string-for-list", "one, two, three"), ("mapping-for-list", {"a": "b"})]
        inner, _ = _strip(typing.get_args(kind)[0])
        if isinstance(inner, type) and issubclass(inner, enum.Enum):
            out.append(("bad-enum-item", ["bogus_value"]))
        return out
    if isinstance(kind, type) and issubclass(kind, BaseModel):
        return [("string-for-section", "see the other document"), ("list-for-section", ["a", "b"])]
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return [("bad-enum", "bogus_value"), ("enum-as-yes", "yes")]
    if kind is bool:
        return [("bool-as-maybe", "maybe"), ("bool-as-list", ["no"])]
    if kind in (int, float):
        out = [("number-as-text", "many"), ("number-as-list", [1, 2])]
        low = _bound(metadata, annotated_types.Ge)
        above = _bound(metadata, annotated_types.Gt)
        high = _bound(metadata, annotated_types.Le)
        if low is not None or above is not None:
            floor = low.ge if low is not None else above.gt
            out.append(("below-minimum", min(floor - 1, -1)))
        if high is not None:
            out.append(("above-maximum", high.le + 1))
        if kind is int:
            out.append(("fraction-for-whole", "2.5"))
        return out
    if kind is dt.date:
        return [("impossible-date", "2024-02-30"), ("date-as-words", "next tuesday"), ("us-date", "06/30/2025")]
    if kind is str:
        out = [("list-for-text", ["a", "list"]), ("mapping-for-text", {"nested": "map"})]
        if slot.path[-1] == "id" or _pattern(metadata) is not None:
            out.append(("id-with-spaces" if slot.path[-1] == "id" or slot.is_ref else "bad-pattern", "Has Spaces"))
        limit = next((m.max_length for m in metadata if getattr(m, "max_length", None)), None)
        if limit is not None and limit <= 1000:
            out.append(("too-long", "x" * (limit + 1)))
        return out
    return []


def wrong_type_cases(base: dict[str, Any], per_field: int | None = None) -> list[Case]:
    """Every field of every section given a value of the wrong kind: exit 1 naming the field.

    ``per_field`` keeps that many wrong values of each field, taking them in turn so that the
    quick corpus of the test suite still tries every kind of wrong value somewhere.
    """
    out = []
    for number, slot in enumerate(slots(Playbook, base)):
        if slot.path == ("schema_version",):
            continue  # see version_cases
        values = _wrong_values(slot)
        if per_field is not None and values:
            values = [values[(number + i) % len(values)] for i in range(min(per_field, len(values)))]
        for label, value in values:
            text = dump_yaml(_set(base, slot.path, value))
            where = slot.dotted + ("[0]" if label == "bad-enum-item" else "")
            out.append(_case(f"type-{_slug(slot.path)}-{label}", "wrong type", FINDINGS, text, path=where))
    return out


# ---------------------------------------------------------------- references, duplicates, unknown fields


def reference_cases(base: dict[str, Any]) -> list[Case]:
    """Every reference pointing at an id that does not exist: exit 1 naming the reference (but
    those of records of the past, which may name someone who has left)."""
    out = []
    for slot in slots(Playbook, base):
        extra = slot.info.json_schema_extra
        if not slot.is_ref or (isinstance(extra, dict) and extra.get(HISTORY)):
            continue
        value = _get(base, slot.path)
        path = (*slot.path, 0) if isinstance(value, list) else slot.path
        text = dump_yaml(_set(base, path, "nobody-here"))
        out.append(_case(f"ref-{_slug(path)}", "broken reference", FINDINGS, text, path=format_path(path)))
    return out


def duplicate_id_cases(base: dict[str, Any]) -> list[Case]:
    """Every list of items with ids, with its first item repeated: exit 1 naming the duplicate."""
    out = []
    for slot in slots(Playbook, base):
        value = _get(base, slot.path)
        if typing.get_origin(slot.kind) is list and value and isinstance(value[0], dict) and "id" in value[0]:
            text = dump_yaml(_set(base, slot.path, [*value, copy.deepcopy(value[0])]))
            dotted = format_path((*slot.path, len(value), "id"))
            out.append(_case(f"dup-{_slug(slot.path)}", "duplicate id", FINDINGS, text, path=dotted))
    return out


def unknown_field_cases(base: dict[str, Any]) -> list[Case]:
    """An unknown key in every mapping of the file: exit 1 naming it."""
    out = [_case("unknown-top-level", "unknown field", FINDINGS, dump_yaml({**base, "colour": "red"}), path="colour")]
    for slot in slots(Playbook, base):
        value = _get(base, slot.path)
        if isinstance(value, dict):
            text = dump_yaml(_set(base, (*slot.path, "colour"), "red"))
            out.append(
                _case(f"unknown-{_slug(slot.path)}", "unknown field", FINDINGS, text, path=f"{slot.dotted}.colour")
            )
    return out


# ---------------------------------------------------------------- YAML syntax, tags, aliases


def _scalar_lines(lines: list[str]) -> list[int]:
    """Indexes of ``key: value`` lines whose previous line is one too, at the same indent."""
    found = []
    for i in range(1, len(lines)):
        here = re.match(r"^( *)[a-z_]+: [A-Za-z]", lines[i])
        before = re.match(r"^( *)(- )?[a-z_]+: [A-Za-z0-9]", lines[i - 1])
        if here and before and len(here.group(1)) == len(before.group(1)) + len(before.group(2) or ""):
            found.append(i)
    return found


_BOMB = """\
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
"""


def _key_value(line: str) -> tuple[str, str, str]:
    match = re.match(r"^( *)([a-z_]+): (.*)$", line)
    assert match is not None
    return match.group(1), match.group(2), match.group(3)


def syntax_cases(text: str, positions: int = 8) -> list[Case]:
    """YAML breakers applied at ``positions`` places spread over a real file: exit 2 naming the line."""
    lines = text.splitlines()
    candidates = _scalar_lines(lines)
    step = max(1, len(candidates) // positions)
    chosen = candidates[::step][:positions]
    end = len(lines) + 1
    out: list[Case] = []

    def add(name: str, new_lines: list[str], low: int, high: int, category: str = "invalid YAML") -> None:
        content = "\n".join(new_lines) + "\n"
        out.append(_case(name, category, UNREADABLE, content, lines=(low, high)))

    for i in chosen:
        indent, key, value = _key_value(lines[i])
        at = i + 1  # 1-based line of the broken line

        def variant(replacement: str, *, index: int = i) -> list[str]:
            return [*lines[:index], replacement, *lines[index + 1 :]]

        def inserted(extra: str, *, index: int = i) -> list[str]:
            return [*lines[:index], extra, *lines[index:]]

        add(f"syntax-unclosed-list-l{at}", variant(f"{indent}{key}: [{value}, more"), at, end)
        add(f"syntax-unclosed-map-l{at}", variant(f"{indent}{key}: {{a: {value}"), at, end)
        add(f"syntax-unterminated-double-quote-l{at}", variant(f'{indent}{key}: "{value}'), at, end)
        add(f"syntax-unterminated-single-quote-l{at}", variant(f"{indent}{key}: '{value}"), at, end)
        add(f"syntax-tab-indent-l{at}", variant(f"\t{indent}{key}: {value}"), at, at)
        add(f"syntax-over-indent-l{at}", variant(f"{indent}   {key}: {value}"), at, at)
        add(f"syntax-value-with-colon-l{at}", variant(f"{indent}{key}: {value}: more"), at, at)
        add(f"syntax-closing-bracket-l{at}", variant(f"{indent}{key}: ]"), at, at)
        add(f"syntax-reserved-indicator-l{at}", variant(f"{indent}{key}: @{value}"), at, at)
        add(f"syntax-backtick-l{at}", variant(f"{indent}{key}: `{value}"), at, at)
        add(f"syntax-stray-document-l{at}", inserted("---"), at, at)
        add(f"syntax-document-end-l{at}", inserted("..."), at, at + 1)
        add(f"syntax-directive-l{at}", inserted("%YAML 1.1"), at, at + 1)
        add(
            f"syntax-merge-conflict-l{at}",
            [*lines[:i], "<<<<<<< HEAD", lines[i], "=======", lines[i], ">>>>>>> theirs", *lines[i + 1 :]],
            at,
            at + 4,
        )
        add(f"syntax-duplicate-key-l{at}", inserted(lines[i], index=i + 1), at + 1, at + 1, "duplicate key")
        for char, label in [
            ("\x01", "soh"),
            ("\x07", "bell"),
            ("\x1b", "escape"),
            ("\x7f", "delete"),
            ("\x0c", "form-feed"),
            ("\ufffe", "nonchar-fffe"),
            ("\x9b", "c1-csi"),
        ]:
            add(f"control-{label}-l{at}", variant(f"{indent}{key}: {value}{char}tail"), at, at, "control character")
        for tag, label in [
            ("!foo", "custom"),
            ("!!python/object/apply:os.system", "python-apply"),
            ("!!python/name:os.system", "python-name"),
            ("!<tag:yaml.org,2002:python/object/new:os.system>", "verbatim-python"),
            ("!!binary", "binary"),
            ("!!timestamp", "timestamp"),
            ("!!set", "set"),
            ("!!omap", "omap"),
            ("!!merge", "merge"),
            ("!!js/function", "js"),
        ]:
            add(f"tag-{label}-l{at}", variant(f"{indent}{key}: {tag} {value}"), at, at, "tag")
        for tag, bad, label in [
            ("!!int", "abc", "int"),
            ("!!float", "abc", "float"),
            ("!!bool", "maybe", "bool"),
            ("!!int", "1" * 5000, "int-5000-digits"),
            ("!!map", "scalar", "map"),
            ("!!seq", "scalar", "seq"),
        ]:
            add(f"tag-bad-{label}-l{at}", variant(f"{indent}{key}: {tag} {bad}"), at, at, "tag")
        add(
            f"anchor-alias-l{at}",
            [*variant(f"{indent}{key}: &shared {value}"), "extra_copy: *shared"],
            at,
            end,
            "alias",
        )
        add(f"alias-undefined-l{at}", variant(f"{indent}{key}: *nowhere"), at, at, "alias")
    return out


def bomb_cases(text: str) -> list[Case]:
    """Alias bombs, deep nesting and very large structures: refused quickly, exit 2 (or 1)."""
    deep_block = "".join(f"{'  ' * level}k{level}:\n" for level in range(1000)) + "  " * 1000 + "leaf\n"
    deep_list_in_field = text.replace("purpose: Sample purpose", "purpose: " + "[" * 70 + "x" + "]" * 70, 1)
    shallow_list_in_field = text.replace("purpose: Sample purpose", "purpose: " + "[" * 30 + "x" + "]" * 30, 1)
    quadratic = "s: &s " + "x" * 100_000 + "\nl: [" + ", ".join(["*s"] * 10_000) + "]\n"
    platforms = (
        "schema_version: 1\ndocument: {id: a, title: T}\nscope:\n  platforms:\n"
        + "  - p\n" * 100_000
        + "  - [nested]\n"
    )
    return [
        _case("bomb-billion-laughs", "alias bomb", UNREADABLE, _BOMB, lines=(1, 9)),
        _case("bomb-billion-laughs-in-playbook", "alias bomb", UNREADABLE, text + _BOMB, lines=(1, 10_000)),
        _case("bomb-quadratic", "alias bomb", UNREADABLE, quadratic, lines=(1, 2)),
        _case("bomb-recursive-alias", "alias bomb", UNREADABLE, "a: &a [*a]\n", lines=(1, 1)),
        _case("bomb-alias-as-key", "alias bomb", UNREADABLE, "k: &k name\n*k : 1\n", lines=(1, 2)),
        _case("deep-flow-lists-1000", "deep nesting", UNREADABLE, "[" * 1000 + "]" * 1000 + "\n", lines=(1, 1)),
        _case("deep-flow-maps-1000", "deep nesting", UNREADABLE, "{a: " * 1000 + "b" + "}" * 1000 + "\n", lines=(1, 1)),
        _case("deep-block-maps-1000", "deep nesting", UNREADABLE, deep_block, lines=(1, 1002)),
        _case("deep-block-lists-1000", "deep nesting", UNREADABLE, "- " * 1000 + "x\n", lines=(1, 1)),
        _case("deep-unbalanced-100k", "deep nesting", UNREADABLE, "a: " + "[" * 100_000 + "\n", lines=(1, 2)),
        _case("deep-list-in-text-field-70", "deep nesting", UNREADABLE, deep_list_in_field, lines=(1, 10_000)),
        _case("nested-list-in-text-field-30", "wrong type", FINDINGS, shallow_list_in_field, path="scope.purpose"),
        _case("huge-list-100k-items", "large structure", FINDINGS, platforms, path="scope.platforms[100000]"),
        _case("long-key-2000", "invalid YAML", UNREADABLE, "k" * 2000 + ": v\n", lines=(1, 2)),
        _case(
            "long-text-5mb",
            "wrong type",
            FINDINGS,
            text.replace("handle: Sample handle", "handle: " + "y" * 5_000_000, 1),
            path="channels.accounts[0].handle",
        ),
    ]


# ---------------------------------------------------------------- encodings, junk, shapes


def encoding_cases(text: str) -> list[Case]:
    """UTF-16/32 with and without BOM, Latin-1, cp1252, broken UTF-8: exit 2."""
    lines = text.splitlines(keepends=True)
    accented = "".join(lines[:5]) + lines[5].rstrip("\n") + " Société Générale\n" + "".join(lines[6:])
    where_line = 6
    out = [
        _case("utf16-le-bom", "encoding", UNREADABLE, text.encode("utf-16")),
        _case("utf16-be-bom", "encoding", UNREADABLE, b"\xfe\xff" + text.encode("utf-16-be")),
        _case("utf16-le-no-bom", "encoding", UNREADABLE, text.encode("utf-16-le")),
        _case("utf16-be-no-bom", "encoding", UNREADABLE, text.encode("utf-16-be")),
        _case("utf32-le-bom", "encoding", UNREADABLE, text.encode("utf-32")),
        _case("utf32-be-bom", "encoding", UNREADABLE, b"\x00\x00\xfe\xff" + text.encode("utf-32-be")),
        _case("latin1", "encoding", UNREADABLE, accented.encode("latin-1"), lines=(where_line, where_line)),
        _case(
            "cp1252-smart-quotes",
            "encoding",
            UNREADABLE,
            accented.replace("Société", "“Société”").encode("cp1252"),
            lines=(where_line, where_line),
        ),
        _case("mac-roman", "encoding", UNREADABLE, accented.encode("mac_roman"), lines=(where_line, where_line)),
    ]
    head = text.encode("utf-8")
    for label, junk in [
        ("overlong-slash", b"\xc0\xaf"),
        ("lone-continuation", b"\x80"),
        ("surrogate-half", b"\xed\xa0\x80"),
        ("five-byte", b"\xf8\x88\x80\x80\x80"),
        ("byte-ff", b"\xff"),
        ("beyond-unicode", b"\xf4\x90\x80\x80"),
    ]:
        out.append(_case(f"utf8-{label}-middle", "encoding", UNREADABLE, head[:200] + junk + head[200:], lines=(1, 40)))
    out.append(
        _case("utf8-truncated-at-end", "encoding", UNREADABLE, head + "title: é".encode()[:-1], lines=(1, 10_000))
    )
    return out


def junk_cases(text: str) -> list[Case]:
    """Binary files of every kind saved as a playbook: exit 2."""
    rng = random.Random(1010)
    out = []
    for size in (1, 7, 64, 512, 4096, 65_536, 1_000_000):
        for n in range(2):
            blob = bytes(rng.randrange(256) for _ in range(size)) if size <= 65_536 else rng.randbytes(size)
            out.append(
                _case(
                    f"junk-random-{size}-{n}",
                    "binary junk",
                    {UNREADABLE, FINDINGS} if size < 8 else UNREADABLE,
                    blob,
                    single=True,
                )
            )
    zipped = io.BytesIO()
    with zipfile.ZipFile(zipped, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    out += [
        _case("junk-docx", "binary junk", UNREADABLE, zipped.getvalue()),
        _case("junk-gzip-of-playbook", "binary junk", UNREADABLE, gzip.compress(text.encode(), mtime=0)),
        _case("junk-png", "binary junk", UNREADABLE, b"\x89PNG\r\n\x1a\n" + rng.randbytes(2000)),
        _case("junk-elf", "binary junk", UNREADABLE, b"\x7fELF\x02\x01\x01" + bytes(9) + rng.randbytes(2000)),
        _case(
            "junk-pdf",
            "binary junk",
            UNREADABLE,
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + rng.randbytes(500),
        ),
        _case("junk-nul-in-text", "binary junk", UNREADABLE, text.encode()[:300] + b"\x00" + text.encode()[300:]),
        _case(
            "junk-html-error-page",
            "not a playbook",
            UNREADABLE,
            "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>\n<body><h1>502</h1></body></html>\n",
        ),
    ]
    for n in range(6):
        printable = "".join(rng.choice("abc:-[]{}#&*!|>'\"%@` \n\t,?") for _ in range(400))
        out.append(_case(f"junk-printable-{n}", "printable junk", {UNREADABLE, FINDINGS}, printable, single=False))
    return out


def shape_cases() -> list[Case]:
    """Files that are YAML but not a mapping, or nothing at all: exit 2 (an empty mapping: 1)."""
    return [
        _case("shape-empty", "shape", UNREADABLE, b""),
        _case("shape-whitespace", "shape", UNREADABLE, "   \n\n  \n"),
        _case("shape-comment-only", "shape", UNREADABLE, "# nothing but a comment\n"),
        _case("shape-document-marker", "shape", UNREADABLE, "---\n"),
        _case("shape-document-end", "shape", UNREADABLE, "---\n...\n"),
        _case("shape-null", "shape", UNREADABLE, "null\n"),
        _case("shape-tilde", "shape", UNREADABLE, "~\n"),
        _case("shape-scalar", "shape", UNREADABLE, "hello world\n"),
        _case("shape-number", "shape", UNREADABLE, "42\n"),
        _case("shape-list", "shape", UNREADABLE, "- schema_version: 1\n- document: {}\n"),
        _case("shape-empty-list", "shape", UNREADABLE, "[]\n"),
        _case("shape-json-array", "shape", UNREADABLE, '[{"schema_version": 1}]\n'),
        _case("shape-block-scalar", "shape", UNREADABLE, "|\n  just text\n"),
        _case("shape-empty-mapping", "shape", FINDINGS, "{}\n", path="document.id", single=False),
        _case("shape-bom-only", "shape", UNREADABLE, b"\xef\xbb\xbf"),
        _case("shape-two-documents", "shape", UNREADABLE, "a: 1\n---\nb: 2\n", lines=(2, 3)),
    ]


# ---------------------------------------------------------------- schema versions and version 0


def version_cases(base: dict[str, Any]) -> list[Case]:
    """Future, negative, fractional and nonsense versions; broken version-0 files."""
    rest = {k: v for k, v in base.items() if k != "schema_version"}
    out = []
    for label, version, code in [
        ("future-3", 3, UNREADABLE),
        ("future-999", 999, UNREADABLE),
        ("future-30-digits", 10**30, UNREADABLE),
        ("future-5000-digits", "9" * 5000, UNREADABLE),
        ("negative", -1, FINDINGS),
        ("fraction", 1.5, FINDINGS),
        ("decimal-string", "1.0", FINDINGS),
        ("word", "two", FINDINGS),
        ("null", None, FINDINGS),
        ("list", [1], FINDINGS),
        ("mapping", {"major": 1}, FINDINGS),
        ("bool-yes", "yes", FINDINGS),
        ("true", True, FINDINGS),
        ("superscript-two", "²", FINDINGS),
        ("fullwidth-one", "１", FINDINGS),
        ("hex", "0x1", FINDINGS),
    ]:
        out.append(
            _case(
                f"version-{label}",
                "schema version",
                code,
                dump_yaml({"schema_version": version, **rest}),
                path="schema_version",
            )
        )
    flat = {"schema_version": 0, "id": "old", "title": "Old playbook"}
    for label, extra, path in [
        ("document-number", {"document": 5}, "document"),
        ("document-text", {"document": "see attachment"}, "document"),
        ("document-list", {"document": [["id", "x"]]}, "document"),
        ("document-null-and-flat-bad-id", {"document": None, "id": "Bad Id"}, "document.id"),
        ("governance-list", {"governance": ["hub-and-spoke"]}, "governance"),
        ("governance-model-number", {"governance": {"model": 5}}, "governance.model"),
        ("channels-list", {"channels": ["x"]}, "channels"),
        ("accounts-text", {"channels": {"accounts": "none"}}, "channels.accounts"),
        ("account-number", {"channels": {"accounts": [5]}}, "channels.accounts[0]"),
        (
            "sla-text",
            {"channels": {"accounts": [{"id": "c", "platform": "X", "sla_hours": "soon"}]}},
            "channels.accounts[0].response_sla_hours",
        ),
        (
            "sla-and-new-name",
            {"channels": {"accounts": [{"id": "c", "platform": "X", "sla_hours": 4, "response_sla_hours": 2}]}},
            "channels.accounts[0].sla_hours",
        ),
        ("unknown-flat-key", {"colour": "red"}, "colour"),
    ]:
        # a broken document leaves the flat keys unmigrated: several lines, all about real problems
        single = not label.startswith("document-")
        out.append(_case(f"v0-{label}", "version 0", FINDINGS, dump_yaml({**flat, **extra}), path=path, single=single))
    return out


# ---------------------------------------------------------------- huge and special files


def _write_huge(target: Path, size: int = 60 * 1024 * 1024) -> None:
    chunk = ("  - " + "platform name " * 6 + "\n") * 10_000
    block = chunk.encode()
    with target.open("wb") as handle:
        handle.write(b"schema_version: 1\ndocument: {id: big, title: Big}\nscope:\n  platforms:\n")
        written = 0
        while written < size:
            handle.write(block)
            written += len(block)


def _write_sparse(target: Path) -> None:
    with target.open("wb") as handle:
        handle.truncate(10 * 1024**3)


def _write_just_over(target: Path) -> None:
    with target.open("wb") as handle:
        handle.write(b"schema_version: 1\n")
        handle.truncate(MAX_FILE_BYTES + 1)


def _symlink_to(destination: str) -> Callable[[Path], None]:
    def make(target: Path) -> None:
        os.symlink(destination, target)

    return make


def _loop(target: Path) -> None:
    os.symlink(target.name, target)


def special_cases() -> list[Case]:
    """Files too big to read, and things that are not files at all: exit 2, quickly."""
    return [
        _case("huge-60mb", "size cap", UNREADABLE, make=_write_huge),
        _case("huge-sparse-10gb", "size cap", UNREADABLE, make=_write_sparse),
        _case("huge-cap-plus-one-byte", "size cap", UNREADABLE, make=_write_just_over),
        _case("special-fifo", "special file", UNREADABLE, make=lambda p: os.mkfifo(p)),
        _case("special-folder", "special file", UNREADABLE, make=lambda p: p.mkdir()),
        _case("special-link-to-dev-zero", "special file", UNREADABLE, make=_symlink_to("/dev/zero")),
        _case("special-link-to-dev-urandom", "special file", UNREADABLE, make=_symlink_to("/dev/urandom")),
        _case("special-dangling-link", "special file", UNREADABLE, make=_symlink_to("does-not-exist.playbook.yaml")),
        _case("special-link-loop", "special file", UNREADABLE, make=_loop),
        _case("special-missing", "special file", UNREADABLE, make=lambda p: None),
    ]


# ---------------------------------------------------------------- hand-made cases


def hand_made_cases() -> list[Case]:
    """The files in ``cases/``; each starts with ``# expect: exit=N[,M] [path=P] [line=L[-H]]``."""
    out = []
    for file in sorted(CASES_DIR.glob(f"*{SUFFIX}")):
        raw = file.read_bytes()
        header = re.search(rb"^# expect: (.*)$", raw, re.MULTILINE)
        assert header is not None, f"{file.name} has no '# expect:' line"
        fields = dict(part.split("=", 1) for part in header.group(1).decode().split())
        low, _, high = fields.get("line", "").partition("-")
        out.append(
            _case(
                "hand-" + file.name.removesuffix(SUFFIX),
                "hand-made",
                {int(code) for code in fields["exit"].split(",")},
                raw,
                path=fields.get("path"),
                lines=(int(low), int(high or low)) if low else None,
            )
        )
    return out


# ---------------------------------------------------------------- spokes


#: Hub values chosen so that each lock direction can be loosened: (list, field, hub value, loose value).
_LOCK_LOOSENINGS: list[tuple[str, str, Any, Any]] = [
    ("channels.accounts", "archive_connected", True, False),
    ("channels.accounts", "monitored", True, False),
    ("channels.accounts", "mfa", True, False),
    ("channels.accounts", "response_sla_hours", 4, 48),
    ("channels.accounts", "freshness_days", 30, 365),
    ("channels.accounts", "training", ["t-basics"], []),
    ("channels.accounts", "locked", True, False),
    ("channels.accounts", "handle", "@acme", "@acme_emea"),  # no direction: may not change at all
    # post-review, so that the sampling rate matters (under pre-review it is moot)
    ("content.rules", "approval", "post_review", "none"),
    ("content.rules", "sampling_rate", 0.5, 0.1),
    ("content.rules", "approver_qualified", True, False),
    ("content.rules", "author_may_approve", False, True),
    ("content.rules", "sla_hours", 24, 72),
    ("content.rules", "training_documented", True, False),
    ("content.rules", "documentation", True, False),
    ("content.rules", "surveillance", True, False),
    ("content.rules", "risk_info_each_message", True, False),
    ("content.rules", "disclosures", [{"text": "#ad", "placement": "inline"}], [{"text": "#ad", "placement": "link"}]),
    ("content.rules", "prohibited", ["guarantees of returns"], []),
    ("content.rules", "audiences", ["employees", "agents"], ["employees"]),
    ("conduct.clauses", "audiences", ["employees", "contractors"], ["employees"]),
    ("conduct.clauses", "examples", ["Do not post client names"], []),
    ("conduct.clauses", "exceptions", ["press office"], ["press office", "anyone senior"]),
    ("conduct.clauses", "labour_review", "reviewed", "not_reviewed"),
    ("records.record_classes", "retention_years", 6, 3),
    ("records.record_classes", "accessible_years", 2, 1),
    ("records.record_classes", "storage_mode", "worm", "any"),
    ("crisis.levels", "triggers", [{"kind": "mainstream_media", "description": "National press"}], []),
    ("crisis.levels", "level", 2, 3),
    ("regulatory.presets", "parameters.retention_years", 6, 3),
    ("regulatory.presets", "parameters.accessible_years", 2, 1),
    ("regulatory.presets", "parameters.approval", "pre_review", "post_review"),
    ("regulatory.presets", "parameters.filing_days", 10, 30),
]


def _lock_hub() -> dict[str, Any]:
    hub = full_playbook()
    for target, dotted, value, _ in _LOCK_LOOSENINGS:
        item = _get(hub, tuple(target.split(".")))[0]
        *parents, name = dotted.split(".")
        for parent in parents:
            item = item[parent]
        item[name] = copy.deepcopy(value)
    for target in {t for t, *_ in _LOCK_LOOSENINGS}:
        _get(hub, tuple(target.split(".")))[0]["locked"] = True
    Playbook.model_validate(hub)
    return hub


def _key_of(target: str, item: dict[str, Any]) -> str:
    return str(item["preset"] if target == "regulatory.presets" else item["id"])


def _spoke_file(hub: str, changes: list[dict[str, Any]], region: str = "EMEA") -> str:
    return dump_yaml({"schema_version": 1, "spoke": {"region": region, "hub": hub}, "changes": changes})


def _with_hub(hub_text: str, spoke_text: str, hub_name: str = "hub.playbook.yaml") -> Callable[[Path], None]:
    def make(target: Path) -> None:
        (target.parent / hub_name).write_text(hub_text, encoding="utf-8")
        target.write_text(spoke_text, encoding="utf-8")

    return make


def _files(**files: str) -> Callable[[Path], None]:
    """Write sibling files (``SELF`` is the case's own file name)."""

    def make(target: Path) -> None:
        for name, text in files.items():
            own = target if name == "_self" else target.parent / name
            own.write_text(text.replace("SELF", target.name), encoding="utf-8")

    return make


def spoke_cases() -> list[Case]:
    """Spokes with missing, self-referencing and cyclic hubs, and spokes weakening locked rules
    every way: exit 1 with the SPOKE-* finding at the right place."""
    hub = _lock_hub()
    hub_text = dump_yaml(hub)
    out: list[Case] = []

    def weak(name: str, changes: list[dict[str, Any]], path: str) -> None:
        text = _spoke_file("hub.playbook.yaml", changes)
        gap = None
        out.append(
            Case(
                f"spoke-weakens-{name}",
                "spoke weakens a lock",
                frozenset({FINDINGS}),
                make=_with_hub(hub_text, text),
                path=path,
                single=False,
                code="SPOKE-LOCKED-WEAKENED",
                known_gap=gap,
            )
        )

    for target, dotted, _, loose in _LOCK_LOOSENINGS:
        item = _get(hub, tuple(target.split(".")))[0]
        key = _key_of(target, item)
        *parents, name = dotted.split(".")
        fields: dict[str, Any] = {name: loose}
        for parent in reversed(parents):
            fields = {parent: fields}
        change = {"action": "modify", "target": target, "id": key, "fields": fields, "rationale": "Local practice."}
        weak(f"{_slug(tuple(target.split('.')))}-{_slug((dotted,))}", [change], f"{target}[0].{dotted}")
    for target in sorted({t for t, *_ in _LOCK_LOOSENINGS}):
        item = _get(hub, tuple(target.split(".")))[0]
        key = _key_of(target, item)
        slug = _slug(tuple(target.split(".")))
        remove = {"action": "remove", "target": target, "id": key, "rationale": "Not used here."}
        weak(f"remove-{slug}", [remove], f"{target}[0]")
        weak(
            f"set-empty-list-{slug}",
            [{"action": "set", "path": target, "value": [], "rationale": "Simpler."}],
            f"{target}[0]",
        )
        weaker = copy.deepcopy(item)
        weaker["locked"] = False
        add = {"action": "add", "target": target, "item": weaker, "rationale": "Our own version."}
        weak(f"remove-then-add-unlocked-{slug}", [remove, add], f"{target}[0].locked")
    section_set = {
        "action": "set",
        "path": "records",
        "value": {"record_classes": []},
        "rationale": "Regional archive.",
    }
    weak("set-whole-section-records", [section_set], "records.record_classes[0]")

    def missing(name: str, make: Callable[[Path], None]) -> None:
        out.append(
            Case(
                f"spoke-hub-{name}",
                "spoke hub",
                frozenset({FINDINGS}),
                make=make,
                path="spoke.hub",
                code="SPOKE-HUB-MISSING",
            )
        )

    missing("missing", _files(_self=_spoke_file("nowhere.playbook.yaml", [])))
    missing("self", _files(_self=_spoke_file("SELF", [])))
    missing("self-via-dot-slash", _files(_self=_spoke_file("./SELF", [])))
    missing(
        "cycle-of-two",
        _files(**{"other.playbook.yaml": _spoke_file("SELF", [], "B")}, _self=_spoke_file("other.playbook.yaml", [])),
    )
    missing(
        "cycle-of-three",
        _files(
            **{
                "b.playbook.yaml": _spoke_file("c.playbook.yaml", [], "B"),
                "c.playbook.yaml": _spoke_file("SELF", [], "C"),
            },
            _self=_spoke_file("b.playbook.yaml", []),
        ),
    )
    missing("absolute-path", _files(_self=_spoke_file("/etc/passwd.playbook.yaml", [])))
    missing("web-address", _files(_self=_spoke_file("https://example.com/hub.playbook.yaml", [])))
    missing("home-folder", _files(_self=_spoke_file("~/hub.playbook.yaml", [])))
    missing("backslashes", _files(_self=_spoke_file("..\\hub.playbook.yaml", [])))
    missing("not-a-playbook", _files(_self=_spoke_file("../../../etc/passwd", [])))
    missing("control-character", _files(_self=_spoke_file("hub\x07.playbook.yaml", [])))
    missing("binary-hub", _files(**{"hub.playbook.yaml": "\x00\x01binary"}, _self=_spoke_file("hub.playbook.yaml", [])))
    missing(
        "broken-yaml-hub",
        _files(**{"hub.playbook.yaml": "document: [unclosed\n"}, _self=_spoke_file("hub.playbook.yaml", [])),
    )
    missing(
        "hub-is-a-folder",
        lambda p: ((p.parent / "hub.playbook.yaml").mkdir(), p.write_text(_spoke_file("hub.playbook.yaml", []))),
    )
    missing(
        "future-hub", _files(**{"hub.playbook.yaml": "schema_version: 9\n"}, _self=_spoke_file("hub.playbook.yaml", []))
    )
    missing(
        "hub-of-hub-missing",
        _files(
            **{"mid.playbook.yaml": _spoke_file("gone.playbook.yaml", [], "Mid")},
            _self=_spoke_file("mid.playbook.yaml", []),
        ),
    )
    deep = {f"s{i}.playbook.yaml": _spoke_file(f"s{i + 1}.playbook.yaml", [], f"R{i}") for i in range(1, 60)}
    missing("chain-of-60-without-hub", _files(**deep, _self=_spoke_file("s1.playbook.yaml", [])))
    bad_spoke = [
        ("no-region", {"schema_version": 1, "spoke": {"hub": "hub.playbook.yaml"}}, "spoke.region"),
        ("hub-not-text", {"schema_version": 1, "spoke": {"region": "X", "hub": ["a", "b"]}}, "spoke.hub"),
        (
            "bad-action",
            {
                "schema_version": 1,
                "spoke": {"region": "X", "hub": "hub.playbook.yaml"},
                "changes": [{"action": "delete", "target": "x", "rationale": "r"}],
            },
            "changes[0]",
        ),
        (
            "change-not-mapping",
            {
                "schema_version": 1,
                "spoke": {"region": "X", "hub": "hub.playbook.yaml"},
                "changes": ["remove everything"],
            },
            "changes[0]",
        ),
        (
            "unknown-header-key",
            {"schema_version": 1, "spoke": {"region": "X", "hub": "hub.playbook.yaml", "colour": "red"}},
            "spoke.colour",
        ),
        (
            "bad-target",
            {
                "schema_version": 1,
                "spoke": {"region": "X", "hub": "hub.playbook.yaml"},
                "changes": [{"action": "remove", "target": "No Such.List!", "id": "x", "rationale": "r"}],
            },
            "changes[0].target",
        ),
    ]
    for name, data, path in bad_spoke:
        out.append(
            Case(
                f"spoke-file-{name}",
                "spoke format",
                frozenset({FINDINGS, UNREADABLE}),
                make=_with_hub(hub_text, dump_yaml(data)),
                path=path,
                single=False,
            )
        )
    return out


# ---------------------------------------------------------------- everything


def cases(*, full: bool = True) -> list[Case]:
    """The corpus, in a stable order, names unique; ``full=False`` is the quick corpus of the tests.

    The quick corpus tries one wrong value per field and the YAML breakers at four places
    instead of eight; ``python -m tests.robustness_report`` runs the full one.
    """
    base = full_playbook()
    text = dump_yaml(base)
    everything = [
        *hand_made_cases(),
        *shape_cases(),
        *encoding_cases(text),
        *junk_cases(text),
        *special_cases(),
        *bomb_cases(text),
        *syntax_cases(text, 8 if full else 4),
        *version_cases(base),
        *wrong_type_cases(base, None if full else 1),
        *reference_cases(base),
        *duplicate_id_cases(base),
        *unknown_field_cases(base),
        *spoke_cases(),
    ]
    names = [c.name for c in everything]
    duplicates = {n for n in names if names.count(n) > 1}
    assert not duplicates, f"corpus names repeat: {sorted(duplicates)[:5]}"
    return everything
