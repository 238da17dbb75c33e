"""Chunks of ``20_foreign_data.sql``: foreign data wrappers (not an extension's), servers,
user mappings and foreign tables, written by the statements of the foreign data family
(:func:`schemadiff.diff.foreign_data.create_statement`), from the same render rows.

After the table files (a foreign table's column may use any type, a table never needs a
foreign table) and before ``30_functions.sql`` and ``35_views.sql`` (a view may read a
foreign table). Options that hold a secret are never read, so they cannot be written: a
comment line says which ones the deployer sets out of band (docs/foreign-data.md).
"""

from __future__ import annotations

from collections.abc import Iterable

from schemadiff.diff.foreign_data import create_statement
from schemadiff.dump.fetch import Row
from schemadiff.dump.text import Chunk, Extras
from schemadiff.quoting import quote_ident

FILE_NAME = "20_foreign_data.sql"
_ORDER = {"wrapper": 0, "server": 1, "mapping": 2, "table": 3}
_LABEL = {"wrapper": "foreign data wrapper", "server": "server", "mapping": "user mapping", "table": "foreign table"}


def node_of(row: Row) -> str:
    """The dump node of a row: a foreign table is a relation (``rel:<oid>``) like any table."""
    return f"rel:{row['oid']}" if row["object"] == "table" else f"{row['object']}:{row['oid']}"


def foreign_data_chunks(rows: Iterable[Row], extras: Extras) -> list[Chunk]:
    """Wrappers, servers, user mappings, then foreign tables (with their comments and grants), each by name."""
    chunks = []
    for row in sorted(rows, key=lambda r: (_ORDER[r["object"]], r["name"])):
        node = node_of(row)
        statement = create_statement(dict(row)) + ";"
        secrets = sorted({*row["secrets"], *(s for c in row["facts"].get("columns", ()) for s in c["secrets"])})
        if secrets:
            statement = (
                f"-- secret option{'s' if len(secrets) > 1 else ''} {', '.join(secrets)} not dumped: "
                f"set out of band (docs/foreign-data.md)\n{statement}"
            )
        statements = [statement]
        if row["object"] == "table":
            statements.extend(extras.comments(node))
            statements.extend(extras.privileges(node, ".".join(quote_ident(p) for p in row["parts"]), "table"))
        chunks.append(Chunk((node,), tuple(statements)))
    return chunks


def foreign_labels(rows: Iterable[Row]) -> dict[str, str]:
    """node -> how the dump's messages name the object."""
    return {node_of(r): f"{_LABEL[r['object']]} {r['name']}" for r in rows}
