-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter row public.plans[id=team] | hazards: -
update "public"."plans" set "seats" = '10'::integer where "id" = 'team'::text;
