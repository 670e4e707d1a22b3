"""The comparison form of names: what "reads the same" means for roles, terms and search.

NFKC and casefold, invisible characters dropped, letters, marks and digits of
any script kept; "&" and "and", "Human Resources" and "HR", British and US
spelling, simple plurals and a few abbreviations all compare equal.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Joined abbreviations, read before "&" becomes "and".
_JOINED = {
    "l&d": "learning development",
    "t&d": "training development",
    "d&i": "diversity inclusion",
    "c&b": "compensation benefits",
}
_JOINED_RE = re.compile(r"\b(" + "|".join(map(re.escape, _JOINED)) + r")\b")
# Abbreviations people type that are not word prefixes of what they stand for (prefixes
# such as "dir", "comp" or "admin" are matched by the word-prefix step); spelled out on
# both sides of every comparison.
ABBREVIATIONS = {
    "mgr": "manager",
    "mngr": "manager",
    "mgmt": "management",
    "asst": "assistant",
    "sr": "senior",
    "jr": "junior",
    "dept": "department",
    "ops": "operations",
    "vp": "vice president",
    "svp": "senior vice president",
    "evp": "executive vice president",
    "ta": "talent acquisition",
    "er": "employee relations",
    "lr": "labor relations",
    "od": "organizational development",
}
# British spellings, by word, and the suffix rules that cover the rest.
_SPELLING = {"labour": "labor", "programme": "program", "centre": "center", "judgement": "judgment"}
_SUFFIXES = (("isation", "ization"), ("isational", "izational"), ("iour", "ior"), ("yse", "yze"))
_ASCII_WORD = re.compile(r"[a-z0-9]+")
_SKIPPED = frozenset({"and", "of", "the"})
# "CHRO's", "bachelor's": the possessive is not a word of its own.
_POSSESSIVE = re.compile(r"(?<=\w)['\u2019]s\b")


def clean(text: str) -> str:
    """NFKC and casefold, with invisible characters (zero-width, bidi controls) removed."""
    if text.isascii():
        return text.lower()  # the common case, without the per-character work
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())
    return "".join(char for char in folded if unicodedata.category(char) != "Cf")


def _split(text: str) -> list[str]:
    """Runs of letters, marks and digits of any script."""
    if text.isascii():
        return _ASCII_WORD.findall(text)
    found, current = [], []
    for char in text:
        if unicodedata.category(char)[0] in "LMN":
            current.append(char)
        elif current:
            found.append("".join(current))
            current = []
    return [*found, "".join(current)] if current else found


def _word(word: str) -> str:
    """One word in US spelling and singular ("labours" -> "labor")."""
    if len(word) > 3 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    word = _SPELLING.get(word, word)
    for british, american in _SUFFIXES:
        if word.endswith(british):
            return word[: -len(british)] + american
    return word


@functools.lru_cache(maxsize=8192)
def _spelled(word: str) -> tuple[str, ...]:
    """One typed word spelled out: abbreviation expanded, US spelling, singular.

    Cached: names share most of their words, and every name is read on each run.
    """
    full = ABBREVIATIONS.get(word) or ABBREVIATIONS.get(_word(word), word)
    return tuple(_word(part) for part in full.split())


def words(text: str) -> list[str]:
    """The comparison words of a name: folded, spelled out, singular, "human resources" as "hr".

    >>> words("Human Resources Mgr & Labour Relations")
    ['hr', 'manager', 'labor', 'relation']
    """
    text = clean(text)
    if "&" in text:
        text = _JOINED_RE.sub(lambda match: _JOINED[match.group(1)], text)
    if "s" in text and ("'" in text or "\u2019" in text):
        text = _POSSESSIVE.sub("", text)
    spelled: list[str] = []
    for word in _split(text):
        spelled.extend(_spelled(word))
    merged: list[str] = []
    for word in spelled:
        if word == "resource" and merged and merged[-1] == "human":
            merged[-1] = "hr"
        elif word not in _SKIPPED:
            merged.append(word)
    return merged


def normalize(text: str) -> str:
    """The comparison form of a name: its words run together ("" for punctuation only).

    >>> normalize("HR-Director") == normalize("human resources director")
    True
    """
    return "".join(words(text))
