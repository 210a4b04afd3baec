"""The actors and recipients read for one trigger."""
from __future__ import annotations

from dataclasses import dataclass

from ..structure import Group


@dataclass(slots=True)
class Arguments:
    actors: list[Group]
    recipients: list[Group]
    how: str
    passive: bool = False       # a hidden passive was read: the verb's subject is the victim
