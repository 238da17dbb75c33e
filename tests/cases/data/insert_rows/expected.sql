-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create row public.plans[id="it's"] | hazards: -
insert into "public"."plans" ("id", "name", "seats") values ('it''s'::text, 'Quote''s plan'::text, '2'::integer);

-- step 2 | create row public.plans[id=team] | hazards: -
insert into "public"."plans" ("id", "name", "seats") values ('team'::text, 'Team'::text, '10'::integer);
