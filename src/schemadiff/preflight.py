"""Read-only checks of existing rows before an online plan changes anything.

An online plan commits its main transaction before it validates constraints and builds unique
indexes (:mod:`schemadiff.online`), so rows that break a new constraint would stop it halfway
(resumable, but not "as it was"). Before the first statement runs, apply asks the target the
question each of those steps will ask, with plain SELECTs that take no lock beyond what a
reader takes (reads and writes go on): a row that breaks a CHECK or NOT NULL, a foreign key
without its referenced row, a duplicate for a new unique index. A hit refuses the plan with
nothing changed. Rows written between this check and the main transaction's commit can still
make a step fail later; that step is then resumed by the next ``apply``.

A step whose question cannot be read from its statement (a unique index on expressions, an
exclusion constraint) is not checked; it is listed as such.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from schemadiff.catalog import Catalog
from schemadiff.diff.readers import constraint_definition, unquote_qualified
from schemadiff.plan import Plan, Step
from schemadiff.quoting import IDENTIFIER_PATTERN, quote_literal, unquote_identifier

_NAME = rf"(?:{IDENTIFIER_PATTERN})(?:\.(?:{IDENTIFIER_PATTERN}))?"
_VALIDATE = re.compile(rf"^alter table (?P<table>{_NAME}) validate constraint (?P<name>{IDENTIFIER_PATTERN})$", re.I)
_ADD = re.compile(
    rf"^alter table (?P<table>{_NAME}) add constraint (?P<name>{IDENTIFIER_PATTERN}) (?P<definition>.*) not valid$",
    re.I | re.S,
)
_CHECK = re.compile(r"^check \((?P<expr>.*)\)(?: no inherit)?$", re.I | re.S)
_FOREIGN_KEY = re.compile(
    rf"^foreign key \((?P<columns>[^()]*)\) references (?P<parent>{_NAME}) ?\((?P<keys>[^()]*)\)(?P<rest>.*)$",
    re.I | re.S,
)
_UNIQUE_INDEX = re.compile(
    rf"^create unique index concurrently (?:{IDENTIFIER_PATTERN}) on (?:only )?(?P<table>{_NAME}) using \w+ "
    rf"\((?P<columns>[^()]*)\)(?P<rest>.*)$",
    re.I | re.S,
)
_COLUMN = re.compile(rf"^{IDENTIFIER_PATTERN}$")


@dataclass(frozen=True)
class Question:
    step: Step
    what: str  # "check constraint t_c_check of public.t"
    sql: str  # SELECT returning one boolean: true when a row breaks it


@dataclass(frozen=True)
class Preflight:
    questions: tuple[Question, ...]
    unchecked: tuple[Step, ...]


def questions_for(plan: Plan, live: Catalog) -> Preflight:
    """The questions to ask before ``plan`` runs: one per step after the plan's first segment
    that validates a constraint or builds a unique index (a plan of one segment needs none:
    it rolls back whole). ``live``: the target's catalog, for a constraint that exists there
    NOT VALID and that the plan only validates."""
    if len(plan.execution) < 2:
        return Preflight((), ())
    added: dict[tuple[str, str], str] = {}
    for step in plan.steps:
        match = _ADD.match(step.sql)
        if match:
            added[(unquote_qualified(match["table"]), unquote_identifier(match["name"]))] = match["definition"]
    questions: list[Question] = []
    unchecked: list[Step] = []
    for step in plan.steps:
        validate, unique = _VALIDATE.match(step.sql), _UNIQUE_INDEX.match(step.sql)
        question = None
        if validate:
            key = (unquote_qualified(validate["table"]), unquote_identifier(validate["name"]))
            existing = live.get("constraint", ".".join(key))
            definition = added.get(key) or (constraint_definition(existing.definition)[0] if existing else "")
            question = _constraint_question(step, validate["table"], key[1], definition)
        elif unique:
            question = _unique_question(step, unique["table"], unique["columns"], unique["rest"])
        else:
            continue
        if question is None:
            unchecked.append(step)
        else:
            questions.append(question)
    return Preflight(tuple(questions), tuple(unchecked))


def _columns(text: str) -> list[str] | None:
    names = [part.strip() for part in text.split(",")]
    if not names or not all(_COLUMN.match(n) for n in names):
        return None
    return names


def _constraint_question(step: Step, table: str, name: str, definition: str) -> Question | None:
    what = f"constraint {name} of {unquote_qualified(table)}"
    check = _CHECK.match(definition.strip())
    if check:
        return Question(step, f"check {what}", f"select exists (select from only {table} where not ({check['expr']}))")
    key = _FOREIGN_KEY.match(definition.strip())
    if not key:
        return None
    columns, keys = _columns(key["columns"]), _columns(key["keys"])
    if columns is None or keys is None or len(columns) != len(keys):
        return None
    joined = " and ".join(f"r.{k} = c.{c}" for c, k in zip(columns, keys))
    all_set = " and ".join(f"c.{c} is not null" for c in columns)
    orphan = f"({all_set} and not exists (select from {key['parent']} r where {joined}))"
    if re.search(r"\bmatch full\b", key["rest"], re.I) and len(columns) > 1:
        orphan += f" or num_nulls({', '.join('c.' + c for c in columns)}) between 1 and {len(columns) - 1}"
    return Question(step, f"foreign key {what}", f"select exists (select from only {table} c where {orphan})")


def _unique_question(step: Step, table: str, columns_text: str, rest: str) -> Question | None:
    columns = _columns(columns_text)
    if columns is None:
        return None
    rest = rest.strip()
    nulls_distinct = True
    if rest.lower().startswith("nulls not distinct"):
        nulls_distinct, rest = False, rest[len("nulls not distinct") :].strip()
    include = re.match(r"^include \([^()]*\)\s*", rest, re.I)
    if include:
        rest = rest[include.end() :]
    if re.match(r"^with \(", rest, re.I):
        rest = re.sub(r"^with \([^()]*\)\s*", "", rest, flags=re.I)
    predicate = ""
    if rest.lower().startswith("where "):
        predicate = rest[len("where ") :]
    elif rest:
        return None
    conditions = [f"{c} is not null" for c in columns] if nulls_distinct else []
    if predicate:
        conditions.append(f"({predicate})")
    where = f" where {' and '.join(conditions)}" if conditions else ""
    listed = ", ".join(columns)
    index = step.description.rsplit(" ", 1)[-1]
    scan = f"exists (select from only {table}{where} group by {listed} having count(*) > 1)"
    if nulls_distinct:
        # rows with every column set cannot repeat when a valid unique index of the table, whole
        # and on plain columns, covers some of them (e.g. the primary key): no scan needed
        names = ", ".join(quote_literal(unquote_identifier(c)) for c in columns)
        proven = (
            f"exists (select from pg_index i where i.indrelid = {quote_literal(table)}::regclass and i.indisunique"
            " and i.indisvalid and i.indpred is null and i.indexprs is null and array(select a.attname::text"
            " from pg_attribute a where a.attrelid = i.indrelid and a.attnum = any(i.indkey::int2[]))"
            f" <@ array[{names}]::text[])"
        )
        return Question(
            step,
            f"unique index {index} on {unquote_qualified(table)} ({listed})",
            f"select case when {proven} then false else {scan} end",
        )
    return Question(step, f"unique index {index} on {unquote_qualified(table)} ({listed})", f"select {scan}")
