"""Chunks of the objects written after every table, view and function: rules and publications.

Both only ever need objects of the earlier files (a rule its relation and what its actions
read or call; a publication its tables and schemas), and nothing the dump writes needs them,
so they come last, before the default privileges:

- ``60_rules.sql``: ``CREATE RULE`` as the server renders it (``pg_get_ruledef``, names
  qualified), then ``ALTER TABLE … DISABLE | ENABLE REPLICA | ENABLE ALWAYS RULE`` when the
  rule is not simply enabled; ordered by relation and rule name;
- ``70_publications.sql``: ``CREATE PUBLICATION`` with its tables (column lists, row filters)
  and schemas, or FOR ALL TABLES, and the options that are not the defaults; the statements
  are those of the publications family (:mod:`schemadiff.diff.publications`).
"""

from __future__ import annotations

from collections.abc import Iterable

from schemadiff.diff.publications import create_statement
from schemadiff.diff.rules import enabled_statement
from schemadiff.dump.fetch import Row
from schemadiff.dump.text import Chunk


def rule_chunks(rows: Iterable[Row]) -> list[Chunk]:
    """One chunk per rule, providing ``rule:<oid>`` (the node ``dump_depend.sql`` names)."""
    chunks = []
    for row in sorted(rows, key=lambda r: (r["table_name"], r["name"])):
        statements = [row["def"] + ";"]
        if row["enabled"] != "O":
            statements.append(enabled_statement(dict(row)) + ";")
        chunks.append(Chunk((f"rule:{row['oid']}",), tuple(statements)))
    return chunks


def publication_chunks(rows: Iterable[Row]) -> list[Chunk]:
    """One chunk per publication, by name."""
    return [Chunk((), (create_statement(dict(row)) + ";",)) for row in sorted(rows, key=lambda r: r["name"])]


def rule_labels(rows: Iterable[Row]) -> dict[str, str]:
    """node -> how a rule is named in the dump's messages."""
    return {f"rule:{r['oid']}": f"rule {r['quoted_name']} on {r['quoted_table']}" for r in rows}
