-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop index public.docs_search_idx | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."docs_search_idx";

-- step 2 | drop column public.docs.search | hazards: DATA_LOSS, ACCESS_EXCLUSIVE_LOCK
alter table "public"."docs" drop column "search";

-- step 3 | drop text_search_configuration public.docs_cfg | hazards: -
drop text search configuration public.docs_cfg;

-- step 4 | drop text_search_dictionary public.english_stem_nostop | hazards: -
drop text search dictionary public.english_stem_nostop;
