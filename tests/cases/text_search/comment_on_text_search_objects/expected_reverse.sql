-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop comment text search configuration public.docs_cfg | hazards: -
comment on text search configuration public.docs_cfg is null;

-- step 2 | drop comment text search dictionary public.english_stem_nostop | hazards: -
comment on text search dictionary public.english_stem_nostop is null;
