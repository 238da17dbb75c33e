-- segment 1 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 1 | create index public.tags_pkey | hazards: -
CREATE UNIQUE INDEX CONCURRENTLY tags_pkey ON public.tags USING btree (id);

-- segment 2 | transaction | add constraint | lock_timeout 5s, statement_timeout 15min
-- step 2 | create constraint public.tags.tags_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."tags" add constraint "tags_pkey" PRIMARY KEY using index "tags_pkey";
