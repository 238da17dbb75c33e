-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop text_search_configuration public.docs_cfg | hazards: -
drop text search configuration public.docs_cfg;

-- step 2 | drop text_search_dictionary public.english_stem_nostop | hazards: -
drop text search dictionary public.english_stem_nostop;
