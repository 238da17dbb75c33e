"""The plan file format: written, read back, and refused when damaged (no database needed)."""

from __future__ import annotations

import pytest

from schemadiff.changes import Hazard
from schemadiff.errors import PlanFileError
from schemadiff.plan import Plan, Step, parse_plan, render_plan_file


def sample_plan() -> Plan:
    body = "CREATE FUNCTION public.f() RETURNS int LANGUAGE plpgsql AS $$\nbegin\n  -- a; comment\n  return 1;\nend $$"
    return Plan(
        plan_id="20260101000000_sample",
        created_at="2026-01-01T00:00:00Z",
        tool_version="0.1.0",
        target="local",
        server_version="18 (shadow 18)",
        from_fingerprint="sha256:" + "a" * 64,
        to_fingerprint="sha256:" + "b" * 64,
        source_digest="sha256:" + "c" * 64,
        steps=(
            Step(1, "create function public.f", body),
            Step(2, "drop table public.old", 'drop table "public"."old"', (Hazard.DATA_LOSS,)),
            Step(3, "create comment table public.t", "comment on table public.t is 'semi; colon'"),
        ),
    )


def test_round_trip_keeps_statements_with_semicolons_and_dollar_quotes() -> None:
    plan = sample_plan()
    text = render_plan_file(plan)
    assert parse_plan(text, "plan.sql") == plan
    assert "-- destructive: step 2 drop table public.old" in text


def test_edited_statement_is_refused() -> None:
    text = render_plan_file(sample_plan()).replace('drop table "public"."old"', 'drop table "public"."other"')
    with pytest.raises(PlanFileError, match="do not match the checksum"):
        parse_plan(text, "plan.sql")


def test_truncated_file_is_refused() -> None:
    text = render_plan_file(sample_plan())
    cut = text[: text.index("-- step 3")]
    with pytest.raises(PlanFileError, match="announces 3 statements but the file has 2"):
        parse_plan(cut, "plan.sql")
    with pytest.raises(PlanFileError, match="not terminated"):
        parse_plan(text[:200], "plan.sql")


def test_newer_format_is_refused() -> None:
    text = render_plan_file(sample_plan()).replace("-- format: 1", "-- format: 99")
    with pytest.raises(PlanFileError, match="plan format 99 is newer"):
        parse_plan(text, "plan.sql")


def test_not_a_plan() -> None:
    with pytest.raises(PlanFileError, match="not a schemadiff plan"):
        parse_plan("select 1;\n", "x.sql")


def test_comments_outside_steps_are_free_but_stray_statements_are_not() -> None:
    text = render_plan_file(sample_plan())
    reviewed = text.replace("-- end header\n", "-- end header\n-- reviewed by: someone\n")
    assert parse_plan(reviewed, "plan.sql") == sample_plan()
    stray = text.replace("-- end header\n", "-- end header\nselect 1;\n")
    with pytest.raises(PlanFileError, match="statement outside of a step"):
        parse_plan(stray, "plan.sql")
