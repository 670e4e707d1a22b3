"""Name resolution: the names people type, matched in a documented order.

Used for roles (id, title, aliases) and for the `--have` vocabulary tokens.
The order (README "Names"): the exact id; an id, title or alias equal after
normalising (`hrpath.core.spelling`); the same with a leading "HR" added or removed;
names containing every typed word as a word prefix or a known abbreviation;
then ambiguity or unknown, with suggestions.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator
from typing import Generic, TypeVar

from hrpath.core.graph import RoleGraph
from hrpath.core.spelling import clean, words
from hrpath.core.spelling import normalize as normalize  # re-exported: one import for names
from hrpath.core.text import LONGEST_HINTED
from hrpath.errors import AmbiguousName, UnknownName

Key = TypeVar("Key", bound=Hashable)


def _without_hr(name_words: list[str]) -> str:
    return "".join(name_words[1:] if name_words[:1] == ["hr"] else name_words)


class NameIndex(Generic[Key]):
    """Resolves free-text names to keys; several names may lead to one key.

    Each entry's names start with its id, then its title (or label), then aliases:
    an id or title outranks another entry's alias that reads the same.
    """

    def __init__(self, kind: str, entries: Iterable[tuple[Key, str, Iterable[str]]]) -> None:
        self.kind = kind
        self._ids: dict[str, Key] = {}
        self._exact: dict[str, dict[Key, int]] = {}  # normalised name -> key -> 0 id/title, 1 alias
        self._bare: dict[str, set[Key]] = {}  # names without a leading "hr"
        self._words: list[tuple[tuple[str, ...], Key]] = []
        self._display: dict[Key, str] = {}
        for key, display, names in entries:
            self._display[key] = display
            for position, name in enumerate(names):
                if position == 0:
                    self._ids.setdefault(clean(name).strip(), key)
                name_words = words(name)
                ranks = self._exact.setdefault("".join(name_words), {})
                ranks[key] = min(ranks.get(key, 1), int(position > 1))
                self._bare.setdefault(_without_hr(name_words), set()).add(key)
                self._words.append((tuple(name_words), key))

    def resolve(self, query: str) -> Key:
        """The one key that `query` names, trying each step of the documented order.

        Raises UnknownName or AmbiguousName (candidates closest first).
        """
        exact = self._ids.get(clean(query).strip())
        if exact is not None:
            return exact
        query_words = words(query)
        found = self._closest(query_words)
        for other in [] if found else _readings(query_words):
            found += [key for key in self._closest(other) if key not in found]
        if len(found) == 1:
            return found[0]
        if found:
            raise AmbiguousName(self.kind, query, [self._display[key] for key in found])
        raise UnknownName(self.kind, query, self.suggest(query), self.hint(query))

    def hint(self, query: str) -> str:
        """What to try when nothing matches: a full-text search, for roles."""
        if self.kind != "role" or len(query) > LONGEST_HINTED:
            return ""  # a pasted essay gets no pointer that repeats it
        import shlex  # misses only: a found name never needs it

        return f"hrpath search {shlex.quote(' '.join(query.split()))}"

    def _closest(self, query_words: list[str]) -> list[Key]:
        """The keys of the first step that finds any, best group only."""
        ranked = self._equal(query_words) or self._by_prefix(query_words)
        return ranked[0] if ranked else []

    def _equal(self, query_words: list[str]) -> list[list[Key]]:
        """Keys with a name equal to the query, ids and titles first; else equal but for a leading "HR"."""
        ranks = self._exact.get("".join(query_words), {})
        if ranks:
            best = min(ranks.values())
            return [self._sorted(key for key, rank in ranks.items() if rank == best)]
        bare = _without_hr(query_words)
        return [self._sorted(self._bare[bare])] if bare and bare in self._bare else []

    def _by_prefix(self, query_words: list[str]) -> list[list[Key]]:
        """Keys with a name holding every query word as a word or word prefix, closest first.

        Closest: fewest words matched by prefix only, then fewest name words left over.
        """
        if not query_words:
            return []
        best: dict[Key, tuple[int, int]] = {}
        for name_words, key in self._words:
            score = _match_score(query_words, name_words)
            if score is not None and (key not in best or score < best[key]):
                best[key] = score
        groups: dict[tuple[int, int], list[Key]] = {}
        for key, score in best.items():
            groups.setdefault(score, []).append(key)
        return [self._sorted(groups[score]) for score in sorted(groups)]

    def _sorted(self, keys: Iterable[Key]) -> list[Key]:
        return sorted(keys, key=lambda key: self._display[key])

    def suggest(self, query: str, limit: int = 3) -> list[str]:
        """Display names of the keys whose names are closest to `query`.

        Whole names are compared first; then each word, so a misspelt word
        ("genralist") or a shared word ("head of HR") still finds a name.
        """
        if len(query) > LONGEST_HINTED:
            return []  # difflib is quadratic in the length: a pasted essay gets no hint
        import difflib  # misses only: a found name never needs it

        query_words = words(query)
        near = difflib.get_close_matches("".join(query_words), list(self._exact), n=limit * 3, cutoff=0.6)
        keys = [key for name in near for key in self._sorted(self._exact[name])]
        for word in query_words:
            keys += [
                key
                for name_words, key in self._words
                if difflib.get_close_matches(word, name_words, n=1, cutoff=0.75)
            ]
        suggestions: list[str] = []
        for key in keys:
            if self._display[key] not in suggestions:
                suggestions.append(self._display[key])
        return suggestions[:limit]


def _match_score(query_words: list[str], name_words: tuple[str, ...]) -> tuple[int, int] | None:
    """(name words left over, query words matched by prefix only), or None when one matches nothing."""
    left = list(name_words)
    by_prefix = 0
    for word in query_words:
        match = next((name_word for name_word in left if name_word == word), None)
        if match is None:
            match = next((name_word for name_word in left if name_word.startswith(word)), None)
            by_prefix += 1
        if match is None:
            return None
        left.remove(match)
    return by_prefix, len(left)


# Words that mean different titles in different organisations, tried when nothing else
# matched ("head of HR" -> HR Director or CHRO), and seniority words a role's title
# leaves out ("Senior HR Generalist" -> HR Generalist).
_SENSES = {"head": ("director", "chief officer")}
_SENIORITY = frozenset({"senior", "junior", "lead", "principal", "entry", "level"})


def _readings(query_words: list[str]) -> Iterator[list[str]]:
    """Other readings of a query that matched nothing: each sense of a word, seniority dropped."""
    for index, word in enumerate(query_words):
        for sense in _SENSES.get(word, ()):
            yield [*query_words[:index], *sense.split(), *query_words[index + 1 :]]
    plain = [word for word in query_words if word not in _SENIORITY]
    if plain and plain != query_words:
        yield plain


def role_index(graph: RoleGraph) -> NameIndex[str]:
    """A name index over every role's id, title and aliases."""
    return NameIndex("role", ((role.id, role.title, role.names()) for role in graph))


def role_resolver(graph: RoleGraph) -> Callable[[str], str]:
    """`resolve_role` for many names: the index is built once, and only if a name needs it.

    A name that spells a role id exactly (ignoring case) is found first by the
    index too; looking it up directly spares building the index, which is most
    of a query's time on a graph of thousands of roles.
    """
    index: list[NameIndex[str]] = []

    def resolve(name: str) -> str:
        spelled = clean(name).strip()
        # Checked ids are already in clean form, so no other id can clean to this one.
        if spelled in graph and clean(spelled) == spelled:
            return spelled
        if not index:
            index.append(role_index(graph))
        return index[0].resolve(name)

    return resolve


def resolve_role(graph: RoleGraph, name: str) -> str:
    """The id of the role that `name` names (id, title or alias, loosely spelled).

    >>> from hrpath.core.models import Role
    >>> g = RoleGraph([Role("hr-director", "HR Director", "senior"),
    ...                Role("hr-manager", "HR Manager", "senior")])
    >>> resolve_role(g, "Human Resources Director")
    'hr-director'
    """
    return role_resolver(graph)(name)
