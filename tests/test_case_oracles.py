"""The corpus's re-diff after apply (``casehelp.every_light_family``) finds what differs.

The corpus reads each side after apply without migra's inspector or the dependency graph and re-diffs it with every
light family, as if every kind differed: a re-diff that found nothing whatever the sides hold
would pass every case. Here it must plan what two databases differ in (a light kind, an own
family's kind, the plain structure) and nothing between two equal ones.
"""

from __future__ import annotations

import pytest

from casehelp import applied_snapshot, every_light_family
from schemadiff.catalog import SchemaFilter
from schemadiff.snapshot import take_snapshot
from schemadiff.urls import DatabaseUrl
from test_plain_structure import loaded_pair

BASE = """
create table public.accounts (id integer primary key, email text not null);
create collation public.ci (provider = libc, locale = 'C');
"""

DIFFERENT = {
    "nothing": "",
    "grant": "grant select on public.accounts to public;",
    "comment": "comment on table public.accounts is 'who pays';",
    "collation": "create collation public.other (provider = libc, locale = 'POSIX');",
    "column": "alter table public.accounts add column name text;",
}


@pytest.mark.parametrize("what", DIFFERENT)
def test_the_re_diff_after_apply_finds_what_differs(pg_server: DatabaseUrl, empty_db: DatabaseUrl, what: str) -> None:
    with loaded_pair(pg_server, empty_db, "_o", BASE, BASE + DIFFERENT[what]) as other:
        schemas = SchemaFilter()
        applied = applied_snapshot(empty_db, schemas, "applied")  # (as the corpus reads it)
        wanted = take_snapshot(other, schemas, name="wanted")
        found = [change.sql for change in every_light_family(applied, wanted)]
    if what == "nothing":
        assert found == []
    else:
        assert found, f"{what}: the re-diff after apply found nothing"
