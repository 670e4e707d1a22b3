"""Certification eligibility: may this person sit the exam now, or when?

A certification's `eligibility` maps an education id (or `any`) to the years of
HR experience needed. The rule that applies to a person is the easiest entry
their highest education reaches: `any`, or an education at or below theirs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from hrpath.core.graph import RoleGraph
from hrpath.core.qualifications import Have

ANY = "any"


@dataclass(frozen=True, slots=True)
class Eligibility:
    """Whether a person may sit a certification's exam, and why.

    `years_to_eligible` is None when it cannot be counted in years: no rule is
    recorded, or every rule needs more education than the person has.
    """

    id: str
    label: str
    body: str | None
    eligible_now: bool
    years_to_eligible: float | None
    years_needed: float | None  # under the applicable rule
    rule: str | None  # education id of the applicable rule, or "any"
    needs_education: str | None  # lowest education that would open a rule, if none applies
    needs_label: str | None
    recorded: bool  # False when the data file records no eligibility at all

    def to_dict(self) -> dict[str, Any]:
        """One entry of `target.certifications` in the gaps JSON contract."""
        return {
            "id": self.id,
            "eligible_now": self.eligible_now,
            "years_to_eligible": self.years_to_eligible,
        }


def eligibility(graph: RoleGraph, cert_id: str, have: Have) -> Eligibility:
    """Whether `have` may sit the exam of certification `cert_id` now, or after how long.

    >>> from hrpath.core.models import Certification, Term
    >>> g = RoleGraph([], education=[Term("bachelors", "Bachelor's degree"), Term("masters", "Master's")],
    ...               certifications=[Certification("phr", "PHR", eligibility=(("masters", 1), ("bachelors", 2)))])
    >>> e = eligibility(g, "phr", Have("bachelors", 1))
    >>> e.eligible_now, e.years_to_eligible, e.rule
    (False, 1, 'bachelors')
    """
    cert = graph.certifications.get(cert_id)
    label = cert.label if cert else cert_id
    body = cert.body if cert else None
    rules = _known_rules(graph, cert.eligibility if cert else ())
    if not rules:
        return Eligibility(cert_id, label, body, False, None, None, None, None, None, recorded=False)
    applicable = [(years, key) for key, years in rules if _reaches(graph, have.education, key)]
    if not applicable:
        # Every rule asks for more education: name the lowest one that would do.
        lowest = min((key for key, _ in rules), key=graph.education_rank)
        label_needed = graph.education_label(lowest)
        return Eligibility(cert_id, label, body, False, None, None, None, lowest, label_needed, recorded=True)
    needed, rule = min(applicable, key=lambda item: (item[0], _rank(graph, item[1])))
    to_go = max(0.0, needed - have.experience_years)
    return Eligibility(cert_id, label, body, to_go == 0, to_go, needed, rule, None, None, recorded=True)


def _known_rules(graph: RoleGraph, rules: tuple[tuple[str, float], ...]) -> list[tuple[str, float]]:
    """Rules whose key is `any` or an education level this graph knows (others cannot apply)."""
    known = {term.id for term in graph.education}
    return [(key, years) for key, years in rules if key == ANY or key in known]


def _reaches(graph: RoleGraph, education: str | None, key: str) -> bool:
    """True when a person with `education` meets the education of rule `key`."""
    if key == ANY:
        return True
    return education is not None and graph.education_rank(education) >= graph.education_rank(key)


def _rank(graph: RoleGraph, key: str) -> int:
    """Sort key among equal-year rules: prefer `any`, then the lowest education."""
    return -1 if key == ANY else graph.education_rank(key)
