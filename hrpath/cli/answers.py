"""The bodies of the commands the fast path also answers: typer-free, one home.

Each function calls one core function and hands the result to a renderer
through `boundary.run`. The typer commands call them with what they parsed;
`fast` calls them with what it read off the command line word for word, so a
question answered either way is the same call.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pathlib import Path


def show_role(role: str, data: Path | None = None, as_json: bool = False) -> None:
    """`hrpath show ROLE`."""
    from hrpath.cli.boundary import run

    run(
        partial(_Deferred("hrpath.core.browse", "role_profile"), name=role),
        data,
        as_json,
        _Deferred("hrpath.core.browse", "RoleProfile.to_dict"),
        _Deferred("hrpath.render.browse", "role_panel"),
    )


def list_roles(
    level: str | None = None,
    track: str | None = None,
    family: str | None = None,
    ladder: str | None = None,
    data: Path | None = None,
    as_json: bool = False,
) -> None:
    """`hrpath list`, with its filters."""
    from hrpath.cli.boundary import run

    compute = partial(
        _Deferred("hrpath.core.listing", "listing"), level=level, track=track, family=family, ladder=ladder
    )
    contract = _Deferred("hrpath.core.listing", "Listing.to_dicts")
    run(compute, data, as_json, contract, _Deferred("hrpath.render.browse", "roles_table"))


def route_between(
    source: str,
    target: str,
    *,
    have: list[str] | None = None,
    years: float = 0,
    in_role: float = 0,
    by: str | None = None,
    alternatives: int | None = None,
    via: list[str] | None = None,
    avoid: list[str] | None = None,
    promotions_only: bool = False,
    data: Path | None = None,
    as_json: bool = False,
) -> None:
    """`hrpath route FROM TO`: the best route and its alternatives (2 unless told)."""
    from hrpath.cli.boundary import run
    from hrpath.core.text import split_tokens

    plan = partial(
        _Deferred("hrpath.core.route.routes", "route_plan"),
        source=source,
        target=target,
        tokens=split_tokens(have),
        years=years,
        in_role=in_role,
        by=by or "years",  # search.BY[0], kept equal by a test
        alternatives=2 if alternatives is None else alternatives,
        via=via or (),
        avoid=avoid or (),
        promotions_only=promotions_only,
    )
    view = _Deferred("hrpath.render.route", "route_plan_view")
    contract = _Deferred("hrpath.core.route.results", "RoutePlan.to_dict")
    run(plan, data, as_json, contract, view, lambda found: found.no_route)


def route_with_profile(
    source: str,
    target: str,
    by: str | None = None,
    alternatives: int | None = None,
    data: Path | None = None,
    as_json: bool = False,
) -> None:
    """`hrpath route FROM TO` without --have, --years or --in-role: the saved profile's apply."""
    from hrpath.cli.boundary import exit_codes
    from hrpath.cli.profile_file import apply_profile, load_profile, no_saved_profile
    from hrpath.datafile.places import profile_path

    mine: dict[str, Any] = {"have": None, "years": 0, "in_role": 0}
    if not no_saved_profile():  # most runs: no profile module, no pathlib
        with exit_codes():
            fields = {"have": "have", "years": "years", "in_role": "in_role"}
            mine = apply_profile(load_profile(profile_path()), fields, mine, given=())
    have, years, in_role = mine["have"], mine["years"], mine["in_role"]
    route_between(
        source,
        target,
        have=have,
        years=years,
        in_role=in_role,
        by=by,
        alternatives=alternatives,
        data=data,
        as_json=as_json,
    )


class _Deferred:
    """A core function (or a class's method) named by module and qualified name and
    imported when first called: a remembered answer (`datafile.memo`) is printed
    without importing the code that would work it out, and `--json` never imports
    a renderer (nor rich). It carries the `__module__`
    and `__qualname__` of what it stands for, so a question's key is the same as
    when the typer command passes the function itself.
    """

    def __init__(self, module: str, qualname: str) -> None:
        self.__module__ = module
        self.__qualname__ = qualname

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        from importlib import import_module

        target: Any = import_module(self.__module__)
        for name in self.__qualname__.split("."):
            target = getattr(target, name)
        return target(*args, **kwargs)
