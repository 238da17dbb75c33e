-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create row public.regions[code=us] | hazards: -
insert into "public"."regions" ("code", "name") values ('us'::text, 'United States'::text);

-- step 2 | create row public.zones[code=us-1] | hazards: -
insert into "public"."zones" ("code", "region", "name") values ('us-1'::text, 'us'::text, 'Virginia'::text);
