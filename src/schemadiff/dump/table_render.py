"""The file of one table family: CREATE TABLE and everything attached to the table.

Order within the file: the CREATE TABLE of the root and of each partition (columns,
defaults, identity, generated columns, and the constraints that can be written inline),
the comments on them; column defaults and NOT NULL of partitions that differ from what
they inherit; OWNED BY of serial-style sequences; the constraints added afterwards (NOT
VALID ones, and those of partition families); indexes; the foreign keys added afterwards
(they may reference a unique index); triggers; row level security switches; policies;
grants.

Partition families keep the names of the partitions' own indexes and constraints: the
primary key, unique and exclusion constraints and the indexes are created on the deepest
partitions first, so that creating them on the parent attaches the existing ones instead
of making new ones with names of the server's choosing. (pg_get_indexdef says ``ON ONLY``
for an index of a partitioned table; the dump creates it without ONLY.)

Anything attached to a table that needs an object created later (a function of
``30_functions.sql``, a view, a table of a later file) is not written here: a trigger goes
to ``40_triggers.sql``, anything else to ``45_deferred.sql``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from schemadiff.catalog import made_up_name
from schemadiff.dump.fetch import Row
from schemadiff.dump.tables import Family
from schemadiff.dump.text import Chunk, Extras, reloptions_clause, sequence_options
from schemadiff.quoting import quote_ident

_CONSTRAINT_ORDER = {"p": 0, "u": 1, "x": 2, "f": 3, "c": 4}
_TRIGGER_STATE = {"D": "disable trigger", "R": "enable replica trigger", "A": "enable always trigger"}


@dataclass(frozen=True)
class TableContext:
    """What the table files are made from. ``inline_defaults`` is filled while families
    are written: (table oid, column name) -> the default the column has right after its
    CREATE TABLE, which partitions created later inherit."""

    tables: Mapping[int, Row]
    constraints: Mapping[int, list[Row]]
    indexes: Mapping[int, list[Row]]
    index_by_oid: Mapping[int, Row]
    triggers: Mapping[int, list[Row]]
    policies: Mapping[int, list[Row]]
    identity: Mapping[int, Mapping[str, Row]]  # table oid -> column name -> its identity sequence
    owned: Mapping[int, list[Row]]
    extras: Extras
    needs: Mapping[str, frozenset[str]]
    dumped: frozenset[str]
    cyclic_fks: frozenset[int]
    inline_defaults: dict[tuple[int, str], str | None] = field(default_factory=dict)


@dataclass(frozen=True)
class FamilyOutput:
    chunk: Chunk
    deferred: tuple[Chunk, ...]  # for 45_deferred.sql
    triggers: tuple[Chunk, ...]  # for 40_triggers.sql


def trigger_state(relation: str, trigger: Row) -> list[str]:
    """The statement that gives a trigger its enabled state when it is not the default
    (ONLY: a partitioned table's clones keep their own state)."""
    if trigger["enabled"] not in _TRIGGER_STATE:
        return []
    return [f"alter table only {relation} {_TRIGGER_STATE[trigger['enabled']]} {trigger['qname']};"]


def constraint_statement(table: Row, con: Row) -> str:
    return f"alter table {table['qname']} add constraint {con['qname']} {con['def']};"


class _Writer:
    def __init__(self, family: Family, ctx: TableContext, available: set[str]) -> None:
        self.family, self.ctx, self.available = family, ctx, available
        self.statements: list[str] = []
        self.provides: list[str] = []
        self.deferred: list[Chunk] = []
        self.late_triggers: list[Chunk] = []

    def ready(self, node: str, extra: set[str] | frozenset[str] = frozenset()) -> bool:
        return all(r in self.available or r in extra or r not in self.ctx.dumped for r in self.ctx.needs.get(node, ()))

    def place(self, nodes: list[str], statements: list[str]) -> None:
        self.provides.extend(nodes)
        self.available.update(nodes)
        self.statements.extend(statements)

    def place_or_defer(self, nodes: list[str], statements: list[str], *, trigger: bool = False) -> None:
        if all(self.ready(n) for n in nodes):
            self.place(nodes, statements)
        else:
            (self.late_triggers if trigger else self.deferred).append(Chunk(tuple(nodes), tuple(statements)))

    # -- CREATE TABLE ------------------------------------------------------------------

    def create_table(self, table: Row, post: list[Row]) -> None:
        ctx, partitioned = self.ctx, self.family.partitioned
        inline: list[Row] = []
        for con in ctx.constraints.get(table["oid"], ()):
            kind = con["contype"]
            if kind == "c" and con["islocal"]:
                (inline if con["validated"] else post).append(con)
            elif kind in "pux":
                (post if partitioned else inline).append(con)
            elif kind == "f" and not con["parent"] and con["oid"] not in ctx.cyclic_fks:
                (post if partitioned or not con["validated"] else inline).append(con)
        together = {f"con:{c['oid']}" for c in inline} | {
            f"rel:{c['indexid']}" for c in inline if c["contype"] in "pux"
        }
        written = [c for c in inline if self.ready(f"con:{c['oid']}", together)]
        post.extend(c for c in inline if c not in written)
        written.sort(key=lambda c: (_CONSTRAINT_ORDER[c["contype"]], c["qname"]))
        if table["ispartition"]:  # its columns are its parent's; only NOT NULL names of its own are written
            lines = [self.partition_not_null(col) for col in table["columns"] if self.own_not_null_name(table, col)]
        else:
            lines = [self.column(table, col) for col in table["columns"] if col["islocal"]]
        lines += [f"constraint {c['qname']} {c['def']}" for c in written]
        body = ("(\n" + ",\n".join(f"    {line}" for line in lines) + "\n)") if lines else "()"
        unlogged = "unlogged " if table["unlogged"] else ""
        head = f"create {unlogged}table {table['qname']} "
        if table["ispartition"]:
            head += f"partition of {table['parent_qnames'][0]}"
            head += f" {body} {table['bound']}" if lines else f"\n    {table['bound']}"
        else:
            head += body
            if table["parent_qnames"]:
                head += f" inherits ({', '.join(table['parent_qnames'])})"
        if table["partkey"]:
            head += f" partition by {table['partkey']}"
        if table["am"] and (table["relkind"] == "p" or table["am"] != "heap"):
            head += f" using {table['am']}"
        head += reloptions_clause(table["reloptions"])
        statements = [head + ";", *ctx.extras.comments(f"rel:{table['oid']}")]
        nodes = []
        for con in written:
            nodes.append(f"con:{con['oid']}")
            statements.extend(ctx.extras.comments(f"con:{con['oid']}"))
            if con["contype"] in "pux":
                nodes.append(f"rel:{con['indexid']}")
                statements.extend(self.index_extras(table, con["indexid"]))
        if table["replident"] in ("f", "n"):
            statements.append(
                f"alter table {table['qname']} replica identity {'full' if table['replident'] == 'f' else 'nothing'};"
            )
        self.place(nodes, statements)

    def column(self, table: Row, col: Row) -> str:
        parts = [col["qname"], col["type"]]
        if col["collation"]:
            parts.append(f"collate {col['collation']}")
        if (
            col["notnull"]
            and col["notnull_name"]
            and col["notnull_name"] != made_up_name(table["name"], col["name"], "not_null")
        ):
            parts.append(f"constraint {quote_ident(col['notnull_name'])} not null")
        elif col["notnull"]:
            parts.append("not null")
        key = (table["oid"], col["name"])
        self.ctx.inline_defaults[key] = None
        if col["generated"]:
            kind = "stored" if col["generated"] == "s" else "virtual"
            parts.append(f"generated always as ({col['default']}) {kind}")
            self.place([f"def:{col['default_oid']}"], [])
        elif col["default"] is not None:
            node = f"def:{col['default_oid']}"
            if self.ready(node):
                parts.append(f"default {col['default']}")
                self.ctx.inline_defaults[key] = col["default"]
                self.place([node], [])
            else:
                self.deferred.append(Chunk((node,), (self.set_default(table, col),)))
        if col["identity"]:
            parts.append(self.identity(table, col))
        return " ".join(parts)

    def own_not_null_name(self, table: Row, col: Row) -> bool:
        """A partition's NOT NULL whose name is not its parent's (which ``partition of`` gives it)."""
        if not col["notnull_name"]:
            return False
        parents = [self.ctx.tables[p] for p in table["parents"] if p in self.ctx.tables]
        inherited = {c["notnull_name"] for p in parents for c in p["columns"] if c["name"] == col["name"]}
        return col["notnull_name"] not in inherited

    @staticmethod
    def partition_not_null(col: Row) -> str:
        return f"{col['qname']} constraint {quote_ident(col['notnull_name'])} not null"

    def identity(self, table: Row, col: Row) -> str:
        when = "always" if col["identity"] == "a" else "by default"
        seq = self.ctx.identity.get(table["oid"], {}).get(col["name"])
        options = []
        if seq is not None:
            if seq["name"] != f"{table['name']}_{col['name']}_seq" or seq["schema"] != table["schema"]:
                options.append(f"sequence name {seq['qname']}")
            options += sequence_options(seq, with_type=False)
        return f"generated {when} as identity" + (f" ({' '.join(options)})" if options else "")

    @staticmethod
    def set_default(table: Row, col: Row) -> str:
        # ONLY: partitions and inheritance children have defaults of their own
        return f"alter table only {table['qname']} alter column {col['qname']} set default {col['default']};"

    def inherited_overrides(self, table: Row) -> None:
        """Defaults and NOT NULL of inherited columns that differ from what the table got
        from its parents when it was created."""
        parents = [self.ctx.tables[p] for p in table["parents"] if p in self.ctx.tables]
        for col in table["columns"]:
            if col["islocal"] or col["generated"] or col["identity"] or not parents:
                continue
            inherited = next(
                (
                    self.ctx.inline_defaults[(p["oid"], col["name"])]
                    for p in parents
                    if (p["oid"], col["name"]) in self.ctx.inline_defaults
                ),
                None,
            )
            self.ctx.inline_defaults[(table["oid"], col["name"])] = inherited
            if col["default"] != inherited:
                if col["default"] is None:
                    self.place([], [f"alter table only {table['qname']} alter column {col['qname']} drop default;"])
                else:
                    self.place_or_defer([f"def:{col['default_oid']}"], [self.set_default(table, col)])
            parent_notnull = any(c["name"] == col["name"] and c["notnull"] for p in parents for c in p["columns"])
            if col["notnull"] and not parent_notnull:
                self.place([], [f"alter table {table['qname']} alter column {col['qname']} set not null;"])

    # -- after the tables -------------------------------------------------------------

    def index_extras(self, table: Row, index_oid: int) -> list[str]:
        index = self.ctx.index_by_oid.get(index_oid)
        if index is None:
            return []
        statements = self.ctx.extras.comments(f"rel:{index_oid}")
        if index["clustered"]:
            statements.append(f"alter table {table['qname']} cluster on {index['name']};")
        if index["replident"]:
            statements.append(f"alter table {table['qname']} replica identity using index {index['name']};")
        return statements

    def constraint(self, con: Row) -> None:
        table = self.ctx.tables[con["relid"]]
        nodes = [f"con:{con['oid']}"] + ([f"rel:{con['indexid']}"] if con["contype"] in "pux" else [])
        statements = [constraint_statement(table, con), *self.ctx.extras.comments(f"con:{con['oid']}")]
        if con["contype"] in "pux":
            statements.extend(self.index_extras(table, con["indexid"]))
        self.place_or_defer(nodes, statements)

    def index(self, index: Row) -> None:
        table = self.ctx.tables[index["relid"]]
        definition = index["def"]
        if table["relkind"] == "p":
            definition = definition.replace(" ON ONLY ", " ON ", 1)
        self.place_or_defer([f"rel:{index['oid']}"], [definition + ";", *self.index_extras(table, index["oid"])])

    def trigger(self, table: Row, trigger: Row, clones: Mapping[int, list[Row]]) -> None:
        """CREATE TRIGGER; then the enabled state of the trigger and of its clones on the
        partitions (created with it, enabled), each set with ONLY so it does not recurse."""
        statements = [trigger["def"] + ";"]
        pending = [trigger]
        while pending:
            current = pending.pop(0)
            statements.extend(trigger_state(self.ctx.tables[current["relid"]]["qname"], current))
            pending.extend(sorted(clones.get(current["oid"], ()), key=lambda t: self.ctx.tables[t["relid"]]["qname"]))
        statements.extend(self.ctx.extras.comments(f"trg:{trigger['oid']}"))
        self.place_or_defer([f"trg:{trigger['oid']}"], statements, trigger=True)

    def policy(self, table: Row, policy: Row) -> None:
        lines = [f"create policy {policy['qname']} on {table['qname']}"]
        if not policy["permissive"]:
            lines.append("    as restrictive")
        lines.append(f"    for {policy['command']} to {policy['roles']}")
        if policy["using_expr"] is not None:
            lines.append(f"    using ({policy['using_expr']})")
        if policy["check_expr"] is not None:
            lines.append(f"    with check ({policy['check_expr']})")
        statements = ["\n".join(lines) + ";", *self.ctx.extras.comments(f"pol:{policy['oid']}")]
        self.place_or_defer([f"pol:{policy['oid']}"], statements)


def render_family(family: Family, ctx: TableContext, available: set[str]) -> FamilyOutput:
    """The chunk of ``family``'s file, and what had to be moved out of it. ``available``
    holds the nodes created by earlier files; the family's nodes are added to it."""
    writer = _Writer(family, ctx, available)
    members, depth = family.members, family.depth
    created = [f"rel:{m['oid']}" for m in members]
    created += [f"rel:{s['oid']}" for m in members for s in ctx.identity.get(m["oid"], {}).values()]
    writer.place(created, [])
    post: list[Row] = []
    for member in members:
        writer.create_table(member, post)
    for member in members:
        writer.inherited_overrides(member)
    for member in members:
        for seq in sorted(ctx.owned.get(member["oid"], ()), key=lambda s: s["qname"]):
            writer.place([], [f"alter sequence {seq['qname']} owned by {member['qname']}.{seq['owner_qcolumn']};"])

    def post_key(con: Row) -> tuple[int, int, str, str]:
        # children first for the constraints that have an index (see the module docstring)
        level = depth[con["relid"]]
        return (
            _CONSTRAINT_ORDER[con["contype"]],
            -level if con["contype"] in "pux" else level,
            ctx.tables[con["relid"]]["qname"],
            con["qname"],
        )

    for con in sorted((c for c in post if c["contype"] != "f"), key=post_key):
        writer.constraint(con)
    indexes = [i for m in members for i in ctx.indexes.get(m["oid"], ()) if not i["constraint_oid"]]
    for index in sorted(indexes, key=lambda i: (-depth[i["relid"]], i["qname"])):
        writer.index(index)
    for con in sorted((c for c in post if c["contype"] == "f"), key=post_key):  # may use a unique index
        writer.constraint(con)
    clones: dict[int, list[Row]] = {}
    for member in members:
        for trigger in ctx.triggers.get(member["oid"], ()):
            if trigger["parent"]:
                clones.setdefault(trigger["parent"], []).append(trigger)
    for member in members:
        for trigger in ctx.triggers.get(member["oid"], ()):
            if not trigger["parent"]:
                writer.trigger(member, trigger, clones)
    for member in members:
        if member["rls_enabled"]:
            writer.place([], [f"alter table {member['qname']} enable row level security;"])
        if member["rls_forced"]:
            writer.place([], [f"alter table {member['qname']} force row level security;"])
    for member in members:
        for policy in ctx.policies.get(member["oid"], ()):
            writer.policy(member, policy)
    for member in members:
        writer.place([], ctx.extras.privileges(f"rel:{member['oid']}", member["qname"], "table"))
        for _, seq in sorted(ctx.identity.get(member["oid"], {}).items()):
            node = f"rel:{seq['oid']}"
            writer.place(
                [], [*ctx.extras.comments(node), *ctx.extras.privileges(node, f"sequence {seq['qname']}", "sequence")]
            )
    chunk = Chunk(tuple(writer.provides), tuple(writer.statements))
    return FamilyOutput(chunk, tuple(writer.deferred), tuple(writer.late_triggers))
