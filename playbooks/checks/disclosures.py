"""Disclosures on people's own posts: a token the policy requires must be in the rules of every
audience it binds."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from typing import TYPE_CHECKING

from playbooks.checks import check
from playbooks.format.enums import ConductTopic, Severity
from playbooks.format.findings import Issue
from playbooks.format.identity import Names
from playbooks.format.language import gettext as _
from playbooks.format.language import in_sentence
from playbooks.format.references import built_in_of

if TYPE_CHECKING:
    from playbooks.format.model import Clause, Playbook


def _names_token(clause: Clause, tokens: list[str]) -> bool:
    said = " ".join([clause.title, clause.wording, *clause.examples]).casefold()
    return any(token.casefold() in said for token in tokens)


@check(
    "CONDUCT-DISCLOSURE-TOKEN",
    Severity.WARNING,
    "compliance",
    "Disclosure token missing from an audience's rules",
    "The FTC's Endorsement Guides (16 CFR Part 255, revised 2023) require a clear and conspicuous disclosure "
    "of a material connection on the post itself: a disclosure in a bio alone, or buried among other "
    "hashtags, is not enough. Intel's social media guidelines give employees a token to use (#IamIntel), and "
    "influencer rules ask for #Ad or #Paid. A token the policy requires helps only if the rules each audience "
    "reads name it: an audience whose disclosure rules never mention the token will not use it.",
    sources=(
        "FTC Guides Concerning the Use of Endorsements and Testimonials in Advertising, 16 CFR Part 255 (2023)",
        "Intel Social Media Guidelines",
    ),
)
def token_missing(playbook: Playbook) -> Iterator[Issue]:
    """CONDUCT-DISCLOSURE-TOKEN: Disclosure token missing from an audience's rules."""
    rules = [c for c in playbook.conduct.clauses if c.topic is ConductTopic.DISCLOSURE_OF_AFFILIATION]
    names = Names(playbook)
    for i, disclosure in enumerate(playbook.conduct.disclosures):
        tokens = [t for t in (disclosure.token, disclosure.short_form) if t.strip()]
        bound: list[str | None] = list(disclosure.audiences) or [None]
        lacking = []
        for audience in bound:
            # a rule for the built-in audience an own one counts as binds its people too
            kind = built_in_of(playbook, "audiences", audience) if audience is not None else None
            theirs = [
                c
                for c in rules
                if audience is None or not c.audiences or audience in c.audiences or (kind and kind in c.audiences)
            ]
            if not any(_names_token(c, tokens) for c in theirs):
                lacking.append(
                    _("everyone in scope") if audience is None else in_sentence(names.ref("audiences", audience))
                )
        if lacking:
            yield Issue(
                f"conduct.disclosures[{i}].token",
                _(
                    "%(token)s binds %(audiences)s, but no disclosure rule for them names it: write it into their "
                    "disclosure rule in Conduct rules."
                )
                % {"token": disclosure.token, "audiences": ", ".join(lacking)},
            )


def _hidden(text: str) -> list[str]:
    """The characters of ``text`` a reader does not see as written: control characters and the
    marks that reorder text (bidi overrides, embeddings and isolates), as U+ codes."""
    return [f"U+{ord(char):04X}" for char in text if unicodedata.category(char) == "Cc" or char in _BIDI_CONTROLS]


#: Marks that make text display in another order than it is stored (embeddings, overrides, isolates).
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


@check(
    "CONDUCT-TOKEN-HIDDEN",
    Severity.ERROR,
    "compliance",
    "Disclosure token with characters a reader cannot see",
    "A disclosure token is what people copy into their posts and what a reviewer searches for (FTC "
    "Endorsement Guides, 16 CFR Part 255: clear and conspicuous). A control character, or a mark that "
    "reorders text (a bidi override or isolate), makes the token display differently from what is stored: "
    "the document shows one token, a search finds another. Intel's social media guidelines give employees a "
    "token to copy (#IamIntel): it helps only if what they copy is what the policy shows.",
    sources=(
        "FTC Guides Concerning the Use of Endorsements and Testimonials in Advertising, 16 CFR Part 255 (2023)",
        "Intel Social Media Guidelines",
    ),
)
def token_hidden(playbook: Playbook) -> Iterator[Issue]:
    """CONDUCT-TOKEN-HIDDEN: Disclosure token with characters a reader cannot see."""
    for i, disclosure in enumerate(playbook.conduct.disclosures):
        for field, title in (("token", "token"), ("short_form", "short form")):
            hidden = _hidden(getattr(disclosure, field))
            if hidden:
                yield Issue(
                    f"conduct.disclosures[{i}].{field}",
                    f"The {title} of disclosure '{disclosure.id}' holds characters a reader cannot see "
                    f"({', '.join(dict.fromkeys(hidden))}): type it again in Conduct rules > Disclosures.",
                )
