"""The hazard registry: every hazard code, what it means, when it is raised, how to avoid it.

This module is the single source of the hazard vocabulary. ``Hazard`` (re-exported by
:mod:`schemadiff.changes`) is the code; :data:`REGISTRY` documents each one; README's hazard
table is generated from it::

    python -m schemadiff.hazard_registry            # print the Markdown table
    python -m schemadiff.hazard_registry --update README.md   # rewrite README's table in place

The members are declared in the order reports list them: widened access first, then what
loses data, then what blocks, then what narrows access. Legacy codes come last: plan files
written by earlier versions carry them and must stay readable, but no rule raises them.
"""

from __future__ import annotations

import enum
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from schemadiff.errors import SchemadiffError

TABLE_START = "<!-- hazard-table:start (generated: python -m schemadiff.hazard_registry --update README.md) -->"
TABLE_END = "<!-- hazard-table:end -->"


class Hazard(str, enum.Enum):
    """Stable hazard codes (see :data:`REGISTRY` for what each one means)."""

    ACCESS_WIDENED = "ACCESS_WIDENED"
    DATA_LOSS = "DATA_LOSS"
    TABLE_REWRITE = "TABLE_REWRITE"
    ACCESS_EXCLUSIVE_LOCK = "ACCESS_EXCLUSIVE_LOCK"
    SHARE_ROW_EXCLUSIVE_LOCK = "SHARE_ROW_EXCLUSIVE_LOCK"
    SHARE_LOCK = "SHARE_LOCK"
    INDEX_BUILD = "INDEX_BUILD"
    LONG_VALIDATION = "LONG_VALIDATION"
    INDEX_DROPPED = "INDEX_DROPPED"
    EXTENSION_VERSION_CHANGE = "EXTENSION_VERSION_CHANGE"
    BACKWARD_INCOMPATIBLE = "BACKWARD_INCOMPATIBLE"
    ACCESS_NARROWED = "ACCESS_NARROWED"
    DATA_MOVED = "DATA_MOVED"
    SECURITY = "SECURITY"  # legacy: split into ACCESS_WIDENED and ACCESS_NARROWED


@dataclass(frozen=True)
class HazardInfo:
    """One registry entry. ``meaning`` is the one-liner the plan summaries print."""

    code: Hazard
    meaning: str
    raised_when: str
    avoid: str
    legacy: bool = False


REGISTRY: tuple[HazardInfo, ...] = (
    HazardInfo(
        Hazard.ACCESS_WIDENED,
        "someone may see or change more data than before: review who gains access",
        "row level security disabled or `NO FORCE`d; a permissive policy created or altered (an "
        "altered policy counts as widened: the direction cannot be told); a restrictive policy "
        "dropped (or a policy whose kind the catalog does not tell); a grant or default privilege "
        "granted; a `SECURITY DEFINER` function; a view's `security_invoker` or `security_barrier` "
        "changed. Not raised for a policy or a grant to a named role (other than `anon`) on a "
        "table the same plan creates",
        "nothing to avoid: read the statement and check that exactly the intended roles gain access",
    ),
    HazardInfo(
        Hazard.DATA_LOSS,
        "drops an object or a column, or converts data: rows or values can be lost",
        "a table, column, schema, sequence, type, extension, view or managed row dropped; a "
        "column's type changed unless every old value fits the new type; any statement `apply` "
        "cannot classify. `apply` runs such a step only when it is approved",
        "keep the old object until nothing uses it (expand, migrate, contract), or approve the "
        "step once the data is known to be expendable",
    ),
    HazardInfo(
        Hazard.TABLE_REWRITE,
        "rewrites the table: time and disk grow with its size, writes are blocked meanwhile",
        "a column type change that is not binary coercible, `SET EXPRESSION` of a stored "
        "generated column, `ADD COLUMN` with identity, a stored generated expression or a "
        "volatile default, `SET LOGGED` / `SET UNLOGGED`",
        "add a new column, backfill it in batches, then switch over; use a constant default "
        "(no rewrite since PostgreSQL 11)",
    ),
    HazardInfo(
        Hazard.ACCESS_EXCLUSIVE_LOCK,
        "takes an ACCESS EXCLUSIVE lock: blocks reads and writes of the table until commit",
        "most `ALTER TABLE` forms on an existing table: a column altered or dropped, a "
        "constraint added (other than a foreign key), altered or dropped, a table, column or "
        "constraint renamed; `DROP TRIGGER`; a plain `DROP INDEX` (not `CONCURRENTLY`)",
        "run it when traffic is low with a short `lock_timeout` (and retry), in a transaction "
        "of its own; keep long work (a rewrite, a scan) out of the statement that holds the lock",
    ),
    HazardInfo(
        Hazard.SHARE_ROW_EXCLUSIVE_LOCK,
        "takes a SHARE ROW EXCLUSIVE lock: blocks writes (not reads) of the table until commit",
        "`ADD FOREIGN KEY` (also `NOT VALID`; the referenced table is locked the same way), "
        "`CREATE TRIGGER`, `ENABLE` / `DISABLE TRIGGER`, on an existing table (a foreign key "
        "from a new table is not flagged, although it locks the referenced table)",
        "add foreign keys `NOT VALID` and `VALIDATE CONSTRAINT` them in a later transaction; "
        "keep the transaction short and set a `lock_timeout`",
    ),
    HazardInfo(
        Hazard.SHARE_LOCK,
        "takes a SHARE lock: blocks writes (not reads) of the table while the index builds",
        "a plain `CREATE INDEX` (not `CONCURRENTLY`) on an existing table (not `ON ONLY` a partitioned "
        "table: that builds nothing)",
        "`CREATE INDEX CONCURRENTLY` (outside a transaction block), which blocks neither reads nor writes",
    ),
    HazardInfo(
        Hazard.INDEX_BUILD,
        "builds an index while holding a blocking lock: the lock lasts as long as the build",
        "with `SHARE_LOCK`, a plain `CREATE INDEX` on an existing table; with "
        "`ACCESS_EXCLUSIVE_LOCK`, a primary key, unique or exclusion constraint added without "
        "`USING INDEX`, a column whose collation changes (its indexes are rebuilt), and an `ATTACH "
        "PARTITION` of an existing table that lacks one of the parent's indexes (it builds it). Never "
        "for `CREATE INDEX CONCURRENTLY`, nor for an index or key added `ONLY` to a partitioned table "
        "(nothing is built until its partitions' are attached)",
        "build the index `CONCURRENTLY` first, then `ADD CONSTRAINT … USING INDEX`",
    ),
    HazardInfo(
        Hazard.LONG_VALIDATION,
        "scans the whole table to check existing rows: time grows with its size",
        "`VALIDATE CONSTRAINT` (SHARE UPDATE EXCLUSIVE lock: reads and writes go on when it runs "
        "in a transaction of its own); a foreign key or `CHECK` added without `NOT VALID`; "
        "`SET NOT NULL` (scans unless a validated `CHECK (col IS NOT NULL)` already exists: the "
        "rule cannot know); `ATTACH PARTITION` of an existing table (its rows checked against the bound, "
        "unless a validated `CHECK` implies it); a partition created or attached beside a `DEFAULT` partition "
        "(that one scanned, under ACCESS EXCLUSIVE, for rows of the new bound); a domain constraint added or validated (checks every "
        "column of the type)",
        "add the constraint `NOT VALID`, then `VALIDATE CONSTRAINT` in its own transaction; "
        "before `SET NOT NULL`, add and validate a `CHECK (col IS NOT NULL)`",
    ),
    HazardInfo(
        Hazard.INDEX_DROPPED,
        "drops an index: queries that relied on it get slower",
        "`DROP INDEX`, with or without `CONCURRENTLY` / `IF EXISTS` (not for an index the same plan creates again, "
        "but a partitioned table's: its partitions are without it until theirs are built again, unless the "
        "plan builds the new one beside it and drops the old one where it renames the new one)",
        "check that no query plan uses it (`pg_stat_user_indexes.idx_scan`); `DROP INDEX "
        "CONCURRENTLY` avoids the ACCESS EXCLUSIVE lock",
    ),
    HazardInfo(
        Hazard.EXTENSION_VERSION_CHANGE,
        "updates an extension: its functions, types and operators may behave differently",
        "`ALTER EXTENSION … UPDATE [TO …]`",
        "read the extension's release notes; update it on a copy of the database first",
    ),
    HazardInfo(
        Hazard.BACKWARD_INCOMPATIBLE,
        "renames an object: queries and code still using the old name fail from this step on",
        "a table, column, constraint, view, sequence, type, function or policy renamed (not "
        "an index: code does not use index names)",
        "add the new name alongside the old one (a view, a generated column), move the code "
        "over, then drop the old name",
    ),
    HazardInfo(
        Hazard.ACCESS_NARROWED,
        "someone may see or change less data than before: check that nobody loses access they need",
        "row level security enabled or forced; a permissive policy dropped; a restrictive "
        "policy created; a privilege or default privilege revoked. Not raised on a table the "
        "same plan creates",
        "nothing to avoid: deploy the code that stops needing the access first",
    ),
    HazardInfo(
        Hazard.DATA_MOVED,
        "copies the table's rows between Citus nodes: time grows with its size, writes are blocked meanwhile",
        "an existing table distributed, made a reference table, undistributed, or given another "
        "distribution column, shard count or colocation group (`create_distributed_table`, "
        "`create_reference_table`, `alter_distributed_table`, `undistribute_table`)",
        "distribute a table while it is new or small; for a big one, run "
        "`create_distributed_table_concurrently` by hand in a window (it cannot run in a transaction)",
    ),
    HazardInfo(
        Hazard.SECURITY,
        "changes who can see or change data (legacy code: now ACCESS_WIDENED or ACCESS_NARROWED)",
        "never raised any more: plan files written by earlier versions carry it, and still read",
        "plan again to get the new codes",
        legacy=True,
    ),
)

HAZARD_HELP: dict[Hazard, str] = {info.code: info.meaning for info in REGISTRY}
BY_CODE: dict[Hazard, HazardInfo] = {info.code: info for info in REGISTRY}


def markdown_table() -> str:
    """README's hazard table, with its start and end markers."""
    lines = [TABLE_START, "", "| code | meaning | raised when | how to avoid it |", "| --- | --- | --- | --- |"]
    for info in REGISTRY:
        code = f"`{info.code.value}`" + (" (legacy)" if info.legacy else "")
        lines.append(f"| {code} | {_cell(info.meaning)} | {_cell(info.raised_when)} | {_cell(info.avoid)} |")
    lines += ["", TABLE_END]
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def table_in(text: str) -> str | None:
    """The generated table found in ``text`` (markers included), or None."""
    start, end = text.find(TABLE_START), text.find(TABLE_END)
    if start < 0 or end < start:
        return None
    return text[start : end + len(TABLE_END)] + "\n"


def with_table(text: str) -> str:
    """``text`` with its generated table replaced by the current one."""
    current = table_in(text)
    if current is None:
        raise SchemadiffError(f"no hazard table markers ({TABLE_START} … {TABLE_END}) found")
    start = text.find(TABLE_START)
    return text[:start] + markdown_table() + text[start + len(current) :]


def main(argv: Sequence[str]) -> int:
    if not argv:
        sys.stdout.write(markdown_table())
        return 0
    if len(argv) == 2 and argv[0] == "--update":
        path = Path(argv[1])
        try:
            path.write_text(with_table(path.read_text(encoding="utf-8")), encoding="utf-8")
        except (OSError, SchemadiffError) as error:
            sys.stderr.write(f"{path}: {error}\n")
            return 1
        return 0
    sys.stderr.write("usage: python -m schemadiff.hazard_registry [--update README.md]\n")
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
