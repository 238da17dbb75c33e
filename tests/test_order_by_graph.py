"""The dependency graph alone orders a plan: the whole corpus, with the tie-break reversed.

`diff()` orders changes by what depends on what (schemadiff/ordering.py) and breaks ties by
phase. If the phases still did the ordering, reversing the tie-break (schemas created last,
grants first, ...) would give plans the server refuses or that leave the wrong schema. Every
case is planned that way and must still round-trip by every oracle (re-diff, catalog,
pg_dump); the goldens are not compared, the statements' order is expected to differ. A plan
that comes out exactly as its golden is not applied again: `test_case` round-trips that very
plan.

``PHASE_ORDERED`` lists the cases whose plans still need the phase order, each with what the
graph lacks; they are strict xfails, so a case the graph learns to order fails loudly until
it is taken off the list.
"""

from __future__ import annotations

import pytest

from casehelp import Case, load_cases, run_case, skip_unless_runnable
from test_cases import case_pool, server_facts  # noqa: F401  (fixtures)

_PARTITION_COPIES = ("the statements about a partition's copies of its parent's objects (renamed, created or "
                     "dropped only once the partition is attached or detached) have no edge to the ATTACH/DETACH")
_PUBLICATION_MEMBERS = ("publication members are not nodes of the graph: a member's drop and re-add around a "
                        "dropped or retyped column, or a re-created table, are ordered by phase")
PHASE_ORDERED: dict[str, str] = {
    "owners/new_table_with_owner": "an identity sequence's ALTER must follow its table's OWNER TO (owners are "
                                   "attached changes, not graph nodes)",
    "partitions/attach_existing_table": _PARTITION_COPIES,
    "partitions/create_partitioned_table_with_constraints_and_trigger": "a partition's own index must be built "
        "before the parent's (which would otherwise create one of the same name); index partitions are not edges",
    "partitions/detach_partition_dropping_inherited_copies": _PARTITION_COPIES,
    "partitions/set_column_default_on_partitioned_table_with_override": "a partition's own default must follow "
        "the parent's SET DEFAULT that reaches it; the statements name columns of different tables",
    "publications/column_dropped_from_list": _PUBLICATION_MEMBERS,
    "publications/member_column_retyped": _PUBLICATION_MEMBERS,
    "publications/member_table_recreated": _PUBLICATION_MEMBERS,
    "publications/publication_on_new_table": "a publication of a schema is not linked to the schema's creation",
    "tables/remove_inheritance": "NO INHERIT frees the inherited NOT NULL constraints the next statements rename; "
                                 "only DETACH PARTITION is known to do that",
    "text_search/change_dictionary_template": "a configuration mapping that uses a dictionary is not a node: its "
                                              "drop is not ordered before the dictionary's",
}


def _params() -> list[object]:
    params = []
    for case in load_cases():
        if case.known_gap:
            continue
        reason = PHASE_ORDERED.get(case.id)
        marks = [pytest.mark.xfail(strict=True, reason=f"still phase-ordered: {reason}")] if reason else []
        params.append(pytest.param(case, id=case.id, marks=marks))
    return params


def test_every_listed_case_exists() -> None:
    assert set(PHASE_ORDERED) <= {case.id for case in load_cases()}


@pytest.mark.parametrize("case", _params())
def test_round_trip_with_ties_reversed(case: Case, case_pool, server_facts) -> None:
    major, available = server_facts
    skip_unless_runnable(case, major, available)
    problems = run_case(case_pool, case, goldens=False, reverse_ties=True)
    assert not problems, f"{case.id} (ties reversed):\n" + "\n\n".join(problems)
