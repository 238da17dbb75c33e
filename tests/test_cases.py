"""The golden round-trip corpus: every case of ``tests/cases/<group>/<case>/``, both ways.

For each case the plan current → desired must equal ``expected.sql`` (and desired → current
``expected_reverse.sql``), and applied to the *from* side it must make it equal to the
*to* side by three oracles: an empty re-diff, equal catalogs (``compare_catalogs``) and
equal ``pg_dump --schema-only`` output (up to the order of its blocks). See casehelp.py.

The dependency graph alone orders a plan: on PostgreSQL 18 each direction is also planned
with the graph's ties broken the other way round (schemas created last, grants first, ...),
and when that plan differs from the usual one it must round-trip by every oracle too, on a
fresh copy of its *from* side (its golden is not compared: its order is expected to differ).

    SCHEMADIFF_CASE=enum pytest tests/test_cases.py     # only the cases whose id contains "enum"
    SCHEMADIFF_UPDATE_GOLDENS=1 pytest tests/test_cases.py   # rewrite the goldens, then review them

A case marked ``known_gap`` in its case.yaml is a strict xfail: it must fail (for the
reason given) until the gap is fixed, and then fails loudly until the mark is removed. Its
goldens hold the plan a careful DBA would write, which the update run only creates when
missing (never overwrites). With ``known_gap_before: N`` the gap is that of servers older
than N only: on newer ones the case must pass.

The inputs of the product/ cases are built from schema/ when they are loaded (see
``product_case_files``); only their case.yaml and goldens are files.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from casehelp import UPDATE_ENV, Case, DatabasePool, load_cases, run_case, skip_unless_runnable
from conftest import memory_tablespace
from schemadiff.servers import connect


def _params() -> list[object]:
    return [pytest.param(case, id=case.id) for case in load_cases()]


def _judge(case: Case, major: int, problems: list[str]) -> None:
    """Pass without problems; a known gap of this server (``Case.gap_on``) must have some: a
    strict xfail, decided here because a gap may be that of older servers only."""
    gap = case.gap_on(major)
    if gap is None:
        assert not problems, f"{case.id} on PostgreSQL {major}:\n" + "\n\n".join(problems)
    elif problems:
        pytest.xfail(f"known gap: {gap}")
    else:
        pytest.fail(f"{case.id} is marked a known gap on PostgreSQL {major} but passes: remove the mark ({gap})")


@pytest.fixture(scope="module")
def server_facts(pg_server) -> tuple[int, set[str]]:
    with connect(pg_server) as conn:
        version = int(conn.execute("select current_setting('server_version_num')::int").fetchone()[0])  # type: ignore[index]
        available = {row[0] for row in conn.execute("select name from pg_available_extensions")}
    return version // 10000, available


@pytest.fixture(scope="module")
def case_pool(pg_server) -> Iterator[DatabasePool]:
    with memory_tablespace(pg_server) as tablespace:
        pool = DatabasePool(pg_server, tablespace=tablespace)
        try:
            yield pool
        finally:
            pool.close()


@pytest.mark.parametrize("case", _params())
def test_case(case: Case, case_pool: DatabasePool, server_facts) -> None:
    major, available = server_facts
    skip_unless_runnable(case, major, available)
    update = os.environ.get(UPDATE_ENV) == "1"
    problems = run_case(case_pool, case, update=update, ties_reversed_too=not case.gap_on(major))
    _judge(case, major, problems)


@pytest.fixture(scope="module")
def pg15_facts(pg15_server) -> tuple[int, set[str]]:
    with connect(pg15_server) as conn:
        version = int(conn.execute("select current_setting('server_version_num')::int").fetchone()[0])  # type: ignore[index]
        available = {row[0] for row in conn.execute("select name from pg_available_extensions")}
    return version // 10000, available


@pytest.fixture(scope="module")
def pg15_pool(pg15_server) -> Iterator[DatabasePool]:
    with memory_tablespace(pg15_server) as tablespace:
        pool = DatabasePool(pg15_server, tablespace=tablespace)
        try:
            yield pool
        finally:
            pool.close()


@pytest.mark.parametrize("case", _params())
def test_case_on_postgresql_15(case: Case, pg15_pool: DatabasePool, pg15_facts) -> None:
    """The same round trips on Debian's PostgreSQL 15: the goldens of 15 (``expected*.pg15.sql``
    where the plan differs from 18's, else ``expected*.sql``) and every oracle of a plan applied
    (re-diff, catalog, pg_dump). Not the comparison of a light plan with the plan of every
    family (migra's with them), made on 18: read with migra's inspector, the sides of a case
    took a tenth more of the 15 run's time (the inspector is read where a plan takes migra's
    path). Cases that need a newer server or pgvector (not packaged for Debian's 15) are
    skipped with the reason shown."""
    major, available = pg15_facts
    skip_unless_runnable(case, major, available, f", not available on this PostgreSQL {major}")
    problems = run_case(pg15_pool, case, update=os.environ.get(UPDATE_ENV) == "1", every_family=False)
    _judge(case, major, problems)


def test_readme_supported_objects_table_is_current() -> None:
    """README's "Supported objects" table is generated from the corpus; regenerate it with
    `python tests/supported_objects.py` after adding or changing cases."""
    from supported_objects import current_table, render_table

    assert current_table() == render_table(), "README table is stale: run python tests/supported_objects.py"
