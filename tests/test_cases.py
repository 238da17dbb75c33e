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
from contextlib import contextmanager

import pytest

from casehelp import UPDATE_ENV, Case, DatabasePool, load_cases, run_case, skip_unless_runnable
from conftest import memory_tablespace
from goldens import OLDEST_MAJOR
from schemadiff.servers import connect

EVERY_MAJOR_ENV = "SCHEMADIFF_EVERY_MAJOR"  # 1: the whole corpus on 16 and 17 too


def _params() -> list[object]:
    return [pytest.param(case, id=case.id) for case in load_cases()]


def _params_between(major: int) -> list[object]:
    """The cases run on 16 and 17: with ``SCHEMADIFF_EVERY_MAJOR=1`` every case; else those whose
    plan differs between majors (a versioned golden: ``goldens.golden_for``), or that need a
    server newer than 15 (and not newer than ``major``) or are a gap of older servers only: where
    a plan depends on the major.
    Every case runs on 18 and on 15; the catalog readers' queries that differ by major are read
    by every case, so a reader broken on 16 or 17 fails these too. (The whole corpus on 16 and 17
    adds about 4 minutes each on two cores.)"""
    every = os.environ.get(EVERY_MAJOR_ENV) == "1"
    return [
        pytest.param(case, id=case.id)
        for case in load_cases()
        if every
        or OLDEST_MAJOR < case.min_version <= major
        or case.known_gap_before
        or any(case.path.glob("expected*.pg*.sql"))
    ]


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


class OlderServer:
    """A test server of an older major (``conftest._other_server``), its case pool and facts."""

    def __init__(self, url) -> None:
        with connect(url) as conn:
            version = int(conn.execute("select current_setting('server_version_num')::int").fetchone()[0])  # type: ignore[index]
            self.available = {row[0] for row in conn.execute("select name from pg_available_extensions")}
        self.major = version // 10000
        self.url = url

    def run(self, case: Case) -> None:
        """The same round trips as on 18: the goldens of this major (``expected*.pg<N>.sql``
        where the plan differs from 18's, else ``expected*.sql``) and every oracle of a plan
        applied (re-diff, catalog, pg_dump). Not the comparison of a light plan with the plan of
        every family (migra's with them), made on 18: read with migra's inspector, the sides of a
        case took a tenth more of the 15 run's time (the inspector is read where a plan takes
        migra's path). Cases that need a newer server or pgvector (none of these servers has it)
        are skipped with the reason shown."""
        skip_unless_runnable(case, self.major, self.available, f", not available on this PostgreSQL {self.major}")
        problems = run_case(self.pool, case, update=os.environ.get(UPDATE_ENV) == "1", every_family=False)
        _judge(case, self.major, problems)

    @contextmanager
    def opened(self) -> Iterator[OlderServer]:
        with memory_tablespace(self.url) as tablespace:
            self.pool = DatabasePool(self.url, tablespace=tablespace)
            try:
                yield self
            finally:
                self.pool.close()


@pytest.fixture(scope="module")
def pg15(pg15_server) -> Iterator[OlderServer]:
    with OlderServer(pg15_server).opened() as server:
        yield server


@pytest.fixture(scope="module")
def pg16(pg16_server) -> Iterator[OlderServer]:
    with OlderServer(pg16_server).opened() as server:
        yield server


@pytest.fixture(scope="module")
def pg17(pg17_server) -> Iterator[OlderServer]:
    with OlderServer(pg17_server).opened() as server:
        yield server


@pytest.mark.parametrize("case", _params())
def test_case_on_postgresql_15(case: Case, pg15: OlderServer) -> None:
    """Every case on Debian's PostgreSQL 15 (``OlderServer.run``)."""
    pg15.run(case)


@pytest.mark.parametrize("case", _params_between(16))
def test_case_on_postgresql_16(case: Case, pg16: OlderServer) -> None:
    """The cases whose plans depend on the major (``_params_between``) on PostgreSQL 16."""
    pg16.run(case)


@pytest.mark.parametrize("case", _params_between(17))
def test_case_on_postgresql_17(case: Case, pg17: OlderServer) -> None:
    """The cases whose plans depend on the major (``_params_between``) on PostgreSQL 17."""
    pg17.run(case)


def test_readme_supported_objects_table_is_current() -> None:
    """README's "Supported objects" table is generated from the corpus; regenerate it with
    `python tests/supported_objects.py` after adding or changing cases."""
    from supported_objects import current_table, render_table

    assert current_table() == render_table(), "README table is stale: run python tests/supported_objects.py"
