-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop row public.settings[key=quotas] | hazards: DATA_LOSS
delete from "public"."settings" where "key" = 'quotas'::text;

-- step 2 | alter row public.settings[key=limits] | hazards: -
update "public"."settings" set "value" = '{"a": [1, 2], "b": 2}'::jsonb, "tags" = '{x,y}'::text[], "starts_at" = '2024-01-01 10:00:00+00'::timestamp with time zone, "price" = '9.90'::numeric(10,2), "ratio" = '0.1'::double precision where "key" = 'limits'::text;
