"""``python -m bench [--quick] [--json PATH] [--runs N] [--only GROUP ...]``: Charter's benchmark.

Prints the machine, then one table row per measurement: the median with min..max, the
baseline measured in the same run, the ratio, the issue's target and whether it is met.
``--quick`` runs sizes S and M only (CI runs it to keep the benchmark working; it asserts
nothing about times). Exit code 0 whether or not targets are met; 2 on bad usage.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import sys
import time
from pathlib import Path

from bench.measure import GROUPS, Bench, Row, machine, scratch_folder


def _number(value: float | None) -> str:
    if value is None:
        return "-"
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def format_table(rows: list[Row]) -> str:
    """The rows as an aligned text table (also valid Markdown)."""
    header = ["measurement", "median", "min..max", "baseline", "ratio", "target", "met", "note"]
    lines = [header]
    for row in rows:
        if row.value is None:
            lines.append([row.name, "-", "", "", "", row.target, "", row.note])
            continue
        spread = f"{_number(row.low)}..{_number(row.high)}" if row.low is not None else ""
        baseline = f"{_number(row.baseline)} {row.unit} ({row.baseline_name})" if row.baseline is not None else ""
        ratio = f"{row.ratio:.2f}x" if row.ratio is not None else ""
        met = {True: "met", False: "NOT MET", None: ""}[row.met]
        lines.append([row.name, f"{_number(row.value)} {row.unit}", spread, baseline, ratio, row.target, met, row.note])
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    out = []
    for n, line in enumerate(lines):
        out.append("| " + " | ".join(cell.ljust(widths[i]) for i, cell in enumerate(line)) + " |")
        if n == 0:
            out.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description="Charter's benchmark suite (issue 9).")
    parser.add_argument("--quick", action="store_true", help="sizes S and M only (for CI)")
    parser.add_argument("--json", metavar="PATH", help="also write the rows as JSON to PATH")
    parser.add_argument("--runs", type=int, default=7, help="timed runs per measurement (default 7)")
    parser.add_argument(
        "--only", nargs="+", choices=sorted(GROUPS), metavar="GROUP", help=f"only these: {', '.join(GROUPS)}"
    )
    parser.add_argument("--keep", action="store_true", help="keep the generated files (their folder is printed)")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")

    started = time.perf_counter()
    info = machine()
    print(f"Charter benchmark, {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC")
    for key, value in info.items():
        print(f"  {key}: {value}")
    sizes = ["S", "M"] if args.quick else ["S", "M", "L", "XL"]
    folder = scratch_folder()
    bench = Bench(sizes, args.runs, folder, log=lambda text: print(f"  .. {text}", flush=True))
    rows: list[Row] = []
    try:
        bench.prepare()
        for name, group in GROUPS.items():
            if args.only and name not in args.only:
                continue
            print(f"  .. {name}", flush=True)
            try:
                for row in group(bench):
                    rows.append(row)
            except Exception as exc:  # one broken part must not hide the others
                rows.append(Row(name, None, "", note=f"skipped: failed ({type(exc).__name__}: {exc})"))
    finally:
        if args.keep:
            print(f"  generated files kept in {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)
    print()
    print(format_table(rows))
    met = [r for r in rows if r.met is not None]
    print(
        f"\n{sum(1 for r in met if r.met)} of {len(met)} targets met; "
        f"{sum(1 for r in rows if r.value is None)} skipped; {time.perf_counter() - started:.0f} s"
    )
    if args.json:
        document = [row.as_json() for row in rows]
        Path(args.json).write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
