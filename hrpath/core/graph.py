"""The in-memory career graph: roles, moves and vocabularies, indexed once."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from hrpath.core.models import LEVELS, Certification, Move, Role, Source, Term


class RoleGraph:
    """Roles and the moves between them, with the file's vocabularies.

    Built once by the loader (or by tests from models) and passed explicitly
    to every query; never mutated after construction.

    >>> g = RoleGraph([Role("a", "A", "entry", moves=(Move("a", "b", years=2),)),
    ...                Role("b", "B", "mid")])
    >>> [m.target for m in g.moves_from("a")], [m.origin for m in g.moves_into("b")]
    (['b'], ['a'])
    """

    def __init__(
        self,
        roles: Iterable[Role],
        education: Iterable[Term] = (),
        skills: Iterable[Term] = (),
        certifications: Iterable[Certification] = (),
        sources: Iterable[Source] = (),
        levels: Iterable[Term] = (),
    ) -> None:
        self._roles = {role.id: role for role in roles}
        self.education: tuple[Term, ...] = tuple(education)
        self.skills = {term.id: term for term in skills}
        self.certifications = {cert.id: cert for cert in certifications}
        self.sources = {source.id: source for source in sources}
        self._education_rank = {term.id: rank for rank, term in enumerate(self.education)}
        # The file's career levels, lowest first; the default four when it declares none.
        self.levels: tuple[Term, ...] = tuple(levels) or tuple(Term(level, level) for level in LEVELS)
        self._level_rank = {term.id: rank for rank, term in enumerate(self.levels)}
        self._into: dict[str, list[Move]] = {role_id: [] for role_id in self._roles}
        for role in self._roles.values():
            for move in role.moves:
                self._into[move.target].append(move)

    def __contains__(self, role_id: object) -> bool:
        return role_id in self._roles

    def __iter__(self) -> Iterator[Role]:
        return iter(self._roles.values())

    def __len__(self) -> int:
        return len(self._roles)

    def role(self, role_id: str) -> Role:
        """The role with this id (KeyError if absent; resolve names first)."""
        return self._roles[role_id]

    def moves_from(self, role_id: str) -> tuple[Move, ...]:
        """The moves out of a role, in file order."""
        return self._roles[role_id].moves

    def moves_into(self, role_id: str) -> tuple[Move, ...]:
        """The moves that lead into a role, in file order of their source roles."""
        return tuple(self._into[role_id])

    def moves(self) -> Iterator[Move]:
        """Every move of the graph, grouped by source role in file order."""
        for role in self._roles.values():
            yield from role.moves

    def education_rank(self, education_id: str) -> int:
        """Position of an education level, lowest first (higher satisfies lower)."""
        return self._education_rank[education_id]

    def level_ids(self) -> tuple[str, ...]:
        """The file's level ids, lowest first."""
        return tuple(term.id for term in self.levels)

    def level_rank(self, level: str) -> int:
        """Position of a level in the file's order, lowest first."""
        return self._level_rank[level]

    def level_label(self, level: str) -> str:
        """The readable label of a level."""
        return self.levels[self._level_rank[level]].label

    def education_label(self, education_id: str) -> str:
        """The readable label of an education level."""
        return self.education[self._education_rank[education_id]].label


def breadth_first(start: str, moves_out: Callable[[str], Iterable[Move]]) -> dict[str, Move | None]:
    """Every role reachable from `start` with the move that first reached it.

    The one breadth-first search of hrpath: `moves_out` says which moves leave
    a role (all of them, or only those a route search allows). The start maps
    to None; insertion order is breadth-first, so each role is reached at its
    fewest moves.
    """
    entered_by: dict[str, Move | None] = {start: None}
    queue = [start]
    for current in queue:
        for move in moves_out(current):
            if move.target not in entered_by:
                entered_by[move.target] = move
                queue.append(move.target)
    return entered_by


def first_moves(graph: RoleGraph, role_id: str) -> dict[str, Move | None]:
    """Every role reachable from `role_id` in the whole graph, breadth first (see breadth_first)."""
    return breadth_first(role_id, graph.moves_from)


def reachable_from(graph: RoleGraph, role_id: str) -> list[str]:
    """Ids of the roles reachable from `role_id` (itself first), breadth first.

    >>> g = RoleGraph([Role("a", "A", "entry", moves=(Move("a", "b"),)), Role("b", "B", "mid"),
    ...                Role("c", "C", "mid")])
    >>> reachable_from(g, "a")
    ['a', 'b']
    """
    return list(first_moves(graph, role_id))
