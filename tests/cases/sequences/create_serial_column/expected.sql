-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create sequence public.invoices_number_seq | hazards: -
create sequence "public"."invoices_number_seq";

-- step 2 | create column public.invoices.number | hazards: TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."invoices" add column "number" bigint not null default nextval('invoices_number_seq'::regclass);

-- step 3 | alter sequence public.invoices_number_seq | hazards: -
alter sequence "public"."invoices_number_seq" owned by "public"."invoices"."number";
