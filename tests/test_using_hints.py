"""USING hints (``-- schemadiff:using <expression>``): read from schema/, checked, and used by
`plan` for a column type change that no cast converts (which it refuses without one)."""

from __future__ import annotations

import pytest

from applyhelp import V1, Project, at_v1_with_rows, execute, made_plans, project  # noqa: F401  (fixtures)
from schemadiff.diff.column_types import ColumnType, convertible
from schemadiff.errors import SchemaSourceError
from schemadiff.using_hints import column_hints_in_text

TABLE = """create table public.events (
    -- schemadiff:using id::integer
    id integer primary key,
    at timestamptz not null,  -- schemadiff:using to_timestamp(at)
    -- schemadiff:using case when flag = 'y' then true else false end
    flag boolean,
    constraint events_at_check check (at > '2000-01-01')
);
"""


def test_a_hint_is_on_the_column_of_its_line_or_of_the_next_line() -> None:
    hints = column_hints_in_text(TABLE, "schema/events.sql")
    assert {c: (h.expression, h.origin) for c, h in hints.using.items()} == {
        "public.events.id": ("id::integer", "schema/events.sql:2"),
        "public.events.at": ("to_timestamp(at)", "schema/events.sql:4"),
        "public.events.flag": ("case when flag = 'y' then true else false end", "schema/events.sql:5"),
    }
    # where each column is declared: the refusal names it
    assert hints.declared_at == {
        "public.events.id": "schema/events.sql:3",
        "public.events.at": "schema/events.sql:4",
        "public.events.flag": "schema/events.sql:6",
    }


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("create table t (\n    a integer  -- schemadiff:using\n);\n", "gives no expression"),
        ("create table t (\n    a integer  -- schemadiff:using a; drop table t\n);\n", "cannot hold ';'"),
        ("create table t (\n    a integer  -- schemadiff:using (a + 1\n);\n", "leaves a parenthesis open"),
        ("create table t (\n    a integer  -- schemadiff:using a) + (1\n);\n", "closes a parenthesis"),
        ("-- schemadiff:using a::integer\ncreate view v as select 1 as a;\n", "must be inside create table"),
        (
            "create table t (\n    a integer,\n    constraint c check (a > 0)  -- schemadiff:using a\n);\n",
            "must be on a column",
        ),
        (
            "create table t (\n    -- schemadiff:using a\n    a integer  -- schemadiff:using a\n);\n",
            "a second USING hint",
        ),
        ("create table t (\n    a integer\n    -- schemadiff:using a\n);\n", "must be on a column"),
    ],
)
def test_a_hint_that_cannot_be_used_is_an_error_with_file_and_line(text: str, message: str) -> None:
    with pytest.raises(SchemaSourceError) as raised:
        column_hints_in_text(text, "schema/t.sql")
    assert message in str(raised.value)
    assert str(raised.value).startswith("schema/t.sql:")


def _type(base: str, category: str, element: str | None = None, element_category: str | None = None) -> ColumnType:
    return ColumnType(base, base, category, element, element_category)


CASTS = {("bigint", "integer"): "a", ("integer", "bigint"): "i", ("integer", "boolean"): "e"}


@pytest.mark.parametrize(
    ("old", "new", "explicit", "assignment"),
    [
        (_type("integer", "N"), _type("bigint", "N"), True, True),
        (_type("integer", "N"), _type("boolean", "B"), True, False),  # pg_cast: explicit only
        (_type("bigint", "N"), _type("timestamp with time zone", "D"), False, False),  # no cast at all
        (_type("bigint", "N"), _type("text", "S"), True, True),  # to a string type: the output function
        (_type("text", "S"), _type("integer", "N"), True, False),  # from one: the input function, explicit only
        (_type("integer[]", "A", "integer", "N"), _type("bigint[]", "A", "bigint", "N"), True, True),  # by elements
        (
            _type("bigint[]", "A", "bigint", "N"),
            _type("timestamp with time zone[]", "A", "timestamp with time zone", "D"),
            False,
            False,
        ),
    ],
)
def test_a_conversion_exists_as_the_server_finds_one(
    old: ColumnType, new: ColumnType, explicit: bool, assignment: bool
) -> None:
    assert convertible(old, new, CASTS) is explicit
    assert convertible(old, new, CASTS, assignment=True) is assignment


def test_plan_refuses_a_type_change_no_cast_converts_and_uses_the_hint(project: Project) -> None:
    at_v1_with_rows(project)
    retyped = V1.replace("    amount integer not null,\n", "    amount timestamptz not null default now(),\n")
    project.write_schema(retyped)
    refused = project.cli("plan", "--out", "-")
    assert refused.code == 1, refused.text
    assert (
        "schema/01_tables.sql:3: column public.t.amount changes type from integer to timestamp with time zone"
        in refused.text
    )
    assert "-- schemadiff:using" in refused.text

    project.write_schema(
        retyped.replace("default now(),\n", "default now(),  -- schemadiff:using to_timestamp(amount)\n")
    )
    plan = project.plan("retype", "--allow-destructive")  # a type change is DATA_LOSS
    text = plan.read_text()
    # the new default is set after the type change (now() does not fit an integer column)
    assert 'alter column "amount" set data type timestamp with time zone using to_timestamp(amount);' in text
    assert text.index("using to_timestamp(amount)") < text.index('alter column "amount" set default now()')
    assert project.apply().code == 0
    assert execute(project.url, "select extract(epoch from amount)::int from public.t order by id") == [
        (n,) for n in range(5)
    ]
    assert project.cli("plan").code == 0  # the hint stays in schema/ and is not used again
