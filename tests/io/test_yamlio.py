"""The YAML layer's promises: what is refused, how scalars read, and how files are written.

These pin the behaviour of :mod:`playbooks.io.yamlio` so that it can be made fast without
changing what users see. Where the fast code replaced the original libyaml-node
implementation, the original is kept below as a reference (``_reference_load`` and
``_reference_dump``) and the two are compared on generated data.
"""

from __future__ import annotations

import math
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from playbooks.io import storage, yamlio
from playbooks.io.storage import PlaybookLoadError
from playbooks.io.yamlio import YamlProblem, dump_yaml, load_yaml

# ---------------------------------------------------------------- the reference implementation

_ALLOWED = frozenset(f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "map", "seq"))


class _ReferenceLoader(yaml.CSafeLoader):
    """The original loader: compose libyaml nodes, walk them for the guards, construct."""

    def get_single_data(self) -> Any:
        node = self.get_single_node()
        if node is None:
            return None
        seen: set[int] = set()
        stack = [(node, 1)]
        while stack:
            item, depth = stack.pop()
            if id(item) in seen:
                raise YamlProblem("alias")
            seen.add(id(item))
            if depth > yamlio.MAX_DEPTH:
                raise YamlProblem("depth")
            if item.tag not in _ALLOWED:
                raise YamlProblem("tag")
            if isinstance(item, yaml.MappingNode):
                keys: set[str] = set()
                for key, value in item.value:
                    if not isinstance(key, yaml.ScalarNode) or key.tag != "tag:yaml.org,2002:str":
                        raise YamlProblem("key")
                    if key.value in keys:
                        raise YamlProblem("duplicate")
                    keys.add(key.value)
                    stack.append((value, depth + 1))
            elif isinstance(item, yaml.SequenceNode):
                stack.extend((child, depth + 1) for child in item.value)
        return self.construct_document(node)


_ReferenceLoader.yaml_implicit_resolvers = {}
_ReferenceLoader.add_implicit_resolver("tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"), [*"~nN", ""])


def _reference_load(text: str) -> Any:
    return yaml.load(text, Loader=_ReferenceLoader)


class _ReferenceDumper(yaml.CSafeDumper):
    def ignore_aliases(self, data: Any) -> bool:
        return True


_ReferenceDumper.add_representer(
    str,
    lambda dumper, value: dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|" if "\n" in value else None),
)


def _reference_dump(data: Any) -> str:
    """The original writer: PyYAML over libyaml (which writes sequences under a key "indentless")."""
    return yaml.dump(
        data,
        Dumper=_ReferenceDumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=1_000_000,
        indent=2,
        explicit_start=True,
    )


# ---------------------------------------------------------------- refusals


def _problem(text: str) -> YamlProblem:
    with pytest.raises(YamlProblem) as caught:
        load_yaml(text)
    assert "\n" not in str(caught.value), "a problem must be one line"
    return caught.value


@pytest.mark.parametrize(
    ("text", "fragment", "line", "column"),
    [
        ("a: &x [1]\nb: *x\n", "anchors and aliases", 1, 4),
        ("a: 1\nb: *nowhere\n", "alias", 2, 4),
        (
            "a: !!python/object/apply:os.system ['true']\n",
            "tag 'tag:yaml.org,2002:python/object/apply:os.system'",
            1,
            4,
        ),
        ("a: !custom x\n", "tag '!custom' is not allowed", 1, 4),
        ("a: !!binary aGVsbG8=\n", "is not allowed", 1, 4),
        ("a: !!timestamp 2024-01-01\n", "is not allowed", 1, 4),
        ("a: !!set {x}\n", "is not allowed", 1, 4),
        ("x:\n  a: 1\n  b: 2\n  a: 3\n", "the key 'a' appears twice in the same mapping", 4, 3),
        ("1: a\n~: b\n", "mapping keys must be plain names", 2, 1),
        ("? [a, b]\n: 1\n", "mapping keys must be plain names", 1, 3),
        ("? {a: 1}\n: 1\n", "mapping keys must be plain names", 1, 3),
        ("!!int 1: a\n", "mapping keys must be plain names", 1, 1),
        ("a: [1, 2\n", "invalid YAML", 2, 1),
        ("a: b: c\n", "invalid YAML", 1, 5),
        ("a: 1\n---\nb: 2\n", "another document", 2, 1),
        ("a: !!str {x: 1}\n", "invalid YAML: expected a scalar node, but found mapping", 1, 4),
        ("a: !!map [1]\n", "invalid YAML: expected a mapping node, but found sequence", 1, 4),
        ("a: !!seq x\n", "invalid YAML: expected a sequence node, but found scalar", 1, 4),
    ],
)
def test_unacceptable_yaml_is_one_clear_line_with_its_place(text: str, fragment: str, line: int, column: int) -> None:
    problem = _problem(text)
    assert fragment in str(problem)
    assert (problem.line, problem.column) == (line, column)


def test_nesting_is_capped_at_64_levels() -> None:
    ok = "[" * 63 + "x" + "]" * 63
    assert load_yaml(ok) is not None
    problem = _problem("[" * 64 + "x" + "]" * 64)
    assert "nesting deeper than 64 levels" in str(problem)
    assert (problem.line, problem.column) == (1, 65)


def test_absurd_nesting_is_refused_without_a_crash() -> None:
    problem = _problem("[" * 100_000)
    assert problem.line == 1


def test_the_node_count_is_capped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(yamlio, "MAX_NODES", 10)
    assert load_yaml("[1, 2, 3, 4, 5, 6, 7, 8]") == [str(i) for i in range(1, 9)]
    assert "more than 10 YAML nodes" in str(_problem("[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]"))


def test_a_billion_laughs_file_is_refused_at_once() -> None:
    lines = ["a0: [x, x, x, x, x, x, x, x, x]"]
    lines[0] = "a0: &a0 [x, x, x, x, x, x, x, x, x]"
    for i in range(1, 10):
        lines.append(f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]")
    assert "anchors and aliases" in str(_problem("\n".join(lines)))


def test_a_file_over_50_mb_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.playbook.yaml"
    with path.open("wb") as handle:
        handle.truncate(storage.MAX_FILE_BYTES + 1)  # sparse: costs no disk and no time
    with pytest.raises(PlaybookLoadError) as caught:
        storage.load(path)
    assert str(caught.value) == f"{path}: the file is 50 MB; playbooks are limited to 50 MB"


def test_a_parse_error_reaches_the_user_as_one_line_with_file_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "bad.playbook.yaml"
    path.write_text("document:\n  id: x\n  title: 'unclosed\n", encoding="utf-8")
    with pytest.raises(PlaybookLoadError) as caught:
        storage.load(path)
    message = str(caught.value)
    assert re.match(rf"^{re.escape(str(path))}:\d+:\d+: invalid YAML: ", message)
    assert "\n" not in message


# ---------------------------------------------------------------- how scalars read (YAML 1.2, schema decides)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("no", "no"),
        ("on", "on"),
        ("yes", "yes"),
        ("NO", "NO"),
        ("y", "y"),
        ("true", "true"),
        ("010", "010"),
        ("0x1F", "0x1F"),
        ("1.0", "1.0"),
        ("1_000", "1_000"),
        ("2024-01-01", "2024-01-01"),
        ("2024-01-01 10:00:00", "2024-01-01 10:00:00"),
        ("12:30", "12:30"),
        (".inf", ".inf"),
        ("'null'", "null"),
        ('"~"', "~"),
        ("''", ""),
        ("null", None),
        ("Null", None),
        ("NULL", None),
        ("~", None),
        ("", None),
        ("!!str 010", "010"),
        ("!!int 12", 12),
        ("!!float 1", 1.0),
        ("!!bool true", True),
        ("!!null x", None),
        ("! 12", "12"),
        ("Zürich ✓ 東京", "Zürich ✓ 東京"),
    ],
)
def test_plain_scalars_keep_their_text(text: str, value: Any) -> None:
    assert load_yaml(f"a: {text}\n") == {"a": value}


def test_keys_keep_their_text_and_order() -> None:
    data = load_yaml("zeta: 1\n'1': a\ntrue: b\nno: c\n<<: {x: y}\nalpha: 2\n")
    assert list(data) == ["zeta", "1", "true", "no", "<<", "alpha"]
    assert data["<<"] == {"x": "y"}


def test_block_and_flow_styles_read_alike() -> None:
    block = "a:\n  - x: |\n      line one\n      line two\n    y: [1, 'two']\n"
    flow = "{a: [{x: \"line one\\nline two\\n\", y: ['1', two]}]}"
    assert load_yaml(block) == load_yaml(flow) == {"a": [{"x": "line one\nline two\n", "y": ["1", "two"]}]}


def test_an_empty_file_is_no_data() -> None:
    assert load_yaml("") is None
    assert load_yaml("# only a comment\n") is None


def test_a_byte_order_mark_is_tolerated(tmp_path: Path) -> None:
    path = tmp_path / "bom.playbook.yaml"
    path.write_bytes(b"\xef\xbb\xbfdocument:\n  id: bom\n  title: With a BOM\n")
    assert storage.load(path).document.title == "With a BOM"


# ---------------------------------------------------------------- writing


def test_multi_line_text_is_a_literal_block_and_single_lines_are_not_folded() -> None:
    long_line = "word " * 400 + "end"
    text = dump_yaml({"wording": "First line.\nSecond line.\n", "title": long_line})
    assert text == f"---\nwording: |\n  First line.\n  Second line.\ntitle: {long_line}\n"


def test_strings_a_yaml_11_reader_would_misread_are_quoted() -> None:
    tricky = ["no", "on", "yes", "Off", "010", "0x1F", "1.0", "1e3", "2024-01-01", "true", "null", "~", "", "<<", "="]
    text = dump_yaml({f"k{i}": value for i, value in enumerate(tricky)})
    assert yaml.safe_load(text) == {f"k{i}": value for i, value in enumerate(tricky)}
    assert load_yaml(text) == {f"k{i}": value for i, value in enumerate(tricky)}


def test_unicode_is_written_as_is_and_keys_keep_their_order() -> None:
    text = dump_yaml({"z": "Zürich ✓ 東京", "a": ["Ångström"]})
    assert text == "---\nz: Zürich ✓ 東京\na:\n  - Ångström\n"


def test_shared_objects_are_written_out_never_as_aliases() -> None:
    shared = {"x": "1"}
    text = dump_yaml({"a": shared, "b": shared, "c": [shared, shared]})
    assert "&" not in text and "*" not in text
    assert load_yaml(text) == {"a": {"x": "1"}, "b": {"x": "1"}, "c": [{"x": "1"}, {"x": "1"}]}


def test_non_string_scalars_are_written_as_yaml_would() -> None:
    data = {"i": 3, "f": 0.1, "g": 48.0, "h": 1e20, "n": None, "t": True, "e": [], "m": {}, "inf": math.inf}
    assert dump_yaml(data) == _reference_dump(data)


# ---------------------------------------------------------------- generated data: round trips and the reference

_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
_tricky_text = st.sampled_from(
    [
        "no",
        "010",
        "",
        " lead",
        "trail ",
        "a: b",
        "#x",
        "- x",
        "x\n",
        "\n",
        "a\n\nb\n\n",
        "\ta\n",
        " a\nb",
        "'q'",
        '"',
        "|",
        "k" * 130,
        "a\nb",
        " two\n  lines",
    ]
)
_scalars = st.one_of(_text, _tricky_text, st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False))
_data = st.recursive(
    _scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4), st.dictionaries(st.one_of(_text, _tricky_text), children, max_size=4)
    ),
    max_leaves=30,
)
_strings = st.recursive(
    st.one_of(_text, _tricky_text),
    lambda children: st.one_of(
        st.lists(children, max_size=4), st.dictionaries(st.one_of(_text, _tricky_text), children, max_size=4)
    ),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_strings)
def test_text_round_trips_exactly(data: Any) -> None:
    text = dump_yaml({"root": data})
    assert load_yaml(text) == {"root": data}
    assert dump_yaml(load_yaml(text)) == text


def _events(text: str) -> list[tuple[Any, ...]]:
    """What a YAML text says, event by event, with the style of every scalar (not where it stands)."""
    return [
        (type(e).__name__, getattr(e, "value", None), getattr(e, "style", None), getattr(e, "implicit", None))
        for e in yaml.parse(text, Loader=yaml.CSafeLoader)
    ]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_data)
def test_writing_differs_from_the_reference_only_in_indentation(data: Any) -> None:
    """The same events, scalar styles and lines as libyaml's own output: only the indentation of
    sequences (and of what they hold) moved."""
    text, reference = dump_yaml({"root": data}), _reference_dump({"root": data})
    assert _events(text) == _events(reference)
    assert [line.lstrip(" ") for line in text.split("\n")] == [line.lstrip(" ") for line in reference.split("\n")]


def _indentless_sequences(text: str) -> list[int]:
    """The lines of block sequences that stand at their key's column (yamllint's default refuses them).

    After a complex key (``? key`` then ``: - item``) the sequence follows the ``:`` on its line,
    which yamllint accepts."""
    lines = text.split("\n")
    found = []
    stack: list[dict[str, Any]] = []  # per open collection: is it a mapping, is a key next, the last key's column
    for event in yaml.parse(text, Loader=yaml.CSafeLoader):
        if isinstance(event, yaml.ScalarEvent | yaml.MappingStartEvent | yaml.SequenceStartEvent):
            parent = stack[-1] if stack else None
            if parent is not None and parent["mapping"]:
                if parent["key_next"]:
                    parent["column"] = event.start_mark.column
                elif (
                    isinstance(event, yaml.SequenceStartEvent)
                    and not event.flow_style
                    and event.start_mark.column <= parent["column"]
                    and not lines[event.start_mark.line][: event.start_mark.column].strip()
                ):
                    found.append(event.start_mark.line + 1)
                parent["key_next"] = not parent["key_next"]
            if isinstance(event, yaml.MappingStartEvent):
                stack.append({"mapping": True, "key_next": True, "column": -1})
            elif isinstance(event, yaml.SequenceStartEvent):
                stack.append({"mapping": False})
        elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
            stack.pop()
    return found


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_data)
def test_every_sequence_is_indented_under_its_key(data: Any) -> None:
    text = dump_yaml({"root": data})
    assert text.startswith("---\n")
    assert _indentless_sequences(text) == []


def test_the_indentation_check_finds_what_libyaml_writes() -> None:
    assert _indentless_sequences("a:\n- 1\nb:\n  c:\n  - 2\n") == [2, 5]
    assert _indentless_sequences("a:\n  - 1\nb:\n  c:\n    - 2\n") == []


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_data, st.sampled_from([{}, {"default_flow_style": True}, {"default_style": '"'}, {"default_style": "'"}]))
def test_reading_matches_the_reference(data: Any, style: dict[str, Any]) -> None:
    text = yaml.safe_dump({"root": data}, allow_unicode=True, **style)
    assert load_yaml(text) == _reference_load(text)


def test_a_playbook_saves_byte_identically_after_a_load(minimal: dict[str, Any], tmp_path: Path) -> None:
    minimal["content"] = {"rules": [{"id": "r1", "title": "Posts", "content_class": "post", "wording": "A.\nB.\n"}]}
    path = tmp_path / "p.playbook.yaml"
    path.write_text(dump_yaml(minimal), encoding="utf-8")
    first = storage.dumps(storage.load(path))
    path.write_text(first, encoding="utf-8")
    assert storage.dumps(storage.load(path)) == first
    assert "wording: |\n" in first


# ---------------------------------------------------------------- problems the original let through as tracebacks


@pytest.mark.parametrize(
    ("text", "fragment", "line", "column"),
    [
        ("a: !!int abc\n", "the value 'abc' is not a valid int", 1, 4),
        ("a: !!bool maybe\n", "the value 'maybe' is not a valid bool", 1, 4),
        ("a: !!float x\n", "the value 'x' is not a valid float", 1, 4),
        ("a: ok\nb: é\x07\n", "invalid YAML: unacceptable character #x0007: control characters are not allowed", 2, 5),
    ],
)
def test_bad_explicit_values_and_control_characters_are_one_line(
    text: str, fragment: str, line: int, column: int
) -> None:
    problem = _problem(text)
    assert str(problem) == fragment or str(problem).startswith(fragment)
    assert (problem.line, problem.column) == (line, column)


# ---------------------------------------------------------------- placing validation errors on lines


def _reference_line_of(text: str, path: tuple[str | int, ...]) -> int | None:
    node = yaml.compose(text, Loader=yaml.CSafeLoader)
    line: int | None = None
    for part in path:
        if node is None:
            break
        line = int(node.start_mark.line) + 1
        if isinstance(node, yaml.MappingNode) and isinstance(part, str):
            node = next((v for k, v in node.value if k.value == part), None)
            if node is None:
                return line
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
            node = node.value[part]
        else:
            return line
    if node is not None:
        line = int(node.start_mark.line) + 1
    return line


def test_error_lines_match_the_reference_for_every_kind_of_path() -> None:
    text = (
        "document:\n  id: x\n  title: |\n    Long\n    text\nchannels:\n  accounts:\n  - id: a\n    platform: X\n"
        "  - {id: b, platform: Y, tags: [1, 2]}\n  - id: c\n    features:\n    - name: dm\n      enabled: true\n"
        "empty: {}\nlist: []\n"
    )
    paths: list[tuple[str | int, ...]] = [
        (),
        ("document",),
        ("document", "title"),
        ("document", "missing"),
        ("channels", "accounts", 0, "platform"),
        ("channels", "accounts", 1, "tags", 1),
        ("channels", "accounts", 2, "features", 0, "enabled"),
        ("channels", "accounts", 7, "id"),
        ("channels", "accounts", "name"),
        ("empty", "x"),
        ("list", 0),
        ("nowhere", 1, "x"),
    ]
    assert yamlio.lines_of(text, paths) == [_reference_line_of(text, path) for path in paths]
    assert yamlio.line_of(text, ("document", "title")) == 3


def test_a_file_with_many_field_errors_lists_them_all_with_lines(minimal: dict[str, Any], tmp_path: Path) -> None:
    minimal["people"]["people"] += [{"id": f"p-{i}", "name": "", "experience_years": -1} for i in range(500)]
    path = tmp_path / "many.playbook.yaml"
    path.write_text(dump_yaml(minimal), encoding="utf-8")
    with pytest.raises(PlaybookLoadError) as caught:
        storage.load(path)
    lines = caught.value.lines()
    assert len(lines) == 1000
    assert all(re.match(rf"^{re.escape(str(path))}:\d+: people\.people\[\d+\]\.", line) for line in lines)


def test_loading_and_saving_leave_the_cycle_collector_on(minimal: dict[str, Any], tmp_path: Path) -> None:
    import gc

    good = tmp_path / "good.playbook.yaml"
    good.write_text(dump_yaml(minimal), encoding="utf-8")
    bad = tmp_path / "bad.playbook.yaml"
    bad.write_text("document: [unclosed\n", encoding="utf-8")
    storage.dumps(storage.load(good))
    with pytest.raises(PlaybookLoadError):
        storage.load(bad)
    assert gc.isenabled()
    gc.disable()
    try:
        storage.load(good)
        assert not gc.isenabled(), "a collector the caller switched off stays off"
    finally:
        gc.enable()
