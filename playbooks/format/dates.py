"""Dates as policies write them: a day, a month or only a year ("May 2005", "Jan 2013", "6/2021").

A :data:`PartialDate` is kept as ISO 8601 text of the precision the policy gives: ``2013``,
``2005-05`` or ``2013-01-15`` (what the file holds, what compares and sorts). What people type
(``May 2005``, ``6/2021``) is read into that form; :func:`partial_date_text` words it back.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any

from pydantic import BeforeValidator

from playbooks.format import language
from playbooks.format.messages import PARTIAL_DATE

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_MONTH_NUMBERS = {name.lower(): i + 1 for i, name in enumerate(MONTHS)} | {
    name[:3].lower(): i + 1 for i, name in enumerate(MONTHS)
}
_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
_SLASHED = re.compile(r"^(\d{1,2})/(\d{4})$")
_WORDED = re.compile(r"^([A-Za-z]+)\.? (\d{4})$")


def _year(text: str, year: str) -> int:
    # the calendar has no year 0 (nor can Python's date hold it): refused where it is typed
    if int(year) < 1:
        raise ValueError(f"{text} is not a date: the calendar has no year 0")
    return int(year)


def _month(year: int, month: int) -> str:
    if not 1 <= month <= 12:
        raise ValueError(PARTIAL_DATE)
    return f"{year:04d}-{month:02d}"


def parse_partial_date(value: Any) -> Any:
    """The ISO text of a date, a month or a year given as text, a number (a YAML year) or a date;
    ValueError with the forms it takes for anything else."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise ValueError(PARTIAL_DATE)
    text = value.strip()
    if match := _ISO.match(text):
        year, month, day = match.groups()
        _year(text, year)
        if month is None:
            return year
        if day is None:
            return _month(int(year), int(month))
        try:
            return dt.date(int(year), int(month), int(day)).isoformat()
        except ValueError:
            raise ValueError(f"{text} is not a day of the calendar") from None
    if match := _SLASHED.match(text):
        return _month(_year(text, match.group(2)), int(match.group(1)))
    if (match := _WORDED.match(text)) and match.group(1).lower() in _MONTH_NUMBERS:
        return _month(_year(text, match.group(2)), _MONTH_NUMBERS[match.group(1).lower()])
    raise ValueError(PARTIAL_DATE)


#: A date with the precision the policy gives it: a day, a month or a year (module docstring).
PartialDate = Annotated[str, BeforeValidator(parse_partial_date)]


def partial_date_text(value: str | dt.date | None) -> str:
    """'1 March 2026', 'May 2005' or '2013' ('' for none), in the language in force ('Mai 2005';
    :func:`playbooks.format.language.date`): unambiguous in every locale."""
    if value is None or value == "":
        return ""
    return language.date(value)


def period_start(value: str | dt.date) -> dt.date:
    """The first day a partial date covers (2005-05: 1 May 2005), for comparing it with dates."""
    if isinstance(value, dt.date):
        return value
    parts = [int(p) for p in value.split("-")]
    return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
