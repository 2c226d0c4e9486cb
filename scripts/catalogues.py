"""Charter's message catalogues: what to translate, and the ``.po`` files kept up to date with it.

    .venv/bin/python scripts/catalogues.py          # add new messages to every catalogue (as untranslated)
    .venv/bin/python scripts/catalogues.py --check  # exit 1 when a catalogue misses a translation

The messages are extracted with Babel's extractor from the code of ``playbooks/`` (``_``,
``gettext``, ``ngettext``, ``N_``) and from the built-in templates (``_`` in jinja2, through
jinja2's own Babel extractor), plus the wording of every enum value
(:func:`playbooks.format.enums.english_label`) and the title of every field of the model, which the
code computes rather than spells out.
``tests/format/test_language.py`` runs the same extraction: a message without a translation in
any catalogue fails the tests.
"""

from __future__ import annotations

import argparse
import re
import sys
from enum import StrEnum
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from playbooks.format import enums  # noqa: E402  (the checkout, put on sys.path above)
from playbooks.format.language import DOMAIN, LANGUAGES, SOURCE_LANGUAGE, catalogue_path  # noqa: E402

#: What is read for messages, relative to the checkout (Babel's method map).
METHODS = [("playbooks/**.py", "python"), ("templates/**.j2", "jinja2")]
OPTIONS = {"templates/**.j2": {"extensions": "jinja2.ext.i18n"}}
#: The generator of the built-in Word templates writes jinja2 tags into them as Python strings,
#: which neither extractor reads: its ``_("...")`` calls are found by this pattern.
WORD_TEMPLATES = "templates/docx/make_templates.py"
_WORD_MESSAGE = re.compile(r"""_\((?:"([^"]+)"|'([^']+)')""")
#: Babel's translation functions, and the title of a governance check (the fourth argument of
#: ``check`` and ``describe`` in playbooks/checks and playbooks/tailoring), shown translated.
KEYWORDS = {**DEFAULT_KEYWORDS, "check": (4,), "describe": (4,)}


def extract() -> Catalog:
    """Every message Charter writes in documents, as a template catalogue (no translations)."""
    catalog = Catalog(domain=DOMAIN, project="Charter", charset="utf-8")
    for folder in ("playbooks", "templates"):
        methods = [(pattern.split("/", 1)[1], method) for pattern, method in METHODS if pattern.startswith(folder)]
        options = {key.split("/", 1)[1]: value for key, value in OPTIONS.items() if key.startswith(folder)}
        for filename, lineno, message, comments, context in extract_from_dir(
            ROOT / folder, methods, options, keywords=KEYWORDS, strip_comment_tags=True
        ):
            catalog.add(message, None, [(f"{folder}/{filename}", lineno)], auto_comments=comments, context=context)
    source = (ROOT / WORD_TEMPLATES).read_text(encoding="utf-8")
    for match in _WORD_MESSAGE.finditer(source):
        lineno = source.count("\n", 0, match.start()) + 1
        catalog.add(match.group(1) or match.group(2), None, [(WORD_TEMPLATES, lineno)])
    for title in field_titles():
        catalog.add(title, None, [("playbooks/format/model.py", 0)])
    for name in sorted(vars(enums)):
        vocabulary = getattr(enums, name)
        if isinstance(vocabulary, type) and issubclass(vocabulary, StrEnum) and vocabulary is not StrEnum:
            for value in vocabulary:
                catalog.add(enums.english_label(value), None, [("playbooks/format/enums.py", 0)])
    return catalog


def field_titles() -> list[str]:
    """The title of every field of the playbook model: the labels the editor's forms, the
    addendum's places and the messages show (:func:`playbooks.format.fields.field_label`)."""
    from pydantic import BaseModel

    from playbooks.format import model

    titles: dict[str, None] = {}
    for name in sorted(vars(model)):
        cls = getattr(model, name)
        if isinstance(cls, type) and issubclass(cls, BaseModel) and cls.__module__ == model.__name__:
            titles.update((str(info.title), None) for info in cls.model_fields.values() if info.title)
    return list(titles)


def missing(template: Catalog, language: str) -> list[str]:
    """The messages of ``template`` that the catalogue of ``language`` does not translate (or only fuzzily)."""
    path = catalogue_path(language)
    if not path.is_file():
        return [str(m.id) for m in template if m.id]
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=language, domain=DOMAIN)
    gaps = []
    for message in template:
        if not message.id:
            continue
        found = catalog.get(message.id, message.context)
        strings = found.string if found is not None else None
        translated = all(strings) if isinstance(strings, tuple) else bool(strings)
        if found is None or found.fuzzy or not translated:
            gaps.append(message.id if isinstance(message.id, str) else message.id[0])
    return gaps


_PLACEHOLDER = re.compile(r"%\((\w+)\)s")


def format_errors(language: str) -> list[str]:
    """Translations whose placeholders are not exactly their message's: a ``%(name)s`` misspelt
    (Babel's own checkers) would raise at export time, one left out would drop a value."""
    with catalogue_path(language).open("rb") as handle:
        catalog = read_po(handle, locale=language, domain=DOMAIN)
    errors = [f"{message.id!r}: {'; '.join(str(e) for e in found)}" for message, found in catalog.check()]
    for message in catalog:
        if not message.id or not message.string:
            continue
        wanted = set(_PLACEHOLDER.findall(message.id if isinstance(message.id, str) else message.id[-1]))
        forms = message.string if isinstance(message.string, tuple) else (message.string,)
        for form in forms:
            if set(_PLACEHOLDER.findall(form)) != wanted:
                errors.append(f"{message.id!r}: the translation {form!r} does not use exactly {sorted(wanted)}")
    return errors


def update(template: Catalog) -> None:
    """Add the template's new messages to every catalogue (untranslated), drop obsolete ones."""
    for language in LANGUAGES:
        if language == SOURCE_LANGUAGE:
            continue
        path = catalogue_path(language)
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.is_file():
            with path.open("rb") as handle:
                catalog = read_po(handle, locale=language, domain=DOMAIN)
        else:
            catalog = Catalog(locale=language, domain=DOMAIN, project="Charter", charset="utf-8")
        catalog.update(template, no_fuzzy_matching=True)
        with path.open("wb") as handle:
            # no source locations: a message's place in the code is one search away, and the
            # catalogues ship in the bundle, whose size is capped (issue 20: at most 125 MB)
            write_po(handle, catalog, width=100, omit_header=False, ignore_obsolete=True, no_location=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report missing translations")
    args = parser.parse_args()
    template = extract()
    if not args.check:
        update(template)
    gaps = {
        language: missing(template, language) + format_errors(language)
        for language in LANGUAGES
        if language != SOURCE_LANGUAGE
    }
    for language, messages in gaps.items():
        for message in messages:
            print(f"{catalogue_path(language).relative_to(ROOT)}: {message}")
    return 1 if any(gaps.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
