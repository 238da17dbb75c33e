-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create column public.t.n | hazards: TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."t" add column "n" bigint generated always as identity (sequence name "public"."t_numbers") not null;

-- step 2 | alter sequence public.t_numbers | hazards: -
alter sequence "public"."t_numbers" start with 100 restart;
