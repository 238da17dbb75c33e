-- step 1 | drop index public.documents_open_idx | hazards: -
drop index if exists "public"."documents_open_idx";

-- step 2 | create index public.documents_open_idx | hazards: INDEX_BUILD
CREATE INDEX documents_open_idx ON public.documents USING btree (owner_id) WHERE (status = ANY (ARRAY['draft'::text, 'review'::text]));
