-- step 1 | create comment type public.line | hazards: -
comment on type public.line is 'An invoice line.';
