"""How to close each gap, built from the graph and its data only, never invented.

- education: earn the degree (with its usual length when the file gives one);
- experience: how many more years, and which roles on your way count toward them;
- certification: who awards it, and when you become eligible from what you have;
- skill: the roles that require it at a lower level than the target and that you
  can reach, where you would build it on the job, or "no role in this framework
  builds it".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from hrpath.core.gaps.eligibility import ANY, Eligibility, eligibility
from hrpath.core.graph import RoleGraph
from hrpath.core.models import Role
from hrpath.core.qualifications import CERTIFICATION, EDUCATION, SKILL, Have, Missing, item_kind, missing_for
from hrpath.core.text import years_text

EXPERIENCE = "experience"
NO_ROLE_BUILDS_IT = "no role in this framework builds it"
_NAMED = 3  # roles named in one line; the rest are counted


@dataclass(frozen=True, slots=True)
class Closing:
    """How to close one missing or helpful item."""

    item: str  # education, skill or certification id, or "experience"
    kind: str  # education | experience | certification | skill
    how: str
    roles: tuple[str, ...] = ()  # ids of the roles `how` names

    def to_dict(self) -> dict[str, Any]:
        """One entry of `close` in the gaps and plan JSON contracts."""
        return {"item": self.item, "kind": self.kind, "how": self.how}


@dataclass(frozen=True, slots=True)
class Reach:
    """The roles a person can reach, and the roles held on the way to a target, when a route is known."""

    roles: frozenset[str]
    on_way: tuple[str, ...] | None = None


def reach_for(graph: RoleGraph, have: Have, held: Role | None = None) -> Reach:
    """Roles reachable from the held role or, without one, from every role whose gates `have` meets now."""
    if held is not None:
        starts = [held.id]
    else:
        starts = [role.id for role in graph if missing_for(graph, have, role.requires).gates_met()]
    seen = set(starts)
    for current in starts:  # breadth first; `starts` grows as roles are found
        for move in graph.moves_from(current):
            if move.target not in seen:
                seen.add(move.target)
                starts.append(move.target)
    return Reach(frozenset(seen))


def closings(
    graph: RoleGraph, have: Have, role: Role, missing: Missing, helpful: Iterable[str], reach: Reach
) -> tuple[Closing, ...]:
    """How to close every missing item of `role`, then every helpful item not held."""
    found: list[Closing] = []
    if missing.education:
        found.append(close_education(graph, missing.education))
    if missing.experience_years:
        found.append(close_experience(graph, have, role, missing.experience_years, reach))
    found += [close_certification(graph, have, cert) for cert in missing.certifications]
    found += [close_skill(graph, skill, role, reach) for skill in missing.skills]
    for item in helpful:
        if item_kind(graph, item) == SKILL:
            found.append(close_skill(graph, item, role, reach))
        else:
            found.append(close_certification(graph, have, item))
    return tuple(found)


def close_education(graph: RoleGraph, education: str) -> Closing:
    """'earn a Bachelor's degree', with its usual length when the data file gives one."""
    term = graph.education[graph.education_rank(education)]
    length = f" (usually {years_text(term.typical_years)} of study)" if term.typical_years else ""
    return Closing(education, EDUCATION, f"earn {article(term.label)} {term.label}{length}")


def close_experience(graph: RoleGraph, have: Have, role: Role, more: float, reach: Reach) -> Closing:
    """How many more years, and which roles on the way count toward them."""
    if reach.on_way is not None:
        counting = list(reach.on_way)
    else:
        counting = [move.origin for move in graph.moves_into(role.id) if move.origin in reach.roles]
    number, unit = years_text(more).split(" ", 1)
    how = (
        f"{number} more {unit} of HR experience "
        f"(you have {have.experience_years:g} of {years_text(role.requires.experience_years)})"
    )
    if counting:
        how += f"; time as {role_names(graph, counting, 'or')} counts"
    return Closing(EXPERIENCE, EXPERIENCE, how, tuple(counting))


def close_certification(graph: RoleGraph, have: Have, cert_id: str) -> Closing:
    """Who awards it, and 'eligible now' or when you become eligible from what you have."""
    status = eligibility(graph, cert_id, have)
    body = f"awarded by {status.body}; " if status.body else ""
    return Closing(cert_id, CERTIFICATION, body + eligibility_text(graph, status))


def close_skill(graph: RoleGraph, skill: str, target: Role, reach: Reach) -> Closing:
    """The reachable roles that require `skill` below the target's level, or why there are none."""
    below = sorted(
        (
            role
            for role in graph
            if skill in role.requires.skills and graph.level_rank(role.level) < graph.level_rank(target.level)
        ),
        key=lambda role: (graph.level_rank(role.level), role.title.casefold()),
    )
    if not below:
        return Closing(skill, SKILL, NO_ROLE_BUILDS_IT)
    near = [role.id for role in below if role.id in reach.roles]
    if near:
        return Closing(skill, SKILL, f"build it on the job as {role_names(graph, near, 'or')}", tuple(near))
    ids = [role.id for role in below]
    how = f"built on the job as {role_names(graph, ids, 'or')}, none within your reach yet"
    return Closing(skill, SKILL, how, tuple(ids))


def eligibility_text(graph: RoleGraph, status: Eligibility) -> str:
    """'eligible now', 'eligible in 1 year (needs 2 years of HR experience with a Bachelor's degree)', or why not."""
    if not status.recorded:
        return "eligibility not recorded in the data file"
    if status.needs_label is not None:
        return f"needs {article(status.needs_label)} {status.needs_label} first"
    assert status.years_needed is not None and status.years_to_eligible is not None
    needs = rule_text(graph, status)
    if status.eligible_now:
        return "eligible now" + (f" ({needs})" if status.years_needed else "")
    return f"eligible in {years_text(status.years_to_eligible)} ({needs})"


def rule_text(graph: RoleGraph, status: Eligibility) -> str:
    """'needs 2 years of HR experience with a Bachelor's degree' or 'no experience needed'."""
    label = None if status.rule in (None, ANY) else graph.education_label(status.rule)
    rule = f" with {article(label)} {label}" if label else ""
    if not status.years_needed:
        return "no experience needed" + rule
    return f"needs {years_text(status.years_needed)} of HR experience{rule}"


def role_names(graph: RoleGraph, role_ids: Iterable[str], conjunction: str = "and") -> str:
    """'A', 'A or B', 'A, B or C', 'A, B, C or 2 other roles'."""
    titles = [graph.role(role_id).title for role_id in role_ids]
    if len(titles) > _NAMED:
        rest = len(titles) - _NAMED
        titles = [*titles[:_NAMED], f"{rest} other role" + ("s" if rest > 1 else "")]
    if len(titles) < 2:
        return "".join(titles)
    return f"{', '.join(titles[:-1])} {conjunction} {titles[-1]}"


def article(label: str) -> str:
    """'an' before a vowel, else 'a'."""
    return "an" if label[:1].lower() in "aeiou" else "a"
