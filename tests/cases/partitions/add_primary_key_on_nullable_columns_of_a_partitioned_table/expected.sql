-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create constraint public.shipments.shipments_id_not_null_3ef1c5 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."shipments" add constraint "shipments_id_not_null_3ef1c5" check ("id" is not null) not valid;

-- segment 2 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 2 | create index public.shipments_2026_pkey_new_fd1887 | hazards: -
CREATE UNIQUE INDEX CONCURRENTLY "shipments_2026_pkey_new_fd1887" ON public.shipments_2026 USING btree (id, shipped_on);

-- segment 3 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 3 | alter constraint public.shipments.shipments_id_not_null_3ef1c5 | hazards: LONG_VALIDATION
alter table "public"."shipments" validate constraint "shipments_id_not_null_3ef1c5";

-- segment 4 | transaction | set not null | lock_timeout 5s, statement_timeout 15min
-- step 4 | alter column public.shipments.id | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."shipments" alter column "id" set not null;

-- step 5 | drop constraint public.shipments.shipments_id_not_null_3ef1c5 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."shipments" drop constraint "shipments_id_not_null_3ef1c5";

-- segment 5 | transaction | add constraint | lock_timeout 5s, statement_timeout 15min
-- step 6 | create constraint public.shipments.shipments_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table only "public"."shipments" add constraint "shipments_pkey" PRIMARY KEY (id, shipped_on);

-- segment 6 | transaction | add constraint | lock_timeout 5s, statement_timeout 15min
-- step 7 | create constraint public.shipments_2026.shipments_2026_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.shipments_2026 add constraint "shipments_2026_pkey" PRIMARY KEY using index "shipments_2026_pkey_new_fd1887";

-- step 8 | alter index public.shipments_2026_pkey | hazards: -
alter index "public"."shipments_pkey" attach partition "public"."shipments_2026_pkey";
