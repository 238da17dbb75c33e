"""Which object goes to which file, in which order; and the proof that the order loads.

Files, in load order (sorted relative paths):

====================== =========================================================
``00_schemas.sql``     CREATE SCHEMA (not public), schema comments and grants
``01_collations.sql``  CREATE COLLATION (libc, ICU; they need only their schema)
``01_extensions.sql``  CREATE EXTENSION with schema and version (after the schemas:
                       an extension may live in a schema of the dump)
``01_text_search.sql`` text search dictionaries, then configurations with their mappings
                       (after the extensions: a dictionary's template may be one's)
``01_types.sql``       enums, domains, composite and range types
``02_functions.sql``   functions, procedures, aggregates (check_function_bodies off),
                       and the types that need one of them (a domain whose CHECK calls
                       a function)
``05_sequences.sql``   sequences that are not an identity column's
``10_tables/NN_*.sql`` one file per table family (:mod:`tables`, :mod:`table_render`)
``20_foreign_data.sql`` foreign data wrappers, servers, user mappings, foreign tables (:mod:`foreign`)
``30_functions.sql``   functions (and types) that need a table or a sequence: a row type
                       in the signature, a SQL-standard body that reads a table
``35_views.sql``       views and materialized views, with the functions that need a view
``40_triggers.sql``    triggers on views, and triggers whose function comes after tables
``45_deferred.sql``    defaults, constraints, indexes and policies that need a later object
``50_foreign_keys.sql`` foreign keys that form a cycle between tables
``60_rules.sql``       rules (CREATE RULE) on tables and views (:mod:`late`)
``70_publications.sql`` publications, with their tables and schemas (:mod:`late`)
``90_default_privileges.sql`` ALTER DEFAULT PRIVILEGES (last: they apply to objects created
                       after them, and every object above is written with its own grants)
``95_owners.sql``      ALTER … OWNER TO, only with ``owners.manage`` (last: every object exists,
                       and its grants were given by the loading role while it owned it)
====================== =========================================================

Within a file the order is topological over the server's dependencies (pg_depend), ties
broken by name. Every chunk declares the nodes it creates; :func:`check_order` walks the
files in load order and refuses a dump in which an object would be created before one it
needs, instead of writing files that do not load.
"""

from __future__ import annotations

from collections.abc import Mapping

from schemadiff.diff.default_privileges import dump_statements
from schemadiff.diff.owners import dump_statements as owner_statements
from schemadiff.dump.distribution import DISTRIBUTION_FILE, citus_extension_chunks, distribution_chunks
from schemadiff.dump.errors import DumpError
from schemadiff.dump.fetch import DumpRows, Row
from schemadiff.dump.foreign import FILE_NAME as FOREIGN_FILE
from schemadiff.dump.foreign import foreign_data_chunks, foreign_labels
from schemadiff.dump.graph import CycleError, dependency_map, topological_order
from schemadiff.dump.late import publication_chunks, rule_chunks, rule_labels
from schemadiff.dump.objects import (
    extension_chunk,
    function_chunk,
    schema_chunk,
    sequence_chunk,
    type_chunk,
    view_chunk,
)
from schemadiff.dump.shared_objects import collation_chunk, configuration_chunk, dictionary_chunk
from schemadiff.dump.table_render import TableContext, constraint_statement, render_family
from schemadiff.dump.tables import build_families, family_file_names, order_families
from schemadiff.dump.text import Chunk, Extras, file_text

NO_BODY_CHECKS = "set check_function_bodies = off;"
# rank of each phase file; a type or function goes to the first one after all it needs
_TYPES, _FUNCTIONS, _SEQUENCES, _TABLES, _TABLE_FUNCTIONS, _VIEWS = 1, 2, 5, 10, 30, 35
_PHASE_FILES = {
    _TYPES: "01_types.sql",
    _FUNCTIONS: "02_functions.sql",
    _TABLE_FUNCTIONS: "30_functions.sql",
    _VIEWS: "35_views.sql",
}


def _by(rows: tuple[Row, ...], key: str) -> dict[int, list[Row]]:
    grouped: dict[int, list[Row]] = {}
    for row in rows:
        grouped.setdefault(row[key], []).append(row)
    return grouped


def build_files(rows: DumpRows) -> dict[str, str]:
    """relative path -> text of every dump file (see the module docstring)."""
    if rows["unsupported"]:
        found = "\n".join(f"  {r['object']}: {r['reason']}" for r in rows["unsupported"])
        raise DumpError(f"the database holds objects schemadiff dump cannot write:\n{found}")
    extras = Extras(rows["comment"], rows["privilege"], rows.server_version_num)
    labels = _labels(rows)
    needs = dependency_map(rows["depend"], set(labels))
    sequences = [r for r in rows["sequence"] if r["owner_deptype"] != "i"]
    files: dict[str, list[Chunk]] = {
        "00_schemas.sql": [schema_chunk(r, extras) for r in rows["schema"]],
        "01_extensions.sql": [extension_chunk(r, extras) for r in _extension_order(rows["extension"])]
        + citus_extension_chunks(rows["distribution"]),
        "01_collations.sql": [collation_chunk(r, extras) for r in rows["collation"]],
        "01_text_search.sql": [dictionary_chunk(r, extras) for r in rows["text_search_dictionary"]]
        + [configuration_chunk(r, extras) for r in rows["text_search_configuration"]],
        "05_sequences.sql": [sequence_chunk(r, extras) for r in sorted(sequences, key=lambda r: r["qname"])],
        **_phase_files(rows, extras, needs, labels),
    }
    available = {n for name, chunks in files.items() if name < "10" for chunk in chunks for n in chunk.provides}
    files.update(_table_files(rows, extras, needs, labels, available))
    files[FOREIGN_FILE] = foreign_data_chunks(rows["foreign_data"], extras)
    files["60_rules.sql"] = rule_chunks(rows["rule"])
    files["70_publications.sql"] = publication_chunks(rows["publication"])
    files["90_default_privileges.sql"] = [Chunk((), tuple(s + ";" for s in dump_statements(rows["default_privilege"])))]
    files["95_owners.sql"] = [Chunk((), owner_statements(rows["owner"]))]  # rows only with owners.manage
    check_order(files, needs, labels)
    return {
        name: file_text(chunks) for name, chunks in sorted(files.items()) if any(chunk.statements for chunk in chunks)
    }


def _phase_files(
    rows: DumpRows, extras: Extras, needs: Mapping[str, frozenset[str]], labels: Mapping[str, str]
) -> dict[str, list[Chunk]]:
    """01_types.sql, 02_functions.sql, 30_functions.sql and 35_views.sql."""
    types = {f"type:{r['oid']}": r for r in rows["type"]}
    functions = {f"fn:{r['oid']}": r for r in rows["function"]}
    views = {f"rel:{r['oid']}": r for r in rows["view"]}
    phase = _phases(types, functions, views, needs, labels)
    view_indexes = _by(tuple(i for i in rows["index"] if f"rel:{i['relid']}" in views), "relid")

    def key(node: str) -> tuple[int, str, str]:
        row = types.get(node) or functions.get(node) or views[node]
        return (0 if node in types else 1, row["qname"], row.get("identity_args") or "")

    files = {}
    for rank, name in _PHASE_FILES.items():
        nodes = [n for n, p in phase.items() if p == rank]
        try:
            ordered = topological_order(nodes, needs, key)
        except CycleError as exc:
            raise DumpError("cannot order these objects: " + ", ".join(labels[n] for n in exc.nodes)) from None
        chunks = [Chunk((), (NO_BODY_CHECKS,))] if any(node in functions for node in nodes) else []
        for node in ordered:
            if node in types:
                chunks.append(type_chunk(types[node], extras))
            elif node in functions:
                chunks.append(function_chunk(functions[node], extras))
            else:
                chunks.append(view_chunk(views[node], view_indexes.get(views[node]["oid"], ()), extras))
        files[name] = chunks
    return files


def _table_files(
    rows: DumpRows, extras: Extras, needs: Mapping[str, frozenset[str]], labels: Mapping[str, str], available: set[str]
) -> dict[str, list[Chunk]]:
    """10_tables/*.sql, and 40_triggers.sql, 45_deferred.sql, 50_foreign_keys.sql with
    what the table files could not hold. ``available``: the nodes of the earlier files."""
    tables = {r["oid"]: r for r in rows["table"]}
    views = {r["oid"]: r for r in rows["view"]}
    constraints = _by(rows["constraint"], "relid")
    identity: dict[int, dict[str, Row]] = {}
    for r in rows["sequence"]:
        if r["owner_deptype"] == "i":
            identity.setdefault(r["owner_relid"], {})[r["owner_column"]] = r
    attached: dict[int, list[str]] = {}  # what order_families may use to order the tables
    for kind, query in (("pol", "policy"), ("trg", "trigger"), ("rel", "index")):
        for r in rows[query]:
            attached.setdefault(r["relid"], []).append(f"{kind}:{r['oid']}")
    for r in rows["constraint"]:
        if r["contype"] != "f":
            attached.setdefault(r["relid"], []).append(f"con:{r['oid']}")
    for r in rows["table"]:
        attached.setdefault(r["oid"], []).extend(f"def:{c['default_oid']}" for c in r["columns"] if c["default_oid"])
    ordered, cyclic = order_families(build_families(tables), constraints, attached, needs)
    ctx = TableContext(
        tables=tables,
        constraints=constraints,
        indexes=_by(tuple(i for i in rows["index"] if i["relid"] in tables), "relid"),
        index_by_oid={i["oid"]: i for i in rows["index"]},
        triggers=_by(rows["trigger"], "relid"),
        policies=_by(rows["policy"], "relid"),
        identity=identity,
        owned=_by(tuple(r for r in rows["sequence"] if r["owner_deptype"] == "a"), "owner_relid"),
        extras=extras,
        needs=needs,
        dumped=frozenset(labels),
        cyclic_fks=cyclic,
    )
    files: dict[str, list[Chunk]] = {}
    deferred: list[Chunk] = []
    late_triggers: list[Chunk] = []
    for family, name in zip(ordered, family_file_names(ordered).values()):
        output = render_family(family, ctx, available)
        files[name] = [output.chunk]
        deferred.extend(output.deferred)
        late_triggers.extend(output.triggers)
    view_triggers = sorted(
        (t for t in rows["trigger"] if t["relid"] in views), key=lambda t: (views[t["relid"]]["qname"], t["qname"])
    )
    files["40_triggers.sql"] = late_triggers + [
        Chunk((f"trg:{t['oid']}",), (t["def"] + ";", *extras.comments(f"trg:{t['oid']}"))) for t in view_triggers
    ]
    files["45_deferred.sql"] = deferred
    # (foreign keys of a cycle are added after it, in 50_foreign_keys.sql: they do not order it)
    acyclic = [c for c in rows["constraint"] if c["oid"] not in cyclic]
    files[DISTRIBUTION_FILE] = distribution_chunks(rows["distribution"], acyclic)
    fks = sorted(
        (c for c in rows["constraint"] if c["oid"] in cyclic), key=lambda c: (tables[c["relid"]]["qname"], c["qname"])
    )
    files["50_foreign_keys.sql"] = [
        Chunk((f"con:{c['oid']}",), (constraint_statement(tables[c["relid"]], c), *extras.comments(f"con:{c['oid']}")))
        for c in fks
    ]
    return files


def _phases(
    types: Mapping[str, Row],
    functions: Mapping[str, Row],
    views: Mapping[str, Row],
    needs: Mapping[str, frozenset[str]],
    labels: Mapping[str, str],
) -> dict[str, int]:
    """node -> phase rank for types, functions and views: the first phase file after
    everything the node needs (a need in the sequence or table files means 30)."""
    phase: dict[str, int] = {}
    visiting: set[str] = set()

    def of(node: str) -> int:
        if node in phase:
            return phase[node]
        if node.startswith(("nsp:", "ext:", "coll:", "tsd:", "tsc:")):  # 00_ and 01_ files
            return 0
        if node not in types and node not in functions and node not in views:
            return (
                _SEQUENCES
                if node.startswith("rel:") and node in labels and labels[node].startswith("sequence")
                else _TABLES
            )
        if node in visiting:
            raise DumpError(f"cannot order {labels[node]}: it is part of a dependency cycle")
        visiting.add(node)
        rank = _TYPES if node in types else _FUNCTIONS if node in functions else _VIEWS
        for ref in needs.get(node, ()):
            needed = of(ref)
            rank = max(rank, _TABLE_FUNCTIONS if needed in (_SEQUENCES, _TABLES) else needed)
        visiting.discard(node)
        phase[node] = rank
        return rank

    for node in sorted([*types, *functions, *views]):
        of(node)
    return phase


def _extension_order(extensions: tuple[Row, ...]) -> list[Row]:
    by_node = {f"ext:{r['oid']}": r for r in extensions}
    needs = {node: [f"ext:{o}" for o in r["requires"]] for node, r in by_node.items()}
    try:
        return [by_node[n] for n in topological_order(by_node, needs, key=lambda n: by_node[n]["name"])]
    except CycleError:
        raise DumpError("the extensions require each other in a cycle") from None


def check_order(
    files: Mapping[str, list[Chunk]], needs: Mapping[str, frozenset[str]], labels: Mapping[str, str]
) -> None:
    """Refuse the dump when, loading the files in order, an object would be created before
    one it needs. Objects no chunk creates (partition clones of foreign keys, triggers and
    inherited CHECK constraints) come with their table and are not checked."""
    created = {n for chunks in files.values() for chunk in chunks for n in chunk.provides}
    seen: set[str] = set()
    problems = []
    for name in sorted(files):
        for chunk in files[name]:
            own = set(chunk.provides)
            for node in chunk.provides:
                for ref in sorted(needs.get(node, ())):
                    if ref in created and ref not in seen and ref not in own:
                        problems.append(
                            f"  {labels.get(node, node)} ({name}) needs {labels.get(ref, ref)}, created later"
                        )
            seen |= own
    if problems:
        raise DumpError("cannot write the schema in an order that loads:\n" + "\n".join(problems))


def _labels(rows: DumpRows) -> dict[str, str]:
    """node -> how the node is named in messages; the keys are every node the dump writes."""
    labels: dict[str, str] = {}
    tables = {r["oid"]: r["qname"] for r in rows["table"]}
    for r in rows["schema"]:
        labels[f"nsp:{r['oid']}"] = f"schema {r['qname']}"
    for r in rows["extension"]:
        labels[f"ext:{r['oid']}"] = f"extension {r['qname']}"
    for r in rows["collation"]:
        labels[f"coll:{r['oid']}"] = f"collation {r['qname']}"
    for r in rows["text_search_dictionary"]:
        labels[f"tsd:{r['oid']}"] = f"text search dictionary {r['qname']}"
    for r in rows["text_search_configuration"]:
        labels[f"tsc:{r['oid']}"] = f"text search configuration {r['qname']}"
    for r in rows["type"]:
        labels[f"type:{r['oid']}"] = f"type {r['qname']}"
    for r in rows["function"]:
        labels[f"fn:{r['oid']}"] = f"function {r['qname']}({r['identity_args']})"
    for r in rows["sequence"]:
        labels[f"rel:{r['oid']}"] = f"sequence {r['qname']}"
    for r in rows["table"]:
        labels[f"rel:{r['oid']}"] = f"table {r['qname']}"
        for col in r["columns"]:
            if col["default_oid"]:
                labels[f"def:{col['default_oid']}"] = f"default of {r['qname']}.{col['qname']}"
    for r in rows["view"]:
        labels[f"rel:{r['oid']}"] = f"{'view' if r['relkind'] == 'v' else 'materialized view'} {r['qname']}"
    for r in rows["index"]:
        labels[f"rel:{r['oid']}"] = f"index {r['qname']}"
    for r in rows["constraint"]:
        labels[f"con:{r['oid']}"] = f"constraint {r['qname']} on {tables.get(r['relid'], '?')}"
    relations = {**tables, **{r["oid"]: r["qname"] for r in rows["view"]}}
    for r in rows["trigger"]:
        labels[f"trg:{r['oid']}"] = f"trigger {r['qname']} on {relations.get(r['relid'], '?')}"
    for r in rows["policy"]:
        labels[f"pol:{r['oid']}"] = f"policy {r['qname']} on {tables.get(r['relid'], '?')}"
    labels.update(rule_labels(rows["rule"]))
    labels.update(foreign_labels(rows["foreign_data"]))
    return labels
