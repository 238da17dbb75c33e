"""The change vocabulary: what a plan is made of.

A :class:`Change` is one statement with what it does to which object, the hazards it
carries, and the phase that orders it. Changes are produced by the families of
``schemadiff.diff`` and never render or execute themselves.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Action(str, enum.Enum):
    CREATE = "create"
    ALTER = "alter"
    DROP = "drop"
    RENAME = "rename"


# The hazard codes and their documentation live in the registry; imported here so that
# ``from schemadiff.changes import Hazard`` keeps working.
from schemadiff.hazard_registry import HAZARD_HELP, Hazard  # noqa: E402,F401


@dataclass(frozen=True)
class Change:
    kind: str  # table, column, index, constraint, policy, rls, privilege, comment, function, ...
    action: Action
    identity: str  # the object, as readable text (e.g. public.users.email)
    sql: str  # one statement, without the trailing semicolon
    phase: int  # ordering rank; lower runs first; stable within a phase
    hazards: tuple[Hazard, ...] = field(default=())

    @property
    def destructive(self) -> bool:
        return Hazard.DATA_LOSS in self.hazards

    def describe(self) -> str:
        return f"{self.action.value} {self.kind} {self.identity}"
