"""The language of everything Charter itself writes: one translation function, dates and numbers.

Charter's own words in a document (headings, labels, table headers, fixed sentences, the
document control block, footers) and its plain-language messages go through :func:`gettext`
(``_``) and :func:`ngettext`, backed by gettext message catalogues kept with Babel:
``playbooks/locale/<language>/LC_MESSAGES/charter.po``. Dates and numbers are formatted by
Babel from CLDR data (``1. Oktober 2026``, ``0,25``).

The catalogues are read as ``.po`` and compiled in memory on first use (a few milliseconds),
rather than committed or built as ``.mo``: nothing generated goes into git, a checkout runs
without a build step, and the bundle carries the same files the tests read.

The language in force is a context variable: :func:`using` sets it for one export (in the
thread that runs it), everything below reads it. The default is English, Charter's source
language, so code that never asks for a language behaves as before.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from decimal import MAX_PREC, ROUND_HALF_EVEN, Context, Decimal, localcontext
from functools import cache
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_skeleton
from babel.numbers import format_decimal, format_percent, get_decimal_symbol, get_minus_sign_symbol
from babel.support import NullTranslations, Translations

#: The gettext domain of Charter's catalogues.
DOMAIN = "charter"

#: The language Charter's messages are written in (the catalogues translate from it).
SOURCE_LANGUAGE = "en"

#: The languages Charter writes documents in, with their own names, in the order they are offered.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "ja": "日本語",
    "ar": "العربية",
}

#: The shape of a document language tag (the model's pattern; :func:`parse_locale` decides).
LANGUAGE_TAG = r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$"

#: English dates: day, month name, year ("1 March 2026"), unambiguous wherever the policy is read.
_ENGLISH_DATE = "d MMMM y"


class LanguageError(ValueError):
    """A language tag Charter cannot write in; ``str()`` is one line that says why."""


def check_tag(value: str) -> str:
    """``value`` when it is a document language Charter writes in (pydantic validator of the model's field)."""
    try:
        parse_locale(value)
    except LanguageError as exc:
        raise ValueError(str(exc)) from None
    return value


def locale_folder() -> Path:
    """The folder of the message catalogues (beside this package; bundled at the same path)."""
    return Path(__file__).resolve().parents[1] / "locale"


def catalogue_path(language: str) -> Path:
    """The ``.po`` file of ``language`` (a primary language subtag such as ``de``)."""
    return locale_folder() / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def parse_locale(tag: str) -> Locale:
    """The Babel locale of BCP 47 ``tag`` (``de-DE``, ``ar-AE``, ``ja``); :class:`LanguageError` when
    Charter has no catalogue for its language or CLDR does not know the tag."""
    text = str(tag).strip()
    primary = text.split("-", 1)[0].split("_", 1)[0].lower()
    if primary not in LANGUAGES:
        choices = ", ".join(LANGUAGES)
        raise LanguageError(f"'{text}' is not a language Charter writes documents in; choose one of: {choices}")
    try:
        return Locale.parse(text, sep="-" if "-" in text else "_")
    except (UnknownLocaleError, ValueError, TypeError):
        raise LanguageError(f"'{text}' is not a language tag Charter knows (a BCP 47 tag such as de-DE)") from None


@cache
def _translations(language: str) -> NullTranslations:
    if language == SOURCE_LANGUAGE:
        return NullTranslations()
    # imported here: the editor reads the model at start-up and needs no catalogue until it shows a message
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    path = catalogue_path(language)
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=language, domain=DOMAIN)
    compiled = io.BytesIO()
    write_mo(compiled, catalog)  # fuzzy (unreviewed) entries are left out: they fall back to English
    compiled.seek(0)
    return Translations(compiled, domain=DOMAIN)


@dataclass(frozen=True)
class Language:
    """A document language: its BCP 47 tag, Babel locale and catalogue."""

    tag: str
    locale: Locale

    @property
    def code(self) -> str:
        """The primary language subtag (``de`` for ``de-DE``): the catalogue's name."""
        return self.locale.language

    @property
    def direction(self) -> str:
        """``rtl`` or ``ltr``: the direction the language is written in."""
        return "rtl" if self.locale.text_direction == "rtl" else "ltr"

    @property
    def translations(self) -> NullTranslations:
        """The compiled catalogue (no translation at all for English)."""
        return _translations(self.code)


@cache
def language(tag: str = SOURCE_LANGUAGE) -> Language:
    """The :class:`Language` of ``tag`` (:class:`LanguageError` as :func:`parse_locale`)."""
    return Language(tag, parse_locale(tag))


_current: ContextVar[Language | None] = ContextVar("charter_language", default=None)


def current() -> Language:
    """The language in force (English unless :func:`using` says otherwise)."""
    return _current.get() or language(SOURCE_LANGUAGE)


@contextlib.contextmanager
def using(tag: str) -> Iterator[Language]:
    """Everything inside writes in ``tag`` (this thread or task only)."""
    token = _current.set(language(tag))
    try:
        yield current()
    finally:
        _current.reset(token)


def gettext(message: str) -> str:
    """``message`` in the language in force (itself where the catalogue has no translation)."""
    return current().translations.gettext(message)


def ngettext(singular: str, plural: str, n: float | Decimal) -> str:
    """The singular or plural of a message, by the language's plural rules for ``n``."""
    count = int(n) if float(n).is_integer() else 2  # a fraction ("1.5 years") takes the plural
    return current().translations.ngettext(singular, plural, count)


#: The usual short name of :func:`gettext`, as Babel's extractor looks for it.
_ = gettext


def N_(message: str) -> str:
    """Marks ``message`` for translation where it is defined; translated where it is shown."""
    return message


def in_sentence(label: str) -> str:
    """A label (a heading's wording: "All employees") as it reads inside a sentence: lower case,
    except in German, whose nouns keep their capital (lowering "Beschäftigte" would be wrong; a
    label's capitalised first adjective is the lesser fault)."""
    if current().code == "de":
        return label
    return label.lower()


def date(value: dt.date | str) -> str:
    """``value`` as a long date: "1 March 2026", "1. Oktober 2026", "2026年10月1日"; a partial date
    (ISO text of a month or a year, see :mod:`playbooks.format.dates`) with its own precision:
    "May 2005", "Mai 2005", "2005年5月"; "2013", "2013年"."""
    lang = current()
    if isinstance(value, str):
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 1:
            return format_skeleton("y", dt.date(parts[0], 1, 1), locale=lang.locale)
        if len(parts) == 2:
            return format_skeleton("yMMMM", dt.date(parts[0], parts[1], 1), locale=lang.locale)
        value = dt.date(*parts)
    if lang.code == SOURCE_LANGUAGE:
        return format_date(value, _ENGLISH_DATE, locale=lang.locale)
    return format_date(value, "long", locale=lang.locale)


def exact(value: float | int | Decimal, decimals: int | None = None) -> Decimal:
    """``value`` as the exact number the author wrote: a float's shortest text (0.1, never
    0.1000000000000000055), a whole number without decimals (12.0 -> 12), no exponent;
    ``decimals``: exactly that many places (rounded half to even)."""
    number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    # as many digits as the number has (a whole number of 400 digits is a valid value): the
    # default context's 28 would refuse to quantize it
    with localcontext() as digits:
        digits.prec = max(28, len(number.as_tuple().digits) + (decimals or 0) + 2)
        if decimals is not None:
            return number.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_EVEN)
        if number == number.to_integral_value():
            return number.quantize(Decimal(1))
        return number.normalize()


def number(value: float | int | Decimal, decimals: int | None = None) -> str:
    """``value`` exactly (:func:`exact`: never rounded, never in scientific notation, of any
    size), grouped in thousands, in the language's separators: 12345678.5 -> "12,345,678.5",
    "12.345.678,5" in German, "12 345 678,5" in French."""
    lang = current()
    shown = exact(value, decimals)
    whole, _, fraction = f"{shown.copy_abs():f}".partition(".")  # abs() would round to 28 digits
    # Babel groups the whole part (its own quantizing needs the digits of a huge number)
    with localcontext() as digits:
        digits.prec = max(28, len(whole) + 10)  # and the pattern's decimals (three at most)
        text = format_decimal(Decimal(whole), locale=lang.locale, decimal_quantization=False)
    if fraction:
        text += get_decimal_symbol(lang.locale) + fraction
    return get_minus_sign_symbol(lang.locale) + text if shown < 0 else text


def percent(fraction: float | int | Decimal, decimals: int | None = None) -> str:
    """``fraction`` (0.25) as a percentage, exact as :func:`number`, written as the language
    writes one: "25%", "25 %" in German and French."""
    hundred = format_percent(1, locale=current().locale)  # the language's pattern around "100"
    return hundred.replace("100", number(exact(fraction).scaleb(2, Context(prec=MAX_PREC)), decimals), 1)
