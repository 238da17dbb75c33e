-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop table public.ledger | hazards: DATA_LOSS
drop table "public"."ledger";

-- step 2 | create table public.ledger | hazards: -
create table "public"."ledger" (
    "account_id" bigint not null,
    "booked_on" date not null,
    "reference" text not null,
    "amount" numeric(12,2) not null
) partition by RANGE (booked_on);

-- step 3 | create table public.ledger_2026 | hazards: -
create table "public"."ledger_2026" partition of "public"."ledger" FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');

-- step 4 | create column public.accounts.closed_on | hazards: -
alter table "public"."accounts" add column "closed_on" date;

-- step 5 | alter rls public.ledger | hazards: -
alter table public.ledger enable row level security;

-- step 6 | create index public.ledger_account | hazards: -
CREATE INDEX ledger_account ON public.ledger USING btree (account_id, booked_on);

-- step 7 | create constraint public.ledger.ledger_account_id_fkey | hazards: -
alter table "public"."ledger" add constraint "ledger_account_id_fkey" FOREIGN KEY (account_id) REFERENCES accounts(id);

-- step 8 | create constraint public.ledger.ledger_amount_check | hazards: -
alter table "public"."ledger" add constraint "ledger_amount_check" CHECK ((amount <> (0)::numeric));

-- step 9 | create constraint public.ledger.ledger_reference_booked_on_key | hazards: -
alter table "public"."ledger" add constraint "ledger_reference_booked_on_key" UNIQUE (reference, booked_on);

-- step 10 | create policy public.ledger.ledger_positive | hazards: ACCESS_WIDENED
create policy "ledger_positive"
on "public"."ledger"
as permissive
for select
to public
using ((amount > (0)::numeric));

-- step 11 | create trigger public.ledger.ledger_touch | hazards: -
CREATE TRIGGER ledger_touch BEFORE UPDATE ON public.ledger FOR EACH ROW EXECUTE FUNCTION ledger_touch();

-- step 12 | create comment index public.ledger_account | hazards: -
comment on index "public"."ledger_account" is 'by account';

-- step 13 | create comment table public.ledger | hazards: -
comment on table public.ledger is 'money moved';

-- step 14 | create comment column public.ledger.amount | hazards: -
comment on column public.ledger.amount is 'never zero';

-- step 15 | create comment policy ledger_positive on public.ledger | hazards: -
comment on policy ledger_positive on public.ledger is 'credits only';

-- step 16 | create comment constraint ledger_amount_check on public.ledger | hazards: -
comment on constraint ledger_amount_check on public.ledger is 'no empty bookings';

-- step 17 | create comment trigger ledger_touch on public.ledger | hazards: -
comment on trigger ledger_touch on public.ledger is 'stamps';
