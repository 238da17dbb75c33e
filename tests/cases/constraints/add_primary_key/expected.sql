-- step 1 | create index public.tags_pkey | hazards: INDEX_BUILD
CREATE UNIQUE INDEX tags_pkey ON public.tags USING btree (id);

-- step 2 | create constraint public.tags.tags_pkey | hazards: -
alter table "public"."tags" add constraint "tags_pkey" PRIMARY KEY using index "tags_pkey";
