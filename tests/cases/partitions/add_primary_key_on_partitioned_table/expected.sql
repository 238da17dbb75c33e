-- step 1 | create constraint public.measurements.measurements_pkey | hazards: -
alter table "public"."measurements" add constraint "measurements_pkey" PRIMARY KEY (id, taken_at);
