-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter trigger public.items_b.items_touch | hazards: SHARE_ROW_EXCLUSIVE_LOCK
alter table "public"."items_b" enable trigger "items_touch";
