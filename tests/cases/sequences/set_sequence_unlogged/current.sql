create sequence public.scratch_ids;
