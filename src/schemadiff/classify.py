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

from schemadiff.changes import Action
from schemadiff.quoting import unquote_identifier
from schemadiff.sqltext import identifier, tokens

_QUOTED = re.compile(r'"((?:[^"]|"")+)"')

# one possibly qualified, possibly quoted name (a function's argument list is not part of it)
_NAME = r'(?:"(?:[^"]|"")+"|[a-z_][a-z0-9_$]*)(?:\s*\.\s*(?:"(?:[^"]|"")+"|[a-z_][a-z0-9_$]*))*'
_IDENT = r'(?:"(?:[^"]|"")+"|[a-z_][a-z0-9_$]*)'
_TABLE = rf"alter table (?:if exists )?(?:only )?{_NAME}"

# (pattern on the statement's start, kind, action) — the first match wins
_RULES: tuple[tuple[re.Pattern[str], str, Action], ...] = tuple(
    (re.compile(pattern, re.I | re.S), kind, action)
    for pattern, kind, action in (
        (rf"^{_TABLE} rename column ", "column", Action.RENAME),
        (rf"^{_TABLE} rename constraint ", "constraint", Action.RENAME),
        (rf"^{_TABLE} rename to ", "table", Action.RENAME),
        (rf"^alter (?:materialized )?view (?:if exists )?{_NAME} rename to ", "view", Action.RENAME),
        (rf"^alter sequence (?:if exists )?{_NAME} rename to ", "sequence", Action.RENAME),
        (rf"^alter index (?:if exists )?{_NAME} rename to ", "index", Action.RENAME),
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
)


@dataclass(frozen=True)
class Classified:
    kind: str
    action: Action
    identity: str


def classify(statement: str, default_kind: str = "object") -> Classified:
    text = _strip_leading_comments(statement)
    kind, action = default_kind, Action.ALTER
    for pattern, rule_kind, rule_action in _RULES:
        if pattern.search(text[:400]) and pattern.match(text):
            kind, action = rule_kind, rule_action
            break
    return Classified(kind, action, _identity(text, kind))


def _strip_leading_comments(statement: str) -> str:
    lines = [ln for ln in statement.strip().splitlines() if not ln.strip().startswith("--")]
    return " ".join(ln.strip() for ln in lines)


def _identity(text: str, kind: str) -> str:
    if kind == "policy":  # create policy "name" on "schema"."table"
        names = _QUOTED.findall(text)
        if len(names) >= 3:
            schema, table, policy = (n.replace('""', '"') for n in (names[1], names[2], names[0]))
            return f"{schema}.{table}.{policy}"
    if kind == "column":  # alter table "s"."t" alter column "c" / alter column c (enum recast)
        match = re.match(rf"alter table (?:if exists )?(?:only )?({_NAME}) (?:add|drop|alter) column (?:if (?:not )?exists )?({_IDENT})", text, re.I)
        if match:
            return f"{_plain(match.group(1))}.{_plain(match.group(2))}"
    if kind in ("column", "constraint"):
        match = re.match(rf"alter table (?:if exists )?(?:only )?({_NAME}) \w+ (?:constraint |column )?(?:if (?:not )?exists )?({_IDENT})", text, re.I)
        if match:
            return f"{_plain(match.group(1))}.{_plain(match.group(2))}"
    if kind == "index" and text.lower().startswith("create"):
        # CREATE INDEX name ON schema.table ... (pg_get_indexdef form)
        match = re.match(rf"create (?:unique )?index (?:concurrently )?(?:if not exists )?({_IDENT}) on (?:only )?({_NAME})", text, re.I)
        if match:
            return f"{_name_parts(match.group(2))[0]}.{_plain(match.group(1))}"
    if kind == "privilege":
        match = re.match(r"(grant|revoke) (.+?) on (\w+ )?(.+?) (to|from) (.+)$", text, re.I)
        if match:
            target = match.group(4).replace('"', "")
            return f"{match.group(2).lower()} on {target} {match.group(5).lower()} {match.group(6).replace(chr(34), '')}"
    if kind == "trigger":  # CREATE TRIGGER name … ON schema.table / drop trigger if exists "name" on "s"."t"
        match = re.match(rf"create (?:or replace )?(?:constraint )?trigger ({_IDENT}) .*? on (?:only )?({_NAME})", text, re.I)
        match = match or re.match(rf"drop trigger (?:if exists )?({_IDENT}) on ({_NAME})", text, re.I)
        if match:
            return f"{_plain(match.group(2))}.{_plain(match.group(1))}"
    if kind == "setting":
        return text.split()[1]
    return _first_name(text)


def _first_name(text: str) -> str:
    """The first (qualified) name of a statement, read token by token so that nothing inside a
    quoted name or a string is taken for a name; else the first quoted name."""
    found = [t for t in tokens(text) if t.kind != "comment"]
    for i in range(len(found) - 2):
        if identifier(found[i]) is not None and found[i + 1].text == "." and identifier(found[i + 2]) is not None:
            parts = [identifier(found[i]) if found[i].kind == "quoted" else found[i].text, identifier(found[i + 2])
                     if found[i + 2].kind == "quoted" else found[i + 2].text]
            return ".".join(str(p) for p in parts)
    quoted = next((t for t in found if t.kind == "quoted"), None)
    return str(identifier(quoted)) if quoted else text.split("(")[0][:80]


def _name_parts(name: str) -> list[str]:
    return [unquote_identifier(part) if part.startswith('"') else part for part in re.findall(_IDENT, name, re.I)]


def _plain(name: str) -> str:
    """A possibly qualified, possibly quoted name as readable text (quotes removed)."""
    return ".".join(_name_parts(name))
