"""Compact authoring form of hadath/data/actors/people.json (built by scripts/build_people.py).

Each module holds ``PEOPLE``: a list of ``P(...)`` entries.  A role is one string
``"CTRY SECTOR START END OFFICE Title words"``: START/END are YYYY-MM-DD or ``-`` (open);
an END written ``YYYY-MM-DD<`` means "until the successor took office that day" and is
stored as the day before (roles are inclusive on both ends).  OFFICE is one of
``OFFICES`` below.  Surface forms are ``|``-separated.
"""
from __future__ import annotations

from dataclasses import dataclass, field

OFFICES = {
    "hos": "head_of_state", "hog": "head_of_government", "fm": "foreign_minister",
    "def": "defence_minister", "int": "interior_minister", "army": "army_chief",
    "intel": "intelligence_chief", "spk": "spokesperson", "leg": "speaker",
    "party": "party_leader", "armed": "armed_group_leader", "intl": "international_official",
    "oth": "other",
}


@dataclass(frozen=True)
class P:
    id: str
    name: str
    ar: str
    roles: tuple[str, ...]
    short: str = ""
    note: str = ""
    flags: frozenset[str] = field(default_factory=frozenset)


def p(pid: str, name: str, ar: str, *roles: str, s: str = "", n: str = "",
      approx: bool = False, verify: bool = False) -> P:
    flags = {f for f, on in (("approx", approx), ("verify", verify)) if on}
    return P(pid, name, ar, tuple(roles), s, n, frozenset(flags))
