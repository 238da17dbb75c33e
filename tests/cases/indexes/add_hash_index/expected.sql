-- step 1 | create index public.documents_status_hash | hazards: INDEX_BUILD
CREATE INDEX documents_status_hash ON public.documents USING hash (status);
