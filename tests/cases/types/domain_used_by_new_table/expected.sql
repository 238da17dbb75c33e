-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create type public.email | hazards: -
create domain public.email as text constraint "email_check" CHECK ((VALUE ~ '^[^@]+@[^@]+$'::text));

-- step 2 | create table public.subscribers | hazards: -
create table "public"."subscribers" (
    "id" integer not null,
    "email" email not null
);

-- step 3 | create index public.subscribers_pkey | hazards: -
CREATE UNIQUE INDEX subscribers_pkey ON public.subscribers USING btree (id);

-- step 4 | create constraint public.subscribers.subscribers_pkey | hazards: -
alter table "public"."subscribers" add constraint "subscribers_pkey" PRIMARY KEY using index "subscribers_pkey";
