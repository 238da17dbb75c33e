create table public.docs (
    id integer primary key,
    body text not null
);

create text search dictionary public.english_stem_nostop (
    template = snowball,
    language = english
);

create text search configuration public.docs_cfg (parser = pg_catalog.default);
alter text search configuration public.docs_cfg
    add mapping for asciiword, word, asciihword, hword_asciipart with public.english_stem_nostop;
alter text search configuration public.docs_cfg
    add mapping for int, uint, numword with simple;

comment on text search dictionary public.english_stem_nostop is 'English stems, stop words kept.';
comment on text search configuration public.docs_cfg is 'Search of docs.';
