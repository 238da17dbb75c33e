"""Run a GitHub Actions job's steps here, the way the runner does, with stand-in commands.

Only what the recipes of ``examples/github-actions/`` use: ``run:`` steps are executed with the
shell GitHub uses (``bash -e {0}`` when none is declared; ``shell: bash`` is ``bash --noprofile
--norc -eo pipefail {0}``), with ``env:`` of the workflow, job and step, ``working-directory``,
``$GITHUB_OUTPUT`` and ``$GITHUB_STEP_SUMMARY``; ``uses:`` steps are recorded, not run; ``if:``
is evaluated with GitHub's rules (an implicit ``success() &&`` unless a status function is used).
A small expression evaluator covers the expression language the recipes use and fails loudly on
anything else, so a recipe cannot use what these tests would silently misread.
"""

from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

GITHUB_SHELLS = {  # https://docs.github.com/en/actions/reference/workflow-syntax-for-github-actions#jobsjob_idstepsshell
    None: ["bash", "-e", "{0}"],
    "bash": ["bash", "--noprofile", "--norc", "-eo", "pipefail", "{0}"],
    "sh": ["sh", "-e", "{0}"],
}
STATUS_FUNCTIONS = ("success", "failure", "always", "cancelled")
_TOKEN = re.compile(
    r"\s*(?:(?P<str>'(?:[^']|'')*')|(?P<num>-?\d+(?:\.\d+)?)|(?P<op>&&|\|\||==|!=|<=|>=|[!()<>,])"
    r"|(?P<name>[A-Za-z_][A-Za-z0-9_\-]*(?:\.[A-Za-z_*][A-Za-z0-9_\-]*)*))"
)


class ExpressionError(Exception):
    """An expression the evaluator does not understand."""


def load_workflow(path: Path) -> dict[str, Any]:
    """The workflow as a dict, with YAML 1.1's ``on: → True`` undone."""
    data = yaml.safe_load(path.read_text())
    if isinstance(data, dict) and True in data:
        data["on"] = data.pop(True)
    return data


def _tokens(text: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    pos = 0
    text = text.strip()
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m or m.end() == pos:
            raise ExpressionError(f"cannot read {text[pos:]!r} in {text!r}")
        kind = m.lastgroup or ""
        out.append((kind, m.group(kind)))
        pos = m.end()
    return out


class _Parser:
    """expr := or; or := and ('||' and)*; and := cmp ('&&' cmp)*; cmp := unary (('=='|'!=') unary)?;
    unary := '!' unary | atom; atom := literal | name | name '(' args ')' | '(' expr ')'"""

    def __init__(self, text: str, context: dict[str, Any]) -> None:
        self.tokens, self.i, self.context, self.text = _tokens(text), 0, context, text

    def parse(self) -> Any:
        value = self._or()
        if self.i != len(self.tokens):
            raise ExpressionError(f"unexpected {self.tokens[self.i][1]!r} in {self.text!r}")
        return value

    def _peek(self) -> str | None:
        return self.tokens[self.i][1] if self.i < len(self.tokens) else None

    def _take(self, expected: str | None = None) -> tuple[str, str]:
        if self.i >= len(self.tokens):
            raise ExpressionError(f"unexpected end of {self.text!r}")
        token = self.tokens[self.i]
        if expected is not None and token[1] != expected:
            raise ExpressionError(f"expected {expected!r}, found {token[1]!r} in {self.text!r}")
        self.i += 1
        return token

    def _or(self) -> Any:
        value = self._and()
        while self._peek() == "||":
            self._take()
            right = self._and()
            value = value if _truthy(value) else right
        return value

    def _and(self) -> Any:
        value = self._cmp()
        while self._peek() == "&&":
            self._take()
            right = self._cmp()
            value = right if _truthy(value) else value
        return value

    def _cmp(self) -> Any:
        left = self._unary()
        if self._peek() in ("==", "!="):
            op = self._take()[1]
            right = self._unary()
            equal = _loose(left) == _loose(right)
            return equal if op == "==" else not equal
        return left

    def _unary(self) -> Any:
        if self._peek() == "!":
            self._take()
            return not _truthy(self._unary())
        return self._atom()

    def _atom(self) -> Any:
        kind, text = self._take()
        if text == "(":
            value = self._or()
            self._take(")")
            return value
        if kind == "str":
            return text[1:-1].replace("''", "'")
        if kind == "num":
            return float(text)
        if kind != "name":
            raise ExpressionError(f"unexpected {text!r} in {self.text!r}")
        if text in ("true", "false", "null"):
            return {"true": True, "false": False, "null": None}[text]
        if self._peek() == "(":
            self._take("(")
            args = []
            while self._peek() != ")":
                args.append(self._or())
                if self._peek() == ",":
                    self._take()
            self._take(")")
            functions = self.context["__functions__"]
            if text not in functions:
                raise ExpressionError(f"function {text}() is not known to these tests ({self.text!r})")
            return functions[text](*args)
        return _lookup(self.context, text)


def _truthy(value: Any) -> bool:
    return value not in (None, False, 0, 0.0, "")


def _loose(value: Any) -> Any:
    """GitHub compares case-insensitively after coercion; the recipes compare strings to strings."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    return value.lower() if isinstance(value, str) else value


def _lookup(context: dict[str, Any], dotted: str) -> Any:
    head, *rest = dotted.split(".")
    if head not in context or head.startswith("__"):
        raise ExpressionError(f"context {head!r} is not known to these tests ({dotted})")
    value: Any = context[head]
    for part in rest:
        if head == "secrets":
            return f"secret-{part}"
        value = value.get(part) if isinstance(value, dict) else None
    return value


def evaluate(text: str, context: dict[str, Any]) -> Any:
    """The value of one expression (without ``${{ }}``)."""
    return _Parser(text, context).parse()


def substitute(text: str, context: dict[str, Any]) -> str:
    """``${{ expr }}`` in a string replaced by the expression's value."""

    def one(m: re.Match[str]) -> str:
        value = evaluate(m.group(1), context)
        return "" if value is None else str(value).lower() if isinstance(value, bool) else str(value)

    return re.sub(r"\$\{\{(.*?)\}\}", one, str(text))


def condition(text: Any, context: dict[str, Any]) -> bool:
    """An ``if:`` as GitHub reads it: ``${{ }}`` optional, ``success() &&`` implied."""
    expr = str(text).strip()
    if expr.startswith("${{") and expr.endswith("}}"):
        expr = expr[3:-2]
    if not any(re.search(rf"\b{name}\s*\(", expr) for name in STATUS_FUNCTIONS):
        expr = f"success() && ({expr})"
    return _truthy(evaluate(expr, context))


@dataclass
class StepRun:
    name: str
    id: str | None
    ran: bool
    outcome: str  # success, failure, skipped
    returncode: int | None = None
    stdout: str = ""
    stderr: str = ""
    outputs: dict[str, str] = field(default_factory=dict)
    uses: str | None = None
    script: str | None = None


@dataclass
class JobRun:
    steps: list[StepRun]
    failed: bool
    workspace: Path
    summary: str

    def uses(self, action: str) -> StepRun:
        """The one step that uses ``action`` (``owner/name``, any version)."""
        (found,) = [s for s in self.steps if (s.uses or "").split("@")[0] == action]
        return found

    def running(self, command: str) -> StepRun:
        """The one ``run:`` step whose script contains ``command``."""
        (found,) = [s for s in self.steps if command in (s.script or "")]
        return found

    def step(self, key: str) -> StepRun:
        for s in self.steps:
            if s.id == key or s.name == key:
                return s
        raise KeyError(f"no step {key!r}: {[s.id or s.name for s in self.steps]}")


def step_label(step: dict[str, Any]) -> str:
    return str(step.get("name") or step.get("id") or step.get("uses") or step.get("run", "").splitlines()[0])


def shell_command(workflow: dict[str, Any], job: dict[str, Any], step: dict[str, Any], script: Path) -> list[str]:
    shell = (
        step.get("shell")
        or (job.get("defaults") or {}).get("run", {}).get("shell")
        or (workflow.get("defaults") or {}).get("run", {}).get("shell")
    )
    template = GITHUB_SHELLS.get(shell) or str(shell).split()
    if "{0}" not in template:
        template = [*template, "{0}"]
    return [str(script) if part == "{0}" else part for part in template]


def run_job(
    workflow: dict[str, Any],
    job_name: str,
    workspace: Path,
    *,
    github: dict[str, Any],
    path_prefix: Path,
    extra_env: dict[str, str],
    action_outputs: dict[str, dict[str, str]] | None = None,
) -> JobRun:
    """Run one job's steps in ``workspace``; ``path_prefix`` (stand-in commands) comes first on PATH."""
    job = workflow["jobs"][job_name]
    steps_ctx: dict[str, Any] = {}
    failed = False
    summary_file = workspace.parent / f"{workspace.name}-summary.md"
    summary_file.write_text("")
    context: dict[str, Any] = {
        "github": github,
        "steps": steps_ctx,
        "secrets": {},
        "env": {},
        "vars": {},
        "runner": {"os": "Linux", "temp": str(workspace.parent)},
    }
    context["__functions__"] = {
        "success": lambda: not failed,
        "failure": lambda: failed,
        "always": lambda: True,
        "cancelled": lambda: False,
    }
    base_env = {
        **os.environ,
        **extra_env,
        "PATH": f"{path_prefix}{os.pathsep}{os.environ['PATH']}",
        "GITHUB_WORKSPACE": str(workspace),
        "GITHUB_STEP_SUMMARY": str(summary_file),
        "CI": "true",
    }
    for scope in (workflow.get("env") or {}, job.get("env") or {}):
        for key, value in scope.items():
            base_env[key] = substitute(value, context)
            context["env"][key] = base_env[key]
    runs: list[StepRun] = []
    for index, step in enumerate(job["steps"]):
        label = step_label(step)
        wanted = condition(step["if"], context) if "if" in step else not failed  # implicit success()
        if not wanted:
            runs.append(StepRun(label, step.get("id"), False, "skipped", uses=step.get("uses"), script=step.get("run")))
            if step.get("id"):
                steps_ctx[step["id"]] = {"outputs": {}, "outcome": "skipped", "conclusion": "skipped"}
            continue
        if "uses" in step:
            outputs = dict((action_outputs or {}).get(str(step["uses"]).split("@")[0], {}))
            run = StepRun(label, step.get("id"), True, "success", outputs=outputs, uses=str(step["uses"]))
        else:
            env = dict(base_env)
            for key, value in (step.get("env") or {}).items():
                env[key] = substitute(value, context)
            output_file = workspace.parent / f"output-{index}"
            output_file.write_text("")
            env["GITHUB_OUTPUT"] = str(output_file)
            script = workspace.parent / f"step-{index}.sh"
            script.write_text(substitute(step["run"], context))  # the runner expands ${{ }} before the shell runs
            wd = workspace / str(
                step.get("working-directory")
                or (job.get("defaults") or {}).get("run", {}).get("working-directory")
                or "."
            )
            wd.mkdir(parents=True, exist_ok=True)
            done = subprocess.run(
                shell_command(workflow, job, step, script), cwd=wd, env=env, capture_output=True, text=True, timeout=60
            )
            run = StepRun(
                label,
                step.get("id"),
                True,
                "success" if done.returncode == 0 else "failure",
                done.returncode,
                done.stdout,
                done.stderr,
                _read_outputs(output_file),
                script=step["run"],
            )
        runs.append(run)
        conclusion = "success" if step.get("continue-on-error") else run.outcome
        if step.get("id"):
            steps_ctx[step["id"]] = {"outputs": run.outputs, "outcome": run.outcome, "conclusion": conclusion}
        failed = failed or conclusion == "failure"
    return JobRun(runs, failed, workspace, summary_file.read_text())


def _read_outputs(path: Path) -> dict[str, str]:
    outputs: dict[str, str] = {}
    lines = iter(path.read_text().splitlines())
    for line in lines:
        if "<<" in line and ("=" not in line or line.index("<<") < line.index("=")):
            key, marker = line.split("<<", 1)
            body = []
            for more in lines:
                if more == marker:
                    break
                body.append(more)
            outputs[key] = "\n".join(body)
        elif "=" in line:
            key, value = line.split("=", 1)
            outputs[key] = value
    return outputs


__all__ = [
    "ExpressionError",
    "JobRun",
    "StepRun",
    "condition",
    "evaluate",
    "load_workflow",
    "run_job",
    "shell_command",
    "step_label",
    "substitute",
]
