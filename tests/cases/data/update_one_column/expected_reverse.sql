-- step 1 | alter row public.plans[id=team] | hazards: -
update "public"."plans" set "seats" = '10'::integer where "id" = 'team'::text;
