-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create table public.cache_entries | hazards: -
create unlogged table "public"."cache_entries" (
    "key" text not null,
    "value" jsonb
);

-- step 2 | create index public.cache_entries_pkey | hazards: -
CREATE UNIQUE INDEX cache_entries_pkey ON public.cache_entries USING btree (key);

-- step 3 | create constraint public.cache_entries.cache_entries_pkey | hazards: -
alter table "public"."cache_entries" add constraint "cache_entries_pkey" PRIMARY KEY using index "cache_entries_pkey";
