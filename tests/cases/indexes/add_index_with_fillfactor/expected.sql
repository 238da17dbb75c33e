-- step 1 | create index public.documents_owner_id_idx | hazards: INDEX_BUILD
CREATE INDEX documents_owner_id_idx ON public.documents USING btree (owner_id) WITH (fillfactor='80');
