-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter text_search_configuration public.docs_cfg | hazards: -
alter text search configuration public.docs_cfg drop mapping for email, url;

-- step 2 | alter text_search_configuration public.docs_cfg | hazards: -
alter text search configuration public.docs_cfg add mapping for numword, "int", uint with pg_catalog.simple;

-- step 3 | alter text_search_configuration public.docs_cfg | hazards: -
alter text search configuration public.docs_cfg alter mapping for asciiword, word with public.english_stem_nostop;
