-- step 1 | drop index public.documents_owner_idx | hazards: -
drop index if exists "public"."documents_owner_idx";

-- step 2 | create index public.documents_owner_idx | hazards: INDEX_BUILD
CREATE INDEX documents_owner_idx ON public.documents USING btree (owner_id);
