-- step 1 | create index public.documents_created_at_brin | hazards: INDEX_BUILD
CREATE INDEX documents_created_at_brin ON public.documents USING brin (created_at) WITH (pages_per_range='32');
