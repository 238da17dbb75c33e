-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create table public.clicks | hazards: -
create table "public"."clicks" (
    "tenant_id" bigint not null,
    "clicked_at" timestamp with time zone not null,
    "url" text not null
) partition by HASH (tenant_id);

-- step 2 | create table public.clicks_0 | hazards: -
create table "public"."clicks_0" partition of "public"."clicks" FOR VALUES WITH (modulus 2, remainder 0);

-- step 3 | create table public.clicks_1 | hazards: -
create table "public"."clicks_1" partition of "public"."clicks" FOR VALUES WITH (modulus 2, remainder 1);

-- step 4 | alter rls public.clicks | hazards: -
alter table public.clicks enable row level security;

-- step 5 | create index public.clicks_1_url | hazards: -
CREATE INDEX clicks_1_url ON public.clicks_1 USING btree (url);

-- step 6 | create constraint public.clicks.clicks_pkey | hazards: -
alter table "public"."clicks" add constraint "clicks_pkey" PRIMARY KEY (tenant_id, clicked_at);

-- step 7 | create policy public.clicks.clicks_tenant | hazards: ACCESS_WIDENED
create policy "clicks_tenant"
on "public"."clicks"
as permissive
for all
to public
using ((tenant_id = (current_setting('app.tenant'::text))::bigint));
