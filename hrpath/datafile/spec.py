"""The data-file format, declared once.

The loader validates against these declarations and `hrpath schema` turns the
same declarations into a JSON Schema, so the two cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union

from hrpath.core.models import LEVELS, MAX_USD, MAX_YEARS, MOVE_KINDS, PAY_YEARS

ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"


@dataclass(frozen=True)
class Scalar:
    """A string, number, integer or boolean, with optional limits."""

    kind: str  # "string" | "number" | "integer" | "boolean"
    pattern: str | None = None
    enum: tuple[str, ...] | None = None
    minimum: float | None = None
    maximum: float | None = None


@dataclass(frozen=True)
class ListOf:
    """A YAML sequence whose items all follow `item`."""

    item: Spec
    min_items: int = 0


@dataclass(frozen=True)
class MapOf:
    """A YAML mapping with free string keys whose values follow `value`."""

    value: Spec
    description: str = ""


@dataclass(frozen=True)
class Field:
    """One key of an object: its spec, whether it is required, what it means."""

    spec: Spec
    required: bool = False
    description: str = ""


@dataclass(frozen=True)
class Obj:
    """A YAML mapping with a fixed set of keys."""

    fields: dict[str, Field] = field(default_factory=dict)


Spec = Union[Scalar, ListOf, MapOf, Obj]

STRING = Scalar("string")
TEXT_LIST = ListOf(STRING)
ID = Scalar("string", pattern=ID_PATTERN)
ID_LIST = ListOf(ID)
# Upper bounds are sanity limits, not facts: they catch typos (and numbers too
# large to print or add) before they reach a route or a JSON answer.
YEARS = Scalar("number", minimum=0, maximum=MAX_YEARS)
FLAG = Scalar("boolean")

TERM = Obj(
    {
        "id": Field(ID, True, "Identifier: lowercase words joined by '-'."),
        "label": Field(STRING, False, "Readable name."),
        "aliases": Field(TEXT_LIST, False, "Other names and abbreviations."),
        "description": Field(STRING, False, "What it is."),
    }
)

CERTIFICATION = Obj(
    {
        "id": Field(ID, True, "Identifier, for example phr."),
        "label": Field(STRING, False, "Full name."),
        "aliases": Field(TEXT_LIST, False, "Other names and abbreviations."),
        "body": Field(STRING, False, "Awarding body, for example HRCI."),
        "eligibility": Field(
            MapOf(YEARS, "education id or `any` -> years of HR experience"),
            False,
            "Years of experience needed to sit the exam, by highest education; "
            "`any` applies to every education level.",
        ),
        "satisfies": Field(ID_LIST, False, "Certifications this one also satisfies."),
        "source": Field(STRING, False, "Where the eligibility rule comes from."),
        "note": Field(STRING, False, "Free text."),
    }
)

REQUIREMENTS = Obj(
    {
        "education": Field(ID, False, "Minimum education id; a higher level satisfies it."),
        "experience_years": Field(YEARS, False, "Years of professional experience."),
        "skills": Field(ID_LIST, False, "Skill ids."),
        "certifications": Field(ID_LIST, False, "Certification ids."),
        "helpful": Field(ID_LIST, False, "Skill or certification ids that help but are not required."),
        "source": Field(STRING, False, "Where the requirements come from."),
        "estimate": Field(FLAG, False, "True when no source backs them."),
        "note": Field(STRING, False, "Caveats about the requirements, shown by `show`."),
    }
)

USD = Scalar("number", minimum=0, maximum=MAX_USD)
PAY_RANGE = Obj(
    {
        key: Field(USD, False, f"{label} annual wage in US dollars (omit top-coded values).")
        for key, label in (
            ("p10", "10th percentile"),
            ("p25", "25th percentile"),
            ("median", "Median"),
            ("p75", "75th percentile"),
            ("p90", "90th percentile"),
        )
    }
)

PAY = Obj(
    {
        "median_usd": Field(
            USD, True, "Annual pay in US dollars: the occupation's median or this role's place in its range."
        ),
        "year": Field(
            Scalar("integer", minimum=PAY_YEARS[0], maximum=PAY_YEARS[1]), False, "Year of the figure."
        ),
        "soc": Field(STRING, False, "SOC code of the occupation the figure comes from."),
        "range_usd": Field(PAY_RANGE, False, "The occupation's published wage percentiles."),
        "source": Field(STRING, False, "Where the figure comes from (a source id in the shipped file)."),
        "estimate": Field(FLAG, False, "True when no source backs the figure for this role."),
        "note": Field(STRING, False, "Free text."),
    }
)

MOVE = Obj(
    {
        "to": Field(ID, True, "Id of the role moved to."),
        "kind": Field(Scalar("string", enum=MOVE_KINDS), False, "promotion (default) or lateral."),
        "years": Field(YEARS, True, "Typical years in this role before the move."),
        "source": Field(STRING, False, "Where the move comes from."),
        "estimate": Field(FLAG, False, "True when the years are not backed by a source."),
        "note": Field(STRING, False, "Caveats about the move."),
    }
)

ROLE = Obj(
    {
        "id": Field(ID, True, "Identifier: lowercase words joined by '-'."),
        "title": Field(STRING, True, "Job title."),
        "aliases": Field(TEXT_LIST, False, "Other titles and abbreviations."),
        "level": Field(Scalar("string", enum=LEVELS), True, "entry, mid, senior or executive."),
        "track": Field(STRING, False, "For example generalist, specialist or leadership."),
        "onet": Field(STRING, False, "O*NET-SOC code the role is mapped to."),
        "summary": Field(STRING, False, "One or two sentences."),
        "duties": Field(TEXT_LIST, False, "Main duties."),
        "requires": Field(REQUIREMENTS, False, "What the role requires."),
        "pay": Field(PAY, False, "Median pay with its year and source."),
        "sources": Field(TEXT_LIST, False, "Source ids (defined in the top-level `sources`) or URLs."),
        "next": Field(ListOf(MOVE), False, "Moves out of this role."),
    }
)

SOURCE = Obj(
    {
        "id": Field(STRING, True, "Key used in `sources` lists."),
        "title": Field(STRING, False, "What the source is."),
        "publisher": Field(STRING, False, "Who publishes it, for example U.S. Bureau of Labor Statistics."),
        "year": Field(
            Scalar("integer", minimum=PAY_YEARS[0], maximum=PAY_YEARS[1]), False, "Year of publication."
        ),
        "edition": Field(STRING, False, "Edition or release, for example O*NET 29.3 or May 2024."),
        "url": Field(STRING, False, "Where to find it."),
        "note": Field(STRING, False, "How reliable it is, or what it covers."),
    }
)

DOCUMENT = Obj(
    {
        "name": Field(STRING, False, "Name of this career framework."),
        "description": Field(STRING, False, "What this file describes."),
        "sources": Field(ListOf(SOURCE), False, "Sources cited in this file."),
        "education": Field(ListOf(TERM), False, "Education levels, lowest first."),
        "skills": Field(ListOf(TERM), False, "Skill vocabulary."),
        "certifications": Field(ListOf(CERTIFICATION), False, "Certification vocabulary."),
        "roles": Field(ListOf(ROLE, min_items=1), True, "The roles and the moves between them."),
    }
)
