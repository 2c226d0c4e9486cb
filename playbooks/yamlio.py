"""Safe, strict YAML reading and deterministic YAML writing.

Reading uses libyaml's C parser with three guards (tech-notes.md, section 4):

* aliases are refused: a node reached twice is an alias, and a 100 KB file of aliases can
  validate into 90,000 rules and save as gigabytes;
* only the plain tags of the YAML 1.2 core schema are accepted (no ``!!python/...``, no
  custom tags), duplicate keys are errors (the last one silently winning would lose data),
  and nesting depth and node count are capped;
* plain scalars stay strings (only ``null``/``~``/empty is special): ``no``, ``on``, ``010``
  and ``2024-01-01`` keep their text, and pydantic turns them into numbers, flags or dates
  only where the schema says a field is one.

Writing puts long text in literal block scalars (``|``) so that a changed sentence diffs as
one line, never emits aliases, and quotes anything a YAML 1.1 reader could misread.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml

MAX_DEPTH = 64
MAX_NODES = 5_000_000

_ALLOWED_TAGS = frozenset(
    {
        "tag:yaml.org,2002:str",
        "tag:yaml.org,2002:int",
        "tag:yaml.org,2002:float",
        "tag:yaml.org,2002:bool",
        "tag:yaml.org,2002:null",
        "tag:yaml.org,2002:map",
        "tag:yaml.org,2002:seq",
    }
)


@dataclass
class YamlProblem(Exception):
    """A file that is not acceptable YAML; line and column are 1-based when known."""

    message: str
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        return self.message


class _StrictLoader(yaml.CSafeLoader):
    """libyaml's safe loader with YAML 1.2 core scalars and the guards above."""

    def get_single_data(self) -> Any:
        node = self.get_single_node()
        if node is None:
            return None
        _guard(node)
        return self.construct_document(node)  # type: ignore[no-untyped-call]


# Plain scalars stay strings, except null; pydantic then reads "4" as 4 where a field is a
# number, "true"/"no" as booleans where a field is a flag, and an ISO date where a field is a
# date. So a text field keeps exactly what was typed (`no`, `010`, `1.0`, `2024-01-01`), and
# no YAML 1.1 rule can change the meaning of a value behind the schema's back.
_StrictLoader.yaml_implicit_resolvers = {}
_StrictLoader.add_implicit_resolver(  # type: ignore[no-untyped-call]
    "tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""]
)


def _mark(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _guard(root: yaml.Node) -> None:
    seen: set[int] = set()
    stack: list[tuple[yaml.Node, int]] = [(root, 1)]
    count = 0
    while stack:
        node, depth = stack.pop()
        if id(node) in seen:
            line, column = _mark(node)
            raise YamlProblem(
                "YAML anchors and aliases (&name, *name) are not allowed in playbooks; write the repeated content out",
                line,
                column,
            )
        seen.add(id(node))
        count += 1
        if count > MAX_NODES:
            raise YamlProblem(f"the file has more than {MAX_NODES:,} YAML nodes")
        if depth > MAX_DEPTH:
            line, column = _mark(node)
            raise YamlProblem(f"nesting deeper than {MAX_DEPTH} levels", line, column)
        if node.tag not in _ALLOWED_TAGS:
            line, column = _mark(node)
            raise YamlProblem(f"the tag '{node.tag}' is not allowed in playbooks", line, column)
        if isinstance(node, yaml.MappingNode):
            keys: set[str] = set()
            for key, value in node.value:
                if not isinstance(key, yaml.ScalarNode) or key.tag != "tag:yaml.org,2002:str":
                    line, column = _mark(key)
                    raise YamlProblem("mapping keys must be plain names", line, column)
                if key.value in keys:
                    line, column = _mark(key)
                    raise YamlProblem(f"the key '{key.value}' appears twice in the same mapping", line, column)
                keys.add(key.value)
                stack.append((value, depth + 1))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((item, depth + 1) for item in node.value)


def load_yaml(text: str) -> Any:
    """Parse one YAML document strictly; raise :class:`YamlProblem` on any problem."""
    try:
        return yaml.load(text, Loader=_StrictLoader)
    except YamlProblem:
        raise
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "invalid YAML"
        if mark is not None:
            raise YamlProblem(f"invalid YAML: {problem}", mark.line + 1, mark.column + 1) from None
        raise YamlProblem(f"invalid YAML: {problem}") from None
    except yaml.YAMLError as exc:
        raise YamlProblem(f"invalid YAML: {exc}") from None
    except RecursionError:
        raise YamlProblem(f"nesting deeper than {MAX_DEPTH} levels") from None


def line_of(text: str, path: tuple[str | int, ...]) -> int | None:
    """The 1-based line of the node at ``path`` in ``text`` (or of its nearest parent)."""
    try:
        node = yaml.compose(text, Loader=yaml.CSafeLoader)
    except yaml.YAMLError:
        return None
    line: int | None = None
    for part in path:
        if node is None:
            break
        line = int(node.start_mark.line) + 1
        if isinstance(node, yaml.MappingNode) and isinstance(part, str):
            node = next((v for k, v in node.value if k.value == part), None)
            if node is None:
                # the key itself is missing or extra: point at the parent mapping
                return line
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
            node = node.value[part]
        else:
            return line
    if node is not None:
        line = int(node.start_mark.line) + 1
    return line


class _Dumper(yaml.CSafeDumper):
    def ignore_aliases(self, data: Any) -> bool:
        return True


def _represent_str(dumper: _Dumper, value: str) -> yaml.ScalarNode:
    if "\n" in value:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


_Dumper.add_representer(str, _represent_str)


def dump_yaml(data: Any) -> str:
    """Write data as block-style YAML, keys in the given order, Unicode kept, no line folding."""
    return yaml.dump(
        data,
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=1_000_000,
        indent=2,
    )
