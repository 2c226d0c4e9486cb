"""CSV tables as pandas and Python's csv module read them: rectangular, named columns, provenance kept."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from tests.readers.conftest import document_names
from tests.readers.tools import module


@pytest.mark.parametrize("name", document_names("csv"))
def test_pandas_reads_every_csv_as_one_rectangular_table_with_its_provenance(outputs: Path, name: str) -> None:
    pandas = module("pandas")
    path = outputs / "documents" / name
    # Excel needs the BOM to read UTF-8; pandas and the csv module (as utf-8-sig) drop it
    records = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))
    header, rows = records[0], records[1:]
    assert {len(record) for record in records} == {len(header)}, "every record has the header's fields"
    assert all(cell.strip() for cell in header) and len(set(header)) == len(header)
    # strict: a long row is an error, not silently an index column; a short one would show as NaN
    frame = pandas.read_csv(path, dtype=str, keep_default_na=False, on_bad_lines="error", index_col=False)
    assert list(frame.columns) == header, "pandas' default read keeps the column names (no BOM in the first)"
    assert len(frame) == len(rows) > 0
    # provenance: every row says which playbook, version and content it came from
    fingerprints = set(frame["Content fingerprint (SHA-256)"])
    assert len(fingerprints) == 1 and len(fingerprints.pop()) == 64
    assert set(frame["Generated"]) == {frame["Generated"].iloc[0]}
    assert frame["Generated"].iloc[0].startswith("1 January 2026 by Charter ")
    assert frame["Playbook id"].iloc[0].startswith("meridian-securities-")
