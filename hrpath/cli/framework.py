"""Commands for your own framework: validate a file, start one, print its schema."""

from __future__ import annotations

import shlex
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.text import Text

from hrpath.cli.boundary import emit, exit_codes, print_json, stdout_console
from hrpath.cli.options import DataOption, JsonOption
from hrpath.errors import ExitCode


def validate(
    path: Annotated[
        Optional[Path],
        typer.Argument(
            metavar="[PATH]",
            help="Data file to check (default: --data, HRPATH_DATA, or the shipped file).",
        ),
    ] = None,
    data: DataOption = None,
    as_json: JsonOption = False,
    strict: Annotated[bool, typer.Option("--strict", help="Treat warnings as problems (exit 2).")] = False,
) -> None:
    """Check a data file and report every problem, each with its line and role.

    Also warns about odd structure: promotion cycles, promotions to a lower
    level, roles no move reaches that lead nowhere. Exits 0 when the file is
    valid (warnings included) and 2 when it is not; --strict fails on warnings.

    \b
    Examples:
      hrpath validate company.yaml
      hrpath validate --json
      HRPATH_DATA=company.yaml hrpath validate
    """
    # Imported here, not at the top: only the command that runs pays for it (cold start).
    from hrpath.datafile.validation import Validation, validate_file
    from hrpath.render.framework import validation_report

    with exit_codes():
        result = validate_file(path or data, strict)
    emit(result, as_json, Validation.to_dict, validation_report)
    if not result.valid:
        raise typer.Exit(int(ExitCode.BAD_INPUT))


def init(
    path: Annotated[str, typer.Argument(metavar="PATH", help="File to create.")],
    from_default: Annotated[
        bool, typer.Option("--from-default", help="Write a copy of the shipped graph instead of the starter.")
    ] = False,
    force: Annotated[bool, typer.Option("--force", help="Overwrite PATH if it exists.")] = False,
    example: Annotated[
        Optional[str],
        typer.Option(
            "--example",
            metavar="NAME",
            help="Write a larger example instead: company (an invented multi-family framework, format 2).",
        ),
    ] = None,
) -> None:
    """Start your own framework: write a small, commented data file that validates as it is.

    Never overwrites an existing file unless --force is given.

    \b
    Examples:
      hrpath init company.yaml
      hrpath init company.yaml --from-default --force
      hrpath init fernhill.yaml --example company
    """
    # Imported here, not at the top: only the command that runs pays for it (cold start).
    from hrpath.datafile.atomic import output_path
    from hrpath.datafile.starter import init_file

    with exit_codes():
        written = init_file(output_path(path), from_default, force, example)
    stdout_console().print(
        Text(f"wrote {written}; check it with: hrpath validate {shlex.quote(str(written))}"),
        soft_wrap=True,
        highlight=False,
    )


def schema() -> None:
    """Print the JSON Schema of the data file, for editors and other checkers.

    \b
    Examples:
      hrpath schema > hrpath.schema.json
    """
    # Imported here, not at the top: only the command that runs pays for it (cold start).
    from hrpath.datafile.json_schema import data_file_schema

    print_json(data_file_schema())


def register(app: typer.Typer) -> None:
    """Add `validate`, `init` and `schema` to the app."""
    app.command()(validate)
    app.command()(init)
    app.command()(schema)
