"""Passwords never appear in output, whatever the URL looks like (issue 16, item 5).

The matrix: a password with a raw ``@``, ``:``, ``/``, a space, a percent-encoded one, one in
the URL's query, a key=value conninfo, PGPASSWORD, and a malformed (IPv6) URL; given by
``--url``, ``--dev-url``, ``--from``/``--to``, a target of schemadiff.yaml, ``env:`` and
``DATABASE_URL``; to every command that takes one, in every output format, with and without
``-v``. Unreachable ones (port 1 on 127.0.0.1: refused at once) must fail with exit 1 and a
plain error; one connects for real (a role whose password has every awkward character).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clihelp import Run, run_cli
from schemadiff.servers import connect
from schemadiff.urls import DatabaseUrl, redact

# every password is made of two distinctive halves: neither may show up anywhere
LEFT = "Qz7Alpha"
CASES: dict[str, tuple[str, str, dict[str, str]]] = {
    # name: (URL or conninfo, right half of the secret, environment)
    "raw @": (f"postgresql://bob:{LEFT}@At9Beta@127.0.0.1:1/app", "At9Beta", {}),
    "raw colon": (f"postgresql://bob:{LEFT}:Col9Beta@127.0.0.1:1/app", "Col9Beta", {}),
    "raw slash": (f"postgresql://bob:{LEFT}/Sla9Beta@127.0.0.1:1/app", "Sla9Beta", {}),
    "raw space": (f"postgresql://bob:{LEFT} Spa9Beta@127.0.0.1:1/app", "Spa9Beta", {}),
    "percent-encoded": (f"postgresql://bob:{LEFT}%40Pct9Beta@127.0.0.1:1/app", "Pct9Beta", {}),
    "query password": (f"postgresql://bob@127.0.0.1:1/app?password={LEFT}Qry9Beta&sslmode=disable", "Qry9Beta", {}),
    "key=value conninfo": (f"host=127.0.0.1 port=1 user=bob password={LEFT}Kv9Beta dbname=app", "Kv9Beta", {}),
    "PGPASSWORD": ("postgresql://bob@127.0.0.1:1/app", "Env9Beta", {"PGPASSWORD": f"{LEFT}Env9Beta"}),
    "malformed IPv6": (f"postgresql://bob:{LEFT}@V6Beta9@[::1/app", "V6Beta9", {}),
}


def write_project(root: Path, server: DatabaseUrl, extra: str = "") -> None:
    (root / "schema").mkdir(exist_ok=True)
    (root / "schema" / "01_t.sql").write_text("create table public.t (id int primary key, note text);\n")
    (root / "schemadiff.yaml").write_text(
        f"dev_url: {json.dumps(server.conninfo())}\nschemas:\n  include: [public]\n" + extra
    )


def assert_hidden(run: Run, right: str, root: Path, what: str) -> None:
    for fragment in (LEFT, right):
        assert fragment not in run.text, f"{what}: {fragment!r} shown:\n{run.text}"
    for folder in ("generated", "out"):
        for path in (root / folder).rglob("*") if (root / folder).is_dir() else ():
            if path.is_file():
                assert LEFT not in path.read_text() and right not in path.read_text(), f"{what}: in {path}"


def commands(url: str, working: str) -> list[tuple[str, ...]]:
    """Every command line that hands ``url`` to schemadiff (``working``: a reachable database):
    every output format, and each command once more with ``-v``."""
    lines: list[tuple[str, ...]] = []
    for fmt in ("text", "json", "markdown"):
        lines.append(("plan", "--url", url, "--format", fmt))
        lines.append(("drift", "--url", url, "--format", fmt))
        lines.append(("check", "--dev-url", url, "--format", fmt))
    for fmt in ("text", "json"):
        lines.append(("apply", "--url", url, "--format", fmt))
    lines += [
        ("plan", "--url", url, "--out", "-"),
        ("plan", "--url", working, "--dev-url", url),
        ("apply", "--url", url, "--dry-run"),
        ("drift", "--url", working, "--dev-url", url, "--format", "json"),
        ("diff", "--from", url, "--to", "schema"),
        ("diff", "--from", working, "--to", url),
        ("diff", "--from", "schema", "--to", working, "--dev-url", url),
        ("dump", "--url", url, "--out", "out"),
    ]
    verbose = {line[0]: line for line in lines}  # the last line of each command
    return lines + [("-v", *line) for line in verbose.values()]


@pytest.mark.parametrize("case", sorted(CASES))
def test_unreachable_or_invalid_url_fails_plainly_without_its_password(
    case, tmp_path, monkeypatch, capsys, pg_server, empty_db
):
    url, right, env = CASES[case]
    write_project(tmp_path, pg_server)
    monkeypatch.chdir(tmp_path)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    for line in commands(url, empty_db.conninfo()):
        run = run_cli(capsys, *line)
        shown = " ".join(line).replace(url, "<URL>")
        assert run.code == 1, f"{case}: {shown}: exit {run.code}\n{run.text}"
        assert run.err.startswith("error: ") and "internal error" not in run.err, f"{case}: {shown}:\n{run.err}"
        assert_hidden(run, right, tmp_path, f"{case}: {shown}")


@pytest.mark.parametrize("case", sorted(CASES))
def test_url_from_config_env_and_database_url_is_never_shown(case, tmp_path, monkeypatch, capsys, pg_server):
    url, right, env = CASES[case]
    monkeypatch.chdir(tmp_path)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    write_project(
        tmp_path, pg_server, f"targets:\n  prod:\n    url: {json.dumps(url)}\n  envd:\n    url: env:SD_TEST_URL\n"
    )
    monkeypatch.setenv("SD_TEST_URL", url)
    for line in (
        ("plan", "--target", "prod"),
        ("-v", "drift", "--target", "envd", "--format", "markdown"),
        ("apply", "--target", "prod", "--format", "json"),
    ):
        run = run_cli(capsys, *line)
        assert run.code == 1 and "internal error" not in run.err, f"{case}: {line}:\n{run.text}"
        assert_hidden(run, right, tmp_path, f"{case}: {line}")
    write_project(tmp_path, pg_server)
    monkeypatch.setenv("DATABASE_URL", url)
    run = run_cli(capsys, "-v", "plan", "--format", "json")
    assert run.code == 1 and "internal error" not in run.err, f"{case}: DATABASE_URL:\n{run.text}"
    assert_hidden(run, right, tmp_path, f"{case}: DATABASE_URL")


def test_invalid_url_is_a_config_error_naming_its_origin(tmp_path, monkeypatch, capsys, pg_server):
    write_project(tmp_path, pg_server)
    monkeypatch.chdir(tmp_path)
    ipv6 = run_cli(capsys, "plan", "--url", CASES["malformed IPv6"][0])
    assert ipv6.code == 1 and ipv6.err.startswith("error: --url / SCHEMADIFF_URL: ") and "not a valid URL" in ipv6.err
    conninfo = run_cli(capsys, "diff", "--from", CASES["key=value conninfo"][0], "--to", "schema")
    assert conninfo.code == 1 and conninfo.err.startswith("error: --from: ") and "password=***" in conninfo.err


REAL_PASSWORD = "Rl9Alpha@x:y/z w%Rl9Beta"  # raw @ : / space and % in one


def test_a_real_connection_with_an_awkward_password_shows_it_nowhere(
    tmp_path, monkeypatch, capsys, pg_server, empty_db
):
    role = "sd_secret_role"
    with connect(pg_server) as conn:
        conn.execute(f"create role {role} login superuser password '{REAL_PASSWORD}'")  # type: ignore[arg-type]
    try:
        write_project(tmp_path, pg_server)
        monkeypatch.chdir(tmp_path)
        assert "postgres:@" in empty_db.raw  # the embedded server's URLs: user postgres, no password
        url = empty_db.raw.replace("postgres:@", f"{role}:{REAL_PASSWORD}@", 1)
        assert DatabaseUrl(url).user == role
        runs = {
            "plan": run_cli(capsys, "-v", "plan", "--url", url, "--name", "first"),
            "plan json": run_cli(capsys, "plan", "--url", url, "--format", "json", "--out", "-"),
            "plan markdown": run_cli(capsys, "plan", "--url", url, "--format", "markdown", "--out", "-"),
            "diff": run_cli(capsys, "-v", "diff", "--from", url, "--to", "schema"),
            "apply": run_cli(capsys, "-v", "apply", "--url", url, "--format", "json"),
            "drift": run_cli(capsys, "-v", "drift", "--url", url, "--format", "markdown"),
            "dump": run_cli(capsys, "-v", "dump", "--url", url, "--out", "out"),
        }
        assert runs["plan"].code == 2 and runs["diff"].code == 2, runs
        assert runs["apply"].code == 0 and runs["drift"].code == 0 and runs["dump"].code == 0, runs
        with connect(empty_db) as conn:  # it really was that role that applied the plan
            owner = conn.execute("select tableowner from pg_tables where tablename = 't'").fetchone()
        assert owner == (role,)
        monkeypatch.setenv("PGPASSWORD", REAL_PASSWORD)
        runs["PGPASSWORD"] = run_cli(capsys, "-v", "drift", "--url", empty_db.raw.replace("postgres:@", f"{role}@", 1))
        assert runs["PGPASSWORD"].code == 0, runs["PGPASSWORD"].text
        for what, run in runs.items():
            for fragment in ("Rl9Alpha", "Rl9Beta", "x:y/z w"):
                assert fragment not in run.text, f"{what}:\n{run.text}"
        for path in [*(tmp_path / "generated").glob("*"), *(tmp_path / "out").rglob("*.sql")]:
            assert "Rl9Alpha" not in path.read_text() and "Rl9Beta" not in path.read_text(), path
    finally:
        with connect(empty_db) as conn:
            conn.execute(f"drop owned by {role}")  # type: ignore[arg-type]
        with connect(pg_server) as conn:
            conn.execute(f"drop role {role}")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        'unexpected spaces found in "postgresql://bob:S3 cr3t@host/db"',
        "postgresql://bob:S3cr3t@PW9@host/db",
        "(postgresql://bob:S3/cr3t@host/db): failed",
        "postgres://bob:S3cr3t@[::1/db",
        "mysql://bob:S3cr3t:x@h",
        "postgresql://bob@h/db?sslmode=disable&password=S3cr3t",
        "host=h password='S3 cr3t' user=bob",
        "host=h PASSWORD = S3cr3t user=bob",
    ],
)
def test_redact_needs_no_well_formed_url(text):
    hidden = redact(text)
    assert "S3" not in hidden and "cr3t" not in hidden and "PW9" not in hidden, hidden
    assert "***" in hidden
