-- step 1 | create index public.measurements_2024_taken_at_idx | hazards: INDEX_BUILD
CREATE INDEX measurements_2024_taken_at_idx ON public.measurements_2024 USING btree (taken_at);

-- step 2 | create index public.measurements_2025_taken_at_idx | hazards: INDEX_BUILD
CREATE INDEX measurements_2025_taken_at_idx ON public.measurements_2025 USING btree (taken_at);

-- step 3 | create index public.measurements_taken_at_idx | hazards: INDEX_BUILD
CREATE INDEX measurements_taken_at_idx ON public.measurements USING btree (taken_at);
