-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter sequence public.page_views_id_seq | hazards: -
alter sequence "public"."page_views_id_seq" owned by none;

-- step 2 | drop table public.page_views | hazards: DATA_LOSS
drop table "public"."page_views";

-- step 3 | create table public.page_views | hazards: -
create table "public"."page_views" (
    "id" bigint not null default nextval('page_views_id_seq'::regclass),
    "viewed_at" timestamp with time zone not null,
    "path" text not null
) partition by RANGE (viewed_at);

-- step 4 | create table public.page_views_2026 | hazards: -
create table "public"."page_views_2026" partition of "public"."page_views" FOR VALUES FROM ('2026-01-01 00:00:00+00') TO ('2027-01-01 00:00:00+00');

-- step 5 | alter sequence public.page_views_id_seq | hazards: -
alter sequence "public"."page_views_id_seq" owned by "public"."page_views"."id";

-- step 6 | create constraint public.page_views.page_views_pkey | hazards: -
alter table "public"."page_views" add constraint "page_views_pkey" PRIMARY KEY (id, viewed_at);
