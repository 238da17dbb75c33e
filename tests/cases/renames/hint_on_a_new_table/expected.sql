-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create table public.clients | hazards: -
create table "public"."clients" (
    "id" integer not null,
    "name" text not null
);

-- step 2 | create index public.clients_pkey | hazards: -
CREATE UNIQUE INDEX clients_pkey ON public.clients USING btree (id);

-- step 3 | create constraint public.clients.clients_pkey | hazards: -
alter table "public"."clients" add constraint "clients_pkey" PRIMARY KEY using index "clients_pkey";
