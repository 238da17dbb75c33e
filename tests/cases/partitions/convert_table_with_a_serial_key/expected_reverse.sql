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
);

-- step 4 | alter sequence public.page_views_id_seq | hazards: -
alter sequence "public"."page_views_id_seq" owned by "public"."page_views"."id";

-- step 5 | create constraint public.page_views.page_views_pkey | hazards: -
alter table "public"."page_views" add constraint "page_views_pkey" PRIMARY KEY (id, viewed_at);
