-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop row public.labels[tenant=2,code=b] | hazards: DATA_LOSS
delete from "public"."labels" where "tenant" = '2'::integer and "code" = 'b'::text;

-- step 2 | alter row public.labels[tenant=2,code=a] | hazards: -
update "public"."labels" set "label" = 'Other alpha'::text where "tenant" = '2'::integer and "code" = 'a'::text;

-- step 3 | create row public.labels[tenant=1,code=b] | hazards: -
insert into "public"."labels" ("tenant", "code", "label") values ('1'::integer, 'b'::text, 'Beta'::text);
