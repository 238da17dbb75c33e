"""The shadow's catalog read beside its fixpoint (schemadiff/fixpoint_read.py) is exactly the
catalog a whole read finds after the fixpoint: the kinds the re-created objects can change are
read again, the others are taken from the read made before the fixpoint changed anything.
Real servers (PostgreSQL 18, and Debian's 15 where the test says so)."""

from __future__ import annotations

import psycopg
import pytest

from schemadiff.catalog import Catalog, compare_catalogs
from schemadiff.fixpoint_read import (
    KINDS_OF_RECREATED,
    ON_FIXPOINT,
    fixpoint_and_catalog,
    recreated_kinds,
    whole_catalog,
)
from schemadiff.servers import connect
from test_fixpoint import EVERY_KIND, GENERATED, MANAGED, _major, catalog_of, load

# besides EVERY_KIND: a rule, a constraint trigger, a domain default, a function with an argument
# default, comments and grants on re-created objects, a clustered index; each with a varchar IN
# list where the server reprints it in another form (so it is re-created and its text changes)
MORE_KINDS = """
create table public.probe_log (kind varchar(50));
create rule probe_types_log as on insert to public.probe_types
    where new.entity_type in ('area', 'event') do also insert into public.probe_log values (new.entity_type);
comment on rule probe_types_log on public.probe_types is 'logged kinds';
create constraint trigger probe_types_check after insert on public.probe_types deferrable
    for each row when (new.region in ('eu-west', 'us-east')) execute function public.touch();
comment on trigger probe_types_check on public.probe_types is 'regions';
comment on trigger probe_types_touch on public.probe_types is 'touched';
create domain public.eu_flag as boolean default ('eu'::varchar(5) in ('eu', 'uk'));
comment on domain public.eu_flag is 'a flag';
comment on constraint entity_kind_check on domain public.entity_kind is 'kinds';
create function public.kind_or(kind varchar default 'area'::varchar(5)) returns varchar
    language sql immutable return kind;
comment on function public.is_public_kind(varchar) is 'public kinds';
grant execute on function public.is_public_kind(varchar) to public;
comment on view public.public_probe_types is 'a view';
grant select on public.public_probe_types to public;
comment on constraint bookings_no_overlap on public.bookings is 'no overlap';
alter table public.probe_types cluster on probe_types_kind_idx;
"""


def test_the_catalog_read_beside_the_fixpoint_is_the_catalog_after_it(pg_server, empty_db) -> None:
    load(empty_db, EVERY_KIND + MORE_KINDS + (GENERATED if _major(pg_server) >= 17 else ""))
    with connect(empty_db) as conn:
        result, catalog = fixpoint_and_catalog(conn, empty_db, MANAGED)
    after = catalog_of(empty_db)
    assert compare_catalogs(catalog, after) == []
    assert catalog == after and dict(catalog.column_positions) == dict(after.column_positions)
    # every kind the fixpoint re-creates was re-created here, and texts changed: the test reaches
    # each entry of KINDS_OF_RECREATED
    assert {key.partition(":")[0] for key in result.recreated} >= set(KINDS_OF_RECREATED)
    assert {w.key.partition(":")[0] for w in result.rewritten} >= {"constraint", "index", "policy", "view", "trigger"}


def test_the_catalog_is_read_before_the_fixpoint_changes_anything(pg_server, empty_db) -> None:
    """The read beside sees the texts as loaded (so it never meets the fixpoint's changes), and
    what the fixpoint changed is read again: the result differs from the read beside exactly there."""
    load(empty_db, EVERY_KIND + MORE_KINDS)
    beside: list[Catalog] = []

    def read(apart: frozenset[str]) -> Catalog:
        beside.append(whole_catalog(empty_db, MANAGED, apart))
        return beside[0]

    loaded = catalog_of(empty_db)  # (before anything runs)
    with connect(empty_db) as conn:
        result, catalog = fixpoint_and_catalog(conn, empty_db, MANAGED, read=read)
    assert len(beside) == 1  # (the kinds the fixpoint's connection reads left out: there, before any change)
    assert list(beside[0].objects) == [o for o in loaded.objects if o.kind not in ON_FIXPOINT]
    assert catalog == catalog_of(empty_db)
    changed = {(d.kind, d.identity) for d in compare_catalogs(loaded, catalog)}
    assert ("constraint", "public.probe_types.allowed_entity_type") in changed
    assert ("view", "public.public_probe_types") in changed
    assert {kind for kind, _ in changed} <= recreated_kinds(result.recreated, loaded)


def test_the_two_parts_make_the_catalog_when_the_fixpoint_re_creates_nothing(pg_server, empty_db) -> None:
    """Defaults, checks and policies its probes settle are not re-created: the catalog is the part read
    beside and the part read on the fixpoint's connection (constraints, policies, ...)."""
    load(
        empty_db,
        """create table public.t (id int primary key, name text not null default 'x' check (name <> ''));
        alter table public.t enable row level security;
        create policy t_read on public.t using (name <> 'hidden');""",
    )
    beside: list[Catalog] = []

    def read(apart: frozenset[str]) -> Catalog:
        beside.append(whole_catalog(empty_db, MANAGED, apart))
        return beside[0]

    with connect(empty_db) as conn:
        result, catalog = fixpoint_and_catalog(conn, empty_db, MANAGED, read=read)
    assert result.recreated == () and result.probed == 3
    assert catalog == catalog_of(empty_db)
    assert not beside[0].kinds() & ON_FIXPOINT and {"policy", "comment"} <= catalog.kinds()


def test_an_exclusion_constraint_re_created_reads_the_indexes_again(pg_server, empty_db) -> None:
    load(empty_db, EVERY_KIND)
    loaded = catalog_of(empty_db)
    assert "index" in recreated_kinds(("constraint:public.bookings.bookings_no_overlap",), loaded)
    assert "index" not in recreated_kinds(("constraint:public.probe_types.allowed_entity_type",), loaded)


def test_a_failing_catalog_read_fails_the_fixpoint_before_it_changes_anything(pg_server, empty_db) -> None:
    load(empty_db, EVERY_KIND)
    loaded = catalog_of(empty_db)

    def read(apart: frozenset[str]) -> Catalog:
        raise psycopg.OperationalError("the read failed")

    with connect(empty_db) as conn, pytest.raises(psycopg.OperationalError, match="the read failed"):
        fixpoint_and_catalog(conn, empty_db, MANAGED, read=read)
    assert catalog_of(empty_db) == loaded
