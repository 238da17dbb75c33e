"""Collations as declared, by the commands (``diff/collations.py``): every property of the
``pg_collation`` row is written, and a collation that changes in what migra's inspector did
not compare (LC_CTYPE, a builtin or ICU locale, determinism) is dropped and created again.
A builtin collation on PostgreSQL 18 (the embedded server has no ICU); an ICU one that is not
deterministic on Debian's 15."""

from __future__ import annotations

from typing import Any

from applyhelp import Project, execute, made_plans, project, write_config  # noqa: F401  (fixtures)
from schemadiff.diff.collations import create_statement
from schemadiff.servers import scratch_database

PROPERTIES = (
    "select collname::text, collprovider::text, collisdeterministic, collcollate, collctype"
    " from pg_collation where collnamespace = 'public'::regnamespace order by 1"
)


def _round_trip(project: Project, schema: str, name: str) -> None:
    """``schema`` planned, applied, and then nothing left to do."""
    project.write_schema(schema)
    project.plan(name)
    assert project.apply().code == 0
    assert project.cli("plan").code == 0, "nothing left to do"


def test_a_builtin_collation_and_a_libc_one_of_two_locales_are_created_and_changed_as_declared(
    project: Project,
) -> None:
    declared = (
        "create collation public.exact (provider = builtin, locale = 'C.UTF-8');\n"
        "create collation public.mixed (lc_collate = 'POSIX', lc_ctype = 'C');\n"
        "create table public.words (id integer primary key, word text collate public.exact);\n"
    )
    _round_trip(project, declared, "collations")
    locale = "select colllocale from pg_collation where collname = 'exact'"
    assert execute(project.url, locale) == [("C.UTF-8",)]
    assert ("mixed", "c", True, "POSIX", "C") in execute(project.url, PROPERTIES)

    # another builtin locale (migra's inspector compared LC_COLLATE alone: no change to it)
    project.write_schema(declared.replace("'C.UTF-8'", "'PG_UNICODE_FAST'").replace(" collate public.exact", ""))
    plan = project.plan("relocale").read_text()
    assert 'drop collation "public"."exact"' in plan
    assert 'create collation "public"."exact" (provider = builtin, locale = \'PG_UNICODE_FAST\')' in plan
    assert project.apply().code == 0
    assert execute(project.url, locale) == [("PG_UNICODE_FAST",)]
    assert project.cli("plan").code == 0, "nothing left to do"


def test_an_icu_collation_that_is_not_deterministic_before_17(tmp_path, monkeypatch, capsys, pg15_server) -> None:
    write_config(tmp_path, pg15_server)
    monkeypatch.chdir(tmp_path)
    with scratch_database(pg15_server, label="collations") as url:
        project = Project(tmp_path, pg15_server, url, capsys, {})
        declared = (
            "create collation public.caseless (provider = icu, locale = 'und-u-ks-level2', deterministic = false);\n"
        )
        _round_trip(project, declared, "icu")
        found = "select collprovider::text, collisdeterministic, colliculocale from pg_collation where collname = 'caseless'"
        assert execute(url, found) == [("i", False, "und-u-ks-level2")]
        _round_trip(project, declared.replace("deterministic = false", "deterministic = true"), "deterministic")
        assert execute(url, found) == [("i", True, "und-u-ks-level2")]


def test_the_statement_holds_every_property_of_the_row() -> None:
    def created(row: dict[str, Any]) -> str:
        return create_statement("public.c", '"public"."c"', row)

    assert created({"collprovider": "c", "collcollate": "C", "collctype": "C", "collisdeterministic": True}) == (
        'create collation "public"."c" (provider = libc, locale = \'C\')'
    )
    icu = {"collprovider": "i", "colllocale": "und", "collisdeterministic": False, "collicurules": "&a < b"}
    assert created(icu) == (
        "create collation \"public\".\"c\" (provider = icu, locale = 'und', deterministic = false, rules = '&a < b')"
    )
    assert "locale = 'it''s'" in created({"collprovider": "b", "colllocale": "it's", "collisdeterministic": True})
