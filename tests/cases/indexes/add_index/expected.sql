-- segment 1 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 1 | create index public.documents_owner_id_idx | hazards: -
CREATE INDEX CONCURRENTLY documents_owner_id_idx ON public.documents USING btree (owner_id);
