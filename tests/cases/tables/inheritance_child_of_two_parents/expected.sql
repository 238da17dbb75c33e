-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create table public.documents | hazards: -
create table "public"."documents" (
    "id" bigint not null,
    "title" text
) inherits (public.stamped, public.owned);
