-- step 1 | create index public.documents_body_idx | hazards: INDEX_BUILD
CREATE INDEX documents_body_idx ON public.documents USING gin (body jsonb_path_ops);
