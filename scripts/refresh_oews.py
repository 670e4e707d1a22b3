"""Regenerate data/sources/oews_may2024_hr.tsv from a BLS OEWS national wage table.

hrpath's pay ranges (`pay.range_usd`) are copied from the BLS Occupational
Employment and Wage Statistics (OEWS) national, cross-industry table. This
script cuts the rows hrpath uses (every `pay.soc` in data/roles.yaml) out of
the full table and writes them as a small TSV with a provenance header, so the
file can be rebuilt when BLS publishes a new year (May 2025 and later):

    python scripts/refresh_oews.py national_wages.tsv \
        --origin "all rows of BLS national_M2024_dl.xlsx, tab-separated"
    python scripts/refresh_oews.py national_M2025_dl.xlsx --release "May 2025" \
        --out data/sources/oews_may2025_hr.tsv

The input is either a tab-separated export of the table (columns occ_code,
occ_title, a_pct10, a_pct25, a_median, a_pct75, a_pct90, in any case) or the
xlsx BLS publishes (national_M2024_dl.xlsx; needs openpyxl). Top-coded values
("#", shown by BLS as ">= $239,200") and unpublished ones ("*") are not numbers:
they are written as empty cells.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT / "data" / "roles.yaml"
DEFAULT_OUT = ROOT / "data" / "sources" / "oews_may2024_hr.tsv"
BLS_URL = "https://www.bls.gov/oes/tables.htm"
PERCENTILES = {"p10": "a_pct10", "p25": "a_pct25", "median": "a_median", "p75": "a_pct75", "p90": "a_pct90"}
COLUMNS = ("soc", "title", *PERCENTILES)
NUMBER = re.compile(r"^\$?\d[\d,]*(\.0+)?$")

Row = dict[str, str]


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Read the command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("table", type=Path, help="full OEWS national table: .tsv export or BLS .xlsx")
    parser.add_argument(
        "--data", type=Path, default=DEFAULT_DATA, help="roles file whose pay.soc codes to keep"
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="TSV to write")
    parser.add_argument("--release", default="May 2024", help="OEWS reference period, e.g. 'May 2025'")
    parser.add_argument(
        "--origin", default="", help="what the input is, for the header, e.g. 'BLS national_M2025_dl.xlsx'"
    )
    return parser.parse_args(argv)


def soc_codes(data_path: Path) -> list[str]:
    """Every SOC code a role's pay block names, sorted."""
    document = yaml.safe_load(data_path.read_text(encoding="utf-8"))
    codes = {
        str(role["pay"]["soc"]) for role in document.get("roles", []) if (role.get("pay") or {}).get("soc")
    }
    return sorted(codes)


def read_tsv(path: Path) -> list[Row]:
    """Rows of a tab-separated table, with lower-case column names."""
    with path.open(encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        return [{key.strip().lower(): (value or "").strip() for key, value in row.items()}
                for row in csv.DictReader(lines, delimiter="\t")]  # fmt: skip


def read_xlsx(path: Path) -> list[Row]:
    """Rows of the first sheet of BLS's xlsx, with lower-case column names (needs openpyxl)."""
    try:
        import openpyxl  # type: ignore[import-untyped]
    except ImportError:
        sys.exit("reading .xlsx needs openpyxl (pip install openpyxl); or pass a .tsv export")
    sheet = openpyxl.load_workbook(path, read_only=True, data_only=True).worksheets[0]
    rows = sheet.iter_rows(values_only=True)
    header = [str(name).strip().lower() for name in next(rows)]
    return [
        {key: "" if value is None else str(value).strip() for key, value in zip(header, row, strict=False)}
        for row in rows
    ]


def national_rows(rows: Iterable[Row]) -> dict[str, Row]:
    """Cross-industry rows by SOC code (the xlsx may also hold other industry groups)."""
    return {row["occ_code"]: row for row in rows if row.get("i_group", "cross-industry") == "cross-industry"}


def wage(value: str) -> str:
    """A published annual wage as digits, or "" for a top-coded or missing value."""
    value = value.strip()
    if not NUMBER.match(value):
        return ""
    return str(int(float(value.replace("$", "").replace(",", ""))))


def cut(table: dict[str, Row], codes: Sequence[str]) -> list[Row]:
    """The output rows for `codes`; exits if the table lacks one."""
    missing = [code for code in codes if code not in table]
    if missing:
        sys.exit(f"not in the OEWS table: {', '.join(missing)}")
    return [{"soc": code, "title": table[code]["occ_title"],
             **{name: wage(table[code][column]) for name, column in PERCENTILES.items()}}
            for code in codes]  # fmt: skip


def header(release: str, table: Path, origin: str, today: dt.date) -> list[str]:
    """Provenance comment lines for the output file."""
    cut_from = f"{table.name} ({origin})" if origin else table.name
    return [
        f"# BLS Occupational Employment and Wage Statistics (OEWS), {release}, national cross-industry estimates.",
        f"# Source: U.S. Bureau of Labor Statistics, {BLS_URL} (public domain).",
        f"# Cut from: {cut_from} on {today.isoformat()}",
        "# by scripts/refresh_oews.py, keeping the SOC codes that data/roles.yaml uses (pay.soc).",
        "# Annual wages in US dollars. An empty cell is a value BLS top-coded (at or above $239,200) or did not publish.",
    ]


def write(out: Path, lines: list[str], rows: list[Row]) -> None:
    """Write the comment lines, then the rows as TSV."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as handle:
        handle.write("\n".join(lines) + "\n")
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main(argv: Sequence[str] | None = None) -> int:
    """Cut the hrpath rows out of the OEWS table and write them."""
    args = parse_args(argv)
    reader = read_xlsx if args.table.suffix.lower() == ".xlsx" else read_tsv
    rows = cut(national_rows(reader(args.table)), soc_codes(args.data))
    write(args.out, header(args.release, args.table, args.origin, dt.date.today()), rows)
    print(f"wrote {len(rows)} rows to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
