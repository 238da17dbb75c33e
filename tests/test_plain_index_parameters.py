"""Indexes changed in their storage parameters alone (an HNSW index's ``m``, a b-tree's
``fillfactor``), planned without migra's inspector (diff/plain_structure.py, as the indexes
family plans them): a diff of two real databases that imports no schemainspect, plans what every
family plans and, applied, leaves nothing to do, both ways. The corpus (tests/casehelp.py,
check_light_families) checks the same for each of its cases on the path (vector/change_hnsw_params,
vector/change_ivfflat_lists)."""

from __future__ import annotations

from pathlib import Path

from schemadiff.catalog import Catalog, CatalogObject
from schemadiff.diff.plain_found import PlainStructure
from schemadiff.diff.plain_structure import plain_structure
from schemadiff.urls import DatabaseUrl
from test_plain_structure import both_ways, light_pair, loaded_pair

TABLE = CatalogObject("table", "public.t", "ordinary using heap replica identity d", "")
FILLED = CatalogObject(
    "index", "public.t_a", "CREATE INDEX t_a ON public.t USING btree (a) WITH (fillfactor='70')", "public.t"
)


def test_an_index_changed_in_its_parameters_alone_takes_the_path() -> None:
    plain = CatalogObject("index", "public.t_a", "CREATE INDEX t_a ON public.t USING btree (a)", "public.t")
    assert plain_structure(Catalog(180000, (TABLE, plain)), Catalog(180000, (TABLE, FILLED))) == PlainStructure(
        redefined_indexes=(FILLED,)
    )
    # a key's index changed in WITH alone: its key's definition says its WITH too (migra's path)
    key = CatalogObject(
        "constraint", "public.t.t_a", "contype=u UNIQUE (a) deferrable=false deferred=false validated=true", "public.t"
    )
    assert plain_structure(Catalog(180000, (TABLE, plain, key)), Catalog(180000, (TABLE, FILLED, key))) is None
    # an operator class or a collation of a plain column changed: migra does not see that either
    hnsw = "CREATE INDEX t_e ON public.t USING hnsw (e {}vector_{}_ops)"
    l2, cosine = (
        CatalogObject("index", "public.t_e", hnsw.format(schema, ops), "public.t")
        for schema, ops in (("", "l2"), ("public.", "cosine"))
    )
    assert plain_structure(Catalog(180000, (TABLE, l2)), Catalog(180000, (TABLE, cosine))) == PlainStructure(
        redefined_indexes=(cosine,)
    )
    collated = CatalogObject(
        "index", "public.t_b", 'CREATE INDEX t_b ON public.t USING btree (b COLLATE "C" DESC)', "public.t"
    )
    plain_b = CatalogObject("index", "public.t_b", "CREATE INDEX t_b ON public.t USING btree (b DESC)", "public.t")
    assert plain_structure(Catalog(180000, (TABLE, plain_b)), Catalog(180000, (TABLE, collated))) == PlainStructure(
        redefined_indexes=(collated,)
    )
    # ... but not the order (DESC: migra sees it, and drops and creates the index again in its own
    # phases)
    ascending = CatalogObject(
        "index", "public.t_b", 'CREATE INDEX t_b ON public.t USING btree (b COLLATE "C")', "public.t"
    )
    assert plain_structure(Catalog(180000, (TABLE, ascending)), Catalog(180000, (TABLE, collated))) != PlainStructure(
        redefined_indexes=(collated,)
    )
    lowered = "CREATE INDEX t_l ON public.t USING btree (lower(b) {})"
    pattern, plain_lower = (
        CatalogObject("index", "public.t_l", lowered.format(ops).replace(" )", ")"), "public.t")
        for ops in ("text_pattern_ops", "")
    )
    # an expression's operator class: read apart from the expression (the parentheses of its calls and
    # literals balanced), so migra does not see it either
    assert plain_structure(Catalog(180000, (TABLE, plain_lower)), Catalog(180000, (TABLE, pattern))) == PlainStructure(
        redefined_indexes=(pattern,)
    )
    # an operator class with options: not read, migra's path
    trigram = CatalogObject(
        "index", "public.t_l", "CREATE INDEX t_l ON public.t USING gist (b gist_trgm_ops (siglen='32'))", "public.t"
    )
    assert plain_structure(Catalog(180000, (TABLE, plain_lower)), Catalog(180000, (TABLE, trigram))) is None


def test_an_expression_index_changed_takes_the_path() -> None:
    """An index's expression changed (migra sees that, and drops and creates it again): the light
    families do the same, the expression read with its parentheses and quoted literals balanced."""
    key = "CREATE UNIQUE INDEX t_k ON public.t USING btree ({}) WHERE (b IS NOT NULL)"
    before, after = (
        CatalogObject("index", "public.t_k", key.format(keys), "public.t")
        for keys in ("lower(b), a DESC", "COALESCE(b, ')('::text), ((a + 1)) DESC NULLS LAST")
    )
    for one, two in ((before, after), (after, before)):
        assert plain_structure(Catalog(180000, (TABLE, one)), Catalog(180000, (TABLE, two))) == PlainStructure(
            added_indexes=(two,), dropped_indexes=(one,), recreated_indexes=frozenset({"public.t_k"})
        )
    # a key with an operator class of its own changed in its expression too: migra's path (the
    # plain path re-creates only indexes all of whose differences migra sees)
    patterned = CatalogObject("index", "public.t_k", key.format("lower(b) text_pattern_ops"), "public.t")
    assert plain_structure(Catalog(180000, (TABLE, before)), Catalog(180000, (TABLE, patterned))) is None


CURRENT = """
create extension if not exists vector;
create table public.chunks (id integer primary key, body text, embedding vector(3));
create index chunks_embedding on public.chunks using hnsw (embedding vector_cosine_ops);
create index chunks_body on public.chunks (body);
"""
DESIRED = CURRENT.replace(
    "(embedding vector_cosine_ops);", "(embedding vector_cosine_ops) with (m = 24, ef_construction = 100);"
).replace("(body);", "(body) with (fillfactor = 70);")


def test_index_parameters_are_planned_without_schemainspect(tmp_path: Path, pg_server, empty_db: DatabaseUrl) -> None:
    """An HNSW index given m and ef_construction, a b-tree index a fillfactor: dropped and
    created again as the indexes family does, without schemainspect, as every family plans it,
    both ways; applied, nothing is left to do."""
    with loaded_pair(pg_server, empty_db, "_index_parameters", CURRENT, DESIRED) as other:
        forward, backward = light_pair(tmp_path, empty_db, other)
        assert 'drop index if exists "public"."chunks_embedding";' in forward, forward
        assert "USING hnsw (embedding vector_cosine_ops) WITH (m='24', ef_construction='100');" in forward, forward
        assert "USING btree (body) WITH (fillfactor='70');" in forward, forward
        both_ways(tmp_path, empty_db, other, forward, backward)


EXPRESSIONS = """
create table public.contacts (id integer primary key, company_id integer not null, email text not null, name text);
create index contacts_email on public.contacts (company_id, lower(email));
create index contacts_name on public.contacts ((coalesce(name, '')) desc);
create index contacts_prefix on public.contacts (lower(email) text_pattern_ops);
"""
CHANGED_EXPRESSIONS = (
    EXPRESSIONS.replace("lower(email));", "lower(trim(email)));")
    .replace("(coalesce(name, '')) desc", "(coalesce(name, ')(')) desc")
    .replace("text_pattern_ops", "")
)


def test_expression_indexes_are_planned_without_schemainspect(tmp_path: Path, pg_server, empty_db: DatabaseUrl) -> None:
    """Two expressions changed (dropped and created again, as migra does) and an expression's
    operator class (as the indexes family does): without schemainspect, as every family plans
    them, both ways; applied, nothing is left to do."""
    with loaded_pair(pg_server, empty_db, "_index_expressions", EXPRESSIONS, CHANGED_EXPRESSIONS) as other:
        forward, backward = light_pair(tmp_path, empty_db, other)
        assert "USING btree (company_id, lower(TRIM(BOTH FROM email)))" in forward, forward
        assert "USING btree (COALESCE(name, ')('::text) DESC)" in forward, forward
        assert "USING btree (lower(email));" in forward, forward
        both_ways(tmp_path, empty_db, other, forward, backward)
