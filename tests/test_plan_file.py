"""The plan file format: written, read back, and refused when damaged (no database needed)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from schemadiff.changes import Hazard
from schemadiff.errors import PlanFileError
from schemadiff.plan import Approval, Plan, Segment, Step, render_plan_file
from schemadiff.plan_file import approve_plan, parse_plan, seal_plan


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


def test_edited_statement_is_refused_with_its_step_and_line() -> None:
    text = render_plan_file(sample_plan()).replace('drop table "public"."old"', 'drop table "public"."other"')
    line = text.splitlines().index('drop table "public"."other";') + 1
    with pytest.raises(PlanFileError, match=rf"step 2 \(line {line}\) changed after the plan was written"):
        parse_plan(text, "plan.sql")


def test_step_hashes_rewritten_by_hand_still_fail_the_header_checksum() -> None:
    plan = sample_plan()
    text = render_plan_file(plan)
    edited = Plan(
        **{**plan.__dict__, "steps": (plan.steps[0], Step(2, plan.steps[1].description, "select 1"), plan.steps[2])}
    )
    forged = render_plan_file(edited).replace(edited.checksum, plan.checksum)
    assert forged != text
    with pytest.raises(PlanFileError, match="do not match its checksum"):
        parse_plan(forged, "plan.sql")


def test_seal_accepts_a_reviewed_edit(tmp_path) -> None:
    path = tmp_path / "p.sql"
    path.write_text(render_plan_file(sample_plan()).replace("'semi; colon'", "'reviewed'"))
    with pytest.raises(PlanFileError):
        parse_plan(path.read_text(), str(path))
    result = seal_plan(path)
    assert [s.number for s in result.changed] == [3]
    assert parse_plan(path.read_text(), str(path)).steps[2].sql == "comment on table public.t is 'reviewed'"


def test_approvals_are_written_by_approve_and_bound_to_the_statement(tmp_path) -> None:
    path = tmp_path / "p.sql"
    path.write_text(render_plan_file(sample_plan()))
    assert parse_plan(path.read_text(), "p").approved_steps == frozenset()
    approved = approve_plan(path, [2])
    step2 = approved.steps[1]
    assert approved.approvals == (Approval(2, step2.sql_hash),)
    assert f"-- approved_destructive: step 2 {step2.sql_hash}" in path.read_text()
    assert parse_plan(path.read_text(), "p").approved_steps == {2}
    with pytest.raises(PlanFileError, match="has no step 9"):
        approve_plan(path, [9])


def test_hand_edited_approvals_and_annotations_fail_the_checksum() -> None:
    """Editing the approval line, a step's hazards, the from/to fingerprints or the
    destructive list is refused: the checksum covers every line that means something."""
    plan = sample_plan()
    text = render_plan_file(plan)
    step2 = plan.steps[1]
    edits = [
        ("-- approved_destructive: none", f"-- approved_destructive: step 2 {step2.sql_hash}"),
        ("hazards: DATA_LOSS", "hazards: -"),
        ("-- from_fingerprint: sha256:a", "-- from_fingerprint: sha256:f"),
        ("-- to_fingerprint: sha256:b", "-- to_fingerprint: sha256:f"),
        ("-- destructive: step 2 drop table public.old", "-- destructive: none"),
        ("| drop table public.old |", "| harmless |"),
    ]
    for old, new in edits:
        assert old in text, old
        with pytest.raises(PlanFileError, match="do not match its checksum"):
            parse_plan(text.replace(old, new, 1), "p")


def test_an_approval_cannot_move_to_another_statement(tmp_path) -> None:
    """An approval names its statement's hash: re-sealed after the approved statement was
    swapped for another, the approval is dropped; forged onto another step, it is refused."""
    path = tmp_path / "p.sql"
    path.write_text(render_plan_file(sample_plan()))
    approve_plan(path, [2])
    path.write_text(path.read_text().replace('drop table "public"."old"', 'drop table "public"."precious"'))
    result = seal_plan(path)
    assert result.dropped_approvals == (2,)
    assert parse_plan(path.read_text(), "p").approved_steps == frozenset()
    plan = sample_plan()
    moved = Plan(**{**plan.__dict__, "approvals": (Approval(2, plan.steps[0].sql_hash),)})
    with pytest.raises(PlanFileError, match="cannot move to another statement"):
        parse_plan(render_plan_file(moved), "p")


def test_format_1_plans_are_refused_until_sealed(tmp_path) -> None:
    text = render_plan_file(replace(sample_plan(), format=2))
    v1 = text.replace("-- format: 2", "-- format: 1")
    with pytest.raises(PlanFileError, match="plan format 1 is no longer applied"):
        parse_plan(v1, "p")
    path = tmp_path / "p.sql"
    path.write_text(v1.replace("-- approved_destructive: none", "-- approved_destructive: all"))
    seal_plan(path)
    sealed = parse_plan(path.read_text(), "p")
    assert sealed.approvals == () and sealed.steps == sample_plan().steps


def test_step_lines_point_at_statements() -> None:
    text = render_plan_file(sample_plan())
    lines = text.splitlines()
    for step in parse_plan(text, "p").steps:
        assert lines[step.line - 1] == step.sql.splitlines()[0] or lines[step.line - 1] == step.sql + ";"


def test_truncated_file_is_refused() -> None:
    text = render_plan_file(sample_plan())
    cut = text[: text.index("-- step 3")]
    with pytest.raises(PlanFileError, match="announces 3 statements but the file has 2"):
        parse_plan(cut, "plan.sql")
    with pytest.raises(PlanFileError, match="not terminated"):
        parse_plan(text[:200], "plan.sql")


def test_newer_format_is_refused() -> None:
    text = render_plan_file(sample_plan()).replace("-- format: 3", "-- format: 99")
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


def segmented_plan() -> Plan:
    steps = (
        Step(1, "create column public.t.c", 'alter table "public"."t" add column "c" integer'),
        Step(2, "create index public.t_c_idx", "CREATE INDEX CONCURRENTLY t_c_idx ON public.t USING btree (c)"),
        Step(3, "alter constraint public.t.t_c_check", 'alter table "public"."t" validate constraint "t_c_check"'),
    )
    segments = (
        Segment(1, (1,), True, "main", 5_000, 900_000),
        Segment(2, (2,), False, "build index", 2_000, 6 * 3_600_000, (("maintenance_work_mem", "1GB"),)),
        Segment(3, (3,), True, "validate", 2_000, 0),
    )
    return replace(sample_plan(), steps=steps, segments=segments)


def test_segments_round_trip_and_show_in_the_file() -> None:
    plan = segmented_plan()
    text = render_plan_file(plan)
    assert (
        "-- segment 2 | no transaction | build index | lock_timeout 2s, statement_timeout 6h, maintenance_work_mem 1GB\n-- step 2 |"
        in text
    )
    assert "-- segment 3 | transaction | validate | lock_timeout 2s, statement_timeout none\n" in text
    parsed = parse_plan(text, "p")
    assert parsed == plan and parsed.execution == plan.segments


def test_segment_lines_are_covered_by_the_checksum() -> None:
    text = render_plan_file(segmented_plan())
    with pytest.raises(PlanFileError, match="do not match its checksum"):
        parse_plan(
            text.replace(
                "validate | lock_timeout 2s, statement_timeout none", "validate | lock_timeout 2s, statement_timeout 1s"
            ),
            "p",
        )


@pytest.mark.parametrize(
    "edit, message",
    [
        (("maintenance_work_mem 1GB", "session_replication_role replica"), "cannot set 'session_replication_role'"),
        (("maintenance_work_mem 1GB", "maintenance_work_mem lots"), "not a valid maintenance_work_mem"),
        (
            ("| no transaction | build index |", "| transaction | build index |"),
            "step 2 cannot run inside a transaction",
        ),
        (
            ("-- segment 3 | transaction | validate | lock_timeout 2s, statement_timeout none\n", ""),
            "must hold one step",
        ),
        (
            ("-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min\n", ""),
            "segments must be numbered 1, 2",
        ),
        (("| validate |", "| vacuum |"), "unknown segment purpose 'vacuum'"),
        (("statement_timeout 6h", "statement_timeout 6 hours"), "not a duration"),
    ],
)
def test_malformed_segments_are_refused_by_name(edit, message) -> None:
    text = render_plan_file(segmented_plan()).replace(*edit)
    with pytest.raises(PlanFileError, match=message):
        parse_plan(text, "p")


def test_format_2_plans_still_apply_as_written_and_seal_into_format_3(tmp_path) -> None:
    steps = segmented_plan().steps
    v2 = replace(sample_plan(), steps=steps, format=2, segments=())
    text = render_plan_file(v2)
    assert "-- format: 2" in text and "-- segment" not in text
    parsed = parse_plan(text, "p")
    assert parsed.format == 2 and parsed.segments == ()
    assert [(s.steps, s.transactional) for s in parsed.execution] == [((1, 3), True), ((2,), False)]
    path = tmp_path / "p.sql"
    path.write_text(text)
    with pytest.raises(PlanFileError, match="cannot be rewritten in the current format"):
        seal_plan(path)  # step 2 runs after step 3 in format 2: a different order in format 3
    ordered = replace(v2, steps=(steps[0], replace(steps[2], number=2), replace(steps[1], number=3)))
    path.write_text(render_plan_file(ordered))
    seal_plan(path)
    sealed = parse_plan(path.read_text(), "p")
    assert sealed.format == 3 and [(s.steps, s.transactional, s.purpose) for s in sealed.segments] == [
        ((1, 2), True, "main"),
        ((3,), False, "index"),
    ]


def test_a_step_before_the_first_segment_line_is_refused() -> None:
    text = render_plan_file(segmented_plan())
    marker = "-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min\n"
    statement = 'alter table "public"."t" add column "c" integer;\n'
    moved = text.replace(marker, "").replace(statement, statement + marker)
    with pytest.raises(PlanFileError, match="every step must follow a segment line"):
        parse_plan(moved, "p")


def test_the_json_schema_lists_every_segment_purpose() -> None:
    import json
    from pathlib import Path

    from schemadiff.segments import PURPOSES

    schema = json.loads((Path(__file__).resolve().parent.parent / "docs/schemas/plan.schema.json").read_text())
    listed = schema["properties"]["segments"]["items"]["properties"]["purpose"]["enum"]
    assert sorted(listed) == sorted(PURPOSES)
