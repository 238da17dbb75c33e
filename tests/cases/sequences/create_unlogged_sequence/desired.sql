create unlogged sequence public.scratch_ids;
