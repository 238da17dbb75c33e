"""schemadiff.yaml and schema/data/*.yaml are read strictly: no YAML aliases (a "billion
laughs" fails fast), and a value of the wrong type is an error naming its key, never coerced."""

from __future__ import annotations

import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest

from schemadiff.config import load_settings
from schemadiff.datafiles import parse_data_file
from schemadiff.errors import ConfigError, SchemaSourceError

# one flow sequence whose last element stands for 9**10 (3.5 billion) strings
LAUGHS = (
    "["
    + ", ".join(
        ["&l0 [" + ", ".join(["lol"] * 9) + "]"]
        + [f"&l{i} [" + ", ".join([f"*l{i - 1}"] * 9) + "]" for i in range(1, 10)]
    )
    + "]"
)


def _config(root: Path, text: str) -> Path:
    (root / "schema").mkdir(exist_ok=True)
    (root / "schemadiff.yaml").write_text(text)
    return root / "schemadiff.yaml"


def _limit_memory() -> None:  # the old behaviour took 1.4 GB: keep a regression from eating the machine
    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))


@pytest.mark.parametrize("where", ["lint", "target"])
def test_a_billion_laughs_fails_fast(tmp_path, where):
    if where == "lint":
        text = f"lint:\n  disable:\n    - {{rule: SD002, object: '*', reason: {LAUGHS}}}\n"
    else:
        text = f"targets:\n  local:\n    database: {LAUGHS}\n"
    _config(tmp_path, text)
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "schemadiff", "plan"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=_limit_memory,
    )
    elapsed = time.monotonic() - started
    assert done.returncode == 1, done.stderr
    assert "schemadiff.yaml: not valid YAML (line 3" in done.stderr
    assert "YAML aliases are not accepted" in done.stderr
    assert elapsed < 15, elapsed


def test_an_alias_is_refused_with_its_line(tmp_path):
    _config(tmp_path, "base: &base {url: 'postgresql://h/db'}\ntargets:\n  prod: *base\n")
    with pytest.raises(
        ConfigError, match=r"schemadiff.yaml: not valid YAML \(line 3, column 9\): found the alias \*base"
    ):
        load_settings(tmp_path / "schemadiff.yaml", cwd=tmp_path, environ={})


def test_an_alias_in_a_data_file_is_refused():
    text = "table: storage.buckets\nrows:\n  - &r {id: a, name: a}\n  - *r\n"
    with pytest.raises(SchemaSourceError, match=r"schema/data/b.yaml:4: not valid YAML: found the alias \*r"):
        parse_data_file(text, "schema/data/b.yaml")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "lint:\n  disable:\n    - {rule: SD002, object: '*', reason: [a, b]}\n",
            "lint.disable[0].reason: expected a string, got a list",
        ),
        (
            "lint:\n  disable:\n    - {rule: [SD002], object: '*', reason: why}\n",
            "lint.disable[0].rule: expected a string, got a list",
        ),
        (
            "renames:\n  - {kind: table, from: {a: 1}, to: public.b}\n",
            "renames[0].from: expected a string, got a mapping",
        ),
        ("targets:\n  local:\n    database: [a, b]\n", "targets.local.database: expected a string, got a list"),
        ("default_target: [local]\n", "default_target: expected a string, got a list"),
        ("targets:\n  prod:\n    url: [postgresql://h/db]\n", "targets.prod.url: expected a string"),
    ],
)
def test_a_list_where_a_string_is_expected_is_an_error_naming_the_key(tmp_path, text, expected):
    _config(tmp_path, text)
    with pytest.raises(ConfigError) as error:
        load_settings(tmp_path / "schemadiff.yaml", cwd=tmp_path, environ={})
    assert f"schemadiff.yaml: {expected}" in error.value.message


def test_a_config_file_with_a_bom_is_read(tmp_path):
    (tmp_path / "schema").mkdir()
    (tmp_path / "schemadiff.yaml").write_bytes(b"\xef\xbb\xbfdefault_target: prod\ntargets:\n  prod: {}\n")
    assert load_settings(tmp_path / "schemadiff.yaml", cwd=tmp_path, environ={}).default_target == "prod"
