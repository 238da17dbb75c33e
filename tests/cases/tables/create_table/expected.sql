-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create table public.items | hazards: -
create table "public"."items" (
    "id" bigint not null,
    "name" text not null,
    "created_at" timestamp with time zone not null default now()
);

-- step 2 | create index public.items_pkey | hazards: -
CREATE UNIQUE INDEX items_pkey ON public.items USING btree (id);

-- step 3 | create constraint public.items.items_pkey | hazards: -
alter table "public"."items" add constraint "items_pkey" PRIMARY KEY using index "items_pkey";
