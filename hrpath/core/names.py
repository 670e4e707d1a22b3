"""Name resolution: case-, space- and punctuation-insensitive lookup with hints.

Used for roles (id, title, aliases) and for the `--have` vocabulary tokens.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable
from typing import Generic, TypeVar

from hrpath.core.graph import RoleGraph
from hrpath.errors import AmbiguousName, UnknownName

Key = TypeVar("Key", bound=Hashable)

# "Human Resources Director" and "HR Director" are the same name everywhere.
_HUMAN_RESOURCES = re.compile(r"human\s*resources?")
_NOT_WORD = re.compile(r"[^a-z0-9]+")


def words(text: str) -> list[str]:
    """Lowercase words of a name, with "human resources" spelled "hr".

    >>> words("Human Resources Generalist (HR-Gen)")
    ['hr', 'generalist', 'hr', 'gen']
    """
    folded = _HUMAN_RESOURCES.sub("hr", text.casefold())
    return [word for word in _NOT_WORD.split(folded) if word]


def normalize(text: str) -> str:
    """The comparison form of a name: its words run together.

    >>> normalize("HR-Director") == normalize("human resources director")
    True
    """
    return "".join(words(text))


class NameIndex(Generic[Key]):
    """Resolves free-text names to keys; several names may lead to one key."""

    def __init__(self, kind: str, entries: Iterable[tuple[Key, str, Iterable[str]]]) -> None:
        self.kind = kind
        self._exact: dict[str, set[Key]] = {}
        self._names: list[tuple[str, Key]] = []
        self._word_sets: list[tuple[frozenset[str], Key]] | None = None
        self._display: dict[Key, str] = {}
        for key, display, names in entries:
            self._display[key] = display
            for name in names:
                words_of_name = words(name)
                self._exact.setdefault("".join(words_of_name), set()).add(key)
                self._names.append((name, key))

    @property
    def _words(self) -> list[tuple[frozenset[str], Key]]:
        """Each name's set of words, built on first use: an exact match needs none."""
        if self._word_sets is None:
            self._word_sets = [(frozenset(words(name)), key) for name, key in self._names]
        return self._word_sets

    def resolve(self, query: str) -> Key:
        """The one key that `query` names.

        An exact match (after normalising) wins; otherwise a name containing
        every word of the query. Raises UnknownName or AmbiguousName.
        """
        wanted = normalize(query)
        found = self._exact.get(wanted) or self._containing(set(words(query)))
        if len(found) == 1:
            return next(iter(found))
        if found:
            raise AmbiguousName(self.kind, query, sorted(self._display[key] for key in found))
        raise UnknownName(self.kind, query, self.suggest(wanted))

    def suggest(self, wanted: str, limit: int = 3) -> list[str]:
        """Display names of the keys whose names are closest to `wanted`.

        Whole names are compared first; a misspelt word of a longer name
        ("genralist") is caught by comparing word by word.
        """
        import difflib  # only for a name that matched nothing: not at start-up

        near = difflib.get_close_matches(wanted, list(self._exact), n=limit * 3, cutoff=0.6)
        keys = [key for name in near for key in sorted(self._exact[name], key=str)]
        if not keys:
            keys = [
                key
                for name_words, key in self._words
                if difflib.get_close_matches(wanted, list(name_words), n=1, cutoff=0.75)
            ]
        suggestions: list[str] = []
        for key in keys:
            if self._display[key] not in suggestions:
                suggestions.append(self._display[key])
        return suggestions[:limit]

    def _containing(self, query_words: set[str]) -> set[Key]:
        if not query_words:
            return set()
        return {key for name_words, key in self._words if query_words <= name_words}


def role_index(graph: RoleGraph) -> NameIndex[str]:
    """A name index over every role's id, title and aliases."""
    return NameIndex("role", ((role.id, role.title, role.names()) for role in graph))


def resolve_role(graph: RoleGraph, name: str) -> str:
    """The id of the role that `name` names (id, title or alias, loosely spelled).

    >>> from hrpath.core.models import Role
    >>> g = RoleGraph([Role("hr-director", "HR Director", "senior"),
    ...                Role("hr-manager", "HR Manager", "senior")])
    >>> resolve_role(g, "Human Resources Director")
    'hr-director'
    """
    return role_index(graph).resolve(name)
