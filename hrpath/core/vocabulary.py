"""Readable labels of a file's vocabulary: education levels, skills (and their levels) and certifications.

Kept apart from `qualifications` so that `show` loads no more than it prints.
"""

from __future__ import annotations

from collections.abc import Iterable

from hrpath.core.graph import RoleGraph
from hrpath.core.models import Term


def vocabulary_labels(graph: RoleGraph) -> dict[str, str]:
    """Readable labels of every education level, skill and certification, by id."""
    labels = {term.id: term.label for term in graph.education}
    labels.update({skill_id: term.label for skill_id, term in graph.skills.items()})
    labels.update(level_labels(graph.skills.values()))
    labels.update({cert_id: cert.label for cert_id, cert in graph.certifications.items()})
    return labels


def level_labels(skills: Iterable[Term]) -> dict[str, str]:
    """'skill:N' -> the label of level N, for levelled skills that name their levels."""
    return {f"{t.id}:{n}": name for t in skills for n, name in enumerate(t.level_labels, start=1)}
