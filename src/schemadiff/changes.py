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


class Hazard(str, enum.Enum):
    """Stable hazard codes, each with a one-line explanation (see ``HAZARD_HELP``)."""

    DATA_LOSS = "DATA_LOSS"
    TABLE_REWRITE = "TABLE_REWRITE"
    ACCESS_EXCLUSIVE_LOCK = "ACCESS_EXCLUSIVE_LOCK"
    INDEX_BUILD = "INDEX_BUILD"
    SECURITY = "SECURITY"
    BACKWARD_INCOMPATIBLE = "BACKWARD_INCOMPATIBLE"


HAZARD_HELP: dict[Hazard, str] = {
    Hazard.DATA_LOSS: "drops an object or a column, or converts data: rows or values can be lost",
    Hazard.TABLE_REWRITE: "rewrites the table: time and disk grow with its size, writes are blocked meanwhile",
    Hazard.ACCESS_EXCLUSIVE_LOCK: "takes an ACCESS EXCLUSIVE lock: blocks reads and writes of the table until commit",
    Hazard.INDEX_BUILD: "builds an index: blocks writes to the table while it builds (not CONCURRENTLY)",
    Hazard.SECURITY: "changes who can see or change data (RLS, policies, grants): review who gains access",
    Hazard.BACKWARD_INCOMPATIBLE: "renames an object: queries and code still using the old name fail from this step on",
}


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
