-- step 1 | alter type public.percentage | hazards: -
alter domain public.percentage drop constraint "percentage_check";

-- step 2 | alter type public.percentage | hazards: -
alter domain public.percentage add constraint "percentage_check" CHECK (((VALUE >= (0)::numeric) AND (VALUE <= (100)::numeric)));
