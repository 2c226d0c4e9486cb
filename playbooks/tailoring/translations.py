"""A spoke's translations of the texts of its effective playbook, kept tied to what they translate.

Each :class:`~playbooks.tailoring.spoke.Translation` of a spoke file names a text field by its
keyed address (the notation of spoke changes and comparisons, :func:`playbooks.format.paths.parse_address`:
``content.rules[r-promo].wording``), its language, the translated text, and the digest of the
source text it translates. When the source changes (the hub rewords the rule, or the spoke's own
change does), the digest no longer matches: ``validate`` reports ``SPOKE-TRANSLATION-STALE``
(file, line and rule), and an export in that language shows the source, marked untranslated,
until the regional manager reviews the translation and records the new digest
(``charter translate refresh``, or the tailoring view).

A translation of a field that does not exist is reported like a spoke change that does not fit:
``SCHEMA`` for an address the playbook format does not have, ``SPOKE-HUB-DRIFT`` for an item the
hub no longer has.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from playbooks.format.enums import Severity
from playbooks.format.fields import is_model, unwrap
from playbooks.format.findings import SCHEMA, Finding
from playbooks.format.identity import Names
from playbooks.format.language import parse_locale
from playbooks.format.model import Playbook
from playbooks.format.paths import Key, parse_address
from playbooks.io.yamlio import lines_of
from playbooks.tailoring.paths import PathError
from playbooks.tailoring.resolve import model_value_at
from playbooks.tailoring.spoke import HUB_DRIFT, TRANSLATION_STALE, SpokeFile, Translation


def source_digest(text: str) -> str:
    """The digest a translation records of the text it translates (12 hex digits of SHA-256)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


class TranslationProblem(ValueError):
    """A translation whose address names no text of the playbook: ``code``, ``severity`` and a
    one-line ``message``, as a spoke change that does not fit is reported."""

    def __init__(self, code: str, severity: Severity, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.severity = severity
        self.message = message


def _check_names(address: tuple[str | Key, ...]) -> None:
    """The field names of ``address`` follow the playbook format (keys only after a list of items)."""
    cls: Any = Playbook
    where = "the playbook"
    after_list = False
    for part in address:
        if isinstance(part, Key):
            if not after_list:
                raise PathError(f"'{where}' is not a list of items; only a list's items are named in brackets")
            after_list = False
            continue
        if after_list:
            raise PathError(f"'{where}' is a list: name the item in brackets, e.g. {where}[id]")
        info = cls.model_fields.get(part) if is_model(cls) else None
        if info is None:
            raise PathError(f"'{part}' is not a field of {where}")
        cls, after_list, _ = unwrap(info.annotation)
        where = part if where == "the playbook" else f"{where}.{part}"
    if after_list or is_model(cls):
        raise PathError(f"'{where}' is not a text field")


def text_at(playbook: Playbook, path: str) -> tuple[str, str]:
    """(the text at keyed address ``path``, its index path) in ``playbook``;
    :class:`TranslationProblem` when there is no text there."""
    try:
        address = parse_address(path)
        if not address:
            raise ValueError(path)
        _check_names(address)
    except PathError as exc:
        raise TranslationProblem(SCHEMA, Severity.ERROR, str(exc)) from None
    except ValueError:
        raise TranslationProblem(
            SCHEMA,
            Severity.ERROR,
            f"'{path}' is not a field address (names separated by dots, list items by their id in brackets, "
            "e.g. content.rules[r-promo].wording)",
        ) from None
    value, index_path = model_value_at(playbook, address)
    if index_path is None:
        # the first item named that is not there (a later key may name an item inside it)
        for i, part in enumerate(address):
            if isinstance(part, Key) and model_value_at(playbook, address[: i + 1])[1] is None:
                where = ".".join(p for p in address[:i] if isinstance(p, str))
                raise TranslationProblem(
                    HUB_DRIFT,
                    Severity.WARNING,
                    f"{where} has no '{part.value}' (any more); this translation has nothing to translate",
                )
        raise TranslationProblem(SCHEMA, Severity.ERROR, f"'{path}' names no text of the playbook")
    if not isinstance(value, str):
        raise TranslationProblem(SCHEMA, Severity.ERROR, f"'{path}' is not a text field")
    return value, index_path


def translation_lines(text: str, count: int) -> list[int | None]:
    """The line of each translation in the spoke file's text."""
    return lines_of(text, [("translations", i) for i in range(count)]) if count else []


def translation_findings(spoke: SpokeFile, effective: Playbook, text: str) -> list[Finding]:
    """Stale translations (``SPOKE-TRANSLATION-STALE``) and translations of no text of ``effective``."""
    lines = translation_lines(text, len(spoke.translations))
    names = Names(effective)
    out: list[Finding] = []
    for i, translation in enumerate(spoke.translations):
        line = lines[i] if i < len(lines) else None
        try:
            source, index_path = text_at(effective, translation.path)
        except TranslationProblem as problem:
            out.append(Finding(problem.code, problem.severity, f"translations[{i}].path", problem.message, line))
            continue
        if source_digest(source) != translation.source_digest:
            out.append(
                Finding(
                    TRANSLATION_STALE,
                    Severity.WARNING,
                    index_path,
                    f"{names.place(index_path)}: the text changed since it was translated into "
                    f"{translation.language} (translations[{i}]); review the translation, then record the new "
                    f"source ('charter translate refresh FILE {translation.path} --language {translation.language}')",
                    line,
                )
            )
    return out


@dataclass(frozen=True)
class ContentTranslations:
    """What an export in one language does with the playbook's texts: ``current`` source text ->
    its current translation; ``untranslated``: source texts whose translation into the language
    is missing or stale, shown as written and marked; ``source_language``: their language."""

    current: dict[str, str]
    untranslated: frozenset[str]
    source_language: str = "en"

    def as_data(self) -> dict[str, Any]:
        """Plain data (for an export's ``extra``)."""
        return {
            "current": dict(self.current),
            "untranslated": sorted(self.untranslated),
            "source_language": self.source_language,
        }


def _fits(translation: Translation, tag: str) -> int:
    """How well a translation's language fits a document's: 2 the same tag, 1 the same language, 0 not."""
    if translation.language.lower() == tag.lower():
        return 2
    return 1 if parse_locale(translation.language).language == parse_locale(tag).language else 0


def content_translations(spoke: SpokeFile, effective: Playbook, tag: str, source_language: str) -> ContentTranslations:
    """The translations an export of ``effective`` in language ``tag`` uses.

    A text with a translation in any language is a translated text: in an export in ``tag``, it
    shows its current translation that fits best (the same tag, else the same language: a ``de``
    translation serves ``de-DE``), or, with none current, the source marked untranslated. An
    export in the source language shows the source, unmarked.
    """
    if parse_locale(tag).language == parse_locale(source_language).language:
        return ContentTranslations({}, frozenset(), source_language)
    best: dict[str, tuple[int, str]] = {}
    translated: set[str] = set()
    for translation in spoke.translations:
        try:
            source, _index_path = text_at(effective, translation.path)
        except TranslationProblem:
            continue
        translated.add(source)
        fit = _fits(translation, tag)
        if fit and source_digest(source) == translation.source_digest and fit > best.get(source, (0, ""))[0]:
            best[source] = (fit, translation.text)
    current = {source: text for source, (_fit, text) in best.items()}
    return ContentTranslations(current, frozenset(translated - current.keys()), source_language)


def record_translation(spoke: SpokeFile, effective: Playbook, path: str, language: str, text: str | None) -> SpokeFile:
    """``spoke`` with the translation of ``path`` into ``language`` set to ``text`` and the digest of
    the source as it is now (``text`` None: the existing translation's digest refreshed, after
    review). :class:`TranslationProblem` for a path that names no text; ``ValueError`` for a
    refresh of a translation the spoke does not have."""
    source, _index_path = text_at(effective, path)
    parse_locale(language)
    digest = source_digest(source)
    translations = list(spoke.translations)
    for i, existing in enumerate(translations):
        if existing.path == path and existing.language.lower() == language.lower():
            new_text = existing.text if text is None else text
            translations[i] = existing.model_copy(update={"text": new_text, "source_digest": digest})
            break
    else:
        if text is None:
            raise ValueError(f"the spoke has no translation of {path} into {language}; add one with its text")
        translations.append(Translation(path=path, language=language, text=text, source_digest=digest))
    return spoke.model_copy(update={"translations": translations})
