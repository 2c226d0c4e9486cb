"""Problems at a place in a playbook: issues, and findings with a code and severity.

An :class:`Issue` is a problem at a place: what the loader and reference integrity find wrong
with the structure, what a governance check hits, what an edit is refused for (carried by
:class:`~playbooks.format.paths.FieldRejected`). A :class:`Finding` is what validation reports:
an issue with a stable code and a severity. Both name the place by its field path
(``channels.accounts[2].owner``).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

from playbooks.format.enums import Severity


@dataclass(frozen=True)
class Issue:
    """One problem at a field path (dotted, with [i]): a message that says what is wrong or what
    to do, the line and column in the file when known, and a severity when it departs from
    the default of whoever reports it (a check's own severity; an error for structure)."""

    path: str
    message: str
    line: int | None = None
    column: int | None = None
    severity: Severity | None = field(default=None, kw_only=True)
    #: the field path of the value that drives the problem, when it is not at ``path`` (the
    #: retention a preset parameter demands of a record class): a spoke's change of that value is
    #: the change to point at
    cause: str = field(default="", kw_only=True)


#: The code of structural (schema) problems: the file does not fit the playbook format.
SCHEMA = "SCHEMA"

_DIGITS = re.compile(r"(\d+)")
_SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


@dataclass(frozen=True)
class Finding:
    """One thing to fix, at a field path, with a message that says what to do."""

    code: str
    severity: Severity
    path: str
    message: str
    line: int | None = None
    waived: bool = False
    waiver_reason: str = ""
    #: the file ``line`` is in, when it is not the file reported on (a spoke's finding that comes
    #: from its hub: the hub's file and line); empty otherwise
    file: str = ""
    #: see :attr:`Issue.cause`
    cause: str = field(default="", compare=False, repr=False)

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["severity"] = self.severity.value
        del data["cause"]
        if not self.file:
            del data["file"]
        return data

    def where(self, file: str) -> str:
        """``file:line`` of the finding in a report on ``file`` (the other file it is in, if any)."""
        name = self.file or file
        return f"{name}:{self.line}" if self.line else name


def from_issue(issue: Issue) -> Finding:
    """A structural problem as a finding with code ``SCHEMA`` (an error unless it says otherwise)."""
    return Finding(SCHEMA, issue.severity or Severity.ERROR, issue.path, issue.message, issue.line)


def sort_key(finding: Finding) -> tuple[int, str, tuple[tuple[int, int | str], ...]]:
    """The order findings are listed in everywhere (the command line, SARIF, the problems panel):
    severity, check code, then the field path with its numbers read as numbers, so that
    ``clauses[2]`` comes before ``clauses[10]``."""
    parts = tuple((0, int(p)) if p.isdigit() else (1, p) for p in _DIGITS.split(finding.path) if p)
    return (_SEVERITY_ORDER[finding.severity], finding.code, parts)


def has_errors(findings: list[Finding]) -> bool:
    """Whether any finding that is not waived is an error."""
    return any(f.severity is Severity.ERROR and not f.waived for f in findings)
