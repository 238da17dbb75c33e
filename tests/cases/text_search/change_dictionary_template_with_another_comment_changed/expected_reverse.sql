-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop text_search_dictionary public.tags | hazards: -
drop text search dictionary public.tags;

-- step 2 | create text_search_dictionary public.tags | hazards: -
create text search dictionary public.tags (template = pg_catalog.simple, "accept" = 'false');

-- step 3 | create comment text search dictionary public.tags | hazards: -
comment on text search dictionary public.tags is 'Tags, never stemmed.';

-- step 4 | alter comment table public.docs | hazards: -
comment on table public.docs is 'Documents.';
