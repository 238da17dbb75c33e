-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create row public.plans[id=legacy] | hazards: -
insert into "public"."plans" ("id", "name", "seats") values ('legacy'::text, 'Legacy'::text, '5'::integer);
