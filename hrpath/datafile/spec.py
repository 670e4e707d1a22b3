"""The data-file format, declared once.

The loader validates against these declarations and `hrpath schema` turns the
same declarations into a JSON Schema, so the two cannot drift apart.
"""

from __future__ import annotations

from hrpath.core.models import LADDERS, MAX_YEARS, MOVE_KINDS

# Re-exported for tests and older imports: the building blocks live in spec_types.
from hrpath.datafile.spec_types import Field as Field
from hrpath.datafile.spec_types import ListOf as ListOf
from hrpath.datafile.spec_types import MapOf as MapOf
from hrpath.datafile.spec_types import Obj as Obj
from hrpath.datafile.spec_types import OneOf as OneOf
from hrpath.datafile.spec_types import Scalar as Scalar
from hrpath.datafile.spec_types import Spec as Spec

ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
CURRENCY_PATTERN = r"^[A-Z]{3}$"
# Longest text value: a summary fits easily; a megabyte title would take
# seconds to lay out on every answer that shows it.
MAX_TEXT = 10_000


# The newest data-file format this hrpath reads (a file without `format` is 1).
FORMAT = 2

STRING = Scalar("string")
TEXT_LIST = ListOf(STRING)
ID = Scalar("string", pattern=ID_PATTERN)
ID_LIST = ListOf(ID)
# Upper bounds are sanity limits, not facts: they catch typos (and numbers too
# large to print or add) before they reach a route or a JSON answer.
YEARS = Scalar("number", minimum=0, maximum=MAX_YEARS)
FLAG = Scalar("boolean")
YEAR_RANGE = Obj(
    {
        "min": Field(YEARS, True, "Fewest years; this is what gates the role."),
        "max": Field(YEARS, False, "Most years the framework names."),
    }
)
LEVEL = Obj(
    {
        "id": Field(ID, True, "Identifier used by roles' `level`."),
        "label": Field(STRING, False, "Readable name, for example Grade 7."),
        "description": Field(STRING, False, "What the level means."),
    }
)

TERM = Obj(
    {
        "id": Field(ID, True, "Identifier: lowercase words joined by '-'."),
        "label": Field(STRING, False, "Readable name."),
        "aliases": Field(TEXT_LIST, False, "Other names and abbreviations."),
        "description": Field(STRING, False, "What it is."),
    }
)

EDUCATION = Obj(
    {
        **TERM.fields,
        "typical_years": Field(
            YEARS, False, "Usual years of full-time study for this level (cite a source)."
        ),
    }
)
SKILL = Obj(
    {
        **TERM.fields,
        "levels": Field(Scalar("integer", minimum=2, maximum=10), False, "Proficiency levels, 1 to N."),
        "level_labels": Field(TEXT_LIST, False, "A label per level, lowest first."),
    }
)
# A skills requirement: an id, a skill at a proficiency level, or any `count` of several skills.
SKILL_ITEM = OneOf(
    (
        ID,
        Obj(
            {
                "id": Field(ID, True, "Skill id (the skill declares `levels`)."),
                "level": Field(Scalar("integer", minimum=1, maximum=10), True, "Lowest level that meets it."),
            }
        ),
        Obj(
            {
                "any": Field(ListOf(ID, min_items=2), True, "Skill ids, any of which count."),
                "count": Field(
                    Scalar("integer", minimum=1), False, "How many of them are needed (default 1)."
                ),
            }
        ),
    )
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
        "experience_years": Field(
            OneOf((YEARS, YEAR_RANGE)), False, "Years of experience, or {min, max}; absent = not stated."
        ),
        "skills": Field(ListOf(SKILL_ITEM), False, "Skill ids, {id, level} or {any: [ids], count}."),
        "certifications": Field(ID_LIST, False, "Certification ids."),
        "helpful": Field(ID_LIST, False, "Skill or certification ids that help but are not required."),
        "source": Field(STRING, False, "Where the requirements come from."),
        "estimate": Field(FLAG, False, "True when no source backs them."),
        "note": Field(STRING, False, "Caveats about the requirements, shown by `show`."),
        "other": Field(
            TEXT_LIST, False, "Requirements in prose: shown by `show` and `compare`, never scored."
        ),
    }
)

USD = Scalar("number", minimum=0, maximum=100_000_000)
BAND = Obj(
    {
        "min": Field(USD, True, "Lowest annual pay of the band, in the file's currency."),
        "max": Field(USD, True, "Highest annual pay of the band, in the file's currency."),
    }
)
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
            USD, False, "Annual pay in US dollars: the occupation's median or this role's place in its range."
        ),
        "median": Field(USD, False, "Median annual pay in the file's `currency` (format 2)."),
        "band": Field(BAND, False, "Pay band {min, max} in the file's `currency` (format 2)."),
        "year": Field(Scalar("integer", minimum=1900, maximum=2100), False, "Year of the figure."),
        "soc": Field(STRING, False, "SOC code of the occupation the figure comes from."),
        "range_usd": Field(PAY_RANGE, False, "The occupation's published wage percentiles."),
        "source": Field(STRING, False, "Where the figure comes from (a source id in the shipped file)."),
        "estimate": Field(FLAG, False, "True when no source backs the figure for this role."),
        "note": Field(STRING, False, "Free text."),
    },
    needs_one_of=("median_usd", "median", "band"),
)

MOVE = Obj(
    {
        "to": Field(ID, True, "Id of the role moved to."),
        "kind": Field(Scalar("string", enum=MOVE_KINDS), False, "promotion (default) or lateral."),
        "years": Field(
            YEARS,
            False,
            "Typical years in this role before the move. Absent means not stated: routing by years "
            "then uses the median of the file's stated moves (1 if none) and marks it an estimate.",
        ),
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
        "level": Field(Scalar("string"), True, "One of the file's `levels` (default entry ... executive)."),
        "track": Field(STRING, False, "For example generalist, specialist or leadership."),
        "family": Field(ID, False, "Job family id, for example recruiting or total-rewards."),
        "ladder": Field(Scalar("string", enum=LADDERS), False, "ic, manager or either."),
        "extends": Field(ID, False, "Id of a role whose requirements and duties this role inherits."),
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
        "year": Field(Scalar("integer", minimum=1900, maximum=2100), False, "Year of publication."),
        "edition": Field(STRING, False, "Edition or release, for example O*NET 29.3 or May 2024."),
        "url": Field(STRING, False, "Where to find it."),
        "note": Field(STRING, False, "How reliable it is, or what it covers."),
    }
)

DOCUMENT = Obj(
    {
        "format": Field(Scalar("integer", minimum=1), False, f"Data-file format: 1 (default) or {FORMAT}."),
        "levels": Field(ListOf(LEVEL, min_items=1), False, "Career levels, lowest first (default entry...)."),
        "currency": Field(
            Scalar("string", pattern=CURRENCY_PATTERN, pattern_hint="three capital letters (ISO 4217)"),
            False,
            "ISO 4217 code of every pay figure (default USD).",
        ),
        "name": Field(STRING, False, "Name of this career framework."),
        "description": Field(STRING, False, "What this file describes."),
        "sources": Field(ListOf(SOURCE), False, "Sources cited in this file."),
        "education": Field(ListOf(EDUCATION), False, "Education levels, lowest first."),
        "skills": Field(ListOf(SKILL), False, "Skill vocabulary."),
        "certifications": Field(ListOf(CERTIFICATION), False, "Certification vocabulary."),
        "roles": Field(ListOf(ROLE, min_items=1), True, "The roles and the moves between them."),
    }
)
