create text search dictionary public.english_stem_nostop (
    template = snowball,
    language = english
);

create text search configuration public.docs_cfg (parser = pg_catalog.default);
alter text search configuration public.docs_cfg
    add mapping for asciiword, word, asciihword, hword_asciipart with public.english_stem_nostop;
alter text search configuration public.docs_cfg
    add mapping for int, uint, numword with simple;

create table public.docs (
    id integer primary key,
    body text not null,
    search tsvector generated always as (to_tsvector('public.docs_cfg', body)) stored
);
create index docs_search_idx on public.docs using gin (search);
