-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter text_search_configuration public.tags_cfg | hazards: -
alter text search configuration public.tags_cfg drop mapping for asciiword, word;

-- step 2 | drop text_search_dictionary public.tags | hazards: -
drop text search dictionary public.tags;

-- step 3 | create text_search_dictionary public.tags | hazards: -
create text search dictionary public.tags (template = pg_catalog.simple, "accept" = 'false');

-- step 4 | alter text_search_configuration public.tags_cfg | hazards: -
alter text search configuration public.tags_cfg add mapping for asciiword, word with public.tags, pg_catalog.simple;

-- step 5 | create comment text search dictionary public.tags | hazards: -
comment on text search dictionary public.tags is 'Tags, never stemmed.';
