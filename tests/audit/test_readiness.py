"""The scorecard kept at approval, and its trend (playbooks.audit.readiness)."""

from __future__ import annotations

from pathlib import Path

from playbooks.audit.readiness import ApprovedScores, trend

PRINT = "a" * 64


def test_scores_are_kept_once_per_fingerprint_and_read_back(tmp_path: Path) -> None:
    store = ApprovedScores(tmp_path / "scores")
    assert store.recall(PRINT) is None
    store.remember(PRINT, [("culture", 40), ("compliance", 80)])
    store.remember(PRINT, [("culture", 0)])  # the approved content's scores never change
    assert store.recall(PRINT) == {"culture": 40, "compliance": 80}
    assert [
        (t.area, t.now, t.then, t.change) for t in trend([("culture", 55), ("channels", 90)], store.recall(PRINT))
    ] == [
        ("culture", 55, 40, 15),
        ("channels", 90, None, None),
    ]
    assert [t.change for t in trend([("culture", 55)], None)] == [None]


def test_bad_names_and_bad_files_are_no_scores(tmp_path: Path) -> None:
    store = ApprovedScores(tmp_path)
    store.remember("../../etc/passwd", [("culture", 1)])
    assert list(tmp_path.iterdir()) == []
    (tmp_path / f"{PRINT}.json").write_text("{not json", encoding="utf-8")
    assert store.recall(PRINT) is None
    (tmp_path / f"{PRINT}.json").write_text('{"scores": [1, 2]}', encoding="utf-8")
    assert store.recall(PRINT) is None
    blocked = ApprovedScores(tmp_path / f"{PRINT}.json" / "below-a-file")
    blocked.remember(PRINT, [("culture", 1)])  # cannot be written: no trend, no crash
