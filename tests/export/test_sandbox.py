"""Custom templates are untrusted code: known sandbox escapes and resource bombs must fail, in
one line that names the template, within the limits, and Charter (this process) stays up."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from playbooks.export import ExportError, Limits, export_document
from playbooks.export.sandbox import HardenedEnvironment
from playbooks.format.model import Playbook
from tests.export.sample import rich_playbook_data

LIMITS = Limits(seconds=4, memory_bytes=768 * 1024 * 1024, output_bytes=4 * 1024 * 1024, template_bytes=64 * 1024)

#: name -> template text. Each must be refused (SecurityError, undefined, not found) or killed.
ATTACKS: dict[str, str] = {
    "subclasses": "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "tuple-base": "{{ ().__class__.__base__.__subclasses__() }}",
    "cycler-globals-popen": "{{ cycler.__init__.__globals__.os.popen('touch PWNED').read() }}",
    "joiner-globals": "{{ joiner.__init__.__globals__['os'] }}",
    "namespace-globals": "{{ namespace.__init__.__globals__ }}",
    "self-globals": "{{ self.__init__.__globals__ }}",
    "self-context": "{{ self._TemplateReference__context }}",
    "range-self": "{{ range.__self__ }}",
    "lipsum-globals": "{{ lipsum.__globals__['os'].popen('id').read() }}",
    "lipsum-bomb": "{{ lipsum(10000000) }}",
    "str-format-dunder": "{{ '{0.__class__.__mro__}'.format('') }}",
    "format-map": "{{ '{x.__class__}'.format_map({'x': ''}) }}",
    "attr-filter": "{{ (''|attr('__class__')).__mro__ }}",
    "attr-format": "{{ ''|attr('format')('{0.__class__}', '') }}",
    "dict-dunder": "{{ playbook.document.__class__.__subclasses__() }}",
    "mutate-dict": "{{ playbook.update({'x': 1}) }}",
    "mutate-list": "{{ sections.append(1) }}",
    "huge-range": "{% for i in range(10**9) %}{% endfor %}",
    "nested-loops": "{% for a in range(9999) %}{% for b in range(9999) %}{% for c in range(9999) %}{% endfor %}"
    "{% endfor %}{% endfor %}",
    "power-bomb": "{{ 7 ** 100000000 }}",
    "power-chain": "{{ (2 ** 999) ** 999 }}",
    "string-repeat": "{{ 'x' * 10**10 }}",
    "list-repeat": "{{ [1] * 10**9 }}",
    "percent-width": "{{ '%999999999d' % 1 }}",
    "format-filter-width": "{{ '%0999999999d'|format(1) }}",
    "center-width": "{{ 'x'|center(999999999) }}",
    "str-format-width": "{{ '{:>999999999}'.format('x') }}",
    "recursive-macro": "{% macro r(n) %}{{ r(n + 1) }}{% endmacro %}{{ r(0) }}",
    "huge-output": "{% for i in range(10000) %}{{ 'x' * 1000000 }}{% endfor %}",
    "memory-bomb": "{% set ns = namespace(a=[]) %}{% for i in range(10000) %}"
    "{% set ns.a = ns.a + ['x' * 1000000 ~ i] %}{% endfor %}{{ ns.a|length }}",
    "include-absolute": "{% include '/etc/passwd' %}",
    "include-dotdot": "{% include '../../../../../etc/passwd' %}",
    "include-symlink": "{% include 'passwd-link.j2' %}",
    "extends-outside": "{% extends '/etc/hostname' %}",
    "import-os": "{% import 'os' as os %}{{ os.system('id') }}",
    "config-object": "{{ config.items() }}",
    "undefined-globals": "{{ __builtins__ }}",
    "loop-dunder": "{% for x in [1] %}{{ loop.__class__.__init__.__globals__ }}{% endfor %}",
    "oversized-template": "{# " + "x" * (70 * 1024) + " #}",
}


#: Attacks that jinja2's sandbox defuses into harmless output instead of an error.
INERT = {"attr-format": ""}


@pytest.fixture(scope="module")
def playbook() -> Playbook:
    return Playbook.model_validate(rich_playbook_data())


@pytest.fixture(scope="module")
def attack_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("attacks")
    (folder / "passwd-link.j2").symlink_to("/etc/passwd")
    return folder


def _run(playbook: Playbook, folder: Path, source: str, fmt: str = "html") -> str:
    for name in list(os.listdir(folder)):
        if name.endswith(f".{fmt}.j2"):
            (folder / name).unlink()
    (folder / f"policy.{fmt}.j2").write_text(source, encoding="utf-8")
    return export_document(playbook, "policy", fmt, template_dir=folder, limits=LIMITS).decode("utf-8")


def test_the_suite_is_large_enough() -> None:
    assert len(ATTACKS) >= 20


@pytest.mark.parametrize("name", sorted(ATTACKS))
def test_attack_is_blocked_or_killed_and_reported_in_one_line(name: str, playbook: Playbook, attack_dir: Path) -> None:
    started = time.monotonic()
    if name in INERT:
        out = _run(playbook, attack_dir, ATTACKS[name])
        assert out == INERT[name]
    else:
        with pytest.raises(ExportError) as caught:
            _run(playbook, attack_dir, ATTACKS[name])
        message = str(caught.value)
        assert "\n" not in message
        assert "policy.html.j2" in message, message
    elapsed = time.monotonic() - started
    assert not (attack_dir / "PWNED").exists()
    assert not Path("PWNED").exists()
    # within the wall-clock limit (plus the child's start and kill), never a hang
    assert elapsed < LIMITS.seconds + 10


def test_charter_stays_up_and_renders_a_good_template_after_the_attacks(playbook: Playbook, attack_dir: Path) -> None:
    out = _run(
        playbook,
        attack_dir,
        "<h1>{{ control.title }}</h1>{% for s in sections %}<h2>{{ s.number }} {{ s.title }}</h2>{% endfor %}"
        "<p>{{ fingerprint }}</p><p>{{ playbook.scope.purpose | markdown }}</p>",
    )
    # (the test playbook has error findings, so its title says NOT VALID first)
    assert "Northwind Capital Social Media Policy</h1>" in out
    assert "<h2>8 Conduct rules</h2>" in out
    assert "<strong>Northwind Capital</strong>" in out


def test_a_syntax_error_names_the_file_and_the_line(playbook: Playbook, attack_dir: Path) -> None:
    with pytest.raises(ExportError) as caught:
        _run(playbook, attack_dir, "line one\nline two\n{% for x in sections %}\n{{ x.title }\n")
    assert "policy.html.j2:4: syntax error" in str(caught.value)


def test_a_runtime_error_names_the_file_and_the_line(playbook: Playbook, attack_dir: Path) -> None:
    with pytest.raises(ExportError) as caught:
        _run(playbook, attack_dir, "ok\n\n{{ control.no_such_field }}\n")
    message = str(caught.value)
    assert "policy.html.j2:3" in message
    assert "no_such_field" in message


def test_custom_html_templates_autoescape_and_markdown_templates_get_their_filters(
    playbook: Playbook, tmp_path: Path
) -> None:
    data = rich_playbook_data()
    data["document"]["title"] = "<script>alert(1)</script>"
    hostile = Playbook.model_validate(data)
    (tmp_path / "policy.html.j2").write_text("<title>{{ control.title }}</title>", encoding="utf-8")
    out = export_document(hostile, "policy", "html", template_dir=tmp_path, limits=LIMITS).decode()
    assert out.startswith("<title>") and out.endswith("&lt;script&gt;alert(1)&lt;/script&gt;</title>")
    (tmp_path / "policy.md.j2").write_text("# {{ control.title | mdesc }}", encoding="utf-8")
    out = export_document(hostile, "policy", "md", template_dir=tmp_path, limits=LIMITS).decode()
    assert "<script>" not in out


def test_a_missing_custom_template_is_one_clear_line(playbook: Playbook, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match=r"has no 'crisis\.md\.j2'"):
        export_document(playbook, "crisis", "md", template_dir=tmp_path, limits=LIMITS)


def test_hardened_environment_caps_in_process() -> None:
    """The sandbox layer alone (no child process) already stops the cheap bombs."""
    from jinja2.exceptions import SecurityError

    env = HardenedEnvironment(LIMITS)
    for source in ("{{ 'x' * 10**9 }}", "{{ 9 ** 9999 }}", "{{ range(10**6)|list }}", "{{ '%99999d' % 1 }}"):
        with pytest.raises(SecurityError):
            env.from_string(source).render()
    assert "lipsum" not in env.globals
    assert env.from_string("{{ 'ab' * 3 }} {{ 2 ** 10 }} {{ range(3)|list }}").render() == "ababab 1024 [0, 1, 2]"


def _word_template(path: Path, text: str) -> None:
    from docx import Document

    doc = Document()
    doc.add_paragraph(text)
    doc.save(str(path))


def test_a_custom_word_template_renders_in_the_sandbox(playbook: Playbook, tmp_path: Path) -> None:
    from tests.export.readback import docx_text

    _word_template(tmp_path / "raci.docx", "{{ control.title }} / {{ document.title }} / {{ fingerprint }}")
    out = export_document(playbook, "raci", "docx", template_dir=tmp_path, limits=LIMITS)
    text = docx_text(out)
    assert "Northwind Capital Social Media Policy / Decision Rights (RACI) /" in text


def test_a_hostile_custom_word_template_is_blocked(playbook: Playbook, tmp_path: Path) -> None:
    _word_template(tmp_path / "raci.docx", "{{ cycler.__init__.__globals__.os.popen('id').read() }}")
    with pytest.raises(ExportError, match=r"raci\.docx.*blocked by the sandbox"):
        export_document(playbook, "raci", "docx", template_dir=tmp_path, limits=LIMITS)
