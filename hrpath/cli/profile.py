"""`hrpath profile set/show/clear`, and the profile's use by gaps, route and next.

The profile is a small YAML file in the user's config directory (typer's
`get_app_dir("hrpath")`), or at `HRPATH_PROFILE`. Writes go through the
resolved path, atomically, so a symlinked profile stays a symlink.
"""

from __future__ import annotations

import sys
from typing import Annotated, Any, Optional

import typer
from typer._click.core import ParameterSource

from hrpath.cli.boundary import exit_codes, print_json
from hrpath.cli.options import DataOption, HaveOption, JsonOption, complete_role
from hrpath.cli.profile_file import apply_profile, load_profile, save_profile
from hrpath.cli.usage import OneLineErrors
from hrpath.core.profile import Profile
from hrpath.datafile.places import profile_path
from hrpath.errors import BadInput

NoProfileOption = Annotated[
    bool, typer.Option("--no-profile", help="Ignore the saved profile (see `hrpath profile show`).")
]


def with_profile(ctx: typer.Context, no_profile: bool, params: dict[str, str]) -> dict[str, Any]:
    """The command's values with the profile's filled in where the option was not given.

    `params` maps a profile field to the command's parameter name (see `apply_profile`).
    """
    values = {param: ctx.params.get(param) for param in params.values()}
    if no_profile:
        return values
    given = {
        param
        for param in params.values()
        if ctx.get_parameter_source(param) not in (ParameterSource.DEFAULT, None)
    }
    return apply_profile(load_profile(), params, values, given)


profile_app = typer.Typer(
    help="Save what you have, so gaps, route and next need fewer options.\n\n"
    "\b\nExamples:\n  hrpath profile set --have bachelors,recruiting --years 3 --role recruiter --in-role 2\n"
    "  hrpath profile show\n  hrpath profile clear",
    rich_markup_mode=None,
    cls=OneLineErrors,
)


@profile_app.command("set")
def set_profile(
    have: HaveOption = None,
    years: Annotated[Optional[float], typer.Option("--years", metavar="N", min=0, max=100)] = None,
    role: Annotated[
        Optional[str],
        typer.Option("--role", metavar="ROLE", help="The role you hold.", autocompletion=complete_role),
    ] = None,
    in_role: Annotated[Optional[float], typer.Option("--in-role", metavar="N", min=0, max=100)] = None,
    data: DataOption = None,
) -> None:
    """Save fields of your profile (others are kept); names are checked against the data."""
    from hrpath.core.have_tokens import parse_have
    from hrpath.core.names import resolve_role
    from hrpath.core.text import split_tokens
    from hrpath.datafile.loader import load_graph

    with exit_codes():
        old = load_profile()
        graph = load_graph(data)
        tokens = tuple(split_tokens(have)) if have is not None else old.have
        parse_have(graph, tokens)
        new = Profile(
            have=tokens,
            years=years if years is not None else old.years,
            role=resolve_role(graph, role) if role is not None else old.role,
            in_role=in_role if in_role is not None else old.in_role,
        )
        path = save_profile(new)
    print(f"saved to {path}: {new.summary() or 'nothing'}", file=sys.stderr)


@profile_app.command("show")
def show_profile(as_json: JsonOption = False) -> None:
    """Print the saved profile and where it is stored."""
    with exit_codes():
        profile = load_profile()
    if as_json:
        print_json({"path": str(profile_path()), **profile.to_dict()})
    else:
        print(f"{profile.summary() or 'nothing saved'}  ({profile_path()})")


@profile_app.command("clear")
def clear_profile() -> None:
    """Forget the saved profile."""
    path = profile_path()
    with exit_codes():
        if path.is_symlink():
            save_profile(Profile(), path)  # keep the link, empty what it points to
        else:
            try:
                path.unlink(missing_ok=True)
            except OSError as error:
                raise BadInput(f"cannot remove {path}: {error.strerror or error}") from error
    print(f"profile cleared ({path})", file=sys.stderr)


def register(app: typer.Typer) -> None:
    """Add the `profile` command group to the app."""
    app.add_typer(profile_app, name="profile")
