"""The `hrpath gaps` answer: every role ranked, and optionally one target in detail.

`gaps_report` is the one core call of the command: it resolves the `--have`
tokens, counts a held role's requirements as had, ranks the roles and, for a
target, says how to close each gap and shows the route from the held role.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from hrpath.core.gaps.closing import Reach, reach_for
from hrpath.core.gaps.eligibility import Eligibility, eligibility
from hrpath.core.gaps.readiness import RoleGap, rank_roles, role_gap, satisfied_by
from hrpath.core.graph import RoleGraph
from hrpath.core.have_tokens import personal_have
from hrpath.core.listing import list_roles
from hrpath.core.models import Role
from hrpath.core.names import resolve_role
from hrpath.core.qualifications import Have, with_requirements
from hrpath.core.route.results import Labels, Route
from hrpath.core.route.routes import checked_in_role, find_routes
from hrpath.core.route.walk import labels_for
from hrpath.core.vocabulary import vocabulary_labels
from hrpath.errors import BadInput, NoAnswer


@dataclass(frozen=True, slots=True)
class Met:
    """What a person already meets for a role, with what meets it."""

    education: tuple[str, str] | None = None  # (required, held)
    experience_years: float = 0  # required years, when met and above 0
    skills: tuple[str, ...] = ()
    certifications: tuple[tuple[str, str], ...] = ()  # (required, held one that covers it)


@dataclass(frozen=True, slots=True)
class TargetGap:
    """One target role in detail: the gap, how to close it, and the route there."""

    gap: RoleGap
    met: Met
    certifications: tuple[Eligibility, ...]
    route: Route | None = None  # the best route from the held role, when there is one
    route_note: str | None = None  # why there is no route, when a role is held
    route_labels: Labels | None = None  # role titles and terms for rendering the route

    def to_dict(self) -> dict[str, Any]:
        """The `target` object of the gaps JSON contract."""
        return {
            "id": self.gap.role.id,
            "title": self.gap.role.title,
            "ready": self.gap.ready,
            "eligible": self.gap.eligible,
            "score": self.gap.score,
            "missing": self.gap.missing.to_dict(),
            "helpful_missing": list(self.gap.helpful_missing),
            "close": [closing.to_dict() for closing in self.gap.close],
            "certifications": [cert.to_dict() for cert in self.certifications],
            "route": self.route.to_dict() if self.route is not None else None,
        }


@dataclass(frozen=True, slots=True)
class GapsReport:
    """Everything `hrpath gaps` answers, with labels so renderers need no graph."""

    have: Have
    current: Role | None
    roles: tuple[RoleGap, ...]
    total: int  # roles that passed the filters, before --limit
    target: TargetGap | None = None
    labels: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The `gaps --json` contract."""
        result: dict[str, Any] = {
            "have": self.have.to_dict(),
            "roles": [gap.to_dict() for gap in self.roles],
        }
        if self.target is not None:
            result["target"] = self.target.to_dict()
        return result


def gaps_report(
    graph: RoleGraph,
    tokens: Sequence[str] = (),
    years: float = 0,
    *,
    in_role: float = 0,
    current: str | None = None,
    target: str | None = None,
    level: str | None = None,
    track: str | None = None,
    limit: int | None = None,
) -> GapsReport:
    """Rank roles by readiness for what a person has, and detail a target role.

    `tokens` are `--have` items, `years` the years of HR experience, `current`
    the name of a held role (its requirements count as had), `in_role` the years
    spent in it (experience is at least that; the route counts them). Raises UnknownName
    or AmbiguousName for a bad token, role or track, BadInput for bad years or
    limit, and NoAnswer when the level and track filters leave no role.
    """
    if limit is not None and limit < 1:
        raise BadInput(f"limit must be 1 or more, not {limit}")
    in_role = checked_in_role(in_role)
    have = personal_have(graph, tokens, max(years, in_role) if in_role else years)
    held = graph.role(resolve_role(graph, current)) if current is not None else None
    if held is not None:
        have = with_requirements(graph, have, held.requires)
    wanted = graph.role(resolve_role(graph, target)) if target is not None else None
    reach = reach_for(graph, have, held)
    ranked = rank_roles(graph, have, list_roles(graph, level, track), reach)
    return GapsReport(
        have=have,
        current=held,
        roles=tuple(ranked[:limit]),
        total=len(ranked),
        target=target_gap(graph, have, wanted, held, reach, in_role) if wanted else None,
        labels=vocabulary_labels(graph),
    )


def target_gap(
    graph: RoleGraph,
    have: Have,
    role: Role,
    held: Role | None = None,
    reach: Reach | None = None,
    in_role: float = 0,
) -> TargetGap:
    """The gap to `role` in detail, with eligibility for each missing certification.

    With a held role, the best route from it is added (or why there is none),
    and experience gained on that route is what counts toward the role.
    """
    route, note = _route(graph, have, held, role) if held is not None else (None, None)
    route = replace(route, in_role=in_role) if route is not None else None
    reach = reach or reach_for(graph, have, held)
    if route is not None:
        reach = Reach(reach.roles, route.roles[:-1])
    gap = role_gap(graph, have, role, reach)
    certifications = tuple(eligibility(graph, cert, have) for cert in gap.missing.certifications)
    labels = labels_for(graph) if route is not None else None
    return TargetGap(gap, met_for(graph, have, gap), certifications, route, note, labels)


def met_for(graph: RoleGraph, have: Have, gap: RoleGap) -> Met:
    """What `have` already meets of the role in `gap`, and with what."""
    requires, missing = gap.role.requires, gap.missing
    education = None
    if requires.education and missing.education is None and have.education:
        education = (requires.education, have.education)
    covered = ((cert, satisfied_by(graph, have, cert)) for cert in requires.certifications)
    return Met(
        education=education,
        experience_years=(requires.experience_years or 0) if not missing.experience_years else 0,
        skills=tuple(skill for skill in requires.skills if skill not in missing.skills),
        certifications=tuple((cert, via) for cert, via in covered if via is not None),
    )


def _route(graph: RoleGraph, have: Have, held: Role, role: Role) -> tuple[Route | None, str | None]:
    """The best route (fewest typical years) from the held role to the target, or None and why not."""
    if held.id == role.id:
        return None, f"you already hold {role.title}"
    try:
        return find_routes(graph, held.id, role.id, have=have)[0], None
    except NoAnswer as error:
        return None, str(error)
