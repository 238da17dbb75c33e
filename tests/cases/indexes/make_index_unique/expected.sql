-- step 1 | drop index public.documents_owner_title_idx | hazards: -
drop index if exists "public"."documents_owner_title_idx";

-- step 2 | create index public.documents_owner_title_idx | hazards: INDEX_BUILD
CREATE UNIQUE INDEX documents_owner_title_idx ON public.documents USING btree (owner_id, title);
