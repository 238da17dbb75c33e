create text search dictionary public.tags (template = snowball, language = english);
comment on text search dictionary public.tags is 'Tags, never stemmed.';

create text search configuration public.tags_cfg (parser = pg_catalog.default);
alter text search configuration public.tags_cfg
    add mapping for asciiword, word with public.tags, simple;
alter text search configuration public.tags_cfg
    add mapping for int with simple;
