"""Classify a plan statement: which object kind, which action, which object.

Used twice: on the statements migra emits (a fixed, machine-generated shape: lowercase
keywords, double-quoted identifiers), and by ``apply`` on every statement of a plan file, to
derive its hazards without trusting the file's annotations (``rating.rederive_hazards``).
A plan file may hold hand-edited, sealed statements, so the rules only ever read the
statement's leading words with exact name patterns, and what they do not recognise is kind
``object``, which apply treats as destructive.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from schemadiff.changes import Action
from schemadiff.quoting import unquote_identifier, unquote_qualified
from schemadiff.sqltext import identifier, tokens

_QUOTED = re.compile(r'"((?:[^"]|"")+)"')

# one possibly qualified, possibly quoted name (a function's argument list is not part of it)
_NAME = r'(?:"(?:[^"]|"")+"|[a-z_][a-z0-9_$]*)(?:\s*\.\s*(?:"(?:[^"]|"")+"|[a-z_][a-z0-9_$]*))*'
_IDENT = r'(?:"(?:[^"]|"")+"|[a-z_][a-z0-9_$]*)'
_TABLE = rf"alter table (?:if exists )?(?:only )?{_NAME}"
# ALTER <object> <name>[(<arguments>)] OWNER TO <role>, alone in its statement (diff/owners.py)
_OWNED = (
    r"(table|foreign table|view|materialized view|sequence|type|domain|schema|function|procedure|routine|aggregate)"
)
_OWNER = (
    rf"^alter {_OWNED} (?:if exists )?({_NAME})(?:\s*\((?:[^()]|\([^()]*\))*\))?"
    rf" owner to (?:{_IDENT}|current_user|current_role|session_user)\s*;?$"
)
# Citus's functions that change a table's distribution (diff/distribution.py), literal arguments only
_LITERAL = r"'(?:[^']|'')*'"
_CITUS_ARGUMENTS = rf"\(({_LITERAL})(?:, (?:{_LITERAL}|[a-z_]+ => (?:{_LITERAL}|\d+|true|false)))*\)$"
_CITUS_CALL = r"^select (?:pg_catalog\.)?"
_TABLE_CAPTURE = rf"alter table (?:if exists )?(?:only )?({_NAME})"

# (pattern on the statement's start, kind, action) — the first match wins; compiled on first use
# (:func:`_rules`: some 100 patterns, ~50 ms that a command which classifies nothing never pays)
_RULE_TEXTS: tuple[tuple[str, str, Action], ...] = (
    (_OWNER, "owner", Action.ALTER),
    (
        rf"{_CITUS_CALL}(?:create_distributed_table|create_reference_table|citus_add_local_table_to_metadata)"
        rf"{_CITUS_ARGUMENTS}",
        "distribution",
        Action.CREATE,
    ),
    (rf"{_CITUS_CALL}alter_distributed_table{_CITUS_ARGUMENTS}", "distribution", Action.ALTER),
    (rf"{_CITUS_CALL}undistribute_table{_CITUS_ARGUMENTS}", "distribution", Action.DROP),
    (rf"^{_TABLE} rename column ", "column", Action.RENAME),
    (rf"^{_TABLE} rename constraint ", "constraint", Action.RENAME),
    (rf"^{_TABLE} rename to ", "table", Action.RENAME),
    (rf"^alter (?:materialized )?view (?:if exists )?{_NAME} rename to ", "view", Action.RENAME),
    (rf"^alter sequence (?:if exists )?{_NAME} rename to ", "sequence", Action.RENAME),
    (rf"^alter index (?:if exists )?{_NAME} rename to ", "index", Action.RENAME),
    (rf"^alter index (?:if exists )?{_NAME} attach partition {_NAME}$", "index", Action.ALTER),
    (rf"^alter (?:type|domain) {_NAME} rename (?:to|value) ", "type", Action.RENAME),
    (rf"^alter (?:function|procedure|routine) {_NAME}\s*\([^()]*\) rename to ", "function", Action.RENAME),
    (rf"^alter policy {_NAME} on {_NAME} rename to ", "policy", Action.RENAME),
    (r"^alter default privileges\b(?:(?!\brevoke\b).)*\bgrant ", "default_privilege", Action.CREATE),
    (r"^alter default privileges\b.*\brevoke ", "default_privilege", Action.DROP),
    (r"^comment on ", "comment", Action.ALTER),
    (r"^insert into ", "row", Action.CREATE),
    (r"^update ", "row", Action.ALTER),
    (r"^delete from ", "row", Action.DROP),
    (r"^truncate ", "row", Action.DROP),
    (rf"^{_TABLE} (?:no )?force row level security$", "rls", Action.ALTER),
    (r"^create event trigger ", "event_trigger", Action.CREATE),
    (r"^drop event trigger ", "event_trigger", Action.DROP),
    (r"^alter event trigger ", "event_trigger", Action.ALTER),
    (r"^create foreign data wrapper ", "foreign_data_wrapper", Action.CREATE),
    (r"^drop foreign data wrapper ", "foreign_data_wrapper", Action.DROP),
    (r"^alter foreign data wrapper ", "foreign_data_wrapper", Action.ALTER),
    (r"^create server ", "foreign_server", Action.CREATE),
    (r"^drop server ", "foreign_server", Action.DROP),
    (r"^alter server ", "foreign_server", Action.ALTER),
    (r"^create user mapping ", "user_mapping", Action.CREATE),
    (r"^drop user mapping ", "user_mapping", Action.DROP),
    (r"^alter user mapping ", "user_mapping", Action.ALTER),
    (r"^create foreign table ", "foreign_table", Action.CREATE),
    (r"^drop foreign table ", "foreign_table", Action.DROP),
    (r"^alter foreign table ", "foreign_table", Action.ALTER),
    (rf"^create rule {_IDENT} as on ", "rule", Action.CREATE),
    (rf"^create or replace rule {_IDENT} as on ", "rule", Action.ALTER),
    (rf"^drop rule (?:if exists )?{_IDENT} on {_NAME}$", "rule", Action.DROP),
    (rf"^{_TABLE} (?:enable(?: replica| always)?|disable) rule {_IDENT}$", "rule", Action.ALTER),
    (rf"^create publication {_IDENT}(?: for | with |$)", "publication", Action.CREATE),
    (rf"^drop publication (?:if exists )?{_IDENT}$", "publication", Action.DROP),
    (rf"^alter publication {_IDENT} drop ", "publication", Action.DROP),
    (rf"^alter publication {_IDENT} add ", "publication", Action.CREATE),
    (rf"^alter publication {_IDENT} set ", "publication", Action.ALTER),
    (r"^create (?:or replace )?aggregate ", "aggregate", Action.CREATE),
    (r"^drop aggregate ", "aggregate", Action.DROP),
    (r"^alter aggregate ", "aggregate", Action.ALTER),
    (r"^create text search dictionary ", "text_search_dictionary", Action.CREATE),
    (r"^drop text search dictionary ", "text_search_dictionary", Action.DROP),
    (r"^alter text search dictionary ", "text_search_dictionary", Action.ALTER),
    (r"^create text search configuration ", "text_search_configuration", Action.CREATE),
    (r"^drop text search configuration ", "text_search_configuration", Action.DROP),
    (r"^alter text search configuration ", "text_search_configuration", Action.ALTER),
    (r"^create text search parser ", "text_search_parser", Action.CREATE),
    (r"^drop text search parser ", "text_search_parser", Action.DROP),
    (r"^alter text search parser ", "text_search_parser", Action.ALTER),
    (r"^create text search template ", "text_search_template", Action.CREATE),
    (r"^drop text search template ", "text_search_template", Action.DROP),
    (r"^alter text search template ", "text_search_template", Action.ALTER),
    (r"^alter domain ", "type", Action.ALTER),
    (r"^alter (?:function|procedure|routine) ", "function", Action.ALTER),
    (r"^alter (?:materialized )?view ", "view", Action.ALTER),
    (r"^set ", "setting", Action.ALTER),
    (r"^create (unique )?index", "index", Action.CREATE),
    (r"^drop index", "index", Action.DROP),
    (r"^create (or replace )?(unlogged )?table", "table", Action.CREATE),
    (r"^drop table", "table", Action.DROP),
    (r"^alter table .* add column", "column", Action.CREATE),
    (r"^alter table .* drop column", "column", Action.DROP),
    (r"^alter table .* alter column", "column", Action.ALTER),
    (r"^alter table .* add constraint", "constraint", Action.CREATE),
    (r"^alter table .* drop constraint", "constraint", Action.DROP),
    (r"^alter table .* validate constraint", "constraint", Action.ALTER),
    (r"^alter table .* (enable|disable) row level security", "rls", Action.ALTER),
    (r"^alter table .* (attach|detach) partition", "table", Action.ALTER),
    (r"^alter table", "table", Action.ALTER),
    (r"^create policy", "policy", Action.CREATE),
    (r"^drop policy", "policy", Action.DROP),
    (r"^alter policy", "policy", Action.ALTER),
    (r"^grant ", "privilege", Action.CREATE),
    (r"^revoke ", "privilege", Action.DROP),
    (r"^create (or replace )?(materialized )?view", "view", Action.CREATE),
    (r"^drop (materialized )?view", "view", Action.DROP),
    (r"^create (or replace )?(function|procedure|aggregate)", "function", Action.CREATE),
    (r"^drop (function|procedure|aggregate)", "function", Action.DROP),
    (r"^create (or replace )?(constraint )?trigger", "trigger", Action.CREATE),
    (r"^drop trigger", "trigger", Action.DROP),
    (r"^create (unlogged |temporary |temp )?sequence", "sequence", Action.CREATE),
    (r"^drop sequence", "sequence", Action.DROP),
    (r"^alter sequence", "sequence", Action.ALTER),
    (r"^create type", "type", Action.CREATE),
    (r"^drop type", "type", Action.DROP),
    (r"^alter type", "type", Action.ALTER),
    (r"^create domain", "type", Action.CREATE),
    (r"^drop domain", "type", Action.DROP),
    (r"^create extension", "extension", Action.CREATE),
    (r"^drop extension", "extension", Action.DROP),
    (r"^alter extension", "extension", Action.ALTER),
    (r"^create schema", "schema", Action.CREATE),
    (r"^drop schema", "schema", Action.DROP),
    (r"^create collation", "collation", Action.CREATE),
    (r"^drop collation", "collation", Action.DROP),
)


@cache
def _rules() -> tuple[tuple[re.Pattern[str], str, Action], ...]:
    return tuple((re.compile(pattern, re.I | re.S), kind, action) for pattern, kind, action in _RULE_TEXTS)


# foreign data objects: wrapper, server, role@server, schema.table (docs/foreign-data.md)
_FOREIGN_IDENTITY: dict[str, re.Pattern[str]] = {
    kind: re.compile(rf"^(?:create|drop|alter) {words} (?:if (?:not )?exists )?{names}", re.I)
    for kind, words, names in (
        ("foreign_data_wrapper", "foreign data wrapper", f"({_IDENT})"),
        ("foreign_server", "server", f"({_IDENT})"),
        ("user_mapping", "user mapping", rf"for ({_IDENT}) server ({_IDENT})"),
        ("foreign_table", "foreign table", f"({_NAME})"),
    )
}


@dataclass(frozen=True)
class Classified:
    kind: str
    action: Action
    identity: str


def classify(statement: str, default_kind: str = "object") -> Classified:
    text = _strip_leading_comments(statement)
    kind, action = default_kind, Action.ALTER
    for pattern, rule_kind, rule_action in _rules():
        if pattern.search(text[:400]) and pattern.match(text):
            kind, action = rule_kind, rule_action
            break
    return Classified(kind, action, _identity(text, kind))


def _strip_leading_comments(statement: str) -> str:
    lines = [ln for ln in statement.strip().splitlines() if not ln.strip().startswith("--")]
    return " ".join(ln.strip() for ln in lines)


def _identity(text: str, kind: str) -> str:
    if kind == "distribution":  # select <function>('"schema"."table"', …): the table
        literal = re.search(_CITUS_ARGUMENTS, text, re.I | re.S)
        if literal:
            return unquote_qualified(literal.group(1)[1:-1].replace("''", "'"))
    if kind == "owner":  # as queries/owner.sql names it: "table public.t", "function public.f"
        match = re.match(_OWNER, text, re.I | re.S)
        if match:
            word = {
                "foreign table": "table",
                "materialized view": "materialized_view",
                "domain": "type",
                "procedure": "function",
                "routine": "function",
                "aggregate": "function",
            }.get(match.group(1).lower())
            return f"{word or match.group(1).lower()} {_plain(match.group(2))}"
    if kind == "policy":  # create policy "name" on "schema"."table"
        names = _QUOTED.findall(text)
        if len(names) >= 3:
            schema, table, policy = (n.replace('""', '"') for n in (names[1], names[2], names[0]))
            return f"{schema}.{table}.{policy}"
    if kind == "column":  # alter table "s"."t" alter column "c" / alter column c (enum recast)
        match = re.match(
            rf"alter table (?:if exists )?(?:only )?({_NAME}) (?:add|drop|alter) column (?:if (?:not )?exists )?({_IDENT})",
            text,
            re.I,
        )
        if match:
            return f"{_plain(match.group(1))}.{_plain(match.group(2))}"
    if kind in ("column", "constraint"):
        match = re.match(
            rf"alter table (?:if exists )?(?:only )?({_NAME}) \w+ (?:constraint |column )?(?:if (?:not )?exists )?({_IDENT})",
            text,
            re.I,
        )
        if match:
            return f"{_plain(match.group(1))}.{_plain(match.group(2))}"
    if kind == "index" and text.lower().startswith("create"):
        # CREATE INDEX name ON schema.table ... (pg_get_indexdef form)
        match = re.match(
            rf"create (?:unique )?index (?:concurrently )?(?:if not exists )?({_IDENT}) on (?:only )?({_NAME})",
            text,
            re.I,
        )
        if match:
            return f"{_name_parts(match.group(2))[0]}.{_plain(match.group(1))}"
    if kind == "index" and text.lower().startswith("alter index"):  # … attach partition <the partition's index>
        match = re.match(rf"alter index (?:if exists )?{_NAME} attach partition ({_NAME})$", text, re.I)
        if match:
            return _plain(match.group(1))
    if kind == "privilege":
        match = re.match(r"(grant|revoke) (.+?) on (\w+ )?(.+?) (to|from) (.+)$", text, re.I)
        if match:
            target = match.group(4).replace('"', "")
            return (
                f"{match.group(2).lower()} on {target} {match.group(5).lower()} {match.group(6).replace(chr(34), '')}"
            )
    if kind == "trigger":  # CREATE TRIGGER name … ON schema.table / drop trigger if exists "name" on "s"."t"
        match = re.match(
            rf"create (?:or replace )?(?:constraint )?trigger ({_IDENT}) .*? on (?:only )?({_NAME})", text, re.I
        )
        match = match or re.match(rf"drop trigger (?:if exists )?({_IDENT}) on ({_NAME})", text, re.I)
        if match:
            return f"{_plain(match.group(2))}.{_plain(match.group(1))}"
    if kind == "setting":
        return text.split()[1]
    if kind in _FOREIGN_IDENTITY:
        match = _FOREIGN_IDENTITY[kind].match(text)
        if match:
            return "@".join(_plain(name) for name in match.groups())
    if kind == "rule":
        return _rule_identity(text)
    if kind == "publication":
        return _publication_identity(text)
    return _first_name(text)


def _rule_identity(text: str) -> str:
    """``schema.table.rule`` of CREATE [OR REPLACE] RULE r AS ON e TO t / DROP RULE r ON t /
    ALTER TABLE t ENABLE … RULE r (the table as the statement writes it)."""
    match = re.match(rf"create (?:or replace )?rule ({_IDENT}) as on \w+ to ({_NAME})", text, re.I)
    match = match or re.match(rf"drop rule (?:if exists )?({_IDENT}) on ({_NAME})", text, re.I)
    if match:
        return f"{_plain(match.group(2))}.{_plain(match.group(1))}"
    match = re.match(rf"{_TABLE_CAPTURE} .*\brule ({_IDENT})$", text, re.I)
    return f"{_plain(match.group(1))}.{_plain(match.group(2))}" if match else _first_name(text)


def _publication_identity(text: str) -> str:
    """The publication, and for ALTER PUBLICATION … ADD | DROP the member it adds or drops
    (``p table s.t``, ``p tables in schema s``), as the publications family names them."""
    match = re.match(rf"(?:create|drop|alter) publication (?:if exists )?({_IDENT})", text, re.I)
    if not match:
        return _first_name(text)
    name = _plain(match.group(1))
    member = re.match(
        rf"alter publication {_IDENT} (?:add|drop) (?:(table) (?:only )?({_NAME})|(tables in schema) ({_IDENT}))(?=\s|$)",
        text,
        re.I,
    )
    if member and member.group(1):
        return f"{name} table {_plain(member.group(2))}"
    if member:
        return f"{name} tables in schema {_plain(member.group(4))}"
    return name


def _first_name(text: str) -> str:
    """The first (qualified) name of a statement, read token by token so that nothing inside a
    quoted name or a string is taken for a name; else the first quoted name."""
    found = [t for t in tokens(text) if t.kind != "comment"]
    for i in range(len(found) - 2):
        if identifier(found[i]) is not None and found[i + 1].text == "." and identifier(found[i + 2]) is not None:
            parts = [
                identifier(found[i]) if found[i].kind == "quoted" else found[i].text,
                identifier(found[i + 2]) if found[i + 2].kind == "quoted" else found[i + 2].text,
            ]
            return ".".join(str(p) for p in parts)
    quoted = next((t for t in found if t.kind == "quoted"), None)
    return str(identifier(quoted)) if quoted else text.split("(")[0][:80]


def _name_parts(name: str) -> list[str]:
    return [unquote_identifier(part) if part.startswith('"') else part for part in re.findall(_IDENT, name, re.I)]


def _plain(name: str) -> str:
    """A possibly qualified, possibly quoted name as readable text (quotes removed)."""
    return ".".join(_name_parts(name))
