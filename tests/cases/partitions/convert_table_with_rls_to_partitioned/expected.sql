-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop table public.measurements | hazards: DATA_LOSS
drop table "public"."measurements";

-- step 2 | create table public.measurements | hazards: -
create table "public"."measurements" (
    "id" bigint not null,
    "taken_at" date not null,
    "value" double precision
) partition by RANGE (taken_at);

-- step 3 | create table public.measurements_2025 | hazards: -
create table "public"."measurements_2025" partition of "public"."measurements" FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

-- step 4 | alter rls public.measurements | hazards: -
alter table public.measurements enable row level security;

-- step 5 | alter rls public.measurements | hazards: -
alter table public.measurements force row level security;

-- step 6 | create index public.measurements_taken_at | hazards: -
CREATE INDEX measurements_taken_at ON public.measurements USING btree (taken_at);

-- step 7 | create privilege select on table public.measurements to PUBLIC | hazards: ACCESS_WIDENED
grant select on table public.measurements to PUBLIC;

-- step 8 | create policy public.measurements.measurements_read | hazards: ACCESS_WIDENED
create policy "measurements_read"
on "public"."measurements"
as permissive
for select
to public
using (true);

-- step 9 | create trigger public.measurements.measurements_stamp | hazards: -
CREATE TRIGGER measurements_stamp BEFORE INSERT ON public.measurements FOR EACH ROW EXECUTE FUNCTION measurements_stamp();

-- step 10 | create comment table public.measurements | hazards: -
comment on table public.measurements is 'readings';
