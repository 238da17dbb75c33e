"""The hazards of a column type change that keeps every value (hazards.widening_hazards): a
binary-coercible change rewrites nothing, but a new collation rebuilds the column's indexes,
with or without a type change."""

from __future__ import annotations

from schemadiff.hazard_registry import Hazard
from schemadiff.hazards import column_collation, widening_hazards

ALTER = 'alter table "public"."words" alter column "word" set data type '


def test_a_binary_coercible_change_rebuilds_indexes_only_when_the_collation_changes() -> None:
    assert widening_hazards("character varying(40)", ALTER + 'text using "word"::text') == ()
    changed = ALTER + 'text collate pg_catalog."C" using "word"::text'
    assert widening_hazards("character varying(40)", changed) == (Hazard.INDEX_BUILD,)
    assert widening_hazards("character varying(40)", changed, 'pg_catalog."C"') == ()  # (the same collation)
    dropped = ALTER + 'character varying(80) using "word"::character varying(80)'
    assert widening_hazards("character varying(40)", dropped, 'pg_catalog."C"') == (Hazard.INDEX_BUILD,)
    assert widening_hazards("text", ALTER + 'text collate pg_catalog."POSIX" using "word"::text') == (
        Hazard.INDEX_BUILD,
    )
    assert widening_hazards("integer", ALTER + 'bigint using "word"::bigint') == (Hazard.TABLE_REWRITE,)
    assert widening_hazards("bigint", ALTER + 'integer using "word"::integer') is None


def test_column_collation_reads_the_catalog_definition() -> None:
    assert column_collation('text collate pg_catalog."C" not null') == 'pg_catalog."C"'
    assert column_collation("character varying(40) not null default 'x'::character varying") == ""
    assert column_collation("text default 'a collate b'::text") == ""
