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
import os
from dataclasses import dataclass
from enum import Enum
from typing import Any

from babel import Locale
from pydantic import BaseModel

from playbooks.format.enums import Severity
from playbooks.format.fields import REF, is_model, unwrap
from playbooks.format.findings import SCHEMA, Finding
from playbooks.format.identity import Names
from playbooks.format.language import LANGUAGES, parse_locale
from playbooks.format.language import gettext as _
from playbooks.format.model import Playbook
from playbooks.format.paths import Key, parse_address
from playbooks.io.storage import format_path
from playbooks.io.yamlio import lines_of
from playbooks.tailoring.locks import locked_item_at
from playbooks.tailoring.paths import PathError
from playbooks.tailoring.resolve import model_value_at
from playbooks.tailoring.spoke import LOCKED_WEAKENED, TRANSLATION_STALE, SpokeFile, Translation


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


#: The one-line fields that are no text to translate, by field name: identifiers and codes,
#: versions and dates, addresses, and the names of products, places and things as they are
#: called (a translation of any would make the document state another fact, not the same rule
#: in another language). Ids (a pattern), references, choices and numbers are refused by type.
_FACTS: dict[str, str] = {
    "id": "an identifier",
    "version": "a version",
    "edition": "an edition label",
    "label": "an edition label",
    "effective_date": "a date",
    "date": "a date",
    "language": "a language tag",
    "url": "a web address",
    "email": "a mail address",
    "phone": "a phone number",
    "handle": "an account's handle",
    "file": "a file name",
    "fingerprint": "a fingerprint",
    "preset": "a rule set's code",
    "standard": "a rule set's version",
    "code": "a check's code",
    "path": "a field address",
    "token": "a disclosure token",
    "short_form": "a disclosure token",
    "approver": "a name",
    "author": "a name",
    "reviewed_by": "a name",
    "supersedes": "a document's name",
    "platform": "a platform's name",
    "archive_vendor": "a vendor's name",
    "tool": "a tool's name",
    "entity": "a company's name",
    "country": "a country",
    "spoke": "a spoke's name",
    "region": "a region",
    "version_archive": "an archive's place",
    "languages": "a language tag",
    "presets": "a rule set's code",
    "terms": "a lexicon's search terms",
    "territories": "a territory",
    "platforms": "a platform's name",
    "local_regulators": "a regulator's name",
}

#: Fields named ``name`` that hold a person's name (other names are things: a role, a record class).
_PEOPLE = {("people", "people")}


def _check_names(address: tuple[str | Key, ...]) -> None:
    """The field names of ``address`` follow the playbook format (keys only after a list of
    items), and name a text field that is prose: :class:`PathError` otherwise."""
    cls: Any = Playbook
    where = "the playbook"
    after_list = False
    names: list[str] = []
    info: Any = None
    for part in address:
        if isinstance(part, Key):
            if not after_list:
                raise PathError(f"'{where}' is not a list of items; only a list's items are named in brackets")
            if not is_model(cls):
                raise PathError(
                    f"'{where}' is a list of texts, not one text; Charter translates a text field (a title, a wording)"
                )
            after_list = False
            continue
        if after_list:
            raise PathError(f"'{where}' is a list: name the item in brackets, e.g. {where}[id]")
        info = cls.model_fields.get(part) if is_model(cls) else None
        if info is None:
            raise PathError(f"'{part}' is not a field of {where}")
        cls, after_list, _ = unwrap(info.annotation)
        names.append(part)
        where = part if where == "the playbook" else f"{where}.{part}"
    if after_list and cls is str:
        raise PathError(
            f"'{where}' is a list of texts, not one text; Charter translates a text field (a title, a wording)"
        )
    if after_list or is_model(cls):
        raise PathError(f"'{where}' is not a text field")
    if cls is not str and not (isinstance(cls, type) and issubclass(cls, Enum)):
        return  # a number, a date, a switch: not a text field (said with the whole address)
    fact = not_translatable(names, cls, info)
    if fact:
        raise PathError(f"'{where}' is {fact}, not text to translate: a document states it as it is")


def not_translatable(names: list[str], cls: Any, info: Any) -> str:
    """What a field is when it holds a fact rather than prose ('a date', 'a person's name'); ''
    for a text a translation may render in another language. ``names``: the field names from
    the playbook down to it; ``cls``/``info``: its type and pydantic field."""
    if cls is not str:
        return "a choice from a list" if isinstance(cls, type) and issubclass(cls, Enum) else "not text"
    extra = info.json_schema_extra if isinstance(getattr(info, "json_schema_extra", None), dict) else {}
    if extra.get(REF):
        return "a reference to a person, role or item"
    if any(getattr(m, "pattern", None) for m in getattr(info, "metadata", ())):
        return "an identifier"
    name = names[-1]
    if name in _FACTS:
        return _FACTS[name]
    if name == "name" and tuple(names[:-1]) in _PEOPLE:
        return "a person's name"
    return ""


def _item_missing(address: tuple[str | Key, ...], playbook: Playbook, path: str) -> TranslationProblem:
    """The problem of an address whose item is not in ``playbook``: the first key not there."""
    for i, part in enumerate(address):
        if isinstance(part, Key) and model_value_at(playbook, address[: i + 1])[1] is None:
            where = ".".join(p for p in address[:i] if isinstance(p, str))
            if part.value.isdigit():
                return TranslationProblem(
                    SCHEMA,
                    Severity.ERROR,
                    f"{where}[{part.value}]: items are named by their id, not their position "
                    f"(e.g. {where}[its-id]); no item of {where} has the id '{part.value}'",
                )
            return TranslationProblem(
                SCHEMA,
                Severity.ERROR,
                f"{where} has no item '{part.value}'; a translation names an item the playbook has, by its id",
            )
    return TranslationProblem(SCHEMA, Severity.ERROR, f"'{path}' names no text of the playbook")


def text_at(playbook: Playbook, path: str) -> tuple[str, str]:
    """(the text at keyed address ``path``, its index path) in ``playbook``;
    :class:`TranslationProblem` when there is no translatable text there."""
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
        raise _item_missing(address, playbook, path)
    if not isinstance(value, str):
        raise TranslationProblem(SCHEMA, Severity.ERROR, f"'{path}' is not a text field")
    return value, index_path


def translation_lines(text: str, count: int) -> list[int | None]:
    """The line of each translation in the spoke file's text."""
    return lines_of(text, [("translations", i) for i in range(count)]) if count else []


def spoke_languages(spoke: SpokeFile, effective: Playbook, hub: Playbook | None, file: str = "") -> dict[str, str]:
    """The languages the spoke's documents are written in, primary subtag -> as the playbook says
    it: its document language, else the languages the hub's entry for this spoke lists (by file,
    region name or id; a tag or an English language name, "German"); empty when neither says."""
    written = (effective.document.language or "").strip()
    if written:
        return {written.split("-", 1)[0].lower(): written}
    if hub is None:
        return {}
    base = os.path.basename(file)
    region = spoke.spoke.region.strip()
    entry = next(
        (
            e
            for e in hub.governance.spokes
            if (base and e.file and os.path.basename(e.file) == base)
            or (region and (e.name.strip() == region or e.id == region.lower()))
        ),
        None,
    )
    if entry is None:
        return {}
    names = {str(Locale(code).get_display_name("en")).lower(): code for code in LANGUAGES}
    out: dict[str, str] = {}
    for said in entry.languages:
        code = names.get(said.strip().lower())
        if code is None:
            try:
                code = parse_locale(said).language
            except ValueError:
                continue
        out[code] = said.strip()
    return out


def translation_findings(
    spoke: SpokeFile, effective: Playbook, text: str, hub: Playbook | None = None, file: str = ""
) -> list[Finding]:
    """What is wrong with the spoke's translations: a stale one (``SPOKE-TRANSLATION-STALE``), one
    of no translatable text or a second of the same text and language (``SCHEMA`` errors, like a
    spoke change that does not fit), one into a language the spoke's documents are not in, and
    one of a text the hub locks without the hub's approval (``SPOKE-LOCKED-WEAKENED``)."""
    lines = translation_lines(text, len(spoke.translations))
    names = Names(effective)
    written = spoke_languages(spoke, effective, hub, file)
    seen: dict[tuple[str, str], int] = {}
    out: list[Finding] = []
    for i, translation in enumerate(spoke.translations):
        line = lines[i] if i < len(lines) else None
        try:
            source, index_path = text_at(effective, translation.path)
        except TranslationProblem as problem:
            out.append(Finding(problem.code, problem.severity, f"translations[{i}].path", problem.message, line))
            continue
        same = (index_path, translation.language.lower())
        if same in seen:
            out.append(
                Finding(
                    SCHEMA,
                    Severity.ERROR,
                    f"translations[{i}]",
                    f"{names.place(index_path)} is translated into {translation.language} twice "
                    f"(translations[{seen[same]}] and [{i}]); keep one",
                    line,
                )
            )
        seen.setdefault(same, i)
        primary = translation.language.split("-", 1)[0].lower()
        if written and primary not in written:
            out.append(
                Finding(
                    SCHEMA,
                    Severity.WARNING,
                    f"translations[{i}].language",
                    f"{names.place(index_path)}: translated into {translation.language}, but this spoke's documents "
                    f"are in {', '.join(written.values())}; only an export with --language {translation.language} "
                    "uses it",
                    line,
                )
            )
        locked = locked_by_hub(hub, translation.path)
        if locked and not translation.hub_approval.strip():
            out.append(
                Finding(
                    LOCKED_WEAKENED,
                    Severity.ERROR,
                    index_path,
                    f"{names.place(index_path)}: the hub locks {locked}, and a translation of it is what the "
                    f"region's staff read in its place: record who at the hub approved the {translation.language} "
                    f"text (translations[{i}].hub_approval; 'charter translate set ... --hub-approval NAME')",
                    line,
                )
            )
        if source_digest(source) != translation.source_digest:
            out.append(
                Finding(
                    TRANSLATION_STALE,
                    Severity.WARNING,
                    index_path,
                    _(
                        "%(place)s: the text changed since it was translated into %(language)s (translations[%(index)s]); "
                        "review the translation, then record the new source ('charter translate refresh FILE %(path)s "
                        "--language %(language)s')"
                    )
                    % {
                        "place": names.place(index_path),
                        "language": translation.language,
                        "index": i,
                        "path": translation.path,
                    },
                    line,
                )
            )
    return out


def locked_by_hub(hub: Playbook | None, path: str) -> str:
    """The locked hub item the text at keyed address ``path`` is in ('' when none, or no hub is
    known): a translation of it needs the hub's approval."""
    if hub is None:
        return ""
    try:
        return locked_item_at(hub, parse_address(path)) or ""
    except ValueError:
        return ""


class DocumentText(str):
    """A text of the playbook as a document in another language than the playbook's shows it:
    ``lang`` the language it is in, ``translated`` whether it is the region's translation
    (``reviewed_by``: who reviewed it), ``stale`` whether a translation exists but no longer
    translates the text (the source is shown). Made by :func:`localized`; the exports mark each
    passage by it (``lang`` in HTML, a note naming the translation)."""

    lang: str
    translated: bool
    stale: bool
    reviewed_by: str

    def __new__(
        cls, text: str, lang: str, translated: bool = False, stale: bool = False, reviewed_by: str = ""
    ) -> DocumentText:
        self = super().__new__(cls, text)
        self.lang = lang
        self.translated = translated
        self.stale = stale
        self.reviewed_by = reviewed_by
        return self

    @property
    def foreign_lang(self) -> str:
        """The language of a text shown as written ('' for the region's translation): what a
        template sets as ``lang`` on the cell or list item that holds it."""
        return "" if self.translated else self.lang


@dataclass(frozen=True)
class ContentTranslations:
    """What an export in one language does with the playbook's texts: ``current`` index path of
    a text -> (its current translation, who reviewed it); ``stale``: index paths of texts whose
    translation into the language is no longer current; ``source_language``: the language the
    playbook's texts are written in; ``language``: the document's."""

    current: dict[str, tuple[str, str]]
    stale: frozenset[str]
    source_language: str = "en"
    language: str = "en"

    def as_data(self) -> dict[str, Any]:
        """Plain data (for an export's ``extra``)."""
        return {
            "current": {path: list(value) for path, value in self.current.items()},
            "stale": sorted(self.stale),
            "source_language": self.source_language,
            "language": self.language,
        }


def _fits(translation: Translation, tag: str) -> int:
    """How well a translation's language fits a document's: 2 the same tag, 1 the same language, 0 not."""
    if translation.language.lower() == tag.lower():
        return 2
    try:
        return 1 if parse_locale(translation.language).language == parse_locale(tag).language else 0
    except ValueError:
        return 0


def content_translations(spoke: SpokeFile, effective: Playbook, tag: str, source_language: str) -> ContentTranslations:
    """The translations an export of ``effective`` in language ``tag`` uses, by the field they name.

    A translation applies to the text at its own address and nothing else (never to another field
    that happens to hold the same words). In an export in ``tag`` a text shows its current
    translation that fits best (the same tag, else the same language: a ``de`` translation serves
    ``de-DE``), or, with none current, the source marked untranslated.
    """
    best: dict[str, tuple[int, str, str]] = {}
    translated: set[str] = set()
    for translation in spoke.translations:
        try:
            source, index_path = text_at(effective, translation.path)
        except TranslationProblem:
            continue
        fit = _fits(translation, tag)
        if not fit:
            continue
        translated.add(index_path)
        if source_digest(source) == translation.source_digest and fit > best.get(index_path, (0, "", ""))[0]:
            best[index_path] = (fit, translation.text, translation.reviewed_by)
    current = {path: (text, reviewer) for path, (_fit, text, reviewer) in best.items()}
    return ContentTranslations(current, frozenset(translated - current.keys()), source_language, tag)


def _same_language(a: str, b: str) -> bool:
    try:
        return parse_locale(a).language == parse_locale(b).language
    except ValueError:
        return a.split("-")[0].lower() == b.split("-")[0].lower()


def localized(playbook: Playbook, translations: dict[str, Any] | None, language: str, source_language: str) -> Playbook:
    """``playbook`` as a document in ``language`` shows it: every prose text (see
    :func:`not_translatable`) a :class:`DocumentText` holding its current translation from
    ``translations`` (``ContentTranslations.as_data()``; looked up by the field's own address)
    or, with none, the source in ``source_language``, marked as such. ``playbook`` itself when
    the document is in the playbook's own language and nothing is translated."""
    current: dict[str, list[str]] = dict((translations or {}).get("current", {}))
    stale = set((translations or {}).get("stale", ()))
    if _same_language(language, source_language) and not current:
        return playbook
    same = _same_language(language, source_language)

    def walk(node: Any, cls: Any, names: tuple[str, ...], loc: tuple[str | int, ...]) -> Any:
        if not isinstance(node, BaseModel):
            return node
        changed: dict[str, Any] = {}
        for name, info in type(node).model_fields.items():
            value = getattr(node, name)
            inner, is_list, _ = unwrap(info.annotation)
            here = (*names, name)
            if is_model(inner):
                if is_list and isinstance(value, list):
                    new = [walk(v, inner, here, (*loc, name, i)) for i, v in enumerate(value)]
                    if any(a is not b for a, b in zip(new, value, strict=True)):
                        changed[name] = new
                elif value is not None:
                    new_model = walk(value, inner, here, (*loc, name))
                    if new_model is not value:
                        changed[name] = new_model
                continue
            if is_list and inner is str and value and not same and not not_translatable(list(here), inner, info):
                # a list of texts (prohibited content, examples): shown as written, marked
                changed[name] = [DocumentText(v, source_language) if v else v for v in value]
                continue
            if is_list or not isinstance(value, str) or not value or isinstance(value, Enum):
                continue
            if not_translatable(list(here), inner, info):
                continue
            path = format_path((*loc, name))
            if path in current:
                text, reviewer = current[path]
                changed[name] = DocumentText(text, language, translated=True, reviewed_by=reviewer)
            elif not same:
                changed[name] = DocumentText(value, source_language, stale=path in stale)
        if not changed:
            return node
        copy = node.model_copy()
        copy.__dict__.update(changed)
        return copy

    shown: Playbook = walk(playbook, type(playbook), (), ())
    return shown


def record_translation(
    spoke: SpokeFile,
    effective: Playbook,
    path: str,
    language: str,
    text: str | None,
    *,
    reviewed_by: str | None = None,
    hub_approval: str | None = None,
    hub: Playbook | None = None,
) -> SpokeFile:
    """``spoke`` with the translation of ``path`` into ``language`` set to ``text`` and the digest of
    the source as it is now (``text`` None: the existing translation's digest refreshed, after
    review). ``reviewed_by``: who reviewed the translation; ``hub_approval``: who at the hub
    approved it, which a text the ``hub`` locks needs (None: kept as recorded).
    :class:`TranslationProblem` for a path that names no translatable text, or a locked text
    without the hub's approval; ``ValueError`` for a refresh of a translation the spoke does not have."""
    source, _index_path = text_at(effective, path)
    parse_locale(language)
    digest = source_digest(source)
    translations = list(spoke.translations)
    update: dict[str, Any] = {"source_digest": digest}
    if reviewed_by is not None:
        update["reviewed_by"] = reviewed_by.strip()
    if hub_approval is not None:
        update["hub_approval"] = hub_approval.strip()
    for i, existing in enumerate(translations):
        if existing.path == path and existing.language.lower() == language.lower():
            if text is not None and text != existing.text:
                # a review and an approval are of the text reviewed: a new text has neither yet
                update.setdefault("reviewed_by", "")
                update.setdefault("hub_approval", "")
            elif digest != existing.source_digest:
                # the hub approved this text as a translation of the source as it was: of the
                # source as it is now (a refresh after the hub reworded it) it is approved anew
                update.setdefault("hub_approval", "")
            translations[i] = existing.model_copy(update={"text": existing.text if text is None else text, **update})
            recorded = translations[i]
            break
    else:
        if text is None:
            raise ValueError(f"the spoke has no translation of {path} into {language}; add one with its text")
        recorded = Translation(path=path, language=language, text=text, **update)
        translations.append(recorded)
    locked = locked_by_hub(hub, path)
    if locked and not recorded.hub_approval:
        raise TranslationProblem(
            LOCKED_WEAKENED,
            Severity.ERROR,
            f"the hub locks {locked}: a translation of it is what the region's staff read in its place, so it "
            "needs the hub's approval; give who approved it with --hub-approval NAME",
        )
    return spoke.model_copy(update={"translations": translations})
