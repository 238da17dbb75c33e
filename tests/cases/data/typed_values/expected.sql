-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter row public.settings[key=limits] | hazards: -
update "public"."settings" set "value" = '{"a": [1, 2], "b": 3}'::jsonb, "tags" = '{x,"y z"}'::text[], "starts_at" = '2024-06-01 10:30:00+00'::timestamp with time zone, "price" = '10.00'::numeric(10,2), "ratio" = '0.30000000000000004'::double precision where "key" = 'limits'::text;

-- step 2 | create row public.settings[key=quotas] | hazards: -
insert into "public"."settings" ("key", "value", "tags", "starts_at", "price", "ratio") values ('quotas'::text, '{"note": "it''s \"quoted\""}'::jsonb, '{}'::text[], '2025-03-09 01:59:59.5+00'::timestamp with time zone, '0.01'::numeric(10,2), '-1.5e-10'::double precision);
