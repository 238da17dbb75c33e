-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create table public.events | hazards: -
create table "public"."events" (
    "id" bigint generated always as identity not null,
    "account_id" bigint not null,
    "happened_at" timestamp with time zone not null default now(),
    "kind" text not null
);

-- step 2 | create table public.click_events | hazards: -
create table "public"."click_events" (
    "kind" text not null default 'click'::text,
    "url" text not null,
    constraint "click_events_id_not_null" not null "id"
) inherits ("public"."events");

-- step 3 | create table public.view_events | hazards: -
create table "public"."view_events" (
    "page" text
) inherits ("public"."events");

-- step 4 | create index public.click_events_pkey | hazards: -
CREATE UNIQUE INDEX click_events_pkey ON public.click_events USING btree (id);

-- step 5 | create index public.click_events_url_idx | hazards: -
CREATE INDEX click_events_url_idx ON public.click_events USING btree (url);

-- step 6 | create index public.events_happened_at_idx | hazards: -
CREATE INDEX events_happened_at_idx ON public.events USING btree (happened_at);

-- step 7 | create index public.events_pkey | hazards: -
CREATE UNIQUE INDEX events_pkey ON public.events USING btree (id);

-- step 8 | create constraint public.click_events.click_events_pkey | hazards: -
alter table "public"."click_events" add constraint "click_events_pkey" PRIMARY KEY using index "click_events_pkey";

-- step 9 | create constraint public.events.events_pkey | hazards: -
alter table "public"."events" add constraint "events_pkey" PRIMARY KEY using index "events_pkey";

-- step 10 | create constraint public.events.events_account_id_fkey | hazards: -
alter table "public"."events" add constraint "events_account_id_fkey" FOREIGN KEY (account_id) REFERENCES accounts(id) not valid;

-- step 11 | alter constraint public.events.events_account_id_fkey | hazards: -
alter table "public"."events" validate constraint "events_account_id_fkey";

-- step 12 | create constraint public.events.events_kind_known | hazards: -
alter table "public"."events" add constraint "events_kind_known" CHECK ((kind = ANY (ARRAY['click'::text, 'view'::text]))) not valid;

-- step 13 | alter constraint public.events.events_kind_known | hazards: -
alter table "public"."events" validate constraint "events_kind_known";

-- step 14 | create constraint public.view_events.view_events_page_short | hazards: -
alter table "public"."view_events" add constraint "view_events_page_short" CHECK ((length(page) < 200)) not valid;

-- step 15 | alter constraint public.view_events.view_events_page_short | hazards: -
alter table "public"."view_events" validate constraint "view_events_page_short";
