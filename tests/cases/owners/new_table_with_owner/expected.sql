-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create sequence public.ledger_id_seq | hazards: -
create sequence "public"."ledger_id_seq";

-- step 2 | create table public.ledger | hazards: -
create table "public"."ledger" (
    "id" bigint not null default nextval('ledger_id_seq'::regclass),
    "amount" numeric(12,2) not null
);

-- step 3 | alter sequence public.ledger_id_seq | hazards: -
alter sequence "public"."ledger_id_seq" owned by "public"."ledger"."id";

-- step 4 | create index public.ledger_pkey | hazards: -
CREATE UNIQUE INDEX ledger_pkey ON public.ledger USING btree (id);

-- step 5 | create constraint public.ledger.ledger_pkey | hazards: -
alter table "public"."ledger" add constraint "ledger_pkey" PRIMARY KEY using index "ledger_pkey";

-- step 6 | alter owner table public.ledger | hazards: ACCESS_WIDENED
alter table "public"."ledger" owner to "sdcase_owner_a";
