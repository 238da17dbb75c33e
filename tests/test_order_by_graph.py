"""The dependency graph alone orders a plan: the whole corpus, with the tie-break reversed.

`diff()` orders changes by what depends on what (schemadiff/ordering.py) and breaks ties by
phase. If the phases still did the ordering, reversing the tie-break (schemas created last,
grants first, ...) would give plans the server refuses or that leave the wrong schema. Every
case is planned that way and must still round-trip by every oracle (re-diff, catalog,
pg_dump); the goldens are not compared, the statements' order is expected to differ. A plan
that comes out exactly as its golden is not applied again: `test_case` round-trips that very
plan.
"""

from __future__ import annotations

import pytest

from casehelp import Case, load_cases, run_case, skip_unless_runnable
from test_cases import case_pool, server_facts  # noqa: F401  (fixtures)


def _params() -> list[object]:
    return [pytest.param(case, id=case.id) for case in load_cases() if not case.known_gap]


@pytest.mark.parametrize("case", _params())
def test_round_trip_with_ties_reversed(case: Case, case_pool, server_facts) -> None:
    major, available = server_facts
    skip_unless_runnable(case, major, available)
    problems = run_case(case_pool, case, goldens=False, reverse_ties=True)
    assert not problems, f"{case.id} (ties reversed):\n" + "\n\n".join(problems)
