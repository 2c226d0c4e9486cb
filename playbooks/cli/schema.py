"""``charter schema [-o FILE]``: the JSON Schema of playbook files, hub and spoke.

One schema for both kinds of file, as Charter tells them apart: a file with a top-level
``spoke:`` is a spoke (its hub and its changes), any other a hub playbook. Editors use it for
checking and completion (the YAML language server: a ``# yaml-language-server: $schema=FILE``
first line, which Charter keeps when it saves), CI for validation (check-jsonschema).

The schema says what Charter's loader accepts, which is not what a YAML 1.2 reader alone would
type: a plain scalar stays text until the field's own type reads it (``playbooks.io.yamlio``).
So a text field also takes what YAML 1.2 reads as a number or a flag (``title: 2024`` is the
title "2024"; a text field with a pattern, such as a version or an id, only the numbers and flags
whose text its pattern takes), a whole-number field also takes its digits in quotes (``"12"``), a number field
its digits, and a yes/no field the words pydantic reads as one (``yes``, ``no``, ``on``,
``off``, ``true``, ``false``, ``y``, ``n``, ``t``, ``f``, ``1``, ``0``, in any case). Limits
that a schema can only check on one type (the range of a quoted number, the pattern of an
unquoted one) are left to Charter's own validation (``charter validate``).
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import Any

from playbooks.cli.main import EXIT_OK, add_force, check_new, json_text, say, write_new
from playbooks.format.model import SCHEMA_VERSION, Playbook
from playbooks.tailoring.spoke import SpokeFile

DIALECT = "https://json-schema.org/draft/2020-12/schema"
#: The schema's identity: one per version of the file format (it need not be fetchable).
SCHEMA_ID = f"urn:charter:schema:playbook-file:{SCHEMA_VERSION}"

#: Text pydantic reads as a whole number: digits (with underscores), a sign, zeros after a point.
_WHOLE_NUMBER = r"^\s*[+-]?\d+(_\d+)*(\.0*)?\s*$"
#: Text pydantic reads as a number.
_NUMBER = r"^\s*[+-]?(\d+(_\d+)*(\.(\d+(_\d+)*)?)?|\.\d+(_\d+)*)([eE][+-]?\d+)?\s*$"
#: Text pydantic reads as yes or no (any case).
_FLAG = r"^([Tt]([Rr][Uu][Ee])?|[Ff]([Aa][Ll][Ss][Ee])?|[Yy]([Ee][Ss])?|[Nn][Oo]?|[Oo]([Nn]|[Ff][Ff])|[01])$"


def register(commands: Any) -> None:
    """Add the ``schema`` command."""
    parser = commands.add_parser(
        "schema",
        help="print the JSON Schema of playbook files (hub and spoke)",
        description="The JSON Schema of Charter's playbook files, hub and spoke, for editors and CI.",
    )
    parser.add_argument("-o", "--output", metavar="FILE", help="write it to FILE instead of printing it")
    add_force(parser, "FILE")
    parser.set_defaults(run=run)


def file_schema() -> dict[str, Any]:
    """The JSON Schema of a playbook file: a spoke when it has ``spoke:``, a hub otherwise."""
    hub = Playbook.model_json_schema()
    spoke = SpokeFile.model_json_schema()
    definitions: dict[str, Any] = {}
    for source in (hub, spoke):
        for name, definition in source.pop("$defs", {}).items():
            if definitions.setdefault(name, definition) != definition:  # pragma: no cover - a model rename
                raise AssertionError(f"two different definitions named {name}")
    # the loader refuses a spoke without its format version (a hub of version 0 is upgraded)
    spoke["required"] = ["schema_version", *spoke.get("required", [])]
    definitions["Playbook"] = hub
    definitions["SpokeFile"] = spoke
    schema = {
        "$schema": DIALECT,
        "$id": SCHEMA_ID,
        "title": "Charter playbook file",
        "description": "A social media governance playbook (*.playbook.yaml): a hub, or a spoke that "
        "names its hub and lists the region's changes.",
        "type": "object",
        "if": {"type": "object", "required": ["spoke"]},
        "then": {"$ref": "#/$defs/SpokeFile"},
        "else": {"$ref": "#/$defs/Playbook"},
        "$defs": definitions,
    }
    _as_charter_reads(schema)
    return schema


#: How YAML 1.2 (an editor's reading) spells the numbers and flags a patterned text field might
#: be given; the loader reads each as that text, and takes it when the pattern does.
_WHOLE_TEXTS = ("0", "7", "2024")
_NEGATIVE_TEXTS = ("-1", "-2024")
_FRACTION_TEXTS = ("0.5", "1.25")
_FLAG_TEXTS = ("true", "false")


def _patterned_types(node: dict[str, Any]) -> list[str]:
    """The JSON types of a text field with a pattern (an id, a version, a fingerprint): a number
    or a flag only where the loader takes its text, so ``version: 1.0`` or ``fingerprint: 1234``
    is flagged as the loader flags it (a schema's ``pattern`` checks strings only).

    A schema sees the value YAML makes of a number, not how it was spelt: a number is taken when
    the pattern takes how numbers are usually written (``id: 2024``, not ``id: 1E3``); ``minimum``
    keeps negative numbers out where a sign is not taken."""
    pattern = re.compile(str(node["pattern"]))

    def taken(texts: tuple[str, ...]) -> bool:
        return all(pattern.search(text) for text in texts)

    types = ["string"]
    if taken(_WHOLE_TEXTS):
        types.append("number" if taken(_FRACTION_TEXTS) else "integer")
        if not taken(_NEGATIVE_TEXTS):
            node["minimum"] = 0
    if taken(_FLAG_TEXTS):
        types.append("boolean")
    return types


def _as_charter_reads(node: Any) -> None:
    """Widen every scalar type of a schema to what Charter's loader reads as that type (module docstring)."""
    if isinstance(node, list):
        for item in node:
            _as_charter_reads(item)
        return
    if not isinstance(node, dict):
        return
    kind = node.get("type")
    if kind == "string" and "pattern" in node:
        node["type"] = _patterned_types(node)
    elif kind == "string" and "format" not in node and "enum" not in node and "const" not in node:
        node["type"] = ["string", "number", "boolean"]
    elif kind == "integer":
        node["type"] = ["integer", "string"]
        node["pattern"] = _WHOLE_NUMBER
    elif kind == "number":
        node["type"] = ["number", "string"]
        node["pattern"] = _NUMBER
    elif kind == "boolean":
        node["type"] = ["boolean", "string", "integer"]
        node["pattern"] = _FLAG
        node["minimum"], node["maximum"] = 0, 1
    for key, value in node.items():
        if key in ("properties", "$defs", "patternProperties"):
            for child in value.values():
                _as_charter_reads(child)
        elif key in ("items", "additionalProperties", "if", "then", "else", "not", "anyOf", "oneOf", "allOf"):
            _as_charter_reads(value)


def run(args: argparse.Namespace) -> int:
    """Print (or write) the schema; an existing file is replaced only with ``--force``."""
    text = json_text(file_schema())
    if args.output is None:
        sys.stdout.write(text)
        return EXIT_OK
    check_new(args.output, force=args.force)
    write_new(args.output, text.encode("utf-8"), force=args.force)
    say(f"{args.output}: JSON Schema of playbook files")
    return EXIT_OK
