"""The readiness scorecard at approval, to show how it moved since the last sign-off.

A sign-off records the fingerprint of the content it approved, not the content; so the
scorecard of approved content is kept when it is seen, by fingerprint, in a folder of small
JSON files (:class:`ApprovedScores`): the editor records it whenever the open playbook's
content is the approved content (on opening it, or right after a sign-off). Later, once the
content has changed, :func:`trend` compares today's scores with those. A playbook approved
elsewhere and changed before Charter saw the approved content has no recorded scores: its
trend is unknown, and says so.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from playbooks.io.storage import PlaybookSaveError, atomic_write

_FINGERPRINT = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class AreaTrend:
    """One area of the scorecard: its score now, at approval (None: unknown), and the change."""

    area: str
    now: int
    then: int | None

    @property
    def change(self) -> int | None:
        return None if self.then is None else self.now - self.then


def trend(now: list[tuple[str, int]], then: dict[str, int] | None) -> list[AreaTrend]:
    """Each area's score now beside its score at approval (``then``; None: not known)."""
    return [AreaTrend(area, score, None if then is None else then.get(area)) for area, score in now]


class ApprovedScores:
    """Scorecards of approved content, one JSON file per content fingerprint in ``folder``."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)

    def remember(self, fingerprint: str, scores: list[tuple[str, int]]) -> None:
        """Keep the scores of the content with ``fingerprint`` (once; they never change)."""
        if not _FINGERPRINT.fullmatch(fingerprint):
            return
        path = self.folder / f"{fingerprint}.json"
        if path.exists():
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            data = json.dumps({"fingerprint": fingerprint, "scores": dict(scores)}, indent=1).encode("utf-8")
            atomic_write(path, data, backup=False)
        except (OSError, PlaybookSaveError):
            return  # the trend is a convenience: a read-only data folder leaves it unknown

    def recall(self, fingerprint: str) -> dict[str, int] | None:
        """The scores kept for ``fingerprint`` (None: none, or unreadable)."""
        if not _FINGERPRINT.fullmatch(fingerprint):
            return None
        try:
            data = json.loads((self.folder / f"{fingerprint}.json").read_text(encoding="utf-8"))
            scores = data["scores"]
            return {str(area): int(score) for area, score in scores.items()}
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None
