create table public.deals (
    id integer primary key,
    amount numeric not null
);
-- schemadiff:renamed-from deals_amount_non_negative
alter table public.deals add constraint deals_amount_check check (amount >= 0);
