-- segment 1 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 1 | create index public.documents_drafts_idx | hazards: -
CREATE INDEX CONCURRENTLY documents_drafts_idx ON public.documents USING btree (owner_id) WHERE (status = 'draft'::text);
